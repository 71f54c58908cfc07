"""What drafting returns: the letter, its report and the record of every attempt (`Draft`, `Attempt`, `Usage`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from netdraft.report import Report

if TYPE_CHECKING:
    from netdraft.models import LetterRequest

__all__ = ["Attempt", "Draft", "Usage"]


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts of one model call, or the sum of several."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.prompt_tokens + other.prompt_tokens, self.completion_tokens + other.completion_tokens)

    def to_dict(self) -> dict[str, int]:
        """Plain dict for JSON."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


@dataclass(frozen=True)
class Attempt:
    """One model call of the draft-and-re-ask loop.

    Attributes:
        number: 1 for the first draft, 2 for the first re-ask, and so on.
        messages: The exact messages sent (copies; the caller's are never touched).
        raw: What the model returned, before cleaning.
        subject: The subject line found in the output, if any.
        body: The cleaned letter body that was checked.
        report: The rules' report on the cleaned letter.
        usage: Tokens of this call.
        latency: Seconds the call took, transport retries included.
        cost: Price of this call when a price table was given.
    """

    number: int
    messages: tuple[dict[str, str], ...]
    raw: str
    subject: str | None
    body: str
    report: Report
    usage: Usage = Usage()
    latency: float = 0.0
    cost: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON (messages included)."""
        return {
            "number": self.number,
            "messages": [dict(m) for m in self.messages],
            "raw": self.raw,
            "subject": self.subject,
            "body": self.body,
            "report": self.report.to_dict(),
            "usage": self.usage.to_dict(),
            "latency": round(self.latency, 4),
            "cost": self.cost,
        }


def join_letter(subject: str | None, body: str) -> str:
    """The full letter text: ``Subject:`` line, blank line, body (or just the body)."""
    return f"Subject: {subject}\n\n{body}" if subject else body


@dataclass(frozen=True)
class Draft:
    """A drafted letter with its report.

    Attributes:
        subject: The email subject line (``None`` for a paper letter).
        body: The letter from greeting to signature.
        report: The rules' report on ``text``.
        attempts: Every model call made (empty for the offline composer).
        usage: Tokens summed over all attempts, failed ones included.
        model: The model name, or ``None`` for the composer.
        backend: ``"openai"`` (any OpenAI-compatible server) or ``"compose"``.
        request: The request the letter answers.
        cost: Price summed over attempts, when a price table was given.
        fallback: True when the model's best draft had errors and the composer's letter was returned.
    """

    subject: str | None
    body: str
    report: Report
    attempts: tuple[Attempt, ...] = ()
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    backend: str = "compose"
    request: LetterRequest | None = None
    cost: float | None = None
    fallback: bool = False

    @property
    def text(self) -> str:
        """The whole letter as sent: subject line (for email), blank line, body."""
        return join_letter(self.subject, self.body)

    @property
    def ok(self) -> bool:
        """True when the letter breaks no error rule."""
        return self.report.ok

    def to_dict(self, *, attempts: bool = True) -> dict[str, Any]:
        """Plain dict for JSON output."""
        out: dict[str, Any] = {
            "ok": self.ok,
            "subject": self.subject,
            "body": self.body,
            "text": self.text,
            "report": self.report.to_dict(),
            "usage": self.usage.to_dict(),
            "model": self.model,
            "backend": self.backend,
            "fallback": self.fallback,
            "cost": self.cost,
        }
        if attempts:
            out["attempts"] = [a.to_dict() for a in self.attempts]
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """The draft as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_markdown(self) -> str:
        """The letter and its report as Markdown."""
        lines = []
        if self.subject:
            lines += [f"**Subject:** {self.subject}", ""]
        lines += [self.body, "", "---", ""]
        status = "passes every rule" if self.ok else "has errors"
        lines.append(f"*Report: {status}; {self.report.stats.get('words', 0)} words; backend {self.backend}.*")
        for f in self.report.findings:
            lines.append(f"- **{f.severity}** `{f.rule}`: {f.message} *Fix:* {f.hint}")
        return "\n".join(lines) + "\n"

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        from netdraft.display import draft_html

        return draft_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": self.text + "\n\n" + self.report.format_text(), "text/html": self._repr_html_()}

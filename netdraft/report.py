"""Findings and reports: what the rules say about one letter."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

__all__ = ["Finding", "Report", "Severity"]

Severity = Literal["error", "warning"]


class Finding(NamedTuple):
    """One problem a rule found: an immutable record (a named tuple).

    Attributes:
        rule: The rule id from the contract, e.g. ``"referral"``.
        severity: ``"error"`` (the letter should not be sent as is) or ``"warning"``.
        message: What is wrong, in one sentence.
        start: Character offset where the problem starts in the checked text (``0`` if no span).
        end: Character offset where it ends (``0`` if no span).
        hint: One sentence telling the writer (or the model, on a re-ask) how to fix it.
    """

    rule: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape of a finding."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "hint": self.hint,
        }


class Report:
    """The result of checking one letter (read-only).

    Attributes:
        findings: Every finding, ordered by position in the text (then rule id).
        stats: Words, sentences, paragraphs, questions, politeness score, reading grade.
        text: The text that was checked (spans index into it).
        rules: The ids of the rules that ran.
        skipped: Rules that could not run, with the reason (e.g. no request was given).
    """

    # A plain class, not a dataclass: importing ``dataclasses`` (which imports ``inspect``) would cost
    # every ``netdraft check`` about 10 ms of start-up, a tenth of the whole.
    _FIELDS = ("findings", "stats", "text", "rules", "skipped")

    findings: tuple[Finding, ...]
    stats: dict[str, Any]
    text: str
    rules: tuple[str, ...]
    skipped: dict[str, str]

    def __init__(
        self,
        findings: tuple[Finding, ...] = (),
        stats: dict[str, Any] | None = None,
        text: str = "",
        rules: tuple[str, ...] = (),
        skipped: dict[str, str] | None = None,
    ) -> None:
        values = (findings, {} if stats is None else stats, text, rules, {} if skipped is None else skipped)
        # Set in __dict__ directly (as unpickling does): __setattr__ refuses every assignment.
        self.__dict__.update(zip(self._FIELDS, values, strict=True))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a Report is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a Report is read-only")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    __hash__ = None  # type: ignore[assignment]  # stats and skipped are dicts

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"Report({inner})"

    @property
    def ok(self) -> bool:
        """True when no finding is an error (warnings do not count)."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity ``warning``."""
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def error_rules(self) -> frozenset[str]:
        """The ids of the rules that raised at least one error."""
        return frozenset(f.rule for f in self.findings if f.severity == "error")

    def rule_status(self) -> dict[str, str]:
        """Each rule's outcome: ``passed``, ``error``, ``warning`` or ``skipped``."""
        status = {rule: "passed" for rule in self.rules}
        for rule in self.skipped:
            status[rule] = "skipped"
        for f in self.findings:
            if f.severity == "error" or status.get(f.rule) != "error":
                status[f.rule] = f.severity
        return status

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the checked text."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape: ``{"ok", "findings", "stats"}`` plus ``skipped``."""
        return {
            "ok": self.ok,
            "findings": [f.to_dict() for f in self.findings],
            "stats": dict(self.stats),
            "skipped": dict(self.skipped),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text."""
        import json  # only here: `netdraft check` prints text without loading the JSON encoder

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def format_text(self, *, source: str = "") -> str:
        """A human-readable listing: ``source:line:col: severity [rule] message -> hint``."""
        lines = []
        prefix = f"{source}:" if source else ""
        for f in self.findings:
            line, col = self.line_col(f.start)
            lines.append(f"{prefix}{line}:{col}: {f.severity} [{f.rule}] {f.message}")
            if f.hint:
                lines.append(f"    fix: {f.hint}")
        errors, warnings = len(self.errors), len(self.warnings)
        summary = "ok" if self.ok else "not ok"
        lines.append(
            f"{summary}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
            f", {self.stats.get('words', 0)} words"
        )
        if self.skipped:
            lines.append("skipped: " + "; ".join(f"{r} ({why})" for r, why in self.skipped.items()))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format_text()

    def _repr_html_(self) -> str:
        from netdraft.display import report_html

        return report_html(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": self.format_text(), "text/html": self._repr_html_()}

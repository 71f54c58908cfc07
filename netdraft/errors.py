"""Exceptions raised by netdraft.

The hierarchy::

    NetdraftError                 base of everything netdraft raises on purpose
    ├── RequestError (ValueError) bad input: a request, a letter, a contacts row; names the field or line
    ├── ConfigError               bad configuration: model, base URL, prompts directory, options
    ├── LLMCallError              the model could not be reached or refused the call (after retries)
    └── DraftValidationError      ``strict=True`` and the best draft still breaks an error rule

Every message is one line meant for a person, and none of them ever contains an API key.
The CLI maps them to the contract's exit codes in one place (``netdraft.cli``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netdraft.results import Draft

__all__ = ["ConfigError", "DraftValidationError", "LLMCallError", "NetdraftError", "RequestError"]


class NetdraftError(Exception):
    """Base class for every error netdraft raises on purpose."""


class RequestError(NetdraftError, ValueError):
    """Bad input: the message names the field path (or the file line) and the problem.

    Attributes:
        field: Dotted field path such as ``recipient.name``, or ``None`` when the whole input is wrong.
        source: The file (or row id) the input came from, when known.
    """

    def __init__(self, message: str, *, field: str | None = None, source: str | None = None) -> None:
        self.field = field
        self.source = source
        self.detail = message
        prefix = f"{source}: " if source else ""
        where = f"{field}: " if field else ""
        super().__init__(f"{prefix}{where}{message}")


class ConfigError(NetdraftError):
    """Bad configuration: missing model, invalid base URL, unreadable prompts directory, bad option."""


class LLMCallError(NetdraftError):
    """The model call failed: not retryable (401, 404, 400) or the transport retries ran out.

    Attributes:
        status: The last HTTP status, or ``None`` for a connection error or timeout.
        attempts: How many transport attempts were made.
        endpoint: The URL that was called (never the key).
        retryable: Whether the last failure was of a kind that retries could have fixed.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        attempts: int = 1,
        endpoint: str | None = None,
        retryable: bool = False,
    ) -> None:
        self.status = status
        self.attempts = attempts
        self.endpoint = endpoint
        self.retryable = retryable
        super().__init__(message)


class DraftValidationError(NetdraftError):
    """Raised by ``strict=True`` when the best draft still has errors; carries that draft.

    Attributes:
        draft: The best draft, with its full report and every attempt.
    """

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        rules = ", ".join(sorted({f.rule for f in draft.report.errors})) or "none"
        super().__init__(
            f"the best of {len(draft.attempts)} attempt(s) still breaks these rules: {rules}"
        )

"""``Skip``: raised by a rule that cannot judge with what it was given."""

from __future__ import annotations

__all__ = ["Skip"]


class Skip(Exception):  # noqa: N818 - reads as a verb at the raise site: raise Skip("no request")
    """Raised by a rule that cannot run (e.g. it needs the request); the message says why."""

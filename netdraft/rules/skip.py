"""``Skip``: raised by a rule that cannot judge with what it was given."""

from __future__ import annotations

__all__ = ["Skip"]


class Skip(Exception):
    """Raised by a rule that cannot run (e.g. it needs the request); the message says why."""

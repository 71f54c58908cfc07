"""Rule `purpose` (being written)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netdraft.models import LetterRequest
from netdraft.report import Finding


def purpose(text: str, request: LetterRequest | None, kind: str | None, /, **options: Any) -> Iterable[Finding]:
    """Not implemented yet."""
    return []

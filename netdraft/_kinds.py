"""The letter kinds, their length bands and the greeting name: facts about a request that the rules
and the pydantic model share, kept free of pydantic so that ``netdraft check`` need not import it."""

from __future__ import annotations

from typing import Literal, Protocol

__all__ = ["ADVICE_KINDS", "KINDS", "LENGTH_BANDS", "Kind", "band_of", "greeting_name_of"]

Kind = Literal["informational", "introduction", "follow_up", "thank_you", "keep_in_touch"]
KINDS: tuple[str, ...] = ("informational", "introduction", "follow_up", "thank_you", "keep_in_touch")

# Kinds meant to ask for advice rather than apply for a job (all of them: this is networking).
ADVICE_KINDS = frozenset(KINDS)

# Default length bands, in words (contract: the `length` rule).
LENGTH_BANDS: dict[str, tuple[int, int]] = {
    "informational": (90, 220),
    "introduction": (90, 220),
    "follow_up": (80, 220),
    "thank_you": (50, 170),
    "keep_in_touch": (50, 170),
}


class _Band(Protocol):
    """A ``words`` override: either end may be missing."""

    @property
    def min(self) -> int | None: ...

    @property
    def max(self) -> int | None: ...


def greeting_name_of(name: str, salutation: str | None, tone: str) -> str:
    """The name to greet: the given salutation, else the first name (warm) or the full name."""
    if salutation:
        return salutation
    if tone == "warm":
        return name.split()[0]
    return name


def band_of(kind: str, words: _Band | None) -> tuple[int, int]:
    """The kind's word band, with either end overridden where ``words`` gives it."""
    low, high = LENGTH_BANDS[kind]
    if words is None:
        return low, high
    return (low if words.min is None else words.min, high if words.max is None else words.max)

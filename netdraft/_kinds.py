"""The letter kinds, their length bands and the greeting name: facts about a request that the rules
and the pydantic model share, kept free of pydantic so that ``netdraft check`` need not import it."""

from __future__ import annotations

from typing import Literal

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


def greeting_name_of(name: str, salutation: str | None, tone: str) -> str:
    """The name to greet: the given salutation, else the first name (warm) or the full name."""
    if salutation:
        return salutation
    if tone == "warm":
        return name.split()[0]
    return name


def band_of(kind: str, low: int | None, high: int | None) -> tuple[int, int]:
    """The kind's word band, with either end overridden where ``low``/``high`` are given."""
    default_low, default_high = LENGTH_BANDS[kind]
    return (default_low if low is None else low, default_high if high is None else high)

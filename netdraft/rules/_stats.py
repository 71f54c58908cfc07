"""Letter statistics for reports: counts, politeness score and an in-house reading grade.

The reading grade is the Flesch-Kincaid grade level with a rule-based syllable counter, so it
needs no dictionary download (textstat's cmudict fetch fails offline).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat
from typing import Any

from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import analyze

__all__ = ["letter_stats", "reading_grade", "syllables"]

_WORD = lazy_compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWEL_GROUPS = lazy_compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Estimate the syllables in one English word (vowel groups, silent final e, -le, -ed)."""
    w = word.lower().removesuffix("'s")
    if len(w) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        count -= 1
    if w.endswith("ed") and not w.endswith(("ted", "ded")):
        count -= 1
    return max(1, count)


# Letters share most of their words, so a bounded cache of per-word counts answers nearly every
# lookup through ``map`` without a Python-level call; a word costs one ``syllables`` call once.
_cached_syllables = lru_cache(maxsize=32_768)(syllables)

# Words and syllables of one whitespace-separated token, packed in one int (words above bit 32) so a
# single ``sum(map(...))`` adds both. ``str.split`` is several times cheaper than a regex scan, and a
# token ("Chen," "you.") repeats across letters like a word does. ``_WORD`` never matches whitespace,
# so its matches inside the tokens are exactly its matches in the text.
_SHIFT = 32


def _token_counts(token: str) -> int:
    words = _WORD.findall(token)
    return (len(words) << _SHIFT) + sum(map(_cached_syllables, words))


# Token -> ``_token_counts``: a plain dict, read with ``map(dict.__getitem__, ...)`` (several times
# cheaper per token than an ``lru_cache`` call); emptied when it outgrows ``_TOKEN_CACHE_SIZE``.
_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_SIZE = 65_536


# Beyond this many characters (no letter is that long) the body is counted without the token cache,
# so a huge text of unique tokens cannot flush it.
_CACHED_BODY = 20_000


def _words_and_syllables(body: str) -> tuple[int, int]:
    if len(body) > _CACHED_BODY:
        words = _WORD.findall(body)
        return len(words), sum(map(_cached_syllables, words))
    tokens = body.split()
    cache = _TOKEN_CACHE
    try:
        packed = sum(map(cache.__getitem__, tokens))
    except KeyError:
        if len(cache) > _TOKEN_CACHE_SIZE:
            cache.clear()
        for token in tokens:
            if token not in cache:
                cache[token] = _token_counts(token)
        packed = sum(map(cache.__getitem__, tokens))
    return packed >> _SHIFT, packed & ((1 << _SHIFT) - 1)


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade level of ``text`` (0.0 for text without words)."""
    doc = analyze(text)
    words, syl = _words_and_syllables(doc.body)
    if not words:
        return 0.0
    texts = doc.sentence_texts
    # Sentences holding a word, counted with C-level ``map`` and ``list.count``.
    sentences = max(1, len(texts) - list(map(_WORD.search, texts)).count(None))
    grade = 0.39 * words / sentences + 11.8 * syl / words - 15.59
    return round(max(grade, 0.0), 1)


def letter_stats(text: str) -> dict[str, Any]:
    """The ``Report.stats`` of a letter."""
    doc = analyze(text)
    return {
        "words": doc.words,
        "sentences": len(doc.sentences),
        "paragraphs": len(doc.paragraphs),
        "questions": list(map(str.endswith, doc.sentence_texts, repeat("?"))).count(True),
        "politeness": round(doc.politeness, 3),
        "reading_grade": reading_grade(text),
        "subject": doc.subject,
    }

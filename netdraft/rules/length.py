"""Rule ``length``: the word count must sit inside the kind's band (or the request's ``words``).

Words are counted by ``Doc.words``: every whitespace-separated token with a letter or digit,
except on a first ``Subject:`` line. Published email studies (see LESSONS.md) found replies peak
for short messages, so the bands are upper limits as much as lower ones.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import islice

from netdraft._kinds import LENGTH_BANDS
from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import analyze, word_count
from netdraft.rules.skip import Skip

__all__ = ["length"]

_TOKEN = lazy_compile(r"\S+")
# A token made only of punctuation, matched on the text padded with a space at each end (as in
# ``word_count``): it is not a word.
_PUNCT_TOKEN = lazy_compile(r"\s[^\w\s]+(?=\s)")
# A counted word directly: slower to scan for (it tries every position) but one pass whatever the text.
_COUNTED = lazy_compile(r"(?<!\S)(?=\S*\w)\S+")

# What to add when a letter is too short, by kind.
_ADD = {
    "informational": "a sentence of your background and the specific ask",
    "introduction": "a sentence on who you are and why you are writing",
    "follow_up": "a recap of what you discussed and the agreed next steps",
    "thank_you": "a specific point from the conversation that helped you",
    "keep_in_touch": "a short update on what you have been doing",
}

# What to keep when a letter is too long, by kind.
_KEEP = {
    "informational": "keep one sentence of background, the purpose and the ask",
    "introduction": "keep one sentence on who you are, the referrer and the ask",
    "follow_up": "keep the thanks, one line per topic and the action items",
    "thank_you": "keep the thanks and one specific point from the conversation",
    "keep_in_touch": "keep one short update and one warm line",
}


def _band(request: AnyRequest | None, kind: str | None) -> tuple[int, int]:
    if request is not None and (kind is None or kind == request.kind):
        return request.band
    if kind is None:
        raise Skip("no request and no kind: the length band is unknown")
    low, high = LENGTH_BANDS[kind]
    if request is not None and request.words is not None:
        low = request.words.min if request.words.min is not None else low
        high = request.words.max if request.words.max is not None else high
    return low, high


def _nth_word_start(text: str, start: int, n: int) -> int:
    """Offset of the ``n``-th counted word (0-based) of ``text[start:]``, or ``len(text)``.

    Counted words are ``word_count``'s: tokens not made only of punctuation. Those are rare, so the
    ``n``-th token is found with ``islice`` (the skipping runs in C) and the index moved past the
    punctuation tokens before it until it settles.
    """
    # Usual case, no token of bare punctuation before it: ``str.split`` with a limit leaves the rest of
    # the text, from the ``n``-th token on, as its last part.
    parts = text[start:].split(None, n)
    if len(parts) <= n:
        return len(text)
    candidate = len(text) - len(parts[-1])
    if word_count(text[start:candidate]) == n and word_count(parts[-1].split(None, 1)[0]) == 1:
        return candidate
    punct = [m.start() for m in _PUNCT_TOKEN.finditer(f" {text} ", start)]  # padded: offsets match ``text``
    index = n
    for _ in range(8):  # a few rounds settle any letter; dense punctuation goes to the plain walk below
        token = next(islice(_TOKEN.finditer(text, start), index, None), None)
        if token is None:
            return len(text)
        upto = bisect_right(punct, token.start())
        is_punct = upto > 0 and punct[upto - 1] == token.start()
        counted_before = index - (upto - is_punct)  # never more than n: the index only grows to reach it
        if counted_before == n and not is_punct:
            return token.start()
        index += (n - counted_before) or 1
    word = next(islice(_COUNTED.finditer(text, start), n, None), None)
    return len(text) if word is None else word.start()


def length(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    min_words: int | None = None,
    max_words: int | None = None,
    slack: int = 0,
) -> Iterable[Finding]:
    """Flag a letter whose word count is outside its band.

    Args:
        text: The letter.
        request: The request; its ``band`` (kind band, ``words`` override) is used when given.
        kind: The letter kind, used alone when there is no request.
        min_words: Override of the band's minimum.
        max_words: Override of the band's maximum.
        slack: Words tolerated beyond either end of the band before it is an error.

    Raises:
        Skip: Neither a request nor a kind was given.
    """
    low, high = _band(request, kind)
    low = low if min_words is None else min_words
    high = high if max_words is None else max_words
    doc = analyze(text)
    words = doc.words
    k = kind or (request.kind if request is not None else "")
    label = f"{k.replace('_', '-')} letter"
    label = ("an " if label[0] in "aeiou" else "a ") + label
    if words > high + slack:
        over = words - high
        # The span starts at the first word past the limit: everything from there on is extra.
        cut_at = _nth_word_start(text, doc.body_start, high)
        end = len(text.rstrip())
        yield Finding(
            "length",
            "error",
            f"The letter has {words} words, {over} more than the {high}-word maximum for {label}.",
            cut_at,
            max(end, cut_at),
            f"Cut about {over} words: {_KEEP.get(k, 'keep only what the reader needs')}.",
        )
    elif words < low - slack:
        short = low - words
        body = doc.body
        stripped = body.strip()
        start = doc.body_start + (body.index(stripped[0]) if stripped else 0)
        add = _ADD.get(k, "the missing detail")
        yield Finding(
            "length",
            "error",
            f"The letter has {words} words, {short} fewer than the {low}-word minimum for {label}.",
            start if stripped else 0,
            start + len(stripped) if stripped else 0,
            f"Add about {short} words: include {add}.",
        )

"""Shared, cached text analysis for the rules: one pass over a letter, reused by every rule.

Every pattern here is linear: no nested quantifiers, no ``.*`` followed by something that can fail
late. Rules receive the raw text and call ``analyze(text)``; the result is cached so twelve rules
split a letter into words, sentences and paragraphs once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Generic, TypeVar, overload

from netdraft.rules._lazy import lazy_compile

__all__ = [
    "BULLET",
    "REASONING_TAGS",
    "Doc",
    "Span",
    "analyze",
    "edit_distance",
    "fold_accents",
    "in_quotation",
    "normalize_name",
    "quotation_start",
    "word_count",
]

Span = tuple[int, int]

# What opens a list item: a bullet, an item number or letter ("2.", "b)", "(3)"), then a space.
BULLET = lazy_compile(r"(?:[-*•–—·▪●◦‣+]|\d{1,2}[.)]|[a-hA-H][.)]|\(\d{1,2}\))[ \t]+")
SUBJECT_LINE = lazy_compile(r"[ \t]*subject[ \t]*:", re.IGNORECASE)
_TOKEN = lazy_compile(r"\S+")
# A token made only of punctuation does not count as a word ("-", "—", "&", "..."). Matched on the
# text padded with spaces: a leading ``\s`` is cheaper for the engine than a lookbehind at every position.
_PUNCT_TOKEN = lazy_compile(r"\s[^\w\s]+(?=\s)")
# Sentence ends: terminal punctuation (plus closing quotes/brackets) before whitespace, or a newline with
# the whitespace after it. Found in two scans that each open with a literal, so the regex engine jumps
# between occurrences of one character (several times faster than testing a class at every position):
# line breaks in the text, and terminal punctuation in a copy where "!" and "?" are written "." (same
# offsets). A line-break match holds only whitespace and a punctuation match none, so together they are
# exactly the matches of ``[.!?\n](?:(?<=\n)\s*|[.!?]*[\"'”’)\]]*(?=\s|$))``.
_NEWLINE_BOUNDARY = lazy_compile(r"\n\s*")
_STOP_BOUNDARY = lazy_compile(r"\.\.*[\"'”’)\]]*(?=\s|$)")
_SPAN = re.Match.span
_ABBREV = frozenset(
    [
        "dr", "mr", "mrs", "ms", "mx", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc",
        "ltd", "co", "corp", "dept", "univ", "no", "approx", "mt", "ft"
    ]
)
_LAST_WORD = lazy_compile(r"([A-Za-z][A-Za-z.]{0,5})$")
# The last two letters of each abbreviation: a full stop after any other pair ends the sentence, so the
# regex above runs only for the few candidates ("Dr.", "years." and the like).
_ABBREV_TAILS = frozenset(a[-2:] for a in _ABBREV)
# A run of blank lines, consumed whole: a thousand empty lines are one separator, not five hundred.
# (A character class, not a repeated group: the engine runs through a class without keeping state.)
_PARA_SPLIT = lazy_compile(r"\n[ \t\n]*\n")
_LINE = lazy_compile(r"\S(?:[^\n]*\S)?")


# Deletes every character that is neither a word character nor whitespace, for ASCII and the usual
# typographic punctuation: a token made only of such characters vanishes, any other keeps its place.
_DROP_PUNCT = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_" or c.isspace())) + "“”‘’—–…•·«»"
)


# The same deletion on ASCII bytes, and a byte table writing each whitespace character (as ``str.split``
# sees it: \x1c-\x1f too) as b" " and any other as b"x": the tokens of a text are then its runs of b"x",
# counted as the b" x" pairs (plus one for a b"x" at the start) without building a string per token.
_PUNCT_BYTES = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_" or chr(c).isspace()))
_TOKEN_BYTES = bytes(b" "[0] if chr(c).isspace() else b"x"[0] for c in range(256))


def word_count(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens holding at least one letter or digit."""
    # Deleting punctuation and counting tokens counts the same tokens as the regex below, several times
    # faster; it is exact when nothing but ASCII is left (another non-ASCII symbol might be punctuation).
    if text.isascii():
        marks = text.encode("ascii").translate(_TOKEN_BYTES, _PUNCT_BYTES)
    else:
        dropped = text.translate(_DROP_PUNCT)
        if not dropped.isascii():
            return len(text.split()) - len(_PUNCT_TOKEN.findall(f" {text} "))
        marks = dropped.encode("ascii").translate(_TOKEN_BYTES)
    return marks.count(b" x") + marks.startswith(b"x")


@lru_cache(maxsize=1024)
def _ends_with_abbreviation(window: str) -> bool:
    """True when the (up to eight) characters before a full stop end with an abbreviation ("Dr", "e.g").

    Cached by the window: a text of a thousand "Dr. " asks the same question a thousand times.
    """
    last = _LAST_WORD.search(window)
    return last is not None and last.group(1).lower().rstrip(".") in _ABBREV


_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """``functools.cached_property`` without its lock: the first read computes the value and stores it in
    the instance's ``__dict__``, where later reads find it without calling the descriptor. (The lock
    costs more than several of these computations; two threads computing one value get equal values.)
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _lazy[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> _T | _lazy[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Doc:
    """A letter split into the parts rules look at. Offsets index into ``text``.

    Attributes:
        text: The whole checked text.
        body_start: Offset where the body starts (after a first ``Subject:`` line, if any).
        subject: The subject line's text, without ``Subject:``, or ``None``.
    """

    # A plain class, not a dataclass: importing ``dataclasses`` (which imports ``inspect``) would cost
    # every ``netdraft check`` about 10 ms of start-up. The parts below are computed on first read.
    def __init__(self, text: str, body_start: int, subject: str | None) -> None:
        self.text = text
        self.body_start = body_start
        self.subject = subject

    def __repr__(self) -> str:
        return f"Doc(text={self.text!r}, body_start={self.body_start!r}, subject={self.subject!r})"

    @_lazy
    def body(self) -> str:
        """The text after the subject line."""
        return self.text[self.body_start :]

    @_lazy
    def lower(self) -> str:
        """The whole text in lower case (same offsets as ``text`` for ASCII letters)."""
        return self.text.lower()

    @_lazy
    def words(self) -> int:
        """The word count of the body (the ``length`` rule's count)."""
        return word_count(self.body)

    @_lazy
    def lines(self) -> list[Span]:
        """Spans of the non-empty lines of the body, stripped of surrounding blanks."""
        # One match per non-blank line (from its first to its last non-blank character): blank lines
        # cost the engine's scan only, not a Python iteration each, and the spans come out of ``map``.
        return list(map(_SPAN, _LINE.finditer(self.text, self.body_start)))

    @_lazy
    def paragraphs(self) -> list[Span]:
        """Spans of the body's paragraphs (blocks separated by blank lines)."""
        spans = []
        start = self.body_start
        text = self.text
        bounds = [(m.start(), m.end()) for m in _PARA_SPLIT.finditer(text, self.body_start)]
        bounds.append((len(text), len(text)))
        for sep_start, sep_end in bounds:
            block = text[start:sep_start]
            stripped = block.strip()
            if stripped:
                s = start + block.index(stripped[0])
                spans.append((s, s + len(stripped)))
            start = sep_end
        return spans

    @_lazy
    def sentences(self) -> list[Span]:
        """Spans of the body's sentences; lines (greeting, sign-off, list items) end a sentence too."""
        text = self.text
        spans: list[Span] = []
        append = spans.append
        start = self.body_start
        stops = text.replace("!", ".").replace("?", ".")
        bounds = list(map(_SPAN, _NEWLINE_BOUNDARY.finditer(text, start)))
        bounds += map(_SPAN, _STOP_BOUNDARY.finditer(stops, start))
        bounds.sort()
        for ms, me in bounds:
            first = text[ms]
            if first == "\n":
                end = ms
            else:
                # "at Lantern Brewing Co.? Even a short chat": a question or exclamation mark after an abbreviation's
                # full stop ends the sentence.
                if first == "." and "?" not in text[ms:me] and "!" not in text[ms:me]:
                    tail = text[ms - 2 : ms].lower()
                    if tail in _ABBREV_TAILS and _ends_with_abbreviation(text[max(start, ms - 8) : ms]):
                        continue
                    # A single capital initial ("J. Smith") does not end a sentence either.
                    if ms >= 2 and text[ms - 2] in " \n." and text[ms - 1].isupper():
                        continue
                    # The number of a list item ("1. Which skills ...") is no sentence: the item is.
                    if ms - start <= 3 and text[start:ms].isdigit():
                        start = me
                        continue
                end = me
            if end > start:
                stripped = text[start:end].lstrip()
                if stripped:
                    s = end - len(stripped)
                    append((s, s + len(stripped.rstrip())))
            start = me
        tail = text[start:]
        if tail.strip():
            s = start + tail.index(tail.strip()[0])
            append((s, s + len(tail.strip())))
        return spans

    @_lazy
    def politeness(self) -> float:
        """``politeness_score`` of the body: computed once for the ``politeness`` rule and the stats."""
        from netdraft.politeness import politeness_score  # the scorer's weights load with it

        return politeness_score(self.body)

    @_lazy
    def sentence_texts(self) -> list[str]:
        """The sentences' text."""
        return [self.text[s:e] for s, e in self.sentences]

    @_lazy
    def greeting(self) -> Span | None:
        """The first line of the body, where the greeting belongs."""
        return self.lines[0] if self.lines else None

    @_lazy
    def closing(self) -> list[Span]:
        """The last lines of the body (up to four), where the sign-off and name belong."""
        return self.lines[-4:]


@lru_cache(maxsize=16)
def analyze(text: str) -> Doc:
    """Split ``text`` once; cached so every rule shares the work."""
    body_start = 0
    subject = None
    m = SUBJECT_LINE.match(text)
    if m is None and text[:1] in "\n \t":
        # Leading blank lines before the subject are allowed.
        stripped = text.lstrip()
        offset = len(text) - len(stripped)
        m2 = SUBJECT_LINE.match(stripped)
        if m2 is not None:
            m = SUBJECT_LINE.match(text, offset)
    if m is not None:
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        subject = text[m.end() : end].strip()
        body_start = end
    return Doc(text=text, body_start=body_start, subject=subject)


# Titles written before a name in a request ("Capt. Ingrid Halvorsen", "Rev. Dr. Amos Lee"): not name words.
_HONORIFIC = lazy_compile(
    r"^(?:(?:dr|mr|mrs|ms|mx|prof|professor|sir|madam|dame|capt|captain|rev|reverend|sister|cllr|councillor"
    r"|judge|chef|coach|sgt|sergeant|lt|lieutenant|col|colonel|hon|rabbi|imam|pastor|engr|atty|revd"
    r"|barr|pharm|arc|alhaji|alhaja|hajia|chief|pak|bapak|ibu|bu|encik|puan|cik|tuan|datuk|dato|datin|haji|hajjah|khun"
    r")\.?\s+)+",
    re.IGNORECASE,
)


# The tags a reasoning model wraps its thoughts in ("<think> ... </think>"): the meta rule's business, no
# placeholder slot.
REASONING_TAGS = frozenset(("think", "thinking", "reasoning", "scratchpad", "reflection"))


def quotation_start(text: str, pos: int) -> int:
    """Where the quotation that ``pos`` stands inside opened, earlier on its line (straight or curly quotes),
    or -1 when ``pos`` is not inside one."""
    line = text.rfind("\n", 0, pos) + 1
    before = text[line:pos]
    if before.count('"') % 2 == 1:
        return line + before.rfind('"')
    curly = before.rfind("“")
    return line + curly if curly > before.rfind("”") else -1


def in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened earlier on its line (straight or curly quotes)."""
    return quotation_start(text, pos) >= 0


def fold_accents(word: str) -> str:
    """``word`` without its accents: ``"Seán"`` -> ``"Sean"`` (a dropped accent is no misspelling)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def normalize_name(name: str) -> str:
    """A name without honorific or accents, lower-cased, single-spaced: ``"Dr.  María Chen"`` -> ``"maria chen"``."""
    return " ".join(fold_accents(_HONORIFIC.sub("", name.strip())).lower().split())


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (an adjacent swap costs 1), capped at ``limit``.

    Shared by the rules that catch misspelt names (salutation, referral, grounding).
    """
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], limit)

"""Rule ``referral``: the letter names who suggested writing (or the stated connection).

With a ``referrer``, the body (or the subject line) must name them: full name, first name, or
honorific and surname ("Dr. Patel"). A first name shared with the writer or the reader does not
count alone (the sign-off "Sam" is not the referrer Sam Patel). A misspelt name (edit distance 1,
2 for long names) is an error, and so is a letter that credits somebody else ("Jordan suggested I
write"). Naming the referrer only after the opening paragraph passes with a warning: the reader
should learn in the first lines why a stranger writes.

Without a referrer but with a ``connection``, the connection must appear in substance (paraphrase
passes, see ``_match``); late mention is again a warning. Neither given: the rule skips.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._match import (
    STOP,
    Index,
    Match,
    Phrase,
    beyond_own,
    content_tokens,
    core,
    edit_distance,
    index,
    is_mentioned,
    modifier_words,
    names_of,
    own_words,
    phrase,
    said_as,
    stem,
    variants,
    windows,
    with_acronyms,
    wordset,
)
from netdraft.rules._text import analyze, fold_accents, normalize_name
from netdraft.rules.skip import Skip

__all__ = ["referral"]

_POSSESSIVE = lazy_compile(r"(?:['’]s|['’])$")
# "Jordan suggested I write", "Jordan Lee's suggestion", "at the suggestion of Jordan".
_CREDIT = lazy_compile(
    r"\b([A-Z][\w'’-]{1,30}(?:[ \t]{1,3}[A-Z][\w'’-]{1,30})?)(?:['’]s)?[ \t]{1,3}"
    r"(?:suggested|recommended|referred|encouraged|mentioned|pointed|told|thought|said|passed|gave|shared"
    r"|urged|advised|suggestion|recommendation)\b"
    r"|\b(?:suggestion|recommendation|referral|advice|encouragement|urging) (?:of|from)[ \t]{1,3}"
    r"([A-Z][\w'’-]{1,30}(?:[ \t]{1,3}[A-Z][\w'’-]{1,30})?)"
    r"|\breferred (?:me )?(?:to you )?by[ \t]{1,3}([A-Z][\w'’-]{1,30}(?:[ \t]{1,3}[A-Z][\w'’-]{1,30})?)"
)
_CREDIT_WORDS = wordset(
    "suggested recommended referred encouraged mentioned pointed told thought said passed gave shared "
    "urged advised suggestion recommendation referral advice encouragement urging"
)
_NOT_NAMES = wordset(
    "i you we he she they it my our your his her their this that the a an and but so also which who "
    "everyone someone somebody everybody colleagues colleague friends friend people"
)


def _bare(token: str) -> str:
    # ``_POSSESSIVE.sub("", token).lower()`` without the regex (tokens hold no line break); accents
    # folded as in the request's names ("Sean" names Seán).
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif token.endswith(("'", "’")):
        token = token[:-1]
    return fold_accents(token).lower()


# Words that may stand before a surname instead of the given name: "Professor O'Connell", "Sgt. Delgado".
_TITLES = wordset(
    """dr mr mrs ms mx miss prof professor doctor sir dame lord lady madam mme rev reverend father sister
    brother pastor rabbi imam coach judge justice senator sen rep representative governor gov president chair
    chairman chairwoman director dean principal captain capt sergeant sgt lieutenant lt colonel col general
    gen major maj commander cmdr officer detective chief nurse hon honourable honorable mayor councillor
    councilor minister ambassador aunt auntie uncle cousin herr frau senor senora sr sra dra don dona chef
    editor manager partner colleague mentor tutor teacher supervisor advisor adviser canon bishop archdeacon
    revd fr engr eng atty cllr barr pharm arc alhaji alhaja hajia pak bapak ibu bu encik puan cik tuan datuk dato
    datin haji hajjah khun kuya ate"""
)
_PARTICLES = wordset("de la le du da di del della des van von der den ten ter ni nic mac mc o bin bint al el")


def _opening_end(text: str, first: int) -> int:
    """Offset where the opening ends: the first paragraph after the greeting, or 2 sentences in."""
    doc = analyze(text)
    spans = doc.sentences
    if not spans:
        return len(text)
    first = min(first, len(spans) - 1)
    start = spans[first][0]
    para_end = next((e for s, e in doc.paragraphs if e > start), len(text))
    second = spans[min(first + 1, len(spans) - 1)][1]
    return max(para_end, second)


def referral(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    threshold: float = 0.5,
    window: int = 2,
    min_words: int = 2,
    late_warning: bool = True,
    **_: Any,
) -> Iterable[Finding]:
    """Check that the referrer, or else the connection, is named.

    Args:
        text: The letter.
        request: The request: ``referrer`` (preferred) or ``connection``.
        kind: The letter kind (every kind is judged).
        threshold: Share of the connection's content words that must appear (synonyms count).
        window: Consecutive sentences the connection may spread over.
        min_words: Content words of the connection that must match.
        late_warning: Warn when the referrer or connection first appears after the opening.

    Yields:
        Errors for a missing, misspelt or replaced referrer, or a missing connection; warnings for
        late mentions.

    Raises:
        Skip: No request, or a request with neither referrer nor connection.
    """
    if request is None:
        raise Skip("needs the request's referrer or connection")
    if request.referrer is not None:
        names = _referrer_names(request.referrer.name, request.referrer.relationship)
        if len(names) == 1:
            return _referrer(text, request, late_warning)
        # "Katherine (Kate) Lindgren", or a nickname the relationship gives: the letter may call her either; the
        # reading with fewer errors stands (the formal name's on a tie).
        readings = [_referrer(text, request, late_warning, name) for name in names]
        return min(readings, key=lambda fs: (sum(f.severity == "error" for f in fs), len(fs)))
    if request.connection is not None:
        return _connection(text, request, threshold, window, min_words, late_warning)
    raise Skip("the request has no referrer or connection")


# A nickname given in the name, in brackets or quotes: "Katherine (Kate) Lindgren", 'Robert "Bob" Lyle', "William
# 'Bill' Turner" (fx; single quotes only between spaces: "D'Arcy O'Neil" holds no nickname).
_NICKNAME = lazy_compile(
    r"[ \t]*[(\"“]([^()\"“”\n]{1,30})[)\"”][ \t]*|[ \t]+['‘]([^'‘’\s][^'‘’\n]{0,29})['’][ \t]+"
)


@lru_cache(maxsize=64)
def _name_variants(name: str) -> tuple[str, ...]:
    """The name as written without its nickname, then with the nickname for the given name; the name alone
    when it gives no nickname."""
    m = _NICKNAME.search(name)
    if m is None:
        return (name,)
    before, after = name[: m.start()].split(), name[m.end() :].split()
    nickname = (m.group(1) or m.group(2)).strip()
    if not before or not nickname:
        return (name,)
    # The nickname stands for the word it follows, the given name ("Dr. Katherine (Kate) Lindgren").
    return " ".join([*before, *after]), " ".join([*before[:-1], nickname, *after])


# A nickname told in the relationship: "Mariana's former manager, whom everyone calls Sasha", "a fundraiser known to
# everyone as Bongi" (gv).
_CALLED = lazy_compile(
    r"\b(?:known (?:to (?:everyone|all|friends|colleagues|most people|us) )?as|goes by|went by|nicknamed"
    r"|whom (?:everyone|people|we|friends|colleagues|most people) calls?"
    r"|(?:everyone|people|friends|colleagues) calls? (?:him|her|them))"
    r"[ \t]+['\"“‘]?([A-Z][\w'’-]{1,30})"
)


def _referrer_names(name: str, relationship: str | None) -> tuple[str, ...]:
    """The referrer's name as the letter may write it: with or without a nickname the name or the relationship gives."""
    names = _name_variants(name)
    m = _CALLED.search(relationship or "")
    if m is None:
        return names
    words = names[0].split()
    nickname = m.group(1).rstrip("'’")
    if len(words) < 2 or nickname.lower() in (w.lower() for w in words):
        return names
    # The nickname stands for the given name: "Sasha Volkov" for Aleksandr Volkov.
    return (*names, " ".join([nickname, *words[1:]]))


def _referrer(text: str, request: AnyRequest, late_warning: bool, name: str | None = None) -> list[Finding]:
    """The referrer's findings, reading their name as ``name`` (by default as the request writes it)."""
    assert request.referrer is not None
    name = name or request.referrer.name
    parts, others = _name_parts(name, request.sender.name, request.recipient.name)
    if not parts:
        return []
    given, surname = parts[0], (parts[-1] if len(parts) > 1 else None)
    # A first name shared with the writer or reader proves nothing alone.
    given_alone_ok = given not in others or surname is None
    rel = f" ({request.referrer.relationship})" if request.referrer.relationship else ""
    doc = analyze(text)
    spans = doc.sentences
    first, last = core(text)
    regions: list[tuple[int, int]] = []
    if doc.subject is not None:
        regions.append((0, doc.body_start))
    if first < last:
        regions.append((spans[first][0], spans[last - 1][1]))
    # Only words starting like a part of the name can be it or a misspelling of it: a regex skips
    # the rest in C, so long letters (or hostile input) cost little.
    initials = {p[0] for p in (given, surname) if p}
    initials.update(w[0] for w in name.lower().split() if w and not w[0].isascii())
    patterns = [_starting_with(c) for c in sorted(initials)]
    found: int | None = None
    found_end = 0
    misspelt: list[tuple[int, int, str]] = []
    wrong: list[tuple[int, int, str]] = []  # another given name right before the surname
    other_surname: list[tuple[int, int]] = []  # the given name, then another surname
    surname_seen = False
    budget = 200  # edit-distance checks at most

    def consider(raw: str, w: str, s: int, e: int) -> None:
        """Record ``raw`` (at ``s:e``) when it is a capitalised misspelling of the referrer's name."""
        nonlocal budget
        if raw[:1].isupper() and w not in others and w not in _NOT_NAMES and budget > 0:
            budget -= 1
            if _misspelt(text, w, s, e, given, surname, parts[1:-1]):
                misspelt.append((s, e, raw))

    for rs, re_ in regions:
        for m in _candidates(patterns, text, rs, re_):
            raw, s, e = m.group(), m.start(), m.end()
            w = _bare(raw)
            if w == surname or (w == given and (given_alone_ok or _next_word(text, e) == surname)):
                if found is None:
                    found, found_end = s, e
                if w == given and surname is not None:
                    after = _NEXT.match(text, e)
                    if after is not None:
                        bare = _bare(after.group(1))
                        if bare != surname and bare[:1] != surname[:1] and bare not in parts:
                            # A misspelt surname with another initial ("Siobhan Cavanagh" for Siobhan
                            # Kavanagh), which the candidates above skip.
                            consider(after.group(1), bare, after.start(1), after.end(1))
                        raw_after = after.group(1)
                        before = _PREV.search(text, max(0, s - 42), s)
                        if (
                            not raw.endswith(("'s", "’s"))  # "Imran's A-level class" names no surname
                            # "Ho Chi Minh City": the given name inside a longer name, not a person's.
                            and not (before is not None and before.group(1)[:1].isupper())
                            and bare != surname
                            and bare not in parts
                            and len(bare) >= 3
                            and raw_after[:1].isupper()
                            and not raw_after.isupper()
                            and bare not in others
                            and bare not in _NOT_NAMES
                            and not any(x[0] == after.start(1) for x in misspelt)
                            and not _misspelt(text, bare, after.start(1), after.end(1), given, surname)
                        ):
                            # "Agnieszka Wróbel" for Agnieszka Wróblewska: the right given name under
                            # another surname is another person.
                            other_surname.append((s, after.end(1)))
                if w == surname:
                    surname_seen = True
                    slot = _given_slot(text, max(rs, s - 80), s, parts[1:-1])
                    if slot is not None:
                        b, bs, be = slot
                        bare = _bare(b)
                        if bare[:1] != given[:1]:
                            # A misspelt given name with another initial ("Catherine Moore" for
                            # Katherine Moore), which the candidates above skip.
                            consider(b, bare, bs, be)
                        retold = any(x[0] == bs for x in misspelt)
                        if (
                            b[:1].isupper()
                            and not retold
                            and _other_given(bare, given, parts, others)
                            # "how Maison Roussel decides" names the reader's firm, not another Roussel than Henri.
                            and bare not in _org_words(request.recipient.organization or "")
                        ):
                            # "Seamus O'Connell" for Seán O'Connell: the surname is right, the person
                            # is not.
                            wrong.append((bs, be, b))
            elif len(w) >= 3:
                consider(raw, w, s, e)
            if found is not None and len(misspelt) >= 3:
                break
    findings: list[Finding] = []
    for s, e, raw in wrong[:3]:
        if any(m[0] == s for m in misspelt):
            continue
        findings.append(
            Finding(
                "referral",
                "error",
                f"The letter credits '{_POSSESSIVE.sub('', raw)} {_surname_text(text, e)}', "
                f"but the referrer is {name}.",
                s,
                e,
                f"Name {name}{rel}, who suggested you write, exactly as '{name}'.",
            )
        )
    # Once the letter has the right surname, a capitalised word after the given name elsewhere is no other
    # person ("I taught Imran A-level chemistry" after "Imran Siddiqui").
    for s, e in [] if surname_seen else other_surname[:3]:
        shown = " ".join(_POSSESSIVE.sub("", text[s:e]).split())
        findings.append(
            Finding(
                "referral",
                "error",
                f"The letter credits '{shown}', but the referrer is {name}.",
                s,
                e,
                f"Name {name}{rel}, who suggested you write, exactly as '{name}'.",
            )
        )
    for s, e, raw in misspelt[:3]:
        findings.append(
            Finding(
                "referral",
                "error",
                f"The referrer's name is misspelt: '{_POSSESSIVE.sub('', raw)}' should match '{name}'.",
                s,
                e,
                f"Spell the name of {name}{rel}, who suggested you write, exactly as '{name}'.",
            )
        )
    if found is None:
        if misspelt:
            return findings
        credited = _credited(text, regions, parts, others)
        if credited is not None:
            s, e, who = credited
            return [
                Finding(
                    "referral",
                    "error",
                    f"The letter credits {who} instead of the referrer, {name}.",
                    s,
                    e,
                    f"Name {name}{rel}, who suggested you write, in the first paragraph instead of {who}.",
                )
            ]
        return [
            Finding(
                "referral",
                "error",
                f"The letter never names {name}, who suggested writing.",
                0,
                0,
                f"Name {name}{rel}, who suggested you write, in the first paragraph.",
            )
        ]
    if late_warning and found >= doc.body_start and found >= _opening_end(text, first):
        end = found_end
        findings.append(
            Finding(
                "referral",
                "warning",
                f"{name} is named only late in the letter.",
                found,
                end,
                f"Name {name}{rel}, who suggested you write, in the first paragraph.",
            )
        )
    return findings


@lru_cache(maxsize=256)
def _name_parts(referrer: str, sender: str, recipient: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The referrer's name words, and the writer's and reader's together (cached by the names)."""
    others = frozenset((*normalize_name(sender).split(), *normalize_name(recipient).split()))
    return tuple(normalize_name(referrer).split()), others


@lru_cache(maxsize=64)
def _org_words(organization: str) -> frozenset[str]:
    return frozenset(normalize_name(organization).split())


@lru_cache(maxsize=64)
def _starting_with(initial: str) -> re.Pattern[str]:
    """Name-like words starting with ``initial`` (any case). One pattern per letter, compiled once per
    process (about a millisecond each), not one per combination of a referrer's initials."""
    return re.compile(rf"(?<![\w'’-])[{re.escape(initial)}][\w'’-]{{0,40}}", re.IGNORECASE)


def _candidates(patterns: list[re.Pattern[str]], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``patterns`` in ``text[start:end]``, in order of position."""
    if len(patterns) == 1:
        return patterns[0].finditer(text, start, end)
    return heapq.merge(*(p.finditer(text, start, end) for p in patterns), key=lambda m: m.start())


_NEXT = lazy_compile(r"[ \t]{1,3}([^\W\d_][\w'’-]{0,40})")
_PREV = lazy_compile(r"([^\W\d_][\w'’-]{0,40})[ \t]{1,3}$")


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return _bare(m.group(1)) if m else ""


def _surname_text(text: str, end: int) -> str:
    """The words after ``end`` on its line, up to the surname: for messages only."""
    m = _NEXT_NAME.match(text, end)
    return m.group(1) if m else ""


_NEXT_NAME = lazy_compile(r"[ \t]{1,3}((?:[a-z]{1,4}[ \t]{1,3}){0,2}[^\W\d_][\w'’-]{0,40})")
_SLOT = lazy_compile(r"([^\W\d_][\w'’.-]{0,40})[ \t]{1,3}$")


def _given_slot(text: str, lo: int, surname_at: int, particles: tuple[str, ...]) -> tuple[str, int, int] | None:
    """The word in the given name's place before the surname at ``surname_at``, skipping the name's own
    particles ("María-José de la Cruz"): ``(word, start, end)``, or None when none stands there."""
    end = surname_at
    for _ in range(len(particles) + 1):
        m = _SLOT.search(text, lo, end)
        if m is None:
            return None
        word = m.group(1)
        if word.lower() in particles:
            end = m.start(1)
            continue
        return word, m.start(1), m.end(1)
    return None


def _other_given(word: str, given: str, parts: tuple[str, ...], others: frozenset[str]) -> bool:
    """Whether ``word`` (folded) before the referrer's surname is another person's given name."""
    if word == given or word in parts or word in others or len(word) < 2 or "." in word:
        return False
    if word.rstrip(".") in _TITLES or word in _PARTICLES or word in STOP or word in _NOT_NAMES:
        return False
    # A short form ("Sam" for Samuel, "María" for María-José) or a longer one names the same person.
    if given.startswith(word) or word.startswith(given):
        return False
    return not word.endswith("ly")


def _prev_name_word(text: str, start: int) -> str:
    """The word before ``start``, past lower-case name particles: "Pieter" before "van den Burg"."""
    for _ in range(3):
        m = _PREV.search(text, max(0, start - 46), start)
        if m is None:
            return ""
        if m.group(1) not in _PARTICLES:
            return _bare(m.group(1))
        start = m.start(1)
    return ""


def _misspelt(
    text: str, w: str, s: int, e: int, given: str, surname: str | None, middle: tuple[str, ...] = ()
) -> bool:
    """Whether word ``w`` (at ``s:e``) is a misspelling of the given name or the surname (``middle``: the name's
    words between them, as in "Ana Belén Gutiérrez Soto")."""
    for part, other_part, neighbour in ((given, surname, _next_word), (surname, given, _prev_name_word)):
        if part is None:
            continue
        limit = 1 if len(part) <= 6 else 2
        # The distance is at least the difference in length: skip the alignment when that is too much.
        if abs(len(w) - len(part)) > limit + 1:
            continue
        beside = neighbour(text, e if neighbour is _next_word else s)
        # "Gutiérrez Sota" for Gutiérrez Soto (gv): beside another word of the name, as beside the other half.
        near = beside == other_part or (bool(beside) and beside in middle)
        # Right beside the other half of the name ("Katherine Mills" for Kathryn Mills) the word can
        # only be that name, so one more edit is allowed; a nickname that is a prefix of the name
        # ("Sam" for Samuel) is a short form, not a misspelling.
        if near and len(part) >= 5 and not (part.startswith(w) or w.startswith(part)):
            limit += 1
        if not 0 < edit_distance(w, part, limit + 1) <= limit:
            continue
        if (len(part) >= 5 or near) and _name_like(text, s, near):
            return True
    return False


def _name_like(text: str, start: int, near: bool) -> bool:
    """A capitalised word right after a sentence end may be any word; elsewhere it is a name."""
    if near:
        return True
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not (before == "" or before[-1:] in '.!?\n:"“')


def _credited(
    text: str, regions: list[tuple[int, int]], parts: tuple[str, ...], others: frozenset[str]
) -> tuple[int, int, str] | None:
    """Somebody else credited with suggesting the letter, if any: ``(start, end, name)``."""
    ix = index(text)
    body = ix.spans[0][0] if ix.spans else len(text)
    for rs, re_ in regions:
        if re_ <= body:  # the subject line: one line, scanned whole
            found = _credited_in(text, rs, re_, parts, others)
            if found is not None:
                return found
            continue
        # Only sentences holding a crediting word can credit anybody: skip the regex elsewhere.
        for (s, e), words in zip(ix.spans, ix.words, strict=True):
            if e <= rs or s >= re_ or words.isdisjoint(_CREDIT_WORDS):
                continue
            found = _credited_in(text, max(s, rs), min(e, re_), parts, others)
            if found is not None:
                return found
    return None


def _credited_in(
    text: str, rs: int, re_: int, parts: tuple[str, ...], others: frozenset[str]
) -> tuple[int, int, str] | None:
    for m in _CREDIT.finditer(text, rs, re_):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        who = m.group(group)
        start = m.start(group)
        words = [_bare(w) for w in who.split()]
        if len(words) == 2 and (words[0] in STOP or words[0].endswith("ly") or words[0] in _NOT_NAMES):
            # "When Jordan suggested": the first word only opens the sentence.
            start += len(who) - len(who.split()[1])
            who = who.split()[1]
            words = words[1:]
        if words[0] in _NOT_NAMES or any(w in parts for w in words) or all(w in others for w in words):
            continue
        return start, m.end(group), _POSSESSIVE.sub("", who)
    return None


def _connection(
    text: str, request: AnyRequest, threshold: float, window: int, min_words: int, late_warning: bool
) -> list[Finding]:
    assert request.connection is not None
    connection = request.connection.strip().rstrip(".")  # as the hints quote it
    # "a band called The Paper Moons": the naming word is no part of the tie (and "called" would stem to "call").
    tie = _NAMING.sub("", connection)
    names = names_of(request.recipient.name, request.recipient.salutation, request.sender.name)
    # ("RSE" for "the Royal Society of Edinburgh".)
    ix = _with_heard_you(_with_shared_work(with_acronyms(index(text), tie), tie), tie)
    first, last = core(text)
    body = 0
    for i in range(first, last):
        body |= 1 << i
    story = own_words(request.sender.background, request.sender.goal)
    m = _find_connection(ix, tie, names, threshold, min_words, window, body or None, story)
    if m is None and text.startswith("Subject:"):
        # A subject line that states the connection states it ("Thank you, from a former student of your export
        # marketing course at Universidad de Chile"), as it names a referrer.
        subject = text[len("Subject:") : text.find("\n") if "\n" in text else len(text)].strip()
        if _find_connection(index(subject), tie, names, threshold, min_words, window, None, story):
            return []
    if m is not None:
        # "We were introduced last year through Maeve Costello": another tie told, through somebody the request
        # never names.
        credited = _introducer(text, request, connection)
        if credited is not None:
            s, e, who = credited
            return [
                Finding(
                    "referral",
                    "error",
                    f"The letter credits {who} with the introduction, a person the request does not name.",
                    s,
                    e,
                    f"Say how you know the reader as it happened: {connection}.",
                )
            ]
    if m is None:
        return [
            Finding(
                "referral",
                "error",
                "The letter never says how you know of the reader (the connection).",
                0,
                0,
                f"Say in the first paragraph why you are writing: {connection}.",
            )
        ]
    start = ix.spans[m.start][0]
    if late_warning and start >= _opening_end(text, first):
        return [
            Finding(
                "referral",
                "warning",
                "The connection is mentioned only late in the letter.",
                start,
                ix.spans[min(m.start + m.width - 1, len(ix.spans) - 1)][1],
                f"Mention {connection} in the first paragraph.",
            )
        ]
    return []


# An introduction credited to a person: "we were introduced through Maeve Costello", "Maeve Costello put us in touch",
# "Tom Ward suggested that I write to you".
_INTRODUCED_BY = lazy_compile(
    r"\b(?:introduced|connected|put in touch)\b[^.?!\n]{0,30}?\b(?:through|by|via)[ \t]{1,3}"
    r"([A-Z][\w'’-]{1,30}(?:[ \t]{1,3}[A-Z][\w'’-]{1,30})?)"
    r"|\b([A-Z][\w'’-]{1,30}(?:[ \t]{1,3}[A-Z][\w'’-]{1,30})?)[ \t]{1,3}(?:introduced us|put us in touch|connected us"
    r"|(?:suggested|recommended) (?:that )?(?:I|i|we) (?:write|contact|get in touch|reach out|introduce)\b)"
)


def _introducer(text: str, request: AnyRequest, connection: str) -> tuple[int, int, str] | None:
    """A person the request never names, credited with introducing the writer to the reader."""
    recipient = request.recipient
    named = (connection, request.sender.name, recipient.name, recipient.salutation, recipient.organization)
    known = frozenset(normalize_name(" ".join(n for n in named if n)).split())
    for m in _INTRODUCED_BY.finditer(text):
        group = 1 if m.group(1) is not None else 2
        who = m.group(group)
        words = normalize_name(who).split()
        if not words or words[0] in _NOT_NAMES or words[0] in STOP or any(w in known for w in words):
            continue
        return m.start(group), m.end(group), who
    return None


# Colleagues told as the work they shared: "We sat side by side at Meridian Insurance", "we worked together on the
# night shift", "you and I shared an office for three years".
_SHARED_WORK = lazy_compile(
    r"\b(?:we|us|you and i|you and me)\b[^.?!\n]{0,60}?\b(?:side by side|together|alongside each other"
    r"|on the same (?:team|desk|floor|shift|shifts|project|ward|crew|unit|site)|shared (?:an? |the |that )?(?:office"
    r"|desk|team|floor|shift|shifts|corridor|workshop|lab)|next to each other|desks? (?:next to|beside|opposite)"
    r" each other)\b"
    r"|\b(?:worked|sat|served|trained) (?:with|alongside|beside|next to) you\b"
)
# Work done jointly, as a letter tells it to the other party: "Working with you on our briefing paper".
_JOINT = lazy_compile(r"\b(?:we|us|our|ours|together|jointly|with you|you and i|you and me)\b")
_CO_VERB = lazy_compile(r"\bco-?(?:authored|wrote|written|founded|led|organi[sz]ed|presented|taught|chaired|edited"
                        r"|hosted|ran|managed|supervised)\b", re.IGNORECASE)


def _with_shared_work(ix: Index, tie: str) -> Index:
    """``ix`` with each sentence that tells of work shared with the reader also naming colleagues, where the
    connection is that they were colleagues (the same index otherwise, or when no sentence does); and with each
    sentence that tells of joint work holding the "co" of a connection's "co-authored" (dy: "Working with you on our
    briefing paper on water pricing" for "Noor and Samira co-authored a briefing paper on water pricing")."""
    if _CO_VERB.search(tie) is not None:
        ix = said_as(ix, _JOINT, "co")
    if not any("#colleague" in keys for _, keys, _ in phrase(tie).words):
        return ix
    return said_as(ix, _SHARED_WORK, "colleague")


# The reader heard or seen giving a talk at an event: "I'd first heard you at the aquaculture careers evening" (np),
# "I saw you speak on the panel at ..." (not "I heard you speak recently about sizing heat pumps", which names no
# event: r241).
_HEARD_YOU = lazy_compile(
    r"\b(?:heard|saw|seen|watched|caught|listened to) you (?:speak |talk |present )?(?:at|during|on) (?:the|a|an"
    r"|your)\b"
)


def _with_heard_you(ix: Index, tie: str) -> Index:
    """``ix`` with each sentence that tells of hearing or seeing the reader speak also naming a talk, where the
    connection is a talk or session of theirs (the same index otherwise)."""
    if not any("#present" in keys for _, keys, _ in phrase(tie).words):
        return ix
    return said_as(ix, _HEARD_YOU, "talk")


_NAMING = lazy_compile(r"\b(?:called|named|known as) (?=[A-Z0-9\"'“])")


# A connection is a tie between writer and reader: "Sal supervised his apprenticeship", "they worked
# together on the flood-mapping project". Its verb of relation (in the past tense) is what the
# reader did *with the writer*, which a letter says in the second person ("my apprenticeship under
# you", "your lessons"): a sentence addressed to the reader carries it. Such verbs, and words every
# letter uses about work, carry little of what makes the connection this one: they count half.
# Nouns keep full weight: "she was my mentor in the X programme" needs the mentoring named.
_RELATION_VERBS = wordset(
    "supervised taught mentored coached trained managed worked met knew advised hired led guided volunteered attended "
    "heard gave read"
)
# So does that it lasted ("interviewed her for an internship years ago and they have stayed in touch" is
# named by "when you interviewed me for that internship").
# A guest spot is the episode: "his guest appearance on the Electrify podcast" is "your episode of the Electrify
# podcast" (il19).
_GENERIC = frozenset(
    stem(w)
    for w in wordset(
        "together project team work job time program programme stay stayed keep kept touch guest appearance appearances"
        " appeared"
    )
)
# A named publication is named by its name: "the Nautical Institute's Seaways magazine" is "Seaways" (il27), its owner
# and its kind going without saying ("his newsletter on data visualisation", with no name, needs "newsletter").
_OWNER = lazy_compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)['’]s[ \t]+(?=[A-Z])")
_NAMED_KIND = lazy_compile(r"\b(?:magazine|journal|newsletter|bulletin)\b")


@lru_cache(maxsize=256)
def _owners(connection: str) -> frozenset[str]:
    """Stems of the words naming who owns a named publication in the connection, and of the publication's kind
    after its name (see ``_OWNER``, ``_NAMED_KIND``)."""
    out: set[str] = set()
    for m in _OWNER.finditer(connection):
        out.update(st for st, _, _ in content_tokens(m.group(1)))
    for m in _NAMED_KIND.finditer(connection):
        before = connection[: m.start()].split()
        if before and before[-1][:1].isupper():
            out.update(st for st, _, _ in content_tokens(m.group()))
    return frozenset(out)


# Adverbs that are no adverbs: "a family friend", "in Italy" keep full weight.
_NOT_ADVERBS = wordset(
    "family italy assembly supply reply apply rally ally belly bully holy july early only daily weekly"
)


@lru_cache(maxsize=256)
def _hedged(connection: str) -> frozenset[str]:
    """Stems of the connection's adverbs in "-ly" and the participles they qualify: "a widely shared article", "her
    recently published report" (gw). They say how, not what: the letter need not repeat them."""
    tokens = [(st, connection[s:e]) for st, s, e in content_tokens(connection)]
    out = set()
    for i, (st, word) in enumerate(tokens):
        if len(word) >= 5 and word.islower() and word.endswith("ly") and word not in _NOT_ADVERBS:
            out.add(st)
            if i + 1 < len(tokens) and tokens[i + 1][1].endswith(("ed", "en")):
                out.add(tokens[i + 1][0])
    return frozenset(out)


@lru_cache(maxsize=256)
def _relation_verbs(connection: str) -> frozenset[str]:
    """The stems of the connection's verbs of relation, as it writes them ("mentored", not "Teachers")."""
    return frozenset(st for st, s, e in content_tokens(connection) if connection[s:e].lower() in _RELATION_VERBS)


# ("she spoke at his graduation ceremony and afterwards received an industry award for her firm", ga.)
_LATER = lazy_compile(
    r",? and (?=(?:have|has|had|since|later|then|now|still|kept|stayed|afterwards|afterward|subsequently)\b)"
)
# "they taught together before Kelly's family moved" (gj): what they did is the connection; when, no part of it.
_WHEN = lazy_compile(r",? (?:before|after) (?!that\b)\w")


@lru_cache(maxsize=256)
def _connection_phrases(connection: str, names: frozenset[str]) -> tuple[Phrase, ...]:
    """The connection's phrases (see ``variants``), with relation verbs and generic words soft."""
    verbs = _relation_verbs(connection)
    # "His talk at the meetup on interviewing vulnerable users": the talk is the connection; its
    # subject alone ("I read about interviewing vulnerable users") does not name it.
    soft = modifier_words(connection) | _hedged(connection) | _owners(connection)
    out = []
    found = list(variants(connection, names))
    # "They met on a forklift safety training course and have swapped notes on warehouse layouts since" (fk): what
    # they did then and what they have done since each tell the connection.
    parts = [part for part in _LATER.split(connection) if part.strip()]
    if len(parts) > 1:
        found += [p for part in parts for p in variants(part, names)[:1] if p.size >= 3 and p.hard >= 2]
    when = _WHEN.search(connection)
    if when is not None and when.start() > 0:
        found += [p for p in variants(connection[: when.start()], names)[:1] if p.size >= 2 and p.hard >= 2]
    for p in found:
        words = []
        for word, keys, weight in p.words:
            if word in verbs:
                keys = keys | {"#you"}
            if word in verbs or word in _GENERIC or word in soft:
                weight = 0.5
            words.append((word, keys, weight))
        out.append(p.with_words(words))
    return tuple(out)


def _find_connection(
    ix: Index,
    connection: str,
    names: frozenset[str],
    threshold: float,
    min_words: int,
    window: int,
    allowed: int | None,
    story: frozenset[str] = frozenset(),
) -> Match | None:
    """The first window naming the connection: enough of its weight, and half its distinctive words.

    Half the full-weight words are needed, not one: a letter that shares a couple of generic words
    with the connection ("the county", "my project") has not named it.
    """
    masks = ix.masks
    phrases = _connection_phrases(connection, names)
    # The kinds of event or work the whole connection names: a clause of it ("after which she wrote to
    # him") is met only where no other kind is named ("your newspaper column" for his radio interview).
    own = frozenset().union(*(keys for _, keys, _ in phrases[0].words)) & _EVENT_GROUPS if phrases else frozenset()
    for p in phrases:
        # A connection through an event or a piece of work ("gave the keynote at the economics
        # symposium", "her podcast episode on ...") needs that event named, not only its place or
        # subject: "I study economics at Bayside University" is not the keynote.
        events = [keys for _, keys, _ in p.words if not keys.isdisjoint(_EVENT_GROUPS)]
        for m in windows(ix, p, window=window, allowed=allowed):
            span = ((1 << m.width) - 1) << m.start
            # "After ten years as a logistics officer" names only the writer's own story.
            if (
                (
                    (is_mentioned(m, p, threshold, min_words) and m.hard * 2 >= p.hard)
                    # "the content design meetup where you spoke about plain language in banking apps": the
                    # event and most of what it was about, though not the word "talk".
                    or (
                        m.score >= _MOSTLY
                        and m.matched >= 3
                        and any(masks.get(key, 0) & span for keys in events for key in keys)
                    )
                )
                and beyond_own(ix, m, p, story, _relation_verbs(connection))
            ):
                # Nearly all of it named ("you reviewed my portfolio at the Moorhen Books illustrators'
                # day" for "his portfolio review session at ...") names an event without its kind.
                if own and not events and any(masks.get(g, 0) & span for g in _EVENT_GROUPS - own):
                    continue
                waived = m.score >= _NEARLY_ALL and not _names_another_kind(masks, span, events)
                if events and not waived and not any(masks.get(key, 0) & span for keys in events for key in keys):
                    continue
                return m
    return None


_EVENT_GROUPS = frozenset(("#present", "#event", "#article", "#podcast"))
_NEARLY_ALL = 0.8
_MOSTLY = 0.7
# A piece of work must be named by its kind even then ("your podcast interview on ..." is not "his
# article"), and nothing is waived when the letter names another kind ("your article" for a webinar).
_WORK_GROUPS = frozenset(("#article", "#podcast"))


def _names_another_kind(masks: dict[str, int], span: int, events: list[frozenset[str]]) -> bool:
    if any(not keys.isdisjoint(_WORK_GROUPS) for keys in events):
        return True
    return any(masks.get(group, 0) & span for group in _EVENT_GROUPS)

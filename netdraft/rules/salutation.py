"""Rule ``salutation``: greet the recipient by name, sign off with the sender's name.

The greeting passes with the request's ``recipient.salutation``, the first name, the full name, or a
title with the surname ("Dear Dr. Chen,", "Hi Maria,", "Hello Ms. Chen,"). A generic greeting
("Dear Sir or Madam", "Hi there"), a misspelt name (a small edit distance from the real one) or
another person's name fails. The sign-off must be followed by (or share a line with) the sender's
full or first name. Without a request, any greeting naming someone and any signed sign-off pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._form import HONORIFICS, edit_distance, fold, form, has_honorific, name_tokens, wordset
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import analyze

__all__ = ["salutation"]

# Words that make a greeting generic rather than personal.
# A respectful word after the given name: "Tara ji", "Tanaka-san", "Binita Ma'am", "Rumana Apa", "Rahul Sir".
_NAME_SUFFIX = lazy_compile(
    r"[ \t-](?:ji|san|sama|sahib|saheb|sahab|garu|ma'am|ma’am|maam|madam|sir|apa|aapa|apu|didi|dada|bhai|bhaiya"
    r"|baji)[ \t]*$",
    re.IGNORECASE,
)
_GENERIC = wordset(
    """sir sirs madam madame or and to whom it may concern there all everyone everybody team friend friends
    colleague colleagues hiring manager managers recruiter recruiters folks you committee recruiting
    gentlemen ladies the mentor future valued esteemed hr department staff reader members member
    professional professionals contact"""
)
_NOT_A_NAME = wordset(
    """i we thank thanks thank-you please looking hope best regards sincerely cheers yours p.s ps
    linkedin email phone mobile tel www http https"""
)


# Separates the people a greeting names: "Dr. Chen and the UX team", "Maria & Tom", "Maria, Tom".
_CONJUNCTS = lazy_compile(r"\s+(?:and|&)\s+|,\s*")


def _close(a: str, b: str, max_edits: int) -> bool:
    return a != b and edit_distance(a, b, max_edits + 1) <= max_edits


def _allowed(n: int) -> int:
    """Edits that still read as a misspelling of a name ``n`` letters long."""
    return 1 if n <= 4 else 2


_MEN = wordset("mr sir")
_WOMEN = wordset("ms mrs miss madam ma'am maam dame")
# Common family names of languages that write them first (Chinese, Korean, Vietnamese): in a two-part name
# that opens with one, the last word is the given name, which a letter may be signed with alone.
_FAMILY_FIRST = wordset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao
    kim choi jung jeong kang cho yoon yun jang lim im oh seo shin kwon hwang ahn jeon hong
    nguyen tran pham hoang huynh phan vu vo dang bui ngo duong"""
)


_COURTESY_TITLES = wordset("mr mrs ms miss mx")
_RANK_TITLES = wordset("dr doctor prof professor")


def _wrong_title(written: str, salutation: str) -> bool:
    """Whether the greeting's title is the wrong one for the request's salutation: of the other gender
    ("Mr." for "Ms. Nakashima"), or a courtesy title for a doctor or professor ("Mrs. Osei" for "Dr. Osei")."""
    words = [w.lower().rstrip(".") for w in written.split()[:2]]
    said = words[0] if words else ""
    given = salutation.split(None, 1)[0].lower().rstrip(".") if salutation.split() else ""
    # "Mrs. Dr. Weber", "Mr. Prof. Keller" (the German "Frau Dr.", "Herr Prof."): the courtesy title before the rank.
    ranked = len(words) > 1 and words[1] in _RANK_TITLES
    return (
        (said in _MEN and given in _WOMEN)
        or (said in _WOMEN and given in _MEN)
        or (said in _COURTESY_TITLES and given in _RANK_TITLES and not ranked)
    )


@lru_cache(maxsize=256)
def _reader_names(name: str, salutation: str | None) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The reader's name words, every word that names them (hyphenated parts, the salutation's words
    too), and the salutation's words (cached by the request's strings)."""
    real = name_tokens(name)
    parts = set(real)
    for tok in real:
        parts.update(p for p in tok.split("-") if p)
    salutation_tokens = name_tokens(salutation) if salutation else ()
    parts.update(salutation_tokens)
    return real, frozenset(parts), salutation_tokens


# Titles that go with a family name ("Ma'am Rosalind", "Sister Mary" take the given name).
_SURNAME_TITLES = wordset("mr mrs ms miss mx dr prof professor")


def _greeting_findings(
    text: str, request: AnyRequest | None, max_edits: int | None
) -> Iterable[Finding]:
    f = form(text)
    expected = request.greeting_name if request is not None else None
    example = f"'Dear {expected},'" if expected else "'Dear Dr. Chen,'"
    if f.greeting is None:
        yield Finding(
            "salutation",
            "error",
            "The letter does not open with a greeting that names the reader.",
            0,
            0,
            f"Start with a greeting that names the reader, for example {example}.",
        )
        return
    gs, ge = f.greeting
    if f.greeting_name is None:
        shown = text[gs:ge].strip(" ,")
        yield Finding(
            "salutation",
            "error",
            f"The greeting '{shown}' does not name the reader.",
            gs,
            ge,
            f"Greet the reader by name, for example {example}.",
        )
        return
    ns, ne = f.greeting_name
    raw = text[ns:ne]
    # "Hi Tara ji,", "Dear Tanaka-san,": a respectful suffix after the name is no part of it (unless it is part of
    # the reader's own name: "Hi Min-ji," for Min-ji Park, gd).
    if request is None or not set(name_tokens(raw)) <= set(name_tokens(request.recipient.name)):
        raw = _NAME_SUFFIX.sub("", raw)
    tokens = name_tokens(raw)
    if not tokens or _GENERIC.issuperset(tokens) or raw.lstrip()[:1] in "[{<(_":
        if raw.lstrip()[:1] in "[{<(_":
            message = f"The greeting '{text[gs:ge]}' has a placeholder instead of the reader's name."
        else:
            message = f"The greeting '{text[gs:ge]}' is generic and does not name the reader."
        hint = f"Greet the reader by name, for example {example}."
        yield Finding("salutation", "error", message, gs, ge, hint)
        return
    if request is None:
        return
    # "Dear Maria and team": the generic words around a name do not count against it.
    if not _GENERIC.isdisjoint(tokens):
        tokens = tuple(t for t in tokens if t not in _GENERIC)
    recipient = request.recipient
    real, parts, salutation_tokens = _reader_names(recipient.name, recipient.salutation)

    def names_reader(words: tuple[str, ...], written: str) -> bool:
        if not words or not parts.issuperset(words):
            return False
        # First name, full name, or a title with the surname; a bare surname reads as curt but names them.
        if real[0] in words or has_honorific(written) or words == salutation_tokens or len(words) >= 2:
            return True
        return len(real) > 1 and words[-1] in real[1:]

    if (
        len(tokens) == 1
        and raw.split(None, 1)[0].lower().rstrip(".") in _SURNAME_TITLES
        and recipient.salutation
        and has_honorific(recipient.salutation.strip())
        and salutation_tokens
        and tokens[0] in real
        and tokens[0] not in salutation_tokens
    ):
        # "Dear Mr. Hassan" for Hassan Mahmoud, "Dear Dr. Ji-woo" for Park Ji-woo: the title goes with the
        # name the request's salutation gives it.
        yield Finding(
            "salutation",
            "error",
            f"The greeting puts the title before the wrong name: '{raw.strip()}' should be "
            f"'{recipient.salutation.strip()}'.",
            ns,
            ne,
            f"Greet the reader as the request gives it, for example {example}.",
        )
        return
    if names_reader(tokens, raw):
        if recipient.salutation and _wrong_title(raw, recipient.salutation):
            # "Dear Mr. Nakashima" for the request's "Ms. Nakashima", "Dear Mrs. Osei" for "Dr. Osei": the right
            # name under the wrong title.
            yield Finding(
                "salutation",
                "error",
                f"The greeting gives the reader the wrong title: '{raw.strip()}' should be "
                f"'{recipient.salutation.strip()}'.",
                ns,
                ne,
                f"Greet the reader as the request gives it, for example {example}.",
            )
        return
    # "Dear Dr. Chen and the UX team", "Hi Maria & Tom": one of several people named is the reader.
    conjuncts = _CONJUNCTS.split(raw)
    if len(conjuncts) > 1 and any(
        names_reader(tuple(t for t in name_tokens(c) if t not in _GENERIC), c.strip()) for c in conjuncts
    ):
        return
    for tok in tokens:
        if tok in parts:
            continue
        for target in sorted(parts):
            limit = max_edits if max_edits is not None else _allowed(len(target))
            if len(target) > 2 and _close(tok, target, limit):
                right = next((w for w in recipient.name.split() if fold(w.strip(",")) == target), target)
                yield Finding(
                    "salutation",
                    "error",
                    f"The greeting misspells the reader's name: '{raw.strip()}' should be '{right}'.",
                    ns,
                    ne,
                    f"Spell the name as in the request, for example {example}.",
                )
                return
    others = []
    if request.referrer is not None:
        others.append(("the referrer", request.referrer.name))
    others.append(("the sender", request.sender.name))
    who = "someone else"
    for role, other in others:
        if set(tokens) & set(name_tokens(other)):
            who = f"{role}, {other}"
            break
    yield Finding(
        "salutation",
        "error",
        f"The greeting names '{raw.strip()}' ({who}), not the reader, {recipient.name}.",
        ns,
        ne,
        f"Greet the reader, {recipient.name}, for example {example}.",
    )


# One initial too: "Warmly,\nR.\nRosa Delgado".
_INITIALS = lazy_compile(r"(?:[A-Z]\.?[ \t]?){1,4}")


_RANK_LEAD = lazy_compile(r"([A-Za-z]+\.?)\s*\((?:retd|retired|rtd|ret)\.?\)\s+", re.IGNORECASE)
# A signature block that signs for the sender: "Aoife Brennan / Executive Assistant to Kenji Watanabe",
# "Hannah Byrne / On behalf of Chukwuemeka Okoro", "pp Dr. Vogel".
_SIGNS_FOR = lazy_compile(
    r"(?:on behalf of|(?:executive |personal )?assistant to|secretary to|pa to|p\.?p\.?|signed for|for)\s+(.{2,80})",
    re.IGNORECASE,
)


def _signs_as(tokens: tuple[str, ...], real: tuple[str, ...]) -> bool:
    """Whether signature words name the sender: the full or the first name (a middle name or an initial
    between them is fine)."""
    return bool(tokens) and tokens[0] == real[0] and all(t in real or len(t) == 1 for t in tokens[1:])


def _cosigned(raw: str, real: tuple[str, ...]) -> bool:
    """Whether a signature of several people ("Priya Shah and Tomás Ferreira") includes the sender."""
    parts = _CONJUNCTS.split(raw)
    if len(parts) < 2:
        return False
    return any(_signs_as(name_tokens(part), real) for part in parts)


# The name the request says the sender goes by: "Trainee solicitor; goes by Jo", "known as Benji".
_GOES_BY = lazy_compile(
    r"\b(?:goes by|known as|prefers to be called|nickname(?: is)?)[ \t]+['‘\"“]?([A-Z][\w'’-]*)"
)


def _goes_by(request: AnyRequest, tokens: tuple[str, ...]) -> bool:
    """Whether the signature is the name the request says the sender goes by."""
    story = " ".join(filter(None, (request.sender.background, request.sender.goal)))
    if not story:
        return False
    known = {token for m in _GOES_BY.finditer(story) for token in name_tokens(m.group(1))}
    return bool(known) and tokens[0] in known and len(tokens) <= 2


def _signed_for(text: str, end: int, real: tuple[str, ...]) -> bool:
    """Whether one of the two lines under the signature says it signs for the sender."""
    for _ in range(2):
        below = _next_line(text, end)
        if below is None:
            return False
        m = _SIGNS_FOR.match(text, *below)
        if m is not None:
            tokens = name_tokens(m.group(1))
            if real[-1] in tokens or (tokens and tokens[0] == real[0]):
                return True
        end = below[1]
    return False


def _signed_below(text: str, end: int, real: tuple[str, ...]) -> bool:
    """Whether the first line with text after the line ending at ``end`` (past one blank line at most) signs as the
    sender."""
    below = _next_line(text, end)
    if below is None:
        blank = text.find("\n", end)
        below = _next_line(text, blank + 1) if blank >= 0 else None
    return below is not None and _signs_as(name_tokens(text[below[0] : below[1]]), real)


def _names_someone(request: AnyRequest, tokens: tuple[str, ...]) -> bool:
    """Whether ``tokens`` name the recipient or the referrer (a line that signs as another person, not a title)."""
    people = [request.recipient.name, request.referrer.name if request.referrer is not None else None]
    return any(person and not set(name_tokens(person)).isdisjoint(tokens) for person in people)


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """The span of the non-blank line after the line ending at ``end``, stripped, or None."""
    nl = text.find("\n", end)
    if nl < 0:
        return None
    start = nl + 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    line = text[start:stop]
    if not line.strip():
        return None
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def _signoff_findings(text: str, request: AnyRequest | None) -> Iterable[Finding]:
    f = form(text)
    sender = request.sender.name if request is not None else None
    example = f"'Best regards,' followed by {sender}" if sender else "'Best regards,' followed by your name"
    if f.signoff is None:
        yield Finding(
            "salutation",
            "error",
            "The letter has no sign-off such as 'Best regards,' with the sender's name.",
            0,
            0,
            f"End the letter with a sign-off and your name, for example {example}.",
        )
        return
    ss, se = f.signoff
    if f.signature is None:
        yield Finding(
            "salutation",
            "error",
            "The sign-off is not followed by the sender's name.",
            ss,
            se,
            f"Put your name under the sign-off, for example {example}.",
        )
        return
    ns, ne = f.signature
    raw = text[ns:ne]
    # A rank and its qualifier before the name ("Col. (Retd.) Gurmeet Singh Bhullar") are not the name.
    lead = _RANK_LEAD.match(raw)
    if lead is not None and lead.group(1).lower().rstrip(".") in HONORIFICS and lead.end() < len(raw):
        ns += lead.end()
        raw = raw[lead.end() :]
    # Credentials or a title after the name ("Ana Ruiz, PhD", "Ana Ruiz | Analyst") are not the name.
    cut = -1  # the first of them (past the first character), or -1
    # ... nor is an address after it: "Farida Haddad <farida.haddad@mailbox.org>".
    for i in (raw.find(","), raw.find("|"), raw.find(" - "), raw.find("("), raw.find(" <") if "@" in raw else -1):
        if i > 0 and (cut < 0 or i < cut):
            cut = i
    if cut > 0:
        raw = raw[:cut].rstrip()
        ne = ns + len(raw)
    tokens = name_tokens(raw)
    placeholder = raw.lstrip()[:1] in "[{<(_"
    looks_like_name = bool(tokens) and len(tokens) <= 5 and _NOT_A_NAME.isdisjoint(tokens)
    if sender is None:
        if looks_like_name and not placeholder:
            return
        yield Finding(
            "salutation",
            "error",
            f"The sign-off '{text[ss:se]}' is not followed by a name.",
            ss,
            ne,
            f"Put your name under the sign-off, for example {example}.",
        )
        return
    real = name_tokens(sender)
    if _INITIALS.fullmatch(raw.strip()):
        # Initials above the full name ("KO" then "Kofi Owusu"): the name on the next line signs it.
        below = _next_line(text, ne)
        if below is not None:
            ns, ne = below
            raw = text[ns:ne]
            tokens = name_tokens(raw)
    if not placeholder and _signs_as(tokens, real):
        return
    if not placeholder and request is not None and tokens and _goes_by(request, tokens):
        # "Benji" where the request says the sender "goes by Benji" (lp).
        return
    if (
        not placeholder
        and len(tokens) == 1
        and len(real) >= 2
        and 2 <= len(tokens[0]) <= len(real[0]) - 2
        and real[0].startswith(tokens[0])
    ):
        # The given name shortened: "Warmly, Jo" for Joanna Kerr, "Sam" for Samantha (lz).
        return
    if (
        request is not None
        and not placeholder
        and tokens
        and _signs_as(tokens, name_tokens(request.recipient.name))
        and _signed_below(text, ne, real)
    ):
        # "Thanks, Bettina." then "Lorcan Devereux" below it (ka09): the reader thanked by name, then the signature.
        return
    if (
        not placeholder
        # One word is the given name only when it is compound ("Min-ho") or ends a three-part name ("Lan" for
        # Nguyen Thi Lan): a lone last word of "Ana Ruiz" is her surname.
        and (len(tokens) >= 2 or (len(tokens) == 1 and ("-" in tokens[0] or len(real) >= 3)))
        and tokens == real[len(real) - len(tokens) :]
        and len(real) > len(tokens)
    ):
        # A family name written first and left off: "Wei Ling" for Tan Wei Ling, "Min-ho" for Jung Min-ho.
        return
    if not placeholder and len(real) == 2 and real[0] in _FAMILY_FIRST and tokens == real[1:]:
        # "Yuting" for Liu Yuting: a common Chinese, Korean or Vietnamese family name, written first.
        return
    if (
        len(tokens) >= 2
        and len(real) >= 2
        and not placeholder
        and tokens[0] == real[0][:1]
        and tokens[-1] == real[-1]
        and all(t in real or len(t) == 1 for t in tokens[1:-1])
    ):
        # The first name as an initial: "A. Ruiz", "A. M. Ruiz".
        return
    if not placeholder and (_cosigned(raw, real) or _signed_for(text, ne, real)):
        return
    if not placeholder and _signed_below(text, ne, real) and (request is None or not _names_someone(request, tokens)):
        # A title line above the name: "Kind regards," then "Shift Supervisor" then "Callum Fraser" (ny).
        return
    if placeholder or not looks_like_name:
        message = f"The sign-off is followed by '{raw}', not the sender's name."
    else:
        message = f"The letter is signed '{raw}', not with the sender's name, {sender}."
    yield Finding(
        "salutation",
        "error",
        message,
        ns,
        ne,
        f"Sign with your name, {sender}, under the sign-off.",
    )


def salutation(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    max_edits: int | None = None,
) -> Iterable[Finding]:
    """Check the greeting and the sign-off.

    Args:
        text: The letter.
        request: The request; without it any named greeting and any signed sign-off pass.
        kind: Unused.
        max_edits: Edits up to which a name counts as misspelt rather than different
            (default: 1 for names of up to four letters, else 2).
    """
    analyze(text)
    yield from _greeting_findings(text, request, max_edits)
    yield from _signoff_findings(text, request)

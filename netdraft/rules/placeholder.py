"""Rule ``placeholder``: template slots the writer (or the model) never filled.

Catches ``[Your Name]``, ``{{name}}``, ``{company}``, ``<Company>``, ``<<name>>``, ``$COMPANY``,
``${meeting_date}``, ``«Organisation»``, ``FIRST_NAME``, ``XXX``, ``TBD``/``TBA``/``TK``, lorem ipsum,
``(insert ...)``, ``(name of company)`` and blanks (``___``). A real remark in brackets ("(20 minutes)")
or an email address in angle brackets is not a slot. Each pattern starts with a literal or a small
character class and its repeats are bounded, so a long run of brackets is scanned in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from netdraft._view import AnyRequest, request_text
from netdraft.report import Finding
from netdraft.rules._form import lower_text
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import REASONING_TAGS, analyze, in_quotation, quotation_start

__all__ = ["placeholder"]

# Slots that open with a bracket, a brace, a dollar or an underscore: the regex engine jumps
# between those characters, so ordinary prose is skipped quickly.
_PATTERN = lazy_compile(
    r"\[[ \t]*(?P<square>[^\[\]\n]{1,80}?)[ \t]*\]"
    r"|\{\{[ \t]*(?P<curly2>[^{}\n]{0,60}?)[ \t]*\}\}"
    r"|\{[ \t]*(?P<curly>[A-Za-z0-9_][\w .'-]{0,40}?)[ \t]*\}"
    # "I will share my interview notes with { } by the end of the week": a slot emptied of its label.
    r"|\{(?P<empty>[ \t]*)\}"
    r"|<<[ \t]*(?P<angle2>[^<>\n]{1,60}?)[ \t]*>>"
    r"|<(?P<angle>[A-Za-z_][\w .'’-]{0,40})>"
    r"|\((?=[A-Za-z])(?P<paren>(?:insert|enter|add|fill in|include|mention|name of|your|the|recipient|contact|company"
    r"|organi[sz]ation|job|position|role|date|time|day|specific|relevant|first|last|full|city|school"
    r"|university|phone|email|title|event|industry|field|topic|amount|figure|sum|cost|budget|price)\b[^()\n]{0,60})\)"
    # "${meeting_date}": a template variable in braces, in any case.
    r"|\$\{[ \t]*(?P<braced>[A-Za-z_][\w.]{0,40}?)[ \t]*\}"
    r"|\$\{?(?P<dollar>[A-Z][A-Z0-9_]{2,30})\}?"
    # "«Organisation»": a mail-merge field.
    r"|«[ \t]*(?P<merge>[^«»\n]{1,60}?)[ \t]*»"
    r"|(?P<blank>_{3,})",
    re.IGNORECASE,
)
# The characters a slot of ``_PATTERN`` opens with.
_OPENERS = "[{<($_«"
# A template's label word, left in mid-sentence before "of" ("enrolled on Name of course"); grounding
# leaves these to this rule.
LABEL_WORDS = ("Name", "Title", "Date", "Location")
# Slots made of letters, searched only when a cheap substring test says they may be there.
# Slots that are plain words or identifiers, which a request may give as names ("TBD", "RETRY_POLICY").
_QUOTABLE = frozenset(("xxx", "tbd", "snake", "dollar"))
_SLOT_WORD = lazy_compile(
    r"(?i)\b(?:name|company|organi[sz]ation|org|date|day|time|title|role|position|job|link|url|phone|email|e-mail"
    r"|address|number|city|town|school|university|insert|your|recipient|sender|manager|contact|tbd|tbc|x{2,}|n/a"
    r"|placeholder|here)\b|^\s*$"
)
_WORDY = (
    # "XX" alone is a Roman numeral; "XXX", "XX/XX/XXXX", "$XX" and "XX%" are slots.
    # "which covered XX deliveries", "XX of the pupils": a count left open before a plural noun.
    (
        "XX",
        lazy_compile(
            r"(?P<xxx>\bX{3,}(?:[/.:-]X{2,})*\b|\bXX(?:[/.:-]X{2,})+\b|\$XX\b|\bXX%|\bXX(?= [a-z]{3,}s\b)"
            # "XX of the pupils now come every week"; "a quick XX-minute call" (jz11).
            r"|\bXX(?= of (?:the|our|my|your|their) \w+s\b)|\bXX(?=[- ](?:minute|min|hour|day|week|month|year)s?\b))"
        ),
    ),
    ("xxx", lazy_compile(r"(?P<xxx>\bx{3,}(?:[/.:-]x{2,})*\b)")),
    ("TB", lazy_compile(r"(?P<tbd>\bTB[DAC]\b)")),
    # Mail-merge fields of other tools and instructions in capitals: "%FIRSTNAME%", "INSERT NAME".
    ("%", lazy_compile(r"%(?P<merge>[A-Z][A-Z0-9_]{1,30})%")),
    ("INSERT", lazy_compile(r"(?P<merge>\bINSERT(?: [A-Z][A-Z'’]+){1,3}\b)")),
    ("ENTER", lazy_compile(r"(?P<merge>\bENTER(?: [A-Z][A-Z'’]+){1,3}\b)")),
    # The newsroom's "TK" ("to come"), left where a detail should be (not initials before a name).
    ("TK", lazy_compile(r"(?P<tbd>\bTK\b(?! [A-Z]))")),
    ("_", lazy_compile(r"(?P<snake>\b[A-Z]{2,}_[A-Z0-9_]{2,})")),
    # A date or time format left as written: "on DD/MM/YYYY", "at HH:MM".
    (
        "DD",
        lazy_compile(r"(?P<format>\b(?:DD[/.-]MM|MM[/.-]DD)(?:[/.-](?:YYYY|YY))?\b|\bYYYY[/.-]MM[/.-]DD\b)"),
    ),
    ("YYYY", lazy_compile(r"(?P<format>\bYYYY[/.-]MM[/.-]DD\b)")),
    # A count left as "NN" before a plural or a percent: "a team of NN people", "NN% of our clients".
    ("NN", lazy_compile(r"(?P<xxx>\bN{2,4}\b(?=[ \t]*%|[ \t]+(?:[a-z]{3,}s|people|staff|children|men|women)\b))")),
    # Digits masked with hashes ("reference ####-####"), not a markdown heading at a line's start.
    ("###", lazy_compile(r"(?<![\n#])(?<!^)(?P<xxx>#{3,}(?:[-/.:]#{2,})*)(?!#)")),
    # Fields between paired symbols of other tools: "@@project_idea@@", "~DAY~", "##NAME##".
    ("@@", lazy_compile(r"@@(?P<merge>[A-Za-z][\w .-]{0,30}?)@@")),
    ("~", lazy_compile(r"~(?P<merge>[A-Za-z][\w .-]{0,30}?)~")),
    ("##", lazy_compile(r"##(?P<merge>[A-Za-z][\w .-]{0,30}?)##")),
    # More tools' fields: "*|COMPANY|*" (a newsletter tool's merge tag), "__TEAM__", "::company::",
    # "|Recipient_Title|"; and a developer's "FIXME" left where the news should be.
    ("*|", lazy_compile(r"\*\|(?P<merge>[A-Za-z][\w:]{0,30})\|\*")),
    ("__", lazy_compile(r"(?<!\w)__(?P<merge>[A-Z][A-Z0-9_]{1,30})__(?!\w)")),
    ("::", lazy_compile(r"(?<!:)::(?P<merge>[A-Za-z][\w .-]{0,30}?)::(?!:)")),
    ("|", lazy_compile(r"\|(?P<merge>[A-Za-z][A-Za-z0-9]{0,30}_[A-Za-z0-9_]{1,30})\|")),
    ("FIXME", lazy_compile(r"(?P<tbd>\bFIXME\b)")),
    ("HH:MM", lazy_compile(r"(?P<format>\bHH:MM\b)")),
    # A mail merge from a spreadsheet whose cell was empty or broken: "I hope all is well at #N/A".
    ("#", lazy_compile(r"(?P<sheet>#(?:N/A|REF!|VALUE!|NAME\?|DIV/0!|NULL!|NUM!)(?![\w/!?]))")),
    # A printf-style slot from a script: "your %s morning", "on %(date)s".
    ("%", lazy_compile(r"(?<![\w%])(?P<printf>%(?:\([A-Za-z_]\w{0,30}\))?[sd])(?!\w)")),
    # A bare "N" or "X" left for a count after a word that takes one: "I have spent N years in hotel finance"
    # (not "Gen X workers").
    (" N ", lazy_compile(r"(?<= )(?P<count>N)(?= [a-z]{3,}s\b)")),
    (" X ", lazy_compile(r"(?<= )(?P<count>X)(?= [a-z]{3,}s\b)")),
    # Question marks standing as a word where a detail should be: "by ??/??", "on ?? at the cafe" (not
    # "Really??" nor "Is that right ?? I wonder", a sentence's end).
    (
        "??",
        lazy_compile(
            r"(?<![^\s(])(?P<qmarks>\?{2,}(?:[/.:-]\?{1,4})+(?=[\s.,;:)]|$)|\?{2,}(?=[ \t]+[a-z0-9]|[,;:)]))"
        ),
    ),
    # A drafter's instruction left without brackets: "I think Insert achievement here could be a good example" (lw).
    ("here", lazy_compile(r"(?P<label>\b(?:Insert|Enter) (?:[a-z]+ ){1,3}here\b)")),
    # A template's label left in mid-sentence without brackets: "I recently enrolled on Name of course".
    (
        " of ",
        lazy_compile(
            r"(?<=[a-z,] )(?P<label>(?:" + "|".join(LABEL_WORDS) + r") of (?:the )?(?:course|company"
            r"|organi[sz]ation|event|programme|program|school|university|role|position|book|article|project|conference|employer|team"
            r"|workshop|talk|degree|qualification|certificate|referrer|contact|meeting))\b"
        ),
    ),
)
_LOREM = lazy_compile(r"(?P<lorem>lorem ipsum|dolor sit amet)")

# A word of the kind that only appears inside an unfilled slot: "(name of company)", "(your name)".
_PAREN_SLOT = lazy_compile(
    r"(?:insert|enter|add|fill in|include|mention)\b"
    r"|(?:the |your |their |his |her |recipient'?s? |contact'?s? |company'?s? )?"
    r"(?:first |last |full |job |specific |relevant )?"
    r"(?:name|title|position|role|company|company name|organi[sz]ation|date|time|day|phone(?: number)?"
    r"|email(?: address)?|address|city|school|university|industry|field|topic|event|number|amount|figure|sum|cost"
    r"|budget|price)"
    r"(?: of (?:the )?[\w' ]{1,40})?$",
    re.IGNORECASE,
)
# Square brackets that are not slots: editorial marks, footnote numbers, and a drafter's version label
# ("[Draft 2 - shorter opening]", which ``meta`` reports).
_NOT_SLOT = lazy_compile(
    r"(?:sic|\d{1,3}|\.\.\.|…|x|\s)$|note\b|(?:draft|version|revised|revision|edited|updated)\b|v\d+\b",
    re.IGNORECASE,
)

# The writer's own aside in square brackets: a clause with its subject ("[it is still very much in beta]", "[slowly,
# but it's happening]", "[my partner is less excited about the night shifts]", im). A slot's label has no subject of
# its own ("[a recent project you worked on]", "[something specific from the talk]") or names a slot word.
# The subject opens the clause (after an adverb at most): "[mention the dish he recommended]" is an instruction.
_ASIDE = lazy_compile(
    r"(?i)(?:[a-z]+ly,? )?(?:but |so |and )?(?:i|it|it's|it’s|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|they|they're"
    r"|they’re|he|she|my|our|that's|that’s|there's|there’s)\s+[a-z]"
)


# An aside that sets one thing against another: "the timetable [the winter one, not the summer draft]" (jz27). A slot's
# label names what to write, not what it is not.
_CONTRAST = lazy_compile(r"(?i), (?:not|rather than|never|as opposed to) ")


def _aside(inner: str) -> bool:
    """Whether a square bracket holds the writer's aside (see ``_ASIDE``, ``_CONTRAST``), three words or more and no
    slot word."""
    return (
        len(inner.split()) >= 3
        and _SLOT_WORD.search(inner) is None
        and (_ASIDE.match(inner.strip()) is not None or _CONTRAST.search(inner) is not None)
    )


# HTML tags are markup (the `meta` rule's business), not slots.
_HTML = frozenset(["a", "b", "i", "u", "p", "br", "hr", "em", "strong", "div", "span", "ul", "ol", "li", "sub", "sup"])


# A LaTeX macro just before a brace: "\section{Methods}" is markup the writer talks about, not a slot.
_MACRO = lazy_compile(r"\\[A-Za-z]+\*?$")


# A box at the start of a line ("- [x] done"): a ticked checkbox, not a slot.
_LINE_START = lazy_compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$")


# The word before a bare "N" or "X" that stands for a count ("spent N years", "for X months").
_COUNT_WORD = lazy_compile(
    r"\b(?:spent|for|over|with|of|managed|led|about|nearly|almost|than|have|had|has|across|serving|supporting"
    r"|some|roughly|around|after|in|last|past|trained|supervised|hired) $"
)


def _count_slot(text: str, start: int, inner: str) -> bool:
    """Whether "[X]" is a count left open ("have spent [X] years"), not a ticked checkbox."""
    return inner == "X" and _LINE_START.search(text, max(0, start - 8), start) is None


def _editorial(text: str, start: int, inner: str) -> bool:
    """Whether a square bracket inside a quotation holds the quoter's own words ('"[The night shift] is
    where a warehouse is really run"'): ordinary words, one of them in lower case, not a slot's label."""
    words = inner.split()
    if len(words) == 1:
        # '"[good] mentors ask better questions"': one word of the quoter's, not a slot's label ("[name]").
        word = words[0]
        return word.isalpha() and word.islower() and _PAREN_SLOT.match(word) is None and in_quotation(text, start)
    return in_quotation(text, start) and len(words) >= 2 and any(w[:1].islower() for w in words)


def _quoted_with_words(text: str, start: int) -> bool:
    """Whether a template field stands inside a quotation with words before it: a story about a mail merge
    ('the send that greeted a whole list as "Hi {FIRST_NAME}"'), not a slot (a slot quoted alone, as in
    'your talk "{talk_title}"', is still one)."""
    opened = quotation_start(text, start)
    return opened >= 0 and any(c.isalpha() for c in text[opened + 1 : start])


def _fill(slot: str, request: AnyRequest | None) -> str:
    """What should replace a slot, from the request when it says."""
    low = slot.lower()
    if request is not None:
        if any(w in low for w in ("your name", "my name", "sender", "signature")):
            return f"with your name, {request.sender.name}"
        if ("referr" in low or "mutual" in low) and request.referrer is not None:
            return f"with {request.referrer.name}"
        org = request.recipient.organization
        if org and any(w in low for w in ("company", "organi", "firm", "employer")):
            return f"with {org}"
        if "date" in low and request.meeting is not None and request.meeting.date:
            return f"with {request.meeting.date}"
        if any(w in low for w in ("title", "position", "role")) and request.recipient.title:
            return f"with {request.recipient.title}"
        if any(w in low for w in ("recipient", "name", "contact")):
            return f"with {request.greeting_name}"
    return "with the real detail, or delete it"


def placeholder(text: str, request: AnyRequest | None, kind: str | None, /) -> Iterable[Finding]:
    """Flag every unfilled placeholder.

    Args:
        text: The letter.
        request: The request, used to say what should replace each slot.
        kind: Unused.
    """
    # Jump from opener to opener (``str.find`` for each opener character: a letter holds few, and a
    # search for an absent one costs next to nothing), then try the slot patterns there. On a huge text
    # (thousands of openers) one C-level pass is cheaper than a Python loop.
    matches: list[re.Match[str]] = []
    if len(text) > 20_000:
        matches.extend(_PATTERN.finditer(text))
    else:
        openers: list[int] = []
        for char in _OPENERS:
            at = text.find(char)
            while at >= 0:
                openers.append(at)
                at = text.find(char, at + 1)
        openers.sort()
        pos = 0
        for at in openers:
            if at < pos:
                continue
            m = _PATTERN.match(text, at)
            if m is not None:
                matches.append(m)
                pos = m.end()
    for needle, pattern in _WORDY:
        if needle in text:
            matches.extend(pattern.finditer(text))
    low = lower_text(analyze(text))
    if "lorem ipsum" in low or "dolor sit amet" in low:
        matches.extend(_LOREM.finditer(low))
    # The end of the last slot reported: a slot inside it ('DEGREE_NAME' in '$DEGREE_NAME') is the same one.
    reported_to = -1
    given: str | None = None
    for m in sorted(matches, key=lambda m: m.start()):
        group = m.lastgroup
        inner = m.group(group) if group else m.group()
        if m.start() < reported_to:
            continue
        if group == "square" and _NOT_SLOT.match(inner.strip()) and not _count_slot(text, m.start(), inner.strip()):
            continue
        if group == "square" and (_editorial(text, m.start(), inner) or _aside(inner)):
            continue
        if group == "count" and _COUNT_WORD.search(text, max(0, m.start() - 12), m.start()) is None:
            continue
        if group == "angle" and (inner.lower() in _HTML or inner.lower() in REASONING_TAGS):
            continue
        if group in ("curly", "curly2", "braced", "dollar", "snake") and _quoted_with_words(text, m.start()):
            continue
        if group == "curly" and _MACRO.search(text, max(0, m.start() - 30), m.start()):
            continue  # a LaTeX macro's argument: "\section{Methods}"
        if group == "paren" and not _PAREN_SLOT.match(inner.strip()):
            continue
        if group in ("dollar", "snake") and not inner.isupper():
            continue
        # A word the request itself gives ("the podcast episode 'TBD: Shipping When Nothing Is Decided'", a
        # config key the reader asked about) is quoted from it, not left open.
        if (group in _QUOTABLE or (group == "square" and _SLOT_WORD.search(inner) is None)) and request is not None:
            # (And a bracket the request's own quotation holds: 'who quoted her saying "evaluation at [UNDP] is about
            # learning"', hl14; not "[Company]", a slot left in the request too.)
            if given is None:
                given = request_text(request)
            if text[m.start() : m.end()] in given:
                continue
        reported_to = m.end()
        slot = text[m.start() : m.end()]
        shown = slot if len(slot) <= 40 else slot[:37] + "..."
        if group == "lorem":
            hint = f"Replace the filler text starting '{shown}' with your own sentences."
        elif group == "count":
            hint = f"Replace '{shown}' with the real number."
        elif group == "qmarks":
            hint = f"Replace '{shown}' with the real detail{' (a date)' if '/' in slot else ''}, or delete it."
        elif group == "blank":
            hint = "Fill in the blank '___' with the real detail, or delete it."
        else:
            hint = f"Replace '{shown}' {_fill(inner, request)}."
        yield Finding(
            "placeholder",
            "error",
            f"Unfilled placeholder '{shown}'.",
            m.start(),
            m.end(),
            hint,
        )

"""Rule ``resume-dump``: resume content pasted into a networking letter.

A networking letter says a sentence or two about the writer, never the resume. Six signs, one
error each (the structural ones need no request):

- a bullet or numbered list of duties, achievements or skills. Lists of questions for the reader,
  and in ``follow_up``/``thank_you`` letters lists of meeting topics or action items, are fine;
- two or more date ranges ("2018-2021", "Jan 2019 – Present", "2016 to 2020");
- a resume heading on a line of its own ("Experience", "Education", "Skills:" ...);
- a long run of roles or employers ("I worked at A, then B, then C, and D");
- 12 or more consecutive words copied from ``sender.resume`` (runs the request's own background,
  goal or purpose also contain are fine: the letter may use them);
- a body that is mostly self-description: sentences about the writer's record (achievements,
  duties, traits, credentials; none addressing the reader) hold more than ``self_share`` of the
  body's words, and there are at least ``min_self`` of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Any

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._form import word_set
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._match import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    core,
    index,
    keyset,
    names_of,
    phrase,
    wordset,
)
from netdraft.rules._text import BULLET, analyze

__all__ = ["resume_dump"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_YEAR = r"(?:19|20)\d{2}"
_TO = r"[ \t]{0,3}(?:-{1,2}|–|—|to|until|till|through|thru)[ \t]{0,3}"
_END = r"(?:present|now|current|today|date)"
# A year, then (anchored there) the rest of a range; a month before the year joins the span.
_YEAR_AT = lazy_compile(r"(?:19|20)\d\d")
_RANGE_TAIL = lazy_compile(rf"{_TO}(?:(?:{_MONTH}[ \t]{{1,3}})?{_YEAR}|\d{{2}}|{_END})\b", re.IGNORECASE)
_AND_YEAR = lazy_compile(rf"[ \t]+and[ \t]+{_YEAR}\b")
_MONTH_HEAD = lazy_compile(rf"\b{_MONTH}[ \t]{{1,3}}$", re.IGNORECASE)
HEADINGS = wordset(
    "experience education skills summary objective references certifications qualifications "
    "employment achievements accomplishments competencies awards publications projects languages"
) | frozenset(
    (
        "work experience",
        "professional experience",
        "relevant experience",
        "work history",
        "employment history",
        "career history",
        "professional summary",
        "career summary",
        "career objective",
        "technical skills",
        "core skills",
        "key skills",
        "core competencies",
        "skills and abilities",
        "education and training",
        "licenses and certifications",
        "professional development",
        "selected achievements",
        "key achievements",
        "career highlights",
        "volunteer experience",
        "profile",
        "professional profile",
        "personal profile",
        "career profile",
        "personal statement",
        "selected projects",
        "key projects",
    )
)
_HEADING_LIST = lazy_compile(
    # "Technical skills: Windows Server, Active Directory, PowerShell", "Core competencies: ...".
    r"(?:(?:technical|core|key|professional|relevant|transferable|soft|hard|it|digital|clinical|tools and)[ \t]+)?"
    r"(?:skills|experience|education|certifications|qualifications|competencies|languages|tools)[ \t]*:",
    re.IGNORECASE,
)

# Past-tense (or -ing) verbs that open a resume line or an achievement sentence.
_ACHIEVE = wordset(
    "led managed built developed designed created launched increased reduced grew drove delivered "
    "implemented oversaw coordinated supervised trained taught wrote published won earned achieved "
    "spearheaded established organized organised directed handled improved streamlined negotiated "
    "secured generated analyzed analysed conducted ran mentored awarded completed graduated served "
    "authored founded co-founded pioneered automated optimized optimised maintained administered "
    "facilitated produced raised cut saved boosted exceeded expanded revamped redesigned architected "
    "engineered shipped scaled headed chaired instructed coached recruited hired budgeted owned "
    "certified promoted ranked responsible managing leading developing overseeing coordinating lifted sold grown "
    # Sales and service figures: "hit 120 percent of quota, opened 35 new accounts, closed 2.4 million".
    "hit opened closed signed landed onboarded retained renewed doubled tripled halved "
    "brought supervising teaching building designing creating driving delivering"
)
_METRIC = lazy_compile(
    r"\d+(?:\.\d+)?[ \t]?%|[$£€]\d|\b\d+\+?[ \t]+(?:years?|people|staff|employees|clients|students|projects"
    r"|reports|engineers|members|countries|hospitals|beds|patients|accounts|stores|sites|users|customers"
    r"|volunteers|nurses|teachers|schools|direct reports|million|thousand|k\b)",
    re.IGNORECASE,
)
_CREDENTIAL = lazy_compile(
    r"\b(?:certified|certification|certificate|degree|b\.?s\.?c?|b\.?a\.|m\.?s\.?c?|mba|ph\.?d|bachelor'?s?"
    r"|master'?s?|proficient|fluent|expertise|expert in|skilled|years of experience|responsible for"
    r"|gpa|cum laude|dean'?s list|award|promoted|licensed|license)\b",
    re.IGNORECASE,
)
_QUESTION_START = wordset(
    "how what why when where which who whether is are do does did can could would should will may"
)
# Lead-ins that announce the writer's record, or a meeting recap / agenda.
# Up to two words may stand between "my" and the record ("my main responsibilities", "my current
# day-to-day duties").
_RESUME_LEAD = lazy_compile(
    r"\b(?:my (?:[\w-]+ ){0,2}?(?:experience|background|skills|achievements|accomplishments|qualifications"
    r"|strengths|career|roles?|responsibilities|duties|tasks|highlights|credentials|resume|cv|work history"
    r"|track record|day-to-day|day to day|job|position)|i have|i've"
    r"|i bring|highlights|accomplishments|achievements|qualifications|skills include|i (?:have )?worked"
    r"|about me|my previous|in my (?:current|last|previous) role|responsible for|(?:role|job|position|work)"
    r" (?:involves|includes|covers|entails)|i (?:currently )?(?:handle|manage|oversee|look after))\b",
    re.IGNORECASE,
)
# Lists that are an agenda or a recap: meeting topics, questions, what the writer hopes to learn.
_MEETING_LEAD = lazy_compile(
    r"\b(?:discuss|discussed|talked|covered|agreed|next steps|action items|to recap|recap|questions"
    r"|ask you|ask about|topics|touched on|we spoke|you mentioned|you suggested|as promised|follow up on"
    r"|learn|hear|understand|curious|wondering|advice|thoughts|perspective|insights?|views|took away"
    # "What I changed from your draft:": a model's notes on its edits (the meta rule's business).
    r"|changed|changes|edits|edited|revised|revisions|tweaks|tweaked|(?:your|the|this) draft)\b",
    re.IGNORECASE,
)
# Duties written as gerunds ("Preparing sequencing libraries") under a lead about the writer; verbs
# of wishing open an agenda item instead ("Hoping to ...").
_NOT_DUTY = wordset("looking hoping wondering seeking thinking considering exploring interesting")
_MEETING_ITEM = lazy_compile(
    r"^(?:discussed|talked|covered|agreed|reviewed|you|your|i will|i'll|we will|we'll|you'll|you will"
    r"|send|introduce|share|follow|schedule|connect|next|read|look|reach|set up|call|email|check)\b",
    re.IGNORECASE,
)

# Work history inside prose.
_WORK_WORDS = wordset(
    "worked work working served held spent joined interned employed hired promoted moved became position "
    "positions role roles stint stints career job "
    # "Since graduating I have been a graduate engineer at A, then a cable engineer at B, ...".
    "been started "
    # "I cut my teeth at Accenture, went on to Deloitte, had a spell at KPMG, and I've now ended up at PwC".
    "went spell ended landed "
    # A trade's own verb: "I have cooked professionally at The Larder in Cork, Harbour Kitchen in Kinsale, ...".
    "cooked taught nursed trained practised practiced freelanced"
)
_ORG_PREPS = wordset("at with for joined")
_MAX_SENTENCES = 400
_CAPS = lazy_compile(r"\s[A-Z]")  # a capital after a blank (no look-behind: faster, same count)
_MAX_WORDS = 20_000
# Job titles, one list for the word set (cheap gates) and the regex (segments of a list of posts).
_TITLES = wordset(
    "analyst manager coordinator engineer director associate intern consultant specialist lead assistant "
    "officer teacher nurse developer designer administrator supervisor representative executive researcher "
    "scientist accountant advisor adviser producer editor writer technician vp chief founder "
    "partner clerk instructor planner strategist architect barista server cashier bartender chef cook "
    "receptionist paralegal librarian counselor pharmacist therapist auditor buyer reporter journalist "
    "correspondent lecturer tutor paramedic midwife matron deputy headteacher superintendent foreman surveyor"
)
# As words, "president" and "head" count; in the regex only "vice president", "head of" and "head teacher"
# name a post.
_ROLE_WORDS = _TITLES | {"president", "head"}
_ROLE_WORDS = _ROLE_WORDS | {w + "s" for w in _ROLE_WORDS}
_SEPARATORS = wordset("then and before after finally followed")
# One ``\b`` before the alternation, not one per branch: the scan is several times faster.
_SEGMENT = lazy_compile(r"[,;]|\b(?:then|and|before|after|followed by|finally)\b")
_ROLE = lazy_compile(
    r"\b(?:" + "|".join(sorted(_TITLES | {"vice president", "head of", "head teacher"})) + r")s?\b",
    re.IGNORECASE,
)
_ORG_AFTER = lazy_compile(r"\b(?:at|with|for|joined)[ \t]{1,3}(?:the[ \t]{1,3})?([A-Z][\w&'’.-]{0,40})")

# Self-description beyond achievements: identity, traits, duties in the present tense.
_SELF = lazy_compile(
    r"\b(?:i am (?:a|an)\b|i['’]m (?:a|an)\b|known for\b|my (?:skills?|strengths?|abilit(?:y|ies)|passion"
    r"|experience|expertise|career|track record|accomplishments|achievements|responsibilities|duties"
    r"|creativity|work ethic)\b|results[- ]driven\b|detail[- ]oriented\b|team player\b"
    r"|(?:quick|fast) learner\b|strong (?:communicator|collaborator|leader|background)\b"
    r"|self[- ]starter\b"
    r"|proven\b|passionate\b|i (?:also |currently )?(?:manage|lead|oversee|supervise|run"
    r"|handle|coordinate|direct|own|specialize|specialise|excel|negotiate|produce|prepare)\b"
    r"|in my (?:current|previous|last|prior) (?:role|position|job)\b"
    r"|thrives?\b|excellent (?:fit|communication|track)\b"
    # The third author of ordinary dumps (ft): a record told in other verbs. "I studied for my LLB at ... and then
    # completed an LLM", "I trained at Banwo & Ighodalo", "I speak English, Yoruba and French", "I think of myself as
    # someone who ...", "My work now centres on contract law", "I have been published in ...", "I am a member of".
    r"|(?:llb|llm|mphil|meng|beng|bba|pgce|mres)\b|i (?:trained|qualified|studied|graduated|volunteered) (?:at|in|as"
    r"|for|from|with)\b|i speak\b|i work across\b|think of myself as\b|my work (?:now )?(?:centres|centers"
    r"|focuses) on\b|(?:been|was|am) published in\b|(?:a|an) (?:\w+ )?member of\b"
    # The fourth author (hg): traits told plainly. "I am patient, I am organised", "I am highly organised and
    # resilient, and people tell me I am a natural leader", "I stay calm under pressure", "I am someone who stays calm".
    r"|i(?:'m|’m| am) (?:(?:highly|very|extremely|naturally|always|also|genuinely|fiercely|deeply) )?(?:patient"
    r"|organised|organized|resilient|meticulous|calm|reliable|driven|ambitious|hard-working|hardworking|diligent"
    r"|adaptable|dependable|analytical|fluent|proactive|motivated|dedicated|methodical|personable|empathetic|decisive"
    r"|someone who)\b|(?:people|colleagues|others|my team|my managers?) (?:tell me|say|describe me|see me|call me)\b"
    r"|\bi (?:stay|remain|keep) calm\b|\bnatural leader\b"
    # "I have spent twenty-one years in the Ministry of Finance", "I have been a trusted adviser to three ministers".
    r"|\bi(?:'ve|’ve| have) spent (?:over |more than |nearly |almost |some )?[\w-]+ years\b|\bi(?:'ve|’ve| have)"
    r" been (?:a|an)\b)"
)
# Achievements with numbers, credentials, traits and present-tense duties, in one pass.
_RECORD = lazy_compile("|".join((_METRIC.pattern, _CREDENTIAL.pattern, _SELF.pattern)), re.IGNORECASE)
# Case-sensitive copies for lower-cased ASCII text (every literal above is lower case): several times
# faster than ``re.IGNORECASE``, and the same matches there (non-ASCII letters fold differently).
_RECORD_LOW = lazy_compile(_RECORD.pattern)
_METRIC_LOW = lazy_compile(_METRIC.pattern)
_ROLE_LOW = lazy_compile(_ROLE.pattern)
_FIRST = wordset("i my i'm i've i'd me myself")
# Words of wishing and asking: a sentence with one says what the writer hopes for, even when it
# mentions work ("I want to make sure I am building the right skills").
_GOAL = lazy_compile(
    r"\b(?:become|becoming|move into|moving into|transition(?:ing)? (?:in)?to|switch(?:ing)? (?:in)?to|aim(?:ing)? to"
    r"|hope to|hoping to|want to|would like to|'d like to|aspire|goal|ambition"
    # "That is why I am steering my career towards customer success leadership".
    r"|(?:steer|steering|head|heading|turn|turning|pivot|pivoting)(?: my (?:career|work|focus))?"
    r" (?:towards|toward|into))\b"
)
_AIMING = wordset(
    "like love hope hoping want wish aim writing learn understand hear explore curious eager keen interested advice "
    "learning understanding hearing exploring"
)
_SECOND_PERSON = lazy_compile(r"\b(?:you|your|yours|you're|you've)\b")
_SECOND = wordset("you your yours you're you've you'd you'll yourself")
_WORD = lazy_compile(r"[a-z0-9]+")


def resume_dump(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    min_items: int = 2,
    min_date_ranges: int = 2,
    min_employers: int = 4,
    copy_words: int = 12,
    self_share: float = 0.5,
    min_self: int = 3,
    **_: Any,
) -> Iterable[Finding]:
    """Find resume content in the letter.

    Args:
        text: The letter.
        request: The request (optional): ``sender.resume`` for copied runs, the meeting for lists.
        kind: The letter kind: ``follow_up`` and ``thank_you`` letters may list topics and actions.
        min_items: Items a list needs before it counts as a dump.
        min_date_ranges: Date ranges that make a dump.
        min_employers: Roles or employers in one sentence (or paragraph) that make a dump.
        copy_words: Consecutive words copied from the resume that make a dump.
        self_share: Share of the body's words, in sentences about the writer's record, above
            which the letter is mostly self-description.
        min_self: Self-descriptive sentences needed as well (a short letter is not a dump).

    Yields:
        One error per kind of dump found, spanning the offending text.
    """
    kind = kind or (request.kind if request is not None else None)
    background = request.sender.background if request is not None else None
    fix = (
        f'one sentence about your background, such as "{background.strip().rstrip(".")}"'
        if background
        else "one sentence about your background and where you are heading"
    )
    findings: list[Finding] = []
    span = _list_dump(text, request, kind, min_items)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter pastes a resume-style list of duties or achievements.",
                *span,
                f"Replace the bullet list with {fix}.",
            )
        )
    span = _dates(text, min_date_ranges)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter lists dated positions, like a resume.",
                *span,
                f"Remove the date ranges and say in {fix}.",
            )
        )
    span = _heading(text)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                f"The letter has a resume section heading ('{text[span[0] : span[1]]}').",
                *span,
                f"Remove the resume sections and keep {fix}.",
            )
        )
    span = _credentials(text)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter lists credentials and memberships, like a resume.",
                *span,
                f"Replace the list of credentials with {fix}.",
            )
        )
    span = _skills_list(text)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter lists the writer's skills or tools, like a resume.",
                *span,
                f"Replace the list of skills with {fix}.",
            )
        )
    span = _achievements(text)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter lists achievements with their figures, like a resume.",
                *span,
                f"Replace the list of achievements with {fix}.",
            )
        )
    span = _employers(text, request, min_employers) or _career_chain(text)
    if span is not None:
        findings.append(
            Finding(
                "resume-dump",
                "error",
                "The letter walks through a long list of roles or employers.",
                *span,
                f"Replace the list of jobs with {fix}.",
            )
        )
    if request is not None and request.sender.resume:
        own = (request.sender.background, request.sender.goal, request.purpose, request.connection)
        allowed = " ".join(str(v) for v in own if v)
        for start, end in _copied(text, request.sender.resume, allowed, copy_words)[:3]:
            findings.append(
                Finding(
                    "resume-dump",
                    "error",
                    "The letter copies a passage of the resume word for word.",
                    start,
                    end,
                    f"Replace the copied resume passage with {fix}.",
                )
            )
    if not any(f.start or f.end for f in findings):
        span = _self_description(text, self_share, min_self)
        if span is not None:
            findings.append(
                Finding(
                    "resume-dump",
                    "error",
                    "Most of the letter describes your own record instead of what you hope to learn.",
                    *span,
                    f"Cut the self-description to {fix}, and spend the rest on the reader and your ask.",
                )
            )
    return findings


# ---------------------------------------------------------------------------------------------
# Lists


def _list_dump(text: str, request: AnyRequest | None, kind: str | None, min_items: int) -> tuple[int, int] | None:
    doc = analyze(text)
    lines = doc.lines
    runs: list[tuple[int, int]] = []  # [first, last] line indices of bullet runs
    i = 0
    while i < len(lines):
        if _bullet(text, lines[i][0]):
            j = i
            while j + 1 < len(lines) and _bullet(text, lines[j + 1][0]):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    for a, b in runs:
        if b - a + 1 < min_items:
            continue
        lead = text[lines[a - 1][0] : lines[a - 1][1]] if a > 0 else ""
        # A letter's list has a handful of items; a hostile one with thousands is judged on its start.
        last = min(b, a + _MAX_ITEMS - 1)
        items = [text[BULLET.match(text, s).end() : e] for s, e in lines[a : last + 1]]  # type: ignore[union-attr]
        if _is_dump(text, items, lead, request, kind):
            return lines[a][0], lines[b][1]
    return None


_MAX_ITEMS = 100
_BULLET_FIRST = frozenset("-*•–—·▪●◦‣+(0123456789")


def _bullet(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` starts with a bullet or an item number (cheap test first)."""
    c = text[pos]
    if c not in _BULLET_FIRST and not (c in "abcdefghABCDEFGH" and text[pos + 1 : pos + 2] in (".", ")")):
        return False
    return BULLET.match(text, pos) is not None


def _is_dump(text: str, items: list[str], lead: str, request: AnyRequest | None, kind: str | None) -> bool:
    """Whether list items (after the line ``lead``) are the writer's record rather than an agenda."""
    meeting_kind = kind in ("follow_up", "thank_you")
    agenda = _MEETING_LEAD.search(lead) is not None
    resume_lead = _RESUME_LEAD.search(lead) is not None
    if agenda and not resume_lead:
        return False
    # "My main responsibilities are:" makes every plain item a duty; "I have a few questions:" not.
    duty_lead = resume_lead and not agenda
    lead_words = frozenset(_WORD.findall(lead.lower()))
    # A lead in the first person, not addressed to the reader: "Over the past year I have been:".
    self_lead = duty_lead or (not lead_words.isdisjoint(_FIRST) and lead_words.isdisjoint(_SECOND))
    record = benign = 0
    for item in items:
        lower = item.strip().lower()
        words = lower.split()
        if not words:
            continue
        first = words[0].strip(",.:;")
        question = lower.endswith("?") or first in _QUESTION_START
        if question or _MEETING_ITEM.match(lower) or (meeting_kind and _meeting_item(item, request)):
            benign += 1
        elif (
            first in _ACHIEVE
            or (first.endswith("ed") and len(first) > 4)
            or _METRIC.search(item)
            or _CREDENTIAL.search(item)
            or (resume_lead and len(words) <= 6)
        ):
            record += 1
        elif _SECOND_PERSON.search(lower):
            benign += 1
        elif duty_lead or (self_lead and first.endswith("ing") and len(first) > 5 and first not in _NOT_DUTY):
            record += 1
    n = len(items)
    return record * 2 >= n and benign * 2 < n


def _meeting_item(item: str, request: AnyRequest | None) -> bool:
    """Whether a list item restates one of the meeting's topics or action items (half its words)."""
    if request is None or request.meeting is None:
        return False
    keys = keyset(item)
    names = names_of(request.recipient.name, request.sender.name)
    for value in (*request.meeting.topics, *request.meeting.action_items):
        p = phrase(value, names)
        hit = sum(1 for _, word_keys, _ in p.words if not word_keys.isdisjoint(keys))
        if p.words and hit * 2 >= len(p.words):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Dates, headings, employers


# A post dated in prose: "In 2019 I joined Halvorsen Infrastructure", "in 2021, I moved to Corran Rail".
_DATED_MOVE = lazy_compile(
    rf"(?:in|since|from|by)[ \t]+{_YEAR},?[ \t]+i[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:joined|moved|became|started|took"
    r"|was promoted|went|returned|left|studied|worked|spent|qualified|graduated|transferred|been)\b",
    re.IGNORECASE,
)


def _dates(text: str, minimum: int) -> tuple[int, int] | None:
    body = analyze(text).body_start
    if text.count("19", body) + text.count("20", body) < minimum:
        return None  # each range starts with a year: too few "19"/"20" to hold enough of them
    found: list[tuple[int, int]] = []
    last = -1
    for m in _YEAR_AT.finditer(text, body):
        if m.start() < last:
            continue  # the end year of the range just found
        if (m.start() and text[m.start() - 1].isalnum()) or text[m.end() : m.end() + 1].isdigit():
            continue  # part of a longer number or word
        tail = _RANGE_TAIL.match(text, m.end())
        if tail is None and text[max(body, m.start() - 8) : m.start()].lower().endswith("between "):
            tail = _AND_YEAR.match(text, m.end())  # "between 2012 and 2016"
        start = m.start()
        head = _MONTH_HEAD.search(text, max(body, start - 14), start)
        if tail is not None:
            end = tail.end()
        # "since July 2021 I have been collections archivist": a month and year left open, the prose of "July 2021 -
        # present" (dz); a bare year ("since 2021") is a dated move, counted below.
        elif head is not None and text[max(body, head.start() - 6) : head.start()].lower().endswith("since "):
            end = m.end()
        else:
            continue
        found.append((head.start() if head else start, end))
        last = end
        if len(found) >= 50:
            break  # enough to show; hostile input must not cost more
    if len(found) >= minimum:
        return found[0][0], found[-1][1]
    # A career told year by year: ranges and posts dated in prose, one more than ``minimum`` in all ("From
    # 2014 to 2018 I studied ... In 2019 I joined ... In 2021 I moved to ...", or "In 2019 I joined ... In
    # 2021 I moved to ... since 2023 I have been ..."); a dated move or two is background.
    if found or text.count(" i ", body) + text.count(" I ", body) > minimum:
        moves = [(m.start(), m.end()) for m in islice(_DATED_MOVE.finditer(text, body), 50)]
        if len(found) + len(moves) > minimum:
            spans = sorted(found + moves)
            return spans[0][0], spans[-1][1]
    return None


# Numbers in words that count as figures of a record ("one" does not: "one of them", "one day").
_NUMBER_WORDS = wordset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions dozen dozens"
)
# A figure in an achievement: "by 18 per cent", "from 72 to 86", "40 new agents", "£120,000".
_FIGURE = lazy_compile(r"[$£€]?\d[\d,.]*")
_WORD_RUN = lazy_compile(r"[a-z]+")


def _achievements(text: str) -> tuple[int, int] | None:
    """A sentence of the writer's achievements with their figures, read off a resume: "I have cut our average
    handling time by 18 per cent, lifted our satisfaction score from 72 to 86 within 12 months, trained 40
    new agents ..." (two or three achievement verbs and three or four figures in one sentence)."""
    # One scan for the figures; most letters hold fewer than three and stop here. Numbers written as words
    # count too ("launched three mobile products"), as the index's per-sentence word sets show them.
    at = [m.start() for m in islice(_FIGURE.finditer(text), 10_000)]
    ix = index(text)
    spelt = [len(ws & _NUMBER_WORDS) for ws in ix.words[:_MAX_SENTENCES]]
    if len(at) + sum(spelt) < 3:
        return None
    for i, (start, end) in enumerate(ix.spans[:_MAX_SENTENCES]):
        figures = bisect_left(at, end) - bisect_left(at, start)
        if figures + spelt[i] < 3:
            continue
        low = text[start:end].lower()
        words = _WORD_RUN.findall(low)
        figures += sum(1 for w in words if w in _NUMBER_WORDS)
        if "i" not in words and "we" not in words:
            continue
        verbs = sum(1 for w in words if w in _ACHIEVE)
        if (verbs >= 3 and figures >= 3) or (verbs >= 2 and figures >= 4) or _figure_list(low):
            return start, end
    return None


def _figure_list(sentence: str) -> bool:
    """A colon and then three or more items, each with its figure: "I undersold it on the call: 3 product
    launches, retention up 22%, a redesign used by 1.2 million users, and a team of 9 designers"."""
    colon = sentence.find(": ")
    if colon < 0:
        return False
    items = [part for part in _LIST_ITEM.split(sentence[colon + 2 :]) if part.strip()]
    # (Not dates, years or times: "I'm free on these dates: 3 June, 5 June and 10 June", "2016-2019 at Acme".)
    counted = [part for part in items if _AMOUNT.search(part) and _WHEN.isdisjoint(_WORD_RUN.findall(part))]
    return len(items) >= 3 and len(counted) >= 3


_WHEN = WEEKDAYS | MONTHS | MONTH_ABBREVIATIONS | wordset("may am pm")
_AMOUNT = lazy_compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))[$£€]?\d[\d,.]*")
_LIST_ITEM = lazy_compile(r",\s+(?:and\s+)?|;\s+|\s+and\s+")


def _joined_headings(line: str) -> bool:
    """Two or three headings joined into one: "Education and certifications", "Skills & languages"."""
    parts = [p.strip() for p in line.replace(" & ", ",").replace(" and ", ",").split(",")]
    return len(parts) >= 2 and all(p in HEADINGS for p in parts)


def is_heading(line: str) -> bool:
    """Whether ``line`` (lower-cased, without its markup) is a résumé heading: "education", "skills and
    qualifications"."""
    return line in HEADINGS or ((" and " in line or " & " in line) and _joined_headings(line))


def _heading(text: str) -> tuple[int, int] | None:
    for start, end in analyze(text).lines:
        if end - start <= 40:
            line = text[start:end]
            if _bullet(text, start):
                line = line[BULLET.match(line).end() :]  # type: ignore[union-attr]
            bare = line.strip("#*_:- \t").lower()
            if is_heading(bare):
                return start, end
        # "Skills: SQL, Tableau, Python": a heading with its list on the same line, short or long.
        if text.find(":", start, min(end, start + 40)) >= 0:
            m = _HEADING_LIST.match(text, start)
            if m is not None and text.count(",", start, end) + text.count(";", start, end) >= 2:
                return start, end
    # ... or as a sentence inside a paragraph: "I'm a logistics planner. Core competencies: route optimisation,
    # warehouse layout, demand forecasting."
    for start, end in analyze(text).sentences:
        if text.find(":", start, min(end, start + 40)) >= 0:
            m = _HEADING_LIST.match(text, start)
            if m is not None and text.count(",", start, end) + text.count(";", start, end) >= 2:
                return start, end
    return None


def _employers(text: str, request: AnyRequest | None, minimum: int) -> tuple[int, int] | None:
    ix = index(text)
    skip: frozenset[str] = frozenset()
    if request is not None and request.recipient.organization:
        skip = _org_skip(str(request.recipient.organization))
    # Work sentences and the employers they name ("at Acme", "joined Brightline").
    work: list[tuple[int, int, set[str]]] = []
    named: set[str] = set()
    spans = ix.spans
    ascii_text = text.isascii()
    # A letter has a few dozen sentences; hostile input with thousands is judged on its start.
    for i, words in enumerate(ix.words[:_MAX_SENTENCES]):
        # A work sentence says so ("worked", "joined") or names posts ("a barista, then shift lead").
        if words.isdisjoint(_WORK_WORDS) and len(words & _ROLE_WORDS) < minimum - 1:
            continue
        start, end = spans[i]
        orgs: set[str] = set()
        if not words.isdisjoint(_ORG_PREPS):
            orgs = {m.group(1).lower() for m in _ORG_AFTER.finditer(text, start, end)} - skip
            named |= orgs
        work.append((start, end, orgs))
        # One sentence listing posts: "I worked at A, then B, then C, and D". Cheap counts first. A
        # "sentence" of hundreds of characters is a run-on with no full stops, not a list.
        if end - start > _LIST_SENTENCE_CHARS:
            continue
        if len(words & _SEPARATORS) + text.count(",", start, end) + text.count(";", start, end) < minimum - 2:
            continue
        if len(_CAPS.findall(text, start, end)) + len(words & _ROLE_WORDS) < minimum - 1:
            continue  # too few names or job titles to list that many posts
        if _lists_posts(text[start:end], skip, minimum, ascii_text):
            return start, end
    # Across a paragraph: distinct employers named in work sentences (too few in the whole letter:
    # no paragraph can hold enough).
    if len(named) < minimum:
        return None
    for p_start, p_end in analyze(text).paragraphs:
        inside = [(s, e, o) for s, e, o in work if s >= p_start and e <= p_end and o]
        names = set().union(*(o for _, _, o in inside)) if inside else set()
        if len(names) >= minimum:
            return inside[0][0], inside[-1][1]
    return None



# A career told post by post: "I went from regimental medical officer ... to officer commanding 22 Field Hospital, then
# to a staff job ..., then to command of 2 Medical Regiment, and finally to chief of staff" (hg).
_CHAIN = lazy_compile(
    r"\bfrom\b[^.;!?\n]{3,80}?\bto\b[^.;!?\n]{3,80}?\b(?:then|and then)(?: on)? (?:to|as|into)\b[^.;!?\n]{3,80}?"
    r"\b(?:then|and then|and finally|finally|and later|later)(?: on)? (?:to|as|into)\b",
    re.IGNORECASE,
)
# Credentials and memberships: "I am a Chartered Engineer, a Fellow of the Institution of Structural Engineers and a
# Member of the Institution of Civil Engineers, and I also hold PMP and LEED Accredited Professional credentials, the
# NEBOSH International General Certificate, and registration as a Professional Engineer" (hg).
_CREDENTIAL_WORD = lazy_compile(
    r"\b(?:chartered [a-z]+|fellow of|member of|accredited|certified|certificate|certification|credentials?"
    r"|registration as|registered (?:nurse|architect|engineer|pharmacist|accountant|midwife|dietitian|psychologist"
    r"|teacher|surveyor)|licensed|diploma in|pmp|leed|nebosh|prince2|cfa|acca|cpa|cima|ceng|cipd|ciwm"
    r"|frcs|mrcp|fca|aca)\b",
    re.IGNORECASE,
)
_MIN_CREDENTIALS = 4
# A word of each credential above (lower-case): a letter holding fewer than two of them lists no four.
_CREDENTIAL_WORDS = wordset(
    "chartered fellow member accredited certified certificate certification credential credentials registration "
    "registered licensed diploma pmp leed nebosh prince2 cfa acca cpa cima ceng cipd ciwm frcs mrcp fca aca"
)


def _career_chain(text: str) -> tuple[int, int] | None:
    """A sentence that walks through four or more posts in a row ("from ... to ..., then to ..., and finally to")."""
    # Cheap gates first: two steps after the first ("then ... then", "then ... finally") and a "from".
    low = text.lower()
    if low.count("then") + low.count("finally") + low.count("later") < 2 or "from" not in low:
        return None
    doc = analyze(text)
    for start, end in doc.sentences[:_MAX_SENTENCES]:
        if end - start <= _LIST_SENTENCE_CHARS and _CHAIN.search(text, start, end) is not None:
            return start, end
    return None


# The writer's skills or tools listed in prose, five or more (ld): "the tools and methods I've been practising are
# Figma, Miro, usability testing, card sorting and journey mapping", "My qualifications and skills now cover 18th
# Edition, inspection and testing, EV charger installation, solar PV and battery storage" (not "My skills include
# Excel and SQL", nor the skills analysts use every day).
_SKILLS_LIST = lazy_compile(
    r"\b(?:my (?:[\w-]+ (?:and )?){0,3}?(?:skills|qualifications|tools|certifications|competencies|tickets|software"
    r"|toolkit|stack)|(?:skills|tools|methods|qualifications|software)(?: and [\w-]+)? (?:i've|i’ve|i have|i)"
    r" (?:been )?(?:practising|practicing|learned|learnt|built|gained|picked up|used|using|mastered|use|know))\b"
    r"[^.!?\n]{0,30}?\b(?:are|include|includes|cover|covers|span|spans|range from)\b"
    r"(?:[^.!?\n,]{1,40},){3,}[^.!?\n]{1,40}?\band\b",
    re.IGNORECASE,
)
_SKILLS_WORDS = wordset(
    "skills qualifications tools certifications competencies tickets software toolkit stack methods"
)


def _skills_list(text: str) -> tuple[int, int] | None:
    """A sentence listing five or more of the writer's skills or tools."""
    if word_set(text).isdisjoint(_SKILLS_WORDS):
        return None
    doc = analyze(text)
    for start, end in doc.sentences[:_MAX_SENTENCES]:
        if end - start > _LIST_SENTENCE_CHARS or text.count(",", start, end) < 3:
            continue
        if _SKILLS_LIST.search(text, start, end) is not None:
            return start, end
    return None


def _credentials(text: str) -> tuple[int, int] | None:
    """A sentence naming four or more credentials or memberships."""
    # Most letters name none: the cached word set rules them out before any regex runs.
    if len(word_set(text) & _CREDENTIAL_WORDS) < 2:
        return None
    doc = analyze(text)
    for start, end in doc.sentences[:_MAX_SENTENCES]:
        if end - start > _LIST_SENTENCE_CHARS:
            continue
        # Distinct ones: "the CIMA qualification ... the CIMA Certificate" is one credential named twice (e722).
        found: set[str] = set()
        for m in _CREDENTIAL_WORD.finditer(text, start, end):
            found.add(m.group().lower())
            if len(found) >= _MIN_CREDENTIALS:
                return start, end
    return None


_LIST_SENTENCE_CHARS = 600
_LEAD_FILLERS = wordset("then and finally later next after before at with for the a an now to")
# ("in": an employer and its town, "The Tannery in Bristol".)
_NAME_JOINERS = wordset("& of and de la le von van in")


def _bare_name(segment: str, skip: frozenset[str]) -> bool:
    """A segment that is just a name ("then Brightline", "and finally Acme Health"): a few words, all
    capitalised. A clause that merely holds one ("have taught myself SQL") names a skill, not a post."""
    words = segment.split()
    while words and words[0].lower() in _LEAD_FILLERS:
        words = words[1:]
    words = [w.strip(".,;:!?") for w in words]
    if not 1 <= len(words) <= 4 or words[0].lower() in skip:
        return False
    return all((w[:1].isupper() and w != "I") or w.lower() in _NAME_JOINERS for w in words if w)


@lru_cache(maxsize=256)
def _org_skip(organization: str) -> frozenset[str]:
    """The reader's organisation's first word, lower-cased: naming it is no employer of the writer's."""
    return frozenset(w.lower() for w in organization.split()[:1])


_PLACES = lazy_compile(r"\b(?:countries|cities|continents|regions|states|provinces|places|towns)\s*:", re.I)
_OTHERS_ROLE = lazy_compile(r"\b(?:with|alongside|among|amongst|than|beside|besides)[ \t]+(?:[\w'’-]+[ \t]+)?$", re.I)
_MOVED = lazy_compile(r"\b(?:joined|joining|moved to|moving to|went on to|switched to|stepped up to|promoted to)\b")


def _lists_posts(sentence: str, skip: frozenset[str], minimum: int, ascii_text: bool = False) -> bool:
    """Whether one sentence walks through ``minimum`` posts (roles or employers, segment by segment)."""
    posts = 0
    roles_with_org = 0
    # "I have taught in four countries: Germany, Japan, Kenya and Canada": a list of places, not of employers.
    places = _PLACES.search(sentence) is not None
    for k, seg in enumerate(_SEGMENT.split(sentence)):
        if _GOAL.search(seg.lower()):
            continue  # "I would now like to become a privacy analyst": where the writer is going, not a post
        found = _ROLE_LOW.search(seg.lower()) if ascii_text else _ROLE.search(seg)
        # "spending more time with product managers": other people's posts, not the writer's.
        role = found is not None and _OTHERS_ROLE.search(seg, 0, found.start()) is None
        # An employer: "at Acme", or a later segment that is only a name ("then Brightline").
        org = any(m.group(1).lower() not in skip for m in _ORG_AFTER.finditer(seg)) or (
            k > 0 and not places and _bare_name(seg, skip)
        )
        # A move is a post too: "before joining the critical care outreach team", "I moved to DHL".
        if role or org or _MOVED.search(seg.lower()) is not None:
            posts += 1
            roles_with_org += role and org
    return posts >= minimum or (posts >= minimum - 1 and roles_with_org >= 2)


# ---------------------------------------------------------------------------------------------
# Copied resume runs


@lru_cache(maxsize=32)
def _grams(resume: str, allowed: str, n: int) -> tuple[frozenset[int], frozenset[str]]:
    """Hashes of the resume's n-word runs (less those the request's own summary fields contain),
    and the resume's vocabulary."""
    words = _WORD.findall(resume.lower())
    grams = {hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1)}
    if allowed:
        ok = _WORD.findall(allowed.lower())
        grams -= {hash(tuple(ok[i : i + n])) for i in range(len(ok) - n + 1)}
    return frozenset(grams), frozenset(words)


def _copied(text: str, resume: str, allowed: str, n: int) -> list[tuple[int, int]]:
    grams, vocabulary = _grams(resume, allowed, n)
    if not grams:
        return []
    body_start = analyze(text).body_start
    lower = text.lower()
    words = _WORD.findall(lower, body_start)[:_MAX_WORDS]  # a letter has a few hundred words
    # Only stretches of n or more consecutive resume words can hold a copied run: hash those alone.
    hits: list[tuple[int, int]] = []  # word index ranges [i, j) of copied runs
    i = 0
    total = len(words)
    while i <= total - n:
        if words[i] not in vocabulary:
            i += 1
            continue
        j = i
        while j < total and words[j] in vocabulary:
            j += 1
        if j - i >= n:
            for k in range(i, j - n + 1):
                if hash(tuple(words[k : k + n])) in grams:
                    if hits and k <= hits[-1][1]:
                        hits[-1] = (hits[-1][0], k + n)
                    else:
                        hits.append((k, k + n))
        i = j
    if not hits:
        return []
    # Word indices -> character offsets (only now, and only up to the last hit).
    offsets: list[tuple[int, int]] = []
    last = hits[-1][1]
    for m in _WORD.finditer(lower, body_start):
        offsets.append(m.span())
        if len(offsets) >= last:
            break
    return [(offsets[a][0], offsets[b - 1][1]) for a, b in hits]


# ---------------------------------------------------------------------------------------------
# Self-description


def _self_description(text: str, share: float, minimum: int) -> tuple[int, int] | None:
    """Sentences about the writer's own record, when they make up most of the body's words."""
    ix = index(text)
    spans = ix.spans
    first, last = core(text)
    total = 0
    candidates: list[tuple[int, int, int]] = []
    for i in range(first, last):
        start, end = spans[i]
        n = text.count(" ", start, end) + 1
        total += n
        words = ix.words[i]
        # About the writer and not addressed to the reader (nor a question to them).
        if not words.isdisjoint(_FIRST) and words.isdisjoint(_SECOND) and text.find("?", start, end) < 0:
            candidates.append((start, end, n))
    # Most letters stop here: even all first-person sentences together are not most of the body.
    if len(candidates) < minimum or sum(n for _, _, n in candidates) <= share * total:
        return None
    own = 0
    selfish: list[tuple[int, int]] = []
    # ASCII letters (nearly all): the case-sensitive patterns on the lower-cased text, same offsets.
    low = ix.lower if ix.lower is not None and text.isascii() else None
    for start, end, n in candidates:
        i = bisect_left(spans, (start, end))
        words = ix.words[i]
        if (
            not words.isdisjoint(_AIMING)
            # "... and it has led me to think seriously about moving into policy": where the writer is going.
            or (_GOAL.search(low, start, end) if low is not None else _GOAL.search(text[start:end].lower()))
        ) and not (_METRIC_LOW.search(low, start, end) if low is not None else _METRIC.search(text, start, end)):
            continue  # what the writer hopes for ("I would like to learn ..."), not their record
        if not words.isdisjoint(_ACHIEVE) or (
            _RECORD_LOW.search(low, start, end) if low is not None else _RECORD.search(text, start, end)
        ):
            selfish.append((start, end))
            own += n
    if len(selfish) >= minimum and own > share * total:
        return selfish[0][0], selfish[-1][1]
    return None

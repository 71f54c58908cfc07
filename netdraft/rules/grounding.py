"""Rule ``grounding`` (warning): names, organisations, dates and numbers the request never mentions.

A model drafting from a request may invent a company, a colleague, a date or a figure. This rule
lists every such item once, as a warning: it may be true (the writer knows more than the request
says), so it is for the writer to confirm, not an error. Compared case-insensitively against every
string of the request (resume included); numbers match across digits and words ("twenty" = 20).

What counts as an item:

- a run of capitalised words ("Acme Robotics", "University of Michigan"); a single capitalised word
  at the start of a sentence is skipped (it is capitalised because of where it stands), as are common
  English words, sign-off words and widely used tools ("LinkedIn", "Zoom");
- a month or a weekday, a year, any number written in digits, number words before a unit ("five years",
  "forty hectares") and the size of a group in words ("your team of thirty").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from netdraft._view import AnyRequest, request_text
from netdraft.report import Finding
from netdraft.rules._form import (
    HONORIFICS,
    NOTE_LINE,
    SHOUT_WORDS,
    edit_distance,
    form,
    lower_text,
    notes_below_signature,
    preceded_by_letter,
    word_set,
    wordset,
)
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._match import MONTH_ABBREVIATIONS, MONTHS, run_initials, stem
from netdraft.rules._text import analyze, fold_accents
from netdraft.rules.placeholder import LABEL_WORDS
from netdraft.rules.resume import HEADINGS
from netdraft.rules.skip import Skip

__all__ = ["grounding"]

# Capitalised tokens and numbers: the only places an invented fact can hide.
# One character class first, so the engine scans for candidates quickly; split by kind in Python.
_ITEM = lazy_compile(r"[A-Z0-9][\w'’&.,:/%-]*")
_NUMBER_TOKEN = lazy_compile(r"\d[\d,.:/%-]*")
_PARTS = lazy_compile(r"[^\W_]+")
_DIGITS = lazy_compile(r"\d+")
# Words that may join the capitalised words of one name: "University of Michigan", "Procter & Gamble".
_JOINERS = frozenset((" ", " of ", " of the ", " & ", " for ", " de ", " van ", " von ", " da ", " di ", " la "))

_MONTHS = MONTHS | MONTH_ABBREVIATIONS | {"may"}
_WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun")
_DATES = _MONTHS | _WEEKDAYS

# Capitalised words that are not facts: pronouns, sign-off and greeting words, title-case subject
# words, honorifics, common acronyms, and tools every letter may name.
_COMMON = wordset(
    """
    i i'm i'd i've i'll me my we our us you your he she they it its a an the and or but so if as at by for
    from in into of on to with without about after before over under up this that these those there here
    regarding concerning following including per via toward towards within between among amongst upon across
    alumnus alumna alumni alum alumnae fellow
    xs xl xxl xxxl
    dear hi hello hey greetings good morning afternoon evening best regards kind kindest warm warmest
    respected esteemed honoured honored honourable honorable revered
    sincerely yours truly thanks thank many cheers respectfully cordially gratefully warmly all wishes
    take care looking forward again soon talk speak
    muchas gracias grazie mille merci beaucoup danke obrigado obrigada salamat asante shukran hola ciao oi
    olá ola beijos abrazo abraço saludos namaste kumusta jambo merhaba shalom
    inshallah insha'allah mashallah alhamdulillah habari yalla salaam salam assalam assalamu alaikum alaykum sana
    subject re fwd fw ps p.s note insert
    mr mrs ms mx dr prof professor sir madam miss ma'am maam po
    a-level a-levels gcse gcses
    ever never forever always ages best worst most least very really totally absolutely
    god lord bless blessings
    informational interview interviews request requesting question questions advice career careers chat
    coffee call meeting meet conversation follow following followup up introduction introducing intro
    connect connecting connection reconnect reconnecting keeping keep touch catching catch update updates
    quick brief short time minutes your our my great lovely wonderful nice pleasure thank-you grateful
    appreciation appreciate hoping hope seeking seek learning learn exploring explore inquiry inquiries
    opportunity opportunities path paths transition transitioning next steps step referral referred
    recommendation recommended suggestion suggested insights insight perspective perspectives guidance
    mentor mentorship networking network introduction request hello new role roles field industry
    team teams work working experience today yesterday tomorrow week weekend month year
    linkedin zoom skype slack teams email e-mail phone gmail outlook calendar calendly meet
    ai ml ux ui hr qa ppe gif ceo cto cfo coo cmo vp svp evp mba phd ph.d ba bs bsc msc ma ms md jd cv q&a faq api pdf
    url usb cd cds dvd dvds
    usa us uk eu nyc sf dc la pm am ok okay fyi rsvp llc inc ltd co corp asap eod cob r&d okr okrs kpi kpis roi nb
    ngo ngos
    eq epr eprs ehr ehrs emr cpd gdpr sop sops hvac iot vr ar saas b2b ecg icu
    gp gps
    x-ray x-rays junior senior
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    english bar hiring manager managers recruiter recruiters recruiting committee whom concern colleague colleagues
    friend
    friends everyone
    partner partners director directors lead leads engineer engineers associate associates specialist
    specialists analyst analysts consultant consultants coordinator coordinators officer officers designer
    designers developer developers scientist scientists researcher researchers strategist strategists
    yes no not please sorry
    would could should can will shall might must since also any let let's what when whenever where which
    who whom whose why how while whether although though because however therefore moreover furthermore
    additionally perhaps hopefully certainly definitely recently currently just both each every either
    neither other another such much more most some few several none nothing everything something anything
    once until unless during whatever wherever otherwise meanwhile congratulations welcome
    """
) | HONORIFICS
# ``_COMMON`` as a capitalised word is written ("Would", "I'm", "THANKS"): a set difference in C clears
# most of a letter's capitalised tokens before any per-token work. Dates are left out: they are facts.
# A department named on its own is no invented organisation ("how Engineering and site teams share that
# knowledge"); in a longer name it is a part like any other ("Harlow Engineering").
_DEPARTMENTS = wordset(
    "engineering marketing finance sales operations legal procurement compliance accounting design product research "
    "communications strategy policy partnerships analytics"
)
_COMMON_CAPS = frozenset(written for w in _COMMON - _DATES for written in (w.capitalize(), w.upper(), w.title()))
# Units after which a number word is a claim ("five years", "twenty minutes").
_UNITS = wordset(
    """minute minutes hour hours year years month months week weeks day days percent people employees
    seasons terms semesters decades fortnights
    clients customers students projects countries companies engineers members colleagues reports papers
    articles courses books times languages teams startups cities offices products patents analysts
    designers developers managers nurses teachers researchers scientists positions roles openings hires
    jobs interns candidates applicants volunteers partners locations sites branches stores schools
    hospitals clinics awards grants studies publications deals investments funds stages steps rounds phases
    sessions modules cohorts participants attendees
    hectares acres miles kilometres kilometers metres meters tonnes tons litres liters kilos kilograms"""
)
_TIME_UNITS = wordset(
    "minute minutes hour hours year years month months week weeks day days seasons terms semesters decades fortnights"
)
_THE = ("the ", "these ", "those ")
_COMPANY_END = lazy_compile(r"\b(?:Co|Inc|Ltd|Corp|LLC|plc|PLC|Bros|GmbH|LLP)\.[ \t]+$")
# A season as a date ("this spring", "in the fall"): lower case, so the capitalised-word pass misses it.
_GROUP_OF = tuple(
    f"{group} of " for group in ("team", "group", "staff", "cohort", "class", "crew", "workforce", "department", "unit")
)
_SEASONS = wordset("spring summer autumn fall winter")
# What "a hundred" or "a thousand" counts in a figure of speech ("a hundred times", "a thousand questions").
_HYPERBOLE = wordset("times ways things questions reasons ideas")
# Festivals and public holidays, folded as ``_folded`` folds a run of words ("New Year's Eve" -> "new year eve").
_FESTIVALS = wordset(
    """christmas xmas easter thanksgiving halloween hanukkah chanukah diwali eid ramadan passover hogmanay lent
    advent whitsun holi navratri kwanzaa pentecost michaelmas"""
) | frozenset(
    (
        "christmas eve", "christmas day", "easter sunday", "easter monday", "good friday", "boxing day",
        "black friday", "cyber monday", "new year", "new year eve", "new year day", "lunar new year",
        "chinese new year", "bank holiday", "mother day", "father day", "valentine day", "labor day", "labour day",
        "memorial day", "independence day", "st patrick day", "burns night", "bonfire night", "eid al-fitr",
        "eid al-adha", "rosh hashanah", "yom kippur",
    )
)
# A time word before a festival: "over Christmas", "by Easter", "this Thanksgiving", "in time for Diwali".
_TIME_BEFORE = lazy_compile(
    r"\b(?:at|over|before|after|by|until|till|since|this|last|next|for|around|during|of|ahead of|in time for|on)"
    r" (?:the )?$"
)


def _after_article(low: str, start: int) -> bool:
    """Whether the word at ``start`` follows "a " or "an "."""
    return low.endswith((" a ", " an ", "\na ", "\nan "), 0, start) or low[:start] in ("a ", "an ")


def _festival(text: str, tokens: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a festival's name among a run of capitalised words, if the run holds one."""
    words = [_folded(text[s:e])[0] for s, e in tokens]
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            if " ".join(words[i : i + size]) in _FESTIVALS:
                return tokens[i][0], tokens[i + size - 1][1]
    return None

_FREQUENCY = lazy_compile(r"\b(twice|thrice) (?:a|per|each|every) (?:day|week|month|year|term|quarter)\b")
_SEASON = lazy_compile(
    r"\b(?:(?:this|next|last|in|by|over|during|coming|early|late|before|after|until|till|since|ahead of)(?: the)?"
    r"(?: early| late| coming)? "
    # A season naming when something happens: "the spring intake usually includes people like me".
    r"|the (?=(?:spring|summer|autumn|fall|winter) (?:intake|term|semester|cohort|round|recruitment|exhibition"
    r"|conference|edition|issue|placement|internship)s?\b))"
    r"(spring|summer|autumn|fall|winter)\b"
)
_SEASON_WORD = lazy_compile(r"\b(?:spring|summer|autumn|fall|winter)\b")


def _seasons_contrasted(low: str, m: re.Match[str]) -> bool:
    """Whether the season is one of two set side by side, the way the work changes through the year ("planting that
    copes with drought in summer and flooding in winter", mb): no date."""
    start, end = max(0, m.start() - 60), min(len(low), m.end() + 60)
    return any(other.group() != m.group(1) for other in _SEASON_WORD.finditer(low, start, end))


# The writer as the subject of the clause: "I plan to apply this spring" dates the writer's own plan,
# which is theirs to state; "Alder Capital is hiring this spring" is a claim about somebody else.
_WRITER = lazy_compile(r"\b(?:i|i'm|i'll|i've|i'd|my|we|we're|we'll|our)\b")


def _writers_own(low: str, at: int) -> bool:
    """Whether the clause that holds offset ``at`` speaks of the writer (looked for up to 120 characters
    back, to the start of its clause: a sentence end, a comma or a "that")."""
    lo = max(0, at - 120)
    start = max(low.rfind(c, lo, at) for c in ".!?;,\n")
    that = low.rfind(" that ", lo, at)  # "I noticed that Alder Capital is hiring this spring"
    return _WRITER.search(low, max(start + 1, that + 5, lo), at) is not None


_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "dozen": 12, "half": 30, "first": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# Number words that are claims only before a unit; "one" and "first" are too common to count alone.
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CLAIM_NUMBERS = frozenset(
    (*_TENS, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "hundred",
     "thousand", "dozen", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
)  # fmt: skip
# What follows a number word: an optional unit digit ("twenty-five") and the next word. Anchored.
_AFTER_NUMBER = lazy_compile(r"(?:[- ](?P<ones>one|two|three|four|five|six|seven|eight|nine)\b)?[- ](?P<unit>[a-z]+)")
_SPLIT_HYPHENS = str.maketrans("-", " ")

# Placeholder words: the ``placeholder`` rule reports them.
_SLOT_WORDS = frozenset(
    ("TBD", "TBA", "TBC", "TK", "XXX", "XX", "XXXX", "DD", "MM", "YYYY", "YY", "HH", "TBDs", "NN", "NNN")
)
_LABEL_WORDS = frozenset(LABEL_WORDS)



class _Vocab(frozenset[str]):
    """The request's words (see ``_text_vocabulary``) with the lower-cased text they came from, so that
    the rarely needed initialisms are worked out only when a letter has an acronym to look up."""

    low: str

    def __new__(cls, words: Iterable[str], low: str) -> _Vocab:
        vocab = super().__new__(cls, words)
        vocab.low = low
        return vocab


_CACHE: dict[int, tuple[AnyRequest, _Vocab]] = {}


def _number_words(low: str, word: str) -> Iterable[tuple[int, int, int, str]]:
    """Each ``word`` (a number word) in ``low`` as (start, end, value, next word)."""
    pos = low.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not preceded_by_letter(low, pos) and not low[end : end + 1].isalpha():
            after = _AFTER_NUMBER.match(low, end)
            value = _NUMBER_WORDS[word]
            if after is not None:
                if after.group("ones") and word in _TENS:
                    value += _NUMBER_WORDS[after.group("ones")]
                    end = after.end("ones")
                yield pos, end, value, after.group("unit")
            else:
                yield pos, end, value, ""
        pos = low.find(word, pos + 1)


def _vocabulary(request: AnyRequest) -> _Vocab:
    """Every word and number of the request, lower-cased; numbers also as digits."""
    cached = _CACHE.get(id(request))
    if cached is not None and cached[0] is request:
        return cached[1]
    vocab = _text_vocabulary(request_text(request).lower().replace("’", "'"))
    if len(_CACHE) > 256:
        _CACHE.clear()
    _CACHE[id(request)] = (request, vocab)
    return vocab


@lru_cache(maxsize=256)
def _text_vocabulary(low: str) -> _Vocab:
    """``_vocabulary`` of the request's joined text (cached by it: a copy of a request hits too)."""
    ascii_text = low.isascii()
    # ASCII text: blanking and splitting finds the same runs as the regexes, several times faster.
    words = set(low.translate(_ALNUM_ONLY).split() if ascii_text else _PARTS.findall(low))
    for word in _CLAIM_NUMBERS.intersection(low.translate(_SPLIT_HYPHENS).split()):
        words.update(str(value) for _s, _e, value, _u in _number_words(low, word))
    # "20-minute" and "$5,000": compare numbers without separators.
    joined = low.replace(",", "")
    if _between_digits(joined, "-"):
        # The month of "2025-05-29" is May (its name is added below), not the number 5: "closes its accounts
        # in 5 working days" is no number of this request.
        joined = _ISO_DATE.sub(r"\1 \3", joined)
    digits = joined.translate(_DIGITS_ONLY).split() if ascii_text else _DIGITS.findall(joined)
    words.update(_canonical(d) for d in digits)
    for word in _NUMBER_WORDS.keys() & words:
        words.add(str(_NUMBER_WORDS[word]))
    if not ascii_text:
        # "Bronte-Hale" names Brontë-Hale: a dropped accent invents nothing.
        words.update([fold_accents(w) for w in words if not w.isascii()])
    if "-" in low or "/" in low or "." in low:
        words.update(_numeric_date_words(low))
    return _Vocab(words, low)


_SMALL_WORDS = frozenset(("of", "and", "for", "the", "&", "in", "on"))


@lru_cache(maxsize=64)
def _initialisms(low: str) -> frozenset[str]:
    """The initials of each run of two to five words of the request ("sdr" for "sales development
    representative", "clt" for "cross-laminated timber"): an acronym in the letter may stand for them. Accents
    are folded: "USP" for "University of São Paulo"."""
    return frozenset(run_initials(fold_accents(low), _SMALL_WORDS))


# Dates written in digits: "2025-03-14" (ISO), "14/03", "3/14/2025", "14.03.2025" (day and month in
# either order).
_ISO_DATE = lazy_compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH_DATE = lazy_compile(r"\b(\d{1,2})/(\d{1,2})(?:/(?:\d{2}|\d{4}))?\b|\b(\d{1,2})\.(\d{1,2})\.(?:\d{2}|\d{4})\b")
_MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec"),
)  # fmt: skip


def _between_digits(low: str, sep: str) -> bool:
    """Whether ``sep`` stands between two digits somewhere in ``low`` ("2025-03", "14/03", "14.03")."""
    i = low.find(sep)
    while i >= 0:
        if 0 < i < len(low) - 1 and low[i - 1].isdigit() and low[i + 1].isdigit():
            return True
        i = low.find(sep, i + 1)
    return False


def _numeric_date_words(low: str) -> set[str]:
    """The month (and, for a full date, weekday) names of the dates ``low`` writes in digits, so that
    "14 March" or "Friday the 14th" in the letter is the request's "2025-03-14", not an invented date."""
    out: set[str] = set()
    # Each pattern runs only where a separator stands between two digits: its leading ``\b`` makes the regex
    # engine try every position, and most letters hold no such date.
    iso = _between_digits(low, "-")
    slash = _between_digits(low, "/") or _between_digits(low, ".")
    for m in _ISO_DATE.finditer(low) if iso else ():
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12:
            out.update(_MONTH_NAMES[month - 1])
            import datetime  # here: most letters and requests write no date in digits

            try:
                weekday = datetime.date(year, month, day).strftime("%A").lower()
            except ValueError:
                continue
            out.update((weekday, weekday[:3]))
    for m in _SLASH_DATE.finditer(low) if slash else ():
        for part in m.groups():  # day/month or month/day: either may be the month
            if part is not None and 1 <= int(part) <= 12:
                out.update(_MONTH_NAMES[int(part) - 1])
    return out


_ALNUM_ONLY = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
_DIGITS_ONLY = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isdigit()})


@lru_cache(maxsize=4096)
def _folded(token: str) -> tuple[str, tuple[str, ...]]:
    """A token lower-cased without possessive or edge punctuation, and its alphanumeric parts."""
    low = fold_accents(token.lower().replace("’", "'"))
    if low.endswith("'s"):
        low = low[:-2]
    low = low.strip(".'-&")
    return low, tuple(_PARTS.findall(low))


def _names(request: AnyRequest) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Name words whose misspelling another rule reports, so this one stays quiet about it.

    Returns the referrer's (``referral`` flags a misspelt referrer anywhere), the reader's (``salutation``
    flags them in the greeting) and the sender's (``salutation`` flags them under the sign-off). A
    misspelling anywhere else, of the organisation for one, is reported here: nobody else would.
    """

    def words(*names: str | None) -> frozenset[str]:
        # (Three letters and up: "Ms Obie" for Grace Obi is the greeting's slip, ``salutation``'s to report.)
        parts = {w for n in names if n for w in _PARTS.findall(fold_accents(n.lower())) if len(w) >= 3}
        # A compound name whole as well: "Moreau-Blanc" is a slip of Moreau-Blanche, two letters in fourteen.
        parts.update(w for n in names if n for w in fold_accents(n.lower()).split() if "-" in w.strip("-"))
        return frozenset(parts)

    referrer = words(request.referrer.name) if request.referrer is not None else frozenset()
    reader = words(request.recipient.name, request.recipient.salutation)
    return referrer, reader, words(request.sender.name)


_NAME_PARTICLES = frozenset(("al", "el", "de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten",
                             "bin", "ibn", "abu", "ben", "dos", "das", "del", "st", "mac", "mc"))


# A country and its people or language are one fact: "Korea" for "Korean", "Kenyan" for "Kenya",
# "Japan" for "Japanese", "Pakistani" for "Pakistan", "Italian" for "Italy".
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "an", "n", "i")


def _demonym_known(low: str, vocab: _Vocab) -> bool:
    """Whether ``low`` is a country whose people the request names, or a people whose country it names."""
    if len(low) < 4:
        return False
    for ending in _DEMONYM_ENDINGS:
        # The country in the letter: "korea" + "n", "ital(y)" + "ian", "japan" + "ese", "pol(and)" + "ish",
        # "morocc(o)" + "an".
        if low + ending in vocab or (low[-1] in "aeyo" and low[:-1] + ending in vocab):
            return True
        if low.endswith("and") and low[:-3] + ending in vocab:
            return True
        # The people in the letter: "kenyan" - "n", "pakistani" - "i", "italian" - "ian" + "y", "polish" -
        # "ish" + "and", "moroccan" - "an" + "o".
        root = low[: -len(ending)]
        if low.endswith(ending) and len(root) >= 3 and any(root + e in vocab for e in ("", "a", "e", "y", "o", "and")):
            return True
    # "Germany" for "German" and the reverse.
    if (low[-1] == "y" and low[:-1] in vocab) or low + "y" in vocab:
        return True
    # The peoples no ending leads to: "British" for the request's "UK", "Dutch" for "the Netherlands".
    return any(other in vocab for other in _IRREGULAR_DEMONYMS.get(low, ()))


_IRREGULAR_DEMONYM_PAIRS = (
    ("british", "uk britain england scotland wales"),
    ("english", "england uk britain"),
    ("scottish", "scotland uk"),
    ("scots", "scotland"),
    ("welsh", "wales uk"),
    ("irish", "ireland"),
    ("american", "us usa america"),
    ("dutch", "netherlands holland"),
    ("french", "france"),
    ("swiss", "switzerland"),
    ("greek", "greece"),
    ("thai", "thailand"),
    ("filipino", "philippines"),
    ("emirati", "uae emirates"),
    ("danish", "denmark"),
    ("swedish", "sweden"),
    ("finnish", "finland"),
    ("norwegian", "norway"),
    ("portuguese", "portugal"),
    ("kiwi", "zealand"),
)


def _both_ways(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """The people in the letter for the country in the request, and the country for the people."""
    out: dict[str, tuple[str, ...]] = {}
    for people, countries in pairs:
        for country in countries.split():
            out[people] = (*out.get(people, ()), country)
            out[country] = (*out.get(country, ()), people)
    return out


_IRREGULAR_DEMONYMS = _both_ways(_IRREGULAR_DEMONYM_PAIRS)


def _known_word(token: str, vocab: _Vocab) -> bool:
    low, parts = _folded(token)
    if low in vocab:
        return True
    # "an old Paper Moon" for the request's band "The Paper Moons": a name's singular or plural.
    if len(low) > 3 and (low + "s" in vocab or (low.endswith("s") and low[:-1] in vocab)):
        return True
    # "an NDA" for the request's "automating NDAs" (es): a short acronym's singular.
    if len(token) >= 2 and token.isupper() and low + "s" in vocab:
        return True
    # "CVs", "PDFs": the plural of a common acronym, or of one the request gives ("GPs" for "a local GP").
    if len(token) > 2 and token[-1] == "s" and token[:-1].isupper() and (low[:-1] in _COMMON or low[:-1] in vocab):
        return True
    if low[:1].isalpha() and _demonym_known(low, vocab):
        return True
    # "AEs" and "SDR" for "account executive" and "sales development representative"; "H&S" for "health and safety";
    # "the PMCT's work" for the Pacific Marine Conservation Trust.
    bare = token[:-2] if token.endswith(("'s", "’s")) else token
    caps = (bare[:-1] if bare.endswith("s") else bare).replace("&", "")
    if 2 <= len(caps) <= 5 and caps.isalpha() and caps.isupper() and caps.lower() in _initialisms(vocab.low):
        return True
    if not low or low in _COMMON:
        return low not in _DATES
    # "crew chief on C-130s" for the request's "C-130 transport aircraft" (in16): a model number's plural.
    return all(
        p in vocab or (p in _COMMON and p not in _DATES) or (p[-1:] == "s" and p[:-1].isdigit() and p[:-1] in vocab)
        for p in parts
    )


def _excused(text: str, start: int, end: int, names: frozenset[str], beside: frozenset[str] = frozenset()) -> bool:
    """Items that are another rule's business: placeholders, shouting, misspelt names (see ``_names``).

    ``beside``: the referrer's name words when another word of the same name stands next to this
    one ("Katherine Mills" for Kathryn Mills); ``referral`` then allows one more edit, and so does
    this excuse.
    """
    token = text[start:end]
    # (Also "XX-minute", a count left open before its unit: jz11.)
    if token in _SLOT_WORDS or token.partition("-")[0] in _SLOT_WORDS or (len(token) > 4 and token.isupper()):
        return True
    # A template field: "$$DATE$$", "|Recipient_Title|" (the placeholder rule's business).
    if (start > 0 and text[start - 1] in "$%@|~") or "_" in token.strip("_"):
        return True
    if token in _LABEL_WORDS and text.startswith(" of ", end):
        return True  # "enrolled on Name of course": a template label, the placeholder rule's business
    if len(token.rstrip(".")) == 1:
        return True  # an initial ("Rachel T. Adeyemi"): no claim of its own
    # Inside an unfilled slot: "[Company]", "<Recipient's name>", "{{date}}".
    line_start = text.rfind("\n", 0, start) + 1
    for opening, closing in ("[]", "{}", "<>", "()", "«»"):
        inside = text.rfind(opening, line_start, start) > text.rfind(closing, line_start, start)
        if inside and (opening != "(" or text[start - 1] == "("):
            return True
    low = _folded(token)[0]
    # Three letters may be a slip too ("Jon" for John, which ``salutation`` reports as a misspelling).
    if len(low) < 3 or low in _DATES:
        return False
    # "Vandenburg" for Vandenberghe: a long name takes more slips before it is somebody else's.
    limit = 1 if len(low) <= 5 else 2 if len(low) <= 9 else 3
    if any(abs(len(w) - len(low)) <= limit and edit_distance(low, w, limit + 1) <= limit for w in names):
        return True
    parts = _folded(token)[1]
    if len(parts) > 1 and names:
        # "MacAllister-Reid" for McAllister-Reid: each part of a compound name is the name's or a
        # misspelling of it.
        def near(part: str) -> bool:
            edits = 1 if len(part) <= 5 else 2
            return part in names or any(
                abs(len(w) - len(part)) <= edits and edit_distance(part, w, 3) <= edits for w in names
            )

        # A one-letter part ("O'" of O'Neill, "d'" of d'Arcy) or a particle ("Al-" of Al-Rashid, "van") says
        # nothing either way.
        considered = [part for part in parts if len(part) > 1 and part not in _NAME_PARTICLES]
        if considered and all(near(part) for part in considered):
            return True
    for w in beside:
        # The same allowance as ``referral``'s: one edit more than alone, never for a short form.
        wider = (1 if len(w) <= 6 else 2) + 1
        if len(w) < 5 or w.startswith(low) or low.startswith(w) or abs(len(w) - len(low)) > wider:
            continue
        if 0 < edit_distance(low, w, wider + 1) <= wider:
            return True
    return False


def _names_at(
    text: str, names: tuple[frozenset[str], frozenset[str], frozenset[str]]
) -> Callable[[int], frozenset[str]]:
    """The names whose misspelling is excused at an offset (``names`` from ``_names``): the reader's in
    the greeting, the sender's in the signature, the referrer's anywhere."""
    referrer, reader, sender = names
    f = form(text)
    greeting = f.greeting or (-1, -1)
    signature = f.signature or (-1, -1)
    in_greeting = referrer | reader
    in_signature = referrer | sender

    def at(offset: int) -> frozenset[str]:
        if greeting[0] <= offset < greeting[1]:
            return in_greeting
        if signature[0] <= offset < signature[1]:
            return in_signature
        return referrer

    return at


def _quick_known(token: str, vocab: _Vocab) -> bool:
    """True when a raw ``_ITEM`` token is surely known (the detailed pass decides the rest)."""
    if token[0].isdigit():
        n = _NUMBER_TOKEN.match(token)
        return _known_number(n.group() if n else token, vocab)
    return _known_word(token.rstrip(".,:/%'’-&"), vocab)


def _list_marker(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a numbered list line ("1. ", "2) ")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    end = start
    while end < len(text) and end - start < 3 and text[end].isdigit():
        end += 1
    return text[end : end + 2] in (". ", ") ", ".\t", ")\t")


def _canonical(digits: str) -> str:
    """A digit string without leading zeros ("05" -> "5"); no int() so huge runs cost nothing."""
    return digits.lstrip("0") or "0"


def _known_number(token: str, vocab: _Vocab) -> bool:
    digits = _DIGITS.findall(token.replace(",", ""))
    return all(_canonical(d) in vocab for d in digits if d.strip("0")) or _known_date(token, vocab)


_DIGIT_DATE = lazy_compile(r"(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?")


def _known_date(token: str, vocab: _Vocab) -> bool:
    """Whether ``token`` is a date in digits ("14/03", "3/14/2025") of a day and month the request names
    in words ("Friday 14 March 2025"): the month's number is no number of the request's."""
    m = _DIGIT_DATE.fullmatch(token)
    if m is None:
        return False
    a, _, b, year = m.groups()
    if year is not None and _canonical(year) not in vocab and "20" + year not in vocab:
        return False
    for day, month in ((a, b), (b, a)):  # day/month or month/day
        if 1 <= int(month) <= 12 and _canonical(day) in vocab and not vocab.isdisjoint(_MONTH_NAMES[int(month) - 1]):
            return True
    return False


# What may open a sentence before its first word: a list bullet or number ("- Preparing ...",
# "2) Training ..."), a postscript ("P.S. Congratulations ..."), an opening quote or bracket. The word
# after it is capitalised because of where it stands, like any sentence's first word. Anchored.
# Markdown emphasis or a heading mark glued to the word ("**Key takeaways:**", "## Next steps") too.
_LEAD = lazy_compile(
    r"(?:[-*•·–—>]+|\d{1,2}[.)]|[A-Za-z]\)|(?:[Pp]\.[ \t]?)+[Ss]\.?[:,]?|P{1,2}S:?)[ \t]+|[\"'“‘(]"
    r"|\*{1,2}[ \t]*|_{1,2}[ \t]*|#{1,6}[ \t]*"
)


_MARKED_SUBJECT = lazy_compile(r"[*_#> \t]*subject[*_ \t]*:[*_ \t]*", re.IGNORECASE)


# Pictographs (emoji, dingbats, hearts), then the space before the next word.
_AFTER_EMOJI = lazy_compile("[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*[ \t]+")


def _sentence_starts(text: str, doc_sentences: list[tuple[int, int]], body_start: int) -> set[int]:
    starts = {s for s, _ in doc_sentences}
    starts.add(0)
    if body_start:
        # The subject line is a title: its first word is capitalised anyway.
        sub = text.find(":", 0, body_start)
        if sub >= 0:
            first = len(text) - len(text[sub + 1 :].lstrip())
            starts.add(first)
    marked = _MARKED_SUBJECT.match(text)
    if marked is not None:
        starts.add(marked.end())  # "**Subject:** Staying in touch": a subject line in markdown, a title too
    # An emoji ends a sentence as a full stop does: "... at the shop where I work 🎉 Fixing bearings all day" (mj).
    if not text.isascii():
        starts.update(m.end() for m in _AFTER_EMOJI.finditer(text))
    for start in list(starts):
        pos = start
        for _ in range(3):  # "- “Quoted ...", "P.S. (Also ...": a few markers in a row at most
            lead = _LEAD.match(text, pos)
            if lead is None:
                break
            pos = lead.end()
            starts.add(pos)
    return starts


def _only_opening(text: str, tokens: list[str], starts: set[int]) -> bool:
    """True when each token (an ``_ITEM`` match) is a word that occurs only as a sentence's first word.

    The detailed pass drops a run's first token at a sentence start unless it is a date, and a token
    there always starts its run (sentence punctuation or a line break separates it from the last one).
    """
    for token in tokens:
        if token[0].isdigit() or _folded(token.rstrip(".,:/%'’-&"))[0] in _DATES:
            return False
        pos = text.find(token)
        while pos >= 0:
            if pos not in starts and not preceded_by_letter(text, pos):
                return False
            pos = text.find(token, pos + 1)
    return True


def _finding(text: str, start: int, end: int, what: str) -> Finding:
    item = text[start:end]
    return Finding(
        "grounding",
        "warning",
        f"The {what} '{item}' appears nowhere in the request and may be invented.",
        start,
        end,
        f"Remove '{item}' unless it is true, or add it to the request so the letter can use it.",
    )


def grounding(
    text: str, request: AnyRequest | None, kind: str | None, /, *, max_chars: int = 20_000
) -> Iterable[Finding]:
    """Warn about names, organisations, dates and numbers that the request does not contain.

    Args:
        text: The letter.
        request: The request; every string in it counts as known.
        kind: Unused.
        max_chars: Longer texts are not a letter (the ``length`` rule says so); they are skipped
            rather than listing thousands of items.

    Raises:
        Skip: No request was given, so nothing can be compared, or the text is over ``max_chars``.
    """
    if request is None:
        raise Skip("needs the request to compare names, dates and numbers against")
    if len(text) > max_chars:
        raise Skip(f"the text is longer than {max_chars} characters: not a letter")
    vocab = _vocabulary(request)
    doc = analyze(text)
    low = lower_text(doc)
    claims = [
        (start, end)
        for word in word_set(text) & _CLAIM_NUMBERS
        for start, end, value, unit in _number_words(low, word)
        # "five years", a count closing a phrase ("a cohort of twelve"), and the size of a group ("keeping your team
        # of thirty pulling in the same direction").
        if (unit in _UNITS or (not unit and low.endswith("of ", 0, start)) or low.endswith(_GROUP_OF, 0, start))
        and str(value) not in vocab
        # "what separates the two roles": the pair the letter has just named (dy), not a count it claims; "the two
        # years I spent in Lisbon" still dates something.
        and not (value == 2 and low.endswith(_THE, 0, start) and unit not in _TIME_UNITS)
        # "the names of one or two people in the field", "two or three questions": a rough number, no count (gd).
        and not (low.endswith(" or ", 0, start) or low.startswith(" or ", end))
        # "until it can be made the same way a hundred times": a figure of speech, no count (kc20).
        and not (value in (100, 1000) and unit in _HYPERBOLE and low.endswith("a ", 0, start))
    ]
    # "twice a week": a frequency the request never gives.
    if "twice" in low or "thrice" in low:
        claims += [(m.start(), m.end()) for m in _FREQUENCY.finditer(low) if m.group(1) not in vocab]
    if not word_set(text).isdisjoint(_SEASONS):
        claims += [
            (m.start(1), m.end(1))
            for m in _SEASON.finditer(low)
            if m.group(1) not in vocab and not _writers_own(low, m.start()) and not _seasons_contrasted(low, m)
        ]
    # Fast paths, most letters: every distinct capitalised word and number is known, or the unknown
    # ones only ever open a sentence ("Would", "Having"), where the detailed pass skips them too.
    unknown = [t for t in set(_ITEM.findall(text)) - _COMMON_CAPS if not _quick_known(t, vocab)]
    if not claims and not unknown:
        return []
    starts = _sentence_starts(text, doc.sentences, doc.body_start)
    if not claims and _only_opening(text, unknown, starts):
        return []
    names = _names(request)
    names_at = _names_at(text, names)
    referrer_words, reader_words = names[0], names[1]
    # The referrer's given name, when the request gives a surname too: the word after it in the letter is
    # their surname, right or wrong, and ``referral`` reports a wrong one ("Ewa Kowalski" for Ewa Kowalczyk).
    referrer_parts = request.referrer.name.split() if request.referrer is not None else []
    referrer_given = _folded(referrer_parts[0])[0] if len(referrer_parts) > 1 else None
    seen: set[str] = set()
    findings: list[Finding] = []

    def report(start: int, end: int, what: str) -> None:
        key = text[start:end].lower()
        if key not in seen:
            seen.add(key)
            findings.append(_finding(text, start, end, what))

    run: list[tuple[int, int]] = []

    @cache
    def raised() -> bool:
        # Whether two or more words of the letter are written in capitals to raise the voice (once per letter).
        return len({w.lower() for w in _CAPS_WORD.findall(text)} & SHOUT_WORDS) >= 2

    closing = form(text).signoff or (-1, -1)
    lowered = _Lowered(text)
    # The reader's name shortened in the greeting ("Hi Liz," for Elizabeth, "Dear J.P.," for Jean-Pierre) is
    # a short form of a name the request gives (``salutation`` judges whether it may be used), no new name.
    greeting = form(text).greeting or (-1, -1)
    reader_parts = [_folded(w)[0] for w in re.split(r"[\s-]+", request.recipient.name) if w]
    initials = "".join(w[:1] for w in reader_parts if w)
    # A person of the request by their initials ("grateful to M.O. for suggesting" for Margaret O'Connell): the
    # referral rule judges whether that names them.
    people = [p.name for p in (request.referrer, request.recipient, request.sender) if p is not None]
    person_initials = frozenset(
        "".join(w[:1] for w in re.split(r"[\s-]+", fold_accents(name.lower())) if w[:1].isalpha()) for name in people
    )

    # The given names of the request's people, for their shortened forms: "My old manager Pat Oduya" for Patricia Oduya,
    # "Dan Okafor" for Daniel (md).
    given_names = [
        _folded(p.name.split()[0])[0]
        for p in (request.referrer, request.recipient, request.sender)
        if p is not None and p.name.split()
    ]

    def _given_shortened(token: str) -> bool:
        low = _folded(token)[0]
        return len(low) >= 3 and any(len(name) > len(low) and name.startswith(low) for name in given_names)

    def _short_form(token: str) -> bool:
        low = _folded(token)[0].replace(".", "")
        return len(low) >= 2 and (low == initials[: len(low)] or any(low in w and low != w for w in reader_parts))

    def greeted(start: int) -> frozenset[str]:
        # In the greeting the reader's name takes one edit more, as the referrer's does beside their other
        # name: "Hi Katherine," for Kathryn is ``salutation``'s to report.
        return reader_words if greeting[0] <= start < greeting[1] else frozenset()

    def close_run() -> None:
        if not run:
            return
        tokens = list(run)
        run.clear()
        # Several words in capitals are shouting (the politeness rule's business), not a name.
        if sum(1 for s, e in tokens if e - s > 1 and text[s:e].isupper()) >= 2:
            return
        # So is a word in capitals that raises the voice ("I would LOVE the template", "I NEED a reply"), or any
        # short one in a letter that raises it twice or more ("it matters a LOT", beside "REALLY" and "THIS time").
        tokens = [
            (s, e)
            for s, e in tokens
            if not (
                e - s > 1
                and text[s:e].isupper()
                and (text[s:e].lower() in SHOUT_WORDS or (e - s <= 6 and raised()))
            )
        ]
        if not tokens:
            return
        # A weekday after "a" is no date: "a Saturday job", "on a Monday morning" (ic03).
        tokens = [(s, e) for s, e in tokens if not (_folded(text[s:e])[0] in _WEEKDAYS and _after_article(low, s))]
        if not tokens:
            return
        # A festival is no invented name: "the Christmas late-night shopping evenings" (ic03), "the Black Friday
        # rush". Named as a time ("over Christmas", "by Easter") it dates something, as a season does.
        festival = _festival(text, tokens)
        if festival is not None:
            fs, fe = festival
            if (
                not all(_folded(text[s:e])[0] in vocab for s, e in tokens if fs <= s < fe)
                and _TIME_BEFORE.search(low, max(0, fs - 16), fs) is not None
                and not _writers_own(low, fs)
            ):
                report(fs, fe, "date")
            tokens = [(s, e) for s, e in tokens if not fs <= s < fe]
            if not tokens:
                return
        # A name beside the referrer's other name ("Gwendolyn Ashwell" for Gwendolyn Ashdale) is judged
        # with the whole run, before a sentence-initial word is dropped below.
        whole = {_folded(text[s:e])[0] for s, e in tokens}
        beside = referrer_words if len(tokens) > 1 and not whole.isdisjoint(referrer_words) else frozenset()
        if len(tokens) == 2 and referrer_given is not None and _folded(text[slice(*tokens[0])])[0] == referrer_given:
            tokens = tokens[:1]  # the referrer's given name and a surname, right or wrong: ``referral``'s
        # After "Note:" or "P.S.:" a new sentence starts.
        before = text[max(0, tokens[0][0] - 3) : tokens[0][0]].rstrip()
        # After an opening quote a quoted sentence starts: 'you wrote, "Nobody warns you ..."'.
        # A company's "Co." or "Ltd." at the end of a sentence ends it too: "I hope all's well at Crumb & Co.
        # Interviewing you ...".
        # ("¿Te animas a un cafecito?": a Spanish question opens with its mark.)
        if tokens[0][0] in starts or before.endswith((":", '"', "“", "‘", "¿", "¡")) or _COMPANY_END.search(
            text, max(0, tokens[0][0] - 8), tokens[0][0]
        ):
            first = text[tokens[0][0] : tokens[0][1]].lower().rstrip(".,")
            # The first word of a sentence is capitalised because of where it stands; only a date
            # ("Tuesday works for me") says something there. "May I ask" is a verb, not a month. A person
            # who opens the sentence to do what a referrer does is named in full there: "Ingrid Nyberg, who
            # supervised my audit training, suggested that I write".
            named = len(tokens) >= 2 and _CREDITED.match(text, tokens[-1][1]) is not None
            if (first not in _DATES or first in ("may", "march")) and not named:
                tokens = tokens[1:]
        if len(tokens) == 1 and text[tokens[0][0] : tokens[0][1]].lower() in _DEPARTMENTS:
            return
        unknown = [
            (s, e)
            for s, e in tokens
            if not _known_word(text[s:e], vocab)
            and not _excused(text, s, e, names_at(s), beside or greeted(s))
            and not _title_word(text, s, e, lowered)
            and not (greeting[0] <= s < greeting[1] and _short_form(text[s:e]))
            and not _given_shortened(text[s:e])
            and not (_DOTTED.fullmatch(text, s, e) and text[s:e].replace(".", "").lower() in person_initials)
        ]
        if not unknown:
            return
        if len(unknown) == 1 and text[unknown[0][0] : unknown[0][1]].lower().strip(".,") in _DATES:
            s, e = unknown[0]
            report(s, e, "date")
            return
        s, e = unknown[0][0], unknown[-1][1]
        report(s, e, "name")

    prev_end = -1
    for m in _ITEM.finditer(text):
        s, e = m.start(), m.end()
        token = m.group()
        if token[0].isdigit():
            close_run()
            n = _NUMBER_TOKEN.match(token)
            e = s + (n.end() if n else len(token))
            # ("{{topic_2}}": a digit glued to a field name by "_" is part of it, the placeholder rule's business; pn.)
            if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "@/_"):
                continue
            if _list_marker(text, s):
                continue  # "1. I will write..." numbers a list item; it claims nothing
            if s > 0 and text[s - 1] == "[" and text.startswith("]", e) and e - s <= 3:
                continue  # a citation marker in a quoted passage ("... exist [1].") claims nothing
            if text.startswith("XX", e) or text.startswith("xx", e):
                continue  # a masked number ("07XXX XXXXXX"): the placeholder rule's slot
            while e > s and text[e - 1] in ".,:/-":
                e -= 1
            if not _known_number(text[s:e], vocab):
                report(s, e, "number")
            continue
        # A capitalised word ends at sentence punctuation: "Chen," "Chen." "Chen:".
        cut = len(token)
        for ch in ",:/%":
            i = token.find(ch)
            if 0 < i < cut:
                cut = i
        e = s + cut
        if s > 0 and text[s - 1].isalnum():
            continue
        if closing[0] <= s < closing[1]:
            # The closing phrase, in any language ("Mit freundlichen Grüßen,"), names nobody.
            close_run()
            continue
        while e > s and text[e - 1] in ".'’-&":
            e -= 1
        if run and text[prev_end:s] not in _JOINERS:
            close_run()
        run.append((s, e))
        prev_end = e
    close_run()

    for start, end in claims:
        report(start, end, "date" if text[start:end].lower() in _SEASONS else "number")
    findings.sort(key=lambda f: f.start)
    # A model's remark under the letter ("Word count: 142", "I kept it under 150 words as requested.") or its
    # label above it ("Draft 2 (more formal)") is ``meta``'s business and no claim.
    findings = [f for f in findings if not _on_note_line(text, f.start)]
    if findings:
        notes = notes_below_signature(text)
        findings = [f for f in findings if not any(s <= f.start < e for s, e in notes)]
    return findings


class _Lowered:
    """The stems of the words ``text`` writes in lower case (computed on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stems: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._stems is None:
            self._stems = frozenset(stem(w) for w in _LOWER_WORD.findall(self.text))
        return stem(word) in self._stems


_LOWER_WORD = lazy_compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")
_LINE_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


def _title_word(text: str, start: int, end: int, lowered: _Lowered) -> bool:
    """Whether the capital of ``text[start:end]`` is the line's style, not a name's: a resume heading
    ("Key Skills", the ``resume-dump`` rule's business), or a word of a line in title case ("Seeking Your
    Advice on a Move Into Regulatory Affairs") that the letter also writes in lower case ("moving")."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if le - ls > 120:
        return False  # a paragraph, not a heading or a subject line
    words = _LINE_WORD.findall(text, ls, le)
    if words and words[0].lower() == "subject":
        words = words[1:]
    word = text[start:end].lower().strip(".,:;")
    if len(words) <= 4 and (word in HEADINGS or " ".join(words).lower() in HEADINGS):
        return True
    long_words = [w for w in words if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() for w in long_words) and word in lowered


_CREDITED = lazy_compile(
    r",? (?:who|suggested|recommended|mentioned|told me|said|kindly|thought|encouraged|advised|urged|pointed me"
    r"|passed|gave me|put me|introduced)\b"
)
_CAPS_WORD = lazy_compile(r"\b[A-Z]{2,}\b")
_DOTTED = lazy_compile(r"[A-Z](?:\.[A-Z]){1,3}\.?")
_DRAFT_LABEL = lazy_compile(r"[ \t]*(?:draft|version|option|variant|take)[ \t]*#?\d+\b", re.IGNORECASE)


def _on_note_line(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return NOTE_LINE.match(text, line) is not None or _DRAFT_LABEL.match(text, line) is not None

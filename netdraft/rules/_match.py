"""Content-word matching for the rules that compare a letter with the request ("in substance").

A request phrase (a purpose, an ask, a meeting topic) is *mentioned* in a stretch of the letter
when a sufficient share of its content words appear there, where two words match when they share
a stem, a synonym group of the networking domain, or (long words) an 8-letter stem prefix
(``resilience`` / ``resilient``). Numbers and number words are the same token (``twenty`` = ``20``).

Everything is precomputed once and cached: the letter's index (which sentence holds which match
key, as one bitmask per key) is cached by text, a phrase's keys by phrase. Scoring a phrase is then
a handful of dictionary lookups and integer operations per content word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import Span, analyze, edit_distance

__all__ = [
    "Index",
    "Match",
    "Phrase",
    "best_window",
    "beyond_own",
    "content_tokens",
    "edit_distance",
    "find",
    "first_window",
    "index",
    "keyset",
    "mentions",
    "own_words",
    "phrase",
    "run_initials",
    "stem",
    "variants",
    "windows",
    "with_acronyms",
    "wordset",
]

# Words: letters (with an inner apostrophe) or digit runs; "20-minute" -> "20", "minute".
_WORD = lazy_compile(r"[a-z]+(?:['’][a-z]+)?|\d+")


# Function words and the courtesy filler every networking letter has: they carry no content.
def wordset(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` as a frozenset (for word tables)."""
    return frozenset(words.split())


STOP = _STOP = wordset(
    """
    a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
    itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
    ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll they're they've
    this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
    what's when when's where where's which while who who's whom why why's with won't would wouldn't you
    you'd you'll you're you've your yours yourself yourselves
    also just really still even much many well may might must shall will would like love hope hoping
    hoped happy glad please thank thanks thankful grateful appreciate appreciated kind kindly sincerely
    best regards dear hi hello warm warmly truly get gets got getting make makes made making take takes took
    taking taken give gives gave giving given let lets know knew want wanted wish wished perhaps maybe possible
    possibly able willing open
    next soon sometime whether though although however yet already ever every something anything
    someone anyone thing things way ways one us its lot lots bit quite rather especially particularly
    mr mrs ms mx dr prof ago actually genuinely simply exactly
    use uses used using
    """
)

# Irregular forms the suffix stripper cannot reach.
_IRREGULAR = {
    # "note" would stem to "not", a stop word, and vanish from every phrase: it keeps its own form.
    "note": "note",
    "notes": "note",
    "noted": "note",
    "noting": "note",
    "met": "meet",
    "sites": "site",
    # Latin plurals and genders: "like you, I am an alumnus of ..." for "both are alumni of ...".
    "alumni": "alumnus",
    "alumna": "alumnus",
    "alumnae": "alumnus",
    "alum": "alumnus",
    "alums": "alumnus",
    # "-sion" nouns whose verb ends in "-de" ("decide"), which no suffix rule can reach.
    "decision": "decide",
    "decisions": "decide",
    "taught": "teach",
    "spoke": "speak",
    "spoken": "speak",
    "went": "go",
    "goes": "go",
    "going": "go",
    "gone": "go",
    "wrote": "write",
    "written": "write",
    "sent": "send",
    "led": "lead",
    "ran": "run",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "thought": "think",
    "told": "tell",
    "said": "say",
    "saw": "see",
    "seen": "see",
    "heard": "hear",
    "felt": "feel",
    "found": "find",
    "built": "build",
    "grew": "grow",
    "grown": "grow",
    "won": "win",
    "chose": "choose",
    "chosen": "choose",
    "left": "leave",
    "became": "become",
    # "It's strange not sitting next to you on the QA team" for "they sat together on the QA team".
    "sat": "sit",
    "stood": "stand",
    "held": "hold",
    "kept": "keep",
    "knew": "know",
    "known": "know",
    "took": "take",
    "taken": "take",
    "shown": "show",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "spent": "spend",
    "understood": "understand",
    "drove": "drive",
    "driven": "drive",
    "caught": "catch",
    "flew": "fly",
    "flown": "fly",
    "wore": "wear",
    "worn": "wear",
    "threw": "throw",
    "thrown": "throw",
    "meant": "mean",
    "lost": "lose",
    "cv": "resume",
    "cvs": "resume",
    "résumé": "resume",
    "mins": "minute",
    "min": "minute",
    "hrs": "hour",
    "hr": "hour",
    "ux": "ux",
    "ui": "ui",
    "analyses": "analysis",
    "owners": "owner",
}

# Words whose "-er"/"-s" ending is part of the word, not a suffix.
# ("site" would stem to "sit": "a wind farm site visit" is not met by "years of work sit behind each turbine";
# "I was touched that you gave me so long" is no "put in touch".)
_KEEP = wordset(
    """
    career answer number over under after other offer order summer winter letter chapter paper member
    water matter never ever either neither whether together computer user ux ui ascm news series
    process business access address analysis basis thesis bus plus campus focus status corps always
    perhaps various previous famous serious gas yes less unless bonus family assembly anomaly early
    monopoly italy july only owner note candidate
    site touched
    """
)

_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fortyfive": "45",
    "fifty": "50",
    "sixty": "60",
    "ninety": "90",
    "half": "30",
    "quarter": "15",
    "couple": "2",
    "both": "2",
    "dozen": "12",
}

# (suffix, replacement), longest first; applied at most twice ("engineering" -> "engineer" -> "engine").
_SUFFIXES = (
    ("ships", ""),  # "clerkship" is a clerk's post, "apprenticeship" an apprentice's
    ("ship", ""),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("nesses", ""),
    ("ness", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
)
_DOUBLES = frozenset("bdfgkmnprtvz")
# Words that end in "-at" without being "-ate" verbs.
_EAT = wordset(
    "treat repeat defeat cheat heat beat seat retreat threat sweat great neat meat feat float bloat gloat coat"
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light, deterministic stem: ``teaching``/``teacher``/``teaches`` -> ``teach``.

    Not a linguistic stemmer: it only has to map the forms of one word to the same key, and two
    unrelated common words to different keys, often enough for phrase matching.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in _NUMBERS:
        return _NUMBERS[w]
    w = _IRREGULAR.get(w, w)
    if w in _KEEP or w.isdigit():
        return w
    whole = w
    for _ in range(2):
        for suffix, repl in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                if suffix[:4] == "ship" and len(w) - len(suffix) < 4:
                    continue  # "worship" is no "wor"
                if suffix in ("s", "es") and w.endswith(("ss", "us", "is")):
                    continue
                if suffix == "es" and not w.endswith(("ches", "shes", "xes", "sses", "zes")):
                    continue  # "roles" -> "role" via "s", not "rol"
                if suffix == "ly" and w[-3] in "pl":
                    continue  # "supply", "apply", "reply", "family"-like words keep their ending
                w = w[: len(w) - len(suffix)] + repl
                if w[-1] in _DOUBLES and w[-1] == w[-2]:
                    w = w[:-1]  # "planning" -> "plann" -> "plan"
                break
        else:
            break
        if w in _KEEP:
            return w
    # An "-ate" verb and its "-ation" noun (whose suffix the table strips) share a stem: "graduate",
    # "graduated", "graduating" -> "gradu", as "graduation". Not the "-eat" words ("treated").
    if w.endswith("ate") or (w.endswith("at") and whole.startswith(("ed", "ing", "es"), len(w))):
        root = w[: -3 if w[-1] == "e" else -2]
        if len(root) >= 3 and w.rstrip("e") not in _EAT:
            return root
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    # British and American spellings of one verb: "enrol"/"enrolled", "travel"/"travelled", "fulfil"/"fulfill"
    # (not the short words, "call", "tell", "fill", whose single-l forms are no words).
    if len(w) > 4 and w.endswith("ll"):
        w = w[:-1]
    return w


# Synonym groups of the networking domain. A word may sit in several groups ("chat" is both a
# call and a meeting; "talk" is also a conference talk). Entries are stemmed at import.
_GROUPS: dict[str, str] = {
    # "discuss" is left out: "as we discussed" is no phone call.
    "call": "call phone telephone ring dial zoom video chat conversation talk speak connect",
    "meet": "meet meeting coffee lunch breakfast tea visit chat conversation catch sit",
    # "come to the open day" is a visit to it.
    "visit": "visit attend come tour",
    "learn": "learn hear understand understanding insight advice advise guidance perspective tip tips "
    "suggestion input view wisdom lesson counsel thought opinion recommend recommendation pointer "
    "explore ask question",
    "move": "move transition switch pivot jump change shift leap break enter entry path journey route "
    "transfer cross crossover",
    # "how UX research differs from market research" is "how you see the difference" (ip05).
    "differ": "differ differs differed difference differences",
    "job": "job role position opening opportunity vacancy post spot employment posting",
    "teach": "teach teacher teaching classroom educator school education instructor lesson student",
    # "her former lecturer" is one who taught her (gp33); not in "teach", whose "school" is no lecture.
    "lecturer": "lecturer teach",
    # "your suggestion of an industry event" for "Victor to suggest a relevant industry event" (gr28); a group, not a
    # stem, so that the verb does not join "learn" with the noun ("suggest a coffee" is no "hear").
    "suggest": "suggest suggestion",
    "resume": "resume cv curriculum",
    "minute": "minute min",
    "short": "short brief quick few little",
    "introduce": "introduce introduction intro connect connection refer referral touch",
    "send": "send share forward email attach enclose enclosed pass provide submit deliver mail copy",
    "photo": "photo photograph picture pic snapshot snap image",
    # "send details of accredited diplomas" is "dig out the information on accredited diplomas".
    "detail": "detail details information info particulars specifics",
    "review": "review feedback critique comment read glance assess evaluate evaluation judge",
    # "to watch the work" for "to see the work" (lv); "an archivist" is one who works in archives (lu).
    "watch": "watch see",
    "archive": "archive archives archivist archival",
    "simulation": "simulation simulator sim",
    "colleague": "colleague coworker peer teammate contact acquaintance",
    "company": "company firm organization organisation employer business agency",
    # The reader's unit in a university or a firm: "your department's work" is "the questions your group is pursuing".
    "unit": "group department unit division",
    "present": "talk session presentation keynote panel lecture seminar webinar speech workshop address present",
    "event": "conference summit meetup event convention forum symposium expo gathering hackathon hackday fair "
    "festival exhibition showcase roundtable congress",
    "article": "article post blog piece essay newsletter paper column oped editorial commentary",
    # Heard, not read: a podcast is no article ("your podcast interview" does not name "his article").
    "podcast": "podcast episode radio broadcast",
    "email": "email mail note message line write inbox",
    "follow": "follow check touch reach contact circle",
    "manage": "manager management manage lead leader leadership supervisor director head",
    "analytics": "analytics analysis analyst analyze analyse analytical",
    "data": "data dataset",
    "hire": "hire hiring recruit recruiter recruitment recruiting",
    "mentor": "mentor mentorship coach coaching guide",
    # "he was her thesis adviser" is "since I finished my thesis under your supervision".
    "supervise": "supervise supervisor supervision adviser advisor",
    "career": "career profession professional field industry sector",
    "health": "health healthcare medical clinical hospital clinic patient",
    "nurse": "nurse nursing",
    "finance": "finance financial banking bank investment",
    # "before he starts fundraising" is "I'm gearing up to raise a pre-seed round".
    "fundraise": "fundraise fundraising fundraiser raise raising",
    "nonprofit": "nonprofit charity ngo philanthropy philanthropic",
    "law": "law legal attorney lawyer",
    "university": "university college campus alma alumni alumnus alumna alum graduate",
    "ux": "ux user usability",
    "design": "design designer",
    "portfolio": "portfolio sample",
    "start": "start begin launch",
    "finish": "finish complete completion wrap conclude",
    "help": "help assist support",
    "skill": "skill competency ability capability qualification",
    "plan": "plan intend aim",
    "week": "week weekly fortnight fortnightly",
    "month": "month monthly",
    "day": "day daily",
    "year": "year annual yearly",
    "hour": "hour",
    "today": "today tonight",
    "tomorrow": "tomorrow",
    "invite": "invite invitation",
    # "let him know which programme she chooses" is "once I have made my final decision about which programme".
    "choose": "choose choice decide decision select selection",
    "book": "book reading",
    "monday": "monday mon",
    "tuesday": "tuesday tue tues",
    "wednesday": "wednesday wed",
    "thursday": "thursday thu thur thurs",
    "friday": "friday fri",
    "saturday": "saturday",
    "sunday": "sunday",
    "january": "january jan",
    "february": "february feb",
    "march": "march",
    "april": "april apr",
    "june": "june",
    "july": "july",
    "august": "august aug",
    "september": "september sept sep",
    "october": "october oct",
    "november": "november nov",
    "december": "december dec",
}

WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
MONTHS = wordset("january february march april june july august september october november december")
# Written short ("3 Jun", "Sept 2024"); "may" is in neither set: it is a modal verb more often than a month.
MONTH_ABBREVIATIONS = wordset("jan feb mar apr jun jul aug sep sept oct nov dec")

_WEEKDAY_KEYS = frozenset("#" + d for d in WEEKDAYS)
_MONTH_KEYS = frozenset("#" + m for m in MONTHS)

# Words that carry little of a phrase's meaning: they count half ("a 20-minute call" is mostly "call").
_SOFT_GROUPS = frozenset(("minute", "short", "hour", "learn", "career", "week", "day", "help"))


def _build_groups() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {"talk:n": {"#present", "talk"}}
    for group, words in _GROUPS.items():
        for word in words.split():
            table.setdefault(stem(word), set()).add("#" + group)
    return {key: frozenset(value) for key, value in table.items()}


_GROUP_OF: dict[str, frozenset[str]] = _build_groups()
_EMPTY: frozenset[str] = frozenset()


_KEYS_OF: dict[str, frozenset[str]] = {}


def keys_of(word_stem: str) -> frozenset[str]:
    """Every match key of a stem: itself, its synonym groups, its 8-letter prefix."""
    found = _KEYS_OF.get(word_stem)
    if found is None:
        keys = {word_stem, *_GROUP_OF.get(word_stem, _EMPTY)} - {"talk:n"}
        if len(word_stem) >= 8:
            keys.add("~" + word_stem[:8])
        found = frozenset(keys)
        if len(_KEYS_OF) > 50_000:
            _KEYS_OF.clear()
        _KEYS_OF[word_stem] = found
    return found


_POSSESSIVES = frozenset(("your", "his", "her", "their"))
# "His talk at the summit", "your talk was clear": after a possessive, a talk is a presentation, not a
# call, in a request phrase and in a letter alike.
_NOUN_SENSE = {"talk": "talk:n", "talks": "talk:n"}
# Any-case words for scanning a letter without lower-casing it first (offsets stay exact).
_WORD_ANY = lazy_compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+")

# word -> its stem, or "" for a stop word (a plain dict: cheaper than lru_cache per token).
_STEM_OF: dict[str, str] = {}


def _stem_of(word: str) -> str:
    s = _STEM_OF.get(word)
    if s is None:
        s = "" if word in _STOP or (len(word) < 2 and not word.isdigit()) else stem(word)
        if s in _STOP:
            # A content word whose stem is a stop word ("evening" -> "even", "openings" -> "open",
            # "letters" -> "let") keeps its own form, plural folded, instead of vanishing.
            s = "" if word in _STOP else word[:-1] if word.endswith("s") and word[:-1] not in _STOP else word
        if len(_STEM_OF) > 50_000:  # bounded: adversarial input must not grow it forever
            _STEM_OF.clear()
        _STEM_OF[word] = s
    return s


# "op-ed" is one word (an opinion piece), not "op" and "ed"; "on-call" work is no phone call (nq: "the analyst rota and
# on-call work" is not recapped by "great to talk"). Joined with a space after, so offsets hold.
_COMPOUNDS = lazy_compile(r"\b(?:op[- ]ed|on-call)\b", re.IGNORECASE)


def _joined(m: re.Match[str]) -> str:
    return m.group().replace("-", "").replace(" ", "") + " "


def _join_compounds(text: str) -> str:
    # A substring test first: the pattern's leading ``\b`` makes the regex engine try every position.
    if "ed" not in text and "-call" not in text:
        return text
    low = text.lower()
    return _COMPOUNDS.sub(_joined, text) if "op-ed" in low or "op ed" in low or "on-call" in low else text


def content_tokens(text: str) -> list[tuple[str, int, int]]:
    """The content words of ``text`` as ``(stem, start, end)``: stop words dropped, stems taken."""
    text = _join_compounds(text)
    out = []
    prev = ""
    for m in _WORD_ANY.finditer(text):
        word = m.group().lower().replace("’", "'")
        before, prev = prev, word
        s = _stem_of(word)
        if s:
            if before in _POSSESSIVES and word in _NOUN_SENSE:
                s = _NOUN_SENSE[word]
            out.append((s, m.start(), m.end()))
    return out


# Where a phrase's object gets its modifier: "send her my write-up on battery supply chains", "his
# talk at the meetup on interviewing vulnerable users". A letter names the object by its head ("the
# write-up", "your talk at the meetup"), so callers weigh the modifier's words less.
# Only after a noun for a piece of work or an event: in "spoke on a panel" or "worked together on the
# project", what follows "on" is the connection itself, not a modifier.
_MODIFIER = lazy_compile(
    r"\b(?:talk|panel|presentation|lecture|seminar|webinar|workshop|keynote|article|post|paper|piece|essay"
    r"|episode|podcast|interview|report|write-?up|summary|notes|blog|thread|book|chapter|course|session"
    r"|briefing|memo|guide|video|draft|proposal|plan|study|analysis|review|newsletter|column|op-ed"
    r"|dissertation|thesis|capstone|manuscript|deck|slides|result|finding|photo|picture)s?"
    r"(?: [a-z'-]+){0,6}? (?:on|about|regarding|covering|from)\b"
    # "send her the link to the interiors section": a link is named by itself ("I will send you the link").
    r"|\blinks? (?:to|for)\b"
)


@lru_cache(maxsize=256)
def modifier_words(text: str) -> frozenset[str]:
    """Stems of the words in the modifier of the object of ``text``: after "on", "about", "regarding",
    "covering" or "from" following a noun for a piece of work or an event ("my write-up on battery supply
    chains", "his talk at the meetup on interviewing vulnerable users"), or after "link to". Empty when
    there is none."""
    m = _MODIFIER.search(text.lower())
    if m is None:
        return frozenset()
    return frozenset(st for st, s, _ in content_tokens(text) if s >= m.end())


@lru_cache(maxsize=256)
def keyset(text: str) -> frozenset[str]:
    """Every match key of every content word of a short text (a list item, a sentence)."""
    out: set[str] = set()
    for s, _, _ in content_tokens(text):
        out |= keys_of(s)
    return frozenset(out)


class Index:
    """A letter's sentences, their words and, for every match key, the bitmask of sentences holding it.

    Attributes:
        spans: The body's sentence spans (from ``analyze``).
        words: For each sentence, its lower-case words (stop words included, ``’`` as ``'``):
            rules test these sets before running a regex on the sentence.
        lower: The whole text lower-cased with ``’`` as ``'``, at the same offsets as the text, or
            ``None`` when lower-casing changes the length (rare non-ASCII letters): see ``sentence``.
    """

    __slots__ = ("_masks", "lower", "spans", "text", "words")

    def __init__(
        self, text: str, spans: tuple[tuple[int, int], ...], words: tuple[frozenset[str], ...], lower: str | None
    ):
        self.text = text
        self.spans = spans
        self.words = words
        self.lower = lower
        self._masks: dict[str, int] | None = None

    def sentence(self, i: int) -> str:
        """Sentence ``i`` in lower case, ``’`` as ``'`` (a slice of ``lower`` when there is one)."""
        start, end = self.spans[i]
        if self.lower is not None:
            return self.lower[start:end]
        return self.text[start:end].lower().replace("’", "'")

    @property
    def masks(self) -> dict[str, int]:
        """Match key -> bitmask over ``spans`` (bit i set when sentence i holds the key).

        Built on first use: rules that only test words (job-ask, most keep-in-touch letters) never
        pay for the synonym expansion.
        """
        masks = self._masks
        if masks is None:
            masks = self._masks = self._build_masks()
        return masks

    def _build_masks(self) -> dict[str, int]:
        # First each word's sentences (one dict update per word and sentence), then each distinct
        # word's keys once: a word in ten sentences costs one expansion, not ten.
        # Stop words have no keys: each sentence drops them in one set operation. A word's first
        # sentence is set in C (``dict.fromkeys``); only words seen before take a Python step.
        you = 0
        of_word: dict[str, int] = {}
        seen: set[str] = set()
        vague_of: dict[str, int] = {}  # contact words used only in "stay connected"-like phrases
        for i, distinct in enumerate(self.words):
            bit = 1 << i
            if not distinct.isdisjoint(_YOU):
                you |= bit
            content = distinct - _STOP
            if "talk" in content or "talks" in content:
                content = _noun_senses(self.sentence(i), content)
            if (not distinct.isdisjoint(_KEEP_OR_WISH) and not distinct.isdisjoint(_CONTACT_WORDS)) or (
                not distinct.isdisjoint(_PRAISE_WORDS) and not distinct.isdisjoint(_SPEAK_WORDS)
            ):
                vague = _vague_words(self.sentence(i), distinct) & content
                for word in vague:
                    vague_of[word] = vague_of.get(word, 0) | bit
                if vague:
                    content = content - vague
            if seen.isdisjoint(content):
                of_word.update(dict.fromkeys(content, bit))
            else:
                for word in content & seen:
                    of_word[word] |= bit
                of_word.update(dict.fromkeys(content - seen, bit))
            seen |= content
        masks: dict[str, int] = {"#you": you} if you else {}
        get = masks.get
        table = _WORD_KEYS
        for word, m in of_word.items():
            keys = table.get(word)
            if keys is None:
                keys = _keys_of_word(word)
            for key in keys:
                masks[key] = get(key, 0) | m
        for word, m in vague_of.items():
            keys = table.get(word)
            if keys is None:
                keys = _keys_of_word(word)
            for key in keys:
                if key not in _CONTACT_GROUPS:
                    masks[key] = get(key, 0) | m
        return masks


_WORD_LOWER = lazy_compile(r"[a-z]+(?:'[a-z]+)?|\d+")
# word -> its match keys (empty for a stop word); a plain dict, bounded below.
_WORD_KEYS: dict[str, tuple[str, ...]] = {}


def _noun_senses(lower: str, content: frozenset[str]) -> frozenset[str]:
    """``content`` with "talk" as a noun where every use of it in the sentence follows a possessive
    ("your talk was the clearest picture") or a verb of giving ("give a short talk"), as ``content_tokens``
    reads a request: a presentation, not a call."""
    out = set(content)
    for word in ("talk", "talks"):
        if word in out:
            uses = _POSSESSED.findall(lower)
            total = len(re.findall(rf"\b{word}\b", lower))
            if total and sum(1 for u in uses if u == word) == total:
                out.discard(word)
                out.add(_NOUN_SENSE[word])
    return frozenset(out)


# So is a talk given: "would you be willing to come and give a short talk at one of our meetups?".
_POSSESSED = lazy_compile(
    r"\b(?:your|his|her|their|(?:give|giving|gave|given|deliver|delivering|delivered) (?:a|an|the)(?: [\w-]+)?)"
    r" (talks?)\b"
)


# Forms of "talk" that are only ever the verb: "talking it through with you" is no conference talk.
_VERB_ONLY = frozenset(("talking", "talked"))


def _keys_of_word(word: str) -> tuple[str, ...]:
    st = _stem_of(word)
    found = tuple(keys_of(st)) if st else ()
    if word in _VERB_ONLY:
        found = tuple(k for k in found if k != "#present")
    if len(_WORD_KEYS) > 50_000:  # adversarial input must not grow it without bound
        _WORD_KEYS.clear()
    _WORD_KEYS[word] = found
    return found


# "Stay connected", "keep in touch", "remain in contact": a wish to keep up the acquaintance, not a
# call, a meeting or an introduction. In such a phrase the contact word loses those senses.
# ... and "I'd love to connect if you're open to it" (lc): the networking wish, no call (not "to connect by phone").
_KEEP_OR_WISH = wordset("stay stays staying keep keeps keeping remain remains remaining love like glad happy keen")
_CONTACT_WORDS = wordset("connected connect touch contact")
_CONTACT_GROUPS = frozenset(("#call", "#meet", "#introduce"))
_KEEP_CONTACT = lazy_compile(
    r"\b(?:stay|keep|remain)(?:s|ing)?[ \t]+(?:(?:in|loosely|closely)[ \t]+)?(connected|connect|touch|contact)\b"
    r"|\b(?:love|like|glad|happy|keen) to (connect)\b(?![ \t]+(?:by|over|on|for|via|in|with you (?:by|over|on|for|via)"
    r"))"
)


# Sentences addressed to the reader carry the key ``#you`` (see ``referral``: "under you" is the
# reader's supervision, "your lessons" the reader's teaching).
_YOU = wordset("you your yours yourself you're you've you'd you'll")


# "Peter spoke very highly of the way you run the home": praise, not a conversation had or asked for.
_SPEAK_WORDS = wordset("speak speaks speaking spoke spoken talk talks talking talked")
_PRAISE_WORDS = wordset("highly well warmly fondly glowingly")
_SPOKE_OF = lazy_compile(
    r"\b(speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked) (?:so |very |really |most |extremely )?"
    r"(?:highly|well|warmly|fondly|glowingly) of\b"
)


def _vague_words(lower: str, distinct: frozenset[str]) -> frozenset[str]:
    """The contact words of a sentence used only in "stay connected"-like phrases, and the verbs of speech
    used only to praise ("spoke very highly of"), word tests first."""
    found: frozenset[str] = _EMPTY
    if not distinct.isdisjoint(_PRAISE_WORDS) and not distinct.isdisjoint(_SPEAK_WORDS):
        found = frozenset(m.group(1) for m in _SPOKE_OF.finditer(lower))
    if distinct.isdisjoint(_KEEP_OR_WISH) or distinct.isdisjoint(_CONTACT_WORDS):
        return frozenset(w for w in found if len(re.findall(rf"\b{w}\b", lower)) == 1)
    found |= frozenset(m.group(1) or m.group(2) for m in _KEEP_CONTACT.finditer(lower))
    # A word used elsewhere in the sentence in its full sense keeps it ("stay in touch and call").
    return frozenset(w for w in found if lower.count(w) == 1)


@lru_cache(maxsize=16)
def index(text: str) -> Index:
    """Index the letter's body (cached by text: every rule shares it).

    The text is lower-cased once; each sentence's distinct words are one regex ``findall`` over
    that copy. The synonym masks are built on first use (see ``Index.masks``).
    """
    spans = tuple(analyze(text).sentences)
    lowered = text.lower()
    lower: str | None = None  # None: offsets would shift, so lower-case sentence by sentence instead
    if len(lowered) == len(text):
        lower = lowered.replace("’", "'") if "’" in lowered else lowered
    if lower is not None:
        blanked = _join_compounds(lower).translate(_BLANK)  # same offsets: one character for one
        words = _word_sets([blanked[start:end] for start, end in spans])
    else:
        words = _word_sets(
            [_join_compounds(text[s:e].lower().replace("’", "'")).translate(_BLANK) for s, e in spans]
        )
    if ("here" in lowered or "find" in lowered or "included" in lowered) and _HANDED_OVER.search(
        lowered.replace("’", "'")
    ):
        words = _with_handed_over(text, spans, words)
    return Index(text, spans, words, lower)


# An acronym of the letter: three to five capitals, perhaps a plural ("SREs"). Two letters spell too many runs
# of a request's words ("PR" would stand for "product recall") to say which one they mean.
_ACRONYM = lazy_compile(r"\b[A-Z]{3,5}(?:s\b|\b)")
# Runs of letter words between punctuation: an acronym's words stand together.
# A run may hold commas: "GRC" for "governance, risk and compliance".
_WORD_RUNS = lazy_compile(r"[a-z][a-z' ,-]*[a-z]")
_SMALL = frozenset(("of", "and", "for", "the", "in", "on", "to", "a", "an"))


@lru_cache(maxsize=64)
def run_initials(text: str, small: frozenset[str] = _SMALL) -> dict[str, tuple[str, ...]]:
    """The initials of every run of two to five words of ``text`` (lower case), each with its words: "sre" ->
    ("site", "reliability", "engineering"), "hop" and "hp" for "head of procurement". A run is read as written,
    without its ``small`` words, and with each part of a hyphenated word as a word ("clt" for "cross-laminated
    timber")."""
    out: dict[str, tuple[str, ...]] = {}
    for run in _WORD_RUNS.findall(text):
        run = run.replace(",", " ")
        words = run.split()
        forms = [words, [w for w in words if w not in small]]
        if "-" in run:
            forms.append(run.replace("-", " ").split())
        for ws in forms:
            for i in range(len(ws)):
                for n in range(2, 6):
                    if i + n <= len(ws):
                        out.setdefault("".join(w[0] for w in ws[i : i + n]), tuple(ws[i : i + n]))
    return out


def with_acronyms(ix: Index, *sources: str | None) -> Index:
    """``ix`` with each acronym of the letter also standing for the words of ``sources`` whose initials it
    spells: "I'd love to hear how you moved into SRE" holds "site reliability engineering" when the request
    says so. The same index when the letter has no such acronym."""
    if not _has_acronym(ix.text):
        return ix
    texts = tuple(t for t in sources if t)
    return _with_acronyms(ix, texts) if texts else ix


@lru_cache(maxsize=16)
def _has_acronym(text: str) -> bool:
    # Cached by text: purpose, follow-up and referral all ask of the same letter.
    return _ACRONYM.search(text) is not None


@lru_cache(maxsize=16)
def _with_acronyms(ix: Index, sources: tuple[str, ...]) -> Index:
    tables = [run_initials(source.lower()) for source in sources]  # each cached by its text
    added: dict[str, int] = {}
    starts = [s for s, _ in ix.spans]
    for m in _ACRONYM.finditer(ix.text):
        token = m.group()
        bare = token[:-1] if token.endswith("s") and len(token) > 3 else token
        if any(bare in source for source in sources):
            continue  # the request writes the acronym itself: it means what it means there
        key = bare.lower()
        expansion = next((table[key] for table in tables if key in table), None)
        i = bisect_right(starts, m.start()) - 1
        if expansion is None or i < 0 or m.start() >= ix.spans[i][1]:
            continue
        for word in expansion:
            for k in _WORD_KEYS.get(word) or _keys_of_word(word):
                added[k] = added.get(k, 0) | 1 << i
    return with_keys(ix, added) if added else ix


def with_keys(ix: Index, added: Mapping[str, int]) -> Index:
    """``ix`` with each key of ``added`` also held by the sentences its bit mask names."""
    out = Index(ix.text, ix.spans, ix.words, ix.lower)
    masks = dict(ix.masks)
    for k, bits in added.items():
        masks[k] = masks.get(k, 0) | bits
    out._masks = masks
    return out


def said_as(ix: Index, pattern: re.Pattern[str], word: str) -> Index:
    """``ix`` with each sentence that ``pattern`` finds holding the keys of ``word``, as if it said it (the same
    index when no sentence does): "stop by the centre" says "visit"."""
    bits = 0
    for i in range(len(ix.spans)):
        if pattern.search(ix.sentence(i)) is not None:
            bits |= 1 << i
    if not bits:
        return ix
    return with_keys(ix, dict.fromkeys(phrase(word).words[0][1], bits))


# "Here is my resume", "please find my portfolio below": handing something over is sending it, so
# those sentences also hold the word "send" (an action item "send Gordon her resume" is met).
_HANDED_OVER = lazy_compile(r"\b(?:here(?: is|'s| are)|please find|i(?:'ve| have) included)\b")


def _with_handed_over(
    text: str, spans: tuple[Span, ...], words: tuple[frozenset[str], ...]
) -> tuple[frozenset[str], ...]:
    out = list(words)
    for i, (s, e) in enumerate(spans):
        if _HANDED_OVER.search(text[s:e].lower().replace("’", "'")):
            out[i] = words[i] | {"send"}
    return tuple(out)


# Every ASCII character that cannot be part of a ``_WORD_LOWER`` word, as a blank: splitting the
# blanked text yields the words, except tokens holding an apostrophe, digits next to letters or
# non-ASCII characters, which ``_word_sets`` re-reads with the regex (a handful per letter).
_BLANK = str.maketrans({c: " " for c in map(chr, range(128)) if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "'")})


def _word_sets(chunks: list[str]) -> tuple[frozenset[str], ...]:
    """Each blanked sentence's distinct ``_WORD_LOWER`` words (as ``findall`` on the sentence)."""
    sets = [frozenset(chunk.split()) for chunk in chunks]
    # Tokens already known to be words as they stand are set aside in C; the rest are checked once.
    rest = frozenset().union(*sets) - _PLAIN
    if not rest:
        return tuple(sets)
    odd: dict[str, list[str]] = {}
    for token in rest:
        parts = _ODD.get(token)
        if parts is None:
            parts = [token] if token.isalpha() and token.isascii() else _WORD_LOWER.findall(token)
            if len(_PLAIN) > 50_000 or len(_ODD) > 50_000:  # bounded: hostile input must not grow them
                _PLAIN.clear()
                _ODD.clear()
            if parts == [token]:
                _PLAIN.add(token)
                continue
            _ODD[token] = parts
        odd[token] = parts
    if not odd:
        return tuple(sets)
    out = []
    for words in sets:
        hit = words & odd.keys()
        if hit:
            fixed = set(words - hit)
            for token in hit:
                fixed.update(odd[token])
            words = frozenset(fixed)
        out.append(words)
    return tuple(out)


# Tokens of blanked text that are ``_WORD_LOWER`` words as they stand, and the others with their words.
_PLAIN: set[str] = set()
_ODD: dict[str, list[str]] = {}


class Phrase(NamedTuple):
    """A request phrase ready for matching.

    Attributes:
        text: The phrase as given.
        words: ``(stem, match keys, weight)`` for each *concept*: distinct content words that share
            a synonym group are one concept ("phone call", "classroom teaching"), so a single word
            of the letter ("school", "connected") cannot count as several words of the phrase.
        total: The sum of the concepts' weights.
        hard: How many concepts have full weight.
        sizes: Content words merged into each concept (a match counts them all as matched).
        size: Content words of the phrase, all concepts together.
        others: For each concept naming a weekday or a month, the keys of the *other* weekdays
            or months (a window naming one of them instead is vetoed); empty when none does.
    """

    text: str
    words: tuple[tuple[str, frozenset[str], float], ...]
    total: float
    hard: int
    sizes: tuple[int, ...] = ()
    size: int = 0
    others: tuple[tuple[frozenset[str], ...], ...] = ()

    def with_words(self, words: Iterable[tuple[str, frozenset[str], float]]) -> Phrase:
        """This phrase with its concepts' keys or weights changed (same concepts, in the same order)."""
        words = tuple(words)
        total = sum(w for _, _, w in words)
        hard = sum(1 for _, _, w in words if w == 1.0)
        return Phrase(self.text, words, total, hard, self.sizes, self.size, self.others)

    def softened(self, soft: frozenset[str]) -> Phrase:
        """This phrase with the concepts whose stem is in ``soft`` at half weight (a qualifier, a reason)."""
        return self.with_words((w, keys, 0.5 if w in soft else weight) for w, keys, weight in self.words)


@lru_cache(maxsize=1024)
def phrase(text: str, ignore: frozenset[str] = frozenset()) -> Phrase:
    """Prepare a request phrase (cached): its distinct content stems, their keys and weights.

    Args:
        text: The phrase, e.g. ``"a 20-minute phone call"``.
        ignore: Lower-case words to leave out (the reader's and writer's names: a letter says "you").
    """
    seen: set[str] = set()
    # Concepts: [stem, keys, weight, shared keys, words merged]
    concepts: list[list[Any]] = []
    for s, start, end in content_tokens(text):
        if s in seen or text[start:end].lower() in ignore or s in ignore:
            continue
        seen.add(s)
        keys = keys_of(s)
        soft = s.isdigit() or any(k[1:] in _SOFT_GROUPS for k in keys if k[0] == "#")
        weight = 0.5 if soft else 1.0
        # Keys two different stems can share: synonym groups and 8-letter prefixes.
        shared = frozenset(k for k in keys if k[0] in "#~")
        for concept in concepts:
            if not shared.isdisjoint(concept[3]):
                concept[1] = concept[1] | keys
                concept[2] = max(concept[2], weight)
                concept[3] = concept[3] | shared
                concept[4] += 1
                break
        else:
            concepts.append([s, keys, weight, shared, 1])
    words = tuple((c[0], c[1], c[2]) for c in concepts)
    total = sum(c[2] for c in concepts)
    hard = sum(1 for c in concepts if c[2] == 1.0)
    sizes = tuple(c[4] for c in concepts)
    return Phrase(text=text, words=words, total=total, hard=hard, sizes=sizes, size=sum(sizes), others=_others(words))


def _others(words: tuple[tuple[str, frozenset[str], float], ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per concept, the other weekdays' / months' keys when it names one (see ``Phrase.others``)."""
    out = []
    for _, keys, _ in words:
        out.append(tuple(family - (keys & family) for family in (_WEEKDAY_KEYS, _MONTH_KEYS) if keys & family))
    return tuple(out) if any(out) else ()


class Match(NamedTuple):
    """The best window of the letter for a phrase (a named tuple: cheap to make, many are).

    Attributes:
        score: Matched weight / total weight, 0 to 1.
        matched: How many content words matched.
        hard: How many full-weight words matched.
        start: Index of the first sentence of the window (``-1`` when nothing matched).
        width: Sentences in the window.
    """

    score: float
    matched: int
    hard: int
    start: int
    width: int


def _window_mask(mask: int, width: int) -> int:
    # Bit i of the result is set when any of sentences i..i+width-1 holds the key.
    out = mask
    for shift in range(1, width):
        out |= mask >> shift
    return out


def windows(
    ix: Index, p: Phrase, *, window: int = 2, allowed: int | None = None, conflicts: bool = True
) -> Iterator[Match]:
    """Score ``p`` against each window of ``window`` consecutive sentences holding any of its words.

    Args:
        ix: The letter's index.
        p: The prepared phrase.
        window: Sentences per window.
        allowed: Optional bitmask of sentences a window may start at.
        conflicts: Skip a window naming another weekday or month than the phrase and not the
            phrase's own (``"call on Tuesday"`` is not ``"call on Thursday"``).

    Yields:
        One ``Match`` per candidate window, in text order.
    """
    if not p.words or not ix.spans or not p.total:
        return
    masks = ix.masks
    get = masks.get
    per_word: list[tuple[int, float, int]] = []
    union = 0
    veto = 0
    others = p.others if conflicts else ()
    for k, (_, keys, weight) in enumerate(p.words):
        m = 0
        for key in keys:
            m |= get(key, 0)
        wm = m
        if m and window > 1:
            wm = _window_mask(m, window)
        if others and others[k]:
            for family in others[k]:
                other = 0
                for key in family:
                    other |= get(key, 0)
                veto |= _window_mask(other, window) & ~wm
        per_word.append((wm, weight, p.sizes[k]))
        union |= wm
    union &= ~veto
    if allowed is not None:
        union &= allowed
    total = p.total
    while union:
        low = union & -union
        union ^= low
        got = 0.0
        n = 0
        hard = 0
        for wm, weight, size in per_word:
            if wm & low:
                got += weight
                n += size
                hard += weight == 1.0
        yield Match(got / total, n, hard, low.bit_length() - 1, window)


def best_window(ix: Index, p: Phrase, *, window: int = 2, allowed: int | None = None, conflicts: bool = True) -> Match:
    """The best-scoring window for ``p`` (see ``windows``); score 0 and start -1 when none."""
    best = Match(0.0, 0, 0, -1, window)
    for m in windows(ix, p, window=window, allowed=allowed, conflicts=conflicts):
        if (m.score, m.matched) > (best.score, best.matched):
            best = m
    return best


def first_window(
    ix: Index,
    p: Phrase,
    threshold: float,
    min_words: int,
    *,
    window: int = 2,
    allowed: int | None = None,
) -> Match | None:
    """The first window (in text order) where ``p`` counts as mentioned, or ``None``."""
    for m in windows(ix, p, window=window, allowed=allowed):
        if is_mentioned(m, p, threshold, min_words):
            return m
    return None


@lru_cache(maxsize=256)
def own_words(*texts: str | None) -> frozenset[str]:
    """The content stems of the writer's own story (the sender's background and goal)."""
    return frozenset(st for text in texts if text for st, _, _ in content_tokens(text))


def beyond_own(ix: Index, m: Match, p: Phrase, own: frozenset[str], also: frozenset[str] = frozenset()) -> bool:
    """Whether window ``m`` names one of ``p``'s own words (full-weight or numbers) outside the writer's story.

    A letter tells the writer's own story (``own``: the stems of the background and goal) in its own
    words ("after ten years as a logistics officer"), so a window that names only those words of a
    phrase about something else (a connection through the "Veterans into Logistics programme", a
    meeting topic "how construction projects are scheduled") has not named it. True when every
    full-weight word is the writer's: then nothing else could tell. Words in ``also`` count too, as
    written, even when the writer's story has them ("the dissertation you supervised", "when you
    trained me" for a writer who hopes to become a trainer).
    """
    if own.isdisjoint(w for w, _, _ in p.words) or all(w in own for w, _, weight in p.words if weight == 1.0):
        return True
    # A number the story does not hold is the phrase's own too ("eight of my twelve years in Florence").
    keys = [
        key for w, ks, weight in p.words if ((weight == 1.0 or w.isdigit()) and w not in own) or w in also for key in ks
    ]
    keys = [key for key in keys if key[0] != "#"]
    span = ((1 << m.width) - 1) << m.start
    masks = ix.masks
    if any(masks.get(key, 0) & span for key in keys):
        return True
    # ... or two of its half-weight words ("in Dublin ... at the Media Festival" for "his workshop on data
    # journalism at the Dublin Media Festival", told as "the session you ran"): together they name it.
    named = 0
    for w, ks, weight in p.words:
        if weight < 1.0 and w not in own and any(key[0] != "#" and masks.get(key, 0) & span for key in ks):
            named += 1
            if named == 2:
                return True
    return False


# Clause breaks: punctuation, relative pronouns, and "and" before a second aim ("introduce herself as a
# new member of the guild and learn how he built his practice").
_RELATIVE = lazy_compile(r"\b(?:who|whom|whose|which|where)\b")
_CLAUSE = lazy_compile(
    r"[,;:()]|\s[-–—]\s|\b(?:where|which|who|whom|whose|while|especially|including)\b"
    r"|\band (?=(?:learn|understand|hear|ask|discuss|explore|find out|get advice|know|introduce|seek|gain)\b)"
    # "learn how she assembled a portfolio career | and how she balances the different commitments" (gs06).
    r"|\band (?=(?:how|what|why|whether|which) (?:she|he|they|you|i|to|people|her|his|their|your)\b)"
    # A contact clause that says whose the thing is: "the emissions dashboard template | his team uses".
    r"|\s(?=(?:his|her|their|your|my|our) (?:own )?(?:team|company|office|department|group|lab|firm|school"
    r"|students|colleagues|staff|clients) (?:uses|used|runs|keeps|follows|relies on|works from|swears by)\b)"
)


@lru_cache(maxsize=1024)
def variants(
    text: str, ignore: frozenset[str] = frozenset(), min_clause: int = 3, *, relative: bool = True
) -> tuple[Phrase, ...]:
    """The phrase, then each of its clauses with at least ``min_clause`` content words.

    A long request phrase ("her talk on model monitoring at the Python meetup in Leeds, where she
    described moving into ML engineering") is mentioned when the letter carries one of its
    clauses in full enough measure, not only the whole of it. With ``relative=False`` a relative
    clause is no clause of its own: in "an introduction to Farida Nasser, who coordinates the court's
    bookings" the thing asked for is the introduction, not the bookings.
    """
    whole = phrase(text, ignore)
    source = text if relative else _RELATIVE.split(text, maxsplit=1)[0]
    parts = [part for part in _CLAUSE.split(source) if part.strip()]
    out = [whole]
    if len(source) < len(text) and len(parts) == 1:
        # The thing asked for without its relative clause: "an introduction to her colleague Tendai Moyo".
        p = phrase(source, ignore)
        if p.size >= min_clause and p.hard >= 2:
            out.append(p)
    if len(parts) > 1:
        for part in parts:
            p = phrase(part, ignore)
            if p.size >= min_clause and p.hard >= 2:
                out.append(p)
    return tuple(out)


def find(
    ix: Index,
    text: str,
    ignore: frozenset[str],
    threshold: float,
    min_words: int,
    *,
    window: int = 2,
    allowed: int | None = None,
) -> Match | None:
    """The first window where ``text`` (or one of its clauses) counts as mentioned, or ``None``."""
    for p in variants(text, ignore):
        m = first_window(ix, p, threshold, min_words, window=window, allowed=allowed)
        if m is not None:
            return m
    return None


def mentions(
    text: str,
    phrase_text: str,
    *,
    window: int = 2,
    ignore: Iterable[str] = (),
    threshold: float = 0.5,
    min_words: int = 2,
) -> bool:
    """Whether ``phrase_text`` is mentioned in substance in ``text`` (any ``window`` sentences).

    Args:
        text: The letter.
        phrase_text: The request phrase.
        window: Consecutive sentences the words may spread over.
        ignore: Lower-case words to leave out of the phrase (names of the reader and writer).
        threshold: Share of the phrase's weight that must match.
        min_words: Content words that must match (fewer when the phrase has fewer).
    """
    names = frozenset(w.lower() for w in ignore)
    return find(index(text), phrase_text, names, threshold, min_words, window=window) is not None


def is_mentioned(m: Match, p: Phrase, threshold: float, min_words: int) -> bool:
    """Whether a window match is good enough: share of weight, words matched, one full-weight word."""
    if not p.words:
        return True
    need = min(min_words, p.size)
    need_hard = 1 if p.hard else 0
    return m.score >= threshold and m.matched >= need and m.hard >= need_hard


@lru_cache(maxsize=256)
def names_of(*names: str | None) -> frozenset[str]:
    """The lower-case words of people's names, to ignore in phrases (a letter says "you", "I")."""
    out: set[str] = set()
    for name in names:
        if name:
            for part in _WORD.findall(name.lower()):
                if part not in _STOP and len(part) > 1:
                    out.add(part)
                    out.add(stem(part))
    return frozenset(out)




_GREETING = lazy_compile(r"(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
_SIGNOFF = lazy_compile(
    r"(?:best|regards|sincerely|thanks|thank you|cheers|warmly|warm regards|kind regards|all the best|"
    r"respectfully|yours|with gratitude|with thanks|gratefully|take care)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def core(text: str) -> tuple[int, int]:
    """The range ``[first, last)`` of sentence indices that form the letter's body proper.

    The greeting line and the sign-off block (closing phrase, name, contact lines) are left out,
    so rules that count sentences judge the prose, not the frame.
    """
    doc = analyze(text)
    spans = doc.sentences
    first, last = 0, len(spans)
    if spans:
        s, e = spans[0]
        chunk = text[s:e]
        words = len(chunk.split())
        # A long first "sentence" that opens with a greeting is the greeting run into the body ("hi Ms.
        # Marchetti hope your doing well my name is ..."): it is prose, and stays.
        if (_GREETING.match(chunk) and words <= 8) or (words <= 5 and chunk.endswith((",", ":"))):
            first = 1
    while last > first:
        s, e = spans[last - 1]
        chunk = text[s:e]
        words = len(chunk.split())
        if words <= 6 and "?" not in chunk and (not chunk.endswith((".", "!")) or _SIGNOFF.match(chunk)):
            last -= 1
            continue
        break
    return first, last

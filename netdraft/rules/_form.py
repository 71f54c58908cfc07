"""Shared helpers for the form rules: greeting and sign-off detection, names, numbers.

Everything here is anchored (``re.match`` on one line) or starts with a literal, so no pattern can
backtrack over a long input; results are cached per text like ``analyze``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from netdraft._view import AnyRequest
from netdraft.rules._lazy import compile_pattern, lazy_compile
from netdraft.rules._text import Doc, Span, analyze, edit_distance, fold_accents

__all__ = [
    "HONORIFICS",
    "SHOUT_WORDS",
    "Form",
    "LazyPattern",
    "edit_distance",
    "fold",
    "form",
    "greeting_hint_name",
    "lower_text",
    "name_tokens",
    "preceded_by_letter",
    "word_set",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of ``words`` (for readable word lists)."""
    return frozenset(words.split())


HONORIFICS = wordset(
    "dr mr mrs ms mx prof professor miss sir madam ma'am maam dame rev doctor chef coach capt captain sgt sergeant "
    "judge "
    "rabbi pastor imam reverend hon lt lieutenant col colonel cllr councillor arch engr eng atty "
    # Ranks of the services: "When Commander Adebayo introduced us" (md).
    "cdr commander cmdr brigadier admiral corporal "
    "canon bishop archdeacon revd fr "
    # West African professional and customary titles: "Engr. (Mrs.) Okonkwo", "Barr. Ngozi Ezeh", "Pharm. Chiamaka Eze".
    "barr barrister pharm arc alhaji alhaja hajia chief "
    # Malay, Indonesian, Thai and Filipino ones: "Pak Hendra", "Ibu Sri Wahyuni", "Encik Hafiz", "Khun Somchai".
    "pak bapak ibu bu encik puan cik tuan datuk dato datin haji hajjah khun kuya ate "
    # After the given name in South Asia: "Rumana Apa", "Priya Didi".
    "apa aapa apu didi dada bhai bhaiya baji "
    # In the writer's first language: "Bonjour Monsieur Lefèvre,", "Estimada Señora Ruiz,".
    "monsieur madame mme mlle mademoiselle señor senor señora senora señorita senorita sra herr frau signor signora "
    "senhor senhora "
    # Irish titles, also lenited after the vocative "a": "A Dhochtúir Ní Bhriain, a chara,".
    "dochtúir dhochtúir dochtuir dhochtuir ollamh uasal"
)

# Words that, written in capitals, raise the voice rather than name anything ("REALLY", "THIS time", "TODAY"):
# ``politeness`` reads them as shouting and ``grounding`` as no invented name. (Not "ASAP", an abbreviation:
# "I should learn SQL ASAP" shouts nothing; the politeness rule judges the hurry itself.)
SHOUT_WORDS = wordset(
    """please urgent urgently now need needed must immediately important really very never not today
    reply respond answer help why what stop read call expect demand only all any every just still again
    deadline required mandatory critical attention tomorrow soon seriously absolutely definitely you your
    me my this that have has will the and for with want waiting wait please! sorry thanks thank hello
    best so love great amazing"""
)

# Greeting words at the start of the body's first lines. Anchored with ``match`` on a line of the
# lower-cased text (no IGNORECASE: it makes compiling, at import, several times slower).
_GREETING = lazy_compile(
    r"(?P<word>dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|to whom"
    r"|respected|esteemed|kia ora|howdy|g'day|good day|alright|heya|morning|afternoon"
    # "yo Adaeze" (mj): a greeting, if a brash one (``politeness`` judges the tone).
    r"|yo"
    # Greetings of the writer's first language: "Oi Marisa!", "Hola Ana,", "Namaste Priya,".
    r"|oi|olá|ola|hola|buenos días|buenas|ciao|salut|bonjour|hallo|hej|hei|namaste|namaskar|salaam|salam"
    r"|assalamu alaikum|as-salamu alaykum|kumusta|kamusta|jambo|habari|merhaba|shalom|sawubona|ahoj|cześć"
    r"|dzień dobry|talofa|aloha|bula|kia orana|malo e lelei|annwyl|shwmae|helo|bore da"
    # Māori: "Tēnā koe Dr Gillespie," (to one reader; "kōrua" to two, "koutou" to more).
    r"|tēnā koe|tena koe|tēnā kōrua|tena korua|tēnā koutou|tena koutou"
    # Irish: "A chara," alone, or the name in the vocative before it ("A Dhochtúir Ní Bhriain, a chara,").
    r"|a chara|a(?= [^,\n]{1,60}, a chara\b)"
    # "Caro Giovanni,", "Querida Ana,", "Chère Claire,", "Liebe Anna,": "dear" in the writer's language.
    r"|caro|cara|carissimo|carissima|querido|querida|estimado|estimada|cher|chère|liebe|lieber|beste|drogi|droga)\b"
    # "Hello again, Siobhán!": "again" belongs to the greeting, not to the name; "Dear Dear Dr. Pryce,"
    # (a small model's stutter) greets once, and so does "Dear Respected Dr. Youssef," or "Dear Esteemed Dr. Odeh,".
    r"[ \t,]*(?:again\b[ \t,]*)?(?:(?:dear|hi|hello|hey|respected|esteemed|honou?red|honou?rable|revered)\b[ \t,]*)*",
)
# The name ends at the first comma, colon, dash or sentence punctuation ("Hi Maria, I hope ...").
# A title in brackets is part of it: "Dear Dr. (Mrs.) Yusuf,".
_NAME_PART = lazy_compile(r"(?:[^,:;!?\n—–(]|\([A-Za-z]{1,6}\.?\)){0,80}")
# A bare-name greeting line: "Maria," (warm letters sometimes open this way).
# ... or with the greeting after it, as in a message: "Sarah, hi!" (en).
_BARE_NAME = lazy_compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*)[ \t]*(?:[,:—–-]|,[ \t]*(?:hi|hello|hey)[ \t]*[!.,]?)$"
)

# Lower-case particles inside a name: "Ludwig van der Berg", "María de la Cruz".
_PARTICLES = wordset("de la le du da di del van von der den ter ten bin al el")
_PARTICLE = r"(?:" + "|".join(sorted(_PARTICLES)) + r")\b"
# The name at the start of a greeting that runs into the first sentence: capitalised words, with titles
# ("Ms.", "Dr") and name particles, up to the first other word.
_NAME_RUN = lazy_compile(r"(?:(?:[A-Z][\w'’-]*\.?|" + _PARTICLE + r")(?:[ \t]+|$)){1,4}?(?=[a-z]|$)")
# Sign-off phrases, matched at the start of one of the last lines.
_SIGNOFF = lazy_compile(
    r"(?:(?:with |my )?(?:best|kind|kindest|warm|warmest|sincere|many|respectful|cordial|heartfelt|friendly"
    r"|grateful|fond|fondest|good|very best) (?:regards|wish(?:es)?|thanks|greetings)(?: for [^,.!\n]{1,60})?"
    r"|best|regards|sincerely(?: yours)?|yours(?: sincerely| truly| faithfully| respectfully)?"
    r"|(?:very )?(?:truly|faithfully|respectfully|cordially|gratefully|warmly|thankfully|appreciatively)"
    r"(?: yours)?"
    r"|(?:thank you|thanks|thx|thanx|tysm|ty)(?: (?:again|so much|very much|kindly|a lot|a million|once again))?"
    r"(?: for [^,.!\n]{1,60})?"
    r"|many thanks(?: again)?(?: for [^,.!\n]{1,60})?"
    r"|with (?:gratitude|thanks|appreciation|respect|many thanks|sincere thanks|love)"
    r"(?: for [^,.!\n]{1,60})?"
    r"|with (?:sincere |deep |much |great )?(?:gratitude|appreciation|thanks)(?: for [^,.!\n]{1,60})?"
    # "With renewed thanks and warm regards,", "With my thanks and best wishes,", "With kind regards,",
    # "With regards,".
    # "With every good wish,", "With friendly greetings from Frankfurt" (the German "Mit freundlichen Grüßen").
    r"|with (?:[a-z]+ ){0,2}?(?:gratitude|appreciation|thanks|regards|wish(?:es)?|respect|greetings)"
    r"(?: for [^,.!\n]{1,60})?"
    r"|cheers|all the best|all best|all (?:good|my best|best|warm|kind) wishes|catch you later"
    # "Wish you all the best" (the Chinese letter's closing).
    r"|(?:i )?wish(?:ing)? you (?:all the best|the very best|the best|every success|all success)"
    r"|take care|talk soon|speak soon|be well|stay well|until soon"
    # "Until the next congress,", "Until next time,".
    r"|until (?:next time|then|we (?:meet|speak|talk) again|the next [a-z]+(?: [a-z]+)?)"
    r"|looking forward(?: to [^,.!\n]{1,60})?|i look forward to [^,.!\n]{1,60}"
    r"|(?:hope|hoping) to (?:hear|speak|talk|connect|see|meet|catch up)(?: [^,.!\n]{1,40})?"
    r"|(?:lots of |much |all my |with )?love|fondly|onward"
    r"|respectfully|ngā mihi(?: nui)?|nga mihi(?: nui)?|ka kite(?: anō| ano)?|ta|ta muchly"
    # Closings of the Philippines, Nigeria, India and elsewhere: "God bless,", "Stay blessed,", "More power,".
    r"|god bless(?: you)?|stay blessed|be blessed|(?:many )?blessings|more power(?: to you)?"
    # Closings in the writer's first language: "Un abrazo,", "Diolch yn fawr,", "Cordialement,".
    r"|un abrazo|abrazos|un saludo|saludos(?: cordiales)?|atentamente|cordialement|bien à vous"
    # Thanks in the writer's first language, "again" or not: "Muchas gracias again,", "Merci encore,".
    r"|(?:(?:muchas|mil) gracias|gracias|merci(?: beaucoup| bien)?|grazie(?: mille)?|obrigad[oa]|danke(?: schön| sehr)?"
    r"|dank je(?: wel)?|arigat[oō](?: gozaimasu)?|kiitos|tack(?: så mycket)?|takk|dziękuję|terima kasih|cảm ơn)"
    r"(?: again| once again| encore| de nuevo| otra vez| ancora| nochmals| de novo)?"
    r"|cordiali saluti|un saluto|um abraço|abraços|viele grüße"
    # The same in English: "Success in everything, and a warm hug from Rio!", "A big hug,".
    r"|success in everything(?:,? and a (?:warm |big |strong )?hug(?: from [a-z][a-z ]{0,30})?)?"
    r"|(?:a |with a )?(?:warm |big |strong |fond )?(?:hug|embrace)(?: from [a-z][a-z ]{0,30})?"
    r"|liebe grüße|mit freundlichen grüßen|met vriendelijke groet(?:en)?|diolch(?: yn fawr)?"
    r"|go raibh maith agat|asante(?: sana)?|shukran|mahalo|namaste|dhanyavaad|salamat(?: po)?(?: ulit)?"
    r"|à bientôt|a bientôt|a bientot|bisous|bises|besos|ciao|bis bald|hasta pronto|hasta luego|cheerio"
    # A kiss alone on its line above the name: "x", "xx".
    r"|x{1,3}(?=[ \t]*$))"
    # A whole word: "With respectful regards" is not "With respect" followed by a signature "ful regards".
    r"\b(?P<sep>[ \t]*[,.!]?)",
)
# Words that may follow a matched sign-off phrase on its line without being the signature: "With thanks
# and best wishes,", "Thanks in advance,", "Thanks again and all the best,".
_SIGNOFF_WORDS = wordset(
    """and with best kind kindest warm warmest wishes wish every regards thanks thank you gratitude appreciation many
    sincere sincerely yours truly all the very respectfully cordially warmly gratefully again in advance so
    much a lot once more deep great my love take care for now really see you soon i hope hear from talk speak
    meet to your generosity kindness help time support po months weeks year ahead coming new future luck good
    success everything"""
)
_RUN_OF_WORDS = lazy_compile(r"[a-z]+")
# A signature with no closing phrase: the final paragraph opens with a line that is only a name ("Nico",
# "Ana María de la Cruz"), perhaps with contact lines under it.
_NAME_WORD = r"(?:[^\W\d_](?<![a-z])[\w'’.-]{0,30}|" + _PARTICLE + ")"
# An English name in brackets may follow: "Lin Yu-ting (Tina)".
_BARE_SIGNATURE = lazy_compile(
    _NAME_WORD
    + r"(?:[ \t]{1,3}"
    + _NAME_WORD
    + r"){0,4}(?:[ \t]{1,3}\("
    + _NAME_WORD
    + r"(?:[ \t]"
    + _NAME_WORD
    + r")?\))?"
)
# A signature written as a dash and a name: "— Ana".
_DASH_NAME = lazy_compile(r"[—–-]{1,2}[ \t]*(?P<name>[A-Z][^\n]{0,60})$")
_TOKEN = lazy_compile(r"[^\W\d_][\w'’.-]*")
_WORDS = lazy_compile(r"\S+")


class LazyPattern:
    """A regex compiled on first use: gated patterns that never run cost no start-up time.

    ``needs`` lists literal substrings of which every match contains at least one. A pattern that opens
    with optional words or an alternation cannot be scanned for quickly by the regex engine (it tries
    every position); ``str.__contains__`` on the literals rules out most texts for a fraction of that.
    """

    __slots__ = ("_compiled", "flags", "needs", "source")

    def __init__(self, source: str, flags: int = 0, *, needs: tuple[str, ...] = ()) -> None:
        self.source = source
        self.flags = flags
        self.needs = needs
        self._compiled: re.Pattern[str] | None = None

    def may_match(self, text: str) -> bool:
        """False when ``text`` holds none of the literals in ``needs`` (so the pattern cannot match)."""
        for literal in self.needs:  # a plain loop: no generator to set up for one or two literals
            if literal in text:
                return True
        return not self.needs

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = compile_pattern(self.source, self.flags)
        return self._compiled

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.pattern.finditer(text, pos)


def lower_text(doc: Doc) -> str:
    """The text lower-cased with offsets preserved (``str.lower`` can lengthen a few characters)."""
    low = doc.lower
    if len(low) != len(doc.text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in doc.text)
    return low


def preceded_by_letter(text: str, start: int) -> bool:
    """True when the character before ``start`` is a letter or digit (no word boundary there)."""
    return start > 0 and text[start - 1].isalnum()


def fold(word: str) -> str:
    """Lower-case, strip accents and possessives: ``"José’s"`` -> ``"jose"``."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip(".'-")
    return fold_accents(word)


@lru_cache(maxsize=1024)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, honorifics dropped: ``"Dr. María Chen"`` -> ``("maria", "chen")``.

    Cached: the request's names are folded again for every letter checked against it.
    """
    out = []
    raws = _TOKEN.findall(name)
    for i, raw in enumerate(raws):
        tok = fold(raw)
        # A title stands before a name, so the last of two or more words is a name even when it is a title
        # word too: "Laura Bishop", "Dr. Judge", "Ms. Canon" (a lone "Doctor" or "Sir" stays a title).
        if tok and ((i > 0 and i == len(raws) - 1) or (tok not in HONORIFICS and tok.rstrip(".") not in HONORIFICS)):
            out.append(tok)
    return tuple(out)


def has_honorific(name: str) -> bool:
    """True when a name carries a title such as ``Dr.`` or ``Ms``."""
    first = name.split(None, 1)
    return bool(first) and first[0].lower().rstrip(".") in HONORIFICS


class Form(NamedTuple):
    """Where the greeting and the sign-off are.

    Attributes:
        greeting_line: Index into ``doc.lines`` of the greeting line, or ``None``.
        greeting: Span of the greeting (word and name), or ``None``.
        greeting_word: The greeting word, lower-cased ("dear", "hi", ...), or ``""`` for a bare name.
        greeting_name: Span of the name in the greeting, or ``None`` when no name follows the word.
        signoff_line: Index into ``doc.lines`` of the sign-off line, or ``None``.
        signoff: Span of the sign-off phrase, or ``None``.
        signature: Span of the name after the sign-off (same line or the next), or ``None``.
    """

    greeting_line: int | None
    greeting: Span | None
    greeting_word: str
    greeting_name: Span | None
    signoff_line: int | None
    signoff: Span | None
    signature: Span | None


def _strip_span(text: str, start: int, end: int, chars: str = " \t,.:;!—–-") -> Span | None:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return (start, end) if end > start else None


def _greeting(doc: Doc) -> tuple[int | None, Span | None, str, Span | None]:
    text = doc.text
    low = lower_text(doc)
    # Look at the first few lines: a model preamble ("Sure! Here's a draft:") may come first, or, in a
    # paper letter, an address block and a date (short lines) before "Dear ...".
    for index, (ls, le) in enumerate(doc.lines[:16]):
        if index >= 5 and le - ls > 70:
            break  # past the address block: a paragraph of the body
        # A greeting in markdown bold ("**Dear Mr. Obi,**", iu36) is still the greeting (``meta`` reports the bold).
        while ls < le and text[ls] in "*_":
            ls += 1
        m = _GREETING.match(low, ls, le)
        if m is not None:
            word = " ".join(m.group("word").lower().split())
            n = _NAME_PART.match(text, m.end(), le)
            name = _strip_span(text, m.end(), n.end() if n else m.end())
            if name is not None and len(_WORDS.findall(text, *name)) > 4:
                # "hi Ottilie thanks so much for ...": the greeting runs into the first sentence; the
                # name is the run of capitalised words (and titles) that opens it.
                run = _NAME_RUN.match(text, name[0], name[1])
                if run is not None:
                    name = (name[0], run.end())
            end = name[1] if name else m.end()
            if word == "to whom":
                name = None
            return index, (ls, end), word, name
        if index == 0:
            b = _BARE_NAME.match(text, ls, le)
            if b is not None and len(b.group("name").split()) <= 4:
                return index, (ls, b.end("name")), "", (ls, b.end("name"))
    return None, None, "", None


def _body_follows(doc: Doc, index: int) -> bool:
    """Whether line ``index`` is followed by two or more lines of prose and then a bare signature ends the letter."""
    text, lines = doc.text, doc.lines
    if index >= len(lines) - 3:
        return False  # no room for two lines of prose and a signature below it: most letters stop here
    bare = _bare_signature(doc)[0]
    if bare is None or bare <= index + 2:
        return False
    prose = 0
    for ls, le in lines[index + 1 : bare]:
        line = text[ls:le].rstrip()
        if line.endswith((".", "!", "?")) and len(line.split()) >= 6:
            prose += 1
    return prose >= 2


def _signoff(doc: Doc) -> tuple[int | None, Span | None, Span | None]:
    text = doc.text
    low = lower_text(doc)
    lines = doc.lines
    closing = _comma_closing(doc)
    if closing is not None:
        return closing
    first = max(0, len(lines) - 8)
    for index in range(len(lines) - 1, first - 1, -1):
        ls, le = lines[index]
        if index == 0:
            break
        m = _SIGNOFF.match(low, ls, le)
        # The closing as the last sentence of the last paragraph: "... and the time. Talk soon.", also after a
        # sentence that opens like a closing: "Thank you again for believing in beginners like us. Success in
        # everything, and a warm hug from Rio!".
        if index == len(lines) - 2 and (m is None or low.find(". ", ls, le) >= 0 or low.find("! ", ls, le) >= 0):
            cut = max(low.rfind(". ", ls, le), low.rfind("! ", ls, le))
            if cut > ls:
                tail = _SIGNOFF.match(low, cut + 2, le)
                if tail is not None and not text[tail.end() : le].strip():
                    m = tail
                    ls = cut + 2
        if m is not None and _body_follows(doc, index):
            # "Thanks for the meeting." opening a short note that ends with a bare name: the letter's first
            # sentence, not its closing.
            m = None
        if m is not None:
            rest = text[m.end() : le].strip()
            if rest and not any(c.isalnum() for c in rest):
                # "Thanks again!!" above the name: the marks are the closing's (``politeness`` reads them).
                rest = ""
            words = len(_WORDS.findall(text, ls, le))
            more = set(_RUN_OF_WORDS.findall(rest.lower())) if rest else set()
            continues = bool(more) and more <= _SIGNOFF_WORDS and rest[-1:] in ",.!"
            # A closing phrase, not a sentence that happens to start like one.
            # A longer closing line passes when only a bare name follows it: "thank you so much for
            # reading this and for your time" above "Dario Castellanos".
            above_name = index == len(lines) - 2 and _BARE_SIGNATURE.fullmatch(text, *lines[-1]) is not None
            limit = 16 if above_name else 10
            # "With best wishes from me, and from Anouk, who sends her regards," above the name: a long closing
            # line, but one that ends as closings do.
            closes = above_name and rest.endswith(",")
            if words <= limit and (continues or closes or not (rest and len(rest.split()) > 4)):
                phrase = (ls, m.end("sep") if m.group("sep").strip() else m.end())
                if more and more <= _SIGNOFF_WORDS:
                    # The rest of the line continues the phrase; the signature is on the next line.
                    phrase = _strip_span(text, ls, le, " \t") or phrase
                    rest = ""
                if rest and index + 1 < len(lines) and _not_a_name(rest):
                    ns, ne = lines[index + 1]
                    if _BARE_SIGNATURE.fullmatch(text, *(_strip_span(text, ns, ne) or (ns, ne))):
                        # "With thanks and very good headphones," or "Thanks for reading, I really appreciate
                        # it." above a line that is only a name: the whole line closes, the name signs.
                        phrase = _strip_span(text, ls, le, " \t") or phrase
                        rest = ""
                if rest:
                    sig = _strip_span(text, m.end(), le)
                    # "cheers again, Kofi": words that continue the phrase, then the name after the comma.
                    head, comma, _name = rest.partition(",")
                    if comma and head.split() and set(head.lower().split()) <= _SIGNOFF_WORDS and sig is not None:
                        sig = _strip_span(text, text.index(",", sig[0]) + 1, le) or sig
                elif index + 1 < len(lines):
                    ns, ne = lines[index + 1]
                    sig = _strip_span(text, ns, ne)
                else:
                    sig = None
                return index, phrase, sig
        if index >= len(lines) - 3:
            dash = _DASH_NAME.match(text, ls, le)
            if dash is not None and len(dash.group("name").split()) <= 4:
                return index, (ls, dash.start("name")), (dash.start("name"), le)
    if lines:
        # "... thanks again for everything - Elodie": the name after a dash ends the last line.
        ls, le = lines[-1]
        glued = _GLUED_NAME.search(text, max(ls, le - 80), le)
        if glued is not None and glued.start() > ls:
            return len(lines) - 1, (glued.start(), glued.start("name")), (glued.start("name"), le)
    return _bare_signature(doc)


def _comma_closing(doc: Doc) -> tuple[int, Span, Span] | None:
    """A closing paragraph of two lines, a short one ending with a comma (or a very short one with no
    punctuation) and one that is only a name: the first closes the letter whatever its words ("Beijos,",
    "Com os melhores cumprimentos,", "Receive a cordial greeting,", "Lovingly and respectfully,", "Nāku noa, nā")."""
    found = _closing_paragraph(doc)
    if found is None or found[1] - found[0] != 2:
        return None
    text, index = doc.text, found[0]
    (cs, ce), (ns, ne) = doc.lines[index], doc.lines[index + 1]
    # "**With gratitude,**": a closing in markdown bold still closes (``meta`` reports the bold).
    closing = text[cs:ce].strip().strip("*_").strip()
    sig = _strip_span(text, ns, ne)
    # Ending with a comma ("Beijos,"), or short and unpunctuated ("Nāku noa, nā", the Māori "yours").
    # (Not a job title in capitals: "Lab Technician" above "Riverside Water Laboratory".)
    ends = closing.endswith((",", "!")) or (
        closing[-1:].isalpha() and len(closing.split()) <= 4 and ("," in closing or not closing.istitle())
    )
    words = closing.split()
    # A long formula closes when it ends on its valediction: "Please accept, dear Ms Whitfield, the expression of
    # my distinguished salutations,", "I remain at your disposal and send you my most cordial regards,".
    if sig is None or not ends or (
        len(words) > 8 and not (len(words) <= 18 and closing.endswith(",") and _VALEDICTION.search(closing))
    ):
        return None
    if not _BARE_SIGNATURE.fullmatch(text, *sig):
        return None
    return index, _strip_span(text, cs, ce, " \t") or (cs, ce), sig


_VALEDICTION = lazy_compile(
    r"\b(?:regards|salutations|greetings|wishes|respects|sentiments|consideration|esteem|thanks|gratitude)[ \t]*,$"
)


def _not_a_name(rest: str) -> bool:
    """Whether what follows a closing phrase on its line holds a lower-case word that no name has."""
    return any(w[:1].islower() and w.strip(",.!") not in _PARTICLES for w in rest.split())


# A signature after a dash at the end of the last line: "... thanks again - Marco".
_GLUED_NAME = lazy_compile(
    r"(?:[ \t][-—–]{1,2}|[,.!][ \t]+(?:[a-z]+[ \t]+){0,2}(?:wishes|regards|thanks|cheers|best),?)"
    r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*$"
)


_RULE_LINE = lazy_compile(r"[ \t]*(?:-{2,}|\*{3,}|_{3,}|—{1,3}|–{2,3})[ \t]*")
# A line a drafter left for its user: "Note:", "**Tip for you:**", "Word count: 142", "Tone: formal | ..." (the
# ``meta`` rule reports it; the closing and ``grounding`` look past it).
NOTE_LINE = lazy_compile(
    r"[ \t]*(?:\*{1,2}|_{1,2})?(?:note|notes|tip|tips|word count|tone|audience|register|persona|reading level"
    r"|temperature)(?: for you| to you)?(?:\*{1,2}|_{1,2})?[ \t]*:",
    re.IGNORECASE,
)


def _closing_paragraph(doc: Doc) -> tuple[int, int] | None:
    """The line indices ``[start, end)`` of the last paragraph, or of the one before a closing P.S. or a
    note below a rule; ``None`` when the letter has no paragraph before it (the greeting's)."""
    text = doc.text
    paragraphs = doc.paragraphs
    lines = doc.lines
    for back in (1, 2):
        if len(paragraphs) <= back:
            return None
        ps, pe = paragraphs[-back]
        start = next((i for i, (ls, _) in enumerate(lines) if ls >= ps), None)
        if start is None:
            return None
        # A closing P.S., or a note below a rule ("---") or headed "Tip:" that a drafter left for its user
        # (``meta``'s).
        if back == 1 and (
            text.startswith(("P.S", "PS", "P. S"), lines[start][0])
            or _RULE_LINE.fullmatch(text, *lines[start])
            or NOTE_LINE.match(text, lines[start][0]) is not None
        ):
            continue
        end = start
        while end < len(lines) and lines[end][1] <= pe:
            end += 1
        return start, end
    return None


def _bare_signature(doc: Doc) -> tuple[int | None, Span | None, Span | None]:
    """A name alone opening the last paragraph (or the one before a P.S.): a signature with no closing
    phrase, as short notes end. The sign-off phrase is then the empty span at the name."""
    found = _closing_paragraph(doc)
    if found is not None:
        start, end = found
        ls, le = doc.lines[start]
        if end - start <= 4 and le - ls <= 60 and _BARE_SIGNATURE.fullmatch(doc.text, ls, le):
            return start, (ls, ls), (ls, le)
    # A note written as one block whose last line is a full name under a finished sentence: "Hi Alan,\nThanks a
    # million for Monday ... Really appreciate your time.\nDeclan Murphy" (ly).
    last = len(doc.lines) - 1
    if last >= 2 and (found is None or found[1] == last + 1):
        ls, le = doc.lines[last]
        if (
            le - ls <= 60
            and _BARE_SIGNATURE.fullmatch(doc.text, ls, le)
            and len(doc.text[ls:le].split()) >= 2
            and doc.text[doc.lines[last - 1][0] : doc.lines[last - 1][1]].rstrip().endswith((".", "!", "?"))
        ):
            return last, (ls, ls), (ls, le)
    return None, None, None


_PUNCT_TO_SPACE = str.maketrans({c: " " for c in '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~“”—–-'})


@lru_cache(maxsize=16)
def word_set(text: str) -> frozenset[str]:
    """The lower-cased words of ``text`` (apostrophes kept: "don't"); cached, for cheap gates."""
    return frozenset(lower_text(analyze(text)).translate(_PUNCT_TO_SPACE).split())


@lru_cache(maxsize=16)
def form(text: str) -> Form:
    """Locate the greeting and the sign-off of ``text`` (cached)."""
    doc = analyze(text)
    g_line, greeting, word, g_name = _greeting(doc)
    s_line, signoff, signature = _signoff(doc)
    # A sign-off above the greeting is none; one line holding the whole letter may still end with a
    # signature after its greeting.
    same_line_after = (
        s_line == g_line and signoff is not None and greeting is not None and signoff[0] >= greeting[1]
    )
    if s_line is not None and g_line is not None and s_line <= g_line and not same_line_after:
        s_line, signoff, signature = None, None, None
    return Form(g_line, greeting, word, g_name, s_line, signoff, signature)


def greeting_hint_name(text: str, request: AnyRequest | None) -> str:
    """The reader's name for hints: the request's greeting name, else the letter's, else "the reader"."""
    if request is not None:
        return request.greeting_name
    f = form(text)
    if f.greeting_name is not None:
        return text[f.greeting_name[0] : f.greeting_name[1]]
    return "the reader"


# What may stand below a signature and still be the writer's: a postscript, a phone's tag line, contact
# details, an enclosure or copy note.
_BELOW_SIGNATURE = lazy_compile(
    r"[ \t>*_-]*(?:p\.?\s?p\.?\s?s|p\.?\s?s|n\.?\s?b|sent from|sent via|get outlook|enc|encl|cc|bcc|attached|attachment"
    r"|tel|phone|mobile|email|e-mail|web|www|linkedin|pronouns)\b",
    re.IGNORECASE,
)
# Words about the letter as a draft: "Changes from the last version: warmer greeting, shorter middle paragraph",
# "Tightened the opening and moved the referral to the first line", "Other subject lines that would work: ...",
# "Happy to adapt this into a shorter direct message as well".
_DRAFT = (
    r"\b(?:versions?|drafts?|wording|greeting|sign-?off|paragraphs?|opening|closing|subject lines?|reworked|rewrote"
    r"|rewritten|tightened|softened|trimmed|shortened|adapt|adapted)\b"
)
_DRAFT_WORDS = lazy_compile(_DRAFT)
_PERSON = lazy_compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|me|my|you|you're|you’re|you've|you’ve|your|yours|she|he|her|him|his|they"
    r"|them|their)\b|" + _DRAFT
)
# An afterthought's opening, and what a model says to the writer after a draft.
_AFTERTHOUGHT = lazy_compile(
    r"(?:one (?:more|last|final|other) thing\b|i should (?:add|mention|say)\b|and,? |oh,? and\b|by the way\b|btw\b"
    r"|also,? |incidentally\b|on another note\b)"
)
_CHATTER = lazy_compile(
    r"\b(?:good luck|you(?:'ve|’ve) got this|hope this helps|want me to|would you like me to|shall i|should i|let me"
    r" know if you(?:'d|’d| would) like|i can (?:also )?(?:make|turn|adjust|shorten|rewrite|tweak|draft|add|change)"
    r"|feel free|you (?:might|may|could) (?:want|wish|consider|like) to|tailor|customi[sz]e|personali[sz]e)\b"
)
# The writer speaking to the reader of the writer's own wishes or plans: "I would also love to be considered for ...",
# "If you ever need another pair of hands on the Saturday crew, I'm your person" (ja), a postscript without its "P.S.".
_WRITER_TO_READER = lazy_compile(
    r"\bi(?:'d|’d| would| will|'ll|’ll|'m|’m| am| hope| look forward)\b[^.!?\n]{0,80}?\b(?:you|your|yours)\b"
    r"|\b(?:you|your)\b[^.!?\n]{0,80}?\bi(?:'d|’d| would| will|'ll|’ll|'m|’m| am)\b"
    r"|\bi(?:'d|’d| would) (?:also |really |so |very much )?(?:love|like|welcome|be glad|be delighted|be grateful)\b"
)
# ... but not one about the letter itself: "I've kept it to three paragraphs", "I'll leave the subject line to you".
_ABOUT_THE_LETTER = lazy_compile(
    r"\b(?:this|the) (?:letter|email|e-mail|note|message|text)\b|\b\d+ words\b|\bword count\b|\btone\b"
)
# A drafting tool's end marker below the signature: "End of draft.", "[End of email]".
_END_MARK = lazy_compile(
    r"[\[(*_ \t]*end of (?:the )?(?:draft|letter|email|e-mail|message|note)[\])*_ \t.]*$", re.IGNORECASE
)


_QUOTED = lazy_compile(r'"[^"\n]*"|“[^”\n]*”')


def notes_below_signature(text: str) -> list[Span]:
    """Sentences below the signature spoken to the writer, not the reader: "Want me to turn the action items
    into a bulleted list instead?", "Good luck with the outreach, you've got this!". A postscript, a phone's
    "Sent from" line and contact details are the letter's own."""
    doc = analyze(text)
    f = form(text)
    if f.signature is None or f.signoff_line is None:
        return []
    out: list[Span] = []
    sign_end = f.signature[1]
    for s, e in doc.lines[f.signoff_line + 1 :]:
        if s < sign_end:
            continue
        line = text[s:e].strip()
        if not line or _BELOW_SIGNATURE.match(line) or "@" in line or "http" in line or "www." in line:
            continue
        if "thank" in _QUOTED.sub("", line.lower()):
            # A second writer's own word to the reader: "A note from me too: thank you for ..." (not a quoted
            # sign-off: 'Would "Kind regards" suit him better than "With warm thanks"?').
            continue
        # The sentence's last mark, past any emoji: "you've got this! 🎉".
        last = len(line)
        while last > 0 and not (line[last - 1].isalnum() or line[last - 1] in ".!?"):
            last -= 1
        lower = line.lower()
        # (A short one too when it is chatter: "Good luck with your outreach!", mw.)
        ends = line[last - 1 : last] in (".", "!", "?")
        sentence = ends and (len(line.split()) >= 6 or _CHATTER.search(lower) is not None)
        if (
            sentence
            and not _CHATTER.search(lower)
            and not _DRAFT_WORDS.search(lower)
            and (
                _AFTERTHOUGHT.match(lower)
                or (_WRITER_TO_READER.search(lower) is not None and _ABOUT_THE_LETTER.search(lower) is None)
            )
        ):
            # A postscript without its "P.S." (hf): "One more thing: I passed the exam you helped me prepare for", "I
            # should add that your example of the missing invoices is one I have since retold to half my team".
            continue
        if (sentence and _PERSON.search(lower)) or _END_MARK.match(line):
            out.append((s, e))
    return out

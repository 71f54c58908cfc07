"""Rule ``gratitude``: the letter thanks the reader or shows appreciation for their time.

Any "thank you", "thanks", "appreciate", "grateful", "gratitude", "indebted", "much obliged", "obliged to you" or "I owe
you one" counts, a sign-off
"Thank you," included, unless it is negated ("no thanks needed", "I don't appreciate") or sarcastic
("thanks for nothing", "thanks for ignoring me"). Thanks said with sarcasm ("Thank you for finally making
time") still thank the reader: the ``politeness`` rule reports the sarcasm, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._form import HONORIFICS, greeting_hint_name, lower_text, preceded_by_letter, wordset
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import analyze, fold_accents, in_quotation, normalize_name

__all__ = ["gratitude"]

# Each starts with a literal, so the engine jumps between candidate words.
_STEMS = (
    "thank", "appreciat", "grateful", "gratitude", "thx", "indebted", "kudos", "much obliged", "owe you one",
    "owe you a coffee", "owe you lunch", "owe you a lunch", "owe you a drink", "in your debt", "cheers for",
    # "Cheers again for putting up with my endless questions" (lp).
    "cheers again for", "cheers so much for", "cheers heaps for",
    "ta very much", "ta muchly",
    # "I remain obliged to you for Thursday's conversation" (not "you are not obliged to reply").
    "obliged to you",
    # "It meant a lot that you made room for me in such a busy week" (hl20).
    "meant a lot that you", "means a lot that you", "meant so much that you", "meant a great deal that you",
)  # fmt: skip
# Whole words of thanks in other languages (a word, not a stem: "Mercier" is a name).
_FOREIGN_THANKS = (
    "asante", "gracias", "merci", "danke", "obrigado", "obrigada", "grazie", "shukran", "salamat", "arigato",
    "arigatou", "dziękuję", "dziekuje", "kiitos", "mahalo", "dhanyavaad", "dhanyavad", "terima kasih", "cảm ơn",
    "spasibo", "köszönöm", "diolch", "go raibh maith agat", "xie xie", "xièxie", "gamsahamnida", "kamsahamnida",
    "remercie", "remercions",
    # "Ngā mihi nui for your time the other day" (lp): Māori thanks.
    "ngā mihi", "nga mihi",
)  # fmt: skip
# Words that intensify such thanks, capitalised at a sentence's start: "Mil gracias", "Muchas gracias".
_THANKS_BEFORE = frozenset(("mil", "muchas", "muchísimas", "muchisimas", "mille", "vielen", "many", "tante"))
# Negations just before ("no thanks", "not grateful", "don't appreciate", "no need to thank").
_NEGATED_BEFORE = lazy_compile(
    r"(?:\bno|\bnot|n't|n’t|\bnever|\bwithout|\bhardly|\bnor|\bcannot|\bforgot to|\bfailed to|\bneglected to)\s+"
    r"(?:(?:need|needs|reason|have) to\s+|really\s+|very\s+|much\s+|even\s+|properly\s+"
    # "this isn't another thank-you note".
    r"|another\s+|a\s+|one more\s+|the usual\s+)?"
    # Thanks not said: "I ... never said thank you", "I forgot to say thank you".
    r"(?:(?:said|say|says|saying)\s+)?$"
)
# "I can't thank you enough" is emphatic thanks despite the negation.
_ENOUGH = lazy_compile(r"\w*\s+(?:you\s+)?enough\b")
# What follows that makes the thanks sarcastic or not thanks ("thanks for nothing", "no thanks needed").
_SARCASTIC_AFTER = lazy_compile(
    r"[\w ]{0,40}?\b(?:for nothing|for ignoring|for wasting|for the silence|for never)\b"
    r"|\w* (?:needed|necessary|required)\b"
)


# Substrings that every match of the pattern above (below) holds: a window holding none of them cannot
# match, which ``str.__contains__`` finds out much faster than the regex search.
_NEGATION_WORDS = ("no", "n't", "n’t", "never", "without", "hardly", "forgot", "failed", "neglected")
_SARCASM_WORDS = (
    "for nothing", "for ignoring", "for wasting", "for the silence", "for never", "needed", "necessary",
    "required",
)


# The thanks go to somebody else when a third person's name follows: "I'm grateful to Tom Ashford for
# suggesting...", "thanks to Tom", "please thank Tom". Anchored after the thanks word.
_TO_WHOM = lazy_compile(
    # "A word of thanks, though, to my train": an aside may stand between the thanks and whom they go to.
    # "a thank-you to my past self": the hyphenated noun too; "the thanks for it go to her".
    r"[\w’'-]*(?:,[ \t]*(?:though|too|also|however|then|of course|at least|perhaps),)?,?[ \t]+"
    r"(?:for (?:it|that|this|them)[ \t]+)?"
    # "those thanks belong to her", "All credit, and my thanks, to the host".
    r"(?:(?:go|goes|went|must go|should go|really go|belong|belongs|are due|are owed)[ \t]+)?"
    r"(?:to[ \t]+)?(?:(?P<role>(?:your|the|my"
    r"|our) (?:own )?(?:assistant|colleague|colleagues|team|pa|secretary"
    r"|staff|office|new \w+|\w+ rota|network|organi[sz]ation|programme|program|association|society|charity|company"
    r"|committee|department|school|university|college|(?:line )?manager|supervisor|boss|tutor|mentor)"
    # "grateful to the scholarship programme that paid for my place, and to my cohort": after "to", the
    # thanked may have words before it.
    r"|(?<=to[ \t])(?:the|my|our) (?:[\w-]+ ){0,2}?(?:programme|program|scholarship|foundation|fund|trust|charity"
    r"|cohort|classmates|family|parents|friends|sponsors?|bootcamp|team|colleagues|school|university|college)"
    # "I owe some thanks to the recruiter who stopped answering", "thanks to my train": anything but the
    # reader's part ("thanks to the talk you gave" credits the reader).
    r"|(?<=to[ \t])(?:the|my|our|a|an)(?: (?!you\b|your\b)[\w-]+){1,3}?\b"
    r"(?![ \t]+(?:[\w’'-]+[ \t]+){0,2}?(?:you|your)\b)"
    r")\b"
    r"|(?P<name>[^\W\d_][\w’'-]*))"
)


# The reader is "you": thanks to "him", "her" or "them" go to somebody else ("I am very grateful to
# him for introducing us", "please thank her for me"). "Thanks to her advice" is no thanks either.
_THIRD_PERSON = frozenset(("him", "her", "them", "whoever", "whomever"))
# Thanks said to a thing, not to the reader: "So thanks, algorithm, for putting your post in my feed". The
# reader is addressed by name (a capital) or as below; a lower-case word set off by commas after the thanks
# is anything else ("Thank you, truly, for ..." is an adverb and still thanks the reader).
_VOCATIVE = lazy_compile(r"[\w’']*,[ \t]+(?P<word>[a-z][\w’'-]*)[ \t]*[,!]")
_NOT_VOCATIVE = wordset(
    """too also again though both all everyone everybody then so once more much indeed anyway really ever
    mate mates friend friends sir madam ma'am boss buddy pal coach doc chief team folks guys man dude love dear
    darling everybody y'all you"""
)


# Capitalised words after a thanks word that still thank the reader ("Thank You,", "Thanks Again").
# (Nor a pronoun that opens the next clause: "Thanks, I suppose, for the time", ku; "Thanks, it was a great help".)
_NOT_A_NAME = frozenset(
    ("you", "your", "yours", "again", "so", "very", "for", "all", "everyone", "both", "a", "in", "i", "we", "it",
     "this", "that")
)


def _to_someone_else(low: str, start: int, others: frozenset[str], reader: _Reader = None) -> bool:
    m = _TO_WHOM.match(low, start)
    # "thanks to your assistant", "thanks to the new rota": somebody (or something) else is thanked.
    if m is None:
        return False
    name = m.group("name")
    if m.group("role") is None and name not in others and name not in _THIRD_PERSON and not _stranger(m, reader):
        return False
    # "... grateful to Megan Price for introducing us, and to you for our conversation": the reader too.
    # The rest of the sentence, within 200 characters (bounded work on hostile input).
    limit = min(len(low), m.end() + 200)
    end = min((i for i in (low.find(c, m.end(), limit) for c in ".!?\n") if i >= 0), default=limit)
    return _AND_YOU.search(low, m.end(), end) is None


# The reader's name words and the original text (for capitals), when the request names the reader.
_Reader = tuple[frozenset[str], str] | None


def _stranger(m: re.Match[str], reader: _Reader) -> bool:
    """Whether the word after the thanks is a capitalised name that is not the reader's: "please pass on
    my thanks to Ines Carvalho", "I'm grateful to Tom for the list"."""
    if reader is None:
        return False
    words, text = reader
    name = m.group("name")
    if name is None or name in _NOT_A_NAME or name in HONORIFICS:
        return False
    return text[m.start("name")].isupper() and fold_accents(name) not in words


# Thanks for something another gave: "grateful for the travel bursary from my college".
_FROM_OTHER = lazy_compile(
    r"[\w’']*[ \t]+for (?:the |a |my |this |that )?(?:[\w-]+ ){0,3}?(?:from|given by|funded by|paid for by|provided by"
    r"|awarded by) (?:my|our|the) (?:own )?(?:college|university|school|employer|company|firm|manager|boss|union"
    r"|council|department|trust|fund|foundation|team|family|parents)\b"
)
_AND_YOU = lazy_compile(r"\b(?:and|as well as|but also)[ \t]+(?:to[ \t]+)?you\b|\byou[ \t]+(?:too|as well)\b")


_NOT_MINE = lazy_compile(
    r"\b(?:pass on|pass along|passing on|relay|relaying|convey|conveying|send|sends|sending|extend|extends)"
    r"\s+(?:her|his|their|[a-z]+['’]s)\s+(?:warm |warmest |sincere |heartfelt |many |special )?$"
)
_IN_SENTENCE = lazy_compile(r"[a-z][ \t]+$")
_NOT_THANKS = lazy_compile(
    r"thank (?:goodness|god|heavens|heaven|my lucky stars)\b"
    # "Please thank your husband for the soup", "I made sure to thank your receptionist": someone else thanked.
    r"|thank(?:ed|ing)? (?:your|the|my|our|his|her|their) (?!time\b)[a-z]"
    # "I fully appreciate that a decarbonisation lead has very little spare time": understanding, not thanks.
    # (Not "I really appreciate how much you invested in me", "how generous you were": thanks.)
    r"|appreciate (?:that|how) (?!you\b|your\b|much (?:you|your|time|help|support|effort)\b|generous|generously"
    r"|kind\b|kindly|patient|patiently|helpful|supportive|warmly|openly|candid)"
    r"|appreciate (?:that |how )?(?:you|your \w+|this|it|people) (?:must|may|might|are|is|'re|’re)\b"
    # "I appreciated the long train journey to your office": an object, not the reader, appreciated.
    r"|appreciat\w* (?:the|a|that) (?:\w+ ){0,2}?(?:journey|train|drive|walk|view|views|weather|coffee|ride|trip"
    r"|flight|scenery|sunshine|break|biscuits|tea|lunch|parking)\b"
    # "thanks, but no thanks", "I will keep my thanks for after we have spoken".
    r"|thanks,? but no thanks\b|thanks for (?:after|later|when)\b"
    # "I have never been comfortable thanking people in advance": thanking in general, nobody thanked.
    r"|thanking (?:people|others|anyone|anybody|someone|somebody|strangers|everyone)\b"
)
# Thanks kept back or withdrawn: "I deleted my paragraph of thanks", "I will keep my thanks for after".
_WITHHELD = lazy_compile(
    r"\b(?:deleted|cut|removed|dropped|skipped|left out|took out) (?:my |the |a )?(?:\w+ )?(?:paragraph|line"
    r"|sentence|note|words?) of\s+$|\b(?:keep|save|hold|reserve) (?:my |the |all |a |an )?(?:proper |real |full |fuller"
    r" |formal |bigger )?$"
    # "I'll skip the flattery and the usual paragraph of thank-yous".
    r"|\b(?:skip|skipping|spare you|omit|dispense with)\b[^.!?\n]{0,40}?\b(?:paragraph|line|round|string|list|flood"
    r"|chorus|pile) of\s+$"
    # "If the results go my way, you'll get the first thank-you card I write": thanks promised, not given.
    r"|\byou(?:'ll|’ll| will) (?:get|receive|have) (?:the |my |a |an )?(?:first |next |biggest |proper |very first )?$"
    # "my mum asked whether I'd remembered to thank you".
    r"|\b(?:whether|if) (?:i|we)(?:'d|’d| had)? (?:remembered|forgotten|forgot|managed) to $"
    # Thanks the reader refused: "You waved away my thanks at the door, so I will not repeat them here".
    r"|\b(?:waved|brushed|shrugged|swatted) (?:away|off|aside) (?:my|our|all) $"
)
# My thanks passed on to somebody else: "Please pass my thanks to your apprentice".
_PASSED_ON = lazy_compile(r"\b(?:pass|passing|give|send|extend|convey|relay)(?: on| along)? (?:my|our) (?:\w+ )?$")
_TO_ANOTHER = lazy_compile(r"thanks?(?: on| along)? to (?!you\b)")
# Thanks put off: "a proper thank-you will follow the call".
_PUT_OFF = lazy_compile(r"thank(?:-you| you|s) (?:will|shall|is going to) (?:follow|come)\b")
# ... or promised for later: "I will thank you properly over that coffee", "I'll thank you in person at the fair".
_LATER_BEFORE = lazy_compile(r"\b(?:i'll|i’ll|i will|i shall|i'm going to|i’m going to|i am going to|i plan to)\s+$")
_LATER = lazy_compile(
    r"thank you (?:\w+ ){0,2}?(?:once|when|after|over|at|in person|face to face|next|as soon as|another time|later"
    r"|one day|some day)\b"
)
# Thanks owed to somebody else: "I have Hugo Brandt to thank for arranging our meeting".
_HAVE_TO_THANK = lazy_compile(r"\b(?:i|we) (?:have|owe) (?!you\b)(?:[\w’'.-]+ ){1,3}to\s+$")
_PIECE_OF = lazy_compile(r"\b(?:paragraph|line|sentence|note|words?|page|card) of\s+$")
_THEN_DELETED = lazy_compile(
    r"[^.!?\n]{0,100}?\b(?:(?:deleted|cut|removed|scrapped|binned|struck|took out) (?:it|them)"
    r"|(?:crossed|scratched|rubbed|struck) (?:it|them) out)\b"
)
_THANKS_OWED_TO = lazy_compile(
    r"\bthe (?:person|one|people|ones) (?:i|we) (?:\w+ )?(?:have to|need to|should|must|want to|ought to|owe) $"
)
_IS_NOT_YOU = lazy_compile(r"thank (?:is|are) (?!you\b)")
# Thanks the writer still means to give someone else: "I still mean to write to the organisers and thank them".
_MEANT_FOR_OTHERS = lazy_compile(r"\b(?:mean|meant|need|have|plan|intend)\w* to (?:\w+ ){0,8}?$")
# "I'm thankful the rain held off": glad of a circumstance, not thanking the reader (but "grateful the advice
# you gave me was so frank" is).
_GLAD_OF = lazy_compile(
    r"(?:thankful|grateful)[ \t]+(?:(?:that[ \t]+)?(?:the|my|our|it|it's|it’s|he|she|they|there|this)\b"
    # "lucky and grateful to have found a line of work that fits me".
    r"|to (?:have|be|finally have) (?:found|got|landed|been|had|made)\b)"
    r"(?![^.!?\n]{0,40}?\byour?\b)"
)
_GIVE_SOMEONE = lazy_compile(
    r"\bgive (?:your|the|his|her|their) [\w’' -]{1,30} a\s+$"
    # "I have already sent Priya a thank-you card": thanks sent to somebody else.
    r"|\b(?:sent|send|sending|gave|given|wrote|written|posted|bought) (?!you\b)[a-z][\w’'-]{1,30} an?\s+$"
)
_PASSIVE = lazy_compile(r"\b(?:being|be|get|getting)[ \t]+$")
_OWED_TO = lazy_compile(r"\b(?:owe|give|send|pass|extend)\s+(?:him|her|them)\b[^.!?\n]{0,25}$")
_YOU_BEFORE = lazy_compile(r"\byou (?:\w+ ){0,2}$")
# "I owe Rutendo Chikwanha, my mentor on the scheme, a huge thank-you": thanks owed to a named person.
_OWE_NAME = lazy_compile(r"\bowe[ \t]+(?P<name>[^\W\d_][\w’'-]*)[^.!?\n]{0,100}$")


def _owed_to_someone_else(low: str, start: int, others: frozenset[str], reader: _Reader) -> bool:
    window = max(0, start - 130)
    if low.find("owe", window, start) < 0:
        return False
    m = _OWE_NAME.search(low, window, start)
    if m is None:
        return False
    name = m.group("name")
    if _AND_YOU.search(low, m.end("name"), start):
        # "I owe Tariq a coffee for the suggestion, and you a debt of thanks": the verb gapped, the thanks yours.
        return False
    return name in _THIRD_PERSON or name in others or _stranger(m, reader)


_AND_YOU = lazy_compile(r"\b(?:and|but) (?:to )?you\b")


def _counts(low: str, start: int, others: frozenset[str] = frozenset(), reader: _Reader = None) -> bool:
    """True when the thanks word at ``start`` is sincere thanks to the reader (``others``: the
    folded name words of people who are not the reader, such as the referrer; ``reader``: the reader's
    name words and the text, when known)."""
    if preceded_by_letter(low, start):
        return False
    if _to_someone_else(low, start, others, reader) or _FROM_OTHER.match(low, start):
        return False
    before = low[max(0, start - 30) : start]
    # "I owe her a great deal of thanks", "you may remember thanking all of us": not the writer thanking you.
    if _OWED_TO.search(before) or (low.startswith(("thanking", "thanked"), start) and _YOU_BEFORE.search(before)):
        return False
    # "Thank goodness for my local library", "I appreciate that you must receive many messages" (I
    # understand), "give your old spaniel a thank-you pat": no thanks to the reader.
    if _NOT_THANKS.match(low, start) or _GLAD_OF.match(low, start) or _GIVE_SOMEONE.search(before):
        return False
    # "She asked me to pass on her thanks", "you can't stand being thanked": somebody else's thanks, or none.
    if _NOT_MINE.search(before) or (low.startswith("thanked", start) and _PASSIVE.search(before)):
        return False
    if _WITHHELD.search(low[max(0, start - 60) : start]):
        return False
    if (_PASSED_ON.search(before) and _TO_ANOTHER.match(low, start)) or _PUT_OFF.match(low, start):
        return False
    if _LATER_BEFORE.search(before) and _LATER.match(low, start):
        return False
    if low.startswith("thank ", start) and _HAVE_TO_THANK.search(before):
        return False
    # "I wrote a whole paragraph of thanks at the top of this email and then deleted it".
    if _PIECE_OF.search(before) and _THEN_DELETED.match(low, start, start + 120):
        return False
    # "... to the summit organisers and thank them for their seating plan": owed to them, later.
    if low.startswith(("thank them", "thank him", "thank her"), start) and _MEANT_FOR_OTHERS.search(
        low[max(0, start - 80) : start]
    ):
        return False
    # "The person I really have to thank is Ayesha Malik": the thanks named as owed to somebody else.
    if _THANKS_OWED_TO.search(before) and _IS_NOT_YOU.match(low, start):
        return False
    # A quotation of someone else ('she said, "Thank you, my daughter."'), or a line of thanks quoted only to
    # say it was struck ('I began with "Thank you for your time", then crossed it out').
    if in_quotation(low, start) and (
        not low.startswith(("thank you for", "thanks for"), start) or _THEN_DELETED.match(low, start, start + 120)
    ):
        return False
    if _owed_to_someone_else(low, start, others, reader):
        return False
    if (
        any(map(before.__contains__, _NEGATION_WORDS))
        and _NEGATED_BEFORE.search(before)
        and not _ENOUGH.match(low, start, start + 30)
    ):
        return False
    end = low.find(" ", start)
    end = start + 12 if end < 0 else end
    if not any(map(low[end : end + 60].__contains__, _SARCASM_WORDS)):
        return True
    return not _SARCASTIC_AFTER.match(low, end, end + 60)


# The word before, on the same line: a capitalised word (and no full stop, unless it is a title).
_NAME_BEFORE = lazy_compile(r"([A-Z][\w'’-]*)(\.?)[ \t]*$")


def _in_a_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a name or a title: "Mr. Asante", "Kwame Asante" (a surname
    that is also a word of thanks), not "Hello. Asante sana for your time"."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and m.group(1).lower() in _THANKS_BEFORE:
        return False
    return m is not None and (not m.group(2) or m.group(1).lower() in HONORIFICS)


def _said_to_a_thing(text: str, start: int) -> bool:
    """Whether the thanks at ``start`` (in the original text, for its capitals) is said to a thing."""
    m = _VOCATIVE.match(text, start)
    if m is None:
        return False
    word = m.group("word").replace("’", "'")
    return word not in _NOT_VOCATIVE and not word.endswith("ly")


def _hint(text: str, request: AnyRequest | None, kind: str | None) -> str:
    name = greeting_hint_name(text, request)
    if kind in ("thank_you", "follow_up") and request is not None and request.meeting is not None:
        topic = request.meeting.topics[0] if request.meeting.topics else "your conversation"
        when = f" on {request.meeting.date}" if request.meeting.date else ""
        return f"Thank {name} for the conversation{when}, for example for the advice on {topic}."
    return f"Thank {name} for the time and consideration, for example 'Thank you for considering my request.'"


def _thanked(body: str, body_low: str, others: frozenset[str], known: _Reader) -> bool:
    """Whether ``body`` (with its lower-cased text) thanks the reader somewhere."""
    for stem in _STEMS:
        pos = body_low.find(stem)
        while pos >= 0:
            # "a copy of Thanks for the Feedback": a capital inside a sentence starts a title, not thanks.
            title = body[pos : pos + 1].isupper() and _IN_SENTENCE.search(body, max(0, pos - 12), pos) is not None
            if not title and not _said_to_a_thing(body, pos) and _counts(body_low, pos, others, known):
                return True
            pos = body_low.find(stem, pos + 1)
    # Thanks in the writer's first language: "Asante sana for your time", "Merci beaucoup for the advice".
    for word in _FOREIGN_THANKS:
        pos = body_low.find(word)
        while pos >= 0:
            after = body_low[pos + len(word) : pos + len(word) + 1]
            if not after.isalpha() and not _in_a_name(body, pos) and _counts(body_low, pos, others, known):
                return True
            pos = body_low.find(word, pos + 1)
    # Appreciation as good fortune: "I count myself fortunate to have had an afternoon of your time".
    return any(word in body_low for word in _FORTUNATE_WORDS) and _FORTUNATE.search(body_low) is not None


_FORTUNATE_WORDS = ("fortunate", "lucky", "privileged", "blessed")
_FORTUNATE = lazy_compile(
    r"\b(?:(?:count|counted|consider|considered) (?:myself|ourselves)|(?:i|we) (?:feel|felt|was|were|am|are)|i'm|we're)"
    r" (?:very |so |truly |most |extremely |incredibly )?(?:fortunate|lucky|privileged|blessed)"
    r" to have (?:had|received|been given|been offered|been granted)\b[^.!?\n]{0,60}\byour?\b"
)


def gratitude(text: str, request: AnyRequest | None, kind: str | None, /) -> Iterable[Finding]:
    """Flag a letter with no thanks or appreciation for the reader.

    Args:
        text: The letter.
        request: The request, used for the hint (the reader's name, the meeting).
        kind: The letter kind, used for the hint.
    """
    doc = analyze(text)
    low = lower_text(doc)
    body_low = low[doc.body_start :]
    others: frozenset[str] = frozenset()
    known: _Reader = None
    if request is not None:
        names = f"{request.recipient.name} {request.recipient.salutation or ''}"
        reader = frozenset(normalize_name(names).split())
        known = (reader, text[doc.body_start :])
        if request.referrer is not None:
            others = frozenset(w for w in normalize_name(request.referrer.name).split() if w not in reader)
    # Any one sincere thanks passes, so each stem is looked for with ``str.find`` (the thanks usually
    # comes last, and a regex alternation opening with common letters tries nearly every position). The
    # subject line is read last: "Subject: Thank you for Tuesday" thanks the reader before the letter does.
    parts = [(text[doc.body_start :], body_low)]
    if doc.subject is not None:
        parts.append((text[: doc.body_start], low[: doc.body_start]))
    for body, part_low in parts:
        if _thanked(body, part_low, others, known):
            return
    yield Finding(
        "gratitude",
        "error",
        "The letter never thanks the reader or shows appreciation for their time.",
        0,
        0,
        _hint(text, request, kind),
    )

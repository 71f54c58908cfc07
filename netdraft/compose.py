"""The offline composer: a sound letter built from the request alone, with no model and no network.

It follows the same advice the prompts give the model: greet by name, name the referrer (or the
reason for writing) first, a sentence or two of background, the purpose and one modest ask stated
plainly, thanks, the follow-up plan, and for letters after a meeting a recap and every action item.
Wording differs by kind and tone; the result is deterministic for a given request.
"""

from __future__ import annotations

import re

from netdraft.models import LetterRequest
from netdraft.results import Draft, join_letter

__all__ = ["compose"]

# Words that, leading a phrase, make it a verb phrase ("learn how...", "call your office...").
_VERBS = frozenset(
    [
        "learn", "hear", "understand", "explore", "discuss", "ask", "get", "gain", "find", "talk",
        "speak", "meet", "share", "move", "become", "transition", "switch", "join",
        "build", "grow", "work", "lead", "break", "pivot", "return", "enter", "start", "make",
        "call", "email", "send", "write", "follow", "check", "reach", "contact", "schedule", "set",
        "arrange", "introduce", "connect", "see", "visit", "review", "keep", "stay", "catch",
        "update",
    ]
)
_DAYS = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december"
    ]
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _verb_first(phrase: str) -> bool:
    first = phrase.split(maxsplit=1)[0].lower() if phrase.split() else ""
    return first in _VERBS


def _clause(phrase: str) -> str:
    """A phrase ready to sit inside a sentence: no final full stop, no leading capital."""
    phrase = phrase.strip().rstrip(".!?;,")
    if phrase[:2].isupper() or (phrase[:1] == "I" and phrase[1:2] in (" ", "'")):
        return phrase  # an acronym or "I will..."
    words = phrase.split(maxsplit=1)
    # Keep proper nouns ("Sam", "Python") capitalised; lower only ordinary first words.
    if words and words[0][:1].isupper() and words[0][1:].islower() and words[0].lower() in _COMMON_STARTS:
        return phrase[:1].lower() + phrase[1:]
    return phrase


_COMMON_STARTS = _VERBS | frozenset(
    [
        "a", "an", "the", "my", "your", "our", "how", "what", "which", "why", "when", "where",
        "whether", "to", "some", "more", "any", "one", "two", "three"
    ]
)


def _sentence(text: str) -> str:
    """A full sentence: capital first letter, final full stop."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _first_sentences(text: str, n: int = 2) -> str:
    """At most ``n`` sentences of a longer background: never the whole resume."""
    parts = _SENTENCE_END.split(text.strip())
    return " ".join(_sentence(p) for p in parts[:n] if p)


def _join(items: list[str]) -> str:
    items = [_clause(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + f", and {items[-1]}"


def _on(date: str | None) -> str:
    if not date:
        return ""
    first = date.split()[0].lower().rstrip(",")
    return f" on {date}" if first in _DAYS or first[:1].isdigit() else f" {date}"


_READER_WILL = re.compile(r"you(?: will|'ll|’ll) (?=\w)", re.IGNORECASE)


def _you_form(item: str) -> str:
    """An action item as a sentence to the reader ("You offered to..." stays; "I will..." stays).

    The reader's own item is told as their offer: "you will introduce me to Lee Park" written back as "You will
    introduce me to Lee Park." reads as an order, so it becomes "You kindly offered to introduce me to Lee Park."
    """
    m = _READER_WILL.match(item.strip())
    if m is not None:
        return _sentence("You kindly offered to " + item.strip()[m.end() :])
    return _sentence(item)


class _Letter:
    """Paragraphs under construction."""

    def __init__(self, request: LetterRequest) -> None:
        self.r = request
        self.warm = request.tone == "warm"
        self.paragraphs: list[str] = []

    def add(self, *sentences: str) -> None:
        text = " ".join(s for s in sentences if s)
        if text:
            self.paragraphs.append(text)

    # -- shared pieces -------------------------------------------------------------------

    def greeting(self) -> str:
        return f"{'Hi' if self.warm else 'Dear'} {self.r.greeting_name},"

    def intro(self) -> str:
        r = self.r
        if r.referrer is not None:
            who = r.referrer.name
            if r.referrer.relationship:
                who = f"{who}, {_clause(r.referrer.relationship)},"
            if self.warm:
                return f"{who} suggested I get in touch with you, and I'm glad to have the chance."
            return f"{who} suggested that I write to you."
        if r.connection:
            if self.warm:
                return f"I'm reaching out because of {_clause(r.connection)}."
            return f"I am writing to you because of {_clause(r.connection)}."
        return ""

    def reminder(self) -> str:
        """For letters after a first contact: who put us in touch, or what led to it."""
        r = self.r
        if r.referrer is not None:
            if self.warm:
                return f"I'm so glad {r.referrer.name} put us in touch."
            return f"I am grateful to {r.referrer.name} for putting us in touch."
        if r.connection:
            return f"I am glad that {_clause(r.connection)} first led me to write to you."
        return ""

    def background(self) -> str:
        r = self.r
        parts = []
        if r.sender.background:
            parts.append(_first_sentences(r.sender.background, 2))
        if r.sender.goal:
            goal = _clause(r.sender.goal)
            if _verb_first(goal):
                parts.append(f"My goal is to {goal}." if not self.warm else f"I'm hoping to {goal}.")
            else:
                parts.append(f"I am working toward {goal}." if not self.warm else f"I'm working toward {goal}.")
        return " ".join(parts)

    def purpose(self) -> str:
        p = self.r.purpose
        if not p:
            return ""
        p = _clause(p)
        if _verb_first(p):
            return f"I would value the chance to {p}." if not self.warm else f"I'd love the chance to {p}."
        return f"What I am hoping for is {p}." if not self.warm else f"What I'm hoping for is {p}."

    def ask(self) -> str:
        a = self.r.ask
        if not a:
            return ""
        a = _clause(a)
        if _verb_first(a):
            return f"Would you be willing to {a}?"
        return f"Would you be open to {a}?" if not self.warm else f"Would you be up for {a}?"

    def follow_up(self) -> str:
        f = self.r.follow_up
        if not f:
            return ""
        f = _clause(f)
        if f.startswith("I ") or f.startswith("I'"):
            return _sentence(f)
        if _verb_first(f):
            return f"I will {f}." if not self.warm else f"I'll {f}."
        return _sentence(f"as a next step, {f}")

    def thanks(self, what: str = "your time and consideration") -> str:
        if self.warm:
            return f"Thank you so much for {what}."
        return f"Thank you for {what}."

    def signature(self) -> str:
        r = self.r
        lines = ["Warm wishes," if self.warm else "Best regards,", r.sender.name]
        lines += [x for x in (r.sender.email, r.sender.phone) if x]
        return "\n".join(lines)

    def subject(self) -> str | None:
        r = self.r
        if r.channel != "email":
            return None
        if r.kind == "informational":
            if r.referrer is not None:
                return f"{r.referrer.name} suggested I write"
            return "A request for your advice"
        if r.kind == "introduction":
            if r.referrer is not None:
                return f"Introduction through {r.referrer.name}"
            return f"Introduction from {r.sender.name}"
        if r.kind == "follow_up":
            return "Following up on our conversation"
        if r.kind == "thank_you":
            return "Thank you for your time"
        return f"An update from {r.sender.name.split()[0]}"

    def text(self) -> str:
        return "\n\n".join([self.greeting(), *self.paragraphs, self.signature()])


def _meeting_items(request: LetterRequest) -> tuple[list[str], list[str], str | None]:
    m = request.meeting
    if m is None:
        return [], [], None
    return list(m.topics), list(m.action_items), m.date


def _advice_letter(w: _Letter) -> None:
    """Informational and introduction letters."""
    r = w.r
    if r.kind == "introduction":
        me = f"I'm {r.sender.name}" if w.warm else f"My name is {r.sender.name}"
        intro = w.intro()
        if r.referrer is None and intro:
            # "My name is Kwame Mensah, and I am writing to you because of your talk on..."
            keep_capital = intro.startswith(("I ", "I'"))
            rest = intro if keep_capital else intro[0].lower() + intro[1:]
            w.add(f"{me}, and {rest}")
        else:
            w.add(intro, f"{me}.")
        w.add(w.background())
    else:
        w.add(w.intro(), w.background())
    w.add(w.purpose(), w.ask(), "I would keep it brief and fit around your schedule." if not w.warm else
          "I'll keep it short and fit around your schedule.")
    closing = [w.follow_up(), w.thanks()]
    w.add(*closing)


def _follow_up_letter(w: _Letter) -> None:
    topics, actions, date = _meeting_items(w.r)
    opener = ("Thanks so much for talking with me" if w.warm else "Thank you for speaking with me") + _on(date) + "."
    recap = f"I especially appreciated our discussion of {_join(topics)}." if topics else ""
    w.add(opener, w.reminder(), recap)
    if actions:
        lead = "Here are the next steps we agreed on:" if w.warm else "To recap the next steps we agreed on:"
        w.paragraphs.append(lead + "\n" + "\n".join(f"- {_you_form(a)}" for a in actions))
    if w.r.purpose:
        w.add(f"It has already helped me {'' if _verb_first(_clause(w.r.purpose)) else 'with '}{_clause(w.r.purpose)}.")
    w.add(w.follow_up(), w.thanks("your generosity with your time and advice"))


def _thank_you_letter(w: _Letter) -> None:
    topics, actions, date = _meeting_items(w.r)
    opener = ("Thank you so much for taking the time to meet with me" if w.warm else
              "Thank you for taking the time to meet with me") + _on(date) + "."
    if topics:
        first = f"Our conversation about {_clause(topics[0])} was especially helpful to me."
        rest = f"I also valued your thoughts on {_join(topics[1:])}." if topics[1:] else ""
    else:
        first = rest = ""
    w.add(opener, w.reminder(), first, rest)
    if actions:
        w.add(*(_you_form(a) for a in actions))
    w.add(w.follow_up(), "I am grateful for your advice and encouragement." if not w.warm else
          "I really appreciate your advice and encouragement.")


def _keep_in_touch_letter(w: _Letter) -> None:
    topics, _, _ = _meeting_items(w.r)
    opener = "I hope you are doing well." if not w.warm else "I hope all is well with you."
    since = f"I have thought often about our conversation on {_clause(topics[0])}." if topics else ""
    w.add(opener, since, w.reminder())
    why = ""
    if w.r.purpose:
        p = _clause(w.r.purpose)
        why = f"I am writing to {p}." if _verb_first(p) else f"I am writing about {p}."
    w.add(why, _first_sentences(w.r.sender.background, 2) if w.r.sender.background else "")
    w.add(w.ask(), w.follow_up(), w.thanks("your advice and encouragement"))


_BUILDERS = {
    "informational": _advice_letter,
    "introduction": _advice_letter,
    "follow_up": _follow_up_letter,
    "thank_you": _thank_you_letter,
    "keep_in_touch": _keep_in_touch_letter,
}

_PADDING = {
    "formal": [
        "Any advice you could share would be much appreciated.",
        "I have long admired the work you do, and your perspective would mean a great deal to me.",
        "Please know that I understand how valuable your time is.",
    ],
    "warm": [
        "Any advice you could share would mean a lot.",
        "I've long admired your work, and your perspective would mean a lot to me.",
        "I know how valuable your time is, and I really appreciate it.",
    ],
}


def compose(request: LetterRequest) -> Draft:
    """Write a letter for ``request`` with no model: deterministic, offline, checked.

    Args:
        request: The letter request.

    Returns:
        A ``Draft`` with ``backend="compose"`` and the rules' report on the letter.
    """
    from netdraft.rules import check
    from netdraft.rules._text import word_count

    w = _Letter(request)
    _BUILDERS[request.kind](w)
    low, high = request.band
    # Short requests give short letters: add courteous sentences until the letter reaches the band.
    for extra in _PADDING[request.tone]:
        if word_count(w.text()) >= low:
            break
        w.paragraphs.insert(max(len(w.paragraphs) - 1, 0), extra)
    # Long requests: keep the essentials and drop the optional background first.
    if word_count(w.text()) > high and request.sender.background:
        w.paragraphs = [p.replace(_first_sentences(request.sender.background, 2), "").strip()
                        for p in w.paragraphs]
        w.paragraphs = [p for p in w.paragraphs if p]
    subject = w.subject()
    body = w.text()
    report = check(join_letter(subject, body), request)
    return Draft(subject=subject, body=body, report=report, backend="compose", request=request)

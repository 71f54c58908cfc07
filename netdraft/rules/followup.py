"""Rule ``follow-up``: the next step, the agreed action items and the meeting recap are in the letter.

- A request's ``follow_up`` (e.g. "call the office next Tuesday") must be mentioned in substance
  ("I'll give your office a ring on Tuesday") around a sentence about the future (a past event
  with the same words is not the plan); naming another weekday or month does not count.
- ``follow_up`` letters: every ``meeting.action_items`` item must appear (one error per missing
  item) and at least one ``meeting.topics`` item must be recapped.
- ``thank_you`` letters: at least one meeting topic must be mentioned.
- No ``follow_up`` in the request: ``informational`` and ``introduction`` letters that state no
  plan at all get a warning; other kinds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._form import wordset
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._match import (
    MONTHS,
    WEEKDAYS,
    Index,
    Match,
    Phrase,
    beyond_own,
    content_tokens,
    core,
    index,
    is_mentioned,
    keys_of,
    modifier_words,
    names_of,
    own_words,
    phrase,
    said_as,
    stem,
    variants,
    windows,
    with_acronyms,
)
from netdraft.rules._text import normalize_name
from netdraft.rules.skip import Skip

__all__ = ["follow_up"]

# Any stated next step by the writer ("I'll call your office", "I will follow up next week").
_PLAN_VERB = (
    r"\b(?:i(?:'ll| will| shall| plan to| intend to| am going to|'m going to| would like to| hope to)|let me)"
    r" (?:\w+ ){0,3}?(?:follow|call|ring|phone|email|e-mail|reach|write|contact|check|touch|send|circle|try"
    r"|text|message|stop by|drop)\b"
)
_PLAN_PHRASE = r"\b(?:follow(?:ing)?[ -]up|be in touch|get in touch|touch base|circle back|check in|reach out again)\b"
_PLAN = lazy_compile(_PLAN_VERB + "|" + _PLAN_PHRASE)
_PLAN_VERB_AT = lazy_compile(_PLAN_VERB)
# ``_PLAN`` tried only where one of its branches' opening words stands: a search over the whole letter
# tries the alternation at every position, a few ``str.find`` calls skip to the candidates in C.
_PLAN_STARTS = (
    (
        ("i'll", "i will", "i shall", "i plan to", "i intend to", "i am going to", "i'm going to", "i would like to",
         "i hope to", "let me"),
        _PLAN_VERB_AT,
    ),
    (
        ("follow up", "follow-up", "following up", "following-up", "be in touch", "get in touch", "touch base",
         "circle back", "check in", "reach out again"),
        lazy_compile(_PLAN_PHRASE),
    ),
)  # fmt: skip


def _plan_stated(lower: str) -> bool:
    """``_PLAN.search(lower) is not None``, trying the pattern only where a match can start."""
    for heads, pattern in _PLAN_STARTS:
        for head in heads:
            i = lower.find(head)
            while i >= 0:
                if pattern.match(lower, i) is not None:
                    return True
                i = lower.find(head, i + 1)
    return False


# A sentence about the future: the follow-up plan must be stated as one, not matched by a past
# event with the same words ("I have begun reading the report" is not "call after reading it").
_FUTURE = lazy_compile(
    r"\b(?:i'll|i will|i shall|i plan|i intend|i'm going to|i am going to|let me"
    r"|i(?:'d| would| should) (?:very much |really |also |so )?like to|(?:i'm |i am )?looking forward to"
    r"|i (?:very much |really |so |truly )?look forward to|(?:i'm |i am )?(?:very much |really )?looking forward to"
    # Typed without apostrophes: "ill send u my proposal", "im going to".
    r"|ill (?:send|call|email|write|be|let|follow|get|reach|drop|share|keep|text|ring|check)|im going to"
    r"|i (?:also |still |then |really |certainly |very much |do |truly )?hope to"
    r"|i (?:also|then|still) (?:plan|intend|will|want)"
    # "I hope I may write to you again", "I'd love you to come to my album launch".
    r"|i hope i (?:may|might|can|could|will|shall)|i(?:'d| would) (?:\w+ )?love (?:for )?you to"
    r"|i'd be|i would be|(?:it'd|it would|would) be (?:great|lovely|good|nice|wonderful|fantastic)"
    # "It would mean a great deal if you were able to come and see it".
    r"|(?:it'd|it would|would) mean (?:a lot|a great deal|so much|the world|a good deal)"
    r"|if you (?:were|are|would be) (?:ever )?(?:able|free) to"
    r"|may i|could i|can i|should i|if i (?:may|might|could|call|email|ring"
    r"|follow|reach|check|send|write|stop)|next|tomorrow|soon|later|shortly|in the coming|upcoming|after"
    r"|once|when i|by (?:monday|tuesday|wednesday|thursday|friday|the end)|on (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|this (?:week|month|afternoon|friday|monday|tuesday|wednesday"
    r"|thursday)|follow(?:ing)?[ -]up|be in touch|get in touch|touch base|circle back|plan to|intend to"
    # ("I am working on my first full rebinding and shall send you photographs of it", pk.)
    r"|planning to|intending to|hoping to|aim to|going to|will|shall|i can|i could|happy to|glad to|propose to"
    # "My plan is to apply for the PGCE in the autumn round".
    r"|(?:my|the|our) (?:plan|intention|aim|next step|next move) (?:is|will be) to"
    # "I have also decided to book a place at the university open evening" (ij05).
    r"|i(?:'ve|’ve| have)? (?:now |also |just |finally )?(?:decided|made up my mind|resolved) to"
    r"|i(?:'d| would) (?:also |really |so |very much )?love it if\b"
    # The plan hung on the ask: "Would you be willing to spare 20 minutes? I would send my questions ahead of time".
    r"|i(?:'d| would) (?:also |then |gladly |happily |of course )?(?:send|share|email|forward|call|ring|phone|bring)"
    r"|i(?:'d| would) (?:also |really |so |very much )?love to (?:send|share|show|update|tell|let|call|email"
    r"|write|invite|introduce|visit|host|join|bring|come|attend|buy|treat|take you"
    # "I would love to volunteer at the clinic's school sealant day in the spring".
    r"|volunteer|help out|pitch in|lend a hand|take part|shadow|sit in"
    # "I'd love to catch up over coffee in the new year", "drop in for a coffee": meeting again.
    r"|catch up|drop in|drop by|stop by|pop in|pop by|meet|see you|get together|grab|reconnect|talk again"
    r"|take you up|have you"
    r"|chat again|speak again)"
    # An invitation made in the letter: "Would you be up for coming along to the forum?", "would you consider
    # coming in to speak to my team?".
    r"|(?:would|will|could) you (?:\w+ ){0,3}?(?:come|coming|join|joining|speak|speaking|visit|visiting|attend"
    r"|attending|drop by|dropping by|stop by|stopping by|be our guest)"
    r"|you(?:'d|’d| would| will|'ll|’ll) be (?:very |most |more than )?welcome"
    # Leave asked to carry the plan out: "Would you be happy for me to introduce you?".
    r"|(?:would|will) you (?:\w+ ){0,3}?for me to|(?:ok|okay|all right|alright|fine) (?:with you )?if i)\b"
)
# The plan told as done (lh): "I rang your office on Monday and left a message", "It was so nice to visit you at the
# garden centre on Sunday" ("on Monday" is no future then), unless the writer's future is said too ("I called last
# week and will try again on Monday").
_TOLD_PAST = lazy_compile(
    # (Not what the writer wrote: "the reading scheme I wrote for my school", a311.)
    r"\bi (?:already |just |also |have |'ve )?(?:rang|called|phoned|emailed|e-mailed|visited|wrote to (?:you|your)"
    r"|texted|messaged|dropped by|dropped in|popped in|popped by|came by|stopped by|went)\b"
    r"|\b(?:it was|it's been|it’s been|it has been) (?:so |really |very |such a )?(?:nice|lovely|good|great"
    r"|wonderful|pleasure) to (?:visit|see|meet|call|speak|talk|catch up)\b"
)
_WILL = lazy_compile(
    r"\b(?:i'll|i’ll|i will|i shall|i'm going to|i’m going to|i am going to|i plan|i intend|i hope to)\b"
)
# The plan called off: "I won't be able to join the bird survey after all", "I'll have to skip it".
_CANCELLED = lazy_compile(
    # (Not the reader's: "no need to reply unless you can't make it", li.)
    r"(?<!unless you )(?<!if you )(?<!in case you )"
    r"\b(?:won't|will not|can't|cannot|couldn't|could not|(?:am|'m) unable to|(?:am|'m) not able to)"
    # (Not a step held up: "I have now finished the SQL course and cannot go any further without it", qc.)
    r" (?:be able to )?(?:make|join|attend|come|go|manage|do|take part)\b(?! (?:any )?further\b)|\bafter all\b"
    r"|\b(?:have|had) to (?:skip|miss|cancel|postpone|pull out|drop)\b"
)
# Sending now what the plan says to send: "(see attached)", "here is the checklist", "I enclose".
_SENT_NOW = lazy_compile(
    r"\b(?:attached|enclosed|attaching|enclosing|i enclose|i attach|here is|here's|heres|here are"
    # "I have written up my notes from the Forum's stewardship session and attach them here" (hp35).
    r"|and (?:attach|enclose) (?:it|them|this|these|a copy)"
    # "My sample episode is here if you want to hear where I'm starting from: lumenpod.example/sample".
    r"|(?:is|are) (?:here|below|linked)"
    # "In the meantime my portfolio is at https://fatima.design in case you'd like a look".
    r"|(?:is|are|lives|sits) (?:now )?(?:at|on) (?=https?:|www\.)"
    # A paper letter's enclosure: "I've put my sourdough starter notes in with this letter".
    r"|(?:in|inside|with) (?:this|the) (?:letter|envelope|card|parcel|package)\b"
    r"|i am sending|i'm sending|i(?:'ve| have) (?:also )?(?:included|added|linked))\b"
    # "In the meantime, you can see samples of the online modules I have built at {{portfolio_link}}" (ez).
    r"|\byou can (?:see|find|view|read|browse|look at) (?:[\w'’-]+ ){0,8}?(?:at|on) (?=https?:|www\.|\{|\[|<)"
)
# Plans to give the reader news ("tell him when she starts", "let him know how her exam went", "update her on
# the move"), and a letter that gives it: the writer's own news in the past or perfect, or said to be news.
_TELL_VERBS = wordset("tell let update inform report")
_TOLD_NOW = lazy_compile(
    r"\b(?:let you know|to tell you|an update|some news|good news|the news"
    r"|i(?:'ve|’ve| have)? (?:just |now |finally |recently |also )?(?:passed|started|finished|completed|begun|began"
    r"|joined|enrolled|qualified|landed|heard|moved|signed up|been accepted|got))\b"
)
# The plan the reader asked for, carried out by the letter itself: "you asked us all to tell you how our first
# month of shifts went. So here I am".
_ASKED_OF_ME = lazy_compile(
    r"\byou (?:asked|wanted|told|invited|encouraged|urged) (?:me|us|us all|all of us|everyone|each of us) to"
    r" (?:\w+ )?(?:tell|let|update|report|write|send|share|keep)\b"
)
# Done already, with a verb whose stem is compared with the plan's: "I have now registered".
_DONE = lazy_compile(
    r"\b(?:i have|i've) (?:now |already |just |since )?([a-z]+ed|sent|written|given|shown|told|made|done|begun"
    r"|taken|brought|built|found|met|paid|kept|spoken|got|gotten|read|put)\b"
)
# The irregular participles ``_DONE`` finds are compared by ``stem``, which knows most of them ("I have now sent my
# application" carries out "send his application", ga); these few it reads as other words ("made" as "mad").
_PARTICIPLES = {"given": "give", "made": "make", "done": "do", "got": "get", "gotten": "get"}
# Begun: "I have begun reading the report on regional inequality you recommended" for "read the report" (gi).
_BEGUN = lazy_compile(r"\b(?:i have|i've|i’ve|i) (?:now |already |just )?(?:begun|started|began) ([a-z]+ing)\b")
# Under way, likewise: "As you suggested, I am reading through the forecasting bulletins you recommended".
_DOING = lazy_compile(r"\b(?:i am|i'm|i’m) (?:now |already |currently |still |busy )?([a-z]+ing)\b")
# Wished for with the plan's own verb: "If they do, I'd love to pitch a local story to them".
_WOULD_LOVE_TO = lazy_compile(r"\b(?:i'd|i’d|i would) (?:also |really |so |very much )?(?:love|like) to ([a-z]+)\b")
# Done by the letter itself: "I am pleased to confirm that I have now enrolled" for "confirm her enrolment by email".
_DONE_HERE = lazy_compile(
    r"\b(?:i am|i'm|i’m) (?:very |so |really )?(?:pleased|happy|glad|delighted|writing) to ([a-z]+)\b"
)
_SEND_VERBS = wordset("send forward share pass email e-mail mail submit enclose attach")
# Words of handing something over, shared by plans (``_HANDING``) and action items (``_HANDED``).
_HAND_OVER = (
    r"send|sending|sent|share|sharing|shared|forward|forwarding|pass|passing|e-?mail|mail|attach|attaching"
    r"|attached|enclose|enclosing|enclosed|include|included|copy|circulate|post|to you|with you|your way"
)
# A sentence that hands something over, now or later: "I'll send", "you'll have it", "a copy your way".
_HANDING = lazy_compile(
    r"\b(?:" + _HAND_OVER + r"|e-?mailing|submit|show|get it|get them|copies|deliver|drop|upload|including|hand"
    r"|tell|write|let you know|your inbox|your desk|you(?:'ll| will) (?:have|get|see|receive)|reach(?:es)? you"
    # "expect a short summary of my thesis from me early next week".
    r"|expect (?:[\w'’-]+ ){0,6}?from me"
    r"|you(?:'ll| will) be (?:receiving|getting|seeing))\b"
)


# Words of getting back in touch. A plan that opens with one ("Email Clara in two weeks once he has
# read the guide") is about that contact: its other words ("read the guide") are not the plan alone.
_CONTACT = wordset(
    "email e-mail emailing call calling ring ringing phone phoning telephone telephoning write writing reach contact "
    "message text follow touch check circle note line"
)
# Words that say a contact plan is carried out: its own verbs, and "I will send you an update".
# ("I'll try your number on Thursday", lh.)
_CONTACT_SAID = _CONTACT | wordset("update inbox number")
_WORD = lazy_compile(r"[a-z][a-z'-]*")


# The reason a plan gives for itself: "email her assistant next week to find a convenient time", "call
# him once my exams are over to hear how the site is going". A letter says the plan, not always why.
_PLAN_REASON = lazy_compile(
    r"\bto (?:find|see|ask|hear|arrange|check|confirm|set up|book|agree|fix|discuss|schedule|catch up|learn"
    r"|update|get|sort out|settle|choose|pick)\b"
    # ... or the condition it waits on: "call her in two weeks if she has not had a chance to reply" is met
    # by "if I haven't heard back I'll give you a ring in a fortnight".
    r"|\b(?:if|in case) (?:she|he|they|you|i|we) (?:has|have|had|does|do|did)(?:n't| not)\b"
    r"|\bif (?:there is |there's )?no (?:reply|response|answer|word)\b|\bunless\b"
)


# A plan that opens with getting in touch in an idiom: "get back in touch", "be in touch", "touch base".
_IN_TOUCH = lazy_compile(r"(?:get|be|keep|stay)(?: back)? in touch\b|touch base\b")


_FOLLOW_UP_BY = lazy_compile(r"follow[ -]up (?:by|with|via|over)\b")
# A visit in an idiom: "I would love to stop by the centre to say hello the next time I am in the area" (hk13).
_VISIT_IDIOM = lazy_compile(r"\b(?:stop|drop|pop|swing|call|come) (?:by|in|round|over)\b")
# "I'll try your number on Thursday morning" is a phone call (lh).
_UPDATE_ITEM = lazy_compile(r"\b(?:update|updates)\b")
_UPDATING = lazy_compile(
    r"\b(?:let you know|keep you (?:posted|updated|informed|in the loop)|fill you in|give you an update"
    r"|send you an update|report back)\b"
)
_PHONE_PLAN = lazy_compile(r"\b(?:phone|call|ring|telephone)\b")
_PHONE_IDIOM = lazy_compile(
    r"\b(?:try|ring|call|dial) (?:you on |you at )?your (?:number|mobile|landline|phone|direct line)\b"
)


@lru_cache(maxsize=256)
def _plan_phrases(value: str, names: frozenset[str]) -> tuple[Phrase, ...]:
    """``variants(value, names)`` with the words of a modifier of the plan's object, and of the reason
    the plan gives for itself, at half weight."""
    phrases = variants(value, names)
    soft = modifier_words(value)
    # "get back in touch once she has read the annual report" (es): the idiom is the contact, checked as such (see
    # ``_planned``); what the plan waits on carries it.
    idiom = _IN_TOUCH.match(value.strip().lower())
    if idiom is not None:
        soft = soft | {st for st, s, _ in content_tokens(value.strip()) if s < idiom.end()}
    reason = _PLAN_REASON.search(value.lower())
    if reason is not None and reason.start() > 0:
        soft = soft | {st for st, s, _ in content_tokens(value) if s >= reason.start()}
    if _FOLLOW_UP_BY.match(value.strip().lower()) is not None:
        # "follow up by phone if there is no reply in two weeks" (gy22): every plan follows up; the channel and the
        # time are what the letter must say ("I ring your office after a fortnight").
        soft = soft | {stem("follow")}
    if not soft:
        return phrases
    return tuple(p.softened(soft) for p in phrases)


# The writer's contact asked of the reader's side instead: "for someone from your office to ring me".
_TURNED_ROUND = lazy_compile(
    r"\b(?:you|your (?:\w+ )?(?:office|team|assistant|colleague|secretary)|someone(?: from your \w+)?)"
    r"(?: to| could| can| would| might| will)? (?:ring|call|phone|email|e-mail|contact|text|message) me\b"
    # "do drop me a line in April and I'll happily show you", "if you could give me a call to let me know".
    r"|\b(?:drop|send|give|shoot|ping) me (?:a |an )?(?:line|call|ring|message|note|email|e-mail|text|shout|buzz)\b",
    re.IGNORECASE,
)
# Keeping in touch only wished for: "It would be lovely to stay in touch as my portfolio takes shape" is no
# plan to email in April.
_WISHED = lazy_compile(
    r"\b(?:(?:it'd|it would|would) be (?:\w+ )?(?:great|lovely|good|nice|wonderful|fantastic|a pleasure)"
    r"|(?:i'd|i would) (?:\w+ )?(?:love|like)) to (?:stay|keep|remain) in touch\b"
    r"|\b(?:i|we) hope (?:that )?we (?:can|could|may|might|will) (?:stay|keep|remain) in touch\b"
)
_ON_REQUEST = lazy_compile(
    r"\b(?:just |simply |please )*(?:let me know|ask(?: me)?|say the word|give me a shout),? and i(?:'ll|’ll| will| can"
    r"| could| would| shall|'d|’d)\b"
    # The writer's step hung on the reader's reply first: "perhaps you could reply with a number and a time that
    # suits, and I would be glad to call you then", "If you can let me know which desk would be best placed,
    # I'll send a couple of pitch ideas over once I hear back".
    r"|\b(?:you|someone|your [a-z]+)(?: [\w'’-]+){0,3}? (?:could|can|might|would) (?:let me know|reply|get back to me"
    r"|confirm|tell me|send me)\b[^.?!\n]{0,80}?\band i(?:'ll|’ll| will| would| can| could| shall|'d|’d)\b"
    r"|\bif you (?:can |could |would |were to )?(?:let me know|reply|get back to me|confirm|tell me|send me)\b"
    r"[^.?!\n]{0,100}?\bi(?:'ll|’ll| will| would| can| could| shall|'d|’d)\b[^.?!\n]{0,80}?\b(?:then|once i hear"
    r"|when i hear|as soon as i hear)\b"
)
_WAITS_ON = lazy_compile(
    r"\b(?:once|when|after|as soon as) ([\w'’-]+) (?:has|have|had|is|are|gets|sends|confirms|checks|checked)\b"
)
_ARRIVES = lazy_compile(
    r"\b(?:once|when|after|as soon as) (?:the |her |his |their |your )?[\w'’-]+ (?:arrive|arrives|come through"
    r"|comes through|is sent|are sent|reach (?:him|her|them)|reaches (?:him|her|them))\b"
)
_READER_WORDS = frozenset(("she", "he", "they"))
# The plan handed to someone else: "Erik has kindly offered to telephone you on Tuesday", "My manager has kindly
# said she will pass it along to your team".
_SOMEONE_ELSE = lazy_compile(
    r"\b(?!(?:i|you|we|it|this|that)\b)[a-z]+ (?:has|have) (?:very |most )?(?:kindly |generously )?(?:offered|agreed"
    r"|promised|volunteered|said (?:she|he|they)(?:'ll|’ll| will| would|'d|’d))\b"
)
_CHECK_IN = lazy_compile(r"\bcheck(?:ing)? (?:in|back)\b|\bcheck with you\b")
# A plan in steps: "observe one workshop and then send her my notes", "read the article she recommended
# and send her his notes on it" (a second verb of handing over, calling or inviting after "and").
_STEPS = lazy_compile(
    r",? and then |[,;] then "
    # (Not "and tell her the date", "and let her know": a letter says "I will let you know" in many ways.)
    r"| and (?=(?:send|share|email|e-mail|call|ring|phone|forward|bring|introduce|invite|visit|book|arrange)\b)",
    re.IGNORECASE,
)
# A step that only hands over what the step before made: "send it to Ms. Okoro", "share them with her".
_HANDS_IT_OVER = lazy_compile(r"(?:send|share|email|e-mail|forward|bring) (?:it|them|this|these|that|those)\b")
# A meeting in person: a plan to meet is met only where the letter speaks of meeting ("meet Marcus at the
# winter meetup" is not met by "thanks for adding me to the community's mailing list").
_MEETING = lazy_compile(
    r"\b(?:meet|meeting|see you|seeing you|catch up|catching up|say hello|say hi|visit|come by|drop by|stop by"
    r"|pop in|coffee|lunch|in person|there too|be there|find you|bump into)"
)
# An invitation made or promised: a plan to invite is met only where the letter invites.
_SUGGEST_VERBS = wordset("suggest propose")
_PROPOSING = lazy_compile(
    r"\b(?:could|shall|should|might|can) we\b|\bhow about\b|\bwhy (?:don't|not) we\b|\blet's\b"
    r"|\b(?:would|do) you (?:like to|fancy|be up for)\b"
)
_INVITING = lazy_compile(
    r"\b(?:invit\w*|welcome|join us|join me|come along|come and|come to|come see|be our guest|as my guest|as our guest"
    r"|(?:would|could|will|can) you (?:\w+ ){0,4}?(?:come|coming|join|joining|attend|attending|visit|visiting|like to"
    r"|care to|be free|be around)\b|love (?:for )?you to"
    r"|you (?:can|could|will|would|might) (?:\w+ ){0,2}?(?:come|join|attend|visit|make it)\b"
    r"|if you (?:came|come|joined|join|attended|attend|visited|visit|were there)\b"
    # "If you were ever able to visit the food bank's new warehouse, I would be delighted to give you the tour".
    r"|if you (?:were|are|would be) (?:ever )?(?:able|free) to (?:come|join|attend|visit|drop|stop|pop|see)\b"
    # An offer that brings the reader along: "buy you a coffee", "take you for lunch", "have you along".
    # ("I would be delighted to have you watch the hawks working at the landfill in the spring", px.)
    r"|(?:buy|take|treat|bring|show) you\b|have you (?:along|over|round|around|for|as|at|join|come|visit|watch|see"
    r"|observe|sit in|look round|look around|tour)"
    # "I will be in touch to arrange coffee when I am next in Tel Aviv".
    r"|(?:arrange|organi[sz]e|set up|fix up|plan)(?: a| an| some| our)? (?:coffee|lunch|dinner|drinks?|breakfast|meal"
    r"|catch-up|get-together)\b)"
)


# How the writer gets back in touch: a plan to call is not met by "I will drop you an email on Tuesday",
# nor one to drop by in person by "I will telephone the studio on Thursday".
_CHANNELS = (
    # (Not a video sent: "send a short video of one of her rigs" is no video call.)
    (
        "call",
        lazy_compile(
            r"\b(?:call|calling|ring|ringing|phone|phoning|telephone|telephoning|zoom"
            r"|video(?= (?:call|chat|meeting|conference))"
            r"|(?<!a )(?<!short )(?<!brief )(?<!my )(?<!the )(?<!her )(?<!his )(?<!their )video)\b"
        ),
    ),
    (
        "write",
        lazy_compile(
            # (Not the writer's work: "so you can see my writing", eb.)
            r"\b(?:email|e-mail|emails|emailing|write|(?<!my )(?<!your )(?<!her )(?<!his )writing|message|text|note"
            r"|a line|inbox"
            r"|calendar (?:invite|invitation|request|link)s?)\b"
        ),
    ),
    # Two ways of writing that are not each other: "email in early May" is not met by "I shall write to you
    # again by post in early May", nor "text it over" by an emailed deck.
    ("email", lazy_compile(r"\b(?:email|e-mail|emails|emailing|emailed|inbox|calendar (?:invite|invitation)s?)\b")),
    ("post", lazy_compile(r"\b(?:by post|in the post|by mail|snail mail|by letter|a letter|a card|postcard)\b")),
    ("text", lazy_compile(r"\b(?:text|texts|texting|sms|whatsapp)\b")),
    (
        "visit",
        lazy_compile(
            # Not "the site visit" being arranged: that names the event, not how the writer gets in touch.
            r"\b(?:in person|(?<!site )(?<!the )(?<!field )visit|visiting|drop by|drop in|stop by|stop in|come by"
            r"|pop in|pop by|pop over|swing by|call in|call by|come (?:along )?to (?:the|your)|see you at"
            r"|find you at|bring (?:[\w'’-]+ ){0,3}?(?:with me|along)|next time i(?:'m|’m| am) (?:passing|in|over"
            r"|nearby|around))\b"
        ),
    ),
)
# The writer's commitment or offer and the words it goes on with (bounded: a clause, not the rest of the
# letter): "If helpful, I can text the deck over" offers another way than an emailed deck.
# (Not a comparison: "which may say more than I can in a letter".)
_COMMIT = lazy_compile(
    r"\b(?<!than )(?:i(?:'ll|’ll| will| shall| plan to| intend to| am going to|'m going to|’m going to| can| could)"
    r"|let me)"
    r" ([^.?!\n]{0,60})"
)


def _channels(text: str) -> frozenset[str]:
    """The ways of getting in touch that ``text`` names."""
    return frozenset(name for name, pattern in _CHANNELS if pattern.search(text) is not None)


def _channel_changed(ix: Index, sentences: Iterable[int], planned: frozenset[str]) -> bool:
    """Whether the writer commits in these sentences to getting in touch, always in another way than the plan's."""
    said: set[str] = set()
    for i in sentences:
        for m in _COMMIT.finditer(ix.sentence(i)):
            said |= _channels(m.group(1))
    if not said:
        return False
    if said.isdisjoint(planned):
        return True
    # Writing either way, but not the plan's way: by post or by text for an email, by email for a letter.
    return any(way in planned and way not in said for way in _WAYS_OF_WRITING) and not said.isdisjoint(
        _WAYS_OF_WRITING
    )


_WAYS_OF_WRITING = frozenset(("email", "post", "text"))


# The words that give a plan its time ("in two weeks", "by Friday", "in June"), and a time put off to no time.
_TIME_WORDS = WEEKDAYS | MONTHS | wordset(
    "may tomorrow week weeks fortnight month months day days weekend end spring summer autumn fall winter year"
)
_PUT_OFF = lazy_compile(
    r"\b(?:once|when|whenever|after) (?!(?:you|i)\b)(?:[\w'’-]+ ){1,4}?(?:is|are|has been|have been)"
    r" (?:behind|over|done|finished|settled|quieter|calmer)\b"
    # "next year, once my current project has finished" for "in the autumn" (gy20).
    r"|\b(?:once|when|after) (?!(?:you|i)\b)(?:[\w'’-]+ ){1,4}?(?:has|have) (?:finished|ended|wrapped up|closed)\b"
    r"|\bnext year\b|\bin a year(?:'s|’s)? time\b|\bmay take (?:some|several|a few) months\b"
    r"|\bwhen (?:it|they|that)(?:'s|’s| is| are|'re|’re) (?:ready|done|finished)\b"
    r"|\bat some point\b|\bone of these days\b|\bin due course\b|\bsome ?time\b|\beventually\b"
    r"|\bdown the (?:line|road)\b|\bif (?:that|it) would ever\b"
)
_TIME_STEMS = frozenset(stem(w) for w in _TIME_WORDS)


# Words that name no particular thing handed over: "send samples of her translation work" is not met by "send you
# the details of referees who know my interpreting work" (gy26).
_VAGUE_OBJECTS = frozenset(stem(w) for w in wordset("work thing things stuff bit bits"))


@lru_cache(maxsize=256)
def _handed_objects(value: str, names: frozenset[str]) -> frozenset[str]:
    """The match keys of what a plan to hand something over hands over: its content words after the verb, less
    the time and the people ("send her project summary by Friday": project, summary)."""
    tokens = content_tokens(value)
    keys: set[str] = set()
    for st, _, _ in tokens[1:] if tokens and tokens[0][1] == 0 else tokens:
        if st not in _TIME_STEMS and st not in names and st not in _VAGUE_OBJECTS:
            keys |= keys_of(st)
    return frozenset(keys)


# An offer hung on the reader's wish, not a plan: "If you would prefer, I could call your office on Monday".
_OFFERED = lazy_compile(
    r"\bif (?:you|it|that)\b[^.?!\n]{0,80}?\bi could\b|\bi could\b[^.?!\n]{0,80}?\bif (?:you|it|that)\b"
)
_FIRM = lazy_compile(r"\bi(?:'ll|’ll| will| shall)\b")
# The plan's timing turned round: "check in after the conference" is not met by "before the conference".
_TIMING = lazy_compile(r"\b(after|before) ((?:[\w'’-]+ ){0,2}[\w'’-]+)")


def _timing(value: str) -> tuple[str, frozenset[str]] | None:
    """The plan's "after"/"before" and the content words of what it is timed by."""
    m = _TIMING.search(value.lower())
    if m is None:
        return None
    return m.group(1), frozenset(st for st, _, _ in content_tokens(m.group(2)))


def _timing_reversed(sentence: str, timing: tuple[str, frozenset[str]]) -> bool:
    """Whether ``sentence`` times the plan's event the other way round and never the plan's way."""
    word, keys = timing
    other = "before" if word == "after" else "after"
    turned = kept = False
    for m in _TIMING.finditer(sentence):
        if keys.isdisjoint(st for st, _, _ in content_tokens(m.group(2))):
            continue
        if m.group(1) == other:
            turned = True
        else:
            kept = True
    return turned and not kept


@lru_cache(maxsize=64)
def _done_to_me(verb: str) -> re.Pattern[str]:
    """The plan's own act turned round to the reader: "It would be wonderful if you could invite us back"."""
    root = re.escape(stem(verb))
    return re.compile(rf"\byou(?:'d|’d| could| would| might| can| will| to)? (?:\w+ )?{root}\w* (?:me|us)\b")


def _planned(
    ix: Index, text: str, value: str, names: frozenset[str], share: float, min_words: int, window: int, body: int
) -> bool:
    """Whether ``value`` is mentioned in a window that holds a sentence about the future (one that
    also speaks of getting in touch, when the plan opens with a contact verb)."""
    future: dict[int, bool] = {}
    opening = _WORD.match(value.strip().lower())
    plan_verb = opening.group() if opening is not None else ""
    if plan_verb in ("get", "be", "keep", "stay") and _IN_TOUCH.match(value.strip().lower()) is not None:
        plan_verb = "touch"  # "get back in touch once ...": a contact plan
    contact = plan_verb in _CONTACT
    sends = plan_verb in _SEND_VERBS
    tells = plan_verb in _TELL_VERBS
    invites = plan_verb == "invite"
    suggests = plan_verb in _SUGGEST_VERBS
    turned = _done_to_me(plan_verb) if plan_verb else None
    # A plan to hand something over, and nothing else ("send a sample and call his office" is also a call).
    hands_over = sends and _CONTACT.isdisjoint(_WORD.findall(value.lower())[1:])
    # (What the plan is timed by is no way of getting in touch: "send a link to her blog before the call", eb.)
    planned_channels = _channels(_TIMING.sub("", value.lower()))
    # A plan that waits on the reader ("confirm a date once Marcus has checked the room") is made by "just let me
    # know and I will confirm a date".
    waiting = _WAITS_ON.search(value.lower())
    waits = (waiting is not None and (waiting.group(1) in _READER_WORDS or waiting.group(1) in names)) or (
        # ... or on what the reader sends: "book a place at the open day once the details arrive" is made by "send
        # me the details when they are available, and I will book a place as soon as they arrive".
        _ARRIVES.search(value.lower()) is not None
    )
    timing = _timing(value)
    value_times = _TIME_WORDS.intersection(_WORD.findall(value.lower()))
    deferred = _PUT_OFF if value_times else None
    objects = _handed_objects(value, names) if hands_over else frozenset()

    def about_future(i: int) -> bool:
        got = future.get(i)
        if got is None:
            sentence = ix.sentence(i)
            got = _FUTURE.search(sentence) is not None and (
                _TOLD_PAST.search(sentence) is None or _WILL.search(sentence) is not None
            )
            if got and contact:
                said = _CONTACT_SAID.intersection(_WORD.findall(sentence))
                # "offering to check whether I could join a site visit" is no check-in.
                if said == {"check"} and plan_verb != "check" and _CHECK_IN.search(sentence) is None:
                    said = frozenset()
                # "Would it be easiest for someone from your office to ring me?": the plan turned round.
                got = bool(said) and (
                    (_TURNED_ROUND.search(sentence) is None and _WISHED.search(sentence) is None)
                    or _PLAN_VERB_AT.search(sentence) is not None
                )
            elif got and hands_over:
                # "Send her the study once it is finished" is not met by "how I will approach my study".
                got = _HANDING.search(sentence) is not None
            elif got and plan_verb == "meet":
                got = _MEETING.search(sentence) is not None
            elif got and invites:
                # "Invite her to observe my taster lesson" is not met by "I am preparing a taster lesson".
                got = _INVITING.search(sentence) is not None
            if got and turned is not None and turned.search(sentence) is not None:
                got = False
            if got and _OFFERED.search(sentence) is not None and _FIRM.search(sentence) is None:
                # "If it would be useful, I could give you a call on Friday": offered, not planned.
                got = False
            if got and timing is not None and _timing_reversed(sentence, timing):
                got = False
            if got and _SOMEONE_ELSE.search(sentence) is not None and _FIRM.search(sentence) is None:
                got = False
            if got and not waits and _ON_REQUEST.search(sentence) is not None:
                # "just let me know and I can send you the report", "please just ask and I would be happy to
                # share it": the plan offered for the reader to call on, not made.
                got = False
            if not got and sends:
                # The plan carried out in the letter itself: the portfolio is attached.
                got = _SENT_NOW.search(sentence) is not None
            if not got and suggests:
                # ... or the suggestion made in it: "suggest lunch when she visits in June" by "If you're
                # coming over in June, could we grab lunch?".
                got = _PROPOSING.search(sentence) is not None
            if not got and tells:
                # ... or the news given in it: "tell him when she starts the certificate" is carried out by
                # "I wanted to let you know that I have just started my medical interpreting certificate".
                got = _TOLD_NOW.search(sentence) is not None
            if not got and "you" in sentence:
                got = _ASKED_OF_ME.search(sentence) is not None
            if not got and opening is not None:
                # ... or done, under way, wished for or done by the letter itself, with the plan's own verb: "I have
                # now registered for the open day" for "Register for the open day" (and see ``_DOING``,
                # ``_WOULD_LOVE_TO``, ``_DONE_HERE``).
                verb = stem(opening.group())
                got = any(
                    stem(_PARTICIPLES.get(d, d)) == verb
                    for pattern in (_DONE, _DOING, _BEGUN, _WOULD_LOVE_TO, _DONE_HERE)
                    for d in pattern.findall(sentence)
                )
            future[i] = got
        return got

    for p in _plan_phrases(value, names):
        for m in windows(ix, p, window=window, allowed=body or None):
            last = min(m.start + window, len(ix.spans))
            sentences = range(m.start, last)
            if not is_mentioned(m, p, share, min_words) and not (
                # "I would be delighted if you would come and see the collection": the invitation made in
                # other words, when what the reader is invited to is named.
                invites
                and m.score >= share
                and m.matched >= min(min_words, p.size)
                and any(_INVITING.search(ix.sentence(i)) for i in sentences)
            ):
                continue
            # "I won't be able to make the alumni evening after all": the plan named to call it off.
            if any(_CANCELLED.search(ix.sentence(i)) for i in sentences):
                continue
            if planned_channels and _channel_changed(ix, sentences, planned_channels):
                continue
            # "I will write again to suggest dates once harvest is behind us both" for "in two weeks": the plan's
            # time put off to no time at all.
            if deferred is not None and any(
                deferred.search(ix.sentence(i)) and not value_times.intersection(_WORD.findall(ix.sentence(i)))
                for i in sentences
            ):
                continue
            # A plan to hand something over names what it hands over ("send you the names of a couple of
            # references by Friday" is not "send her project summary by Friday"), or points back to it.
            if objects:
                span = ((1 << (last - m.start)) - 1) << m.start
                if not any(ix.masks.get(key, 0) & span for key in objects) and not any(
                    _HANDS_IT_OVER.search(ix.sentence(i)) for i in sentences
                ):
                    continue
            if any(about_future(i) for i in sentences):
                return True
    return False


# An action item called off: "I have decided not to register", "no need to introduce me after all" (not
# "there is no need to hurry", which waives the timing, not the item).
_CALLED_OFF = lazy_compile(
    r"\b(?:decided|chosen|choosing|deciding) (?:not to|against|to skip|to drop|to leave|to put off|to postpone"
    r"|to hold off)\b|\bno longer\b|\bnot going to\b|\bafter all\b"
    # "I think I'll hold off on that for now", "please don't feel you need to follow up on that".
    r"|\bhold(?:ing)? off on (?:that|it|this|them)\b|\bput (?:that|it|this) on hold\b"
    # Put off to some day: "I might look into the exotic animal nursing certificate at some point, once things calm
    # down at work" (mb).
    r"|\bi (?:might|may)(?: well| perhaps)? (?!have\b|be (?:able|free)\b)[^.!?\n]{0,80}?\b(?:at some point|one day"
    r"|some day|someday|eventually|in due course|once things|when things)\b"
    # "Forget the safeguarding course, I can't be bothered with that" (ku).
    r"|(?:^|[,;:] )(?:just |so )?forget (?:about )?(?:the|that|this|my|it)\b|\b(?:can't|can’t|cannot|couldn't|couldn’t)"
    r" be bothered\b"
)
# The reader let off their part: "please don't feel you need to follow up on that". (An item of the writer's is
# not called off by it: "I have attached my article; please don't feel obliged to read it closely".)
_LET_OFF = lazy_compile(r"\b(?:don't|don’t|do not) feel (?:you (?:need|have) to|obliged to|any obligation to)\b")


# The writer's own item left undecided: "I will think carefully about whether volunteering in the studio is the right
# step for me", "I might have a look at one of the labs if I get time" (nj): less than was agreed.
_UNDECIDED = lazy_compile(
    r"\b(?:think|thinking|consider|considering|decide|deciding|weigh|weighing|mull|mulling)"
    r"(?: (?:carefully|hard|long|properly|seriously))?(?: (?:about|over))? whether\b"
    r"|\bi (?:might|may)\b[^.!?\n]{0,80}?\bif i (?:get|have|find) (?:the |some |a )?(?:time|chance|moment|minute)\b"
)


# A sentence that tells of the meeting in general: "I was also glad to hear more about the exam", "you explained the
# exam" (``_RECOUNT`` below is narrower: a detail the reader told, which may stand for a topic's recap) ...
_TOLD_OF_MEETING = lazy_compile(
    r"\b(?:glad|good|great|interesting|useful|helpful|fascinating|reassuring|enjoyed|loved|appreciated|valued)\b"
    r"[^.!?\n]{0,40}?\b(?:to hear|to learn|hearing|learning|talking|discussing|your (?:advice|explanation|description"
    r"|thoughts|comments|views?|take|account|insights?))\b"
    r"|\byou (?:explained|described|told me|said|mentioned|walked me through|talked)\b"
)
# ... and a sentence in which the writer commits to their item or reports it done: "I'll register for the exam".
_COMMITTED = lazy_compile(
    r"\bi(?:'ll|’ll| will| shall|'m going to|’m going to| am going to| plan to| intend to|'ve|’ve| have| already"
    r"| just| booked| registered| signed| enrolled| applied| sent| emailed| submitted| started| began| did| made"
    r"| put)\b|\bas (?:agreed|promised|discussed|suggested|you suggested)\b|\bmy (?:next step|plan|part)\b"
)


def _keys_in(matched: list[frozenset[str]], others: list[frozenset[str]]) -> bool:
    """Whether every matched concept (its keys) is a concept of one of ``others`` (the keys of each topic's phrase):
    the words a window shares with an action item are all those of a topic."""
    return bool(matched) and any(all(not keys.isdisjoint(other) for keys in matched) for other in others)


def _matched_keys(ix: Index, p: Phrase, m: Match) -> list[frozenset[str]]:
    """The keys of each concept of ``p`` that window ``m`` holds."""
    span = ((1 << m.width) - 1) << m.start
    return [keys for _, keys, _ in p.words if any(ix.masks.get(k, 0) & span for k in keys)]


def _phrase_keys(texts: Iterable[str], names: frozenset[str]) -> list[frozenset[str]]:
    """Per text, the union of its phrase's concept keys."""
    return [frozenset(k for _, keys, _ in phrase(t, names).words for k in keys) for t in texts]


def _called_off(sentence: str, owner: str | None = None) -> bool:
    return (
        _CALLED_OFF.search(sentence) is not None
        or _CANCELLED.search(sentence) is not None
        or (owner != "writer" and _LET_OFF.search(sentence) is not None)
    )


# The owner of an action item opens it ("Dana to ask her manager", "Ms. Ray will introduce Josephine"); its
# verb follows "will" or "to".
_ITEM_OWNER = lazy_compile(r"([^\W\d_][\w'’-]*) (?:will|to|shall|would) ([a-z]+)")
# Items that hand something over ("Ms. Harrow will send Reza the template", "Ana to share her notes").
_HANDING_VERBS = wordset("send share forward pass email mail lend give provide circulate post")
# A sentence that speaks of something handed over, either way: sent, shared, received, thanked for.
_HANDED = lazy_compile(
    r"\b(?:" + _HAND_OVER + r"|forwarded|passed|e-?mailed|mailed|lend|lending|lent|loan|give|giving|gave|given"
    r"|provide|providing|provided|receive|received|receiving|arrive|arrived|got|get|thank|thanks|grateful"
    r"|appreciate|welcome|need|look forward|looking forward|link|circulated|posted|here is|here are|here's"
    # "You asked for one example of a project I have led, so here it is: ..." (hg21).
    r"|here it is|here they are"
    r"|as promised|promised|borrow|borrowing|glad|waiting|await|awaiting|can't wait|cannot wait|my inbox"
    # The reader's offer named, however it is chased: "I assume the feedback you offered just slipped your mind" (je18).
    r"|offered|you said you(?:'d|’d| would)|you agreed to"
    # ... asked after ("I wanted to check whether you had a chance to find the sample scheme valuation report you
    # mentioned") or demanded ("I also expect the dates of the next studio open workshop straight after") (qo).
    r"|(?:had|have|get|got) (?:a )?chance to (?:find|dig out|dig up|look out|track down|locate|pull out)"
    r"|i (?:also |still |now )?expect (?:the|your|that|those|them|it|this|these)"
    r"|to hand|came through|come through|comes through|keep an eye out|look out for|watch out for|on the lookout"
    # Sent by carrier: "they go to the courier this week", "dispatched on Monday", "in the post to you".
    r"|courier|couriered|dispatch|dispatched|shipped|on (?:its|their) way|in the post|by post"
    # "Your guide to preparing witness statements reached me earlier this week".
    r"|reached me|reached my inbox|landed in my inbox|landed on my desk"
    # Awaited, with the timing left to the reader: "No pressure at all on the reading list you mentioned"; reminded of:
    # "Just a reminder, as agreed, about the list of approved training farriers in the region" (ka21).
    r"|no (?:pressure|rush|hurry)(?: at all)? (?:on|with|over|for)|reminder,?(?: as agreed,)? (?:about|of|on|re)\b"
    # Chased: "I needed the details of the certification course straight away, and I still do not have them" (kw).
    r"|(?:still|yet to) (?:do not |don't |don’t |have not |haven't |haven’t )?(?:have|had|received|receive|got|seen)"
    r" (?:it|them|this|that|those|these|the|your|any)\b"
    # "I wanted to nudge you gently about the reading list" (ku).
    r"|remind you (?:about|of)|nudge (?:about|on)|nudge you(?: gently| again| politely| kindly)? (?:about|on|regarding"
    r"|re)\b"
    # Asked for as welcome: "whenever you have a moment, the list of signalling standards would be wonderful" (ku).
    # ("... the name of your flower grower would be amazing, no rush at all", lt.)
    r"|would be (?:\w+ )?(?:wonderful|great|lovely|brilliant|fantastic|helpful|useful|much appreciated|very welcome"
    r"|welcome|a great help|a real help|amazing|perfect|ideal|invaluable|handy|superb|marvellous|marvelous"
    r"|a lifesaver|a life-saver)"
    # Asked for: "I'd love that list of portfolio examples whenever you have a moment".
    r"|(?:i'd|i’d|i would) (?:\w+ )?love (?:a|an|the|that|those|your|to (?:see|read|have|get|receive|look at))"
    # "It would be wonderful to have your feedback on the draft once it's ready" (ko).
    r"|(?:it would|it'd|it’d) be (?:\w+ )?(?:great|lovely|wonderful|good|helpful|useful|fantastic|brilliant|a (?:great"
    r" |real )?help) to (?:have|get|see|read|receive|hear)"
    # Asked to arrive, however rudely: "Please have the sample cost report with me by Monday" (eb).
    r"|have (?:it|them|this|that|(?:the|your) (?:[\w'’-]+ ){0,4}?[\w'’-]+) with me\b"
    # Sent in the letter itself: "My draft talk abstract is below".
    r"|(?:is|are) (?:copied |pasted |included )?(?:below|underneath|further down)|pasted"
    # "As agreed, I have put my questions about the certificate below".
    r"|(?:put|listed|set out|written|included|copied) (?:[\w'’-]+ ){0,6}?below"
    # A paper letter's enclosure: "I've put my sourdough starter notes in with this letter".
    r"|(?:in|inside|with) (?:this|the) (?:letter|envelope|card|parcel|package))\b"
    # A bulleted split of the items by owner: "- You: the clinic's exercise sheets".
    r"|^[-*•]?\s*(?:you|me|i)\s*:"
)
# Verbs an item of either side shares ("I'll send you my notes once your template arrives").
_SHARED_VERBS = wordset("send share forward pass email mail give provide look")


@lru_cache(maxsize=256)
def _item_parts(item: str, reader: str, writer: str) -> tuple[str | None, str | None]:
    # ``normalize_name`` drops the title ("Ms. Ray will ..."), the accents and the case, as in the names.
    m = _ITEM_OWNER.match(normalize_name(item))
    if m is None:
        return None, None
    who = m.group(1)
    owner = "reader" if who in reader.split() else "writer" if who in writer.split() else None
    return owner, m.group(2)


def _owner_and_verb(item: str, request: AnyRequest) -> tuple[str | None, str | None]:
    """Who the item belongs to ("reader", "writer" or ``None``) and its verb, from its opening words."""
    reader = normalize_name(f"{request.recipient.name} {request.recipient.salutation or ''}")
    return _item_parts(item, reader, normalize_name(request.sender.name))


# Verbs of finding something out, which a letter uses for one another: "Dr. Dubois will check whether the
# fellowship accepts ..." is taken over by "I will also find out whether the fellowship accepts ...".
_FINDING_OUT = (
    # (Not "I will confirm a date": the writer's own next step, not the reader's check taken over.)
    r"(?:check\w*|find\w* out|look\w* into|confirm\w*(?! (?:a|the) (?:date|time|day|slot|booking))|verif\w*"
    r"|ask\w* around|enquir\w*|inquir\w*"
    # ... or asking the third party oneself: "I'll also drop your survey coordinator a line myself".
    r"|(?:drop|e-?mail|contact|ring|call|message|write to|get in touch with) (?:your|the|their|his|her) )"
)
_FINDING_VERBS = wordset("check find look confirm verify enquire inquire")


# Verbs of getting in touch, which a letter uses for one another: "Niall will contact the college" is "speak to the
# college".
_CONTACT_VERBS = wordset("contact call ring phone email speak talk write approach")
_CONTACTING = (
    r"(?:contact\w*|call\w*|ring\w*|phon\w*|e-?mail\w*|speak\w* (?:to|with)|talk\w* (?:to|with)|writ\w* to"
    r"|approach\w*|get\w* in touch with|reach\w* out to)"
)


@lru_cache(maxsize=256)
def _owner_pattern(owner: str, verb: str) -> re.Pattern[str]:
    root = _CONTACTING if verb in _CONTACT_VERBS else re.escape(stem(verb))
    if owner == "reader":
        # "As for the shadowing day, I will ask my manager": the reader's item taken on by the writer.
        does = rf"(?:{root}\w*|{_FINDING_OUT})" if verb in _FINDING_VERBS else rf"{root}\w*"
        # "I'll get in touch with your producer myself and ask whether I could sit in".
        return re.compile(
            rf"\bi(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| plan to| intend to)? (?:\w+ )?{does}"
            rf"|\bi(?:'ll|’ll| will| shall)\b[^.!?\n]{{0,60}}? and (?:then )?{does}"
            # "I will also reach out to your talent acquisition lead directly to introduce myself".
            rf"|\bi(?:'ll|’ll| will| shall)\b[^.!?\n]{{0,60}}? (?:myself|directly|personally) (?:to )?{does}"
        )
    # "Thank you in advance for sending a summary of your rota system": the writer's item thanked for; "I am
    # looking forward to reading the outline once you have had a chance to put it together": awaited from the reader.
    return re.compile(
        rf"\bthank(?:s| you)\b[^.!?\n]{{0,40}}?\bfor (?:\w+ )?(?:offering to |agreeing to )?{root}\w*"
        r"|\blook(?:ing)? forward to (?:reading|receiving|seeing|getting)\b[^.!?\n]{0,80}?\b(?:once|when|after) you\b"
        # ... or as the reader's own: "I look forward to receiving your sonar processing samples" (on), "I will wait to
        # hear from you about when you might send over your price list" (pf).
        r"|\blook(?:ing)? forward to (?:reading|receiving|seeing|getting) your\b"
        r"|\b(?:wait|waiting|await|awaiting) to hear (?:from you )?(?:about )?(?:when|whether|if) you\b"
        # "You mentioned you would put together a short portfolio of three recent projects for me" for "Noor will send
        # Callum three retail projects as a short portfolio" (pf): the thing made by the reader, whatever the verb.
        r"|\byou (?:also |kindly )?(?:said|mentioned|promised|offered)(?: that)? you(?:'d|’d| would| will)"
        r" (?:put together|pull together|prepare|draw up|write up|dig out)\b"
        # "I look forward to you sending me your kiln schedule", "You said you would book the evening studio session"
        # (ku).
        rf"|\blook(?:ing)? forward to (?:you|your) {root}\w*"
        # ... or to the thing the reader said they would send: "I look forward to the sample tree survey of Elmfield
        # Park you said you would send" for "Jonah will draft a practice tree survey" (qh).
        r"|\blook(?:ing)? forward to (?:the|your|that) [^.!?\n]{0,60}?\byou (?:said|promised|mentioned|offered)"
        r"(?: that)?(?: you(?:'d|’d| would| will))? (?:to )?(?:send|share|forward|email|e-mail|pass|bring|post|mail)\b"
        # ("You also mentioned that you would send me your measurement spreadsheet", ob.)
        rf"|\byou (?:also |kindly |even )?(?:said|promised|agreed|offered|mentioned)(?: that)?(?: you(?:'d|’d| would"
        rf"| will))?(?: to)? {root}\w*"
        # "... and for saying you'll book the site visit for the week of 10 March" (mk).
        rf"|\bfor (?:saying|promising|agreeing|offering)(?: that)? you(?:'d|’d|'ll|’ll| would| will)?"
        rf" (?:\w+ )?{root}\w*"
        # The reader asked to do it: "If you have a moment to send the link ..." is the reader's item, and says
        # nothing of the summary the writer was to send.
        rf"|\b(?:could|would|can|will) you (?:please |kindly |possibly )?(?:\w+ )?{root}\w*"
        rf"|\bif you (?:have|get|find|had) (?:a|the) (?:moment|chance|minute|second|spare moment) to {root}\w*"
        # ... or asked to send it to the writer, whatever the item's verb: "Could you send me a short summary of the
        # stroke case?" for "Lucy will write up a short summary of the stroke case" (mb).
        r"|\b(?:could|would|can|will) you (?:please |kindly |possibly |also )?(?:send|share|forward|email|e-mail|pass"
        r"|give|post|mail) me\b"
        # ... or in a wish: "I would be grateful if you could send me a legal glossary" for "Nicolás will send Margaret
        # the legal glossary", "I'd be really grateful if you could look into a chainsaw course place for me" for "Leah
        # will complete her chainsaw ticket" (np).
        rf"|\bif you (?:could|would|might|can) (?:please |kindly |possibly |also )?(?:\w+ )?{root}\w*"
        r"|\bif you (?:could|would|might|can) (?:please |kindly |possibly |also )?(?:send|share|forward|email|e-mail"
        r"|pass|give|post|mail) me\b"
        r"|\bif you (?:could|would|might|can) (?:please |kindly |possibly |also )?[^.!?\n]{0,60}?\bfor me\b"
        # ... or sent over as the reader's own: "if you could send over one of your own case studies" for "Tariq will
        # share his portfolio case study" (pj).
        r"|\b(?:if you|(?:could|would|can|will) you) (?:could |would |might |can )?(?:please |kindly |possibly |also )?"
        r"(?:send|share|forward|email|e-mail|pass|post|mail) (?:over|across|along) (?:one of )?your\b"
    )


# An introduction item and the person it is to: "Ms. Novak will introduce Samuel to her enterprise sales
# manager", "Mr. Mehta will connect Laura with his head of support", "put her in touch with a joiner".
# (Not a name put forward for something: "Kwame will put Dana's name forward to shadow the next arena load-in", rc.)
_INTRO_ITEM = lazy_compile(
    r"\b(?:introduce[sd]?|introducing|connects?|connected|connecting|puts?|putting)(?! (?:[\w'’.-]+ )?name forward\b)"
    r" (?:[\w'’.-]+ ){1,3}?(?:to|with|in touch with) (.+)",
    re.IGNORECASE,
)
# Words that name the person only vaguely: "a colleague on her team" is its other words when it has any.
_VAGUE_TARGET = wordset("colleague colleagues team someone somebody person people staff member members one")
# As content tokens give them (stems: "colleagu" for "colleague").
_VAGUE_STEMS = _VAGUE_TARGET | frozenset(stem(w) for w in _VAGUE_TARGET)
# A sentence that makes or mentions an introduction, a meeting or a call.
_INTRO_KEYS = ("#introduce", "#meet", "#call")
_INTRO_KEY_SET = frozenset(_INTRO_KEYS)


# Synonym groups that name a person's role: "head of support" for "support lead". Other groups are
# too wide to name anyone ("learning producer" is no "lesson").
_ROLE_GROUPS = frozenset(
    ("#manage", "#colleague", "#analytics", "#design", "#mentor", "#data", "#ux", "#nurse", "#law", "#hire")
)


# What a relative clause adds about the person ("Marcus Lindqvist, who teaches on the master's"): not their name.
_ABOUT_THEM = lazy_compile(r",?\s+(?:who|whom|whose|which|that|where)\b")
# Where a role's name ends and what places it begins: "a data scientist | on the forecasting team", "an auditor |
# she knows".
_AFTER_ROLE = lazy_compile(r"\s(?:on|at|in|from|with|for|within|across|she|he|they|i|we|you)\s")


@lru_cache(maxsize=256)
def _intro_target(item: str, names: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """The match keys of each word naming the person an introduction item is to, or ``None``."""
    m = _INTRO_ITEM.search(item)
    if m is None:
        return None
    person = _ABOUT_THEM.split(m.group(1), maxsplit=1)[0] or m.group(1)
    words = [st for st, _, _ in content_tokens(person) if st not in names]
    specific = [w for w in words if w not in _VAGUE_STEMS] or words
    # A person named by their role, not their name: the role's head noun names them ("the council's air quality
    # officer" is not met by "you introduced me to a way of thinking about air quality"; "a data scientist on
    # the forecasting team" by "scientist").
    if specific and not any(w[:1].isupper() for w in person.split()[1:] if w[:1].isalpha()):
        role = _AFTER_ROLE.split(person, maxsplit=1)[0]
        head = [st for st, _, _ in content_tokens(role) if st not in names]
        # (A vague head keeps the words before it: "a research ops colleague" is met by "research".)
        if head and head[-1] not in _VAGUE_STEMS:
            specific = head[-1:]
    return tuple(frozenset(k for k in keys_of(w) if k[0] != "#" or k in _ROLE_GROUPS) for w in specific) or None


_PASSING = wordset("pass passing passed give giving forward forwarding share sharing")
_PASSES_ME_ON = lazy_compile(
    r"\b(?:" + "|".join(sorted(_PASSING)) + r")(?: on| along)? my (?:contact )?(?:details|name|email|e-mail|number"
    r"|email address)\b"
)


_TO_THEM = lazy_compile(r"\b(?:to|with|meet|meeting) (?:her|him|them)\b")
_CONNECTION_NOUNS = wordset("connection connections")
_CONNECTION_TO = lazy_compile(r"\bconnections? (?:[\w'’-]+ ){0,3}?(?:to|with)\b")
_CONNECTS = wordset("connect connects connected")
_IDEAS_CONNECT = lazy_compile(
    r"\b(?:it|this|that|which|these|those|they) (?:\w+ )?connects?\b(?: (?:well|closely|directly))? (?:with|to)"
    r" (?:what|how|the|my|our|this|that|your (?:point|idea|remark|comment|work))\b"
)


def _introduces_otherwise(ix: Index, i: int) -> bool:
    """Whether sentence ``i`` speaks of an introduction by more than the noun "connection": "the connection you
    offered to the programme team", or another word of introducing, meeting or calling."""
    sentence = ix.sentence(i)
    if _CONNECTION_TO.search(sentence) is not None:
        return True
    # "it connects well with what you said about lean training": ideas connected, nobody introduced.
    skip = _CONNECTION_NOUNS | _CONNECTS if _IDEAS_CONNECT.search(sentence) is not None else _CONNECTION_NOUNS
    return any(not _INTRO_KEY_SET.isdisjoint(keys_of(word)) for word in ix.words[i] if word not in skip)


def _introduced(ix: Index, target: tuple[frozenset[str], ...], allowed: int | None) -> bool:
    """Whether one sentence both speaks of an introduction, meeting or call and names its person."""
    masks = ix.masks
    intro = 0
    for key in _INTRO_KEYS:
        intro |= masks.get(key, 0)
    # "grid-scale storage and connection queues": the noun of a connection that is no introduction (not "the
    # connection to your colleague", nor a sentence that also introduces or meets).
    for i in range(intro.bit_length()):
        if (
            intro >> i & 1
            and (
                not ix.words[i].isdisjoint(_CONNECTION_NOUNS)
                or (not ix.words[i].isdisjoint(_CONNECTS) and _IDEAS_CONNECT.search(ix.sentence(i)) is not None)
            )
            and not _introduces_otherwise(ix, i)
        ):
            intro &= ~(1 << i)
    # "your kind offer to pass my details to one of the students now on the programme".
    for i, words in enumerate(ix.words):
        if "my" in words and not words.isdisjoint(_PASSING) and _PASSES_ME_ON.search(ix.sentence(i)) is not None:
            intro |= 1 << i
    if allowed is not None:
        intro &= allowed
    named = 0
    anywhere = 0
    for keys in target:
        for key in keys:
            anywhere |= masks.get(key, 0)
    named = anywhere & intro
    # "... the certificate that Morag Fairbairn recommended. I was also grateful for your kind offer to introduce me
    # to her": the person named in the sentence before, and the introduction by a pronoun.
    for i in range(1, intro.bit_length()):
        if intro >> i & 1 and anywhere >> (i - 1) & 1 and _TO_THEM.search(ix.sentence(i)) is not None:
            named |= 1 << i
    # "Please don't worry about the introduction to Aiko Tanaka after all": named to call it off.
    return any(named >> i & 1 and not _called_off(ix.sentence(i)) for i in range(named.bit_length()))


def _wrong_owner(
    owner: str | None, verb: str | None, sentence: str, writer_shares: bool = True, keys: Iterable[str] = ()
) -> bool:
    """Whether the sentence restates the item with the other side doing it.

    A verb both sides may use ("send") is read as taken over only when the writer has no item of their own with it
    (``writer_shares`` false): "I'll send you the foot screening audit results" takes over the reader's item when the
    writer was to send nothing. ``keys``: the item's own words (match keys), which a thing the writer sends as
    theirs must name to be the item."""
    if owner is None or verb is None or (owner == "reader" and verb in _SHARED_VERBS and writer_shares):
        return False
    if owner == "reader" and verb in _SHARED_VERBS:
        # The thing itself sent by the writer ("I'll send you the audit results"), not something of theirs ("once it
        # arrives, I will send my practice estimate", "which I will send to you for comment").
        if _taken_over(verb).search(sentence) is not None:
            return True
        # ... or the item's own thing sent as the writer's: "I'll send you my water-chemistry notes this week" for "Sam
        # will send Ewan his water-chemistry notes" (pz): two of its words at least, not "once it arrives, I will send
        # my practice estimate back" for "Brenda to send a sample tender pack for practice" (bz19).
        own = set(keys)
        return any(
            len(own.intersection(st for st, _, _ in content_tokens(m.group(1)))) >= 2
            for m in _sends_mine(verb).finditer(sentence)
        )
    return _owner_pattern(owner, verb).search(sentence) is not None


def _writer_sends(root: str) -> str:
    """The writer handing something over with the item's verb (its stem ``root``), up to what is handed over."""
    return (
        rf"\bi(?:'ll|’ll| will| shall| am going to|'m going to|’m going to)? (?:also |then |now |happily )?{root}\w*"
        r" (?:you |over |across |on |along )?"
    )


@lru_cache(maxsize=64)
def _sends_mine(verb: str) -> re.Pattern[str]:
    """The writer sending something of theirs with the item's verb; group 1: what, up to four words."""
    return re.compile(_writer_sends(re.escape(stem(verb))) + r"my ((?:[\w'’-]+ ){0,3}[\w'’-]+)")


@lru_cache(maxsize=64)
def _taken_over(verb: str) -> re.Pattern[str]:
    root = re.escape(stem(verb))
    return re.compile(
        # ("I'll send you my copy of the house subtitling style guide" for the reader's "send the house subtitling style
        # guide", oh: the thing itself, the writer's copy of it.)
        _writer_sends(root) + r"(?:the|your|that|those|these|my copy of (?:the|your))\b"
        # ... or looked forward to: "I am looking forward to sending you the staffing rota template" (qp).
        rf"|\bi(?:'m|’m| am)? (?:also |really |very much )?look(?:ing)? forward to {root}\w* (?:you |over )?(?:the|your"
        r"|that|those|these)\b"
        # ... or one of the writer's own made and sent in its place: "I will also put together a DPIA template of my own
        # ... and send it to you" for "Rebecca will send the DPIA template her team uses" (pj).
        rf"|\bi(?:'ll|’ll| will| shall)\b[^.!?\n]{{0,80}}?\bof my own\b[^.!?\n]{{0,80}}?\b{root}\w*"
        r" (?:it|them|this|that) (?:to you|over|across|your way)\b"
        # ... or made by the writer in its place: "I'll put together a blind-tasting practice list myself based on what
        # you described, so there's no need to send anything over" for "Jean-Luc will send Isla his list" (pr), "I'll
        # track down the university placement clinic's contact myself" (pz).
        r"|\bi(?:'ll|’ll| will| shall) (?:\w+ ){0,2}?(?:put together|make|draw up|write|compile|prepare|build|draft"
        r"|pull together|track down|find|look up|dig out|get hold of|source|chase up) [^.!?\n]{0,60}?\bmyself\b"
    )


# Where a sentence joins two clauses: "I have booked the workshop you mentioned, and I am looking forward to
# reading the plan when you can share it" speaks of two items, each in its own clause.
_CLAUSE_BREAK = lazy_compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def _clauses_with(sentence: str, keys: set[str]) -> str:
    """The clauses of ``sentence`` that hold one of the stemmed ``keys`` (the whole sentence if none does)."""
    parts = _CLAUSE_BREAK.split(sentence)
    if len(parts) == 1:
        return sentence
    held = [part for part in parts if any(stem(w) in keys for w in _WORD.findall(part))]
    return " ... ".join(held) or sentence


# A sentence that recounts what the reader said or showed: "Your story about ...", "Hearing how you
# ...", "I had no idea that ...", "The way you ...".
_RECOUNT = lazy_compile(
    r"\b(?:your (?:story|stories|account|explanation|description|example|examples|anecdote|walk-?through"
    r"|demonstration|breakdown|walk through)|your (?:\w+ )?(?:view|point|advice|tip|suggestion|idea|test|rule|warning"
    r"|reminder|observation|insistence|argument|belief|remark) that|(?:walking|going|working) through (?:your|the)"
    # "You showed me how ..." recounts; "the trust you showed me" does not.
    r"|you showed (?:me |us )?(?:how|what|where|why|that|the|your|a|an|some|around|off)"
    r"|you (?:told|explained|described|walked|talked|mentioned|pointed"
    r"|demonstrated|recounted|outlined|sketched)|(?:hearing|learning|seeing|watching) (?:about|how|that"
    r"|your|you|the way)|i had no idea|i hadn't realised|i hadn't realized|i never knew|the way you)\b"
)
# "the copy you mentioned", "any courses you recommended": the reader's words only name a thing (an action item,
# most often), recounting nothing; "you mentioned that ...", "as you mentioned, ..." recount.
_THING_BEFORE = lazy_compile(r"\b(?:the|that|those|these|this|any|some) (?:[\w'’-]+ ){1,3}$")
_COMPLEMENT = lazy_compile(
    r" (?:that|how|what|why|where|who|which|whether|the|a|an|your|some|to|about|me|us|it|them|this|those|these|in"
    r"|on|at|during|over|his|her|their)\b"
)


def _names_a_thing(sentence: str, m: re.Match[str]) -> bool:
    """Whether recount phrase ``m`` is a relative clause after a thing it names ("the copy you mentioned whenever
    you have a moment", ij34) rather than an account of what the reader said."""
    return (
        m.group().startswith("you ")
        and _THING_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) is not None
        and _COMPLEMENT.match(sentence, m.end()) is None
    )


# Words of any recap, which say nothing about what was discussed (compared as stems).
_GENERIC_RECAP = frozenset(
    stem(w)
    for w in wordset(
        """time conversation chat call meeting talk advice insight insights thought thoughts perspective
        perspectives guidance tip tips story stories point points help helpful useful valuable great really
        much lot many generous generosity kind kindness thank thanks grateful appreciate career field work
        job day today week helped think thinking learn learned hear heard share shared everything something
        anything things thing way ways honest honesty open openness openly candid idea ideas next step steps
        path ahead future feel feeling felt inspired inspiring motivated confident clear clearer head notes
        pages came come away left leave mind keep experience experiences incredibly invaluable thoughtful
        definitely certainly continue exploring explore enjoyed enjoy especially particularly truly genuinely
        said say told explained described showed walked talked mentioned pointed example examples account
        explanation description anecdote hearing learning seeing watching realised realized knew idea
        wonderful fascinating interesting eye-opening reassuring encouraging picture sense better more
        also still already since go going need needed move moving reality realities want
        trouble chance delighted sure glad pleased"""
    )
)


def _recapped_by_detail(
    ix: Index, first: int, last: int, names: frozenset[str], own: frozenset[str] = frozenset()
) -> bool:
    """Whether a body sentence recounts something specific the reader said or showed: a recounting
    phrase and at least four content words that are neither generic recap words, names, nor words of the
    writer's own story (``own``: "after 14 years in the Army I am still learning how the civilian world
    works" recounts nothing the reader said)."""
    for i in range(first, min(last, len(ix.spans))):
        sentence = ix.sentence(i)
        if not any(not _names_a_thing(sentence, m) for m in _RECOUNT.finditer(sentence)):
            continue
        specific = {st for st, _, _ in content_tokens(sentence)} - _GENERIC_RECAP - names - own
        if len(specific) >= 4:
            return True
    return False


def follow_up(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    threshold: float = 0.5,
    item_threshold: float = 0.5,
    topic_threshold: float = 0.5,
    window: int = 2,
    min_words: int = 2,
    plan_warning: bool = True,
    detail_recap: bool = True,
    **_: Any,
) -> Iterable[Finding]:
    """Check the follow-up plan, the action items and the meeting recap.

    Args:
        text: The letter.
        request: The request: ``follow_up`` and ``meeting``.
        kind: The letter kind, which decides what the meeting part requires.
        threshold: Share of the follow-up plan's content words that must appear.
        item_threshold: The same, for each action item.
        topic_threshold: The same, for a meeting topic.
        window: Consecutive sentences a mention may spread over.
        min_words: Content words that must match (fewer when the phrase has fewer).
        plan_warning: Warn informational and introduction letters that state no follow-up plan.
        detail_recap: Accept, for the meeting recap, a sentence that recounts something specific the
            reader said or showed ("Your story about the week the oven failed ...") even when it
            shares few words with the topic as the request words it.

    Yields:
        Errors (span ``0, 0``) for each missing piece; a warning when no plan is stated.

    Raises:
        Skip: No request.
    """
    if request is None:
        raise Skip("needs the request's follow-up plan and meeting")
    kind = kind or request.kind
    meeting_texts = (*request.meeting.topics, *request.meeting.action_items) if request.meeting is not None else ()
    # "SRE" in the letter stands for the request's "site reliability engineering".
    ix = with_acronyms(index(text), request.follow_up, *meeting_texts)
    if request.follow_up and "visit" in request.follow_up.lower():
        ix = said_as(ix, _VISIT_IDIOM, "visit")
    if request.follow_up and _PHONE_PLAN.search(request.follow_up.lower()) is not None:
        ix = said_as(ix, _PHONE_IDIOM, "phone")
    if any(_UPDATE_ITEM.search(item.lower()) for item in meeting_texts):
        # "I will let you know once I have finished it" for "Marco will update Sofia once the course is done" (ob).
        ix = said_as(ix, _UPDATING, "update")
    first, last = core(text)
    body = 0
    for i in range(first, last):
        body |= 1 << i
    allowed = body or None
    # The reader's organisation is "your team" in a letter, like their name is "you": its words are
    # left out of the phrases, so "how the Greenway Collective measures impact" is met by "how you
    # measure impact".
    names = names_of(
        request.recipient.name, request.recipient.salutation, request.sender.name, request.recipient.organization
    )

    # A topic is recapped in its own words, not in those the letter tells the writer's story with: "my
    # move into construction project management" does not recap "how construction projects are scheduled".
    own = own_words(request.sender.background, request.sender.goal)

    def recapped(topic: str) -> bool:
        for p in variants(topic, names):
            for m in windows(ix, p, window=window, allowed=allowed):
                if is_mentioned(m, p, topic_threshold, min_words) and beyond_own(ix, m, p, own):
                    return True
        return False

    meeting_items = request.meeting.action_items if request.meeting is not None else ()
    topic_keys = _phrase_keys(request.meeting.topics if request.meeting is not None else (), names)

    def item_said(item: str) -> bool:
        # An action item is met by a window that also holds one of its words as written: synonyms
        # alone ("send" for "forward", "analysis" for "analytics") match another item's sentence too.
        masks = ix.masks
        owner, verb = _owner_and_verb(item, request)
        # Whether the writer has an item of their own with a verb both sides use ("send"): then "I'll send you ..."
        # may be theirs. (Asked only of the reader's items with such a verb.)
        writer_shares = (
            owner != "reader"
            or verb not in _SHARED_VERBS
            or any(
                other_owner == "writer" and other_verb in _SHARED_VERBS
                for other in meeting_items
                if other != item
                for other_owner, other_verb in [_owner_and_verb(other, request)]
            )
        )
        # An introduction is met only where a sentence makes it to its person: "the tools you sent
        # introduced me to several", "read its introduction" and the person's role named elsewhere are not.
        target = _intro_target(item, names)
        if target is not None and not _introduced(ix, target, allowed):
            return False
        # "draft a one-page outline of an induction and send it to Ms. Okoro": the outline is the item; the
        # step that only hands "it" over says nothing a plan to email her does not.
        # (Unless deciding is the item: "Eleanor will decide whether the part-time route suits her".)
        undecided = owner == "writer" and _UNDECIDED.search(item.lower()) is None
        steps = [step for step in _STEPS.split(item) if step.strip()]
        if len(steps) > 1 and all(_HANDS_IT_OVER.match(step.strip()) for step in steps[1:]):
            item = steps[0]
        for p in variants(item, names):
            literal = [key for _, keys, _ in p.words for key in keys if key[0] != "#"]
            for m in windows(ix, p, window=window, allowed=allowed):
                if is_mentioned(m, p, item_threshold, min_words):
                    span = ((1 << m.width) - 1) << m.start
                    if any(masks.get(key, 0) & span for key in literal):
                        # The sentences that name the item must not call it off or give it to the other side.
                        naming = [
                            ix.sentence(i)
                            for i in range(m.start, min(m.start + m.width, len(ix.spans)))
                            if any(masks.get(key, 0) >> i & 1 for key in literal)
                        ]
                        # The writer's item named only in the words of a topic, with nothing committed: "glad to hear
                        # more about the public service interpreting exam" recaps the topic; it does not book the
                        # exam (nj).
                        if (
                            owner == "writer"
                            and all(_TOLD_OF_MEETING.search(s) and not _COMMITTED.search(s) for s in naming)
                            and _keys_in(_matched_keys(ix, p, m), topic_keys)
                        ):
                            continue
                        keys = set(literal)
                        if any(
                            _called_off(s, owner)
                            or _wrong_owner(owner, verb, _clauses_with(s, keys), writer_shares, keys)
                            or (undecided and _UNDECIDED.search(s) is not None)
                            for s in naming
                        ):
                            continue
                        # "I have started to document each design decision" names no template sent.
                        if verb in _HANDING_VERBS and not any(_HANDED.search(s) for s in naming):
                            continue
                        return True
        return False

    findings: list[Finding] = []
    if request.follow_up is not None:
        # A plan in steps ("observe one workshop and then send her his reflections on it") is stated only
        # when each step is.
        steps = [step for step in _STEPS.split(request.follow_up) if step.strip()] or [request.follow_up]
        if not all(_planned(ix, text, step, names, threshold, min_words, window, body) for step in steps):
            plan = request.follow_up.strip().rstrip(".")
            findings.append(
                Finding(
                    "follow-up",
                    "error",
                    "The letter does not say how you will follow up.",
                    0,
                    0,
                    f"Close by saying what you will do next: {plan}.",
                )
            )
    elif kind in ("informational", "introduction") and plan_warning:
        lower = text[ix.spans[first][0] :].lower().replace("’", "'") if first < len(ix.spans) else ""
        if not _plan_stated(lower):
            findings.append(
                Finding(
                    "follow-up",
                    "warning",
                    "The letter does not say how you will follow up.",
                    0,
                    0,
                    "Say how you will follow up, e.g. that you will call or email next week.",
                )
            )
    meeting = request.meeting
    if meeting is not None and kind in ("follow_up", "thank_you"):
        if kind == "follow_up":
            for item in meeting.action_items:
                if not item_said(item):
                    clean = item.strip().rstrip(".")
                    findings.append(
                        Finding(
                            "follow-up",
                            "error",
                            f"The agreed action item is missing: {clean}.",
                            0,
                            0,
                            f"Mention the action item you agreed on: {clean}.",
                        )
                    )
        if (
            meeting.topics
            and not any(recapped(topic) for topic in meeting.topics)
            # Words of the action items recap nothing: "the list of CAD courses you mentioned" is an item.
            and not (
                detail_recap and _recapped_by_detail(ix, first, last, names, own | own_words(*meeting.action_items))
            )
        ):
            topic = meeting.topics[0].strip().rstrip(".")
            what = "recap" if kind == "follow_up" else "mention"
            findings.append(
                Finding(
                    "follow-up",
                    "error",
                    "The letter does not recap anything you discussed.",
                    0,
                    0,
                    f"In one sentence, {what} something you discussed, e.g. {topic}.",
                )
            )
    return findings

"""Rule ``politeness``: no demands, orders, pressure, entitlement, sarcasm or shouting, and enough courtesy.

Hard markers are found by phrase patterns on the lower-cased text (each starts with a literal and
runs only when a substring test finds its first words), by the first words of each sentence
("Send me ...", "Please reply ..."; courteous conventions such as "Please let me know" and "Please
feel free" excepted), and by case ("PLEASE REPLY", "!!"). Then ``politeness_score`` of the body
must reach ``min_score``: a letter with no courtesy at all fails even without a rude phrase. The score
cannot see what a letter leaves out, so a letter of clipped sentences with fewer than two courtesy strategies
(or with none, in sentences of any length) is curt too.

A sentence no pattern flags may still be rude in words of its own ("I'd rather not have to keep asking", "it would
be nice to hear back this time"): the sentence model ``_sentence_model.RUDE`` (word and word-pair weights fitted on
the corpus's rude sentences against its courteous ones) flags a body sentence it reads as rude with a probability of
at least ``model_threshold`` (0.99), unless the sentence leaves the reader a way out ("unless I hear otherwise") or
apologises ("I'm afraid I'm going to have to say no this time").
Following Danescu-Niculescu-Mizil et al. (2013), "please" inside a sentence is polite and at its
start it is an order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from netdraft._kinds import LENGTH_BANDS
from netdraft._view import AnyRequest, request_text
from netdraft.report import Finding
from netdraft.rules._form import SHOUT_WORDS, LazyPattern, form, lower_text, preceded_by_letter, word_set, wordset
from netdraft.rules._lazy import LiteralScan, lazy_compile
from netdraft.rules._match import core
from netdraft.rules._match import index as sentence_index
from netdraft.rules._sentence_model import RUDE
from netdraft.rules._text import analyze
from netdraft.rules.resume import is_heading

__all__ = ["demand_spans", "politeness"]

# Verbs that turn "you must/should/need to ..." into a demand on the reader
# ("you must be busy" is sympathy, "you must reply" is a demand).
_DEMAND_VERBS = (
    r"(?:reply|respond|help|answer|call|send|get back|meet|introduce|read|review|look at|make time|find time"
    r"|tell|give|forward|connect|share|schedule|set up|agree|accept|see me|talk to me|speak with me"
    r"|write back|do this|do me|hire|refer|recommend|pass along|take the time|make the time|be willing"
    r"|be happy|be glad|know|remember|understand|consider|respect|prioriti[sz]e)\b"
)

# How a reply travels: "a short reply by email" sets no deadline.
_CHANNEL = r"(?:e-?mail|mail|phone|post|letter|text|message|return|video|zoom|linkedin|courier|fax|hand)\b"

def _family(
    category: str, *branches: tuple[str, tuple[str, ...]], gate: tuple[str, ...]
) -> tuple[tuple[tuple[str, ...], LazyPattern, str], ...]:
    """Entries of one family of markers, a pattern per form with the literals it needs: a letter runs only the
    forms whose words it holds (one alternation of twenty forms with common literals ran on most letters).

    Each form is gated by the longest word of each of its literals ("excuses" for "no excuses"), so a letter
    selects only the forms it may hold; ``gate`` serves a form with a literal that is no whole word."""
    entries = []
    for source, needs in branches:
        words = [max(need.strip(" .,!?").split(), key=len) for need in needs if need.strip(" .,!?")]
        whole = all(w.replace("'", "").replace("’", "").isalpha() for w in words) and len(words) == len(needs)
        entries.append(((tuple(words) if whole else gate), LazyPattern(source, needs=needs), category))
    return tuple(entries)


def _at_start(*literals: str, comma: bool = False) -> str:
    """Literals that open a sentence (or, with ``comma``, follow a comma), as a regex that begins with the literal.

    ``(?:^|(?<=[.!?] ))keep`` opens with a look-behind, so the engine tries it at every position of the letter; the
    literal first, checked back with one fixed-width look-behind per context, is scanned for quickly.
    """
    contexts = ("^", "[.!?] ", "\n", *((", ",) if comma else ()))
    return "(?:" + "|".join(
        re.escape(lit) + "(?:" + "|".join(f"(?<={c}{re.escape(lit)})" for c in contexts) + ")" for lit in literals
    ) + ")"


# What silence is taken to mean, when it is a no the writer accepts.
_SILENCE_AS_NO = (
    r"(?! (?:that )?(?:your |any )?(?:silence|no reply|no answer|no news)(?: simply| just)? means (?:the timing"
    r"|no\b|a no|it(?:'s|’s| is) not|now (?:isn't|isn’t|is not)|you(?:'re|’re| are) (?:busy|too busy))"
    r"| (?:that )?you(?:'re|’re| are) (?:busy|too busy|not able|unable)\b)"
)

# (substring gate, pattern, category). Patterns run on the lower-cased text.
_MARKERS: tuple[tuple[str | tuple[str, ...], LazyPattern, str], ...] = (
    ("need you", LazyPattern(r"i(?:'ll| will| would|'d)? (?:really |just |actually |do )?need you to\b"), "demand"),
    (
        "ask that",
        # "I would ask that the introduction be made before Monday": a deadline laid down in the passive.
        LazyPattern(
            r"i (?:would|must|will|shall) ask that (?:you|the|it|this|my|your)\b[^.!?\n]{0,60}?\bbe\b[^.!?\n]{0,40}?"
            r"\b(?:before|by|within|no later than)\b",
            needs=("ask that",),
        ),
        "demand",
    ),
    (
        ("must ask", "must request", "must insist"),
        # "I must ask you to confirm a time by return".
        LazyPattern(
            r"i must (?:ask|request|insist) (?:that )?you\b", needs=("must ask", "must request", "must insist")
        ),
        "demand",
    ),
    (
        ("simple", "remarkably", "surprisingly", "impressively", "someone who"),
        # "I will keep my questions simple for you", "for someone who came into publishing through sales, you
        # have a remarkably good grasp of the literary side".
        LazyPattern(
            # (Not the writer's arrangements: "To keep things simple for you, I will call your office", ht36.)
            r"keep (?:my |the |things |it |this )?(?:\w+ )?(?:simple|basic|non-technical|short and simple) for you\b"
            r"(?!, (?:i|i'll|i’ll|i will|i can|i have|i've|i’ve|we|we'll|we’ll|we will)\b)"
            r"|(?:remarkably|surprisingly|impressively) (?:good|strong|solid|decent|sharp|firm)\b[^.!?\n]{0,60}?\bfor"
            r" (?:someone|a person|somebody) (?:who|from|with)\b|for (?:someone|a person|somebody) (?:who|from|with)"
            r"\b[^.!?\n]{0,80}?\byou (?:have|are|seem|know) (?:a |an )?(?:remarkably|surprisingly|impressively)\b",
            needs=("simple for you", "non-technical for you", "remarkably", "surprisingly", "impressively"),
        ),
        "condescension",
    ),
    (
        ("head",),
        # "I'll spare you the technical detail, since most of it would go over your head".
        LazyPattern(
            r"(?:go|goes|went|be|is) (?:way |straight |right )?(?:over|above) your head\b",
            needs=("over your head", "above your head"),
        ),
        "condescension",
    ),
    (
        ("settled", "agreed", "given", "turn down", "turn away"),
        # "so I have taken the 30-minute meeting as settled", "you never turn down a friend of his".
        LazyPattern(
            r"(?:taken|take|taking|treat|treated|treating) (?:the|our|this|your|a|it) (?:[\w-]+ ){0,3}?as (?:settled"
            r"|agreed|a given|a yes|confirmed|accepted|done)\b"
            r"|\byou (?:never|don't ever|would never|won't) turn"
            r" (?:down|away) (?:a friend|anyone|anybody|someone)\b",
            needs=("as settled", "as agreed", "as a given", "as a yes", "as confirmed", "as accepted", "as done",
                   "turn down", "turn away"),
        ),
        "pressure",
    ),
    (
        "consider",
        # "so let's call it a fair trade and consider the call agreed".
        LazyPattern(
            r"consider (?:the|our|this|it|that) (?:[\w-]+ ){0,2}?(?:settled|agreed|confirmed|booked)\b",
            needs=("consider the", "consider our", "consider this", "consider it", "consider that"),
        ),
        "pressure",
    ),
    (
        ("disappointed", "next time", "little time", "record", "personally", "after all the", "these things"),
        # Reproach: "I was disappointed that so much of our meeting went on your phone calls", "perhaps next
        # time we will even get as far as my questions", "so much wisdom into so little time", "so that there
        # is a written record of what was promised", "hard not to take the silence personally", "after all the
        # hours I put into your lab's data", "in case it goes the way these things usually go".
        LazyPattern(
            r"disappointed (?:that|by|with|in|at) (?:so much|so little|you|your|how|the way)\b"
            r"|next time\b[^.!?\n]{0,40}?\b(?:the attention it deserves|as far as|even get|actually get|properly"
            r"|your full attention)\b|so much \w+ into so little time\b"
            r"|(?:a (?:written |paper )?record|in writing|on record) of what (?:was|you|you've|you have) (?:promised"
            r"|agreed|said|offered)\b|(?:take|taking|took) (?:the|your|this) (?:silence|lack of (?:a )?(?:reply"
            r"|response)) personally\b|after all the (?:hours|time|work|effort|favours|favors|weekends|evenings) i"
            r" (?:put|gave|spent|did|invested)\b|the way (?:these|such) things (?:usually|always|often|tend to) go\b",
            needs=("disappointed", "next time", "little time", "record of", "in writing of", "personally",
                   "after all the", "these things", "such things"),
        ),
        "pressure",
    ),
    (
        ("better", "left waiting", "left hanging", "courtesy", "decency"),
        # "They did not have the courtesy to answer, so I expect better from someone who talks so publicly
        # about mentoring. I would rather not be left waiting again."
        LazyPattern(
            r"i (?:expect|would expect|'d expect|’d expect) (?:better|more) (?:from|of) (?:you|someone|somebody"
            r"|a person|people)\b|(?:rather not|don't want to|don’t want to|do not want to|hate to) be left (?:waiting"
            r"|hanging|in the dark)\b|(?:did not|didn't|didn’t|do not|don't|don’t) (?:even )?have the (?:courtesy"
            r"|decency|manners|grace) to\b",
            needs=("better from", "better of", "more from", "more of", "left waiting", "left hanging",
                   "left in the dark", "the courtesy to", "the decency to", "the manners to", "the grace to"),
        ),
        "pressure",
    ),
    (
        ("your age", "your stage", "your standing", "your stature", "your importance", "your seniority",
         "bigger fish", "teach you", "teach your", "happy to find", "glad to find", "happy to make"),
        # "someone of your age won't have had much call to ...", "I dare say I can teach your team plenty",
        # "I am sure you will be happy to find time".
        LazyPattern(
            r"(?:someone|people|a person|somebody) (?:of|at) your (?:age|stage|standing|stature|importance|seniority)\b"
            r"|\bbigger fish to fry\b|i (?:can|could) (?:probably )?teach"
            r" (?:you|your team|your staff|your people)\b|(?:i'm|i’m|i am) (?:sure|certain|confident) you(?:'ll|’ll"
            r"| will) be (?:happy|glad|delighted|pleased|willing) to (?:find|make|meet|spare|help)\b",
            # (The last form holds "sure you", "certain you" or "confident you": rarer than "happy to".)
            needs=("your age", "your stage", "your standing", "your stature", "your importance", "your seniority",
                   "bigger fish", "teach you", "teach your", "sure you", "certain you", "confident you"),
        ),
        "condescension",
    ),
    (
        ("send", "sit around", "hang around"),
        # "Could you send me that list of grant funders by tomorrow morning? ... can't afford to sit around
        # waiting on you for it."
        LazyPattern(
            r"(?:could|can|would|will) you (?:please |kindly |just )?(?:send|get|give|forward|email|e-mail|pass)"
            r"\b[^.?!\n]{0,60}? by (?:tomorrow(?: morning| afternoon| evening)?|tonight|today|noon|first thing"
            r"(?: tomorrow)?|monday|tuesday|wednesday|thursday|friday|(?:the )?end of (?:the |this |next )?(?:day"
            r"|week|month|business))\b|(?:sit|hang) around waiting (?:on|for) you\b",
            needs=(" by tomorrow", " by tonight", " by today", " by noon", " by first thing", " by monday",
                   " by tuesday", " by wednesday", " by thursday", " by friday", " by the end of", " by end of",
                   "waiting on you", "waiting for you"),
        ),
        "deadline",
    ),
    (
        ("heavy lift", "plain terms", "fair return", "already told", "already mentioned", "where that leaves",
         "hold it against", "early in your career", "arriving late", "rehearsed", "busy being", "hold my breath"),
        # "a single introductory email is a heavy lift, so do take all the time you need", "in plain terms
        # below, since managers do not always have the time", "a short call is a fair return on that", "I have
        # already told my clinic director you will be advising me", "if you cannot manage the call I do not
        # know where that leaves me", "I won't hold it against you", "very well for someone so early in your
        # career", "so much of our slot went on you arriving late".
        LazyPattern(
            r"(?:is|was|would be) (?:a )?(?:real |huge )?heavy lift\b"
            r"|in plain terms\b[^.!?\n]{0,60}?\b(?:since|as|because)\b"
            r"|(?:is|would be|seems) (?:a|only a) fair return\b"
            r"|(?:already told|already promised|already mentioned to|promised) (?:my|our|the) (?:\w+ ){0,3}?"
            r"(?:that )?you(?:'ll| will| would"
            r"| are going to)\b|(?:where|how) that (?:leaves|would leave) me\b"
            r"|(?:won't|won’t|will not|shan't) hold it against you\b"
            r"|(?:too|terribly|very|so) busy being (?:important|famous|a big shot|a bigwig|in demand)\b"
            r"|(?:won't|won’t|will not) hold my breath\b"
            r"|for someone (?:so |this |quite )?(?:early|new"
            r"|junior|young) in (?:your|their) career\b|(?:went|goes|was lost) on you (?:arriving|turning up|being)"
            r" late\b|you had (?:clearly |obviously )?rehearsed\b",
            needs=("heavy lift", "plain terms", "fair return", "already told", "already mentioned", "promised my",
                   "promised our", "where that leaves", "how that leaves", "would leave me", "hold it against",
                   "in your career", "arriving late", "turning up late", "being late", "rehearsed", "busy being",
                   "hold my breath"),
        ),
        "pressure",
    ),
    (
        ("side", "end", "introduction", "intro", "reply", "answer", "decision", "response", "feedback"),
        # "On your side, the introduction to your content team lead needs to happen this week", "your decision has
        # to be made by Friday": what the reader is to do, laid down as a necessity.
        LazyPattern(
            r"on your (?:side|end)\b[^.!?\n]{0,80}?(?<!nothing )\b(?:needs|has) to (?:happen|be (?:done|sent|made"
            r"|arranged|sorted|booked|confirmed))\b"
            r"|\byour (?:introduction|intro|reply|answer|decision|response|feedback)\b[^.!?\n]{0,60}?\b(?:needs|has) to"
            r" (?:happen|be (?:done|sent|made|arranged|sorted|booked|confirmed))\b[^.!?\n]{0,15}?\b(?:this|today"
            r"|tomorrow|by|before|within|asap|no later)\b",
            needs=("needs to happen", "has to happen", "needs to be ", "has to be "),
        ),
        "demand",
    ),
    (
        "by return",
        # ... and "I expect the supplier contacts by return of post".
        LazyPattern(r"(?:confirm|reply|respond|answer|let me know|write back|get back to me|expect|need|want|require"
                    r")\b[^.!?\n]{0,40}? by return\b", needs=(" by return",)),
        "deadline",
    ),
    (
        ("fuller", "busier", "favour", "favor"),
        # "My diary is a great deal fuller than most", "the exchange is very much in your favour".
        LazyPattern(
            r"(?:my|our) (?:diary|calendar|schedule|time) is (?:\w+ ){0,3}?(?:fuller|busier|more valuable|more"
            r" precious) than (?:most|yours|most people's|many)\b|(?:the exchange|this|it|the trade|the deal|our"
            r" meeting) (?:is|would be|will be) (?:very much |entirely |clearly |rather |greatly )?in your"
            r" (?:favour|favor)\b",
            needs=("fuller", "busier", "more valuable", "more precious", "in your favour", "in your favor"),
        ),
        "condescension",
    ),
    (
        "i need",
        LazyPattern(r"i need (?:an answer|a response|a reply|your answer|your response|to hear back)"),
        "demand",
    ),
    (
        "need",
        # "I'll need a 30-minute call with you next week": a meeting or a reply required, not asked for.
        LazyPattern(
            r"i(?:'ll|’ll| will)? (?:really |do |really do |just |definitely |absolutely )?need (?:a|an|your|the)"
            r" (?:[\w-]+ ){0,2}?(?:call|meeting|chat|conversation|reply|response|answer|slot|decision|introduction)\b",
            needs=("need a", "need an", "need your", "need the"),
        ),
        "demand",
    ),
    (
        ("make it work", "wait around"),
        # "so please make it work", "I don't have time to wait around".
        LazyPattern(
            r"(?:please|just|you'll have to|you will have to|you need to) make it work\b"
            r"|(?:don't|don’t|do not|can't|can’t|cannot|won't|won’t) (?:\w+ ){0,3}?wait around\b"
            # "I'm applying to things and don't have time to sit around waiting" (eb).
            r"|(?:don't|don’t|do not) have (?:the )?time to sit around\b",
            needs=("make it work", "wait around", "sit around"),
        ),
        "pressure",
    ),
    (
        "expect",
        # "I expect you to reply", not "I expect you receive many notes like this" (a supposition).
        LazyPattern(
            # "I'd expect a quick reply given Greg put my name forward": the conditional is no softer.
            # (Not a prediction of what the reader will notice or feel: "I expect you will spot a few of your own
            # ideas in it", eb.)
            r"i(?:'d|’d| would)? (?:fully )?expect (?:you to|you(?:'ll|’ll| will| would| can| could)"
            r"(?! (?:(?:already|probably|certainly|easily|soon|quickly|instantly) )?(?:spot|recogni[sz]e|notice|enjoy"
            r"|laugh|smile|remember|be (?:pleased|glad|amused|relieved|happy|surprised|interested|busy)"
            r"|have (?:heard|seen|noticed)|hear (?:about|of))\b)|your (?:reply"
            r"|response|answer"
            r"|call)|a reply|a response|an answer"
            # (Not news the writer awaits from elsewhere: "I expect to hear shortly whether my application has
            # been accepted".)
            r"|to hear(?! (?:back )?(?:shortly |soon |any day |this week |next week |by \w+ )?(?:whether|if|about my"
            r"|from (?:the|my|our|them|him|her)\b))"
            # "I expect a 30-minute call with you this week" (not "I expect a call from the recruiter").
            # ("I expect a full update about you and the team", eg.)
            r"|an? (?:[\w-]+ ){0,2}?(?:call|meeting|chat|conversation|reply|response|answer|introduction|update)\b"
            r"(?! from\b)"
            # "Frankly, I would expect someone in your position to make time for people coming up in the field".
            r"|(?:someone|somebody|anyone|people|a person|a (?:[\w-]+ )?(?:leader|manager|professional)) (?:in|at|of"
            r"|with) your (?:position|level|role|seniority|standing|experience|stature|rank) to\b"
            # The reader's promised favour claimed: "I expect it promptly", "I expect that introduction to come
            # through", "I expect the list by Friday" (not "I expect it will be a busy season for you").
            r"|(?:it|them|that|this|those|these|the|your) (?:[\w'’-]+ ){0,2}?(?:promptly|soon|shortly|without delay"
            r"|straight away|right away|today|this week|by (?:monday|tuesday|wednesday|thursday|friday|the end|tomorrow"
            r"|then)|to come through|to arrive|to reach me|in my inbox)\b)"
        ),
        "demand",
    ),
    ("expecting", LazyPattern(r"i(?:'ll| will| am|'m) (?:be )?expecting"), "demand"),
    ("will expect", LazyPattern(r"i(?:'ll|’ll| will| shall) (?:fully )?expect\b"), "demand"),
    # "I want you to know how much I appreciated it" tells; "I want you to send it" demands.
    (
        "want you to",
        LazyPattern(r"i (?:really )?want you to\b(?! know\b| feel\b| understand\b| see how\b)"),
        "demand",
    ),
    ("i demand", LazyPattern(r"i demand\b"), "demand"),
    # Not insisting on one's own generosity: "I insist on paying" (and "my treat; I insist": see ``_waived``).
    (
        "i insist",
        LazyPattern(r"i insist\b(?! on (?:paying|buying|treating|covering|getting the|picking up))"),
        "demand",
    ),
    ("i require", LazyPattern(r"i require\b"), "demand"),
    ("asap", LazyPattern(r"asap\b"), "demand"),
    (
        ("must", "need", "have", "should", "ought", "required", "better"),
        LazyPattern(
            # Not a recommendation of a person: "someone you should meet", "people you ought to know".
            # The look-behinds follow "you" so that the pattern opens with a literal, which the regex engine
            # scans for quickly (a pattern that opens with a look-behind is tried at every position).
            r"you(?<!someone you)(?<!somebody you)(?<!people you)(?<!person you)(?<!colleague you)(?<!friend you)"
            # Nor the reader's load guessed at: "what makes an application stand out from the many you must read" (fn).
            r"(?<!many you)(?<!number you)(?<!ones you)(?<!those you)(?<!applications you)(?<!letters you)"
            r"(?<!emails you)(?<!messages you)(?<!requests you)(?<!cvs you)"
            r" (?:really |simply |absolutely )?(?:must|need to|have to|should|ought to|will need to"
            r"|are required to|had better|better) (?:\w+ )?" + _DEMAND_VERBS,
            needs=("you must", "you need", "you have", "you should", "you ought", "you will", "you are",
                   "you had", "you better", "you really", "you simply", "you absolutely"),
        ),
        "demand",
    ),
    (
        "make sure",
        # (Not the writer's own care: "I'll make sure to read them before we speak".)
        LazyPattern(
            r"(?<!i'll )(?<!i’ll )(?<!i will )(?<!i'd )(?<!i’d )(?<!i would )(?<!i shall )(?<!i can )(?<!we'll )"
            r"(?<!we will )(?<!i'm going to )(?<!i’m going to )(?<!i am going to )(?<!i )"
            r"make sure (?:you|to) (?:reply|respond|answer|get back|call|send|read)"
        ),
        "demand",
    ),
    ("ignore", LazyPattern(r"(?:don't|don’t|do not) ignore"), "demand"),
    # "I would appreciate you making it a priority": the favour ranked above the reader's own work.
    (
        "priority",
        LazyPattern(
            # "I trust you'll treat this as a priority" (id03) as well as "you make it a priority".
            r"(?:you(?:'ll|’ll|'d|’d)?|please|could you|would you|can you) (?:\w+ ){0,2}?(?:(?:make|making|put|putting)"
            r" (?:it|this|that|my \w+) (?:a |your )?|(?:treat|treating|regard|handle|handling) (?:it|this|that|my \w+)"
            r" as (?:a |an )?)(?:top |high |first |real |urgent )?priority\b",
            needs=(" priority",),
        ),
        "demand",
    ),
    ("end of", LazyPattern(r"by (?:the )?end of (?:the |this |next )?(?:day|business|week|today|month)"), "deadline"),
    # "I will need them by Friday at the latest": a deadline made firmer (the writer's own plan excepted).
    ("latest", LazyPattern(r"(?:by|before) [^.!?\n]{1,30}? at the latest\b", needs=(" at the latest",)), "deadline"),
    (
        "from you by",
        LazyPattern(
            r"hear(?:ing)? (?:back )?from you (?:by(?! " + _CHANNEL + r")|before|no later than|within|in the next) ",
            needs=("from you ",),
        ),
        "deadline",
    ),
    ("by close of", LazyPattern(r"by close of (?:day|business)"), "deadline"),
    ("by eod", LazyPattern(r"by (?:eod|cob)\b"), "deadline"),
    ("hours", LazyPattern(r"within (?:24|48|72|twenty-four|forty-eight|a few) hours"), "deadline"),
    (
        "immediately",
        LazyPattern(
            r"(?:reply|respond|answer|get back to me|call me|write back) immediately", needs=(" immediately",)
        ),
        "deadline",
    ),
    (
        "right away",
        LazyPattern(r"(?:reply|respond|answer|get back to me|call me|write back) right away", needs=(" right away",)),
        "deadline",
    ),
    (
        "at once",
        LazyPattern(r"(?:reply|respond|answer|get back to me|call me|write back) at once", needs=(" at once",)),
        "deadline",
    ),
    (
        ("busy", "important"),
        LazyPattern(
            r"(?:i'm|i’m|i am|i know you're|i know you’re|i know you are|i'm sure you're|i’m sure you’re"
            r"|i'm sure you are|i am sure you are|you're probably|you are probably|i guess you're)"
            r" (?:probably |likely |surely |just |simply )?(?:too|far too|way too|much too)"
            r" (?:busy|important)",
            needs=("too busy", "too important"),
        ),
        "pressure",
    ),
    (
        ("busy", "important"),
        LazyPattern(
            # Not the courtesy "I would quite understand if you are too busy to reply".
            r"(?<!if you are )(?<!if you're )(?<!if you’re )(?<!if you were )"
            r"too (?:busy|important) (?:these days |nowadays |now )?to (?:help|reply|respond|answer|bother|read|care)",
            needs=("too busy to", "too important to"),
        ),
        "pressure",
    ),
    (
        "only take",
        LazyPattern(
            r"(?:would|will|should|it'll|it’ll|it'd|it’d|'ll|'d) only take (?:you )?(?:a |\w+ |\d+ )?"
            r"(?:minutes?|seconds?|moments?|mins?)\b",
            needs=("only take",),
        ),
        "pressure",
    ),
    ("hate to think", LazyPattern(r"(?:i'd|i’d|i would) hate to think", needs=("hate to think",)), "pressure"),
    # Quiet pressure, entitlement, sarcasm and condescension, each as people write it without a rude word.
    (
        ("reach", "arrive", "land"),
        # "Your reply with a few times should reach me by tomorrow evening".
        LazyPattern(
            r"(?:should|must|needs? to|has to|will need to|ought to) (?:reach|be with|get to|arrive with|land with"
            r"|be in) (?:me|us|my inbox)\b[^.!?\n]{0,20}?(?:by|before|no later than)\b",
            needs=("reach me", "reach us", "reach my", "be with me", "be with us", "get to me", "get to us",
                   "arrive with", "land with", "be in my"),
        ),
        "deadline",
    ),
    (
        ("looking", "watching", "lookout"),
        # "I will be looking out for it in my inbox first thing tomorrow morning".
        LazyPattern(
            r"(?:i'll|i’ll|i will|i'm|i’m|i am) (?:be )?(?:looking out for|watching for|watching out for"
            r"|on the lookout for) (?:it|them|that|this|your \w+)\b[^.!?\n]{0,50}?\b(?:tomorrow|today|tonight"
            r"|monday|tuesday|wednesday|thursday|friday|first thing|by the end|this week|this afternoon)\b",
            needs=("looking out", "watching", "lookout"),
        ),
        "pressure",
    ),
    (
        ("take", "assume", "understand", "presume", "gone"),
        # "If I have not heard back by Friday, I will take it that you are not interested".
        LazyPattern(
            r"(?:i'll|i’ll|i will|i shall) (?:take it|assume|understand|presume) (?:that )?you(?:'re|’re| are)?"
            r" (?:not|aren't|aren’t|are not) (?:interested|able|willing|available|keen)\b"
            # "so I shall take it that you will make room in your diary for a lunch" (et).
            r"|(?:i'll|i’ll|i will|i shall) (?:take it|assume|presume) (?:that )?you(?:'ll|’ll| will) (?:make (?:room"
            r"|time)|find (?:the )?time|keep me in mind)\b"
            # "I've gone ahead and sent a calendar invitation, and I'll take it that it suits you".
            r"|(?:i'll|i’ll|i will|i shall) (?:take it|assume|presume) (?:that )?(?:it|this|that|the time|the date)"
            r" (?:suits|works|is fine|is convenient)\b|(?:i've|i’ve|i have) gone ahead and (?:sent|booked|scheduled"
            # ... the reader's time, not "I've gone ahead and booked it" (the course the reader advised).
            r"|put|added|set up)\b[^.!?\n]{0,40}?\b(?:invit\w*|call|meeting|slot|time|calendar|diary|appointment"
            r"|you|your)\b",
            needs=("take it", "assume you", "assume that", "understand that you", "understand you", "presume",
                   "gone ahead"),
        ),
        "pressure",
    ),
    (
        "point",
        # "If you can fit it in before the end of the month, wonderful; if not, there is not much point".
        LazyPattern(
            r"(?:if not|otherwise|after that|any later|beyond that|if it can't|if you can't|if you cannot)\b"
            r"[^.!?\n]{0,40}?(?:there is|there's|there’s|there would be|there'd be)"
            r" (?:honestly |really |simply |just )?(?:not much|no|little) point\b",
            needs=("not much point", "no point", "little point"),
        ),
        "pressure",
    ),
    ("longer", LazyPattern(r"the longer (?:this|it|you|that) (?:takes|take|waits?|goes on|drags on)\b"), "pressure"),
    (
        ("more", "better"),
        # "I hope for more than a couple of words back this time", "I have earned a bit more than the
        # occasional reply", "I can expect more than the short slot you would give a student".
        LazyPattern(
            r"(?:hope for|hoping for|expect|expecting|deserve|deserves|deserved|earned|owed)\b[^.!?\n]{0,20}?"
            r"(?:more|better)"
            r" than (?:a |an |the |one |two |a couple of |a few |the occasional |a quick |a short |just )?"
            r"(?:\w+ ){0,2}?"
            r"(?:reply|replies|response|responses|answer|answers|words|lines|line|slot|minutes|note|notes|email"
            r"|emails)\b",
            needs=("more than", "better than"),
        ),
        "entitlement",
    ),
    (
        ("fuller", "longer", "quicker", "faster", "proper", "detailed", "thorough"),
        # "I'll be hoping for a fuller answer than my last email got".
        LazyPattern(
            r"(?:hope for|hoping for|expect|expecting)\b[^.!?\n]{0,20}?\b(?:fuller|longer|quicker|faster|proper|more"
            r" (?:detailed|thorough|considered|complete)) (?:answer|reply|response) than (?:my|the|your|that) "
            r"(?:last|previous|earlier|first)\b",
            needs=(" than ",),
        ),
        "entitlement",
    ),
    (
        "surely",
        # "Surely sending them over won't take you long".
        LazyPattern(
            r"surely\b[^.!?\n]{0,40}?\b(?:won't|won’t|will not|wouldn't|wouldn’t|can't|can’t|cannot|isn't|isn’t"
            r"|is not|shouldn't|shouldn’t|doesn't|doesn’t|does not) (?:take|be|cost|need)\b"
        ),
        "pressure",
    ),
    (
        ("courtesy", "treatment", "promptness", "consideration"),
        # "She answered within the hour, so I am hoping for the same courtesy from you".
        LazyPattern(
            r"(?:hoping for|hope for|expect|expecting|count on|counting on|ask for) the same (?:courtesy|treatment"
            r"|speed|promptness|response|consideration|kindness) (?:from|of) you\b",
            needs=("the same ",),
        ),
        "pressure",
    ),
    (
        ("owes", "owe"),
        # "the alumni network, you included, owes me a favour".
        LazyPattern(
            r"(?:you|network|alumni|school|firm|company|industry|profession|university)(?:,? [^.!?\n]{0,25}?)?"
            # (Not "You owe me nothing, of course".)
            r" owes? me\b(?! (?:nothing|no|anything)\b)",
            needs=(" owe",),
        ),
        "entitlement",
    ),
    (
        ("reasonably", "earned"),
        LazyPattern(
            r"(?:i|we) (?:can|could) reasonably (?:expect|ask for|assume)\b"
            r"|(?:i've|i’ve|i have) (?:surely |certainly |definitely )?earned (?:a bit|a little|some|the right|more"
            r"|at least|a reply|a response|an answer)\b"
            # "After the hours I put in, I feel I have earned a careful read".
            r"|i (?:feel|think|believe|reckon) (?:that )?i(?:'ve|’ve| have) (?:surely |certainly )?earned\b",
            needs=("reasonably", "earned"),
        ),
        "entitlement",
    ),
    (
        "suppose",
        # "..., so thank you for that, I suppose".
        LazyPattern(
            r"(?:thanks?|thank you|grateful|appreciate\w*)\b[^.!?\n]{0,40}?,? i suppose\b", needs=("i suppose",)
        ),
        "sarcasm",
    ),
    (
        "after",
        # "I did get the editor's details in the end, some while after you said they would come".
        LazyPattern(
            r"(?:some|a good|quite some|a long|long) (?:while|time|weeks?|days?|months?) after you (?:said|promised"
            r"|told me|offered)\b",
            needs=(" after you ",),
        ),
        "pressure",
    ),
    (
        ("good", "nice", "kind", "decent", "thoughtful"),
        # "It was good of you to remember our meeting in the end".
        LazyPattern(
            r"(?:good|nice|kind|decent|thoughtful) of you to (?:remember|reply|respond|answer|turn up|show up|find"
            r"|get back|write|call|make it)\b[^.!?\n]{0,40}?\b(?:in the end|eventually|at last|after all|finally)\b",
            needs=(" of you to ",),
        ),
        "sarcasm",
    ),
    (
        ("slip", "slips", "slipped", "slipping"),
        # "I know how easily these things slip your mind", "it seems to have slipped through the cracks again".
        LazyPattern(
            r"(?:how easily|so easily|always|keep|keeps|tend to|tends to)\b[^.!?\n]{0,25}?\bslip(?:s|ped|ping)?"
            r" (?:your mind|through the cracks|off your radar)\b"
            r"|slip(?:s|ped)? (?:your mind|through the cracks|off your radar) again\b",
            needs=("slip",),
        ),
        "sarcasm",
    ),
    (
        ("time", "question"),
        # "you have found time for plenty of conferences lately, so perhaps a short reply to me is not out of
        # the question".
        LazyPattern(
            r"(?:you (?:have |'ve |’ve )?|someone who |who )(?:found|finds|find|make|makes|made|seem to find)"
            r" (?:the )?time (?:for|to give|to do|to attend) (?:plenty of|lots of|so many|all those|all sorts of"
            r"|everything|everyone)\b"
            r"|(?:reply|response|answer|call|word|note|line)\b[^.!?\n]{0,25}?\bis(?:n't|n’t| not) (?:entirely "
            r"|completely )?out of the question\b",
            needs=("time for plenty", "time for lots", "time for so ", "time for all", "time for every",
                   "time to give", "time to do so", "time to attend", "out of the question"),
        ),
        "sarcasm",
    ),
    (
        ("halfway", "partway", "gave", "give"),
        # "easier to follow than the chapter in your book, which I am afraid I gave up on halfway through".
        LazyPattern(
            r"(?:gave up on|give up on|couldn't finish|couldn’t finish|could not finish|stopped reading|never"
            r" finished)(?: it)? (?:halfway|half-way|part way|partway|after (?:a|the first|two|three) (?:pages?"
            r"|chapters?))\b",
            needs=("halfway", "half-way", "part way", "partway", "after a page", "after the first", "after two",
                   "after three"),
        ),
        "condescension",
    ),
    (
        ("strength", "strong", "forte", "day", "already"),
        # "that side is not really your strength", "given how things were done in your day", "useful, even if a
        # good deal of it was what I had already read online".
        LazyPattern(
            r"(?:is not|isn't|isn’t|is hardly|may not be|might not be|was never|wasn't|wasn’t) (?:really |exactly "
            r"|quite )?your (?:strength|strong suit|forte|strong point)\b"
            r"|\bback in your day\b|\b(?:were|was) (?:done |like |different )?in your day\b"
            r"|(?:even if|even though|though|although)\b[^.!?\n]{0,40}?\b(?:i had already|i'd already|i’d already"
            r"|i already) (?:read|knew|known|heard|seen|found)\b",
            needs=("your strength", "your strong", "your forte", "your day", "had already", "'d already", "’d already",
                   "i already"),
        ),
        "condescension",
    ),
    (
        ("sure", "certain", "confident", "properly", "reminder", "expecting"),
        # "I'm sure you can still find a moment to read it properly this time".
        LazyPattern(
            r"(?:i'm|i’m|i am) (?:sure|certain|confident) (?:that )?you(?:'ll|’ll| will| can| could)? (?:still )?"
            r"(?:find|make|spare|squeeze in|squeeze) (?:a |the |some |a few |\w+ )?(?:moment|minute|minutes|time|way"
            r"|room|space|slot)\b"
            r"|\b(?:read|look at|reply|answer|respond|listen|review)\w* (?:to )?(?:it |this |them |my \w+ )?"
            r"properly this time\b"
            # "I was expecting the programme dates last week".
            r"|(?:i was|i'd been|i’d been|i had been) expecting (?:the |your |them|it|those|these)\b[^.!?\n]{0,40}?"
            r"\b(?:last week|yesterday|by now|days ago|some time ago|a while ago|before now)\b"
            # "I did mention this in my last email, so I hope it won't need another reminder".
            r"|(?:won't|won’t|will not|shouldn't|shouldn’t) need (?:another|a further|one more|a second) reminder\b",
            needs=("sure you", "certain you", "confident you", "properly this time", "reminder", "expecting"),
        ),
        "pressure",
    ),
    (
        ("sure", "problem", "issue", "keep"),
        # "With Aidan on your board, I'm sure that won't be a problem".
        LazyPattern(
            r"(?:i'm|i’m|i am) (?:sure|certain|confident) (?:that )?[^.!?\n]{0,30}?(?:won't|won’t|will not"
            r"|wouldn't|wouldn’t|shouldn't|shouldn’t) be (?:an?|any|much of an?) (?:problem|issue|trouble)\b"
            # "so please keep the afternoon free": the reader's diary ordered.
            r"|please keep (?:the|that|this|your|next|tuesday|monday|wednesday|thursday|friday) (?:\w+ ){0,2}?"
            r"(?:free|clear|open)\b",
            needs=("be a problem", "be any problem", "be much of a", "be an issue", "be any issue", "be a trouble",
                   "be any trouble", "please keep "),
        ),
        "entitlement",
    ),
    ("least you", LazyPattern(r"the least you (?:can|could|would) (?:do|offer|give|spare)"), "entitlement"),
    # The reader's effort judged for them: "it shouldn't take more than a quick email on your end", "it can't take
    # you more than five minutes" (not the writer's promise: "the call won't take more than 20 minutes").
    (
        "take",
        LazyPattern(
            r"\b(?:shouldn't|shouldn’t|should not|can't|can’t|cannot) take (?:you (?:more than|longer than|long|much)"
            r"|(?:more than|longer than|much more than) [^.?!\n]{0,30}?\bon your (?:end|side|part))\b",
            needs=("n't take", "n’t take", "not take"),
        ),
        "entitlement",
    ),
    # "I will be chasing this if I haven't seen it".
    (
        ("chasing", "chase"),
        LazyPattern(r"\bi(?:'ll|’ll| will| shall)(?: be)? (?:chasing|chase) (?:this|it|you|that|them|these)\b",
                    needs=("chas",)),
        "pressure",
    ),
    ("surely", LazyPattern(r"surely (?:you|someone|a person|somebody)\b"), "pressure"),
    ("can surely", LazyPattern(r"you can surely"), "pressure"),
    (
        ("busy", "hard", "difficult"),
        LazyPattern(r"(?:can't|can’t|cannot) be that (?:busy|hard|difficult)", needs=(" be that ",)),
        "pressure",
    ),
    ("cared", LazyPattern(r"if you (?:really |actually |truly )?cared"), "pressure"),
    ("make me", LazyPattern(r"(?:don't|don’t|do not) make me", needs=(" make me",)), "pressure"),
    (
        ("carve", "find", "make", "spare", "squeeze", "fit"),
        # "I'm sure you can carve out the time": the reader's time taken for granted.
        LazyPattern(
            r"(?:i'm|i’m|i am) (?:sure|certain|confident) you(?:'ll|’ll| will| can| could)? (?:carve|find|make|spare"
            r"|squeeze|fit)(?: out| in)? (?:the |some |a little |an? )?(?:time|hour|half hour|slot|moment|minutes"
            r"|room)\b",
            needs=("sure you", "certain you", "confident you"),
        ),
        "pressure",
    ),
    (
        ("costs", "cost", "hardly", "barely", "scarcely"),
        # "A short call costs you very little", "which should hardly take you any time": the reader's cost
        # played down to press for it.
        LazyPattern(
            r"costs? you (?:very |so |next to |almost |practically |virtually )?(?:little|nothing)\b"
            r"|(?:hardly|barely|scarcely) take you (?:any|a|more than|long)\b",
            needs=(" you very little", " you little", " you nothing", " you next to", " you almost", " you practically",
                   " you virtually", " you so little", " take you "),
        ),
        "pressure",
    ),
    (
        ("recurring", "standing", "regular", "weekly", "fortnightly", "monthly", "quarterly", "added", "subscribed",
         "signed"),
        # Acting on the reader's diary or inbox without asking: "have put a recurring catch-up in your calendar
        # for us", "I have also added you to the distribution list for my notes".
        LazyPattern(
            r"(?:put|added|booked|scheduled|set up|placed|blocked out|blocked) (?:a |an )?(?:recurring|standing|regular"
            r"|weekly|fortnightly|monthly|quarterly) [a-z-]+(?: [a-z-]+)? (?:in|into|on) your (?:calendar|diary"
            r"|schedule)\b"
            r"|(?:added|subscribed|signed) you (?:up )?(?:to|for|onto|on) (?:my|the|our) (?:[a-z-]+ )?(?:distribution"
            r"|mailing|email|e-mail|newsletter|circulation) list\b",
            needs=("your calendar", "your diary", "your schedule", " list"),
        ),
        "presumption",
    ),
    (
        ("pass", "passing", "passed", "give", "giving", "gave", "share", "sharing", "shared", "forward", "forwarding",
         "forwarded"),
        # The reader's details given away: "I'll be passing your email address to a few of my friends".
        LazyPattern(
            r"(?:pass|passing|passed|give|giving|gave|share|sharing|shared|forward|forwarding|forwarded) (?:on )?your"
            r" (?:email address|e-mail address|email|e-mail|number|phone number|mobile number|contact details"
            r"|details) (?:on )?to\b",
            needs=("your email", "your e-mail", "your number", "your phone", "your mobile", "your contact",
                   "your details"),
        ),
        "presumption",
    ),
    (
        ("told", "promised", "assured"),
        # ... or their time: "I've told a few old friends that they can drop by the warehouse whenever they like".
        LazyPattern(
            r"(?:told|promised|assured) [^.!?\n]{0,60}?\b(?:they|he|she) (?:can|could|may|are welcome to"
            r"|is welcome to) (?:drop by|drop in|pop in|pop by|pop round|call in|come by|come round|stop by|visit)\b"
            r"(?![^.!?\n]{0,80}?\b(?:as you|you kindly|you offered|you suggested|you said))",
            needs=("drop by", "drop in", "pop in", "pop by", "pop round", "call in", "come by", "come round", "stop by",
                   "visit"),
        ),
        "presumption",
    ),
    (
        ("keep", "continue", "carry"),
        # "I will keep calling until someone there can fit me in".
        LazyPattern(
            r"(?:i will|i'll|i’ll|i shall|i am going to|i'm going to|i’m going to) (?:just )?(?:keep|continue|carry on)"
            r" (?:calling|phoning|ringing|emailing|e-mailing|writing|chasing|trying|following up|checking in"
            r"|pestering|nudging)\b[^.!?\n]{0,50}?\buntil\b",
            needs=("until",),
        ),
        "pressure",
    ),
    (
        "counting",
        # "I did cancel a revision session to make our meeting, so I am counting on those details reaching me".
        LazyPattern(
            r"(?:i'm|i’m|i am|we're|we’re|we are) (?:really |very much |rather )?counting on (?:you|those|that|these|it"
            r"|your|the)\b"
        ),
        "pressure",
    ),
    (
        ("assumption", "understanding"),
        # "I shall send them as they come up, on the assumption that you will make yourself available".
        LazyPattern(
            r"on the (?:assumption|understanding) that you(?:'ll|’ll| will| would| can| are)\b",
            needs=("that you",),
        ),
        "presumption",
    ),
    (
        "mind",
        # "I'm sure you won't mind", "since I can't imagine you'd mind giving them the same tour".
        LazyPattern(
            r"(?:i'm|i’m|i am) sure you (?:won't|won’t|will not|wouldn't|wouldn’t|would not) mind\b"
            r"|i (?:can't|can’t|cannot|don't|don’t|do not) (?:imagine|suppose|see why)"
            r" you(?:'d|’d| would| will|'ll|’ll)? (?:mind|object)\b",
            needs=(" mind", " object"),
        ),
        "pressure",
    ),
    # "I'm still waiting for your reply", not "where I'm still waiting on figures from our finance officer".
    (
        "waiting",
        LazyPattern(
            # (Nor the courteous "I am waiting with pleasure for the chance to meet you again", eg.)
            r"i(?:'ll| will|'m| am) (?:also |still |also still )?(?:be )?waiting\b(?! (?:on|for) (?:figures|results"
            r"|news|approval"
            r"|confirmation|the results|my results|a decision) from (?:our|my|the)\b)"
            r"(?! (?:for (?:it|them|this|that) )?with (?:pleasure|joy|delight|great pleasure|interest|anticipation)\b)"
            # (Nor the formula of many first languages, "I am waiting for your kind reply", lb, or its word-for-word
            # form without "for": "I am waiting your answer", "I am also waiting the list of data sources", rb.)
            r"(?! (?:eagerly |patiently )?(?:for|on) your kind\b)(?! (?:the|your|a|an) )"
            # The writer's own wait: "I live in Auckland now, and I am waiting for my nursing registration" (hr23).
            r"(?! (?:on|for) (?:my|our) (?!(?:reply|replies|answer|response|email|e-mail|message|letter)\b))"
            # ... or on somebody else: "I am waiting to hear back from the admissions team" (iv31).
            r"(?! to hear (?:back )?from (?:the|my|our|a|an) )",
            needs=(" waiting",),
        ),
        "pressure",
    ),
    # (Not silence read as a no: "I will assume silence simply means the timing is wrong", "I'll assume you are busy",
    # mi.)
    (
        "i'll assume",
        # ("I'll also assume you're happy to read my next draft", qw.)
        LazyPattern(r"i(?:'ll| will) (?:just |also )?(?:assume|take (?:it|your silence))" + _SILENCE_AS_NO),
        "pressure",
    ),
    (
        "i’ll assume",
        LazyPattern(r"i’ll (?:just |also )?(?:assume|take (?:it|your silence))" + _SILENCE_AS_NO),
        "pressure",
    ),
    (
        ("second", "third", "fourth", "fifth", "last", "final"),
        LazyPattern(r"this is my (?:second|third|fourth|fifth|last|final) (?:email|message|attempt|request|time|try)"),
        "pressure",
    ),
    (
        ("twice", "times", "repeatedly"),
        LazyPattern(
            r"(?:written|written to|emailed|messaged|contacted|reached out to|asked) you"
            r" (?:twice|three times|four times"
            r"|several times|multiple times|many times|repeatedly|again and again)"
        ),
        "pressure",
    ),
    (
        ("replied", "responded", "answered", "gotten", "got", "written"),
        LazyPattern(
            r"you (?:still )?(?:haven't|haven’t|have not|never) (?:replied|responded|answered|gotten back"
            r"|got back|written back)"
        ),
        "pressure",
    ),
    (
        ("ignored", "ignoring"),
        LazyPattern(r"(?:you've|you’ve|you have|you) (?:been )?ignor(?:ed|ing)|ignoring (?:me|my)"),
        "pressure",
    ),
    # (Not a point the reader made about writing: "in advocacy ... you owe the reader even more care".)
    (
        "you owe",
        LazyPattern(
            r"you owe\b(?! (?:the|your) readers?\b| readers\b| it to yourself\b| yourself\b| (?:me |us )?(?:nothing"
            r"|anything)\b)"
        ),
        "entitlement",
    ),
    (
        "collect",
        # "Sara tells me you still owe her a favour, so I'm rather hoping I can collect it on her behalf" (not
        # a joke passed on: "Tunde insists that you still owe him a rematch").
        LazyPattern(
            r"owes? (?:me|her|him|them|us|my \w+) (?:a |one )?(?:favou?r|one)\b[^.!?\n]{0,80}?\bcollect\b",
            needs=("favour", "favor", " one"),
        ),
        "entitlement",
    ),
    # (Not a place to be earned: "to prove I deserve a place on your team", fz; nor modesty: "my bees have been more
    # patient with me than I deserve", jx07.)
    (
        "deserve",
        LazyPattern(r"i(?<!prove i)(?<!show i)(?<!than i) (?:really |truly |certainly )?deserve\b"),
        "entitlement",
    ),
    ("entitled", LazyPattern(r"i(?:'m|’m| am) entitled"), "entitlement"),
    (
        "fellow",
        LazyPattern(r"as (?:a |an )?fellow [^.!?\n]{0,40}?you (?:should|must|ought|have to|need to|owe|are obliged)"),
        "entitlement",
    ),
    # (Not the writer's candour: "It's only fair to tell you that I have applied to two other schemes", it.)
    (
        ("fair",),
        LazyPattern(
            r"it(?:'s|’s| is) only fair(?! to (?:tell|let you know|say|warn|mention|admit|point out|be honest|add"
            r"|flag|explain)\b)"
        ),
        "entitlement",
    ),
    (
        ("obligated", "obliged"),
        LazyPattern(r"you(?:'re|’re| are)? (?:should feel |feel |are )?(?:obligated|obliged)"),
        "entitlement",
    ),
    (
        ("duty", "job", "responsibility"),
        LazyPattern(
            r"(?:it(?:'s|’s| is) )?your (?:duty|job|responsibility) to (?:help|reply|respond)",
            needs=("your duty to", "your job to", "your responsibility to"),
        ),
        "entitlement",
    ),
    ("finally", LazyPattern(r"(?:thanks?|thank you)(?: you)?(?: in advance)? for finally"), "sarcasm"),
    (
        ("important", "rare", "unusual", "honoured", "honored", "flattered", "oversight", "finally", "eventually"),
        # "squeezing me in between your more important clients", "how rare it is for someone at your level
        # to bother with a coordinator", "I suppose I should feel honoured".
        LazyPattern(
            r"(?:busy|occupied|tied up) with (?:far |much |so many )?more important (?:people|things|matters|clients"
            r"|work)\b|(?:i'm|i’m|i am) sure (?:it |that )?was (?:simply |just |only |merely )?an oversight"
            r"|(?:when|whenever|once) you (?:finally|eventually) (?:get|have|find)\b|"
            r"your (?:far |much |many )?more important (?:clients|people|meetings|things|work|commitments"
            r"|priorities|contacts|calls|emails)\b|(?:rare|unusual) (?:it is )?for (?:someone|people|a person"
            r"|somebody) (?:at|of|in) your (?:level|position|stature|seniority|rank)|i suppose i should (?:feel|be)"
            r" (?:honou?red|grateful|flattered|lucky)",
            needs=("more important", "rare", "unusual", "i suppose i should", "oversight", "finally", "eventually"),
        ),
        "sarcasm",
    ),
    (
        "finally",
        LazyPattern(
            # Not the writer's own "I finally read the guidelines you recommended".
            r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bi’ve )(?<!\bi have )(?<!\bive )"
            r"finally (?:reply|replying|respond|responding|get back|getting back|answer|answering"
            r"|find(?:ing)? the time|found the time|read|reading)\b"
        ),
        "sarcasm",
    ),
    ("for nothing", LazyPattern(r"(?:thanks?|thank you)(?: so much| a lot)? for nothing"), "sarcasm"),
    ("thanks for ignoring", LazyPattern(r"thanks? (?:you )?for (?:ignoring|wasting)"), "sarcasm"),
    ("thank you for ignoring", LazyPattern(r"thank you for (?:ignoring|wasting)"), "sarcasm"),
    (
        "too much",
        LazyPattern(
            r"(?:if )?(?:it(?:'s|’s| is) )?not too much (?:trouble|to ask)[^.!?\n]{0,60}?"
            r"(?:someone (?:as|so) (?:important|busy|successful)|for once|finally|this time|for a change"
            r"|your (?:highness|majesty|busy schedule)|of course)",
            needs=("not too much",),
        ),
        "sarcasm",
    ),
    (
        ("important", "busy", "successful", "famous"),
        # (Not the imposition owned: "I know that is a real ask of someone as busy as you are", nor time given, thanked
        # for: "It means a lot that someone as busy as you would make time for me", of.)
        # The third author of ordinary breaks (dx): "I know your inbox must be a terrible burden for someone so
        # important" (a person called "so important" is rarely praised sincerely; "someone so busy" often is).
        LazyPattern(
            r"(?<!ask of )(?<!much of )(?<!imposition on )(?<!demand on )(?<!demands on )"
            r"(?:someone (?:as|so) (?:important|busy|successful|famous) as you(?! (?:would|could|did|has|had|should)"
            r" (?:make|take|find|give|spare|set aside)\b)|someone so (?:important|famous)\b)",
            needs=("someone ",),
        ),
        "sarcasm",
    ),
    ("for once", LazyPattern(r"(?:reply|respond|answer|help|write back|hear back) for once", needs=(" for once",)),
     "sarcasm"),
    (
        "for a change",
        LazyPattern(r"(?:reply|respond|answer|help|write back) for a change", needs=(" for a change",)),
        "sarcasm",
    ),
    ("must be nice", LazyPattern(r"must be nice"), "sarcasm"),
    # Passive-aggressive idioms about a missing reply.
    (
        ("lost", "buried"),
        LazyPattern(
            # (Not the courteous nudge "in case my note was lost in a busy inbox".)
            r"(?<!in case my )(?<!in case the )(?<!in case an )(?<!in case your )"
            # (Nor "in case my earlier note got buried; no pressure at all", fj.)
            r"(?<!in case my earlier )(?<!in case my last )(?<!in case my previous )(?<!in case my first )"
            r"(?<!in case my original )(?<!in case the earlier )(?<!in case the last )(?<!in case the previous )"
            r"(?:email|message|note|letter)s? (?:must have |must've |probably |may have |might have )?"
            r"(?:got|gotten|been|get|was|were) (?:lost|buried)",
            needs=(" lost", " buried"),
        ),
        "sarcasm",
    ),
    (
        "waiting patiently",
        LazyPattern(r"(?:keep|still|be|continue|am) waiting patiently", needs=(" waiting patiently",)),
        "sarcasm",
    ),
    ("however long", LazyPattern(r"however long it takes"), "sarcasm"),
    ("everyone else", LazyPattern(r"how important everyone else"), "sarcasm"),
    (
        ("per",),
        LazyPattern(r"(?:as )?per my (?:last|previous|earlier) (?:email|message|note)"),
        "pressure",
    ),
    # More passive-aggressive idioms: each needs a literal, so a courteous letter never runs them.
    (
        "actually",
        LazyPattern(
            r"(?:thanks?|thank you) (?:in advance for actually|for actually (?:reading|replying|responding"
            r"|answering|writing back|getting back))",
            needs=(" for actually",),
        ),
        "sarcasm",
    ),
    ("some of us", LazyPattern(r"some of us (?:actually|really|still|do|have)\b", needs=("some of us ",)), "sarcasm"),
    (
        "enough",
        LazyPattern(
            r"(?:my (?:e-?mails?|messages?|notes?|letters?|requests?|questions?)|people like me|students like me)"
            r" (?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?: not)? important enough"
            r"|i(?:['’]m| am) not important enough",
            needs=(" important enough",),
        ),
        "sarcasm",
    ),
    (
        "this time",
        LazyPattern(
            r"(?:reply|respond|answer|response|write back|get back to me)(?: to me)? this time", needs=(" this time",)
        ),
        "sarcasm",
    ),
    (
        "everyone",
        LazyPattern(r"but so (?:is|are) (?:everyone|everybody|the rest of us|we all)\b", needs=("but so ",)),
        "sarcasm",
    ),
    (
        "trust",
        LazyPattern(r"i trust (?:that )?you(?:['’]ll| will) (?:respond|reply|answer|get back|call)"),
        "demand",
    ),
    (
        ("prompt", "speedy", "swift", "immediate"),
        LazyPattern(
            r"(?:look(?:ing)? forward to|expect(?:ing)?|await(?:ing)?) (?:your|a) (?:prompt|speedy|swift|immediate)"
            r" (?:reply|response)"
        ),
        "pressure",
    ),
    ("not that", LazyPattern(r"not that you(?:['’]d| would| will)? (?:care|mind|notice|read)"), "sarcasm"),
    (
        ("hard", "difficult"),
        LazyPattern(
            r"why (?:this|it) is so (?:hard|difficult)|(?:is|was) it (?:really )?that hard",
            needs=(" so hard", " so difficult", " that hard"),
        ),
        "pressure",
    ),
    (
        "have to",
        LazyPattern(
            r"(?:shouldn['’]t|should not) have to (?:ask|write|remind|chase|follow up|email)",
            needs=(" have to ",),
        ),
        "pressure",
    ),
    ("alive", LazyPattern(r"(?:you(?:['’]re| are)|you were) still alive"), "sarcasm"),
    # "You replied, for once, within the week" (but "I left with a list and, for once, a clear idea of where
    # to start" is the writer's own good fortune).
    (
        "for once",
        LazyPattern(r"(?<=, )for once,(?! (?:a|an|my|some|real|proper) )", needs=(", for once,",)),
        "sarcasm",
    ),
    # "Thanks for the quick reply... not." (the match starts at the word: rude markers start at words).
    ("not", LazyPattern(r"(?:(?<=\.\.\.)|(?<=\.\.\. )|(?<=…)|(?<=… ))not(?=[.!])", needs=("..", "…")), "sarcasm"),
    (
        ("tomorrow", "today", "tonight", "noon", "end", "eod", "cob", "close", "monday", "tuesday", "wednesday",
         "thursday", "friday", "saturday", "sunday"),
        LazyPattern(
            r"let me know (?:by|before|no later than) (?:tomorrow|today|tonight|noon|monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday|the end|end of|eod|cob|close of)",
            needs=("let me know ",),
        ),
        "deadline",
    ),
    (
        "need",
        # "I really need that introduction by Friday", "I need it as soon as possible": the writer's deadline on
        # the reader's favour.
        LazyPattern(
            r"i(?:'ll|’ll| will)? (?:really |urgently |absolutely |just |do |really do |will )?need "
            r"(?:(?:that|the|your|an?|this|those|these) (?:\w+ ){0,3}?"
            r"(?:introduction|intro|reply|response|answer|feedback|decision|referral|recommendation|help|input"
            r"|comments|review|letter|contact|details|information|info|call|meeting|names?|list|documents?|report"
            r"|sample|template|form)\b|it\b|them\b)"
            r"(?:[^.!?\n]{0,40}? (?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
            r"|today|tonight|noon|the end of|end of|eod|cob|close of|next week|this week|then)\b"
            r"|(?: from you)? (?:as soon as possible|asap|urgently|immediately|right away|at once|at the earliest)\b)",
            needs=("need ",),
        ),
        "deadline",
    ),
    (
        ("slip", "slide"),
        # "I'd ask that the introduction doesn't slide the way my last email did".
        LazyPattern(
            r"(?:don't|don’t|do not) let (?:it|this|that) (?:slip|slide|fall through|drop)\b"
            r"|(?:doesn't|doesn’t|does not|won't|won’t|will not) (?:slip|slide) (?:the way|like|as)\b",
            needs=("slip", "slide"),
        ),
        "pressure",
    ),
    (
        "waited",
        # "I waited over a week for a reply to that one".
        LazyPattern(
            r"(?:i|i've|i’ve|i have|i had) (?:already |now )?waited (?:for )?"
            r"(?:over |more than |nearly |almost |well over )?"
            r"(?:a|an|one|two|three|four|\d+|several|many) (?:\w+ )?(?:days?|weeks?|months?|hours?) (?:for|on) "
            r"(?:a |an |your |any )?(?:reply|response|answer|word|news)\b",
            needs=("waited",),
        ),
        "pressure",
    ),
    (
        ("waiting",),
        LazyPattern(
            r"i(?:'ve|’ve| have) been waiting (?:(?:on|for) (?:this|that|it|your (?:reply|response|answer"
            r"|introduction|intro|email|note|message)|a (?:reply|response)|an answer|weeks|days|months|ages"
            r"|a while|some time|so long|too long)|(?:weeks|days|months|ages|so long|too long))\b",
            needs=(" been waiting ",),
        ),
        "pressure",
    ),
    (
        ("level", "stature", "seniority", "rank", "position"),
        # "People at your level rarely bother answering students": guilt dressed as a compliment.
        LazyPattern(
            r"[a-z]+ (?:at|of|in) your (?:level|stature"
            r"|seniority|position|rank)\b[^.!?\n]{0,40}?\b(?:rarely|never|seldom|don't|don’t|do not|won't|won’t"
            r"|will not|hardly)\b",
            needs=(" your ",),
        ),
        "pressure",
    ),
    (
        ("exception", "wrong", "right"),
        LazyPattern(
            r"prove (?:me|them|everyone) wrong|prove (?:to be )?the exception"
            # "Liam insists you are different, so I'm hoping you will prove him right".
            r"|you (?:will|would|can|could|'ll|’ll) prove (?:him|her|them|me|us|everyone) (?:right|wrong)"
        ),
        "pressure",
    ),
    (
        ("assume", "take it", "trust", "sure", "presume"),
        # "I assume fitting in a call won't be a problem for you": the favour taken for granted.
        LazyPattern(
            r"i (?:assume|take it|trust|am sure|'m sure|’m sure|presume) (?:that )?[^.!?\n]{0,60}?(?:won't|won’t"
            r"|will not|shouldn't|shouldn’t|should not|wouldn't|wouldn’t|would not|can't|can’t|cannot) be (?:a problem"
            r"|an issue|a big deal|difficult|hard|too much|an imposition)",
            needs=(" be a", " be an", " be difficult", " be hard", " be too"),
        ),
        "entitlement",
    ),
    (
        "trust",
        # "Jessica assured me that you always make time for people she recommends, so I trust you will do the same"
        # (ee): the reader's yes taken for granted (not "I trust you will find the report useful").
        LazyPattern(
            r"\bi trust (?:that )?you(?:'ll|’ll| will) (?:do (?:the same|likewise)|make (?:the |some )?time"
            r"|find (?:the |some )?time|find a way|oblige|not (?:mind|object))\b",
            needs=("i trust",),
        ),
        "entitlement",
    ),
    (
        "missed",
        LazyPattern(r"in case you (?:missed|didn['’]t see|did not see|overlooked)"),
        "pressure",
    ),
    ("bumping", LazyPattern(r"bumping this\b"), "pressure"),
    (
        ("chase", "promised"),
        # "since you promised it, and I'd rather not have to chase you".
        LazyPattern(
            r"(?:have to|need to|having to) chase you\b|(?:since|as|because) you (?:promised|said you would)\b",
            needs=("chase you", "you promised", "you said you would"),
        ),
        "pressure",
    ),
    (
        ("proper", "surprised", "disappointed"),
        # "next time please set aside proper time for me"; "I was surprised you could only give me such a
        # short slot".
        LazyPattern(
            r"(?:set aside|make|find|give me|allow|block out) (?:some )?(?:proper|more|enough|real) time for me"
            r"|(?:surprised|disappointed) (?:that )?you could only (?:give|spare|offer|find)",
            needs=("time for me", "you could only"),
        ),
        "entitlement",
    ),
    (
        "make sure",
        # "so please make sure it goes out before the weekend": an order, "please" or not.
        LazyPattern(r"please make sure (?:it|this|that|you|the)\b", needs=("please make sure",)),
        "order",
    ),
    (
        ("ideal", "could have", "could get", "could hear"),
        # "If I could have it before the end of this week, that would be ideal": a deadline, softly put.
        LazyPattern(
            r"if (?:i|we) could (?:have|get|receive|hear back|hear)\b[^.?!\n]{0,40}?\b(?:by|before) (?:the end of"
            r"|end of|tomorrow|today|monday|tuesday|wednesday|thursday|friday|next week|this week|the weekend)",
            needs=("could have", "could get", "could receive", "could hear"),
        ),
        "deadline",
    ),
    (
        ("given", "hate", "unanswered", "pencilled", "penciled", "squeezed", "heard", "reply", "response", "answer"),
        # "Given that I took a day's unpaid leave to come and see you", "I would hate to be the first",
        # "my last note went unanswered", "I have pencilled in Thursday at 3", "one squeezed between your
        # meetings".
        LazyPattern(
            r"given (?:that )?i (?:took|gave up|spent|travelled|traveled|drove|came all)\b"
            # "Given how long it took to get our meeting in the diary, I'd rather the introduction didn't".
            r"|(?:given|considering) how long (?:it|this|that) (?:took|has taken|had taken)\b"
            r"|(?:i'd|i’d|i would) hate to be the (?:first|one|exception)\b"
            r"|(?<!applications )(?<!application )(?<!cvs )(?<!resumes )"
            r"(?:went|has gone|have gone|had gone|seems to have gone|seem to have gone|remain|remains) unanswered\b"
            # "I have not heard back since my last message", "this one gets a reply": silence held against
            # the reader.
            r"|(?:have not|haven't|haven’t|had not|hadn't|hadn’t|did not|didn't|didn’t|never) (?:yet )?(?:heard back"
            r"|had a reply|received a reply|got a reply|gotten a reply|heard from you)\b(?: from you)?(?: since| to"
            r"| about| after)? (?:my|our) (?:last|previous|earlier|first) (?:message|email|e-mail|note|letter|mail)"
            r"|(?:hope|trust) (?:that )?this (?:one|message|email|note|time) (?:gets|will get|receives|will receive)"
            r" (?:a |an )?(?:reply|response|answer)\b"
            r"|(?:i've|i’ve|i have) (?:already )?(?:pencilled|penciled|booked|scheduled|blocked|put) (?:you |us |it |"
            r"our call |a call |the call )?in (?:for )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|\d)"
            r"|squeezed (?:in )?between your\b",
            needs=("given", "hate to be", "unanswered", "pencilled", "penciled", "booked", "scheduled", "blocked",
                   "put ", "squeezed", " my ", " our ", "this "),
        ),
        "pressure",
    ),
    # "in the hope that it actually gets read this time", "my last one certainly seemed to": earlier mail the
    # reader left unanswered, held against them. One pattern per wording, each run only when its own words
    # are there: as one alternation it scanned every letter that says "time" or "better".
    (
        ("actually", "finally", "at least"),
        LazyPattern(
            r"\b(?:it|this|this one|mine|my (?:note|email|e-mail|message|letter|request)) (?:will |might |may )?"
            # "I hope this one at least gets a reply".
            r"(?:actually|finally|at least) (?:gets?|be|is|being) (?:read|answered|opened|seen|noticed|looked at"
            r"|a reply|a response|an answer)\b",
            needs=("actually ", "finally ", "at least "),
        ),
        "pressure",
    ),
    (
        "this time",
        LazyPattern(
            r"\b(?:gets?|get|be|is|being|getting|receives?|receiving) (?:read|answered|opened|seen|noticed|looked at"
            r"|a reply|a response|an answer) this time\b",
            needs=(" this time",),
        ),
        "pressure",
    ),
    (
        ("heard back", "a reply", "an answer", "heard anything"),
        # "I did write once the tour wrapped up but never heard back ... hope it fares better".
        LazyPattern(
            r"\b(?:wrote|write|emailed|messaged|reached out|got in touch)\b[^.!?\n]{0,50}?\b(?:but|and) (?:i )?"
            r"(?:never|didn't|didn’t|did not|haven't|haven’t|have not) (?:heard back|got a reply|had a reply"
            r"|got an answer|received a reply|heard anything)\b",
            needs=("heard back", "got a reply", "had a reply", "got an answer", "received a reply", "heard anything"),
        ),
        "pressure",
    ),
    (
        "better",
        LazyPattern(
            r"\b(?:this one|this note|this email|this message|it) (?:fares|does|gets on|will fare|will do) better\b",
            needs=("fares better", "does better", "gets on better", "fare better", "do better"),
        ),
        "pressure",
    ),
    (
        ("certainly", "clearly", "obviously", "evidently"),
        LazyPattern(
            r"\bmy (?:last|previous|earlier|first|other) (?:one|note|email|e-mail|message|letter|mail|request)s?"
            r" (?:certainly|clearly|obviously|evidently) (?:seemed|seems|did|was|were|went|got)\b",
            needs=(" certainly ", " clearly ", " obviously ", " evidently "),
        ),
        "pressure",
    ),
    (
        ("yes or no", "personally", "copied", "cc", "cc'd", "copying", "wrong", "retiring"),
        # "A straight yes or no from you personally is all I am after", "I have copied in your manager so that
        # nothing stalls at your end", "I ignored you ... that piece of advice is worth retiring".
        LazyPattern(
            r"\b(?:straight|plain|simple) yes or no (?:from you|is all|will do)\b|\bfrom you personally\b"
            r"|\b(?:copied|cc'd|cc’d|cc|copying|copy) (?:in )?your (?:line )?(?:manager|boss|director|supervisor|head"
            r"|ceo|managing director|chair)\b"
            r"|\b(?:proved|prove|proving) you wrong\b|\byou were wrong (?:about|to)\b"
            r"|\b(?:advice|suggestion|tip|rule) (?:is|might be|may be) (?:worth retiring|out of date|outdated)\b",
            needs=("yes or no", "personally", "your line", "your manager", "your boss", "your director",
                   "your supervisor", "your head", "your ceo", "your managing", "your chair", "wrong", "retiring",
                   "out of date", "outdated"),
        ),
        "pressure",
    ),
    (
        ("wasted", "day off", "whoever", "interest", "clock", "watch", "pressing", "miss", "crowded", "field",
         "thing", "suit", "forte", "strength", "expectations"),
        # Guilt, pressure and belittling dressed as chat: "I am writing this on my only day off ... I do hope it
        # will not turn out to have been a wasted afternoon", "will go ahead with whoever answers first, so an
        # early reply would be in your interest", "I noticed you glanced at the clock ... whatever was more
        # pressing", "easy to miss once one is no longer close to the work", "the field wasn't exactly crowded".
        LazyPattern(
            r"\bmy only (?:day|afternoon|evening|morning|weekend) off\b"
            r"|\b(?:been |be )?a wasted (?:afternoon|morning|evening|day|trip|journey|effort|weekend)\b"
            r"|\bwhoever (?:answers|replies|responds|gets back to me|comes back) first\b"
            r"|\b(?:would|will|might) be in your (?:own )?(?:best )?interests?\b"
            r"|\byou (?:glanced|looked|kept looking|kept glancing|checked|were checking) at (?:the clock|your watch"
            r"|your phone)\b|\bwhatever (?:was|is|else was|else is) more (?:pressing|important|urgent)\b"
            r"|\b(?:easy|easier) to miss (?:once|when|if) (?:one is|you are|you're|you’re) no longer\b"
            r"|\b(?:field|competition|shortlist|pool) (?:wasn't|wasn’t|was not|isn't|isn’t|is not) (?:exactly |very |"
            r"particularly )?(?:crowded|strong|stiff|large|deep)\b"
            # "I know answering emails isn't really your thing, so I'll keep my expectations suitably low".
            r"|\b(?:isn't|isn’t|is not|aren't|aren’t|are not) (?:really |exactly )?your (?:thing|strong suit|forte"
            r"|strength)\b|\bkeep my expectations (?:suitably |appropriately |pretty |fairly |very )?low\b",
            needs=("day off", "wasted", "whoever", "interest", "clock", "watch", "phone", "pressing", "important",
                   "urgent", "to miss", "crowded", "strong", "stiff", "large", "deep", "your thing", "strong suit",
                   "forte", "strength", "expectations"),
        ),
        "pressure",
    ),
    (
        ("calendar", "diary", "accept", "click"),
        # "I've already put a 20-minute call in your calendar; just click accept": the favour booked for
        # the reader (an invitation sent as agreed is not "already" put there).
        LazyPattern(
            # "my assistant has already placed a hold in your diary; simply accept it".
            r"(?:i've|i’ve|i have|(?:my|our) (?:assistant|pa|secretary|office|team) has) already (?:put|added|booked"
            r"|scheduled|blocked|pencilled|penciled|sent|placed) [^.?!\n]{0,40}?\b(?:in|into|on|to) your"
            r" (?:calendar|diary|schedule)\b"
            r"|(?:just|simply) (?:click|hit|press|tap) (?:accept|yes)\b|(?:just|simply) accept (?:it|the invit\w*)\b"
            r"|all you (?:need|have) to do is (?:accept|click|say yes)\b",
            needs=("already ", "just ", "simply ", "all you "),
        ),
        "pressure",
    ),
    (
        ("leave", "office", "home"),
        # A same-day deadline dressed as convenience: "before you leave the office today".
        LazyPattern(
            r"before you (?:leave|go home|log off|head off|head home|finish)(?: the office| work| for the day)?"
            r" (?:today|tonight|this evening)\b",
            needs=("before you ",),
        ),
        "deadline",
    ),
    (
        ("minute", "inbox", "sit", "assistant", "nudging", "chasing", "pestering", "yes", "excuses", "explanations",
         "invent", "remind", "expected", "earned", "slowly", "mean"),
        LazyPattern(
            # "simply forward him this email ... the work of a minute", "I'd rather it didn't sit in your inbox".
            r"the work of (?:a|one) (?:minute|moment|second)\b|(?:don't|don’t|do not) sit on (?:this|it|that|my)\b"
            r"|(?:rather|prefer) (?:it|this|that) (?:didn't|didn’t|did not|doesn't|does not|not) sit (?:in|on) your\b"
            # "just have your assistant send me your diary".
            r"|(?:just|simply) have your (?:assistant|pa|secretary|office|team) (?:send|email|call|book|set|forward)"
            # "I'll keep nudging you every few days until we land on a time, so it's quickest to say yes now".
            r"|keep (?:nudging|chasing|pestering|bugging|badgering|prodding) you\b|(?:quickest|easiest|simplest)"
            r" (?:just )?to say yes\b"
            # "I have run out of kind explanations for why you haven't, so please don't make me invent another".
            r"|(?:run|running) out of (?:\w+ )?(?:explanations|excuses) for (?:why )?you\b"
            r"|(?:don't|don’t|do not) make me (?:invent"
            r"|come up with|find|make up) an(?:other)?\b"
            # "you were good enough to remind me of it more than once".
            r"|(?:good|kind) enough to remind me\b"
            # "more polished than I had expected from a studio of your size".
            r"|than i(?:'d|’d| had| would have)? expected (?:from|of) (?:a |an )?(?:\w+ ){0,2}?(?:of your|like yours)\b"
            # "having bought the book for every manager, I have rather earned the call".
            r"|(?:have|'ve|’ve) (?:rather |more than |surely |fairly |well |probably )?earned (?:the|a|this|that|my|our"
            r"|your) (?:call|meeting|chat|conversation|hour|reply|time)\b"
            r"|(?:call|meeting|chat|conversation|reply) is something i(?:'ve|’ve| have)?"
            r" (?:rather |surely |more than )?earned"
            # "I doubt the modelling details would mean much to someone on the operations side".
            r"|(?:would|will|could|might) (?:not )?mean (?:much|a lot|anything|a great deal) to (?:someone|somebody|a"
            r" person|people) (?:on|in|from|outside|without)\b"
            r"|take (?:any of )?(?:the |your )?jargon (?:slowly|gently)\b",
            needs=("the work of", "sit in your", "sit on your", "sit on this", "sit on it", "sit on that", "sit on my",
                   "have your", "keep nudging", "keep chasing",
                   "keep pestering", "keep bugging", "keep badgering", "keep prodding", "to say yes", "out of",
                   "make me", "remind me", "expected", "earned", "mean much", "mean a", "mean anything", "jargon"),
        ),
        "pressure",
    ),
    (
        ("important", "inbox", "pile"),
        # Reproach for an unanswered letter: "I suppose an associate director has more important emails to
        # answer than mine", "here's hoping this one makes it a little further up your inbox".
        LazyPattern(
            r"(?:has|have|had|got) (?:\w+ )?(?:more important|better|bigger) (?:emails|e-mails|messages|letters"
            r"|things|people|matters|requests)(?: to (?:\w+ ){0,2}?(?:answer|reply to|deal with|attend to))?"
            r" than (?:mine|me|my\b)"
            r"|(?:further|higher) up (?:your|the) (?:inbox|pile|list|queue)\b",
            needs=("than mine", "than me", "than my", "up your", "up the"),
        ),
        "sarcasm",
    ),
    (
        ("someone", "somebody"),
        # "I am sure a partner at your firm can find the time for someone with my track record".
        LazyPattern(
            r"(?:time|minutes|an hour|a call|a meeting|a reply) for (?:someone|somebody) (?:with|of) my (?:track record"
            r"|experience|seniority|standing|reputation|credentials|calibre|caliber|record|profile|level)\b",
            needs=("for someone", "for somebody"),
        ),
        "entitlement",
    ),
    (
        ("counting", "relying"),
        # "I'm counting on you to find time for a coffee": the favour taken as promised.
        # "I'm counting on hearing from you in the next couple of days", "so I am rather relying on you now".
        LazyPattern(
            # ("I will be counting on hearing from you very soon", ep.)
            r"(?:i'm|i’m|i am|we're|we’re|we are|i'll be|i’ll be|i will be) (?:really |so |rather |very much |now "
            r"|completely |entirely |kind of |sort of |totally |honestly )?(?:counting|relying) on"
            r" (?:you\b|hearing (?:back )?from you|your (?:reply|answer|response|help|introduction)\b"
            # "I am counting on it going out before the end of the week" (the reader's introduction).
            r"|(?:it|that|this|them) (?:going out|arriving|happening|coming through|being (?:sent|done|made)"
            r"|reaching me)\b)"
        ),
        "pressure",
    ),
    (
        ("delay", "hold-up"),
        # "I would rather not have to explain a delay" (to the writer's manager, over the reader's favour).
        LazyPattern(
            r"(?:i'd|i’d|i would) (?:rather|prefer) not (?:to )?(?:have to )?(?:explain|justify|account for)"
            r" (?:a|the|any) (?:delay|hold-up)\b",
            needs=("rather not", "prefer not"),
        ),
        "pressure",
    ),
    # "I know you'll make it happen!", "I'm really hoping you can send the introduction over in the next day
    # or so": the favour taken as done, on the writer's timetable.
    (
        "know you",
        LazyPattern(
            r"i know you(?:'ll|’ll| will| can| won't| won’t| will not) (?:make it happen|come through|not let me down"
            r"|let me down|sort it|pull it off|make it work|make the time|find the time)\b",
            needs=("know you",),
        ),
        "pressure",
    ),
    (
        "the next",
        LazyPattern(
            r"you (?:can|could|will|'ll|’ll|would) (?:[\w'’-]+ ){1,6}?(?:in|within|over) the next (?:day or so"
            r"|day or two|couple of days|few days|24 hours|48 hours|two days|few hours)\b",
            needs=("the next",),
        ),
        "pressure",
    ),
    (
        ("important", "survive"),
        # "it probably got buried under more important things, which is totally fine - I'll survive without it!"
        LazyPattern(
            r"(?:buried|lost|pushed|swamped|sunk|slipped) (?:\w+ ){0,2}?(?:under|by|behind|beneath) (?:\w+ ){0,2}?"
            r"more important\b|i(?:'ll|’ll| will) (?:just )?(?:have to )?survive without\b",
            needs=("more important", "survive without"),
        ),
        "sarcasm",
    ),
    (
        ("liberty", "all you"),
        # "I've taken the liberty of sending a calendar invitation, so all you need to do is accept it".
        LazyPattern(
            r"(?:i've|i’ve|i have) taken the liberty of (?:sending|booking|scheduling|setting up|putting|adding)"
            r"|all you (?:need|have) to do is\b",
            needs=("liberty", "all you"),
        ),
        "entitlement",
    ),
    (
        ("deal",),
        # "Helping people like me is just part of the job", not "the part of the job I missed most" or "a
        # much larger part of the job than I had realised".
        LazyPattern(
            # (Nor the writer's own lot, conceded: "Moves like this are part of the deal, but they do mean ...".)
            r"(?:is|'s|’s|was|are|were) (?:simply |just |all |surely |only )?part of the (?:deal|job|bargain)\b"
            r"(?!,? but\b)"
            r"(?! for me)(?! (?:i|that i|which i)\b)",
            needs=("part of the ",),
        ),
        "entitlement",
    ),
    (
        ("sure", "find"),
        LazyPattern(
            r"i(?:'m|’m| am) (?:sure|confident|certain) (?:that )?you(?:'ll|’ll| will| can) (?:find|make)"
            r" (?:a way|the time|time|room|space)",
            needs=("sure you", "confident you", "certain you", "sure that you", "confident that you"),
        ),
        "pressure",
    ),
    (
        ("emails", "messages", "notes", "requests", "letters"),
        # "As I mentioned in my last two emails": a count of unanswered mail, held against the reader.
        LazyPattern(
            r"my (?:last|previous|earlier|past|prior) (?:two|three|four|several|few|couple of|2|3|4) (?:emails"
            r"|messages|notes|requests|letters)\b",
            needs=("my last ", "my previous ", "my earlier ", "my past ", "my prior "),
        ),
        "pressure",
    ),
    (
        ("revert", "earliest"),
        # "Kindly revert at the earliest": a demand for a prompt reply, in business English.
        LazyPattern(
            r"(?:revert|reply|respond|answer|get back)(?: back)?(?: to me| to us)? (?:at the earliest|asap\b"
            r"|immediately|urgently|at your earliest\b(?! convenience))",
            needs=("revert", "earliest", "asap", "immediately", "urgently"),
        ),
        "deadline",
    ),
    (
        ("ask",),
        # "Surely a quick call isn't too much to ask?" (not "if it isn't too much to ask, could we ...").
        LazyPattern(
            r"(?<!if it )(?<!if this )(?<!if that )(?<!hope it )(?<!hope this )(?<!hope that )"
            r"(?:isn't|isn’t|is not|wouldn't be|wouldn’t be|would not be"
            r"|can't be|can’t be|cannot be|shouldn't be|shouldn’t be|should not be) too much to ask\b"
            # "I'd have thought a quick reply wasn't too much to ask" (not "if it wasn't too much to ask").
            r"|\b(?:thought|think|assumed|hoped|imagine|imagined)\b[^.!?\n]{0,40}?\b(?:wasn't|wasn’t|was not)"
            r" too much to ask\b",
            needs=("too much to ask",),
        ),
        "entitlement",
    ),
    (
        ("trust",),
        # "I trust you'll make time to look it over": the favour taken for granted (not "I trust you
        # had a good trip").
        LazyPattern(
            r"i trust (?:that )?you(?:'ll|’ll| will| can| would| shall) (?:(?:make|find) (?:the |some )?time"
            r"|get back|reply|respond|answer|look (?:it |this |them )?over|read|review|go through|help)\b",
            needs=("i trust",),
        ),
        "entitlement",
    ),
    ("day", LazyPattern(r"(?:don['’]t|do not) have all day", needs=("all day",)), "pressure"),
    (
        ("waste", "wasting"),
        LazyPattern(r"(?:don['’]t|do not) waste my time|wasting my time|waste of my time"),
        "pressure",
    ),
    (
        ("replied", "reply", "respond", "responded", "answered", "written"),
        LazyPattern(
            r"why (?:haven['’]t|have not|didn['’]t|did not|won['’]t|don['’]t) you (?:replied|reply|respond|responded"
            r"|answered|answer|get back|gotten back|written back)",
            needs=("why ",),
        ),
        "pressure",
    ),
    (
        "taking so long",
        LazyPattern(r"(?:what is|what['’]s|why is (?:this|it)) taking so long", needs=(" taking so long",)),
        "pressure",
    ),
    (
        ("yes-or-no", "no"),
        # "It would be to skip the yes-or-no and simply reply with a time": the reader may not decline.
        LazyPattern(
            r"(?:skip|skipping|bypass|forget|dispense with|do without|no need for|no need to say|rather than)"
            r" (?:the |a |any )?(?:whole )?yes[- ]or[- ]no\b",
            needs=("yes-or-no", "yes or no"),
        ),
        "pressure",
    ),
    (
        ("generous", "kind", "gracious", "decent", "exception"),
        # Flattery that leaves no room to refuse: "you are far too generous to leave a young cook without an
        # answer", "I'm sure you won't make me the exception".
        LazyPattern(
            r"too (?:generous|kind|gracious|decent|big-hearted) to (?:leave|ignore|refuse|turn \w+ down"
            r"|turn down|say no|disappoint|let \w+ down)\b"
            r"|(?:won't|won’t|will not|wouldn't|wouldn’t|would not) make me (?:the|an) exception\b",
            needs=("too ", "exception"),
        ),
        "pressure",
    ),
    (
        ("awkward", "embarrassing"),
        # A fait accompli: "I have already printed your name in the programme, so it would be rather awkward
        # for everyone if you weren't there".
        LazyPattern(
            r"(?:awkward|embarrassing) (?:for (?:everyone|everybody|all of us|us all|us|me|all concerned) )?if you"
            r" (?:weren['’]t|were not|didn['’]t|did not|don['’]t|do not|couldn['’]t|could not|can['’]t|cannot"
            r"|won['’]t|will not|wouldn['’]t|said no|declined|pulled out)\b",
            needs=("awkward", "embarrassing"),
        ),
        "pressure",
    ),
    (
        ("decency", "courtesy", "manners", "grace", "guess", "guessing", "hanging", "dark"),
        # Courtesy demanded of the reader: "I would appreciate you having the decency to say so, rather than
        # leaving me to guess" (not "thank you for showing me the courtesy of a reply").
        LazyPattern(
            r"\b(?:you|at least|please|kindly)(?: to| would| could| might| will|'d|'ll|’d|’ll)? (?:have|having|show"
            r"|showing|extend|extending) (?:me )?the (?:basic |common |simple )?(?:courtesy|decency|manners|good grace"
            r"|grace) (?:to|of)\b"
            r"|\b(?:rather than|instead of|not) (?:leaving|leave) me (?:to guess|guessing|hanging|in the dark)\b",
            needs=(" the courtesy", " the decency", " the manners", " the good grace", " the grace", " basic courtesy",
                   " common courtesy", " simple courtesy", "me to guess", "me guessing", "me hanging",
                   "me in the dark"),
        ),
        "pressure",
    ),
    (
        ("either way", "regardless", "anyway", "whether or not", "whether you"),
        # Turning up on the reader whatever they say: "I'll call in at your office either way, so we may as well
        # make it a proper coffee".
        LazyPattern(
            r"\bi(?:'ll|’ll| will|'m going to|’m going to| am going to) (?:just |simply )?(?:call in|drop in|drop by"
            r"|come by|stop by|pop in|pop by|pop round|turn up|show up|come round|come over|swing by|come in)"
            r"(?: (?:at|to|by|into|round to) your (?:[\w-]+ ){0,2}?| to see you | on you )"
            r"(?:[^.!?\n]{0,30}?)\b(?:either way|regardless|anyway|whether or not|whether you)\b",
            needs=("either way", "regardless", "anyway", "whether or not", "whether you"),
        ),
        "entitlement",
    ),
    (
        ("seemed", "looked", "sounded", "were"),
        # A jibe at the last meeting: "I'll keep this brief, since you seemed rather keen to get away the last
        # time we spoke".
        LazyPattern(
            r"you (?:seemed|looked|sounded|were) (?:rather |quite |very |so |a bit |a little |pretty |awfully )?"
            r"(?:keen|eager|anxious|desperate|in (?:a|such a) (?:hurry|rush)) to (?:get away|leave|go|be rid of me"
            r"|get rid of me|end (?:the|our) (?:call|conversation|chat|meeting)|wrap (?:up|things up)"
            r"|get off (?:the )?(?:phone|call))\b",
            needs=("keen to", "eager to", "anxious to", "desperate to", "hurry to", "rush to"),
        ),
        "sarcasm",
    ),
    (
        ("offence", "offense", "wrong way"),
        # A put-down announced as harmless: "No offence meant, but I got far more out of our conversation than
        # out of your slides".
        LazyPattern(
            r"no offen[cs]e(?: meant| intended| to you)?,? but\b"
            r"|(?:don't|don’t|do not) take this the wrong way,? but\b",
            needs=("no offen", "wrong way"),
        ),
        "condescension",
    ),
    # Tenth round of quiet breaks, one family each.
    (
        ("much", "tax", "taxes"),
        # "I don't think half an hour is too much to ask of someone whose salary my council tax helps to pay"
        # (not "if it isn't too much to ask, could we speak?").
        LazyPattern(
            r"\bi (?:don't|don’t|do not) think\b[^.!?\n]{0,60}?\b(?:is|would be|'s|’s) (?:too much|a lot|a big ask)"
            r" to ask\b|\bwhose salar(?:y|ies) (?:my|our) (?:\w+ )?tax(?:es)? (?:helps? (?:to )?)?pay",
            needs=("too much to ask", "a lot to ask", "big ask to ask", "tax"),
        ),
        "entitlement",
    ),
    (
        ("liar", "chase", "remind", "nudge", "pester"),
        # "please don't make a liar of me", "I would rather not have to ask Kemal to chase you".
        LazyPattern(
            r"(?:don't|don’t|do not) make a liar (?:out )?of me\b"
            r"|(?:i'd|i’d|i would) (?:rather|prefer) not (?:to )?(?:have to )?(?:ask [\w ]{1,30}? to )?(?:chase|remind"
            r"|nudge|pester) you\b",
            needs=("a liar", "chase you", "remind you", "nudge you", "pester you"),
        ),
        "pressure",
    ),
    (
        ("only",),
        # "No hurry, of course. It's only my career."
        LazyPattern(
            r"\bit(?:'s|’s| is) only my (?:career|future|livelihood|life|job|rent)\b",
            needs=("only my",),
        ),
        "sarcasm",
    ),
    (
        ("some",),
        # "... that I am an engineer with nine years behind me, not some graduate looking for work experience".
        LazyPattern(
            r"\bnot (?:just |merely |simply )?some (?:\w+ )?(?:graduate|student|intern|junior|kid|newbie|beginner"
            r"|school-leaver|trainee)\b",
            needs=("not some", "not just some", "not merely some", "not simply some"),
        ),
        "entitlement",
    ),
    (
        ("beyond",),
        # "Don't worry if the modelling side is a bit beyond you at first".
        LazyPattern(
            r"\b(?:is|are|be|seems?|sounds?|'s|’s) (?:a (?:bit|little) |rather |somewhat |probably |perhaps |still )?"
            r"beyond you\b",
            needs=("beyond you",),
        ),
        "condescension",
    ),
    (
        ("trusting", "relying", "counting"),
        # "I have moved my daughter's swimming lesson, so I am trusting it won't fall through on your side".
        LazyPattern(
            r"\b(?:i'm|i’m|i am) (?:trusting|relying on|counting on) (?:that )?(?:it|this|you|the \w+)"
            r" (?:won't|won’t|will not|doesn't|doesn’t|does not) (?:fall through|fall apart|get cancelled"
            r"|be cancelled)\b",
            needs=("trusting", "relying on", "counting on"),
        ),
        "pressure",
    ),
    (
        ("expected",),
        # "... made far more sense than I expected from someone who came up through sales".
        LazyPattern(
            r"\bthan (?:i|we) (?:had )?expected from (?:someone|somebody|a person|people|an? [\w-]+) (?:who|with|from"
            r"|in|on)\b",
            needs=("expected from",),
        ),
        "condescension",
    ),
    (
        ("meant", "pile"),
        # "your advice that I should simply 'network more' was, I am sure, meant kindly. I will add it to the pile."
        LazyPattern(
            r"\b(?:i'm|i’m|i am) sure,? meant (?:kindly|well)\b|\b(?:i'll|i’ll|i will) add it to the pile\b",
            needs=("sure, meant", "sure meant", "to the pile"),
        ),
        "sarcasm",
    ),
    (
        ("read", "personally"),
        # "I'm trying not to read anything into the fact that you accepted everyone else's request but not mine".
        LazyPattern(
            r"\b(?:trying|try|tried) not to (?:read (?:anything|too much) into|take it personally)\b",
            needs=("not to read", "not to take it personally"),
        ),
        "pressure",
    ),
    (
        ("office", "reply", "replies"),
        # "Thank heavens for your out-of-office replies, or I would have no idea you were still with the firm".
        LazyPattern(
            r"\bthank (?:heavens|goodness|god) for your (?:out[- ]of[- ]office|auto-?(?:matic )?repl)",
            needs=("thank heavens", "thank goodness", "thank god"),
        ),
        "sarcasm",
    ),
    (
        ("reply", "hit"),
        # "reply to this email with the slots you have free", "Reply to this email with some times you're free
        # ... and I'll book whichever works for me": the answer dictated through the channel.
        LazyPattern(
            r"\b(?:(?:reply|respond|hit reply) to this (?:email|e-mail|message|note)|hit reply) with (?:the|your|some"
            r"|a few|three|two|all)\b",
            needs=("reply to this", "respond to this", "hit reply"),
        ),
        "demand",
    ),
    (
        ("yes", "silence"),
        # "so I will take that as a yes and send a calendar invitation": the reader's answer presumed.
        LazyPattern(
            r"\b(?:take|taking|treat|count) (?:that|this|it|your silence|silence|no reply|no answer|no response)"
            r" as a (?:yes|no)\b|\bassume (?:that's|that is|it's|it is) a yes\b",
            needs=("as a yes", "as a no", "a yes"),
        ),
        "pressure",
    ),
    (
        ("happy", "yes", "point", "needed"),
        # "every one of them was happy to help without a moment's hesitation, so I'm confident you will be too",
        # "every engineer I have approached so far has said yes", "my other mentors make a point of checking
        # in", "The other analysts ... were happy to give me as long as I needed": the reader held to others.
        LazyPattern(
            r"\b(?:every one of them|everyone (?:else |i (?:have |'ve )?(?:asked|approached|contacted|written to))"
            r"|every (?:\w+ )?(?:i have|i've) (?:approached|asked|contacted|written to)|the other (?:\w+ ){0,2}?\w+s\b"
            r"|my other (?:\w+ ){0,2}?\w+s\b|all the others)[^.!?\n]{0,80}?"
            r"\b(?:(?:was|were|has been|have been) happy to|(?:has|have) (?:all )?said yes|make a point of"
            r"|as long as i needed)",
            needs=("happy to", "said yes", "make a point of", "as long as i needed"),
        ),
        "pressure",
    ),
    (
        ("assume", "assuming", "hardly", "worth"),
        # "Given my experience, I assume you will make the time", "a short update from your side now and then is
        # hardly too much to expect", "I assume you will agree that I am worth the extra time".
        LazyPattern(
            # "Thanks in advance, since I am assuming you will say yes" (dx).
            r"\bi(?: am|'m|’m)? assum(?:e|ing) (?:that )?you(?:'ll|’ll| will) (?:make|find|agree|be happy|be glad"
            r"|say yes|accept)\b"
            r"|\bhardly too much to (?:ask|expect)\b|\bi am worth the (?:extra )?time\b",
            needs=("assume you", "assuming you", "assume that you", "assuming that you", "hardly too much",
                   "worth the"),
        ),
        "entitlement",
    ),
    (
        ("track", "record", "experience", "background", "credentials", "standing", "seniority", "qualifications"),
        # "someone with my track record deserves more than a form reply" (dx): the writer's standing as a claim.
        LazyPattern(
            r"\bsomeone (?:with|of) my (?:[\w'’-]+ ){0,2}?(?:record|experience|background|credentials|standing"
            # (Not "what someone with my background should expect when moving across": advice asked for.)
            r"|seniority|qualifications|calibre|caliber) (?:surely |really |certainly )?(?:deserves|merits|is owed)\b",
            needs=("someone with my", "someone of my"),
        ),
        "entitlement",
    ),
    (
        ("turn", "refuse", "decline", "ignore", "say"),
        # "it would be odd to turn down a teacher asking for help" (dx): the reader's no made out to be wrong.
        # (Not the writer's own manners: "it would be rude of me to decline your kind offer".)
        LazyPattern(
            r"\bwould (?:honestly |really )?(?:be|seem) (?:a little |a bit |rather |very |quite |pretty |kind of "
            r"|sort of )?(?:odd|strange|rude|unkind|mean|harsh|cruel|heartless|awkward|churlish) (?:of you |for you )?"
            r"to (?:turn down|refuse|say no to|ignore|decline|turn away) (?:me\b|someone|somebody|(?:a|an|such an?)"
            r" (?:[\w'’-]+ ){0,3}?(?:asking|who|in need|like me|request|favou?r)\b)",
            needs=("turn down", "refuse", "say no", "ignore", "decline", "turn away"),
        ),
        "pressure",
    ),
    (
        ("obviously", "naturally", "course", "surely", "doubt", "clearly"),
        # "Obviously you will want to make time for this" (dx): the reader's time taken as given.
        LazyPattern(
            r"\b(?:obviously|naturally|of course|surely|no doubt|clearly),? you(?:'ll|’ll| will) (?:want to |be (?:keen"
            r"|happy|glad|delighted|eager) to )?(?:make|find|clear) (?:the |some )?time\b",
            needs=(" you will", " you'll", " you’ll"),
        ),
        "entitlement",
    ),
    (
        ("simple", "basic", "easy", "same", "technical", "jargon"),
        # The fourth author of ordinary breaks (eb): "I'll keep my questions simple, since I appreciate that in-house
        # roles don't usually demand the same depth as private practice"; "I'll keep my description of the rollout
        # simple, since ..." (if).
        LazyPattern(
            r"\b(?:keep|make) (?:my (?:[\w-]+ ){0,3}|the (?:[\w-]+ ){0,3}|this|it|things) ?(?:simple|basic|short and"
            r" simple|easy|non-technical|jargon-free),? (?:since|as|because|given that|seeing as)\b"
            r"|(?:don't|don’t|do not|doesn't|doesn’t|does not) (?:usually |really |typically |generally )?(?:demand"
            r"|require|need|involve|call for) the same (?:depth|rigour|rigor|level|expertise|skill|intellect"
            r"|sophistication)\b",
            needs=("simple", "basic", "easy", "the same", "technical", "jargon"),
        ),
        "condescension",
    ),
    (
        ("remind", "received", "promised"),
        # The fifth author of ordinary breaks (eg): "I remind you that you promised to send me the guidelines. Until
        # now I have received nothing."
        LazyPattern(
            r"\bi (?:must |have to |would )?remind you (?:again )?(?:that )?you (?:promised|agreed|said|offered)\b"
            r"|\b(?:until now|so far|to date|as yet|up to now),? i (?:have )?(?:received|had|heard|got) nothing\b",
            needs=("remind you", "nothing"),
        ),
        "pressure",
    ),
    # "You will send me the supplier questionnaire template of your team this week ... I cannot wait longer than
    # that", "Do not forget." (eg): an order in the future tense, a wait refused, a bare reminder (not an agreed item
    # told back in a numbered list: "2. You'll forward me the details of the competition").
    *_family(
        "order",
        # (The literal first, its sentence start checked back: a pattern that opens with a look-behind is tried at
        # every position.)
        (r"you(?:(?<=^you)|(?<=[a-z)][.!?] you)|(?<=\nyou))(?:'ll|’ll| will) (?:now |then |also |kindly )?(?:send|give"
         r"|forward"
         r"|email|e-mail|provide|share|introduce|call|ring|pass|mail|post|circulate|inform|notify|arrange|confirm)"
         r" (?:me|it|them|the|your)\b", ("you will ", "you'll ", "you’ll ")),
        (r"\bi (?:can't|can’t|cannot|can not) wait (?:any |much )?longer\b", ("wait any longer", "wait much longer",
                                                                             "wait longer")),
        (r"(?:^|(?<=[a-z)][.!?] )|(?<=\n))(?:do not|don't|don’t) forget ?[.!]", ("forget.", "forget!", "forget .")),
        gate=("send", "give", "forward", "email", "provide", "share", "introduce", "call", "ring", "pass", "mail",
              "post", "circulate", "inform", "notify", "arrange", "confirm", "wait", "forget"),
    ),
    (
        ("mistaken", "wrong", "important", "standing", "surprised", "alone", "asking"),
        # "I would hate to go back and tell her that she had been mistaken about you", "someone of your considerable
        # standing rarely has time for people ...", "I will be pleasantly surprised if this letter reaches you at
        # all, let alone earns a reply", "between more important matters", "a quick call won't break your very
        # important schedule. It's not as if I'm asking for much" (eg).
        LazyPattern(
            r"\btell (?:her|him|them|\w+) (?:that )?(?:she|he|they) (?:had been|has been|was|were|is|are) (?:mistaken"
            r"|wrong) about you\b"
            r"|\bsomeone (?:of|at|in) your (?:considerable |lofty |great |exalted )?(?:standing|stature|seniority"
            r"|importance|level|position) (?:rarely|seldom|never|hardly|barely) (?:has|finds|makes|gets)\b"
            r"|\bsurprised if (?:this|my) (?:letter|email|e-mail|note|message) (?:\w+ ){0,3}?(?:at all|reaches you"
            r"|gets read|is read|is answered|gets answered)\b|\blet alone (?:earns|gets|receives|earn|get|receive) a"
            r" (?:reply|response|answer)\b"
            r"|\bbetween (?:your )?(?:far |much )?more important (?:matters|things|meetings|people|engagements)\b"
            r"|\byour (?:very|oh so|so very|terribly|extremely|ever so) important (?:schedule|diary|calendar)\b"
            r"|\bit(?:'s|’s| is) not (?:as if|like) (?:i(?:'m|’m| am) asking|i asked) (?:you )?(?:for )?(?:much|a lot"
            r"|the world|a great deal)\b",
            needs=("about you", "someone ", "surprised if", "let alone", "more important", "important ", "not as if",
                   "not like"),
        ),
        "sarcasm",
    ),
    # The eleventh author of ordinary breaks (fe): self-pity and emotional pressure, one pattern per form so that
    # each runs only on letters holding its own words.
    *_family(
        "pressure",
        (r"\b(?:hard|awkward|embarrassing|difficult) to (?:go back and )?tell (?:them|him|her|my \w+) (?:that )?"
         r"nothing came of it\b", ("nothing came of it",)),
        (r"\bnaive of me to expect you to\b", ("naive of me",)),
        (r"\bi(?:'d|’d| would) be in a (?:real |right |terrible )?(?:hole|spot|mess|fix|bind) if"
         r" (?:it|this|that|you)\b",
         (" hole if", " spot if", " mess if", " fix if", " bind if")),
        (r"\btry not to take it (?:too )?personally if\b", ("personally if",)),
        (r"\bsits? unanswered (?:for )?as long as\b", ("unanswered",)),
        (r"\bused to being (?:invisible|ignored|overlooked|forgotten|left out|passed over)\b|\binvisible to you\b",
         ("used to being", "invisible to you")),
        (r"\b(?:take it|read it) as a sign (?:that )?i(?:'m|’m| am) (?:bothering|annoying|a nuisance|a bother)\b",
         ("as a sign",)),
        (r"\bhow much more (?:of (?:it|this) )?i can take\b", ("i can take",)),
        (r"\b(?:feel like|be) a slap in the face\b", ("slap in the face",)),
        (r"\bif you say no,? i (?:honestly |really |just )?(?:do not|don't|don’t) know what i(?:'ll|’ll| will| would"
         r"| am going to) do\b", ("say no",)),
        (r"\bused to (?:coming|being) (?:last|at the bottom)\b", ("used to coming", "used to being")),
        (r"\bwould(?:n't|n’t| not) come as a surprise if you (?:did|do)\b", ("surprise if you",)),
        (r"\btook (?:that|it|your silence) to mean (?:that )?i (?:was|am)(?:n't|n’t| not) (?:really )?worth\b"
         r"|\bi hope this time (?:is|will be) different\b", ("to mean", "this time is", "this time will")),
        (r"\bgoes? straight (?:into|in) the bin\b", ("the bin",)),
        (r"\bi(?:'d|’d| would) be (?:crushed|devastated|heartbroken|gutted)\b",
         ("be crushed", "be devastated", "be heartbroken", "be gutted")),
        (r"\bmore to you than (?:just )?(?:another|a) (?:favour|favor|task|chore|name)\b", ("more to you than",)),
        (r"\b(?:will|'ll|’ll) have slipped your mind\b", ("slipped your mind",)),
        (r"\bi (?:don't|do not|don’t) think i can (?:settle|sleep|rest|relax) until\b", ("think i can",)),
        (r"\bi would (?:really )?need a (?:quick |short |fast )?(?:reply|response|answer) from you\b",
         ("would need a", "would really need a")),
        (r"\bnot to disappear (?:as well|too)\b", ("not to disappear",)),
        gate=("tell", "naive", "hole", "spot", "mess", "bind", "fix", "personally", "unanswered", "used", "invisible",
              "sign", "take", "slap", "say", "surprise", "mean", "different", "bin", "crushed", "devastated",
              "heartbroken", "gutted", "favour", "favor", "task", "chore", "slipped", "settle", "sleep", "rest",
              "relax", "need", "disappear"),
    ),
    (
        ("expected", "outstanding", "record", "noted", "requested", "received", "attention", "debt", "hiding",
         "inbox", "priority", "thought", "buried", "valuable", "squeezing", "actually"),
        # The tenth author of ordinary breaks (ex): bureaucratic demands in the passive and joking leverage. "It is
        # expected that it will be forwarded without further delay, and the item has been recorded as outstanding",
        # "this request is made in writing so that there is a record of it ... Non-response will be noted on my file",
        # "I trust this letter will receive the attention it merits. A reply is requested at your earliest
        # opportunity", "It is expected that a response will be provided prior to the 14th", "have yet to be
        # received. A reply is requested within the week, and I would ask that this be treated as a priority", "you
        # still owe her ..., and by my maths that debt transfers to me now ... hiding won't work haha", "I'll be in your
        # inbox every single day until they turn up".
        LazyPattern(
            r"\bit is expected that (?:it|a (?:reply|response|time|date|decision)|the \w+|you)\b"
            r"|\brecorded as outstanding\b|\bso that there is a record\b|\b(?:non-response|non-reply|silence|your"
            r" silence|no reply) will be (?:noted|recorded|logged)\b"
            r"|\b(?:receive|get) the attention it (?:merits|deserves)\b"
            r"|\ba (?:reply|response|decision|answer) is requested (?:at|within|by|before|no later)\b"
            # (Not the writer's own paperwork: "my transcript has not yet been received by the registry".)
            r"|\b(?:you|which you|that you) (?:undertook|promised|offered|agreed) to (?:send|share|forward|provide)\b"
            r"[^.!?\n]{0,60}?\b(?:has|have) (?:not yet been|yet to be) received\b"
            r"|\bthis be treated as a priority\b"
            r"|\b(?:that |the )?debt transfers to me\b"
            r"|\bhiding (?:won't|won’t|will not) work\b|\bi(?:'ll|’ll| will) be in your inbox every\b"
            # A representative round (ez): "I would have thought an old teammate was worth a quick reply, so I am
            # hoping this one does not get buried as well".
            r"|\bi would have thought (?:an? |my )?(?:[\w-]+ ){0,3}?(?:was|were|is) worth (?:a|an) (?:quick |short "
            r"|brief )?(?:reply|response|answer|note)\b"
            r"|\bthis one (?:does not|doesn't|doesn’t|won't|won’t|will not) get buried (?:as well|too|like the)\b"
            # A third representative round (fc): "I know your time is obviously far more valuable than mine, so I
            # appreciate you squeezing me in at all ... Next time maybe we can actually start when we agreed".
            r"|\b(?:obviously|clearly|evidently) (?:far |much |so much )?more valuable than mine\b"
            r"|\bsqueezing me in at all\b|\bnext time,? (?:maybe |perhaps )?we (?:can|could) actually\b",
            needs=("expected that", "outstanding", "a record", "will be noted", "will be recorded", "will be logged",
                   "the attention it", "is requested", "received", "as a priority", "debt", "hiding",
                   "in your inbox every", "worth a", "worth an", "buried", "than mine", "at all", "actually"),
        ),
        "pressure",
    ),
    # The ninth author of ordinary breaks (et): status and leverage, stated courteously; one pattern per form.
    *_family(
        "pressure",
        # "If it hasn't arrived by then I'll raise it with Karen directly", "Should this letter go unanswered, I will
        # take the matter up with your managing partner" (not "I will take it up with my own manager").
        (r"\b(?:if|should|unless)\b[^.!?\n]{0,80}?(?:\bnot|n't|n’t|\bno|\bunanswered|\blate|\bignored|\bnothing)\b"
         r"[^.!?\n]{0,60}?\bi(?:'ll|’ll| will| shall) (?:simply |just |have to )?(?:raise|take|escalate|bring)"
         r" (?:it|this|that|the matter|the issue)(?: up)? (?:with|to) (?!you\b|my\b|our\b)",
         ("raise it", "raise this", "raise that", "raise the", "take it up", "take this up", "take that up",
          "take the matter", "take the issue", "escalate", "bring it", "bring this", "bring the")),
        # "even someone at your level can find half an hour for those of us still doing the real work".
        (r"\bthose of us (?:still )?doing the real work\b|\beven someone (?:at|of|in) your (?:level|position"
         r"|seniority)\b", ("real work", "someone at your", "someone of your", "someone in your")),
        # "Since some of it seemed new to you, let me spell out how mentoring actually works", "In case it is
        # unfamiliar, let me briefly explain how introductions like this tend to work".
        (r"\b(?:since|as|in case) (?:some of )?(?:it|this|that)(?:'s|’s| is| was| seemed| seems| may be)"
         r" (?:new|unfamiliar) to you\b|\bin case it(?:'s|’s| is) unfamiliar\b", ("to you", "unfamiliar")),
        (r"\blet me (?:briefly )?(?:spell out|explain) how (?:\w+ ){0,4}?(?:actually|really) (?:works?|tends? to"
         r" work)\b", ("let me",)),
        # "I expect he will be glad to hear you found the time for me", "he would have been rather surprised if you
        # hadn't".
        (r"\bi expect (?:he|she|they)(?:'ll|’ll| will) be (?:glad|pleased|happy|delighted) to hear (?:that )?you"
         r" (?:found|made|gave|took)\b", ("glad to hear", "pleased to hear", "happy to hear", "delighted to hear")),
        (r"\b(?:would have been|would be) (?:rather |quite |very )?(?:surprised|disappointed) if you (?:hadn't"
         r"|hadn’t|had not|didn't|didn’t|did not|don't|don’t|do not|won't|won’t)\b", (" if you ",)),
        # "how far you've taken the product side for someone without an engineering degree" (not "I did well for
        # someone without a maths degree"); "It can't have been easy keeping up".
        (r"\byou(?:'ve|’ve| have)?\b[^.!?\n]{0,60}?\bfor someone without (?:an? |any )?(?:[\w-]+ )?(?:degree"
         r"|background|training|qualifications?)\b", ("someone without",)),
        (r"\bcan(?:'t|’t|not) have been easy (?:for you )?(?:keeping up|to keep up)\b", ("been easy",)),
        # "it is that slot or nothing", "take it or leave it".
        (r"\b(?:that|this) (?:slot|time|date|day) or (?:nothing|not at all|never)\b|\btake it or leave it\b",
         (" or nothing", " or not at all", " or never", "or leave it")),
        # "I am not in the habit of chasing people for replies, so I will take it that this note will not need a
        # reminder".
        (r"\bnot in the habit of (?:chasing|waiting|asking twice|reminding)\b", ("the habit of",)),
        # (Not the writer's own diary: "I won't need a reminder: the date is already in my diary".)
        (r"\b(?<!\bi )(?<!\bwe )(?:will not|won't|won’t|should not|shouldn't|shouldn’t) need (?:a|another|any)"
         r" reminders?\b", ("reminder",)),
        # "I would rather not end up telling my LinkedIn readers that ...".
        (r"\b(?:rather not|hate to|don't want to|don’t want to|do not want to) (?:end up |have to )?(?:telling|tell"
         r"|mentioning|mention|posting|post|sharing|share)\b[^.!?\n]{0,40}?\b(?:my (?:linkedin|readers|followers"
         r"|network|audience|newsletter)|on linkedin|publicly)\b", ("linkedin", "readers", "followers", "network",
                                                                     "audience", "newsletter", "publicly")),
        # "I would expect nothing less in return", "I would much prefer not to have to explain to them why".
        (r"\bexpect (?:nothing less |the same |as much |something )?in return\b", ("in return",)),
        (r"\bnot (?:to )?have to explain (?:to (?:them|him|her|\w+) )?why\b", ("have to explain",)),
        # "people are glad to make time for me; I am sure you will be no exception".
        (r"\byou(?:'ll|’ll| will) be no exception\b|\bpeople are (?:always |generally |usually )?(?:glad|happy"
         r"|keen|quick) to make time for me\b", ("no exception", "make time for me")),
        # "not bad at all for someone who only got into tech a few years ago".
        # ("not bad for someone self-taught", pq.)
        (r"\bnot bad (?:at all )?for someone (?:who|with|without|so|from|who's|self-taught|untrained|unqualified)\b",
         ("not bad",)),
        # "can spare you twenty minutes at 4pm ...; if not, we'll just leave it for another year".
        (r"\b(?:can|could) spare you\b|\bif not,? we(?:'ll|’ll| will) (?:just )?leave it\b",
         ("spare you", "leave it")),
        # A small model's draft (ev): "I suppose a short call is better than nothing", "the time you did manage to
        # find for me".
        (r"\bi suppose\b[^.!?\n]{0,40}?\bbetter than nothing\b|\bthe time you (?:did|could) (?:manage to )?(?:find"
         r"|spare|give)\b", ("better than nothing", "the time you")),
        gate=("raise", "take", "escalate", "bring", "real", "level", "position", "seniority", "new", "unfamiliar",
              "actually", "really", "glad", "pleased", "happy", "delighted", "surprised", "disappointed", "without",
              "easy", "nothing", "never", "leave", "habit", "reminder", "reminders", "linkedin", "readers", "followers",
              "network", "audience", "newsletter", "publicly", "return", "explain", "exception", "bad", "spare",
              "suppose", "manage", "find"),
    ),
    # The eighth author of ordinary breaks (ep): an academic's student, a hustle voice, hardship as leverage; one
    # pattern per form (an alternation of eighteen, opened by a lookbehind, cost a third of a millisecond a letter).
    *_family(
        "pressure",
        # "I'll need that in my inbox by tomorrow morning, no excuses" (not "I have no excuses for my late reply").
        (r"(?<=[,;—-] )no excuses\b", ("no excuses",)),
        # "I've also put our next session in your calendar already".
        (r"\b(?:put|added|placed|booked|pencilled|penciled|blocked) (?:our|a|the|an) (?:[\w-]+ ){0,3}?(?:in|into|on)"
         r" your (?:calendar|diary|schedule)\b", ("your calendar", "your diary", "your schedule")),
        # "I am sure you would not want to be the reason I fall behind".
        (r"\b(?:would not|wouldn't|wouldn’t) want to be the (?:reason|cause|one)\b", ("want to be the",)),
        # "I hope it will not take as long as some of my other requests to you have".
        (r"\b(?:not|won't|won’t) take (?:you )?as long as (?:some of )?my (?:other|last|previous|earlier)"
         r" (?:requests|emails|e-mails|messages|notes|letters)\b", ("as long as",)),
        # "cannot be left waiting indefinitely", "the very least that could be expected".
        (r"\bleft waiting indefinitely\b|\bthe (?:very )?least (?:that )?(?:could|can|might) be expected\b",
         ("indefinitely", "be expected")),
        # "just clear a slot and we are golden. I don't really do maybes".
        (r"\b(?:just )?clear (?:a|the|your) (?:slot|afternoon|morning|diary|calendar|schedule)\b",
         ("clear a ", "clear the ", "clear your ")),
        (r"\bi (?:don't|don’t|do not) (?:really )?do maybes\b", ("maybes",)),
        # "I don't take no for an answer, and I will keep turning up in your inbox".
        (r"\bi (?:don't|don’t|do not|won't|won’t|will not) take no for an answer\b", ("no for an answer",)),
        (r"\bkeep (?:turning up|showing up|popping up|landing) in your inbox\b", ("in your inbox",)),
        # "I would have expected a reply from a faculty member; mentoring ... is part of what lecturers are there for.
        # I trust this message will get the attention the last one did not".
        (r"\bi would have expected (?:a reply|an answer|a response|better|more)\b", ("have expected",)),
        (r"\bpart of what (?:\w+ )?(?:lecturers|professors|mentors|managers|you|people like you|faculty|academics)"
         r" (?:are|is) (?:there|paid) for\b", ("there for", "paid for")),
        (r"\bthe (?:attention|reply|response) the last one (?:did not|didn't|didn’t)\b", ("the last one",)),
        # "no acknowledgement whatsoever. A one-line reply costs very little, and I would have hoped a lecturer would
        # extend that basic courtesy".
        (r"\bno (?:acknowledgement|acknowledgment|reply|response|answer) whatsoever\b", ("whatsoever",)),
        (r"\b(?:a )?(?:one-line|short|quick|brief) (?:reply|response|answer|note) costs? (?:very little|nothing"
         r"|little)\b",
         (" costs ", " cost ")),
        (r"\b(?:would have hoped|expected|hoped)\b[^.!?\n]{0,60}?\bbasic courtesy\b", ("basic courtesy",)),
        # "you're not allowed to say you're too busy", "doctoral students simply do not register on your radar", "I
        # would not like to have to raise the matter with your head of department".
        (r"\byou(?:'re|’re| are) not allowed to say\b", ("not allowed to say",)),
        (r"\b(?:do not|don't|don’t) (?:even )?register on your radar\b", ("your radar",)),
        (r"\braise (?:the|this|it) (?:matter )?with your (?:head|manager|boss|director|supervisor|line manager"
         r"|dean)\b", ("raise ",)),
        gate=("excuses", "calendar", "diary", "schedule", "reason", "cause", "long", "indefinitely", "least", "clear",
              "maybes", "answer", "inbox", "expected", "there", "paid", "whatsoever", "costs", "cost", "courtesy",
              "allowed", "radar", "raise", "attention", "reply", "response"),
    ),
    (
        ("down", "conscience", "supposed", "busier", "pile", "irrelevant", "reminder", "chasing", "silence",
         "simply"),
        # The sixth author of ordinary breaks (ej): "please don't let me down on this one", "I know you wouldn't want
        # that on your conscience", "Alumni are supposed to look out for each other", "far busier than the rest of
        # us", "Perhaps this time it will make it to the top of the pile", "before the topic becomes irrelevant to me",
        # "without another reminder from me", "I'd rather spend my time translating than chasing paperwork", "I shall
        # regard any silence as a lack of commitment", "To put the other item simply, since it seems to have been
        # missed".
        LazyPattern(
            r"\b(?:don't|don’t|do not) let me down\b|\bon your conscience\b"
            r"|\b(?:alumni|we|colleagues|members|friends|\w+s) are supposed to (?:look out for|help|support"
            r"|stick up for) (?:each other|one another)\b"
            r"|\b(?:far|much|so much) busier than (?:the rest of us|everyone else|anyone else|us mere)\b"
            r"|\bmake it to the top of (?:the|your) (?:pile|inbox|list|queue)\b"
            r"|\bbefore (?:the topic|it|this|the question|my question|the matter) becomes? (?:irrelevant|obsolete|moot"
            r"|pointless)\b"
            r"|\bwithout (?:another|a further|any more|any further|more) reminders? from me\b"
            r"|\brather (?:spend my time|be) \w+ing than chasing\b"
            r"|\b(?:i shall|i will|i'll|i’ll) (?:regard|take|treat|read|interpret) (?:any |your |further )?silence as\b"
            r"|\bput (?:it|this|that|things|the other (?:item|point|matter)) (?:very |more )?simply,?"
            r" (?:since|as|because)\b",
            needs=("let me down", "conscience", "supposed to", "busier than", "top of", "becomes", "become",
                   "reminder", "chasing", "silence", "simply"),
        ),
        "pressure",
    ),
    (
        ("important", "considered", "demanding", "hard", "difficult", "decade", "century", "commitment", "forgive",
         "level", "seniority", "remark", "habit", "fair", "manage", "mark"),
        # "I'm sure something far more important came up; it usually does for partners", "I'd be grateful if this
        # time it were treated as a real commitment", "I assume my last email is still being carefully considered",
        # "I know how demanding it is to type a short reply", "at some point this decade", "I will forgive the slow
        # start", "directors at my level", "I must, however, remark that you arrived some time after the appointed
        # hour", "I trust you will correct the habit", "After I spent all that time travelling ..., it seems only
        # fair", "I'll trust you can manage it", "you can mark it up for me" (ej).
        LazyPattern(
            # (Not sympathy: "I understand something more important came up".)
            r"\b(?:i'm sure|i’m sure|i am sure|no doubt|clearly|obviously|presumably|i suppose|i gather|apparently)"
            r" something (?:far |much )?more (?:important|pressing|urgent) came up\b"
            r"|\bthis time\b[^.!?\n]{0,40}?\ba real commitment\b"
            r"|\bmy (?:last|previous|earlier) (?:email|e-mail|message|note|letter) is still being (?:carefully )?"
            r"(?:considered|read|processed|reviewed|digested)\b"
            r"|\bhow (?:demanding|hard|difficult|taxing|exhausting) it (?:is|must be) to (?:type|write|send) a (?:short"
            r"|quick|brief) (?:reply|response|answer|email|note)\b"
            r"|\b(?:sometime|some time|at some point|before the end of) this (?:decade|century)\b"
            r"|\bi (?:will|shall|'ll|’ll) forgive (?:you|the|your)\b"
            # (Not "a role for someone at my level", a question of career stage.)
            r"|\b(?:used to|accustomed to) (?:speaking|talking|dealing|working) with (?:\w+ ){0,3}?(?:at|of) my"
            r" (?:level|seniority|standing|rank)\b"
            # (Not "I must note that you gave the best talk of the day".)
            r"|\bi must,? however,? (?:remark|point out|note|observe|say) that you\b|\bi must (?:remark|point out) that"
            r" you (?:arrived|were|kept|did|didn't|didn’t|failed|forgot|have not|haven't|haven’t)\b"
            r"|\bcorrect (?:the|this|that|your) habit\b"
            r"|\bafter (?:i|all i) (?:spent|gave|did|put)\b[^.!?\n]{0,80}?\bonly fair\b"
            r"|\bi(?:'ll|’ll| will)? trust (?:that )?you (?:can|will be able to) manage\b"
            r"|\band you can (?:mark|look over|review|check|read|go through|edit|correct|comment on) (?:it|them|this)"
            r"(?: up)? for me\b",
            needs=("came up", "commitment", "still being", " it is to ", " it must be to ", "this decade",
                   "this century", "forgive", " my level", " my seniority", " my standing", " my rank", "that you",
                   "habit", "only fair", "manage", "for me"),
        ),
        "condescension",
    ),
    (
        "already",
        # "I have already told Omar that we will be speaking" (eb): the meeting arranged without the reader.
        LazyPattern(
            r"\balready (?:told|informed|let) (?:\w+ ){1,3}?(?:know )?(?:that )?(?:we(?:'ll|’ll| will| are going to"
            r"|'re|’re| are) (?:be )?(?:speak|meet|talk|doing|having)|you(?:'re|’re| are| will|'ll|’ll|'d|’d| would)"
            r" (?:going to )?help)",
            needs=("already told", "already informed", "already let"),
        ),
        "presumption",
    ),
    (
        ("action", "suggestion", "idea", "offer", "forward", "aside", "ignored", "deleted", "binned", "waiting",
         "reminding", "rude", "read", "only", "alumni", "alive", "seen", "long", "finally"),
        # The seventh author of ordinary breaks (en), in corporate email: "please action the house style guide on
        # your side", "it was, after all, your suggestion", "Going forward, I would expect ...", "Not sure whether my
        # earlier note reached you or was simply set aside"; and in a direct message: "also still waiting on that
        # intro ... lol. u said u would, so just reminding u bc ...", "kinda rude to leave me on read", "ur literally
        # the only alum who hasn't replied, kinda thought alumni looked out for each other", "u still alive lol",
        # "not that u asked", "took u long enough lol, glad u finally found a slot for me".
        LazyPattern(
            r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:please|pls|kindly) action\b"
            r"|\b(?:it|that) was,? after all,? your (?:suggestion|idea|offer)\b"
            r"|\bgoing forward,? i (?:would|will|shall) (?:expect|ask that you|ask you to|need you to|require)\b"
            # (Not the courteous "in case it was lost or simply overlooked".)
            r"|\bor (?:was|were|it was|it has been) (?:simply |just )?(?:set aside|ignored|deleted|binned)\b"
            # (Not the writer's own news: "Still waiting for my exam results, but ...".)
            r"|(?:^|(?<=[.!?] )|(?<=\n)|\b(?:also|and|so) )still waiting (?:on|for) (?:that|the|ur|your) (?:intro"
            r"|introduction|list|link|reply|response|answer|email|document|form|template|contact|details|report"
            r"|guide|name|names)\b"
            r"|\bu said u(?:'d|’d| would)\b|\bjust reminding (?:u|you) (?:bc|cos|because|since)\b"
            r"|\brude (?:of you )?to (?:leave me|ignore me|ghost me|not reply|not answer)\b"
            r"|\b(?:leave|left|leaving) me on read\b"
            r"|\b(?:you(?:'re|’re| are)|ur|youre) (?:literally |actually )?the only (?:one|\w+) (?:who|that) (?:hasn't"
            r"|hasn’t|hasnt|has not|didn't|didn’t|did not) (?:replied|responded|answered|got back)\b"
            r"|\bthought (?:alumni|we|colleagues|\w+s) (?:looked|look|would look) out for (?:each other|one another)\b"
            r"|\b(?:u|you) still alive\b|\bseen\.? ok(?:ay)?\.? cool\b"
            # (Not "you finally made partner!", a congratulation.)
            r"|\btook (?:u|you) long enough\b|\b(?:u|you) finally (?:found (?:a |the |some )?(?:slot|time|moment"
            r"|minute|space|gap)|got (?:round|around) to (?:me|replying|answering|my)|replied|answered"
            r"|got back to me)\b",
            needs=("action", "after all", "going forward", "set aside", "ignored", "deleted", "binned", "overlooked",
                   "still waiting", "u said u", "reminding", "rude", "on read", "the only", "out for", "still alive",
                   "cool", "long enough", "finally"),
        ),
        "pressure",
    ),
    (
        "take",
        # "if I do not hear back from you soon I will simply take my interest there instead" (ej).
        LazyPattern(
            r"\b(?:i will|i'll|i’ll|i shall) (?:simply |just )?take my (?:interest|questions|business|enquiry|inquiry"
            r"|custom|time) (?:there|elsewhere|to (?:one of )?your competitors?)\b",
            needs=("take my",),
        ),
        "pressure",
    ),
    (
        "up",
        # "If it clashes, it is up to you to propose another time" (eb): the burden of the writer's plan handed over.
        LazyPattern(
            r"\bit(?:'s|’s| is) up to you to (?:propose|suggest|find|arrange|rearrange|reschedule|sort|fix"
            r"|come up with)\b",
            needs=("up to you to",),
        ),
        "pressure",
    ),
    (
        ("little", "assuming", "least", "actually", "important", "better"),
        # "a mountain of emails from the little people", "I appreciate your time, assuming you can find some", "a bit
        # of your attention is the least I'm owed", "I'd appreciate it if you actually looked at it this time",
        # "Clearly senior people have far more important things to do", "I trust the next conversation will be a
        # better use of my time" (eb).
        LazyPattern(
            r"\bthe little people\b|\bassuming you (?:can|could) (?:find|spare|make) (?:some|any)\b"
            r"|\bthe least (?:i(?:'m|’m| am) (?:owed|due)|i deserve|you (?:can|could) do|you owe me)\b"
            r"|\bif you actually (?:\w+ ){0,3}?this time\b"
            r"|\b(?:clearly|obviously|evidently|apparently|i suppose|i guess) (?:\w+ ){0,3}?(?:has|have|had|got)"
            r" (?:far |much |so much |many )?(?:more important|better) (?:things|people|matters|emails|work) to do\b"
            r"|\b(?:will|would|should|might) be a (?:better|more productive|more useful|wiser) use of my time\b",
            needs=("little people", "assuming you", "the least", "actually", "to do", "of my time"),
        ),
        "sarcasm",
    ),
    (
        "optional",
        # "I suppose punctuality is optional once you reach director level" (dx).
        LazyPattern(
            r"\b(?:punctuality|manners|courtesy|politeness|replying|replies|answering|deadlines|promises)"
            r" (?:is|are|becomes?|must be|seems?|seem to be) (?:\w+ )?optional\b"
            r"|\boptional once you (?:reach|get|become|make)\b",
            needs=("optional",),
        ),
        "sarcasm",
    ),
    (
        ("waiting", "inbox", "word", "before"),
        # "I have been waiting ever since for you to pick up the thread", "checking my inbox every day", "have not
        # had a word back", "I had expected it well before now": the wait held against the reader.
        LazyPattern(
            r"\bwaiting (?:ever since|all this time|for weeks|for months|since then) for you\b"
            r"|\bchecking my inbox every (?:day|morning|hour|evening)\b"
            r"|\b(?:not|n't|n’t|never) (?:had|heard|received) (?:a|one) (?:single )?(?:word|line|peep|reply) back\b"
            r"|\bexpected (?:it|to hear|a reply|an answer|a response) (?:well |long |some time )?before now\b",
            needs=("waiting ever", "waiting all", "waiting for", "waiting since", "inbox every", "word back",
                   "line back", "reply back", "peep back", "before now"),
        ),
        "pressure",
    ),
    (
        ("expected", "someone", "pictured", "practice"),
        # "far more of the technical detail than I expected from someone who mostly manages people", "impressively
        # clear for someone who came to writing from the business side", "I'd never have pictured you managing
        # anyone", "talking someone like me through it would be good practice for you": praise that looks down.
        LazyPattern(
            r"\bthan i (?:had )?expected (?:from|of) (?:someone|somebody|a person) who\b"
            r"|\b(?:impressively|surprisingly|remarkably|quite) \w+ for (?:someone|somebody) who\b"
            r"|\bnever (?:have )?pictured you\b|\bgood practice for you\b",
            needs=("expected from", "expected of", "for someone who", "for somebody who", "pictured you",
                   "practice for you"),
        ),
        "condescension",
    ),
    (
        ("brief", "short", "eventually", "actually"),
        # "the time you were able to spare, brief as it was", "whenever you eventually get round to it", "thanks
        # for actually getting to the end of this one, unlike my last message": courtesy turned into a jab.
        LazyPattern(
            r"\b(?:brief|short) as it was\b|\bwhenever you (?:eventually|finally) get (?:round|around) to it\b"
            r"|\bthank(?:s| you) for actually\b[^.!?\n]{0,60}?\b(?:this one|unlike (?:my|the) (?:last|first"
            r"|previous))\b",
            needs=("as it was", "eventually get", "finally get", "for actually"),
        ),
        "sarcasm",
    ),
    # Twenty-third round of quiet pressure and guilt (each in its own words, none a blunt order):
    (
        ("hope", "chance", "option", "resort"),
        # "you are honestly my last hope".
        LazyPattern(
            r"\b(?:you are|you're|you’re) (?:honestly |really |truly |probably |quite literally |literally )?my"
            r" (?:last|only|final) (?:hope|chance|option|resort)\b",
            needs=("my last", "my only", "my final"),
        ),
        "pressure",
    ),
    (
        "ask",
        # "Surely half an hour is not much to ask of someone who talks so openly about giving back", "not a great
        # deal to ask of someone in your position" (not "I know half an hour is a lot to ask", nor "I hope it is
        # not too much to ask").
        LazyPattern(
            r"\b(?<!if it )(?<!if it's )(?<!if it’s )(?<!if that )(?<!if that's )(?<!hope it )(?<!hope it's )"
            r"(?<!hope it’s )(?<!hope it is )(?<!hope this is )(?<!if it is )(?<!if this is )"
            r"(?:not|hardly|scarcely|isn't|isn’t) (?:(?:too |that |so |very )?much|a great deal) to ask\b",
            needs=("much to ask", "a great deal to ask"),
        ),
        "entitlement",
    ),
    (
        ("people", "down"),
        # "you of all people will understand", "I can count on you not to let a fellow graduate down".
        LazyPattern(
            r"\byou of all people\b|\b(?:you (?:won't|won’t|will not|wouldn't|wouldn’t|would not)|(?:count on|trust"
            r"|rely on) you not to) let (?:a|an|me|us|your|her|him|them|my|our) (?:[\w'’-]+ ){0,3}?down\b",
            needs=("of all people", "not to let", "t let", "will not let", "would not let"),
        ),
        "pressure",
    ),
    (
        ("days", "hours", "minutes", "sooner"),
        # "I'm counting the days until I hear back" (not "counting the days until the course starts"), "the
        # sooner you can reply, the sooner I can get on with things".
        LazyPattern(
            r"\bcounting (?:down )?the (?:days|hours|minutes) (?:until|till|til) (?:i hear|you (?:reply|respond"
            r"|write|answer|get back)|your (?:reply|answer|response))\b"
            r"|\bthe sooner you (?:can |could |are able to |manage to )?(?:reply|respond|answer|get back|write"
            r"|let me know|send)\b",
            needs=("counting", "the sooner you"),
        ),
        "pressure",
    ),
    (
        "hate",
        # "I would hate to have to tell her that her introduction came to nothing" (not "I'd hate to take up too
        # much of your time").
        LazyPattern(
            r"\b(?:would hate|'d hate|’d hate) (?:to have )?to (?:tell|disappoint|let down) (?:her|him|them|my|our)\b",
            needs=("hate",),
        ),
        "pressure",
    ),
    (
        "already",
        # "I have already moved my shifts around next week to leave the afternoons free for our call": the
        # answer presumed.
        LazyPattern(
            r"\balready (?:moved|rearranged|cleared|blocked|booked|taken|arranged|swapped|freed|set aside)\b"
            r"[^.!?\n]{0,80}?\bfor our (?:call|meeting|chat|coffee|conversation|visit)\b",
            needs=("for our",),
        ),
        "pressure",
    ),
    (
        ("doubt", "sure", "certain", "worthwhile"),
        # "I have no doubt you will want to make room for it", "I'm sure you'll find the time", "a good deal more
        # worthwhile for you than most of the requests that land in your inbox".
        LazyPattern(
            r"\b(?:have no doubt|i'm sure|i’m sure|i am sure|am certain|i'm certain|i’m certain) (?:that )?"
            r"you(?:'ll|’ll| will) (?:want to |be keen to |be happy to |be glad to )?(?:make (?:room|time|space)"
            # (Not an aside on an opinion: "a rare luxury, as I am sure you will agree".)
            r"|find (?:the )?time|say yes|(?<!\bas i'm sure you'll )(?<!\bas i’m sure you’ll )"
            r"(?<!\bas i am sure you will )(?<!\bas i'm sure you will )(?<!\bas i’m sure you will )agree)\b"
            r"|\bmore worthwhile for you than\b",
            needs=("no doubt", "sure you", "sure that you", "certain you", "certain that you", "worthwhile for you"),
        ),
        "entitlement",
    ),
    (
        ("disappear", "vanish", "ghost", "abandon", "only"),
        # "please don't disappear on me now", "you are the only person in broadcasting who has ever taken me
        # seriously" (not "you're the only person I know in the field").
        LazyPattern(
            r"\b(?:don't|don’t|do not) (?:disappear|vanish|ghost|abandon)(?: on)? me\b"
            r"|\byou(?:'re|’re| are) the only (?:one|person)\b[^.!?\n]{0,60}?\bwho (?:has |have )?ever\b",
            needs=("disappear", "vanish", "ghost", "abandon", "the only"),
        ),
        "pressure",
    ),
    (
        ("count", "want"),
        # "I know you will want to hear about every step, so ... I will count on your thoughts on each one".
        LazyPattern(
            r"\bi(?:'ll|’ll| will| shall) count on your (?:thoughts|feedback|comments|input|reply|replies|help"
            r"|advice|response|responses)\b"
            r"|\bi know you(?:'ll|’ll| will) want to (?:hear|know|see|read) (?:about )?(?:every|each|all)\b",
            needs=("count on your", "know you will want", "know you'll want", "know you’ll want"),
        ),
        "pressure",
    ),
    (
        ("assured", "promised", "told", "expect"),
        # "I assured them you would be happy to speak with each of them as well, so please expect a few emails
        # from my classmates": the reader's time volunteered.
        LazyPattern(
            r"\b(?:assured|promised|told) (?:them|everyone|everybody|my (?:\w+ ){0,2}?\w+|the (?:\w+ )?(?:group|class"
            r"|team|cohort)) (?:that )?you(?:'d|’d| would| will|'ll|’ll)\b"
            r"|\bplease expect (?:a few |some |several |a couple of |more )?(?:emails|messages|calls|requests|notes)"
            r" from\b",
            needs=("assured", "promised", "told", "please expect"),
        ),
        "pressure",
    ),
    (
        ("shame", "pity"),
        # "it would be a shame for the trip to have been wasted".
        LazyPattern(
            r"\b(?:would be|it'd be|it’d be|would feel like) (?:a )?(?:real |great |terrible |such a )?(?:shame|pity)"
            r" (?:for|if)\b[^.!?\n]{0,60}?\b(?:wasted|for nothing|in vain|come to nothing|came to nothing)\b",
            needs=("shame", "pity"),
        ),
        "pressure",
    ),
    (
        ("assumed", "expected", "list", "priorities", "radar"),
        # "I had rather assumed the contact details would be in my inbox by now, but I realise I am probably not
        # very high on your list".
        LazyPattern(
            r"\b(?:i had|i'd|i’d) (?:rather |somewhat |half |naturally )?(?:assumed|expected)\b[^.!?\n]{0,80}?"
            r"\bby now\b|\bnot (?:very |exactly |particularly |terribly )?high on your (?:list|priorities|radar)\b",
            needs=("by now", "high on your"),
        ),
        "sarcasm",
    ),
    (
        ("meant", "mattered", "matters"),
        # Guilt about the reader's silence: "I had hoped our conversation meant a little more to you than that",
        # "it would be nice to know our conversations mattered to you".
        LazyPattern(
            r"\b(?:i had hoped|i'd hoped|i’d hoped|i hoped|nice to know|good to know|i would like to think"
            r"|i'd like to think|i’d like to think)\b[^.!?\n]{0,50}?\b(?:meant|mattered|matters|means)"
            r" (?:\w+ ){0,4}?(?:to you|than that)\b",
            # (Every match holds an opener too, rarer than its verb.)
            needs=("hoped", "to know", "to think"),
        ),
        "pressure",
    ),
    (
        "times",
        # "I have written a couple of times now without hearing back".
        LazyPattern(
            r"\b(?:written|emailed|e-mailed|messaged|reached out|tried|asked|called|rung|phoned)(?: to you| you)?"
            r" (?:a couple of|a few|several|two|three|four|many|multiple|numerous|so many) times (?:now |already )?"
            r"without (?:hearing back|a reply|any reply|a response|any response|an answer|hearing anything"
            r"|any word|a word)\b",
            needs=(" times ",),
        ),
        "pressure",
    ),
    (
        "want",
        # "I am sure you would not want to disappoint him": the referrer used as a lever.
        LazyPattern(
            r"\byou (?:would not|wouldn't|wouldn’t|would never|won't|won’t|will not|don't|don’t|do not) want to"
            r" (?:disappoint|let (?:\w+ ){1,2}down|upset|embarrass|offend)\b",
            needs=(" want to ",),
        ),
        "pressure",
    ),
    (
        "office",
        # A meeting announced, not asked for: "I will be in your office on Monday at 10" (not "I will be in the
        # city on Monday, if a coffee suits").
        LazyPattern(
            r"\bi(?:'ll|’ll| will| shall) (?:be (?:at|in)|come (?:to|by|round to)|drop by|stop by|turn up at|arrive at"
            r"|show up at|call (?:in )?at) your (?:office|studio|desk|lab|workplace|shop|door|site)\b"
            r"(?![^.!?\n]{0,80}?\b(?:if|unless|suits?|convenient|free|works for you|would like|happy to|let me know"
            r"|invited|as agreed|as arranged|as you suggested)\b)",
            needs=("your office", "your studio", "your desk", "your lab", "your workplace", "your shop", "your door",
                   "your site"),
        ),
        "pressure",
    ),
    (
        ("owed", "earned"),
        # "I feel this introduction is rather owed to me", "I feel I have earned a look over my CV".
        LazyPattern(
            r"\b(?:owed|due) to me\b"
            r"|\bi (?:feel|think|believe) (?:that )?i(?:'ve|’ve| have) (?:rather |surely |certainly )?earned\b",
            needs=("to me", "earned"),
        ),
        "entitlement",
    ),
    (
        ("elsewhere", "otherwise", "competitors", "competitor", "competition", "rivals", "rival"),
        # An ultimatum, however softened: "otherwise I will have to take my questions elsewhere", "I will take my
        # questions to your competitors".
        LazyPattern(
            r"\b(?:take|bring) my (?:\w+ )?(?:questions|business|request|enquiry|inquiry|custom|interest|time"
            r"|energy) (?:elsewhere\b|to (?:your|a|one of your|another) (?:[\w'’-]+ )?(?:competitors?|competition"
            r"|rivals?)\b)"
            r"|\botherwise,? i(?:'ll|’ll| will| shall)? (?:have to|need to|be forced to|must) (?:take|go|look|find"
            r"|ask|assume|move on|give up)\b",
            needs=("elsewhere", "otherwise", "competit", "rival"),
        ),
        "pressure",
    ),
    (
        ("forget", "checking"),
        # A reproach for a favour not yet done: "I trust you will not forget it again", "do not forget this time",
        # "Do not forget the introduction you promised; I will be checking."
        LazyPattern(
            r"(?:you|please) (?:will not|won't|won’t|do not|don't|don’t) forget (?:it |this |that |about it |me |us )?"
            r"(?:again|this time)\b"
            r"|\b(?:do not|don't|don’t) forget (?:about )?(?:the|your|that) (?:[\w'’-]+ ){0,6}?you (?:promised|offered"
            r"|said you would|agreed)\b"
            r"|\bi(?:'ll|’ll| will) be checking(?: (?:up |in )?on (?:it|that|this|you))?(?:[ \t]*[.!;]| until\b)",
            needs=("forget", "checking"),
        ),
        "pressure",
    ),
    (
        "congratulations",
        # "Congratulations on remembering our call": praise for what the reader was slow to do.
        LazyPattern(
            r"\bcongratulations on (?:finally |actually |at last )?(?:remembering|replying|answering|responding"
            r"|getting back|finding (?:the|a|some) (?:time|moment|minute)|showing up|turning up|reading)\b",
            needs=("congratulations on",),
        ),
        "sarcasm",
    ),
    (
        ("waiting", "since"),
        # "No rush, of course; I have only been waiting since our call".
        # "No rush, of course; it has only been a week since you said you would send them".
        LazyPattern(
            r"\b(?:i(?:'ve|’ve| have)|i'm|i’m|i am) only been waiting\b"
            r"|\bonly been (?:a|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?|fortnights?)"
            r" since you (?:said|promised|offered|agreed|told me|mentioned)\b",
            needs=("only been waiting", "only been"),
        ),
        "sarcasm",
    ),
    (
        ("know", "aware", "realise", "realize", "kept", "come", "heard", "follow"),
        # "As you may not know, the industry has moved on quite a bit", "so you may not have kept up", "you may not
        # have come across the term", "I'll keep this short and simple so it is easy for you to follow".
        LazyPattern(
            r"\bas you (?:may|might|probably|perhaps) (?:not|don't|don’t|do not) (?:know|be aware|realise|realize)\b"
            r"|\byou (?:may|might|probably|perhaps) (?:not )?(?:have )?(?:not )?(?:kept up"
            r"|come across (?:the|this|that) (?:term|word|idea|concept|tool|acronym)"
            r"|heard of (?:the|this|that) (?:term|word|idea|concept|acronym))\b"
            r"|\b(?:short|simple|brief|plain)(?: and (?:simple|short|plain))? so (?:that )?"
            r"(?:it is|it's|it’s|it will be) (?:easy|easier) for you to (?:follow|understand|take in|digest)\b",
            needs=("as you may", "as you might", "as you probably", "as you perhaps", "kept up", "come across",
                   "heard of", "for you to"),
        ),
        "condescension",
    ),
    (
        ("technical", "complicated", "complex", "slowly", "spell"),
        # "I know this might be a bit technical for someone on the management side", "Let me explain this slowly".
        LazyPattern(
            r"\b(?:a (?:bit|little) |too |rather |quite )(?:technical|complicated|complex|advanced) for"
            r" (?:someone|somebody|a manager|managers|people|you|a non-)"
            r"|\b(?:explain|go through|spell out|put) (?:this|it|that|things) (?:very )?slowly\b"
            # "To spell it out, since I am not sure it was clear to you on the call".
            r"|\bto spell it out\b[^.!?\n]{0,40}?\b(?:clear|understood|follow)\b"
            # "These technical points can get lost, so let me spell them out plainly for you".
            r"|\bspell (?:it|them|this|that|things|everything) out (?:\w+ )?for you\b",
            needs=(" for someone", " for somebody", " for a manager", " for managers", " for people", " for you",
                   " for a non-", "slowly", "spell it out"),
        ),
        "condescension",
    ),
    (
        ("must", "important", "only"),
        # "Must be nice to have a job where you can ignore emails", "hard to reach unless someone important is
        # asking", "you had more important people to talk to", "the only way to get an answer out of your team".
        LazyPattern(
            r"\bmust be (?:nice|lovely|wonderful|great) to (?:have a (?:job|role|position) where|be able to ignore"
            r"|be so important)"
            r"|\bunless (?:someone|somebody) (?:important|senior|more important|with a (?:title|big title))\b"
            r"|\bmore important (?:people|things|matters|contacts|guests) to (?:talk to|see|deal with|attend to)\b"
            r"|\bonly (?:\w+ )?way to get (?:an answer|a reply|a response|anything) out of\b",
            needs=("must be", "unless some", "more important", "way to get"),
        ),
        "sarcasm",
    ),
    (
        ("surprised", "pretending", "basic"),
        # "I was pleasantly surprised at how much you knew", "pretending my questions were not as basic as you
        # clearly thought they were".
        LazyPattern(
            r"\bsurprised (?:at|by) how (?:much|well|knowledgeable|helpful|clearly|articulate) you\b"
            r"|\bas (?:basic|stupid|silly|naive|simple) as you (?:clearly |obviously |evidently )?thought\b",
            needs=("surprised at how", "surprised by how", " as you clearly", " as you obviously", " as you thought",
                   " as you evidently"),
        ),
        "condescension",
    ),
    (
        "unless",
        # The reader committed by default: "I will put you down as a speaker unless I hear otherwise".
        LazyPattern(
            r"\b(?:put|pencil|count|book|sign|mark|list|slot|add) you (?:down|in|up|on)\b[^.!?\n]{0,60}?"
            r"\bunless (?:i hear|you tell|you let|you say|you object)\b",
            needs=("unless",),
        ),
        "pressure",
    ),
    # A second round of quiet pressure by a new author (c9): the reader's time compared, guilted, taken.
    (
        ("thought", "given", "formality"),
        # "I'd have thought the pilot was more or less a given by now": a favour counted as due.
        LazyPattern(
            r"i(?:'d|’d| would) have thought (?:that )?[^.!?\n]{0,60}?\b(?:a given|a formality|a foregone conclusion"
            r"|the least)\b",
            needs=("have thought",),
        ),
        "entitlement",
    ),
    (
        ("least", "count"),
        # "I'd like to think a coffee is the least I can count on".
        LazyPattern(r"the least (?:i|we) (?:can|could|might) (?:count on|expect|ask(?: for)?|hope for)\b"),
        "entitlement",
    ),
    (
        "chasing",
        # "I'd rather not spend weeks chasing this, so the introduction in the next few days would be ideal".
        LazyPattern(
            r"(?:rather not|don't want to|don’t want to|do not want to|hate to|not keen to) (?:have to )?"
            r"(?:spend [^.!?\n]{0,20}?|keep |go on |be )?chasing\b"
        ),
        "pressure",
    ),
    (
        "pressing",
        # "I'm sure you've had more pressing things than my career": guilt, dressed as understanding.
        LazyPattern(
            r"more (?:pressing|important|urgent) (?:things|matters|priorities|people|concerns) (?:to deal with )?than"
            r" (?:my|me|this|a (?:quick|short|small|simple))\b"
        ),
        "pressure",
    ),
    (
        ("pity", "shame"),
        # "It would be a pity if Dr. Osei's kind word ended up going nowhere".
        LazyPattern(
            r"(?:it would be|it'd be|it’d be|it would seem) (?:a (?:real |great )?(?:pity|shame)) if\b[^!?\n]{0,80}?"
            r"\b(?:nowhere|for nothing|to waste|wasted|came to nothing|you (?:didn't|didn’t|did not|couldn't|couldn’t"
            r"|could not|never|won't|won’t|wouldn't|wouldn’t))\b"
        ),
        "pressure",
    ),
    (
        ("mentioned", "told"),
        # "I've already mentioned to my director that we'll be speaking, so I'd rather not have to go back on that".
        LazyPattern(
            r"(?:i've|i’ve|i have) already (?:mentioned|told|said)(?: to)? (?:my|our) (?:\w+ )?(?:director|manager|boss"
            r"|team|ceo|board|colleagues?|supervisor|head of \w+)(?: that)? (?:we'll|we’ll|we will|you'll|you’ll"
            r"|you will|you'd|you’d|you would|you're|you’re|you are)\b",
            needs=("already",),
        ),
        "pressure",
    ),
    (
        ("others", "everyone", "exception"),
        # "Others in similar roles have found the time for me ... so I'm hoping you won't be the exception".
        LazyPattern(
            r"\b(?:others|everyone else|most people|everybody else)\b[^.!?\n]{0,60}?\bfound (?:the )?time\b"
            r"|\bwon't be the exception\b|\bwon’t be the exception\b|\bwill not be the exception\b",
            needs=("found", "exception"),
        ),
        "pressure",
    ),
    (
        ("disappear", "vanish", "unanswered", "lost", "sink"),
        # "Hopefully this one won't disappear into your inbox like the last".
        LazyPattern(
            r"(?:won't|won’t|will not|doesn't|doesn’t|does not|didn't|didn’t) (?:disappear|vanish|get lost"
            r"|go unanswered|sink)[^.!?\n]{0,40}?\blike (?:the|my) (?:last|previous|other)\b"
        ),
        "pressure",
    ),
    (
        ("pencil", "put", "count", "sign", "mark", "list", "book"),
        # "so I'll pencil you in as my mentor for the rest of the year": a role the reader never offered.
        LazyPattern(
            r"(?:i'll|i’ll|i will|i'm going to|i’m going to|i am going to) (?:just )?(?:pencil|put|count|sign|mark|list"
            r"|book) you (?:down |in |up )?as (?:my|our|a|an|the)\b(?![^.!?\n]{0,60}?\bunless\b)",
            needs=(" you as ", " you in as ", " you down as ", " you up as "),
        ),
        "pressure",
    ),
    (
        "worth",
        # "I did rearrange a full day of client work to be there, so I hope the follow-up will be worth it".
        LazyPattern(r"so (?:i|we) (?:do )?hope (?:it|this|that|the [a-z-]+) (?:will be|was|is) worth it\b"),
        "pressure",
    ),
    (
        ("take", "assume", "presume"),
        # "I'll take it that Thursday suits you and send the invitation over in the morning".
        LazyPattern(
            r"(?:i'll|i’ll|i will|i shall) (?:take it|assume|presume) (?:that )?(?:monday|tuesday|wednesday|thursday"
            r"|friday|saturday|sunday|tomorrow|the (?:slot|plan|arrangement|morning|afternoon)|that time)"
            r" (?:suits|works|is fine|is convenient)\b",
            needs=("suits", "works", "is fine", "is convenient"),
        ),
        "pressure",
    ),
    # The twenty-eighth (hm): transactional entitlement, a reply claimed as paid for or earned. A membership, a purchase
    # or custom mentioned warmly ("I've been a member of the association for years and always enjoy your columns", "I
    # loved your book, and it's part of why I'm writing") matches none of these.
    *_family(
        "entitlement",
        # Paid for, so owed: "I pay a membership fee for this mentoring programme, so I trust your written feedback will
        # reach me within the week", "I paid the full delegate rate to hear you speak, so I feel a short follow-up
        # conversation is only fair", "considering what Blue Heron Studio pays for its licences, I think a proper look
        # at our setup is fair to ask", "As a paying member of the alumni network, I assume I will hear back", "As
        # Kestrel Freight is among Portline's larger clients, I trust you will give this request some priority", "Given
        # the volume St. Brendan's orders from Medora Devices each year, I am confident you will be able to find a
        # slot".
        (r"\b(?:i (?:pay|paid)|having paid|as a paying|my (?:membership |subscription |licence |license |tuition )?fees"
         r"|we pay|pays for|what (?:[\w&'’ -]{1,40}?) (?:pays|paid|has spent|spends)|as (?:a|an|one of your) (?:paying"
         r" |long-standing |larger |major |biggest )?(?:member|subscriber|shareholder|client|customer|donor|patron"
         r"|sponsor)s?|among (?:[\w&'’-]+ ){0,3}?(?:larger|largest|biggest|major|best) (?:clients|customers|accounts)"
         r"|given (?:the (?:volume|amount|size)|how much|what) (?:[\w&'’ .-]{1,60}?) (?:orders?|spends?|spent|buys?"
         r"|bought|pays?|paid)|supported (?:[\w-]+ ){0,3}?financially)\b[^.!?\n]{0,100}?(?:\bso i (?:trust|assume"
         r"|expect|feel|think)\b|\bi (?:trust|assume|expect|would expect|feel|think|will count on|am confident|'m"
         r" confident|’m confident)\b(?! (?:you(?:'re|’re| are)|this finds|all is|this email finds|that all)\b)"
         r"|\bis only"
         r" fair\b|\bfair to ask\b|\bthe least\b|\bowes\b|\bpriority\b)",
         ("pay", "pays", "paid", "paying", "fee", "fees", "member", "members", "subscriber", "subscribers",
          "shareholder", "shareholders", "client", "clients", "customer", "customers", "donor", "donors", "patron",
          "patrons", "sponsor", "sponsors", "among", "given the", "given how", "given what", "financially")),
        # Earned or bought: "I'd like to think I've earned an hour of your time", "I felt I had earned the slot", "I
        # would like to think that has bought me a hearing", "I'd hope that buys a coffee with the person running it",
        # "I'd like to think a reply now and then is owed", "the programme rather owes its alumni this kind of access",
        # "my tuition covers office hours, after all", "after everything Fjordline Outdoor has spent with Copperfield
        # Media, I would have been surprised by anything less", "We've renewed our contract with Brightpath Consulting
        # every year without fail, so I'm sure you can spare me a lunch".
        (r"\b(?:i(?:'ve|’ve| have)? |i had |i felt i had )earned (?:[\w-]+ ){0,3}?(?:of your time|hearing|reply"
         r"|response"
         r"|slot|call|meeting|coffee|lunch|conversation)\b", ("earned",)),
        (r"\b(?:bought|buys|buy) (?:me |us )?(?:a hearing|a reply|a coffee with|an hour|a call|a meeting|some of your"
         r" time|a little of your time|access)\b", ("bought", "buys", "buy")),
        (r"\b(?:reply|response|answer|hearing|call)s?\b[^.!?\n]{0,30}?\bis owed\b|\b(?:rather |surely )?owes? its"
         r" (?:alumni|members|donors|customers|clients|supporters|subscribers)\b", ("is owed", "owes", "owe its")),
        (r"\bmy (?:tuition|fees?|membership|subscription|ticket) (?:covers?|includes?|pays for|entitles me)\b"
         r"|\bsurprised by anything less\b", ("my tuition", "my fee", "my membership", "my subscription", "my ticket",
                                            "anything less")),
        (r"\b(?:contract|account|business|orders?|custom) with\b[^.!?\n]{0,60}?\bso i(?:'m|’m| am) sure you can\b",
         ("sure you can",)),
        gate=("pay", "paid", "fee", "fees", "paying", "member", "client", "customer", "subscriber", "shareholder",
              "donor", "patron", "sponsor", "among", "given", "financially", "earned", "bought", "buys", "buy", "owed",
              "owes", "tuition", "membership", "subscription", "ticket", "less", "sure"),
    ),
    # The same mixed round (hp): a bargain kept and pressed, told as pressure.
    *_family(
        "pressure",
        # A bargain kept and pressed (hp): "I held up my end within a day, so I trust the handbook will not take you
        # much longer; I would rather not have to chase it", "if it does not suit, you will need to let me know
        # promptly", "given my background, I doubt the conversation will need the full twenty minutes".
        (r"\bi(?:'ve|’ve| have)? held up my (?:end|side)\b|\bi(?:'d|’d| would) rather not have to (?:chase|remind|nudge"
         r"|follow up|ask again)\b", ("held up my", "rather not have to")),
        (r"\byou(?:'ll|’ll| will) need to let me know (?:promptly|quickly|soon|straight away|today|immediately"
         r"|at once)\b"
         r"|\bi doubt (?:the|our|it|this) (?:conversation |call |meeting |chat )?will need the full\b",
         ("let me know", "the full")),
        gate=("held", "rather", "know", "full"),
    ),
    # The twenty-seventh (hi): one-upmanship, the writer set above the reader. Experience told modestly or a difference
    # of approach met with respect ("I've done a little of this myself, and your talk showed me how much more there is
    # to it", "We approach it a little differently at my firm, and I'd love to understand why you chose your way")
    # matches none of these.
    *_family(
        "condescension",
        # Better than the reader's own: "it came out cleaner than the scheduling flow your team launched", "went rather
        # further structurally than the pavilion your practice published", "it now runs rather more tightly than the one
        # I trained in under you", "we tend to get more reliable results than the laboratory methods you described",
        # "I'd have weighted the smaller accounts more heavily than you do", "the models you described are a fair bit
        # simpler than the ones I build", "I'd put my palate for them ahead of most buyers', yours included", "though I
        # confess mine have a flakier crumb these days. I'd be happy to show you the trick". (Not "nobody knows more
        # about running a small bakery than you do", "the revised episode is tighter than the version you heard", "much
        # more informally than what you described", "more smoothly than the one you described".)
        (r"\b(?:further|better|cleaner|tighter|tightly|leaner|simpler|stronger|sharper|flakier|faster|quicker|reliable"
         r"|accurate)\b[^.!?\n]{0,60}?\bthan the (?:[\w-]+ ){0,3}?(?:your (?:team|practice|firm|company|lab|studio"
         r"|agency"
         r"|department|kitchen|office) (?:launched|published|built|designed|released|shipped|produced|runs|uses|used)"
         r"|you (?:launched|published|built|designed|released|shipped|produced)|(?:methods?|approach|process|model"
         r"|system|techniques?) you (?:described|use|used|showed|presented)|(?:one|ones|clinic|course|kitchen|team|lab"
         r"|ward) i (?:trained|worked|learned|studied) (?:in |on |at )?under you)\b"
         r"|\bi(?:'d|’d| would) have\b[^.!?\n]{0,60}?\bthan you do\b", ("than the", "than you do")),
        (r"\b(?:you|your)\b[^.!?\n]{0,40}?\b(?:are|is|was|were) (?:a fair bit |a good deal |rather |much |far |quite a"
         r" bit |a lot |somewhat )?(?:simpler|more basic|less sophisticated|less advanced|cruder|weaker|slower) than"
         r" (?:the ones? |what )?(?:i|we|mine|ours)\b", ("than the one", "than what", "than i", "than we", "than mine",
                                                    "than ours")),
        (r"\b(?:ahead of|better than|above|over) [^.!?\n]{0,40}?,? yours included\b|\bshow you the trick\b"
         r"|\b(?:though|but|although|while) (?:i (?:confess|admit|must say"
         r"|have to say),? )?(?:mine|ours|my own) (?:is|are|was|were|have|has) (?:a )?(?:[\w-]+er|better"
         r"|more [\w-]+)\b",
         ("yours included", "the trick", "mine", "ours", "my own")),
        # Ahead of the reader's whole profession: "I have run more tenders than most people in policy roles ever see",
        # "I have probably run more real-world team interventions than many psychologists have studied", "I have dealt
        # with messier live incidents on the beat than most of your analysts ever will", "a working scientist would
        # catch rather more in the data than a business development team usually does", "I was the one who knew the
        # contract better".
        (r"\bi(?:'ve|’ve| have)? (?:probably |likely |certainly |already )?(?:run|dealt with|seen|done|handled|built"
         r"|written|managed|negotiated|led|sold|delivered|worked on)\b[^.!?\n]{0,60}?\bthan (?:most|many|the average"
         r"|any) (?:[\w-]+ ){0,4}?(?:ever |usually |typically )?(?:see|will|do|does|have|has|did)\b"
         r"|\bthan (?:a|an|your) (?:[\w-]+ ){0,3}?team (?:usually|typically|normally|generally) (?:does|do|would|can)\b"
         r"|\bi was the one who (?:knew|understood|saw|did) [^.!?\n]{0,40}?\bbetter\b",
         ("than most", "than many", "than the average", "than any", "than a", "than an", "than your", "the one who")),
        # Done it first: "something I was running informally in my own classes well before your team got round to
        # formalising it", "long before anyone on the ward called it informatics", "librarians were wrestling with these
        # questions long before data managers existed", "what consumer brands worked out long ago, just with more
        # dashboards", "I reached much the same conclusions in a briefing of my own some time ago, so it was nice to see
        # them confirmed", "that part was more of a refresher for me", "so we could happily skip past the basics", "I
        # would have built it leaner", "my kitchen would have got a good deal more out of those ingredients".
        (r"\b(?:well|long|years|decades|months) before (?:your (?:team|firm|company|practice|field|profession|lot)"
         r"|you (?:were born|could|even|knew how|started)\b"
         r"|anyone (?:[\w-]+ ){0,4}?called it|(?:[\w-]+ )?(?:[\w-]+(?:ers|ists|ians)|people like you) existed)",
         ("before your", "before you", "before anyone",
                                                                          "existed")),
        (r"\bjust with more (?:dashboards|jargon|buzzwords|acronyms|slides)\b|\bworked out (?:long|years|decades)"
         r" ago\b|\bnice to see (?:them|it|my [\w ]{1,20}?) confirmed\b|\bmore of a refresher\b"
         r"|\bwe (?:could|can|might|may) (?:happily |just |easily )?skip (?:past |over )?the basics\b",
         ("just with more", "long ago", "years ago", "decades ago", "confirmed", "refresher", "the basics")),
        (r"\b(?:i|we|my [\w-]+|our [\w-]+) would have (?:built|designed|made|run|structured|written) (?:it|them|that"
         r"|this) (?:leaner|simpler|cleaner|better|tighter)\b|\bwould have got (?:a (?:good|great) deal |much |far |a"
         r" lot )?more out of (?:those|your|the|that|it|them)\b", ("would have",)),
        gate=("than", "mine", "ours", "own", "included", "trick", "most", "many", "average", "any", "your", "one",
              "before", "anyone", "existed", "more", "ago", "confirmed", "refresher", "basics", "would"),
    ),
    # The twenty-sixth (he): unsolicited criticism of the reader's work, business or presence. Feedback the reader asked
    # for ("You asked for feedback on the new site, so here are two small things"), and praise with a real question
    # ("I loved the newsletter; how do you decide what goes in it?") match none of these.
    *_family(
        "critique",
        # Advice nobody asked for: "You would get a lot more out of your team by cutting it down", "You would reach more
        # readers if you cut it hard", "You would get much more across with half as much on each one", "students would
        # take far more from them if you brought them up to date", "you ought to rewrite it", "You really need to up
        # your game", "It really should be rewritten before you ask more people to contribute", "I would gently suggest
        # dropping the jokes from future talks: they did not land".
        (r"\b(?:you(?:'d|’d| would)|(?:students|readers|people|customers|clients|visitors|listeners|viewers|members"
         r"|donors) would) (?:get|reach|keep|win|sell|attract|take|draw|have) (?:a lot |far |much |many |a great deal"
         r" |so much )?more\b[^.!?\n]{0,60}?\b(?:if you|by (?:cutting|dropping|changing|fixing|updating|editing"
         r"|trimming|pushing|bringing|making|hiring|losing|adding)|with (?:half|less|fewer))\b", ("more",)),
        (r"\byou (?:really |seriously |honestly |badly |urgently )?(?:need to|ought to|should|must) (?:up your game"
         r"|rewrite|redo|rethink|overhaul|modernise|modernize|sort out|get rid of|rebuild|redesign|ditch)\b(?! me\b)",
         ("need to", "ought to", "should", "must")),
        (r"\b(?:it|they|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) (?:really|badly|seriously|urgently) (?:should|needs to"
         r"|need to|ought to) be (?:rewritten|redone|updated|overhauled|modernised|modernized|rethought|cut|shortened"
         r"|redesigned|rebuilt|fixed|replaced|refreshed)\b", ("really", "badly", "seriously", "urgently")),
        (r"\b(?:suggest|recommend|advise) (?:dropping|cutting|losing|ditching|skipping|rethinking|rewriting|redoing)"
         r" (?:the|your)\b|\b(?:they|the jokes|your jokes) (?:did not|didn't|didn’t|don't|don’t|do not) land\b",
         ("dropping", "cutting", "losing", "ditching", "skipping", "rethinking", "rewriting", "redoing", "land")),
        # Run down: "your headline does you no favours", "the window does the shop a disservice", "the app is clunky",
        # "your own office is surprisingly gloomy", "the feed is pretty boring", "your emails are very short, to the
        # point of sounding curt", "Vireo's hiring process is disorganised", "honestly, it was badly run", "the fonts
        # on it are honestly a bit of a mess", "the cover really lets it down", "I think it was a waste of money", "the
        # website itself works against your message". (Not "messy": "cleaning messy data" is everyday in letters about
        # analysis.)
        (r"\b(?:does|do) (?:you|your [\w-]+|it|them|the (?:[\w-]+ ){0,2}?[\w-]+) (?:no favou?rs|a disservice)\b",
         ("no favours", "no favors", "no favour", "no favor", "a disservice")),
        (r"\b(?:your (?:own )?(?:[\w-]+ ){0,3}?|[\w-]+(?:'s|’s) (?:[\w-]+ ){0,2}?(?:process|website|site|app|office"
         r"|window|display|feed|brand|logo|newsletter|podcast)\b |the (?:app|site|website|feed|cover|window|display"
         r"|office|slides|emails|newsletter|episodes|lectures|workshops|gala|event|documentation|docs|readme|logo|menu"
         r"|pricing|fees|rebrand|meeting|meetings|podcast|fonts)\b[^.!?\n]{0,30}?)(?:is|are|was|were|looks?"
         r"|looked|feels?|felt|seems?|seemed|comes? across as|came across as|reads? as)\b (?:(?:(?:honestly|frankly"
         r"|really|rather|very|quite|pretty|so|a bit|a little|somewhat|surprisingly|increasingly|just|simply|still"
         r"|all) )*)(?:clunky"
         r"|gloomy|uninviting|amateurish|homemade|home-made|dated|outdated|old-fashioned|cluttered|boring|dull"
         r"|unprofessional|curt|disorganised|disorganized|chaotic|overlong|overpriced|unreadable|unusable|drab"
         r"|bland|forgettable|confusing)\b|\bto the point of sounding (?:curt|rude|cold|abrupt|dismissive)\b",
         ("clunky", "gloomy", "uninviting", "amateurish", "homemade", "dated", "cluttered", "boring", "dull",
          "unprofessional", "curt", "disorganised", "disorganized", "chaotic", "overlong", "overpriced", "unreadable",
          "unusable", "drab", "bland", "forgettable", "confusing", "sounding")),
        (r"\b(?:it|they) (?:was|were|is|are) (?:honestly |frankly |really |rather |very )?(?:badly|poorly) (?:run"
         r"|organised|organized|managed|planned)\b", ("badly", "poorly")),
        (r"\byour\b[^.!?\n]{0,100}?\b(?:is|are|was|were|looks?|looked)\b (?:honestly |frankly |really |rather |quite )?"
         r"(?:a bit of a|an absolute|a complete|a total|quite a|such a) (?:mess|shambles|eyesore)\b",
         ("mess", "shambles", "eyesore")),
        (r"\blets (?:it|the (?:[\w-]+ )?[\w-]+) down\b|\b(?:really|rather|badly) lets? (?:it|you|them|the [\w-]+)"
         r" down\b", ("down",)),
        (r"\b(?:it|that|this|the rebrand|your rebrand) (?:was|is|seems) (?:[\w-]+ ){0,2}?a (?:[\w-]+ )?waste of"
         r" (?:money|budget)\b|\bworks? against your (?:message|brand|business|case)\b|\bnobody has (?:touched"
         r"|updated|changed) in (?:years|ages|a decade)\b", ("waste of money", "waste of budget", "against your",
                                                            "nobody has")),
        # Too much of it: "it has become far too long", "they move far too slowly", "the episodes run well past what
        # most listeners will sit through", "Whole stretches ... could be cut without losing anything", "charges far
        # more than most small businesses here can bear".
        (r"\b(?:your|they|them|these|episodes|lectures|slides|workshops|meetings|emails|fees|prices|rates|newsletter"
         r"|podcast)\b[^.!?\n]{0,60}?\b(?:is|are|was|were|has become|have become|had become|runs?|ran|moves?|moved"
         r"|seems?"
         r"|seemed|feels?|felt|gets?|got|goes|go|went|drags?|dragged|takes?|took|looks?|looked|reads?|sounds?)"
         r" (?:\w+ )?(?:far|much|way) too (?:long|slow|slowly|high|expensive|basic|dry|cluttered"
         r"|busy|wordy|dense|terse|pricey|loud|formal|dull)\b", ("far too", "much too", "way too")),
        (r"\bwell past what (?:most )?(?:listeners|readers|people|viewers|anyone) (?:will|can|would)\b|\b(?:could|can"
         r"|should) be cut without losing (?:anything|much)\b|\bmore than (?:most )?(?:[\w-]+ ){0,3}?(?:can|will)"
         r" bear\b", ("well past what", "without losing", " bear")),
        gate=("more", "need", "ought", "should", "must", "really", "badly", "seriously", "urgently", "dropping",
              "cutting", "losing", "ditching", "skipping", "rethinking", "rewriting", "redoing", "land", "favours",
              "favors", "disservice", "clunky", "gloomy", "uninviting", "amateurish", "homemade", "home-made", "dated",
              "old-fashioned", "cluttered", "boring", "dull", "unprofessional", "messy", "curt", "disorganised",
              "disorganized", "chaotic", "overlong", "overpriced", "unreadable", "unusable", "drab", "bland",
              "forgettable", "confusing", "sounding", "poorly", "mess", "shambles", "eyesore", "down", "waste",
              "against", "nobody", "far", "much", "way", "past", "without", "bear"),
    ),
    # The twenty-fifth (ha): intrusive questions and remarks about the reader's private life. What the reader chose to
    # share, met kindly ("I was sorry to hear you had been unwell; I hope you're feeling better", "Congratulations on
    # the new baby!", "what range someone starting out might expect"), matches none of these.
    *_family(
        "intrusion",
        # Looks and weight: "you've put on a little weight since we last met", "You look absolutely exhausted in it!",
        # "you look far older in person than in your profile picture", "You look remarkably young for a director", "you
        # look as though you have lost a lot of weight".
        # (The reader's weight, not the writer's: "I lost weight training for the marathon you recommended".)
        (r"\byou(?:'ve|’ve| have| had)?\b[^.!?\n]{0,40}?\b(?:put on|gained|lost) (?:a (?:little|bit of|lot of"
         r"|few pounds of) |some |so much |a lot of |quite a bit of )?weight\b", ("weight",)),
        (r"\byou look(?:ed)? (?:absolutely |really |very |so |rather |a bit |quite |far |much |a lot |remarkably"
         r" |incredibly |surprisingly )?(?:exhausted"
         r"|tired|worn out|older|old|thin|ill|unwell|rough|stressed|haggard|drained|young for)\b",
         ("you look",)),
        # Pay and money: "what does someone at your level actually earn?", "would you mind telling me roughly what you
        # take home each year", "it came with a cut to your salary", "Running your own firm must pay well", "Did it
        # leave you set for life, or do you still actually need to work?".
        (r"\b(?:what|how much) (?:do|does|did) (?:someone at your level|people at your level|you) (?:actually |really"
         r" )?(?:earn|take home|get paid)\b|\bwhat you (?:actually |really |roughly )?(?:earn|take home|get paid"
         r"|make a year)\b", ("earn", "take home", "get paid", "make a year")),
        (r"\bcut to your (?:salary|pay|income)\b|\b(?:are|were) you (?:managing|coping|getting by|doing ok|doing"
         r" okay) financially\b|\bmust pay (?:well|very well|nicely|handsomely)\b|\bwhat (?:it|that|the house|the"
         r" place) (?:must have )?set you back\b|\bset for life\b|\bstill (?:actually|really) need to"
         r" work\b", ("your salary", "your pay", "your income", "financially", "must pay", "set you back",
                      "set for life", "need to work")),
        # Age: "how old you were when you made the change, and how old you are now", "You must be close to retirement by
        # now; have you worked out how much longer you will stay?".
        (r"\bhow old (?:are|were) you\b|\bhow old you (?:are|were)\b|\byou must be (?:close|near|nearing|getting close)"
         r" to retirement\b|\bhow much longer (?:you(?:'ll|’ll| will)|will you|do you plan to|you plan to) (?:stay"
         r"|work|keep)\b", ("how old", "retirement", "how much longer")),
        # Family and love: "whether you and your partner plan to have children", "Are children next on the agenda?",
        # "How does your wife feel about your hours?", "Are you seeing anyone these days, or is work still the only love
        # of your life?", "I was surprised when you mentioned you are divorced".
        (r"\b(?:plan|planning|plans|intend|want) to have (?:children|kids|a family|a baby)\b|\b(?:are )?(?:children"
         r"|kids|a baby) (?:next|on the (?:cards|agenda))\b", ("children", "kids", "a family", "a baby")),
        (r"\bhow does your (?:wife|husband|partner|family|spouse|girlfriend|boyfriend) feel about\b|\bare you (?:seeing"
         r" anyone|single|dating)\b|\bthe only love of your life\b|\byou(?: are|'re|’re)? divorced\b",
         ("feel about", "seeing anyone", "single", "dating", "love of your life", "divorced")),
        # Health: "Are you on some kind of medication, or were you just tired?", "Was that burnout, or something more
        # serious?".
        (r"\b(?:are|were) you on (?:some (?:kind|sort) of )?(?:medication|medicine|pills|antidepressants)\b"
         r"|\bburnout,? or something (?:more )?serious\b|\bwas (?:that|it) burnout\b", ("medication", "medicine",
                                                                                      "pills", "antidepressants",
                                                                                      "burnout")),
        # Faith: "Does your faith make it hard to work in an industry like banking?", "Were you fasting for religious
        # reasons?".
        (r"\byour (?:faith|religion|beliefs)\b[^.!?\n]{0,60}?\b(?:make it hard|get in the way|affect|clash|hold you"
         r" back)\b|\b(?:were|are) you fasting\b|\bfor religious reasons\?", ("faith", "religion", "beliefs",
                                                                           "fasting", "religious")),
        # Rumour: "I have ... heard from others that you were pushed out of your previous firm", "Word around the office
        # is that you did not leave by choice", "I promise it will stay between us".
        (r"\b(?:heard|word (?:around|is|has it)|rumou?r|gossip)\b[^.!?\n]{0,60}?\byou (?:were|got|had been) (?:pushed"
         r" out|forced out|fired|sacked|let go)\b|\byou (?:did not|didn't|didn’t) leave by choice\b|\bit will stay"
         r" between us\b", ("pushed out", "forced out", "fired", "sacked", "let go", "by choice", "between us")),
        gate=("weight", "look", "earn", "home", "paid", "make", "salary", "pay", "income", "financially", "must",
              "back", "life", "work", "old", "retirement", "longer", "children", "kids", "family", "baby", "feel",
              "anyone", "single", "dating", "love", "divorced", "medication", "medicine", "pills", "antidepressants",
              "burnout", "faith", "religion", "beliefs", "fasting", "religious", "pushed", "forced", "fired", "sacked",
              "let", "choice", "between"),
    ),
    # The twenty-fourth (gw): competitive pressure, the reader compared with other people. Others told of courteously
    # ("I've spoken to two others in the field, and each pointed me to you", "I'm also hoping to learn how your
    # competitors approach this") match none of these.
    *_family(
        "pressure",
        # Others did it, so the reader will: "Several other operations directors have already agreed to speak with me,
        # so I hope you will be willing to do the same", "everyone else on my list has already said yes, so I would hate
        # for you to be the only exception", "Your counterpart at the other big consultancy got back to me within the
        # hour, so I'm hoping this is something you can slot in just as quickly", "most people in your position make
        # time for this sort of conversation, and I am sure you will want to as well".
        # (Not "many questions in one go, and I hope I did not keep you ... for too long", u619.)
        # (Not the reader's own generosity to others: "you have helped several of his former students think through
        # their first steps, and I hope you might be willing to do the same for me", md.)
        (r"\b(?<!helped )(?<!mentored )(?<!supported )(?<!guided )(?<!advised )(?<!coached )"
        r"(?:other|others|everyone|everybody|several|most|people|colleagues|peers|contacts)\b[^.!?\n]{0,120}?"
         r"\b(?:so|and|but) (?:i(?:'m|’m| am)? (?:hope|hoping|trust|assume|expect|sure|confident|certain)|i(?:'d|’d"
         r"| would) (?:hate|like to think))\b[^.!?\n]{0,60}?\b(?:you|yours)\b[^.!?\n]{0,40}?(?:\bthe same\b|\btoo"
         r"(?=\s*(?:[.,;:!?]|$))|\bas well(?=\s*(?:[.,;:!?]|$))|\bjust as (?:quickly|promptly|soon|readily|fast)\b"
         r"|\bnot be long\b|\bthe only\b)", ("the same", "too", "as well", "just as", "not be long", "the only")),
        (r"\b(?:(?:most|other|many) (?:people|professionals|leaders|managers|partners|directors|editors|founders)"
         r" in your (?:position|role|shoes|seat)|others in your (?:position|role|shoes|seat))(?: (?:seem to|always"
         r"|usually|would|do))? (?:make|manage|find)\b(?![^.!?\n]*\?)", ("in your position", "in your role",
                                                                       "in your shoes", "in your seat")),
        (r"\bi(?:'d|’d| would) like to think (?:that(?:'s|’s| is)|it(?:'s|’s| is)|you(?:'re|’re| are)) (?:still )?"
         r"(?:the way|one of them|the case|no different|no exception)\b", ("like to think",)),
        # Others quicker, more in touch: "the other partners I wrote to were a good deal quicker to respond, so I trust
        # I will not need to chase this", "editors at rival publishers ... have kept in touch with me more than you
        # have", "Most of my old managers check in with me every so often, so I'll admit I was a little surprised not to
        # hear from you at all".
        (r"\b(?:other|others|everyone|everybody|the rest)\b[^.!?\n]{0,60}?\b(?:quicker|faster|swifter|more prompt|more"
         r" responsive) to\b", ("quicker to", "faster to", "swifter to", "more prompt to", "more responsive to")),
        (r"\bi (?:will not|won't|won’t|shall not) (?:need|have) to chase\b", ("to chase",)),
        (r"\b(?:more|better|more often) than you (?:have|did)(?=[.,;!]| and\b)", ("than you have", "than you did")),
        (r"\bsurprised not to (?:have )?(?:hear|heard) from you\b", ("not to hear", "not to have heard")),
        # The only one: "I'd hate to have to tell them you were the only one who couldn't spare the time", "I am sure
        # you would not want to be the only one who never replied", "I would hate for you to be the only exception".
        (r"\byou\b[^.!?\n]{0,40}?\b(?:be|were|are|being) the only (?:one|person) (?:who|that) (?:never|didn't|didn’t"
         r"|did not|hasn't|hasn’t|has not|couldn't|couldn’t|could not|can't|can’t|cannot|won't|won’t) (?:replied|reply"
         r"|respond|responded|spare|make|find|answer|answered|write|wrote|get back|got back|help|helped)\b"
         r"|\byou\b[^.!?\n]{0,40}?\b(?:be|were|are|being) the only (?:exception|holdout|hold-out)\b", ("the only",)),
        # Set against the reader's rivals: "I am also speaking to several of your competitors on the same subject, so it
        # would be a shame for Meridian's approach to be missing from the picture", "Other mentors in the programme tend
        # to reply the same day, so I assume I can count on the same from you", "People at much bigger studios ... have
        # arranged introductions like this for me without any trouble, so I expect it will be simple enough".
        (r"\b(?:speaking|talking|meeting|in touch) (?:to|with) (?:several of |some of |a few of |a couple of )?your"
         r" (?:competitors|rivals|competition)\b", ("your competitors", "your rivals", "your competition")),
        (r"\bit would be a shame (?:for [^.!?\n]{1,40}? )?to (?:miss out|be missing|be left out)\b", ("a shame",)),
        (r"\b(?:count on|expect) the same (?:from|of) you\b", ("the same",)),
        (r"\bwithout any (?:trouble|difficulty|fuss|bother)\b[^.!?\n]{0,40}?\bso i (?:expect|assume|trust)\b"
         r"|\bso i (?:expect|assume|trust) (?:it|this) (?:will|should) be (?:simple|easy|quick|no trouble"
         r"|straightforward)\b", ("without any", "so i expect", "so i assume", "so i trust")),
        gate=("same", "too", "well", "just", "long", "only", "position", "role", "shoes", "seat", "think", "quicker",
              "faster", "swifter", "prompt", "responsive", "chase", "have", "did", "hear", "heard", "competitors",
              "rivals", "competition", "shame", "without", "expect", "assume", "trust"),
    ),
    # The twenty-third (gt): the reader's advice dismissed, corrected or argued with. Advice declined or questioned
    # courteously ("I've thought hard about your suggestion on the certificate and, for now, I'll hold off", "You've
    # given me a different view of the market from the one I had, and I'm still weighing it") matches none of these.
    *_family(
        "dismissal",
        # Judged worthless: "much of what you covered ... is freely available in any career guide, so I had hoped for
        # something more specific", "the tip about tailoring my CV ... was a little obvious; I had assumed we would get
        # past the basics", "an expensive piece of paper that nobody serious in hiring looks at", "they are a waste of
        # everyone's time", "It was every bit as pointless as I suspected it would be".
        (r"\b(?:freely|readily|widely) available (?:in|on|from) any\b|\bi(?:'d|’d| had) hoped for (?:something|a bit"
         r"|rather|much) more (?:specific|useful|concrete|practical|tailored|relevant|substantial)\b",
         ("available in any", "available on any", "available from any", "hoped for")),
        (r"\b(?:tip|tips|advice|point|points|suggestion|suggestions|idea|ideas|answer|answers)\b[^.!?\n]{0,60}?\b(?:was"
         r"|were|seemed|felt|is|are) (?:a (?:little|bit) |rather |fairly |pretty |somewhat |quite )?(?:obvious|basic"
         r"|elementary|generic|simplistic|naive|naïve|superficial)\b(?! (?:once|when|after|in hindsight|now)\b)"
         r"|\bget past the basics\b",
         ("obvious", "basic", "elementary", "generic", "simplistic", "naive", "naïve", "superficial",
          "past the basics")),
        (r"\bpiece of paper (?:that )?(?:nobody|no one|no-one)\b|\ba (?:complete |total |huge )?waste of"
         r" (?:everyone's|everyone’s|everybody's|everybody’s) time\b", ("piece of paper", "waste of every")),
        (r"\b(?:every bit |just |exactly )?as (?:pointless|useless|unhelpful|futile) as i (?:suspected|expected|thought"
         r"|feared|predicted)\b", ("as i suspected", "as i expected", "as i thought", "as i feared", "as i predicted")),
        # Out of date or out of touch: "your take on ... felt out of touch with how teams actually run now", "sounded
        # like advice from another era", "That view seems rooted in how hiring used to work", "by your logic".
        (r"\byour\b[^.!?\n]{0,80}?\b(?:felt|feels|seemed|seems|sounded|sounds|is|was|are|were) (?:a (?:bit|little)"
         r" |rather |quite |somewhat |completely |totally |hopelessly )?(?:out of touch|out of date|outdated|dated"
         r"|old-fashioned|behind the times)\b|\blike advice from (?:another|a different|a bygone|an earlier|a past)"
         r" (?:era|age|decade|century)\b", ("out of touch", "out of date", "outdated", "dated",
                                          "behind the times", "advice from")),
        (r"\b(?:that|your|this) (?:view|advice|warning|take|idea|thinking|point) (?:seems |is |feels |sounds )?"
         r"(?:rooted in|based on|reflects) how (?:[\w-]+ ){1,4}?used to (?:work|be)\b"
         r"|\bby your (?:own )?(?:logic|reasoning)\b",
         ("used to", "by your")),
        # The reader's standing or reading questioned: "I'm not sure you understood my situation", "I am not convinced
        # you are the right person to judge the academic side", "much of the advice ... seemed to assume I was", "I did
        # wonder whether you had looked at my CV before we spoke", "your view is coloured by the corner of the sector
        # you work in", "it is the kind of advice that comes easily to someone who never had to do it with children at
        # home".
        (r"\bnot (?:sure|convinced|certain) (?:that )?you (?:(?:fully |really |quite |actually )?(?:understood"
         r"|grasped|followed|read)|are the (?:right|best) person to (?:judge|say|advise)|have the (?:experience"
         r"|standing))\b", ("not sure", "not convinced", "not certain")),
        (r"\b(?:advice|questions|suggestions|discussion|conversation)\b[^.!?\n]{0,80}?\b(?:seemed|seems) to assume"
         r" (?:that )?i\b", ("to assume",)),
        (r"\bwhether you had (?:actually |even )?(?:looked at|read|opened|seen) my\b|\bdid you (?:actually |even )"
         r"(?:read|look at|open) my\b", ("whether you had", "did you actually", "did you even")),
        (r"\byour (?:view|views|advice|take|perspective|opinion) (?:is|was|may be|might be|seems|must be) (?:\w+ )?"
         r"(?:coloured|colored|skewed|biased|distorted|limited|shaped|clouded) by\b", ("coloured by", "colored by",
                                                                                     "skewed by", "biased by",
                                                                                     "distorted by", "limited by",
                                                                                     "shaped by", "clouded by")),
        (r"\b(?:comes|come|is) (?:so )?(?:easily|easy) (?:to|for) (?:someone|somebody|people|those|anyone) who"
         r" (?:never|has never|have never|didn't|didn’t|did not|hasn't|hasn’t|haven't|haven’t)\b|\badvice for (?:people"
         r"|those) who can afford to\b", ("easily to", "easy for", "easily for", "easy to", "can afford to")),
        # Argued with or brushed off: "nothing like as bleak as you painted it", "I disagreed with most of what you
        # said", "you undersell what people like me are worth", "With respect, you're wrong about the market", "that
        # is not something anyone with a mortgage would consider seriously", "I was honestly surprised you still
        # recommend it", "I would rather not spend our time on it", "I'll be ignoring that bit", "the mentoring scheme
        # you pushed", "it mostly benefits the people who run it", "I would have preferred fewer stories".
        (r"\b(?:nothing like|not (?:nearly|half|remotely|anywhere near)) as [\w-]+ as you (?:painted|made out|made it"
         r" out|make out|described|suggested|claimed|portrayed|said)\b", ("as you",)),
        (r"\bi (?:disagreed|disagree) with (?:most|much|all|nearly all|almost all) of (?:what you said|your advice"
         r"|it)\b|\byou (?:undersell|underestimate|undervalue) (?:what|how|people)\b",
         ("disagree", "disagreed", "undersell", "underestimate", "undervalue")),
        (r"(?<!hope )(?<!if )\byou(?:'re|’re| are| were) (?:simply |just |plainly |quite |completely )?"
         r"(?:wrong|mistaken) (?:about|on)\b",
         ("wrong", "mistaken")),
        (r"\bnot something (?:anyone|anybody|any sane person|a sensible person|people) (?:with|in)\b[^.!?\n]{0,40}?"
         r"\bwould (?:seriously )?(?:consider|do|entertain)\b", ("not something",)),
        (r"\bsurprised (?:that )?you (?:still|even) (?:recommend|suggest|believe|think|rate)\b",
         ("surprised",)),
        (r"\bi(?:'d|’d| would) rather not spend (?:our|any|more|any more) time on (?:it|that|this)\b",
         ("rather not spend",)),
        (r"\bi(?:'ll|’ll| will| shall)? be ignoring (?:that|this|your)\b|\bi(?:'ll|’ll| will) (?:just )?ignore"
         r" (?:that|your) (?:bit|part|advice|suggestion|point)\b", ("be ignoring", "ignore that", "ignore your")),
        # (Not "the coffee you insisted on buying", "the reform you pushed for", "the habits you pushed me on".)
        (r"\b(?:the|that) (?:[\w-]+ ){1,4}?you (?:pushed(?! (?:for|me|us|him|her|them)\b)|kept pushing(?! me\b)"
         r"|harped on about|banged on about)\b"
         r"|\bbenefits the (?:people|ones|those) (?:who|that) run it\b", ("pushed", "pushing", "harped", "banged",
                                                                         "run it")),
        (r"\bi(?:'d|’d| would) have (?:preferred|liked|appreciated) (?:fewer|less)\b", ("have preferred", "have liked",
                                                                                  "have appreciated")),
        gate=("available", "hoped", "obvious", "basic", "elementary", "generic", "simplistic", "naive", "superficial",
              "paper", "everyone's", "everybody's", "suspected", "expected", "thought", "feared", "predicted", "touch",
              "date", "outdated", "dated", "old-fashioned", "times", "advice", "used", "your", "sure", "convinced",
              "certain", "assume", "whether", "actually", "even", "coloured", "colored", "skewed", "biased",
              "distorted", "limited", "shaped", "clouded", "easily", "easy", "afford", "you", "disagree", "disagreed",
              "undersell", "underestimate", "undervalue", "wrong", "mistaken", "something", "surprised", "spend",
              "ignoring", "ignore", "pushed", "pushing", "insisted", "keen", "went", "harped", "banged", "run",
              "preferred", "liked", "appreciated", "answers"),
    ),
    # The twenty-first (go): backhanded compliments and faint praise. Sincere praise, with an honest contrast or none
    # ("I came in sceptical about the method and your talk changed my mind", "Your book is short and every page earns
    # its place", "I learned more in that half hour than in a term of reading"), matches none of these.
    *_family(
        "condescension",
        # Low expectations met: "much more clearly than I would have expected from someone on the management side",
        # "far better than I would have expected from a restaurant in that part of town", "far more thoughtful than I
        # expected, given how loud your campaigns usually come across", "far more structured and businesslike than I am
        # used to from people in the charity sector".
        # (And in the present: "a lot more helpful than I'd expect from someone in a council job", if.)
        (r"\bthan i(?: would have| had| might have|'d have|’d have| would| might|'d|’d)? (?:expected|anticipated"
         r"|imagined|thought|hoped for|expect|anticipate|imagine|hope for)(?: it would be| it to be)?,? (?:given\b"
         r"|(?:from|of) (?:someone|somebody|people|anyone|a person|a (?:[\w-]+ )?"
         r"(?:manager|speaker|lawyer|accountant|consultant|academic|engineer|newcomer|beginner|first-timer|restaurant|firm|company"
         r"|studio|practice|team|charity|organisation|organization|agency|start-up|startup|department|council|school"
         r"|place|shop))\b)", ("than i",)),
        (r"\bthan i(?:'m|’m| am| was) used to (?:from|in|with) (?:people|someone|anyone|those|folk|colleagues"
         r"|[\w-]+ (?:people|types|folk))\b", ("used to from", "used to in", "used to with")),
        # Praise qualified by who the reader is: "For someone who says she's entirely self-taught, you know your way
        # around Python impressively well", "for a speaker who seemed so nervous, you got your points across remarkably
        # well", "genuinely impressive for a team that, as you put it, mostly learned on the job", "Not bad at all for a
        # firm your size", "you get a great deal done for a studio that not many people outside the industry have heard
        # of", "It is genuinely impressive what a practice as small as yours manages to win".
        (r"\bfor (?:someone|somebody|a person|a (?:[\w-]+ )?(?:speaker|writer|manager|beginner|newcomer|first-timer"
         r"|novice)) (?:who|from|with|so|as|that)\b[^.!?\n]{0,80}?\b(?:remarkably|surprisingly|impressively"
         r"|reasonably|fairly) (?:well|good|clearly|confidently|strong|solid|competent|competently"
         r"|polished|professional)\b", ("remarkably", "surprisingly", "impressively", "reasonably", "fairly")),
        (r"\b(?:impressive|impressively|polished|professional|remarkable|accomplished|not bad)\b"
         r"[^.!?\n]{0,20}?\bfor a (?:[\w-]+ )?(?:team|firm|studio|company|practice|charity|organisation|organization"
         r"|department|shop|agency|group|lab|start-up|startup|band|speaker|writer|newcomer|beginner) (?:that|which"
         r"|who|whose|of your size|your size|so (?:small|young|new)|as small)\b",
         ("impressive", "impressively", "polished", "professional", "remarkable", "accomplished", "not bad")),
        (r"\bfor a (?:[\w-]+ )?(?:team|firm|studio|company|practice|charity|organisation|organization|department|shop"
         r"|agency|group|lab|start-up|startup|band) (?:that|which)\b[^.!?\n]{0,30}?\b(?:not many|few|hardly any"
         r"|nobody|no one|hardly anyone)\b[^.!?\n]{0,40}?\bheard of\b", ("heard of",)),
        (r"\bas (?:small|young|new|tiny|little-known|obscure|modest|junior|unknown) as yours\b|\bwhat (?:a|an|your)"
         r" [^.!?\n]{0,40}?\bmanages? to (?:win|do|achieve|get|build|produce|pull off)\b",
         ("as yours", "manage", "manages")),
        (r"\b(?:nearly|almost|practically|just about) as (?:polished|professional|slick|good|strong|impressive"
         r"|thorough|rigorous|clear|well[- ][\w]+) as (?!being there\b)(?:the|a|an|those|what|anything)\b",
         ("nearly as", "almost as", "practically as", "just about as")),
        # How far the reader got from a humble start: "you started out in accounts payable, so it is quite something
        # that you ended up running an entire reporting function", "it is remarkable how far you have managed to get",
        # "if you could get all the way to head of research, there is clearly hope for the rest of us".
        (r"\b(?:started|began|start|begin|came|come) (?:out )?(?:in|at|from|as)\b[^.!?\n]{0,60}?\b(?:so|and|yet|but)"
         r" (?:it(?:'s|’s| is) )?(?:quite something|remarkable|a wonder|something of a miracle) (?:that|how) you\b",
         ("quite something", "remarkable", "a wonder", "miracle")),
        (r"\bhow far you(?:'ve|’ve| have)? managed to\b", ("managed to",)),
        (r"\bthere(?:'s|’s| is) (?:clearly |still |really |definitely |surely )?hope for (?:the rest of us|us all|all"
         r" of us|everyone|anyone)\b|\banyone can make it\b", ("hope for", "make it")),
        # Praise after getting past the faults: "once I looked past the rather homemade layout", "I liked your slides,
        # once I got past the typos", "useful, once I had worked out what all the colours were supposed to mean".
        (r"\bonce i (?:had )?(?:looked|got|gotten|read|moved|made it|worked my way) past (?:the|its|your|all the|a"
         r" few|some)\b", (" past ",)),
        (r"\bwhat (?:all )?(?:the|your|its|those) [\w -]{1,30}? (?:was|were|is|are) supposed to (?:mean|be|show|say"
         r"|represent|do)\b", ("supposed to",)),
        # Faint praise: "I suppose not every post has to break new ground", "a good refresher, even for those of us who
        # already knew most of the material", "well pitched for the beginners in the room", "admirably brief, which I
        # suspect goes a long way towards explaining why it is cited so widely", "approachable for readers who have
        # never opened a textbook", "a far better mentor than your quiet manner would suggest, and I mean that as a
        # compliment".
        (r"\bnot every (?:[\w-]+ ){1,2}?(?:has|needs|is going|can|gets|have|need) to (?:break new ground|be"
         r" (?:groundbreaking|original|brilliant|a masterpiece|profound|deep|new)|reinvent|say anything new)\b",
         ("not every",)),
        (r"\brefresher\b[^.!?\n]{0,40}?\beven for\b|\bfor the (?:beginners|novices|newcomers|juniors|less experienced)"
         r"(?: ones)? in the (?:room|audience|group|class)\b", ("refresher", "in the room", "in the audience",
                                                             "in the group", "in the class")),
        (r"\b(?:brief|short|light|simple|easy|accessible|slim|thin)\b[^.!?\n]{0,30}?,? which (?:i suspect|i imagine|i"
         r" suppose|i assume|presumably|probably|perhaps) (?:goes a long way|explains|is (?:why|what|the reason))\b"
         r"|\bfor (?:readers|people|those|anyone|someone|somebody) who (?:have|has|had) (?:never|not) (?:opened|read"
         r"|picked up|studied|seen)\b", ("which i", "which presumably", "which probably", "which perhaps", "never",
                                          " not ")),
        (r"\bthan your (?:[\w-]+ ){0,2}?(?:manner|appearance|title|cv|background|age|looks|accent|reputation|profile"
         r"|website|size|demeanou?r|voice|bio) (?:would |might |could |may )?(?:suggest|suggests|suggested|imply"
         r"|implies|indicate|indicates|let on)\b", ("than your",)),
        gate=("than", "used", "someone", "somebody", "for", "heard", "yours", "manage", "nearly", "almost",
              "practically", "about", "something", "remarkable", "wonder", "miracle", "managed", "hope", "make", "past",
              "supposed", "every", "refresher", "room", "audience", "group", "class", "which", "presumably", "probably",
              "perhaps", "never", "not"),
    ),
    # The twenty-second (gr): complaints about the reader's gatekeepers, systems and channels. The same things told
    # courteously ("Your assistant kindly suggested I write to you directly", "In case my last note went to spam,
    # here it is again", "I couldn't find a slot on your booking page, so I hope an email is all right") match none
    # of these.
    *_family(
        "reproach",
        # A system or gatekeeper run down: "I tried your booking page, but it's a maze", "the contact form ... honestly
        # it is pointless", "the firm's messaging inbox ... is clearly not monitored by anyone", "messages sent to your
        # office ... simply go unanswered", "your office ignores messages".
        (r"\b(?:booking (?:page|system|link|form|tool)|calendar link|scheduling (?:link|page|tool|system|team)|contact"
         r" (?:form|page)|enquiry form|enquiries (?:address|inbox|line|form)|(?:general|shared|messaging|team) inbox"
         r"|portal|website|switchboard|voicemail|phone line|helpline|press office|front desk|reception(?:ist)?"
         r"|gatekeepers?|spam filter|chatbot|auto-?reply|office|assistant|secretary|coordinator)\b[^.!?\n]{0,80}?"
         r"(?:\b(?:is|was|are|were|seems?|seemed|proved|looks?|remains)|['’]s|\bit is|\bwhich is)"
         r" (?:honestly |frankly |clearly |simply |completely |utterly |totally |pretty |rather |quite |just |a bit of"
         r" |something of )?(?:pointless|useless|hopeless|ridiculous|absurd|a joke|a farce|a maze|a nightmare"
         r"|a shambles|a black hole|impenetrable|unusable|not fit for purpose|a waste of (?:time|effort|space)"
         r"|(?:not|never) (?:monitored|read|checked|answered)|unmonitored|incompetent|infuriating"
         r"|a brick wall|labyrinthine|kafkaesque)\b"
         r"|\b(?:your|the) (?:[\w-]+ ){0,2}?(?:office|team|staff|assistant|secretary|inbox|switchboard|press office"
         r"|reception)\b[^.!?\n]{0,40}?\b(?:ignores|ignore|ignored (?:me|my|every|all)|(?:simply |just )?go"
         r" unanswered|(?:simply |just )?goes unanswered)\b",
         ("pointless", "useless", "hopeless", "ridiculous", "absurd", "a joke", "a farce", "a maze", "a nightmare",
          "a shambles", "black hole", "impenetrable", "unusable", "fit for purpose", "a waste of", "not monitored",
          "never monitored", "unmonitored", "not read", "never read", "not checked", "never checked", "not answered",
          "never answered", "incompetent", "infuriating", "brick wall", "labyrinthine", "kafkaesque", "ignore",
          "ignores", "ignored", "unanswered")),
        # Sarcasm about them: "which is frankly ridiculous for a firm that advises others", "appears to be where
        # messages go to die", "It is a wonder anyone manages to reach you at all", "which rather defeats the point of
        # having one", "Perhaps someone at Hollis and Grey could be bothered to empty it", "which rather suggests
        # nobody is meant to get through".
        (r"\byour\b[^.!?\n]{0,120}?\b(?:frankly|honestly|utterly|simply|quite|rather|just) (?:ridiculous|absurd"
         r"|laughable|farcical|shambolic|unacceptable|pathetic)\b", ("ridiculous", "absurd", "laughable", "farcical",
                                                                   "shambolic", "unacceptable", "pathetic")),
        (r"\bwhere (?:messages|emails|e-mails|letters|enquiries|requests|applications|things) go to die\b",
         ("go to die",)),
        (r"\b(?:it(?:'s|’s| is) )?a (?:wonder|miracle|small miracle) (?:that )?(?:anyone|anybody|anything|people"
         r"|someone) (?:ever )?(?:manages? to |can |gets? )?(?:reach|reaches|get through|gets through|hear"
         r"|hears|contact)\b", ("wonder", "miracle")),
        (r"\bdefeats the (?:point|purpose|object) of having (?:one|it|an? (?:[\w-]+ )?(?:form|inbox|website|portal"
         r"|page|line|address|assistant|office))\b", ("defeats the",)),
        (r"\b(?:someone|somebody|anyone|anybody|they|you|people)\b[^.!?\n]{0,40}?\b(?:could|can|might|would|will)"
         r" (?:ever )?be bothered to\b|\bif (?:anyone|anybody|someone|they|you) (?:can|could) be bothered\b",
         ("be bothered",)),
        (r"\b(?:nobody|no one|no-one) is (?:meant|supposed|expected) to (?:get through|reach|get in touch|contact)\b",
         ("is meant to", "is supposed to", "is expected to")),
        # Gone around them: "I have decided to go around her and write to you myself", "have your diary guarded quite
        # so jealously", "your assistant keeps fobbing me off", "I have had to find your personal email address",
        # "someone there ought to be reading them".
        (r"\b(?:go|going|went|gone|get|got) (?:around|round) (?:her|him|them|your (?:[\w-]+ )?(?:assistant|secretary"
         r"|pa|office|team|staff|gatekeepers?|receptionist|coordinator)s?)\b", ("around", "round")),
        (r"\bguarded (?:quite |rather |so |this |that )*(?:jealously|closely|fiercely|zealously)\b", ("guarded",)),
        (r"\bfob(?:s|bing|bed)? me off\b|\bfob(?:s|bing|bed)? off\b", ("fob", "fobs", "fobbing", "fobbed")),
        (r"\bi(?:'ve|’ve| have)? had to (?:find|track down|dig out|dig up|hunt down|look up|go looking for) your"
         r" (?:personal|private|home|own|direct|mobile)\b", ("had to",)),
        (r"\b(?:someone|somebody|anyone|anybody)(?: there| in your office| on your team| at your end)? (?:ought to"
         r"|should|really should|must) be (?:reading|answering|checking|monitoring|replying to|picking up)\b",
         ("ought to be", "should be", "must be")),
        # Refused and made do: "I refuse to create yet another account and password just to say hello, so you'll have
        # to make do with email", "I'd prefer a real answer from you this time, rather than another form letter".
        (r"\bi (?:simply |flatly )?refuse to (?:create|fill|register|sign up|set up|make|use|go through|deal with|jump"
         r" through|navigate|wait)\b", ("refuse to",)),
        (r"\byou(?:'ll|’ll| will) (?:just )?have to make do with\b", ("make do",)),
        (r"\ba real (?:answer|reply|response)(?: from you)? this time\b|\brather than another (?:form letter|template"
         r"|automated|canned|stock|brush-off)\b", ("this time", "another")),
        # Time wasted on them, and how they treat people: "I was passed back and forth between your scheduling team
        # and your deputy, which wasted the better part of an afternoon. I would hope that is not how Tidewater Impact
        # Capital usually treats people", "I would rather not waste more time on that route", "I trust you will make it
        # worth my while".
        (r"\byour\b[^.!?\n]{0,100}?\bwasted (?:the better part of|most of|half|much of|an entire|a whole|hours|an"
         r" hour|a morning|an afternoon|a day|my)\b|\b(?:passed|bounced|shunted|pushed) (?:back and forth|from pillar"
         r" to post) between\b", ("wasted", "back and forth", "pillar to post")),
        (r"\bi (?:would |do |'d |’d )?hope (?:that|this) (?:is|was) not how\b|\bnot how (?:[\w-]+ ){1,5}?(?:usually"
         r" |normally |generally )?treats? (?:people|visitors|applicants|candidates|everyone|anyone|its"
         r" guests|newcomers)\b", ("not how",)),
        (r"\bi(?:'d|’d| would) rather not waste (?:more |any more |any further |further )?(?:of my )?time\b",
         ("not waste",)),
        (r"\bmake it worth my while\b", ("worth my while",)),
        # The reader's own timekeeping (gq): "hopefully next time you can keep to the time" (not "hopefully next time
        # you can join us").
        (r"\b(?:hopefully|perhaps|maybe) next time,? you(?: can| could| will|'ll|’ll| might)? (?:keep to|stick to|be on"
         r" time|start on time|arrive on time|actually|remember to)\b", ("next time",)),
        gate=("pointless", "ignore", "ridiculous", "die", "wonder", "miracle", "defeats", "bothered", "meant",
              "supposed", "expected", "around", "round", "guarded", "fob", "had", "ought", "should", "must",
              "refuse", "make", "time", "another", "wasted", "forth", "pillar", "how", "waste", "while"),
    ),
    # Sarcasm about rank (gq): "I get that council diaries are obviously far more important than couriers' ones", "your
    # time is clearly more important than mine" (not "your health is far more important than our meeting").
    *_family(
        "sarcasm",
        (r"\bmore important than (?:mine|ours|my own|the likes of me|people like me|the rest of us|[\w-]+(?:s'|s’)"
         r" ones)(?![\w'’-])", ("more important than",)),
        gate=("important",),
    ),
    # The twentieth (gk): legalistic warnings and formal threats. The same register used courteously ("For the
    # avoidance of doubt, there is no rush at all", "I have kept your notes from our call") matches none of these.
    *_family(
        "pressure",
        # "failure to send it will leave me no choice but to escalate the matter", "a failure to reply will be noted in
        # a formal complaint", "I will have no option but to raise the matter with the director".
        (r"\bfailure to (?:send|reply|respond|answer|provide|deliver|acknowledge|confirm)\b[^.!?\n]{0,60}?\b(?:will"
         r"|would) (?:leave me|result|be noted|mean|force)\b", ("failure to",)),
        (r"\bno (?:choice|option|alternative) but to (?:escalate|raise|contact|report|take|complain|involve|go)\b",
         ("but to",)),
        # "In the absence of a written refusal, I will proceed on the basis that permission has been granted", "I
        # will deem the meeting accepted", "I will take no reply to this as your agreement", "I would regard continued
        # silence as a breach of professional courtesy".
        (r"\bin the absence of (?:a |an |any )?(?:written )?(?:refusal|reply|response|objection|answer)\b"
         r"[^.!?\n]{0,40}?\bi (?:will|shall)\b|\bproceed on the basis that\b", ("absence of", "on the basis that")),
        (r"\b(?:deem|deemed) (?:the|our|it|this) (?:[\w-]+ )?(?:accepted|agreed|confirmed|approved)\b",
         ("deem", "deemed")),
        (r"\btake no reply (?:to this )?as\b|\btake (?:a lack of|the absence of a) (?:reply|response) as\b",
         ("no reply", "lack of", "absence of")),
        (r"\b(?:regard|consider|treat) (?:continued |any |further |your )?silence as\b", ("silence",)),
        # The matter closed: "I shall regard our arrangement as void and act accordingly", "I will consider the matter
        # closed and draw my own conclusions", "I reserve the right to pursue this with your managing partner".
        (r"\b(?:regard|consider|treat) (?:our|the|this) (?:arrangement|agreement|matter|offer) (?:as )?(?:void|closed"
         r"|null|cancelled)\b|\bact accordingly\b|\bdraw my own conclusions\b", ("void", "closed", "null",
                                                                               "cancelled", "accordingly",
                                                                               "conclusions")),
        (r"\bi reserve the right to\b", ("reserve the right",)),
        # Records kept against the reader: "I retain a full record of every message I have sent you, should the
        # question of my earlier approaches ever arise", "I have placed our correspondence on file, in case any dispute
        # arises", "I have documented the commitments each of us made ... no need for me to revisit them with anyone
        # else".
        (r"\brecord of (?:every|all|each|our)\b[^.!?\n]{0,60}?\b(?:should|in case|if) (?:the question|any dispute|a"
         r" dispute)\b|\b(?:in case|should|if) (?:any |a )?dispute\b", ("the question", "dispute")),
        (r"\bno need for me to (?:revisit|raise|take|escalate|pursue)\b[^.!?\n]{0,40}?\b(?:with anyone|further"
         r"|elsewhere|with your|with others)\b", ("no need for me",)),
        # Promises held to: "I expect those introductions to be honoured", "I would remind you, for the record, that you
        # offered", "I have acted in good faith throughout ... and I expect the same courtesy in return".
        (r"\bexpect (?:those|that|these|this|the|your|my) (?:[\w-]+ ){0,2}?to be honou?red\b", ("honoured",
                                                                                            "honored")),
        (r"\bi would remind you\b", ("remind you",)),
        (r"\bi expect the same (?:courtesy|consideration|respect)\b", ("the same",)),
        # The same in the passive (ex): "the absence of a reply will be treated as a decline", "a response is
        # expected promptly", "a prompt reply is required", "it is requested that a slot be confirmed", "I have written
        # on several occasions without acknowledgement".
        (r"\babsence of (?:a |any )?(?:reply|response) will be (?:treated|taken|regarded|read|recorded) as\b",
         ("absence of",)),
        (r"\b(?:response|reply|answer) is (?:expected|required) (?:promptly|immediately|forthwith|by|within|before)\b"
         r"|\ba prompt (?:reply|response|answer) is (?:required|expected)\b|\bit is requested that\b",
         ("is expected", "is required", "is requested")),
        (r"\bwritten (?:to you )?(?:on )?(?:several|many|numerous|multiple|repeated) (?:occasions|times) without"
         r" (?:an? )?(?:acknowledgement|acknowledgment|reply|response|answer)\b", ("without",)),
        gate=("failure", "option", "choice", "alternative", "absence", "basis", "deem", "deemed", "reply", "lack",
              "silence", "void", "closed", "accordingly", "conclusions", "reserve", "dispute", "question", "need",
              "honoured", "honored", "remind", "same"),
    ),
    # The nineteenth (gg): ground rules set for the reader's part. The writer's own needs told and the choice left to
    # the reader ("I'm hard of hearing, so video helps me, but only if that suits you") match none of these.
    *_family(
        "demand",
        # The channel or format dictated: "Any comments on it should be written, not verbal, please", "I'll need your
        # answers written, not over the phone", "I'll need the reading list as a PDF, not links", "text rather than
        # ring, please", "Replies by email only, please", "Cameras on, please", "a video call with cameras on and an
        # agreed end time ... the only format I work with now".
        (r"\b(?:written|in writing|by email|by e-mail|as a pdf|in a pdf|by text),? (?:not|rather than|instead of)"
         r" (?:verbal|spoken|over the phone|by phone|links|a call|calls|ring|ringing|calling|in person)\b",
         ("not verbal", "not spoken", "not over", "not by phone", "not links", "not a call", "not calls", "rather than",
          "instead of")),
        (r"\btext rather than (?:ring|call|phone)\b|\b(?:replies|responses|answers|contact|comments|feedback)"
         r" (?:by|via) (?:email|e-mail|text|whatsapp|post|letter) only\b", ("rather than", " only")),
        # (Not "playing with cameras on our line".)
        (_at_start("cameras on", "camera on") + r",? please\b|\bwith cameras on(?=\s*(?:[,.;!]|and\b|please\b|$))",
         ("cameras on", "camera on")),
        (r"\bthe only (?:format|way|time|channel|kind of call) i (?:work|deal|communicate|do|take|accept)\b",
         ("the only",)),
        # Preparation and timing demanded: "please come prepared with a couple of concrete people I could approach",
        # "I'd ask you to send me an agenda ahead of time", "I'd ask that the introduction come through before the end
        # of the month", "I only take calls in the mornings", "I'll need plenty of notice; I don't do last-minute
        # arrangements", "Next time, though, you'll need to pick somewhere quieter".
        # (The reader asked to, not the writer: "I'll come prepared with a few questions".)
        (r"\b(?:please |you(?:'ll|’ll| will| should| must| need to)? )come prepared (?:with|to)\b", ("come prepared",)),
        (r"\bi(?:'d|’d| would) ask you to (?:send|share|prepare|bring|provide|confirm|keep|check|arrange)\b",
         ("ask you to",)),
        (r"\bi(?:'d|’d| would) ask that (?:the|your|you|it|this)\b[^.!?\n]{0,60}?\b(?:before|by|within|no later"
         r" than)\b", ("ask that",)),
        (r"\bi only (?:take|do|accept|have) (?:calls|meetings|video calls|phone calls)\b", ("i only",)),
        (r"\bi(?:'ll|’ll| will) need (?:plenty of|lots of|a lot of|at least [\w-]+ (?:days'|weeks'|days’|weeks’))"
         r" notice\b|\bi (?:don't|don’t|do not) do (?:last-minute|short-notice)\b", (" notice", "last-minute",
                                                                                   "short-notice")),
        (r"\bnext time,? (?:though,? |however,? )?you(?:'ll|’ll| will)? (?:need to|have to|must|should)\b",
         ("next time",)),
        # "I'll need your answers written", "I'll need the reading list as a PDF" (not "I'll need your advice").
        (r"\bi(?:'ll|’ll| will) need (?:your|the) (?:answers|reply|replies|feedback|comments|reading list|list|notes"
         r"|slides|deck|introduction|intro|contacts)\b", ("need your", "need the")),
        # "Rather than emailing me, please follow the newsletter instead", "please check with them first that they are
        # actually willing to talk", "keep any reply to a few lines, please" (not "feel free to keep your reply short").
        (r"\brather than (?:emailing|e-mailing|writing to|calling|ringing|messaging|contacting) me,? (?:please )?"
         r"(?:just )?(?:follow|read|check|subscribe|use)\b", ("rather than",)),
        (r"\bplease check with (?:them|him|her) first\b", ("check with",)),
        (r"\b(?<!free to )(?<!you can )(?<!you may )keep (?:any|your) (?:reply|replies|response|answer|answers|email"
         r"|emails|feedback|comments|notes) (?:to|under|short|brief)\b", ("keep any", "keep your")),
        gate=("written", "writing", "email", "pdf", "text", "only", "cameras", "camera", "prepared", "ask", "notice",
              "last-minute", "short-notice", "next", "need", "rather", "check", "keep"),
    ),
    # The eighteenth (gc): the pushy habits of sales-style cold outreach. A time suggested and the choice left to
    # the reader ("Would a short call in the next few weeks suit you? I'm happy to work around your diary") matches
    # none of these.
    *_family(
        "pressure",
        # Persistence announced: "keep checking until it's done", "I will follow up by phone and email every few days
        # until we manage to find a time", "I'll keep pinging you every week or so until", "I shall write to you again
        # each week until".
        (r"\bkeep (?:checking|pinging|chasing|nudging|emailing|e-mailing|writing|calling|phoning|following up|trying)"
         r"(?: in| you| with you)?\b[^.!?\n]{0,40}?\buntil\b", ("until",)),
        # (A contact verb first: not "I go to the library every day until it closes".)
        (r"\b(?:follow up|follow-up|write|email|e-mail|call|ring|phone|ping|chase|check in|nudge|message|contact"
         r"|remind)\b[^.!?\n]{0,40}?\b(?:every (?:few|couple of|two|three) days|(?:every|each) (?:day|week|weekday"
         r"|morning))\b[^.!?\n]{0,40}?\buntil\b", ("until",)),
        # A yes scripted: "just reply with a "yes" and I'll take care of the rest".
        (r"\b(?:reply|respond|answer|write back)(?: with)? (?:a |an )?[\"“'‘]?yes[\"”'’]?[^.!?\n]{0,30}?\b(?:and|&)"
         r" i(?:'ll|’ll| will)\b", ("yes",)),
        # The buck passed: "please forward this email to whoever does and have them send it straight to me", "please
        # pass my letter on to whoever on your team handles it and ask them to contact me directly".
        (r"\b(?:forward|pass) (?:this|my|it)(?: email| letter| message| note| request)?(?: on)? to whoever\b"
         r"[^.!?\n]{0,60}?\b(?:(?:have|ask|get|tell) them|ask them to)\b", ("whoever",)),
        # A forced choice: "If neither suits, send me a time that does and I will make it fit", "If neither works,
        # send me a window and I'll hold you to it".
        (r"\bif neither (?:suits|works|fits|is good)\b[^.!?\n]{0,20}?(?:send|give|tell|let) me\b", ("neither",)),
        (r"\bi(?:'ll|’ll| will) hold you to (?:it|that|this)\b", ("hold you to",)),
        # Scarcity: "the remaining spots are going quickly, so I would encourage you to reply soon", "Let me know which
        # today, so I can get it blocked out before my calendar fills up".
        (r"\b(?:spots|slots|places) are (?:going|filling up|disappearing|being snapped up) (?:quickly|fast)\b"
         r"|\bencourage you to (?:reply|respond|get back to me) (?:soon|quickly)\b", ("going", "filling",
                                                                                   "disappearing", "snapped",
                                                                                   "encourage you")),
        (r"\bbefore my (?:calendar|diary|schedule) fills up\b|\blet me know which today\b",
         ("fills up", "which today")),
        # Silence as consent: "If I don't hear anything, I'll take it that you're happy with the piece".
        # (Not "If I don't hear anything, I will assume you are busy and will not trouble you again".)
        (r"\bif i (?:don't|don’t|do not) hear (?:anything|back|from you)\b[^.!?\n]{0,30}?\bi(?:'ll|’ll| will|"
         r" shall) (?:take it|assume|presume) (?:that )?(?:you(?:'re|’re| are)? (?:happy|fine|ok|okay|on board"
         r"|in agreement|agreeable)|you (?:agree|approve|don't mind|don’t mind|do not mind)|(?:it's|it’s|it is|that's"
         r"|that’s|that is) (?:fine|ok|okay|a yes|agreed))\b", ("hear anything", "hear back", "hear from you")),
        gate=("until", "yes", "whoever", "neither", "hold", "going", "filling", "encourage", "fills", "today",
              "hear"),
    ),
    # The seventeenth (fy): jokes and teasing at the reader's expense: their profession, company, generation, looks or
    # accent. A joke at the writer's own expense ("I promise this email is shorter than my thesis") matches none.
    *_family(
        "sarcasm",
        # A profession or generation stereotyped: "I know consultants mentally invoice for every sentence they read",
        # "talent partners are famous for deciding everything on the opening sentence", "since I know senior partners
        # only trust news that arrives on paper", "as I know your generation prefers something it can print", "people
        # of your vintage often find video calls a bit of a trial", "civil servants being who they are".
        (r"\b(?:consultants|recruiters|lawyers|bankers|talent partners|senior partners|civil servants|hr people"
         r"|academics|professors|editors|marketers|accountants|executives|your generation|you (?:bankers|lawyers"
         r"|consultants|recruiters|marketers|academics|people))\b (?:\w+ )?(?:mentally|only (?:trust|read|care|want"
         r"|answer|reply)|(?:are|is) famous for|famously|being who they are|prefers? something)\b",
         ("mentally", "only trust", "only read", "only care", "only want", "only answer", "only reply", "famous for",
          "famously", "being who they are", "prefer something", "prefers something")),
        (r"\b(?:people|someone|those|folk|folks) of your vintage\b", ("your vintage",)),
        # Slowness joked about: "you answer emails roughly once per geological era", "slower than continental drift",
        # "replying to an outside email counts as a major event".
        (r"\b(?:geological era|continental drift|legendary reply times?|counts as a major event)\b",
         ("geological", "continental drift", "legendary reply", "major event")),
        # Looks and accent: "Your profile photo is clearly doing you a few favours", "taken a few years and a few
        # haircuts ago", "The beard is a bold choice", "it took me a good minute to tune in to your accent".
        (r"\b(?:photo|headshot|picture)\b[^.!?\n]{0,40}?\bdoing you (?:a few |some |a lot of )?(?:favours|favors)\b"
         r"|\ba few haircuts ago\b", ("favours", "favors", "haircuts")),
        (r"\b(?:the|your|that|new) (?:beard|haircut|hair|moustache|mustache|outfit|tie|glasses) (?:is|was) (?:a )?"
         r"(?:bold|brave|daring) (?:choice|look|decision)\b", ("bold", "brave", "daring")),
        (r"\b(?:tune in ?to|tune into|get used to) your accent\b|\byour accent took (?:me )?\b", ("your accent",)),
        # The reader's field made fun of: "left out the spreadsheets, in case they scare you", "since before containers
        # were invented", "ideally in triplicate", "too busy inventing new forms for the rest of us to fill in", "the
        # same famously ancient computers", "a lawyer who managed a whole hour without sending an invoice", "going back
        # to the days of fax machines and floppy disks", "even the bits that turned out to be wrong, ha".
        (r"\bin case (?:they|it|numbers|spreadsheets|the numbers|the maths|the math) (?:scare|scares|frighten"
         r"|frightens) you\b", ("scare you", "scares you", "frighten you", "frightens you")),
        (r"\bsince before (?:[\w-]+ ){1,3}(?:were|was) invented\b", ("invented",)),
        (r"\bin triplicate\b", ("triplicate",)),
        (r"\binventing (?:new )?(?:forms|rules|paperwork|processes)\b", ("inventing",)),
        # (The reader's things, not the writer: "As someone who is famously terrible at remembering names".)
        (r"\b(?:your|the same|their|its) (?:[\w-]+ )?famously (?:ancient|slow|outdated|old|bad|terrible|awful"
         r"|bureaucratic)\b", ("famously",)),
        (r"\bwithout (?:sending|charging) (?:me )?(?:an invoice|a bill|a fee)\b", ("without sending",
                                                                                   "without charging")),
        (r"\b(?:days of|since) (?:the )?(?:fax machines?|floppy disks?|typewriters?|punch cards?|dial-up)\b",
         ("fax machine", "floppy", "typewriter", "punch card", "dial-up")),
        (r"\beven the (?:bits|parts|ones) that (?:turned out|proved) (?:to be )?wrong\b", ("wrong",)),
        gate=("mentally", "trust", "famous", "famously", "being", "prefers", "vintage", "geological", "continental",
              "legendary", "event", "favours", "favors", "haircuts", "bold", "brave", "daring", "accent", "scare",
              "invented", "triplicate", "inventing", "sending", "charging", "fax", "floppy", "wrong"),
    ),
    # The sixteenth (fu): moral obligation pressed on the reader: duty, values, faith and debts turned into leverage.
    # Shared values named warmly ("I was moved by your talk on mentoring", "I hope to pay forward the help I've had")
    # match none of these.
    *_family(
        "pressure",
        # Owed and debts: "those of us coming up behind you are owed a little of your time", "surely owes the same
        # patience to those of us entering it", "owe it to the kids still there", "something you consider owed", "That
        # debt, surely, is easily paid in half an hour".
        (r"\b(?:are|is|be) owed (?:a little |some |a bit |part )?(?:of )?your (?:time|attention|help)\b",
         ("owed",)),
        (r"\bowes? (?:it|the same|something|a little|some|us|them|those)\b[^.!?\n]{0,40}?\bto (?:those|us|the kids"
         r"|the next|the students|people|newcomers|anyone)\b", ("owe", "owes")),
        (r"\b(?:consider|considers|regard|regards|see|sees) (?:as )?owed\b", ("owed",)),
        (r"\bthat debt,? (?:surely,? )?(?:is|can be) (?:easily |quickly |simply )?(?:paid|repaid|settled)\b",
         ("debt",)),
        # Duty: "Alumni who've done as well as you have carry a responsibility to stay reachable", "bound to make
        # himself available to the members", "I'm sure you wouldn't want to be the exception", "I would be surprised
        # to find you the exception", "you'd never want to be the one who closes it".
        (r"\bcarry (?:a|the|some) (?:responsibility|duty|obligation) to\b", ("carry",)),
        (r"\b(?:bound|obliged|duty-bound) to make (?:himself|herself|themselves|yourself) available\b",
         ("available",)),
        (r"\b(?:wouldn't|wouldn’t|would not|don't|don’t) want to be the exception\b|\bsurprised to find you the"
         r" exception\b", ("exception",)),
        (r"\bnever want to be the (?:one|person) who\b", ("want to be the",)),
        # Values, mission and public words held to: "it would sit rather oddly with that mission to turn one of them
        # away", "it would be a strange look for that support to stop at a single coffee", "I'm taking your pledge at
        # face value, and I'd hate to find out it was only ever meant for the feed", "will surely make time when one
        # of them actually knocks", "I am simply asking you to honour that", "anything less would hardly square with
        # that history", "a charity that exists to give children a voice should find it easy to reply ... I would be
        # sorry to have to conclude otherwise".
        (r"\bsit (?:rather |very |a little |somewhat )?(?:oddly|badly|uneasily|awkwardly) with (?:that|your|the|its"
         r"|their) (?:\w+ )?(?:mission|values|pledge|promise|commitment|ethos|talk|words|history)\b",
         ("oddly", "badly", "uneasily", "awkwardly")),
        (r"\b(?:be|is) a (?:strange|poor|bad|odd) look\b", ("strange look", "poor look", "bad look", "odd look")),
        (r"\b(?:taking|take) your (?:pledge|promise|word|commitment|talk|post|words) at face value\b"
         r"|\bonly ever meant for (?:the feed|show|linkedin|the cameras|the panel|the audience)\b",
         ("face value", "only ever meant")),
        (r"\bwhen (?:one of (?:them|us)|someone|i) actually (?:knocks|asks|shows up|turns up|writes)\b",
         ("actually knocks", "actually asks", "actually shows", "actually turns", "actually writes")),
        (r"\basking you to honou?r (?:that|it|this|your (?:words|promise|pledge|commitment))\b", ("to honour",
                                                                                               "to honor")),
        (r"\b(?:would|could) (?:hardly|scarcely) square with\b", ("square with",)),
        (r"\bsorry to have to conclude otherwise\b|\bshould find it easy to (?:reply|respond|answer|make time)\b",
         ("conclude otherwise", "find it easy to")),
        # Faith and fellowship as leverage: "would not leave a fellow believer waiting on a simple promise", "I'm
        # counting on a brother in Christ to remember that".
        (r"\bleave a fellow [\w-]+ waiting\b", ("a fellow",)),
        (r"\bcounting on a (?:brother|sister|fellow) (?:in [\w-]+|[\w-]+)\b", ("counting on a",)),
        # Reliance presumed: "so I will trust you to answer when I write", "I'll take it as read that a veteran's
        # emails won't sit unanswered in your inbox for long", "I trust you are not the kind of alumnus who forgets
        # where he came from".
        (r"\bi(?:'ll|’ll| will| shall) trust you to (?:answer|reply|respond|write back|get back)\b", ("trust you",)),
        (r"\btake it as read that\b", ("as read",)),
        (r"\b(?:won't|won’t|will not|wouldn't|wouldn’t|would not) (?:sit|go|be left|remain) unanswered\b",
         ("unanswered",)),
        (r"\b(?:not|never) the (?:kind|sort|type) of (?:[\w-]+ )?who (?:forgets|ignores|turns away|shuts)\b"
         r"|\bforgets? where (?:he|she|they|you) came from\b", ("who forgets", "who ignores", "who turns",
                                                               "who shuts", "where he came", "where she came",
                                                               "where they came", "where you came")),
        gate=("owed", "owe", "debt", "carry", "available", "exception", "want", "look", "value", "meant",
              "actually", "honour", "square", "otherwise", "easy", "fellow", "counting", "trust", "read",
              "unanswered", "forgets"),
    ),
    # The fifteenth (fq): condescension from an older or more senior writer to a younger reader. Age named warmly
    # ("I know I'm coming to this later than most", "You've achieved a great deal early in your career") is courtesy.
    *_family(
        "condescension",
        # "You're young enough to be my son", "since before you were born", "longer than you've been alive", "too young
        # to remember working to a print deadline".
        (r"\byoung enough to be my (?:son|daughter|child|granddaughter|grandson|grandchild|kid|niece|nephew)\b",
         ("enough to be my",)),
        (r"\b(?:since |long )?before you were (?:born|out of nappies|out of school)\b|\blonger than you(?:'ve|’ve"
         r"| have) been alive\b", ("you were born", "you were out", "been alive")),
        (r"\btoo young to (?:remember|know|recall|have seen|have known)\b", ("too young to",)),
        # "hospitality budgets can be confusing for someone your age", "very nicely for a girl your age", "I'm sure it
        # all feels terribly exciting at your age", "for someone still so green", "for someone who has barely started
        # out", "I have decades on you".
        (r"\bfor (?:someone|somebody|a (?:girl|boy|lad|lass|kid|youngster|young (?:woman|man|lady|person|thing)))"
         r" (?:of )?your age\b", ("your age",)),
        (r"\b(?:feels?|seems?|looks?|sounds?) (?:[\w’'-]+ ){0,4}?at your age\b", ("at your age",)),
        (r"\bfor someone (?:who is )?(?:still |so |very )*(?:green|inexperienced|wet behind the ears)\b"
         r"|\bfor someone who (?:has |had )?(?:barely|only just|just) (?:started|begun)\b",
         ("green", "inexperienced", "wet behind", "barely", "only just", "just started", "just begun")),
        (r"\bdecades on you\b", ("decades on you",)),
        # "A young manager like you", "a fresh graduate like you", "a young lass like you", "a city youngster like
        # yourself".
        (r"\b(?:young|fresh|green) (?:manager|graduate|thing|lass|lad|woman|man|lady|person|engineer|founder|designer"
         r"|analyst|professional|colleague) like you(?:rself)?\b|\byoungsters? like you(?:rself)?\b",
         ("like you",)),
        # Pet names: "Good for you, dear.", "proving me wrong, my dear.", "I'll be honest, son, ...", "at your age,
        # bless you, and" (not "Thank you, dear friend").
        # (Each name first, its comma checked back: a hit must start at a word, and a pattern that opens with a
        # look-behind is tried at every position.)
        ("(?:" + "|".join(f"{w}(?<=, {w})" for w in ("my dear", "dear", "love", "son", "sweetheart", "sweetie",
                                                      "darling", "kiddo", "young lady", "young man", "lass", "lad",
                                                      "pet", "honey")) + ")(?=[,.!?])",
         (", dear", ", my dear", ", love", ", son", ", sweet", ", darling", ", kiddo", ", young", ", lass", ", lad",
          ", pet", ", honey")),
        (r"(?<=, )bless (?:you|him|her)(?=[,.!])", ("bless",)),
        # Talking down: "I'll go easy on the technical side for you", "I have kept the jargon to a minimum for you",
        # "I'll dumb it down a bit", "Since you may not have seen one put together before", "since you will not have
        # seen this first-hand, let me explain", "In case you have not yet come across it in your role".
        (r"\b(?:go easy on|keep (?:the )?jargon to a minimum|kept (?:the )?jargon to a minimum|keep it simple|kept it"
         r" simple|spell (?:it|things|this) out|spelled (?:it|things|this) out) (?:[\w’'-]+ ){0,4}?for you\b",
         ("go easy", "jargon", "simple", "spell", "spelled")),
        (r"\bdumb (?:it|this|that|things) down\b", ("dumb",)),
        (r"\b(?:since|as|because) you (?:may|might|will|won't|won’t|probably|likely) (?:not )?(?:have )?(?:seen"
         r"|come across|done|worked on|been exposed to) (?:one|this|these|that|it|them|such)\b[^.!?\n]{0,40}?"
         r"(?:before|first-hand|firsthand|yet)\b", ("seen", "come across", "done", "worked on", "exposed")),
        (r"\bin case you (?:have not|haven't|haven’t) (?:yet )?(?:come across|seen|heard of|encountered|met)"
         r" (?:it |this |that |them )?in your (?:role|field|job|work|line of work|career|position)\b",
         ("in case you",)),
        # Patronising praise: "You did very well to keep up", "with a little more experience, I am sure you will see
        # the bigger picture", "you might amount to something one day", "I had my doubts about you ... so well done for
        # proving me wrong".
        (r"\b(?:did|do|done) (?:very |remarkably |rather |quite )?well to keep up\b", ("keep up",)),
        (r"\bwith (?:a little |a bit |some )?more experience\b[^.!?\n]{0,40}?\byou(?:'ll|’ll| will) (?:see"
         r"|understand|get|realise|realize)\b", ("more experience",)),
        (r"\b(?:might|may|could|will) (?:yet |even )?amount to something\b", ("amount to something",)),
        (r"\bwell done (?:for|on) proving me wrong\b|\bi had my doubts about you\b", ("proving me wrong",
                                                                                    "doubts about you")),
        gate=("age", "born", "alive", "young", "green", "decades", "like", "dear", "bless", "easy", "jargon",
              "dumb", "case", "keep", "experience", "amount", "doubts"),
    ),
    # The fourteenth author of ordinary breaks (fm): bitterness after a rejection, a slow process or an introduction
    # that led nowhere. A disappointment told graciously ("I was disappointed not to be shortlisted, but your feedback
    # has been genuinely useful") matches none of these.
    *_family(
        "sarcasm",
        # Sour grapes: "I suppose Brightwell prefers designers with a bigger agency name", "I gather the firm prefers
        # candidates from the more fashionable universities", "since the group clearly prefers people with a
        # doctorate", "what happens when fellowships go to people with the right connections".
        (r"\b(?:prefers?|favou?rs?|go(?:es)? to|went to|happens when|other than)\b[^.!?\n]{0,60}?\b(?:(?:the )?right"
         r" connections|more fashionable|a bigger (?:[\w-]+ )?name|(?:a )?more familiar face|who you know|old boys"
         r"|the right (?:school|schools|university|universities|accent|background|surname|postcode))\b",
         ("right connections", "fashionable", "bigger", "familiar face", "who you know", "old boys", "the right")),
        (r"\bclearly (?:prefers?|favou?rs?|wants?|wanted) (?:people|candidates|applicants|someone|those|graduates"
         r"|designers|engineers)\b", ("clearly prefer", "clearly favour", "clearly favor", "clearly want")),
        (_at_start("your loss", "their loss", "its loss") + r"(?=[,.!;]| honestly| really| not mine)",
         ("your loss", "their loss", "its loss")),
        # Pointed comparisons: "your colleague in HR at least had the courtesy to acknowledge my emails", "Harlow
        # Foods ... managed a proper note with feedback; I'd assumed Greenvale would too, but clearly not".
        (r"\b(?:at least|even) (?:had|has|have|showed|shows) the (?:courtesy|decency|manners|grace)\b",
         ("the courtesy", "the decency", "the manners", "the grace")),
        (r"\bbut (?:clearly|evidently|apparently|obviously) not\b", (" not",)),
        # Veiled digs: "I trust the programme serves its next cohort better than it served me", "I am sure the process
        # made sense from where you sit", "the bar was set somewhere I could not reach, or perhaps could not see".
        (r"\bbetter than (?:it|they|you|she|he) (?:served|treated|looked after|did by) me\b", ("better than",)),
        (r"\b(?:made|makes|make) (?:\w+ )?sense from where you (?:sit|stand)\b", ("where you",)),
        (r"\b(?:could not|couldn't|couldn’t|cannot|can't|can’t) reach,? or (?:perhaps |maybe )?(?:even )?(?:could not"
         r"|couldn't|couldn’t|cannot|can't|can’t) see\b", (" see",)),
        # Attention begrudged: "It was nice to finally get a bit of your attention ..., even if your phone did get
        # most of it. I know editors are busy people; I just didn't realise quite how busy."
        (r"\bfinally (?:get|got|getting|have|had) (?:a bit of |some of |a slice of |a moment of )?your attention\b",
         ("your attention",)),
        (r"\byour (?:phone|laptop|inbox|screen) (?:did )?(?:got|get|gets|had|has) (?:most|more|half) of\b",
         ("your phone", "your laptop", "your inbox", "your screen")),
        (r"\b(?:didn't|didn’t|did not|hadn't|hadn’t|had not) realised? (?:quite |just )?how busy\b", ("how busy",)),
        # "a thin return on the effort I put in", "a brief 'not this time' by email was hard to take graciously".
        (r"\b(?:thin|poor|meagre|meager|scant|paltry) return (?:on|for) (?:the|my|all the|all my) (?:effort|time"
         r"|work|hours)\b", (" return ",)),
        (r"\bhard to take graciously\b", ("graciously",)),
        # "I hope that proves truer than my experience with your trust's digital team, who took so long to respond to
        # my application that I had given up on them".
        (r"\b(?:proves?|is|was) truer than my experience\b|\btook so long to (?:respond|reply|answer|get back)\b"
         r"[^.!?\n]{0,60}?\bgiven up on (?:them|you|it|him|her)\b", ("truer than", "given up on")),
        gate=("prefers", "loss", "courtesy", "not", "better", "sense", "see", "attention", "busy", "return",
              "graciously", "truer", "given"),
    ),
    *_family(
        "pressure",
        # Blame for an introduction that led nowhere: "so I hope the next name is someone who actually answers", "I'd
        # try someone who might actually answer emails", "I did follow up with the agency you pointed me to, for all
        # the good it did", "you simply wanted me off your hands", "with rather less faith in these evenings".
        (r"\bsomeone who (?:might |will |would |can )?actually (?:answers?|replies|reply|responds?|gets? back|reads?"
         r"|writes? back)\b", ("actually answer", "actually repl", "actually respond", "actually get", "actually read",
                                 "actually write")),
        (r"\bfor all the good (?:it|that|they|this) (?:did|does|has done|have done)\b", ("all the good",)),
        (r"\b(?:wanted|want|wants) me off your (?:hands|desk|back|plate|list)\b|\bto be rid of me\b",
         ("off your", "rid of me")),
        (r"\b(?:rather|a lot|much|far|a good deal) less faith in\b", ("less faith",)),
        # "I do not think it is unreasonable to expect the same from the person leading the process".
        (r"\b(?:not|hardly|n't|n’t) (?:think (?:it is |it's |it’s )?)?unreasonable to expect\b", ("unreasonable",)),
        gate=("actually", "good", "off", "rid", "faith", "unreasonable"),
    ),
    *_family(
        "entitlement",
        # "Having taken a full day of my annual leave to attend, I trust the panel will at least provide written
        # feedback ... I think that is only fair to candidates who give up their own time."
        (r"\bi trust (?:[\w’'-]+ ){0,3}(?:will|would) at least\b", ("at least",)),
        (r"\bonly fair to (?:candidates|applicants|people|those|anyone)\b", ("only fair",)),
        gate=("trust", "fair"),
    ),
    # The twelfth author of ordinary breaks (fi): presumption, the reader's time, name or help committed without
    # asking. Asked first ("Would Thursday suit you?", "if you'd be comfortable") or agreed before ("as you kindly
    # offered") is courtesy: ``_asks_first`` drops those.
    *_family(
        "presumption",
        # "I told him you'd give him a ring this week", "I have told the committee you will give the society a talk"
        # (not "Sam told me you would be happy to help": the reader's offer reported to the writer).
        (r"\b(?:told|tell|telling|assured|promised|informed) (?!me\b|us\b)(?:[\w’'-]+ ){1,4}?(?:know )?(?:that )?"
         r"you(?:'d|’d| would| will|'ll|’ll| are going to|'re going to|’re going to)(?: be)?"
         r" (?:(?:more than )?(?:happy|glad|able|willing) to )?(?:give|giving|ring|ringing|call|calling|introduce"
         r"|introducing|review|reviewing|look|looking|read|reading|join|joining|help|helping|speak|speaking|talk"
         r"|talking|meet|meeting|mentor|mentoring|send|sending|email|emailing|contact|contacting|check|checking"
         r"|host|hosting|show|showing|walk|walking|judge|judging|vouch|comment|commenting|pass|passing|run|running"
         r"|take|taking|put|putting|sponsor|sponsoring|cover|covering|sit|sitting)\b",
         ("told", "tell", "telling", "assured", "promised", "informed")),
        (r"\blet (?!me\b|us\b)(?:[\w’'-]+ ){1,3}?know (?:that )?you(?:'d|’d| would| will|'ll|’ll| are going to"
         r"|'re going to|’re going to)(?: be)? (?:(?:more than )?(?:happy|glad|able|willing) to )?(?:give|giving|ring"
         r"|ringing|call|calling|introduce|introducing|review|reviewing|look|looking|read|reading|join|joining|help"
         r"|helping|speak|speaking|talk|talking|meet|meeting|mentor|mentoring|send|sending|email|emailing|contact"
         r"|contacting|check|checking|host|hosting|show|showing|walk|walking|judge|judging|vouch|comment|commenting"
         r"|pass|passing|run|running|take|taking|put|putting|sponsor|sponsoring|cover|covering|sit|sitting)\b",
         tuple(f"know {that}you{aux}" for that in ("", "that ") for aux in ("'d", "’d", " would", " will", "'ll", "’ll",
                                                                       " are going", "'re going", "’re going"))),
        # "so he's expecting your email", "so he is expecting to hear from you".
        (r"\b(?:he|she|they|who|team|committee|office|manager|tutor|supervisor|director|panel|organisers"
         r"|organizers)(?:'s|’s| is| are|'re|’re| will be|'ll be|’ll be) (?:now |already |all )?expecting (?:to hear"
         r" from you|your (?:call|email|e-mail|message|note|introduction|intro|reply|response|comments|feedback"
         r"|talk|visit)|(?:a|an) (?:call|ring|note|message|email|e-mail|introduction) from you)\b",
         ("expecting",)),
        # "I've gone ahead and listed you as a referee", "I have put you down as one of the judges", "I have added
        # you to our weekly newsletter" (not "added you on LinkedIn", "put you in touch with").
        (r"\bi(?:'ve|’ve| have| had)? (?:(?:already|also|now|just|since|gone ahead and|went ahead and)[ \t]+)*"
         r"(?:listed|named|put|added|signed|registered|volunteered|booked|pencilled|penciled|enrolled|subscribed"
         r"|entered) you (?:down |up |in )?(?:as|for|to|on|onto)\b(?! (?:linkedin|a connection|my (?:network"
         r"|linkedin|contacts)))"
         # (A mailing list has its own form, which reports the list.)
         r"(?! (?:the|my|our) (?:[\w-]+ )?(?:distribution|mailing|email|e-mail|circulation) list)",
         ("listed you", "named you", "put you", "added you", "signed you", "registered you", "volunteered you",
          "booked you", "pencilled you", "penciled you", "enrolled you", "subscribed you", "entered you")),
        # "I have already put your name on the printed programme", "I have posted your booking page in our group
        # chat", "I have passed him your details".
        (r"\bi(?:'ve|’ve| have| had)? (?:(?:already|also|now|just|gone ahead and|went ahead and)[ \t]+)*"
         r"(?:(?:put|posted|shared|listed|added|printed|published|passed|given|forwarded|sent|handed|circulated)"
         r" (?:on )?your (?:name|email address|email|number|phone number|mobile number|mobile"
         r"|details|contact details|booking page|booking link|calendar link|address) (?:down )?(?:on|in|onto|into"
         r"|with|to|as|for|around)\b"
         r"|(?:passed|given|sent|forwarded|handed) (?:him|her|them) your (?:name|email address|email"
         r"|number|phone number|mobile number|mobile|details|contact details|booking link|address)\b)",
         ("your name", "your email", "your number", "your phone", "your mobile", "your details", "your contact",
          "your booking", "your calendar", "your address")),
        # "I have already sent an invitation for Thursday at 3pm, and I will dial in then", "the invite should
        # already be with you".
        (r"\b(?:already sent|i(?:'ve|’ve| have)? (?:just |also |now )?sent)(?: you)? (?:an|a|the) (?:calendar"
         r" |meeting |video |zoom |teams |diary )?(?:invitation|invite) for\b"
         r"|\bthe (?:calendar |meeting )?(?:invite|invitation) (?:should|will) (?:already )?(?:be with you"
         r"|be in your inbox|have reached you)\b",
         ("invitation", "invite")),
        # "I have booked a meeting room ... so we can go through the papers together".
        (r"\bi(?:'ve|’ve| have)? (?:already |also |just )?(?:booked|reserved) (?:a|the) (?:meeting room|room|table"
         r"|desk)\b[^.!?\n]{0,80}?\b(?:so (?:that )?we|for (?:us|the two of us|our))\b",
         ("booked", "reserved")),
        # "Since your assistant gave me access to your shared calendar, I have added a recurring monthly slot".
        (r"\byour (?:shared )?(?:calendar|diary|schedule)\b[^.!?\n]{0,60}?\bi(?:'ve|’ve| have)? (?:\w+ )?(?:added"
         r"|put|booked|blocked|scheduled|placed|set up|pencilled|penciled|created) (?:a|an|our|the) (?:[\w-]+ ){0,3}?"
         r"(?:slot|meeting|call|session|catch-up|catchup|invite|appointment|event)s?\b",
         ("your calendar", "your diary", "your schedule", "your shared")),
        # "I will take Tuesday afternoon as confirmed unless I hear otherwise from you".
        # (Not an arrangement already made: "I shall take it that the Thursday slot still suits you unless I hear
        # otherwise", et.)
        (r"\b(?:take|treat|consider|count|assume|regard)\b(?![^.!?\n]{0,60}?\bstill\b)[^.!?\n]{0,60}?"
         r"\b(?:confirmed|agreed|a yes|settled"
         r"|booked|fine|okay|ok|works|suits)\b[^.!?\n]{0,40}?\bunless (?:i hear|you (?:tell|let) me|i'm told"
         r"|i’m told|i am told|you say|you object|told otherwise)",
         ("unless",)),
        (r"\b(?:take|treat|read|count|regard) (?:your |any )?silence as (?:a yes|agreement|consent|confirmation"
         r"|a confirmation)\b", ("silence",)),
        # "I'll swing by on Monday morning and we can chat then", "I will stop by your office while I am there".
        (r"\b(?:i'll|i’ll|i will|i shall|i'm going to|i’m going to|i am going to) (?:just |also |then |simply )?"
         r"(?:(?:swing|stop|drop|pop|come|call) (?:by|in|round|over|along)|turn up|show up) (?:again )?"
         # (A public place is no imposition: "I'll come by your stand at the careers fair", w613.)
         r"(?:(?:to |at )?(?:your|the) (?:office|studio|kitchen|lab|desk|site|workshop|clinic|practice|warehouse"
         r"|branch|place|home|house|flat)\b|(?:on |this |next )(?:monday|tuesday|wednesday"
         r"|thursday|friday|saturday|sunday|morning|afternoon|week)\b|and (?:we|you) can\b|while i(?:'m|’m| am)\b)",
         ("swing by", "swing round", "swing over", "swing in", "swing along", "stop by", "stop in", "stop round",
          "stop over", "stop along", "drop by", "drop in", "drop round", "drop over", "drop along", "pop by", "pop in",
          "pop round", "pop over", "pop along", "come by", "come in", "come round", "come over", "come along",
          "call by", "call in", "call round", "call over", "call along", "turn up", "show up")),
        # "I have already asked your assistant to hold a date in your diary".
        (r"\b(?:asked|told|emailed|messaged|rang|called) your (?:assistant|secretary|office manager|receptionist"
         r"|office|team) to (?:hold|book|put|block|schedule|pencil|set up|arrange|find|reserve|clear)\b",
         ("assistant to", "secretary to", "manager to", "receptionist to", "office to", "team to")),
        # "I have already shared it with another former classmate ...; he will be calling you separately".
        (r"\b(?:he|she|they)(?:'ll|’ll| will) be (?:calling|ringing|phoning|texting|messaging|contacting|emailing)"
         r" you\b", (" be calling", " be ringing", " be phoning", " be texting", " be messaging", " be contacting",
                      " be emailing")),
        # "I have already let him know he should join us as well".
        (r"\b(?:let|told|asked|invited) (?:him|her|them) (?:know )?(?:that )?(?:he|she|they) (?:should|can|will|'ll"
         r"|’ll|is to|are to) (?:join|sit in|dial in|come along|tag along|listen in)\b",
         (" join", " sit in", " dial in", " come along", " tag along", " listen in")),
        gate=("you", "your", "i'll", "i will"),
    ),
    # The thirteenth (fj): micromanaging the reader's part, chasing, favours traded.
    *_family(
        "order",
        # "If so, make sure you ring my mobile", "Next time you're in Leeds, make sure you tell me ahead of time".
        (_at_start("make sure", "be sure", "ensure", comma=True) + r" (?:that )?you (?!enjoy|take care|rest\b"
         r"|look after|have (?:a )?(?:good|great|lovely|fun|wonderful|restful)|take (?:a |some )?(?:proper |good "
         r"|well-earned |real |long )?(?:break|rest|time off|holiday|breather))",
         ("sure you", "sure that you", "ensure you", "ensure that you")),
        # "Be sure to copy Professor Lindqvist in on your reply", "Don't forget to attach the full deck this time".
        (_at_start("be sure to", "don't forget to", "don’t forget to", "do not forget to", "dont forget to")
         + r" (?:also )?(?:attach|send"
         r"|copy|cc|include|forward|reply|mention|add|bring|email|e-mail|check|read|tell|pass|let me know|get back"
         r"|respond|confirm|sign|share)\b",
         ("be sure to", "forget to")),
        # "Keep your feedback to bullet points; I don't need paragraphs".
        # (Not "Keep it brief." in a model's notes to itself, t524.)
        (_at_start("keep") + r" (?:(?:it|your (?:\w+ )?(?:feedback|reply|answer|answers|comments|notes|email"
         r"|response|thoughts)|them|this) (?:to (?:bullet|a few|one|two|three|a single|the point)|under|below)\b"
         r"|your (?:\w+ )?(?:feedback|reply|answer|answers|comments|notes|email|response|thoughts) (?:short|brief)\b)",
         ("keep ",)),
        # "don't bother leaving a voicemail; I won't listen to it".
        (r"\b(?:don't|don’t|do not) bother (?:leaving|with) (?:a |me a )?(?:voicemail|voice mail|voice message"
         r"|message)\b", ("bother",)),
        gate=("sure", "forget", "keep", "bother"),
    ),
    *_family(
        "pressure",
        # "Circling back yet again on the contacts", "I'd rather not have to ask another time".
        (r"\bcircling back (?:yet )?again\b|\bcircling back for the (?:second|third|fourth|fifth|nth|umpteenth)"
         r" time\b", ("circling back",)),
        (r"\bi(?:'d|’d| would) rather not (?:have to )?(?:ask|chase|write|remind you|follow up|nudge you)(?: you)?"
         r" (?:again|another time|a (?:second|third|fourth) time|twice)\b", ("rather not",)),
        # "You never did reply to my last message, so I'm trying again" (not "if you never reply").
        (r"\b(?<!if )you never (?:did )?(?:reply|replied|respond|responded|answer|answered|wrote back|got back"
         r" to me)\b", ("never",)),
        # "after I covered your on-call weekend, I think we're still not quite even".
        (r"\b(?:we(?:'re|’re| are)|that makes us|we(?:'ll|’ll| will) be) (?:still )?not (?:quite |yet |exactly )?"
         r"(?:even|square|quits)\b", (" even", " square", " quits")),
        # "I will happily buy, but I do need to hear back from you quickly on this".
        (r"\bi (?:really |do |just |will |also )?need to hear (?:back )?from you (?:quickly|soon|today|tomorrow"
         r"|asap|urgently|this week|by|before|within|straight away|right away)\b"
         r"|\bi (?:really |do |just )?need (?:an answer|a reply|a response|your answer|your reply) (?:from you )?"
         r"(?:quickly|soon|today|tomorrow|asap|urgently|this week|by|before|straight away|right away)\b",
         ("need to hear", "need an answer", "need a reply", "need a response", "need your")),
        gate=("circling", "rather", "never", "even", "need"),
    ),
    *_family(
        "entitlement",
        # "After the hours I put in at your fun run, I'd expect this to be an easy yes".
        (r"\b(?:expect|should|must|will|would)\b[^.!?\n]{0,30}?\ban easy yes\b", ("easy yes",)),
        gate=("easy",),
    ),
    # The thirtieth author (id): condescension, sarcasm and pressure of medium strength, each in its own words.
    # Sincere praise with an audience ("clear even for somebody who is still learning the vocabulary", "realistic
    # for someone with my background"), work that suits someone ("it works well for someone who travels") and
    # thanks for time given "to someone so early on this path" match none of these.
    *_family(
        "condescension",
        # Praise qualified by who the reader is: "You explain things very well for someone who works mostly with code
        # rather than people", "surprisingly well argued for someone who has spent his whole career in the voluntary
        # sector", "very articulate for a manager who came up through sales". (The writer as the someone, "for
        # someone with my background", is an audience, not a put-down.)
        (r"\b(?:well|clearly|impressive|impressively|articulate|articulately|sharp|polished|competent|competently"
         r"|professional|professionally|thoughtful|insightful|fluent|fluently|confident|confidently|argued|written"
         r"|explained|clear)(?: (?:and )?[\w-]+)?(?<!works well)(?<!work well)(?<!worked well)(?<!fit well)"
         # (Not what a piece was written for: "how clearly it was written for someone outside astronomy", qj.)
         r"(?<!was written)(?<!is written)(?<!were written)(?<!are written)(?<!been written)"
         # (kg25: "surprisingly well for someone outside the clinical side".)
         r" for (?:someone|somebody|a person) (?:who|from|with|without|in your|at your|of your|so|still|coming|outside"
         r"|not in|new to)\b"
         r"(?![^.!?\n,;]{0,60}\b(?:i|me|my)\b)[^.!?\n,;]{0,60}", ("for someone", "for somebody", "for a person")),
        (r"\b(?:well|clearly|impressive|impressively|articulate|articulately|sharp|polished|competent|competently"
         r"|professional|professionally|thoughtful|insightful|fluent|fluently|confident|confidently|argued|written"
         r"|explained|clear)(?: (?:and )?[\w-]+)? for an? (?:[\w-]+ )?(?:manager|newcomer|beginner|first-timer|novice"
         r"|engineer|developer|academic|lawyer|accountant|civil servant|graduate|salesperson|marketer|bureaucrat)"
         r" (?:who|from|with|without|so)\b(?![^.!?\n,;]{0,60}\b(?:i|me|my)\b)[^.!?\n,;]{0,60}",
         ("manager", "newcomer", "beginner", "timer", "novice", "engineer", "developer", "academic", "lawyer",
          "accountant", "civil servant", "graduate", "salesperson", "marketer", "bureaucrat")),
        # The reader's field made out to be easy: "I suspect the answer is simpler than people in your sector like to
        # make out", "much of it sounded like something I could sort out quite quickly", "I could do that job in my
        # sleep".
        (r"\b(?:simpler|easier|less complicated|more straightforward|less mysterious|less technical) than (?:people"
         r"|you|folk|those|your [\w-]+|many|most people|everyone) (?:in your (?:[\w-]+ )?(?:sector|field|line of work"
         r"|profession|industry|world|area|business|trade) )?(?:like to |would like to |tend to |want to |would have"
         r" (?:me|us|people) )?(?:make out|pretend|claim|let on|admit|believe|suggest|think)\b",
         ("make out", "pretend", "claim", "let on", "admit", "believe", "suggest", "think")),
        (r"\b(?:sounded|seemed|looked|sounds|seems|looks|is|was) like (?:something|the kind of thing|the sort of"
         r" thing|a problem|an issue|a job|work) (?:that )?(?:i|anyone|most people|any of us) could (?:sort out|fix"
         r"|solve|do|handle|manage|pick up|learn|knock out|master|tidy up|streamline)(?: [\w-]+){0,3}? (?:quite |very"
         r" |pretty |fairly |really |rather )?(?:quickly|easily|in no time|in an afternoon|in a day|in a week|in a"
         r" weekend|overnight)\b", ("could",)),
        (r"\b(?:could|can|would) (?:do|run|manage|handle) (?:your|that|this|his|her|their) (?:[\w-]+ )?(?:job|role"
         r"|work) in (?:my|their|his|her|our) sleep\b", ("sleep",)),
        # Progress noted as if from above: "Your writing has really come on since I first started following it" (to
        # an editor), "your presenting has improved a lot" (not "your work has improved the lives of ...").
        (r"\byour (?:writing|work|teaching|talks?|presenting|presentations?|speaking|style|english|articles?|pieces?"
         r"|designs?|code|columns?|blog|photography|drawing|playing|prose|editing|slides) (?:has|have) (?:really"
         r" |certainly |definitely |clearly |genuinely |honestly |actually )?(?:come on|improved|got better|gotten"
         r" better|matured|come a long way)\b(?! (?:the|our|my|a(?! lot\b| great deal\b| bit\b)|an|how|what|things"
         r"|outcomes|lives|care|access|patient|people)\b)", ("come on", "improved", "better", "matured", "long way")),
        # The reader's team said to lack the real thing: "product teams could certainly do with hearing from an actual
        # teacher", "your ward would benefit from a real nurse's view".
        (r"\b(?:could|would|might) (?:certainly |really |definitely |probably |all |clearly )?(?:do with|benefit"
         r" from|use) (?:hearing from |the views of |input from |a word from |listening to |the input of )?(?:an"
         r" actual|a real|a proper|someone who actually)\b", ("an actual", "a real", "a proper", "actually")),
        gate=("someone", "somebody", "person", "could", "sleep", "improved", "actual", "real", "proper"),
    ),
    *_family(
        "sarcasm",
        # "I'm sure you'll be thrilled to get this email", "I'm sure you'll be overjoyed to receive another one".
        (r"\bi(?:'m|’m| am) sure you(?:'ll|’ll| will) be (?:thrilled|overjoyed|ecstatic) to (?:get|receive|read"
         r"|see|find) (?:this|another|yet another|my)\b", ("thrilled", "overjoyed", "ecstatic")),
        gate=("thrilled", "overjoyed", "ecstatic"),
    ),
    *_family(
        "pressure",
        # Speed presumed: "I know agencies are famous for their quick turnaround, so I'm sure it'll be with me in no
        # time", "I'm sure you'll have it done in a jiffy".
        (r"\bi(?:'m|’m| am) sure (?:it|they|that|the [\w-]+|you)(?:'ll|’ll| will)(?: be with me| arrive| reach me"
         r"| be in my inbox| be ready| turn up| be on its way| come through| have it (?:done|ready|sent))?"
         r" (?:in no time|in a jiffy|in a flash|straight away|right away)\b",
         ("no time", "jiffy", "flash", "straight away", "right away")),
        # "I trust you'll treat this as a priority rather than leaving it at the bottom of the pile".
        (r"\b(?:rather than|instead of|and not|not) (?:leaving|leave|putting|put|letting|let|keeping) (?:it|this|me"
         r"|my [\w-]+|the [\w-]+) (?:sit |languish |gather dust )?(?:at the bottom of|in|on|under|to the bottom of)"
         r" (?:the|your) (?:pile|heap|inbox|in-tray|stack|queue|to-do list)\b",
         ("pile", "heap", "inbox", "tray", "stack", "queue", "do list")),
        gate=("pile", "heap", "inbox", "tray", "stack", "queue", "list"),
    ),
    # The thirty-first author (if): the same registers in other words again. Near misses: praise with an audience
    # ("clear even for someone new to it"), a prediction ("I expect the course to be demanding"), a reminder the
    # writer sets themselves, "I had already read about it myself, and your talk made it click".
    *_family(
        "condescension",
        # "you're surprisingly down to earth for someone who has spent her whole career behind a desk"; and what the
        # reader made or where they work (jr, ka): "surprisingly clear for something written by a pensions actuary",
        # "surprisingly decent work for an organisation of its kind".
        (r"\b(?:surprisingly|remarkably|refreshingly|unexpectedly|astonishingly|impressively) [\w' -]{1,30}? for"
         r" (?:(?:someone|somebody|a person) (?:who|from|with|without|in your|at your|of your|so|still|coming)\b"
         r"(?![^.!?\n,;]{0,60}\b(?:i|me|my)\b)[^.!?\n,;]{0,60}"
         r"|(?:something|anything|a (?:piece|paper|report|talk|document|book)) (?:written|produced|made|put together"
         r"|designed|built|given|presented) by\b"
         r"|(?:a|an|such a|one) (?:[\w-]+ )?(?:organi[sz]ation|company|charity|trust|team|firm|outfit|place|department"
         r"|office|practice|agency|council|business|person|group|school|hospital|studio|museum|body)"
         r" (?:of (?:its|that|their|your|this) (?:kind|type|sort)|like (?:that|yours|it|this))\b)",
         ("surprisingly", "remarkably", "refreshingly", "unexpectedly", "astonishingly", "impressively")),
        # ... or the quality of its work for its size (jm, jp, kj, kn: four authors): "surprisingly careful work for a
        # firm of its size", "remarkably good work for such a small outfit" (not "surprisingly affordable for a school
        # of its size": a price, not the work).
        (r"\b(?:surprisingly|remarkably|refreshingly|unexpectedly|astonishingly|impressively) (?:good|careful"
         r"|thoughtful|decent|solid|polished|professional|competent|tidy|sharp|strong|fine|sophisticated|slick|clever"
         r"|accomplished|ambitious|interesting|creative|rigorous|thorough|well-run|well run|organi[sz]ed|capable)"
         r" (?:[\w-]+ )?for (?:(?:a|an|one) (?:[\w-]+ )?(?:organi[sz]ation|company|charity|trust|team|firm|outfit"
         r"|place|department|office|practice|agency|council|business|group|school|studio|museum|operation|shop)"
         r" (?:of )?(?:its|that|their|your|this) (?:size|scale)|such a (?:small|little|tiny|modest|young) (?:[\w-]+ )?"
         r"(?:organi[sz]ation|company|charity|trust|team|firm|outfit|place|department|office|practice|agency|council"
         r"|business|group|school|studio|museum|operation|shop))\b",
         ("surprisingly", "remarkably", "refreshingly", "unexpectedly", "astonishingly", "impressively")),
        # "your recent designs have really come on, which is nice to see after some of the earlier ones".
        (r"\byour (?:[\w-]+ ){1,3}?(?:has|have) (?:really |certainly |definitely |clearly |genuinely |honestly"
         r" |actually )?(?:come on|come a long way)\b", ("come on", "long way")),
        # "since I gather most consultants have never actually run a live warehouse floor".
        (r"\b(?:you|most [\w-]+|people like you|[\w-]+ like you|few [\w-]+)\b[^.!?\n]{0,40}?\b(?:have|has|had)"
         r" never actually (?:run|worked|done|managed|been|set foot|held|had|seen|built)\b", ("never actually",)),
        # "Most of it I'd already picked up on my own".
        (r"\bi(?:'d|’d| had) already (?:picked up|worked out|figured out|learned|learnt|found out|known)\b"
         r"[^.!?\n]{0,40}?\b(?:on my own|myself|for myself|by myself)\b", ("already",)),
        gate=("surprisingly", "remarkably", "refreshingly", "unexpectedly", "astonishingly", "impressively", "already"),
    ),
    *_family(
        "demand",
        # "I expect the contact for the regional genetics course to be in my inbox before the end of the week" (not "I
        # expect the course to be demanding").
        (r"\bi (?:fully |would |will |'d |’d )?expect (?:the|your|that|this|it|them|a|an|my)\b[^.!?\n]{0,80}?\bto"
         r" (?:be (?:in my inbox|with me|on my desk|in my hands|sent|ready|done|confirmed|sorted|arranged|waiting|over)"
         r"|arrive|reach me|land)\b", ("expect",)),
        gate=("expect",),
    ),
    *_family(
        "pressure",
        # "I trust it won't take a second reminder from me to get it over this time".
        (r"\b(?:won't|won’t|will not|shouldn't|shouldn’t|should not|needn't|needn’t|doesn't|doesn’t) (?:take|need"
         r"|require) (?:(?:a |any )?(?:second|third|fourth|further|repeated) reminder|another reminder"
         r"|more reminders)\b",
         ("reminder", "reminders")),
        # "senior people like you rarely bother answering messages from branch staff".
        (r"\b(?:rarely|seldom|never|hardly ever)(?: even)? (?:bother|deign|stoop) (?:to )?(?:answer"
         r"|answering|reply|replying|respond|responding|read|reading)\b", ("bother", "deign", "stoop")),
        gate=("reminder", "bother", "deign", "stoop"),
    ),
    *_family(
        "sarcasm",
        # "so I'm not holding my breath".
        (r"\b(?:i'm|i’m|i am|i won't be|i won’t be|i'm not|i’m not|i am not|not) holding my breath\b",
         ("holding my breath",)),
        # "Congratulations on becoming head of service. I'm sure it had nothing at all to do with knowing half the
        # interview panel."
        (r"\bi(?:'m|’m| am) sure (?:it|that|this|your [\w-]+)(?: had| has|'s|’s| was) nothing (?:at all |whatsoever"
         r" )?to do with\b", ("nothing",)),
        gate=("breath", "nothing"),
    ),
    *_family(
        "presumption",
        # "I'll ring your office on Tuesday afternoon and will take it that you've kept the slot free for me".
        (r"\b(?:will|'ll|’ll|shall) (?:take it|assume|presume) (?:that )?you(?:'ve|’ve| have) (?:kept|saved|held"
         r"|blocked|reserved|cleared|set aside|put aside|freed up|pencilled|penciled)\b",
         ("take it", "assume", "presume")),
        gate=("take", "assume", "presume"),
    ),
    # The thirty-fourth author (it). Near misses: "I am now shortening it so that it is easy to read in a few minutes"
    # (the writer's courtesy), "it's only fair to tell you I have applied elsewhere", "perhaps you'll manage to come
    # along to the exhibition".
    *_family(
        "condescension",
        # "I'll keep this short and simple so it's easy to follow", "to put it in plain terms for you".
        (r"\b(?:keep|make|kept|made)\b[^.!?\n]{0,30}?\b(?:simple|basic)\b[^.!?\n]{0,10}?\bso (?:that )?(?:it's|it’s"
         r"|it is|it'll be|it will be) easy (?:for you )?to (?:follow|understand|take in|digest)\b", ("easy to",)),
        (r"\b(?:put|explain|say|spell) (?:it|this|things|that) (?:out )?(?:in (?:plain|simple|layman's|layman’s|basic)"
         r" (?:terms|english|language|words)|simply) for you\b", ("for you",)),
        # "which I imagine is useful for people newer to the field than I am".
        (r"\b(?:useful|helpful|handy|valuable|good|ideal)\b (?:for|to) (?:people|those|someone|anyone|others|beginners"
         r"|newcomers)\b[^.!?\n]{0,40}?\b(?:newer|less experienced|more junior|greener|less advanced)\b[^.!?\n]{0,30}?"
         r"\bthan (?:i am|me|myself)\b", ("than i am", "than me", "than myself")),
        # "honestly I didn't expect much practical advice from the charity sector".
        (r"\b(?:didn't|didn’t|did not|never) expect (?:much|a lot|anything|great things|very much)\b[^.!?\n]{0,40}?"
         r"\bfrom (?:someone|somebody|people|anyone|(?:the|your|a|an) (?:[\w-]+ ){0,2}?(?:sector|field|industry|world"
         r"|profession|side|team|department|council|charity|agency|people|firm|company))\b", ("expect",)),
        # "persistence pays off in the end, even for people who took the long way round".
        (r"\beven for (?:people|those|someone|somebody) who (?:took|take|have taken|had taken) (?:the long way round"
         r"|the long way around|their time|a while|longer|a few attempts|the scenic route)\b", ("even for",)),
        gate=("easy", "you", "than", "expect", "even"),
    ),
    *_family(
        "sarcasm",
        # "Thank you so much for squeezing me in between all your terribly important meetings".
        # ... "at the open day between all your important meetings" (ku).
        (r"\bsqueez(?:e|ed|ing) me in (?:[\w-]+ ){0,4}?(?:between|around|among) (?:all )?(?:of )?(?:your|the)"
         r" (?:[\w-]+ ){0,2}?"
         r"(?:important|busy|pressing|vital|urgent)\b(?: [\w-]+)?", ("squeeze", "squeezed", "squeezing")),
        # "a certain old-fashioned charm, which I suppose is fitting for a museum".
        (r"\bwhich i suppose is (?:fitting|appropriate|only natural|to be expected|par for the course) for\b",
         ("i suppose",)),
        gate=("squeeze", "squeezed", "squeezing", "suppose"),
    ),
    *_family(
        "pressure",
        # "I'm sure you get far too many of these to read them all, but perhaps you'll manage to get to this one".
        (r"\bperhaps you(?:'ll|’ll| will| might| can| could) (?:manage|find (?:the )?time) to (?:get to|read|reply to"
         r"|answer|respond to|look at|open) (?:this|mine|my|it)\b", ("perhaps you",)),
        gate=("perhaps",),
    ),
    *_family(
        "entitlement",
        # "given how much preparation I put in, a written summary of your advice would only be fair".
        (r"\b(?:given|considering|after) (?:how much|all the|the amount of|the) (?:[\w-]+ ){0,3}?(?:i|i've|i’ve"
         r"|i have)\b[^.!?\n]{0,100}?\b(?:only (?:be )?fair|the least you|owed|i've earned|i’ve earned|i deserve)\b",
         ("fair", "the least you", "owed", "earned", "deserve")),
        gate=("fair", "least", "owed", "earned", "deserve"),
    ),
    # The fiftieth to fifty-second authors (jc, je, jh). Near misses: sincere admiration of a small team ("impressive
    # how much you have built with such a small team"), "even a small donation can help", "I know this is an
    # imposition", "you did say you'd be happy to look at my CV, so I've attached it".
    *_family(
        "condescension",
        # Praise qualified by the smallness of the reader's world: "surprisingly polished for such a small company",
        # "surprisingly readable for someone in such a minor field".
        # ... or by the dullness of its subject: "surprisingly clear for such a dry subject" (pi), "surprisingly well
        # regarded for such a small outfit" (pq).
        (r"\b(?:surprisingly|unexpectedly|oddly|strangely) (?:well |highly |widely )?[\w-]+(?: (?:and|but) [\w-]+)? for"
         r" (?:(?:someone|somebody|people|anyone) (?:in|at|from|working in) )?(?:such )?(?:a |an )?(?:small|little|tiny"
         r"|minor|provincial|obscure|niche|sleepy|modest|dry|dull|boring|unglamorous|tedious)\b",
         ("surprisingly", "unexpectedly", "oddly", "strangely")),
        # "I'm sure even a small clinic can teach me something".
        (r"\beven (?:a|an|such a|your) (?:small|little|tiny|modest|minor|provincial|local|regional|obscure|niche)"
         r" (?:[\w-]+ ){1,4}?(?:can|could|might|may|must|will|should) (?:still |surely |probably |possibly )?(?:teach"
         r"|show|offer|give|tell) me\b", ("even a", "even an", "even such", "even your")),
        # "I expect some of your experience may not apply any more", "your route in was a bit old-fashioned".
        (r"\byour (?:own )?(?:experience|advice|knowledge|expertise|route in|way in|methods|approach|training"
         r"|qualifications)\b[^.!?\n]{0,40}?\b(?:may|might|will|probably|must|does|do) (?:not|no longer) (?:apply"
         r"|be relevant|hold|count|be current)\b", ("not apply", "no longer apply", "not be relevant",
         "no longer be relevant", "not hold", "no longer hold", "not count", "not be current")),
        (r"\byour (?:[\w-]+ ){1,2}(?:was|is|seems|sounds|looks) (?:a bit |rather |a little |somewhat |slightly"
         r" |quite )?(?:old-fashioned|outdated|dated|out of date|behind the times)\b",
         ("old-fashioned", "outdated", "dated", "out of date", "behind the times")),
        gate=("surprisingly", "unexpectedly", "oddly", "strangely", "even", "apply", "relevant", "hold", "count",
              "current", "fashioned", "outdated", "dated", "behind"),
    ),
    *_family(
        "sarcasm",
        # "No doubt you had your reasons", after something the reader never did ("I'm sure you have your reasons for
        # recommending the longer course" asks to hear them).
        (r"\b(?:no doubt|i(?:'m|’m| am) sure|i expect|i suppose|i daresay|doubtless) you (?:had|must have had)"
         r" your (?:reasons|priorities)\b", ("your reasons", "your priorities")),
        # "I understand some people's diaries are simply more important than others'".
        (r"\bsome people(?:'s|’s)? (?:diaries|diary|time|schedules?|calendars?|inboxes) (?:is|are) (?:simply |just "
         r"|clearly |obviously |far |much )*(?:more|far more|much more) (?:important|valuable|precious|pressing)\b",
         ("some people", "some people's", "some people’s")),
        # "an introduction must be an enormous burden for someone with your schedule".
        (r"\b(?:must be|would be|is|will be|could be) (?:such )?an? (?:enormous|huge|terrible|massive|dreadful"
         r"|unbearable|crushing|monumental) (?:burden|ordeal|hardship|chore)\b",
         ("burden", "ordeal", "hardship", "chore")),
        # "I'll treasure every one of the minutes you managed to give me".
        (r"\b(?:every one of the|each of the|every|all of the|the few|those few) (?:precious |whole )?(?:minutes"
         r"|seconds|moments) you (?:managed|were able|could bring yourself|deigned) to (?:give|spare|find|offer)\b",
         ("minutes you", "seconds you", "moments you")),
        gate=("reasons", "priorities", "people", "burden", "ordeal", "hardship", "chore", "minutes", "seconds",
              "moments"),
    ),
    # The fifty-third author (jl). Near misses: "our regional office doesn't see much of the modelling work, which is
    # why I'm writing to you", "it would be the highlight of my week".
    *_family(
        "condescension",
        # "I realise a regional office probably doesn't see much of the interesting modelling work".
        (r"\b(?:a|an|your) (?:small|smaller|regional|local|provincial|little|satellite|branch|backwater) (?:[\w-]+ )?"
         r"(?:office|team|clinic|practice|firm|outfit|branch|school|department|hospital|unit|agency|council|studio)"
         r" (?:probably |likely |presumably |perhaps |must )?(?:doesn't|does not|don't|won't|wouldn't|can't|isn't|never"
         r"|rarely|hardly) (?:see|get|do|handle|deal with|have|touch|come across)\b[^.!?\n]{0,30}?\b(?:much|many"
         r"|any|the (?:interesting|exciting|real|serious|big|complex|cutting-edge|advanced))\b",
         ("doesn't", "does not", "don't", "won't", "wouldn't", "can't", "isn't", "never", "rarely", "hardly")),
        gate=("doesn't", "not", "don't", "won't", "wouldn't", "can't", "isn't", "never", "rarely", "hardly"),
    ),
    *_family(
        "sarcasm",
        # "I'm sure your inbox is a thrilling place, so I'll try to make this the highlight of your day".
        (r"\byour (?:inbox|diary|calendar|day|days|desk|job|schedule|week) (?:is|must be|sounds) (?:a |such a |an )?"
         r"(?:thrilling|riveting|fascinating|gripping|scintillating|thrill-packed|non-stop thrill|laugh)\b",
         ("thrilling", "riveting", "fascinating", "gripping", "scintillating", "thrill", "laugh")),
        (r"\b(?:make|be) (?:this|it|my)(?: (?:email|letter|note|message|one))? the highlight of your (?:day|week"
         r"|morning|month|inbox)\b", ("highlight of your",)),
        gate=("thrilling", "riveting", "fascinating", "gripping", "scintillating", "thrill", "laugh", "highlight"),
    ),
    *_family(
        "pressure",
        # "I noticed you never did get round to tasting the samples I left for you".
        (r"\byou never (?:did |actually |quite )?(?:get|got) (?:a)?round to\b", ("round to", "around to")),
        # "I'm sure it simply slipped your mind, but you did promise to share your notes".
        (r"\bbut you did (?:promise|say|agree|offer|tell me|undertake)\b", ("but you did",)),
        gate=("round", "did"),
    ),
    # The fifty-fourth and fifty-fifth authors (jr, jt): faint praise, disappointment and a reproach of the reader's
    # manner, each written as a construction rather than a phrase. Near misses: "I'm sure you have your reasons for
    # ...", "surprisingly good fun for a Monday", "I expected more questions about ...", "I will make more effort to
    # stay in touch", "you seemed rushed off your feet", "something actually useful" the writer built.
    *_family(
        "condescension",
        # ("surprisingly clear for something written by a pensions actuary": the thirty-first author's family.)
        # "Most of what you covered I already knew, of course".
        (r"\b(?:most|much|all|nearly all|almost all|half|a lot|plenty) of (?:what|it|this|that)\b[^.!?\n]{0,80}?"
         r"\bi (?:already|largely|mostly|pretty much) knew\b", ("already knew", "largely knew", "mostly knew",
                                                               "pretty much knew")),
        (r"\bi already knew(?: it| that| this| all that| most of it)?,? of course\b", ("already knew",)),
        gate=("knew",),
    ),
    *_family(
        "sarcasm",
        # "I have not heard anything since, but I am sure you have your reasons." (not "your reasons for ...", which
        # asks to hear them).
        (r"\b(?:no doubt|i(?:'m|’m| am) sure|i expect|i suppose|i daresay|doubtless|presumably) you (?:have|had|must"
         r" have|must have had) your (?:reasons|priorities)(?= *(?:[.!;)]|, but|$))", ("your reasons",
                                                                                       "your priorities")),
        # "Let me know if you ever have anything actually useful to pass on."
        (r"\byou\b[^.!?\n]{0,30}?\b(?:anything|something) (?:actually|genuinely) (?:useful|helpful"
         r"|worthwhile|relevant|of use|worth)\b", ("actually", "genuinely")),
        # "what with all those long lunches".
        (r"\b(?:long|leisurely|boozy|liquid|three-hour|two-hour) lunches\b", ("lunches",)),
        gate=("reasons", "priorities", "actually", "genuinely", "lunches"),
    ),
    *_family(
        "entitlement",
        # "honestly I expected more than 20 minutes from someone in your position", "I'd hoped for more concrete help
        # than general pointers".
        (r"\bi(?:'d|’d| had| would have)? (?:expected|hoped for|wanted) (?:a (?:lot|little|bit) |rather |much |far"
         r" |something )?(?:more|better)\b[^.!?\n]{0,40}?\b(?:from (?:you|someone|somebody|a person|a man|a woman)"
         r"(?: (?:in|at|of|with) your)?\b|than (?:general|generic|vague|a few|a couple|that|this|what|the usual)\b"
         # ... "from a director" (lb: the reader's rank).
         r"|from (?:a|an) (?:[\w-]+ )?(?:director|manager|professor|partner|consultant|expert|specialist|senior"
         r"|head|lead|chief|executive|doctor|leader|editor|founder)\b)",
         ("expected more", "expected better", "hoped for more", "hoped for better", "wanted more", "expected a",
          "hoped for a", "hoped for rather", "expected rather", "expected much", "expected far", "hoped for much",
          "expected something", "hoped for something")),
        # "I hope you'll make more effort next time."
        (r"\byou(?:'ll|’ll| will| would| could| can| might| should| need to| have to)? (?:make|put in|show|put)"
         r" (?:a (?:bit|little|lot) |rather |a good deal |much |far )?(?:more|greater|a real|a proper|some) effort\b",
         ("effort",)),
        # "You seemed distracted throughout."
        (r"\byou (?:seemed|looked|sounded|appeared|were) (?:rather |a bit |a little |quite |very |somewhat |pretty"
         r" |clearly |so |rather )?(?:distracted|uninterested|disinterested|bored|dismissive|unprepared"
         r"|not (?:really |very |at all )?(?:listening|interested|engaged|paying attention))\b",
         ("distracted", "uninterested", "disinterested", "bored", "dismissive", "unprepared",
          "listening", "interested", "engaged", "attention")),
        # "I'm not someone who gets passed over."
        (r"\bi(?:'m|’m| am) not (?:someone|somebody|a person|one|the (?:sort|kind|type) of (?:person|man|woman))"
         r" (?:who|that|to) (?:gets|is|can be|will be|likes being|likes to be|takes kindly to being|should be)"
         r" (?:passed over|ignored|overlooked|brushed off|kept waiting|fobbed off|put off|forgotten|sidelined)\b",
         ("passed over", "ignored", "overlooked", "brushed off", "kept waiting", "fobbed off", "put off", "forgotten",
          "sidelined")),
        gate=("expected", "hoped", "wanted", "effort", "distracted", "uninterested", "disinterested", "bored",
              "dismissive", "unprepared", "listening", "interested", "engaged", "attention", "passed",
              "ignored", "overlooked", "brushed", "waiting", "fobbed", "put", "forgotten", "sidelined"),
    ),
    # The fifty-sixth to fifty-eighth authors (ju, jv, and jv's follow-ups): arrogance, sarcasm and reproach again in
    # other words. Near misses: "you know more about it than anyone I have met", "thank you for your time; I finally
    # have a plan", "sorry if I kept you waiting", "I won't take up any more of your valuable time", "it was
    # disappointing, given the funding cuts, but your advice helped", "groundbreaking research".
    *_family(
        "condescension",
        # "I probably know more about long fermentation than most of your bakers already".
        (r"\bi (?:probably |already |likely |certainly |surely |honestly |frankly )?know (?:a (?:lot|good deal|great"
         r" deal) )?more (?:about [^.!?\n]{1,40}? )?than (?:most|many|half|some|all|any|the rest) of (?:your|you)\b",
         ("know more", "know a lot more", "know a good deal more", "know a great deal more")),
        gate=("know",),
    ),
    *_family(
        "sarcasm",
        # "Thank you for meeting me, eventually."
        (r"\bthank(?:s| you)\b[^.!?\n]{0,60}?, (?:eventually|finally|at last|at long last)(?= *[.!])",
         ("eventually", "finally", "at last", "long last")),
        # "I'll try not to take up any more of your precious time than strictly necessary."
        (r"\bof your (?:precious|valuable|very precious|very valuable) time than (?:is )?"
         r"(?:strictly |absolutely |really )?(?:necessary|needed)\b", ("time than",)),
        # "being told to just network more was truly groundbreaking advice", "my list of amazing insights".
        (r"\b(?:truly|really|genuinely|such|absolutely|totally) (?:groundbreaking|revolutionary|earth-shattering"
         r"|mind-blowing|life-changing) (?:advice|insight|insights|tip|tips|suggestion|stuff|wisdom)\b",
         ("groundbreaking", "revolutionary", "shattering", "blowing", "changing")),
        (r"\bmy (?:list|collection) of (?:amazing|brilliant|groundbreaking|profound|incredible) (?:insights|tips"
         r"|advice|wisdom)\b", ("list of", "collection of")),
        gate=("eventually", "finally", "last", "than", "groundbreaking", "revolutionary", "shattering", "blowing",
              "changing", "list", "collection"),
    ),
    *_family(
        "entitlement",
        # "I shouldn't need to remind a director of something he offered himself."
        (r"\bi (?:shouldn't|shouldn’t|should not)(?: (?:need|have) to| really (?:need|have) to)? (?:remind"
         r"|ask you|keep asking|have to ask|spell (?:it|this) out)\b", ("shouldn't", "shouldn’t", "should not")),
        # "You kept me waiting in reception" (not "I'm sorry if I kept you waiting", "you never kept me waiting").
        (r"(?<!never )\byou (?:kept|left) me (?:waiting|hanging|sitting|standing)\b", ("kept me", "left me")),
        # "I'd expect a more organised welcome from a unit the size of Royal Bradfield".
        (r"\bi(?:'d|’d| would)(?: have)? expect(?:ed)? (?:a |an |rather |much |far |a (?:lot|little|bit) ){0,2}"
         r"(?:more|better) [\w-]+(?: [\w-]+)? from (?:a|an|the|someone|somebody|you)\b[^.!?\n]{0,50}?\b(?:your|yours"
         r"|the size of|of that size|like that)\b",
         ("expect a", "expect an", "expect rather", "expect much", "expect far", "expect more", "expect better",
          "expected a", "expected more", "expected better")),
        # "I've heard nothing from you since, which is disappointing considering how much I helped out on your stand.
        # I'd have thought that earned at least a quick hello."
        (r"\bdisappointing,? (?:considering|given|seeing|after) (?:how much|all|everything|the (?:time|effort|work))"
         r" (?:i|i've|i’ve|i have|i'd|i’d|i had|i put|i gave)\b", ("disappointing",)),
        (r"\bi(?:'d|’d| would) have thought (?:that|it|this|my [\w-]+)\b[^.!?\n]{0,40}?\b(?:earned|deserved|merited"
         r"|warranted|was worth|were worth) (?:at least|a|an|some|the courtesy)\b", ("have thought",)),
        gate=("shouldn't", "shouldn’t", "should", "kept", "left", "expect", "expected", "disappointing", "thought"),
    ),
    # The sixtieth author (jx). Near misses: "you should make time for yourself after the launch", "many people helped
    # me when I started, and I would like to do the same one day".
    *_family(
        "entitlement",
        # "As an alumna you really should be making time for current students".
        (r"\byou (?:really |surely |certainly |of all people |especially )?(?:should|ought to|must|need to)"
         r" (?:really )?(?:be )?(?:mak(?:e|ing)|find(?:ing)?|set(?:ting)? aside|carv(?:e|ing) out)"
         r" (?:the |some |more )?time for (?:me|us|students|current students|people like me|people like us|alumni"
         r"|juniors|newcomers|the next|those (?:coming|starting|behind)|your (?:fellow|old|former))\b", ("time for",)),
        # "plenty of people helped you when you were where I am now".
        (r"\b(?:plenty of|many|lots of|a lot of|other|so many) people (?:once |surely |presumably |must have )?"
         r"(?:helped|supported|mentored|gave (?:their )?time to|made time for) you\b", ("helped you", "supported you",
                                                                                     "mentored you", "time to you",
                                                                                     "made time for you")),
        gate=("time", "helped", "supported", "mentored", "made"),
    ),
    # The sixty-first author (ka). Near misses: "I'd suggest we look at the dates together", "the field has moved on
    # since I trained, which is why I am asking", "I was late myself", "a meeting that starts at nine".
    *_family(
        "reproach",
        # "I'd gently suggest you look into how visitors are treated at the front desk".
        (r"\bi(?:'d|’d| would) (?:gently |respectfully |politely |strongly |humbly |kindly |just )?suggest"
         r" (?:that )?you (?:look into|have a word with|review|speak to|check on|check how|take a look at how)\b",
         ("suggest",)),
        # "It was a shame you were so late, as it cut into our time together".
        (r"\b(?:a (?:shame|pity)|unfortunate|disappointing) (?:that )?you were"
         r" (?:so |rather |a bit |quite |very |so very )?late\b",
         ("were late", "were so late", "were rather late", "were a bit late", "were quite late", "were very late",
          "were so very late")),
        # "ideally one that starts on time".
        (r"\bone that (?:actually )?(?:starts|begins|runs|finishes|ends) on time\b", ("on time",)),
        gate=("suggest", "late", "time"),
    ),
    *_family(
        "sarcasm",
        # "I understand some people are simply very busy".
        (r"\bsome people are (?:simply |just |clearly |obviously |evidently )?(?:very |so |terribly |rather )?busy\b",
         ("some people",)),
        gate=("people",),
    ),
    *_family(
        "condescension",
        # ("surprisingly decent work for an organisation of its kind": the thirty-first author's family.)
        # "I'd encourage you to update your advice; the profession has moved on rather since you trained".
        (r"\b(?:has|have) moved on (?:a (?:lot|bit|good deal|little|great deal) |rather |quite a bit |considerably "
         r"|somewhat |so much )?since you (?:trained|qualified|started|studied|were (?:at|in|training))\b",
         ("since you",)),
        (r"\bi(?:'d|’d| would) (?:gently |strongly |respectfully )?(?:encourage|urge|advise) you to (?:update|refresh"
         r"|revisit|brush up)\b", ("encourage you", "urge you", "advise you")),
        gate=("since", "encourage", "urge", "advise"),
    ),
    # The sixty-second author (ke), writing in many Englishes. Near misses: "I'm sorry we had to cut our call short",
    # "it is refreshing to see a new approach to it", "I suppose priorities differ from firm to firm", "I know you're
    # very busy", "I'll keep my questions short".
    *_family(
        "reproach",
        # "I had hoped you would have been in touch first about whether a shadowing day is possible".
        (r"\bi(?:'d|’d| had) (?:rather |really )?hoped you(?:'d|’d| would) have (?:been in touch|got in touch|written"
         r"|replied|called|rung|let me know|sent|remembered)\b", ("hoped you",)),
        # "even though you had to cut our time short to take that other call".
        (r"\byou (?:had to |needed to |chose to |decided to )?cut (?:our|the|my) (?:time|call|meeting|conversation|chat"
         r"|visit|session) short\b", ("short",)),
        gate=("hoped", "short"),
    ),
    *_family(
        "sarcasm",
        # "but I suppose people's priorities differ".
        (r"\bi suppose (?:people's|people’s|some people's|some people’s|everyone's|everyone’s) priorities"
         r" (?:differ|vary|are different)\b", ("priorities",)),
        # "you're terribly important and have zero minutes for anyone without a fancy art school degree".
        (r"\byou(?:'re|’re| are) (?:terribly|ever so|far too|much too|so very|oh so) important\b", ("important",)),
        (r"\bzero (?:minutes|time|seconds) for\b", ("zero",)),
        (r"\b(?:anyone|someone|people) without (?:a|an) fancy\b", ("fancy",)),
        gate=("priorities", "important", "zero", "fancy"),
    ),
    *_family(
        "condescension",
        # "I realise auction buying may seem simple from where you sit, so I will keep my questions basic".
        (r"\b(?:may|might|must|probably|would) (?:seem|look|appear) (?:rather |very |quite )?(?:simple|easy"
         r"|straightforward|trivial|basic) from where you sit\b", ("where you sit",)),
        (r"\bkeep my questions (?:basic|simple|elementary|easy)\b", ("questions basic", "questions simple",
                                                                       "questions elementary", "questions easy")),
        # "It is refreshing to see young people taking an interest, even if some of your figures were a little
        # optimistic".
        (r"\brefreshing to see (?:young people|someone (?:so |your )?(?:young|junior)|a young|the younger"
         r"|youngsters)\b", ("refreshing",)),
        (r"\beven if (?:some of |most of |a few of )?your [\w-]+(?: [\w-]+){0,3}? (?:were|was) (?:a little|a bit|rather"
         r"|somewhat|slightly) (?:optimistic|naive|naïve|ambitious|thin|dated|simplistic|off)\b", ("even if",)),
        gate=("sit", "questions", "refreshing", "even"),
    ),
    # The sixty-third author (kg): office email's deniable rudeness. Near misses: "as I mentioned in my last email, here
    # is the link", "a quick reminder that I'll call on Tuesday", "whenever you get round to it is fine by me".
    *_family(
        "sarcasm",
        # "Hopefully that's clearer now for everyone."
        (r"\bhopefully (?:that's|that’s|that is|this is|it's|it’s|it is) (?:a (?:bit|little) )?clear(?:er)? now\b",
         ("clear now", "clearer now")),
        # "I'd be grateful for your thoughts, whenever you do get round to it."
        (r"\bwhenever you (?:do |finally |eventually )(?:get|come) (?:a)?round to (?:it|them|this|that)\b",
         ("round to",)),
        # "it would be nice to know the effort wasn't wasted".
        (r"\b(?:effort|time|trouble|work|kindness)(?: she| he| they| i)?(?: put in| took)? (?:wasn't|wasn’t|was not"
         r"|hadn't been|had not been) (?:entirely |completely |all )?wasted\b", ("wasted",)),
        gate=("clear", "clearer", "round", "wasted"),
    ),
    *_family(
        "condescension",
        # "you explained it very clearly, considering how long ago you must have done your own training" (jh16).
        (r"\bconsidering how (?:long ago|old|out of date|dated|far back)\b[^.!?\n]{0,40}?\byou(?:r)?\b",
         ("considering",)),
        # "I'll fill in the gaps myself where the science was a bit thin" (and "surprisingly well for someone outside
        # the clinical side", with the thirtieth author's family).
        (r"\bfill in the gaps myself\b", ("gaps myself",)),
        gate=("considering", "gaps"),
    ),
    # The authors of kl, km and kn. Near misses: "You do so much for such a small team",
    # "I've put the dates in a short list so they're easy for you to find", "Even though our call was shorter than
    # planned, I came away with pages of notes", "Dana warned me you're hard to reach during harvest", "I take it the
    # date is still to be confirmed", "You'll no doubt be pleased to hear that I passed", "Thank you for finding time
    # to reply to everyone on the thread", "I'm ahead of most people in my cohort", "I could learn a thing or two
    # from your team".
    *_family(
        "condescension",
        # Low expectations of a small place met: "more professional than I expected from such a small family business".
        (r"\b(?:(?:more|less) [\w-]+|[\w-]+er) than i (?:had |would have |'d |’d )?(?:expected|imagined|thought"
         r"|anticipated) (?:from|of|for|at) (?:such |so small )?(?:a|an|your) (?:small|little|tiny|modest|family|local"
         r"|young|provincial|regional)\b", ("expected", "imagined", "thought", "anticipated")),
        # Simplified for the reader: "I'll keep my questions short and simple so they're easy for you to follow", "I've
        # set out the next steps as plainly as I can so they're easy for you to keep track of".
        (r"\b(?:simple|simply|plainly|plain|basic|slowly|short)\b[^.!?\n]{0,30}? so (?:that )?(?:they're|they’re"
         r"|they are|it's|it’s|it is|everything is|everything's) (?:easy|easier|simple) for you to (?:follow"
         r"|understand|keep track of|grasp|take in|keep up)\b", ("easy for you to", "easier for you to",
                                                                 "simple for you to")),
        # Ahead of the reader's own people: "frankly I am already ahead of most people in your team".
        (r"\bi(?:'m|’m| am) (?:already |probably |now |well |frankly |honestly |certainly )*(?:ahead of|further along"
         r" than|more advanced than|better than|beyond) (?:most|many|half|all|the rest|much) (?:of )?(?:the )?"
         r"(?:[\w-]+ )?(?:in|on|at|of) your\b", ("ahead of", "further along", "more advanced", "better than",
                                                 "beyond")),
        # "I think most people in your department could learn a thing or two from this reel".
        (r"\b(?!i\b|we\b)[a-z]+ (?:could|would|might|should|can|will) (?:all |probably |certainly |definitely "
         r"|really |easily )?(?:learn|pick up) a thing or two from (?:me|my|this|what i|how i)\b",
         ("thing or two",)),
        gate=("expected", "imagined", "thought", "anticipated", "easy", "easier", "simple", "ahead", "along",
              "advanced", "better", "beyond", "thing"),
    ),
    *_family(
        "pressure",
        # Thanks with a complaint as its tail: "thank you for the time you were able to spare, even if it ended up
        # rather shorter than we had arranged."
        (r"(?<=, )even (?:if|though) (?:it|the [\w-]+|our [\w-]+) (?:[\w-]+ ){0,3}?(?:shorter|briefer) than (?:we"
         r"|i) (?:had )?(?:arranged|agreed|planned|booked|scheduled|hoped|expected)(?=[ \t]*(?:[.!]|$))",
         ("shorter than", "briefer than")),
        # The reader's slowness held against them: "Dana did warn me you aren't always the quickest at replying",
        # "Lucy did warn me that you're very hard to pin down".
        (r"\byou(?:'re not|’re not| aren't| aren’t| are not| weren't| weren’t| were not) (?:always |exactly |really "
         r"|ever )?(?:the )?(?:quickest|fastest|most prompt|speediest|best|most reliable|greatest) (?:at|with|when it"
         r" comes to) (?:repl|respond|answer|e-?mail|getting back|correspondence|messages)\w*",
         ("quickest", "fastest", "prompt", "speediest", "best at", "best with", "best when", "reliable", "greatest")),
        (r"\byou(?:'re|’re| are| can be)? (?:very |rather |quite |notoriously |famously |a little |a bit |so )?(?:hard"
         r"|difficult|impossible|tricky) to pin down\b", ("pin down",)),
        # Others answered first: "I just noticed you found time to reply to everyone else on the meetup thread".
        (r"\byou (?:seem to |seemed to |still |somehow |clearly )?(?:have |had )?(?:found|find|had|have|made|make"
         r"|managed to find)"
         r" (?:the )?time (?:to [\w'’ ]{1,30}? )?(?:(?:for|to) )?(?:everyone|everybody|all) else\b", ("else",)),
        gate=("shorter", "briefer", "quickest", "fastest", "prompt", "speediest", "best", "reliable", "greatest",
              "pin", "else"),
    ),
    *_family(
        "sarcasm",
        # "Thank you for finding a few whole minutes for me between courses".
        (r"\b(?:a few|a couple of|one|two|three|four|five|ten|fifteen|twenty|thirty|\d+) whole (?:minutes|seconds)\b",
         ("whole minutes", "whole seconds")),
        gate=("minutes", "seconds"),
    ),
    *_family(
        "presumption",
        # "since you'll obviously be happy to read through my case notes as well, I'll attach a few".
        (r"\byou(?:'ll|’ll| will|'d|’d| would) (?:obviously|of course|naturally|surely|no doubt|undoubtedly) (?:be )?"
         r"(?:happy|glad|willing|keen|delighted|pleased|able) to\b(?! (?:hear|know|learn|see|read that)\b)",
         ("obviously", "of course", "naturally", "surely", "no doubt", "undoubtedly")),
        # "I take it that is settled, so please just send me the start details".
        (r"\bi take it (?:that )?(?:this|that|it|everything|all of (?:this|that)|the (?:[\w-]+ )?(?:matter|placement"
         r"|arrangement|date|plan)) is (?:settled|agreed|sorted|decided|confirmed|fine|a yes|a done deal|arranged)\b",
         ("take it",)),
        gate=("obviously", "course", "naturally", "surely", "doubt", "undoubtedly", "take"),
    ),
    # The author of kt: the ask made by imposition. Near misses: "Would it help if I contacted your assistant to arrange
    # a time?", "Sam told me you had agreed to speak at the event", "Either you or a colleague would be ideal", "Either
    # you ring me or I will ring you, whichever is easier", "I will need it for my course", "Don't expect me to have
    # all the answers", "Listen, I know how busy you are", "So here's the deal: I've been a shift lead for a while".
    *_family(
        "presumption",
        # Booked through the reader's assistant: "I have already contacted your assistant and asked her to book a
        # 30-minute video call into your calendar", "I told her you had already agreed to see me".
        (r"\b(?<!if i )(?<!should i )(?<!shall i )(?<!may i )(?<!could i )(?:contacted|rang|called|phoned|emailed"
         r"|e-mailed|spoke to|asked|told|instructed) your (?:personal )?(?:assistant|pa|secretary|diary manager"
         r"|office manager)\b[^.!?\n]{0,40}?\bto (?:book|schedule|put|add|pencil|slot|set up|arrange)\b",
         ("assistant", "your pa", "secretary", "diary manager", "office manager")),
        (r"\btold (?:her|him|them|your [\w-]+) (?:that )?you(?:'d|’d| had| have)? (?:already )?agreed\b",
         ("you agreed", "you'd agreed", "you’d agreed", "you had agreed", "you have agreed", "you already agreed",
          "you'd already agreed", "you’d already agreed", "you had already agreed", "you have already agreed")),
        # "I'll be at the forge on Saturday morning for my half hour, so expect me."
        (r"\b(?<!n't )(?<!n’t )(?<!not )(?:so |just )?expect me\b(?! to\b)", ("expect me",)),
        gate=("assistant", "pa", "secretary", "manager", "agreed", "expect"),
    ),
    *_family(
        "pressure",
        # An ultimatum: "Either you find half an hour for a video call with me in the next fortnight, or I will stop
        # recommending your conference talks to anyone."
        (r"\beither you\b[^.!?\n]{0,120}?,? or (?:else )?i(?:'ll|’ll| will| shall)\b(?![^.!?\n]{0,60}?\b(?:whichever"
         r"|whatever (?:suits|works|is easier)|if (?:that's|that’s|that is) easier))", ("either you",)),
        # "If you won't, then frankly I don't see the point" (not "So here's the deal: I've been a shift lead", j426).
        (r"\bif (?:you won't|you won’t|you will not|you don't|you don’t|you do not|you refuse|not)\b[^.!?\n]{0,40}?"
         r"\bi (?:don't|don’t|do not|can't|can’t|cannot) see (?:the|any|much) point\b", ("see the point",
                                                                                      "see any point",
                                                                                      "see much point")),
        # "What I need is a 20-minute call with you, and I need it soon."
        (r"\bi need (?:it|this|that|them|one|an answer|a reply|your answer|your reply) (?:very |really )?(?:soon|now"
         r"|quickly|urgently|asap|fast|today|this week)\b", ("need it", "need this", "need that", "need them",
                                                             "need one", "need an answer", "need a reply",
                                                             "need your")),
        # "but humour me", "I'm not interested in polite brush-offs".
        (r"\bhumou?r me\b", ("humour me", "humor me")),
        (r"\bnot interested in (?:polite |any |your |the usual )?(?:brush-offs|brush offs|excuses|platitudes"
         r"|fobbing me off)\b", ("interested in",)),
        gate=("either", "point", "need", "humour", "humor", "interested"),
    ),
    *_family(
        "sarcasm",
        # "I'm sure that is working out wonderfully for the industry", "I'm sure a lowly framer is beneath the notice
        # of the paper studio", "between looking down on the rest of us".
        (r"\bi(?:'m|’m| am) sure (?:that|this|it)(?:'s|’s| is) (?:working out|going|all going) (?:wonderfully"
         r"|brilliantly|beautifully|splendidly|marvellously|marvelously|swimmingly)\b", ("working out", "going")),
        (r"\bbeneath (?:the |your )?notice\b", ("beneath",)),
        (r"\blooking down on (?:the rest of us|us|people like me|everyone else|the likes of)\b", ("looking down",)),
        gate=("working", "going", "beneath", "looking"),
    ),
    # The author of kw: senior writers to people they think junior. Near misses: "I'm not looking for a job, just your
    # view", "Thank you for trying to find a slot", "I'll be the one to judge whether I'm ready only after our call"
    # (not matched: "the judge of"), "a thoughtful answer from someone who knows the field".
    *_family(
        "dismissal",
        # "I am not really looking for your opinion on whether I should do this, just the facts", "I will be the
        # judge of what is useful".
        (r"\bnot (?:really |particularly |especially )?(?:looking for|after|seeking|interested in) your"
         r" (?:opinion|advice|views?|thoughts|input|take)\b",
         ("looking for your", "after your", "seeking your", "interested in your")),
        (r"\bi(?:'ll|’ll| will| shall) be the (?:judge|best judge|one to judge) of\b", ("judge",)),
        # "I won't be taking up that suggestion, as it doesn't really apply to someone with my experience, but thank you
        # for trying".
        (r"\bthank(?:s| you)(?: anyway)? for trying\b(?! to\b)", ("for trying",)),
        (r"\b(?:doesn't|doesn’t|does not|don't|don’t|do not|wouldn't|wouldn’t) (?:really )?apply to (?:someone|somebody"
         r"|a person|people) (?:with|of|at) my (?:experience|level|seniority|background|standing)\b",
         ("apply to someone", "apply to somebody", "apply to a person", "apply to people")),
        gate=("looking", "after", "seeking", "interested", "judge", "trying", "apply"),
    ),
    *_family(
        "condescension",
        # "a surprisingly thoughtful answer from someone so early in their career", "even if the theory isn't there
        # yet".
        (r"\b(?:surprisingly|remarkably|refreshingly|unexpectedly|astonishingly|impressively) [\w' -]{1,40}? from"
         r" (?:someone|somebody|a person) (?:so|at|in|with|of|still)\b", ("surprisingly", "remarkably",
                                                                          "refreshingly", "unexpectedly",
                                                                          "astonishingly", "impressively")),
        (r"\beven if (?:the|your) [\w-]+ (?:isn't|isn’t|is not|aren't|aren’t|are not) (?:quite |entirely )?there yet\b",
         ("there yet",)),
        gate=("surprisingly", "remarkably", "refreshingly", "unexpectedly", "astonishingly", "impressively", "yet"),
    ),
    # The author of ky: chasing a reader who has not replied. Near misses: "I know this may not be a priority for you",
    # "I was surprised and delighted to hear back so soon", "I wonder whether you have had a chance to look", "I'd have
    # hoped for better weather for the open day", "I'll be there whether or not it rains".
    *_family(
        "pressure",
        # "I did hold up my end and sent the three sketches", "I'm starting to wonder whether you meant it".
        (r"\bi (?:did|have) (?:hold|held|kept|keep) up my (?:end|side|part)\b(?! of\b)|\bi did (?:my|our) (?:part|bit"
         r"|side)\b(?! of\b)",
         ("up my", "my part", "my bit", "my side", "our part")),
        (r"\b(?:starting|beginning) to wonder (?:whether|if) you (?:really |ever |actually )?(?:meant|mean|intended"
         r"|were serious|are serious|read)\b", ("to wonder",)),
        # "I'm conscious I've now asked about this more than once", "I'd be grateful if it could be a priority".
        (r"\b(?:asked|written|emailed|e-mailed|chased|reminded you)(?: you)?(?: about)? (?:this|it|you|them)?"
         r" ?(?:now )?(?:more than once|several times|twice|three times|repeatedly|a few times|again and again)\b",
         ("more than once", "several times", "twice", "three times", "repeatedly", "a few times", "again and again")),
        (r"\bif (?:it|this|that|they) (?:could|can) be (?:made )?(?:a |your )?(?:top |high |real )?priority\b",
         ("priority",)),
        # "I was a little surprised not to hear back", "I'd have hoped for at least a quick reply".
        (r"\bsurprised not to (?:hear|have heard|get|have had|receive|have received)\b", ("surprised not",)),
        (r"\b(?:i'd|i’d|i would) have hoped for (?:at least |something more than )?(?:a|an|some|the courtesy of a)"
         r" (?:quick |short |brief |simple |one-line )?(?:reply|response|answer|word|acknowledg\w*|line)\b",
         ("have hoped for",)),
        # "I realise I'm not exactly top of your list right now", "a one-line email ... would take less time than I've
        # spent writing these".
        (r"\bnot (?:exactly |quite |really )?(?:at the )?top of your (?:list|priorities|pile|to-do list)\b",
         ("top of your",)),
        (r"\btake (?:you )?(?:far |much |a lot )?less time than (?:i've|i’ve|i have|it took me|it's taken me"
         r"|it’s taken me)\b", ("less time than",)),
        gate=("up", "part", "bit", "side", "wonder", "once", "several", "twice", "three", "repeatedly", "few", "again",
              "priority", "surprised", "hoped", "top", "less"),
    ),
    *_family(
        "entitlement",
        # "Next time please prepare more concrete answers, with real examples, because my time is also valuable" (lb;
        # not "I know your time is valuable").
        (r"\bmy time is (?:also |just as |equally |every bit as |too )?(?:valuable|precious|important)\b",
         ("my time is",)),
        (r"\bnext time,? (?:please |kindly )?(?:prepare|be (?:better )?prepared|do your homework|come (?:better )?"
         r"prepared)\b", ("next time",)),
        gate=("time",),
    ),
    # The author of li. Near misses: "I'm expecting my results any day now", "I'll keep the jargon light", "It isn't
    # exactly easy to get into, which is why I'm asking".
    *_family(
        "sarcasm",
        # "I'm sure that wasn't a brush-off, and I'm sure I'll hear from you any day now, just as soon as you find a
        # spare minute in that famously packed diary of yours".
        (r"\bi(?:'m|’m| am) sure (?:that|it) (?:wasn't|wasn’t|was not|isn't|isn’t|is not) (?:a|an|just a) (?:brush-off"
         r"|snub|hint|excuse|oversight)\b", ("brush-off", "snub", "hint", "excuse", "oversight")),
        (r"\bhear (?:back )?from you any day now\b", ("any day now",)),
        (r"\bfamously (?:packed|busy|full|hectic|crowded|overflowing) (?:diary|schedule|calendar|inbox)\b",
         ("famously",)),
        gate=("brush", "snub", "hint", "excuse", "oversight", "now", "famously"),
    ),
    *_family(
        "condescension",
        # "beekeeping isn't exactly rocket science, so I doubt this will take long to explain", "I'll keep the science
        # light, as I appreciate it can be hard to follow if you're not from a lab background".
        (r"\b(?:isn't|isn’t|is not|aren't|aren’t|are not|wasn't|wasn’t) exactly (?:rocket science|brain surgery"
         r"|quantum physics|astrophysics)\b",
         ("rocket science", "brain surgery", "quantum physics", "astrophysics")),
        (r"\b(?:hard|difficult|tricky|tough) to (?:follow|understand|grasp|keep up with) (?:if|when|for)"
         r" (?:you(?:'re|’re| are)|someone|people) (?:not|without|who (?:isn't|aren't|is not|are not))\b",
         ("you're not", "you’re not", "you are not", "someone not", "someone without", "someone who",
          "people not", "people without", "people who")),
        gate=("rocket", "brain", "quantum", "astrophysics", "follow", "understand", "grasp", "keep"),
    ),
    *_family(
        "pressure",
        # "After all the extra shifts I covered for your team, I'd have thought you could manage a quick reply now and
        # then."
        (r"\bi(?:'d|’d| would) have thought you (?:could|might|would) (?:manage|find|spare|send|make)\b",
         ("have thought you",)),
        (r"\bafter all the (?:extra |unpaid |late )?(?:shifts|work|help|favours|favors|hours|cover|time) i (?:covered"
         r"|did|gave|put in|worked|spent)\b", ("after all the",)),
        gate=("thought", "after"),
    ),
    # The author of ln: rudeness in the recap and thanks after a meeting. Near misses: "I think you were right about the
    # rota", "Much of it was new to me", "Despite the interruptions, you were generous with your time", "We started a
    # little late, which was my fault".
    *_family(
        "dismissal",
        # "On keeping volunteers motivated, though, I think you were wrong, to be honest", "you might want to rethink
        # it".
        (r"\bi (?:still |honestly |really )?think you (?:were|are) (?:wrong|mistaken|off the mark|off base)\b",
         ("you were wrong", "you are wrong", "you were mistaken", "you are mistaken", "off the mark", "off base")),
        (r"\byou (?:might|may) (?:want|wish|like) to rethink (?:it|that|this|your)\b", ("rethink",)),
        gate=("wrong", "mistaken", "mark", "base", "rethink"),
    ),
    *_family(
        "pressure",
        # "Thanks for fitting me in in the end, even if it took a few reschedules to get there", "I assume it will come
        # sooner than our meeting did".
        (r"\beven if it took (?:a few|several|two|three|four|many|multiple|a couple of) (?:reschedules|reschedulings"
         r"|attempts|tries|emails|reminders|goes)\b", ("even if it took",)),
        (r"\bsooner than (?:our|the|my|your) (?:meeting|call|reply|answer|last one|last reply) did\b",
         ("sooner than",)),
        # "the constant interruptions made it very hard to have a proper conversation, which was disappointing", "I do
        # hope next time we can start on time".
        (r"\bmade it (?:very |quite |rather |almost )?(?:hard|difficult|impossible) to have a (?:proper|real|decent"
         r"|meaningful) (?:conversation|discussion|chat)\b", ("made it",)),
        (r"\bnext time,? (?:we|you) (?:can|could|might|will|manage to) (?:start|begin|be) on time\b", ("on time",)),
        gate=("took", "sooner", "made", "time"),
    ),
    *_family(
        "condescension",
        # "I appreciated you making the time, even if, honestly, not much of it was new to me".
        (r"\b(?:not much|little|none|nothing much|hardly any|very little) of (?:it|that|this|what you (?:said|covered))"
         r" was new to me\b", ("new to me",)),
        gate=("new",),
    ),
    # The author of lq. Near misses: "I hope it isn't too much to ask", "You have gone further than most of your peers",
    # "once you got round to the questions, I learned a lot" (not matched: no "them" or "it" after).
    *_family(
        "pressure",
        # "I gather her note may have slipped through the cracks, which I suppose happens", "if an hour is too much
        # to ask, I'll understand", "so please have an answer ready".
        (r"\bwhich i suppose (?:happens|is understandable|is only to be expected|can happen)\b", ("i suppose",)),
        (r"\bif [^.!?\n]{1,30}? is too much to ask,? i(?:'ll|’ll| will) (?:understand|manage|cope)\b",
         ("too much to ask",)),
        (r"\bplease have (?:an answer|a reply|your answer|an update|it|them|the [\w-]+) ready\b", ("ready",)),
        gate=("suppose", "ask", "ready"),
    ),
    *_family(
        "condescension",
        # "I have recently passed an advanced wine certificate, which I gather is further than most of your buying
        # team have got".
        (r"\bfurther than most (?:of )?your\b", ("further than most",)),
        # "Your thoughts on running public flying displays were also something, once you got round to them."
        (r"\bonce you (?:finally |eventually )?got (?:a)?round to (?:them|it|that|this)\b", ("round to",)),
        gate=("further", "round"),
    ),
    *_family(
        "sarcasm",
        # "Is this thing on?", "I can only assume my emails are going to the same place as the festival's lost
        # property".
        (r"\bis this thing on\b", ("thing on",)),
        (r"\b(?:my|these|the) (?:emails|e-mails|messages|letters|notes) (?:are|have been) (?:going|disappearing"
         r"|vanishing) (?:to|into) the same place as\b", ("same place as",)),
        gate=("thing", "same"),
    ),
    *_family(
        # (Pressure, not presumption: "you're happy for me to drop in" is no leave asked first.)
        "pressure",
        # "I'm taking your silence as a sign you're happy for me to drop in", "I'll be there whether or not I hear
        # back".
        (r"\b(?:taking|took) (?:your |the |any )?silence as (?:a sign|a yes|consent|agreement|permission|an ok"
         r"|a go-ahead)\b", ("silence as",)),
        (r"\bwhether or not (?:i hear|you reply|you answer|i get a reply|you respond|you write back|i get an answer)\b",
         ("whether or not",)),
        gate=("silence", "whether"),
    ),
    # The author of lt (learners' English and very informal writers). Near misses: "As you always say, a focused
    # portfolio beats a broad one" (the reader's advice quoted), "I was surprised you didn't charge for the course",
    # "it took a long time to get my certificate", "I felt unprofessional", "all talk of budgets".
    *_family(
        "pressure",
        # "Chop chop, yeah?", "Don't leave me hanging mate".
        (r"\bchop[ ,-]+chop\b", ("chop",)),
        (r"\b(?:don't|don’t|do not) (?:leave|keep) me hanging\b", ("me hanging",)),
        # "if you can find a moment for me this time": earlier refusals held against the reader.
        (r"\bif you (?:can|could) (?:find|spare|make) (?:a moment|a minute|an hour|the time|time|a slot)(?: for me)?"
         r" this time\b", ("this time",)),
        gate=("chop", "hanging", "time"),
    ),
    *_family(
        "condescension",
        # "I know what you studio owners are like, all talk."
        (r"\bi know what you (?:[\w-]+ ){0,3}(?:are|lot are) like\b", ("are like",)),
        (r"\b(?:you(?:'re|’re| are)|you (?:[\w-]+ ){0,3}are|,) all talk\b(?! (?:of|about|on|at|in)\b)", ("all talk",)),
        gate=("like", "talk"),
    ),
    *_family(
        "sarcasm",
        # "I know you must be very busy, as you always say, but ...".
        (r"\bbusy,? as you (?:always|keep|so often|never stop|constantly) (?:say|saying|tell|telling|remind"
         r"|reminding)\b", ("busy",)),
        gate=("busy",),
    ),
    *_family(
        "reproach",
        # "your recruitment team never answers anybody", "found it frankly unprofessional; ... I expected better",
        # "Perhaps you will be more responsive".
        (r"\byour (?:[\w-]+ ){0,2}?(?:team|office|department|staff|people|hr|recruiters|company|firm|clinic|assistant"
         r"|receptionist|colleagues|secretary|admin)s? (?:never|rarely|hardly ever|don't|don’t|doesn't|doesn’t|do not"
         r"|does not) (?:answers?|replies|reply|responds?|gets? back|returns?|picks? up)\b",
         ("never", "rarely", "hardly ever", "don't", "don’t", "doesn't", "doesn’t", "do not", "does not")),
        (r"\bfound (?:it|that|this|them|the (?:[\w-]+ ){0,2}[\w-]+) (?:frankly |rather |quite |very |a bit |somewhat"
         r" |a little |completely |deeply |honestly )?unprofessional\b|\bfrankly unprofessional\b",
         ("unprofessional",)),
        (r"(?:^|(?<=[.;:,] )|(?<=\n))(?:frankly,? |honestly,? |to be honest,? )?i (?:had |have |honestly |frankly"
         r" |really )?expected better\b", ("expected better",)),
        (r"\b(?:perhaps|maybe|hopefully|i hope|i trust) you(?:'ll|’ll| will| might| would)? (?:be )?(?:more responsive"
         r"|more helpful|more prompt)\b", ("more responsive", "more helpful", "more prompt")),
        # "I was a bit surprised you never followed up", "it took a long time to get a reply from Riverside Sports
        # Clinic in the first place, so I hope the next step is quicker".
        (r"\b(?:surprised|disappointed|a shame|a pity|puzzled|hurt)(?: that)? you (?:never|didn't|didn’t|did not"
         r"|hadn't|hadn’t|had not|haven't|haven’t|have not|still haven't|still haven’t) (?:followed up|follow up"
         r"|repl(?:y|ied)|respond(?:ed)?|wr(?:ite|ote)(?: back)?|g(?:e|o)t back|call(?:ed)?|answer(?:ed)?"
         r"|kept in touch|keep in touch|stayed in touch|stay in touch|got in touch|get in touch)\b",
         ("surprised", "disappointed", "a shame", "a pity", "puzzled", "hurt")),
        (r"\bit took (?:a (?:very )?long time|ages|forever|weeks|months|a while) to (?:get|hear|receive|have) (?:a |any"
         r" )?(?:reply|response|answer|word)\b", ("it took",)),
        (r"\bhope (?:the next (?:step|stage|part|reply|one)|things) (?:is|are|will be|goes|go|moves?) (?:a (?:lot|bit"
         r"|little) )?(?:quicker|faster|swifter|more prompt)\b", ("quicker", "faster", "swifter", "more prompt")),
        gate=("never", "rarely", "unprofessional", "expected", "responsive", "surprised", "took", "hope"),
    ),
    # The author of ma (office and corporate registers). Near misses: "Just circling back in case this got buried",
    # "I know how busy this quarter is", "No worries if not", "Even you may find the second chapter useful" (not
    # "managed"), "I would appreciate a reply whenever it suits you".
    *_family(
        "pressure",
        # "I've flagged this as urgent on my tracker, so please treat it accordingly."
        (r"\btreat (?:it|this|them|that|these) accordingly\b", ("accordingly",)),
        # "so I'd hate for all that effort to go nowhere".
        (r"\bhate for (?:all )?(?:that|this|my|the|those) (?:effort|work|time|research|preparation|hours)s? to (?:go"
         r" nowhere|go to waste|be wasted|be for nothing)\b", ("hate for",)),
        # "as I mentioned in my previous messages, none of which received a reply".
        (r"\bnone of which (?:has |have |ever )?(?:received|got|had|earned|drew) (?:a |any )?(?:reply|replies"
         r"|response|responses|answer|acknowledg\w*)\b", ("none of which",)),
        # "Going forward, I'd appreciate the courtesy of a reply, even a brief one."
        (r"\b(?:appreciate|expect|would like|ask for) the (?:basic |common |simple )?courtesy of (?:a|an|some)"
         r" (?:reply|response|answer|acknowledg\w*)\b", ("courtesy of",)),
        gate=("accordingly", "hate", "none", "courtesy"),
    ),
    *_family(
        "condescension",
        # "Let me just level-set expectations", "even you managed to make the switch from court work", "as I'm sure
        # you're aware, most people would have answered the question I actually asked".
        (r"\blevel-?set(?:ting)? (?:expectations|everyone|things)\b", ("level",)),
        (r"\beven you (?:managed|were able|could|have managed|succeeded)\b", ("even you",)),
        (r"\bmost people would have (?:answered|replied to|responded to|understood|addressed)\b", ("most people",)),
        (r"\bthe question i (?:actually|really|had actually) asked\b", ("actually asked", "really asked")),
        # "ClearLine Access is surprisingly well regarded for its size".
        (r"\bsurprisingly (?:well[ -](?:regarded|thought of|known|respected)|highly (?:rated|regarded)) for (?:its"
         r"|their|your|a [\w-]+ of its|such a (?:small|little|young) [\w-]+) size\b", ("for its size",
                                                                                      "for their size",
                                                                                      "for your size", " size")),
        gate=("level", "even", "most", "actually", "really", "size"),
    ),
    *_family(
        "reproach",
        # "so I had hoped someone who benefited from mentoring early on would be a little more willing to pass it on".
        (r"\b(?:had hoped|would have hoped|had expected|would have expected|had assumed)\b[^.!?\n]{0,90}?\bwould be"
         r" (?:a (?:little|bit|touch|tad) |somewhat |rather )?more (?:willing|generous|helpful|forthcoming|responsive"
         r"|open)\b", ("more willing", "more generous", "more helpful", "more forthcoming", "more responsive",
                       "more open")),
        gate=("willing", "generous", "helpful", "forthcoming", "responsive", "open"),
    ),
    # The author of mi (academics and doctors writing outside their world). Near misses: "our supplier onboarding
    # process is, to put it kindly, a maze" (the writer's own, gu09), "so you can judge whether it is worth your time",
    # "leaflets in plain English", "I did not follow your suggestion at first, but it was right".
    *_family(
        "condescension",
        # "consultancy work can still be reasonably careful, even without peer review", "refreshing to talk to someone
        # in policy who is at least aware of the recent literature", "you make the ideas accessible, even if some of
        # the physics has to be left behind", "I'd have thought you'd welcome someone who knows what they're doing".
        (r"\beven without (?:peer review|(?:a |any )?(?:proper |formal |real )?(?:training|qualifications?|background"
         r"|degree|rigou?r|supervision))\b", ("even without",)),
        (r"\b(?:who is|who's|who are|that is) at least (?:aware|familiar|acquainted|up to date|conversant)\b",
         ("at least aware", "at least familiar", "at least acquainted", "at least up", "at least conversant")),
        (r"\beven if (?:some|much|most|a lot|part) of the (?:[\w-]+ ){0,2}(?:has|have|had) to be (?:left behind"
         r"|left out|sacrificed|lost|dropped|glossed over)\b",
         ("to be left", "to be sacrificed", "to be lost", "to be dropped", "to be glossed")),
        (r"\bi(?:'d|’d| would) have thought you(?:'d|’d| would) (?:welcome|want|appreciate|jump at|value)\b",
         ("have thought you",)),
        (r"\bsomeone who (?:actually )?knows what (?:they're|they’re|they are|he's|he’s|she's|she’s|i'm|i’m|i am)"
         r" doing\b", ("knows what",)),
        gate=("without", "least", "left", "sacrificed", "lost", "dropped", "glossed", "thought", "knows"),
    ),
    *_family(
        "entitlement",
        # "I trust you will appreciate why a conversation with me is worth your while".
        (r"\b(?:a conversation|a call|a meeting|an hour|time|talking|speaking|meeting) with me (?:is|would be|will be)"
         r" (?:well |more than |certainly |very much )?worth your (?:while|time)\b", ("worth your",)),
        gate=("worth",),
    ),
    *_family(
        "dismissal",
        # "I have read your blog's advice to career changers and found it rather naive", "I did not, in the end, follow
        # your suggestion, which I think was for the best".
        (r"\b(?:found|find|thought) (?:it|them|that|this|your (?:[\w-]+ ){0,2}?(?:advice|suggestions?|blog|post"
         r"|article|guidance|tips)) (?:rather |a bit |somewhat |slightly |quite |a little |pretty |fairly )?(?:naive"
         r"|naïve|simplistic|superficial|elementary|shallow)\b", ("naive", "naïve", "simplistic", "superficial",
                                                                  "elementary", "shallow")),
        (r"\b(?:not|didn't|didn’t|did not|never)(?:,? in the end,?)? (?:follow|take|act on) your (?:suggestion"
         r"|advice|recommendation)\b[^.!?\n]{0,40}?\bfor the best\b", ("for the best",)),
        gate=("naive", "naïve", "simplistic", "superficial", "elementary", "shallow", "best"),
    ),
    *_family(
        "sarcasm",
        # "I realise policy work leaves little time for reading the literature", "I imagine the reviewers were fairly
        # forgiving", "How wonderful that the charity has discovered evaluation; we have only been recommending it for
        # some years".
        (r"\bleaves? (?:you |people |one )?(?:little|no|not much) time for (?:actually |really )?(?:reading|keeping"
         r" up)\b", ("leaves ", "leave ")),
        (r"\b(?:reviewers|referees|examiners|editors|judges|assessors) (?:were|must have been|had been) (?:fairly "
         r"|rather |very |quite |most |extremely )?(?:forgiving|lenient|charitable)\b",
         ("forgiving", "lenient", "charitable")),
        (r"\b(?:we|i)(?:'ve|’ve| have) only been (?:recommending|saying|telling|arguing|suggesting|doing|asking)\b"
         r"[^.!?\n]{0,40}?\bfor (?:some|many|several|a few|ten|twenty) (?:years|decades)\b", ("only been",)),
        (r"\bhow (?:wonderful|nice|lovely|good|refreshing|marvellous) that (?:you|your [\w-]+|the [\w-]+) (?:has|have)"
         r" (?:finally |at last )?discovered\b", ("discovered",)),
        gate=("leaves", "leave", "forgiving", "lenient", "charitable", "only", "discovered"),
    ),
    *_family(
        "reproach",
        # "given the state of your department's audit figures", "your paper's coverage of our field has been, to put
        # it kindly, uneven".
        (r"\bgiven the (?:sorry |current |poor )?state of your\b", ("state of your",)),
        (r"\byour\b[^.!?\n]{0,80}?\bto put it (?:kindly|charitably|politely)\b", ("to put it",)),
        gate=("state", "put"),
    ),
    # The author of mj (text-message style, humour, emoji): teasing about the reader's age and skills. Near misses:
    # "ancient woodland", "an exhibition on ancient diets", "baby boomer clients", "lol that was the best hour of my
    # week".
    *_family(
        "condescension",
        # "ty for the chat, OK boomer", "I know live streaming is a bit after your time", "Do you need me to print this
        # email out for you?", "appreciate u even if ur ancient lol".
        (r"\b(?<!baby )boomer\b(?! (?:generation|clients|customers|parents|audience|market)s?\b)", ("boomer",)),
        (r"\b(?:a bit |a little |rather |way |well )?after your time\b", ("after your time",)),
        (r"\bprint (?:this|the|my) (?:email|e-mail|message|note) out for you\b", ("out for you",)),
        (r"\b(?:you(?:'re|’re| are)|ur|u r) (?:so |kinda |pretty |literally |practically )?ancient\b", ("ancient",)),
        gate=("boomer", "time", "out", "ancient"),
    ),
    *_family(
        "sarcasm",
        # "lol jk but seriously, who made that, your nephew?", "lol jk (not jk)", "built in the dark ages".
        (r"\b(?:lol |haha )?(?:jk|j/k|just kidding|kidding),? (?:but (?:seriously|honestly|fr)"
         r"|\(?not (?:jk|kidding)\)?)", ("jk", "j/k", "kidding")),
        (r"\b(?:built|made|designed|written|coded) (?:in|during) the dark ages\b", ("dark ages",)),
        gate=("jk", "kidding", "dark"),
    ),
    *_family(
        "entitlement",
        # "With Ivan's recommendation I shouldn't have to jump through the usual hoops" (mn).
        (r"\bi (?:shouldn't|shouldn’t|should not) (?:have|need) to (?:jump through|go through) (?:the |any |all the )?"
         r"(?:usual |normal |standard |formal )?(?:hoops|process|channels|formalities|red tape)\b",
         ("hoops", "process", "channels", "formalities", "red tape")),
        gate=("hoops", "process", "channels", "formalities", "red"),
    ),
    # The author of mq (when things have not gone the writer's way). Near misses: "I know how precious your time is"
    # (bb24, x230), "I would be glad to return the favour" (y933), "I was sorry the timing didn't work out".
    *_family(
        "sarcasm",
        # "I suppose you know best", "I appreciate that replying to people isn't always a priority", "I'm used to
        # waiting", "No doubt you were busy, as I never did see them", "I'm sure you meant it kindly".
        (r"\bi suppose you know best\b", ("know best",)),
        (r"\breplying to (?:people|emails|messages|anyone|me) (?:isn't|isn’t|is not) always (?:a|your|the) (?:top )?"
         r"priority\b", ("priority",)),
        (r"\b(?:i'm|i’m|i am) (?:quite |well |rather |pretty )?used to waiting\b", ("used to waiting",)),
        (r"\bno doubt you were (?:very |terribly |too )?busy\b", ("no doubt",)),
        (r"\b(?:i'm|i’m|i am) sure you meant it (?:kindly|well)\b", ("meant it",)),
        gate=("best", "priority", "waiting", "doubt", "meant"),
    ),
    *_family(
        "pressure",
        # "I know it didn't suit then, so I hope this time it does", "Fingers crossed for this time", "I'm sure you'll
        # want to return the favour", "it's been rather one-way since", "it's your turn to write first".
        (r"\b(?:so )?i hope this time (?:it does|it will|it suits|you can|you will)\b", ("this time",)),
        (r"\bfingers crossed (?:for )?this time\b", ("this time",)),
        (r"\b(?:i'm|i’m|i am) sure you(?:'ll|’ll| will) (?:want to|be keen to|be happy to) return the favou?r\b",
         ("return the",)),
        (r"\b(?:rather|a bit|somewhat|fairly|very|entirely|all) one-way\b", ("one-way",)),
        (r"\byour turn to (?:write|get in touch|reply|call|make the effort)\b", ("your turn",)),
        gate=("time", "return", "one-way", "turn"),
    ),
    *_family(
        "reproach",
        # "not quite the encouragement I'd been led to expect", "I've had rather mixed luck with people he's
        # recommended before", "whatever happened to the list".
        (r"\bnot quite the (?:encouragement|welcome|response|reply|help|support) i(?:'d|’d| had) (?:been led to"
         r" expect|hoped for|expected)\b", ("not quite the",)),
        (r"\b(?:rather |very |somewhat )?mixed luck with (?:people|those|the people|anyone) (?:he|she|they|you)\b",
         ("mixed luck",)),
        (r"\bwhatever happened to (?:the|your|that) (?:list|notes|introduction|intro|contacts?|names?|links?"
         r"|reading list|details)\b", ("whatever happened",)),
        gate=("quite", "mixed", "whatever"),
    ),
    # The author of nd (a fifth round's general brief): backhanded compliments. Near misses: "It was a pleasant
    # surprise to hear from you", "The reviews were kind", "it's lovely to see it all coming together".
    *_family(
        "condescension",
        # "the reviews were kinder than I'd expected, so well done", "it's nice to see it finally coming together for
        # you", "I expected a court interpreter to be rather dull, so it was a pleasant surprise that you had some
        # interesting things to say", "It's refreshing to meet someone so keen at your stage", "with a few more years
        # you'll come to see the bigger picture".
        # (Not "better than I expected", praise of the course or the day.)
        (r"\b(?:reviews?|reviewers|critics|response|reception|feedback) (?:were|was) (?:much |far |a lot |rather )?"
         r"kinder than i(?:'d|’d| had)? (?:expected|feared|thought)\b", ("kinder than",)),
        (r"\bfinally (?:coming together|working out|paying off|taking off) for you\b", ("for you",)),
        (r"\bexpected (?:a|an|you|someone) (?:[\w-]+ ){0,3}to be (?:rather |a bit |quite |pretty |fairly )?(?:dull"
         r"|boring|dry|stuffy|out of touch)\b", ("to be",)),
        (r"\bso (?:keen|eager|enthusiastic|ambitious) at your (?:stage|age|level)\b", ("at your",)),
        (r"\b(?:come|grow) to see the bigger picture\b", ("bigger picture",)),
        gate=("kinder", "for", "expected", "your", "bigger"),
    ),
    # The author of ne (a sixth round's general brief). Near misses: "I know that is a big ask" (i335), "I'm owed a
    # refund by the course provider".
    *_family(
        "entitlement",
        # "As a fellow alumna I think I'm owed at least a conversation".
        (r"\bi(?:'m|’m| am) (?:surely |probably |at least |frankly )?owed\b(?! (?:money|a refund|payment|wages|fees|an"
         r" apology by)\b)", ("owed",)),
        gate=("owed",),
    ),
    *_family(
        "sarcasm",
        # "I'm sure a busy person like you has far more important things to do than answer an email from a lowly
        # volunteer", "I realise replying to people is a big ask these days", "Thanks so much for squeezing me into your
        # incredibly busy schedule for a whole quarter of an hour", "if you ever find a spare minute again".
        (r"\bmore important things to do than (?:answer|reply|respond|read|write|help)\b", ("important things",)),
        (r"\b(?:replying|answering|responding|writing back)(?: to (?:people|emails|messages|anyone))? is (?:a big"
         r"|such an|quite an|too big an?) ask\b", ("a big ask", "such an ask", "quite an ask", "big an ask")),
        (r"\ba whole (?:quarter of an hour|ten minutes|five minutes|fifteen minutes|\d{1,2} minutes)\b", ("a whole",)),
        (r"\bif you ever find a (?:spare )?(?:minute|moment|second) again\b", ("again",)),
        gate=("important", "big", "such", "quite", "whole", "again"),
    ),
    # The author of ni (a seventh round's general brief). Near misses: "fewer projects is better than many small ones",
    # "it would be a shame not to meet while you are in town".
    *_family(
        "condescension",
        # "the technical detail may not mean much to you", "which is no small thing when it has clearly been a while
        # since you studied".
        (r"\b(?:may|might|will|would|probably|won't|won’t|wouldn't|wouldn’t) (?:not )?mean (?:much|a lot|anything"
         r"|a great deal) to you\b", ("to you",)),
        (r"\b(?:clearly|obviously|evidently|must have) been (?:quite )?(?:a while|a long time|some time|ages|years"
         r"|decades) since you\b", ("since you",)),
        gate=("mean", "since"),
    ),
    *_family(
        "condescension",
        # "my maps are already better than most of what ends up in print".
        (r"\bmy (?:[\w'’-]+ ){0,3}?(?:are|is) (?:already |frankly |honestly |probably |easily )?(?:better|stronger"
         r"|sharper|more polished) than (?:most|many|much|half)\b",
         ("than most", "than many", "than much", "than half")),
        gate=("than",),
    ),
    *_family(
        "pressure",
        # "It would be a waste for him not to", "all you would need to do is pass my name along".
        (r"\bwould be (?:a (?:waste|mistake)|foolish|silly|mad) for (?:you|him|her|them) not to\b", ("not to",)),
        (r"\ball (?:that )?you(?:'d|’d| would| will)? (?:need|have) to do is\b", ("to do is",)),
        gate=("not", "do"),
    ),
    # The author of no (an eighth round's general brief). Near misses: "the data nobody has bothered to collect", "if it
    # isn't too much trouble", "it would be a shame if the weather spoiled the open day".
    *_family(
        "pressure",
        # "nobody has bothered to reply, which has been pretty discouraging", "It would be a shame if someone in your
        # position couldn't spare a few minutes for someone who is just starting out".
        (r"\b(?:nobody|no one|no-one|none of them) (?:has|have|had) (?:even )?bothered to (?:reply|answer|respond|write"
         r" back|get back)\b", ("bothered to",)),
        (r"\bwould be a (?:shame|pity) if (?:you|someone|somebody|a person|people) (?:[\w'’-]+ ){0,4}?(?:couldn't"
         r"|couldn’t|could not|can't|can’t|cannot|didn't|didn’t|did not|won't|won’t|wouldn't|wouldn’t|were too busy)\b",
         ("a shame if", "a pity if")),
        gate=("bothered", "shame", "pity"),
    ),
    *_family(
        "sarcasm",
        # "I know how terribly busy interpreters must be, what with all that free time between bookings", "if it isn't
        # too much of a strain", "Thanks so much for the whole handful of minutes", "I'll treasure those pearls of
        # wisdom forever", "If you ever find yourself with a little more patience to spare".
        (r"\bwhat with all (?:that|the|your|their|this) (?:free|spare|idle) time\b", ("what with all",)),
        (r"\bif it (?:isn't|isn’t|is not|wouldn't be|wouldn’t be|won't be|won’t be|'s not|’s not) too much of a"
         r" strain\b", ("of a strain",)),
        (r"\b(?:a|the) whole (?:handful|couple|few) (?:of )?(?:minutes|moments|seconds)\b",
         ("whole handful", "whole couple", "whole few")),
        (r"\b(?:treasure|cherish|savour|savor) (?:those|these|your|the|such) pearls of wisdom\b",
         ("pearls of wisdom",)),
        (r"\bif you ever find yourself with (?:a little|a bit|any|some) more (?:patience|time|interest)\b",
         ("find yourself with",)),
        gate=("what", "strain", "whole", "pearls", "yourself"),
    ),
    *_family(
        "condescension",
        # "I already know more about tree biology than most of the crews I have seen", "You would be lucky to have
        # someone like me asking these questions".
        (r"\bi (?:already |probably |frankly |honestly )?know (?:far |much |a lot |a good deal )?more (?:about"
         r" [\w' -]{1,40}? )?than (?:most|many|half) of\b", ("than most of", "than many of", "than half of")),
        (r"\byou(?:'d|’d| would| will|'ll|’ll) be lucky to (?:have|get|hear from|meet) (?:someone|somebody|a person"
         r"|people) like me\b", ("lucky to",)),
        gate=("than", "lucky"),
    ),
    # The author of nu (a ninth round's general brief). Near misses: "someone at your level" said in thanks (jt28),
    # "at the level of the big consultancies" said of the writer.
    *_family(
        "pressure",
        # "it would be a shame if you were one of those senior people who pulls the ladder up".
        (r"\bwould be a (?:shame|pity) if you were one of those\b", ("one of those",)),
        (r"\bpull(?:s|ed|ing)? (?:the ladder up|up the ladder)\b", ("ladder",)),
        gate=("those", "ladder"),
    ),
    *_family(
        "condescension",
        # "your firm does solid work for its size, even if it is not quite at the level of the big consultancies", "I
        # know the older generation of farriers can be slow to adapt", "I've probably overtaken most of your apprentices
        # already", "make sure someone senior is free to talk to me rather than the juniors", "For a small workshop you
        # explained things surprisingly well", "nice to see someone at your level taking an interest in a designer like
        # me".
        (r"\b(?:solid|decent|good|respectable|fine|reasonable|impressive) (?:work|job|stuff|output) for (?:its|a firm"
         r" of its|such a small|a small|your) size\b",
         ("for its size", "for such a small", "for a small", "for your size", "of its size")),
        (r"\bnot (?:quite |really |yet )?(?:at|on) the (?:same )?level (?:of|as) the (?:big|bigger|larger|major|top"
         r"|leading)\b", ("the level",)),
        (r"\bthe older generation(?: of [\w-]+)? (?:can be|is|are|tend to be|tends to be) (?:a bit |rather |quite"
         r" |very )?(?:slow|reluctant|resistant|behind|set in)\b", ("older generation",)),
        (r"\b(?:overtaken|outpaced|surpassed|outgrown|outstripped) (?:most|many|half|all) of your\b",
         ("most of your", "many of your", "half of your", "all of your")),
        (r"\brather than (?:the|your) (?:juniors|trainees|interns|apprentices|assistants)\b", ("rather than",)),
        (r"\bfor a (?:small|little|tiny|local|regional) (?:[\w-]+ )?(?:workshop|firm|company|studio|practice|outfit"
         r"|operation|team|shop|business)\b[^.!?\n]{0,60}?\bsurprisingly\b", ("surprisingly",)),
        (r"\bsomeone (?:at|of) your level (?:taking|take|to take|would take) an interest in\b", ("your level",)),
        gate=("size", "level", "generation", "your", "rather", "surprisingly"),
    ),
    *_family(
        "critique",
        # "I think you're undercharging".
        (r"\bi think you(?:'re|’re| are) (?:undercharging|overcharging|underpricing|overpricing)\b",
         ("undercharging", "overcharging", "underpricing", "overpricing")),
        gate=("undercharging",),
    ),
    # The author of oa (a tenth round's general brief). Near misses: "as I mentioned in my last email, here is the link"
    # (kg06), "whenever that may suit them" (d708).
    *_family(
        "condescension",
        # "in case the technical bits of our conversation went a little over your head", "surprisingly good for a
        # regional saleroom".
        (r"\b(?:go|goes|going|went|gone) (?:a (?:little|bit) |slightly |rather |way )?over your head\b",
         ("your head",)),
        (r"\bsurprisingly (?:good|strong|decent|professional|polished|impressive|competent) for a\b",
         ("surprisingly",)),
        gate=("head", "surprisingly"),
    ),
    *_family(
        "critique",
        # "even if the catalogues are a little amateur".
        (r"\b(?:a (?:little|bit)|rather|somewhat|slightly|quite) amateur(?:ish)?\b", ("amateur",)),
        gate=("amateur",),
    ),
    *_family(
        "pressure",
        # "As I mentioned in my previous emails", "I'm sure you're very busy, as everyone keeps telling me".
        (r"\bas i (?:mentioned|said|explained|noted|wrote) in my (?:previous|earlier|last|other) (?:emails|messages"
         r"|letters|notes)\b", ("in my previous", "in my earlier", "in my last", "in my other")),
        (r"\bas everyone keeps (?:telling|reminding) me\b", ("everyone keeps",)),
        gate=("previous", "earlier", "last", "other", "everyone"),
    ),
    *_family(
        "sarcasm",
        # "whenever that may turn out to be".
        (r"\bwhenever that (?:may|might) turn out to be\b", ("turn out to be",)),
        gate=("turn",),
    ),
    *_family(
        "entitlement",
        # "I will of course expect to be first in line for any volunteering", "I trust you'll see to that".
        (r"\bexpect to be (?:first|top|at the front|the first) (?:in line|in the queue|on the list|in the queue)\b",
         ("expect to be",)),
        (r"\bi trust you(?:'ll|’ll| will) see to (?:that|it|this)\b", ("see to",)),
        gate=("expect", "see"),
    ),
    # The author of og (an eleventh round's general brief). Near misses: "the app has come a long way from that scrappy
    # prototype", "I hope you haven't forgotten me".
    *_family(
        "sarcasm",
        # "I barely had time to miss it", "I know how exhausting one email must be".
        (r"\bbarely had (?:the )?time to miss (?:it|you|them)\b", ("time to miss",)),
        (r"\bhow (?:exhausting|tiring|draining|taxing) (?:one|a single) (?:[\w-]+ ){0,2}?must be\b",
         ("exhausting", "tiring", "draining", "taxing")),
        gate=("miss", "exhausting"),
    ),
    *_family(
        "condescension",
        # "The Harbourside Hotel has come a long way, considering how it was run a few years ago, and your team now
        # seems surprisingly professional", "she'd be lucky to hear from someone with my ear; most of the people she
        # meets won't be in my league".
        (r"\bconsidering how (?:it|things|the [\w-]+|your [\w-]+) (?:was|were|used to be) (?:run|managed|organi[sz]ed"
         r"|handled)\b", ("considering how",)),
        (r"\bsurprisingly (?:professional|competent|capable|organi[sz]ed|well[- ]run|articulate)\b", ("surprisingly",)),
        (r"\b(?:you|she|he|they)(?:'d|’d| would| will|'ll|’ll) be lucky to (?:have|get|hear from|meet|work with)"
         r" (?:someone|somebody|a person|people) (?:with my|of my)\b", ("lucky to",)),
        (r"\b(?:not|won't|won’t|aren't|aren’t|isn't|isn’t|wouldn't|wouldn’t) (?:be )?(?:anywhere near |quite )?in my"
         r" league\b", ("my league",)),
        gate=("considering", "surprisingly", "lucky", "league"),
    ),
    *_family(
        "pressure",
        # "You clearly forgot all about me the moment I stopped being useful", "I thought you were better than that".
        (r"\bthe (?:moment|minute|second|day) i stopped being (?:useful|of use|any use)\b", ("stopped being",)),
        (r"\bi thought you were better than that\b", ("better than that",)),
        gate=("stopped", "better"),
    ),
    # The author of om (a twelfth round's general brief). Near misses: "a shame not to say hello", "I'd benefit more
    # from a call than an email".
    *_family(
        "pressure",
        # "after everything she's done for you over the years, I'd hope you wouldn't say no to a half-hour visit", "It
        # would be a shame to let her down".
        (r"\bafter (?:everything|all) (?:she|he|they|i|we)(?:'s|’s| has| have|'ve|’ve)? (?:done|did) for you\b",
         ("for you",)),
        (r"\bi(?:'d|’d| would) hope you (?:wouldn't|wouldn’t|would not) (?:say no|refuse|turn (?:me|it|this) down)\b",
         ("hope you",)),
        # ("it would be a real shame to let her down by leaving this unanswered", pi.)
        (r"\bwould be a (?:real |great |terrible |huge |crying )?(?:shame|pity) to let (?:her|him|them|me|us) down\b",
         ("let her down", "let him down",
                                                                            "let them down", "let me down",
                                                                            "let us down")),
        gate=("everything", "hope", "down"),
    ),
    *_family(
        "condescension",
        # "your practice would benefit more from this meeting than I would", "I'm already better at timber detailing
        # than most of your junior staff", "I never thought you'd manage it", "good to see that even you can get lucky".
        (r"\b(?:you|your [\w-]+) (?:would|will|might) (?:benefit|gain|learn|get) (?:far |much |a lot )?more (?:out )?"
         r"(?:from|of) (?:this|our|the|a) (?:meeting|call|conversation|chat|visit) than i (?:would|will)\b",
         ("than i",)),
        (r"\bi(?:'m|’m| am) (?:already |probably |frankly |honestly )?better (?:at [\w' -]{1,40}? )?than (?:most|many"
         r"|half|all) of your\b", ("of your",)),
        (r"\bi never (?:thought|expected|imagined) you(?:'d|’d| would| could) (?:manage|make) it\b", ("never",)),
        (r"\beven you (?:can|could|managed to) (?:get lucky|manage|pull it off)\b", ("even you",)),
        gate=("than", "better", "never", "even"),
    ),
    # The authors of os and ot (a thirteenth round's general brief). Near misses: "I've put the questions in a list so
    # they're easy for you to answer", "considering the weather, the visit went well".
    *_family(
        "condescension",
        # "I will keep the questions simple so they are easy for you to answer", "well done for explaining it so
        # clearly, considering".
        (r"\b(?:simple|simply|short and simple|basic|plain)\b[^.!?\n]{0,30}?\beasy (?:enough )?for you to (?:follow"
         r"|answer|understand|read|digest)\b", ("easy for you", "easy enough for you")),
        (r"\b(?:so clearly|so well|so simply|so nicely),? considering(?=\s*[.!?]| (?:it|this|that|they)"
         r" (?:isn't|isn’t|is not|aren't|aren’t|are not|wasn't|wasn’t|was not) (?:really |exactly |quite )?your)",
         ("considering",)),
        # "I've simplified my notes from our chat so you can check I understood, in case any of it was unclear to you".
        (r"\bin case (?:any of it|anything|some of it|it) was (?:unclear|confusing|too much) (?:to|for) you\b",
         ("unclear to you", "unclear for you", "confusing to you", "confusing for you", "too much for you")),
        gate=("easy", "considering", "unclear", "confusing", "much"),
    ),
    # The author of oy (a fourteenth round's general brief). Near misses: "considering where we started, the project
    # went well", "thank you for finding the time".
    *_family(
        "condescension",
        # "you have done well for yourself, considering where you started".
        (r"\b(?:done|did|doing) (?:very |rather |pretty |quite )?well (?:for yourself)?,? considering where you"
         r" (?:started|began|came from)\b", ("considering where you",)),
        gate=("considering",),
    ),
    *_family(
        "sarcasm",
        # "Thank you for eventually finding the time, after all the cancellations".
        (r"\bthank(?:s| you)(?: so much| very much)? for (?:eventually|finally|at last) (?:finding|making|giving)"
         r" (?:the |some )?time\b", ("eventually finding", "finally finding", "at last finding", "eventually making",
                                     "finally making", "at last making", "eventually giving", "finally giving")),
        gate=("eventually", "finally", "last"),
    ),
    # The author of pe (a fifteenth round's general brief). Near misses: "a small team like yours must juggle a lot",
    # "I gave up a day to be there and it was worth it".
    *_family(
        "condescension",
        # "your spreadsheet approach struck me as a little old-fashioned, though I can see it works for a small team
        # like yours", "most engineers in practice don't understand timber the way I do", "the conversation would be
        # just as useful for you as for me", "my findings have already had more impact than most research teams
        # manage".
        (r"\b(?:a little|a bit|rather|somewhat|slightly) old-fashioned\b", ("old-fashioned",)),
        (r"\bworks? (?:well enough |fine |okay |ok )?for a (?:small|little|tiny) (?:team|firm|outfit|practice|studio"
         r"|company|operation) like yours\b", ("like yours",)),
        (r"\b(?:don't|don’t|do not|doesn't|doesn’t) understand [\w' -]{1,40}? the way i do\b", ("the way i do",)),
        (r"\bjust as (?:useful|valuable|helpful) for you as (?:for|it is for|it would be for) me\b", ("for you as",)),
        (r"\bmore impact than most\b", ("more impact than",)),
        gate=("old-fashioned", "yours", "way", "useful", "valuable", "helpful", "impact"),
    ),
    *_family(
        "sarcasm",
        # "I'll be sure to pass that on to the jellyfish", "founders of famous cooperatives are terribly busy being
        # inspirational", "I gather the phone there is mostly decorative".
        (r"\bi(?:'ll|’ll| will) be sure to pass that on to the\b", ("pass that on to",)),
        (r"\bterribly busy being\b", ("busy being",)),
        (r"\b(?:is|are) (?:mostly|purely|just|largely) decorative\b", ("decorative",)),
        gate=("pass", "busy", "decorative"),
    ),
    *_family(
        "pressure",
        # "I gave up a paid day's work to be there, so I do hope your offer ... wasn't just politeness".
        (r"\b(?:wasn't|wasn’t|was not|isn't|isn’t|is not) just (?:politeness|being polite|a courtesy|talk)\b",
         ("just politeness", "just being polite", "just a courtesy", "just talk")),
        gate=("politeness", "polite", "courtesy", "talk"),
    ),
    # The author of pi (a sixteenth round's general brief). Near misses: "the report was surprisingly clear", "a dry
    # subject, but an important one", "my shop is doing better than last year", "I did not need much of the budget".
    *_family(
        "condescension",
        # "I imagine you don't get many people asking, which is why I thought you might have the time", "it's doing
        # rather better than yours was at this stage"; "I've rather overtaken where you were at my stage" (pq).
        (r"\bi (?:imagine|suppose|expect|assume|gather) you (?:don't|don’t|do not) get (?:many|a lot of|much)"
         r" (?:people|requests|letters|emails|students|visitors|interest|enquiries|inquiries)\b", ("you don't get",
                                                                                                  "you don’t get",
                                                                                                  "you do not get")),
        (r"\b(?:doing|did|done|going|gone|performing) (?:rather |much |far |a lot |quite a bit |a good deal |noticeably"
         r" )?better than yours\b", ("better than yours",)),
        (r"\b(?:overtaken|overtook|surpassed|outgrown|outpaced|outstripped) (?:where|what) you (?:were|had|did)\b",
         ("where you", "what you")),
        gate=("get", "yours", "overtaken", "overtook", "surpassed", "outgrown", "outpaced", "outstripped"),
    ),
    *_family(
        "sarcasm",
        # "I'm sure your inbox is far too important for the likes of me, but assuming you can fit a mere beginner in
        # between all your big contracts" (pq).
        (r"\btoo [\w-]+(?: [\w-]+)? for the likes of (?:me|us)\b", ("likes of",)),
        (r"\b(?:fit|squeeze|slot) (?:a mere|a lowly|little old|a humble|a mere little) [\w-]+ (?:in|into)\b",
         ("a mere", "a lowly", "little old", "a humble")),
        gate=("likes", "mere", "lowly", "old", "humble"),
    ),
    # The author of py (an eighteenth round's general brief). Near misses: "in all modesty, I learnt a great deal",
    # "we would both benefit from the shared data".
    *_family(
        "condescension",
        # "I am, without false modesty, the strongest stage manager of my year, and I think your production manager
        # would benefit from meeting me as much as I would from meeting her".
        (r"\bwithout (?:false|undue|any false) modesty\b", ("modesty",)),
        (r"\bwould benefit (?:from|by) (?:meeting|knowing|talking to|speaking with|hearing from) me (?:as much as"
         r"|just as much as|more than)\b", ("benefit from", "benefit by")),
        gate=("modesty", "benefit"),
    ),
    # The author of qg. Near misses: "my diary is emptier than usual this month", "the team coped without me".
    *_family(
        "condescension",
        # "salvage is a fairly small corner of the industry, so I imagine your diary is a little emptier than most".
        (r"\byour (?:diary|calendar|schedule|inbox) (?:is|must be|will be) (?:a little |a bit |rather |probably"
         r" |somewhat |far |much )?(?:emptier|quieter|lighter|less full|less busy|freer) than\b",
         ("your diary", "your calendar", "your schedule", "your inbox")),
        gate=("diary", "calendar", "schedule", "inbox"),
    ),
    *_family(
        "sarcasm",
        # "A short video call would be great, if the fate of the league can survive without you for that long".
        (r"\b(?:survive|cope|manage|get by|carry on|keep going) without you (?:for )?(?:that|so|this) long\b",
         ("without you",)),
        (r"\bif the (?:fate|future) of the [\w-]+(?: [\w-]+)? can (?:survive|cope|manage|do) without you\b",
         ("without you",)),
        gate=("survive", "cope", "manage", "get", "carry", "keep", "fate", "future"),
    ),
    # The author of qo. Near misses: "of course you will be busy", "well worth my while", "I told my manager about the
    # course you suggested".
    *_family(
        "presumption",
        # "Since you will of course be reviewing my site diary as well, I will send those next, and I have already told
        # my manager that you have agreed to act as my mentor".
        (r"\byou(?:'ll|’ll| will) of course be (?!busy\b)\w+ing\b", ("of course be",)),
        (r"\btold (?:my|the|our) [\w-]+(?: [\w-]+)? (?:that )?you(?:'ve|’ve| have)? (?:already )?agreed\b",
         ("agreed",)),
        gate=("course", "agreed"),
    ),
    *_family(
        "pressure",
        # "after I drove all that way and lost a day's wages to be there. I do hope, on reflection, that it was worth my
        # while".
        (r"\bafter i (?:drove|travelled|traveled|came|flew) all (?:that|this|the) way\b", ("all that way",
                                                                                           "all this way",
                                                                                           "all the way")),
        (r"\bhope,?(?: [\w,]+){0,3}? (?:that )?it (?:was|is|will be|has been) worth my while\b", ("worth my while",)),
        gate=("way", "while"),
    ),
    *_family(
        "condescension",
        # "perhaps I could return the favour with a few pointers on modern tooling".
        (r"\breturn the favou?r with (?:a few |some )?(?:pointers|tips)\b", ("return the favour", "return the favor")),
        gate=("favour", "favor"),
    ),
    # The author of qx. Near misses: "we both put the date in our diaries", "I am the best-qualified person on my team
    # to ask", "I have moved beyond the basics you taught".
    *_family(
        "presumption",
        # "I have already put it in both our diaries, so you need only confirm and I will be there".
        (r"\bput (?:it|this|the (?:meeting|call|visit)|us) in both (?:of )?our (?:diaries|calendars)\b",
         ("both our", "both of our")),
        (r"\byou (?:need|have) only (?:to )?confirm\b|\ball you (?:need|have) to do is (?:to )?confirm\b",
         ("confirm",)),
        gate=("both", "confirm"),
    ),
    *_family(
        "condescension",
        # "I am probably the best-qualified person who will write to you this year, and I suspect you will find the
        # conversation more useful than I will", "These days, you may want to pick my brain for once".
        (r"\bbest[- ]qualified (?:person|candidate|applicant) (?:who|that|to) (?:will |is likely to |is going to )?"
         r"(?:write|contact|approach|reach out)", ("qualified",)),
        # ("I think you'll find the conversation as useful as I will", qw.)
        (r"\byou(?:'ll|’ll| will| would|'d|’d) find (?:the|this|our) (?:conversation|call|meeting|chat)"
         r" (?:(?:more|far more|much more) (?:useful|valuable|helpful)(?: to you)? than|(?:just )?as (?:useful|valuable"
         r"|helpful)(?: to you)? as) i (?:will|would|do)\b", ("than i", "as i")),
        (r"\bpick my brain for once\b", ("for once",)),
        # The author of qw: "frankly I'm one of the stronger graduates you'll come across this year", "your choir does
        # remarkably well for an amateur outfit" (not "it works well for a small team"), "I imagine you'll want to cite
        # it".
        (r"\bone of the (?:stronger|strongest|better|best|brighter|brightest|more able|ablest) [\w-]+"
         r" you(?:'ll|’ll| will) (?:come across|meet|see|hear from|get)\b", ("one of the",)),
        (r"\b(?:does|do|did|doing|done) (?:remarkably |surprisingly |pretty |rather |quite )?well for an?"
         r" (?:amateur|small|little|volunteer|part-time|local|tiny) (?:outfit|operation|choir|group|club|team|company"
         r"|firm|setup|set-up|organisation|organization|band|business)\b", ("well for a",)),
        (r"\bi (?:imagine|expect|suppose|assume) you(?:'ll|’ll| will) want to (?:cite|quote|reference)\b",
         ("want to",)),
        gate=("qualified", "than", "as", "once", "one", "well", "cite", "quote", "reference"),
    ),
    *_family(
        "pressure",
        # "I notice I am always the one who writes first. I suppose you have been busy, so please don't feel obliged to
        # reply to this one either".
        (r"\bi(?:'m|’m| am) always the one who (?:writes|gets in touch|reaches out|calls|emails|rings) first\b",
         ("the one who",)),
        (r"\b(?:reply|respond|answer|write back) to this one either\b", ("this one either",)),
        gate=("always", "either"),
    ),
    *_family(
        "dismissal",
        # "I have rather overtaken the advice you gave me back then".
        (r"\b(?:overtaken|outgrown|moved beyond|moved past|outstripped) (?:most of |much of |all of )?(?:the|your)"
         r" advice\b", ("the advice", "your advice")),
        gate=("overtaken", "outgrown", "beyond", "past", "outstripped"),
    ),
    # The author of re. Near misses: "how things fail in the real world", "I'm not always great at replying myself",
    # "it was a shame the call was cut short by the storm".
    *_family(
        "sarcasm",
        # "I am sure my messages are being treasured somewhere", "since answering email is clearly not the club's strong
        # suit".
        (r"\b(?:messages|emails|e-mails|letters|notes) (?:are|were) (?:being )?(?:treasured|cherished|framed)\b",
         ("treasured", "cherished", "framed")),
        (r"\b(?:is|are|was) clearly not (?:the |your |their |his |her )?[\w'’ -]{0,24}?strong suit\b",
         ("strong suit",)),
        gate=("treasured", "cherished", "framed", "suit"),
    ),
    *_family(
        "pressure",
        # "Luca mentioned you are not always great at replying", "I will take silence to mean you are too busy for
        # people starting out", "It was a shame we had to cut things short when you took that call, but I understand
        # some things take priority".
        (r"\byou(?:'re|’re| are) not always (?:great|good|the best|quick|prompt) at (?:replying|responding|answering"
         r"|getting back)\b", ("not always",)),
        (r"\btake (?:your )?silence to mean (?:that )?you(?:'re|’re| are) too busy\b", ("silence",)),
        (r"\bi understand (?:that )?(?:some|other) things (?:take|took|have to take) priority\b", ("priority",)),
        gate=("always", "silence", "priority"),
    ),
    *_family(
        "condescension",
        # "I thought you might like a glimpse of how things work out here in the real world".
        (r"\bout here in the real world\b", ("in the real world",)),
        gate=("real",),
    ),
    # The authors of rm and rn. Near misses: "I went out of my way to find your article", "it would be disappointing if
    # the course closed", "I learnt a thing or two from your talk".
    *_family(
        "pressure",
        # "I have gone out of my way to write", "it would be rather disappointing if someone who spoke so warmly about
        # supporting teachers could not spare half an hour for one".
        (r"\bgone out of my way to (?:write|contact|reach out|get in touch)\b", ("out of my way",)),
        (r"\b(?:rather |very |quite |a little |somewhat )?disappointing if (?:someone|somebody|a person|you)\b",
         ("disappointing if",)),
        gate=("way", "disappointing"),
    ),
    *_family(
        "sarcasm",
        # "a pity we had to cut it short every time your phone rang, but I suppose that is what I get for asking a busy
        # man".
        (r"\bthat(?:'s|’s| is) what i get for\b", ("what i get for",)),
        gate=("get",),
    ),
    *_family(
        "condescension",
        # "I have done rather better than most of our cohort", "my work has moved well beyond what your team does, and
        # you might learn a thing or two from it".
        (r"\b(?:done|doing|did) (?:rather |much |far |a lot |quite a bit )?better than most of (?:our|my|the)"
         r" (?:cohort|class|year|group|intake|peers)\b", ("better than most",)),
        (r"\bmoved (?:well |far |way )?beyond what (?:you|your)\b", ("beyond what",)),
        (r"\b(?:you|your [\w-]+) (?:might|could|may|would) learn a thing or two from (?:it|me|my|this)\b",
         ("thing or two",)),
        gate=("better", "beyond", "thing"),
    ),
    # The author of rk (short notes). Near misses: "your deckhand was brilliant with the lines", "that is my problem to
    # solve, not yours".
    *_family(
        "reproach",
        # "Your deckhand was frankly useless with the lines, but that's hardly my problem".
        (r"\byour (?:[\w-]+ ){0,2}?(?:deckhand|assistant|receptionist|staff|team|colleague|intern|crew|technician"
         r"|secretary|apprentice|pa)s? (?:was|were|is|are|seemed) (?:frankly |honestly |pretty |rather |quite"
         r" |completely |totally |a bit )*(?:useless|hopeless|incompetent|rude|clueless|unhelpful|lazy)\b",
         ("useless", "hopeless", "incompetent", "rude", "clueless", "unhelpful", "lazy")),
        (r"\bthat(?:'s|’s| is) (?:hardly|not really|not) my problem\b", ("my problem",)),
        gate=("useless", "hopeless", "incompetent", "rude", "clueless", "unhelpful", "lazy", "problem"),
    ),
    *_family(
        "dismissal",
        # "Frankly, the part about night shifts was a waste of both our time" (qv; not "I hope this was no waste of your
        # time").
        (r"\b(?:was|were|felt like) (?:a bit of |rather |frankly |honestly |really |just )?a (?:complete |total"
         r" |bit of a )?waste of (?:both (?:of )?our|your|our|everyone's|everyone’s|my) time\b", ("waste of",)),
        gate=("waste",),
    ),
    *_family(
        "dismissal",
        # "I have since outgrown most of the advice you gave me" (qo).
        (r"\boutgrown (?:most|much|all|some|a lot) of (?:the|your) advice\b", ("of the advice", "of your advice")),
        gate=("outgrown",),
    ),
    *_family(
        "dismissal",
        # "it turns out I didn't need most of the advice about caution you gave me".
        (r"\b(?:didn't|didn’t|did not|don't|don’t|do not|never) (?:really |actually |end up |ended up )?(?:need|needing"
         r"|use|using|follow|following|take|taking) (?:most|much|any|half|a lot) of (?:the|your) advice\b",
         ("of the advice", "of your advice")),
        gate=("advice",),
    ),
    (
        "do",
        # "Do have the reading list over to me by Wednesday": an order, made emphatic rather than softer.
        LazyPattern(
            r"(?:^|(?<=[.!?] )|(?<=\n))do (?:have|send|get|pass|forward|let me have) [^.!?\n]{0,60}?"
            r"\b(?:to me|over to me|back to me|my way)\b[^.!?\n]{0,20}?\bby\b",
            needs=("to me", "my way"),
        ),
        "order",
    ),
)

# Words too common to gate a pattern on: the gate is the pattern's rarest word.
_COMMON_GATE = wordset("i i'm i'd i'll i’ll you you're me my the a an to of for is be it this that by at on in")
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~“”—–-'})


def _anchors(gate: str | tuple[str, ...]) -> frozenset[str]:
    """The words whose presence lets a pattern run: each gate phrase's least common word."""
    phrases = (gate,) if isinstance(gate, str) else gate
    out = set()
    for phrase in phrases:
        words = phrase.translate(_PUNCT_TO_SPACE).split()
        rare = [w for w in words if w not in _COMMON_GATE]
        out.add(max(rare or words, key=len))
    return frozenset(out)


# (anchor words, pattern, category): a pattern runs only when one of its anchors is a word of the text.
_GATED = tuple((_anchors(gate), pattern, category) for gate, pattern, category in _MARKERS)
# Anchor word -> indices into ``_GATED``: one set intersection with the letter's words picks the few
# patterns to run, instead of a membership test per pattern.
def _index_anchors() -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for index, (words, _pattern, _category) in enumerate(_GATED):
        for word in words:
            table.setdefault(word, []).append(index)
    return {word: tuple(indices) for word, indices in table.items()}


_BY_ANCHOR = _index_anchors()
_ALL_ANCHORS = frozenset(_BY_ANCHOR)
# Every literal a gated pattern needs: one scan of the letter says which occur (a pattern runs only if one of its own
# does), where a substring test per selected pattern read the letter some four hundred times.
_NEEDS = LiteralScan(need for _words, pattern, _category in _GATED for need in pattern.needs)
# Building the scan costs about 11 ms and saves about 0.09 ms a letter: a process starts with a substring test per
# selected pattern and builds the scan once it has checked this many letters (``netdraft check`` of one letter never
# pays for it). Both ways select the same patterns, so threads racing on the count only move the switch.
_LETTERS_BEFORE_SCAN = 100
_letters_checked = 0


def _runnable(selected: set[int], low: str) -> list[int]:
    """The selected patterns (indices into ``_GATED``, in order) that hold one of the literals they need."""
    global _letters_checked
    if not selected:
        return []
    if _letters_checked < _LETTERS_BEFORE_SCAN:
        _letters_checked += 1
        return [i for i in sorted(selected) if _GATED[i][1].may_match(low)]
    present = _NEEDS.present(low)
    out = []
    for i in sorted(selected):
        needs = _GATED[i][1].needs
        if not needs or not present.isdisjoint(needs):
            out.append(i)
    return out

# A deadline: "reply by", "get back to me before", "send it within": found from the deadline word back.
_DEADLINE_WORDS = (" by ", " before ", " within ", " no later than ")
_DEADLINE_VERB = lazy_compile(
    # "please send me a couple of times by tomorrow".
    r"(?:reply|respond|answer|get back to me|write back|call me|send (?:it|them|me(?: \w+){1,4})|hear back"
    # "please mark up my revised exercise and return it to me within a couple of days".
    r"|return (?:it|them|this|these)"
    # "Let me know what you think of it by next week."
    r"|let me know(?: what you think(?: of (?:it|them|this))?)?"
    # "I really need the example audit form by Friday" (not "I need my visa by March").
    r"|\bi (?:really |do |just |still |urgently |will )?need (?:the|your|that|this|those|these|it|them)"
    r"(?: [\w'’-]+){0,5})"
    r"(?: to me| to this| from you)?$"
)

_OF_NOUN = ("of an ", "of a ", "of the ", "of my ", "of any ")

# How a window that ``_DEADLINE_VERB`` matches can end (its ``$`` also matches before a final line
# break); "send me \w+" ends with any word, so a window holding "send me " is searched too.
_DEADLINE_ENDS = ("reply", "respond", "answer", " me", "back", " it", " them", " this", " you", " know", " think", "\n")

_HINTS = {
    "demand": "Rephrase '{x}' as a request the reader may decline, for example 'Would you be open to ...?'",
    "deadline": "Drop the deadline in '{x}' and leave the timing to the reader, e.g. 'whenever suits you'.",
    "pressure": "Delete '{x}': state your ask once, without pressure or guilt.",
    "entitlement": "Delete '{x}': the reader owes you nothing, so ask for the favour plainly.",
    "sarcasm": "Delete the sarcastic '{x}' and thank the reader plainly.",
    "shouting": "Write '{x}' in normal case.",
    "punctuation": "Replace '{x}' with a single full stop or question mark.",
    "order": "Turn the order '{x}' into a question, for example 'Would you be willing to ...?'",
    "condescension": "Delete '{x}': it talks down to the reader.",
    "presumption": "Delete '{x}': ask the reader first instead of deciding for them.",
    "reproach": "Delete '{x}': a complaint about the reader's staff or systems puts them on the defensive.",
    "dismissal": "Delete '{x}': thank the reader for the advice, and if you will not follow it, say so kindly.",
    "intrusion": "Delete '{x}': leave the reader's private life (pay, age, health, family, looks) out of the letter.",
    "critique": "Delete '{x}': criticism the reader did not ask for reads as rude; keep to your request.",
    "tone": "Rewrite '{x}' so that it asks or thanks plainly, without pressure, sarcasm or talking down, or cut it.",
}
_WHAT = {
    "demand": "a demand",
    "deadline": "a deadline imposed on the reader",
    "pressure": "pressure or guilt",
    "entitlement": "entitlement",
    "sarcasm": "sarcasm",
    "shouting": "shouting",
    "punctuation": "shouting punctuation",
    "order": "an order",
    "condescension": "condescension",
    "presumption": "presuming on the reader",
    "reproach": "a complaint about the reader's people or systems",
    "dismissal": "dismissing the reader's advice",
    "intrusion": "an intrusive personal remark",
    "critique": "unsolicited criticism of the reader's work",
    "tone": "rude: its words are those of demands, guilt, sarcasm or condescension in other letters",
}

# Sentence openings that order the reader about ("Send me ...", "Please reply ...").
_ORDER = lazy_compile(
    # At most a few fillers ("So, just please send"): unbounded, "now now now ..." costs a long backtrack.
    # (An interjection before it too: "Look, just send me the placement rota", ku.)
    r"(?:(?:so|and|now|just|also|then|kindly|please|pls|plz),?[ \t]+|(?:look|listen|right|okay|ok),[ \t]+){0,6}"
    r"(?P<verb>send|tell|give|reply|respond|answer|call|email|e-mail|forward|get back|introduce|connect"
    r"|provide|add"
    # "So just hop on a quick call with me, easy" (lt); "Just get me an interview" (mn).
    r"|hop on|jump on|get me"
    r"|share|schedule|set up|review|read|look at|look over|confirm|arrange|write back|write to|contact|book"
    r"|make sure|make time|find (?:time|a time|some time)|pass (?:along|on)|text|ping|fill out|hurry|sign"
    r"|do not ignore|don't ignore|stop|remember|respond|tell"
    # "Circulate it among your colleagues", "Telephone me as soon as you have consulted them", "Put me on the guest
    # list", "Leave word with your receptionist", "Mark it up and return it to me".
    r"|circulate|telephone|phone|ring me|put me|leave word|mark (?:it |them )?up|return (?:it|them)"
    # "Listen to my showreel tonight and tell me what you think" (kt; not "Listen, I know you're busy").
    r"|listen to|watch (?:my|it|this|the)"
    # "Check your diary and send me the afternoons that work" (lq; not "Bring whatever notes you like, or none at
    # all", ae21, an offer).
    r"|check (?:your|the|my) (?:diary|calendar|schedule|inbox|email|notes)"
    # The fourth author (eb): "Accept it and we are set", "Go through it and tell me what to fix", "Need it back soon".
    r"|accept (?:it|the invit\w*|my invit\w*)|go (?:through|over) (?:it|this|them|my)|write me(?: back)?"
    # The sixth author (ej): "See to it that the partners understand ...", "Kindly bear it in mind."
    r"|see to it|bear (?:it|this|that) in mind"
    # The fifty-eighth author (jv): "Do these today."
    r"|do (?:it|this|these|that|them|those|so)(?: (?:please|for me))? (?:today|now|straight away|right away"
    r"|immediately|asap|this week|tomorrow|by)"
    r"|need (?:it|them|this|that|your (?:\w+ )?\w+) (?:back |returned )?(?:soon|asap|today|tomorrow|by|urgently"
    r"|quickly|fast|now|before))\b"
    # The word as a noun, not an order: "Email is perfect, or a short call", "A call would be lovely", "Review of batch
    # manufacturing records, deviation investigations ..." (ko; not "Make sure of the date").
    r"(?![ \t]+(?:is|was|'s|’s|are|would|could|might|will|should|works?|suits?|sounds?|seems?)\b)"
    r"(?!(?<!sure)[ \t]+of\b)",
)
# The letters an order can open with: each filler or verb of ``_ORDER`` and ``_PLEASE`` up to its first
# non-letter ("e-mail" -> "e", "don't" -> "don"). Most sentences open otherwise, and one short match
# then rules out both longer patterns.
_LEAD_WORD = lazy_compile(r"[a-z]+")
_ORDER_LEADS = wordset(
    """so and now just also then kindly please pls plz send tell give reply respond answer call email e forward
    get introduce connect provide add share schedule set review read look confirm arrange write contact book make
    find pass text ping fill hurry sign do don stop remember circulate telephone phone ring put leave mark return
    accept go need see bear listen watch right okay ok check hop jump"""
)
# After a sentence-initial "please", anything but these courteous conventions is an order.
# "Please also pass on my thanks": a filler adverb does not change what follows, nor do two ("Please do also keep me in
# mind", nr).
_PLEASE = lazy_compile(
    r"(?:please|pls|plz),?[ \t]+(?:(?:also|just|kindly|do(?![ \t]+not\b))[ \t]+){0,2}"
    r"(?P<rest>[a-z’']+(?:[ \t]+[a-z’']+)?)"
)
_QUESTION_AFTER_PLEASE = lazy_compile(r"(?:is|are|can|could|would|will|may|might|do|does|did|shall|should|have|has)\b")
_COURTEOUS = lazy_compile(
    r"(?:let me|feel free|don't hesitate|don’t hesitate|do not hesitate|accept|excuse|forgive|know"
    # "Please continue to treat me kindly" (lb): the Japanese formula of goodwill.
    r"|continue to (?:treat|guide|support|look after|favou?r|remember|keep in touch with) (?:me|us)\b"
    # "Please get in touch if anything else would be helpful" (mx).
    r"|(?:get|be|keep|stay) in touch\b"
    # Candour invited: "Please don't hold back on the feedback!" (ng).
    r"|(?:don't|don’t|do not) hold back\b"
    # Self-deprecation: "Please don't judge the lighting too harshly!" (pj).
    r"|(?:don't|don’t|do not) judge\b"
    # What the reader judges useful: "Please do pass on anything else you think might be useful along the way" (on).
    r"|(?:pass on|send|share|forward) (?:anything|whatever) (?:else )?(?:that )?you (?:think|feel|believe)\b"
    # Encouragement: "Please keep doing those talks; they matter more than you might think" (oa).
    r"|keep (?:doing|up the|writing|sharing|posting|making|running|giving) (?:those|these|the|your|it|them|that|this)\b"
    # "Please think of me when the panto contract comes up" (le): a job ask (the job-ask rule's), not an order.
    r"|think of me\b"
    # "Please do correct me if I have misremembered" (jn, ku).
    r"|correct me (?:if|where|wherever|when)\b"
    r"|find attached|find below|find overleaf|find herewith|find here\b|take this (?:email|e-mail|note|letter|message"
    r"|card|line) as"
    r"|find enclosed|find my|see attached|see enclosed|see my|see below|give my|send my|say hello|say hi"
    r"|pass along my|pass on my|pass my (?:thanks|regards|best|gratitude|appreciation|good wishes|warm wishes)"
    r"|extend my|convey (?:my|our)\b"
    # Greetings passed on: "Please do greet the team for me".
    r"|greet\b"
    # A reply waived: "Please don't bother replying if you are busy" (if: a near miss of "people like you rarely bother
    # answering").
    r"|(?:don't|don’t|do not) bother (?:replying|to reply|answering|to answer|responding|to respond|writing back)\b"
    # Candour invited: "Please tell me honestly if the portfolio is not ready" (it15).
    r"|tell me (?:honestly|frankly|candidly|truthfully|straight|plainly|openly)\b"
    # "Please do say if there is ever anything I can send your way" (jl): let me know, in other words.
    r"|say (?:if|whether|so)\b"
    # The reader left free to ignore the writer's notes: "Please take or leave these as you see fit" (he20).
    r"|take (?:them |it |these |this )?or leave (?:them|it|these|this|as)\b"
    # Formulas of other languages' letters: "Please receive my deep gratitude", "Please believe, dear Mr Hughes, in
    # my deep gratitude" (the French "veuillez croire"), "Please receive my warmest regards".
    r"|receive (?:(?:once again|again|also|as well|here) )?(?:my|our|a|an|the)\b"
    r"|believe(?:,[^,\n]{1,40},)? in (?:my|our|the expression)"
    # "Please find our certificate attached", "Please find the notes below": the letter-writer's formula.
    r"|find (?:our|the|a|an|this|these|those|his|her|their)\b[^.!?\n]{0,60}?\b(?:attached|enclosed|below|herewith"
    r"|included|linked)\b"
    r"|be (?:as )?(?:brutally |totally |completely |entirely |perfectly |really |very |quite )?"
    r"(?:blunt|honest|frank|candid|critical|direct|tough|harsh|hard|ruthless|brutal)\b"
    # Indulgence asked for what the writer sends: "Please be gentle, some were written after a long shift".
    r"|be (?:gentle|kind|forgiving|lenient|merciful)\b|go easy"
    r"|do not be too|don't be too|don’t be too|use (?:anything|whatever|any of)"
    r"|take care|take your time|take all the time|stay|keep well|keep safe|keep in touch|enjoy|allow me|count me in"
    r"|permit me|rest assured|be assured|consider|don't worry|don’t worry|do not worry|note|pardon|bear with"
    # "Please be advised that I will be travelling next week", "... that no reply is required" (gk): the formula
    # before the writer's own news; a threat after it has its own forms ("Please be advised that a prompt reply is
    # required" stays an order).
    r"|be (?:advised|aware|informed),? that (?:i\b|no (?:reply|response|answer)\b)"
    r"|give (?:him|her|them) my|tell (?:him|her|them) i|thank|have a|be well|reach out|do reach|don't feel"
    r"|do not feel|remember me|(?:don't|don’t|do not) give it (?:a |another )?(?:second )?thought"
    # "Please do not change any plans on my account" (et).
    r"|(?:don't|don’t|do not) (?:change|alter|rearrange|cancel|move) (?:any|your) (?:plans|arrangements|schedule)"
    r"|(?:keep|bear) (?:me |my (?:[\w'’-]+ ){1,2}?)in mind|also know|never feel|treat|ignore this|disregard"
    # Asking for the reader's view of what was sent: "Please tell me if the prices are too high".
    r"|tell me (?:if|whether|what you think|how you feel|which|whenever|when|what time|what day)"
    # Advice asked for, in the courteous "Please kindly give me some advice" of many first languages.
    r"|give me (?:some |your |a little |a bit of |any )?(?:advice|guidance|suggestions?|pointers|tips)\b|advise me\b"
    # Trouble waived and refusal invited: "Please don't go to any trouble over it", "Please say no if it is a
    # nuisance".
    r"|(?:don't|don’t|do not) go to (?:any|too much|a lot of|much) trouble|say no\b|feel free to say no"
    # "Please do not trouble yourself to reply".
    r"|(?:don't|don’t|do not) (?:trouble|bother) (?:yourself|to)\b"
    # "Please take this simply as a hello", "Please give your old spaniel a pat from me".
    r"|take (?:this|it) (?:simply |just |only |purely )?as\b|give (?:your|the) (?:[\w'’-]+ ){0,2}?(?:a (?:[\w'’-]+ )?"
    r"(?:pat|hug|scratch|stroke|cuddle)|my)\b)\b"
)
# A sentence that leaves the choice to the reader is an offer, not an order.
_DEFERS = lazy_compile(r"(?:works|suits|is) (?:best |better |easiest )?for you|convenien|suits you|whatever|whenever"
    # "Please tell me what suits and I'll fit around it" (pi).
    r"|\b(?:what|which (?:day|time|date|slot)s?) (?:suits|works|would suit|would work)\b(?! for (?:me|us)\b)"
    # "Please kindly share which time is okay for you" (lb).
    r"|(?:is|are) (?:okay|ok|good|fine|possible|easy|free) for you\b"
    r"|only if you|if you have (?:the |a |any )?(?:time|moment|minute|chance)|if you (?:can|are able|feel like|want)\b"
    # "Please read them only if and when you have time".
    r"|only if and when|if and when you (?:have|get|find)\b"
    # "Please choose any time, I will make it work" (km).
    r"|\bany (?:time|day|date|slot)\b(?! (?:before|by|until|today|tomorrow)\b)"
    # "Please look at them only when you have a free moment" (mr; not "Please send it over when you get a minute", an
    # order with its timing eased, if14).
    r"|\bonly when you (?:have|get|find)\b")
# Courteous uses of the order verbs: passing on regards, sharing good wishes.
_COURTEOUS_ORDER = lazy_compile(
    # (Not the things asked for sent to the writer: "Send them to me at your earliest, without fail", eg.)
    r"(?:give|send|pass (?:along|on)|extend|say) (?:my|our|hello|hi|(?:him|her|them)(?! (?:to me|over|back|across"
    r"|through|along)\b))"
    r"|remember me|tell (?:him|her|them|\w+) (?:i|hello|hi)|book recommendations"
    # "Just give me a shout" (eq): let me know, in the idiom.
    # ("Just give me a ring", qr.)
    r"|give me a (?:shout|buzz|bell|nudge|holler|ring|call|text|tinkle)\b"
    # "Just tell me when to turn up": the reader's choice asked for, like "let me know when".
    r"|tell me (?:whenever|when|what time|if|whether|which|how)\b"
)

# Runs of words in capitals: shouting when they hold one of ``SHOUT_WORDS`` or a long word (one capital word alone
# is an acronym, mostly).
_CAPS = lazy_compile(r"[A-Z][A-Z'’]+\b(?:[ \t]+[A-Z][A-Z'’]*\b)*")
# Every match opens with a capital and a capital or apostrophe. In bytes where capitals read b"A",
# apostrophes (and 0xE2, the first byte of "’" in UTF-8) b"Q" and the rest b".", ``_CAPS_START`` finds
# each such pair: in an ASCII text (same offsets) the pattern is tried there only, instead of the engine
# testing a class at every position; in any other text no pair means no match.
_CAPS_MARKS = bytes(
    b"A"[0] if 65 <= c <= 90 else b"Q"[0] if c in (39, 0xE2) else b"."[0] for c in range(256)
)
_CAPS_START = re.compile(rb"A(?=[AQ])")
_CAPS_BY_PAIRS = 20_000
_BANG = lazy_compile(r"[!?]*(?:!!|\?!|!\?)[!?]*")
_ACRONYM_MAX = 4
# Characters of capitals in a row beyond which no name from the request can explain them.
_LONG_RUN = 200


_REQUEST_WORDS: dict[int, tuple[AnyRequest, str]] = {}
# "ASAP" written in the writer's own story in capitals: the name of something ("the ASAP (Accelerated Surgical
# Assessment Pathway)").
_ASAP_NAMED = lazy_compile(r"\bASAP\b")


def _own_story(request: AnyRequest) -> str:
    """The fields that tell the writer's and the reader's stories (not the ask, purpose or plan, which may hurry)."""
    parts = (request.sender.background, request.sender.goal, request.sender.resume, request.recipient.title,
             request.recipient.organization, request.connection)
    return "\n".join(p for p in parts if p)


def _request_words(request: AnyRequest | None) -> str:
    """The request's text in capitals, to look capitalised words up in; cached per request object
    (a batch checks many letters per request)."""
    if request is None:
        return ""
    cached = _REQUEST_WORDS.get(id(request))
    if cached is not None and cached[0] is request:
        return cached[1]
    words = request_text(request).upper()
    if len(_REQUEST_WORDS) > 256:
        _REQUEST_WORDS.clear()
    _REQUEST_WORDS[id(request)] = (request, words)
    return words


def _caps_runs(text: str, start: int) -> Iterator[re.Match[str]]:
    """``_CAPS.finditer(text, start)``, trying the pattern only where a match can open."""
    if len(text) > _CAPS_BY_PAIRS or not text.isascii():
        # A long text (many pairs would be many Python iterations) or offsets that differ in bytes.
        marks = text.encode("utf-8", "surrogatepass").translate(_CAPS_MARKS)
        if b"AA" in marks or b"AQ" in marks:
            yield from _CAPS.finditer(text, start)
        return
    marks = text.encode("ascii").translate(_CAPS_MARKS)
    pos = start
    while (pair := _CAPS_START.search(marks, pos)) is not None:
        at = pair.start()
        m = _CAPS.match(text, at)
        if m is None:
            pos = at + 1
        else:
            pos = m.end()
            yield m


def _cv_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a run of capitals, is a résumé heading alone on its line ("EDUCATION", "SKILLS AND
    QUALIFICATIONS")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t:#*_-").lower()
    return line == text[start:end].strip(" :").lower() and is_heading(line)


def _shouting(text: str, request: AnyRequest | None, start: int) -> Iterable[tuple[int, int, str]]:
    known = None
    for m in _caps_runs(text, start):
        if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] in "[{<"):
            continue  # "[PROJECT NAME]": a slot left to fill, which the placeholder rule reports
        run = m.group()
        if run.startswith(("INSERT ", "ENTER ", "ADD ", "YOUR ")) and len(run) <= 40:
            continue  # "INSERT NAME": a slot left to fill, the placeholder rule's
        if not run.replace("X", "").replace(" ", "").strip("'’"):
            continue  # "07XXX XXXXXX": a masked number, the placeholder rule's slot
        if _cv_heading(text, m.start(), m.end()):
            continue  # "SKILLS AND QUALIFICATIONS" on a line of its own: a résumé heading, résumé-dump's (ri)
        if len(run) > _LONG_RUN:
            # Whole lines in capitals are shouting whatever the words: no need to weigh each one.
            yield m.start(), m.end(), "shouting"
            continue
        words = run.split()
        if len(words) == 1 and len(run) < 3 and run != "SO":
            continue  # two capitals are an acronym ("HR", "UK"); emphatic "SO glad" is not
        shouted = [w for w in words if w.strip("'’").lower() in SHOUT_WORDS or len(w) > _ACRONYM_MAX]
        if len(words) == 1:
            if run.strip("'’").lower() not in SHOUT_WORDS:
                continue
        elif not shouted:
            continue
        # Capitalised names from the request ("NASA JPL") are not shouting.
        if known is None:
            known = _request_words(request)
        if all(w.strip("'’") in known and w.lower() not in SHOUT_WORDS for w in words):
            continue
        yield m.start(), m.end(), "shouting"


_BY_CHANNEL = lazy_compile(_CHANNEL)


def _deadlines(low: str) -> Iterable[tuple[int, int, str]]:
    for word in _DEADLINE_WORDS:
        pos = low.find(word)
        while pos >= 0:
            if word == " by " and _BY_CHANNEL.match(low, pos + 4):
                pos = low.find(word, pos + 1)
                continue  # "reply by email": how, not when
            window = low[max(0, pos - 40) : pos]
            verb = None
            if window.endswith(_DEADLINE_ENDS) or "send me " in window or "need " in window:
                verb = _DEADLINE_VERB.search(low, max(0, pos - 40), pos)
            if (
                verb is not None
                and not preceded_by_letter(low, verb.start())
                # "letting go of an answer before it is perfect": a noun, not a reply asked for.
                and not low.endswith(_OF_NOUN, max(0, verb.start() - 7), verb.start())
            ):
                yield verb.start(), pos + len(word) - 1, "deadline"
            pos = low.find(word, pos + 1)


# The writer's own commitment ("I will send my proposal by the end of the month") sets a deadline
# on the writer, not the reader: the clause that holds the deadline opens with it.
_OWN_PLAN = lazy_compile(
    r"\b(?:i|we)(?:'ll|’ll| will| shall| plan to| intend to| am going to|'m going to|’m going to| have to"
    r"| need to| must"
    r"| aim to| promise to| expect to| hope to| am planning to|'m planning to|’m planning to"
    r"| am aiming to|'m aiming to|’m aiming to| am hoping to|'m hoping to|’m hoping to| would like to|'d like to"
    r"|’d like to)\b"
    # "I said I would send my portfolio pages by the end of the week": a commitment recalled.
    r"|\b(?:said|promised|agreed|offered|mentioned)(?: that)? (?:i|we)(?:'d|’d| would)\b"
    r"|\b(?:i|we) (?:promised|agreed|offered) to\b"
    # "I am tidying it up, and it will be with you by the end of the week": the writer's thing, delivered.
    r"|\b(?:it|they|this|these|(?:the|my)(?: \w+){1,3}?)(?:'ll|’ll| will| should) (?:be with you|reach you|arrive)\b"
    # "My coursework on interlocking principles will be forwarded to you by the end of this week" (gy35): the writer's
    # own thing, sent in the passive.
    r"|\b(?:my|our)(?: [\w-]+){1,5}? (?:will|shall|should) be (?:sent|forwarded|emailed|posted|shared|passed"
    r"|with you)\b"
    # "I'm making my decision by the end of the month, so a call before then would help most" (kn): the writer's own
    # step, in the present (not "I'm counting on a reply by Friday", "I'm expecting an answer by Monday"), in the
    # deadline's own clause, the reader left out of it (not "I am making my decisions this week, so I'll need your
    # answer by tomorrow", "I'm putting together a business plan and I'll need your thoughts on it by the end of the
    # month").
    r"|\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:(?:now|currently|still|also) )?(?:making|taking|finishing|submitting"
    r"|sending|completing|deciding|applying|handing|filing|moving|starting|leaving|relocating|graduating|signing"
    r"|booking|preparing|writing|putting|wrapping|closing|choosing|committing|accepting)\b"
    r"(?:(?!\b(?:need|want|expect|require|you|your|please)\b)[^,;:.!?\n]){0,60}$"
)
# The writer opening the sentence, perhaps after a short phrase: "As promised, I am putting together my outline
# and will send it to you by the end of next week".
_I_START = lazy_compile(r"(?:[-*•][ \t]*)?(?:[a-z’']+(?: [a-z’']+){0,3},[ \t]+)?i\b")
# (Also "... and expect to submit it by the end of the week", jk.)
_AND_WILL = lazy_compile(r"\band (?:will|shall|expect to|hope to|plan to|aim to|intend to|am going to)\b")
# ... unless the reader is asked to act after it ("I will need you to reply by Friday", "I will
# expect your answer by Monday").
_READER_ACTS = lazy_compile(
    r"\byou (?:to|can|could|would|will|should|must)\b|\b(?:could|would|can|will) you\b|please"
    r"|\b(?:expect|need|want|require|await|hear)\w*\b"
    # "I will be looking for your reply by the end of the week".
    r"|\byour (?:reply|response|answer)\b"
)


# The writer's own action, for "ASAP": "I should write to you ASAP", "I will reply ASAP".
_OWN_ACTION = lazy_compile(
    r"\b(?:i|we)(?:'ll|’ll| will| shall| should| would| plan to| intend to| am going to|'m going to|’m going to"
    r"| want to| wanted to| hoped to| meant to| tried to| was hoping to| hope to| need to| must| have to)\b"
    # "You told me to send it ASAP": the reader's advice about the writer's own action.
    r"|\b(?:told|asked|advised|urged|encouraged|reminded) (?:me|us) to\b|\bsuggested (?:that )?(?:i|we)\b"
)


_COURTESY = lazy_compile(
    r"\b(?:please|would you|could you|i hope|hope you|kindly|kindness|kind of you|lovely|pleasure|glad|happy to"
    r"|delighted|honou?red|sorry|apologi[sz]e|wonderful|warm wishes|warmly|best wishes|regards|if you have time"
    r"|no rush|no pressure|enjoyed|so generous|generous|forgive|excuse|pardon)\b"
)
_THANKS = lazy_compile(
    r"\b(?:thank(?:s| you)|grateful|gratitude|appreciat(?:e|ed|ion)|much obliged)\b"
    # "Cheers again for putting up with my endless questions" (lp).
    r"|\bcheers (?:again |so much |heaps |a lot )?for\b"
    # Appreciation as good fortune: "I count myself fortunate to have had an afternoon of your time".
    r"|\b(?:count|counted|consider|considered) (?:myself|ourselves) (?:\w+ )?(?:fortunate|lucky|privileged|blessed)\b"
)


# Courtesy strategy by strategy, after Brown and Levinson's positive and negative politeness (the literature
# behind ``politeness_score``). The score weighs the words a letter uses and cannot see what it leaves out: a
# flat note of short statements with one "Thanks." scores as well as a warm one. A letter that shows at most
# one of these strategies in clipped sentences, or none at all in sentences of any length, reads as curt.
_GRATITUDE = lazy_compile(
    # Thanks for something: a bare "Thanks." or "Thank you." on its own is the least a letter can say.
    r"\b(?:thank(?:s|ed|ing| you)?[ \t]+(?!\n)|thx\b|grateful|gratitude|appreciat|much obliged|obliged to you"
    r"|cheers for)"
)
_WARM_GRATITUDE = lazy_compile(
    r"\b(?:(?:thank(?:s| you)|thx) (?:so |very |ever so )?(?:much|heaps|a lot|a million|again|for everything)"
    r"|many thanks|sincere(?:st)? thanks|heartfelt|(?:really|truly|deeply|very|so|most|extremely) "
    r"(?:appreciate|appreciated|grateful|helpful|useful|valuable)"
    r"|(?:helped|help) (?:so much|enormously|a lot|hugely))\b"
)
_STRATEGIES = (
    # A request hedged or left to the reader: "would you", "if you have time", "whenever suits you".
    lazy_compile(
        r"\b(?:would (?:you|u)|could (?:you|u)|might you|might i|may i|would it be|could i|could we|would there be"
        r"|would that|if (?:you|it)(?:'s|’s| is| are| were| was| have| had| can| could| would)\b|at a time that"
        r"|whenever (?:it |you )"
        r"|no rush|no pressure|no obligation|i wonder|wondering|if possible|gladly|happy to|glad to"
        r"|would be (?:grateful|glad|delighted|happy|thrilled)|would mean a (?:lot|great deal)"
        r"|(?:i'd|i’d|i would) (?:be |really |so |very )*(?:grateful|glad|delighted|love|appreciate|welcome|value)"
        r"|really value|perhaps|please|pls)\b"
    ),
    # Warmth: pleasure, praise, good feeling.
    lazy_compile(
        r"\b(?:pleasure|enjoy\w*|lovely|glad|delighted|(?:great|good|nice|lovely) to|wonderful|kind|kindly|kindness"
        r"|generous\w*|helpful|inspir\w*|highly|admir\w*|love|loved|fascinat\w*|valuable|invaluable|brilliant"
        r"|excellent|fantastic|honou?r\w*|privilege\w*|thrilled|excited|warm\w*|congratulations|impressed|useful"
        r"|great|fortunate|miss|eye-open\w*|revelation|fondly)\b"
    ),
    # Wishing the reader well, or looking forward to them.
    lazy_compile(
        r"\b(?:i hope|hope (?:you|your|ur|u)|hope this|hope all|hope the|hope it|hope we|hope to|hopefully|take care"
        r"|all the best|best wishes|good luck|well wishes|i trust|good health|look(?:ing)? forward|speak soon"
        r"|talk soon)\b"
    ),
    # A valediction warmer than a bare word ("Kind regards", "Yours sincerely", "Warmest wishes"; not "Regards,",
    # "Best," or "Thanks.", the least a sign-off can be).
    lazy_compile(
        r"\b(?:(?:kind|kindest|best|warm|warmest|warmer|many|with|my|fond|cordial|sincere) regards|sincerely"
        r"|faithfully|best wishes|warmly|warmest|cheers|with thanks|many thanks|all the best"
        r"|take care|warm wishes|yours|grüßen|gracias|salamat|ngā mihi|nga mihi|merci|danke|obrigad[oa])\b[^\n]{0,30}\n"
    ),
    # Deference and apology.
    lazy_compile(
        r"\b(?:sorry|apologi\w+|forgive|excuse|pardon|(?:know|realise|realize|appreciate|understand) (?:that )?"
        r"(?:you(?:'re|’re| are)|how) (?:very |so |extremely )?busy|understand if|of course)\b"
    ),
)
# Where the courtesy count is low, a letter whose sentences average fewer words than this reads as clipped.
# Of the test corpus's courteous letters, 98 in 100 average 12 words or more (median 18.6); curt notes 6 to 12.
_CLIPPED = 12.0


def _courtesy_count(low: str, sentences: list[str], stop: int) -> int:
    """How many courtesy strategies the letter shows, up to ``stop`` (thanks and warmth count up to twice)."""
    count = min(2, sum(1 for s in sentences if _GRATITUDE.search(s + "\n") is not None))
    if count and _WARM_GRATITUDE.search(low) is not None:
        count += 1
    for pattern in _STRATEGIES:
        if count >= stop:
            break
        if pattern.search(low) is not None:
            count += 1
    return count


def _curt(
    text: str, low: str, request: AnyRequest | None, kind: str | None, clipped: float, min_courtesy: int
) -> float:
    """The mean sentence length of a clipped letter short of courtesy, or 0 when the letter is not curt."""
    doc = analyze(text)
    f = form(text)
    lo = f.greeting[1] if f.greeting is not None else doc.body_start
    end = f.signature[0] if f.signature is not None else len(text)
    hi = f.signoff[0] if f.signoff is not None else end
    # Prose only: list items, headings and lines without a full stop are not the letter's sentences.
    counts = [
        len(text[s:e].split())
        for s, e in doc.sentences
        if s >= lo and e <= hi and text[s:e].rstrip()[-1:] in ".!?" and text[s] not in "-*•"
    ]
    if not counts:
        return 0.0
    # Sentences of any length carry no courtesy at all; a clipped letter needs ``min_courtesy`` strategies.
    need = min_courtesy if sum(counts) < clipped * len(counts) else 1
    if need == 1 and any(word in low for word in _COURTESY_WORDS):
        return 0.0  # the usual case, told by substrings before any regex runs
    band = request.band if request is not None else LENGTH_BANDS.get(kind or "")
    if band is not None and doc.words < band[0]:
        # Below its band the letter is too short (``length``), and too little to judge its tone by.
        return 0.0
    sentences = [text[s:e].lower() for s, e in doc.sentences if s >= lo and e <= end]
    if _courtesy_count(low, sentences, need) >= need:
        return 0.0
    return sum(counts) / len(counts)


# Every letter with one of these shows, or may show, a courtesy strategy besides thanks: only the rest are
# counted when their sentences are of ordinary length (most letters have one, and thanks alone may be bare).
_COURTESY_WORDS = (
    "sincerely", "yours", "hope", "would", "could", "please", "wish", "glad", "kind", "love", "great",
    "sorry", "pleasure", "enjoy", "warm", "grateful", "appreciat",
)


_WAIVED = lazy_compile(
    r"(?:(?:don't|don’t|do not|never|shouldn't|shouldn’t|needn't|needn’t) feel(?: like)?|no need to|no rush to"
    r"|not need to|don't need to|don’t need to|no obligation to|without any need to)[ \t]+(?:\w+[ \t]+){0,3}$"
)


# The writer's own treat just before "I insist": "My treat this time, I insist!", "Lunch is on me - I insist".
_GENEROUS = lazy_compile(
    r"(?:\btreat|\bon me|\bmy shout|\bmy round|\bi(?:'ll|’ll| will) (?:pay|buy)|\bi(?:'m|’m| am) (?:paying|buying)"
    r"|\blet me (?:pay|buy|get)|\bbuy you)\b"
    r"[^!?\n]{0,25}$"
)


def _waived(low: str, at: int) -> bool:
    """Whether the demand or deadline at ``at`` is waived just before it ("don't feel you need to"), or is
    the writer insisting on their own treat."""
    if low.startswith("i insist", at) and _GENEROUS.search(low, max(0, at - 40), at):
        return True
    return _WAIVED.search(low, max(0, at - 40), at) is not None


# The writer's reason for a time, after it: ", as I need to book my train", "as the application closes then" (not "as I
# have other people I could ask", which presses).
_REASON = (
    r",? (?:as|because|since) (?:i|the|my|our|applications?|it|that|this)\b"
    r"(?! (?:have|had) (?:already )?(?:waited|other|a couple|several|plenty))"
)
# A reply asked for by a time, with that reason: "Please let me know by Friday if that works, as I need to book my
# train" (mr). The whole sentence for the sentence model; the reason alone after a deadline the patterns found.
_REASONED_REPLY = lazy_compile(r"\blet me know (?:by|before)\b[^.!?\n]{0,60}?" + _REASON)
_REASON_AFTER = lazy_compile(r"[^.!?\n]{0,40}?" + _REASON)


# A time the reader offered, thanked for or eased: "thanks for offering to send the product training schedule by the
# end of next week", "there's no rush at all: by the end of the month would be perfect" (mk).
_READERS_OFFER = lazy_compile(
    r"(?:\bthank(?:s| you)(?: also| again| too)? for (?:kindly )?offering to|\b(?:you )?kindly offered to"
    r"|\bno (?:rush|hurry)(?: at all)?[,:;] )"
    # (Not a deadline of the writer's after it: "You kindly offered to introduce me to the course leader, and I will
    # need that introduction within the week", kl19; see ``_markers``.)
    r"(?:(?!\bi (?:will |do |really |'ll |’ll )?(?:need|expect|want)\b|\bmust\b|\bplease\b)[^.!?\n]){0,100}$"
)


def _own_deadline(low: str, sentences: list[tuple[int, int]], at: int, own: re.Pattern[str] = _OWN_PLAN) -> bool:
    """Whether the deadline at ``at`` belongs to the writer's own plan stated earlier in its sentence
    (looked for in the 200 characters before it: a clause, and bounded work on hostile input)."""
    k = bisect_right(sentences, (at, len(low))) - 1
    start = max(sentences[k][0] if k >= 0 else 0, at - 200)
    plans = list(own.finditer(low, start, at))
    if not plans and own is _OWN_PLAN and _I_START.match(low, start):
        # "I've started the report and will send it to you by the end of the month": the writer is
        # the subject of "will send" too.
        plans = list(_AND_WILL.finditer(low, start, at))
    return bool(plans) and _READER_ACTS.search(low, plans[-1].end(), at) is None


# The writer's own practice, timed: "in my role I ... report results to the regulator within 24 hours",
# "I answered every query within a day". Not when the reader comes into it or anything is asked for.
_FIRST_PERSON = lazy_compile(r"\b(?:i|we|my|our)\b")
_ASKED = lazy_compile(
    r"\b(?:you|your|please|kindly|need\w*|expect\w*|want\w*|requir\w*|await\w*|hear\w*|appreciat\w*|like|grateful|hope"
    r"|ask|request|would|could|can|must|have to|has to|let me|asap|urgent\w*|look(?:ing)? forward|an? (?:answer|reply"
    r"|response|decision)|back to me|write back|confirm\w*)\b"
)


# A time told in a story, not set: "by the end of the week it had been passed around the whole practice".
_NARRATED = lazy_compile(
    r",?[ \t]+(?:it|they|he|she|we|i|everyone|everybody|most of (?:us|them)|the (?:\w+ ){0,2}?\w+)"
    r" (?:had|was|were)\b"
)


_COMPARED = lazy_compile(r"\b(?:as|so) [a-z-]+ $|\b(?:just|exactly|precisely) $")


def _sentence_around(
    low: str, sentences: list[tuple[int, int]], at: int, end: int, reach: int
) -> tuple[int, int]:
    """The sentence holding ``low[at:end]``, cut to ``reach`` characters either side: bounded work on hostile
    input."""
    k = bisect_right(sentences, (at, len(low))) - 1
    start = max(sentences[k][0] if k >= 0 else 0, at - reach)
    stop = min(max(sentences[k][1] if k >= 0 else end, end), end + reach)
    return start, stop


def _own_practice(low: str, sentences: list[tuple[int, int]], at: int, end: int) -> bool:
    """Whether the deadline ``low[at:end]`` times something the writer does, in a sentence that asks nothing."""
    # The rest of the sentence counts too ("I expect it by Friday, as you promised").
    start, stop = _sentence_around(low, sentences, at, end, 400)
    return _FIRST_PERSON.search(low, start, at) is not None and _ASKED.search(low, start, stop) is None


_PERMISSION = lazy_compile(
    r"\b(?:permission|if you|if it|if that|unless you|may i|could i|can i|would you|do you mind|would it|happy for me"
    r"|(?:ok|okay|all right|alright|fine) with you|with your (?:blessing|agreement|consent)"
    # Agreed before: "as we agreed", "as you kindly offered" (fi).
    r"|as (?:we )?(?:agreed|discussed|arranged)|as you (?:kindly )?(?:offered|suggested|asked|requested|said)"
    r"|you (?:kindly )?(?:offered|suggested|asked|agreed)"
    # "I've also sent you a calendar invite ...; feel free to move it if the time doesn't work" (dm15).
    r"|feel free to (?:move|decline|ignore|change|reschedule|drop|delete|turn)|(?:move|change|decline|ignore) it if)\b"
)


def _asks_first(low: str, sentences: list[tuple[int, int]], at: int, end: int) -> bool:
    """Whether the sentence around ``low[at:end]`` asks the reader's leave (a question, "with your permission")."""
    start, stop = _sentence_around(low, sentences, at, end, 200)
    return "?" in low[end:stop] or _PERMISSION.search(low, start, stop) is not None


_FRONTED = wordset("when once before after")
# (... or when it is ready: "When you have the examples ready, please send them to me at this address", lr.)
_CHANCE = lazy_compile(r"\b(?:a chance|a moment|a minute|time|convenient|you can|possible|free|ready|to hand)\b")
# (Not past the writer's own main clause: "Once it arrives I'll work through it, and then share what I've done", nv.)
_FRONTED_CLAUSE = lazy_compile(
    r"(?:when|once|as soon as|before|after)\b(?:(?!\bi(?:'ll|’ll| will| shall|'m going| am going)\b)[^,.;:!?\n]){1,80},"
    r"[ \t]+"
)


def _orders(text: str, low: str) -> Iterable[tuple[int, int, str]]:
    doc = analyze(text)
    f = form(text)
    skip = set()
    if f.greeting_line is not None:
        skip.add(doc.lines[f.greeting_line][0])
    # From the sign-off down, every sentence: "Note: I assumed the meeting was a video call. Please adjust if needed."
    # speaks to the writer, not the reader (``meta`` reports it; lw).
    signed = doc.lines[f.signoff_line][0] if f.signoff_line is not None else len(text)
    for s, e in doc.sentences:
        if s in skip or s >= signed:
            continue
        lead = _LEAD_WORD.match(low, s, e)
        if lead is not None and lead.group() in _FRONTED:
            # An order after a clause of time: "When your team's study comes out, send it over to me the same day",
            # "Before then, leave word with your receptionist".
            fronted = _FRONTED_CLAUSE.match(low, s, e)
            # "When you get a chance, please send over the dashboard you mentioned": the timing left to the reader.
            if (
                fronted is not None
                and _DEFERS.search(low, s, e) is None
                and _CHANCE.search(low, s, fronted.end()) is None
            ):
                m = _ORDER.match(low, fronted.end(), e)
                if m is not None and not _COURTEOUS_ORDER.match(low, m.start("verb"), e):
                    yield fronted.end(), m.end(), "order"
            continue
        if lead is None or lead.group() not in _ORDER_LEADS:
            continue
        p = _PLEASE.match(low, s, e)
        if p is not None:
            # "Please pick whatever time suits you" defers to the reader; it is not an order.
            if _COURTEOUS.match(low, p.start("rest"), e) or _DEFERS.search(low, s, e):
                continue
            # "Please, can you ask your boss if there is work for me?": a question, softened twice (hr13, hr22); not
            # with a deadline ("Please could you make the introduction before then?", f225).
            sentence = low[s:e]
            if (
                sentence.rstrip().endswith("?")
                and _QUESTION_AFTER_PLEASE.match(low, p.start("rest"), e)
                and not any(word in sentence for word in _DEADLINE_WORDS)
            ):
                continue
            yield s, p.end(), "order"
            continue
        m = _ORDER.match(low, s, e)
        # "Remember us at the back of the room on the diploma course?": recalling, not an order.
        if m is not None and m.group("verb") == "remember" and low[s:e].rstrip().endswith("?"):
            continue
        # "Kindly share the reading list whenever it is convenient for you" (ol): the timing left to the reader, as
        # after a sentence-initial "please" (not "Kindly revert at the earliest").
        if m is not None and low.startswith("kindly", s) and _DEFERS.search(low, s, e) is not None:
            continue
        if m is not None and not _COURTEOUS_ORDER.match(low, m.start("verb"), e):
            end = m.end()
            if low.startswith(" me", end):
                end += 3
            yield s, end, "order"


# "Should I not hear from you before then, I will write again at the end of the month" (iu): silence met with the
# writer's own follow-up, no deadline set for the reader (not "..., I will take that as a yes": presumption's).
_UNHEARD = lazy_compile(
    r"\b(?:if|should|in case) i (?:do not |don't |don’t |haven't |haven’t |have not |not )?(?:hear|get|receive)\b"
    r"[^.!?\n]{0,40}$"
)
_FOLLOW_UP_AFTER = lazy_compile(
    r"[^.!?\n]{0,40}?,? i(?:'ll|’ll| will| shall) (?:simply |just |happily |gladly )?(?:write|follow up|try|call|ring"
    r"|phone|email|e-mail|get in touch|be in touch|send|check in|drop you)\b"
)


# The longest quotation of a sentence the model flags that a finding's message and hint repeat.
_SHOWN = 80


# A way out left to the reader: "I'll take it that the Thursday slot still suits you unless I hear otherwise". The
# model reads the words of presumption ("take it that"); the patterns, which see the whole form, let it pass.
_WAY_OUT = lazy_compile(
    r"\bunless (?:i hear|you (?:say|tell me|let me know|would rather|'d rather|prefer))\b"
    # "I'll try your number on Thursday morning to arrange a time, or if you'd rather pick a slot yourself, just
    # reply" (lh).
    r"|\bor(?:,)? if you(?:'d|’d| would) (?:rather|prefer)\b|\bor(?:,)? if you prefer\b"
    r"|\bif (?:that|it|this|the [a-z]+) (?:no longer suits|doesn't suit|does not suit|won't suit|will not suit)\b"
)

# Thanks for what the reader did, which the model reads by its words of condescension ("someone who is only just").
_KIND_OF_YOU = lazy_compile(
    r"\b(?:it was|it's|it’s|that was) (?:really |so |very |incredibly |extremely )?(?:kind|good|generous|thoughtful)"
    r" of you to\b"
)
# A request hung on its not being a burden, which the model reads by its words of pressure.
_NO_TROUBLE = lazy_compile(r"\bif (?:it(?:'s|’s| is)|that(?:'s|’s| is)) not too much (?:trouble|bother)\b")
# The writer's own promise of something to the reader, which the model reads by its words of deadlines.
_OWN_PROMISE = lazy_compile(
    r"i(?:'ll|’ll| will| shall) (?:have|get|send|bring|deliver|post) (?:it|them|this|these|the|my)\b"
)

# An apology or regret: "I'm afraid I'm going to have to say no this time" (ip36) declines courteously; the model reads
# "have to" and "this time".
# (Not "unfortunately", which reproaches as often: "Unfortunately I never heard back after my last three emails".)
_SORRY = lazy_compile(r"\b(?:i'm afraid|i am afraid|i'm sorry|i am sorry|so sorry|sorry to|sorry that|apologies"
                      r"|i apologi[sz]e|i regret)\b|\bsorry,")


# Praise of the reader: "Don't forget to enjoy the launch; you have earned it." The model reads the words of
# entitlement ("earned") and of reminders ("don't forget").
_PRAISED = lazy_compile(
    r"\byou(?:'ve|’ve| have|'d|’d| had)? (?:really |truly |more than |certainly |surely |so )?(?:earned|deserved?)"
    r" (?:it|this|that|them|every (?:bit|minute|moment))\b|\bwell[ -](?:earned|deserved)\b"
)


def _tone(text: str, hits: list[tuple[int, int, str]], threshold: float) -> Iterator[tuple[int, int, str]]:
    """The body sentences no pattern flagged that the sentence model reads as rude, as hits."""
    ix = sentence_index(text)
    first, last = core(text)
    for i in range(first, last):
        start, end = ix.spans[i]
        if any(s < end and e > start for s, e, _ in hits):
            continue
        sentence = ix.sentence(i)
        if (
            RUDE.reaches(sentence, "", threshold)
            and _WAY_OUT.search(sentence) is None
            # "I will have it with you by the end of the week, without fail, as I know how busy you are" (qo): the
            # writer's own promise.
            and _OWN_PROMISE.match(sentence) is None
            # "If it is not too much trouble, please kindly consider a 15-minute phone call with me" (rb).
            and _NO_TROUBLE.search(sentence) is None
            # "it was really kind of you to spend part of your weekend talking to someone who is only just starting"
            # (ri).
            and _KIND_OF_YOU.search(sentence) is None
            # "Please kindly give me a 20-minute conversation, ... whichever is easy for you" (ol): a learner's formula
            # that leaves the choice to the reader.
            and not (sentence.startswith(("please kindly", "kindly")) and _DEFERS.search(sentence) is not None)
            and not _SORRY.search(sentence)
            and not _PRAISED.search(sentence)
            and not _REASONED_REPLY.search(sentence)
        ):
            yield start, end, "tone"


def _unheard_follow_up(low: str, start: int, end: int) -> bool:
    """Whether a deadline at ``low[start:end]`` only times the writer's own follow-up if they hear nothing."""
    return (
        _UNHEARD.search(low, max(0, start - 60), end) is not None
        and _FOLLOW_UP_AFTER.match(low, end) is not None
    )


def _markers(text: str, request: AnyRequest | None) -> list[tuple[int, int, str]]:
    """The hard markers of ``text`` as ``(start, end, category)``, the courteous exceptions set aside."""
    doc = analyze(text)
    low = lower_text(doc)
    hits: list[tuple[int, int, str]] = []
    words = word_set(text)
    selected = {index for word in words & _ALL_ANCHORS for index in _BY_ANCHOR[word]}
    for index in _runnable(selected, low):
        _, pattern, category = _GATED[index]
        hits.extend(
            (m.start(), m.end(), category) for m in pattern.finditer(low) if not preceded_by_letter(low, m.start())
        )
    hits.extend(_deadlines(low))
    hits.extend(_orders(text, low))
    hits.extend(_shouting(text, request, doc.body_start))
    if "!" in text and ("!!" in text or "?!" in text or "!?" in text):
        hits.extend((m.start(), m.end(), "punctuation") for m in _BANG.finditer(text))

    if hits:
        # "Please don't feel you need to reply", "no need to reply before then": a demand or a deadline
        # waived, which is courtesy.
        hits = [h for h in hits if h[2] not in ("demand", "deadline") or not _waived(low, h[0])]
    if any(category == "deadline" for _, _, category in hits):
        hits = [
            h
            for h in hits
            if h[2] != "deadline"
            or not (
                _own_deadline(low, doc.sentences, h[0])
                or _own_practice(low, doc.sentences, h[0], h[1])
                or _NARRATED.match(low, h[1]) is not None
                or _unheard_follow_up(low, h[0], h[1])
                or (
                    not low.startswith("i ", h[0])
                    and _READERS_OFFER.search(low, max(0, h[0] - 120), h[0]) is not None
                )
                # "Please let me know by Friday if that works, as I need to book my train" (mr): a reply asked for by a
                # time, with the writer's reason.
                or (low.startswith("let me know", h[0]) and _REASON_AFTER.match(low, h[1]) is not None)
            )
        ]
    if any(category == "presumption" for _, _, category in hits):
        # "May I pass your email address to a colleague?", "With your permission, I'll add you to the list":
        # asked first, not presumed.
        hits = [h for h in hits if h[2] != "presumption" or not _asks_first(low, doc.sentences, h[0], h[1])]
    if "as you " in low:
        # "Contract law is every bit as absorbing as you promised": the reader's word borne out, not held to.
        hits = [
            h for h in hits if not (low.startswith("as you ", h[0]) and _COMPARED.search(low, max(0, h[0] - 40), h[0]))
        ]
    if "asap" in low:
        # "She said I should write to you ASAP": the hurry is the writer's, not asked of the reader. And "I co-designed
        # the ASAP (Accelerated Surgical Assessment Pathway)" (em): a name the writer's own story gives, not a hurry.
        named = request is not None and _ASAP_NAMED.search(_own_story(request)) is not None
        hits = [
            h
            for h in hits
            if not (
                low.startswith("asap", h[0])
                and (named or _own_deadline(low, doc.sentences, h[0], _OWN_ACTION))
            )
        ]
    return hits


# The categories of a marker that asks something of the reader, however rudely.
_ASKING = frozenset(("demand", "order", "deadline"))
# Words that, shouted, make the sentence a demand.
_SHOUTED_ASKS = wordset("need must now asap immediately urgently require expect want reply respond answer send call")


@lru_cache(maxsize=32)
def demand_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that demand, order, set a deadline, presume, claim or press: ``purpose`` reads a sentence
    holding one as a request, however rude ("Please send me a few dates that suit you by the end of the week").

    Cached: ``purpose`` asks only when it found no courteous request for the ask.
    """
    return tuple(
        (start, end)
        for start, end, category in _markers(text, None)
        if category in _ASKING
        # "I NEED this introduction": a demand in capitals (jv06).
        or (category == "shouting" and not _SHOUTED_ASKS.isdisjoint(text[start:end].lower().split()))
    )


def politeness(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    min_score: float = -0.5,
    thanked_margin: float = 1.5,
    clipped_words: float = _CLIPPED,
    min_courtesy: int = 2,
    model_threshold: float | None = 0.99,
) -> Iterable[Finding]:
    """Flag rude markers and a letter too short of courtesy.

    Args:
        text: The letter.
        request: The request; names in it written in capitals are not shouting.
        kind: Unused.
        thanked_margin: How much lower than ``min_score`` a letter that thanks the reader in so many
            words ("thank you", "grateful", "appreciate") may score and still pass.
        min_score: The lowest ``politeness_score`` of the body that passes. Calibrated on the test
            corpus: its courteous letters score 0.57 and up, a curt note with no courtesy scores
            about -1; -0.5 leaves a margin on both sides.
        clipped_words: A letter whose body sentences average fewer words than this, and which shows fewer
            than ``min_courtesy`` courtesy strategies (thanks for something, warm thanks, a hedged ask,
            warmth, good wishes, a valediction, deference), reads as curt whatever its score; so does one
            that shows none of them, whatever the length of its sentences.
        min_courtesy: See ``clipped_words``.
        model_threshold: A body sentence no pattern flags is rude when the sentence model (``_sentence_model.RUDE``,
            fitted on the corpus) gives it at least this probability; ``None`` reads with the patterns alone.
    """
    doc = analyze(text)
    low = lower_text(doc)
    hits = _markers(text, request)
    if model_threshold is not None:
        hits.extend(_tone(text, hits, model_threshold))
    hits.sort(key=lambda h: (h[0], -h[1]))
    last_end = -1
    for start, end, category in hits:
        if start < last_end:
            continue
        end = start + len(text[start:end].rstrip())
        last_end = end
        shown = " ".join(text[start:end].split())
        if category == "tone" and len(shown) > _SHOWN:
            shown = shown[: shown.rfind(" ", 0, _SHOWN)] + " ..."
        yield Finding(
            "politeness",
            "error",
            f"'{shown}' reads as {_WHAT[category]}.",
            start,
            end,
            _HINTS[category].format(x=shown),
        )

    score = doc.politeness
    # The score was fitted on short requests; a long letter adds up many small negative weights. One
    # that thanks the reader in so many words is curt only when its score is far lower still.
    thanked = score < min_score and _THANKS.search(low) is not None
    if (
        score < min_score
        and (score < min_score - thanked_margin or not thanked)
        # With no thanks at all (``gratitude`` reports that), a letter full of other courtesy ("lovely to
        # meet you", "I hope", "please do say hello") is not curt.
        and (thanked or len(set(_COURTESY.findall(low))) < 3)
    ):
        yield Finding(
            "politeness",
            "error",
            f"The letter reads as curt: its politeness score is {score:.2f}, below {min_score:.2f}.",
            0,
            0,
            "Add courtesy: thank the reader, ask with 'would you' or 'could you', and soften requests "
            "with 'I would be grateful if'.",
        )
    elif mean := _curt(text, low, request, kind, clipped_words, min_courtesy):
        yield Finding(
            "politeness",
            "error",
            f"The letter reads as curt: short flat sentences ({mean:.0f} words on average) with almost no courtesy."
            if mean < clipped_words
            else "The letter reads as curt: no thanks for anything, no softened ask and no warm word or sign-off.",
            0,
            0,
            "Add courtesy: thank the reader for something specific, ask with 'would you' or 'could you', and "
            "close with a warm word such as 'Kind regards'.",
        )

"""Rule ``purpose``: the letter says what the sender hopes to gain and makes the specific ask.

Both checks compare the letter with the request *in substance* (see ``_match``): the purpose must
be stated somewhere in the body (within two consecutive sentences), and the ask must be made in a
request sentence (a question, "would you be open to", "I would be grateful if", "could we" ...)
whose content matches ``request.ask``. A letter that talks about, or asks for, something else fails.
Only ``informational`` and ``introduction`` letters are judged; other kinds get no finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._match import (
    Index,
    Phrase,
    content_tokens,
    core,
    first_window,
    index,
    is_mentioned,
    mentions,
    names_of,
    variants,
    windows,
    with_acronyms,
    wordset,
)
from netdraft.rules._text import BULLET
from netdraft.rules.politeness import demand_spans
from netdraft.rules.skip import Skip

__all__ = ["REQUEST_FORM", "purpose", "request_mask"]

_KINDS = frozenset(("informational", "introduction"))

# A sentence that asks for something: a question, or a polite request form.
# One ``\b`` before the alternation, not one per branch: Python's engine tries every branch at every
# position, so the shared prefix makes the scan several times faster.
REQUEST_FORM = lazy_compile(
    r"\?|\b(?:(?:would|could|can|will|might|may) (?:you|we|i)\b|would it be\b|is there any chance\b"
    # "I'd really appreciate a chat on the phone" (ip06), "I'd also very much welcome".
    r"|i(?:'d| would| should) (?:(?:also|really|very much|so|truly|greatly|genuinely|certainly) ){0,2}(?:be|love|like"
    r"|welcome|appreciate|value|treasure|enjoy|relish|jump)\b"
    # "I'm only asking for the obvious thing, which is an introduction to the team" (ka13).
    r"|i(?:'m| am) (?:only |just |simply |merely )?(?:hoping (?!to |for )|writing to ask|reaching out to ask|wondering"
    r"|requesting|writing to request"
    r"|asking (?:for|you|whether|if))\b"
    r"|(?:i|may i|might i) (?:would )?(?:humbly )?request\b|i hope (?:you|we)\b"
    # A proposal is the ask made: "I propose to visit Ember & Bean Roasters for a short conversation" (lt).
    r"|i (?:would |'d |’d )?(?:propose|suggest) (?:to (?:visit|come|call|meet|drop|stop)|that (?:we|i)|we)\b"
    # "I want to learn how people move into policy, and I ask for a 20-minute call" (lb).
    r"|i (?:kindly |humbly |respectfully )?ask (?:you )?for\b"
    r"|please\b|if you(?:'d|’d| (?:have|had|could|would|were|are|might|can|find|happen))\b|let me know\b"
    r"|are you (?:available|free|open)\b|do you have\b|i wonder(?:ed)?\b|perhaps we\b"
    r"|we could\b|grateful (?:if|for)\b|open to\b|willing to\b|available\b"
    r"|hoping you\b"
    r"|welcome the (?:chance|opportunity)\b|mean (?:a lot|a great deal|so much|the world)\b|delighted\b|honou?red\b"
    r"|would (?:\w+ )?(?:welcome|appreciate|love|like|value|enjoy|be (?:grateful|glad|happy|thankful))\b"
    # "A 30-minute call would be enough" (ka03).
    # ("A quick chat by phone would be fine to sort out my start date", ra.)
    r"|would be (?:just as |equally |most |very |more than |so |quite )?(?:welcome|helpful|wonderful|great|enough"
    r"|plenty|sufficient|ample|fine)\b"
    # "... even a few lines by email would be of real help".
    r"|would be of (?:real |great |enormous |huge |much |some |any |genuine )?(?:help|use|value|benefit)\b"
    # The ask named as what would help: "A 30-minute conversation by phone would help me a great deal", "A short
    # meeting at the museum would answer most of my questions" (jm).
    # (Not what would help the writer do something: "a call with a recruiter would help me prepare".)
    r"|would (?:really |also |so |certainly |genuinely )?(?:help(?: me)?(?: (?:a great deal|enormously|a lot"
    r"|hugely|greatly|so much|immensely|no end))?(?=[ \t]*(?:[.!;,]|$))"
    r"|answer (?:most|all|many|some) of my questions|make (?:all the|a (?:real |big |huge |great )?)difference"
    # "A 20-minute coffee or phone call would make it worthwhile" (ma).
    r"|make (?:it|this|that|everything) (?:all )?worthwhile)\b"
    # Asked for as a due: "a short call seems the least I can ask for" (jm), "I think that earns me 20 minutes over
    # coffee" (nu).
    # ... or as owed: "I think I am owed an hour at the workshop" (rm).
    r"|\bi(?:'m|’m| am) owed (?:a|an|the|some|half|\d+)\b"
    r"|the least i (?:can|could) (?:ask|hope|expect)\b|\b(?:earns|earned|entitles|entitled) me (?:to )?(?:a|an|the|some"
    r"|half|\d+|twenty|thirty|fifteen|ten)\b"
    r"|i (?:need|want|expect) you to\b"
    # A want stated is the ask made too, bluntly ("I want a 30-minute meeting at your office": iq12, it01, id01; the
    # politeness rule judges the tone).
    r"|i(?:'ll| will)? (?:really |do |really do |just |fully )?(?:need|expect|want)"
    # "I need half an hour of your time" (ig12), "I need 20 minutes".
    r" (?:a|an|some|your|half|ten|fifteen|twenty|thirty|\d+|to (?:speak|talk|meet))\b"
    r"|counting on you\b"
    # The ask presumed is the ask made too (jl06, ir12: "I assume you'll make the time for a 20-minute call"; the
    # politeness rule judges the presumption).
    # "I'll take it as read that you'll make the time for a call" (ke13).
    r"|i(?:'ll|’ll| will)?(?: assume| presume| take it(?: as read| as given| for granted)?| trust| am sure|'m sure"
    r"|’m sure)"
    r" (?:that )?you(?:'ll|’ll| will| can| won't| won’t"
    r"| will not| would)\b"
    # ... or with a colon: "What I need from you: an introduction to the head of production" (mj).
    r"|what i (?:need|want|ask|'m asking for|am asking for|'m after|am after)(?: from you| of you)?(?: is\b|:)"
    # "My request is simple: a 20-minute phone call, at whatever time suits you."
    r"|my (?:one |only |simple |small )?(?:request|ask) (?:is|would be|to you is)\b"
    # Pressed for, or named as enough: "I'd hope you wouldn't say no to a half-hour visit" (om), "A short meeting at the
    # studio should be enough" (om).
    r"|i(?:'d|’d| would) hope you (?:wouldn't|wouldn’t|would not) (?:say no|object) to\b"
    # "I'll take it that half an hour over coffee on Thursday afternoon suits" (qw).
    r"|i(?:'ll|’ll| will)? take it (?:that )?[^.?!\n]{0,80}?\b(?:suits|works|is fine|is convenient)\b"
    # "a 20-minute call with someone at your level would be a far better use of my time" (qw).
    r"|would be (?:a |an )?(?:far |much |a lot )?better use of (?:my|our) time\b"
    # "it's just a question of which time suits you for a 20-minute phone call" (pi).
    r"|(?:a|the) (?:question|matter) of (?:which|what|when)\b[^.?!\n]{0,30}?\b(?:suits|works|is best|is good"
    r"|is convenient)\b"
    r"|^(?:a|an|just a|only a)\b[^.?!\n]{0,60}?\b(?:should|will|ought to) be (?:quite |more than |plenty )?enough\b"
    # "I have one specific request: a 20-minute call at a time that suits you" (ni).
    r"|i(?:'ve|’ve| have) (?:just |only )?(?:one|a) (?:[\w-]+ )?(?:request|ask)(?: (?:for|of) you)?:"
    # "All I'm after is a quick call" (if10).
    r"|relying on you\b|all (?:i need|i ask|i'm asking|i'm after|i’m after|i am after"
    r"|you need to do)\b|taken the liberty\b"
    # A call booked into the reader's calendar is the ask made (politeness judges the presumption).
    # ... or booked or pencilled in (kt): "asked her to book a 30-minute video call into your calendar", "I have already
    # put half an hour at your office in my diary for Thursday", "your personal assistant has now confirmed half an
    # hour at your office for us".
    r"|(?:put|added|booked|scheduled|blocked|pencilled|penciled|sent|placed|dropped|popped|slotted|stuck|book|schedule"
    r"|pencil|slot)\b(?:[^.?!\n]{0,60}?\b(?:in|into|on|to)"
    r" (?:your|my|our|both our|both of our) (?:calendars?|diar(?:y|ies)|schedules?)\b"
    # ... or booked with the reader: "I have pencilled in a 20-minute phone call with you for later this week" (or).
    r"| in (?:a|an|the|half|our|\d+)\b[^.?!\n]{0,50}?\bwith you\b)"
    # "I've gone ahead and sent a calendar invitation for a 20-minute call next week" (lq; not the invitation still to
    # come, "I will send a calendar invitation for a 20-minute call shortly", t913, which presumes the call unasked).
    # "I've booked us a 30-minute coffee next Wednesday" (py).
    r"|\b(?:booked|reserved|pencilled|penciled|scheduled) (?:us|the two of us|both of us|you and me|you and i) (?:in )?"
    r"(?:a|an|for)\b"
    r"|\b(?:sent|emailed|forwarded) (?:you )?(?:a |an )?(?:calendar |diary |meeting |zoom |teams )?"
    r"(?:invitation|invite)\b"
    r"|your (?:personal )?(?:assistant|pa|secretary|diary manager|office manager)\b[^.?!\n]{0,30}?\b(?:has|have|had)"
    r" (?:now |already |kindly )?(?:confirmed|booked|arranged|scheduled|pencilled|penciled|set up)\b"
    # The writer's arrival announced for the ask: "I will call your office at ten on Monday for a 20-minute
    # conversation", "I'll be at Ashdown Forge on Saturday morning for my half hour" (not "I will call your office
    # on Tuesday to see whether a time suits").
    # ("I could also come to head office for a 20-minute meeting to discuss it", pn: offered, which asks.)
    r"|i(?:'ll|’ll| will| shall| could) (?:also )?(?:call|ring|phone|come|be at|be in|turn up|drop in|drop by|come by"
    r"|visit)\b"
    r"[^.?!\n]{0,60}?\bfor (?:a|an|the|my|our|half|\d)[^.?!\n]{0,20}?\b(?:call|conversation|chat|meeting|talk|hour"
    r"|minutes|slot|visit|introduction)\b)"
    # Imperatives (a demand is still an ask; politeness judges the tone).
    # ("So just hop on a quick call with me, easy", lt.)
    # ("Meet me for a coffee before service one morning next week", qf.)
    r"|(?:^|: )(?:please |so |and )?(?:just )?(?:send|tell|give|share|let|email|call|ring|phone|set up|schedule|book"
    r"|meet me|meet with me"
    r"|pick|find|hop on|jump on|get me"
    # The subject dropped, as texts do: "need a 20-minute chat over video" (mj).
    r"|need (?:a|an|some|your|half|\d+)"
    r"|reply|suggest|choose|propose|name|get back|reach out|drop me|introduce me|connect me|put me in touch"
    # "Check your diary and send me the afternoons that work" (lq).
    r"|check your (?:diary|calendar|schedule)"
    # "Make the introduction today" (kw).
    r"|make (?:the|an|that|this) (?:introduction|intro|connection))\b"
)
# Every branch of REQUEST_FORM but the "?" needs one of these words: a sentence with none skips it.
_REQUEST_GATE = wordset(
    "counting relying all liberty requesting request asking "
    "would could can will might may should i'd i'm am hope chance please if let are do wonder wondered "
    "perhaps we grateful open willing available hoping welcome mean delighted honored honoured need want let's "
    "expect send tell give share email call set schedule book pick find reply suggest choose propose name "
    "get reach drop calendar diary schedule what ask ring phone assume presume take trust sure least hop jump "
    "assistant pa secretary manager i'll i’ll shall introduce connect put make sent emailed forwarded check "
    "invitation invite earns earned entitles entitled enough pencilled penciled booked scheduled question matter meet "
    "reserved owed"
)


# A sentence that says what the writer hopes for (a request form counts too): background alone
# ("I taught science for eight years and am exploring user research") does not state a purpose.
_AIM_WORDS = wordset(
    "hope hoping hoped love like want wanted wish seek seeking writing goal "
    "aim purpose advice perspective insight insights guidance grateful ask question questions"
)
# Words of wanting that state an aim only as what someone is: "I'm curious about", "I am especially keen
# to", not "the occasional curious student".
_SELF_AIM_WORDS = wordset("eager keen interested curious")
_SELF_AIM = lazy_compile(
    r"\b(?:i'm|i’m|im|i|we're|we’re|am|are|was|were|been|be|remain|feel|always|very|so|really|particularly"
    # "I have become curious about how think tanks choose their research topics" (fi).
    r"|especially|genuinely|deeply|most|also|still|truly|quite|more|increasingly|and|become|became|grown|grew)"
    r" (?:eager|keen|interested"
    r"|curious)\b"
    # "The work has made me curious about the bigger picture: how marine protected areas are managed".
    r"|\b(?:made|makes|make|left|got|getting) me (?:\w+ )?(?:curious|eager|keen|interested)\b"
    # "I'm a backend developer curious how you moved into developer relations" (ly).
    r"|\bcurious (?:how|whether|what|why|to (?:know|learn|hear|understand|find out))\b"
)
# Verbs of learning state an aim as infinitives ("to learn how", "to hear about"); in the past or the
# progressive they are background ("learning more than I ever expected about oysters").
_AIM = lazy_compile(
    # "I don't know whether it is a realistic move": the uncertainty the writer hopes to settle.
    r"\b(?:(?:don't|don’t|do not) (?:really |quite |fully |yet |honestly |actually )?know(?: (?:well|enough|much))?"
    # "I know little of how the work differs there", "I do not know well which skills ..." (a second language's
    # word order).
    r"|(?:i|we) know (?:very |too )?little (?:of|about)"
    # ("I am not clear what skills an SRE team expects", lb.)
    r"|(?:i'm|i’m|i am) (?:still |really |honestly )?(?:not sure|unsure|not clear|unclear)|not certain"
    # "I cannot tell which ones someone in my position ought to tackle first".
    r"|(?:can't|can’t|cannot|can not|couldn't|couldn’t) (?:quite |really |yet |honestly )?(?:tell|see|decide|judge)"
    # "I find it difficult to judge which certifications genuinely matter to firms".
    r"|(?:difficult|hard|tricky) to (?:judge|tell|know|see|decide|work out|figure out)"
    # "I only have a vague picture of what junior planners actually do day to day" (fg).
    r"|(?:have|had) (?:only )?a (?:vague|hazy|rough|fuzzy|limited|blurry|patchy) (?:picture|idea|sense|understanding)"
    r" of"
    # "What I do not yet have is a clear sense of what the day-to-day work actually involves" (gv06), "I lack a clear
    # picture of how ...".
    r"|(?:(?:don't|don’t|do not|don't yet|don’t yet|do not yet) have(?: is)?|lack) (?:a |any )?(?:clear |real |good"
    r" |proper )?(?:picture|idea|sense|understanding|view) of)"
    r" (?:whether|if|how|what|which)\b|"
    # "What I find most uncertain is the practical side: how lawyers in my position prepare" (hk06).
    r"\bwhat i (?:find|feel) (?:most |least |still |really |particularly )?(?:uncertain|unsure|unclear)"
    r" (?:about )?is\b|"
    # "What I'm trying to work out is whether my food work is good enough yet".
    # "What I keep wondering is whether frontline clinical experience actually counts for much" (iw01).
    r"\b(?:wonder|wondering|wondered)(?: is| was)? (?:whether|if|how|what|which|why)\b|"
    # "The part I find hardest to picture is the long view: how a specialist music teacher plans a whole year" (iq01).
    r"\b(?:hardest|most difficult|trickiest|hard|difficult|tricky) to (?:picture|imagine|grasp|understand|see|judge"
    r"|tell|work out|figure out)(?: [\w'’&:-]+){0,6}? (?:whether|if|how|what|which)\b|"
    # "The thing I can't quite work out from job adverts is what L&D teams actually look for" (ik09).
    r"\b(?:work|figure|puzzle|sort) out(?:(?: [\w'’&-]+){0,4}? (?:is|was))? (?:whether|if|how|what|which|where)\b|"
    # "The thing I keep going round in circles on is what a game studio actually wants to see" (pq).
    r"\bthe (?:thing|question|part|bit) i (?:keep|kept) (?:[\w'’-]+ ){1,5}?(?:is|was) (?:whether|if|how|what|which"
    r"|why)\b|"
    r"\b(?:looking to|reaching out|pick your brain|tell me|know more|find out|(?:to|could|can|might|may|would)"
    r" (?:better )?(?:learn|hear|understand|explore|discuss|talk|chat|share|benefit|get a sense|know))\b"
    # "I would very much value learning how your firm approaches them".
    r"|\b(?:value|appreciate|welcome|love|enjoy|relish) (?:learning|hearing|understanding|exploring|discussing)\b"
    # "I have been trying to get a straight answer from the trust about how people get onto your projects" (jx13).
    # "I am trying to decide whether to apply for the critical care course this year" (om).
    r"|\b(?:trying|tried|try|want|wanted|need|needed|hoping|hoped) to (?:decide|work out|figure out|choose) (?:whether"
    r"|if|which|between)\b"
    r"|\b(?:trying|tried|try|want|wanted|need|needed|hoping|hoped) to (?:get|find|obtain) (?:a |an |some )?(?:straight"
    r" |clear |proper |honest |real |simple |direct |decent )?(?:answer|answers|information|info)\b"
)
# Words that settle a sentence as a request without the regex.
_REQUEST_SURE = wordset("please kindly delighted honored honoured available willing")
# Of these, the words that someone else may say of the reader: "she thought you might be willing".
_REPORTABLE = wordset("available willing")
# Wondering asks only of the reader: "I wonder whether you might have time" (not "I have started to wonder
# whether those skills could carry me into grants management").
_WONDER = wordset("wonder wondered wondering")
_MUSING = lazy_compile(
    r"\b(?:i've|i’ve|i have|i had) (?:often|always|long|sometimes|occasionally|frequently) wondered\b"
)
_YOU = wordset("you your")
_MODALS = wordset("would could can will might may")
_MEANT_TO_ASK = (
    r"\b(?:i was going to|i had meant to|i'd meant to|i’d meant to|i had planned to|i had hoped to|i thought of"
    r"|i thought about|i had intended to|i'd intended to|i intended to|i was planning to|i was hoping to"
    r"|i had wanted to|i'd wanted to) ask(?:ing)?\b"
)
# "... so I will not ask for that": the ask named to be dropped (not "I won't ask for more than 20 minutes").
_WITHDRAWN = lazy_compile(
    _MEANT_TO_ASK + r"[^.!?\n]*\bbut\b"
    r"|\b(?:i (?:will|shall) not|i won't|i shan't|i'll not) ask (?:you )?(?:for )?(?:that|this|it)\b"
    # Left to the referrer: "Professor Sato has kindly offered to ask you separately whether a call might be possible".
    r"|\b(?:offered|agreed|promised) to ask you\b|\bleave (?:that|it|this) (?:with|to) (?:him|her|them)\b"
)
_MEANT_TO = lazy_compile(_MEANT_TO_ASK)
# The next sentence thinks better of it: "I had intended to ask for a call. On reflection, I will not add to your load".
_THOUGHT_BETTER = lazy_compile(
    r"\bon (?:reflection|second thoughts?)\b|\b(?:i (?:will|shall) not|i won't|i shan't|i'll not)"
    r" (?:ask|add to|trouble|impose|take up your)\b"
)
_ADDRESSEES = wordset("you we")
_WORD_RUN = lazy_compile(r"[a-z']+")
# Clauses whose modal and "you" ask for nothing: what a referrer said of the reader ("Priya said you would be the
# right person to speak to" reports a view), a reminder and a hope stated (below).
_ASKS_NOTHING = lazy_compile(
    r"\b(?:said|says|told me|mentioned|thought|thinks|felt|feels|believes|believed|assured me|suggested|suggests"
    r"|recommended|recommends|advised)(?: that)?"
    r" you(?:'d| would| could| might| may| can| will)\b[^,;.!?]*"
    # ... the modal after what they said the reader does: "mentioned that you lead content design at Fernleaf Health
    # and might be a good person to speak to" (kp).
    r"|\b(?:said|says|told me|mentioned|thought|thinks|felt|believes|believed|suggested|recommended)(?: that)?"
    r" you(?: [\w'’-]+){1,8}? and (?:you )?(?:would|could|might|may)\b[^,;.!?]*"
    # A reminder: "You may remember speaking with me for my article on offshore wind financing".
    r"|\byou (?:may|might) (?:well |already |still )?(?:remember|recall|recogni[sz]e|know)\b[^,;.!?]*"
    # A hope stated, not asked: "my hope would be a 30-minute call with you at some point".
    r"|\bmy (?:hope|wish) (?:would be|is|was)\b[^,;.!?]*"
)


def _modal_to_you(words: frozenset[str]) -> bool:
    """A modal and "you" or "we" in one sentence or clause: "Could you ...", "we might ..."."""
    return not words.isdisjoint(_MODALS) and not words.isdisjoint(_ADDRESSEES)


class _Kinds:
    """Lazily classified sentences of one letter: a regex runs only on sentences that matter."""

    def __init__(self, text: str, ix: Index, told: bool = False) -> None:
        self.text = text
        self.ix = ix
        # The writer named in the body, as by an assistant writing for them: "a call with her" may be theirs.
        self.told = told
        self._request: dict[int, bool] = {}

    def sentence(self, i: int) -> str:
        return self.ix.sentence(i)

    def request(self, i: int) -> bool:
        """Whether sentence ``i`` asks for something (word tests first, the regex if undecided)."""
        got = self._request.get(i)
        if got is None:
            start, end = self.ix.spans[i]
            words = self.ix.words[i]
            got = (
                self.text.find("?", start, end) >= 0
                # (Not only in what someone said of the reader: "he thought you might be willing to speak with me", gz.)
                or (not words.isdisjoint(_REQUEST_SURE) and not self._reported_willing(i))
                or (not words.isdisjoint(_WONDER) and not words.isdisjoint(_YOU) and not self._musing(i))
                or (_modal_to_you(words) and not self._asks_nothing(i))
                or (not words.isdisjoint(_REQUEST_GATE) and REQUEST_FORM.search(self._asked_part(i)) is not None)
            )
            # "I was going to ask whether you might have 20 minutes, but ... I'll leave it there": withdrawn.
            if got and "ask" in words and _WITHDRAWN.search(self.sentence(i)) is not None:
                got = False
            if (
                got
                and "ask" in words
                and i + 1 < len(self.ix.spans)
                and _MEANT_TO.search(self.sentence(i)) is not None
                and _THOUGHT_BETTER.search(self.sentence(i + 1)) is not None
            ):
                got = False
            self._request[i] = got
        return got

    def _asked_part(self, i: int) -> str:
        """Sentence ``i`` without what someone said of the reader, a reminder or a hope stated (``_ASKS_NOTHING``)."""
        sentence = self.sentence(i)
        return _ASKS_NOTHING.sub(" ", sentence) if "you" in self.ix.words[i] or "my" in self.ix.words[i] else sentence

    def _reported_willing(self, i: int) -> bool:
        """Whether sentence ``i``'s only word of a sure request ("willing", "available") sits in what someone said of
        the reader: "Paul ... thought you might be willing to speak with me"."""
        if not self.ix.words[i].isdisjoint(_REQUEST_SURE - _REPORTABLE):
            return False
        sentence = self.sentence(i)
        rest = _ASKS_NOTHING.sub(" ", sentence)
        return rest != sentence and _REQUEST_SURE.isdisjoint(_WORD_RUN.findall(rest))

    def _musing(self, i: int) -> bool:
        """Whether sentence ``i`` wonders aloud, asking nothing: "I have often wondered whether people in your
        position find the time to speak with researchers" (not "I have been wondering whether you might")."""
        return _MUSING.search(self.sentence(i)) is not None

    def _asks_nothing(self, i: int) -> bool:
        """Whether sentence ``i`` pairs a modal with "you" only in a clause that asks nothing: what someone said of
        the reader, a reminder ("you may remember"), a hope stated ("my hope would be")."""
        sentence = self.sentence(i)
        rest = _ASKS_NOTHING.sub(" ", sentence)
        return rest != sentence and not _modal_to_you(frozenset(_WORD_RUN.findall(rest)))

    def aim(self, i: int) -> bool:
        """Whether sentence ``i`` says what the writer hopes for (a request does too)."""
        words = self.ix.words[i]
        if not words.isdisjoint(_AIM_WORDS):
            return True
        if not words.isdisjoint(_SELF_AIM_WORDS) and _SELF_AIM.search(self.sentence(i)) is not None:
            return True
        if self.request(i) or _AIM.search(self.sentence(i)) is not None:
            return True
        # A list item under a lead that states the aim ("There are two things I'm hoping to learn:" then
        # "- how people from theatre sound break into game audio") states it too.
        lead = i
        while lead > 0 and BULLET.match(self.sentence(lead)) is not None:
            lead -= 1
        return lead < i and self.sentence(lead).rstrip().endswith(":") and self.aim(lead)


def request_mask(text: str) -> int:
    """Bitmask over ``analyze(text).sentences`` of the sentences phrased as a request."""
    ix = index(text)
    kinds = _Kinds(text, ix)
    mask = 0
    for i in range(len(ix.spans)):
        if kinds.request(i):
            mask |= 1 << i
    return mask


def purpose(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    threshold: float = 0.5,
    ask_threshold: float = 0.5,
    window: int = 2,
    min_words: int = 2,
    **_: Any,
) -> Iterable[Finding]:
    """Check that an informational or introduction letter states its purpose and makes its ask.

    Args:
        text: The letter.
        request: The request; its ``purpose`` and ``ask`` are what the letter must carry.
        kind: The letter kind; only ``informational`` and ``introduction`` are judged.
        threshold: Share of the purpose's content words (synonyms count) that must appear.
        ask_threshold: Share of the ask's content words that must appear in a request sentence.
        window: Consecutive sentences a statement of purpose may spread over; one of them must
            say what you hope for (or ask) and hold a content word of the purpose itself, so
            background next to an unrelated wish does not count.
        min_words: Content words that must match (fewer when the phrase has fewer).

    Yields:
        An error when the purpose is not stated, and one when the ask is not made (span ``0, 0``).

    Raises:
        Skip: No request, or a request with neither purpose nor ask.
    """
    if kind is not None and kind not in _KINDS:
        return []
    if request is None:
        raise Skip("needs the request's purpose and ask")
    if request.purpose is None and request.ask is None:
        raise Skip("needs the request's purpose or ask")
    if kind is None and request.kind not in _KINDS:
        return []
    # "SRE" in the letter stands for the request's "site reliability engineering".
    ix = with_acronyms(index(text), request.purpose, request.ask, request.sender.goal, request.sender.background)
    first, last = core(text)
    body = 0
    for i in range(first, last):
        body |= 1 << i
    names = names_of(request.recipient.name, request.recipient.salutation, request.sender.name)
    # The writer named in the body: a letter written for them ("I am writing on behalf of Margarethe Vogel").
    writer = frozenset(w.lower() for w in request.sender.name.split() if len(w) > 2)
    kinds = _Kinds(text, ix, told=any(not writer.isdisjoint(ix.words[i]) for i in range(first, last)))
    findings: list[Finding] = []
    if request.purpose is not None and not _stated(
        ix, kinds, request.purpose, names, body, threshold, min_words, window
    ):
        findings.append(
            Finding(
                "purpose",
                "error",
                "The letter never says what you hope to gain from the conversation.",
                0,
                0,
                f"Say in one sentence what you hope to gain: {_clause(request.purpose)}.",
            )
        )
    # The ask must be made in the request sentence itself: a neighbouring sentence that mentions
    # a call does not turn "Could you review my portfolio?" into the ask.
    # In the ask, the reader's organisation is "your": "one of the service's training days" is asked for as
    # "one of your training days" (a purpose may be about the organisation itself, so it keeps the words).
    ask_names = names_of(
        request.recipient.name, request.recipient.salutation, request.sender.name, request.recipient.organization
    )
    if (
        request.ask is not None
        and not _asked(ix, kinds, request.ask, ask_names, body, ask_threshold, min_words)
        and not _demanded(text, ix, request.ask, ask_names, body, ask_threshold, min_words)
    ):
        findings.append(
            Finding(
                "purpose",
                "error",
                "The letter never makes the specific ask.",
                0,
                0,
                f"Ask plainly for {_clause(request.ask)}, in one polite question near the end.",
            )
        )
    return findings


# An ask that offers a choice: "to shadow her for half a day, or otherwise a short phone call".
_OR = lazy_compile(r",? or (?:otherwise |else |alternatively |failing that,? |if not,? )?")


# The months, weekdays, seasons and holidays ``_TIMING`` reads as when an ask is wanted.
_WHENS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday"
    "|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|new year|holidays"
)
# A preference after the ask: "a 20-minute phone call, ideally on a Wednesday afternoon when ...".
_PREFERENCE = lazy_compile(
    r",? (?:ideally|preferably|if possible|if convenient|if (?:she|he|they) (?:is|are) willing|perhaps"
    r"|whenever|at (?:his|her|their|your) convenience"
    # "a short video call at a time that suits him" (lv).
    r"|at (?:a|any) time (?:that |which )?(?:suits|works for|is convenient for|is good for) (?:him|her|them|you))\b"
)
# When the ask is wanted: "a 20-minute call before the 14th of June, when applications close".
_TIMING = lazy_compile(
    r",? (?i:(?:before|by|after|until|within|during|over|around) (?:the )?(?:next|coming|first|second|third|last|end"
    r"|start|beginning|middle|early|late|mid|\d{1,2}(?:st|nd|rd|th)?|week|weekend|month|%s)"
    r"|(?:in|sometime in|some time in) (?:the )?(?:next|coming|%s))\b" % ((_WHENS,) * 2)
)


def _alternatives(value: str) -> list[str]:
    """The ask, then what it asks for without a stated preference, then each alternative when it
    offers a choice (asking for one of them is the ask)."""
    out = [value]
    core = _PREFERENCE.split(value, maxsplit=1)[0].strip(" ,.")
    if core and core != value.strip(" ,."):
        out.append(core)
    parts = [p.strip(" ,.") for p in _OR.split(value)]
    if len(parts) >= 2:
        out += [p for p in parts if p]
    return out


# A meeting of a stated length, which a letter may ask for as that much of the reader's time.
_TIMED_MEETING = lazy_compile(
    r"\b(?:a |an )?(?P<n>\d+|one|two|ten|fifteen|twenty|thirty|forty|forty-five|sixty|half)[ -](?P<unit>minute|hour)"
    r"(?:-long)? (?:(?:phone|video|zoom|teams|face-to-face|in-person|informal|short|quick|brief) )?(?:meeting|call"
    r"|conversation|chat|catch-up|coffee)\b"
)


def _asked(
    ix: Index, kinds: _Kinds, value: str, names: frozenset[str], body: int, threshold: float, min_words: int
) -> bool:
    """Whether a request sentence carries the ask (or one of the alternatives it offers), or asks for what the ask
    asks for while another sentence says when it is wanted.

    "Would you be willing to have a 20-minute call? I am keen to speak before the 14th of June, when applications
    close" makes the ask "a 20-minute call before the 14th of June, when applications close" (jv29); without the date
    anywhere, "a 20-minute video call in the next month" is not asked by a sentence that only shares "video call"'s
    synonyms with it.
    """
    if any(
        _asked_one(ix, kinds, alternative, names, body, threshold, min_words) for alternative in _alternatives(value)
    ):
        return True
    # A meeting of a stated length asked for as that much of the reader's time: "I should like to ask for one hour of
    # your time, at the County Record Office" asks for "a one-hour meeting at the County Record Office" (py). The
    # letter must say "one hour of your time" in so many words: "your time" alone is in every letter's thanks.
    timed = _TIMED_MEETING.search(value)
    if timed is not None:
        n, unit = timed.group("n"), timed.group("unit")
        said = re.compile(rf"\b{n}[ -]{unit}s? of your (?:time|day)\b")
        if any(said.search(ix.sentence(i)) and kinds.request(i) for i in range(len(ix.spans))) and _asked_one(
            ix, kinds, _TIMED_MEETING.sub(f"{n} {unit} of your time", value, count=1), names, body, threshold,
            min_words
        ):
            return True
    when = _TIMING.search(value)
    if when is None or when.start() == 0:
        return False
    timing = value[when.start() :].strip(" ,.")
    return any(
        is_mentioned(m, p, threshold, min_words)
        for p in _ask_phrases(timing, names)
        for m in windows(ix, p, window=1, allowed=body or None)
    ) and _asked_one(ix, kinds, value[: when.start()].strip(" ,."), names, body, threshold, min_words)


def _demanded(
    text: str, ix: Index, value: str, names: frozenset[str], body: int, threshold: float, min_words: int
) -> bool:
    """Whether a sentence that demands, orders or sets a deadline (the ``politeness`` rule's markers) names the ask:
    a demand is still the ask made, in whatever words ("You must make time for a 20-minute phone call"; politeness
    reports the tone)."""
    spans = demand_spans(text)
    if not spans:
        return False
    for alternative in _alternatives(value):
        for p in _ask_phrases(alternative, names):
            for width in (1, 2):
                for m in windows(ix, p, window=width, allowed=body or None):
                    # The demand is the window's last sentence; in a window of two, it names the ask by a pronoun
                    # or asks when ("A 30-minute call would help. Send me some dates by Friday.").
                    last = m.start + width - 1
                    if last >= len(ix.spans):
                        continue  # (a window of two at the last sentence)
                    start, end = ix.spans[last]
                    if (
                        any(a < end and b > start for a, b in spans)
                        and (width == 1 or _points_back(ix, last) or not ix.words[last].isdisjoint(_WHEN))
                        and is_mentioned(m, p, threshold, min_words)
                    ):
                        return True
    return False


# Words of a demand that sets the time of the ask named just before it.
_WHEN = wordset("time times slot slots date dates day days when availability diary calendar week weekend")


# "Would you be willing to give me feedback on it?", "Would you be willing to introduce me to him?",
# "Which would you advise me to take?", "Would you be free for a coffee before then?": the request names what
# it asks for by a pronoun (or "then", "there"), and the sentence before says what that is.
_POINTS_BACK = wordset("it this that them these those him her then there")
# "one" stands for a thing only on its own ("could you recommend one?", "one of them"), not before a
# noun ("one afternoon").
_ONE_ALONE = lazy_compile(r"\bone(?:\s*[?.!,;]|\s+of\b|$)")


# "that" before the writer's own clause joins it ("has convinced me that I would like to work in injury
# prevention"); it names nothing.
_POINTS_BACK_BUT_THAT = _POINTS_BACK - {"that"}
_THAT_JOINS = lazy_compile(r"\bthat (?:i|i'm|i’m|i'd|i’d|i've|i’ve|my)\b")


def _points_back(ix: Index, i: int) -> bool:
    """Whether request sentence ``i`` names its object by a pronoun, or asks "which" of the choices
    just named (a question: "which" in a statement is a relative pronoun)."""
    words = ix.words[i]
    if not words.isdisjoint(_POINTS_BACK):
        if "that" not in words or not words.isdisjoint(_POINTS_BACK_BUT_THAT):
            return True
        sentence = ix.sentence(i)
        if sentence.count("that") > len(_THAT_JOINS.findall(sentence)):
            return True
    if "one" in words and _ONE_ALONE.search(ix.sentence(i)):
        return True
    if "which" in words and ix.sentence(i).rstrip().endswith("?"):
        return True
    # An introduction asked for without saying to whom: "Would you be willing to make an introduction?" after the
    # sentence that names the person (nz), "Could you introduce us?".
    return not words.isdisjoint(_INTRO_WORDS) and _UNNAMED_INTRO.search(ix.sentence(i)) is not None


_INTRO_WORDS = frozenset(("introduction", "intro", "us"))
_UNNAMED_INTRO = lazy_compile(
    r"\b(?:make|making|do|arrange|arranging) (?:an|the|that|this|a quick|a brief) (?:introduction|intro)\b(?! to\b)"
    r"|\b(?:introduce|connect) us\b|\bput us in touch\b"
)


def _by_name(ix: Index, i: int, value: str) -> bool:
    """Whether request sentence ``i`` names a person of the ask by a name, as "Would you be able to introduce me to
    Nadia?" does the learning officer the sentence before described (nt): the name stands for the description."""
    words = ix.words[i]
    return any(w.lower() in words for w in value.split()[1:] if w.istitle() and w.isalpha())


@lru_cache(maxsize=256)
def _ask_phrases(value: str, names: frozenset[str]) -> tuple[Phrase, ...]:
    """``variants`` of an ask, with what follows a comma at half weight (but for names): "A 30-minute call, with
    questions sent in advance" is asked by "Would you be willing to have a 30-minute call with me?", the questions
    offered in the next sentence."""
    phrases = variants(value, names, relative=False)
    comma = value.find(",")
    if comma <= 0:
        return phrases
    # A name in apposition keeps its weight: in "an introduction to the museum's textile conservator, Ingrid
    # Sørensen" the words after the comma say whom, and "introduce me to her" points back to them (ni).
    soft = frozenset(st for st, at, end in content_tokens(value) if at > comma and not value[at:end].istitle())
    return tuple(p.softened(soft) for p in phrases) if soft else phrases


def _asked_one(
    ix: Index, kinds: _Kinds, value: str, names: frozenset[str], body: int, threshold: float, min_words: int
) -> bool:
    for p in _ask_phrases(value, names):
        single = {}
        for m in windows(ix, p, window=1, allowed=body or None):
            if (
                is_mentioned(m, p, threshold, min_words)
                and kinds.request(m.start)
                and _asked_in_clause(ix.sentence(m.start), p.text, names)
                and not _not_asked_here(ix.sentence(m.start), p.text, names, threshold, min_words, kinds.told)
            ):
                return True
            single[m.start] = m
        for width in (2, 3):  # the antecedent one or two sentences back
            for m in windows(ix, p, window=width, allowed=body or None):
                ask = m.start + width - 1
                own = single.get(ask)
                # The request itself names part of the ask ("introduce me to him"): a word of full weight,
                # or in a question any word ("which would you advise?" for "her advice on whether ...").
                named = own is not None and (own.hard or (own.matched and ix.sentence(ask).rstrip().endswith("?")))
                if (
                    named
                    # The sentences before must give a word of full weight ("him" for Tendai Moyo), not only a
                    # soft one, when the request alone does not name the ask: "very little footage" is no "short"
                    # coffee.
                    and own is not None
                    and (m.hard > own.hard or is_mentioned(own, p, threshold, min_words))
                    and kinds.request(ask)
                    and (_points_back(ix, ask) or _by_name(ix, ask, value))
                    and is_mentioned(m, p, threshold, min_words)
                    and not _not_asked_here(ix.sentence(ask), p.text, names, threshold, min_words, kinds.told)
                ):
                    return True
        # The ask named as what the writer hopes for, then asked for by a short question that points back to it: "I'm
        # hoping for a 20-minute phone call ... Is that something you might have room for?", "What I have in mind is
        # a 30-minute video call ... Would you be open to that?" (kt; not "A call with my mentor helped. Could you tell
        # me more about that?": no hope stated, no room asked for).
        for i, m in single.items():
            ask = i + 1
            if (
                ask < len(ix.spans)
                and (not body or body >> ask & 1)
                and is_mentioned(m, p, threshold, min_words)
                and kinds.aim(i)
                and ix.sentence(ask).rstrip().endswith("?")
                and _ROOM_FOR_IT.search(ix.sentence(ask)) is not None
                and kinds.request(ask)
            ):
                return True
    return False


# A short question asking whether the reader has room for what the sentence before named.
_ROOM_FOR_IT = lazy_compile(
    r"^(?:[\w'’]+ ){0,4}?(?:that|this|it)\b(?: [\w'’]+){0,6}? (?:room|time|space)(?: for)?\s*\?"
    r"|^(?:[\w'’]+ ){0,5}?(?:open|up|free|available|agreeable|amenable) (?:to|for) (?:that|this|it)\s*\?"
    r"|^(?:[\w'’]+ ){0,4}?(?:that|this|it) (?:be )?(?:possible|feasible|manageable|doable|something you)\b[^?]{0,40}\?"
)


# What the writer asks for in place of something: "rather than a video call, could I buy you a coffee?".
_IN_PLACE_OF = lazy_compile(r"\b(?:rather than|instead of|in place of)\b[^,.;:?!]{0,60}")


def _set_aside(sentence: str, value: str, names: frozenset[str], threshold: float, min_words: int) -> bool:
    """Whether the sentence names the ask as the thing it sets aside for something else."""
    if "rather than" not in sentence and "instead of" not in sentence and "in place of" not in sentence:
        return False
    return any(
        mentions(m.group(), value, window=1, ignore=names, threshold=threshold, min_words=min_words)
        for m in _IN_PLACE_OF.finditer(sentence)
    )


# The ask made for somebody else ("Would you be willing to have a 20-minute phone call with her?", "a call with
# some of our society's committee members"), presumed ("When we meet for coffee, I would love to hear ...") or
# put off ("Once I have finished my course, I may get in touch again to ask whether you would have time").
_FOR_ANOTHER = lazy_compile(
    r"\b(?:call|chat|conversation|meeting|coffee|catch-up|talk|speak|meet)\b(?: [\w'’-]+){0,2}? with"
    r" (?:(?P<pronoun>her|him|them)|(?:my|our) (?:[\w'’-]+ )?(?:manager|boss|colleagues?|team|students|members|group"
    r"|director|supervisor|son|daughter|partner|committee)|some of|members of|one of my|a colleague)\b"
    # "Would you be willing to meet a few of our first-year members for a short coffee meeting?"
    r"|(?<!a )(?<!the )\b(?:meet|speak to|talk to|chat with) (?:a few of |some of |several of |one of )?(?:our|my)"
    r" (?:[\w'’-]+ ){0,2}?(?:members|students|team|colleagues|group|committee|society|class|cohort)\b"
    # "would you be willing to speak to the pupils in our eco-club for twenty minutes" (lc).
    r"|\b(?:meet|speak to|talk to|chat with) (?:the|our|my) (?:pupils|children|kids|students|learners|trainees"
    r"|apprentices|volunteers)\b"
    # The call asked of a colleague: "whether you might point me toward a colleague on your clinical team who could
    # spare twenty minutes for a call" (lc).
    r"|\b(?:point|put|direct|refer|send|steer) me (?:to|toward|towards|in touch with|in the direction of) (?:a|an|one"
    r" of your|someone|somebody|anyone)\b(?: [\w'’-]+){0,6}? (?:who|that) (?:could|might|would|can|may)\b"
    # "please pass on my regards to Carys if you speak to her" (ie11): the reader's talk with the referrer.
    r"|\b(?:speak|speaking|talk|talking|chat|chatting) to (?P<pronoun_to>her|him|them)\b"
)
_WITH = lazy_compile(r"\bwith ([\w'’-]+)")
_PRESUMED = lazy_compile(
    r"\b(?:when|once|after|before) (?:we|i) (?:meet|speak|talk|have (?:our|the|that)|get together|catch up|sit down"
    # "When I come in to see you at the museum, I am hoping to learn ...": the visit taken as arranged.
    r"|come in|come to see|come and see|come over|visit|drop by|stop by|pop in)\b"
    r"[^,.;:?!]{0,60}"
    # "Since you are happy to meet for a coffee, I will keep our conversation focused."
    r"|\bsince you(?:'re|’re| are| have| have kindly| kindly)? (?:happy|agreed|willing|offered|said you(?:'d|’d| would)"
    r" be happy) to (?:meet|speak|talk|chat|see me|have)\b[^,.;:?!]{0,60}"
)
_PUT_OFF = lazy_compile(
    r"\b(?:i may|i might|i will|i'll|i’ll|i would like to|i'd like to|i hope to|i plan to) (?:\w+ ){0,4}?"
    r"(?:get in touch|write|reach out|contact you|be in touch)(?: [\w'’-]+){0,3}? (?:to|and) (?:ask|see|find out"
    r"|check)\b"
    # "I won't ask for your time yet" (ik36).
    r"|\bi (?:won't|won’t|will not|shan't|shall not) (?:ask|trouble you)(?: for)? (?:your time|you|a call|a meeting"
    r"|a chat)(?: [\w'’-]+){0,2}? (?:yet|just yet|for now|at this stage|at the moment)\b"
    # "Should my application to the fellowship be successful, I would hope to ask you for a call at that stage".
    r"|\b(?:should|if|once) my [\w'’ -]{0,40}?(?:be|is|are|prove|proves) (?:successful|accepted|approved)\b"
    # Declined outright: "I would be delighted to hear from you, but I would not presume on your time otherwise",
    # "I would not want to take up your time myself, but if there is a colleague ...".
    r"|\bi (?:would|will) not (?:want to )?(?:presume on your time|take up your time|impose on you)"
    r"(?: myself| otherwise)\b"
)


def _not_asked_here(
    sentence: str, value: str, names: frozenset[str], threshold: float, min_words: int, told: bool = False
) -> bool:
    """Whether the sentence names the ask only to set it aside, give it to somebody else, presume it or put it off.

    ``told``: the letter speaks of the writer in the third person (an assistant writing for them), so "a
    call with her" may be the writer's own.
    """
    if _set_aside(sentence, value, names, threshold, min_words) or _PUT_OFF.search(sentence) is not None:
        return True
    # (Unless the ask itself is with somebody else: "a call with her team lead"; "with Aoife", the writer, is not.)
    # ("A 20-minute call with him", the request's own words for the reader, is with the reader, lc.)
    lowered = value.lower()
    with_whom = _WITH.search(lowered)
    with_reader = with_whom is None or with_whom.group(1) in names or (
        with_whom.group(1) in ("him", "her", "them") and not lowered[with_whom.end() :].strip(" .,;")
    )
    other = _FOR_ANOTHER.search(sentence) if with_reader else None
    if other is not None and not (told and (other.group("pronoun") or other.group("pronoun_to"))):
        return True
    presumed = _PRESUMED.search(sentence)
    # Asked beside the presumption all the same: "When we meet, could we also talk about ...?" (not "since you are
    # happy to meet for a coffee, I will keep our conversation focused", which only names it again).
    return presumed is not None and not any(
        mentions(part, value, window=1, ignore=names, threshold=threshold, min_words=min_words)
        and ("?" in part or REQUEST_FORM.search(part) is not None)
        for part in (sentence[: presumed.start()], sentence[presumed.end() :])
    )


# A comma and a conjunction before a clause of the writer's own: "More and more of my conversations with
# growers turn to wildlife, and I would like to become an adviser" asks for no conversation. Likewise what
# persuaded the writer, before the wish it led to: "repeated calls to the same addresses has convinced me that
# I would like to work in injury prevention".
_COORDINATE = lazy_compile(
    r",\s(?:and|but|so)\s(?=(?:i|i'm|i'd|i've|i'll|we|my|our)\b)"
    r"|\b(?:convinced|persuaded|taught|shown|reminded) me that\s(?=(?:i|i'm|i'd)\b)"
)


def _asked_in_clause(sentence: str, value: str, names: frozenset[str]) -> bool:
    """Whether a clause that asks also names something of the ask (a sentence of one clause, the usual
    case, passes at once); the rest of the ask may stand in the clause before ("I am torn between the two
    routes, and I would be grateful for a few lines on which you would choose")."""
    clauses = _COORDINATE.split(sentence)
    if len(clauses) == 1:
        return True
    return any(
        (
            "?" in clause
            or REQUEST_FORM.search(clause.strip()) is not None
            or _modal_to_you(frozenset(_WORD_RUN.findall(clause)))
        )
        and mentions(clause, value, window=1, ignore=names, threshold=0.0, min_words=1)
        for clause in clauses
    )


_AIM_POINTS_BACK = lazy_compile(
    r"(?:and |so )?(?:that|this|which)(?:'s|’s| is| was)? (?:exactly |precisely |just |really )?what\b"
)
_THIS_WORDS = frozenset(("this", "that", "these"))
# ... or names what the sentence before told: "the information about recognising a foreign pharmacy degree is spread
# across many places ... I would like to understand how this process works in practice" (ey).
_AIM_THIS = lazy_compile(
    r"\b(?:this|that|these) (?:process|question|questions|route|path|move|transition|step|steps|puzzle|problem"
    r"|situation)\b"
)


def _stated(
    ix: Index,
    kinds: _Kinds,
    value: str,
    names: frozenset[str],
    body: int,
    threshold: float,
    min_words: int,
    window: int,
) -> bool:
    """Whether the purpose is stated: a window around an aim sentence that names part of it."""
    # "I've always admired how you grew from one site to several. That's exactly what I'm hoping to learn": an
    # aim that points back holds the sentence before it.
    back = 0
    for i in range(1, len(ix.words)):
        words = ix.words[i]
        if (
            ("what" in words and _AIM_POINTS_BACK.match(kinds.sentence(i)) is not None)
            or (not words.isdisjoint(_THIS_WORDS) and _AIM_THIS.search(kinds.sentence(i)) is not None)
        ) and kinds.aim(i):
            back |= 1 << (i - 1)
    if body:
        back &= body
    for p in variants(value, names):
        anchors = back
        for m in windows(ix, p, window=1, allowed=body or None):
            if m.hard and kinds.aim(m.start):
                anchors |= 1 << m.start
        allowed = anchors
        for shift in range(1, window):
            allowed |= anchors >> shift
        if anchors and first_window(ix, p, threshold, min_words, window=window, allowed=allowed):
            return True
    return False


def _clause(value: str) -> str:
    # Request fields are written as fragments; drop a trailing full stop so they read inline.
    return value.strip().rstrip(".")

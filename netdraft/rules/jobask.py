"""Rule ``job-ask``: the letter asks for a job, an interview for a role, or a referral into one.

Every kind of networking letter asks for advice, not for a position. The rule reads sentence by
sentence and sorts job language into two kinds:

- *strong* phrasings that only ever ask for a job ("hire me", "consider me for", "keep me in
  mind", "put in a good word", "pass my resume to", "refer me for", "are you hiring", "any
  openings", "if a spot opens up"): an error wherever they appear;
- *weak* phrasings that ask for a job unless the sentence is a request for advice about the
  process ("apply for the role", "interview for the analyst position", "a role on your team",
  "job opportunities"): "what do hiring managers look for?" and "how should I apply for roles
  like yours?" are advice, "I'd love to apply for the analyst role" is not.

Mentioning a job search as background ("as I look for my next role") is neither. A sentence that
denies asking ("I'm not asking for a job"), or that takes up what the reader offered or agreed to
in the meeting (an action item: "thank you for offering to pass my resume along"), is exempt.

A sentence no pattern matches may still ask in words of its own: the sentence model of
``_sentence_model.JOB_ASK`` (word and word-pair weights fitted on the corpus) judges it when it holds a job
word and comes from the writer or asks a question, and what the model finds passes the weak
phrasings' exemptions and a few of its own (a contact, a diary, an event, news told).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._lazy import LiteralScan, lazy_compile
from netdraft.rules._match import core, first_window, index, names_of, phrase, wordset
from netdraft.rules._sentence_model import JOB_ASK
from netdraft.rules._text import analyze

__all__ = ["job_ask"]

_ORG = (
    r"(?:team|teams|company|firm|group|department|dept|organi[sz]ation|org|lab|office|agency|practice"
    r"|unit|hospital|school|district|studio|newsroom|clinic|division|startup|business|staff|brigade|crew|kitchen)"
)
_JOBN = (
    r"(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|posts?|spots?|seats?|opportunit(?:y|ies)"
    r"|reqs?|requisitions?|internships?|contracts?|gigs?|placements?|residenc(?:y|ies))"
)
_NOW = r"(?:currently |still |now |actively )?"
# A place kept at an event or in a diary is no post: "Could you save a seat for me at the seminar on Thursday?", "a spot
# for me in your diary".
_NOT_AT_AN_EVENT = (
    r"(?! (?:at|in|on|for) (?:the|your|a|an|this|that|next) (?:[\w-]+ )?(?:talk|seminar|workshop|event|lecture"
    r"|dinner|table|meeting|course|class|session|tour|webinar|conference|screening|show|concert|reading|launch"
    r"|open day|breakfast|lunch|diary|calendar|schedule|agenda|waiting list)s?\b)"
)
# The people who fill posts: handing a resume to them is a referral into a job.
_GATE = (
    r"(?:hiring (?:manager|managers|team|committee|lead|partner|panel|board)|selection (?:panel|committee)"
    r"|recruiters?|recruiting|recruitment|talent"
    r"|hr|human resources|people team)"
)
_DET = r"(?:the|a|an|your|this|that|any|one of (?:the|your)|an open|open|future|upcoming)"
# The heads of job titles: "as a junior consultant", "make me a staff writer" (a post, where "as a guest", "a
# better designer" or "as a mentor" are not: comparatives are refused where they could stand).
_ROLE_WORDS = sorted(
    wordset(
        "assistant associate analyst consultant designer developer engineer technician trainee apprentice "
        "intern writer editor reporter researcher scientist specialist coordinator manager officer "
        "administrator planner tester nurse teacher tutor lecturer postdoc agronomist accountant auditor "
        "underwriter paralegal solicitor lawyer clerk buyer producer curator conservator archivist librarian "
        "translator interpreter instructor coach therapist pharmacist chef cook driver operator mechanic "
        "electrician carpenter joiner surveyor architect programmer modeller modeler illustrator animator "
        "photographer journalist correspondent economist statistician biologist ecologist chemist physicist "
        "geologist hydrologist epidemiologist psychologist counsellor counselor caseworker locum freelancer "
        "contractor hand hire recruit junior graduate physiotherapist physio paramedic midwife dietitian radiographer "
        "sonographer hygienist optometrist"
    )
)
_ROLE = r"(?:" + "|".join(_ROLE_WORDS) + r")s?"
# What the person who fills posts does: "the partner who hires for your team".
_HIRES = (
    r"(?:hires|recruits|staffs|does (?:the |your )?(?:hiring|recruiting)|handles (?:the |your )?(?:hiring|recruiting"
    r"|recruitment)|makes (?:the )?hiring)"
)


def _factored(branches: tuple[str, ...]) -> str:
    """Alternatives that each start with ``\\b``, as one ``\\b(?:...)``: Python's engine tries every
    branch at every position, so hoisting the shared word boundary makes the scan several times faster."""
    assert all(b.startswith(r"\b") for b in branches)
    return r"\b(?:" + "|".join(b[2:] for b in branches) + ")"


# Not a place on a course: "support my application to the MSc" (an application for a post is a job ask).
_NOT_TO_A_COURSE = (
    r"(?! (?:to|for) (?:the |a |an |your )?(?:[\w'’-]+ )?(?:msc|ma|mba|phd|master's|masters|degree|course|programme"
    r"|program|scholarship|fellowship|university|college|school)\b)"
)
# Not a prize or a place on a course: "I'd be glad to be considered for the bursary" (le).
# (Nor training: "whether a piano technician would ever be considered for that kind of training", rh.)
_NOT_FOR_AN_AWARD = (
    r"(?! for (?:the |a |an |this |that |that kind of |this kind of |such )?(?:[\w'’-]+ )?(?:bursary|scholarship"
    r"|course|programme|program|award|grant|prize|fellowship|training|place on (?:the |a |an |your )?(?:course"
    r"|programme|program|scheme|module|workshop|training))\b)"
)

_STRONG_BRANCHES = (
    r"\bhir(?:e|ing) me\b",
    r"\b(?:are|is) you(?:r (?:\w+ ){0,2}" + _ORG + r")? " + _NOW + r"hiring\b",
    r"\b(?:your|the) (?:\w+ ){0,2}" + _ORG + r" (?:is|are) " + _NOW + r"hiring\b",
    r"\bconsider(?:ed)? me\b",
    # Thanked in advance for it: "thank you in advance for considering me for the assistant engineer job" (lu).
    r"\bconsidering me for (?:[\w'’-]+ ){0,4}?(?:job|role|position|post|vacancy|opening|opportunity|job opening"
    r"|placement|apprenticeship|internship)s?\b",
    # "I'm looking for work now, so I wanted to ask: do you have anything for me at the bindery?" (mz).
    r"\b(?:do|would|might) you have (?:anything|something|any work|work) (?:going )?for me\b"
    # (Not "Do you have anything for me to read before our call?".)
    r"(?! to (?:read|look at|prepare|review|bring|think about|watch|listen to)\b)",
    # "would you consider adding me to the practice's locum list?" (mm).
    r"\b(?:add|adding|put|putting) me (?:on|onto|to) (?:the|your) (?:[\w'’-]+(?:'s|’s)? ){0,2}?(?:locum|bank|relief"
    r"|supply|casual|on-call|cover|agency|temp) (?:list|register|pool|rota|books)\b",
    r"\bme (?:be )?considered\b",
    # (Not how others are: "how composers come to be considered for documentary projects", gb.)
    # (Nor a bursary or a course: "I'd be glad to be considered for the bursary", le.)
    r"\b(?<!come to )(?<!comes to )(?:be|being|get|getting) considered" + _NOT_FOR_AN_AWARD
    + r" (?:for|as|if|when|should)\b",
    # (Not help offered for free: "keep me in mind if you are ever in need of a volunteer speaker", dz.)
    # (Nor a place at an event: "keep me in mind if the trust runs another public session, as I'd like to come
    # along", ke35.)
    r"\b(?:keep|keeps|kept|keeping|bear|bore) me in mind\b(?![^.?!\n]{0,60}?\b(?:volunteer|guest|unpaid)"
    r" (?:speaker|panel(?:l)?ist|judge|mentor|reviewer|helper|tutor)s?\b)"
    r"(?![^.?!\n]{0,80}?\b(?:session|talk|event|workshop|seminar|webinar|lecture|meetup|open day|tour)s?\b"
    r"[^.?!\n]{0,40}?\b(?:come along|attend|join in|be there|sign up)\b)"
    # (Nor space to rent: "Please keep me in mind if you hear of kiln space going spare", re.)
    r"(?![^.?!\n]{0,40}?\b(?:kiln|studio|bench|desk|workshop|storage|allotment|stall|pitch|unit) space\b)"
    # ... or one the reader runs: "Please do keep me in mind if you ever run a workshop on composing" (ot).
    r"(?![^.?!\n]{0,40}?\b(?:run|runs|hold|holds|host|hosts|organi[sz]e|organi[sz]es|put on|puts on) (?:a|an|another"
    r"|any) (?:[\w-]+ )?(?:session|talk|event|workshop|seminar|webinar|lecture|meetup|open day|tour|course|class)s?\b)"
    # (Nor a talk: "Please keep me in mind for a chat sometime", kn.)
    r"(?! for (?:a|an|another) (?:quick |short |brief |proper |longer )?(?:chat|coffee|call|catch-up|catch up"
    r"|conversation|drink|lunch|natter|visit)\b)"
    # (Nor something to read: "Please do keep me in mind if you come across useful reading on either topic", ma.)
    r"(?![^.?!\n]{0,60}?\b(?:come across|see|spot|find|read)\b[^.?!\n]{0,30}?\b(?:reading|articles?|books?|papers?"
    r"|resources?|links?|podcasts?|material|courses?)\b)",
    r"\b(?:keep|have) me on your radar\b",
    r"\bthink of me (?:for|if|when|should)\b",
    # "refer me to someone on your team" asks for an introduction, not a job; "Sunita referred me personally" is
    # the referral that brought the letter (not "if you referred me for the role").
    r"\brefer(?:ring)? me\b(?! to\b)|\byou referred me\b(?! to\b)",
    r"\brefer(?:ring|red)? me to (?:the |a |your )?(?:hiring|recruit|hr\b|talent|open|role|position|job)",
    # (Not the writer's own scheme: "set up our first employee referral programme", eu.)
    r"\b(?<!\bour )(?<!first )(?<!\bmy )(?<!their )(?:internal|employee|job) referral\b",
    r"\breferral (?:for|to|into) " + _DET + r" (?:\w+ ){0,3}" + _JOBN + r"\b",
    r"\b(?:pass|forward|hand|circulate|share|send|submit|put|get|walk)(?:ing)? (?:along |on )?"
    # A resume handed on is a referral; a name or profile passed on is an introduction ("when you pass my
    # name on to your contact"), a job ask only when it goes to the people who hire (below).
    r"my (?:resume|cv|résumé|application|candidacy|materials)"
    # (Not a course or a licence applied to: "submit my application to the program", hk03.)
    r" (?:along |on |forward |over )?(?:to|with|for|in front of) (?!you\b|yourself\b)"
    r"(?!(?:the |a |an )?(?:[\w-]+ ){0,2}?"
    r"(?:program|programme|course|degree|msc|masters|phd|university|college|licen[cs]e|licensing|registration"
    r"|bridging)\b)",
    r"\b(?:pass|forward|circulate|put)(?:ing)? (?:along |on )?my (?:resume|cv|résumé|application"
    r"|candidacy)(?: along| on| forward| in)?\s*(?:[?.!,;]|$)",
    # Asked of the reader ("could you put my name forward", "Put my name in for it"), not told of someone else
    # ("given Greg put my name forward").
    r"\b(?:(?<![\s\S])|(?<=you )|(?<=you'd )|(?<=you’d )|(?<=to )|(?<=please )|(?<=could )|(?<=would )|(?<=can )"
    r"|(?<=will )|(?<=might )|(?<=kindly )|(?<=and )|(?<=or ))put my name (?:forward|in)\b",
    r"\b(?:put|say|put in) (?:in )?a (?:good|kind) word\b",
    r"\bgood word for me\b",
    r"\bin the running\b",
    r"\bthrow my hat\b|\b(?:throw|put|toss) my name in(?:to)? the hat\b",
    r"\b(?:spots?|positions?|roles?|jobs?|openings?|seats?|places?|anything|something|vacanc(?:y|ies)|headcount)"
    r" (?:\w+ ){0,3}?(?:opens?|opening) up\b",
    # (Not the writer holding back: "Rather than rush into any opening, I want to understand ...".)
    # (Not openings for advice: "Reply by Friday with any openings for advice or shadowing you hear of", qx.)
    r"\b(?<!rush into )(?<!rushing into )(?<!jump into )(?<!jumping into )any (?:\w+ )?(?:openings?|vacanc(?:y|ies)"
    r"|open (?:roles?|positions?|jobs?|reqs?)|job opportunit(?:y|ies)|jobs? (?:available|going))\b"
    r"(?! for (?:advice|shadowing|observation|a visit|visits|a chat|a conversation|questions)\b)",
    # (Not "the next exhibition opening at your gallery".)
    r"\b(?<!exhibition )(?<!show )(?<!grand )(?<!official )(?<!gallery )(?<!store )(?<!shop )(?<!book )"
    r"(?:openings?|vacanc(?:y|ies)) (?:on|in|at|with|within) your\b",
    r"\b(?:job|employment|career|work) opportunit(?:y|ies) (?:at|on|in|with|within) your\b",
    # "pass it along to the hiring manager": the pronoun stands for the resume just attached.
    # ("Could you take a look at it and flag it to the hiring lead?", ek.)
    r"\b(?:pass|forward|send|hand|share|get|put|circulate|submit|mention|flag)(?:ing)? (?:it|this|them|these|me"
    r"|my (?:\w+ )?\w+)(?: along| on| over| forward| through)? (?:to|with|in front of) (?:the|your|a|an|any)"
    r" (?:\w+ ){0,2}?" + _GATE + r"\b",
    r"\b(?:introduce|connect|put|flag|mention|recommend|pass) me (?:on )?(?:to|with|in touch with) (?:the|your|a|an"
    r"|any) (?:\w+ ){0,2}?" + _GATE + r"\b",
    # "passing it on to whoever is hiring for your team": the person is named by what they do.
    r"\b(?:pass|forward|send|hand|share|get|circulate|submit|mention)(?:ing)? (?:it|this|them|these|my (?:\w+ )?\w+)"
    r"(?: along| on| over| forward)? to (?:whoever|whomever|anyone|someone|somebody|the (?:person|people))"
    r" (?:who|that)?(?:'s| is| are| does| handles| leads| runs| oversees| manages)? ?(?:\w+ ){0,3}?"
    r"(?:hiring|recruit\w*|intake|talent)\b",
    # "if your department ever grows, I would love to be part of it": a place on the team, asked for.
    r"\b(?:if|when|should|once) your (?:\w+ ){0,2}?" + _ORG + r" (?:\w+ ){0,2}?(?:grows|expands|grow|expand"
    r"|has room|needs|takes on|adds)\b[^.?!]{0,80}?\b(?:(?:be|become) (?:a )?part of (?:it|them|that)"
    r"|join (?:it|them|you))\b",
    # "I would jump at the chance to join you", "I hope you will remember this email": a place asked for
    # (not "the chance to join you for coffee").
    r"\b(?:jump|leap) at (?:the|a|any) (?:chance|opportunity) to (?:join|work with|work for|work alongside)"
    r" (?:you|your (?:\w+ ){0,2}?" + _ORG + r")\b(?! (?:for|at|on|in)\b)",
    r"\b(?:remember|bear in mind|keep in mind) (?:this (?:email|note|letter|message)|my (?:email|note|letter"
    r"|message|details))\b",
    # "would someone with my background be worth putting forward for it?"
    r"\b(?:put|putting|puts) me forward\b|\b(?:to be|being|be) put forward\b|\b(?:worth|consider|considering) putting"
    r" (?:me |my name |someone (?:like me|with my (?:\w+ ){1,2}))?forward\b",
    # "... and I hope you could recommend me to your team" (for the post just named).
    r"\brecommend me (?:for|as|to (?:your|the) (?:\w+ )?(?:team|hiring manager|recruiters?|managers?|company|firm"
    r"|studio|department|boss|hr)\b)",
    # "mention my name to whoever is drawing up the shortlist", "I'd love to be shortlisted".
    r"\b(?:mention|pass|give|suggest|recommend|put)(?:ing)? (?:my name|me)(?: forward| on)? to (?:whoever|the person"
    r"|the people|anyone|someone|somebody|those|the (?:\w+ )?(?:panel|team|committee))\b[^.?!\n]{0,40}?\bshortlist",
    r"\b(?:be|being|get|getting|make|making) (?:it )?(?:shortlisted|on(?:to)? (?:the|your|a) shortlist)\b",
    # Assessed, fast-tracked or tried out for a post without the word: "have it count as my application",
    # "make sure it gets past the automated screening", "go straight to the final interview", "a trial
    # shift", "reserve a place for me before the placements are advertised", "sponsor my application",
    # "request me for a spell in your team", "I could start straight away", "if you were ever hiring".
    r"\bcount(?:ed)? (?:it )?as (?:my|an) application\b"
    r"|\b(?:have a go at|sit|take|do|try) (?:the|your) (?:[\w-]+ ){0,3}?(?:exercise|test|assessment|task|case study)"
    r" (?:\w+ ){0,4}?(?:applicants|candidates)\b",
    r"\b(?:past|through|skip|bypass|avoid|around|rather than|ahead of) (?:the|an?) (?:automated |initial |first |cv "
    r"|resume |online )?(?:screening|sift|filter)\b|\b(?:straight|directly) (?:through )?to (?:the )?(?:final |last "
    r"|second )?interview\b",
    r"\b(?:do|have|work|get|give me) (?:a |one )?trial (?:shift|day|week|period|run)\b",
    r"\b(?:reserve|hold|save|keep) (?:a |one )?(?:place|spot|seat|position|role|placement)s? for me\b"
    + _NOT_AT_AN_EVENT
    + r"|\bbefore (?:the |it |they |that )?(?:\w+ )?(?:is|are|gets?|goes?) (?:\w+ )?advertised\b",
    r"\b(?:sponsor|endorse|back) my (?:application|candidacy|nomination)\b",
    # Bargained, offered or assumed: "treat it as my first-round conversation for the vacancy", "run site
    # surveys for your team at whatever rate you think fair", "on a fixed-term contract", "my notice period
    # and the salary I would be looking for", "hear about the next vacancy before it goes public", "kept the
    # season free in the hope that I can join your team", "think of me first".
    r"\b(?:first-round|first round|screening) (?:conversation|interview|call|chat)\b|\bat (?:whatever|a|any) rate"
    r" (?:you think fair|you think is fair|that suits|you like)\b"
    # (Offered, not the writer's own post: "I'm now a research assistant on a fixed-term contract".)
    r"|\b(?:would|could|can|happy to|glad to|willing to|i'd|i’d|even)\b[^.?!\n]{0,60}?\bon a (?:fixed-term|short-term"
    r"|temporary|freelance|part-time) (?:contract|basis)\b|\bmy notice period\b"
    r"|\b(?:the )?salary i (?:would be|am|'d be|’d be)"
    r" (?:looking for|expecting|after)\b|\b(?:vacancy|post|role|job|opening)\b[^.?!\n]{0,30}?\bbefore it goes public\b"
    r"|\bin the hope (?:that )?i"
    r" (?:can|could|might|may) join your\b|\bthink of me first\b|\bwhen the person you need\b|\bthe person you"
    r" need (?:might|may|could) already be\b",
    # "if anyone on your desk is heading off on maternity leave, I'd happily step in and cover", "add my name
    # to your pool of freelance translators".
    r"\b(?:step in|cover|fill in|stand in)\b[^.?!\n]{0,60}?\b(?:maternity|paternity|parental|sick|study) leave\b"
    r"|\b(?:maternity|paternity|parental|sick|study) leave\b[^.?!\n]{0,60}?\b(?:step in|cover|fill in|stand in)\b"
    r"|\badd (?:me|my name|my details|my cv|my profile) to (?:your|the) (?:\w+ ){0,3}?(?:pool|roster|bench|books"
    r"|panel)\b|\badd (?:me|my name) to it\b",
    r"\b(?:request|ask for|bring|take|have|borrow) me (?:in |on |over |into your \w+ )?(?:for|on) (?:a |an )?"
    r"(?:secondment|spell|stint|placement|loan|attachment)\b",
    r"\b(?:could|can|am able to|would be able to) start (?:straight away|right away|immediately|tomorrow|next week"
    r"|on monday)\b|\bif (?:you|your (?:\w+ ){0,2}?" + _ORG + r") (?:were|are|was|is) (?:ever |still |currently )?"
    r"hiring\b|\b(?:take on|do|pick up) (?:a |some )?(?:small |short )?(?:paid|freelance) (?:brief|project|work|job|gig"
    r"|assignment)s?\b",
    r"\bvouch for me\b",
    r"\b(?:put|puts|putting) in a (?:good |quick |kind )?word\b",
    r"\bkeep my (?:resume|cv|résumé|details|application|profile) on file\b",
    # ("so I have attached my CV for it and would be delighted to be considered", le; not "for the bursary".)
    r"\b(?:love|like|glad|happy|grateful|appreciate|hope|hoping|keen|eager|welcome|delighted|pleased|honou?red)"
    r" (?:to be|being|the (?:chance|opportunity) to be) considered\b" + _NOT_FOR_AN_AWARD,
    r"\b(?:chance|opportunity) to interview\b(?! you\b)",
    r"\b(?:position|role|job|opening|vacancy|post|spot|seat|place on your \w+)s? (?:\w+ ){0,3}?"
    r"(?:becomes? (?:available|open|vacant|free)|comes? up|arises?)\b",
    r"\binterview me\b",
    r"\b(?:give|offer|grant) me an interview\b",
    r"\b(?:know of|hear of|aware of|come across|let me know (?:of|about)|pass along|send me)"
    r" (?:any |an |a )?(?:\w+ ){0,2}" + _JOBN + r" (?:that|which|on|at|in|for|where|i could|i might)\b",
    # "any roles where someone like me could contribute", "any openings suited to me": the writer
    # puts themselves in the post, even inside a request to hear about it.
    r"\bany (?:\w+ ){0,2}" + _JOBN + r" (?:where|that|which|in which|for which) (?:someone like me|people like me"
    r"|a person like me|i|me) (?:could|might|would|can|may)\b",
    r"\bany (?:\w+ ){0,2}" + _JOBN + r" (?:for|suited to|suitable for|that suit|that fit) (?:me|someone like me"
    r"|people like me|my (?:background|profile|skills|experience))\b",
    # "If your department ever has a seat for a junior analyst, I would be grateful if you would think of me".
    r"\b(?:if|when|should) (?:your|the) (?:\w+ ){0,2}?" + _ORG + r" (?:ever |should ever )?(?:has|have|needs|opens)"
    r" (?:a |an )?(?:\w+ )?(?:seat|place|spot|room|opening|role|position|vacancy|post) (?:for|on)\b",
    # "whether your team will be taking on anyone this autumn, and whether someone with my background
    # might be a fit".
    # (Not the field: "Do you think someone like me would be a fit for the field in general?")
    r"\b(?:someone|a person|people|somebody) (?:with|like) (?:my|me)\b[^.?!\n]{0,30}?"
    r"\b(?:might|could|would) be a (?:good )?fit\b(?! (?:for|in) (?:the|this|that|a) (?:field|industry|sector"
    r"|profession|career|area|line of work|world)\b)",
    # "If you hear of anything suitable, I would be grateful if you would think of me".
    r"\b(?:hear|know|learn) of anything (?:suitable|relevant|that (?:fits|suits|might suit|would suit|matches))",
    # "If you ever need an extra pair of hands at Maison Verte, even just for a weekend, I would jump at the
    # chance": work offered for the asking.
    r"\b(?:if|when|should|whenever) (?:you|your (?:\w+ ){0,3}?\w+) (?:ever )?(?:need|needs|could use|are short of"
    r"|is short of|are looking for|is looking for) (?:an? )?(?:extra|spare|another|second) (?:pair of hands|hands?"
    r"|helpers?|body|bodies|person|pair of eyes)\b"
    # (Not help offered for free or at an event: "If you ever need extra hands to help visitors with the
    # demonstrations, I'd be glad to volunteer", fz; "if you ever need an extra pair of hands at a learning event",
    # jh.)
    r"(?![^.?!\n]{0,80}?\b(?:volunteer|events?\b|workshops?\b|open days?\b|seminars?\b|conferences?\b|talks?\b"
    r"|webinars?\b|meetups?\b|fairs?\b))",
    # "if Fieldview Analytics ever has an opening for a junior analyst, I'd love you to think of me".
    r"\b(?:if|when|should)\b[^.?!\n]{0,60}?\b(?:has|have|gets|opens) (?:an? )?(?:\w+ )?(?:opening|vacancy|role"
    r"|position|post|place|spot)\b[^.?!\n]{0,60}?\b(?:think of me|consider me|keep me in mind|let me know)\b",
    # "if anything comes up in the regulatory team, I'd be so grateful if you thought of me".
    r"\bif (?:anything|something) (?:suitable |relevant )?(?:comes?|came) up\b[^.?!\n]{0,80}?\b(?:think of me"
    r"|thought of me|keep me in mind|kept me in mind|consider me)\b",
    # "if a QA internship ever opens up at Fjordlight Games, I hope you'll think of me!": whatever the
    # condition, being thought of is being considered.
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,80}?\b(?:think|thought|thinking) of (?:me|my name)(?: first)?"
    r"[ \t]*(?:[.!]|$)",
    # "If you ever needed an assistant in the studio", "any room on your team for someone like me", "a
    # heads-up whenever your team next takes on graduates".
    r"\b(?:if|when|should|whenever) you (?:ever )?(?:need|needed|are looking for|were looking for) (?:an? |another )?"
    r"(?:\w+ )?(?:assistant|apprentice|intern|trainee|junior|helper)\b",
    r"\broom (?:on|in|at) your (?:\w+ )?" + _ORG + r"\b[^.?!\n]{0,30}?\bfor (?:someone like me|me|people like me)\b",
    # "if there were ever room for me in your team, at any level".
    r"\broom for (?:me|someone like me) (?:on|in|at|within) your\b",
    # "I would be delighted to be the person you ring", "make the case for one more seat, with me in it",
    # "one of the names on the project's team sheet", "before you'd be happy to take me on".
    r"\bbe the (?:person|one|first person|first one) you (?:ring|call|phone|turn to|hire|book)\b",
    r"\bwith me in it\b|\bmake the case for (?:one more|another|an extra|a new) (?:seat|hire|head|headcount|role"
    r"|post|position|analyst)\b",
    # (Not "cases that were rarely before me on the bench": a judge's own bench.)
    r"\b(?:names?|(?<!before )me) on(?:to)? (?:the |your |[\w'’]+ ){1,2}(?:team sheet|roster|payroll|books|bench)\b",
    # ("You took me on as an apprentice when nobody else would" is history, not an ask.)
    # (Nor "thank you for taking me on as a volunteer".)
    r"\b(?<!for )(?:take|taking) me on\b(?! (?:a|an|the|your) (?:tour|walk|visit|trip|journey|ride|site))",
    # "should the clinic ever need a locum optometrist to cover its lists".
    r"\b(?:if|should|when|whenever)\b[^.?!\n]{0,60}?\b(?:need|needs|needed)\b[^.?!\n]{0,20}?\b(?:locum|temp"
    r"|stand-in|freelancer|contractor)\b",
    # "should your crew turn out to be a person short when the campaign starts, please count me in".
    # (dy: "If you are recruiting for the sustainability analyst post again, please count me in".)
    r"\b(?:if|should|when|whenever)\b[^.?!\n]{0,80}?\b(?:short|short-handed|short-staffed|need|needs|opening"
    r"|vacancy|recruiting|hiring|post|position|role|job)\b[^.?!\n]{0,60}?\bcount me in\b",
    # "should the design team ever find itself short of an engineer like me, I would be delighted if my name
    # came to mind".
    r"\b(?:if|should|when|whenever)\b[^.?!\n]{0,100}?\b(?:short of|need|needs|opening|vacancy|role|post|position"
    r"|place)\b[^.?!\n]{0,80}?\bmy name (?:came|comes|come|would come|might come|springs?|sprang) to mind\b",
    # "let me name you as my contact inside the company when I fill in the application form", "would you be
    # willing to let me name you on it as my internal referee?".
    r"\bname you (?:on (?:it|them|the form|my application) )?as (?:my|a|an) (?:[\w-]+ )?(?:contact|referee|reference"
    r"|referrer|sponsor)\b",
    # "spare me the numerical test stage when I apply".
    r"\b(?:(?:spare|excuse|exempt) me (?:from )?|let me (?:skip|bypass|off) )(?:the |your )?(?:[\w-]+ ){0,2}?(?:test"
    r"|tests|assessment|assessments|stage|round|screen|screening)\b",
    r"\b(?:heads-up|heads up|let me know|tell me)\b[^.?!\n]{0,40}?\b(?:takes?|taking) on (?:new |more |any )?"
    r"(?:graduates|juniors|trainees|apprentices|interns|staff|hires)\b",
    # "If your team ever needs an extra pair of hands on site, I'd be grateful if you thought of me first".
    r"\b(?:if|when|should|whenever) your (?:\w+ ){0,4}?" + _ORG + r"\b[^.?!\n]{0,60}?\bneeds?\b[^.?!\n]{0,80}?"
    r"\b(?:think|thought|thinking) of me\b",
    # "happy to send my CV over if there's ever a fit": the resume offered for a post, not for advice.
    r"\bmy (?:\w+ )?(?:cv|resume|résumé)\b[^.?!\n]{0,30}?\b(?:if|in case|should|whenever|for when)\b[^.?!\n]{0,40}?"
    r"\b(?:a fit|comes? up|opens? up|an opening|suitable|vacanc(?:y|ies)|a role|a position"
    # "in case your team needs a junior BIM coordinator": the post the resume is offered for.
    r"|" + _ORG + r" (?:ever |should ever )?needs? (?:a|an|someone|somebody|another|extra|more)"
    # "in case you feel I could fit somewhere in your team".
    # "in case your content team is taking anyone on".
    r"|taking (?:anyone|anybody|someone|people|new people|staff) on|(?:is|are|'re|’re) hiring"
    r"|i (?:could|might|would|can) (?:fit|slot in|fit in|be of use)\b[^.?!\n]{0,20}?\b(?:your|the) (?:\w+ )?"
    + _ORG
    + r")\b",
    # "Should it need someone with Portuguese when its desks are being filled, I would hope our conversation
    # had made me an easy choice" (not "my background makes me a natural fit for design work").
    r"\b(?:make|made|makes|making) me (?:an? |the )?(?:easy|obvious|natural|clear|first|safe|strong)"
    r" (?:choice|pick|hire)\b",
    # "if my name happened to find its way to whoever is putting together the graduate analyst intake".
    r"\bmy name (?:\w+ ){0,3}?(?:find|found|finds|finding|make|made|makes|making) (?:its|it's|it’s) way\b"
    r"[^.?!\n]{0,80}?\b(?:intake|hiring|recruit\w*|shortlist\w*|vacanc\w+|openings?|positions?|roles?|candidates?"
    r"|interview\w*|graduate (?:scheme|programme|program))\b",
    # Work offered on any terms: "work alongside your team for a trial period ... whether to keep me", "stay on
    # with the Trust in whatever capacity the survey team could use me", "on whatever footing the partnership
    # can manage", "worth a place at the firm", "keep my details on file", "an expression of interest",
    # "first in the queue when the lab looks for people", "send the spare ones my way".
    r"\bfor a trial (?:period|week|month|run)\b|\bwhether to keep me\b"
    r"|\bin (?:whatever|any) capacity\b[^.?!\n]{0,50}?\b(?:use|need|needs|have|take)\b"
    r"|\bon (?:whatever|any) (?:footing|basis|terms)\b"
    r"|\bworth a (?:place|seat|spot|job|role|position|post) (?:at|on|in|with)\b"
    r"|\b(?:keep|keeping|have|having|hold|holding) my (?:details|cv|resume|name|profile|information|contact details)"
    r" on (?:file|record)\b"
    r"|\bexpression of interest\b"
    r"|\bfirst in (?:the )?(?:queue|line)\b[^.?!\n]{0,80}?\b(?:look|looks|looking|need|needs|hire|hires|hiring|people"
    r"|staff|run|role|post|position|job|opens?)\b"
    r"|\b(?:look\w*|need\w*|hir\w*|recruit\w*) (?:for )?(?:people|staff|someone|somebody)\b[^.?!\n]{0,60}?\bfirst in"
    r" (?:the )?(?:queue|line)\b"
    r"|\bsend (?:the |any )?(?:spare|extra|overflow|leftover|surplus) (?:ones|work|jobs|commissions|projects|briefs"
    r"|gigs|covers) my way\b",
    # "there might be a bench there with my name on it".
    r"\b(?:bench|desk|seat|chair|spot|place|space|station|job|role|position|post|locker|workstation)"
    r" (?:\w+ ){0,2}?with my name on it\b",
    # Where to send an application: "to whom I should address my application", "who to send my CV to".
    r"\b(?:who|whom) (?:i |to )?(?:should |could |might )?(?:address|send|direct|submit|forward|make out)"
    r" my (?:application|cv|resume|résumé)\b",
    # The reader's job offer wished for in their words: "if you ever decide the best advice is 'come and work
    # with us', I won't argue".
    r"\bcome (?:and|to) work (?:with|for|alongside) (?:us|you|your)\b",
    # On call for a gap in the crew: "keep my number by the phone for the next time a deckhand drops out",
    # "if you are ever short-handed on a shoot".
    r"\bkeep my (?:number|name|details|card|cv|resume) (?:handy |close )?(?:by|beside|next to|near|close to)"
    r" the phone\b"
    r"|\b(?:next time|whenever|if ever|the day|in case) (?:a|an|one of your|someone on your|anyone on your)"
    r" (?:[\w'’-]+ ){0,2}?(?:drops out|drop out|calls in sick|call in sick|pulls out|pull out|cries off)\b"
    r"|\b(?:if|when|whenever|should) (?:you|your \w+|the \w+)(?: ever)?"
    # ("If you're short-staffed on it, I can step in at a day's notice", mm.)
    r"(?:'re|’re| are| is| were| find yourselves| find yourself| finds? (?:yourself|itself))"
    r" (?:ever |ever again |next )?(?:short-handed|shorthanded|short-staffed|short staffed|a pair of hands short"
    # "if you ever find yourself a trowel short when you're hiring diggers" (not "a bit short of time").
    r"|a (?!bit |little |tad |touch )[\w'’-]+ short|one short)\b",
    # A post asked for in other words: "pencil my name in against a technician's line", "may I tell her that you
    # would stand behind my application", "slip my CV into the pile with a word from you on top".
    r"\bpencil\w* (?:my name|me) in (?:against|for) (?:a|an|one|the) (?:[\w'’-]+ ){0,2}?(?:line|post|role|position"
    r"|slot|place|job|headcount)\b",
    r"\bmy application\b[^.?!\n]{0,80}?\byou(?:'d|’d| would| will| could)? (?:stand behind|back|support|vouch for)"
    r" (?:it|me)\b",
    # ("I will add it to the pile" of someone's advice is no CV: "it" must be the CV named before it.)
    r"\b(?:(?:cv|resume|résumé|application)\b[^.?!\n]{0,80}?\b(?:slip|put|pop|add|place|drop|pass) (?:it|them)"
    r"|(?:slip|put|pop|add|place|drop|pass) (?:my cv|my resume|my application|me|my name)) (?:into|onto|in|on|to"
    r"|on top of) (?:the|your) (?:\w+ )?(?:pile|stack|shortlist|pot)\b",
    # "if Vanta ever has an opening for a junior analyst, I'd jump at it, happy to send my CV over": the post
    # wished for, then taken or the resume offered for it.
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,60}?\b(?:opening|vacancy|role|position|post|spot|seat|desk|slot|chair"
    r"|berth)\b[^.?!\n]{0,100}?\b(?:(?:jump|leap) at (?:it|the chance)\b(?! to (?!join|work))|(?:send|share|pass)"
    r"(?: over| along| on)? my (?:cv|resume|résumé)\b|(?:happily |gladly |willingly )?(?:fill|take) it\b)",
    # "would someone with my background make it past the first round if I applied next month?": the hiring
    # process asked about for the writer's own application.
    r"\b(?:would|could|might|will|do)\b[^.?!\n]{0,80}?\b(?:make it (?:past|through)|get (?:me )?(?:past|through|to"
    r" interview|an interview|shortlisted)|be shortlisted|stand a chance)\b[^.?!\n]{0,60}?\bif i (?:applied|apply"
    r"|were to apply|put in an application)\b",
    # "if Saffron & Salt ever needs a full-time chief taster ..., I'm available immediately - only half kidding":
    # a post named and the writer offered for it, in jest or not.
    # (Not a listener offered: "If you need someone to talk to about the course, I'm your person".)
    r"\bif\b[^.?!\n]{0,60}?\b(?:needs?|wants?|could use) (?:a|an|someone|somebody)\b(?! to (?:talk|chat|speak"
    r"|listen|bounce|vent)\b)[^.?!\n]{0,80}?\b(?:i'm available|i am available|just say the word|i'm your (?:person|man"
    r"|woman|girl|guy)|i'll pack my)\b",
    # Fitting into the reader's team: "do you think someone with my background might fit in?", "could you see
    # someone like me fitting into it?", "my claims background would slot in rather neatly" (not "could someone
    # with my background fit into UX research?", which asks about a field).
    r"\b(?<!where )(?<!how )(?:(?:someone|a person|people|somebody|anyone) (?:with|like) (?:my|me)"
    r"|(?<!with )my (?:[\w-]+ ){0,2}?(?:background|experience|skills|skill set|skillset|profile))\b[^.?!\n]{0,40}?"
    r"\b(?:(?:would|could|might|will|may|can) (?:\w+ )?(?:fit|slot)|fitting|slotting)"
    r"(?: in| into| straight in| right in)?"
    r"(?: (?:rather |quite |very |really )?(?:neatly|nicely|well|easily|perfectly|seamlessly))?"
    r"(?=[ \t]*(?:[?.!,;]|$)| (?:with|into|in|on) (?:you|your|it|them|the team)\b| there\b)",
    # "Are you adding people to the underwriting team this year?": are you hiring, in other words.
    r"\b(?:are|is) (?:you|(?:your|the) (?:\w+ ){0,2}?" + _ORG + r") " + _NOW
    + r"(?:adding|taking on|bringing in|bringing on|recruiting) (?:new |more |any )?(?:people|staff|anyone|anybody"
    r"|hires|headcount|starters|juniors|graduates)\b",
    # "I would be very grateful if you forwarded it to the hiring manager for your modelling team".
    r"\bif you (?:\w+ ){0,3}?(?:forwarded|passed|sent|handed|shared|put|mentioned|showed)\b[^.?!\n]{0,30}?"
    r"\b(?:to|with|in front of) (?:the|your|a|an|any) (?:\w+ ){0,2}?" + _GATE + r"\b",
    # A referral bonus named, a staff referral portal: a referral into a post, whatever the verb.
    r"\bbonus(?:es)? for (?:recommending|referring|introducing|putting forward) (?:\w+ )?(?:candidates|people|hires"
    r"|applicants|staff|new (?:hires|staff|starters))\b|\b(?<!\bour )(?<!first )(?<!\bmy )(?<!their )(?:staff|employee"
    r"|internal) referral"
    r" (?:scheme|portal|programme|program|system|bonus)\b",
    # Openings at the reader's organisation (named, it reads "your company" here): "explore opportunities with
    # Wayfarer Labs", "what opportunities there might be for me at Harbour City Blues".
    r"\bopportunit(?:y|ies)(?: (?:there )?(?:might|may|could|would) (?:be|exist|arise|open up))?(?: (?:for|open to)"
    r" (?:me|someone like me|people like me))? (?:at|with|within|in|on) your (?:\w+ ){0,2}?" + _ORG + r"\b",
    # Ready to start at once: "I could start with you the very next morning", "free to start straight away",
    # "I could be at my desk in your office within the week", "on a train to you the day after you ask".
    r"\b(?:could|can|would|able to|free to|ready to|available to) start (?:with you |for you |work |working )?"
    r"(?:straight away|right away|immediately|at once|tomorrow|the (?:very )?next (?:day|morning|week)|next week"
    r"|within (?:a|the) (?:day|week))\b"
    r"|\b(?:could|can|would) be (?:at|in|on) (?:my desk|a desk|your (?:office|studio|kitchen|lab|site|floor))\b"
    r"[^.?!\n]{0,40}?\b(?:within|by|from|tomorrow|next|straight away|right away|immediately)\b"
    r"|\bthe (?:day|morning) after you (?:ask|say the word|call|ring)\b",
    # "if you find yourself short of a cellar hand this year".
    r"\b(?:if|when|whenever|should) (?:you|your \w+|the \w+)(?: ever)? (?:are|is|were|find yourselves|find yourself"
    r"|finds? (?:yourself|itself)) (?:ever |next )?short of (?:an? |one )?(?:[\w'’-]+ ){0,2}?(?:hand|hands|pair of"
    r" hands|person|body|helper|worker)\b",
    # "Whenever the lab next recruits a technologist, I would love to find myself near the top of your list".
    r"\b(?:recruit\w*|hir\w*|vacanc\w*|openings?|posts?|roles?|positions?)\b[^.?!\n]{0,80}?\btop of (?:your|the)"
    r" (?:\w+ )?(?:list|pile|stack)\b",
    # "If a trials assistant post is ever advertised in your unit, I hope this email will still be sitting
    # somewhere in your inbox".
    r"\b(?:advertised|opens?|opening|vacanc\w*|comes? up|recruit\w*|hiring)\b[^.?!\n]{0,80}?\b(?:this|my)"
    r" (?:email|e-mail|note|letter|message|application|cv|resume)\b[^.?!\n]{0,40}?\b(?:still|inbox|on file|to hand"
    r"|on your desk)\b",
    # "if anything comes up on your side for new graduates, I would love to be the first to hear".
    # (Not "if anything comes up before our call": the reader's side or the writer's kind of post.)
    r"\bif (?:anything|something) (?:suitable |relevant )?(?:comes?|came) up (?:on your side|at your|in your"
    r"|within your|for (?:me|someone like me|people like me|(?:new |recent )?graduates|juniors|trainees))\b"
    r"[^.?!\n]{0,60}?"
    r"\bthe first to (?:hear|know)\b",
    # "introduce me to whoever is leading hiring for the new lab".
    r"\b(?:introduce|connect|put|flag|mention|recommend|pass) me (?:on )?(?:to|with|in touch with) (?:whoever|whomever"
    r"|the person|the people|someone|somebody|anyone) (?:who|that)?(?:'s| is| are| does| handles| leads| runs"
    r"| oversees| manages)? ?(?:\w+ ){0,3}?(?:hiring|recruit\w*|intake|talent)\b",
    # "mention my name when your graduate scheme shortlist is drawn up".
    r"\b(?:mention|pass|give|suggest|put)(?:ing)? (?:on |along |forward )?my name\b[^.?!\n]{0,30}?\b(?:when|as|while"
    r"|once|if|for)\b[^.?!\n]{0,60}?\b(?:shortlist\w*|intake|hiring|recruit\w*|graduate (?:scheme|programme|program))",
    # "help out on your team in any capacity", "jump at the chance to join in even a junior capacity".
    r"\b(?:join(?:ing)?|(?:help|helping|work|working|contribute|contributing|pitch in|support|supporting|serve"
    r"|serving)(?: out)? (?:on|in|at|with|for) your (?:\w+ ){0,2}?" + _ORG + r")\b[^.?!\n]{0,40}?\bin (?:any|whatever"
    r"|some|even a|a|an) (?:[\w-]+ )?capacity\b",
    # "who would be the right person at Lumen Games to send my application to".
    r"\b(?:who|whom|which person|the (?:right|best) (?:person|people|contact))\b[^.?!\n]{0,60}?\bto (?:send|address"
    r"|submit|direct|forward) my (?:application|cv|resume|résumé)\b",
    # "let me know when your next internship cycle opens, so that I can apply with your support".
    r"\byour (?:\w+ ){0,3}?(?:internships?|graduate|intake|hiring|recruit\w*|openings?|roles?|vacanc\w*|positions?"
    r"|posts?|scheme|cycle)\b[^.?!\n]{0,60}?\bso (?:that )?i (?:can|could|might|may) apply\b",
    # "I am now available for contract work, should your team need support".
    r"\b(?:i am|i'm|i’m) (?:now |currently |also |still )?(?:available|free|open) (?:for|to) (?:take on )?(?:\w+ )?"
    r"(?:work|roles?|assignments?|engagements?|projects?|contracts?|gigs?)\b[^.?!\n]{0,60}?\b(?:should|if|in case"
    r"|whenever) (?:you|your)\b",
    # A third round of hinted job asks by a new author (f9).
    # "if you were able to find a place for me there" (not "a spot for me in your diary").
    r"\b(?:find|make|create) (?:a |any )?(?:place|position|role|spot|opening) for me\b"
    r"(?! in your (?:diary|calendar|schedule|day))",
    # "to be taken on as a trainee" (not news of a post got: "I've been taken on as a seasonal bee inspector!", pm).
    r"\b(?<!\bbeen )(?<!\bwas )(?<!\bgot )(?:be |being |get |getting )?taken on as (?:a|an|your)\b",
    # "the chance to be interviewed for the platform engineer role on your team".
    r"\b(?:be|being|get|getting) interviewed for (?:the|a|an|your|one of (?:the|your)) (?:\w+ ){0,3}?" + _JOBN + r"\b",
    # "would you let me join the field crew on the next drilling programme".
    r"\blet me join (?:the|your) (?:[\w-]+ ){0,2}?" + _ORG + r"\b",
    # "I would love to come on board at Solberg Timber Studio".
    r"\b(?:come|coming|came) (?:on board|onboard|aboard)\b",
    # "recommend me to the partners for the associate vacancy".
    r"\brecommend me to [^.?!\n]{1,40}? for (?:it\b|(?:the|a|an|that|this|your) (?:\w+ ){0,2}?" + _JOBN + r"\b)",
    # "arrange for me to sit the assessment for your next apprenticeship intake".
    r"\b(?:sit|take|do) (?:the|your|an|a) (?:[\w-]+ )?(?:assessment|test|selection day)s? for (?:your|the|a|an)"
    r" (?:next )?(?:[\w-]+ ){0,2}?(?:intake|scheme|programme|program|apprenticeships?|" + _JOBN + r")\b",
    # "If you could see your way to bringing me in-house at Lexicon Partners as a staff translator".
    # (Not "thank you for taking me on as a volunteer", a thing done.)
    r"\b(?<!for )(?<!after )(?:bring|bringing|take|taking) me (?:in-house|on board|onboard|aboard|in|on)\b"
    r"(?: (?:at|to) [^.?!\n]{1,40}?)? as (?:a|an|your)\b",
    # "I'd love to be your next people analyst hire".
    r"\bbe (?:your|the team's|the team’s) next (?:[\w-]+ ){0,3}?(?:hire|recruit|appointment|trainee|apprentice"
    r"|intern)\b",
    # A fourth round of hinted job asks by a new author (x9).
    # Paid work asked for: "I would jump at signing on as a paid field assistant", "I'd love to take them on as one
    # of your paid physios", "I would love to be paid to work it", "being added to your roster of paid translators".
    r"\b(?:i would|i'd|i’d|would you|could you|if you|if your)\b[^.?!\n]{0,120}?"
    r"\b(?:as (?:a |an |one of your |your )?paid|be paid to|(?:roster|rota|pool|list) of paid)\b",
    # Put on the reader's books: "add me to the rota of freelancers", "take me onto your curatorial staff".
    r"\b(?:add|put|take|bring|sign) (?:me|my name) (?:on|onto|to|into|on to) (?:your|the|its) (?:[\w'’-]+ ){0,3}?"
    r"(?:rota|roster|staff|crew|books|payroll|panel of|pool of|freelancers?|contractors?)\b",
    r"\b(?:being |be )?added to (?:your|the|its) (?:[\w'’-]+ ){0,2}?(?:rota|roster|pool|books|payroll)\b",
    # "I would be pleased to be engaged as your locum pharmacist".
    r"\b(?:be |being )?(?:engaged|employed|contracted|retained) as (?:your|a|an|one of your)\b",
    # "whether your firm might offer me a training contract" (not "I will let you know which universities offer me a
    # place").
    # "might your laboratory also offer me a postdoctoral contract?" (the subject between; not after "to").
    r"\b(?:(?:might|could|would|can|will|to) (?:be able to )?|(?:might|could|would|can|will) (?:you |your |the |they "
    r"|it )?(?:[\w'’-]+ )?(?:also |ever |perhaps )?)offer me (?:a|an|the|one of (?:the|your)) (?:[\w'’-]+ ){0,2}?"
    r"(?:contract|pupillage|traineeship|apprenticeship|internship|placement|post|position|role|job)s?\b",
    # "make sure my application reaches the shortlist", "get me onto the shortlist".
    r"\b(?:reach(?:es)?|make(?:s)? it (?:on)?to|get(?:s)? (?:me |it )?(?:on)?to|put (?:me|it) on) the shortlist\b",
    # "flag my name to the people running your graduate intake", "a word from you to the selection team".
    r"\bflag (?:me|my name|my application|my cv|my profile)\b",
    r"\ba (?:good |kind |quick )?word (?:from you )?(?:to|with) (?:the|your|a|an) (?:[\w'’-]+ ){0,2}?"
    r"(?:selection|hiring|recruitment|recruiting|admissions) (?:team|panel|committee|manager|board)s?\b",
    # "if you could find room for me in one of your primary teaching posts".
    r"\bfind (?:room|space) for me (?:in|on|at|among) (?:your|one of your|the)\b",
    # "If there is a seat on the production side, I would really love you to bring me in".
    r"\b(?:love|like|want|hope|grateful) (?:for )?you to (?:bring|take|get) me (?:in|on|aboard|on board)\b",
    # "I'd love it if Pinecone Games trusted me with the score for your next title".
    r"\bif (?:[\w'’&-]+ ){1,3}?(?:trusted|hired|commissioned|engaged|booked) me (?:with|for|to|as|on)\b",
    # "if your team has room for a structural engineer at that point, I would be grateful to be allowed to apply
    # to you directly".
    r"\bapply to you directly\b|\bhas room for (?:a|an|another|one more) [^.?!\n]{0,60}?\bi(?:'d| would)\b",
    # "I would be grateful to sit down with your operations lead and be interviewed for that opening".
    r"\b(?:be|being|get|getting) interviewed for (?:that|this) (?:\w+ ){0,2}?" + _JOBN + r"\b",
    # A fifth round of hinted job asks by a new author (bf), and the second round's leftovers (q8).
    # The writer let into a post: "let me interview for one of those seats", "allow me to audition for it", "let
    # me try out for a paid traineeship", "would you let me step into it?", "let me fill that gap" (not "let me
    # fill in the form", "let me interview you").
    r"\b(?:let|allow|permit) me (?:to )?(?:interview for|audition for|try out for|trial for|compete for|step into"
    r"|fill (?!in\b|out\b|you\b|up\b))",
    # Work given to the writer: "give me some shifts on the investigations desk", "give me a start".
    r"\bgive me (?:some |a few |a |an |the |the odd |occasional |regular )?(?:(?:paid|trial|casual|freelance|extra"
    r"|night|weekend|cover) )?(?:shifts?|paid work|a start|a trial)\b",
    # A post held for the writer: "whether you might have a place for me as a research assistant in your group"
    # (not "a place for me on the course"), "a product lead seat you'd be willing to hold open for me".
    r"\b(?:have|has|had) (?:a |any )?(?:place|spot|seat|room) for me (?:as (?:a|an|your)|(?:in|on|at) (?:your|the) "
    + _ORG + r")\b|\b(?:have|has|had) (?:a |any |an )?(?:position|role|post|opening) for me\b",
    r"\bhold (?:[\w'’-]+ ){0,3}?open for me\b|\b(?:keep|leave) (?:a|the|that|this|one|my) (?:[\w'’-]+ )?(?:seat"
    r"|place|role|post|position|spot|slot|job|vacancy) open for me\b",
    # The writer on the reader's books: "whether you'd be happy to have me on your staff", "could you slot me onto
    # the team translating for the agency" (not "slot me in for a call").
    r"\bhave me (?:on|in|join) (?:your|the) (?:[\w'’-]+ ){0,2}?(?:staff|team|crew|books|rota|roster|payroll|bench)\b"
    r"(?! for (?:a|an|the) (?:day|morning|afternoon|visit|tour|call|chat|meeting))",
    r"\bslot me (?:in|into|onto|on to|on) (?:the|your) (?:[\w'’-]+ ){0,4}?(?:team|rota|roster|crew|staff|project"
    r"|contract|panel|pool|books)\b",
    # Materials passed to the one who hires: "pass my portfolio across to the partner who hires for your landscape
    # team", "tell the partner who hires for that group that I am worth meeting".
    # (Not "could you tell me how the partner who hires reads a portfolio?".)
    r"\b(?:pass|send|forward|hand|share|show) (?:[\w'’-]+ ){0,2}?(?:my|me)\b[^.?!\n]{0,50}?\b(?:who|that) "
    + _HIRES + r"\b|\btell (?:the|your|a) [^.?!\n]{0,50}?\b(?:who|that) " + _HIRES
    + r"\b[^.?!\n]{0,60}?\bthat (?:i|i'm|i’m)\b",
    # A post named, then the writer offered as the one to fill it: "if Hallam House ever has space in the studio for
    # a trainee, I would be so glad to be that person"; "should your list ever need an editorial assistant, I'd be
    # grateful for the chance to show you what I can do".
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,80}?\b(?:trainee|apprentice|assistant|intern|junior|hire|role|post"
    r"|position|vacancy|opening|seat|chair)s?\b[^.?!\n]{0,60}?\b(?:be|being) (?:that|the) (?:person|one)\b",
    r"\b(?:if|should|when|whenever)\b[^.?!\n]{0,80}?\b(?:need|needs|needed|wants?|is looking for|are looking for)"
    r" (?:a|an|another|someone|somebody|more|extra)\b[^.?!\n]{0,80}?\b(?:show (?:you|them) what i can do"
    r"|prove myself)\b",
    # Cover for leave asked for: "could I step in for that maternity cover myself?".
    r"\b(?:step in|stand in|fill in|cover|do)\b[^.?!\n]{0,40}?\b(?:maternity|paternity|parental|sick|study) cover\b",
    # "When Lantern Games staffs up its next project, could I be your sound person on it?".
    r"\b(?:could|can|may|might) i be your (?:[\w'’-]+ ){0,2}?(?:person|guy|girl|man|woman|hire|assistant|intern"
    r"|apprentice|trainee|freelancer|contractor)\b|\b(?:could|can|may|might) i be your (?:[\w'’-]+ ){1,3}?(?:on|for)"
    r" (?:it|that|the (?:next )?(?:project|show|season|tour|production|job|shoot|game|title|book|film))\b",
    # A call turned into an interview: "we could treat that call as a first conversation about whether I'd fit on
    # your team" (not "whether I'd fit in a team like yours").
    r"\bwhether i(?:'d|’d| would| might| could)? (?:be (?:a )?(?:good |right |strong )?)?fit (?:on|in|into|with)"
    r" your " + _ORG + r"\b",
    # A sixth round of hinted job asks by a new author (bp): the writer as the one to fill a post, by its title.
    # "would you be willing to bring me into the modelling group at Verdant as a junior consultant?" (not "thank you
    # for bringing me in as a volunteer", "have me as a guest").
    r"\b(?<!for )(?<!after )(?:bring|bringing|take|taking|get|getting|put|putting|move|moving|have|having|keep"
    # (Not the writer's own post after "my": "keeping me busy alongside my job as a pathology lab technician", ig34.)
    r"|keeping|hire|hiring|employ|employing|engage|engaging|sign|signing) me (?:(?!my\b)[\w'’&-]+ ){0,8}?as (?:a|an"
    r"|your|one of your) (?:[\w'’-]+ ){0,2}?" + _ROLE + r"\b",
    # "would you let me stay on as a junior designer on your resilience projects?", "could I join your team as a
    # tester?" (not "I'd love to hear how you started as a designer", "I'd be happy to continue as a teacher").
    r"\b(?:let me|allow me to|for me to|could i|can i|might i|may i) (?:stay on|start|join (?:you|your [\w'’-]+)|come"
    r" in|be taken on|be kept on|work for you|work with you|work in your [\w'’-]+|work on your [\w'’-]+)"
    r" (?:[\w'’&-]+ ){0,4}?as (?:a|an|your|one of your) (?:[\w'’-]+ ){0,2}?" + _ROLE + r"\b",
    # "tell your department that I am ready to start as an underwriting trainee whenever they are".
    r"\b(?:tell|let) (?:your|the) [^.?!\n]{0,40}?\b(?:that )?(?:i am|i'm|i’m) (?:ready|available|free|keen|eager)"
    r" to (?:start|join|begin)\b",
    # "Is there any chance you could make me a staff writer on the features desk?" (not "it would make me a better
    # designer").
    r"\b(?:could|would|might|can|will) (?:you |they |she |he |your [\w'’-]+ )?(?:\w+ )?make me (?:a|an|your|one of"
    r" your) (?!(?:better|stronger|more|less|happier|good|great|strong|much)\b)(?:[\w'’-]+ ){0,2}?" + _ROLE + r"\b",
    # "whether Nordaid might deploy me on its next field mission".
    r"\b(?:could|would|might|can|will|to) (?:[\w'’-]+ ){0,3}?(?:deploy|employ|recruit|appoint|second|onboard|roster)"
    r" me\b",
    # "I would gladly trade my post here for a desk in your team".
    r"\b(?:trade|swap|exchange) my (?:[\w'’-]+ ){0,2}?(?:post|job|role|position|desk|seat|place)\b[^.?!\n]{0,40}?"
    r"\bfor (?:a|one|the) (?:[\w'’-]+ )?(?:desk|seat|post|role|job|place|position|spot)s? (?:in|on|at|with) (?:your"
    r"|the)\b",
    # A post the reader may need, then the writer as the one: "If it grows to need an agronomist who knows the
    # smallholder side, would you let me be the one who carries it?", "If your team ever wants a tester who's keen
    # to learn, would you tell me how I could join you?".
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,80}?\b(?:needs?|needed|wants?|is looking for|are looking for|hires?"
    r"|recruits?|takes? on) (?:a|an|another|someone|somebody|more)\b[^.?!\n]{0,80}?\b(?:(?:be|being) (?:that|the)"
    r" (?:person|one)|(?:i|me) (?:could |might |can |to )?join (?:you|your|them|it))\b",
    # "when the Trust next recruits curriculum writers, you could arrange for me to sit the interview" (not "an
    # informational interview").
    r"\b(?:arrange|set up|fix|organi[sz]e) for me to (?:sit|have|do|attend|take) (?:the|an|a|your)"
    r" (?!(?:informational|information|research|podcast|news)\b)(?:[\w'’-]+ )?interview\b",
    # "I would be very grateful if my name could sit on your shortlist".
    r"\bmy (?:name|cv|resume|application|details|profile) (?:could|might|would|can|to) (?:sit|be|go|stay|appear|land"
    r"|end up) on (?:your|the) (?:\w+ )?shortlist\b",
    # The seventh round (bq), taught in the most general forms that carried it. The writer as the post's holder:
    # "I would be glad to be the postdoc you bring in with it", "happy to be your next junior designer" (not "the
    # kind of designer who", "the first engineer in my family").
    r"\b(?:glad|happy|love|like|thrilled|delighted|keen|proud|honou?red|want|hope|grateful|eager) to be (?:your"
    r" (?:next |new )?(?!(?:kind|sort|type) of\b)(?:[\w'’-]+ ){0,2}?" + _ROLE + r"\b(?!['’])|the (?:next |new )?"
    r"(?!(?:kind|sort|type) of\b)(?:[\w'’-]+ ){0,2}?" + _ROLE + r" (?:you|your|they|she|he)\b)",
    # "I would love for those hands to be mine", "I would very much like that specialist to be me".
    r"\b(?:love|like|want|wish|hope)\b[^.?!\n]{0,50}?\b(?:hands|person|one|" + _ROLE + r") to be (?:me|mine)\b",
    # Room for the writer on the reader's books: "might there be room on your roster for a newly qualified
    # physiotherapist?", "might there be a bench for me at Vogel Ceramics Studio?" (not "room in your diary for a
    # call", "a seat for me at the workshop").
    r"\b(?:room|space|(?:a|any|one) (?:[\w'’-]+ )?(?:bench|desk|seat|spot|slot|chair|berth|place|vacancy))"
    r" (?:(?:on|in|at|with) (?:your|the) (?:[\w'’-]+ ){0,2}?(?:" + _ORG[3:-1] + r"|roster|rota|payroll|books)"
    r" for (?:me|someone like me|(?:a|an|another|one more) (?:[\w'’-]+ ){0,3}?" + _ROLE + r"\b(?!['’]))"
    r"|for (?:me|someone like me) (?:(?:on|in|at|with) your (?:[\w'’-]+ ){0,2}?" + _ORG + r"\b(?!['’])|as\b))",
    # "whether there might be a spare desk at The Northern Ledger that I could fill on a permanent basis" (not "a
    # place of your choosing, so that I can take you through the plan").
    r"\b(?:desk|seat|chair|post|role|position|place|spot|slot|vacancy|berth|bench)\b[^.?!\n,;]{0,50}?\b(?:that|which)"
    r" i (?:could|might|can|would) (?:fill|occupy)\b",
    # A post the reader may need, then the writer: "When you next need a contract editor, I hope it is my number
    # you reach for", "if you ever find yourself short of a sous chef, I would jump at the chance" (not "when I
    # needed a mentor", "if you need a designer's view").
    r"\b(?:if|when|should|whenever|next time)\b[^.?!\n]{0,40}?(?<!\bi )(?<!\bwe )\b(?:need|needs|want|wants"
    r"|short of|looking for|lack|lacks) (?:a|an|another|one more) (?:[\w'’-]+ ){0,2}?" + _ROLE + r"\b(?!['’])"
    r"[^.?!\n]{0,80}?\b(?:i|my)\b"
    # (Not help given for nothing: "If you need another pair of hands, I'd love to volunteer for the day", mm.)
    r"(?![^.?!\n]{0,80}?\b(?:volunteer|volunteering|unpaid|for free|for the fun of it)\b)",
    # "If you end up building out a design team there, I would love for you to bring me along"; "would have me back
    # on the survey team, this time as a member of staff"; "I would be thrilled to join you as the next one".
    r"\b(?:team|crew|studio|practice|company|firm|department|group|unit|lab|office|agency)s?\b[^.?!\n]{0,60}?"
    r"\b(?:bring|take) me (?:along|with you)\b(?! (?:to|for|on)\b)",
    r"\bhave me back\b[^.?!\n]{0,40}?\b(?:as (?:a|an|one|part|your)|on (?:the|your) (?:[\w'’-]+ ){0,2}?(?:team|staff"
    r"|crew|books|payroll|rota|roster))\b",
    r"\bjoin (?:you|your (?:[\w'’-]+ ){0,2}?" + _ORG + r"|them|the team) as (?:the|your) (?:next|new)\b",
    # The application handed to the reader or the recruiter told: "might I send my application straight to you",
    # "let the recruiter at Carrow Engineering know that I would like to be put through for the graduate scheme".
    r"\b(?:send|give|hand|pass|email|submit) (?:you )?my application (?:straight |directly )?to you\b",
    r"\b(?:let|tell|ask|remind) (?:the|your|a) (?:[\w'’-]+ ){0,2}?(?:recruiters?|hiring (?:manager|team|lead|partner)s?"
    r"|talent (?:team|partner|lead)s?|hr (?:team|manager|lead))\b[^.?!\n]{0,40}?\b(?:know )?(?:that )?i\b",
    r"\bput (?:me )?through (?:for|to) (?:the|your|a) (?:[\w'’-]+ ){0,2}?(?:scheme|programme|program|round|stage"
    r"|shortlist|role|position|post|job)\b",
    # "I would be most honoured if you would take my candidature into consideration".
    r"\btak(?:e|ing) (?:my|me) (?:[\w'’-]+ )?(?:candidature|candidacy|application|cv|resume|résumé|name|profile)"
    r" into (?:consideration|account)\b",
    # The application considered or supported by the reader: "I would be most honoured if you would consider my
    # application", "it would mean a lot if you could support my candidacy" (not the writer's own weighing: "I am
    # still considering my application to the MSc"; nor a place on a course: "support my application to the MSc").
    # The third author (dy): "it would mean a great deal if you felt able to support my candidacy".
    r"\b(?:you|please|kindly)(?: (?:would|could|might|will|can|to|may|felt|feel|were|are|be|able|willing|happy"
    r"|prepared|kindly|please)){0,4} (?:consider|support"
    r"|champion) my (?:[\w'’-]+ )?(?:application|candidacy|candidature|cv|resume|résumé)\b"
    r"(?! (?:strategy|essay|letter|plan|process|form|materials|timeline)\b)"
    + _NOT_TO_A_COURSE,
    # Kept in mind for the reader's next hire: "Please keep my application in mind when your team next recruits".
    r"\b(?:keep|bear|hold) my (?:application|candidacy|candidature|cv|resume|résumé|profile|details) in mind\b",
    # "Might you have room for another apprentice in your yard?", "space for one more junior analyst".
    r"\b(?:room|space|a place|a spot) for (?:another|one more|an extra|a new) (?:[\w'’-]+ )?" + _ROLE + r"\b",
    # "I have attached my resume for your consideration", "Please find my CV attached for any suitable roles".
    r"\b(?:cv|resume|résumé|application|candidacy)\b[^.?!\n]{0,30}?\bfor your (?:kind )?consideration\b",
    r"\b(?:cv|resume|résumé)\b[^.?!\n]{0,40}?\bfor (?:any|future|upcoming) (?:suitable |relevant |open |available )?"
    + _JOBN
    + r"\b",
    # "Would you be able to arrange an interview for me?" (not an informational interview).
    r"\b(?:arrange|set up|line up|get|secure|organi[sz]e) (?:me )?(?:an|a) (?!informational\b|info\b)(?:[\w'’-]+ )?"
    r"interview (?:for me|with (?:your|the) (?:[\w'’-]+ ){0,2}?(?:team|hiring|panel|recruit))",
    # "I would welcome the opportunity to work for you", "your help in securing a role there".
    r"\b(?:opportunity|chance|privilege) to work for you\b",
    r"\bhelp (?:me )?(?:in |with )?(?:securing|getting|landing|finding|obtaining) (?:a|an|the) (?:\w+ ){0,2}" + _JOBN
    + r" (?:there\b|(?:at|with|on|in) )",
    # "... a junior actuary role open in your area; might it be possible for me to be interviewed for it".
    r"\b" + _JOBN + r"\b[^.?!\n]{0,80}?\bfor me to (?:be interviewed|interview|apply) for it\b",
    # The second author of ordinary job asks (du): "I very much hope you might shortlist me for it", "if you felt
    # comfortable putting my name forward for that vacancy", "your support of my application when it reaches the
    # panel", "an application for the graduate trainee post ... if you could take a look at it".
    r"\b(?:you|please|kindly)(?: [\w'’-]+){0,2}? shortlist me\b",
    r"\b(?:comfortable|happy|willing|able|mind|consider|considering|about) putting my name (?:forward|in)\b",
    r"\byour (?:support|backing|endorsement) (?:of|for) my (?:application|candidacy|candidature)\b"
    + _NOT_TO_A_COURSE,
    r"\bapplication (?:for|to) (?:the|your|a|an) (?:[\w'’-]+ ){0,3}?"
    + _JOBN
    + r"\b[^.?!\n]{0,80}?\b(?:take a (?:quick )?look at|look at|look over|glance at|consider|support|back)"
    r" (?:it|them)\b",
    # The third author (dy): "would you be comfortable forwarding it to the partner who is hiring for the associate
    # opening?", "I hope you might recommend me." (a bare "recommend me" closing the clause: for the post just named).
    r"\b(?:pass|forward|send|hand|share|get|circulate|submit|mention|show)(?:ing)? (?:it|this|them|these"
    r"|my (?:\w+ )?\w+)(?: along| on| over| forward)? to (?:the|your|a) (?:[\w'’-]+ ){1,2}?(?:who|that)"
    r"(?:'s| is| are| will be| would be)? (?:\w+ ){0,2}?(?:hiring|recruiting)\b",
    r"\b(?:you|please)(?: [\w'’]+){0,2}? recommend me\s*(?:[.!?;]|$)",
    # The fourth author (ef): "let me know when the next learning officer vacancy is advertised, so that I might
    # apply", "please tell me first so I can get my application in before it's advertised".
    r"\b(?:let me know|tell me|inform me|notify me|alert me|warn me|give me a heads-up)\b[^.?!\n]{0,80}?\bso (?:that )?"
    r"i (?:can|could|might|may) (?:apply|get (?:my|an) application in|put (?:in )?(?:my|an) application|submit)\b",
    # "I'd even do unpaid shifts in your test kitchen if you'd have me" (not a visit: "I'd love to observe a
    # session, if you'd have me").
    r"\b(?:shifts?|trial|internship|placement|work experience|contract)\b[^.?!\n]{0,60}?\bif you(?:'d|’d| would|'ll"
    r"|’ll| will)? have me\b",
    # "if there is any possibility of an internship at Lund Timber Studio, I would be most grateful for your
    # consideration".
    r"\b" + _JOBN + r"\b[^.?!\n]{0,80}?\b(?:grateful for|appreciate|welcome|thank you for) your (?:kind )?"
    r"consideration\b",
    # "If you have any freelance contract coming, please think of me", "If there's ever a contract going in
    # planning, I'd love a shot at it".
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,80}?\b(?:contracts?|roles?|jobs?|openings?|positions?|vacanc(?:y|ies)"
    r"|gigs?|posts?|freelance|shifts?|placements?|internships?)\b[^.?!\n]{0,60}?\b(?:(?:please |do )?think of me"
    r"|remember me|(?:a shot|a crack|a go|first dibs) at (?:it|them|that))\b",
    # "Keep my number handy in case you need an extra pair of hands on site".
    r"\bin case you (?:ever )?need an? (?:extra |spare |second )?pair of hands\b",
    # The fifth author (ek): "would you keep it on file for when the kitchen is next hiring", "is there any chance of
    # picking up bank shifts with you", "A placement at Calder Structures while I complete my chartership would mean
    # a great deal to me", "consider supporting a secondment for me into your unit", "If you're taking anyone on I'd
    # be glad to work for you again", "you might take me back for a few days a week", "If anything comes up in your
    # analytics team, please keep me in the loop".
    r"\b(?:you|please|kindly)(?: [\w'’]+){0,2}? keep (?:it|them|this|my (?:cv|resume|résumé|details|application"
    r"|portfolio)) on (?:file|record)\b",
    r"\b(?:picking up|pick up|getting|get|doing|do|working) (?:some |a few |any |the odd )?(?:bank |locum |extra "
    r"|relief |agency |weekend |night |casual )?shifts (?:with|for|at|on) (?:you|your)\b",
    r"\b(?:a|an) (?:[\w'’-]+ ){0,2}?(?:placement|internship|job|role|position|post|secondment|trial|apprenticeship)"
    r" (?:at|with) [^.?!\n]{0,80}?\bwould mean (?:a great deal|a lot|so much|the world|everything)\b",
    r"\b(?:support|supporting|arrange|arranging|sponsor|sponsoring|approve|approving|back|backing) (?:a|my)"
    r" secondment\b",
    # (Not "what producers look for when they take someone on from news": how hiring works.)
    r"\bwork for you again\b",
    r"\b(?:take|have) me back\b(?! to\b)",
    r"\b(?:if|when|should|whenever)\b[^.?!\n]{0,80}?\b(?:(?:comes?|opens?) up (?:in|on|at|within) your"
    r"|openings?|vacanc(?:y|ies)|roles?|positions?|jobs?)\b[^.?!\n]{0,60}?\bkeep me (?:in the loop|posted|informed)\b",
    # The sixth author (eo), a LinkedIn message and a cover letter: "if your team has anything in the pipeline for
    # researchers, I'd love to be in the mix for it", "hop on a call about roles on your team", "Is anything open
    # for a junior geologist at Banksia Water Consulting at the moment?", "would you be open to me joining the red
    # team", "discuss my suitability for a trainee position", "discuss how I might contribute in an analyst role".
    r"\b(?:be|being|get|getting|put me|keep me) in the mix\b",
    r"\b(?:call|chat|conversation|talk|discuss\w*) about (?:any )?(?:roles?|openings?|positions?|vacanc(?:y|ies)|jobs?"
    r"|opportunit(?:y|ies)) (?:on|in|at|with|within) your (?:[\w-]+ ){0,2}?(?:team|group|unit|department|company|firm"
    r"|studio|lab|organi[sz]ation|side|practice)\b",
    r"\b(?:is|are) (?:there )?(?:anything|something|any roles?|any positions?|any spots?) (?:open|going|available)"
    r" for (?:a|an|someone|me)\b",
    r"\bme joining (?:the|your) (?:[\w-]+ ){0,3}?(?:team|group|unit|department|company|firm|studio|lab|practice"
    r"|crew)\b",
    r"\b(?:discuss|explore|talk about) (?:my|your view of my) (?:suitability|fit|candidacy|application)\b"
    r"|\bmy suitability for (?:a|an|the|any|your) \w+",
    r"\bhow i (?:might|could|can|would) (?:contribute|fit|help) (?:in|as) (?:a|an|the|your) (?:[\w-]+ ){0,2}?(?:role"
    r"|position|post|job)\b",
    # The seventh author (eq): academia, the trades, creative freelancers. "whether you would consider taking me into
    # your lab as a doctoral student", "consider commissioning me for your next appeal", "commissioning a feature
    # from me, so I could finally get a byline in your section", "adding me to the roster of illustrators", "add me
    # to your list of session players", "consider my play for a slot in the next season", "If you're building the
    # animation team, I'd really love to be part of it", "is there any work going at the shop", "If you're ever
    # short a pair of hands in the kitchen, just say the word; I can do weekends".
    r"\b(?<!for )tak(?:e|ing) me (?:into|in to|onto|on to) your (?:[\w-]+ ){0,2}?(?:lab|laboratory|group|team|studio"
    r"|kitchen|crew|practice|company|firm)\b",
    r"\b(?:consider|considering|you|please) (?:\w+ )?(?:commission|commissioning|booking|casting) me\b"
    r"|\bcommission(?:ing)? (?:a (?:[\w-]+ ){0,2}?)?(?:feature|piece|article|story|illustration|track|score|column)"
    r" from me\b|\ba byline in your\b",
    # (Not a list of readers: "add me to the circulation list for the briefings".)
    r"\badd(?:ing)? me to (?:the|your) (?:[\w-]+ ){0,2}?(?:roster|pool|books|bench|rota)\b"
    r"|\badd(?:ing)? me to (?:the|your) list of (?:[\w-]+ ){0,2}?(?:players|musicians|freelancers|illustrators"
    r"|contractors|locums|suppliers|writers|translators|photographers|designers|editors|tutors|staff|temps"
    r"|candidates)\b",
    r"\bconsider (?:me|my (?:[\w-]+ ){1,2}?)for (?:a|the) (?:slot|spot|place|role|part|commission)\b",
    r"\b(?:if|when|as) you(?:'re|’re| are) (?:building|staffing|assembling|putting together|growing|expanding)"
    r" (?:the|your|a|an) (?:[\w-]+ ){0,2}?(?:team|crew|cast|department|group)\b[^.?!\n]{0,60}?\b(?:be (?:a )?part"
    r" of it|count me in|join (?:it|you|them))\b",
    r"\b(?:is there|have you got|do you have|got) any (?:work|shifts|jobs?|hours) (?:going(?! on\b)|available"
    r"|on offer)\b",
    r"\bshort (?:of )?a pair of hands\b[^.?!\n]{0,80}?\b(?:say the word|count me in|give me a (?:shout|call|ring)"
    r"|i can (?:do|work|start|come))\b",
    # The eighth author (eu): the company's own hiring machinery, and a job asked as a question of fit. "do you think I
    # would be a fit for it?" (the role advertised), "Would I be the sort of candidate you would shortlist for it?",
    # "Would your team look at a career changer like me for it?", "consider someone like me, with a restaurant
    # background rather than a factory one, for that opening", "submit my name internally", "could you tag me on it
    # so the recruiter picks me up?", "would you be willing to back me if I did?", "Would I suit it, and could I be
    # considered?".
    r"\b" + _JOBN + r"\b[^.?!\n]{0,120}?\bi(?:'d|’d| would)? be (?:a (?:good |strong |real )?fit|suitable|a (?:good "
    r"|strong )?match) for (?:it|that one)\b",
    r"\bthe (?:sort|kind|type) of (?:candidate|person|applicant) (?:you|your team) (?:would|might|could) (?:shortlist"
    r"|consider|interview|hire|take on)\b",
    r"\b(?:look at|consider|see|take) (?:a |an )?(?:[\w-]+ ){0,2}?(?:like me|such as me)(?:, [^,.?!\n]{1,80},)? for"
    r" (?:it|that|this|the (?:[\w-]+ ){0,3}?(?:" + _JOBN + r"|scheme|programme|intake))\b",
    r"\b(?:submit|put|refer|recommend|forward|pass)(?:ting|ing)? (?:my name|me|my cv|my resume|my application)"
    r" (?:forward )?internally\b",
    r"\btag me (?:on|in) (?:it|the (?:requisition|req|role|posting|opening))\b",
    r"\b(?:back|support|vouch for|endorse) me if i (?:did|do|apply|applied)\b",
    r"\b(?:could|can|might|may) i be considered\b",
    # The ninth author (ey), non-native writers: "arrange a job for me in your sourcing department", "give me a chance
    # in your esteemed organisation", "take me into your R&D team on any post", "help me to get employment in your
    # organisation", "Is there any possibility to work under you in the new group?", "If there is a place for me
    # there, please remember me."
    r"\b(?:arrange|find|get|organi[sz]e|fix) (?:a |any |some )?(?:job|post|position|role|placement|work|employment)"
    r" for me\b",
    r"\bgive me a (?:chance|opportunity|break|start) (?:in|at|with|to work (?:in|at|with|for)) your\b",
    r"\btak(?:e|ing) me (?:into|in to|onto|on to) your (?:[\w&-]+ ){0,2}?(?:team|group|unit|department|company)\b"
    r" on (?:any|a|some) (?:post|position|role|basis)\b",
    r"\bhelp me (?:to )?(?:get|find|secure|obtain) (?:an? |some )?(?:employment|job|work|position|post|placement)"
    r" (?:in|at|with) your\b",
    r"\b(?:possibility|chance|opportunity|possible) (?:to|for me to|of) (?:work|working) (?:under|for) you\b",
    # (Not a seat at an event: "If there is a place for me at the workshop, I would love to attend".)
    r"\bif there is (?:a|any) (?:place|spot|role|position|post|job|opening|vacancy) for me(?= there\b|,|\.| in your"
    r" (?:team|company|firm|branch|office|department|group|organi[sz]ation)\b)",
    # The tenth author (fd): the reader's hiring asked about with the writer as the candidate. "is there anything open
    # on your research team ... that I could apply for?", "an opening that someone with my experience might fill",
    # "I'd love to put my hat in the ring", "I'd love to join the next cohort if there's room", "Are you growing the
    # team this year, and if so, could I be part of it?", "might there be room for me on the product side?".
    r"\b(?:anything|something|a role|a position|an opening|any roles?|any openings?) (?:open )?(?:on|in|at|with) your"
    r" (?:[\w-]+ ){0,3}?(?:team|group|company|firm|department|studio|lab)\b[^.?!\n]{0,60}?\bi (?:could|can|might)"
    r" apply\b",
    r"\b(?:openings?|vacanc(?:y|ies)|roles?|positions?|posts?|jobs?) (?:that|which) (?:someone (?:with|like) (?:my|me)"
    r"(?: \w+)?|i|a person like me) (?:might|could|can|would) fill\b",
    r"\b(?:throw|put|toss|get|cast)(?:ing)? my hat (?:in|into) the ring\b",
    r"\b(?:join|be part of|be in) the (?:next )?(?:cohort|intake|class|scheme|programme|program)\b[^.?!\n]{0,30}?\bif"
    r" there(?:'s|’s| is) (?:room|space|a place)\b",
    r"\bif so,? (?:could|can|might|may) i (?:be (?:a )?part of it|join (?:you|it|them))\b",
    # (Not a seat: "Would there be room for me on the weekend subtitling workshop you're running in May?")
    r"\b(?:might|could|would|is) there be (?:any )?room for me(?=\?| on (?:the|your) (?:[\w-]+ )?(?:side|team|crew"
    r"|staff|books|payroll)\b| in your (?:team|group|company|firm|department|studio)\b)",
    # The eleventh author (fk): work asked for inside news (a move, a visa granted, a contract ended). "my work visa
    # has just been approved, so I am available to start with your revenue team", "happy to cover classes for you in
    # a paid capacity", "If a territory opens up on your team, I'd jump at the chance", "I'd welcome the chance to
    # cover some locum sessions", "If Fieldhouse Live needs extra coordinators ..., I'd love to be on your list", "If
    # The Northern Ledger is commissioning freelancers on the business pages, I'd be very glad to pitch in".
    r"\b(?:available|free|ready|able) to (?:start|begin) (?:work )?(?:with|at|on|in) your\b",
    r"\b(?:cover|help|support|work|join|contribute|assist|pitch in|teach|step in)\b[^.?!\n]{0,50}?\bin a paid"
    r" (?:capacity|role|position)\b",
    r"\bif (?:a|an|any|anything|something)\b[^.?!\n]{0,40}?\b(?:opens|opens up|comes up|becomes available|frees up"
    r"|comes free) (?:on|in|at|with) your\b[^.?!\n]{0,80}?\b(?:i'd|i’d|i would|i'll|i’ll|i will|i'm|i’m|i am"
    r"|let me know)\b",
    r"\b(?:i(?:'d|’d| would)|be) (?:[\w’'-]+ ){0,5}?to cover (?:some |a few |any |the odd |occasional )?(?:locum |bank"
    r" |relief |weekend |evening |supply )?(?:sessions|shifts|classes|lessons)\b",
    r"\bif\b[^.?!\n]{0,80}?\bneeds? (?:extra |more |additional |any |some )?[\w-]+\b[^.?!\n]{0,60}?\bbe on your"
    r" (?:list|books|roster|rota)\b",
    r"\bif (?:your company|you|your [\w-]+(?: [\w-]+)?)(?: is| are|'re|’re|'s|’s) (?:\w+ )?(?:commissioning|hiring"
    r"|recruiting|taking on|looking for|in need of|short of) (?:[\w-]+ ){0,2}?(?:freelancers?|contractors?|writers?"
    r"|coordinators?|staff|people|hands|help|cover|temps?|locums?)\b[^.?!\n]{0,60}?\b(?:i'd|i’d|i would|i'll|i’ll"
    r"|i will|i'm|i’m|i am)\b",
    # The twelfth author (fn): students asking for an internship, a placement or work experience. "is there any chance
    # your team could use an extra pair of hands as a summer intern?", "whether your department would accept me as a
    # summer student", "I'd love to come back to Pinecone Health as an intern", "any work experience you could offer
    # me", "Any chance I could get some work experience as a runner", "pass my name to whoever runs your internship
    # programme", "to do my foundation training year with your team", "I have an elective placement to arrange, and
    # I'd love to spend it with you", "Could I also apply through you", "If your team takes on interns again, I'd
    # really love to be one of them".
    r"\b(?:accept|take|have|take on|bring|use|need|want) (?:me|an extra pair of hands|a pair of hands|another pair of"
    r" hands) (?:on )?as (?:a|an|your) (?:[\w-]+ ){0,2}?(?:intern|trainee|apprentice|student|runner|assistant)\b",
    r"\b(?:i'd|i’d|i would) (?:really |so |very much |also )?(?:love|like|be glad|be happy|welcome the chance) to"
    r" (?:come back|return|join|be|work|start)\b[^.?!\n]{0,60}?\bas (?:a|an|your) (?:[\w-]+ ){0,2}?(?:intern"
    r"|trainee|apprentice|placement student|summer student)\b",
    r"\b(?:any|some) work experience (?:you|your (?:[\w-]+ )?team|the (?:unit|team|ward|studio|office|lab))"
    r" (?:could|can|might|would be able to) offer\b",
    r"\bi (?:could|might|can) (?:get|gain|do|have) (?:some |any |a bit of )?work experience (?:as|with|at|in|on)\b",
    r"\b(?:pass|forward|send|give) my (?:name|cv|details|resume|portfolio) (?:on )?to (?:whoever|the person|someone)"
    r" (?:who )?(?:runs|handles|manages|leads|organises|organizes|coordinates) (?:your|the) (?:[\w-]+ )?(?:internship"
    r"|placement|graduate|trainee|recruitment|hiring|work experience)",
    r"\b(?:do|spend|complete|undertake) my (?:[\w-]+ ){0,2}?(?:year|placement|internship|elective|rotation|term"
    r"|co-op|residency) (?:with|at|in|on) (?:you|your)\b",
    r"\b(?:placement|elective|internship|year in industry|industrial year)\b[^.?!\n]{0,40}?\b(?:spend|do) it"
    r" (?:with|at) (?:you|your)\b",
    r"\bapply (?:through|via) you\b",
    r"\b(?:takes on|hires|recruits|takes|has) (?:interns|trainees|apprentices|placement students|summer students"
    r"|graduates)\b[^.?!\n]{0,40}?\b(?:i'd|i’d|i would) (?:\w+ )?(?:love|like|be glad|be happy) to be one\b",
    # The thirteenth (fr): the post asked for through the referrer's words. "she encouraged me to ask you directly
    # whether I could be added to it" (the shortlist), "whether you might bring me in on that engagement", "Marta
    # also thought I might be a good fit for the role you're hiring for, so I'd love to talk about that too".
    r"\bshortlist\b[^.?!\n]{0,100}?\b(?:be added to|be included (?:on|in)|be put on|add me to|include me (?:on|in)"
    r"|put me on)\b",
    r"\bbring me (?:in on|on board (?:for|on)|onto|in to|into) (?:that|the|this|your) (?:[\w-]+ ){0,2}?(?:engagement"
    r"|project|contract|migration|programme|program|work|team|job|assignment|brief)\b",
    r"\b(?:thought|thinks|said|felt|feels|believes?|believed|mentioned|suggested) (?:that )?i (?:might|would|could|may)"
    r" be a (?:good |great |strong |natural |real )?fit for (?:the|a|this|that|your|one of your) (?:[\w-]+ ){0,2}?"
    r"(?:role|roles|position|positions|post|posts|opening|openings|vacancy|vacancies|job|jobs)\b"
    r"(?![^.?!\n]{0,40}?\b(?:but|though|although)\b)",
    # The fourteenth (fv): practical next steps of applying to the reader's organisation, the writer the applicant.
    # "what would it take for me to land an interview with your team", "flagging my showreel to your recruiter", "who
    # at Halvorsen Structures my CV should go to ..., so that I can apply", "who should I address my application
    # to?", "someone on your team I could send a speculative application to", "so that I can make sure my application
    # is in on time", "how I should go about applying to you", "send my portfolio straight to you".
    r"\b(?:land|get|secure|win) an interview (?:with|at|for) (?:your|you)\b",
    r"\b(?:flag|flagging|pass|passing|forward|forwarding|mention|mentioning|send|sending|put|putting) my (?:[\w-]+ )?"
    r"(?:showreel|portfolio|cv|resume|résumé|application|name|profile|details) (?:on )?to your (?:[\w-]+ )?"
    r"(?:recruiter|recruiters|hiring|talent|hr|recruitment|people team)\b",
    r"\bwho\b[^.?!\n]{0,40}?\bmy (?:cv|resume|résumé|application|portfolio|showreel)s? (?:should|could|ought to|might)"
    r" (?:go|be sent|be addressed)\b",
    r"\bwho (?:should|could|can|do|would) i (?:address|send|give|direct) my (?:[\w-]+ )?(?:cv|resume|résumé"
    r"|application|portfolio)\b",
    r"\b(?:someone|anyone|somebody|a person)\b[^.?!\n]{0,60}?\bi (?:could|can|might|should) (?:send|address|give"
    r"|direct|forward) (?:a |my |an )?(?:[\w-]+ )?(?:application|cv|resume|portfolio)\b",
    # (A post or hiring named first: not "send me those reviewer sign-up links ... so I can apply before the weekend",
    # eg07; nor "so that I can apply what I learn": applying knowledge.)
    r"\b(?:hire|hiring|intake|role|post|position|opening|vacancy|vacancies|fellowship|internship|scheme|job|recruits?"
    r"|recruiting|recruitment|cv|resume)\b[^.?!\n]{0,120}?\bso (?:that )?i can (?:make sure (?:that )?)?"
    r"(?:my application is in|apply(?=[ \t]*(?:[.,;:!?]|$|to\b|for\b|there\b|in time\b|on time\b|properly\b"
    r"|directly\b|early\b|now\b|when\b|before\b))" + _NOT_TO_A_COURSE
    + r"|submit (?:my|an) application" + _NOT_TO_A_COURSE + r"|put myself forward|get my application in)\b",
    r"\bhow (?:i|should i) (?:should |could |might )?(?:go about )?apply(?:ing)? (?:to|with) (?:you|your)\b",
    r"\bsend (?:my|the) (?:[\w-]+ )?(?:portfolio|cv|resume|application|showreel) (?:straight|directly) to you\b",
    # The fifteenth (fz): the writer's value or free work offered in place of asking. "I am confident I could add real
    # value to it; I would welcome the chance to show you what I can do", "I would love to bring my submissions
    # experience to your team", "happy to spend a trial week at your practice at no cost, so that you could see what
    # I am able to do", "rewrite a handful of the Pebble Health onboarding screens for free", "take some overflow
    # files off your hands then and prove myself", "if you ever gave me a seat at that table, I'm sure I could show
    # you results", "to demonstrate what I could contribute to your team", "you could give me a small piece of audio
    # work ... and judge from that whether I would fit in with your team", "a shot at a permanent place with you".
    r"\b(?:i|i'm sure i|i’m sure i|i am sure i|i'm confident i|i’m confident i|i am confident i) (?:could|can|would)"
    r" add (?:real |some |genuine |a lot of |great |significant )?(?:value|something) to\b",
    r"\bshow you what i (?:can|could|am able to|'m able to|’m able to) (?:do|offer|bring|contribute)\b",
    r"\bbring my (?:[\w-]+ ){0,2}?(?:skills|experience|expertise|talents|energy|background|knowledge) to your"
    r" (?:[\w-]+ ){0,2}?(?:team|company|studio|group|firm|practice|desk|lab|organisation|organization|department"
    r"|newsroom|clinic|agency)\b",
    r"\bi(?:'d|’d| would| should| could)? (?:be |very |also |really |more than )*(?:happy|glad|willing|gladly|happily)"
    r"\b[^.?!\n]{0,30}?\b(?:do|work|rewrite|write|paint|illustrate|translate|design|build|cover|put in|spend|take"
    r"|run|handle|review|edit|code|draft|shoot|photograph|test|pitch in)\b[^.?!\n]{0,80}?\b(?:for free|free of"
    r" charge|without charge|at no cost|without pay|unpaid|pro bono)\b",
    r"\byour\b[^.?!\n]{0,100}?\bprove (?:myself|my worth|my value|i deserve|i can|i'm worth|i’m worth|i am worth)\b",
    r"\bif you (?:ever |were to )?(?:gave|give) me (?:a|the) (?:seat|chance|shot|go|try|trial)\b[^.?!\n]{0,60}?"
    r"\b(?:i'm sure|i’m sure|i am sure|i'd|i’d|i would|i could|i'll|i’ll|i will)\b",
    r"\bdemonstrate what i (?:could|can|would) (?:contribute|bring|do|offer)\b",
    r"\bwhether i (?:would|could|might) fit in (?:with|at|on) your\b",
    r"\ba (?:shot|chance) at a (?:permanent |paid |full-time |part-time )?(?:place|position|role|post|job|spot)\b",
    # The sixteenth (gd): the reader's network asked to find the writer a post. "whether you are aware of anyone
    # currently recruiting field agronomists", "if you know anyone in your network who is building a compliance team",
    # "whether any of the practices you know happen to be looking for a part-qualified architect", "If anyone in your
    # circle is hiring junior sound designers", "a data engineering vacancy through the people you know", "passing it
    # along to people at other labs who are recruiting", "let your contacts in security teams know that I am looking
    # for an analyst position", "recommend me to your contacts at other hotel groups", "agencies that might take on an
    # in-house translator ... mention me to them", "Should a contact of yours elsewhere be looking to take on a
    # paralegal", "Would you ask around among your editor friends for me, in case any of them have a reporting job".
    r"\b(?:know|aware) (?:of )?(?:anyone|anybody|someone)\b[^.?!\n]{0,40}?\b(?:recruiting|hiring|taking on|in need of"
    r"|looking for (?:an? )?(?:junior |new |trainee )?[\w-]+(?<!advice)(?<!help)\b"
    r"|building (?:a|an|the|their) (?:[\w-]+ )?team)",
    r"\b(?:any|one|some) of the (?:[\w-]+ )?(?:practices|firms|companies|agencies|studios|teams|labs|groups|schools"
    r"|hospitals|clinics|organisations|organizations) you know\b[^.?!\n]{0,30}?\b(?:looking for|hiring|recruiting"
    r"|taking on)\b",
    r"\b(?:anyone|anybody|someone|people) (?:in|among|from) your (?:circle|network|contacts|world|friends)\b"
    r"[^.?!\n]{0,30}?\b(?:hiring|recruiting|looking for|taking on)\b",
    r"\b(?:vacancy|vacancies|opening|openings|role|roles|post|posts|position|positions|job|jobs|anything)\b"
    r"[^.?!\n]{0,50}?\b(?:through|among|from|via) (?:(?:the )?people you know|your (?:contacts|network|circle|friends"
    r"|colleagues|editor friends))\b",
    r"\b(?:pass|passing|share|sharing|forward|forwarding|send|sending|circulate|circulating) (?:it|my cv|my details"
    r"|my name|my resume|my profile)(?: along| on)? (?:to|with) (?:people|anyone|contacts|colleagues|friends|them)\b"
    r"[^.?!\n]{0,40}?\b(?:recruiting|hiring|looking for|building)\b",
    r"\blet (?:your|any of your) (?:contacts|network|colleagues|friends)\b[^.?!\n]{0,40}?\bknow (?:that )?i(?:'m|’m"
    r"| am) (?:looking|searching|available)\b",
    r"\brecommend me to your (?:contacts|network|colleagues|friends)\b",
    r"\b(?:take on|hiring|recruiting|looking for)\b[^.?!\n]{0,90}?\b(?:mention|recommend|put) me (?:to|forward to)"
    r" them\b",
    r"\b(?:contact|colleague|friend) of yours\b[^.?!\n]{0,40}?\b(?:looking to take on|hiring|recruiting|looking for a"
    r" (?:junior |new )?[\w-]+(?<!advice))\b",
    r"\bask around\b[^.?!\n]{0,90}?\b(?:job|role|post|position|opening|vacanc)",
    # The seventeenth (gh), in direct messages: "any chance you'd pass my name along to whoever is running it?", "May I
    # also send you my CV for the trainee position Brandt & Vogel recently advertised?", "is there any space on the
    # features desk ... for a junior sub-editor?", "are you crewing up for anything soon?", "Do you know if the studio
    # has any junior designer openings coming up?", "Would you mind flagging my application to the hiring team?", "Any
    # chance you'll be taking on another farm assistant once I finish?".
    # (Not to whoever teaches: "could you forward my details to whoever leads clinical education at the centre?", pl.)
    r"\b(?:pass|send|forward) my (?:name|cv|resume|details) (?:along |on )?to whoever\b(?! (?:leads|runs|heads|manages"
    r"|coordinates|organises|organizes|is in charge of) (?:the |your )?(?:clinical |continuing |professional )?"
    r"(?:education|training|teaching|mentoring|outreach)\b)",
    r"\b(?:send|forward|share|pass) (?:you )?my (?:cv|resume|résumé|application|portfolio) for (?:the|your|this|that)"
    r" (?:[\w&-]+ ){0,4}?(?:position|role|post|vacancy|opening|job|internship)\b",
    r"\b(?:space|room|place|spot) on (?:the|your) (?:[\w-]+ ){0,2}?(?:desk|team|crew|staff|books)\b[^.?!\n]{0,40}?"
    r"\bfor a\b",
    r"\bare you (?:crewing up|staffing up|building (?:a|the|your) (?:crew|team)|taking people on)\b",
    r"\bany (?:[\w-]+ ){0,3}?(?:openings|vacancies|roles|positions|posts|jobs) coming up\b(?=[^.!\n]{0,40}\?)",
    r"\bflag(?:ging)? my (?:application|cv|resume|name|profile|portfolio) (?:to|with|for) (?:the|your)\b",
    r"\b(?:taking on|take on|hiring|recruiting) (?:another|an extra|a second|one more) (?:[\w-]+ ){0,2}?[\w-]+"
    r"\b[^.?!\n]{0,40}?\b(?:once i|when i|after i)\b",
    # The eighteenth (gl): the reader congratulated, then asked for a place in what they build. "you are assembling a
    # new learning team, and I would be thrilled to be part of it", "I would love to come back, this time as a
    # full-time architectural assistant", "might I put myself forward for it?", "If you're still filling out the
    # brigade, I'd love to come and cook for you", "When you're ready to bring people onto the content team, I'd love
    # a spot on it".
    r"\b(?:assembling|building|staffing|putting together|growing|expanding|forming) (?:a |an |the |your )?(?:new )?"
    r"(?:[\w-]+ ){0,2}?team\b[^.?!\n]{0,60}?\b(?:be|become) (?:a )?part of it\b",
    r"\b(?:i'd|i’d|i would) (?:really |so |very much |also )?(?:love|like|be glad|be happy) to (?:come back|return)\b"
    r"[^.?!\n]{0,40}?\bas (?:a|an|your) (?:[\w-]+ ){0,2}?(?:assistant|associate|analyst|engineer|designer|nurse"
    r"|developer|researcher|chef|cook|teacher|employee|hire|member of staff)\b",
    r"\b(?:might|may|could|can) i put myself forward\b",
    r"\b(?:filling out|staffing|building out|filling) (?:the|your) (?:[\w-]+ )?(?:brigade|team|crew|kitchen|roster"
    r"|rota|staff)\b[^.?!\n]{0,60}?\b(?:i'd|i’d|i would) (?:love|like|be glad|be happy)\b",
    r"\b(?:i'd|i’d|i would) (?:love|like|welcome|be glad of) a (?:spot|place|seat|role|position) on it\b",
    # The nineteenth (gp), in academia: "refer me to whoever is recruiting for the research fellow role", "If you are
    # recruiting field assistants for the project's next excavation season, I would really love to join the team", "I
    # would be honoured if you would consider supervising me in your group" (a doctoral place), "Is there any chance
    # you'll need a research assistant when it gets going? I'd love to come back and be part of it".
    r"\brefer me to (?:whoever|the person|the people|someone|anyone|those)(?: who)?(?: is| are|'s|’s)? (?:recruiting"
    r"|hiring|taking on|in charge of (?:hiring|recruiting|recruitment))\b",
    r"\b(?:if|when|should|whenever) (?:you|your (?:[\w-]+ )?(?:team|group|lab|project|department))(?: are| is|'re|’re)?"
    r" (?:recruiting|hiring|taking on|looking for)\b[^.?!\n]{0,80}?\b(?:i(?:'d|’d| would)|i(?:'ll|’ll| will))"
    r" (?:really |so |very much |also )?(?:love|like|be glad|be happy|be keen|be thrilled|be delighted|jump at)\b"
    r"(?! to (?:hear|know|learn|understand|ask|talk|chat|speak|get your|have your)\b)",
    # (Not thanks for the past: "Thank you for supervising me", "the time you spent supervising me".)
    r"\b(?:(?:would|could|will|might|can) you\b[^.?!\n]{0,30}?\b|(?<!were )(?<!was )(?:consider|considering|willing to"
    r"|able to|open to|agree to|agreeing to|happy to|keen to) )supervis(?:e|ing) (?:me|my (?:phd|doctorate|doctoral"
    r"|thesis|dissertation))\b",
    r"\b(?:(?:will|would|might|do|does) (?:you|your (?:[\w-]+ )?(?:team|group|lab|project))|you(?:'ll|’ll| will|'d|’d"
    r"| would)?) (?:need|want|be needing|be looking for) (?:a|an|another|any|more|extra|some) (?:[\w-]+ ){0,2}?"
    + _ROLE + r"\b(?=[^.!\n]*\?)",
    r"\b(?:come back|return) (?:and|to) (?:be (?:a )?part of|join) (?:it|the team|your team|the group|your group|the"
    r" lab|your lab|the project)\b",
    # The twentieth (gs), by senior people: a board seat, an interim or fractional post, a paid engagement. "I would
    # welcome the chance to join your advisory board", "I would also be glad to be invited onto ClassPilot's advisory
    # board", "sit with the Aurora Minerals board as an observer ... with a view to joining as a director", "I would
    # be grateful if my interest could be passed to the search committee, and I would be glad to serve", "If so, I
    # should be grateful to be appointed", "I would be grateful to be added to your shortlist", "I could step in as
    # interim CFO", "I would be delighted to serve as your fractional marketing lead", "I'd be glad to take on a
    # retained advisory role", "If you need someone to run a piece of the programme on a consulting basis, I would be
    # very pleased to be engaged".
    r"\bi(?:'d|’d| would| should| will|'ll|’ll| am|'m|’m) (?:[\w-]+ ){0,3}?(?:welcome|love|like|relish|be glad|be happy"
    r"|be delighted|be pleased|be willing|be keen|be honou?red|be grateful)\b"
    r"(?! to (?:hear|know|learn|understand|ask|talk|chat|speak|discuss)\b)[^.?!\n]{0,40}?\b(?:to (?:join|sit on"
    r"|sit with|serve on|be invited onto|be invited on to|be appointed to|be added to|come onto|come on to)|the chance"
    r" to (?:join|sit|serve))\b[^.?!\n]{0,50}?\b(?:board|panel|council|governing body|committee|trustees)\b",
    r"\bwith a view to (?:joining|becoming|being appointed|taking (?:up )?a seat)\b[^.?!\n]{0,30}?\b(?:director"
    r"|trustee|governor|partner|member|board)\b",
    r"\bmy (?:interest|name|cv|details|application) (?:could|might|can|would|may) be (?:passed|put|forwarded|sent"
    r"|mentioned) (?:on )?to (?:the|your) (?:search|nominations?|selection|appointments?|recruitment|hiring)"
    r" (?:committee|panel|team|firm|consultants?)\b",
    r"\bi(?:'d|’d| would| should) (?:also )?be (?:very )?(?:glad|happy|delighted|pleased|honou?red|willing) to serve"
    r"(?=[.,;!]| on (?:the|your|its)\b| as (?:a |an |your )?(?:governor|trustee|director|member|non-executive|chair))",
    r"\b(?:grateful|glad|happy|delighted|pleased|honou?red|keen|eager|willing) to be (?:appointed|shortlisted"
    r"|nominated|co-opted|engaged|retained)\b",
    r"\b(?:added|put|placed) (?:on|to) (?:your|the) (?:shortlist|longlist|short list|long list|candidate list|list of"
    r" candidates)\b",
    r"\bi (?:could|can|would|'d|’d|will|'ll|’ll|am|'m|’m)\b[^.?!\n]{0,60}?\bas (?:your |an? |the )?"
    r"(?:interim|fractional|part-time|acting|caretaker|stand-in) (?:[\w-]+ ){0,2}?(?:cfo|ceo|coo|cmo|cto|cio|cpo"
    r"|chief executive|chief [\w-]+"
    r" officer|managing director|md|director|head|lead|chair|manager|partner|gm|general manager)\b",
    r"\b(?:take on|fill|play|accept|serve in|hold) (?:a|an|the) (?:retained|paid|formal|part-time|non-executive"
    r"|advisory|consulting|fractional|interim) (?:[\w-]+ )?(?:role|post|position|engagement|arrangement|seat)\b",
    # (Not the writer's own plan: "I am now planning my return, ideally on a part-time basis".)
    r"\bi(?:'d|’d| would| could| can| will)\b[^.?!\n]{0,80}?\bon a (?:consulting|retained|fractional|freelance|paid"
    r"|interim) basis\b|\bon a (?:consulting|retained|fractional|freelance|paid|interim) basis\b[^.?!\n]{0,80}?"
    # (Not the writer's own work, then an aim: "I caption webinars on a freelance basis, and I'd like to move into live
    # broadcast captioning", ma.)
    r"\bi(?:'d|’d| would| could| can| will)\b"
    r"(?! (?:really )?(?:like|love) to (?:move|learn|hear|understand|know|explore|transition|get into|find out|grow"
    r"|develop|specialise|specialize)\b)",
    # The twenty-first (gx), in hospitality, retail and the trades: "consider having me for a stage in your kitchen", "I
    # would be glad to take on subcontract jobs for you", "is there any weekend work going at Kaye Timber & Hardware at
    # all?", "might there be a place for me behind your counter?", "I'd be more than happy to pick up a few shifts
    # behind your bar", "if any of your stores need cover work, I'm free", "if you'd ever think about taking on an
    # apprentice, I would love for it to be me", "Do you have a chair available to rent in the new place?", "Could you
    # ever use me as a second van on your call-outs?", "if there are jobs you can't fit in I'd be grateful if you
    # passed them my way".
    r"\b(?:have|having|take|taking) me (?:on )?(?:for|as) (?:a |an )?(?:stage|trial|trial shift|shift|improver"
    r"|placement|season)\b|\ba stage (?:in|at|with) (?:your|the) (?:kitchen|restaurant|brigade)\b",
    r"\b(?:take on|do|pick up|handle|get|give me) (?:any |some |the )?(?:subcontract|sub-contract|subcontracted"
    r"|overflow|spare) (?:jobs|work|contracts)\b",
    r"\bany (?:weekend|evening|holiday|seasonal|casual|part-time|summer|temp|cover|extra|shift) work\b(?=[^.!\n]*\?)"
    r"|\b(?:is there|are there|have you got|do you have|got) (?:any |some )?(?:weekend|evening|holiday|seasonal"
    r"|casual|part-time|summer|temp|cover|extra|shift) work\b",
    r"\bfor me behind (?:your|the) (?:counter|bar|till|desk|chair)\b",
    r"\b(?:happy|glad|willing|able|keen|free|available|love|like) to (?:pick up|cover|take|do) (?:a few |some |any"
    r" |extra |the odd |a couple of )?(?:shifts|shift)\b",
    r"\bif any of your (?:stores|shops|sites|branches|kitchens|teams|bars|restaurants) (?:need|needs) (?:any )?cover\b"
    r"|\b(?:step in|fill in|help out) wherever you(?:'re|’re| are) short\b",
    r"\bi(?:'d|’d| would) (?:love|like|want) (?:for )?it to be me\b",
    r"\ba chair (?:available )?(?:to rent|for rent|to let)\b|\brent (?:a|the|one of your) chairs?\b",
    r"\b(?:could|would|can|might) you (?:ever |possibly |perhaps )?use me\b|\bi(?:'d|’d| would) be (?:glad|grateful"
    r"|happy) (?:of|for) the work\b",
    r"\b(?:jobs|work|clients|customers|enquiries|leads|overflow) you (?:can't|can’t|cannot|couldn't|couldn’t|won't"
    r"|won’t) (?:fit in|take on|take|handle|get to)\b",
    # The twenty-second (hb), in the public sector and development: "I would be grateful to be added to the Swedish
    # Civil Contingencies Agency's expert deployment list", "any help in securing a place on it, or ... a word with
    # whoever manages the call-down list", "I'd really like to be on Save the Children's emergency response roster",
    # "Could you include my name?", "whether your division might be able to host me on secondment", "Is there any
    # chance of a secondment into your unit?" (not "added to your mailing list", "a place on the course").
    r"\b(?:added|put|included|placed|listed|entered) (?:to|on|onto|in) (?:[\w&'’-]+ ){0,6}?(?:rosters?"
    r"|(?:deployment|standby|call-down|consultants?|consultants'|experts?|experts') list"
    r"|framework|talent pool|candidate pool|(?:register|pool) of (?:consultants|experts|trainers|assessors))\b",
    r"\bplace on (?:it|the|your|its)\b[^.?!\n]{0,80}?\b(?:call-down list|roster|framework)\b|\b(?:roster|framework)\b"
    r"[^.?!\n]{0,80}?\bplace on it\b",
    r"\b(?:like|love|hope|keen|want|glad|grateful|eager)\b[^.?!\n]{0,20}?\bto (?:be|get|go) on (?:[\w&'’-]+ ){0,6}?"
    r"(?:rosters?|deployment list|standby list|call-down list|talent"
    r" pool)\b|\binclude my (?:name|details|cv|profile)\b",
    r"\bhost me (?:on|for) (?:a )?(?:secondment|placement|attachment|internship|fellowship)\b|\b(?:any chance"
    r"|possibility|possible|room) of (?:a )?(?:secondment|placement|attachment|posting) (?:into|to|with|in|at)"
    r" (?:your|the)\b",
    # The twenty-third (hf), tucked into a subject line, a P.S. or a line under the name: "a spot in your technician
    # intake?", "any room on your design team?", "I've also linked my application for your junior security engineer
    # opening below", "I would be grateful if you kept my name in mind", "I'm keen on your development officer post",
    # "I would be grateful to be put in touch with whoever is hiring", "CV available on request", "should your group
    # ever take on engineers for research posts, I would be keen to apply", "Happy to cover roasting shifts any time
    # you're short-handed" (not "room in your diary", "a place on your mentoring programme").
    r"\b(?:a |any )?(?:spot|place|room|space|seat|opening) (?:in|on|with) your (?:[\w-]+ ){0,2}?(?:intake|team|crew"
    r"|staff|department|group|lab|desk|kitchen|brigade|roster)\b",
    r"\bmy application (?:for|to) (?:your|the) (?:[\w-]+ ){0,4}?(?:opening|role|post|position|vacancy|job)\b",
    r"\b(?:keep|kept|bear|bore) my name in mind\b",
    r"\b(?:keen on|eyeing|have my eye on|set my sights on) (?:your|the) (?:[\w-]+ ){0,3}?(?:post|position|opening"
    r"|vacancy|job)\b",
    r"\bput in touch with (?:whoever|the person|someone)(?: who)?(?: is|'s|’s)? (?:hiring|recruiting)\b",
    r"\b(?:cv|resume|résumé|portfolio)s? (?:is |are )?available on request\b",
    r"\b(?:take on|takes on|taking on|hire|hires|hiring|recruit|recruits|recruiting)\b[^.?!\n]{0,80}?\bi(?:'d|’d"
    r"| would) (?:of course |certainly |also )?(?:be )?(?:very |really )?(?:keen|glad|happy|eager|delighted|love|like)"
    r" to apply\b",
    r"\b(?:happy|glad|willing|able|keen|free|available|love|like) to (?:pick up|cover|take|do) (?:a few |some |any"
    r" |extra |the odd |a couple of )?[\w-]+ shifts\b",
    # The twenty-fourth (hj), dressed as advice about a particular opening: "a word with the person who will interview
    # for it", "any word you felt able to put in with the hiring manager", "flagging my application internally",
    # "would you be comfortable letting the recruiting manager know I'm applying?", "Could I send you my draft
    # application for that post to look over", "maybe mention my name to the team running it?", "whether you would be
    # willing to speak to the panel on my behalf", "perhaps let the editor in charge know to expect it".
    r"\ba (?:quiet |good |brief )?word with (?:the person|whoever|the people|the panel|the hiring manager"
    r"|the recruiting manager|the hiring team|someone) (?:who (?:will|is|are|would)|running|doing|handling|leading)\b"
    r"|\bword\b[^.?!\n]{0,30}?\bput in with (?:the|your)\b",
    r"\bflag(?:ging)? my (?:application|cv|resume|name|profile|portfolio) internally\b",
    r"\b(?:let|letting|tell|telling) (?:the|your) (?:recruiting|hiring) (?:manager|team|panel|lead|partner)s? know"
    r" (?:that )?i(?:'m|’m| am) (?:applying|interested|a candidate)\b"
    r"|\blet (?:[\w-]+ ){1,5}?know to expect (?:it|my)\b",
    r"\bmy (?:draft )?application for (?:that|this|the|your) (?:[\w&'’-]+ ){0,4}?(?:post|role|position|opening"
    r"|vacancy|job)\b",
    r"\bmention my name to (?:the|your|whoever|someone)\b|\bspeak (?:to|with) (?:the|your) (?:panel|hiring manager"
    r"|recruiting manager|hiring team|recruiter|selection committee)s? (?:on my behalf|for me)\b",
    # The twenty-fifth (hn), in thanks and recaps: "would be grateful for any support you felt able to give my
    # application", "would be truly grateful if you would give my application your consideration", "I would be
    # delighted to be kept in mind for that role", "if there's ever a place for a junior gameplay programmer at the
    # studio, I would jump at it", "I wondered whether you might consider me for the compliance analyst opening".
    r"\b(?:give|lend) my (?:application|candidacy|cv) (?:your|some|any) (?:consideration|support|backing|attention"
    r"|weight)\b|\b(?:support|backing)\b[^.?!\n]{0,40}?\b(?:give|lend) my application\b",
    r"\bkept in mind for (?:that|the|this|any|your) (?:[\w-]+ ){0,3}?(?:role|post|position|opening|vacancy|job)\b",
    r"\b(?:place|opening|role|post|position|vacancy|job)\b[^.?!\n]{0,80}?\bi(?:'d|’d| would) (?:jump|leap) at\b"
    r"(?! the (?:chance|opportunity) to (?:hear|learn|meet|see|talk|chat|visit|read|listen|speak|discuss|ask)\b)",
    r"\bconsider me for (?:the|that|this|your|any|an?) (?:[\w-]+ ){0,3}?(?:opening|role|post|position|vacancy|job)\b",
    # The twenty-sixth (hq, hr, hu, hx: new authors, plain English among them): "might I apply with your recommendation
    # behind me?", "I would be most grateful for your backing when the panel makes its choice", "would you be able to
    # give me a few brew-day shifts?", "should you ever need shifts covered, I would be delighted if you gave them to
    # me", "do you have a place for me at the reception?", "I hope you will keep a place on it for me", "maybe you can
    # take me for the summer in your seed bank?", "can you ask your boss if there is work for me?", "please tell your
    # manager about me", "a place on yours" (a returnship), "add me to the list of auditors you call on", "add me to
    # their bank staff list".
    r"\bapply (?:for it |for the (?:role|post|position) )?with your (?:recommendation|backing|support|endorsement"
    r"|reference|blessing)\b",
    r"\bgrateful for your (?:backing|endorsement|support|recommendation|vote) (?:when|as|with|before|at|on) the"
    r" (?:hiring |selection |interview |recruitment |appointment )?(?:panel|committee|board)\b",
    r"\bgive me (?:a few |some |any |the odd |a couple of |occasional |more )?(?:[\w-]+ ){0,2}?shifts?\b"
    r"|\bshifts?\b[^.?!\n]{0,80}?\b(?:gave|give|pass|passed|send|offer|offered|throw) (?:them|those|it|one|some|any)"
    r" (?:to me|my way)\b",
    r"\b(?:have|got|keep|hold|save|reserve|find) (?:a|any|one) (?:place|spot|seat|berth|space|bunk)(?: on it| there|"
    r" (?:on|in|at) (?:the|your) [\w-]+(?: [\w-]+)?)? for me\b(?! to\b)" + _NOT_AT_AN_EVENT,
    r"\btake me (?:on )?for the (?:summer|season|holidays|harvest|autumn|winter|spring|busy season)\b",
    r"\b(?:is there|there is|there's|there might be|any) (?:any |some )?(?:paid )?work (?:for me|i could do|going"
    r" for me)\b",
    r"\btell (?:your|the) (?:manager|boss|supervisor|director|head of [\w-]+|team lead|partner|owner|foreman"
    r"|head chef|chef|editor)s? about me\b",
    r"\ba place on (?:yours|your (?:[\w-]+ )?(?:returnship|team|crew|staff|roster|rota|books|graduate scheme"
    r"|graduate programme|trainee scheme|apprenticeship scheme))\b",
    # And the twenty-seventh (hy, written after the model's refit): "would you mind forwarding my portfolio of imaging
    # work to whoever recruits your technicians?", "when you're putting the team together for it, I'd really like to
    # be on it", "I would love to be the first cellist you ring", "if it is still unfilled I would be delighted to take
    # it on", "could I audition for a place among your next apprentices?", "I would welcome a contract with the
    # cooperative".
    r"\b(?:pass|passing|forward|forwarding|send|sending|give|giving) (?:on )?my (?:name|cv|details|resume|portfolio"
    r"|profile|application)\b[^.?!\n]{0,50}?\bto (?:whoever|the person who|someone who|anyone who|the one who)"
    r" (?:recruits|hires|staffs|does (?:the |your )?(?:hiring|recruiting)|handles (?:the |your )?(?:hiring|recruiting"
    r"|recruitment))\b",
    r"\b(?:put|putting|pull|pulling) (?:the|a|your) (?:[\w-]+ )?(?:team|crew|group|cast|squad|line-up|lineup)"
    r" together\b[^.?!\n]{0,60}?\b(?:like|love|want|hope) to be (?:on|in|part of) it\b",
    r"\b(?:be|am) the first (?:[\w-]+ )?(?:" + "|".join(_ROLE_WORDS) + r"|[a-z]+ists?|player|musician|deputy|cover"
    r"|stand-in)s? you (?:ring|call|phone|book|hire|take on)\b",
    r"\b(?:post|role|position|job|vacancy|opening)\b[^.?!\n]{0,100}?\bi(?:'d|’d| would) (?:be (?:delighted|glad"
    r"|happy|thrilled|keen|pleased) to|love to|like to|gladly) take it on\b",
    r"\baudition for (?:a|one of the|one of your) (?:place|spot|role|seat|chair|part)s?\b",
    r"\bi(?:'d|’d| would) (?:welcome|love|value|appreciate|be glad of) (?:a|the) (?:paid )?(?:contract|commission"
    r"|retainer|residency) (?:with|at|from) (?:your|the)\b",
    r"\badd me to (?:the|your|their) (?:[\w-]+ ){0,2}?(?:list|pool|roster|register|rota|panel) of (?:[\w-]+ ){0,2}?"
    + _ROLE + r"\b|\badd me to (?:the|your|their) (?:[\w-]+ )?(?:staff|bank|relief|casual|supply|locum|freelance"
    r"|freelancer|contractor|session|crew|talent) (?:[\w-]+ )?(?:list|pool|register|roster|rota)\b",
    # A thirtieth round (io): "if you ever need another pair of hands on the Saturday classes, I'm your person",
    # "please do keep me on file for any session dates you're fixing".
    r"\b(?:hands|cover|staff|crew|shifts?)\b[^.?!\n]{0,60}?\bi(?:'m|’m| am) your (?:person|man|woman|guy|girl|gal)\b",
    r"\bkeep me on (?:file|your books|your list|your files|your records|the books)\b",
    # "if a role like yours ever came up on your team, I'd love to hear about it" (io36): news of a post asked for.
    r"\bif (?:a|an|any|one|something) (?:[\w-]+ ){0,3}?(?:role|post|position|job|vacancy|opening|spot|place|seat)s?"
    r" (?:[\w'’-]+ ){0,6}?(?:comes? up|came up|opens? up|opened up|becomes? available|became available|arises|arose"
    r"|appears|appeared)\b[^.?!\n]{0,60}?\b(?:let me know|hear about it|hear of it|tell me|love to know|keep me in mind"
    r"|think of me|remember me)\b",
    # A thirty-first round (ja): "P.S. If you are ever short on the bank rota, I can pick up shifts at short notice",
    # "if you are short of a driver on the next job, give me a ring", "I could start as soon as next month", "if there
    # is ever anything going in the advocacy team, I would love to hear about it first", "I am available for contract
    # work on your heavy checks from the autumn".
    r"\bif (?:you(?:'re|’re| are)|your [\w-]+ (?:is|are)|the [\w-]+ (?:is|are)) (?:ever |ever a bit |a bit |at all"
    # (Not short of time: "If you're short of time, I can send my questions by email instead".)
    r" |still )?short (?:of|on)\b(?! (?:time|space|room)\b)[^.?!\n]{0,60}?\b(?:i can|i could|i(?:'d|’d| would)"
    r" (?:happily|gladly|be glad|be happy"
    r"|love)|give me a (?:ring|call|shout)|call me|let me know|i(?:'m|’m| am) (?:available|free|happy))\b",
    r"\bi could start (?:as soon as|straight away|right away|immediately|next (?:week|month))\b",
    r"\bif there(?:'s|’s| is) (?:ever )?(?:anything|something) going\b(?! on\b)[^.?!\n]{0,60}?\b(?:let me know"
    r"|hear about it|hear of it|love to know|keep me in mind|think of me)\b",
    r"\bi(?:'m|’m| am) (?:also )?available for (?:contract|freelance|locum|temporary|temp|casual|relief|agency|shift"
    r"|bank|paid|sessional) (?:work|shifts|cover|assignments|roles?|jobs?)\b",
    # The fifty-ninth author (jw): "PS: I also take on freelance training work, should that ever be useful to them."
    r"\bi (?:also |still |occasionally |sometimes |now |do )?(?:take on|do|offer|undertake|pick up) (?:some |the odd |"
    r"occasional )?(?:freelance|contract|consulting|consultancy|locum|sessional|temp|temporary|relief) (?:[\w-]+ )?"
    r"(?:work|projects?|jobs?|assignments?|shifts?|cover|sessions?)\b[^.?!\n]{0,60}?\b(?:should|if|in case|whenever)"
    r" (?:that|it|this|you|they|your|the|there)\b",
    # The author of kv: "do let me know if your team has a vacancy", "do let me know if your department at
    # Castlebridge University Library is recruiting", "Do you take on trainees at Maddox Tree Care?", "I'm available
    # to start in March". (Not the field's habits: "whether councils take on trainees who come from the kitchen side",
    # "Do you take on trainees who come from other fields, in your experience?", "I'm free to start the course in
    # March".)
    r"\bif your (?:[\w'’-]+ ){0,5}?(?:is|are) (?:currently |now |ever |still )?(?:recruiting|hiring|taking on"
    r" (?:staff|people|trainees|juniors|graduates|apprentices|new starters))\b"
    r"|\bif your (?:[\w'’-]+ ){0,5}?(?:has|have) (?:a|an|any) (?:[\w-]+ )?(?:vacanc\w*|openings?)\b",
    r"\bdo you (?:ever |still |currently )?(?:take on|hire|employ|recruit|have room for) (?:any )?(?:trainees"
    r"|apprentices|juniors|interns|graduates|new starters|assistants)\b(?! (?:who|from|with|in your experience)\b)",
    r"\b(?:i(?:'m|’m| am)|am|i(?:'ll|’ll| will) be) (?:now |also )?(?:available|free|ready) to start (?:work )?"
    r"(?:in|from|on|whenever|any time|anytime|as soon as|next|this)\b",
    # The author of le (job asks after a meeting): "if the match-day reporter post you described is still open, I'd be
    # really keen", "I hope to be working alongside you and the team soon", "I've attached my CV for the assistant
    # underwriter opening". (Not "I hope to be working with your charity as a volunteer", "the post is still open to
    # graduates, you said, so I'll apply through the website".)
    r"\bif (?:the|that|your) (?:[\w'’-]+ ){0,6}?(?:post|role|position|job|vacancy|opening|placement|contract"
    r"|traineeship|apprenticeship)\b[^.?!\n]{0,40}?\b(?:is|are) still (?:open|available|free|going|vacant)\b"
    r"[^.?!\n]{0,40}?\b(?:i(?:'d|’d| would)|i(?:'m|’m| am)|please|let me know)\b",
    r"\bhop(?:e|ing) to be working (?:alongside|with|for) you\b",
    r"\b(?:attached|enclosed|attach|enclose|included|include) (?:is |are )?my (?:cv|resume|résumé|application)\b"
    r"[^.?!\n]{0,40}?\bfor (?:the|your|that|this) (?:[\w'’-]+ ){0,4}?(?:opening|post|role|position|vacancy|job)\b",
    # The author of nk (a seventh round's general brief): "Is there any chance of paid work in the wardrobe on the
    # winter production?" (not "any chance of paid work in the field for someone without a degree?", a question of
    # advice).
    r"\b(?:any|some|a) (?:chance|possibility|prospect) of (?:any |some )?(?:paid|freelance|casual|seasonal|temporary"
    r"|contract|extra)"
    r" work\b(?![^.?!\n]{0,60}?\b(?:field|sector|industry|profession|trade|market|world|area|line of work)\b)",
    # The author of nx: "please remember me when you are next hiring an in-house editor" (not "remember me when you
    # share the examples").
    r"\bremember me (?:for|if|when|whenever|should|next time)\b[^.?!\n]{0,60}?\b(?:hiring|recruit\w*|openings?"
    r"|vacanc\w*|roles?|posts?|positions?|jobs?|contracts?|taking on|take on|takes on)\b",
    # The author of oj: "would you mind recommending me to the bindery for the opening you mentioned" (not "recommend me
    # a book for the course").
    r"\brecommend(?:ing)? me\b[^.?!\n]{0,40}?\bfor (?:the|a|an|that|this|any|your) (?:[\w'’-]+ ){0,3}?(?:opening"
    r"|vacancy|role|post|position|job|place on (?:the|your) team|contract)\b",
    # The author of op: "I would be very grateful for an interview for the conservation technician role" (not "I have an
    # interview for a practice educator post at another trust", y532), "wondered whether your firm takes on seasonal
    # labourers".
    r"\b(?:grateful|glad|delighted|thankful|honou?red) (?:for|of|to have) an interview for (?:it\b|(?:the|a|your|that"
    r"|this) (?:[\w'’-]+ ){0,4}?(?:role|post|position|job|vacancy|opening)\b)",
    # (Asked, not supposed: not "If your team takes on interns this year, what would you advise them to read first?".)
    r"\b(?:wonder|wondered|wondering|ask|asking|know|curious) (?:whether|if) (?:you |your (?:[\w'’-]+ ){0,2}?)(?:take"
    r" on|takes on|hire|hires|employ|employs|recruit|recruits"
    # ("whether Saltmarsh Pottery takes on paid interns this summer", pk.)
    r"|are taking on|is taking on) (?:any )?(?:seasonal |casual |temporary |summer |holiday |extra |new |paid )?"
    r"(?:labourers"
    r"|workers|staff|hands|trainees|apprentices|juniors|interns|assistants|crew)\b(?! (?:who|from|with|in your"
    r" experience)\b)",
    # The author of ox: "introduce me to her as a candidate for the analyst vacancy she is recruiting for", "I would
    # dearly like to be hired into her clinic", "is there any chance of a role with the bird control team?".
    r"\bas a candidate for (?:the|a|your|her|his|their|that|this) (?:[\w'’-]+ ){0,3}?(?:vacancy|role|post|position|job"
    r"|opening)\b",
    r"\b(?:like|love|want|hope|hoping) to be (?:hired|taken on|employed|recruited) (?:into|by|at|in|onto|on to)"
    r" (?:her|his|their|your|the)\b",
    r"\b(?:any|some|a) (?:chance|possibility|prospect) of (?:a|an) (?:[\w-]+ )?(?:role|job|post|position|place|spot"
    r"|opening|vacancy) (?:with|on|in|at) (?:the|your|her|his|their)\b",
    # The author of qa: paid work offered for. "If there's ever any paid work going in the workshop, even sweeping up,
    # I'm your man", "I'd be glad to assist on any paid Foley sessions you need an extra pair of hands for".
    r"\bpaid (?:work|shifts?|jobs?|hours|sessions?|gigs?)\b[^.?!\n]{0,80}?\b(?:i'm your (?:person|man|woman|girl|guy)"
    r"|i'm available|i am available|i'd be (?:glad|happy|keen)|i would be (?:glad|happy|keen)|count me in|i'd love"
    r"|i'm free|i am free)\b",
    r"\b(?:glad|happy|keen|delighted|free|available) to (?:assist|help|work|pitch in|step in|cover)\b[^.?!\n]{0,40}?"
    r"\bpaid\b",
    # The author of qi: "introduce me to Mark Lyle, your head brewer, so I can pick up a few brewhouse shifts", "in
    # case she has any paid freelance jobs she could send my way", "If you've got any subcontract work going on the
    # flat roofs side, I'd gladly take it on", "my updated CV in case you could pass it to the head of the conservation
    # studio when they are next recruiting".
    r"\b(?:so|so that) i (?:can|could|might) (?:pick up|get|do|work|take on) (?:a few |some |any |extra |the odd"
    r" |a couple of )?(?:[\w-]+ )?shifts\b",
    r"\b(?:any|some) (?:paid )?(?:freelance |contract |casual |temp |subcontract )?(?:work|jobs?|gigs?|projects?"
    r"|commissions?)\b[^.?!\n]{0,30}?\b(?:send|pass|throw|put)(?: \w+)? my way\b",
    r"\b(?:got|have|had) any (?:[\w-]+ )?(?:work|shifts|jobs?|contracts?|hours) going\b[^.?!\n]{0,60}?\b(?:i'd|i would"
    r"|i'll|i will|i'm|i am)\b",
    r"\bmy (?:[\w-]+ )?(?:cv|resume|résumé)\b[^.?!\n]{0,80}?\b(?:pass|forward|send|give|show) (?:it|them) (?:on |along"
    r" )?to\b[^.?!\n]{0,80}?\b(?:recruit\w*|hiring|vacanc\w*|openings?)\b",
    # The author of qz: "I would also be glad of any paid work in the hire store, even on a casual basis" (not "grateful
    # for any advice").
    r"\b(?:glad|grateful|delighted|happy|thankful) (?:of|for) any (?:paid |casual |freelance |part-time |temporary )?"
    r"(?:work|shifts|hours|jobs?|gigs?)\b",
    # The author of ro: "I wondered whether there might be a place for me at one of your benches, even part-time".
    r"\ba place for me (?:at|on|in) (?:one of )?your (?:[\w-]+ )?(?:benches|bench|teams?|crews?|desks?|kitchens?"
    r"|studios?|workbenches)\b",
)

_WEAK_BRANCHES = (
    r"\b(?:apply|applying) (?:for|to) (?:the|your|this|that|one of (?:the|your)|an open|open|any)"
    r" (?:\w+ ){0,3}(?:" + _JOBN + "|" + _ORG + r")\b",
    # (Not the writer's own step in time: "Please make the introduction before I submit my application".)
    # (Nor a course or programme applied to: "I plan to submit my application to the program straight away", hk03.)
    # (Nor the writer's step told: "I did submit my application as agreed", ji03.)
    r"\b(?<!before i )(?<!after i )(?<!when i )(?<!once i )(?<!until i )(?<!\bdid )submit (?:my|an) application\b"
    r"(?! (?:to|for)"
    r" (?:the |a |an |your )?(?:[\w-]+ ){0,2}?(?:program|programme|course|degree|msc|masters|phd|scheme|university"
    r"|college|licen[cs]e|licensing|registration|bridging)\b)",
    # (Not the writer's own news: "I have an interview for a practice educator post at another trust".)
    r"\b(?<!informational )(?<!informational-)(?<!have an )(?<!had an )(?<!got an )(?<!landed an )(?<!secured an )"
    r"(?<!my )interview(?:ing)? (?:me )?(?:for|with) " + _DET + r" "
    r"(?:\w+ ){0,3}" + _JOBN + r"\b",
    # (Not a seat on a course: "Please reserve me a seat on your next advanced course".)
    # (Nor the writer's own history: "I did a summer internship in your lab some time ago".)
    r"\b(?<!\bdid )(?<!\bhad )(?<!\bheld )(?<!\bcompleted )(?<!\bfinished )(?<!\bspent )(?<!\bserved )(?<!\bwas )"
    r"(?<!\bwere )(?<!\bleft )(?:a|an|any|the|an open|open) (?:\w+ )?" + _JOBN
    + r" (?:on|in|at|with|within) (?:your|you)\b"
    # (Nor a place at the reader's event: "I'll expect a spot at your next open studio to show a few pieces", py.)
    r"(?! (?:next |upcoming |new |own )?(?:[\w-]+ )?(?:course|class|workshop|training|programme|program|module|session"
    r"|webinar|tour|flight|table|exhibition|show|showcase|fair|market|festival|open day|open studio|open house)s?\b)",
    # Not someone's history: "who did his doctorate in my group before joining your team".
    # (Nor how something works there: "how on-call rotations work on your team"; nor the referrer's past: "Eilidh, one
    # of the midwives on my ward, used to work in your team and suggested I introduce myself", pt.)
    r"\b(?<!before )(?<!after )(?<!since )(?<!until )(?:join|joining|be part of|become part of|(?:(?<=to )|(?<=i )"
    r"|(?<='d )|(?<=’d )|(?<=me )|(?<=and )|(?<=or ))(?<!used to )work (?:for|on|in|with)) your (?:\w+ ){0,2}" + _ORG
    + r"\b",
    r"\bhelp me (?:get|land|find|secure|obtain) (?:a|an|the) (?:\w+ ){0,2}" + _JOBN + r"\b",
    r"\b(?:looking for|seeking) (?:a|an) (?:\w+ ){0,2}" + _JOBN + r" (?:at|with|on|in) your\b",
    # "whether your team will be taking on anyone this autumn" (but "when studios do take on someone from a
    # museum background, what usually tips the balance?" asks how hiring works).
    r"\b(?:taking on|take on|bringing on|bring on) (?:anyone|anybody|someone|new (?:staff|graduates|people|hires"
    r"|juniors))\b",
    # "Should a facilitator's chair ever come free on the programme, I would happily sit your assessment" (but
    # "if a role opens up, should I apply directly?" asks how to go about it, and "I put myself forward when a stock
    # accuracy role came up on site" tells what was, oi).
    r"\b(?!when (?:[\w'’-]+ ){1,5}?(?:opened|came|became|freed)\b)(?:if|when|should|whenever) (?:a|an|any|the|one of"
    r" (?:the|your)|your) (?:[\w'’-]+ ){0,3}?(?:chair|seat|post"
    r"|role|position|place|spot|vacancy|opening|job|internship|placement|slot|desk) (?:ever |should ever |does |do )?"
    r"(?:(?:open|opens|opened)(?: up)?|(?:come|comes|came|become|becomes|became|free|frees|freed) ?(?:up|free|open"
    r"|available|vacant))\b",
    # The writer placed, in the passive: "whether I might be hired onto the library project", "whether I could be
    # added to the crew for the new build" (not "how I could be hired", advice).
    r"\b(?:(?:could|can|might|may|would) i|i (?:could|might|may|can|would)) (?:\w+ )?be (?:hired|employed|recruited"
    r"|taken on|brought (?:in|on|aboard|on board)|added to (?:the|your)"
    r"|signed (?:on|up) (?:to|with|for) (?:the|your))\b",
    # A trial asked for (hr, hx): "could I maybe come to your test kitchen for a trial", "would it be possible for me
    # to work a paid trial shift on the night desk", "would a short trial week with your team be possible" (not a
    # clinical trial, nor the trial of a product).
    # ("I am drafting it for a trial I know well from the bench" is a clinical trial, c34.)
    r"\b(?:work|do|have|spend|complete) (?:a |an )?(?:short |brief |paid |unpaid |one-week |two-week |week-long )?"
    r"trial(?: (?:shift|week|day|period|month)s?)?\b(?! (?:of|version|licen[cs]e|account|subscription|run)\b)"
    r"|\bfor (?:a |an )?(?:short |brief |paid |unpaid |one-week |two-week |week-long )?trial(?: (?:shift|week|day"
    r"|period|month)s?)?(?=[,.?!;]| to (?:show|prove|see|demonstrate)\b| so\b| with (?:you|your)\b| at (?:your|the)\b)"
    r"|\btrial (?:shift|week|day|period)s? (?:with|at|in|on) (?:your|the)\b",
)

_MY_ITEMS = ("resume", "cv", "résumé", "application", "candidacy", "name", "profile", "materials")
_GATE_WORDS = ("hiring", "recruit", "talent", "hr", "human resources", "people team", "intake", "selection")
_KNOW_OF = ("know of", "hear of", "aware of", "come across", "let me know", "pass along", "send me")
# For each branch, substrings any match of it must contain: a sentence holding none of them cannot
# match the branch, so its regex is not run (the whole alternation costs tens of microseconds).
_STRONG_NEEDS = (
    ("hir",), ("hir",), ("hir",), ("consider",), ("considering me",), ("for me",), ("me on", "me onto", "me to"),
    ("consider",),
    ("consider",), ("me in mind",),
    ("radar",), ("think of me",), ("refer",), ("refer",), ("refer",), ("refer",), _MY_ITEMS, _MY_ITEMS,
    ("put my name",), ("word",), ("word",), ("in the running",), ("throw my hat", "in the hat", "into the hat"),
    ("open", "vacanc", "job"), ("open", "vacanc", "job"), ("open", "vacanc", "job"), ("opportunit",),
    _GATE_WORDS, _GATE_WORDS, ("hiring", "recruit", "intake", "talent"),
    ("part of it", "part of them", "part of that", "join"),
    ("jump at", "leap at"), ("remember this", "remember my", "mind this", "mind my"),
    ("put me forward", "put forward", "putting"), ("recommend me",), ("shortlist",), ("shortlist",),
    ("application", "applicants", "candidates"), ("screening", "sift", "filter", "interview"), ("trial",),
    ("for me", "advertised"), ("my application", "my candidacy", "my nomination"),
    ("round", "screening", " rate ", "contract", "basis", "notice period", "salary", "before it goes", "join your",
     "of me first", "person you need"),
    ("leave", "add "),
    ("secondment", "spell", "stint", "placement", "loan", "attachment"), ("start", "hiring", "paid", "freelance"),
    ("vouch for me",), ("word",),
    ("on file",), ("consider",), ("interview",), ("come", "arise"), ("interview",), ("interview",), _KNOW_OF,
    ("any ",), ("any ",), ("seat", "place", "spot", "room", "opening", "role", "position", "vacancy", "post"),
    (" fit",), ("of anything",),
    ("extra", "spare", "another", "second"), (" me",), ("of me", "me in mind", "consider me"), ("of me", "of my name"),
    ("need",),
    ("room ",), ("room for",), ("person you", "one you"), ("me in it", "make the case"), (" on ", " onto "),
    ("me on",),
    ("locum", "temp", "stand-in", "freelancer", "contractor"), ("count me in",), ("to mind",), ("name you",),
    ("spare me", "excuse me", "exempt me", "let me"),
    ("taking on", "takes on", "take on"),
    ("of me",),
    ("cv", "resume", "résumé"),
    (" choice", " pick", " hire"), ("way",),
    ("trial", "keep me", "capacity", "footing", "basis", "terms", "worth a", "on file", "on record", "expression of",
     "first in", "my way"),
    ("my name on it",),
    ("whom", "who "), ("come and work", "come to work"),
    (" phone", "drops out", "drop out", " sick", "pulls out", "pull out", "cries off", "short", "pair of hands"),
    ("pencil",), ("my application",), ("pile", "stack", "shortlist", " pot"),
    ("jump at", "leap at", "my cv", "my resume", "my résumé", "fill it", "take it"),
    ("applied", "apply", "application"),
    ("available", "say the word", "your person", "your man", "your woman", "your girl", "your guy", "pack my"),
    (" fit", "slot"), ("adding", "taking on", "bringing", "recruiting"), _GATE_WORDS, ("bonus", "referral"),
    ("opportunit",), ("start", "be at", "be in", "be on", "after you"), ("short of",), ("top of",),
    ("still", "inbox", "on file", "to hand", "on your desk"),
    ("first to",), _GATE_WORDS, ("my name",), ("capacity",), ("my application", "my cv", "my resume", "my résumé"),
    ("apply",), ("available", "free for", "free to", "open for", "open to"),
    ("for me",), ("taken on",), ("interviewed",), ("let me join",), ("board", "aboard"), ("recommend me",),
    ("assessment", "test", "selection day"), ("me in", "me on", "me aboard"), ("next",),
    ("paid",),
    ("rota", "roster", "staff", "crew", "books", "payroll", "panel of", "pool of", "freelancer", "contractor"),
    ("added to",), ("engaged as", "employed as", "contracted as", "retained as"), ("offer me",), ("shortlist",),
    ("flag ",), ("word ",), ("room for me", "space for me"), ("you to bring", "you to take", "you to get"),
    ("trusted me", "hired me", "commissioned me", "engaged me", "booked me"), ("apply to you", "has room for"),
    ("interviewed for th",),
    ("let me", "allow me", "permit me"), ("give me",), ("for me",), ("open for me",), ("have me",), ("slot me",),
    ("hires", "recruits", "staffs", "hiring"), ("that person", "the person", "that one", "the one"),
    ("what i can do", "prove myself"), (" cover",), ("i be your",), (" fit",),
    (" me ",), (" as ",), ("that i", "i'm", "i’m"), ("make me",),
    ("deploy me", "employ me", "recruit me", "appoint me", "second me", "onboard me", "roster me"),
    ("trade my", "swap my", "exchange my"), ("the one", "the person", "that one", "that person", "join"),
    ("for me to",), ("shortlist",),
    (" to be ",), (" to be me", " to be mine"), ("for me", "for someone", "for a", "for an", "for another",
                                                 "for one"), (" i could", " i might", " i can", " i would"),
    ("need", "want", "short of", "looking for", "lack"), (" me along", " me with you"), ("have me back",),
    ("join",), ("my application",), ("recruit", "hiring", "talent", "hr "), ("through",),
    ("into consideration", "into account"),
    ("consider my", "support my", "champion my"),
    ("in mind",), ("room for", "space for", "place for", "spot for"), ("consideration",), ("for any", "for future",
    "for upcoming"), ("interview",), ("work for you",), ("help",),
    ("for it",), ("shortlist me",), ("putting my name",), ("my application", "my candidacy", "my candidature"),
    ("application",),
    ("hiring", "recruiting"), ("recommend me",),
    ("so i", "so that i"), ("have me",), ("consideration",), ("think of me", "remember me", " at it", " at them",
                                                              " at that"), ("pair of hands",),
    (" on file", " on record"), ("shifts",), ("would mean",), ("secondment",), ("for you again",), ("me back",),
    ("keep me",),
    ("in the mix",), (" about ",), ("open for", "going for", "available for"), ("me joining",), ("suitability",
    " fit", "candidacy", "application"), ("how i ",),
    ("me into", "me in to", "me onto", "me on to"), ("commission", "booking me", "casting me", "byline"),
    ("add me", "adding me"), ("for a ", "for the "), ("you're", "you’re", "you are"), (" any ",), ("pair of hands",),
    (" fit ", "suitable", "match"), ("sort of", "kind of", "type of"), ("like me", "as me"), ("internally",),
    ("tag me",), ("if i ",), ("considered",),
    ("for me",), ("give me a",), ("me into", "me in to", "me onto", "me on to"), ("help me",), ("under you",
    "for you"), ("for me",),
    (" apply",), (" fill",), ("hat in",), ("room", "space", "a place"), ("if so",), ("room for me",),
    ("to start", "to begin"), ("in a paid",), ("opens", "comes up", "becomes available", "frees up", "comes free"),
    ("to cover",), ("on your list", "on your books", "on your roster", "on your rota"),
    ("commissioning", "hiring", "recruiting", "taking on", "looking for", "in need of", "short of"),
    (" as ",), (" as ",), ("work experience",), ("work experience",), ("pass my", "forward my", "send my",
    "give my"), ("my ",), ("it with", "it at"), ("apply through", "apply via"), ("be one",),
    ("shortlist",), ("bring me",), (" fit for",),
    ("an interview",), ("my ",), ("my ",), ("i address", "i send", "i give", "i direct"), (" i could", " i can",
    " i might", " i should"), ("i can",), ("apply",), ("to you",),
    (" add ",), ("show you what",), ("bring my",), ("free", "charge", "cost", "pay", "unpaid", "bono"), ("prove",),
    ("gave me", "give me"), ("demonstrate",), ("fit in",), ("a shot at", "a chance at"),
    ("know", "aware"), (" you know",), ("your circle", "your network", "your contacts", "your world",
    "your friends"), ("people you know", "your contacts", "your network", "your circle", "your friends",
    "your colleagues", "your editor"), ("recruiting", "hiring", "looking for", "building"), ("know",),
    ("recommend me",), (" me to them", " me forward to them"), (" of yours",), ("ask around",),
    ("to whoever",), (" for ",), (" on the ", " on your "), ("are you",), ("coming up",), ("flag",),
    ("another", "an extra", "a second", "one more"),
    ("part of it",), ("come back", "return"), ("put myself forward",), ("i'd", "i’d", "i would"), (" on it",),
    ("refer me to",), ("i'd", "i’d", "i would", "i'll", "i’ll", "i will"), ("supervis",),
    ("need", "want", "looking for"),
    ("come back", "return"),
    ("board", "panel", "council", "governing body", "committee", "trustees"), ("with a view to",), ("my ",),
    ("to serve",), ("to be ",), ("shortlist", "longlist", "short list", "long list", "candidate"),
    ("interim", "fractional", "part-time", "acting", "caretaker", "stand-in"),
    ("retained", "paid", "formal", "part-time", "non-executive", "advisory", "consulting", "fractional", "interim"),
    (" basis",),
    ("me for", "me as", "me on for", "me on as", "a stage"), ("subcontract", "sub-contract", "overflow", "spare"),
    (" work",), ("for me behind",), ("shift",), ("cover", "short"), ("to be me",), ("chair",), ("use me", "the work"),
    (" you can", " you couldn", " you won"),
    ("roster", " list", "framework", "pool"), ("place on",), ("roster", " list", "pool", "include my"),
    ("host me", "secondment", "placement", "attachment", "posting"),
    ("in your", "on your", "with your"), ("my application",), ("name in mind",), ("keen on", "eyeing", "eye on",
    "sights on"), ("put in touch",), ("on request",), (" to apply",), (" shifts",),
    ("word",), ("internally",), (" know",), ("application for",), ("mention my name", "on my behalf", "for me"),
    ("my application", "my candidacy", "my cv"), ("in mind for",), ("jump at", "leap at"), ("consider me for",),
    ("with your",), ("grateful for your",), ("shift",), ("for me",), ("take me",), (" work",), ("about me",),
    ("place on",), ("to whoever", "who "), ("together",), ("the first",), ("take it on",), ("audition",),
    ("contract", "commission", "retainer", "residency"), ("add me to",),
    ("your person", "your man", "your woman", "your guy", "your girl", "your gal"), ("keep me on",),
    ("came up", "comes up", "come up", "open up", "opens up", "opened up", "available", "arises", "arose", "appear"),
    ("short of", "short on"), ("could start",), ("going",), ("available for",), ("freelance", "contract", "consult",
    "locum", "sessional", "temp", "relief"),
    ("recruiting", "hiring", "taking on", "vacanc", "opening"), ("trainees", "apprentices", "juniors", "interns",
    "graduates", "new starters", "assistants"), ("to start",),
    ("still open", "still available", "still free", "still going", "still vacant"), ("to be working",),
    ("my cv", "my resume", "my résumé", "my application"),
    (" work",), ("remember me",), ("recommend",), ("an interview for",), ("you",), ("as a candidate for",),
    (" to be hired", " to be taken on", " to be employed", " to be recruited"), ("chance of a", "possibility of a",
    "prospect of a", "chance of an", "possibility of an", "prospect of an"), ("paid ",), (" paid",), ("shifts",),
    ("my way",), (" going",), ("cv", "resume", "résumé"), ("of any", "for any"), ("place for me",),
)  # fmt: skip
_WEAK_NEEDS = (
    ("apply",), ("submit",), ("interview",), ("on you", "in you", "at you", "with you"),
    ("join", "part of your", "work for your", "work on your", "work in your", "work with your"), ("help me",),
    ("looking for", "seeking"), ("taking on", "take on", "bringing on", "bring on"),
    ("up", "free", "open", "available", "vacant"), (" be ",), ("trial",),
)  # fmt: skip


def _gated(
    branches: tuple[str, ...], needs: tuple[tuple[str, ...], ...]
) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """The branches grouped by the substrings they need, one regex per group (``_Groups`` checks the lengths)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for branch, need in zip(branches, needs, strict=True):
        groups.setdefault(need, []).append(branch)
    return tuple((need, lazy_compile(_factored(tuple(group)))) for need, group in groups.items())


# What ``_Groups.built`` returns: the branch groups, the literal scan, and the groups each literal gates.
_Built = tuple[
    tuple[tuple[tuple[str, ...], re.Pattern[str]], ...],
    LiteralScan,
    dict[str, list[int]],
]


class _Groups:
    """Branch groups, each behind the literals it needs, and one scan that finds which literals are present.

    Built on first use: the trie of a few hundred literals costs milliseconds of a ``netdraft check`` start that
    meets no sentence worth scanning.
    """

    __slots__ = ("_branches", "_built", "_needs")

    def __init__(self, branches: tuple[str, ...], needs: tuple[tuple[str, ...], ...]) -> None:
        assert len(branches) == len(needs)
        self._branches = branches
        self._needs = needs
        self._built: _Built | None = None

    def built(self) -> _Built:
        """The groups, the scan for their literals, and each literal's groups."""
        if self._built is None:
            groups = _gated(self._branches, self._needs)
            scan = LiteralScan(part for need, _ in groups for part in need)
            by_literal: dict[str, list[int]] = {}
            for i, (need, _) in enumerate(groups):
                for part in need:
                    by_literal.setdefault(part, []).append(i)
            self._built = (groups, scan, by_literal)
        return self._built


_STRONG_GROUPS = _Groups(_STRONG_BRANCHES, _STRONG_NEEDS)
_WEAK_GROUPS = _Groups(_WEAK_BRANCHES, _WEAK_NEEDS)


def _any_match(groups: _Groups, lower: str) -> bool:
    """Whether any branch of the alternation (strong or weak) finds a match in ``lower``.

    Only the groups whose needed literals occur are searched (one trie scan finds them).
    """
    patterns, scan, by_literal = groups.built()
    present = scan.present(lower)
    if not present:
        return False
    candidates = sorted({i for part in present for i in by_literal[part]})
    return any(patterns[i][1].search(lower) is not None for i in candidates)


# Every pattern above holds one of these words, or one of the pairs below: sentences without
# them skip the regexes.
_TRIGGERS = wordset(
    "hire hiring consider considered mind radar refer referring referral resume cv application candidacy "
    "hat openings opening vacancy vacancies opportunity opportunities interview interviewing apply "
    "applying join joining job jobs role roles position positions spot spots seat seats req reqs "
    "requisition requisitions internship internships contract contracts gig gigs placement placements "
    "residency residencies headcount recruiter recruiters recruiting recruitment talent hr human vouch post posts "
    "fit suitable extra spare assistant apprentice intern trainee helper room graduates trainees apprentices "
    "jump leap remember putting shortlist shortlisted shortlisting applicants candidates screening sift filter "
    "trial reserve advertised sponsor endorse secondment spell stint loan attachment straight immediately "
    "freelance paid leave add rate basis notice salary goes hope first person chair slot desk "
    "test tests assessment assessments stage round ring sheet roster payroll books bench locum temp "
    "stand-in contractor count choice pick capacity footing worth file expression queue whom drops drop sick "
    "pulls cries short-handed shorthanded short-staffed short pencil pencilled penciled pencilling penciling pile "
    "stack pot available applied pack fitting fits slotting slots adding bringing bonus top inbox start intake "
    "place taken interviewed board aboard onboard recommend brought crew rota freelancers contractors "
    "shift shifts hires recruits staffs deploy employ appoint onboard trade swap exchange "
    "hired employed recruited added space berth mine candidature mix pipeline suitability commission commissioning"
    " byline roster lab laboratory employment supervise supervising"
    " interim fractional caretaker shortlisted co-opted shortlist subcontract sub-contract subcontracted overflow chair"
    " chairs roster rosters panel"
)
_PAIRS = (
    (frozenset(("take",)), frozenset(("summer", "season", "holidays", "harvest", "autumn", "winter", "spring"))),
    (frozenset(("work",)), frozenset(("me",))),
    (frozenset(("tell",)), frozenset(("about",))),
    (frozenset(("word",)), frozenset(("good", "kind", "put", "say"))),
    (frozenset(("forward", "recommend")), frozenset(("me",))),
    (frozenset(("running",)), frozenset(("in",))),  # "in the running", not "running the lab"
    (frozenset(("open", "opens")), frozenset(("up",))),
    (frozenset(("comes", "come", "came", "crops")), frozenset(("up",))),  # "if anything comes up on your team" (kv)
    (frozenset(("working",)), frozenset(("be",))),  # "I hope to be working alongside you soon" (le)
    (frozenset(("think", "thought", "thinking")), frozenset(("me",))),
    (frozenset(("name", "profile", "materials", "details", "number")), frozenset(("my",))),
    (frozenset(("come",)), frozenset(("work",))),  # "come and work with us"
    (frozenset(("work", "part")), frozenset(("your",))),
    (frozenset(("forward",)), frozenset(("put",))),  # "to be put forward"
    (frozenset(("taking", "take", "bringing", "bring")), frozenset(("on", "in"))),  # "taking on anyone", "bring me in"
    # The fourth round's families (x9): "take me onto your curatorial staff", "offer me a training contract",
    # "engaged as your locum", "if Pinecone Games trusted me with the score", "a word ... to the selection team".
    (frozenset(("staff", "offer", "flag", "trusted", "commissioned", "booked")), frozenset(("me", "my"))),
    (frozenset(("engaged", "employed", "retained", "contracted")), frozenset(("as",))),
    (frozenset(("directly",)), frozenset(("apply",))),
    (frozenset(("selection",)), frozenset(("word",))),
    # The fifth round's (bf): "let me try out for", "allow me to audition", "hold ... open for me", "maternity cover".
    (frozenset(("try", "audition", "step", "fill", "compete")), frozenset(("let", "allow", "permit"))),
    (frozenset(("hold", "keep", "leave")), frozenset(("open",))),
    (frozenset(("keep",)), frozenset(("file", "files", "books", "records"))),  # "keep me on file" (io)
    # The thirty-first round (ja): "short of a driver", "could start", "anything going", "available for contract work".
    (frozenset(("short",)), frozenset(("of", "on"))),
    (frozenset(("start",)), frozenset(("could",))),
    (frozenset(("going",)), frozenset(("anything", "something"))),
    (frozenset(("available",)), frozenset(("work", "shifts", "cover", "assignments", "role", "roles", "jobs", "job"))),
    (frozenset(("maternity", "paternity", "parental", "sick", "study")), frozenset(("cover",))),
    (frozenset(("prove", "show")), frozenset(("need", "needs", "needed", "want", "wants", "looking"))),
    # The sixth round's (bp): a post by its title ("as a junior consultant", "make me a staff writer"), a post
    # needed and the writer as the one, "ready to start", "second me".
    (frozenset(w for r in _ROLE_WORDS for w in (r, r + "s")), frozenset(("as", "make"))),
    (frozenset(("need", "needs", "want", "wants", "hire", "hires", "recruit", "recruits", "take", "takes")),
     frozenset(("one", "person", "join"))),
    (frozenset(("ready", "available", "free", "keen", "eager")), frozenset(("start", "join", "begin"))),
    (frozenset(("second", "recruit", "roster")), frozenset(("me",))),
    # The seventh round's (bq): the writer as the post's holder, a post needed, "bring me along", "have me back".
    (frozenset(w for r in (*_ROLE_WORDS, "hands", "person", "one") for w in (r, r + "s")),
     frozenset(("be", "need", "needs", "want", "wants", "short", "looking", "lack", "lacks"))),
    (frozenset(("bring", "take")), frozenset(("along", "with"))),
    (frozenset(("back",)), frozenset(("have", "take"))),
    # The nineteenth (gp): "I'd love to come back and be part of it".
    (frozenset(("back", "return")), frozenset(("part", "join"))),
    # The twenty-first (gx): "any weekend work going?", "use me as a second van".
    (frozenset(("weekend", "evening", "holiday", "seasonal", "casual", "part-time", "summer", "temp", "extra")),
     frozenset(("work",))),
    (frozenset(("use",)), frozenset(("me",))),
    # The twentieth to twenty-second (gs, gx, hb): common words that ask for a post only beside another. "join your
    # advisory panel", "with a view to joining as a director", "glad to serve", "grateful to be appointed", "on a
    # consulting basis", "as your acting CFO", "a place for me behind your counter", "host me on secondment", "a place
    # on the framework".
    (frozenset(("panel", "committee", "council", "trustees", "governors", "director", "directors")),
     frozenset(("join", "joining", "sit", "serve", "appointed", "invited", "added", "view", "seat", "place", "interest",
                "passed", "behalf", "speak", "word"))),
    (frozenset(("serve", "appointed", "engaged", "retained", "nominated")),
     frozenset(("glad", "happy", "delighted", "pleased", "honoured", "honored", "willing", "grateful", "keen",
                "eager"))),
    (frozenset(("basis",)), frozenset(("consulting", "retained", "fractional", "freelance", "paid", "interim"))),
    (frozenset(("acting",)), frozenset(("cfo", "ceo", "coo", "cmo", "cto", "director", "head", "chair", "lead",
                                       "manager"))),
    (frozenset(("counter",)), frozenset(("behind",))),
    (frozenset(("host",)), frozenset(("me",))),
    (frozenset(("framework", "deployment", "standby")), frozenset(("place", "added", "included", "put", "listed",
                                                                    "list", "on"))),
    # The twenty-second (hb): "Could you include my name?", "added to the expert deployment list".
    (frozenset(("include",)), frozenset(("my",))),
    # The twenty-fourth (hj): "let the editor in charge know to expect it".
    (frozenset(("expect",)), frozenset(("know",))),
    (frozenset(("added", "included", "put", "listed")), frozenset(("list", "roster", "framework", "pool"))),
    # The fifth author's (ek): "please keep me in the loop" about openings.
    (frozenset(("loop", "posted", "informed")), frozenset(("keep",))),
    # The sixth's (eo): "Is anything open for a junior geologist".
    (frozenset(("open", "going")), frozenset(("anything", "something", "any"))),
    # The seventh's (eq): "If you're building the animation team, I'd really love to be part of it".
    (frozenset(("part",)), frozenset(("building", "staffing", "assembling", "growing", "expanding"))),
    # The eighth's (eu): "Would your team look at a career changer like me for it?"
    (frozenset(("look",)), frozenset(("like",))),
    # The ninth's (ey): "Is there any possibility to work under you in the new group?"
    (frozenset(("work", "working")), frozenset(("under",))),
    (frozenset(("chance", "break", "start")), frozenset(("give",))),
    # The tenth's (fd): "I'd love to join the next cohort if there's room", "could I be part of it?".
    (frozenset(("cohort", "intake", "part")), frozenset(("room", "so", "join"))),
    (frozenset(("through",)), frozenset(("put",))),
    # The twelfth's (fn): "work experience as a runner", "my foundation training year with your team", "accept me
    # as a summer student", "If your team takes on interns again".
    (frozenset(("experience",)), frozenset(("work",))),
    (frozenset(("year", "term", "rotation", "elective")), frozenset(("my",))),
    (frozenset(("student", "runner", "interns", "trainees")), frozenset(("as", "one"))),
    # The fifteenth's (fz): value and free work offered.
    (frozenset(("value", "something")), frozenset(("add",))),
    (frozenset(("show", "demonstrate")), frozenset(("what",))),
    (frozenset(("skills", "experience", "expertise", "talents", "energy", "background", "knowledge")),
     frozenset(("bring",))),
    (frozenset(("free", "charge", "cost", "pay", "unpaid", "bono")),
     frozenset(("happy", "glad", "willing", "gladly", "happily"))),
    (frozenset(("prove",)), frozenset(("myself", "deserve", "worth", "value", "can"))),
    (frozenset(("gave", "give")), frozenset(("seat", "shot", "chance", "go", "try", "trial"))),
    (frozenset(("fit",)), frozenset(("in",))),
    (frozenset(("shot",)), frozenset(("permanent", "place", "position", "role", "post", "job", "spot", "paid"))),
    # The sixteenth's (gd): the reader's network.
    (frozenset(("anyone", "anybody", "someone", "practices", "firms", "companies", "agencies", "studios", "contact",
                "colleague", "friend")), frozenset(("looking", "recruiting", "hiring", "building"))),
    (frozenset(("contacts", "network", "circle", "friends", "colleagues")), frozenset(("know", "your"))),
    (frozenset(("around",)), frozenset(("ask",))),
    # The seventeenth's (gh): direct messages.
    (frozenset(("whoever",)), frozenset(("pass", "send", "forward"))),
    (frozenset(("space", "room", "spot")), frozenset(("desk", "team", "crew", "staff", "books"))),
    (frozenset(("crewing", "staffing")), frozenset(("up",))),
    (frozenset(("flag", "flagging")), frozenset(("my",))),
    (frozenset(("another", "extra")), frozenset(("once", "when", "after"))),
    # The eighteenth's (gl): a place in what the reader builds.
    (frozenset(("part",)), frozenset(("assembling", "putting", "forming"))),
    (frozenset(("back", "return")), frozenset(("as",))),
    (frozenset(("myself",)), frozenset(("forward",))),
    (frozenset(("brigade", "kitchen", "crew", "rota")), frozenset(("filling", "staffing", "building"))),
    (frozenset(("spot", "place", "seat")), frozenset(("it",))),
)


_PAIR_FIRST = frozenset().union(*(a for a, _ in _PAIRS))


def _pairs_by_first() -> dict[str, tuple[frozenset[str], ...]]:
    table: dict[str, list[frozenset[str]]] = {}
    for a, b in _PAIRS:
        for word in a:
            table.setdefault(word, []).append(b)
    return {word: tuple(seconds) for word, seconds in table.items()}


# A first word of a pair -> the second words' sets it pairs with: a sentence tests only its own words' pairs.
_SECONDS = _pairs_by_first()
# A subject line's rough words: punctuation off, hyphens and apostrophes kept as the trigger words hold them
# ("stand-in", "part-time"; ``word_set``'s table splits them).
_ROUGH = str.maketrans({c: " " for c in "?!.,;:()[]\"“”"})
# A sentence with none of these words is not triggered (one set test, no call: most sentences).
_ANY_TRIGGER = _TRIGGERS | _PAIR_FIRST


def _triggered(words: frozenset[str]) -> bool:
    """Whether a sentence holds a word (or pair of words) that every job-ask pattern needs."""
    if not words.isdisjoint(_TRIGGERS):
        return True
    for first in words & _PAIR_FIRST:  # (most sentences: none, no pair can be complete)
        for second in _SECONDS[first]:
            if not words.isdisjoint(second):
                return True
    return False


_THANKED_FOR = lazy_compile(
    r"\bthank(?:s| you)\b[^.?!\n]{0,30}?\bfor (?:the |this |that )?(?:opportunity|chance|privilege) to"
    r" (?:work|join|be part|volunteer|help)\b"
)
_YOUR_COMPANY = frozenset(("your", "company"))
_FIRST_PERSON = wordset("i me my myself i'm i'd i've i'll im id ive")

# Requests for advice about the process: "what do hiring managers look for?", "how should I apply".
_ADVICE = lazy_compile(
    r"\b(?:how (?:do|does|did|should|would|could|can|might|to|best|you|i|one|someone|people|others|candidates"
    r"|applicants|did you)\b"
    r"|what (?:do|does|did|should|would|could|can|might|skills|qualities|experience|background|hiring"
    r"|recruiters|employers|managers|it takes|you look|they look|makes|made|would make|kind|kinds|sort"
    r"|type|types|helped|mattered|matters|stood out|set|the best)\b"
    r"|(?:advice|advise|tips?|guidance|suggestions?|recommendations?|recommend|perspective|insights?"
    r"|thoughts|pointers|lessons)\b|best way\b|looks? for\b|looking for in\b|stand out\b"
    r"|prepar(?:e|ing)\b|what it'?s like\b|day[- ]to[- ]day\b|typical day\b"
    r"|which (?:skills|roles|paths?|steps?|courses?|certifications?)\b"
    r"|what (?:usually |typically |generally |normally |really )?(?:tips|decides|counts|helps|swings)\b"
    r"|learn (?:about|more|how|what)\b|hear (?:about|how|what)\b)"
)

# "I'm not asking for a job", "this isn't a job request": the sentence disclaims the ask.
_DENIAL = lazy_compile(
    # ("I am not enquiring about vacancies at Kestrel Software", hs06.)
    r"\bnot (?:asking|looking|seeking|writing|requesting|expecting|here|trying|angling|after|enquiring|inquiring)\b"
    r"|n't (?:asking|looking|seeking|writing|requesting|expecting|here|trying|angling|after|enquiring|inquiring)\b"
    r"|\b(?:isn't|is not|not) (?:a|about a|about) (?:job|role|position)\b|\bwithout asking\b"
    r"|\bnot to ask\b|\bno (?:job )?(?:strings|expectations?)\b|\bnot (?:about|for) (?:a |any )?(?:job|role)"
    # "It isn't for any opening; I'd just love your eye on how I've presented my four years".
    r"|\b(?:isn't|isn’t|is not|it's not|it’s not|not) (?:for|about) (?:any|an|a particular|a specific)"
    r" (?:opening|vacancy|position|post|role|job)\b"
    # "I am asking for general orientation rather than about any opening at Deltares" (fd).
    r"|\brather than (?:about |for |asking about )?(?:any|an|a) (?:opening|vacancy|position|post|role|job)\b"
    # "Marta mentioned that Lanternfly Studios is hiring, but that isn't why I'm writing".
    r"|\b(?:that|this|it) (?:isn't|isn’t|is not|wasn't|wasn’t|was not) (?:why|the reason) (?:i'm|i’m|i am|i was)"
    r" (?:writing|getting in touch|reaching out|in touch)\b"
)

# Taking up what the reader offered ("thank you for offering to forward my resume").
# "The opening you mentioned" is the reader mentioning a post, not offering to help into it: only an
# offer, an agreement, or a suggestion *to the writer* exempts the sentence.
_OFFERED = lazy_compile(
    r"\b(?:you (?:kindly |generously )?(?:offered|proposed|agreed|volunteered)"
    r"|you (?:kindly )?suggested (?:that )?(?:i|me)|you (?:mentioned|said)(?: that)? you(?:'d| would| could| might)?"
    r"|offering to|offer to|as (?:you|we) (?:offered|suggested|proposed|agreed|discussed))\b"
)

# What the meeting covered, told back: "It was lovely to hear more about ...", "we talked about ...".
_RECOUNTED = lazy_compile(
    r"\b(?:it was|it's been|it has been) (?:\w+ ){0,2}?(?:to hear|hearing|to learn|learning)\b"
    r"|\b(?:we|you) (?:talked|spoke|discussed|told me|described|explained|mentioned)\b"
)
# Time beside the reader asked for, not a post: "If a slot ever comes up, I'd love to shadow one of your
# product demonstrations".
# ("Would it be possible for me to join your team for one field day, just as an observer?", qb.)
# (Not "sit with the board as an observer for a period", a seat on it.)
_SHADOWING = lazy_compile(
    r"\b(?:shadow|shadowing|observe|sit in on|tag along|(?:just|only|purely|simply) as an observer"
    r"|as an observer for (?:a|one|the) (?:day|morning|afternoon|session|shift|visit))\b"
)
_POST_NAMED = lazy_compile(
    r"\b(?:jobs?|roles?|positions?|vacanc|openings?|posts?\b|internships?|placements?|hir(?:e|ed|ing)|apply|applying"
    r"|application|cv|resume|résumé|staff|paid|contract|trainee|apprentice|intern\b|taken on|take me on(?! (?:a|an|the"
    r"|your) )"
    # "observe the board ... with a view to joining as a director" (gs).
    r"|directors?\b|directorships?|trustees?\b|governors?\b|board seats?"
    # "so that I could show you I'd be a good fit for Brightline Automation" (jw29).
    r"|(?:good|great|strong|right|natural) fit for\b)"
)
_REPORTED_HIRING = lazy_compile(
    r"\b(?:mentioned|said|says|told me|tells me|heard|hear|saw|see|noticed|notice|read|understand|gather|know|knew)"
    r"(?: that)? (?:your|the) (?:[\w'’&-]+ ){0,4}?(?:is|are) (?:currently |still |now |actively )?hiring\b"
    # Hiring in general, the time of a judgement: "which portfolio pieces actually count when teams like yours at
    # Pontile Digital are hiring juniors" (ha08).
    r"|\b(?:when|whenever|once|if) (?:teams|companies|firms|studios|agencies|practices|labs|organi[sz]ations|groups"
    r"|employers|people) like yours(?: at your company)? (?:are|is) (?:currently |actively )?hiring\b"
)
# The writer asking to be remembered, however the sentence is worded around it.
_IN_MIND = lazy_compile(r"\b(?:keep|bear) me in mind\b|\bthink of me\b")
_TO_APPLY = lazy_compile(r"\bi(?:'d|’d| would) (?:\w+ )?(?:like|love|want|be keen|be glad|be eager) to apply\b")
_REPORTED_OPENING = lazy_compile(
    r"\b(?:noticed|saw|seen|spotted|read about|heard about|came across|see)(?: that)? (?:the |a |an |your )?"
    r"(?:[\w'’&-]+ ){0,4}?(?:openings?|vacanc(?:y|ies)|posts?|roles?) (?:on|in|at|with|within) your\b"
)
# What a sentence the model flags may ask for instead of a post: a person to talk to, time in a diary, the reader's
# eye on the writer's papers ("could you glance at my CV and tell me whether it reads well?").
_NOT_A_POST = lazy_compile(
    r"\b(?:to|with) (?:someone|somebody|anyone|anybody|a colleague|colleagues|one of your colleagues|people)\b"
    r"(?![^.?!\n]{0,60}?\b(?:hires|hiring|recruit|recruits|recruiting|recruitment|handles|decides|job|role|post"
    r"|position|vacanc|opening|cv|resume|application)\b)"
    r"|\bin touch with\b|\binformational (?:interview|chat|conversation|call|meeting)\b"
    r"|\b(?:diary|calendar|schedule|agenda)\b"
    r"|\b(?:glance|look) (?:at|over|through) my\b|\bread (?:over|through) my\b|\b(?:feedback|comments) on my\b"
    r"|\bwhether (?:it|my [\w'-]+(?: [\w'-]+)?) (?:reads|looks|seems|sounds|is)\b"
    # A judgement of the writer's plan, or something to read: "whether you would consider my application strategy
    # sound", "any work on heat pumps in your group that I could read".
    r"|\b(?:consider|think|find|judge) (?:my|it|this|that) (?:[\w'-]+ ){0,2}?(?:sound|realistic|sensible|wise"
    r"|credible|convincing)\b|\b(?:i|me) (?:could|can|might|to) (?:read|watch|listen to)\b"
    # "keep me in mind if you come across useful reading on either topic" (ma).
    r"|\b(?:come across|spot|see|find)\b[^.?!\n]{0,30}?\b(?:reading|articles?|books?|papers?|resources?|links?"
    r"|podcasts?|material)\b"
)
# An event, or help given for nothing, where no post is named: "If you ever run another workshop, I'd jump at the
# chance", "if your simulation days ever need an extra pair of clinical hands, I would be happy to volunteer".
_UNPAID = lazy_compile(
    # (And a public session: "keep me in mind if the trust runs another public session, as I'd like to come along",
    # ke35.)
    r"\b(?:volunteer|volunteering|workshops?|meetups?|seminars?|conferences?|webinars?|events?|courses?|classes|lectures?|talks?"
    r"|(?:public|open|information|drop-in|taster) sessions?"
    # ("If there's any chance I could join one of your site visits, ... I'd happily carry kit", ly.)
    r"|reading groups?|hackathons?|open days?|tours?|masterclass(?:es)?|journal club|panel discussions?"
    r"|site visits?|field (?:trips?|days?|visits?))\b"
)
# News told by the writer ("I also noticed", "I gather") or passed on ("you mentioned", "Marta tells me"); not "in case
# it helps to see my background" (hy04).
_TOLD = lazy_compile(
    r"\b(?:i|we)(?: also| have| had| just| recently| only)? (?:noticed|saw|see|spotted|gather|understand|heard|hear"
    r"|read)\b|\b(?:mentioned|mention|tells me|told me)\b"
)
# Asked in other words than _ASKING knows: "it would be a great kindness if you could arrange for me to be interviewed"
# (hy13).
# (And "I wondered whether you could help me get an interview for it", me.)
_ASKED_IF = lazy_compile(
    r"\b(?:if|whether) you (?:could|would|might|can|were able)\b|\b(?:grateful|kindness|appreciate)\b"
)
_WISHING = lazy_compile(
    r"\bi(?:'d|’d| would| hope| am hoping|'m hoping|’m hoping)\b"
    # "an introduction to whoever is hiring for the production assistant post I saw advertised would be wonderful"
    # (jw09).
    r"|\bwould (?:be|mean) (?:so |really |truly |just )?(?:wonderful|great|lovely|brilliant|fantastic|amazing|ideal"
    r"|perfect|marvellous|appreciated|most welcome|very welcome|a great help|a huge help|a lot|the world|so much)\b"
)
# (And asked in an indirect question: "whether you might let me know so that I can submit an application", fv.)
_ASKING = lazy_compile(
    r"\b(?:could|would|can|will) you\b|\bplease\b|\b(?:whether|if) you (?:might|could|would) (?:let me|consider"
    r" me|put me|keep me|think of me)\b"
)


def job_ask(
    text: str,
    request: AnyRequest | None,
    kind: str | None,
    /,
    *,
    item_threshold: float = 0.6,
    model_threshold: float | None = 0.95,
    max_findings: int = 10,
    **_: Any,
) -> Iterable[Finding]:
    """Flag sentences that ask for a job, a role, an interview for a role or a referral into one.

    Works without a request; with one, a sentence that restates an agreed meeting action item
    (the reader offered to pass the resume along) or the request's follow-up plan is not an ask.

    Args:
        text: The letter.
        request: The request (optional): its ask names the alternative in the hint; its
            action items and follow-up plan exempt the sentences that restate them.
        kind: The letter kind (every kind is a networking letter).
        item_threshold: Share of an action item's content words a sentence must hold to restate it.
        model_threshold: A sentence the patterns pass over still asks when the sentence model
            (``_sentence_model.JOB_ASK``, fitted on the corpus) gives it at least this probability; ``None`` reads
            the patterns alone. Lower finds more asks worded in new ways and flags more clean sentences.
        max_findings: Stop after this many offending sentences (enough to fix; bounds hostile input).

    Yields:
        One error per offending sentence, spanning it.
    """
    doc = analyze(text)
    spans = doc.sentences
    if not spans:
        return []
    first, last = core(text)
    findings: list[Finding] = []
    items = request.meeting.action_items if request is not None and request.meeting is not None else []
    plans = [*items, request.follow_up] if request is not None and request.follow_up else items
    topics = request.meeting.topics if request is not None and request.meeting is not None else []
    # The connection told back is how the writer knows the reader: "The summer residency at your studio is the reason I
    # had the nerve to try" for the connection "the summer residency at her studio" (qv).
    # (Not an ask made beside it: "do keep me in mind if anything comes up on the aseptic unit at Glenmore Royal
    # Infirmary" for the connection "the open day at the aseptic unit", ro.)
    connection = request.connection if request is not None else None
    ix = index(text)
    words = ix.words
    # The word sets hold ASCII words only: "résumé" is the one non-ASCII trigger the patterns know.
    accent = "é" in (ix.lower if ix.lower is not None else text.lower())
    # The reader's organisation named is "your company" to the patterns: "opportunities at Harbour City Blues"
    # is "opportunities at your company".
    named = request.recipient.organization if request is not None else None
    org = named.lower().strip() if named else ""
    subject = doc.subject
    at = text.find(subject, 0, doc.body_start) if subject else -1
    # The subject line asks too: "Subject: Questions on offshore wind work (and a spot in your technician intake?)"
    # (hf). Most subject lines hold no trigger word: a cheap split rules them out before they are indexed.
    if subject and at >= 0 and _triggered(frozenset(subject.lower().translate(_ROUGH).split())):
        six = index(subject)
        # (Patterns only: the model learnt from body sentences, and a subject line is a title.)
        if any(_asks_for_work(six.words[j], six.sentence(j), org, accent, None) for j in range(len(six.spans))):
            findings.append(
                Finding(
                    "job-ask",
                    "error",
                    "The subject line asks for a job or a referral into one, where it should ask for advice.",
                    at,
                    at + len(subject),
                    _hint(request),
                )
            )
    for i in range(first, last):
        lower = ix.sentence(i)
        if not _asks_for_work(words[i], lower, org, accent, model_threshold) and not (
            i > first and _PART_OF_IT.search(lower) and _GROWING.search(ix.sentence(i - 1))
        ):
            continue
        start, end = spans[i]
        # The request's own plan or agreed items, restated: "I will telephone in June to hear about any volunteering
        # opportunities" when that is the follow-up plan the request gives.
        if plans and _restates_item(text, request, plans, i, item_threshold):
            continue
        # A topic of the meeting told back without asking ("I was also very interested to hear about the research
        # opportunities in your emergency department", the topic "research opportunities in the emergency
        # department"): the recap a follow-up owes, not an ask.
        # So is the request's connection told back (above), unless the writer asks to be remembered beside it.
        if (
            (topics or connection)
            and "?" not in lower
            and not _ASKING.search(lower)
            and not _WISHING.search(lower)
            and (
                (topics and _restates_item(text, request, topics, i, item_threshold))
                or (
                    connection
                    and _IN_MIND.search(lower) is None
                    and _restates_item(text, request, [connection], i, item_threshold)
                )
            )
        ):
            continue
        if len(findings) >= max_findings:
            break
        findings.append(
            Finding(
                "job-ask",
                "error",
                "The letter asks for a job or a referral into one, where it should ask for advice.",
                start,
                end,
                _hint(request),
            )
        )
    return findings


def _asks_for_work(w: frozenset[str], lower: str, org: str, accent: bool, model_threshold: float | None) -> bool:
    """Whether a sentence (its words ``w`` and lower-cased text) asks for a job, a post or a referral into one, before
    the request's own items are set aside. ``org`` is the reader's organisation, lower-cased ("" when unknown);
    ``model_threshold`` is the sentence model's (``None``: the patterns alone)."""
    ours = lower
    if org and org in lower:
        # (For the strong phrasings only: "her advisory work with Carewell Health" is not "work with your
        # company" asked for.)
        ours = _as_yours(lower, org)
        w = w | _YOUR_COMPANY
    if (w.isdisjoint(_ANY_TRIGGER) or not _triggered(w)) and not (accent and "é" in lower):
        return False  # every pattern below needs one of these words: skip the regexes
    # (Not with the writer's wish to apply: "I understand that the studio is hiring a trainee, and I would like to
    # apply", pk.)
    if "hiring" in ours and "?" not in ours and _TO_APPLY.search(ours) is None:
        # "Marta mentioned that your team is hiring a graduate engineer": news told, not a question asked
        # ("your team is hiring, so could you put my name forward?" still asks, by its other words).
        ours = _REPORTED_HIRING.sub("news", ours)
    if (
        "your" in ours
        and "?" not in ours
        and _REPORTED_OPENING.search(ours) is not None
        and _ASKING.search(ours) is None
        and _WISHING.search(ours) is None
        and _ASKED_IF.search(ours) is None
    ):
        # "I noticed the chemistry teacher vacancy at your company and wanted to mention my former trainee" (ip33):
        # an opening seen, with nothing asked or wished for the writer.
        ours = _REPORTED_OPENING.sub("news", ours)
    strong = _any_match(_STRONG_GROUPS, ours)
    if not strong:
        # A weak sign is a job ask only in a question or from the writer, for the writer: "She used to
        # work in your team" tells how the referrer knows the reader. So is what the sentence model finds.
        if (w.isdisjoint(_FIRST_PERSON) and "?" not in lower) or _ADVICE.search(lower):
            return False  # (advice asked: "what do hiring managers look for?", "how should I apply?")
        if not _any_match(_WEAK_GROUPS, lower) and not _model_finds(lower, org, model_threshold):
            return False
    denial = _DENIAL.search(lower)
    if denial is not None:
        # "I'm not actively looking, but if a role like yours ever came up on your team, I'd love to hear about it"
        # (io36): the ask made after the denial, in so many words.
        but = lower.find(" but ", denial.end())
        if but < 0:
            return False
        after = lower[but:]
        if org:
            after = _as_yours(after, org)
        if not _any_match(_STRONG_GROUPS, after):
            return False
    if _SHADOWING.search(lower) and not _POST_NAMED.search(lower):
        return False
    if _THANKED_FOR.search(lower) and not strong:
        return False  # "Thank you for the opportunity to work with your team": thanks for what was, no ask
    if _OFFERED.search(lower) and not _ASKING.search(lower):
        return False
    # "It was lovely to hear more about the shadowing opportunities in your coding team" (not "I wondered whether you
    # would mind recommending me for the opening you mentioned", oj: asked indirectly).
    return not (
        _RECOUNTED.search(lower)
        and not _ASKING.search(lower)
        and "?" not in lower
        and not _WISHING.search(lower)
        and not _ASKED_IF.search(lower)
    )


# A place in the reader's team asked for over two sentences: "Any chance your team is growing? I'd love to be part of it
# after graduation." (me).
_PART_OF_IT = lazy_compile(
    r"\b(?:i'd|i’d|i would) (?:really |so |also |very much )?(?:love|like|be (?:glad|happy|thrilled|delighted)) to"
    r" (?:be (?:a )?part of (?:it|that|them)|join (?:it|them|you))\b"
)
_GROWING = lazy_compile(
    r"\b(?:your|the) (?:[\w-]+ ){0,2}?(?:team|group|lab|department|unit|practice|firm|company|studio|office)s?"
    r" (?:is|are) (?:growing|expanding|hiring|recruiting|taking (?:people )?on)\b"
)


def _as_yours(lower: str, org: str) -> str:
    """``lower`` with the reader's organisation (lower-cased) named as "your company", as the patterns read it."""
    return lower.replace("the " + org, "your company").replace(org, "your company")


def _model_finds(lower: str, org: str, threshold: float | None) -> bool:
    """Whether the sentence model finds an ask in a sentence no pattern matched, and the sentence asks for a post.

    The model reads words, not whom or what is asked for: a contact ("could you refer me to someone on your data
    team?"), time in a diary ("a spot for me in your diary"), an event or free help, or news told with nothing asked
    or wished for ("I also noticed that Polar Health has an opening for a senior data analyst", "Please also accept
    my congratulations on winning the Utsira Nord contract") is no post.
    """
    if threshold is None or not JOB_ASK.reaches(lower, org, threshold):
        return False
    if _NOT_A_POST.search(lower) or (_UNPAID.search(lower) and not _POST_NAMED.search(lower)):
        return False
    if "?" in lower or _WISHING.search(lower):
        return True
    news = _TOLD.search(lower) and not _ASKING.search(lower) and not _ASKED_IF.search(lower)
    return not ("congratulat" in lower or news)


def _restates_item(text: str, request: AnyRequest | None, items: list[str], i: int, threshold: float) -> bool:
    """Whether sentence ``i`` restates one of ``items`` (agreed action items, the follow-up plan)."""
    assert request is not None
    names = names_of(request.recipient.name, request.recipient.salutation, request.sender.name)
    ix = index(text)
    return any(
        first_window(ix, phrase(item, names), threshold, 2, window=1, allowed=1 << i) is not None for item in items
    )


def _hint(request: AnyRequest | None) -> str:
    if request is not None and request.ask:
        return (
            f"Remove the request for a job or referral and ask instead for {str(request.ask).rstrip('.')}"
            " and the reader's advice."
        )
    return "Remove the request for a job or referral and ask for the reader's advice about the field instead."

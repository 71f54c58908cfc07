"""Rule ``meta``: model chatter that is not part of the letter.

Catches preambles ("Sure! Here's a draft:"), AI disclaimers, offers to revise, notes to the writer,
markdown (fences, bold, headings, rules, links) and HTML tags. A first line starting ``Subject:`` is part of an
email, not chatter. Every phrase pattern starts with a literal and runs only when a substring test
finds its first words, so a clean letter costs a handful of ``in`` checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from netdraft._view import AnyRequest
from netdraft.report import Finding
from netdraft.rules._form import LazyPattern, form, lower_text, notes_below_signature, preceded_by_letter
from netdraft.rules._lazy import lazy_compile
from netdraft.rules._text import REASONING_TAGS, SUBJECT_LINE, Span, analyze

__all__ = ["meta"]

_EDIT = (
    r"(?:adjust|customi[sz]e|modify|edit|tweak|tailor|personali[sz]e|change|replace|fill in|swap|"
    r"revise|update the placeholders)"
)

# (substring gate, pattern on the lower-cased text, what it is)
_PHRASES: tuple[tuple[str, LazyPattern, str], ...] = (
    (
        "here",
        LazyPattern(
            r"here(?:'s|’s| is| are)(?: (?:a|an|the|your|my|one|two|three|some))?(?: [a-z-]+){0,3}"
            # (Not "here is the draft rubric I promised", the writer's own work.)
            # (Nor "here are my draft costings, as we discussed", hl20.)
            # (Nor "here is the draft-phase breakdown video I mentioned", hx24: a compound.)
            r" (?:letters?|drafts?(?![-‐])(?! of (?:my|our|the) (?!letter|email|e-mail|message|note))"
            r"(?! (?:costings?|figures"
            r"|budgets?|plans?|proposals?|chapters?|reports?|papers?|outlines?|scripts?|designs?|sketch(?:es)?|slides"
            r"|agendas?|contracts?|polic(?:y|ies)|rubrics?|briefs?|specs?|specifications?|analys[ie]s|timelines?"
            r"|schedules?|minutes|questions|portfolio|cv|resume|pitch(?:es)?|essays?|articles?|posts?|numbers)\b)"
            r"(?! [a-z]+ (?:i|we) (?:promised|mentioned|offered|said|owe|drafted|prepared|wrote|made))|emails?|e-mails?"
            # "As promised, here is the dashboard template I built at Brightwave": the writer's own work.
            # ... or sent as promised: "Here is my tasting notes template, as promised" (na).
            r"|messages?|templates?(?! (?:i|we) (?:built|made|created|wrote|designed|put together|use|used|mentioned))"
            r"(?!,? as (?:promised|agreed|discussed|mentioned)\b)"
            r"|subject lines?"
            # A version, a rewrite or a note is chatter when it is the letter's own ("Here is a revised
            # version of your email"); "here is the new version:" of a CV is the writer's attachment.
            r"|(?:notes?|versions?|rewrites?|revisions?|options?|variations?) of (?:your|the|this|my)"
            r" (?:letter|email|e-mail|message|draft|note))\b",
            # "here" alone is in "where" and "there": most letters hold it, few hold these.
            needs=("here's", "here’s", "here is", "here are"),
        ),
        "a preamble",
    ),
    # "Here's a warmer version if you'd prefer:", "Here is a more formal version:": the model's other option,
    # told apart from "here is the new version of my portfolio" by its comparative and what follows it.
    (
        "here",
        LazyPattern(
            r"here(?:'s|’s| is) (?:a|an|another|the) (?:slightly |much |bit )?(?:more \w+|less \w+|\w+er)"
            r" (?:version|draft|take|option|variant)(?=:| if you(?:'d|’d| would)? (?:prefer|like|want)\b)",
            needs=("here's", "here’s", "here is"),
        ),
        "a note to the writer",
    ),
    # "As an AI, I cannot...", "as an AI language model": not "as an AI researcher", a job.
    (
        "as an ai",
        LazyPattern(
            r"as an ai(?: (?:language )?model| assistant)?(?=[,.;:!?]| i\b| i'm\b| i’m\b| cannot\b| can't\b|$)"
        ),
        "an AI disclaimer",
    ),
    (
        "language model",
        LazyPattern(r"(?:as |i am |i'm |i’m )?an? (?:large )?language model"),
        "an AI disclaimer",
    ),
    (
        "an ai",
        LazyPattern(r"(?:i am|i'm|i’m) an ai(?: (?:language )?model| assistant)?(?=[,.;:!?]| and\b| so\b| that\b|$)"),
        "an AI disclaimer",
    ),
    (
        "hope this",
        LazyPattern(
            r"(?:i )?hope this (?:draft |letter |email |template |version |message )?"
            # (Not the writer to the reader: "I hope this gives you a sense of who I am and where I hope to go", pc.)
            r"(?:helps|is helpful|gives you a(?! (?:sense|picture|flavour|flavor|feel|idea|glimpse) of (?:who i|me\b"
            r"|my\b|what i|where i|how i)))"
            # "I hope this helps your team as well": the reader's team, after sending them something.
            r"(?!(?: with)? your (?!letter|email|e-mail|message|outreach|application|networking|draft|request"
            r"|note|cover)\w)"
        ),
        "a remark to the writer",
    ),
    ("feel free", LazyPattern(r"feel free to " + _EDIT), "a note to the writer"),
    # "This version keeps the tone warm but professional.": the model describing its own draft.
    (
        "version",
        LazyPattern(
            r"(?:^|(?<=[.!?] )|(?<=\n))(?:this|the) (?:version|draft|rewrite|revision) (?:keeps|strikes|balances"
            r"|maintains|uses|is more|is less|is shorter|is longer|adds|removes|focuses|emphasi[sz]es|softens"
            r"|tightens)\b",
            needs=("this version", "the version", "this draft", "the draft", "this rewrite", "this revision"),
        ),
        "a remark to the writer",
    ),
    (
        "like me to",
        LazyPattern(
            r"(?:would|do) you (?:like|want) me to (?:make|adjust|change|write|draft|create|revise|"
            r"shorten|lengthen|add|tailor|modify|tweak|rewrite|include|try|generate)"
        ),
        "an offer to revise",
    ),
    (
        "translat",
        # A translating model's note to its user: "(Translated from your Portuguese draft as requested ...)".
        LazyPattern(
            r"(?:translated|translation) (?:from|of|into) (?:your |the )?(?:[\w-]+ ){0,2}?(?:draft|original|version"
            r"|text|notes?)\b",
            needs=("translated ", "translation "),
        ),
        "a note to the writer",
    ),
    (
        "let me know if you",
        LazyPattern(
            r"let me know if you(?:'d|’d| would| want| need)(?: like)?(?: me to make)?"
            # "Let me know if you'd like it more formal".
            r"(?: it| this(?: one)?| the (?:letter|email|e-mail|draft|message|note|tone))?"
            r"(?: any| some| a| another| more)? ?(?:changes|adjustments|modifications|edits|revisions|"
            r"tweaks|different (?:tone|version)|(?:more |less )?(?:formal|casual|concise)|shorter|"
            r"longer|version|variation|alternative)"
            # (Not "any changes to the agenda", the writer's own plan for the next call.)
            r"(?! to (?:the|our|my|your|this) (?!letter|email|e-mail|draft|message|note|tone|wording)[a-z])"
            # "Let me know if you'd like me to make this sound more formal, or add a line about ...".
            r"|let me know if you(?:'d|’d| would| want)(?: like)? me to (?:make|adjust|change|revise|shorten"
            r"|lengthen|tweak|rewrite|tailor|modify|polish|soften) (?:this|it|the (?:letter|email|e-mail|draft"
            r"|message|note|tone|wording))\b"
            r"|let me know if you(?:'d|’d| would| want)(?: like)? me to add (?:a|another|one more) (?:line|sentence"
            r"|paragraph|p\.?s\.?)\b"
        ),
        "an offer to revise",
    ),
    (
        "you can ",
        LazyPattern(r"you can (?:also )?" + _EDIT),
        "a note to the writer",
    ),
    ("be sure to ", LazyPattern(r"be sure to " + _EDIT), "a note to the writer"),
    ("make sure to ", LazyPattern(r"make sure to " + _EDIT), "a note to the writer"),
    ("remember to ", LazyPattern(r"remember to " + _EDIT), "a note to the writer"),
    ("forget to ", LazyPattern(r"(?:don't|don’t|do not) forget to " + _EDIT), "a note to the writer"),
    ("note:", LazyPattern(r"[\[(]note:"), "a note to the writer"),
    ("tip:", LazyPattern(r"[\[(](?:tip|hint|reminder|todo|to do|suggestion)s?:"), "a note to the writer"),
    # "(Mention the placement dates here if you have them; otherwise leave this sentence out.)": an
    # instruction to the writer, in brackets, opening with an imperative of editing.
    (
        "(",
        LazyPattern(
            # "(You may want to add a sentence about a piece she mentioned to make this more personal.)"
            r"\((?:you (?:may|might|could) (?:want|wish|like) to|you could|consider|optionally|maybe) (?:add|mention"
            r"|insert|include|personali[sz]e|tailor|adjust|change|swap|replace|expand|shorten)\b[^)\n]{0,160}\)"
            r"|\((?:mention|add|insert|include|list|name|leave|remove|delete|cut|drop|expand|shorten)\b"
            r"[^)\n]{0,120}?\b(?:here|this sentence|this line|this paragraph|if you|otherwise)\b",
            needs=("(mention", "(add", "(insert", "(include", "(list", "(name", "(leave", "(remove", "(delete",
                   "(cut", "(drop", "(expand", "(shorten", "(you ", "(consider", "(optionally", "(maybe"),
        ),
        "a note to the writer",
    ),
    # "[add one detail from the factory tour]": an instruction in square brackets, not a slot for a value
    # ("[insert date]", the placeholder rule's alone).
    (
        "[",
        LazyPattern(
            r"\[(?:add|mention|describe|include|expand on|say something|talk about|give an?|share an?)\b"
            r"[^\]\n]{8,120}\]"
            # "[insert recent project here]": something to write, not a value to fill in ("[insert date]",
            # "[insert link to my portfolio here]").
            r"|\[insert (?!(?:the |your |my |a |an )?(?:date|dates|day|days|time|times|link|url|name|names|email"
            r"|phone|number|address|company|organi[sz]ation|title|role)\b"
            # ... but the title of a piece of writing is something to look up: "[insert title of his recent
            # article here]", "[insert the title of the report here]".
            r"(?! of (?:the |his |her |their |your |a |an |my )?(?:[\w'’-]+ ){0,2}?(?:article|report|paper|book|piece"
            r"|post|talk|study|essay|chapter|presentation|blog|column|podcast|episode|thesis)\b))[^\]\n]{3,80}? here\]",
            needs=("[add", "[mention", "[describe", "[include", "[expand", "[say", "[talk", "[give", "[share",
                   "[insert"),
        ),
        "a note to the writer",
    ),
    # "(phrased gently here, since you mentioned ...)", "(I've kept this short so it reads easily on a
    # phone; add the meeting date ...)": the drafter explaining the draft to the writer.
    (
        "(",
        LazyPattern(
            r"\((?:i've |i have )?(?:phrased|worded|kept|written|softened|shortened|toned)\b[^)\n]{0,80}?"
            r"\b(?:here|this|so it|to keep|if you)\b",
            needs=("(phrased", "(worded", "(kept", "(written", "(softened", "(shortened", "(toned", "(i've", "(i have"),
        ),
        "a note to the writer",
    ),
    # "(I've left out the date of the panel because I wasn't sure of it - you could add it to the first
    # sentence if you remember.)": what the drafter left undone, explained to the writer.
    (
        "(",
        LazyPattern(
            r"\((?:i've |i’ve |i have |i )?(?:left out|omitted|left off|did not include|didn't include|didn’t include)"
            r"\b[^)\n]{0,160}\)"
            r"|\([^)\n]{0,120}?\byou (?:could|can|might|may|should|will want to|may want to) (?:add|insert|include|put"
            r"|mention|fill in|swap|replace|change|cut|drop|use)\b[^)\n]{0,80}?\b(?:sentence|paragraph|line|here|above"
            r"|below|if you)\b"
            # "(Second paragraph, optional:)": a part of the draft the writer may cut.
            r"|\((?:first|second|third|fourth|last|final|closing|opening|next|this) (?:paragraph|line|sentence|section)"
            r"s?,? (?:is )?(?:optional|if you like|if needed|if you want)\b",
            needs=("(i", "(left", "(omitted", "(did", "you could", "you can", "you might", "you may", "you should",
                   "you will want", "optional", "if you like", "if needed", "if you want"),
        ),
        "a note to the writer",
    ),
    # "(Swapped "grateful" for "thankful" in the last line so it doesn't repeat; keep whichever you prefer.)":
    # an edit the drafter made, reported to its user.
    (
        "(",
        LazyPattern(
            r"\((?:i've |i’ve |i have |i )?(?:swapped|changed|replaced|moved|cut|trimmed|removed|added|reworded"
            r"|rephrased|tightened|dropped|switched)\b[^)\n]{0,160}?(?:\bin the (?:first|last|second|third|opening"
            r"|closing|final|next) (?:line|sentence|paragraph)|\bwhichever\b|\bthe wording\b|\bthe greeting\b"
            r"|\bthe sign-?off\b|\bthe subject line\b|\b(?:doesn't|doesn’t|does not|don't|don’t) repeat\b"
            r"|\bif you(?:'d|’d| would)? prefer\b)",
            needs=("(swapped", "(changed", "(replaced", "(moved", "(cut", "(trimmed", "(removed", "(added", "(reworded",
                   "(rephrased", "(tightened", "(dropped", "(switched", "(i"),
        ),
        "a note to the writer",
    ),
    # "P.S. Just for you, not part of the email: ...": a postscript to the writer.
    (
        "part",
        LazyPattern(r"\bnot (?:a )?part of the (?:email|e-mail|letter|message|note)\b", needs=("part of the",)),
        "a note to the writer",
    ),
    # "I kept it short as you asked.": the drafter reporting to its user on what it was asked for.
    (
        "as you",
        LazyPattern(
            r"(?:i(?:'ve|’ve| have)? )?(?:kept|made|written|wrote|shortened|softened|trimmed) (?:it|this|the"
            r" (?:letter|email|e-mail|note|draft|message)) (?:\w+ ){0,2}?\w+,? as you (?:asked|requested|wanted)\b",
            needs=("kept", "made", "written", "wrote", "shortened", "softened", "trimmed"),
        ),
        "a note to the writer",
    ),
    # "(check with Folake that she's happy to be named here)": a note to self left in brackets.
    (
        "(",
        LazyPattern(
            r"\((?:check|confirm|ask|verify|double-check|make sure|remember to|find out)\b(?! out\b)[^)\n]{0,120}\)"
            # "(optional: add a line about your certificate here)", "(I kept this short so it reads as ...)".
            r"|\(optional\s*[:,-]"
            r"|\((?:i've |i’ve |i have |i )?(?:kept|made|written|wrote|phrased|framed) (?:this|it|the \w+)"
            r" (?:short|brief|warm|light|formal|casual|friendly|so|as)\b",
            needs=("(check", "(confirm", "(ask", "(verify", "(double-check", "(make sure", "(remember to",
                   "(find out", "(optional", "(i", "(kept", "(made", "(written", "(wrote", "(phrased", "(framed"),
        ),
        "a note to the writer",
    ),
    # "(warm opener, not gushing)", "(shows you listened without repeating her)", "(concrete next step -
    # shows initiative)": the drafter's reasons left beside its sentences.
    (
        "(",
        LazyPattern(
            r"\((?:[\w'’-]+ ){0,3}?(?:opener|opening line|hook|closer|call to action|cta|personal touch|flattery"
            r"|next step)\b[^)\n]{0,80}\)"
            r"|\([^)\n]{0,60}?\b(?:not gushing|not too (?:pushy|formal|casual|long)|shows (?:you|that you|initiative"
            r"|interest|enthusiasm|humility|genuine)|builds (?:rapport|credibility)|keeps it (?:short|brief|concise))"
            r"[^)\n]{0,80}\)",
            needs=("opener", "opening line", "hook", "closer", "call to action", "cta", "personal touch", "flattery",
                   "next step", "gushing", "not too ", "shows ", "builds ", "keeps it "),
        ),
        "a note to the writer",
    ),
    # "Version 2 (shorter):" above a second draft, "[Optional: add a line about a project you are proud of]" (mw).
    (
        # A line's start, so any letter of more than one line passes the gate; the literals the pattern needs select it.
        "\n",
        LazyPattern(
            # (Not "Option 2: coffee on Friday", choices offered to the reader.)
            r"(?:^|\n)[ \t*_#]*(?:version|draft|variant) (?:\d|two|three|b|ii)\b[^:\n]{0,30}:",
            needs=("version", "draft", "variant"),
        ),
        "a note to the writer",
    ),
    (
        "[optional",
        LazyPattern(r"\[optional\s*[:,-]", needs=("[optional",)),
        "a note to the writer",
    ),
    # "Alternative sign-off, if you'd prefer something less formal:": the model's other option.
    (
        "alternative",
        LazyPattern(
            r"(?:^|\n)[ \t]*(?:an? )?alternative (?:sign-?off|closing|subject(?: line)?|opening|greeting|version"
            r"|ending|first line)\b",
            needs=("alternative",),
        ),
        "a note to the writer",
    ),
    # "(If you haven't started the module yet, change this to 'will start'.)": an edit left in brackets.
    (
        "(",
        LazyPattern(
            r"\([^)\n]{0,120}?(?<!can )(?<!will )(?<!to )(?<!’ll )(?<!'ll )\b(?:change|replace|swap|edit|update"
            r"|adjust|reword|rephrase|delete|remove|cut) (?:this|that|it)\b(?: (?:to|with|for)\b| line| sentence"
            r"| part| if)",
            needs=(" this", " that", " it"),
        ),
        "a note to the writer",
    ),
    # "Replace the placeholders", "the placeholders above": a note about the draft, not a designer's
    # "placeholder text" as a subject of the letter.
    (
        "placeholder",
        LazyPattern(
            r"(?:replace|fill in|fill|update|swap|edit|remove|customi[sz]e|change|adjust) (?:the |all |any |these "
            r"|those |each )?(?:\w+ )?placeholders?\b|placeholders? (?:above|below|in (?:square )?brackets|with your)"
        ),
        "a note to the writer",
    ),
    # An instruction left for the user: "drop it in here ... Otherwise delete this line."
    (
        "this ",
        LazyPattern(
            r"(?:delete|remove|cut|drop) this (?:line|sentence|paragraph|bit|note|part)\b"
            r"|(?:drop|put|add|insert|paste|slot) (?:it|that|them|one|a \w+|the \w+) in here\b",
            needs=("this line", "this sentence", "this paragraph", "this bit", "this note", "this part", " in here"),
        ),
        "a note to the writer",
    ),
    # "... if Rhys has already emailed him, trim the first paragraph to a single line": an edit to make, told
    # after a clause break (not "I cut the opening paragraph of my essay", the writer's own news). One entry per
    # noun: each gate is one cheap substring test on letters that hold none of them.
    *(
        (
            noun,
            LazyPattern(
                r"\b(?<![a-z0-9'’] )(?:trim|cut|shorten|drop|delete|remove|move|swap|reword|rephrase|tighten|expand"
                r"|lengthen|soften) the (?:first|second|third|last|final|opening|closing|middle|next|previous) "
                + noun
                + r"s?\b"
            ),
            "a note to the writer",
        )
        for noun in ("paragraph", "sentence", "line")
    ),
    # Why the letter is written as it is, told to its user: "The ask is phrased as a question, which tends to
    # get more replies from senior people", "leading with his name tends to get a letter like this opened",
    # "I took out the second request about visiting the office, since a single clear ask reads better".
    (
        "tend",
        LazyPattern(
            r"tends? to get (?:(?:a|the|your) )?(?:letters?|emails?|e-mails?|messages?|notes?)?(?: like this)?"
            r" ?(?:opened|read|answered|more (?:replies|responses|answers))\b",
            needs=("tend to get", "tends to get"),
        ),
        "a remark to the writer",
    ),
    (
        "out the",
        LazyPattern(
            r"i(?:'ve| have)? (?:took|taken) out the (?:\w+ )?(?:request|ask|paragraph|line|sentence|sign-?off"
            r"|greeting|mention)\b",
            needs=("took out the", "taken out the"),
        ),
        "a remark to the writer",
    ),
    (
        "ed as",
        LazyPattern(
            r"the (?:ask|request|greeting|sign-?off|opening|closing) (?:is|was) (?:phrased|worded|framed),?"
            r" (?:since|because|as|which)\b",
            needs=("phrased", "worded", "framed"),
        ),
        "a remark to the writer",
    ),
    (
        "better",
        LazyPattern(
            r"(?:reads?|sounds?|lands?) better,? (?:since|because|as|which)\b",
            needs=("reads better", "read better", "sounds better", "sound better", "lands better"),
        ),
        "a remark to the writer",
    ),
    # The letter's own parts pointed at: "If it needs to be punchier, this middle paragraph is the one to trim",
    # "The closing below mirrors the formality of the greeting" (not "the first paragraph of your article").
    (
        " paragraph",
        LazyPattern(r"this (?:middle|first|second|third|last|final|opening|closing) paragraph\b"),
        "a remark to the writer",
    ),
    (
        "the ",
        LazyPattern(
            r"the (?:closing|sign-?off|greeting|salutation|opening|subject line) (?:below|above)\b",
            needs=(" below", " above"),
        ),
        "a remark to the writer",
    ),
    # An aside to the writer inside a sentence: "(softened from your original wording)", "(warmer than your first
    # attempt, but still brief)", "-- kept this specific so it does not sound generic --".
    (
        "your ",
        LazyPattern(
            r"\([^()\n]{0,60}?\byour (?:original|first|earlier|previous|own) (?:wording|draft|version|attempt|text"
            r"|phrasing|note|letter|email|e-mail|message|line)\b[^()\n]{0,40}\)",
            needs=("your original", "your first", "your earlier", "your previous", "your own"),
        ),
        "a remark to the writer",
    ),
    (
        " so ",
        LazyPattern(
            r"(?:\(|--|—|–) ?(?:kept|made|softened|tightened|trimmed|shortened|reworded|rephrased|simplified)"
            r"(?: this| it| the [a-z]+)? [^()\n]{0,60}?\bso (?:it|that it|this|they) (?:does|doesn't|doesn’t|won't"
            r"|won’t|reads|sounds|lands|stays)\b",
            needs=("(", "--", "—", "–"),
        ),
        "a remark to the writer",
    ),
)

# Whole-line chatter, matched at the start of a line.
# A "Note:" line about what the letter sends the reader, or about the writer's new contact details ("Note: my email
# address has changed to ..."), is the letter's own.
_TO_THE_READER = lazy_compile(
    r"\b(?:attached|enclosed|attachment|attaching|enclosing)\b"
    r"|\bmy (?:new |updated |work |personal |home )?(?:email|e-mail|postal|phone|mobile|telephone)?"
    r"(?: ?address| ?number|email|e-mail|phone|mobile|contact details|surname)\b",
    re.IGNORECASE,
)
_LINE = lazy_compile(
    r"(?:\*\*|__)?(?:(?:note|notes|tip|tips)(?: (?:for|to) (?:you|the (?:writer|sender|user)))?|key changes"
    r"|changes made|explanation|why this works|rationale|reasoning|what changed|what i changed"
    r"|subject line options?|alternative subject(?: lines?)?|word count|optional|p\.?s\.? to (?:the )?writer"
    # A drafting tool's settings: "Tone: formal | Audience: senior engineer | Format: email".
    r"|tone|audience|register|persona|reading level|temperature)"
    r"(?:\*\*|__)?[ \t]*:"
    r"|(?:sure|certainly|of course|absolutely|okay|ok|great|got it|happy to help)(?:!|[,.][ \t]*here\b)"
    r"|#{1,6}[ \t]"
    r"|(?:-{3,}|\*{3,}|={3,})[ \t]*$"
    r"|```",
    re.IGNORECASE,
)

# Every character a ``_LINE`` match can start with (``re.IGNORECASE`` adds the Kelvin sign and long s).
_LINE_FIRST = frozenset("*_#-=`nNtTkKcCeEwWsSaAoOpPgGhHrR\u212a\u017f")
# Markdown inside a line.
# (Not a Python name, "an empty __init__.py", nor a template field in capitals, "__TEAM__": the placeholder
# rule's.)
_BOLD = lazy_compile(r"\*\*[^*\n]{1,120}?\*\*|__(?![A-Z0-9_]{1,30}__)[^_\s][^_\n]{0,120}?__(?![\w(]|\.\w)")
_LINK = lazy_compile(r"\[[^\[\]\n]{1,80}\]\((?:https?://|www\.|mailto:)[^()\s]{1,200}\)")
# HTML markup left by a drafting tool ("<p>", "<br>", "</strong>"): only tags a letter never holds as
# text, so a "<Company>" slot stays the placeholder rule's business.
_HTML = lazy_compile(
    r"</?(?:p|br|div|span|b|i|u|strong|em|ul|ol|li|h[1-6]|a|html|body|table|tr|td|hr|font)"
    r"(?:\s[^<>\n]{0,100})?\s*/?>",
    re.IGNORECASE,
)

# A reasoning model's thoughts left in the draft: "<think> The user wants a short thank-you ... </think>".
_REASONING = lazy_compile(
    r"<(?P<tag>" + "|".join(sorted(REASONING_TAGS)) + r")>(?:[^<]{0,4000}</(?P=tag)>)?", re.IGNORECASE
)

# A preamble line before the greeting reads like chatter (an address or date line does not).
_PREAMBLE = lazy_compile(
    r"(?:\bhere\b|\bdraft|\btemplate|\bversion\b|\bsure\b|\bcertainly\b|\bof course\b|\babsolutely\b"
    r"|\bhappy to\b|\bglad to\b|\bbelow\b|\bsubject line|\byour (?:letter|email|message)\b)",
    re.IGNORECASE,
)


# Words in lower case: an address or a date line has few, a sentence several.
_LOWER_WORD = lazy_compile(r"(?<![\w'’-])[a-z]{2,}\b")


def _prose(text: str, start: int, end: int) -> bool:
    """Whether the line is prose, not an address or a date: "Pitched in a formal register to match his seniority"."""
    return len(_LOWER_WORD.findall(text, start, min(end, start + 300))) >= 4


def _is_sentence(text: str, start: int, end: int) -> bool:
    line = text[start:end].rstrip()
    return line.endswith((".", "!", "?")) and len(line.split()) >= 5


def _finding(text: str, start: int, end: int, what: str) -> Finding:
    shown = " ".join(text[start:end].split())
    shown = shown if len(shown) <= 50 else shown[:47] + "..."
    if what in ("markdown", "markup"):
        hint = f"Remove the {what} in '{shown}' and write plain text."
    elif what == "a preamble":
        hint = f"Delete '{shown}' and start the letter with the greeting."
    else:
        hint = f"Delete '{shown}': the letter must contain only what the reader should see."
    return Finding("meta", "error", f"Model chatter in the letter ({what}): '{shown}'.", start, end, hint)


def meta(text: str, request: AnyRequest | None, kind: str | None, /) -> Iterable[Finding]:
    """Flag model chatter, notes to the writer and markdown in the letter.

    Args:
        text: The letter.
        request: Unused.
        kind: Unused.
    """
    doc = analyze(text)
    low = lower_text(doc)
    spans: list[tuple[Span, str]] = []

    # A preamble before the greeting ("Sure! Here's your email:").
    f = form(text)
    if f.greeting_line:
        top = doc.lines[: f.greeting_line]
        # Subject lines in the body: all of them after a first-line subject (an email has one; a second is
        # the model's other option), else all but the first. Above that one an address or a date may stand,
        # but not a sentence: "Done: shorter now, and Meleri's name is in the first line." is the model's.
        subjects = [i for i, (s, _) in enumerate(top) if SUBJECT_LINE.match(text, s)]
        extra = subjects if doc.subject is not None else subjects[1:]
        above = subjects[0] if subjects and doc.subject is None else 0
        for i, (s, e) in enumerate(top):
            # Only the first 300 characters of a line are searched: a huge line cannot cost more.
            chatter = _PREAMBLE.search(text, s, min(e, s + 300)) or text[s:e].rstrip().endswith(":")
            # A sentence between the subject line and the greeting is no address or date either, nor is a line of
            # prose above a paper letter's greeting: "Pitched in a formal register to match his seniority."
            sentence = _is_sentence(text, s, e) and (i < above or doc.subject is not None or _prose(text, s, e))
            if chatter or i in extra or sentence:
                spans.append(((s, e), "a preamble"))

    for gate, pattern, what in _PHRASES:
        if gate in low and pattern.may_match(low):
            spans.extend(
                ((m.start(), m.end()), what) for m in pattern.finditer(low) if not preceded_by_letter(low, m.start())
            )

    for s, e in doc.lines:
        if text[s] not in _LINE_FIRST:
            continue  # no branch of ``_LINE`` can start with this character
        line = _LINE.match(text, s, e)
        if line is not None and _TO_THE_READER.search(text, line.end(), e) is not None and (
            line.group().lower().lstrip("*_").startswith("note")
        ):
            line = None  # "Note: the attached sheet has the figures you asked for": the letter's own note
        if line is not None:
            head = line.group()
            is_md = head.startswith(("#", "-", "*", "=", "`")) and not head.lower().startswith("**note")
            end = e if head.rstrip().endswith(":") or is_md else line.end()
            opener = head[:1].isalpha() and not head.rstrip().endswith(":")
            what = "markdown" if is_md else "a preamble" if opener else "a note to the writer"
            spans.append(((s, end), what))
    # A fence inside a line, or the subject line written in bold.
    if "```" in text:
        i = text.find("```")
        while i >= 0:
            spans.append(((i, i + 3), "markdown"))
            i = text.find("```", i + 3)
    if "**" in text or "__" in text:
        spans.extend(((m.start(), m.end()), "markdown") for m in _BOLD.finditer(text))
    if "](" in text:
        spans.extend(((m.start(), m.end()), "markdown") for m in _LINK.finditer(text))
    if "<" in text:
        spans.extend(((m.start(), m.end()), "markup") for m in _HTML.finditer(text))
        spans.extend(((m.start(), m.end()), "the model's reasoning") for m in _REASONING.finditer(text))

    spans.extend(((s, e), "a note to the writer") for s, e in notes_below_signature(text))

    # One finding per place: drop spans inside an earlier, wider one.
    spans.sort(key=lambda item: (item[0][0], -item[0][1]))
    last_end = -1
    for (s, e), what in spans:
        if e <= last_end:
            continue
        last_end = e
        yield _finding(text, s, e, what)

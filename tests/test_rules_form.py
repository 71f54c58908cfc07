"""Tests of the form rules: length, politeness, placeholder, meta, salutation, gratitude, grounding."""

from __future__ import annotations

import time

import pytest

from netdraft import LetterRequest, Skip, check
from netdraft.rules._text import analyze
from netdraft.rules.gratitude import gratitude
from netdraft.rules.grounding import grounding
from netdraft.rules.length import length
from netdraft.rules.meta import meta
from netdraft.rules.placeholder import placeholder
from netdraft.rules.politeness import politeness
from netdraft.rules.salutation import salutation

REQUEST = LetterRequest.model_validate(
    {
        "kind": "informational",
        "sender": {
            "name": "Ana Ruiz",
            "background": "Five years teaching high-school science in Denver.",
            "goal": "move into UX research",
        },
        "recipient": {
            "name": "Maria Chen",
            "salutation": "Dr. Chen",
            "title": "Director of UX Research",
            "organization": "Acme Health",
        },
        "referrer": {"name": "Tom Hale", "relationship": "my former colleague"},
        "purpose": "learn how she moved from academia into industry research",
        "ask": "a 20-minute phone call in the next two weeks",
        "follow_up": "call her office next Tuesday",
    }
)

BODY = (
    "Tom Hale, my former colleague, suggested I write to you. I spent five years teaching "
    "high-school science in Denver and I am now hoping to move into UX research. I would love to "
    "learn how you moved from academia into industry research at Acme Health, and which skills "
    "mattered most in that move.\n\n"
    "Would you be open to a 20-minute phone call in the next two weeks? I will call your office "
    "next Tuesday to see whether a time might suit you, and I am happy to work around your "
    "schedule.\n\n"
    "Thank you for considering my request; I know how valuable your time is."
)
CLEAN = f"Subject: Question about your move into UX research\n\nDear Dr. Chen,\n\n{BODY}\n\nBest regards,\nAna Ruiz"


def letter(body: str = BODY, greeting: str = "Dear Dr. Chen,", signoff: str = "Best regards,\nAna Ruiz") -> str:
    return f"{greeting}\n\n{body}\n\n{signoff}"


def rules_of(text: str, rule, request=REQUEST, kind="informational", **options):  # type: ignore[no-untyped-def]
    return list(rule(text, request, kind, **options))


def covers(text: str, findings, fragment: str) -> bool:  # type: ignore[no-untyped-def]
    """Some finding's span covers an occurrence of ``fragment``."""
    assert fragment in text, fragment
    starts = [i for i in range(len(text)) if text.startswith(fragment, i)]
    return any(f.start <= i and i + len(fragment) <= f.end for f in findings for i in starts)


def test_clean_letter_passes_every_form_rule() -> None:
    report = check(CLEAN, REQUEST)
    mine = {"length", "politeness", "placeholder", "meta", "salutation", "gratitude", "grounding"}
    assert not [f for f in report.findings if f.rule in mine], report.format_text()


# ---------------------------------------------------------------------------------------------
# length


def test_length_too_short_and_too_long() -> None:
    short = letter("Could we talk? Thank you.")
    (f,) = rules_of(short, length)
    assert f.rule == "length" and f.severity == "error" and "Add about" in f.hint
    long = letter(BODY + "\n\n" + " ".join(["More background about my teaching."] * 30))
    (f,) = rules_of(long, length)
    assert "Cut about" in f.hint and f.start > 0 and f.end == len(long.rstrip())


def test_length_subject_line_not_counted_and_options() -> None:
    words = " ".join(["word"] * 85)
    text = "Subject: " + " ".join(["subject"] * 20) + "\n\n" + words
    assert [f.rule for f in rules_of(text, length)] == ["length"]  # 85 < 90
    assert rules_of(text, length, min_words=80) == []
    assert rules_of(text, length, slack=5) == []


def test_length_kind_only_and_skip() -> None:
    text = " ".join(["word"] * 60)
    assert rules_of(text, length, request=None, kind="thank_you") == []
    assert len(rules_of(text, length, request=None, kind="informational")) == 1
    with pytest.raises(Skip):
        rules_of(text, length, request=None, kind=None)


def test_length_request_words_override() -> None:
    req = LetterRequest.model_validate({**REQUEST.model_dump(exclude_none=True), "words": {"min": 10, "max": 50}})
    assert len(rules_of(CLEAN, length, request=req)) == 1


# ---------------------------------------------------------------------------------------------
# politeness

RUDE = [
    # The author of pe (a fifteenth round's general brief), in other words.
    ("Your booking system seemed a bit old-fashioned to me.", "a bit old-fashioned"),
    ("Paper records work fine for a small practice like yours.", "for a small practice like yours"),
    ("Most recruiters don't understand data the way I do.", "don't understand data the way I do"),
    ("The call would be just as valuable for you as it is for me.", "just as valuable for you as it is for me"),
    ("My app has had more impact than most funded projects.", "more impact than most"),
    ("Thanks for the tip; I'll be sure to pass that on to the fish.", "I'll be sure to pass that on to the"),
    ("I know directors are terribly busy being visionary.", "terribly busy being"),
    ("I gather your inbox is largely decorative.", "is largely decorative"),
    ("I do hope your offer wasn't just being polite.", "wasn't just being polite"),
    # The author of oy (a fourteenth round's general brief), in other words.
    ("You've done rather well for yourself, considering where you came from.", "considering where you came from"),
    ("Thanks so much for finally making the time.", "Thanks so much for finally making the time"),
    # The authors of os and ot (a thirteenth round's general brief), in other words.
    ("I have kept my notes basic so they're easy for you to follow.", "basic so they're easy for you to follow"),
    ("You presented it so well, considering it isn't really your area.", "so well, considering"),
    ("I've added a glossary in case anything was confusing for you.", "in case anything was confusing for you"),
    # The author of om (a twelfth round's general brief), in other words.
    ("After all he has done for you, I'd hope you wouldn't refuse.", "After all he has done for you"),
    ("It would be a pity to let him down now.", "would be a pity to let him down"),
    ("Your studio will gain far more from this conversation than I will.",
     "Your studio will gain far more from this conversation than I will"),
    ("I'm better at grant writing than most of your staff.", "I'm better at grant writing than most of your"),
    ("I never imagined you would make it this far.", "I never imagined you would make it"),
    ("It's nice to see that even you could pull it off.", "even you could pull it off"),
    # The author of og (an eleventh round's general brief), in other words.
    ("Thanks for the reply after a month; I barely had time to miss it.", "barely had time to miss it"),
    ("I know how taxing a single email must be for you.", "how taxing a single email must be"),
    ("The clinic has improved, considering how it used to be managed.", "considering how it used to be managed"),
    ("Your new staff seem surprisingly competent.", "surprisingly competent"),
    ("He'd be lucky to work with someone of my experience.", "He'd be lucky to work with someone of my"),
    ("Most of your applicants won't be anywhere near in my league.", "anywhere near in my league"),
    ("You stopped writing the day I stopped being useful to you.", "the day I stopped being useful"),
    ("Frankly, I thought you were better than that.", "I thought you were better than that"),
    # The author of oa (a tenth round's general brief), in other words.
    ("I kept the summary short in case the statistics go over your head.", "go over your head"),
    ("Your exhibition was surprisingly polished for a small gallery.", "surprisingly polished for a"),
    ("The website is a bit amateurish, but the work is good.", "a bit amateurish"),
    ("As I said in my earlier messages, I am free on Tuesdays.", "As I said in my earlier messages"),
    ("You are terribly busy, as everyone keeps reminding me.", "as everyone keeps reminding me"),
    ("I'll wait for your reply, whenever that might turn out to be.", "whenever that might turn out to be"),
    ("I expect to be first on the list for the spring workshop.", "expect to be first on the list"),
    ("I trust you will see to it before the term starts.", "I trust you will see to it"),
    # The author of nu (a ninth round's general brief), in other words.
    ("It would be a pity if you were one of those people who forget where they started.",
     "would be a pity if you were one of those"),
    ("I hope you're not pulling up the ladder behind you.", "pulling up the ladder"),
    ("The studio does decent work for its size, even if it's not really at the level of the leading agencies.",
     "decent work for its size"),
    ("I know the older generation of editors tends to be slow with new tools, so I'll keep it simple.",
     "the older generation of editors tends to be slow"),
    ("I've already outpaced most of your trainees, to be honest.", "outpaced most of your"),
    ("Could someone senior see me at the open day, rather than the interns?", "rather than the interns"),
    ("For a local studio, your portfolio is surprisingly strong.",
     "For a local studio, your portfolio is surprisingly"),
    ("It was good of someone at your level to take an interest in my work.",
     "someone at your level to take an interest in"),
    ("I think you're underpricing your commissions.", "I think you're underpricing"),
    # The author of no (an eighth round's general brief), in other words.
    ("I've asked around already and no one has bothered to answer, which is discouraging.", "no one has bothered to"),
    ("It would be a pity if someone in your position couldn't find ten minutes for a beginner.",
     "would be a pity if someone in your position couldn't"),
    ("I know how busy surveyors are, what with all the free time between site visits.", "what with all the free time"),
    ("Perhaps you could read my draft, if it wouldn't be too much of a strain.", "too much of a strain"),
    ("Thank you for the whole couple of minutes on Friday.", "the whole couple of minutes"),
    ("I will cherish your pearls of wisdom for years.", "cherish your pearls of wisdom"),
    ("Do write again if you ever find yourself with a bit more time for beginners.",
     "find yourself with a bit more time"),
    ("Frankly I know more about soil chemistry than half of your field team.", "than half of"),
    ("You'd be lucky to get someone like me on the course.", "lucky to get someone like me"),
    # The author of ni (a seventh round's general brief), in other words.
    ("Most of the modelling side may not mean much to you, but it is what I do all day.", "may not mean much to you"),
    ("Your summary was clear, which is impressive when it has obviously been years since you trained.",
     "obviously been years since you"),
    ("Frankly my drawings are better than most of what the studio publishes.", "my drawings are better than most"),
    ("It would be a mistake for you not to meet me.", "would be a mistake for you not to"),
    ("I've drafted the introduction already, so all you need to do is forward it.", "all you need to do is"),
    # The corpus letter jh16, read wrong since the twenty-third session, in other words.
    ("Your notes were clear, considering how old your own qualification must be.", "considering how old your"),
    # The sixty-third author's (kg) constructions, in other words.
    ("Hopefully it's a bit clearer now.", "Hopefully it's a bit clearer now"),
    ("Do send the notes, whenever you eventually get round to them.", "whenever you eventually get round to them"),
    ("It would be good to hear that my time wasn't completely wasted.", "time wasn't completely wasted"),
    ("You write remarkably clearly for someone new to the sector.", "clearly for someone new to"),
    ("I can fill in the gaps myself.", "fill in the gaps myself"),
    # The sixty-second author's (ke) constructions, in other words.
    ("I had rather hoped you would have replied before now.", "hoped you would have replied"),
    ("It's a pity you decided to cut our chat short.", "cut our chat short"),
    ("I suppose everyone's priorities are different.", "priorities are different"),
    ("You're ever so important, I know.", "ever so important"),
    ("There seem to be zero minutes for people like me.", "zero minutes for"),
    ("Nobody listens to anyone without a fancy title.", "anyone without a fancy"),
    ("Fundraising might look rather easy from where you sit.", "easy from where you sit"),
    ("I'll keep my questions simple for you.", "keep my questions simple"),
    ("It's refreshing to see youngsters in the trade.", "refreshing to see youngsters"),
    ("Your plan was good, even if your cost estimates were slightly naive.", "even if your cost estimates"),
    # The sixty-first author's (ka) constructions, in other words.
    ("I'd respectfully suggest you have a word with whoever answers your phones.", "suggest you have a word"),
    ("It was a pity you were so late on Tuesday.", "pity you were so late"),
    ("Perhaps next time we could have one that actually starts on time.", "one that actually starts on time"),
    ("I do realise some people are just terribly busy.", "some people are just terribly busy"),
    ("Your charity does remarkably tidy work for an outfit like that.", "remarkably tidy work for an outfit"),
    ("Practice has moved on a great deal since you qualified.", "moved on a great deal since you qualified"),
    ("I'd urge you to brush up on the new guidance.", "urge you to brush up"),
    # The sixtieth author's (jx) constructions, in other words.
    ("You of all people ought to be finding time for people like me.", "ought to be finding time for people like"),
    ("Lots of people helped you when you started out.", "Lots of people helped you"),
    # The fifty-sixth to fifty-eighth authors' (ju, jv) constructions, in other words.
    ("Honestly, I already know a lot more about rigging than most of your crew.", "know a lot more about rigging"),
    ("Thanks for replying, at long last.", "Thanks for replying, at long last"),
    ("I won't take up more of your very precious time than is absolutely necessary.", "time than is absolutely"),
    ("Being told to update my LinkedIn was truly revolutionary advice.", "truly revolutionary advice"),
    ("I'll add it to my collection of profound insights.", "my collection of profound insights"),
    ("I should not need to remind you of your own offer.", "I should not need to remind"),
    ("You left me sitting in the corridor for forty minutes.", "You left me sitting"),
    ("I would have expected a far better briefing from the people at your firm.", "expected a far better briefing"),
    ("It's disappointing, considering all I did for your fundraiser.", "disappointing, considering all I"),
    ("I'd have thought my two years on your committee deserved a reply.", "have thought my two years"),
    ("Do it today, please.", "Do it today"),
    # The fifty-fourth and fifty-fifth authors' (jr, jt) constructions, in other words.
    ("Your report was remarkably readable for something produced by a planning department.",
     "remarkably readable for something produced by"),
    ("Much of this I largely knew from my own reading, of course.", "Much of this I largely knew"),
    ("I already knew that, of course, but it was kind of you to explain.", "I already knew that, of course"),
    ("You never replied to my note in March; presumably you had your priorities.", "presumably you had your"),
    ("Do write again when you have something genuinely helpful to add.", "something genuinely helpful"),
    ("I gather your department enjoys its leisurely lunches.", "leisurely lunches"),
    ("To be frank, I had expected rather more from someone at your level.", "expected rather more from someone"),
    ("I'd hoped for better than a few generic tips.", "hoped for better than a few"),
    ("Perhaps you could put in a bit more effort with the next introduction.", "put in a bit more effort"),
    ("You sounded rather bored for most of the call.", "You sounded rather bored"),
    ("I am not the kind of person who likes being kept waiting.", "not the kind of person who likes being kept"),
    ("I imagine a small branch office doesn't see much of the exciting casework.", "a small branch office"),
    ("I'm sure your diary is a riveting read, so I'll keep this short.", "your diary is a riveting"),
    ("I'll do my best to make this email the highlight of your week.", "the highlight of your week"),
    # The fiftieth to fifty-second authors' (jc, je, jh) families, in other words.
    ("Your brochure was surprisingly slick for such a small practice.", "surprisingly slick for such a small"),
    ("Your guide was unexpectedly clear for someone in such a niche field.", "unexpectedly clear for someone in"),
    ("I am sure even a modest little studio like yours can show me a thing or two.", "even a modest little studio"),
    ("I suspect your own training may no longer apply, but I would still like to hear it.", "your own training"),
    ("Your way in was rather old-fashioned, but the principles still hold.", "Your way in was rather old-fashioned"),
    ("You never did get round to sending the article; no doubt you had your priorities.", "no doubt you had"),
    ("You never quite got around to the introduction.", "You never quite got around to"),
    ("I suppose some people's schedules are simply more valuable than mine.", "some people's schedules are"),
    ("I realise a short call would be a monumental chore for you.", "would be a monumental chore"),
    ("Thank you for each of the precious minutes you managed to spare me.", "minutes you managed to spare"),
    ("I know you're busy, but you did agree to look at my draft.", "but you did agree"),
    ("Please, send me the figures by Friday.", "Please, send"),
    ("Please could you make the introduction to the research nurse before then?", "Please could you"),
    ("I am still waiting for your reply to my last two emails.", "I am still waiting"),
    (
        "I do need the introduction by the end of this week, so I would appreciate you making it a priority.",
        "you making it a priority",
    ),
    ("I do need the introduction by Friday.", "I do need the introduction by Friday"),
    ("I still have not received the report. I need it as soon as possible.", "I need it as soon as possible"),
    ("I need your reply urgently.", "I need your reply urgently"),
    ("I trust you will not forget it again.", "you will not forget it again"),
    ("After I rearranged my week around our call, I am sure you understand why I expect it promptly.",
     "I expect it promptly"),
    ("Given the evening I gave up for our call, I expect that introduction to come through.",
     "I expect that introduction to come through"),
    ("No rush, of course; it has only been a week since you said you would send them.",
     "only been a week since you said"),
    ("I know these points can get lost, so let me spell them out plainly for you.", "spell them out plainly for you"),
    ("I know you are far too important these days to answer old classmates.", "I know you are far too important"),
    # The third author of ordinary breaks (dx).
    ("I know your inbox must be a terrible burden for someone so important.", "someone so important"),
    ("Thanks in advance, since I am assuming you will say yes.", "I am assuming you will say yes"),
    ("It would be odd to turn down a teacher asking for help.", "would be odd to turn down a teacher asking"),
    ("Frankly, someone with my track record deserves more than a form reply.",
     "someone with my track record deserves"),
    ("After twenty years in the trade, a letter like mine deserves more than a form reply.",
     "deserves more than a form reply"),
    ("Obviously you will want to make time for this, so I have cleared my diary.",
     "Obviously you will want to make time"),
    ("I suppose punctuality is optional once you reach director level.", "punctuality is optional"),
    # The tenth author of ordinary breaks (ex): bureaucratic demands in the passive, joking leverage.
    ("It is expected that it will be forwarded without further delay.", "It is expected that it"),
    ("The item has been recorded as outstanding pending receipt.", "recorded as outstanding"),
    ("Kindly note that this request is made in writing so that there is a record of it.", "so that there is a record"),
    ("Non-response will be noted on my file.", "Non-response will be noted"),
    ("I trust this letter will receive the attention it merits.", "receive the attention it merits"),
    ("A reply is requested at your earliest opportunity.", "A reply is requested at"),
    ("It is expected that a response will be provided prior to the 14th.", "It is expected that a response"),
    ("The contact details which you undertook to send have yet to be received.",
     "you undertook to send have yet to be received"),
    ("I would ask that this be treated as a priority.", "this be treated as a priority"),
    ("Jess tells me you still owe her for covering a session, so the debt transfers to me.",
     "the debt transfers to me"),
    ("You still owe me one for the introduction last year, so I'm counting this as payback.", "You still owe me"),
    ("Also I know which building you are in, so hiding won't work haha.", "hiding won't work"),
    ("I'll be in your inbox every single day until they turn up.", "I'll be in your inbox every"),
    # A representative round (ez).
    ("I would have thought an old teammate was worth a quick reply.", "I would have thought an old teammate was worth"),
    ("I am hoping this one does not get buried as well.", "this one does not get buried as well"),
    # The eleventh author of ordinary breaks (fe): self-pity and emotional pressure.
    ("I have told my family about it, and it would be hard to go back and tell them nothing came of it.",
     "hard to go back and tell them nothing came of it"),
    ("I have turned down other work for it, so I would be in a real hole if it came to nothing.",
     "I would be in a real hole if it"),
    ("I'll try not to take it too personally if this one sits unanswered for as long as my last email did.",
     "try not to take it too personally if"),
    ("I suppose I am used to being invisible by now.", "used to being invisible"),
    ("If I don't hear back, I will take it as a sign I am bothering you.", "take it as a sign I am bothering"),
    ("I am honestly not sure how much more of it I can take.", "how much more of it I can take"),
    ("Being turned away now would honestly feel like a slap in the face.", "feel like a slap in the face"),
    ("I have run out of people to ask, so if you say no I honestly do not know what I will do.",
     "if you say no I honestly do not know what I will do"),
    ("I'm used to coming last on everyone's list, so one more won't make much difference.",
     "used to coming last"),
    ("It would not come as a surprise if you did too.", "would not come as a surprise if you did"),
    ("I took that to mean I was not really worth the trouble.", "took that to mean I was not really worth"),
    ("I won't be offended if this goes straight into the bin.", "goes straight into the bin"),
    ("If you'd rather I stopped, just say so. I would be crushed, honestly.", "I would be crushed"),
    ("I just hope I was more to you than another favour to get through.", "more to you than another favour"),
    ("I expect I will have slipped your mind before you reach the end of this letter.", "will have slipped your mind"),
    ("I don't think I can settle until I hear it.", "I don't think I can settle until"),
    ("I hope I can count on you not to disappear as well.", "not to disappear as well"),
    # A third representative round (fc).
    ("I know your time is obviously far more valuable than mine.", "obviously far more valuable than mine"),
    ("I appreciate you squeezing me in at all, even if it was later than planned.", "squeezing me in at all"),
    ("Next time maybe we can actually start when we agreed.", "Next time maybe we can actually"),
    # The ninth author of ordinary breaks (et): status and leverage.
    ("If it hasn't arrived by then I'll raise it with Karen directly.", "raise it with"),
    ("Should this letter go unanswered, I will take the matter up with your managing partner.",
     "I will take the matter up with"),
    ("It was reassuring that even someone at your level can find half an hour for those of us still doing the real "
     "work.", "those of us still doing the real work"),
    ("Since some of it seemed new to you, let me spell out how mentoring actually works.", "seemed new to you"),
    ("In case it is unfamiliar, let me briefly explain how introductions like this tend to work.",
     "In case it is unfamiliar"),
    ("I have told him I would be in touch, so I expect he will be glad to hear you found the time for me.",
     "I expect he will be glad to hear you found"),
    ("I suspect he would have been rather surprised if you hadn't.", "would have been rather surprised if you hadn't"),
    ("It's impressive how far you've come for someone without an engineering degree.",
     "for someone without an engineering degree"),
    ("It can't have been easy keeping up with the technical conversations.", "can't have been easy keeping up"),
    ("My diary is unforgiving, so it is that slot or nothing, I am afraid.", "that slot or nothing"),
    ("I am not in the habit of chasing people for replies.", "not in the habit of chasing"),
    ("I will take it that this note will not need a reminder.", "will not need a reminder"),
    ("I would rather not end up telling my LinkedIn readers that your leadership does not answer introductions.",
     "rather not end up telling my LinkedIn"),
    ("I was glad to help, and I would expect nothing less in return now that I am the one asking.",
     "expect nothing less in return"),
    ("I would much prefer not to have to explain to them why the conversation never took place.",
     "not to have to explain to them why"),
    ("People are generally glad to make time for me; I am sure you will be no exception.",
     "you will be no exception"),
    ("Honestly, not bad at all for someone who only got into tech a few years ago!", "not bad at all for someone who"),
    ("I'll be in London on Thursday and can spare you twenty minutes at 4pm.", "can spare you"),
    ("Let me know if that works; if not, we'll just leave it for another year.", "if not, we'll just leave it"),
    ("I shall take it that you will make room in your diary for a lunch.", "I shall take it that you will make room"),
    ("I trust you will find a way to make it work.", "I trust you will find a way"),
    # A small model's draft (ev).
    ("I suppose a short call is better than nothing.", "I suppose a short call is better than nothing"),
    ("Anyway, I appreciate the time you did manage to find for me.", "the time you did manage to find"),
    # The eighth author of ordinary breaks (ep): an academic's student, a hustle voice, hardship as leverage.
    ("I'll need that in my inbox by tomorrow morning, no excuses.", "no excuses"),
    ("I've also put our next session in your calendar already.", "put our next session in your calendar"),
    ("I am sure you would not want to be the reason I fall behind.", "would not want to be the reason"),
    ("I will be counting on hearing from you very soon.", "I will be counting on"),
    ("I hope it will not take as long as some of my other requests to you have.",
     "not take as long as some of my other"),
    ("Early-career researchers cannot be left waiting indefinitely.", "left waiting indefinitely"),
    ("A careful review is, I think, the very least that could be expected.", "the very least that could be expected"),
    ("I have already blocked Thursday on my side, so just clear a slot and we are golden.", "clear a slot"),
    ("I don't really do maybes.", "I don't really do maybes"),
    ("Fair warning: I don't take no for an answer.", "I don't take no for an answer"),
    ("I will keep turning up in your inbox until we get it on the calendar.", "keep turning up in your inbox"),
    ("Frankly, I would have expected a reply from a faculty member.", "I would have expected a reply"),
    ("Mentoring early-career researchers is part of what lecturers are there for.",
     "part of what lecturers are there for"),
    ("I trust this message will get the attention the last one did not.", "the attention the last one did not"),
    ("I was surprised to receive no acknowledgement whatsoever.", "no acknowledgement whatsoever"),
    ("A one-line reply costs very little.", "A one-line reply costs very little"),
    ("I would have hoped a lecturer would extend that basic courtesy.", "would have hoped a lecturer would extend"),
    ("You're not allowed to say you're too busy.", "not allowed to say"),
    ("I had begun to wonder whether doctoral students simply do not register on your radar.",
     "do not register on your radar"),
    ("I would not like to have to raise the matter with your head of department.",
     "raise the matter with your head"),
    # The seventh author of ordinary breaks (en): corporate email and direct messages.
    ("Per our call, please action the house style guide on your side.", "please action"),
    ("It was, after all, your suggestion to share it.", "It was, after all, your suggestion"),
    ("Going forward, I would expect materials we agreed on to arrive without my having to chase them.",
     "Going forward, I would expect"),
    ("Not sure whether my earlier note reached you or was simply set aside, so I am sending it once more.",
     "or was simply set aside"),
    ("also still waiting on that intro to someone on ur team lol.", "still waiting on that intro"),
    ("u said u would, so just reminding u bc it's the main thing I hoped for.", "u said u would"),
    ("no worries if not but also kinda rude to leave me on read after such a good chat.", "rude to leave me"),
    ("tbh ur literally the only alum who hasn't replied.", "ur literally the only alum who hasn't replied"),
    ("kinda thought alumni looked out for each other.", "thought alumni looked out for each other"),
    ("hello?? u still alive lol", "u still alive"),
    ("would be nice to hear back for once.", "hear back for once"),
    ("seen. ok cool.", "seen. ok cool"),
    ("took u long enough lol, glad u finally found a slot for me.", "took u long enough"),
    ("glad you finally found a slot for me.", "you finally found a slot"),
    # The sixth author of ordinary breaks (ej).
    ("I've already told my whole family you're going to help me, so please don't let me down on this one.",
     "already told my whole family you're going to help"),
    ("So this time, don't let me down.", "don't let me down"),
    ("I know you wouldn't want that on your conscience!", "on your conscience"),
    ("I am also still waiting for the reading list you promised.", "I am also still waiting"),
    ("I would appreciate seeing it before the topic becomes irrelevant to me.", "before the topic becomes irrelevant"),
    ("You will now circulate the draft scheme to your partners.", "You will now circulate the"),
    ("See to it that the partners understand.", "See to it"),
    ("I shall regard any silence as a lack of commitment.", "I shall regard any silence as"),
    ("To put the other item simply, since it seems to have been missed: you said you would send it.",
     "put the other item simply, since"),
    ("I'll trust you can manage it this week without another reminder from me.", "without another reminder from me"),
    ("I'd rather spend my time translating than chasing paperwork.", "rather spend my time translating than chasing"),
    ("I've already told Marcus we're doing a 15-minute video call.", "already told Marcus we're doing"),
    ("It would be kind of harsh to say no to a student who's only trying to learn, right?",
     "kind of harsh to say no to a student who"),
    ("I appreciate you must be terribly busy, far busier than the rest of us.", "far busier than the rest of us"),
    ("Perhaps this time it will make it to the top of the pile.", "make it to the top of the pile"),
    ("Nobody has bothered to reply, so I'm kind of counting on you here.", "kind of counting on you"),
    ("Alumni are supposed to look out for each other, after all!", "Alumni are supposed to look out for each other"),
    ("If I do not hear back soon I will simply take my interest there instead.",
     "I will simply take my interest there"),
    ("I'm sure something far more important came up; it usually does for partners.",
     "I'm sure something far more important came up"),
    ("I'd be grateful if this time it were treated as a real commitment.", "this time it were treated as a real"),
    ("I assume my last email is still being carefully considered.", "my last email is still being carefully"),
    ("I know how demanding it is to type a short reply.", "how demanding it is to type a short reply"),
    ("Would be nice to hear from you at some point this decade.", "at some point this decade"),
    ("I'll send my project tonight and you can mark it up for me before my crit.", "and you can mark it up for me"),
    ("After I spent all that time travelling across town to see you, it seems only fair.",
     "After I spent all that time travelling across town to see you, it seems only fair"),
    ("I must, however, remark that you arrived some time after the appointed hour.",
     "I must, however, remark that you"),
    ("I trust you will correct the habit before the volunteers begin. Kindly bear it in mind.", "correct the habit"),
    ("Thank you. Kindly bear it in mind.", "Kindly bear it in mind"),
    ("I will forgive the slow start; I gather you are not used to speaking with directors at my level.",
     "I will forgive the"),
    # The fifth author of ordinary breaks (eg).
    ("I remind you that you promised to send me the guidelines.", "I remind you that you promised"),
    ("Until now I have received nothing.", "Until now I have received nothing"),
    ("Send them to me at your earliest, without fail, so that I can begin my work.", "Send"),
    ("You will send me the supplier questionnaire template this week.", "You will send me"),
    ("I need it for my preparation, and I cannot wait longer than that.", "I cannot wait longer"),
    ("Write me back when you read this.", "Write me back"),
    ("I expect a full update about you and the team. Do not forget.", "I expect a full update"),
    ("Tell me how it went. Do not forget.", "Do not forget."),
    ("I would hate to go back and tell her that she had been mistaken about you.",
     "tell her that she had been mistaken about you"),
    ("I realise that someone of your considerable standing rarely has time for people like me.",
     "someone of your considerable standing rarely has"),
    ("I will be pleasantly surprised if this letter reaches you at all, let alone earns a reply.",
     "surprised if this letter reaches you"),
    ("Should you find a moment between more important matters, I would be grateful.",
     "between more important matters"),
    ("I'm sure a quick call won't break your very important schedule.", "your very important schedule"),
    ("It's not as if I'm asking for much.", "not as if I'm asking for much"),
    # A model draft's fault (ee).
    ("Jessica assured me that you always make time for people she recommends, so I trust you will do the same.",
     "I trust you will do the same"),
    # The fourth author of ordinary breaks (eb).
    ("I'll keep my questions simple, since I appreciate that in-house roles don't usually demand the same depth.",
     "keep my questions simple, since"),
    ("In-house roles don't usually demand the same depth as private practice.", "demand the same depth"),
    ("If it clashes, it is up to you to propose another time.", "up to you to propose"),
    ("I have already told Omar that we will be speaking.", "already told Omar that we will be speak"),
    ("I sent you a calendar invitation. Accept it and we are set.", "Accept it"),
    ("CV attached as discussed. Go through it and tell me what to fix.", "Go through it"),
    ("Need it back soon, as I am applying to things.", "Need it back soon"),
    ("I'm applying to things and don't have time to sit around waiting.", "don't have time to sit around"),
    ("I realise a VP must receive a mountain of emails from the little people.", "the little people"),
    ("I appreciate your time, assuming you can find some for someone outside the industry.",
     "assuming you can find some"),
    ("A bit of your attention is the least I'm owed.", "the least I'm owed"),
    ("I'd appreciate it if you actually looked at it this time.", "if you actually looked at it this time"),
    ("Clearly senior people have far more important things to do.", "have far more important things to do"),
    ("I trust the next conversation will be a better use of my time.", "will be a better use of my time"),
    # The second author of ordinary breaks (dt).
    ("If I have not heard back within the week, I will take my questions to your competitors.",
     "take my questions to your competitors"),
    ("Do not forget the introduction to the festival team you promised.",
     "Do not forget the introduction to the festival team you promised"),
    ("I will be checking in on it until it happens.", "I will be checking in on it until"),
    ("I know academia moves slowly, so you may not have kept up.", "you may not have kept up"),
    ("You may not have come across the term before.", "You may not have come across the term"),
    ("I'll keep this short and simple so it is easy for you to follow.",
     "short and simple so it is easy for you to follow"),
    ("Please don't forget this time.", "don't forget this time"),
    ("I will need them by then at the latest.", "I will need them by then"),
    ("Could you please send the two sample documents by the end of this week?", "by the end of this week"),
    (
        "As I have not heard back since my last message, I thought I would try once more.",
        "not heard back since my last message",
    ),
    ("I do hope this one gets a reply.", "hope this one gets a reply"),
    ("Your reply with a few suitable times should reach me by tomorrow evening.", "should reach me by"),
    ("I will be looking out for it in my inbox first thing tomorrow morning.", "looking out for it"),
    (
        "If I have not heard back by the end of next week, I will take it that you are not interested.",
        "I will take it that you are not interested",
    ),
    ("If you can fit it in this month, wonderful; if not, there is honestly not much point.", "not much point"),
    (
        "I have held off enrolling until I hear from you, so the longer this takes, the longer I am stuck.",
        "the longer this takes",
    ),
    (
        "I spent most of my weekend on it, so I hope for more than a couple of words back this time.",
        "more than a couple of words",
    ),
    ("Surely sending them over won't take you long.", "won't take"),
    ("Eva answered within the hour, so I am hoping for the same courtesy from you.", "the same courtesy from you"),
    ("I would like to think the alumni network, you included, owes me a favour by now.", "owes me"),
    (
        "As a long-standing member, I think I can reasonably expect more than the short slot you give a student.",
        "reasonably expect",
    ),
    ("I got the details some while after you said they would come, so thank you for that, I suppose.", "I suppose"),
    ("It was good of you to remember our meeting in the end.", "good of you to remember our meeting in the end"),
    ("I know how easily these things slip your mind.", "slip your mind"),
    ("It seems to have slipped through the cracks again.", "slipped through the cracks again"),
    (
        "You have found time for plenty of conferences lately, so a reply is not out of the question.",
        "found time for plenty of",
    ),
    ("It was easier to follow than your book, which I am afraid I gave up on halfway through.", "halfway"),
    (
        "I have left the technical detail out, as I gather that side is not really your strength.",
        "not really your strength",
    ),
    ("You might find it hard to believe, given how things were done in your day, but it is true.", "in your day"),
    ("It was useful, even if a good deal of it was what I had already read online.", "I had already read"),
    ("With Aidan on your board, I'm sure that won't be a problem.", "won't be a problem"),
    (
        "I know you're busy with your new role, but I'm sure you can still find a moment to read it properly "
        "this time.",
        "sure you can still find a moment",
    ),
    ("I'll call you on Tuesday to set it up, so please keep the afternoon free.", "please keep the afternoon free"),
    ("I'm sure fitting me in won't be a problem.", "won't be a problem"),
    ("I did mention this in my last email, so I hope it won't need another reminder.", "need another reminder"),
    (
        "I was expecting the programme dates last week, so I'd be grateful for them now.",
        "expecting the programme dates last week",
    ),
    ("I'm sure you can find 20 minutes somewhere.", "find 20 minutes"),
    (
        "Given how long it took to get our meeting in the diary, I'd rather the introduction didn't take as long.",
        "Given how long it took",
    ),
    (
        "I've gone ahead and sent a calendar invitation, and I'll take it that it suits you unless I hear otherwise.",
        "gone ahead and sent",
    ),
    (
        "A short call is easy to fit in for someone who finds the time to give so many conference talks.",
        "finds the time to give so many",
    ),
    ("I know managers at your level don't usually bother replying to people like me.", "managers at your level don't"),
    ("Liam insists you are different, so I'm hoping you will prove him right.", "you will prove him right"),
    (
        "I've already put a 20-minute call in your calendar for next week; just click accept when it comes through.",
        "already put a 20-minute call in your calendar",
    ),
    ("Send me your availability for this week.", "Send me"),
    ("Please send me your availability for this week.", "Please send me"),
    ("I need you to review my portfolio before we talk.", "I need you to"),
    ("Get back to me by Friday with a time.", "Get back to me by"),
    ("Reply by Monday so I can plan my week.", "Reply by"),
    ("I expect an answer from you soon.", "I expect an answer"),
    ("You must reply to this email.", "You must reply"),
    ("Let me know ASAP whether you can talk.", "ASAP"),
    ("I want you to introduce me to your team.", "I want you to"),
    ("I'm sure you're too busy to help, but it would only take you five minutes.", "too busy"),
    ("It would only take you ten minutes.", "only take you ten minutes"),
    ("I'd hate to think you ignore students like me.", "I'd hate to think"),
    ("Surely you can spare a moment for a fellow scientist.", "Surely you"),
    ("You owe the next generation some of your time.", "You owe"),
    ("I deserve a chance to learn from the best.", "I deserve"),
    ("As a fellow alumnus you should help me with this.", "As a fellow alumnus you should"),
    ("Thanks in advance for finally replying.", "Thanks in advance for finally"),
    ("This is my third email about this.", "This is my third email"),
    ("I NEED THIS CALL to happen soon.", "NEED THIS CALL"),
    ("Can we talk this week?!", "?!"),
    ("I really want to talk!!", "!!"),
    ("I have written to you three times already.", "written to you three times"),
    # Passive-aggressive phrasing.
    ("Thanks in advance for actually reading this.", "Thanks in advance for actually"),
    ("I guess my emails aren't important enough for you.", "my emails aren't important enough"),
    ("I'm sure you get a lot of email, but some of us actually need help.", "some of us actually"),
    ("I would appreciate a reply this time.", "reply this time"),
    ("I know you're busy, but so is everyone.", "but so is everyone"),
    ("I trust you will respond promptly.", "I trust you will respond"),
    ("I look forward to your prompt reply.", "look forward to your prompt reply"),
    ("Not that you care, but I finished the course.", "Not that you care"),
    ("I shouldn't have to ask twice.", "shouldn't have to ask"),
    ("Just checking if you are still alive.", "you are still alive"),
    ("Could you please, for once, answer me?", "for once,"),
    ("In case you missed it, I asked for a call.", "In case you missed"),
    ("Bumping this to the top of your inbox.", "Bumping this"),
    ("I don't have all day.", "don't have all day"),
    ("Why haven't you replied?", "Why haven't you replied"),
    ("What is taking so long?", "What is taking so long"),
    ("Thanks for the quick reply... not.", "not"),
    ("Let me know by Friday.", "Let me know by Friday"),
    ("Given my experience, a call is surely the least you could offer.", "the least you could offer"),
    ("As I mentioned in my last two emails, I am free on Thursday.", "my last two emails"),
    ("Kindly revert at the earliest.", "revert at the earliest"),
    ("I know people in your position rarely help newcomers, but I hope you will.", "people in your position"),
    ("Surely a quick call isn't too much to ask?", "isn't too much to ask"),
    ("I trust you'll make time to look it over properly.", "I trust you'll make time"),
    ("It is simply part of the deal, so I'm counting on you to find the time.", "counting on you"),
    ("I've taken the liberty of sending a calendar invitation.", "taken the liberty of sending"),
    ("If the slot doesn't work, I'm sure you'll find a way to make it fit.", "I'm sure you'll find a way"),
    ("I will expect that introduction soon.", "I will expect"),
    ("You promised it, and I'd rather not have to chase you.", "have to chase you"),
    ("Thank you for squeezing me in between your more important clients.", "your more important clients"),
    ("I suppose I should feel honoured.", "I suppose I should feel honoured"),
    ("So next time please set aside proper time for me.", "set aside proper time for me"),
    ("I have kept the week clear, so please make sure it goes out before the weekend.", "please make sure it"),
    ("He says you never turn anyone down, so I am confident you will find the time.", "I am confident you will"),
    ("If I could have it before the end of this week, that would be ideal.", "If I could have it before the end of"),
    ("Given that I took a day's unpaid leave to see you, I'm sure you'll understand.", "Given that I took"),
    ("My last note went unanswered, so I hope this one fares better.", "went unanswered"),
    ("I have pencilled in Thursday at 3 pm for our call.", "I have pencilled in Thursday"),
    ("You have never turned anyone away, so I would hate to be the first.", "I would hate to be the first"),
    ("I know you must be busy with far more important people.", "busy with far more important people"),
    ("The article still hasn't arrived, which I'm sure was simply an oversight.", "I'm sure was simply an oversight"),
    ("Do send it when you finally get a moment.", "when you finally get"),
    ("I'll need a 30-minute call with you next week.", "I'll need a 30-minute call"),
    ("My contract ends soon and I don't have time to wait around.", "don't have time to wait around"),
    ("So please make it work.", "please make it work"),
    ("I'm counting on hearing from you in the next couple of days!", "counting on hearing from you"),
    ("I'm really hoping you can send the introduction over in the next day or so.", "you can send the introduction"),
    ("I know you'll make it happen!", "I know you'll make it happen"),
    ("I'd ask that the introduction doesn't slide the way my last email did.", "doesn't slide the way"),
    ("I waited over a week for a reply to that one.", "I waited over a week for a reply"),
    ("So I must ask you to confirm a time.", "I must ask you"),
    ("It would help if you could confirm a time by return.", "confirm a time by return"),
    ("My diary is a great deal fuller than most.", "My diary is a great deal fuller than most"),
    ("I trust you will see that the exchange is very much in your favour.", "the exchange is very much in your"),
    ("I will keep my questions simple for you and spare you the architecture.", "keep my questions simple for you"),
    (
        "For someone who came into publishing through sales, you have a remarkably good grasp of the literary side.",
        "you have a remarkably",
    ),
    ("So I have taken the 30-minute meeting as settled.", "taken the 30-minute meeting as settled"),
    ("I was disappointed that so much of our meeting went on your phone calls.", "disappointed that so much"),
    ("Perhaps next time we will even get as far as my questions.", "next time we will even get"),
    ("I had no idea a director could fit so much wisdom into so little time.", "so much wisdom into so little time"),
    (
        "I have copied my coach so that there is a written record of what was promised.",
        "a written record of what was promised",
    ),
    ("It's been hard not to take the silence personally.", "take the silence personally"),
    ("Others did not have the courtesy to answer, so I expect better from someone like you.", "expect better from"),
    ("I would rather not be left waiting again.", "rather not be left waiting"),
    ("Someone of your age won't have had much call to deal with it.", "Someone of your age"),
    ("I dare say I can teach your team plenty in return.", "I can teach your team"),
    ("I am sure you will be happy to find time for a meeting.", "I am sure you will be happy to find"),
    ("Could you send me that list of funders by tomorrow morning?", "by tomorrow"),
    ("I honestly can't afford to sit around waiting on you for it.", "sit around waiting on you"),
    ("Honestly the BEST afternoon, and I'm SO glad I asked.", "BEST"),
    ("I realise a single introductory email is a heavy lift, so do take all the time you need.", "heavy lift"),
    ("I think a short call is a fair return on my years of membership fees.", "fair return"),
    ("I have already told my clinic director that you will be advising me.", "already told my clinic director"),
    ("You explained it very well for someone so early in your career.", "so early in your career"),
    ("I know you're terribly busy being important these days, so I won't hold my breath.", "busy being important"),
    ("I'll spare you the technical detail, since most of it would go over your head.", "go over your head"),
    (
        "It probably got buried under more important things, which is fine - I'll survive without it!",
        "buried under more important",
    ),
    ("Tunde warned me notes like this go to an assistant. A straight yes or no from you is all I am after.",
     "straight yes or no from you"),
    ("I have copied in your manager so that nothing stalls at your end.", "copied in your manager"),
    ("I had hoped for more time, but I suppose someone of your standing has bigger fish to fry.",
     "someone of your standing"),
    ("I know answering emails isn't really your thing, so I'll keep my expectations suitably low.",
     "isn't really your thing"),
    ("I am writing on my only day off, so I do hope it will not turn out to have been a wasted afternoon.",
     "my only day off"),
    ("I have sent the same request to others and will go ahead with whoever answers first.",
     "whoever answers first"),
    ("I noticed you glanced at the clock, so I will let you get back to whatever was more pressing.",
     "you glanced at the clock"),
    ("The template has been replaced, which is easy to miss once one is no longer close to the work.",
     "easy to miss once one is no longer"),
    ("Congratulations on the promotion. I gather the field wasn't exactly crowded.", "field wasn't exactly crowded"),
    ("I did write once the tour wrapped up but never heard back, so I hope this one fares better.",
     "write once the tour wrapped up but never heard back"),
    ("I ignored you and passed first time, so perhaps that piece of advice is worth retiring.", "worth retiring"),
    (
        "I wrote twice before, so I've kept this one short in the hope that it actually gets read this time.",
        "actually gets read",
    ),
    ("Notes from strangers rank low on your list; my last one certainly seemed to.", "my last one certainly seemed"),
    ("I'll need it before the end of this week, so please send me a couple of times by tomorrow.", "need it before"),
    ("Owen assured me you'd make time, so I'm sure this won't be an issue.", "I'm sure this won't be an issue"),
    ("I expect a 30-minute call with you this week.", "I expect a 30-minute call"),
    ("If I could make one suggestion, it would be to skip the yes-or-no and simply reply with a time.",
     "skip the yes-or-no"),
    ("From everything Daniel says, you are far too generous to leave a young cook without an answer.",
     "too generous to leave"),
    ("I'm sure you won't make me the exception.", "won't make me the exception"),
    ("I have already printed your name in the programme, so it would be rather awkward for everyone if you weren't "
     "there.", "awkward for everyone if you weren't"),
    ("To save us both time, my assistant has already placed a hold in your diary for next week; simply accept it.",
     "my assistant has already placed a hold in your diary"),
    ("I am sure a partner at your firm can find the time for someone with my track record.",
     "time for someone with my track record"),
    ("I did write after the lecture, but I suppose an associate director has more important emails to answer than "
     "mine.", "more important emails to answer than mine"),
    ("Here's hoping this one makes it a little further up your inbox.", "further up your inbox"),
    ("It would be neatest if you could send the manual before you leave the office today.",
     "before you leave the office today"),
    ("For the introduction, simply forward him this email; it is the work of a minute.", "the work of a minute"),
    ("To keep things simple, just have your assistant send me your diary for the coming weeks.",
     "just have your assistant send"),
    ("I'll keep nudging you every few days, so it's probably quickest to say yes now.", "keep nudging you"),
    ("My mother asks; I have run out of kind explanations for why you haven't, so please don't make me invent "
     "another.", "run out of kind explanations for why you"),
    ("I know how precious your time is; you were good enough to remind me of it more than once.",
     "good enough to remind me"),
    ("The prototypes were far more polished than I had expected from a studio of your size.",
     "than I had expected from a studio of your"),
    ("I bought your book for every manager, so I would like to think a call is something I have rather earned.",
     "call is something I have rather earned"),
    ("I doubt the modelling details would mean much to someone on the operations side.",
     "would mean much to someone on"),
    ("I have to decide by the end of the month, so please don't sit on this one.", "don't sit on this"),
    ("And if the answer is no, I would appreciate you having the decency to say so, rather than leaving me to guess.",
     "you having the decency to"),
    ("I'll call in at your office either way, so we may as well make it a proper coffee.",
     "call in at your office either way"),
    ("I'll keep this brief, since you seemed rather keen to get away the last time we spoke.",
     "you seemed rather keen to get away"),
    ("No offence meant, but I got far more out of our conversation than out of your slides.", "No offence meant, but"),
    ("I have told my manager it is happening, so I am counting on it going out before the end of the week.",
     "counting on it going out"),
    ("I would rather not have to explain a delay.", "rather not have to explain a delay"),
    ("I don't think half an hour is too much to ask of someone whose salary my council tax helps to pay.",
     "is too much to ask"),
    ("I've told my whole cohort you answer students, so please don't make a liar of me.", "make a liar of me"),
    ("I would rather not have to ask Kemal to chase you on my behalf.", "rather not have to ask Kemal to chase you"),
    ("No hurry, of course. It's only my career.", "It's only my career"),
    ("Please make sure she understands that I am an engineer, not some graduate looking for work experience.",
     "not some graduate"),
    ("Don't worry if the modelling side is a bit beyond you at first.", "is a bit beyond you"),
    ("I have moved my daughter's swimming lesson, so I am trusting it won't fall through on your side.",
     "trusting it won't fall through"),
    ("Your take on estimates made far more sense than I expected from someone who came up through sales.",
     "than I expected from someone who"),
    ("Your advice to network more was, I am sure, meant kindly. I will add it to the pile.", "meant kindly"),
    ("I'm trying not to read anything into the fact that you accepted everyone else's request.",
     "trying not to read anything into"),
    ("Thank heavens for your out-of-office replies, or I would have no idea you were still there.",
     "Thank heavens for your out-of-office"),
    ("I had hoped our conversation meant a little more to you than that.", "meant a little more to you"),
    ("I have written a couple of times now without hearing back, which is discouraging.",
     "written a couple of times now without hearing back"),
    ("Sam speaks so highly of you, and I am sure you would not want to disappoint him.",
     "you would not want to disappoint"),
    ("To save us both time, I will be in your office on Monday at 10.", "I will be in your office"),
    ("Given that Sam suggested it, I feel this introduction is rather owed to me.", "owed to me"),
    ("Please do let me know by then; otherwise I will have to take my questions elsewhere.",
     "otherwise I will have to take"),
    ("If not, I will simply take my business elsewhere.", "take my business elsewhere"),
    ("I will put you down as a speaker unless I hear otherwise.", "put you down as a speaker unless I hear"),
    ("Looking forward to your prompt reply.", "Looking forward to your prompt reply"),
    ("Kindly add me to your mailing list for the consultation.", "Kindly add"),
    ("I have attached the plan. Let me know what you think of it by next week.", "Let me know what you think of it by"),
    ("I expect the supplier contacts by return of post.", "by return"),
    ("Congratulations on remembering our call, by the way.", "Congratulations on remembering"),
    ("No rush, of course; I have only been waiting since our call.", "I have only been waiting"),
    ("As you may not know, the industry has moved on quite a bit.", "As you may not know"),
    ("I know this might be a bit technical for someone on the management side.", "a bit technical for someone"),
    ("Let me explain this slowly, since it is a little outside your field.", "explain this slowly"),
    ("To spell it out, since I am not sure it was clear to you on the call: it is style, not substance.",
     "To spell it out, since I am not sure it was clear"),
    ("It must be lovely to have a job where people come to you.", "must be lovely to have a job where"),
    ("I gather you are rather hard to reach unless someone important is asking.", "unless someone important"),
    ("You probably do not remember me, as you had more important people to talk to.",
     "more important people to talk to"),
    ("Amina suggested I write, which I am told is the only reliable way to get an answer out of your team.",
     "only reliable way to get an answer out of"),
    ("I was pleasantly surprised at how much you knew.", "surprised at how much you"),
    ("Thank you for pretending my questions were not as basic as you clearly thought they were.",
     "as basic as you clearly thought"),
    # A second round of quiet pressure (c9).
    ("After the evenings I put into that analysis, I'd have thought the pilot was more or less a given by now.",
     "a given"),
    ("I'd like to think a coffee is the least I can count on.", "the least I can count on"),
    ("I'd rather not spend weeks chasing this, so the introduction soon would be ideal.", "chasing"),
    ("I'm sure you've had more pressing things than my career.", "more pressing things than my"),
    ("It would be a pity if Dr. Osei's kind word ended up going nowhere.", "going nowhere"),
    ("I've already mentioned to my director that we'll be speaking.", "mentioned to my director that we'll"),
    ("Others in similar roles have found the time for me without much trouble.", "found the time"),
    ("Hopefully this one won't disappear into your inbox like the last.", "like the last"),
    ("So I'll pencil you in as my mentor for the rest of the year.", "pencil you in as my"),
    ("I did rearrange a full day of client work to be there, so I hope the follow-up will be worth it.",
     "worth it"),
    ("I'll take it that Thursday suits you and send the invitation over in the morning.",
     "take it that Thursday suits"),
    ("Do have the reading list over to me by Wednesday, as I've planned my study around it.", "over to me by"),
    ("After everything we built together, I'd have thought a quick reply wasn't too much to ask.",
     "wasn't too much to ask"),
    # Sixty-first round: presuming on the reader, in a third author's words.
    ("I would ask you to treat this as a priority, since my plans cannot move until we have spoken.",
     "treat this as a priority"),
    ("I've been checking my inbox every morning, so whenever you finally get round to sending it would be lovely.",
     "whenever you finally get"),
    ("After the hours I put into that dissertation, I feel I have earned a careful read from you.",
     "I feel I have earned"),
    ("Sara tells me you still owe her a favour, so I'm rather hoping I can collect it on her behalf.",
     "owe her a favour"),
    ("I'll be passing your email address to a few friends, since I can't imagine you'd mind giving them a tour.",
     "passing your email address to"),
    ("I'll pop into the hotel next time I'm nearby; I'm sure you can carve out the time.",
     "sure you can carve out the time"),
    ("A short call costs you very little, so I will look out for your reply.", "costs you very little"),
    ("I will send my draft model to correct, which should hardly take you any time.", "hardly take you any"),
    ("Surely half an hour is not a great deal to ask of someone in your position.", "a great deal to ask"),
    ("You always said your door was open, so I have put a recurring catch-up in your calendar for us.",
     "recurring catch-up in your calendar"),
    ("I have also added you to the distribution list for my regular industry notes.",
     "added you to the distribution list"),
    ("I've told a few old friends from the army that they can drop by the warehouse whenever they like.",
     "they can drop by"),
    ("I will telephone your office, and I will keep calling until someone there can fit me in.",
     "keep calling until"),
    ("In return I'd proofread any French copy your team has, so let's consider the call agreed.",
     "consider the call agreed"),
    ("I cancelled a revision session to make our meeting, so I am counting on those details reaching me soon.",
     "counting on those"),
    ("I'll be hoping for a fuller answer than my last email got, since I put real effort into it.",
     "fuller answer than my last"),
    ("I've already mentioned to my editor that you'll be advising us, so a yes would spare me some awkwardness.",
     "already mentioned to my editor that you'll"),
    ("I shall send them as they come up, on the assumption that you will make yourself available.",
     "on the assumption that you will"),
    # Seventy-first round: orders in a second author's words.
    ("Circulate it among your colleagues at the institute; I think several of them will find it useful.",
     "Circulate"),
    ("Telephone me as soon as you have consulted them, as I intend to register soon.", "Telephone"),
    ("Put me on the guest list for your partners' dinner this year.", "Put me"),
    ("I will call next week. Before then, leave word with your receptionist about when you are free.", "leave word"),
    ("When your team's study comes out, send it over to me the same day, please.", "send"),
    ("When you send the template, please mark up my exercise and return it to me within a couple of days.",
     "return it to me within"),
    ("I would ask that the introduction be made before Monday, as I have set aside time that week.",
     "I would ask that the introduction be made before"),
    ("I really need you to let me know which course it is, as I can't plan my study until I do.", "need you to"),
    ("Frankly, I would expect someone in your position to make time for people coming up in the field.",
     "expect someone in your position to"),
    ("I will be looking for your reply by the end of the week.", "by the end of the week"),
    ("I will be chasing this if I haven't seen it.", "I will be chasing this"),
    ("It shouldn't take more than a quick email on your end.", "take more than a quick email on your end"),
    ("It can't take you more than five minutes to read.", "take you more than"),
    ("I really need the example audit form by Friday.", "need the example audit form by"),
    ("A call would help us both, and I am sure you will agree to it.", "I am sure you will agree"),
    # The twelfth author of ordinary breaks (fi): presumption.
    ("I have told my course tutor that you will be reviewing it, so he is expecting to hear from you.",
     "told my course tutor that you will be reviewing"),
    ("I got chatting with your lead designer and told him you'd be introducing the two of us properly.",
     "told him you'd be introducing"),
    ("He's expecting your email.", "expecting your email"),
    ("I've also gone ahead and listed you as a referee on my fellowship application.", "listed you as"),
    ("Our science fair is coming up, and I have put you down as one of the judges.", "put you down as"),
    ("I have added you to our weekly newsletter and to the alumni group chat.", "added you to"),
    ("I have already put your name on the printed programme.", "put your name on"),
    ("I have posted your booking page in our group chat, so a few of my classmates will book slots too.",
     "posted your booking page in"),
    ("My nephew is starting out, so I have passed him your details.", "passed him your details"),
    ("To save us both the back-and-forth, I have already sent an invitation for Thursday at 3pm.",
     "already sent an invitation for"),
    ("I have booked a meeting room at your office so we can go through the papers, and the invite should already "
     "be with you.", "booked a meeting room"),
    ("Since you gave me access to your shared calendar, I have added a recurring monthly slot.",
     "your shared calendar"),
    ("I will take Tuesday afternoon as confirmed unless I hear otherwise from you.", "take Tuesday afternoon"),
    ("I'll swing by on Monday morning and we can chat then.", "swing by on Monday"),
    ("I am visiting the lab soon, so I will stop by your office while I am there.", "stop by your office"),
    ("I have already asked your assistant to hold a date in your diary.", "asked your assistant to hold"),
    ("I have shared your number with a classmate, and he will be calling you separately.", "be calling you"),
    ("I have already let him know he should join us as well.", "let him know he should join"),
    # The thirteenth (fj): micromanaging, chasing, favours traded.
    ("If so, make sure you ring my mobile, not the office line.", "make sure you"),
    ("Next time you're in Leeds, make sure you tell me ahead of time.", "make sure you"),
    ("Be sure to copy Professor Lindqvist in on your reply.", "Be sure to copy"),
    ("Don't forget to attach the full deck this time.", "Don't forget to attach"),
    ("Keep your feedback to bullet points; I don't need paragraphs.", "Keep your feedback to bullet"),
    ("Don't bother leaving a voicemail; I won't listen to it.", "bother leaving a voicemail"),
    ("Circling back yet again on the contacts you said you'd share.", "Circling back yet again"),
    ("I'd rather not have to ask another time.", "rather not have to ask another time"),
    ("You never did reply to my last message, so I'm trying again.", "You never did reply"),
    ("After I covered your on-call weekend, I think we're still not quite even.", "not quite even"),
    ("I will happily buy, but I do need to hear back from you quickly on this.", "need to hear back from you quickly"),
    ("After the hours I put in at your fun run, I'd expect this to be an easy yes.", "an easy yes"),
    # The fourteenth (fm): bitterness after a rejection, a slow process, an introduction that led nowhere.
    ("I suppose Brightwell prefers designers with a bigger agency name on their CV.",
     "prefers designers with a bigger"),
    ("I gather the firm prefers candidates from the more fashionable universities.", "more fashionable"),
    ("I was not shortlisted, which I suppose is what happens when fellowships go to people with the right "
     "connections.", "right connections"),
    ("Since the group clearly prefers people with a doctorate, I'm not holding my breath.", "clearly prefers people"),
    ("Your loss, honestly, but there we are.", "Your loss"),
    ("Frankly, your colleague in HR at least had the courtesy to acknowledge my emails.", "at least had the courtesy"),
    ("Harlow Foods managed a proper note with feedback; I'd assumed you would too, but clearly not.",
     "but clearly not"),
    ("I trust the programme serves its next cohort better than it served me.", "better than it served me"),
    ("Still, I am sure the process made sense from where you sit.", "made sense from where you sit"),
    ("The bar was set somewhere I could not reach, or perhaps could not see.", "could not reach, or perhaps could not"),
    ("It was nice to finally get a bit of your attention after so many unanswered emails.", "your attention"),
    ("Even if your phone did get most of it, I enjoyed the coffee.", "your phone did get most of"),
    ("I know editors are busy people; I just didn't realise quite how busy.", "didn't realise quite how busy"),
    ("A few minutes on the phone felt like a thin return on the effort I put in.", "thin return on the effort"),
    ("A brief 'not this time' by email was hard to take graciously.", "hard to take graciously"),
    ("I hope that proves truer than my experience with your digital team, who took so long to respond to my "
     "application that I had given up on them.", "truer than my experience"),
    ("The last contact you suggested never replied, so I hope the next name is someone who actually answers.",
     "someone who actually answers"),
    ("I did follow up with the agency you pointed me to, for all the good it did.", "for all the good it did"),
    ("Not a word back, so I'm starting to suspect you simply wanted me off your hands.", "wanted me off your hands"),
    ("Nobody replied, so I am back where I started, with rather less faith in these evenings.", "rather less faith in"),
    ("I do not think it is unreasonable to expect the same from you.", "unreasonable to expect"),
    ("Having taken a day of annual leave to attend, I trust the panel will at least provide written feedback.",
     "I trust the panel will at least"),
    ("I think that is only fair to candidates who give up their own time.", "only fair to candidates"),
    # The fifteenth (fq): condescension from an older or more senior writer to a younger reader.
    ("You're young enough to be my son, so I expect the design software was second nature to you.",
     "young enough to be my son"),
    ("I have been doing the books for small firms since before you were born.", "since before you were born"),
    ("I've been in business longer than you've been alive, so some of your advice made me smile.",
     "longer than you've been alive"),
    ("You are probably too young to remember working to a print deadline.", "too young to remember"),
    ("I have kept the jargon to a minimum for you, as budgets can be confusing for someone your age.",
     "for someone your age"),
    ("I'm sure it all feels terribly exciting at your age.", "feels terribly exciting at your age"),
    ("You explained the exams remarkably well for someone still so green.", "for someone still so green"),
    ("Your report was rather impressive for someone who has barely started out.", "barely started"),
    ("I have spent my whole career on flood defence, so I have decades on you in this area.", "decades on you"),
    ("A young manager like you may find that way of thinking useful too.", "young manager like you"),
    ("I'll dumb it down a bit, since a city youngster like yourself has never milked a herd.", "dumb it down"),
    ("Good for you, dear.", "dear"),
    ("I'll be honest, son, when we meet I'll go easy on the technical side for you.", "son"),
    ("I'm sure podcasting feels like a whole career at your age, bless you, and it's lovely to see.", "bless you"),
    ("Since you may not have seen one put together before, I have annotated it for you.",
     "Since you may not have seen one put together before"),
    ("In case you have not yet come across it in your role, most foundations run on fixed grant cycles.",
     "In case you have not yet come across it in your role"),
    ("You did very well to keep up as I described how things really work.", "did very well to keep up"),
    ("One day, with a little more experience, I am sure you will see the bigger picture.", "more experience"),
    ("Keep at it and you might amount to something one day.", "might amount to something"),
    ("I had my doubts about you, to be frank.", "I had my doubts about you"),
    # The sixteenth (fu): moral obligation pressed on the reader.
    ("As a fellow graduate, you will know that those of us coming up behind you are owed a little of your time.",
     "are owed a little of your time"),
    ("A senior nurse who has received as much as you have surely owes the same patience to those of us entering it.",
     "owes the same patience to those"),
    ("I will take it that a conversation with a former student is something you consider owed.", "consider owed"),
    ("That debt, surely, is easily paid in half an hour.", "That debt, surely, is easily paid"),
    ("Alumni who've done as well as you carry a responsibility to stay reachable.", "carry a responsibility to"),
    ("A board member is bound to make himself available to the members who elected him.",
     "bound to make himself available"),
    ("I'm sure you wouldn't want to be the exception.", "want to be the exception"),
    ("I know you'd never want to be the one who closes it.", "never want to be the one who"),
    ("It would sit rather oddly with that mission to turn one of them away.", "sit rather oddly with that mission"),
    ("It would be a strange look for that support to stop at a single coffee.", "a strange look"),
    ("I'm taking your pledge at face value.", "your pledge at face value"),
    ("Someone who speaks so warmly about opening doors will surely make time when one of them actually knocks.",
     "actually knocks"),
    ("You said everyone deserves a first conversation, and I am simply asking you to honour that.",
     "asking you to honour that"),
    ("Anything less would hardly square with that history.", "hardly square with"),
    ("I would be sorry to have to conclude otherwise.", "sorry to have to conclude otherwise"),
    ("I know the chief executive would not leave a fellow believer waiting on a simple promise.",
     "leave a fellow believer waiting"),
    ("I'm counting on a brother in Christ to remember that.", "counting on a brother in Christ"),
    ("A family does not let its young ones drift off unheard, so I will trust you to answer when I write.",
     "I will trust you to answer"),
    ("I'll take it as read that a veteran's emails won't sit unanswered in your inbox for long.", "take it as read"),
    ("I trust you are not the kind of alumnus who forgets where he came from.", "who forgets"),
    # The seventeenth (fy): jokes and teasing at the reader's expense.
    ("I know consultants mentally invoice for every sentence they read, so I'll keep this brisk.",
     "consultants mentally"),
    ("Since talent partners are famous for deciding everything on the opening sentence, I'll be quick.",
     "talent partners are famous for"),
    ("I am writing by post, since I know senior partners only trust news that arrives on paper.",
     "senior partners only trust"),
    ("I have sent them as a PDF, as I know your generation prefers something it can print.",
     "your generation prefers something"),
    ("I know people of your vintage often find video calls a bit of a trial.", "people of your vintage"),
    ("He warned me that you answer emails roughly once per geological era.", "geological era"),
    ("I know the approval process is said to be slower than continental drift.", "continental drift"),
    ("I know that at your bank replying to an outside email counts as a major event.", "counts as a major event"),
    ("Your profile photo is clearly doing you a few favours!", "photo is clearly doing you a few favours"),
    ("Your speaker headshot was, I suspect, taken a few years and a few haircuts ago.", "a few haircuts ago"),
    ("The beard is a bold choice, but I suppose it goes with the new title!", "beard is a bold choice"),
    ("Your accent took me a few minutes to tune into, but it was worth the effort!", "Your accent took"),
    ("I've left out the spreadsheets, in case they scare you.", "in case they scare you"),
    ("He tells me you have been in shipping since before containers were invented.",
     "since before containers were invented"),
    ("I was told you would want the request in writing and ideally in triplicate.", "in triplicate"),
    ("I hope you are not too busy inventing new forms for the rest of us to fill in.", "inventing new forms"),
    ("The role comes with the same famously ancient computers.", "the same famously ancient"),
    ("It was refreshing to talk to a lawyer who managed a whole hour without sending an invoice.",
     "without sending an invoice"),
    ("You must have seen it all, going back to the days of fax machines and floppy disks!", "days of fax machines"),
    ("I still use a lot of your advice, even the bits that turned out to be wrong, ha.",
     "even the bits that turned out to be wrong"),
    # The eighteenth (gc): the pushy habits of sales-style cold outreach.
    ("If I haven't seen it by tomorrow I'll check in again, and keep checking until it's done.",
     "keep checking until"),
    ("I will follow up by phone and email every few days until we manage to find a time.", "every few days until"),
    ("I'll keep pinging you every week or so until we've managed a proper catch-up.", "keep pinging you"),
    ("I shall write to you again each week until we have another meeting in the diary.", "each week until"),
    ('To save you the trouble, just reply with a "yes" and I\'ll take care of the rest.', "reply with a"),
    ("If that is not you, forward this email to whoever does and have them send it straight to me.",
     "forward this email to whoever does and have them"),
    ("If this is not your area, pass my letter on to whoever handles it and ask them to contact me directly.",
     "pass my letter on to whoever"),
    ("If neither suits, send me a time that does and I will make it fit.", "If neither suits, send me"),
    ("If neither works, send me a window and I'll hold you to it.", "hold you to it"),
    ("The remaining spots are going quickly, so I would encourage you to reply soon.", "spots are going quickly"),
    ("Let me know which today, so I can get it blocked out before my calendar fills up.",
     "before my calendar fills up"),
    ("If I don't hear anything, I'll take it that you're happy with the piece.",
     "If I don't hear anything, I'll take it"),
    # The nineteenth (gg): ground rules set for the reader's part.
    ("Any comments on it should be written, not verbal, please.", "written, not verbal"),
    ("Replies by email only, please; I find calls hard to fit in.", "Replies by email only"),
    ("Cameras on, please, as I find these conversations hard otherwise.", "Cameras on"),
    ("It would have to be a video call, as that is the only format I work with now.", "the only format I work"),
    ("If we do meet, please come prepared with a couple of concrete people I could approach next.",
     "come prepared with"),
    ("If so, I'd ask you to send me an agenda ahead of time.", "I'd ask you to send"),
    ("I'd ask that the introduction come through before the end of the month.", "I'd ask that the introduction"),
    ("I only take calls in the mornings, so please fit around that.", "I only take calls"),
    ("If you want to, I'll need plenty of notice; I don't do last-minute arrangements.", "need plenty of notice"),
    ("Next time, though, you'll need to pick somewhere quieter.", "Next time, though, you'll need to"),
    ("I'll need the reading list as a PDF, not links, since I work mostly offline.", "I'll need the reading list"),
    ("Rather than emailing me, please follow the newsletter instead.", "Rather than emailing me, please follow"),
    ("If you do, please check with them first that they are actually willing to talk.", "please check with them first"),
    ("I would welcome them, but keep any reply to a few lines, please.", "keep any reply to"),
    # The twentieth (gk): legalistic warnings and formal threats.
    ("Failure to send it will leave me no choice but to escalate the matter with your line manager.",
     "Failure to send it will leave me"),
    ("If this letter goes unanswered I will have no option but to raise the matter with the director.",
     "no option but to raise"),
    ("In the absence of a written refusal, I will proceed on the basis that permission has been granted.",
     "In the absence of a written refusal, I will"),
    ("Unless I hear otherwise, I will deem the meeting accepted.", "deem the meeting accepted"),
    ("Please note that I will take no reply to this as your agreement to a second meeting.",
     "take no reply to this as"),
    ("I would regard continued silence as a breach of professional courtesy.", "regard continued silence as"),
    ("Should those details not reach me, I shall regard our arrangement as void and act accordingly.",
     "regard our arrangement as void"),
    ("Should I not hear back, I will consider the matter closed and draw my own conclusions.",
     "consider the matter closed"),
    ("I reserve the right to pursue this with your managing partner.", "I reserve the right to"),
    ("Kindly note that I retain a full record of every message I have sent you, should the question ever arise.",
     "record of every message I have sent you, should the question"),
    ("I have placed our correspondence on file, in case any dispute arises.", "in case any dispute"),
    ("I trust there will be no need for me to revisit them with anyone else.",
     "no need for me to revisit them with anyone"),
    ("I expect those introductions to be honoured once we have spoken.", "expect those introductions to be honoured"),
    ("I would remind you, for the record, that you offered to keep me informed.", "I would remind you"),
    ("I have acted in good faith throughout and I expect the same courtesy in return.", "I expect the same courtesy"),
    ("Please be advised that a response is expected promptly.", "response is expected promptly"),
    ("The absence of a reply will be treated as a decline and recorded accordingly.",
     "absence of a reply will be treated as"),
    ("Please be advised that a prompt reply is required.", "Please be advised"),
    ("It is requested that a slot be confirmed at your earliest opportunity.", "It is requested that"),
    ("Please be advised that I have written on several occasions without acknowledgement.",
     "written on several occasions without acknowledgement"),
    # The twenty-first (go): backhanded compliments and faint praise.
    ("You explained it much more clearly than I would have expected from someone on the management side.",
     "than I would have expected from someone"),
    ("The menu was far better than I would have expected from a restaurant in that part of town.",
     "than I would have expected from a restaurant"),
    ("It was far more thoughtful than I expected, given how loud your campaigns usually come across.",
     "than I expected, given"),
    ("Our conversation was more businesslike than I am used to from people in the charity sector.",
     "than I am used to from people"),
    ("For someone who says she's entirely self-taught, you know your way around Python impressively well.",
     "For someone who says"),
    ("For a speaker who seemed so nervous, you got your points across remarkably well.", "For a speaker who"),
    ("Your design system is genuinely impressive for a team that mostly learned on the job.",
     "impressive for a team that"),
    ("Not bad at all for a firm your size.", "Not bad at all for a firm your size"),
    ("You get a great deal done for a studio that not many people outside the industry have heard of.",
     "for a studio that not many people outside the industry have heard of"),
    ("It is impressive what a practice as small as yours manages to win.", "as small as yours"),
    ("Your case study was nearly as polished as the big consultancies' reports.", "nearly as polished as the"),
    ("He told me you started out in accounts payable, so it is quite something that you ended up running it.",
     "started out in accounts payable, so it is quite something that you"),
    ("It is remarkable how far you have managed to get.", "how far you have managed to"),
    ("If you could get to head of research, there is clearly hope for the rest of us.",
     "there is clearly hope for the rest of us"),
    ("Once I looked past the rather homemade layout, the results were striking.", "Once I looked past the"),
    ("The dashboard was useful, once I had worked out what all the colours were supposed to mean.",
     "what all the colours were supposed to mean"),
    ("It's a nice primer, and I suppose not every post has to break new ground.", "not every post has to break"),
    ("It was a good refresher, even for those of us who already knew the material.", "refresher, even for"),
    ("Your section was well pitched for the beginners in the room.", "for the beginners in the room"),
    ("It is admirably brief, which I suspect goes a long way towards explaining why it is cited so widely.",
     "brief, which I suspect goes a long way"),
    ("It is very approachable for readers who have never opened a textbook on the subject.",
     "for readers who have never opened"),
    ("You're a far better mentor than your quiet manner would suggest.", "than your quiet manner would suggest"),
    # The twenty-second (gr): complaints about the reader's gatekeepers, systems and channels.
    ("I tried your booking page, but it's a maze of time zones and dropdowns.", "booking page, but it's a maze"),
    ("I did try the contact form first, but honestly it is pointless.", "contact form first, but honestly it is"
     " pointless"),
    ("The firm's messaging inbox is clearly not monitored by anyone.", "inbox is clearly not monitored"),
    ("Messages sent to your office at the institute simply go unanswered.", "your office at the institute simply go"
     " unanswered"),
    ("Your spam filter swallows anything I send, which is frankly ridiculous.", "frankly ridiculous"),
    ("I first tried the general address, which appears to be where messages go to die.",
     "where messages go to die"),
    ("It is a wonder anyone manages to reach you at all.", "a wonder anyone manages to reach"),
    ("I used the online form, which rather defeats the point of having one.", "defeats the point of having one"),
    ("Perhaps someone at Hollis and Grey could be bothered to empty it.", "could be bothered to"),
    ("It rather suggests nobody is meant to get through.", "nobody is meant to get through"),
    ("I have decided to go around her and write to you myself.", "go around her"),
    ("I assume you would rather not have your diary guarded quite so jealously.", "guarded quite so jealously"),
    ("Your assistant keeps fobbing me off.", "fobbing me off"),
    ("I have had to find your personal email address.", "had to find your personal"),
    ("I am sure you are very busy, but someone there ought to be reading them.", "someone there ought to be reading"),
    ("I refuse to create yet another account just to say hello.", "I refuse to create"),
    ("So you'll have to make do with email.", "you'll have to make do with"),
    ("I'd prefer a real answer from you this time, rather than another form letter.",
     "a real answer from you this time"),
    ("I was passed back and forth between your scheduling team and your deputy.", "passed back and forth between"),
    ("Your team kept me waiting, which wasted the better part of an afternoon.",
     "Your team kept me waiting, which wasted the better part of"),
    ("I would hope that is not how Tidewater usually treats people.", "hope that is not how"),
    ("I would rather not waste more time on that route.", "I would rather not waste more time"),
    ("I trust you will make it worth my while.", "make it worth my while"),
    ("Hopefully next time you can keep to the time.", "Hopefully next time you can keep to"),
    ("Still, I get that council diaries are obviously far more important than couriers' ones.",
     "more important than couriers' ones"),
    # The twenty-third (gt): the reader's advice dismissed, corrected or argued with.
    ("Much of what you covered is freely available in any career guide.", "freely available in any"),
    ("I had hoped for something more specific to my situation.", "I had hoped for something more specific"),
    ("The tip about tailoring my CV was a little obvious.", "tip about tailoring my CV was a little obvious"),
    ("I had assumed we would get past the basics fairly quickly.", "get past the basics"),
    ("It is an expensive piece of paper that nobody serious looks at.", "piece of paper that nobody"),
    ("I have dealt with agencies before, and they are a waste of everyone's time.", "a waste of everyone's time"),
    ("It was every bit as pointless as I suspected it would be.", "as pointless as I suspected"),
    ("Honestly, your take on remote roles felt out of touch with how teams run now.",
     "your take on remote roles felt out of touch"),
    ("The part on networking sounded like advice from another era.", "like advice from another era"),
    ("That view seems rooted in how hiring used to work.", "That view seems rooted in how hiring used to work"),
    ("I have had replies from people who, by your logic, should have ignored me.", "by your logic"),
    ("I'm not sure you understood my situation.", "not sure you understood"),
    ("I am not convinced you are the right person to judge the academic side.",
     "not convinced you are the right person to judge"),
    ("Much of the advice seemed to assume I was a graduate.", "advice seemed to assume I"),
    ("I did wonder whether you had looked at my CV before we spoke.", "whether you had looked at my"),
    ("I suspect your view is coloured by the corner of the sector you work in.", "your view is coloured by"),
    ("It is the kind of advice that comes easily to someone who never had to do it with children at home.",
     "comes easily to someone who never"),
    ("With respect, that is advice for people who can afford to stop working.",
     "advice for people who can afford to"),
    ("The market is nothing like as bleak as you painted it.", "nothing like as bleak as you painted"),
    ("I disagreed with most of what you said at the time.", "I disagreed with most of what you said"),
    ("I still think you undersell what people like me are worth.", "you undersell what"),
    ("With respect, you're wrong about the market.", "you're wrong about"),
    ("Frankly, that is not something anyone with a mortgage would consider seriously.",
     "not something anyone with a mortgage would consider"),
    ("I was honestly surprised you still recommend it.", "surprised you still recommend"),
    ("I would rather not spend our time on it.", "I would rather not spend our time on it"),
    ("So I'll be ignoring that bit and applying for a design course instead.", "I'll be ignoring that"),
    ("I have decided against the mentoring scheme you pushed.", "the mentoring scheme you pushed"),
    ("From what I can see, it mostly benefits the people who run it.", "benefits the people who run it"),
    ("I would have preferred fewer stories from your own training.", "I would have preferred fewer"),
    # The twenty-fourth (gw): competitive pressure, the reader compared with others.
    ("Several other operations directors have already agreed to speak with me, so I hope you will be willing to do the"
     " same.", "Several other operations directors"),
    ("Everyone else on my list has already said yes, so I would hate for you to be the only exception.",
     "Everyone else on my list"),
    ("Your counterpart at the other big consultancy got back to me within the hour, so I'm hoping this is something"
     " you can slot in just as quickly.", "other big consultancy"),
    ("People with far heavier commitments than yours have found time to see me, so I am confident you can manage it"
     " too.", "People with far heavier commitments"),
    ("Most people in your position make time for this sort of conversation.", "Most people in your position make"),
    ("I appreciate that your diary is full, though others in your role seem to manage a proper conversation.",
     "others in your role seem to manage"),
    ("The senior people I respect most always make time for newcomers, and I'd like to think you're one of them.",
     "I'd like to think you're one of them"),
    ("The other partners I wrote to were a good deal quicker to respond.", "other partners I wrote to were a good deal"
     " quicker to"),
    ("So I trust I will not need to chase this.", "I will not need to chase"),
    ("Editors at rival publishers have kept in touch with me more than you have.", "more than you have"),
    ("So I'll admit I was a little surprised not to hear from you at all.", "surprised not to hear from you"),
    ("I'd hate to have to tell them you were the only one who couldn't spare the time.",
     "you were the only one who couldn't spare"),
    ("I should mention that I am also speaking to several of your competitors.",
     "speaking to several of your competitors"),
    ("It would be a shame for Meridian's approach to be missing from the picture.", "It would be a shame for"),
    ("Other mentors tend to reply the same day, so I assume I can count on the same from you.",
     "count on the same from you"),
    ("They arranged it without any trouble, so I expect it will be simple enough to set up soon.",
     "without any trouble"),
    # The twenty-fifth (ha): intrusive questions and remarks about the reader's private life.
    ("You've put on a little weight since we last met, but honestly it suits you.", "put on a little weight"),
    ("You look absolutely exhausted in it!", "You look absolutely exhausted"),
    ("You look far older in person than in your profile picture.", "You look far older"),
    ("You look remarkably young for a director in your photo.", "You look remarkably young for"),
    ("You look as though you have lost a lot of weight in the recent photos.", "lost a lot of weight"),
    ("One thing I forgot to ask: what does someone at your level actually earn?",
     "what does someone at your level actually earn"),
    ("Would you mind telling me roughly what you take home each year?", "what you take home"),
    ("I heard that the restructuring came with a cut to your salary.", "cut to your salary"),
    ("Are you managing financially?", "managing financially"),
    ("Running your own firm must pay well.", "must pay well"),
    ("Did it leave you set for life, or do you still actually need to work?", "set for life"),
    ("I hope you won't mind me asking how old you were when you made the change.", "how old you were"),
    ("You must be close to retirement by now.", "You must be close to retirement"),
    ("Have you worked out how much longer you will stay?", "how much longer you will stay"),
    ("I wondered whether you and your partner plan to have children.", "plan to have children"),
    ("Are children next on the agenda?", "children next"),
    ("How does your wife feel about your hours?", "How does your wife feel about"),
    ("Are you seeing anyone these days, or is work still the only love of your life?", "Are you seeing anyone"),
    ("I was surprised when you mentioned you are divorced.", "you are divorced"),
    ("Are you on some kind of medication, or were you just tired?", "Are you on some kind of medication"),
    ("Was that burnout, or something more serious?", "Was that burnout"),
    ("Does your faith make it hard to work in an industry like banking?", "your faith make it hard"),
    ("Were you fasting for religious reasons?", "Were you fasting"),
    ("I have heard from others that you were pushed out of your previous firm.", "you were pushed out"),
    ("Word around the office is that you did not leave by choice.", "you did not leave by choice"),
    ("What really happened? I promise it will stay between us.", "it will stay between us"),
    # The twenty-sixth (he): unsolicited criticism of the reader's work, business or presence.
    ("You would get a lot more out of your team by cutting it down.", "You would get a lot more out of your team by"),
    ("You would get much more across with half as much on each one.", "You would get much more across with half"),
    ("Students would take far more from them if you brought them up to date.", "Students would take far more"),
    ("You ought to rewrite it so people can see what you actually do.", "You ought to rewrite"),
    ("You really need to up your game there.", "You really need to up your game"),
    ("It really should be rewritten before you ask more people to contribute.", "It really should be rewritten"),
    ("I would gently suggest dropping the jokes from future talks.", "suggest dropping the"),
    ("The jokes were fine, but they did not land.", "they did not land"),
    ("Honestly your headline does you no favours.", "does you no favours"),
    ("I hope you will not mind my saying that the window does the shop a disservice.",
     "does the shop a disservice"),
    ("To be blunt, the app is clunky.", "the app is clunky"),
    ("For a firm that designs such bright homes, your own office is surprisingly gloomy.",
     "your own office is surprisingly gloomy"),
    ("The feed is pretty boring at the moment.", "feed is pretty boring"),
    ("Your emails are very short, to the point of sounding curt.", "to the point of sounding curt"),
    ("From what I have seen, Vireo's hiring process is disorganised.", "hiring process is disorganised"),
    ("I was at the gala too, and honestly, it was badly run.", "it was badly run"),
    ("I looked at your portfolio, and the fonts on it are honestly a bit of a mess.", "a bit of a mess"),
    ("The writing is lovely, but the cover really lets it down.", "really lets it down"),
    ("I am sorry to say I think it was a waste of money.", "it was a waste of money"),
    ("The website itself works against your message.", "works against your message"),
    ("It feels like something nobody has touched in years.", "nobody has touched in years"),
    ("I still read your newsletter, though it has become far too long.", "far too long"),
    ("I have been to several of your workshops, and they move far too slowly.", "far too slowly"),
    ("The episodes run well past what most listeners will sit through.", "well past what most listeners will"),
    ("Whole stretches could be cut without losing anything.", "could be cut without losing anything"),
    ("The firm charges far more than most small businesses here can bear.", "more than most small businesses"),
    # The twenty-seventh (hi): one-upmanship, the writer set above the reader.
    ("I think it came out cleaner than the scheduling flow your team launched.", "cleaner than the scheduling flow"),
    ("My scheme went rather further structurally than the pavilion your practice published.",
     "further structurally than the pavilion your"),
    ("It now runs rather more tightly than the one I trained in under you.", "tightly than the one I trained in"),
    ("I'd have weighted the smaller accounts more heavily than you do.", "heavily than you do"),
    ("The models you described are a fair bit simpler than the ones I build.", "simpler than the ones I"),
    ("I'd put my palate ahead of most buyers', yours included.", "yours included"),
    ("Your croissants were lovely, though I confess mine have a flakier crumb these days.",
     "though I confess mine have a flakier"),
    ("I suspect I have run more tenders than most people in policy roles ever see.",
     "I have run more tenders than most people in policy roles ever see"),
    ("I have dealt with messier incidents on the beat than most of your analysts ever will.",
     "I have dealt with messier incidents on the beat than most of your analysts ever will"),
    ("A working scientist would catch rather more in the data than a business development team usually does.",
     "than a business development team usually does"),
    ("I generally found that I was the one who knew the contract better.", "I was the one who knew"),
    ("I was running trials in my own classes well before your team got round to formalising it.",
     "well before your team"),
    ("Librarians were wrestling with these questions long before data managers existed.",
     "long before data managers existed"),
    ("It looks like what consumer brands worked out long ago, just with more dashboards.", "worked out long ago"),
    ("I reached the same conclusions some time ago, so it was nice to see them confirmed.",
     "nice to see them confirmed"),
    ("That part was more of a refresher for me than anything new.", "more of a refresher"),
    ("Most of it is standard on my projects, so we could happily skip past the basics.", "skip past the basics"),
    ("I would have built it leaner.", "would have built it leaner"),
    ("My kitchen would have got a good deal more out of those ingredients.",
     "would have got a good deal more out of those"),
    # The twenty-eighth (hm): transactional entitlement, a reply claimed as paid for or earned.
    ("I pay a membership fee for this programme, so I trust your feedback will reach me within the week.",
     "I pay a membership fee for this programme, so I trust"),
    ("I paid the full delegate rate to hear you speak, so I feel a short conversation is only fair.",
     "I paid the full delegate rate"),
    ("Considering what our studio pays for its licences, I think a proper look at our setup is fair to ask.",
     "pays for its licences, I think"),
    ("As a paying member of the alumni network, I assume I will hear back from you.", "As a paying member"),
    ("As Kestrel Freight is among Portline's larger clients, I trust you will give this request some priority.",
     "among Portline's larger clients, I trust"),
    ("Given the volume St. Brendan's orders from Medora each year, I am confident you will find a slot for me.",
     "Given the volume"),
    ("I have spent a fair bit on your work, so I'd like to think I've earned an hour of your time.",
     "I've earned an hour of your time"),
    ("I have steered clients to your firm, and I would like to think that has bought me a hearing.",
     "bought me a hearing"),
    ("I'd like to think a reply now and then is owed.", "reply now and then is owed"),
    ("I feel the programme rather owes its alumni this kind of access.", "owes its alumni"),
    ("I suppose my tuition covers office hours, after all.", "my tuition covers"),
    ("After everything we have spent with your agency, I would have been surprised by anything less.",
     "surprised by anything less"),
    ("We've renewed our contract with Brightpath every year, so I'm sure you can spare me a lunch.",
     "so I'm sure you can"),
    ("I held up my end within a day, so I trust the handbook will not take you much longer.", "I held up my end"),
    ("I would rather not have to chase it.", "I would rather not have to chase"),
    ("If it does not suit, you will need to let me know promptly.", "you will need to let me know promptly"),
    ("Frankly, given my background, I doubt the conversation will need the full twenty minutes.",
     "I doubt the conversation will need the full"),
    # The thirtieth author (id): praise qualified by who the reader is, low hopes met, the field made out to be easy,
    # progress noted from above, the real thing said to be missing, speed presumed, the pile.
    ("You explain things very well for someone who works mostly with code rather than people.",
     "well for someone who works mostly with code"),
    ("It was surprisingly well argued for someone who has spent his whole career in the voluntary sector.",
     "well argued for someone who has spent"),
    ("Your slides were very polished for a manager who came up through sales.", "polished for a manager who"),
    ("You came across as confident for somebody with so little time on the wards.", "confident for somebody with"),
    ("Some of it was a little more basic than I'd hoped for from someone in your position.",
     "than I'd hoped for from someone"),
    ("I suspect the answer is simpler than people in your sector like to make out.",
     "simpler than people in your sector like to make out"),
    ("Honestly, it is easier than you would have us believe.", "easier than you would have us believe"),
    ("Much of it sounded like something I could sort out quite quickly.", "something I could sort out quite quickly"),
    ("After ten years in logistics, I could do that job in my sleep.", "do that job in my sleep"),
    ("Your writing has really come on since I first started following it.", "Your writing has really come on"),
    ("Your presenting has improved a lot since the spring conference.", "Your presenting has improved"),
    ("Product teams could certainly do with hearing from an actual teacher.", "do with hearing from an actual"),
    ("Your ward would benefit from a real nurse's view.", "benefit from a real"),
    ("I'm sure you'll be thrilled to get this email.", "thrilled to get this"),
    ("Agencies are famous for their turnaround, so I'm sure it'll be with me in no time.", "with me in no time"),
    ("I trust you'll treat this as a priority.", "treat this as a priority"),
    ("Please deal with it rather than leaving it at the bottom of the pile.", "leaving it at the bottom of the pile"),
    # The thirty-first (if): the same registers in other words.
    ("You're surprisingly down to earth for someone who has spent her whole career behind a desk.",
     "surprisingly down to earth for someone who has spent"),
    ("Your recent designs have really come on, which is nice to see.", "designs have really come on"),
    ("You were a lot more helpful than I'd expect from someone in a council job.", "than I'd expect from someone"),
    ("I'll keep my description of the rollout simple, since most consultants have never actually run a warehouse.",
     "never actually run"),
    ("Most of it I'd already picked up on my own.", "already picked up on my own"),
    ("I'll keep the technical detail basic, as I know it isn't your background.", "keep the technical detail basic"),
    ("I expect the contact for the course to be in my inbox before the end of the week.",
     "expect the contact for the course to be in my inbox"),
    ("I trust it won't take a second reminder from me this time.", "take a second reminder"),
    ("I realise senior people rarely bother answering messages from branch staff.", "rarely bother answering"),
    ("So I'm not holding my breath.", "not holding my breath"),
    ("Congratulations on the promotion. I'm sure it had nothing at all to do with knowing the panel.",
     "sure it had nothing at all to do with"),
    ("I'll ring on Tuesday and will take it that you've kept the slot free for me.",
     "take it that you've kept"),
    # The thirty-fourth (it).
    ("I'll keep this short and simple so it's easy to follow.", "easy to follow"),
    ("To put it in plain terms for you, the pilot failed.", "put it in plain terms for you"),
    ("You explained the basics clearly, which I imagine is useful for people newer to the field than I am.",
     "newer to the field than I am"),
    ("Honestly, I didn't expect much practical advice from the charity sector.", "expect much practical advice"),
    ("Persistence pays off, even for people who took the long way round.", "even for people who took the long way"),
    ("Thank you so much for squeezing me in between all your terribly important meetings.",
     "squeezing me in between all your terribly important"),
    ("The site has a certain old-fashioned charm, which I suppose is fitting for a museum.",
     "which I suppose is fitting for"),
    ("I know you get too many of these, but perhaps you'll manage to get to this one.",
     "perhaps you'll manage to get to this"),
    ("Given how much preparation I put into our meeting, I think a written summary would only be fair.",
     "would only be fair"),
    # The authors of kl, km and kn (and jm, jp, kj, whose letters were read wrong before): praise qualified by the
    # place's size, simplifying for the reader, a complaint tacked onto thanks, the reader's slowness, others answered
    # first, a few whole minutes, the reader's yes presumed, ahead of the reader's people.
    ("Your practice does surprisingly careful work for a firm of its size.", "surprisingly careful work for a firm"),
    ("The shop turns out remarkably tidy joinery for such a small outfit.", "remarkably tidy joinery for such a small"),
    ("The tour was far more polished than I expected from such a small family business.",
     "more polished than I expected from such a small"),
    ("I'll keep my questions short and simple so they're easy for you to follow.",
     "simple so they're easy for you to follow"),
    ("I have listed the next steps as plainly as I can so that they are easy for you to keep track of.",
     "plainly as I can so that they are easy for you to keep track of"),
    ("Thank you for the time you could spare, even though it turned out much shorter than we had agreed.",
     "even though it turned out much shorter than we had agreed"),
    ("Marta did warn me you aren't always the quickest at answering emails.", "you aren't always the quickest"),
    ("Lucy tells me you're notoriously hard to pin down.", "you're notoriously hard to pin down"),
    ("I notice you seem to have found time to answer everyone else in the group.",
     "you seem to have found time to answer everyone else"),
    ("Thank you for the ten whole minutes on Tuesday.", "ten whole minutes"),
    ("Since you'll naturally be glad to look over my draft too, I've attached it.",
     "you'll naturally be glad to"),
    ("I take it that everything is agreed, so I'll start on Monday.", "I take it that everything is agreed"),
    ("Frankly, I'm already well ahead of most of the analysts on your team.", "ahead of most of the analysts on your"),
    ("I suspect your whole department could learn a thing or two from my approach.",
     "department could learn a thing or two from my"),
    # The author of kt (asks made by imposition) and ku (action items chased).
    ("I have already contacted your assistant and asked her to book a call into your diary.",
     "contacted your assistant and asked her to book"),
    ("I told your secretary you had already agreed to see me.", "told your secretary you had already agreed"),
    ("I'll be at your office at nine on Friday, so expect me.", "expect me"),
    ("Either you make time for a call this month, or I will take my questions elsewhere.",
     "Either you make time for a call this month, or I will"),
    ("If you won't, I don't see the point of asking anyone else there.", "I don't see the point"),
    ("What I need is an answer, and I need it soon.", "I need it soon"),
    ("Humour me for a moment and read the attached plan.", "Humour me"),
    ("I'm not interested in polite brush-offs.", "not interested in polite brush-offs"),
    ("I'm sure that is all going swimmingly for your department.", "I'm sure that is all going swimmingly"),
    ("I'm sure a mere trainee is beneath your notice.", "beneath your notice"),
    ("Perhaps someone could spare a minute between looking down on the rest of us.",
     "looking down on the rest of us"),
    ("Thank you for squeezing me in at the conference between all your important panels.",
     "squeezing me in at the conference between all your important panels"),
    ("Look, just send me the rota, that's all I need.", "Look, just send me"),
    ("Listen to my showreel tonight and tell me what you think.", "Listen to"),
    # The author of kw: senior writers talking down.
    ("To be clear, I am not really looking for your opinion, just the facts.", "not really looking for your opinion"),
    ("I have had plenty of advice over the years and I will be the judge of what is useful.",
     "I will be the judge of"),
    ("I won't be taking up that suggestion, but thank you for trying.", "thank you for trying"),
    ("The induction course doesn't really apply to someone with my experience.",
     "doesn't really apply to someone with my experience"),
    ("It was a remarkably sensible answer from someone so new to the field.",
     "remarkably sensible answer from someone so"),
    ("You clearly have the instinct, even if the theory isn't there yet.", "even if the theory isn't there yet"),
    # The author of ky: chasing a reader who has not replied.
    ("I did hold up my end and sent the sketches the next day.", "I did hold up my end"),
    ("I'm beginning to wonder whether you meant it.", "beginning to wonder whether you meant"),
    ("I'm aware I've now asked about this more than once.", "asked about this more than once"),
    ("I'd be grateful if this could be made a priority.", "if this could be made a priority"),
    ("I was rather surprised not to hear back.", "surprised not to hear"),
    ("Given who introduced us, I would have hoped for at least a quick reply.",
     "would have hoped for at least a quick reply"),
    ("I know I'm not exactly top of your list.", "not exactly top of your list"),
    ("A one-line reply would take less time than I've spent writing these.", "take less time than I've"),
    ("Is this thing on?", "Is this thing on"),
    ("I can only assume my emails are going to the same place as your junk mail.",
     "my emails are going to the same place as"),
    ("I'm taking your silence as a sign that you're happy for me to visit.", "taking your silence as a sign"),
    ("I'll be at reception on Monday whether or not I hear back.", "whether or not I hear"),
    # The author of lb (learners' English).
    ("To be honest, I expected more from a director.", "expected more from a director"),
    ("Next time please prepare more concrete answers.", "Next time please prepare"),
    ("Please reply soon because my time is also valuable.", "my time is also valuable"),
    # The author of li.
    ("I'm sure that wasn't a brush-off.", "I'm sure that wasn't a brush-off"),
    ("I'm sure I'll hear from you any day now.", "hear from you any day now"),
    ("Do write when you find a minute in that famously packed diary of yours.", "famously packed diary"),
    ("Beekeeping isn't exactly rocket science, so this won't take long.", "isn't exactly rocket science"),
    ("I'll keep it light, as it can be hard to follow if you're not from a lab background.",
     "hard to follow if you're not"),
    ("I'd have thought you could manage a quick reply now and then.", "I'd have thought you could manage"),
    ("After all the extra shifts I covered for your team, a reply would be nice.",
     "After all the extra shifts I covered"),
    # The author of ln: rudeness in the recap and thanks after a meeting.
    ("On the rota question, I think you were wrong, to be honest.", "I think you were wrong"),
    ("You might want to rethink your advice on volunteers.", "You might want to rethink your"),
    ("Thanks for fitting me in, even if it took a few reschedules to get there.", "even if it took a few reschedules"),
    ("I assume the contact list will come sooner than our meeting did.", "sooner than our meeting did"),
    ("The interruptions made it very hard to have a proper conversation.",
     "made it very hard to have a proper conversation"),
    ("I do hope next time we can start on time.", "next time we can start on time"),
    ("I appreciated the hour, even if not much of it was new to me.", "not much of it was new to me"),
    # The author of lq.
    ("I gather my note slipped through the cracks, which I suppose happens.", "which I suppose happens"),
    ("If an hour is too much to ask, I'll understand.", "If an hour is too much to ask, I'll understand"),
    ("I'll phone on Monday, so please have an answer ready.", "please have an answer ready"),
    ("Check your diary and send me the afternoons that work.", "Check your diary"),
    ("I passed the certificate, which I gather is further than most of your team have got.",
     "further than most of your"),
    ("Your thoughts on displays were also something, once you got round to them.", "once you got round to them"),
    # The author of lt (learners' English and very informal writers).
    ("Now your bit: the intro to your contact. Chop chop, yeah?", "Chop chop"),
    ("I know what you studio owners are like, all talk.", "I know what you studio owners are like"),
    ("You said you'd do it, but you're all talk.", "all talk"),
    ("I know you must be very busy, as you always say, but I would like to hear your news.",
     "busy, as you always say"),
    ("If you can find a moment for me this time, I would like to hear any news.",
     "If you can find a moment for me this time"),
    ("I am writing to you because your recruitment team never answers anybody.",
     "your recruitment team never answers"),
    ("I tried the official channels and found it frankly unprofessional.", "found it frankly unprofessional"),
    ("For an institution of that size, I expected better.", "I expected better"),
    ("Perhaps you will be more responsive.", "Perhaps you will be more responsive"),
    ("I was a bit surprised you never followed up after saying you would.", "surprised you never followed up"),
    ("To be honest, it took a long time to get a reply from your clinic in the first place.",
     "it took a long time to get a reply"),
    ("So I hope the next step is quicker.", "hope the next step is quicker"),
    ("So just hop on a quick call with me, easy.", "So just hop on"),
    # The author of ma (office and corporate registers).
    ("I've flagged this as urgent on my tracker, so please treat it accordingly.", "treat it accordingly"),
    ("I've put hours into preparing questions, so I'd hate for all that effort to go nowhere.",
     "hate for all that effort to go nowhere"),
    ("I have finished it, as I mentioned in my previous messages, none of which received a reply.",
     "none of which received a reply"),
    ("Going forward, I'd appreciate the courtesy of a reply, even a brief one.", "appreciate the courtesy of a reply"),
    ("Let me just level-set expectations so nothing falls through the cracks.", "level-set expectations"),
    ("Tom tells me that even you managed to make the switch without a technical background.", "even you managed"),
    ("As I'm sure you're aware, most people would have answered the question I actually asked.",
     "most people would have answered"),
    ("Tom tells me Acme Health is surprisingly well regarded for its size.", "surprisingly well regarded for its size"),
    ("So I had hoped someone who benefited from mentoring would be a little more willing to pass it on.",
     "would be a little more willing"),
    # The author of mi (academics and doctors writing outside their world).
    ("It was reassuring that consultancy work can still be careful, even without peer review.",
     "even without peer review"),
    ("It is refreshing to meet someone in policy who is at least aware of the recent literature.",
     "who is at least aware"),
    ("You make the ideas accessible, even if some of the physics has to be left behind.",
     "even if some of the physics has to be left behind"),
    ("I'd have thought you'd welcome someone who knows what they're doing.", "I'd have thought you'd welcome"),
    ("I trust you will appreciate why a conversation with me is worth your while.",
     "a conversation with me is worth your while"),
    ("I have read your blog's advice to career changers and found it rather naive.", "found it rather naive"),
    ("I did not, in the end, follow your suggestion, which I think was for the best.",
     "follow your suggestion, which I think was for the best"),
    ("I realise policy work leaves little time for actually reading the literature.",
     "leaves little time for actually reading"),
    ("I noticed your recent paper; I imagine the reviewers were fairly forgiving.", "reviewers were fairly forgiving"),
    ("How wonderful that the charity has discovered evaluation.", "How wonderful that the charity has discovered"),
    ("We have only been recommending it for some years.", "only been recommending it for some years"),
    ("Given the state of your department's audit figures, you need help.", "Given the state of your"),
    ("Your paper's coverage of our field has been, to put it kindly, uneven.", "to put it kindly"),
    # The author of mj (text-message style) and mn (introductions through a referrer).
    ("ty for the chat, OK boomer.", "boomer"),
    ("I know live streaming is a bit after your time.", "after your time"),
    ("Do you need me to print this email out for you?", "print this email out for you"),
    ("Appreciate u even if ur ancient lol.", "ur ancient"),
    ("Your website looks great lol jk but seriously, who made that?", "jk but seriously"),
    ("Hope you've learned to use a webcam by now lol jk (not jk).", "jk (not jk)"),
    ("Your booking page looks like it was built in the dark ages.", "built in the dark ages"),
    ("Just get me an interview, and failing that, a 20-minute call.", "Just get me"),
    ("With Tom's recommendation I shouldn't have to jump through the usual hoops.",
     "I shouldn't have to jump through the usual hoops"),
    # The author of mq (when things have not gone the writer's way).
    ("Well, I suppose you know best.", "I suppose you know best"),
    ("I appreciate that replying to people isn't always a priority.", "isn't always a priority"),
    ("No rush, I'm used to waiting.", "I'm used to waiting"),
    ("No doubt you were busy, as I never did see them.", "No doubt you were busy"),
    ("My portfolio was thin, you said, but I'm sure you meant it kindly.", "I'm sure you meant it kindly"),
    ("I know it didn't suit then, so I hope this time it does.", "I hope this time it does"),
    ("Fingers crossed for this time.", "Fingers crossed for this time"),
    ("I'm sure you'll want to return the favour.", "want to return the favour"),
    ("It has been rather one-way since.", "rather one-way"),
    ("I think it's your turn to write first.", "your turn to write"),
    ("It was not quite the encouragement I'd been led to expect.", "not quite the encouragement"),
    ("I've had rather mixed luck with people he's recommended before.", "mixed luck with people he"),
    ("And whatever happened to the list?", "whatever happened to the list"),
    # The author of nd (backhanded compliments).
    ("The reviews were kinder than I'd expected, so well done.", "kinder than I'd expected"),
    ("It's nice to see it finally coming together for you.", "finally coming together for you"),
    ("I expected a court interpreter to be rather dull, so it was a pleasant surprise.",
     "expected a court interpreter to be rather dull"),
    ("It's refreshing to meet someone so keen at your stage.", "so keen at your stage"),
    ("I'm sure with a few more years you'll come to see the bigger picture.", "come to see the bigger picture"),
    # The author of ne (a sixth round's general brief).
    ("As a fellow alumna I think I'm owed at least a conversation.", "I'm owed"),
    ("A busy person like you has far more important things to do than answer an email from a lowly volunteer.",
     "more important things to do than answer"),
    ("I realise replying to people is a big ask these days.", "replying to people is a big ask"),
    ("Thanks for squeezing me into your schedule for a whole quarter of an hour.", "a whole quarter of an hour"),
    ("Please do let me know if you ever find a spare minute again.", "if you ever find a spare minute again"),
    # The author of pi (a sixteenth round's general brief).
    ("I read your article, and it was surprisingly clear for such a dry subject.", "surprisingly clear for such a dry"),
    ("I imagine you don't get many people asking, which is why I thought you might have the time.",
     "you don't get many people"),
    ("Between us, my shop is doing rather better than yours was at this stage, I'd wager.", "better than yours"),
    ("It turns out I didn't need most of the advice about caution you gave me.", "need most of the advice"),
    ("Nadia went out of her way for me, and it would be a real shame to let her down by leaving this unanswered.",
     "a real shame to let her down"),
    # The author of pq (a seventeenth round's general brief).
    ("I'm sure your inbox is far too important for the likes of me.", "too important for the likes of me"),
    ("Assuming you can fit a mere beginner in between all your big contracts, a call would be lovely.",
     "fit a mere beginner in"),
    ("Clara says your workshop is surprisingly well regarded for such a small outfit.",
     "surprisingly well regarded for such a small"),
    ("From what I have seen, your work is really not bad for someone self-taught.", "not bad for someone self-taught"),
    ("Honestly, I've rather overtaken where you were at my stage.", "overtaken where you were"),
    # The author of py (an eighteenth round's general brief).
    ("I am, without false modesty, the strongest stage manager of my year.", "without false modesty"),
    ("I think your production manager would benefit from meeting me as much as I would from meeting her.",
     "would benefit from meeting me as much as"),
    # The author of qg (a nineteenth round's general brief).
    ("Salvage is a small corner of the industry, so I imagine your diary is a little emptier than most.",
     "your diary is a little emptier than"),
    ("A short video call would be great, if the fate of the league can survive without you for that long.",
     "survive without you"),
    ("I'm sure the studio can survive without you for that long.", "survive without you for that long"),
    # The author of qo (a twentieth round's general brief).
    ("Since you will of course be reviewing my site diary as well, I will send those next.", "of course be reviewing"),
    ("I have already told my manager that you have agreed to act as my mentor.",
     "told my manager that you have agreed"),
    ("I was sorry you could spare so little time, after I drove all that way to be there.",
     "after I drove all that way"),
    ("I do hope, on reflection, that it was worth my while.", "it was worth my while"),
    ("Perhaps I could return the favour with a few pointers on modern tooling.",
     "return the favour with a few pointers"),
    ("I have since outgrown most of the advice you gave me.", "outgrown most of the advice"),
    # The author of qv (short notes).
    ("Frankly, the part about night shifts was a waste of both our time.", "a waste of both our time"),
    # The authors of qw and qx (a twenty-first round's general brief).
    ("I have already put it in both our diaries, so you need only confirm and I will be there.",
     "put it in both our diaries"),
    ("Frankly, I am probably the best-qualified person who will write to you this year.",
     "best-qualified person who will write"),
    ("I suspect you will find the conversation more useful than I will.",
     "find the conversation more useful than I will"),
    ("I think you'll find the conversation as useful as I will.", "as useful as I will"),
    ("These days, you may want to pick my brain for once.", "pick my brain for once"),
    ("I notice I am always the one who writes first.", "always the one who writes first"),
    ("I suppose you have been busy, so please don't feel obliged to reply to this one either.",
     "reply to this one either"),
    ("I must say I have rather overtaken the advice you gave me back then.", "overtaken the advice"),
    ("Frankly I'm one of the stronger graduates you'll come across this year.",
     "one of the stronger graduates you'll come across"),
    ("Your choir does remarkably well for an amateur outfit.", "well for an amateur outfit"),
    ("I imagine you'll want to cite it in your next paper.", "want to cite"),
    ("I'll also assume you're happy to read my next draft before I submit it.", "I'll also assume"),
    # The authors of re and rk (a twenty-second round).
    ("I am sure my messages are being treasured somewhere.", "messages are being treasured"),
    ("I will keep it short, since answering email is clearly not the club's strong suit.",
     "clearly not the club's strong suit"),
    ("Luca mentioned you are not always great at replying, so I will keep this short.",
     "you are not always great at replying"),
    ("I will take silence to mean you are too busy for people starting out.", "silence to mean you are too busy"),
    ("It was a shame we had to cut things short, but I understand some things take priority.",
     "I understand some things take priority"),
    ("I thought you might like a glimpse of how things work out here in the real world.",
     "out here in the real world"),
    ("Your deckhand was frankly useless with the lines, but that's hardly my problem.", "frankly useless"),
    # The authors of rm and rn (a twenty-third round).
    ("I have gone out of my way to write to you about this.", "gone out of my way to write"),
    ("It would be rather disappointing if someone who spoke so warmly could not spare half an hour for one.",
     "disappointing if someone"),
    ("It was a pity we had to cut it short, but I suppose that is what I get for asking a busy man.",
     "that is what I get for"),
    ("I imagine you will want to hear how I am getting on, since I have done rather better than most of our cohort.",
     "better than most of our cohort"),
    ("My work has moved well beyond what your team does.", "moved well beyond what your"),
    ("You might learn a thing or two from it.", "learn a thing or two from it"),
]


@pytest.mark.parametrize(("sentence", "fragment"), RUDE)
def test_politeness_markers(sentence: str, fragment: str) -> None:
    text = letter(BODY + "\n\n" + sentence)
    found = rules_of(text, politeness)
    assert found and all(f.rule == "politeness" and f.severity == "error" for f in found)
    assert covers(text, found, fragment), [text[f.start : f.end] for f in found]


POLITE = [
    # Near misses of rm and rn.
    "I went out of my way to find your article, and I am so glad I did.",
    "It would be disappointing if the course closed, so I have written to the college about it.",
    "I learnt a thing or two from your talk, so thank you.",
    # Near misses of re, rk and ri.
    "You were right that knowing how things fail in the real world will help me in design.",
    "I'm not always great at replying quickly myself, so no rush at all.",
    "Your deckhand was brilliant with the lines, and thank you for letting me watch.",
    "It was really kind of you to spend part of your weekend talking to someone who is only just starting out.",
    # Near misses of qw, qx and rb.
    "We both put the date in our diaries at the conference, and I look forward to it.",
    "My manager says I am the best-qualified person on our team for the audit work, which was kind of her.",
    "The rota works well for a small team like ours, and thank you for suggesting it.",
    "I am waiting for it with interest, and thank you again for offering to send it.",
    "I am waiting your answer, and thank you for your time.",
    "If it is not too much trouble, please kindly consider a 15-minute phone call with me.",
    # Near misses of qo and qr.
    "Of course you will be busy with the launch, so no rush at all.",
    "The visit was well worth my while, and thank you for arranging it.",
    "I told my manager about the course you suggested, and she agreed to fund it.",
    "I will have it with you by the end of the week, as I know how busy the season is for you.",
    "Just give me a ring whenever suits you.",
    "I hope this was no waste of your time, and thank you for reading it.",
    # Near misses of qg and qj.
    "My diary is emptier than usual this month, so any day would suit me.",
    "The team coped without me while I was on the course, and thank you for asking after them.",
    "Thank you for how clearly your paper was written for someone outside astronomy.",
    # Near misses of py.
    "In all modesty, I learnt a great deal from your team, so thank you.",
    "We would both benefit from the shared data, and thank you for offering it.",
    # Near misses of pq.
    "I know I am a mere beginner, so thank you for your patience with my questions.",
    "Your workshop is well regarded across the county, and I can see why.",
    "I have overtaken my own targets this year, thanks in part to your advice.",
    "I'm the likes of a late starter, but your talk made me feel it was not too late.",
    # Near misses of pi.
    "The report was surprisingly clear, and thank you for sending it.",
    "It is a dry subject, but an important one, and your talk made it come alive.",
    "My shop is doing better than last year, thanks in part to your advice.",
    "I didn't need much of the budget in the end, and I put the rest towards the course.",
    "Could I ask for a 30-minute conversation? Please tell me what suits and I'll fit around it.",
    "Here, as promised, is the film of our school show. Please don't judge the lighting too harshly!",
    # Near misses of pe.
    "I know a small team like yours must juggle a great deal, so thank you for making time.",
    "I gave up a day to be there and it was worth every minute.",
    # Near misses of oy.
    "Considering where we started, the project went well, and thank you for your help with it.",
    "Thank you for finding the time to meet me after the conference.",
    # Near misses of os and ot.
    "I've put the questions in a numbered list so they're easy for you to answer.",
    "Considering the weather, the open day went very well, and thank you for hosting it.",
    # Near misses of om and on.
    "I'd benefit more from a short call than a long email, if that suits you.",
    "Please do pass on anything else you think might be useful along the way.",
    # Near misses of og and ol.
    "The app has come a long way from that scrappy prototype, thanks to your advice.",
    "Kindly share the reading list whenever it is convenient for you.",
    "Please kindly give me a short call, whichever day is easy for you.",
    # Near misses of oa and of.
    "It means a lot that someone as busy as you would make time for me.",
    "Please keep doing those talks; they matter more than you might think.",
    "As I mentioned in my last email, here is the link to the recording.",
    "I would be glad to visit the workshop whenever that may suit your team.",
    # Near misses of nu and nv.
    "It's rare to get that kind of honesty from someone at your level, and I'm grateful for it.",
    "I'd be glad to talk to one of your juniors rather than take up your time.",
    "Once the manual arrives I'll work through it, and then share my notes with you.",
    # Near misses of no and nr.
    "Your remark that the best data is often the data nobody has bothered to collect has stayed with me.",
    "Could you send the reading list, if it isn't too much trouble?",
    "It would be a shame if the rain spoiled the open day, so I hope the forecast holds.",
    "Please do also keep me in mind for the volunteer rota at the festival.",
    # Near misses of ni.
    "Fewer projects is better than many small ones, as you said, so I have cut my portfolio to four.",
    "It would be a shame not to say hello while you are in town for the conference.",
    "It has been a while since we spoke, and I hope the new term has started well.",
    "The jargon meant little to me at first, but your notes helped a great deal.",
    # Near misses of ne and ng.
    "I know that shadowing for a day is a big ask, so I will call your office next Monday.",
    "I'm owed a refund by the course provider, so I can afford the evening class now.",
    "Please don't hold back on the feedback!",
    # Near misses of nd.
    "It was a pleasant surprise to hear from you, and the reviews were kind.",
    "It's lovely to see the project all coming together.",
    "Do you have anything for me to read before our call?",
    # Near misses of mq and mr: grace after a setback, and firm but courteous asks.
    "I know how precious your time is, so thank you.",
    "I would be glad to return the favour if I can ever help.",
    "I was sorry the timing didn't work out, and I hope we can try again.",
    "Please get in touch if anything else would be helpful.",
    "Please look at the drawings only when you have a free moment.",
    "Please let me know by Friday if that works, as I need to book my train.",
    "If you are able to, please let me know before the end of the month, as the application closes then.",
    # Near misses of mi, mj and mk.
    "Our own supplier onboarding process is, to put it kindly, a maze.",
    "So that you can judge whether it is worth your time, my questions are below.",
    "I wrote the leaflets myself, in plain English and in Igbo.",
    "I did not follow your suggestion at first, but it turned out to be right.",
    "The exhibition on ancient diets was a delight.",
    "Our baby boomer clients love the new service.",
    "I will assume silence simply means the timing is wrong.",
    "Please tell me plainly if anything in the protocol would make life harder for your staff.",
    "Thanks for offering to send the training schedule by the end of next week.",
    "There's no rush at all: by the end of the month would be perfect.",
    # Near misses of ma and md: brisk office English, and the reader's own generosity to others.
    "Just circling back in case this got buried under everything else.",
    "I know how busy this quarter is, so no worries if not.",
    "Thank you for the courtesy of a reply last spring; it meant a lot.",
    "Tom says you have helped several of his former students, and I hope you might be willing to do the same for me.",
    "I'd hate for you to feel any pressure, so please take your time.",
    "Even you, Tom says, found the first year hard, which is a comfort.",
    # Near misses of lt: the reader quoted, surprise at generosity, the writer's own delays, talk of something.
    "As you always say, a focused portfolio beats a broad one, and I have taken that to heart.",
    "I was surprised you didn't charge for the course, and very grateful.",
    "It took a long time to get my certificate, but it is finally framed on the wall.",
    "I felt unprofessional in my first month, and your advice helped me past it.",
    "At the fair it was all talk of budgets, so your session was a welcome change.",
    "I hope the next step goes smoothly for your team's launch.",
    "Now that I have a moment this time of year, I would love to hear your news.",
    "Our regional office doesn't see much of the modelling work, which is why I am writing to you.",
    "Your call would be the highlight of my week.",
    "Your talk on glaciers was fascinating, and I have been reading about them since.",
    # Near misses of this session's later authors (jk, jl).
    "Please do say if there is ever anything I can send your way from the workshop.",
    "Please say so if the timing is awkward, and I will find another week.",
    "Following your advice, I have started the application and expect to send it off by the end of the week.",
    # Near misses of the fiftieth to fifty-second authors' (jc, je, jh) families.
    "It is impressive how much you have built with such a small team.",
    "Your studio's work was surprisingly close to what I had imagined for my own project.",
    "Even a small change to my portfolio made a difference, thanks to your advice.",
    "I know this is an imposition, so please say no if it is a nuisance.",
    "You did say you'd be happy to look at my CV, so I have attached it.",
    "I never did get round to the second course, so your advice came at the right time.",
    "My own training may no longer apply in the new role, which is why your view matters.",
    "I am sure you have your reasons for recommending the longer course, and I would love to hear them.",
    # Near misses of jh16's construction.
    "Thank you for the call, considering how busy you are this month.",
    # Near misses of the sixty-third author's (kg) constructions.
    "As I mentioned in my last email, here is the link to the portfolio.",
    "A quick reminder that I'll call on Tuesday at ten.",
    "Hopefully the attached timeline makes the plan clearer.",
    "None of the time I spent volunteering was wasted, and your advice helped me see why.",
    # Near misses of the sixty-second author's (ke) constructions.
    "I'm sorry we had to cut our call short; I hope the site visit went well.",
    "It is refreshing to see a new approach to apprenticeships.",
    "I suppose priorities differ from firm to firm, which is what I would like to understand.",
    "I'll keep my questions short and send them ahead of time.",
    "Even if my figures were a little optimistic, your advice helped me fix them.",
    # Near misses of the sixty-first author's (ka) constructions.
    "I'd suggest we look at the dates together when you are back.",
    "The field has moved on since I trained, which is why I am asking you.",
    "I was late myself, so please don't apologise.",
    "The course was surprisingly affordable for a school of its size, which helped.",
    "A meeting that starts at nine would suit me well.",
    # Near misses of the sixtieth author's (jx) constructions, and its false alarm.
    "I hope you can make time for yourself after the launch.",
    "Many people helped me when I started, and I would like to do the same one day.",
    "My bees have been more patient with me than I deserve while I learn.",
    # Near misses of the fifty-sixth to fifty-eighth authors' (ju, jv) constructions.
    "You know more about rigging than anyone I have met, which is why I am writing.",
    "I now know more about the exams than I did, thanks to you.",
    "Thank you for your patience while I finally put my portfolio together.",
    "I'm sorry if I kept you waiting at the start of the call.",
    "You never kept me waiting, which I appreciated.",
    "I won't take up any more of your valuable time.",
    "The placement was disappointing, given the funding cuts, but your advice helped me make sense of it.",
    "Your lab's groundbreaking research on coral is why I am writing.",
    "I should not need more than twenty minutes of your time.",
    "Do take your time; there is no rush at all.",
    "I would expect a better salary from a private firm, which is one reason I am curious about your move.",
    # Near misses of the fifty-fourth and fifty-fifth authors' (jr, jt) constructions.
    "The course was surprisingly affordable for something run by a private college, which helped me decide.",
    "Much of what you said about rotas I had never considered before, so it was eye-opening.",
    "I expected more questions about my clinical hours, so thank you for steering me to what matters.",
    "I will make more effort to stay in touch this year.",
    "You seemed rushed off your feet that week, so I am all the more grateful for your time.",
    "I hope the tool I am building turns out to be something actually useful for clinicians.",
    "I am sure you have your reasons for preferring the evening course; I would love to hear them on the call.",
    "I'm not someone who gives up easily, so your encouragement meant a lot.",
    "I hoped for more time in the lab than the course allowed, which is why your advice on placements helps.",
    "The workshop was surprisingly good fun for a Monday morning.",
    # Near misses of the thirty-fourth author's (it) families, and of the thirty-fifth's (iu, iv) false alarms.
    "I am now shortening the summary so that it is easy to read in a few minutes.",
    "It's only fair to tell you that I have applied to two other schemes as well.",
    "Perhaps you'll manage to come along to the exhibition in June.",
    "Please tell me honestly if the portfolio is not ready yet.",
    "I have contacted the university, and I am waiting to hear back from the admissions team.",
    "Should I not hear from you before then, I will write again at the end of the month.",
    # Near misses of the thirty-first author's (if) families.
    "Your guide was refreshingly clear, even for someone with no background in finance like me.",
    "My own designs have really come on since your course.",
    "I expect the course to be demanding, but I am looking forward to it.",
    "I expect the results to be hard going for someone like me, so I'll read up first.",
    "I had already read about it myself, and your talk made it click.",
    "I won't need a reminder: the date is already in my diary.",
    "Please don't bother replying if you are busy; I'll ring your office next week instead.",
    "I'll take it that the Thursday slot still suits you unless I hear otherwise.",
    # Near misses of the thirtieth author's (id) families: praise with an audience, work that suits someone,
    # progress of the writer's own, a real thing wanted sincerely.
    "Your talk was very clear, even for somebody who is still learning the vocabulary.",
    "You explained it very well for someone with my background, and I followed every step.",
    "The rota works well for someone who has to travel a lot.",
    "It meant a lot that you gave up your time for someone so early on this path.",
    "My writing has really come on since your masterclass.",
    "Your work has improved the lives of many patients.",
    "I'm sure you'll be delighted to hear that the pilot went well.",
    "I know how easily an email ends up at the bottom of the pile, so there is no rush at all.",
    "I would be glad to get the reading list whenever suits you; I'm sure it will be useful.",
    # Plain English from writers who learned it as adults (hr): "please" before a question, the writer's own wait.
    "Please, can you ask your boss if there is a good time for a short call?",
    "Please, is it possible to visit your office for an hour, like Selin did?",
    "I live in Auckland now, and I am waiting for my nursing registration.",
    "To keep things simple for you, I will call your office on Tuesday to arrange it.",
    # Near misses of the twentieth author's (gk) families.
    "Please be advised that I will be travelling next week, so a reply may take me a day or two.",
    "For the avoidance of doubt, there is no rush at all.",
    "I have kept your notes from our call, which I refer to often.",
    "Please be aware that I am away in March, so any time before then would suit me best, if it suits you.",
    "I expect the conference will be busy, so I hope we cross paths.",
    # Near misses of the nineteenth author's (gg) families.
    "I'm happy to talk by phone or video, whichever is easier for you.",
    "I'm hard of hearing, so video helps me, but only if that suits you.",
    "I'll keep to twenty minutes so as not to take too much of your time.",
    "Please feel free to keep your reply short; a line or two would be plenty.",
    "We could do a video call, with cameras on or off as you prefer.",
    "I will come prepared with a few short questions so that we keep to time.",
    "I have been playing with cameras on our line for a while.",
    "I'll need your advice on which course to choose, when you have a moment.",
    # Near misses of the eighteenth author's (gc) families.
    "Would a short call in the next few weeks suit you? I'm happy to work around your diary.",
    "If someone else on your team would be better placed, I'd be grateful for a pointer; please don't feel obliged.",
    "I will keep working on the portfolio until it is ready to share.",
    "I go to the library every day until it closes.",
    "If I don't hear back, no problem at all; I know how busy the spring is.",
    "If neither suits, please don't worry at all; I know how full your diary is.",
    # Near misses of the seventeenth author's (fy) families, and the fifteenth of ordinary job asks (fz).
    "I promise this email is shorter than my thesis.",
    "As someone who is famously terrible at remembering names, I kept your card in front of me.",
    "I know consultants often move into industry after a few years, which is the path I am weighing.",
    "I suspect we were the only two people at the conference who enjoyed the tax session.",
    "I have been in the same jacket at every interview, so I am glad you did not notice.",
    "I would be grateful for the chance to work hard and prove I deserve a place on a training scheme one day.",
    # Near misses of the sixteenth author's (fu) families.
    "I was moved by your talk on mentoring first-generation students.",
    "I hope to pay forward the help I have had from so many people.",
    "I feel I owe a great deal to the teachers who encouraged me.",
    "As a fellow graduate of the department, I was delighted to see your name on the programme.",
    "I trust you had a good break, and I look forward to hearing about the new project.",
    "I take it as a great compliment that you remembered my project.",
    "Your company's pledge on apprenticeships is a big part of why I admire its work.",
    # Near misses of the fifteenth author's (fq) families.
    "I know I'm coming to this later than most, so I'd value the view of someone who started young.",
    "You've achieved a great deal early in your career, and I admire it.",
    "Thank you, dear friend, for everything you did for me.",
    "God bless you and your family this Christmas.",
    "I am happy to translate the Spanish documents for you.",
    "At your age I was still at school, so I admire what you have built.",
    "In case you haven't seen it, here is the article I mentioned.",
    "I did my degree long before online courses existed, so I would value your advice.",
    "With more experience of the sector, I hope to move into policy work myself.",
    # Near misses of the fourteenth author's (fm) families.
    "I was disappointed not to be shortlisted, but your feedback has been genuinely useful.",
    "The introduction did not lead to a role, but I learned a great deal from the conversation.",
    "I gather the firm prefers candidates with audit experience, so I am building some this year.",
    "I was so sorry to hear of your loss, and I hope you are taking care of yourself.",
    "I understand these things take time, and I am happy to wait.",
    "The panel was right, and I can see now where my answers fell short.",
    "Thank you for having the courtesy to explain the decision in person.",
    "It made a lot of sense once you explained the timeline.",
    "I know how busy the end of term is, so thank you for making the time.",
    "I trust you had a restful break over the holidays.",
    "It only seems fair to let you know that I accepted another offer.",
    # Near misses of the twelfth and thirteenth authors' (fi, fj) families.
    "Would Thursday at 3 suit you, or is another time better?",
    "If you'd be comfortable being listed as a referee, I would be grateful; no problem at all if not.",
    "I have held Thursday in my diary in case it suits, but please say if not.",
    "My tutor told me you would be happy to help students from the course.",
    "As you kindly offered, I have sent a calendar invitation for Thursday; please move it if another day is easier.",
    "I'll be visiting the city in May and would love to stop by if that's convenient.",
    "I have added you as a connection on LinkedIn.",
    "I'm resending this in case my earlier note got buried; no pressure at all.",
    "In case it helps, a short note is plenty.",
    "I'd be glad to return the favour any time.",
    "Over the holidays, make sure you take a proper break!",
    "I have not even started the course yet, so any advice is welcome.",
    "If you never reply, I will understand completely.",
    # Near misses of the eleventh author's (fe) families.
    "I was nervous writing this, so thank you for reading it.",
    "The commute is long, but I am used to it by now.",
    "As so many others have done before me, I am moving from teaching into design.",
    "People like me usually do a master's first, so I would value your view.",
    "I would be in a real hole without the notes you sent, so thank you.",
    # Near misses of the tenth author's (ex) families.
    "Next time we could meet at the museum café, if that suits you better.",
    "Thank you for squeezing me in before your flight.",
    "My transcript has not yet been received by the registry, so I am writing to you in the meantime.",
    "You owe me nothing, of course, and I am grateful for any reply.",
    "It is expected to rain on the day of the open house, so I will bring an umbrella.",
    "I'm holding you to that coffee when you are next in town!",
    "I should be grateful for a reply at your convenience.",
    # Near misses of the ninth author's (et) families.
    "Please do not change any plans on my account; a short note would be just as welcome.",
    "If the dates do not suit, I will take it up with my own manager and find another week.",
    "I did well in the course for someone without a maths degree, thanks to your notes.",
    "Since the topic was new to me, I read your article twice.",
    "I expect she will be glad to hear that the project went well.",
    "I shall take it that the Thursday slot still suits you unless I hear otherwise from your office.",
    "A short call would be better than nothing, if a meeting is too much, and I am grateful either way.",
    # Near misses of the eighth author's (ep) families.
    "I have no excuses for my late reply, only thanks for your patience.",
    "I'll clear my afternoon so that any time suits you.",
    "Just give me a shout if a call would be easier.",
    "I would not want to take up more of your time than a short call.",
    "I promise the questions won't take as long as the last ones did to write!",
    # Near misses of the seventh author's (en) families.
    "Just following up on my note of last week, in case it was lost or simply overlooked; no pressure at all.",
    "Still waiting for my exam results, but I wanted to thank you now.",
    "It would be rude to leave without thanking you for the tour.",
    "Congratulations, you finally made partner!",
    "Going forward, I will keep a log of what I learn, as you suggested.",
    "hey! no rush at all on the intro, thanks so much again",
    # Near misses of the sixth author's (ej) families.
    "Please don't give it a second thought; these things happen.",
    "I wanted to get it to you asap while our conversation was still fresh.",
    "I understand something more important came up, and I hope all is well.",
    "I must note that you gave the clearest talk of the day.",
    "What would a first role look like for someone at my level?",
    "I promise not to let you down if you do make the introduction.",
    "Please bear with me while I find my feet.",
    "I hope my application makes it to the top of the pile at the Trust.",
    # Near misses of the fifth author's (eg) families.
    "So, as we agreed:\n\n1. I'll send you my portfolio.\n2. You'll forward me the details of the competition.",
    "I am waiting with pleasure for the chance to meet you again someday.",
    "Send them my best wishes, and thank you again.",
    "I hope you will send me the template when it suits you.",
    "I can't wait to hear how the launch goes.",
    "Don't forget to enjoy the summer break.",
    "Good luck on your important day!",
    "I expect an update from the recruiter next week, so I will write then.",
    "It's not as if I had planned it, but the move into policy has suited me.",
    # Near misses of the fourth author's (eb) families.
    "I trust you will find the report useful, and I will call next week.",
    "I would like to understand what someone with my background should expect when moving across.",
    "I will send you a copy when it is published; I expect you will spot a few of your own ideas in it!",
    "I expect you will remember the old lab on Fenwick Street.",
    "I don't want to sit around waiting for the perfect job, so I have started a course.",
    "I will keep my questions short, and I am happy to send them in advance.",
    "Applying blindly was a poor use of my time, which is why I am writing to you instead.",
    "Go-karting was our team's treat last Friday, and I thought of your stories.",
    # Near misses of the third author's (dx) families.
    "I know it is a lot to ask of someone so busy, so thank you for considering it.",
    "It would be rude of me to decline your kind offer of a tour.",
    "Of course you will want to check with your team first; I am happy to wait.",
    "Attendance at the workshop is optional, so I will come along only if there is room.",
    "I am assuming the conference will run in the spring again, so I will plan around it.",
    "Nadia says you are in the thick of a launch. Please take this simply as a hello from a fan of your work.",
    "Please give your old spaniel a thank-you pat from me for keeping my feet warm.",
    "Thank you for the offer of an afternoon with the coordinator. Please tell me which afternoon suits the office.",
    "As promised, I've attached my tasting notes. Please be gentle, some were written after a very long shift!",
    "I left our call with a list of things to try and, for once, a clear idea of where to start.",
    "She told me your studio is where the hard questions about tall timber actually get answered.",
    "Please let me know if a call might suit you.",
    "Please feel free to suggest another time.",
    "Please don't hesitate to say no if the timing is wrong.",
    "Please find attached a short summary of my background.",
    "Could you please share any reading you would recommend?",
    "You must be very busy, so I appreciate any time you can give.",
    "I would love to hear what you have to say about the field.",
    "If it's not too much trouble, I would value a short call.",
    "I expect to finish my certificate in May.",
    "I look forward to hearing from you.",
    "Please pick whatever time works best for you.",
    "Give my best to Tom when you see him.",
    "I worked with NASA and IBM teams on UX studies.",
    "I am excited to learn more!",
    "Thank you for your prompt reply last week.",
    "Some of us in the cohort found your talk inspiring.",
    "In case it helps, I have attached my CV.",
    "Thanks for actually taking the time to explain it last week; it made a difference.",
    "P.S. Tunde insists that you still owe him a rematch at table tennis; I promised to pass that on.",
    "I now understand why my applications have gone unanswered, and I will adjust my approach accordingly.",
    "Moves like this are part of the deal, but they do mean re-qualifying each time.",
    "When you get a chance, please send over the example dashboard you mentioned.",
    "Put simply, the course changed how I plan every shift.",
    "When the report is published, I will send it to you straight away.",
    "I hope it is not too much to ask, but could we speak for twenty minutes?",
    "May I pass your email address to a colleague who is applying to your programme?",
    "With your permission, I will add you to the distribution list for my project notes.",
    "I have taken the liberty of attaching a short summary of my background.",
    "As we agreed on the call, I have sent an invitation for Tuesday at ten.",
    "You asked for the slides, so consider it done: they are attached.",
    "I'm sure you will find the report useful when it comes out in the spring.",
    "I will keep practising the interview questions until the course starts in March.",
    "Sara tells me you are the person to ask about clinical trials, and I would be grateful for your view.",
    "I trust you had a good trip.",
    "Let me know by email whatever suits you.",
    "Not that long ago, I was a teacher.",
    "Bumping into you at the conference was lucky.",
    "Not sure if you saw my last email, so I am writing again.",
    "I expect to have the draft ready to send you by the end of the month.",
    "If it isn't too much to ask, could we speak next week?",
    "You told me to send my statement ASAP, so here it is.",
    "I'll drop you a line in two weeks; no need to reply before then.",
    "Please do not feel you need to reply to this letter.",
    "Please keep me in mind when the survey season starts.",
    "I'm aiming to get the link to you by the end of next month.",
    "I will send it by Friday at the latest.",
    "I haven't heard back from the recruiter yet, so your view would help.",
    "I will make it a priority to send you the list.",
    "You told me to make networking a priority, and I have.",
    "As agreed, I have sent an invitation to your calendar for Thursday at 3 pm.",
    "The coffee would be my treat; I insist.",
    "Let's definitely do lunch in a couple of months. My treat this time, I insist!",
    "Lunch is on me - I insist.",
    "Next time I am in Nairobi, let me buy you a coffee, I insist!",
    "Please take this email as the thank-you note I was composing in my head all the way home.",
    "Thank you for showing me the courtesy of such a full reply.",
    "She had the decency to tell me the truth about the role, which I valued.",
    "If the timing is wrong, I'll still come to the open day anyway.",
    "No offence was taken, I promise.",
    "I am so grateful that you made room in your day to talk with me.",
    "P.S. I finally read the monitoring guidelines you recommended, cover to cover.",
    "Nobody owes me anything, and I know how busy you are.",
    "I expect more than fifty people at the launch.",
    "I have enrolled again so that I can sit the exam properly this time.",
    "I've attached the three practice headlines. Please be as tough on them as you like.",
    "After the diagnosis I realised the part of the job I missed most was training young cooks.",
    "It is clearly a much larger part of the job than I had realised.",
    "I would quite understand if you are too busy to reply at length.",
    "I've attached my risk assessment. Please do use anything in it that's helpful.",
    "I am enclosing photos of my practice piece. Please do not be too kind about the joints!",
    "I hope to prove him right about my grit.",
    "Please pass my thanks to Tom as well.",
    "Please do greet the team for me.",
    "Please receive once again my deep gratitude for your support.",
    "Please keep my application in mind when your team next recruits.",
    "I expect it will be a busy season for you.",
    "It has only been a week since you gave me that advice, and I have already used it.",
    "Several people have told me I should learn SQL ASAP.",
    "Let me spell out what I am hoping for.",
    "I will be checking my calendar and will reply with dates.",
    "Don't forget to enjoy the launch; you have earned it.",
    "I may not have kept up with every change in the field, so I would value your view.",
    "I have kept the summary short so that it is quick to read.",
    "I need to finish the course as soon as possible, so I have enrolled for the spring.",
    "I will not forget it again, and I am sorry it slipped.",
    "I will not forget your kindness.",
    "Please convey my regards to Tom.",
    "I've started the sample report and will send it to you by the end of the month.",
    "I trust you had a good trip.",
    "Please answer only if you have time; short answers are fine.",
    "I want you to know how much I appreciated it.",
    "My sketch is attached. Please be as blunt as you like.",
    "I'd love to take you up on it. Just tell me when to turn up and I'll be there.",
    "I have pencilled in the exercise in my calendar.",
    "The moment a room is finally ready is my favourite part of the job.",
    "The hardest part was letting go of an answer before it is perfect.",
    "I'll need a few more years in the lab before I can lead a project.",
    "I'll send you the chapter in the next few days.",
    "I was very interested to hear about your work on [PROJECT NAME].",
    "I hope next time we can meet for coffee in person.",
    "I was disappointed to miss your talk, so I watched the recording.",
    "I've kept my questions short, and I'm happy to keep things simple.",
    "The margin notes flag where I'm still waiting on figures from our finance officer.",
    "Your advice on the safety course made sense, so I've gone ahead and booked it.",
    "I am tidying the list up, and it will be with you by the end of the week.",
    "My colleague Ravi Menon runs reusable cup schemes, and he is someone you should meet.",
    "I have to tell my principal by the end of the month, but I would be just as glad to hear from you later.",
    "I had run out of excuses not to write, so here I am.",
    "Remember us at the back of the room on the diploma course, trying to make sense of the tables?",
    "You said you would look at my lesson plans. Just tell me whenever you would like to see them.",
    "I will be in the city on Monday, and I could come to your office at 10 if that suits you.",
    "It would be nice to know how the launch went.",
    "I have written to the council a few times about the crossing.",
    "P.S. The territory analysis will reach you by the end of next week.",
    "I have attached the first three chapters. Please read them only if and when you have time.",
    "Please do not trouble yourself to reply; I simply wished you to know how much I valued the visit.",
    "You may already know this, but your talk was cited in our handbook.",
    "It must be lovely to be back home after such a long tour.",
    "Congratulations on the new role!",
    "I have been waiting for the right moment to write, and this seemed it.",
    "The call won't take more than 20 minutes of your time, I promise.",
    "I need my visa by March, so I am planning ahead.",
    "I will chase the course provider for the dates myself.",
    "Teaching people who have chosen to be in the room is a rare luxury, as I am sure you will agree.",
    "Please receive my deep gratitude for everything you have done for me.",
    "Please believe, dear Dr. Chen, in my deep gratitude and in my wish to stay in contact.",
    "Please receive a cordial greeting from all of us in Monterrey.",
    # Near misses of the twenty-first (go) and twenty-second (gr) rounds: sincere praise, gatekeepers told kindly.
    "I came in sceptical about the method, and your talk changed my mind.",
    "Your book is short, and every page earns its place.",
    "I learned far more than I expected from our half hour.",
    "It was almost as good as being there.",
    "It was a joy to see how far you have taken the programme.",
    "Not every career path is a straight line, as you said.",
    "Your assistant kindly suggested I write to you directly.",
    "In case my last note went to spam, here it is again.",
    "I couldn't find a slot on your booking page, so I hope an email is all right.",
    "Your booking link seems to be broken, so I thought I would write instead.",
    "Your receptionist was very helpful when I called.",
    "Hopefully next time you can join us for lunch.",
    "Your health is far more important than our meeting.",
    "I went round the exhibition twice.",
    "I had no idea how much of the job is quiet detective work, and I mean that as a compliment.",
    "I tested it with one hand on the mouse the whole time, which I now realise rather defeats the point.",
    # Near misses of the twenty-third (gt): advice declined or questioned courteously.
    "I've thought hard about your suggestion on the certificate and, for now, I'll hold off.",
    "You've given me a different view of the market from the one I had, and I'm still weighing it.",
    "Thank you for the coffee you insisted on buying.",
    "I admired the reform you pushed for at the summit.",
    "The modelling skills you pushed me to develop have turned out to be useful.",
    "I hope you're wrong about the market, but I fear you are right.",
    "I was surprised you recommend starting in sales, but it makes sense now.",
    "The answer seemed obvious once you explained it.",
    "My CV felt out of date until you showed me how to fix it.",
    "It was every bit as awkward as I feared, but I met two people worth knowing.",
    "I'll be ignoring the job boards for a while, as you suggested.",
    # Near misses of the twenty-fourth (gw): others told of courteously.
    "I've spoken to two others in the field, and each pointed me to you.",
    "I'm also hoping to learn how your competitors approach this, so your view would help me compare.",
    "How do others in your role manage their time?",
    "You were the only one who didn't laugh at my first design.",
    "I asked many questions in one go, and I hope I did not keep you from your appointments for too long.",
    # Near misses of the twenty-fifth (ha): what the reader shared, met kindly.
    "I was sorry to hear you had been unwell; I hope you're feeling better.",
    "Congratulations on the new baby!",
    "You mentioned that salaries vary widely; could you say roughly what range someone starting out might expect?",
    "I lost weight training for the marathon you recommended.",
    "What do you make of the new rules?",
    "I hope the delay didn't set you back too much.",
    "I want to learn how your firm handled its expansion, and what it cost you that you did not expect.",
    # Near misses of the twenty-sixth (he): feedback asked for, praise with a real question.
    "You asked for feedback on the new site, so here are a couple of small things I noticed.",
    "I loved the newsletter; how do you decide what goes in it?",
    "Please take or leave these as you see fit.",
    "I hope I don't let you down.",
    "Your explanation was clear and never boring.",
    "It was far too short; I could have listened for hours.",
    "My own portfolio is a bit of a mess at the moment, so your advice came at the right time.",
    "I saw your restored boat at the harbour festival and spent far too long admiring it.",
    "The part I enjoy most is figuring out why the process is confusing in the first place.",
    # Near misses of the twenty-seventh (hi): experience told modestly, a difference met with respect.
    "I've done a little of this myself, and your talk showed me how much more there is to it.",
    "We approach it a little differently at my firm, and I'd love to understand why you chose your way.",
    "I have learned more than you might think from your newsletter.",
    "I learned more in that hour than in a term of reading.",
    "She says nobody knows more about running a small bakery than you do.",
    "The revised episode is noticeably tighter than the version you heard.",
    "We run feedback sessions, though much more informally than what you described.",
    "I would not want to waste anyone's time, yours included.",
    "You might remember me: I was the one who got very attached to the baby clinic!",
    "I passed through the programme well before you did, when the coffee was notably worse.",
    "I hope year-end is going more smoothly than the one you described to me.",
    "Before we speak, I'll share a short summary of my work on the roster, so you can skip the basics.",
    # Near misses of the twenty-eighth (hm): membership, purchase and custom mentioned warmly.
    "I've been a member of the association for years and always enjoy your columns.",
    "I loved your book, and it's part of why I'm writing.",
    "As a member of the institute, I trust you are well and enjoying the new journal.",
    "As a long-standing customer, I have always admired how your bakery treats its suppliers.",
    "Your team's dashboards are far from the messy data I clean every day.",
    "I was sorry to hear you were made redundant, and glad you have landed so well.",
    "I was surprised to hear from you so soon, and delighted.",
    "My coursework on interlocking principles will be forwarded to you by the end of this week.",
    # Near misses of kl, km and kn's families.
    "You do so much for such a small team, and it shows in every project.",
    "I've put the dates in a short list so they're easy for you to find.",
    "Even though our call was shorter than planned, I came away with pages of notes.",
    "Dana warned me you're hard to reach during the harvest, so I thought a letter was best.",
    "I take it the date is still to be confirmed, so I will wait to hear.",
    "You'll no doubt be pleased to hear that I passed the exam.",
    "Thank you for finding time to reply to everyone on the thread.",
    "I'm ahead of most people in my cohort on the coursework, thanks to your advice.",
    "I know I could learn a thing or two from your team.",
    "I'm making my decision by the end of the month, so a call before then would help most, but later is fine too.",
    "Please choose any time, I will make it work.",
    "Please find below the notes from our call.",
    # Near misses of kt's and ku's families.
    "Would it help if I contacted your assistant to arrange a time?",
    "Sam told me you had agreed to speak at the event in May.",
    "Either you or a colleague would be ideal to speak to.",
    "Either you ring me or I will ring you, whichever is easier.",
    "I will need it for my course, which starts in the autumn.",
    "Don't expect me to have all the answers yet, but I am keen to learn.",
    "Listen, I know how busy the lambing season is.",
    "So here's the deal: I've been a shift lead for a while and I love the training side.",
    "Please do correct me if I have misremembered any of this.",
    # Near misses of kw's families.
    "I'm not looking for a job, just your view of the field.",
    "Thank you for trying to find a slot for me in such a busy month.",
    "It was a thoughtful answer from someone who knows the field inside out.",
    # Near misses of ky's families.
    "I know this may not be a priority for you at the moment.",
    "I was surprised and delighted to hear back so soon.",
    "I wonder whether you have had a chance to look at my note.",
    "I'd have hoped for better weather for the open day, but it was wonderful all the same.",
    "I'll be at the field day whether or not it rains, and I'd love to say hello.",
    "I did my part of the group project on soil sampling, which is how I found your work.",
    # Courtesy formulas of many first languages (lb).
    "I am waiting for your kind reply.",
    "Please kindly share which time is okay for you, I will follow your time.",
    "I am deeply grateful for your support. Please continue to treat me kindly.",
    "I know your time is valuable, so I will keep the call short.",
    # A job ask is the job-ask rule's, not an order (le); a choice offered is a way out (lh).
    "Please think of me when the panto contract comes up.",
    "I'll try your number on Thursday morning to arrange a time, or if you'd rather pick a slot yourself, just reply.",
    # Near misses of li's families.
    "My exam results are due any day now, and I'll write when they arrive.",
    "I'll keep the jargon light in the draft I send you.",
    "It isn't exactly easy to get into, which is why I'm asking.",
    # Near misses of ln's families.
    "I think you were right about the rota, and I've started on it.",
    "Much of it was new to me, and I'm still digesting it.",
    "We started a little late, which was my fault, so thank you for staying on.",
    "Cheers again for putting up with my endless questions.",
    # Near misses of lq's and lr's families.
    "I hope it isn't too much to ask, but would you have twenty minutes?",
    "Bring whatever notes you like, or none at all.",
    "When you have the examples ready, please send them to me at this address, and I will study them alongside the "
    "course.",
]


# Courtesy the rude-sentence model misreads at its threshold (0.99): its words are those of put-downs ("for someone
# like"), which bag-of-words cannot tell from self-deprecation. A known false alarm, listed in docs/rules.md; strict,
# so a refitted model that reads it right fails here until it moves back.
MODEL_MISREADS = {
    "I expect the results to be hard going for someone like me, so I'll read up first.",
}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="the rude-sentence model misreads it"))
        if s in MODEL_MISREADS
        else s
        for s in POLITE
    ],
)
def test_politeness_courteous_conventions_pass(sentence: str) -> None:
    text = letter(BODY + "\n\n" + sentence)
    assert rules_of(text, politeness) == []


@pytest.mark.parametrize("sentence", sorted(MODEL_MISREADS))
def test_the_model_misreads_are_the_models_alone(sentence: str) -> None:
    text = letter(BODY + "\n\n" + sentence)
    assert [f for f in rules_of(text, politeness) if "rude:" in f.message] != []
    assert rules_of(text, politeness, model_threshold=None) == []


def test_politeness_min_score_option() -> None:
    (f,) = rules_of(CLEAN, politeness, min_score=1e9)
    assert f.start == 0 and f.end == 0 and "courtesy" in f.hint


# ---------------------------------------------------------------------------------------------
# placeholder

SLOTS = [
    ("[Your Name]", "Ana Ruiz"),
    ("[Company]", "Acme Health"),
    ("{{first_name}}", None),
    ("{company}", "Acme Health"),
    ("<Company>", "Acme Health"),
    ("<<name>>", None),
    ("XXX", None),
    ("TBD", None),
    ("lorem ipsum", None),
    ("[insert a specific project]", None),
    ("(name of company)", "Acme Health"),
    ("___", None),
    ("$COMPANY", None),
    ("RECIPIENT_NAME", None),
    ("${meeting_date}", None),
    ("[X]", None),
    ("«Organisation»", "Acme Health"),
    ("TK", None),
    ("??/??", None),
    ("$DEGREE_NAME", None),
    ("#N/A", None),
    ("%s", None),
    ("%(org)s", None),
    ("%FIRSTNAME%", None),
    ("INSERT NAME", None),
    ("@@project_idea@@", None),
    ("~DAY~", None),
    ("##DUE_DATE##", None),
    ("####-####", None),
    # Sixty-ninth round: a third author's slots.
    ("{ }", None),
    ("(amount)", None),
    ("*|COMPANY|*", None),
    ("__TEAM__", None),
    ("::company::", None),
    ("|Recipient_Title|", None),
    ("FIXME", None),
]


def test_a_slot_word_the_request_gives_is_quoted_from_it() -> None:
    req = REQUEST.model_copy(update={"connection": "his podcast episode 'TBD: Shipping When Nothing Is Decided'"})
    text = letter(BODY + '\n\nYour episode "TBD: Shipping When Nothing Is Decided" was a delight.')
    assert rules_of(text, placeholder, request=req) == []
    assert rules_of(text, placeholder)  # without the request, it is a slot


def test_a_bracket_the_request_quotes_is_no_slot() -> None:
    # (hl14) An editor's insertion inside the request's own quotation: 'evaluation at [UNDP] is about learning'.
    req = REQUEST.model_copy(update={"connection": 'she quoted him saying "evaluation at [UNDP] is about learning"'})
    text = letter(BODY + '\n\nYou often said that "evaluation at [UNDP] is about learning, not policing".')
    assert rules_of(text, placeholder, request=req) == []
    assert rules_of(text, placeholder)  # without the request, it is a slot
    slot = REQUEST.model_copy(update={"connection": "she met him at [Company]"})
    assert rules_of(letter(BODY + "\n\nWe met at [Company]."), placeholder, request=slot)  # a slot in both


def test_it_meant_a_lot_that_you_is_thanks() -> None:
    # (hl20) appreciation without a word of thanks.
    body = ("Your advice on pricing the flour line was exactly what I needed.\n\nIt meant a lot that you made room "
            "for me in such a busy week.")
    assert rules_of(letter(body), gratitude) == []
    assert [f.rule for f in rules_of(letter(body.replace("It meant a lot that you made room for me", "You made "
                                                         "room for me")), gratitude)] == ["gratitude"]


def test_an_instruction_in_capitals_is_a_slot_not_shouting() -> None:
    text = letter(BODY + "\n\nMy colleague INSERT NAME would love to join us.")
    assert covers(text, rules_of(text, placeholder), "INSERT NAME")
    assert rules_of(text, politeness) == []


def test_a_digit_in_a_template_field_is_the_fields_not_a_number() -> None:
    # (pn) "{{topic_2}}": the placeholder rule's, not an invented number.
    text = letter(BODY + "\n\nI also appreciated your explanation of {{topic_2}}.")
    assert covers(text, rules_of(text, placeholder), "{{topic_2}}")
    assert rules_of(text, grounding) == []
    numbered = text.replace("{{topic_2}}", "the topic_2 field and the 14 teams")
    assert [f.rule for f in rules_of(numbered, grounding)] == ["grounding"]


def test_a_count_left_as_xx_is_a_placeholder() -> None:
    text = letter(BODY + "\n\nThe route planning trial covered XX deliveries.")
    assert covers(text, rules_of(text, placeholder), "XX")
    team = letter(BODY + "\n\nI work in a team of NN people on demand planning.")
    assert covers(team, rules_of(team, placeholder), "NN") and rules_of(team, grounding) == []


def test_a_masked_phone_number_is_a_slot_not_shouting_nor_a_number() -> None:
    text = letter(signoff="Best regards,\nAna Ruiz\nMobile: 07XXX XXXXXX")
    assert covers(text, rules_of(text, placeholder), "XXXXXX")
    assert rules_of(text, politeness) == [] and rules_of(text, grounding) == []


def test_a_count_left_open_before_its_unit_is_a_slot_not_an_invented_name() -> None:
    # "a quick XX-minute call" (jz11): the placeholder rule's, which grounding leaves alone.
    for ask in ("Would you have time for a quick XX-minute call?", "I would need XX hours of your time at most."):
        text = letter(BODY + "\n\n" + ask)
        found = rules_of(text, placeholder)
        assert [text[f.start : f.end] for f in found] == ["XX"], ask
        assert rules_of(text, grounding) == [], ask


@pytest.mark.parametrize(("slot", "fill"), SLOTS)
def test_placeholder_found_with_span_and_hint(slot: str, fill: str | None) -> None:
    text = letter(BODY + f"\n\nI admire the work at {slot} a great deal.")
    found = rules_of(text, placeholder)
    assert len(found) == 1 and found[0].severity == "error"
    assert covers(text, found, slot)
    if fill:
        assert fill in found[0].hint


NOT_SLOTS = [
    "I would value a short call (20 minutes) at any time.",
    "You can reach me at <ana.ruiz@example.com> or on my phone.",
    "My site is <https://anaruiz.example.com> if useful.",
    "The quote ended with [sic] in the original.",
    "It was the XX International Conference. Maybe xx.",
    "Super Bowl XX was the first game I watched with my father.",
    "I read your paper (the one on diary studies) twice.",
    "We could talk in the afternoon (Eastern time).",
    "Your rule that a plan with more than a handful of TBDs is a wish list has already caught me out.",
    "My old colleague TK Adeyemi sends her best.",
    "What we agreed:\n- [x] send the draft\n- [x] book the room",
    "Really?? I had no idea the course was that long.",
    "Is that right ?? I never knew.",
    'You said that "[the night shift] is where a warehouse is really run", and I laughed.',
    "Gen X workers were the focus of your survey.",
    'Your story about the send that greeted a whole list as "Hi {FIRST_NAME}" got the biggest laugh.',
    "Our response rate rose by 40%, and the 50% target now looks within reach.",
    "The hashtag #NAMI2025 trended after your talk.",
    'I keep coming back to your line that "[good] mentors ask better questions than they answer".',
    "Roughly ~20 people came, and ~30 the week after.",
    "Your talk explained why an empty __init__.py can matter so much.",
    "### Notes from the workshop were shared by the organisers.",
    "My methods chapter opens with \\section{Methods}, which my supervisor insists on.",
    "The recording on the USB stick runs to one minute (approximately).",
    # The writer's asides in square brackets (im): a clause with its own subject.
    "I have started the cloud course [it is still very much in beta] and enjoy it.",
    "The allotment is coming along [slowly, but it's happening].",
    "I am moving to nights [my partner is less excited about that than I am].",
    # An aside that sets one thing against another (jz27).
    "Your story about the timetable [the winter one, not the summer draft] made me laugh.",
]


@pytest.mark.parametrize("sentence", NOT_SLOTS)
def test_placeholder_false_alarms(sentence: str) -> None:
    assert rules_of(letter(BODY + "\n\n" + sentence), placeholder) == []


@pytest.mark.parametrize(
    "slot",
    ["[mention the dish he recommended]", "[a recent project you worked on]", "[something specific from the talk]",
     "[mention it briefly]"],
)
def test_a_bracketed_instruction_or_label_is_still_a_slot(slot: str) -> None:
    text = letter(BODY + f"\n\nI enjoyed hearing about {slot} very much.")
    assert covers(text, rules_of(text, placeholder), slot)


def test_a_model_numbers_plural_is_grounded_by_the_model_number() -> None:
    # in16: "crew chief on C-130s" for the request's "C-130 transport aircraft".
    req = REQUEST.model_copy(update={"sender": REQUEST.sender.model_copy(
        update={"background": f"{REQUEST.sender.background} Crew chief on C-130 transport aircraft."})})
    text = letter(BODY + " After my years on C-130s, I know how much line maintenance matters.")
    assert rules_of(text, grounding, req) == []
    other = letter(BODY + " After my years on C-17s, I know how much line maintenance matters.")
    assert [f.message for f in rules_of(other, grounding, req)] == [
        "The name 'C-17s' appears nowhere in the request and may be invented."
    ]


# ---------------------------------------------------------------------------------------------
# meta

CHATTER = [
    ("Sure! Here's a draft of your email:\n\n" + letter(), "Sure! Here's a draft of your email:"),
    ("Here is your letter:\n\n" + letter(), "Here is your letter:"),
    (letter() + "\n\nI hope this helps!", "I hope this helps"),
    (letter() + "\n\nFeel free to adjust the tone.", "Feel free to adjust"),
    (letter() + "\n\nLet me know if you'd like any changes.", "Let me know if you'd like any changes"),
    (letter(BODY + "\n\nAs an AI language model, I cannot attend calls."), "As an AI language model"),
    (letter() + "\n\nNote: replace the date before sending.", "Note: replace the date before sending."),
    ("```\n" + letter() + "\n```", "```"),
    (letter(BODY.replace("20-minute", "**20-minute**")), "**20-minute**"),
    ("**Subject:** Coffee chat\n\n" + letter(), "**Subject:**"),
    ("# Informational interview request\n\n" + letter(), "# Informational interview request"),
    (letter() + "\n\n---\nWould you like me to make it shorter?", "Would you like me to make"),
    (
        letter(BODY + " I have started the course (if you haven't yet, change this to 'will start')."),
        "change this to",
    ),
    (letter() + "\n\n(Tip: mention one figure from her op-ed to make the opening personal.)", "(Tip:"),
    (letter() + "\n\nNote for you: I kept the slang; swap it out if it feels too casual.", "Note for you:"),
    (letter(BODY + " (Mention the placement dates here if you have them.)"), "(Mention the placement dates here"),
    (letter(BODY + " (Phrased gently here, since you said she is touchy about money.)"), "(Phrased gently here"),
    (letter() + "\n\nLet me know if you'd like me to make this sound more formal!", "Let me know if you'd like me"),
    (
        letter() + "\n\n(You may want to add a sentence about a piece she mentioned to make this more personal.)",
        "(You may want to add",
    ),
    (letter() + "\n\nThis version keeps the tone warm but professional.", "This version keeps"),
    (letter() + "\n\n(I've left out the date of the panel because I wasn't sure of it.)", "(I've left out the date"),
    (
        letter(BODY + " (Not sure of the year - you could add it to the first sentence if you remember.)"),
        "you could add it to the first sentence",
    ),
    (
        letter(BODY + " Tom Hale (check with Tom that he's happy to be named here) suggested I write."),
        "(check with Tom that he's happy to be named here)",
    ),
    (
        letter() + "\n\nAlternative sign-off, if you'd prefer something less formal:\nCheers, Ana",
        "Alternative sign-off",
    ),
    (letter(BODY + " It was a real treat to meet you (warm opener, not gushing)."), "(warm opener, not gushing)"),
    (letter(BODY + "\n\n(optional: add a line about your certificate here)"), "(optional:"),
    (letter() + "\n\n(I kept this short so it reads as a friendly check-in.)", "(I kept this short"),
    (
        letter(BODY + " I'll send you the pilot once it's edited (concrete next step - shows initiative)."),
        "(concrete next step - shows initiative)",
    ),
    (
        letter(BODY + "\n\n→ If you remember a number from her article, drop it in here. Otherwise delete this line."),
        "drop it in here",
    ),
    (
        "<think>\nThe user wants a short, formal thank-you. Keep it brief.\n</think>\n\n" + letter(),
        "The user wants a short, formal thank-you",
    ),
    ("Tone: formal | Audience: senior engineer | Format: email\n\n" + letter(), "Tone: formal"),
    (letter() + "\n\n(Translated from your Portuguese draft as requested.)", "Translated from your Portuguese draft"),
    (letter() + "\n\nLet me know if you'd like it more formal.", "Let me know if you'd like it more formal"),
    (letter(BODY + " [add one detail from the factory tour]"), "[add one detail from the factory tour]"),
]


@pytest.mark.parametrize(("text", "fragment"), CHATTER)
def test_meta_chatter(text: str, fragment: str) -> None:
    found = rules_of(text, meta)
    assert found and all(f.rule == "meta" and f.severity == "error" for f in found)
    assert covers(text, found, fragment), [text[f.start : f.end] for f in found]


NOT_CHATTER = [
    CLEAN,
    # The writer's own draft work, not the letter (hl20).
    letter(BODY + "\n\nHere are my draft costings, as we discussed."),
    # A compound of "draft" (hx24).
    letter(BODY + "\n\nHere is the draft-phase breakdown video I mentioned."),
    # The writer's own notice to the reader.
    letter(BODY + "\n\nNote: my email address has changed to ana@ruiz.example, so please use that one from now on."),
    letter(BODY + "\n\nI hope this email finds you well."),
    letter(BODY + "\n\nPlease let me know if you need anything else from me."),
    letter(BODY + "\n\nOf course, I understand if the timing does not work."),
    "Ana Ruiz\n12 Main Street\nDenver, CO 80202\nMarch 3, 2025\n\n" + letter(),
    letter(greeting="Dear [Name],"),
    letter(BODY + "\n\nHere is the checklist I mentioned, attached. I hope this helps your team as well."),
    letter(BODY + "\n\nI could also come to your office (I can change it to a video call if you prefer)."),
    letter(BODY + "\n\nHere's the draft of my application, as promised; the margin notes are my own."),
    letter(BODY + " I am free on [insert date]."),
    letter(BODY + "\n\nNote: the attached sheet has the figures you asked for on our fuel use."),
    letter(BODY + "\n\nAs you suggested, I cut the opening paragraph of my essay, and it reads better for it."),
    letter(BODY + "\n\nIn my experience a short, specific subject line tends to get an email read."),
    letter(BODY + "\n\nAs promised, here is the dashboard template I built at my last job."),
    letter(BODY + "\n\nBefore anything else, here is the draft rubric I promised; it is attached."),
    letter(BODY + "\n\nYour talk explained why an empty __init__.py can matter so much."),
]


@pytest.mark.parametrize("text", NOT_CHATTER)
def test_meta_false_alarms(text: str) -> None:
    assert rules_of(text, meta) == []


def test_a_greeting_in_markdown_bold_under_a_heading_still_greets() -> None:
    # iu36: "### Keep-in-Touch Email" then "**Dear Dr. Chen,**": meta reports the markdown, not salutation.
    text = "### Keep-in-Touch Email\n\n**Dear Dr. Chen,**\n\n" + BODY + "\n\nBest regards,\nAna Ruiz"
    assert rules_of(text, salutation) == []
    assert rules_of(text, meta)


def test_a_deadline_that_times_a_presumption_is_still_one() -> None:
    # The writer's follow-up after silence is no deadline; a yes presumed after it is still pushed on the reader.
    text = letter(BODY + "\n\nIf I don't hear from you by Friday, I will take that as a yes and book the room.")
    assert rules_of(text, politeness)


def test_a_closing_in_markdown_bold_still_closes() -> None:
    text = letter(signoff="**With gratitude,**\nAna Ruiz")
    assert rules_of(text, salutation) == []
    assert [text[f.start : f.end] for f in rules_of(text, meta)] == ["**With gratitude,**"]


def test_a_surname_that_is_a_word_of_thanks_thanks_nobody() -> None:
    # "Asante" is Swahili for "thank you" and a Ghanaian surname.
    req = LetterRequest.model_validate(
        {"kind": "informational", "sender": {"name": "Ana Ruiz"},
         "recipient": {"name": "Kwame Asante", "salutation": "Mr. Asante"}, "purpose": "learn", "ask": "a call"}
    )
    text = letter(NO_THANKS, greeting="Dear Mr. Asante,", signoff="Best,\nAna Ruiz\ncc: Kwame Asante")
    assert [f.rule for f in rules_of(text, gratitude, request=req)] == ["gratitude"]


def test_a_given_name_signs_when_a_common_family_name_comes_first() -> None:
    req = LetterRequest.model_validate(
        {"kind": "informational", "sender": {"name": "Liu Yuting"},
         "recipient": {"name": "Maria Chen", "salutation": "Dr. Chen"}, "purpose": "learn", "ask": "a call"}
    )
    assert rules_of(letter(signoff="Best wishes,\nYuting"), salutation, request=req) == []
    assert [f.rule for f in rules_of(letter(signoff="Best wishes,\nRuiz"), salutation)] == ["salutation"]


@pytest.mark.parametrize(
    "line",
    [
        # ja: a postscript without its "P.S.", from the writer to the reader.
        "If you ever need another pair of hands on the Saturday crew, I'm your person.",
        "I would also love to be considered for an interview for the assistant producer post.",
    ],
)
def test_a_line_from_the_writer_to_the_reader_below_the_signature_is_no_chatter(line: str) -> None:
    text = letter(signoff=f"Best regards,\nAna Ruiz\n\n{line}")
    assert rules_of(text, meta) == []
    # A note about the letter itself is still chatter.
    note = letter(signoff="Best regards,\nAna Ruiz\n\nI have kept the tone of this email warm for you.")
    assert rules_of(note, meta)


def test_a_tip_below_the_signature_does_not_hide_the_sign_off() -> None:
    # A closing the sign-off patterns do not know ("Aloha and best wishes,") is found above the name all the same.
    text = letter(signoff="Aloha and best wishes,\nAna Ruiz") + (
        "\n\nTip: Personalise the second paragraph before sending. It shows you've done your homework!"
    )
    assert rules_of(text, salutation) == []
    assert [f.rule for f in rules_of(text, meta)] == ["meta"]


def test_a_reasoning_block_and_a_settings_line_are_chatter_only() -> None:
    # The tags are no placeholder slots, and the settings' labels ("Audience", "Format") are no invented names.
    thoughts = "<think>\nThe user wants a short, formal note.\n</think>\n\n" + letter()
    assert rules_of(thoughts, placeholder) == []
    settings = "Tone: formal | Audience: senior engineer | Format: email | Status: ready to send\n\n" + letter()
    assert rules_of(settings, grounding) == []


# ---------------------------------------------------------------------------------------------
# salutation


@pytest.mark.parametrize(
    "greeting",
    ["Dear Dr. Chen,", "Dear Maria,", "Hi Maria,", "Dear Maria Chen,", "Maria,", "Dear Dr Chen,",
     "Dear Maria and team,", "Good morning Dr. Chen,", "Good morning, Dr. Chen,", "Hi Maria -",
     "Maria -", "Dear Dr. Chen and the UX team,", "Hi Maria & Tom,", "Dear Professor Chen,", "Dear María,",
     "dear maria,", "Hi Ma'am Maria,"],
)  # fmt: skip
def test_salutation_good_greetings(greeting: str) -> None:
    assert rules_of(letter(greeting=greeting), salutation) == []


@pytest.mark.parametrize(
    ("greeting", "word"),
    [
        ("Dear Sir or Madam,", "generic"),
        ("To whom it may concern,", "name"),
        ("Hi there,", "generic"),
        ("Dear Maira,", "misspells"),
        ("Dear Dr. Chan,", "misspells"),
        ("Dear Tom,", "referrer"),
        ("Hello,", "name"),
        ("Dear [Recipient Name],", "placeholder"),
    ],
)
def test_salutation_bad_greetings(greeting: str, word: str) -> None:
    text = letter(greeting=greeting)
    (f,) = rules_of(text, salutation)
    assert f.rule == "salutation" and f.severity == "error" and word in f.message
    assert f.start < len(greeting) and f.end <= len(greeting)
    assert "Dr. Chen" in f.hint


def test_salutation_missing_greeting() -> None:
    (f,) = rules_of(BODY + "\n\nBest regards,\nAna Ruiz", salutation)
    assert (f.start, f.end) == (0, 0) and "'Dear Dr. Chen,'" in f.hint


@pytest.mark.parametrize(
    "signoff",
    ["Best regards,\nAna Ruiz", "Best,\nAna", "Thanks, Ana", "Sincerely,\nAna Ruiz\nana@example.com",
     "Warm wishes,\nAna M. Ruiz", "Thank you,\nAna", "— Ana", "Kind regards,\nAna Ruiz, PhD",
     "Cheers,\nAna", "Kind regards\nAna Ruiz", "-- Ana Ruiz", "Best,\nAna Ruiz\n\nSent from my iPhone",
     "Best regards,\nAna Ruiz\nP.S. I loved your talk on diary studies.",
     "Best regards,\nAna Ruiz\nUX Researcher | Denver\n(555) 123-4567\nana@example.com",
     "With thanks and best wishes,\nAna Ruiz", "Thanks again and all the best,\nAna", "Thanks in advance,\nAna",
     "Warm regards,\nA. Ruiz", "Best wishes,\nAna Ruiz (she/her)", "Regards, Ana Ruiz", "Best,\n\nAna Ruiz",
     "Ana Ruiz", "Ana", "Many thanks for your time,\nAna Ruiz",
     "With many thanks for your time and encouragement,\nAna Ruiz", "With regards,\nAna Ruiz",
     "God bless,\nAna Ruiz", "Thanks again po,\nAna Ruiz", "All good wishes,\nAna Ruiz",
     "Un abrazo,\nAna Ruiz", "Diolch yn fawr, and thanks again,\nAna Ruiz", "Cordialement,\nAna Ruiz",
     "With thanks and very good headphones,\nAna Ruiz", "Thanks so much for reading, I really appreciate it.\nAna",
     "Lots of love,\nAna Ruiz",
        "Fondest wishes,\nAna Ruiz",
        "x\nAna",
        "À bientôt,\nAna",
        "Catch you later,\nAna",
        "Salamat po ulit, and God bless!\nAna Ruiz",
        "With best wishes from me, and from Sam, who sends his regards,\nAna Ruiz",
        "Thank you, truly, for considering it.\n\nWith every good wish,\n\nAna Ruiz"],
)  # fmt: skip
def test_salutation_good_signoffs(signoff: str) -> None:
    assert rules_of(letter(signoff=signoff), salutation) == []


@pytest.mark.parametrize(
    ("signoff", "fragment"),
    [("Sincerely,", "Sincerely,"), ("Best regards,\nTom Hale", "Tom Hale"), ("Cheers,\n[Your Name]", "[Your Name]"),
     ("Tom", "Tom"), ("Best regards,\nAnna Ruis", "Anna Ruis")],
)  # fmt: skip
def test_salutation_bad_signoffs(signoff: str, fragment: str | None) -> None:
    text = letter(signoff=signoff)
    (f,) = rules_of(text, salutation)
    assert f.rule == "salutation" and "Ana Ruiz" in f.hint
    if fragment:
        assert covers(text, [f], fragment)


def test_the_reader_thanked_by_name_above_the_signature_is_no_signature() -> None:
    # "Thanks, Bettina." then the sender's name (ka09).
    assert rules_of(letter(signoff="Thanks, Maria.\n\nAna Ruiz"), salutation) == []
    assert rules_of(letter(signoff="Thanks, Maria.\nAna Ruiz"), salutation) == []
    # Without the sender's name below, it still signs as the reader.
    (f,) = rules_of(letter(signoff="Thanks, Maria."), salutation)
    assert "Ana Ruiz" in f.hint


def test_salutation_without_request() -> None:
    assert rules_of(letter(greeting="Dear Sam,", signoff="Best,\nLee"), salutation, request=None) == []
    assert len(rules_of(letter(greeting="Hi there,", signoff="Best,"), salutation, request=None)) == 2


# ---------------------------------------------------------------------------------------------
# gratitude

NO_THANKS = BODY.replace("Thank you for considering my request; I know how valuable your time is.", "Talk soon.")


@pytest.mark.parametrize(
    "extra",
    [
        "",
        "No thanks needed, of course.",
        "Thanks for nothing, I suppose.",
        "Thanks for ignoring my last two notes.",
        "I'm so grateful to the scholarship programme that paid for my place, and to my cohort.",
        "Tom asked me to pass on his thanks for the card your team signed.",
        "You told me you can't stand being thanked, so I'll spare you the speech.",
        "Thank goodness for my local library, which had your book.",
        "I appreciate that you must receive a great many messages like this one.",
        "On your advice I picked up a copy of Thanks for the Feedback on my way home.",
        "Perhaps we could grab a coffee, and I will thank you properly over that coffee.",
        "I have Hugo Brandt to thank for arranging our meeting, and I told him so.",
    ],
)
def test_gratitude_missing(extra: str) -> None:
    text = letter(NO_THANKS + " " + extra)
    (f,) = rules_of(text, gratitude)
    assert f.rule == "gratitude" and f.severity == "error" and (f.start, f.end) == (0, 0)
    assert "Dr. Chen" in f.hint


def test_thanks_only_to_the_referrer_do_not_thank_the_reader() -> None:
    text = letter(
        NO_THANKS.replace(
            "Tom Hale, my former colleague, suggested",
            "I'm grateful to Tom Hale, my former colleague, for suggesting that",
        )
    )
    assert "grateful to Tom Hale" in text
    (f,) = rules_of(text, gratitude)
    assert f.rule == "gratitude"
    assert rules_of(text + "\n\nI appreciate your time.", gratitude) == []


def test_thanks_to_the_referrer_and_to_the_reader() -> None:
    text = letter(NO_THANKS + " I remain grateful to Tom Hale for introducing us, and to you for your time.")
    assert rules_of(text, gratitude) == []


def test_appreciation_as_good_fortune_is_thanks_and_not_curt() -> None:
    body = (
        "I count myself fortunate to have had an afternoon of your time at the record office, and I wanted you to "
        "know it.\n\nWatching how your team catalogues parish records was a revelation. I had imagined a rather dry "
        "process, and instead found something closer to detective work.\n\nYour account of the archives "
        "qualification has also settled a question I had been turning over for some time. I intend to look into "
        "the part-time route you described."
    )
    text = letter(body, signoff="Yours sincerely,\nAna Ruiz")
    assert rules_of(text, politeness) == [] and rules_of(text, gratitude) == []
    plain = text.replace("I count myself fortunate to have had an afternoon of your time", "I spent an afternoon")
    assert [f.rule for f in rules_of(plain, gratitude)] == ["gratitude"]


def test_a_letter_without_thanks_but_full_of_courtesy_is_not_also_curt() -> None:
    # ``gratitude`` reports the missing thanks; courtesy elsewhere keeps it from also reading as curt.
    warm = letter(
        "It was lovely to meet you, and I hope the rest of your week went well. Please do say hello to the team; "
        "I enjoyed hearing how a scale and polish calms a nervous patient, and I am glad I came.",
    )
    bare = letter("I met you last week. I heard how a scale and polish calms a nervous patient. I came.")
    assert rules_of(warm, politeness, min_score=5.0) == []
    assert [f.message.split(":")[0] for f in rules_of(bare, politeness, min_score=5.0)] == ["The letter reads as curt"]
    # An apology for writing out of the blue is courtesy too.
    sorry = letter(
        "I hope you will forgive a note out of the blue. I met you last week. I came.",
        signoff="With best wishes,\nAna Ruiz",
    )
    assert rules_of(sorry, politeness, min_score=5.0) == []


@pytest.mark.parametrize(
    "extra",
    [
        "Thanks to the new rota, I sleep again.",
        "Please thank your assistant for me.",
        "Many thanks to the network for running such a generous programme.",
        "I owe her a great deal of thanks for suggesting your name.",
        "You may remember thanking all of us volunteers at the end of the day.",
        "A word of thanks, though, to my train, which broke down and gave me time to rehearse.",
        "I suppose I owe some thanks to the recruiter who stopped answering my emails.",
        "I'm thankful the rain held off for the walk round the plots.",
        "I appreciated the long train journey to your office; it gave me time to think.",
        "I wrote a whole paragraph of thanks at the top of this email and then deleted it.",
        "I will keep my thanks for after we have spoken.",
        "I told the recruiter thanks, but no thanks.",
        "I still mean to write to the summit organisers and thank them for their seating plan.",
        'One grandmother took my hand and said, "Thank you, my daughter."',
        "I feel lucky and grateful to have found a line of work that fits me.",
        "I'm grateful to whoever invented video calls, because the snow would have kept me at home.",
        "So thanks, algorithm, for putting your post at the top of my feed this morning.",
        "I have already sent Priya a thank-you card for thinking of me.",
        "My sister read this over, so any graceful sentence is hers, and the thanks for it go to her.",
        "Thanks to a power cut on my street that evening, I went over my notes by torchlight.",
        "So here is a thank-you to my past self, for finally being brave enough to hand in her notice.",
        'I began this note with "Thank you for your time", then crossed it out.',
        "The person I really have to thank is Ayesha Malik, who got me a place in the group.",
        "You waved away my thanks at the door, so I will take you at your word and not repeat them here.",
    ],
)
def test_thanks_to_something_or_someone_else_do_not_thank_the_reader(extra: str) -> None:
    assert [f.rule for f in rules_of(letter(NO_THANKS + " " + extra), gratitude)] == ["gratitude"]


def test_thanks_only_to_someone_named_are_not_thanks_to_the_reader() -> None:
    text = letter(NO_THANKS + " Please pass on my thanks to Ines Carvalho, who let me sit beside her.")
    assert [f.rule for f in rules_of(text, gratitude)] == ["gratitude"]
    # The reader named, or thanked in a sign-off written in capitals, is thanked.
    assert rules_of(letter(NO_THANKS + " Thanks Maria, for all of it."), gratitude) == []
    assert rules_of(letter(NO_THANKS, signoff="Thank You,\nAna"), gratitude) == []


def test_thanks_owed_to_someone_named_are_not_thanks_to_the_reader() -> None:
    text = letter(NO_THANKS + " I owe Ines Carvalho, my mentor on the scheme, a huge thank-you for pushing me.")
    assert [f.rule for f in rules_of(text, gratitude)] == ["gratitude"]
    assert rules_of(letter(NO_THANKS + " I owe you a huge thank-you for your patience."), gratitude) == []


def test_thanks_for_what_someone_else_gave_do_not_thank_the_reader() -> None:
    for extra in (
        "My real thanks go to my own manager, who swapped my shift so that I could come.",
        "I remain truly grateful for the travel bursary from my college that paid for the trip.",
    ):
        assert [f.rule for f in rules_of(letter(NO_THANKS + " " + extra), gratitude)] == ["gratitude"], extra


def test_a_title_goes_with_the_name_the_salutation_gives_it() -> None:
    (f,) = rules_of(letter(greeting="Dear Dr. Maria,"), salutation)
    assert "Dr. Chen" in f.message
    assert rules_of(letter(greeting="Dear Dr. Chen,"), salutation) == []
    # Titles that take the given name are another custom, not a slip.
    assert rules_of(letter(greeting="Hi Ma'am Maria,"), salutation) == []
    assert rules_of(letter(greeting="Alright Maria,"), salutation) == []


def test_a_markdown_subject_line_is_a_title() -> None:
    text = "**Subject:** Staying in touch after your talk\n\n" + letter()
    assert rules_of(text, grounding) == []


def test_a_template_label_left_mid_sentence_is_a_placeholder() -> None:
    (f,) = rules_of(letter(BODY + " I recently enrolled on Name of course in the evenings."), placeholder)
    assert f.rule == "placeholder" and "Name of course" in f.message


def test_a_family_name_written_first_may_be_left_off_the_signature() -> None:
    req = LetterRequest.model_validate(
        {
            "kind": "keep_in_touch",
            "sender": {"name": "Tan Wei Ling", "background": "Teacher."},
            "recipient": {"name": "Maria Chen"},
            "connection": "your talk",
        }
    )
    assert list(salutation(letter(signoff="Warm regards,\nWei Ling"), req, "keep_in_touch")) == []
    korean = req.model_copy(update={"sender": req.sender.model_copy(update={"name": "Jung Min-ho"})})
    assert list(salutation(letter(signoff="Cheers,\nMin-ho"), korean, "keep_in_touch")) == []
    vietnamese = req.model_copy(update={"sender": req.sender.model_copy(update={"name": "Nguyen Thi Lan"})})
    assert list(salutation(letter(signoff="Cheers,\nLan"), vietnamese, "keep_in_touch")) == []
    assert len(list(salutation(letter(signoff="Warm regards,\nWei Tan"), req, "keep_in_touch"))) == 1


def test_thanks_to_him_or_her_are_not_thanks_to_the_reader() -> None:
    text = letter(NO_THANKS + " Tom introduced us, and I am very grateful to him for doing so.")
    assert [f.rule for f in rules_of(text, gratitude)] == ["gratitude"]


def test_sarcastic_thanks_is_reported_once_as_sarcasm() -> None:
    # The thanks are there, said with a sneer: one politeness finding, not a missing-thanks one too.
    text = letter(NO_THANKS + " Thank you for finally making time for me after all the rescheduling.")
    assert rules_of(text, gratitude) == []
    assert [f.message for f in check(text).findings if f.rule == "politeness"] == [
        "'Thank you for finally making time' reads as sarcasm."
    ]


@pytest.mark.parametrize(
    ("extra", "signoff"),
    [
        ("I appreciate your time.", "Best,\nAna"),
        ("I would be grateful for any advice.", "Best,\nAna"),
        ("Many thanks for reading this.", "Best,\nAna"),
        ("", "Thank you,\nAna"),
        ("I can't thank you enough for the article you wrote.", "Best,\nAna"),
        ("I really appreciate the advice your team gave me.", "Best,\nAna"),
        ("I really appreciate how much you invested in me back then.", "Best,\nAna"),
        ("I appreciate how generous you were with your time.", "Best,\nAna"),
        ("So thank you, belatedly, for all of that.", "Best,\nAna"),
        ("Thank you, both, for the time.", "Best,\nAna"),
        ("Thanks, Maria, for the time you gave me.", "Best,\nAna"),
        ("Asante sana for your time and consideration.", "Best,\nAna"),
        ("Merci beaucoup for the advice.", "Best,\nAna"),
        ("I am in your debt for reading this far.", "Best,\nAna"),
        ("Cheers for the hour and the biscuits.", "Best,\nAna"),
        ("Je vous remercie par avance for considering my request.", "Best,\nAna"),
        ("", "Mil gracias for your time,\nAna"),
        ("I wanted to thank you properly for the hour you gave me.", "Best,\nAna"),
        ("I have you to thank for my first paid commission.", "Best,\nAna"),
        ("I owe Tom a coffee for the suggestion, and you a debt of thanks simply for reading this.", "Best,\nAna"),
        ("I count myself fortunate to have had an afternoon of your time at the record office.", "Best,\nAna"),
        ("I remain obliged to you for Thursday's conversation.", "Best,\nAna"),
    ],
)
def test_gratitude_present(extra: str, signoff: str) -> None:
    assert rules_of(letter(NO_THANKS + " " + extra, signoff=signoff), gratitude) == []


# ---------------------------------------------------------------------------------------------
# grounding


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("I also worked at Bank of America for a while.", "Bank of America"),
        ("My mentor John Smith speaks highly of you.", "John Smith"),
        ("We met at the conference in March.", "March"),
        ("Would Thursday afternoon suit you?", "Thursday"),
        ("I graduated in 2019.", "2019"),
        ("I led a team of 12 people.", "12"),
        ("I have taught for seven years.", "seven"),
        ("Your talk at Stanford University inspired me.", "Stanford University"),
        # A misspelling nobody else reports: the organisation in the body.
        ("I admire the research culture at Acme Heath.", "Heath"),
        ("P.S. My colleague Jordan Blake says hello.", "Jordan Blake"),
        ("I grew up on my family's vineyard, forty hectares of vines.", "forty"),
        ("You keep your team of thirty pulling in the same direction.", "thirty"),
        # A department word does not clear the invented name it is part of.
        ("I spent a year in Harlow Engineering before this.", "Harlow Engineering"),
        # A person who opens a sentence to credit the letter is named there, not only capitalised.
        ("Ingrid Nyberg suggested that I write.", "Ingrid Nyberg"),
        ("Ingrid Nyberg, who supervised my training, thought I should write.", "Ingrid Nyberg"),
    ],
)
def test_grounding_invented_items(sentence: str, fragment: str) -> None:
    text = letter(BODY + "\n\n" + sentence)
    found = rules_of(text, grounding)
    assert len(found) == 1 and found[0].severity == "warning" and found[0].rule == "grounding"
    assert covers(text, found, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuesday would work well for a call.",
        "I could do a twenty-minute call on Zoom or LinkedIn.",
        "Acme Health's research group is well known.",
        "Python is a tool I use daily.",
        "May I ask one more question?",
        "I spent five years in the classroom.",
        "Dear Dr. Chen, I hope you and the UX Research team are well.",
        "I would love to connect with [Company] soon.",
        # First words of list items and postscripts are capitalised by position, not because they are names.
        "My duties:\n- Preparing lesson plans\n- Training new staff\n* Mentoring students\n2) Grading",
        "P.S. Congratulations on the award!",
        "PS: Hearing about your path would mean a lot.",
        # The referrer's misspelt name is the referral rule's error, not an invented name.
        "Tom Hales mentioned your work to me.",
        "Would Tuesday or another day suit you?",
        "Thank you again and God bless!",
        "I left school after my A-levels and went straight into work.",
        "I have been trying to break into this for AGES, and it was the best summer EVER.",
        "Subject: Inquiry Regarding Your Path Into Research Concerning Health",
        "Subject: Fellow Alumnus Seeking Your Perspective",
        "¡Muchas gracias, Dr. Chen!",
        "**Key takeaways:**\nThe rollout was slower than planned.",
        "I recently enrolled on Name of course in the evenings.",
        "After I finish the course, I will email you, Inshallah, to tell you what I learned.",
        "I write at the suggestion of Eng. Tom Hale.",
        # A word in capitals that raises the voice is the politeness rule's business, not a name.
        "I would LOVE to hear more about it.",
        "I would REALLY appreciate a reply THIS time, as it matters a LOT to me.",
        "This is important to me and I NEED a reply from you.",
        # Titles of West African and Southeast Asian letters before a known name.
        "I write at the suggestion of Barr. Tom Hale.",
        "My former colleague Pak Tom Hale suggested I contact you.",
        "Ibu Maria, Encik Tom and Pharm. Tom Hale all send their regards.",
        "My one-minute practice bulletin is on the USB stick in this envelope.",
        "Dear Colleague, I hope this finds you well.",
        "My team sets its OKR for the quarter with R&D in mind.",
        "The reminder came through as $$DATE$$ and |Recipient_Title| before I fixed the template.",
        # A department is no invented organisation.
        "I am curious how Engineering and Finance share that knowledge when Sales wants a new product.",
        # A figure of speech and a common noun in capitals (kc20, kc23).
        "I like working a lesson out until it can be taught the same way a hundred times.",
        "I enjoy explaining new evidence to local GPs.",
        # A weekday in the plural is a habit, not a date (kh01).
        "Tom Hale and I run together most Saturdays.",
    ],
)
def test_grounding_known_items(sentence: str) -> None:
    assert rules_of(letter(BODY + "\n\n" + sentence), grounding) == []


def test_a_name_then_hi_greets_the_reader() -> None:
    # "Sarah, hi!" (en): the name first, as in a message.
    text = "Maria, hi!\n\n" + BODY + "\n\nBest regards,\nAna Ruiz"
    assert rules_of(text, salutation) == []
    wrong = "Marta, hi!\n\n" + BODY + "\n\nBest regards,\nAna Ruiz"
    assert rules_of(wrong, salutation) != []


def test_the_singular_of_an_acronym_the_request_gives_is_known() -> None:
    # "an NDA" for the request's "automating NDAs" (es).
    req = REQUEST.model_copy(update={"connection": "read her blog post on automating NDAs"})
    text = letter(BODY + "\n\nYour post on automating the NDA review was a revelation.")
    assert rules_of(text, grounding, request=req) == []


def test_greetings_and_professions_in_capitals_are_no_names() -> None:
    # "Assalam o Alaikum" (ey), "the route from solicitor to the Bar" (fa), "a GIF" (ex).
    text = letter(BODY + "\n\nAssalam o Alaikum to the team; I hope to move to the Bar one day, as a GIF of mine says.")
    assert rules_of(text, grounding) == []


def test_everyday_office_acronyms_are_no_names() -> None:
    # "when QA flags them", "Kindly advise by COB" (en): the everyday office words, like "HR" and "EOD".
    text = letter(BODY + "\n\nI fix labels when QA flags them, check the PPE stock and will reply by COB.")
    assert rules_of(text, grounding) == []


def test_asap_named_in_the_writers_story_is_no_hurry() -> None:
    # "I co-designed the ASAP (Accelerated Surgical Assessment Pathway)" (em): a name the request's background gives.
    sender = {**REQUEST.sender.model_dump(), "background": "Nurse who co-designed the ASAP pathway at his trust."}
    req = REQUEST.model_copy(update={"sender": REQUEST.sender.model_validate(sender)})
    text = letter(BODY + "\n\nGetting ASAP adopted taught me more than designing it did.")
    assert rules_of(text, politeness, request=req) == []
    hurry = letter(BODY + "\n\nI need your answer ASAP.")
    assert [f.rule for f in rules_of(hurry, politeness)] != []


def test_the_two_of_a_pair_the_letter_names_is_no_count() -> None:
    # "what separates the two roles" (dy) points back at the pair; "the two years I spent there" still claims a time.
    req = REQUEST.model_copy(update={"ask": "a 20-minute phone call soon"})
    body = BODY.replace(" in the next two weeks", "")
    pair = letter(body + "\n\nI analyse data and want to engineer it; what separates the two roles in practice?")
    assert rules_of(pair, grounding, request=req) == []
    years = letter(body + "\n\nThe two years I spent there taught me a lot.")
    (found,) = rules_of(years, grounding, request=req)
    assert years[found.start : found.end] == "two"
    team = letter(body + "\n\nI managed two roles at once.")
    assert [team[f.start : f.end] for f in rules_of(team, grounding, request=req)] == ["two"]


def test_a_rough_number_is_no_count() -> None:
    # "the names of one or two people in the field" (gd): a rough number the request need not give.
    req = REQUEST.model_copy(update={"ask": "a 20-minute phone call soon"})
    body = BODY.replace(" in the next two weeks", "")
    rough = letter(body + "\n\nI would also welcome the names of one or two people in the field.")
    assert rules_of(rough, grounding, request=req) == []
    count = letter(body + "\n\nI would also welcome the names of two people in the field.")
    assert [count[f.start : f.end] for f in rules_of(count, grounding, request=req)] == ["two"]


def test_a_hyphenated_given_name_keeps_its_second_part() -> None:
    # "Hi Min-ji," for Min-ji Park (gd): "-ji" is part of her name, not the respectful suffix of "Hi Tara ji,".
    for reader, greeting in (("Min-ji Park", "Hi Min-ji,"), ("Tara Sharma", "Hi Tara ji,"),
                             ("Hiro Tanaka", "Dear Tanaka-san,")):
        req = REQUEST.model_copy(update={"recipient": REQUEST.recipient.model_copy(update={"name": reader,
                                                                                        "salutation": None})})
        text = letter(BODY, greeting=greeting)
        assert rules_of(text, salutation, request=req) == [], greeting
    req = REQUEST.model_copy(update={"recipient": REQUEST.recipient.model_copy(update={"name": "Min-ji Park",
                                                                                    "salutation": None})})
    assert [f.rule for f in rules_of(letter(BODY, greeting="Hi Soo-ji,"), salutation, request=req)] == ["salutation"]


def test_grounding_skips_without_request() -> None:
    with pytest.raises(Skip):
        rules_of(CLEAN, grounding, request=None)


# ---------------------------------------------------------------------------------------------
# adversarial input


@pytest.mark.parametrize(
    "chunk",
    [" ", "[", "{{", "<", "(", "**", "_", "Maria ", "Dear ", "X", "!?", "A", "1,", "Please send me ", "Dr. ", "\n",
     "NOW ", "Dear Maria,\n", "a - "],
)  # fmt: skip
def test_huge_adversarial_input_is_fast(chunk: str) -> None:
    text = chunk * (1_000_000 // len(chunk))
    start = time.perf_counter()
    for rule in (length, politeness, placeholder, meta, salutation, gratitude):
        list(rule(text, REQUEST, "informational"))
    with pytest.raises(Skip):
        list(grounding(text, REQUEST, "informational"))
    # Generous for a loaded CI machine; about 0.5 s on an idle one (mostly politeness_score).
    assert time.perf_counter() - start < 5.0


# ---------------------------------------------------------------------------------------------
# names, greetings and signatures as real letters write them


NAMED = LetterRequest.model_validate(
    {
        "kind": "thank_you",
        "sender": {"name": "Kofi Owusu"},
        "recipient": {"name": "Zoë Brontë-Hale", "salutation": "Dr. Brontë-Hale", "organization": "V&A"},
        "meeting": {"date": "2025-03-14", "topics": ["how curators plan an exhibition"]},
    }
)
NOTE = (
    "Thank you for showing me how curators plan an exhibition at the V&A on 14 March; I have thought "
    "about it all week and I am grateful for your time."
)


@pytest.mark.parametrize(
    ("greeting", "signoff"),
    [
        ("Hello again, Zoë!", "Best,\nKofi Owusu"),
        ("Dear Dr Bronte-Hale,", "Best,\nKofi Owusu"),  # accents and the full stop dropped
        ("Hi Zoë,", "Kofi"),  # a short note signed with the name alone
        ("Hi Zoë,", "Kofi Owusu\nkofi@example.org"),
        ("Dear Dr. Brontë-Hale,", "With thanks,\nKO\nKofi Owusu"),  # initials above the name
        ("Dear Dr. Brontë-Hale,", "Thanks again and see you soon I hope,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Thank you again, really,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Muchas gracias again,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "With thanks, and very best wishes for the months ahead,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Until the next congress,\nKofi Owusu"),
        ("Oi Zoë!", "Beijos,\nKofi Owusu"),
        ("Caro Zoë,", "Un abbraccio,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Thank you for your time.\n\nCom os melhores cumprimentos,\nKofi Owusu"),
        ("Bonjour Zoë,", "Avec toute ma gratitude,\nKofi Owusu\n\nP.S. I'll send you the video."),
        ("Dear Dr. Brontë-Hale,", "Have a good week, and grazie mille again,\nKofi Owusu"),
        ("Hola Zoë,", "Na zdrowie and best wishes,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Receive a cordial greeting,\nKofi Owusu"),
        ("Bonjour Madame Brontë-Hale,", "Bien à vous,\nKofi Owusu"),
        ("Annwyl Dr. Brontë-Hale,", "Yn gywir,\nKofi Owusu"),
        ("Shwmae Zoë,", "Best,\nKofi Owusu"),
        ("Hi Zoë ji,", "Best,\nKofi Owusu"),
        ("Hi Zoë,", "Warmly,\nK.\nKofi Owusu"),  # one initial above the name
        # Long formulas of other languages' letters, closing on their valediction.
        ("Dear Dr. Brontë-Hale,", "Please accept, dear Dr. Brontë-Hale, the expression of my distinguished "
         "salutations,\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "I remain at your disposal and send you my most cordial regards,\nKofi Owusu"),
        ("Hi Zoë,", "Thank you again for believing in beginners like us. Success in everything, and a warm hug "
         "from Rio!\nKofi Owusu"),
        # A respectful word after the given name.
        ("Dear Zoë Apa,", "Warm regards,\nKofi Owusu"),
        ("Respected Zoë Ma'am,", "Warm regards,\nKofi Owusu"),
        # The German "Mit freundlichen Grüßen" in English, with no comma.
        ("Dear Dr. Brontë-Hale,", "With friendly greetings from Frankfurt\nKofi Owusu"),
        ("Dear Dr. Brontë-Hale,", "Kind greetings,\nKofi Owusu"),
        # A title in brackets after the first ("Dr. (Mrs.)"), and the writer's own professional title.
        ("Dear Dr. (Mrs.) Brontë-Hale,", "Yours sincerely,\nBarr. Kofi Owusu"),
        ("Dear Engr. (Mrs.) Brontë-Hale,", "Thanks and God bless,\nPharm. Kofi Owusu"),
        ("Dear Ibu Zoë,", "Respectfully yours,\nEngr. Kofi Owusu"),
        ("Dear Pak Zoë,", "Respectfully yours,\nKofi Owusu"),
    ],
)
def test_greetings_and_signatures_real_letters_use(greeting: str, signoff: str) -> None:
    text = letter(NOTE, greeting=greeting, signoff=signoff)
    report = check(text, NAMED)
    assert not [f for f in report.findings if f.rule in ("salutation", "grounding")], report.format_text()


@pytest.mark.parametrize(
    ("greeting", "signoff", "message"),
    [
        ("Dear Dr. Brontë-Hall,", "Best,\nKofi Owusu", "misspells"),
        ("Hi Zoë,", "Ama", "signed 'Ama'"),
        ("Hi Zoë,", "Warmly,\nK.", "signed 'K'"),
        ("Hi Zoë,", "Talk soon about the exhibition and everything else we covered that day", "no sign-off"),
        ("Hi Zoë,", "Wish you all the best,\nLin Yu-ting (Tina)", "signed 'Lin Yu-ting'"),
    ],
)
def test_wrong_greetings_and_signatures_still_fail(greeting: str, signoff: str, message: str) -> None:
    findings = rules_of(letter(NOTE, greeting=greeting, signoff=signoff), salutation, NAMED, "thank_you")
    assert len(findings) == 1 and message in findings[0].message


@pytest.mark.parametrize(
    "signoff",
    [
        "Wish you all the best,\nLin Yu-ting (Tina)",
        "Wish you all the best\nLin Yu-ting (Tina)",
        "Your student,\nLin Yu-ting (Tina)",
        "Best regards,\nLin Yu-ting",
    ],
)
def test_a_signature_with_an_english_name_in_brackets_signs_the_letter(signoff: str) -> None:
    # Writers from China, Hong Kong and Taiwan often sign with their English name in brackets.
    req = NAMED.model_copy(update={"sender": NAMED.sender.model_copy(update={"name": "Lin Yu-ting (Tina)"})})
    text = letter(NOTE, greeting="Dear Dr. Brontë-Hale,", signoff=signoff)
    report = check(text, req)
    assert not [f for f in report.findings if f.rule in ("salutation", "grounding")], report.format_text()


def test_generic_greeting_is_not_an_invented_name() -> None:
    text = letter(NOTE, greeting="Dear Hiring Manager,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, NAMED, "thank_you") == []
    assert "generic" in rules_of(text, salutation, NAMED, "thank_you")[0].message


def test_a_date_written_in_digits_in_the_request_grounds_its_month_and_weekday() -> None:
    text = letter(NOTE.replace("on 14 March", "on Friday, March 14"), greeting="Hi Zoë,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, NAMED, "thank_you") == []
    moved = letter(NOTE.replace("on 14 March", "on 14 April"), greeting="Hi Zoë,", signoff="Best,\nKofi Owusu")
    assert [f.message for f in rules_of(moved, grounding, NAMED, "thank_you")] == [
        "The date 'April' appears nowhere in the request and may be invented."
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Please also pass on my thanks to Murat for the tour.", "Please tell me if the prices look too high."],
)
def test_courteous_please_sentences_are_not_orders(sentence: str) -> None:
    assert rules_of(letter(BODY + " " + sentence), politeness) == []


def test_length_message_reads_an_introduction_letter() -> None:
    (f,) = rules_of(letter("Could we talk? Thank you."), length, REQUEST, "introduction")
    assert "minimum for an introduction letter" in f.message


@pytest.mark.parametrize(
    "sentence",
    [
        # ic03: festivals and a weekday named as a kind of thing, not a date or a name of the request.
        "I started on the shop floor with a Saturday job and ran the Christmas late-night shopping evenings.",
        "I organised the Easter fair, the Diwali celebrations and the Black Friday rush.",
        "I worked the Boxing Day sales and the New Year's Eve parties.",
        "Christmas is our busiest time, and I plan to take a course over Easter.",
        "I would be glad to call on a Monday morning.",
    ],
)
def test_festivals_and_a_weekday_after_a_are_no_invented_names(sentence: str) -> None:
    assert rules_of(letter(BODY + " " + sentence), grounding) == []


def test_a_festival_that_dates_the_readers_plans_is_a_date() -> None:
    claim = letter(BODY + " I noticed that Acme Health takes on extra staff before Christmas.")
    assert [f.message for f in rules_of(claim, grounding)] == [
        "The date 'Christmas' appears nowhere in the request and may be invented."
    ]
    named = letter(BODY + " I noticed that Acme Health takes on extra staff before Black Friday.")
    assert [f.message for f in rules_of(named, grounding)] == [
        "The date 'Black Friday' appears nowhere in the request and may be invented."
    ]


def test_a_season_in_the_writers_own_plan_is_no_invented_date() -> None:
    own = letter(BODY + " I plan to apply to a certificate programme this spring.")
    assert rules_of(own, grounding) == []
    claim = letter(BODY + " I noticed that Acme Health is hiring this spring.")
    assert [f.message for f in rules_of(claim, grounding)] == [
        "The date 'spring' appears nowhere in the request and may be invented."
    ]
    # A season naming when the reader's programme runs is a claim too; the writer's own plan to join it is not.
    intake = letter(BODY + " It was reassuring to hear that the spring intake usually includes people like me.")
    assert [f.message for f in rules_of(intake, grounding)] == [
        "The date 'spring' appears nowhere in the request and may be invented."
    ]
    assert rules_of(letter(BODY + " I hope to join the spring intake next year."), grounding) == []


def test_the_initials_of_the_readers_organisation_in_the_possessive_are_known() -> None:
    # "the PMCT's work" for the Pacific Marine Conservation Trust, as "PMCT" alone is.
    trust = REQUEST.recipient.model_copy(update={"organization": "Pacific Marine Conservation Trust"})
    req = REQUEST.model_copy(update={"recipient": trust})
    body = BODY.replace("Acme Health", "the trust")
    assert rules_of(letter(body + " I have long admired the PMCT's work on kelp."), grounding, request=req) == []
    invented = letter(body + " I have long admired the PMRT's work on kelp.")
    assert covers(invented, rules_of(invented, grounding, request=req), "PMRT")


def test_paper_letter_with_an_address_block_and_a_long_closing() -> None:
    block = "Ana Ruiz\nana@example.org\n\n3 April 2025\n\nDr. Maria Chen\nDirector of UX Research\nAcme Health\n\n"
    text = block + letter(signoff="With renewed thanks and warm regards,\nAna Ruiz")
    assert rules_of(text, salutation) == []


def test_a_long_surname_misspelt_in_the_greeting_is_salutations_alone() -> None:
    req = NAMED.model_copy(
        update={"recipient": NAMED.recipient.model_copy(update={"name": "Kristof Vandenberghe", "salutation": None})}
    )
    text = letter(NOTE, greeting="Dear Mr. Vandenburg,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, req, "thank_you") == []
    assert rules_of(text, salutation, req, "thank_you")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("I hear your programme takes a cohort of twelve.", "twelve"),
        ("I volunteer at the food bank twice a week.", "twice a week"),
        ("I am now in my third year as a site engineer.", "third"),
        ("Your account of the three stages of grant review was clear.", "three"),
    ],
)
def test_counts_the_request_never_gives_are_claims(sentence: str, claim: str) -> None:
    text = letter(BODY + " " + sentence)
    assert covers(text, rules_of(text, grounding), claim)


def test_a_three_letter_slip_in_the_readers_name_is_salutations_alone() -> None:
    req = REQUEST.model_copy(update={"recipient": REQUEST.recipient.model_copy(update={"name": "John Chen",
                                                                                       "salutation": None})})
    text = letter(greeting="Dear Jon,")
    assert rules_of(text, grounding, request=req) == []
    assert "misspells" in rules_of(text, salutation, request=req)[0].message
    invented = letter(BODY + " Our L&D team agrees.")
    assert covers(invented, rules_of(invented, grounding), "L&D")


def test_plurals_of_common_acronyms_are_no_names() -> None:
    assert rules_of(letter(BODY + " I have attached the PDFs and both CVs."), grounding) == []
    assert rules_of(letter(BODY + " I have volunteered with NGOs, and with one NGO abroad."), grounding) == []


def test_the_singular_of_a_name_the_request_gives_is_no_invented_name() -> None:
    req = REQUEST.model_copy(update={"connection": "they played in a band called The Paper Moons"})
    text = letter(BODY + " I still think of myself as an old Paper Moon.")
    assert rules_of(text, grounding, request=req) == []


def test_a_job_title_is_no_invented_name() -> None:
    text = letter(BODY + " Could you put my name forward for the Research Partner opening?")
    assert rules_of(text, grounding) == []
    invented = letter(BODY + " I now work with the Talent Partners at Brightwave.")
    assert covers(invented, rules_of(invented, grounding), "Brightwave")


def test_the_plural_of_an_acronym_the_request_gives_is_no_name() -> None:
    req = REQUEST.model_copy(
        update={"referrer": REQUEST.referrer.model_copy(update={"relationship": "a local GP I work with"})}  # type: ignore[union-attr]
    )
    assert rules_of(letter(BODY + " How did you build a referral base with GPs?"), grounding, request=req) == []
    invented = letter(BODY + " How did you build a referral base with CCGs?")
    assert covers(invented, rules_of(invented, grounding, request=req), "CCGs")


def test_a_spanish_question_opens_with_its_mark() -> None:
    assert rules_of(letter(BODY + " ¿Te animas a un cafecito?"), grounding) == []


def test_a_variant_spelling_of_the_readers_name_in_the_greeting_is_salutations_alone() -> None:
    req = NAMED.model_copy(
        update={"recipient": NAMED.recipient.model_copy(update={"name": "Kathryn Blake", "salutation": None})}
    )
    text = letter(NOTE, greeting="Hi Katherine,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, req, "thank_you") == []
    assert rules_of(text, salutation, req, "thank_you")
    assert rules_of(letter(NOTE + " I met Katherine at the fair.", greeting="Hi Kathryn,", signoff="Best,\nKofi Owusu"),
                    grounding, req, "thank_you")


def test_a_short_surname_misspelt_in_the_greeting_is_salutations_alone() -> None:
    req = NAMED.model_copy(
        update={"recipient": NAMED.recipient.model_copy(update={"name": "Grace Obi", "salutation": None})}
    )
    text = letter(NOTE, greeting="Dear Ms Obie,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, req, "thank_you") == []
    assert rules_of(text, salutation, req, "thank_you")


def test_model_word_count_and_a_misspelt_compound_surname_are_not_grounding() -> None:
    req = NAMED.model_copy(
        update={"recipient": NAMED.recipient.model_copy(update={"name": "Zoë McAllister-Reid", "salutation": None})}
    )
    text = letter(
        NOTE,
        greeting="Dear Dr. MacAllister-Reid,",
        signoff="Best,\nKofi Owusu\n\n---\nWord count: 95\n*Tip: mention a show you saw.*",
    )
    assert rules_of(text, grounding, req, "thank_you") == []


def test_a_misspelt_surname_with_a_one_letter_part_is_not_grounding() -> None:
    req = NAMED.model_copy(
        update={"recipient": NAMED.recipient.model_copy(update={"name": "Jean O'Neill-Durand", "salutation": None})}
    )
    text = letter(NOTE, greeting="Dear Mr. O'Neil-Durand,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, req, "thank_you") == []


def test_new_zealand_greeting_and_sign_off() -> None:
    assert rules_of(letter(greeting="Kia ora Maria,", signoff="Ngā mihi,\nAna Ruiz"), salutation) == []


def test_a_date_format_left_unfilled_is_a_placeholder_not_a_name() -> None:
    text = letter(BODY.replace("in the next two weeks", "on DD/MM/YYYY"))
    (f,) = rules_of(text, placeholder)
    assert text[f.start : f.end] == "DD/MM/YYYY"
    assert rules_of(text, grounding) == []


@pytest.mark.parametrize(
    ("greeting", "signoff"),
    [
        ("Dear Dear Dr. Chen,", "Best regards,\nAna Ruiz"),  # a small model's stutter
        ("Chef Chen,", "Best,\nAna Ruiz"),  # a title the reader goes by
        ("Dear Dr. Chen,", "thx again\nAna Ruiz"),
        ("Dear Dr. Chen,", "thank you so much for reading this and for your time today\nAna Ruiz"),
    ],
)
def test_rough_greetings_and_signatures(greeting: str, signoff: str) -> None:
    assert rules_of(letter(greeting=greeting, signoff=signoff), salutation) == []


@pytest.mark.parametrize(
    "text",
    [
        "hi Maria thanks so much for the call on Tuesday, it helped a lot and I will keep you posted - Ana",
        "Dear Dr. Chen, thank you for the call on Tuesday and for all your advice, warm wishes, Ana Ruiz",
    ],
)
def test_a_letter_in_one_line_greets_and_signs(text: str) -> None:
    assert rules_of(text, salutation) == []


def test_a_cv_version_sent_by_the_writer_is_not_chatter() -> None:
    text = letter(BODY + "\n\nSo I rewrote my CV, and here is the new version:\n\nEXPERIENCE\nTeacher, 2015-2023")
    assert rules_of(text, meta) == []


def test_a_quoted_sentence_of_the_reader_is_no_invented_name() -> None:
    text = letter(BODY + ' You once wrote, "Nobody warns you that the hardest part is the paperwork."')
    assert rules_of(text, grounding) == []


def test_a_country_and_its_people_are_one_fact() -> None:
    req = REQUEST.model_copy(
        update={
            "sender": REQUEST.sender.model_copy(
                update={"background": REQUEST.sender.background + " Korean, studied in Kenya."}
            )
        }
    )
    known = letter(BODY + "\n\nIn Korea, timber is repaired differently, and my Kenyan classmates agree.")
    assert rules_of(known, grounding, request=req) == []
    poland = req.model_copy(update={"sender": req.sender.model_copy(update={"background": "Five years in Denver, "
                                                                                          "from Poland."})})
    known = letter(BODY + "\n\nI was the Polish student who asked about ice.")
    assert rules_of(known, grounding, request=poland) == []
    known = letter(BODY + "\n\nIn Korea, timber is repaired differently, and my Kenyan classmates agree.")
    assert rules_of(known, grounding, request=req) == []
    german = req.model_copy(update={"sender": req.sender.model_copy(update={"goal": "Leave a German carmaker."})})
    cars = letter(BODY + "\n\nI learned a lot about building cars in Germany.")
    assert rules_of(cars, grounding, request=german) == []
    invented = letter(BODY + "\n\nIn Japan, timber is repaired differently.")
    assert covers(invented, rules_of(invented, grounding, request=req), "Japan")
    # Peoples no ending leads to: "British" for the request's "UK", "Dutch" for "the Netherlands".
    abroad = req.sender.model_copy(update={"goal": "Work in the UK and the Netherlands."})
    uk = req.model_copy(update={"sender": abroad})
    known = letter(BODY + "\n\nBritish practice differs from the Dutch way of repairing timber.")
    assert rules_of(known, grounding, request=uk) == []
    # "Morocco" for the request's "Moroccan-trained".
    trained = req.sender.model_copy(update={"background": "Moroccan-trained, five years in Denver."})
    moroccan = req.model_copy(update={"sender": trained})
    known = letter(BODY + "\n\nI am a pharmacist trained in Morocco.")
    assert rules_of(known, grounding, request=moroccan) == []
    invented = letter(BODY + "\n\nPractice in French workshops differs again.")
    assert covers(invented, rules_of(invented, grounding, request=uk), "French")
    morocco = req.model_copy(
        update={"sender": req.sender.model_copy(update={"background": REQUEST.sender.background + " From Morocco."})}
    )
    mixing = letter(BODY + "\n\nI mix Moroccan and French techniques.")
    assert [t for t in (mixing[f.start : f.end] for f in rules_of(mixing, grounding, request=morocco))] == ["French"]


def test_a_season_before_which_something_happens_is_a_date() -> None:
    text = letter(BODY + " Things must be hectic at Acme Health before the summer launch.")
    assert covers(text, rules_of(text, grounding), "summer")


def test_an_acronym_of_words_in_the_request_is_no_invented_name() -> None:
    req = REQUEST.model_copy(
        update={
            "sender": REQUEST.sender.model_copy(
                update={"goal": "Move from sales development representative to account executive."}
            )
        }
    )
    known = letter(BODY + "\n\nWhat separates the SDRs who thrive as AEs from the rest?")
    assert rules_of(known, grounding, request=req) == []
    invented = letter(BODY + "\n\nWhat separates the SDRs who thrive at IBM from the rest?")
    assert covers(invented, rules_of(invented, grounding, request=req), "IBM")


def test_an_acronym_of_hyphenated_words_in_the_request_is_no_invented_name() -> None:
    req = REQUEST.model_copy(
        update={"sender": REQUEST.sender.model_copy(update={"goal": "Design in cross-laminated timber."})}
    )
    assert rules_of(letter(BODY + "\n\nI am writing my thesis on CLT detailing."), grounding, request=req) == []


def test_an_acronym_of_a_list_with_commas_in_the_request_is_no_invented_name() -> None:
    req = REQUEST.model_copy(
        update={"sender": REQUEST.sender.model_copy(update={"goal": "Move into governance, risk and compliance."})}
    )
    assert rules_of(letter(BODY + "\n\nI help with our GRC audits."), grounding, request=req) == []
    invented = letter(BODY + "\n\nI help with our GRP audits.")
    assert covers(invented, rules_of(invented, grounding, request=req), "GRP")


def test_an_acronym_of_accented_words_in_the_request_is_no_invented_name() -> None:
    req = REQUEST.model_copy(
        update={"sender": REQUEST.sender.model_copy(update={"goal": "Studied design at the University of São Paulo."})}
    )
    known = letter(BODY + "\n\nLike you, I am a USP design graduate.")
    assert rules_of(known, grounding, request=req) == []


def test_thanks_that_credit_the_reader_still_thank_the_reader() -> None:
    for extra in ("Thanks to the talk you gave, I finally enrolled.", "I'm grateful the advice you gave was so frank."):
        assert rules_of(letter(NO_THANKS + " " + extra), gratitude) == []


def test_a_drafters_note_below_a_rule_does_not_hide_the_sign_off() -> None:
    text = (
        letter(signoff="Con gratitudine,\nAna Ruiz")
        + "\n\n---\nI kept the opening short. If you'd rather lead with the workshops, just say and I'll rework it."
    )
    assert rules_of(text, salutation) == []
    # The rule and the note under it are both reported.
    found = rules_of(text, meta)
    assert {f.rule for f in found} == {"meta"} and covers(text, found, "I kept the opening short")


def test_a_closing_in_another_language_names_nobody() -> None:
    text = letter(signoff="Mit freundlichen Grüßen,\nAna Ruiz")
    assert rules_of(text, grounding) == []
    # A name in the body is still checked.
    assert [f.rule for f in rules_of(letter(BODY + " I also met Grüßen at the forum."), grounding)] == ["grounding"]


def test_a_count_left_as_n_is_a_placeholder_and_a_draft_label_is_not() -> None:
    text = letter(BODY + "\n\nI have spent N years in hotel finance.")
    found = rules_of(text, placeholder)
    assert covers(text, found, "N") and found[0].hint == "Replace 'N' with the real number."
    labelled = "[Draft 2 - shorter opening]\n" + letter()
    assert rules_of(labelled, placeholder) == []
    assert [f.rule for f in rules_of(labelled, meta)] == ["meta"]


def test_the_wrong_title_for_the_reader_is_a_salutation_error() -> None:
    ms = REQUEST.model_copy(update={"recipient": REQUEST.recipient.model_copy(update={"salutation": "Ms. Chen"})})
    found = rules_of(letter(greeting="Dear Mr. Chen,"), salutation, ms)
    assert [f.message for f in found] == [
        "The greeting gives the reader the wrong title: 'Mr. Chen' should be 'Ms. Chen'."
    ]
    assert rules_of(letter(greeting="Dear Dr. Chen,"), salutation) == []


def test_a_doctor_greeted_as_ms_has_the_wrong_title_but_a_title_given_by_no_request_is_free() -> None:
    # The request says "Dr. Chen": "Ms. Chen" drops the title she earned, a slip a careful reader notices.
    for greeting in ("Hello Ms. Chen,", "Dear Ms Chen,", "Dear Mrs. Chen,"):
        (f,) = rules_of(letter(greeting=greeting), salutation)
        assert "wrong title" in f.message and "'Dr. Chen'" in f.message, greeting
    # With no salutation in the request, any courtesy title with her surname names her.
    bare = REQUEST.model_copy(update={"recipient": REQUEST.recipient.model_copy(update={"salutation": None})})
    for greeting in ("Hello Ms. Chen,", "Dear Dr. Chen,"):
        assert rules_of(letter(greeting=greeting), salutation, bare) == [], greeting


def test_a_courtesy_title_before_the_doctors_title_keeps_it() -> None:
    # "Mrs. Dr. Chen" (the German "Frau Dr. Chen") gives her the title the request does.
    for greeting in ("Dear Mrs. Dr. Chen,", "Dear Ms. Dr. Chen,", "Dear Mrs. Prof. Chen,"):
        assert rules_of(letter(greeting=greeting), salutation) == [], greeting


def test_a_greeting_of_respect_before_the_title_is_part_of_the_greeting() -> None:
    # "Dear Respected Dr. Chen," and "Dear Esteemed Dr. Chen," greet her by title and surname.
    for greeting in ("Dear Respected Dr. Chen,", "Dear Esteemed Dr. Chen,", "Dear Honourable Dr. Chen,"):
        text = letter(greeting=greeting)
        assert rules_of(text, salutation) == [] and rules_of(text, grounding) == [], greeting
    (f,) = rules_of(letter(greeting="Dear Respected Dr. Chan,"), salutation)
    assert "misspells" in f.message and "'Dr. Chan'" in f.message


def test_greetings_of_the_pacific_and_of_ireland() -> None:
    greetings = ("Talofa Maria,", "Aloha Maria,", "A Dhochtúir Chen, a chara,", "Tēnā koe Dr. Chen,", "Tena koe Maria,")
    for greeting in greetings:
        text = letter(greeting=greeting, signoff="Le meas,\nAna Ruiz")
        assert rules_of(text, salutation) == [], greeting
        assert rules_of(text, grounding) == [], greeting


def test_cheers_again_above_the_name_signs_with_the_name() -> None:
    text = letter(signoff="cheers again, Ana")
    assert rules_of(text, salutation) == []


def test_the_signature_delimiter_opens_a_signature_block_below_the_sign_off() -> None:
    text = letter(signoff="Amitiés,\nAna Ruiz\n\n--\nAna Ruiz\nana@example.com\n+33 6 41 28 90 17")
    assert rules_of(text, salutation) == []


def test_a_deadline_on_the_writers_own_work_imposes_nothing() -> None:
    for sentence in ("In my role I sample water at 14 sites and report failures to the regulator within 24 hours.",
                     "Our team answers every query by the end of the day."):
        assert rules_of(letter(BODY + " " + sentence), politeness) == [], sentence
    for sentence in ("I look forward to an answer within 48 hours.",
                     "I'll be expecting it by the end of this week at the latest."):
        assert {f.rule for f in rules_of(letter(BODY + " " + sentence), politeness)} == {"politeness"}, sentence


def test_a_channel_word_used_as_a_noun_is_no_order() -> None:
    offer = "Would you give me feedback on my reel? Email is perfect, or a short call if that's easier."
    assert rules_of(letter(BODY + " " + offer), politeness) == []
    assert [f.rule for f in rules_of(letter(BODY + " Email me the slides."), politeness)] == ["politeness"]


@pytest.mark.parametrize(
    ("text", "chatter"),
    [
        # A sentence above the subject line, and a second subject line.
        ("Done: shorter now, and Tom's name is in the first line.\n\nSubject: Hello\n\n" + letter(),
         "Done: shorter now"),
        ("Subject: Hello\nSubject: An update since the open evening\n\n" + letter(), "Subject: An update"),
        (letter() + "\n\nHere's a warmer version if you'd prefer:\n\n" + letter(), "Here's a warmer version"),
        (letter() + '\n\n(Swapped "grateful" for "thankful" in the last line so it doesn\'t repeat; keep '
         "whichever you prefer.)", "(Swapped"),
        (letter() + "\n\nI kept it short as you asked.", "I kept it short as you asked"),
    ],
)
def test_a_drafters_quiet_notes_are_meta(text: str, chatter: str) -> None:
    found = rules_of(text, meta)
    assert found and covers(text, found, chatter)


def test_an_address_above_a_subject_line_and_a_new_version_of_a_portfolio_are_no_chatter() -> None:
    paper = "12 Harbour Road\nGalway\n14 March 2025\n\nSubject: Your talk on acoustics\n\n" + letter()
    assert rules_of(paper, meta) == []
    portfolio = letter(BODY + " Here is the new version of my portfolio: it has two more case studies.")
    assert rules_of(portfolio, meta) == []


def test_a_citation_marker_in_a_quotation_claims_no_number() -> None:
    quoted = letter(BODY + ' Your review said that "most hospitals still count infections by hand [1]."')
    assert rules_of(quoted, grounding) == []


def test_please_that_waives_trouble_or_invites_a_refusal_is_no_order() -> None:
    for sentence in ("Please don't go to any trouble over it.", "Please say no if it is a nuisance."):
        assert rules_of(letter(BODY + " " + sentence), politeness) == [], sentence
    assert [f.rule for f in rules_of(letter(BODY + " Please send it tonight."), politeness)] == ["politeness"]


def test_a_promise_borne_out_is_no_pressure() -> None:
    kept = letter(BODY + " Contract law is every bit as absorbing as you promised.")
    assert rules_of(kept, politeness) == []
    held = letter(BODY + " I will expect the introduction this week, as you promised.")
    assert "politeness" in {f.rule for f in rules_of(held, politeness)}


def test_a_short_closing_in_another_language_without_a_comma_signs_off() -> None:
    assert rules_of(letter(signoff="Nāku noa, nā\nAna Ruiz"), salutation) == []
    titled = rules_of(letter(signoff="With many thanks,\n\nLab Technician\nRiverside Water Laboratory"), salutation)
    assert [f.rule for f in titled] == ["salutation"]


def test_thanks_passed_on_put_off_or_never_said_thank_nobody_but_a_subject_line_does() -> None:
    body = ("Tom Hale suggested I write. I would love to learn how you moved into research at Acme Health. "
            "Would you be open to a 20-minute call next week? ")
    for sentence in ("Please pass my thanks to your assistant, who kept the kettle going.",
                     "If you are able to, a proper thank-you will follow the call.",
                     "I slipped out early at the seminar and never said thank you, which has bothered me since."):
        found = rules_of(letter(body + sentence), gratitude)
        assert [f.rule for f in found] == ["gratitude"], sentence
    subject_only = "Subject: Thank you for the seminar\n\n" + letter(body)
    assert rules_of(subject_only, gratitude) == []


def test_title_case_words_headings_and_the_readers_short_name_are_no_invented_names() -> None:
    titled = "Subject: Seeking Your Advice on a Move Into Research\n\n" + letter(
        BODY + " I have been thinking about moving into research for a while."
    )
    assert rules_of(titled, grounding) == []
    heading = letter(BODY + "\n\nKey Skills\n- reporting\n- teaching")
    assert rules_of(heading, grounding) == []
    for greeting in ("Hi Mar,", "Dear M.C.,"):
        assert rules_of(letter(greeting=greeting), grounding) == [], greeting
    assert [f.rule for f in rules_of(letter(greeting="Dear Sarah,"), grounding)] == ["grounding"]


@pytest.mark.parametrize(
    "signoff",
    [
        "Warmly,\nAna Ruiz and Tom Hale",
        "Kind regards,\nPriya Nair\nExecutive Assistant to Ana Ruiz",
        "Yours sincerely,\nMoira Gallagher\nOn behalf of Ana Ruiz",
    ],
)
def test_a_letter_signed_jointly_or_for_the_sender_is_signed(signoff: str) -> None:
    assert rules_of(letter(signoff=signoff), salutation) == []


def test_a_letter_signed_by_someone_else_alone_is_not() -> None:
    found = rules_of(letter(signoff="Kind regards,\nPriya Nair\nExecutive Assistant"), salutation)
    assert [f.rule for f in found] == ["salutation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please reply to this email with the slots you have free and I will choose one.",
        "I will take that as a yes and send a calendar invitation for next week.",
        "Every one of them was happy to help without a moment's hesitation, so I'm sure you will be too.",
        "Given my experience, I assume you will make the time.",
        "I have been waiting ever since for you to pick up the thread.",
        "You knew far more than I expected from someone who mostly manages people these days.",
        "Thank you again for the time you were able to spare, brief as it was.",
    ],
)
def test_quiet_rudeness_of_new_kinds(sentence: str) -> None:
    assert "politeness" in {f.rule for f in rules_of(letter(BODY + " " + sentence), politeness)}


def test_a_courteous_nudge_about_a_lost_note_is_no_sarcasm() -> None:
    nudge = letter(BODY + " I thought I would send a short follow-up in case my note was lost in a busy inbox.")
    assert rules_of(nudge, politeness) == []


def test_an_imposition_owned_on_someone_so_busy_is_no_sarcasm() -> None:
    owned = letter(BODY + " I know a call is a real ask of someone as busy as you are.")
    assert rules_of(owned, politeness) == []
    sneer = letter(BODY + " I realise someone as busy as you rarely answers letters like mine.")
    assert [f.rule for f in rules_of(sneer, politeness)] == ["politeness"]


def test_a_rank_retired_before_the_name_signs_and_a_career_history_heading_invents_nothing() -> None:
    assert rules_of(letter(signoff="Yours faithfully,\nCol. (Retd.) Ana Ruiz"), salutation) == []
    assert rules_of(letter(BODY + "\n\nCareer History\n- teaching"), grounding) == []


def test_please_be_brutally_honest_is_no_order() -> None:
    assert rules_of(letter(BODY + " My template is attached. Please be brutally honest with your feedback."),
                    politeness) == []


def test_a_company_abbreviation_ending_a_sentence_ends_it_for_grounding() -> None:
    request = LetterRequest.model_validate({
        "kind": "keep_in_touch", "sender": {"name": "Aylin Yildiz"},
        "recipient": {"name": "Sam Whitaker", "salutation": "Sam", "organization": "Crumb & Co"},
        "connection": "she interviewed him for her university newspaper about food writing",
    })
    text = letter("I hope all's well at Crumb & Co. Interviewing you about food writing for my university newspaper "
                  "is still the most fun I've had. Thank you again for your time.", greeting="Hi Sam,",
                  signoff="Best,\nAylin Yildiz")
    assert rules_of(text, grounding, request, "keep_in_touch") == []


def test_a_time_told_in_a_story_is_no_deadline() -> None:
    text = letter("A colleague left a printed copy of your paper in our staff room, and by the end of the week it "
                  "had been passed around the whole practice. " + BODY)
    assert rules_of(text, politeness) == []
    asked = letter(BODY + " Please reply by the end of the week.")
    assert [f.rule for f in rules_of(asked, politeness)] == ["politeness"]


def test_please_count_me_in_is_no_order() -> None:
    assert rules_of(letter(BODY + " Please count me in to help run the quiz night."), politeness) == []


def test_news_awaited_from_elsewhere_is_no_demand() -> None:
    text = letter(BODY + " I have applied for the evening course, and I expect to hear shortly whether my "
                  "application has been accepted.")
    assert rules_of(text, politeness) == []
    assert [f.rule for f in rules_of(letter(BODY + " I expect to hear from you by Friday."), politeness)] == [
        "politeness"
    ]


def test_a_date_in_digits_is_grounded_by_the_same_day_in_words_and_an_iso_month_is_no_number() -> None:
    request = LetterRequest.model_validate({
        "kind": "thank_you", "sender": {"name": "Kofi Owusu"},
        "recipient": {"name": "Zoe Hale", "salutation": "Dr. Hale"},
        "meeting": {"date": "Friday 14 March 2025", "topics": ["how curators plan an exhibition"]},
    })
    text = letter("Gracias for 14/03, and for your time. How curators plan an exhibition is clearer now.",
                  greeting="Dear Dr. Hale,", signoff="Best,\nKofi Owusu")
    assert rules_of(text, grounding, request, "thank_you") == []
    iso = request.model_copy(update={"meeting": request.meeting.model_copy(update={"date": "2025-05-29"})})
    invented = letter("Thank you for your time. Your team closes its accounts in just 5 working days.",
                      greeting="Dear Dr. Hale,", signoff="Best,\nKofi Owusu")
    assert [f.message for f in rules_of(invented, grounding, iso, "thank_you")] == [
        "The number '5' appears nowhere in the request and may be invented."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "You are honestly my last hope.",
        "Surely half an hour is not much to ask of someone who talks so openly about giving back.",
        "As a fellow alumna, you of all people will understand.",
        "I know I can count on you not to let a fellow graduate down.",
        "I'm counting the days until I hear back.",
        "The sooner you can reply, the sooner I can get on with things.",
        "I would hate to have to tell her that her introduction came to nothing.",
        "I have already moved my shifts around next week to leave the afternoons free for our call.",
        "I have no doubt you will want to make room for it.",
        "You have been so kind, so don't disappear on me now.",
        "You are the only person in the field who has ever taken me seriously.",
        "I will count on your thoughts on each one.",
        "I assured them you would be happy to speak with each of them as well.",
        "It would be a shame for the trip to have been wasted.",
        "I had rather assumed the details would be in my inbox by now.",
        "So I am rather relying on you now.",
    ],
)
def test_quiet_pressure_and_guilt_are_found(sentence: str) -> None:
    assert [f.rule for f in rules_of(letter(BODY + " " + sentence), politeness)] == ["politeness"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If it isn't too much to ask, could you also recommend a book?",
        "I know half an hour is a lot to ask.",
        "I'm counting the days until the course starts.",
        "I'd hate to take up too much of your time.",
        "I promise I won't let my team down.",
        "You're the only person I know in the field.",
        "Please take your time; I know how full your calendar is.",
        "I said I would send my portfolio pages by the end of the week, and they are attached here.",
        "It would be a pity to miss the launch, so I have booked my train already.",
        "I hope the new office is worth the move.",
        "Do have a lovely weekend.",
    ],
)
def test_near_misses_of_quiet_pressure_pass(sentence: str) -> None:
    assert rules_of(letter(BODY + " " + sentence), politeness) == []


@pytest.mark.parametrize(
    "note",
    [
        "Want me to turn the action items into a bulleted list instead?",
        "Good luck with the outreach, you've got this! 🎉",
        "That should do it. If she doesn't reply, a gentle nudge after a while is perfectly normal.",
        "Shall I also draft a short connection request to go with this?",
        "Changes from the last version: warmer greeting, shorter middle paragraph, apprenticeship line softened.",
        "Happy to do a version addressed to his deputy as well, if that helps.",
        'Would "Kind regards" suit her better than "With warm thanks"? Either works here.',
        # The drafter's remarks on its own draft.
        "Tightened the opening and moved the referral to the first line so it lands straight away.",
        "Reworked so the mutual contact comes first and the ask closes the note.",
        'Other subject lines that would work: "A scientist hoping to learn about business development".',
        "Happy to adapt this into a shorter direct message as well.",
        "End of draft.",
        # An afterthought's opening does not hide a note to the writer.
        "Also, you might want to mention your certification in the second paragraph.",
        "One more thing: I can make it more formal if you'd like.",
    ],
)
def test_a_note_to_the_writer_below_the_signature_is_meta(note: str) -> None:
    text = letter(signoff="Best regards,\nAna Ruiz\n\n" + note)
    found = rules_of(text, meta)
    assert [f.rule for f in found] == ["meta"] and text[found[0].start : found[0].end].startswith(note[:20])


@pytest.mark.parametrize(
    "below",
    [
        "P.S. I loved the photo of your team at the marathon, you all looked so happy.",
        "Sent from my phone, so please forgive any typos.",
        "A note from me too: thank you for making Ana feel so welcome.",
        "Senior Analyst, Acme Health | ana.ruiz@example.com",
        # A postscript without its "P.S." (hf).
        "One more thing: I passed the exam you helped me prepare for.",
        "I should add that your example of the missing invoices is one I have since retold to half my team.",
    ],
)
def test_the_writers_own_lines_below_the_signature_are_not_meta(below: str) -> None:
    assert rules_of(letter(signoff="Best regards,\nAna Ruiz\n\n" + below), meta) == []


@pytest.mark.parametrize(
    "chatter",
    [
        "I am keen (you might swap 'keen' for 'eager' here if it feels too casual) to move into research.",
        "(Second paragraph, optional:)",
        "P.S. Just for you, not part of the email: I would keep 'Dr. Chen' for a first message.",
        "P.S. for you: if Tom has already emailed her, trim the first paragraph to a single line.",
        "The ask is phrased as a question rather than a request, which tends to get more replies from senior people.",
        "I took out the second request about visiting the office, since a single clear ask reads better.",
        "Tom Hale suggested I write (leading with his name tends to get a letter like this opened).",
        # Sixty-second round: a third author's asides and self-references.
        "I enjoyed our talk about recruitment (softened from your original wording) and took notes.",
        "I wanted to share my news (warmer than your first attempt, but still brief) with you.",
        "I found your point on alerting -- kept this specific so it does not sound generic -- most useful.",
        "If it needs to be punchier, this middle paragraph is the one to trim.",
        "The closing below mirrors the formality of the greeting.",
        "Rationale: naming the shared colleague early builds trust before the ask.",
    ],
)
def test_notes_to_the_writer_inside_the_letter_are_meta(chatter: str) -> None:
    assert {f.rule for f in rules_of(letter(BODY + "\n\n" + chatter), meta)} == {"meta"}


def test_prose_above_the_greeting_is_a_preamble_but_an_address_is_not() -> None:
    pitched = "Pitched in a formal register to match his seniority.\n\n" + letter()
    assert covers(pitched, rules_of(pitched, meta), "Pitched in a formal register")
    emailed = "Subject: A question\n\nPitched in a formal register to match his seniority.\n\n" + letter()
    assert covers(emailed, rules_of(emailed, meta), "Pitched in a formal register")
    address = "Flat 3, 12 Harbour Road, Leith, Edinburgh EH6 6JJ.\n14 March 2025.\n\n" + letter()
    assert rules_of(address, meta) == []
    # The letter's own parts named as the reader's are no remark to the writer.
    article = letter(BODY + "\n\nThe first paragraph of your article stayed with me, and so did your closing line.")
    assert rules_of(article, meta) == []


def test_thanks_opening_a_short_note_signed_with_a_bare_name_is_no_closing() -> None:
    text = ("Dear Dr. Chen,\n\nThanks for the meeting.\n\nI looked up the certificate afterwards. The next intake fits "
            "my schedule, so I am going to enrol.\nWhat you said about training new nurses matches what I expected.\n\n"
            "I will report back once the course starts.\n\nAna Ruiz")
    assert rules_of(text, salutation) == []
    assert rules_of(text, meta) == []
    # A closing "Thanks again," above the name is still the closing.
    closed = letter(BODY, signoff="Thanks again,\nAna Ruiz")
    assert rules_of(closed, salutation) == []


def test_changes_to_the_agenda_are_no_offer_to_revise() -> None:
    assert rules_of(letter(BODY + " Please let me know if you would like any changes to the agenda."), meta) == []


def test_a_number_in_a_note_to_the_writer_or_a_draft_label_is_no_claim() -> None:
    text = letter(signoff="Best regards,\nAna Ruiz\n\nI kept it under 150 words as you asked, so it reads quickly.")
    assert rules_of(text, grounding) == []
    assert rules_of("Draft 2 (more formal)\n\n" + letter(), grounding) == []


@pytest.mark.parametrize(
    "thanks",
    [
        "Those thanks belong to your colleague, who drove me back to the station.",
        "I fully appreciate that a director has very little spare time.",
        "I appreciate how much pressure a director is under this month.",
        "I'll save a proper thank-you for the end of the call.",
        "I'll skip the flattery and the usual paragraph of thank-yous.",
        "This isn't another thank-you note.",
        "If the results go my way, you'll get the first thank-you card I write.",
        "All credit, and my thanks, to the host of the podcast.",
        "Please thank your husband for the soup.",
        "I did make sure to thank your receptionist on my way out.",
        "My mum asked whether I'd remembered to thank you.",
    ],
)
def test_thanks_that_do_not_thank_the_reader(thanks: str) -> None:
    text = letter("I enjoyed your talk on research careers. " + thanks + " Would you be open to a short call?")
    assert [f.rule for f in rules_of(text, gratitude)] == ["gratitude"]


def test_ta_very_much_thanks_the_reader() -> None:
    text = letter("Ta very much for the tour on Friday. Would you be open to a short call?")
    assert rules_of(text, gratitude) == []


def test_a_point_about_what_writers_owe_readers_is_no_entitlement() -> None:
    text = letter(BODY + " Your point that in advocacy you owe the reader even more care with the facts stuck.")
    assert rules_of(text, politeness) == []


def test_please_kindly_give_me_some_advice_is_no_order() -> None:
    text = letter(BODY + " Please kindly give me some advice: how do nurses usually make this move?")
    assert rules_of(text, politeness) == []


def test_an_address_after_the_signature_name_is_not_the_name() -> None:
    text = letter(signoff="Best regards,\nAna Ruiz <ana.ruiz@example.org>")
    assert rules_of(text, salutation) == []


def test_a_clothing_size_is_no_invented_name() -> None:
    text = letter(BODY + " As promised, my T-shirt size for the volunteer crew is XL.")
    assert [f for f in rules_of(text, grounding) if "XL" in f.message] == []


def test_xx_before_of_the_and_a_plural_is_a_placeholder() -> None:
    text = letter(BODY + " XX of the pupils now come every week.")
    assert [f.rule for f in rules_of(text, placeholder)] == ["placeholder"]


CURT_BODY = (
    "Tom Hale suggested I write. I teach high-school science in Denver. I want to move into UX research. "
    "I want to learn how you moved from academia into industry research. I have read your papers. "
    "I run the science club. I also mark exams for the state board. I know the field a little. "
    "My students test apps for a local firm. I write up their findings each term.\n\n"
    "Can we do a 20-minute phone call in the next two weeks? I will call your office next Tuesday.\n\nThanks."
)


def test_a_clipped_letter_with_one_bare_thanks_reads_as_curt() -> None:
    # Short flat statements and a lone "Thanks.": no rude phrase, a fair score, but no courtesy to speak of.
    curt = letter(CURT_BODY, signoff="Ana Ruiz")
    (f,) = rules_of(curt, politeness)
    assert f.message.startswith("The letter reads as curt") and "words on average" in f.message
    # The same clipped sentences with courtesy in them (warm thanks, a hedged ask, a valediction) are plain, not curt.
    courteous = letter(
        CURT_BODY.replace("Can we do", "Would you be open to").replace(
            "Thanks.", "Thank you so much for considering it."
        ),
        signoff="Kind regards,\nAna Ruiz",
    )
    assert rules_of(courteous, politeness) == []
    # Long, unhurried sentences are not clipped, however little courtesy they carry.
    assert rules_of(letter(BODY.replace("Thank you for considering my request; I know how valuable your time is.",
                                        "Thanks."), signoff="Ana Ruiz"), politeness) == []
    # A note below its band is reported by ``length``; so little text is not judged for its tone.
    assert rules_of(letter("I teach science. I want to move into UX research. Can we talk?\n\nThanks.",
                           signoff="Ana Ruiz"), politeness) == []
    # The thresholds are the caller's to change (for a clipped letter with one courtesy strategy: thanks for something).
    thanked = letter(CURT_BODY.replace("Thanks.", "Thanks for reading."), signoff="Ana Ruiz")
    assert rules_of(thanked, politeness) != []
    assert rules_of(thanked, politeness, clipped_words=5.0) == []
    assert rules_of(thanked, politeness, min_courtesy=1) == []


def test_please_find_with_the_thing_sent_is_a_courtesy_formula() -> None:
    for sentence in ("Please find our organic certificate attached, as promised.", "Please find the notes below."):
        assert rules_of(letter(BODY + " " + sentence), politeness) == [], sentence
    (f,) = rules_of(letter(BODY + " Please find me a mentor on your team."), politeness)
    assert "order" in f.message


def test_a_surname_that_is_also_a_title_still_names_the_reader() -> None:
    req = REQUEST.model_copy(
        update={"recipient": REQUEST.recipient.model_copy(update={"name": "Laura Bishop", "salutation": "Dr. Bishop"})}
    )
    for greeting in ("Dear Dr. Bishop,", "Hi Laura,", "Hello Laura Bishop,"):
        assert rules_of(letter(greeting=greeting), salutation, request=req) == [], greeting
    # A title alone is still no name.
    (f,) = rules_of(letter(greeting="Dear Doctor,"), salutation, request=req)
    assert "generic" in f.message
    (f,) = rules_of(letter(greeting="Dear Dr. Bishup,"), salutation, request=req)
    assert "Bishop" in f.message


def test_a_conditional_expectation_of_a_reply_is_a_demand() -> None:
    (f,) = rules_of(letter(BODY + " I'd expect a quick reply given Tom Hale suggested it."), politeness)
    assert "demand" in f.message


def test_seasons_and_terms_are_counted_units() -> None:
    (f,) = rules_of(letter(BODY + " I have coached the team for six seasons."), grounding)
    assert "'six'" in f.message


def test_the_readers_part_laid_down_as_a_necessity_is_a_demand() -> None:
    (f,) = rules_of(letter(BODY + " On your side, the introduction to your team lead needs to happen this week."),
                    politeness)
    assert "demand" in f.message
    assert rules_of(letter(BODY + " On your side, nothing needs to be done before we talk."), politeness) == []


def test_a_bare_regards_is_no_courtesy_of_its_own() -> None:
    # A one-word "Regards," adds nothing to a clipped note with one "Thanks for ..."; "Kind regards," does.
    curt = letter(CURT_BODY.replace("Thanks.", "Thanks for reading."), signoff="Regards,\nAna Ruiz")
    assert [f.message.split(":")[0] for f in rules_of(curt, politeness)] == ["The letter reads as curt"]
    kind = letter(CURT_BODY.replace("Thanks.", "Thanks for reading."), signoff="Kind regards,\nAna Ruiz")
    assert rules_of(kind, politeness) == []


def test_ordinary_sentences_with_no_courtesy_at_all_read_as_curt() -> None:
    flat = (
        "Tom Hale suggested I write to you about your move from academia into industry research at Acme Health. "
        "I spent five years teaching high-school science in Denver and now want to move into UX research myself. "
        "I want to learn how you moved from academia into industry research and which skills mattered most then.\n\n"
        "Is a 20-minute phone call in the next two weeks possible for you and your team at Acme Health? "
        "I will call your office next Tuesday to find a time that fits with your schedule and your commitments.\n\n"
        "Thanks."
    )
    (f,) = rules_of(letter(flat, signoff="Ana Ruiz"), politeness)
    assert f.message == (
        "The letter reads as curt: no thanks for anything, no softened ask and no warm word or sign-off."
    )
    # A bare "Regards," adds no courtesy to ordinary sentences either (it did when a quick test of the letter's
    # words let any "regards" pass before the strategies were counted); "Kind regards," does.
    (f,) = rules_of(letter(flat, signoff="Regards,\nAna Ruiz"), politeness)
    assert f.message.startswith("The letter reads as curt")
    assert rules_of(letter(flat, signoff="Kind regards,\nAna Ruiz"), politeness) == []
    # One courtesy strategy is enough in sentences of ordinary length.
    assert rules_of(letter(flat.replace("Thanks.", "Thank you for considering it."), signoff="Ana Ruiz"),
                    politeness) == []


def test_an_ampersand_acronym_of_the_requests_words_is_no_invented_name() -> None:
    req = REQUEST.model_copy(update={"purpose": "learn how a safety rep becomes a health and safety advisor"})
    assert rules_of(letter(BODY + " I have been our site's H&S rep for a while."), grounding, request=req) == []
    (f,) = rules_of(letter(BODY + " I have been our site's P&L owner for a while."), grounding, request=req)
    assert "'P&L'" in f.message


def test_hoping_the_next_note_at_least_gets_a_reply_is_pressure() -> None:
    (f,) = rules_of(letter(BODY + " I never heard back about the article, so I hope this one at least gets a reply."),
                    politeness)
    assert "pressure" in f.message


def test_the_writers_own_care_to_read_is_no_demand() -> None:
    assert rules_of(letter(BODY + " If there are papers you'd recommend, I'll make sure to read them first."),
                    politeness) == []
    (f,) = rules_of(letter(BODY + " Make sure to read my portfolio before we speak."), politeness)
    assert "demand" in f.message or "order" in f.message


def test_the_writers_own_deadline_after_a_fronted_phrase_is_no_demand() -> None:
    own = " As promised, I am putting together my outline and will send it to you by the end of next week."
    assert rules_of(letter(BODY + own), politeness) == []
    (f,) = rules_of(letter(BODY + " As promised, please send me your notes by the end of next week."), politeness)
    assert "deadline" in f.message or "order" in f.message


def test_an_insert_here_of_something_to_write_is_a_note_to_the_writer() -> None:
    # "[insert recent project here]" asks the writer to compose something: a note to them and a slot.
    text = letter(BODY + " I have been applying the course at work on [insert recent project here].")
    assert [f.rule for f in rules_of(text, meta)] == ["meta"]
    assert [f.rule for f in rules_of(text, placeholder)] == ["placeholder"]
    # A value to fill in is a slot only.
    for slot in ("[insert date]", "[insert link to my portfolio here]", "[Insert specific project]"):
        assert rules_of(letter(BODY + f" My portfolio: {slot}."), meta) == [], slot


def test_an_insert_of_a_papers_title_is_a_note_to_the_writer() -> None:
    # The title of an article or report is something to look up and write, not a value to fill in.
    for note in ("[insert title of his recent article here]", "[insert the title of the report here]"):
        text = letter(BODY + f" I found your piece on {note} particularly useful.")
        assert [f.rule for f in rules_of(text, meta)] == ["meta"], note
    # The reader's job title is still a slot only.
    assert rules_of(letter(BODY + " You are the [insert title here] at Acme Health."), meta) == []


def test_an_order_verb_before_of_is_a_noun() -> None:
    # ko32: a line of duties opening "Review of ..." names a task; it orders nothing.
    duties = " Review of batch records, deviation investigations and supplier audits."
    assert rules_of(letter(BODY + duties), politeness, model_threshold=None) == []
    (f,) = rules_of(letter(BODY + " Review my batch records before we speak."), politeness, model_threshold=None)
    assert "order" in f.message
    # "Make sure of it" is still an order.
    (f,) = rules_of(letter(BODY + " Make sure of the date and send it to me."), politeness, model_threshold=None)
    assert "order" in f.message


@pytest.mark.parametrize(
    "rude",
    [
        # The reader's answer waited on, in the present (kn08's near misses).
        "I'm counting on a reply by the end of the month.",
        "I'm expecting an answer by the end of the month.",
        "I am making my decisions this week, so I'll need your answer by the end of the week.",
        "I'm putting together a business plan and I'll need your thoughts on it by the end of the month.",
    ],
)
def test_a_deadline_after_the_writers_own_step_in_another_clause_is_the_readers(rude: str) -> None:
    found = rules_of(letter(BODY + " " + rude), politeness, model_threshold=None)
    assert found and any("deadline" in f.message or "demand" in f.message for f in found), rude
    # The writer's own step with the deadline in its clause sets none on the reader.
    own = " I'm finishing my application by the end of the month, so any time before then would be ideal."
    assert rules_of(letter(BODY + own), politeness) == []


def test_thanks_before_a_clause_of_the_writers_own_still_thank_the_reader() -> None:
    # ku12: "Thanks, I suppose, for the time": grudging (politeness reports the tone), but thanks all the same.
    body = BODY.replace("Thank you for considering my request; I know how valuable your time is.",
                        "Thanks, I suppose, for the time.")
    assert rules_of(letter(body), gratitude) == []
    # Thanks to someone else named after the comma are not the reader's.
    other = body.replace("Thanks, I suppose,", "Thanks, Tom,")
    assert [f.rule for f in rules_of(letter(other), gratitude)] == ["gratitude"]


def test_a_capitalised_common_noun_or_rank_is_no_invented_name() -> None:
    # lj26, le14: "my X-ray diffraction analysis", "the Junior Actuarial Analyst position".
    for sentence in ("I am improving my X-ray diffraction analysis, as you suggested.",
                     "I would welcome the chance to hear how the Junior Analyst role differs from mine."):
        assert rules_of(letter(BODY + " " + sentence), grounding) == [], sentence
    # A name the request does not hold still is one.
    (f,) = rules_of(letter(BODY + " I am improving my analysis, as Priya Natarajan suggested."), grounding)
    assert "Priya Natarajan" in f.message


def test_cheers_for_and_nga_mihi_thank_the_reader() -> None:
    # lp19, lp12: "Cheers again for putting up with my endless questions", "Ngā mihi nui for your time".
    for thanks in ("Cheers again for putting up with my endless questions.",
                   "Ngā mihi nui for your time the other day."):
        body = BODY.replace("Thank you for considering my request; I know how valuable your time is.", thanks)
        assert rules_of(letter(body), gratitude) == [], thanks
    none = BODY.replace("Thank you for considering my request; I know how valuable your time is.", "Cheers.")
    assert [f.rule for f in rules_of(letter(none), gratitude)] == ["gratitude"]


def test_a_sign_off_with_the_name_the_request_says_the_sender_goes_by() -> None:
    # lp04, lp10, lp16: the sender "goes by Jo".
    req = LetterRequest.model_validate({
        "kind": "informational",
        "sender": {"name": "Joanna Przybylski", "background": "Freelance sound editor; goes by Jo."},
        "recipient": {"name": "Wei Chen", "salutation": "Dr. Chen"},
        "purpose": "learn how Dr. Chen moved into research", "ask": "a 20-minute phone call",
    })
    assert list(salutation(letter(signoff="Best,\nJo"), req, "informational")) == []
    (f,) = salutation(letter(signoff="Best,\nJess"), req, "informational")
    assert "Jess" in f.message


# The authors of lw (small models' drafts), ly (short notes) and lz (sign-offs).
def test_a_note_below_the_signature_is_no_order_to_the_reader() -> None:
    note = "Note: I assumed the meeting was a video call. Please adjust if needed."
    below = letter(signoff="Best regards,\nAna Ruiz\n\n" + note)
    assert rules_of(below, politeness) == []
    inside = letter(BODY + "\n\nPlease adjust your diary if needed.")
    assert [f.message for f in rules_of(inside, politeness)] == ["'Please adjust your' reads as an order."]


def test_an_instruction_left_unbracketed_is_a_placeholder_and_no_name() -> None:
    text = letter(BODY + "\n\nI think Insert achievement here could be a good example for a bid one day.")
    assert [f.message for f in rules_of(text, placeholder)] == ["Unfilled placeholder 'Insert achievement here'."]
    assert rules_of(text, grounding) == []
    plain = letter(BODY + "\n\nI think my youth football sessions could be a good example for a bid one day.")
    assert rules_of(plain, placeholder) == []


def test_common_technical_acronyms_are_no_invented_names() -> None:
    text = letter(BODY + "\n\nI now check the phase before touching any EQ, and the EPR work on the ward feels new.")
    assert rules_of(text, grounding) == []
    # A skill the request never gives is still a fact to check.
    skill = letter(BODY + "\n\nI have also taught myself SQL in the evenings.")
    assert [f.message for f in rules_of(skill, grounding)] == [
        "The name 'SQL' appears nowhere in the request and may be invented."
    ]


def test_a_short_note_signed_with_the_full_name_on_its_last_line() -> None:
    request = REQUEST.model_copy(update={"kind": "thank_you"})
    note = ("Hi Maria,\nThanks a million for Monday, the usability demo was brilliant and I learned loads. Really "
            "appreciate your time.\nAna Ruiz\n")
    assert rules_of(note, salutation, request, "thank_you") == []
    # A last line that is not the sender's name is still no signature.
    other = note.replace("Ana Ruiz", "Tom Hale")
    assert [f.message for f in rules_of(other, salutation, request, "thank_you")] == [
        "The letter is signed 'Tom Hale', not with the sender's name, Ana Ruiz."
    ]


def test_a_shortened_given_name_is_the_senders() -> None:
    request = REQUEST.model_copy(update={"sender": REQUEST.sender.model_copy(update={"name": "Joanna Kerr"})})
    assert rules_of(letter(signoff="Warmly,\nJo"), salutation, request) == []
    # One letter short is another name ("Daniel" for Daniela), not a short form.
    request = REQUEST.model_copy(update={"sender": REQUEST.sender.model_copy(update={"name": "Daniela Ferraro"})})
    assert [f.message for f in rules_of(letter(signoff="Best,\nDaniel"), salutation, request)] == [
        "The letter is signed 'Daniel', not with the sender's name, Daniela Ferraro."
    ]


# The authors of ma (a closing shouted), md (referrers named in other words) and mb (the seasons of the work).
def test_a_closing_with_marks_still_signs() -> None:
    text = letter(signoff="Thanks again!!\n\nAna Ruiz")
    assert rules_of(text, salutation) == []
    assert [f.message for f in rules_of(letter(signoff="Thanks again!!"), salutation)] == [
        "The sign-off is not followed by the sender's name."
    ]


def test_a_request_persons_given_name_shortened_or_their_rank_is_no_invented_name() -> None:
    assert REQUEST.referrer is not None
    request = REQUEST.model_copy(update={"referrer": REQUEST.referrer.model_copy(update={"name": "Patricia Hale"})})
    text = letter(BODY.replace("Tom Hale, my former colleague,", "My old colleague Pat Hale, or Commander Hale,"))
    assert rules_of(text, grounding, request) == []
    # A short name of nobody in the request is still a new name.
    assert [f.message for f in rules_of(text, grounding)] == [
        "The name 'Pat' appears nowhere in the request and may be invented."
    ]


def test_seasons_set_side_by_side_are_no_dates() -> None:
    text = letter(BODY + "\n\nYour planting copes with drought in summer and flooding in winter.")
    assert rules_of(text, grounding) == []
    dated = letter(BODY + "\n\nYour planting trials open in summer.")
    assert [f.message for f in rules_of(dated, grounding)] == [
        "The date 'summer' appears nowhere in the request and may be invented."
    ]


# The author of mj (text-message style): greetings, emoji and acronyms.
def test_yo_greets_the_reader_by_name() -> None:
    assert rules_of(letter(greeting="yo Maria"), salutation) == []
    assert [f.message for f in rules_of(letter(greeting="yo"), salutation)] == [
        "The greeting 'yo' does not name the reader."
    ]


def test_an_emoji_ends_a_sentence_so_the_next_word_is_no_name() -> None:
    text = letter(BODY + "\n\nI run the repair corner at our shop now 🎉 Fixing bearings all day, and I burn CDs.")
    assert rules_of(text, grounding) == []
    named = text.replace("Fixing bearings", "Fixing bearings with Dario")
    assert [f.message for f in rules_of(named, grounding)] == [
        "The name 'Dario' appears nowhere in the request and may be invented."
    ]


# The author of mw (chat models' leftovers).
def test_a_second_version_an_optional_line_and_good_luck_below_the_name_are_chatter() -> None:
    version = letter(signoff="Best regards,\nAna Ruiz\n\nVersion 2 (shorter):\n\nDear Dr. Chen, a quick note. Ana")
    assert [f.message for f in rules_of(version, meta)] == [
        "Model chatter in the letter (a note to the writer): 'Version 2 (shorter):'."
    ]
    optional = letter(BODY + "\n\n[Optional: add a line about a project you are proud of]")
    assert [f.message for f in rules_of(optional, meta)] == [
        "Model chatter in the letter (a note to the writer): '[Optional:'."
    ]
    luck = letter(signoff="Best regards,\nAna Ruiz\n\nGood luck with your outreach!")
    assert [f.rule for f in rules_of(luck, meta)] == ["meta"]
    # The letter's own words below the name are not chatter.
    assert rules_of(letter(signoff="Best regards,\nAna Ruiz\nVersion control lead, Acme Health"), meta) == []


def test_options_offered_to_the_reader_are_no_second_draft() -> None:
    text = letter(BODY + "\n\nOption 1: a call on Tuesday\nOption 2: coffee on Friday")
    assert rules_of(text, meta) == []


def test_a_template_sent_as_promised_is_the_writers_own() -> None:
    # na09: the writer's own item, pasted in, is no model preamble.
    sent = letter(BODY + "\n\nHere is my tasting notes template, as promised.")
    assert rules_of(sent, meta) == []
    preamble = letter(BODY + "\n\nHere is a template you can adapt.")
    assert [f.rule for f in rules_of(preamble, meta)] == ["meta"]


def test_a_question_after_a_company_abbreviation_ends_the_sentence() -> None:
    # nn08: "at Lantern Brewing Co.? Even a short chat" ran on as one sentence, so "Even" read as a name.
    request = LetterRequest.model_validate({
        "kind": "introduction", "sender": {"name": "Aylin Yildiz"},
        "recipient": {"name": "Sam Whitaker", "salutation": "Sam", "organization": "Lantern Brewing Co."},
        "referrer": {"name": "Ines Bauer"}, "purpose": "learn how brewers train",
        "ask": "an introduction to one of the brewers",
    })
    text = letter("Ines Bauer suggested I write. Would you introduce me to one of the brewers at Lantern Brewing Co.? "
                  "Even a short chat would help. Thank you for your time.", greeting="Hi Sam,",
                  signoff="Best,\nAylin Yildiz")
    assert rules_of(text, grounding, request, "introduction") == []
    sentences = [text[s:e] for s, e in analyze(text).sentences]
    assert "Even a short chat would help." in sentences
    # An abbreviation's full stop alone still ends nothing: "Dr. Okafor" is one sentence with what follows.
    met = "I met Dr. Okafor today. Was it Acme Co.? Yes."
    assert [met[s:e] for s, e in analyze(met).sentences] == ["I met Dr. Okafor today.", "Was it Acme Co.?", "Yes."]


def test_a_please_with_two_fillers_reads_what_follows() -> None:
    # nr19: "Please do also keep me in mind": the courtesy after two fillers, as after one.
    assert rules_of(letter(BODY + " Please do also keep me in mind for the volunteer rota."), politeness) == []
    (order,) = rules_of(letter(BODY + " Please do also send me the rota."), politeness)
    assert "order" in order.message


def test_a_title_line_above_the_senders_name_signs_the_letter() -> None:
    # ny02: "Kind regards," then "Shift Supervisor" then "Callum Fraser".
    assert rules_of(letter(signoff="Kind regards,\n\nShift Supervisor\nAna Ruiz"), salutation) == []
    # The referrer's name above the sender's is no title.
    (f,) = rules_of(letter(signoff="Kind regards,\nTom Hale\nAna Ruiz"), salutation)
    assert "Tom Hale" in f.message


def test_the_writers_own_clause_before_a_comma_is_no_fronted_clause() -> None:
    # nv22: "Once it arrives I'll work through it, and then share what I've done with you".
    text = letter(BODY + " Once the manual arrives I'll work through it, and then share my notes with you.")
    assert rules_of(text, politeness) == []
    (order,) = rules_of(letter(BODY + " Once the manual arrives, share it with my team."), politeness)
    assert "order" in order.message


def test_hoping_the_letter_shows_who_the_writer_is_is_no_chatter() -> None:
    # pc15: the writer to the reader, not a model to the writer.
    assert rules_of(letter(BODY + " I hope this gives you a sense of who I am and where I hope to go."), meta) == []
    (f,) = rules_of(letter(BODY + " I hope this gives you a good starting point."), meta)
    assert "remark to the writer" in f.message

"""The content rules: purpose, resume-dump, referral, job-ask, follow-up, and their matching helpers."""

from __future__ import annotations

import time
from typing import Any

import pytest

from netdraft import LetterRequest
from netdraft.report import Finding
from netdraft.rules import Skip
from netdraft.rules._match import content_tokens, edit_distance, mentions, stem
from netdraft.rules._text import analyze
from netdraft.rules.followup import follow_up
from netdraft.rules.jobask import job_ask
from netdraft.rules.politeness import politeness
from netdraft.rules.purpose import purpose
from netdraft.rules.referral import referral
from netdraft.rules.resume import resume_dump


def make(**over: Any) -> LetterRequest:
    base: dict[str, Any] = {
        "kind": "informational",
        "sender": {"name": "Ana Ruiz", "background": "Eight years teaching middle-school science."},
        "recipient": {"name": "Maria Chen", "salutation": "Ms. Chen", "organization": "Shopify"},
        "purpose": "learn how Maria moved from teaching into UX research",
        "ask": "a 20-minute phone call",
    }
    base.update(over)
    return LetterRequest.model_validate(base)


def letter(*paragraphs: str, greet: str = "Dear Ms. Chen,", sign: str = "Best regards,\nAna Ruiz") -> str:
    return "\n\n".join((greet, *paragraphs, sign)) + "\n"


GOOD = letter(
    "Sam Patel, my former colleague, suggested I write to you. I taught middle-school science for "
    "eight years and I am now exploring user research.",
    "I'd love to hear how you made the jump from the classroom to user research, and what helped most along the way.",
    "Would you have twenty minutes for a call in the coming weeks? I'll give your office a ring on "
    "Tuesday to see what suits you.",
    "Thank you for considering it.",
)


def errors(findings: Any) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


# ---------------------------------------------------------------------------------------------
# Matching helpers


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("teaching", "teacher"),
        ("moved", "moving"),
        ("roles", "role"),
        ("minutes", "mins"),
        ("CV", "resume"),
        ("supplies", "supply"),
        ("twenty", "20"),
        ("engineering", "engineers"),
        # "-ate" verbs and their "-ation" nouns.
        ("graduation", "graduate"),
        ("graduating", "graduation"),
        ("negotiated", "negotiation"),
        ("appreciates", "appreciation"),
        ("immediately", "immediate"),
        ("treated", "treat"),
        ("decision", "decided"),
        ("both", "two"),
        # Irregular past tenses: "not sitting next to you on the QA team" for "they sat together on the QA team".
        ("sat", "sitting"),
        ("kept", "keeps"),
        ("took", "taking"),
        ("paid", "paying"),
        ("bought", "buying"),
    ],
)
def test_stem_maps_forms_together(a: str, b: str) -> None:
    assert stem(a.lower()) == stem(b.lower())


def test_words_whose_stem_is_a_stop_word_still_count() -> None:
    # "note" stems to "not", "evening" to "even", "openings" to "open": all stop words.
    kept = [st for st, _, _ in content_tokens("I will send a note about the evening openings and the letters")]
    assert {"note", "evening", "opening", "letter"} <= set(kept)
    assert stem("notes") == stem("note") == stem("noted")


def test_edit_distance_counts_transpositions_once() -> None:
    assert edit_distance("patel", "patle") == 1
    assert edit_distance("patel", "patal") == 1
    assert edit_distance("patel", "jordan") == 3


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("a 20-minute phone call", "Would you have twenty minutes for a call?", True),
        ("a 20-minute phone call", "Could we have a short chat by phone?", True),
        ("a 20-minute phone call", "Could you review my portfolio?", False),
        ("call the office next Tuesday", "I'll give your office a ring on Tuesday.", True),
        ("call the office next Tuesday", "I'll give your office a ring on Thursday.", False),
        (
            "your talk on supply-chain resilience at the ASCM conference",
            "I attended your session on resilient supply chains at ASCM.",
            True,
        ),
        ("learn how Maria moved from teaching into UX research", "I enjoyed the conference.", False),
    ],
)
def test_mentions_in_substance(phrase: str, text: str, expected: bool) -> None:
    assert mentions(text, phrase, ignore=("maria", "chen")) is expected


# ---------------------------------------------------------------------------------------------
# purpose


def test_purpose_paraphrase_passes() -> None:
    assert errors(purpose(GOOD, make(), "informational")) == []


def test_the_readers_group_is_their_department() -> None:
    # "learn about the department's work on air pollution" is stated by "I have long admired your department's
    # work on air pollution ... I would love to learn more about the questions your group is pursuing".
    req = make(purpose="learn about the department's work on air pollution", ask="a conversation over coffee")
    text = letter(
        "Sam Patel suggested I get in touch. I have long admired your department's work on air pollution and child "
        "health. I would love to learn more about the questions your group is pursuing.",
        "Would you be open to a conversation over coffee?",
    )
    assert errors(purpose(text, req, "informational")) == []


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        # The purpose drifts: the letter wants something else.
        (
            "I am hoping to learn about the product management jobs at Shopify. Would you have twenty "
            "minutes for a call?",
            "purpose",
        ),
        # Background next to an unrelated wish is not a statement of purpose.
        (
            "I taught science for eight years and am now exploring user research. I'd love to hear about "
            "your favourite books. Would you have twenty minutes for a call?",
            "purpose",
        ),
        # The ask drifts: something else is asked for.
        (
            "I'd love to hear how you moved from the classroom into UX research. Could you review my "
            "portfolio and send me your comments?",
            "ask",
        ),
        # A call mentioned outside any request is no ask.
        (
            "I'd love to hear how you moved from the classroom into UX research. A friend told me about "
            "your call with her last spring.",
            "ask",
        ),
    ],
)
def test_purpose_drift_fails(body: str, missing: str) -> None:
    req = make()
    found = errors(purpose(letter(body), req, "informational"))
    assert len(found) == 1
    f = found[0]
    assert (f.rule, f.severity, f.start, f.end) == ("purpose", "error", 0, 0)
    if missing == "ask":
        assert "20-minute phone call" in f.hint
    else:
        assert "moved from teaching into UX research" in f.hint


@pytest.mark.parametrize(
    "ask_sentence",
    [
        "Would you be open to a quick phone conversation of about 20 minutes?",
        "I would be grateful if we could speak by phone for twenty minutes.",
        "Could we set up a brief call sometime next week?",
        "If you have 20 minutes to spare, I would welcome a phone call.",
        "I really do need a 20-minute phone call with you soon.",
    ],
)
def test_ask_forms(ask_sentence: str) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research. " + ask_sentence)
    assert errors(purpose(text, make(), "informational")) == []


def test_a_call_booked_into_the_readers_calendar_is_the_ask_made() -> None:
    # Presumptuous (``politeness`` says so), but the 20-minute call is asked for.
    text = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "I've already put a 20-minute phone call in your calendar for next week.",
    )
    assert errors(purpose(text, make(), "informational")) == []


@pytest.mark.parametrize(
    ("ask", "sentences"),
    [
        (
            "an introduction to her colleague Samuel Ferreira, who leads the seating workshop",
            (
                "I understand that Samuel Ferreira leads the seating workshop.",
                "Would you be willing to introduce me to him?",
            ),
        ),
        (
            "her advice on whether to take the full certification now or the shorter course first",
            (
                "I could commit now to the full certification, or begin with the shorter course.",
                "Given your experience, which route would you advise?",
            ),
        ),
    ],
)
def test_an_ask_that_names_its_object_by_a_pronoun(ask: str, sentences: tuple[str, ...]) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.", *sentences)
    assert errors(purpose(text, make(ask=ask), "informational")) == []


def test_an_ask_is_not_met_by_its_relative_clause_or_a_number() -> None:
    # Coffee "near the court one afternoon" is not the introduction to the colleague who books the court.
    req = make(ask="an introduction to his colleague Farida Nasser, who coordinates the court's interpreter bookings")
    text = letter(
        "I'd love to learn how the courts assess interpreters and decide whom to book.",
        "Would you be willing to meet me for a coffee near the court one afternoon?",
    )
    messages = [f.message for f in errors(purpose(text, req, "informational"))]
    assert "The letter never makes the specific ask." in messages


def test_an_ask_offering_a_choice_is_met_by_either() -> None:
    req = make(ask="to shadow her for half a day on inspections, or otherwise a short phone call")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "If shadowing is not possible, a brief phone conversation would be just as welcome.",
        "Thank you.",
    )
    assert errors(purpose(text, req, "informational")) == []
    vague = letter("I hope to learn how Maria moved from teaching into UX research.", "I hope we stay in touch.")
    assert [f.message for f in errors(purpose(vague, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]


def test_a_reminder_of_a_past_conversation_does_not_ask_for_one() -> None:
    req = make(ask="a 20-minute phone call")
    aim = "I hope to learn how Maria moved from teaching into UX research."
    reminder = "You may remember speaking with me for my article on school technology."
    found = [f.message for f in errors(purpose(letter(reminder, aim, "Thank you."), req, "informational"))]
    assert found == ["The letter never makes the specific ask."]
    asked = letter(reminder, aim, "Might you have time for a 20-minute phone call?")
    assert errors(purpose(asked, req, "informational")) == []


@pytest.mark.parametrize(
    "aim",
    [
        "I am a financial auditor, and I do not know well which skills ESG teams look for in auditors.",
        "I am a financial auditor, and I know little of which skills ESG teams look for in auditors.",
        "I am a financial auditor, and I would very much value learning which skills ESG teams look for in auditors.",
        "I am a financial auditor, and the work has made me curious about which skills ESG teams look for in "
        "auditors.",
        # (fi)
        "I am a financial auditor, and over the past months I have become curious about which skills ESG teams look "
        "for in auditors.",
    ],
)
def test_what_the_writer_knows_little_of_states_the_aim(aim: str) -> None:
    req = make(purpose="learn which skills ESG teams look for in auditors")
    text = letter(aim, "Would you be willing to have a 20-minute phone call?", "Thank you.")
    assert errors(purpose(text, req, "informational")) == [], aim


def test_a_hope_for_the_ask_states_it_and_does_not_ask_it() -> None:
    # Six authors of measurement rounds wrote "I am hoping for a short meeting" as a bare statement of the ask.
    req = make(ask="a 20-minute phone call")
    aim = "I hope to learn how Maria moved from teaching into UX research."
    for hope in (
        "I am hoping for a 20-minute phone call at some point, whenever your schedule is lighter.",
        "I was hoping to have a 20-minute phone call with you at some point.",
        "What I'm hoping for is a 20-minute phone call.",
        "For this purpose, my hope would be a 20-minute phone call with you, when your calendar allows it.",
    ):
        found = [f.message for f in errors(purpose(letter(aim, hope, "Thank you."), req, "informational"))]
        assert found == ["The letter never makes the specific ask."], hope
    # A hope that puts the ask to the reader still asks.
    for asked in (
        "I'm hoping you could spare 20 minutes for a phone call.",
        "I hope you might have time for a 20-minute phone call.",
        "I was hoping to ask whether you would have time for a 20-minute phone call.",
    ):
        assert errors(purpose(letter(aim, asked, "Thank you."), req, "informational")) == [], asked


def test_an_ask_with_a_stated_preference_is_met_without_it() -> None:
    req = make(ask="A 20-minute phone call, ideally on a Wednesday afternoon when his lectures finish early.")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "Would you be willing to spare 20 minutes for a phone call? Any afternoon suits me.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_a_purpose_stated_as_what_the_writer_does_not_know() -> None:
    req = make(purpose="understand whether clinical informatics is a realistic move for a nurse")
    text = letter(
        "Clinical informatics keeps coming up, but I don't know whether it is a realistic move for a nurse.",
        "Would you have twenty minutes for a phone call?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_background_about_learning_is_not_a_stated_purpose() -> None:
    req = make(purpose="learn how oyster farms decide where to expand")
    text = letter(
        "I spent a year at a hatchery, learning more than I expected about how fussy young oysters are.",
        "Would you have time for a 20-minute phone call?",
    )
    assert [f.message for f in errors(purpose(text, req, "informational"))] == [
        "The letter never says what you hope to gain from the conversation."
    ]


def test_your_talk_is_a_presentation_not_the_call_asked_for() -> None:
    req = make(ask="a 20-minute video call")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research, and your talk was the clearest "
        "picture I have had of that work.",
        "Thank you for a useful session.",
    )
    found = [f.message for f in errors(purpose(text, req, "informational"))]
    assert found == ["The letter never makes the specific ask."]


def test_a_purpose_with_two_aims_is_met_by_the_second() -> None:
    req = make(
        purpose="Introduce herself as a new member of the guild and learn how he built his conservation practice."
    )
    text = letter(
        "I am especially keen to learn how you built your conservation practice.",
        "Would you have time for a 20-minute phone call?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_an_ask_that_points_back_with_a_pronoun() -> None:
    req = make(ask="Feedback on a sample privacy impact assessment she wrote for her course.")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "For my final assignment I wrote a sample privacy impact assessment. I would like to know whether it meets "
        "the standard. Would you be willing to give me some feedback on it?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_an_ask_made_as_a_demand_is_still_the_ask() -> None:
    # Rude, and the politeness rule says so; but the coffee is asked for.
    req = make(ask="A coffee near her office.")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "I'm counting on you to find time for a coffee near your office.",
    )
    assert [f.message for f in errors(purpose(text, req, "informational"))] == []


def test_i_am_requesting_a_call_is_the_ask() -> None:
    req = make(ask="A 20-minute phone call this month.")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "I am requesting a 20-minute phone call this month, at any time that suits you.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_i_need_a_call_is_a_rude_ask_but_an_ask() -> None:
    req = make(ask="a 20-minute call")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.", "I need a 20-minute call with you this week."
    )
    assert errors(purpose(text, req, "informational")) == []


def test_an_ask_whose_date_is_named_by_then() -> None:
    req = make(ask="a coffee in London before 14 May")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "I am only in London until 14 May. Would you be free for a coffee before then?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_what_i_need_from_you_is_a_rude_ask_but_an_ask() -> None:
    req = make(ask="a 15-minute phone call")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "What I need from you is a 15-minute phone call before the end of next week.",
    )
    assert errors(purpose(text, req, "informational")) == []


@pytest.mark.parametrize(
    "reported",
    [
        "Sam said you would be the right person to speak to about research careers.",
        # kp06: the modal after what the referrer said the reader does.
        "Sam mentioned that you run the research team at Acme Health and might be a good person to speak to.",
    ],
)
def test_what_the_referrer_said_of_the_reader_is_no_ask(reported: str) -> None:
    # "said you would be the right person to speak to" reports a view; the conversation is never asked for.
    req = make(ask="a 20-minute conversation by phone")
    text = letter(
        f"{reported} I hope to learn how Maria moved from teaching into UX research.",
        "I look forward to following your work.",
    )
    assert [f.message for f in errors(purpose(text, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]
    # The same report followed by the ask made.
    asked = text.replace("I look forward to following your work.",
                         "Would you be open to a 20-minute conversation by phone?")
    assert errors(purpose(asked, req, "informational")) == []


@pytest.mark.parametrize(
    "request_sentence",
    [
        # For somebody else.
        "My manager is leading our first project. Would you be willing to have a 20-minute phone call with her?",
        "Would you be open to a 20-minute phone call with some of our society's committee members?",
        # Presumed.
        "When we speak on the phone for 20 minutes, I would love to hear how the first year went.",
        "Would you be willing to meet a few of our first-year members for a 20-minute phone call?",
        # Put off.
        "Once my course is over, I may get in touch again to ask whether you would have time for a 20-minute "
        "phone call.",
        # Withdrawn, or left to somebody else to ask.
        "I had intended to ask whether you might spare me a 20-minute phone call. On reflection, I know how many "
        "people must write to you, so I will not add to your load.",
        "I had hoped we might have a 20-minute phone call at some point, but Sam explained how stretched things "
        "are, so I will not ask for that.",
        "Sam has kindly offered to ask you separately whether a 20-minute phone call might be possible, so I will "
        "leave that with him.",
        # The reader's talk with somebody else (ie11): "speak" is a word of the call, but not the writer's.
        "Could you point me to a few reports? Please pass on my regards to Sam if you speak to her.",
        "Could you point me to a few reports? Please say hello to Sam when you next talk to him.",
    ],
)
def test_an_ask_for_somebody_else_presumed_or_put_off_is_not_made(request_sentence: str) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research. " + request_sentence)
    found = errors(purpose(text, make(), "informational"))
    assert len(found) == 1 and "20-minute phone call" in found[0].hint
    asked = letter("I'd love to hear how you moved from the classroom into UX research. Would you be open to a "
                   "20-minute phone call with me?")
    assert errors(purpose(asked, make(), "informational")) == []


def test_an_acronym_stands_for_the_requests_words() -> None:
    req = make(purpose="hear how Maria moved from backend work into reliability engineering",
               sender={"name": "Ana Ruiz", "goal": "Move into site reliability engineering."})
    text = letter("I'd love to hear how you moved into SRE, and what surprised you.",
                  "Would you have twenty minutes for a phone call?")
    assert errors(purpose(text, req, "informational")) == []
    other = text.replace("SRE", "QA")
    assert [f.message for f in errors(purpose(other, req, "informational"))] == [
        "The letter never says what you hope to gain from the conversation."
    ]


def test_two_capitals_stand_for_no_words_of_the_request() -> None:
    # "PR" could spell "product recall", a topic: two letters spell too many runs to say which.
    meeting = {"topics": ["handling the press during a product recall"], "action_items": []}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation.", "I have joined the PR society you mentioned.")
    assert [f.message for f in errors(follow_up(text, req, "follow_up"))] == [
        "The letter does not recap anything you discussed."
    ]


def test_an_ask_pointing_back_needs_more_than_a_soft_word_from_before() -> None:
    req = make(ask="a short coffee in Dublin")
    text = letter(
        "I am trying to understand how Maria moved from teaching into UX research, with very little to show.",
        "So I will simply say that I would value your perspective, and I hope our paths cross in Dublin.",
    )
    assert [f.message for f in errors(purpose(text, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]


def test_a_connection_through_a_named_band_is_stated() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               connection="they played together in a band called The Paper Moons at university")
    text = letter("I found a flyer from one of our old gigs with The Paper Moons at university.",
                  "I teach music these days, and the old songs still come up.")
    assert errors(referral(text, req, "keep_in_touch")) == []
    missing = errors(referral(letter("I teach music these days."), req, "keep_in_touch"))
    assert len(missing) == 1 and "a band called The Paper Moons" in missing[0].hint  # the request's words


@pytest.mark.parametrize(
    ("connection", "named", "unnamed"),
    [
        # il19: a guest appearance on a podcast is its episode.
        ("his guest appearance on the Electrify podcast talking about overhead line design",
         "I really enjoyed your episode of the Electrify podcast, especially the part on overhead line design.",
         "I really enjoyed your talk on overhead line design."),
        # il27: a publication named by its name, without its owner or its kind.
        ("his article in the Nautical Institute's Seaways magazine on training new harbour pilots",
         "I still have a copy of your piece in Seaways on training new harbour pilots pinned above my desk.",
         "I have been reading about training new harbour pilots."),
        # es28: with no name, the kind is what the connection names.
        ("follows his newsletter on data visualisation",
         "I've been reading your newsletter on data visualisation for a while.",
         "I've been reading about data visualisation for a while."),
    ],
)
def test_a_connection_through_a_show_or_a_publication(connection: str, named: str, unnamed: str) -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, connection=connection)
    assert errors(referral(letter(named, "I teach music these days."), req, "keep_in_touch")) == []
    assert len(errors(referral(letter(unnamed, "I teach music these days."), req, "keep_in_touch"))) == 1


def test_a_few_lines_by_email_would_be_of_real_help_is_the_ask() -> None:
    req = make(ask="a brief conversation, or a few lines by email if that is easier")
    text = letter(
        "I would be grateful to understand how Maria moved from teaching into UX research.",
        "I know your time is precious, so if a brief conversation is not practical, even a few lines by email "
        "would be of real help.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_an_alumnus_states_a_connection_of_alumni() -> None:
    # The university is also the writer's own story: the connection is the shared alumni status.
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               sender={"name": "Ana Ruiz", "background": "Agronomy graduate of the Universidade Federal de Viçosa."},
               connection="both are alumni of the Universidade Federal de Viçosa")
    text = letter("Like you, I am an alumnus of the Universidade Federal de Viçosa, and I wanted to share some news.")
    assert errors(referral(text, req, "keep_in_touch")) == []
    other = text.replace("an alumnus of the Universidade Federal de Viçosa", "a keen reader of your blog")
    assert len(errors(referral(other, req, "keep_in_touch"))) == 1


def test_a_referrers_professional_title_is_no_part_of_the_name() -> None:
    req = make(referrer={"name": "Engr. Chukwudi Okeke", "relationship": "my supervisor"})
    text = letter("You may remember that Engr. Chukwudi Okeke, my former supervisor, suggested that I write to you.")
    assert errors(referral(text, req, "informational")) == []
    misspelt = text.replace("Okeke", "Okoke")
    assert len(errors(referral(misspelt, req, "informational"))) == 1


def test_a_referrer_who_spoke_highly_of_the_reader_asks_for_no_call() -> None:
    req = make(ask="a brief phone call", purpose="learn what the step from team leader to manager involves")
    praise = letter(
        "I would like to learn what the step from team leader to manager really involves.",
        "Sam spoke very highly of the way you run the home and I would be interested to hear how you approached it.",
    )
    assert [f.message for f in errors(purpose(praise, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]
    asked = praise.replace("Sam spoke very highly of the way you run the home and I", "Could we speak briefly by "
                           "phone? I")
    assert errors(purpose(asked, req, "informational")) == []


def test_a_short_talk_to_give_is_not_the_short_call_asked_for() -> None:
    req = make(ask="a short video call", purpose="learn how developers move into developer relations")
    talk = letter(
        "I would love to learn how developers move into developer relations and what the work involves.",
        "Would you be willing to come and give a short talk at one of our meetups about your path?",
    )
    assert [f.message for f in errors(purpose(talk, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]
    call = talk.replace("come and give a short talk at one of our meetups", "have a short video call")
    assert errors(purpose(call, req, "informational")) == []


def test_an_assistant_may_ask_for_a_call_with_the_writer() -> None:
    text = letter(
        "I am writing on behalf of Ana Ruiz, whose diary I keep. She would love to hear how you moved from the "
        "classroom into UX research. Would you be open to a 20-minute phone call with her?",
        sign="Best regards,\nSam Lee\nAssistant to Ana Ruiz",
    )
    assert errors(purpose(text, make(), "informational")) == []


def test_purpose_only_for_advice_letters_and_skips_without_request() -> None:
    assert list(purpose("Hi", make(), "thank_you")) == []
    with pytest.raises(Skip):
        list(purpose("Hi", None, "informational"))


# ---------------------------------------------------------------------------------------------
# referral

REFERRED = {"referrer": {"name": "Sam Patel", "relationship": "my former colleague"}}


@pytest.mark.parametrize(
    "opening",
    [
        "Sam Patel suggested I write to you.",
        "Sam suggested I write to you.",
        "Mr. Patel, my former colleague, suggested I contact you.",
        "At Sam Patel's suggestion, I am writing to introduce myself.",
        "I write at Canon Patel's suggestion.",
    ],
)
def test_referrer_named(opening: str) -> None:
    assert list(referral(letter(opening + " I teach science."), make(**REFERRED), "informational")) == []


def test_referrer_misspelt_is_an_error_on_the_word() -> None:
    text = letter("Sam Patal suggested I write to you.")
    found = errors(referral(text, make(**REFERRED), "informational"))
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "Patal"
    assert "Sam Patel" in found[0].hint


@pytest.mark.parametrize(
    ("referrer", "opening"),
    [
        ("Seán O'Connell", "Sean O'Connell, my editor, suggested I write to you."),  # accent dropped
        ("Seán O'Connell", "Seán suggested I write to you."),
        ("Ambrose Fennimore", "Chef Fennimore, who runs our kitchen, insisted that I write to you."),
        ("María-José de la Cruz", "María de la Cruz, my tutor, suggested I write to you."),  # short form
        ("María-José de la Cruz", "Professor de la Cruz suggested I write to you."),
    ],
)
def test_referrer_named_with_accents_and_particles(referrer: str, opening: str) -> None:
    req = make(referrer={"name": referrer})
    assert errors(referral(letter(opening + " I teach science."), req, "informational")) == []


@pytest.mark.parametrize(
    ("referrer", "opening", "wrong"),
    [
        ("Seán O'Connell", "Seamus O'Connell, my editor, suggested I write to you.", "Seamus"),
        ("María-José de la Cruz", "María-Luisa de la Cruz, my tutor, suggested I write.", "María-Luisa"),
    ],
)
def test_another_given_name_before_the_surname_is_an_error(referrer: str, opening: str, wrong: str) -> None:
    text = letter(opening + " I teach science.")
    (found,) = errors(referral(text, make(referrer={"name": referrer}), "informational"))
    assert text[found.start : found.end] == wrong
    assert referrer in found.message and referrer in found.hint


def test_other_person_credited() -> None:
    text = letter("Jordan suggested I write to you about your work in UX research.")
    found = errors(referral(text, make(**REFERRED), "informational"))
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "Jordan"
    assert "Sam Patel" in found[0].hint and "first paragraph" in found[0].hint


def test_referrer_missing_and_shared_first_name_does_not_count() -> None:
    req = make(referrer={"name": "Ana Lopez"})  # the sender is Ana Ruiz and signs "Ana"
    found = errors(referral(letter("I found your profile online.", sign="Best,\nAna"), req, "informational"))
    assert len(found) == 1 and (found[0].start, found[0].end) == (0, 0)
    assert "Ana Lopez" in found[0].hint


def test_referrer_named_in_a_greeting_run_into_the_first_sentence() -> None:
    text = (
        "hi Ms. Chen hope your doing well my name is Ana and Sam Patel my old colleague said i should write "
        "to u. thanks!\nAna"
    )
    assert errors(referral(text, make(**REFERRED), "informational")) == []


def test_referrer_named_late_is_a_warning() -> None:
    text = letter(
        "I taught science for eight years and I am exploring user research.",
        "I would love to hear how you moved into UX research.",
        "Sam Patel mentioned you might be willing to talk.",
    )
    found = list(referral(text, make(**REFERRED), "informational"))
    assert [f.severity for f in found] == ["warning"]
    assert text[found[0].start : found[0].end] == "Sam"


def test_connection_in_substance() -> None:
    req = make(connection="your talk on supply-chain resilience at the ASCM conference")
    good = letter("I attended your session on resilient supply chains at ASCM last month.")
    bad = letter("I found your profile on LinkedIn and admire your work.")
    assert list(referral(good, req, "informational")) == []
    found = errors(referral(bad, req, "informational"))
    assert len(found) == 1 and "ASCM" in found[0].hint


def test_colleagues_told_as_the_work_they_shared_state_the_connection() -> None:
    req = make(kind="keep_in_touch", connection="Ana and Maria were colleagues at Meridian Insurance",
               sender={"name": "Ana Ruiz", "background": "Underwriter who worked at Meridian Insurance.",
                       "goal": "Move into reinsurance."})
    for shared in ("We sat side by side at Meridian Insurance for years.",
                   "We worked together at Meridian Insurance on the property book."):
        assert errors(referral(letter(shared, "Thank you."), req, "keep_in_touch")) == [], shared
    # The writer's own employer alone (the background names it) is not the connection.
    alone = letter("I spent six years at Meridian Insurance before moving on.", "Thank you.")
    assert [f.rule for f in errors(referral(alone, req, "keep_in_touch"))] == ["referral"]


def test_a_referrer_with_a_nickname_in_the_request_may_be_named_by_it() -> None:
    rest = ("I would like to learn how Maria moved from teaching into UX research.",
            "Would you be open to a 20-minute phone call?", "Thank you.")
    for written in ("Katherine (Kate) Lindgren", 'Dr. Katherine "Kate" Lindgren', "Katherine “Kate” Lindgren",
                    "Katherine 'Kate' Lindgren", "Katherine ‘Kate’ Lindgren"):
        req = make(kind="introduction", referrer={"name": written, "relationship": "a former colleague"})
        for named in ("Kate Lindgren", "Katherine Lindgren", "Kate"):
            text = letter(f"{named}, a former colleague of mine, suggested I write to you.", *rest)
            assert errors(referral(text, req, "introduction")) == [], (written, named)
        other = letter("Karen Lindgren, a former colleague of mine, suggested I write to you.", *rest)
        assert [f.rule for f in errors(referral(other, req, "introduction"))] == ["referral"], written


@pytest.mark.parametrize(
    "relationship",
    [
        "Mariana's former manager at the studio, whom everyone calls Sasha",
        "a former colleague known to everyone as Sasha",
        "a former colleague who goes by Sasha",
    ],
)
def test_a_nickname_the_relationship_gives_may_name_the_referrer(relationship: str) -> None:
    # (gv) The nickname told in the relationship, not the name: "Sasha told me you would be generous with your advice".
    req = make(kind="introduction", referrer={"name": "Aleksandr Volkov", "relationship": relationship})
    rest = ("I would like to learn how Maria moved from teaching into UX research.",
            "Would you be open to a 20-minute phone call?", "Thank you.")
    for named in ("Sasha", "Sasha Volkov", "Aleksandr Volkov"):
        text = letter(f"{named} told me you would be generous with your advice, and suggested I write.", *rest)
        assert errors(referral(text, req, "introduction")) == [], named
    other = letter("Misha told me you would be generous with your advice, and suggested I write.", *rest)
    assert [f.rule for f in errors(referral(other, req, "introduction"))] == ["referral"]


def test_a_misspelt_surname_beside_a_middle_name_is_misspelt() -> None:
    # (gv29) "Ana Belén Gutiérrez Sota" for Ana Belén Gutiérrez Soto: the short surname, one letter off, stands beside
    # the first surname, as it would beside the given name.
    req = make(kind="introduction", referrer={"name": "Ana Belén Gutiérrez Soto", "relationship": "a food chemist"})
    rest = ("I would like to learn how Maria moved from teaching into UX research.",
            "Would you be open to a 20-minute phone call?", "Thank you.")
    right = letter("Ana Belén Gutiérrez Soto, who worked alongside you, suggested I write to you.", *rest)
    assert errors(referral(right, req, "introduction")) == []
    wrong = letter("Ana Belén Gutiérrez Sota, who worked alongside you, suggested I write to you.", *rest)
    found = errors(referral(wrong, req, "introduction"))
    assert [f.rule for f in found] == ["referral"] and "misspelt" in found[0].message


def test_apostrophes_in_a_referrers_name_are_no_nickname() -> None:
    # (fx) Single quotes mark a nickname only between spaces: "D'Arcy O'Neil" is one name.
    req = make(kind="introduction", referrer={"name": "D'Arcy O'Neil", "relationship": "a former colleague"})
    rest = ("I would like to learn how Maria moved from teaching into UX research.",
            "Would you be open to a 20-minute phone call?", "Thank you.")
    assert errors(referral(letter("D'Arcy O'Neil suggested I write to you.", *rest), req, "introduction")) == []
    assert [f.rule for f in errors(referral(letter("Arcy suggested I write to you.", *rest), req, "introduction"))] == [
        "referral"
    ]


def test_an_introduction_credited_to_a_person_the_request_never_names_is_another_tie() -> None:
    req = make(kind="keep_in_touch", connection="they sat together at the CII Dublin dinner and he encouraged her to "
               "finish her diploma")
    rest = ("You were kind enough to encourage me to finish my diploma at the CII Dublin dinner.", "Thank you.")
    assert errors(referral(letter(*rest), req, "keep_in_touch")) == []
    for other in ("We were introduced last year through Maeve Costello.", "Tom Ward suggested that I write to you."):
        (f,) = errors(referral(letter(other, *rest), req, "keep_in_touch"))
        assert "a person the request does not name" in f.message, other
    # Somebody the request names, or no name at all, is no other tie.
    for named in ("We were introduced through Ms. Chen's team.", "We were introduced through a friend."):
        assert errors(referral(letter(named, *rest), req, "keep_in_touch")) == [], named


def test_a_connection_stated_in_the_subject_line_is_stated() -> None:
    req = make(kind="thank_you", purpose=None, ask=None, connection="Ana took Maria's export marketing course",
               meeting={"topics": ["wine export pricing"]})
    body = letter("Thank you for the time you gave me on wine export pricing.", greet="Dear Ms. Chen,")
    assert errors(referral("Subject: From a former student of your export marketing course\n\n" + body, req,
                           "thank_you")) == []
    assert len(errors(referral("Subject: Thank you\n\n" + body, req, "thank_you"))) == 1


def test_the_subject_of_a_talk_is_not_the_talk() -> None:
    req = make(connection="His talk at the Research Ops meetup on interviewing vulnerable users.")
    vague = letter("I have been reading about how research teams work with vulnerable users, and your name came up.")
    assert len(errors(referral(vague, req, "informational"))) == 1
    named = letter("I was at your talk at the Research Ops meetup last month and have thought about it since.")
    assert errors(referral(named, req, "informational")) == []


def test_a_connection_named_in_full_but_for_the_kind_of_event() -> None:
    req = make(connection="his portfolio review session at the Moorhen Books illustrators' day")
    text = letter("You reviewed my portfolio at the Moorhen Books illustrators' day, and I still use your advice.")
    assert errors(referral(text, req, "informational")) == []


def test_a_connection_through_a_piece_of_work_needs_that_piece() -> None:
    req = make(connection="his article in Civil Engineering Today on designing footbridges for crowds")
    heard = letter(
        "I recently listened to your podcast interview on designing footbridges for crowds.",
        "I am a civil engineering graduate, and today I design steel warehouses.",
    )
    assert len(errors(referral(heard, req, "informational"))) == 1
    read = letter("I recently read your article on designing footbridges for crowds in Civil Engineering Today.")
    assert errors(referral(read, req, "informational")) == []


def test_a_connection_through_an_event_needs_the_event() -> None:
    req = make(connection="Dr. Chen gave the keynote lecture at the Bayside University economics symposium.")
    place_only = letter("I study economics at Bayside University and hope to work in research.")
    assert len(errors(referral(place_only, req, "informational"))) == 1
    event = letter("Your keynote at the Bayside economics symposium made me rethink my plans.")
    assert errors(referral(event, req, "informational")) == []


def test_referral_skips_without_referrer_or_connection() -> None:
    with pytest.raises(Skip):
        list(referral(GOOD, make(), "informational"))


# ---------------------------------------------------------------------------------------------
# job-ask


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to be considered for any openings on your team.",
        "Could you hire me?",
        "I'd like to apply for the analyst role at Shopify.",
        "Would you be willing to refer me for the position?",
        "Are there any jobs on your team?",
        "Could you pass my resume to the hiring manager?",
        "Would you put in a good word for me for the opening?",
        "If a spot opens up, I'd love to be in the running.",
        "Could I interview for the analyst role?",
        "Are you hiring at the moment?",
        "Are there job opportunities at your company?",
        "Please keep me in mind for future roles.",
        "I'm sure you won't mind passing it on to whoever is hiring for your firmware team.",
        "Could you pass my name on to your hiring manager?",
        "Could you pass my name on to whoever leads graduate recruitment?",
        "If your department ever grows, I would love nothing more than to be part of it.",
        "Happy to send my CV over if there's ever a fit.",
        "Could you flag me to your talent team?",
        "If you hear of anything suitable, please think of me.",
        "If your department ever has a seat for a junior analyst, I would be grateful if you thought of me.",
        "I wondered whether your team will be taking on anyone this autumn, and whether I might be a fit.",
        "If your crews ever take on newly qualified electricians, I would be honoured to be put forward.",
        "Could you mention my name to whoever handles recruitment for your team?",
        "I've attached my updated CV in case anything suitable comes across your desk.",
        "I have attached my CV, in case your team needs a junior BIM coordinator for one of your projects.",
        "If you hear of anything opening up in the education department, I'd be so grateful.",
        "If your team ever needs an extra pair of hands, I'd be grateful if you kept me in mind.",
        "If your team ever needs an extra pair of hands on site, I would be so grateful if you thought of me first.",
        "Would you be willing to put it in front of the hiring panel?",
        "Could you pass my name to whoever is doing the hiring?",
        "If you ever needed an assistant in the studio, I hope you would think of me.",
        "I'd also be curious whether there's any room on your team for someone like me.",
        "I'd be so grateful for a heads-up whenever your team next takes on graduates.",
        "If any graduate roles open up at your firm, I would be really grateful if you could let me know.",
        "And if Fieldview Analytics ever has an opening for a junior analyst, I'd love you to think of me.",
        "I have also attached my CV, in case your content team is taking anyone on.",
        "And if anything comes up in the regulatory team, I'd be so grateful if you thought of me.",
        "If you ever need an extra pair of hands at the restaurant, even just for a weekend, I would jump at it.",
        "I have also attached my CV, in case you feel I could fit somewhere in your team.",
        "Could you tell me to whom I should address my application for the post?",
        "And if you ever decide the best advice for me is 'come and work with us', I won't argue.",
        "Perhaps you could keep my number beside the phone for the next time a deckhand drops out.",
        "If the studio is ever short-handed on a shoot, I can be there within the hour.",
        "If our conversation goes well, would you be willing to let me name you on it as my internal referee?",
        "I would be honoured if you pencilled my name in against a technician's line on your sensory team.",
        "When I send in my application, may I tell her that you would stand behind it?",
        "I have attached my CV, and if you could slip it into the pile with a word from you on top, I'd be grateful.",
        "Perhaps the estate could take me onto its payroll after that.",
        "If you ever find yourself a trowel short when you're hiring diggers, I'd be on the ferry at once.",
        "If there is any junior designer position open, I would be happy to apply, and I hope you could recommend me "
        "to your team.",
    ],
)
def test_job_ask_found(sentence: str) -> None:
    text = letter("I teach science.", sentence + " Thank you.")
    found = errors(job_ask(text, None, "informational"))
    assert len(found) == 1
    assert sentence in text[found[0].start : found[0].end]
    assert found[0].rule == "job-ask"


@pytest.mark.parametrize(
    "sentence",
    [
        "I am exploring a move into UX research.",
        "As I look for my next role in nursing leadership, I'd value your perspective on the field.",
        "What do hiring managers in your field look for?",
        "How should I approach applying for roles like yours?",
        "Sam Patel referred me to you.",
        "Would any time next week work for you?",
        "I'm joining the team at Acme next month.",
        "I'm not asking for a job, only for your advice.",
        "Thank you for offering to pass my resume to your recruiter.",
        "Could you refer me to someone on your data team?",
        "I'm exploring job opportunities in UX research.",
        "I plan to apply to a master's program.",
        "Would you be open to a short call?",
        "Let me know if a summary of my work would help when you pass my name on.",
        "I have attached my resume in case it helps our conversation.",
        "I have attached my CV in case you need a sense of my background before we talk.",
        "She used to work in your team and speaks very warmly of it.",
        "Thank you for the opportunity to work with your team on the survey last spring.",
        "As it happens, I have an interview for a practice educator post at another trust next week.",
        "If you are ever a bit short of time, a few lines by email would be plenty.",
        "Please add me to your mailing list for the seminar series.",
        "Your advice to network more was well meant. I will add it to the pile.",
    ],
)
def test_job_ask_not_found(sentence: str) -> None:
    assert errors(job_ask(letter(sentence), None, "informational")) == []


def test_job_ask_hint_uses_the_ask() -> None:
    found = errors(job_ask(letter("Could you hire me?"), make(), "informational"))
    assert "20-minute phone call" in found[0].hint


def test_job_ask_agreed_action_item_is_not_an_ask() -> None:
    req = make(
        kind="follow_up",
        meeting={"topics": ["UX research"], "action_items": ["Maria will forward Ana's resume to the hiring manager"]},
    )
    text = letter("I have attached my resume so you can forward it to the hiring manager, as we agreed.")
    assert errors(job_ask(text, req, "follow_up")) == []


# ---------------------------------------------------------------------------------------------
# resume-dump


def test_bullets_of_achievements() -> None:
    text = letter(
        "Here is a summary of my experience:",
        "- Led a team of 12 teachers\n- Increased test scores by 15%\n- Designed a new science curriculum",
    )
    found = errors(resume_dump(text, make(), "informational"))
    assert len(found) == 1
    assert "- Led a team" in text[found[0].start : found[0].end]
    assert "Eight years teaching middle-school science" in found[0].hint


@pytest.mark.parametrize(
    ("kind", "block"),
    [
        (
            "follow_up",
            "Next steps we agreed on:\n- You will introduce me to Priya\n- I will send my portfolio by Friday",
        ),
        ("informational", "A few questions I would love to ask:\n1. How did you start?\n2. What surprised you most?"),
        ("follow_up", "We covered:\n- Moving from teaching into UX research\n- Portfolio reviews"),
    ],
)
def test_benign_lists(kind: str, block: str) -> None:
    req = make(kind=kind, meeting={"topics": ["moving from teaching into UX research", "portfolio reviews"]})
    assert errors(resume_dump(letter("Thank you for the time.", block), req, kind)) == []


def test_date_ranges_and_headings_without_request() -> None:
    text = letter("I was a teacher at Lincoln (2012-2018) and a tutor at Bright (Jan 2019 – Present).")
    found = errors(resume_dump(text, None, None))
    assert len(found) == 1 and text[found[0].start : found[0].end].startswith("2012")
    text = letter("Experience\nTeacher at Lincoln Middle School")
    found = errors(resume_dump(text, None, None))
    assert text[found[0].start : found[0].end] == "Experience"


def test_one_date_range_is_background() -> None:
    assert errors(resume_dump(letter("I taught science from 2012 to 2020."), None, None)) == []
    between = letter("I taught science between 2012 and 2020, then in 2021 and 2023.")
    assert errors(resume_dump(between, None, None)) == []
    text = letter("I taught science from 2012 to 2020. In 2021 I joined a charity as a data volunteer.")
    assert errors(resume_dump(text, None, None)) == []


def test_a_career_told_year_by_year_in_prose() -> None:
    text = letter(
        "Here is what happened next. From 2014 to 2018 I studied engineering at Sheffield. In 2019 I joined "
        "Halvorsen Infrastructure as a graduate engineer. In 2021 I moved to Corran Rail Systems, where I design "
        "resignalling schemes."
    )
    found = errors(resume_dump(text, None, None))
    assert len(found) == 1 and text[found[0].start : found[0].end].startswith("2014 to 2018")


def test_run_of_employers() -> None:
    text = letter("I worked at Acme, then Brightline, then Corvus, and finally Delta Labs.")
    assert len(errors(resume_dump(text, None, None))) == 1


def test_a_subject_line_that_asks_for_a_post_is_a_job_ask() -> None:
    # (hf) "Subject: Questions on offshore wind work (and a spot in your technician intake?)".
    body = letter("I would like to learn how electricians move into offshore wind.", "Would you have time for a call?")
    asked = "Subject: Questions on offshore wind work (and a spot in your technician intake?)\n\n" + body
    found = errors(job_ask(asked, make(), "informational"))
    assert [f.rule for f in found] == ["job-ask"] and "subject line" in found[0].message
    assert asked[found[0].start : found[0].end].startswith("Questions on offshore wind work")
    plain = "Subject: Questions on offshore wind work\n\n" + body
    assert errors(job_ask(plain, make(), "informational")) == []


def test_a_career_told_post_by_post_is_a_run_of_roles() -> None:
    # (hg31) "from regimental medical officer ... to officer commanding ..., then to a staff job ..., then to command
    # of ..., and finally to chief of staff".
    text = letter("Looking back, I went from medical officer with an infantry battalion to commanding a field "
                  "hospital, then to a staff job at headquarters, then to command of a medical regiment, and finally "
                  "to chief of staff.", "Thank you for all your encouragement.")
    assert [f.rule for f in errors(resume_dump(text, make(), "keep_in_touch"))] == ["resume-dump"]
    short = letter("I went from the army to the NHS, and then on to a hospital trust board.", "Thank you.")
    assert errors(resume_dump(short, make(), "keep_in_touch")) == []


def test_a_sentence_of_credentials_is_a_resume_list() -> None:
    # (hg03) four or more credentials and memberships in one sentence.
    text = letter("I am a Chartered Engineer, a Fellow of the Institution of Structural Engineers and a Member of the "
                  "Institution of Civil Engineers, and I also hold PMP credentials and the NEBOSH certificate.",
                  "I would like to learn how engineers move into sustainability. Would you have time for a call?")
    assert [f.rule for f in errors(resume_dump(text, make(), "informational"))] == ["resume-dump"]
    one = letter("I am a Chartered Engineer and would like to learn how engineers move into sustainability.",
                 "Would you have time for a call?")
    assert errors(resume_dump(one, make(), "informational")) == []
    # One credential named twice is one (e722).
    twice = letter("Following your advice on the CIMA qualification, I have registered for the CIMA Certificate in "
                   "Business Accounting.", "Thank you again for your time.")
    assert errors(resume_dump(twice, make(), "follow_up")) == []


def test_traits_told_plainly_are_self_description() -> None:
    # (hg34) most of the letter is the writer's qualities.
    text = letter("I have spent twenty-one years in the Ministry of Finance. I am highly organised and resilient, and "
                  "people tell me I am a natural leader and a skilled negotiator. I have been a trusted adviser to "
                  "three ministers, I am meticulous with detail, and I stay calm under pressure.",
                  "Thank you for your kind words at the workshop.")
    assert [f.rule for f in errors(resume_dump(text, make(), "keep_in_touch"))] == ["resume-dump"]


def test_run_of_employers_with_their_towns_and_a_trades_own_verb() -> None:
    text = letter(
        "I have cooked professionally for most of my adult life, at The Larder in Cork, Harbour Kitchen in Kinsale, "
        "Fennel & Fig in Dublin, Ashgrove House in Wicklow, The Tannery in Bristol and the Mariner Group in Belfast."
    )
    assert len(errors(resume_dump(text, None, None))) == 1
    # Two kitchens are background.
    two = letter("I have cooked at The Larder in Cork and at Harbour Kitchen in Kinsale, and I love the craft.")
    assert errors(resume_dump(two, None, None)) == []


def test_a_month_and_year_left_open_is_a_range() -> None:
    # "since July 2021" is the prose of "July 2021 - present" (dz); a bare year is a dated move, not a range.
    text = letter("My fellowship ran from March 2019 to June 2021, and since July 2021 I have been an archivist.")
    assert len(errors(resume_dump(text, None, None))) == 1
    moved = letter("My fellowship ran from March 2019 to June 2021, and since 2021 I have been an archivist.")
    assert errors(resume_dump(moved, None, None)) == []


def test_two_moves_are_background() -> None:
    text = letter("I started as a reporter at the Daily Graphic and moved to radio at Citi FM, where I still work.")
    assert errors(resume_dump(text, None, None)) == []


def test_run_of_posts_with_one_job_title() -> None:
    text = letter(
        "Since graduating I have been a graduate engineer at Vestfjord Energy, then a cable engineer at Boreal "
        "Offshore, then a commissioning engineer at Skagen Wind, and I have just started as a senior engineer at "
        "Helgeland Renewables."
    )
    assert len(errors(resume_dump(text, None, None))) == 1


def test_skills_line_with_its_list() -> None:
    text = letter("I have moved into data analysis at a retailer.", "Skills: SQL, Tableau, Python", "Thank you.")
    (found,) = errors(resume_dump(text, make(), "informational"))
    assert text[found.start : found.end] == "Skills: SQL, Tableau, Python"


def test_copied_resume_run() -> None:
    resume = (
        "Managed a portfolio of forty enterprise accounts across the Midwest region and grew annual "
        "revenue by eighteen percent in two years."
    )
    req = make(sender={"name": "Ana Ruiz", "resume": resume})
    text = letter(
        "Since we spoke, I managed a portfolio of forty enterprise accounts across the Midwest region "
        "and grew annual revenue."
    )
    found = errors(resume_dump(text, req, "informational"))
    assert len(found) == 1
    assert text[found[0].start : found[0].end].startswith("managed a portfolio")
    # Eleven words are not a run.
    short = letter("I managed a portfolio of forty enterprise accounts across the Midwest.")
    assert errors(resume_dump(short, req, "informational")) == []


def test_mostly_self_description() -> None:
    text = letter(
        "I am a results-driven, detail-oriented event manager with a passion for storytelling. In my "
        "current role I plan large events, manage budgets, supervise coordinators and negotiate "
        "sponsorships. I am known for my creativity and my calm under pressure. I am also a quick "
        "learner and a strong collaborator who thrives in fast-paced settings.",
        "Would you have twenty minutes for a call?",
    )
    assert len(errors(resume_dump(text, make(), "introduction"))) == 1
    assert errors(resume_dump(GOOD, make(), "informational")) == []


# ---------------------------------------------------------------------------------------------
# follow-up


def test_follow_up_plan_in_substance() -> None:
    req = make(follow_up="call the office next Tuesday")
    assert errors(follow_up(GOOD, req, "informational")) == []
    found = errors(follow_up(GOOD.replace("Tuesday", "Thursday"), req, "informational"))
    assert len(found) == 1 and "call the office next Tuesday" in found[0].hint


def test_follow_up_plan_object_is_not_met_by_its_source() -> None:
    # "the case study from his first client project": finishing the project is not sending its case study.
    req = make(follow_up="send her the case study from his first client project")
    text = letter(
        "Thank you for your advice. I have just finished my first client project. I hope our paths cross again soon."
    )
    assert len(errors(follow_up(text, req, "informational"))) == 1


def test_follow_up_plan_object_named_by_its_head() -> None:
    # "the write-up" is the write-up on battery supply chains; a different object is not.
    req = make(follow_up="send her my write-up on battery supply chains in Q3")
    text = letter("Thank you for your advice. I will send you the write-up in Q3, once it is finished.")
    assert errors(follow_up(text, req, "informational")) == []
    other = letter("Thank you for your advice. I will send you an update in Q3, once I know more.")
    assert len(errors(follow_up(other, req, "informational"))) == 1


@pytest.mark.parametrize(
    ("plan", "sentence"),
    [
        ("come back to volunteer during the holidays", "I'm planning to come back and volunteer during the holidays."),
        ("send links to a few blog posts", "I can also send links to a few blog posts if you would like to see them."),
        ("send my revised portfolio for her comments", "My revised portfolio is attached; any comments are welcome."),
        ("email her again in early November", "I will send a short note again in early November."),
        ("introduce myself at the open day on 8 March", "I also hope to introduce myself at the open day on 8 March."),
        ("send her photos of the project", "When the project is done, I would love to send you a few photos."),
        ("send her my thesis proposal in the new year", "ill send u my thesis proposal in the new year."),
        ("meet him at the open house in March", "I'm looking forward to seeing you at the open house in March."),
        ("come to the warehouse tasting", "I would very much like to come to the warehouse tasting in the autumn."),
        ("register for the certificate's open day", "I have now registered for the certificate's open day."),
        ("come to the live recording", "I'd also love to come to the live recording, if tickets are left."),
        ("send the updated portfolio", "heres the link to the updated portfolio, with two new pieces."),
        (
            "invite her to the open evening in the spring",
            "We hold an open evening in the spring, and I'd love to invite you.",
        ),
        ("meet him for coffee again in the new year", "I'd love to catch up over coffee again in the new year."),
        ("drop into the bakery for a coffee in spring", "I'd love to drop in for a coffee in spring if you're around."),
        ("invite him to her graduation next spring", "I graduate next spring, and I would be honoured if you came."),
        (
            "visit the bakery again on a Saturday morning",
            "I would love to take you up on the offer to visit the bakery again on a Saturday morning.",
        ),
        (
            "catch up for a coffee when he is in Sydney in April",
            "I'm in Sydney in April, would be great to catch up for a coffee if you're free.",
        ),
        (
            "send her the link to the interiors section if she agrees",
            "I would value comments on the interiors section. It is short. If you are willing, I will send you the "
            "link.",
        ),
        (
            "share my dissertation on forecasting household energy demand when it is submitted",
            "I'll share my dissertation with you once it is submitted.",
        ),
        (
            "invite her to dinner at the bistro as his guest",
            "I'd love to have you for dinner at the bistro as my guest.",
        ),
        (
            "email him the link to her GitHub project after the weekend",
            "Once the weekend is over, the link to my project on GitHub will be in your inbox.",
        ),
        ("send a summary of his thesis next week", "Do expect a short summary of my thesis from me early next week."),
        ("send his revised CV next week", "I will make sure the revised CV reaches you next week."),
        # Carried out in the letter: the suggestion made, the link included.
        ("suggest lunch when she visits in June", "If you're coming over in June as planned, could we grab lunch?"),
        (
            "send a link to his portfolio",
            "I have included a link to my portfolio below my name in case it is helpful.",
        ),
        # Sent with the letter in the present tense (hp35).
        (
            "send her his write-up of the stewardship session",
            "I have written up my notes from the stewardship session and attach them here.",
        ),
        # A visit in an idiom (hk13).
        (
            "visit the centre when she is next in the area",
            "If it is convenient, I would love to stop by the centre to say hello the next time I am in the area.",
        ),
        # "follow up by phone": the channel and the time are the plan (gy22).
        (
            "follow up by phone if there is no reply in two weeks",
            "If I have not heard from you after a fortnight, I hope you will not mind if I ring your office.",
        ),
        # Hung on the ask: "Would you have 20 minutes? I would send my questions ahead of time".
        (
            "send her questions ahead of time",
            "Would you be willing to spare 20 minutes? I would send my questions ahead of time.",
        ),
    ],
)
def test_follow_up_plan_as_writers_state_it(plan: str, sentence: str) -> None:
    req = make(follow_up=plan)
    assert errors(follow_up(letter("Thank you for your advice. " + sentence), req, "informational")) == []
    past = letter("Thank you for your advice. Last year I helped at a food bank and wrote a few blog posts.")
    assert len(errors(follow_up(past, req, "informational"))) == 1


def test_thank_you_recapped_by_a_detail_the_reader_told() -> None:
    req = make(kind="thank_you", meeting={"topics": ["the hidden costs of running a small bakery"]})
    recap = letter(
        "Thank you for sitting down with me.",
        "Your story about the week the oven failed, when you rented a neighbour's kitchen overnight to keep "
        "the shop stocked, has stayed with me.",
    )
    assert errors(follow_up(recap, req, "thank_you")) == []
    generic = letter(
        "Thank you for sitting down with me.",
        "Your advice was invaluable, and I came away with pages of notes and a much clearer head about the path ahead.",
    )
    assert len(errors(follow_up(generic, req, "thank_you"))) == 1


def test_a_thing_named_as_what_the_reader_mentioned_recaps_nothing() -> None:
    # ij34: "the copy you mentioned" names an action item; the words around it are no account of the talk.
    req = make(kind="thank_you", meeting={"topics": ["nutritional screening of older people"],
                                          "action_items": ["Hugh will send a copy of the screening tool"]})
    named = letter(
        "Thanks so much for such a helpful chat the other day.",
        "I'm going to get cracking straight away, and I'd be very grateful if you could send across the copy you "
        "mentioned whenever you have a moment.",
    )
    assert len(errors(follow_up(named, req, "thank_you"))) == 1
    told = letter(
        "Thanks so much for such a helpful chat the other day.",
        "You mentioned that most care homes weigh residents monthly but rarely act on small losses, which surprised "
        "me.",
    )
    assert errors(follow_up(told, req, "thank_you")) == []


def test_a_plan_decided_on_is_stated() -> None:
    # ij05, hk22: "I have decided to book" makes the plan.
    req = make(kind="follow_up", follow_up="book a place at the university open evening",
               meeting={"topics": ["how to become a town planner"], "action_items": []})
    text = letter("Thank you for our talk about how to become a town planner.",
                  "I have also decided to book a place at the university open evening.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_a_plan_named_only_to_call_it_off_is_not_stated() -> None:
    req = make(follow_up="join the bird survey on the reserve in June")
    text = letter(
        "Thank you for your advice.",
        "I'm sorry to say I won't be able to join the bird survey in June "
        "after all. Instead, I'll send you a summary of our trial.",
    )
    assert len(errors(follow_up(text, req, "informational"))) == 1


@pytest.mark.parametrize(
    ("plan", "changed", "kept"),
    [
        # Another way of getting in touch than the plan's.
        (
            "call his office on Tuesday 3 June to find a time",
            "I will drop you a brief email on Tuesday 3 June to see whether a time might suit.",
            "I will give your office a ring on Tuesday 3 June to see whether a time might suit.",
        ),
        (
            "introduce herself in person at the studio open evening on Thursday",
            "I will telephone the studio on Thursday, the day of its open evening, to introduce myself.",
            "I will come to the studio open evening on Thursday and introduce myself in person.",
        ),
        (
            "drop by her stand in person at the trade fair",
            "I will send you a quick email during the trade fair, in case you have a moment to catch up.",
            "I will drop by your stand at the trade fair, in case you have a moment to catch up.",
        ),
        # Writing, but not the plan's way of writing; a calendar invite is written, the site visit is no channel.
        (
            "email in early May to find a time",
            "I shall write to you again by post in early May, in the hope of finding a convenient time.",
            "I shall write to you again by email in early May, in the hope of finding a convenient time.",
        ),
        (
            "email a short deck by Wednesday",
            "If helpful, I can text a short deck over to you by Wednesday.",
            "If helpful, I can email a short deck over to you by Wednesday.",
        ),
        (
            "send a calendar invite for the site visit by Friday",
            "I'll give you a ring by Friday to sort out the site visit.",
            "I'll send a calendar invite by Friday to sort out the site visit.",
        ),
        # Offered if the reader wishes, not planned.
        (
            "call her office on Monday to arrange a time",
            "If you would prefer, I could call your office on Monday to arrange a time.",
            "I will call your office on Monday to arrange a time, if that suits.",
        ),
        # Put off to another time (gy20, gy29).
        (
            "book a place on the road safety audit course in the autumn",
            "I intend to book a place on the road safety audit course next year, once my current project has finished.",
            "I intend to book a place on the road safety audit course this autumn.",
        ),
        # Another thing handed over, though both are "work" (gy26).
        (
            "send samples of her translation work",
            "If it would help, I can also send you the details of referees who know my interpreting work well.",
            "If it would help, I will also send you samples of my translation work.",
        ),
        # Timed the other way round.
        (
            "check in again after the Intersolar conference",
            "I know you will be busy, so I will check in briefly before the Intersolar conference.",
            "I know you will be busy, so I will check in briefly after the Intersolar conference.",
        ),
    ],
)
def test_follow_up_plan_changed_is_not_stated(plan: str, changed: str, kept: str) -> None:
    req = make(follow_up=plan)
    assert len(errors(follow_up(letter("Thank you for your advice. " + changed), req, "informational"))) == 1
    assert errors(follow_up(letter("Thank you for your advice. " + kept), req, "informational")) == []


def test_a_reader_item_awaited_without_a_verb_is_carried() -> None:
    req = make(
        kind="follow_up",
        meeting={"topics": ["evaluating dialogue systems"], "action_items": ["Maria to share a reading list"]},
    )
    text = letter(
        "Thank you for our conversation about evaluating dialogue systems; your point on repair rates stuck.",
        "No pressure at all on the reading list you mentioned; whenever you have a moment is perfect.",
    )
    assert errors(follow_up(text, req, "follow_up")) == []
    other = text.replace("No pressure at all on the reading list you mentioned", "I have started a reading list")
    assert len(errors(follow_up(other, req, "follow_up"))) == 1


def test_an_introduction_the_writer_takes_over_is_not_the_readers_item() -> None:
    meeting = {"topics": ["scaling cell culture"], "action_items": ["Maria to introduce Ana to the lab manager"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation about scaling cell culture from flask to bioreactor.",
                  "I will also contact your lab manager myself to introduce myself and ask about the work.")
    assert len(errors(follow_up(text, req, "follow_up"))) == 1
    offered = letter("Thank you for our conversation about scaling cell culture from flask to bioreactor.",
                     "Thank you, too, for your kind offer to pass my details to the lab manager.")
    assert errors(follow_up(offered, req, "follow_up")) == []


def test_a_plan_to_enclose_is_carried_out_by_the_enclosure() -> None:
    req = make(follow_up="enclose her CV for context")
    text = letter("Thank you for your advice. Please find enclosed a copy of my CV, simply for context.")
    assert errors(follow_up(text, req, "informational")) == []


def test_a_plan_that_waits_on_the_reader_is_made_by_let_me_know_and_i_will() -> None:
    meeting = {"topics": ["running a bookkeeping workshop"],
               "action_items": ["Maria to check which evenings the meeting room is free"]}
    req = make(kind="follow_up", meeting=meeting, follow_up="confirm a date once Maria has checked the room")
    text = letter("Thank you for our talk about running a bookkeeping workshop for your members.",
                  "Whenever you have had a chance to check which evenings the meeting room is free, just let me "
                  "know and I will confirm a date straight away.")
    assert errors(follow_up(text, req, "follow_up")) == []


@pytest.mark.parametrize(
    ("topic", "item", "paragraph", "missing"),
    [
        # "I was touched" is no "put in touch".
        (
            "how features are commissioned",
            "Maria will introduce Ana to the features editor",
            "I know an editor's week rarely has room for people like me, and I was touched that you gave me so long.",
            1,
        ),
        # "site" does not stem to "sit".
        (
            "how a wind project reaches grid connection",
            "Maria to arrange a wind farm site visit for Ana",
            "Your account showed how many years of patient work sit behind each turbine.",
            1,
        ),
        # An item put off in the letter is not carried.
        (
            "moving into security operations",
            "Ana will complete the capture-the-flag challenge Maria recommended",
            "About the capture-the-flag challenge you recommended: I think I'll hold off on that for now.",
            1,
        ),
        # Set out "below": sent in the letter itself.
        (
            "drug safety training",
            "Ana will send her questions about the certificate",
            "As agreed, I have put my questions about the certificate below: whether employers value it, and when "
            "to take it.",
            0,
        ),
        # Handed over in the letter itself (hg21): "so here it is".
        (
            "ward design",
            "Ana to send one example of a project she led",
            "You asked for one example of a project I have led, so here it is: the conversion of a ward block to "
            "single rooms.",
            0,
        ),
        # The noun for the verb (gr28): "your suggestion of" is Maria suggesting.
        (
            "wind farm land agreements",
            "Maria to suggest a relevant industry event",
            "I would also be grateful for your suggestion of an industry event when you have a moment.",
            0,
        ),
        (
            "wind farm land agreements",
            "Maria to suggest a relevant industry event",
            "I would also be grateful for your thoughts on the industry when you have a moment.",
            1,
        ),
    ],
)
def test_an_action_item_read_right(topic: str, item: str, paragraph: str, missing: int) -> None:
    req = make(kind="follow_up", meeting={"topics": [topic], "action_items": [item]})
    text = letter(f"Thank you for our conversation about {topic}.", paragraph)
    assert len(errors(follow_up(text, req, "follow_up"))) == missing


def test_using_carries_nothing_of_a_topic() -> None:
    req = make(kind="follow_up", meeting={"topics": ["using sales data to plan staffing"], "action_items": []})
    text = letter("Thanks very much for the chat on Friday.",
                  "Your point about staffing stuck with me: schedule people to the till data, not to habit.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_follow_up_past_event_is_not_the_plan() -> None:
    req = make(follow_up="call Ms. Chen after reading the report")
    text = letter("Thank you for speaking with me. I have begun reading the report you mentioned.")
    assert len(errors(follow_up(text, req, "informational"))) == 1


MEETING = {
    "topics": ["moving from teaching into UX research", "building a research portfolio"],
    "action_items": ["Maria will introduce Ana to a colleague at Shopify", "Ana will send her portfolio by Friday"],
}


def test_follow_up_letter_items_and_topics() -> None:
    req = make(kind="follow_up", meeting=MEETING)
    good = letter(
        "Thank you for our conversation about moving from the classroom into UX research.",
        "I appreciate your offer to connect me with your colleague at Shopify, and I will send my portfolio by Friday.",
    )
    assert errors(follow_up(good, req, "follow_up")) == []
    missing = letter(
        "Thank you for our conversation about moving from the classroom into UX research.",
        "I will send my portfolio by Friday.",
    )
    found = errors(follow_up(missing, req, "follow_up"))
    assert len(found) == 1 and "introduce Ana to a colleague at Shopify" in found[0].hint
    generic = letter("Thank you for your time. It was great to meet you.")
    assert len(errors(follow_up(generic, req, "follow_up"))) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        # The reader's item taken on by the writer.
        "I will introduce myself to your colleague at Shopify, and I will send my portfolio by Friday.",
        # The writer's item thanked for as the reader's.
        "I appreciate your offer to connect me with your colleague at Shopify, and thank you in advance for "
        "sending my portfolio by Friday.",
        # An item named only to call it off.
        "I appreciate your offer to connect me with your colleague at Shopify. I have decided not to send my "
        "portfolio by Friday.",
    ],
)
def test_an_item_with_the_wrong_owner_or_called_off_is_missing(sentence: str) -> None:
    req = make(kind="follow_up", meeting=MEETING)
    text = letter("Thank you for our conversation about moving from the classroom into UX research.", sentence)
    assert len(errors(follow_up(text, req, "follow_up"))) == 1


def test_the_reader_asked_to_send_something_else_does_not_send_the_writers_item() -> None:
    # Chidi was to send a summary of his capstone project: "I'd love to tell you more about my capstone project"
    # beside "If you have a moment to send the link ..." (the reader's item) sends nothing of his.
    meeting = {
        "topics": ["her bridge inspection work"],
        "action_items": ["Ana to send a one-page summary of her capstone project", "Maria to send the guidance link"],
    }
    req = make(kind="follow_up", meeting=meeting)
    recap = "Thank you for telling me about your bridge inspection work."
    told = letter(recap, "I'd love to tell you more about my capstone project at some point. If you have a moment to "
                  "send the guidance link, I'd be really grateful.")
    (f,) = errors(follow_up(told, req, "follow_up"))
    assert "capstone project" in f.hint
    sent = letter(recap, "I have attached a one-page summary of my capstone project. If you have a moment to send the "
                  "guidance link, I'd be really grateful.")
    assert errors(follow_up(sent, req, "follow_up")) == []


def test_ideas_connected_introduce_nobody() -> None:
    req = make(kind="follow_up", meeting=MEETING)
    told = letter("Thank you for our conversation about moving from the classroom into UX research; it connects well "
                  "with what your colleague at Shopify wrote.", "I will send my portfolio by Friday.")
    (f,) = errors(follow_up(told, req, "follow_up"))
    assert "introduce Ana to a colleague at Shopify" in f.hint
    made = letter("Thank you for our conversation about moving from the classroom into UX research. I look forward "
                  "to being connected with your colleague at Shopify.", "I will send my portfolio by Friday.")
    assert errors(follow_up(made, req, "follow_up")) == []


def test_the_reader_let_off_calls_off_only_the_readers_item() -> None:
    req = make(kind="follow_up", meeting=MEETING)
    topic = "Thank you for our conversation about moving from the classroom into UX research."
    # The writer's item done, the reader let off reading it: met.
    mine = letter(topic, "I appreciate your offer to connect me with your colleague at Shopify. As promised, I have "
                  "attached my portfolio; please don't feel obliged to read it closely.")
    assert errors(follow_up(mine, req, "follow_up")) == []
    # The reader's item waived: called off, so missing.
    theirs = letter(topic, "Please don't feel you need to introduce me to your colleague at Shopify. I will send my "
                    "portfolio by Friday.")
    (f,) = errors(follow_up(theirs, req, "follow_up"))
    assert "introduce Ana to a colleague at Shopify" in f.hint


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("I look forward to being introduced to your colleague at Shopify.", True),
        ("Thank you for offering to put me in touch with a colleague of yours.", True),
        # The item's words used in other senses: no introduction to anyone is mentioned.
        ("Your reading list introduced me to several tools. A colleague of mine at Shopify liked it too.", False),
        ("I read the introduction of the guide you sent.", False),
    ],
)
def test_an_introduction_item_is_met_only_by_an_introduction_to_its_person(sentence: str, met: bool) -> None:
    req = make(kind="follow_up", meeting=MEETING)
    text = letter(
        "Thank you for our conversation about moving from the classroom into UX research.",
        sentence + " I will send my portfolio by Friday.",
    )
    assert (errors(follow_up(text, req, "follow_up")) == []) is met


def test_an_introduction_item_in_the_present_tense_is_not_met_by_connection_queues() -> None:
    meeting = {
        "topics": ["moving from teaching into UX research"],
        "action_items": ["Maria introduces Ana to someone on her grid planning team", "Ana sends her slides"],
    }
    req = make(kind="follow_up", meeting=meeting)
    said = "Thank you for our conversation about moving from teaching into UX research. I have attached my slides."
    # "connection" names no introduction here: the grid's connection queues.
    queues = letter(said, "Your remarks on grid-scale storage and connection queues were the clearest I have heard.")
    assert [f.message for f in errors(follow_up(queues, req, "follow_up"))] == [
        "The agreed action item is missing: Maria introduces Ana to someone on her grid planning team."
    ]
    for met in (
        "I would be grateful for the connection you offered to your grid planning team.",
        "Thank you for offering to introduce me to a colleague on your grid planning team.",
    ):
        assert errors(follow_up(letter(said, met), req, "follow_up")) == [], met


def _one_item(item: str) -> tuple[LetterRequest, str]:
    """A follow-up request whose meeting agreed on ``item`` alone, and a first sentence that recaps its topic."""
    meeting = {"topics": ["moving from teaching into UX research"], "action_items": [item]}
    said = "Thank you for our conversation about moving from teaching into UX research."
    return make(kind="follow_up", meeting=meeting), said


def test_an_introduction_to_a_colleague_is_met_by_the_colleague_named() -> None:
    req, said = _one_item("Maria will introduce Ana to a colleague on the research team")
    named = letter(said, "And thank you for offering to introduce me to Priya on the research team.")
    assert errors(follow_up(named, req, "follow_up")) == []


def test_an_introduction_is_to_a_person_not_to_a_synonym_of_their_role() -> None:
    req, said = _one_item("Maria will introduce Ana to the learning producer")
    other = letter(said, "I want to introduce more of that playfulness into my lessons.")
    assert len(errors(follow_up(other, req, "follow_up"))) == 1
    met = letter(said, "I look forward to being introduced to your learning producer.")
    assert errors(follow_up(met, req, "follow_up")) == []


def test_an_item_to_hand_something_over_is_met_only_where_it_is_handed_over() -> None:
    req, said = _one_item("Maria will send Ana the level design document template")
    other = letter(said, "I have started to document each design decision, level by level.")
    assert len(errors(follow_up(other, req, "follow_up"))) == 1
    for sentence in (
        "Thank you for offering to send the level design document template.",
        "I would welcome the level design document template when you have a moment.",
        "The level design document template arrived this morning.",
        # The reader's offer chased, however rudely (je18).
        "I assume the level design document template you offered just slipped your mind.",
        "You said you would send the level design document template, so I am still hoping to see it.",
    ):
        assert errors(follow_up(letter(said, sentence), req, "follow_up")) == [], sentence


def test_a_plan_is_met_without_the_reason_it_gives_for_itself() -> None:
    req = make(follow_up="Email her assistant next week to find a convenient time.")
    text = letter(
        "I'd love to hear how you moved from teaching into UX research.",
        "Would you have time for a 20-minute phone call? I will drop a note to your assistant next week.",
    )
    assert errors(follow_up(text, req, "informational")) == []
    coffee = make(
        kind="keep_in_touch",
        purpose=None,
        ask=None,
        connection="your course",
        follow_up="meet her for a coffee when he finishes his safety diploma",
    )
    text = letter("I'm partway through my safety diploma. When it's done I'd love to buy you a coffee.")
    assert errors(follow_up(text, coffee, "keep_in_touch")) == []
    visit = make(
        kind="keep_in_touch",
        purpose=None,
        ask=None,
        connection="your course",
        follow_up="visit the end-of-year exhibition",
    )
    for sentence in (
        "I very much hope to visit the end-of-year exhibition.",
        "I very much look forward to visiting the end-of-year exhibition.",
        "The end-of-year exhibition is in June, and I'd love it if I could visit.",
    ):
        assert errors(follow_up(letter(sentence), visit, "keep_in_touch")) == [], sentence
    open_day = make(
        kind="keep_in_touch", purpose=None, ask=None, connection="your course",
        recipient={"name": "Maria Chen", "salutation": "Ms. Chen", "organization": "Ashby College"},
        follow_up="visit the college's open day to see the new workshop",
    )
    # To come to an open day is to visit it.
    text = letter("I'm planning to come to the college's open day to see the new workshop.")
    assert errors(follow_up(text, open_day, "keep_in_touch")) == []
    proposed = make(follow_up="write again in January, should the timing then be better")
    text = letter("If now is busy, I would propose to write again in January, when the timing may be better.")
    assert errors(follow_up(text, proposed, "informational")) == []


def test_a_plan_to_send_something_is_not_met_by_other_plans_for_it() -> None:
    req = make(kind="thank_you", meeting=MEETING, follow_up="send her my catchment study once it is finished")
    said = "Thanks for the tips on building a research portfolio."
    other = letter(said, "Your comments have changed how I will approach my catchment study.")
    assert [f.message for f in errors(follow_up(other, req, "thank_you"))] == [
        "The letter does not say how you will follow up."
    ]
    sent = letter(said, "I will send you my catchment study once it is finished.")
    assert errors(follow_up(sent, req, "thank_you")) == []
    yours = letter(said, "Once my catchment study is finished, it will be with you the same day.")
    assert errors(follow_up(yours, req, "thank_you")) == []


def test_an_item_waived_only_in_its_timing_is_met() -> None:
    req = make(kind="follow_up", meeting=MEETING)
    text = letter(
        "Thank you for our conversation about moving from the classroom into UX research.",
        "I appreciate your offer to connect me with your colleague at Shopify; there is no need to hurry. I will "
        "send my portfolio by Friday.",
    )
    assert errors(follow_up(text, req, "follow_up")) == []


def test_thank_you_needs_a_topic() -> None:
    req = make(kind="thank_you", meeting=MEETING)
    assert errors(follow_up(letter("Thanks for the tips on building a research portfolio."), req, "thank_you")) == []
    assert len(errors(follow_up(letter("Thank you for your time."), req, "thank_you"))) == 1


def test_no_plan_is_only_a_warning() -> None:
    text = letter("I'd love to hear how you moved into UX research. Would you have time for a call?")
    assert [f.severity for f in follow_up(text, make(), "informational")] == ["warning"]
    assert list(follow_up(text.replace("?", "? I will follow up next week."), make(), "informational")) == []
    assert list(follow_up(text, make(kind="keep_in_touch", purpose=None, ask=None), "keep_in_touch")) == []


# ---------------------------------------------------------------------------------------------
# Hostile input


@pytest.mark.parametrize(
    "text",
    [
        "Dear Maria," + " " * 300_000 + "x",
        "[(" * 150_000,
        "Sam Patel Sam Patal Jordan suggested " * 8_000,
        "2018-2021-" * 30_000,
        "Aaaa " * 60_000,
        "Could you hire me or refer me for the analyst role on your team? " * 5_000,
    ],
)
def test_hostile_input_is_fast(text: str) -> None:
    req = make(
        kind="follow_up",
        referrer={"name": "Sam Patel"},
        follow_up="call the office next Tuesday",
        meeting=MEETING,
        sender={"name": "Ana Ruiz", "resume": "Led a team of twelve engineers at Acme from 2018 to 2021. " * 20},
    )
    start = time.perf_counter()
    for rule in (purpose, resume_dump, referral, job_ask, follow_up):
        list(rule(text, req, "follow_up"))
    assert time.perf_counter() - start < 5.0


# ---------------------------------------------------------------------------------------------
# Generalisation: weaknesses found on an independently written set of letters


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # One word of the letter is one concept: "school" is not "classroom teaching" *and* "school".
        ("her path from classroom teaching to school leadership", "I left the school feeling encouraged.", False),
        (
            "her path from classroom teaching to school leadership",
            "Your move from the classroom into leadership.",
            True,
        ),
        # ... but a merged concept still counts its words: a quick call is the 20-minute phone call.
        ("a 20-minute phone call", "Could we have a quick call?", True),
        ("a 20-minute video call", "Would you have time for a short Zoom chat?", True),
        # "Stay connected" / "keep in touch" is no call.
        ("a 20-minute phone call", "I would be glad to stay connected and hear any thoughts you have.", False),
        ("a 20-minute phone call", "I hope we can keep in touch over the coming months.", False),
        ("a 20-minute phone call", "Could we connect by phone for twenty minutes?", True),
    ],
)
def test_mentions_counts_each_concept_once(phrase: str, text: str, expected: bool) -> None:
    assert mentions(text, phrase, ignore=("maria", "chen")) is expected


@pytest.mark.parametrize(
    ("a", "b"), [("clerkship", "clerk"), ("apprenticeship", "apprentice"), ("internship", "intern")]
)
def test_stem_strips_ship(a: str, b: str) -> None:
    assert stem(a) == stem(b)
    assert stem("worship") == "worship"


def test_the_ask_names_the_readers_organisation_as_yours() -> None:
    req = make(
        recipient={"name": "Maria Chen", "salutation": "Ms. Chen", "organization": "Western Justice Service"},
        ask="Permission to observe one of the service's facilitator training days.",
    )
    text = letter(
        "I'd love to hear how you moved from teaching into UX research.",
        "I wonder whether you would allow me to sit at the back of one of your facilitator training days.",
    )
    assert [f.message for f in errors(purpose(text, req, "informational"))] == []


def test_an_ask_for_an_introduction_is_made_without_its_relative_clause() -> None:
    req = make(ask="An introduction to her colleague Tendai Moyo, who runs the organisation's logistics training.")
    text = letter(
        "I'd love to hear how you moved from teaching into UX research.",
        "Would you be comfortable putting me in touch with Tendai?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_a_misspelt_surname_with_another_initial_after_the_given_name() -> None:
    req = make(kind="introduction", referrer={"name": "Siobhan Kavanagh", "relationship": "a fellow parent"})
    text = letter("Siobhan Cavanagh, your payroll manager, suggested I get in touch.", "Could we have a call?")
    found = errors(referral(text, req, "introduction"))
    assert len(found) == 1 and "misspelt" in found[0].message and text[found[0].start : found[0].end] == "Cavanagh"


def test_i_am_asking_for_is_a_request() -> None:
    req = make(ask="a 30-minute meeting at your office")
    text = letter(
        "I'd love to hear how you moved from teaching into UX research.",
        "I am asking for a 30-minute meeting at your office.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_emphasis_adverbs_carry_no_meaning_in_a_purpose() -> None:
    req = make(purpose="understand what an editor's week actually involves and whether classroom years count")
    text = letter(
        "I would love to understand what an editor's week involves, and whether my classroom years count.",
        "Would you have time for a 20-minute phone call?",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_vague_hope_to_stay_in_touch_is_not_the_ask() -> None:
    text = letter(
        "Sam Patel suggested I write. I would love to learn how you moved from teaching into UX research.",
        "I'd be glad to stay connected and to hear any thoughts you might have whenever the time is right.",
        "Thank you for your time.",
    )
    found = errors(purpose(text, make(), "informational"))
    assert [f.message for f in found] == ["The letter never makes the specific ask."]


@pytest.mark.parametrize(
    ("connection", "body", "ok"),
    [
        # The relation verb is what the reader did with the writer: "under you" says it.
        (
            "Sal supervised his apprenticeship.",
            "I could not have passed without my years of apprenticeship under you.",
            True,
        ),
        ("Dana mentored her during her residency.", "Your guidance during my residency still shapes my work.", True),
        # A derived noun names the same post.
        (
            "Ana clerked for Judge Holt two years ago.",
            "It has been two years since I finished my clerkship in your chambers.",
            True,
        ),
        # Generic words shared by chance ("project", "together", "county") do not name the connection.
        (
            "They worked together on the county flood-mapping project.",
            "I hope things at the county office are calm. I wanted to share some news: I finished my "
            "certificate. My final project came together well, and I'm keen to put the new skills to work on "
            "environmental mapping.",
            False,
        ),
        # A hackathon is an event: the reader's organisation alone does not name it.
        (
            "the hackathon at Quanta Labs where he was one of the judges",
            "I hope all is going well for you and your team at Quanta Labs.",
            False,
        ),
        (
            "the hackathon at Quanta Labs where he was one of the judges",
            "You judged the Quanta Labs hackathon I took part in last year.",
            True,
        ),
        # A clause of the connection is not met where another kind of work is named in its place.
        (
            "his radio interview on community energy, after which she wrote to him and he replied with advice",
            "I wrote to you after reading your newspaper column on community energy, and you replied with advice.",
            False,
        ),
        (
            "his radio interview on community energy, after which she wrote to him and he replied with advice",
            "I wrote to you after hearing your radio interview on community energy, and you replied with advice.",
            True,
        ),
        # "Talking it through" is the verb: it names no webinar, and the article named is another piece.
        (
            "your webinar on grant writing for small charities",
            "I wrote after reading your article on grant writing for small charities, and talking it through "
            "with you was even more useful.",
            False,
        ),
        (
            "your webinar on grant writing for small charities",
            "I wrote after your webinar on grant writing for small charities, and talking it through with you "
            "was even more useful.",
            True,
        ),
        # A mentor *noun* is the relationship itself: the programme must be named, not just "you".
        (
            "she was Ana's mentor in the women in policy mentoring program",
            "Your advice about policy research helped.",
            False,
        ),
        # The writer's own story in the connection's words (Ana taught science) does not name it.
        (
            "she mentored her through the Teachers into Science Careers programme",
            "I wanted to let you know how things are going. After eight years teaching science, I now run the "
            "lab at a biotech firm.",
            False,
        ),
        (
            "Sal supervised her science teaching placement.",
            "I think often of the teaching placement you supervised.",
            True,
        ),
        # The event told in other words, with two of its own distinctive words beside the writer's story.
        (
            "her workshop on science teaching at the Dublin Media Festival",
            "The session you ran in Dublin on teaching science, at the Media Festival, is why I am writing.",
            True,
        ),
        # How long ago it was and that it lasted are not what makes it this connection.
        (
            "she interviewed her for an internship years ago and they have stayed in touch",
            "I often think of your advice when you interviewed me for that internship.",
            True,
        ),
        (
            "she interviewed her for an internship years ago and they have stayed in touch",
            "It has been years since we were last in touch, and I hope you are well.",
            False,
        ),
        # A thesis adviser is who the writer wrote the thesis under.
        ("he was her thesis adviser", "It has been a while since I finished my thesis under your supervision.", True),
        ("he was her thesis adviser", "It has been a while since I finished my thesis.", False),
        # The "co-" of a verb is no word the letter must repeat (dy).
        (
            "they co-authored a briefing paper on water pricing",
            "Working with you on our briefing paper on water pricing is still a favourite memory.",
            True,
        ),
        ("they co-authored a briefing paper on water pricing", "I read a paper on water pricing last week.", False),
        # What they did then, told without what they have done since (fk).
        (
            "they met on a forklift safety training course and have swapped notes on warehouse layouts since",
            "I still use the slotting trick you showed me on that forklift safety course.",
            True,
        ),
        (
            "they met on a forklift safety training course and have swapped notes on warehouse layouts since",
            "I finally passed my forklift licence last month.",
            False,
        ),
        (
            "she spoke at his graduation ceremony and afterwards received an industry award for her firm",
            "You spoke at my graduation ceremony, and I have meant to write ever since.",
            True,
        ),
        ("they taught together before Kelly's family moved", "It has been ages since we taught together.", True),
        ("they taught together before Kelly's family moved", "It has been ages since I last wrote.", False),
        # How the work was received is no part of it (gw03): "a widely shared article".
        (
            "Maria wrote a widely shared article on accessible banking apps that Ana read",
            "I read your article on accessible banking apps shortly after it was published.",
            True,
        ),
        ("Maria wrote a widely shared article on accessible banking apps that Ana read",
         "I have worked on accessible banking apps for years.", False),
        # The writer's reading is what the reader did with the writer (ai13): a sentence to "you" carries it.
        (
            "she read his published report on the Waihola wetland restoration for her dissertation",
            "Your report on the Waihola wetland restoration was central to my dissertation.",
            True,
        ),
        # A lecturer is one who taught the writer (gp33).
        (
            "her former lecturer in instrumental analysis",
            "You taught me instrumental analysis some years ago, and I hope you will not mind a note from a former "
            "student.",
            True,
        ),
        ("her former lecturer in instrumental analysis", "I have kept up with instrumental analysis since.", False),
    ],
)
def test_connection_needs_its_distinctive_words(connection: str, body: str, ok: bool) -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, connection=connection)
    text = letter(body, "Thank you again for everything.", greet="Dear Sal,")
    assert (errors(referral(text, req, "keep_in_touch")) == []) is ok


@pytest.mark.parametrize(
    "sentence",
    [
        "P.S. I've attached my CV; if you think it fits, could you pass it on to the hiring manager?",
        "I would love to be considered for the analyst opening you mentioned on your team.",
        "If a position becomes available on your team, I would be grateful to hear about it.",
        "Could you introduce me to the recruiter for the coordinator role?",
        "Would you be willing to put me forward for the vacancy?",
        "I'd appreciate being considered should a vacancy arise.",
        "Would you mind forwarding my CV to HR?",
        "I would be glad if you could keep my CV on file.",
        "Could you share my portfolio with your hiring team?",
        "I'm hoping to be considered for the graduate scheme at your firm.",
        "Could you put in a word for me with the hiring manager?",
        "- Could you pass my résumé along to the talent team?",
        "Should your firm ever be short of a specialist, I would jump at the chance to join you.",
        "If a post opens, I hope you will remember this email.",
        "If it isn't too forward, would someone with my background be worth putting forward for it?",
        "I'd be grateful if you could mention my name to whoever is drawing up the shortlist.",
        "I would love to be shortlisted for the coordinator post.",
        "Could I have a go at the mapping exercise your team sets applicants, and have it count as my application?",
        "Could you make sure my application reaches a person rather than the automated screening?",
        "Might your recruiter let me skip the screening stage and go straight to the final interview?",
        "Would you let me do a trial shift in your pastry section one morning?",
        "If it were possible to reserve a place for me now, before the placements are advertised, I'd be grateful.",
        "It would mean a great deal if you would sponsor my application when it opens.",
        "Might you be willing to request me for a spell in your team?",
        "If your team could use another organiser, I'm free and could start straight away.",
        "I'd happily take on a small paid brief for your team, so you could see what I'd bring if you were "
        "ever hiring.",
        "If anyone on your desk is heading off on maternity leave, I'd happily step in and cover.",
        "Perhaps we could treat the call as my first-round conversation for the analyst vacancy.",
        "I could run site surveys for your team a few days a week, at whatever rate you think fair.",
        "I'd be glad to work through the backlog for you on a fixed-term contract.",
        "I have put together a note of my notice period and the salary I would be looking for.",
        "All I would ask in return is to hear about the next editor vacancy before it goes public.",
        "If a drawing board ever sits empty in your studio, I hope you will think of me first.",
        "If the role opens, I'd love to throw my name in the hat.",
        "When you next review your pool of freelance translators, I'd be delighted if you would add my name to it.",
        "And if a QA internship ever opens up at your studio, I hope you'll think of me!",
        "Should a facilitator's chair ever come free on the programme, I would happily sit whatever assessment "
        "your team uses.",
        "If our call goes well, may I name you as my contact inside the company on the application form?",
        "If there were ever room for me in your team, at any level, I would take it gladly.",
        "I wondered whether you might be able to spare me the numerical test stage when I apply.",
        "And when a place opens in your training team, I really hope you will think of my name first.",
        "Should the clinic ever need a locum optometrist, I would be delighted to be the person you ring.",
        "If the budget allows another analyst, I hope you'll make the case for one more seat, with me in it.",
        "If the money comes through, I'd love to be one of the names on the project's team sheet.",
        "What would you need to see from me before you'd be happy to take me on at the studio?",
        "One more thing: should your crew turn out to be a person short when the campaign starts, please count me in.",
        "Should the design team ever find itself short of an engineer like me, I would be delighted if my name came "
        "to mind.",
        "Should it need someone with Portuguese when its desks are filled, I hope our talk had made me an easy choice.",
        "And if my name happened to find its way to whoever is putting together the graduate analyst intake, I "
        "would not object.",
        "When its doors open, I'd like to think there might be a bench there with my name on it.",
        "I would happily work alongside your team for a trial period, so you could judge whether to keep me.",
        "If the day goes well, I would stay on with the Trust in whatever capacity the survey team could use me.",
        "I would gladly coordinate the surveys on whatever footing the partnership can manage.",
        "Perhaps you might mention to your managing partner a young lawyer who might be worth a place at the firm.",
        "Would you mind keeping my details on file?",
        "Please read this as a formal expression of interest in the research support work.",
        "When you begin looking for people to run it, I would very much like to be first in the queue.",
        "If the publisher ever has more covers than your illustrators can manage, send the spare ones my way.",
        "If you felt comfortable referring me for the senior designer role, I'd be hugely grateful.",
        "And if anything comes up on your side for new graduates, I would love to be the first to hear.",
        "Could you pass my name to whoever handles graduate intake at your firm?",
        "I would be glad to help out on your team in any capacity, if that would ever be useful to you.",
        "My questions: how you run testing sessions, which certifications count, and is the team taking on anyone "
        "this year?",
        "I would jump at the chance to join in even a junior capacity.",
        "I would also appreciate knowing who would be the right person at your firm to send my application to.",
        "Would you let me know when your next internship cycle opens, so that I can apply with your support?",
        "I would be grateful if you could mention my name when your graduate scheme shortlist is drawn up.",
        "I should also mention that I am now available for contract work, should your team need support.",
        "I would be so grateful if you could introduce me to whoever is leading hiring for the new lab.",
        "A planner vacancy has opened in your team, and if you felt comfortable putting me forward for it I'd be "
        "very grateful.",
        # A third author's (f9).
        "I hope it might be the start of a path onto your team, and if you were able to find a place for me there, "
        "I would be delighted.",
        "If it went well, I'd be keen to be taken on as a trainee.",
        "I would welcome the chance to be interviewed for the platform engineer role on your team.",
        "And, if there's room, would you let me join the field crew on the next drilling programme?",
        "Honestly, I would love to come on board at your studio; if there is any way, please tell me how.",
        "I would be very grateful if you felt able to recommend me to the partners for the associate vacancy.",
        "I would be thankful if you could arrange for me to sit the assessment for your next apprenticeship intake.",
        "If you could see your way to bringing me in-house at your agency as a staff translator, I'd be delighted.",
        "I'd love to be your next people analyst hire when you grow the team.",
        "If you felt comfortable putting in a word for me with the hiring manager, I would be so grateful.",
        # A fourth author's hints (x9).
        "If you have a spare bunk on the next survey, I would jump at signing on as a paid field assistant.",
        "I would be grateful if you could add me to the rota of freelancers the features desk commissions from.",
        "I would also be so grateful if you could take me onto your curatorial staff for the new exhibition.",
        "Should the practice want cover on my days off, I would be pleased to be engaged as your locum pharmacist.",
        "I would be very grateful to know whether your firm might offer me a training contract.",
        "I've applied for the data scientist post, and if you could make sure it reaches the shortlist, I'd be glad.",
        "I would be grateful if you could flag my name to the people running your graduate engineering intake.",
        "I have applied to the graduate programme, and a word from you to the selection team would mean a great deal.",
        "And if you could find room for me in one of your primary teaching posts, I would move at once.",
        "If there is a seat on the production side of it, I would really love you to bring me in.",
        "I'd love it if Pinecone Games trusted me with the score for your next title.",
        "If your team has room for a structural engineer then, I would be glad to be allowed to apply to you directly.",
        "I would be grateful to sit down with your operations lead and be interviewed for that opening.",
        # A fifth author's hints (bf) and the second author's leftovers (q8), in other words than theirs.
        "If you thought I was ready, I'd be grateful if you'd let me interview for the analyst post.",
        "Would you allow me to audition for the principal cellist chair next season?",
        "I would be thrilled if you would let me try out for the apprentice scheme with your crew.",
        "The coordinator post sounds ideal; would you let me step into it when Maya leaves?",
        "If you are still a translator short, would you let me fill that gap for the spring?",
        "I wondered whether you might give me a few paid shifts on the weekend desk.",
        "Do you think you might have a place for me as a junior technician in your lab?",
        "Might the practice have a position for me once I qualify?",
        "If a seat comes up, would you be willing to hold it open for me until June?",
        "Would you be happy to have me on your nursing staff, even part-time?",
        "Could you slot me onto the team that staffs the summer festival?",
        "Would you pass my showreel along to the producer who hires for the drama unit?",
        "If the studio ever needs a junior colourist, I would be glad to be that person.",
        "Should the lab ever need another pair of hands, I would love the chance to prove myself.",
        "Could I step in and do the maternity cover on your team myself?",
        "When the festival staffs up, could I be your stage manager on it?",
        "Perhaps the call could double as a first chat about whether I'd fit on your team.",
        "I'd be grateful if my CV could sit on your shortlist for the next round.",
        "If your editing suite has a spare chair, I'd gladly fill it.",
        # A sixth author's hints (bp), in other words than theirs: the post by its title.
        "Would you consider taking me into the hydrology team at Riverside as a graduate modeller?",
        "Could I join your newsroom as a trainee reporter when the autumn intake starts?",
        "After the placement, would you let me stay on as an assistant curator?",
        "Please let your partners know that I'm available to start in September.",
        "Could your editor make me one of your regular correspondents?",
        "Do you think the charity would deploy me on its winter appeal?",
        "Might the hospital perhaps offer me a locum post over the summer?",
        "I would happily swap my job in retail for a seat in your buying team.",
        "If the unit ever needs a statistician, would you let me be the one?",
        "Would you be able to arrange for me to sit the assessment interview next round?",
        "It would mean a great deal if you referred me for the analyst opening.",
    ],
)
def test_job_ask_paraphrases(sentence: str) -> None:
    assert len(errors(job_ask(letter("I teach science.", sentence), None, "informational"))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned that you could share my portfolio with the hiring team; thank you, it is attached.",
        "As you suggested, I will send my portfolio to the design lead.",
        "If anything comes up, please feel free to reschedule.",
        "The opening you mentioned at the conference sounded like an exciting project for your team.",
        "How did you get your CV in front of hiring managers when you changed fields?",
        "I would jump at the chance to join you for coffee at the conference.",
        "And when studios do take on someone from a museum background, what usually tips the balance?",
        "Most of the work is keeping clinicians informed, rather than screening patients alone.",
        "I check every drawing against the brief before it goes out.",
        "When you are next in Lima, I hope you will think of us.",
        "Let me know which stage of the project would suit a visit.",
        "I would love it if you could take me on a tour of the site one day.",
        "If you run the workshop again next spring, count me in!",
        "Samuel, who did his doctorate in my group before joining your team, suggested I write to you.",
        "As agreed, my CV is attached. It isn't for any opening; I'd just love your eye on how I present my years.",
        "I would be first in line for your next workshop.",
        "You took me on as an apprentice when nobody else would, and I tell my students that story often.",
        "I think ten years on the wards makes me a natural fit for clinical education.",
        "My name may have found its way to you through Sam, who suggested I write.",
        "If anything comes up before our call, I would love to be the first to know about the new date.",
        "Once your summer school programme opens, I will read the brief so that I can apply what I learn.",
        "I am available for a call any day next week, if you are free.",
        "Could you introduce me to someone who has moved from teaching into research?",
        "It was lovely to hear more about the clinical coding apprenticeship and the shadowing opportunities in "
        "your coding team.",
        "I wanted to thank you for taking me on as a volunteer, and to let you know how it has gone.",
        "If you could find a spot for me in your diary next month, I would be grateful.",
        "Sam mentioned that your studio is hiring at the moment, but that isn't why I'm writing.",
        "What would you recommend me to read first?",
        "I will let you know which universities offer me a place.",
        "I was a paid intern at the museum for two summers before I started teaching.",
        "Could you tell me how the selection team reads applications for the graduate scheme?",
        "I would love to hear how your studio decides who to trust with the score for a new title.",
        "Please make the introduction before I submit my application, as I want her view on it first.",
        "I would love a seat on your next advanced course when bookings open.",
        # Near misses of the fifth round's families.
        "Let me interview you for the alumni newsletter, if you have twenty minutes.",
        "Please let me fill in the consent form before the visit.",
        "Could you give me some feedback on the portfolio I sent?",
        "Do you have a place for me on the waiting list for the spring course?",
        "Could you slot me in for a quick call next week?",
        "It would be lovely to have me on your team's call for a day to see how planning works.",
        "I wondered whether I'd fit in a team like yours, and what you look for in a planner.",
        "Could you tell me how the partner who hires for the landscape team reads a portfolio?",
        "If you need anything from me before the call, I am happy to prove myself useful with notes.",
        "I'd love to hear how you covered the maternity cover rota when you managed the ward.",
        # Near misses of the sixth round's families.
        "Thank you for having me as a guest at the design review.",
        "I'd love to hear how you started as a junior designer.",
        "I am happy to continue as a teacher while I study for the certificate.",
        "The certificate would make me a better analyst, whatever I do next.",
        "Could you tell me which teams deploy graduates to field missions?",
        "They did offer me a place on the course, which starts in June.",
        "If your team ever needs a speaker for the schools programme, I know a great one.",
        "Would you arrange for me to have an informational interview with someone in your team?",
        "I took over as the department's first data officer last spring.",
        # The referral that brought the letter, not one into a job.
        "Given that Sunita referred me personally, I hope a short call is possible.",
        # The writer's own step told, not asked for (ji).
        "I did submit my application last week, so that part is done.",
        # Help offered at an event (jh).
        "Do let me know if you ever need an extra pair of hands at one of your open days; I would be glad to help.",
    ],
)
def test_job_ask_paraphrases_not_found(sentence: str) -> None:
    assert errors(job_ask(letter("I teach science.", sentence), None, "informational")) == []


@pytest.mark.parametrize(
    ("lead", "items", "dump"),
    [
        (
            "In my current role my day-to-day duties include:",
            ["Preparing lesson plans", "Running the robotics club"],
            True,
        ),
        ("My key responsibilities are:", ["Sequencing library prep and QC", "The sample tracking database"], True),
        (
            "Over the past three years I have been:",
            ["Coordinating volunteer rotas", "Organising fundraising events"],
            True,
        ),
        ("I'd love to hear your thoughts on:", ["Moving from teaching into UX", "Building a portfolio"], False),
        ("I have a few questions:", ["Your path from teaching into UX", "What a typical day looks like"], False),
        ("Specifically, I'm curious about:", ["Breaking into the field", "Balancing study and work"], False),
    ],
)
def test_duty_lists_under_a_lead_about_the_writer(lead: str, items: list[str], dump: bool) -> None:
    block = lead + "\n" + "\n".join("- " + item for item in items)
    text = letter("I teach science and hope to move into UX research.", block, "Would you have time for a call?")
    assert bool(errors(resume_dump(text, None, "informational"))) is dump


def test_aims_are_not_self_description() -> None:
    text = letter(
        "My name is Ana Ruiz, and I am a site engineer on residential developments. I am also studying for a "
        "project management certificate. I have long admired the projects delivered by your firm, and I would "
        "like to learn what separates a strong site engineer from a project manager. I want to make sure I am "
        "building the right skills now.",
        "Would you have twenty minutes for a call?",
    )
    assert errors(resume_dump(text, make(), "informational")) == []


def test_follow_up_topic_not_recapped_by_a_shared_word() -> None:
    meeting = {
        "topics": ["her path from classroom teaching to school leadership"],
        "action_items": ["Send the draft growth plan"],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter(
        "Thank you for meeting with me. I left the school with a much clearer sense of my next steps.",
        "As promised, I have attached my draft growth plan.",
    )
    found = errors(follow_up(text, req, "follow_up"))
    assert [f.message for f in found] == ["The letter does not recap anything you discussed."]


def test_a_topic_is_not_recapped_in_the_words_of_the_writers_own_story() -> None:
    meeting = {"topics": ["how construction projects are scheduled", "site safety duties of a project manager"]}
    req = make(
        kind="thank_you",
        meeting=meeting,
        sender={
            "name": "Ana Ruiz",
            "background": "Ten years teaching science.",
            "goal": "Manage construction projects.",
        },
    )
    generic = letter(
        "Thank you for meeting with me. I left feeling far more confident about moving into managing construction "
        "projects after ten years of teaching."
    )
    recap = letter("Thank you for meeting with me, and for showing me how you schedule a construction project.")
    assert [f.message for f in errors(follow_up(generic, req, "thank_you"))] == [
        "The letter does not recap anything you discussed."
    ]
    assert errors(follow_up(recap, req, "thank_you")) == []


def test_a_plan_stated_as_a_wish_to_volunteer() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="volunteer at the school sealant day in spring")
    text = letter("Thank you again. I would love to volunteer at the school sealant day in the spring.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_not_knowing_what_the_reader_could_tell_states_an_aim() -> None:
    req = make(purpose="learn what fintech teams look for in junior front-end developers")
    text = letter(
        "Sam Patel suggested I write to you. The problem is that I don't really know what fintech teams look for "
        "in junior front-end developers.",
        "Would you have time for a 20-minute phone call?",
        "Thank you.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_a_readers_check_taken_over_by_the_writer_is_missing() -> None:
    meeting = {
        "topics": ["the policy fellowship"],
        "action_items": ["Ms. Chen will check whether the fellowship accepts applicants without a degree"],
    }
    req = make(kind="follow_up", meeting=meeting)
    taken = letter(
        "Thank you for telling me about the policy fellowship.",
        "I will also find out whether the fellowship accepts applicants without a degree.",
    )
    kept = letter(
        "Thank you for telling me about the policy fellowship.",
        "Thank you for offering to check whether the fellowship accepts applicants without a degree.",
    )
    assert [f.message for f in errors(follow_up(taken, req, "follow_up"))] == [
        "The agreed action item is missing: Ms. Chen will check whether the fellowship accepts applicants without "
        "a degree."
    ]
    assert errors(follow_up(kept, req, "follow_up")) == []


def test_an_item_sent_below_in_the_letter_is_handed_over() -> None:
    meeting = {
        "topics": ["giving a first conference talk"],
        "action_items": ["Ana will send Ms. Chen her draft abstract"],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter(
        "Thank you for your tips on giving a first conference talk.",
        "My draft abstract is below, so you can see where it is heading.",
        "Draft abstract: a short story about a bug and a long night.",
    )
    assert errors(follow_up(text, req, "follow_up")) == []


def test_a_plan_in_steps_is_stated_only_when_each_step_is() -> None:
    plan = "observe one workshop and then send her my notes on it"
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up=plan)
    half = letter("Thank you again. I am very much looking forward to observing one of your workshops.")
    whole = letter(
        "Thank you again. I am very much looking forward to observing one of your workshops, and I will send "
        "you my notes on it afterwards."
    )
    assert [f.message for f in errors(follow_up(half, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]
    assert errors(follow_up(whole, req, "keep_in_touch")) == []


def test_a_plan_to_call_turned_round_into_a_call_from_the_reader_is_missing() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="call her office on Monday to arrange a visit")
    turned = letter("Thank you again. Would it be easiest for someone from your office to ring me on Monday to arrange "
                    "a visit?")
    kept = letter("Thank you again. I will call your office on Monday to arrange a visit.")
    assert [f.message for f in errors(follow_up(turned, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]
    assert errors(follow_up(kept, req, "keep_in_touch")) == []
    email = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="email her the finished case study in April")
    for sentence in (
        "If you'd like to see the finished case study, do drop me a line in April and I'll happily show you.",
        "If a look at the finished case study ever appeals, I'd love it if you could give me a call in April.",
    ):
        assert [f.rule for f in errors(follow_up(letter("Thank you again. " + sentence), email, "keep_in_touch"))] == [
            "follow-up"
        ], sentence
    both = letter("Thank you again. I'll email you the finished case study in April, or drop me a line sooner.")
    assert errors(follow_up(both, email, "keep_in_touch")) == []


def test_a_plan_stated_as_a_hope_or_an_invitation() -> None:
    write = make(kind="keep_in_touch", purpose=None, ask=None,
                 follow_up="write to her again about the summer school when applications open")
    text = letter("When applications open for the summer school, I hope I may write to you again about it.")
    assert errors(follow_up(text, write, "keep_in_touch")) == []
    invite = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="invite her to the album launch gig")
    text = letter("I'd love you to come to my album launch gig as my guest.")
    assert errors(follow_up(text, invite, "keep_in_touch")) == []


def test_a_plan_to_send_results_is_met_without_every_word_of_what_they_are_of() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="email her the results of the tree-planting trial on the old waste dump next year")
    text = letter("Back home I started a tree-planting trial on the old waste dump of our mine.",
                  "Thank you. I will email you the results of the trial next year, after a full season.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_a_plan_to_send_stated_as_what_the_reader_will_receive() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="send her the usability study once written up")
    text = letter("Thank you. You offered to read my usability study: you will be receiving it as soon as it is "
                  "written up.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_a_readers_item_asked_for_is_carried() -> None:
    meeting = {
        "topics": ["building a UX portfolio"],
        "action_items": ["Ms. Chen will send a list of portfolio examples"],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you. Your advice on building a UX portfolio was spot on.",
                  "And I'd love that list of portfolio examples whenever you have a moment.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_a_plan_the_reader_asked_for_is_carried_out_by_the_letter() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="tell her how the first month of shifts went")
    text = letter("You asked us all to tell you how the first month of shifts went. So here I am: it went well.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_an_item_taken_over_or_handed_back_is_missing() -> None:
    meeting = {
        "topics": ["directing narrators through long sessions"],
        "action_items": [
            "Ms. Chen will ask the studio's producer whether Ana can observe a recording session",
            "Ana will draft a one-page outline of a volunteer induction and send it to Ms. Chen",
        ],
    }
    req = make(kind="follow_up", meeting=meeting)
    recap = "Thank you. What you said about directing narrators through long sessions has stayed with me."
    taken = letter(
        recap,
        "I'll get in touch with your producer myself and ask whether I could observe a recording session. I am "
        "drafting the one-page outline of a volunteer induction and will send it to you next week.",
    )
    assert [f.message for f in errors(follow_up(taken, req, "follow_up"))] == [
        "The agreed action item is missing: Ms. Chen will ask the studio's producer whether Ana can observe a "
        "recording session."
    ]
    awaited = letter(
        recap,
        "Thank you for asking your producer whether I could observe a recording session. I am looking forward to "
        "reading the one-page outline of a volunteer induction once you have had a chance to put it together.",
        "I will email you after the induction evening to share my thoughts on the volunteer role.",
    )
    assert [f.message for f in errors(follow_up(awaited, req, "follow_up"))] == [
        "The agreed action item is missing: Ana will draft a one-page outline of a volunteer induction and send it "
        "to Ms. Chen."
    ]


def test_an_introduction_to_a_role_is_met_by_the_role() -> None:
    meeting = {
        "topics": ["air quality monitoring around schools"],
        "action_items": ["Ms. Chen will introduce Ana to the council's air quality officer"],
    }
    req = make(kind="follow_up", meeting=meeting)
    shared = letter(
        "Thank you. You introduced me to a new way of thinking about air quality monitoring around schools."
    )
    assert [f.rule for f in errors(follow_up(shared, req, "follow_up"))] == ["follow-up"]
    met = letter(
        "Thank you. Your view of air quality monitoring around schools was eye-opening.",
        "I'd be grateful for the introduction to your air quality officer.",
    )
    assert errors(follow_up(met, req, "follow_up")) == []


def test_an_edit_list_under_the_letter_is_no_resume() -> None:
    text = letter("Would you have twenty minutes for a call?", "Thank you.") + (
        "\n---\nWhat I changed from your draft:\n- Moved Elena's name into the opening\n- Cut the paragraph about "
        "your thesis\n- Softened the ask\n"
    )
    assert errors(resume_dump(text, make(), "informational")) == []


def test_kindly_makes_a_request() -> None:
    req = make(ask="a 20-minute call")
    text = letter(
        "Sam Patel suggested I write. I would love to learn how Maria moved from teaching into UX research.",
        "Kindly give me a 20-minute call this week itself.",
        "Thank you.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_the_trust_you_showed_me_recaps_nothing() -> None:
    meeting = {"topics": ["how cycle counts are planned across the warehouse"]}
    req = make(kind="thank_you", meeting=meeting)
    text = letter(
        "Thank you so much for the time you gave me. I will treasure all your advice, and I promise to work hard "
        "to deserve the trust you showed me."
    )
    assert [f.message for f in errors(follow_up(text, req, "thank_you"))] == [
        "The letter does not recap anything you discussed."
    ]


def test_a_relation_verb_written_out_names_the_tie_even_in_the_writers_own_words() -> None:
    req = make(
        kind="keep_in_touch",
        purpose=None,
        ask=None,
        connection="Sal trained her when she joined Acme Health as a science teacher",
        sender={"name": "Ana Ruiz", "background": "Science teacher at Acme Health.", "goal": "Become a trainer."},
    )
    text = letter(
        "When you trained me as a new science teacher at Acme Health, I was so nervous.",
        "Thank you again for everything.",
        greet="Dear Sal,",
    )
    assert errors(referral(text, req, "keep_in_touch")) == []


def test_an_ask_raised_only_to_be_withdrawn_is_not_made() -> None:
    req = make(ask="a 20-minute phone call")
    text = letter(
        "Sam Patel suggested I write. I would love to learn how Maria moved from teaching into UX research.",
        "I was going to ask whether you might have 20 minutes for a phone call, but you are in the thick of a "
        "launch, so I'll leave it there.",
        "Thank you for reading.",
    )
    messages = [f.message for f in errors(purpose(text, req, "informational"))]
    assert messages == ["The letter never makes the specific ask."]


def test_a_number_of_the_connection_names_it_beyond_the_writers_story() -> None:
    req = make(
        kind="keep_in_touch",
        purpose=None,
        ask=None,
        connection="Sal was her general manager in Denver for eight of her twelve years there",
        sender={"name": "Ana Ruiz", "background": "Hotel manager who worked in Denver for twelve years."},
        recipient={"name": "Sal Moreno", "salutation": "Sal"},
    )
    text = letter(
        "Eight of my twelve years in Denver were spent working for you, and I still hear your voice.",
        "Thank you for all those years.",
        greet="Dear Sal,",
    )
    assert errors(referral(text, req, "keep_in_touch")) == []


def test_a_purpose_in_bullets_under_a_lead_that_states_the_aim() -> None:
    req = make(purpose="learn how teachers break into UX research and what a portfolio needs to show")
    text = letter(
        "Sam Patel suggested I write to you.",
        "There are two things I'm hoping to learn:\n\n- how teachers actually break into UX research\n- what a "
        "research portfolio needs to show that a lesson plan doesn't",
        "Would you be up for a 20-minute phone call at some point?",
        "Thank you.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_an_ask_made_as_an_expectation_is_still_the_ask() -> None:
    req = make(ask="a 30-minute call")
    text = letter(
        "I hope to learn how Maria moved from teaching into UX research.",
        "I expect a 30-minute call with you this week.",
    )
    assert errors(purpose(text, req, "informational")) == []


@pytest.mark.parametrize(
    ("ask", "background", "last", "asking"),
    [
        # "conversations" is background; the wish in the same sentence is about the writer's career.
        (
            "a 30-minute video call",
            "More and more of my conversations with parents now turn to design, and I would like eventually to "
            "become a researcher myself.",
            "Thank you for reading.",
            "Could we have a 30-minute video call, and I will bring questions?",
        ),
        # The calls persuaded the writer of the wish that follows; the last sentence asks only for thoughts, and
        # its "that" points back to the path, not to a call ("that I" joins a clause, naming nothing).
        (
            "a 15-minute phone call",
            "Years of phone calls from parents about the school's clunky website have convinced me that I would "
            "like to work in UX research.",
            "Any thoughts you might have on that path would be most welcome.",
            "A short phone call about that path would be most welcome.",
        ),
    ],
)
def test_the_ask_is_made_in_the_clause_that_asks(ask: str, background: str, last: str, asking: str) -> None:
    req = make(ask=ask)
    said = "Sam Patel suggested I write. I would love to learn how Maria moved from teaching into UX research."
    text = letter(said, background, last)
    messages = [f.message for f in errors(purpose(text, req, "informational"))]
    assert messages == ["The letter never makes the specific ask."]
    assert errors(purpose(letter(said, background, asking), req, "informational")) == []


def test_a_readers_item_asked_for_or_awaited_in_other_words_is_met() -> None:
    meeting = {
        "topics": ["planning last-mile delivery routes"],
        "action_items": [
            "Ms. Chen will share the usability checklist her team uses",
            "Ms. Chen will share the emissions dashboard template her team uses",
        ],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter(
        "Thank you for explaining how you plan last-mile delivery routes.",
        "Whenever you get a chance, I'd love a copy of the checklist your team works through when you test.",
        "I'll also keep an eye out for your dashboard template whenever you have a spare moment.",
    )
    assert errors(follow_up(text, req, "follow_up")) == []
    awaited = "I'll also keep an eye out for your dashboard template whenever you have a spare moment."
    missing = text.replace(awaited, "")
    assert [f.message for f in errors(follow_up(missing, req, "follow_up"))] == [
        "The agreed action item is missing: Ms. Chen will share the emissions dashboard template her team uses."
    ]


def test_a_plan_to_send_photos_is_met_by_pictures_and_an_invitation_by_asking() -> None:
    photos = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="send her photos of the finished mural")
    text = letter("Thank you again. We are on the last wall. I will post you some pictures of the mural once done.")
    assert errors(follow_up(text, photos, "keep_in_touch")) == []
    invite = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="invite Ms. Chen to the design forum")
    asked = letter("Thank you again. Would you be up for coming along to the design forum?")
    assert errors(follow_up(asked, invite, "keep_in_touch")) == []
    told = letter("Thank you again. The design forum was a great success this year.")
    assert [f.message for f in errors(follow_up(told, invite, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]


def test_a_purpose_put_as_numbered_questions_after_a_request_is_stated() -> None:
    req = make(purpose="find out which skills UX teams value most and whether teachers usually move across from "
               "tutoring or from training roles", ask="a short reply by email to two questions")
    text = letter(
        "Sam Patel suggested I write to you.",
        "If you have a spare moment, would you mind replying by email to two short questions?\n\n"
        "1. Which skills do UX teams value most when they look at a candidate?\n"
        "2. Do most teachers come across from tutoring, or from training roles?",
        "Thank you so much for your time.",
    )
    assert errors(purpose(text, req, "informational")) == []
    # The list numbers are no sentences of their own: the items are.
    sentences = [text[s:e] for s, e in analyze(text).sentences]
    assert "1." not in sentences and any(s.startswith("Which skills") for s in sentences)


def test_the_rest_of_the_ask_may_stand_in_the_clause_before_the_request() -> None:
    req = make(ask="a few lines by email on which of the two routes she would choose in his place")
    text = letter(
        "Sam Patel suggested I write. I would love to learn how Maria moved from teaching into UX research.",
        "I am torn between the two routes, and I would be very grateful for a few lines by email on which one you "
        "would choose in my position.",
    )
    assert errors(purpose(text, req, "informational")) == []


def test_a_record_told_in_other_verbs_is_self_description() -> None:
    # The third author of ordinary dumps (ft): degrees, training, languages and traits, one line for the reader.
    text = letter(
        "I studied for my LLB at the University of Lagos and then completed an LLM in Environmental Law. I trained "
        "at a commercial firm, reached the final of the moot court competition, and volunteered at a legal clinic. "
        "I speak English, Yoruba and French, and I have always been drawn to work that crosses borders. I think of "
        "myself as someone who is patient with detail and happiest with a difficult problem.",
        "Would you have time for a 20-minute call?",
    )
    assert [f.rule for f in errors(resume_dump(text, make(), "informational"))] == ["resume-dump"]
    # One sentence of the same record, before the aim, is background.
    short = letter(
        "I studied for my LLB at the University of Lagos and now work on tenancy cases.",
        "I would love to learn how young lawyers get started in climate litigation. Would you have time for a "
        "20-minute call?",
        "Thank you.",
    )
    assert errors(resume_dump(short, make(), "informational")) == []


def test_a_wish_to_understand_is_not_self_description() -> None:
    text = letter(
        "I manage the front office of a hotel, and I have trained many of our new receptionists in handling "
        "complaints. What fascinates me is the moment just before a complaint, when a small problem could still "
        "have been designed away. I would like to become a customer experience designer.",
        "I would be very grateful to understand how hospitality managers move into design, and whether a service "
        "design certificate would help me make that move. Would you join me on a call?",
        "Thank you.",
    )
    assert errors(resume_dump(text, make(), "introduction")) == []


def test_where_the_writer_is_steering_and_what_they_would_value_learning_is_not_self_description() -> None:
    text = letter(
        "Nadia Karim suggested I introduce myself.",
        "I am an account executive in B2B telecoms sales in Dubai and have been above target for three years "
        "running. Those numbers matter to me, but what I am proudest of is how many of my accounts renewed without "
        "a fight. That is why I am steering my career towards customer success leadership, and I would greatly "
        "value learning how Cloudvista builds its customer success team.",
        "Would you be open to a 30-minute call?",
        "Thank you.",
    )
    assert errors(resume_dump(text, make(), "introduction")) == []
    # The same record with a third sentence of record instead of the aim is mostly self-description.
    record = text.replace(
        "That is why I am steering my career towards customer success leadership, and I would greatly value learning "
        "how Cloudvista builds its customer success team.",
        "I also won the regional award for client retention two years in a row and led our largest renewal.",
    )
    assert [f.rule for f in errors(resume_dump(record, make(), "introduction"))] == ["resume-dump"]


def test_the_writers_next_ambition_is_not_self_description() -> None:
    text = letter(
        "It has been some time since we served together aboard the Aegean Lines ships.",
        "After 30 years at sea, I have come ashore for good. I completed a teaching certificate and now teach marine "
        "engineering at the Piraeus Maritime Academy. The cadets are bright and impatient, just as we were, and I "
        "find I enjoy the work enormously. My next ambition is to write a textbook for them, drawing on everything "
        "the sea taught me.",
        "Thank you for all you taught me.",
    )
    assert errors(resume_dump(text, make(), "keep_in_touch")) == []


def test_where_the_writers_work_has_led_them_is_not_self_description() -> None:
    text = letter(
        "I read your evidence to the committee on renters' rights with great interest.",
        "I am a solicitor at a legal charity, where much of my work involves drafting consultation responses on "
        "housing law. The word limits are usually strict, so I have learned to cut a draft down to the few "
        "arguments that matter and to write for readers who are not lawyers. It is the part of my job I enjoy "
        "most, and it has led me to think seriously about moving into policy.",
        "I would like to understand how lawyers make that move. Would you be willing to spare a 20-minute call?",
        "Thank you.",
    )
    assert errors(resume_dump(text, make(), "informational")) == []


@pytest.mark.parametrize(
    "body",
    [
        "I'm a consultant. I cut my teeth on supply chain projects at Accenture, went on to Deloitte, had a spell at "
        "KPMG, and I've now ended up at PwC.",
        "Bilingual compliance officer with experience in sanctions screening.\n\nProfile\n\nI am keen to learn more.",
        "You asked what I'd point to as evidence, and I undersold it on the call: 3 product launches, retention up "
        "22%, a redesign used by 1.2 million users, and a team of 9 designers I've managed through it all.",
    ],
)
def test_quiet_resume_dumps_in_prose(body: str) -> None:
    text = letter(body, "Would you be open to a 20-minute phone call?", "Thank you.")
    assert [f.rule for f in errors(resume_dump(text, make(), "informational"))] == ["resume-dump"]


@pytest.mark.parametrize(
    "body",
    [
        "I'm a product analyst at Monzo, having started out as a graduate analyst at Barclays, and lately I've found "
        "myself spending more time with product managers than with dashboards.",
        "I'm free on any of these dates for a call: 3 June, 5 June and 10 June.",
        "I have kept a few figures from my projects to share: 2016, 2019 and 2021 were the years I moved.",
        "Because of my husband's postings, I have taught in four countries: Germany, Japan, Kenya and Canada.",
    ],
)
def test_two_employers_in_passing_and_a_list_of_dates_are_no_dump(body: str) -> None:
    text = letter(body, "Would you be open to a 20-minute phone call?", "Thank you.")
    assert errors(resume_dump(text, make(), "informational")) == []


def test_a_plan_to_read_and_then_report_back_needs_both_steps() -> None:
    plan = "read the article on soil health she recommended and send her his notes on it"
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up=plan)
    half = letter("Thank you again. I will make time to read the article on soil health you recommended.")
    assert [f.message for f in errors(follow_up(half, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]
    whole = half.replace("recommended.", "recommended, and I will send you my notes on it.")
    assert errors(follow_up(whole, req, "keep_in_touch")) == []


def test_an_invitation_is_the_writers_own_and_is_made_in_some_form() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="invite her to see the parish photograph "
               "collection once it is catalogued")
    made = letter("Thank you again. The parish photograph collection is being catalogued as I write. When it is "
                  "finished, I would be delighted if you would come and see the collection for yourself.")
    assert errors(follow_up(made, req, "keep_in_touch")) == []
    named = letter("Thank you again. The parish photograph collection will be catalogued by the spring, and it "
                   "will be my first big project.")
    turned = letter("Thank you again. It would be wonderful if you could invite us to see your photograph collection "
                    "once it is catalogued.")
    for text in (named, turned):
        assert [f.message for f in errors(follow_up(text, req, "keep_in_touch"))] == [
            "The letter does not say how you will follow up."
        ]


def test_coffee_to_be_arranged_is_an_invitation_promised() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="invite her to coffee when he is next in Tel Aviv")
    text = letter("Thank you again. I will be in touch to arrange coffee when I am next in Tel Aviv.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []
    told = letter("Thank you again. I often think of our coffee in Tel Aviv.")
    assert [f.message for f in errors(follow_up(told, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]


def test_leave_asked_to_introduce_states_the_plan() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="introduce Ms. Chen to her colleague Ravi Menon, who runs reusable cup schemes")
    text = letter("Thank you again. My colleague Ravi Menon runs reusable cup schemes, and I think you would both "
                  "have plenty to talk about. Would you be happy for me to introduce you?")
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_an_event_and_most_of_its_subject_name_a_talk() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               connection="her talk on plain language in banking apps at a content design meetup")
    text = letter("I was at the content design meetup where you spoke about plain language in banking apps.",
                  "Thank you for that evening.", greet="Dear Sal,")
    assert errors(referral(text, req, "keep_in_touch")) == []
    vague = letter("I have been reading about plain language lately.", "Thank you for that evening.",
                   greet="Dear Sal,")
    assert [f.rule for f in errors(referral(vague, req, "keep_in_touch"))] == ["referral"]


def test_an_introduction_item_is_met_by_its_person_not_by_what_the_item_says_about_them() -> None:
    meeting = {
        "topics": ["the master's programmes that health economics teams recruit from"],
        "action_items": [
            "Ms. Chen to introduce Ana to Marcus Lindqvist, who teaches on the health economics master's",
        ],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter(
        "Thank you for meeting me. Your comments on the master's programmes that health economics teams recruit "
        "from were very useful.",
        "Since we spoke, I have finished the introductory course on health economics.",
    )
    assert [f.message for f in errors(follow_up(text, req, "follow_up"))] == [
        "The agreed action item is missing: Ms. Chen to introduce Ana to Marcus Lindqvist, who teaches on the "
        "health economics master's."
    ]


def test_a_plan_to_meet_is_met_only_where_the_letter_speaks_of_meeting() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="meet Ms. Chen at the content design community's winter meetup")
    told = letter("Thank you again. I'm looking forward to the content design community's mailing list.")
    assert [f.message for f in errors(follow_up(told, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]
    met = letter("Thank you again. I hope to see you at the content design community's winter meetup.")
    assert errors(follow_up(met, req, "keep_in_touch")) == []


def test_a_generic_thank_you_recaps_no_topic() -> None:
    meeting = {"topics": ["automating contract review", "how legal ops teams measure their value"]}
    req = make(kind="thank_you", purpose=None, ask=None, meeting=meeting)
    text = letter(
        "Thank you so much for meeting me. You were candid about the realities of the move, generous with your "
        "stories, and I came away with a much clearer picture of where I want to go and what I need to do next."
    )
    assert [f.rule for f in errors(follow_up(text, req, "thank_you"))] == ["follow-up"]


def test_the_writers_own_story_recounts_nothing_the_reader_said() -> None:
    meeting = {"topics": ["what a PMO analyst does day to day", "the APM Project Fundamentals qualification"]}
    req = make(kind="thank_you", purpose=None, ask=None, meeting=meeting,
               sender={"name": "Ana Ruiz", "background": "Infantry sergeant with 14 years in the Army."})
    text = letter(
        "Thank you for meeting me on Thursday. After 14 years in the Army I am still learning how the civilian "
        "world works, and I left our conversation with a much clearer head than I arrived with."
    )
    assert [f.rule for f in errors(follow_up(text, req, "thank_you"))] == ["follow-up"]


def test_a_topic_recapped_in_its_synonyms() -> None:
    # "judged" for "assessed", "sim" for "simulation".
    meeting = {"topics": ["how the simulation fellowship is assessed"]}
    req = make(kind="thank_you", purpose=None, ask=None, meeting=meeting)
    text = letter("Thank you. It was reassuring to hear how the sim fellowship is judged: a portfolio, not an exam.")
    assert errors(follow_up(text, req, "thank_you")) == []


def test_a_career_told_in_three_dated_moves_is_a_dump_and_two_are_background() -> None:
    three = letter(
        "After graduating in 2019 I joined Atlantic Payments as a graduate developer. In 2021 I moved to Quayside "
        "Trading as a software engineer, and since 2023 I have been a compiler engineer at Tensile Systems.",
        "Thank you for the module that started it all.",
    )
    assert [f.rule for f in errors(resume_dump(three, make(kind="keep_in_touch"), "keep_in_touch"))] == [
        "resume-dump"
    ]
    two = letter(
        "In 2021 I moved to Quayside Trading, and since 2023 I have been a compiler engineer at Tensile Systems.",
        "Thank you for the module that started it all.",
    )
    assert errors(resume_dump(two, make(kind="keep_in_touch"), "keep_in_touch")) == []


def test_an_invitation_made_as_what_it_would_mean_states_the_plan() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="invite her to see my poster at the research nurses' conference")
    text = letter(
        "I am presenting a poster at the research nurses' conference, and it would mean a great deal if you were "
        "able to come and see it.",
        "Thank you again for all you taught me.",
    )
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_an_item_is_judged_in_its_own_clause_and_asked_for_as_love_to_see() -> None:
    meeting = {
        "topics": ["how trial managers work with research sites"],
        "action_items": ["Ana to attend the site feasibility workshop Ms. Chen mentioned",
                         "Ms. Chen will send Ana the team's onboarding outline"],
    }
    req = make(kind="follow_up", meeting=meeting)
    text = letter(
        "Thank you for explaining how trial managers work with research sites.",
        "I have booked a place on the site feasibility workshop you mentioned, and I am looking forward to reading "
        "the study plan when you are able to share it. Whenever you have a moment, I'd love to see the team's "
        "onboarding outline you mentioned.",
    )
    assert errors(follow_up(text, req, "follow_up")) == []


def test_an_opening_wished_for_and_jumped_at_is_a_job_ask() -> None:
    req = make()
    for sentence in ("If Shopify ever has an opening for a junior researcher, I'd jump at it.",
                     "If an opening for a junior researcher ever comes up, I would be glad to send my CV over."):
        text = letter("Would you have twenty minutes for a call? " + sentence, "Thank you.")
        assert [f.rule for f in errors(job_ask(text, req, "informational"))] == ["job-ask"], sentence
    near = letter("Would you have twenty minutes for a call? If the role allows, I'd jump at the chance to hear "
                  "more about your research.", "Thank you.")
    assert errors(job_ask(near, req, "informational")) == []


def test_an_ask_named_only_as_what_is_set_aside_is_not_made() -> None:
    req = make(ask="a 15-minute video call")
    swapped = letter(
        "I'd love to hear how you made the jump from the classroom to user research.",
        "I find these conversations go much better in person, so rather than a video call, could I buy you a "
        "coffee near your office one morning?",
        "Thank you for considering it.",
    )
    assert [f.message for f in errors(purpose(swapped, req, "informational"))] == [
        "The letter never makes the specific ask."
    ]
    kept = letter(
        "I'd love to hear how you made the jump from the classroom to user research.",
        "Could we have a 15-minute video call, rather than a long exchange of emails?",
        "Thank you for considering it.",
    )
    assert errors(purpose(kept, req, "informational")) == []


def test_what_the_writer_is_trying_to_work_out_states_the_purpose() -> None:
    req = make(purpose="find out whether her food work is strong enough to pitch to magazine editors",
               ask="written comments on two pages of her portfolio")
    text = letter(
        "Lately I've been shooting food for a few local restaurants. What I'm trying to work out is whether my "
        "food work is good enough yet to take to magazine editors.",
        "Would you be willing to look over two pages from my portfolio and jot down a few written comments?",
        "Thank you so much for reading this.",
    )
    assert errors(purpose(text, req, "informational")) == []


@pytest.mark.parametrize(
    ("purpose_", "aim"),
    [
        # iq01.
        ("learn how a specialist music teacher plans a year of lessons for young children",
         "The part I find hardest to picture is the long view: how a specialist music teacher plans a whole year of "
         "lessons for young children."),
        # iw01: what the writer keeps wondering.
        ("understand whether frontline clinical experience counts when moving into user research",
         "What I keep wondering is whether frontline clinical experience actually counts for much once you're in a "
         "user research team."),
        # ip05: "differs" told as "the difference".
        ("understand how UX research differs from market research in practice",
         "I work in market research and want to move into UX research. I would be grateful to hear how you see the "
         "difference in practice."),
    ],
)
def test_an_aim_in_other_words_of_the_fourth_rounds(purpose_: str, aim: str) -> None:
    req = make(purpose=purpose_)
    text = letter(aim, "Would you be willing to have a 20-minute phone call with me?", "Thank you so much.")
    assert [f.message for f in errors(purpose(text, req, "informational")) if "gain" in f.message] == []


def test_an_ask_with_an_adverb_or_if_youd_is_made() -> None:
    # ip06: "If you'd be up for a chat on the phone whenever suits you, I'd really appreciate it."
    req = make(ask="A chat on the phone whenever suits her")
    text = letter("I'd love to hear how you moved from the classroom into UX research.",
                  "If you'd be up for a chat on the phone whenever suits you, I'd really appreciate it.", "Thank you.")
    assert [f.message for f in errors(purpose(text, req, "informational")) if "ask" in f.message] == []


def test_what_the_writer_cannot_work_out_from_somewhere_states_the_purpose() -> None:
    # ik09: words between "work out" and "is what".
    req = make(purpose="understand what design teams look for in career changers")
    text = letter(
        "The thing I can't quite work out from job adverts is what design teams look for in career changers.",
        "Would you be willing to have a 20-minute phone call with me?",
        "Thank you so much for reading this.",
    )
    assert errors(purpose(text, req, "informational")) == []


@pytest.mark.parametrize(
    "put_off",
    [
        # ik36.
        "For now I am still weighing things up, so I won't ask for your time yet. Once my plans are settled, I may "
        "write again to see whether you would have time for a 20-minute phone call.",
        "I won't trouble you for a call just yet.",
    ],
)
def test_an_ask_put_off_to_a_later_letter_is_not_made(put_off: str) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.", put_off, "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == [
        "The letter never makes the specific ask."
    ]


def test_a_fixed_term_contract_is_a_job_ask_when_offered_not_when_held() -> None:
    req = make()
    held = letter("I'm now a research assistant at a think tank on a fixed-term contract. Would you have twenty "
                  "minutes for a call?", "Thank you.")
    assert errors(job_ask(held, req, "informational")) == []
    offered = letter("Would you have twenty minutes for a call? I would be glad to work through your backlog on "
                     "a fixed-term contract.", "Thank you.")
    assert [f.rule for f in errors(job_ask(offered, req, "informational"))] == ["job-ask"]


def test_the_readers_firm_named_after_the_referrers_family_is_no_other_person() -> None:
    req = make(referrer={"name": "Henri Roussel", "relationship": "a family friend"},
               recipient={"name": "Claire Duval", "salutation": "Ms Duval", "organization": "Maison Roussel"})
    text = letter("Henri Roussel, a friend of my family, kindly suggested that I contact you.",
                  "I would be grateful to understand how Maison Roussel decides which export markets to pursue.")
    assert errors(referral(text, req, "informational")) == []
    other = letter("Pierre Roussel, a friend of my family, kindly suggested that I contact you.")
    assert [f.rule for f in errors(referral(other, req, "informational"))] == ["referral"]


def test_the_referrers_given_name_under_another_surname_is_another_person() -> None:
    from netdraft.rules.grounding import grounding

    req = make(referrer={"name": "Agnieszka Wróblewska", "relationship": "an editor I freelance for"})
    wrong = letter("Agnieszka Wróbel, an editor I freelance for, suggested I write to you.", "Thank you.")
    (found,) = errors(referral(wrong, req, "informational"))
    assert found.message == "The letter credits 'Agnieszka Wróbel', but the referrer is Agnieszka Wróblewska."
    assert list(grounding(wrong, req, "informational")) == []  # the referral rule's business, reported once
    right = letter("Agnieszka Wróblewska, an editor I freelance for, suggested I write to you. I once taught "
                   "Agnieszka Python at night school.", "Thank you.")
    assert errors(referral(right, req, "informational")) == []
    minh = make(referrer={"name": "Minh Tran"})
    city = letter("Minh suggested I write; I moved here from Ho Chi Minh City last year.", "Thank you.")
    assert errors(referral(city, minh, "informational")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "And, purely hypothetically, if you ever had a seat going spare on the research team at Shopify, I would "
        "happily fly out to fill it.",
        "Would someone with my background make it past the first round if I applied next month?",
        "And if Shopify ever needs a full-time chief taster, I'm available immediately - only half kidding.",
        "And if Shopify ever wants someone to laminate its dough, just say the word and I'll pack my rolling pin.",
    ],
)
def test_a_post_asked_for_in_jest_or_as_a_hypothetical_is_a_job_ask(sentence: str) -> None:
    text = letter("Would you have twenty minutes for a call? " + sentence, "Thank you.")
    assert [f.rule for f in errors(job_ask(text, make(), "informational"))] == ["job-ask"]


def test_the_hiring_process_in_general_is_no_job_ask() -> None:
    text = letter("Would you have twenty minutes for a call? I would love to know how people from teaching "
                  "usually make it past the first round, and what I should be available to learn first.",
                  "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


def test_an_invitation_made_as_if_you_were_ever_able_to_visit_states_the_plan() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="invite her to visit the food bank's new warehouse")
    text = letter(
        "I would very much like to show it to you. If you were ever able to visit the food bank's new warehouse, "
        "I would be delighted to give you the tour.",
        "Thank you again for your encouragement.",
    )
    assert errors(follow_up(text, req, "keep_in_touch")) == []


def test_my_request_is_makes_the_ask() -> None:
    text = letter(
        "Sam Patel suggested I write. I'd love to hear how you made the jump from the classroom to user research.",
        "My request is simple: a 20-minute phone call, at whatever time suits you.",
        "Thank you for considering it.",
    )
    assert errors(purpose(text, make(), "informational")) == []


def test_a_judges_own_bench_is_no_job_ask() -> None:
    text = letter("Would you have twenty minutes for a call? Evictions were rarely before me on the bench in the "
                  "form they take at your door.", "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


def test_plans_by_telephone_and_update_are_met_and_an_offer_on_request_is_not() -> None:
    ring = make(kind="informational", follow_up="ring his office on Tuesday morning to arrange a time")
    text = letter("So as not to leave the arranging to you, I shall telephone your office on Tuesday morning to "
                  "find a time that suits.", "Thank you.")
    assert [f for f in follow_up(text, ring, "informational") if f.severity == "error"] == []
    write = make(kind="keep_in_touch", purpose=None, ask=None,
                 follow_up="write to her again after finishing the evening course")
    text = letter("Once the evening course wraps up, I will send you an update on how it went.", "Thank you.")
    assert errors(follow_up(text, write, "keep_in_touch")) == []
    send = make(kind="keep_in_touch", purpose=None, ask=None, follow_up="send her the cycling survey report by Friday")
    offered = letter("If it would be useful, just let me know and I can send you the cycling survey report.",
                     "Thank you for your time.")
    assert [f.rule for f in errors(follow_up(offered, send, "keep_in_touch"))] == ["follow-up"]


def test_a_plan_in_other_words_with_its_condition_is_met_and_a_wish_to_stay_in_touch_is_not() -> None:
    ring = make(kind="informational", follow_up="call her in two weeks if she has not had a chance to reply")
    text = letter("Would you be open to a short call?",
                  "If I haven't heard back, I'll give you a ring in a fortnight, in case my note got buried.",
                  "Thank you.")
    assert [f for f in follow_up(text, ring, "informational") if f.severity == "error"] == []
    april = make(kind="informational", follow_up="email her again in April after the portfolio review")
    wished = letter("Would you be open to a short call?",
                    "Thank you for reading this. It would be lovely to stay in touch as my portfolio takes shape.")
    assert [f.rule for f in errors(follow_up(wished, april, "informational"))] == ["follow-up"]


def test_a_plan_hung_on_the_readers_reply_handed_on_or_put_off_is_not_made() -> None:
    ring = make(kind="informational", follow_up="call her office next Tuesday to arrange a time")
    waits = letter("Would you be open to a short phone conversation? If so, perhaps someone in your office could let "
                   "me know a time that suits, and I would be glad to ring then.", "Thank you.")
    assert [f.rule for f in errors(follow_up(waits, ring, "informational"))] == ["follow-up"]
    pitch = make(kind="thank_you", purpose=None, ask=None, follow_up="send her two pitch ideas by next Monday",
                 meeting={"topics": ["how features editors read cold pitches"]})
    hung = letter("Thank you for talking me through how features editors read cold pitches.",
                  "If you can let me know which desk would be best placed to see them, I'll send a couple of pitch "
                  "ideas over once I hear back.")
    assert [f.rule for f in errors(follow_up(hung, pitch, "thank_you"))] == ["follow-up"]
    erik = make(kind="introduction", follow_up="call him on Tuesday to arrange a meeting")
    handed = letter("Would you be open to a brief meeting?", "Erik has kindly offered to telephone you on Tuesday to "
                    "see whether a meeting might be arranged, so that you need not reply.", "Thank you.")
    assert [f.rule for f in errors(follow_up(handed, erik, "introduction"))] == ["follow-up"]
    harvest = make(kind="informational", follow_up="write again in two weeks to suggest dates")
    later = letter("Would you be open to a short meeting or call?", "I realise this is a busy time of year, so I will "
                   "write again to suggest dates once harvest is behind us both.", "Thank you.")
    assert [f.rule for f in errors(follow_up(later, harvest, "informational"))] == ["follow-up"]
    # The same plans made: the writer rings, with the time; a wait on the reader that the plan itself names.
    made = letter("Would you be open to a short phone conversation?",
                  "I will call your office next Tuesday to arrange a time that suits.", "Thank you.")
    assert errors(follow_up(made, ring, "informational")) == []
    soon = letter("Would you be open to a short meeting or call?",
                  "I will write again in two weeks, once harvest is behind us, to suggest dates.", "Thank you.")
    assert errors(follow_up(soon, harvest, "informational")) == []


def test_a_plan_to_hand_something_over_names_what_it_hands_over() -> None:
    summary = make(kind="introduction", follow_up="send her project summary by Friday")
    other = letter("I run water projects in rural districts. Would you be willing to meet for a brief video call?",
                   "If it helps, I can send you the names of a couple of references who know my fieldwork, by Friday.")
    assert [f.rule for f in errors(follow_up(other, summary, "introduction"))] == ["follow-up"]
    same = letter("Would you be willing to meet for a brief video call?",
                  "I will send you a one-page summary of the project by Friday.")
    assert errors(follow_up(same, summary, "introduction")) == []
    notes = make(kind="thank_you", purpose=None, ask=None, follow_up="send her his recipe notes by email this week",
                 meeting={"topics": ["quality control on each batch"]})
    brought = letter("Thank you for showing me how you run quality control on each batch.",
                     "I'll bring my recipe notes with me next time I'm passing, so you can have a look.")
    assert [f.rule for f in errors(follow_up(brought, notes, "thank_you"))] == ["follow-up"]


def test_a_plan_carried_out_by_a_link_or_promised_to_the_inbox() -> None:
    link = make(kind="introduction", follow_up="send the link to her sample episode, lumenpod.example/sample")
    here = letter("Would you be open to a 20-minute phone call?",
                  "My sample episode is here if you want to hear where I'm starting from: lumenpod.example/sample")
    assert errors(follow_up(here, link, "introduction")) == []
    questions = make(kind="informational", follow_up="email a short list of questions by Friday")
    inbox = letter("Would you have time for a half-hour coffee or video call?",
                   "So that the half hour goes further, I'll have a handful of questions in your inbox before Friday "
                   "is out.")
    assert errors(follow_up(inbox, questions, "informational")) == []


def test_a_suggestion_reported_from_the_referrer_is_no_ask() -> None:
    only_told = letter("Lucía Prieto, who supervised my internship, suggested you would be a good person to talk to.",
                       "I am curious how teaching and UX research work together.", "I hope to hear from you.")
    assert any("ask" in f.message for f in errors(purpose(only_told, make(), "informational")))
    wished = letter("I would like to learn how Maria moved from teaching into UX research.",
                    "A 20-minute phone call at your convenience would mean a great deal to me.")
    assert [f for f in errors(purpose(wished, make(), "informational")) if "ask" in f.message] == []


def test_an_introduction_to_a_person_named_the_sentence_before_by_a_pronoun() -> None:
    req = make(kind="follow_up", purpose=None, ask=None,
               meeting={"topics": ["transaction monitoring"],
                        "action_items": ["Maria will introduce Ana to Morag Fairbairn"]})
    told = letter("Your overview of transaction monitoring was very helpful.",
                  "I will enrol on the certificate that Morag Fairbairn recommended. I was also grateful for your "
                  "kind offer to introduce me to her.")
    assert errors(follow_up(told, req, "follow_up")) == []
    other = letter("Your overview of transaction monitoring was very helpful.",
                   "I will enrol on the certificate. I was also grateful for your kind offer to introduce me to her.")
    assert [f.rule for f in errors(follow_up(other, req, "follow_up"))] == ["follow-up"]


def test_the_referrer_by_initials_is_referrals_alone() -> None:
    from netdraft.rules.grounding import grounding

    req = make(referrer={"name": "Margaret O'Connell", "relationship": "a senior associate I worked for"})
    text = letter("I am grateful to M.O. for suggesting that I write to you.",
                  "I would like to learn how Maria moved from teaching into UX research.")
    assert [f.rule for f in errors(referral(text, req, "informational"))] == ["referral"]
    assert list(grounding(text, req, "informational")) == []
    other = letter("I am grateful to J.P. for suggesting that I write to you.", "Thank you.")
    assert [f.rule for f in grounding(other, req, "informational")] == ["grounding"]


def test_a_slip_in_a_compound_surname_is_the_greetings_alone() -> None:
    from netdraft.rules.grounding import grounding
    from netdraft.rules.salutation import salutation

    req = make(recipient={"name": "Claire Moreau-Blanche", "salutation": "Dr. Moreau-Blanche",
                          "organization": "Voltaire Cells"})
    text = letter("I would like to learn how Maria moved from teaching into UX research.", "Thank you.",
                  greet="Dear Dr. Moreau-Blanc,")
    assert [f.rule for f in errors(salutation(text, req, "informational"))] == ["salutation"]
    assert list(grounding(text, req, "informational")) == []


def test_a_plan_that_waits_on_what_the_reader_sends_and_an_enclosure() -> None:
    book = make(kind="follow_up", purpose=None, ask=None,
                follow_up="book a place at the open day once the details arrive",
                meeting={"topics": ["how turbines are maintained at sea"]})
    text = letter("I found our discussion of how turbines are maintained at sea fascinating.",
                  "I would be very grateful if you could send me the details of the open day when they are available, "
                  "and I will book a place as soon as they arrive.", "Thank you.")
    assert errors(follow_up(text, book, "follow_up")) == []
    notes = make(kind="follow_up", purpose=None, ask=None,
                 meeting={"topics": ["how she costs out a new recipe"],
                          "action_items": ["Noah to send his sourdough starter notes"]})
    enclosed = letter("I keep coming back to how you cost out a new recipe.",
                      "Like I said I would, I've put my sourdough starter notes in with this letter.")
    assert errors(follow_up(enclosed, notes, "follow_up")) == []
    kept = letter("I keep coming back to how you cost out a new recipe.",
                  "I have started keeping my sourdough starter notes in a proper notebook.")
    assert [f.rule for f in errors(follow_up(kept, notes, "follow_up"))] == ["follow-up"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since you are happy to meet for a 20-minute phone call, I will keep our conversation focused.",
        "Should my application to the fellowship be successful, I would hope to ask you for a 20-minute phone call "
        "at that stage.",
        "Should you ever have a gap for a 20-minute phone call, I would be delighted to hear from you, but I would not "
        "presume on your time otherwise.",
        "I have often wondered whether people in your position find the time for a 20-minute phone call with "
        "teachers like me.",
    ],
)
def test_an_ask_presumed_put_off_declined_or_mused_on_is_not_made(sentence: str) -> None:
    text = letter("I would like to learn how Maria moved from teaching into UX research.", sentence, "Thank you.")
    assert any("ask" in f.message for f in errors(purpose(text, make(), "informational")))


def test_an_ask_beside_a_presumption_or_a_wonder_is_made() -> None:
    beside = letter("I would like to learn how Maria moved from teaching into UX research.",
                    "When we meet, could we make it a 20-minute phone call rather than a coffee?")
    assert [f for f in errors(purpose(beside, make(), "informational")) if "ask" in f.message] == []
    wondering = letter("I would like to learn how Maria moved from teaching into UX research.",
                       "I have been wondering whether you might have time for a 20-minute phone call.")
    assert [f for f in errors(purpose(wondering, make(), "informational")) if "ask" in f.message] == []


def test_a_call_dropped_into_the_readers_calendar_is_the_ask_made() -> None:
    text = letter("I'm keen to learn how Maria moved from teaching into UX research.",
                  "To make it easy, I've already dropped a 20-minute phone call into your calendar for tomorrow.",
                  "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational"))
            if "ask" in f.message] == []


def test_fundraising_is_raising_a_round() -> None:
    request = make(
        purpose="get an investor's honest view of whether Crumbtrail's pitch is ready before he starts fundraising"
    )
    text = letter("I'm gearing up to raise a pre-seed round, and before I pitch a single fund I'd love an investor's "
                  "honest view on whether the story holds up.", "Would you have time for a 20-minute phone call?",
                  "Thank you.")
    assert [f.message for f in errors(purpose(text, request, "informational")) if "gain" in f.message] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Is your team likely to grow, and if so, do you think someone with my background might fit in?",
        "Will your team be growing, and could you see someone like me fitting into it?",
        "Are you adding people to the research team this year? I suspect my background would slot in rather neatly.",
        "I have attached my CV; I would be grateful if you forwarded it to the hiring manager for your team.",
        "I noticed that Shopify pays staff a bonus for recommending candidates; would you submit my name?",
        "Would you feel comfortable putting my name through your staff referral portal for it?",
        "I would also welcome the chance to explore opportunities with Shopify while we speak.",
        "It would be great to talk about what opportunities there might be for me at Shopify down the track.",
        "I have no contract at present, so I could start with you the very next morning.",
        "I'm also free to start straight away, should you have a project that needs a coordinator.",
        "My contracts end soon, so I could be at my desk in your office within the week.",
        "If you find yourself short of a research hand this year, I could be on a train to you the day after you ask.",
        "Whenever the lab next recruits a researcher, I would love to find myself near the top of your list.",
        "If a research post is ever advertised in your unit, I hope this email will still be sitting in your inbox.",
    ],
)
def test_quiet_job_asks_are_found(sentence: str) -> None:
    text = letter("Would you have twenty minutes for a call?", sentence, "Thank you.")
    assert {f.rule for f in errors(job_ask(text, make(), "informational"))} == {"job-ask"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Your overview helped me see where my experience fits.",
        "Could someone with my background fit into UX research, in your view?",
        "I'll be at the next exhibition opening at Shopify in October and would love to say hello.",
        "Sam told me about her advisory work with Shopify.",
    ],
)
def test_fitting_a_field_and_an_exhibition_opening_are_no_job_ask(sentence: str) -> None:
    text = letter("Would you have twenty minutes for a call?", sentence, "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


@pytest.mark.parametrize(
    ("purpose_", "aim"),
    [
        (
            "learn which actuarial exams a career changer should sit first",
            "I teach maths and tutor statistics in the evenings. There are so many actuarial exams, and I cannot "
            "tell which ones a career changer in my position ought to sit first.",
        ),
        (
            "understand which certifications and experience matter most for moving into ESG assurance",
            "I am a chartered accountant in audit. I find it difficult to judge which certifications and what kind "
            "of experience genuinely matter to firms in ESG assurance.",
        ),
    ],
)
def test_an_aim_put_as_what_the_writer_cannot_tell_is_stated(purpose_: str, aim: str) -> None:
    request = make(purpose=purpose_, ask="a short phone call")
    text = letter(aim, "I would be so grateful for a short phone call, whenever your diary allows.", "Thank you.")
    assert [f.message for f in errors(purpose(text, request, "informational")) if "gain" in f.message] == []


def test_someone_else_described_as_curious_states_no_aim() -> None:
    request = make(purpose="learn how analysts move into data engineering and which skills to build first",
                   ask="a 20-minute video call")
    text = letter("I work as a junior data analyst and organise a local data meetup. We get a friendly crowd of "
                  "analysts, engineers and the occasional curious student.",
                  "Would you consider giving a talk at one of our evenings? I'd be glad to set up a 20-minute video "
                  "call to talk through dates.", "Thank you.")
    assert [f.message for f in errors(purpose(text, request, "informational")) if "gain" in f.message] != []


def test_thanks_for_taking_the_writer_on_as_a_volunteer_is_no_job_ask() -> None:
    text = letter("I wanted to thank you for taking me on as a volunteer, and to tell you how it has gone.")
    assert errors(job_ask(text, make(kind="keep_in_touch"), "keep_in_touch")) == []


def test_an_item_named_only_in_a_detail_recap_recaps_no_topic() -> None:
    meeting = {"topics": ["the prototyping process for a new saddle"],
               "action_items": ["Maria will send Ana a list of CAD courses"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you so much for the chat. It was exactly what I needed.",
                  "I'm really looking forward to the list of CAD courses you mentioned.")
    assert [f.message for f in errors(follow_up(text, req, "follow_up"))] == [
        "The letter does not recap anything you discussed."
    ]


def test_courtesy_around_an_item_recaps_no_topic() -> None:
    # "if you do get a chance I'd be delighted to be introduced, and I'll make sure to mention that you pointed me
    # their way" (ea): the words of a courtesy say nothing of what was discussed.
    meeting = {"topics": ["measuring emissions in food supply chains"],
               "action_items": ["Grace to connect Lucas with the Carbon Trust alumni group"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you so much for finding time for me last week.",
                  "Please don't go to any trouble, but if you do get a chance I'd be delighted to be introduced to the "
                  "Carbon Trust alumni group, and I'll make sure to mention that you pointed me their way.")
    assert [f.message for f in errors(follow_up(text, req, "follow_up"))] == [
        "The letter does not recap anything you discussed."
    ]


def test_a_plan_to_say_what_is_chosen_is_met_by_the_decision() -> None:
    # "let him know which programme she chooses" by "once I have made my final decision about which programme" (ea).
    req = make(kind="thank_you", follow_up="let him know which master's programme she chooses",
               meeting={"topics": ["comparing master's programmes"]})
    text = letter("Thank you for your advice on weighing up the different master's programmes.",
                  "Once I have made my final decision about which programme to join, I will write to let you know.")
    assert errors(follow_up(text, req, "thank_you")) == []
    undecided = letter("Thank you for your advice on weighing up the different master's programmes.",
                       "I was also reassured by your view that my years at a charity are an asset.",
                       "I will write again soon to let you know how I am getting on.")
    assert errors(follow_up(undecided, req, "thank_you")) != []


def test_what_a_plan_is_timed_by_is_not_its_channel() -> None:
    # "send a link to her technical blog before the call" (eb): the call times the plan; sending is its way.
    req = make(follow_up="send a link to her technical blog before the call")
    text = letter("Would you be open to a 20-minute phone call in the next few weeks?",
                  "Before the call I will send a link to my technical blog so you can see my writing.")
    assert errors(follow_up(text, req, "informational")) == []
    rang = letter("Would you be open to a 20-minute phone call in the next few weeks?",
                  "Before the call I will ring you to talk about my technical blog.")
    assert errors(follow_up(rang, req, "informational")) != []


def test_the_readers_item_asked_of_them_rudely_is_still_named() -> None:
    # "Please have the sample cost report with me by Monday at the latest" names Michelle's item (eb); politeness
    # reports the order.
    meeting = {"topics": ["earned value analysis on large projects"],
               "action_items": ["Michelle to send the sample cost report by Monday"]}
    req = make(kind="follow_up", recipient={"name": "Michelle Dunn"}, meeting=meeting)
    text = letter("Going through earned value analysis on large projects with you was worth the drive.",
                  "Please have the sample cost report with me by Monday at the latest.", greet="Hi Michelle,")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_an_item_awaited_graciously_is_named() -> None:
    # "please do not worry that the details of the volunteer facilitator scheme have not yet come through" (ej).
    meeting = {"topics": ["the school workshop programme"],
               "action_items": ["Anjali to send details of the volunteer facilitator scheme"]}
    req = make(kind="follow_up", recipient={"name": "Anjali Desai"}, meeting=meeting)
    text = letter("Thank you for telling me about the school workshop programme.",
                  "I know how quickly weeks fill up, so please do not worry that the details of the volunteer "
                  "facilitator scheme have not yet come through.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_a_plan_to_get_back_in_touch_is_met_by_another_contact_idiom() -> None:
    # "get back in touch once she has read the annual report" by "I'm working my way through the annual report. Once
    # I've finished, I'll drop you a line with my thoughts." (es).
    req = make(kind="thank_you", follow_up="get back in touch once she has read the annual report",
               meeting={"topics": ["what boards expect from a new trustee"]})
    text = letter("Thanks for telling me what boards expect from a new trustee.",
                  "I've downloaded the latest annual report and I'm working my way through it. Once I've finished, "
                  "I'll drop you a line with my thoughts.")
    assert errors(follow_up(text, req, "thank_you")) == []
    silent = letter("Thanks for telling me what boards expect from a new trustee.",
                    "I've downloaded the latest annual report and I'm working my way through it.")
    assert errors(follow_up(silent, req, "thank_you")) != []


def test_a_plan_to_share_is_carried_out_by_a_link_in_the_letter() -> None:
    # "In the meantime, you can see samples of the online modules I have built at {{portfolio_link}}" (ez: the slot is
    # the placeholder rule's error, the plan is done).
    req = make(follow_up="share samples of the online modules he has built")
    text = letter("Would you be open to a 20-minute phone call?",
                  "In the meantime, you can see samples of the online modules I have built at https://example.org/m.")
    assert errors(follow_up(text, req, "informational")) == []


def test_an_aim_that_names_the_process_told_before_states_it() -> None:
    # "... in which order to take the steps. I would like to understand how this process works in practice" (ey).
    req = make(purpose="understand the steps to get a foreign pharmacy degree recognised and licensed",
               ask="a 30-minute meeting")
    text = letter("I am a pharmacist from Syria. The information about recognising a foreign pharmacy degree is spread "
                  "across many places, and I am not sure in which order to take the steps. I would like to understand "
                  "how this process works in practice.",
                  "Would you be willing to meet me for 30 minutes at a time that is good for you?")
    assert [f for f in errors(purpose(text, req, "informational")) if "gain" in f.message] == []


def test_an_aim_told_as_a_vague_picture_states_the_purpose() -> None:
    # "I only have a vague picture of what junior planners actually do day to day ... I would love to hear how you see
    # it" (fg): the uncertainty the writer hopes to settle, as "I don't know whether ..." is.
    req = make(purpose="understand what junior transport planners actually do day to day", ask="a short video call")
    text = letter("I am now looking seriously at transport planning, but I only have a vague picture of what junior "
                  "planners actually do day to day. I would love to hear how you see it.",
                  "Would you be open to a short video call in the next few weeks?")
    assert [f for f in errors(purpose(text, req, "informational")) if "gain" in f.message] == []


def test_an_aim_told_as_what_the_writer_lacks_states_the_purpose() -> None:
    # (gv06) "What I do not yet have is a clear sense of what the day-to-day work actually involves".
    req = make(purpose="learn what the day-to-day work of curriculum design involves", ask="a 20-minute call")
    text = letter("After eight years in the classroom I am considering a move into curriculum design. What I do not "
                  "yet have is a clear sense of what the day-to-day work actually involves.",
                  "Would you be willing to speak with me for 20 minutes, at a time that suits you?")
    assert [f for f in errors(purpose(text, req, "informational")) if "gain" in f.message] == []


def test_a_purpose_told_only_as_what_someone_said_is_not_stated() -> None:
    # (gz23) "he thought you might be willing to speak with me" is the referrer's word, not the writer's ask: the
    # purpose words in that sentence state no aim.
    req = make(purpose="understand how customer experience teams measure service quality and which skills from hotels "
               "transfer", ask="a 20-minute call")
    said = letter("Paul mentioned that you moved from hotels into customer experience yourself, and he thought you "
                  "might be willing to speak with me.",
                  "Would you be willing to have a 20-minute call with me at a time that suits you?")
    assert [f for f in errors(purpose(said, req, "informational")) if "gain" in f.message]
    asked = letter("Paul mentioned that you moved from hotels into customer experience yourself. I would like to "
                   "understand how customer experience teams measure service quality.",
                   "Would you be willing to have a 20-minute call with me at a time that suits you?")
    assert [f for f in errors(purpose(asked, req, "informational")) if "gain" in f.message] == []


def test_a_purpose_of_two_questions_is_stated_by_either() -> None:
    # (gs06) "learn how she assembled a portfolio career and how she balances the different commitments": the letter
    # asks the first in other words ("how you assembled that mix") and the second only in part.
    req = make(purpose="learn how she assembled a portfolio career and how she balances the different commitments",
               ask="an hour over coffee")
    text = letter("I have just retired as an audit partner and, like many in my position, I am trying to work out "
                  "what a sensible portfolio career looks like before I say yes to everything.",
                  "Ruth speaks very highly of the way you have combined your role with charity and teaching "
                  "commitments. I would love to learn how you assembled that mix, how you decide what to turn down, "
                  "and how you keep the various commitments from crowding one another out.",
                  "Would you be willing to spare an hour over coffee?")
    assert [f for f in errors(purpose(text, req, "informational")) if "gain" in f.message] == []


def test_an_introduction_named_only_to_call_it_off_is_missing() -> None:
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Maria will introduce Ana to the company's vendor manager, Aiko Tanaka"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation about moving from teaching into UX research. Seeing the vendor "
                  "side from your end, and how a programme manager weighs a whole pool of agencies, was an education.",
                  "On reflection, please don't worry about the introduction to Aiko Tanaka after all.")
    assert len(errors(follow_up(text, req, "follow_up"))) == 1


def test_details_sent_are_information_dug_out() -> None:
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Maria will send Ana details of accredited counselling diplomas"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation about moving from teaching into UX research.",
                  "I'm so grateful that you offered to dig out the information on accredited diplomas for me.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_the_readers_check_taken_over_by_writing_to_the_third_party_is_missing() -> None:
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Maria will check with the survey coordinator whether Ana can join a training dive"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation about moving from teaching into UX research.",
                  "I'll also drop your survey coordinator a line myself about joining a training dive.")
    assert len(errors(follow_up(text, req, "follow_up"))) == 1


@pytest.mark.parametrize(
    ("plan", "sentence"),
    [
        ("tell her when he starts the medical interpreting certificate",
         "I wanted to let you know that I have just started my medical interpreting certificate."),
        ("let her know how his bookkeeping exam went",
         "You said to let you know how my bookkeeping exam went, so: I passed!"),
    ],
)
def test_a_plan_to_give_news_is_carried_out_by_the_news(plan: str, sentence: str) -> None:
    request = make(kind="keep_in_touch", purpose=None, ask=None, follow_up=plan)
    text = letter(sentence, "Thank you again for your encouragement.")
    assert errors(follow_up(text, request, "keep_in_touch")) == []


def test_wondering_about_oneself_makes_no_request() -> None:
    request = make(ask="a 20-minute chat in her office")
    text = letter("I am an administrator in the admissions office.",
                  "Most of my days go on chasing documents and keeping applicants on speaking terms, and I have "
                  "started to wonder whether those skills could carry me into research.",
                  "Thank you for such a generous session.")
    assert any("ask" in f.message for f in errors(purpose(text, request, "informational")))


def test_how_something_works_on_the_readers_team_is_no_job_ask() -> None:
    text = letter("What surprised me most was how on-call rotations work on your team: the handover notes and "
                  "the paging rules.", "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


@pytest.mark.parametrize(
    "passage",
    [
        "Technical skills: Windows Server, Active Directory, PowerShell, Microsoft Intune",
        "Core competencies: chemotherapy administration; informed consent; phlebotomy; patient advocacy",
        "Over the past few years I have cut our handling time by 18 per cent, lifted our score from 72 to 86 "
        "within 12 months and trained 40 new agents.",
        "At my firm I have sold 85 systems worth 140 million, grown the region by 35 per cent in two years, and "
        "carried out 200 surveys.",
        "Last year I hit 120 percent of quota, opened 35 new accounts, closed 2.4 million in new business and cut "
        "churn by 22 percent.",
        "I'm a logistics planner in Dublin. Core competencies: route optimisation, warehouse layout, demand "
        "forecasting, carrier negotiation.",
        # Four posts in order, told as moves.
        "I started as a reporter at the Daily Graphic, moved to radio at Citi FM, then spent a stretch editing "
        "features for the Accra Business Review before joining Joy News, where I still cover development stories.",
        "I began as a ward nurse on a general medical ward, stepped up to charge nurse, then spent several years as "
        "an ICU nurse before joining the critical care outreach team, where I work now.",
        "After starting out at Maersk, I moved to DHL, then to Kuehne+Nagel, and I have just joined Flexport.",
        "I joined nursing as a staff nurse on a surgical ward, became charge nurse for the night shift, then ward "
        "manager for the medical unit, and I now serve as matron at a private hospital here in Nairobi.",
        # Figures written as words; two ranges told with "between".
        "I have launched three mobile products, grown one of them to 120,000 users, and cut churn by 35% through a "
        "redesigned onboarding flow.",
        "Between 2012 and 2016 I worked at Orsted on offshore installation, and between 2016 and 2021 I was at "
        "Vestas on service planning.",
        # Two headings made one.
        "You asked for my qualifications, so here they are.\n\nEducation and certifications\nTechnical diploma in "
        "electrical installation; solar installation certificate.",
    ],
)
def test_skills_lines_and_achievements_with_figures_are_a_resume_dump(passage: str) -> None:
    text = letter("Thank you for the call last week.", passage, "I will send the notes on Friday.")
    assert [f.rule for f in errors(resume_dump(text, make(), "informational"))] == ["resume-dump"]


def test_an_item_that_reached_the_writer_is_met() -> None:
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Maria will send Ana her guide to preparing witness statements"]}
    req = make(kind="follow_up", meeting=meeting)
    text = letter("Thank you for our conversation about moving from teaching into UX research.",
                  "Your guide to preparing witness statements reached me earlier this week.")
    assert errors(follow_up(text, req, "follow_up")) == []


def test_where_the_writers_background_might_fit_is_no_job_ask() -> None:
    text = letter("Your explanation of how platform teams are organised clarified where someone with my background "
                  "might fit.", "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # io: a thirtieth round of quiet job asks.
        "Please do keep me on file for any session dates you're fixing.",
        "If a role like yours ever came up on your team, I'd love to hear about it.",
        "I'm not actively looking, but if a role like yours ever came up on your team, I'd love to hear about it.",
        "If you ever need another pair of hands on the Saturday crew, I'm your person.",
        # ja: the thirty-first round.
        "P.S. If you are ever short on the bank rota, I can pick up shifts at short notice.",
        "If you are short of a driver on the next job, give me a ring.",
        "I could start as soon as next month if anything on your sites needed covering.",
        "If there is ever anything going in the advocacy team, I would love to hear about it first.",
        "I am available for contract work on your heavy checks from the autumn.",
    ],
)
def test_quiet_job_asks_of_the_thirtieth_and_thirty_first_rounds(sentence: str) -> None:
    text = letter("I'd love to hear how you moved into UX research.", sentence, "Thank you.")
    assert [f.rule for f in errors(job_ask(text, make(), "informational", model_threshold=None))] == ["job-ask"]


@pytest.mark.parametrize(
    "sentence",
    [
        # ip33: an opening seen, to recommend somebody else for it.
        "I noticed the chemistry teacher vacancy at your school and wanted to mention my former trainee, Lucy Harrow.",
        # A denial with nothing asked after it.
        "I'm not actively looking, but I'd love to hear how your team is organised.",
        "If you need someone to talk to about the course, I'm your person.",
        # Near misses of the thirty-first round.
        "If you are short of time, a couple of lines by email would be plenty.",
        "I am looking into programmes now so I can start as soon as possible.",
        "If there is anything going on at the museum in June, I would love to hear about it.",
    ],
)
def test_news_of_an_opening_and_a_denial_ask_for_no_job(sentence: str) -> None:
    text = letter("I'd love to hear how you moved into UX research.", sentence, "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


def test_a_job_ask_beside_an_item_to_sit_in_is_not_the_item_restated() -> None:
    # io16: "person" is no word of meeting, so "I'm your person" does not restate "sit in on a beginners' class".
    req = make(kind="follow_up", meeting={"topics": ["how the classes are structured"],
                                          "action_items": ["Ana will sit in on a beginners' class"]})
    text = letter("Thank you for explaining how the classes are structured. I will sit in on a beginners' class soon.",
                  "If you ever need another pair of hands on the Saturday classes, I'm your person.")
    assert [f.rule for f in errors(job_ask(text, req, "follow_up"))] == ["job-ask"]


def test_the_writers_own_job_after_keep_me_busy_is_no_job_ask() -> None:
    # ig34: "keeping me ... as a technician" would ask to be kept on; "my job as" is the writer's own post.
    news = letter("The part-time MSc is keeping me busy alongside my job as a pathology lab technician.", "Thank you.")
    assert errors(job_ask(news, make(), "informational", model_threshold=None)) == []
    asked = letter("Would you consider keeping me on after the summer as a lab technician?", "Thank you.")
    assert [f.rule for f in errors(job_ask(asked, make(), "informational", model_threshold=None))] == ["job-ask"]


@pytest.mark.parametrize(
    "asking",
    [
        # A demand is still the ask made (politeness judges the tone): ig12, if10.
        "I need half an hour of your time for a 20-minute phone call about your move.",
        "All I'm after is a 20-minute phone call.",
        "Ring me back for a 20-minute phone call this week.",
        # A want stated: bo06 (relabelled), id01, iq12.
        "I want a 20-minute phone call with you.",
        # The ask presumed (jl06).
        "Since Sam sent me your way, I assume you'll find time for a 20-minute phone call next week.",
        "I'm sure you won't mind setting aside time for a 20-minute phone call.",
        # The ask named as what would help, or as a due (jm).
        "A 20-minute phone call would help me a great deal.",
        "A 20-minute phone call would answer most of my questions.",
        "After the hours I spent on your survey, a 20-minute phone call seems the least I can ask for.",
    ],
)
def test_an_ask_made_as_a_demand_is_made(asking: str) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.", asking, "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == []


@pytest.mark.parametrize(
    "demanded",
    [
        # A demand, an order or a deadline the politeness rule reports makes the ask (jd, jg, jn, ih, jb read so).
        ("You must make time for a 20-minute phone call before the end of the month.",),
        # ... or times the ask named just before it.
        ("A 20-minute phone call is the next step.", "Send me your available dates by Friday at the latest."),
    ],
)
def test_an_ask_demanded_is_made(demanded: tuple[str, ...]) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.", *demanded, "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == []


def test_a_demand_for_something_else_after_the_ask_named_is_no_ask() -> None:
    text = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "I had a 20-minute phone call with your colleague last week.",
        "Send me the slides from your talk by Friday.",
        "Thank you.",
    )
    found = [f.message for f in errors(purpose(text, make(), "informational"))]
    assert "The letter never makes the specific ask." in found


def test_what_would_help_the_writer_do_something_is_no_ask() -> None:
    text = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "A 20-minute phone call with a recruiter would help me prepare for interviews.",
        "Thank you.",
    )
    assert [f.message for f in errors(purpose(text, make(), "informational"))] == [
        "The letter never makes the specific ask."
    ]


def test_what_follows_a_comma_in_the_ask_qualifies_it() -> None:
    request = make(ask="A 30-minute call, with questions sent in advance.")
    text = letter("I would like to understand how Maria moved from teaching into UX research.",
                  "Would you be willing to have a 30-minute call with me? I would send my questions a few days "
                  "beforehand.", "Thank you.")
    assert [f.message for f in errors(purpose(text, request, "informational")) if "ask" in f.message] == []


# A follow-up's or thank-you's recap of the topic ``make`` gives, for the tests of plans and items below.
RECAP = "Thank you for our conversation about moving from teaching into UX research."


def test_an_aim_that_points_back_holds_the_sentence_before_it() -> None:
    request = make(purpose="learn how she grew from one site to several without losing the community feel")
    told = "I've always admired how you grew from one site to several without losing that community feel."
    ask = "Would you be up for a 20-minute phone call whenever it suits you?"
    text = letter(told + " That's exactly what I'm hoping to learn: how you managed the jump.", ask, "Thank you.")
    assert errors(purpose(text, request, "informational")) == []
    # Admiration alone, with no aim pointing back at it, states no purpose.
    (f,) = errors(purpose(letter(told + " You must be proud of it.", ask, "Thank you."), request, "informational"))
    assert "hope to gain" in f.message


def test_a_name_put_forward_by_someone_else_is_no_job_ask() -> None:
    told = letter("I'm sure you get plenty of these, but Greg Hollis put my name forward last week.", "Thank you.")
    assert errors(job_ask(told, make(), "introduction")) == []
    for ask in ("Could you put my name forward for the analyst opening?", "Put my name forward if a post comes up."):
        assert [f.rule for f in errors(job_ask(letter(ask, "Thank you."), make(), "introduction"))] == ["job-ask"], ask


def test_the_writers_own_history_in_the_readers_team_is_no_job_ask() -> None:
    told = letter("I did a summer internship in your lab some time ago, and I have now published my first paper.",
                  "Thank you.")
    assert errors(job_ask(told, make(), "keep_in_touch")) == []
    asked = letter("I would love a summer internship in your lab next year.", "Thank you.")
    assert [f.rule for f in errors(job_ask(asked, make(), "keep_in_touch"))] == ["job-ask"]


def test_hiring_news_told_is_no_job_ask() -> None:
    for news in ("I also noticed that your department is hiring a planning officer.",
                 "Marta mentioned that your team at the agency is hiring a graduate engineer."):
        assert errors(job_ask(letter(news, "Thank you."), make(), "informational")) == [], news
    for ask in ("Is your team hiring a planning officer?",
                "I noticed that your team is hiring, so could you put my name forward?"):
        found = errors(job_ask(letter(ask, "Thank you."), make(), "informational"))
        assert [f.rule for f in found] == ["job-ask"], ask


@pytest.mark.parametrize(
    "ask",
    [
        # The seventh measurement round's forms, taught in general shapes.
        "I would be glad to be the postdoc you bring in with the new funding.",
        "I would be happy to be your next junior designer.",
        "And if the trust ever needs another pair of hands on its applications, I would love for those hands to be "
        "mine.",
        "Might there be room on your roster for a newly qualified physiotherapist?",
        "Once I finish, might there be a bench for me at your studio?",
        "When you next need a contract editor, I hope it is my number you reach for.",
        "If you ever find yourself short of a sous chef, I would jump at the chance to cook in your kitchen.",
        "If you end up building out a design team there, I would love for you to bring me along.",
        "I would be delighted if you would have me back on the survey team, this time as a member of staff.",
        "I would be thrilled to join you as the next one.",
        "Might I send my application straight to you?",
        "Could you let the recruiter at your firm know that I am keen?",
        "Could you put me through for the graduate scheme?",
        "I am wondering whether there might be a spare desk in the newsroom that I could fill on a permanent basis.",
        "I would like to ask whether I might be hired onto the library project.",
        "I would love to know whether I could be added to the crew for the new build.",
        "I would be most honoured if you would take my candidature into consideration for the opening.",
        "Should a position be open in your team, I would be most honoured if you would consider my application.",
        "Please consider my CV for the analyst post.",
        # Ordinary job asks of the tenth round (dj) and their kin.
        "I have also applied for the policy officer post, and it would mean a lot if you could support my candidacy.",
        "Please keep my application in mind when your team next recruits.",
        "Might you have room for another apprentice in your yard?",
        "I have attached my resume for your consideration.",
        "Please find my CV attached for any suitable roles.",
        "Would you be able to arrange an interview for me?",
        "I would welcome the opportunity to work for you.",
        "Your studio is where I most want to be, and I would be grateful for your help in securing a role there.",
        # The second author of ordinary job asks (du).
        "I saw the junior actuary role open in your area; might it be possible for me to be interviewed for it?",
        "I have applied for the programme manager post, and I very much hope you might shortlist me for it.",
        "If you felt comfortable putting my name forward for that vacancy, I would really appreciate it.",
        "I would be most grateful for your support of my application when it reaches the panel.",
        "I've sent an application for the graduate trainee post, and I'd be grateful if you could take a look at it.",
        # The third author (dy).
        "I have applied for the assistant curator post, and it would mean a great deal if you felt able to support"
        " my candidacy.",
        "If you are recruiting for the sustainability analyst post again, please count me in.",
        "I have enclosed my CV; would you be comfortable forwarding it to the partner who is hiring for the opening?",
        "Is your team still looking for a grant writer? I would be delighted to apply, and I hope you might recommend"
        " me.",
        # The fourth author (ef).
        "I would be most grateful if you could let me know when the next learning officer vacancy is advertised, so"
        " that I might apply.",
        "If the service ever needs someone junior, please tell me first so I can get my application in before it's"
        " advertised.",
        "I'd even do unpaid shifts in your test kitchen if you'd have me.",
        "If there is any possibility of an internship at your studio, I would be most grateful for your consideration.",
        "If you have any freelance contract coming, please think of me.",
        "If there's ever a contract going in planning, I'd love a shot at it.",
        "Keep my number handy in case you need an extra pair of hands on site.",
        # The fifth author (ek).
        "I've attached my CV as well; would you keep it on file for when the kitchen is next hiring?",
        "I know how stretched your unit is, so is there any chance of picking up bank shifts with you?",
        "A placement at Calder Structures while I complete my chartership would mean a great deal to me.",
        "I would also be grateful if you would consider supporting a secondment for me into your unit.",
        "If you're taking anyone on I'd be glad to work for you again.",
        "Should you need someone part-time during the busy months, you might take me back for a few days a week.",
        "Could you take a look at my application and flag it to the hiring lead?",
        "If anything comes up in your analytics team, please keep me in the loop.",
        # The sixth author (eo): a LinkedIn message, a cover letter.
        "And if your team has anything in the pipeline for researchers, I'd love to be in the mix for it.",
        "Equally, I'd be very happy to hop on a call about roles on your team instead.",
        "Is anything open for a junior geologist at Banksia Water Consulting at the moment, by any chance?",
        "I'm open to opportunities, so would you be open to me joining the red team if there's room?",
        "I would also welcome the opportunity to discuss my suitability for a trainee position at your firm.",
        "I would welcome the opportunity to discuss how I might contribute in an analyst role there.",
        # The seventh author (eq): academia, the trades, creative freelancers.
        "I also wanted to ask whether you would consider taking me into your lab as a doctoral student.",
        "I would also be grateful if you would consider commissioning me for your next appeal.",
        "Would you consider commissioning a feature from me, so I could finally get a byline in your section?",
        "I would also be very grateful if you would consider adding me to the roster of illustrators.",
        "I'd also love it if you'd add me to your list of session players for string dates.",
        "I would also ask that you consider my play for a slot in the next season.",
        "If you're building the animation team, I'd really love to be part of it.",
        "I also wanted to ask: is there any work going at the shop at the moment?",
        "If you're ever short a pair of hands in the kitchen, just say the word; I can do weekends.",
        # The eighth author (eu): the company's hiring machinery, a job asked as a question of fit.
        "Having seen the strategy manager role your team has advertised, do you think I would be a fit for it?",
        "Would I be the sort of candidate you would shortlist for it?",
        "Your firm runs an analytics graduate scheme. Would your team look at a career changer like me for it?",
        "Would your team consider someone like me, with a restaurant background, for that opening?",
        "I would be most grateful if you would submit my name internally for the graduate intake.",
        "If there is a requisition open for the senior researcher role, could you tag me on it?",
        "Is it worth me applying, and would you be willing to back me if I did?",
        "You mentioned a regulatory associate role would be opening on your team. Would I suit it, and could I be "
        "considered?",
        "Would you be willing to share your employee referral code with me?",
        # The ninth author (ey), non-native writers.
        "I will be very thankful also if you can arrange a job for me in your sourcing department.",
        "Sir, I humbly request you to give me a chance in your esteemed organisation.",
        "It would be a great honour for me if you can take me into your R&D team on any post.",
        "Please, if you can help me to get employment in your organisation, I will remain thankful to you always.",
        "Is there any possibility to work under you in the new group?",
        "My cousin told me your company is opening a new branch. If there is a place for me there, please remember me.",
        # The tenth author (fd): the reader's hiring asked about, the writer as the candidate.
        "Is there anything open on your research team at the moment that I could apply for?",
        "I would also like to ask whether your firm has a merchandising opening that someone with my experience might "
        "fill.",
        "Chidi mentioned your team might be growing. If that's the case, I'd love to put my hat in the ring.",
        "I saw that your group runs a trainee programme. I'd love to join the next cohort if there's room.",
        "Are you growing the team this year, and if so, could I be part of it?",
        "With the team growing, might there be room for me on the product side?",
        # The eleventh author (fk): work asked for inside news.
        "My work visa has just been approved, so I am available to start with your revenue team whenever it suits.",
        "Since I am back in the profession, I would be happy to cover classes for you in a paid capacity.",
        "If a territory opens up on your team, I'd jump at the chance to carry a bag for you again.",
        "I'd welcome the chance to cover some locum sessions at your pharmacy while I settle back in.",
        "If your company needs extra coordinators for the festival season, I'd love to be on your list.",
        "If your desk is commissioning freelancers on the business pages, I'd be very glad to pitch in.",
        # The twelfth author (fn): students asking for an internship, a placement, work experience.
        "Is there any chance your team could use an extra pair of hands as a summer intern?",
        "I also wanted to ask whether your department would accept me as a summer student.",
        "I'd love to come back to your company as an intern after I graduate.",
        "I'd be so grateful, too, for any work experience you could offer me on the unit.",
        "Any chance I could get some work experience as a runner on your next production, too?",
        "Could you possibly pass my name to whoever runs your internship programme?",
        "I would be grateful to know whether I could do my foundation training year with your team.",
        "I have an elective placement to arrange, and I'd love to spend it with you, if there's any way that could "
        "happen?",
        "Could I also apply through you for one of the audit internships?",
        "If your team takes on interns again, I'd really love to be one of them.",
        # The thirteenth author (fr): the post asked for through the referrer's words.
        "Dr. Evans told me your firm is putting together a shortlist for its graduate post, and she encouraged me to "
        "ask whether I could be added to it.",
        "Dmitri suggested I ask whether you might bring me in on that engagement.",
        "Marta also thought I might be a good fit for the role you're hiring for, so I'd love to talk about that too.",
        # The fourteenth (fv): practical next steps of applying to the reader's organisation.
        "Also, what would it take for me to land an interview with your team?",
        "I wondered whether flagging my showreel to your recruiter would be something you'd feel comfortable doing.",
        "I would be grateful to know who at your company my CV should go to for the graduate intake.",
        "Do you take on trainees yourself, and if so, who should I address my application to?",
        "Is there someone on your team I could send a speculative application to?",
        "Could you tell me when your team expects to hire its next analyst, so that I can make sure my application is "
        "in on time?",
        "I would be grateful to hear how I should go about applying to you.",
        "Would it make sense for me to send my portfolio straight to you, rather than through the careers page?",
        "If the fellowship you mentioned opens again, I wonder whether you might let me know so that I can submit an "
        "application.",
        # The fifteenth (fz): value or free work offered in place of asking.
        "I am confident I could add real value to your team; I would welcome the chance to show you what I can do.",
        "I would love to bring my submissions experience to your team.",
        "I would also be happy to spend a trial week at your practice at no cost.",
        "I'd be very happy to rewrite a handful of your onboarding screens for free, so you could see how I think.",
        "I would be glad to take some overflow files off your hands in the busy period and prove myself.",
        "If you ever gave me a seat at that table, I'm sure I could show you results.",
        "I would be happy to run a small pilot review to demonstrate what I could contribute to your team.",
        "You could give me a small piece of audio work and judge from that whether I would fit in with your team.",
        "I'd happily cover some of your team's tickets if it meant a shot at a permanent place with you.",
        # The sixteenth (gd): the reader's network asked to find the writer a post.
        "I would also be grateful to know whether you are aware of anyone currently recruiting field agronomists.",
        "If you know anyone in your network who is building a compliance team, I would be grateful if you would share "
        "my details with them.",
        "Do any of the practices you know happen to be looking for a part-qualified architect?",
        "If anyone in your circle is hiring junior sound designers, I'd love to hear about it.",
        "If you happen to spot a data engineering vacancy through the people you know, would you mind letting me know?",
        "If you felt comfortable passing it along to people at other labs who are recruiting, that would mean a lot.",
        "I would be grateful if you could let your contacts in security teams know that I am looking for a position.",
        "Should you feel able to recommend me to your contacts at other hotel groups, I would be deeply grateful.",
        "If you work with agencies that might take on an in-house translator, I would be very grateful if you could "
        "mention me to them.",
        "Should a contact of yours elsewhere be looking to take on a paralegal, I would be grateful if you could "
        "connect us.",
        "Would you ask around among your editor friends for me, in case any of them have a reporting job going?",
        # The seventeenth (gh): job asks in direct messages.
        "I saw you're hiring a junior data analyst, so any chance you'd pass my name along to whoever is running it?",
        "May I also send you my CV for the trainee position your firm recently advertised?",
        "Also, is there any space on the features desk for a junior sub-editor?",
        "Also, are you crewing up for anything soon?",
        "Do you know if the studio has any junior designer openings coming up?",
        "Would you mind flagging my application to the hiring team?",
        "Any chance you'll be taking on another farm assistant once I finish?",
        # The eighteenth (gl): the reader congratulated, then asked for a place in what they build.
        "Morag tells me you are assembling a new learning team, and I would be thrilled to be part of it.",
        "If it does, I would love to come back, this time as a full-time architectural assistant.",
        "If the grant funds a research assistant post, might I put myself forward for it?",
        "If you're still filling out the brigade, I'd love to come and cook for you, on whatever section you need.",
        "When you're ready to bring people onto the content team, I'd love a spot on it.",
        # The nineteenth (gp), in academia: a place in the reader's lab, group or project.
        "I would be grateful if you could refer me to whoever is recruiting for the research fellow role.",
        "If you are recruiting field assistants for the next excavation season, I would really love to join the team.",
        "I would be honoured if you would consider supervising me in your group.",
        "Is there any chance you'll need a research assistant when it gets going?",
        "I'd love to come back and be part of it.",
        # The twentieth (gs), by senior people: a board seat, an interim post, a paid engagement.
        "I would welcome the chance to join your advisory board, if you are building one.",
        "I would also be glad to be invited onto ClassPilot's advisory board, if you are assembling one.",
        "I would welcome the chance to sit with the board as an observer for a period.",
        "I would be glad to observe, with a view to joining as a director if the fit proves right.",
        "I would be grateful if my interest could be passed to the search committee.",
        "I understand there is a vacancy on the governing body, and I would be glad to serve.",
        "If so, I should be grateful to be appointed.",
        "I would be grateful to be added to your shortlist.",
        "If it would help, I could step in as interim CFO while you run a proper search.",
        "I would be delighted to serve as your fractional marketing lead.",
        "I would be willing to act as interim chief executive until your permanent appointment is made.",
        "I'd be glad to take on a retained advisory role to help you do it.",
        "If you need someone to run a piece of the programme on a consulting basis, I would be very pleased.",
        # The twenty-first (gx), in hospitality, retail and the trades.
        "I would also be very grateful if you would consider having me for a stage in your kitchen.",
        "If you ever have more work on than your team can cover, I would be glad to take on subcontract jobs for you.",
        "Also is there any weekend work going at Kaye Timber & Hardware at all?",
        "Might there be a place for me behind your counter at Lacombe Fromagerie?",
        "If you're ever caught short on a busy night I'd be more than happy to pick up a few shifts behind your bar.",
        "If any of your stores need cover work, I'm free and would be happy to step in.",
        "And, if you'd ever think about taking on an apprentice, I would love for it to be me.",
        "Do you have a chair available to rent in the new place?",
        "Could you ever use me as a second van on your call-outs when you're stretched?",
        "If there are jobs you can't fit in I'd be grateful if you passed them my way.",
        # The twenty-second (hb), in the public sector and development.
        "I would be grateful to be added to the Swedish Civil Contingencies Agency's expert deployment list.",
        "I would be most grateful for any help in securing a place on it, or for a word on the call-down list.",
        "I'd really like to be on Save the Children's emergency response roster for Latin America.",
        "Could you include my name, or tell me who to send my details to?",
        "I wondered whether your division might be able to host me on secondment.",
        "Is there any chance of a secondment into your unit at some point?",
        # The twenty-third (hf): tucked into a P.S., a parenthesis or a line under the name.
        "I've also linked my application for your junior security engineer opening below, in case it helps.",
        "Should your team find itself needing another project manager, I'd be grateful if you kept my name in mind.",
        "And I'm keen on your development officer post.",
        "I would be grateful to be put in touch with whoever is hiring.",
        "Currently seeking QA associate roles; CV available on request.",
        "(Should your group ever take on engineers for research posts, I would of course be keen to apply.)",
        "Happy to cover roasting shifts any time you're short-handed.",
        "Any room on your design team?",
        # The twenty-fourth (hj), dressed as advice about a particular opening.
        "I would be grateful for your advice and, should you feel able, a word with the person who will interview "
        "for it.",
        "I would be grateful for any word you felt able to put in with the hiring manager.",
        "Would you tell me whether I'd be a credible candidate, and if so, consider flagging my application "
        "internally?",
        "Would you be comfortable letting the recruiting manager know I'm applying?",
        "Could I send you my draft application for that post to look over before I submit it?",
        "Could you maybe mention my name to the team running it?",
        "Would you be willing to speak to the panel on my behalf?",
        "Would you read my cover letter before I submit, and perhaps let the editor in charge know to expect it?",
        # The twenty-fifth (hn), in thanks and recaps.
        "I have applied for the junior analyst role and would be grateful for any support you felt able to give my "
        "application.",
        "I would be truly grateful if you would give my application your consideration.",
        "I would be delighted to be kept in mind for that role.",
        "If there's ever a place for a junior gameplay programmer at the studio, I would jump at it.",
        "Given how closely my work matches what you described, I wondered whether you might consider me for the "
        "compliance analyst opening.",
    ],
)
def test_quiet_job_asks_of_the_seventh_round(ask: str) -> None:
    found = errors(job_ask(letter(ask, "Thank you."), make(), "keep_in_touch"))
    assert [f.rule for f in found] == ["job-ask"], ask


@pytest.mark.parametrize(
    "ask",
    [
        # The twenty-sixth round's (hq, hr, hu, hx), found by the patterns alone (the model off).
        "If a planner role comes free on your team, might I apply with your recommendation behind me?",
        "I understand your division is recruiting, and I would be most grateful for your backing when the panel"
        " makes its choice.",
        "Now that I have the basics on paper, would you be able to give me a few brew-day shifts?",
        "Should you ever need shifts covered at the roastery, I would be delighted if you gave them to me.",
        "Do you have a place for me at the reception?",
        "When you put the cellar crew together for harvest, I very much hope you will keep a place on it for me.",
        "Maybe you can take me for the summer in your seed bank?",
        "Please, can you ask your boss if there is work for me on the next field trips?",
        "Also, please tell your manager about me when you have a vacancy for a site engineer.",
        "Ideally I would come back through a structured returnship, and I would be so grateful for a place on yours.",
        "Might you add me to the list of auditors you call on when the workload peaks?",
        "Could you ask your recruitment colleagues to add me to their bank staff list?",
        "Please, is it possible to do an internship in your office, like Selin did?",
        "Could I maybe come to your test kitchen for a trial, to show you my work?",
        "Would it be possible for me to work a paid trial shift on the night desk?",
        "Would a short trial week with your team be possible, so that you could see whether I would fit?",
        # And the twenty-seventh's (hy), written after the model's refit.
        "Would you mind forwarding my portfolio of imaging work to whoever recruits your technicians?",
        "When you're putting the team together for it, I'd really like to be on it.",
        "Whenever the section is short of a deputy, I would love to be the first cellist you ring.",
        "I understand the head groundsman post has been advertised, and if it is still unfilled I would be delighted"
        " to take it on.",
        "Could I audition for a place among your next apprentices?",
        "I would welcome a contract with the cooperative to advise your members on water use.",
    ],
)
def test_job_asks_of_the_twenty_sixth_and_seventh_rounds(ask: str) -> None:
    found = errors(job_ask(letter(ask, "Thank you."), make(), "keep_in_touch", model_threshold=None))
    assert [f.rule for f in found] == ["job-ask"], ask


@pytest.mark.parametrize(
    "near",
    [
        "Could you save a seat for me at the seminar on Thursday?",
        "Do you have a place for me to leave my bike when I visit?",
        "I am recruiting patients for a clinical trial of a new inhaler.",
        "I am drafting it for a trial I know well from the bench, so I hope it shows both sides.",
        "We ran a trial of the software last spring.",
        "I would love to hear how you apply with your team's methods in the field.",
        "Please add me to your mailing list for the seminar series.",
        "Please tell your manager about the seminar; she may enjoy it.",
        "I did an internship in your office years ago, and I still remember the view.",
        "I would be grateful for your support as I plan my next steps.",
        "If you have any reading for me before we meet, I would be glad of it.",
        "I was the first cellist in my family, and the first to study music at all.",
        "When you're putting the programme together, I'd love to hear how you choose the speakers.",
        "I auditioned for a place at the conservatoire last year and did not get in.",
        "I would value the post from your blog on grant writing, if you could send the link.",
        "I passed my CV to the careers adviser, who was very helpful.",
    ],
)
def test_near_misses_of_the_twenty_sixth_and_seventh_rounds_forms_are_no_job_ask(near: str) -> None:
    assert errors(job_ask(letter(near, "Thank you."), make(), "keep_in_touch")) == [], near


@pytest.mark.parametrize(
    "near",
    [
        "I would love to be the kind of designer who tests with real users.",
        "I hope to be the first engineer in my family.",
        "I would like the next step to be mine, so I will call you on Monday.",
        "Is there room in your diary for a short call?",
        "I am grateful that you made room for a paralegal with a great many questions.",
        "I would be grateful for a coffee at a place of your choosing, so that I can take you through the plan.",
        "When I needed a mentor, I found one through the guild.",
        "If you need a designer's view on the prototype, I am happy to share mine.",
        "Could you bring me along to the site visit on Friday?",
        "How could I be hired onto a project like that one day?",
        "I am still considering my application to the MSc, and your view would help.",
        "Could you tell me whether you would consider my application strategy sound?",
        "Could you support my application to the MSc in public health?",
        "Would you be able to arrange an informational interview for me with someone in your team?",
        "Could you help me set up a mock interview for practice?",
        "I have attached my draft essay for your consideration and comments.",
        "I hope to work for a company like yours one day.",
        "Is there room for a new approach to onboarding?",
        "I updated my CV for future applications, following your advice.",
        "Rather than rush into any opening, I want to understand where the field is heading.",
        "I would be grateful for your support of my application to the MSc.",
        # Near misses of the third author's (dy, dz).
        "Please do keep me in mind if you are ever in need of a volunteer speaker.",
        "If you are hosting the reading group again, please count me in.",
        "Could you recommend me a good book on supply chains?",
        "I sent it to the manager who was hiring last spring, and she replied kindly.",
        "I hope you felt able to support the new mentoring scheme.",
        "Please let me know when the report is published so that I can read it.",
        "I'd love to observe one of your sessions, if you'd have me.",
        "Thank you for your consideration of my questions about the role of design in policy.",
        "If you're ever in Leeds, please think of me and we can grab a coffee.",
        "Please keep my number handy in case you want to talk before the workshop.",
        "If anything comes up before our call, please keep me posted.",
        "Your talk would take me back to my first year in the lab.",
        "Night shifts on the ward taught me more than any course.",
        "I would keep it on file for my own reference, if you could send the slides.",
        "A conversation with you would mean a great deal to me.",
        "What do producers at a company like yours look for when they take someone on from news?",
        "Is anything open for questions at the end of your talk?",
        "I would love to hear how you decide who joins the team; is there something I could read about it?",
        "Could we talk about roles in your field in general, and how they differ between firms?",
        "I wonder how I might contribute in a volunteer capacity to the festival.",
        "Could you add me to your mailing list for the seminar series?",
        "Would you be willing to add me to the circulation list for the briefings your team sends out?",
        "How do illustrators usually get onto a publisher's roster?",
        "Thank you for taking me into your lab for the open day.",
        "Is there any work going on about heat pumps in your group that I could read?",
        "I have been asked to set up our first employee referral programme, and your post helped.",
        "Do you think someone like me would be a fit for the field in general?",
        "I would like to look at a few programmes like yours for ideas.",
        "Could you help me to get work experience ideas for my students?",
        "Is there any possibility to work with you on the panel for the conference?",
        "If there is a place for me at the workshop, I would love to attend.",
        "I am asking for general orientation rather than about any opening at your company.",
        "When does your next intake usually open, so that I can plan my studies?",
        "Is there a course that I could apply for to learn the basics first?",
        "Would there be room for me on the weekend subtitling workshop you're running in May?",
        # Near misses of the eleventh author's (fk): news and the search as background, advice asked.
        "I am available to start my new course in September, so any reading tips would be welcome.",
        "I worked in a paid capacity for the charity before going freelance.",
        "If a new office opens up in Denver, I would love to hear how your team staffed it.",
        "I still cover the odd weekend shift at my old pharmacy while I settle back in.",
        "I'm job hunting in Denver now, so any tips on the local market would be welcome.",
        "If you are ever looking for speakers for the student society, I would be glad to suggest a few names.",
        # Near misses of the twelfth author's (fn): how internships and placements work, asked for advice.
        "How do students usually get work experience at firms like yours?",
        "I worked as an intern at a small studio last summer, and it confirmed my interest in type.",
        "When do summer internship programmes in the field usually open, so that I can plan?",
        "What made the strongest placement applications stand out when you reviewed them?",
        "I will do my final year project on flood modelling, so any reading tips are welcome.",
        "If your team takes on interns this year, what would you advise them to read first?",
        # Near misses of the thirteenth author's (fr): the referrer's words as background.
        "Sam mentioned your team grew fast last year, and I'd love to hear how you hired for it.",
        "Dana thought I might be a good fit for the field in general, and I'd value your view.",
        "Marta said I might be a good fit for the role, but I would rather learn more about the work first.",
        "Could you bring me up to speed on how the shortlist for such posts is usually drawn up?",
        # Near misses of the fourteenth author's (fv): how applying works in the field.
        "How do people usually land an interview at firms like yours?",
        "What do hiring managers in your field look for in a CV?",
        "Is it common to apply through a portal rather than by contacting someone?",
        "When do graduate intakes usually open, so that I can plan my final year?",
        "I would love to hear how people go about applying to firms like yours.",
        "I'd like to understand the MSc options so that I can apply to the right course.",
        # Near misses of the fifteenth author's (fz): something small offered, skills as background.
        "I'd be glad to share the survey results with your team for free.",
        "I'm good with data, so I'd love your advice on which tools matter.",
        "If you ever need extra hands to help visitors with the demonstrations, I'd be glad to volunteer.",
        "I would very much like to learn how composers come to be considered for documentary projects.",
        "I hope my report could add something to the discussion at your conference.",
        # Near misses of the sixteenth author's (gd): introductions for advice, names to learn from, communities.
        "Is there anyone in your network who moved from teaching into UX and might share their experience?",
        "Which meetups would you recommend for someone new to the field?",
        "Do you know anyone who is looking for advice on moving into policy work, as I am?",
        "I would welcome the names of one or two people in the field whose experience I could learn from.",
        "Could you recommend me a good book on the history of the field?",
        # Near misses of the seventeenth author's (gh).
        "I'd be happy to send you my CV for context, if that helps.",
        "Are you going to the design meetup next month?",
        "Is there any space on the course for a late applicant like me?",
        # Near misses of the eighteenth author's (gl).
        "Congratulations on the new role! I'd love to hear how you found the move into management.",
        "I would love to come back as a visitor when the new gallery opens.",
        "You are building a remarkable team, and I would love to hear how you found the people for it.",
        "I'd love a look at it when the report is published.",
        # Near misses of the nineteenth author's (gp): advice on research careers.
        "How did you choose your own PhD supervisor?",
        "How do students usually find someone to supervise them?",
        "Professor Sule, who supervised me as an undergraduate, suggested I write.",
        "Thank you again for supervising me.",
        "I wouldn't have got there without the time you spent supervising me.",
        "I was lucky that you were willing to supervise my dissertation.",
        "Will you need anything from me before the call?",
        "If you are recruiting, I would love to hear what you look for in a research assistant.",
        "I would love to come back to visit the lab one day.",
        # Near misses of the twentieth author's (gs): senior people asking how boards and portfolio careers work.
        "How did you find your first non-executive role?",
        "What do boards in your sector look for in a new trustee?",
        "I would love to hear how you came to join the board.",
        "I served as interim CFO at my last company, which taught me a great deal.",
        "I sit on two boards already and would value your view on a third.",
        "I would be glad to serve as a sounding board if it ever helps.",
        "I am now planning my return, ideally on a part-time basis, and I am trying to form a realistic picture.",
        # Near misses of the twenty-first author's (gx): the trades asking how people moved on.
        "How did you go from commis to running your own kitchen?",
        "Which tickets were worth getting when you went self-employed?",
        "I do some weekend work at a bakery while I retrain.",
        "I would love for it to be me who organises the next meetup.",
        "I pick up shifts at a café on Saturdays.",
        # Near misses of the twenty-second author's (hb) and others: rosters and secondments asked about.
        "How did you make the move from a national ministry to the UN?",
        "What do consultancy rosters usually look for?",
        "How do secondments into the bank usually work?",
        "Please add me to your mailing list for the seminar series.",
        "Which portfolio pieces actually count when teams like yours at Pontile are hiring juniors.",
        # Near misses of the twenty-third author's (hf).
        "P.S. I'm applying to the MSc you recommended.",
        "Is there room in your diary for a short call?",
        "I would love a place on your mentoring programme next spring.",
        "I would be keen to apply what I learn to my own team.",
        # Near misses of the twenty-fourth author's (hj) and the fifteenth mixed round's (hk).
        "How do hiring panels in your sector usually read a career changer's CV?",
        "Once that introduction is made, I plan to submit my application to the program straight away.",
        # Near misses of the twenty-fifth author's (hn).
        "If you ever run another workshop, I'd jump at the chance.",
        "Our conversation made me more determined than ever to apply to firms like yours.",
        # A denial in other words (hs06).
        "I should say plainly that I am not enquiring about vacancies at Shopify.",
    ],
)
def test_near_misses_of_the_seventh_rounds_forms_are_no_job_ask(near: str) -> None:
    assert errors(job_ask(letter(near, "Thank you."), make(), "keep_in_touch")) == [], near


def test_a_slot_to_shadow_the_reader_is_no_job_ask() -> None:
    shadow = letter("If a slot ever comes up, I'd love to shadow one of your product demonstrations.", "Thank you.")
    assert errors(job_ask(shadow, make(), "thank_you")) == []
    post = letter("If a slot ever comes up on your team, I'd love to apply for it.", "Thank you.")
    assert [f.rule for f in errors(job_ask(post, make(), "thank_you"))] == ["job-ask"]


def test_a_misspelt_surname_after_its_particles_is_a_misspelt_referrer() -> None:
    req = make(kind="introduction", referrer={"name": "Pieter van der Berg", "relationship": "our crop adviser"})
    rest = ("I would like to learn how Maria moved from teaching into UX research.",
            "Would you be open to a 20-minute phone call?", "Thank you.")
    (f,) = errors(referral(letter("Our crop adviser, Pieter van den Burg, suggested I write to you.", *rest), req,
                           "introduction"))
    assert f.rule == "referral" and "Burg" in f.message
    assert errors(referral(letter("Our crop adviser, Pieter van der Berg, suggested I write to you.", *rest), req,
                           "introduction")) == []


def test_an_item_sent_by_courier_is_met() -> None:
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Ana to send green coffee samples"]}
    req = make(kind="follow_up", meeting=meeting)
    sent = letter(RECAP, "I have packed the green coffee samples we agreed on and they go to the courier this week.")
    assert errors(follow_up(sent, req, "follow_up")) == []
    kept = letter(RECAP, "I have packed the green coffee samples we agreed on and they sit in my office.")
    assert [f.message for f in errors(follow_up(kept, req, "follow_up"))] == [
        "The agreed action item is missing: Ana to send green coffee samples."
    ]


@pytest.mark.parametrize(
    ("plan", "stated", "not_stated"),
    [
        # "My plan is to" states the plan; the plan told as past is no plan.
        ("apply for the PGCE in the autumn round",
         "My plan is to apply for the PGCE in the autumn round, and your advice has helped.",
         "I applied for the PGCE in the autumn round, and your advice has helped."),
        # "I have now sent my application" carries out "send his application" (ga): an irregular participle.
        ("send his application to the robotics summer school",
         "Following your encouragement, I have now sent my application to the robotics summer school.",
         "Following your encouragement, I have now read about the robotics summer school."),
        # "I have begun reading the report ... you recommended" carries out "read the report" (gi).
        ("read the report on regional inequality he recommended",
         "I have begun reading the report on regional inequality you recommended.",
         "I have begun writing about regional inequality."),
    ],
)
def test_a_plan_stated_done_or_begun_is_met(plan: str, stated: str, not_stated: str) -> None:
    req = make(kind="thank_you", follow_up=plan, meeting={"topics": ["moving from teaching into UX research"]})
    assert errors(follow_up(letter(RECAP, stated), req, "thank_you")) == [], stated
    assert [f.message for f in errors(follow_up(letter(RECAP, not_stated), req, "thank_you"))] == [
        "The letter does not say how you will follow up."
    ], not_stated


def test_a_meeting_topic_told_back_is_no_job_ask() -> None:
    req = make(kind="follow_up", meeting={"topics": ["research opportunities in the emergency department"],
                                          "action_items": []})
    told = letter("I was also very interested to hear about the research opportunities in your emergency department.",
                  "Thank you.")
    assert errors(job_ask(told, req, "follow_up")) == []
    # Without the topic in the request, or asked for, it is an ask.
    other = make(kind="follow_up", meeting={"topics": ["how the rota works"], "action_items": []})
    assert [f.rule for f in errors(job_ask(told, other, "follow_up"))] == ["job-ask"]
    asked = letter("Could I be considered for the research opportunities in your emergency department?", "Thanks.")
    assert [f.rule for f in errors(job_ask(asked, req, "follow_up"))] == ["job-ask"]


def test_the_requests_own_plan_restated_is_no_job_ask() -> None:
    req = make(kind="keep_in_touch", follow_up="telephone in June to hear about any volunteering opportunities")
    text = letter("I will telephone in June to hear about any volunteering opportunities at Shopify.",
                  "Thank you.")
    assert errors(job_ask(text, req, "keep_in_touch")) == []
    assert [f.rule for f in errors(job_ask(text, make(kind="keep_in_touch"), "keep_in_touch"))] == ["job-ask"]


@pytest.mark.parametrize(
    ("item", "sentence"),
    [
        ("Maria gives feedback on it", "I have attached my sample; I would be very grateful for your feedback on it."),
        ("let him know how she gets on with the exercises", "I'll let you know how I get on with the exercises."),
    ],
)
def test_light_verbs_are_stop_words_in_every_form(item: str, sentence: str) -> None:
    # "gives" and "gets" were content words while "give" and "get" were stop words: the item never met the letter.
    req = make(kind="follow_up", meeting={"topics": ["moving from teaching into UX research"], "action_items": [item]})
    text = letter(RECAP, sentence)
    assert errors(follow_up(text, req, "follow_up")) == []


def test_a_plan_under_way_or_a_link_given_in_the_letter_is_stated() -> None:
    meeting = {"topics": ["moving from teaching into UX research"]}
    req = make(kind="thank_you", follow_up="read the forecasting bulletins she recommended", meeting=meeting)
    doing = letter(RECAP, "As you suggested, I am reading through the forecasting bulletins you recommended.")
    assert errors(follow_up(doing, req, "thank_you")) == []
    other = letter(RECAP, "As you suggested, I am sorting through the forecasting bulletins you recommended.")
    assert [f.rule for f in errors(follow_up(other, req, "thank_you"))] == ["follow-up"]
    req = make(kind="thank_you", follow_up="share her portfolio link https://ana.design", meeting=meeting)
    linked = letter(RECAP, "In the meantime my portfolio is at https://ana.design in case you'd like a look.")
    assert errors(follow_up(linked, req, "thank_you")) == []


@pytest.mark.parametrize(
    ("plan", "sentence"),
    [
        # Wished for with the plan's own verb.
        ("pitch a local story to the features desk", "If the features desk agrees, I'd love to pitch a local story."),
        # Done by the letter itself.
        ("confirm her Green Belt enrolment by email", "I am pleased to confirm my Green Belt enrolment."),
    ],
)
def test_a_plan_wished_for_or_done_by_the_letter_is_stated(plan: str, sentence: str) -> None:
    req = make(kind="thank_you", follow_up=plan, meeting={"topics": ["moving from teaching into UX research"]})
    assert errors(follow_up(letter(RECAP, sentence), req, "thank_you")) == []
    other = sentence.replace("pitch", "read").replace("confirm", "mention")
    assert [f.rule for f in errors(follow_up(letter(RECAP, other), req, "thank_you"))] == ["follow-up"]


@pytest.mark.parametrize(
    ("plan", "sentences"),
    [
        # British and American spellings of the plan's verb: "enrolled" and "enrol".
        (
            "let her know once he has enrolled in the certification",
            "I have looked into the certification you recommended, and I plan to enrol this year. I will let you "
            "know once I have done so.",
        ),
    ],
)
def test_a_plan_in_the_other_spelling_of_its_verb_is_stated(plan: str, sentences: str) -> None:
    req = make(kind="thank_you", follow_up=plan, meeting={"topics": ["moving from teaching into UX research"]})
    assert errors(follow_up(letter(RECAP, sentences), req, "thank_you")) == []


def test_a_video_sent_is_no_video_call_and_a_comparison_commits_to_nothing() -> None:
    # "send a short video of one of her rigs" is carried out by the video attached; "which may say more than I can
    # in a letter" promises no letter instead.
    req = make(kind="thank_you", follow_up="send a short video of one of her automation rigs",
               meeting={"topics": ["moving from teaching into UX research"]})
    sent = letter(RECAP, "I have attached a short video of one of my rigs, which may say more than I can in a letter.")
    assert errors(follow_up(sent, req, "thank_you")) == []
    # A video call offered instead is still another plan.
    call = make(kind="thank_you", follow_up="set up a video call next week",
                meeting={"topics": ["moving from teaching into UX research"]})
    wrote = letter(RECAP, "I will write to you by post next week rather than set up anything.")
    assert [f.rule for f in errors(follow_up(wrote, call, "thank_you"))] == ["follow-up"]


# The fifty-eighth author (jv): an ask shouted as a need, and an ask whose date is said in the next sentence.
def test_an_ask_shouted_as_a_need_is_made() -> None:
    req = make(ask="an introduction to the hospice's education lead")
    text = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "The person who can help me most is your education lead at the hospice. I NEED this introduction.",
        "Thank you.",
    )
    assert [f.message for f in errors(purpose(text, req, "informational")) if "ask" in f.message] == []
    # Not asked: the introduction only said to matter.
    calm = text.replace("I NEED this introduction.", "This introduction matters to me.")
    assert [f.message for f in errors(purpose(calm, req, "informational")) if "ask" in f.message] != []


def test_an_ask_with_its_date_in_the_next_sentence_is_made() -> None:
    req = make(ask="a 20-minute phone call before the 14th of June, when applications close")
    dated = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "Would you be willing to have a 20-minute phone call? I am keen to speak before the 14th of June, when "
        "applications close, if that is at all possible.",
        "Thank you.",
    )
    assert [f.message for f in errors(purpose(dated, req, "informational")) if "ask" in f.message] == []
    # Without the date anywhere, the call alone is not the ask the request names (nor a sentence that shares only
    # synonyms of it: o206).
    undated = dated.replace(
        " I am keen to speak before the 14th of June, when applications close, if that is at all possible.", ""
    )
    assert [f.message for f in errors(purpose(undated, req, "informational")) if "ask" in f.message] != []
    vague = make(ask="A 20-minute video call in the next month.")
    synonyms = letter(
        "I'd love to hear how you moved from the classroom into UX research.",
        "I'd love to compose for film and television one day, so hearing you talk was a highlight of the term.",
        "Thank you.",
    )
    assert [f.message for f in errors(purpose(synonyms, vague, "informational")) if "ask" in f.message] != []


# The fifty-ninth author (jw): a post wished for in "would be wonderful", freelance work offered on a condition, a good
# fit shown while shadowing.
@pytest.mark.parametrize(
    "sentence",
    [
        "If it's simpler, an introduction to whoever is recruiting for the junior designer post I saw advertised would "
        "be lovely.",
        "P.S. I also do the odd freelance research project, should that ever be of use to your team.",
        "If you would ever let me shadow your team on a site visit, I'd love to, so that I could prove I'm a good fit "
        "for Shopify.",
    ],
)
def test_quiet_job_asks_of_the_fifty_ninth_round(sentence: str) -> None:
    text = letter("I'd love to hear how you moved into UX research.", sentence, "Thank you.")
    assert [f.rule for f in errors(job_ask(text, make(), "informational"))] == ["job-ask"]


@pytest.mark.parametrize(
    "sentence",
    [
        # ke35: a place at a public session.
        "Please keep me in mind if Shopify runs another public session, as I'd like to come along.",
        "I saw the junior designer post advertised and a word on how your panel reads portfolios would be wonderful.",
        "I also do freelance illustration, which is how I first came across your studio's work.",
        "If you would ever let me shadow your team on a site visit, I'd love to see how the research runs.",
        "Your advice on whether my portfolio is a good fit for the field would mean a lot.",
    ],
)
def test_near_misses_of_the_fifty_ninth_rounds_forms_are_no_job_ask(sentence: str) -> None:
    text = letter("I'd love to hear how you moved into UX research.", sentence, "Thank you.")
    assert errors(job_ask(text, make(), "informational")) == []


# The sixtieth author (jx): an aim told as the answer the writer has been trying to get.
def test_an_answer_sought_states_the_aim() -> None:
    req = make(purpose="find out how people get onto reef restoration projects")
    sought = letter(
        "I have been trying to get a straight answer about how people get onto reef restoration projects.",
        "Would you be willing to have a 20-minute phone call?",
        "Thank you.",
    )
    assert errors(purpose(sought, req, "informational")) == []
    # An answer had is background, not an aim.
    given = sought.replace("I have been trying to get a straight answer about", "Last year I got a straight answer on")
    assert "The letter never says what you hope to gain from the conversation." in [
        f.message for f in errors(purpose(given, req, "informational"))
    ]


# The sixty-first author (ka): an ask named as what would suffice or as all that is asked, an action item reminded of.
@pytest.mark.parametrize(
    "asking",
    [
        # ke13: the ask presumed "as read".
        "Given who introduced us, I'll take it as read that you'll make the time for a 20-minute phone call.",
        "A 20-minute phone call would be enough.",
        "I'm only asking for the obvious thing, which is a 20-minute phone call.",
        # The author of kt: an ask imposed, booked or announced is an ask made (politeness reports the imposition).
        "To save time, I have asked your assistant to book a 20-minute phone call into your calendar.",
        "Your personal assistant has already confirmed a 20-minute phone call with you for Tuesday.",
        "I have already put a 20-minute phone call with you in my diary for Thursday.",
        "I will call your office at ten on Monday for a 20-minute phone call.",
        # lq03: an invitation already sent (t913's "I will send a calendar invitation shortly" still asks nothing).
        "To save us the back-and-forth, I've gone ahead and sent a calendar invitation for a 20-minute phone call.",
    ],
)
def test_an_ask_named_as_enough_or_as_all_that_is_asked_is_made(asking: str) -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.", asking, "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == []
    told = text.replace(asking, "A 20-minute phone call with my mentor last week was enough.")
    assert [f.message for f in errors(purpose(told, make(), "informational")) if "ask" in f.message] != []


def test_an_action_item_reminded_of_is_named() -> None:
    req = make(
        kind="follow_up",
        meeting={"topics": ["moving from teaching into UX research"],
                 "action_items": ["Maria will send the list of approved design bootcamps"]},
    )
    reminded = letter(
        RECAP,
        "I have started sketching every day. Just a reminder, as agreed, about the list of approved design bootcamps.",
    )
    assert errors(follow_up(reminded, req, "follow_up")) == []
    # The list looked at by the writer is no list sent.
    looked = reminded.replace("Just a reminder, as agreed, about", "I have also looked at")
    assert [f.rule for f in errors(follow_up(looked, req, "follow_up"))] == ["follow-up"]


# The authors of ko, kp and kq (this session's mixed rounds).
def test_feedback_it_would_be_wonderful_to_have_names_the_readers_item() -> None:
    # ko22: the reader's item asked for as a wish ("It would be wonderful to have your feedback on the draft").
    meeting = {"topics": ["moving from teaching into UX research"],
               "action_items": ["Ana will draft a two-page case study", "Maria will give feedback on the draft"]}
    req = make(kind="follow_up", meeting=meeting)
    wished = letter(RECAP, "As agreed, I'll draft a two-page case study.",
                    "It would be wonderful to have your feedback on the draft once it's ready.")
    assert errors(follow_up(wished, req, "follow_up")) == []
    # The draft alone, with no word of the feedback, leaves the reader's item out.
    alone = letter(RECAP, "As agreed, I'll draft a two-page case study and it would be wonderful to finish it soon.")
    assert [f.message for f in errors(follow_up(alone, req, "follow_up"))] == [
        "The agreed action item is missing: Maria will give feedback on the draft."
    ]


@pytest.mark.parametrize(
    ("near", "asked"),
    [
        # kn33: kept in mind for a talk, not a post.
        ("Please keep me in mind for a chat sometime.", "Please keep me in mind for any openings."),
        ("Do keep me in mind for a coffee when you're next in town.",
         "Do keep me in mind when you're next hiring."),
    ],
)
def test_kept_in_mind_for_a_chat_is_no_job_ask(near: str, asked: str) -> None:
    assert errors(job_ask(letter("It was good to catch up at the showcase.", near, "Thank you."), make(),
                          "keep_in_touch")) == []
    assert [f.rule for f in errors(job_ask(letter("It was good to catch up at the showcase.", asked, "Thank you."),
                                           make(), "keep_in_touch"))] == ["job-ask"]



def test_an_introduction_ordered_after_a_colon_is_the_ask_made() -> None:
    req = make(kind="introduction", ask="an introduction to her clerk of works",
               referrer={"name": "Dai Griffiths", "relationship": "my old lecturer"})
    text = letter("Dai Griffiths suggested I write to you. I'd love to learn how masons move into conservation.",
                  "Here's the deal: introduce me to your clerk of works and I'll take it from there.", "Thanks.")
    assert [f.message for f in errors(purpose(text, req, "introduction")) if "ask" in f.message] == []


def test_a_hope_named_then_asked_by_a_short_question_is_the_ask() -> None:
    # kt32, kt33: "I'm hoping for a 20-minute phone call ... Is that something you might have room for?"
    for hope, question in (
        ("I'm hoping for a 20-minute phone call at some point in the coming weeks.",
         "Is that something you might have room for?"),
        ("What I have in mind is a 20-minute phone call in which I could ask a few questions.",
         "Would you be open to that?"),
    ):
        text = letter("I'd love to hear how you moved from the classroom into UX research.", f"{hope} {question}",
                      "Thank you.")
        assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == [], hope
    # A call told as past, then a question about it, asks for no call.
    told = letter("I'd love to hear how you moved from the classroom into UX research.",
                  "A 20-minute phone call with my mentor helped a lot. Could you tell me more about that?", "Thanks.")
    assert [f.message for f in errors(purpose(told, make(), "informational")) if "ask" in f.message] != []


# The author of ku: action items chased, taken over or called off.
def _items(*items: str) -> LetterRequest:
    return make(kind="follow_up", meeting={"topics": ["moving from teaching into UX research"],
                                           "action_items": list(items)})


def test_an_item_nudged_or_called_welcome_is_named() -> None:
    req = _items("Maria will send a reading list on usability testing")
    for sentence in ("I wanted to nudge you gently about the reading list on usability testing.",
                     "Whenever you have a moment, the reading list on usability testing would be wonderful."):
        assert errors(follow_up(letter(RECAP, sentence), req, "follow_up")) == [], sentence


def test_an_item_called_off_by_forget_is_missing() -> None:
    req = _items("Ana will complete the safeguarding course")
    off = letter(RECAP, "Forget the safeguarding course, I can't be bothered with that.")
    assert [f.rule for f in errors(follow_up(off, req, "follow_up"))] == ["follow-up"]
    kept = letter(RECAP, "I have booked the safeguarding course and will complete it this month.")
    assert errors(follow_up(kept, req, "follow_up")) == []


def test_the_readers_item_sent_by_the_writer_is_taken_over_when_the_writer_sends_nothing() -> None:
    # ku24: "I'll send you the foot screening audit results" when the reader was to send them.
    req = _items("Maria will send Ana the foot screening audit results", "Ana will apply for the apprenticeship")
    taken = letter(RECAP, "I'll apply for the apprenticeship this month, and I'll send you the foot screening audit "
                          "results once I've pulled them together.")
    assert [f.message for f in errors(follow_up(taken, req, "follow_up"))] == [
        "The agreed action item is missing: Maria will send Ana the foot screening audit results."
    ]
    # When the writer has something of their own to send, "I'll send" may be theirs (as before).
    both = _items("Maria will send Ana the foot screening audit results", "Ana will send Maria her portfolio")
    shared = letter(RECAP, "I'll send you my portfolio this week, and I look forward to the foot screening audit "
                           "results.")
    assert errors(follow_up(shared, both, "follow_up")) == []
    # The writer's own thing sent in return is no takeover.
    own = letter(RECAP, "I'll apply for the apprenticeship this month. Once the foot screening audit results arrive, "
                        "I will send my notes on them.")
    assert errors(follow_up(own, req, "follow_up")) == []


@pytest.mark.parametrize(
    ("item", "given_away"),
    [
        # ku32: the writer's item awaited from the reader.
        ("Ana will send Maria her lesson plans", "I look forward to you sending me your lesson plans."),
        # ku28: the writer's item said to be the reader's.
        ("Ana will book a studio session to practise", "You said you would book the studio session, so book it."),
        # ku36: the writer's item thanked for as the reader's offer, in other words.
        ("Ana will contact the college about the entry test",
         "Thank you for kindly offering to speak to the college about the entry test."),
    ],
)
def test_the_writers_item_given_to_the_reader_is_missing(item: str, given_away: str) -> None:
    assert [f.rule for f in errors(follow_up(letter(RECAP, given_away), _items(item), "follow_up"))] == [
        "follow-up"
    ]



# The author of kv: job asks put as questions about the reader's hiring, or as a start date offered.
@pytest.mark.parametrize(
    ("asked", "near"),
    [
        ("Do let me know if your team has a vacancy.", "I'd love to know how your team decides when to add a post."),
        ("Please tell me if your department at Shopify is recruiting.",
         "I'd love to know whether councils take on trainees who come from the kitchen side."),
        ("Do you take on trainees at Shopify?", "Do you take on trainees who come from other fields, in your "
                                                "experience?"),
        ("I'm available to start in March, if that helps.", "I'm free to start the course in March."),
        ("And if anything comes up on your team, I would love to hear about it.",
         "If anything comes up before our call, I will email you."),
    ],
)
def test_job_asks_about_the_readers_hiring_or_a_start_date(asked: str, near: str) -> None:
    assert _asks_for_a_job(asked), asked
    assert not _asks_for_a_job(near), near


def _asks_for_a_job(sentence: str, kind: str = "informational", **options: Any) -> bool:
    """Whether ``job_ask`` finds a job asked for in a letter of ``kind`` holding ``sentence`` (a thank-you recaps a
    meeting first)."""
    if kind == "informational":
        text = letter("I'd love to hear how you moved from the classroom into UX research.", sentence, "Thank you.")
        req = make()
    else:
        text = letter(RECAP, sentence, "Thank you.")
        req = make(kind=kind, meeting={"topics": ["moving from teaching into UX research"]})
    return any(f.rule == "job-ask" for f in errors(job_ask(text, req, kind, **options)))


def test_an_introduction_ordered_is_the_ask_made() -> None:
    # kw09: "Make the introduction today" (rude, and the ask all the same).
    req = make(kind="introduction", ask="an introduction to her head of research",
               referrer={"name": "Sam Patel", "relationship": "my former colleague"})
    text = letter("Sam Patel suggested I write. I'd love to learn how you moved into UX research.",
                  "Make the introduction to your head of research today.", "Thanks.")
    assert [f.message for f in errors(purpose(text, req, "introduction")) if "ask" in f.message] == []


def test_an_item_chased_as_still_not_received_is_named() -> None:
    # kw20: "I needed the details of the certification course straight away, and I still do not have them".
    req = _items("Maria will send details of the certification course")
    chased = letter(RECAP, "I needed the details of the certification course straight away, and I still do not have "
                           "them.")
    assert errors(follow_up(chased, req, "follow_up")) == []
    looked = letter(RECAP, "I needed the details of the certification course straight away, so I looked them up.")
    assert [f.rule for f in errors(follow_up(looked, req, "follow_up"))] == ["follow-up"]



# The authors of lb (learners' English) and lc (purpose broken quietly).
def test_an_aim_stated_as_not_clear_and_an_ask_made_as_i_ask_for() -> None:
    req = make(purpose="understand what skills a research team expects from a teacher who wants to switch")
    text = letter("I am teacher since eight years. I am not clear what skills a research team expects from a teacher "
                  "who wants to switch.", "I want to learn this, and I ask for a 20-minute phone call.", "Thank you.")
    assert errors(purpose(text, req, "informational")) == []


def test_love_to_connect_is_no_call_asked_for() -> None:
    text = letter("I'd love to hear how you moved from the classroom into UX research.",
                  "Anyway, I'd love to connect if you're open to it! No pressure at all.", "Thank you.")
    assert "The letter never makes the specific ask." in [f.message for f in errors(purpose(text, make(),
                                                                                             "informational"))]
    by_phone = text.replace("I'd love to connect if you're open to it!",
                            "I'd love to connect by phone for 20 minutes if you're open to it.")
    assert [f.message for f in errors(purpose(by_phone, make(), "informational")) if "ask" in f.message] == []


@pytest.mark.parametrize(
    "elsewhere",
    [
        "I wondered whether you might point me toward a colleague on your team who could spare 20 minutes for a call.",
        "Would you be willing to speak to the pupils in our coding club for 20 minutes?",
    ],
)
def test_the_call_asked_of_or_for_someone_else_is_not_the_ask(elsewhere: str) -> None:
    # lc17, lc36: the request's "a 20-minute call with her" is a call with the reader.
    req = make(ask="a 20-minute phone call with her")
    text = letter("I'd love to hear how you moved from the classroom into UX research.", elsewhere, "Thank you.")
    assert "The letter never makes the specific ask." in [f.message for f in errors(purpose(text, req,
                                                                                             "informational"))]
    asked = text.replace(elsewhere, "Would you have time for a 20-minute phone call with me?")
    assert [f.message for f in errors(purpose(asked, req, "informational")) if "ask" in f.message] == []


def test_five_skills_listed_in_prose_are_a_resume_dump() -> None:
    # ld07, ld11: "the tools and methods I've been practising are Figma, Miro, usability testing, card sorting and
    # journey mapping".
    listed = letter(RECAP, "The tools I've been practising are Figma, Miro, usability testing, card sorting and "
                           "journey mapping.", "Thank you.")
    assert [f.rule for f in errors(resume_dump(listed, make(), "informational"))] == ["resume-dump"]
    two = letter(RECAP, "My skills include Figma and usability testing.", "Thank you.")
    assert errors(resume_dump(two, make(), "informational")) == []
    others = letter(RECAP, "The skills researchers use every day are interviews, surveys, card sorts, diaries and "
                           "usability tests.", "Thank you.")
    assert errors(resume_dump(others, make(), "informational")) == []



# The authors of le (job asks after a meeting) and lh (follow-up plans).
@pytest.mark.parametrize(
    ("asked", "near"),
    [
        ("If the reporter post you described is still open, I'd be really keen.",
         "The post is still open to graduates, you said, so I'll apply through the website."),
        ("I hope to be working alongside you soon.", "I hope to be working with your charity as a volunteer."),
        ("I've attached my CV for the assistant underwriter opening.", "I've attached my CV so you can see my "
                                                                        "background."),
        ("I would be delighted to be considered.", "I'd be glad to be considered for the bursary."),
    ],
)
def test_job_asks_slipped_into_thanks(asked: str, near: str) -> None:
    assert _asks_for_a_job(asked, "thank_you"), asked
    # The patterns read the near miss right; the sentence model reads "to be considered for the bursary" as a job
    # ask (0.987, above its 0.95), a known false alarm of its words.
    assert not _asks_for_a_job(near, "thank_you", model_threshold=None), near


def test_a_plan_told_as_done_is_no_plan() -> None:
    req = make(follow_up="call her office on Monday to arrange a time")
    done = letter("I'd love to hear how you moved into UX research. Would you have 20 minutes for a phone call?",
                  "I rang your office on Monday and left a message, so you may already have heard.", "Thank you.")
    assert "The letter does not say how you will follow up." in [f.message for f in errors(follow_up(done, req,
                                                                                                       "informational"))]
    again = done.replace("so you may already have heard", "and I will call your office again on Monday to arrange a "
                                                           "time")
    assert errors(follow_up(again, req, "informational")) == []


def test_trying_the_readers_number_is_a_phone_call() -> None:
    req = make(follow_up="phone him on Thursday morning to arrange a time")
    text = letter("I'd love to hear how you moved into UX research. Would you have 20 minutes for a phone call?",
                  "I'll try your number on Thursday morning to arrange a time.", "Thank you.")
    assert errors(follow_up(text, req, "informational")) == []



def test_an_ask_booked_into_both_calendars_is_made() -> None:
    # li03: "I've gone ahead and put a 20-minute video call on Thursday morning in both our calendars".
    text = letter("I'd love to hear how you moved from the classroom into UX research.",
                  "I've gone ahead and put a 20-minute phone call on Thursday morning in both our calendars.",
                  "Thank you.")
    assert [f.message for f in errors(purpose(text, make(), "informational")) if "ask" in f.message] == []


def test_the_readers_inability_is_no_plan_called_off() -> None:
    # li32: "I've already booked us a table for coffee ...; no need to reply unless you can't make it".
    req = make(kind="keep_in_touch", follow_up="meet for coffee when Ana is in Edinburgh next month")
    text = letter("It has been a while since your course, and my bindery is doing well.",
                  "I'll be in Edinburgh next month and I've booked us a table for coffee; no need to reply unless you "
                  "can't make it.", "Thank you again.")
    assert errors(follow_up(text, req, "keep_in_touch")) == []
    mine = text.replace("no need to reply unless you can't make it", "sadly I can't make it after all")
    assert [f.rule for f in errors(follow_up(mine, req, "keep_in_touch"))] == ["follow-up"]


# The authors of lt (informal and learners' English), lu (job asks), lv (asks in paraphrase) and ly (short notes).
def test_thanks_in_advance_for_considering_me_for_a_job_is_a_job_ask() -> None:
    assert _asks_for_a_job("Thank you in advance for considering me for the assistant engineer job at Shopify.",
                           "thank_you")
    assert not _asks_for_a_job("Thank you for considering me for the mentoring scheme.", "thank_you",
                               model_threshold=None)


def test_help_offered_on_a_site_visit_is_no_job_ask() -> None:
    assert not _asks_for_a_job("If there's any chance I could join one of your site visits, I would be really "
                               "grateful, and I'd happily carry kit or do whatever is useful.")
    assert _asks_for_a_job("If there's any chance I could join your team, I would be really grateful, and I'd "
                           "happily carry kit or do whatever is useful.")


def _ask_missing(text: str, req: LetterRequest | None = None) -> bool:
    req = req or make()
    return "The letter never makes the specific ask." in [f.message for f in errors(purpose(text, req,
                                                                                              req.kind))]


def test_an_ask_ordered_or_proposed_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    assert not _ask_missing(letter(lead, "So just hop on a 20-minute phone call with me, easy.", "Thanks."))
    assert not _ask_missing(letter(lead, "I propose that we have a 20-minute phone call next week.", "Thanks."))
    # The same words told of the past make no ask.
    assert _ask_missing(letter(lead, "My mentor and I had a 20-minute phone call about it last week.", "Thanks."))


def test_an_asks_preferred_time_and_its_verbs_in_other_words() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    video = make(ask="a short video call at a time that suits her")
    assert not _ask_missing(letter(lead, "Would you be open to a brief video call, whenever is convenient?"), video)
    visit = make(ask="an hour at your studio to see the work and talk")
    assert not _ask_missing(letter(lead, "Would you be open to my dropping by your studio for an hour, at a time "
                                         "that suits you, to watch the work and ask a few questions?"), visit)
    assert _ask_missing(letter(lead, "Would you be open to a brief exchange of emails?"), video)


def test_curious_how_states_the_purpose() -> None:
    said = "The letter never says what you hope to gain from the conversation."
    text = letter("I'm a science teacher curious how you moved from teaching into UX research.",
                  "Would you have 20 minutes for a phone call?", "Thank you.")
    assert said not in [f.message for f in errors(purpose(text, make(), "informational"))]
    told = text.replace("I'm a science teacher curious how you moved", "My students once asked how people move")
    assert said in [f.message for f in errors(purpose(told, make(), "informational"))]


def test_an_item_asked_for_as_amazing_is_mentioned() -> None:
    req = make(kind="follow_up", meeting={"topics": ["pricing wedding packages"],
                                          "action_items": ["Maria will send the name of her flower grower"]})
    text = letter("Thank you for our talk about pricing wedding packages.",
                  "Whenever you remember, the name of your flower grower would be amazing, no rush at all.",
                  "Thanks again.")
    assert errors(follow_up(text, req, "follow_up")) == []
    dropped = text.replace("the name of your flower grower would be amazing", "I will think about my prices")
    assert [f.message for f in errors(follow_up(dropped, req, "follow_up"))] == [
        "The agreed action item is missing: Maria will send the name of her flower grower."
    ]


def test_an_archivist_works_in_archives() -> None:
    # lu27: "I would like to qualify as an archivist" for a purpose about archives.
    req = make(purpose="understand archives")
    said = "The letter never says what you hope to gain from the conversation."
    text = letter("I would love to understand what an archivist does all day.",
                  "Would you have 20 minutes for a phone call?", "Thank you.")
    assert said not in [f.message for f in errors(purpose(text, req, "informational"))]
    other = text.replace("an archivist", "a surveyor")
    assert said in [f.message for f in errors(purpose(other, req, "informational"))]


# The authors of ma (office registers), mb (action items changed) and me (students' job asks).
def test_own_freelance_work_then_an_aim_is_no_job_ask() -> None:
    assert not _asks_for_a_job("I caption webinars on a freelance basis, and I'd like to move into live broadcast "
                               "captioning.")
    assert _asks_for_a_job("I could take on captioning on a freelance basis, and I'd be glad to start next month.")


def test_kept_in_mind_for_something_to_read_is_no_job_ask() -> None:
    assert not _asks_for_a_job("Please do keep me in mind if you come across useful reading on either topic.",
                               "thank_you")
    assert _asks_for_a_job("Please do keep me in mind if a role comes up on either team.", "thank_you")


def test_job_asks_told_as_news_or_over_two_sentences() -> None:
    assert _asks_for_a_job("I also saw that Shopify is advertising an assistant researcher vacancy, and I wondered "
                           "whether you could help me get an interview for it.")
    assert _asks_for_a_job("Any chance your team is growing? I'd love to be part of it after graduation.",
                           "keep_in_touch")
    assert not _asks_for_a_job("Any chance your team is growing? I'd love to hear how you plan for it.",
                               "keep_in_touch")


def test_an_ask_that_would_make_it_worthwhile_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    assert not _ask_missing(letter(lead, "A 20-minute phone call would make it all worthwhile.", "Thanks."))
    assert _ask_missing(letter(lead, "A 20-minute phone call made it all worthwhile last time.", "Thanks."))


def _items_missing(text: str, items: list[str]) -> list[str]:
    req = make(kind="follow_up", meeting={"topics": ["moving from teaching into UX research"], "action_items": items})
    return [f.message for f in errors(follow_up(text, req, "follow_up"))]


def test_the_writers_item_asked_of_the_reader_or_put_off_is_missing() -> None:
    items = ["Ana will write up a short summary of the usability study"]
    missing = ["The agreed action item is missing: Ana will write up a short summary of the usability study."]
    asked = letter(RECAP, "Could you send me a short summary of the usability study?", "Thanks again.")
    assert _items_missing(asked, items) == missing
    done = asked.replace("Could you send me a short summary", "I've attached a short summary")
    assert _items_missing(done, items) == []
    hedged = letter(RECAP, "I might write up a short summary of the usability study at some point, once things calm "
                           "down.", "Thanks again.")
    assert _items_missing(hedged, items) == missing
    firm = hedged.replace("I might write up", "I will write up").replace(" at some point, once things calm down", "")
    assert _items_missing(firm, items) == []


# The authors of mm (trades, hospitality, healthcare), mj (texts) and mk (dated action items).
def test_cover_offered_when_short_staffed_or_a_locum_list_is_a_job_ask() -> None:
    assert _asks_for_a_job("If you're short-staffed on it, I can step in at a day's notice.", "keep_in_touch")
    assert _asks_for_a_job("Would you consider adding me to the practice's locum list?", "thank_you")
    assert not _asks_for_a_job("If you're short of time, I can send my questions by email instead.", "keep_in_touch")
    assert not _asks_for_a_job("Would you consider adding me to the practice's newsletter list?", "thank_you")


def test_help_volunteered_for_the_day_is_no_job_ask() -> None:
    assert not _asks_for_a_job("If you need another pair of hands, I'd love to volunteer for the day, just for the "
                               "fun of it.", "keep_in_touch")
    assert _asks_for_a_job("If you need another pair of hands, I'd love to be considered for it.", "keep_in_touch")


def test_an_ask_in_text_style_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    assert not _ask_missing(letter(lead, "need a 20-minute phone call this week.", "thx."))
    assert not _ask_missing(letter(lead, "What I need from you: a 20-minute phone call.", "Thanks."))
    assert _ask_missing(letter(lead, "What I need from you is patience with my questions.", "Thanks."))


def test_the_writers_item_said_to_be_the_readers_is_missing() -> None:
    items = ["Ana to book the site visit for the week of 10 March"]
    said = letter(RECAP, "Thanks for saying you'll book the site visit for the week of 10 March.", "Thanks again.")
    assert _items_missing(said, items) == [
        "The agreed action item is missing: Ana to book the site visit for the week of 10 March."
    ]
    mine = said.replace("Thanks for saying you'll book", "As agreed, I'll book")
    assert _items_missing(mine, items) == []


# The authors of mz (job asks) and nd (a fifth round's general brief).
def test_anything_for_me_asks_for_work_unless_it_is_to_read() -> None:
    assert _asks_for_a_job("I'm looking for work now, so I wanted to ask: do you have anything for me at the bindery?",
                           "keep_in_touch")
    assert not _asks_for_a_job("Do you have anything for me to read before our call?", "keep_in_touch")


# The authors of ni (rudeness), nj (follow-ups) and nk (job asks), a seventh round's general briefs.
def test_an_ask_announced_with_a_colon_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    assert not _ask_missing(letter(lead, "I have one specific request: a 20-minute phone call at a time that suits "
                                   "you.", "Thanks."))
    assert _ask_missing(letter(lead, "I had one specific plan: a 20-minute phone call with a mentor.", "Thanks."))


def test_a_name_after_a_comma_in_the_ask_keeps_its_weight() -> None:
    req = make(kind="introduction", purpose="learn how conservators specialise in textiles",
               ask="an introduction to the museum's textile conservator, Ingrid Sorensen")
    text = letter(
        "I'm trying to learn how conservators specialise in textiles. Ingrid Sorensen would be the ideal person to "
        "ask. I know your diary is full this month.",
        "Could you please introduce me to her?",
        "Thank you for your help.",
    )
    assert not _ask_missing(text, req)
    # Someone else introduced is still no ask made.
    assert _ask_missing(text.replace("Ingrid Sorensen would", "Oskar Lind would"), req)


def test_the_writers_item_left_undecided_is_missing() -> None:
    items = ["Ana will submit a volunteer application to the museum's conservation studio"]
    missing = ["The agreed action item is missing: Ana will submit a volunteer application to the museum's "
               "conservation studio."]
    undecided = letter(RECAP, "I will think carefully about whether a volunteer application to the conservation "
                              "studio is the right step for me.", "Thanks again.")
    assert _items_missing(undecided, items) == missing
    if_time = letter(RECAP, "I might send a volunteer application to the conservation studio if I get time.",
                     "Thanks again.")
    assert _items_missing(if_time, items) == missing
    firm = letter(RECAP, "I will submit my volunteer application to the conservation studio this week.",
                  "Thanks again.")
    assert _items_missing(firm, items) == []
    # Deciding may be the item itself.
    deciding = ["Ana will decide whether the conservation studio's volunteer scheme suits her"]
    text = letter(RECAP, "I will think carefully about whether the conservation studio's volunteer scheme suits me.",
                  "Thanks again.")
    assert _items_missing(text, deciding) == []


def test_the_writers_item_named_only_in_a_recap_of_a_topic_is_missing() -> None:
    items = ["Ana will book the public service interpreting exam"]
    req = make(kind="follow_up", meeting={"topics": ["the public service interpreting exam"], "action_items": items})
    recap = letter("Thank you for our conversation.", "I was also glad to hear more about the public service "
                   "interpreting exam and what the examiners look for.", "Thanks again.")
    assert [f.message for f in errors(follow_up(recap, req, "follow_up"))] == [
        "The agreed action item is missing: Ana will book the public service interpreting exam."
    ]
    booked = recap.replace("Thanks again.", "I'll register for the public service interpreting exam this week.\n\n"
                           "Thanks again.")
    assert errors(follow_up(booked, req, "follow_up")) == []


def test_a_chance_of_paid_work_asks_for_work_unless_it_is_about_the_field() -> None:
    assert _asks_for_a_job("Is there any chance of paid work in the wardrobe on the winter production?", "thank_you")
    assert _asks_for_a_job("Is there any possibility of some freelance work on your next show?", "keep_in_touch")
    assert not _asks_for_a_job("I've heard the chances of paid work are slim in the first year, so I'm saving up.",
                               "keep_in_touch")


# The authors of np (follow-ups), nq (a mix), nt (the form rules) and np's connection, an eighth round.
def test_the_writers_item_wished_of_the_reader_is_missing() -> None:
    items = ["Ana will send Maria the legal glossary she has built"]
    missing = ["The agreed action item is missing: Ana will send Maria the legal glossary she has built."]
    wished = letter(RECAP, "I would be grateful if you could send me a legal glossary like the one I have built.",
                    "Thanks again.")
    assert _items_missing(wished, items) == missing
    for_me = ["Ana will complete her chainsaw ticket before the season"]
    asked = letter(RECAP, "I'd be really grateful if you could look into a chainsaw ticket course for me before the "
                   "season.", "Thanks again.")
    assert _items_missing(asked, for_me) == [
        "The agreed action item is missing: Ana will complete her chainsaw ticket before the season."
    ]
    mine = letter(RECAP, "I'll send you the legal glossary I have built this week.", "Thanks again.")
    assert _items_missing(mine, items) == []


def test_on_call_work_is_no_phone_call_in_a_recap() -> None:
    req = make(kind="thank_you", meeting={"topics": ["the analyst rota and on-call work"]})
    generic = letter("Thank you for taking the time to chat with me on Friday.",
                     "It was great to talk and I learned so much, and it has given me a lot to think about for my "
                     "work.")
    assert len(errors(follow_up(generic, req, "thank_you"))) == 1
    recap = letter("Thank you for taking the time to chat with me on Friday.",
                   "Hearing how the analyst rota and the on-call work fit together was a real eye-opener.")
    assert errors(follow_up(recap, req, "thank_you")) == []


def test_a_person_of_the_ask_named_by_first_name_is_asked_for() -> None:
    req = make(kind="introduction", purpose="learn how botanic gardens plan their school programmes",
               ask="An introduction to the garden's learning officer, Nadia Brook.")
    lead = "I'd love to learn how botanic gardens plan their school programmes."
    named = letter(lead, "Femi mentioned that your learning officer, Nadia Brook, would be the ideal person to talk "
                   "to. Would you be able to introduce me to Nadia?", "Thank you.")
    assert not _ask_missing(named, req)
    other = named.replace("introduce me to Nadia?", "introduce me to Oskar?")
    assert _ask_missing(other, req)


def test_the_reader_heard_at_the_event_of_their_talk_is_the_connection() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               connection="Maria's talk at the aquaculture careers evening")
    heard = letter("I'd first heard you at the aquaculture careers evening, and I have thought about it since.",
                   "I teach science these days.")
    assert errors(referral(heard, req, "keep_in_touch")) == []
    # Met there is not heard there: the talk is the connection.
    met = heard.replace("I'd first heard you at", "I'd first met you at")
    assert len(errors(referral(met, req, "keep_in_touch"))) == 1


# The authors of nu (rudeness), nx (job asks) and nz (résumé dumps), a ninth round.
def test_the_ask_claimed_as_earned_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    assert not _ask_missing(letter(lead, "I've sent a lot of business your way, and I think that earns me a 20-minute "
                                   "phone call.", "Thanks."))
    assert _ask_missing(letter(lead, "I think that earns me a place on the course.", "Thanks."))


def test_an_introduction_asked_for_without_saying_to_whom_points_back() -> None:
    req = make(kind="introduction", ask="an introduction to your former student Sam Ellery at the forecasting centre")
    lead = "I'd love to hear how you moved from the classroom into UX research."
    text = letter(lead, "Malik mentioned that your former student Sam Ellery now works at the forecasting centre. "
                  "Would you be willing to make an introduction?", "Thank you.")
    assert not _ask_missing(text, req)
    assert _ask_missing(text.replace("Would you be willing to make an introduction?", "I admire his work."), req)


def test_remember_me_when_hiring_asks_for_work() -> None:
    assert _asks_for_a_job("Please remember me when you are next hiring an in-house editor.", "keep_in_touch")
    assert not _asks_for_a_job("I hope you will remember me when you share the examples.", "keep_in_touch")


# The author of ob (follow-ups), a tenth round.
def test_the_writers_item_said_to_be_the_readers_in_passing_is_missing() -> None:
    items = ["Ana will send Maria her measurement spreadsheet for feedback"]
    said = letter(RECAP, "You also mentioned that you would send me your measurement spreadsheet, which would help me.",
                  "Thanks again.")
    assert _items_missing(said, items) == [
        "The agreed action item is missing: Ana will send Maria her measurement spreadsheet for feedback."
    ]
    mine = said.replace("You also mentioned that you would send me your", "As you suggested, I'll send you my")
    assert _items_missing(mine, items) == []


def test_letting_the_reader_know_is_the_update_agreed() -> None:
    items = ["Ana will complete the basic safety training course", "Ana will update Maria once the course is done"]
    text = letter(RECAP, "I will complete the basic safety training course this month.\n\nI will let you know once I "
                  "have finished it.", "Thanks again.")
    assert _items_missing(text, items) == []
    silent = text.replace("\n\nI will let you know once I have finished it.", "")
    assert _items_missing(silent, items) == [
        "The agreed action item is missing: Ana will update Maria once the course is done."
    ]


# The authors of oh (follow-ups), oi (a mix) and oj (job asks), an eleventh round.
def test_the_readers_item_sent_as_the_writers_own_copy_is_taken_over() -> None:
    items = ["Maria will send the house subtitling style guide", "Ana will try the respeaking practice test"]
    text = letter(RECAP, "As we discussed, I'll send you my copy of the house subtitling style guide with my notes, "
                  "and I'll try the respeaking practice test next week.", "Thanks again.")
    assert _items_missing(text, items) == [
        "The agreed action item is missing: Maria will send the house subtitling style guide."
    ]
    thanked = text.replace("I'll send you my copy of the house subtitling style guide with my notes",
                           "thank you for sending the house subtitling style guide")
    assert _items_missing(thanked, items) == []


def test_recommending_me_for_the_opening_asks_for_work_even_when_it_was_mentioned() -> None:
    assert _asks_for_a_job("I wondered whether you would mind recommending me to the bindery for the opening you "
                           "mentioned.", "thank_you")
    assert not _asks_for_a_job("I wondered whether you could recommend me a book for the course you mentioned.",
                               "thank_you")


def test_a_role_that_came_up_in_the_past_is_news() -> None:
    assert not _asks_for_a_job("Your talk was the reason I put myself forward when a stock accuracy role came up on "
                               "site.", "keep_in_touch")
    assert _asks_for_a_job("I would love to put myself forward when a stock accuracy role comes up on your team.",
                           "keep_in_touch")


# The authors of om (rudeness), on (follow-ups), op (job asks) and or (introductions), a twelfth round.
def test_an_ask_pressed_for_named_as_enough_or_pencilled_in_is_made() -> None:
    lead = "I'd love to hear how you moved from the classroom into UX research."
    for asked in ("After everything Sam has done for you, I'd hope you wouldn't say no to a 20-minute phone call.",
                  "A 20-minute phone call should be enough for me to point out a few things.",
                  "I have pencilled in a 20-minute phone call with you for later this week."):
        assert not _ask_missing(letter(lead, asked, "Thanks.")), asked
    assert _ask_missing(letter(lead, "My mentor and I had a 20-minute phone call, which should be enough.", "Thanks."))


def test_trying_to_decide_whether_states_the_aim() -> None:
    req = make(purpose="decide whether to apply for the critical care course this year")
    text = letter("I attended the study day you ran. I am trying to decide whether to apply for the critical care "
                  "course this year.", "Would you be able to spare a 20-minute phone call before then?", "Thank you.")
    assert errors(purpose(text, req, "informational")) == []
    told = text.replace("I am trying to decide whether to apply for", "My colleague applied for")
    assert [f.message for f in errors(purpose(told, req, "informational"))] == [
        "The letter never says what you hope to gain from the conversation."
    ]


def test_the_writers_item_awaited_as_the_readers_is_missing() -> None:
    items = ["Ana will send her sonar processing samples"]
    text = letter(RECAP, "I look forward to receiving your sonar processing samples.", "Thanks again.")
    assert _items_missing(text, items) == ["The agreed action item is missing: Ana will send her sonar processing "
                                           "samples."]
    mine = text.replace("I look forward to receiving your sonar processing samples.",
                        "I will send you my sonar processing samples this week.")
    assert _items_missing(mine, items) == []


def test_an_interview_for_the_role_and_seasonal_labourers_asked_for() -> None:
    assert _asks_for_a_job("The technician post sounds ideal. I would be very grateful for an interview for it.",
                           "thank_you")
    assert _asks_for_a_job("I'm after paid work in the holidays, so I wondered whether you take on seasonal "
                           "labourers.", "keep_in_touch")
    assert not _asks_for_a_job("I have an interview for a practice educator post at another trust next week.",
                               "thank_you")
    assert not _asks_for_a_job("I wondered whether you take on trainees who come from other trades, in your "
                               "experience.", "keep_in_touch")


# The author of ox (job asks), a thirteenth round.
def test_a_candidate_hired_into_or_a_chance_of_a_role_asks_for_work() -> None:
    assert _asks_for_a_job("Could you introduce me to her as a candidate for the analyst vacancy she is recruiting "
                           "for?", "keep_in_touch")
    assert _asks_for_a_job("I would dearly like to be hired into her clinic.", "keep_in_touch")
    assert _asks_for_a_job("Is there any chance of a role with the bird control team?", "thank_you")
    assert not _asks_for_a_job("Is there any chance of a visit with the bird control team?", "thank_you")
    assert not _asks_for_a_job("She told me what panels look for in a candidate for the analyst role.",
                               "keep_in_touch")


def test_kept_in_mind_for_a_workshop_the_reader_runs_is_no_job_ask() -> None:
    # ot26: a place at the reader's event, not a post.
    assert not _asks_for_a_job("Please do keep me in mind if you ever run a workshop on composing.", "thank_you")
    assert _asks_for_a_job("Please do keep me in mind if you ever need a composer for your workshop team.",
                           "thank_you")


# The author of pf (follow-ups), a fifteenth round.
def test_the_writers_item_awaited_or_said_to_be_made_by_the_reader_is_missing() -> None:
    items = ["Ana will send Maria her current price list and sales figures"]
    waited = letter(RECAP, "I will wait to hear from you about when you might send over your price list and sales "
                    "figures.", "Thanks again.")
    assert _items_missing(waited, items) == [
        "The agreed action item is missing: Ana will send Maria her current price list and sales figures."
    ]
    portfolio = ["Ana will send Maria three retail projects as a short portfolio"]
    said = letter(RECAP, "You mentioned you would put together a short portfolio of three retail projects for me.",
                  "Thanks again.")
    assert _items_missing(said, portfolio) == [
        "The agreed action item is missing: Ana will send Maria three retail projects as a short portfolio."
    ]
    mine = letter(RECAP, "As agreed, I'll send you a short portfolio of three retail projects this week.",
                  "Thanks again.")
    assert _items_missing(mine, portfolio) == []


# The authors of pj and pk (follow-ups and job asks), a sixteenth round.
def test_the_readers_item_replaced_by_one_of_the_writers_own_is_missing() -> None:
    items = ["Ms. Chen will send the DPIA template her team uses"]
    own = letter(RECAP, "I will also put together a DPIA template of my own based on what you described and send it "
                 "to you, in case you have a moment to tell me where it falls short.", "Thanks again.")
    assert _items_missing(own, items) == ["The agreed action item is missing: Ms. Chen will send the DPIA template her "
                                          "team uses."]
    theirs = letter(RECAP, "I look forward to the DPIA template your team uses, whenever you have a moment to send it.",
                    "Thanks again.")
    assert _items_missing(theirs, items) == []


def test_the_writers_item_asked_of_the_reader_as_their_own_is_missing() -> None:
    items = ["Ana will share her portfolio case study"]
    asked = letter(RECAP, "And if you could send over one of your own case studies when you get a moment, I'd love to "
                   "see how you write them up for a portfolio.", "Thanks again.")
    assert _items_missing(asked, items) == ["The agreed action item is missing: Ana will share her portfolio case "
                                            "study."]
    mine = letter(RECAP, "As promised, I will share my portfolio case study with you this week.", "Thanks again.")
    assert _items_missing(mine, items) == []


def test_a_plan_with_a_bare_shall_is_stated() -> None:
    req = make(kind="keep_in_touch", follow_up="send him photographs of my first rebinding")
    text = letter("I have finished the course you recommended.", "I am working on my first full rebinding at the "
                  "moment and shall send you photographs of it when it is done.", "Thank you once more.")
    assert not list(follow_up(text, req, req.kind))
    unplanned = text.replace(" and shall send you photographs of it when it is done", "")
    assert [f.message for f in follow_up(unplanned, req, req.kind)] == [
        "The letter does not say how you will follow up."
    ]


def test_news_of_a_post_got_and_a_lead_for_training_are_no_job_asks() -> None:
    assert not _asks_for_a_job("I wanted to write straight away to say that I've been taken on as a seasonal bee "
                               "inspector!", "keep_in_touch")
    assert _asks_for_a_job("I would love to be taken on as a seasonal bee inspector.", "keep_in_touch")
    assert not _asks_for_a_job("Could you forward my details to whoever leads clinical education at the centre?",
                               "introduction", model_threshold=None)
    assert _asks_for_a_job("Could you forward my details to whoever leads recruitment at the centre?", "introduction",
                           model_threshold=None)


def test_hiring_told_with_the_wish_to_apply_and_paid_interns_asked_about_ask_for_work() -> None:
    assert _asks_for_a_job("I understand that the studio is hiring a trainee, and I would like to apply, so an "
                           "introduction from you would mean a great deal.", "introduction", model_threshold=None)
    assert not _asks_for_a_job("I understand that the studio is hiring a trainee, and I would like to know what "
                               "they look for.", "introduction", model_threshold=None)
    assert _asks_for_a_job("I also wanted to ask whether your studio takes on paid interns this summer.",
                           "keep_in_touch", model_threshold=None)


def test_an_ask_presumed_in_a_question_of_time_or_offered_is_made() -> None:
    req = make(ask="a 20-minute phone call")
    presumed = letter("I would value hearing how you moved into orchard management.", "I've already told my tutor "
                      "about you, so it's just a question of which time suits you for a 20-minute phone call.",
                      "Thank you.")
    assert not _ask_missing(presumed, req)
    offered = letter("I would value hearing how you moved into orchard management.", "I could also come to your "
                     "office for a 20-minute phone call, if that is easier.", "Thank you.")
    assert not _ask_missing(offered, req)
    assert _ask_missing(letter("I would value hearing how you moved into orchard management.", "Thank you."), req)


# The authors of pq, pr, pt and px, a seventeenth round.
def test_the_readers_item_made_by_the_writer_themselves_is_missing() -> None:
    items = ["Ms. Chen will send her blind-tasting practice list"]
    made = letter(RECAP, "I'll put together a blind-tasting practice list myself based on what you described, so "
                  "there's no need to send anything over.", "Thanks again.")
    assert _items_missing(made, items) == ["The agreed action item is missing: Ms. Chen will send her blind-tasting "
                                           "practice list."]
    awaited = letter(RECAP, "I look forward to your blind-tasting practice list whenever you have a moment to send it.",
                     "Thanks again.")
    assert _items_missing(awaited, items) == []


def test_an_invitation_to_watch_is_the_invitation_made() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None,
               follow_up="invite Mr Okonjo to watch the hawks working at the landfill in the spring")
    made = letter("Thank you again for the talk.", "If it would interest you, I would be delighted to have you watch "
                  "the hawks working at the landfill in the spring.")
    assert errors(follow_up(made, req, "keep_in_touch")) == []
    told = letter("Thank you again for the talk.", "The hawks are working at the landfill every day this spring.")
    assert [f.message for f in errors(follow_up(told, req, "keep_in_touch"))] == [
        "The letter does not say how you will follow up."
    ]


def test_the_referrer_who_used_to_work_in_the_team_is_no_job_ask() -> None:
    assert not _asks_for_a_job("Eilidh, one of the midwives on my ward, used to work in your team and suggested I "
                               "introduce myself.", "introduction", model_threshold=None)
    assert _asks_for_a_job("I would love to work in your team one day.", "introduction", model_threshold=None)


def test_the_thing_the_writer_keeps_puzzling_over_states_the_aim() -> None:
    req = make(purpose="learn what a game studio wants to see in a sound design portfolio")
    puzzled = letter("The thing I keep going round in circles on is what a game studio actually wants to see in a "
                     "sound design portfolio.", "Would you be up for a quick video call?", "Thank you.")
    assert errors(purpose(puzzled, req, "informational")) == []
    told = puzzled.replace("The thing I keep going round in circles on is what a game studio actually wants to see in",
                           "Game studios look closely at")
    assert "The letter never says what you hope to gain from the conversation." in [
        f.message for f in errors(purpose(told, req, "informational"))
    ]


# The authors of py, pz, qa, qb, qc and qf, an eighteenth round.
def test_the_readers_thing_sent_as_the_writers_own_is_missing() -> None:
    items = ["Ms. Chen will send Ana her water-chemistry notes"]
    mine = letter(RECAP, "As promised, I'll send you my water-chemistry notes this week so you can see how I work.",
                  "Thanks again.")
    assert _items_missing(mine, items) == ["The agreed action item is missing: Ms. Chen will send Ana her "
                                           "water-chemistry notes."]
    # Something else of the writer's, sent once the reader's item arrives.
    after = letter(RECAP, "Once your water-chemistry notes arrive, I will send my practice recipe back to you.",
                   "Thanks again.")
    assert _items_missing(after, items) == []


def test_the_readers_contact_tracked_down_by_the_writer_is_missing() -> None:
    items = ["Ms. Chen will send Ana the contact at the placement clinic"]
    tracked = letter(RECAP, "I'll track down the placement clinic's contact myself, so there's no need to send it "
                     "over.", "Thanks again.")
    assert _items_missing(tracked, items) == ["The agreed action item is missing: Ms. Chen will send Ana the contact "
                                              "at the placement clinic."]
    awaited = letter(RECAP, "I look forward to the placement clinic contact whenever you can send it.", "Thanks again.")
    assert _items_missing(awaited, items) == []


def test_a_step_held_up_is_not_a_plan_called_off() -> None:
    items = ["Ana will complete an introductory SQL course"]
    held = letter(RECAP, "I have now finished the introductory SQL course and cannot go any further without the "
                  "dataset.", "Thanks again.")
    assert _items_missing(held, items) == []
    dropped = letter(RECAP, "I'm afraid I cannot go on the introductory SQL course after all.", "Thanks again.")
    assert _items_missing(dropped, items) == ["The agreed action item is missing: Ana will complete an introductory "
                                              "SQL course."]


def test_paid_work_offered_for_asks_for_work_but_a_place_at_an_event_or_as_an_observer_does_not() -> None:
    assert _asks_for_a_job("If there's ever any paid work going in the workshop, even sweeping up, I'm your man.",
                           "thank_you", model_threshold=None)
    assert _asks_for_a_job("I'd be glad to assist on any paid Foley sessions you need an extra pair of hands for.",
                           "keep_in_touch", model_threshold=None)
    assert not _asks_for_a_job("I'd be glad to assist on the unpaid community day you mentioned.", "keep_in_touch",
                               model_threshold=None)
    assert not _asks_for_a_job("I'd love a spot at your next open studio to show a few pieces.", "keep_in_touch",
                               model_threshold=None)
    assert not _asks_for_a_job("Would it be possible for me to join your team for one field day, just as an "
                               "observer?", "informational", model_threshold=None)
    assert _asks_for_a_job("Would it be possible for me to join your team for the summer?", "informational",
                           model_threshold=None)


def test_an_ask_in_time_of_yours_booked_or_ordered_is_made() -> None:
    lead = "I would value hearing which training route you would recommend."
    hour = make(ask="a one-hour meeting at the County Record Office")
    assert not _ask_missing(letter(lead, "I should like to ask for one hour of your time, at the County Record Office, "
                                   "on any date convenient to you.", "Thank you."), hour)
    assert _ask_missing(letter(lead, "Thank you for your time, and I hope to visit the County Record Office one day.",
                               "Thank you."), hour)
    coffee = make(ask="a 30-minute coffee next Wednesday")
    assert not _ask_missing(letter(lead, "I've booked us a 30-minute coffee next Wednesday.", "Thanks."), coffee)
    assert not _ask_missing(letter(lead, "Meet me for a 30-minute coffee next Wednesday.", "Thanks."), coffee)


# The authors of qh and qi, a nineteenth round.
def test_the_writers_item_awaited_as_the_thing_the_reader_said_they_would_send_is_missing() -> None:
    items = ["Ana will draft a practice tree survey of the trees in Elmfield Park"]
    awaited = letter(RECAP, "I look forward to the sample tree survey of Elmfield Park you said you would send.",
                     "Thanks again.")
    assert _items_missing(awaited, items) == ["The agreed action item is missing: Ana will draft a practice tree "
                                              "survey of the trees in Elmfield Park."]
    mine = letter(RECAP, "I will draft a practice tree survey of the trees in Elmfield Park this month.",
                  "Thanks again.")
    assert _items_missing(mine, items) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Would you be happy to introduce me to your head brewer, so I can pick up a few brewhouse shifts?",
         "introduction"),
        ("Would you introduce me to her, in case she has any paid freelance jobs she could send my way?",
         "introduction"),
        ("If you've got any subcontract work going on the flat roofs side, I'd gladly take it on.", "keep_in_touch"),
        ("I have attached my updated CV in case you could pass it to the head of the studio when they are next "
         "recruiting.", "keep_in_touch"),
        ("I've attached my CV, and could you pass it on to whichever nurse manager handles recruitment for the unit?",
         "informational"),
    ],
)
def test_shifts_work_sent_my_way_and_a_cv_passed_on_for_recruiting_ask_for_work(sentence: str, kind: str) -> None:
    assert _asks_for_a_job(sentence, kind, model_threshold=None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you be happy to introduce me to your head brewer, so I can pick up a few brewing tips?",
        "I'd be grateful for any advice you could send my way.",
        "I have attached my updated CV in case you could pass it to anyone who might give me feedback on it.",
    ],
)
def test_tips_advice_and_feedback_sought_are_no_job_asks(sentence: str) -> None:
    assert not _asks_for_a_job(sentence, "keep_in_touch", model_threshold=None)


# The authors of qo, qp and qv, a twentieth round.
def test_the_readers_item_asked_after_or_demanded_is_mentioned() -> None:
    items = ["Ms. Chen will send a sample scheme valuation report"]
    asked = letter(RECAP, "I also wanted to check whether you had a chance to find the sample scheme valuation report "
                   "you mentioned.", "Thanks again.")
    assert _items_missing(asked, items) == []
    dates = ["Ms. Chen will share the dates of the next studio open workshop"]
    demanded = letter(RECAP, "I also expect the dates of the next studio open workshop straight after.",
                      "Thanks again.")
    assert _items_missing(demanded, dates) == []
    # The same words with nothing handed over name no item.
    told = letter(RECAP, "I read about the dates of the next studio open workshop on the noticeboard.", "Thanks again.")
    assert _items_missing(told, dates) == ["The agreed action item is missing: Ms. Chen will share the dates of the "
                                           "next studio open workshop."]


def test_the_readers_item_the_writer_looks_forward_to_sending_is_missing() -> None:
    items = ["Ms. Chen will send the staffing rota template"]
    mine = letter(RECAP, "I am looking forward to sending you the staffing rota template so you can see how we plan "
                  "shifts.", "Thanks again.")
    assert _items_missing(mine, items) == ["The agreed action item is missing: Ms. Chen will send the staffing rota "
                                           "template."]
    theirs = letter(RECAP, "I am looking forward to receiving the staffing rota template.", "Thanks again.")
    assert _items_missing(theirs, items) == []


def test_the_connection_told_back_is_no_job_ask() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, connection="the summer residency at her studio")
    told = letter("The summer residency at your studio is the reason I had the nerve to open my own.", "Thank you.")
    assert not any(f.rule == "job-ask" for f in errors(job_ask(told, req, "keep_in_touch", model_threshold=None)))
    asked = letter("Would you consider me for the summer residency at your studio next year?", "Thank you.")
    assert any(f.rule == "job-ask" for f in errors(job_ask(asked, req, "keep_in_touch", model_threshold=None)))


# The authors of qw, qz, qx, ra and rc, a twenty-first round.
def test_a_name_put_forward_for_something_is_no_introduction_to_a_person() -> None:
    items = ["Ms. Chen will put Ana's name forward to shadow the next arena load-in"]
    offered = letter(RECAP, "I'm very grateful that you offered to put my name forward to shadow the next arena "
                     "load-in.", "Thanks again.")
    assert _items_missing(offered, items) == []
    assert _items_missing(letter(RECAP, "Thanks again."), items) == [
        "The agreed action item is missing: Ms. Chen will put Ana's name forward to shadow the next arena load-in."
    ]


def test_openings_for_advice_are_no_job_ask_but_paid_work_welcomed_is() -> None:
    assert not _asks_for_a_job("Reply by Friday with any openings for advice or shadowing you hear of.",
                               "keep_in_touch", model_threshold=None)
    assert _asks_for_a_job("Reply by Friday with any openings you hear of.", "keep_in_touch", model_threshold=None)
    assert _asks_for_a_job("I would also be glad of any paid work in the hire store, even on a casual basis.",
                           "informational", model_threshold=None)
    assert not _asks_for_a_job("I would also be glad of any advice on the hire store.", "informational",
                               model_threshold=None)


def test_an_ask_taken_as_suiting_named_as_fine_or_as_a_better_use_of_time_is_made() -> None:
    lead = "I would value hearing how you financed the shop in its first years."
    coffee = make(ask="half an hour over coffee on Thursday afternoon")
    assert not _ask_missing(letter(lead, "I've already told the team, so I'll take it that half an hour over coffee "
                                   "on Thursday afternoon suits.", "Thanks."), coffee)
    chat = make(ask="a quick chat by phone")
    assert not _ask_missing(letter(lead, "A quick chat by phone would be fine to sort it out.", "Thanks."), chat)
    call = make(ask="a 20-minute call")
    assert not _ask_missing(letter(lead, "A 20-minute call with someone at your level would be a far better use of my "
                                   "time.", "Thanks."), call)
    assert _ask_missing(letter(lead, "A 20-minute call with my tutor last year was a good use of my time.",
                               "Thanks."), call)


# The authors of re, rh and ri, a twenty-second round.
def test_space_to_rent_and_training_are_no_posts() -> None:
    assert not _asks_for_a_job("Please keep me in mind if you hear of kiln space going spare.", "thank_you",
                               model_threshold=None)
    assert _asks_for_a_job("Please keep me in mind if you hear of a job going spare.", "thank_you",
                           model_threshold=None)
    assert not _asks_for_a_job("I hope to learn whether a piano technician would ever be considered for that kind of "
                               "training.", "informational", model_threshold=None)
    assert _asks_for_a_job("I hope to learn whether a piano technician would ever be considered for a voicer role "
                           "with you.", "informational", model_threshold=None)


def test_a_cv_heading_in_capitals_is_no_shouting() -> None:
    body = ("I have finished my first year. For your reference, my current skills and qualifications are:\n\n"
            "SKILLS AND QUALIFICATIONS\n- NVQ Level 3 Hairdressing\n- Trichology Foundation Certificate")
    text = letter(body, "Thank you again for your inspiring lecture.")
    assert not [f for f in errors(politeness(text, make(kind="keep_in_touch"), "keep_in_touch"))
                if "shouting" in f.message]
    shouted = text.replace("Thank you again for your inspiring lecture.", "PLEASE REPLY THIS WEEK.")
    assert [f for f in errors(politeness(shouted, make(kind="keep_in_touch"), "keep_in_touch"))
            if "shouting" in f.message]


# The authors of ro and rm, a twenty-third round.
def test_a_place_at_the_readers_bench_asks_for_work() -> None:
    assert _asks_for_a_job("I wondered whether there might be a place for me at one of your benches, even part-time.",
                           "thank_you", model_threshold=None)
    assert not _asks_for_a_job("I wondered whether there might be a place for me at one of your workshops this "
                               "spring.", "thank_you", model_threshold=None)


def test_the_connection_told_back_beside_a_request_to_be_remembered_still_asks() -> None:
    req = make(kind="keep_in_touch", purpose=None, ask=None, connection="the open day at the aseptic unit")
    kept = letter("I remain very keen on aseptic services, so do keep me in mind if anything comes up on the aseptic "
                  "unit.", "Thank you.")
    assert any(f.rule == "job-ask" for f in errors(job_ask(kept, req, "keep_in_touch", model_threshold=None)))


def test_an_ask_claimed_as_owed_is_made() -> None:
    req = make(ask="an hour at the workshop to see the restoration work")
    lead = "I would like to understand how a joiner moves into organ building."
    assert not _ask_missing(letter(lead, "Laura vouched for me, so I think I am owed an hour at the workshop to see "
                                   "the restoration work.", "Thanks."), req)
    assert _ask_missing(letter(lead, "I spent an hour at a workshop last year to see restoration work.", "Thanks."),
                        req)

"""The offline composer: deterministic, complete, and clean under every error rule."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from netdraft import LetterRequest, check, load_request
from netdraft.compose import compose

EXAMPLES = sorted(p for p in Path("examples").glob("*.yaml") if p.name != "defaults.yaml")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_pass_every_error_rule(path: Path) -> None:
    draft = compose(load_request(path))
    assert draft.report.ok, draft.report.format_text()
    assert draft.backend == "compose" and draft.attempts == ()
    # The report is the one `check` gives on the full text.
    assert check(draft.text, draft.request).findings == draft.report.findings


def test_deterministic() -> None:
    request = load_request("examples/informational.yaml")
    assert compose(request).text == compose(request).text


def test_informational_content() -> None:
    request = load_request("examples/informational.yaml")
    draft = compose(request)
    paragraphs = draft.body.split("\n\n")
    assert draft.subject and "Subject:" not in draft.body
    assert paragraphs[0] == "Dear Dr. Chen,"
    assert "Sam Patel" in paragraphs[1]  # the referrer in the first paragraph
    assert "learn how you moved from teaching into UX research" in draft.body
    assert "20-minute phone call in the next few weeks?" in draft.body
    assert "call your office next Tuesday" in draft.body
    assert "Thank you" in draft.body
    assert draft.body.rstrip().splitlines()[-2:] == ["Ana Ruiz", "ana.ruiz@example.org"]


def test_follow_up_lists_every_action_item_and_recaps() -> None:
    request = load_request("examples/follow_up.yaml")
    draft = compose(request)
    assert request.meeting is not None
    for item in request.meeting.action_items:
        assert item[1:].rstrip(".") in draft.body
    assert request.meeting.topics[0] in draft.body
    assert "on Thursday" in draft.body


def test_the_readers_own_item_is_told_as_their_offer_not_as_an_order() -> None:
    # "You will introduce me to Lee Park." written back reads as an order (the politeness rule says so).
    request = LetterRequest.model_validate({
        "kind": "thank_you",
        "sender": {"name": "Ana Ruiz"},
        "recipient": {"name": "Maria Chen", "salutation": "Ms. Chen"},
        "meeting": {"topics": ["how hospital data teams are organised"],
                    "action_items": ["I will read the report you mentioned", "you will introduce me to Lee Park"]},
    })
    draft = compose(request)
    assert "You kindly offered to introduce me to Lee Park." in draft.body
    assert "I will read the report you mentioned." in draft.body
    assert draft.report.ok, draft.report.format_text()


def test_thank_you_letter_has_no_subject_and_mentions_a_topic() -> None:
    request = load_request("examples/thank_you.yaml")
    draft = compose(request)
    assert draft.subject is None and request.channel == "letter"
    assert "how you moved from bedside nursing into informatics" in draft.body
    assert draft.body.startswith("Hi Grace,")  # warm tone, first name


def test_tone_changes_the_wording() -> None:
    request = load_request("examples/informational.yaml")
    warm = compose(request.model_copy(update={"tone": "warm"}))
    formal = compose(request)
    assert warm.body != formal.body
    assert "Warm wishes," in warm.body and "Best regards," in formal.body


def test_resume_is_never_pasted() -> None:
    request = load_request("examples/informational.yaml")
    resume = "Experience\nScience Teacher, Lincoln High School, 2015-2023\n- Designed curricula for 300 students"
    long_background = "I taught science for eight years. I built a lab program. I coached robotics. I led a team."
    data = request.model_dump()
    data["sender"].update(resume=resume, background=long_background)
    draft = compose(LetterRequest.model_validate(data))
    assert "Designed curricula" not in draft.body
    assert "I coached robotics" not in draft.body  # background cut to two sentences
    assert draft.report.ok, draft.report.format_text()


NAMES = [("Maria Chen", None), ("Kofi Boateng", "Dr. Boateng"), ("Siobhan O'Neill", "Ms. O'Neill")]
SENDERS = ["Ana Ruiz", "Wei Zhang"]


def _varied() -> list[LetterRequest]:
    requests = []
    base_meeting = {
        "date": "March 3",
        "topics": ["how hospital data teams are organised", "which certifications matter"],
        "action_items": ["I will read the report you mentioned", "you will introduce me to Lee Park"],
    }
    for (name, salutation), sender, kind, tone, channel, who in itertools.product(
        NAMES, SENDERS,
        ["informational", "introduction", "follow_up", "thank_you", "keep_in_touch"],
        ["formal", "warm"], ["email", "letter"], ["referrer", "connection", "none"],
    ):
        data: dict[str, object] = {
            "kind": kind, "tone": tone, "channel": channel,
            "sender": {"name": sender, "background": "I manage volunteers at a food bank.",
                       "goal": "a role in nonprofit operations"},
            "recipient": {"name": name, "salutation": salutation},
        }
        if who == "referrer":
            data["referrer"] = {"name": "Jordan Blake", "relationship": "a mentor from my MBA program"}
        elif who == "connection":
            data["connection"] = "your panel on volunteer management at the Civic Forum"
        if kind in ("informational", "introduction"):
            data["purpose"] = "understand how large nonprofits plan their operations"
            data["ask"] = "a 15-minute phone call"
            data["follow_up"] = "email you next week to find a time"
        if kind in ("follow_up", "thank_you"):
            data["meeting"] = base_meeting
        if kind == "keep_in_touch":
            data["purpose"] = "share an update on my certificate"
        requests.append(LetterRequest.model_validate(data))
    return requests


def test_varied_requests_pass_every_error_rule() -> None:
    failures = []
    for request in _varied():
        draft = compose(request)
        if not draft.report.ok:
            failures.append(f"{request.kind}/{request.tone}/{request.channel}: {draft.report.format_text()}")
    assert not failures, "\n\n".join(failures[:5])


def test_short_request_is_padded_into_the_band() -> None:
    request = LetterRequest.model_validate({
        "kind": "keep_in_touch", "sender": {"name": "Wei Zhang"}, "recipient": {"name": "Maria Chen"},
    })
    draft = compose(request)
    low, high = request.band
    assert low <= draft.report.stats["words"] <= high

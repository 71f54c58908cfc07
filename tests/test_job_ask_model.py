"""The job-ask sentence model: what it adds to the patterns, what it must leave alone, and how it is wired."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import advice_letter, advice_request

from netdraft import Checker
from netdraft.report import Finding
from netdraft.rules._sentence_model import JOB_ASK, Weights, features
from netdraft.rules.jobask import job_ask

probability = JOB_ASK.probability
reaches = JOB_ASK.reaches

REPO = Path(__file__).resolve().parent.parent


def asks(found: Any) -> list[Finding]:
    return [f for f in found if f.rule == "job-ask"]


# Asks in words no pattern knew, from authors whose letters the model never saw when these were written (hq, hr).
# (The patterns have since learnt "I've attached my CV, and could you pass it on to whichever nurse manager handles
# recruitment for the unit?": see the qi test in test_rules_content.py.)
NEW_WORDING = [
    "It would also mean a great deal if you could find me a seat in Shopify's next trainee intake.",
    "P.S. When your next series goes into production, I'd be grateful if the editing contract could come my way.",
    "I've attached my CV; could I ask you to slip it to your team lead before the next hiring round?",
    "Would you be willing to write to the hiring panel on my behalf for the branch librarian post?",
    "And if you need someone for your team, even on a contract, I would be glad to work for you.",
    "Also, could I please have an interview for the battery engineer role you posted?",
    "If your company needs a helper on the building sites, I would be very happy to work with you.",
    "Do you think I can join your project as a trial, to show my work?",
    "I would be happy to do some paid tasks for the studio, if you have any.",
    # News told, then asked for (hy): not set aside as news.
    "I also noticed that your team is advertising for a policy officer, and it would be a great kindness if you could"
    " arrange for me to be interviewed for it.",
    "I have attached my CV in case it helps to see my background, and should it find its way to whoever staffs your"
    " night operations team, so much the better.",
]


@pytest.mark.parametrize("ask", NEW_WORDING)
def test_the_model_finds_asks_the_patterns_pass_over(ask: str) -> None:
    text = advice_letter(ask)
    found = asks(job_ask(text, advice_request(), "informational"))
    assert [text[f.start : f.end] for f in found] == [ask]
    # The patterns alone miss it: what the model adds.
    assert asks(job_ask(text, advice_request(), "informational", model_threshold=None)) == []


def test_the_reader_organisation_reads_as_your_company() -> None:
    ask = "Is there any chance I can come back and work under you again at Harbourgate Bank?"
    found = asks(job_ask(advice_letter(ask), advice_request("Harbourgate Bank"), "informational"))
    assert len(found) == 1
    assert probability(ask.lower(), "harbourgate bank") == probability(
        "is there any chance i can come back and work under you again at your company?"
    )


# Sentences the model alone scores as asks, which the rule sets aside for what they ask for instead.
SET_ASIDE = [
    # Requests a networking letter makes every day: a contact, a call, time in the diary.
    "Could you refer me to someone on your data team?",
    "Would you arrange for me to have an informational interview with someone in your team?",
    "If you could find a spot for me in your diary next month, I would be grateful.",
    # The reader's eye on the writer's papers or plan, or something to read.
    "Could you glance at my CV and tell me whether it reads well for a junior role on a team like yours?",
    "Could you tell me whether you would consider my application strategy sound?",
    "Is there any work going on about heat pumps in your group that I could read?",
    # An event.
    "If you ever run another workshop, I'd jump at the chance.",
    # News told, nothing asked or wished for.
    "You mentioned a regulatory associate role would be opening on your team.",
    "I also noticed that Shopify has an opening for a senior data analyst.",
    "I should also mention that I have drafted an application for the graduate programme at Shopify.",
]


@pytest.fixture
def every_sentence_an_ask() -> Any:
    """A model that reads every sentence as an ask: what the rule sets aside, whatever the fitted weights say."""
    JOB_ASK.use(Weights(10.0, {}))
    yield
    JOB_ASK.use(None)


@pytest.mark.usefixtures("every_sentence_an_ask")
@pytest.mark.parametrize("near", SET_ASIDE)
def test_what_the_model_finds_is_set_aside_when_it_asks_for_no_post(near: str) -> None:
    assert reaches(near.lower(), "shopify", 0.95)  # the model would flag it
    assert asks(job_ask(advice_letter(near), advice_request(), "informational")) == [], near


@pytest.mark.usefixtures("every_sentence_an_ask")
def test_with_every_sentence_an_ask_the_rule_flags_a_post_asked_for() -> None:
    # The fixture's model is live: a sentence with a job word from the writer is flagged, the set-asides are not.
    near = "I would love to do some paid shifts for your studio this summer."
    assert [f.rule for f in asks(job_ask(advice_letter(near), advice_request(), "informational"))] == ["job-ask"]


@pytest.mark.parametrize(
    "near",
    [
        "Could you put me in touch with someone on your data team?",
        "If your simulation days ever need an extra pair of clinical hands, I would be happy to volunteer.",
        "Please also accept my congratulations on winning the Utsira Nord contract; it must be a proud moment.",
        "How did you get your first place on a graduate scheme, and what would you do differently?",
        "I plan to apply for the graduate intake next spring, and I would value your view on what the panel wants.",
        "I'm not asking to be considered for any project, only for an honest read.",
    ],
)
def test_near_misses_are_no_job_ask(near: str) -> None:
    assert asks(job_ask(advice_letter(near), advice_request(), "informational")) == [], near


def test_the_threshold_is_a_rule_option() -> None:
    text = advice_letter(NEW_WORDING[0])
    on = Checker().check(text, advice_request())
    off = Checker(options={"job-ask": {"model_threshold": None}}).check(text, advice_request())
    assert [f.rule for f in on.errors if f.rule != "length"] == ["job-ask"]  # (a short letter)
    assert [f.rule for f in off.errors if f.rule != "length"] == []


@pytest.mark.parametrize("sentence", [*(s.lower() for s in NEW_WORDING), "thank you.", "could you put me in touch?"])
@pytest.mark.parametrize("threshold", [0.5, 0.9, 0.95, 0.99])
def test_reaches_agrees_with_probability(sentence: str, threshold: float) -> None:
    assert reaches(sentence, "", threshold) == (probability(sentence) >= threshold)


def test_reaches_at_the_ends_of_the_scale() -> None:
    assert reaches("thank you.", "", 0.0)
    assert not reaches(NEW_WORDING[0].lower(), "", 1.0)


def test_the_features_are_words_and_pairs() -> None:
    # (The sum of their weights is tested for both models in test_sentence_model.py.)
    assert {"editing+contract", "contract", "my+way"} <= features(NEW_WORDING[1].lower())


def test_the_weights_are_generated_and_load_only_when_a_sentence_is_scored() -> None:
    head = (REPO / "netdraft" / "rules" / "_job_ask_weights.py").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# Generated by scripts/fit_job_ask.py")
    code = (
        "import sys, netdraft; print('_job_ask_weights' in str(sorted(sys.modules)));"
        "netdraft.check('Dear Maria,\\n\\nI would be happy to do some paid tasks for the studio.\\n\\nAna',"
        " kind='informational');"
        "print('_job_ask_weights' in str(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]

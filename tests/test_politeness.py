"""Tests of netdraft.politeness: behaviour a letter writer would notice."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from netdraft.politeness import politeness_features, politeness_score

ROOT = Path(__file__).resolve().parent.parent

POLITE = [
    "Hi Dr. Chen, thank you so much for your talk last week. I really admired how clearly you "
    "explained the results. Would you be open to a short call sometime next month? I would be "
    "grateful for any advice. Thanks again for your time!",
    "Dear Ms. Patel, I hope you are well. I wonder if you might have a few minutes to share how you "
    "moved into product design? I completely understand if you are busy. Many thanks, Sam",
    "Great question! Could you please share the config file so we can reproduce it? Thanks!",
]
RUDE = [
    "Why haven't you answered my email yet? Send me the report today.",
    "Stop ignoring me. What is wrong with you? Fix this now.",
    "So what exactly is your point? Actually, this is just wrong and you should know that.",
]


def test_polite_letters_outscore_rude_ones() -> None:
    assert min(map(politeness_score, POLITE)) > max(map(politeness_score, RUDE))
    assert all(politeness_score(t) > 0 for t in POLITE)
    assert all(politeness_score(t) < 0 for t in RUDE)


def test_sentence_initial_please_is_an_order() -> None:
    order = "Please send me the slides from your talk."
    request = "Could you please send me the slides from your talk?"
    assert politeness_score(request) > politeness_score(order)
    assert "please_start" in politeness_features(order)
    features = politeness_features(request)
    assert {"please", "counterfactual"} <= features.keys()
    assert "please_start" not in features


def test_question_beats_command() -> None:
    assert politeness_score("Could you review my draft?") > politeness_score("Review my draft.")
    assert "counterfactual" in politeness_features("Could you review my draft?")
    assert "imperative" in politeness_features("Review my draft.")


def test_gratitude_raises_the_score() -> None:
    base = "I read your article about onboarding and have a question about the survey."
    assert politeness_score("Thank you so much! " + base) > politeness_score(base) + 0.5
    assert "gratitude" in politeness_features("Thank you so much!")


def test_shouting_lowers_the_score() -> None:
    calm = "I need the final numbers for the report before the meeting."
    loud = "I NEED THE FINAL NUMBERS for the report before the meeting!!"
    assert politeness_score(loud) < politeness_score(calm)
    assert "shouting" in politeness_features(loud)
    # An acronym is not shouting.
    assert "shouting" not in politeness_features("Could you share the HTML template or the CSS?")


def test_features_name_strategies() -> None:
    features = politeness_features("Hi Ana, sorry to bother you. I think we could meet on Friday?")
    assert {"greeting", "apology", "hedges", "first_person_plural"} <= features.keys()
    assert all(value == 1.0 for value in features.values())


@pytest.mark.parametrize("text", ["", " ", "\n\n", "!!!", "?", "...", "é", "\u2019"])
def test_degenerate_text_works(text: str) -> None:
    score = politeness_score(text)
    assert isinstance(score, float)
    assert abs(score) < 5
    assert isinstance(politeness_features(text), dict)


def test_empty_text_is_roughly_neutral() -> None:
    assert abs(politeness_score("")) < 1.5
    assert politeness_features("") == {}


def test_score_is_deterministic() -> None:
    text = POLITE[0]
    assert politeness_score(text) == politeness_score(text)


@pytest.mark.parametrize(
    "text",
    [
        " " * 1_000_000,
        "(" * 500_000 + ")" * 500_000,
        "please " * 150_000,
        "A" * 1_000_000 + "a",
        "AB " * 350_000,
        "!" * 1_000_000,
        "\n" * 1_000_000,
        "word." * 200_000,
    ],
    ids=["spaces", "brackets", "repeated-words", "caps-run", "caps-words", "bangs", "newlines", "sentences"],
)
def test_adversarial_megabyte_is_fast(text: str) -> None:
    start = time.perf_counter()
    politeness_score(text)
    politeness_features(text)
    assert time.perf_counter() - start < 1.0


def _fitter() -> ModuleType:
    path = ROOT / "scripts" / "fit_politeness.py"
    spec = importlib.util.spec_from_file_location("fit_politeness", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_politeness"] = module
    spec.loader.exec_module(module)
    return module


def test_accuracy_floor_on_held_out_wikipedia() -> None:
    fp = _fitter()
    directory = fp.data_dir(os.environ.get("NETDRAFT_POLITENESS_DATA"))
    if not (directory / fp.FILES["wikipedia"]).exists():
        pytest.skip(f"politeness corpus not found in {directory}")
    _, _, heldout = fp.splits(directory)
    heldout = fp.binary(heldout)
    assert len(heldout) > 900
    # The benchmark reports about 0.81; the floor leaves room for refits.
    assert fp.accuracy(politeness_score, heldout) >= 0.78

"""The sentence models: the rude-sentence model of ``politeness`` (what it adds to the patterns, what it leaves
alone, how it is wired) and the generated weights both models read."""

from __future__ import annotations

import importlib
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import advice_letter, advice_request

from netdraft import Checker
from netdraft.report import Finding
from netdraft.rules._sentence_model import JOB_ASK, RUDE, SentenceModel, Weights, features
from netdraft.rules.politeness import politeness

REPO = Path(__file__).resolve().parent.parent


def rude(found: Any) -> list[Finding]:
    return [f for f in found if f.rule == "politeness"]


# Rude in words no pattern knows: impatience and reproach for an earlier silence.
NEW_WORDING = [
    "I trust you won't leave me waiting like last time.",
    "It would be nice to get a reply at some point this month.",
]


@pytest.mark.parametrize("sentence", NEW_WORDING)
def test_the_model_finds_rude_sentences_the_patterns_pass_over(sentence: str) -> None:
    text = advice_letter(sentence)
    found = rude(politeness(text, advice_request(), "informational"))
    assert [text[f.start : f.end] for f in found] == [sentence]
    assert found[0].severity == "error"
    assert "rude" in found[0].message and sentence in found[0].message
    assert found[0].hint.startswith(f"Rewrite '{sentence}'")
    # The patterns alone miss it: what the model adds.
    assert rude(politeness(text, advice_request(), "informational", model_threshold=None)) == []


# Courtesy that shares words with rude sentences (busy, reply, time, pressure, "I'm sure").
COURTEOUS = [
    "I know how busy you are, so I'll keep this brief.",
    "I'm sure you get many messages like this, so thank you for reading mine.",
    "If now isn't a good time, please just say so.",
    "I realise this is a big ask, so please don't feel any pressure.",
    "No need to reply quickly; I know it's a busy month for your team.",
    "I'd be happy to work around your diary, early mornings included.",
]


@pytest.mark.parametrize("sentence", COURTEOUS)
def test_courtesy_is_left_alone(sentence: str) -> None:
    assert RUDE.probability(sentence.lower()) < 0.5
    assert rude(politeness(advice_letter(sentence), advice_request(), "informational")) == []


def test_a_sentence_the_patterns_flag_is_reported_once() -> None:
    # Both read "I'd rather not chase you about this again" as rude: one finding, the pattern's.
    sentence = "I'd rather not chase you about this again."
    assert RUDE.reaches(sentence.lower(), "", 0.99)  # (0.997)
    found = rude(politeness(advice_letter(sentence), advice_request(), "informational"))
    assert len(found) == 1 and "rude:" not in found[0].message


@pytest.fixture
def every_sentence_rude() -> Any:
    """A model that reads every sentence as rude: what the rule sets aside, whatever the fitted weights say."""
    RUDE.use(Weights(10.0, {}))
    yield
    RUDE.use(None)


@pytest.mark.usefixtures("every_sentence_rude")
@pytest.mark.parametrize(
    "sentence",
    [
        # A way out left to the reader (the model reads the words of presumption: "take it that").
        "I shall take it that the Thursday slot still suits you unless I hear otherwise from your office.",
        "I'll book the room for Tuesday if that doesn't suit you, just tell me.",
        # An apology or regret (ip36: the model reads "have to" and "this time").
        "I'm afraid I'm going to have to say no this time.",
        "Sorry, I can't make the Thursday session after all.",
        "Apologies for the long message.",
        # Praise of the reader (the refit on ju and jv reads "earned" and "don't forget").
        "Don't forget to enjoy the launch; you have earned it.",
        "Congratulations on the award, which was well deserved.",
    ],
)
def test_what_the_rule_sets_aside_from_the_model(sentence: str) -> None:
    text = advice_letter(sentence)
    flagged = [text[f.start : f.end] for f in rude(politeness(text, advice_request(), "informational"))]
    assert "I'd love to hear how you made the jump from the classroom, and what helped most along the way." in flagged
    assert sentence not in flagged


@pytest.mark.usefixtures("every_sentence_rude")
def test_the_model_reads_body_sentences_only() -> None:
    text = advice_letter("I will ring your office on Monday.")
    found = rude(politeness(text, advice_request(), "informational"))
    flagged = [text[f.start : f.end] for f in found]
    # Every body sentence, none of the greeting or the sign-off.
    assert "I will ring your office on Monday." in flagged
    assert not any(line in flagged for line in ("Dear Ms. Chen,", "Best regards,", "Ana Ruiz"))


def test_a_long_sentence_is_quoted_short() -> None:
    sentence = (
        "I trust you won't leave me waiting like last time, when I wrote about the research role, the portfolio "
        "review and the reading list and heard nothing back for weeks."
    )
    found = rude(politeness(advice_letter(sentence), advice_request(), "informational"))
    assert len(found) == 1
    quoted = "'I trust you won't leave me waiting like last time, when I wrote about the ...'"
    assert found[0].message.startswith(quoted) and found[0].hint.startswith("Rewrite " + quoted)
    assert "heard nothing" not in found[0].message + found[0].hint
    assert advice_letter(sentence)[found[0].start : found[0].end] == sentence  # the span is still the whole sentence


def test_the_threshold_is_a_rule_option() -> None:
    text = advice_letter(NEW_WORDING[0])
    on = Checker().check(text, advice_request())
    off = Checker(options={"politeness": {"model_threshold": None}}).check(text, advice_request())
    strict = Checker(options={"politeness": {"model_threshold": 1.0}}).check(text, advice_request())
    assert "politeness" in {f.rule for f in on.errors}
    assert "politeness" not in {f.rule for f in off.errors} | {f.rule for f in strict.errors}


def test_the_weights_are_generated_and_load_only_when_a_sentence_is_scored() -> None:
    head = (REPO / "netdraft" / "rules" / "_rude_weights.py").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# Generated by scripts/fit_rude.py")
    code = (
        "import sys, netdraft; print('_rude_weights' in str(sorted(sys.modules)));"
        "netdraft.check('Dear Maria,\\n\\nCould we talk next week?\\n\\nAna', kind='informational');"
        "print('_rude_weights' in str(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


@pytest.mark.parametrize("model", [RUDE, JOB_ASK], ids=["rude", "job-ask"])
def test_probability_is_the_fitted_weights_summed_over_the_features(model: SentenceModel) -> None:
    # The fitting scripts count ``features``; the rules score from the table the generated module holds.
    sentence = "it would be nice to get a reply at some point this month, as the studio contract ends."
    weights = model.weights
    z = weights.bias + sum(weights.weights.get(f, 0.0) for f in features(sentence))
    assert model.probability(sentence) == pytest.approx(1.0 / (1.0 + math.exp(-z)))
    assert {"reply", "a+reply", "studio+contract"} <= features(sentence)
    assert any("+" in key for key in weights.weights) and all(" " not in key for key in weights.weights)


def test_the_written_table_reads_back_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from _sentence_fit import write
    finally:
        sys.path.remove(str(REPO / "scripts"))
    table = {"wait": 1.25, "keep+waiting": 2.5, "don't": -0.0625, "thank": -3.0}
    write(tmp_path / "toy_weights.py", ["# a toy model"], -4.5, table, tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    model = SentenceModel("toy_weights")
    assert model.weights == Weights(-4.5, table)
    # -4.5 - 0.0625 ("don't") + 2.5 ("keep+waiting"); "wait" is not "waiting".
    assert model.probability("please don't keep waiting.") == pytest.approx(1 / (1 + math.exp(2.0625)))
    assert model.reaches("please don't keep waiting.", "", 0.1)
    assert not model.reaches("please don't keep waiting.", "", 0.2)


def test_use_puts_other_weights_in_place_and_none_restores_the_shipped_ones() -> None:
    shipped = RUDE.probability("thank you.")
    RUDE.use(Weights(10.0, {}))
    try:
        assert RUDE.probability("thank you.") == pytest.approx(1 / (1 + math.exp(-10.0)))
    finally:
        RUDE.use(None)
    assert RUDE.probability("thank you.") == shipped

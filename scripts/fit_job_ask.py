"""Fit the job-ask sentence model and regenerate netdraft/rules/_job_ask_weights.py.

Needs (fitting only; not runtime dependencies of netdraft): numpy, scipy and scikit-learn, e.g.
``pip install numpy scikit-learn``, besides netdraft itself and PyYAML.

Data: the labelled corpus, ``tests/data/letters/*.yaml``. Each letter's body sentences (the sentences the rule
reads) become examples:

* a sentence the rule's *patterns* flag, in a letter labelled ``job-ask``: an ask (1);
* every sentence of a letter not labelled ``job-ask``: no ask (0);
* the other sentences of a labelled letter are left out (the label says the letter asks, not where).

The corpus holds only letters the rules read right, so the patterns mark every labelled letter's ask. The model
learns what those asks share beyond the patterns' own forms.

Protocol: hyperparameters (the constants below) were chosen with ``--cv``, five-fold cross-validation that holds
out whole sets (a set is one author's round of letters, its files sharing a prefix such as ``cd``), so a fold's
letters are scored by a model that has seen none of their author's. It prints, per probability threshold, the
share of held-out labelled letters the model alone finds and how many held-out clean letters it would flag.

Usage::

    python scripts/fit_job_ask.py           # refit, rewrite the weights module
    python scripts/fit_job_ask.py --cv      # grouped cross-validation, write nothing

Output is deterministic: liblinear with a fixed seed, sorted keys, weights rounded to 4 decimals.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from _sentence_fit import fit, folds, set_id, write  # noqa: E402  (scripts/ is on sys.path)

from netdraft import LetterRequest  # noqa: E402  (needs REPO on sys.path)
from netdraft.rules._match import core, index  # noqa: E402
from netdraft.rules._sentence_model import JOB_ASK, Weights, features  # noqa: E402
from netdraft.rules.jobask import job_ask  # noqa: E402

WEIGHTS_PATH = REPO / "netdraft" / "rules" / "_job_ask_weights.py"
CORPUS = REPO / "tests" / "data" / "letters"

# Chosen by `--cv` (grouped by set; see the module docstring).
C = 1.0  # inverse L2 regularisation strength
MIN_DF = 3  # keep words and pairs seen in at least this many example sentences
PRUNE = 0.1  # drop weights smaller than this in absolute value (about 5,000 kept; CV unchanged)

class Example(NamedTuple):
    sentence: str  # lower-cased, as the rule reads it
    org: str  # the reader's organisation, lower-cased
    label: int  # 1: an ask
    set_id: str
    letter: int  # index into the letters


class Letter(NamedTuple):
    text: str
    request: LetterRequest
    labelled: bool  # labelled ``job-ask``
    set_id: str


def examples() -> tuple[list[Example], list[Letter]]:
    """The corpus's sentences as examples, and its letters."""
    out: list[Example] = []
    letters: list[Letter] = []
    for n, path in enumerate(sorted(CORPUS.glob("*.yaml"))):
        case: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = case["letter"]
        request = LetterRequest.model_validate(case["request"])
        labelled = "job-ask" in (case.get("errors") or [])
        letters.append(Letter(text, request, labelled, set_id(path.name)))
        starts = {f.start for f in job_ask(text, request, request.kind, model_threshold=None)}
        org = (request.recipient.organization or "").lower().strip()
        ix = index(text)
        first, last = core(text)
        for i in range(first, last):
            hit = ix.spans[i][0] in starts
            if labelled and not hit:
                continue
            out.append(Example(ix.sentence(i), org, int(hit), set_id(path.name), n))
    return out, letters


def _fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights (words and pairs, as ``features`` spells them) fitted on ``data``."""
    return fit(
        data, lambda e: sorted(features(e.sentence, e.org)), [e.label for e in data], c=C, min_df=MIN_DF, prune=PRUNE
    )


def cross_validate(data: list[Example], letters: list[Letter]) -> None:
    """Five folds of whole sets. Per threshold: the held-out labelled letters the model alone finds, and the held-out
    clean letters it alone would flag; then the clean letters the whole rule (patterns, the model at the shipped
    threshold, the exemptions) flags with the fold's model in place of the shipped one."""
    best: dict[int, float] = {}
    rule_flags = 0
    for held in folds({e.set_id for e in data}):
        bias, weights = _fit([e for e in data if e.set_id not in held])
        # The fold's model in place of the shipped one, for the model's own score and for the whole rule.
        JOB_ASK.use(Weights(bias, weights))
        for e in data:
            if e.set_id in held:
                best[e.letter] = max(best.get(e.letter, 0.0), JOB_ASK.probability(e.sentence, e.org))
        for letter in letters:
            if letter.set_id in held and not letter.labelled:
                rule_flags += bool(list(job_ask(letter.text, letter.request, letter.request.kind)))
    JOB_ASK.use(None)
    pos = [p for n, p in best.items() if letters[n].labelled]
    neg = [p for n, p in best.items() if not letters[n].labelled]
    print(f"{len(pos)} labelled and {len(neg)} clean letters held out")
    for th in (0.8, 0.9, 0.95, 0.98):
        found = sum(p >= th for p in pos) / len(pos)
        print(f"model alone, threshold {th}: labelled letters found {found:.3f}, clean letters flagged "
              f"{sum(p >= th for p in neg)}")
    print(f"the rule with each fold's model: clean letters flagged {rule_flags} of {len(neg)}")


def _write(bias: float, weights: dict[str, float], n_examples: int) -> None:
    header = [
        "# Generated by scripts/fit_job_ask.py -- do not edit by hand.",
        "# Regenerate with: python scripts/fit_job_ask.py",
        "# L2 logistic regression (scikit-learn liblinear, classes weighted equally) over the words and adjacent",
        f"# word pairs of {n_examples} corpus sentences (tests/data/letters): the sentences the patterns flag in",
        "# letters labelled job-ask against every sentence of the other letters.",
        f"# C={C}, min_df={MIN_DF}; weights below {PRUNE} in absolute value dropped, the rest rounded to 4 decimals.",
        '"""Fitted weights of netdraft.rules._sentence_model.JOB_ASK (generated)."""',
    ]
    write(WEIGHTS_PATH, header, bias, weights, REPO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="grouped cross-validation only; write nothing")
    args = parser.parse_args(argv)
    data, letters = examples()
    print(f"{len(data)} sentences, {sum(e.label for e in data)} asks, from {len(letters)} letters")
    if args.cv:
        cross_validate(data, letters)
        return 0
    bias, weights = _fit(data)
    _write(bias, weights, len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

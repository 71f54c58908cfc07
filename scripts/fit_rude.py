"""Fit the politeness sentence model and regenerate netdraft/rules/_rude_weights.py.

Needs (fitting only; not runtime dependencies of netdraft): numpy, scipy and scikit-learn, e.g.
``pip install numpy scikit-learn``, besides netdraft itself and PyYAML.

Data: the labelled corpus, ``tests/data/letters/*.yaml``. Each letter's body sentences (the sentences the rule
reads) become examples:

* a sentence that a finding of the rule's *patterns* overlaps, in a letter labelled ``politeness``: rude (1);
* every sentence of a letter not labelled ``politeness``: not rude (0);
* the other sentences of a labelled letter are left out (the label says the letter is rude, not where), and so are
  all of a letter the patterns flag only as a whole (a curt letter).

The corpus holds only letters the rules read right, so the patterns mark every labelled letter's rude sentence. The
model learns what those sentences share beyond the patterns' own forms: the demands, guilt, sarcasm and
condescension of some four hundred authors against the hundred thousand courteous sentences of the rest.

Protocol: hyperparameters (the constants below) were chosen with ``--cv``, five-fold cross-validation that holds
out whole sets (a set is one author's round of letters, its files sharing a prefix such as ``cd``), so a fold's
letters are scored by a model that has seen none of their author's. It prints, per probability threshold, the
share of held-out labelled letters the model alone finds and how many held-out clean letters it would flag, then
the clean letters the whole rule flags with each fold's model in place of the shipped one.

Usage::

    python scripts/fit_rude.py           # refit, rewrite the weights module
    python scripts/fit_rude.py --cv      # grouped cross-validation, write nothing

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
from netdraft.rules._sentence_model import RUDE, Weights, features  # noqa: E402
from netdraft.rules.politeness import politeness  # noqa: E402

WEIGHTS_PATH = REPO / "netdraft" / "rules" / "_rude_weights.py"
CORPUS = REPO / "tests" / "data" / "letters"

# Chosen by `--cv` (grouped by set; see the module docstring): C from 0.3, 1 and 3 (the share found at a given
# number of clean letters flagged was the same within 0.02), min_df and the pruning as for job-ask.
C = 1.0  # inverse L2 regularisation strength
MIN_DF = 3  # keep words and pairs seen in at least this many example sentences
PRUNE = 0.1  # drop weights smaller than this in absolute value


class Example(NamedTuple):
    sentence: str  # lower-cased, as the rule reads it
    label: int  # 1: rude
    set_id: str
    letter: int  # index into the letters


class Letter(NamedTuple):
    text: str
    request: LetterRequest
    labelled: bool  # labelled ``politeness``
    set_id: str


def examples() -> tuple[list[Example], list[Letter]]:
    """The corpus's sentences as examples, and its letters."""
    out: list[Example] = []
    letters: list[Letter] = []
    for n, path in enumerate(sorted(CORPUS.glob("*.yaml"))):
        case: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = case["letter"]
        request = LetterRequest.model_validate(case["request"])
        labelled = "politeness" in (case.get("errors") or [])
        letters.append(Letter(text, request, labelled, set_id(path.name)))
        spans = [(f.start, f.end) for f in politeness(text, request, request.kind, model_threshold=None)]
        ix = index(text)
        first, last = core(text)
        for i in range(first, last):
            start, end = ix.spans[i]
            hit = any(a < end and b > start for a, b in spans if b > a)
            if labelled == hit:
                out.append(Example(ix.sentence(i), int(hit), set_id(path.name), n))
    return out, letters


def _fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights (words and pairs, as ``features`` spells them) fitted on ``data``."""
    return fit(data, lambda e: sorted(features(e.sentence)), [e.label for e in data], c=C, min_df=MIN_DF, prune=PRUNE)


def cross_validate(data: list[Example], letters: list[Letter]) -> None:
    """Five folds of whole sets. Per threshold: the held-out labelled letters the model alone finds, and the held-out
    clean letters it alone would flag; then the clean letters the whole rule (patterns, the model at the shipped
    threshold, the exemptions) flags with the fold's model in place of the shipped one."""
    best: dict[int, float] = {}
    rule_flags = 0
    for held in folds({e.set_id for e in data}):
        bias, weights = _fit([e for e in data if e.set_id not in held])
        RUDE.use(Weights(bias, weights))
        for e in data:
            if e.set_id in held:
                best[e.letter] = max(best.get(e.letter, 0.0), RUDE.probability(e.sentence))
        for letter in letters:
            if letter.set_id in held and not letter.labelled:
                rule_flags += bool(list(politeness(letter.text, letter.request, letter.request.kind)))
    RUDE.use(None)
    pos = [p for n, p in best.items() if letters[n].labelled]
    neg = [p for n, p in best.items() if not letters[n].labelled]
    print(f"{len(pos)} labelled and {len(neg)} clean letters held out")
    for th in (0.95, 0.98, 0.99, 0.995, 0.998, 0.999):
        found = sum(p >= th for p in pos) / len(pos)
        print(f"model alone, threshold {th}: labelled letters found {found:.3f}, clean letters flagged "
              f"{sum(p >= th for p in neg)}")
    print(f"the rule with each fold's model: clean letters flagged {rule_flags} of {len(neg)}")


def _write(bias: float, weights: dict[str, float], n_examples: int) -> None:
    header = [
        "# Generated by scripts/fit_rude.py -- do not edit by hand.",
        "# Regenerate with: python scripts/fit_rude.py",
        "# L2 logistic regression (scikit-learn liblinear, classes weighted equally) over the words and adjacent",
        f"# word pairs of {n_examples} corpus sentences (tests/data/letters): the sentences the patterns flag in",
        "# letters labelled politeness against every sentence of the other letters.",
        f"# C={C}, min_df={MIN_DF}; weights below {PRUNE} in absolute value dropped, the rest rounded to 4 decimals.",
        '"""Fitted weights of netdraft.rules._sentence_model.RUDE (generated)."""',
    ]
    write(WEIGHTS_PATH, header, bias, weights, REPO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="grouped cross-validation only; write nothing")
    args = parser.parse_args(argv)
    data, letters = examples()
    print(f"{len(data)} sentences, {sum(e.label for e in data)} rude, from {len(letters)} letters")
    if args.cv:
        cross_validate(data, letters)
        return 0
    bias, weights = _fit(data)
    _write(bias, weights, len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

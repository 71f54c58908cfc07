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
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from netdraft import LetterRequest  # noqa: E402  (needs REPO on sys.path)
from netdraft.rules._job_ask_model import features  # noqa: E402
from netdraft.rules._match import core, index  # noqa: E402
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


def _set_id(name: str) -> str:
    m = re.match(r"[a-z_]+-([a-z]+\d*?)\d\d-", name)
    return m.group(1) if m else "base"


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
        letters.append(Letter(text, request, labelled, _set_id(path.name)))
        starts = {f.start for f in job_ask(text, request, request.kind, model_threshold=None)}
        org = (request.recipient.organization or "").lower().strip()
        ix = index(text)
        first, last = core(text)
        for i in range(first, last):
            hit = ix.spans[i][0] in starts
            if labelled and not hit:
                continue
            out.append(Example(ix.sentence(i), org, int(hit), _set_id(path.name), n))
    return out, letters


def _fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights (words and space-joined pairs, as ``features`` spells them) fitted on ``data``."""
    from sklearn.feature_extraction.text import CountVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vec = CountVectorizer(analyzer=lambda e: sorted(features(e.sentence, e.org)), min_df=MIN_DF, binary=True)
    x = vec.fit_transform(data)
    model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=0)
    model.fit(x, [e.label for e in data])
    names = vec.get_feature_names_out()
    weights = {str(k): round(float(w), 4) for k, w in zip(names, model.coef_[0], strict=True) if abs(w) >= PRUNE}
    return round(float(model.intercept_[0]), 4), weights


def _split(weights: dict[str, float]) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """The weights as the model module holds them: words, and pairs as tuples."""
    words = {k: w for k, w in weights.items() if " " not in k}
    pairs = {(a, b): w for k, w in weights.items() if " " in k for a, _, b in [k.partition(" ")]}
    return words, pairs


def cross_validate(data: list[Example], letters: list[Letter]) -> None:
    """Five folds of whole sets. Per threshold: the held-out labelled letters the model alone finds, and the held-out
    clean letters it alone would flag; then the clean letters the whole rule (patterns, the model at the shipped
    threshold, the exemptions) flags with the fold's model in place of the shipped one."""
    import random

    from netdraft.rules import _job_ask_model

    sets = sorted({e.set_id for e in data})
    random.Random(0).shuffle(sets)
    best: dict[int, float] = {}
    rule_flags = 0
    for k in range(5):
        held = set(sets[k::5])
        bias, weights = _fit([e for e in data if e.set_id not in held])
        # The fold's model in place of the shipped one, for the model's own score and for the whole rule.
        _job_ask_model._model = _job_ask_model._Model(bias, *_split(weights))
        for e in data:
            if e.set_id in held:
                best[e.letter] = max(best.get(e.letter, 0.0), _job_ask_model.probability(e.sentence, e.org))
        for letter in letters:
            if letter.set_id in held and not letter.labelled:
                rule_flags += bool(list(job_ask(letter.text, letter.request, letter.request.kind)))
    _job_ask_model._model = None
    pos = [p for n, p in best.items() if letters[n].labelled]
    neg = [p for n, p in best.items() if not letters[n].labelled]
    print(f"{len(pos)} labelled and {len(neg)} clean letters held out")
    for th in (0.8, 0.9, 0.95, 0.98):
        found = sum(p >= th for p in pos) / len(pos)
        print(f"model alone, threshold {th}: labelled letters found {found:.3f}, clean letters flagged "
              f"{sum(p >= th for p in neg)}")
    print(f"the rule with each fold's model: clean letters flagged {rule_flags} of {len(neg)}")


def write(bias: float, weights: dict[str, float], n_examples: int) -> None:
    words, pairs = _split(weights)
    lines = [
        "# Generated by scripts/fit_job_ask.py -- do not edit by hand.",
        "# Regenerate with: python scripts/fit_job_ask.py",
        "# L2 logistic regression (scikit-learn liblinear, classes weighted equally) over the words and adjacent",
        f"# word pairs of {n_examples} corpus sentences (tests/data/letters): the sentences the patterns flag in",
        "# letters labelled job-ask against every sentence of the other letters.",
        f"# C={C}, min_df={MIN_DF}; weights below {PRUNE} in absolute value dropped, the rest rounded to 4 decimals.",
        '"""Fitted weights of netdraft.rules._job_ask_model (generated)."""',
        "",
        f"BIAS: float = {bias!r}",
        "",
        "WORDS: dict[str, float] = {",
        *(f"    {k!r}: {w!r}," for k, w in sorted(words.items())),
        "}",
        "",
        "PAIRS: dict[tuple[str, str], float] = {",
        *(f"    {k!r}: {w!r}," for k, w in sorted(pairs.items())),
        "}",
        "",
    ]
    WEIGHTS_PATH.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {WEIGHTS_PATH.relative_to(REPO)}: {len(weights)} weights")


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
    write(bias, weights, len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

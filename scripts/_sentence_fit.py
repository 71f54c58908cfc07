"""What the sentence-model fitting scripts share (``fit_job_ask.py``, ``fit_rude.py``): the corpus read, the fit
itself, grouped cross-validation, the generated weights module and the command line. Each script says only which
sentences are examples of its rule's breaks.

Needs numpy, scipy and scikit-learn (fitting only; not runtime dependencies of netdraft).
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import yaml

from netdraft import LetterRequest
from netdraft.rules._sentence_model import SentenceModel, Weights, features

T = TypeVar("T")


class Letter(NamedTuple):
    """A corpus letter as the fitting scripts read it."""

    name: str  # the file name
    text: str
    request: LetterRequest
    labelled: bool  # labelled with the script's rule id
    set_id: str


class Example(NamedTuple):
    """One body sentence of a corpus letter."""

    sentence: str  # lower-cased, as the rule reads it
    org: str  # the reader's organisation, lower-cased ("" where the rule does not read it)
    label: int  # 1: the sentence breaks the rule
    set_id: str
    letter: int  # index into the letters


def corpus(folder: Path, rule_id: str) -> list[Letter]:
    """The corpus's letters, in file-name order, each marked whether it is labelled ``rule_id``."""
    letters = []
    for path in sorted(folder.glob("*.yaml")):
        case: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        request = LetterRequest.model_validate(case["request"])
        labelled = rule_id in (case.get("errors") or [])
        letters.append(Letter(path.name, case["letter"], request, labelled, set_id(path.name)))
    return letters


@dataclass(frozen=True)
class Task:
    """One rule's sentence model: what the script fits and where it writes it.

    Attributes:
        script: The script's file name, for the generated module's header.
        rule_id: The contract rule id the corpus labels.
        noun: What a positive example is called in the summary line ("asks", "rude").
        model: The model in ``netdraft.rules._sentence_model`` (its name for the header is ``model_name``).
        model_name: ``"JOB_ASK"``, ``"RUDE"``.
        weights_path: The generated module.
        examples: The letters' sentences as examples.
        rule: The whole rule, ``rule(text, request, kind)``, for the clean letters it flags in cross-validation.
        thresholds: The probabilities cross-validation reports.
        c: Inverse L2 regularisation strength.
        min_df: Keep words and pairs seen in at least this many example sentences.
        prune: Drop weights smaller than this in absolute value.
    """

    script: str
    rule_id: str
    noun: str
    model: SentenceModel
    model_name: str
    weights_path: Path
    examples: Callable[[list[Letter]], list[Example]]
    rule: Callable[..., Iterable[Any]]
    thresholds: tuple[float, ...]
    c: float
    min_df: int
    prune: float

    def fit(self, data: Sequence[Example]) -> tuple[float, dict[str, float]]:
        """Bias and weights (words and pairs, as ``features`` spells them) fitted on ``data``."""
        return fit(
            data,
            lambda e: sorted(features(e.sentence, e.org)),
            [e.label for e in data],
            c=self.c,
            min_df=self.min_df,
            prune=self.prune,
        )


def set_id(name: str) -> str:
    """The set a corpus file belongs to (one author's round, such as ``cd`` in ``informational-cd07-...yaml``)."""
    m = re.match(r"[a-z_]+-([a-z]+\d*?)\d\d-", name)
    return m.group(1) if m else "base"


def fit(
    data: Sequence[T], analyzer: Callable[[T], list[str]], labels: Sequence[int], *, c: float, min_df: int, prune: float
) -> tuple[float, dict[str, float]]:
    """Bias and weights (words and space-joined pairs) of an L2 logistic regression, both classes weighted equally.

    Deterministic: liblinear with a fixed seed; weights smaller than ``prune`` in absolute value dropped, the rest
    rounded to 4 decimals.
    """
    from sklearn.feature_extraction.text import CountVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vec = CountVectorizer(analyzer=analyzer, min_df=min_df, binary=True)
    x = vec.fit_transform(data)
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=0)
    model.fit(x, list(labels))
    names = vec.get_feature_names_out()
    weights = {str(k): round(float(w), 4) for k, w in zip(names, model.coef_[0], strict=True) if abs(w) >= prune}
    return round(float(model.intercept_[0]), 4), weights


def folds(set_ids: set[str], k: int = 5) -> list[set[str]]:
    """``k`` groups of whole sets, shuffled with a fixed seed: a fold's letters share no author with the rest."""
    sets = sorted(set_ids)
    random.Random(0).shuffle(sets)
    return [set(sets[i::k]) for i in range(k)]


def write(path: Path, header: Sequence[str], bias: float, weights: dict[str, float], repo: Path) -> None:
    """Write the generated weights module: ``header`` comment lines, then ``BIAS``, ``KEYS`` and ``VALUES``.

    The table is two flat tuples, the keys (a word, or two words joined by ``+``) and their weights, which
    ``netdraft.rules._sentence_model`` zips into a dict on first use: a dict display of ten thousand entries costs
    a hundred milliseconds to load from its ``.pyc``, a text table to split and parse about 4 ms, two tuples of
    constants about 3 ms (fifteen thousand weights, on a cold start).
    """
    items = sorted(weights.items())
    lines: list[Any] = [
        *header,
        "",
        f"BIAS: float = {bias!r}",
        "",
        "# A word, or two words side by side joined by '+', and its weight (VALUES[i] is KEYS[i]'s).",
        "KEYS: tuple[str, ...] = (",
        *(f"    {k!r}," for k, _ in items),
        ")",
        "VALUES: tuple[float, ...] = (",
        *(f"    {w!r}," for _, w in items),
        ")",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path.relative_to(repo)}: {len(weights)} weights")


def cross_validate(task: Task, data: list[Example], letters: list[Letter]) -> None:
    """Five folds of whole sets. Per threshold: the held-out labelled letters the model alone finds, and the held-out
    clean letters it alone would flag; then the clean letters the whole rule (patterns, the model at the shipped
    threshold, the exemptions) flags with the fold's model in place of the shipped one."""
    best: dict[int, float] = {}
    rule_flags = 0
    for held in folds({e.set_id for e in data}):
        bias, weights = task.fit([e for e in data if e.set_id not in held])
        # The fold's model in place of the shipped one, for the model's own score and for the whole rule.
        task.model.use(Weights(bias, weights))
        for e in data:
            if e.set_id in held:
                best[e.letter] = max(best.get(e.letter, 0.0), task.model.probability(e.sentence, e.org))
        for letter in letters:
            if letter.set_id in held and not letter.labelled:
                rule_flags += bool(list(task.rule(letter.text, letter.request, letter.request.kind)))
    task.model.use(None)
    pos = [p for n, p in best.items() if letters[n].labelled]
    neg = [p for n, p in best.items() if not letters[n].labelled]
    print(f"{len(pos)} labelled and {len(neg)} clean letters held out")
    for th in task.thresholds:
        found = sum(p >= th for p in pos) / len(pos)
        print(f"model alone, threshold {th}: labelled letters found {found:.3f}, clean letters flagged "
              f"{sum(p >= th for p in neg)}")
    print(f"the rule with each fold's model: clean letters flagged {rule_flags} of {len(neg)}")


def write_task(task: Task, bias: float, weights: dict[str, float], n_examples: int, repo: Path) -> None:
    """Write ``task``'s generated weights module, its header saying how it was fitted."""
    header = [
        f"# Generated by scripts/{task.script} -- do not edit by hand.",
        f"# Regenerate with: python scripts/{task.script}",
        "# L2 logistic regression (scikit-learn liblinear, classes weighted equally) over the words and adjacent",
        f"# word pairs of {n_examples} corpus sentences (tests/data/letters): the sentences the patterns flag in",
        f"# letters labelled {task.rule_id} against every sentence of the other letters.",
        f"# C={task.c}, min_df={task.min_df}; weights below {task.prune} in absolute value dropped, the rest rounded to"
        " 4 decimals.",
        f'"""Fitted weights of netdraft.rules._sentence_model.{task.model_name} (generated)."""',
    ]
    write(task.weights_path, header, bias, weights, repo)


def main(task: Task, description: str, repo: Path, argv: Sequence[str] | None = None) -> int:
    """The fitting script's command line: refit and rewrite the weights module, or ``--cv`` and write nothing.

    The letters are the corpus under ``repo``: ``tests/data/letters``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cv", action="store_true", help="grouped cross-validation only; write nothing")
    args = parser.parse_args(argv)
    letters = corpus(repo / "tests" / "data" / "letters", task.rule_id)
    data = task.examples(letters)
    print(f"{len(data)} sentences, {sum(e.label for e in data)} {task.noun}, from {len(letters)} letters")
    if args.cv:
        cross_validate(task, data, letters)
        return 0
    bias, weights = task.fit(data)
    write_task(task, bias, weights, len(data), repo)
    return 0

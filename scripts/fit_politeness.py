"""Fit netdraft's politeness weights and regenerate netdraft/_politeness_weights.py.

Needs (fitting only; not runtime dependencies of netdraft): numpy, scipy and
scikit-learn, e.g. ``pip install numpy scikit-learn``. The data helpers at the
top of this file are standard library only, so ``benchmarks/politeness.py``
imports them without those packages.

Data: the Stanford Politeness Corpus CSVs (see the data directory's README).
Looked up, in order: ``--data DIR``, ``$NETDRAFT_POLITENESS_DATA``, then
``../shared/data/politeness`` relative to this repository's root.

Protocol (honest by construction):

* Binary task within each file: polite when ``Normalized Score`` is at or above
  the file's 75th percentile, impolite at or below its 25th; the middle half is
  dropped from every evaluation (fitting uses it with a low weight, see
  :func:`fit`).
* Wikipedia is split in two halves by an MD5 hash of ``Id``. The shipped model
  is fitted on all of Stack Exchange plus the "fit" half; the "held-out" half
  is only ever scored (``benchmarks/politeness.py``), never used for fitting or
  for choosing hyperparameters.
* Hyperparameters (the constants below) were chosen with ``--tune``: 5-fold
  cross-validation on the fit set only.

Usage::

    python scripts/fit_politeness.py            # refit, rewrite the module
    python scripts/fit_politeness.py --tune     # CV grid on the fit set
    python scripts/fit_politeness.py --check    # fit, print, write nothing

Output is deterministic: liblinear with a fixed seed, sorted keys, weights
rounded to 4 decimals.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import os
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from netdraft import politeness  # noqa: E402  (needs REPO on sys.path)

WEIGHTS_PATH = REPO / "netdraft" / "_politeness_weights.py"
FILES = {"wikipedia": "wikipedia.annotated.csv",
         "stack-exchange": "stack-exchange.annotated.csv"}

# Chosen by `--tune` (5-fold CV on the fit set; see module docstring).
C = 0.1            # inverse L2 regularisation strength of the logistic regression
MIN_DF = 3         # keep n-grams seen in at least this many fit requests
MAX_NGRAMS = 2500  # keep only the n-grams with the largest |weight| (module size)
WIKI_WEIGHT = 1.0  # sample weight of Wikipedia rows relative to Stack Exchange
FOLDS = 5
# Fixed, not fitted: the corpus holds about 14 requests with "!!" and its
# all-caps words are mostly acronyms, so the fitted weight is noise (it came
# out +0.07). The literature (Danescu-Niculescu-Mizil et al. 2013) and common
# sense make shouting impolite; -1.0 is about one gratitude weight.
PRIORS = {"s shouting": -1.0}


class Example(NamedTuple):
    """One annotated request, with its place in the binary task."""

    source: str
    id: str
    text: str
    label: int  # 1 if above the midpoint of the file's quartiles, else 0
    extreme: bool  # in the top or bottom quarter (the binary task)
    margin: float  # distance of the score from that midpoint


def data_dir(arg: str | None = None) -> Path:
    """Resolve the corpus directory (``--data``, env var, or the default)."""
    if arg:
        return Path(arg)
    env = os.environ.get("NETDRAFT_POLITENESS_DATA")
    if env:
        return Path(env)
    return (REPO / ".." / "shared" / "data" / "politeness").resolve()


def load(directory: Path, source: str) -> list[Example]:
    """Load one file; label every row relative to the file's quartiles.

    The binary task keeps only ``extreme`` rows (top quarter polite, bottom
    quarter impolite). Fitting also uses the middle half, labelled by which
    side of the quartile midpoint it falls on and weighted by its distance.
    """
    with open(directory / FILES[source], newline="", encoding="utf-8") as f:
        rows = [(r["Id"], r["Request"], float(r["Normalized Score"]))
                for r in csv.DictReader(f)]
    # "inclusive" quartiles equal numpy.percentile's default (linear).
    q25, _, q75 = statistics.quantiles([s for _, _, s in rows], n=4,
                                       method="inclusive")
    mid = (q25 + q75) / 2
    return [Example(source, i, t, int(s >= mid), s >= q75 or s <= q25, s - mid)
            for i, t, s in rows]


def binary(examples: Iterable[Example]) -> list[Example]:
    """The rows of the usual binary task (top and bottom quarters)."""
    return [e for e in examples if e.extreme]


def bucket(example_id: str, n: int) -> int:
    """Deterministic bucket of an Id (duplicated Ids share a bucket)."""
    return int(hashlib.md5(example_id.encode()).hexdigest(), 16) % n


def wiki_is_heldout(example: Example) -> bool:
    """The Wikipedia half that is never fitted on."""
    return bucket("wiki-split:" + example.id, 2) == 1


def splits(directory: Path) -> tuple[list[Example], list[Example], list[Example]]:
    """Return (Stack Exchange, Wikipedia fit half, Wikipedia held-out half).

    All rows, middle half included; use :func:`binary` to evaluate.
    """
    se = load(directory, "stack-exchange")
    wiki = load(directory, "wikipedia")
    return (se, [e for e in wiki if not wiki_is_heldout(e)],
            [e for e in wiki if wiki_is_heldout(e)])


@functools.cache
def feature_keys(text: str) -> tuple[str, ...]:
    """Feature names of ``text``, in the same space as the shipped weights."""
    unigrams, bigrams, strategies = politeness._analyze(text)
    return tuple(sorted([f"u {t}" for t in unigrams]
                        + [f"b {a} {b}" for a, b in bigrams]
                        + [f"s {s}" for s in strategies]))


class Model(NamedTuple):
    """A fitted linear model over :func:`feature_keys` names."""

    bias: float
    weights: dict[str, float]

    def score(self, text: str) -> float:
        """Logit of ``text`` (same arithmetic as the shipped scorer)."""
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) for k in feature_keys(text))


def accuracy(score: Callable[[str], float], examples: Sequence[Example]) -> float:
    """Share of examples whose score sign matches the label."""
    hits = sum((score(e.text) > 0) == bool(e.label) for e in examples)
    return hits / len(examples)


def fit(examples: Sequence[Example], c: float = C, min_df: int = MIN_DF,
        wiki_weight: float = WIKI_WEIGHT, strategies_only: bool = False,
        middle: bool = True, max_ngrams: int = MAX_NGRAMS) -> Model:
    """Fit an L2 logistic regression on binary features (needs scikit-learn).

    Every row is labelled by the side of its file's quartile midpoint and
    weighted by the square root of its distance from it, so the confident
    extremes dominate while the middle half still adds evidence (5-fold CV
    on the fit set: about +0.015 on Stack Exchange over extremes only).
    ``middle=False`` fits on the extremes only, unweighted. Only the
    ``max_ngrams`` n-grams with the largest absolute weights are kept (all
    strategy weights are); the model is then refitted on that vocabulary so
    the remaining weights compensate for the dropped ones.
    """
    if not middle:
        examples = [e._replace(margin=1.0) for e in binary(examples)]
    import numpy as np
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    keyed = [feature_keys(e.text) for e in examples]
    df: Counter[str] = Counter(k for keys in keyed for k in keys)
    vocab = sorted(k for k, n in df.items() if k not in PRIORS and
                   (k.startswith("s ") or (not strategies_only and n >= min_df)))
    # Priors are left out of the fit (they fire on a handful of requests) and
    # added to the model afterwards.
    y = np.array([e.label for e in examples])
    sw = np.array([(wiki_weight if e.source == "wikipedia" else 1.0)
                   * abs(e.margin) ** 0.5 for e in examples])

    def solve(vocab: list[str]) -> tuple[float, dict[str, float]]:
        index = {k: i for i, k in enumerate(vocab)}
        rows: list[int] = []
        cols: list[int] = []
        for r, keys in enumerate(keyed):
            for k in keys:
                if k in index:
                    rows.append(r)
                    cols.append(index[k])
        x = csr_matrix((np.ones(len(rows)), (rows, cols)),
                       shape=(len(examples), len(vocab)))
        clf = LogisticRegression(C=c, solver="liblinear", random_state=0,
                                 max_iter=1000, intercept_scaling=10.0)
        clf.fit(x, y, sample_weight=sw)
        return float(clf.intercept_[0]), dict(zip(vocab, map(float, clf.coef_[0]), strict=True))


    bias, weights = solve(vocab)
    ngrams = sorted((k for k in weights if not k.startswith("s ")),
                    key=lambda k: (-abs(weights[k]), k))
    if len(ngrams) > max_ngrams:
        keep = set(ngrams[:max_ngrams])
        bias, weights = solve([k for k in vocab if k.startswith("s ") or k in keep])
    weights.update(PRIORS)
    rounded = {k: round(v, 4) for k, v in weights.items()}
    return Model(round(bias, 4), {k: v for k, v in rounded.items() if v != 0.0})


def cross_validate(train: Sequence[Example], extra: Sequence[Example] = (),
                   folds: int = FOLDS, **params: Any) -> tuple[float, int]:
    """Pooled k-fold binary-task accuracy on ``train``.

    Folds are by a hash of Id; each fold's extreme rows are scored by a model
    fitted on the other folds plus ``extra`` (always in the fit set).

    Returns (accuracy over all scored examples, number scored).
    """
    hits = n = 0
    for k in range(folds):
        test = binary(e for e in train if bucket("fold:" + e.id, folds) == k)
        rest = [e for e in train if bucket("fold:" + e.id, folds) != k]
        model = fit([*rest, *extra], **params)
        hits += round(accuracy(model.score, test) * len(test))
        n += len(test)
    return hits / n, n


def render(model: Model, command: str) -> str:
    """Python source of the weights module."""
    strategies: dict[str, float] = {}
    unigrams: dict[str, float] = {}
    bigrams: dict[tuple[str, str], float] = {}
    for key, value in model.weights.items():
        kind, _, rest = key.partition(" ")
        if kind == "s":
            strategies[rest] = value
        elif kind == "u":
            unigrams[rest] = value
        else:
            a, _, b = rest.partition(" ")
            bigrams[(a, b)] = value
    lines = [
        "# Generated by scripts/fit_politeness.py -- do not edit by hand.",
        f"# Regenerate with: {command}",
        "# L2 logistic regression (scikit-learn liblinear) on the Stanford Politeness",
        "# Corpus (all Stack Exchange requests plus the Wikipedia 'fit' half, MD5 split",
        "# by Id): label = above the quartile midpoint, weight = sqrt(distance).",
        f"# C={C}, min_df={MIN_DF}, wiki_weight={WIKI_WEIGHT}.",
        "# Weights rounded to 4 decimals; zero weights omitted.",
        '"""Fitted weights of netdraft.politeness (generated)."""',
        "",
        f"BIAS: float = {model.bias!r}",
        "",
        "STRATEGIES: dict[str, float] = {",
        *(f"    {k!r}: {v!r}," for k, v in sorted(strategies.items())),
        "}",
        "",
        "UNIGRAMS: dict[str, float] = {",
        *(f"    {k!r}: {v!r}," for k, v in sorted(unigrams.items())),
        "}",
        "",
        "BIGRAMS: dict[tuple[str, str], float] = {",
        *(f"    {k!r}: {v!r}," for k, v in sorted(bigrams.items())),
        "}",
        "",
    ]
    return "\n".join(lines)


def tune(se: list[Example], wiki_fit: list[Example]) -> None:
    """Print a small CV grid on the fit set (Wikipedia-fit-half folds and SE folds)."""
    grid: Iterable[dict[str, Any]] = [
        {"c": c, "min_df": m, "wiki_weight": ww}
        for c in (0.03, 0.1, 0.2) for m in (2, 3, 5) for ww in (1.0, 2.0)
    ]
    for label, extra in (("strategies only", {"strategies_only": True}),
                         ("extremes only", {"middle": False})):
        print(f"{label}: wiki-fit CV "
              f"{cross_validate(wiki_fit, se, **extra)[0]:.3f}  SE CV "
              f"{cross_validate(se, wiki_fit, **extra)[0]:.3f}", flush=True)
    for params in grid:
        wiki_cv, _ = cross_validate(wiki_fit, se, **params)
        se_cv, _ = cross_validate(se, wiki_fit, **params)
        print(params, f"wiki-fit CV {wiki_cv:.3f}  SE CV {se_cv:.3f}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="corpus directory")
    parser.add_argument("--tune", action="store_true",
                        help="print a CV grid on the fit set and exit")
    parser.add_argument("--check", action="store_true",
                        help="fit and report, but do not write the module")
    args = parser.parse_args(argv)
    directory = data_dir(args.data)
    if not (directory / FILES["wikipedia"]).exists():
        print(f"politeness data not found in {directory}", file=sys.stderr)
        return 2
    se, wiki_fit, _ = splits(directory)
    if args.tune:
        tune(se, wiki_fit)
        return 0
    model = fit([*se, *wiki_fit])
    print(f"fitted on {len(se)} SE + {len(wiki_fit)} Wikipedia-fit requests "
          "(all rows); "
          f"{len(model.weights)} nonzero weights")
    if not args.check:
        WEIGHTS_PATH.write_text(render(model, "python scripts/fit_politeness.py"),
                                encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

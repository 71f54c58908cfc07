"""What the sentence-model fitting scripts share (``fit_job_ask.py``, ``fit_rude.py``): set ids, the fit itself,
grouped folds and the generated weights module.

Needs numpy, scipy and scikit-learn (fitting only; not runtime dependencies of netdraft).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


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
    """Write the generated weights module: ``header`` comment lines, then ``BIAS`` and ``WEIGHTS``.

    The table is text, one ``key weight`` a line (a word, or two words joined by ``+``), which
    ``netdraft.rules._sentence_model`` reads into a dict on first use: a dict display of ten thousand entries costs
    a hundred milliseconds to load from its ``.pyc``, one string a millisecond or two.
    """
    lines: list[Any] = [
        *header,
        "",
        f"BIAS: float = {bias!r}",
        "",
        "# One 'key weight' a line: a word, or two words side by side joined by '+'.",
        'WEIGHTS: str = """',
        *(f"{k} {w!r}" for k, w in sorted(weights.items())),
        '"""',
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path.relative_to(repo)}: {len(weights)} weights")

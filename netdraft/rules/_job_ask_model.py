"""A sentence model for ``job-ask``: word and word-pair weights that score how much a sentence asks for work.

The patterns of ``jobask.py`` know the forms earlier letters used; a letter from a new author asks in words of its
own ("if your pastry section has a commis post free when I finish, would you let me have it?", "maybe you can take
me for the summer in your seed bank?"). A logistic regression over a sentence's words and adjacent word pairs,
fitted on the labelled corpus by ``scripts/fit_job_ask.py``, catches many of those: the weights hold what the
corpus's asks share ("let me have", "take me", "my cv", "your next intake") against what its thousands of clean
sentences about jobs, applications and advice share.

The weights ship in ``_job_ask_weights.py`` (generated; no data is read or downloaded at run time) and load on the
first sentence scored, so ``import netdraft`` never pays for them.
"""

from __future__ import annotations

import math
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, NamedTuple

from netdraft.rules._lazy import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["features", "probability", "reaches"]

# Words as the model reads them: letters and apostrophes, lower-cased (the caller lower-cases and writes ’ as ').
_WORD = lazy_compile(r"[a-z][a-z']*")
_model: _Model | None = None


def features(sentence: str, org: str = "") -> set[str]:
    """The distinct words and adjacent word pairs of a lower-cased sentence, as the fitting script counts them.

    The reader's organisation, when named, reads as "your company": the corpus's asks name a thousand
    organisations, and what they share is that the organisation is the reader's.

    Args:
        sentence: One sentence, lower-cased, with ``’`` written as ``'``.
        org: The reader's organisation, lower-cased (``""`` when unknown).

    Returns:
        Words ("intake") and pairs joined by a space ("next intake").
    """
    words = _words(sentence, org)
    return {*words, *map(" ".join, pairwise(words))}


def probability(sentence: str, org: str = "") -> float:
    """The model's probability that ``sentence`` asks for a job, a post or a referral into one.

    The model was fitted with both classes weighted equally, so 0.5 is the even line of a corpus with as many asks
    as other sentences; the rule's threshold sits far above it.

    Args:
        sentence: One sentence, lower-cased, with ``’`` written as ``'``.
        org: The reader's organisation, lower-cased (``""`` when unknown).
    """
    z = _log_odds(_words(sentence, org))
    # Clamp: math.exp overflows past about 709, and such a sentence is certain either way.
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def reaches(sentence: str, org: str, threshold: float) -> bool:
    """Whether ``probability(sentence, org) >= threshold``: the score against the log-odds the threshold stands for.

    Args:
        sentence: One sentence, lower-cased, with ``’`` written as ``'``.
        org: The reader's organisation, lower-cased (``""`` when unknown).
        threshold: A probability; 0 or less always reaches, 1 or more never does.
    """
    if threshold <= 0.0:
        return True
    if threshold >= 1.0:
        return False
    return _log_odds(_words(sentence, org)) >= math.log(threshold / (1.0 - threshold))


def _words(sentence: str, org: str) -> list[str]:
    if org and org in sentence:
        sentence = sentence.replace(org, " your company ")
    return _WORD.findall(sentence)


def _log_odds(words: list[str]) -> float:
    # The rule scores sentences the patterns pass over: the pairs are looked up as tuples of the words, no joined
    # strings built (a third of the cost).
    model = _load()
    return (
        model.bias
        + sum(map(model.words.get, set(words), repeat(0.0)))
        + sum(map(model.pairs.get, set(pairwise(words)), repeat(0.0)))
    )


class _Model(NamedTuple):
    bias: float
    words: Mapping[str, float]
    pairs: Mapping[tuple[str, str], float]


def _load() -> _Model:
    global _model
    if _model is None:
        from netdraft.rules import _job_ask_weights as fitted

        _model = _Model(fitted.BIAS, fitted.WORDS, fitted.PAIRS)
    return _model

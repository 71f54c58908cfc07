"""Sentence models: word and word-pair weights, fitted on the corpus, that score how likely a sentence is to break
a rule in words no pattern of the rule knows.

The patterns of a rule know the forms earlier letters used; a letter from a new author writes in words of its own.
A logistic regression over a sentence's words and adjacent word pairs, fitted on the labelled corpus, catches many
of those: its weights hold what the corpus's flagged sentences share against what its thousands of clean sentences
share. Two rules read one:

- ``JOB_ASK`` (``job-ask``, fitted by ``scripts/fit_job_ask.py``): the sentence asks for work ("if your pastry
  section has a commis post free when I finish, would you let me have it?");
- ``RUDE`` (``politeness``, fitted by ``scripts/fit_rude.py``): the sentence is rude: demanding, pressing,
  sarcastic or condescending ("I'd rather not have to keep asking.", "it would be nice to hear back this time").

The weights ship in generated modules (``_job_ask_weights.py``, ``_rude_weights.py``; no data is read or downloaded
at run time) and load on the first sentence scored, so ``import netdraft`` never pays for them.
"""

from __future__ import annotations

import importlib
import math
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, NamedTuple

from netdraft.rules._lazy import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["JOB_ASK", "RUDE", "SentenceModel", "Weights", "features"]

# Words as the models read them: letters and apostrophes, lower-cased (the caller lower-cases and writes ’ as ').
_WORD = lazy_compile(r"[a-z][a-z']*")


class Weights(NamedTuple):
    """A fitted model: the bias, and the weights of words ("intake") and of adjacent word pairs ("next+intake")."""

    bias: float
    weights: Mapping[str, float]


def features(sentence: str, org: str = "") -> set[str]:
    """The distinct words and adjacent word pairs of a lower-cased sentence, as the fitting scripts count them.

    The reader's organisation, when named, reads as "your company": the corpus names a thousand organisations,
    and what its sentences share is that the organisation is the reader's.

    Args:
        sentence: One sentence, lower-cased, with ``’`` written as ``'``.
        org: The reader's organisation, lower-cased (``""`` when unknown).

    Returns:
        Words ("intake") and pairs joined by a plus sign ("next+intake"; no word holds one).
    """
    words = _words(sentence, org)
    return {*words, *map("+".join, pairwise(words))}


class SentenceModel:
    """One fitted model, its weights loaded from a generated module on the first sentence scored.

    Args:
        module: The generated module that holds ``BIAS``, ``KEYS`` and ``VALUES``.
    """

    __slots__ = ("_module", "_weights")

    def __init__(self, module: str) -> None:
        self._module = module
        self._weights: Weights | None = None

    def probability(self, sentence: str, org: str = "") -> float:
        """The model's probability that ``sentence`` breaks the rule.

        The models were fitted with both classes weighted equally, so 0.5 is the even line of a corpus with as many
        flagged sentences as others; the rules' thresholds sit far above it.

        Args:
            sentence: One sentence, lower-cased, with ``’`` written as ``'``.
            org: The reader's organisation, lower-cased (``""`` when unknown).
        """
        z = self._log_odds(_words(sentence, org))
        # Clamp: math.exp overflows past about 709, and such a sentence is certain either way.
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def reaches(self, sentence: str, org: str, threshold: float) -> bool:
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
        return self._log_odds(_words(sentence, org)) >= math.log(threshold / (1.0 - threshold))

    def use(self, weights: Weights | None) -> None:
        """Score with ``weights`` instead of the shipped ones (``None``: the shipped ones again).

        The fitting scripts' cross-validation puts each fold's model in place this way.
        """
        self._weights = weights

    @property
    def weights(self) -> Weights:
        """The weights the model scores with (the shipped ones are read on first use)."""
        if self._weights is None:
            fitted = importlib.import_module(self._module)
            # Two flat tuples of constants load far faster than a dict display of ten thousand entries.
            self._weights = Weights(fitted.BIAS, dict(zip(fitted.KEYS, fitted.VALUES, strict=True)))
        return self._weights

    def _log_odds(self, words: list[str]) -> float:
        model = self.weights
        keys = {*words, *map("+".join, pairwise(words))}
        return model.bias + sum(map(model.weights.get, keys, repeat(0.0)))


def _words(sentence: str, org: str) -> list[str]:
    if org and org in sentence:
        sentence = sentence.replace(org, " your company ")
    return _WORD.findall(sentence)


JOB_ASK = SentenceModel("netdraft.rules._job_ask_weights")
RUDE = SentenceModel("netdraft.rules._rude_weights")

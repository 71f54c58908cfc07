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

Protocol: hyperparameters (``TASK``'s ``c``, ``min_df`` and ``prune``) were chosen with ``--cv``, five-fold
cross-validation that holds out whole sets (a set is one author's round of letters, its files sharing a prefix such
as ``cd``), so a fold's letters are scored by a model that has seen none of their author's. It prints, per
probability threshold, the share of held-out labelled letters the model alone finds and how many held-out clean
letters it would flag, then the clean letters the whole rule flags with each fold's model in place of the shipped
one.

Usage::

    python scripts/fit_rude.py           # refit, rewrite the weights module
    python scripts/fit_rude.py --cv      # grouped cross-validation, write nothing

Output is deterministic: liblinear with a fixed seed, sorted keys, weights rounded to 4 decimals.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _sentence_fit import Example, Letter, Task, main  # noqa: E402  (scripts/ is on sys.path)

from netdraft.rules._match import core, index  # noqa: E402  (needs REPO on sys.path)
from netdraft.rules._sentence_model import RUDE  # noqa: E402
from netdraft.rules.politeness import politeness  # noqa: E402


def examples(letters: list[Letter]) -> list[Example]:
    """The letters' body sentences as examples: one a pattern's finding overlaps, in a labelled letter, is rude."""
    out: list[Example] = []
    for n, letter in enumerate(letters):
        request = letter.request
        spans = [(f.start, f.end) for f in politeness(letter.text, request, request.kind, model_threshold=None)]
        ix = index(letter.text)
        first, last = core(letter.text)
        for i in range(first, last):
            start, end = ix.spans[i]
            hit = any(a < end and b > start for a, b in spans if b > a)
            if letter.labelled == hit:
                out.append(Example(ix.sentence(i), "", int(hit), letter.set_id, n))
    return out


TASK = Task(
    script="fit_rude.py",
    rule_id="politeness",
    noun="rude",
    model=RUDE,
    model_name="RUDE",
    weights_path=REPO / "netdraft" / "rules" / "_rude_weights.py",
    examples=examples,
    rule=politeness,
    thresholds=(0.95, 0.98, 0.99, 0.995, 0.998, 0.999),
    # Chosen by `--cv` (grouped by set; see the module docstring): C from 0.3, 1 and 3 (the share found at a given
    # number of clean letters flagged was the same within 0.02), min_df and the pruning as for job-ask.
    c=1.0,
    min_df=3,
    prune=0.1,
)


if __name__ == "__main__":
    raise SystemExit(main(TASK, __doc__.split("\n\n")[0], REPO, sys.argv[1:]))

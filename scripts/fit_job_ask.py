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

Protocol: hyperparameters (``TASK``'s ``c``, ``min_df`` and ``prune``) were chosen with ``--cv``, five-fold
cross-validation that holds out whole sets (a set is one author's round of letters, its files sharing a prefix such
as ``cd``), so a fold's letters are scored by a model that has seen none of their author's. It prints, per
probability threshold, the share of held-out labelled letters the model alone finds and how many held-out clean
letters it would flag.

Usage::

    python scripts/fit_job_ask.py           # refit, rewrite the weights module
    python scripts/fit_job_ask.py --cv      # grouped cross-validation, write nothing

Output is deterministic: liblinear with a fixed seed, sorted keys, weights rounded to 4 decimals.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _sentence_fit import Example, Letter, Task, main  # noqa: E402  (scripts/ is on sys.path)

from netdraft.rules._match import core, index  # noqa: E402  (needs REPO on sys.path)
from netdraft.rules._sentence_model import JOB_ASK  # noqa: E402
from netdraft.rules.jobask import job_ask  # noqa: E402


def examples(letters: list[Letter]) -> list[Example]:
    """The letters' body sentences as examples: what the patterns flag is an ask."""
    out: list[Example] = []
    for n, letter in enumerate(letters):
        request = letter.request
        starts = {f.start for f in job_ask(letter.text, request, request.kind, model_threshold=None)}
        org = (request.recipient.organization or "").lower().strip()
        ix = index(letter.text)
        first, last = core(letter.text)
        for i in range(first, last):
            hit = ix.spans[i][0] in starts
            if letter.labelled and not hit:
                continue
            out.append(Example(ix.sentence(i), org, int(hit), letter.set_id, n))
    return out


TASK = Task(
    script="fit_job_ask.py",
    rule_id="job-ask",
    noun="asks",
    model=JOB_ASK,
    model_name="JOB_ASK",
    weights_path=REPO / "netdraft" / "rules" / "_job_ask_weights.py",
    examples=examples,
    rule=job_ask,
    thresholds=(0.8, 0.9, 0.95, 0.98),
    # Chosen by `--cv` (grouped by set; see the module docstring).
    c=1.0,
    min_df=3,
    prune=0.1,  # about 5,000 weights kept; CV unchanged
)


if __name__ == "__main__":
    raise SystemExit(main(TASK, __doc__.split("\n\n")[0], REPO, sys.argv[1:]))

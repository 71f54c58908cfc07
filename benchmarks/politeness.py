"""Accuracy of netdraft.politeness_score on the Stanford Politeness Corpus.

Binary task within each file: polite = ``Normalized Score`` at or above the
75th percentile, impolite = at or below the 25th; the middle half is dropped.
A request counts as correct when ``politeness_score > 0`` matches its label.

Figures printed:

* Wikipedia, held-out half: the shipped weights on the half of Wikipedia
  (MD5 split by Id) that fitting never sees. Standard library only.
* Stack Exchange, 5-fold cross-validated: each fold is scored by a model
  refitted (with the shipped hyperparameters) on the other four folds plus the
  Wikipedia fit half. This refits, so it needs numpy, scipy and scikit-learn;
  without them it is skipped with a message (``--no-cv`` skips it on purpose).
* Stack Exchange, in-sample: the shipped weights on all of Stack Exchange,
  which they were fitted on (labelled as such; optimistic).

Usage::

    python benchmarks/politeness.py [--data DIR] [--no-cv]

The data directory defaults to ``../shared/data/politeness`` relative to the
repository root; ``--data`` or ``$NETDRAFT_POLITENESS_DATA`` override it.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import timeit
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from netdraft.politeness import politeness_score  # noqa: E402

LETTER = (
    "Hi Dr. Rivera,\n\nI hope you are doing well. My name is Sam Lee and I am a "
    "second-year data science student at Ohio State. I came across your talk "
    "on privacy-preserving analytics and I really admired how you explained "
    "differential privacy to a general audience. I would be grateful for the "
    "chance to learn more about your path into research engineering. Would you "
    "be open to a 20-minute call in the next few weeks? I know your time is "
    "valuable, so I am happy to work around your schedule, and I have prepared "
    "a few short questions so we can keep it focused. Perhaps we could also "
    "talk about which skills you think matter most for someone starting out. "
    "If a call is not convenient, I would also appreciate any advice by email. "
    "Thank you so much for considering this, and congratulations on the recent "
    "paper. Please let me know what works best for you; I understand if you "
    "are too busy right now, and I apologize for the unsolicited message.\n\n"
    "Best regards,\nSam Lee\nsam.lee@example.edu\n"
)


def _fitter() -> ModuleType:
    """Import scripts/fit_politeness.py (its data helpers are stdlib only)."""
    path = REPO / "scripts" / "fit_politeness.py"
    spec = importlib.util.spec_from_file_location("fit_politeness", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_politeness"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="corpus directory")
    parser.add_argument("--no-cv", action="store_true",
                        help="skip the Stack Exchange cross-validation (refits)")
    args = parser.parse_args(argv)
    fp = _fitter()
    directory = fp.data_dir(args.data)
    if not (directory / fp.FILES["wikipedia"]).exists():
        print(f"politeness data not found in {directory}", file=sys.stderr)
        return 2
    se, wiki_fit, wiki_heldout = fp.splits(directory)
    heldout = fp.binary(wiki_heldout)

    acc = fp.accuracy(politeness_score, heldout)
    print(f"wikipedia (held-out half, n={len(heldout)}): accuracy {acc:.3f}")

    if args.no_cv:
        print("stack-exchange (5-fold CV): skipped (--no-cv)")
    else:
        try:
            import sklearn  # type: ignore[import-untyped]  # noqa: F401
        except ImportError:
            print("stack-exchange (5-fold CV): skipped; needs numpy, scipy and "
                  "scikit-learn (pip install scikit-learn)")
        else:
            cv, n = fp.cross_validate(se, wiki_fit)
            print(f"stack-exchange ({fp.FOLDS}-fold CV, n={n}): accuracy {cv:.3f}")

    for name, rows in (("stack-exchange", se), ("wikipedia fit half", wiki_fit)):
        rows = fp.binary(rows)
        acc = fp.accuracy(politeness_score, rows)
        print(f"{name} (IN-SAMPLE, fitted on these, n={len(rows)}): "
              f"accuracy {acc:.3f}")

    words = len(LETTER.split())
    runs = 2000
    per = min(timeit.repeat(lambda: politeness_score(LETTER), number=runs,
                            repeat=5)) / runs
    print(f"speed: {per * 1e6:.1f} us per {words}-word letter "
          f"(score {politeness_score(LETTER):+.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

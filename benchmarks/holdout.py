"""Per-rule precision and recall on the measurement sets: labelled letters the rules were never fitted to.

Each folder under ``benchmarks/holdout/`` holds one set of letters in the corpus format
(``tests/data/letters/``), written by an author who never saw the rules' code, after the commit its README
line names. The tests never read these letters and no rule was changed for them: they say how the rules do on
a new author's words, which the corpus (where every letter reads right by construction) cannot. When a
later session fixes what a set found, the set moves into the corpus and leaves this folder.

Run from the repository root::

    python benchmarks/holdout.py            # every set
    python benchmarks/holdout.py ih -v      # one set, with the letters each rule got wrong
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from netdraft import LetterRequest, check
from netdraft.rules import RULE_IDS

HOLDOUT = Path(__file__).resolve().parent / "holdout"


def labels(case: dict[str, Any], report_errors: set[str], report_warnings: set[str]) -> tuple[set[str], set[str]]:
    """(expected, found) rule ids of one letter; ``grounding`` counts as a warning, every other rule as an error."""
    want = set(case.get("errors") or []) | ({"grounding"} & set(case.get("warnings") or []))
    got = report_errors | ({"grounding"} & report_warnings)
    return want, got


def measure(folder: Path, verbose: bool) -> None:
    rows = []
    for path in sorted(folder.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        report = check(case["letter"], LetterRequest.model_validate(case["request"]))
        want, got = labels(case, {f.rule for f in report.errors}, {f.rule for f in report.warnings})
        rows.append((path.name, want, got))
    print(f"{folder.name}: {len(rows)} letters, {sum(1 for _, w, _ in rows if not w)} clean")
    for rule in RULE_IDS:
        tp = sum(1 for _, w, g in rows if rule in w and rule in g)
        missed = [n for n, w, g in rows if rule in w and rule not in g]
        alarms = [n for n, w, g in rows if rule not in w and rule in g]
        if not (tp or missed or alarms):
            continue
        recall = tp / (tp + len(missed)) if tp + len(missed) else 1.0
        precision = tp / (tp + len(alarms)) if tp + len(alarms) else 1.0
        print(f"  {rule:12} recall {recall:.2f}  precision {precision:.2f}  ({tp} found, {len(missed)} missed, "
              f"{len(alarms)} false alarms)")
        if verbose:
            for name in missed:
                print(f"      missed: {name}")
            for name in alarms:
                print(f"      false alarm: {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (folders under benchmarks/holdout/); default: all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the letters each rule got wrong")
    args = parser.parse_args()
    every = sorted(p for p in HOLDOUT.iterdir() if p.is_dir())
    folders = [HOLDOUT / name for name in args.sets] if args.sets else every
    for folder in folders:
        if not folder.is_dir():
            sys.exit(f"no measurement set {folder.name!r} under {HOLDOUT}")
        measure(folder, args.verbose)


if __name__ == "__main__":
    main()

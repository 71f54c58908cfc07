"""Per-rule precision and recall on the labelled letter corpus (tests/data/letters/).

Each file labels exactly the rules that must fire as errors (and, for ``grounding``, as a
warning). A rule below 0.95 precision or recall fails, with the letters it got wrong.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from netdraft import LetterRequest, check
from netdraft.rules import RULE_IDS

CORPUS = Path(__file__).parent / "data" / "letters"
FLOOR = 0.95


@lru_cache(maxsize=1)
def results() -> list[tuple[str, set[str], set[str], set[str], set[str]]]:
    """(file, expected errors, found errors, expected warnings, found warnings) per letter."""
    rows = []
    for path in sorted(CORPUS.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        request = LetterRequest.model_validate(case["request"])
        report = check(case["letter"], request)
        rows.append(
            (
                path.name,
                set(case.get("errors") or []),
                {f.rule for f in report.errors},
                set(case.get("warnings") or []),
                {f.rule for f in report.warnings},
            )
        )
    return rows


def test_corpus_is_large_and_balanced() -> None:
    rows = results()
    assert len(rows) >= 80
    assert sum(1 for r in rows if not r[1]) >= 20
    kinds = {name.split("-")[0] for name, *_ in rows}
    assert kinds == {"informational", "introduction", "follow_up", "thank_you", "keep_in_touch"}
    for rule in RULE_IDS:
        labelled = sum(1 for r in rows if rule in r[1] or (rule == "grounding" and rule in r[3]))
        assert labelled >= 5, f"only {labelled} cases for {rule}"


@pytest.mark.parametrize("rule", RULE_IDS)
def test_rule_precision_and_recall(rule: str) -> None:
    tp = fp = fn = 0
    wrong: list[str] = []
    for name, want_e, got_e, want_w, got_w in results():
        want, got = (rule in want_w, rule in got_w) if rule == "grounding" else (rule in want_e, rule in got_e)
        if rule == "grounding":
            # grounding is a warning: it must never be an error.
            assert rule not in got_e, f"{name}: grounding reported as an error"
        if want and got:
            tp += 1
        elif got:
            fp += 1
            wrong.append(f"false alarm: {name}")
        elif want:
            fn += 1
            wrong.append(f"missed: {name}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    assert precision >= FLOOR and recall >= FLOOR, (
        f"{rule}: precision {precision:.2f}, recall {recall:.2f}\n" + "\n".join(wrong)
    )


def test_each_job_ask_branch_is_gated_by_literals_its_matches_hold() -> None:
    # ``_STRONG_NEEDS`` and ``_WEAK_NEEDS`` pair each branch with literals a sentence must hold for the branch to run;
    # a need listed out of step with its branch silently turns the branch off. Every branch that matches a sentence
    # the patterns flag in the corpus must find one of its literals there.
    import re

    from netdraft.rules import jobask
    from netdraft.rules._match import index

    sentences = []
    for path in sorted(CORPUS.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "job-ask" not in (case.get("errors") or []):
            continue
        request = LetterRequest.model_validate(case["request"])
        org = (request.recipient.organization or "").lower().strip()
        ix = index(case["letter"])
        starts = {f.start for f in jobask.job_ask(case["letter"], request, request.kind, model_threshold=None)}
        for i, (start, _) in enumerate(ix.spans):
            if start in starts:
                lower = ix.sentence(i)
                sentences.append(lower.replace(org, "your company") if org else lower)
    assert len(sentences) > 1000
    for branches, needs in (
        (jobask._STRONG_BRANCHES, jobask._STRONG_NEEDS),
        (jobask._WEAK_BRANCHES, jobask._WEAK_NEEDS),
    ):
        for branch, need in zip(branches, needs, strict=True):
            pattern = re.compile(branch)
            for sentence in sentences:
                if pattern.search(sentence):
                    assert any(part in sentence for part in need), (need, branch[:60], sentence)


def test_measurement_sets_stay_out_of_the_corpus_and_load() -> None:
    # benchmarks/holdout.py measures the rules on these letters: one in the corpus too would measure nothing new.
    holdout = Path(__file__).parent.parent / "benchmarks" / "holdout"
    files = sorted(holdout.glob("*/*.yaml"))
    assert files
    corpus = {path.name for path in CORPUS.glob("*.yaml")}
    assert [path.name for path in files if path.name in corpus] == []
    for path in files:
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        LetterRequest.model_validate(case["request"])
        assert set(case.get("errors") or []) <= set(RULE_IDS), path.name

"""The check API: ordering, configuration, custom rules, skipped rules and hostile input."""

from __future__ import annotations

import time

import pytest

from netdraft import Checker, ConfigError, Finding, check, load_request
from netdraft.compose import compose
from netdraft.rules import MAX_CHECKED_CHARS, RULE_IDS

REQUEST = load_request("examples/informational.yaml")
GOOD = compose(REQUEST).text
BAD = (
    "Dear Sir or Madam,\n\nSend me the details of any openings on your team ASAP. I worked at [Company].\n\n"
    "Ana Ruiz\n"
)


def test_findings_are_ordered_by_position_and_carry_hints() -> None:
    report = check(BAD, REQUEST)
    assert not report.ok
    starts = [(f.start, f.end, f.rule) for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert f.rule in RULE_IDS and f.severity in ("error", "warning")
        assert f.hint and f.message
        assert 0 <= f.start <= f.end <= len(BAD)
    assert {"salutation", "job-ask", "placeholder", "politeness", "length"} <= report.error_rules


def test_stats() -> None:
    stats = check(GOOD, REQUEST).stats
    assert stats["words"] > 90 and stats["sentences"] >= 6 and stats["paragraphs"] >= 4
    assert stats["questions"] == 1
    assert isinstance(stats["politeness"], float) and 0 < stats["reading_grade"] < 20


def test_without_request_rules_that_need_it_are_skipped() -> None:
    report = check(GOOD, kind="informational")
    assert {"purpose", "referral", "grounding"} <= set(report.skipped)
    assert all(report.skipped.values())  # each says why
    assert "length" not in report.skipped and "salutation" not in report.skipped
    text_report = report.format_text()
    assert "skipped: " in text_report


def test_disable_and_options() -> None:
    short = "Dear Dr. Chen,\n\nThank you for your time.\n\nBest regards,\nAna Ruiz\n"
    assert "length" in check(short, kind="thank_you").error_rules
    assert "length" not in check(short, kind="thank_you", disable={"length"}).error_rules
    relaxed = check(short, kind="thank_you", options={"length": {"min_words": 5}})
    assert "length" not in relaxed.error_rules
    with pytest.raises(ConfigError, match="unknown rule id 'lenght'"):
        Checker(disable={"lenght"})


def test_custom_rule_runs_beside_the_built_ins() -> None:
    def no_exclamations(text: str, request: object, kind: str | None) -> list[Finding]:
        i = text.find("!")
        if i < 0:
            return []
        return [Finding("no-exclamations", "error", "Exclamation mark.", i, i + 1, "Use a full stop.")]

    checker = Checker(extra={"no-exclamations": no_exclamations})
    report = checker.check(GOOD.replace("Thank you", "Thank you!", 1), REQUEST)
    assert report.error_rules == {"no-exclamations"}
    assert report.rule_status()["no-exclamations"] == "error"
    assert report.rule_status()["gratitude"] == "passed"


def test_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="valid kinds"):
        check(GOOD, kind="cover_letter")


@pytest.mark.parametrize("unit", [". ", "Please send me ", "Maria Chen ", "{{", "[[", " ", "1-2 ", "call Sam Patel. "])
def test_megabyte_of_hostile_input_is_bounded(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    report = check(text, REQUEST)
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0  # under a second on an idle core; generous for a loaded CI machine
    assert "length" in report.error_rules  # far outside any band, counted on the whole text
    assert report.stats["truncated_at"] == MAX_CHECKED_CHARS
    assert all(f.end <= len(text) for f in report.findings)


def test_reports_and_findings_are_read_only_values_that_survive_pickling() -> None:
    import pickle

    report = check(BAD, REQUEST)
    finding = report.findings[0]
    with pytest.raises(AttributeError):
        report.findings = ()
    with pytest.raises(AttributeError):
        finding.hint = "changed"  # type: ignore[misc]
    assert finding._replace(hint="changed").hint == "changed" and finding.hint != "changed"
    copy = pickle.loads(pickle.dumps(report))  # check workers send reports between processes
    assert copy == report and copy is not report
    assert copy.ok == report.ok and copy.format_text() == report.format_text()
    assert check(GOOD, REQUEST) != report
    assert repr(report).startswith("Report(findings=(Finding(rule=")

"""The notebook display: highlighted findings, escaped text, the scorecard, attempts and cost."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import netdraft
from netdraft.compose import compose
from netdraft.display import draft_html, report_html, scorecard_counts
from netdraft.report import Finding, Report
from netdraft.results import Attempt, Draft, Usage

ROOT = Path(__file__).resolve().parent.parent
LETTER = (
    "Dear Dr. Chen,\n\nI would value your advice on research. [Your Name] will call you.\n\nBest regards,\nAna Ruiz"
)


def marks(html: str) -> list[str]:
    return re.findall(r"<mark\b[^>]*>(.*?)</mark>", html, re.DOTALL)


def visible_letter(html: str) -> str:
    """The letter as a reader sees it: tags and footnote markers removed, entities decoded."""
    inner = re.search(r'<div class="netdraft-letter"[^>]*>(.*?)</div>', html, re.DOTALL)
    assert inner is not None
    text = re.sub(r"<sup\b[^>]*>.*?</sup>", "", inner.group(1))
    return unescape(re.sub(r"<[^>]+>", "", text))


def test_script_in_a_letter_stays_inert() -> None:
    evil = "Dear Dr. Chen,\n\n<script>alert('x')</script> <img src=x onerror=alert(1)>\n\nBest regards,\nAna"
    finding = Finding("meta", "error", "Odd <b>markup</b>.", 0, 4, 'Delete "<script>" & co.')
    report = Report(findings=(finding,), text=evil, rules=("meta",))
    for html in (report_html(report), report._repr_html_(), Draft(None, evil, report)._repr_html_()):
        assert "<script" not in html and "<img" not in html and "<b>markup" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert visible_letter(html) == evil  # shown as text, nothing lost
        # The tooltip cannot break out of its attribute.
        tooltip = "[1] error meta: Odd &lt;b&gt;markup&lt;/b&gt;. Fix: Delete &quot;&lt;script&gt;&quot; &amp; co."
        assert f'title="{tooltip}"' in html


def test_highlight_wraps_exactly_the_span() -> None:
    start = LETTER.index("[Your Name]")
    finding = Finding("placeholder", "error", "Unfilled placeholder.", start, start + 11, "Write your name.")
    html = report_html(Report(findings=(finding,), text=LETTER, rules=("placeholder",)))
    assert marks(html) == ["[Your Name]"]
    assert re.search(r"\[Your Name\]</mark><sup[^>]*>\[1\]</sup>", html)
    assert 'title="[1] error placeholder: Unfilled placeholder. Fix: Write your name."' in html
    assert visible_letter(html) == LETTER


def test_real_rules_highlight_the_placeholder() -> None:
    request = netdraft.load_request(ROOT / "examples" / "informational.yaml")
    text = compose(request).text.replace("Best regards,", "[Your Name] says best regards,")
    report = netdraft.check(text, request)
    html = report._repr_html_()
    assert "[Your Name]" in marks(html)
    assert "placeholder" in html and "line " in html


def test_overlapping_findings_never_nest() -> None:
    text = "Dear Maria, please send me the job posting right now. I hope the spring term is going well. Thanks, Ana"
    a = Finding("politeness", "error", "An order.", 12, 52, "Ask instead.")
    b = Finding("job-ask", "error", "Job ask.", 31, 42, "Ask for advice.")
    c = Finding("grounding", "warning", "Invented?", 5, 10, "Check it.")
    html = report_html(Report(findings=(c, a, b), text=text, rules=("politeness", "job-ask", "grounding")))
    pieces = marks(html)
    assert all("<mark" not in p for p in pieces)
    assert pieces == ["Maria", "please send me the ", "job posting", " right now"]
    # The overlap carries both tooltips; the warning alone is coloured as a warning.
    both = re.search(r'<mark[^>]*data-rules="job-ask politeness"[^>]*title="([^"]*)"', html)
    assert both is not None and "[2] error politeness" in both.group(1) and "[3] error job-ask" in both.group(1)
    assert re.search(r'data-rules="grounding"[^>]*background:#fff1bf', html)
    assert visible_letter(html) == text


def test_whole_letter_findings_are_footnotes_not_highlights() -> None:
    finding = Finding("length", "error", "Too short.", 0, len(LETTER), "Add a sentence.")
    no_span = Finding("gratitude", "error", "No thanks.", 0, 0, "Thank the reader.")
    html = report_html(Report(findings=(no_span, finding), text=LETTER, rules=("length", "gratitude")))
    assert marks(html) == []
    assert html.count("whole letter") == 2 and "Too short." in html and "Thank the reader." in html


def test_scorecard_counts() -> None:
    report = Report(
        findings=(
            Finding("purpose", "error", "No ask.", 0, 0, "Ask."),
            Finding("purpose", "warning", "Vague.", 0, 0, "Be specific."),
            Finding("grounding", "warning", "Invented?", 0, 0, "Check."),
        ),
        text=LETTER,
        rules=("length", "purpose", "grounding", "referral"),
        skipped={"referral": "no request given"},
    )
    assert scorecard_counts(report) == {"passed": 1, "error": 1, "warning": 1, "skipped": 1}
    html = report_html(report)
    assert "1 passed, 1 error, 1 warning, 1 skipped" in html
    assert re.findall(r'class="netdraft-rule" data-status="(\w+)"', html) == ["passed", "error", "warning", "skipped"]
    assert "no request given" in html
    assert "not ok" in html


def test_draft_shows_attempts_with_usage_latency_and_cost() -> None:
    bad = Report(findings=(Finding("meta", "error", "Chatter.", 0, 4, "Delete it."),), text="Sure" + LETTER)
    good = Report(text=LETTER, rules=("meta",))
    attempts = (
        Attempt(1, (), "Sure" + LETTER, None, "Sure" + LETTER, bad, Usage(600, 150), 1.25, 0.0003),
        Attempt(2, (), LETTER, None, LETTER, good, Usage(900, 140), 0.75, 0.0004),
    )
    draft = Draft(None, LETTER, good, attempts, Usage(1500, 290), "gpt-4o-mini", "openai", cost=0.0007)
    html = draft_html(draft)
    rows = re.findall(r'<tr class="netdraft-attempt">(.*?)</tr>', html)
    assert len(rows) == 2
    assert "errors: meta" in rows[0] and ">600<" in rows[0] and ">150<" in rows[0] and "1.25 s" in rows[0]
    assert "$0.0003" in rows[0] and ">ok<" in rows[1]
    total = re.search(r'<tr class="netdraft-total">(.*?)</tr>', html)
    assert total is not None and "1500" in total.group(1) and "290" in total.group(1) and "$0.0007" in total.group(1)
    assert "gpt-4o-mini via openai" in html


def test_composer_draft_and_plain_text_repr() -> None:
    request = netdraft.load_request(ROOT / "examples" / "thank_you.yaml")
    draft = compose(request)
    bundle = draft._repr_mimebundle_()
    assert bundle["text/plain"].startswith(draft.text) and "ok:" in bundle["text/plain"]
    assert "offline composer" in bundle["text/html"] and "netdraft-attempts" not in bundle["text/html"]
    assert visible_letter(bundle["text/html"]) == draft.text

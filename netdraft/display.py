"""Rich HTML display of reports and drafts in notebooks (Jupyter, VS Code, Colab).

``Report._repr_html_`` and ``Draft._repr_html_`` call these functions, so a report or a draft left
as the last expression of a cell shows:

- the letter, with each finding's span highlighted (a ``<mark>`` whose tooltip gives the rule, the
  message and the hint) and a numbered footnote marker after it;
- the footnotes: every finding with its severity, rule, line and column, message and fix;
- a scorecard of the rules: passed, error, warning or skipped (with the reason);
- for a draft, every attempt with its usage, latency and cost, and the totals.

Everything from the letter, the request or the model is HTML-escaped: a ``<script>`` in a letter is
shown as text and never runs. Overlapping findings are handled by cutting the text at every span
boundary: each piece is marked once, with the tooltips of all the findings that cover it, so marks
never nest or cross. Only the standard library is used; IPython is not needed.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netdraft.report import Finding, Report
    from netdraft.results import Draft

__all__ = ["draft_html", "report_html"]

_COLOURS = {"error": "#ffd7d5", "warning": "#fff1bf"}
_BORDERS = {"error": "#cf222e", "warning": "#bf8700"}
_STATUS = {
    "passed": ("✓", "#1a7f37"),
    "error": ("✗", "#cf222e"),
    "warning": ("!", "#9a6700"),
    "skipped": ("–", "#6e7781"),
}
_BOX = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;line-height:1.45;max-width:820px"
_LETTER = (
    "white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:15px;"
    "border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:8px 0;background:#fff;color:#1f2328"
)
_TABLE = "border-collapse:collapse;margin:6px 0;font-size:13px"
_CELL = "border:1px solid #d0d7de;padding:2px 8px;text-align:left"


def _local(f: Finding, length: int) -> bool:
    """True for a finding about a part of the letter (a span inside it, at most half of it).

    Findings about the letter as a whole (``length``, a missing thank-you) carry no span or one
    that covers most of the text; marking all of it would hide the findings that point somewhere.
    """
    return 0 <= f.start < f.end <= length and f.end - f.start <= max(1, length // 2)


def _spanned(findings: tuple[Finding, ...], length: int) -> list[tuple[int, Finding]]:
    """(footnote number, finding) for the findings about a part of the text."""
    return [(number, f) for number, f in enumerate(findings, start=1) if _local(f, length)]


def _tooltip(findings: list[tuple[int, Finding]]) -> str:
    lines = []
    for number, f in findings:
        line = f"[{number}] {f.severity} {f.rule}: {f.message}"
        if f.hint:
            line += f" Fix: {f.hint}"
        lines.append(line)
    return "\n".join(lines)


def _highlight(text: str, findings: tuple[Finding, ...]) -> str:
    """The letter as HTML, each finding's span marked, footnote numbers after each span's end."""
    spans = _spanned(findings, len(text))
    cuts = sorted({0, len(text), *(f.start for _, f in spans), *(f.end for _, f in spans)})
    ends: dict[int, list[int]] = {}
    for number, f in spans:
        ends.setdefault(f.end, []).append(number)
    out: list[str] = []
    for left, right in pairwise(cuts):
        piece = escape(text[left:right])
        covering = [(n, f) for n, f in spans if f.start <= left and right <= f.end]
        if covering:
            worst = "error" if any(f.severity == "error" for _, f in covering) else "warning"
            rules = " ".join(sorted({f.rule for _, f in covering}))
            out.append(
                f'<mark class="netdraft-finding" data-rules="{escape(rules)}" '
                f'title="{escape(_tooltip(covering))}" style="background:{_COLOURS[worst]};'
                f'border-bottom:2px solid {_BORDERS[worst]};padding:0;color:inherit">{piece}</mark>'
            )
        else:
            out.append(piece)
        if right in ends:
            refs = ",".join(str(n) for n in ends.pop(right))
            out.append(f'<sup style="color:#57606a;font-size:10px">[{refs}]</sup>')
    return "".join(out)


def _footnotes(report: Report, text: str) -> str:
    if not report.findings:
        return '<p style="margin:4px 0;color:#1a7f37">No findings.</p>'
    items = []
    for f in report.findings:
        where = "line {}:{}".format(*report.line_col(f.start)) if _local(f, len(text)) else "whole letter"
        colour = _BORDERS.get(f.severity, "#57606a")
        hint = f'<br><span style="color:#57606a">Fix: {escape(f.hint)}</span>' if f.hint else ""
        items.append(
            f'<li class="netdraft-footnote"><b style="color:{colour}">{escape(f.severity)}</b> '
            f"<code>{escape(f.rule)}</code> ({where}): {escape(f.message)}{hint}</li>"
        )
    return f'<ol style="margin:4px 0;padding-left:24px">{"".join(items)}</ol>'


def scorecard_counts(report: Report) -> dict[str, int]:
    """How many rules passed, raised an error, raised only warnings, or were skipped."""
    counts = {"passed": 0, "error": 0, "warning": 0, "skipped": 0}
    for status in report.rule_status().values():
        counts[status] = counts.get(status, 0) + 1
    return counts


def _scorecard(report: Report) -> str:
    status = report.rule_status()
    counts = scorecard_counts(report)
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    cells = []
    for rule, state in status.items():
        symbol, colour = _STATUS.get(state, ("?", "#57606a"))
        why = report.skipped.get(rule, "")
        title = f' title="{escape(why)}"' if why else ""
        cells.append(
            f'<tr class="netdraft-rule" data-status="{escape(state)}"{title}>'
            f'<td style="{_CELL}"><code>{escape(rule)}</code></td>'
            f'<td style="{_CELL};color:{colour}">{symbol} {escape(state)}'
            f'{f" ({escape(why)})" if why else ""}</td></tr>'
        )
    return (
        f'<div class="netdraft-scorecard"><b>Rules</b>: <span class="netdraft-counts">{escape(summary)}</span>'
        f'<table style="{_TABLE}">{"".join(cells)}</table></div>'
    )


def _stats_line(report: Report) -> str:
    stats = report.stats
    parts = []
    for key, label in (("words", "words"), ("sentences", "sentences"), ("paragraphs", "paragraphs")):
        if key in stats:
            parts.append(f"{stats[key]} {label}")
    for key, label in (("politeness", "politeness"), ("grade", "reading grade")):
        value = stats.get(key)
        if isinstance(value, (int, float)):
            parts.append(f"{label} {value:.1f}")
    return escape(", ".join(parts))


def _header(report: Report) -> str:
    errors, warnings = len(report.errors), len(report.warnings)
    badge, colour = ("ok", "#1a7f37") if report.ok else ("not ok", "#cf222e")
    return (
        f'<div><b style="color:{colour}">{badge}</b>: {errors} error{"s" * (errors != 1)}, '
        f'{warnings} warning{"s" * (warnings != 1)}<span style="color:#57606a"> · {_stats_line(report)}</span></div>'
    )


def report_html(report: Report, *, text: str | None = None) -> str:
    """The HTML display of a report: highlighted letter, footnotes and the rules' scorecard.

    Args:
        report: The report to show.
        text: The checked text, when the report was built without it (spans index into it).

    Returns:
        A self-contained HTML fragment (inline styles, no scripts).
    """
    letter = report.text if text is None else text
    return (
        f'<div class="netdraft-report" style="{_BOX}">{_header(report)}'
        f'<div class="netdraft-letter" style="{_LETTER}">{_highlight(letter, report.findings)}</div>'
        f"{_footnotes(report, letter)}{_scorecard(report)}</div>"
    )


def _money(value: float | None) -> str:
    return "" if value is None else f"${value:.4f}"


def _attempts(draft: Draft) -> str:
    if not draft.attempts:
        return ""
    rows = []
    for a in draft.attempts:
        outcome = "ok" if a.report.ok else "errors: " + ", ".join(sorted(a.report.error_rules))
        rows.append(
            f'<tr class="netdraft-attempt"><td style="{_CELL}">{a.number}</td>'
            f'<td style="{_CELL}">{escape(outcome)}</td>'
            f'<td style="{_CELL}">{a.usage.prompt_tokens}</td><td style="{_CELL}">{a.usage.completion_tokens}</td>'
            f'<td style="{_CELL}">{a.latency:.2f} s</td><td style="{_CELL}">{_money(a.cost)}</td></tr>'
        )
    u = draft.usage
    rows.append(
        f'<tr class="netdraft-total"><td style="{_CELL}"><b>total</b></td><td style="{_CELL}"></td>'
        f'<td style="{_CELL}"><b>{u.prompt_tokens}</b></td><td style="{_CELL}"><b>{u.completion_tokens}</b></td>'
        f'<td style="{_CELL}"><b>{sum(a.latency for a in draft.attempts):.2f} s</b></td>'
        f'<td style="{_CELL}"><b>{_money(draft.cost)}</b></td></tr>'
    )
    head = "".join(
        f'<th style="{_CELL}">{h}</th>' for h in ("attempt", "outcome", "prompt tokens", "completion tokens",
                                                  "latency", "cost")
    )
    table = f'<table style="{_TABLE}"><tr>{head}</tr>{"".join(rows)}</table>'
    return f'<div class="netdraft-attempts"><b>Attempts</b>{table}</div>'


def draft_html(draft: Draft) -> str:
    """The HTML display of a draft: who wrote it, the report on it, and every attempt with its cost.

    Args:
        draft: The draft to show.

    Returns:
        A self-contained HTML fragment (inline styles, no scripts).
    """
    who = "offline composer" if draft.backend == "compose" else f"{draft.model or 'model'} via {draft.backend}"
    if draft.fallback:
        who += " (the model's best draft had errors: the composer's letter is shown)"
    # The report's spans index into the text it checked; fall back to the letter for a bare report.
    text = draft.report.text or draft.text
    return (
        f'<div class="netdraft-draft" style="{_BOX}">'
        f'<div style="color:#57606a;font-size:12px">netdraft draft · {escape(who)}</div>'
        f"{report_html(draft.report, text=text)}{_attempts(draft)}</div>"
    )

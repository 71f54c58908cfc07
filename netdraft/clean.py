"""Deterministic cleaning of a model's output into a subject line and a letter body.

Small and mid-sized models wrap the letter in chatter ("Sure! Here's a draft:"), markdown fences
and bold, and notes to the writer ("Note: adjust the dates"). Cleaning removes only that wrapping,
by fixed patterns, and never adds or rewrites a word of the letter: what is left is checked by the
rules exactly as the model wrote it, so a chatty model still gets caught by the ``meta`` rule when
the chatter sits inside the letter.

Bullet lists are left alone on purpose: they are the letter's content, and the ``resume-dump`` rule
needs to see them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cleaned", "clean"]

# A leading line that is chatter rather than letter: openers and "here is the letter" lines.
_PREAMBLE = re.compile(
    r"""^(?:
        (?:sure|certainly|of\ course|absolutely|okay|ok|great|gladly|happy\ to\ help)\b[^\n]*
      | here(?:'s|’s|\ is|\ are)\b[^\n]*
      | (?:below|following)\ is\b[^\n]*
      | i(?:'ve|’ve|\ have)\ (?:written|drafted|prepared|composed)\b[^\n]*
      | (?:a\ )?(?:draft|letter|email|e-mail)\s*:
      | \#{1,6}\ [^\n]*(?:letter|email|e-mail|draft)[^\n]*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A trailing paragraph that talks to the writer about the letter.
_TRAILER = re.compile(
    r"""^(?:
        \(?\s*(?:\*\*|__)?\s*(?:note|notes|n\.b\.|disclaimer|tip|explanation)s?\s*(?:\*\*|__)?\s*[:\-]
      | i\ hope\ (?:this|that|these)\ (?:helps|works|is\ helpful|meets)\b
      | i\ hope\ (?:this|the)\ (?:letter|email|e-mail|draft)\ (?:helps|works|is\ helpful|meets|is\ what)\b
      | (?:please\ )?(?:let\ me\ know|feel\ free)\b
      | (?:you\ (?:can|may|might|could)|remember\ to|make\ sure\ to|don't\ forget)\b
        [^\n]*\b(?:adjust|customi[sz]e|tailor|personali[sz]e|replace|edit|modify|change|fill)\b
      | (?:this|the\ above)\ (?:letter|email|e-mail|draft|version|message)\b
      | (?:i(?:'ve|’ve|\ have)\ (?:kept|made|tried|included|written|added|used|removed))\b
      | (?:-{3,}|\*{3,}|_{3,})\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_FENCE = re.compile(r"^\s*(?:```|~~~)[\w-]*\s*$")
_SUBJECT = re.compile(
    r"^\s*(?:\*\*|__)?\s*subject(?:\s+line)?\s*:\s*(?:\*\*|__)?\s*(?P<subject>.*?)\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
# *italic* inside a line (never a leading "* " bullet).
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


@dataclass(frozen=True)
class Cleaned:
    """A model output after cleaning.

    Attributes:
        subject: The text of a first ``Subject:`` line, if the output had one.
        body: The letter without the subject line and without the chatter around it.
        removed: What was taken away, line by line, so a caller can see that nothing else was.
    """

    subject: str | None
    body: str
    removed: tuple[str, ...] = ()


def _paragraphs(lines: list[str]) -> list[list[str]]:
    paras: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paras[-1].append(line)
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p]


def _unfence(lines: list[str], removed: list[str]) -> list[str]:
    """Drop markdown fence lines; when the letter sits inside a fence, keep only the fenced part."""
    if not any("```" in line or "~~~" in line for line in lines):
        return lines
    fences = [i for i, line in enumerate(lines) if _FENCE.match(line)]
    if len(fences) >= 2:
        first, last = fences[0], fences[-1]
        inside = lines[first + 1 : last]
        if any(line.strip() for line in inside):
            removed.extend(line for line in lines[: first + 1] + lines[last:] if line.strip())
            return [line for line in inside if not _FENCE.match(line)]
    removed.extend(lines[i] for i in fences)
    return [line for i, line in enumerate(lines) if i not in set(fences)]


def clean(raw: str) -> Cleaned:
    """Separate the letter from the chatter a model wraps around it.

    Removes, in order: markdown fences; leading preamble lines ("Here is the letter:",
    "Sure! Here's..."); trailing notes to the writer ("Note: ...", "I hope this helps",
    "Feel free to adjust..."); markdown bold, italics and heading marks. Moves a first
    ``Subject:`` line (also ``**Subject:**``) into ``subject``. Never adds or rewrites words.

    Args:
        raw: The model's output.

    Returns:
        The subject (or ``None``), the body, and the removed lines.
    """
    removed: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _unfence(lines, removed)

    # Leading chatter: only whole lines before the letter starts, and only known openers.
    subject: str | None = None
    while lines:
        head = lines[0].strip()
        if not head:
            lines.pop(0)
            continue
        match = _SUBJECT.match(head)
        if match and subject is None:
            subject = match.group("subject").strip() or None
            removed.append(lines.pop(0))
            continue
        if _PREAMBLE.match(head):
            removed.append(lines.pop(0))
            continue
        break

    # Trailing chatter: whole paragraphs after the letter, from the end backwards.
    paras = _paragraphs(lines)
    while len(paras) > 1 and _TRAILER.match(paras[-1][0].strip()):
        removed.extend(paras.pop())
    body = "\n\n".join("\n".join(p) for p in paras)

    # Markdown emphasis: keep the words, drop the marks. Each pattern runs only when its mark is in
    # the text: most letters have none, and a scan of every character costs more than the test.
    if "**" in body or "__" in body:
        body = _BOLD.sub(r"\2", body)
    if "*" in body:
        body = _ITALIC.sub(r"\1", body)
    if "#" in body:
        body = _HEADING.sub("", body)
    if subject is not None:
        subject = _BOLD.sub(r"\2", subject).strip("*_ ").strip() or None
    while "\n\n\n" in body:
        body = body.replace("\n\n\n", "\n\n")
    return Cleaned(subject=subject, body=body.strip(), removed=tuple(removed))

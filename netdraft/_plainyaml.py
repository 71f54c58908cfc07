"""A reader for the plain YAML that request files are written in, without importing PyYAML.

``netdraft check --request R`` runs once per process, and importing PyYAML and compiling its scanner's
patterns cost more than the rest of the start-up after pydantic's share. Request files are nearly always
plain: nested mappings of identifier keys, one-line or folded plain scalars, quoted one-line scalars,
``|``/``>`` blocks and lists of scalars. ``parse_plain`` reads exactly that subset and gives up
(returns ``None``) on anything else, so that PyYAML reads the file and reports its errors: tabs,
anchors, tags, flow collections, keys that are not identifiers, duplicate keys, scalars YAML would read
as numbers, booleans, dates or nulls, escapes, document markers, characters YAML refuses. What it
returns is what ``yaml.safe_load`` returns for the same text (a test compares them on every request
and letter file of the corpus and on generated documents).
"""

from __future__ import annotations

from typing import Any

__all__ = ["parse_plain"]


class _GiveUp(Exception):
    """The text is outside the plain subset: let PyYAML read it."""


# Characters that cannot start a plain scalar (or start something else) in block context.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Plain scalars YAML 1.1 resolves to booleans or nulls (PyYAML's SafeLoader), or merges and values.
_NOT_STRINGS = frozenset(
    {
        *("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE"),
        *("on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "<<", "="),
    }
)
# Every character of PyYAML's int, float and timestamp forms, which all start with a digit, a sign or
# a dot: a scalar that starts so and holds only these may be a number or a date. Any other character
# (a letter such as "m" in "20-minute call") makes it a string.
_NUMERIC_START = frozenset("0123456789+-.")
_NUMERIC_CHARS = frozenset("0123456789_.:+- xXoObBaAcCdDeEfFtTzZiInN")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def parse_plain(text: str) -> dict[str, Any] | None:
    """Read ``text`` as YAML if it is plain enough; ``None`` when PyYAML should read it instead."""
    if "\t" in text or "\r" in text:
        return None
    lines = text.split("\n")
    for line in lines:
        if not line.isprintable():  # stricter than YAML's printable set, never looser
            return None
        if line.startswith(("---", "...")):
            return None
    try:
        reader = _Reader(lines)
        start = reader.skip()
        if start >= len(lines) or _indent(lines[start]) != 0:
            return None
        value, end = reader.mapping(start, 0)
        if reader.skip(end) < len(lines):
            return None
        return value
    except _GiveUp:
        return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blank(line: str) -> bool:
    return not line.strip(" ")


def _comment(line: str) -> bool:
    return line.lstrip(" ").startswith("#")


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def skip(self, i: int = 0) -> int:
        """The next line at or after ``i`` that is neither blank nor a comment."""
        lines = self.lines
        while i < len(lines) and (_blank(lines[i]) or _comment(lines[i])):
            i += 1
        return i

    def mapping(self, i: int, indent: int) -> tuple[dict[str, Any], int]:
        """The mapping whose keys stand at ``indent``, from line ``i``; the line after it."""
        result: dict[str, Any] = {}
        lines = self.lines
        i = self.skip(i)
        while i < len(lines):
            line = lines[i]
            at = _indent(line)
            if at < indent:
                break
            if at > indent:
                raise _GiveUp
            key, sep, rest = line[at:].partition(":")
            if not sep or not key or not _KEY_CHARS.issuperset(key) or key[0] == "-" or _maybe_not_string(key):
                raise _GiveUp
            if key in result:
                raise _GiveUp
            if rest and not rest.startswith(" "):
                raise _GiveUp
            rest = rest.strip(" ")
            if rest and rest[0] in "|>":
                result[key], i = self.block(rest, i + 1, indent)
            elif rest and not rest.startswith("#"):
                result[key], i = self.scalar(rest, i + 1, indent)
            else:
                result[key], i = self.nested(i + 1, indent)
            i = self.skip(i)
        return result, i

    def nested(self, i: int, indent: int) -> tuple[Any, int]:
        """The value of a key with nothing after its colon: a mapping or a list below it."""
        i = self.skip(i)
        if i >= len(self.lines):
            raise _GiveUp  # a null value: rare in a request, and YAML's to judge
        line = self.lines[i]
        at = _indent(line)
        if line[at:].startswith("- ") and at >= indent:
            return self.sequence(i, at)
        if at > indent:
            return self.mapping(i, at)
        raise _GiveUp

    def sequence(self, i: int, indent: int) -> tuple[list[Any], int]:
        """A list of scalars whose dashes stand at ``indent``."""
        result: list[Any] = []
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            at = _indent(line)
            if at != indent or not line[at:].startswith("- "):
                break
            item = line[at + 2 :].strip(" ")
            if not item or item[0] in "|>#":
                raise _GiveUp
            value, i = self.scalar(item, i + 1, indent)
            result.append(value)
            i = self.skip(i)
        if i < len(lines) and _indent(lines[i]) > indent:
            raise _GiveUp
        return result, i

    def scalar(self, first: str, i: int, indent: int) -> tuple[str, int]:
        """A quoted or plain scalar starting with ``first``; continuation lines are deeper than ``indent``."""
        lines = self.lines
        if first[0] in "'\"":
            return _quoted(first), i
        # A plain scalar: it may go on over more deeply indented lines, folded into one.
        parts = [first]
        blanks = 0
        j = i
        while j < len(lines):
            line = lines[j]
            if _blank(line):
                blanks += 1
                j += 1
                continue
            if _indent(line) <= indent:
                break
            if " #" in first or _comment(line):
                raise _GiveUp  # a comment inside a scalar that goes on: leave it to YAML
            text = line.strip(" ")
            parts.append("\n" * blanks if blanks else " ")
            parts.append(text)
            blanks = 0
            j += 1
            i = j
        for part in parts[::2]:
            if part[0] in _INDICATORS or ": " in part or part.endswith(":"):
                raise _GiveUp
        value = "".join(parts)
        if len(parts) == 1 and " #" in value:
            value = value[: value.index(" #")].rstrip(" ")
        elif " #" in value:
            raise _GiveUp
        if _maybe_not_string(value):
            raise _GiveUp
        return value, i

    def block(self, header: str, i: int, indent: int) -> tuple[str, int]:
        """A literal (``|``) or folded (``>``) block scalar, clipped or stripped (``-``)."""
        if header not in ("|", "|-", ">", ">-"):
            raise _GiveUp  # kept (+), indented by number, or a comment after the header
        lines = self.lines
        content: list[str] = []
        block_indent = 0
        j = i
        while j < len(lines):
            line = lines[j]
            if not line:
                content.append("")
                j += 1
                continue
            at = _indent(line)
            if at == len(line):
                raise _GiveUp  # a line of spaces only: its meaning depends on its length
            if at <= indent:
                break
            if not block_indent:
                block_indent = at
            elif at < block_indent:
                raise _GiveUp
            content.append(line[block_indent:])
            j += 1
        while content and not content[-1]:
            content.pop()
            j -= 1
        if not content or not block_indent or not content[0]:
            raise _GiveUp  # empty, or opening with blank lines
        if header[0] == "|":
            value = "\n".join(content)
        else:
            if any(line.startswith(" ") or line.endswith(" ") for line in content):
                raise _GiveUp  # more-indented lines keep their breaks: leave the folding to YAML
            value = _fold(content)
        if not header.endswith("-") and j < len(lines):
            value += "\n"  # clipped to the last line's break (the document's last line may have none)
        # Trailing blank lines were popped; the caller skips them again.
        return value, j


def _fold(lines: list[str]) -> str:
    """Folded-block folding: a single break between lines becomes a space, each blank line a break."""
    out = [lines[0]]
    blanks = 0
    for line in lines[1:]:
        if not line:
            blanks += 1
            continue
        out.append("\n" * blanks if blanks else " ")
        out.append(line)
        blanks = 0
    return "".join(out)


def _quoted(text: str) -> str:
    """A one-line single- or double-quoted scalar, optionally followed by a comment."""
    quote = text[0]
    end = text.rfind(quote)
    if end == 0:
        raise _GiveUp  # the quote goes on over more lines
    tail = text[end + 1 :]
    if tail.strip(" ") and not (tail.startswith(" ") and tail.lstrip(" ").startswith("#")):
        raise _GiveUp
    inner = text[1:end]
    if quote == "'":
        value = inner.replace("''", "\x00")
        if "'" in value:
            raise _GiveUp
        return value.replace("\x00", "'")
    if '"' in inner or "\\" in inner:
        raise _GiveUp  # escapes: YAML's to decode
    return inner


def _maybe_not_string(value: str) -> bool:
    """Whether YAML might read this plain scalar as something other than a string."""
    if value in _NOT_STRINGS:
        return True
    return value[0] in _NUMERIC_START and _NUMERIC_CHARS.issuperset(value)

"""The plain-YAML reader: it reads what PyYAML reads, or leaves the document to PyYAML."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from netdraft._io import parse_document
from netdraft._plainyaml import parse_plain
from netdraft.errors import RequestError

ROOT = Path(__file__).resolve().parents[1]
LETTERS = sorted((ROOT / "tests" / "data" / "letters").glob("*.yaml"))
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _same_as_pyyaml(text: str) -> bool:
    """The reader's answer is PyYAML's, or it gave the document up."""
    got = parse_plain(text)
    if got is None:
        return True
    try:
        want = yaml.safe_load(text)
    except yaml.YAMLError:
        return False  # PyYAML refuses it: the reader should have given up
    return got == want and type(got) is type(want)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_the_example_requests_are_read_without_pyyaml_and_as_pyyaml_reads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse_plain(text) == yaml.safe_load(text)


def test_every_corpus_file_and_request_reads_as_pyyaml_reads_it() -> None:
    read = 0
    for path in LETTERS:
        text = path.read_text(encoding="utf-8")
        request = yaml.load(text, Loader=yaml.CSafeLoader)["request"]
        dumped = yaml.dump(request, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=60)
        for doc in (text, dumped):
            got = parse_plain(doc)
            if got is not None:
                read += 1
                assert got == yaml.load(doc, Loader=yaml.CSafeLoader), path.name
    # Many are read natively, the letters' own files too (block scalars, quoted descriptions).
    assert read > len(LETTERS) // 2


@pytest.mark.parametrize(
    "text",
    [
        "kind: yes\n",  # a boolean
        "kind: No\n",
        "kind: on\n",
        "kind: ~\n",
        "kind: null\n",
        "kind:\n",  # a null
        "words: 150\n",  # a number
        "words: 1_000\n",
        "when: 2025-03-14\n",  # a date
        "when: 12:30\n",  # a sexagesimal number in YAML 1.1
        "score: .5\n",
        "a: &x one\nb: *x\n",  # anchors and aliases
        "a: !!str 5\n",  # a tag
        "a: [1, 2]\n",  # flow collections
        "a: {b: c}\n",
        "a:\n\tb: c\n",  # a tab
        "a: b\na: c\n",  # a duplicate key
        "a: 'two\n  lines'\n",  # a quoted scalar over lines
        'a: "tab\\t"\n',  # an escape
        "a: |+\n  kept\n\n",  # keep chomping
        "a: |2\n   indented\n",  # an indentation indicator
        "a: >\n  folded\n    more indented\n",
        "a: b: c\n",  # not YAML at all
        "---\na: b\n",  # a document marker
        "- a\n- b\n",  # a list, not a mapping
        "a:\n  - b: c\n",  # a list of mappings
        "? a\n: b\n",  # a complex key
        "'a': b\n",  # a quoted key
        "a b: c\n",  # a key with a space
        "a: b\u0085c\n",  # a YAML line break inside
        "a: b\x07\n",  # a control character
        "a: b\n  # a comment inside a folded scalar\n  c\n",
    ],
)
def test_anything_beyond_the_plain_subset_is_left_to_pyyaml(text: str) -> None:
    assert parse_plain(text) is None


def test_a_plain_request_reads_like_pyyaml() -> None:
    text = (
        "# a request\n"
        "kind: informational\n"
        "sender:\n"
        "  name: Ana Ruiz   # trailing comment\n"
        "  background: I taught science for eight years,\n"
        "    then finished a certificate in user research.\n"
        "\n"
        "    Now I am looking for advice.\n"
        "recipient:\n"
        "  name: 'Maria O''Neil'\n"
        '  title: "Director: User Research"\n'
        "meeting:\n"
        "  topics:\n"
        "  - forecasting in project finance\n"
        "  -   SQL skills\n"
        "  action_items:\n"
        "    - I will send my model\n"
        "      for feedback\n"
        "purpose: |\n"
        "  learn how you moved\n"
        "\n"
        "  into UX research\n"
        "ask: >-\n"
        "  a 20-minute\n"
        "  call\n"
    )
    got = parse_plain(text)
    assert got is not None
    assert got == yaml.safe_load(text)
    assert got["sender"]["background"].endswith("user research.\nNow I am looking for advice.")
    assert got["recipient"]["name"] == "Maria O'Neil"
    assert got["ask"] == "a 20-minute call"


_SCALARS = [
    "20-minute call", "yes", "Yes please", "no", "On", "off", "null", "Null", "~", "1", "1.5", "1e3", "1.0e+3",
    "0x1F", "1_000", "010", "0o17", "0b101", "12:30", "1:30:00", "10:30am", "3pm", "2pm-4pm", "1-2", "1/2",
    "1,000", "2025-03-14", "2025-03-14 10:00:00", "2025-3-4t1:02:03Z", ".inf", "-.5", "+1", "-1", ".", "..",
    "E5", "e5", "- item", "-item", "a: b", "a:b", "http://x.y/z?q=1", "a #b", "a#b", "#x", "it's", 'say "hi"',
    "[x]", "x]", "{x}", "x, y", "& co", "*star", "!bang", "%pct", "@at", "`tick", "a | b", "> x", "? q", "?q",
    ": x", "trailing:", "café au lait", "–dash", "Mr. O'Neil", "a ''b''", "<<", "=", "Tuesday 10:30",
    "Q3 2025", "5 years", "x: ", "a\u00a0b", "100%", "#1 fan", "C#", "F# and C#", "a - b", "a -- b", "...x",
]
_QUOTED = ["'it''s'", "'x' # c", "'x'# c", '"plain"', '"a\\tb"', "'a' b", "''", '""', "'a: b'", '"#x"', "'yes'"]


_ORDINARY = [
    "Ana Ruiz", "learn how you moved into UX research", "a 20-minute call next week", "Dr. Chen",
    "call your office on Tuesday", "I will send my portfolio", "Director of User Research, Brightwell",
    "you offered to introduce me", "forecasting in project finance", "Maria O'Neil (Brightwell)",
]


def _random_scalar(rng: random.Random) -> str:
    # Mostly ordinary text, so that whole documents reach the reader's own paths; a tricky one in four.
    return rng.choice(_SCALARS + _QUOTED) if rng.random() < 0.25 else rng.choice(_ORDINARY)


def _random_value(rng: random.Random, indent: int) -> list[str]:
    """The lines of a value after ``key:`` (the first line is appended to the key's line)."""
    pad = " " * indent
    choice = rng.random()
    if choice < 0.45:
        first = " " + _random_scalar(rng)
        if rng.random() < 0.15:
            first += " # note"
        lines = [first]
        for _ in range(rng.choice([0, 0, 1, 2])):  # continuation lines of a folded plain scalar
            if rng.random() < 0.3:
                lines.append("")
            lines.append(pad + " " * rng.choice([1, 2, 4]) + _random_scalar(rng))
        return lines
    if choice < 0.65:
        header = rng.choice(["|", "|-", ">", ">-", "|+", ">+", "| # c"])
        deeper = pad + " " * rng.choice([1, 2, 3])
        lines = [" " + header]
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            if kind < 0.15:
                lines.append("")
            elif kind < 0.25:
                lines.append(deeper + "  more indented")
            elif kind < 0.3:
                lines.append(deeper + "trailing space ")
            else:
                lines.append(deeper + _random_scalar(rng))
        return lines
    if choice < 0.85:
        dash = pad + " " * rng.choice([0, 2, 2, 4])
        lines = [""]
        for _ in range(rng.randint(1, 3)):
            lines.append(dash + "- " + _random_scalar(rng))
            if rng.random() < 0.2:
                lines.append(dash + "  " + _random_scalar(rng))
        return lines
    lines = [rng.choice(["", "  # a comment"])]
    child = indent + rng.choice([2, 2, 4, 1])
    for key in rng.sample(["name", "title", "date", "notes"], rng.randint(1, 3)):
        value = _random_value(rng, child) if child < 8 else [" " + _random_scalar(rng)]
        lines.append(" " * child + key + ":" + value[0])
        lines.extend(value[1:])
    return lines


def _random_document(rng: random.Random) -> str:
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append("# a request file")
    for key in rng.sample(["kind", "sender", "purpose", "ask", "follow_up", "meeting", "yes", "a-b"], 4):
        value = _random_value(rng, 0)
        lines.append(key + ":" + value[0])
        lines.extend(value[1:])
        if rng.random() < 0.2:
            lines.append("")
    return "\n".join(lines) + rng.choice(["\n", "", "\n\n"])


def test_generated_documents_read_as_pyyaml_reads_them_or_are_given_up() -> None:
    rng = random.Random(20261127)
    read = 0
    for _ in range(4000):
        text = _random_document(rng)
        assert _same_as_pyyaml(text), text
        read += parse_plain(text) is not None
    assert read > 250  # the generator reaches the reader's own paths, not only its give-ups


def test_parse_document_still_reports_pyyaml_errors_with_the_line() -> None:
    with pytest.raises(RequestError) as err:
        parse_document("kind: informational\nsender: [unclosed\n", source="r.yaml")
    assert "r.yaml" in str(err.value) and "line" in str(err.value)


def test_parse_document_reads_a_given_up_document_through_pyyaml() -> None:
    value: Any = parse_document("kind: informational\nwords: 150\n", source="r.yaml")
    assert value == {"kind": "informational", "words": 150}

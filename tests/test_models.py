"""The request model and file loading: every bad input gives one clear line naming the field."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import netdraft
from netdraft import LetterRequest, RequestError, load_request
from netdraft.cli import main

GOOD = {
    "kind": "informational",
    "sender": {"name": "Ana Ruiz", "background": "I teach science."},
    "recipient": {"name": "Maria Chen"},
    "purpose": "learn about UX research",
    "ask": "a 20-minute call",
}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def yaml_of(data: dict) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False)


def cli_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["prompt", *args])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


def test_example_files_load() -> None:
    for path in sorted(Path("examples").glob("*.yaml")):
        if path.name == "defaults.yaml":
            continue
        request = load_request(path)
        assert request.kind == path.stem


def test_strings_are_stripped_and_empty_counts_as_missing() -> None:
    data = json.loads(json.dumps(GOOD))
    data["sender"]["background"] = "   "
    data["recipient"]["name"] = "  Maria Chen  "
    request = LetterRequest.model_validate(data)
    assert request.sender.background is None
    assert request.recipient.name == "Maria Chen"
    data["purpose"] = "  "
    with pytest.raises(RequestError, match=r"^purpose: required for kind 'informational'"):
        netdraft.models.request_from_mapping(data)


def test_unknown_field_suggests_closest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(json.dumps(GOOD))
    data["recipient"]["organisation"] = "Brightwell"
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert "recipient.organisation: unknown field; did you mean 'organization'?" in line


def test_unknown_top_level_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = dict(GOOD, referer={"name": "Sam"})
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert "referer: unknown field; did you mean 'referrer'?" in line


@pytest.mark.parametrize(
    ("kind", "drop", "field"),
    [
        ("informational", "purpose", "purpose"),
        ("introduction", "ask", "ask"),
        ("follow_up", None, "meeting.topics"),
        ("thank_you", None, "meeting.topics"),
    ],
)
def test_missing_required_per_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, drop: str | None, field: str
) -> None:
    data = dict(GOOD, kind=kind)
    if drop:
        data.pop(drop)
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert f"{field}: required" in line
    assert kind in line


def test_missing_sender_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = dict(GOOD, sender={"background": "x"})
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert "sender.name: required field is missing" in line


def test_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = dict(GOOD, kind="follow_up", meeting={"topics": "just one string"})
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert "meeting.topics: must be a list, got str" in line
    data = dict(GOOD, words={"min": "many"})
    line = cli_error(capsys, str(write(tmp_path, "r2.yaml", yaml_of(data))))
    assert "words.min: must be a whole number" in line


def test_unknown_kind_lists_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = dict(GOOD, kind="cover_letter")
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert line.count("kind: must be one of") == 1
    for kind in ("informational", "introduction", "follow_up", "thank_you", "keep_in_touch"):
        assert kind in line
    assert "'cover_letter'" in line


def test_size_limit_names_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(json.dumps(GOOD))
    data["sender"]["background"] = "word " * 400
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", yaml_of(data))))
    assert "sender.background: too long: at most 1500 characters" in line


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", "  \n\n")))
    assert "r.yaml: file is empty" in line
    line = cli_error(capsys, str(write(tmp_path, "c.yaml", "# only a comment\n")))
    assert "file is empty" in line


def test_yaml_syntax_error_names_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "kind: informational\nsender:\n  name: Ana\n  background: [unclosed\nrecipient:\n  name: M\n"
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", text)))
    assert "invalid YAML at line" in line


def test_json_syntax_error_names_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = cli_error(capsys, str(write(tmp_path, "r.json", '{\n  "kind": "informational",\n}')))
    assert "invalid JSON at line 3" in line


def test_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = "kind: informational\nsender:\n  name: Ana Ru\xedz\n".encode("latin-1")
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", content)))
    assert "not UTF-8" in line and "line 3" in line


def test_alias_bomb_fails_fast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        rows.append(f"{cur}: &{cur} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    started = time.perf_counter()
    line = cli_error(capsys, str(write(tmp_path, "bomb.yaml", "\n".join(rows) + "\n")))
    assert time.perf_counter() - started < 2
    assert "too many YAML aliases" in line


def test_wide_document_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = dict(GOOD, kind="follow_up", meeting={"topics": [str(i) for i in range(30_000)]})
    line = cli_error(capsys, str(write(tmp_path, "r.json", json.dumps(data))))
    assert "too large" in line


def test_missing_path_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = cli_error(capsys, str(tmp_path / "nope.yaml"))
    assert "nope.yaml: no such file" in line
    line = cli_error(capsys, str(tmp_path))
    assert "is a directory" in line


def test_top_level_not_a_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = cli_error(capsys, str(write(tmp_path, "r.yaml", "- just\n- a list\n")))
    assert "a request must be a mapping of fields, got list" in line


def test_words_band_override_and_order() -> None:
    request = LetterRequest.model_validate(dict(GOOD, words={"max": 150}))
    assert request.band == (90, 150)
    with pytest.raises(RequestError, match=r"words.min .* is larger than words.max"):
        netdraft.models.request_from_mapping(dict(GOOD, words={"min": 200, "max": 100}))


def test_greeting_name_derivation() -> None:
    formal = LetterRequest.model_validate(GOOD)
    warm = LetterRequest.model_validate(dict(GOOD, tone="warm"))
    given = LetterRequest.model_validate(dict(GOOD, recipient={"name": "Maria Chen", "salutation": "Dr. Chen"}))
    assert (formal.greeting_name, warm.greeting_name, given.greeting_name) == ("Maria Chen", "Maria", "Dr. Chen")

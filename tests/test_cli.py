"""The command line: exit codes from the contract, atomic output, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from netdraft.cli import main


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NETDRAFT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def test_draft_offline_when_no_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "examples/informational.yaml"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Subject: ")
    assert "Dear Dr. Chen," in captured.out and "ok: 0 errors" in captured.out
    assert captured.err.count("\n") == 1 and "offline composer" in captured.err


@pytest.mark.parametrize("path", sorted(Path("examples").glob("[!d]*.yaml")), ids=lambda p: p.stem)
def test_every_example_drafts_and_passes(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(path), "--offline", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True and out["backend"] == "compose"
    assert out["report"]["findings"] == [] or all(f["severity"] == "warning" for f in out["report"]["findings"])


def test_draft_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "examples/follow_up.yaml", "--offline", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("**Subject:** Following up on our conversation")
    assert "passes every rule" in out


def test_output_file_is_written_and_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "letter.txt"
    assert main(["draft", "examples/thank_you.yaml", "--offline", "-o", str(target)]) == 0
    first = target.read_text(encoding="utf-8")
    assert first.startswith("Hi Grace,")
    target.write_text("my own edits\n", encoding="utf-8")
    assert main(["draft", "examples/thank_you.yaml", "--offline", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "already exists; pass --force" in err
    assert target.read_text(encoding="utf-8") == "my own edits\n"
    assert main(["draft", "examples/thank_you.yaml", "--offline", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]  # no temp files left behind


def test_draft_bad_request_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "r.yaml"
    bad.write_text("kind: informational\nsender: {name: Ana}\nrecipient: {name: Maria}\n", encoding="utf-8")
    assert main(["draft", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("purpose: required for kind 'informational'") and "\n" not in err


def test_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "examples/informational.yaml", "--offline", "-o", str(tmp_path / "ok.txt")]) == 0
    # The file holds the letter and the report; check only the letter part.
    letter = (tmp_path / "ok.txt").read_text(encoding="utf-8").split("\n" + "-" * 60)[0]
    (tmp_path / "ok.txt").write_text(letter, encoding="utf-8")
    assert main(["check", str(tmp_path / "ok.txt"), "--request", "examples/informational.yaml"]) == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("Dear [Name],\n\nSend me your contacts ASAP.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(bad), "--kind", "informational", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert {"placeholder", "length"} <= {f["rule"] for f in report["findings"]}
    assert set(report["findings"][0]) == {"rule", "severity", "message", "start", "end", "hint"}
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", str(bad), "--kind", "cover_letter"])
    assert exc.value.code == 2


def test_check_text_output_has_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Dear Maria,\n\nThanks for your time. I work at [Company].\n\nBest,\nAna\n", encoding="utf-8")
    assert main(["check", str(bad), "--kind", "thank_you"]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:3:" in out and "[placeholder]" in out and "fix:" in out


def test_check_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "netdraft", "check", "-", "--kind", "thank_you", "--format", "json"],
        input="Dear Maria,\n\nThank you.\n\nBest,\nAna\n", capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert any(f["rule"] == "length" for f in json.loads(proc.stdout)["findings"])


def test_example_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "follow_up"]) == 0
    sample = yaml.safe_load(capsys.readouterr().out)
    assert sample["kind"] == "follow_up" and sample["meeting"]["action_items"]
    assert main(["example", "cover_letter"]) == 2
    assert "valid kinds: informational" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["draft", "examples/informational.yaml", "--format", "pdf"])
    assert exc.value.code == 2


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "netdraft", "draft", str(tmp_path / "nope.yaml")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"netdraft: error: {tmp_path / 'nope.yaml'}: no such file"


def test_help_wraps_to_the_terminal_width(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI measures the terminal itself (argparse would import shutil for it): $COLUMNS still rules.
    outputs = {}
    for columns in (50, 100):
        monkeypatch.setenv("COLUMNS", str(columns))
        with pytest.raises(SystemExit):
            main(["check", "--help"])
        outputs[columns] = capsys.readouterr().out.splitlines()
    # (The list of kinds is one word to argparse and cannot wrap.)
    assert all(len(line) <= 50 for line in outputs[50] if "{" not in line)
    assert len(outputs[50]) > len(outputs[100])

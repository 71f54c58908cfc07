"""The OpenAI Batch API round trip, offline: the input file, collecting results, the re-ask file."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from netdraft.batch import deep_merge, load_defaults
from netdraft.batch_api import collect, reask_path, write_batch_input
from netdraft.cli import main
from netdraft.compose import compose
from netdraft.models import LetterRequest
from netdraft.prompts import render_messages

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CONTACTS = EXAMPLES / "contacts.csv"
DEFAULTS = EXAMPLES / "defaults.yaml"
IDS = ["chen", "okafor", "lee", "petrova", "haddad"]
BAD_LETTER = "Here is your letter:\n\nHi,\n\nGive me a job at your company. [Your Name]"


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NETDRAFT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def requests_by_id() -> dict[str, LetterRequest]:
    import csv

    shared = load_defaults(DEFAULTS)
    out = {}
    with CONTACTS.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            data: dict[str, Any] = {}
            for column, value in row.items():
                if column != "id" and value:
                    head, _, tail = column.partition(".")
                    if tail:
                        data.setdefault(head, {})[tail] = value
                    else:
                        data[head] = value
            out[row["id"]] = LetterRequest.model_validate(deep_merge(shared, data))
    return out


def ok_line(custom_id: str, content: str, *, tokens: tuple[int, int] = (500, 200)) -> dict[str, Any]:
    """A success line exactly as the Batch API output file has it."""
    return {
        "id": f"batch_req_{custom_id}",
        "custom_id": custom_id,
        "response": {
            "status_code": 200,
            "request_id": f"req_{custom_id}",
            "body": {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 1711652795,
                "model": "gpt-4o-mini-2024-07-18",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": tokens[0], "completion_tokens": tokens[1], "total_tokens": sum(tokens)},
            },
        },
        "error": None,
    }


def write(path: Path, items: list[Any]) -> Path:
    path.write_text("".join((i if isinstance(i, str) else json.dumps(i)) + "\n" for i in items), encoding="utf-8")
    return path


# -- the input file -----------------------------------------------------------------------------


def test_cli_writes_one_batch_request_per_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "requests.jsonl"
    code = main(["batch", str(CONTACTS), "--defaults", str(DEFAULTS), "--via", "openai-batch", "-o", str(out),
                 "--model", "gpt-4o-mini"])
    err = capsys.readouterr().err
    assert code == 0
    assert "wrote 5 request(s)" in err and "netdraft batch collect" in err
    got = lines(out)
    assert [g["custom_id"] for g in got] == IDS
    requests = requests_by_id()
    for g in got:
        assert g["method"] == "POST" and g["url"] == "/v1/chat/completions"
        assert g["body"]["model"] == "gpt-4o-mini" and g["body"]["max_tokens"] == 800
        # The same messages a live call would send.
        assert g["body"]["messages"] == render_messages(requests[g["custom_id"]])


def test_reasoning_models_get_their_parameters(tmp_path: Path) -> None:
    out = tmp_path / "requests.jsonl"
    write_batch_input(CONTACTS, out, defaults=DEFAULTS, model="o3-mini")
    body = lines(out)[0]["body"]
    assert body["model"] == "o3-mini" and "temperature" not in body and "max_tokens" not in body


def test_bad_rows_are_left_out_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,recipient.name,purpose,ask\na,Maria Chen,learn,a call\nb,,learn,a call\na,Grace Lee,,\n")
    out = tmp_path / "requests.jsonl"
    assert main(["batch", str(contacts), "--defaults", str(DEFAULTS), "--via", "openai-batch", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert [g["custom_id"] for g in lines(out)] == ["a"]
    assert "row b: recipient: required field is missing" in err and "row a: id: duplicate id" in err


# -- collecting results -------------------------------------------------------------------------


def round_one(tmp_path: Path) -> Path:
    requests = requests_by_id()
    items: list[Any] = [
        ok_line("chen", compose(requests["chen"]).text),
        ok_line("okafor", "Sure! Here's a draft:\n\n```\n" + compose(requests["okafor"]).text + "\n```"),
        ok_line("lee", BAD_LETTER),
        {"id": "batch_req_p", "custom_id": "petrova", "response": None,
         "error": {"code": "batch_expired", "message": "This request could not be executed before the batch expired."}},
        {"id": "batch_req_g", "custom_id": "ghost", "response": ok_line("ghost", "x")["response"], "error": None},
    ]
    random.Random(3).shuffle(items)  # results come back in any order
    return write(tmp_path / "results.jsonl", items)


def test_collect_checks_every_letter_and_records_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = round_one(tmp_path)
    out = tmp_path / "letters.jsonl"
    code = main(["batch", "collect", str(results), "--contacts", str(CONTACTS), "--defaults", str(DEFAULTS),
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    recs = {r["id"]: r for r in lines(out)}
    assert list(recs) == [*IDS, "ghost"]
    assert recs["chen"]["status"] == "passed" and recs["chen"]["backend"] == "openai-batch"
    assert recs["chen"]["usage"] == {"prompt_tokens": 500, "completion_tokens": 200, "total_tokens": 700}
    assert recs["chen"]["model"] == "gpt-4o-mini-2024-07-18"
    # The chatter and the fence were cleaned away before checking.
    assert recs["okafor"]["status"] == "passed" and recs["okafor"]["body"].startswith("Dear Mr. Okafor,")
    lee = recs["lee"]
    assert lee["status"] == "errors" and {"placeholder", "job-ask"} <= set(lee["attempts"][0]["errors"])
    assert recs["petrova"]["status"] == "failed" and "batch_expired" in recs["petrova"]["error"]
    assert recs["haddad"]["error_type"] == "missing" and "no result for this id" in recs["haddad"]["error"]
    assert recs["ghost"]["error_type"] == "unknown" and "not in" in recs["ghost"]["error"]
    reask = reask_path(out)
    assert str(reask) in err and "1 passed" not in err
    lines_ = lines(reask)
    assert [r["custom_id"] for r in lines_] == ["lee"]
    messages = lines_[0]["body"]["messages"]
    assert messages[:2] == render_messages(requests_by_id()["lee"])
    assert messages[2]["role"] == "assistant" and "Give me a job" in messages[2]["content"]
    assert messages[3]["role"] == "user" and "Jordan Blake" in messages[3]["content"]  # the referral hint
    assert lines_[0]["body"]["model"] == "gpt-4o-mini-2024-07-18"


def test_second_round_keeps_the_best_draft(tmp_path: Path) -> None:
    requests = requests_by_id()
    first = round_one(tmp_path)
    second = write(tmp_path / "round2.jsonl", [ok_line("lee", compose(requests["lee"]).text)])
    out = tmp_path / "final.jsonl"
    summary = collect([first, second], CONTACTS, out, defaults=DEFAULTS)
    lee = {r["id"]: r for r in lines(out)}["lee"]
    assert lee["status"] == "passed" and [a["ok"] for a in lee["attempts"]] == [False, True]
    assert lee["usage"]["total_tokens"] == 1400
    assert summary.passed == 3 and summary.with_errors == 0 and summary.reask is None
    assert not reask_path(out).exists()


def test_http_errors_and_garbage_lines(tmp_path: Path) -> None:
    failed = {
        "id": "batch_req_1",
        "custom_id": "chen",
        "response": {"status_code": 429, "request_id": "r", "body": {"error": {"message": "Rate limit reached"}}},
        "error": None,
    }
    results = write(tmp_path / "r.jsonl", [failed, "not json at all", '{"custom_id": "okafor", "response": {"status'])
    out = tmp_path / "o.jsonl"
    summary = collect(results, CONTACTS, out, defaults=DEFAULTS)
    recs = {r["id"]: r for r in lines(out)}
    assert recs["chen"]["error"] == "row chen: the request failed with HTTP 429: Rate limit reached"
    assert recs["okafor"]["error_type"] == "missing"
    assert summary.failed == 5 and any("2 line(s) without a custom_id" in n for n in summary.notes)


def test_collect_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = round_one(tmp_path)
    out = tmp_path / "letters.jsonl"
    reask_path(out).write_text("keep\n", encoding="utf-8")
    code = main(["batch", "collect", str(results), "--contacts", str(CONTACTS), "--defaults", str(DEFAULTS),
                 "-o", str(out)])
    assert code == 2 and "already exists" in capsys.readouterr().err
    assert not out.exists() and reask_path(out).read_text(encoding="utf-8") == "keep\n"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["batch", "collect", "-o", "o.jsonl", "--contacts", "examples/contacts.csv"], "usage"),
        (["batch", "collect", "r.jsonl", "-o", "o.jsonl"], "--contacts"),
        (["batch", "collect", "missing.jsonl", "--contacts", "examples/contacts.csv", "-o", "o.jsonl"], "no such file"),
    ],
)
def test_collect_argument_errors(
    argv: list[str], needle: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    argv = [str(tmp_path / a) if a == "o.jsonl" else a for a in argv]
    assert main(argv) == 2
    assert needle in capsys.readouterr().err


def test_reask_path() -> None:
    assert reask_path("out/letters.jsonl") == Path("out/letters.reask.jsonl")
    assert reask_path("letters") == Path("letters.reask.jsonl")

"""``netdraft batch``: streamed, resumable, paced drafting of one letter per contacts row."""

from __future__ import annotations

import asyncio
import csv
import json
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeServer, completion

import netdraft.batch as batch
from netdraft.batch import RateLimiter, deep_merge, iter_contacts, run_batch
from netdraft.cli import main
from netdraft.compose import compose
from netdraft.errors import ConfigError, LLMCallError, RequestError
from netdraft.models import LetterRequest
from netdraft.report import Report
from netdraft.results import Draft

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEFAULTS = {
    "kind": "informational",
    "sender": {"name": "Ana Ruiz", "background": "I taught science for eight years.", "goal": "move into UX research"},
    "purpose": "learn how you moved into UX research",
    "ask": "a 20-minute phone call",
}


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NETDRAFT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def people(n: int) -> list[dict[str, Any]]:
    return [{"id": f"p{i}", "recipient": {"name": f"Maria Chen{i}"}} for i in range(n)]


class Stub:
    """A drafter that composes offline, fails for chosen names, and counts its calls."""

    def __init__(self, fail: set[str] | None = None, always_fail: bool = False) -> None:
        self.fail = fail or set()
        self.always_fail = always_fail
        self.calls: list[str] = []

    async def adraft(self, request: LetterRequest) -> Draft:
        self.calls.append(request.recipient.name)
        await asyncio.sleep(0)
        if self.always_fail or request.recipient.name in self.fail:
            raise LLMCallError("model call to http://llm.test/v1/chat/completions failed: HTTP 503", status=503)
        return compose(request)


# -- the command line -------------------------------------------------------------------------


def test_new_user_command_works_offline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letters.jsonl"
    argv = ["batch", str(EXAMPLES / "contacts.csv"), "--defaults", str(EXAMPLES / "defaults.yaml"), "-o", str(out)]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 0
    assert "offline composer" in err and "5 passed, 0 with errors, 0 failed" in err
    recs = records(out)
    assert [r["id"] for r in recs] == ["chen", "okafor", "lee", "petrova", "haddad"]
    chen = recs[0]
    assert chen["status"] == "passed" and chen["error"] is None and chen["backend"] == "compose"
    assert chen["body"].startswith("Dear Dr. Chen,") and "Sam Patel" in chen["body"]
    # The defaults were merged under the row: the sender comes from defaults.yaml.
    assert chen["request"]["sender"]["name"] == "Ana Ruiz"
    assert chen["request"]["recipient"]["organization"] == "Brightwell Health"
    assert set(chen) >= {"id", "request", "subject", "body", "report", "usage", "attempts", "backend", "error"}


def test_existing_output_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letters.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    code = main(["batch", str(EXAMPLES / "contacts.csv"), "--defaults", str(EXAMPLES / "defaults.yaml"),
                 "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert "already exists" in err and "--resume" in err
    assert len([line for line in err.splitlines() if "error" in line]) == 1


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["batch", "missing.csv", "-o", "o.jsonl"], "no such file"),
        (["batch", "examples/defaults.yaml", "-o", "o.jsonl"], ".csv or .jsonl"),
        (["batch", "examples/contacts.csv", "-o", "o.jsonl", "--concurrency", "0"], "concurrency"),
        (["batch", "examples/contacts.csv", "-o", "o.jsonl", "--rpm", "-5"], "rpm"),
        (["batch", "examples/contacts.csv", "extra.csv", "-o", "o.jsonl"], "unexpected argument"),
        (["batch", "examples/contacts.csv", "--defaults", "examples/contacts.csv", "-o", "o.jsonl"], "defaults"),
    ],
)
def test_bad_arguments_exit_2(
    argv: list[str], needle: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    argv = [a if a != "o.jsonl" else str(tmp_path / "o.jsonl") for a in argv]
    assert main(argv) == 2
    assert needle in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_unknown_field_in_defaults_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    defaults = tmp_path / "d.yaml"
    defaults.write_text("kind: informational\nsender:\n  nmae: Ana\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(EXAMPLES / "contacts.csv"), "--defaults", str(defaults), "-o", str(out)]) == 2
    assert "sender.nmae: unknown field" in capsys.readouterr().err


# -- bad rows never stop the batch --------------------------------------------------------------


def test_bad_rows_are_recorded_and_the_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts = tmp_path / "contacts.csv"
    with contacts.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "recipient.name", "recipient.nmae", "words.min", "kind", "meeting.topics"])
        w.writerow(["good", "Maria Chen", "", "", "", ""])
        w.writerow(["noname", "", "", "", "", ""])
        w.writerow(["typo", "Grace Lee", "Grace", "", "", ""])
        w.writerow(["badint", "Omar Haddad", "", "many", "", ""])
        w.writerow(["good", "David Okafor", "", "", "", ""])
        w.writerow(["", "Elena Petrova", "", "", "", ""])
        w.writerow(["thanks", "Sam Patel", "", "", "thank_you", "the move into research; portfolio reviews"])
    out = tmp_path / "out.jsonl"
    summary = run_batch(contacts, out, defaults=DEFAULTS)
    by_id = {(r["id"], r["row"]): r for r in records(out)}
    assert summary.total == 7 and summary.failed == 4 and summary.exit_code == 1
    assert by_id[("good", 1)]["status"] == "passed"
    assert by_id[("noname", 2)]["error"] == "row noname: recipient: required field is missing"
    assert "row typo: recipient.nmae: unknown field; did you mean 'name'?" in by_id[("typo", 3)]["error"]
    assert by_id[("badint", 4)]["error"] == "row badint: words.min: must be a whole number, got 'many'"
    dup = by_id[("good", 5)]
    assert dup["status"] == "failed" and dup["error_type"] == "duplicate" and "first used on row 1" in dup["error"]
    assert by_id[("6", 6)]["status"] == "passed"  # no id: the row number stands in
    thanks = by_id[("thanks", 7)]
    assert thanks["request"]["meeting"]["topics"] == ["the move into research", "portfolio reviews"]
    assert thanks["status"] == "passed"


def test_cli_warns_once_about_an_unknown_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,recipient.name,recipient.nmae\na,Maria Chen,\n", encoding="utf-8")
    defaults = write_jsonl(tmp_path / "d.json", [DEFAULTS])
    defaults.write_text(json.dumps(DEFAULTS), encoding="utf-8")
    code = main(["batch", str(contacts), "--defaults", str(defaults), "-o", str(tmp_path / "o.jsonl"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0  # the unknown column is empty in every row, so no row fails
    assert "recipient.nmae" in err and "warning" in err


def test_jsonl_rows(tmp_path: Path) -> None:
    contacts = tmp_path / "c.jsonl"
    contacts.write_text(
        json.dumps({"id": "a", "recipient": {"name": "Maria Chen"}}) + "\n"
        "\n"
        "{not json\n"
        "[1, 2]\n"
        + json.dumps({"recipient": {"name": "Grace Lee"}, "tone": "warm"}) + "\n"
        + json.dumps({"id": True, "recipient": {"name": "X"}}) + "\n"
        + json.dumps({"id": 7, "recipient": {"name": "Omar Haddad"}, "sender": {"phone": 12}}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    run_batch(contacts, out, defaults=DEFAULTS)
    recs = {r["id"]: r for r in records(out)}
    assert recs["a"]["status"] == "passed"
    assert recs["3"]["error"].startswith("line 3: invalid JSON")
    assert recs["4"]["error"] == "line 4: must be a JSON object of request fields, got list"
    assert recs["5"]["status"] == "passed" and recs["5"]["request"]["tone"] == "warm"
    assert recs["6"]["error"] == "line 6: id: must be text or a whole number"
    assert recs["7"]["error"] == "row 7: sender.phone: must be text, got int"
    # Deep merge: the row's sender.phone did not drop the default sender.name.
    assert recs["7"]["request"]["sender"]["name"] == "Ana Ruiz"


def test_deep_merge_copies_and_replaces_lists() -> None:
    base = {"sender": {"name": "A", "goal": "g"}, "meeting": {"topics": ["x"]}}
    merged = deep_merge(base, {"sender": {"name": "B"}, "meeting": {"topics": ["y", "z"]}})
    assert merged == {"sender": {"name": "B", "goal": "g"}, "meeting": {"topics": ["y", "z"]}}
    merged["sender"]["goal"] = "changed"
    assert base["sender"]["goal"] == "g"


# -- crash, interrupt and resume ----------------------------------------------------------------


def test_kill_and_resume_gives_every_id_exactly_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(12))
    defaults = tmp_path / "d.json"
    defaults.write_text(json.dumps(DEFAULTS), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(contacts), "--defaults", str(defaults), "-o", str(out), "--quiet"]) == 0
    # A hard kill: five whole records and half of the sixth reached the disk.
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])
    assert main(["batch", str(contacts), "--defaults", str(defaults), "-o", str(out), "--resume"]) == 0
    err = capsys.readouterr().err
    assert "torn" in err and "5 already done" in err and "7 row(s): 7 passed" in err
    ids = [r["id"] for r in records(out)]  # every line parses: the torn one is gone
    assert sorted(ids) == sorted(f"p{i}" for i in range(12)) and len(ids) == 12


def test_resume_with_nothing_left_drafts_nothing(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(3))
    out = tmp_path / "o.jsonl"
    run_batch(contacts, out, defaults=DEFAULTS)
    stub = Stub()
    summary = run_batch(contacts, out, defaults=DEFAULTS, drafter=stub, resume=True)
    assert stub.calls == [] and summary.skipped == 3 and summary.total == 0 and len(records(out)) == 3


def test_resume_refuses_a_file_that_is_not_a_batch_output(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(2))
    out = tmp_path / "o.jsonl"
    out.write_text("this is my diary\n", encoding="utf-8")
    with pytest.raises(RequestError, match="line 1 is not a batch record"):
        run_batch(contacts, out, defaults=DEFAULTS, resume=True)
    assert out.read_text(encoding="utf-8") == "this is my diary\n"


def test_ctrl_c_keeps_finished_letters_and_resume_finishes(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(10))
    out = tmp_path / "o.jsonl"

    class Interrupted(Stub):
        async def adraft(self, request: LetterRequest) -> Draft:
            if request.recipient.name == "Maria Chen6":
                raise KeyboardInterrupt
            return await super().adraft(request)

    with pytest.raises(KeyboardInterrupt):
        run_batch(contacts, out, defaults=DEFAULTS, drafter=Interrupted(), concurrency=1)
    done = records(out)  # whole lines only
    assert [r["id"] for r in done] == [f"p{i}" for i in range(6)]
    run_batch(contacts, out, defaults=DEFAULTS, resume=True)
    assert sorted(r["id"] for r in records(out)) == sorted(f"p{i}" for i in range(10))


# -- model failures -----------------------------------------------------------------------------


def test_model_failure_is_recorded_and_redrafted_on_resume(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(5))
    out = tmp_path / "o.jsonl"
    summary = run_batch(contacts, out, defaults=DEFAULTS, drafter=Stub(fail={"Maria Chen2"}))
    recs = {r["id"]: r for r in records(out)}
    assert summary.passed == 4 and summary.failed == 1 and summary.exit_code == 1
    assert recs["p2"]["error_type"] == "model" and "row p2: model call failed" in recs["p2"]["error"]
    assert "HTTP 503" in recs["p2"]["error"]
    stub = Stub()
    summary = run_batch(contacts, out, defaults=DEFAULTS, drafter=stub, resume=True)
    assert stub.calls == ["Maria Chen2"] and summary.passed == 1 and summary.exit_code == 0
    final = records(out)
    assert sorted(r["id"] for r in final) == [f"p{i}" for i in range(5)]
    assert all(r["status"] == "passed" for r in final)


def test_a_dead_model_stops_the_batch_early(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(40))
    out = tmp_path / "o.jsonl"
    dead = Stub(always_fail=True)
    summary = run_batch(contacts, out, defaults=DEFAULTS, drafter=dead, concurrency=2, max_consecutive_failures=5)
    assert summary.stopped is not None and "5 model calls failed in a row" in summary.stopped
    assert len(dead.calls) < 12 and summary.exit_code == 1
    run_batch(contacts, out, defaults=DEFAULTS, resume=True)  # fixed: resume drafts everything once
    final = records(out)
    assert sorted(r["id"] for r in final) == sorted(f"p{i}" for i in range(40))
    assert all(r["status"] == "passed" for r in final)


def test_real_drafter_through_a_fake_server(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(6))
    out = tmp_path / "o.jsonl"
    request = LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen"}}))
    letter = compose(request).text
    server = FakeServer(completion(letter, prompt_tokens=400, completion_tokens=160))

    class Everything:
        def check(self, text: str, request: LetterRequest | None = None, *, kind: str | None = None) -> Report:
            return Report(text=text, rules=("length",), stats={"words": len(text.split())})

    from netdraft.drafter import Drafter

    drafter = Drafter("m", async_client=server.async_client(), checker=Everything())
    summary = run_batch(contacts, out, defaults=DEFAULTS, drafter=drafter, concurrency=3)
    recs = records(out)
    assert summary.passed == 6 and len(server.requests) == 6
    assert summary.usage.prompt_tokens == 6 * 400 and summary.usage.completion_tokens == 6 * 160
    assert all(r["backend"] == "openai" and r["attempts"][0]["usage"]["prompt_tokens"] == 400 for r in recs)
    assert recs[0]["subject"] and recs[0]["body"].startswith("Dear")


def test_checks_in_a_worker_process_give_the_same_records(tmp_path: Path) -> None:
    # The rules run in another process; the records, findings included, are what the event loop gives.
    from netdraft.drafter import Drafter

    contacts = write_jsonl(tmp_path / "c.jsonl", people(4))
    request = LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen"}}))
    letter = compose(request).text.replace("Best regards", "Reply by Friday.\n\nBest regards")
    outs = []
    for pool in (None, batch.check_pool(1)):
        out = tmp_path / f"o-{pool is None}.jsonl"
        server = FakeServer(completion(letter))
        drafter = Drafter("m", async_client=server.async_client(), max_attempts=1, check_executor=pool)
        try:
            run_batch(contacts, out, defaults=DEFAULTS, drafter=drafter, concurrency=2)
        finally:
            if pool is not None:
                pool.shutdown()
        outs.append({r["id"]: r["report"] for r in records(out)})
    assert outs[0] == outs[1]
    assert {f["rule"] for f in outs[0]["p1"]["findings"]} >= {"politeness", "salutation"}


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_cli_check_workers_must_be_auto_or_a_count(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(EXAMPLES / "contacts.csv"), "-o", str(tmp_path / "o.jsonl"), "--check-workers", value])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "--check-workers" in err and "'auto'" in err and "Traceback" not in err
    assert not (tmp_path / "o.jsonl").exists()


def test_offline_batch_notes_that_check_workers_apply_to_model_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "offline.jsonl"
    code = main(["batch", str(EXAMPLES / "contacts.csv"), "--defaults", str(EXAMPLES / "defaults.yaml"),
                 "-o", str(out), "--offline", "--quiet", "--check-workers", "1"])
    assert code == 0 and "--check-workers applies to model drafts" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_concurrency_bounds_the_model_calls_in_flight(tmp_path: Path) -> None:
    # ``concurrency`` is the number of model calls in flight. Letters that came back are checked
    # while the other calls go on, so the calls stay busy, and never more than ``concurrency`` run.
    import httpx2
    import openai

    from netdraft.drafter import Drafter

    contacts = write_jsonl(tmp_path / "c.jsonl", people(24))
    letter = compose(LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen"}}))).text
    busy = [0]
    seen: list[int] = []

    async def answer(request: Any) -> Any:
        busy[0] += 1
        seen.append(busy[0])
        await asyncio.sleep(0.02)
        busy[0] -= 1
        return completion(letter)

    client = openai.AsyncOpenAI(
        api_key="sk-test-fake", base_url="http://fake.test/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer)),
    )
    summary = run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, drafter=Drafter("m", async_client=client),
                        concurrency=3)
    assert summary.passed + summary.with_errors == 24
    assert max(seen) == 3


# -- flat memory, pacing, progress --------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "cpus", "expected"),
    [(batch.AUTO_CHECK_ROWS, 2, 1), (batch.AUTO_CHECK_ROWS - 1, 2, 0), (5000, 1, 0), (batch.AUTO_CHECK_ROWS, 16, 1)],
)
def test_auto_starts_one_check_worker_for_a_long_batch_with_a_spare_core(
    rows: int, cpus: int, expected: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_usable_cpus", lambda: cpus)
    assert batch.auto_check_workers(write_jsonl(tmp_path / "c.jsonl", people(rows))) == expected


def test_auto_check_workers_reads_only_the_rows_it_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_usable_cpus", lambda: 2)
    contacts = write_jsonl(tmp_path / "c.jsonl", people(500))
    with contacts.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n" * 3)  # rows past the first hundred are never read
    assert batch.auto_check_workers(contacts) == 1
    assert batch.auto_check_workers(tmp_path / "missing.csv") == 0  # the batch reports the file itself


@pytest.mark.parametrize(("rows", "flag", "workers"), [(150, [], 1), (5, [], 0), (150, ["--check-workers", "0"], 0),
                                                       (5, ["--check-workers", "2"], 2)])
def test_cli_batch_with_a_model_checks_in_a_worker_by_default_when_long(
    rows: int, flag: list[str], workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_usable_cpus", lambda: 2)
    started: list[int] = []
    shut: list[bool] = []

    class Pool:
        def shutdown(self, cancel_futures: bool = False) -> None:
            shut.append(True)

    def fake_pool(n: int) -> Any:
        started.append(n)
        return Pool()

    seen: dict[str, Any] = {}

    def fake_run(*args: Any, drafter: Any, **kwargs: Any) -> batch.BatchSummary:
        seen["executor"] = drafter.check_executor
        return batch.BatchSummary(out=tmp_path / "o.jsonl")

    monkeypatch.setattr(batch, "check_pool", fake_pool)
    monkeypatch.setattr(batch, "run_batch", fake_run)
    contacts = write_jsonl(tmp_path / "c.jsonl", people(rows))
    code = main(["batch", str(contacts), "-o", str(tmp_path / "o.jsonl"), "--base-url", "http://fake.test/v1",
                 "--quiet", *flag])
    assert code == 0
    assert started == ([workers] if workers else [])
    assert (seen["executor"] is not None) == bool(workers)
    assert shut == ([True] if workers else [])  # the workers are shut down when the batch ends


def test_rows_in_flight_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", people(300))
    read = [0]
    real = batch.iter_contacts

    def counting(path: Any) -> Iterator[batch.Row]:
        for row in real(path):
            read[0] += 1
            yield row

    monkeypatch.setattr(batch, "iter_contacts", counting)
    ahead: list[int] = []

    class Watch(Stub):
        async def adraft(self, request: LetterRequest) -> Draft:
            ahead.append(read[0] - len(self.calls))  # rows read but not yet started
            return await super().adraft(request)

    run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, drafter=Watch(), concurrency=4)
    assert len(ahead) == 300 and max(ahead) <= 3 * 4 + 1


def test_memory_per_row_is_tiny(tmp_path: Path) -> None:
    fixed = compose(LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen"}})))

    class Instant:
        async def adraft(self, request: LetterRequest) -> Draft:
            return fixed

    peaks = []
    for n in (300, 3000):
        contacts = write_jsonl(tmp_path / f"c{n}.jsonl", people(n))
        tracemalloc.start()
        run_batch(contacts, tmp_path / f"o{n}.jsonl", defaults=DEFAULTS, drafter=Instant(), concurrency=8)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    # Only ids are kept per row; a row held in memory would cost well over a kilobyte.
    assert (peaks[1] - peaks[0]) / 2700 < 300


def test_rate_limiter_paces_requests_and_tokens() -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def run(limiter: RateLimiter, n: int, tokens: float) -> float:
        for _ in range(n):
            await limiter.acquire(tokens)
        return now[0]

    # 120 per minute = 2 per second, a burst of 2: ten calls need four seconds.
    assert asyncio.run(run(RateLimiter(rpm=120, clock=lambda: now[0], sleep=sleep), 10, 0)) == pytest.approx(4.0)
    now[0] = 0.0
    # 6,000 tokens per minute = 100 per second: four 500-token calls need 15 seconds.
    assert asyncio.run(run(RateLimiter(tpm=6000, clock=lambda: now[0], sleep=sleep), 4, 500)) == pytest.approx(15.0)


def test_batch_waits_for_the_rate_limit(tmp_path: Path) -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds
        await asyncio.sleep(0)

    contacts = write_jsonl(tmp_path / "c.jsonl", people(7))
    limiter = RateLimiter(rpm=60, clock=lambda: now[0], sleep=sleep)
    summary = run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, drafter=Stub(), concurrency=4,
                        limiter=limiter)
    assert summary.passed == 7 and limiter.waited == pytest.approx(6.0)


def test_progress_without_tqdm_prints_plain_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)  # import fails as if tqdm were missing
    contacts = write_jsonl(tmp_path / "c.jsonl", people(4))
    run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, progress=True)
    err = capsys.readouterr().err
    assert "netdraft: 4/4 rows: 4 passed, 0 with errors, 0 failed" in err


def test_log_lines_print_above_the_progress_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    import logging

    class Warns(Stub):
        async def adraft(self, request: LetterRequest) -> Draft:
            logging.getLogger("netdraft.client").warning("retry 1 of 3 for %s", request.recipient.name)
            return await super().adraft(request)

    root = logging.getLogger()
    before = list(root.handlers)
    contacts = write_jsonl(tmp_path / "c.jsonl", people(3))
    run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, drafter=Warns(), progress=True, concurrency=1)
    lines = capsys.readouterr().err.replace("\r", "\n").splitlines()
    # Each warning is a whole line of its own, not glued to the bar.
    assert [line for line in lines if "retry 1 of 3" in line] == [f"retry 1 of 3 for Maria Chen{i}" for i in range(3)]
    assert root.handlers == before  # the logging setup is given back


def test_quiet_prints_nothing_on_success(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(EXAMPLES / "contacts.csv"), "--defaults", str(EXAMPLES / "defaults.yaml"),
                 "-o", str(out), "--quiet", "--offline"]) == 0
    assert capsys.readouterr().err == ""


def test_contacts_header_problems_are_file_errors(tmp_path: Path) -> None:
    dup = tmp_path / "dup.csv"
    dup.write_text("id,recipient.name,recipient.name\n", encoding="utf-8")
    with pytest.raises(RequestError, match="appears twice"):
        list(iter_contacts(dup))
    clash = tmp_path / "clash.csv"
    clash.write_text("recipient,recipient.name\nx,y\n", encoding="utf-8")
    with pytest.raises(RequestError, match="conflicts"):
        list(iter_contacts(clash))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,recipient.name\na,Jos\xe9\n".encode("latin-1"))
    with pytest.raises(RequestError, match="not UTF-8"):
        list(iter_contacts(latin))


def test_tpm_counts_the_prompt_and_the_output_cap(tmp_path: Path) -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds
        await asyncio.sleep(0)

    contacts = write_jsonl(tmp_path / "c.jsonl", people(5))
    limiter = RateLimiter(tpm=60_000, clock=lambda: now[0], sleep=sleep)  # 1,000 tokens a second
    run_batch(contacts, tmp_path / "o.jsonl", defaults=DEFAULTS, drafter=Stub(), limiter=limiter)
    request = LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen0"}}))
    estimate = batch.estimate_tokens(request, Stub())
    assert estimate > 800  # the prompt plus the 800-token output cap
    # Five calls of about `estimate` tokens at 1,000 a second: the last four wait for their tokens.
    assert limiter.waited == pytest.approx(4 * estimate / 1000, rel=0.05)


def test_check_pool_workers_survive_ctrl_c_and_still_check() -> None:
    # Ctrl-C reaches the whole process group; the batch handles it, the workers must not die of it.
    import os
    import signal
    import time

    from netdraft.drafter import _run_check
    from netdraft.rules import Checker

    with pytest.raises(ConfigError, match="at least 1"):
        batch.check_pool(0)
    pool = batch.check_pool(1)
    try:
        pid = pool.submit(os.getpid).result(timeout=60)
        os.kill(pid, signal.SIGINT)
        time.sleep(0.3)
        request = LetterRequest.model_validate(deep_merge(DEFAULTS, {"recipient": {"name": "Maria Chen"}}))
        report = pool.submit(_run_check, Checker(), compose(request).text, request).result(timeout=60)
        assert report.ok and pool.submit(os.getpid).result(timeout=60) == pid
    finally:
        pool.shutdown()

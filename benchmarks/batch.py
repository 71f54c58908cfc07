"""Scale figure for ``netdraft batch``: 1,000 letters at concurrency 32 against a 200 ms server.

A local OpenAI-compatible server (asyncio, stdlib only, in a subprocess so that it does not compete
with the batch for the GIL) listens on 127.0.0.1 and answers every chat completion after 200 ms
with a good letter for the recipient named in the prompt (the offline composer's letter). The
batch runs through the real path: contacts file -> ``run_batch`` -> ``Drafter.adraft`` -> the
openai SDK -> HTTP -> clean -> every rule -> one JSONL record per row.

Ideal wall time: 1000 x 0.2 s / 32 = 6.25 s. Target: within 1.15 x of it. The batch's own CPU work
(prompt rendering, the SDK, cleaning, all the rules) runs on one event loop; when it is more than
200 ms / 32 = 6.25 ms per letter the loop, not the server, sets the pace, so the CPU time per
letter is printed too.

Second run: the server answers 429 (``retry-after-ms: 20``) to 20% of calls, chosen at random. Every
row must still finish, and none twice: the ids in the output and the 200s the server sent are
counted.

Two last runs print, for scale, the clean-server batch with no rules run (the rules' share of the
gap) and the same number of bare calls through netdraft's client alone (no rendering, cleaning or
rules): the part of the gap that the SDK and its transport take.

    python benchmarks/batch.py                 # 1,000 rows, concurrency 32, then the 429 run
    python benchmarks/batch.py -n 200 -c 16    # smaller
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DELAY = 0.2
_KEEP: list[Any] = []


# -- the server (runs in a subprocess) ----------------------------------------------------------


def _letters() -> dict[str, str]:
    """A good letter per example contact, keyed by the recipient's name."""
    import csv

    from netdraft.batch import deep_merge, load_defaults
    from netdraft.compose import compose
    from netdraft.models import LetterRequest

    shared = load_defaults(ROOT / "examples" / "defaults.yaml")
    out = {}
    with (ROOT / "examples" / "contacts.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            data: dict[str, Any] = {}
            for column, value in row.items():
                if column == "id" or not value:
                    continue
                head, _, tail = column.partition(".")
                if tail:
                    data.setdefault(head, {})[tail] = value
                else:
                    data[head] = value
            request = LetterRequest.model_validate(deep_merge(shared, data))
            out[request.recipient.name] = compose(request).text
    return out


def serve(fail_rate: float, seed: int) -> None:
    """Answer chat completions after DELAY seconds; print the port, then serve until stdin closes."""
    letters = _letters()
    rng = random.Random(seed)
    stats: Counter[str] = Counter()

    def body(content: str) -> bytes:
        return json.dumps(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": 1,
                "model": "bench",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 600, "completion_tokens": 180, "total_tokens": 780},
            }
        ).encode()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:  # keep-alive: many requests per connection
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *lines = head.decode("latin-1").split("\r\n")
                headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)}
                payload = await reader.readexactly(int(headers.get("content-length", "0")))
                if request_line.startswith("GET /stats"):
                    data, status, extra = json.dumps(stats).encode(), "200 OK", ""
                elif rng.random() < fail_rate:
                    stats["429"] += 1
                    data = b'{"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit"}}'
                    status, extra = "429 Too Many Requests", "retry-after-ms: 20\r\n"
                else:
                    await asyncio.sleep(DELAY)
                    user = json.loads(payload)["messages"][-1]["content"]
                    content = next((text for name, text in letters.items() if name in user), "")
                    stats["200"] += 1
                    data, status, extra = body(content), "200 OK", ""
                writer.write(
                    f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(data)}\r\n"
                    f"{extra}\r\n".encode() + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # the client hung up, or we are shutting down
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        print(server.sockets[0].getsockname()[1], flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)  # the parent closes stdin to stop us
        server.close()

    asyncio.run(main())


# -- the client ---------------------------------------------------------------------------------


class Server:
    """The benchmark server in a subprocess, on a free loopback port."""

    def __init__(self, fail_rate: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", "--fail-rate", str(fail_rate)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/v1"

    def stats(self) -> dict[str, int]:
        import urllib.request

        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats", timeout=5) as response:
            data: dict[str, int] = json.loads(response.read())
            return data

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def contacts(path: Path, n: int) -> None:
    """n rows: the five example contacts cycled, each with its own id."""
    import csv

    with (ROOT / "examples" / "contacts.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for i in range(n):
            row = list(body[i % len(body)])
            row[0] = f"{row[0]}-{i}"
            writer.writerow(row)


def run(
    n: int, concurrency: int, fail_rate: float, folder: Path, *, rules: bool = True, check_workers: int | str = 0
) -> dict[str, Any]:
    import os

    from netdraft.batch import auto_check_workers, check_pool, run_batch
    from netdraft.client import RetryPolicy
    from netdraft.drafter import Drafter
    from netdraft.rules import Checker

    server = Server(fail_rate)
    try:
        source = folder / f"contacts-{fail_rate}-{rules}-{check_workers}.csv"
        out = folder / f"letters-{fail_rate}-{rules}-{check_workers}.jsonl"
        contacts(source, n)
        # "auto" is what `netdraft batch` does by default: the same function decides.
        workers = auto_check_workers(source) if check_workers == "auto" else int(check_workers)
        # One attempt per letter (the server's letters pass); a transport budget deep enough that
        # four 429s in a row (0.2^4 per row) cannot sink a row.
        # ``rules=False``: no rule runs (the letter statistics still do), to show the rules' share of the gap.
        checker = Checker() if rules else Checker(rules={})
        import openai  # noqa: F401  -- a one-time start-up cost (about a second), measured apart in main()
        cpu = os.times()
        started = time.perf_counter()  # the worker processes' start is part of the batch's time
        pool = check_pool(workers) if workers else None
        drafter = Drafter(
            "bench", base_url=server.url, max_attempts=1, retry=RetryPolicy(max_attempts=10), checker=checker,
            check_executor=pool,
        )
        # Kept alive to the end: a Drafter's own AsyncOpenAI client collected after its event loop
        # closed tries to close its connections on that dead loop and logs a noisy traceback.
        _KEEP.append(drafter)
        try:
            summary = run_batch(
                source, out, defaults=ROOT / "examples" / "defaults.yaml", drafter=drafter, concurrency=concurrency
            )
        finally:
            if pool is not None:
                pool.shutdown()
        wall = time.perf_counter() - started
        cpu_used = (os.times().user - cpu.user) + (os.times().system - cpu.system)
        ids = Counter(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines())
        served = server.stats()
    finally:
        server.stop()
    return {
        "workers": workers,
        "wall": wall,
        "cpu_per_letter_ms": cpu_used / n * 1000,
        "passed": summary.passed,
        "failed": summary.failed + summary.with_errors,
        "records": sum(ids.values()),
        "distinct_ids": len(ids),
        "repeated_ids": sum(1 for c in ids.values() if c > 1),
        "served_200": served.get("200", 0),
        "served_429": served.get("429", 0),
    }


def transport_only(n: int, concurrency: int) -> float:
    """Wall time of n bare model calls at this concurrency through netdraft's client (the openai SDK
    and its transport, no prompt rendering, cleaning or rules): the floor the batch stands on."""
    from netdraft.client import ChatClient

    server = Server(0.0)
    # A prompt of the batch's size, naming a contact so that the server answers with a real letter.
    messages = [{"role": "system", "content": "x" * 1500}, {"role": "user", "content": "Maria Chen " + "x" * 2500}]
    client = ChatClient("bench", base_url=server.url, api_key="bench")

    async def calls() -> float:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await client.acomplete(messages)

        async with client.concurrent():
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(n)))
            return time.perf_counter() - started

    try:
        return asyncio.run(calls())
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="rows (default 1000)")
    parser.add_argument("-c", "--concurrency", type=int, default=32)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fail-rate", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.fail_rate, seed=7)
        return 0
    # Each 429 retry is logged as a warning by netdraft.client; 200 of them would bury the figures.
    logging.getLogger("netdraft.client").setLevel(logging.ERROR)
    ideal = args.n * DELAY / args.concurrency
    started = time.perf_counter()
    import openai  # noqa: F401

    print(f"import openai (once per process, not in the figures below): {time.perf_counter() - started:.2f} s")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for fail_rate, workers in ((0.0, "auto"), (0.0, 0), (0.2, "auto"), (0.2, 0)):
            r = run(args.n, args.concurrency, fail_rate, Path(tmp), check_workers=workers)
            label = "clean server" if not fail_rate else f"{fail_rate:.0%} of calls answered 429"
            if workers == "auto":
                how = f"the default (--check-workers auto: {r['workers']} check worker(s) here)"
            else:
                how = "checks on the event loop (--check-workers 0)"
            print(f"{label}, {how}: {args.n} rows at concurrency {args.concurrency}")
            print(f"  wall {r['wall']:.2f} s, ideal {ideal:.2f} s, ratio {r['wall'] / ideal:.2f} (target <= 1.15)")
            print(f"  batch CPU per letter {r['cpu_per_letter_ms']:.2f} ms in the event loop's process (it keeps up "
                  f"while under {DELAY / args.concurrency * 1000:.2f} ms)")
            print(f"  passed {r['passed']}, not passed {r['failed']}; records {r['records']}, distinct ids "
                  f"{r['distinct_ids']}, ids written twice {r['repeated_ids']}")
            print(f"  server: {r['served_200']} letters sent, {r['served_429']} 429s")
            complete = r["distinct_ids"] == args.n == r["records"] == r["passed"] and r["repeated_ids"] == 0
            once = r["served_200"] == args.n
            print(f"  every row finished once: {'yes' if complete and once else 'NO'}")
            ok = ok and complete and once
        bare = run(args.n, args.concurrency, 0.0, Path(tmp), rules=False)
        print(f"for scale: the clean-server batch with no rules run (the letter statistics still are): wall "
              f"{bare['wall']:.2f} s, ratio {bare['wall'] / ideal:.2f}, CPU per letter "
              f"{bare['cpu_per_letter_ms']:.2f} ms")
    floor = transport_only(args.n, args.concurrency)
    print(f"for scale: {args.n} bare calls through the same client (the SDK and its transport only): wall "
          f"{floor:.2f} s, ratio {floor / ideal:.2f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory of the batch process (max RSS): {peak_mb:.0f} MiB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""netdraft's own overhead per draft, against bare SDK calls to an instant local server.

A stdlib HTTP server on 127.0.0.1 (in a subprocess, so that its work is not counted against either
side) answers every chat completion at once with the same good letter. We make N bare ``openai``
SDK calls (``chat.completions.create``, the usual way to call it), N calls through netdraft's
client alone, and N drafts (render prompts, call, clean, check all rules, build the Draft), all
with the same messages, interleaved in blocks so that drift in the machine's load hits each alike.

The target (under 2 ms per draft) is the issue's comparison:

- **overhead against a bare SDK call**: a draft minus a bare ``create`` call with the same messages:
  what a user pays for netdraft over calling the SDK themselves. netdraft's own client skips the
  SDK's typed layer (about 3 ms here), which pays for part of its rendering and rules.

Printed with it, to show where the time goes:

- **netdraft's own work in place**: a draft minus netdraft's own client call: rendering, cleaning,
  the rules and the bookkeeping, measured between HTTP calls. On a small machine the same code runs
  slower there than in a tight loop (each call evicts the other from the CPU caches), so the parts
  are also timed in a tight loop.

    python benchmarks/overhead.py            # 200 of each
    python benchmarks/overhead.py -n 500
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LETTER = """Subject: Advice on moving into UX research

Dear Dr. Chen,

Sam Patel, my former colleague at Lincoln High School, suggested I write to you. I have taught \
high-school science for eight years and recently finished a certificate in user research. I hope \
to move into UX research at a health-technology company.

I would like to learn how you moved from teaching into UX research and which skills mattered most. \
Would you have time for a 20-minute phone call in the next few weeks? I will call your office next \
Tuesday to find a time that suits you.

Thank you very much for your time and consideration.

Best regards,
Ana Ruiz"""

BODY = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1,
        "model": "bench",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": LETTER}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 600, "completion_tokens": 150, "total_tokens": 750},
    }
).encode()


class Instant(BaseHTTPRequestHandler):
    """Answers every POST with the fixed letter; keeps connections alive like a real server."""

    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in one segment and without Nagle's delay, so the client's
        # delayed ACK does not add 40 ms of noise to every call.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        self._headers_buffer.append(b"\r\n" + BODY)  # type: ignore[attr-defined]
        self.flush_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve() -> None:
    """Run the instant server until standard input closes; print its port first."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Instant)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="drafts and bare calls to make (default 200)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    n = args.n

    import openai

    from netdraft import load_request
    from netdraft.drafter import Drafter
    from netdraft.prompts import render_messages

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None and server.stdin is not None
    base_url = f"http://127.0.0.1:{int(server.stdout.readline())}/v1"
    request = load_request(ROOT / "examples" / "informational.yaml")
    messages = render_messages(request)

    bare = openai.OpenAI(api_key="bench", base_url=base_url, max_retries=0)
    drafter = Drafter("bench", base_url=base_url, api_key="bench", max_attempts=1)

    def bare_call() -> None:
        bare.chat.completions.create(model="bench", messages=messages, temperature=0.3, max_tokens=800)  # type: ignore[arg-type]

    from netdraft.client import ChatClient

    chat = ChatClient("bench", base_url=base_url, api_key="bench", temperature=0.3, max_tokens=800)

    def client_call() -> None:
        chat.complete(messages)

    def draft_call() -> None:
        result = drafter.draft(request)
        assert len(result.attempts) == 1

    from netdraft.report import Report

    class NoRules:
        """A checker that checks nothing: isolates the loop's own cost from the rules'."""

        def check(self, text: str, request: object = None, *, kind: object = None) -> Report:
            return Report(text=text)

    bare_loop = Drafter("bench", base_url=base_url, api_key="bench", max_attempts=1, checker=NoRules())

    def loop_call() -> None:
        bare_loop.draft(request)

    for _ in range(20):  # warm up: imports, connection pools, template cache
        bare_call()
        client_call()
        draft_call()
        loop_call()

    def timed(fn: object, rounds: int) -> list[float]:
        out = []
        for _ in range(rounds):
            start = time.perf_counter()
            fn()  # type: ignore[operator]
            out.append(time.perf_counter() - start)
        return out

    # Interleave in blocks so drift in the machine's load hits both sides alike.
    bare_times: list[float] = []
    client_times: list[float] = []
    draft_times: list[float] = []
    loop_times: list[float] = []
    block = max(1, n // 10)
    while len(bare_times) < n:
        k = min(block, n - len(bare_times))
        bare_times += timed(bare_call, k)
        client_times += timed(client_call, k)
        draft_times += timed(draft_call, k)
        loop_times += timed(loop_call, k)
    result = drafter.draft(request)
    server.stdin.close()
    server.wait(timeout=10)

    # Where netdraft's time goes, measured without HTTP.
    from netdraft.clean import clean
    from netdraft.results import join_letter

    cleaned = clean(LETTER)
    text = join_letter(cleaned.subject, cleaned.body)
    render_ms = statistics.median(timed(lambda: render_messages(request), n)) * 1000
    clean_ms = statistics.median(timed(lambda: clean(LETTER), n)) * 1000
    check_ms = statistics.median(timed(lambda: drafter.checker.check(text, request), n)) * 1000

    bare_ms = statistics.median(bare_times) * 1000
    client_ms = statistics.median(client_times) * 1000
    draft_ms = statistics.median(draft_times) * 1000
    loop_ms = statistics.median(loop_times) * 1000
    print(f"letter passes every rule: {result.ok} ({len(result.report.findings)} findings)")
    print(f"bare SDK call (create)  : {bare_ms:7.3f} ms median over {n}")
    print(f"netdraft client call    : {client_ms:7.3f} ms median (retry layer, own JSON body and answer)")
    print(f"netdraft draft          : {draft_ms:7.3f} ms median over {n}")
    print(f"overhead vs a bare call : {draft_ms - bare_ms:7.3f} ms per draft (target < 2 ms)")
    print(f"netdraft's own work     : {draft_ms - client_ms:7.3f} ms per draft in place; its parts in a tight loop:")
    print(f"  render prompts {render_ms:.3f} ms, clean {clean_ms:.3f} ms, check all rules {check_ms:.3f} ms")
    print(f"netdraft draft, no rules: {loop_ms:7.3f} ms median; own work without rules {loop_ms - client_ms:.3f} ms")

if __name__ == "__main__":
    main()

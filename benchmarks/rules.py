"""Benchmark the rule set: time per letter, a 1 MB adversarial input, and CLI cold start.

Run from the repository root::

    python benchmarks/rules.py            # everything
    python benchmarks/rules.py --letters 300 --runs 5

It generates ``--letters`` varied letters (100 to 300 words, all five kinds, about a fifth of them
with a planted flaw; the longer ones also overrun their kind's length band) with their requests
from a seeded random, runs the full ``netdraft.check(letter, request)`` on each on one core and prints
the median and 95th percentile per letter, also in units of a reference loop (``sum(range(1000))``,
the same unit on any machine) so figures from machines of different speed can be compared; then proselint's time on
the same letters when proselint is installed; then the whole check on 1 MB adversarial inputs; then
the cold start of ``netdraft check`` (the installed script; ``python -m netdraft check`` where there is
none) against ``python -c "import pydantic"``. Like Python's ``.pyc`` files, the rules' compiled patterns
are written on the first run (see ``netdraft/rules/_lazy.py``): the benchmark runs each command once
before timing it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from netdraft import LetterRequest, check

FIRST = ["Maria", "James", "Aisha", "Wei", "Carlos", "Priya", "Tom", "Elena", "Kwame", "Sofia", "Liam", "Hana"]
LAST = ["Chen", "Okafor", "Garcia", "Novak", "Patel", "Kim", "Larsen", "Haddad", "Silva", "Moreau"]
ORGS = ["Acme Health", "Northwind Energy", "Blue River Labs", "City Transit Authority", "Harbor Bank"]
TITLES = ["Director of Research", "Senior Product Manager", "Head of Design", "Data Science Lead"]
FIELDS = ["UX research", "product management", "data science", "public policy", "clinical education"]
TOPICS = [
    "how the team hires junior analysts",
    "the certificate programme you recommended",
    "moving from teaching into research",
    "building a portfolio of case studies",
    "what a typical week looks like",
]
ACTIONS = ["I will send my portfolio", "you will introduce me to a colleague", "I will read the report you mentioned"]

OPEN = {
    "informational": [
        "{ref} suggested I write to you about your work in {field}.",
        "I read your article on {field} and it made me want to learn more about your path.",
        "I am exploring a move into {field} and your career stands out to me.",
    ],
    "introduction": [
        "{ref} suggested we connect, and I am glad to introduce myself.",
        "I am writing at the suggestion of {ref}, who speaks highly of your work at {org}.",
    ],
    "follow_up": [
        "Thank you again for speaking with me about {topic}.",
        "I wanted to follow up on our conversation about {topic}.",
    ],
    "thank_you": [
        "Thank you so much for taking the time to talk with me.",
        "I am grateful for the conversation we had about {topic}.",
    ],
    "keep_in_touch": [
        "I hope you are well; it has been a few months since we last spoke.",
        "I wanted to share a quick update since our last conversation.",
    ],
}
MIDDLE = [
    "I have spent several years teaching and recently finished a course in {field}.",
    "My background is in operations, and I enjoy turning messy questions into clear answers.",
    "I am especially curious about how people in {field} decide which problems to take on.",
    "Your advice about {topic} has stayed with me, and I have already started acting on it.",
    "I would love to hear which skills mattered most when you were starting out.",
    "I have been reading widely and talking with people across the field to understand it better.",
    "It was helpful to hear how your team at {org} approaches new projects.",
    "I know your time is valuable, so I will keep this brief.",
    "As we agreed, {action}, and I will let you know how it goes.",
    "I also appreciated your point about {topic}, which changed how I think about my next step.",
]
ASK = [
    "Would you be open to a 20-minute call sometime in the next two weeks?",
    "Could we find twenty minutes for a short call at a time that suits you?",
    "If you have a moment, I would be grateful for any advice you can share.",
]
CLOSE = [
    "Thank you for considering my request.",
    "Thank you again for your time and generosity.",
    "I appreciate your time and look forward to staying in touch.",
]
FLAWS = [
    "Send me your availability by Friday.",
    "Please reply ASAP!!",
    "I work at [Company] and would love to connect.",
    "Sure! Here is your letter:",
    "I'm sure you're too busy to help, but it would only take you five minutes.",
    "Feel free to adjust the tone as needed.",
]
SIGN = ["Best regards,", "Sincerely,", "Warm wishes,", "Kind regards,", "Thank you,"]


def make_case(rng: random.Random, kind: str) -> tuple[str, dict[str, Any]]:
    """One letter and its request, built from the pools."""
    sender = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    recipient = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    referrer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    field, org = rng.choice(FIELDS), rng.choice(ORGS)
    topics = rng.sample(TOPICS, 2)
    action = rng.choice(ACTIONS)
    request: dict[str, Any] = {
        "kind": kind,
        "tone": rng.choice(["formal", "warm"]),
        "sender": {"name": sender, "background": f"Teacher moving into {field}.", "goal": f"work in {field}"},
        "recipient": {"name": recipient, "organization": org, "title": rng.choice(TITLES)},
    }
    opener = rng.choice(OPEN[kind])
    if "{ref}" in opener:
        # A referrer only where the letter credits one: otherwise every letter would fail ``referral``.
        request["referrer"] = {"name": referrer, "relationship": "a former colleague"}
    if kind in ("informational", "introduction"):
        request["purpose"] = f"learn how to move into {field}"
        request["ask"] = "a 20-minute call in the next two weeks"
    if kind in ("follow_up", "thank_you"):
        request["meeting"] = {"topics": topics, "action_items": [action]}
    fill = {"ref": referrer, "field": field, "org": org, "topic": topics[0], "action": action}
    target = rng.randint(100, 300)
    sentences = [opener.format(**fill)]
    while sum(len(s.split()) for s in sentences) < target - 40:
        sentences.append(rng.choice(MIDDLE).format(**fill))
    if kind in ("informational", "introduction"):
        sentences.append(rng.choice(ASK))
    sentences.append(rng.choice(CLOSE))
    if rng.random() < 0.2:
        sentences.insert(rng.randrange(len(sentences)), rng.choice(FLAWS))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    greet = rng.choice(["Dear", "Hi", "Hello"]) + " " + (recipient.split()[0] if rng.random() < 0.5 else recipient)
    text = f"Subject: A note about {field}\n\n{greet},\n\n" + "\n\n".join(paragraphs)
    text += f"\n\n{rng.choice(SIGN)}\n{sender}\n"
    return text, request


def cases(n: int, seed: int = 7) -> list[tuple[str, LetterRequest]]:
    """``n`` letters with validated requests, all five kinds in turn."""
    rng = random.Random(seed)
    kinds = ["informational", "introduction", "follow_up", "thank_you", "keep_in_touch"]
    out = []
    for i in range(n):
        text, request = make_case(rng, kinds[i % len(kinds)])
        out.append((text, LetterRequest.model_validate(request)))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_each(fn: Any, items: list[Any], repeat: int = 3) -> list[float]:
    """Seconds per item: the best of ``repeat`` runs of each item (less scheduler noise)."""
    out = []
    for item in items:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            fn(item)
            best = min(best, time.perf_counter() - start)
        out.append(best)
    return out


def reference_loop() -> float:
    """Seconds for ``sum(range(1000))``, a machine-speed unit for comparing runs.

    Printed with the results so figures from a loaded machine can be scaled: divide by it.
    """
    return statistics.median(min(timeit.repeat("sum(range(1000))", number=1, repeat=5)) for _ in range(200))


def bench_check(letters: list[tuple[str, LetterRequest]], ref: float) -> None:
    for text, request in letters[:20]:  # warm the caches of compiled patterns and imports
        check(text, request)
    words = [len(t.split()) for t, _ in letters]
    # Every run gets a text and a request it has not seen: the text differs by trailing newlines (which
    # change no finding) and the request is a copy, so neither the per-text caches (analysis, greeting,
    # word sets) nor the per-request ones (vocabularies) can serve a repeated run of one letter.
    runs = [
        [(text + "\n" * (1 + k), request.model_copy()) for k in range(3)] for text, request in letters
    ]
    times = []
    for variants in runs:
        best = float("inf")
        for text, request in variants:
            start = time.perf_counter()
            check(text, request)
            best = min(best, time.perf_counter() - start)
        times.append(best)
    failing = sum(1 for t, r in letters if not check(t, r).ok)
    print(f"letters: {len(letters)} ({min(words)}-{max(words)} words, {failing} with errors)")
    median = statistics.median(times)
    print(
        f"netdraft.check: median {median * 1e3:.3f} ms, "
        f"p95 {percentile(times, 0.95) * 1e3:.3f} ms per letter (best of 3 runs each, fresh text and request)"
    )
    print(f"check median = {median / ref:.1f} reference loops (target: 0.3 ms on this kind of machine)")


def bench_proselint(letters: list[tuple[str, LetterRequest]]) -> None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint not installed")
        return
    CheckRegistry().register_many(__register__)
    sample = letters[:200]  # proselint is far slower; 200 letters give a stable median

    def lint(case: tuple[str, LetterRequest]) -> None:
        LintFile("<letter>", case[0]).lint(DEFAULT)

    for case in sample[:3]:
        lint(case)
    times = time_each(lint, sample, repeat=1)
    print(
        f"proselint (reference, {len(sample)} letters): median {statistics.median(times) * 1e3:.3f} ms, "
        f"p95 {percentile(times, 0.95) * 1e3:.3f} ms per letter"
    )


ADVERSARIAL = [
    " ", "[", "{{", "[[", "<", "(", "**", "_", "Maria ", "Dear ", "X", "!?", "1,", "Please send me ",
    "I will send it by the end of ", "<p ", "then a barista at Cafe, ", "any roles where i could ",
    "if your team ever grows ", "passing it on to whoever ", "Hello again, ", "Seamus O'Connell ", "KO\n",
    "I noticed that this spring ", "2025-03-14 ", ", or otherwise ", "thanks to the ", "?? ", "1. ",
]  # fmt: skip


def bench_adversarial(request: LetterRequest) -> None:
    worst = (0.0, "")
    for chunk in ADVERSARIAL:
        text = chunk * (1_000_000 // len(chunk))
        start = time.perf_counter()
        try:
            check(text, request)
        except ValueError as exc:  # report rather than hide a crash in another rule
            print(f"1 MB of {chunk!r}: check raised {type(exc).__name__}: {str(exc)[:80]}")
        elapsed = time.perf_counter() - start
        worst = max(worst, (elapsed, chunk))
        print(f"1 MB of {chunk!r}: {elapsed:.3f} s")
    print(f"1 MB adversarial worst case: {worst[0]:.3f} s ({worst[1]!r})")


# What any command that reads a YAML request into a pydantic model must do, and nothing else.
_FLOOR = (
    "import yaml\nfrom pydantic import BaseModel\nclass R(BaseModel):\n    kind: str\n"
    "R.model_validate(yaml.safe_load('kind: informational'))"
)


def _walls(cmds: list[list[str]], runs: int) -> list[float]:
    """Median wall time of each command, run in turns (one of each per round), so that the machine's
    speed drifting during the measurement weighs on every command alike."""
    # As installed: .pyc files written once and reused (any non-empty PYTHONDONTWRITEBYTECODE, "0"
    # included, stops Python writing them, and every run would compile netdraft's sources again).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for cmd in cmds:
        subprocess.run(cmd, capture_output=True, env=env)  # warm the page cache and the .pyc files
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for cmd, out in zip(cmds, times, strict=True):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=env)
            out.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def bench_cold_start(letter: str, request: dict[str, Any], runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        letter_path = Path(tmp, "letter.txt")
        request_path = Path(tmp, "request.yaml")
        letter_path.write_text(letter, encoding="utf-8")
        request_path.write_text(yaml.safe_dump(request), encoding="utf-8")
        # The command users type: the `netdraft` script installed beside this interpreter (pip's wrapper
        # imports and calls netdraft.cli.run), else `python -m netdraft`, which also loads runpy (~5 ms).
        script = Path(sys.executable).with_name("netdraft")
        launcher = [str(script)] if script.is_file() else [sys.executable, "-m", "netdraft"]
        label = "netdraft check" if script.is_file() else "python -m netdraft check"
        cmd = [*launcher, "check", str(letter_path), "--request", str(request_path)]
        probe = subprocess.run(cmd, capture_output=True, text=True)
        if probe.returncode not in (0, 1):
            print(f"cold start: `netdraft check` failed (exit {probe.returncode}): {probe.stderr.strip()[-200:]}")
            return
        ours, base, floor = _walls(
            [cmd, [sys.executable, "-c", "import pydantic"], [sys.executable, "-c", _FLOOR]], runs
        )
    print(f"cold start (median of {runs}): {label} {ours * 1e3:.0f} ms, import pydantic {base * 1e3:.0f} ms")
    print(f"cold start ratio: {ours / base:.2f}x (target <= 1.3x)")
    print(
        f"for scale: reading a YAML file into a one-field pydantic model takes {floor * 1e3:.0f} ms "
        f"({floor / base:.2f}x import pydantic), the least any pydantic request read from YAML can cost"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs")
    parser.add_argument("--skip", nargs="*", default=[], choices=["check", "proselint", "adversarial", "cold"])
    args = parser.parse_args()
    letters = cases(args.letters)
    ref = reference_loop()
    print(f"reference loop sum(range(1000)): {ref * 1e6:.1f} us (compare runs in this unit)")
    if "check" not in args.skip:
        bench_check(letters, ref)
    if "proselint" not in args.skip:
        bench_proselint(letters)
    if "adversarial" not in args.skip:
        bench_adversarial(letters[0][1])
    if "cold" not in args.skip:
        rng = random.Random(1)
        clean_text, clean_request = make_case(rng, "informational")
        while not check(clean_text, LetterRequest.model_validate(clean_request)).ok:
            clean_text, clean_request = make_case(rng, "informational")
        bench_cold_start(clean_text, clean_request, args.runs)


if __name__ == "__main__":
    main()

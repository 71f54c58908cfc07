"""Batch drafting: one letter per row of a contacts file, streamed, resumable and paced.

A contacts file is CSV (dotted column names such as ``recipient.name``; ``;`` between the items of
``meeting.topics`` and ``meeting.action_items``; an empty cell is a missing field) or JSONL (one
partial request per line). Each row is deep-merged over a defaults request and drafted.

What a long batch needs, and how it is done here:

- **Flat memory.** Rows are read one at a time and handed to a fixed pool of workers through a
  bounded queue, so at most ``6 x concurrency`` rows are held (``3 x`` without a model), whatever
  the file size. Only the row ids are remembered (to spot duplicates and to resume). With a model,
  ``concurrency`` bounds the calls in flight and twice as many workers keep them busy while letters
  are checked.
- **Nothing lost but what is in flight.** Each finished record is one complete JSON line, written
  with a single ``write`` to a file opened for appending (unbuffered), so Ctrl-C or a crash leaves
  every finished letter on disk and never a half record from a clean stop. ``resume`` skips the ids
  already in the output, cuts a torn last line from a hard kill, and drafts the rest.
- **A bad row never stops the batch.** A row with a missing or mistyped field, an unknown column,
  a duplicate id, or a model call that failed after the transport retries becomes a record with an
  ``error`` naming the row and the field; the next row goes on. Only when the model fails many
  times in a row (a wrong key or URL, an outage) does the batch stop early, so that a bad
  configuration does not burn through every row: fix it and resume.
- **Pacing instead of 429s.** ``rpm``/``tpm`` token buckets hold each call back until the rate
  allows it; tokens are estimated from the prompt length plus the output cap, as OpenAI's own
  limiter counts them.
- **Checks beside the calls.** Everything a batch does runs on one event loop. Against a model
  that answers in a fraction of a second at high concurrency, checking the letters that came back
  (a few milliseconds each) is what holds the next calls up; ``check_pool`` gives the drafter
  worker processes that run the checks beside the loop (``--check-workers N``). By default
  (``auto``) the command starts one when a model drafts at least ``AUTO_CHECK_ROWS`` rows on a
  machine with a core to spare; a short batch is checked on the loop and never waits for a process.

The same output format is written by ``netdraft.batch_api.collect`` for the OpenAI Batch API.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import json
import math
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from netdraft.client import ChatClient
from netdraft.errors import ConfigError, DraftValidationError, LLMCallError, RequestError
from netdraft.results import Draft, Usage

if TYPE_CHECKING:
    import argparse
    from concurrent.futures import ProcessPoolExecutor

    from netdraft.models import LetterRequest

__all__ = [
    "AUTO_CHECK_ROWS",
    "LIST_FIELDS",
    "BatchSummary",
    "RateLimiter",
    "Row",
    "arun_batch",
    "auto_check_workers",
    "check_pool",
    "deep_merge",
    "iter_contacts",
    "load_defaults",
    "run_batch",
    "run_cli",
]

LIST_FIELDS = frozenset({"meeting.topics", "meeting.action_items"})
"""CSV columns whose cell holds a list, with ``;`` between the items."""

LIST_SEPARATOR = ";"
MAX_ROW_CHARS = 200_000
"""A single row larger than this is refused (as a row error): no request needs that much text."""

CONSECUTIVE_FAILURES = 10
"""Model failures in a row after which the batch stops: a configuration problem, not bad luck."""


class AsyncDrafter(Protocol):
    """Anything that drafts a letter asynchronously: ``netdraft.Drafter`` or a stand-in."""

    async def adraft(self, request: LetterRequest) -> Draft:
        """Draft one letter."""
        ...


# ---------------------------------------------------------------------------------------------
# Reading contacts


@dataclass(frozen=True)
class Row:
    """One row of a contacts file.

    Attributes:
        number: The 1-based data row (CSV, header not counted) or line number (JSONL).
        id: The ``id`` column or key, else the row number, as text.
        data: The partial request the row gives (before the defaults are merged in), or ``None``.
        error: Why the row could not be read, or ``None``.
    """

    number: int
    id: str
    data: dict[str, Any] | None
    error: str | None = None


def _request_paths() -> set[str]:
    """Every dotted field path of a request, e.g. ``recipient.name`` (for the CSV header check)."""
    from pydantic import BaseModel

    from netdraft.models import LetterRequest

    paths: set[str] = set()

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            path = prefix + name
            paths.add(path)
            for candidate in getattr(info.annotation, "__args__", (info.annotation,)):
                if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                    walk(candidate, path + ".")

    walk(LetterRequest, "")
    return paths


def _contacts_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    raise RequestError("contacts must be a .csv or .jsonl file", source=str(path))


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise RequestError("no such file", source=str(path))
    if path.is_dir():
        raise RequestError("is a directory, not a file", source=str(path))


def _set_path(target: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = target
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise RequestError(f"column '{dotted}' conflicts with column '{part}'")
        node = child
    if parts[-1] in node and isinstance(node[parts[-1]], dict):
        raise RequestError(f"column '{dotted}' conflicts with the columns under it")
    node[parts[-1]] = value


def _check_header(columns: list[str], source: str) -> None:
    """File-level problems of a CSV header: these make every row meaningless, so they stop the batch."""
    if not columns:
        raise RequestError("file is empty (no header row)", source=source)
    seen: set[str] = set()
    for name in columns:
        if name in seen and name:
            raise RequestError(f"column '{name}' appears twice in the header", source=source)
        seen.add(name)
    names = sorted(n for n in seen if n and n != "id")
    for name in names:
        # A column that is a prefix of another ("recipient" and "recipient.name") cannot be merged.
        if any(other.startswith(name + ".") for other in names):
            raise RequestError(f"column '{name}' conflicts with the columns under it", source=source)


def unknown_columns(path: str | os.PathLike[str]) -> list[str]:
    """The columns of a CSV contacts file that are not request fields (empty list for JSONL).

    A row that fills such a column is recorded with an error naming it; the CLI warns once up
    front so a typo in the header is noticed before the batch starts.
    """
    p = Path(path)
    if _contacts_format(p) != "csv":
        return []
    _check_readable(p)
    with p.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), [])
    known = _request_paths() | {"id"}
    return [name.strip() for name in header if name.strip() and name.strip() not in known]


def iter_contacts(path: str | os.PathLike[str]) -> Iterator[Row]:
    """Stream the rows of a contacts file, one at a time.

    Args:
        path: A ``.csv`` or ``.jsonl`` file.

    Yields:
        One ``Row`` per data row (blank JSONL lines are skipped). A row that cannot be read
        carries an ``error`` instead of data; reading goes on with the next row.

    Raises:
        RequestError: The file is missing, not CSV/JSONL, not UTF-8, or its header is unusable.
    """
    p = Path(path)
    fmt = _contacts_format(p)
    _check_readable(p)
    try:
        if fmt == "csv":
            yield from _iter_csv(p)
        else:
            yield from _iter_jsonl(p)
    except UnicodeDecodeError:
        raise RequestError("not UTF-8 text; save it as UTF-8", source=str(p)) from None
    except csv.Error as exc:
        raise RequestError(f"invalid CSV: {exc}", source=str(p)) from None


def _iter_csv(path: Path) -> Iterator[Row]:
    # utf-8-sig: spreadsheets often save a byte-order mark that would otherwise stick to "id".
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [name.strip() for name in next(reader, [])]
        _check_header(header, str(path))
        id_col = header.index("id") if "id" in header else None
        number = 0
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line between rows is not a row
            number += 1
            row_id = cells[id_col].strip() if id_col is not None and id_col < len(cells) else ""
            row_id = row_id or str(number)
            if sum(len(c) for c in cells) > MAX_ROW_CHARS:
                yield Row(number, row_id, None, f"row {row_id}: too large: at most {MAX_ROW_CHARS:,} characters")
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                extra = len(cells) - len(header)
                yield Row(number, row_id, None, f"row {row_id}: {extra} more cell(s) than the header has columns")
                continue
            data: dict[str, Any] = {}
            error = None
            for name, cell in zip(header, cells, strict=False):  # short rows: the rest is missing
                value = cell.strip()
                if name == "id" or not value:
                    continue  # empty cells are missing fields, so the defaults apply
                if not name:
                    error = f"row {row_id}: a value sits in a column with no name"
                    break
                _set_path(data, name, _cell_value(name, value))
            yield Row(number, row_id, None if error else data, error)


def _cell_value(column: str, value: str) -> Any:
    if column in LIST_FIELDS:
        return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]
    return value


def _iter_jsonl(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            fallback_id = str(number)
            if len(line) > MAX_ROW_CHARS:
                yield Row(number, fallback_id, None, f"line {number}: too large: at most {MAX_ROW_CHARS:,} characters")
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Row(number, fallback_id, None, f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}")
                continue
            if not isinstance(data, dict):
                kind = type(data).__name__
                message = f"line {number}: must be a JSON object of request fields, got {kind}"
                yield Row(number, fallback_id, None, message)
                continue
            raw_id = data.pop("id", None)
            if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
                yield Row(number, fallback_id, None, f"line {number}: id: must be text or a whole number")
                continue
            row_id = str(raw_id).strip() if raw_id is not None else ""
            yield Row(number, row_id or fallback_id, data)


def count_rows(path: str | os.PathLike[str]) -> int:
    """How many rows ``iter_contacts`` will yield (a streamed pass; used for the progress bar)."""
    return sum(1 for _ in iter_contacts(path))


def deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` merged into a copy of ``base``: mappings merge key by key, anything else replaces.

    Neither argument is modified; a list in ``over`` (e.g. ``meeting.topics``) replaces the
    default list rather than extending it.
    """
    out: dict[str, Any] = {}
    for key, value in base.items():
        if isinstance(value, dict):
            out[key] = deep_merge(value, {})
        else:
            out[key] = list(value) if isinstance(value, list) else value
    for key, value in over.items():
        current = out.get(key)
        if isinstance(value, dict):
            out[key] = deep_merge(current if isinstance(current, dict) else {}, value)
        else:
            out[key] = value
    return out


def load_defaults(path: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Read a defaults request (YAML or JSON): any subset of a request's fields.

    Raises:
        RequestError: The file is unreadable, not a mapping, or names a field no request has.
    """
    if path is None:
        return {}
    from netdraft._io import parse_document, read_text

    name = str(path)
    data = parse_document(read_text(path), source=name)
    if not isinstance(data, dict):
        raise RequestError(f"defaults must be a mapping of request fields, got {type(data).__name__}", source=name)
    known = _request_paths()
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        prefix, node = stack.pop()
        for key, value in node.items():
            dotted = f"{prefix}{key}"
            if dotted not in known:
                # Caught here, once, rather than as the same error on every row.
                raise RequestError("unknown field", field=dotted, source=name)
            if isinstance(value, dict):
                stack.append((dotted + ".", value))
    return data


def validate_row(row: Row, defaults: Mapping[str, Any]) -> tuple[dict[str, Any], LetterRequest | None, str | None]:
    """Merge a row over the defaults and validate it.

    Returns:
        The merged mapping, the ``LetterRequest`` (or ``None``) and the error (or ``None``).
    """
    from netdraft.models import request_from_mapping

    if row.data is None:
        return {}, None, row.error or f"row {row.id}: unreadable"
    merged = deep_merge(defaults, row.data)
    try:
        return merged, request_from_mapping(merged, source=f"row {row.id}"), None
    except RequestError as exc:
        return merged, None, str(exc)


# ---------------------------------------------------------------------------------------------
# Records


def request_record(request: LetterRequest | None, merged: Mapping[str, Any]) -> dict[str, Any]:
    """The request as written into a record: validated and without empty fields, else as merged."""
    if request is not None:
        data: dict[str, Any] = request.model_dump(mode="json", exclude_none=True)
        return data
    return dict(merged)


def attempt_summary(draft: Draft) -> list[dict[str, Any]]:
    """Each attempt's outcome and cost, without the prompts (``netdraft prompt`` re-renders them)."""
    return [
        {
            "number": a.number,
            "ok": a.report.ok,
            "errors": sorted(a.report.error_rules),
            "usage": a.usage.to_dict(),
            "latency": round(a.latency, 4),
            "cost": a.cost,
        }
        for a in draft.attempts
    ]


def draft_record(row: Row, request: LetterRequest, draft: Draft) -> dict[str, Any]:
    """The output record of a drafted row (passed or with errors)."""
    return {
        "id": row.id,
        "row": row.number,
        "status": "passed" if draft.ok else "errors",
        "ok": draft.ok,
        "error": None,
        "request": request_record(request, {}),
        "subject": draft.subject,
        "body": draft.body,
        "report": draft.report.to_dict(),
        "usage": draft.usage.to_dict(),
        "cost": draft.cost,
        "attempts": attempt_summary(draft),
        "model": draft.model,
        "backend": draft.backend,
        "fallback": draft.fallback,
    }


def failed_record(
    row_id: str,
    number: int | None,
    error: str,
    error_type: str,
    *,
    request: Mapping[str, Any] | None = None,
    backend: str | None = None,
) -> dict[str, Any]:
    """The output record of a row with no letter.

    ``error_type`` is ``request`` (bad row), ``duplicate``, ``model`` (the call failed after its
    retries; redrafted on resume), ``missing`` or ``unknown`` (Batch API results), or ``internal``.
    """
    return {
        "id": row_id,
        "row": number,
        "status": "failed",
        "ok": False,
        "error": error,
        "error_type": error_type,
        "request": dict(request) if request is not None else None,
        "subject": None,
        "body": None,
        "report": None,
        "usage": Usage().to_dict(),
        "cost": None,
        "attempts": [],
        "model": None,
        "backend": backend,
        "fallback": False,
    }


class RecordWriter:
    """Appends records to a JSONL file, one complete line per ``write`` call.

    The file is opened unbuffered for appending: every record reaches the operating system the
    moment it is written, in one piece, so an interrupted batch keeps every finished record.

    Args:
        path: The output file.
        append: Add to an existing file (resume); otherwise the file must not exist yet.
        fsync: Also force each record to the disk (survives a power cut; slower).

    Raises:
        RequestError: The file exists (and ``append`` is false) or cannot be written.
    """

    def __init__(self, path: str | os.PathLike[str], *, append: bool = False, fsync: bool = False) -> None:
        self.path = Path(path)
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | (0 if append else os.O_EXCL)
        try:
            self._fd = os.open(self.path, flags, 0o644)
        except FileExistsError:
            raise RequestError(
                "already exists; pass --resume to continue it, or choose another output", source=str(self.path)
            ) from None
        except IsADirectoryError:
            raise RequestError("is a directory", source=str(self.path)) from None
        except OSError as exc:
            raise RequestError(f"cannot write: {exc.strerror or exc}", source=str(self.path)) from None
        self.fsync = fsync
        self.count = 0

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record as one line."""
        data = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)  # a regular file takes it whole; loop for safety
            view = view[written:]
        if self.fsync:
            os.fsync(self._fd)
        self.count += 1

    def close(self) -> None:
        """Close the file (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class ResumeState:
    """What an existing output holds: the ids done and what was repaired."""

    done: set[str] = field(default_factory=set)
    torn: bool = False
    retried: int = 0


def prepare_resume(path: str | os.PathLike[str]) -> ResumeState:
    """Read an existing output before resuming it.

    Cuts a torn last line (a hard kill mid-write) and drops the records of rows whose model call
    failed, so that those rows are drafted again and every id still appears once. Every other
    record's id counts as done.

    Raises:
        RequestError: A complete line is not a batch record (the file is not ours or was edited).
    """
    p = Path(path)
    state = ResumeState()
    if not p.exists():
        return state
    if p.is_dir():
        raise RequestError("is a directory", source=str(p))
    keep_end = 0
    drop = False
    with p.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.endswith(b"\n"):
                state.torn = True  # only the last line can lack its newline
                break
            keep_end += len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                row_id = record["id"]
            except (ValueError, KeyError, TypeError):
                raise RequestError(
                    f"line {number} is not a batch record; remove it or choose another output", source=str(p)
                ) from None
            if record.get("error_type") == "model":
                state.retried += 1
                drop = True
            else:
                state.done.add(str(row_id))
    if state.torn:
        with p.open("r+b") as fh:
            fh.truncate(keep_end)
    if drop:
        _drop_model_failures(p)
    return state


def _drop_model_failures(path: Path) -> None:
    """Rewrite the output without its model-failure records (through a temporary file and a rename)."""
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        for line in src:
            if b'"error_type":"model"' in line and json.loads(line).get("error_type") == "model":
                continue
            dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# Pacing


class _Bucket:
    """A token bucket refilled continuously at ``per_minute / 60`` per second.

    The burst is one second's worth (at least one unit), so a batch starts at the steady rate
    instead of spending a whole minute's allowance at once, which is what trips 429s on servers
    that enforce the limit over shorter windows. The level may go below zero when actual use
    turns out larger than the estimate; later takers then wait for the debt to refill.
    """

    def __init__(self, per_minute: float, burst: float, clock: Callable[[], float]) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(burst, self.rate)
        self.level = self.capacity
        self.clock = clock
        self.stamp = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        """Seconds until ``amount`` can be taken (0 when it can be now)."""
        self._refill()
        need = min(amount, self.capacity)  # a call larger than the burst goes when the bucket is full
        if self.level >= need - 1e-6:  # rounding must not leave a waiter sleeping for 1e-13 s forever
            return 0.0
        return max((need - self.level) / self.rate, 1e-3)

    def take(self, amount: float) -> None:
        self._refill()
        self.level -= amount


class RateLimiter:
    """Keeps model calls under a requests-per-minute and a tokens-per-minute limit.

    Call ``await acquire(tokens)`` before each request; callers are served first come, first
    served. ``charge`` adds use learned afterwards (re-asks, tokens beyond the estimate).

    Args:
        rpm: Requests per minute, or ``None`` for no limit.
        tpm: Tokens per minute, or ``None`` for no limit.
        clock: Monotonic clock (tests inject a fake one).
        sleep: Async sleep (tests inject one that advances the fake clock).
    """

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        for name, value in (("rpm", rpm), ("tpm", tpm)):
            if value is not None and not (value > 0 and math.isfinite(value)):
                raise ConfigError(f"{name} must be a positive number, got {value}")
        self.requests = _Bucket(rpm, 1.0, clock) if rpm else None
        self.tokens = _Bucket(tpm, 0.0, clock) if tpm else None
        self.sleep = sleep
        self._lock: asyncio.Lock | None = None
        self.waited = 0.0

    async def acquire(self, tokens: float = 0.0) -> None:
        """Wait until one request of about ``tokens`` tokens fits under both limits, then take it."""
        if self.requests is None and self.tokens is None:
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # one waiter at a time: first come, first served
            while True:
                wait = max(
                    self.requests.wait_for(1.0) if self.requests else 0.0,
                    self.tokens.wait_for(tokens) if self.tokens else 0.0,
                )
                if wait <= 0:
                    break
                self.waited += wait
                await self.sleep(wait)
            if self.requests:
                self.requests.take(1.0)
            if self.tokens:
                self.tokens.take(tokens)

    def charge(self, requests: float = 0.0, tokens: float = 0.0) -> None:
        """Count use that was not acquired beforehand (re-asks, tokens above the estimate)."""
        if self.requests and requests > 0:
            self.requests.take(requests)
        if self.tokens and tokens > 0:
            self.tokens.take(tokens)


def estimate_tokens(request: LetterRequest, drafter: object) -> int:
    """Tokens a first call will count against a TPM limit: prompt characters / 4, plus the output cap."""
    from netdraft.prompts import render_messages

    messages = render_messages(request, prompts_dir=getattr(drafter, "prompts_dir", None))
    prompt = math.ceil(sum(len(m["content"]) for m in messages) / 4)
    client = getattr(drafter, "client", None)
    cap = getattr(client, "max_tokens", None)
    return prompt + (cap if isinstance(cap, int) else 800)


# ---------------------------------------------------------------------------------------------
# Progress


@dataclass
class BatchSummary:
    """What a batch did.

    Attributes:
        out: The output file.
        total: Rows handled in this run (skipped ones not included).
        passed: Letters that pass every error rule.
        with_errors: Letters drafted that still break an error rule.
        failed: Rows with no letter (bad input, duplicate id, model call failed, no result).
        skipped: Rows already in the output (resume).
        usage: Tokens summed over every model call of this run.
        cost: Price summed over letters, when the drafter has a price table.
        elapsed: Wall-clock seconds.
        stopped: Why the batch stopped before the end, or ``None``.
        reask: The Batch API re-ask file written by ``collect``, if any.
        notes: Other things the user should know (repairs made on resume, warnings).
    """

    out: Path
    total: int = 0
    passed: int = 0
    with_errors: int = 0
    failed: int = 0
    skipped: int = 0
    usage: Usage = field(default_factory=Usage)
    cost: float | None = None
    elapsed: float = 0.0
    stopped: str | None = None
    reask: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row handled produced a letter that passes, and the batch ran to the end."""
        return self.with_errors == 0 and self.failed == 0 and self.stopped is None

    @property
    def exit_code(self) -> int:
        """The CLI's exit code: 0 all pass, 1 some have errors or failed."""
        return 0 if self.ok else 1

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one written record."""
        self.total += 1
        status = record.get("status")
        if status == "passed":
            self.passed += 1
        elif status == "errors":
            self.with_errors += 1
        else:
            self.failed += 1
        usage = record.get("usage") or {}
        self.usage = self.usage + Usage(int(usage.get("prompt_tokens", 0)), int(usage.get("completion_tokens", 0)))
        if record.get("cost") is not None:
            self.cost = (self.cost or 0.0) + float(record["cost"])

    def format_text(self) -> str:
        """A one-line summary (plus a line for an early stop)."""
        parts = [f"{self.total} row(s): {self.passed} passed, {self.with_errors} with errors, {self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.usage.total_tokens:
            parts.append(f"{self.usage.prompt_tokens} prompt + {self.usage.completion_tokens} completion tokens")
        if self.cost is not None:
            parts.append(f"cost ${self.cost:.4f}")
        parts.append(f"{self.elapsed:.1f} s")
        text = "; ".join(parts) + f" -> {self.out}"
        if self.stopped:
            text += f"\nstopped early: {self.stopped}"
        return text

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        return {
            "out": str(self.out),
            "total": self.total,
            "passed": self.passed,
            "with_errors": self.with_errors,
            "failed": self.failed,
            "skipped": self.skipped,
            "usage": self.usage.to_dict(),
            "cost": self.cost,
            "elapsed": round(self.elapsed, 3),
            "stopped": self.stopped,
            "reask": str(self.reask) if self.reask else None,
        }


class _Progress:
    """A progress bar (tqdm, when installed: terminal or notebook) or plain periodic stderr lines."""

    def __init__(self, total: int | None, summary: BatchSummary, enabled: bool) -> None:
        self.summary = summary
        self.total = total
        self.bar: Any = None
        self._redirect: Any = None
        self.enabled = enabled
        self.last = time.monotonic()
        if not enabled:
            return
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:  # tqdm is optional: plain lines instead
            return
        self.bar = tqdm(total=total, unit="letter", desc="netdraft", file=sys.stderr, dynamic_ncols=True)
        # Log lines (a retry warning) go through tqdm.write while the bar is up, so they print above
        # it instead of breaking it; the console handlers are restored in ``close``.
        try:
            from tqdm.contrib.logging import logging_redirect_tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:  # tqdm before 4.38
            return
        self._redirect = logging_redirect_tqdm()
        self._redirect.__enter__()

    def _counts(self) -> str:
        s = self.summary
        return f"{s.passed} passed, {s.with_errors} with errors, {s.failed} failed"

    def update(self) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            s = self.summary
            counts = {"passed": s.passed, "errors": s.with_errors, "failed": s.failed}
            self.bar.set_postfix(counts, refresh=False)  # a dict keeps this order; kwargs get sorted
            self.bar.update(1)
            return
        now = time.monotonic()
        done = self.summary.total
        step = max(1, (self.total or 0) // 20)
        if now - self.last >= 10 or done % step == 0 or done == self.total:
            self.last = now
            of = f"/{self.total}" if self.total is not None else ""
            print(f"netdraft: {done}{of} rows: {self._counts()}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._redirect is not None:
            self._redirect.__exit__(None, None, None)
        if self.bar is not None:
            self.bar.close()


# ---------------------------------------------------------------------------------------------
# The batch


def _quiet_worker() -> None:
    # Ctrl-C reaches the whole process group: the batch stops and says so once; a worker
    # finishes the check it is on and exits when the pool shuts down, without a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import netdraft.rules  # noqa: F401  -- loaded now, not on the first letter


def check_pool(workers: int = 1) -> ProcessPoolExecutor:
    """Worker processes for a drafter's checks (``Drafter(check_executor=check_pool())``).

    Processes are started fresh (``spawn``), never forked from a process with an event loop and
    open connections, and they ignore Ctrl-C, which the batch handles. Shut the pool down when the
    batch ends (``with check_pool() as pool:``).

    Args:
        workers: Worker processes; one is enough on a two-core machine, where the event loop and
            the model's server need the other core.

    Returns:
        A started ``ProcessPoolExecutor``.

    Raises:
        ConfigError: ``workers`` is below 1.
    """
    if workers < 1:
        raise ConfigError(f"check workers must be at least 1, got {workers}")
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_worker)
    for _ in range(workers):
        pool.submit(int)  # start the workers now: they load while the first calls are made
    return pool


# A worker's start (a fresh interpreter importing the rules, about half a second of a spare core,
# overlapping the first calls) and a pickled request per letter pay off only over many letters.
AUTO_CHECK_ROWS = 100


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # the cores this process may run on (taskset, containers)
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def auto_check_workers(contacts: str | os.PathLike[str]) -> int:
    """The check workers ``--check-workers auto`` (the default) starts for a batch drafted by a model.

    One when this process may use two cores or more (one for the event loop, one for the checks)
    and the contacts file has at least ``AUTO_CHECK_ROWS`` rows; else none, and the letters are
    checked on the event loop. Only the first ``AUTO_CHECK_ROWS`` rows are read.

    Args:
        contacts: The contacts file of the batch.

    Returns:
        0 or 1; an unreadable file gives 0 (the batch itself then reports it).
    """
    if _usable_cpus() < 2:
        return 0
    rows = 0
    try:
        for _ in iter_contacts(contacts):
            rows += 1
            if rows >= AUTO_CHECK_ROWS:
                return 1
    except RequestError:
        pass
    return 0


class _Composer:
    """The offline composer behind the ``adraft`` interface."""

    async def adraft(self, request: LetterRequest) -> Draft:
        from netdraft.compose import compose

        return compose(request)


async def arun_batch(
    contacts: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    defaults: Mapping[str, Any] | str | os.PathLike[str] | None = None,
    drafter: AsyncDrafter | None = None,
    concurrency: int = 4,
    resume: bool = False,
    rpm: float | None = None,
    tpm: float | None = None,
    progress: bool = False,
    fsync: bool = False,
    max_consecutive_failures: int = CONSECUTIVE_FAILURES,
    limiter: RateLimiter | None = None,
) -> BatchSummary:
    """Draft one letter per contacts row into a JSONL file (the async core of ``run_batch``).

    Args:
        contacts: A ``.csv`` or ``.jsonl`` contacts file.
        out: The output ``.jsonl``; one record per row (see docs/batch.md for the fields).
        defaults: Request fields shared by every row: a mapping, or a YAML/JSON file.
        drafter: A ``netdraft.Drafter`` (or anything with ``async adraft(request)``); ``None``
            uses the offline composer.
        concurrency: Model calls in flight at the same time (letters drafted at once, without a model).
        resume: Continue an existing output: skip the ids in it, redraft its model failures.
            Without it an existing output is an error, never overwritten.
        rpm: Stay under this many model calls per minute.
        tpm: Stay under this many tokens per minute (estimated from the prompt length).
        progress: Show a progress bar (tqdm when installed) on standard error.
        fsync: Force each record to the disk as well as to the operating system.
        max_consecutive_failures: Stop after this many model failures in a row.
        limiter: A ``RateLimiter`` of your own (overrides ``rpm``/``tpm``).

    Returns:
        The ``BatchSummary``.

    Raises:
        RequestError: Unreadable contacts or defaults, or the output exists without ``resume``.
        ConfigError: An invalid option, or a configuration problem every row would hit.
    """
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    if max_consecutive_failures < 1:
        raise ConfigError("max_consecutive_failures must be at least 1")
    started = time.perf_counter()
    shared = load_defaults(defaults) if not isinstance(defaults, Mapping) else dict(defaults)
    contacts_path, out_path = Path(contacts), Path(out)
    _check_readable(contacts_path)
    _contacts_format(contacts_path)
    if out_path.exists() and out_path.resolve() == contacts_path.resolve():
        raise RequestError("the output must not be the contacts file", source=str(out_path))
    total = count_rows(contacts_path) if progress else None  # also finds an unreadable file up front
    state = prepare_resume(out_path) if resume else ResumeState()
    summary = BatchSummary(out=out_path)
    if state.torn:
        summary.notes.append(f"{out_path}: cut a torn last line left by an interrupted run")
    if state.retried:
        summary.notes.append(f"{state.retried} row(s) whose model call had failed will be drafted again")
    pacer = limiter or (RateLimiter(rpm, tpm) if (rpm or tpm) else None)
    worker_drafter: AsyncDrafter = drafter if drafter is not None else _Composer()
    uses_model = drafter is not None

    client = getattr(worker_drafter, "client", None)
    # ``concurrency`` bounds the model calls in flight, not the letters: with twice as many letters under
    # way, a letter that came back is cleaned and checked while the calls go on.
    workers = 2 * concurrency if isinstance(client, ChatClient) else concurrency
    queue: asyncio.Queue[Row | None] = asyncio.Queue(maxsize=2 * workers)
    seen: dict[str, int] = {}
    streak = 0
    stop: list[str] = []

    async with contextlib.AsyncExitStack() as stack:
        writer = stack.enter_context(RecordWriter(out_path, append=resume, fsync=fsync))
        bar = _Progress(None if total is None else max(0, total - len(state.done)), summary, progress)

        def emit(record: dict[str, Any]) -> None:
            writer.write(record)
            summary.add(record)
            bar.update()

        async def produce() -> None:
            try:
                for row in iter_contacts(contacts_path):
                    if stop:
                        break
                    if row.id in state.done:
                        summary.skipped += 1
                        seen.setdefault(row.id, row.number)
                        continue
                    if row.id in seen:
                        emit(
                            failed_record(
                                row.id,
                                row.number,
                                f"row {row.id}: id: duplicate id (first used on row {seen[row.id]}); "
                                "give every row its own id",
                                "duplicate",
                            )
                        )
                        continue
                    seen[row.id] = row.number
                    await queue.put(row)
            finally:
                for _ in range(workers):
                    await queue.put(None)

        async def one(row: Row) -> dict[str, Any]:
            nonlocal streak
            merged, request, error = validate_row(row, shared)
            if request is None:
                return failed_record(row.id, row.number, error or "invalid row", "request", request=merged)
            if pacer is not None and uses_model:
                # Rendering the prompt costs a few milliseconds: only pay it when tokens are paced.
                estimate = estimate_tokens(request, worker_drafter) if pacer.tokens is not None else 0
                await pacer.acquire(estimate)
            try:
                letter = await worker_drafter.adraft(request)
            except DraftValidationError as exc:  # a strict drafter: the letter is still worth keeping
                letter = exc.draft
            except LLMCallError as exc:
                streak += 1
                if streak >= max_consecutive_failures and not stop:
                    stop.append(f"{streak} model calls failed in a row (last: {exc}); fix it and rerun with --resume")
                return failed_record(
                    row.id, row.number, f"row {row.id}: model call failed: {exc}", "model",
                    request=request_record(request, merged),
                )
            except ConfigError:
                raise  # every row would hit it (a broken prompt template): stop and say so once
            except Exception as exc:  # a bug must not cost the rest of the batch; it is recorded
                return failed_record(
                    row.id, row.number, f"row {row.id}: internal error: {type(exc).__name__}: {exc}", "internal",
                    request=request_record(request, merged),
                )
            streak = 0
            if pacer is not None and letter.attempts:
                extra = letter.attempts[1:]
                pacer.charge(requests=len(extra), tokens=sum(a.usage.total_tokens for a in extra))
            return draft_record(row, request, letter)

        async def work() -> None:
            while True:
                row = await queue.get()
                if row is None:
                    return
                if stop:
                    continue  # not attempted: left for --resume
                emit(await one(row))

        try:
            if isinstance(client, ChatClient):
                # One client for the whole batch, on the fast transport when installed; closed at the end.
                await stack.enter_async_context(client.concurrent())
                await stack.enter_async_context(client.limit_calls(concurrency))
            tasks = [asyncio.ensure_future(produce())] + [asyncio.ensure_future(work()) for _ in range(workers)]
            try:
                await asyncio.gather(*tasks)
            except BaseException:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                raise
        finally:
            bar.close()
            summary.elapsed = time.perf_counter() - started
    summary.stopped = stop[0] if stop else None
    return summary


def run_batch(
    contacts: str | os.PathLike[str],
    out: str | os.PathLike[str],
    **options: Any,
) -> BatchSummary:
    """Draft one letter per contacts row into a JSONL file; see ``arun_batch`` for the options.

    Works in a script and in a notebook (where an event loop is already running, the batch runs
    on its own loop in a helper thread).

    Example:
        >>> summary = run_batch("examples/contacts.csv", "letters.jsonl",
        ...                     defaults="examples/defaults.yaml")  # doctest: +SKIP
        >>> summary.passed, summary.failed  # doctest: +SKIP
        (5, 0)
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(arun_batch(contacts, out, **options))
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = asyncio.run(arun_batch(contacts, out, **options))
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="netdraft-batch")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    result: BatchSummary = box["result"]
    return result


# ---------------------------------------------------------------------------------------------
# The command line


def _say(message: str) -> None:
    print(f"netdraft: {message}", file=sys.stderr, flush=True)


def run_cli(args: argparse.Namespace) -> int:
    """``netdraft batch``: the local batch, the Batch API input file, or ``collect``.

    Returns:
        0 all letters pass, 1 some have errors or failed; ``RequestError``/``ConfigError``
        (exit 2 in ``netdraft.cli.main``) for bad arguments and unreadable files.
    """
    if args.contacts == "collect":
        from netdraft.batch_api import cli_collect

        return cli_collect(args)
    if args.rest:
        raise RequestError(f"unexpected argument(s): {' '.join(args.rest)} (one CONTACTS file is read)")
    if args.collect_contacts is not None:
        raise RequestError("--contacts is for 'netdraft batch collect RESULTS --contacts CONTACTS -o OUT'")
    if args.concurrency < 1:
        raise ConfigError("--concurrency must be at least 1")
    for name in ("rpm", "tpm"):
        value = getattr(args, name)
        if value is not None and not (value > 0 and math.isfinite(value)):
            raise ConfigError(f"--{name} must be a positive number")
    if args.max_attempts is not None and args.max_attempts < 1:
        raise ConfigError("--max-attempts must be at least 1")
    if args.via == "openai-batch":
        from netdraft.batch_api import write_batch_input

        if args.resume:
            raise RequestError("--resume applies to a local batch, not to writing a Batch API file")
        if unknown := unknown_columns(args.contacts):
            _say(f"warning: column(s) not in a request, rows that fill them are skipped: {', '.join(unknown)}")
        result = write_batch_input(args.contacts, args.output, defaults=args.defaults, model=args.model)
        for line in result.problems[:20]:
            _say(f"skipped {line}")
        if len(result.problems) > 20:
            _say(f"... and {len(result.problems) - 20} more skipped row(s)")
        if result.written > 50_000:
            _say("warning: the Batch API takes at most 50,000 requests per file; split the contacts")
        if not args.quiet:
            _say(
                f"wrote {result.written} request(s) for model {result.model} to {args.output}"
                f"{f', skipped {len(result.problems)} bad row(s)' if result.problems else ''}. "
                f"Upload it to the Batch API (endpoint /v1/chat/completions), then: netdraft batch collect "
                f"RESULTS.jsonl --contacts {args.contacts}{f' --defaults {args.defaults}' if args.defaults else ''} "
                "-o letters.jsonl"
            )
        return 0 if not result.problems else 1

    if unknown := unknown_columns(args.contacts):
        _say(f"warning: column(s) not in a request, rows that fill them fail: {', '.join(unknown)}")
    drafter: Any = None
    offline = args.offline
    if not offline:
        from netdraft.client import model_configured

        offline = not model_configured(base_url=args.base_url)
        if offline:
            _say("no model configured (OPENAI_API_KEY / OPENAI_BASE_URL): using the offline composer")
    pool = None
    if offline and args.check_workers not in ("auto", 0):
        _say("note: --check-workers applies to model drafts; the offline composer checks its letters itself")
    if not offline:
        from netdraft.drafter import Drafter

        options: dict[str, Any] = {"base_url": args.base_url}
        if args.max_attempts is not None:
            options["max_attempts"] = args.max_attempts
        workers = auto_check_workers(args.contacts) if args.check_workers == "auto" else args.check_workers
        if workers:
            pool = options["check_executor"] = check_pool(workers)
        drafter = Drafter(args.model, **options)
    try:
        summary = run_batch(
            args.contacts,
            args.output,
            defaults=args.defaults,
            drafter=drafter,
            concurrency=args.concurrency,
            resume=args.resume,
            rpm=None if offline else args.rpm,
            tpm=None if offline else args.tpm,
            progress=not args.quiet,
        )
    except KeyboardInterrupt:
        _say(f"interrupted: finished letters are in {args.output}; add --resume to draft the rest")
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    for note in summary.notes:
        _say(note)
    if not args.quiet or not summary.ok:
        _say(summary.format_text())
    return summary.exit_code

"""The OpenAI Batch API round trip, with files only: netdraft never uploads or polls.

1. ``write_batch_input`` turns a contacts file into a Batch API input file: one line per valid row,
   ``{"custom_id": <row id>, "method": "POST", "url": "/v1/chat/completions", "body": {...}}``, with
   the same messages and parameters a live ``Drafter`` would send.
2. You upload it and create the batch (``openai api files.create``, ``batches.create``, or the web
   dashboard), and download the output file (and the error file, if there is one).
3. ``collect`` reads those result files, cleans and checks every letter, and writes the same
   records as the local batch. Letters that break an error rule get a re-ask line in a second
   Batch API input file (``OUT`` with the suffix ``.reask.jsonl``); after that batch is done,
   ``collect`` again with both result files: for each row the best draft wins.

Result lines arrive in any order and are matched by ``custom_id``. Only the byte offsets of the
result lines are kept in memory; each line is read again when its row comes up.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netdraft.batch import (
    BatchSummary,
    RecordWriter,
    Row,
    draft_record,
    failed_record,
    iter_contacts,
    load_defaults,
    request_record,
    validate_row,
)
from netdraft.errors import RequestError
from netdraft.models import LetterRequest
from netdraft.results import Attempt, Draft, Usage, join_letter

__all__ = ["ENDPOINT", "BatchInputSummary", "batch_body", "collect", "reask_path", "write_batch_input"]

ENDPOINT = "/v1/chat/completions"
"""The Batch API endpoint every line of netdraft's input files targets."""

BACKEND = "openai-batch"


@dataclass
class BatchInputSummary:
    """What ``write_batch_input`` wrote.

    Attributes:
        path: The Batch API input file.
        written: Request lines written (one per valid row).
        model: The model named in every line.
        problems: One line per row left out (bad input or duplicate id), naming the row and field.
    """

    path: Path
    written: int = 0
    model: str = ""
    problems: list[str] = field(default_factory=list)


def _parameters(model: str | None) -> Any:
    """A ``ChatClient`` used only for its ``params``: the same body a live call would have."""
    from netdraft.client import ChatClient, is_reasoning_model
    from netdraft.drafter import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE

    name = model or os.environ.get("NETDRAFT_MODEL") or None
    max_tokens = None if name and is_reasoning_model(name) else DEFAULT_MAX_TOKENS
    # A placeholder key: nothing is ever sent from here, the key only satisfies the constructor.
    return ChatClient(name, api_key="unused-batch-file", temperature=DEFAULT_TEMPERATURE, max_tokens=max_tokens)


def batch_body(params: Any, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
    """The ``body`` of one Batch API line: the chat completions request for ``messages``."""
    body: dict[str, Any] = params.body(messages)
    return body


def _line(custom_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": dict(body)}


def write_batch_input(
    contacts: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    defaults: Mapping[str, Any] | str | os.PathLike[str] | None = None,
    model: str | None = None,
    prompts_dir: str | os.PathLike[str] | None = None,
) -> BatchInputSummary:
    """Write a Batch API input file with one chat completion request per valid contacts row.

    Args:
        contacts: A ``.csv`` or ``.jsonl`` contacts file.
        out: The input file to write (must not exist).
        defaults: Request fields shared by every row: a mapping, or a YAML/JSON file.
        model: The model; defaults to ``NETDRAFT_MODEL``, then ``gpt-4o-mini``.
        prompts_dir: A folder of templates overriding the shipped ones.

    Returns:
        The count of lines written and one problem line per row left out.

    Raises:
        RequestError: Unreadable contacts or defaults, or ``out`` exists.
    """
    from netdraft.prompts import render_messages

    shared = load_defaults(defaults) if not isinstance(defaults, Mapping) else dict(defaults)
    params = _parameters(model)
    summary = BatchInputSummary(path=Path(out), model=params.model)
    seen: dict[str, int] = {}
    rows = iter_contacts(contacts)  # opened (and checked) before the output is created
    first = next(rows, None)
    with RecordWriter(out) as writer:
        for row in _chain(first, rows):
            if row.id in seen:
                summary.problems.append(f"row {row.id}: id: duplicate id (first used on row {seen[row.id]})")
                continue
            seen[row.id] = row.number
            _, request, error = validate_row(row, shared)
            if request is None:
                summary.problems.append(error or f"row {row.id}: unreadable")
                continue
            writer.write(_line(row.id, batch_body(params, render_messages(request, prompts_dir=prompts_dir))))
            summary.written += 1
    return summary


def _chain(first: Row | None, rest: Iterable[Row]) -> Iterable[Row]:
    if first is not None:
        yield first
        yield from rest


def reask_path(out: str | os.PathLike[str]) -> Path:
    """Where ``collect`` writes the re-ask file: ``letters.jsonl`` -> ``letters.reask.jsonl``."""
    p = Path(out)
    stem = p.name.removesuffix(p.suffix) if p.suffix else p.name
    return p.with_name(stem + ".reask.jsonl")


# ---------------------------------------------------------------------------------------------
# Reading results


@dataclass(frozen=True)
class _Result:
    """One parsed result line."""

    custom_id: str
    text: str | None
    usage: Usage
    model: str | None
    error: str | None


def _index(paths: Sequence[Path], notes: list[str]) -> dict[str, list[tuple[int, int]]]:
    """``custom_id`` -> [(file index, byte offset)] in file order, reading each line once."""
    index: dict[str, list[tuple[int, int]]] = {}
    for number, path in enumerate(paths):
        bad = 0
        with path.open("rb") as fh:
            offset = 0
            for line in fh:
                here, offset = offset, offset + len(line)
                if not line.strip():
                    continue
                try:
                    custom_id = json.loads(line)["custom_id"]
                except (ValueError, KeyError, TypeError):
                    bad += 1
                    continue
                if not isinstance(custom_id, (str, int)) or isinstance(custom_id, bool):
                    bad += 1
                    continue
                index.setdefault(str(custom_id), []).append((number, here))
        if bad:
            notes.append(f"{path}: {bad} line(s) without a custom_id were ignored (not Batch API output)")
    return index


def _read(path: Path, offset: int) -> dict[str, Any]:
    with path.open("rb") as fh:
        fh.seek(offset)
        data: dict[str, Any] = json.loads(fh.readline())
        return data


def _parse(line: Mapping[str, Any]) -> _Result:
    """A result line: a chat completion, or why there is none (error line or non-200 status)."""
    custom_id = str(line.get("custom_id"))
    error = line.get("error")
    if error:
        if isinstance(error, Mapping):
            code, message = error.get("code"), error.get("message")
            return _Result(custom_id, None, Usage(), None, f"Batch API error {code}: {message}")
        return _Result(custom_id, None, Usage(), None, f"Batch API error: {error}")
    response = line.get("response")
    if not isinstance(response, Mapping):
        return _Result(custom_id, None, Usage(), None, "Batch API line has neither a response nor an error")
    status = response.get("status_code")
    body = response.get("body")
    if status != 200 or not isinstance(body, Mapping):
        detail = ""
        if isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
            detail = f": {body['error'].get('message')}"
        return _Result(custom_id, None, Usage(), None, f"the request failed with HTTP {status}{detail}")
    choices = body.get("choices") or []
    message = choices[0].get("message") if choices and isinstance(choices[0], Mapping) else None
    text = message.get("content") if isinstance(message, Mapping) else None
    if not isinstance(text, str) or not text.strip():
        return _Result(custom_id, None, Usage(), None, "the response holds no letter (empty content)")
    raw_usage = body.get("usage")
    if not isinstance(raw_usage, Mapping):
        raw_usage = {}
    usage = Usage(int(raw_usage.get("prompt_tokens") or 0), int(raw_usage.get("completion_tokens") or 0))
    model = body.get("model") if isinstance(body.get("model"), str) else None
    return _Result(custom_id, text, usage, model, None)


def _attempt(number: int, result: _Result, request: LetterRequest, checker: Any) -> Attempt:
    from netdraft.clean import clean

    assert result.text is not None
    cleaned = clean(result.text)
    subject = cleaned.subject if request.channel == "email" else None  # as the live drafter does
    report = checker.check(join_letter(subject, cleaned.body), request)
    return Attempt(
        number=number,
        messages=(),
        raw=result.text,
        subject=subject,
        body=cleaned.body,
        report=report,
        usage=result.usage,
    )


def collect(
    results: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    contacts: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    defaults: Mapping[str, Any] | str | os.PathLike[str] | None = None,
    model: str | None = None,
    checker: Any = None,
    prompts_dir: str | os.PathLike[str] | None = None,
    reask: str | os.PathLike[str] | None = None,
) -> BatchSummary:
    """Check the letters of Batch API result files and write the local batch's records.

    Args:
        results: One or more Batch API output (or error) files. A later file's answer for a row
            is another attempt at it (a re-ask round); the best draft is kept.
        contacts: The contacts file the input was written from (with the same ``defaults``).
        out: The records to write (must not exist).
        defaults: Request fields shared by every row: a mapping, or a YAML/JSON file.
        model: Model named in the re-ask lines; defaults to the model the results report.
        checker: A ``netdraft.Checker`` (default: every rule).
        prompts_dir: A folder of templates overriding the shipped ones (for the re-asks).
        reask: Where to write the re-ask input file (default: ``reask_path(out)``); written only
            when some letter breaks an error rule.

    Returns:
        The ``BatchSummary``; ``reask`` is set when a re-ask file was written.

    Raises:
        RequestError: A file is unreadable, or ``out`` or the re-ask file exists.
    """
    from netdraft.prompts import render_messages, render_reask

    started = time.perf_counter()
    paths = [Path(results)] if isinstance(results, (str, os.PathLike)) else [Path(p) for p in results]
    if not paths:
        raise RequestError("give at least one Batch API result file")
    for path in paths:
        if not path.is_file():
            raise RequestError("no such file" if not path.exists() else "is not a file", source=str(path))
    shared = load_defaults(defaults) if not isinstance(defaults, Mapping) else dict(defaults)
    if checker is None:
        from netdraft.rules import Checker

        checker = Checker()
    reask_file = Path(reask) if reask is not None else reask_path(out)
    for target in (Path(out), reask_file):
        if target.exists():
            raise RequestError("already exists; choose another output", source=str(target))
    summary = BatchSummary(out=Path(out))
    index = _index(paths, summary.notes)
    rows = iter_contacts(contacts)
    first = next(rows, None)  # the contacts are checked before anything is written
    seen: dict[str, int] = {}
    params: Any = None
    reask_writer: RecordWriter | None = None
    try:
        with RecordWriter(out) as writer:

            def emit(record: dict[str, Any]) -> None:
                writer.write(record)
                summary.add(record)

            for row in _chain(first, rows):
                if row.id in seen:
                    emit(
                        failed_record(
                            row.id, row.number, f"row {row.id}: id: duplicate id (first used on row {seen[row.id]})",
                            "duplicate", backend=BACKEND,
                        )
                    )
                    continue
                seen[row.id] = row.number
                merged, request, error = validate_row(row, shared)
                locations = index.pop(row.id, [])
                if request is None:
                    emit(failed_record(row.id, row.number, error or "invalid row", "request", request=merged,
                                       backend=BACKEND))
                    continue
                parsed = [_parse(_read(paths[f], offset)) for f, offset in locations]
                answers = [r for r in parsed if r.text is not None]
                if not answers:
                    why = parsed[-1].error if parsed else "no result for this id in the result file(s)"
                    emit(failed_record(row.id, row.number, f"row {row.id}: {why}", "missing" if not parsed else "model",
                                       request=request_record(request, merged), backend=BACKEND))
                    continue
                attempts = [_attempt(n, r, request, checker) for n, r in enumerate(answers, start=1)]
                best = min(attempts, key=lambda a: (len(a.report.errors), len(a.report.warnings), a.number))
                used_model = next((r.model for r in reversed(answers) if r.model), None)
                letter = Draft(
                    subject=best.subject,
                    body=best.body,
                    report=best.report,
                    attempts=tuple(attempts),
                    usage=sum((a.usage for a in attempts), Usage()),
                    model=used_model,
                    backend=BACKEND,
                    request=request,
                )
                emit(draft_record(row, request, letter))
                if not letter.ok:
                    if params is None:
                        params = _parameters(model or used_model)
                    if reask_writer is None:
                        reask_writer = RecordWriter(reask_file)
                    first_messages = render_messages(request, prompts_dir=prompts_dir)
                    messages = render_reask(
                        request, first_messages, join_letter(best.subject, best.body), best.report.errors,
                        prompts_dir=prompts_dir,
                    )
                    reask_writer.write(_line(row.id, batch_body(params, messages)))
            # Answers for ids that are not in the contacts: a wrong contacts file, or edited ids.
            for custom_id in index:
                emit(
                    failed_record(
                        custom_id, None,
                        f"custom_id {custom_id!r} is in the results but not in {contacts}",
                        "unknown", backend=BACKEND,
                    )
                )
    finally:
        if reask_writer is not None:
            reask_writer.close()
            summary.reask = reask_file
    if index:
        summary.notes.append(f"{len(index)} result(s) had a custom_id that no contacts row has")
    summary.elapsed = time.perf_counter() - started
    return summary


def cli_collect(args: Any) -> int:
    """``netdraft batch collect RESULTS... --contacts CONTACTS [--defaults R] -o OUT``."""
    if not args.rest:
        raise RequestError("usage: netdraft batch collect RESULTS.jsonl [MORE.jsonl] --contacts CONTACTS -o OUT")
    if args.collect_contacts is None:
        raise RequestError("collect needs --contacts CONTACTS: the contacts file the requests were written from")
    if args.resume:
        raise RequestError("--resume applies to a local batch; collect reads every result file again")
    summary = collect(args.rest, args.collect_contacts, args.output, defaults=args.defaults, model=args.model)

    def say(message: str) -> None:
        print(f"netdraft: {message}", file=sys.stderr, flush=True)

    for note in summary.notes:
        say(note)
    if not args.quiet or not summary.ok:
        say(summary.format_text())
    if summary.reask is not None:
        say(
            f"wrote re-asks for the letters with errors to {summary.reask}: submit it as a new batch, then "
            f"collect both result files together: netdraft batch collect {' '.join(args.rest)} "
            f"RESULTS2.jsonl --contacts {args.collect_contacts} -o OUT2.jsonl"
        )
    return summary.exit_code

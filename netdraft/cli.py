"""The ``netdraft`` command line: a thin layer over the library.

Each command parses its arguments, calls the library and prints. Errors become one friendly line
on standard error and the contract's exit code in one place (``main``); no traceback reaches the
user. Heavy modules (Jinja2, the openai SDK) are imported only by the commands that need them, so
``netdraft check`` starts about as fast as pydantic.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from netdraft.errors import ConfigError, LLMCallError, NetdraftError, RequestError

if TYPE_CHECKING:
    from pathlib import Path  # imported where used: `netdraft check` does without it

__all__ = ["main"]

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT, EXIT_UNREACHABLE = 0, 1, 2, 3


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, measuring the terminal as ``shutil.get_terminal_size`` does.

    argparse builds a formatter for every ``add_argument`` and, left to itself, imports ``shutil`` (and
    with it ``bz2``, ``lzma`` and ``fnmatch``) to read the width: a few milliseconds of every command's
    start-up, ``netdraft check``'s included.
    """

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2  # the margin argparse leaves
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal's width, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Parser(argparse.ArgumentParser):
    """argparse with the contract's exit code 2 and a one-line message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"netdraft: error: {message}\n")


def _kinds() -> tuple[str, ...]:
    from netdraft._kinds import KINDS

    return KINDS


def _check_workers(value: str) -> int | str:
    """``--check-workers``: 'auto' or a count (argparse reports an error with exit 2)."""
    if value == "auto":
        return value
    try:
        workers = int(value)
    except ValueError:
        workers = -1
    if workers < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: give 'auto', 0 (check on the event loop) or a number of workers")
    return workers


def _examples_dir() -> Path:
    from pathlib import Path

    here = Path(__file__).resolve().parent
    for candidate in (here / "examples", here.parent / "examples"):
        if (candidate / "informational.yaml").is_file():
            return candidate
    raise ConfigError("netdraft's example requests are missing from this installation")


def _emit(text: str, output: str | None, force: bool) -> None:
    if output:
        from netdraft._io import atomic_write

        atomic_write(output, text if text.endswith("\n") else text + "\n", force=force)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


# ---------------------------------------------------------------------------------------------
# Commands


def cmd_draft(args: argparse.Namespace) -> int:
    from netdraft._io import load_request
    from netdraft.compose import compose

    if args.output and os.path.exists(args.output) and not args.force:
        # Refuse before spending a model call on a letter we could not save.
        raise RequestError("already exists; pass --force to overwrite it", source=args.output)
    if args.max_attempts is not None and args.max_attempts < 1:
        raise ConfigError("--max-attempts must be at least 1")
    request = load_request(args.request)
    offline = args.offline
    if not offline:
        from netdraft.client import model_configured

        offline = not model_configured(base_url=args.base_url)
        if offline:
            print(
                "netdraft: no model configured (OPENAI_API_KEY / OPENAI_BASE_URL): "
                "using the offline composer",
                file=sys.stderr,
            )
    if offline:
        draft = compose(request)
    else:
        from netdraft.drafter import Drafter

        options: dict[str, Any] = {"base_url": args.base_url, "prompts_dir": args.prompts}
        if args.max_attempts is not None:
            options["max_attempts"] = args.max_attempts
        draft = Drafter(args.model, **options).draft(request)
    if args.format == "json":
        text = draft.to_json()
    elif args.format == "markdown":
        text = draft.to_markdown()
    else:
        text = draft.text.rstrip("\n") + "\n\n" + "-" * 60 + "\n" + draft.report.format_text()
        if draft.attempts:
            text += "\n" + _attempts_line(draft)
    _emit(text, args.output, args.force)
    if args.output:
        print(f"netdraft: wrote {args.output} ({'ok' if draft.ok else 'has errors'})", file=sys.stderr)
    return EXIT_OK if draft.ok else EXIT_ERRORS


def _attempts_line(draft: Any) -> str:
    u = draft.usage
    cost = f", cost ${draft.cost:.4f}" if draft.cost is not None else ""
    return (
        f"model {draft.model} via {draft.backend}: {len(draft.attempts)} attempt(s), "
        f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens{cost}"
        + (" (fell back to the offline composer)" if draft.fallback else "")
    )


def cmd_check(args: argparse.Namespace) -> int:
    from netdraft._io import load_request_fast, read_text
    from netdraft.rules import check

    text = read_text(args.letter)
    request = load_request_fast(args.request) if args.request else None
    if request is None and args.kind is None:
        print(
            "netdraft: no --request or --kind given: rules that need them are skipped",
            file=sys.stderr,
        )
    report = check(text, request, kind=args.kind, disable=args.disable or ())
    if args.format == "json":
        sys.stdout.write(report.to_json() + "\n")
    else:
        source = "<stdin>" if args.letter == "-" else args.letter
        sys.stdout.write(report.format_text(source=source) + "\n")
    return EXIT_OK if report.ok else EXIT_ERRORS


def cmd_prompt(args: argparse.Namespace) -> int:
    import json

    from netdraft._io import load_request
    from netdraft.prompts import render_messages

    request = load_request(args.request)
    messages = render_messages(request, prompts_dir=args.prompts)
    if args.format == "json":
        sys.stdout.write(json.dumps(messages, indent=2, ensure_ascii=False) + "\n")
    else:
        for m in messages:
            sys.stdout.write(f"===== {m['role']} =====\n{m['content'].rstrip()}\n\n")
    return EXIT_OK


def cmd_example(args: argparse.Namespace) -> int:
    kind = args.kind.replace("-", "_")
    if kind not in _kinds():
        raise RequestError(f"unknown kind {args.kind!r}; valid kinds: {', '.join(_kinds())}")
    sys.stdout.write((_examples_dir() / f"{kind}.yaml").read_text(encoding="utf-8"))
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from netdraft.batch import run_cli

    return run_cli(args)


# ---------------------------------------------------------------------------------------------
# Parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = _Parser(
        prog="netdraft",
        description="Draft networking letters with a language model and check them against rules.",
    )
    from netdraft import __version__

    parser.add_argument("--version", action="version", version=f"netdraft {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("draft", help="draft one letter and print it with its report")
    p.add_argument("request", metavar="REQUEST", help="request file (.yaml, .yml or .json; - for stdin)")
    p.add_argument("--model", help="model name (default: $NETDRAFT_MODEL, else a small OpenAI model)")
    p.add_argument("--base-url", help="OpenAI-compatible server URL (default: $OPENAI_BASE_URL)")
    p.add_argument("--offline", action="store_true", help="use the offline composer, never a model")
    p.add_argument("--max-attempts", type=int, metavar="N", help="drafts to try before giving up (default 3)")
    p.add_argument("--prompts", metavar="DIR", help="folder of templates overriding the shipped ones")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("check", help="check a letter written by anyone")
    p.add_argument("letter", metavar="LETTER", help="letter text file; - reads standard input")
    p.add_argument("--request", metavar="REQUEST", help="the request the letter answers")
    p.add_argument("--kind", choices=_kinds(), help="the letter kind, when there is no request")
    p.add_argument("--disable", action="append", metavar="RULE", help="turn a rule off (repeatable)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("prompt", help="print the messages that would be sent; sends nothing")
    p.add_argument("request", metavar="REQUEST")
    p.add_argument("--prompts", metavar="DIR", help="folder of templates overriding the shipped ones")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_prompt)

    p = sub.add_parser("example", help="print a complete sample request of a kind")
    p.add_argument("kind", metavar="KIND", help=", ".join(_kinds()))
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("batch", help="draft one letter per row of a CSV or JSONL file")
    p.add_argument("contacts", metavar="CONTACTS", help="contacts .csv or .jsonl (or 'collect RESULTS')")
    p.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    p.add_argument("--defaults", metavar="REQUEST", help="request fields shared by every row")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="output .jsonl")
    p.add_argument("--concurrency", type=int, default=4, metavar="N")
    p.add_argument("--resume", action="store_true", help="skip ids already in OUT")
    p.add_argument("--offline", action="store_true", help="use the offline composer")
    p.add_argument("--model")
    p.add_argument("--base-url")
    p.add_argument("--max-attempts", type=int, metavar="N")
    p.add_argument("--rpm", type=float, help="at most this many requests per minute")
    p.add_argument("--tpm", type=float, help="at most this many tokens per minute")
    p.add_argument(
        "--check-workers", type=_check_workers, default="auto", metavar="N",
        help="check model drafts in N worker processes; 0: on the event loop; default auto: one worker "
        "for 100 rows or more when a second core is free",
    )
    p.add_argument("--via", choices=("local", "openai-batch"), default="local")
    p.add_argument("--contacts", dest="collect_contacts", metavar="CONTACTS", help="with 'collect'")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_batch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (``python -m netdraft`` and the console script use it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except ConfigError as exc:
        print(f"netdraft: configuration error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except LLMCallError as exc:
        print(f"netdraft: model unreachable: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except NetdraftError as exc:  # RequestError and the rest: bad input
        print(f"netdraft: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("netdraft: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `netdraft draft x | head`: the reader left; say nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())

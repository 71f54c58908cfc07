"""Reading user files safely and writing output atomically.

Every failure becomes a one-line ``RequestError`` that names the file (and the line where the
parser knows it); nothing here ever overwrites a file the user had unless asked to.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from netdraft._plainyaml import parse_plain
from netdraft._view import AnyRequest, read_view
from netdraft.errors import RequestError

MAX_FILE_BYTES = 2_000_000
# Requests never need YAML anchors; a few are tolerated, a "billion laughs" is not.
MAX_ALIASES = 50
MAX_NODES = 20_000


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file (``-`` is standard input) with clear one-line errors."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        # os.path rather than pathlib: `netdraft check` reads its files here and pathlib costs its start-up.
        if not os.path.exists(path):
            raise RequestError("no such file", source=name)
        if os.path.isdir(path):
            raise RequestError("is a directory, not a file", source=name)
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise RequestError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if len(data) > max_bytes:
        raise RequestError(f"too large: at most {max_bytes:,} bytes", source=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RequestError(f"not UTF-8 text (bad byte at line {line}); save it as UTF-8", source=name) from None
    return text.removeprefix("\ufeff")


def _yaml_loader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader that refuses alias bombs before they are expanded."""

        aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.events.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                    raise yaml.YAMLError(
                        f"too many YAML aliases (more than {MAX_ALIASES}) at line {mark.line + 1}"
                    )
            return super().compose_node(parent, index)

    return Loader


def _count_nodes(value: Any, budget: list[int]) -> None:
    """Walk the parsed document, stopping as soon as it is unreasonably large."""
    budget[0] -= 1
    if budget[0] < 0:
        raise RequestError(f"document too large: more than {MAX_NODES:,} values")
    if isinstance(value, dict):
        for item in value.values():
            _count_nodes(item, budget)
    elif isinstance(value, list):
        for item in value:
            _count_nodes(item, budget)


def parse_document(text: str, *, source: str, fmt: str | None = None) -> Any:
    """Parse YAML or JSON text into Python values.

    Args:
        text: The document.
        source: The file name, used in error messages.
        fmt: ``"json"`` or ``"yaml"``; guessed from ``source``'s suffix when ``None``.
    """
    if not text.strip():
        raise RequestError("file is empty", source=source)
    if fmt is None:
        fmt = "json" if source.lower().endswith(".json") else "yaml"
    if fmt == "json":
        import json

        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RequestError(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", source=source
            ) from None
    else:
        value = parse_plain(text)
        if value is None:
            value = _parse_yaml(text, source=source)
    if value is None:
        raise RequestError("file is empty", source=source)
    try:
        _count_nodes(value, [MAX_NODES])
    except RequestError as exc:
        raise RequestError(exc.detail, source=source) from None
    return value


def _parse_yaml(text: str, *, source: str) -> Any:
    """PyYAML's reading of a document ``parse_plain`` left to it, with its errors as ``RequestError``."""
    import yaml

    try:
        # Without an anchor ("&") there can be no alias to expand: libyaml's parser (ten times
        # faster) is safe. With anchors, the pure-Python loader counts the aliases.
        fast = "&" not in text and hasattr(yaml, "CSafeLoader")
        return yaml.load(text, Loader=yaml.CSafeLoader if fast else _yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "syntax error"
        raise RequestError(f"invalid YAML{where}: {problem}", source=source) from None
    except yaml.YAMLError as exc:
        raise RequestError(f"invalid YAML: {exc}", source=source) from None


def load_request(path: str | os.PathLike[str]) -> Any:
    """Read and validate a request file (.yaml, .yml or .json; ``-`` reads standard input).

    Returns:
        The ``LetterRequest``.

    Raises:
        RequestError: One line naming the file, the field (or line) and the problem.
    """
    from netdraft.models import request_from_mapping

    name = str(path)
    return request_from_mapping(parse_document(read_text(path), source=name), source=name)


def load_request_fast(path: str | os.PathLike[str]) -> AnyRequest:
    """As ``load_request``, but a plainly valid request is read without pydantic (see ``_view``).

    For ``netdraft check``, which runs once per process: building pydantic's validators would cost
    more than the check. Anything doubtful still goes through ``LetterRequest``, errors included.
    """
    name = str(path)
    data = parse_document(read_text(path), source=name)
    view = read_view(data)
    if view is not None:
        return view
    from netdraft.models import request_from_mapping

    return request_from_mapping(data, source=name)


def atomic_write(path: str | os.PathLike[str], text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A reader never sees half a file, and an existing file is kept unless ``force`` is true.

    Raises:
        RequestError: The file exists (and ``force`` is false) or the folder cannot be written.
    """
    import tempfile
    from pathlib import Path

    target = Path(path)
    if target.exists() and not force:
        raise RequestError("already exists; pass --force to overwrite it", source=str(target))
    if target.is_dir():
        raise RequestError("is a directory", source=str(target))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RequestError(f"cannot write here: {exc.strerror or exc}", source=str(target)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, target)
        else:
            # link() fails if the target appeared meanwhile: never clobber a file a user just made.
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise RequestError("already exists; pass --force to overwrite it", source=str(target)) from None
            except OSError:
                os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

"""Regular expressions compiled on first use, and compiled once per installation rather than per process.

The rules hold a few hundred patterns. Python's ``re`` compiler is pure Python: compiling the patterns a
clean letter needs took about 40 ms of every ``netdraft check``, more than the check itself. Two things
keep that off the start-up:

- A pattern is compiled when first used (``lazy_compile``): many are gated behind a cheaper test and
  never run on a given letter.
- The compiler's output (the ``_sre`` program: a list of integers and the group names) is kept in a
  file beside the package's ``.pyc`` files, as Python keeps compiled bytecode, and later processes hand
  it straight to ``_sre.compile``, the C half of ``re.compile``. The file is keyed by the interpreter's
  cache tag and ``_sre.MAGIC`` (the program format's version) and holds only the package's own
  patterns, by their source and flags, so a stale entry can never be used for another pattern. It is
  written at exit, only after a pattern was missing and only where Python may write bytecode
  (``sys.dont_write_bytecode``); an unreadable or foreign file is ignored. ``_sre.compile`` checks a
  program before accepting it. On an interpreter without these internals every pattern goes through
  ``re.compile``.

The file is an index (each pattern's place in it) and the programs after it, read through ``mmap``: a
process reads the index and only the programs it uses. Once every pattern has run somewhere (the test
suite, a batch), the file holds about a megabyte of programs, and unmarshalling all of them cost two
milliseconds of every ``netdraft check`` that needed a few dozen.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any, cast

__all__ = ["LiteralScan", "compile_pattern", "lazy_compile", "trie"]

# The methods the rules call: after the first use they are plain instance attributes (the compiled
# pattern's bound methods), so a call costs one dictionary lookup more than on the pattern itself.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

# (source, flags) -> (flags, code, groups, groupindex, indexgroup): the arguments of ``_sre.compile``, the
# program (a list of integers) packed as the bytes of an array: unmarshalling a few hundred thousand Python
# integers cost more than compiling the patterns, unpacking the few a run uses costs microseconds.
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _ProgramCache:
    """The compiled programs of the package's patterns, read from and written to one file."""

    def __init__(self, path: str | None = None) -> None:
        """``path``: the file; by default ``patterns.<cache tag>-<MAGIC>.v2`` in this module's
        ``__pycache__`` folder (where Python writes its ``.pyc``, ``PYTHONPYCACHEPREFIX`` included)."""
        self.loaded = False
        self.programs: dict[tuple[str, int], _Program] = {}
        self.known: set[tuple[str, int]] = set()  # every pattern the package declared
        self.dirty = False
        self.path = path
        self.sre: Any = None
        self.compiler: Any = None
        self.typecode = ""  # the array type whose items are _sre's code words
        # The file's index (a pattern's ``_digest`` -> the offset and length of its entry, the pattern's source and
        # its program, in ``stored``) and the file, mapped.
        self.index: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.stored: Any = None
        self.base = 0

    def load(self) -> None:
        self.loaded = True
        try:
            import _sre  # type: ignore[import-not-found]
            import marshal

            if sys.implementation.name != "cpython" or sys.implementation.cache_tag is None:
                return
            if sys.version_info >= (3, 11):
                from re import _compiler as compiler  # type: ignore[attr-defined]
                from re import _parser  # type: ignore[attr-defined]
            else:  # pragma: no cover - Python 3.10
                import sre_compile as compiler
                import sre_parse as _parser
            if not (hasattr(compiler, "_code") and hasattr(_parser, "parse") and hasattr(_sre, "compile")):
                return  # pragma: no cover - an interpreter whose internals moved
            from array import array

            typecodes = [code for code in "IL" if array(code).itemsize == getattr(_sre, "CODESIZE", 0)]
            if not typecodes:
                return  # pragma: no cover - no array type fits the code words
        except ImportError:  # pragma: no cover
            return
        self.typecode = typecodes[0]
        self.sre, self.compiler = _sre, (compiler, _parser)
        if self.path is None:
            from importlib.util import cache_from_source

            folder = os.path.dirname(cache_from_source(os.path.abspath(__file__)))
            self.path = os.path.join(folder, f"patterns.{sys.implementation.cache_tag}-{_sre.MAGIC}.v2")
        try:
            import mmap

            with open(self.path, "rb") as fh:
                stored = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            if stored[: len(_MAGIC)] != _MAGIC:
                stored.close()
                return
            start = len(_MAGIC) + 8
            size = int.from_bytes(stored[len(_MAGIC) : start], "little")
            index = marshal.loads(stored[start : start + size])
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(index, dict):
            self.index, self.stored, self.base = index, stored, start + size

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        if not self.loaded:
            self.load()
        if self.sre is None:
            return re.compile(source, flags)
        key = (source, int(flags))
        program = self.programs.get(key) or self._stored(key)
        if program is not None:
            try:
                return self._sre_compile(source, program)
            except Exception:  # a damaged entry: compile it afresh below
                pass
        program = self._program(source, flags)
        if program is None:
            return re.compile(source, flags)
        self.programs[key] = program
        if not self.dirty:
            self.dirty = True
            import atexit

            atexit.register(self.save)
        return self._sre_compile(source, program)

    def _stored(self, key: tuple[str, int]) -> _Program | None:
        """The program of ``key`` as the file holds it (``None`` when it holds none, a damaged one, or another
        pattern's under the same digest)."""
        if self.stored is None:
            return None
        place = self.index.get(_digest(key))
        if place is None:
            return None
        import marshal

        try:
            offset, length = place
            entry = marshal.loads(self.stored[self.base + offset : self.base + offset + length])
            source, program = entry
        except (EOFError, ValueError, TypeError):
            return None
        if source != key[0] or not isinstance(program, tuple) or len(program) != 5:
            return None
        return cast("_Program", program)

    def stored_programs(self) -> dict[tuple[str, int], _Program]:
        """Every pattern the file holds with its program (each entry read once: for saving and for tests)."""
        import marshal

        out: dict[tuple[str, int], _Program] = {}
        for (_crc, _size, flags), (offset, length) in self.index.items():
            try:
                source, program = marshal.loads(self.stored[self.base + offset : self.base + offset + length])
            except (EOFError, ValueError, TypeError):
                continue
            if isinstance(source, str) and isinstance(program, tuple) and len(program) == 5:
                out[(source, flags)] = cast("_Program", program)
        return out

    def _sre_compile(self, source: str, program: _Program) -> re.Pattern[str]:
        from array import array

        flags, code, groups, groupindex, indexgroup = program
        words = array(self.typecode, code).tolist()
        return cast("re.Pattern[str]", self.sre.compile(source, flags, words, groups, groupindex, indexgroup))

    def _program(self, source: str, flags: int) -> _Program | None:
        """What ``re.compile`` hands to ``_sre.compile`` (as in ``re._compiler.compile``)."""
        from array import array

        compiler, parser = self.compiler
        try:
            parsed = parser.parse(source, flags)
            code = compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            return (
                int(flags | parsed.state.flags),
                array(self.typecode, code).tobytes(),
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
        except Exception:  # let re.compile raise its own error, or compile it its way
            return None

    def save(self) -> None:
        """Write the programs of the package's patterns, atomically; say nothing if it cannot."""
        if self.path is None or sys.dont_write_bytecode:
            return
        import contextlib

        keep = {key: program for key, program in self.programs.items() if key in self.known}
        if self.stored is not None:
            # The file's programs this process never read are kept too.
            for key, program in self.stored_programs().items():
                if key in self.known:
                    keep.setdefault(key, program)
            self.stored.close()  # (a mapped file cannot be replaced on every system)
            self.stored, self.index = None, {}
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(pack_programs(keep))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


# The file's first bytes: a file of another format (or of nothing) is ignored.
_MAGIC = b"netdraft-patterns-2\n"


def _digest(key: tuple[str, int]) -> tuple[int, int, int]:
    """A pattern's key in the file's index: its source's CRC-32 and length, and its flags. Reading an index keyed by
    the sources themselves (some are tens of kilobytes) cost more than the programs a run uses; an entry holds its
    source, so two patterns under one digest are told apart (the second is compiled afresh)."""
    import zlib

    source, flags = key
    return zlib.crc32(source.encode("utf-8", "surrogatepass")), len(source), int(flags)


def pack_programs(programs: dict[tuple[str, int], _Program]) -> bytes:
    """The cache file's bytes: ``_MAGIC``, the index's length (8 bytes), the index, then each entry (the pattern's
    source and its program) marshalled."""
    import marshal

    index: dict[tuple[int, int, int], tuple[int, int]] = {}
    chunks: list[bytes] = []
    offset = 0
    for key, program in programs.items():
        chunk = marshal.dumps((key[0], program))
        index[_digest(key)] = (offset, len(chunk))
        chunks.append(chunk)
        offset += len(chunk)
    head = marshal.dumps(index)
    return b"".join((_MAGIC, len(head).to_bytes(8, "little"), head, *chunks))


_CACHE = _ProgramCache()


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for one of the package's own patterns, through the program cache.

    Only for patterns written in the package (a fixed set): the cache keeps every pattern declared with
    ``lazy_compile`` or this function, and a pattern built from a user's text would grow it without end.
    """
    _CACHE.known.add((source, int(flags)))
    return _CACHE.compile(source, flags)


class _LazyPattern:
    """Stands in for ``re.compile(source, flags)`` and compiles it when first used."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        # Read without compiling: rules build patterns out of other patterns' sources at import.
        self.pattern = source
        _CACHE.known.add((source, int(flags)))

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: the first use of the pattern.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = _CACHE.compile(self._source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves like ``re.compile(source, flags)`` but compiles on first use."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))


def trie(literals: Iterable[str]) -> str:
    """One regex for a set of literals, factored as a trie: ``hir|hiring|job`` -> ``(?:hir(?:ing)?|job)``.

    Python's engine tries an alternation's branches one by one at every position; a trie leaves one
    branch per first character, so a scan of a sentence for a few hundred literals costs a few steps per
    character instead of a few hundred.
    """
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


class LiteralScan:
    """Which of a fixed set of literals occur in a text, found in one regex scan.

    A substring test per literal reads the whole text once per literal; the rules test a few hundred per
    letter. A zero-width lookahead over the literals' trie finds a match at every position, the longest
    literal there, and every shorter literal present at that position is a prefix of it: the set is exact.
    The regex is built and compiled on the first scan (through the program cache).

    Args:
        literals: The literals (non-empty strings).
    """

    __slots__ = ("_finder", "_literals", "_prefixes")

    def __init__(self, literals: Iterable[str]) -> None:
        self._literals = tuple(sorted(set(literals)))
        self._finder: re.Pattern[str] | None = None
        self._prefixes: dict[str, tuple[str, ...]] = {}

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text``."""
        finder = self._finder
        if finder is None:
            known = set(self._literals)
            # Only literals with shorter literals for prefixes need their prefixes added.
            self._prefixes = {
                lit: shorter
                for lit in self._literals
                if (shorter := tuple(lit[:k] for k in range(1, len(lit)) if lit[:k] in known))
            }
            finder = self._finder = compile_pattern("(?=(" + trie(self._literals) + "))")
        found = set(finder.findall(text))  # (findall: the matched literals without a match object each)
        prefixes = self._prefixes
        for lit in [lit for lit in found if lit in prefixes]:
            found.update(prefixes[lit])
        return found

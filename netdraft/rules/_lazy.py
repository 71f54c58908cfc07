"""Regular expressions compiled on first use.

The rules hold a few hundred patterns, and compiling them all (Python's ``re`` compiler is pure Python)
was about a third of ``netdraft check``'s start-up. Many are gated behind a cheaper test and never run
on a given letter, so they should not cost anything until one does.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

# The methods the rules call: after the first use they are plain instance attributes (the compiled
# pattern's bound methods), so a call costs one dictionary lookup more than on the pattern itself.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """Stands in for ``re.compile(source, flags)`` and compiles it when first used."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        # Read without compiling: rules build patterns out of other patterns' sources at import.
        self.pattern = source

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: the first use of the pattern.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves like ``re.compile(source, flags)`` but compiles on first use."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))

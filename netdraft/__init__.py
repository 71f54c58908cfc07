"""netdraft: draft networking letters with a language model and check every draft against rules.

The public names are listed in ``__all__``; everything in a module whose name starts with an
underscore is private. ``import netdraft`` imports neither the openai SDK, nor Jinja2, nor pydantic's
model machinery: the names that need them load on first use, so ``netdraft check`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netdraft.errors import (
    ConfigError,
    DraftValidationError,
    LLMCallError,
    NetdraftError,
    RequestError,
)
from netdraft.politeness import politeness_score
from netdraft.report import Finding, Report
from netdraft.rules import RULE_IDS, Checker, Skip, check

if TYPE_CHECKING:
    from netdraft._io import load_request
    from netdraft.compose import compose
    from netdraft.drafter import Drafter, draft
    from netdraft.models import LetterRequest
    from netdraft.prompts import render_messages
    from netdraft.results import Attempt, Draft, Usage

__version__ = "0.1.0"

# These pull in pydantic's model machinery (building it costs more than the rest of `netdraft check`),
# dataclasses that `check` never needs, asyncio and, on first call, the openai SDK: load them on first
# use so that `import netdraft` and `netdraft check` stay fast.
_LAZY = {
    "Attempt": "netdraft.results",
    "Draft": "netdraft.results",
    "Drafter": "netdraft.drafter",
    "LetterRequest": "netdraft.models",
    "Usage": "netdraft.results",
    "compose": "netdraft.compose",
    "draft": "netdraft.drafter",
    "load_request": "netdraft._io",
    "render_messages": "netdraft.prompts",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'netdraft' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__all__ = [
    "RULE_IDS",
    "Attempt",
    "Checker",
    "ConfigError",
    "Draft",
    "DraftValidationError",
    "Drafter",
    "Finding",
    "LLMCallError",
    "LetterRequest",
    "NetdraftError",
    "Report",
    "RequestError",
    "Skip",
    "Usage",
    "__version__",
    "check",
    "compose",
    "draft",
    "load_request",
    "politeness_score",
    "render_messages",
]

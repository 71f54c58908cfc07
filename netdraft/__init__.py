"""netdraft: draft networking letters with a language model and check every draft against rules.

The public names are listed in ``__all__``; everything in a module whose name starts with an
underscore is private. ``import netdraft`` never imports the openai SDK or Jinja2: they load on
first use, so ``netdraft check`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netdraft._io import load_request
from netdraft.compose import compose
from netdraft.errors import (
    ConfigError,
    DraftValidationError,
    LLMCallError,
    NetdraftError,
    RequestError,
)
from netdraft.models import LetterRequest
from netdraft.politeness import politeness_score
from netdraft.prompts import render_messages
from netdraft.report import Finding, Report
from netdraft.results import Attempt, Draft, Usage
from netdraft.rules import RULE_IDS, Checker, Skip, check

if TYPE_CHECKING:
    from netdraft.drafter import Drafter, draft

__version__ = "0.1.0"

# The drafter pulls in asyncio and (on first call) the openai SDK: load it on first use so that
# `import netdraft` and `netdraft check` stay fast.
_LAZY = {"Drafter": "netdraft.drafter", "draft": "netdraft.drafter"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'netdraft' has no attribute {name!r}")

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

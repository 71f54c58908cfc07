"""netdraft: draft networking letters with a language model and check every draft against rules.

The public names are listed in ``__all__``; everything in a module whose name starts with an
underscore is private. ``import netdraft`` never imports the openai SDK or Jinja2: they load on
first use, so ``netdraft check`` starts fast.
"""

from __future__ import annotations

from netdraft._io import load_request
from netdraft.compose import compose
from netdraft.draft import Attempt, Draft, Usage
from netdraft.drafter import Drafter, draft
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
from netdraft.rules import RULE_IDS, Checker, Skip, check

__version__ = "0.1.0"

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

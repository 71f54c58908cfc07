"""Prompt rendering: Jinja2 templates in, chat messages out.

Templates live in the top-level ``prompts/`` folder (shipped inside the wheel as
``netdraft/prompts``). Per kind there is ``<kind>.system.j2`` and ``<kind>.user.j2``, built on
``base.system.j2`` and ``base.user.j2``; ``reask.user.j2`` asks for a corrected draft. A folder of
your own passed as ``prompts_dir`` overrides any template by file name and falls back to ours for
the rest.

Request values are *data*: they reach the templates as variables of a sandboxed environment with
``StrictUndefined``, never as template source, so ``{{ 7*7 }}`` in a background stays literal. In
the user message each value sits between ``<data field="...">`` and ``</data>``; the system
message tells the model that text inside those tags is information, not instructions, and any
tag-like text inside a value is neutralised so a value cannot close its own block.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdraft._kinds import LENGTH_BANDS
from netdraft.errors import ConfigError
from netdraft.models import LetterRequest

if TYPE_CHECKING:
    import jinja2

    from netdraft.report import Finding

__all__ = ["Message", "builtin_prompts_dir", "render_messages", "render_reask", "template_names"]

Message = dict[str, str]

_TAG = re.compile(r"<\s*(/?)\s*(data|draft)\b", re.IGNORECASE)


def builtin_prompts_dir() -> Path:
    """The folder of the shipped templates (inside the wheel, or the repo's ``prompts/``)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if (candidate / "base.system.j2").is_file():
            return candidate
    raise ConfigError(f"netdraft's prompt templates are missing (looked in {here / 'prompts'})")


def _neutralise(value: Any) -> Any:
    """Keep a user value from opening or closing a data block (``</data>`` -> ``‹/data>``)."""
    if isinstance(value, str):
        return _TAG.sub(lambda m: "‹" + m.group(1) + m.group(2), value) if "<" in value else value
    if isinstance(value, list):
        return [_neutralise(v) for v in value]
    if isinstance(value, dict):
        return {k: _neutralise(v) for k, v in value.items()}
    return value


def _field(name: str, value: Any) -> str:
    """The template global ``field(name, value)``: one value in its data block, or nothing if empty.

    A Python function rather than a Jinja macro: the block's shape is the security boundary, so it
    lives in one place in code, and a call costs a fraction of a macro call.
    """
    return f'<data field="{name}">\n{value}\n</data>\n' if value else ""


def _items(name: str, values: Any) -> str:
    """The template global ``items(name, values)``: a list as one data block of ``- `` lines."""
    if not values:
        return ""
    return f'<data field="{name}">\n' + "".join(f"- {v}\n" for v in values) + "</data>\n"


@lru_cache(maxsize=1)
def _sandbox_class() -> type[jinja2.Environment]:
    """The environment class, defined on first use so that importing this module skips jinja2."""
    from jinja2.sandbox import SandboxedEnvironment

    class DataEnvironment(SandboxedEnvironment):
        """The sandbox, with ``r.purpose`` on a plain dict looked up as a key first.

        The sandbox tries the attribute, fails, then the key: the same value, at the price of an
        exception per lookup (dozens per prompt). Keys that are also dict methods (``r.items``) still
        take the sandbox's own path, so no template sees a different value.
        """

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute in obj and not hasattr(dict, attribute):
                return obj[attribute]
            return super().getattr(obj, attribute)

    return DataEnvironment


@lru_cache(maxsize=8)
def _environment(prompts_dir: str | None) -> jinja2.Environment:
    import jinja2

    loaders: list[jinja2.BaseLoader] = []
    if prompts_dir is not None:
        path = Path(prompts_dir)
        if not path.is_dir():
            raise ConfigError(f"prompts directory not found: {prompts_dir}")
        loaders.append(jinja2.FileSystemLoader(str(path)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_prompts_dir())))
    env = _sandbox_class()(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        # The shipped templates cannot change while we run: skip the per-render file stat. A folder
        # of your own is re-read when a template changes (handy when editing it in a notebook).
        auto_reload=prompts_dir is not None,
    )
    env.globals.update(field=_field, items=_items)
    return env


def template_names() -> list[str]:
    """The names of the shipped templates (the names an override folder may use)."""
    return sorted(p.name for p in builtin_prompts_dir().glob("*.j2"))


def _context(request: LetterRequest) -> dict[str, Any]:
    low, high = request.band
    data = _neutralise(request.model_dump(mode="json", exclude={"sender": {"resume"}}))
    return {
        "r": data,
        "kind": request.kind,
        "band": {"min": low, "max": high, "default": LENGTH_BANDS[request.kind]},
        "greeting_name": _neutralise(request.greeting_name),
        "sender_first": _neutralise(request.sender.name.split()[0]),
    }


def _render(name: str, context: dict[str, Any], prompts_dir: str | os.PathLike[str] | None) -> str:
    import jinja2

    env = _environment(None if prompts_dir is None else str(prompts_dir))
    try:
        text = env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"prompt template not found: {exc.name}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"prompt template {exc.name or name}, line {exc.lineno}: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"prompt template {name}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise ConfigError(f"prompt template {name}: unsafe operation refused ({exc})") from None
    # Collapse the blank lines that optional blocks leave behind (str.replace: a regex scan of every
    # character costs more than the rendering).
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render_messages(
    request: LetterRequest, *, prompts_dir: str | os.PathLike[str] | None = None
) -> list[Message]:
    """Render the system and user messages for a request.

    Args:
        request: The letter request.
        prompts_dir: A folder whose templates override the shipped ones by file name.

    Returns:
        A new list ``[{"role": "system", ...}, {"role": "user", ...}]``.

    Raises:
        ConfigError: A template is missing, invalid or refers to an undefined value.
    """
    context = _context(request)
    return [
        {"role": "system", "content": _render(f"{request.kind}.system.j2", context, prompts_dir)},
        {"role": "user", "content": _render(f"{request.kind}.user.j2", context, prompts_dir)},
    ]


def render_reask(
    request: LetterRequest,
    messages: Sequence[Message],
    last_draft: str,
    findings: Iterable[Finding],
    *,
    prompts_dir: str | os.PathLike[str] | None = None,
) -> list[Message]:
    """The messages of a re-ask: the original messages, the last draft and the failing rules' hints.

    The prompt stays bounded: it never carries earlier failed drafts, only the last one.

    Args:
        request: The letter request.
        messages: The original (first-attempt) messages; they are copied, never modified.
        last_draft: The previous cleaned draft.
        findings: The errors to fix (their hints are shown, in order, without duplicates).

    Returns:
        A new list: the original messages, the last draft as the assistant's turn, and a user
        message asking for a corrected letter.
    """
    hints: list[dict[str, str]] = []
    seen: set[str] = set()
    for f in findings:
        key = f.hint or f.message
        if key in seen:
            continue
        seen.add(key)
        hints.append({"rule": f.rule, "message": f.message, "hint": f.hint})
    context = _context(request)
    context["problems"] = _neutralise(hints)
    context["last_draft"] = _neutralise(last_draft)
    reask = _render("reask.user.j2", context, prompts_dir)
    return [
        *(dict(m) for m in messages),
        {"role": "assistant", "content": _neutralise(last_draft)},
        {"role": "user", "content": reask},
    ]

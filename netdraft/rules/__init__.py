"""The rules: one pure function per contract rule id, and the checker that runs them.

A rule is any callable ``rule(text, request, kind, **options) -> Iterable[Finding]``:

- ``text`` is the whole checked letter (spans are offsets into it);
- ``request`` is the ``LetterRequest`` or ``None`` when only the letter is known;
- ``kind`` is the letter kind (from the request, or given alone), or ``None``;
- ``options`` are the rule's thresholds, set per rule through ``Checker(options=...)``.

A rule that cannot judge without data it was not given raises ``Skip("why")``; the report lists
it under ``skipped`` instead of passing it silently.

Example, adding a rule of your own and loosening a built-in one::

    def no_exclamations(text, request, kind):
        i = text.find("!")
        if i >= 0:
            yield Finding("no-exclamations", "warning", "Exclamation mark.", i, i + 1,
                          "Use a full stop instead.")

    checker = Checker(extra={"no-exclamations": no_exclamations},
                      disable={"grounding"}, options={"length": {"slack": 10}})
    report = checker.check(letter, request)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from netdraft._kinds import KINDS
from netdraft._view import AnyRequest
from netdraft.report import Finding, Report
from netdraft.rules._stats import letter_stats
from netdraft.rules._text import analyze, word_count
from netdraft.rules.followup import follow_up
from netdraft.rules.gratitude import gratitude
from netdraft.rules.grounding import grounding
from netdraft.rules.jobask import job_ask
from netdraft.rules.length import length
from netdraft.rules.meta import meta
from netdraft.rules.placeholder import placeholder
from netdraft.rules.politeness import politeness
from netdraft.rules.purpose import purpose
from netdraft.rules.referral import referral
from netdraft.rules.resume import resume_dump
from netdraft.rules.salutation import salutation
from netdraft.rules.skip import Skip

if TYPE_CHECKING:
    from netdraft.models import LetterRequest

__all__ = ["DEFAULT_RULES", "MAX_CHECKED_CHARS", "RULE_IDS", "Checker", "Rule", "Skip", "check"]

MAX_CHECKED_CHARS = 20_000
"""Rules other than ``length`` read at most this many characters. The longest band a request
may set (2,000 words) fits with room to spare; anything longer is not a letter, already fails
``length``, and must not make a check of pasted junk take seconds."""

# Rules that count the whole text however long it is (cheap and linear).
_WHOLE_TEXT_RULES = frozenset({"length"})


class Rule(Protocol):
    """The signature every rule has (extra keyword arguments are the rule's options)."""

    def __call__(
        self, text: str, request: LetterRequest | None, kind: str | None, /, **options: Any
    ) -> Iterable[Finding]: ...


# Contract order; the ids are stable and public.
DEFAULT_RULES: dict[str, Callable[..., Iterable[Finding]]] = {
    "length": length,
    "politeness": politeness,
    "purpose": purpose,
    "resume-dump": resume_dump,
    "referral": referral,
    "job-ask": job_ask,
    "gratitude": gratitude,
    "follow-up": follow_up,
    "placeholder": placeholder,
    "salutation": salutation,
    "meta": meta,
    "grounding": grounding,
}
RULE_IDS: tuple[str, ...] = tuple(DEFAULT_RULES)


class Checker:
    """A configured set of rules.

    Args:
        rules: The rules to run, by id; defaults to every built-in rule.
        disable: Ids of rules to turn off.
        options: Per-rule keyword options (thresholds), e.g. ``{"length": {"slack": 10}}``.
        extra: Rules of your own to add (or built-ins to replace), by id.

    Raises:
        ConfigError: An id in ``disable`` or ``options`` names no rule.
    """

    def __init__(
        self,
        rules: Mapping[str, Callable[..., Iterable[Finding]]] | None = None,
        *,
        disable: Iterable[str] = (),
        options: Mapping[str, Mapping[str, Any]] | None = None,
        extra: Mapping[str, Callable[..., Iterable[Finding]]] | None = None,
    ) -> None:
        from netdraft.errors import ConfigError

        table = dict(DEFAULT_RULES if rules is None else rules)
        table.update(extra or {})
        for rule_id in [*disable, *(options or {})]:
            if rule_id not in table:
                raise ConfigError(f"unknown rule id {rule_id!r}; known: {', '.join(table)}")
        off = set(disable)
        self.rules = {rule_id: fn for rule_id, fn in table.items() if rule_id not in off}
        self.options = {rule_id: dict(opts) for rule_id, opts in (options or {}).items()}

    def check(self, text: str, request: AnyRequest | None = None, *, kind: str | None = None) -> Report:
        """Run the rules on ``text``; see ``netdraft.check``."""
        from netdraft.errors import ConfigError

        if kind is None and request is not None:
            kind = request.kind
        if kind is not None and kind not in KINDS:
            raise ConfigError(f"unknown kind {kind!r}; valid kinds: {', '.join(KINDS)}")
        findings: list[Finding] = []
        skipped: dict[str, str] = {}
        # Spans found in the prefix are valid offsets into the whole text.
        head = text[:MAX_CHECKED_CHARS]
        for rule_id, fn in self.rules.items():
            try:
                target = text if rule_id in _WHOLE_TEXT_RULES else head
                findings.extend(fn(target, request, kind, **self.options.get(rule_id, {})))
            except Skip as why:
                skipped[rule_id] = str(why)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        stats = letter_stats(head)
        if len(text) > len(head):
            stats["words"] = word_count(analyze(text).body)
            stats["truncated_at"] = MAX_CHECKED_CHARS
        return Report(
            findings=tuple(findings),
            stats=stats,
            text=text,
            rules=tuple(self.rules),
            skipped=skipped,
        )


_DEFAULT: Checker | None = None


def check(
    text: str,
    request: AnyRequest | None = None,
    *,
    kind: str | None = None,
    disable: Iterable[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    extra: Mapping[str, Callable[..., Iterable[Finding]]] | None = None,
) -> Report:
    """Check a letter against every rule.

    Args:
        text: The letter, with or without a first ``Subject:`` line.
        request: The request it answers; rules that need it are skipped without it.
        kind: The letter kind when no request is given (or to override the request's).
        disable: Rule ids to turn off.
        options: Per-rule thresholds, e.g. ``{"politeness": {"min_score": -1.0}}``.
        extra: Rules of your own, by id.

    Returns:
        The ``Report``: ``ok``, ``findings`` ordered by position, ``stats``, ``skipped``.
    """
    global _DEFAULT
    if disable or options or extra:
        return Checker(disable=disable, options=options, extra=extra).check(text, request, kind=kind)
    if _DEFAULT is None:
        _DEFAULT = Checker()
    return _DEFAULT.check(text, request, kind=kind)

"""``netdraft check`` reads its request without pydantic (``_view``): the two readings must agree.

The fast reading may leave a document to ``LetterRequest`` (it returns ``None``), but it must never
accept one that ``LetterRequest`` refuses, nor read a value differently.
"""

from __future__ import annotations

import copy
import datetime
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from netdraft._view import RequestView, read_view, request_text
from netdraft.models import LetterRequest

LETTERS = Path(__file__).parent / "data" / "letters"
REQUESTS = [yaml.safe_load(p.read_text(encoding="utf-8"))["request"] for p in sorted(LETTERS.glob("*.yaml"))]

# Values that sit on either side of every limit and every type the models know.
_ODD_VALUES: list[Any] = [
    None, "", "   ", " x ", "\u00a0Ana\u00a0", "\x1cAna", 0, 1, 5, 2000, 2001, -3, True, False, 1.5, 12.0, "12",
    [], {}, ["a", " ", ""], [" b "], [1], ["x" * 500], ["x" * 501], ["t"] * 30, ["t"] * 31, ["t"] * 30 + [""],
    "x" * 40, "x" * 41, "x" * 120, "x" * 121, " " + "x" * 120 + " ", "x" * 300, "x" * 301, "x" * 1500, "x" * 1501,
    "informational", "thank_you", "Thank_you", " warm", "warm", "letter", "formal", "email",
    datetime.date(2026, 3, 14), {"name": "Sam Patel"}, {"name": " "}, {"min": 300, "max": 100}, {"min": 100},
]
_KEYS = [
    "kind", "channel", "tone", "sender", "recipient", "referrer", "connection", "purpose", "ask", "follow_up",
    "meeting", "words", "name", "salutation", "title", "organization", "relationship", "background", "goal",
    "resume", "email", "phone", "date", "topics", "action_items", "min", "max", "nmae", 7,
]


def _fields(record: Any) -> Any:
    """A view as ``model_dump()`` writes a model: every field, nested records as dicts."""
    if hasattr(record, "__slots__") and not isinstance(record, (str, list)):
        return {name: _fields(getattr(record, name)) for name in record.__slots__}
    return record


def _judge(doc: Any) -> tuple[RequestView | None, LetterRequest | None]:
    view = read_view(doc)
    try:
        model: LetterRequest | None = LetterRequest.model_validate(doc)
    except ValidationError:
        model = None
    if view is not None:
        assert model is not None, f"fast reading accepted what LetterRequest refuses: {doc!r}"[:500]
        assert _fields(view) == model.model_dump()
        assert request_text(view) == request_text(model)
        assert view.greeting_name == model.greeting_name
        assert view.band == model.band
    return view, model


def _mutate(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for _ in range(rng.choice((1, 1, 2, 3))):
        target: Any = doc
        # Walk down to a nested mapping now and then.
        while isinstance(target, dict) and target and rng.random() < 0.5:
            key = rng.choice(list(target))
            if not isinstance(target[key], dict):
                break
            target = target[key]
        if not isinstance(target, dict):
            continue
        action = rng.random()
        if action < 0.15 and target:
            del target[rng.choice(list(target))]
        else:
            key = rng.choice(list(target)) if target and action < 0.7 else rng.choice(_KEYS)
            target[key] = copy.deepcopy(rng.choice(_ODD_VALUES))
    return doc


def test_every_corpus_request_is_read_alike_and_without_pydantic() -> None:
    for doc in REQUESTS:
        view, model = _judge(doc)
        assert model is not None
        assert view is not None, f"a valid corpus request left to pydantic: {doc!r}"[:300]


def test_altered_requests_are_never_read_differently() -> None:
    rng = random.Random(20261126)
    accepted = refused_by_both = 0
    for i in range(4000):
        view, model = _judge(_mutate(REQUESTS[i % len(REQUESTS)], rng))
        accepted += view is not None
        refused_by_both += model is None
    # The test is only worth something if the alterations reach both sides of the line.
    assert accepted > 300 and refused_by_both > 1000


_PEOPLE = {"sender": {"name": "Ana"}, "recipient": {"name": "Mo"}}


@pytest.mark.parametrize(
    "doc",
    [
        None,
        [],
        {"kind": "thank_you", **_PEOPLE, "meeting": {"topics": [" "]}},
        "kind: thank_you",
        {"kind": "thank_you", **_PEOPLE},
        {"kind": "informational", **_PEOPLE, "purpose": "advice"},
        {"kind": "keep_in_touch", "sender": {"name": " "}, "recipient": {"name": "Mo"}},
        {"kind": "keep_in_touch", **_PEOPLE, "words": {"max": 1, "min": 9}},
        {"kind": "keep_in_touch", **_PEOPLE, "words": {"min": True}},
    ],
)
def test_doubtful_documents_are_left_to_the_model(doc: Any) -> None:
    assert read_view(doc) is None

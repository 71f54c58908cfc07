"""The request: what a letter is for, who writes it, to whom, and what it must contain.

``LetterRequest`` follows the public contract field for field. Unknown fields are an error (a typo
must never be dropped silently), strings are stripped and an empty string counts as missing.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from netdraft._kinds import ADVICE_KINDS, KINDS, LENGTH_BANDS, Kind, band_of, greeting_name_of
from netdraft.errors import RequestError

__all__ = [
    "ADVICE_KINDS",
    "KINDS",
    "LENGTH_BANDS",
    "Kind",
    "LetterRequest",
    "Meeting",
    "Recipient",
    "Referrer",
    "Sender",
    "WordBand",
    "request_from_mapping",
]


def _blank_to_none(value: Any) -> Any:
    """Strip strings; an empty string means the field was not given."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _items(value: Any) -> Any:
    """Strip list items and drop empty ones (a trailing ``-`` in YAML must not become a topic)."""
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, str):
                item = item.strip()
                if not item:
                    continue
            out.append(item)
        return out
    return value


# Optional text fields: stripped, empty means missing, with a size limit per field kind.
_Blank = BeforeValidator(_blank_to_none)
Name = Annotated[str, _Blank, Field(min_length=1, max_length=120)]
OptName = Annotated[Annotated[str, Field(max_length=120)] | None, _Blank]
Phone = Annotated[Annotated[str, Field(max_length=40)] | None, _Blank]
Short = Annotated[Annotated[str, Field(max_length=300)] | None, _Blank]
Medium = Annotated[Annotated[str, Field(max_length=1500)] | None, _Blank]
Resume = Annotated[Annotated[str, Field(max_length=30_000)] | None, _Blank]
ItemList = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=500)]],
    BeforeValidator(_items),
    Field(default_factory=list, max_length=30),
]


class _Strict(BaseModel):
    # defer_build: the validators are built on first use, so `import netdraft` and `netdraft check
    # --kind` do not pay for pydantic schema generation they never use.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Sender(_Strict):
    """Who writes the letter."""

    name: Name
    background: Medium = None
    goal: Short = None
    resume: Resume = None
    email: OptName = None
    phone: Phone = None


class Recipient(_Strict):
    """Who reads it."""

    name: Name
    salutation: OptName = None
    title: Short = None
    organization: Short = None


class Referrer(_Strict):
    """The mutual acquaintance who suggested writing."""

    name: Name
    relationship: Short = None


class Meeting(_Strict):
    """The conversation a follow-up or thank-you letter refers to."""

    date: OptName = None
    topics: ItemList
    action_items: ItemList


class WordBand(_Strict):
    """An override of the kind's length band, in words."""

    min: Annotated[int | None, Field(default=None, ge=1, le=2000)] = None
    max: Annotated[int | None, Field(default=None, ge=1, le=2000)] = None

    @model_validator(mode="after")
    def _ordered(self) -> WordBand:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"words.min ({self.min}) is larger than words.max ({self.max})")
        return self


class LetterRequest(_Strict):
    """A structured request for one networking letter (see the contract for every field).

    Example:
        >>> LetterRequest.model_validate({
        ...     "kind": "thank_you",
        ...     "sender": {"name": "Ana Ruiz"},
        ...     "recipient": {"name": "Maria Chen"},
        ...     "meeting": {"topics": ["moving from teaching into UX research"]},
        ... }).kind
        'thank_you'
    """

    kind: Kind
    channel: Literal["email", "letter"] = "email"
    tone: Literal["formal", "warm"] = "formal"
    sender: Sender
    recipient: Recipient
    referrer: Referrer | None = None
    connection: Medium = None
    purpose: Medium = None
    ask: Short = None
    follow_up: Short = None
    meeting: Meeting | None = None
    words: WordBand | None = None

    @model_validator(mode="after")
    def _kind_requirements(self) -> LetterRequest:
        if self.kind in ("informational", "introduction"):
            for field in ("purpose", "ask"):
                if getattr(self, field) is None:
                    raise ValueError(f"{field}: required for kind '{self.kind}'")
        if self.kind in ("follow_up", "thank_you") and (self.meeting is None or not self.meeting.topics):
            raise ValueError(
                f"meeting.topics: required (at least one topic) for kind '{self.kind}'"
            )
        return self

    @property
    def greeting_name(self) -> str:
        """The name to greet: the given salutation, else the first name (warm) or full name."""
        return greeting_name_of(self.recipient.name, self.recipient.salutation, self.tone)

    @property
    def band(self) -> tuple[int, int]:
        """The word band for this letter: the kind's, overridden by ``words``."""
        return band_of(self.kind, self.words)


# ---------------------------------------------------------------------------------------------
# Turning pydantic's errors into one line that names the field.


def _fields_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The valid field names of the (nested) model at ``loc``, for did-you-mean suggestions."""
    current: Any = model
    for part in loc:
        if not isinstance(part, str):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            break
        annotation = field.annotation
        for candidate in getattr(annotation, "__args__", (annotation,)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                current = candidate
                break
    return list(getattr(current, "model_fields", {}))


def _describe(error: Any) -> tuple[str | None, str]:
    loc = tuple(error["loc"])
    path = ".".join(str(p) for p in loc) or None
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        valid = _fields_at(LetterRequest, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.5)
        hint = f"; did you mean '{close[0]}'?" if close else f"; valid fields here: {', '.join(valid)}"
        return path, f"unknown field{hint}"
    if kind == "missing":
        return path, "required field is missing"
    if kind == "literal_error":
        return path, f"must be one of {ctx.get('expected', '')}, got {error.get('input')!r}"
    if kind in ("string_too_long", "too_long"):
        limit = ctx.get("max_length")
        unit = "characters" if isinstance(error.get("input"), str) else "items"
        return path, f"too long: at most {limit} {unit}"
    if kind in ("string_too_short", "too_short"):
        return path, "must not be empty"
    if kind == "string_type":
        if error.get("input") is None:
            return path, "must not be empty"
        return path, f"must be text, got {type(error.get('input')).__name__}"
    if kind == "list_type":
        return path, f"must be a list, got {type(error.get('input')).__name__}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return path, f"must be a mapping of fields, got {type(error.get('input')).__name__}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return path, f"must be a whole number, got {error.get('input')!r}"
    if kind in ("greater_than_equal", "less_than_equal"):
        return path, error["msg"].lower()
    message = str(error["msg"]).removeprefix("Value error, ")
    if path is None and ": " in message:
        # Our own cross-field checks lead with the field path.
        field, _, rest = message.partition(": ")
        return field, rest
    return path, message


def request_from_mapping(data: Any, *, source: str | None = None) -> LetterRequest:
    """Validate a parsed mapping into a ``LetterRequest``.

    Args:
        data: The parsed YAML/JSON document.
        source: Where it came from, used as the prefix of error messages.

    Raises:
        RequestError: One line naming the first bad field and what is wrong with it.
    """
    if not isinstance(data, dict):
        raise RequestError(
            f"a request must be a mapping of fields, got {type(data).__name__}", source=source
        )
    try:
        return LetterRequest.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # The kind decides what else is required: report a bad kind before anything else.
        errors.sort(key=lambda e: 0 if tuple(e["loc"])[:1] == ("kind",) else 1)
        field, message = _describe(errors[0])
        more = len(errors) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise RequestError(message, field=field, source=source) from None

"""A request read without pydantic, for the cold start of ``netdraft check``.

Building pydantic's validators costs more than the whole rest of ``netdraft check`` (importing
``pydantic.BaseModel`` alone takes longer than importing pydantic, PyYAML and every rule together), and a
check runs once per process. So ``check`` reads its request file through ``read_view``: a strict,
conservative reading of the plain cases into frozen dataclasses with the same attributes as
``LetterRequest``. It accepts a document only when every value is plainly valid (known fields, text
where text is due, within the model's limits, the kind's required fields present) and returns
``None`` for anything else, so that ``LetterRequest`` decides: it words the error, or accepts the
rare valid document this reading leaves to it. A test holds the two to the same answer and the
same values on every request of the corpus and on thousands of altered ones.

The rules read a request through attributes only, so either form serves them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Union

from netdraft._kinds import KINDS, band_of, greeting_name_of

if TYPE_CHECKING:
    from typing import TypeAlias

    from netdraft.models import LetterRequest

__all__ = ["AnyRequest", "RequestView", "read_view", "request_text"]


class _Record:
    """A frozen record of named fields. Not a dataclass: creating six dataclasses (and importing
    ``dataclasses``, which imports ``inspect``) would cost ``check`` more start-up time than it saves."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({inner})"


class SenderView(_Record):
    __slots__ = ("name", "background", "goal", "resume", "email", "phone")  # noqa: RUF023 (the model's order)
    name: str
    background: str | None
    goal: str | None
    resume: str | None
    email: str | None
    phone: str | None


class RecipientView(_Record):
    __slots__ = ("name", "salutation", "title", "organization")  # noqa: RUF023 (the model's order)
    name: str
    salutation: str | None
    title: str | None
    organization: str | None


class ReferrerView(_Record):
    __slots__ = ("name", "relationship")
    name: str
    relationship: str | None


class MeetingView(_Record):
    __slots__ = ("date", "topics", "action_items")  # noqa: RUF023 (the model's order)
    date: str | None
    topics: list[str]
    action_items: list[str]


class WordsView(_Record):
    __slots__ = ("min", "max")  # noqa: RUF023 (the model's order)
    min: int | None
    max: int | None


class RequestView(_Record):
    """The fields of a ``LetterRequest``, read from a plainly valid document."""

    __slots__ = (  # noqa: RUF023 (the model's field order)
        "kind",
        "channel",
        "tone",
        "sender",
        "recipient",
        "referrer",
        "connection",
        "purpose",
        "ask",
        "follow_up",
        "meeting",
        "words",
    )
    kind: str
    channel: str
    tone: str
    sender: SenderView
    recipient: RecipientView
    referrer: ReferrerView | None
    connection: str | None
    purpose: str | None
    ask: str | None
    follow_up: str | None
    meeting: MeetingView | None
    words: WordsView | None

    @property
    def greeting_name(self) -> str:
        """As ``LetterRequest.greeting_name``."""
        return greeting_name_of(self.recipient.name, self.recipient.salutation, self.tone)

    @property
    def band(self) -> tuple[int, int]:
        """As ``LetterRequest.band``."""
        return band_of(self.kind, self.words)


if TYPE_CHECKING:
    AnyRequest: TypeAlias = LetterRequest | RequestView
else:
    # The rules name this type at run time too; a forward reference spares them importing pydantic.
    AnyRequest = Union["LetterRequest", RequestView]


class _Refused(Exception):
    """Not a plain case: let ``LetterRequest`` judge the document."""


# The models' limits, field by field: (longest text in characters, required).
_TEXT: dict[type, dict[str, tuple[int, bool]]] = {
    SenderView: {
        "name": (120, True),
        "background": (1500, False),
        "goal": (300, False),
        "resume": (30_000, False),
        "email": (120, False),
        "phone": (40, False),
    },
    RecipientView: {
        "name": (120, True),
        "salutation": (120, False),
        "title": (300, False),
        "organization": (300, False),
    },
    ReferrerView: {"name": (120, True), "relationship": (300, False)},
    MeetingView: {"date": (120, False)},
    RequestView: {
        "connection": (1500, False),
        "purpose": (1500, False),
        "ask": (300, False),
        "follow_up": (300, False),
    },
}
_ITEMS = ("topics", "action_items")
_MAX_ITEMS, _MAX_ITEM_CHARS = 30, 500
_WORDS_RANGE = (1, 2000)
_CHOICES = {"channel": ("email", "letter"), "tone": ("formal", "warm")}
_NESTED: dict[str, type] = {
    "sender": SenderView,
    "recipient": RecipientView,
    "referrer": ReferrerView,
    "meeting": MeetingView,
    "words": WordsView,
}


def _text(value: Any, limit: int, required: bool) -> str | None:
    # Only ``str`` itself: subclasses and other types are LetterRequest's to judge.
    if value is None and not required:
        return None
    if type(value) is not str:
        raise _Refused
    text: str = value.strip()
    if not text:
        if required:
            raise _Refused
        return None
    if len(text) > limit:
        raise _Refused
    return text


def _items(value: Any) -> list[str]:
    if type(value) is not list:
        raise _Refused
    out = []
    for item in value:
        if type(item) is not str:
            raise _Refused
        item = item.strip()
        if item:
            if len(item) > _MAX_ITEM_CHARS:
                raise _Refused
            out.append(item)
    if len(out) > _MAX_ITEMS:
        raise _Refused
    return out


# What a field left out of the document holds (``None`` for any other).
_DEFAULTS: dict[str, Any] = {"channel": "email", "tone": "formal", "topics": list, "action_items": list}


def _record(cls: type[_Record], data: Any) -> Any:
    if type(data) is not dict:
        raise _Refused
    known = cls.__slots__
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise _Refused
        if cls is RequestView and key == "kind":
            if value not in KINDS or type(value) is not str:
                raise _Refused
            values[key] = value
        elif key in _CHOICES:
            if type(value) is not str or value not in _CHOICES[key]:
                raise _Refused
            values[key] = value
        elif key in _NESTED:
            optional = key in ("referrer", "meeting", "words")
            values[key] = None if value is None and optional else _record(_NESTED[key], value)
        elif key in _ITEMS:
            values[key] = _items(value)
        elif cls is WordsView:
            if value is not None and (type(value) is not int or not _WORDS_RANGE[0] <= value <= _WORDS_RANGE[1]):
                raise _Refused
            values[key] = value
        else:
            limit, required = _TEXT[cls][key]
            values[key] = _text(value, limit, required)
    for name, (_, required) in _TEXT.get(cls, {}).items():
        if required and values.get(name) is None:
            raise _Refused
    if cls is RequestView and not {"kind", "sender", "recipient"} <= values.keys():
        raise _Refused
    for name in known:
        if name not in values:
            default = _DEFAULTS.get(name)
            values[name] = default() if callable(default) else default
    return cls(**values)


def read_view(data: Any) -> RequestView | None:
    """Read a parsed request document when it is plainly valid, else ``None`` (see the module)."""
    try:
        view = _record(RequestView, data)
    except _Refused:
        return None
    assert isinstance(view, RequestView)
    words = view.words
    if words is not None and words.min is not None and words.max is not None and words.min > words.max:
        return None
    if view.kind in ("informational", "introduction") and (view.purpose is None or view.ask is None):
        return None
    if view.kind in ("follow_up", "thank_you") and (view.meeting is None or not view.meeting.topics):
        return None
    return view


def request_text(request: AnyRequest) -> str:
    """Every text field of either form of a request, one per line (fields read directly: no serialisation)."""
    parts: list[str | None] = [
        request.sender.name,
        request.sender.background,
        request.sender.goal,
        request.sender.resume,
        request.sender.email,
        request.sender.phone,
        request.recipient.name,
        request.recipient.salutation,
        request.recipient.title,
        request.recipient.organization,
        request.connection,
        request.purpose,
        request.ask,
        request.follow_up,
    ]
    if request.referrer is not None:
        parts += [request.referrer.name, request.referrer.relationship]
    if request.meeting is not None:
        parts.append(request.meeting.date)
        parts += request.meeting.topics
        parts += request.meeting.action_items
    return "\n".join(p for p in parts if p)

"""Shared test set-up: the cassette configuration, a scripted fake model server, and the request and letter the
sentence models' tests check one sentence against.

Cassettes live in the top-level ``cassettes/<test module>/`` folder and are recorded from the real
local model server (``scripts/local-llm.sh start 8080``), never written by hand. See
docs/testing.md for re-recording.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netdraft import LetterRequest

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

# Request headers that carry credentials or account ids: never written to a cassette.
FILTER_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]
# Response headers that carry cookies, account ids or per-request ids (noise in diffs).
DROP_RESPONSE_HEADERS = {
    "set-cookie",
    "openai-organization",
    "openai-project",
    "x-request-id",
    "request-id",
    "cf-ray",
}


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Remove cookies and account or request ids from a response before it is recorded.

    ``filter_headers`` only cleans request headers; published cassettes of other projects still
    hold Cloudflare ``set-cookie`` values for that reason.
    """
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in DROP_RESPONSE_HEADERS:
            del headers[name]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Match on the body too, so a changed prompt fails loudly instead of replaying an old answer."""
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "body"],
        "filter_headers": FILTER_HEADERS,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Top-level ``cassettes/<module>/`` instead of pytest-recording's ``tests/cassettes``."""
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


# -- a scripted OpenAI-compatible server for fault tests (no network, no cassette) --------------

FAKE_BASE_URL = "http://llm.test/v1"


def completion(text: str, *, prompt_tokens: int = 300, completion_tokens: int = 150, model: str = "m") -> Any:
    """A successful chat completion response."""
    import httpx2

    return httpx2.Response(
        200,
        json={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1,
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        },
    )


def failure(
    status: int, message: str = "failed", *, headers: dict[str, str] | None = None, param: str | None = None
) -> Any:
    """An error response shaped like OpenAI's."""
    import httpx2

    return httpx2.Response(
        status,
        headers=headers or {},
        json={"error": {"message": message, "type": "error", "param": param, "code": None}},
    )


class FakeServer:
    """Answers requests from a script, one item per request; records what it was sent.

    Items are ``httpx2.Response`` objects, ``"connect"`` (a refused connection), ``"drop"``
    (the connection dies mid-request), ``"timeout"``, or a function ``request -> Response``.
    The last item repeats when the script runs out.
    """

    def __init__(self, *script: Any) -> None:
        self.script = list(script)
        self.requests: list[Any] = []

    @property
    def bodies(self) -> list[dict[str, Any]]:
        """The JSON bodies sent, in order."""
        return [json.loads(r.content) for r in self.requests]

    def __call__(self, request: Any) -> Any:
        import httpx2

        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if item == "connect":
            raise httpx2.ConnectError("connection refused", request=request)
        if item == "drop":
            raise httpx2.RemoteProtocolError(
                "server disconnected without sending a response", request=request
            )
        if item == "timeout":
            raise httpx2.ReadTimeout("timed out", request=request)
        if callable(item):
            return item(request)
        return item

    def client(self, api_key: str = "sk-test-fake") -> Any:
        """An ``openai.OpenAI`` client whose HTTP goes to this script."""
        import httpx2
        import openai

        return openai.OpenAI(
            api_key=api_key,
            base_url=FAKE_BASE_URL,
            http_client=httpx2.Client(transport=httpx2.MockTransport(self)),
        )

    def async_client(self, api_key: str = "sk-test-fake") -> Any:
        """An ``openai.AsyncOpenAI`` client whose HTTP goes to this script."""
        import httpx2
        import openai

        return openai.AsyncOpenAI(
            api_key=api_key,
            base_url=FAKE_BASE_URL,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(self)),
        )


class Sleeps:
    """An injectable sleep (sync and async) that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    """Records transport waits; pass ``RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep)``."""
    return Sleeps()


@pytest.fixture
def fake_server() -> Callable[..., FakeServer]:
    """Build a ``FakeServer`` from a script."""
    return FakeServer


def advice_request(organization: str = "Shopify") -> LetterRequest:
    """The informational request the sentence models' tests check one sentence against."""
    return LetterRequest.model_validate(
        {
            "kind": "informational",
            "sender": {"name": "Ana Ruiz", "background": "Eight years teaching middle-school science."},
            "recipient": {"name": "Maria Chen", "salutation": "Ms. Chen", "organization": organization},
            "purpose": "learn how Maria moved from teaching into UX research",
            "ask": "a 20-minute phone call",
        }
    )


def advice_letter(sentence: str) -> str:
    """A courteous letter for ``advice_request`` with ``sentence`` in its body, after the ask."""
    return (
        "Dear Ms. Chen,\n\nI taught middle-school science for eight years and I am now exploring user research. "
        "I'd love to hear how you made the jump from the classroom, and what helped most along the way.\n\n"
        f"Would you have twenty minutes for a call in the coming weeks? {sentence}\n\n"
        "Thank you for considering it.\n\nBest regards,\nAna Ruiz\n"
    )

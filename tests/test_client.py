"""The model client: configuration, one transport retry budget, errors a person can act on.

No network and no cassettes: a scripted server behind ``httpx2.MockTransport`` plays each fault.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from conftest import FAKE_BASE_URL, FakeServer, Sleeps, completion, failure

from netdraft.client import (
    DEFAULT_MODEL,
    LOCAL_API_KEY,
    ChatClient,
    RetryPolicy,
    is_reasoning_model,
    model_configured,
    parse_retry_after,
)
from netdraft.errors import ConfigError, LLMCallError

MESSAGES = [{"role": "system", "content": "Write letters."}, {"role": "user", "content": "A letter, please."}]
SECRET = "sk-test-SECRET123456789abcdefXYZ"
ENDPOINT = f"{FAKE_BASE_URL}/chat/completions"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NETDRAFT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def make(server: FakeServer, sleeps: Sleeps, **options: object) -> ChatClient:
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, **options)  # type: ignore[arg-type]
    return ChatClient(
        "gpt-4o-mini", client=server.client(SECRET), async_client=server.async_client(SECRET), retry=policy
    )


# -- configuration ------------------------------------------------------------------------------


def test_model_configured_reads_arguments_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not model_configured()
    assert model_configured(base_url="http://127.0.0.1:8080/v1")
    assert model_configured(api_key="k")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    assert model_configured()


def test_no_key_no_url_is_a_config_error_that_says_what_to_set() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        ChatClient()


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ChatClient(api_key="k").model == DEFAULT_MODEL
    assert ChatClient(api_key="k").endpoint == "https://api.openai.com/v1/chat/completions"
    monkeypatch.setenv("NETDRAFT_MODEL", "llama3.2")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    client = ChatClient()
    assert client.model == "llama3.2"
    assert client.endpoint == "http://localhost:11434/v1/chat/completions"
    # An argument beats the environment.
    assert ChatClient("qwen2.5", base_url="http://127.0.0.1:8000/v1").model == "qwen2.5"


def test_base_url_without_key_sends_a_dummy_key(sleeps: Sleeps) -> None:
    seen: list[str] = []

    def answer(request):  # type: ignore[no-untyped-def]
        seen.append(request.headers["authorization"])
        return completion("Dear Dr. Chen,")

    import httpx2

    client = ChatClient("smollm2-135m", base_url="http://127.0.0.1:9/v1")
    # Swap only the transport: the key the client built is what we check.
    client._sync_client()._client = httpx2.Client(transport=httpx2.MockTransport(answer))  # type: ignore[attr-defined]
    client.complete(MESSAGES)
    assert seen == [f"Bearer {LOCAL_API_KEY}"]


def test_parameters_pass_through_and_reasoning_models_get_their_own(sleeps: Sleeps) -> None:
    server = FakeServer(completion("hi"))
    client = ChatClient(
        "gpt-4o-mini",
        client=server.client(),
        temperature=0.2,
        max_tokens=500,
        seed=7,
        extra_body={"top_k": 40},
    )
    client.complete(MESSAGES)
    body = server.bodies[-1]
    assert (body["temperature"], body["max_tokens"], body["seed"], body["top_k"]) == (0.2, 500, 7, 40)

    for name in ("o1-mini", "o3", "o4-mini", "gpt-5", "gpt-5-nano", "azure/o3-mini"):
        assert is_reasoning_model(name), name
    for name in ("gpt-4o-mini", "llama3.2", "smollm2-135m", "olmo-2"):
        assert not is_reasoning_model(name), name
    client = ChatClient("o3-mini", client=server.client(), temperature=0.2, max_tokens=500)
    client.complete(MESSAGES)
    body = server.bodies[-1]
    assert "temperature" not in body and "max_tokens" not in body
    assert body["max_completion_tokens"] == 500


def test_a_refused_parameter_is_dropped_once_and_remembered(sleeps: Sleeps) -> None:
    server = FakeServer(
        failure(
            400, "Unsupported value: 'temperature' does not support 0.3 with this model.", param="temperature"
        ),
        completion("Dear Dr. Chen,"),
    )
    client = make(server, sleeps)
    client.temperature = 0.3
    result = client.complete(MESSAGES)
    assert result.text == "Dear Dr. Chen,"
    assert "temperature" in server.bodies[0] and "temperature" not in server.bodies[1]
    assert sleeps.waits == []  # not a transport retry: no wait
    client.complete(MESSAGES)
    assert "temperature" not in server.bodies[2]  # not sent again


def test_refused_max_tokens_becomes_max_completion_tokens(sleeps: Sleeps) -> None:
    server = FakeServer(
        failure(
            400,
            "Unsupported parameter: 'max_tokens' is not supported with this model. "
            "Use 'max_completion_tokens' instead.",
            param="max_tokens",
        ),
        completion("ok"),
    )
    client = make(server, sleeps)
    client.max_tokens = 300
    client.complete(MESSAGES)
    assert server.bodies[1].get("max_completion_tokens") == 300 and "max_tokens" not in server.bodies[1]


def test_a_caller_client_has_its_own_retries_switched_off() -> None:
    server = FakeServer(failure(500, "boom"), completion("ok"))
    user_client = server.client()
    assert user_client.max_retries == 2  # the SDK default that would stack with ours
    client = ChatClient("m", client=user_client, retry=RetryPolicy(max_attempts=1))
    with pytest.raises(LLMCallError):
        client.complete(MESSAGES)
    assert len(server.requests) == 1


# -- transport retries ------------------------------------------------------------------------


def test_429_with_retry_after_waits_as_asked_then_succeeds(sleeps: Sleeps) -> None:
    server = FakeServer(failure(429, "slow down", headers={"retry-after": "3"}), completion("Dear Dr. Chen,"))
    result = make(server, sleeps).complete(MESSAGES)
    assert result.text == "Dear Dr. Chen,"
    assert result.transport_attempts == 2
    assert sleeps.waits == [3.0]


def test_retry_after_ms_and_http_dates_are_honoured(sleeps: Sleeps) -> None:
    server = FakeServer(failure(429, headers={"retry-after-ms": "1500"}), completion("ok"))
    make(server, sleeps).complete(MESSAGES)
    assert sleeps.waits == [1.5]
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    later = format_datetime(now + timedelta(seconds=7), usegmt=True)
    assert parse_retry_after({"Retry-After": later}, now=now.timestamp()) == pytest.approx(7.0)
    assert parse_retry_after({"retry-after": "garbage"}) is None
    assert parse_retry_after({}) is None


def test_500_502_503_are_retried_with_growing_backoff(sleeps: Sleeps) -> None:
    server = FakeServer(failure(500), failure(502), failure(503), completion("ok"))
    result = make(server, sleeps, jitter=0.0).complete(MESSAGES)
    assert result.text == "ok" and result.transport_attempts == 4
    assert sleeps.waits == [0.5, 1.0, 2.0]


def test_jitter_keeps_waits_within_the_backoff(sleeps: Sleeps) -> None:
    server = FakeServer(failure(503), failure(503), completion("ok"))
    make(server, sleeps, jitter=0.5).complete(MESSAGES)
    assert 0.25 <= sleeps.waits[0] <= 0.5 and 0.5 <= sleeps.waits[1] <= 1.0


@pytest.mark.parametrize("fault", ["timeout", "connect", "drop"])
def test_timeouts_and_dropped_connections_are_retried(fault: str, sleeps: Sleeps) -> None:
    server = FakeServer(fault, completion("ok"))
    assert make(server, sleeps).complete(MESSAGES).text == "ok"
    assert len(sleeps.waits) == 1


@pytest.mark.parametrize(
    ("status", "says"),
    [
        (401, "API key was rejected"),
        (403, "may not use this model"),
        (404, "wrong model name 'gpt-4o-mini'"),
        (400, "refused the request"),
    ],
)
def test_client_errors_are_not_retried_and_explain_themselves(status: int, says: str, sleeps: Sleeps) -> None:
    server = FakeServer(failure(status, "nope"), completion("never reached"))
    with pytest.raises(LLMCallError) as info:
        make(server, sleeps).complete(MESSAGES)
    err = info.value
    assert len(server.requests) == 1 and sleeps.waits == []
    assert err.status == status and not err.retryable
    message = str(err)
    assert "\n" not in message
    assert ENDPOINT in message and f"HTTP {status}" in message and says in message


def test_context_too_long_is_named() -> None:
    server = FakeServer(failure(400, "This model's maximum context length is 8192 tokens."))
    with pytest.raises(LLMCallError, match="too long for the model's context window"):
        ChatClient("m", client=server.client()).complete(MESSAGES)


def test_budget_exhausted_raises_with_attempts_and_last_status(sleeps: Sleeps) -> None:
    server = FakeServer(failure(503, "overloaded"))
    with pytest.raises(LLMCallError) as info:
        make(server, sleeps, max_attempts=3).complete(MESSAGES)
    err = info.value
    assert err.attempts == 3 and err.status == 503 and err.retryable
    assert len(server.requests) == 3 and len(sleeps.waits) == 2
    assert "after 3 attempts" in str(err) and "HTTP 503" in str(err)


def test_total_wait_cap_stops_a_long_retry_after(sleeps: Sleeps) -> None:
    server = FakeServer(failure(429, headers={"retry-after": "120"}), completion("never"))
    with pytest.raises(LLMCallError, match="beyond the retry budget") as info:
        make(server, sleeps, max_wait=60.0).complete(MESSAGES)
    assert sleeps.waits == [] and info.value.status == 429 and len(server.requests) == 1


def test_a_refused_connection_reported_as_a_timeout_says_so(sleeps: Sleeps) -> None:
    import httpx2

    def refuse(request):  # type: ignore[no-untyped-def]
        # What the SDK's aiohttp transport does with a refused port: a connect *timeout*.
        try:
            raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 9)")
        except ConnectionRefusedError as exc:
            raise httpx2.ConnectTimeout("Cannot connect to host 127.0.0.1:9", request=request) from exc

    with pytest.raises(LLMCallError, match="could not connect") as info:
        make(FakeServer(refuse), sleeps, max_attempts=2).complete(MESSAGES)
    assert info.value.attempts == 2 and "timed out" not in str(info.value)

    class ServerDisconnectedError(Exception):  # aiohttp's, for a server that hung up
        pass

    def hang_up(request):  # type: ignore[no-untyped-def]
        raise httpx2.ConnectTimeout("Server disconnected", request=request) from ServerDisconnectedError()

    with pytest.raises(LLMCallError, match="could not connect"):
        make(FakeServer(hang_up), sleeps, max_attempts=1).complete(MESSAGES)
    with pytest.raises(LLMCallError, match="timed out"):  # a real timeout is still one
        make(FakeServer("timeout"), sleeps, max_attempts=1).complete(MESSAGES)


def test_connection_refused_says_to_check_the_server(sleeps: Sleeps) -> None:
    server = FakeServer("connect")
    with pytest.raises(LLMCallError, match="is the server running") as info:
        make(server, sleeps, max_attempts=2).complete(MESSAGES)
    assert info.value.status is None and info.value.attempts == 2


def test_the_key_never_appears_in_errors_reprs_or_logs(
    sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # Servers do echo keys: OpenAI's 401 quotes part of it, some proxies quote all of it.
    server = FakeServer(
        failure(503, f"bad upstream for {SECRET}"), failure(401, f"Incorrect API key provided: {SECRET}")
    )
    client = make(server, sleeps)
    with pytest.raises(LLMCallError) as info:
        client.complete(MESSAGES)
    own = ChatClient("m", api_key=SECRET)
    texts = [
        str(info.value),
        repr(info.value),
        repr(client),
        repr(own),
        str(info.value.__cause__),
        str(info.value.__context__),
        caplog.text,
    ]
    for text in texts:
        assert "SECRET123" not in text
    assert "HTTP 401" in str(info.value)


def test_server_error_text_is_one_short_line(sleeps: Sleeps) -> None:
    server = FakeServer(failure(404, "The model `x` does not exist\n" + "or you do not have access. " * 40))
    with pytest.raises(LLMCallError) as info:
        make(server, sleeps).complete(MESSAGES)
    assert "\n" not in str(info.value) and len(str(info.value)) < 500


# -- async --------------------------------------------------------------------------------------


def test_async_retries_use_the_async_sleep(sleeps: Sleeps) -> None:
    server = FakeServer(failure(429, headers={"retry-after": "2"}), "timeout", failure(502), completion("ok"))
    result = asyncio.run(make(server, sleeps, jitter=0.0).acomplete(MESSAGES))
    assert result.text == "ok" and result.transport_attempts == 4
    assert sleeps.waits == [2.0, 1.0, 2.0]


def test_async_client_errors_are_not_retried(sleeps: Sleeps) -> None:
    server = FakeServer(failure(401, f"Incorrect API key provided: {SECRET}"))
    with pytest.raises(LLMCallError) as info:
        asyncio.run(make(server, sleeps).acomplete(MESSAGES))
    assert info.value.status == 401 and len(server.requests) == 1 and "SECRET123" not in str(info.value)


def test_async_budget_exhausted(sleeps: Sleeps) -> None:
    server = FakeServer("drop")
    with pytest.raises(LLMCallError) as info:
        asyncio.run(make(server, sleeps, max_attempts=4).acomplete(MESSAGES))
    assert info.value.attempts == 4 and len(sleeps.waits) == 3


def test_usage_and_latency_are_reported(sleeps: Sleeps) -> None:
    server = FakeServer(completion("ok", prompt_tokens=321, completion_tokens=123))
    result = make(server, sleeps).complete(MESSAGES)
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (321, 123)
    assert result.latency >= 0 and result.finish_reason == "stop"


def test_messages_are_not_modified(sleeps: Sleeps) -> None:
    messages = [dict(m) for m in MESSAGES]
    make(FakeServer(completion("ok")), sleeps).complete(messages)
    assert messages == MESSAGES


def test_invalid_policy_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ConfigError):
        RetryPolicy(jitter=2.0)


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("<html>Bad gateway page from a proxy</html>", "did not return JSON"),
        ('{"object": "chat.completion", "choices": []}', "returned no choices"),
        ('{"choices": "nonsense"}', "returned no choices"),
    ],
)
def test_an_answer_without_a_letter_is_a_clear_error(answer: str, says: str, sleeps: Sleeps) -> None:
    import httpx2

    server = FakeServer(httpx2.Response(200, content=answer.encode()))
    with pytest.raises(LLMCallError, match=says) as info:
        make(server, sleeps).complete(MESSAGES)
    assert ENDPOINT in str(info.value) and "Bad gateway" not in str(info.value)


def test_missing_content_and_usage_read_as_empty_and_zero(sleeps: Sleeps) -> None:
    import httpx2

    # Some servers send "content": null (a refusal) and no usage block at all.
    body = {"choices": [{"message": {"role": "assistant", "content": None}, "finish_reason": "content_filter"}]}
    result = make(FakeServer(httpx2.Response(200, json=body)), sleeps).complete(MESSAGES)
    assert (result.text, result.usage.total_tokens, result.finish_reason) == ("", 0, "content_filter")
    assert result.model == "gpt-4o-mini"  # the server named none: the one we asked for
    # Content as a list of parts, as some compatible servers send it: the text parts, in order.
    parts = [{"type": "text", "text": "Dear Dr. Chen,"}, {"type": "image_url"}, {"type": "text", "text": " Hi."}]
    body = {"choices": [{"message": {"role": "assistant", "content": parts}, "finish_reason": "stop"}]}
    assert make(FakeServer(httpx2.Response(200, json=body)), sleeps).complete(MESSAGES).text == "Dear Dr. Chen, Hi."


def test_an_azure_client_is_routed_to_its_deployment(sleeps: Sleeps) -> None:
    import httpx2
    import openai

    server = FakeServer(completion("Dear Dr. Chen,"))
    azure = openai.AzureOpenAI(
        api_key=SECRET,
        api_version="2024-10-21",
        azure_endpoint="https://example-resource.openai.azure.com",
        http_client=httpx2.Client(transport=httpx2.MockTransport(server)),
    )
    assert ChatClient("my-gpt4o-deployment", client=azure).complete(MESSAGES).text == "Dear Dr. Chen,"
    url = server.requests[0].url
    assert url.path == "/openai/deployments/my-gpt4o-deployment/chat/completions"
    assert url.params["api-version"] == "2024-10-21"


def test_call_limits_bound_the_calls_and_close_in_any_order() -> None:
    import httpx2
    import openai

    busy = [0]
    peaks: list[int] = []

    async def answer(request: object) -> object:
        busy[0] += 1
        peaks[-1] = max(peaks[-1], busy[0])
        await asyncio.sleep(0.01)
        busy[0] -= 1
        return completion("Dear Maria,\n\nThank you.\n\nAna")

    async_client = openai.AsyncOpenAI(
        api_key="sk-test-fake", base_url=FAKE_BASE_URL,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer)),
    )
    client = ChatClient("m", async_client=async_client)
    messages = [{"role": "user", "content": "hi"}]

    async def calls(n: int) -> int:
        peaks.append(0)
        await asyncio.gather(*(client.acomplete(messages) for _ in range(n)))
        return peaks[-1]

    async def main() -> list[int]:
        async def block(limit: int, hold: float) -> int:
            async with client.limit_calls(limit):
                await asyncio.sleep(hold)
                return await calls(4) if limit == 2 else 0

        # The first block opens first and closes first: the second must keep its own limit.
        _, inside = await asyncio.gather(block(1, 0.0), block(2, 0.02))
        return [inside, await calls(4)]

    inside, outside = asyncio.run(main())
    assert inside == 2 and outside == 4
    with pytest.raises(ConfigError):
        asyncio.run(_enter(client.limit_calls(0)))


async def _enter(manager: object) -> None:
    async with manager:  # type: ignore[attr-defined]
        pass

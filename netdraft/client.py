"""The model client: one chat call to any OpenAI-compatible server, with one retry budget.

The official ``openai`` SDK does the HTTP; this module adds what netdraft needs around it:

- **One cheap call**: the request goes through the SDK's own ``post`` (its base URL, auth, Azure
  routing, headers, timeouts and typed status errors) with the JSON body built here, and the JSON
  answer is read here. The typed ``chat.completions.create`` would walk the messages through its
  parameter transformer and build pydantic models of the answer: about 3 ms of CPU per call on a
  slow core, half of a call to a local server and the bottleneck of a concurrent batch.

- **Configuration**: arguments first, then ``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` and
  ``NETDRAFT_MODEL``. With a base URL but no key (Ollama, vLLM, llama.cpp) a dummy key is sent,
  because those servers ignore it but the SDK insists on one.
- **Transport retries, one budget**: only HTTP 429, 408, 5xx, connection errors and timeouts are
  retried, with exponential backoff and jitter, honouring ``Retry-After`` (seconds or an HTTP date)
  and ``retry-after-ms``. The SDK's own retries are switched off (``max_retries=0``), otherwise its
  two retries would multiply with ours (see docs/LESSONS). A cap on attempts and a cap on the total
  time spent waiting bound the call.
- **Parameters a model rejects**: reasoning models (o1, o3, o4, gpt-5) get ``max_completion_tokens``
  and no ``temperature``; when any server answers 400 naming a parameter we sent, the call is made
  again once without it, and the client remembers not to send it again.
- **Errors a person can act on**: ``LLMCallError`` with one line naming the endpoint, the status and
  the likely cause. The API key never appears in a message, a repr or a log record, and the
  server's error text is kept out of prompts (it is only ever put in the exception message).

Nothing here imports ``openai`` at module import time: ``import netdraft`` stays fast and works
without the SDK for the offline path.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import logging
import os
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from netdraft.errors import ConfigError, LLMCallError
from netdraft.results import Usage

if TYPE_CHECKING:
    import openai

__all__ = [
    "DEFAULT_MODEL",
    "LOCAL_API_KEY",
    "ChatClient",
    "ChatResult",
    "RetryPolicy",
    "is_reasoning_model",
    "model_configured",
    "parse_retry_after",
]

log = logging.getLogger("netdraft.client")

# The chat completions path, relative to the base URL (Azure clients map it to their deployment).
_PATH = "/chat/completions"

DEFAULT_MODEL = "gpt-4o-mini"
"""The model used with OpenAI when neither ``model`` nor ``NETDRAFT_MODEL`` is set: small and cheap."""

LOCAL_API_KEY = "not-needed"
"""Sent as the key when a base URL is given without one: local servers ignore it, the SDK needs one."""

# Reasoning model families reject `temperature` and `max_tokens` (they take
# `max_completion_tokens`). A provider prefix such as "openai/" or "azure/" may precede the name.
_REASONING = re.compile(r"^(?:[\w.-]+/)*(?:o\d+|gpt-5)(?:\b|[-_.])", re.IGNORECASE)

# Optional parameters that a server may refuse; the 400-retry only ever drops one of these.
_OPTIONAL_PARAMS = ("temperature", "max_tokens", "max_completion_tokens", "seed")

# How servers word "this parameter is not accepted" (OpenAI, vLLM, llama.cpp, Azure).
_REFUSAL = re.compile(
    r"unsupported|not supported|unrecognized|unknown|not allowed|does not support|extra inputs|not permitted",
    re.IGNORECASE,
)

# Anything that looks like an API key, in case a server echoes one back in its error text.
_KEYLIKE = re.compile(r"\b(?:sk|pk|rk|key)-[A-Za-z0-9_*.\-]{4,}", re.IGNORECASE)


def model_configured(*, base_url: str | None = None, api_key: str | None = None) -> bool:
    """Whether a model can be called: a key or a base URL is given, or set in the environment.

    The CLI uses this to choose between the model and the offline composer.

    Args:
        base_url: A base URL given on the command line or in code.
        api_key: An API key given in code.

    Returns:
        True when a key or a base URL is available from the arguments or the environment.
    """
    return bool(base_url or api_key or os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"))


def is_reasoning_model(model: str) -> bool:
    """True for model families that reject ``temperature`` and ``max_tokens`` (o1, o3, o4, gpt-5)."""
    return bool(_REASONING.match(model))


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds a server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    Args:
        headers: Response headers (case-insensitive mapping, or lower-case keys).
        now: The current time as a POSIX timestamp (for tests); defaults to ``time.time()``.

    Returns:
        The wait in seconds (never negative), or ``None`` when no usable header is present.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    ms = lower.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = lower.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.now(timezone.utc).timestamp() if now is None else now
    return max(0.0, float(when.timestamp()) - current)


@dataclass(frozen=True)
class RetryPolicy:
    """The transport retry budget: how often and how long to retry a failed call.

    Only HTTP 429, 408, 5xx, connection errors and timeouts are retried. A validation failure
    of the letter is never a transport retry; that is the drafter's separate re-ask budget.

    Attributes:
        max_attempts: Calls in all, the first one included.
        max_wait: Seconds of waiting between calls, summed, that the budget allows; a
            ``Retry-After`` that would go beyond it ends the retries at once.
        initial: First backoff in seconds; doubled after each failure.
        max_backoff: Cap on one computed backoff (a server's ``Retry-After`` may ask for more).
        jitter: Fraction of each computed backoff that is randomised (0 to 1), so that many
            clients hit by the same outage do not come back in lockstep.
        timeout: Seconds one HTTP call may take before it counts as a timeout.
        sleep: The function that waits (tests pass one that records the waits).
        async_sleep: The coroutine function that waits in async calls.
    """

    max_attempts: int = 4
    max_wait: float = 60.0
    initial: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.25
    timeout: float = 120.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ConfigError(f"retry max_attempts must be at least 1, got {self.max_attempts}")
        if self.max_wait < 0 or self.initial < 0 or self.max_backoff < 0 or self.timeout <= 0:
            raise ConfigError("retry waits must not be negative and the timeout must be positive")
        if not 0.0 <= self.jitter <= 1.0:
            raise ConfigError(f"retry jitter must be between 0 and 1, got {self.jitter}")

    def backoff(self, failures: int) -> float:
        """The computed wait after ``failures`` failed calls (without any ``Retry-After``)."""
        base = min(self.max_backoff, self.initial * 2.0 ** (failures - 1))
        return base * (1.0 - self.jitter * random.random())


@dataclass(frozen=True)
class ChatResult:
    """What one chat call returned.

    Attributes:
        text: The assistant message content (empty string if the server sent none).
        usage: Tokens the server reported (zeros when it reported none).
        model: The model name the server reported, or the requested one.
        latency: Seconds from the first try to the answer, waits between retries included.
        transport_attempts: HTTP calls made, retries and parameter fallbacks included.
        finish_reason: Why generation stopped (``stop``, ``length``...), when reported.
    """

    text: str
    usage: Usage
    model: str
    latency: float
    transport_attempts: int = 1
    finish_reason: str | None = None


def _clean_endpoint(url: str) -> str:
    """The URL without credentials or query (some people put keys in either)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


@dataclass
class _Failure:
    """One failed call, classified."""

    retryable: bool
    status: int | None
    message: str
    retry_after: float | None = None


class ChatClient:
    """Sends chat messages to one model on an OpenAI-compatible server, with transport retries.

    Args:
        model: Model name; defaults to ``NETDRAFT_MODEL``, then ``gpt-4o-mini``.
        base_url: Server base URL (``.../v1``); defaults to ``OPENAI_BASE_URL``, then OpenAI.
        api_key: API key; defaults to ``OPENAI_API_KEY``; a dummy key when only a base URL is set.
        client: Your own ``openai.OpenAI`` client (used as is, except that its own retries are
            switched off so they do not multiply with ours).
        async_client: Your own ``openai.AsyncOpenAI`` client, likewise.
        temperature: Sampling temperature (dropped for reasoning models).
        max_tokens: Cap on output tokens (sent as ``max_completion_tokens`` to reasoning models).
        seed: Sampling seed, for servers that support repeatable output.
        extra_body: Extra JSON fields for the request body (server-specific options).
        retry: The transport retry budget.

    Raises:
        ConfigError: No key, no base URL and no client: nothing to call.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        client: openai.OpenAI | None = None,
        async_client: openai.AsyncOpenAI | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.model = model or os.environ.get("NETDRAFT_MODEL") or DEFAULT_MODEL
        self._base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        key = api_key or os.environ.get("OPENAI_API_KEY") or None
        if key is None and self._base_url is not None:
            key = LOCAL_API_KEY
        if key is None and client is None and async_client is None:
            raise ConfigError(
                "no model configured: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a local or "
                "compatible server), or pass api_key/base_url, or use the offline composer"
            )
        self.__key = key  # name-mangled and never in repr: the key must not leak by accident
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.seed = seed
        self.extra_body = dict(extra_body) if extra_body else None
        self.retry = retry or RetryPolicy()
        self._sync = client.with_options(max_retries=0) if client is not None else None
        self._async = async_client.with_options(max_retries=0) if async_client is not None else None
        self._own_async: tuple[asyncio.AbstractEventLoop, openai.AsyncOpenAI] | None = None
        self._scoped: _Scope | None = None  # the shared client of open ``concurrent()`` blocks
        # The open ``limit_calls`` blocks, innermost last: their loop and the semaphore of their calls.
        self._gates: list[tuple[asyncio.AbstractEventLoop, asyncio.Semaphore]] = []
        self._dropped: set[str] = set()  # parameters a server refused once; never sent again

    def __repr__(self) -> str:
        return f"ChatClient(model={self.model!r}, endpoint={self.endpoint!r})"

    # -- configuration -------------------------------------------------------------------------

    @property
    def endpoint(self) -> str:
        """The chat completions URL that is called (no key, no credentials, no query)."""
        client = self._sync or self._async
        base = str(client.base_url) if client is not None else (self._base_url or "https://api.openai.com/v1")
        return _clean_endpoint(base.rstrip("/") + "/chat/completions")

    def _sync_client(self) -> openai.OpenAI:
        if self._sync is None:
            import openai

            self._sync = openai.OpenAI(
                api_key=self.__key, base_url=self._base_url, max_retries=0, timeout=self.retry.timeout
            )
        return self._sync

    def _async_client(self) -> openai.AsyncOpenAI:
        if self._async is not None:
            return self._async
        loop = asyncio.get_running_loop()
        if self._scoped is not None and self._scoped.loop is loop:
            return self._scoped.client
        # Our own async client is made per event loop: its connection pool belongs to the loop
        # it was created on, and each `asyncio.run` starts a new one.
        if self._own_async is None or self._own_async[0] is not loop:
            self._own_async = (loop, self._new_async_client())
        return self._own_async[1]

    def _new_async_client(self, http_client: Any = None) -> openai.AsyncOpenAI:
        import openai

        return openai.AsyncOpenAI(
            api_key=self.__key,
            base_url=self._base_url,
            max_retries=0,
            timeout=self.retry.timeout,
            http_client=http_client,
        )

    @contextlib.asynccontextmanager
    async def concurrent(self) -> AsyncIterator[None]:
        """A block of many concurrent calls on this event loop (``draft_many`` and batches use it).

        Inside it, netdraft's own async client uses the SDK's aiohttp transport when ``aiohttp``
        is installed (``pip install 'netdraft[aiohttp]'``): with aiohttp's C parser a call costs
        about half the CPU of the default transport, which is what lets one event loop keep dozens
        of calls in flight. Blocks open at the same time on one loop (nested, or side by side under
        ``gather``) share one client, closed when the last of them ends. A client you passed in is
        used as it is.
        """
        loop = asyncio.get_running_loop()
        if self._async is not None:
            yield
            return
        scope = self._scoped
        if scope is not None and scope.loop is loop:
            scope.users += 1
        else:
            scope = _Scope(loop, self._new_async_client(_fast_http_client()))
            self._scoped = scope
        try:
            yield
        finally:
            scope.users -= 1
            if scope.users == 0:
                if self._scoped is scope:
                    self._scoped = None
                await scope.client.close()

    @contextlib.asynccontextmanager
    async def limit_calls(self, limit: int) -> AsyncIterator[None]:
        """A block in which at most ``limit`` HTTP calls of this client are in flight on this loop.

        The limit holds each call, not each letter: a batch keeps ``limit`` calls busy while the
        letters that came back are cleaned and checked, instead of leaving a call slot idle during
        that work. A retry's wait is spent outside the limit.
        """
        if limit < 1:
            raise ConfigError(f"the call limit must be at least 1, got {limit}")
        gate = (asyncio.get_running_loop(), asyncio.Semaphore(limit))
        self._gates.append(gate)
        try:
            yield
        finally:
            # Blocks side by side under ``gather`` may close in any order: remove this one, not the last.
            self._gates.remove(gate)

    def body(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        """The JSON body of the chat completions request for these messages.

        ``extra_body`` is merged in last, so a server-specific option can also replace a default.
        """
        reasoning = is_reasoning_model(self.model)
        body: dict[str, Any] = {"model": self.model, "messages": [dict(m) for m in messages]}
        if self.temperature is not None and not reasoning:
            body["temperature"] = self.temperature
        if self.max_tokens is not None:
            body["max_completion_tokens" if reasoning else "max_tokens"] = self.max_tokens
        if self.seed is not None:
            body["seed"] = self.seed
        if self.extra_body:
            body.update(self.extra_body)
        for name in self._dropped:
            body.pop(name, None)
        return body

    # -- errors --------------------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        """Server text made safe for an error message: no key, one line, short."""
        if self.__key and self.__key != LOCAL_API_KEY:
            text = text.replace(self.__key, "***")
        text = _KEYLIKE.sub("***", text)
        text = " ".join(text.split())
        return text[:200] + ("..." if len(text) > 200 else "")

    def _classify(self, exc: Exception) -> _Failure:
        import openai

        if isinstance(exc, openai.APITimeoutError) and not _refused(exc):
            return _Failure(True, None, f"timed out after {self.retry.timeout:g} s")
        if isinstance(exc, openai.APIConnectionError):
            return _Failure(True, None, "could not connect: is the server running and is the base URL right?")
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            detail = self._redact(_server_message(exc))
            suffix = f" (server said: {detail})" if detail else ""
            retry_after = parse_retry_after(exc.response.headers)
            if status == 429:
                return _Failure(True, status, "rate limited or out of quota" + suffix, retry_after)
            if status == 408 or status >= 500:
                return _Failure(True, status, "server error, try again later" + suffix, retry_after)
            if status == 401:
                why = "the API key was rejected: check OPENAI_API_KEY (or api_key)"
            elif status == 403:
                why = "the key may not use this model or endpoint: check the key's project and permissions"
            elif status == 404:
                why = (
                    f"not found: wrong model name {self.model!r} (set NETDRAFT_MODEL or --model) "
                    "or wrong base URL (it usually ends in /v1)"
                )
            elif status in (400, 413, 422) and _too_long(detail):
                why = "the prompt is too long for the model's context window: use a model with a longer one"
            elif status in (400, 422):
                why = "the server refused the request: check the model name and its parameters"
            else:
                why = "the server refused the request"
            return _Failure(False, status, why + suffix)
        return _Failure(False, None, f"unexpected {type(exc).__name__}")

    def _error(self, failure: _Failure, attempts: int, extra: str = "") -> LLMCallError:
        status = f"HTTP {failure.status}" if failure.status is not None else "no response"
        tries = f" after {attempts} attempt{'s' * (attempts != 1)}" if failure.retryable else ""
        message = f"model call to {self.endpoint} failed{tries}: {status}: {failure.message}{extra}"
        return LLMCallError(
            message,
            status=failure.status,
            attempts=attempts,
            endpoint=self.endpoint,
            retryable=failure.retryable,
        )

    def _refused_param(self, exc: Exception, kwargs: Mapping[str, Any]) -> str | None:
        """The parameter a 400 answer names as unsupported, if we sent it and may drop it."""
        import openai

        if not isinstance(exc, openai.BadRequestError):
            return None
        body = exc.body if isinstance(exc.body, dict) else {}
        err = body.get("error", body)
        param = err.get("param") if isinstance(err, dict) else None
        text = _server_message(exc).lower()
        for name in _OPTIONAL_PARAMS:
            if name not in kwargs:
                continue
            if param == name or (re.search(rf"\b{name}\b", text) and _REFUSAL.search(text)):
                return name
        return None

    def _adjust(self, name: str, kwargs: dict[str, Any]) -> None:
        """Drop a refused parameter; a refused ``max_tokens`` becomes ``max_completion_tokens``."""
        self._dropped.add(name)
        value = kwargs.pop(name)
        if name == "max_tokens" and "max_completion_tokens" not in self._dropped:
            kwargs["max_completion_tokens"] = value
        log.info("server refused parameter %r; calling again without it", name)

    # -- the wait between tries ---------------------------------------------------------------

    def _next_wait(self, failure: _Failure, failures: int, waited: float) -> float | None:
        """Seconds to wait before the next try, or ``None`` when the budget is spent."""
        if not failure.retryable or failures >= self.retry.max_attempts:
            return None
        wait = failure.retry_after if failure.retry_after is not None else self.retry.backoff(failures)
        if waited + wait > self.retry.max_wait:
            return None
        return wait

    # -- calls ---------------------------------------------------------------------------------

    def complete(self, messages: Sequence[Mapping[str, str]]) -> ChatResult:
        """Send the messages and return the answer, retrying transport failures within the budget.

        Args:
            messages: Chat messages (``role``/``content`` dicts); they are copied, never modified.

        Returns:
            The answer text, token usage, latency and number of HTTP calls made.

        Raises:
            LLMCallError: Not retryable (401, 403, 404, 400...) or the retry budget ran out.
        """
        client = self._sync_client()
        kwargs = self.body(messages)
        started = time.perf_counter()
        state = _CallState()
        try:
            try:
                # Most calls succeed at once: only a failed first try pays for tenacity's machinery.
                state.start()
                response = self._once_sync(client, kwargs, state)
            except Exception as exc:
                if not _retry_now(exc, state):
                    raise
                response = self._retry_sync(client, kwargs, state)
        except _GiveUp as stop:
            # `from None`: the SDK exception may quote the server's text; ours is the safe summary.
            raise stop.error from None
        return self._result(response, kwargs, started, state.calls)

    def _retry_sync(self, client: openai.OpenAI, kwargs: dict[str, Any], state: _CallState) -> Any:
        """The tries after a failed first one, under tenacity: wait as ``state`` says, then try again."""
        import tenacity

        self._log_retry(state)
        self.retry.sleep(state.wait or 0.0)
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(lambda e: _retry_now(e, state)),
            wait=lambda rs: state.wait or 0.0,
            stop=lambda rs: state.wait is None,
            sleep=self.retry.sleep,
            before_sleep=lambda rs: self._log_retry(state),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                state.start()
                response = self._once_sync(client, kwargs, state)
        return response

    async def acomplete(self, messages: Sequence[Mapping[str, str]]) -> ChatResult:
        """Async version of ``complete``, with the same retry budget (and ``async_sleep``).

        Args:
            messages: Chat messages; copied, never modified.

        Returns:
            The answer text, token usage, latency and number of HTTP calls made.

        Raises:
            LLMCallError: Not retryable or the retry budget ran out.
        """
        client = self._async_client()
        kwargs = self.body(messages)
        started = time.perf_counter()
        state = _CallState()
        try:
            try:
                state.start()
                response = await self._once_async(client, kwargs, state)
            except Exception as exc:
                if not _retry_now(exc, state):
                    raise
                response = await self._retry_async(client, kwargs, state)
        except _GiveUp as stop:
            raise stop.error from None
        return self._result(response, kwargs, started, state.calls)

    async def _retry_async(self, client: openai.AsyncOpenAI, kwargs: dict[str, Any], state: _CallState) -> Any:
        """Async ``_retry_sync``, sleeping with ``async_sleep``."""
        import tenacity

        self._log_retry(state)
        await self.retry.async_sleep(state.wait or 0.0)
        retrying = tenacity.AsyncRetrying(
            retry=tenacity.retry_if_exception(lambda e: _retry_now(e, state)),
            wait=lambda rs: state.wait or 0.0,
            stop=lambda rs: state.wait is None,
            sleep=self.retry.async_sleep,
            before_sleep=lambda rs: self._log_retry(state),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                state.start()
                response = await self._once_async(client, kwargs, state)
        return response

    def _once_sync(self, client: openai.OpenAI, kwargs: dict[str, Any], state: _CallState) -> Any:
        while True:
            state.calls += 1
            try:
                return client.post(_PATH, body=kwargs, cast_to=bytes)
            except Exception as exc:
                if self._handle(exc, kwargs, state):
                    continue
                raise

    async def _once_async(self, client: openai.AsyncOpenAI, kwargs: dict[str, Any], state: _CallState) -> Any:
        loop = asyncio.get_running_loop()
        gate = next((sem for owner, sem in reversed(self._gates) if owner is loop), None)
        while True:
            state.calls += 1
            try:
                if gate is None:
                    return await client.post(_PATH, body=kwargs, cast_to=bytes)
                async with gate:
                    return await client.post(_PATH, body=kwargs, cast_to=bytes)
            except Exception as exc:
                if self._handle(exc, kwargs, state):
                    continue
                raise

    def _handle(self, exc: Exception, kwargs: dict[str, Any], state: _CallState) -> bool:
        """Classify a failure; True when the call should be made again at once without a parameter."""
        import openai

        if not isinstance(exc, openai.OpenAIError):
            return False  # a bug, not a transport failure: let it surface unchanged
        refused = self._refused_param(exc, kwargs)
        if refused is not None and not state.adjusted:
            # One immediate call without the refused parameter; it does not spend the retry budget.
            state.adjusted = True
            self._adjust(refused, kwargs)
            return True
        failure = self._classify(exc)
        state.failure = failure
        state.failures += 1
        if not failure.retryable:
            raise _GiveUp(self._error(failure, state.failures))
        state.wait = self._next_wait(failure, state.failures, state.waited)
        if state.wait is None:
            extra = ""
            if failure.retry_after is not None and state.failures < self.retry.max_attempts:
                extra = f"; the server asked to wait {failure.retry_after:g} s, beyond the retry budget"
            raise _GiveUp(self._error(failure, state.failures, extra))
        state.waited += state.wait
        return False

    def _log_retry(self, state: _CallState) -> None:
        failure = state.failure
        if failure is not None and state.wait is not None:
            log.warning(
                "model call to %s failed (%s); retry %d of %d in %.2f s",
                self.endpoint,
                f"HTTP {failure.status}" if failure.status else failure.message,
                state.failures,
                self.retry.max_attempts - 1,
                state.wait,
            )

    def _result(self, response: bytes, kwargs: Mapping[str, Any], started: float, calls: int) -> ChatResult:
        try:
            data = json.loads(response)
        except ValueError:
            data = None
        choices = data.get("choices") if isinstance(data, dict) else None
        choice = choices[0] if isinstance(choices, list) and choices else None
        if not isinstance(choice, dict):
            why = "returned no choices" if isinstance(data, dict) else "did not return JSON"
            raise LLMCallError(f"model call to {self.endpoint} {why}", endpoint=self.endpoint, attempts=calls)
        message = choice.get("message")
        text = message.get("content") if isinstance(message, dict) else None
        if isinstance(text, list):  # content parts, as some compatible servers answer
            text = "".join(p["text"] for p in text if isinstance(p, dict) and isinstance(p.get("text"), str))
        raw_usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        usage = Usage(_count(raw_usage.get("prompt_tokens")), _count(raw_usage.get("completion_tokens")))
        model = data.get("model")
        return ChatResult(
            text=text if isinstance(text, str) else "",
            usage=usage,
            model=model if isinstance(model, str) and model else str(kwargs["model"]),
            latency=time.perf_counter() - started,
            transport_attempts=calls,
            finish_reason=choice.get("finish_reason"),
        )


def _count(value: Any) -> int:
    """A token count from the server's usage block; anything missing or malformed counts as 0."""
    return value if isinstance(value, int) and value > 0 else 0


def _fast_http_client() -> Any:
    """The SDK's aiohttp-based HTTP client when ``aiohttp`` is installed, else ``None`` (the default)."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return None
    import openai

    factory = getattr(openai, "DefaultAioHttpClient", None)  # openai >= 1.88
    return factory() if factory is not None else None


@dataclass
class _Scope:
    """The client that the open ``concurrent()`` blocks of one event loop share."""

    loop: asyncio.AbstractEventLoop
    client: openai.AsyncOpenAI
    users: int = 1


class _GiveUp(Exception):
    """Internal: stop retrying now and raise this error."""

    def __init__(self, error: LLMCallError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _CallState:
    """Bookkeeping of one ``complete`` call across its tries."""

    calls: int = 0
    failures: int = 0
    waited: float = 0.0
    wait: float | None = None
    failure: _Failure | None = None
    adjusted: bool = False

    def start(self) -> None:
        self.wait = None


def _refused(exc: BaseException) -> bool:
    """Whether a timeout error was really a failed connection underneath.

    The SDK's aiohttp transport reports every connection failure (a refused port, an unknown host,
    a server that hung up) as a connect *timeout*. The first cause in the chain decides: a timeout
    of the operating system or of aiohttp is one, anything else (``ConnectionRefusedError``,
    ``ServerDisconnectedError``...) is a connection that failed.
    """
    root = exc
    for _ in range(10):
        cause = root.__cause__ or root.__context__
        if cause is None:
            break
        root = cause
    return root is not exc and not isinstance(root, TimeoutError) and "Timeout" not in type(root).__name__


def _retry_now(exc: BaseException, state: _CallState) -> bool:
    """Tenacity's retry test: a classified, retryable failure with a wait left in the budget."""
    return not isinstance(exc, _GiveUp) and state.wait is not None


def _server_message(exc: Any) -> str:
    """The server's own error message from an SDK status error, if any."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])
        if isinstance(err, str):
            return err
        if isinstance(body.get("message"), str):
            return str(body["message"])
    if isinstance(body, str):
        return body
    return ""


def _too_long(detail: str) -> bool:
    return bool(re.search(r"context|too long|too many tokens|maximum.*tokens|exceeds", detail, re.IGNORECASE))

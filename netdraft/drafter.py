"""The drafter: ask a model for a letter, clean it, check it, and re-ask within a bound.

One draft runs this loop::

    render prompts -> call the model -> clean the output -> check the rules
        -> all error rules pass: done
        -> otherwise re-ask with the original messages, the last draft and the failing rules' hints

Two budgets are kept apart, because mixing them is what hurt users of the nearest tools:

- **transport retries** (``retry``): HTTP 429, 5xx, timeouts, dropped connections. They live in
  ``netdraft.client`` and never become a re-ask; the server's error text never reaches a prompt.
- **re-asks** (``max_attempts``): a draft that breaks an error rule. They are never retried as
  transport failures. The loop stops early when a re-ask fixes nothing (the same error rules
  twice in a row) and before a ``token_budget`` would be exceeded.

The re-ask prompt is bounded: the original messages, the last draft and the hints, never the
whole history, so attempt 3 costs about what attempt 2 cost. Every attempt is kept on the
returned ``Draft`` with its messages, raw output, report, usage, latency and cost, whether the
letter passed or not.

In the async path the rules can run in another process (``check_executor``), so that one event
loop keeps many model calls going while the letters that came back are checked beside it.

``openai`` is imported only when a call is made, so ``import netdraft.drafter`` is cheap.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import math
import os
import pickle
import warnings
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, Union, cast

from netdraft.clean import clean
from netdraft.client import ChatClient, ChatResult, RetryPolicy, is_reasoning_model
from netdraft.errors import ConfigError, DraftValidationError, LLMCallError
from netdraft.models import LetterRequest, request_from_mapping
from netdraft.prompts import Message, render_messages, render_reask
from netdraft.report import Report
from netdraft.results import Attempt, Draft, Usage, join_letter

if TYPE_CHECKING:
    import openai

__all__ = ["DEFAULT_MAX_TOKENS", "DEFAULT_TEMPERATURE", "Drafter", "draft"]

DEFAULT_TEMPERATURE = 0.3
"""Low enough for a letter that follows instructions, high enough that a re-ask can differ."""

DEFAULT_MAX_TOKENS = 800
"""Output cap for ordinary models: a 220-word letter is about 300 tokens, so 800 leaves room."""

Prices = Mapping[str, tuple[float, float]]
Fallback = Union[Literal["compose"], Callable[[LetterRequest], Draft], None]  # noqa: UP007


class _Checks(Protocol):
    def check(
        self, text: str, request: LetterRequest | None = None, *, kind: str | None = None
    ) -> Report: ...


class _Check(NamedTuple):
    """What the loop yields when a draft is to be checked: the letter and its request."""

    text: str
    request: LetterRequest


# What the loop yields (messages to send, or a letter to check) and receives (the answer or why
# there is none; the report).
_Loop = Generator[Union[list[Message], _Check], Union[ChatResult, LLMCallError, Report], Draft]  # noqa: UP007


def _sends_to_processes(executor: Executor) -> bool:
    from concurrent.futures import ProcessPoolExecutor  # loads multiprocessing: only when asked

    return isinstance(executor, ProcessPoolExecutor)


def _run_check(checker: _Checks, text: str, request: LetterRequest) -> Report:
    """Check one letter (module level, so that a worker process can be sent it)."""
    return checker.check(text, request)


class Drafter:
    """Drafts letters with a model, checking each draft and re-asking within a bound.

    Args:
        model: Model name; defaults to ``NETDRAFT_MODEL``, then ``gpt-4o-mini``.
        base_url: An OpenAI-compatible server (``.../v1``); defaults to ``OPENAI_BASE_URL``.
        api_key: API key; defaults to ``OPENAI_API_KEY`` (a dummy key is sent to local servers).
        client: Your own ``openai.OpenAI`` client (its own retries are switched off).
        async_client: Your own ``openai.AsyncOpenAI`` client.
        max_attempts: Model calls per letter, the first draft included (re-asks = this minus 1).
        temperature: Sampling temperature; not sent to reasoning models.
        max_tokens: Output token cap; ``"auto"`` is 800 for ordinary models and no cap for
            reasoning models (whose cap also counts their hidden reasoning tokens).
        seed: Sampling seed, for repeatable output on servers that support it.
        extra_body: Extra JSON fields for the request body (server-specific options).
        prompts_dir: A folder of templates overriding the shipped ones by file name.
        checker: What checks each draft (``netdraft.Checker`` or anything with its ``check``).
        prices: ``{model: (input_per_million, output_per_million)}``; gives ``Draft.cost``.
        token_budget: Total tokens one letter may use; re-asks stop before they would exceed it.
        on_attempt: Called with each ``Attempt`` as it completes; an exception in it becomes a
            warning and never breaks the draft.
        fallback: ``"compose"`` (or a function ``request -> Draft``) gives the offline composer's
            letter when the best model draft still has errors, marked ``fallback=True``.
        strict: Raise ``DraftValidationError`` (carrying the draft) when the result has errors.
        retry: The transport retry budget (attempts, total wait, injectable sleep).
        check_executor: Where ``adraft`` and ``draft_many`` run the checks, e.g. a
            ``ProcessPoolExecutor``: worth it only when the model answers so fast that checking
            letters on the event loop slows the calls (a local server at high concurrency). The
            checker must then pickle (custom rules defined at module level). You own it and shut
            it down; if it breaks, the checks go back to the event loop with a warning.

    Raises:
        ConfigError: Nothing to call (no key, base URL or client), or an invalid option.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        client: openai.OpenAI | None = None,
        async_client: openai.AsyncOpenAI | None = None,
        max_attempts: int = 3,
        temperature: float | None = DEFAULT_TEMPERATURE,
        max_tokens: int | Literal["auto"] | None = "auto",
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        prompts_dir: str | os.PathLike[str] | None = None,
        checker: _Checks | None = None,
        prices: Prices | None = None,
        token_budget: int | None = None,
        on_attempt: Callable[[Attempt], object] | None = None,
        fallback: Fallback = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        check_executor: Executor | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ConfigError(f"max_attempts must be at least 1, got {max_attempts}")
        if token_budget is not None and token_budget < 1:
            raise ConfigError(f"token_budget must be positive, got {token_budget}")
        if fallback is not None and fallback != "compose" and not callable(fallback):
            raise ConfigError(f"fallback must be 'compose', a function or None, got {fallback!r}")
        name = model or os.environ.get("NETDRAFT_MODEL") or None
        if max_tokens == "auto":
            max_tokens = None if name and is_reasoning_model(name) else DEFAULT_MAX_TOKENS
        self._client = ChatClient(
            name,
            base_url=base_url,
            api_key=api_key,
            client=client,
            async_client=async_client,
            temperature=temperature,
            max_tokens=max_tokens,
            seed=seed,
            extra_body=extra_body,
            retry=retry,
        )
        self.max_attempts = max_attempts
        self.prompts_dir = prompts_dir
        if checker is None:
            from netdraft.rules import Checker

            checker = Checker()
        self.checker: _Checks = checker
        if check_executor is not None and _sends_to_processes(check_executor):
            try:
                pickle.dumps(checker)
            except Exception as exc:  # pickle raises several types; all mean the same here
                raise ConfigError(
                    f"check_executor: the checker cannot be sent to another process ({exc}); "
                    "define custom rules as module-level functions, or leave check_executor out"
                ) from None
        self.check_executor = check_executor
        self.prices = dict(prices) if prices else None
        self.token_budget = token_budget
        self.on_attempt = on_attempt
        self.fallback = fallback
        self.strict = strict
        self._stacks: list[contextlib.AsyncExitStack] = []  # open ``async with`` blocks

    @property
    def model(self) -> str:
        """The model name sent with every call."""
        return self._client.model

    @property
    def client(self) -> ChatClient:
        """The transport client (endpoint, retry policy, parameters)."""
        return self._client

    def __repr__(self) -> str:
        return (
            f"Drafter(model={self.model!r}, endpoint={self._client.endpoint!r}, "
            f"max_attempts={self.max_attempts})"
        )

    async def __aenter__(self) -> Drafter:
        """``async with Drafter(...) as d:``: the ``adraft`` calls inside share one client.

        It is the client ``draft_many`` uses (on the SDK's aiohttp transport when installed) and
        it is closed when the block ends, so no connection outlives your event loop.
        """
        stack = contextlib.AsyncExitStack()
        await stack.enter_async_context(self._client.concurrent())
        self._stacks.append(stack)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._stacks.pop().aclose()

    # -- public calls --------------------------------------------------------------------------

    def draft(self, request: LetterRequest | Mapping[str, Any]) -> Draft:
        """Draft one letter.

        Args:
            request: A ``LetterRequest`` (or a mapping of its fields). It is never modified.

        Returns:
            The best draft (fewest errors, then fewest warnings, then earliest) with its report,
            every attempt and the token usage summed over all of them.

        Raises:
            LLMCallError: The first call failed (bad key, model or URL, or retries ran out).
            DraftValidationError: ``strict=True`` and the result still breaks an error rule.
        """
        loop = self._loop(request)
        try:
            step = next(loop)
            while True:
                if isinstance(step, _Check):
                    step = loop.send(self.checker.check(step.text, step.request))
                    continue
                outcome: ChatResult | LLMCallError
                try:
                    outcome = self._client.complete(step)
                except LLMCallError as exc:
                    outcome = exc
                step = loop.send(outcome)
        except StopIteration as done:
            result: Draft = done.value
            return result

    async def adraft(self, request: LetterRequest | Mapping[str, Any]) -> Draft:
        """Async version of ``draft``: same loop, same budgets, same result.

        Args:
            request: A ``LetterRequest`` (or a mapping of its fields). It is never modified.

        Returns:
            The best draft with its report, attempts and usage.

        Raises:
            LLMCallError: The first call failed.
            DraftValidationError: ``strict=True`` and the result still breaks an error rule.
        """
        loop = self._loop(request)
        try:
            step = next(loop)
            while True:
                if isinstance(step, _Check):
                    step = loop.send(await self._acheck(step))
                    continue
                outcome: ChatResult | LLMCallError
                try:
                    outcome = await self._client.acomplete(step)
                except LLMCallError as exc:
                    outcome = exc
                step = loop.send(outcome)
        except StopIteration as done:
            result: Draft = done.value
            return result

    async def draft_many(
        self, requests: Iterable[LetterRequest | Mapping[str, Any]], *, concurrency: int = 8
    ) -> list[Draft | Exception]:
        """Draft many letters concurrently, keeping their order.

        A failure (``LLMCallError``, ``DraftValidationError``, a bad request...) is recorded in
        that request's place and the others go on.

        Args:
            requests: The requests.
            concurrency: How many model calls are in flight at the same time. Twice as many letters
                are under way, so that letters that came back are checked while the calls go on.

        Returns:
            One entry per request, in order: its ``Draft``, or the exception it raised.
        """
        if concurrency < 1:
            raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
        gate = asyncio.Semaphore(2 * concurrency)

        async def one(request: LetterRequest | Mapping[str, Any]) -> Draft | Exception:
            async with gate:
                try:
                    return await self.adraft(request)
                except Exception as exc:  # recorded for this request; the batch goes on
                    return exc

        async with self._client.concurrent(), self._client.limit_calls(concurrency):
            return list(await asyncio.gather(*(one(r) for r in requests)))

    async def _acheck(self, job: _Check) -> Report:
        executor = self.check_executor
        if executor is None:
            return self.checker.check(job.text, job.request)
        try:
            return await asyncio.get_running_loop().run_in_executor(
                executor, _run_check, self.checker, job.text, job.request
            )
        except BrokenExecutor as exc:
            # A worker died (killed, out of memory): the letters still get checked, here.
            if self.check_executor is executor:
                self.check_executor = None
                warnings.warn(
                    f"check_executor broke ({exc}); checking on the event loop from now on",
                    RuntimeWarning,
                    stacklevel=2,
                )
            return self.checker.check(job.text, job.request)

    # -- the loop, free of I/O so that sync and async share it ------------------------------

    def _loop(self, request: LetterRequest | Mapping[str, Any]) -> _Loop:
        if not isinstance(request, LetterRequest):
            request = request_from_mapping(dict(request))
        first = render_messages(request, prompts_dir=self.prompts_dir)
        messages = first
        attempts: list[Attempt] = []
        for number in range(1, self.max_attempts + 1):
            outcome = yield [dict(m) for m in messages]
            if isinstance(outcome, LLMCallError):
                if not attempts:
                    raise outcome
                # A transport failure is never a re-ask: keep the drafts we have and say why.
                warnings.warn(
                    f"re-ask {number - 1} could not be made, returning the best earlier draft: {outcome}",
                    RuntimeWarning,
                    stacklevel=3,
                )
                break
            result = cast(ChatResult, outcome)  # a _Check is answered with a report, a call with this
            cleaned = clean(result.text)
            # A paper letter carries no subject line: one the model wrote anyway is dropped, not checked.
            subject = cleaned.subject if request.channel == "email" else None
            report = cast(Report, (yield _Check(join_letter(subject, cleaned.body), request)))
            attempt = self._attempt(number, messages, result, subject, cleaned.body, report)
            attempts.append(attempt)
            self._notify(attempt)
            if attempt.report.ok or number == self.max_attempts:
                break
            if len(attempts) >= 2 and attempts[-2].report.error_rules == attempt.report.error_rules:
                break  # the re-ask fixed nothing; the same hints again rarely help
            reask = render_reask(
                request,
                first,
                join_letter(attempt.subject, attempt.body),
                attempt.report.errors,
                prompts_dir=self.prompts_dir,
            )
            if self._over_budget(attempts, reask):
                break
            messages = reask
        return self._finish(request, attempts)

    def _attempt(
        self,
        number: int,
        messages: Sequence[Message],
        result: ChatResult,
        subject: str | None,
        body: str,
        report: Report,
    ) -> Attempt:
        return Attempt(
            number=number,
            messages=tuple(dict(m) for m in messages),
            raw=result.text,
            subject=subject,
            body=body,
            report=report,
            usage=result.usage,
            latency=result.latency,
            cost=self._cost(result.usage),
        )

    def _notify(self, attempt: Attempt) -> None:
        if self.on_attempt is None:
            return
        try:
            self.on_attempt(attempt)
        except Exception as exc:  # a progress callback must never break the draft
            warnings.warn(
                f"on_attempt callback raised {type(exc).__name__}: {exc}", RuntimeWarning, stacklevel=4
            )

    def _over_budget(self, attempts: Sequence[Attempt], reask: Sequence[Message]) -> bool:
        """Would the next attempt push the total past ``token_budget``?

        The estimate scales the last attempt's prompt tokens by how much longer the next prompt
        is in characters (the server's own tokenizer, so no tokenizer is needed here), and
        expects an answer as long as the last one.
        """
        if self.token_budget is None:
            return False
        last = attempts[-1]
        used = sum((a.usage for a in attempts), Usage()).total_tokens
        next_chars = sum(len(m["content"]) for m in reask)
        last_chars = sum(len(m["content"]) for m in last.messages) or 1
        if last.usage.prompt_tokens:
            prompt = math.ceil(last.usage.prompt_tokens * next_chars / last_chars)
        else:
            prompt = math.ceil(next_chars / 4)  # no usage reported: about four characters a token
        completion = last.usage.completion_tokens or math.ceil(len(last.raw) / 4)
        return used + prompt + completion > self.token_budget

    def _cost(self, usage: Usage) -> float | None:
        if not self.prices:
            return None
        price = self.prices.get(self.model)
        if price is None:
            # Dated snapshots ("gpt-4o-mini-2024-07-18") use their family's price.
            names = [n for n in self.prices if self.model.startswith(n)]
            if not names:
                return None
            price = self.prices[max(names, key=len)]
        per_in, per_out = price
        return (usage.prompt_tokens * per_in + usage.completion_tokens * per_out) / 1_000_000

    def _finish(self, request: LetterRequest, attempts: Sequence[Attempt]) -> Draft:
        best = min(attempts, key=lambda a: (len(a.report.errors), len(a.report.warnings), a.number))
        costs = [a.cost for a in attempts if a.cost is not None]
        result = Draft(
            subject=best.subject,
            body=best.body,
            report=best.report,
            attempts=tuple(attempts),
            usage=sum((a.usage for a in attempts), Usage()),
            model=self.model,
            backend="openai",
            request=request,
            cost=sum(costs) if costs else None,
        )
        if not result.ok and self.fallback is not None:
            result = self._fall_back(request, result)
        if self.strict and not result.ok:
            raise DraftValidationError(result)
        return result

    def _fall_back(self, request: LetterRequest, best: Draft) -> Draft:
        if self.fallback == "compose":
            from netdraft.compose import compose

            composed = compose(request)
        else:
            assert callable(self.fallback)
            composed = self.fallback(request)
        if len(composed.report.errors) > len(best.report.errors):
            return best  # the composer did worse: keep the model's letter
        # The letter is the composer's; the model's attempts and their cost stay on the record.
        return dataclasses.replace(
            composed,
            attempts=best.attempts,
            usage=best.usage,
            cost=best.cost,
            model=best.model,
            request=request,
            fallback=True,
        )


def draft(request: LetterRequest | Mapping[str, Any], **options: Any) -> Draft:
    """Draft one letter with a ``Drafter`` built from ``options`` (see ``Drafter`` for them).

    Args:
        request: A ``LetterRequest`` (or a mapping of its fields).
        **options: Any ``Drafter`` argument, e.g. ``model="gpt-4o-mini"``, ``max_attempts=2``.

    Returns:
        The best draft with its report, attempts and usage.
    """
    return Drafter(**options).draft(request)


"""LLM extraction against any OpenAI-compatible endpoint: grounded, retried, cached, costed.

Layers, outermost first:
- `extract_many`: a pool of `concurrency` workers over the articles; each article fails alone (its
  Extraction carries the reason) and a run-wide token budget stops new requests cleanly.
- per chunk, instructor validates the answer against `ArticleClaims` with grounding switched on, and
  re-asks (at most `max_reasks` times) with the validation error naming the quotes it cannot place;
  an answer still ungrounded after that is parsed leniently and its claims reported as UngroundedClaim.
- per HTTP request, tenacity retries transient failures (429 honouring Retry-After, 5xx, timeouts,
  connection errors, bodies that are not JSON); the SDK's own retries are off so every attempt counts.

Per-article cost is kept on the extractor (`usage[article_id]`), not in `Extraction`, whose schema is
shared with every other extractor.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol, cast
from urllib.parse import urlsplit

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core.json import extract_json_from_codeblock
from instructor.v2.core.response_model import prepare_response_model
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, stop_before_delay

from checker.cache import CacheEntry, LLMCache, cache_key
from checker.claims import SCHEMA_VERSION, Article, Extraction
from checker.errors import ExtractionError, UsageError
from checker.extract.llm_chunks import chunk_spans
from checker.extract.llm_retry import CallFailed, describe, is_transient, wait_retry_after
from checker.extract.llm_schema import (
    ArticleClaims,
    ChunkAnswer,
    GroundingSpec,
    build_extraction,
    grounding_against,
)
from checker.extract.prompts import PromptSet

log = logging.getLogger(__name__)
# instructor logs every failed attempt at ERROR; without a handler Python would print them to stderr.
logging.getLogger("instructor").addHandler(logging.NullHandler())

# Whether the extractor may build a real OpenAI client (and so send requests to a model endpoint).
# Test suites set it to False, as pydantic-ai's switch of the same name, and turn it back on only for
# the tests that talk to a server they started on 127.0.0.1; injected fake clients are not affected.
ALLOW_MODEL_REQUESTS = True

OPENAI_BASE_URL = "https://api.openai.com/v1"
ModeName = Literal["tools", "json_schema", "json", "md_json"]
MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_NO_KEY = "sk-no-key-required"  # local servers ignore the key, but the SDK insists on one
# Connection failures in a row, across the whole batch and without any response in between, after which
# the endpoint is taken for dead: no new request starts and the remaining articles are reported
# "not extracted: endpoint unreachable" at once (20 articles used to take 88 s to fail one by one).
DEAD_ENDPOINT_FAILURES = 3
# instructor wraps a plain model in a fresh subclass on every call, which defeats its schema cache
# (about 20 ms of schema generation per request); wrapping once makes every later call a cache hit.
RESPONSE_MODEL = prepare_response_model(ArticleClaims)


def default_mode(base_url: str) -> ModeName:
    """Tools for api.openai.com and local servers (llama.cpp constrains tool calls with a grammar but
    ignores response_format json_schema); elsewhere JSON mode, the most widely supported structured
    option of OpenAI-compatible hosts. CHECKER_MODE overrides."""
    host = (urlsplit(base_url).hostname or "").lower()
    return "tools" if host == "api.openai.com" or is_local(host) else "json"


def is_local(host: str) -> bool:
    if host in {"localhost", "host.docker.internal"} or host.endswith((".local", ".localhost")):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private or ip.is_unspecified


class LLMConfig(BaseModel):
    """Everything that shapes LLM extraction. The API key is a SecretStr: never printed, cached or logged."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(min_length=1)
    base_url: str = OPENAI_BASE_URL
    api_key: SecretStr | None = Field(default=None, exclude=True, repr=False)
    mode: ModeName = Field(default="tools", description="Default chosen per endpoint by default_mode()")
    temperature: float = Field(default=0, ge=0, le=2)
    max_output_tokens: int = Field(default=4096, ge=16)
    timeout_s: float = Field(default=120, gt=0)
    max_attempts: int = Field(default=5, ge=1, description="HTTP attempts per request, first included")
    max_retry_s: float = Field(default=300, gt=0, description="Give up retrying a request after this")
    backoff_s: float = Field(default=1, ge=0, description="First backoff wait when no Retry-After")
    max_backoff_s: float = Field(default=30, ge=0)
    max_reasks: int = Field(default=2, ge=0, description="Re-asks after a validation/grounding error")
    chunk_chars: int = Field(default=12000, ge=200)
    chunk_overlap: int = Field(default=600, ge=0)
    concurrency: int = Field(default=4, ge=1)
    max_tokens_total: int | None = Field(default=None, ge=1, description="Run-wide token budget")
    fuzzy_threshold: int = Field(default=90, ge=0, le=100)

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            data["base_url"] = (data.get("base_url") or OPENAI_BASE_URL).rstrip("/")
            if not data.get("mode"):
                data["mode"] = default_mode(data["base_url"])
        return data

    @model_validator(mode="after")
    def _key_for_openai(self) -> LLMConfig:
        if urlsplit(self.base_url).hostname == "api.openai.com" and self.api_key is None:
            raise ValueError("api.openai.com needs an API key: set CHECKER_API_KEY or OPENAI_API_KEY")
        if self.chunk_overlap >= self.chunk_chars:
            raise ValueError("chunk_overlap must be smaller than chunk_chars")
        return self

    @classmethod
    def from_env(cls, **overrides: Any) -> LLMConfig:
        """CHECKER_MODEL, CHECKER_BASE_URL, CHECKER_API_KEY (or OPENAI_API_KEY), CHECKER_MODE,
        CHECKER_CONCURRENCY, CHECKER_TIMEOUT; keyword overrides that are not None win. Errors are UsageError."""
        env = {
            "model": os.environ.get("CHECKER_MODEL"),
            "base_url": os.environ.get("CHECKER_BASE_URL"),
            "api_key": os.environ.get("CHECKER_API_KEY") or os.environ.get("OPENAI_API_KEY"),
            "mode": os.environ.get("CHECKER_MODE"),
            "concurrency": os.environ.get("CHECKER_CONCURRENCY"),
            "timeout_s": os.environ.get("CHECKER_TIMEOUT"),
        }
        values: dict[str, Any] = {k: v for k, v in env.items() if v}
        values.update({k: v for k, v in overrides.items() if v is not None})
        if not values.get("model"):
            raise UsageError("no LLM model: set CHECKER_MODEL or pass a model")
        try:
            return cls.model_validate(values)
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, x['loc'])) or 'config'}: {x['msg']}"
                                 for x in e.errors())
            raise UsageError(f"LLM configuration: {problems}") from None

    def generation_params(self) -> dict[str, Any]:
        """What changes an answer besides text, model, endpoint and prompt: part of the cache key."""
        return {"mode": self.mode, "temperature": self.temperature,
                "max_output_tokens": self.max_output_tokens, "max_reasks": self.max_reasks,
                "chunk_chars": self.chunk_chars, "chunk_overlap": self.chunk_overlap,
                "fuzzy_threshold": self.fuzzy_threshold}


@dataclass
class Usage:
    """Cost of one article (or a run): HTTP calls and tokens across all attempts and re-asks.

    `cached` means the answer came from the cache: no calls, no tokens this run.
    """

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False
    reasks: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Completions(Protocol):
    @property
    def create(self) -> Callable[..., Awaitable[Any]]: ...


class _Chat(Protocol):
    @property
    def completions(self) -> _Completions: ...


class AsyncChatClient(Protocol):
    """The seam under the extractor: `openai.AsyncOpenAI` or a test fake with the same shape."""

    @property
    def chat(self) -> _Chat: ...


class ModelRequestsForbidden(RuntimeError):
    """A real client was about to be built while ALLOW_MODEL_REQUESTS is False (a test set-up error)."""


class _ArticleFailed(Exception):
    def __init__(self, reason: str, *, fatal: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fatal = fatal


class _BudgetExhausted(CallFailed):
    pass


Progress = Callable[[Extraction], None]


class LLMExtractor:
    """The Extractor-protocol LLM extractor. Construct once per run and reuse it: the token budget,
    the per-article `usage` and the fatal-error latch live on the instance."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        cache: LLMCache | None = None,
        prompts: PromptSet | None = None,
        client_factory: Callable[[], AsyncChatClient] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.config = config
        self.name = f"llm:{config.model}"
        self.cache = cache
        self.prompts = prompts if prompts is not None else PromptSet.load()
        self.usage: dict[str, Usage] = {}
        self._client_factory = client_factory or self._openai_client
        self._sleep = sleep
        self._mode = MODES[config.mode]
        self._tokens_used = 0
        self._articles_done = 0
        self._budget_spent = False
        self._fatal: str | None = None
        self._connection_failures = 0  # in a row, across the batch; any response resets it
        self._unreachable: str | None = None  # set once the endpoint is taken for dead
        self._dead: asyncio.Event | None = None  # set with it, so backoff waits end at once

    @property
    def prompt_hash(self) -> str:
        return self.prompts.hash

    @property
    def total_usage(self) -> Usage:
        total = Usage(cached=bool(self.usage) and all(u.cached for u in self.usage.values()))
        for u in self.usage.values():
            total.calls += u.calls
            total.prompt_tokens += u.prompt_tokens
            total.completion_tokens += u.completion_tokens
            total.reasks += u.reasks
        return total

    def extract(self, article: Article) -> Extraction:
        """Sync entry point (the Extractor protocol); batch work should use `extract_many`."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self._extract_single(article))
        with concurrent.futures.ThreadPoolExecutor(1) as pool:  # called from inside an event loop
            return pool.submit(asyncio.run, self._extract_single(article)).result()

    async def _extract_single(self, article: Article) -> Extraction:
        (result,) = await self.extract_many([article])
        return result

    async def extract_many(
        self, articles: Iterable[Article], progress: Progress | None = None
    ) -> list[Extraction]:
        """One Extraction per article, in input order; never raises for a single article's failure."""
        items = list(articles)
        results: list[Extraction | None] = [None] * len(items)
        if not items:
            return []
        requests = asyncio.Semaphore(self.config.concurrency)  # bounds requests in flight
        self._dead = asyncio.Event()  # bound to this event loop
        if self._unreachable is not None:
            self._dead.set()
        client = self._client_factory()
        pending = iter(range(len(items)))
        stopped: list[int] = []  # refused by the token budget; their message is written at the end

        async def worker() -> None:
            for i in pending:
                ext = await self._extract_one(items[i], client, requests)
                if ext is None:
                    stopped.append(i)
                    continue
                results[i] = ext
                if progress is not None:
                    progress(ext)

        try:
            await asyncio.gather(*(worker() for _ in range(min(self.config.concurrency, len(items)))))
        finally:
            close = getattr(client, "close", None)
            if close is not None:
                done = close()
                if asyncio.iscoroutine(done):
                    await done
        for i in sorted(stopped):
            results[i] = ext = Extraction(article_id=items[i].id, extractor=self.name,
                                          errors=[self.budget_message()])
            if progress is not None:
                progress(ext)
        return [r for r in results if r is not None]

    @property
    def unreachable(self) -> str | None:
        """Why no new request starts, once the endpoint is taken for dead (None until then)."""
        return self._unreachable

    def budget_message(self) -> str:
        """Why articles were not extracted once the budget ran out, counting every article finished
        before the stop (requests already in flight complete)."""
        return (f"token budget of {self.config.max_tokens_total} exhausted after {self._articles_done} "
                "articles; not extracted")

    # --- one article --------------------------------------------------------------------------------

    def cache_key(self, article: Article) -> str:
        c = self.config
        return cache_key(text=article.text, model=c.model, base_url=c.base_url, prompt=self.prompt_hash,
                         schema=SCHEMA_VERSION, params=c.generation_params())

    async def _extract_one(self, article: Article, client: AsyncChatClient,
                           requests: asyncio.Semaphore) -> Extraction | None:
        """The article's Extraction, or None when the token budget refused a request for it."""
        key = self.cache_key(article) if self.cache is not None else ""
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            self.usage[article.id] = Usage(cached=True,
                                           reasks=sum(c.get("reasks", 0) for c in hit.chunks))
            self._articles_done += 1
            return self._build(article, [ChunkAnswer.from_json(c) for c in hit.chunks])
        usage = self.usage[article.id] = Usage()
        if self._fatal is not None:
            return self._failed(article, f"not attempted: an earlier request failed: {self._fatal}")
        if self._unreachable is not None:
            return self._failed(article, self._unreachable)
        if self._budget_exhausted():
            return None
        spans = chunk_spans(article.text, self.config.chunk_chars, self.config.chunk_overlap)
        outcomes = await asyncio.gather(
            *(self._chunk(article, span, n, len(spans), client, requests, usage)
              for n, span in enumerate(spans, 1)),
            return_exceptions=True,
        )
        answers, failures, refused = self._sort_outcomes(article, outcomes)
        usage.reasks = sum(a.reasks for a in answers)
        dead = self.unreachable  # read again: set while this article's requests were in flight
        if dead is not None and failures:
            failures = [dead]  # every chunk that failed on the dead endpoint says it once
        if not answers:
            if refused and not failures:
                return None
            return self._failed(article, _one_reason(failures or [self.budget_message()]))
        if failures or refused:  # answered chunks are kept; not cached, so a re-run asks again
            self._articles_done += 1
            missing = failures + ([self.budget_message()] if refused else [])
            ext = self._build(article, answers)
            if ext.errors:  # the chunks that did answer were unreadable too: nothing extracted
                return self._failed(article, _one_reason(missing + [e.removeprefix(f"{article.id}: ")
                                                                    for e in ext.errors]))
            note = f"{len(spans) - len(answers)} of {len(spans)} parts not extracted: {_one_reason(missing)}"
            return ext.model_copy(update={"partial": "; ".join(filter(None, [note, ext.partial]))})
        if self.cache is not None:
            chunks = [a.to_json() for a in answers]
            self.cache.put(key, CacheEntry(self.config.model, chunks, usage.as_dict()))
        self._articles_done += 1
        return self._build(article, answers)

    def _sort_outcomes(self, article: Article, outcomes: list[ChunkAnswer | BaseException]
                       ) -> tuple[list[ChunkAnswer], list[str], bool]:
        """Answered chunks, the reasons of failed ones, and whether the token budget refused one."""
        answers: list[ChunkAnswer] = []
        failures: list[str] = []
        refused = False
        for outcome in outcomes:
            if isinstance(outcome, asyncio.CancelledError):
                raise outcome
            if isinstance(outcome, _BudgetExhausted):
                refused = True
            elif isinstance(outcome, _ArticleFailed):
                if outcome.fatal and self._fatal is None:
                    self._fatal = outcome.reason
                failures.append(outcome.reason)
            elif isinstance(outcome, BaseException):
                log.exception("LLM extraction of %s failed unexpectedly", article.id, exc_info=outcome)
                failures.append(f"unexpected error: {type(outcome).__name__}: {outcome}")
            else:
                answers.append(outcome)
        return answers, failures, refused

    def _build(self, article: Article, answers: list[ChunkAnswer]) -> Extraction:
        return build_extraction(article, answers, self.name, fuzzy_threshold=self.config.fuzzy_threshold)

    def _failed(self, article: Article, reason: str) -> Extraction:
        return Extraction(article_id=article.id, extractor=self.name,
                          errors=[str(ExtractionError(article.id, reason))])

    # --- one chunk: instructor validation and re-asks ---------------------------------------------

    async def _chunk(self, article: Article, span: tuple[int, int], part: int, parts: int,
                     client: AsyncChatClient, requests: asyncio.Semaphore, usage: Usage) -> ChunkAnswer:
        start, end = span
        responses: list[Any] = []

        def on_response(response: Any) -> None:
            responses.append(response)
            u = getattr(response, "usage", None)
            prompt = int(getattr(u, "prompt_tokens", 0) or 0)
            completion = int(getattr(u, "completion_tokens", 0) or 0)
            usage.prompt_tokens += prompt
            usage.completion_tokens += completion
            self._tokens_used += prompt + completion

        hooks = Hooks()
        hooks.on("completion:response", on_response)
        # instructor.patch is typed as returning a sync create even when given an async one (as here).
        create = cast(Callable[..., Awaitable[Any]],
                      instructor.patch(create=self._transport(client, requests, usage), mode=self._mode))
        messages = self.prompts.messages(article.id, article.text[start:end], part=part, parts=parts)
        spec = GroundingSpec(article.text, near=start, fuzzy_threshold=self.config.fuzzy_threshold)
        try:
            with grounding_against(spec):
                await create(
                    response_model=RESPONSE_MODEL, messages=messages, max_retries=self.config.max_reasks,
                    hooks=hooks, strict=False, model=self.config.model,
                    temperature=self.config.temperature, max_tokens=self.config.max_output_tokens,
                )
        except CallFailed as e:
            raise self._as_failure(e) from e
        except IncompleteOutputException as e:
            raise _ArticleFailed(
                f"model output was cut at max_output_tokens={self.config.max_output_tokens} "
                "(finish_reason=length); raise max_output_tokens or lower chunk_chars") from e
        except InstructorRetryException as e:
            cause = _cause(e, CallFailed)
            if cause is not None:
                raise self._as_failure(cause) from e
            last = e.failed_attempts[-1].completion if e.failed_attempts else None
            if last is None:  # the call itself failed with something other than an API error
                why = e.__cause__ if e.__cause__ is not None else e
                raise _ArticleFailed(f"request failed: {type(why).__name__}: {why}") from e
            return ChunkAnswer(start, end, raw_answer(last, self.config.mode), grounded=False,
                               reasks=max(0, e.n_attempts - 1), note=str(e)[:500])
        return ChunkAnswer(start, end, raw_answer(responses[-1], self.config.mode),
                           reasks=max(0, len(responses) - 1))

    def _as_failure(self, e: CallFailed) -> Exception:
        return e if isinstance(e, _BudgetExhausted) else _ArticleFailed(e.reason, fatal=e.fatal)

    # --- one request: transport retries, budget, concurrency ----------------------------------------

    def _transport(self, client: AsyncChatClient, requests: asyncio.Semaphore,
                   usage: Usage) -> Callable[..., Awaitable[Any]]:
        cfg = self.config

        async def call(**kwargs: Any) -> Any:
            backoff = wait_retry_after(cfg.backoff_s, cfg.max_backoff_s)
            retrying = AsyncRetrying(
                stop=stop_after_attempt(cfg.max_attempts) | stop_before_delay(cfg.max_retry_s),
                wait=lambda state: 0 if self._unreachable is not None else backoff(state),
                retry=retry_if_exception(lambda e: is_transient(e) and self._unreachable is None),
                sleep=self._pause,
                reraise=True,
            )
            attempts = 0
            try:
                async for attempt in retrying:
                    with attempt:
                        if self._budget_exhausted():
                            raise _BudgetExhausted("token budget exhausted")
                        attempts += 1
                        async with requests:
                            if self._unreachable is not None:
                                raise CallFailed(self._unreachable)
                            usage.calls += 1
                            return await self._send(client, kwargs, cfg.timeout_s)
            except (openai.APIError, json.JSONDecodeError) as e:
                raise describe(e, base_url=cfg.base_url, model=cfg.model, attempts=attempts) from e
            raise AssertionError("unreachable: tenacity either returns or re-raises")

        return call

    async def _send(self, client: AsyncChatClient, kwargs: dict[str, Any], timeout: float) -> Any:
        """One HTTP request, counting connection failures in a row across the batch (a timeout or any
        response, even an error status, means something answers)."""
        try:
            response = await client.chat.completions.create(**kwargs, timeout=timeout)
        except openai.APIConnectionError as e:
            if not isinstance(e, openai.APITimeoutError):
                self._connection_failures += 1
                if self._connection_failures >= DEAD_ENDPOINT_FAILURES and self._unreachable is None:
                    why = describe(e, base_url=self.config.base_url, model=self.config.model, attempts=1).reason
                    self._unreachable = (f"not extracted: {why.removesuffix(' (1 attempt)')}; no new request "
                                         f"after {DEAD_ENDPOINT_FAILURES} connection failures in a row")
                    if self._dead is not None:
                        self._dead.set()
            raise
        except openai.APIStatusError:
            self._connection_failures = 0
            raise
        self._connection_failures = 0
        return response

    async def _pause(self, seconds: float) -> None:
        """A backoff wait that ends early once the endpoint is taken for dead."""
        if self._dead is None:
            await self._sleep(seconds)
            return
        waits = {asyncio.ensure_future(self._sleep(seconds)), asyncio.ensure_future(self._dead.wait())}
        _done, pending = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()

    def _budget_exhausted(self) -> bool:
        """True once the run's tokens reach max_tokens_total; sticky, so no request starts after."""
        limit = self.config.max_tokens_total
        if not self._budget_spent and limit is not None and self._tokens_used >= limit:
            self._budget_spent = True
        return self._budget_spent

    def _openai_client(self) -> AsyncChatClient:
        if not ALLOW_MODEL_REQUESTS:
            raise ModelRequestsForbidden(
                f"model requests are not allowed (checker.extract.llm.ALLOW_MODEL_REQUESTS is False); "
                f"refusing to call {self.config.base_url}")
        key = self.config.api_key.get_secret_value() if self.config.api_key else _NO_KEY
        return openai.AsyncOpenAI(base_url=self.config.base_url, api_key=key, max_retries=0,
                                  timeout=self.config.timeout_s)


def raw_answer(completion: Any, mode: str) -> str:
    """The model's answer text for a mode: tool-call arguments, or the message content (code block
    unwrapped for md_json). This is what the cache stores and the lenient parser reads."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return ""
    if mode == "tools":
        calls = getattr(message, "tool_calls", None) or []
        if calls:
            args = calls[0].function.arguments
            return args if isinstance(args, str) else json.dumps(args)
        fc = getattr(message, "function_call", None)
        if fc is not None and fc.arguments:
            return str(fc.arguments)
    text = getattr(message, "content", None) or ""
    if mode == "md_json":
        return extract_json_from_codeblock(text)
    return text


def _one_reason(reasons: list[str]) -> str:
    """Distinct reasons in order: chunks that failed the same way (a dead endpoint) say it once."""
    return "; ".join(dict.fromkeys(reasons))


def _cause(e: BaseException, kind: type[CallFailed]) -> CallFailed | None:
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None

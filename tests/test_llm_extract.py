"""LLM extractor: a queue-driven fake client behind the seam, and the real openai SDK over httpx2.MockTransport.

No test reaches the network: the MockTransport answers in-process and sleeps are recorded, not slept.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from checker.cache import LLMCache
from checker.claims import Article, Extraction, Interval, Kind
from checker.errors import UsageError
from checker.extract import Extractor
from checker.extract.llm import LLMConfig, LLMExtractor, default_mode
from checker.extract.llm_chunks import chunk_spans
from checker.extract.llm_schema import ArticleClaims, ChunkAnswer, GroundingSpec, build_extraction
from checker.extract.prompts import PromptError, PromptSet, prompts_dir
from tests.fake_openai_server import completion, sentence_claims

TEXT = (
    "Ukraine brought home 307 defenders on Saturday. "
    "On Friday, May 23, 390 Ukrainians were released. "
    "In just these two days, 697 people have been brought home. "
    "More than four years into the full-scale war, talks continue."
)
ARTICLE = Article(id="art-1", text=TEXT)
GOOD = [
    {"ref": "c1", "kind": "count", "value": 307, "category": "military", "side": {"value": "Ukrainian"},
     "counted": {"text": "defenders", "head": "defender"}, "quote": "Ukraine brought home 307 defenders on Saturday"},
    {"kind": "count", "value": "390", "date": {"text": "Friday, May 23", "month": 5, "day": 23, "weekday": "friday"},
     "quote": "On Friday, May 23, 390 Ukrainians were released"},
    {"kind": "count", "value": 697, "period_days": 2, "scope": {"value": "period", "words": "these two days"},
     "quote": "In just these two days, 697 people have been brought home"},
    {"kind": "duration", "value": {"lo": 4, "hedge": "More than"}, "unit": "years",
     "quote": "More than four years into the full-scale war"},
]
MISQUOTED = [GOOD[0], {**GOOD[2], "quote": "In just these two days, 679 people have been brought home"}]


class Sleeps(list[float]):
    """Records backoff waits instead of sleeping."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


# --- the queue-driven fake behind the seam -------------------------------------------------------------

class FakeClient:
    """Shaped like AsyncOpenAI: `chat.completions.create` pops the next canned answer or exception."""

    def __init__(self, queue: list[Any], delay: float = 0.0) -> None:
        self.queue = list(queue)
        self.requests: list[dict[str, Any]] = []
        self.delay = delay
        self.in_flight = 0
        self.max_in_flight = 0
        self.chat = self
        self.completions = self

    async def create(self, **kwargs: Any) -> Any:
        self.requests.append(kwargs)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            item = self.queue.pop(0) if self.queue else completion(GOOD)
            if callable(item):
                item = item(kwargs)
            if isinstance(item, BaseException):
                raise item
            return openai.types.chat.ChatCompletion.model_validate(item)
        finally:
            self.in_flight -= 1


def status_error(cls: type[openai.APIStatusError], status: int, headers: dict[str, str] | None = None,
                 body: dict[str, Any] | None = None) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx2.Response(status, headers=headers or {}, request=request, json=body or {})
    return cls(f"HTTP {status}", response=response, body=body)


def extractor(client: Any, tmp_path: Path | None = None, sleeps: Sleeps | None = None,
              **overrides: Any) -> LLMExtractor:
    cfg = LLMConfig(model="fake-model", base_url="http://127.0.0.1:8000/v1", api_key="sk-test-secret",
                    **overrides)
    cache = LLMCache(tmp_path / "llm.sqlite") if tmp_path is not None else None
    factory = client if callable(client) and not isinstance(client, FakeClient) else (lambda: client)
    return LLMExtractor(cfg, cache=cache, client_factory=factory, sleep=sleeps if sleeps is not None else Sleeps())


def run(ex: LLMExtractor, articles: list[Article]) -> list[Any]:
    return asyncio.run(ex.extract_many(articles))


# --- HTTP level: the real openai SDK over httpx2.MockTransport -----------------------------------------

class Wire:
    """A scripted HTTP peer: each request gets the next response factory; bodies are recorded."""

    def __init__(self, responses: list[Callable[[dict[str, Any]], httpx2.Response]]) -> None:
        self.responses = responses
        self.bodies: list[dict[str, Any]] = []

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.bodies.append(body)
        make = self.responses.pop(0) if self.responses else ok(GOOD)
        return make(body)

    def client(self) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(base_url="http://127.0.0.1:8000/v1", api_key="sk-test-secret", max_retries=0,
                                  http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(self.handler)))


def ok(claims: list[dict[str, Any]], **kw: Any) -> Callable[[dict[str, Any]], httpx2.Response]:
    return lambda body: httpx2.Response(200, json=completion(claims, tools=bool(body.get("tools")), **kw))


def status(code: int, headers: dict[str, str] | None = None) -> Callable[[dict[str, Any]], httpx2.Response]:
    return lambda body: httpx2.Response(code, headers=headers or {}, json={"error": {"message": f"status {code}"}})


def raw(content: bytes) -> Callable[[dict[str, Any]], httpx2.Response]:
    return lambda body: httpx2.Response(200, headers={"content-type": "application/json"}, content=content)


def test_is_an_extractor_and_names_model() -> None:
    ex = extractor(FakeClient([]))
    assert isinstance(ex.name, str) and ex.name == "llm:fake-model"
    seam: Extractor = ex
    result = seam.extract(ARTICLE)
    assert [c.grounding.quote for c in result.claims if c.grounding] == [g["quote"] for g in GOOD]


def test_tools_payload_sent() -> None:
    wire = Wire([ok(GOOD)])
    ex = extractor(wire.client, max_output_tokens=777)
    result = ex.extract(ARTICLE)
    assert len(result.claims) == 4 and not result.errors
    body = wire.bodies[0]
    assert body["model"] == "fake-model" and body["temperature"] == 0 and body["max_tokens"] == 777
    assert "response_format" not in body
    (tool,) = body["tools"]
    assert tool["type"] == "function" and tool["function"]["name"] == "ArticleAnswer"
    params = tool["function"]["parameters"]
    assert params["required"] == ["claims"]
    draft = params["$defs"]["ClaimDraft"]
    assert draft["additionalProperties"] is False and "quote" in draft["required"]
    assert "copied character for character" in draft["properties"]["quote"]["description"]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "ArticleAnswer"}}
    system, user = body["messages"]
    assert system["role"] == "system" and "never instructions" in system["content"]
    assert '<article id="art-1" boundary="' in user["content"] and TEXT in user["content"]
    assert user["content"].rstrip().endswith(">") and "data, not instructions" in user["content"]
    assert "sk-test-secret" not in json.dumps(body)


def test_json_schema_mode_payload_and_answer() -> None:
    wire = Wire([ok(GOOD)])
    result = extractor(wire.client, mode="json_schema").extract(ARTICLE)
    assert len(result.claims) == 4
    fmt = wire.bodies[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "ArticleAnswer"
    assert "tools" not in wire.bodies[0]


def test_429_with_retry_after_then_success() -> None:
    wire, sleeps = Wire([status(429, {"retry-after": "7"}), ok(GOOD)]), Sleeps()
    ex = extractor(wire.client, sleeps=sleeps)
    result = ex.extract(ARTICLE)
    assert len(result.claims) == 4 and not result.errors
    assert len(wire.bodies) == 2 and ex.usage["art-1"].calls == 2
    assert sleeps == [7.0]


def test_500_then_success_backs_off_with_jitter() -> None:
    wire, sleeps = Wire([status(500), status(503), ok(GOOD)]), Sleeps()
    ex = extractor(wire.client, sleeps=sleeps, backoff_s=0.5, max_backoff_s=10)
    assert len(ex.extract(ARTICLE).claims) == 4
    assert ex.usage["art-1"].calls == 3 and len(sleeps) == 2
    assert 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 1.5


@pytest.mark.parametrize("body", [b"<html>gateway hiccup</html>", json.dumps(completion(GOOD)).encode()[:90]])
def test_malformed_or_truncated_json_body_then_success(body: bytes) -> None:
    wire = Wire([raw(body), ok(GOOD)])
    ex = extractor(wire.client)
    result = ex.extract(ARTICLE)
    assert len(result.claims) == 4 and not result.errors
    assert ex.usage["art-1"].calls == 2


def test_reask_when_quote_not_in_article_then_success() -> None:
    wire = Wire([ok(MISQUOTED, prompt_tokens=100, completion_tokens=30),
                 ok(GOOD, prompt_tokens=180, completion_tokens=40)])
    ex = extractor(wire.client)
    result = ex.extract(ARTICLE)
    assert len(result.claims) == 4 and not result.ungrounded
    second = json.dumps(wire.bodies[1]["messages"])
    assert "not found in the article" in second and "679 people have been brought home" in second
    assert wire.bodies[1]["messages"][-1]["role"] == "tool"
    u = ex.usage["art-1"]
    assert (u.calls, u.prompt_tokens, u.completion_tokens, u.reasks) == (2, 280, 70, 1)


def test_still_ungrounded_after_reasks_is_reported_not_dropped() -> None:
    fake = FakeClient([completion(MISQUOTED), completion(MISQUOTED)])
    ex = extractor(fake, max_reasks=1)
    result = ex.extract(ARTICLE)
    assert len(fake.requests) == 2 and not result.errors
    assert [c.grounding.quote for c in result.claims if c.grounding] == [GOOD[0]["quote"]]
    (bad,) = result.ungrounded
    assert bad.kind is Kind.COUNT and bad.quote == MISQUOTED[1]["quote"]
    assert "not found in the article" in bad.reason and "1 re-ask" in bad.reason


def test_non_retryable_401_fails_at_once_and_stops_the_run() -> None:
    fake = FakeClient([status_error(openai.AuthenticationError, 401)])
    ex = extractor(fake, concurrency=1)
    first, second = run(ex, [ARTICLE, Article(id="art-2", text=TEXT)])
    assert len(fake.requests) == 1
    assert first.errors == [f"art-1: HTTP 401 from {ex.config.base_url}: authentication failed; "
                            "check CHECKER_API_KEY or OPENAI_API_KEY"]
    assert second.errors[0].startswith("art-2: not attempted: an earlier request failed: HTTP 401")


def test_400_fails_that_article_only() -> None:
    fake = FakeClient([status_error(openai.BadRequestError, 400), completion(GOOD)])
    ex = extractor(fake, concurrency=1)
    first, second = run(ex, [ARTICLE, Article(id="art-2", text=TEXT)])
    assert first.errors and first.errors[0].startswith("art-1: HTTP 400") and not first.claims
    assert len(second.claims) == 4 and not second.errors
    assert len(fake.requests) == 2


def test_transient_errors_exhausted_report_the_failure() -> None:
    fake = FakeClient([status_error(openai.InternalServerError, 500)] * 3)
    ex = extractor(fake, max_attempts=3)
    result = ex.extract(ARTICLE)
    assert result.errors == [f"art-1: HTTP 500 from {ex.config.base_url}: HTTP 500 (3 attempts)"]
    assert ex.usage["art-1"].calls == 3


def test_retry_after_beyond_total_cap_gives_up_without_waiting() -> None:
    fake = FakeClient([status_error(openai.RateLimitError, 429, {"retry-after": "600"})])
    sleeps = Sleeps()
    result = extractor(fake, sleeps=sleeps, max_retry_s=60).extract(ARTICLE)
    assert "rate limited (1 attempt)" in result.errors[0] and sleeps == []


def test_insufficient_quota_is_not_retried() -> None:
    err = status_error(openai.RateLimitError, 429, body={"code": "insufficient_quota", "message": "quota"})
    fake = FakeClient([err])
    result = extractor(fake).extract(ARTICLE)
    assert "quota exhausted" in result.errors[0] and len(fake.requests) == 1


def test_timeout_and_connection_errors_are_retried() -> None:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    fake = FakeClient([openai.APITimeoutError(request), openai.APIConnectionError(request=request),
                       completion(GOOD)])
    ex = extractor(fake)
    assert len(ex.extract(ARTICLE).claims) == 4 and ex.usage["art-1"].calls == 3
    assert all(r["timeout"] == ex.config.timeout_s for r in fake.requests)


def test_output_cut_at_max_tokens_is_a_clear_failure() -> None:
    fake = FakeClient([completion(GOOD, finish_reason="length")])
    result = extractor(fake, max_output_tokens=64).extract(ARTICLE)
    assert "max_output_tokens=64" in result.errors[0] and "finish_reason=length" in result.errors[0]


def test_budget_stops_cleanly_and_says_where() -> None:
    fake = FakeClient([completion(GOOD, prompt_tokens=100, completion_tokens=20)] * 5)
    ex = extractor(fake, concurrency=1, max_tokens_total=150)
    articles = [Article(id=f"a{i}", text=TEXT) for i in range(5)]
    results = run(ex, articles)
    assert [r.article_id for r in results] == [a.id for a in articles]
    assert [len(r.claims) for r in results[:2]] == [4, 4]
    message = "token budget of 150 exhausted after 2 articles; not extracted"
    assert all(r.errors == [message] and not r.claims for r in results[2:])
    assert len(fake.requests) == 2 and ex.total_usage.total_tokens == 240


def test_failed_article_does_not_stop_the_batch_and_progress_sees_all() -> None:
    seen: list[str] = []
    fake = FakeClient([completion(GOOD), status_error(openai.UnprocessableEntityError, 422), completion(GOOD)])
    ex = extractor(fake, concurrency=1)
    results = asyncio.run(ex.extract_many([Article(id=f"a{i}", text=TEXT) for i in range(3)],
                                          progress=lambda e: seen.append(e.article_id)))
    assert sorted(seen) == ["a0", "a1", "a2"]
    assert [bool(r.errors) for r in results] == [False, True, False]
    assert results[1].errors[0].startswith("a1: HTTP 422")


def test_concurrency_bounds_requests_in_flight() -> None:
    fake = FakeClient([], delay=0.01)
    ex = extractor(fake, concurrency=3)
    results = run(ex, [Article(id=f"a{i}", text=TEXT) for i in range(10)])
    assert all(len(r.claims) == 4 for r in results)
    assert fake.max_in_flight == 3


def test_long_article_chunks_are_merged_and_deduplicated() -> None:
    paragraphs = [f"Paragraph {i} says {100 + i} prisoners were freed. It adds a remark {i}." for i in range(12)]
    paragraphs[9] = paragraphs[2]  # the same sentence twice, far apart: two claims, not one
    text = "\n\n".join(paragraphs)
    fake = FakeClient([lambda kw: completion(sentence_claims(kw))] * 50)
    ex = extractor(fake, chunk_chars=260, chunk_overlap=80)
    result = ex.extract(Article(id="long", text=text))
    spans = chunk_spans(text, 260, 80)
    assert len(spans) > 2 and len(fake.requests) == len(spans)
    assert all(b - a <= 260 for a, b in spans)
    for request, (a, b) in zip(fake.requests, spans, strict=True):
        assert text[a:b] in request["messages"][-1]["content"]
    starts = [c.grounding.start for c in result.claims if c.grounding]
    assert starts == sorted(set(starts))  # overlap duplicates merged, text order
    assert len(result.claims) == 24  # two figures in each of 12 paragraphs
    assert [c.id for c in result.claims] == [f"long/c{n}" for n in range(1, 25)]
    for c in result.claims:
        assert c.grounding and text[c.grounding.start:c.grounding.end] == c.grounding.quote


def test_cache_hit_makes_zero_calls(tmp_path: Path) -> None:
    first_client = FakeClient([completion(MISQUOTED), completion(GOOD)])
    first = extractor(first_client, tmp_path)
    fresh = first.extract(ARTICLE)
    assert len(first_client.requests) == 2 and not first.usage["art-1"].cached
    again_client = FakeClient([])
    again = extractor(again_client, tmp_path)
    cached = again.extract(ARTICLE)
    assert again_client.requests == [] and cached == fresh
    assert again.usage["art-1"].cached and again.usage["art-1"].calls == 0 and again.usage["art-1"].reasks == 1
    assert b"sk-test-secret" not in (tmp_path / "llm.sqlite").read_bytes()
    other_model = LLMExtractor(LLMConfig(model="other", base_url="http://127.0.0.1:8000/v1"),
                               cache=LLMCache(tmp_path / "llm.sqlite"), client_factory=lambda: FakeClient([]))
    assert other_model.cache_key(ARTICLE) != again.cache_key(ARTICLE)
    assert extractor(FakeClient([]), tmp_path, temperature=0.5).cache_key(ARTICLE) != again.cache_key(ARTICLE)


def test_failures_are_not_cached(tmp_path: Path) -> None:
    extractor(FakeClient([status_error(openai.BadRequestError, 400)]), tmp_path).extract(ARTICLE)
    retry_client = FakeClient([completion(GOOD)])
    assert len(extractor(retry_client, tmp_path).extract(ARTICLE).claims) == 4
    assert len(retry_client.requests) == 1


def test_article_text_reaches_the_model_verbatim() -> None:
    text = "Template-looking text {{ 7*7 }} and {% raw %} stays as is; 300 people were freed."
    fake = FakeClient([completion([{"kind": "count", "value": 300, "quote": "300 people were freed"}])])
    result = extractor(fake).extract(Article(id="jinja", text=text))
    assert text in fake.requests[0]["messages"][-1]["content"] and len(result.claims) == 1


def test_claim_values_are_decimal_and_hedges_read_like_the_rules() -> None:
    claims = extractor(FakeClient([])).extract(ARTICLE).claims
    count, dated, total, duration = claims
    assert count.value == Interval.point(307) and count.side is not None and count.side.value == "ukrainian"
    assert count.category.value == "military" and count.counted is not None and count.counted.head == "defender"
    assert isinstance(dated.value.lo, Decimal) and dated.value.lo == Decimal(390)
    d = dated.date.value if dated.date else None
    assert d is not None and (d.month, d.day, d.weekday) == (5, 23, 4) and d.resolved is None
    assert total.period_days == 2 and total.figure_type == "total"
    assert duration.value == Interval(lo=Decimal(4), hi=None, lo_open=True, hedge="More than", figure=Decimal(4))
    assert duration.unit == "years"


def test_fractional_count_is_rejected_and_reasked() -> None:
    fractional = [{"kind": "count", "value": 307.5, "quote": "Ukraine brought home 307 defenders on Saturday"}]
    fake = FakeClient([completion(fractional), completion(GOOD)])
    result = extractor(fake).extract(ARTICLE)
    assert len(result.claims) == 4
    assert "a count is a whole number; got 307.5" in json.dumps(fake.requests[1]["messages"])


def test_numbers_with_separators_and_words_rejected() -> None:
    spec = GroundingSpec("Since the invasion, 6,922 Ukrainians have been brought back.")
    raw = {"claims": [{"kind": "count", "value": "6,922", "scope": {"value": "since"},
                       "quote": "6,922 Ukrainians have been brought back"}]}
    parsed = ArticleClaims.model_validate(raw, context={"grounding": spec})
    assert parsed.claims[0].value == Decimal(6922)
    with pytest.raises(ValueError, match="not a number written in digits"):
        ArticleClaims.model_validate({"claims": [{**raw["claims"][0], "value": "six thousand"}]})


def test_grounding_validation_names_the_quote() -> None:
    spec = GroundingSpec(TEXT)
    with pytest.raises(ValueError, match=r"claims\[1\]\.quote 'In just these two days, 679"):
        ArticleClaims.model_validate({"claims": MISQUOTED}, context={"grounding": spec})
    assert ArticleClaims.model_validate({"claims": MISQUOTED}).claims  # no spec: no grounding requirement


def test_lenient_parse_keeps_good_claims_and_rejects_bad_ones_with_their_error() -> None:
    raw_answer = json.dumps({"claims": [GOOD[0], {"kind": "count", "quote": "no value here"},
                                        {"kind": "nonsense", "value": 1, "quote": "x"}]})
    ext = build_extraction(ARTICLE, [ChunkAnswer(0, len(TEXT), raw_answer, grounded=False, reasks=2)], "llm:x")
    assert len(ext.claims) == 1 and ext.errors == [] and ext.partial is None
    no_value, nonsense = ext.rejected
    assert (no_value.kind, no_value.quote) == ("count", "no value here")
    assert no_value.reason.startswith("claims[1]: ") and "a count claim needs a value" in no_value.reason
    assert "still after 2 re-ask(s)" in no_value.reason
    assert (nonsense.kind, nonsense.quote) == ("nonsense", "x") and nonsense.reason.startswith("claims[2]: kind")
    broken = build_extraction(ARTICLE, [ChunkAnswer(0, 10, "{not json", grounded=False)], "llm:x")
    assert broken.errors and "not JSON" in broken.errors[0] and not broken.rejected


def test_prompt_examples_validation_error(tmp_path: Path) -> None:
    for f in prompts_dir().glob("extract_v2.*"):
        shutil.copy(f, tmp_path / f.name)
    good = PromptSet.load(tmp_path)
    assert good.hash == PromptSet.load().hash and len(good.examples) >= 3
    path = tmp_path / "extract_v2.examples.jsonl"
    lines = path.read_text().splitlines()
    first = json.loads(lines[0])
    first["claims"][0]["quote"] = "Ukraine brought home 213 prisoners of war"
    path.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n")
    with pytest.raises(PromptError, match=r"examples\.jsonl:1: claims\[0\] quote 'Ukraine brought home 213"):
        PromptSet.load(tmp_path)


def test_prompt_hash_changes_with_any_prompt_byte(tmp_path: Path) -> None:
    for f in prompts_dir().glob("extract_v2.*"):
        shutil.copy(f, tmp_path / f.name)
    before = PromptSet.load(tmp_path).hash
    system = tmp_path / "extract_v2.system.md"
    system.write_text(system.read_text() + "\n")
    assert PromptSet.load(tmp_path).hash != before
    with pytest.raises(PromptError, match="cannot read prompt file"):
        PromptSet.load(tmp_path, version="v9")


def test_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CHECKER_MODEL", "CHECKER_BASE_URL", "CHECKER_API_KEY", "OPENAI_API_KEY", "CHECKER_MODE",
                "CHECKER_CONCURRENCY"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(UsageError, match="CHECKER_MODEL"):
        LLMConfig.from_env()
    monkeypatch.setenv("CHECKER_MODEL", "gpt-4o-mini")
    with pytest.raises(UsageError, match="needs an API key"):
        LLMConfig.from_env()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-very-secret")
    monkeypatch.setenv("CHECKER_CONCURRENCY", "9")
    cfg = LLMConfig.from_env()
    assert (cfg.model, cfg.mode, cfg.concurrency) == ("gpt-4o-mini", "tools", 9)
    assert "sk-very-secret" not in repr(cfg) and "sk-very-secret" not in cfg.model_dump_json()
    monkeypatch.setenv("CHECKER_BASE_URL", "http://localhost:8080/v1/")
    monkeypatch.setenv("CHECKER_MODE", "md_json")
    local = LLMConfig.from_env(concurrency=2)
    assert (local.base_url, local.mode, local.concurrency) == ("http://localhost:8080/v1", "md_json", 2)
    with pytest.raises(UsageError, match="mode"):
        LLMConfig.from_env(mode="xml")
    assert default_mode("http://127.0.0.1:8080/v1") == "tools"
    assert default_mode("https://api.openai.com/v1") == "tools"
    assert default_mode("https://api.together.xyz/v1") == "json"


def test_unexpected_client_error_fails_only_that_article() -> None:
    fake = FakeClient([RuntimeError("boom"), completion(GOOD)])
    first, second = run(extractor(fake, concurrency=1), [ARTICLE, Article(id="art-2", text=TEXT)])
    assert first.errors == ["art-1: request failed: RuntimeError: boom"]
    assert len(second.claims) == 4


def test_md_json_mode_reads_the_code_block() -> None:
    body = completion([], tools=False)
    body["choices"][0]["message"]["content"] = "Here you go:\n```json\n" + json.dumps({"claims": GOOD}) + "\n```"
    fake = FakeClient([body])
    result = extractor(fake, mode="md_json").extract(ARTICLE)
    assert len(result.claims) == 4 and "tools" not in fake.requests[0]


def test_extract_inside_a_running_event_loop_returns_an_extraction() -> None:
    ex = extractor(FakeClient([]))

    async def inside_a_loop() -> Extraction:
        return ex.extract(ARTICLE)

    result = asyncio.run(inside_a_loop())
    assert isinstance(result, Extraction) and len(result.claims) == 4


NO_VALUE = {"kind": "count", "quote": "Ukraine brought home 307 defenders on Saturday"}


def test_an_invalid_claim_is_rejected_and_the_article_keeps_its_valid_claims() -> None:
    fake = FakeClient([completion([*GOOD, NO_VALUE])] * 2)
    result = extractor(fake, max_reasks=1).extract(ARTICLE)
    assert len(fake.requests) == 2  # re-asked once with the validation error, then kept what was valid
    assert "a count claim needs a value" in json.dumps(fake.requests[1]["messages"])
    assert result.errors == [] and result.partial is None
    assert [c.grounding.quote for c in result.claims if c.grounding] == [g["quote"] for g in GOOD]
    (rejected,) = result.rejected
    assert (rejected.article_id, rejected.kind, rejected.quote) == ("art-1", "count", NO_VALUE["quote"])
    assert "claims[4]" in rejected.reason and "needs a value" in rejected.reason


def _paragraphs(n: int) -> str:
    return "\n\n".join(f"Paragraph {i} says {100 + i} prisoners were freed. It adds a remark {i}." for i in range(n))


def test_a_failed_later_chunk_keeps_the_answered_chunks_and_marks_the_article_partial() -> None:
    text = _paragraphs(12)

    def answer(kw: dict[str, Any]) -> Any:
        if "Paragraph 11 says" in kw["messages"][-1]["content"]:
            return status_error(openai.BadRequestError, 400, body={"message": "context too long"})
        return completion(sentence_claims(kw))

    fake = FakeClient([answer] * 50)
    result = extractor(fake, chunk_chars=260, chunk_overlap=80).extract(Article(id="long", text=text))
    parts = len(chunk_spans(text, 260, 80))
    assert result.errors == [] and result.claims
    assert result.partial == (f"1 of {parts} parts not extracted: "
                              "HTTP 400 from http://127.0.0.1:8000/v1: context too long (1 attempt)")
    found = {c.grounding.quote for c in result.claims if c.grounding}
    assert "Paragraph 0 says 100 prisoners were freed" in found
    assert not any(q.startswith("Paragraph 11") for q in found)


def test_partial_answers_are_not_cached(tmp_path: Path) -> None:
    text = _paragraphs(12)
    flaky = [lambda kw: status_error(openai.BadRequestError, 400) if "Paragraph 11 says" in
             kw["messages"][-1]["content"] else completion(sentence_claims(kw))] * 50
    first = extractor(FakeClient(flaky), tmp_path, chunk_chars=260, chunk_overlap=80)
    assert first.extract(Article(id="long", text=text)).partial
    again = FakeClient([lambda kw: completion(sentence_claims(kw))] * 50)
    complete = extractor(again, tmp_path, chunk_chars=260, chunk_overlap=80).extract(Article(id="long", text=text))
    assert again.requests and complete.partial is None and len(complete.claims) == 24


@pytest.mark.allow_model_requests
def test_a_dead_endpoint_is_named_unreachable_once_for_a_long_article() -> None:
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = LLMConfig(model="m", base_url=f"http://127.0.0.1:{port}/v1", max_attempts=2, chunk_chars=260,
                    chunk_overlap=80)
    sleeps = Sleeps()
    result = LLMExtractor(cfg, sleep=sleeps).extract(Article(id="long", text=_paragraphs(12)))
    assert not result.claims and result.partial is None
    assert result.errors == [f"long: not extracted: endpoint unreachable: cannot connect to http://127.0.0.1:{port}/v1 "
                             "(Connection refused); no new request after 3 connection failures in a row"]

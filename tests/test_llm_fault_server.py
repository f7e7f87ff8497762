"""A batch through the real SDK and real sockets against a fault-injecting server on 127.0.0.1.

Every article must end extracted or reported failed (nothing lost), and the server must see exactly
the number of calls the retry policy implies.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from checker.claims import Article
from checker.extract.llm import LLMConfig, LLMExtractor
from tests.fake_openai_server import FakeOpenAIServer

pytestmark = pytest.mark.allow_model_requests  # real SDK client against the fake server on 127.0.0.1


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Officials said {100 + i} prisoners were freed on Friday. "
                                     f"Another {i + 7} came home later.") for i in range(n)]


def extractor(server: FakeOpenAIServer, sleeps: Sleeps, **overrides: Any) -> LLMExtractor:
    cfg = LLMConfig(model="fake-model", base_url=server.base_url, **overrides)
    return LLMExtractor(cfg, sleep=sleeps)


def test_every_fault_is_retried_and_the_batch_completes() -> None:
    faults = ["429", "500", "slow", "malformed", "truncated", "disconnect"]
    batch = articles(6)
    sleeps = Sleeps()
    with FakeOpenAIServer(faults, slow_s=1.0, retry_after="3") as server:
        # max_attempts covers the worst case of one article drawing every fault.
        ex = extractor(server, sleeps, concurrency=3, timeout_s=0.3, max_attempts=len(faults) + 1)
        results = asyncio.run(ex.extract_many(batch))
        calls = server.calls
    assert calls == len(batch) + len(faults)
    assert [r.article_id for r in results] == [a.id for a in batch]
    for art, r in zip(batch, results, strict=True):
        assert not r.errors and not r.ungrounded
        assert [c.quote for c in r.claims] == [s.strip() + "" for s in art.text.split(".")[:2]]
        for c in r.claims:
            assert c.grounding and art.text[c.grounding.start:c.grounding.end] == c.grounding.quote
    assert sum(u.calls for u in ex.usage.values()) == calls
    assert 3.0 in sleeps and len(sleeps) == len(faults)  # Retry-After honoured; one wait per fault
    assert ex.total_usage.prompt_tokens > 0 and ex.total_usage.completion_tokens > 0


def test_failures_are_reported_per_article_and_nothing_is_lost() -> None:
    # Sequential, so the script maps to articles: a0 ok; a1 500,500 -> gives up (max_attempts=2);
    # a2 ungrounded twice -> claims reported ungrounded after 1 re-ask; a3 429 then ok; a4 ok.
    script = ["ok", "500", "500", "ungrounded", "ungrounded", "429", "ok", "ok"]
    batch = articles(5)
    sleeps = Sleeps()
    with FakeOpenAIServer(script) as server:
        ex = extractor(server, sleeps, concurrency=1, max_attempts=2, max_reasks=1)
        results = asyncio.run(ex.extract_many(batch))
        calls = server.calls
    assert calls == len(script)
    a0, a1, a2, a3, a4 = results
    assert len(a0.claims) == 2 and not a0.errors
    assert a1.errors == [f"a1: HTTP 500 from {ex.config.base_url}: internal error (2 attempts)"] and not a1.claims
    assert not a2.claims and len(a2.ungrounded) == 1 and "1 re-ask" in a2.ungrounded[0].reason
    assert len(a3.claims) == 2 and ex.usage["a3"].calls == 2
    assert len(a4.claims) == 2
    assert [ex.usage[a.id].calls for a in batch] == [1, 2, 2, 2, 1]


def test_unauthorized_stops_new_requests() -> None:
    batch = articles(4)
    with FakeOpenAIServer(["401"]) as server:
        ex = extractor(server, Sleeps(), concurrency=1)
        results = asyncio.run(ex.extract_many(batch))
        calls = server.calls
    assert calls == 1
    assert "HTTP 401" in results[0].errors[0]
    assert all(r.errors[0].startswith(f"{r.article_id}: not attempted") for r in results[1:])


@pytest.mark.parametrize("concurrency", [1, 4])
def test_budget_stop_is_clean_under_concurrency(concurrency: int) -> None:
    batch = articles(12)
    with FakeOpenAIServer() as server:
        ex = extractor(server, Sleeps(), concurrency=concurrency, max_tokens_total=1)
        results = asyncio.run(ex.extract_many(batch))
        calls = server.calls
    extracted = [r for r in results if r.claims]
    stopped = [r for r in results if r.errors]
    assert len(extracted) + len(stopped) == len(batch)
    # Requests already in flight when the budget ran out finish; none starts afterwards.
    assert len(extracted) == calls <= concurrency
    assert all(r.errors == [f"token budget of 1 exhausted after {len(extracted)} articles; not extracted"]
               for r in stopped)

"""A dead endpoint fails the batch fast: after a run of connection failures across the batch no new
request starts, and the rest is reported "not extracted: endpoint unreachable"."""

from __future__ import annotations

import asyncio
import socket

import pytest

from checker.claims import Article
from checker.extract.llm import DEAD_ENDPOINT_FAILURES, LLMConfig, LLMExtractor
from tests.fake_openai_server import FakeOpenAIServer

ARTICLES = [Article(id=f"a{i:02}", text=f"Report {i}: {100 + i} prisoners were freed on Monday.") for i in range(20)]


class Sleeps(list[float]):
    """Records backoff waits instead of sleeping."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def _closed_port() -> int:
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.allow_model_requests
def test_twenty_articles_on_a_dead_endpoint_stop_after_a_few_connection_failures() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    sleeps = Sleeps()
    ex = LLMExtractor(LLMConfig(model="m", base_url=url, concurrency=4), sleep=sleeps)  # 5 attempts per request
    results = asyncio.run(ex.extract_many(ARTICLES))
    assert [r.article_id for r in results] == [a.id for a in ARTICLES]
    assert all(r.errors == [f"{r.article_id}: not extracted: endpoint unreachable: cannot connect to {url} "
                            f"(Connection refused); no new request after {DEAD_ENDPOINT_FAILURES} connection "
                            "failures in a row"] for r in results), results[0].errors
    calls = ex.total_usage.calls
    assert DEAD_ENDPOINT_FAILURES <= calls <= DEAD_ENDPOINT_FAILURES + 4  # the requests already in flight
    assert sum(sleeps) < 10  # before: every article waited out 5 attempts of backoff (88 s for 20)


@pytest.mark.allow_model_requests
def test_connection_failures_with_answers_in_between_do_not_stop_the_batch() -> None:
    script = ["disconnect", "disconnect", "ok"] * 3  # never three failures in a row
    with FakeOpenAIServer(script) as server:
        ex = LLMExtractor(LLMConfig(model="m", base_url=server.base_url, concurrency=1), sleep=Sleeps())
        results = asyncio.run(ex.extract_many(ARTICLES[:6]))
    assert all(not r.errors for r in results), [r.errors for r in results]
    assert ex.unreachable is None

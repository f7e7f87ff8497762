"""The CLI driving the LLM extractor against a fault-injecting OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from checker.cli import main
from tests.fake_openai_server import FakeOpenAIServer, sentence_claims
from tests.helpers import SEEDS

pytestmark = pytest.mark.allow_model_requests  # real SDK client against servers on 127.0.0.1


@pytest.fixture(autouse=True)
def _api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["check", str(SEEDS), "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_llm_extractor_through_cli_survives_faults_and_reruns_from_cache(tmp_path, capsys):
    cache = tmp_path / "llm.sqlite"
    with FakeOpenAIServer(["429", "500", "malformed"], retry_after="0") as server:
        args = ["--extractor", "llm", "--base-url", server.base_url, "--model", "fake-model",
                "--cache", str(cache), "--concurrency", "2"]
        code, doc = _run(args, capsys)
        assert code in (0, 1)  # the fake's claims are crude; the protocol is what is tested here
        assert doc["extractor"] == "llm:fake-model"
        assert server.calls == 2 + 3  # one answer per seed, three faults retried
        assert doc["usage"]["total"]["calls"] == server.calls
        assert doc["usage"]["prompt_hash"]
        for art in doc["articles"]:
            assert art["claims"] and not art["errors"]
            text = (SEEDS / f"{art['id']}.txt").read_text(encoding="utf-8")
            for c in art["claims"]:
                assert text[c["start"]:c["end"]] == c["quote"]
        before = server.calls
        code2, doc2 = _run(args, capsys)
        assert server.calls == before  # the re-run is served from the cache
        assert doc2["findings"] == doc["findings"] and doc2["usage"]["total"]["calls"] == 0
    assert b"sk-test" not in cache.read_bytes()


def test_auto_uses_the_llm_when_an_endpoint_is_configured(tmp_path, capsys, monkeypatch):
    with FakeOpenAIServer() as server:
        monkeypatch.setenv("CHECKER_BASE_URL", server.base_url)
        monkeypatch.setenv("CHECKER_MODEL", "fake-model")
        _code, doc = _run(["--no-cache"], capsys)
        assert doc["extractor"] == "llm:fake-model" and server.calls == 2


def test_without_an_endpoint_the_offline_extractor_runs(capsys):
    code, doc = _run([], capsys)
    assert code == 0 and doc["extractor"] == "rules" and doc["usage"] == {}


def test_token_budget_stops_cleanly_and_says_where(tmp_path, capsys):
    with FakeOpenAIServer() as server:
        code = main(["check", str(SEEDS), "--format", "json", "--extractor", "llm", "--base-url", server.base_url,
                     "--model", "m", "--no-cache", "--concurrency", "1", "--max-tokens-total", "10"])
        captured = capsys.readouterr()
        doc = json.loads(captured.out)
        assert code == 2 and server.calls == 1
        errors = [e for a in doc["articles"] for e in a["errors"]]
        assert errors == ["token budget of 10 exhausted after 1 articles; not extracted"]
        assert "token budget of 10 exhausted" in captured.err


def test_unreachable_endpoint_reports_each_article_failed(capsys):
    import socket

    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["check", str(SEEDS), "--format", "json", "--extractor", "llm", "--no-cache", "--max-attempts", "2",
                 "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "m"])
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert code == 2
    assert {a["id"] for a in doc["articles"]} == {p.stem for p in SEEDS.glob("*.txt")}
    assert all(a["errors"] and "connect" in a["errors"][0].lower() for a in doc["articles"]), doc["articles"]
    lines = captured.err.splitlines()
    assert len(lines) == len(doc["articles"])  # one line per article, the reason said once
    assert all(line.count("endpoint unreachable") == 1 and f"127.0.0.1:{port}/v1" in line for line in lines)


def test_an_invalid_claim_is_reported_rejected_and_is_not_an_error(capsys):
    def answer(request: dict) -> list[dict]:
        return [*sentence_claims(request), {"kind": "count", "quote": "a count the model gave no value"}]

    with FakeOpenAIServer(answer=answer) as server:
        args = ["--extractor", "llm", "--base-url", server.base_url, "--model", "m", "--no-cache"]
        code, doc = _run(args, capsys)
        assert code in (0, 1) and server.calls == 2 * 3  # two articles, each asked and re-asked twice
        for art in doc["articles"]:
            assert art["claims"] and art["errors"] == [] and art["partial"] is None
            (rejected,) = art["rejected"]
            assert rejected["kind"] == "count" and rejected["quote"] == "a count the model gave no value"
            assert "needs a value" in rejected["reason"]
        assert doc["summary"]["rejected"] == 2 and doc["summary"]["errors"] == 0
        assert main(["check", str(SEEDS), *args]) in (0, 1)
        report = capsys.readouterr().out
        assert "## Rejected claims" in report and "a count the model gave no value" in report


def test_a_partly_extracted_article_keeps_its_claims_warns_and_is_not_an_error(tmp_path, capsys):
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join(f"Paragraph {i} says {100 + i} prisoners were freed on Friday." for i in range(300)),
                    encoding="utf-8")
    assert len(long.read_text(encoding="utf-8")) > 12000  # more than one chunk at the default chunk size
    for quiet in ([], ["-q"]):
        with FakeOpenAIServer(["ok", "500"]) as server:  # one request at a time: the second chunk fails
            code = main(["check", str(long), "-f", "json", "--extractor", "llm", "--base-url", server.base_url,
                         "--model", "m", "--no-cache", "--concurrency", "1", "--max-attempts", "1", *quiet])
            calls = server.calls
        captured = capsys.readouterr()
        assert code in (0, 1) and calls == 2
        (art,) = json.loads(captured.out)["articles"]
        assert art["claims"] and art["errors"] == []
        assert art["partial"].startswith("1 of 2 parts not extracted: HTTP 500 from ")
        warning = f"checker: warning: long: partly extracted: {art['partial']}\n"
        assert captured.err == ("" if quiet else warning)


def test_a_slow_model_gets_the_response_timeout_asked_for_by_flag_or_environment(monkeypatch):
    from checker.cli import build_extractor
    from checker.extract.llm import LLMExtractor

    flagged = build_extractor("llm", {"model": "m", "base_url": "http://127.0.0.1:9/v1", "timeout_s": 600.0,
                                      "no_cache": True})
    assert isinstance(flagged, LLMExtractor) and flagged.config.timeout_s == 600
    monkeypatch.setenv("CHECKER_TIMEOUT", "45")
    from_env = build_extractor("llm", {"model": "m", "base_url": "http://127.0.0.1:9/v1", "no_cache": True})
    assert isinstance(from_env, LLMExtractor) and from_env.config.timeout_s == 45


def test_a_timeout_that_is_no_positive_number_is_a_usage_error(capsys):
    assert main(["check", "x.txt", "--timeout", "0"]) == 2
    assert "seconds above 0" in capsys.readouterr().err

"""`checker batch export` / `import`: OpenAI Batch API (and vLLM run-batch) request and result files,
round-tripped through a fake results file with failed and malformed lines."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from checker.store import Store
from tests.fake_openai_server import FakeOpenAIServer, completion, sentence_claims

TEXTS = {
    "alpha": "date 2026-04-02\nOn Thursday, April 2, 120 prisoners of war were freed under the deal agreed in Baku.",
    "bravo": "date 2026-04-03\nOn Friday, April 3, 80 prisoners of war were freed under the deal agreed in Baku.",
    "charlie": "date 2026-04-03\nA further 35 civilians came home on Friday, April 3, officials said.",
    "delta": "date 2026-04-04\nSince the start of the war, 4,210 people have been brought home, the ombudsman said.",
}


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _requests(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _article_of(request: dict[str, Any]) -> str:
    for name, text in TEXTS.items():
        if text.split("\n", 1)[1][:30] in json.dumps(request["body"]["messages"], ensure_ascii=False):
            return name
    raise AssertionError("request for no known article")


def _ok(request: dict[str, Any], claims: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body = completion(sentence_claims(request["body"]) if claims is None else claims)
    return {"id": f"batch_req_{request['custom_id'][:8]}", "custom_id": request["custom_id"],
            "response": {"status_code": 200, "request_id": "req-1", "body": body}, "error": None}


def _results(requests: list[dict[str, Any]]) -> str:
    """alpha answered well; bravo answered with a quote not in the article; charlie failed in the batch
    (an error line); delta answered with a 500 status; plus a malformed line and a foreign custom_id."""
    lines = []
    for r in requests:
        name = _article_of(r)
        if name == "alpha":
            lines.append(_ok(r))
        elif name == "bravo":
            lines.append(_ok(r, [{"kind": "count", "value": 80, "quote": "eighty prisoners walked free in Baku"}]))
        elif name == "charlie":
            lines.append({"id": "batch_req_c", "custom_id": r["custom_id"], "response": None,
                          "error": {"code": "server_error", "message": "the batch worker crashed"}})
        else:
            lines.append({"id": "batch_req_d", "custom_id": r["custom_id"],
                          "response": {"status_code": 500, "request_id": "r", "body": {"error": {"message": "oops"}}},
                          "error": None})
    text = "\n".join(json.dumps(x) for x in lines)
    return text + '\n{"custom_id": "half a line\n' + json.dumps(_ok({**requests[0], "custom_id": "x-1of1"})) + "\n"


def _export(tmp_path: Path, url: str) -> tuple[Path, Path]:
    db, out = tmp_path / "audit.sqlite", tmp_path / "requests.jsonl"
    assert main(["batch", "export", str(_articles(tmp_path)), "--db", str(db), "-o", str(out), "--model", "fake-model",
                 "--base-url", url, "-q"]) == 0
    return db, out


def test_export_writes_one_batch_api_request_per_chunk_of_each_article(tmp_path: Path) -> None:
    _db, out = _export(tmp_path, "http://127.0.0.1:9/v1")
    requests = _requests(out)
    assert len(requests) == len(TEXTS)
    for r in requests:
        assert set(r) == {"custom_id", "method", "url", "body"} and len(r["custom_id"]) <= 64
        assert (r["method"], r["url"]) == ("POST", "/v1/chat/completions")
        assert r["body"]["model"] == "fake-model"
        assert r["body"]["tool_choice"] == {"type": "function", "function": {"name": "ArticleAnswer"}}
        assert r["body"]["tools"][0]["function"]["parameters"]["properties"]["claims"]
    assert len({r["custom_id"] for r in requests}) == len(requests)


@pytest.mark.allow_model_requests
def test_the_exported_body_is_the_request_the_live_extractor_sends(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def answer(request: dict[str, Any]) -> list[dict[str, Any]]:
        seen.append(request)
        return sentence_claims(request)

    with FakeOpenAIServer(answer=answer) as server:
        _db, out = _export(tmp_path, server.base_url)
        live = tmp_path / "live.sqlite"
        main(["audit", str(tmp_path / "articles"), "--db", str(live), "--model", "fake-model", "--base-url",
              server.base_url, "--concurrency", "1", "-q", "-o", str(tmp_path / "r.md")])
    exported = {_article_of(r): r["body"] for r in _requests(out)}
    sent = {_article_of({"body": s}): s for s in seen}
    assert exported == sent


def test_import_without_an_endpoint_keeps_good_answers_and_names_every_failure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = _export(tmp_path, "http://127.0.0.1:9/v1")
    results = tmp_path / "results.jsonl"
    results.write_text(_results(_requests(out)), encoding="utf-8")
    code = main(["batch", "import", str(results), "--db", str(db), "--model", "fake-model", "--base-url",
                 "http://127.0.0.1:9/v1", "--no-reask"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{results}:5: malformed result line" in err
    assert "6 result lines: 2 answers, 2 failed requests, 1 malformed, 1 not from this store" in err
    rows = dict(sqlite3.connect(db).execute("SELECT article_id, status FROM extractions").fetchall())
    assert rows == {"alpha": "extracted", "bravo": "extracted", "charlie": "failed", "delta": "failed"}
    db_ = sqlite3.connect(db)
    errors = dict(db_.execute("SELECT article_id, errors FROM extractions WHERE status = 'failed'").fetchall())
    assert "batch request failed: server_error: the batch worker crashed" in errors["charlie"]
    assert "batch request failed: HTTP 500: oops" in errors["delta"]
    assert db_.execute("SELECT count(*) FROM claims WHERE article_id = 'alpha'").fetchone()[0] >= 1
    db_.close()
    with Store(db) as store:
        bravo = store.payload("bravo")
    assert bravo is not None and not bravo.claims
    assert [u.quote for u in bravo.ungrounded] == ["eighty prisoners walked free in Baku"]


@pytest.mark.allow_model_requests
def test_import_with_an_endpoint_reasks_failures_live_and_the_audit_then_asks_nothing(tmp_path: Path) -> None:
    with FakeOpenAIServer() as server:
        db, out = _export(tmp_path, server.base_url)
        results = tmp_path / "results.jsonl"
        results.write_text(_results(_requests(out)), encoding="utf-8")
        code = main(["batch", "import", str(results), "--db", str(db), "--model", "fake-model", "--base-url",
                     server.base_url, "-q"])
        asked = [head for _fault, head in server.log]
        assert code == 2  # the malformed line is still named
        # bravo re-asked with its grounding error, charlie and delta asked: alpha never
        assert server.calls == 3 and not any("April 2, 120" in h for h in asked)
        rows = dict(sqlite3.connect(db).execute("SELECT article_id, status FROM extractions").fetchall())
        assert set(rows.values()) == {"extracted"}
        report = tmp_path / "report.json"
        assert main(["audit", "--db", str(db), "--model", "fake-model", "--base-url", server.base_url, "-q",
                     "-f", "json", "-o", str(report)]) in (0, 1)
        assert server.calls == 3  # every answer came from the store
    doc = json.loads(report.read_text(encoding="utf-8"))
    assert {a["id"] for a in doc["articles"]} == set(TEXTS) and all(a["status"] == "extracted"
                                                                      for a in doc["articles"])

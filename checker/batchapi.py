"""Archive-scale extraction through a batch API: OpenAI's Batch API, or vLLM's `run-batch`.

`export` writes one request line per chunk of every stored article not yet extracted, in the batch
input format both accept: `{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}`.
The body is exactly what the live LLM extractor sends for that chunk (the same prompts and chunking,
and in tools mode the tool schema instructor builds): it is captured from instructor itself, not
rebuilt by hand. Each request is recorded in the store (`batch_requests`) with the article's cache key.

`import` reads result files (the output and the error file of a batch; a line is
`{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`), keeping every
answer in the store as it goes, so an interrupted import resumes. Then each article whose requests
are all back is built: each chunk's answer is validated and grounded against the article by
`llm_schema.build_extraction`, the seam every LLM answer goes through (and the only part of the
response format this module relies on). When an endpoint is configured, a chunk whose answer fails
validation or grounding is re-asked live with its error (the batch answer is served to instructor
as the first response, the re-asks go to the endpoint), and a chunk whose request failed is asked
live; otherwise the answer is kept as it is (its claims reported
ungrounded or rejected) and a failed request leaves the article failed with the batch's reason, for
a later audit to retry. Answers are stored in the LLM answer cache of the store, so `checker audit
--db FILE` with the same model and endpoint reports on them without asking again.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, cast

import instructor
from openai.types.chat import ChatCompletion

from checker.audit import AuditOptions, Auditor, extractor_version, pack
from checker.cache import CacheEntry
from checker.claims import Article, Extraction
from checker.console import say
from checker.errors import UsageError
from checker.extract.llm import MODES, RESPONSE_MODEL, AsyncChatClient, LLMConfig, LLMExtractor, raw_answer
from checker.extract.llm_chunks import chunk_spans
from checker.extract.llm_schema import ChunkAnswer, build_extraction
from checker.outputs import check_out_path
from checker.pipeline import finish
from checker.store import Store, StoreAnswers, now

ENDPOINT = "/v1/chat/completions"
CUSTOM_ID_KEY = 40  # characters of the cache key in a custom_id (ids stay under the 64 some providers allow)
REASK_WINDOW = 64  # articles re-asked live at a time


class _Captured(Exception):
    """Raised by the recording transport once instructor has built the request."""


def request_hash(messages: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


async def request_body(ex: LLMExtractor, article: Article, span: tuple[int, int], part: int, parts: int
                       ) -> dict[str, Any]:
    """The request body the live extractor sends for one chunk, as instructor builds it."""
    seen: dict[str, Any] = {}

    async def record(**kwargs: Any) -> Any:
        seen.update(kwargs)
        raise _Captured

    cfg = ex.config
    # instructor.patch is typed as returning a sync create even when given an async one (as here).
    create = cast(Callable[..., Awaitable[Any]], instructor.patch(create=record, mode=MODES[cfg.mode]))
    messages = ex.prompts.messages(article.id, article.text[span[0]:span[1]], part=part, parts=parts)
    with contextlib.suppress(Exception):  # instructor wraps _Captured; the recording is what counts
        await create(response_model=RESPONSE_MODEL, messages=messages, max_retries=0, strict=False,
                     model=cfg.model, temperature=cfg.temperature, max_tokens=cfg.max_output_tokens)
    if not seen:
        raise UsageError("instructor built no request for the batch export")
    seen.pop("timeout", None)
    return seen


def _config_json(cfg: LLMConfig) -> str:
    return json.dumps({"model": cfg.model, "base_url": cfg.base_url, "mode": cfg.mode,
                       "params": cfg.generation_params()}, sort_keys=True)


# --- export ---------------------------------------------------------------------------------------------


def export_requests(store: Store, ex: LLMExtractor, out: TextIO, max_requests: int | None = None) -> tuple[int, int]:
    """Write the requests of every stored article with no extraction and no stored answer; (articles, requests)."""
    version = extractor_version(ex)
    ids = [a.id for a in store.pending_articles(version)]
    articles = requests = 0
    for aid in ids:
        article = store.article(aid)
        key = ex.cache_key(article) if article is not None else ""
        if article is None or store.count("SELECT count(*) FROM llm_answers WHERE key = ?", key):
            continue  # answered already: the next audit builds it from the store's answer cache
        spans = chunk_spans(article.text, ex.config.chunk_chars, ex.config.chunk_overlap)
        if max_requests is not None and requests + len(spans) > max_requests:
            break
        for n, span in enumerate(spans, 1):
            body = asyncio.run(request_body(ex, article, span, n, len(spans)))
            custom_id = f"{key[:CUSTOM_ID_KEY]}-{n}of{len(spans)}"
            out.write(json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body},
                                 ensure_ascii=False) + "\n")
            store.db.execute("INSERT OR REPLACE INTO batch_requests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (custom_id, aid, key, n, len(spans), span[0], span[1],
                              request_hash(body["messages"]), _config_json(ex.config), now()))
            requests += 1
        articles += 1
        store.maybe_commit()
    store.commit()
    return articles, requests


# --- import: reading result files ------------------------------------------------------------------------


@dataclass
class ImportCounts:
    lines: int = 0
    answers: int = 0
    failed_requests: int = 0
    malformed: list[str] = field(default_factory=list)
    unknown: int = 0
    articles: int = 0
    reasked: int = 0
    failed_articles: int = 0


def read_results(store: Store, path: Path, counts: ImportCounts) -> None:
    """Store every answer and every failure of a result file; name each malformed line."""
    try:
        f = path.open(encoding="utf-8", errors="replace")
    except OSError as e:
        raise UsageError(f"{path}: cannot read the results ({e.strerror or e})") from None
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            counts.lines += 1
            where = f"{path}:{lineno}"
            try:
                _store_line(store, json.loads(line), counts)
            except (ValueError, TypeError, KeyError, AttributeError) as e:
                counts.malformed.append(f"{where}: malformed result line: {type(e).__name__}: {str(e)[:120]}")
            store.maybe_commit()
    store.commit()


def _store_line(store: Store, rec: dict[str, Any], counts: ImportCounts) -> None:
    custom_id = rec["custom_id"]
    if not isinstance(custom_id, str):
        raise TypeError("custom_id is not a string")
    if not store.count("SELECT count(*) FROM batch_requests WHERE custom_id = ?", custom_id):
        counts.unknown += 1
        return
    response = rec.get("response") or {}
    body = response.get("body") if isinstance(response, dict) else None
    status = response.get("status_code", 200) if isinstance(response, dict) else None
    error = rec.get("error")
    if error or status != 200 or not isinstance(body, dict):
        reason = _error_text(error, status, body)
        counts.failed_requests += 1
        store.db.execute("INSERT OR REPLACE INTO batch_answers VALUES (?, NULL, ?, NULL, '{}', ?)",
                         (custom_id, reason, now()))
        return
    cfg = json.loads(store.db.execute("SELECT config FROM batch_requests WHERE custom_id = ?",
                                      (custom_id,)).fetchone()[0])
    completion = ChatCompletion.model_validate(body)
    usage = completion.usage.model_dump() if completion.usage else {}
    store.db.execute("INSERT OR REPLACE INTO batch_answers VALUES (?, ?, NULL, ?, ?, ?)",
                     (custom_id, raw_answer(completion, cfg["mode"]), json.dumps(body), json.dumps(usage), now()))
    counts.answers += 1


def _error_text(error: Any, status: Any, body: Any) -> str:
    if isinstance(error, dict):
        nested = error.get("error")
        inner: dict[str, Any] = nested if isinstance(nested, dict) else error
        return f"batch request failed: {inner.get('code') or status}: {inner.get('message') or inner}"
    if error:
        return f"batch request failed: HTTP {status}: {str(error)[:200]}"
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return f"batch request failed: HTTP {status}: {body['error'].get('message')}"
    return f"batch request failed: HTTP {status}, no answer body"


# --- import: building the articles ------------------------------------------------------------------------


@dataclass
class _Part:
    custom_id: str
    part: int
    start: int
    end: int
    request_hash: str
    raw: str | None
    error: str | None
    body: str | None
    usage: dict[str, Any]


def _answered(store: Store, version: str) -> Iterator[tuple[str, str, list[_Part]]]:
    """(article, cache key, parts) for each exported article whose requests are all back and which has no
    usable extraction yet."""
    ids = [r[0] for r in store.db.execute(
        "SELECT r.article_id FROM batch_requests r LEFT JOIN batch_answers b ON b.custom_id = r.custom_id "
        "LEFT JOIN extractions e ON e.article_id = r.article_id AND e.version = ? AND e.status != 'failed' "
        "WHERE e.article_id IS NULL GROUP BY r.article_id HAVING count(b.custom_id) = max(r.parts) "
        "ORDER BY r.article_id", (version,))]
    for aid in ids:
        rows = store.db.execute(
            'SELECT r.custom_id, r.part, r.start, r."end", r.request_hash, b.raw, b.error, b.body, b.usage, '
            "r.cache_key FROM batch_requests r JOIN batch_answers b ON b.custom_id = r.custom_id "
            "WHERE r.article_id = ? ORDER BY r.part", (aid,)).fetchall()
        parts = [_Part(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8])) for r in rows]
        yield aid, rows[0][9], parts


def _validated(article: Article, p: _Part, ex: LLMExtractor) -> tuple[ChunkAnswer, bool]:
    """The chunk's answer, and whether all of it validates and grounds (else it would be re-asked):
    judged by `build_extraction`, the seam every LLM answer goes through."""
    assert p.raw is not None
    answer = ChunkAnswer(p.start, p.end, p.raw)
    built = build_extraction(article, [answer], ex.name, fuzzy_threshold=ex.config.fuzzy_threshold)
    problems = [*built.errors, *(f"ungrounded: {u.quote!r}" for u in built.ungrounded),
                *(f"rejected: {r.reason}" for r in built.rejected)]
    if problems:
        return ChunkAnswer(p.start, p.end, p.raw, grounded=False, note="; ".join(problems)[:500]), False
    return answer, True


class _BatchFirst:
    """A chat client that answers a chunk's first request with its batch answer and sends everything else
    (re-asks with their error, requests that failed in the batch) to the live endpoint."""

    def __init__(self, bodies: dict[str, dict[str, Any]], live: AsyncChatClient) -> None:
        self._bodies = bodies
        self._live = live
        self.chat = self
        self.completions = self

    async def create(self, **kwargs: Any) -> Any:
        body = self._bodies.pop(request_hash(kwargs["messages"]), None)
        if body is not None:
            return ChatCompletion.model_validate(body)
        return await self._live.chat.completions.create(**kwargs)

    async def close(self) -> None:
        close = getattr(self._live, "close", None)
        if close is not None:
            await close()


def import_answers(store: Store, ex: LLMExtractor, auditor: Auditor, *, reask: bool, counts: ImportCounts) -> None:
    """Build every article whose batch requests are all back; re-ask live what needs it when allowed."""
    live: list[tuple[Article, list[_Part]]] = []
    for aid, key, parts in _answered(store, auditor.version):
        article = store.article(aid)
        if article is None or ex.cache_key(article) != key:
            counts.failed_articles += 1
            say("error", f"{aid}: exported with other prompts or settings (or its text changed); export it again")
            continue
        answers = [(_validated(article, p, ex) if p.raw is not None else None) for p in parts]
        if all(a is not None and a[1] for a in answers) or not reask:
            _store_batch(store, ex, auditor, article, key, parts, answers, counts)
        else:
            live.append((article, parts))
        if len(live) >= REASK_WINDOW:
            _reask(store, ex, auditor, live, counts)
            live = []
    if live:
        _reask(store, ex, auditor, live, counts)


def _store_batch(store: Store, ex: LLMExtractor, auditor: Auditor, article: Article, key: str, parts: list[_Part],
                 answers: list[tuple[ChunkAnswer, bool] | None], counts: ImportCounts) -> None:
    usage = {"calls": len(parts), "prompt_tokens": sum(int(p.usage.get("prompt_tokens", 0)) for p in parts),
             "completion_tokens": sum(int(p.usage.get("completion_tokens", 0)) for p in parts), "cached": False,
             "reasks": 0, "batch": True}
    failed = [p.error for p in parts if p.error]
    if failed:
        extraction = Extraction(article_id=article.id, extractor=ex.name,
                                errors=[f"{article.id}: {'; '.join(dict.fromkeys(e for e in failed if e))}"])
    else:
        chunks = [a[0] for a in answers if a is not None]
        extraction = build_extraction(article, chunks, ex.name, fuzzy_threshold=ex.config.fuzzy_threshold)
        if not extraction.errors and ex.cache is not None:
            ex.cache.put(key, CacheEntry(ex.config.model, [c.to_json() for c in chunks], usage))
    auditor.store_article(pack(finish(article, extraction, None), auditor.version, usage))
    counts.articles += 1
    counts.failed_articles += bool(extraction.errors)


def _reask(store: Store, ex: LLMExtractor, auditor: Auditor, items: list[tuple[Article, list[_Part]]],
           counts: ImportCounts) -> None:
    """Extract these articles live, each chunk's batch answer served as its first response."""
    bodies = {p.request_hash: json.loads(p.body) for _a, parts in items for p in parts if p.body is not None}
    live_factory = ex._client_factory  # noqa: SLF001 - the same client the extractor would build
    ex._client_factory = lambda: _BatchFirst(dict(bodies), live_factory())  # noqa: SLF001
    by_id = {a.id: a for a, _parts in items}

    def done(extraction: Extraction) -> None:
        article = by_id[extraction.article_id]
        u = ex.usage.get(article.id)
        auditor.store_article(pack(finish(article, extraction, None), auditor.version,
                                   u.as_dict() if u is not None else None))
        counts.articles += 1
        counts.reasked += 1
        counts.failed_articles += bool(extraction.errors)

    try:
        asyncio.run(ex.extract_many([a for a, _p in items], progress=done))
    finally:
        ex._client_factory = live_factory  # noqa: SLF001


# --- the commands ------------------------------------------------------------------------------------------


def _extractor(args: argparse.Namespace, store: Store, *, live: bool) -> LLMExtractor:
    """The LLM extractor of the export (flags, environment, else the settings recorded at export)."""
    recorded = store.db.execute("SELECT config FROM batch_requests ORDER BY exported_at DESC LIMIT 1").fetchone()
    saved = json.loads(recorded[0]) if recorded else {}
    overrides = {"model": args.model or saved.get("model"), "base_url": args.base_url or saved.get("base_url"),
                 "mode": args.mode or saved.get("mode"), "concurrency": getattr(args, "concurrency", None)}
    if not live and not (os.environ.get("CHECKER_API_KEY") or os.environ.get("OPENAI_API_KEY")):
        overrides["api_key"] = "not-used"  # never sent: no request is made without an endpoint
    config = LLMConfig.from_env(**overrides)
    return LLMExtractor(config, cache=StoreAnswers(store))


def export_command(args: argparse.Namespace) -> int:
    check_out_path(args.out)
    with Store(args.db) as store:
        ex = _extractor(args, store, live=False)
        if args.paths:
            from checker.inputs import load

            auditor = Auditor(store, ex, AuditOptions(settings={"command": "batch export"}))
            kwargs = {"max_article_bytes": args.max_article_bytes} if args.max_article_bytes else {}
            for _ in auditor.ingest(load(args.paths, unique_ids=False, **kwargs)):
                pass
            store.finish_run(auditor.run_id, "finished", auditor.counts.as_dict())
            for item, problem in store.input_errors(auditor.run_id):
                say("error", f"{item}: {problem}")
        with Path(args.out).open("w", encoding="utf-8") as out:
            articles, requests = export_requests(store, ex, out, args.max_requests)
    if not args.quiet:
        say("", f"{requests} requests for {articles} articles written to {args.out}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    reask = not args.no_reask and bool(args.base_url or os.environ.get("CHECKER_BASE_URL"))
    counts = ImportCounts()
    with Store(args.db) as store:
        ex = _extractor(args, store, live=reask)
        for path in args.results:
            read_results(store, path, counts)
        auditor = Auditor(store, ex, AuditOptions(settings={"command": "batch import",
                                                            "results": [str(p) for p in args.results]}))
        try:
            import_answers(store, ex, auditor, reask=reask, counts=counts)
        finally:
            store.finish_run(auditor.run_id, "finished", {**auditor.counts.as_dict(), **_summary(counts)})
    for line in counts.malformed:
        say("error", line)
    if not args.quiet:
        say("", f"{counts.lines} result lines: {counts.answers} answers, {counts.failed_requests} failed requests, "
                f"{len(counts.malformed)} malformed, {counts.unknown} not from this store; {counts.articles} articles "
                f"stored ({counts.reasked} re-asked live, {counts.failed_articles} not extracted)")
    return 2 if counts.malformed or counts.failed_articles else 0


def _summary(counts: ImportCounts) -> dict[str, int]:
    return {"lines": counts.lines, "answers": counts.answers, "failed_requests": counts.failed_requests,
            "malformed": len(counts.malformed), "unknown": counts.unknown, "articles_built": counts.articles,
            "reasked": counts.reasked, "failed_articles": counts.failed_articles}


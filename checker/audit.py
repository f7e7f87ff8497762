"""`checker audit`: many articles through a resumable run store, then reconciled event by event.

1. Ingest: articles are read as a stream (`inputs.load`) and recorded in the store; an article whose
   text and extractor are unchanged since a stored extraction is not extracted again ("cached").
2. Extract: the offline extractor in `jobs` worker processes (each article extracted, resolved and
   checked within itself where it is, then stored by the one writer), or the LLM extractor with its
   requests in flight, its answers stored as they arrive. Memory stays flat: a bounded window of
   articles is in flight at any time.
3. Reconcile: articles are linked into events from their stored marks; each event (and each running
   total quoted by several articles) is loaded and checked on its own, and only when one of its
   articles changed since the last audit.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from checker import __version__
from checker.claims import SCHEMA_VERSION, Article, Extraction
from checker.errors import InputError
from checker.extract import CountsUsage, Extractor
from checker.pipeline import ArticleResult, finish
from checker.reconcile import reconcile_article
from checker.reconcile.batch import (
    SeriesPoint,
    check_event,
    check_series,
    group_series,
    series_id,
    series_ledger,
    series_points,
)
from checker.reconcile.events import link_sorted, profile
from checker.reconcile.ledger import event_ledger, verdict_of
from checker.store import Status, Store, StoredArticle, finding_row, pack_payload

BATCH = 16  # articles per task sent to a worker process: amortises the inter-process hop
IN_FLIGHT_PER_JOB = 4  # tasks queued per worker: keeps the workers busy while bounding memory
LLM_WINDOW_PER_REQUEST = 8  # articles handed to the LLM extractor at a time, per request in flight
PARENT_CHECK_S = 0.5  # how often a worker process checks that the audit that started it still runs


@dataclass
class AuditCounts:
    """What an audit did, for the progress bar and the run manifest."""

    read: int = 0
    extracted: int = 0
    cached: int = 0
    failed: int = 0
    partial: int = 0
    duplicates: int = 0
    input_errors: int = 0
    tokens: int = 0
    events: int = 0
    events_checked: int = 0
    series: int = 0
    extract_s: float = 0.0  # wall time of reading and extracting
    reconcile_s: float = 0.0  # wall time of linking and checking across articles

    @property
    def done(self) -> int:
        return self.extracted + self.cached + self.failed

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


Progress = Callable[[AuditCounts], None]


@dataclass
class AuditOptions:
    jobs: int = 1
    today: dt.date | None = None
    settings: dict[str, Any] = field(default_factory=dict)


def extractor_version(extractor: Extractor) -> str:
    """What makes a stored extraction reusable: the extractor (model, prompt), the claim schema and
    the checker version (the offline extractor's rules live in the code)."""
    parts: dict[str, Any] = {"extractor": extractor.name, "schema": SCHEMA_VERSION, "checker": __version__}
    if isinstance(extractor, CountsUsage):
        parts["prompt"] = extractor.prompt_hash
        config = getattr(extractor, "config", None)
        if config is not None:
            parts["base_url"] = getattr(config, "base_url", None)
            parts["params"] = config.generation_params()
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


# --- one article, packed where it is extracted -----------------------------------------------------


def pack(result: ArticleResult, version: str, usage: dict[str, Any] | None = None) -> StoredArticle:
    """Check the article within itself and serialise everything the store keeps of it."""
    aid = result.article.id
    doc = result.doc()
    findings = reconcile_article(doc) if not result.errors else []
    prof = profile(doc)
    day = prof.day.isoformat() if prof.day else None
    status: Status = "failed" if result.errors else ("partial" if result.partial else "extracted")
    return StoredArticle(
        article_id=aid, version=version, extractor=result.extractor, status=status,
        payload=pack_payload(result.claims, result.relations, result.facts, result.ungrounded, result.rejected),
        errors=list(result.errors), partial=result.partial, usage=usage, verdict=verdict_of(findings),
        day=day, sides=list(result.facts.sides),
        claims=[(c.id, aid, c.kind.value, c.figure_type, str(c.value) if c.value else None,
                 _num(c.value.lo if c.value else None), _num(c.value.hi if c.value else None), c.category.value,
                 c.counted.text if c.counted else None, c.side.value if c.side else None,
                 c.day.isoformat() if c.day else None, c.stage.value if c.stage else None) for c in result.claims],
        relations=[(r.id, aid, r.kind.value, json.dumps([[m.claim, m.role.value] for m in r.members]))
                   for r in result.relations],
        marks=[(aid, m.kind, m.key, day, m.words) for m in prof.marks],
        points=[(aid, p.key, p.label, p.since.isoformat() if p.since else None, p.side, p.claim, p.day.isoformat(),
                 p.day_basis, p.value.model_dump_json(exclude_defaults=True)) for p in series_points(doc)],
        findings=[finding_row("article", aid, f) for f in findings])


def _num(x: object) -> str | None:
    return None if x is None else str(x)


def failed_extraction(article: Article, extractor: str, e: BaseException) -> Extraction:
    return Extraction(article_id=article.id, extractor=extractor,
                      errors=[f"{article.id}: extraction failed: {type(e).__name__}: {e}"])


# --- worker processes (offline extractor) -------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(extractor: Extractor, version: str, today: dt.date | None, watch: bool = False) -> None:
    _WORKER.update(extractor=extractor, version=version, today=today)
    if watch:
        threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the audit that started it is gone (kill -9 leaves workers blocked on a
    queue whose other end they hold themselves)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def _extract_chunk(articles: list[Article]) -> list[StoredArticle]:
    """Extract, resolve, check within and pack a few articles (in a worker, or in-process for jobs=1)."""
    extractor: Extractor = _WORKER["extractor"]
    out = []
    for a in articles:
        try:
            extraction = extractor.extract(a)
        except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
            extraction = failed_extraction(a, extractor.name, e)
        out.append(pack(finish(a, extraction, _WORKER["today"]), _WORKER["version"]))
    return out


# --- the audit -----------------------------------------------------------------------------------------


class Auditor:
    """One audit run over a store: ingest, extract, reconcile. Construct, then `run(items)`."""

    def __init__(self, store: Store, extractor: Extractor, options: AuditOptions,
                 progress: Progress | None = None) -> None:
        self.store = store
        self.extractor = extractor
        self.options = options
        self.version = extractor_version(extractor)
        self.counts = AuditCounts()
        self._progress = progress or (lambda _c: None)
        self.run_id = store.begin_run(extractor.name, {**options.settings, "jobs": options.jobs,
                                                       "extractor_version": self.version}, __version__)

    def run(self, items: Iterable[Article | InputError]) -> AuditCounts:
        status = "interrupted"
        try:
            start = time.perf_counter()
            self._extract(self.ingest(items))
            self.counts.extract_s = time.perf_counter() - start
            self.reconcile()
            self.counts.reconcile_s = time.perf_counter() - start - self.counts.extract_s
            status = "finished"
        finally:
            self.store.commit()
            self.store.finish_run(self.run_id, status, self.counts.as_dict())
        return self.counts

    def ingest(self, items: Iterable[Article | InputError]) -> Iterator[Article]:
        """Record every article; yield those that need extracting."""
        for item in items:
            if isinstance(item, InputError):
                self.counts.input_errors += 1
                self.store.add_input_error(self.run_id, item.item, item.problem)
                continue
            self.counts.read += 1
            state, first = self.store.upsert_article(item, self.run_id)
            if state == "duplicate":
                self.counts.duplicates += 1
                self.counts.input_errors += 1
                self.store.add_input_error(self.run_id, item.source or item.id,
                                           f"duplicate article id {item.id!r}, first seen in {first}")
            elif state == "unchanged" and self.store.extracted(item.id, self.version):
                self.counts.cached += 1
                self._tick()
            else:
                yield item

    def _tick(self) -> None:
        self.store.maybe_commit()
        self._progress(self.counts)

    def store_article(self, s: StoredArticle) -> None:
        self.store.save(s, self.run_id)
        if s.status == "failed":
            self.counts.failed += 1
        else:
            self.counts.extracted += 1
            self.counts.partial += s.status == "partial"
        self._tick()

    # --- extraction ---------------------------------------------------------------------------------

    def _extract(self, articles: Iterator[Article]) -> None:
        if getattr(self.extractor, "extract_many", None) is not None:
            self._extract_llm(articles)
        elif self.options.jobs > 1:
            self._extract_pool(articles)
        else:
            _init_worker(self.extractor, self.version, self.options.today)
            for chunk in _chunks(articles, BATCH):
                for s in _extract_chunk(chunk):
                    self.store_article(s)

    def _extract_pool(self, articles: Iterator[Article]) -> None:
        """Worker processes extract; this process reads, writes and keeps a bounded queue of tasks."""
        jobs = self.options.jobs
        # spawn, not fork: a forked worker would share the store's open SQLite file and its lock, and
        # keep holding the lock after this process is killed.
        with cf.ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker,
                                    initargs=(self.extractor, self.version, self.options.today, True)) as pool:
            pending: deque[cf.Future[list[StoredArticle]]] = deque()
            try:
                for chunk in _chunks(articles, BATCH):
                    pending.append(pool.submit(_extract_chunk, chunk))
                    while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                        self._drain(pending.popleft())
                while pending:
                    self._drain(pending.popleft())
            except BaseException:
                for f in pending:
                    f.cancel()
                raise

    def _drain(self, future: cf.Future[list[StoredArticle]]) -> None:
        for s in future.result():
            self.store_article(s)

    def _extract_llm(self, articles: Iterator[Article]) -> None:
        """The LLM extractor's requests in flight, a window of articles at a time; each answer is
        stored (and committed, as a cached answer) as soon as it arrives."""
        concurrency = int(getattr(getattr(self.extractor, "config", None), "concurrency", 1))
        for window in _chunks(articles, max(concurrency * LLM_WINDOW_PER_REQUEST, BATCH)):
            asyncio.run(self._llm_window(window))

    async def _llm_window(self, window: list[Article]) -> None:
        by_id = {a.id: a for a in window}
        many = getattr(self.extractor, "extract_many")  # noqa: B009 - checked by the caller

        def done(extraction: Extraction) -> None:
            article = by_id[extraction.article_id]
            usage = _usage(self.extractor, article.id)
            self.counts.tokens += int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)) \
                if usage else 0
            self.store_article(pack(finish(article, extraction, self.options.today), self.version, usage))

        await many(window, progress=done)

    # --- reconciliation ---------------------------------------------------------------------------------

    def reconcile(self) -> None:
        """Check every running total and every event whose articles changed; drop the stale ones."""
        store = self.store
        store.start_grouping()
        about = store.about()
        events = link_sorted(store.mark_rows(), lambda a: about[a][0])
        event_of = {a: e.id for e in events for a in e.articles}
        for stored in store.series_groups():
            for group in group_series(stored, event_of):
                self._series(group)
        self.counts.events = len(events)
        for event in events:
            version = _digest(f"{a}:{about[a][1]}" for a in event.articles)
            if store.group_version(event.id) == version:
                store.keep_group(event.id)
                continue
            docs = [d for a in event.articles if (d := store.doc(a)) is not None]
            found = check_event(event, docs)
            ledger = event_ledger(event, docs, found)
            store.save_group(event.id, "event", version, ledger.verdict, ledger.model_dump_json(), event.articles,
                             found)
            self.counts.events_checked += 1
            self._progress(self.counts)
        store.drop_unseen_groups()

    def _series(self, group: list[SeriesPoint]) -> None:
        points = group
        sid = series_id(points[0].key)
        self.counts.series += 1
        version = _digest(f"{p.claim}:{p.value}:{p.day}:{p.day_basis}" for p in points)
        if self.store.group_version(sid) == version:
            self.store.keep_group(sid)
            return
        found = check_series(points)
        ledger = series_ledger(points, found)
        self.store.save_group(sid, "series", version, ledger.verdict, ledger.model_dump_json(),
                              {p.article for p in points}, found)


def _usage(extractor: Extractor, article_id: str) -> dict[str, Any]:
    if not isinstance(extractor, CountsUsage):
        return {}
    u = extractor.usage.get(article_id)
    return u.as_dict() if u is not None else {}


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

"""The run store of an audit: SQLite, one file, WAL, one writer, migrations as named steps.

It holds every article read, each article's extraction (claims, relations, document facts, the
within-article findings), the marks that link articles into events, the running-total points, the
events and running totals with their findings and ledgers, the input errors and a manifest per run.
It is also the LLM answer cache of an audit (table `llm_answers`, the layout of `checker/cache.py`),
so an audit interrupted by Ctrl-C, kill -9 or a crash resumes without asking the model again for an
answer it already stored.

Writes are committed at least every `COMMIT_EVERY_S` seconds, and at once for an LLM answer. An
article is extracted again only when its text or the extractor changed (`version`), or when its
last extraction failed. A second audit on the same file while one is writing is refused (an
exclusive lock on `FILE.lock`, released by the system even after kill -9).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from checker.cache import CacheEntry, LLMCache
from checker.claims import Article, Claim, DocumentFacts, Interval, RejectedClaim, Relation, UngroundedClaim
from checker.errors import StoreError
from checker.event_marks import event_marks
from checker.reconcile import Doc, Finding
from checker.reconcile.batch import SeriesPoint
from checker.reconcile.events import About, LinkKind, MarkRow

_FLOCK: Callable[[int, int], Any] | None
try:  # POSIX: an exclusive lock the kernel releases when the process dies, even on kill -9
    import fcntl

    _FLOCK, _LOCK_FLAGS = fcntl.flock, fcntl.LOCK_EX | fcntl.LOCK_NB
except ImportError:  # pragma: no cover - Windows: no lock, one audit at a time is the user's job
    _FLOCK, _LOCK_FLAGS = None, 0

COMMIT_EVERY_S = 1.0
CACHE_KIB = 64 * 1024  # SQLite page cache: index inserts of a growing store stay in memory
_WORST_FIRST = "CASE verdict WHEN 'contradiction' THEN 0 WHEN 'unclear' THEN 1 WHEN 'consistent' THEN 2 ELSE 3 END"
DEFAULT_STORE = "checker-audit.sqlite"
Status = Literal["extracted", "partial", "failed"]

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
                   checker_version TEXT NOT NULL, extractor TEXT NOT NULL, settings TEXT NOT NULL,
                   counts TEXT NOT NULL DEFAULT '{}');
CREATE TABLE articles (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, source TEXT, url TEXT, outlet TEXT,
                       published TEXT, published_basis TEXT, text TEXT NOT NULL, first_run INTEGER NOT NULL,
                       last_run INTEGER NOT NULL);
CREATE TABLE extractions (article_id TEXT PRIMARY KEY, version TEXT NOT NULL, extractor TEXT NOT NULL,
                          run_id INTEGER NOT NULL, status TEXT NOT NULL, stamp TEXT NOT NULL, payload BLOB NOT NULL,
                          errors TEXT NOT NULL, partial TEXT, usage TEXT, verdict TEXT NOT NULL, day TEXT,
                          sides TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE claims (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, kind TEXT NOT NULL, figure_type TEXT NOT NULL,
                     value TEXT, lo TEXT, hi TEXT, category TEXT, counted TEXT, side TEXT, day TEXT, stage INTEGER);
CREATE INDEX claims_article ON claims (article_id);
CREATE TABLE relations (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, kind TEXT NOT NULL, members TEXT NOT NULL);
CREATE INDEX relations_article ON relations (article_id);
CREATE TABLE marks (article_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, day TEXT, words TEXT NOT NULL);
CREATE INDEX marks_key ON marks (kind, key, day, article_id);
CREATE INDEX marks_article ON marks (article_id);
CREATE TABLE series_points (article_id TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, since TEXT,
                            side TEXT, claim_id TEXT NOT NULL, day TEXT NOT NULL, day_basis TEXT NOT NULL,
                            value TEXT NOT NULL);
CREATE INDEX series_points_key ON series_points (key);
CREATE INDEX series_points_article ON series_points (article_id);
CREATE TABLE findings (scope TEXT NOT NULL, owner TEXT NOT NULL, id TEXT NOT NULL, check_name TEXT NOT NULL,
                       verdict TEXT NOT NULL, articles TEXT NOT NULL, body TEXT NOT NULL,
                       PRIMARY KEY (scope, owner, id));
CREATE INDEX findings_verdict ON findings (verdict);
CREATE TABLE groups (id TEXT PRIMARY KEY, kind TEXT NOT NULL, version TEXT NOT NULL, verdict TEXT NOT NULL,
                     ledger TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 0);
CREATE TABLE group_articles (group_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (group_id, article_id));
CREATE INDEX group_articles_article ON group_articles (article_id);
CREATE TABLE input_errors (run_id INTEGER NOT NULL, item TEXT NOT NULL, problem TEXT NOT NULL);
CREATE TABLE llm_answers (key TEXT PRIMARY KEY, model TEXT NOT NULL, created_at TEXT NOT NULL, chunks TEXT NOT NULL,
                          usage TEXT NOT NULL);
"""),
    ("0002_batch_requests", """
CREATE TABLE batch_requests (custom_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, cache_key TEXT NOT NULL,
                             part INTEGER NOT NULL, parts INTEGER NOT NULL, start INTEGER NOT NULL,
                             "end" INTEGER NOT NULL, request_hash TEXT NOT NULL, config TEXT NOT NULL,
                             exported_at TEXT NOT NULL);
CREATE INDEX batch_requests_article ON batch_requests (article_id, part);
CREATE TABLE batch_answers (custom_id TEXT PRIMARY KEY, raw TEXT, error TEXT, body TEXT, usage TEXT NOT NULL,
                            imported_at TEXT NOT NULL);
"""),
]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- one article, ready to store ----------------------------------------------------------------


class _Payload(BaseModel):
    """An extraction as stored: everything the reconciler and the reports read back."""

    model_config = ConfigDict(extra="forbid")

    claims: list[Claim] = []
    relations: list[Relation] = []
    facts: DocumentFacts = DocumentFacts()
    ungrounded: list[UngroundedClaim] = []
    rejected: list[RejectedClaim] = []


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One article's extraction, serialised where the work was done (a worker process) so the single
    writer only executes inserts."""

    article_id: str
    version: str
    extractor: str
    status: Status
    payload: bytes
    errors: list[str]
    partial: str | None
    usage: dict[str, Any] | None
    verdict: str
    day: str | None
    sides: list[str]
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    relations: list[tuple[Any, ...]] = field(default_factory=list)
    marks: list[tuple[Any, ...]] = field(default_factory=list)
    points: list[tuple[Any, ...]] = field(default_factory=list)
    findings: list[tuple[Any, ...]] = field(default_factory=list)

    @property
    def stamp(self) -> str:
        return hashlib.sha1(self.payload).hexdigest()[:16]


def pack_payload(claims: Sequence[Claim], relations: Sequence[Relation], facts: DocumentFacts,
                 ungrounded: Sequence[UngroundedClaim], rejected: Sequence[RejectedClaim]) -> bytes:
    body = _Payload(claims=list(claims), relations=list(relations), facts=facts, ungrounded=list(ungrounded),
                    rejected=list(rejected))
    return zlib.compress(body.model_dump_json(exclude_defaults=True).encode(), 1)


def unpack_payload(blob: bytes) -> _Payload:
    return _Payload.model_validate_json(zlib.decompress(blob))


def finding_row(scope: str, owner: str, f: Finding) -> tuple[str, str, str, str, str, str, str]:
    body = json.dumps(f.to_dict(), ensure_ascii=False)
    return (scope, owner, f.id, f.check, f.verdict, json.dumps(list(f.articles)), body)


def finding_of(body: str) -> Finding:
    d = json.loads(body)
    return Finding(check=d["check"], verdict=d["verdict"], claims=tuple(d["claims"]), working=d["working"],
                   message=d["message"], relation=d["relation"], basis=d["basis"], evidence=tuple(d["evidence"]))


def article_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- the store --------------------------------------------------------------------------------------


class Store:
    """One SQLite file; open it once per run. `write=False` opens it to read a report."""

    def __init__(self, path: Path | str, *, write: bool = True) -> None:
        self.path = Path(path)
        self.write = write
        self._lock_fd: int | None = None
        self._lock = threading.Lock()
        self._last_commit = time.monotonic()
        if write:
            self._acquire()
        elif not self.path.exists():
            raise StoreError(f"{self.path}: no such run store")
        try:
            self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self.db.execute("PRAGMA foreign_keys=OFF")
            self._migrate()
        except sqlite3.DatabaseError as e:
            self._release()
            raise StoreError(f"{self.path}: not a checker run store ({e})") from None

    def _acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_fd = os.open(f"{self.path}.lock", os.O_CREAT | os.O_RDWR, 0o644)
        if _FLOCK is None:
            return
        try:
            _FLOCK(self._lock_fd, _LOCK_FLAGS)
        except OSError:
            os.close(self._lock_fd)
            self._lock_fd = None
            raise StoreError(f"{self.path}: another audit is writing to this store") from None

    def _release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _migrate(self) -> None:
        """Apply the named steps not yet applied, in order, each in its own transaction."""
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT name FROM migrations")}
        known = {name for name, _sql in MIGRATIONS}
        if done - known:
            raise StoreError(f"{self.path}: written by a newer checker (steps {', '.join(sorted(done - known))})")
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            if not self.write:
                raise StoreError(f"{self.path}: needs migration {name}; run an audit on it first")
            with self.db:
                self.db.executescript(f"BEGIN;\n{sql}\nINSERT INTO migrations VALUES ('{name}', '{now()}');\nCOMMIT;")

    @property
    def migrations(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM migrations ORDER BY name")]

    def commit(self) -> None:
        with self._lock:
            self.db.commit()
            self._last_commit = time.monotonic()

    def maybe_commit(self) -> None:
        if time.monotonic() - self._last_commit >= COMMIT_EVERY_S:
            self.commit()

    def close(self) -> None:
        with self._lock:
            if self.write:
                self.db.commit()
            self.db.close()
        self._release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- runs -------------------------------------------------------------------------------------

    def begin_run(self, extractor: str, settings: dict[str, Any], version: str) -> int:
        with self._lock:
            self.db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = self.db.execute(
                "INSERT INTO runs (started_at, status, checker_version, extractor, settings) VALUES (?, ?, ?, ?, ?)",
                (now(), "running", version, extractor, json.dumps(settings, default=str)))
            self.db.commit()
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        with self._lock:
            self.db.execute("UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                            (now(), status, json.dumps(counts), run_id))
            self.db.commit()

    def runs(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, started_at, finished_at, status, checker_version, extractor, settings, "
                               "counts FROM runs ORDER BY id").fetchall()
        keys = ("id", "started_at", "finished_at", "status", "checker_version", "extractor", "settings", "counts")
        return [{**dict(zip(keys, r, strict=True)), "settings": json.loads(r[6]), "counts": json.loads(r[7])}
                for r in rows]

    def add_input_error(self, run_id: int, item: str, problem: str) -> None:
        with self._lock:
            self.db.execute("INSERT INTO input_errors VALUES (?, ?, ?)", (run_id, item, problem))

    def input_errors(self, run_id: int | None = None) -> list[tuple[str, str]]:
        if run_id is None:
            row = self.db.execute("SELECT max(id) FROM runs").fetchone()
            run_id = row[0] if row else None
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT item, problem FROM input_errors WHERE run_id = ? ORDER BY rowid", (run_id,))]

    # --- articles and extractions ------------------------------------------------------------------

    def upsert_article(self, a: Article, run_id: int) -> tuple[Literal["new", "changed", "unchanged", "duplicate"],
                                                                 str | None]:
        """Record an article read in this run; a second article with its id in the same run is a duplicate."""
        sha = article_sha(a.text)
        with self._lock:
            row = self.db.execute("SELECT sha256, last_run, source FROM articles WHERE id = ?", (a.id,)).fetchone()
            fields = (sha, a.source, a.url, a.outlet, a.published.isoformat() if a.published else None,
                      a.published_basis, a.text, run_id)
            if row is None:
                self.db.execute("INSERT INTO articles (sha256, source, url, outlet, published, published_basis, text,"
                                " last_run, id, first_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                (*fields, a.id, run_id))
                return "new", None
            if row[1] == run_id:
                return "duplicate", row[2]
            self.db.execute("UPDATE articles SET sha256 = ?, source = ?, url = ?, outlet = ?, published = ?, "
                            "published_basis = ?, text = ?, last_run = ? WHERE id = ?", (*fields, a.id))
            return ("unchanged" if row[0] == sha else "changed"), None

    def extracted(self, article_id: str, version: str) -> bool:
        """Whether the article has a usable extraction by this extractor of its current text."""
        row = self.db.execute("SELECT version, status FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == version and row[1] != "failed"

    def save(self, s: StoredArticle, run_id: int) -> None:
        """Replace everything stored for one article by its new extraction."""
        with self._lock:
            self._forget(s.article_id)
            self.db.execute(
                "INSERT INTO extractions (article_id, version, extractor, run_id, status, stamp, payload, errors, "
                "partial, usage, verdict, day, sides, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.article_id, s.version, s.extractor, run_id, s.status, s.stamp, s.payload, json.dumps(s.errors),
                 s.partial, json.dumps(s.usage) if s.usage is not None else None, s.verdict, s.day,
                 json.dumps(s.sides), now()))
            self.db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.claims)
            self.db.executemany("INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?)", s.relations)
            self.db.executemany("INSERT INTO marks VALUES (?, ?, ?, ?, ?)", s.marks)
            self.db.executemany("INSERT INTO series_points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.points)
            self.db.executemany("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)", s.findings)
        self.maybe_commit()

    def _forget(self, article_id: str) -> None:
        for table, column in (("extractions", "article_id"), ("claims", "article_id"), ("relations", "article_id"),
                              ("marks", "article_id"), ("series_points", "article_id")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))
        self.db.execute("DELETE FROM findings WHERE scope = 'article' AND owner = ?", (article_id,))

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT id, text, published, published_basis, source, url, outlet FROM articles "
                              "WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else _article(row)

    def pending_articles(self, version: str) -> Iterator[Article]:
        """Articles without a usable extraction by this extractor version, in id order."""
        rows = self.db.execute(
            "SELECT a.id, a.text, a.published, a.published_basis, a.source, a.url, a.outlet FROM articles a "
            "LEFT JOIN extractions e ON e.article_id = a.id "
            "WHERE e.article_id IS NULL OR e.version != ? OR e.status = 'failed' ORDER BY a.id", (version,))
        for row in rows:
            yield _article(row)

    def doc(self, article_id: str) -> Doc | None:
        """One article as the reconciler reads it, from its stored extraction."""
        row = self.db.execute("SELECT payload FROM extractions WHERE article_id = ? AND status != 'failed'",
                              (article_id,)).fetchone()
        article = self.article(article_id)
        if row is None or article is None:
            return None
        p = unpack_payload(row[0])
        facts = p.facts
        if facts.event_marks is None:  # stored before event marks were read with the other facts
            facts = facts.model_copy(update={"event_marks": event_marks(article.text)})
        return Doc.of(article_id, p.claims, p.relations, facts, article)

    def payload(self, article_id: str) -> _Payload | None:
        row = self.db.execute("SELECT payload FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        return None if row is None else unpack_payload(row[0])

    # --- linking and groups -----------------------------------------------------------------------

    def about(self) -> dict[str, tuple[About, str]]:
        """Per extracted article: what linking checks (sides, day reported, events named), and its stamp."""
        names: dict[str, set[str]] = {}
        for article, key in self.db.execute("SELECT article_id, key FROM marks WHERE kind = 'named'"):
            names.setdefault(article, set()).add(key)
        return {r[0]: (About(json.loads(r[1]), dt.date.fromisoformat(r[2]) if r[2] else None,
                             frozenset(names.get(r[0], ()))), r[3])
                for r in self.db.execute("SELECT article_id, sides, day, stamp FROM extractions "
                                         "WHERE status != 'failed'")}

    def mark_rows(self) -> Iterator[MarkRow]:
        """Marks sorted by (kind, key, day, article), as `events.link_sorted` reads them."""
        cur = self.db.execute("SELECT m.kind, m.key, m.day, m.article_id, m.words FROM marks m "
                              "JOIN extractions e ON e.article_id = m.article_id AND e.status != 'failed' "
                              "ORDER BY m.kind, m.key, m.day, m.article_id")
        for kind, key, day, article, words in cur:
            yield _link_kind(kind), key, dt.date.fromisoformat(day) if day else None, article, words

    def series_groups(self) -> Iterator[list[SeriesPoint]]:
        """Running totals quoted by two or more articles, one group at a time."""
        cur = self.db.execute("SELECT key FROM series_points GROUP BY key HAVING count(DISTINCT article_id) > 1 "
                              "ORDER BY key")
        for (key,) in cur.fetchall():
            rows = self.db.execute("SELECT key, label, since, side, claim_id, article_id, day, day_basis, value "
                                   "FROM series_points WHERE key = ? ORDER BY day, article_id, claim_id", (key,))
            yield [SeriesPoint(r[0], r[1], dt.date.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5],
                               dt.date.fromisoformat(r[6]), _day_basis(r[7]), Interval.model_validate_json(r[8]))
                   for r in rows]

    def group_version(self, group_id: str) -> str | None:
        row = self.db.execute("SELECT version FROM groups WHERE id = ?", (group_id,)).fetchone()
        return None if row is None else str(row[0])

    def keep_group(self, group_id: str) -> None:
        with self._lock:
            self.db.execute("UPDATE groups SET seen = 1 WHERE id = ?", (group_id,))

    def save_group(self, group_id: str, kind: str, version: str, verdict: str, ledger: str,
                   articles: Iterable[str], findings: Iterable[Finding]) -> None:
        with self._lock:
            self._drop_group(group_id)
            self.db.execute("INSERT INTO groups (id, kind, version, verdict, ledger, seen) VALUES (?, ?, ?, ?, ?, 1)",
                            (group_id, kind, version, verdict, ledger))
            self.db.executemany("INSERT OR IGNORE INTO group_articles VALUES (?, ?)",
                                [(group_id, a) for a in articles])
            self.db.executemany("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [finding_row(kind, group_id, f) for f in findings])
        self.maybe_commit()

    def _drop_group(self, group_id: str) -> None:
        for sql in ("DELETE FROM groups WHERE id = ?", "DELETE FROM group_articles WHERE group_id = ?",
                    "DELETE FROM findings WHERE scope IN ('event', 'series') AND owner = ?"):
            self.db.execute(sql, (group_id,))

    def start_grouping(self) -> None:
        with self._lock:
            self.db.execute("UPDATE groups SET seen = 0")

    def drop_unseen_groups(self) -> int:
        with self._lock:
            gone = [r[0] for r in self.db.execute("SELECT id FROM groups WHERE seen = 0")]
            for g in gone:
                self._drop_group(g)
            self.db.commit()
        return len(gone)

    def groups(self, kind: str, *, worst_first: bool = False) -> Iterator[tuple[str, str, str]]:
        """(id, verdict, ledger JSON) of the stored events or running totals, one row at a time."""
        order = _WORST_FIRST + ", id" if worst_first else "id"
        cur = self.db.cursor()  # its own cursor: the caller may query the store between rows
        yield from cur.execute(f"SELECT id, verdict, ledger FROM groups WHERE kind = ? ORDER BY {order}", (kind,))

    def series_verdicts(self, articles: Sequence[str]) -> dict[str, tuple[str, list[str]]]:
        """Running totals quoted by any of these articles: id -> (verdict, finding ids)."""
        out = {}
        for sid in self.series_of(articles):
            row = self.db.execute("SELECT verdict FROM groups WHERE id = ?", (sid,)).fetchone()
            found = [r[0] for r in self.db.execute("SELECT id FROM findings WHERE scope = 'series' AND owner = ? "
                                                   "ORDER BY id", (sid,))]
            out[sid] = (str(row[0]), found)
        return out

    def series_of(self, articles: Sequence[str]) -> list[str]:
        marks = ",".join("?" * len(articles))
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT g.group_id FROM group_articles g JOIN groups k ON k.id = g.group_id AND "
            f"k.kind = 'series' WHERE g.article_id IN ({marks}) ORDER BY 1", tuple(articles))]

    # --- reading for reports --------------------------------------------------------------------------

    def findings(self, scope: str | Sequence[str] | None = None, verdicts: Sequence[str] = ()) -> Iterator[Finding]:
        """Stored findings; `scope`: 'article' (within one), 'event' or 'series' (across articles)."""
        sql = "SELECT body FROM findings"
        where: list[str] = []
        args: list[str] = []
        if scope is not None:
            scopes = [scope] if isinstance(scope, str) else list(scope)
            where.append(f"scope IN ({','.join('?' * len(scopes))})")
            args += scopes
        if verdicts:
            where.append(f"verdict IN ({','.join('?' * len(verdicts))})")
            args += list(verdicts)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for (body,) in self.db.execute(sql + " ORDER BY scope, owner, id", args):
            yield finding_of(body)

    def count(self, sql: str, *args: Any) -> int:
        row = self.db.execute(sql, args).fetchone()
        return int(row[0] or 0) if row else 0

    def extraction_rows(self) -> Iterator[tuple[str, str, str, list[str], str | None, str | None, str | None]]:
        """(article, status, verdict, errors, partial, source, extractor) for every article, by id."""
        cur = self.db.execute("SELECT a.id, coalesce(e.status, 'pending'), coalesce(e.verdict, 'none'), "
                              "coalesce(e.errors, '[]'), e.partial, a.source, e.extractor FROM articles a "
                              "LEFT JOIN extractions e ON e.article_id = a.id ORDER BY a.id")
        for r in cur:
            yield r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]

    def usage_total(self) -> dict[str, int]:
        out = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "cached": 0}
        for (u,) in self.db.execute("SELECT usage FROM extractions WHERE usage IS NOT NULL"):
            d = json.loads(u)
            for k in ("calls", "prompt_tokens", "completion_tokens"):
                out[k] += int(d.get(k, 0))
            out["cached"] += int(bool(d.get("cached")))
        return out


def _article(row: Sequence[Any]) -> Article:
    return Article(id=row[0], text=row[1], published=dt.date.fromisoformat(row[2]) if row[2] else None,
                   published_basis=row[3], source=row[4], url=row[5], outlet=row[6])


_LINK_KINDS: dict[str, LinkKind] = {"named": "named", "size": "size", "stage": "stage", "same_day": "same_day"}


def _link_kind(kind: str) -> LinkKind:
    if kind in _LINK_KINDS:
        return _LINK_KINDS[kind]
    raise StoreError(f"unknown link kind {kind!r} in the store")


def _day_basis(basis: str) -> Literal["stated", "publication"]:
    return "stated" if basis == "stated" else "publication"


class StoreAnswers(LLMCache):
    """The LLM answer cache of an audit: the store's `llm_answers` table, on the store's connection.

    An answer is committed as soon as it is put, so a killed audit never asks for it again."""

    def __init__(self, store: Store) -> None:  # noqa: D107 - no LLMCache.__init__: the store owns the file
        self.path = store.path
        self._store = store
        self._lock = store._lock  # noqa: SLF001 - one connection, one lock
        self._db = store.db

    def put(self, key: str, entry: CacheEntry) -> None:
        super().put(key, entry)
        self._store._last_commit = time.monotonic()  # noqa: SLF001 - LLMCache.put committed everything

    def close(self) -> None:  # the store closes the connection
        pass

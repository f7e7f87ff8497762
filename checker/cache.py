"""SQLite cache of raw LLM answers, so a re-run of the same articles makes zero LLM calls.

Keyed by a sha256 over everything that could change an answer (article text, model, endpoint, prompt
hash, claims schema version, generation parameters) and nothing secret: API keys never enter a key or
a row. Rows hold the model's raw answers per chunk, so a cached article is rebuilt by the same code
path as a fresh one, and a grounding fix applies to cached answers too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_answers (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    created_at TEXT NOT NULL,
    chunks TEXT NOT NULL,
    usage TEXT NOT NULL
)
"""


def default_cache_path() -> Path:
    """CHECKER_CACHE, else ~/.cache/checker/llm.sqlite."""
    env = os.environ.get("CHECKER_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "checker" / "llm.sqlite"


def cache_key(**parts: Any) -> str:
    """A stable sha256 over named parts (canonical JSON, sorted keys)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class CacheEntry:
    """One article's answers: per-chunk raw answers and the usage they cost when first fetched."""

    model: str
    chunks: list[dict[str, Any]]
    usage: dict[str, Any]


class LLMCache:
    """A small key-value store over SQLite in WAL mode (safe for concurrent readers and one writer)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, key: str) -> CacheEntry | None:
        with self._lock:
            row = self._db.execute("SELECT model, chunks, usage FROM llm_answers WHERE key = ?",
                                   (key,)).fetchone()
        if row is None:
            return None
        return CacheEntry(model=row[0], chunks=json.loads(row[1]), usage=json.loads(row[2]))

    def put(self, key: str, entry: CacheEntry) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO llm_answers (key, model, created_at, chunks, usage)"
                " VALUES (?, ?, ?, ?, ?)",
                (key, entry.model, now, json.dumps(entry.chunks, ensure_ascii=False),
                 json.dumps(entry.usage)),
            )
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM llm_answers").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> LLMCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

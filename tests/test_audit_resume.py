"""kill -9 during an audit, then the same command again: nothing asked twice, nothing lost.

Each test starts `python -m checker audit` as a subprocess, waits until the store holds part of the
work, kills it with SIGKILL (no chance to clean up), and runs the audit again to the end.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.extract.llm import LLMConfig, LLMExtractor
from checker.inputs import load
from tests.fake_openai_server import FakeOpenAIServer

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 60  # at most, for the store to fill before the kill (it takes about a second)


# Enough articles that the first commit (the store commits at least every second) comes well before
# the last: two workers extract a few hundred a second.
OFFLINE_N = 1000


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        day = 1 + i % 27
        (folder / f"r{i:04}.txt").write_text(
            f"date 2026-05-{day:02}\nReport {i:04}: On Friday, {100 + i} prisoners of war were released in the "
            f"exchange agreed in Town{i % 7}. Since the start of the war, {5000 + 3 * i} people have been brought "
            f"home, officials said. Another {i % 40 + 2} civilians were freed on Saturday.\n", encoding="utf-8")


def _audit(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "checker", "audit", *args, "-q"], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def _kill_when(proc: subprocess.Popen[bytes], db: Path, sql: str, at_least: int) -> None:
    deadline = time.monotonic() + WAIT_S
    while _count(db, sql) < at_least:
        assert proc.poll() is None, f"the audit ended before the kill: {proc.stderr.read() if proc.stderr else ''}"
        assert time.monotonic() < deadline, "the store did not fill in time"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _last_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        counts: dict[str, int] = json.loads(con.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1")
                                            .fetchone()[0])
        return counts
    finally:
        con.close()


@pytest.mark.allow_model_requests
def test_kill_9_during_an_llm_audit_then_resume_asks_no_stored_article_again(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "audit.sqlite"
    _write_articles(folder, 60)
    with FakeOpenAIServer(latency_s=0.05) as server:
        args = [str(folder), "--db", str(db), "--model", "fake-model", "--base-url", server.base_url,
                "--concurrency", "4", "-o", str(tmp_path / "r.md")]
        _kill_when(_audit(args, tmp_path), db, "SELECT count(*) FROM llm_answers", 12)
        stored = _count(db, "SELECT count(*) FROM llm_answers")
        ex = LLMExtractor(LLMConfig(model="fake-model", base_url=server.base_url))
        keys = {r[0] for r in sqlite3.connect(db).execute("SELECT key FROM llm_answers")}
        answered = {a.id for a in load([folder]) if not isinstance(a, Exception) and ex.cache_key(a) in keys}
        assert len(answered) == stored and 12 <= stored < 60
        server.log.clear()
        again = _audit(args, tmp_path)
        assert again.wait(timeout=120) in (0, 1), again.stderr.read() if again.stderr else ""
        asked = {head.split(":")[0].removeprefix("Report ") for _fault, head in server.log}
    assert not asked & {a.removeprefix("r") for a in answered}  # no stored answer asked for again
    assert len(asked) == 60 - stored  # and every other article asked once
    assert _count(db, "SELECT count(*) FROM extractions WHERE status = 'extracted'") == 60
    assert _count(db, "SELECT count(*) FROM llm_answers") == 60
    counts = _last_counts(db)
    assert counts["extracted"] == 60 - counts["cached"] and counts["cached"] >= 0


def test_kill_9_during_an_offline_audit_with_two_jobs_then_resume_loses_nothing(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "audit.sqlite"
    _write_articles(folder, OFFLINE_N)
    args = [str(folder), "--db", str(db), "--jobs", "2", "-f", "json", "-o", str(tmp_path / "r.json")]
    _kill_when(_audit(args, tmp_path), db, "SELECT count(*) FROM extractions", 1)  # at the first commit
    kept = _count(db, "SELECT count(*) FROM extractions")
    assert kept < OFFLINE_N
    again = _audit(args, tmp_path)
    assert again.wait(timeout=300) in (0, 1), again.stderr.read() if again.stderr else ""
    counts = _last_counts(db)
    assert (counts["cached"], counts["extracted"]) == (kept, OFFLINE_N - kept)
    resumed = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    fresh_db = tmp_path / "fresh.sqlite"
    fresh = _audit([str(folder), "--db", str(fresh_db), "-f", "json", "-o", str(tmp_path / "f.json")], tmp_path)
    assert fresh.wait(timeout=300) in (0, 1)
    full = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert len(resumed["articles"]) == OFFLINE_N
    assert {f["id"] for f in resumed["findings"]} == {f["id"] for f in full["findings"]}
    assert resumed["summary"] == full["summary"]


def test_ctrl_c_records_an_interrupted_run_and_the_next_run_resumes(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "audit.sqlite"
    _write_articles(folder, 600)
    args = [str(folder), "--db", str(db), "--jobs", "2", "-o", str(tmp_path / "r.md")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "checker", "audit", *args, "-q"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + WAIT_S
    while _count(db, "SELECT count(*) FROM extractions") < 50:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground process group
    assert proc.wait(timeout=60) == 130
    assert proc.stderr is not None and b"checker: error: interrupted" in proc.stderr.read()
    kept = _count(db, "SELECT count(*) FROM extractions")
    con = sqlite3.connect(db)
    assert con.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
    con.close()
    again = _audit(args, tmp_path)
    assert again.wait(timeout=300) in (0, 1)
    counts = _last_counts(db)
    assert (counts["cached"], counts["extracted"]) == (kept, 600 - kept)

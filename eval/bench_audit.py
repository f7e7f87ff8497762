"""Benchmark `checker audit`: throughput and peak memory on synthetic archives, and LLM concurrency.

Offline extractor: for each size (default 1k, 10k, 100k synthetic articles in one JSONL file), an
audit into a fresh store with `--jobs 1` and `--jobs 2`; prints articles/s over the extraction phase
(reading, extracting, resolving, checking within each article, storing) and over the whole command
(with linking, cross-article checks and the Markdown report), and the peak resident memory of the
audit process and of the audit with its worker processes (sampled from /proc every 50 ms).

LLM extractor: the fake OpenAI-compatible server of the tests in a child process with a fixed latency
per request; an audit of N one-chunk articles at each concurrency; efficiency = ideal / measured
extraction time, ideal = N * latency / concurrency.

    python eval/bench_audit.py [--sizes 1000 10000 100000] [--jobs 1 2] [--llm-articles 200]
                               [--latency-ms 50] [--concurrency 1 8 32] [--skip-llm] [--skip-offline]

The synthetic articles are written here from templates (invented places, figures and dates): about
1.6 KB each with 12 to 16 figures, five articles per event (consecutive days and stages of one named
exchange, or daily tolls of one named disaster), and one running total quoted across the archive.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_S = 0.05
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PLACES = ["Arvel", "Brunholt", "Castemar", "Dornvik", "Eskbridge", "Falkreach", "Gorsett", "Halvard", "Istwell",
          "Jorvale", "Kestrel Bay", "Lunmoor", "Marrowgate", "Norrin", "Oakhollow", "Pellham"]
FILLER = [
    "The handover took place at a border crossing under the watch of international observers.",
    "Relatives gathered outside the reception centre from early morning, holding photographs.",
    "Officials on both sides described the talks that led to the agreement as difficult but constructive.",
    "Those released were taken to hospitals for medical checks before being allowed to travel home.",
    "Mediators said further meetings were planned, although no date had been set.",
]


def _day(base: int) -> tuple[str, str, str]:
    """(ISO date, 'Weekday, Month D', weekday) for a day counted from 2024-01-01."""
    import datetime as dt

    d = dt.date(2024, 1, 1) + dt.timedelta(days=base)
    return d.isoformat(), f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", WEEKDAYS[d.weekday()]


def article(i: int, rng: random.Random) -> dict[str, str]:
    """One synthetic article; articles 5k..5k+4 tell one event over five days."""
    event, stage = divmod(i, 5)
    start = (event * 3) % 900
    iso, when, weekday = _day(start + stage)
    place = f"{PLACES[event % len(PLACES)]}-{event // len(PLACES)}"
    counts = [150 + (event * 37 + k * 11) % 120 for k in range(5)]
    size, count = sum(counts), counts[stage]
    civilians = 2 + (event + stage) % 9
    tally = 4000 + 9 * (start + stage)  # one running total, the same for every article of a day
    parts = [
        f"{place.upper()}, {when.split(', ')[1]} (Wire) - On {when}, {count} prisoners of war were released on "
        f"the {['first', 'second', 'third', 'fourth', 'fifth and final'][stage]} day of the {size:,}-for-{size:,} "
        f"exchange "
        f"agreed in {place}, officials said.",
        f"Separately, {civilians} civilian detainees were freed on {weekday}.",
        rng.choice(FILLER),
        f"Since the start of the full-scale invasion, {tally:,} Ukrainians have been brought home from captivity, "
        "the ombudsman said.",
        f"The youngest freed soldier is {19 + event % 6}, the oldest {55 + stage}.",
        rng.choice(FILLER),
        f"About {30 + (i % 50)} buses and {4 + i % 5} ambulances were used to move them, a spokesman said.",
        f"More than {2 + event % 3} years into the war, exchanges remain one of the few channels between the sides.",
        rng.choice(FILLER),
        f"Local authorities reported that {12 + i % 30} families were reunited at the centre by the evening, and "
        f"{3 + i % 7} more were expected to arrive on the next day.",
        rng.choice(FILLER), rng.choice(FILLER),
    ]
    return {"id": f"syn-{i:06}", "published": iso, "text": " ".join(parts[:3]) + "\n\n" + " ".join(parts[3:7])
            + "\n\n" + " ".join(parts[7:])}


def write_archive(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(article(i, rng)) + "\n")


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        todo += [int(k) for k in kids]
    return out


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str]) -> tuple[float, int, int, int]:
    """Run a command; (wall s, exit code, peak RSS of the process kB, peak RSS of its tree kB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_tree = 0
    while proc.poll() is None:
        peak_main = max(peak_main, _rss_kb(proc.pid))
        peak_tree = max(peak_tree, sum(_rss_kb(p) for p in _tree(proc.pid)))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return wall, proc.returncode, peak_main, peak_tree


def manifest(db: Path) -> dict[str, float]:
    con = sqlite3.connect(db)
    try:
        counts: dict[str, float] = json.loads(con.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1")
                                              .fetchone()[0])
        return counts
    finally:
        con.close()


def offline(sizes: list[int], jobs: list[int], work: Path) -> None:
    print("offline extractor (rules), one fresh store per run")
    print("| articles | jobs | extract s | articles/s (extract) | total s | articles/s (total) | events | "
          "peak RSS audit | peak RSS with workers | speed-up |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        data = work / f"archive-{n}.jsonl"
        write_archive(data, n)
        base = None
        for j in jobs:
            db = work / f"audit-{n}-{j}.sqlite"
            cmd = [sys.executable, "-m", "checker", "audit", str(data), "--db", str(db), "--jobs", str(j), "-q",
                   "-o", os.devnull]
            wall, _code, main_kb, tree_kb = measure(cmd)
            c = manifest(db)
            rate = n / c["extract_s"]
            base = base or rate
            print(f"| {n:,} | {j} | {c['extract_s']:.1f} | {rate:.0f} | {wall:.1f} | {n / wall:.0f} | "
                  f"{int(c['events']):,} | {main_kb / 1024:.0f} MB | {tree_kb / 1024:.0f} MB | {rate / base:.2f}× |",
                  flush=True)
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        data.unlink()


def llm(n: int, latency_ms: int, levels: list[int], work: Path) -> None:
    print(f"\nLLM extractor against the fake server, {latency_ms} ms a request, {n} one-chunk articles")
    print("| concurrency | extract s | ideal s | efficiency |\n| ---: | ---: | ---: | ---: |")
    folder = work / "llm-articles"
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"a{i:04}.txt").write_text(f"Report {i}: on Friday, {100 + i} prisoners of war were released. "
                                             f"Officials said {i + 3} of them were civilians.\n", encoding="utf-8")
    with _server(latency_ms) as url:
        for level in levels:
            db = work / f"llm-{level}.sqlite"
            cmd = [sys.executable, "-m", "checker", "audit", str(folder), "--db", str(db), "--model", "fake-model",
                   "--base-url", url, "--concurrency", str(level), "-q", "-o", os.devnull]
            measure(cmd)
            c = manifest(db)
            ideal = n * latency_ms / 1000 / level
            print(f"| {level} | {c['extract_s']:.2f} | {ideal:.2f} | {ideal / c['extract_s']:.0%} |", flush=True)


class _server:
    def __init__(self, latency_ms: int) -> None:
        self.latency_ms = latency_ms

    def __enter__(self) -> str:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.fake_openai_server", "--latency-ms",
                                      str(self.latency_ms)], cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def __exit__(self, *exc: object) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--llm-articles", type=int, default=200)
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--skip-llm", action="store_true")
    ap.add_argument("--skip-offline", action="store_true")
    args = ap.parse_args(argv)
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        if not args.skip_offline:
            offline(args.sizes, args.jobs, Path(tmp))
        if not args.skip_llm:
            llm(args.llm_articles, args.latency_ms, args.concurrency, Path(tmp))


if __name__ == "__main__":
    main()

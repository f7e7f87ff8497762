"""Benchmark: reconciler time for 10k, 100k and 1M synthetic claims (prints figures, asserts nothing).

Synthetic batch: copies of a realistic article's claims (seed 003: counts, totals, parity, ages,
durations, dates), each copy a separate article on its own days so cross-article checks have work.
Claim construction is outside the timing; only `reconcile` is timed, on one core, with the
collector on (the pre-built input is frozen out of it with gc.freeze()).

    python eval/bench_reconcile.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import time
from pathlib import Path

from checker.claims import Article
from checker.pipeline import check_text
from checker.reconcile import reconcile

SEED = next((Path(__file__).resolve().parent.parent / "examples").glob("003_*.txt"))


def template() -> tuple[Article, list]:
    result = check_text(SEED.read_text(encoding="utf-8"), article_id="t", today=dt.date(2026, 11, 22))
    art = result.articles[0]
    return art.article, art.claims


def synth(n_claims: int) -> list[tuple[Article, str, list]]:
    article, claims = template()
    batch = []
    i = 0
    while len(batch) * len(claims) < n_claims:
        aid = f"a{i}"
        shift = dt.timedelta(days=i % 3650)
        new = []
        for k, c in enumerate(claims):
            upd = {"id": f"{aid}/c{k}", "article_id": aid}
            if c.date is not None and c.date.resolved is not None:
                upd["date"] = c.date.model_copy(update={"resolved": c.date.resolved - shift})
            new.append(c.model_copy(update=upd))
        pub = article.published - shift if article.published else None
        batch.append((article.model_copy(update={"id": aid, "published": pub}), aid, new))
        i += 1
    return batch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    print(f"{'claims':>10} {'articles':>9} {'findings':>9} {'seconds':>8} {'µs/claim':>9} {'max RSS MB':>10}")
    for n in args.sizes:
        batch = synth(n)
        total = sum(len(c) for _, _, c in batch)
        gc.collect()
        gc.freeze()  # the input claims are long-lived: exempt them from collection, as a batch run would
        t0 = time.perf_counter()
        findings = reconcile(batch)
        dt_s = time.perf_counter() - t0
        gc.unfreeze()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{total:>10,} {len(batch):>9,} {len(findings):>9,} {dt_s:>8.2f} {dt_s / total * 1e6:>9.2f} "
              f"{rss:>10,.0f}")
        del batch, findings


if __name__ == "__main__":
    main()

"""Benchmark: reconciler time and peak memory for 10k, 100k and 1M synthetic claims (prints figures,
asserts nothing).

Synthetic batch: copies of three articles' claims and relations (the two seeds and a wire report we
wrote with a dash list, a change, a running total and an exchange), each copy a separate article on
its own days, so cross-article checks (running totals since a start point, the same day's figure)
have work. Claim construction is outside the timing; `reconcile` (the findings) is timed, then
`reconcile_with_ledger` (findings and the event and running-total ledgers the reports and `checker
check` use), on one core, with the collector on (the pre-built input is frozen out of it with
gc.freeze()). Each is timed as wall seconds and as the process's CPU seconds (what to compare when
other jobs share the machine). Peak RSS is the process's maximum resident set size after both runs
(it includes the input).

    python eval/bench_reconcile.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import time
from pathlib import Path

from checker.claims import Claim, DateRef, Known, Relation
from checker.pipeline import ArticleResult, check_text
from checker.reconcile import Doc, reconcile, reconcile_with_ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
WIRE = "\n\n".join([
    "date 2026-05-08\nKYIV, May 8 (Wire) - A total of 48 detainees - 30 soldiers, 12 civilians and six medics - "
    "crossed the border on Friday, the second day of the exchange.",
    "On Thursday 180 prisoners came home. Over the two days 228 prisoners were freed, officials said.",
    "The death toll from the flooding rose to 64 on Friday from 51 a day earlier.",
    "Since the start of the full-scale invasion, 7,020 Ukrainians have been brought back from captivity.",
    "Russia said 48 Russian servicemen were returned in exchange for 48 Ukrainian detainees.",
]) + "\n"

def templates() -> list[ArticleResult]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + [WIRE]
    return [check_text(t, article_id=f"t{n}", today=dt.date(2026, 11, 22)).articles[0] for n, t in enumerate(texts)]


def _shift(c: Claim, aid: str, days: dt.timedelta) -> Claim:
    upd: dict[str, object] = {"id": f"{aid}/{c.id.rsplit('/', 1)[1]}", "article_id": aid}
    if c.date is not None and c.date.value.resolved is not None:
        ref: DateRef = c.date.value.model_copy(update={"resolved": c.date.value.resolved - days})
        upd["date"] = Known[DateRef](value=ref, basis=c.date.basis, words=c.date.words)
    return c.model_copy(update=upd)


def _relation(r: Relation, aid: str) -> Relation:
    members = tuple(m.model_copy(update={"claim": f"{aid}/{m.claim.rsplit('/', 1)[1]}"}) for m in r.members)
    return r.model_copy(update={"id": f"{aid}/{r.id.rsplit('/', 1)[1]}", "article_id": aid, "members": members})


def synth(n_claims: int) -> tuple[list[Doc], int, int]:
    base = templates()
    docs: list[Doc] = []
    claims = relations = i = 0
    while claims < n_claims:
        t = base[i % len(base)]
        aid = f"a{i}"
        shift = dt.timedelta(days=i % 3650)
        pub = t.article.published - shift if t.article.published else None
        article = t.article.model_copy(update={"id": aid, "published": pub})
        cs = [_shift(c, aid, shift) for c in t.claims]
        rs = [_relation(r, aid) for r in t.relations]
        docs.append(Doc.of(aid, cs, rs, t.facts, article))
        claims += len(cs)
        relations += len(rs)
        i += 1
    return docs, claims, relations


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    print(f"{'claims':>10} {'relations':>10} {'articles':>9} {'findings':>9} {'seconds':>8} {'cpu s':>7} "
          f"{'µs/claim':>9} {'+ledgers s':>10} {'cpu s':>7} {'peak RSS MB':>11}")
    for n in args.sizes:
        docs, total, rels = synth(n)
        gc.collect()
        gc.freeze()  # the input claims are long-lived: exempt them from collection, as a batch run would
        t0, c0 = time.perf_counter(), time.process_time()
        findings = reconcile(docs)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        del findings
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        findings, _across = reconcile_with_ledger(docs)
        with_ledgers, ledgers_cpu = time.perf_counter() - t0, time.process_time() - c0
        gc.unfreeze()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{total:>10,} {rels:>10,} {len(docs):>9,} {len(findings):>9,} {seconds:>8.2f} {cpu:>7.2f} "
              f"{cpu / total * 1e6:>9.2f} {with_ledgers:>10.2f} {ledgers_cpu:>7.2f} {rss:>11,.0f}", flush=True)
        del docs, findings, _across


if __name__ == "__main__":
    main()

"""The audit report, read from the run store: one verdict per article and per event, the event ledger,
cross-article conflicts first, failures with their reasons; Markdown, JSON and a CSV of findings.

`AuditResult` is the typed view the renderers share (and the HTML report can render): a summary, the
per-article verdicts, the event and running-total ledgers, the cross-article conflicts. The full list
of findings is streamed from the store by the JSON and CSV writers, so a report on a large archive is
written without holding every finding in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TextIO, TypeVar

from checker import __version__
from checker.claims import SCHEMA_VERSION
from checker.reconcile import Finding
from checker.reconcile.findings import VERDICT_ORDER
from checker.reconcile.ledger import EventLedger, SeriesLedger
from checker.store import Store

AUDIT_SCHEMA = "audit-1.0"
ArticleVerdict = Literal["contradiction", "unclear", "consistent", "none", "failed", "pending"]
MARK = {"contradiction": "✗", "unclear": "?", "consistent": "✓", "none": "·", "failed": "!", "pending": "…"}
CSV_COLUMNS = ("scope", "owner", "finding", "check", "verdict", "severity", "articles", "claims", "working",
               "message", "basis", "evidence")
MAX_MARKDOWN_WITHIN = 500  # within-article contradictions listed in Markdown; the JSON and CSV have all
L = TypeVar("L", EventLedger, SeriesLedger)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article's verdict: the worst of its own checks and the cross-article findings naming it."""

    article: str
    verdict: ArticleVerdict
    within: str
    across: str | None
    status: str
    source: str | None
    errors: tuple[str, ...] = ()
    partial: str | None = None


class Ledgers(Generic[L]):
    """The ledgers of a store, read one at a time (an archive has tens of thousands of events):
    iterate for the ledgers, worst verdict first; `len()` counts them without reading them."""

    def __init__(self, store: Store, kind: str, read: Callable[[str], L]) -> None:
        self._store = store
        self._kind = kind
        self._read: Callable[[str], L] = read

    def __iter__(self) -> Iterator[L]:
        for _id, _verdict, ledger in self._store.groups(self._kind, worst_first=True):
            yield self._read(ledger)

    def __len__(self) -> int:
        return self._store.count("SELECT count(*) FROM groups WHERE kind = ?", self._kind)


@dataclass
class AuditResult:
    """What the audit reports; `events` and `series` are read from the store as they are iterated."""

    store: str
    runs: list[dict[str, Any]]
    articles: list[ArticleRow]
    events: Ledgers[EventLedger]
    series: Ledgers[SeriesLedger]
    conflicts: list[Finding]
    input_errors: list[tuple[str, str]]
    usage: dict[str, int]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def contradictions(self) -> int:
        return self.counts.get("contradiction", 0)

    @property
    def has_errors(self) -> bool:
        return bool(self.input_errors) or any(a.verdict in ("failed", "pending") for a in self.articles)


def load_result(store: Store) -> AuditResult:
    """The report's view of everything the store holds."""
    series = Ledgers(store, "series", SeriesLedger.model_validate_json)
    events = Ledgers(store, "event", lambda ledger: _with_series(EventLedger.model_validate_json(ledger), store))
    cross = sorted(store.findings(scope=("event", "series"), verdicts=("contradiction", "unclear")),
                   key=_conflict_order)
    across = _across(cross)
    articles = [_row(r, across.get(r[0])) for r in store.extraction_rows()]
    counts = {v: store.count("SELECT count(*) FROM findings WHERE verdict = ?", v)
              for v in ("contradiction", "unclear", "consistent")}
    counts.update(articles=len(articles), claims=store.count("SELECT count(*) FROM claims"),
                  events=len(events), series=len(series),
                  cross_contradictions=sum(f.verdict == "contradiction" for f in cross))
    runs = store.runs()
    return AuditResult(store=str(store.path), runs=runs, articles=articles, events=events, series=series,
                       conflicts=cross, input_errors=store.input_errors(), usage=store.usage_total(), counts=counts)


def _with_series(e: EventLedger, store: Store) -> EventLedger:
    """Running totals quoted by the event's articles, and their verdict folded into the event's."""
    series = store.series_verdicts(e.articles)
    if not series:
        return e
    worst = min([e.verdict, *(v for v, _f in series.values())], key=lambda v: VERDICT_ORDER.get(v, 3))
    return e.model_copy(update={"running_totals": sorted(series), "verdict": worst,
                                "findings": e.findings + [f for _v, fs in series.values() for f in fs]})


def _conflict_order(f: Finding) -> tuple[int, int, str]:
    return VERDICT_ORDER[f.verdict], -len(f.articles), f.id


def _across(findings: list[Finding]) -> dict[str, str]:
    worst: dict[str, str] = {}
    for f in findings:
        for a in f.articles:
            if a not in worst or VERDICT_ORDER[f.verdict] < VERDICT_ORDER[worst[a]]:
                worst[a] = f.verdict
    return worst


def _row(r: tuple[str, str, str, list[str], str | None, str | None, str | None], across: str | None) -> ArticleRow:
    article, status, within, errors, partial, source, _extractor = r
    if status in ("failed", "pending"):
        verdict = status
    else:
        options = [v for v in (within, across) if v and v != "none"]
        verdict = min(options, key=lambda v: VERDICT_ORDER[v]) if options else "none"
    return ArticleRow(article, _VERDICTS[verdict], within, across, status, source, tuple(errors), partial)


_VERDICTS: dict[str, ArticleVerdict] = {v: v for v in ("contradiction", "unclear", "consistent", "none", "failed",
                                                       "pending")}


# --- Markdown ------------------------------------------------------------------------------------


def render_markdown(result: AuditResult, store: Store) -> Iterator[str]:
    """The report for editors, a section at a time."""
    yield from _summary(result)
    yield from _conflicts(result)
    yield from _ledger(result)
    yield from _series_md(result)
    yield from _within(store)
    yield from _failures(result)
    yield from _verdicts(result)


def _summary(r: AuditResult) -> Iterator[str]:
    verdicts = {v: sum(a.verdict == v for a in r.articles) for v in MARK}
    last = r.runs[-1] if r.runs else {}
    yield f"# Audit report\n\nStore `{r.store}`; {len(r.runs)} run(s); last run {last.get('status', '?')} " \
          f"({last.get('finished_at') or last.get('started_at', '?')}), extractor `{last.get('extractor', '?')}`.\n\n"
    yield (f"**{len(r.articles)} articles**: {verdicts['contradiction']} with a contradiction, "
           f"{verdicts['unclear']} unclear, {verdicts['consistent']} consistent, {verdicts['none']} with nothing to "
           f"check, {verdicts['failed']} not extracted, {verdicts['pending']} pending. "
           f"**{len(r.events)} events** linked across articles, {len(r.series)} running totals quoted by several "
           f"articles; {r.counts.get('cross_contradictions', 0)} cross-article contradictions. "
           f"Findings: {r.counts.get('contradiction', 0)} contradictions, {r.counts.get('unclear', 0)} unclear, "
           f"{r.counts.get('consistent', 0)} consistent. {len(r.input_errors)} input errors.\n")
    if r.usage.get("calls") or r.usage.get("cached"):
        yield (f"LLM: {r.usage['calls']} calls, {r.usage['prompt_tokens']:,} prompt + "
               f"{r.usage['completion_tokens']:,} completion tokens; {r.usage['cached']} answers from the cache.\n")


def _finding_md(f: Finding) -> str:
    ev = "; ".join(f.evidence)
    return (f"- {MARK[f.verdict]} **{f.check}** [{', '.join(f.articles)}] `{f.working}` — {f.message}"
            + (f"\n  - rests on: {ev}" if ev else "") + "\n")


def _conflicts(r: AuditResult) -> Iterator[str]:
    yield "\n## Cross-article conflicts\n\n"
    if not r.conflicts:
        yield "None.\n"
    for f in r.conflicts:
        yield _finding_md(f)


def _ledger(r: AuditResult) -> Iterator[str]:
    yield "\n## Events\n\n"
    if not len(r.events):
        yield "No articles were linked into an event (nothing the texts state ties two of them).\n"
    for e in r.events:
        days = f"{e.first_day} – {e.last_day}" if e.first_day else "days not stated"
        yield f"### {MARK[e.verdict]} {e.label or e.id} ({days}) — {e.verdict}\n\n"
        yield f"Articles: {', '.join(e.articles)}" + (f"; agreed size {e.target}" if e.target else "") + "\n\n"
        yield "Linked because:\n" + "".join(f"- {link.text}\n" for link in e.links) + "\n"
        if e.stages:
            yield "| stage | series | days | final | articles |\n| ---: | --- | --- | --- | --- |\n"
            yield "".join(f"| {s.stage} | {s.series} | {', '.join(map(str, s.days)) or '?'} | "
                          f"{'yes' if s.final else ''} | {', '.join(s.articles)} |\n" for s in e.stages) + "\n"
        if e.counts:
            yield ("| side | category | action | day | stage | values | articles |\n"
                   "| --- | --- | --- | --- | ---: | --- | --- |\n")
            yield "".join(f"| {c.side or ''} | {c.category} | {c.action or ''} | {c.day or ''} | {c.stage or ''} | "
                          f"{' / '.join(c.values)} | {', '.join(sorted({x.article for x in c.figures}))} |\n"
                          for c in e.counts) + "\n"
        if e.totals:
            yield "Totals: " + "; ".join(f"{t.value} {t.counted or ''} ({t.article})" for t in e.totals) + "\n\n"
        if e.running_totals:
            yield f"Running totals: {', '.join(e.running_totals)}\n\n"


def _series_md(r: AuditResult) -> Iterator[str]:
    if not len(r.series):
        return
    yield "\n## Running totals quoted by several articles\n\n"
    for s in r.series:
        points = " → ".join(f"{p.value} ({p.day}, {p.article})" for p in s.points)
        yield f"- {MARK[s.verdict]} `{s.id}` {s.label}: {points}\n"


def _within(store: Store) -> Iterator[str]:
    yield "\n## Contradictions within articles\n\n"
    shown = 0
    for f in store.findings(scope="article", verdicts=("contradiction",)):
        if shown == MAX_MARKDOWN_WITHIN:
            yield "- … more in the JSON report and the CSV of findings\n"
            break
        yield _finding_md(f)
        shown += 1
    if not shown:
        yield "None.\n"


def _failures(r: AuditResult) -> Iterator[str]:
    failed = [a for a in r.articles if a.verdict in ("failed", "pending") or a.partial]
    yield "\n## Not extracted, partly extracted, input errors\n\n"
    for a in failed:
        why = "; ".join(a.errors) or a.partial or "not extracted yet"
        yield f"- `{a.article}` ({a.status}): {why}\n"
    for item, problem in r.input_errors:
        yield f"- input `{item}`: {problem}\n"
    if not failed and not r.input_errors:
        yield "None.\n"


def _verdicts(r: AuditResult) -> Iterator[str]:
    yield ("\n## Verdict per article\n\n| article | verdict | within | across | source |\n"
           "| --- | --- | --- | --- | --- |\n")
    for a in r.articles:
        yield f"| `{a.article}` | {MARK[a.verdict]} {a.verdict} | {a.within} | {a.across or ''} | {a.source or ''} |\n"


# --- JSON ----------------------------------------------------------------------------------------


def write_json(result: AuditResult, store: Store, out: TextIO) -> None:
    """The whole audit as one JSON document, written piece by piece."""
    head = {"schema_version": AUDIT_SCHEMA, "claims_schema": SCHEMA_VERSION, "checker_version": __version__,
            "store": result.store, "runs": result.runs, "summary": result.counts, "usage": result.usage,
            "input_errors": [{"item": i, "problem": p} for i, p in result.input_errors]}
    out.write(json.dumps(head, ensure_ascii=False, default=str)[:-1])
    _array(out, "articles", ({"id": a.article, "verdict": a.verdict, "within": a.within, "across": a.across,
                              "status": a.status, "source": a.source, "errors": list(a.errors), "partial": a.partial}
                             for a in result.articles))
    _array(out, "events", (json.loads(e.model_dump_json()) for e in result.events))
    _array(out, "series", (json.loads(s.model_dump_json()) for s in result.series))
    _array(out, "conflicts", (f.to_dict() for f in result.conflicts))
    _array(out, "findings", (f.to_dict() for f in store.findings()))
    out.write("}\n")


def _array(out: TextIO, key: str, items: Iterator[dict[str, Any]]) -> None:
    out.write(f', "{key}": [')
    for i, item in enumerate(items):
        out.write(("," if i else "") + "\n  " + json.dumps(item, ensure_ascii=False, default=str))
    out.write("]")


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(store: Store, out: TextIO) -> None:
    """Every finding, one row each, for spreadsheets."""
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for (scope, owner, body) in store.db.execute("SELECT scope, owner, body FROM findings ORDER BY "
                                                 "CASE verdict WHEN 'contradiction' THEN 0 WHEN 'unclear' THEN 1 "
                                                 "ELSE 2 END, scope DESC, owner, id"):
        d = json.loads(body)
        w.writerow((scope, owner, d["id"], d["check"], d["verdict"], d["severity"], "; ".join(d["articles"]),
                    "; ".join(d["claims"]), d["working"], d["message"], d["basis"], " | ".join(d["evidence"])))

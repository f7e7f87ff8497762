"""The one view model every human-facing report renders: built once from a RunResult.

It decides what matters (a verdict per article and for the run, findings ordered contradiction →
unclear → holds, quotes trimmed around their figures, readable values, ids that link findings,
claims and relations) so that the Markdown and HTML renderers only lay it out. Frozen slotted
dataclasses, as `Finding`: a batch makes one view per claim and finding, all built from data the
pipeline already validated. `LedgerRow` is pydantic because it is the contract for batch events
that other code hands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from checker import __version__
from checker.claims import Claim, Relation
from checker.pipeline import ArticleResult, RunResult
from checker.reconcile import Finding
from checker.report.quotes import Fragment, trim
from checker.report.values import attribution, capitalise_names, plural, readable

Verdict = Literal["contradiction", "unclear", "holds"]
ArticleVerdict = Literal["contradiction", "unclear", "holds", "nothing checked"]
VERDICTS: tuple[Verdict, ...] = ("contradiction", "unclear", "holds")
VERDICT_OF: dict[str, Verdict] = {"contradiction": "contradiction", "unclear": "unclear", "consistent": "holds"}
SYMBOL: dict[str, str] = {"contradiction": "✗", "unclear": "?", "holds": "✓", "nothing checked": "–"}
RANK: dict[str, int] = {"contradiction": 0, "unclear": 1, "holds": 2, "nothing checked": 3}
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


class LedgerRow(BaseModel):
    """One event of a batch's ledger as the report shows it (who reported what figure for which day)."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    event: str
    day: str | None = None
    figure: str = ""
    what: str = ""
    articles: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class PieceView:
    text: str
    claim: str | None = None  # claim id when this piece is a figure
    anchor: str | None = None  # its mark's element id in the HTML report


@dataclass(frozen=True, slots=True)
class QuoteView:
    article_id: str
    claims: tuple[str, ...]
    start: int  # the whole quote's offsets in the article text
    end: int
    pieces: tuple[PieceView, ...]
    cut_before: bool
    cut_after: bool
    attribution: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    local_id: str  # "c5": the id inside its article
    anchor: str
    article_id: str
    kind: str
    figure_type: str
    value: str  # readable: "about 1,800 (1,620–1,980)"
    label: str
    quote: str
    start: int
    end: int
    figure_start: int | None
    figure_end: int | None
    date: str | None
    attribution: str
    findings: tuple[str, ...]  # ids of the findings that rest on it
    relations: tuple[str, ...]
    verdict: Verdict | None  # the worst verdict of those findings

    @property
    def title(self) -> str:
        what = f"{self.figure_type} {self.value} {self.label}".strip() if self.value else self.figure_type
        return f"{self.local_id} · {what}" + (f" · {self.date}" if self.date else "")


@dataclass(frozen=True, slots=True)
class RelationView:
    id: str
    kind: str
    members: tuple[tuple[str, str], ...]  # (claim id, role)
    basis: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FindingView:
    id: str
    anchor: str
    check: str
    verdict: Verdict
    working: str
    message: str
    evidence: tuple[str, ...]
    basis: str
    relation: str | None
    claims: tuple[str, ...]
    marks: tuple[str, ...]  # element ids of the figures it rests on, in the HTML report
    articles: tuple[str, ...]
    quotes: tuple[QuoteView, ...]

    @property
    def symbol(self) -> str:
        return SYMBOL[self.verdict]

    @property
    def across(self) -> bool:
        return len(self.articles) > 1


@dataclass(frozen=True, slots=True)
class MarkView:
    """A figure marked in the article text; several claims may share one figure."""

    anchor: str
    claims: tuple[ClaimView, ...]
    verdict: Verdict | None
    findings: tuple[str, ...]  # finding anchors

    @property
    def kind(self) -> str:
        return self.claims[0].kind

    @property
    def title(self) -> str:
        return "; ".join(c.title for c in self.claims)


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    mark: MarkView | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    article_id: str
    kind: str
    quote: str
    reason: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: str
    anchor: str
    source: str | None
    url: str | None
    published: str | None
    published_basis: str | None
    extractor: str
    verdict: ArticleVerdict
    why: str  # why nothing was checked, or what was: "1 unclear, 6 hold"
    claims: tuple[ClaimView, ...]
    relations: tuple[RelationView, ...]
    findings: tuple[str, ...]  # ids of findings that involve it, its own and across articles
    segments: tuple[Segment, ...]
    ungrounded: tuple[Problem, ...]
    rejected: tuple[Problem, ...]
    partial: str | None
    errors: tuple[str, ...]

    @property
    def symbol(self) -> str:
        return SYMBOL[self.verdict]

    @property
    def dated(self) -> str:
        if self.published is None:
            return "no publication date"
        return f"{self.published} ({self.published_basis})" if self.published_basis else self.published


@dataclass(frozen=True, slots=True)
class Report:
    checker_version: str
    extractor: str
    verdict: ArticleVerdict
    why: str  # for "nothing checked": why not
    counts: Mapping[str, int]  # findings per verdict
    claims: int
    ungrounded: int
    rejected: int
    errors: int
    partial: int
    usage: str | None
    articles: tuple[ArticleView, ...]
    findings: tuple[FindingView, ...]  # contradiction → unclear → holds
    input_errors: tuple[tuple[str, str], ...]  # (item, problem)
    ledger: tuple[LedgerRow, ...] | None = None
    show_all: bool = False
    by_id: Mapping[str, FindingView] = field(default_factory=dict)
    targets: Mapping[str, str] = field(default_factory=dict)  # claim id -> element id of its figure (or row)

    def target(self, claim_id: str) -> str:
        return self.targets.get(claim_id, anchor("row", claim_id))

    @property
    def symbol(self) -> str:
        return SYMBOL[self.verdict]

    def of(self, verdict: str) -> list[FindingView]:
        return [f for f in self.findings if f.verdict == verdict]

    @property
    def across(self) -> list[FindingView]:
        """Findings that tie figures of several articles together (batch checks)."""
        return [f for f in self.findings if f.across]

    @property
    def headline(self) -> str:
        n = self.counts.get("contradiction", 0)
        if self.verdict == "nothing checked":
            return "nothing checked"
        return f"{plural(n, 'contradiction')} found" if n else "no contradiction found"

    @property
    def tally(self) -> str:
        """'2 contradictions, 1 unclear, 12 hold' (the parts that are not zero)."""
        parts = [plural(self.counts[v], v) if v != "unclear" else f"{self.counts[v]:,} unclear"
                 for v in VERDICTS if self.counts.get(v)]
        return ", ".join(parts) or "no finding"


# --- building ----------------------------------------------------------------------------------


def anchor(prefix: str, ident: str) -> str:
    """An element id safe in HTML, CSS selectors and URLs ('claim-000_5741-c5')."""
    return f"{prefix}-{_UNSAFE_ID.sub('-', ident).strip('-')}"


def build(run: RunResult, *, show_all: bool = False, ledger: Sequence[object] | None = None) -> Report:
    """The view of a run. `ledger`: a batch's events (LedgerRow, or objects/dicts with its fields);
    when None, a `ledger` attribute of the run is used if it has one."""
    claims = {c.id: c for a in run.articles for c in a.claims}
    sides = {s for a in run.articles for s in a.facts.sides} | {
        c.side.value for c in claims.values() if c.side is not None}
    order = {a.article.id: i for i, a in enumerate(run.articles)}
    ranked = sorted(run.findings, key=lambda f: (RANK[VERDICT_OF[f.verdict]],
                                                 min((order.get(x, 0) for x in f.articles), default=0)))
    cited: dict[str, list[Finding]] = {}
    for f in ranked:
        for cid in f.claims:
            cited.setdefault(cid, []).append(f)
    articles = tuple(sorted((_article(a, ranked, cited) for a in run.articles), key=lambda a: RANK[a.verdict]))
    targets = {c.id: anchor("row", c.id) for a in articles for c in a.claims}
    marked = {c.id: s.mark.anchor for a in articles for s in a.segments if s.mark for c in s.mark.claims}
    targets.update(marked)
    findings = tuple(_finding(f, claims, sides, marked, targets) for f in ranked)
    counts: dict[str, int] = {v: sum(f.verdict == v for f in findings) for v in VERDICTS}
    verdict, why = _run_verdict(run, findings)
    return Report(
        checker_version=__version__, extractor=run.extractor, verdict=verdict, why=why, counts=counts,
        claims=len(claims), ungrounded=sum(len(a.ungrounded) for a in run.articles),
        rejected=sum(len(a.rejected) for a in run.articles),
        errors=len(run.input_errors) + sum(len(a.errors) for a in run.articles),
        partial=sum(a.partial is not None for a in run.articles), usage=_usage(run.usage), articles=articles,
        findings=findings, input_errors=tuple((e.item, e.problem) for e in run.input_errors),
        ledger=_ledger(ledger if ledger is not None else getattr(run, "ledger", None)), show_all=show_all,
        by_id={f.id: f for f in findings}, targets=targets)


def _finding(f: Finding, claims: Mapping[str, Claim], sides: set[str], marked: Mapping[str, str],
             targets: Mapping[str, str]) -> FindingView:
    def say(text: str) -> str:
        return capitalise_names(text, sides)

    return FindingView(
        id=f.id, anchor=anchor("finding", f.id), check=f.check, verdict=VERDICT_OF[f.verdict],
        working=say(f.working), message=say(f.message), evidence=tuple(say(e) for e in f.evidence),
        basis=f.basis, relation=f.relation, claims=f.claims,
        marks=tuple(dict.fromkeys(marked[c] for c in f.claims if c in marked)),
        articles=f.articles, quotes=quotes_of(f.claims, claims, targets))


def quotes_of(ids: Iterable[str], claims: Mapping[str, Claim], targets: Mapping[str, str] | None = None
              ) -> tuple[QuoteView, ...]:
    """One trimmed quote per distinct sentence, every cited figure in it marked."""
    groups: dict[tuple[str, int, int], list[Claim]] = {}
    for cid in ids:
        c = claims.get(cid)
        if c is not None and c.grounding is not None:
            groups.setdefault((c.article_id, c.grounding.start, c.grounding.end), []).append(c)
    out = []
    for (aid, start, end), cs in groups.items():
        g = cs[0].grounding
        assert g is not None  # grouped by grounding above
        figures = [(c.figure.start - start, c.figure.end - start, c.id) for c in cs if c.figure is not None]
        frag: Fragment = trim(g.quote, figures)
        pieces = tuple(PieceView(p.text, p.figure, (targets or {}).get(p.figure, anchor("claim", p.figure))
                                 if p.figure else None) for p in frag.pieces)
        said = next((attribution(c.attribution) for c in cs if c.attribution), "")
        out.append(QuoteView(aid, tuple(c.id for c in cs), start, end, pieces, frag.cut_before, frag.cut_after, said))
    return tuple(out)


def _claim(c: Claim, cited: Mapping[str, list[Finding]], relations: Mapping[str, list[str]]) -> ClaimView:
    fs = cited.get(c.id, [])
    g = c.grounding
    date = None
    if c.date is not None:
        d = c.date.value
        date = d.text + (f" ({d.resolved.isoformat()})" if d.resolved else "")
    return ClaimView(
        id=c.id, local_id=c.id.rsplit("/", 1)[-1], anchor=anchor("claim", c.id), article_id=c.article_id,
        kind=c.kind.value, figure_type=c.figure_type, value=readable(c.value), label=c.label,
        quote=g.quote if g else "", start=g.start if g else 0, end=g.end if g else 0,
        figure_start=c.figure.start if c.figure else None, figure_end=c.figure.end if c.figure else None,
        date=date, attribution=attribution(c.attribution), findings=tuple(f.id for f in fs),
        relations=tuple(relations.get(c.id, ())),
        verdict=_worst(VERDICT_OF[f.verdict] for f in fs))


def _worst(verdicts: Iterable[Verdict]) -> Verdict | None:
    return min(verdicts, key=RANK.__getitem__, default=None)


def _article(a: ArticleResult, findings: Sequence[Finding], cited: Mapping[str, list[Finding]]) -> ArticleView:
    aid = a.article.id
    rel_of: dict[str, list[str]] = {}
    for r in a.relations:
        for m in r.members:
            rel_of.setdefault(m.claim, []).append(r.id)
    views = tuple(_claim(c, cited, rel_of) for c in a.claims)
    mine = [f for f in findings if aid in f.articles]
    seen = [VERDICT_OF[f.verdict] for f in mine]
    verdict: ArticleVerdict = min(seen, key=RANK.__getitem__, default="nothing checked")
    if mine:
        why = ", ".join(f"{seen.count(v):,} {'hold' if v == 'holds' else v}" for v in VERDICTS if v in seen)
    elif a.errors:
        why = "not extracted"
    elif not a.claims:
        why = "no claim found"
    else:
        why = f"no check applies to its {plural(len(a.claims), 'claim')}"
    return ArticleView(
        id=aid, anchor=anchor("article", aid), source=a.article.source, url=a.article.url,
        published=a.article.published.isoformat() if a.article.published else None,
        published_basis=a.article.published_basis, extractor=a.extractor, verdict=verdict, why=why,
        claims=views, relations=tuple(_relation(r) for r in a.relations), findings=tuple(f.id for f in mine),
        segments=segments(a.article.text, views),
        ungrounded=tuple(Problem(aid, u.kind.value, u.quote, u.reason) for u in a.ungrounded),
        rejected=tuple(Problem(aid, r.kind or "claim", r.quote or "", r.reason) for r in a.rejected),
        partial=a.partial, errors=tuple(e.removeprefix(aid + ": ") for e in a.errors))


def _relation(r: Relation) -> RelationView:
    return RelationView(r.id, r.kind.value, tuple((m.claim, m.role.value) for m in r.members), r.basis.value,
                        r.cues)


def segments(text: str, claims: Sequence[ClaimView]) -> tuple[Segment, ...]:
    """The article text cut into plain runs and marked figures; claims sharing a figure share a mark,
    and a figure overlapping one already marked joins it."""
    spans: list[tuple[int, int, list[ClaimView]]] = []
    for c in sorted((c for c in claims if c.figure_start is not None and c.figure_end is not None),
                    key=lambda c: (c.figure_start, -(c.figure_end or 0))):
        s, e = c.figure_start or 0, c.figure_end or 0
        if not 0 <= s < e <= len(text):
            continue
        if spans and s < spans[-1][1]:
            spans[-1][2].append(c)
        else:
            spans.append((s, e, [c]))
    out: list[Segment] = []
    at = 0
    for s, e, cs in spans:
        if s > at:
            out.append(Segment(text[at:s]))
        verdict = _worst(c.verdict for c in cs if c.verdict)
        finding_anchors = tuple(dict.fromkeys(anchor("finding", f) for c in cs for f in c.findings))
        out.append(Segment(text[s:e], MarkView(cs[0].anchor, tuple(cs), verdict, finding_anchors)))
        at = e
    if at < len(text):
        out.append(Segment(text[at:]))
    return tuple(out)


def _run_verdict(run: RunResult, findings: Sequence[FindingView]) -> tuple[ArticleVerdict, str]:
    if findings:
        return min((f.verdict for f in findings), key=RANK.__getitem__), ""
    if not run.articles:
        return "nothing checked", "no article was read"
    n_claims = sum(len(a.claims) for a in run.articles)
    if not n_claims:
        return "nothing checked", f"no claim found in {plural(len(run.articles), 'article')}"
    return "nothing checked", f"no check applies to the {plural(n_claims, 'claim')} found"


def _usage(usage: Mapping[str, object] | None) -> str | None:
    total = (usage or {}).get("total")
    if not isinstance(total, dict):
        return None
    prompt = str((usage or {}).get("prompt_hash"))[:12]
    return (f"LLM usage: {plural(total['calls'], 'call')}, {total['prompt_tokens']:,} prompt + "
            f"{total['completion_tokens']:,} completion tokens, {plural(total['reasks'], 're-ask')}; "
            f"prompt `{prompt}`")


def _ledger(rows: object) -> tuple[LedgerRow, ...] | None:
    if rows is None:
        return None
    if not isinstance(rows, Iterable) or isinstance(rows, str | bytes):
        raise TypeError(f"a ledger is a sequence of rows, not {type(rows).__name__}")
    return tuple(r if isinstance(r, LedgerRow) else LedgerRow.model_validate(r) for r in rows)

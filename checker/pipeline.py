"""The main job: load articles, extract claims, verify their offsets, resolve, reconcile.

One bad article never stops a batch: its error is recorded against it and the rest go on.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from checker.claims import Article, Claim, DocumentFacts, Extraction, RejectedClaim, Relation, UngroundedClaim
from checker.errors import InputError
from checker.extract import CountsUsage, Extractor
from checker.reconcile import Doc, Finding, reconcile, reconcile_with_ledger
from checker.reconcile.ledger import EventLedger, SeriesLedger
from checker.resolve import resolve


@dataclass
class ArticleResult:
    """One article after extraction. `errors`: not extracted at all (exit 2); `partial`: why only part
    of it was (its claims are checked); `rejected`: claims that failed validation, reported only."""

    article: Article
    extractor: str
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    ungrounded: list[UngroundedClaim] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    facts: DocumentFacts = field(default_factory=DocumentFacts)

    def doc(self) -> Doc:
        return Doc.of(self.article.id, self.claims, self.relations, self.facts, self.article)
    rejected: list[RejectedClaim] = field(default_factory=list)
    partial: str | None = None


@dataclass
class RunResult:
    """`events`: the event ledger (articles linked on stated evidence, their stages, counts and
    totals); `series`: running totals quoted by several articles. Typed, for the reports to render."""

    extractor: str
    articles: list[ArticleResult]
    findings: list[Finding]
    input_errors: list[InputError]
    usage: dict[str, object] = field(default_factory=dict)
    events: list[EventLedger] = field(default_factory=list)
    series: list[SeriesLedger] = field(default_factory=list)

    @property
    def contradictions(self) -> int:
        return sum(f.verdict == "contradiction" for f in self.findings)

    @property
    def has_errors(self) -> bool:
        return bool(self.input_errors) or any(a.errors for a in self.articles)


def verify_offsets(article: Article, extraction: Extraction) -> ArticleResult:
    """Keep only claims whose quote is exactly text[start:end]; the others become ungrounded.

    A relation survives only when every claim it cites does and its own quote is where it says."""
    result = ArticleResult(article, extraction.extractor, ungrounded=list(extraction.ungrounded),
                           errors=list(extraction.errors), rejected=list(extraction.rejected),
                           partial=extraction.partial)
    for c in extraction.claims:
        g = c.grounding
        if g is not None and article.text[g.start:g.end] == g.quote:
            result.claims.append(c)
        else:
            result.ungrounded.append(UngroundedClaim(
                article_id=article.id, kind=c.kind, quote=g.quote if g else "",
                reason="quote not found at its offsets" if g else "no quote"))
    kept = {c.id for c in result.claims}
    for r in extraction.relations:
        g = r.grounding
        placed = g is None or article.text[g.start:g.end] == g.quote
        if placed and all(m.claim in kept for m in r.members):
            result.relations.append(r)
    return result


def extract_all(
    articles: Sequence[Article], extractor: Extractor, today: dt.date | None = None,
    progress: Callable[[], None] | None = None,
) -> list[ArticleResult]:
    """Extract and resolve every article; an extractor failure is recorded, not raised.

    A batch extractor (one with async `extract_many`, such as the LLM extractor) gets the whole batch
    at once so that it can bound requests in flight and share a token budget across articles.
    """
    batch = getattr(extractor, "extract_many", None)
    if batch is not None:
        extractions = asyncio.run(batch(articles, progress=(lambda _e: progress()) if progress else None))
        return [finish(a, e, today) for a, e in zip(articles, extractions, strict=True)]
    out = []
    for article in articles:
        try:
            extraction = extractor.extract(article)
        except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
            extraction = Extraction(article_id=article.id, extractor=extractor.name,
                                    errors=[f"{article.id}: extraction failed: {type(e).__name__}: {e}"])
        out.append(finish(article, extraction, today))
        if progress:
            progress()
    return out


def finish(article: Article, extraction: Extraction, today: dt.date | None = None) -> ArticleResult:
    result = verify_offsets(article, extraction)
    result.claims, result.facts = resolve(article, result.claims, result.relations, today=today)
    return result


def check(results: Iterable[ArticleResult]) -> list[Finding]:
    return reconcile(r.doc() for r in results)


def run(
    items: Iterable[Article | InputError], extractor: Extractor, today: dt.date | None = None,
    progress: Callable[[], None] | None = None,
) -> RunResult:
    articles: list[Article] = []
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            articles.append(item)
    results = extract_all(articles, extractor, today=today, progress=progress)
    findings, across = reconcile_with_ledger(r.doc() for r in results)
    return RunResult(extractor.name, results, findings, errors, usage=usage_of(extractor), events=across.events,
                     series=across.series)


def usage_of(extractor: Extractor) -> dict[str, object]:
    """Calls and tokens, per article and in total, where the extractor counts them (an LLM does)."""
    if not isinstance(extractor, CountsUsage) or not extractor.usage:
        return {}
    return {"prompt_hash": extractor.prompt_hash, "total": extractor.total_usage.as_dict(),
            "articles": {aid: u.as_dict() for aid, u in extractor.usage.items()}}


def check_text(text: str, *, article_id: str = "a", published: dt.date | None = None,
               extractor: Extractor | None = None, today: dt.date | None = None) -> RunResult:
    """Check one article given as a string (library use, tests)."""
    if extractor is None:
        from checker.extract.rules import RuleExtractor

        extractor = RuleExtractor()
    from checker.inputs import plain_article

    article = plain_article(article_id, text, article_id)
    if isinstance(article, InputError):
        raise article
    if published is not None:
        article = article.model_copy(update={"published": published, "published_basis": "argument"})
    return run([article], extractor, today=today)

"""The offline extractor: deterministic rules over English news prose, no API key needed.

One annotation pass (`annotate`), then pattern tables: `figures` reads what each number counts,
`relations` what the text ties together, and this module adds ordinal and date claims, links ages
to the ages and years they are measured against, and numbers everything in text order. Document
facts (the reported day, years, sides) are decided once, later, in `checker.resolve`.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import ValidationError

from checker.claims import (
    Article,
    Basis,
    Claim,
    DateRef,
    Extraction,
    Grounding,
    Interval,
    Kind,
    Known,
    Member,
    Modality,
    RejectedClaim,
    Relation,
    Span,
    claim_order,
)
from checker.dates import DEICTIC, DateMention
from checker.extract.annotate import Annotations, OrdinalMark, annotate
from checker.extract.figures import Figure, _date, _future, _modality, date_ref, quote_window, read_figures, to_claim
from checker.extract.relations import RelationDraft, read_relations
from checker.numbers import NumberFormat, NumberMention
from checker.vocab import Cue

ANCHOR_REACH = 600  # 'a day later' counts from a date named at most this many characters before it
THEN_AGE_WORDS = frozenset({"at", "aged"})  # "captured at 22 in 2022", "taken aged 19"
CAPTURE_VERBS = frozenset({"captured", "taken", "detained", "imprisoned", "abducted", "kidnapped", "seized", "held",
                           "jailed", "arrested"})
SUPERLATIVE_AFTER = frozenset({"place", "largest", "biggest", "deadliest", "highest", "lowest", "worst", "most",
                               "anniversary"})
PLACING_VERBS = frozenset({"came", "finished", "placed", "ranked", "ranks", "come"})


class RuleExtractor:
    """Deterministic extractor; the default when no LLM endpoint is configured."""

    name = "rules"

    def extract(self, article: Article) -> Extraction:
        ann = annotate(article.text)
        figures = read_figures(ann)
        _link_ages(ann, figures)
        drafts = read_relations(ann, figures)
        return _assemble(article, ann, figures, drafts)


def _assemble(article: Article, ann: Annotations, figures: list[Figure],
              drafts: list[RelationDraft]) -> Extraction:
    """Claims in text order with stable ids, and relations that cite them."""
    items: list[tuple[tuple[int, int, int], Claim | Figure]] = []
    for f in figures:
        items.append((claim_order(f.kind, f.start, f.num.end), f))
    for c in _ordinal_claims(article, ann) + _date_claims(article, ann):
        assert c.grounding is not None and c.figure is not None
        items.append((claim_order(c.kind, c.figure.start, c.figure.end), c))
    items.sort(key=lambda x: x[0])
    claims: list[Claim] = []
    rejected: list[RejectedClaim] = []
    ids: dict[int, str] = {}
    for _order, item in items:
        cid = f"{article.id}/c{len(claims) + 1}"
        if isinstance(item, Figure):
            try:
                claims.append(to_claim(item, cid, article.id, article.text, _figure_date(ann, item.date),
                                       ann.attributions.get(item.sentence.index)))
            except ValidationError as e:  # one misread figure costs that figure, never the article
                rejected.append(RejectedClaim(article_id=article.id, kind=item.kind.value,
                                              quote=article.text[item.quote[0]:item.quote[1]],
                                              reason=f"offline extractor: {e.error_count()} invalid field(s): "
                                                     f"{e.errors()[0]['msg']}"))
                continue
            ids[id(item)] = cid
        else:
            claims.append(item.model_copy(update={"id": cid}))
    relations = [_relation(article, d, figures, ids, n) for n, d in enumerate(drafts, 1)
                 if all(id(figures[i]) in ids for i, _r in d.members)]
    return Extraction(article_id=article.id, extractor="rules", claims=claims, relations=relations, rejected=rejected)


def _relation(article: Article, d: RelationDraft, figures: list[Figure], ids: dict[int, str], n: int) -> Relation:
    members = tuple(Member(claim=ids[id(figures[i])], role=role) for i, role in d.members)
    quote = article.text[d.start:d.end]
    return Relation(id=f"{article.id}/r{n}", article_id=article.id, kind=d.kind, members=members,
                    exhaustive=d.exhaustive, overlap=d.overlap, direction=d.direction, factor=d.factor,
                    cues=tuple(d.cues), basis=d.basis, grounding=Grounding(quote=quote, start=d.start, end=d.end))


def _figure_date(ann: Annotations, d: DateMention | None) -> DateRef | None:
    if d is None:
        return None
    return date_ref(d, _anchor(ann, d))


def _anchor(ann: Annotations, d: DateMention) -> DateMention | None:
    """For 'a day later', the date named before it (within ANCHOR_REACH characters)."""
    if d.relative_days is None or d.text.lower() in DEICTIC:
        return None
    before = [m for m in ann.dates if m.end <= d.start and m.relative_days is None and d.start - m.end < ANCHOR_REACH
              and (m.weekday is not None or m.month is not None)]
    return before[-1] if before else None


# --- ages ---------------------------------------------------------------------------------------


def _link_ages(ann: Annotations, figures: list[Figure]) -> None:
    """'26, captured at 22 in 2022': the earlier age and its year belong to the age before them;
    '41, who was born in 1980': age 0 in 1980."""
    for i, f in enumerate(figures):
        if f.kind is not Kind.AGE:
            continue
        born = _born_in(ann, f)
        if born is not None:
            f.then_value, f.then_year = Decimal(0), born
            continue
        for g in figures[i + 1:]:
            if g.sentence is not f.sentence:
                break
            if g.kind is Kind.AGE and not _then_age(ann, g):
                break
            if _then_age(ann, g):
                year = _year_near(ann, g)
                if year is not None:
                    g.kind = Kind.AGE
                    f.then_value, f.then_year = g.num.value, year
                break


def _born_in(ann: Annotations, f: Figure) -> int | None:
    """'born in 1980' in the age's sentence, after it."""
    toks = ann.tokens
    for n in ann.numbers_between(f.num.last + 1, f.sentence.last):
        if n.format is NumberFormat.YEAR and n.first >= 2 and toks[n.first - 1].low == "in" \
                and toks[n.first - 2].low == "born":
            return int(n.value)
    return None


def _then_age(ann: Annotations, g: Figure) -> bool:
    toks = ann.tokens
    before = [t.low for t in toks[max(0, g.num.first - 5):g.num.first]]
    if not before or not (before[-1] in THEN_AGE_WORDS or before[-3:] == ["the", "age", "of"]):
        return False
    clause = {t.low for t in ann.words(g.clause[0], g.num.first)} | set(before)
    return bool(clause & CAPTURE_VERBS) and g.counted is None


def _year_near(ann: Annotations, g: Figure) -> int | None:
    """The year of the earlier age: 'in 2022' in the same sentence."""
    s = g.sentence
    years = [n for n in ann.numbers_between(s.first, s.last) if n.format is NumberFormat.YEAR]
    best = min(years, key=lambda n: abs(n.first - g.num.first), default=None)
    return int(best.value) if best is not None else None


# --- ordinals and dates -------------------------------------------------------------------------


def _ordinal_claims(article: Article, ann: Annotations) -> list[Claim]:
    out = []
    for o in ann.ordinals:
        if not _is_figure_ordinal(ann, o):
            continue
        num = NumberMention(o.start, o.end, Decimal(o.n), o.text, o.first, o.last, is_word=True)
        f = Figure(num, ann.sentence_of(o.first), ann.clause_of(o.first), kind=Kind.ORDINAL)
        d = _date(ann, f)
        date = _figure_date(ann, d)
        a, b = quote_window(ann, f.sentence, o.start, o.end)
        series = o.series or o.unit
        planned = any(c.first > o.last for c in ann.cues_between(f.clause[0], f.clause[1], Cue.PLAN))
        out.append(Claim(
            id="", article_id=article.id, kind=Kind.ORDINAL, value=Interval.point(o.n), unit=o.unit or None,
            modality=Modality.PLANNED if planned else _modality(ann, f),  # "the fourth phase is scheduled for"
            stage=Known[int](value=o.n, words=o.text) if o.unit else None,
            event=Known[str](value=series, words=o.text) if series else None, final_stage=o.final,
            date=None if date is None else Known[DateRef](value=date, words=date.text),
            headline=f.sentence.headline, attribution=ann.attributions.get(f.sentence.index),
            figure=Span(start=o.start, end=o.end),
            grounding=Grounding(quote=article.text[a:b], start=a, end=b)))
    return out


def _is_figure_ordinal(ann: Annotations, o: OrdinalMark) -> bool:
    """A stage ordinal ('the second day'), a ranking ('second-largest', 'came third'), 'the 12th man'."""
    if o.unit:
        return True
    toks = ann.tokens
    nxt = [t.low for t in toks[o.last + 1:o.last + 3]]
    prev = toks[o.first - 1].low if o.first > 0 else ""
    if nxt and (nxt[0] in SUPERLATIVE_AFTER or nxt[0] == "-" and len(nxt) > 1 and (
            nxt[1].endswith("est") or nxt[1] in SUPERLATIVE_AFTER)):
        return True
    if nxt and nxt[0].endswith("est") and nxt[0] not in ("west", "interest", "request", "protest", "rest", "test"):
        return True
    return prev in PLACING_VERBS or (prev == "the" and toks[o.first].kind == "num")


def _date_claims(article: Article, ann: Annotations) -> list[Claim]:
    """Dates the calendar check can test: a weekday with its date, a relative date."""
    out = []
    for d in ann.dates:
        if not ((d.weekday is not None and d.month is not None and d.day is not None) or d.relative_days is not None):
            continue
        s = ann.sentence_of(ann.token_at(d.start))
        a, b = quote_window(ann, s, d.start, d.end)
        ref = _figure_date(ann, d)
        assert ref is not None
        plan = Modality.PLANNED if _future(ann, d) else Modality.REPORTED  # "will be held on Monday, September 14"
        out.append(Claim(
            id="", article_id=article.id, kind=Kind.DATE, date=Known[DateRef](value=ref, words=d.text), modality=plan,
            headline=s.headline, figure=Span(start=d.start, end=d.end),
            grounding=Grounding(quote=article.text[a:b], start=a, end=b)))
    return out


__all__ = ["RuleExtractor", "Basis"]

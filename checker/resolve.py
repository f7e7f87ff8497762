"""Document-level resolution shared by every extractor, computed once per article.

Extractors read sentences; this pass reads the article. It resolves every date mention to a
calendar day (years, weekdays, "the previous day"), decides the article's reported day and main
side, and fills the fields a claim's own sentence left open, recording how: a stage's date taken
from the ordinal elsewhere is INFERRED, the reported day given to an undated figure is DEFAULTED.
Defaults make reports readable; they never make two figures the same quantity.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from checker.claims import (
    Article,
    Basis,
    Claim,
    DateRef,
    DocumentFacts,
    Kind,
    Known,
    Modality,
    Relation,
    RelationKind,
    YearSource,
)
from checker.dates import (
    DEICTIC,
    fmt_date,
    latest_year_with_weekday,
    nearest_weekday,
    safe_date,
    since_date,
    year_for,
)
from checker.event_marks import event_marks

FIGURE_KINDS = (Kind.COUNT, Kind.TARGET)
OURS = "ours"


def resolve(article: Article, claims: list[Claim], relations: list[Relation] | None = None,
            today: dt.date | None = None) -> tuple[list[Claim], DocumentFacts]:
    """Claims with dates, stage dates and sides resolved, and the article's facts."""
    today = today or dt.date.today()
    year = _article_year(article, claims, today)
    claims = [_resolve_date(c, article, year, None, None) for c in claims]
    first = min((c.day for c in claims if c.day is not None), default=None)
    claims = [_resolve_date(c, article, year, None, first) for c in claims]
    reported = _reported_day(claims, article.published)
    claims = [_resolve_date(c, article, year, reported, first) for c in claims]
    claims = _stage_dates(claims)
    main = _main_side(claims)
    claims = [_fill(c, main, reported, article.published) for c in claims]
    facts = DocumentFacts(reported_day=reported, main_side=main, sides=_sides(claims),
                          swap_declared=_swap_declared(claims, relations or []), year=year,
                          event_marks=event_marks(article.text))
    return claims, facts


# --- dates --------------------------------------------------------------------------------------


def _article_year(article: Article, claims: list[Claim], today: dt.date) -> Known[int] | None:
    """The year for month/day mentions that state none, and how it was chosen."""
    if article.published:
        return Known[int](value=article.published.year, basis=Basis.INFERRED,
                          words=f"publication date {article.published.isoformat()}")
    refs = [c.date.value for c in claims if c.date]
    stated = next((d.year for d in refs if d.year), None)
    if stated:
        return Known[int](value=stated, words=f"year {stated} stated in the article")
    for d in refs:
        if d.weekday is not None and d.month and d.day:
            y = latest_year_with_weekday(d.month, d.day, d.weekday, today.year)
            if y is not None:
                return Known[int](value=y, basis=Basis.DEFAULTED,
                                  words=f"assumed {y}: no year or publication date in the text; the latest year up "
                                        f"to {today.year} in which {d.text} fits")
    return None


def _resolve_date(c: Claim, article: Article, year: Known[int] | None, reported: Known[dt.date] | None,
                  first: dt.date | None) -> Claim:
    """One claim's date. Passes: calendar dates; weekdays (near publication, else near the first
    calendar date the text gives); relative dates; then what is relative to the reported day."""
    if c.date is None or c.date.value.resolved is not None:
        return c
    d = c.date.value
    got = _planned(d, article.published) if c.kind is Kind.DATE and c.modality is Modality.PLANNED else None
    got = got or _resolve_ref(d, article, year, reported, first)
    if got is None:
        return c
    day, source, why = got
    value = d.model_copy(update={"resolved": day, "year_source": source, "year_basis": why})
    return c.model_copy(update={"date": c.date.model_copy(update={"value": value})})


def _resolve_ref(d: DateRef, article: Article, year: Known[int] | None, reported: Known[dt.date] | None,
                 first: dt.date | None = None) -> tuple[dt.date, YearSource, str] | None:
    published = article.published
    if d.relative_days is not None:
        base = _relative_base(d, article, year, reported, first)
        if base is None:
            return None
        day, source, why = base
        return day + dt.timedelta(days=d.relative_days), source, why
    if d.month is not None and d.day is not None:
        return _month_day(d, published, year)
    if d.weekday is not None:
        anchor = published or first
        if anchor is None:
            return None
        day = nearest_weekday(d.weekday, anchor, not_after=published is not None)
        return day, "anchor", f"nearest {d.text} to {fmt_date(anchor)}"
    return None


def _planned(d: DateRef, published: dt.date | None) -> tuple[dt.date, YearSource, str] | None:
    """A plan's 'Monday, September 14' ('will be held on') months after publication is this year's, not
    the past year's `year_for` gives a report; its weekday is then tested against this year's date."""
    if published is None or d.weekday is None or d.year is not None or d.month is None or d.day is None:
        return None
    day = safe_date(published.year, d.month, d.day)
    if day is None or year_for(d.month, d.day, published) == published.year:
        return None
    return day, "publication", f"a plan: the coming {d.text[d.text.find(',') + 1:].strip()} after publication " \
        f"{published.isoformat()}"


def _month_day(d: DateRef, published: dt.date | None,
               year: Known[int] | None) -> tuple[dt.date, YearSource, str] | None:
    assert d.month is not None and d.day is not None
    if d.year:
        day = safe_date(d.year, d.month, d.day)
        return (day, "stated", "year stated") if day else None
    if published is not None:
        day = safe_date(year_for(d.month, d.day, published), d.month, d.day)
        return (day, "publication", f"publication date {published.isoformat()}") if day else None
    if year is not None:
        day = safe_date(year.value, d.month, d.day)
        source: YearSource = "assumed" if year.basis is Basis.DEFAULTED else "article"
        return (day, source, year.words) if day else None
    return None


def _relative_base(d: DateRef, article: Article, year: Known[int] | None, reported: Known[dt.date] | None,
                   first: dt.date | None) -> tuple[dt.date, YearSource, str] | None:
    """What a relative date counts from: the date named before it ('On Tuesday, March 3 ... a day
    later'), the publication date for 'yesterday'/'today', else the reported day."""
    if d.relative_to is not None:
        base = _resolve_ref(d.relative_to, article, year, reported, first)
        if base is not None:
            return base[0], base[1], f"relative to {d.relative_to.text} ({fmt_date(base[0])})"
    if d.text.lower() in DEICTIC and article.published is not None:
        return article.published, "publication", f"relative to the publication date {fmt_date(article.published)}"
    if reported is not None and d.relative_to is None:
        return reported.value, "anchor", f"relative to the reported day {fmt_date(reported.value)}"
    return None


def _reported_day(claims: list[Claim], published: dt.date | None) -> Known[dt.date] | None:
    """The latest day the text dates a figure or ordinal to (not after publication), else publication."""
    dated = [c for c in claims if c.kind in FIGURE_KINDS + (Kind.ORDINAL,) and c.day is not None
             and (published is None or c.day <= published)]
    if dated:
        best = max(dated, key=lambda c: c.day or dt.date.min)
        assert best.day is not None and best.date is not None
        return Known[dt.date](value=best.day, basis=Basis.INFERRED,
                              words=f"the latest day the text dates a figure to ({best.date.value.text})")
    if published is not None:
        return Known[dt.date](value=published, basis=Basis.INFERRED, words="the publication date")
    return None


def _stage_dates(claims: list[Claim]) -> list[Claim]:
    """A figure of stage N with no date of its own takes the date the text gives stage N (same series)."""
    dates: dict[tuple[int, str], tuple[DateRef, str]] = {}
    for c in claims:
        if c.stage is not None and c.date is not None and c.day is not None and c.date.basis is Basis.STATED:
            key = (c.stage.value, c.event.value if c.event else "")
            dates.setdefault(key, (c.date.value, c.stage.words))
    out = []
    for c in claims:
        if c.date is None and c.stage is not None and (key := (c.stage.value, c.event.value if c.event else "")) \
                in dates:
            ref, words = dates[key]
            c = c.model_copy(update={"date": Known[DateRef](value=ref, basis=Basis.INFERRED,
                                                            words=f"the date of '{words}' elsewhere")})
        out.append(c)
    return out


# --- sides and defaults -------------------------------------------------------------------------


def _main_side(claims: list[Claim]) -> Known[str] | None:
    votes = Counter(c.side.value for c in claims if c.kind in FIGURE_KINDS and c.side and c.side.value != OURS)
    if not votes:
        return None
    side, n = votes.most_common(1)[0]
    return Known[str](value=side, basis=Basis.INFERRED, words=f"named by {n} of the article's figures")


def _sides(claims: list[Claim]) -> tuple[str, ...]:
    votes = Counter(c.side.value for c in claims if c.side and c.side.value != OURS)
    return tuple(s for s, _n in votes.most_common())


def _fill(c: Claim, main: Known[str] | None, reported: Known[dt.date] | None, published: dt.date | None) -> Claim:
    """'our defenders' are the main side (inferred); an undated figure gets the reported day (defaulted);
    'since February 2022' becomes its start date."""
    upd: dict[str, object] = {}
    if c.since is None and c.since_text:
        upd["since"] = since_date(c.since_text, published)
    if c.side is not None and c.side.value == OURS and main is not None:
        upd["side"] = Known[str](value=main.value, basis=Basis.INFERRED, words="'our' in the speaker's words")
    if c.date is None and reported is not None and c.kind in FIGURE_KINDS + (Kind.ORDINAL,):
        upd["date"] = Known[DateRef](
            value=DateRef(text="", resolved=reported.value, year_source="anchor",
                          year_basis=f"undated figure, taken as the reported day {fmt_date(reported.value)}"),
            basis=Basis.DEFAULTED, words="the reported day")
    return c.model_copy(update=upd) if upd else c


def _swap_declared(claims: list[Claim], relations: list[Relation]) -> Known[str] | None:
    """An N-for-N exchange the text declares: '1,000-for-1,000', '90 detainees each', equal sides."""
    for c in claims:
        if c.per_side and c.kind in FIGURE_KINDS and c.value is not None:
            words = "N-for-N" if c.kind is Kind.TARGET else "each"
            return Known[str](value=c.value.text, words=f"{words}: {c.quote}")
    by_id = {c.id: c for c in claims}
    for r in relations:
        if r.kind is RelationKind.EXCHANGE:
            values = {by_id[m].value for m in r.claims() if m in by_id}
            if len(values) == 1:
                return Known[str](value="equal sides", words=" ".join(r.cues))
    return None

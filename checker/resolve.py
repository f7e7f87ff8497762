"""Document-level resolution shared by every extractor.

Extractors read sentences; this pass reads the article. It decides the article's main party (so the
other side's figures become `counterpart`), the reported day and stage (so an undated "307 defenders"
belongs to the day the article reports), the calendar date of every date mention (years, weekdays,
"the previous day"), and the reference date of totals, cumulative figures and durations. Every
decision is written into the claim (`DateRef.year_basis`) so the report can say what was assumed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from checker.claims import Article, Claim, DateRef, Kind
from checker.dates import DEICTIC, anchor_date, fmt_date, latest_year_with_weekday, nearest_weekday, safe_date, year_for

FIGURE_KINDS = (Kind.COUNT, Kind.TOTAL, Kind.CUMULATIVE, Kind.SUBSET, Kind.COUNTERPART)


def resolve(article: Article, claims: list[Claim], today: dt.date | None = None) -> list[Claim]:
    """Claims with parties, stages and dates resolved against the article and its publication date."""
    today = today or dt.date.today()
    main = _main_party(claims)
    claims = [_party_fix(c, main) for c in claims]
    year, basis = _article_year(article, claims, today)
    claims = [_absolute(c, article.published, year, basis) for c in claims]

    # A bare weekday is the nearest such day to the publication date (news reports the recent past),
    # else to the first calendar date the text gives.
    anchor = article.published or next((c.date.resolved for c in claims if c.date and c.date.resolved), None)
    if anchor is not None:
        claims = [_weekday(c, anchor, article.published) for c in claims]

    # Relative dates that do not depend on the reported day resolve first ('yesterday' against the
    # publication date, 'a day later' against the date named before it), so they can define it.
    claims = [_early_relative(c, article, year, basis) for c in claims]
    focal_stage, focal_date = _focal(claims, article.published)
    stage_dates = _stage_dates(claims)
    out = []
    for c in claims:
        upd: dict[str, object] = {}
        if c.date and c.date.relative_days is not None and c.date.resolved is None:
            ref, why = _relative_base(c.date, article, year, basis, focal_date)
            if ref is not None:
                upd["date"] = c.date.model_copy(update={
                    "resolved": ref + dt.timedelta(days=c.date.relative_days), "year_basis": why})
        elif c.date is None and c.stage is not None and c.stage in stage_dates:
            upd["date"] = DateRef(text="", resolved=stage_dates[c.stage],
                                  year_basis=f"date of stage {c.stage} elsewhere in the article")
        elif c.date is None and focal_date is not None and c.kind in FIGURE_KINDS + (Kind.ORDINAL,):
            upd["date"] = DateRef(text="", resolved=focal_date,
                                  year_basis=f"undated figure, taken as the reported day {fmt_date(focal_date)}")
        if c.since is None and c.since_text and (since := anchor_date(c.since_text)) is not None:
            upd["since"] = since
        day = upd["date"].resolved if "date" in upd else c.day  # type: ignore[union-attr]
        if (c.stage is None and focal_stage is not None and day == focal_date
                and c.kind in (Kind.COUNT, Kind.SUBSET, Kind.COUNTERPART)):
            upd["stage"] = focal_stage
        out.append(c.model_copy(update=upd) if upd else c)
    return out


def _early_relative(c: Claim, article: Article, year: int | None, basis: str) -> Claim:
    d = c.date
    if d is None or d.relative_days is None or d.resolved is not None:
        return c
    if d.relative_to is None and not (d.text.lower() in DEICTIC and article.published is not None):
        return c
    ref, why = _relative_base(d, article, year, basis, None)
    if ref is None:
        return c
    return c.model_copy(update={"date": d.model_copy(update={
        "resolved": ref + dt.timedelta(days=d.relative_days), "year_basis": why})})


def _relative_base(d: DateRef, article: Article, year: int | None, basis: str,
                   focal: dt.date | None) -> tuple[dt.date | None, str]:
    """What a relative date counts from: the date the text named before it ('On Tuesday, March 3 ...
    a day later'), the publication date for 'yesterday'/'today', else the reported day."""
    if d.relative_to is not None:
        base = _resolve_ref(d.relative_to, article.published, year, article.published or focal)
        if base is not None:
            return base, f"relative to {d.relative_to.text} ({fmt_date(base)})"
    if d.text.lower() in DEICTIC and article.published is not None:
        return article.published, f"relative to the publication date {fmt_date(article.published)}"
    ref = focal or article.published
    return ref, f"relative to the reported day {fmt_date(ref)}" if ref else ""


def _resolve_ref(d: DateRef, published: dt.date | None, year: int | None,
                 anchor: dt.date | None) -> dt.date | None:
    """One date as the text gives it: month/day in the article's year (or the one that puts it just
    before publication); a bare weekday the nearest such day to anchor, never after publication."""
    if d.month is not None and d.day is not None:
        y = d.year or year or (year_for(d.month, d.day, published) if published else None)
        return safe_date(y, d.month, d.day) if y else None
    if d.weekday is not None and anchor is not None:
        return nearest_weekday(d.weekday, anchor, not_after=published is not None)
    return None


def _main_party(claims: list[Claim]) -> str | None:
    votes = Counter(c.party for c in claims if c.kind in FIGURE_KINDS and c.party not in (None, "ours"))
    return votes.most_common(1)[0][0] if votes else None


def _party_fix(c: Claim, main: str | None) -> Claim:
    if c.kind not in FIGURE_KINDS:
        return c
    party = main if c.party in (None, "ours") else c.party
    kind = Kind.COUNTERPART if (main and party != main and c.kind == Kind.COUNT) else c.kind
    return c.model_copy(update={"party": party, "kind": kind}) if (party, kind) != (c.party, c.kind) else c


def _article_year(article: Article, claims: list[Claim], today: dt.date) -> tuple[int | None, str]:
    """The year for month/day mentions that state none, and how it was chosen."""
    if article.published:
        return None, f"publication date {article.published.isoformat()}"
    stated = next((c.date.year for c in claims if c.date and c.date.year), None)
    if stated:
        return stated, f"year {stated} stated in the article"
    for c in claims:
        d = c.date
        if d and d.weekday is not None and d.month and d.day:
            y = latest_year_with_weekday(d.month, d.day, d.weekday, today.year)
            if y is not None:
                return y, (f"assumed {y}: no year or publication date in the text; the latest year up to "
                           f"{today.year} in which {d.text} fits")
    return None, ""


def _absolute(c: Claim, published: dt.date | None, year: int | None, basis: str) -> Claim:
    d = c.date
    if d is None or d.month is None or d.day is None or d.resolved is not None:
        return c
    resolved = _resolve_ref(d, published, year, None)
    if resolved is None:
        return c
    why = "year stated" if d.year else basis
    return c.model_copy(update={"date": d.model_copy(update={"resolved": resolved, "year_basis": why})})


def _weekday(c: Claim, anchor: dt.date, published: dt.date | None) -> Claim:
    d = c.date
    if d is None or d.weekday is None or d.month is not None or d.resolved is not None:
        return c
    resolved = _resolve_ref(d, published, None, anchor)
    return c.model_copy(update={"date": d.model_copy(update={
        "resolved": resolved, "year_basis": f"nearest {d.text} to {fmt_date(anchor)}"})})


def _focal(claims: list[Claim], published: dt.date | None) -> tuple[int | None, dt.date | None]:
    """The day and stage the article reports.

    The day is the latest day the text itself dates a figure or ordinal to (not after publication),
    else the publication date. The stage is the ordinal given for that day, else an undated ordinal.
    """
    dated = [c for c in claims if c.kind in FIGURE_KINDS + (Kind.ORDINAL,) and c.day and c.date
             and (published is None or c.day <= published)]
    focal_date = max((c.day for c in dated), default=None) or published  # type: ignore[type-var]
    stage = next((c.stage for c in dated if c.day == focal_date and c.stage), None)
    stage = stage or next((c.stage for c in claims if c.kind == Kind.ORDINAL and c.stage and c.date is None), None)
    return stage, focal_date


def _stage_dates(claims: list[Claim]) -> dict[int, dt.date]:
    out: dict[int, dt.date] = {}
    for c in claims:
        if c.stage is not None and c.day is not None and c.date and c.date.relative_days is None:
            out.setdefault(c.stage, c.day)
    return out

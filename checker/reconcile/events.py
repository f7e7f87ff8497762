"""Events across articles, linked only on what the texts state. Pure: no I/O, deterministic.

A batch mixes stories about different happenings; figures from two of them must never be summed or
compared as one quantity. Articles are linked into one event only on evidence each text states:

- `named`: the same named agreement, deal, talks or disaster ("an exchange agreed in Geneva", "the
  Abu Dhabi deal", "negotiations in Geneva", "the Wayanad landslides"): the name the text gives it,
  read with the article's facts (`checker/event_marks.py`), never here;
- `size`: the same agreed size ("the 1,000-for-1,000 exchange", "90 prisoners each");
- `stage`: the same stage ordinal of the same kind of event on the same day ("the second stage of
  an exchange" on 2026-03-06 in both);
- `same_day`: a figure for the same stated day, of the same action and the same stated side
  ("390 Ukrainians released on May 23" and "392 Ukrainians freed on Friday, May 23").

Two articles link on a shared mark only when they report days at most `MAX_GAP_DAYS` apart (an
agreement named in Geneva a year later is another event), name a common side (or neither names
one), and do not name different events: two articles that each name an event, and no name in
common, are about different events whatever size, stage or day they share. The first three kinds
name the event itself (`STRONG`); `same_day` only says two figures may be one quantity, so figures
are summed across articles only inside a `cluster`: articles linked by strong marks. Every link is
kept as a `LinkReason`, so an editor can spot a wrong one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from checker.claims import Basis, Claim, Kind, Modality, Scope
from checker.reconcile.doc import Doc
from checker.vocab import ACTION_FAMILY, STAGE_UNITS

LinkKind = Literal["named", "size", "stage", "same_day"]
STRONG: frozenset[str] = frozenset({"named", "size", "stage"})
MAX_GAP_DAYS = 14  # articles sharing a mark further apart than this (consecutively) are other events
MAX_REASONS_PER_ARTICLE = 4  # the evidence kept for each article's link; more adds nothing for a reader

@dataclass(frozen=True, slots=True)
class Mark:
    """One thing an article states that can tie it to another: kind, normalised key, words as written."""

    kind: LinkKind
    key: str
    words: str


@dataclass(frozen=True, slots=True)
class Profile:
    """What linking needs from one article: the day it reports, the sides it names, its marks."""

    article: str
    day: dt.date | None
    sides: tuple[str, ...]
    marks: tuple[Mark, ...]


@dataclass(frozen=True, slots=True)
class LinkReason:
    """Why `article` was linked to `other`: the mark both state, in each one's words."""

    article: str
    other: str
    kind: LinkKind
    words: str
    other_words: str
    days_apart: int | None

    @property
    def text(self) -> str:
        what = {"named": "both name the same event", "size": "both name the same agreed size",
                "stage": "both give the same stage on the same day",
                "same_day": "both give a figure for the same day, side and action"}[self.kind]
        apart = "" if self.days_apart is None else f", reported {self.days_apart} day(s) apart"
        return f"{self.article} ↔ {self.other}: {what} ('{self.words}' / '{self.other_words}'){apart}"


@dataclass(frozen=True, slots=True)
class Event:
    """Articles linked on stated evidence. `clusters`: the groups linked by strong marks, inside which
    figures may be summed across articles; `reasons`: every link kept, for the report."""

    id: str
    label: str
    articles: tuple[str, ...]
    reasons: tuple[LinkReason, ...]
    clusters: tuple[tuple[str, ...], ...]
    first_day: dt.date | None
    last_day: dt.date | None


# --- marks of one article ---------------------------------------------------------------------


def profile(doc: Doc) -> Profile:
    """The marks one article states: the event names and sizes its facts hold, and its claims'."""
    marks: dict[tuple[str, str], Mark] = {}
    stated = (Mark(m.kind, m.key, m.words) for m in doc.facts.event_marks or ())
    for m in (*stated, *_sizes(doc), *_stages(doc), *_same_days(doc)):
        marks.setdefault((m.kind, m.key), m)
    reported = doc.facts.reported_day.value if doc.facts.reported_day is not None else doc.published
    return Profile(doc.article_id, reported, tuple(doc.facts.sides), tuple(marks.values()))


def _sizes(doc: Doc) -> list[Mark]:
    """An agreed size given per side ('90 prisoners each')."""
    out = []
    for c in doc.by_kind.get(Kind.TARGET, []):
        if c.per_side and c.value is not None and c.value.is_point and c.value.lo is not None:
            out.append(Mark("size", str(int(c.value.lo)), c.quote[:80]))
    return out


def _stages(doc: Doc) -> list[Mark]:
    """A stage of a named kind of event ('the second stage of the exchange') on a day. A bare unit ('the
    first phase') names no event: two deals can each hold a first phase on the same Saturday."""
    out = []
    for c in doc.staged:
        if c.stage is not None and c.event is not None and c.event.value not in STAGE_UNITS:
            out.append(Mark("stage", f"{c.event.value}|{c.stage.value}|{c.day}", c.stage.words or c.event.words))
    return out


def _same_days(doc: Doc) -> list[Mark]:
    out = []
    for c in doc.reported.get(Scope.DAY, ()):
        if day_figure(c) and c.side is not None and c.side.basis is Basis.STATED:
            out.append(Mark("same_day", f"{c.day}|{action_family(c)}|{c.side.value}", _day_words(c)))
    return out


def day_figure(c: Claim) -> bool:
    """A reported count for one stated day."""
    return c.kind is Kind.COUNT and c.value is not None and c.modality is Modality.REPORTED \
        and c.scope.value is Scope.DAY and c.day_stated and c.action is not None


def action_family(c: Claim) -> str:
    """'released' and 'exchanged' count the same people: one family, named by its first member."""
    return "" if c.action is None else ACTION_FAMILY[c.action]


def _day_words(c: Claim) -> str:
    when = c.date.value.text if c.date is not None and c.date.value.text else str(c.day)
    return f"{c.value} {c.label} ({when})"


# --- linking ----------------------------------------------------------------------------------


def link(profiles: Iterable[Profile]) -> list[Event]:
    """Events of two or more articles, in a stable order; an article with no link is in none."""
    by_article: dict[str, Profile] = {}
    rows = []
    for p in profiles:
        by_article[p.article] = p
        rows += [(m.kind, m.key, p.day, p.article, m.words) for m in p.marks]
    rows.sort(key=lambda r: (r[0], r[1], r[2] or dt.date.min, r[3]))
    abouts: dict[str, About] = {}

    def about(a: str) -> About:  # built once per article: linking asks about each one many times
        found = abouts.get(a)
        if found is None:
            p = by_article[a]
            found = abouts[a] = About(p.sides, p.day, frozenset(m.key for m in p.marks if m.kind == "named"))
        return found

    return link_sorted(rows, about)


MarkRow = tuple[LinkKind, str, dt.date | None, str, str]  # kind, key, reported day, article, words


@dataclass(frozen=True, slots=True)
class About:
    """What linking checks about an article besides a shared mark: sides, day, the events it names."""

    sides: Sequence[str]
    day: dt.date | None
    names: frozenset[str]


def link_sorted(rows: Iterable[MarkRow], about: Callable[[str], About]) -> list[Event]:
    """Link from mark rows sorted by (kind, key, day, article), as a store can stream them.

    Within one mark, each article is linked to the one before it when they are close enough in
    time, share a side and name no different events; memory is the union-find over article ids
    plus the reasons kept."""
    groups = _Components(about)
    reasons: dict[str, list[LinkReason]] = defaultdict(list)
    run: tuple[LinkKind, str] | None = None
    prev: MarkRow | None = None
    for row in rows:
        kind, key, day, article, _words = row
        if (kind, key) != run:
            run, prev = (kind, key), None
        if day is None:
            continue  # an article that reports no day cannot be placed in time
        if prev is not None and prev[3] != article and _close(prev, row) \
                and _share_side(about, prev[3], article) and groups.merge(prev[3], article):
            kept = reasons[article]
            if len(kept) < MAX_REASONS_PER_ARTICLE and all(r.other != prev[3] or r.kind != kind for r in kept):
                kept.append(LinkReason(article, prev[3], kind, row[4], prev[4],
                                       None if prev[2] is None else (day - prev[2]).days))
        prev = row
    return _events(groups.parent, reasons, about)


def _close(a: MarkRow, b: MarkRow) -> bool:
    return a[2] is not None and b[2] is not None and abs((b[2] - a[2]).days) <= MAX_GAP_DAYS


def _share_side(about: Callable[[str], About], a: str, b: str) -> bool:
    """A common side, or none named by one of them: talks in Geneva about Syria are not the exchange
    agreed in Geneva between Ukraine and Russia."""
    sa, sb = set(about(a).sides), set(about(b).sides)
    return not sa or not sb or bool(sa & sb)


class _Components:
    """Union-find over articles that keeps the events each group names: two groups that each name
    events, none in common, never merge (even through an article that names none)."""

    def __init__(self, about: Callable[[str], About]) -> None:
        self.parent: dict[str, str] = {}
        self.names: dict[str, frozenset[str]] = {}
        self._about = about

    def root(self, x: str) -> str:
        if x not in self.parent:
            self.parent[x] = x
            self.names[x] = self._about(x).names
        return find_root(self.parent, x)

    def merge(self, a: str, b: str) -> bool:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return True
        na, nb = self.names[ra], self.names[rb]
        if na and nb and not na & nb:
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.names[keep] = na | nb
        del self.names[gone]
        return True


def find_root(parent: dict[str, str], x: str) -> str:
    """The root of x in a union-find over ids (path halving); x joins as its own root."""
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def join_roots(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = find_root(parent, a), find_root(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _events(parent: dict[str, str], reasons: Mapping[str, list[LinkReason]],
            about: Callable[[str], About]) -> list[Event]:
    groups: dict[str, list[str]] = defaultdict(list)
    for article in list(parent):
        groups[find_root(parent, article)].append(article)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue  # an article no link joined to another
        members.sort()
        why = tuple(r for a in members for r in reasons.get(a, ()))
        days = sorted(d for a in members if (d := about(a).day) is not None)
        out.append(Event(id=event_id(members), label=_label(why), articles=tuple(members), reasons=why,
                         clusters=_clusters(members, why), first_day=days[0] if days else None,
                         last_day=days[-1] if days else None))
    out.sort(key=lambda e: (e.first_day or dt.date.min, e.articles))
    return out


def event_id(members: Sequence[str]) -> str:
    """Stable across runs and input order: derived from the member articles."""
    return "event-" + hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:10]


def _clusters(members: list[str], reasons: tuple[LinkReason, ...]) -> tuple[tuple[str, ...], ...]:
    parent: dict[str, str] = {a: a for a in members}
    for r in reasons:
        if r.kind in STRONG:
            join_roots(parent, r.article, r.other)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in members:
        groups[find_root(parent, a)].append(a)
    return tuple(sorted(tuple(g) for g in groups.values()))


def _label(reasons: tuple[LinkReason, ...]) -> str:
    """The words most articles use for the event: its name, else a size, else a stage or day."""
    for kind in ("named", "size", "stage", "same_day"):
        words = Counter(r.words for r in reasons if r.kind == kind)
        words.update(r.other_words for r in reasons if r.kind == kind)
        if words:  # counted once each: an event of 20,000 articles has thousands of different day words
            return max(sorted(words), key=words.__getitem__)
    return ""

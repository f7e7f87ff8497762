"""One article's claims, grouped once so that every check is a dictionary lookup."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from checker.claims import Article, Category, Claim, Interval, Kind, fmt_number

HUMAN = frozenset({Category.MILITARY, Category.CIVILIAN, Category.HOSTAGE, Category.PRISONER})
EVENT_SPAN_DAYS = 45  # a multi-stage release rarely spans more; figures further back are background
Slot = tuple[int, int]  # (0, date ordinal) for a dated figure, (1, N) for one known only by stage N


def slot_of(c: Claim) -> Slot | None:
    d = c.date.resolved if c.date is not None else None
    if d is not None:
        return (0, d.toordinal())
    if c.stage is not None:
        return (1, c.stage)
    return None


@lru_cache(maxsize=65536)
def slot_label(s: Slot) -> str:
    if s[0] == 0:
        d = dt.date.fromordinal(s[1])
        return f"{d.strftime('%a')} {d.isoformat()}"
    return f"stage {s[1]}"


@dataclass
class ArticleIndex:
    """Claims of one article by kind, and figures by (party, slot) -> category -> claims."""

    article: Article | None
    article_id: str
    claims: list[Claim]
    by_kind: dict[Kind, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[tuple[str | None, Slot], dict[Category, list[Claim]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    counterparts: dict[tuple[str | None, Slot], dict[Category, list[Claim]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    main_party: str | None = None
    other_sides: dict[Slot, list[tuple[str | None, dict[Category, list[Claim]]]]] = field(
        default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, article_id: str, claims: list[Claim], article: Article | None = None) -> ArticleIndex:
        idx = cls(article, article_id, claims)
        parties: dict[str | None, int] = defaultdict(int)
        for c in claims:
            idx.by_kind[c.kind].append(c)
            if c.kind in (Kind.COUNT, Kind.COUNTERPART) and c.value is not None:
                s = slot_of(c)
                if s is None:
                    continue
                target = idx.counts if c.kind == Kind.COUNT else idx.counterparts
                target[(c.party, s)][c.category].append(c)
                if c.kind == Kind.COUNT:
                    parties[c.party] += 1
        if not parties:  # no single-day figure: the side of the totals
            for c in claims:
                if c.kind in (Kind.TOTAL, Kind.CUMULATIVE):
                    parties[c.party] += 1
        for (p, s), cats in idx.counterparts.items():
            idx.other_sides[s].append((p, cats))
        if parties:
            idx.main_party = max(parties, key=lambda p: parties[p])
        return idx

    @property
    def published(self) -> dt.date | None:
        return self.article.published if self.article else None

    @cached_property
    def reference(self) -> tuple[dt.date, str] | None:
        """The date ages and durations are measured at: publication, else the latest day the text dates."""
        if self.published is not None:
            return self.published, "publication date"
        days = [c.day for c in self.claims if c.day is not None and c.date is not None and c.date.text
                and c.date.relative_days is None]
        return (max(days), "latest date in the article") if days else None

    def count_slots(self, party: str | None) -> list[Slot]:
        """Slots that have a figure for party, or an other-side figure (a swap's day)."""
        slots = {s for (p, s) in self.counts if p == party} | {s for (_p, s) in self.counterparts}
        return sorted(slots)

    @cached_property
    def is_swap(self) -> bool:
        """An N-for-N exchange: the text states a target, or an equal 'in exchange for' pairing."""
        if self.by_kind.get(Kind.TARGET):
            return True
        return any("exchange for" in c.quote.lower() or "swap" in c.quote.lower()
                   for c in self.by_kind.get(Kind.COUNTERPART, []))


@dataclass
class Part:
    """One addend of a sum: its value, the claims it comes from, and how it was obtained."""

    value: Interval
    claims: list[Claim]
    note: str = ""

    def __str__(self) -> str:
        return str(self.value)


def representative(claims: list[Claim]) -> Claim:
    """The first statement of a figure; restatement checks the others against it."""
    return claims[0]


def part_for(idx: ArticleIndex, party: str | None, slot: Slot, category: Category) -> Part | None:
    """The figure for one day/stage in the total's category, with how it was derived."""
    cats = idx.counts.get((party, slot), {})
    if cats:
        if category == Category.PEOPLE:
            if Category.PEOPLE in cats:
                c = representative(cats[Category.PEOPLE])
                return Part(c.value, [c])  # type: ignore[arg-type]
            # Military and civilians are disjoint and add up; detainees, hostages or prisoners may
            # include either, so without that split the largest single figure stands for the day.
            disjoint = [cats[k] for k in (Category.MILITARY, Category.CIVILIAN) if k in cats]
            if disjoint:
                reps = [representative(v) for v in disjoint]
            else:
                reps = [max((representative(v) for v in cats.values()), key=lambda c: c.value.lo or 0)]  # type: ignore[union-attr]
            total = reps[0].value
            for r in reps[1:]:
                total = total + r.value  # type: ignore[operator]
            note = " + ".join(f"{fmt_number(r.value.lo)} {r.category.value}" for r in reps) if len(reps) > 1 else ""
            return Part(total, reps, note)  # type: ignore[arg-type]
        if category in cats:
            c = representative(cats[category])
            return Part(c.value, [c])  # type: ignore[arg-type]
        if Category.PEOPLE in cats and category in HUMAN:
            c = representative(cats[Category.PEOPLE])
            return Part(c.value, [c], f"{c.label or 'people'} taken as {category.value}")  # type: ignore[arg-type]
        return None
    if idx.is_swap:
        for p, cp in idx.other_sides.get(slot, ()):
            if p == party:
                continue
            pick = cp.get(category) or cp.get(Category.MILITARY) or cp.get(Category.PEOPLE)
            if pick:
                c = representative(pick)
                return Part(c.value, [c], f"the {p or 'other'} side's figure for {slot_label(slot)}, "  # type: ignore[arg-type]
                            "taken for this side under N-for-N parity")
    return None

"""Evidence before verdict: when the text makes two figures the same quantity.

Two figures are the same quantity only on positive evidence: the same thing counted (compatible
nouns, no narrowing modifier on one side only), the same action, the same time and the same side,
each stated or tied by the text. A field filled by default never counts. `tie` returns the links
it found, each marked stated or not; a contradiction needs every link stated (`Tie.stated`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from checker.claims import Basis, Claim, DocumentFacts, Interval, Scope
from checker.vocab import DAILY_UNITS, OVERLAP_DIMENSIONS, SAME_ACTIONS, compatible_heads


@dataclass(frozen=True, slots=True)
class Link:
    what: str  # "thing", "action", "time", "side"
    stated: bool
    words: str  # for the working: "same day: stated 'on Tuesday' in both"


@dataclass(frozen=True, slots=True)
class Tie:
    links: tuple[Link, ...]

    @property
    def stated(self) -> bool:
        return all(link.stated for link in self.links)

    @property
    def evidence(self) -> tuple[str, ...]:
        return tuple(link.words for link in self.links)


def same_thing(a: Claim, b: Claim) -> Link | None:
    """Compatible head nouns, the same narrowing modifiers and facets; None when they differ."""
    if a.counted is None or b.counted is None:
        return None
    if not compatible_heads(a.counted.head, b.counted.head):
        return None
    if set(a.counted.modifiers) != set(b.counted.modifiers) or a.facets.place != b.facets.place \
            or a.facets.group != b.facets.group:
        return None
    if a.counted.head == b.counted.head:
        return Link("thing", True, f"same thing counted: '{a.counted.text}'")
    words = f"{a.counted.text} / {b.counted.text}"
    if a.counted.head in OVERLAP_DIMENSIONS or b.counted.head in OVERLAP_DIMENSIONS:
        return Link("thing", False, f"one may be a group within the other: '{words}'")  # people / girls
    return Link("thing", True, f"same thing counted: '{words}'")


def same_action(a: Claim, b: Claim) -> Link | None:
    """The same thing happened to them ('released' and 'came home' count the same people)."""
    if a.action is None or b.action is None:
        return Link("action", False, "action not stated for both")
    if a.action is b.action or b.action in SAME_ACTIONS.get(a.action, ()):
        return Link("action", True, f"same action: {a.action.value}")
    return None


def action_differs(a: Claim, b: Claim) -> bool:
    """`same_action(a, b) is None` without building the link: both deeds stated, and different."""
    x, y = a.action, b.action
    return x is not None and y is not None and x is not y and y not in SAME_ACTIONS.get(x, ())


def action_stated(a: Claim, b: Claim) -> bool:
    """The text says the same thing happened to both ('released' and 'brought home')."""
    link = same_action(a, b)
    return link is not None and link.stated


def same_side(a: Claim, b: Claim, facts: DocumentFacts | None = None) -> Link | None:
    sa, sb = a.side, b.side
    if sa is not None and sb is not None:
        if sa.value != sb.value:
            return None
        stated = sa.basis is not Basis.DEFAULTED and sb.basis is not Basis.DEFAULTED
        return Link("side", stated, f"same side: {sa.value}")
    if sa is None and sb is None:
        two_sided = facts is not None and len(facts.sides) > 1
        return Link("side", not two_sided, "no side named for either" + (" in a two-sided report" if two_sided else ""))
    return Link("side", False, "side named for one figure only")


def side_differs(a: Claim, b: Claim) -> bool:
    """`same_side(a, b) is None` without building the link: both sides named, and different."""
    sa, sb = a.side, b.side
    return sa is not None and sb is not None and sa.value != sb.value


def same_time(a: Claim, b: Claim) -> Link | None:
    """The same time scope, stated for both: the same stated day, stage, period or start point."""
    sa, sb = a.scope.value, b.scope.value
    if a.day is not None and b.day is not None and a.day != b.day:
        return None
    if a.stage is not None and b.stage is not None and a.stage.value != b.stage.value:
        return None  # two stages, whatever each series is called
    if sa is not sb:
        if Scope.UNKNOWN in (sa, sb) or {sa, sb} == {Scope.DAY, Scope.UNKNOWN}:
            return Link("time", False, "time scope stated for one figure only")
        return None
    if sa is Scope.PERIOD and a.period_days != b.period_days:
        return None
    if sa is Scope.SINCE and a.since != b.since:
        return None
    if a.increment or b.increment:  # "another 35" on Friday is one more of Friday's batches
        return Link("time", False, "one is another batch ('another', 'a further'), not the whole of its time")
    if a.day_stated and b.day_stated and a.day == b.day:
        return Link("time", True, f"same day: stated '{_words(a)}' and '{_words(b)}'")
    if _stage_stated(a, b):
        assert a.stage is not None and b.stage is not None
        return Link("time", True, f"same stage: '{a.stage.words}' and '{b.stage.words}'")
    return Link("time", False, "the same day is not stated for both")


def _stage_stated(a: Claim, b: Claim) -> bool:
    """Both state the same stage of one series; each day has its own first flight, so not for those."""
    return a.stage is not None and b.stage is not None and a.stage.stated and b.stage.stated \
        and _series(a) == _series(b) and _series(a) not in DAILY_UNITS


def _series(c: Claim) -> str:
    return c.event.value if c.event else ""


def _words(c: Claim) -> str:
    return c.date.value.text or c.date.words if c.date else ""


def tie(a: Claim, b: Claim, facts: DocumentFacts | None = None) -> Tie | None:
    """The links that make a and b one quantity, or None when the text shows they are different."""
    if not related(a, b):
        return None
    links = []
    for link in (same_thing(a, b), same_action(a, b), same_time(a, b), same_side(a, b, facts)):
        if link is None:
            return None
        links.append(link)
    return Tie(tuple(links))


def tied(a: Claim, b: Claim) -> bool:
    """`tie(a, b) is not None`, without building its links: grouping asks this of every pair.

    Given `related`, the thing, action and side links always exist; only time can still differ."""
    if not related(a, b):
        return False
    if a.stage is not None and b.stage is not None and a.stage.value != b.stage.value:
        return False
    sa, sb = a.scope.value, b.scope.value
    if sa is not sb:
        return sa is Scope.UNKNOWN or sb is Scope.UNKNOWN
    if sa is Scope.PERIOD:
        return a.period_days == b.period_days
    return sa is not Scope.SINCE or a.since == b.since


def stated_tie(a: Claim, b: Claim, facts: DocumentFacts | None = None) -> bool:
    """`tie(a, b, facts)` exists and every link is stated, without building the words (`Tie.stated`)."""
    if not tied(a, b):
        return False
    ca, cb = a.counted, b.counted
    assert ca is not None and cb is not None  # related() requires both
    if ca.head != cb.head and (ca.head in OVERLAP_DIMENSIONS or cb.head in OVERLAP_DIMENSIONS):
        return False
    if a.action is None or b.action is None or a.scope.value is not b.scope.value or a.increment or b.increment:
        return False
    if not (a.day_stated and b.day_stated and a.day == b.day) and not _stage_stated(a, b):
        return False
    sa, sb = a.side, b.side
    if sa is not None and sb is not None:
        return sa.basis is not Basis.DEFAULTED and sb.basis is not Basis.DEFAULTED
    return sa is None and sb is None and not (facts is not None and len(facts.sides) > 1)


def related(a: Claim, b: Claim) -> bool:
    """A cheap first test of `tie` (no words built): nothing in the text says a and b differ."""
    if a.modality is not b.modality or a.per_side != b.per_side or a.kind is not b.kind:
        return False
    ca, cb = a.counted, b.counted
    if ca is None or cb is None or not compatible_heads(ca.head, cb.head) or ca.modifiers != cb.modifiers:
        return False
    fa, fb = a.facets, b.facets
    if fa is not fb and (fa.place != fb.place or fa.group != fb.group):
        return False
    if a.action is not None and b.action is not None and a.action is not b.action \
            and b.action not in SAME_ACTIONS.get(a.action, ()):
        return False
    if a.side is not None and b.side is not None and a.side.value != b.side.value:
        return False
    da, db = a.day, b.day
    return da is None or db is None or da == db


def part_of(part: Claim, whole: Claim) -> bool:
    """A part can belong to a whole: what it counts falls under what the whole counts (or is unstated)."""
    if part.counted is None or whole.counted is None:
        return True
    return compatible_heads(part.counted.head, whole.counted.head)


MISREAD_RATIO = Decimal("1.5")  # a part this many times its inferred whole (or the whole this many times its parts)


def far_apart(a: Interval, b: Interval) -> bool:
    """Two figures an inferred link ties that are this far apart ('61 of them' after '20 workers'):
    the link was misread, not the text; an editor gains nothing from a finding on them."""
    x, y = a.lo, b.lo
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    return max(x, y) > min(x, y) * MISREAD_RATIO

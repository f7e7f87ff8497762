"""What remains of a whole: '12 miners were trapped ... 7 have been brought out ... 5 remain', 'cut
450 of its 1,800 jobs, leaving 1,350', the rest of the count the sentence before gave ('Police have
recaptured six, and three are still at large'), and a gap ('needed 2.4 million but received 1.5
million, leaving a gap of 900,000').
"""

from __future__ import annotations

from decimal import Decimal

from checker.claims import Basis, Kind, Modality, RelationKind, Role, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import (
    DONE_ACTIONS,
    REMAIN_VERBS,
    REMAIN_WORDS,
    SHARE_UNITS,
    STOCK_ACTIONS,
    _breakdown,
    _countable,
    _inherit,
    _lead_before,
    _own_noun_of,
    _partitive_whole,
)
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.continuations import _continues
from checker.extract.relations.list_wholes import FRACTION_WORDS
from checker.vocab import compatible_heads

# --- what remains: "12 miners were trapped ... 7 have been brought out ... 5 remain" ----------------

def remaining(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """A whole in a held state, the part brought out of it, and what remains: whole - done = left."""
    out: list[RelationDraft] = []
    for i in ctx.in_sentence(s):
        left = ctx.figures[i]
        if left.scope.value is not Scope.STOCK or not _countable(left) or not _says_remain(ctx, left):
            continue
        stages = _done_in_stages(ctx, s, left)
        earlier = [j for j in range(len(ctx.figures)) if ctx.figures[j].first < left.first
                   and 0 <= s.index - ctx.figures[j].sentence.index <= (2 if stages else 1)
                   and _countable(ctx.figures[j])]
        done = stages or [j for j in earlier if ctx.figures[j].action in DONE_ACTIONS]
        own = None if _remains_itself(ctx, left) else left.action  # "brought out seven, and five remain"
        wholes = [j for j in earlier if ctx.figures[j].action in STOCK_ACTIONS and ctx.figures[j].counted is not None
                  and (own is None or own is ctx.figures[j].action)]
        if not done or len(done) != 1 and not stages or len(wholes) != 1 or not wholes[0] < done[0] \
                or _after_the_release(ctx, wholes[0], done[0]):
            continue
        whole = wholes[0]
        if own is None and left.action in DONE_ACTIONS:
            left.action = ctx.figures[whole].action  # the deed of the list item before is not what remains
        _inherit(ctx, whole, done + [i])
        members = [(whole, Role.WHOLE)] + [(j, Role.DONE) for j in done] + [(i, Role.LEFT)]
        start = ctx.figures[whole].sentence.start
        out.append(RelationDraft(RelationKind.REMAINING, members, ["remain"], start, s.end, exhaustive=True))
    return out


def _done_in_stages(ctx: _Context, s: Sentence, left: Figure) -> list[int]:
    """'Seven were brought out on Monday and two more on Tuesday. Three remain': a deed told in stages
    in the sentence before (or this one), each stage after the first a continuation ('N more', 'a
    further N') with no noun of its own, all one deed; [] unless there are two stages or more."""
    reach = [j for j, f in enumerate(ctx.figures) if f.first < left.first and _countable(f)
             and 0 <= s.index - f.sentence.index <= 1]
    done = [j for j in reach if ctx.figures[j].action in DONE_ACTIONS]
    if len(done) < 2 or len({ctx.figures[j].action for j in done}) != 1 \
            or any(ctx.figures[j].action not in STOCK_ACTIONS for j in reach if j not in done):
        return []  # nothing but the stages, and the held whole they were taken from
    if not all(_continues(ctx, ctx.figures[j]) and _own_noun_of(ctx.figures[j]) is None for j in done[1:]):
        return []
    return done


LEAVING_LEADS = (("leaving",), ("leaving", "it", "with"), ("leaving", "them", "with"), ("leaving", "just"),
                 ("leaving", "only"))  # "cut 450 of its 1,800 jobs, leaving 1,350": what is left of the whole


def left_after_taking(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'cut 450 of its 1,800 jobs, leaving 1,350', 'lost five of its 23 seats, leaving it with 18': a
    part taken from a named whole, and what that leaves: whole - part = left."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = _lead_before(toks, k, LEAVING_LEADS)
        if lead is None or k == len(lead) or toks[k - len(lead) - 1].text != "," or n < 2:
            continue
        part, whole = figs[n - 2], figs[n - 1]
        fp, fw = ctx.figures[part], ctx.figures[whole]
        between = [t.low for t in toks[fp.num.last + 1:ctx.ann.token_at(fw.num.hedge_start)]]
        if not (between[:1] == ["of"] and len(between) <= 2) or not all(map(_countable, (fp, fw, ctx.figures[i]))):
            continue  # only "K of (its) M": the whole the part is taken from is named
        if (deed := ctx.figures[i].action) is not None and deed not in STOCK_ACTIONS:
            continue  # "killed three of the 40 worshippers, leaving 10 injured": another outcome, not the rest
        _inherit(ctx, whole, [part, i])
        members = [(whole, Role.WHOLE), (part, Role.DONE), (i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, [" ".join(lead)], s.start, s.end, exhaustive=True))
    return out


def _after_the_release(ctx: _Context, whole: int, done: int) -> bool:
    """'holding about 30 hostages after freeing 11': the held figure is already what is left."""
    w, d = ctx.figures[whole], ctx.figures[done]
    return w.sentence.index == d.sentence.index and any(
        t.low == "after" for t in ctx.ann.tokens[max(w.noun_end, w.num.last + 1):d.first])


def _remains_itself(ctx: _Context, f: Figure) -> bool:
    """'and five remain underground': 'remain' is the figure's own verb, whatever deed it inherited."""
    k = max(f.noun_end, f.num.last + 1)
    return k < len(ctx.ann.tokens) and ctx.ann.tokens[k].low in REMAIN_VERBS


def _says_remain(ctx: _Context, f: Figure) -> bool:
    return any(t.low in REMAIN_WORDS for t in ctx.ann.words(f.clause[0], f.clause[1]))


# --- the rest of the count the sentence before gave: "Nine inmates escaped. Police have recaptured six, and
# three are still at large" ------------------------------------------------------------------------------------

REST_LEADS = (("the", "remaining"), ("the", "other"))  # "and the remaining 22 are missing", "the other 37"

# "and three are still at large", "and five remain": the last figure's own verb says it is what is left
REST_VERBS = (("remain",), ("remains",), ("remained",), ("are", "still"), ("were", "still"), ("is", "still"),
              ("was", "still"), ("still",))

REST_LEAVING = (("leaving", "just"), ("leaving", "only"), ("leaving",))  # "48,000 reconnected, leaving 12,000"


def rest_of_the_count_before(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The ferry had 150 people on board. Coastguards rescued 128, and the remaining 22 are missing',
    'heard 45 cases. It upheld 30, overturned nine and sent the remaining six back': the figures of a
    sentence that ends in the rest ('the remaining/other N', 'N are still ...') split the one count of
    the sentence before, so they add up to it (a rest told only by its verb, after one part of the
    same noun: 'recaptured six, and three are still at large')."""
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(figs) < 2 or s.index == 0 or any(i in ctx.parts or i in ctx.left for i in figs):
        return []
    rest, parts = figs[-1], figs[:-1]
    marked = _rest_marked(ctx, ctx.figures[rest])
    if marked is None or ctx.ann.sentences[s.index - 1].headline:
        return []
    whole = _sole_count_before(ctx, s)
    if whole is None:
        return []
    w = ctx.figures[whole]
    assert w.counted is not None
    by_verb = marked not in (" ".join(x) for x in REST_LEADS)  # 'are still', 'leaving': one part, no own noun
    if by_verb and (len(parts) != 1 or _own_noun_of(ctx.figures[rest]) is not None):
        return []  # "found 12 bodies, and 30 people are still missing": others may have come out alive
    for i in parts:
        f = ctx.figures[i]
        head = _own_noun_of(f)
        if f.increment or _partitive_whole(ctx, f) or head is not None and not (
                head == w.counted.head if by_verb else compatible_heads(head, w.counted.head)):
            return []  # "a further 12": another batch; "120 patients" beside 300 beds: other things
    _inherit(ctx, whole, figs)
    if len(parts) == 1:  # "recaptured six, and three are still at large": 9 - 6 = 3
        members = [(whole, Role.WHOLE), (parts[0], Role.DONE), (rest, Role.LEFT)]
        return [RelationDraft(RelationKind.REMAINING, members, [marked], w.sentence.start, s.end, exhaustive=True)]
    return [_breakdown(ctx, whole, figs, True, [marked], s, Basis.STATED)]


def remaining_of_target(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Ukraine and Russia each handed over 270 prisoners in the first stage of an 840-for-840 exchange
    ... The remaining 570 on each side are to be swapped in two further stages': the agreed size, the
    stages told so far (numbered 1 to n, one figure each) and the rest: size - stages = remaining."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        left = ctx.figures[i]
        k = ctx.ann.token_at(left.num.hedge_start)
        if _lead_before(toks, k, (("the", "remaining"),)) is None or not _countable(left) or i in ctx.related:
            continue
        before = [j for j, f in enumerate(ctx.figures) if f.first < left.first]
        sizes = {ctx.figures[j].num.value for j in before if ctx.figures[j].kind is Kind.TARGET}
        target = next((j for j in reversed(before) if ctx.figures[j].kind is Kind.TARGET), None)
        told = [j for j in before if ctx.figures[j].num.value not in sizes]  # not the size again
        done = _stages_told(ctx, told)
        if target is None or len(sizes) != 1 or not done or ctx.figures[target].per_side != left.per_side:
            continue
        values = {ctx.figures[j].num.value for j in done}
        if any(_unplaced_batch(ctx, j, values) for j in told):
            continue  # "On Wednesday they freed 150 each": a batch no stage number places
        members = [(target, Role.WHOLE)] + [(j, Role.DONE) for j in done] + [(i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, ["the remaining"],
                                 ctx.figures[target].sentence.start, s.end, exhaustive=True))
    return out


def _unplaced_batch(ctx: _Context, j: int, stage_values: set[Decimal]) -> bool:
    """A count of people freed that is none of the stages' figures, no part of one ('Among the 270 were 18
    civilians') and no tally since a start point: a batch the stage numbers do not place."""
    f = ctx.figures[j]
    return f.action in DONE_ACTIONS and f.kind is Kind.COUNT and f.num.value not in stage_values \
        and j not in ctx.parts and f.scope.value not in (Scope.SINCE, Scope.STOCK)


def _stages_told(ctx: _Context, before: list[int]) -> list[int]:
    """The figure of each stage 1..n the text numbers, the last one told of each (body over headline);
    [] when a stage has two different figures or a number is missing."""
    by_stage: dict[int, list[int]] = {}
    for j in before:
        f = ctx.figures[j]
        if f.stage is not None and f.kind is Kind.COUNT and _countable(f):
            by_stage.setdefault(f.stage.n, []).append(j)
    if not by_stage or sorted(by_stage) != list(range(1, max(by_stage) + 1)):
        return []
    if any(len({ctx.figures[j].num.value for j in js}) != 1 for js in by_stage.values()):
        return []
    return [by_stage[n][-1] for n in sorted(by_stage)]


GAP_LEADS = (("leaving", "a", "gap", "of"), ("leaving", "a", "shortfall", "of"), ("leaving", "a", "deficit", "of"))


def gap_left(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'needed 2.4 million dollars but received 1.5 million, leaving a gap of 900,000 dollars': two
    figures of one sum of money (or one count) and the gap between them: larger - smaller = gap."""
    out: list[RelationDraft] = []
    figs = ctx.in_sentence(s)
    toks = ctx.ann.tokens
    for n, i in enumerate(figs[2:], start=2):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = _lead_before(toks, k, GAP_LEADS)
        if lead is None or toks[k - len(lead) - 1].text != "," or i in ctx.left:
            continue
        whole, done = figs[n - 2], figs[n - 1]
        if ctx.figures[done].num.value > ctx.figures[whole].num.value:
            whole, done = done, whole  # "revenue of 212 billion, while spending was 236 billion": a gap has no order
        w, d, g = ctx.figures[whole], ctx.figures[done], ctx.figures[i]
        if w.kind is not g.kind or w.unit != g.unit or w.kind not in (Kind.COUNT, Kind.MEASURE) \
                or w.unit in SHARE_UNITS or not (d.kind is w.kind and d.unit == w.unit or _bare(d)):
            continue  # one quantity throughout: '2.4 million dollars', a bare '1.5 million', '900,000 dollars'
        if _bare(d):
            d.kind, d.unit = w.kind, w.unit
        members = [(whole, Role.WHOLE), (done, Role.DONE), (i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, [" ".join(lead)], s.start, s.end, exhaustive=True))
    return out


def _bare(f: Figure) -> bool:
    """A figure with no noun or unit of its own: '1.5 million' after '2.4 million dollars'."""
    return f.kind is Kind.COUNT and f.unit is None and (f.counted is None or f.counted.inherited)


def _rest_marked(ctx: _Context, f: Figure) -> str | None:
    """The words that make f the rest: 'the remaining', 'the other' before it, 'are still' after it."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    lead = _lead_before(toks, k, REST_LEADS)
    if lead is not None:
        return " ".join(lead)
    lead = _lead_before(toks, k, REST_LEAVING)
    if lead is not None and k - len(lead) >= 1 and toks[k - len(lead) - 1].text == ",":
        return " ".join(lead)
    k = max(f.noun_end, f.num.last + 1)
    verb = next((w for w in REST_VERBS if tuple(t.low for t in toks[k:k + len(w)]) == w), None)
    return None if verb is None else " ".join(verb)


def _sole_count_before(ctx: _Context, s: Sentence) -> int | None:
    """The one count of the sentence before, naming what it counts itself, when it has no other figure."""
    figs = ctx.by_sentence.get(s.index - 1, [])
    if len(figs) != 1:
        return None
    f, k = ctx.figures[figs[0]], ctx.ann.token_at(ctx.figures[figs[0]].num.hedge_start)
    ok = _countable(f) and f.counted is not None and not f.counted.inherited and figs[0] not in ctx.parts \
        and f.scope.value is not Scope.PERIOD and not f.increment and f.num.hedge is None \
        and f.modality is Modality.REPORTED and not (k >= 1 and ctx.ann.tokens[k - 1].low in FRACTION_WORDS)
    return figs[0] if ok else None  # "Of the injured, 38 ...": a part, named by its whole; "half a million"

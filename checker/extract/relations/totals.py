"""Totals after their parts: 'X in A and Y in B, bringing the total to T', 'won $86,900, bringing his
total winnings to $1.87 million', and a total apposed after a list ('nine dockworkers and four
drivers, a total of 13 people', '15 altogether'). The parts must count one tally of one deed.
"""

from __future__ import annotations

from checker.claims import Action, RelationKind, Role, Scope
from checker.extract.annotate import CueMark, Mark, Sentence
from checker.extract.figures import AUXILIARIES, PERFECT, Figure, brings_up_to
from checker.extract.relations.common import (
    DONE_ACTIONS,
    STOCK_ACTIONS,
    _breakdown,
    _countable,
    _earlier,
    _inherit,
    _partitive_whole,
    _same_action,
    _same_thing,
    _verb_before,
)
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.days import (
    _all_days,
    _batch_told_before,
    _days_of_the_period,
    _days_told,
    _tally_the_day_before,
)
from checker.extract.relations.list_items import _money_item
from checker.numbers import NumberFormat
from checker.vocab import STAGE_UNITS, Cue, compatible_heads


def _structure(f: Figure) -> bool:
    """'three phases', 'two rounds': how an event is divided, not what it counts."""
    return f.counted is not None and f.counted.head in STAGE_UNITS


# --- totals after their parts: "X in A and Y in B, bringing the total to T" ----------------------


def totals_after_parts(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.BRINGS_TO):
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > cue.last and _countable(ctx.figures[i])]
        before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < cue.first
                  and _countable(ctx.figures[i]) and not _structure(ctx.figures[i]) and not _paired_by_to(ctx, i)]
        if not after or not before or not brings_up_to(ctx.ann, cue, ctx.figures[after[0]]):
            continue
        before = [i for i in before if _same_thing(ctx.figures[i], ctx.figures[after[0]])]
        if not before:
            continue  # "90 people drowned in three dinghies, bringing the toll to": not the dinghies
        if any(w in cue.text.lower().split() for w in ("its", "their", "his", "her")):
            before = before[-1:]  # "the Greens gained six seats, taking their total to 31": its own figure only
        if not _casualties(ctx, before, ctx.figures[after[0]]):
            last = ctx.figures[before[-1]].action
            before = [i for i in before if _same_action(ctx.figures[i].action, last)]
        side = ctx.figures[after[0]].side
        if side is not None:  # "13 more Israelis and 15 Thais ..., bringing the number of Israeli hostages to 26"
            before = [i for i in before if (own := ctx.figures[i].side) is None or own.value == side.value]
            if not before:
                continue
        if any(_own_verb(ctx, i) for i in before[1:]) and not _one_tally(ctx, before):
            before = before[-1:]  # "lost 12 seats ... and gained nine, bringing": two clauses, not one list
        total = after[0]
        if ctx.figures[total].counted is None:  # "104 hostages were freed, bringing the total to 210"
            _inherit(ctx, next(i for i in reversed(before) if ctx.figures[i].counted is not None)
                     if any(ctx.figures[i].counted is not None for i in before) else total, [total])
        _inherit(ctx, total, before)
        dated = any(ctx.figures[i].date is not None for i in before) and cue.text.lower() not in SUM_CUES
        period = _days_of_the_period(ctx, total, before)
        if len(before) > 1 and (not dated or period):  # "1,120 in the north and 430 in the south, bringing the total"
            told = cue.text.lower() not in SUM_CUES and not period and (  # "making a total of", "the two-day toll": all
                _told_before(ctx, s, before) or any(ctx.figures[i].increment for i in before))  # "and 7 more"
            out.append(_breakdown(ctx, total, before, not told, [cue.text], s))
        elif _leaves_stock(ctx.figures[total], [ctx.figures[i] for i in before]):
            continue  # "the release of 60 brings the number held to 40": the stock fell
        elif (days := _days_told(ctx, s, total, before[-1:])) is not None and _all_days(ctx, days, before):
            out.append(_breakdown(ctx, total, days, True, [cue.text], s))  # "the first day ..., the second ..."
        else:
            clause = ctx.ann.clause_of(ctx.figures[total].first)
            start = next((i for i in after[1:2] if _earlier(ctx, ctx.figures[i])
                          and ctx.ann.clause_of(ctx.figures[i].first) == clause), None)
            if start is None and (start := _tally_the_day_before(ctx, s, total, before)) is not None:
                ctx.figures[start].superseded = True  # "On Tuesday the toll had stood at 1,166": the value before
            by = [i for i in before if start is None or not _perfect_total(ctx, ctx.figures[i])]
            members = [(total, Role.TO)] + [(i, Role.BY) for i in by]
            if start is not None:  # "bringing the total to 3,240 from 2,938": the tally before it too
                members.append((start, Role.FROM))
            if len(members) > 1:
                out.append(RelationDraft(RelationKind.CHANGE, members, [cue.text], s.start, s.end, direction="up"))
            batch = _batch_told_before(ctx, s, total, by) if start is None else None
            if batch is not None:  # "freed 48 on Monday. A further 22 ..., bringing the total to 70": both in it
                out.append(_breakdown(ctx, total, [batch] + by, False, [cue.text], s))
    return out


# Verbs that add a sum to a tally ("won $86,900, bringing his winnings to"); a loss, a payment or spending
# may bring a tally down ("lost $2 million, bringing its assets to $1 million")
MONEY_GAINS = frozenset({"won", "wins", "raised", "raises", "earned", "earns", "added", "adds", "collected",
                         "received", "receives", "donated", "pledged", "contributed", "awarded", "secured", "gained"})

GAIN_REACH = 3  # "raised a further $4,000": the verb this close before the sum


def money_brought_to(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'won $86,900 on Sunday, bringing his total winnings to $1.87 million': one sum of money gained and
    the total it brings the tally to, in one currency (the new sum never exceeds the total)."""
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.BRINGS_TO):
        figs = ctx.in_sentence(s)
        after = [i for i in figs if ctx.figures[i].first > cue.last]
        before = [i for i in figs if ctx.figures[i].num.last < cue.first]
        if not after or len(before) != 1 or any(i in ctx.related for i in before + after[:1]):
            continue
        total, by = ctx.figures[after[0]], ctx.figures[before[0]]
        k = ctx.ann.token_at(by.num.hedge_start)
        gained = any(t.low in MONEY_GAINS for t in ctx.ann.tokens[max(s.first, k - GAIN_REACH):k])
        if not (gained and _money_item(ctx, by) and total.num.format is NumberFormat.MONEY and total.unit == by.unit
                and by.modality is total.modality and brings_up_to(ctx.ann, cue, total)):
            continue
        members = [(after[0], Role.TO), (before[0], Role.BY)]
        out.append(RelationDraft(RelationKind.CHANGE, members, [cue.text], s.start, s.end, direction="up"))
    return out


def _casualties(ctx: _Context, before: list[int], total: Figure) -> bool:
    """'killed 17 people and injured 40 others, bringing the number of casualties to 57': a total of
    casualties gathers the dead and the hurt, each counted with its own deed."""
    actions = {ctx.figures[i].action for i in before}
    return total.counted is not None and total.counted.head == "casualty" and len(actions) > 1 \
        and actions <= CASUALTY_ACTIONS and total.scope.value is not Scope.SINCE  # "since May": more before


# A total apposed after the figures it adds up: the cue and where its figure stands ("a total of 13",
# "a combined 47": after the cue; "15 altogether", "11 in all": right before it).
TOTAL_AFTER_CUE = frozenset({"a total of", "combined"})

TOTAL_BEFORE_CUE = frozenset({"altogether", "in all", "in total", "all told"})


def totals_after_list(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'nine dockworkers and four drivers, a total of 13 people', 'nine boats in May and six in June,
    15 altogether': a total set off by a comma after a list of figures of one tally adds them all up."""
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.TOTAL):
        total, told = _apposed_total(ctx, s, cue), None
        if total is None:
            total, told = _total_after_told(ctx, s, cue), ctx.ann.sentences[s.index - 1] if s.index else None
        if total is None or told is not None and told.headline:
            continue
        t = ctx.figures[total]
        parts = _list_before(ctx, s, t.first) if told is None else _list_before(ctx, told, told.last + 1)
        if told is not None and len(parts) != sum(_countable(ctx.figures[i]) for i in ctx.in_sentence(told)):
            continue  # "In all, 11 ...": after a sentence that is one list, not one with other figures
        if len(parts) < 2 or any(i in ctx.parts or ctx.figures[i].kind is not t.kind
                                 or ctx.figures[i].unit != t.unit for i in parts):
            continue  # a part of something else already, or money beside a count: not one list
        if not _adds_up_to(ctx, parts, t):
            continue
        _inherit(ctx, parts[0] if ctx.figures[parts[0]].counted is not None else total, parts[1:])
        _inherit(ctx, total, parts)
        # "..., a total of 40 since the flood began": more than these; a total in the next sentence may
        # hold more than the sentence before told ("In all, 50 were detained across the country")
        whole_so_far = t.scope.value is Scope.SINCE or told is not None
        out.append(_breakdown(ctx, total, parts, not whole_so_far, [cue.text], s))
    return out


CASUALTY_ACTIONS = frozenset({Action.KILLED, Action.INJURED})  # "casualties": the dead and the hurt together


def _adds_up_to(ctx: _Context, parts: list[int], t: Figure) -> bool:
    """The listed figures are one tally the total names: one deed (the dead and the injured for
    'casualties'), things the total counts, one side, no losses among gains."""
    figs = [ctx.figures[i] for i in parts]
    actions = {f.action for f in figs if f.action is not None}
    casualties = t.counted is not None and t.counted.head == "casualty" and actions <= CASUALTY_ACTIONS
    if len(actions) > 1 and not casualties:
        return False
    if not all(_same_thing(f, t) or f.action is not None and (f.action is t.action or casualties) for f in figs):
        return False  # "Some 90 people drowned when three dinghies sank": not the dinghies
    return _one_side_no_loss(ctx, parts)


LIST_OPENERS = frozenset({":", "(", "-", "–", "—"})  # a list's own whole stands before these


def _list_before(ctx: _Context, s: Sentence, end: int) -> list[int]:
    """The run of figures of the sentence before token `end` with no deed between them: the list a
    total after them adds up."""
    before = [i for i in ctx.in_sentence(s) if ctx.figures[i].first < end]
    run: list[int] = []
    toks = ctx.ann.tokens
    for i in reversed(before):
        f = ctx.figures[i]
        if _partitive_whole(ctx, f):
            continue  # "46 of its 120 residents and 11 staff members, 57 people in all": the item is the 46
        opened = run and any(t.text in LIST_OPENERS for t in toks[f.num.last:ctx.figures[run[0]].first])
        if not _countable(f) or _structure(f) or _paired_by_to(ctx, i) or opened \
                or run and _deed_between(ctx, i, run[0]):
            break  # "in four provinces: 120 in Eastland, ...": what comes before the colon is no item
        run.insert(0, i)
    return run


def _deed_between(ctx: _Context, a: int, b: int) -> bool:
    """'90 people drowned when three dinghies sank': a verb of a deed between two figures makes them
    clauses of their own, not items of one list ('nine dockworkers and four drivers')."""
    fa, fb = ctx.figures[a], ctx.figures[b]
    end_a, end_b = max(fa.noun_end, fa.num.last + 1), max(fb.noun_end, fb.num.last + 1)
    marks = list(ctx.ann.marks_between(ctx.ann.actions, end_a, ctx.ann.token_at(fb.num.hedge_start) - 1))
    own_b = ctx.ann.marks_between(ctx.ann.actions, fb.num.last + 1, end_b + 2)  # "five wounded": noun or verb
    return bool(marks) and not (_own_deed(ctx, end_a, marks[0]) and len(marks) == 1
                                and any(_own_deed(ctx, fb.num.last + 1, m) for m in own_b))


def _own_deed(ctx: _Context, end: int, m: Mark) -> bool:
    """'two were killed and five wounded': the deed right after a figure (auxiliaries between) is its own,
    so two figures each with theirs are parallel items of one list."""
    return all(t.low in AUXILIARIES for t in ctx.ann.tokens[end:m.first])


def _total_after_told(ctx: _Context, s: Sentence, cue: CueMark) -> int | None:
    """'In all, 11 villages were affected.', 'The chamber has 70 members in all.': a sentence that
    totals, after one that listed the figures."""
    toks, low = ctx.ann.tokens, cue.text.lower()
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if low not in TOTAL_BEFORE_CUE or len(figs) != 1:
        return None
    f = ctx.figures[figs[0]]
    opening = cue.first == s.first and cue.last + 1 < len(toks) and toks[cue.last + 1].text == ","
    closing = max(f.noun_end, f.num.last + 1) == cue.first and cue.last + 1 <= s.last \
        and toks[cue.last + 1].text in (".", "\n")
    return figs[0] if opening and f.first > cue.last or closing else None


def _apposed_total(ctx: _Context, s: Sentence, cue: CueMark) -> int | None:
    """The figure the cue makes a total of, when a comma sets the two off from what comes before."""
    toks, low = ctx.ann.tokens, cue.text.lower()
    if low in TOTAL_AFTER_CUE:
        lead = cue.first - (1 if low == "combined" else 0)  # "a combined 47": the 'a' is the cue's
        if lead < 1 or toks[lead - 1].text != "," or (low == "combined" and toks[lead].low != "a"):
            return None
        return next((i for i in ctx.in_sentence(s) if ctx.ann.token_at(ctx.figures[i].num.hedge_start)
                     == cue.last + 1), None)
    if low in TOTAL_BEFORE_CUE:
        for i in ctx.in_sentence(s):
            f = ctx.figures[i]
            k = ctx.ann.token_at(f.num.hedge_start)
            if max(f.noun_end, f.num.last + 1) == cue.first and k >= 1 and toks[k - 1].text == ",":
                return i
    return None


def _perfect_total(ctx: _Context, f: Figure) -> bool:
    """'More than 1,000 people have died, raising the count to 1,046 from 812': an undated perfect tells
    how many so far, the new total in round figures, not the rise from the earlier tally."""
    k = max(f.noun_end, f.num.last + 1)
    toks = ctx.ann.tokens
    return not f.increment and not f.date_in_clause and f.period_days is None and k < len(toks) \
        and toks[k].low in PERFECT


def _paired_by_to(ctx: _Context, i: int) -> bool:
    """'voted 301 to 245', 'from 62 to 64': a score or a range, never a part of a total."""
    f, toks = ctx.figures[i], ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    after = f.num.last + 1 < len(toks) and toks[f.num.last + 1].low == "to" and any(
        ctx.ann.token_at(n.hedge_start) == f.num.last + 2 for n in ctx.ann.numbers)
    before = k >= 2 and toks[k - 1].low == "to" and any(n.last == k - 2 for n in ctx.ann.numbers)
    return after or before


def _leaves_stock(total: Figure, parts: list[Figure]) -> bool:
    """A total of who is held or missing, brought to a figure by people who left it (released,
    rescued): the stock fell by them, so the figure is no sum ('new arrests bring the number held
    to 479' raises it, and stays a change)."""
    return total.action in STOCK_ACTIONS and any(p.action in DONE_ACTIONS for p in parts)


# Listed figures that make up the total, dated or not ("270 on Tuesday, 305 on Wednesday and 256 on Friday,
# for a total of 840"); "bringing the total to" after dated figures may count earlier ones too.
SUM_CUES = frozenset({"for a total of", "making a total of", "making a grim total of", "making a combined total of"})

LOSS_VERBS = frozenset({"lost", "shed", "dropped", "ceded", "forfeited", "cut", "fell", "declined", "gave"})


def _told_before(ctx: _Context, s: Sentence, parts: list[int]) -> bool:
    """'A convoy carried 850 on Friday. Two earlier convoys took out 600 and 720, bringing the total to
    2,170': the sentence before told another batch of the same thing (carried, taken out: the deed may be
    worded apart), which the total may hold."""
    first = ctx.figures[parts[0]]
    if any(t.low == "also" for t in ctx.ann.tokens[s.first:first.first]):
        return True  # "It will also spend 60 million on roads and 50 million on parks, bringing ..."
    return s.index > 0 and any(
        _countable(f) and f.kind is first.kind and f.unit == first.unit
        and (f.counted is None or first.counted is None or f.counted.head == first.counted.head)
        for f in (ctx.figures[i] for i in ctx.by_sentence.get(s.index - 1, [])))


def _one_tally(ctx: _Context, idx: list[int]) -> bool:
    """Clauses with verbs of their own that add to one tally ('the coastguard evacuated 1,120 by sea and
    police moved 430 by road, bringing the total to'): the same thing counted, one side, no verb of loss."""
    figs = [ctx.figures[i] for i in idx]
    heads = [f.counted.head for f in figs if f.counted is not None]
    if not heads or not all(compatible_heads(heads[0], h) for h in heads[1:]):
        return False
    return _one_side_no_loss(ctx, idx)


def _one_side_no_loss(ctx: _Context, idx: list[int]) -> bool:
    """Figures that may add up to one tally: of one side at most, none after a verb of loss ('lost 12')."""
    if len({f.side.value for f in (ctx.figures[i] for i in idx) if f.side is not None}) > 1:
        return False
    return not any(_verb_before(ctx, i) in LOSS_VERBS for i in idx)


IRREGULAR_VERBS = frozenset({"lost", "won", "took", "got", "had", "saw", "made", "gave", "left", "kept", "held",
                             "brought", "sent", "found", "put", "set", "hit", "shot", "caught"})


def _own_verb(ctx: _Context, i: int) -> bool:
    """A verb right before a figure ('gained nine', 'lost 12'): the figure heads a clause of its own."""
    word = _verb_before(ctx, i)
    return word in IRREGULAR_VERBS or (len(word) > 4 and word.endswith("ed"))

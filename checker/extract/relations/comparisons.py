"""Two figures tied by a difference or a factor: 'D more than B' ('62,400 fans, 4,100 more than the
previous record of 58,300'), 'up 20% from 80,000', 'five times the 10,000 police estimated', 'Twice
as many people were injured as killed: 14 dead and 28 injured'.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from checker.claims import Kind, RelationKind, Role
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.changes import _from_earlier, _inherit_change
from checker.extract.relations.common import (
    COMPARE_WORDS,
    PERCENT_TOKENS,
    _alone_before,
    _countable,
    _difference,
    _partitive_whole,
)
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.shares import AMOUNT_REACH, _same_noun
from checker.numbers import hedge_before, hedged
from checker.vocab import MULTIPLE_WORDS

# --- comparisons: "62,400 fans, 4,100 more than the previous record of 58,300" -------------------

RELATIVE_LEADS = frozenset({"where", "when"})  # "than in Alder county, where two died": the figure compared

COMPARE_REACH = 8  # tokens after 'than' searched for the figure compared ("the previous record of 58,300")


def comparisons(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'A, D more than B' / 'A, D fewer than the B ...': the difference between two figures stated in
    one sentence, so A - B = D (a change relation: A the new figure, B the one compared with)."""
    out: list[RelationDraft] = []
    figs = ctx.in_sentence(s)
    toks = ctx.ann.tokens
    for n, d in enumerate(figs[1:], start=1):
        fd = ctx.figures[d]
        k = fd.num.last + 1
        if k + 1 > s.last or not _difference(ctx, fd):
            continue
        # "31 of the 56 seats, two more than the 29 needed": the figure compared is the part, not its whole
        a = next((i for i in reversed(figs[:n]) if not _partitive_whole(ctx, ctx.figures[i])), figs[n - 1])
        b = _compared(ctx, s, k + 2)
        fa = ctx.figures[a]
        if b is None or toks[ctx.ann.token_at(fd.num.hedge_start) - 1].text != ",":
            continue  # "A (on Sunday), D more than B": the difference set off after the clause of A
        fb = ctx.figures[b]
        if fb.unit != fa.unit or fb.kind is not fa.kind \
                or not (_countable(fd) or fd.kind is fa.kind and fd.unit == fa.unit):
            continue  # B measures what A measures; D counts, or measures in their unit
        if fb.counted is None and fa.counted is not None:
            fb.counted = fa.counted.model_copy(update={"inherited": True})
            fb.category, fb.action = fa.category, fb.action or fa.action
        cue = f"{toks[k].low} than"
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM), (d, Role.BY)], [cue],
                                 s.start, s.end, direction=COMPARE_WORDS[toks[k].low]))
    return out


def _compared(ctx: _Context, s: Sentence, start: int) -> int | None:
    """The first figure within reach after 'than', with no other figure or deed before it, in the same
    clause or a relative one ('than in Alder county, where two died'); 'than in 2019, the Conservatives
    121' compares with a year and goes on to another item."""
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        if k >= start:
            breaks = [j for j in range(start, k) if toks[j].text in ",;:"]
            near = k - start <= COMPARE_REACH and not any(
                True for _m in ctx.ann.marks_between(ctx.ann.actions, start, k - 1))
            relative = all(j + 1 < k and toks[j + 1].low in RELATIVE_LEADS for j in breaks)
            return i if near and relative else None
    return None


UP_DOWN: dict[str, Literal["up", "down"]] = {"up": "up", "down": "down"}

CHANGE_REACH = 8  # tokens from the new figure to the comma before ', up 20% from 80,000'


def percent_up_from(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'lent 96,000 books last year, up 20% from 80,000': X = Y × (1 + 20%), told after a comma."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        r = ctx.figures[i]
        k = ctx.ann.token_at(r.num.hedge_start)
        if not (r.kind is Kind.MEASURE and r.unit == "%") or n == 0 or n + 1 >= len(figs) \
                or toks[k - 1].low not in UP_DOWN or toks[k - 2].text != ",":
            continue
        frm = r.num.last + 1
        while frm <= s.last and toks[frm].low in PERCENT_TOKENS:
            frm += 1
        b, a = figs[n + 1], figs[n - 1]
        fa, fb = ctx.figures[a], ctx.figures[b]
        if frm > s.last or toks[frm].low != "from" or not _from_earlier(ctx, frm, fb) \
                or k - 2 - fa.num.last > CHANGE_REACH or not _alone_before(ctx, s, a, k - 2) \
                or fa.unit == "%" or fb.unit not in (None, fa.unit) \
                or not (_countable(fa) or fa.kind is Kind.MEASURE):
            continue
        fb.superseded = True
        _inherit_change(fa, fb)
        if fb.kind is not fa.kind:
            fb.kind, fb.unit = fa.kind, fa.unit
        words = ctx.ann.text[toks[k - 1].start:toks[frm].end]
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM), (i, Role.RATE)], [words],
                                 s.start, s.end, direction=UP_DOWN[toks[k - 1].low]))
    return out


# "as many as", "as much as": after a multiple, the figure compared follows ("twice as many as the 31,000")
AS_MANY = (("as", "many", "as", "the"), ("as", "much", "as", "the"), ("as", "many", "as"), ("as", "much", "as"),
           ("the",))

COMPARED_LEADS = ((",",), ("was",), ("is",), ("were",), ("are",), (",", "was"), (",", "is"))


def multiples(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'50,000 people joined, five times the 10,000 police estimated', '80, was double the 40 freed on
    Thursday', '61,200 votes, nearly twice as many as the 31,000 of her rival': A = factor × B."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for k in range(s.first + 1, s.last):
        found = _multiple_at(ctx, k)
        if found is None:
            continue
        value, last = found
        after = next((w for w in AS_MANY if tuple(t.low for t in toks[last + 1:last + 1 + len(w)]) == w), None)
        if after is None:
            continue
        b = next((i for i in figs if ctx.ann.token_at(ctx.figures[i].num.hedge_start) == last + 1 + len(after)), None)
        h = hedge_before(toks, k)
        lo = ctx.ann.token_at(h.start) if h is not None else k
        a = next((i for i in reversed(figs) if ctx.figures[i].num.last < lo), None)
        if a is None or b is None or not _compared_lead(ctx, ctx.figures[a], lo):
            continue
        fa, fb = ctx.figures[a], ctx.figures[b]
        if fa.unit != fb.unit or not (_countable(fa) and _countable(fb) or fa.kind is fb.kind is Kind.MEASURE) \
                or fa.counted and fb.counted and not _same_noun(fa.counted.head, fb.counted.head):
            continue  # "1,200 homes, twice the 600 schools": two things, no multiple of one
        _inherit_change(fa, fb)
        words = ctx.ann.text[toks[lo].start:toks[last + len(after)].end]
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM)], [words], s.start, s.end,
                                 direction="up" if value > 1 else "down",
                                 factor=hedged(value, h.text if h else None, integer=False)))
    return out


def as_many_deeds(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Twice as many people were injured as killed ...: 14 dead and 28 injured': after the colon, the
    figure of the first deed is the multiple of the figure of the second (each deed counted once)."""
    toks = ctx.ann.tokens
    for k in range(s.first, s.last):
        found = _multiple_at(ctx, k)
        if found is None or [t.low for t in toks[found[1] + 1:found[1] + 3]] != ["as", "many"]:
            continue
        colon = next((j for j in range(found[1] + 3, s.last) if toks[j].text == ":"), None)
        marks = list(ctx.ann.marks_between(ctx.ann.actions, found[1] + 3, (colon or s.last) - 1))
        pair = next(((a, b) for a, b in zip(marks, marks[1:], strict=False) if b.first == a.last + 2
                     and toks[a.last + 1].low == "as" and a.action is not b.action), None)
        if colon is None or pair is None:
            continue
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > colon]
        new = [i for i in after if ctx.figures[i].action is pair[0].action and _countable(ctx.figures[i])]
        old = [i for i in after if ctx.figures[i].action is pair[1].action and _countable(ctx.figures[i])]
        if len(new) == 1 and len(old) == 1 and len(after) == 2:
            h = hedge_before(toks, k)
            lo = ctx.ann.token_at(h.start) if h is not None else k
            words = ctx.ann.text[toks[lo].start:toks[pair[1].last].end]
            return [RelationDraft(RelationKind.CHANGE, [(new[0], Role.TO), (old[0], Role.FROM)], [words], s.start,
                                  s.end, direction="up" if found[0] > 1 else "down",
                                  factor=hedged(found[0], h.text if h else None, integer=False))]
    return []


def _multiple_at(ctx: _Context, k: int) -> tuple[Decimal, int] | None:
    """A multiple starting at token k: 'twice', 'double', 'five times', '2.5 times'; its value and last token."""
    toks = ctx.ann.tokens
    if toks[k].low in MULTIPLE_WORDS and not (toks[k].low == "half" and toks[k - 1].low in ("a", "and")):
        return MULTIPLE_WORDS[toks[k].low], k
    n = next((n for n in ctx.ann.numbers if n.first == k), None)
    if n is not None and n.last + 1 < len(toks) and toks[n.last + 1].low == "times" and n.value > 1:
        return n.value, n.last + 1
    return None


def _compared_lead(ctx: _Context, a: Figure, lo: int) -> bool:
    """Only a comma or 'was' (or the amount's own noun phrase, up to AMOUNT_REACH words) stands between
    the figure compared and its multiple: '50,000 people joined the rally, five times'."""
    toks = ctx.ann.tokens
    gap = toks[a.num.last + 1:lo]
    if tuple(t.low for t in gap) in COMPARED_LEADS:
        return True
    return 0 < len(gap) <= AMOUNT_REACH + 1 and gap[-1].text == "," and all(t.kind == "word" for t in gap[:-1]) \
        and _alone_before(ctx, a.sentence, ctx.figures.index(a), lo - 1)

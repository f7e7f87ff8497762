"""The two sides of an exchange: '300 Russian servicemen ... in exchange for 300 Ukrainian POWs', and
each side's count told after 'the two sides each freed 95'.
"""

from __future__ import annotations

from checker.claims import Action, Kind, RelationKind, Role
from checker.extract.annotate import CueMark, Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import _countable, _inherit, _verb_before
from checker.extract.relations.context import RelationDraft, _Context
from checker.vocab import Cue

# --- the two sides of an exchange: "300 Russian servicemen ... in exchange for 300 Ukrainian POWs" --


def exchanges(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.EXCHANGE_FOR):
        if cue.text.lower() == "for" and not _swap_verb_before(ctx, s, cue):
            continue
        before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < cue.first and _people(ctx.figures[i])]
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > cue.last and _people(ctx.figures[i])]
        if before and after and ctx.figures[after[0]].first - cue.last <= 4:
            members = [(before[-1], Role.SIDE), (after[0], Role.SIDE)]
            out.append(RelationDraft(RelationKind.EXCHANGE, members, [cue.text], s.start, s.end))
    return out + _given_in_return(ctx, s)


def _given_in_return(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Russia handed over 150 Ukrainian soldiers and received 150 Russian soldiers in return': the
    sentence's two counts of people, one given and one received for it, are the two sides of a swap."""
    toks = ctx.ann.tokens
    at = next((k for k in range(s.first, s.last) if (toks[k].low, toks[k + 1].low) == ("in", "return")), None)
    if at is None:
        return []
    sides = [i for i in ctx.in_sentence(s) if ctx.figures[i].first < at
             and (_people(ctx.figures[i]) or _of_its_own(ctx, ctx.figures[i]))]
    if len(sides) != 2 or not any(t.low in RECEIVE_WORDS for t in toks[ctx.figures[sides[0]].num.last:
                                                                     ctx.figures[sides[1]].first]):
        return []
    return [RelationDraft(RelationKind.EXCHANGE, [(i, Role.SIDE) for i in sides], ["in return"], s.start, s.end)]


RECEIVE_WORDS = frozenset({"received", "receives", "receiving", "got", "gets", "recovered", "took"})

OWN_WORDS = frozenset({"its", "their", "our"})  # "received 150 of its own": its own people, the noun left out


def _of_its_own(ctx: _Context, f: Figure) -> bool:
    """'150 of its own': a count of one's own people with the noun left out."""
    toks, k = ctx.ann.tokens, f.num.last + 1
    return f.kind is Kind.COUNT and f.value is not None and k + 2 < len(toks) and toks[k].low == "of" \
        and toks[k + 1].low in OWN_WORDS and toks[k + 2].low == "own"


# --- each side's count told after 'the two sides each freed 95' ----------------------------------

SIDE_SUBJECTS = frozenset({"sides", "both", "parties", "countries"})  # "The two sides each freed 95 detainees"


def each_side_told(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The two sides each freed 95 detainees. Kordia freed 95 Velmish detainees, and Velm freed 95
    Kordians.': a count the sides each gave, then the two sides' counts of the same deed in the next
    sentence: the two are the sides of the swap, and each is the count told for both."""
    if s.index == 0 or ctx.ann.sentences[s.index - 1].headline:
        return []
    toks = ctx.ann.tokens
    before = [i for i in ctx.in_sentence(ctx.ann.sentences[s.index - 1]) if _countable(ctx.figures[i])]
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(before) != 1 or len(figs) != 2 or any(i in ctx.related for i in figs):
        return []
    w = ctx.figures[before[0]]
    k = ctx.ann.token_at(w.num.hedge_start)
    if k < 3 or toks[k - 2].low != "each" or toks[k - 3].low not in SIDE_SUBJECTS or toks[k - 1].kind != "word":
        return []
    if w.action is None or any((f := ctx.figures[i]).action is not w.action or f.partitive or f.increment
                               or f.per_side or _verb_before(ctx, i) != toks[k - 1].low for i in figs):
        return []  # both told with the verb the sides 'each' did: "Kordia freed 95 ..., and Velm freed 95"
    w.per_side = True  # "each freed 95": 95 on each side, an N-for-N swap
    _inherit(ctx, before[0], figs)
    out = [RelationDraft(RelationKind.EXCHANGE, [(i, Role.SIDE) for i in figs], ["each"], s.start, s.end)]
    for i in figs:
        out.append(RelationDraft(RelationKind.RESTATEMENT, [(before[0], Role.SAME), (i, Role.SAME)], ["each"],
                                 ctx.ann.sentences[s.index - 1].start, s.end))
    return out


def _swap_verb_before(ctx: _Context, s: Sentence, cue: CueMark) -> bool:
    return any(m.first < cue.first and m.action is Action.EXCHANGED
               for m in ctx.ann.marks_between(ctx.ann.actions, s.first, cue.first))


def _people(f: Figure) -> bool:
    return f.kind is Kind.COUNT and f.counted is not None and f.value is not None

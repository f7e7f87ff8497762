"""Votes, seats and scores: a margin after a score ('312,400 votes to 287,600, a margin of 24,800'),
a tally and the whole body that voted ('61 votes to 39, with all 100 senators voting'), and members'
bracketed seats and what they hold together ('(47 seats), ... (26) ..., giving them 88').
"""

from __future__ import annotations

from checker.claims import Action, Kind, RelationKind, Role
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import _breakdown, _countable, _inherit, _lead_before
from checker.extract.relations.context import RelationDraft, _Context
from checker.vocab import compatible_heads

MARGIN_LEADS = (("a", "margin", "of"), ("a", "majority", "of"))  # "by 312,400 votes to 287,600, a margin of 24,800"


def margins(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'approved by 312,400 votes to 287,600, a margin of 24,800': a score 'A to B' and the margin after
    it, set off by a comma; a margin has no order, so the larger less the smaller is the margin (a
    change relation read as a comparison, as 'D more than B' is)."""
    out: list[RelationDraft] = []
    figs = ctx.in_sentence(s)
    toks = ctx.ann.tokens
    for n, d in enumerate(figs[2:], start=2):
        k = ctx.ann.token_at(ctx.figures[d].num.hedge_start)
        lead = _lead_before(toks, k, MARGIN_LEADS)
        a, b = figs[n - 2], figs[n - 1]
        fa, fb = ctx.figures[a], ctx.figures[b]
        score = [t.low for t in toks[max(fa.noun_end, fa.num.last + 1):ctx.ann.token_at(fb.num.hedge_start)]]
        if lead is None or toks[k - len(lead) - 1].text != "," or score != ["to"] \
                or max(fb.noun_end, fb.num.last + 1) != k - len(lead) - 1:
            continue  # "A to B, a margin of D": nothing between the score and its margin
        if not all(_countable(ctx.figures[i]) and ctx.figures[i].unit is None for i in (a, b, d)):
            continue  # counts only: "52% to 48%, a margin of four points" is left alone
        if fb.num.value > fa.num.value:
            a, b = b, a  # "defeated by 120 votes to 180": the larger less the smaller
        _inherit(ctx, a, [b, d])
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM), (d, Role.BY)],
                                 [" ".join(lead)], s.start, s.end, direction="up"))
    return out


# --- a vote tally and the body that voted: "by 61 votes to 39, with all 100 senators voting" ----------

VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ballot", "ballots"})

# The words after "all N <noun>" that make the N the body that cast the tally: all of it when all voted,
# at most when all were present ("All 12 jurors were present": some may abstain)
ALL_VOTED = (("voting",), ("voted",))

ALL_PRESENT = (("were", "present"), ("present",), ("attended",))


def vote_of_all(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The bill passed by 61 votes to 39, with all 100 senators voting': a tally 'A to B' and the whole
    body that voted, named with 'all' in the same sentence or ('All 12 jurors were present') the next:
    A + B = N when all voted, at most N when all were present. Not 'with all 50 Republicans voting
    against': the words after the body must end its phrase."""
    figs = ctx.in_sentence(s)
    pair = next(((a, b) for a, b in zip(figs, figs[1:], strict=False) if _tally_pair(ctx, a, b)), None)
    if pair is None or not any(t.low in VOTE_WORDS for t in ctx.ann.tokens[s.first:s.last + 1]) \
            and ctx.figures[pair[0]].action is not Action.VOTED:
        return []
    nxt = ctx.by_sentence.get(s.index + 1, []) if s.index + 1 < len(ctx.ann.sentences) else []
    for i in [j for j in figs if ctx.figures[j].first > ctx.figures[pair[1]].first] + nxt:
        f, toks = ctx.figures[i], ctx.ann.tokens
        k = ctx.ann.token_at(f.num.hedge_start)
        if k < 1 or toks[k - 1].low != "all" or not _countable(f) or f.counted is None or i in ctx.related:
            continue
        end = max(f.noun_end, f.num.last + 1)
        tail = tuple(t.low for t in toks[end:f.sentence.last + 1] if t.text not in ".,")
        voted = tail in ALL_VOTED and f.sentence.index == s.index
        if voted or tail in ALL_PRESENT:
            return [_breakdown(ctx, i, list(pair), voted, [" ".join(("all",) + tail)], s)]
    return []


def _tally_pair(ctx: _Context, a: int, b: int) -> bool:
    """'61 votes to 39', '10 to two': two counts joined by 'to', the second right after it."""
    fa, fb = ctx.figures[a], ctx.figures[b]
    to = max(fa.noun_end, fa.num.last + 1)
    return _countable(fa) and _countable(fb) and to < len(ctx.ann.tokens) and ctx.ann.tokens[to].low == "to" \
        and ctx.ann.token_at(fb.num.hedge_start) == to + 1 and fb.kind is Kind.COUNT and fa.kind is Kind.COUNT


# --- bracketed counts of named members, then what they hold together: "The Liberals (47 seats), the
# Centre (26) and the Greens (15) signed a deal, giving them 88" -------------------------------------

# Words before a figure that give it to the members just listed, together
TOGETHER_LEADS = (("giving", "them"), ("giving", "it"), ("giving", "the", "coalition"), ("giving", "the", "bloc"),
                  ("giving", "the", "alliance"))


def bracketed_members(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The Liberal Democrats (47 seats), the Centre Party (26) and the Rural Union (15) signed a coalition
    deal, giving them 88 of the 160 seats': each member's count in a bracket after its name, and the
    figure 'giving them' after: the members' counts add up to it."""
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = _lead_before(toks, k, TOGETHER_LEADS, start=s.first)
        if lead is None or k - len(lead) - 1 < s.first or toks[k - len(lead) - 1].text != ",":
            continue
        parts = figs[:n]
        if len(parts) < 2 or not all(_bracketed_alone(ctx, ctx.figures[j]) for j in parts) \
                or not _countable(ctx.figures[i]) or any(j in ctx.related for j in parts):
            return []
        own, total = ctx.figures[parts[0]].counted, ctx.figures[i].counted
        if own is not None and total is not None and not compatible_heads(own.head, total.head):
            return []  # "(47 seats) ..., giving them 12 ministries": another thing
        _inherit(ctx, parts[0], parts[1:])
        return [_breakdown(ctx, i, parts, True, [" ".join(lead)], s)]
    return []


def _bracketed_alone(ctx: _Context, f: Figure) -> bool:
    """'(47 seats)', '(26)': the figure, with at most its noun, alone in a bracket after a name."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    end = max(f.noun_end, f.num.last + 1)
    return _countable(f) and k >= 2 and toks[k - 1].text == "(" and toks[k - 2].text[:1].isupper() \
        and end < len(toks) and toks[end].text == ")"

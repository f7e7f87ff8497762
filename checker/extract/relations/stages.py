"""Events told in stages that complete a number: 'the fifth group ... completes the 60', and 'completed
... with the release of the final 303. Earlier stages had freed 697.'
"""

from __future__ import annotations

from checker.claims import Kind, RelationKind, Role
from checker.extract.annotate import Sentence
from checker.extract.figures import head_at
from checker.extract.relations.common import _countable, _inherit
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.continuations import _continues
from checker.vocab import STAGE_UNITS, Cue

# --- a stage that completes the event: "the fifth group ... completes the 60" -----------------------


def completion(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """Every stage's figure together makes the number the completing stage names."""
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.COMPLETES):
        whole = next((i for i in ctx.in_sentence(s) if 0 < ctx.figures[i].first - cue.last <= 2
                      and _countable(ctx.figures[i])), None)
        if whole is None:
            continue
        stages: dict[int, int] = {}
        for i, f in enumerate(ctx.figures):
            if f.stage is not None and _countable(f) and i != whole and f.kind is Kind.COUNT:
                stages.setdefault(f.stage.n, i)
        if len(stages) < 2:
            continue
        _unnumbered_stages(ctx, stages, whole)
        parts = [stages[n] for n in sorted(stages)]
        _inherit(ctx, whole, parts)
        members = [(whole, Role.WHOLE)] + [(i, Role.PART) for i in parts]
        exhaustive = sorted(stages) == list(range(1, max(stages) + 1))
        out.append(RelationDraft(RelationKind.COMPLETION, members, [cue.text], s.start, s.end, exhaustive=exhaustive))
    return out


def _unnumbered_stages(ctx: _Context, stages: dict[int, int], whole: int) -> None:
    """'The first group of 12 arrived on Monday, and 20 more on Tuesday. The third group ... completes the
    60': a stage the text numbers by its place alone, the one continuation ('N more') standing between
    the stages before and after it, fills the gap in the numbering."""
    for n in range(2, max(stages)):
        if n in stages or n - 1 not in stages or n + 1 not in stages:
            continue
        lo, hi = ctx.figures[stages[n - 1]].first, ctx.figures[stages[n + 1]].first
        between = [i for i, f in enumerate(ctx.figures) if lo < f.first < hi and _countable(f) and i != whole]
        if len(between) == 1 and ctx.figures[between[0]].stage is None and _continues(ctx, ctx.figures[between[0]]):
            stages[n] = between[0]


# --- the final batch completes, the earlier ones told next: "... completed with the final 303. Earlier
# stages had freed 697." ---------------------------------------------------------------------------

FINAL_WORDS = frozenset({"final", "last"})  # "the final 303 prisoners": the batch that completes the event

EARLIER_LEADS = frozenset({"earlier", "previous", "prior"})  # "Earlier stages had freed 697"

FINAL_REACH = 2  # "the final 303", "the last group of 50": the word this close before the figure


def completed_with_final(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The 1,000-for-1,000 exchange was completed on Sunday with the release of the final 303 prisoners.
    Earlier stages had freed 697.': the final batch and what the earlier stages freed, opening the next
    sentence as its one count, together make the number completed."""
    cue = next(iter(ctx.ann.cues_between(s.first, s.last, Cue.COMPLETES)), None)
    nxt = s.index + 1
    if cue is None or nxt >= len(ctx.ann.sentences):
        return []
    toks = ctx.ann.tokens
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    whole = next((i for i in figs if ctx.figures[i].kind is Kind.TARGET), None)
    final = [i for i in figs if ctx.figures[i].kind is Kind.COUNT and any(
        t.low in FINAL_WORDS for t in toks[max(s.first, ctx.figures[i].first - FINAL_REACH):ctx.figures[i].first])]
    t = ctx.ann.sentences[nxt]
    earlier = [i for i in ctx.by_sentence.get(nxt, []) if _countable(ctx.figures[i])]
    if whole is None or len(final) != 1 or len(earlier) != 1 or toks[t.first].low not in EARLIER_LEADS \
            or ctx.figures[earlier[0]].kind is not Kind.COUNT or ctx.figures[earlier[0]].increment \
            or _head_at(ctx, t.first + 1) not in STAGE_UNITS:
        return []
    parts = [final[0], earlier[0]]
    _inherit(ctx, final[0], [earlier[0]])
    members = [(whole, Role.WHOLE)] + [(i, Role.PART) for i in parts]
    return [RelationDraft(RelationKind.COMPLETION, members, [cue.text, toks[t.first].text], s.start, t.end,
                          exhaustive=True)]


def _head_at(ctx: _Context, k: int) -> str | None:
    """The noun a phrase at token k names ('stages' -> 'stage'), or None."""
    head = head_at(ctx.ann.tokens, k) if k < len(ctx.ann.tokens) else None
    return head[0] if head is not None else None

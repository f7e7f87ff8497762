"""The same quantity stated twice: 'Militants freed 15 hostages. The 15 hostages ...' - a definite
figure with its own noun names the group the text counted just before.
"""

from __future__ import annotations

from checker.claims import RelationKind, Role, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import _countable, _lead_before
from checker.extract.relations.context import RelationDraft, _Context
from checker.vocab import NOUN_DEEDS, compatible_heads

# --- the same figure named again: "Militants freed 15 hostages. The 15 hostages included ..." ---------

DEFINITE_LEADS = (("of", "the"), ("the",))  # "The 17 hostages", "Of the 40 dead": a figure the reader knows


def definite_restatements(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The 17 hostages', 'Of the 40 dead': a definite figure with its own noun names a group the text
    counted just before; when exactly one figure within reach counts that group (same noun, same deed),
    the two are one quantity the text states twice."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        k = ctx.ann.token_at(f.num.hedge_start)
        lead = _lead_before(toks, k, DEFINITE_LEADS, start=s.first)
        if lead is None or k - len(lead) != s.first:
            continue  # the subject: "The 17 hostages were", "Of the 40 dead,"
        if not _bare_group(ctx, f) or not _countable(f) or f.counted is None \
                or f.counted.inherited or f.num.hedge is not None or f.date is not None \
                or f.scope.value is not Scope.UNKNOWN or s.headline:
            continue  # "the 12 killed since January", "the 450 freed last week": another time, not a restatement
        earlier = _same_group_before(ctx, s, f)
        if earlier is not None:
            members = [(earlier, Role.SAME), (i, Role.SAME)]
            start = ctx.figures[earlier].sentence.start
            out.append(RelationDraft(RelationKind.RESTATEMENT, members, [" ".join(lead)], start, s.end))
    return out


GROUP_NAMED_ENDS = frozenset({",", "were", "was", "are", "is", "have", "had", "has", "include", "included", "includes"})


def _bare_group(ctx: _Context, f: Figure) -> bool:
    """'The 17 hostages were', 'Of the 40 dead,': the noun ends the phrase; 'the 43 people who were on
    the bridge', 'the 64 miners underground at the time' name another group by what follows."""
    k = max(f.noun_end, f.num.last + 1)
    return k < len(ctx.ann.tokens) and ctx.ann.tokens[k].low in GROUP_NAMED_ENDS


def _same_group_before(ctx: _Context, s: Sentence, f: Figure) -> int | None:
    """The one figure before `f` that counts what it counts with the same deed, in the sentence before."""
    assert f.counted is not None
    found = [j for j, g in enumerate(ctx.figures) if g.sentence.index < s.index and _names_same_group(f, g)]
    if len(found) != 1 or ctx.figures[found[0]].sentence.index != s.index - 1 or ctx.figures[found[0]].superseded:
        return None  # the group counted once, in the sentence before; else 'the 96 dead' may mean another
    return found[0]


def _names_same_group(f: Figure, g: Figure) -> bool:
    """`g` counts the group `f` names: the same noun ('the dead' for people who died), the same deed
    or none named again ('The 17 hostages' after '15 hostages were freed')."""
    if not _countable(g) or g.counted is None or f.counted is None or g.kind is not f.kind or g.unit != f.unit \
            or g.sentence.headline:
        return False
    deed = NOUN_DEEDS.get(f.counted.head)
    noun = compatible_heads(g.counted.head, f.counted.head) or deed is not None and deed is g.action
    return noun and (f.action is None or f.action is g.action)

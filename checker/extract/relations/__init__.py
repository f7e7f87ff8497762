"""Relations the text states between figures, read by pattern tables (SPEC, "Relations news states").

Each rule reads the annotations and the figures of one sentence (or a sentence and the one before)
and returns `RelationDraft`s: which figures, in which roles, with the cue words that state the
relation. Rules never judge arithmetic; they record what the text ties together.

`read_relations` runs the rules of `RULES` in order on each sentence. The order matters: a rule sees
what the rules before it read (`ctx.related`, `ctx.parts`, `ctx.left`), so a figure one form has
claimed is not read again by a looser one. The rules live by the form of text they read:
`lists`, `partitives`, `totals`, `changes`, `comparisons`, `shares`, `remaining`, `restatements`,
`continuations`, `stages`, `parts_next`, `votes`, `exchanges` and `layout`; their helpers in
`list_items`, `list_wholes`, `exhaustive`, `complements`, `antecedent` and `days`; what every rule
shares in `context` and `common`.
"""

from __future__ import annotations

from checker.claims import RelationKind, Role
from checker.extract.annotate import Annotations
from checker.extract.figures import Figure
from checker.extract.relations.changes import amount_changes, changes, revisions
from checker.extract.relations.comparisons import as_many_deeds, comparisons, multiples, percent_up_from
from checker.extract.relations.context import RelationDraft, Rule, _Context
from checker.extract.relations.continuations import more_of_the_same, same_action_as_before
from checker.extract.relations.exchanges import each_side_told, exchanges
from checker.extract.relations.layout import bullet_lists, table_totals
from checker.extract.relations.lists import apposed_lists, breakdown_lists, money_lists
from checker.extract.relations.partitives import partitives
from checker.extract.relations.parts_next import parts_told_next
from checker.extract.relations.remaining import (
    gap_left,
    left_after_taking,
    remaining,
    remaining_of_target,
    rest_of_the_count_before,
)
from checker.extract.relations.restatements import definite_restatements
from checker.extract.relations.shares import shares
from checker.extract.relations.stages import completed_with_final, completion
from checker.extract.relations.totals import money_brought_to, totals_after_list, totals_after_parts
from checker.extract.relations.votes import bracketed_members, margins, vote_of_all
from checker.extract.tables import find_tables


def read_relations(ann: Annotations, figures: list[Figure]) -> list[RelationDraft]:
    """Every relation the rules find, sentence by sentence; list items get their list's noun."""
    ctx = _Context(ann, figures, tables={t.total.sentence: t for t in find_tables(ann.text, ann.sentences)})
    for i, f in enumerate(figures):
        ctx.by_sentence.setdefault(f.sentence.index, []).append(i)
    out: list[RelationDraft] = []
    seen: dict[tuple[RelationKind, tuple[tuple[int, Role], ...]], int] = {}
    for s in ann.sentences:
        for rule in RULES:
            for d in rule(ctx, s):
                key = (d.kind, tuple(m for m in d.members if m[1] is not Role.RATE))
                if key in seen:  # "rose to 187 ..., up from 143": one change, two cues
                    _keep_ratio(out, seen[key], d)
                else:
                    seen[key] = len(out)
                    out.append(d)
                    ctx.related.update(i for i, _role in d.members)
                    if d.kind is RelationKind.BREAKDOWN:
                        whole = next(i for i, role in d.members if role is Role.WHOLE)
                        ctx.parts.update((i, whole) for i, role in d.members if role is Role.PART)
                    elif d.kind is RelationKind.REMAINING:
                        ctx.left.update(i for i, role in d.members if role is not Role.WHOLE)
    return out


def _keep_ratio(out: list[RelationDraft], k: int, d: RelationDraft) -> None:
    """Of two cues for one change ('reached 3.0 billion, up 20% from 2.5 billion'), the one that states
    its ratio is kept."""
    if (d.factor is not None or any(r is Role.RATE for _, r in d.members)) \
            and out[k].factor is None and not any(r is Role.RATE for _, r in out[k].members):
        out[k] = d


RULES: list[Rule] = [more_of_the_same, same_action_as_before, breakdown_lists, partitives, totals_after_parts,
                     money_brought_to, totals_after_list, comparisons, margins, changes, amount_changes, exchanges,
                     remaining, left_after_taking, rest_of_the_count_before, remaining_of_target, gap_left,
                     definite_restatements, completion, bullet_lists, table_totals, revisions, shares, multiples,
                     percent_up_from, as_many_deeds, parts_told_next, apposed_lists, each_side_told,
                     completed_with_final, vote_of_all, money_lists, bracketed_members]


__all__ = ["RULES", "RelationDraft", "Rule", "read_relations"]

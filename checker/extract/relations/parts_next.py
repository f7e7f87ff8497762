"""Parts told in the next sentence: 'Forty-two guests fell ill. Thirty were treated at home and
twelve in hospital.' A sentence of bare counts, each the subject of its clause, splits the one count
of the sentence before; all of it only when the words say so (exclusive fates, 'the rest').
"""

from __future__ import annotations

from checker.claims import Action, Category, Kind, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.antecedent import _further_group
from checker.extract.relations.common import (
    HUMAN,
    KNOWN_HEADS,
    _breakdown,
    _countable,
    _fits,
    _inherit,
    _own_time,
    _same_action,
    _same_thing,
)
from checker.extract.relations.complements import _complement_words
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.list_items import _counts_groups, _names_groups
from checker.vocab import NOUN_RULES_OUT, ORDINALS, OVERLAP_DIMENSIONS, Cue

# --- parts told in the next sentence: "Forty-two guests fell ill. Thirty were treated at home and twelve in
# hospital." -------------------------------------------------------------------------------------

# Deeds that are exclusive fates of one group: someone rescued is not also dead or missing.
EXCLUSIVE_FATES = frozenset({Action.RESCUED, Action.KILLED, Action.MISSING})

# Cues that make the next sentence's figures a total, a change, or counts of another time, not parts
NOT_A_SPLIT_CUES = (Cue.TOTAL, Cue.BRINGS_TO, Cue.ROSE, Cue.FELL, Cue.PERIOD, Cue.SINCE, Cue.BACKGROUND)

ORDINAL_REACH = 3  # "The first carried 180", "the second batch had 25": the ordinal this close before its figure


def parts_told_next(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The commission registered 14 candidates. Nine are men and five are women.': a sentence that is
    only a list of bare counts, each the subject of its clause (no noun of its own, or one the whole's
    noun holds), splits the one count of the sentence before. All of it ('=') only when the words say
    so: 'the other five' closes the list, or ordinals number the groups the whole was told in ('Two
    flights brought home 310 ... The first carried 180 and the second 130'); else at most ('<=')."""
    if s.index == 0 or s.headline or ctx.ann.sentences[s.index - 1].headline:
        return []  # a headline and its body restate, not split
    prev = ctx.ann.sentences[s.index - 1]
    whole, groups = _sole_count(ctx, prev)
    parts = [i for i in ctx.in_sentence(s) if ctx.figures[i].kind is not Kind.ORDINAL]
    if whole is None or len(parts) < 2 or any(i in ctx.related for i in parts) \
            or ctx.ann.cues_between(s.first, s.last, *NOT_A_SPLIT_CUES) \
            or ctx.ann.dates_between(ctx.ann.tokens[s.first].start, ctx.ann.tokens[s.last].end) \
            or any(s.first <= m.first <= s.last for m in ctx.ann.periods):
        return []  # "Over the three days, 390, 307 and 303 came home": days of their own
    numbered = groups is not None and _counts_groups(ctx.figures[groups], len(parts)) \
        and all(_ordinal_before(ctx, ctx.figures[i]) == n + 1 for n, i in enumerate(parts))
    fates = _fates_of_all(ctx, ctx.figures[whole], parts)
    if not all(_next_part(ctx, s, ctx.figures[whole], i, numbered, numbered or fates) for i in parts):
        return []
    rest = _complement_words(ctx, ctx.figures[parts[-1]])
    exhaustive = numbered or (rest is not None and rest[0].lower() not in ("the others", "the rest of the"))
    cues = [rest[0]] if rest is not None else ["the first"] if numbered else ["the sentence before"]
    _inherit(ctx, whole, parts)
    d = _breakdown(ctx, whole, parts, exhaustive, cues, s)
    if d.overlap and _exclusive_fates(ctx, parts):
        d.overlap = False  # "Seventeen were rescued, three were found dead and two are missing"
    return [d]


def _sole_count(ctx: _Context, s: Sentence) -> tuple[int | None, int | None]:
    """The one count of a sentence with its own noun, besides at most one count of the groups it was told
    in ('Two flights brought home 310 nationals'); and that group count."""
    figs = [i for i in ctx.in_sentence(s) if ctx.figures[i].kind is not Kind.ORDINAL]
    groups = [i for i in figs if _names_groups(ctx.figures[i])]
    rest = [i for i in figs if i not in groups]
    if len(rest) != 1 or len(groups) > 1 or not _countable(ctx.figures[rest[0]]):
        return None, None
    f = ctx.figures[rest[0]]
    named = f.counted is not None and not f.counted.inherited or _collective_of(ctx, f) is not None
    if not named or f.superseded or f.partitive or f.increment or f.scope.value is Scope.SINCE \
            or f.kind is not Kind.COUNT:
        return None, None
    return rest[0], (groups[0] if groups else None)


# Nouns of a body of people counted after 'of': "The trawler had a crew of 22"
COLLECTIVE_OF = frozenset({"crew", "staff", "team", "workforce", "contingent", "delegation", "complement"})

# Words of a group still held, which those freed or rescued have left: "Rebels hold 40 hostages"
STILL_HELD = frozenset({"hold", "holds", "holding", "remain", "remains", "still", "captive", "captivity"})


def _collective_of(ctx: _Context, f: Figure) -> str | None:
    """'a crew of 22': the body of people a figure with no noun after it counts."""
    k = ctx.ann.token_at(f.num.hedge_start)
    toks = ctx.ann.tokens
    if f.counted is None and k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in COLLECTIVE_OF:
        return toks[k - 2].low
    return None


def _fates_of_all(ctx: _Context, w: Figure, parts: list[int]) -> bool:
    """'The trawler had a crew of 22. Seventeen were rescued, three were found dead and two are
    missing': each part another of the exclusive fates of a whole told with no deed, which no word
    says is still held ('Rebels hold 40 hostages. Twelve were rescued ...': those left are others)."""
    held = any(t.low in STILL_HELD for t in ctx.ann.tokens[w.sentence.first:w.sentence.last + 1])
    return w.action is None and not held and len(parts) > 1 and _exclusive_fates(ctx, parts)


def _next_part(ctx: _Context, s: Sentence, w: Figure, i: int, numbered: bool, any_deed: bool) -> bool:
    """A figure of the next sentence is a part of the whole `w`: the subject of its clause (or its
    object after an ordinal subject, 'The first carried 180'), a count the whole's noun holds, of the
    same deed (or one of the whole's fates; `any_deed` when the parts' own deeds are the groups' or
    the fates of all), told for no time or group of its own. Not 'Kordia freed 95' (an object: the
    subject names whose part), 'aged 12', 'over 60'."""
    f = ctx.figures[i]
    if not _countable(f) or f.kind is not Kind.COUNT or f.increment or f.partitive or f.totalled or f.per_side \
            or f.date_in_clause or _own_time(ctx, f, s) or _further_group(f) or f.num.hedge is not None:
        return False
    if f.counted is not None and not f.counted.inherited and not _holds_noun(w, f):
        return False  # "Five skiers were missing. Six skiers were caught ...": the whole's own noun is no part
    if w.counted is not None and f.action in NOUN_RULES_OUT.get(w.counted.head, ()):
        return False  # "171 survivors. Eighteen bodies have been found": the dead are no survivors
    if not any_deed and f.action is not None and (w.action is None or not _same_action(w.action, f.action)
                                                  and not (f.action in EXCLUSIVE_FATES
                                                           and w.action not in EXCLUSIVE_FATES)):
        return False  # "The storm killed 12 people. Three were injured", "Rebels hold 40. Fifty were freed": others
    return (numbered and _ordinal_before(ctx, f) is not None) or _clause_subject(ctx, s, f)


# Words after which a count opens its own clause as its subject: "Nine are men and five are women"
SUBJECT_LEADS = frozenset({",", ";", "and", "while", "whereas", "but"})


def _clause_subject(ctx: _Context, s: Sentence, f: Figure) -> bool:
    """The figure opens the sentence or a clause of it ('and twelve in hospital'), or is the rest
    that closes it ('the other five')."""
    k = ctx.ann.token_at(f.num.hedge_start)
    marked = _complement_words(ctx, f)
    if marked is not None:
        k = marked[1]
    return k == s.first or ctx.ann.tokens[k - 1].low in SUBJECT_LEADS


def _holds_noun(w: Figure, f: Figure) -> bool:
    """The part's own noun names some of what the whole counts: a sub-group of people ('Ten were
    nationals of Sorra' of the hostages), or men and women of a noun the vocabulary does not know
    ('14 candidates. Nine are men')."""
    assert f.counted is not None
    if w.counted is not None and w.counted.head == f.counted.head:
        return False
    if w.counted is not None and w.counted.head not in KNOWN_HEADS and f.counted.head in OVERLAP_DIMENSIONS:
        return True
    return _fits(w, f) and ((w.category in HUMAN and f.category in HUMAN) or _same_thing(f, w))


def _ordinal_before(ctx: _Context, f: Figure) -> int | None:
    """'The first carried 180', 'the second 130': the ordinal that names the figure's group."""
    k = ctx.ann.token_at(f.num.hedge_start)
    for t in ctx.ann.tokens[max(f.sentence.first, k - ORDINAL_REACH):k]:
        if t.low in ORDINALS:
            return ORDINALS[t.low]
    return None


# What a part's own noun says befell it, over the deed it was told with: "three were found dead"
FATE_OF_CATEGORY = {Category.BODY: Action.KILLED, Category.MISSING: Action.MISSING}


def _exclusive_fates(ctx: _Context, parts: list[int]) -> bool:
    """Each part told with another of the exclusive fates (rescued, dead, missing): no one is in two."""
    fates = [FATE_OF_CATEGORY.get(ctx.figures[i].category, ctx.figures[i].action) for i in parts]
    return all(a in EXCLUSIVE_FATES for a in fates) and len(set(fates)) == len(fates)

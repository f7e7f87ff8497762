"""Whether a list is all of its whole though no cue word says so: a last item that is the rest
('2.2 billion for everything else', 'nine remain in hospital'), two states that leave nothing out
('45 were destroyed and 275 are still standing'), or nouns that together name everyone ('men and
women and children'). Without such words a list is only a part of its whole.
"""

from __future__ import annotations

from checker.claims import Category
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure, head_at
from checker.extract.relations.common import BE_VERBS, HUMAN, REMAIN_VERBS, SEPARATORS
from checker.extract.relations.context import _Context
from checker.extract.relations.list_items import _unread_items
from checker.numbers import Token

# --- lists that say they are all of the whole without a cue word ---------------------------------

# Words after the last item that make it the rest of the whole: "2.2 billion for everything else"
REST_PHRASES = (("everything", "else"), ("all", "else"), ("anything", "else"), ("all", "other"), ("the", "rest"))

# After 'remain' (or 'are still'), what keeps the last part where the whole was: "nine remain in hospital"
REMAIN_PLACES = frozenset({"hospital", "hospitals", "custody", "captivity", "detention", "shelters", "prison"})

REMAIN_STATES = frozenset({"missing", "hospitalised", "hospitalized", "trapped", "detained", "held", "unaccounted",
                           "underground", "jailed", "imprisoned"})

# Two groups that between them hold everyone: each person is a soldier or a civilian
PARTITION_CATEGORIES = frozenset({Category.MILITARY, Category.CIVILIAN})

# Nouns that together name everyone ('160 were men and 70 women and children'); men and women alone may
# leave out the children, so they are no such set
EVERYONE_SETS = (frozenset({"man", "woman", "child"}), frozenset({"adult", "child"}), frozenset({"adult", "minor"}))


def _said_all(ctx: _Context, s: Sentence, whole: int, parts: list[int], partitive: bool) -> str | None:
    """The words that make a list of two or more parts all of its whole, though no cue word says so, or
    None: the last item is the rest ('and 2.2 billion for everything else'); or, after a partitive ('Of
    those,', 'of whom'), the parts are soldiers and civilians ('180 were soldiers and 25 civilians'), or
    the last is what remains where the whole was ('49 have been discharged and nine remain in hospital')."""
    if len(parts) < 2 or _unread_items(ctx, whole, parts):
        return None
    last = ctx.figures[parts[-1]]
    rest = _rest_phrase(ctx, s, last)
    if rest is not None:
        return rest
    if not partitive:
        return None
    cats = [ctx.figures[i].category for i in parts]
    if len(parts) == 2 and set(cats) == PARTITION_CATEGORIES and ctx.figures[whole].category in HUMAN:
        return "soldiers and civilians"
    if _names_everyone(ctx, s, parts) and ctx.figures[whole].category in HUMAN:
        return "men, women and children"
    return _complementary_states(ctx, s, parts) or _remains_where(ctx, s, last)


# States of which each thing is in one or the other: "45 were destroyed and 275 are still standing",
# "310 were rejected and 12,090 counted"
COMPLEMENTARY_STATES = (frozenset({"destroyed", "standing"}), frozenset({"rejected", "counted"}),
                        frozenset({"invalid", "valid"}), frozenset({"dead", "alive"}),
                        frozenset({"passed", "failed"}))


def _complementary_states(ctx: _Context, s: Sentence, parts: list[int]) -> str | None:
    """Two parts, each told with one of two states that leave nothing out ('45 were destroyed and 275
    were damaged but still standing'): the words, or None."""
    if len(parts) != 2:
        return None
    said = [{t.low for t in _tail(ctx, s, ctx.figures[i])} for i in parts]
    for pair in COMPLEMENTARY_STATES:
        a, b = sorted(pair)
        if (a in said[0] and b in said[1] and b not in said[0] and a not in said[1]) \
                or (b in said[0] and a in said[1] and a not in said[0] and b not in said[1]):
            return f"{a} or {b}"
    return None


def _names_everyone(ctx: _Context, s: Sentence, parts: list[int]) -> bool:
    """Each part names its own group by a noun of one of the EVERYONE_SETS, and together they name all of
    it ('160 of whom were men and 70 women and children')."""
    named: list[set[str]] = []
    for i in parts:
        f = ctx.figures[i]
        if f.counted is None or f.counted.inherited:
            return False
        heads = {f.counted.head}
        tail = _tail(ctx, s, f)
        k = max(f.noun_end, f.num.last + 1)
        if not tail and k + 1 <= s.last and ctx.ann.tokens[k].low == "and":
            more = head_at(ctx.ann.tokens, k + 1)  # "70 women and children": one part, two nouns
            if more is not None and not ctx.ann.numbers_between(k + 1, more[1]):
                heads.add(more[0])
        named.append(heads)
    every = set().union(*named)
    return any(every == group for group in EVERYONE_SETS) and sum(len(h) for h in named) == len(every)


def _tail(ctx: _Context, s: Sentence, f: Figure) -> list[Token]:
    """The words of an item after its figure and noun, up to the next separator or the sentence end."""
    out: list[Token] = []
    for t in ctx.ann.tokens[max(f.noun_end, f.num.last + 1):s.last + 1]:
        if t.low in SEPARATORS or t.text in ".;)":
            break
        out.append(t)
    return out


def _rest_phrase(ctx: _Context, s: Sentence, f: Figure) -> str | None:
    lows = [t.low for t in _tail(ctx, s, f)]
    for n in range(len(lows)):
        found = next((w for w in REST_PHRASES if tuple(lows[n:n + len(w)]) == w), None)
        if found is not None:
            return " ".join(found)
    return None


def _remains_where(ctx: _Context, s: Sentence, f: Figure) -> str | None:
    """'nine remain in hospital', 'two are still missing': the last part stays where the whole was."""
    lows = [t.low for t in _tail(ctx, s, f)]
    if lows[:1] and lows[0] in BE_VERBS - REMAIN_VERBS:
        lows = lows[1:]  # "are still missing"
    if not lows or lows[0] not in REMAIN_VERBS:
        return None
    state = lows[1:]
    if not state or state[0] in REMAIN_STATES or (state[0] == "in" and state[1:2] and state[1] in REMAIN_PLACES):
        return " ".join(lows[:3])
    return None

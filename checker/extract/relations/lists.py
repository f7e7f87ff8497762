"""Lists that break a figure down: after an opener ('35 detainees - 20 soldiers, 8 civilians and two
medics -', 'including 16 minors'), apposed after a comma when the items cover a partition ('84
athletes, 46 men and 38 women'), and amounts of money listed without their currency after a sum
('2.5 million dollars in grants: 1 million to charities and 1.5 million to schools').
"""

from __future__ import annotations

import dataclasses

from checker.claims import Basis, Category, Kind
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import (
    HUMAN,
    KNOWN_HEADS,
    SEPARATORS,
    _breakdown,
    _countable,
    _earlier,
    _fits,
    _inherit,
    _lead_before,
    _own_time,
    _same_action,
)
from checker.extract.relations.complements import _complement_next
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.exhaustive import EVERYONE_SETS, PARTITION_CATEGORIES, _rest_phrase, _said_all
from checker.extract.relations.list_items import (
    ONE_PART_OPENERS,
    _counts_groups,
    _finite_clause,
    _list_items,
    _money_item,
    _names_groups,
    _Opener,
    _openers,
    _remaining_item,
)
from checker.extract.relations.list_wholes import (
    CLAUSE_OPENERS,
    MAX_GAP,
    MAX_PREDICATE_GAP,
    _beside_groups,
    _whole_for,
    _whole_of_groups,
)
from checker.numbers import NumberFormat


def breakdown_lists(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'35 detainees - 20 soldiers, 8 civilians and two medics -', '(15 Israelis, two ... and three Thais)',
    ': four on Sunday and four more on Monday', 'comprising 38 men and 22 women', 'including 16 minors'."""
    out: list[RelationDraft] = []
    for op in _openers(ctx.ann, s):
        found = _whole_and_items(ctx, s, op)
        if found is None:
            continue
        whole, basis, parts, typed = found
        rest_item = _remaining_item(ctx, s, parts)
        if rest_item is not None:
            parts = parts + [rest_item]  # "300 will move, 200 will retire and the remaining 400 ..."
        other = next((n for n, i in enumerate(parts) if _finite_clause(ctx, i)
                      and not _same_action(ctx.figures[i].action, ctx.figures[whole].action)), None)
        if other is not None:  # "31 died, among them nine children, and three remain missing"
            parts = [] if op.exhaustive else parts[:other]
        if op.exhaustive and len(parts) == 1 and op.text.lower() in ONE_PART_OPENERS:
            op = dataclasses.replace(op, exhaustive=False)  # "5,210 were injured, of whom 390 remain in hospital"
        if not parts or (op.exhaustive and len(parts) < 2) or whole in parts \
                or _counts_groups(ctx.figures[whole], len(parts)):
            continue
        _inherit(ctx, whole, parts)
        if any(not _fits(ctx.figures[whole], ctx.figures[i]) for i in parts) and not _kinds_of(ctx, whole, parts, op):
            continue
        w = ctx.figures[whole]  # "Eleven of them were foreign: six ... The remaining 73": the rest of them
        of_more = w.num.last + 1 < len(ctx.ann.tokens) and ctx.ann.tokens[w.num.last + 1].low == "of"
        rest = _complement_next(ctx, s, parts[-1], whole) if op.exhaustive and not of_more else None
        if rest is not None:  # "42 patients: 30 were released and 9 were moved. The remaining 3 ..."
            _inherit(ctx, whole, [rest[0]])
            parts = parts + [rest[0]]
        said = None if op.exhaustive else _said_all(ctx, s, whole, parts, partitive=False)  # "... for everything else"
        out.append(_breakdown(ctx, whole, parts, op.exhaustive and typed or said is not None,
                              [op.text] + ([rest[1]] if rest else []) + ([said] if said else []), s, basis))
    return out


def _whole_and_items(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int, Basis, list[int], bool] | None:
    """The whole a list opener follows, the list's items and whether all are typed (`_list_items`)."""
    whole, basis = _whole_for(ctx, s, op)
    beside = _beside_groups(ctx, s, op) if op.colon else None
    if whole is None and beside is None:
        return None
    parts, typed = _list_items(ctx, s, op)
    if beside is not None and (whole is None or _counts_groups(ctx.figures[whole], len(parts))):
        whole = _whole_of_groups(ctx, beside, parts)  # "killed 63 people in three provinces: 31 in ..."
    return None if whole is None else (whole, basis, parts, typed)


def _kinds_of(ctx: _Context, whole: int, parts: list[int], op: _Opener) -> bool:
    """'nine aircraft - five planes and four helicopters -': a bracketed list of two or more things, each
    with its own noun, right after the whole's noun, names its kinds (parts of a thing need not share
    its noun). Never for people, whose sub-groups the category table decides."""
    w = ctx.figures[whole]
    items = [ctx.figures[i] for i in parts]
    return op.punct and not op.colon and len(items) > 1 and w.category is Category.OTHER \
        and max(w.noun_end, w.num.last + 1) == op.token \
        and all(f.counted is not None and not f.counted.inherited and f.category is Category.OTHER for f in items)


# --- an apposed list after a comma: "84 athletes to the Games, 46 men and 38 women" ------------------

ONE_OF = ("one", "of")  # "in two operations, one of 330 and one of 190 people": one item per group


def apposed_lists(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """A list set off by a comma after the last figure of a clause, with no verb of its own, to the end
    of the sentence. It breaks the figure down only when its items cover a partition: men and women,
    adults and children, soldiers and civilians (at most the whole: a list of men and women may leave
    out the children); or one item per group the clause counts ('520 migrants in two operations, one of
    330 and one of 190': all of it). Not '84 athletes, 46 from the north': one item, which may be a part."""
    toks = ctx.ann.tokens
    figs = [i for i in ctx.in_sentence(s) if ctx.figures[i].kind is not Kind.ORDINAL]
    for comma in (t.i for t in toks[s.first:s.last + 1] if t.text == ","):
        before = [i for i in figs if ctx.figures[i].first < comma]
        items = [i for i in figs if ctx.figures[i].first > comma]
        if not before or len(items) < 2 or any(j in ctx.related for j in items) \
                or _clause_comma(ctx, s, ctx.figures[before[-1]]) != comma or not _apposed_run(ctx, s, comma, items):
            continue
        near = ctx.figures[before[-1]]
        groups = before[-1] if _names_groups(near) and _counts_groups(near, len(items)) else None
        whole = before[-2] if groups is not None and len(before) > 1 else before[-1]
        w = ctx.figures[whole]
        if groups is not None and not all(_lead_before(toks, ctx.figures[j].first, (ONE_OF,)) for j in items):
            return []
        if whole == groups or not _countable(w) or w.counted is None \
                or (groups is None and not _covers_partition(ctx, w, items)):
            return []
        _inherit(ctx, whole, items)
        return [_breakdown(ctx, whole, items, groups is not None, ["one of" if groups is not None else ","], s)]
    return []


def _clause_comma(ctx: _Context, s: Sentence, f: Figure) -> int | None:
    """The comma that ends the figure's phrase, after at most a short phrase of its own ('84 athletes to
    the Games,') with no number or clause opener in it."""
    start = max(f.noun_end, f.num.last + 1)
    for k in range(start, min(s.last, start + MAX_PREDICATE_GAP) + 1):
        t = ctx.ann.tokens[k]
        if t.text == ",":
            return k
        if t.kind == "num" or t.low in CLAUSE_OPENERS or ctx.ann.numbers_between(k, k):
            return None
    return None


def _apposed_run(ctx: _Context, s: Sentence, comma: int, items: list[int]) -> bool:
    """The figures after the comma are one list to the sentence's end: items joined by commas or 'and',
    no verb, time or other figure among them."""
    toks = ctx.ann.tokens
    k = comma + 1
    for j in items:
        f = ctx.figures[j]
        between = toks[k:ctx.ann.token_at(f.num.hedge_start)]
        if not _countable(f) or f.kind is not Kind.COUNT or f.partitive or f.increment or _own_time(ctx, f, s) \
                or any(t.kind == "num" or t.low not in SEPARATORS | set(ONE_OF) for t in between):
            return False
        k = max(f.noun_end, f.num.last + 1)
    tail = toks[k:s.last + 1]
    return all(t.text in ".," or t.kind == "nl" for t in tail) and not any(
        ctx.ann.marks_between(ctx.ann.actions, comma + 1, s.last))


# Nouns of groups that between them cover everyone they sort ('46 men and 38 women'; a list of
# nationalities never does, nor of places)
COVERING_SETS = EVERYONE_SETS + (frozenset({"man", "woman"}), frozenset({"boy", "girl"}))


def _covers_partition(ctx: _Context, w: Figure, items: list[int]) -> bool:
    """Two or more items of a whole of people, each with a noun of its own, that name the groups of one
    of the COVERING_SETS (men and women; adults and children) or soldiers and civilians."""
    figs = [ctx.figures[j] for j in items]
    if any(f.counted is None or f.counted.inherited for f in figs) or len(figs) < 2:
        return False
    heads = [f.counted.head for f in figs if f.counted is not None]
    people = w.category in HUMAN or w.counted is not None and w.counted.head not in KNOWN_HEADS
    cats = [f.category for f in figs]
    covering = frozenset(heads) in COVERING_SETS or (len(cats) == 2 and set(cats) == PARTITION_CATEGORIES)
    return people and covering and len(set(heads)) == len(heads)


# --- a sum of money and its shares: "120 million dollars ..., of which 45 million goes to ... and the
# remaining 75 million to ..." --------------------------------------------------------------------------

SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})


def money_lists(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The fund awarded 2.5 million dollars in grants this year: 1 million to charities and 1.5 million
    to schools', '120 million dollars on schools, of which 45 million goes to new buildings and the
    remaining 75 million to teachers' pay': a sum of money, then amounts written without the currency
    (the list's unit); all of it after a colon or dash, or when the rest closes the list."""
    out: list[RelationDraft] = []
    for op in _openers(ctx.ann, s):
        whole = _money_before(ctx, s, op)
        if whole is None:
            continue
        items, _typed = _list_items(ctx, s, op, money=True)
        rest = _remaining_item(ctx, s, items)
        parts = items + ([rest] if rest is not None else [])
        if not parts or any(i in ctx.related for i in parts) \
                or not all(_bare_amount(ctx, ctx.figures[whole], ctx.figures[i], op.punct) for i in parts):
            continue
        w = ctx.figures[whole]
        for i in parts:
            p = ctx.figures[i]
            p.kind, p.unit, p.counted = w.kind, w.unit, None  # "45 million goes to ...": dollars, as the whole
            p.modality = w.modality  # "will offer up to $700 million: $425 million to ...": the plan's shares
        said = _rest_phrase(ctx, s, ctx.figures[parts[-1]]) if len(parts) > 1 else None
        exhaustive = len(parts) > 1 and (rest is not None or said is not None
                                         or op.exhaustive and op.text.lower() not in ONE_PART_OPENERS)
        cues = [op.text] + (["the remaining"] if rest is not None else []) + ([said] if said else [])
        out.append(_breakdown(ctx, whole, parts, exhaustive, cues, s))
    return out


def _money_before(ctx: _Context, s: Sentence, op: _Opener) -> int | None:
    """The sum of money whose phrase ends right before the opener, after at most a short phrase of its
    own ('2.5 million dollars in grants this year:'), with no number or clause opener in it."""
    before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < op.token]
    if not before:
        return None
    f = ctx.figures[before[-1]]
    if f.kind is not Kind.MEASURE or f.num.format is not NumberFormat.MONEY or f.value is None:
        return None
    if _earlier(ctx, f) or not _money_item(ctx, f):
        return None  # "grew to $12 billion from $10 billion: ...": the list explains the change, not the 10
    gap = ctx.ann.tokens[max(f.noun_end, f.num.last + 1):op.token - len(op.text.split()) + 1]
    if gap and gap[-1].text == "," and not op.punct:
        gap = gap[:-1]  # ", of which"
    ok = len(gap) <= MAX_GAP and not any(t.kind == "num" or t.low in CLAUSE_OPENERS for t in gap)
    return before[-1] if ok else None


def _bare_amount(ctx: _Context, w: Figure, f: Figure, punct: bool = False) -> bool:
    """An amount of the whole's money: in its currency, or a bare number with a scale word ('45 million')
    and no noun of its own the vocabulary knows; after a colon or dash (`punct`) the list only spells
    out the whole, so its items share the whole's modality whatever verb they lack."""
    if f.value is None or f.modality is not w.modality and not punct:
        return False
    if f.num.format is NumberFormat.MONEY:
        return f.unit == w.unit
    words = {t.low for t in ctx.ann.tokens[f.num.first:f.num.last + 1]}
    return f.num.format is NumberFormat.PLAIN and bool(words & SCALE_WORDS) \
        and (f.counted is None or f.counted.head not in KNOWN_HEADS)

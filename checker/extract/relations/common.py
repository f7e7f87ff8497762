"""Helpers and word tables that rules of several forms share: whether a figure is a count
(`_countable`), whether a part's noun fits its whole's (`_fits`, `_fits_noun`, `_same_thing`), a
breakdown draft and whether its parts may overlap (`_breakdown`), list items taking their list's noun
(`_inherit`), the words right before a token (`_lead_before`), and the verbs and nouns ('were',
'remain', the tally nouns) more than one form reads. Nothing here reads a whole form of text.
"""

from __future__ import annotations

from typing import Literal

from checker.claims import Action, Basis, Category, Kind, RelationKind, Role
from checker.dates import MONTHS, WEEKDAYS, DateMention
from checker.extract.annotate import Annotations, Sentence
from checker.extract.figures import Figure, head_at
from checker.extract.relations.context import RelationDraft, _Context
from checker.numbers import Token
from checker.vocab import (
    ACTION_CATEGORY,
    CURRENCY_SIGNS,
    NOUN_DEEDS,
    NOUN_RULES_OUT,
    NOUNS,
    OVERLAP_DIMENSIONS,
    SAME_ACTIONS,
    SIDES,
    compatible_heads,
)

SEPARATORS = frozenset({",", ";", "and", "plus"})


def _countable(f: Figure) -> bool:
    return f.kind in (Kind.COUNT, Kind.TARGET) and f.value is not None


def _skip_separators(toks: list[Token], k: int, last: int) -> int:
    while k <= last and (toks[k].low in SEPARATORS or toks[k].low in ("as", "well")):
        k += 1
    return k


def _noun_after(ann: Annotations, k: int, end: int) -> tuple[str, int] | None:
    """The noun a phrase names; a nationality before a noun is its modifier ('Palestinian prisoners')."""
    for j in range(k, min(end + 1, k + 3)):
        head = head_at(ann.tokens, j)
        if head is not None and head[0] in SIDES and head[1] <= end:
            return head_at(ann.tokens, head[1]) or head
        if head is not None:
            return head
        if ann.tokens[j].kind != "word":
            return None
    return None


# "and 240 in June", "and 90 last year": a coordinated figure told for a time of its own is another batch.
TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset({
    "yesterday", "today", "tonight", "day", "days", "week", "weeks", "month", "months", "year", "years", "night",
    "morning", "afternoon", "evening", "earlier", "later", "previously", "since", "until"})


def _own_time(ctx: _Context, f: Figure, s: Sentence) -> bool:
    """The words after figure f, up to the next 'and', comma or sentence end, name a time."""
    for t in ctx.ann.tokens[f.num.last + 1:s.last + 1]:
        if t.low in SEPARATORS or t.text in ".;":
            return False
        if t.low in TIME_WORDS or (t.kind == "num" and len(t.low) == 4 and t.low.startswith(("19", "20"))):
            return True  # "in June", "last year", "in 2024"
    return False


HUMAN = frozenset({Category.PEOPLE, Category.MILITARY, Category.CIVILIAN, Category.HOSTAGE, Category.PRISONER,
                   Category.BODY, Category.INJURED, Category.MISSING})


def _fits(whole: Figure, part: Figure) -> bool:
    """A listed part counts people when the whole does (a soldier, a medic), or the whole's own noun."""
    if whole.counted is None or part.counted is None or part.counted.inherited:
        return True
    if compatible_heads(part.counted.head, whole.counted.head):
        return True
    if whole.counted.head not in KNOWN_HEADS and part.counted.head not in KNOWN_HEADS:
        return True  # "12 gunmen, including three snipers": nouns the vocabulary does not know
    return whole.category in HUMAN and (part.category in HUMAN or part.category is Category.OTHER)


def _inherit(ctx: _Context, whole: int, parts: list[int]) -> None:
    """List items without their own noun count what the list counts ('four on Sunday and four more')."""
    w = ctx.figures[whole]
    for i in parts:
        p = ctx.figures[i]
        if p.modality is not w.modality and p.first > w.first:
            p.modality = w.modality  # "The cabinet will have 16 ministers: nine from ..."
        if p.counted is None and w.counted is not None:
            p.counted = w.counted.model_copy(update={"inherited": True})
            p.action = p.action or w.action
            own = ACTION_CATEGORY.get(p.action) if p.action is not None and p.action is not w.action else None
            p.category = own or w.category  # "killed four people and hurt 11 others": the hurt
            p.side = p.side or w.side


def _breakdown(ctx: _Context, whole: int, parts: list[int], exhaustive: bool, cues: list[str],
               s: Sentence, basis: Basis = Basis.STATED) -> RelationDraft:
    members = [(whole, Role.WHOLE)] + [(i, Role.PART) for i in parts]
    start = min(ctx.figures[whole].quote[0], s.start)
    end = max([s.end] + [ctx.figures[i].sentence.end for i in parts])  # a rest told in the next sentence
    return RelationDraft(RelationKind.BREAKDOWN, members, cues, start, end, exhaustive=exhaustive,
                         overlap=_may_overlap(ctx, [ctx.figures[i] for i in parts]), basis=basis)


def _may_overlap(ctx: _Context, parts: list[Figure]) -> bool:
    """'women and minors' may count a girl twice, and so may 'Ukrainians and soldiers'; 'soldiers and
    civilians' never do. Parts told in clauses of their own ('Of the 80, 50 were men and 40 were
    over 60') sort the same people by what each clause says: unless every clause names a noun of one
    dimension, they may overlap."""
    dims = [_dimension(p) for p in parts]
    known = {d for d in dims if d is not None}
    if len(known) > 1:
        return True
    return len(parts) > 1 and None in dims and all(_predicated(ctx, p) for p in parts)


def _dimension(p: Figure) -> str | None:
    """The one way of sorting people a part's noun belongs to: gender, age, nationality or role."""
    if p.counted is None or p.counted.inherited:
        return None
    head = p.counted.head
    if head in OVERLAP_DIMENSIONS:
        return OVERLAP_DIMENSIONS[head]
    if head in SIDES or head in NATIONALITY_NOUNS:
        return "nationality"
    return "role" if p.category in (Category.MILITARY, Category.CIVILIAN) else None


NATIONALITY_NOUNS = frozenset({"foreigner", "national", "citizen", "expatriate"})


def _predicated(ctx: _Context, p: Figure) -> bool:
    """'50 were men': the figure is the subject of its own clause, which says what it counts."""
    k = p.num.last + 1
    return k < len(ctx.ann.tokens) and ctx.ann.tokens[k].low in BE_VERBS


def _same_day(a: DateMention, b: DateMention) -> bool:
    """'Monday, Aug. 4' and 'Monday's': the same weekday, and the same day of month where both give one."""
    if a.relative_days is not None or b.relative_days is not None:
        return a.text.lower() == b.text.lower()
    same_weekday = a.weekday is None or b.weekday is None or a.weekday == b.weekday
    same_day = a.day is None or b.day is None or (a.day, a.month) == (b.day, b.month)
    return same_weekday and same_day and (a.weekday is not None or a.day is not None)


def _lead_before(toks: list[Token], k: int, leads: tuple[tuple[str, ...], ...],
                 start: int = 0) -> tuple[str, ...] | None:
    """The first of `leads` (word tuples, in table order) that the tokens right before token k spell,
    from token `start` on."""
    return next((w for w in leads if k - len(w) >= start and tuple(t.low for t in toks[k - len(w):k]) == w), None)


def _fits_noun(part: Figure | None, whole: Figure) -> bool:
    """The whole counts something the part's noun may be taken from ('Of the survivors' not from the drowned)."""
    if part is None or part.counted is None:
        return True
    if whole.action in NOUN_RULES_OUT.get(part.counted.head, ()):
        return False
    deed = NOUN_DEEDS.get(part.counted.head)
    if deed is not None:  # "Nine people died. Three of the dead ...": the dead are the people who died,
        return whole.action is deed  # never the bodies found that day ('Thirty-one bodies were found')
    return whole.counted is None or compatible_heads(part.counted.head, whole.counted.head)


def _earlier(ctx: _Context, f: Figure) -> bool:
    """'from 78 a day earlier', 'from $10 billion': the earlier figure of a change is not what a later
    part refers to."""
    k = ctx.ann.token_at(f.num.hedge_start)
    if k > 0 and ctx.ann.tokens[k - 1].low in CURRENCY_SIGNS:
        k -= 1
    return k > 0 and ctx.ann.tokens[k - 1].low == "from"


BE_VERBS = frozenset({"were", "was", "are", "is", "be", "been", "being", "remain", "remained"})


def _same_action(a: Action | None, b: Action | None) -> bool:
    return a is None or b is None or a is b or b in SAME_ACTIONS.get(a, ())


DETERMINERS_OF = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def _partitive_whole(ctx: _Context, f: Figure) -> bool:
    """'of its 120 residents', 'of the 40': the whole a part is taken from."""
    k, toks = ctx.ann.token_at(f.num.hedge_start), ctx.ann.tokens
    return k >= 1 and toks[k - 1].low == "of" \
        or k >= 2 and toks[k - 2].low == "of" and toks[k - 1].low in DETERMINERS_OF


KNOWN_HEADS = frozenset({lemma for lemma, _category in NOUNS.values()} | {"people"})


def _same_thing(part: Figure, total: Figure) -> bool:
    """A part and its total do not count unrelated things: a noun the vocabulary does not know
    ('dinghies') against one it knows ('migrants dead'), or two unknown nouns that differ."""
    if part.counted is None or total.counted is None:
        return True
    a, b = part.counted.head, total.counted.head
    return compatible_heads(a, b) or (a in KNOWN_HEADS and b in KNOWN_HEADS)


def _verb_before(ctx: _Context, i: int) -> str:
    k = ctx.ann.token_at(ctx.figures[i].num.hedge_start) - 1
    return ctx.ann.tokens[k].low if k >= 0 and ctx.ann.tokens[k].kind == "word" else ""


COMPARE_WORDS: dict[str, Literal["up", "down"]] = {"more": "up", "higher": "up", "fewer": "down", "less": "down",
                                                   "lower": "down"}


def _difference(ctx: _Context, f: Figure) -> bool:
    """'412 deaths, 15 fewer than in 2024': the figure is a comparison's difference ('D more/fewer
    than'), which counts no group of its own: no later reference means it, and `comparisons` reads it."""
    toks = ctx.ann.tokens
    k = f.num.last + 1
    return k + 1 < len(toks) and toks[k].low in COMPARE_WORDS and toks[k + 1].low == "than"

SHARE_UNITS = frozenset({"%", "percent", "per cent", "points", "percentage points"})  # "up 48% from 21,230"

TALLY_NOUNS = frozenset({"toll", "tally", "total", "number", "count"})

STOCK_ACTIONS = frozenset({Action.HELD, Action.MISSING})

DONE_ACTIONS = frozenset({Action.RESCUED, Action.RELEASED, Action.EVACUATED, Action.EXCHANGED})

REMAIN_WORDS = frozenset({"remain", "remains", "remained", "remaining", "still"})

REMAIN_VERBS = REMAIN_WORDS - {"remaining"}  # "and five remain": the figure's own verb


def _own_noun_of(f: Figure) -> str | None:
    """The head noun the figure names itself, not one it inherited from a list or a change."""
    return f.counted.head if f.counted is not None and not f.counted.inherited else None


PERCENT_TOKENS = frozenset({"%", "percent", "per", "cent"})  # the unit words after a percentage's figure


def _alone_before(ctx: _Context, s: Sentence, i: int, comma: int) -> bool:
    """Figure i is the one figure between the comma before it (or the sentence's start) and `comma`: what a
    share, change or multiple after that comma restates ('won 27,000 votes in 41 districts, or 54%' may mean
    either, and is left alone)."""
    toks = ctx.ann.tokens
    start = next((k for k in range(comma - 1, s.first - 1, -1) if toks[k].text == ","), s.first - 1)
    return [j for j in ctx.in_sentence(s) if start < ctx.figures[j].first < comma] == [i]

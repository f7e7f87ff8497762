"""The items of a list after its opener: 'including 16 minors', '- 20 soldiers, 8 civilians and two
medics -', ': four on Sunday and four more on Monday', labelled items ('Russia 12'), 'a teenage boy' as
an item of 1, and sums of money with their currency; also which counts name groups ('three
provinces') rather than what the list counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from checker.claims import Counted, Interval, Kind
from checker.extract.annotate import Annotations, Sentence
from checker.extract.figures import RELATIVE_WORDS, Figure
from checker.extract.relations.antecedent import _plural_like
from checker.extract.relations.common import BE_VERBS, SEPARATORS, _countable, _noun_after, _skip_separators
from checker.extract.relations.complements import NEXT_COMPLEMENT
from checker.extract.relations.context import _Context
from checker.numbers import NumberFormat, NumberMention
from checker.vocab import CURRENCY_SIGNS, NOUNS, Cue

# --- breakdowns: a whole and its listed parts ---------------------------------------------------

# List openers after a whole, and whether the parts they open are all of it.
OPENERS: dict[str, bool] = {"-": True, "—": True, "–": True, "(": True, ":": True}

CUE_OPENERS: dict[Cue, bool] = {Cue.COMPRISING: True, Cue.OF_WHOM: True, Cue.INCLUDING: False}

# "including" words that open a list after a whole; "among the 68" is another pattern (part among whole).
LIST_INCLUDING = frozenset({"including", "includes", "include", "included", "among them", "among whom",
                            "among those", "among the", "such as", "notably"})

CLOSERS: dict[str, str] = {"-": "-", "—": "—", "–": "–", "(": ")"}

ITEM_STARTERS = frozenset({"a", "an", "another"})


@dataclass
class _Opener:
    token: int
    exhaustive: bool
    text: str
    colon: bool = False
    punct: bool = False


# Nouns that may count the groups a list is split into rather than what the list counts
GROUP_NOUNS = frozenset({"region", "province", "country", "district", "county", "state", "city", "town", "village",
                         "area", "group", "batch", "stage", "phase", "round", "day", "site", "camp", "constituency",
                         "tranche", "instalment", "installment", "payment", "wave", "flight", "bus", "convoy",
                         "shipment", "operation"})


def _names_groups(f: Figure) -> bool:
    """'three provinces', 'in two tranches': a count whose own noun names groups."""
    return _countable(f) and f.counted is not None and not f.counted.inherited and f.counted.head in GROUP_NOUNS


def _counts_groups(whole: Figure, items: int) -> bool:
    """'among three regions: 45 million to the north, ...', 'in two groups - 30 on Monday and 18 on
    Tuesday': a count of groups with one item per group counts the groups, not what the items count
    ('40 villages - 25 in the north and 15 in the south' does break down its villages)."""
    v = whole.value
    return whole.counted is not None and whole.counted.head in GROUP_NOUNS and v is not None and v.lo == items == v.hi


def _openers(ann: Annotations, s: Sentence) -> list[_Opener]:
    found: list[_Opener] = []
    for t in ann.tokens[s.first:s.last + 1]:
        if t.text in OPENERS and (t.text != "-" or ann._spaced(t)):
            found.append(_Opener(t.i, OPENERS[t.text], t.text, colon=t.text == ":", punct=True))
    for c in ann.cues_between(s.first, s.last, *CUE_OPENERS):
        if c.cue is Cue.INCLUDING and c.text.lower() not in LIST_INCLUDING:
            continue
        if c.cue is Cue.OF_WHOM and (c.first == 0 or ann.tokens[c.first - 1].text != ","):
            continue  # "1,200 of them" is a part, not a list opener
        found.append(_Opener(c.last, CUE_OPENERS[c.cue], c.text))
    return sorted(found, key=lambda o: o.token)


def _list_items(ctx: _Context, s: Sentence, op: _Opener, money: bool = False) -> tuple[list[int], bool]:
    """The figures of the list after the opener, item by item; and whether every item is typed
    (has its own noun, or is followed only by a date or place: 'four on Sunday'). A list of `money`
    takes sums written with their currency ('$325 million to ...') as items too."""
    ann, toks = ctx.ann, ctx.ann.tokens
    closer = CLOSERS.get(toks[op.token].text) if op.punct else None
    at = {ctx.figures[i].first: i for i in ctx.in_sentence(s)}
    parts: list[int] = []
    typed, labelled = True, False
    k = op.token + 1
    if op.text.lower().startswith("among") and op.token <= s.first + FRONTED_AMONG and k <= s.last:
        be = next((t.i for t in toks[k:s.last + 1] if t.low in BE_VERBS), None)
        k = be + 1 if be is not None else k  # "Among those freed on Sunday were 12 defenders"
    while k <= s.last:
        k = _skip_separators(toks, k, s.last)
        if k > s.last or (closer and toks[k].text == closer):
            break
        if money and k not in at and k + 1 in at and toks[k].low in CURRENCY_SIGNS:
            k += 1  # "$ 325 million": the sign stands before the figure
        i = at.get(k) if k in at else _article_item(ctx, s, k)
        if i is None and op.colon:
            i = _labelled_item(ctx, k, at, labelled)  # "By province: Norden 14, Sudmark 7, others 3"
            labelled = labelled or i is not None
        item = i is not None and (_countable(ctx.figures[i]) or money and _money_item(ctx, ctx.figures[i]))
        if i is None or not item or (parts and (ctx.figures[i].partitive or ctx.figures[i].totalled)):
            break  # "...; 30 of the women were over 60": a part of a part; ", 33 in all": the total
        parts.append(i)
        f = ctx.figures[i]
        k = max(f.noun_end, f.num.last + 1)
        typed = typed and not (f.counted is None and toks[k].kind == "word" and toks[k].low.endswith("ly"))
        k, verb = _item_tail(ann, k, s.last, closer)
        if verb and len(parts) > 1:
            break
    return parts, typed


# Words right after a sum of money that make it no share of a whole: a rate ('$10,000 a year', '$4 per
# gallon') or a difference ('$1 million more than in 2024')
NOT_A_SHARE_AFTER = frozenset({"a", "an", "per", "each", "every", "more", "less", "fewer", "higher", "lower", "than"})


def _money_item(ctx: _Context, f: Figure) -> bool:
    """A sum written with its currency ('$325 million to the regulator') as an item of a list of money."""
    k = max(f.noun_end, f.num.last + 1)
    after = ctx.ann.tokens[k].low if k < len(ctx.ann.tokens) else ""
    return f.num.format is NumberFormat.MONEY and after not in NOT_A_SHARE_AFTER


MAX_LABEL_WORDS = 3

ONE_PART_OPENERS = frozenset({"of whom", "of them", "of which", "of these", "of those"})  # one item: a part

FRONTED_AMONG = 2  # "Among those freed on Sunday were 12": the list follows the verb when 'among' opens the sentence

LABEL_WORDS = frozenset({"others", "other", "rest", "the"})


def _labelled_item(ctx: _Context, k: int, at: dict[int, int], labelled: bool = False) -> int | None:
    """A list item written label first, 'Russia 12' or 'others 6': the figure after a short name. Once the
    list is written so, a plural noun right before its figure labels an item too ('Greens 8 and independents 5')."""
    toks = ctx.ann.tokens
    for j in range(k, min(len(toks), k + MAX_LABEL_WORDS)):
        if j in at and j > k:
            return at[j]
        plural = labelled and j == k and j + 1 in at and _plural_like(toks[j])
        if toks[j].kind != "word" or not (toks[j].text[:1].isupper() or toks[j].low in LABEL_WORDS or plural):
            return None
    return None


def _finite_clause(ctx: _Context, i: int) -> bool:
    """'three remain missing': the item has a finite verb of its own, so it may say something else."""
    toks = ctx.ann.tokens
    k = ctx.figures[i].num.last + 1
    while k < len(toks) and toks[k].low not in SEPARATORS and toks[k].text not in ".;":
        if toks[k].low in RELATIVE_WORDS:
            return False  # "eight leaders who were arrested": a relative clause describes the item
        if toks[k].low in BE_VERBS:
            return True
        k += 1
    return False


def _item_tail(ann: Annotations, k: int, last: int, closer: str | None) -> tuple[int, bool]:
    """Skip the rest of an item ('in Somalia', 'held in Gaza') to the next separator; report a verb."""
    toks = ann.tokens
    verb = False
    while k <= last and toks[k].low not in SEPARATORS and toks[k].text != closer and toks[k].text not in ".":
        verb = verb or any(m.first == k for m in ann.marks_between(ann.actions, k, k))
        k += 1
    return k, verb


def _article_item(ctx: _Context, s: Sentence, k: int) -> int | None:
    """'nine women and a teenage boy': 'a'/'an' + a counted noun is a list item of 1."""
    t = ctx.ann.tokens[k]
    if t.low not in ITEM_STARTERS or t.low == "another":
        return None
    head = _noun_after(ctx.ann, k + 1, s.last)
    if head is None:
        return None
    lemma, head_end = head
    num = NumberMention(t.start, t.end, Decimal(1), t.text, t.i, t.i, is_word=True)
    f = Figure(num, s, ctx.ann.clause_of(t.i), kind=Kind.COUNT, value=Interval.point(1))
    toks = ctx.ann.tokens
    f.counted = Counted(text=ctx.ann.text[toks[k + 1].start:toks[head_end - 1].end], head=lemma)
    f.category = NOUNS[lemma][1] if lemma in NOUNS else f.category
    f.noun_end = head_end
    f.quote = (s.start, s.end)
    ctx.figures.append(f)
    i = len(ctx.figures) - 1
    members = ctx.by_sentence.setdefault(s.index, [])
    members.append(i)
    members.sort(key=lambda j: ctx.figures[j].first)
    return i


def _remaining_item(ctx: _Context, s: Sentence, parts: list[int]) -> int | None:
    """The next figure of the sentence after the list, led by 'the remaining' or 'the other': its last item."""
    if not parts:
        return None
    toks = ctx.ann.tokens
    after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > ctx.figures[parts[-1]].first]
    if not after:
        return None
    k = ctx.ann.token_at(ctx.figures[after[0]].num.hedge_start)
    lead = (toks[k - 2].low, toks[k - 1].low) if k >= 2 else ("", "")
    return after[0] if lead in NEXT_COMPLEMENT and _countable(ctx.figures[after[0]]) else None


def _unread_items(ctx: _Context, whole: int, parts: list[int]) -> bool:
    """A figure of the whole's kind stands among the parts, or after them in their sentence, without
    being one: an item the rules did not read ('No 450,000', 'the Greens 8'), so the parts may not be all."""
    first = min(ctx.figures[i].first for i in parts)
    last = max(ctx.figures[i].sentence.last for i in parts)
    kind = ctx.figures[whole].kind
    return any(first < f.first <= last and i != whole and i not in parts and _countable(f) and f.kind is kind
               and not f.superseded for i, f in enumerate(ctx.figures)
               if ctx.figures[parts[0]].sentence.index <= f.sentence.index)

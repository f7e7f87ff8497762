"""Relations the text states between figures, read by pattern tables (SPEC, "Relations news states").

Each rule reads the annotations and the figures of one sentence (or a sentence and the one before)
and returns `RelationDraft`s: which figures, in which roles, with the cue words that state the
relation. Rules never judge arithmetic; they record what the text ties together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.claims import (
    Action,
    Basis,
    Category,
    Counted,
    Interval,
    Kind,
    Known,
    Modality,
    RelationKind,
    Role,
    Scope,
)
from checker.dates import MONTHS, WEEKDAYS, DateMention
from checker.extract.annotate import Annotations, CueMark, Mark, Sentence
from checker.extract.figures import (
    AUXILIARIES,
    GROUP_AUXILIARIES,
    PERFECT,
    RELATIVE_WORDS,
    Figure,
    brings_up_to,
    group_participle,
    head_at,
)
from checker.extract.tables import Cell, Row, Table, find_tables
from checker.numbers import NumberFormat, NumberMention, Token, hedge_before, hedged
from checker.vocab import (
    ACTION_CATEGORY,
    ACTIONS,
    CURRENCY_SIGNS,
    MULTIPLE_VERBS,
    MULTIPLE_WORDS,
    NOUN_DEEDS,
    NOUN_RULES_OUT,
    NOUNS,
    ORDINALS,
    OVERLAP_DIMENSIONS,
    REVISION_WORDS,
    SAME_ACTIONS,
    SHARE_WORDS,
    SIDES,
    STAGE_UNITS,
    Cue,
    compatible_heads,
    participle_like,
)

ANTECEDENT_SENTENCES = 2  # "Among those returned were ...": the whole is at most this many sentences back
NAMED_ANTECEDENT_SENTENCES = 4  # "Of the Latvian sailors freed, ...": a named noun reaches further


@dataclass
class RelationDraft:
    kind: RelationKind
    members: list[tuple[int, Role]]  # (figure index, role)
    cues: list[str]
    start: int
    end: int
    exhaustive: bool | None = None
    overlap: bool = False
    direction: Literal["up", "down"] | None = None
    basis: Basis = Basis.STATED
    factor: Interval | None = None  # a share or multiple in words: 0.5 for "half of them", 2 for "doubled"


@dataclass
class _Context:
    ann: Annotations
    figures: list[Figure]
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    tables: dict[int, Table] = field(default_factory=dict)  # by the sentence index of the total row
    parts: dict[int, int] = field(default_factory=dict)  # figures already read as parts: part -> its whole
    related: set[int] = field(default_factory=set)  # figures any relation read so far holds
    left: set[int] = field(default_factory=set)  # figures already read as what remains of a whole, or what left it

    def in_sentence(self, s: Sentence) -> list[int]:
        return self.by_sentence.get(s.index, [])


Rule = Callable[[_Context, Sentence], list[RelationDraft]]


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


# --- breakdowns: a whole and its listed parts ---------------------------------------------------

# List openers after a whole, and whether the parts they open are all of it.
OPENERS: dict[str, bool] = {"-": True, "—": True, "–": True, "(": True, ":": True}
CUE_OPENERS: dict[Cue, bool] = {Cue.COMPRISING: True, Cue.OF_WHOM: True, Cue.INCLUDING: False}
# "including" words that open a list after a whole; "among the 68" is another pattern (part among whole).
LIST_INCLUDING = frozenset({"including", "includes", "include", "included", "among them", "among whom",
                            "among those", "among the", "such as", "notably"})
CLOSERS: dict[str, str] = {"-": "-", "—": "—", "–": "–", "(": ")"}
SEPARATORS = frozenset({",", ";", "and", "plus"})
ITEM_STARTERS = frozenset({"a", "an", "another"})
# Tokens that may stand between a whole's noun phrase and "including": "42 prisoners on Tuesday, including".
GAP_WORDS = frozenset({",", "on", "in", "at", "from", "to", "of", "the", "a", "this", "last", "by", "over"})
MAX_GAP = 6
# "31 residents had died in the typhoon, among them nine children": the figure's own predicate may
# stand between it and the list, up to this many tokens, when nothing in it opens another clause.
MAX_PREDICATE_GAP = 8
CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "which", "who", "whom", "that", "when", "after",
                            "before", "as", "because", "since", "or", ";", ":", "-", "(", ")"})


@dataclass
class _Opener:
    token: int
    exhaustive: bool
    text: str
    colon: bool = False
    punct: bool = False


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


# Nouns that may count the groups a list is split into rather than what the list counts
GROUP_NOUNS = frozenset({"region", "province", "country", "district", "county", "state", "city", "town", "village",
                         "area", "group", "batch", "stage", "phase", "round", "day", "site", "camp", "constituency",
                         "tranche", "instalment", "installment", "payment", "wave", "flight", "bus", "convoy",
                         "shipment", "operation"})


def _beside_groups(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int, int] | None:
    """Before a colon, a clause with a count of groups and one other figure ('killed 63 people in three
    provinces:', '650 million euros ... in three tranches:'): the other figure and the group count."""
    clause = ctx.ann.clause_of(op.token - 1)
    inside = [i for i in ctx.in_sentence(s) if clause[0] <= ctx.figures[i].first and ctx.figures[i].num.last < op.token]
    groups = [i for i in inside if _names_groups(ctx.figures[i])]
    if len(inside) != 2 or len(groups) != 1 or groups[0] != inside[1]:
        return None
    other = ctx.figures[inside[0]]
    if not (_countable(other) and other.counted is not None) and other.num.format is not NumberFormat.MONEY:
        return None
    return inside[0], groups[0]


def _names_groups(f: Figure) -> bool:
    """'three provinces', 'in two tranches': a count whose own noun names groups."""
    return _countable(f) and f.counted is not None and not f.counted.inherited and f.counted.head in GROUP_NOUNS


def _whole_of_groups(ctx: _Context, beside: tuple[int, int], parts: list[int]) -> int | None:
    """One item per group ('three provinces: 31 in Ebbe, 20 in Carrow and 12 in Nistra') breaks down the
    other figure; the items count what it counts (people, or euros), not the groups."""
    whole, groups = beside
    w, g = ctx.figures[whole], ctx.figures[groups]
    items = [ctx.figures[i] for i in parts]
    if not _counts_groups(g, len(parts)) or any(  # an item with a noun of its own counts something else
            p.counted is not None and not (p.counted.inherited and g.counted and p.counted.head == g.counted.head)
            for p in items):
        return None
    for p in items:
        p.counted = None  # "20 in Carrow" took the noun of "three provinces" as its own
        if w.kind is Kind.MEASURE and p.kind is Kind.COUNT:
            p.kind, p.unit = w.kind, w.unit  # "300 million this year": euros, as the whole
    return whole


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


def _whole_for(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int | None, Basis]:
    """The figure a list breaks down: its noun phrase ends right before the opener (a dash, a bracket,
    'comprising', or 'including' after a short place or date phrase); before a colon, the one
    countable figure of the clause; 'Among them' at a sentence start, the figure before it."""
    ann = ctx.ann
    figs = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < op.token and _countable(ctx.figures[i])]
    if op.colon:
        clause = ann.clause_of(op.token - 1)
        inside = [i for i in figs if ctx.figures[i].first >= clause[0]]
        # "Seven have now been brought out: four on Saturday and four more on Sunday": no noun, an action
        ok = len(inside) == 1 and (ctx.figures[inside[0]].counted is not None
                                   or ctx.figures[inside[0]].action is not None)
        if not figs and clause[0] == s.first:
            return _named_before(ctx, s, op)  # "Flights came from: ..." after "41 aid flights have landed"
        ok = ok and not _fraction_of(ctx, ctx.figures[inside[0]])  # "Half of the 18 passengers were ...:"
        return (inside[0], Basis.STATED) if ok else (None, Basis.STATED)
    if not figs:
        if op.text.lower().startswith("among") and op.token <= s.first + 2:
            named = next((i for i in ctx.in_sentence(s) if ctx.figures[i].first == op.token + 1), None)
            if named is not None and _countable(ctx.figures[named]):
                return named, Basis.STATED  # "Among the 14 freed on Friday were ..."
            return _among_those(ctx, s, op)
        if _tally_subject(ctx, s, op):  # "This figure included 640 foreign nationals"
            return _antecedent(ctx, s, None, before=s.first, fronted=True)
        return _group_subject(ctx, s, op)
    return _whole_in_sentence(ctx, s, op, figs)


SUBJECT_PRONOUNS = frozenset({"they", "these", "those"})


def _group_subject(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int | None, Basis]:
    """'They include seven fishermen ...', 'The dead included eight employees': the sentence's subject
    is the group the sentence before counted (stated only when that sentence holds one such figure)."""
    if op.text.lower() not in LIST_INCLUDING or op.text.lower().startswith("among"):
        return None, Basis.STATED
    words = _without_aside(ctx, ctx.ann.tokens[s.first:op.token + 1 - len(op.text.split())])
    if len(words) == 1 and words[0].low in SUBJECT_PRONOUNS:
        return _antecedent(ctx, s, None, before=s.first, fronted=True)
    # "The prisoners freed included ...": a group named by its noun and the deed done to it
    verb = words[2].low if len(words) == 3 and participle_like(words[2].low) else None
    named = len(words) == 2 or verb is not None
    head = _noun_after(ctx.ann, s.first + 1, s.first + 1) if named and words[0].low == "the" else None
    if head is None:
        return None, Basis.STATED
    probe = Figure(NumberMention(0, 0, Decimal(0), "", s.first, s.first, is_word=True), s, (s.first, s.last))
    probe.counted = Counted(text=head[0], head=head[0])
    deed = ACTIONS.get(verb) if verb is not None else None  # "The villagers injured": those the text says were
    whole, basis = _antecedent(ctx, s, probe, before=s.first, fronted=True, named=True, action=deed,
                               verb=verb if deed is None else None)
    side = SIDES.get(words[1].low)  # "The Ukrainians (freed) included": a whole said of the same side only
    if whole is not None and side is not None and ((w := ctx.figures[whole].side) is None or w.value != side):
        return None, Basis.STATED
    return whole, basis


def _without_aside(ctx: _Context, words: list[Token]) -> list[Token]:
    """A subject's words without an aside set off by commas that counts nothing ('The children, aged four
    to 16,': the children)."""
    commas = [n for n, t in enumerate(words) if t.text == ","]
    if len(commas) != 2 or commas[1] != len(words) - 1:
        return words
    inside = words[commas[0] + 1:commas[1]]
    counted = any(_countable(f) and inside[0].i <= f.first <= inside[-1].i for f in ctx.figures) if inside else True
    return words if counted else words[:commas[0]]


def _whole_in_sentence(ctx: _Context, s: Sentence, op: _Opener, figs: list[int]) -> tuple[int | None, Basis]:
    """The whole of a list opened after figures of its own sentence ('87, including ...')."""
    ann = ctx.ann
    if len(figs) > 1 and _named_whole_of(ctx, figs[-2]) == figs[-1]:
        figs = figs[:-1]  # "48 of the assembly's 90 seats - 31, 9 and 8": the list breaks down the 48
    whole = _new_of_change(ctx, figs) if not op.punct else figs[-1]
    f = ctx.figures[figs[-1]]
    end = max(f.noun_end, _np_end_of(ctx, figs[-1]), f.num.last + 1)  # 'the death toll reached 87, including'
    gap = [t for t in ann.tokens[end:op.token - (0 if op.punct else len(op.text.split()) - 1)]]
    if op.punct and (not gap or ann.clause_of(end - 1)[1] == op.token - 1):
        if (f.counted is None and f.action is None) or _score_dash(ctx, f, op):
            return None, Basis.STATED  # "Update 3 - 12 dead and 80 injured", "won 6 - 4, 6 - 3"
        return figs[-1], Basis.STATED  # "1,240 people were evacuated on Thursday – 860 from ..."
    if not op.punct and f.counted is not None and (len(gap) <= MAX_GAP and all(
            t.low in GAP_WORDS or t.text[:1].isupper() or t.kind == "num" for t in gap)
            or (gap and gap[-1].text == "," and ann.clause_of(end - 1) == ann.clause_of(op.token))
            or _own_predicate(gap)):
        return whole, Basis.STATED  # "63 ... were still in custody, including seven students ..."
    return None, Basis.STATED


DASHES = frozenset({"-", "–", "—"})


def _score_dash(ctx: _Context, f: Figure, op: _Opener) -> bool:
    """'won 6 - 4, 6 - 3': a dash with a bare number right on each side joins a score or a range; not
    'The toll of 57 - 44 in floods and 11 in landslides -', whose first item goes on in words."""
    toks = ctx.ann.tokens
    k = op.token + 1
    return op.text in DASHES and f.num.last + 1 == op.token and k < len(toks) and toks[k].kind == "num" \
        and (k + 1 >= len(toks) or toks[k + 1].kind != "word")


FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "most", "some",
                            "many", "few", "majority", "minority", "part", "share", "percent", "%"})


def _fraction_of(ctx: _Context, f: Figure) -> bool:
    """'Half of the 18 passengers', 'a third of the 30 workers': the clause counts a share of the figure."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    j = k - 1
    if j >= 0 and toks[j].low in ("the", "its", "their"):
        j -= 1
    return j >= 1 and toks[j].low == "of" and toks[j - 1].low in FRACTION_WORDS


FIGURE_NOUNS = frozenset({"figure", "number", "total", "toll", "tally", "count"})
DEMONSTRATIVES = frozenset({"this", "that", "the"})


def _tally_subject(ctx: _Context, s: Sentence, op: _Opener) -> bool:
    """'This figure includes', 'The toll included': the subject is the figure just given, by name."""
    words = [t.low for t in ctx.ann.tokens[s.first:op.token + 1 - len(op.text.split())]]
    return len(words) == 2 and words[0] in DEMONSTRATIVES and words[1] in FIGURE_NOUNS \
        and op.text.lower() in LIST_INCLUDING


def _own_predicate(gap: list[Token]) -> bool:
    """'had died in the typhoon,' between a figure and 'among them': its own verb phrase, one clause."""
    return 0 < len(gap) <= MAX_PREDICATE_GAP and gap[-1].text == "," and not any(
        t.kind == "num" or t.low in CLAUSE_OPENERS or t.text == "," for t in gap[:-1])


def _new_of_change(ctx: _Context, figs: list[int]) -> int:
    """'rose to 41 from 26, including 12 children': what follows counts within the new figure, not the
    earlier one right after it."""
    last = figs[-1]
    if len(figs) < 2 or not _earlier(ctx, ctx.figures[last]):
        return last
    prev = ctx.figures[figs[-2]]
    before_from = ctx.ann.token_at(ctx.figures[last].num.hedge_start) - 2
    return figs[-2] if before_from in (prev.num.last, prev.noun_end - 1) else last


def _named_before(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int | None, Basis]:
    """A colon list whose clause names its noun but no figure: the figure of the sentence before that
    counts that noun (stated when it is that sentence's only count)."""
    toks = ctx.ann.tokens
    by_dimension = toks[s.first].low == "by" and op.token - s.first <= MAX_LABEL_WORDS  # "By province:"
    head = None if by_dimension else _noun_after(ctx.ann, s.first, op.token - 1)
    if head is None and not by_dimension:
        return None, Basis.STATED
    probe = Figure(NumberMention(0, 0, Decimal(0), "", s.first, s.first, is_word=True), s, (s.first, s.last))
    if head is not None:
        probe.counted = Counted(text=head[0], head=head[0])
    whole, basis = _antecedent(ctx, s, probe, before=s.first, fronted=True, named=head is not None)
    counted = ctx.figures[whole].counted if whole is not None else None
    named = whole is not None and (head is None or (counted is not None and counted.head == head[0]))
    return (whole, basis) if named else (None, Basis.STATED)  # the list must name what the figure counts


def _named_whole_of(ctx: _Context, i: int) -> int | None:
    """For 'N of the M ...', the figure M."""
    f, toks = ctx.figures[i], ctx.ann.tokens
    k = f.num.last + 1
    if k + 1 < len(toks) and toks[k].low == "of":
        for j in ctx.in_sentence(f.sentence):
            if k + 1 <= ctx.figures[j].first <= k + 3 and j != i:
                return j
    return None


def _np_end_of(ctx: _Context, i: int) -> int:
    f = ctx.figures[i]
    named = _named_whole_of(ctx, i)
    if named is not None:
        w = ctx.figures[named]
        return w.noun_end or w.num.last + 1
    return f.noun_end


def _among_those(ctx: _Context, s: Sentence, op: _Opener) -> tuple[int | None, Basis]:
    """'Among those freed on Sunday were ...': the whole is the figure the text dates to that day
    (stated when it is the only one), else the figure before (inferred)."""
    toks = ctx.ann.tokens
    be = next((t.i for t in toks[op.token + 1:s.last + 1] if t.low in BE_VERBS), op.token)
    named = [d for d in ctx.ann.dates if toks[op.token].end <= d.start and d.end <= toks[be].start]
    if named:
        same = [i for i, f in enumerate(ctx.figures) if f.sentence.index < s.index and _countable(f)
                and f.date is not None and _same_day(f.date, named[0]) and f.scope.value is not Scope.PERIOD]
        if len(same) == 1:
            return same[0], Basis.STATED
    head = _noun_after(ctx.ann, op.token + 1, be)
    if op.text.lower() == "among the" and head is None:
        return None, Basis.INFERRED  # "among the first to arrive": no group named
    probe = None
    if head is not None:
        probe = Figure(NumberMention(0, 0, Decimal(0), "", op.token, op.token, is_word=True), s, (s.first, s.last))
        probe.counted = Counted(text=head[0], head=head[0])
    those = op.token if toks[op.token].low in ("those", "these") else op.token + 1
    action = _group_action(ctx, those) if those <= s.last else None  # "Among those who died"
    verb = None if action is not None or those > s.last else group_participle(toks, those)  # "those saved"
    return _antecedent(ctx, s, probe, fronted=True, named=probe is not None, action=action, verb=verb)


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


def _structure(f: Figure) -> bool:
    """'three phases', 'two rounds': how an event is divided, not what it counts."""
    return f.counted is not None and f.counted.head in STAGE_UNITS


def _countable(f: Figure) -> bool:
    return f.kind in (Kind.COUNT, Kind.TARGET) and f.value is not None


def _skip_separators(toks: list[Token], k: int, last: int) -> int:
    while k <= last and (toks[k].low in SEPARATORS or toks[k].low in ("as", "well")):
        k += 1
    return k


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


def _kinds_of(ctx: _Context, whole: int, parts: list[int], op: _Opener) -> bool:
    """'nine aircraft - five planes and four helicopters -': a bracketed list of two or more things, each
    with its own noun, right after the whole's noun, names its kinds (parts of a thing need not share
    its noun). Never for people, whose sub-groups the category table decides."""
    w = ctx.figures[whole]
    items = [ctx.figures[i] for i in parts]
    return op.punct and not op.colon and len(items) > 1 and w.category is Category.OTHER \
        and max(w.noun_end, w.num.last + 1) == op.token \
        and all(f.counted is not None and not f.counted.inherited and f.category is Category.OTHER for f in items)


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


# --- a part that names its whole: "Ten of the 12 hostages", "Of the 70, nine ...", "63 were among 68" --

SENTENCE_PARTITIVES = ("of the", "of those", "of these", "of all", "of them")
OWNED_PARTITIVES = ("of its", "of their", "of our")  # "Of its 1,100 staff, ...": the whole must be named
OWN_DETERMINERS = frozenset({"its", "their", "our", "his", "her"})  # "won 15 of their 20 games"
ANAPHORIC_OF = frozenset({"the", "those", "these", "them", "whom"})


def partitives(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    out: list[RelationDraft] = []
    out += _of_the_n(ctx, s)
    out += _n_of_the(ctx, s)
    out += _out_of(ctx, s)
    out += _among(ctx, s)
    out += _part_and_rest(ctx, s)
    return out


OUT_OF = ("out", "of")


def _out_of(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'two cases out of more than 11,000 suits', 'Out of 2,800 applicants, the panel has chosen 100': the
    figure before 'out of', or the first after the opening phrase's comma, is a part of the one after."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        w = ctx.figures[i]
        k = ctx.ann.token_at(w.num.hedge_start)
        if k < 2 or (toks[k - 2].low, toks[k - 1].low) != OUT_OF or not _countable(w) or w.counted is None:
            continue
        part: int | None
        if k - 2 == s.first:  # "Out of 2,800 applicants, ...": the sentence's next count, after the comma
            comma = next((t.i for t in toks[w.num.last + 1:s.last + 1] if t.text == ","), None)
            part = next((j for j in ctx.in_sentence(s) if comma is not None and ctx.figures[j].first > comma
                         and _countable(ctx.figures[j])), None)
        else:
            part = next((j for j in ctx.in_sentence(s) if _countable(f := ctx.figures[j])
                         and max(f.noun_end, f.num.last + 1) == k - 2), None)
        if part is not None and part not in ctx.parts and (_fits_noun(p := ctx.figures[part], w)
                                                           or p.category is w.category):
            out.append(_breakdown(ctx, i, [part], False, [" ".join(OUT_OF)], s))  # not "pulled 5 people out of 3 cars"
    return out


def _part_and_rest(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The city has caught 1,240 stray dogs. Nine hundred have been adopted and the remaining 340 are in
    shelters': a bare figure opening the sentence and 'the remaining N' after it split the one count
    of the sentence before (stated only when that is its only count)."""
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(figs) != 2 or any(i in ctx.parts for i in figs):
        return []
    part, rest = (ctx.figures[i] for i in figs)
    marked = _complement_words(ctx, rest)
    if part.first != s.first or part.counted is not None or marked is None or marked[0].lower() == "the others" \
            or marked[0].lower() == "the rest of the":
        return []
    whole, basis = _antecedent(ctx, s, None, before=s.first, fronted=True)
    if whole is None or basis is not Basis.STATED or ctx.figures[whole].sentence.index != s.index - 1:
        return []
    _inherit(ctx, whole, figs)
    return [_breakdown(ctx, whole, figs, True, [marked[0]], s, basis)]


def _of_the_n(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Of the 1,210 people who were tested, 37 were positive': the whole named, then its parts.
    'Of the dead, 812 ...' names no figure: its whole is the one before (inferred)."""
    toks = ctx.ann.tokens
    lead = " ".join(t.low for t in toks[s.first:s.first + 2])
    if lead not in SENTENCE_PARTITIVES and lead not in OWNED_PARTITIVES \
            and not (toks[s.first].low == "of" and _dated_phrase(ctx, s)):
        return []  # "Of the dead, ...", "Of Monday's convoy, ...", "Of its 1,100 staff, ..."
    figs = ctx.in_sentence(s)
    comma = next((t.i for t in toks[s.first:s.last + 1] if t.text == ","), None)
    if comma is None:
        return []
    named = [i for i in figs if ctx.figures[i].num.last < comma]
    after = [i for i in figs if ctx.figures[i].first > comma and _countable(ctx.figures[i])]
    if not after:
        return []
    whole: int | None
    if named and _countable(ctx.figures[named[0]]) and (ctx.figures[named[0]].first == s.first + 2
                                                         or _owned_at(ctx, s.first + 2, ctx.figures[named[0]].first)):
        whole, basis = named[0], Basis.STATED  # "Of the 2,000 people", "Of the agency's 1,100 staff"
    elif not named and lead not in OWNED_PARTITIVES:
        whole, basis = _whole_of_phrase(ctx, s, comma, after[0])
    else:
        return []
    if whole is None:
        return []
    parts, _typed = _list_items(ctx, s, _Opener(comma, False, lead))
    first = next(i for i in figs if ctx.figures[i].first > comma)
    parts = parts or ([first] if first == after[0] and _counts_of_whole(ctx, comma, whole, first) else [])
    if not parts:
        return []  # "Of the 100,393 ballots, 61.2% backed it, at a cost of 240 million francs": a share
    stated = basis is Basis.STATED  # "Of these, 30 ..., with the remaining 15": the rest of a whole the text named
    rest = _complement(ctx, s, parts[-1], whole) if stated else None
    if rest is None and len(parts) == 1:
        rest = _complement_next(ctx, s, parts[0], whole, anywhere=stated)
    if rest is not None and _unread_items(ctx, whole, parts + [rest[0]]):
        rest = None  # "Labour won 42 and the Greens 8. The remaining 10": the 8 was not read, so 42 + 10 is not all
    if rest is not None:  # "Of the 33 miners, 20 are out. The remaining 13 ...", "...; the remaining 34 abandoned"
        _inherit(ctx, whole, parts + [rest[0]])
        return [_breakdown(ctx, whole, parts + [rest[0]], True, [lead, rest[1]], s, basis)]
    _inherit(ctx, whole, parts)
    said = _said_all(ctx, s, whole, parts, partitive=True)  # "Of those, 180 were soldiers and 25 civilians"
    return [_breakdown(ctx, whole, parts, said is not None, [lead] + ([said] if said else []), s, basis)]


AVERAGE_WORDS = frozenset({"average", "mean", "median", "age", "aged"})  # "the average age is 26": no part
CLAUSE_ENDS = frozenset({";", ":"})  # "Of the 41 arrests, most were for disorder; officers seized 90 knives"


def _counts_of_whole(ctx: _Context, comma: int, whole: int, part: int) -> bool:
    """After 'Of the 16 teams,' a figure is a part only when it counts what the whole counts: right after
    the comma ('nine are from the north'), naming a noun the whole's may hold, or with no noun of its own
    after a subject ('the Labour Party received 22'). Not 'the winners scored 41 goals', 'the average
    age is 26', 'the captain is 34'."""
    w, p = ctx.figures[whole], ctx.figures[part]
    gap = ctx.ann.tokens[comma + 1:ctx.ann.token_at(p.num.hedge_start)]
    if not gap:
        return _fits(w, p)
    if any(t.low in AVERAGE_WORDS or t.text in CLAUSE_ENDS for t in gap):
        return False  # "the average age is 26", "most were for disorder; officers also seized 90 knives"
    if p.counted is not None and not p.counted.inherited and w.counted is not None:
        return compatible_heads(p.counted.head, w.counted.head) or (
            p.counted.head in KNOWN_HEADS and w.counted.head in KNOWN_HEADS and _fits(w, p))
    return gap[-1].low not in BE_VERBS  # "the Labour Party received 22", not "the captain is 34"


def _owned_at(ctx: _Context, first: int, fig_first: int) -> bool:
    """Tokens [first, fig_first) are a short owner ending in a possessive: "the agency's" in "Of the
    agency's 1,100 staff"."""
    owner = ctx.ann.tokens[first:fig_first]
    return 0 < len(owner) <= MAX_OWNER_WORDS and owner[-1].low.endswith(POSSESSIVES) \
        and all(t.kind == "word" or t.low in POSSESSIVES for t in owner)


def _same_day(a: DateMention, b: DateMention) -> bool:
    """'Monday, Aug. 4' and 'Monday's': the same weekday, and the same day of month where both give one."""
    if a.relative_days is not None or b.relative_days is not None:
        return a.text.lower() == b.text.lower()
    same_weekday = a.weekday is None or b.weekday is None or a.weekday == b.weekday
    same_day = a.day is None or b.day is None or (a.day, a.month) == (b.day, b.month)
    return same_weekday and same_day and (a.weekday is not None or a.day is not None)


def _dated_phrase(ctx: _Context, s: Sentence) -> bool:
    comma = next((t.i for t in ctx.ann.tokens[s.first:s.last + 1] if t.text == ","), None)
    return comma is not None and any(ctx.ann.tokens[s.first].start <= d.start < ctx.ann.tokens[comma].start
                                     for d in ctx.ann.dates)


def _whole_of_phrase(ctx: _Context, s: Sentence, comma: int, first_part: int) -> tuple[int | None, Basis]:
    """The whole an opening 'Of ...' phrase names without a figure: the one figure of the day it
    names ('Of Monday's convoy'), else the nearest earlier figure counting its noun ('Of the dead')."""
    toks = ctx.ann.tokens
    named = [d for d in ctx.ann.dates if toks[s.first].start <= d.start < toks[comma].start]
    if named:
        same = [i for i, f in enumerate(ctx.figures) if f.sentence.index < s.index and _countable(f)
                and f.date is not None and _same_day(f.date, named[0])]
        return (same[0], Basis.STATED) if len(same) == 1 else (None, Basis.INFERRED)
    head = _noun_after(ctx.ann, s.first + 2, comma)
    probe = Figure(ctx.figures[first_part].num, s, ctx.figures[first_part].clause)
    if head is not None:
        probe.counted = Counted(text=head[0], head=head[0])
    action = _group_action(ctx, s.first + 1)  # "Of those who died, ...", "Of those rescued, ..."
    verb = None if action is not None else group_participle(toks, s.first + 1)
    whole, basis = _antecedent(ctx, s, probe, before=s.first, fronted=True, named=head is not None, action=action,
                               verb=verb)
    if whole is not None and head is not None and _narrower(ctx, s.first + 2, head[1] - 1, ctx.figures[whole]):
        basis = Basis.INFERRED  # "Of the foreign students," after "312,400 students": maybe a smaller group
    return whole, basis


# Words before a noun that name the whole group, not a smaller one: "Of the total fatalities"
WHOLE_WORDS = frozenset({"total", "overall", "combined", "entire", "whole", "reported", "confirmed", "official",
                         "known", "recorded", "registered", "same"})


def _narrower(ctx: _Context, first: int, head: int, whole: Figure) -> bool:
    """The phrase's words before its noun (tokens [first, head)) add a word the whole's noun phrase lacks."""
    own = {t.low for t in ctx.ann.tokens[first:head] if t.kind == "word"} - WHOLE_WORDS
    said = set(whole.counted.text.lower().split()) if whole.counted is not None else set()
    return bool(own - said)


ATTRIBUTION_LEAD = ("according", "to")  # "According to the ministry, 400 of them ...": still the sentence's start
MAX_LEAD_WORDS = 8


def _fronted(ctx: _Context, s: Sentence, f: Figure) -> bool:
    """The figure opens its sentence, or follows only an attribution ('According to the ministry,')."""
    if f.first <= s.first + 1:
        return True
    toks = ctx.ann.tokens
    lead = toks[s.first:f.first]
    return len(lead) <= MAX_LEAD_WORDS and tuple(t.low for t in lead[:2]) == ATTRIBUTION_LEAD \
        and lead[-1].text == "," and not any(t.kind == "num" or t.text == "," for t in lead[:-1])


def _n_of_the(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Ten of the 12 hostages' (whole named), 'Twelve of them', 'Ten of the people released'."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        k = f.num.last + 1
        if not _countable(f) or k + 1 >= len(toks) or toks[k].low != "of" or _all_but(ctx, f):
            continue
        named = _possessed(ctx, s, k)
        if named is not None and _countable(ctx.figures[named]):
            out.append(_breakdown(ctx, named, [i], False, ["of"], s))  # "14 of Ruvania's 40 districts"
            continue
        named = next((j for j in ctx.in_sentence(s) if ctx.figures[j].first == k + 1), None)
        if named is not None and _countable(w := ctx.figures[named]) and _own_noun_of(w) is not None:
            out.append(_breakdown(ctx, named, [i], False, ["of"], s))  # "identified 10 of 17 victims"
            continue
        if toks[k + 1].low not in ANAPHORIC_OF and toks[k + 1].low not in OWN_DETERMINERS:
            continue
        named = next((j for j in ctx.in_sentence(s) if ctx.figures[j].first == k + 2), None)
        whole: int | None
        if named is not None and _countable(ctx.figures[named]):
            whole, basis = named, Basis.STATED
        elif toks[k + 1].low in OWN_DETERMINERS:
            continue  # "15 of their games": no whole named
        else:
            action = _group_action(ctx, k + 1)
            verb = None if action is not None else group_participle(toks, k + 1)  # the whole: what it acts on
            whole, basis = _antecedent(ctx, s, f, before=f.first, action=action, verb=verb,
                                       fronted=_fronted(ctx, s, f))  # "Twelve of them were ..."
        if whole is None or ctx.figures[whole].value is None:
            continue
        rest = _complement(ctx, s, i, whole) or _complement_next(ctx, s, i, whole, anywhere=basis is Basis.STATED)
        parts = [i] + ([rest[0]] if rest is not None else _coordinated_parts(ctx, s, i, k + 2, whole))
        _inherit(ctx, whole, parts)
        cues = [f"of {toks[k + 1].text}"] + ([] if rest is None else [rest[1]])
        said = _said_all(ctx, s, whole, parts, partitive=True) if rest is None else None
        out.append(_breakdown(ctx, whole, parts, rest is not None or said is not None, cues + ([said] if said else []),
                              s, basis))
    return out


def _same_group(ctx: _Context, w: Figure, f: Figure, part: int) -> bool:
    """A coordinated part's own noun may name a share of the whole: the whole's noun or one it holds
    ('and 35 men' of '75 candidates, 40 of them women': the same kind of word as the first part's)."""
    assert f.counted is not None
    if _fits_noun(f, w) or (w.category in HUMAN and f.category in HUMAN):
        return True
    p = ctx.figures[part]
    them = p.num.last + 3  # the word after "N of them"
    head = head_at(ctx.ann.tokens, them) if them < len(ctx.ann.tokens) else None
    return head is not None and (OVERLAP_DIMENSIONS.get(head[0]) or head[0]) == \
        (OVERLAP_DIMENSIONS.get(f.counted.head) or f.counted.head)


# Words that end the first part's phrase in "410 of them through the emergency department and 210 by
# referral" before a coordinated part could follow: another clause begins, so a later figure is its own.
COORDINATION_STOPS = frozenset({";", ":", "(", ")", "-", "–", "—", "but", "while", "whereas", "which", "who",
                                "whom", "that", "when", "after", "before", "as", "because", "since", "or"})


def _coordinated_parts(ctx: _Context, s: Sentence, part: int, k: int, whole: int) -> list[int]:
    """'40 of them women and 35 men', '410 of them through the emergency department and 210 by referral',
    'Nine of them were destroyed and five partly damaged': figures joined by 'and' to a part, with 'of
    them' left out, are parts of the same whole. Not a batch of its own ('and 210 in April', 'and five
    more'), nor a figure counting something else ('and five people were hurt')."""
    toks, at = ctx.ann.tokens, {ctx.ann.token_at(ctx.figures[j].num.hedge_start): j for j in ctx.in_sentence(s)}
    w = ctx.figures[whole]
    out: list[int] = []
    start = k
    while k < s.last:
        t = toks[k]
        if (t.low in COORDINATION_STOPS and (t.text != "-" or ctx.ann._spaced(t))) or (t.kind == "num" and k not in at):
            break  # "walk-in": a hyphen inside a word ends nothing
        j = at.get(k + 1) if t.low == "and" else None
        if j is None and t.kind == "num":
            break
        if j is not None:
            f = ctx.figures[j]
            if not _coordinated_ok(ctx, s, w, f, part, start):
                break
            out.append(j)
            k = max(f.noun_end, f.num.last + 1)
            continue
        k += 1
    return out


def _coordinated_ok(ctx: _Context, s: Sentence, w: Figure, f: Figure, part: int, them: int) -> bool:
    """Figure f after 'and' continues the parts: a count of the whole's kind, told for no time of its own,
    with no verb of its own where the first part has none ('12 of them children and 60 injured': the 60
    were hurt, not among the dead); where the first part has a verb, only a participle may echo it
    ('Nine of them were destroyed and five partly damaged')."""
    own_noun = f.counted is not None and not f.counted.inherited
    if not _countable(f) or f.increment or f.partitive or _further_group(f) or _earlier(ctx, f) \
            or f.date is not None or _own_time(ctx, f, s) or (own_noun and not _same_group(ctx, w, f, part)):
        return False
    if f.action is not None and not all(_same_action(g.action, f.action) for g in (w, ctx.figures[part])):
        return False  # "killed 40 people. Nine of them were shot and 60 injured": the hurt are others
    toks = ctx.ann.tokens
    predicated = them < len(toks) and toks[them].low in BE_VERBS | GROUP_AUXILIARIES
    for t in toks[f.num.last + 1:s.last + 1]:
        if t.low in SEPARATORS or t.text in ".;":
            return True
        if t.low in BE_VERBS or t.low in GROUP_AUXILIARIES or t.low in FURTHER_WORDS | {"others"}:
            return False  # "and 60 were hurt", "and 45 others"
        acted = any(ctx.ann.marks_between(ctx.ann.actions, t.i, t.i))
        if not predicated and (acted or (t.low.endswith("ed") and len(t.low) > 4)):
            return False
    return True


COMPLEMENT_BEFORE = (("the", "other"), ("the", "remaining"), ("the", "rest", "of", "the"), ("the", "rest", ","),
                     ("the", "rest", "of", "them"), ("the", "rest", "of", "them", ","))


def _complement(ctx: _Context, s: Sentence, part: int, whole: int) -> tuple[int, str] | None:
    """'Twelve of them are Chileans, while the three others are Peruvians', '400 of them ..., the other
    600 ...', '... with the remaining four': the rest of the same whole, so the two make it up.
    Returns the figure and the words that say so."""
    for j in ctx.in_sentence(s):
        f = ctx.figures[j]
        if f.first <= ctx.figures[part].num.last or not _countable(f) or not _fits_noun(f, ctx.figures[whole]):
            continue
        marked = _complement_words(ctx, f)
        if marked is not None:
            return j, marked[0]
    return None


def _complement_words(ctx: _Context, f: Figure) -> tuple[str, int] | None:
    """The words that mark f as the rest of a whole ('the remaining 34', 'the rest, 600', 'the three
    others') and the token they start at, or None."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    after = toks[f.num.last + 1].low if f.num.last + 1 < len(toks) else ""
    if k >= 1 and toks[k - 1].low == "the" and after == "others":
        return "the others", k - 1
    w = _lead_before(toks, k, COMPLEMENT_BEFORE)
    return None if w is None else (" ".join(t.text for t in toks[k - len(w):k] if t.text != ","), k - len(w))


def _lead_before(toks: list[Token], k: int, leads: tuple[tuple[str, ...], ...],
                 start: int = 0) -> tuple[str, ...] | None:
    """The first of `leads` (word tuples, in table order) that the tokens right before token k spell,
    from token `start` on."""
    return next((w for w in leads if k - len(w) >= start and tuple(t.low for t in toks[k - len(w):k]) == w), None)


NEXT_COMPLEMENT = tuple(w for w in COMPLEMENT_BEFORE if len(w) == 2)  # "The remaining 12 ...", "The other 8"


def _complement_next(ctx: _Context, s: Sentence, part: int, whole: int,
                     anywhere: bool = False) -> tuple[int, str] | None:
    """'Rescuers reached 40 of the 52 villages. The remaining 12 ...', 'The rest, 600, remain': the next
    sentence opens with the rest of the same whole. Where the whole is stated, it may name the rest
    later too ('The opposition took the remaining 80'), when no other count comes first ('The Alliance
    took 52 seats and Labour 46, with smaller parties winning the remaining eight': the 52 and 46 too)."""
    nxt = s.index + 1
    if nxt >= len(ctx.ann.sentences) or ctx.figures[part].sentence.index != s.index:
        return None
    rest = next((j for j in ctx.by_sentence.get(nxt, []) if _countable(ctx.figures[j])), None)
    if rest is None:
        return None
    f = ctx.figures[rest]
    marked = _complement_words(ctx, f)
    opens = marked is not None and marked[1] == ctx.ann.sentences[nxt].first
    if marked is None or marked[0].lower() in ("the others", "the rest of the") or not (opens or anywhere):
        return None
    if not (_predicated(ctx, f) or _fits_noun(f, ctx.figures[whole])):
        return None  # 'The other 40 people at the scene': another group; 'The other eight were adults': the rest
    return rest, marked[0]


POSSESSIVES = ("'s", "’s")
MAX_OWNER_WORDS = 3  # "of Nepal's", "of the United States'": a short name owns the whole


def _all_but(ctx: _Context, f: Figure) -> bool:
    """'all but three of the 50 villages': the three are the ones left out, not a part told."""
    k = ctx.ann.token_at(f.num.hedge_start)
    toks = ctx.ann.tokens
    return k >= 2 and (toks[k - 2].low, toks[k - 1].low) == ("all", "but")


def _possessed(ctx: _Context, s: Sentence, of: int) -> int | None:
    """After 'of' at token `of`, a figure owned by a name or a noun: 'of Ruvania's 40 districts', 'of
    the council's 45 seats'."""
    toks = ctx.ann.tokens
    for j in ctx.in_sentence(s):
        first = ctx.figures[j].first
        owner = toks[of + 1:first]
        if owner and owner[0].low in ("the", "its", "their"):
            owner = owner[1:]  # "of the council's 45 seats"
        if of + 1 < first <= of + 1 + MAX_OWNER_WORDS and toks[first - 1].low.endswith(POSSESSIVES) and owner \
                and all(t.text[:1].isupper() or t.low in POSSESSIVES or t is owner[-1] for t in owner):
            return j
    return None


def _among(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The 63 who escaped were among 68 people kidnapped': a part among a named whole."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for c in ctx.ann.cues_between(s.first, s.last, Cue.INCLUDING):
        if c.text.lower() not in ("among", "among the") or c.first == 0 or toks[c.first - 1].low not in BE_VERBS:
            continue
        whole = next((j for j in ctx.in_sentence(s) if ctx.figures[j].first in (c.last + 1, c.last + 2)), None)
        part = [j for j in ctx.in_sentence(s) if ctx.figures[j].num.last < c.first]
        if whole is None or not part or not _countable(ctx.figures[whole]) or not _countable(ctx.figures[part[-1]]):
            continue
        out.append(_breakdown(ctx, whole, [part[-1]], False, [c.text], s))
    return out


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


def _difference(ctx: _Context, f: Figure) -> bool:
    """'412 deaths, 15 fewer than in 2024': a comparison's difference counts no group of its own, so a
    later 'of the deaths' or 'of those' never refers to it."""
    toks = ctx.ann.tokens
    k = f.num.last + 1
    return k + 1 < len(toks) and toks[k].low in COMPARE_WORDS and toks[k + 1].low == "than"


BE_VERBS = frozenset({"were", "was", "are", "is", "be", "been", "being", "remain", "remained"})


RELATIVE_REACH = 3  # "those who were killed": the verb within this many tokens of 'those'


def _group_action(ctx: _Context, those: int) -> Action | None:
    """'those who perished', 'those killed': what the group a part is taken from went through."""
    toks = ctx.ann.tokens
    if toks[those].low not in ("those", "these"):
        return None
    first = those + 1 + (those + 1 < len(toks) and toks[those + 1].low in RELATIVE_WORDS)
    mark = next(iter(ctx.ann.marks_between(ctx.ann.actions, first, first + RELATIVE_REACH - 1)), None)
    return mark.action if mark is not None else None


VERB_REACH = 3  # "poisoned at least 40 guests", "96 people detained": the verb this close to its figure


def _acted_on(ctx: _Context, f: Figure, verb: str) -> bool:
    """The verb stands right before the figure ('poisoned at least 40') or right after its noun
    ('96 people detained', '40 guests who were poisoned')."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    before = toks[max(0, k - VERB_REACH):k]
    end = max(f.noun_end, f.num.last + 1)
    after = toks[end:end + VERB_REACH]
    return any(t.low == verb for t in before) or any(t.low == verb for t in after)


def _same_reference(ctx: _Context, a: Figure, b: Figure) -> bool:
    """'30 of those detained ... Another 25 of those detained': two parts taken from one group by the
    same words; the earlier is a sibling of the later, not its whole."""
    ra, rb = _reference_words(ctx, a), _reference_words(ctx, b)
    return ra is not None and ra == rb


def _reference_words(ctx: _Context, f: Figure) -> tuple[str, ...] | None:
    toks = ctx.ann.tokens
    k = f.num.last + 1
    if k + 1 >= len(toks) or toks[k].low != "of" or toks[k + 1].low not in ANAPHORIC_OF:
        return None
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    if nxt is None or nxt.kind != "word" or nxt.low in GROUP_AUXILIARIES or nxt.low in BE_VERBS:
        return (toks[k + 1].low,)
    return toks[k + 1].low, nxt.low


def _same_action(a: Action | None, b: Action | None) -> bool:
    return a is None or b is None or a is b or b in SAME_ACTIONS.get(a, ())


def _antecedent(ctx: _Context, s: Sentence, part: Figure | None, before: int | None = None,
                action: Action | None = None, fronted: bool = False, named: bool = False,
                verb: str | None = None) -> tuple[int | None, Basis]:
    """The whole a part refers back to: the nearest countable figure before it, in this sentence or
    up to ANTECEDENT_SENTENCES back, counting a compatible thing (and, for 'those who died', one that
    died). Inferred, since a pronoun or a bare noun ('of them', 'Of the dead') may refer to something
    the text never counted; stated only when the reference opens its sentence (`fronted`) and the
    sentence before holds exactly one countable figure, which fits: then nothing else can be meant.
    A reference that `named` its noun ('Of the total fatalities') reads past figures of other things,
    and is stated, when fronted, if it is the one figure within reach that counts that noun; one
    naming its group by a `verb` ('of those poisoned') needs a figure that verb acts on."""
    fits: list[int] = []
    for back in range(0, (NAMED_ANTECEDENT_SENTENCES if named else ANTECEDENT_SENTENCES) + 1):
        idx = s.index - back
        if idx < 0:
            break
        cands = _antecedent_candidates(ctx, idx, before if back == 0 else None, back == 0)
        if part is not None:
            cands = [i for i in cands if not _same_reference(ctx, part, ctx.figures[i])
                     and not (_names_its_group(part) and (_further_group(ctx.figures[i]) or i in ctx.parts))]
        fitting = [i for i in cands if _fits_noun(part, ctx.figures[i]) and _same_action(action, ctx.figures[i].action)
                   and (verb is None or _acted_on(ctx, ctx.figures[i], verb))]
        fitting = [i for i in fitting if ctx.parts.get(i) not in fitting]
        own = part.counted if part is not None and (named or _names_its_group(part)) else None
        exact = [i for i in fitting if own is not None
                 and (c := ctx.figures[i].counted) is not None and c.head == own.head]
        # "Among the passengers": the 68 passengers, not the six crew beside them; a named noun outweighs
        # a free-standing figure ('four soldiers in exchange for 120 prisoners. 80 of the prisoners')
        fitting = exact or _heads_of_clauses(ctx, fitting)
        sole = fronted and back == 1 and len(cands) == 1 and _all_figures_countable(ctx, idx) \
            and not _period_beside(ctx, idx, cands[0])
        if fitting and (sole or _apposed(ctx, s, cands, before)):
            return fitting[-1], Basis.STATED
        if fitting and not named:
            if back > 0 and _elided_after(ctx, idx, fitting[-1]):
                return None, Basis.INFERRED  # "1,100 passengers, the Castor 900 and the Dauntless 700. Among them"
            if exact and own is not None and _one_counting(ctx, s, own.head, before) == exact[-1]:
                return exact[-1], Basis.STATED  # "12 boats ... Seven of the boats": the one figure of boats
            return fitting[-1], Basis.INFERRED
        fits = fitting + fits  # nearest last
        if cands and action is None and verb is None and not named:
            return None, Basis.INFERRED  # the nearest figures count something else: no whole
        if back == 0 and not fitting and _bare_count_before(ctx, idx, before):
            return None, Basis.INFERRED  # "Deaths fell to 41 ..., and 12 of them": 'them' is what 41 counts
    if not fits:
        return None, Basis.INFERRED
    return fits[-1], Basis.STATED if fronted and len(fits) == 1 else Basis.INFERRED


def _bare_count_before(ctx: _Context, idx: int, before: int | None) -> bool:
    """A count in the reference's own sentence, before it, whose noun the figure does not name ('Road
    deaths fell to 41'): a reference after it means what it counts, never a figure further back."""
    return before is not None and any(
        ctx.figures[i].first < before and _countable(ctx.figures[i]) and ctx.figures[i].counted is None
        and not _difference(ctx, ctx.figures[i]) for i in ctx.by_sentence.get(idx, []))


def _one_counting(ctx: _Context, s: Sentence, head: str, before: int | None) -> int | None:
    """The one figure within reach of a reference (this sentence before token `before`, and up to
    ANTECEDENT_SENTENCES back) that counts `head` by its own noun, with no other count of its sort
    beside it ('five soldiers in exchange for 60 prisoners. 70 of the prisoners': both are captives, so
    'the prisoners' may mean all); None when none or several."""
    reach = [i for back in range(ANTECEDENT_SENTENCES + 1) if s.index - back >= 0
             for i in ctx.by_sentence.get(s.index - back, [])
             if (back > 0 or (before is not None and ctx.figures[i].first < before))
             and _countable(ctx.figures[i]) and not ctx.figures[i].partitive
             and not _difference(ctx, ctx.figures[i])]
    found = [i for i in reach if (c := ctx.figures[i].counted) is not None and not c.inherited and c.head == head]
    if len(found) != 1 or _ranked(ctx, ctx.figures[found[0]]) or _unread_number(ctx, s, found[0], before):
        return None  # "the top 10 companies" of the "Fortune 500": 'the companies' may mean the 500
    cat = ctx.figures[found[0]].category
    same_sort = [i for i in reach if i != found[0] and ctx.figures[i].counted is not None
                 and (ctx.figures[i].category is cat or (cat in HUMAN and ctx.figures[i].category in HUMAN))]
    return None if same_sort else found[0]


RANKING_WORDS = frozenset({"top", "first", "last", "largest", "biggest", "leading", "best", "worst", "richest",
                           "bottom", "next", "oldest", "youngest"})


def _ranked(ctx: _Context, f: Figure) -> bool:
    """'the top 10 companies': a figure picking the first few of a larger group the text may mean."""
    k = ctx.ann.token_at(f.num.hedge_start)
    return any(t.low in RANKING_WORDS for t in ctx.ann.tokens[max(0, k - 2):k])


def _unread_number(ctx: _Context, s: Sentence, found: int, before: int | None) -> bool:
    """A number between the figure and the reference that no figure reads ('Fortune 500'): a group
    the reference may mean, though not counted."""
    first = ctx.figures[found].first
    last = (before if before is not None else s.first) - 1
    read = {f.num.first for f in ctx.figures}
    return any(n.first not in read and not any(d.start <= n.start < d.end for d in ctx.ann.dates)
               for n in ctx.ann.numbers_between(first + 1, last))


FURTHER_WORDS = frozenset({"other", "more", "further", "additional"})
PREPOSITIONS = frozenset({"in", "across", "from", "at", "on", "of", "into", "over", "among", "between", "within",
                          "throughout", "for"})


def _names_its_group(part: Figure | None) -> bool:
    """'about 300 of the sailors': the part names the group it is taken from by its own noun, so
    not a group beside others, nor one already read as a part of a bigger group."""
    return part is not None and part.partitive and part.counted is not None and not part.counted.inherited


def _further_group(f: Figure) -> bool:
    """'Three other sailors', 'another 35': a group beside others, not the group a later 'of the
    sailors' is taken from."""
    return f.increment or (f.counted is not None and f.counted.text.lower().split(" ")[0] in FURTHER_WORDS)


def _heads_of_clauses(ctx: _Context, fitting: list[int]) -> list[int]:
    """'2 million people across 40 districts. Of these, ...': a figure after a preposition modifies
    the figure before it; when a figure of the same sentence stands free, the reference means that."""
    free = [i for i in fitting if not _after_preposition(ctx, ctx.figures[i])]
    if not free or len(free) == len(fitting):
        return fitting
    last = ctx.figures[fitting[-1]].sentence.index
    return [i for i in fitting if ctx.figures[i].sentence.index != last or i in free]


def _after_preposition(ctx: _Context, f: Figure) -> bool:
    k = ctx.ann.token_at(f.num.hedge_start)
    return k > 0 and ctx.ann.tokens[k - 1].low in PREPOSITIONS


def _antecedent_candidates(ctx: _Context, idx: int, before: int | None, same_sentence: bool) -> list[int]:
    """Countable figures of sentence idx that a later reference may mean (before token `before` in its own)."""
    out = []
    for i in ctx.by_sentence.get(idx, []):
        f = ctx.figures[i]
        if same_sentence and (before is None or f.first >= before):
            continue
        if _countable(f) and f.counted is not None and f.scope.value is not Scope.PERIOD and not _earlier(ctx, f) \
                and not _difference(ctx, f):
            out.append(i)
    return out


def _apposed(ctx: _Context, s: Sentence, cands: list[int], before: int | None) -> bool:
    """'62 injured people were still in hospital, 11 of them in a critical condition', '... took in 500
    dogs last year, and 38 of them were adopted': the part stands right after the comma (and 'and') that
    closes the clause of the sentence's one figure before it, with no other plural noun between."""
    toks = ctx.ann.tokens
    if before is None or len(cands) != 1:
        return False
    comma = before - 2 if before >= 2 and toks[before - 1].low == "and" else before - 1  # ", and 38 of them"
    if comma < 1 or toks[comma].text != ",":
        return False
    earlier = [i for i in ctx.by_sentence.get(s.index, []) if ctx.figures[i].first < before]
    if earlier != cands or ctx.ann.clause_of(ctx.figures[cands[0]].first) != ctx.ann.clause_of(comma - 1):
        return False
    f = ctx.figures[cands[0]]
    between = toks[max(f.noun_end, f.num.last + 1):comma]
    return not any(_plural_like(t) for t in between)  # "3 battalions to the villages, 40 of them": villages


NOT_PLURALS = frozenset({"was", "has", "is", "its", "this", "thus", "less", "across", "always", "perhaps",
                         "series", "news", "his", "hers", "ours", "yours", "theirs", "whereas", "unless"})


def _plural_like(t: Token) -> bool:
    """A word that may be a plural noun 'them' could refer to instead."""
    return t.kind == "word" and len(t.low) > 3 and t.low.endswith("s") and t.low not in NOT_PLURALS


def _elided_after(ctx: _Context, sentence: int, cand: int) -> bool:
    """After the candidate its sentence lists more figures of no noun of their own (the noun left out):
    a later 'them' may mean all of them together, which no figure counts."""
    f = ctx.figures[cand]
    return any(i != cand and ctx.figures[i].first > f.first and ctx.figures[i].counted is None
               and _countable(ctx.figures[i]) and ctx.figures[i].kind is f.kind
               for i in ctx.by_sentence.get(sentence, []))


def _period_beside(ctx: _Context, sentence: int, cand: int) -> bool:
    """'21 flights carried 4,410 people over eight days': a period total of another thing beside the one
    candidate may be what a pronoun means, so that candidate is not the only one."""
    return any(i != cand and ctx.figures[i].scope.value is Scope.PERIOD and ctx.figures[i].counted is not None
               and _countable(ctx.figures[i]) for i in ctx.by_sentence.get(sentence, []))


def _all_figures_countable(ctx: _Context, sentence: int) -> bool:
    """No other count in the sentence that a pronoun might mean ('from 580' is an earlier value of the
    same count, a measure or a date is no group)."""
    return all(not _countable(f) or f.counted is not None
               for f in (ctx.figures[i] for i in ctx.by_sentence.get(sentence, [])))


# --- totals after their parts: "X in A and Y in B, bringing the total to T" ----------------------


def totals_after_parts(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.BRINGS_TO):
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > cue.last and _countable(ctx.figures[i])]
        before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < cue.first
                  and _countable(ctx.figures[i]) and not _structure(ctx.figures[i]) and not _paired_by_to(ctx, i)]
        if not after or not before or not brings_up_to(ctx.ann, cue, ctx.figures[after[0]]):
            continue
        before = [i for i in before if _same_thing(ctx.figures[i], ctx.figures[after[0]])]
        if not before:
            continue  # "90 people drowned in three dinghies, bringing the toll to": not the dinghies
        if any(w in cue.text.lower().split() for w in ("its", "their", "his", "her")):
            before = before[-1:]  # "the Greens gained six seats, taking their total to 31": its own figure only
        if not _casualties(ctx, before, ctx.figures[after[0]]):
            last = ctx.figures[before[-1]].action
            before = [i for i in before if _same_action(ctx.figures[i].action, last)]
        side = ctx.figures[after[0]].side
        if side is not None:  # "13 more Israelis and 15 Thais ..., bringing the number of Israeli hostages to 26"
            before = [i for i in before if (own := ctx.figures[i].side) is None or own.value == side.value]
            if not before:
                continue
        if any(_own_verb(ctx, i) for i in before[1:]) and not _one_tally(ctx, before):
            before = before[-1:]  # "lost 12 seats ... and gained nine, bringing": two clauses, not one list
        total = after[0]
        if ctx.figures[total].counted is None:  # "104 hostages were freed, bringing the total to 210"
            _inherit(ctx, next(i for i in reversed(before) if ctx.figures[i].counted is not None)
                     if any(ctx.figures[i].counted is not None for i in before) else total, [total])
        _inherit(ctx, total, before)
        dated = any(ctx.figures[i].date is not None for i in before) and cue.text.lower() not in SUM_CUES
        period = _days_of_the_period(ctx, total, before)
        if len(before) > 1 and (not dated or period):  # "1,120 in the north and 430 in the south, bringing the total"
            told = cue.text.lower() not in SUM_CUES and not period and (  # "making a total of", "the two-day toll": all
                _told_before(ctx, s, before) or any(ctx.figures[i].increment for i in before))  # "and 7 more"
            out.append(_breakdown(ctx, total, before, not told, [cue.text], s))
        elif _leaves_stock(ctx.figures[total], [ctx.figures[i] for i in before]):
            continue  # "the release of 60 brings the number held to 40": the stock fell
        elif (days := _days_told(ctx, s, total, before[-1:])) is not None and _all_days(ctx, days, before):
            out.append(_breakdown(ctx, total, days, True, [cue.text], s))  # "the first day ..., the second ..."
        else:
            clause = ctx.ann.clause_of(ctx.figures[total].first)
            start = next((i for i in after[1:2] if _earlier(ctx, ctx.figures[i])
                          and ctx.ann.clause_of(ctx.figures[i].first) == clause), None)
            if start is None and (start := _tally_the_day_before(ctx, s, total, before)) is not None:
                ctx.figures[start].superseded = True  # "On Tuesday the toll had stood at 1,166": the value before
            by = [i for i in before if start is None or not _perfect_total(ctx, ctx.figures[i])]
            members = [(total, Role.TO)] + [(i, Role.BY) for i in by]
            if start is not None:  # "bringing the total to 3,240 from 2,938": the tally before it too
                members.append((start, Role.FROM))
            if len(members) > 1:
                out.append(RelationDraft(RelationKind.CHANGE, members, [cue.text], s.start, s.end, direction="up"))
            batch = _batch_told_before(ctx, s, total, by) if start is None else None
            if batch is not None:  # "freed 48 on Monday. A further 22 ..., bringing the total to 70": both in it
                out.append(_breakdown(ctx, total, [batch] + by, False, [cue.text], s))
    return out


# Verbs that add a sum to a tally ("won $86,900, bringing his winnings to"); a loss, a payment or spending
# may bring a tally down ("lost $2 million, bringing its assets to $1 million")
MONEY_GAINS = frozenset({"won", "wins", "raised", "raises", "earned", "earns", "added", "adds", "collected",
                         "received", "receives", "donated", "pledged", "contributed", "awarded", "secured", "gained"})
GAIN_REACH = 3  # "raised a further $4,000": the verb this close before the sum


def money_brought_to(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'won $86,900 on Sunday, bringing his total winnings to $1.87 million': one sum of money gained and
    the total it brings the tally to, in one currency (the new sum never exceeds the total)."""
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.BRINGS_TO):
        figs = ctx.in_sentence(s)
        after = [i for i in figs if ctx.figures[i].first > cue.last]
        before = [i for i in figs if ctx.figures[i].num.last < cue.first]
        if not after or len(before) != 1 or any(i in ctx.related for i in before + after[:1]):
            continue
        total, by = ctx.figures[after[0]], ctx.figures[before[0]]
        k = ctx.ann.token_at(by.num.hedge_start)
        gained = any(t.low in MONEY_GAINS for t in ctx.ann.tokens[max(s.first, k - GAIN_REACH):k])
        if not (gained and _money_item(ctx, by) and total.num.format is NumberFormat.MONEY and total.unit == by.unit
                and by.modality is total.modality and brings_up_to(ctx.ann, cue, total)):
            continue
        members = [(after[0], Role.TO), (before[0], Role.BY)]
        out.append(RelationDraft(RelationKind.CHANGE, members, [cue.text], s.start, s.end, direction="up"))
    return out


def _casualties(ctx: _Context, before: list[int], total: Figure) -> bool:
    """'killed 17 people and injured 40 others, bringing the number of casualties to 57': a total of
    casualties gathers the dead and the hurt, each counted with its own deed."""
    actions = {ctx.figures[i].action for i in before}
    return total.counted is not None and total.counted.head == "casualty" and len(actions) > 1 \
        and actions <= CASUALTY_ACTIONS and total.scope.value is not Scope.SINCE  # "since May": more before


# "On Tuesday the toll had stood at 1,166", "The total had been 381 on Sunday": a tally's value on a day
STOOD_AT_LEADS = (("had", "stood", "at"), ("stood", "at"), ("had", "been"))


def _tally_the_day_before(ctx: _Context, s: Sentence, total: int, by: list[int]) -> int | None:
    """'Rescuers found 84 more bodies on Wednesday, bringing the total to 1,250. On Tuesday the toll had
    stood at 1,166': the tally the sentence before or after gives for the day before the one new batch
    is where the total started (1,250 - 1,166 = 84)."""
    if len(by) != 1 or (b := ctx.figures[by[0]]).date is None:
        return None
    t, toks = ctx.figures[total], ctx.ann.tokens
    found = []
    for j in ctx.by_sentence.get(s.index - 1, []) + ctx.by_sentence.get(s.index + 1, []):
        f = ctx.figures[j]
        k = ctx.ann.token_at(f.num.hedge_start)
        lead = _lead_before(toks, k, STOOD_AT_LEADS)
        named = lead is not None and k > len(lead) and toks[k - len(lead) - 1].low in TALLY_NOUNS
        if named and f.kind is t.kind and f.unit == t.unit and f.date is not None and _day_before(f.date, b.date):
            found.append(j)
    return found[0] if len(found) == 1 else None


def _day_before(a: DateMention, b: DateMention) -> bool:
    """'On Tuesday' before 'on Wednesday': a is the day before b, by weekday (and day of month where
    both give one)."""
    if a.weekday is None or b.weekday is None or (b.weekday - a.weekday) % 7 != 1:
        return False
    return a.day is None or b.day is None or a.month != b.month or b.day - a.day == 1


def _days_of_the_period(ctx: _Context, total: int, parts: list[int]) -> bool:
    """'killed 19 people on Monday and 11 on Tuesday, bringing the two-day toll to 30': one part for
    each day of the period the total names, day after day, so the parts are all of it."""
    t = ctx.figures[total]
    dates = [ctx.figures[i].date for i in parts]
    if t.scope.value is not Scope.PERIOD or t.period_days != len(parts) or len(parts) < 2:
        return False
    return all(a is not None and b is not None and _day_before(a, b) for a, b in zip(dates, dates[1:], strict=False))


def _batch_told_before(ctx: _Context, s: Sentence, total: int, by: list[int]) -> int | None:
    """'Kordia freed 48 on Monday. A further 22 were freed on Tuesday, bringing the total to 70': the
    one batch of the same tally the sentence before told, which a total brought up by 'a further'
    batch holds too (with others, perhaps: at most)."""
    if len(by) != 1 or not ctx.figures[by[0]].increment or s.index == 0:
        return None
    t = ctx.figures[total]
    before = [j for j in ctx.by_sentence.get(s.index - 1, []) if _countable(ctx.figures[j])]
    if len(before) != 1 or t.scope.value is Scope.PERIOD:
        return None  # "bringing the total to 210 in two days": the period's days add up, a check of its own
    g = ctx.figures[before[0]]
    same = g.kind is t.kind and g.unit == t.unit and g.action is not None and g.action is t.action \
        and g.counted is not None and t.counted is not None and compatible_heads(g.counted.head, t.counted.head) \
        and (g.side is None or t.side is None or g.side.value == t.side.value)
    return before[0] if same and g.scope.value is not Scope.SINCE and not g.superseded and not g.increment else None


# --- days told by their ordinals: "14 on the first day and 13 on the second ... On the third day, 12 ...,
# bringing the number freed during the truce to 39" ------------------------------------------------------

DAY_UNITS = frozenset({"day", "stage"})  # "on the third day", "the second stage"
DAYS_UNITS = frozenset({"days", "stages"})  # "On the first two days"
DAY_REACH = 5  # "pulled 19 survivors from the rubble on the third day": the ordinal this close after the figure


def _all_days(ctx: _Context, days: list[int], before: list[int]) -> bool:
    """The figures before the cue are among the days told: none of another kind stands beside them."""
    return all(i in days for i in before)


def _days_told(ctx: _Context, s: Sentence, total: int, by: list[int]) -> list[int] | None:
    """'After 120 people on the first day and 110 on the second, 90 more were freed today [the third
    stage], bringing the total to 320': when the new batch has the last day's ordinal and figures of the
    same count in this sentence or the next fill every earlier day once, the days are all of the total."""
    t = ctx.figures[total]
    told: dict[int, tuple[int, int]] = {}
    for idx in (s.index - 1, s.index, s.index + 1):
        if 0 <= idx < len(ctx.ann.sentences):
            told.update(_day_ordinals(ctx, ctx.ann.sentences[idx]))
    if len(by) != 1 or by[0] not in told or told[by[0]][0] != told[by[0]][1]:
        return None
    last = told[by[0]][1]
    if last < 2:
        return None  # "The first stage ... had returned 160, bringing the total for the two stages to": no day before
    parts = sorted((i for i in told if i != total and told[i][1] < last), key=lambda i: told[i])
    days = [d for i in parts for d in range(told[i][0], told[i][1] + 1)]
    if days != list(range(1, last)) or any(ctx.figures[i].kind is not t.kind or ctx.figures[i].unit != t.unit
                                           or not _same_thing(ctx.figures[i], t) for i in parts):
        return None  # a day missing or told twice, or another thing counted
    return parts + by


def _day_ordinals(ctx: _Context, s: Sentence) -> dict[int, tuple[int, int]]:
    """The countable figures of a sentence with the days their ordinals name: 'On the first two days
    they had rescued 54' (1-2), '13 on the second' (2), 'freed today' after 'Today is the third stage'."""
    toks = ctx.ann.tokens
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    out: dict[int, tuple[int, int]] = {}
    for k in range(s.first, s.last + 1):
        span = _ordinal_at(ctx, k)
        if span is None:
            continue
        fronted = all(t.low in ("on", "earlier", ",", "in", "during") for t in toks[s.first:k])
        after = [i for i in figs if ctx.figures[i].first > k]
        before = [i for i in figs if max(ctx.figures[i].noun_end, ctx.figures[i].num.last + 1) <= k]
        if fronted and after:
            out.setdefault(after[0], span)
        elif before and k - max(ctx.figures[before[-1]].noun_end, ctx.figures[before[-1]].num.last + 1) <= DAY_REACH \
                and not any(t.text in ",;" or t.kind == "num"
                            for t in toks[ctx.figures[before[-1]].num.last + 1:k]):
            out.setdefault(before[-1], span)
    return out


def _ordinal_at(ctx: _Context, k: int) -> tuple[int, int] | None:
    """The days named from token k: 'the third day', 'on the second' (a day already named), 'the first two
    days', 'today' when the text says 'Today is the third stage'."""
    toks = ctx.ann.tokens
    nxt = [t.low for t in toks[k:k + 4]]
    if nxt[:1] == ["today"]:
        return _today_is(ctx)
    if len(nxt) < 3 or nxt[0] != "the" or nxt[1] not in ORDINALS:
        return None
    n = ORDINALS[nxt[1]]
    if nxt[2] in DAY_UNITS or nxt[2] in ("and", ",", ".", ";") and k >= 1 and toks[k - 1].low == "on":
        return n, n  # "on the third day", "13 on the second."
    if n == 1 and len(nxt) == 4 and nxt[3] in DAYS_UNITS and (num := ctx.ann.numbers_between(k + 2, k + 2)):
        return 1, int(num[0].value)  # "the first two days"
    return None


def _today_is(ctx: _Context) -> tuple[int, int] | None:
    """'Today is the third stage of the exchange': the day 'today' names."""
    toks = ctx.ann.tokens
    for k in range(len(toks) - 4):
        w = [t.low for t in toks[k:k + 5]]
        if w[:3] == ["today", "is", "the"] and w[3] in ORDINALS and w[4] in DAY_UNITS:
            return ORDINALS[w[3]], ORDINALS[w[3]]
    return None


# A total apposed after the figures it adds up: the cue and where its figure stands ("a total of 13",
# "a combined 47": after the cue; "15 altogether", "11 in all": right before it).
TOTAL_AFTER_CUE = frozenset({"a total of", "combined"})
TOTAL_BEFORE_CUE = frozenset({"altogether", "in all", "in total", "all told"})


def totals_after_list(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'nine dockworkers and four drivers, a total of 13 people', 'nine boats in May and six in June,
    15 altogether': a total set off by a comma after a list of figures of one tally adds them all up."""
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.TOTAL):
        total, told = _apposed_total(ctx, s, cue), None
        if total is None:
            total, told = _total_after_told(ctx, s, cue), ctx.ann.sentences[s.index - 1] if s.index else None
        if total is None or told is not None and told.headline:
            continue
        t = ctx.figures[total]
        parts = _list_before(ctx, s, t.first) if told is None else _list_before(ctx, told, told.last + 1)
        if told is not None and len(parts) != sum(_countable(ctx.figures[i]) for i in ctx.in_sentence(told)):
            continue  # "In all, 11 ...": after a sentence that is one list, not one with other figures
        if len(parts) < 2 or any(i in ctx.parts or ctx.figures[i].kind is not t.kind
                                 or ctx.figures[i].unit != t.unit for i in parts):
            continue  # a part of something else already, or money beside a count: not one list
        if not _adds_up_to(ctx, parts, t):
            continue
        _inherit(ctx, parts[0] if ctx.figures[parts[0]].counted is not None else total, parts[1:])
        _inherit(ctx, total, parts)
        # "..., a total of 40 since the flood began": more than these; a total in the next sentence may
        # hold more than the sentence before told ("In all, 50 were detained across the country")
        whole_so_far = t.scope.value is Scope.SINCE or told is not None
        out.append(_breakdown(ctx, total, parts, not whole_so_far, [cue.text], s))
    return out


CASUALTY_ACTIONS = frozenset({Action.KILLED, Action.INJURED})  # "casualties": the dead and the hurt together


def _adds_up_to(ctx: _Context, parts: list[int], t: Figure) -> bool:
    """The listed figures are one tally the total names: one deed (the dead and the injured for
    'casualties'), things the total counts, one side, no losses among gains."""
    figs = [ctx.figures[i] for i in parts]
    actions = {f.action for f in figs if f.action is not None}
    casualties = t.counted is not None and t.counted.head == "casualty" and actions <= CASUALTY_ACTIONS
    if len(actions) > 1 and not casualties:
        return False
    if not all(_same_thing(f, t) or f.action is not None and (f.action is t.action or casualties) for f in figs):
        return False  # "Some 90 people drowned when three dinghies sank": not the dinghies
    return _one_side_no_loss(ctx, parts)


LIST_OPENERS = frozenset({":", "(", "-", "–", "—"})  # a list's own whole stands before these
DETERMINERS_OF = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def _list_before(ctx: _Context, s: Sentence, end: int) -> list[int]:
    """The run of figures of the sentence before token `end` with no deed between them: the list a
    total after them adds up."""
    before = [i for i in ctx.in_sentence(s) if ctx.figures[i].first < end]
    run: list[int] = []
    toks = ctx.ann.tokens
    for i in reversed(before):
        f = ctx.figures[i]
        if _partitive_whole(ctx, f):
            continue  # "46 of its 120 residents and 11 staff members, 57 people in all": the item is the 46
        opened = run and any(t.text in LIST_OPENERS for t in toks[f.num.last:ctx.figures[run[0]].first])
        if not _countable(f) or _structure(f) or _paired_by_to(ctx, i) or opened \
                or run and _deed_between(ctx, i, run[0]):
            break  # "in four provinces: 120 in Eastland, ...": what comes before the colon is no item
        run.insert(0, i)
    return run


def _partitive_whole(ctx: _Context, f: Figure) -> bool:
    """'of its 120 residents', 'of the 40': the whole a part is taken from."""
    k, toks = ctx.ann.token_at(f.num.hedge_start), ctx.ann.tokens
    return k >= 1 and toks[k - 1].low == "of" \
        or k >= 2 and toks[k - 2].low == "of" and toks[k - 1].low in DETERMINERS_OF


def _deed_between(ctx: _Context, a: int, b: int) -> bool:
    """'90 people drowned when three dinghies sank': a verb of a deed between two figures makes them
    clauses of their own, not items of one list ('nine dockworkers and four drivers')."""
    fa, fb = ctx.figures[a], ctx.figures[b]
    end_a, end_b = max(fa.noun_end, fa.num.last + 1), max(fb.noun_end, fb.num.last + 1)
    marks = list(ctx.ann.marks_between(ctx.ann.actions, end_a, ctx.ann.token_at(fb.num.hedge_start) - 1))
    own_b = ctx.ann.marks_between(ctx.ann.actions, fb.num.last + 1, end_b + 2)  # "five wounded": noun or verb
    return bool(marks) and not (_own_deed(ctx, end_a, marks[0]) and len(marks) == 1
                                and any(_own_deed(ctx, fb.num.last + 1, m) for m in own_b))


def _own_deed(ctx: _Context, end: int, m: Mark) -> bool:
    """'two were killed and five wounded': the deed right after a figure (auxiliaries between) is its own,
    so two figures each with theirs are parallel items of one list."""
    return all(t.low in AUXILIARIES for t in ctx.ann.tokens[end:m.first])


def _total_after_told(ctx: _Context, s: Sentence, cue: CueMark) -> int | None:
    """'In all, 11 villages were affected.', 'The chamber has 70 members in all.': a sentence that
    totals, after one that listed the figures."""
    toks, low = ctx.ann.tokens, cue.text.lower()
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if low not in TOTAL_BEFORE_CUE or len(figs) != 1:
        return None
    f = ctx.figures[figs[0]]
    opening = cue.first == s.first and cue.last + 1 < len(toks) and toks[cue.last + 1].text == ","
    closing = max(f.noun_end, f.num.last + 1) == cue.first and cue.last + 1 <= s.last \
        and toks[cue.last + 1].text in (".", "\n")
    return figs[0] if opening and f.first > cue.last or closing else None


def _apposed_total(ctx: _Context, s: Sentence, cue: CueMark) -> int | None:
    """The figure the cue makes a total of, when a comma sets the two off from what comes before."""
    toks, low = ctx.ann.tokens, cue.text.lower()
    if low in TOTAL_AFTER_CUE:
        lead = cue.first - (1 if low == "combined" else 0)  # "a combined 47": the 'a' is the cue's
        if lead < 1 or toks[lead - 1].text != "," or (low == "combined" and toks[lead].low != "a"):
            return None
        return next((i for i in ctx.in_sentence(s) if ctx.ann.token_at(ctx.figures[i].num.hedge_start)
                     == cue.last + 1), None)
    if low in TOTAL_BEFORE_CUE:
        for i in ctx.in_sentence(s):
            f = ctx.figures[i]
            k = ctx.ann.token_at(f.num.hedge_start)
            if max(f.noun_end, f.num.last + 1) == cue.first and k >= 1 and toks[k - 1].text == ",":
                return i
    return None


def _perfect_total(ctx: _Context, f: Figure) -> bool:
    """'More than 1,000 people have died, raising the count to 1,046 from 812': an undated perfect tells
    how many so far, the new total in round figures, not the rise from the earlier tally."""
    k = max(f.noun_end, f.num.last + 1)
    toks = ctx.ann.tokens
    return not f.increment and not f.date_in_clause and f.period_days is None and k < len(toks) \
        and toks[k].low in PERFECT


def _paired_by_to(ctx: _Context, i: int) -> bool:
    """'voted 301 to 245', 'from 62 to 64': a score or a range, never a part of a total."""
    f, toks = ctx.figures[i], ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    after = f.num.last + 1 < len(toks) and toks[f.num.last + 1].low == "to" and any(
        ctx.ann.token_at(n.hedge_start) == f.num.last + 2 for n in ctx.ann.numbers)
    before = k >= 2 and toks[k - 1].low == "to" and any(n.last == k - 2 for n in ctx.ann.numbers)
    return after or before


KNOWN_HEADS = frozenset({lemma for lemma, _category in NOUNS.values()} | {"people"})


def _leaves_stock(total: Figure, parts: list[Figure]) -> bool:
    """A total of who is held or missing, brought to a figure by people who left it (released,
    rescued): the stock fell by them, so the figure is no sum ('new arrests bring the number held
    to 479' raises it, and stays a change)."""
    return total.action in STOCK_ACTIONS and any(p.action in DONE_ACTIONS for p in parts)


def _same_thing(part: Figure, total: Figure) -> bool:
    """A part and its total do not count unrelated things: a noun the vocabulary does not know
    ('dinghies') against one it knows ('migrants dead'), or two unknown nouns that differ."""
    if part.counted is None or total.counted is None:
        return True
    a, b = part.counted.head, total.counted.head
    return compatible_heads(a, b) or (a in KNOWN_HEADS and b in KNOWN_HEADS)


# Listed figures that make up the total, dated or not ("270 on Tuesday, 305 on Wednesday and 256 on Friday,
# for a total of 840"); "bringing the total to" after dated figures may count earlier ones too.
SUM_CUES = frozenset({"for a total of", "making a total of", "making a grim total of", "making a combined total of"})
LOSS_VERBS = frozenset({"lost", "shed", "dropped", "ceded", "forfeited", "cut", "fell", "declined", "gave"})


def _told_before(ctx: _Context, s: Sentence, parts: list[int]) -> bool:
    """'A convoy carried 850 on Friday. Two earlier convoys took out 600 and 720, bringing the total to
    2,170': the sentence before told another batch of the same thing (carried, taken out: the deed may be
    worded apart), which the total may hold."""
    first = ctx.figures[parts[0]]
    if any(t.low == "also" for t in ctx.ann.tokens[s.first:first.first]):
        return True  # "It will also spend 60 million on roads and 50 million on parks, bringing ..."
    return s.index > 0 and any(
        _countable(f) and f.kind is first.kind and f.unit == first.unit
        and (f.counted is None or first.counted is None or f.counted.head == first.counted.head)
        for f in (ctx.figures[i] for i in ctx.by_sentence.get(s.index - 1, [])))


def _one_tally(ctx: _Context, idx: list[int]) -> bool:
    """Clauses with verbs of their own that add to one tally ('the coastguard evacuated 1,120 by sea and
    police moved 430 by road, bringing the total to'): the same thing counted, one side, no verb of loss."""
    figs = [ctx.figures[i] for i in idx]
    heads = [f.counted.head for f in figs if f.counted is not None]
    if not heads or not all(compatible_heads(heads[0], h) for h in heads[1:]):
        return False
    return _one_side_no_loss(ctx, idx)


def _one_side_no_loss(ctx: _Context, idx: list[int]) -> bool:
    """Figures that may add up to one tally: of one side at most, none after a verb of loss ('lost 12')."""
    if len({f.side.value for f in (ctx.figures[i] for i in idx) if f.side is not None}) > 1:
        return False
    return not any(_verb_before(ctx, i) in LOSS_VERBS for i in idx)


def _verb_before(ctx: _Context, i: int) -> str:
    k = ctx.ann.token_at(ctx.figures[i].num.hedge_start) - 1
    return ctx.ann.tokens[k].low if k >= 0 and ctx.ann.tokens[k].kind == "word" else ""


IRREGULAR_VERBS = frozenset({"lost", "won", "took", "got", "had", "saw", "made", "gave", "left", "kept", "held",
                             "brought", "sent", "found", "put", "set", "hit", "shot", "caught"})


def _own_verb(ctx: _Context, i: int) -> bool:
    """A verb right before a figure ('gained nine', 'lost 12'): the figure heads a clause of its own."""
    word = _verb_before(ctx, i)
    return word in IRREGULAR_VERBS or (len(word) > 4 and word.endswith("ed"))


# --- changes: "rose to 1,061 from 1,033", "up from 25", "increased by 100" ----------------------

CHANGE_ROLES: dict[str, Role] = {"to": Role.TO, "from": Role.FROM, "by": Role.BY, "at": Role.TO}
# "up from an earlier figure of six": words that may stand between 'from' and the earlier value
EARLIER_VALUE_WORDS = frozenset({"a", "an", "the", "its", "their", "earlier", "previous", "initial", "first",
                                 "official", "reported", "figure", "toll", "estimate", "count", "tally", "total",
                                 "number", "of"})
MAX_EARLIER_VALUE_WORDS = 5


def changes(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    out: list[RelationDraft] = []
    for cue in ctx.ann.cues_between(s.first, s.last, Cue.ROSE, Cue.FELL):
        members = _same_measure(ctx, _change_members(ctx, s, cue))
        for i, r in members:
            ctx.figures[i].superseded |= r is Role.FROM  # "rose from 22": replaced, with or without its new value
        by = _stated_difference(ctx, s, members)
        by = _amount_before_from(ctx, members) if by is None else by
        if by is not None:
            members = _same_measure(ctx, members + [(by, Role.BY)])
        members = members + _stood_at(ctx, s, cue, members)
        roles = {r for _, r in members}
        if Role.TO not in roles or not roles & {Role.FROM, Role.BY}:
            continue
        to = next(i for i, r in members if r is Role.TO)
        for i, r in members:
            if r is Role.FROM:
                _inherit_change(ctx.figures[to], ctx.figures[i])
        members, factor, words = _change_ratio(ctx, s, cue, members)
        out.append(RelationDraft(RelationKind.CHANGE, members, [words], s.start, s.end,
                                 direction="up" if cue.cue is Cue.ROSE else "down", factor=factor))
    return out


# --- comparisons: "62,400 fans, 4,100 more than the previous record of 58,300" -------------------

COMPARE_WORDS: dict[str, Literal["up", "down"]] = {"more": "up", "higher": "up", "fewer": "down", "less": "down",
                                                   "lower": "down"}
RELATIVE_LEADS = frozenset({"where", "when"})  # "than in Alder county, where two died": the figure compared
COMPARE_REACH = 8  # tokens after 'than' searched for the figure compared ("the previous record of 58,300")


def comparisons(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'A, D more than B' / 'A, D fewer than the B ...': the difference between two figures stated in
    one sentence, so A - B = D (a change relation: A the new figure, B the one compared with)."""
    out: list[RelationDraft] = []
    figs = ctx.in_sentence(s)
    toks = ctx.ann.tokens
    for n, d in enumerate(figs[1:], start=1):
        fd = ctx.figures[d]
        k = fd.num.last + 1
        if k + 1 > s.last or toks[k].low not in COMPARE_WORDS or toks[k + 1].low != "than":
            continue
        # "31 of the 56 seats, two more than the 29 needed": the figure compared is the part, not its whole
        a = next((i for i in reversed(figs[:n]) if not _partitive_whole(ctx, ctx.figures[i])), figs[n - 1])
        b = _compared(ctx, s, k + 2)
        fa = ctx.figures[a]
        if b is None or toks[ctx.ann.token_at(fd.num.hedge_start) - 1].text != ",":
            continue  # "A (on Sunday), D more than B": the difference set off after the clause of A
        fb = ctx.figures[b]
        if fb.unit != fa.unit or fb.kind is not fa.kind \
                or not (_countable(fd) or fd.kind is fa.kind and fd.unit == fa.unit):
            continue  # B measures what A measures; D counts, or measures in their unit
        if fb.counted is None and fa.counted is not None:
            fb.counted = fa.counted.model_copy(update={"inherited": True})
            fb.category, fb.action = fa.category, fb.action or fa.action
        cue = f"{toks[k].low} than"
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM), (d, Role.BY)], [cue],
                                 s.start, s.end, direction=COMPARE_WORDS[toks[k].low]))
    return out


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


def _compared(ctx: _Context, s: Sentence, start: int) -> int | None:
    """The first figure within reach after 'than', with no other figure or deed before it, in the same
    clause or a relative one ('than in Alder county, where two died'); 'than in 2019, the Conservatives
    121' compares with a year and goes on to another item."""
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        if k >= start:
            breaks = [j for j in range(start, k) if toks[j].text in ",;:"]
            near = k - start <= COMPARE_REACH and not any(
                True for _m in ctx.ann.marks_between(ctx.ann.actions, start, k - 1))
            relative = all(j + 1 < k and toks[j + 1].low in RELATIVE_LEADS for j in breaks)
            return i if near and relative else None
    return None


SHARE_UNITS = frozenset({"%", "percent", "per cent", "points", "percentage points"})  # "up 48% from 21,230"


def _same_measure(ctx: _Context, members: list[tuple[int, Role]]) -> list[tuple[int, Role]]:
    """Members of a change measure what its new figure measures: counts with counts, hectares with
    hectares. A bare earlier figure takes the new figure's unit ('rose to 14,500 hectares from 9,800'),
    never a share ('up 48% from 21,230' compares counts); a percentage or a sum of money is never a
    count's change ('fell by 30% to 700')."""
    to = next((i for i, r in members if r is Role.TO), None)
    if to is None:
        return members
    t = ctx.figures[to]
    kept = []
    for i, r in members:
        f = ctx.figures[i]
        bare = f.kind is Kind.COUNT and f.counted is None and f.unit is None
        if i == to or (t.kind is Kind.COUNT and f.kind is Kind.COUNT):
            kept.append((i, r))
        elif t.kind is Kind.MEASURE and (f.kind is Kind.MEASURE and f.unit == t.unit
                                         or r is Role.FROM and bare and t.unit not in SHARE_UNITS):
            f.kind, f.unit = Kind.MEASURE, t.unit
            kept.append((i, r))
    return kept if t.kind in (Kind.COUNT, Kind.MEASURE) else []


def _change_members(ctx: _Context, s: Sentence, cue: CueMark) -> list[tuple[int, Role]]:
    toks = ctx.ann.tokens
    members: list[tuple[int, Role]] = []
    if cue.text.lower() in ("up from", "down from"):
        before = _changed_before(ctx, s, cue.first)
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > cue.last]
        if before and after and _from_earlier(ctx, cue.last, ctx.figures[after[0]]) \
                and not ctx.figures[before[-1]].increment and not _gained(ctx, ctx.figures[before[-1]]):
            # "Three more bodies ..., up from 31", "gained 5 seats, up from 35": the tally rose, not the batch
            return [(before[-1], Role.TO), (after[0], Role.FROM)]  # "327 ..., down from the 341"
        return []
    end = min(max(ctx.ann.clause_of(cue.last)[1], cue.last + 12), _next_change_clause(ctx, s, cue) - 1)
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        if not (cue.last < f.first <= end) or f.kind not in (Kind.COUNT, Kind.MEASURE):
            continue
        lead = toks[max(0, ctx.ann.token_at(f.num.hedge_start) - 1)]
        role = CHANGE_ROLES.get(lead.low)
        if role is None and lead.low == "of" and _from_earlier(ctx, _last_from(ctx, cue.last, f), f):
            role = Role.FROM  # "rose from an earlier figure of six"
        if role is None and not members and cue.text.lower() in ("reached", "has reached", "hit"):
            role = Role.TO
        if role is not None and all(r is not role for _, r in members):
            members.append((i, role))
    resumed = _resumed_from(ctx, s, cue, end, [i for i, _r in members]) \
        if all(r is not Role.FROM for _, r in members) else None
    if resumed is not None:
        members.append((resumed, Role.FROM))
    start = _tally_before(ctx, s, cue)
    if start is not None and all(r is not Role.FROM for _, r in members):
        members.append((start, Role.FROM))
    return members


def _changed_before(ctx: _Context, s: Sentence, first: int) -> list[int]:
    """The figures before token `first` ('up from', 'down 14 from'), the last the one that changed."""
    before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < first]
    if len(before) > 1 and _named_whole_of(ctx, before[-2]) == before[-1]:
        before = before[:-1]  # "won 17 of the 35 seats, up from 15": the 17 rose, not the chamber
    while len(before) > 1 and _after_preposition(ctx, ctx.figures[before[-1]]) \
            and ctx.ann.clause_of(ctx.figures[before[-2]].first) == ctx.ann.clause_of(first):
        before = before[:-1]  # "6 million customers in 110 countries, up from 4 million": the customers
    return before


def _resumed_from(ctx: _Context, s: Sentence, cue: CueMark, end: int, members: list[int]) -> int | None:
    """'rose to 64 on Thursday after rescuers found nine more bodies, up from 55': past the clause the
    scan stopped at, an 'up from' of the cue's own direction, with no change cue between and no figure
    of its own before it (a batch, 'nine more', has none), takes the change's earlier value up again."""
    own = "up from" if cue.cue is Cue.ROSE else "down from"
    for c in ctx.ann.cues_between(end + 1, s.last, Cue.ROSE, Cue.FELL):
        if c.text.lower() != own:
            return None  # "as costs fell to 300 million, down from 320 million": the other clause's
        between = [i for i in ctx.in_sentence(s) if cue.last < ctx.figures[i].first < c.first]
        last = ctx.figures[between[-1]] if between else None
        if last is not None and between[-1] not in members and not (last.increment or _gained(ctx, last)):
            return None  # "rose 9% to 2.4 million, with 1,100 ship calls, up from 980": the calls rose
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > c.last]
        return after[0] if after and _from_earlier(ctx, c.last, ctx.figures[after[0]]) else None
    return None


# Words that open another clause inside a change's sentence ("rose to 84 million as costs fell to 300
# million from 320 million"): that clause's figures are its own change's, never this one's.
CHANGE_CLAUSE_OPENERS = frozenset({"as", "while", "whereas", "after", "before", "when", "although", "though",
                                   "but"})
# 'as' that does not open a clause: "as many as 40", "as of May", "rose, as expected, to 41"
AS_NOT_CLAUSE = frozenset({"many", "much", "high", "low", "few", "little", "of", "well", "expected", "forecast",
                           "planned", "predicted", "part", "far", "long", "soon", "usual", "a", "an"})
SAME_CHANGE_CUES = frozenset({"up from", "down from"})  # "rose by 12 to 93, up from 81": the same change again
NOT_CLAUSE_PARTICIPLES = frozenset({"according", "including", "excluding", "bringing", "taking", "making"})


def _next_change_clause(ctx: _Context, s: Sentence, cue: CueMark) -> int:
    """The first token after a change cue that opens another clause: the next change cue, a subordinator
    ('as costs fell', 'after the company raised its forecast') or a participle after a comma ('cutting
    market value to 12 billion from 13.2 billion'). Past s.last when none."""
    toks = ctx.ann.tokens
    nxt = next((c.first for c in ctx.ann.cues_between(cue.last + 1, s.last, Cue.ROSE, Cue.FELL)
                if c.text.lower() not in SAME_CHANGE_CUES), s.last + 1)
    for k in range(cue.last + 1, nxt):
        low, after = toks[k].low, toks[k + 1] if k + 1 <= s.last else None
        if after is None:
            break
        if low in CHANGE_CLAUSE_OPENERS and after.kind == "word" and not (low == "as" and after.low in AS_NOT_CLAUSE):
            return k
        if low == "," and after.low.endswith("ing") and len(after.low) > 5 and after.low not in NOT_CLAUSE_PARTICIPLES:
            return k
    return nxt


DIFFERENCE_NOUNS = frozenset({"gain", "increase", "rise", "jump", "drop", "fall", "decrease", "decline", "loss"})
DIFFERENCE_REACH = 5  # tokens from the change's last figure to the comma before its stated difference


def _stated_difference(ctx: _Context, s: Sentence, members: list[tuple[int, Role]]) -> int | None:
    """'up from 22, a gain of nine', 'from 3.8 billion, an increase of 600 million': the difference
    stated right after a change that has its new and old values but no 'by'."""
    roles = {r for _, r in members}
    if not {Role.TO, Role.FROM} <= roles or Role.BY in roles:
        return None
    toks = ctx.ann.tokens
    last = max(max(ctx.figures[i].noun_end, ctx.figures[i].num.last + 1) for i, _r in members)
    comma = next((t.i for t in toks[last:min(last + DIFFERENCE_REACH, s.last + 1)] if t.text == ","), None)
    if comma is None or any(t.kind == "num" for t in toks[last:comma]):
        return None  # "up from 9,210 on Wednesday, an increase of 560": a day may stand before the comma
    for i in ctx.in_sentence(s):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = [t.low for t in toks[comma + 1:k]]
        if len(lead) in (3, 4) and lead[-1] == "of" and lead[-2] in DIFFERENCE_NOUNS and lead[0] in ("a", "an"):
            return i
        if len(lead) == 1 and lead[0] in GAIN_PARTICIPLES and ctx.figures[i].unit not in SHARE_UNITS:
            return i  # "rose to 53 seats from 45, gaining eight"
    return None


# "rose to 53 seats from 45, gaining eight", "fell to 40 from 52, losing 12": the difference as a participle
GAIN_PARTICIPLES = frozenset({"gaining", "adding", "losing", "shedding"})
AMOUNT_LEADS: dict[str, Literal["up", "down"]] = {"up": "up", "down": "down"}  # "down 15 from 100"


def _amount_before_from(ctx: _Context, members: list[tuple[int, Role]]) -> int | None:
    """'fell to 85 on Friday, down 15 from 100', 'has reached 5.4 million, up 300,000 from 5.1 million':
    the amount between 'up/down' and the 'from' of the change's earlier value is its difference."""
    roles = {r for _, r in members}
    if not {Role.TO, Role.FROM} <= roles or Role.BY in roles:
        return None
    start = next(i for i, r in members if r is Role.FROM)
    found = _amount_from(ctx, ctx.figures[start])
    return found[0] if found is not None and found[2] is None else None


def _amount_from(ctx: _Context, start: Figure) -> tuple[int, Literal["up", "down"], int | None] | None:
    """The figure D of 'up/down D from <start>' (a count or a sum, not a share), its direction, and the
    new value X of 'down D to X from <start>' (None when the text has no 'to X')."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(start.num.hedge_start)
    frm = next((j for j in range(k - 1, max(k - 1 - MAX_EARLIER_VALUE_WORDS, -1), -1) if toks[j].low == "from"), None)
    if frm is None or not _from_earlier(ctx, frm, start):
        return None
    figs = ctx.by_sentence.get(start.sentence.index, [])
    ends = {max(ctx.figures[i].noun_end, ctx.figures[i].num.last + 1): i for i in figs}
    to = ends.get(frm)
    lead = ctx.ann.token_at(ctx.figures[to].num.hedge_start) - 1 if to is not None else -1
    if to is not None and lead >= 0 and toks[lead].low == "to" and lead in ends:
        by: int | None = ends[lead]  # "down six to 41 from 47"
    else:
        by, to = ends.get(frm), None
    if by is None:
        return None
    d = ctx.figures[by]
    lead = ctx.ann.token_at(d.num.hedge_start) - 1
    if lead < 0 or toks[lead].low not in AMOUNT_LEADS or d.kind not in (Kind.COUNT, Kind.MEASURE) \
            or d.unit in SHARE_UNITS:
        return None
    return by, AMOUNT_LEADS[toks[lead].low], to


def amount_changes(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """A change told by its amount with no verb of change: 'left 88,000 homes without power, down 12,000
    from 100,000 on Saturday' (the figure before the comma is the new value), 'revised the toll down six
    to 41 from 47' (the 'to' figure is)."""
    out: list[RelationDraft] = []
    for start in ctx.in_sentence(s):
        found = _amount_from(ctx, ctx.figures[start])
        if found is None:
            continue
        by, direction, to = found
        lead = ctx.ann.token_at(ctx.figures[by].num.hedge_start) - 1
        to = _amount_changes_to(ctx, s, lead) if to is None else to
        if to is None:
            continue
        members = _same_measure(ctx, [(to, Role.TO), (start, Role.FROM), (by, Role.BY)])
        if len(members) < 3:
            continue
        ctx.figures[start].superseded = True
        for i in (start, by):
            _inherit_change(ctx.figures[to], ctx.figures[i])
        out.append(RelationDraft(RelationKind.CHANGE, members, [_amount_cue(ctx, s, lead)], s.start, s.end,
                                 direction=direction))
    return out


def _amount_changes_to(ctx: _Context, s: Sentence, lead: int) -> int | None:
    """The new value of 'X, down D from Y': X before the comma, in the clause that ends there, with no
    verb of change before it ('fell to 85, down 15 from 100' is the verb's change)."""
    toks = ctx.ann.tokens
    if lead < 1 or toks[lead - 1].text != "," or ctx.ann.cues_between(s.first, lead, Cue.ROSE, Cue.FELL):
        return None
    before = _changed_before(ctx, s, lead)
    if not before:
        return None
    f = ctx.figures[before[-1]]
    own = ctx.ann.clause_of(f.first) == ctx.ann.clause_of(lead - 2)  # no clause between it and the comma
    return before[-1] if own and not f.increment and not _gained(ctx, f) and _countable(f) else None


def _amount_cue(ctx: _Context, s: Sentence, lead: int) -> str:
    """'down', or 'revised the death toll down' when a verb of revision leads it: a correction the text
    states, not a running total falling."""
    toks = ctx.ann.tokens
    rev = next((k for k in range(max(s.first, lead - REVISION_REACH - 1), lead) if toks[k].low in REVISION_WORDS),
               None)
    return ctx.ann.text[toks[rev].start:toks[lead].end] if rev is not None else toks[lead].text


GAIN_VERBS = frozenset({"gained", "gaining", "gains", "added", "adding", "adds", "picked", "lost", "losing",
                        "shed", "shedding", "dropped"})


def _gained(ctx: _Context, f: Figure) -> bool:
    """'gained 5 seats', 'after gaining nine', 'picked up 3': the figure is the amount won or lost."""
    k = ctx.ann.token_at(f.num.hedge_start)
    toks = ctx.ann.tokens
    return k >= 1 and (toks[k - 1].low in GAIN_VERBS or k >= 2 and toks[k - 1].low == "up"
                       and toks[k - 2].low == "picked")


def _from_earlier(ctx: _Context, after: int, f: Figure) -> bool:
    """Only an earlier value's words stand between token `after` ('from') and figure f: 'from the 341',
    'from an earlier figure of six'."""
    k = ctx.ann.token_at(f.num.hedge_start)
    between = ctx.ann.tokens[after + 1:k]
    return after >= 0 and all(t.low in EARLIER_VALUE_WORDS or t.kind != "word" for t in between) \
        and len(between) <= MAX_EARLIER_VALUE_WORDS


def _last_from(ctx: _Context, cue_last: int, f: Figure) -> int:
    """The last 'from' between a change cue and figure f (-1 when none)."""
    k = ctx.ann.token_at(f.num.hedge_start)
    return next((j for j in range(k - 1, cue_last, -1) if ctx.ann.tokens[j].low == "from"), -1)


TALLY_NOUNS = frozenset({"toll", "tally", "total", "number", "count"})


def _tally_before(ctx: _Context, s: Sentence, cue: CueMark) -> int | None:
    """'Tuesday's toll of 347 climbed by 223 to 580': the subject's figure is where the change starts."""
    toks = ctx.ann.tokens
    before = [i for i in ctx.in_sentence(s) if ctx.figures[i].num.last < cue.first]
    if not before:
        return None
    f = ctx.figures[before[-1]]
    k = ctx.ann.token_at(f.num.hedge_start)
    right_before_cue = f.num.last + 1 == cue.first
    return before[-1] if right_before_cue and k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in TALLY_NOUNS \
        else None


def _inherit_change(to: Figure, other: Figure) -> None:
    """'from 1,033 a day earlier': the earlier figure of a change counts what the later one counts."""
    if other.counted is None and to.counted is not None:
        other.counted = to.counted.model_copy(update={"inherited": True})
        other.category = to.category
        other.action = other.action or to.action
        other.side = other.side or to.side
        if other.scope.value is Scope.UNKNOWN or other.scope.value is Scope.DAY:
            other.scope = Known[Scope](value=to.scope.value, basis=Basis.INFERRED, words="the change it belongs to")


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


# --- "75 more": a figure without a noun continues the one before ---------------------------------


FOLLOW_WORDS = frozenset({"followed", "follow", "follows", "too", "also", "likewise", "similarly"})


def same_action_as_before(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'212 Ukrainians freed, and 246 soldiers followed on Sunday': 'followed' repeats the action."""
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        f = ctx.figures[i]
        if f.action is not None or f.kind is not Kind.COUNT or n == 0:
            continue
        words = {t.low for t in ctx.ann.words(f.clause[0], f.clause[1])}
        prev = ctx.figures[figs[n - 1]]
        if words & FOLLOW_WORDS and prev.action is not None:
            f.action = prev.action
    return []


ELLIPSIS_BEFORE = frozenset({"and", ",", "another", "further", "more", "additional", "'s", "’s", "on", "with"})


def more_of_the_same(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'75 more', 'a further 1,020 crossed', 'and Saturday's 264': a figure without a noun that
    continues a list counts what the figure before it counts."""
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        if f.counted is not None or f.kind is not Kind.COUNT or f.partitive or not _continues(ctx, f):
            continue  # ', three of them': a part of something (partitives), not one more item of a list
        reach = 0 if _after_comma_only(ctx, f) else 1  # 'Of these, 900,000': the comma ends a phrase
        prev = next((j for j in range(i - 1, -1, -1) if ctx.figures[j].counted is not None
                     and ctx.figures[j].kind is Kind.COUNT and s.index - ctx.figures[j].sentence.index <= reach
                     and not _bracketed_before(ctx, ctx.figures[j], f)), None)
        if prev is not None and _own_state(ctx, ctx.figures[prev], f):
            continue
        if prev is not None:
            _inherit(ctx, prev, [i])
            p = ctx.figures[prev]
            own = f.scope.value is Scope.UNKNOWN or (f.scope.value is Scope.DAY and f.date is not None
                                                    and f.scope.words == f.date.text)
            right_before = prev == max((j for j in ctx.in_sentence(s) if ctx.figures[j].first < f.first), default=-1)
            if own and right_before and p.scope.value in (Scope.SINCE, Scope.STOCK):  # "had reported 468 dead,
                # and on Monday 205": the same running count
                f.scope = Known[Scope](value=p.scope.value, basis=Basis.INFERRED, words=p.scope.words)
    return []


def _bracketed_before(ctx: _Context, inner: Figure, f: Figure) -> bool:
    """'150 prisoners (including 20 women) on Wednesday and 90 on Thursday': the 20 sits in a bracket
    closed before the 90, so the 90 continues the 150, not the 20."""
    toks = ctx.ann.tokens
    if inner.sentence.index != f.sentence.index:
        return False
    opened = any(t.text in "([" for t in toks[inner.sentence.first:inner.num.first])
    return opened and any(t.text in ")]" for t in toks[inner.num.last + 1:f.num.first])


STATE_CATEGORIES = frozenset({Category.BODY, Category.INJURED, Category.MISSING})
STATE_WORDS = frozenset({"still", "remain", "remained", "remaining"})
STATE_PLACES = frozenset({"hospital", "hospitals", "critical", "serious", "custody", "captivity", "care"})


def _own_state(ctx: _Context, prev: Figure, f: Figure) -> bool:
    """'41 dead, 62 still in hospital': the figure says its own state; it is not more of the dead
    (but 'four in Iraq' is more of them)."""
    toks, k = ctx.ann.tokens, f.num.last + 1
    if prev.category not in STATE_CATEGORIES or k >= len(toks):
        return False
    if toks[k].low in STATE_WORDS:
        return True
    return toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].low in STATE_PLACES


def _after_comma_only(ctx: _Context, f: Figure) -> bool:
    """The figure continues a list only because a comma stands before it: then the list is its sentence's."""
    k = ctx.ann.token_at(f.num.hedge_start)
    nxt = ctx.ann.tokens[f.num.last + 1].low if f.num.last + 1 < len(ctx.ann.tokens) else ""
    return k > 0 and ctx.ann.tokens[k - 1].text == "," and nxt not in ("more", "others")


def _continues(ctx: _Context, f: Figure) -> bool:
    toks = ctx.ann.tokens
    k = f.num.last + 1
    if k < len(toks) and toks[k].low in ("more", "others"):
        return True
    k0 = ctx.ann.token_at(f.num.hedge_start)
    before = [t for t in toks[max(0, k0 - 4):k0] if not any(d.start <= t.start < d.end for d in ctx.ann.dates)]
    words = [t.low for t in before]
    return bool(words) and (words[-1] in ELLIPSIS_BEFORE or any(w in ("further", "another") for w in words))


# --- what remains: "12 miners were trapped ... 7 have been brought out ... 5 remain" ----------------

STOCK_ACTIONS = frozenset({Action.HELD, Action.MISSING})
DONE_ACTIONS = frozenset({Action.RESCUED, Action.RELEASED, Action.EVACUATED, Action.EXCHANGED})
REMAIN_WORDS = frozenset({"remain", "remains", "remained", "remaining", "still"})
REMAIN_VERBS = REMAIN_WORDS - {"remaining"}  # "and five remain": the figure's own verb


def remaining(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """A whole in a held state, the part brought out of it, and what remains: whole - done = left."""
    out: list[RelationDraft] = []
    for i in ctx.in_sentence(s):
        left = ctx.figures[i]
        if left.scope.value is not Scope.STOCK or not _countable(left) or not _says_remain(ctx, left):
            continue
        stages = _done_in_stages(ctx, s, left)
        earlier = [j for j in range(len(ctx.figures)) if ctx.figures[j].first < left.first
                   and 0 <= s.index - ctx.figures[j].sentence.index <= (2 if stages else 1)
                   and _countable(ctx.figures[j])]
        done = stages or [j for j in earlier if ctx.figures[j].action in DONE_ACTIONS]
        own = None if _remains_itself(ctx, left) else left.action  # "brought out seven, and five remain"
        wholes = [j for j in earlier if ctx.figures[j].action in STOCK_ACTIONS and ctx.figures[j].counted is not None
                  and (own is None or own is ctx.figures[j].action)]
        if not done or len(done) != 1 and not stages or len(wholes) != 1 or not wholes[0] < done[0] \
                or _after_the_release(ctx, wholes[0], done[0]):
            continue
        whole = wholes[0]
        if own is None and left.action in DONE_ACTIONS:
            left.action = ctx.figures[whole].action  # the deed of the list item before is not what remains
        _inherit(ctx, whole, done + [i])
        members = [(whole, Role.WHOLE)] + [(j, Role.DONE) for j in done] + [(i, Role.LEFT)]
        start = ctx.figures[whole].sentence.start
        out.append(RelationDraft(RelationKind.REMAINING, members, ["remain"], start, s.end, exhaustive=True))
    return out


def _done_in_stages(ctx: _Context, s: Sentence, left: Figure) -> list[int]:
    """'Seven were brought out on Monday and two more on Tuesday. Three remain': a deed told in stages
    in the sentence before (or this one), each stage after the first a continuation ('N more', 'a
    further N') with no noun of its own, all one deed; [] unless there are two stages or more."""
    reach = [j for j, f in enumerate(ctx.figures) if f.first < left.first and _countable(f)
             and 0 <= s.index - f.sentence.index <= 1]
    done = [j for j in reach if ctx.figures[j].action in DONE_ACTIONS]
    if len(done) < 2 or len({ctx.figures[j].action for j in done}) != 1 \
            or any(ctx.figures[j].action not in STOCK_ACTIONS for j in reach if j not in done):
        return []  # nothing but the stages, and the held whole they were taken from
    if not all(_continues(ctx, ctx.figures[j]) and _own_noun_of(ctx.figures[j]) is None for j in done[1:]):
        return []
    return done


LEAVING_LEADS = (("leaving",), ("leaving", "it", "with"), ("leaving", "them", "with"), ("leaving", "just"),
                 ("leaving", "only"))  # "cut 450 of its 1,800 jobs, leaving 1,350": what is left of the whole


def left_after_taking(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'cut 450 of its 1,800 jobs, leaving 1,350', 'lost five of its 23 seats, leaving it with 18': a
    part taken from a named whole, and what that leaves: whole - part = left."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = _lead_before(toks, k, LEAVING_LEADS)
        if lead is None or k == len(lead) or toks[k - len(lead) - 1].text != "," or n < 2:
            continue
        part, whole = figs[n - 2], figs[n - 1]
        fp, fw = ctx.figures[part], ctx.figures[whole]
        between = [t.low for t in toks[fp.num.last + 1:ctx.ann.token_at(fw.num.hedge_start)]]
        if not (between[:1] == ["of"] and len(between) <= 2) or not all(map(_countable, (fp, fw, ctx.figures[i]))):
            continue  # only "K of (its) M": the whole the part is taken from is named
        if (deed := ctx.figures[i].action) is not None and deed not in STOCK_ACTIONS:
            continue  # "killed three of the 40 worshippers, leaving 10 injured": another outcome, not the rest
        _inherit(ctx, whole, [part, i])
        members = [(whole, Role.WHOLE), (part, Role.DONE), (i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, [" ".join(lead)], s.start, s.end, exhaustive=True))
    return out


def _after_the_release(ctx: _Context, whole: int, done: int) -> bool:
    """'holding about 30 hostages after freeing 11': the held figure is already what is left."""
    w, d = ctx.figures[whole], ctx.figures[done]
    return w.sentence.index == d.sentence.index and any(
        t.low == "after" for t in ctx.ann.tokens[max(w.noun_end, w.num.last + 1):d.first])


def _remains_itself(ctx: _Context, f: Figure) -> bool:
    """'and five remain underground': 'remain' is the figure's own verb, whatever deed it inherited."""
    k = max(f.noun_end, f.num.last + 1)
    return k < len(ctx.ann.tokens) and ctx.ann.tokens[k].low in REMAIN_VERBS


def _says_remain(ctx: _Context, f: Figure) -> bool:
    return any(t.low in REMAIN_WORDS for t in ctx.ann.words(f.clause[0], f.clause[1]))


# --- the rest of the count the sentence before gave: "Nine inmates escaped. Police have recaptured six, and
# three are still at large" ------------------------------------------------------------------------------------

REST_LEADS = (("the", "remaining"), ("the", "other"))  # "and the remaining 22 are missing", "the other 37"
# "and three are still at large", "and five remain": the last figure's own verb says it is what is left
REST_VERBS = (("remain",), ("remains",), ("remained",), ("are", "still"), ("were", "still"), ("is", "still"),
              ("was", "still"), ("still",))
REST_LEAVING = (("leaving", "just"), ("leaving", "only"), ("leaving",))  # "48,000 reconnected, leaving 12,000"


def rest_of_the_count_before(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'The ferry had 150 people on board. Coastguards rescued 128, and the remaining 22 are missing',
    'heard 45 cases. It upheld 30, overturned nine and sent the remaining six back': the figures of a
    sentence that ends in the rest ('the remaining/other N', 'N are still ...') split the one count of
    the sentence before, so they add up to it (a rest told only by its verb, after one part of the
    same noun: 'recaptured six, and three are still at large')."""
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(figs) < 2 or s.index == 0 or any(i in ctx.parts or i in ctx.left for i in figs):
        return []
    rest, parts = figs[-1], figs[:-1]
    marked = _rest_marked(ctx, ctx.figures[rest])
    if marked is None or ctx.ann.sentences[s.index - 1].headline:
        return []
    whole = _sole_count_before(ctx, s)
    if whole is None:
        return []
    w = ctx.figures[whole]
    assert w.counted is not None
    by_verb = marked not in (" ".join(x) for x in REST_LEADS)  # 'are still', 'leaving': one part, no own noun
    if by_verb and (len(parts) != 1 or _own_noun_of(ctx.figures[rest]) is not None):
        return []  # "found 12 bodies, and 30 people are still missing": others may have come out alive
    for i in parts:
        f = ctx.figures[i]
        head = _own_noun_of(f)
        if f.increment or _partitive_whole(ctx, f) or head is not None and not (
                head == w.counted.head if by_verb else compatible_heads(head, w.counted.head)):
            return []  # "a further 12": another batch; "120 patients" beside 300 beds: other things
    _inherit(ctx, whole, figs)
    if len(parts) == 1:  # "recaptured six, and three are still at large": 9 - 6 = 3
        members = [(whole, Role.WHOLE), (parts[0], Role.DONE), (rest, Role.LEFT)]
        return [RelationDraft(RelationKind.REMAINING, members, [marked], w.sentence.start, s.end, exhaustive=True)]
    return [_breakdown(ctx, whole, figs, True, [marked], s, Basis.STATED)]


def remaining_of_target(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Ukraine and Russia each handed over 270 prisoners in the first stage of an 840-for-840 exchange
    ... The remaining 570 on each side are to be swapped in two further stages': the agreed size, the
    stages told so far (numbered 1 to n, one figure each) and the rest: size - stages = remaining."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        left = ctx.figures[i]
        k = ctx.ann.token_at(left.num.hedge_start)
        if _lead_before(toks, k, (("the", "remaining"),)) is None or not _countable(left) or i in ctx.related:
            continue
        before = [j for j, f in enumerate(ctx.figures) if f.first < left.first]
        sizes = {ctx.figures[j].num.value for j in before if ctx.figures[j].kind is Kind.TARGET}
        target = next((j for j in reversed(before) if ctx.figures[j].kind is Kind.TARGET), None)
        told = [j for j in before if ctx.figures[j].num.value not in sizes]  # not the size again
        done = _stages_told(ctx, told)
        if target is None or len(sizes) != 1 or not done or ctx.figures[target].per_side != left.per_side:
            continue
        values = {ctx.figures[j].num.value for j in done}
        if any(_unplaced_batch(ctx, j, values) for j in told):
            continue  # "On Wednesday they freed 150 each": a batch no stage number places
        members = [(target, Role.WHOLE)] + [(j, Role.DONE) for j in done] + [(i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, ["the remaining"],
                                 ctx.figures[target].sentence.start, s.end, exhaustive=True))
    return out


def _unplaced_batch(ctx: _Context, j: int, stage_values: set[Decimal]) -> bool:
    """A count of people freed that is none of the stages' figures, no part of one ('Among the 270 were 18
    civilians') and no tally since a start point: a batch the stage numbers do not place."""
    f = ctx.figures[j]
    return f.action in DONE_ACTIONS and f.kind is Kind.COUNT and f.num.value not in stage_values \
        and j not in ctx.parts and f.scope.value not in (Scope.SINCE, Scope.STOCK)


def _stages_told(ctx: _Context, before: list[int]) -> list[int]:
    """The figure of each stage 1..n the text numbers, the last one told of each (body over headline);
    [] when a stage has two different figures or a number is missing."""
    by_stage: dict[int, list[int]] = {}
    for j in before:
        f = ctx.figures[j]
        if f.stage is not None and f.kind is Kind.COUNT and _countable(f):
            by_stage.setdefault(f.stage.n, []).append(j)
    if not by_stage or sorted(by_stage) != list(range(1, max(by_stage) + 1)):
        return []
    if any(len({ctx.figures[j].num.value for j in js}) != 1 for js in by_stage.values()):
        return []
    return [by_stage[n][-1] for n in sorted(by_stage)]


GAP_LEADS = (("leaving", "a", "gap", "of"), ("leaving", "a", "shortfall", "of"), ("leaving", "a", "deficit", "of"))


def gap_left(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'needed 2.4 million dollars but received 1.5 million, leaving a gap of 900,000 dollars': two
    figures of one sum of money (or one count) and the gap between them: larger - smaller = gap."""
    out: list[RelationDraft] = []
    figs = ctx.in_sentence(s)
    toks = ctx.ann.tokens
    for n, i in enumerate(figs[2:], start=2):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        lead = _lead_before(toks, k, GAP_LEADS)
        if lead is None or toks[k - len(lead) - 1].text != "," or i in ctx.left:
            continue
        whole, done = figs[n - 2], figs[n - 1]
        if ctx.figures[done].num.value > ctx.figures[whole].num.value:
            whole, done = done, whole  # "revenue of 212 billion, while spending was 236 billion": a gap has no order
        w, d, g = ctx.figures[whole], ctx.figures[done], ctx.figures[i]
        if w.kind is not g.kind or w.unit != g.unit or w.kind not in (Kind.COUNT, Kind.MEASURE) \
                or w.unit in SHARE_UNITS or not (d.kind is w.kind and d.unit == w.unit or _bare(d)):
            continue  # one quantity throughout: '2.4 million dollars', a bare '1.5 million', '900,000 dollars'
        if _bare(d):
            d.kind, d.unit = w.kind, w.unit
        members = [(whole, Role.WHOLE), (done, Role.DONE), (i, Role.LEFT)]
        out.append(RelationDraft(RelationKind.REMAINING, members, [" ".join(lead)], s.start, s.end, exhaustive=True))
    return out


def _bare(f: Figure) -> bool:
    """A figure with no noun or unit of its own: '1.5 million' after '2.4 million dollars'."""
    return f.kind is Kind.COUNT and f.unit is None and (f.counted is None or f.counted.inherited)


def _own_noun_of(f: Figure) -> str | None:
    """The head noun the figure names itself, not one it inherited from a list or a change."""
    return f.counted.head if f.counted is not None and not f.counted.inherited else None


def _rest_marked(ctx: _Context, f: Figure) -> str | None:
    """The words that make f the rest: 'the remaining', 'the other' before it, 'are still' after it."""
    toks = ctx.ann.tokens
    k = ctx.ann.token_at(f.num.hedge_start)
    lead = _lead_before(toks, k, REST_LEADS)
    if lead is not None:
        return " ".join(lead)
    lead = _lead_before(toks, k, REST_LEAVING)
    if lead is not None and k - len(lead) >= 1 and toks[k - len(lead) - 1].text == ",":
        return " ".join(lead)
    k = max(f.noun_end, f.num.last + 1)
    verb = next((w for w in REST_VERBS if tuple(t.low for t in toks[k:k + len(w)]) == w), None)
    return None if verb is None else " ".join(verb)


def _sole_count_before(ctx: _Context, s: Sentence) -> int | None:
    """The one count of the sentence before, naming what it counts itself, when it has no other figure."""
    figs = ctx.by_sentence.get(s.index - 1, [])
    if len(figs) != 1:
        return None
    f, k = ctx.figures[figs[0]], ctx.ann.token_at(ctx.figures[figs[0]].num.hedge_start)
    ok = _countable(f) and f.counted is not None and not f.counted.inherited and figs[0] not in ctx.parts \
        and f.scope.value is not Scope.PERIOD and not f.increment and f.num.hedge is None \
        and f.modality is Modality.REPORTED and not (k >= 1 and ctx.ann.tokens[k - 1].low in FRACTION_WORDS)
    return figs[0] if ok else None  # "Of the injured, 38 ...": a part, named by its whole; "half a million"


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


# --- bullets after a colon: "... distributed as follows:" then one line per part ------------------

BULLETS = frozenset({"•", "·", "*", "-", "–", "—", "▪"})
# Words before the colon that make the lines examples of the whole, not all of it, as inline 'including'
SOME_OF = LIST_INCLUDING | {"for example", "for instance", "among others"}
# Nouns that count the points a list itself makes, never what its lines add up: "The budget makes 3 big
# changes:" then one line of money per change
POINT_NOUNS = frozenset({"change", "reason", "way", "thing", "point", "step", "measure", "fact", "takeaway",
                         "lesson", "question", "proposal", "idea", "priority", "highlight", "issue", "moment",
                         "trend", "detail", "option", "rule"})
# A line that compares the whole with another time ("- Up from 4,600 a year ago") is no part of it
COMPARING_LEADS = frozenset({"up", "down", "compared", "against", "versus", "vs"})
# Words right before a figure that make it a rate's base or an average, never a whole to break down
NOT_A_TOTAL_BEFORE = frozenset({"per", "average", "mean", "median"})


def bullet_lists(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'... distributed as follows:' then '• 521 trucks crossed ...', one part a line. The lines must count
    what the whole counts: a year series, a comparison, points of a list or a rate's lines are not parts."""
    toks = ctx.ann.tokens
    if toks[s.last].text != ":" or s.index + 1 >= len(ctx.ann.sentences):
        return []
    wholes = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(wholes) != 1 or not _bullet_whole(ctx, s, wholes[0]):
        return []
    parts, lines, every = _bullet_parts(ctx, s)
    w, items = ctx.figures[wholes[0]], [ctx.figures[i] for i in parts]
    if lines < 2 or not parts or (every and len(parts) < 2) or _lines_count_other(w, lines, items):
        return []
    _inherit(ctx, wholes[0], parts)
    if any(not _fits(w, p) for p in items):
        return []
    clause = " " + " ".join(t.low for t in toks[ctx.ann.clause_of(s.last - 1)[0]:s.last]) + " "
    some = any(f" {cue} " in clause for cue in SOME_OF)  # "made 41 arrests on Tuesday, including:"
    end = ctx.figures[parts[-1]].sentence.end
    return [RelationDraft(RelationKind.BREAKDOWN, [(wholes[0], Role.WHOLE)] + [(i, Role.PART) for i in parts],
                          [":"], s.start, end, exhaustive=every and not some,
                          overlap=_may_overlap(ctx, [ctx.figures[i] for i in parts]))]


def _bullet_whole(ctx: _Context, s: Sentence, whole: int) -> bool:
    """The colon's last figure is the whole, not a rate's base or an average ('The squad of 23 players has an
    average age of 26:' then the youngest and the oldest: the lines tell the age, not the players)."""
    f = ctx.figures[whole]
    k = ctx.ann.token_at(f.num.hedge_start)
    before = {t.low for t in ctx.ann.tokens[max(s.first, k - 2):k]}
    return ctx.in_sentence(s)[-1] == whole and not before & NOT_A_TOTAL_BEFORE


def _lines_count_other(whole: Figure, lines: int, parts: list[Figure]) -> bool:
    """The lines tell something other than parts of the whole: 'Top three ports by cargo:' then three
    lines (the whole counts the lines, one each, so lines of more than one count something else); a line
    repeating the whole ('Tarn has 86 cases: - Tarn: 86 - Sarn: 41', a comparison); 'The plan brings 3
    main changes:' then sums of money (points of a list, whose lines count no changes)."""
    v = whole.value
    one_each = v is not None and v.lo == lines == v.hi and any(
        p.value is None or not p.value.lo == p.value.hi == 1 for p in parts)
    repeated = len(parts) > 1 and any(_same_value(p, whole) for p in parts)
    points = whole.counted is not None and whole.counted.head in POINT_NOUNS and not all(
        _own_noun(whole, p) for p in parts)
    return one_each or repeated or points


def _same_value(a: Figure, b: Figure) -> bool:
    return a.value is not None and b.value is not None and (a.value.lo, a.value.hi) == (b.value.lo, b.value.hi)


def _own_noun(whole: Figure, part: Figure) -> bool:
    return part.counted is not None and not part.counted.inherited \
        and compatible_heads(part.counted.head, whole.counted.head if whole.counted else "")


def _bullet_parts(ctx: _Context, s: Sentence) -> tuple[list[int], int, bool]:
    """The parts the bullet lines after `s` give, how many lines, and whether they are all of the whole: a
    line comparing with another time is left out, and then the rest are only some of it; a line labelled
    by a year makes the list a series ('- 2025: 312 deaths - 2024: 345 deaths'), which has no parts."""
    toks = ctx.ann.tokens
    parts: list[int] = []
    lines, every = 0, True
    for line in ctx.ann.sentences[s.index + 1:]:
        figs = [i for i in ctx.in_sentence(line) if _countable(ctx.figures[i])]
        if toks[line.first].text not in BULLETS or not figs:
            break
        lines += 1
        lead = toks[line.first + 1] if line.first < line.last else toks[line.first]
        if any(n.format is NumberFormat.YEAR and n.first == line.first + 1
               for n in ctx.ann.numbers_between(line.first, line.last)):
            return [], lines, False
        if lead.low in COMPARING_LEADS:
            every = False
            continue
        parts.append(figs[0])  # "• 521 trucks crossed through ...": the line's first figure is its part
        parts.extend(_coordinated(ctx, line, figs[0]))  # "- Kaya Ell: 1 gold, 1 silver"
    return parts, lines, every


def _coordinated(ctx: _Context, line: Sentence, first: int) -> list[int]:
    """Further figures of a bullet line listed beside its first with ',' or 'and', counting the same kind of
    thing ('1 gold, 1 silver'); not '12 dead, 80 injured', '(18 at home, 13 away)' or ', 120 of them'."""
    toks = ctx.ann.tokens
    at = {ctx.figures[i].first: i for i in ctx.in_sentence(line)}
    f0 = ctx.figures[first]
    out: list[int] = []
    k = max(f0.noun_end, f0.num.last + 1)
    while k <= line.last:
        while k <= line.last and toks[k].low not in SEPARATORS and toks[k].text not in ("(", ")") and k not in at:
            k += 1
        if k > line.last or toks[k].low not in SEPARATORS:
            break
        k = _skip_separators(toks, k, line.last)
        i = at.get(k)
        if i is None:
            break
        f = ctx.figures[i]
        if not _countable(f) or f.partitive or f.totalled or f.category is not f0.category \
                or f.action is not f0.action or f.kind is not f0.kind:
            break
        out.append(i)
        k = max(f.noun_end, f.num.last + 1)
    return out


# --- tables: each column's cells add up to the cell in the Total row; a Total column adds up each row --


def table_totals(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    table = ctx.tables.get(s.index)
    if table is None:
        return []
    out: list[RelationDraft] = []
    for j, cell in enumerate(table.total.cells):
        whole = _figure_in(ctx, table.total.sentence, cell)
        placed = table.column(j)
        parts = _cell_figures(ctx, placed or [], whole)
        if placed is not None and len(parts) >= 2 and whole is not None \
                and _additive(ctx.figures[whole], [ctx.figures[i] for i in parts]):
            out.append(_table_draft(table, whole, parts, table.total.label))
    for row in (*table.body, table.total):
        out.extend(_row_total(ctx, table, row))
    return out


def _additive(total: Figure, parts: list[Figure]) -> bool:
    """A Total cell that can be the sum of its column: a count or a sum of money always; a percentage
    or a bare decimal only when it stands above every part, since a rate ('5.7%' jobless, '61%' turnout)
    or a rating that a Total row gives for the whole table lies among its parts, as an average does."""
    v = total.value
    if v is None or v.lo is None:
        return False
    whole_number = v.lo == v.lo.to_integral_value()
    if total.unit != "%" and (total.unit is not None or whole_number):
        return True
    tops = [p.value.hi for p in parts if p.value is not None and p.value.hi is not None]
    return bool(tops) and v.lo > max(tops)


def _row_total(ctx: _Context, table: Table, row: Row) -> list[RelationDraft]:
    """A row's cells before the column its header names a total add up to the cell in that column."""
    split = table.row_sum(row)
    if split is None:
        return []
    cells, total = split
    whole = _figure_in(ctx, row.sentence, total)
    parts = _cell_figures(ctx, [(row, c) for c in cells], whole)
    if whole is None or not parts:
        return []
    return [_table_draft(table, whole, parts, "total")]


def _cell_figures(ctx: _Context, placed: list[tuple[Row, Cell]], whole: int | None) -> list[int]:
    """The figure of each cell, all of the whole's kind; none when a cell holds something else."""
    if whole is None:
        return []
    out: list[int] = []
    for row, cell in placed:
        i = _figure_in(ctx, row.sentence, cell)
        if i is None or ctx.figures[i].kind is not ctx.figures[whole].kind:
            return []
        out.append(i)
    return out


def _table_draft(table: Table, whole: int, parts: list[int], cue: str) -> RelationDraft:
    members = [(whole, Role.WHOLE)] + [(i, Role.PART) for i in parts]
    return RelationDraft(RelationKind.BREAKDOWN, members, [cue], table.start, table.end, exhaustive=True)


def _figure_in(ctx: _Context, sentence: int, cell: Cell) -> int | None:
    inside = [i for i in ctx.by_sentence.get(sentence, []) if cell.start <= ctx.figures[i].num.start < cell.end]
    if len(inside) != 1 or ctx.figures[inside[0]].value is None:
        return None
    return inside[0]


# --- revisions: "first said 96 ..., but later revised the figure to 95" ---------------------------

REVISION_REACH = 4  # "revised the figure to 95", "updated it to 4,212": the verb this close before 'to'


def revisions(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """A figure the sentence later says was revised to another is superseded (no relation: a revision
    states no arithmetic, only which figure stands)."""
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        if k < 2 or toks[k - 1].low != "to":
            continue
        if any(t.low in REVISION_WORDS for t in toks[max(s.first, k - 1 - REVISION_REACH):k - 1]):
            for j in figs[:n]:
                if ctx.figures[j].kind is ctx.figures[i].kind:
                    ctx.figures[j].superseded = True
    return []


# --- ratios: shares of a whole, percentage changes, multiples -------------------------------------
# "40% of the 200 farms, or 80", "Half of them, 2,700", "rose 8% to 54 billion from 50 billion",
# "doubled to 48 from 24", "50,000, five times the 10,000 police estimated". The rules record the ratio
# the text states (a percentage claim in the RATE role, or a word in `factor`); the reconciler judges it.

PERCENT_TOKENS = frozenset({"%", "percent", "per", "cent"})  # the unit words after a percentage's figure
SHARE_PRONOUNS = frozenset({"them", "these", "those", "whom"})  # "half of them, 2,700": the whole told before
SHARE_LEAD = frozenset({"the", "its", "their", "our", "his", "her", "these", "those", "all", "of"})
OWNER_REACH = 3  # "of the school's 850 pupils", "of its capacity of 200 million": words before the whole
SHARE_REACH = 8  # tokens from the whole's figure to the comma before its amount ("farms in the Tassel district")
AMOUNT_REACH = 4  # tokens from an amount to the comma before its share ("won 27,000 votes, or 54% of")
# After an amount, words that make it something else than the share restated: "80 more", "20 of the 60".
NOT_AMOUNT_AFTER = frozenset({"more", "fewer", "less", "of", "per", "percent", "%", "times", "each", "-", "–"})
APPOSITION_CLOSERS = frozenset({",", ".", ";", ")", ":"})  # "Two thirds of the 9,000, 6,000, joined"
# Words between an amount's comma and its share: "27,000 votes, or 54% of", "voted, a turnout of 62.5%".
SHARE_LEADS = (("or",), ("a", "turnout", "of"), ("a", "share", "of"), ("or", "a", "share", "of"))


def shares(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'40% of the 200 farms ..., or 80', 'Two thirds of the 9,000 junior doctors, 6,000,', 'Half of them,
    2,700,' (the whole told just before), 'won 27,000 votes, or 54% of the 50,000 cast', 'Of the 80,000
    voters, 50,000 voted, a turnout of 62.5%': a part stated both as a share of its whole and as an amount."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    for k in range(s.first + 1, s.last):
        if toks[k].low == "of":
            ratio = _share_before(ctx, s, k)
            d = _share_then_amount(ctx, s, k, ratio) if ratio is not None else None
            if d is not None:
                out.append(d)
    return out + _amount_then_share(ctx, s)


Ratio = tuple[int | None, Interval | None, str, int]  # a percentage figure or a factor in words; words; token


def _share_before(ctx: _Context, s: Sentence, of: int) -> Ratio | None:
    """The share right before 'of': a percentage ('40% of', 'Forty percent of') or a fraction in words,
    hedged as written ('about a third of')."""
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        if f.kind is Kind.MEASURE and f.unit == "%" and f.num.last < of \
                and all(t.low in PERCENT_TOKENS for t in toks[f.num.last + 1:of]):
            return i, None, ctx.ann.text[ctx.figures[i].start:toks[of].end], ctx.ann.token_at(f.start)
    words = [t for t in toks[max(s.first, of - 4):of] if t.text not in ("-", "‐")]
    for n in (3, 2, 1):
        phrase = " ".join(t.low for t in words[-n:])
        if len(words) >= n and phrase in SHARE_WORDS:
            first = words[-n].i
            h = hedge_before(toks, first)
            lo = ctx.ann.token_at(h.start) if h is not None else first
            factor = hedged(SHARE_WORDS[phrase], h.text if h else None, integer=False)
            return None, factor, ctx.ann.text[toks[lo].start:toks[of].end], lo
    return None


SAYING_LEAD = frozenset({"said", "says", "estimated", "estimate", "reported", "found"})  # "Insurers said 60% of them"
MAX_SAYING_LEAD = 4


def _opens(ctx: _Context, s: Sentence, first: int) -> bool:
    """A share opens its sentence, or follows only who says it ('Insurers said half of them, ...'): then
    'of them' means the figure before, as a fronted reference does."""
    lead = ctx.ann.tokens[s.first:first]
    return not lead or len(lead) <= MAX_SAYING_LEAD and lead[-1].low in SAYING_LEAD \
        and all(t.kind == "word" for t in lead)


def _whole_after_of(ctx: _Context, s: Sentence, of: int) -> int | None:
    """The figure a share is taken of: 'of the 200 farms', "of the school's 850", 'of its capacity of 200
    million'; only a few words (no comma, no other number) between 'of' and it."""
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        k = ctx.ann.token_at(f.num.hedge_start)
        if k <= of:
            continue
        gap = toks[of + 1:k]
        ok = len(gap) <= OWNER_REACH and all(t.kind == "word" for t in gap) \
            and (not gap or gap[0].low in SHARE_LEAD)
        return i if ok and (_countable(f) or f.kind is Kind.MEASURE and f.unit != "%") else None
    return None


def _share_then_amount(ctx: _Context, s: Sentence, of: int, ratio: Ratio) -> RelationDraft | None:
    """'P of the N ..., or M' / 'P of the N ..., M,' / 'P of them, M,' (N told before)."""
    toks = ctx.ann.tokens
    rate, factor, words, first = ratio
    if of + 1 <= s.last and toks[of + 1].low in SHARE_PRONOUNS:
        comma, whole = of + 2, None
    else:
        whole = _whole_after_of(ctx, s, of)
        if whole is None:
            return None
        w = ctx.figures[whole]
        end = min(s.last, w.num.last + SHARE_REACH)
        comma = next((k for k in range(w.num.last + 1, end + 1) if toks[k].text in ",;:()"), s.last + 1)
        if comma > s.last or toks[comma].text != "," or ctx.ann.numbers_between(w.num.last + 1, comma):
            return None
    part = _amount_at(ctx, s, comma)
    if part is None:
        return None
    if whole is None:
        whole, basis = _antecedent(ctx, s, ctx.figures[part], before=first, fronted=_opens(ctx, s, first))
        if whole is None or basis is not Basis.STATED:
            return None
    return _share_draft(ctx, s, whole, part, rate, factor, words)


def _amount_at(ctx: _Context, s: Sentence, comma: int) -> int | None:
    """The amount a share restates, right after its comma: ', or 80 farms', ', 6,000,', ', about 1,080,'."""
    toks = ctx.ann.tokens
    if comma > s.last or toks[comma].text != ",":
        return None
    k = comma + 1 + (comma + 1 <= s.last and toks[comma + 1].low == "or")
    part = next((i for i in ctx.in_sentence(s) if ctx.ann.token_at(ctx.figures[i].num.hedge_start) == k), None)
    if part is None:
        return None
    p = ctx.figures[part]
    after = toks[p.num.last + 1] if p.num.last + 1 <= s.last else None
    if after is not None and after.low in NOT_AMOUNT_AFTER:
        return None  # "80 more", "20 of the 60": not the share restated
    bare = toks[comma + 1].low != "or"
    closed = after is None or after.text in APPOSITION_CLOSERS
    return part if not bare or closed else None


def _alone_before(ctx: _Context, s: Sentence, i: int, comma: int) -> bool:
    """Figure i is the one figure between the comma before it (or the sentence's start) and `comma`: what a
    share, change or multiple after that comma restates ('won 27,000 votes in 41 districts, or 54%' may mean
    either, and is left alone)."""
    toks = ctx.ann.tokens
    start = next((k for k in range(comma - 1, s.first - 1, -1) if toks[k].text == ","), s.first - 1)
    return [j for j in ctx.in_sentence(s) if start < ctx.figures[j].first < comma] == [i]


def _amount_then_share(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'won 27,000 votes, or 54% of the 50,000 cast'; 'Of the 80,000 voters, 50,000 voted, a turnout of
    62.5%' and 'won 120 of the 200 seats, or 60%' (the whole read as the amount's whole before)."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        r = ctx.figures[i]
        k = ctx.ann.token_at(r.num.hedge_start)
        if not (r.kind is Kind.MEASURE and r.unit == "%") or n == 0:
            continue
        lead = next((lead for lead in SHARE_LEADS if tuple(t.low for t in toks[k - len(lead):k]) == lead
                     and toks[k - len(lead) - 1].text == ","), None)
        if lead is None:
            continue
        comma = k - len(lead) - 1
        amount = figs[n - 1]
        a = ctx.figures[amount]
        if not _countable(a) or comma - a.num.last > AMOUNT_REACH or not _alone_before(ctx, s, amount, comma):
            continue
        of = r.num.last + 1
        while of <= s.last and toks[of].low in PERCENT_TOKENS:
            of += 1
        if of <= s.last and toks[of].low == "of":
            whole = _whole_after_of(ctx, s, of)
        else:
            whole = ctx.parts.get(amount)
            whole = whole if whole is not None and ctx.figures[whole].sentence is s else None
        if whole is not None and whole != amount:
            end = of if of <= s.last and toks[of].low == "of" else of - 1
            words = ctx.ann.text[toks[comma + 1].start:toks[end].end]
            d = _share_draft(ctx, s, whole, amount, i, None, words)
            if d is not None:
                out.append(d)
    return out


def _share_draft(ctx: _Context, s: Sentence, whole: int, part: int, rate: int | None, factor: Interval | None,
                 words: str) -> RelationDraft | None:
    """A share relation when the amount counts what its whole counts (or nothing of its own)."""
    w, p = ctx.figures[whole], ctx.figures[part]
    if p.unit != w.unit or p.kind is not w.kind and not (_countable(p) and _countable(w)):
        return None
    if p.counted is not None and w.counted is not None and not p.counted.inherited \
            and not _same_noun(p.counted.head, w.counted.head) \
            and (p.category is not w.category or p.category is Category.OTHER):
        return None  # "40% of the 200 farms, or 3,000 hectares": another measure of the same share
    _inherit(ctx, whole, [part])
    members = [(whole, Role.WHOLE), (part, Role.PART)] + ([(rate, Role.RATE)] if rate is not None else [])
    start = min(w.sentence.start, s.start)
    return RelationDraft(RelationKind.SHARE, members, [words], start, s.end, factor=factor)


def _same_noun(a: str, b: str) -> bool:
    """'polling station' and 'station', 'voter' and 'people': one noun, or one names the other's kind."""
    return compatible_heads(a, b) or a.split(" ")[-1] == b.split(" ")[-1]


def _change_ratio(ctx: _Context, s: Sentence, cue: CueMark,
                  members: list[tuple[int, Role]]) -> tuple[list[tuple[int, Role]], Interval | None, str]:
    """The ratio a change states: a percentage right after its cue ('rose 8% to', 'fell by about 20%
    to'), a multiple in its verb ('doubled', 'more than tripled'), or a fraction after 'by' ('fell by
    half'). Never a percentage of percentages ('rose 2% to 5.5%': points or per cent?)."""
    toks = ctx.ann.tokens
    to = next(i for i, r in members if r is Role.TO)
    k = cue.last + 1 + (cue.last + 1 <= s.last and toks[cue.last + 1].low == "by")
    rate = next((i for i in ctx.in_sentence(s) if ctx.figures[i].kind is Kind.MEASURE
                 and ctx.figures[i].unit == "%" and ctx.ann.token_at(ctx.figures[i].num.hedge_start) == k), None)
    if rate is not None and ctx.figures[to].unit != "%" and Role.FROM in {r for _, r in members}:
        members = [(i, r) for i, r in members if i != rate] + [(rate, Role.RATE)]
    h = hedge_before(toks, cue.first)
    verb = MULTIPLE_VERBS.get(cue.text.lower())
    if verb is not None:
        return members, hedged(verb, h.text if h else None, integer=False), cue.text
    two = [t for t in toks[k:k + 2] if t.text not in ("-", "‐")] if k > cue.last + 1 else []
    for n in (2, 1):  # "fell by a third", "fell by half"
        share = SHARE_WORDS.get(" ".join(t.low for t in two[:n])) if len(two) >= n else None
        if share is not None:
            words = ctx.ann.text[toks[cue.first].start:two[n - 1].end]
            return members, Interval.point(1 + share if cue.cue is Cue.ROSE else 1 - share), words
    return members, None, cue.text


UP_DOWN: dict[str, Literal["up", "down"]] = {"up": "up", "down": "down"}
CHANGE_REACH = 8  # tokens from the new figure to the comma before ', up 20% from 80,000'


def percent_up_from(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'lent 96,000 books last year, up 20% from 80,000': X = Y × (1 + 20%), told after a comma."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        r = ctx.figures[i]
        k = ctx.ann.token_at(r.num.hedge_start)
        if not (r.kind is Kind.MEASURE and r.unit == "%") or n == 0 or n + 1 >= len(figs) \
                or toks[k - 1].low not in UP_DOWN or toks[k - 2].text != ",":
            continue
        frm = r.num.last + 1
        while frm <= s.last and toks[frm].low in PERCENT_TOKENS:
            frm += 1
        b, a = figs[n + 1], figs[n - 1]
        fa, fb = ctx.figures[a], ctx.figures[b]
        if frm > s.last or toks[frm].low != "from" or not _from_earlier(ctx, frm, fb) \
                or k - 2 - fa.num.last > CHANGE_REACH or not _alone_before(ctx, s, a, k - 2) \
                or fa.unit == "%" or fb.unit not in (None, fa.unit) \
                or not (_countable(fa) or fa.kind is Kind.MEASURE):
            continue
        fb.superseded = True
        _inherit_change(fa, fb)
        if fb.kind is not fa.kind:
            fb.kind, fb.unit = fa.kind, fa.unit
        words = ctx.ann.text[toks[k - 1].start:toks[frm].end]
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM), (i, Role.RATE)], [words],
                                 s.start, s.end, direction=UP_DOWN[toks[k - 1].low]))
    return out


STOOD_AT = (("when", "it", "stood", "at"), ("when", "it", "was"))  # "since 2010, when it stood at 10 billion"


def _stood_at(ctx: _Context, s: Sentence, cue: CueMark, members: list[tuple[int, Role]]) -> list[tuple[int, Role]]:
    """'has tripled to 30 billion since 2010, when it stood at 10 billion': the earlier value, told in a
    'when' clause about the change's starting point."""
    if any(r is Role.FROM for _, r in members) or not any(r is Role.TO for _, r in members):
        return []
    toks = ctx.ann.tokens
    for i in ctx.in_sentence(s):
        k = ctx.ann.token_at(ctx.figures[i].num.hedge_start)
        if k > cue.last and any(tuple(t.low for t in toks[k - len(w):k]) == w and toks[k - len(w) - 1].text == ","
                                for w in STOOD_AT):
            return [(i, Role.FROM)]
    return []


# "as many as", "as much as": after a multiple, the figure compared follows ("twice as many as the 31,000")
AS_MANY = (("as", "many", "as", "the"), ("as", "much", "as", "the"), ("as", "many", "as"), ("as", "much", "as"),
           ("the",))
COMPARED_LEADS = ((",",), ("was",), ("is",), ("were",), ("are",), (",", "was"), (",", "is"))


def multiples(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'50,000 people joined, five times the 10,000 police estimated', '80, was double the 40 freed on
    Thursday', '61,200 votes, nearly twice as many as the 31,000 of her rival': A = factor × B."""
    out: list[RelationDraft] = []
    toks = ctx.ann.tokens
    figs = ctx.in_sentence(s)
    for k in range(s.first + 1, s.last):
        found = _multiple_at(ctx, k)
        if found is None:
            continue
        value, last = found
        after = next((w for w in AS_MANY if tuple(t.low for t in toks[last + 1:last + 1 + len(w)]) == w), None)
        if after is None:
            continue
        b = next((i for i in figs if ctx.ann.token_at(ctx.figures[i].num.hedge_start) == last + 1 + len(after)), None)
        h = hedge_before(toks, k)
        lo = ctx.ann.token_at(h.start) if h is not None else k
        a = next((i for i in reversed(figs) if ctx.figures[i].num.last < lo), None)
        if a is None or b is None or not _compared_lead(ctx, ctx.figures[a], lo):
            continue
        fa, fb = ctx.figures[a], ctx.figures[b]
        if fa.unit != fb.unit or not (_countable(fa) and _countable(fb) or fa.kind is fb.kind is Kind.MEASURE) \
                or fa.counted and fb.counted and not _same_noun(fa.counted.head, fb.counted.head):
            continue  # "1,200 homes, twice the 600 schools": two things, no multiple of one
        _inherit_change(fa, fb)
        words = ctx.ann.text[toks[lo].start:toks[last + len(after)].end]
        out.append(RelationDraft(RelationKind.CHANGE, [(a, Role.TO), (b, Role.FROM)], [words], s.start, s.end,
                                 direction="up" if value > 1 else "down",
                                 factor=hedged(value, h.text if h else None, integer=False)))
    return out


def as_many_deeds(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'Twice as many people were injured as killed ...: 14 dead and 28 injured': after the colon, the
    figure of the first deed is the multiple of the figure of the second (each deed counted once)."""
    toks = ctx.ann.tokens
    for k in range(s.first, s.last):
        found = _multiple_at(ctx, k)
        if found is None or [t.low for t in toks[found[1] + 1:found[1] + 3]] != ["as", "many"]:
            continue
        colon = next((j for j in range(found[1] + 3, s.last) if toks[j].text == ":"), None)
        marks = list(ctx.ann.marks_between(ctx.ann.actions, found[1] + 3, (colon or s.last) - 1))
        pair = next(((a, b) for a, b in zip(marks, marks[1:], strict=False) if b.first == a.last + 2
                     and toks[a.last + 1].low == "as" and a.action is not b.action), None)
        if colon is None or pair is None:
            continue
        after = [i for i in ctx.in_sentence(s) if ctx.figures[i].first > colon]
        new = [i for i in after if ctx.figures[i].action is pair[0].action and _countable(ctx.figures[i])]
        old = [i for i in after if ctx.figures[i].action is pair[1].action and _countable(ctx.figures[i])]
        if len(new) == 1 and len(old) == 1 and len(after) == 2:
            h = hedge_before(toks, k)
            lo = ctx.ann.token_at(h.start) if h is not None else k
            words = ctx.ann.text[toks[lo].start:toks[pair[1].last].end]
            return [RelationDraft(RelationKind.CHANGE, [(new[0], Role.TO), (old[0], Role.FROM)], [words], s.start,
                                  s.end, direction="up" if found[0] > 1 else "down",
                                  factor=hedged(found[0], h.text if h else None, integer=False))]
    return []


def _multiple_at(ctx: _Context, k: int) -> tuple[Decimal, int] | None:
    """A multiple starting at token k: 'twice', 'double', 'five times', '2.5 times'; its value and last token."""
    toks = ctx.ann.tokens
    if toks[k].low in MULTIPLE_WORDS and not (toks[k].low == "half" and toks[k - 1].low in ("a", "and")):
        return MULTIPLE_WORDS[toks[k].low], k
    n = next((n for n in ctx.ann.numbers if n.first == k), None)
    if n is not None and n.last + 1 < len(toks) and toks[n.last + 1].low == "times" and n.value > 1:
        return n.value, n.last + 1
    return None


def _compared_lead(ctx: _Context, a: Figure, lo: int) -> bool:
    """Only a comma or 'was' (or the amount's own noun phrase, up to AMOUNT_REACH words) stands between
    the figure compared and its multiple: '50,000 people joined the rally, five times'."""
    toks = ctx.ann.tokens
    gap = toks[a.num.last + 1:lo]
    if tuple(t.low for t in gap) in COMPARED_LEADS:
        return True
    return 0 < len(gap) <= AMOUNT_REACH + 1 and gap[-1].text == "," and all(t.kind == "word" for t in gap[:-1]) \
        and _alone_before(ctx, a.sentence, ctx.figures.index(a), lo - 1)


RULES: list[Rule] = [more_of_the_same, same_action_as_before, breakdown_lists, partitives, totals_after_parts,
                     money_brought_to, totals_after_list, comparisons, margins, changes, amount_changes, exchanges,
                     remaining, left_after_taking, rest_of_the_count_before, remaining_of_target, gap_left,
                     definite_restatements, completion, bullet_lists, table_totals, revisions, shares, multiples,
                     percent_up_from, as_many_deeds, parts_told_next, apposed_lists, each_side_told,
                     completed_with_final, vote_of_all, money_lists, bracketed_members]


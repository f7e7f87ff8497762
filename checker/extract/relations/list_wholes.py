"""The figure a list breaks down: the noun phrase right before its opener ('35 detainees - ...'), the
sentence's subject ('The dead included eight employees'), the figure of the sentence before that the
clause names ('They include ...', 'Among those freed on Sunday were ...'), or a count of groups beside
('in three provinces: 31 in ..., 20 in ...').
"""

from __future__ import annotations

from decimal import Decimal

from checker.claims import Basis, Counted, Kind, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure, group_participle
from checker.extract.relations.antecedent import _antecedent, _group_action
from checker.extract.relations.common import BE_VERBS, _countable, _earlier, _noun_after, _same_day
from checker.extract.relations.context import _Context
from checker.extract.relations.list_items import LIST_INCLUDING, MAX_LABEL_WORDS, _counts_groups, _names_groups, _Opener
from checker.numbers import NumberFormat, NumberMention, Token
from checker.vocab import ACTIONS, SIDES, participle_like

# Tokens that may stand between a whole's noun phrase and "including": "42 prisoners on Tuesday, including".
GAP_WORDS = frozenset({",", "on", "in", "at", "from", "to", "of", "the", "a", "this", "last", "by", "over"})

MAX_GAP = 6

# "31 residents had died in the typhoon, among them nine children": the figure's own predicate may
# stand between it and the list, up to this many tokens, when nothing in it opens another clause.
MAX_PREDICATE_GAP = 8

CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "which", "who", "whom", "that", "when", "after",
                            "before", "as", "because", "since", "or", ";", ":", "-", "(", ")"})


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

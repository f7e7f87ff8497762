"""Changes of one measure: 'rose to 1,061 from 1,033', 'up from 25', 'increased by 100', with the
ratio a change states ('rose 8% to', 'doubled'), a change told by its amount without a verb ('down
12,000 from 100,000'), and revisions ('first said 96 ..., later revised to 95'), which state no
arithmetic but which figure stands.
"""

from __future__ import annotations

from typing import Literal

from checker.claims import Basis, Interval, Kind, Known, RelationKind, Role, Scope
from checker.extract.annotate import CueMark, Sentence
from checker.extract.figures import Figure
from checker.extract.relations.antecedent import _after_preposition
from checker.extract.relations.common import SHARE_UNITS, TALLY_NOUNS, _countable
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.list_wholes import _named_whole_of
from checker.numbers import hedge_before, hedged
from checker.vocab import MULTIPLE_VERBS, REVISION_WORDS, SHARE_WORDS, Cue

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

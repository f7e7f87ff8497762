"""A part told both as a share of its whole and as an amount: '40% of the 200 farms ..., or 80',
'Half of them, 2,700,', 'won 27,000 votes, or 54% of the 50,000 cast', 'a turnout of 62.5%'.
"""

from __future__ import annotations

from checker.claims import Basis, Category, Interval, Kind, RelationKind, Role
from checker.extract.annotate import Sentence
from checker.extract.relations.antecedent import _antecedent
from checker.extract.relations.common import PERCENT_TOKENS, _alone_before, _countable, _inherit
from checker.extract.relations.context import RelationDraft, _Context
from checker.numbers import hedge_before, hedged
from checker.vocab import SHARE_WORDS, compatible_heads

# --- ratios: shares of a whole, percentage changes, multiples -------------------------------------
# "40% of the 200 farms, or 80", "Half of them, 2,700", "rose 8% to 54 billion from 50 billion",
# "doubled to 48 from 24", "50,000, five times the 10,000 police estimated". The rules record the ratio
# the text states (a percentage claim in the RATE role, or a word in `factor`); the reconciler judges it.

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

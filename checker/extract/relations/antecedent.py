"""The whole a reference points back to: 'of them', 'of those killed', 'of the sailors', 'Of these, ...'.
Lists, partitives and shares all meet such references, so the search for the one figure the text
means (this sentence or the few before, the same deed, the same noun, never a comparison's
difference or an earlier value) lives here once.
"""

from __future__ import annotations

from checker.claims import Action, Basis, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import GROUP_AUXILIARIES, RELATIVE_WORDS, Figure
from checker.extract.relations.common import (
    BE_VERBS,
    HUMAN,
    _countable,
    _difference,
    _earlier,
    _fits_noun,
    _same_action,
)
from checker.extract.relations.context import _Context
from checker.numbers import Token

ANTECEDENT_SENTENCES = 2  # "Among those returned were ...": the whole is at most this many sentences back

NAMED_ANTECEDENT_SENTENCES = 4  # "Of the Latvian sailors freed, ...": a named noun reaches further

ANAPHORIC_OF = frozenset({"the", "those", "these", "them", "whom"})


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

"""The rest of a whole named by its complement: 'the three others', 'the remaining 34', 'the rest,
600', in the same sentence or opening the next. Partitives ('Twelve of them ..., the three others
...') and lists ('..., with the remaining eight') both close a whole this way.
"""

from __future__ import annotations

from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import _countable, _fits_noun, _lead_before, _predicated
from checker.extract.relations.context import _Context

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

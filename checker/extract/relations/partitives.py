"""A part that names its whole: 'Ten of the 12 hostages', 'Of the 70, nine ...', '63 were among 68',
'two cases out of more than 11,000 suits', 'of Ruvania's 40 districts', with the rest of the same
whole where the text tells it ('the three others', 'the remaining 12').
"""

from __future__ import annotations

from checker.claims import Basis, Counted
from checker.extract.annotate import Sentence
from checker.extract.figures import GROUP_AUXILIARIES, Figure, group_participle, head_at
from checker.extract.relations.antecedent import ANAPHORIC_OF, FURTHER_WORDS, _antecedent, _further_group, _group_action
from checker.extract.relations.common import (
    BE_VERBS,
    HUMAN,
    KNOWN_HEADS,
    SEPARATORS,
    _breakdown,
    _countable,
    _earlier,
    _fits,
    _fits_noun,
    _inherit,
    _noun_after,
    _own_noun_of,
    _own_time,
    _same_action,
    _same_day,
)
from checker.extract.relations.complements import _complement, _complement_next, _complement_words
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.exhaustive import _said_all
from checker.extract.relations.list_items import _list_items, _Opener, _unread_items
from checker.vocab import OVERLAP_DIMENSIONS, Cue, compatible_heads

# --- a part that names its whole: "Ten of the 12 hostages", "Of the 70, nine ...", "63 were among 68" --

SENTENCE_PARTITIVES = ("of the", "of those", "of these", "of all", "of them")

OWNED_PARTITIVES = ("of its", "of their", "of our")  # "Of its 1,100 staff, ...": the whole must be named

OWN_DETERMINERS = frozenset({"its", "their", "our", "his", "her"})  # "won 15 of their 20 games"


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

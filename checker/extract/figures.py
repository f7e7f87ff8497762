"""What each number of an article is: read from the annotations by small pattern tables.

A `Figure` is the working record for one number while the rules read it: its kind, what it counts
(the noun phrase as written), the action, the side, its time scope and modality, the date and stage
the text attaches to it, and the words each of those rests on. `to_claim` turns it into the typed
`Claim`; relations between figures are read afterwards (`checker.extract.relations`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.claims import (
    Action,
    Basis,
    Category,
    Claim,
    Counted,
    DateRef,
    Facets,
    Grounding,
    Interval,
    Kind,
    Known,
    Modality,
    Scope,
    Span,
)
from checker.dates import DEICTIC, MONTHS, WEEKDAYS, DateMention
from checker.extract.annotate import (
    RANGE_JOINERS,
    ActionMark,
    Annotations,
    CueMark,
    Mark,
    OrdinalMark,
    PeriodMark,
    Sentence,
)
from checker.numbers import NumberFormat, NumberMention, Token, hedged
from checker.vocab import (
    ACTION_CATEGORY,
    ACTIONS,
    ANCHORS,
    CLAUSE_WORDS,
    HEDGES_AFTER,
    MAX_NOUN_WORDS,
    NEUTRAL_MODIFIERS,
    NOT_COUNTED,
    NOUNS,
    NUMBER_WORDS,
    ORDINALS,
    OUR_WORDS,
    SIDES,
    Cue,
    participle_like,
)

NOT_FIGURES = frozenset({NumberFormat.YEAR, NumberFormat.TIME, NumberFormat.PHONE, NumberFormat.DATE_PART,
                         NumberFormat.SCORE, NumberFormat.IDENTIFIER})
MAX_MODIFIERS = 4  # words between a figure and its head noun: "300 seriously wounded Ukrainian soldiers"
SCOPE_REACH = 6  # tokens between a scope phrase and the figure after it, with no comma between
RECORD_REACH = 5  # tokens before "since" searched for a superlative ("the largest ... since")
PLAN_REACH = 4  # tokens before a date searched for a plan cue ("is expected on Monday")
SINCE_REACH = 8  # tokens after "since" that can name the start point
MAX_AGE = 120
APPOSITION_END = frozenset({",", ";", "—", "–", ")", "."})  # "Tomas, 21; and sister Ana, 17—"
MAX_QUOTE = 240  # a sentence longer than this is quoted as a window around the figure
QUOTE_CONTEXT = 100  # characters either side of the figure in such a window
CONJUNCTIONS = frozenset({"and", "but", "while", "whereas"})
CLOSERS_AND_DASHES = frozenset({")", "]", "-", "–", "—"})
UNATTACHED = 1000  # a phrase that cannot attach to a figure (see _attached)
OWN_REACH = 6  # a phrase this close (see _attached) to another figure is that figure's; farther, the sentence's
ATTACHABLE = frozenset({NumberFormat.PLAIN})  # figures that compete for a date or scope phrase
# Words that may stand between a figure's noun phrase and the date or period it has ("were freed on").
LINKING_WORDS = frozenset({"on", "in", "at", "the", "over", "during", "for", "were", "was", "have", "has", "been",
                           "had", "are", "is", "be", "being", "a", "an", "of", "by", "this"})
# Words that end a noun phrase: verbs, prepositions, conjunctions.
STOP_WORDS = frozenset({
    "were", "was", "are", "is", "have", "has", "had", "will", "would", "be", "been", "being", "in", "on", "at",
    "from", "to", "by", "for", "with", "into", "over", "after", "before", "during", "since", "and", "or", "but",
    "the", "a", "an", "that", "who", "which", "whom", "this", "these", "those", "than", "as", "per", "each",
    "did", "do", "does", "not", "no", "said", "says", "more", "less", "of", "across", "out", "up", "down",
    "through", "under", "via", "while", "when", "where", "among", "including", "it", "its", "their", "they",
    "we", "he", "she", "you", "i", "so", "too", "also", "still", "now", "then", "there", "here", "ago",
})
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "us", "you"})  # "three of them happened": no noun follows
PARTITIVE_DETERMINERS = frozenset({"the", "our", "their", "them", "those", "these", "whom", "its", "his", "her",
                                   "which", "all"})
AGE_BOUNDS = frozenset({"under", "over", "above", "below", "aged"})
RATE_WORDS = frozenset({"a day", "per day", "a week", "per week", "an hour", "per hour", "a month", "per month",
                        "a year", "per year"})
PEOPLE_ACTIONS = frozenset({Action.KILLED, Action.INJURED, Action.RESCUED, Action.EVACUATED, Action.RELEASED,
                            Action.ARRESTED})
PREDICATE_VERBS = frozenset({"were", "are", "was", "is"})
DEFINITE_BEFORE = frozenset({"the", "these", "those", "both"})
AGE_BEFORE = ("aged", "age of", "at the age of", "is", "was", "at")
AGREED_CUES = frozenset({"agreed to", "agreed to free", "agreed to release", "under the deal", "under the agreement",
                         "under the truce", "under the terms", "calls for", "call for", "provides for",
                         "provide for"})
SCOPE_CUES: dict[Cue, Scope] = {Cue.SINCE: Scope.SINCE, Cue.SO_FAR: Scope.SINCE, Cue.TOLL: Scope.SINCE,
                               Cue.STOCK: Scope.STOCK}
INCREMENT_WORDS = frozenset({"another", "further", "additional"})  # "another 300 freed": one more batch, not a total
START_WORDS = frozenset({"since", "until", "from", "till", "as of"})  # a date after these is a start or end point
CAPTURE_WORDS = frozenset({"captured", "taken", "seized", "abducted", "kidnapped", "detained", "held", "attack",
                           "raid", "offensive", "invasion", "assault", "began", "begun", "started", "launched"})


@dataclass
class Figure:
    """One number as the rules read it (the fields of a Claim, plus what relation rules need)."""

    num: NumberMention
    sentence: Sentence
    clause: tuple[int, int]
    kind: Kind = Kind.COUNT
    value: Interval | None = None
    unit: str | None = None
    counted: Counted | None = None
    category: Category = Category.OTHER
    action: Action | None = None
    facets: Facets = Facets()
    side: Known[str] | None = None
    scope: Known[Scope] = field(default_factory=lambda: Known[Scope](value=Scope.UNKNOWN, basis=Basis.DEFAULTED))
    modality: Modality = Modality.REPORTED
    date: DateMention | None = None
    stage: OrdinalMark | None = None
    partitive: bool = False  # "Ten of the people released", "Three hundred of our defenders"
    totalled: bool = False  # "in total", "a total of": the figure sums something
    anaphoric: bool = False  # "the 17 hostages", "all 307 released defenders"
    per_side: bool = False
    increment: bool = False  # "another 300": one more batch
    superseded: bool = False  # "rose from 22": the value before a change
    period_days: int | None = None
    since_text: str | None = None
    then_value: Decimal | None = None
    then_year: int | None = None
    extreme: Literal["youngest", "oldest"] | None = None
    noun_end: int = 0  # token index after the counted noun phrase
    date_in_clause: bool = False  # the date stands in the figure's own clause (else taken from its sentence)
    dateline: bool = False  # the date is the dateline's ('KYIV, May 8 (Wire) -')
    quote: tuple[int, int] = (0, 0)

    @property
    def start(self) -> int:
        return self.num.hedge_start

    @property
    def first(self) -> int:
        return self.num.first


# --- reading one number -------------------------------------------------------------------------


def read_figures(ann: Annotations) -> list[Figure]:
    """Every number of the article that is a figure (not a year, time, date part or phone number)."""
    out: list[Figure] = []
    consumed: set[int] = set()
    for num in ann.numbers:
        if num.first in consumed or _not_a_figure(ann, num):
            continue
        f = Figure(num, ann.sentence_of(num.first), ann.clause_of(num.first))
        f.kind = _kind(ann, f, consumed)
        _what(ann, f)
        _when(ann, f)
        f.value = _value(f)
        f.quote = _quote_span(ann, f)
        out.append(f)
    return out


def _not_a_figure(ann: Annotations, num: NumberMention) -> bool:
    if num.format in NOT_FIGURES:
        return True
    if ann.in_url(num.start):
        return True
    toks = ann.tokens
    nxt = toks[num.last + 1] if num.last + 1 < len(toks) else None
    prev = toks[num.first - 1] if num.first > 0 else None
    if nxt is not None and nxt.low in NOT_COUNTED and num.format is not NumberFormat.PERCENT:
        return True  # "three times", "two sides"; but "40 percent" is a percentage like "40%"
    if nxt is not None and nxt.low in ORDINAL_SUFFIXES and not ann._spaced(nxt):
        return True  # "3rd", "7th": a rank, read as an ordinal, never a count
    if _speaker(ann, num):
        return True
    if num.is_word and prev is not None and prev.low in DEFINITE_BEFORE and not _partitive_whole(toks, num) \
            and not (nxt is not None and nxt.low == "others"):  # "the two others": the rest of a count
        return True  # "the two sides", "these three": a reference, not a figure
    if num.is_word and num.value == 1:
        return not _one_counts(toks, num)
    return False


ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _partitive_whole(toks: list[Token], num: NumberMention) -> bool:
    """'five of the nine boats': the nine is the whole the five are counted from."""
    k = num.first
    return k >= 3 and toks[k - 2].low == "of" and (toks[k - 3].kind == "num" or toks[k - 3].low in NUMBER_WORDS)


def _one_counts(toks: list[Token], num: NumberMention) -> bool:
    """'one' is a count only before a counted noun ('one serviceman'), not 'one of', 'no one'."""
    k = num.last + 1
    if k >= len(toks) or toks[k].kind != "word":
        return False
    if num.first > 0 and toks[num.first - 1].low in ("no", "every", "any", "each", "at", "which"):
        return False
    return head_at(toks, k) is not None or head_at(toks, k + 1) is not None


def _kind(ann: Annotations, f: Figure, consumed: set[int]) -> Kind:
    num = f.num
    if num.format in (NumberFormat.PERCENT, NumberFormat.MONEY, NumberFormat.UNIT):
        f.unit = num.unit
        return Kind.MEASURE
    if num.value != num.value.to_integral_value() and num.format is NumberFormat.PLAIN:
        return Kind.MEASURE  # "16.09", "2.5": not a count of people or things
    if _target_pair(ann, num, consumed):
        f.per_side = True  # "1,000-for-1,000": a thousand on each side
        return Kind.TARGET
    age = _age(ann, f)
    if age:
        return Kind.AGE
    if _rate(ann, num):
        f.unit = "per " + ann.tokens[_np_end(ann, num) + 1].low
        return Kind.MEASURE
    if num.format is NumberFormat.DURATION:
        f.unit = num.unit
        return Kind.DURATION
    if any(c.text.lower() in AGREED_CUES for c in ann.cues_between(f.clause[0], num.first - 1, Cue.PLAN)):
        return Kind.TARGET
    return Kind.COUNT


def _rate(ann: Annotations, num: NumberMention) -> bool:
    """'up to 200 trucks a day', '600 trucks per day': a rate, not a count of what happened."""
    k = _np_end(ann, num)
    words = " ".join(t.low for t in ann.tokens[k:k + 2])
    if k + 2 < len(ann.tokens) and ann.tokens[k + 2].low in ("earlier", "later", "before", "after", "ago"):
        return False  # "51 a day earlier": a date, not a rate
    return any(c.cue is Cue.RATE and c.first == k for c in ann.cues_between(k, k + 1)) or words in RATE_WORDS


def _target_pair(ann: Annotations, num: NumberMention, consumed: set[int]) -> bool:
    """'1,000-for-1,000': an agreed size; the second figure restates the first."""
    toks = ann.tokens
    k = num.last + 1
    if k < len(toks) and toks[k].text in ("-", "‐"):
        k += 1
    if k + 1 >= len(toks) or toks[k].low != "for":
        return False
    k += 1
    if toks[k].text in ("-", "‐"):
        k += 1
    other = next((n for n in ann.numbers if n.first == k), None)
    if other is None or other.value != num.value:
        return False
    consumed.add(other.first)
    return True


def _age(ann: Annotations, f: Figure) -> bool:
    """'34-year-old', 'aged 21', 'is 26' after 'the youngest', 'Marchenko, 34,': a person's age."""
    num, toks = f.num, ann.tokens
    k = num.last + 1
    if num.format is NumberFormat.DURATION and num.unit == "years" and k + 3 < len(toks) \
            and toks[k + 1].text == "-" and toks[k + 2].low == "old":
        return True
    if k + 2 < len(toks) and toks[k].low in ("years", "year") and toks[k + 1].low == "old":
        return True
    before = " ".join(t.low for t in toks[max(0, num.first - 4):num.first])
    clause_words = {t.low for t in ann.words(f.clause[0], num.first)}
    words = before.split(" ")
    if words[-1:] == ["aged"] or words[-2:] == ["age", "of"] or _second_of_age_range(toks, num.first):
        return True
    if num.hedge is not None and num.hedge.text.lower() in AGE_BOUNDS and num.first > 1 \
            and head_at(toks, ann.token_at(num.hedge.start) - 1) is not None:
        return True  # "children under five", "people over 65"
    if clause_words & {"youngest", "oldest"} and (words[-1:] in (["is"], ["was"])
                                                  or words[-2:] in (["the", "oldest"], ["the", "youngest"])):
        f.extreme = "youngest" if "youngest" in clause_words else "oldest"
        return True
    prev = toks[num.first - 1] if num.first > 0 else None
    # "Marchenko, 34,": a name's age; never a day's ("freed on Friday, 80, was double ...")
    return bool(prev is not None and prev.text == "," and num.first > 1 and toks[num.first - 2].text[:1].isupper()
                and toks[num.first - 2].low not in WEEKDAYS and toks[num.first - 2].low not in MONTHS
                and toks[num.first - 2].kind == "word" and k < len(toks) and toks[k].text in APPOSITION_END
                and num.value < MAX_AGE and not num.is_word)


def _second_of_age_range(toks: list[Token], first: int) -> bool:
    """'aged 12 and 13', 'aged between 18 and 25', 'aged four and seven': the second figure is an age too."""
    before = toks[first - 2] if first >= 2 else None
    if first < 3 or toks[first - 1].low not in RANGE_JOINERS or before is None \
            or not (before.kind == "num" or before.low in NUMBER_WORDS):
        return False
    lead = toks[first - 3].low
    return lead == "aged" or (lead == "between" and first > 3 and toks[first - 4].low == "aged")


# --- what is counted ----------------------------------------------------------------------------


def head_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """The head noun (lemma) starting at token k, and the index after it; longest entry wins."""
    for n in range(MAX_NOUN_WORDS, 0, -1):
        words = toks[k:k + n]
        if len(words) < n or any(w.kind != "word" for w in words):
            continue
        phrase = " ".join(w.low for w in words)
        if phrase in NOUNS:
            return NOUNS[phrase][0], k + n
    return None


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def joins_words(toks: list[Token], k: int) -> bool:
    """Token k is a hyphen inside a compound word ('storm-related', 'Houthi-run'), not a dash."""
    if not (0 < k < len(toks) - 1) or toks[k].text not in HYPHENS:
        return False
    before, after = toks[k - 1], toks[k + 1]
    return before.kind == after.kind == "word" and before.end == toks[k].start and toks[k].end == after.start


def _what(ann: Annotations, f: Figure) -> None:
    """Counted noun phrase, category, facets, side, action, per-side."""
    if f.kind in (Kind.COUNT, Kind.TARGET):
        _counted_after(ann, f)
        if f.counted is None:
            _counted_before(ann, f)
    f.action = f.action or _action(ann, f)
    if f.counted is None and f.kind is Kind.COUNT and f.action in PEOPLE_ACTIONS and _object_of_verb(ann, f):
        f.counted = Counted(text=f.num.text, head="people", implied=True)  # "kills 120", "freed 300"
        f.category = Category.PEOPLE
    if f.category in (Category.PEOPLE, Category.OTHER) and f.action in ACTION_CATEGORY and f.kind is Kind.COUNT:
        f.category = ACTION_CATEGORY[f.action]
    if f.side is None:
        f.side = _our_side(ann, f)
    each = ann.cues_between(f.num.last + 1, f.clause[1], Cue.EACH)
    f.per_side = f.per_side or any(not _rate_each(ann, c) for c in each)
    where, separate = _locative(ann, f), _separate(ann, f)
    if where or separate:
        f.facets = f.facets.model_copy(update={"where": where, "separate": separate})


LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "off", "around"})  # "rescued in Drummel"
ROAD_PREPOSITIONS = frozenset({"on"})  # only with 'the' and a name: "died on the A9" (not "on Friday")
NEAR_PREPOSITIONS = frozenset({"near", "outside"})  # a place even when common: "outside the stadium"
# "From the start," is a time, not a place
NOT_PLACE_NOUNS = frozenset({"start", "outset", "beginning", "end", "first", "moment", "time", "day"})
FRONTED_PREPOSITIONS = frozenset({"from"})  # "From the intensive care unit, 12 patients": where they came from
NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"christmas", "easter", "parliament", "court", "total", "all"}
MAX_PLACE_WORDS = 3  # "outside the main stadium"
SEPARATE_WORDS = frozenset({"separate", "separately", "unrelated", "elsewhere"})  # "In a separate accident"
INCIDENT_NOUNS = frozenset({"incident", "accident", "attack", "crash", "collision", "shooting", "fire", "raid",
                            "explosion", "blast", "landslide"})  # "In another accident": a second event


def _locative(ann: Annotations, f: Figure) -> str | None:
    """The place a locative phrase gives the figure: after it up to the next number in its clause
    ('12 people were rescued in Drummel and 9 in Lakeside'), or opening its sentence before it
    ('In Tarn province, 86 cases', 'Kessia: Floods killed 8'). A month or weekday is a time ('in May')."""
    toks = ann.tokens
    last = f.clause[1]
    later = ann.numbers_between(f.num.last + 1, last)
    if later:
        last = later[0].first - 1
    place = _place_in(toks, f.num.last + 1, last)
    first = f.sentence.first
    if place is None and not ann.numbers_between(first, f.num.first - 1):
        place = _place_in(toks, first, f.num.first - 1, opening=True) or _place_label(toks, first, f.num.first)
    return place


def _place_in(toks: list[Token], first: int, last: int, opening: bool = False) -> str | None:
    """The name after the first locative preposition in tokens [first, last]: 'in Tarn province' gives
    'Tarn'; 'on' counts only before 'the' and a name ('on the A9'); 'near'/'outside' also before a
    common noun ('outside the stadium'), and so does a fronted 'From the intensive care unit,'."""
    for k in range(first, last + 1):
        low = toks[k].low
        fronted = opening and low in FRONTED_PREPOSITIONS
        if low not in LOCATIVE_PREPOSITIONS and low not in ROAD_PREPOSITIONS and not fronted:
            continue
        if opening and k != first:
            return None  # before the figure only a phrase that opens the sentence: "In Drummel, 12 ..."
        j = k + 1
        if j <= last and toks[j].low == "the":
            j += 1
        elif low in ROAD_PREPOSITIONS or fronted:
            continue
        end = _name_end(toks, j, last)
        if end == j and (low in NEAR_PREPOSITIONS or fronted):
            end = _noun_end(toks, j, last, up_to_comma=fronted)
        if end > j:
            return " ".join(t.text for t in toks[j:end])
    return None


def _name_end(toks: list[Token], j: int, last: int) -> int:
    """The end of a place name from token j: capitalised words, not a month or day ('in Monday's
    attack'), not a nationality before a common noun ('in Russian captivity'); 'A9' glued."""
    end = j
    while end <= last and (toks[end].kind == "word" and toks[end].text[:1].isupper()
                           and toks[end].low.removesuffix("'s").removesuffix("’s") not in NOT_PLACES
                           or end > j and toks[end].start == toks[end - 1].end):  # "the A9"
        end += 1
    if end > j and all(t.low in SIDES for t in toks[j:end]) and end <= last and toks[end].kind == "word" \
            and toks[end].text[:1].islower():
        return j  # "in Russian captivity", "in Israeli jails": whose, not where
    return end


def _noun_end(toks: list[Token], j: int, last: int, up_to_comma: bool) -> int:
    """The end of a common-noun place ('outside the stadium'); a fronted one must close with a comma."""
    end = j
    while end <= last and end < j + MAX_PLACE_WORDS and toks[end].kind == "word" and toks[end].low not in STOP_WORDS:
        end += 1
    if up_to_comma and (end > last or toks[end].text != ",") or toks[j].low in NOT_PLACE_NOUNS:
        return j
    return end


def _place_label(toks: list[Token], first: int, before: int) -> str | None:
    """'Kessia: Floods killed 8 people': a capitalised name and a colon opening the sentence label
    the place its figures come from."""
    end = first
    while end < before and toks[end].kind == "word" and toks[end].text[:1].isupper() \
            and toks[end].low not in NOT_PLACES:
        end += 1
    if first < end < before and toks[end].text == ":":
        return " ".join(t.text for t in toks[first:end])
    return None


def _separate(ann: Annotations, f: Figure) -> bool:
    """'In a separate accident on Friday, two people died': a word before the figure in its sentence,
    or in its clause, sets this incident apart from the others of the day."""
    toks = ann.tokens
    for k in range(f.sentence.first, f.clause[1] + 1):
        if toks[k].low in SEPARATE_WORDS or (toks[k].low == "another" and k + 1 < len(toks)
                                             and toks[k + 1].low in INCIDENT_NOUNS):
            return True
    return False


RATE_WORDS = frozenset({"for", "per"})


def _rate_each(ann: Annotations, cue: CueMark) -> bool:
    """'30 for each hostage': a rate between the sides of a swap, not as many on each side."""
    return cue.first > 0 and ann.tokens[cue.first - 1].low in RATE_WORDS and cue.text.lower() == "each"


def _counted_after(ann: Annotations, f: Figure) -> None:
    toks = ann.tokens
    k = f.num.last + 1
    k = _skip_hedge_after(toks, k)
    if k < len(toks) and toks[k].low == "more" and k + 1 < len(toks) and _plural_like(toks[k + 1]):
        k += 1  # "four more victims": the noun follows
    elif k < len(toks) and toks[k].low in ("others", "more"):
        return  # "9 others", "75 more": they count what the figure before counts (relations/continuations.py)
    noun_follows = False  # "two of the wagons": the noun after the determiner is the one counted
    if k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].low in PARTITIVE_DETERMINERS:
        f.partitive = True
        noun_follows = toks[k + 1].low not in PARTITIVE_PRONOUNS and not _group_named_by_verb(toks, k + 1)
        k += 2
        if noun_follows and k + 1 < len(toks) and toks[k].low.endswith(("'s", "’s")):
            k += 1  # "three of the family's five dogs"
        if k < len(toks) and (toks[k].kind == "num" or toks[k].low in NUMBER_WORDS):
            k += 1  # "five of the nine boats", "ten of the 12 hostages": they count boats, hostages
    mods: list[Token] = []
    pronoun = f.partitive and not noun_follows  # "two of them came within weeks": no noun follows
    while not pronoun and k < len(toks) and len(mods) <= MAX_MODIFIERS:
        head = head_at(toks, k)
        if head is not None and _proper_name(toks, k, head[1]):
            head = None  # "National Guard members": part of a name, not the head
        if head is not None:
            while (later := head_at(toks, head[1])) is not None:  # "Ukrainian servicemen", "civilian detainees"
                mods += toks[k:head[1]]
                k, head = head[1], later
            _set_counted(ann, f, mods, head, k)
            return
        t = toks[k]
        if mods and joins_words(toks, k):  # "12 storm-related deaths", "larger-than-life statues":
            mods.append(toks[k + 1])  # a compound modifier, not the end of the phrase
            k += 2
            continue
        if t.kind != "word" or t.low in STOP_WORDS or t.low in NUMBER_WORDS:
            break
        mods.append(t)
        k += 1
    if mods and (not f.num.is_word or noun_follows or any(_plural_like(m) for m in mods[:NOUN_WITHIN])
                 or _plural_like(mods[-1])) \
            or len(mods) == 1:  # "two of the wagons tipped", "two dinghies off", "nine coastal villages"
        _unknown_head(ann, f, mods)
    if f.counted is None and k < len(toks) and toks[k].low in PREDICATE_VERBS:
        head = next((h for j in range(k + 1, min(len(toks), k + 3)) if (h := head_at(toks, j))), None)
        if head is not None:  # "Of the dead, 23 were children"
            _set_counted(ann, f, [], head, head[1] - len(head[0].split()))


def _proper_name(toks: list[Token], k: int, end: int) -> bool:
    """A capitalised noun followed by another capitalised word is part of a name ('National Guard')."""
    return toks[k].text[:1].isupper() and end < len(toks) and toks[end].kind == "word" \
        and toks[end].text[:1].isupper() and head_at(toks, end) is None


def _skip_hedge_after(toks: list[Token], k: int) -> int:
    for phrase in HEDGES_AFTER:
        words = phrase.split()
        if all(k + i < len(toks) and toks[k + i].low == w for i, w in enumerate(words)):
            return k + len(words)
    return k


def _set_counted(ann: Annotations, f: Figure, mods: list[Token], head: tuple[str, int], k: int) -> None:
    toks = ann.tokens
    lemma, end = head
    first = mods[0].start if mods else toks[k].start
    words = [m.low for m in mods]
    place = _of_place(toks, end)
    if place:
        end = place[1]
    text = ann.text[first:toks[end - 1].end]
    sides = [SIDES[w] for w in words + [toks[k].low] if w in SIDES]
    narrowing = tuple(w for w in words if w not in NEUTRAL_MODIFIERS and w not in SIDES)
    category = NOUNS[" ".join(t.low for t in toks[k:head[1]])][1]
    if "civilian" in words and category in (Category.PRISONER, Category.PEOPLE, Category.HOSTAGE):
        category = Category.CIVILIAN
    nationality = next((w for w in words + [toks[k].low] if w in SIDES), None)
    f.counted = Counted(text=text, head=lemma, modifiers=narrowing)
    f.category = category
    group = text if place else _affiliation(toks, end)
    f.facets = Facets(nationality=SIDES[nationality] if nationality else None,
                      place=place[0] if place else None, group=group)
    if sides:
        f.side = Known[str](value=sides[0], words=nationality or "")
    f.noun_end = end


AFFILIATIONS = (("belonging", "to"), ("affiliated", "with"), ("loyal", "to"), ("members", "of"))
MAX_AFFILIATION_WORDS = 4


def _affiliation(toks: list[Token], k: int) -> str | None:
    """'58 prisoners belonging to Ansar Allah': a named group after the noun makes a sub-group, never
    one figure with another group's ('from Russian captivity' says where from, not who)."""
    for words in AFFILIATIONS:
        if all(k + i < len(toks) and toks[k + i].low == w for i, w in enumerate(words)):
            after = toks[k + len(words):k + len(words) + MAX_AFFILIATION_WORDS]
            named = [t for t in after if t.kind == "word" and t.text[:1].isupper()]
            if named:
                return " ".join(t.low for t in toks[k:named[-1].i + 1])
    return None


def _of_place(toks: list[Token], k: int) -> tuple[str, int] | None:
    """'defenders of Mariupol': 'of' and capitalised words after the head name a sub-group by place."""
    if k + 1 >= len(toks) or toks[k].low != "of" or not toks[k + 1].text[:1].isupper():
        return None
    end = k + 1
    while end < len(toks) and toks[end].kind == "word" and toks[end].text[:1].isupper():
        end += 1
    return " ".join(t.text for t in toks[k + 1:end]), end


def _unknown_head(ann: Annotations, f: Figure, mods: list[Token]) -> None:
    """A noun the vocabulary does not know ('three wars', '410 tents came'): the first plural word,
    counted as written, category other."""
    plural = next((k for k, m in enumerate(mods) if _plural_like(m)), None)
    if plural is None:
        return
    mods = mods[:plural + 1]
    last = mods[-1]
    lemma = last.low[:-1] if last.low.endswith("s") and not last.low.endswith("ss") else last.low
    words = tuple(m.low for m in mods[:-1] if m.low not in NEUTRAL_MODIFIERS)
    f.counted = Counted(text=ann.text[mods[0].start:last.end], head=lemma, modifiers=words)
    f.category = Category.OTHER
    f.noun_end = last.i + 1


NOUN_WITHIN = 2  # after a number word, an unknown plural noun right after it or after one adjective


RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})
GROUP_AUXILIARIES = frozenset({"were", "was", "had", "have", "has", "been", "being"})


def group_participle(toks: list[Token], those: int) -> str | None:
    """'those poisoned', 'those who were detained': the participle naming a group at 'those'/'these'
    (in 'those were hospitalized' the verb is the clause's own, not the group's name)."""
    if toks[those].low not in ("those", "these"):
        return None
    k = those + 1
    if k < len(toks) and toks[k].low in RELATIVE_WORDS:
        k += 1
        while k < len(toks) and toks[k].low in GROUP_AUXILIARIES:
            k += 1
    if k >= len(toks) or toks[k].kind != "word":
        return None
    return toks[k].low if participle_like(toks[k].low) else None


def _group_named_by_verb(toks: list[Token], k: int) -> bool:
    """'of those poisoned', 'of those who died': the group is named by what happened to it, not by a noun."""
    if toks[k].low not in ("those", "these") or k + 1 >= len(toks):
        return False
    return toks[k + 1].low in RELATIVE_WORDS or group_participle(toks, k) is not None


def _plural_like(t: Token) -> bool:
    if t.text[:1].isupper():
        return False
    if t.low.endswith("men") and len(t.low) > 4:
        return True  # "gunmen", "firemen"
    return t.low.endswith("s") and not t.low.endswith(("ss", "us", "is", "'s", "’s"))


def _counted_before(ann: Annotations, f: Figure) -> None:
    """'the death toll rose to 1,061', 'the total number of Ukrainians freed ... to 500'."""
    first = f.clause[0]
    cues = ann.cues_between(first, f.num.first - 1, Cue.TOLL, Cue.TOTAL, Cue.BRINGS_TO, Cue.NUMBER_OF)
    toll = next((c for c in cues if c.cue is Cue.TOLL), None)
    if toll is not None:
        f.counted = Counted(text=toll.text, head="dead")
        f.category = Category.BODY
        f.action = Action.KILLED
        owner = _owner_before(ann, toll.first)
        if owner is not None:
            f.facets = Facets(place=owner)  # "Jordan's toll": one country's dead, a part of the whole toll
        if not any(toll.last < p.first < f.num.first for p in ann.periods) \
                and not _period_named(ann, toll):  # "the toll for the two days", "the two-day toll"
            f.scope = Known[Scope](value=Scope.SINCE, words=toll.text)  # counts one period, not since the start
        return
    for c in cues:
        k = c.last + 1
        if k < len(ann.tokens) and ann.tokens[k].low == "of":
            k += 1
        if k < len(ann.tokens) and ann.tokens[k].low == "who":  # "the number who have returned"
            f.counted = Counted(text=ann.text[c.start:ann.tokens[k].end], head="people")
            f.category = Category.PEOPLE
            verb = next(iter(ann.marks_between(ann.actions, k, f.num.first - 1)), None)
            f.action = verb.action if verb is not None else None
            return
        head = next((h for j in range(k, min(k + MAX_MODIFIERS, f.num.first)) if (h := head_at(ann.tokens, j))),
                    None)
        if head is not None:
            start = ann.tokens[k].start
            _set_counted(ann, f, [], head, head[1] - len(head[0].split()))
            f.counted = Counted(text=ann.text[start:ann.tokens[head[1] - 1].end], head=head[0],
                                modifiers=f.counted.modifiers if f.counted else ())
            return


POSSESSIVE_ENDS = ("'s", "’s")
NOT_OWNERS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}  # "Tuesday's toll"


def _owner_before(ann: Annotations, k: int) -> str | None:
    """'Jordan's toll', 'Barra’s toll': a name owning a tally names the place or group it counts."""
    if k == 0:
        return None
    t = ann.tokens[k - 1]
    name = t.text[:-2]
    if not t.text.endswith(POSSESSIVE_ENDS) or not name[:1].isupper() or name.lower() in NOT_OWNERS:
        return None
    return name


AUXILIARIES = frozenset({"were", "was", "been", "are", "is", "be", "being", "got", "get"})


def _action(ann: Annotations, f: Figure) -> Action | None:
    """The action nearest the figure in its clause (after it first: '390 Ukrainians were released')."""
    first, last = f.clause
    marks = [m for m in ann.marks_between(ann.actions, first, last)
             if not (m.first > f.num.last and _governs_next(ann, m))]  # "killing 34 people and injuring 210"
    if not marks:
        return f.action
    def distance(m: Mark) -> tuple[int, int]:  # nearest first; on a tie the verb after the figure
        return (m.first - f.num.last, 0) if m.first > f.num.last else (f.num.first - m.last, 1)

    nearest = min(marks, key=distance)
    toks = ann.tokens
    if _traded_for(ann, f, marks):
        return Action.EXCHANGED  # "in exchange for 120 prisoners held by ...": 'held' only says who they were
    if nearest.action is Action.DELIVERED and _given_in_exchange(ann, f):
        return Action.EXCHANGED  # "sent two players to the Bears in exchange for three": one side of the trade
    # a finite verb after the figure, unless another figure's clause comes first ('9 died and 20 were
    # hurt': 'were hurt' is the 20's; 'four of the 15 ...' keeps its whole inside its own noun phrase)
    finite = [m for m in marks if m.first > f.num.last and toks[m.first - 1].low in AUXILIARIES
              and not _figure_between(ann, max(f.noun_end, f.num.last + 1), m.first)]
    if nearest.first > f.num.last and finite and nearest not in finite and not _whole_of_part(ann, f):
        return finite[0].action  # "65 of the students abducted in May were freed": the group was abducted
    return nearest.action


def _traded_for(ann: Annotations, f: Figure, marks: list[ActionMark]) -> bool:
    """'in exchange for 120 prisoners', 'swapped for 40': the figure is what one side gave."""
    k = ann.token_at(f.num.hedge_start)
    return k >= 2 and ann.tokens[k - 1].low == "for" and any(
        m.action is Action.EXCHANGED and m.last == k - 2 for m in marks)


EXCHANGE_PHRASES = frozenset({"in exchange for", "in return for", "in a swap for"})  # not a bare 'for'


def _given_in_exchange(ann: Annotations, f: Figure) -> bool:
    """'sent two players to the Bears in exchange for three players': what a side sent or handed over
    is what it traded when its clause goes on to say what it got 'in exchange for'."""
    return any(c.text.lower() in EXCHANGE_PHRASES and c.first > f.num.last
               and ann.numbers_between(c.last + 1, f.clause[1])
               for c in ann.cues_between(f.num.last + 1, f.clause[1], Cue.EXCHANGE_FOR))


def _governs_next(ann: Annotations, m: Mark) -> bool:
    """The verb has a figure of its own right after it ('injuring 210', 'injuring at least 210'): its
    object, not a deed of a figure before it ('9 died and 20 were hurt' keeps 'died' for the 9)."""
    return any(ann.token_at(n.hedge_start) == m.last + 1 for n in ann.numbers)


def _figure_between(ann: Annotations, start: int, before: int) -> bool:
    return bool(ann.numbers_between(start, before - 1))


def _whole_of_part(ann: Annotations, f: Figure) -> bool:
    """'three of the 12 sailors freed ... were seized': the participle is the whole's own deed."""
    k = ann.token_at(f.num.hedge_start)
    return k >= 2 and (ann.tokens[k - 2].low, ann.tokens[k - 1].low) == ("of", "the")


def _object_of_verb(ann: Annotations, f: Figure) -> bool:
    """'kills 120 in ...', 'freed 300,': the figure right after its verb, with no noun of its own."""
    k = ann.token_at(f.num.hedge_start) - 1
    nxt = ann.tokens[f.num.last + 1] if f.num.last + 1 < len(ann.tokens) else None
    verb = k >= 0 and any(m.last == k for m in ann.marks_between(ann.actions, max(0, k - 3), k))
    return verb and (nxt is None or nxt.kind != "word" or nxt.low in ("in", "on", "at", "and", "after", "since"))


def _our_side(ann: Annotations, f: Figure) -> Known[str] | None:
    """'our defenders', 'Three hundred of our defenders': the speaker's side (resolved later)."""
    toks = ann.tokens
    around = toks[max(0, f.num.first - 1):min(len(toks), f.num.last + 3)]
    if any(t.low in OUR_WORDS for t in around):
        return Known[str](value="ours", words="our")
    return None


# --- when and how sure --------------------------------------------------------------------------

DAY_JOINERS = frozenset({"and", "or", "to", "through", "until", "-", "–"})  # "Friday and Saturday", "May 3 to 5"


def _days_joined(ann: Annotations, d: DateMention) -> tuple[str, int | None, DateMention] | None:
    """The date is one of two days joined into a span ('on Friday and Saturday', 'between May 3 and
    May 5'): the words of the span, its number of days (two for 'and'; unknown for a range) and its
    last day."""
    first, last = ann.token_at(d.start), ann.token_at(d.end - 1)
    toks = ann.tokens
    for other in ann.dates:
        a, b = ann.token_at(other.start), ann.token_at(other.end - 1)
        if other is d or not (a == last + 2 or b == first - 2):
            continue
        joiner = toks[last + 1] if a == last + 2 else toks[b + 1]
        if joiner.low not in DAY_JOINERS:
            continue
        lo, hi = (d, other) if a == last + 2 else (other, d)
        days = 2 if joiner.low == "and" and not _between(toks, ann.token_at(lo.start)) else None
        return ann.text[lo.start:hi.end], days, hi
    return None


def _between(toks: list[Token], k: int) -> bool:
    return k >= 1 and toks[k - 1].low in ("between", "from") or k >= 2 and toks[k - 2].low in ("between", "from")


def _as_of(ann: Annotations, d: DateMention) -> bool:
    """'by Wednesday', 'as of Monday': the figure is what had happened up to that day."""
    k = ann.token_at(d.start)
    toks = ann.tokens
    return k >= 1 and toks[k - 1].low == "by" or k >= 2 and (toks[k - 2].low, toks[k - 1].low) == ("as", "of")


def _when(ann: Annotations, f: Figure) -> None:
    _scope(ann, f)
    f.modality = _modality(ann, f)
    f.date = _date(ann, f)
    span = _days_joined(ann, f.date) if f.date is not None else None
    if span is not None and f.kind is Kind.COUNT and f.category is not Category.OTHER:  # "returned on Friday and
        # Saturday": both days, not Friday's (people, not the flights or trucks that carried them); the
        # period ends on its last day
        f.scope = Known[Scope](value=Scope.PERIOD, words=span[0])
        f.period_days, f.date = span[1], span[2]
    elif f.date is not None and _as_of(ann, f.date) and f.scope.value in (Scope.UNKNOWN, Scope.DAY):
        f.scope = Known[Scope](value=Scope.SINCE, words=f"by {f.date.text}")  # "had died by Wednesday": so far
    f.stage = _stage(ann, f)
    if f.scope.value is Scope.UNKNOWN and (f.date is not None or f.stage is not None):
        words = f.date.text if f.date is not None else f.stage.text if f.stage is not None else ""
        f.scope = Known[Scope](value=Scope.DAY, words=words, basis=Basis.INFERRED if f.dateline else Basis.STATED)
    if f.kind is Kind.DURATION:
        _since_anchor(ann, f)


def _scope(ann: Annotations, f: Figure) -> None:
    """Since / period / stock, from the cue words and periods of the figure's clause (nearest wins)."""
    k = ann.token_at(f.num.hedge_start)
    f.increment = k > 0 and ann.tokens[k - 1].low in INCREMENT_WORDS or _n_more(ann, f)
    if f.scope.value is not Scope.UNKNOWN:
        return
    first, last = f.clause
    cues = ann.cues_between(first, last)
    f.totalled = any(c.cue in (Cue.TOTAL, Cue.BRINGS_TO) and not _owned_elsewhere(ann, f, c.first, c.last, first, last)
                     for c in cues)
    scoped: list[tuple[Mark, Scope]] = [(c, SCOPE_CUES[c.cue]) for c in cues if c.cue in SCOPE_CUES
                                        and not (c.cue is Cue.SINCE and (_captivity(ann, c) or _record(ann, c)
                                                                         or _not_this_years(ann, c, f)))
                                        and not (c.cue is Cue.TOLL and _period_named(ann, c))
                                        and _reaches(ann, c, f)]
    scoped += [(p, Scope.PERIOD) for p in ann.periods if first <= p.first <= last]
    if f.category in (Category.BODY, Category.INJURED, Category.MISSING):
        scoped += [(c, Scope.SINCE) for c in cues if c.cue is Cue.REPORTED  # "had reported 468 dead", not
                   and c.last < f.num.first]  # "Friday's five, bringing the confirmed toll to 14"
    scoped = [(m, sc) for m, sc in scoped if not _owned_elsewhere(ann, f, m.first, m.last, first, last)]
    if not scoped:
        brings = [c for c in cues if c.cue is Cue.BRINGS_TO and c.last < f.num.first
                  and not _owned_elsewhere(ann, f, c.first, c.last, first, last) and brings_up_to(ann, c, f)]
        with_batch = _with_batch(ann, f)
        if brings:  # "bringing the number freed so far to 18": a running total
            f.scope = Known[Scope](value=Scope.SINCE, words=brings[-1].text)
        elif with_batch is not None:  # "With Wednesday's release, 575 have come home": the total to date
            f.scope = Known[Scope](value=Scope.SINCE, words=with_batch)
        elif f.increment:
            f.scope = Known[Scope](value=Scope.DAY, words=ann.tokens[k - 1].text)  # "another 300": one batch
        return
    mark, scope = min(scoped, key=lambda x: min(abs(x[0].first - f.num.last), abs(x[0].last - f.num.first)))
    f.scope = Known[Scope](value=scope, words=mark.text)
    if isinstance(mark, PeriodMark):
        f.period_days = mark.days
    elif isinstance(mark, CueMark) and mark.cue in (Cue.SINCE, Cue.SO_FAR) and f.kind is Kind.COUNT:
        f.since_text = _since_words(ann, mark)


POINT_BEFORE_YEAR = frozenset({"earlier", "later", "early", "late", "mid", "in", "of", "for", "by", "until", "from",
                               "since"}) | frozenset(MONTHS)  # "earlier this year": a moment, not a tally to date


def _not_this_years(ann: Annotations, c: Mark, f: Figure) -> bool:
    """'this year' makes a tally to date of a figure in its own stretch of clause ('31 rescues this
    year'), not of one a comma sets apart ('95 soldiers returned ..., the fourth such swap this year'),
    nor 'earlier this year' or 'in March this year', which name a moment within it."""
    if c.text.lower() != "this year":
        return False
    if c.first > 0 and ann.tokens[c.first - 1].low in POINT_BEFORE_YEAR:
        return True
    return c.first > f.num.last and any(t.text == "," for t in ann.tokens[f.num.last + 1:c.first])


def _period_named(ann: Annotations, toll: Mark) -> bool:
    """'the two-day toll': the period right before the tally word says what it counts, not a toll to date."""
    return any(p.last == toll.first - 1 for p in ann.periods)


BARE_BRINGS = frozenset({"bring", "brings", "bringing", "brought"})


def brings_up_to(ann: Annotations, cue: CueMark, f: Figure) -> bool:
    """A bare 'bring' states a total only as 'bringing the body tally to 18' ('to' before the total),
    never in 'expected to bring in 142 million' or 'sacks to bring back 8 sacks'."""
    if cue.text.lower() not in BARE_BRINGS:
        return True
    return any(t.low == "to" for t in ann.tokens[cue.last + 1:ann.token_at(f.num.hedge_start)])


def _n_more(ann: Annotations, f: Figure) -> bool:
    """'three more bodies', '75 more were freed': one more batch, like 'another 75' (not '40 more than')."""
    toks, k = ann.tokens, f.num.last + 1
    return k < len(toks) and toks[k].low == "more" and not (k + 1 < len(toks) and toks[k + 1].low == "than")


WITH_WORDS = frozenset({"with", "including"})
PERFECT = frozenset({"have", "has"})  # "575 have come home": a tally to now, not one more batch
BATCH_NOUNS = frozenset({"release", "releases", "exchange", "swap", "handover", "return", "returns", "transfer"})
MAX_BATCH_WORDS = 5  # "With the latest release," / "Including Tuesday's exchange,"


def _with_batch(ann: Annotations, f: Figure) -> str | None:
    """'With Wednesday's release, 575 have come home': a fronted phrase naming the latest batch makes
    the figure after its comma the total to date, batch included; the phrase's words, else None."""
    toks = ann.tokens
    first = f.sentence.first
    if toks[first].low not in WITH_WORDS:
        return None
    comma = next((t.i for t in toks[first:first + MAX_BATCH_WORDS + 2] if t.text == ","), None)
    if comma is None or comma >= ann.token_at(f.num.hedge_start) or toks[comma - 1].low not in BATCH_NOUNS:
        return None
    if any(t.kind == "num" for t in toks[first:comma]):
        return None  # "With 300 freed on Friday, ...": a figure of its own
    if not any(t.low in PERFECT for t in toks[f.num.last + 1:f.clause[1] + 1]):
        return None  # "With the exchange, 40 soldiers were treated in hospital": not a tally
    return ann.text[toks[first].start:toks[comma - 1].end]


def _reaches(ann: Annotations, c: Mark, f: Figure) -> bool:
    """A scope phrase before its figure is close to it or fronted with a comma ('Since the war began,
    6,922 ...'); far back in the clause it belongs to another verb ('has held the crew since ...')."""
    if c.first > f.num.last:
        return True
    between = ann.tokens[c.last + 1:ann.token_at(f.num.hedge_start)]
    return len(between) <= SCOPE_REACH or any(t.text == "," for t in between)


def _record(ann: Annotations, c: Mark) -> bool:
    """'the largest single-day figure since the crossing reopened': a comparison, not a running total."""
    before = ann.tokens[max(0, c.first - RECORD_REACH):c.first]
    return any(t.low.endswith("est") and t.low not in ("west", "latest") or t.low in ("most", "first", "record")
               for t in before)


def _captivity(ann: Annotations, c: Mark) -> bool:
    """'held since 2022' dates a captivity, not a running total."""
    return c.first > 0 and ann.tokens[c.first - 1].low in ("held", "detained", "imprisoned", "jailed", "missing",
                                                           "kept")


def _since_words(ann: Annotations, cue: Mark) -> str:
    """'since the start of Russia's full-scale invasion', 'since February 2022', 'so far this year'."""
    end = cue.last
    for t in ann.tokens[cue.last + 1:cue.last + SINCE_REACH]:
        if t.kind == "punct" and (t.text not in ("'", "’", "-") or ann._spaced(t)) or t.low in CLAUSE_WORDS \
                or t.low in ACTIONS or (t.low == "to" and t.i + 1 < len(ann.tokens)
                                        and ann.tokens[t.i + 1].kind == "num"):
            break
        end = t.i
    return ann.text[cue.start:ann.tokens[end].end]


def _modality(ann: Annotations, f: Figure) -> Modality:
    first, last = f.clause
    for c in ann.cues_between(first, last, Cue.PLAN, Cue.CONDITION, Cue.HYPOTHESIS):
        if c.cue is Cue.PLAN and (c.first < f.num.first or c.text.lower().startswith("to be")):
            return Modality.PLANNED
        if c.cue is Cue.CONDITION:
            return Modality.CONDITIONAL
        if c.cue is Cue.HYPOTHESIS and c.first < f.num.first:
            return Modality.HYPOTHETICAL
    return Modality.REPORTED


def _date(ann: Annotations, f: Figure) -> DateMention | None:
    """The date of the figure: one in its clause, else (for counts) in its sentence, never a start
    point ('since Feb. 14'), a capture ('taken on Oct. 7'), or a date beside another figure."""
    s = f.sentence
    clause_start = ann.tokens[f.clause[0]].start
    clause_end = ann.tokens[f.clause[1]].end
    usable = [d for d in ann.dates_between(s.start, s.end)
              if not _start_point(ann, d) and not ((d.relative_days or 0) > 0 and d.text.lower() in DEICTIC)
              and not _planned_date(ann, d) and not _owned_by_other(ann, d, f)]
    when = _when_date(ann, f)
    if when is not None:  # "since April 27, when a pilot killed eight": the clause has that date
        f.date_in_clause = True
        return when
    if _offset_in_time(ann, f) or _whole_of_ordinal(ann, f):  # "a day after 270 returned", "the first of 900"
        f.date_in_clause = False
        return None
    near = [d for d in usable if clause_start <= d.start < clause_end]
    f.date_in_clause = bool(near)
    if not near:
        near = [d for d in usable if f.kind in (Kind.COUNT, Kind.TARGET) and f.scope.value in (Scope.DAY, Scope.UNKNOWN)
                and not _begins(ann, d) and not _future(ann, d)]
        # One day named in the sentence dates its figures: "On Sunday, May 25, ... with 303 returning home".
        f.date_in_clause = len({(d.weekday, d.month, d.day, d.relative_days) for d in near}) == 1
    def closeness(d: DateMention) -> tuple[int, int]:  # attached first, then nearest in the text
        chars = d.start - f.num.end if d.start >= f.num.end else max(0, f.num.start - d.end)
        return _attached(ann, ann.token_at(d.start), ann.token_at(d.end - 1), f.num), chars

    chosen = min(near, key=closeness, default=None)
    if chosen is not None and chosen.start in ann.datelines:
        f.date_in_clause, f.dateline = False, True  # when the copy was filed, not the figure's own day
    elif chosen is not None and _said_on(ann, chosen, f):
        f.date_in_clause = False  # "Kestria said on Sunday it had brought home 1,000": the day it was said
    return chosen


SPEECH_OBJECT_WORDS = 2  # "told reporters on Sunday", "told the agency on Sunday"


SPEECH_SUBJECT_WORDS = 3  # "On Sunday the ministry said ...": the speaker between the date and its verb
# Verbs whose figure is what was said, in a clause of its own; not 'reported 468 dead', 'announced 5 judges'
SAYING_VERBS = frozenset({"said", "says", "told", "added", "stated", "wrote"})


def _said_on(ann: Annotations, d: DateMention, f: Figure) -> bool:
    """The date goes with a speech verb before the figure ('said on Sunday it had freed 1,000', 'On
    Sunday Kestria said it had freed 1,000', 'told reporters on Sunday'): it dates the saying."""
    k = ann.token_at(d.start)
    toks = ann.tokens
    if k >= 2 and toks[k - 1].low == "on":
        for j in range(k - 2, max(f.sentence.first, k - 2 - SPEECH_OBJECT_WORDS) - 1, -1):
            if toks[j].kind != "word":
                break
            if toks[j].low in SAYING_VERBS:
                return True
    if d.end > f.num.start:
        return False
    after = ann.token_at(d.end - 1) + 1
    last = min(after + SPEECH_SUBJECT_WORDS + 1, ann.token_at(f.num.hedge_start))
    return any(toks[j].low in SAYING_VERBS for j in range(after, last))


TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "hour", "hours", "year", "years"})
OFFSET_REACH = 4  # "a day after 270 returned": the offset words this close before the figure


def _offset_in_time(ann: Annotations, f: Figure) -> bool:
    """'a day after 270 returned', 'two days before 90 were freed': the figure is set a stated time
    away from the sentence's date, so that date is not its own."""
    toks = ann.tokens
    k = ann.token_at(f.num.hedge_start)
    for j in range(max(f.clause[0] + 1, k - OFFSET_REACH), k):
        if toks[j].low in ("after", "before") and toks[j - 1].low in TIME_UNITS:
            return True
    return False


def _whole_of_ordinal(ann: Annotations, f: Figure) -> bool:
    """'On Friday the first of some 300 detainees walked free': the sentence's day is the
    first batch's; the figure after 'first of' is the whole the batches come from, not that day's."""
    k = ann.token_at(f.num.hedge_start)
    toks = ann.tokens
    return k >= 2 and toks[k - 1].low == "of" and (toks[k - 2].low in ORDINALS or toks[k - 2].low == "last")


def _when_date(ann: Annotations, f: Figure) -> DateMention | None:
    """A figure in a 'when' clause right after a date is dated by it."""
    first = f.clause[0]
    if ann.tokens[first].low != "when":
        return None
    for d in ann.dates:
        k = ann.token_at(d.end - 1)
        if 0 <= first - k <= 2 and d.end <= ann.tokens[first].start:
            return d
    return None


def _start_point(ann: Annotations, d: DateMention) -> bool:
    """'since Feb. 14', 'taken on Oct. 7', 'the attack on Oct. 7': the date says when something began."""
    k = ann.token_at(d.start)
    before = [t.low for t in ann.tokens[max(0, k - 3):k] if t.low not in ("on", "the", "in", "of")]
    return bool(before) and (before[-1] in START_WORDS or before[-1] in CAPTURE_WORDS)


def _planned_date(ann: Annotations, d: DateMention) -> bool:
    """'a further exchange is expected on Monday': a plan's date dates no reported figure."""
    k = ann.token_at(d.start)
    return bool(ann.cues_between(max(0, k - PLAN_REACH), k - 1, Cue.PLAN))


def _future(ann: Annotations, d: DateMention) -> bool:
    """A date in a clause about the future ('more returns anticipated on Sunday') dates no figure."""
    first, last = ann.clause_of(ann.token_at(d.start))
    return bool(ann.cues_between(first, last, Cue.PLAN))


def _begins(ann: Annotations, d: DateMention) -> bool:
    k = ann.token_at(d.start)
    return any(t.low in ("began", "begun", "started", "starting", "launched") for t in ann.tokens[max(0, k - 3):k])


def _owned_by_other(ann: Annotations, d: DateMention, f: Figure) -> bool:
    """'150 prisoners on Wednesday and 90 on Thursday': a date belongs to the figure it attaches to."""
    first, last = ann.token_at(d.start), ann.token_at(d.end - 1)
    return _owned_elsewhere(ann, f, first, last, f.sentence.first, f.sentence.last)


def _owned_elsewhere(ann: Annotations, f: Figure, first: int, last: int, lo: int, hi: int) -> bool:
    """Another figure between tokens lo..hi attaches more closely to the phrase first..last."""
    mine = _attached(ann, first, last, f.num)
    for n in ann.numbers_between(lo, hi):
        if n is not f.num and n.format in ATTACHABLE and not first <= n.first <= last \
                and (other := _attached(ann, first, last, n)) < mine and other <= OWN_REACH \
                and not _speaker(ann, n):
            return True
    return False


SPEECH_VERBS = frozenset({"said", "says", "told", "added", "confirmed", "announced", "stated", "wrote", "reported"})
SPEAKER_WORDS = 2  # words between a figure and its speech verb: 'one senior official said'
NOT_SPEAKER_WORDS = frozenset({"are", "is", "was", "were", "be", "been", "had", "has", "have", "who", "that", "which",
                               "whom"})  # 'five are reported dead', 'one boy who said': a count, not a speaker
MAX_SPEAKERS = 10  # more people than this saying something is a count worth checking (a survey, a petition)


def _speaker(ann: Annotations, n: NumberMention) -> bool:
    """'..., one official said', 'two senior officials told': who speaks is not a figure to check, and
    owns no date or period of the clause. Only a handful of speakers ('1,200 respondents said' counts)."""
    toks = ann.tokens
    if n.value > MAX_SPEAKERS or (n.first > 0 and toks[n.first - 1].low == "of"):
        return False  # 'a father of three says': three children
    for k in range(n.last + 1, min(len(toks), n.last + 2 + SPEAKER_WORDS)):
        t = toks[k]
        if t.low in SPEECH_VERBS:  # 'two others said to be hurt' is a count
            return k > n.last + 1 and not (k + 1 < len(toks) and toks[k + 1].low == "to")
        if t.kind != "word" or t.low in NOT_SPEAKER_WORDS:
            return False
    return False


def _attached(ann: Annotations, first: int, last: int, num: NumberMention) -> int:
    """Tokens between a date or scope phrase and a figure: after the figure's noun phrase ('90 prisoners
    on Thursday'), or before it ('On Monday, 54'); a phrase after its figure wins ties."""
    end = _np_end(ann, num)
    if first >= end:
        between = ann.tokens[end:first]
        if any(t.text in CLOSERS_AND_DASHES and (t.text in ")]" or ann._spaced(t)) for t in between):
            return UNATTACHED  # "48 detainees - 30 soldiers ... - crossed on Friday": the list closed before it
        return 2 * len([t for t in between if t.low not in LINKING_WORDS and t.low not in ACTIONS])  # "died on"
    if last < num.first:
        between = ann.tokens[last + 1:ann.token_at(num.hedge_start)]
        if any(t.low in CONJUNCTIONS for t in between):
            return UNATTACHED  # "12 miners on Thursday and 9 on Friday": Thursday ends the first conjunct
        return 2 * len([t for t in between if t.text != ","]) + 1
    return 0


def _np_end(ann: Annotations, num: NumberMention) -> int:
    """The token after a figure's noun phrase ('150 prisoners of war|'), or after the figure."""
    cached = ann.np_ends.get(num.first)
    if cached is not None:
        return cached
    toks = ann.tokens
    k = _skip_hedge_after(toks, num.last + 1)
    end = k
    for j in range(k, min(len(toks), k + MAX_MODIFIERS + 1)):
        head = head_at(toks, j)
        if head is not None:
            end = head[1]
            break
        if j > k and joins_words(toks, j):
            continue
        if toks[j].kind != "word" or toks[j].low in STOP_WORDS:
            break
    if end < len(toks) and toks[end].low in ("more", "others", "other"):
        end += 1
    ann.np_ends[num.first] = end
    return end


def _stage(ann: Annotations, f: Figure) -> OrdinalMark | None:
    first, last = f.clause
    marks = [o for o in _stage_ordinals(ann, f.sentence) if first <= o.first <= last and not _before_it(ann, o, f)]
    return min(marks, key=lambda o: abs(o.first - f.num.first), default=None)


def _stage_ordinals(ann: Annotations, s: Sentence) -> list[OrdinalMark]:
    """Stage ordinals of a sentence; 'the second' after 'the first phase' is the second phase."""
    out: list[OrdinalMark] = []
    unit = series = ""
    for o in ann.marks_between(ann.ordinals, s.first, s.last):
        if o.unit:
            unit, series = o.unit, o.series
            out.append(o)
        elif unit and o.first > 0 and ann.tokens[o.first - 1].low == "the":
            out.append(dataclasses.replace(o, unit=unit, series=series))  # "six in the second"
    return out


PRECEDENCE_WORDS = frozenset({"followed", "follows", "following", "after"})


def _before_it(ann: Annotations, o: OrdinalMark, f: Figure) -> bool:
    """'The second stage followed the release of 115 the previous day': the 115 came before the stage."""
    return o.last < f.num.first and any(t.low in PRECEDENCE_WORDS for t in ann.tokens[o.last + 1:f.num.first])


def _since_anchor(ann: Annotations, f: Figure) -> None:
    """'four years into the full-scale war': the start point of a duration."""
    k = f.num.last + 2  # after the unit ("four years into")
    toks = ann.tokens
    if k < len(toks) and toks[k].low in ("into", "since", "after", "of"):
        words = ann.text[toks[k].start:ann.tokens[f.clause[1]].end].lower()
        f.since_text = next((a for a in ANCHORS if a in words), None)


# --- value, quote, claim ------------------------------------------------------------------------


def _value(f: Figure) -> Interval:
    num = f.num
    integer = f.kind in (Kind.COUNT, Kind.TARGET, Kind.ORDINAL) and num.value == num.value.to_integral_value()
    if num.upper is not None:
        return Interval(lo=num.value, hi=num.upper, hedge="between")
    if num.hedge is None:
        return Interval.point(num.value)
    return hedged(num.value, num.hedge.text, integer=integer, kind=num.hedge.kind)


def _quote_span(ann: Annotations, f: Figure) -> tuple[int, int]:
    return quote_window(ann, f.sentence, f.start, f.num.end)


def quote_window(ann: Annotations, s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The sentence, or for a long one a window around the figure on word boundaries, trimmed."""
    text = ann.text
    if s.end - s.start <= MAX_QUOTE:
        return s.start, s.end
    lo = max(s.start, start - QUOTE_CONTEXT)
    hi = min(s.end, end + QUOTE_CONTEXT)
    while lo > s.start and not text[lo - 1].isspace():
        lo -= 1
    while hi < s.end and not text[hi].isspace():
        hi += 1
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def date_ref(d: DateMention, anchor: DateMention | None = None) -> DateRef:
    relative_to = None
    if anchor is not None:
        relative_to = DateRef(text=anchor.text, weekday=anchor.weekday, month=anchor.month, day=anchor.day,
                              year=anchor.year)
    return DateRef(text=d.text, weekday=d.weekday, month=d.month, day=d.day, year=d.year,
                   relative_days=d.relative_days, relative_to=relative_to)


def to_claim(f: Figure, claim_id: str, article_id: str, text: str, date: DateRef | None,
             attribution: str | None) -> Claim:
    a, b = f.quote
    stage = None if f.stage is None else Known[int](value=f.stage.n, words=f.stage.text)
    event = None if f.stage is None else Known[str](value=f.stage.series or f.stage.unit, words=f.stage.text)
    return Claim(
        id=claim_id, article_id=article_id, kind=f.kind, value=f.value, unit=f.unit, counted=f.counted,
        category=f.category, action=f.action, facets=f.facets, side=f.side, scope=f.scope, modality=f.modality,
        date=None if date is None else Known[DateRef](
            value=date, basis=Basis.STATED if f.date_in_clause else Basis.INFERRED,
            words=date.text if f.date_in_clause else f"the dateline '{date.text}'" if f.dateline
            else f"'{date.text}' elsewhere in its sentence"),
        stage=stage, event=event,
        final_stage=bool(f.stage and f.stage.final), per_side=f.per_side, increment=f.increment,
        superseded=f.superseded,
        period_days=f.period_days,
        since_text=f.since_text,
        then_value=f.then_value, then_year=f.then_year,
        extreme=f.extreme,
        headline=f.sentence.headline, attribution=attribution,
        figure=Span(start=f.start, end=f.num.end), grounding=Grounding(quote=text[a:b], start=a, end=b))

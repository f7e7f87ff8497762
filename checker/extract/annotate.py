"""One pass over an article: tokens, sentences (and the headline), numbers with hedges, dates,
ordinals, cue words, actions and sides, each with its span.

Extractors read these annotations; nothing downstream scans the text again. Every lookup is by
token index or by span (bisect over sorted starts), so a rule asks "which cue words stand in this
clause before this number", never runs a regex over a window of characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from checker.claims import Action, Category
from checker.dates import DATE_LINE, DateMention, find_dates
from checker.numbers import (
    _TOKEN_RE,
    NumberFormat,
    NumberMention,
    Token,
    hedge_before,
    number_at,
    number_value,
    tokenize,
)
from checker.vocab import (
    ACTIONS,
    CLAUSE_WORDS,
    CUES,
    CURRENCY_SIGNS,
    DURATION_UNITS,
    MEASURE_UNITS,
    NOUNS,
    NOUNS_OR_UNITS,
    ORDINALS,
    PERIOD_NAMES,
    PERIOD_PREPOSITIONS,
    PERIOD_UNIT_DAYS,
    SIDES,
    STAGE_UNITS,
    Cue,
    looks_plural,
)

_SENTENCE_END = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "”", "’", ")", "]", "'"})
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "rep", "sen",
                            "gov", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                            "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "a.m", "p.m", "inc", "co", "corp",
                            "approx", "pres", "prof", "rev", "ft", "mt", "ave", "fig", "est"})
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b\S+\.(?:com|org|net|me|ua|ru|uk)/\S*")
_ANNOUNCE_RE = re.compile(
    r"(?:according to|said|announced|reported|told|confirmed|wrote)\s+(?:by\s+)?(?P<who>(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,4})|(?P<who2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+"
    r"(?:said|announced|reported|wrote|confirmed|told)\b")
# Datelines: 'KYIV, May 8 (Wire) -', 'SAN JOSE MINE, Chile, Oct 13 -'; '(Mar 3, 2015  9:40 AM CST)'.
_WIRE_BEFORE = re.compile(r"\s*[A-Z][A-Z'.\- ]{1,40}(?:,\s*[A-Z][\w.'\- ]{1,40})?,\s*")
_WIRE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]")
_STAMP_BEFORE = re.compile(r"\s*\(\s*")
_STAMP_AFTER = re.compile(r"\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?[^)\n]{0,12}\)")
DATELINE_REACH = 60  # characters after a dateline's date searched for its agency and dash or clock time
MAX_HEADLINE_CHARS = 200  # a first line longer than this is prose, not a headline
CONTRAST_WORDS = frozenset({"but", "while", "whereas", "although"})
HARD_CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "—", "–", "|", "[", "]"})
# Tokens after a figure that make it a clock time, not a count ("10:15", "2 am", "0600 GMT").
TIME_WORDS = frozenset({"am", "pm", "a.m", "p.m", "gmt", "utc", "jst", "est", "edt", "cet", "cest", "ist", "hrs",
                        "hours", "o'clock", "bst", "pdt", "pst", "cdt", "cst", "local"})
YEAR_SUBJECT_VERBS = frozenset({"is", "was", "has", "had", "will", "would", "could", "may", "might", "saw"})
YEAR_LEADERS = frozenset({"in", "since", "of", "from", "until", "by", "the", "early", "late", "mid", "year",
                          "between", "and", "to", "before", "after", "during", "around", "circa", "spring",
                          "summer", "autumn", "fall", "winter", "fiscal", "season", "'s", "election", "census"})
RANGE_LEADERS = frozenset({"between", "aged", "ages", "from", "of"})
CHANGE_LEADERS = frozenset({"by", "from"})  # "rose by 15 to 93", "from 207 to 211": a change, not a range
ID_WORDS = frozenset({"no", "number", "section", "article", "route", "highway", "interstate", "iphone", "room",
                      "gate", "chapter", "rule", "resolution", "paragraph", "level", "grade", "channel", "line",
                      "track", "pier", "platform", "size", "version", "windows", "type", "class", "category",
                      "ward", "district", "precinct", "terminal", "bus", "lane", "lanes", "exit", "apollo", "boeing",
                      "airbus", "model", "series", "super", "fortune", "ftse", "nasdaq", "s&p", "dow", "covid",
                      "mh", "flight", "g", "f", "su", "mig", "code", "ps", "xbox", "unit", "block", "sector"})
UNITS_BEFORE = {"magnitude": "magnitude", "richter": "magnitude", "category": "category", "force": "force"}
RANGE_JOINERS = frozenset({"and", "to", "-", "–"})  # "10 to 12", "aged 12 and 13", "2022-2024"
YEAR_SPAN_MAX = 30  # "2022 to 2024 models": two years this close apart are a span of years, not a count range
PHONE_MIN_DIGITS = 8  # a bare run of this many digits is a phone or reference number
EVENT_NOUNS = frozenset({"exchange", "swap", "release", "return", "handover", "transfer", "evacuation", "deal",
                         "agreement", "truce", "ceasefire", "process", "operation", "repatriation", "airlift",
                         "rescue", "delivery", "deliveries", "convoy", "prisoner", "hostage"})
MAX_ORDINAL_UNIT_GAP = 3  # "the second day", "the third and final stage", "the second successive day"
SERIES_REACH = 10  # tokens after "stage of" searched for what the series counts


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    first: int  # first token index
    last: int  # last token index (inclusive)
    headline: bool = False


@dataclass(frozen=True, slots=True)
class Mark:
    """A matched vocabulary phrase: a cue word, an action, a side word."""

    first: int
    last: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CueMark(Mark):
    cue: Cue = Cue.ALSO


@dataclass(frozen=True, slots=True)
class ActionMark(Mark):
    action: Action = Action.RELEASED


@dataclass(frozen=True, slots=True)
class SideMark(Mark):
    side: str = ""


@dataclass(frozen=True, slots=True)
class PeriodMark(Mark):
    days: int = 0


@dataclass(frozen=True, slots=True)
class OrdinalMark(Mark):
    n: int = 0
    unit: str = ""  # "stage", "day" ... or "" when no stage unit follows
    final: bool = False
    series: str = ""  # what the series counts: "stage of the prisoner exchange"


M = TypeVar("M", bound=Mark)
V = TypeVar("V")


@dataclass
class Annotations:
    """Everything the rules read about one article, indexed by token and by position."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    numbers: list[NumberMention]
    dates: list[DateMention]
    cues: list[CueMark]
    actions: list[ActionMark]
    sides: list[SideMark]
    ordinals: list[OrdinalMark]
    periods: list[PeriodMark] = field(default_factory=list)
    urls: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0  # after the publication-date line
    np_ends: dict[int, int] = field(default_factory=dict, repr=False)  # figure token -> end of its noun phrase
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.tokens]

    # -- lookups
    def in_url(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.urls)

    @cached_property
    def datelines(self) -> frozenset[int]:
        """Start offsets of dates that stand in a dateline ('KYIV, May 8 (Wire) -', '(Mar 3, 2015 9:40 AM
        CST)'): when the copy was filed, not the day a figure of the lede refers to."""
        out = set()
        for d in self.dates:
            line_start = self.text.rfind("\n", 0, d.start) + 1
            before, after = self.text[line_start:d.start], self.text[d.end:d.end + DATELINE_REACH]
            if (_WIRE_BEFORE.fullmatch(before) and _WIRE_AFTER.match(after)) or \
                    (_STAMP_BEFORE.fullmatch(before) and _STAMP_AFTER.match(after)):
                out.add(d.start)
        return frozenset(out)

    @cached_property
    def attributions(self) -> dict[int, str]:
        """Sentence index -> who the sentence says said it ('according to the ministry', 'X said')."""
        out: dict[int, str] = {}
        for s in self.sentences:
            m = _ANNOUNCE_RE.search(self.text, s.start, s.end)
            if m is None:
                continue
            who = (m.group("who") or m.group("who2") or "").strip()
            if who and who.lower() not in {"the", "he", "she", "it", "they", "we", "i"}:
                out[s.index] = who
        return out

    def token_at(self, pos: int) -> int:
        """Index of the token that starts at or before pos."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence_of(self, token_index: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_firsts, token_index) - 1
        return self.sentences[max(0, i)]

    @cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s.first for s in self.sentences]

    @cached_property
    def clause_breaks(self) -> list[int]:
        """Token indexes that open a new clause (hard punctuation, or a clause word after a comma)."""
        return [t.i for t in self.tokens if self._opens_clause(t)]

    def _opens_clause(self, t: Token) -> bool:
        prev = self.tokens[t.i - 1] if t.i > 0 else None
        nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
        if t.kind == "punct":
            return t.text in HARD_CLAUSE_PUNCT or (t.text == "-" and self._spaced(t))
        if t.kind != "word":
            return False
        if t.low in CONTRAST_WORDS:
            return True
        if t.low == "and" and nxt is not None and nxt.low == "that":
            return True
        return t.low in CLAUSE_WORDS and prev is not None and prev.text == ","

    def _spaced(self, t: Token) -> bool:
        text = self.text
        return t.start > 0 and t.end < len(text) and text[t.start - 1].isspace() and text[t.end].isspace()

    def clause_of(self, token_index: int) -> tuple[int, int]:
        """The token range [first, last] of the clause holding token_index, within its sentence."""
        s = self.sentence_of(token_index)
        breaks = self.clause_breaks
        k = bisect.bisect_right(breaks, token_index)
        first = max(s.first, breaks[k - 1] if k > 0 else s.first)
        last = min(s.last, breaks[k] - 1 if k < len(breaks) else s.last)
        return first, last

    def marks_between(self, marks: Sequence[M], first: int, last: int) -> Iterator[M]:
        """Marks that start within tokens [first, last], in order."""
        starts = [m.first for m in marks]
        for k in range(bisect.bisect_left(starts, first), bisect.bisect_right(starts, last)):
            yield marks[k]

    def cues_between(self, first: int, last: int, *kinds: Cue) -> list[CueMark]:
        return [m for m in self.marks_between(self.cues, first, last) if not kinds or m.cue in kinds]

    def numbers_between(self, first: int, last: int) -> list[NumberMention]:
        return [n for n in self.numbers if first <= n.first <= last]

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start < end]

    def words(self, first: int, last: int) -> list[Token]:
        return [t for t in self.tokens[first:last + 1] if t.kind == "word"]


# --- the pass -----------------------------------------------------------------------------------


def annotate(text: str) -> Annotations:
    body = DATE_LINE.match(text)
    body_start = body.end() if body else 0
    tokens = tokenize(text, body_start)
    sentences = split_sentences(text, tokens)
    dates = find_dates(text, body_start)
    numbers = find_numbers(text, tokens, dates)
    ann = Annotations(text=text, tokens=tokens, sentences=sentences, numbers=numbers, dates=dates,
                      cues=[CueMark(*m, cue=v) for m, v in _marks(tokens, CUES) if not _in_date_span(m, dates)],
                      actions=[ActionMark(*m, action=v) for m, v in _marks(tokens, ACTIONS)],
                      sides=[SideMark(*m, side=v) for m, v in _marks(tokens, SIDES)],
                      ordinals=find_ordinals(tokens), periods=find_periods(tokens, numbers), body_start=body_start,
                      urls=[m.span() for m in _URL_RE.finditer(text, body_start)])
    return ann


def _in_date_span(mark: tuple[int, int, int, int, str], dates: list[DateMention]) -> bool:
    """'May' in 'May 23' is a month, not a cue word."""
    return any(d.start <= mark[2] < d.end for d in dates)


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences on terminal punctuation before a capital, and on line breaks; the first line of
    the body is a headline when it is short and has no terminal punctuation."""
    out: list[Sentence] = []
    first = 0
    for t in tokens:
        if t.i < first:
            continue
        if t.kind == "nl" or (t.text in _SENTENCE_END and _ends_sentence(tokens, t)):
            last = t.i - (t.kind == "nl")
            while t.kind != "nl" and last + 1 < len(tokens) and tokens[last + 1].text in _CLOSERS \
                    and tokens[last + 1].start == tokens[last].end:
                last += 1  # the closing quote or bracket belongs to the sentence it closes
            _push_sentence(tokens, first, last, out)
            first = last + 1
    _push_sentence(tokens, first, len(tokens) - 1, out)
    if out and _is_headline(text, tokens, out[0]):
        out[0] = Sentence(0, out[0].start, out[0].end, out[0].first, out[0].last, headline=True)
    return out


def _ends_sentence(tokens: list[Token], t: Token) -> bool:
    nxt = t.i + 1
    while nxt < len(tokens) and tokens[nxt].text in _CLOSERS:
        nxt += 1
    if nxt >= len(tokens):
        return True
    follower = tokens[nxt]
    if follower.kind == "nl":
        return True
    if t.text == "." and t.i > 0:
        before = tokens[t.i - 1]
        glued_to_number = t.i > 1 and tokens[t.i - 2].kind == "num" and tokens[t.i - 2].end == before.start
        if before.low in _ABBREVIATIONS or (before.kind == "word" and len(before.text) == 1 and not glued_to_number):
            return False  # "J. Smith", "Gen."; but "the 1700s." ends its sentence
    starts_upper = follower.text[:1].isupper() or follower.kind == "num" or follower.text in '"“‘(['
    return starts_upper and (follower.start > t.end or _glued(tokens, t, follower))


def _glued(tokens: list[Token], stop: Token, follower: Token) -> bool:
    """'the ministry said.Later on Monday': a stored page copy lost the space between two sentences. Only
    a lower-case word before and a capitalised word after, so 'U.S.Army' and 'www.BBC' stay whole."""
    before = tokens[stop.i - 1] if stop.i > 0 else None
    return stop.text == "." and before is not None and before.kind == "word" and len(before.text) >= 2 \
        and before.text[-2:].islower() and before.end == stop.start and follower.kind == "word" \
        and len(follower.text) >= 2 and follower.text[0].isupper() and follower.text[1].islower()


def _push_sentence(tokens: list[Token], first: int, last: int, out: list[Sentence]) -> None:
    while first <= last and tokens[first].kind == "nl":
        first += 1
    while last >= first and tokens[last].kind == "nl":
        last -= 1
    if first <= last:
        out.append(Sentence(len(out), tokens[first].start, tokens[last].end, first, last))


def _is_headline(text: str, tokens: list[Token], s: Sentence) -> bool:
    line_end = text.find("\n", s.start)
    if line_end == -1 or s.end > line_end or s.end - s.start > MAX_HEADLINE_CHARS:
        return False
    words = [t for t in tokens[s.first:s.last + 1] if t.kind == "word"]
    return tokens[s.last].text not in _SENTENCE_END and tokens[s.last].text != ":" and len(words) >= 3


# --- numbers ------------------------------------------------------------------------------------


def find_numbers(text: str, tokens: list[Token], dates: list[DateMention]) -> list[NumberMention]:
    """Every figure, digits or words, with its hedge, range and lexical format."""
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        m = number_at(text, tokens, i)
        if m is None:
            i += 1
            continue
        m.hedge = hedge_before(tokens, m.first)
        _range(text, tokens, m)
        m.format, m.unit = _format(text, tokens, m, dates)
        if m.hedge is not None and m.hedge.text.lower() == "over" and m.format is NumberFormat.DURATION:
            m.hedge = None  # "over two days" is a period, not "more than two days"
        out.append(m)
        i = m.last + 1
    return out


def _range(text: str, tokens: list[Token], m: NumberMention) -> None:
    """'between 10 and 12', '10 to 12 people', '1,500-2,500 goats': one figure with an upper bound.
    'from 207 to 211' is a change, not a range."""
    k = m.last + 1
    if k + 1 >= len(tokens) or tokens[k].low not in RANGE_JOINERS:
        return
    before = tokens[m.first - 1].low if m.first > 0 else ""
    if tokens[k].low == "and" and before != "between" or tokens[k].low == "to" and before in CHANGE_LEADERS:
        return  # "from 207 to 211", "rose by 15 to 93 deaths": a change
    nxt = tokens[k + 1]
    if nxt.kind != "num" or tokens[k].low in ("-", "–") and nxt.start != tokens[k].end:
        return
    if _year_span(tokens, m.first, k + 1):
        return
    upper = number_value(nxt.text)
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    counted = after is not None and after.kind == "word" and (after.low in NOUNS_OR_UNITS or looks_plural(after.text))
    if upper <= m.value or tokens[k].low in ("-", "–", "to") and not (before in RANGE_LEADERS or counted):
        return  # "49-21" is a score, "rose by 15 to 93" a change; "1,500 to 2,500 goats" a range
    m.upper, m.last, m.end = upper, k + 1, nxt.end
    m.text = text[m.start:m.end]


def _year_span(tokens: list[Token], a: int, b: int) -> bool:
    """'2022 to 2024 models', 'the 1998-2004 seasons': two plain years a few apart, joined."""
    ya, yb = (_plain_year(tokens[i]) for i in (a, b))
    return ya is not None and yb is not None and 0 < yb - ya <= YEAR_SPAN_MAX


def _plain_year(t: Token) -> int | None:
    if t.kind != "num" or not t.text.isdigit() or len(t.text) != 4 or not 1800 <= int(t.text) <= 2100:
        return None
    return int(t.text)


def _in_year_span(tokens: list[Token], m: NumberMention) -> bool:
    """Either end of a `_year_span` (the joiner between them: 'to', 'and', a dash)."""
    k = m.last + 1
    if k + 1 < len(tokens) and tokens[k].low in RANGE_JOINERS and _year_span(tokens, m.first, k + 1):
        return True
    j = m.first - 1
    return j > 0 and tokens[j].low in RANGE_JOINERS and _year_span(tokens, j - 1, m.first)


def _score(tokens: list[Token], m: NumberMention) -> bool:
    """'49-21', '(18-1)', '8-0': two figures joined by a hyphen that no range reading took."""
    k = m.last + 1
    if k + 1 < len(tokens) and tokens[k].text in ("-", "–") and tokens[k].start == m.end \
            and tokens[k + 1].kind == "num" and tokens[k + 1].start == tokens[k].end:
        return True
    j = m.first - 1
    return j > 0 and tokens[j].text in ("-", "–") and tokens[j].end == m.start and tokens[j - 1].kind == "num" \
        and tokens[j - 1].end == tokens[j].start


def _identifier(tokens: list[Token], m: NumberMention) -> bool:
    """'No. 8', 'Section 289', 'COVID-19', 'iPhone 6': a number that names something."""
    j = m.first - 1
    if j < 0:
        return False
    prev = tokens[j]
    if prev.text in ("-", "‐") and prev.end == m.start and j > 0 and tokens[j - 1].kind == "word" \
            and tokens[j - 1].end == prev.start:
        return True
    if prev.text == "." and j > 0 and tokens[j - 1].low == "no":
        return True
    if prev.low == "no" and "," in m.text:
        return False  # "Yes 550,000, No 450,000": a count of votes; a name is no thousands
    return prev.low in ID_WORDS or prev.text == "#"


def _format(text: str, tokens: list[Token], m: NumberMention,
            dates: list[DateMention]) -> tuple[NumberFormat, str | None]:
    if any(d.start <= m.start < d.end for d in dates):
        return NumberFormat.DATE_PART, None
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    after2 = tokens[m.last + 2] if m.last + 2 < len(tokens) else None
    before = tokens[m.first - 1] if m.first > 0 else None
    if _is_time(m, before, after, after2):
        return NumberFormat.TIME, None
    digits = m.text.lstrip("-+")
    if not m.is_word and digits.isdigit() and len(digits) >= PHONE_MIN_DIGITS:  # not "1.6 million"
        return NumberFormat.PHONE, None
    if _is_year(m, before, after) or (m.upper is None and _in_year_span(tokens, m)):
        return NumberFormat.YEAR, None
    if _identifier(tokens, m):
        return NumberFormat.IDENTIFIER, None
    if m.upper is None and not m.is_word and _score(tokens, m):
        return NumberFormat.SCORE, None
    if before is not None and (before.low in CURRENCY_SIGNS or before.text in CURRENCY_SIGNS):
        return NumberFormat.MONEY, before.text
    if before is not None and before.low in UNITS_BEFORE:
        return NumberFormat.UNIT, UNITS_BEFORE[before.low]  # "magnitude 6.8", "level 4"
    unit = _unit_after(tokens, m.last + 1)
    if unit is not None:
        return unit
    return NumberFormat.PLAIN, None


def _is_time(m: NumberMention, before: Token | None, after: Token | None, after2: Token | None) -> bool:
    if after is not None and after.text == ":" and after2 is not None and after2.kind == "num" \
            and after.end == after2.start and after.start == m.end:
        return True
    if before is not None and before.text == ":" and before.start == m.start - 1:
        return True
    if after is not None and after.low in TIME_WORDS and not (after.low == "hours" and m.value < 100):
        return after.low != "local" or (after2 is not None and after2.low == "time")
    return bool(not m.is_word and "." in m.text and after is not None and after.low in ("am", "pm"))


def _is_year(m: NumberMention, before: Token | None, after: Token | None) -> bool:
    if m.is_word or "," in m.text or "." in m.text or not 1800 <= m.value <= 2100:
        return False
    if before is not None and (before.low in YEAR_LEADERS or before.kind == "word" and before.text[:1].isupper()):
        return True
    if after is not None and after.text in ("-", "–", "/") and 1800 <= m.value <= 2100:
        return True
    if after is not None and after.low in YEAR_SUBJECT_VERBS and (before is None or before.text in ",.;:(\n"):
        return True  # "..., 2019 was on course to be the wettest year": a year as the subject
    return after is None or not (after.kind == "word" and after.text[:1].islower())


def _unit_after(tokens: list[Token], k: int) -> tuple[NumberFormat, str] | None:
    """A unit right after the figure, or after a hyphen ('34-year-old', '7.7-magnitude')."""
    hyphen = k < len(tokens) and tokens[k].text in ("-", "‐") and k + 1 < len(tokens) \
        and tokens[k + 1].start == tokens[k].end and tokens[k].start == tokens[k - 1].end
    if hyphen:
        k += 1
    if k >= len(tokens):
        return None
    t = tokens[k]
    if hyphen and t.kind == "word" and t.low not in DURATION_UNITS and t.low not in MEASURE_UNITS \
            and t.low not in ("for", "to", "and", "or"):
        return NumberFormat.UNIT, t.low  # "a 69-yarder", "a 28-point outburst": a compound modifier
    two = f"{t.low} {tokens[k + 1].low}" if k + 1 < len(tokens) else ""
    if t.text == "%" or t.low in ("percent",) or two == "per cent":
        return NumberFormat.PERCENT, "%"
    if two in MEASURE_UNITS:
        return NumberFormat.UNIT, MEASURE_UNITS[two]
    if t.low in MEASURE_UNITS:
        unit = MEASURE_UNITS[t.low]
        return (NumberFormat.MONEY if unit in ("$", "€", "£", "₹", "¥", "lira") else NumberFormat.UNIT), unit
    if t.low in DURATION_UNITS:
        return NumberFormat.DURATION, DURATION_UNITS[t.low]
    return None


# --- vocabulary marks ---------------------------------------------------------------------------


PhraseIndex = dict[str, list[tuple[tuple[str, ...], Any]]]
_INDEXES: dict[int, PhraseIndex] = {}


def _phrase_index(table: Mapping[str, Any]) -> PhraseIndex:
    index: PhraseIndex = {}
    for phrase, value in table.items():
        words = tuple(m.group(0).lower() for m in _TOKEN_RE.finditer(phrase))
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _marks(tokens: list[Token], table: Mapping[str, V]) -> Iterator[tuple[tuple[int, int, int, int, str], V]]:
    """Longest vocabulary phrases, token by token, without overlap: (first, last, start, end, text), value."""
    index = _INDEXES.get(id(table))
    if index is None:
        index = _INDEXES[id(table)] = _phrase_index(table)
    i, n = 0, len(tokens)
    while i < n:
        hit = next(((words, value) for words, value in index.get(tokens[i].low, ()) if i + len(words) <= n
                    and all(tokens[i + k].low == w for k, w in enumerate(words))), None)
        if hit is None:
            i += 1
            continue
        last = i + len(hit[0]) - 1
        text = " ".join(t.text for t in tokens[i:last + 1])
        yield (i, last, tokens[i].start, tokens[last].end, text), hit[1]
        i = last + 1


PERIOD_HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # "two-day": the unit joined to its number


def find_periods(tokens: list[Token], numbers: list[NumberMention]) -> list[PeriodMark]:
    """'over the past two days', 'in the two days', 'these two days', 'this week', 'over the weekend'."""
    out: list[PeriodMark] = []
    for n in numbers:
        if n.format is not NumberFormat.DURATION or n.unit not in PERIOD_UNIT_DAYS or n.upper is not None \
                or n.value < 1:
            continue  # "in the past 0 days" is no period (and a period of no days is none a figure can have)
        first = _period_start(tokens, n.first)
        if first is None or _point_in(tokens, first):
            continue
        last = n.last + 1
        if tokens[last].text in PERIOD_HYPHENS and last + 1 < len(tokens):
            last += 1  # "the two-day toll": the unit after the hyphen ends the phrase, nearer the figure it scopes
        out.append(PeriodMark(first, last, tokens[first].start, tokens[last].end,
                              " ".join(t.text for t in tokens[first:last + 1]),
                              days=int(n.value) * PERIOD_UNIT_DAYS[n.unit or "days"]))
    for t in tokens:
        name = t.low.removesuffix("'s").removesuffix("’s")
        if name in PERIOD_NAMES and t.i > 0 and tokens[t.i - 1].low in ("this", "the", "past", "last"):
            first = _period_start(tokens, t.i) or t.i - 1
            if tokens[t.i - 1].low == "last" and name == "week" or _point_in(tokens, first):
                continue  # "last week" is the week before, not a period ending today
            out.append(PeriodMark(first, t.i, tokens[first].start, t.end,
                                  " ".join(x.text for x in tokens[first:t.i + 1]), days=PERIOD_NAMES[name]))
    return sorted(out, key=lambda m: m.first)


POINT_IN_PERIOD = frozenset({"earlier", "later", "early", "late"})


def _point_in(tokens: list[Token], first: int) -> bool:
    """'a figure given earlier this week', 'later in the week': a moment inside the period, not the period."""
    return first > 0 and tokens[first - 1].low in POINT_IN_PERIOD


def _period_start(tokens: list[Token], k: int) -> int | None:
    """The first word of 'over the past two days' before the number at k; None when no period word leads."""
    first = k
    while first > 0 and tokens[first - 1].low in PERIOD_PREPOSITIONS and k - first < 4:
        first -= 1
    return first if first < k else None


def find_ordinals(tokens: list[Token]) -> list[OrdinalMark]:
    """Ordinal words and numerals ('second', '3rd'), with the stage unit that follows, if any."""
    out: list[OrdinalMark] = []
    for t in tokens:
        n = _ordinal_value(tokens, t)
        if n is None:
            continue
        unit, final, last = "", False, t.i
        for k in range(t.i + 1, min(len(tokens), t.i + 2 + MAX_ORDINAL_UNIT_GAP)):
            low = tokens[k].low
            if low in ("final", "last"):
                final = True
            if low.rstrip("s") in STAGE_UNITS:
                unit, last = low.rstrip("s"), k
                break
            if tokens[k].kind != "word" or low not in ("and", "final", "last", "successive", "consecutive",
                                                      "straight", "such", "major", "large", "big", "of"):
                break
        first = t.i - 1 if t.i > 0 and tokens[t.i - 1].kind == "num" and t.kind == "word" else t.i
        series = _series_words(tokens, last) if unit else ""
        out.append(OrdinalMark(first, last, tokens[first].start, tokens[last].end,
                               " ".join(x.text for x in tokens[first:last + 1]), n=n, unit=unit, final=final,
                               series=series))
    return out


def _ordinal_value(tokens: list[Token], t: Token) -> int | None:
    if t.kind == "word" and t.low in ORDINALS:
        return ORDINALS[t.low]
    if t.kind == "word" and t.low in ("st", "nd", "rd", "th") and t.i > 0:
        prev = tokens[t.i - 1]
        if prev.kind == "num" and prev.end == t.start and prev.text.isdigit() and len(prev.text) <= 3:
            return int(prev.text)
    return None


def _series_words(tokens: list[Token], unit_index: int) -> str:
    """What a stage series counts: 'of the prisoner exchange' after 'second stage' (up to 5 words)."""
    k = unit_index + 1
    if k >= len(tokens) or tokens[k].low != "of":
        return ""
    words = []
    for t in tokens[k + 1:k + SERIES_REACH]:
        if t.low in ("-", "‐") or t.kind == "num":
            continue
        if t.kind != "word" or t.low in CLAUSE_WORDS or t.low in ("on", "in", "at", "with", "was", "is", "were"):
            break
        words.append(t.low)
    return next((w for w in words if w in EVENT_NOUNS), words[-1] if words else "")


def noun_category(head: str) -> Category:
    return NOUNS[head][1] if head in NOUNS else Category.OTHER

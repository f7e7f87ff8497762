"""Numbers as written in news prose: tokens, digits with separators, number words, hedges.

Values are Decimal, never float. A hedge turns a point into an interval; `checker.vocab.HEDGES` is
the readable source of truth for how each hedge is read. The tokenizer here is the one every
extractor shares: number mentions carry token indexes so later passes never re-scan the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from checker.claims import Interval
from checker.vocab import HEDGES, NUMBER_WORDS, ORDINALS, SCALES, HedgeKind

__all__ = ["HEDGES", "ORDINALS", "NumberFormat", "NumberMention", "Token", "find_numbers", "hedge_before",
           "hedge_in_text", "hedged", "number_at", "number_value", "ordinal_value", "tokenize", "words_value"]

# a decimal comma before a scale word ('2,3 million units', continental style): one number, 2.3 million
_DECIMAL_COMMA = r"\d+,\d{1,2}(?=\s*%|\s+(?:million|billion|trillion|mln|bln|mn|bn|percent|per\s+cent)\b)"
_TOKEN_RE = re.compile(
    r"(?P<num>" + _DECIMAL_COMMA + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<nl>\n\s*\n|\n)"
    r"|(?P<punct>[^\w\s])",
    re.UNICODE,
)

class NumberFormat(str, Enum):
    """What a number token is, lexically (before any rule decides what it counts)."""

    PLAIN = "plain"
    YEAR = "year"
    TIME = "time"
    PHONE = "phone"
    DATE_PART = "date_part"  # the day of a date mention ("May 23")
    PERCENT = "percent"
    MONEY = "money"
    UNIT = "unit"  # a measure with a unit ("7.7-magnitude", "662-meter", "60 miles")
    DURATION = "duration"  # followed by a time unit ("three days", "four-year")
    SCORE = "score"  # a score or record: "49-21", "(18-1)"
    IDENTIFIER = "identifier"  # a name, not a quantity: "No. 8", "Section 289", "COVID-19", "iPhone 6"



@dataclass(frozen=True, slots=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    low: str
    kind: str  # "num", "word", "nl", "punct"



@dataclass(frozen=True, slots=True)
class Hedge:
    kind: HedgeKind
    text: str
    start: int


@dataclass(slots=True)
class NumberMention:
    """A figure: its span (hedge excluded), value, the tokens it covers, and its lexical format."""

    start: int
    end: int
    value: Decimal
    text: str
    first: int  # first token index
    last: int  # last token index (inclusive)
    is_word: bool
    hedge: Hedge | None = None
    upper: Decimal | None = None  # "between 10 and 12": the upper figure
    format: NumberFormat = NumberFormat.PLAIN
    unit: str | None = None  # the measure or duration unit, as a key

    @property
    def hedge_start(self) -> int:
        return self.hedge.start if self.hedge else self.start



def tokenize(text: str, start: int = 0) -> list[Token]:
    """Words, numbers, line breaks and punctuation, with spans."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start):
        kind = m.lastgroup or "punct"
        out.append(Token(len(out), m.start(), m.end(), m.group(0), m.group(0).lower(), kind))
    return out



def number_value(text: str) -> Decimal:
    """A digit token's value: '12,000' is 12000 (thousands), '2,3' (only before a scale word) is 2.3."""
    whole, comma, rest = text.partition(",")
    if comma and len(rest) <= 2:
        return Decimal(f"{whole}.{rest}")
    return Decimal(text.replace(",", ""))


def _split_by_comma(tokens: list[Token], i: int) -> bool:
    """Digits glued by a comma to other digits that no thousands pattern took ('2,3', '5,25'): one
    number written with a decimal comma, never two figures."""
    def glued(a: int, b: int) -> bool:
        return a >= 0 and b < len(tokens) and tokens[a].end == tokens[a + 1].start and tokens[a + 1].end == \
            tokens[b].start and tokens[a + 1].text == "," and tokens[a].kind == tokens[b].kind == "num"
    return glued(i, i + 2) or glued(i - 2, i)


def _decade(tokens: list[Token], i: int) -> bool:
    """A round number glued to a plural 's' ('1700s', '1990s', '80s'): decades, or ages in a bracket."""
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.low == "s" and nxt.start == t.end and t.text.isdigit() \
        and t.text.endswith("0") and len(t.text) in (2, 4)


def _digits(text: str, tokens: list[Token], i: int) -> NumberMention | None:
    t = tokens[i]
    if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].end == t.start:
        return None  # part of a token such as "COVID19", "A320"
    if _decade(tokens, i):
        return None  # "the 1990s", "in their 40s": a span of years, not a figure
    if _split_by_comma(tokens, i):
        return None  # "2,3 units": a decimal comma the tokens split; neither half is a figure
    if i + 1 < len(tokens) and tokens[i + 1].kind == "word" and tokens[i + 1].start == t.end \
            and tokens[i + 1].low not in ("st", "nd", "rd", "th", "s", "m", "bn", "k", "km", "kg", "mm", "cm", "pm",
                                          "am", "ft"):
        return None
    value = number_value(t.text)
    start, last = t.start, i
    sign = tokens[i - 1] if i > 0 else None
    if sign is not None and sign.text in ("-", "−", "+") and sign.end == t.start and _signable(text, tokens, i - 1):
        start = tokens[i - 1].start
        value = -value if tokens[i - 1].text != "+" else value
    nxt = i + 1
    if nxt < len(tokens) and tokens[nxt].low in SCALES and tokens[nxt].low != "hundred":
        value *= SCALES[tokens[nxt].low]
        last = nxt
    elif nxt < len(tokens) and tokens[nxt].low in ("m", "bn", "k") and tokens[nxt].start == t.end:
        value *= {"m": 1_000_000, "bn": 1_000_000_000, "k": 1000}[tokens[nxt].low]
        last = nxt
    end = tokens[last].end
    return NumberMention(start, end, value, text[start:end], i, last, is_word=False)


def _signable(text: str, tokens: list[Token], sign: int) -> bool:
    """A '-' is a minus sign only at the start of a table cell or after an opening bracket."""
    if sign == 0:
        return True
    prev = tokens[sign - 1]
    return prev.text in ("(", "|") or (text[tokens[sign].start - 1].isspace() and prev.kind != "num")


def _words(text: str, tokens: list[Token], i: int) -> NumberMention | None:
    """'Three hundred', 'forty-five', 'one thousand two hundred and six'."""
    parts: list[str] = []
    last = i
    k = i
    while k < len(tokens):
        t = tokens[k]
        if (k == i and t.low in ("a", "an")) or (t.kind == "word" and t.low in NUMBER_WORDS):
            parts.append("one" if k == i and t.low in ("a", "an") else t.low)
            last = k
            k += 1
        elif parts and _joins_number_words(tokens, k, parts[-1]):
            k += 1
        else:
            break
    value = words_value(parts)
    if value is None:
        return None
    start, end = tokens[i].start, tokens[last].end
    return NumberMention(start, end, Decimal(value), text[start:end], i, last, is_word=True)


def _joins_number_words(tokens: list[Token], k: int, previous: str) -> bool:
    """'forty-five' (a hyphen inside the word), 'three hundred and six' ('and' after a scale)."""
    t = tokens[k]
    if k + 1 >= len(tokens) or tokens[k + 1].low not in NUMBER_WORDS:
        return False
    if t.text == "-":
        return t.start == tokens[k - 1].end
    return t.low == "and" and previous in ("hundred", "thousand", "million")


def words_value(parts: list[str]) -> int | None:
    """The value of number words in order; None if they do not form one number ('one two')."""
    total, current, last_small = 0, 0, None
    for w in parts:
        v = NUMBER_WORDS[w]
        if w in SCALES:
            if current == 0:
                current = 1
            if v == 100:
                current *= 100
            else:
                total += current * v
                current = 0
            last_small = None
            continue
        if last_small is not None and (last_small < 20 or v >= 20 or last_small % 10):
            return None  # "one two" is two numbers
        current += v
        last_small = v if v < 100 else None
    return total + current


COMPARATIVES = frozenset({"more than", "fewer than", "less than", "higher than", "lower than"})


def hedge_before(tokens: list[Token], first: int) -> Hedge | None:
    for n_words in (4, 3, 2, 1):
        k = first - n_words
        if k < 0:
            continue
        words = tokens[k:first]
        if any(w.kind != "word" for w in words):
            continue
        phrase = " ".join(w.low for w in words)
        if phrase in HEDGES:
            if phrase == "over" and k > 0 and tokens[k - 1].low in _PARTICLE_VERBS:
                return None
            if phrase in COMPARATIVES and k > 0 and (tokens[k - 1].kind == "num" or tokens[k - 1].low in NUMBER_WORDS):
                return None  # "140 more than 700": a difference and the figure compared, not "over 700"
            return Hedge(HEDGES[phrase], " ".join(w.text for w in words), words[0].start)
    return None


HEDGE_REACH = 40  # characters before a figure searched for its hedge words by `hedge_in_text`


def hedge_in_text(text: str, pos: int) -> tuple[str, int] | None:
    """The hedge words that end right before `pos` in plain text, with their start offset."""
    start = max(0, pos - HEDGE_REACH)
    tokens = tokenize(text[start:pos])
    h = hedge_before(tokens, len(tokens))
    return (h.text.lower(), start + h.start) if h else None


_PARTICLE_VERBS = frozenset({"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "pass",
                             "passed", "gave", "give", "took", "take", "taken", "won", "win", "tipped"})




def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """All figures (digits and words) in text[start:end], in order, spans in text coordinates.

    Hedges, ranges and formats are not read here (see `checker.extract.annotate`)."""
    end = len(text) if end is None else end
    tokens = [t for t in tokenize(text, start) if t.end <= end]
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        m = number_at(text, tokens, i)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last + 1
    return out


def number_at(text: str, tokens: list[Token], i: int) -> NumberMention | None:
    """The figure that starts at token i, if any."""
    t = tokens[i]
    if t.kind == "num":
        return _digits(text, tokens, i)
    if t.kind == "word" and t.low in NUMBER_WORDS and t.low not in SCALES and t.low != "dozen":
        return _words(text, tokens, i)
    if t.low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low in SCALES:
        return _words(text, tokens, i)  # "A hundred and ninety-three"
    return None


APPROX_MARGIN = Decimal("0.10")  # "about 400" is read as 360..440
NEARLY_MARGIN = Decimal("0.10")  # "nearly 400" is read as 360..<400


def hedge_kind(hedge: str | None) -> HedgeKind | None:
    return HEDGES.get(hedge.lower()) if hedge else None


def hedged(value: Decimal, hedge: str | None, *, integer: bool = True, kind: HedgeKind | None = None) -> Interval:
    """The interval a hedged figure stands for. Counts are integers, so 'more than 300' is >= 301.
    The figure as written is kept (`Interval.figure`), so reports can say 'more than 300'."""
    kind = kind or hedge_kind(hedge)
    if kind is None:
        return Interval.point(value)
    one = Decimal(1)
    lo: Decimal | None
    hi: Decimal | None
    lo_open = hi_open = False
    if kind is HedgeKind.GT:
        lo, hi, lo_open = (value + one, None, False) if integer else (value, None, True)
    elif kind is HedgeKind.GE:
        lo, hi = value, None
    elif kind is HedgeKind.LT:
        lo, hi, hi_open = (Decimal(0), value - one, False) if integer else (Decimal(0), value, True)
    elif kind is HedgeKind.LE:
        lo, hi = Decimal(0), value
    elif kind is HedgeKind.NEARLY:  # "nearly 829" beside parts that add up to 829 exactly is no error
        lo, hi = value * (one - NEARLY_MARGIN), value
        lo = lo.to_integral_value() if integer else lo
    else:
        lo, hi = value * (one - APPROX_MARGIN), value * (one + APPROX_MARGIN)
        if integer:
            lo, hi = lo.to_integral_value(), hi.to_integral_value()
    if kind in (HedgeKind.LT, HedgeKind.LE) and hi is not None and hi < 0:  # "below zero": no count, a reading
        lo, hi, hi_open = None, value, kind is HedgeKind.LT
    return Interval(lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open, hedge=hedge, figure=value)


ORDINAL_RE = re.compile(r"\b(%s|\d{1,2}(?:st|nd|rd|th))\b" % "|".join(ORDINALS), re.IGNORECASE)


def ordinal_value(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    digits = re.match(r"\d+", w)
    if digits is None:
        raise ValueError(f"not an ordinal: {word!r}")
    return int(digits.group(0))

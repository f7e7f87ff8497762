"""Numbers in gold text, read by the evaluation itself: tokens, protected spans, edits, names.

The evaluation reads numbers with its own small tables, not the extractor's, so that what it
measures does not lean on what is being measured: a figure the extractor cannot read is still
found here, edited and looked for in the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from checker.claims import fmt_number

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = {"thousand": Decimal(1000), "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}
_WORD = r"(?:%s)" % "|".join(sorted([*UNITS, *TENS[2:], "hundred", *SCALES], key=len, reverse=True))
WORDS_RE = re.compile(rf"\b{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*\b", re.IGNORECASE)
# 1,234 / 307 / 33.8 / 21 million; never the tail of a longer digit run ("1,234" is one token).
DIGITS_RE = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion)\b)?")
BARE_DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")  # the digit-regex baseline: nothing else

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Spans no edit may touch, each with the reason reported when a figure sits inside one.
PROTECTED: list[tuple[str, re.Pattern[str]]] = [
    ("inside a URL", re.compile(r"https?://\S+|www\.\S+")),
    ("inside a date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")),
    ("inside a date", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+\d{{4}}\b)?")),
    ("inside a date", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}\b)?")),
    ("inside a date", re.compile(rf"\b{_MONTH}\s+\d{{4}}\b")),
    ("inside a date", re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")),
    ("inside a time", re.compile(r"\b\d{1,2}:\d{2}\b")),
]
_JOINERS = "-/.:"


@dataclass(frozen=True)
class NumberToken:
    """One number as written: its span, value, and how to write another value the same way."""

    start: int
    end: int
    value: Decimal
    text: str
    is_word: bool
    decimals: int = 0  # digits after the point, as written
    scale: Decimal = Decimal(1)  # 1, or the value of a trailing "million" / "thousand"
    mantissa_end: int = 0  # where the digits stop (before " million")

    @property
    def step(self) -> Decimal:
        """The smallest change the written form can show: 1, 0.1 for "33.8", a million for "21 million"."""
        return Decimal(1).scaleb(-self.decimals) * self.scale


def number_tokens(text: str, start: int = 0) -> list[NumberToken]:
    """Every number in text[start:], digits and words, in text order."""
    out = []
    for m in DIGITS_RE.finditer(text, start):
        digits, decimals, scale = m.group(1), m.group(2) or "", m.group(3)
        mult = SCALES[scale.lower()] if scale else Decimal(1)
        value = Decimal(digits.replace(",", "") + (f".{decimals}" if decimals else "")) * mult
        out.append(NumberToken(m.start(), m.end(), value, m.group(0), False, len(decimals), mult,
                               m.end(2) if decimals else m.end(1)))
    for m in WORDS_RE.finditer(text, start):
        words = words_value(m.group(0))
        if words is not None:
            value = words
            out.append(NumberToken(m.start(), m.end(), value, m.group(0), True, mantissa_end=m.end()))
    return sorted(out, key=lambda t: t.start)


def words_value(words: str) -> Decimal | None:
    """'Thirty-one' -> 31; a bare scale word ('hundreds', 'thousand') is no figure."""
    low = words.lower()
    if low in ("hundred", *SCALES):
        return None
    try:
        return Decimal(text2num(low.replace(" and ", " "), "en"))
    except ValueError:
        return None


def protection(text: str, token: NumberToken, spans: list[tuple[str, int, int]]) -> str | None:
    """Why the token must not be edited (inside a date, URL, time or another token), or None."""
    for reason, a, b in spans:
        if a < token.end and token.start < b:
            return reason
    before = text[token.start - 1] if token.start else " "
    before2 = text[token.start - 2] if token.start > 1 else " "
    after = text[token.end] if token.end < len(text) else " "
    after2 = text[token.end + 1] if token.end + 1 < len(text) else " "
    if before.isalnum() or before == "_" or (before in _JOINERS and before2.isalnum()):
        return "inside another token"  # the 19 of COVID-19, the 2023 of 2020-2023
    if after.isalnum() or after == "_" or (after in _JOINERS and after2.isdigit()):
        return "inside another token"  # 19th, 5km, the 2020 of 2020-2023, 12/03
    return None


def protected_spans(text: str) -> list[tuple[str, int, int]]:
    return [(reason, m.start(), m.end()) for reason, pat in PROTECTED for m in pat.finditer(text)]


def render(token: NumberToken, new: Decimal, text: str) -> str:
    """`new` written the way the token was: separators, decimals, scale word, number words, case."""
    if token.is_word:
        words = to_words(int(new), with_and=" and " in token.text.lower())
        if token.text.isupper() and len(token.text) > 1:
            return words.upper()
        return words[0].upper() + words[1:] if token.text[0].isupper() else words
    mantissa = new / token.scale
    written = f"{mantissa:,.{token.decimals}f}" if "," in token.text else f"{mantissa:.{token.decimals}f}"
    return written + text[token.mantissa_end:token.end]


def to_words(n: int, *, with_and: bool = False) -> str:
    """English number words for 0 < n < 10**12: 'thirty-three', 'one hundred and six'."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        joiner = " and " if with_and else " "
        return f"{UNITS[n // 100]} hundred" + (joiner + to_words(rest) if rest else "")
    for name, size in sorted(SCALES.items(), key=lambda kv: -kv[1]):
        if n >= size:
            head, rest = divmod(n, int(size))
            tail = (" " + to_words(rest, with_and=with_and)) if rest else ""
            return f"{to_words(head, with_and=with_and)} {name}{tail}"
    raise ValueError(n)  # unreachable: n >= 1000 meets a scale


def _standalone(value: Decimal) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.,]){re.escape(fmt_number(value))}(?![\d]|[.,]\d)")


def names_number(text: str, value: Decimal) -> bool:
    """Whether `value`, printed as the checker prints numbers (1,234), stands alone in text."""
    return _standalone(value).search(text) is not None


def swap_number(text: str, value: Decimal, other: Decimal) -> str:
    """text with every standalone `value` (as the checker prints it) printed as `other` instead."""
    return _standalone(value).sub(fmt_number(other), text)

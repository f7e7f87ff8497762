"""Ground extractor quotes in the article text: our code computes the offsets, never the model.

An extractor (rules or an LLM that may slightly misquote) proposes a quote; `Grounder.place` finds it
and returns a `Grounding` whose `quote` is always the article's own characters, so that
`text[g.start:g.end] == g.quote` holds whatever the match type. Matching is tiered, cheapest and most
trustworthy first: exact, then normalized (whitespace, typographic quotes and dashes, case), then fuzzy.
A fuzzy match may forgive a typo but never a changed number, and no match may cut a number in two
("90" inside "390"): grounding that alters a figure would defeat a fact checker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from rapidfuzz import fuzz

from checker.claims import Grounding

__all__ = ["Grounder", "ground"]

MIN_FUZZY_CHARS = 12  # shorter quotes ("307") are mostly a number: a near miss is a different fact
_FUZZY_RETRIES = 4  # alignments tried per search region before giving up on it
_NEAR_WINDOW = 300  # normalized characters either side of a `near` hint searched first

# One-to-one character folds, so str.translate keeps offsets aligned.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛′‹›`´", "'"),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)
_IGNORABLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters, BOM
_GAP = re.compile(f"[\\s{_IGNORABLE}]+")  # \s covers newlines, tabs and non-breaking/thin spaces
# A digit run with its thousands separators ("1,000", "1 000" with a narrow no-break space).
_NUMBER = re.compile(r"\d+(?:[,\u00a0\u202f\u2009]\d{3}(?!\d))*")
_NUMBER_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|thousand|million|billion|dozen|half|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|hundredth|thousandth)\b"
)

Span = tuple[int, int]
Match = Literal["exact", "normalized", "fuzzy"]


def _normalize(s: str) -> tuple[str, list[int]]:
    """Fold `s` for tolerant matching; also return, per normalized character, its offset in `s`.

    Whitespace runs (including newlines and non-breaking spaces) become one space, zero-width
    characters vanish, typographic quotes and dashes become ASCII, and case is lowered. Offsets are
    non-decreasing, so a normalized span [a, b) covers `s[starts[a] : starts[b - 1] + 1]`.
    """
    folded = s.translate(_FOLD)
    low = folded.lower()
    src: list[int] | None = None
    if len(low) != len(folded):  # rare: a character lowercases to several ("İ")
        pieces = [c.lower() for c in folded]
        low = "".join(pieces)
        src = [i for i, p in enumerate(pieces) for _ in p]
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _GAP.finditer(low):
        a, b = m.span()
        if a > pos:
            out.append(low[pos:a])
            starts.extend(range(pos, a) if src is None else src[pos:a])
        if m.group().strip(_IGNORABLE):  # a real space, not only zero-width characters
            out.append(" ")
            starts.append(a if src is None else src[a])
        pos = b
    if pos < len(low):
        out.append(low[pos:])
        starts.extend(range(pos, len(low)) if src is None else src[pos:])
    return "".join(out), starts


def _digit_joined(s: str, i: int) -> bool:
    """True when s[i-1] and s[i] belong to one number: digits, or a digit next to an inner , or ."""
    if i <= 0 or i >= len(s):
        return False
    prev, cur = s[i - 1], s[i]
    if prev.isdecimal() and cur.isdecimal():
        return True
    if prev in ",." and cur.isdecimal() and i >= 2 and s[i - 2].isdecimal():
        return True
    return cur in ",." and prev.isdecimal() and i + 1 < len(s) and s[i + 1].isdecimal()


def _cuts_number(s: str, a: int, b: int) -> bool:
    """True when s[a:b] starts or ends inside a number, e.g. "90" in "390" or "1" in "1,000"."""
    return (s[a].isdecimal() and _digit_joined(s, a)) or (s[b - 1].isdecimal() and _digit_joined(s, b))


def _numbers(s: str) -> tuple[list[str], set[str]]:
    """The figures a string states: digit runs (separators dropped) in order, and number words."""
    digits = [re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(s)]
    return digits, set(_NUMBER_WORDS.findall(s.lower()))


def _in_word(s: str, i: int) -> bool:
    """True when position i splits a word or a number of the normalized text."""
    return (0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()) or _digit_joined(s, i)


class Grounder:
    """Places quotes in one article's text; repeated identical quotes map to successive occurrences.

    The text is normalized once here, so placing many quotes costs a `str.find` each unless a quote
    needs the fuzzy fallback.
    """

    def __init__(self, text: str, *, fuzzy_threshold: int = 90) -> None:
        self.text = text
        self.fuzzy_threshold = fuzzy_threshold
        self._norm, self._starts = _normalize(text)
        self._used: set[Span] = set()
        self._cache: dict[str, list[tuple[Span, Match]]] = {}

    def place(self, quote: str, *, near: int | None = None) -> Grounding | None:
        """Ground `quote`, or None when the article does not say it.

        Without `near` the first unused exact occurrence wins, then the first unused normalized one;
        with `near` (an offset hint) the unused exact-or-normalized occurrence closest to it wins,
        since both are verbatim up to typography. When every occurrence was already handed out, the
        claim shares evidence with an earlier one (the first, or the closest to `near`).
        """
        q = quote.strip()
        if not q:
            return None
        found = self._occurrences(q)
        if found:
            pool = [c for c in found if c[0] not in self._used] or found
            if near is None:
                exact = [c for c in pool if c[1] == "exact"]
                span, match = (exact or pool)[0]
            else:
                span, match = min(pool, key=lambda c: (_distance(c[0], near), c[0][0]))
            return self._hand_out(span, match, 100)
        placed = self._fuzzy(q, near)
        return None if placed is None else self._hand_out(placed[0], "fuzzy", placed[1])

    def occurrences(self, quote: str, *, near: int | None = None) -> list[Grounding]:
        """Every exact or normalized occurrence of `quote`, in text order (closest to `near` first when
        given), without handing any out: for callers that choose among them."""
        q = quote.strip()
        found = self._occurrences(q) if q else []
        if near is not None:
            found = sorted(found, key=lambda c: (_distance(c[0], near), c[0][0]))
        return [Grounding(quote=self.text[s:e], start=s, end=e, match=m, score=100) for (s, e), m in found]

    def _hand_out(self, span: Span, match: Match, score: int) -> Grounding:
        self._used.add(span)
        start, end = span
        return Grounding(quote=self.text[start:end], start=start, end=end, match=match, score=score)

    def _occurrences(self, q: str) -> list[tuple[Span, Match]]:
        """Every exact and normalized occurrence of a stripped quote, in text order (cached)."""
        if q in self._cache:
            return self._cache[q]
        text, norm, starts = self.text, self._norm, self._starts
        found: dict[Span, Match] = {}
        i = text.find(q)
        while i >= 0:
            if not _cuts_number(text, i, i + len(q)):
                found[(i, i + len(q))] = "exact"
            i = text.find(q, i + len(q))
        qn = _normalize(q)[0].strip()
        if qn:
            i = norm.find(qn)
            while i >= 0:
                span = (starts[i], starts[i + len(qn) - 1] + 1)
                if span not in found and not _cuts_number(text, *span):
                    found[span] = "normalized"
                i = norm.find(qn, i + len(qn))
        result = sorted(found.items())
        self._cache[q] = result
        return result

    def _fuzzy(self, q: str, near: int | None) -> tuple[Span, int] | None:
        """Best approximate placement as (span, score), or None.

        Search order: a window around `near`, then the whole text with spans already handed out
        masked, then the whole text (shared evidence). An alignment that fails validation is masked
        and the search retried, so a near miss with a wrong number cannot hide the right place.
        """
        qn = _normalize(q)[0].strip()
        if len(qn) < MIN_FUZZY_CHARS:
            return None
        norm = self._norm
        masked = _mask(norm, [self._to_norm(s) for s in self._used])
        regions: list[tuple[int, str]] = []
        if near is not None:
            c = bisect_left(self._starts, near)
            lo = max(0, c - _NEAR_WINDOW)
            regions.append((lo, masked[lo : c + len(qn) + _NEAR_WINDOW]))
        regions.append((0, masked))
        if masked != norm:
            regions.append((0, norm))
        for offset, hay in regions:
            for _ in range(_FUZZY_RETRIES):
                al = fuzz.partial_ratio_alignment(qn, hay, score_cutoff=self.fuzzy_threshold)
                if al is None or al.dest_end <= al.dest_start:
                    break
                while al.dest_start > 0:  # equal scores: the earliest occurrence, so repeats go in text order
                    earlier = fuzz.partial_ratio_alignment(qn, hay[: al.dest_start], score_cutoff=al.score)
                    if earlier is None or earlier.dest_end <= earlier.dest_start:
                        break
                    al = earlier
                placed = self._settle(q, qn, offset + al.dest_start, offset + al.dest_end)
                if placed is not None:
                    return placed
                hay = _mask(hay, [(al.dest_start, al.dest_end)])
        return None

    def _settle(self, q: str, qn: str, a: int, b: int) -> tuple[Span, int] | None:
        """Snap a normalized alignment to word boundaries and validate it as (span, score).

        An alignment may cut words, and evidence should not; both trimming and extending each edge to
        a word boundary are scored, and the best variant that clears the threshold and states the same
        numbers as the quote is kept.
        """
        norm, starts, text = self._norm, self._starts, self.text
        lefts = {_trim_left(norm, a, b), _extend_left(norm, a)}
        rights = {_trim_right(norm, a, b), _extend_right(norm, b)}
        want = _numbers(q)
        best: tuple[Span, int] | None = None
        best_ratio = -1.0
        for left in sorted(lefts):
            for right in sorted(rights, reverse=True):
                lo, hi = left, right
                while lo < hi and norm[lo] == " ":
                    lo += 1
                while hi > lo and norm[hi - 1] == " ":
                    hi -= 1
                if hi <= lo:
                    continue
                ratio = fuzz.ratio(qn, norm[lo:hi])
                if ratio < self.fuzzy_threshold or ratio <= best_ratio:
                    continue
                s, e = starts[lo], starts[hi - 1] + 1
                if _cuts_number(text, s, e) or _numbers(text[s:e]) != want:
                    continue
                best, best_ratio = ((s, e), min(99, round(ratio))), ratio
        return best

    def _to_norm(self, span: Span) -> Span:
        return bisect_left(self._starts, span[0]), bisect_left(self._starts, span[1])


def _distance(span: Span, near: int) -> int:
    return max(span[0] - near, near - span[1], 0)


def _mask(s: str, ranges: list[Span]) -> str:
    """Blank out ranges with NULs (which match nothing), keeping offsets."""
    if not ranges:
        return s
    out, pos = [], 0
    for a, b in sorted(ranges):
        a = max(a, pos)
        if b > a:
            out += [s[pos:a], "\0" * (b - a)]
            pos = b
    out.append(s[pos:])
    return "".join(out)


def _extend_left(s: str, a: int) -> int:
    while _in_word(s, a):
        a -= 1
    return a


def _extend_right(s: str, b: int) -> int:
    while _in_word(s, b):
        b += 1
    return b


def _trim_left(s: str, a: int, b: int) -> int:
    while a < b and _in_word(s, a):
        a += 1
    return a


def _trim_right(s: str, a: int, b: int) -> int:
    while b > a and _in_word(s, b):
        b -= 1
    return b


def ground(text: str, quote: str) -> Grounding | None:
    """Ground one quote in `text` with a fresh `Grounder` (no memory of earlier placements)."""
    return Grounder(text).place(quote)

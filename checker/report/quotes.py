"""Quotes trimmed to the clause around their figures, with each figure's exact span kept for marking.

A quote is the whole sentence a claim was found in (up to several hundred characters). An editor
needs the words around the figure: the clause that holds it, widened by neighbouring clauses while
it is too short to read alone, cut at word boundaries when it is too long. Offsets stay those of the
article text, so a renderer can mark the figure (bold, <mark>) and link to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MIN_CHARS = 60  # a clause shorter than this is widened by its neighbours
MAX_CHARS = 140  # a fragment longer than this is cut at words around its figures
ELLIPSIS = "…"
QUOTE_MARKS = "\"'“”‘’«»„"
# Where a clause ends: a comma/semicolon/colon/dash followed by a space (never the comma of 1,000),
# a bracket, a quotation mark, or a sentence end.
_BOUNDARY = re.compile(r"[,;:](?=\s)|\s[—–-]\s|[()\[\]]|[\"“”«»„]|[.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of quote text; `figure` names the claim whose figure it is (None: plain words)."""

    text: str
    figure: str | None = None


@dataclass(frozen=True, slots=True)
class Fragment:
    """A trimmed quote: its pieces, and whether words were cut before and after it."""

    pieces: tuple[Piece, ...]
    cut_before: bool
    cut_after: bool


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans of a quote, boundaries included in the clause they close."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
            start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _window(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clauses covering [lo, hi), widened to MIN_CHARS by the shorter neighbour first."""
    spans = _clauses(text)
    first = next(i for i, (_s, e) in enumerate(spans) if e > lo)
    last = next(i for i, (_s, e) in enumerate(spans) if e >= hi)
    while spans[last][1] - spans[first][0] < MIN_CHARS and (first > 0 or last < len(spans) - 1):
        left = spans[first - 1][1] - spans[first - 1][0] if first > 0 else None
        right = spans[last + 1][1] - spans[last + 1][0] if last < len(spans) - 1 else None
        if right is None or (left is not None and left <= right):
            if spans[last][1] - spans[first - 1][0] > MAX_CHARS:
                break
            first -= 1
        else:
            if spans[last + 1][1] - spans[first][0] > MAX_CHARS:
                break
            last += 1
    return spans[first][0], spans[last][1]


def _cut_words(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Shrink [start, end) to about MAX_CHARS around [lo, hi), at spaces."""
    room = max(MAX_CHARS - (hi - lo), 0) // 2
    if lo - start > room:
        space = text.find(" ", lo - room, lo)
        start = space + 1 if space != -1 else lo
    if end - hi > room:
        space = text.rfind(" ", hi, hi + room)
        end = space if space != -1 else hi
    return start, end


def trim(quote: str, figures: Sequence[tuple[int, int, str]]) -> Fragment:
    """Trim `quote` around `figures` (start, end, claim id) given as offsets into the quote."""
    spans = sorted((s, e, cid) for s, e, cid in figures if 0 <= s < e <= len(quote))
    if not spans:
        text = quote.strip().strip(QUOTE_MARKS).strip()
        return Fragment((Piece(text),), False, False)
    lo, hi = spans[0][0], max(e for _s, e, _c in spans)
    start, end = _window(quote, lo, hi)
    if end - start > MAX_CHARS:
        start, end = _cut_words(quote, start, end, lo, hi)
    start, end = _strip(quote, start, end, lo, hi)
    pieces: list[Piece] = []
    at = start
    for s, e, cid in spans:
        if s < at:
            continue  # overlaps a figure already marked
        if s > at:
            pieces.append(Piece(_squash(quote[at:s])))
        pieces.append(Piece(_squash(quote[s:e]), cid))
        at = e
    if at < end:
        pieces.append(Piece(_squash(quote[at:end])))
    before = bool(quote[:start].strip(QUOTE_MARKS + " \n"))
    after = bool(quote[end:].strip(QUOTE_MARKS + " .!?\n"))
    return Fragment(tuple(p for p in pieces if p.text), before, after)


def _strip(quote: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Drop spaces, quotation marks and clause punctuation at the edges, never into a figure."""
    edge = QUOTE_MARKS + " \n\t,;:—–-("
    while start < lo and quote[start] in edge:
        start += 1
    while end > hi and quote[end - 1] in edge + ")":
        end -= 1
    return start, end


def _squash(text: str) -> str:
    """Line breaks and runs of spaces inside a quote as one space."""
    return re.sub(r"\s+", " ", text)

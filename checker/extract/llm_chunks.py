"""Split a long article into overlapping chunks for the LLM, on paragraph then sentence boundaries.

Chunks are spans of the full text, not copies: claims found in a chunk are grounded against the
whole article (with the chunk start as a hint), so offsets never need translating. The overlap keeps a
claim that straddles a boundary whole in at least one chunk; duplicates are merged downstream.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+")
_SPACE = re.compile(r"\s")


def chunk_spans(text: str, max_chars: int, overlap: int = 0) -> list[Span]:
    """Spans of at most `max_chars` characters covering every non-blank character of `text`.

    A text that fits is one chunk, (0, len(text)). Otherwise sentences are packed greedily, and a chunk
    ends at the last paragraph break if one falls in its second half; a sentence too long is cut at the
    last space that fits. Each next chunk repeats the trailing sentences of the previous one that fit in
    `overlap` characters.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    if not text.strip():
        return []
    if len(text) <= max_chars:
        return [(0, len(text))]
    units, para_starts = _units(text, max_chars)
    chunks: list[Span] = []
    i, last = 0, -1  # `last`: index of the previous chunk's final unit; each chunk must pass it
    while i < len(units):
        start, j = units[i][0], i
        while j + 1 < len(units) and units[j + 1][1] - start <= max_chars:
            j += 1
        if j + 1 < len(units) and j + 1 not in para_starts:
            breaks = [b - 1 for b in range(max(i, last + 1) + 1, j + 1) if b in para_starts
                      and units[b - 1][1] - start >= max_chars // 2]
            j = breaks[-1] if breaks else j
        chunks.append((start, units[j][1]))
        last = j
        if j + 1 >= len(units):
            break
        nxt = j + 1
        k = nxt
        while (k - 1 > i and units[j][1] - units[k - 1][0] <= overlap
               and units[nxt][1] - units[k - 1][0] <= max_chars):
            k -= 1
        i = k
    return chunks


def _units(text: str, max_chars: int) -> tuple[list[Span], set[int]]:
    """Sentence spans in order, and the indices of those that open a paragraph."""
    out: list[Span] = []
    para_starts: set[int] = set()
    for a, b in _pieces(text, 0, len(text), _PARAGRAPH):
        para_starts.add(len(out))
        for c, d in _pieces(text, a, b, _SENTENCE):
            if d - c <= max_chars:
                out.append((c, d))
            else:
                out.extend(_hard_cut(text, c, d, max_chars))
    return out, para_starts


def _pieces(text: str, a: int, b: int, sep: re.Pattern[str]) -> list[Span]:
    """Non-blank pieces of text[a:b] between separator matches, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    pos = a
    for m in sep.finditer(text, a, b):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, b))
    return [t for t in (_trim(text, x, y) for x, y in spans) if t[1] > t[0]]


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _hard_cut(text: str, a: int, b: int, max_chars: int) -> list[Span]:
    """A run-on sentence cut at the last whitespace that fits (mid-word only if there is none)."""
    out: list[Span] = []
    while b - a > max_chars:
        cut = a + max_chars
        space = max((m.start() for m in _SPACE.finditer(text, a + 1, cut + 1)), default=None)
        if space is not None and space > a:
            cut = space
        out.append(_trim(text, a, cut))
        a = _trim(text, cut, b)[0]
    if b > a:
        out.append((a, b))
    return out

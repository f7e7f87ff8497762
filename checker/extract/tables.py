"""Tables in running text: rows of cells, one row per line, ending in a row labelled 'Total'.

Results tables (seats, votes, casualties by province) state their arithmetic in the Total row: each
column's cells add up to the cell below them. Two layouts are read:
- cells between separators ("ANC | 86 | 73 | 159"), every row with the same number of cells;
- "Label: figure" lines ending in a "Total ...: figure" line whose label shares a word with the others
  ("Valid votes: ..., Invalid votes: ..., Total votes cast: ...").
Tables whose cells are only separated by spaces are not read: a blank cell there shifts the columns,
so which figure sits under which total cannot be told.

This module finds the structure only (parse); relations.py ties it to figures (align).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.annotate import Sentence

CELL_SEPARATORS = ("|", "\t")
MIN_SEPARATED_CELLS = 2  # a label and at least one figure
TOTAL_LABELS = frozenset({"total", "totals", "grand total", "overall", "all"})
EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "na"})  # a part that is absent, not a figure
_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][^:]{0,60}):\s*(?P<value>\S.*?)\s*$")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str

    @property
    def empty(self) -> bool:
        return self.text.strip().lower() in EMPTY_CELLS


@dataclass(frozen=True)
class Row:
    sentence: int
    label: str
    cells: tuple[Cell, ...]  # the cells after the label


@dataclass(frozen=True)
class Table:
    """Body rows above a total row, columns aligned cell by cell from the left (a total row may stop
    before a last column that has no total, such as the change since the last election); `header`
    names the columns."""

    header: Row | None
    body: tuple[Row, ...]
    total: Row
    start: int
    end: int


def find_tables(text: str, sentences: list[Sentence]) -> list[Table]:
    """Every table that ends in a total row, in text order."""
    out: list[Table] = []
    for read in (_separated_row, _labelled_row):
        rows = [read(text, s) for s in sentences]
        for i, row in enumerate(rows):
            if row is not None and _is_total(row.label):
                table = _table_above(rows, i, sentences, labelled=read is _labelled_row)
                if table is not None:
                    out.append(table)
    return sorted(out, key=lambda t: t.start)


def _is_total(label: str) -> bool:
    low = label.strip().lower()
    return low in TOTAL_LABELS or low.split(" ")[0] == "total"


def _table_above(rows: list[Row | None], i: int, sentences: list[Sentence], labelled: bool) -> Table | None:
    total = rows[i]
    assert total is not None
    body: list[Row] = []
    header: Row | None = None
    above = rows[i - 1] if i > 0 else None
    if above is None or len(above.cells) < len(total.cells):
        return None
    k = i - 1
    while k >= 0 and (row := rows[k]) is not None and len(row.cells) == len(above.cells) and not _is_total(row.label):
        if labelled and not _shares_word(row.label, total.label):
            break
        if not labelled and not any(_starts_figure(c.text) or c.empty for c in row.cells):
            header = row  # the column names
            break
        body.insert(0, row)
        k -= 1
    if len(body) < 2:
        return None
    first = header.sentence if header is not None else body[0].sentence
    return Table(header, tuple(body), total, sentences[first].start, sentences[total.sentence].end)


def _separated_row(text: str, s: Sentence) -> Row | None:
    line = text[s.start:s.end]
    sep = next((c for c in CELL_SEPARATORS if line.count(c) >= MIN_SEPARATED_CELLS - (c == "\t")), None)
    if sep is None:
        return None
    cells: list[Cell] = []
    at = 0
    for piece in line.split(sep):
        cells.append(Cell(s.start + at, s.start + at + len(piece), piece))
        at += len(piece) + 1
    if cells and not cells[0].text.strip():
        cells = cells[1:]  # "| ANC | 86 |": the outer separators open and close the row
    if cells and not cells[-1].text.strip():
        cells = cells[:-1]
    if len(cells) < MIN_SEPARATED_CELLS:
        return None
    return Row(s.index, cells[0].text.strip(), tuple(cells[1:]))


def _labelled_row(text: str, s: Sentence) -> Row | None:
    m = _LABELLED.match(text[s.start:s.end])
    if m is None or not _has_digit(m.group("value")):
        return None
    value = Cell(s.start + m.start("value"), s.start + m.end("value"), m.group("value"))
    return Row(s.index, m.group("label"), (value,))


def _shares_word(a: str, b: str) -> bool:
    stop = {"total", "of", "the", "and"}
    return bool((set(_WORD.findall(a.lower())) - stop) & set(_WORD.findall(b.lower())))


def _starts_figure(s: str) -> bool:
    """'86', '+3', '27.4%', '$1.2bn'; not 'Seat change (vs 2019)'."""
    return re.match(r"\s*[+\-−–$€£]?\s*\d", s) is not None


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)

"""Tables in running text: rows of cells, one row per line, ending in a row labelled 'Total'.

Results tables (seats, votes, casualties by province) state their arithmetic in the Total row: each
column's cells add up to the cell below them; a column the header names "Total ..." adds up each row.
Three layouts are read:
- cells between separators ("Unity | 86 | 73 | 159"), every row with the same number of cells;
- cells separated by spaces only ("Unity 86 73 159 -71"), as tables lose their separators when a page
  is copied as text. A blank cell there is dropped, not kept, so a row with fewer figures than the
  Total row cannot be aligned: only its last figure is placed, and only when the header names a total
  column, which is then taken to be the last one (results tables put the total after its parts) if
  most full rows add up that way. A
  signed figure after the last plain one ("+3", "-71") is a change column, which has no total.
- "Label: figure" lines ending in a "Total ...: figure" line whose label shares a word with the others
  ("Valid votes: ..., Invalid votes: ..., Total votes cast: ...").

This module finds the structure only (parse); relations.py ties it to figures (align).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.annotate import Sentence

CELL_SEPARATORS = ("|", "\t")
MIN_SEPARATED_CELLS = 2  # a label and at least one figure
MIN_BODY_ROWS = 2  # rows above the total: fewer is a sentence pair, not a table
TOTAL_LABELS = frozenset({"total", "totals", "grand total", "overall", "all"})
EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "na"})  # a part that is absent, not a figure
_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][^:]{0,60}):\s*(?P<value>\S.*?)\s*$")
_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\S+")
_PLAIN_FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")  # a whole number: a count in a results table
_SIGNED_FIGURE = re.compile(r"^[+\-−–](?:\d{1,3}(?:,\d{3})+|\d+)$")  # a change since last time


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
    cells: tuple[Cell, ...]  # the cells after the label (spaced rows: up to the last plain figure)


@dataclass(frozen=True)
class Table:
    """Body rows above a total row. Separated cells align from the left (a total row may stop before a
    last column that has no total, such as the change since the last election); spaced rows only when
    they have as many figures as the total row. `total_column` is the column (0 = the first after the
    label) whose header names it a total of the columns before it; `header` names the columns of a
    separated table."""

    header: Row | None
    body: tuple[Row, ...]
    total: Row
    start: int
    end: int
    spaced: bool = False
    total_column: int | None = None

    def column(self, j: int) -> list[tuple[Row, Cell]] | None:
        """The filled cells above the total in column j, with their rows; None when a row cannot be aligned."""
        out: list[tuple[Row, Cell]] = []
        for row in self.body:
            cell = self._cell(row, j)
            if cell is None:
                return None
            if not cell.empty:
                out.append((row, cell))
        return out

    def row_sum(self, row: Row) -> tuple[list[Cell], Cell] | None:
        """A row's parts and its cell in the total column, when the header names one."""
        t = self.total_column
        if t is None:
            return None
        if self.spaced and len(row.cells) < len(self.total.cells):
            parts, whole = list(row.cells[:-1]), row.cells[-1]  # the blanks were dropped: the last is the total
        elif len(row.cells) > t:
            parts, whole = list(row.cells[:t]), row.cells[t]
        else:
            return None
        parts = [c for c in parts if not c.empty]
        return (parts, whole) if parts and not whole.empty else None

    def _cell(self, row: Row, j: int) -> Cell | None:
        if not self.spaced:
            return row.cells[j]
        if len(row.cells) == len(self.total.cells):
            return row.cells[j]
        if j == self.total_column == len(self.total.cells) - 1:
            return row.cells[-1]
        return None


def find_tables(text: str, sentences: list[Sentence]) -> list[Table]:
    """Every table that ends in a total row, in text order."""
    out: list[Table] = []
    for read in (_separated_row, _labelled_row, _spaced_row):
        rows = [read(text, s) for s in sentences]
        for i, row in enumerate(rows):
            if row is None or not _is_total(row.label):
                continue
            if read is _spaced_row:
                table = _spaced_table_above(rows, i, text, sentences)
            else:
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
    if len(body) < MIN_BODY_ROWS:
        return None
    first = header.sentence if header is not None else body[0].sentence
    names = [c.text for c in header.cells] if header is not None else []
    total_column = next((j for j, name in enumerate(names) if j > 0 and j < len(total.cells) and _names_total(name)),
                        None)
    return Table(header, tuple(body), total, sentences[first].start, sentences[total.sentence].end,
                 total_column=total_column)


def _spaced_table_above(rows: list[Row | None], i: int, text: str, sentences: list[Sentence]) -> Table | None:
    """Spaced rows above a spaced total row, none with more figures than it; the line above them, when it
    is not a row, is the header."""
    total = rows[i]
    assert total is not None
    width = len(total.cells)
    k = i - 1
    while k >= 0 and (row := rows[k]) is not None and 0 < len(row.cells) <= width and not _is_total(row.label):
        k -= 1
    body = tuple(r for r in rows[k + 1:i] if r is not None)
    if len(body) < MIN_BODY_ROWS:
        return None
    header = k if k >= 0 and rows[k] is None else None
    names = text[sentences[header].start:sentences[header].end] if header is not None else ""
    named = width >= MIN_SEPARATED_CELLS and _names_total(" ".join(names.split()[1:])) and _last_adds_up(body, total)
    first = header if header is not None else body[0].sentence
    return Table(None, body, total, sentences[first].start, sentences[total.sentence].end, spaced=True,
                 total_column=width - 1 if named else None)


def _last_adds_up(body: tuple[Row, ...], total: Row) -> bool:
    """A spaced header cannot be split into its columns, so 'Total' there does not say which column it
    names: the last one is meant only when most full rows, and at least two, add up that way."""
    full = [r for r in (*body, total) if len(r.cells) == len(total.cells)]
    adding = sum(1 for r in full if _value(r.cells[-1]) == sum(_value(c) for c in r.cells[:-1]))
    return adding >= MIN_BODY_ROWS and 2 * adding > len(full)


def _value(cell: Cell) -> int:
    return 0 if cell.empty else int(cell.text.replace(",", ""))


def _names_total(name: str) -> bool:
    return "total" in _WORD.findall(name.lower())


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


def _spaced_row(text: str, s: Sentence) -> Row | None:
    """'Unity 86 73 159 -71': a label of words, then only plain figures or dashes, then signed ones."""
    line = text[s.start:s.end]
    if any(sep in line for sep in CELL_SEPARATORS):
        return None
    tokens = list(_TOKEN.finditer(line))
    first = next((n for n, t in enumerate(tokens) if _table_token(t.group())), None)
    if not first or not any(ch.isalpha() for t in tokens[:first] for ch in t.group()):
        return None
    figures = tokens[first:]
    if not all(_table_token(t.group()) for t in figures):
        return None
    last_plain = max((n for n, t in enumerate(figures) if _PLAIN_FIGURE.match(t.group())), default=None)
    if last_plain is None or any(_SIGNED_FIGURE.match(t.group()) for t in figures[:last_plain]):
        return None
    cells = tuple(Cell(s.start + t.start(), s.start + t.end(), t.group()) for t in figures[:last_plain + 1])
    label = line[:tokens[first].start()].strip()
    return Row(s.index, label, cells)


def _table_token(tok: str) -> bool:
    return bool(_PLAIN_FIGURE.match(tok) or _SIGNED_FIGURE.match(tok)) or tok in EMPTY_CELLS


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

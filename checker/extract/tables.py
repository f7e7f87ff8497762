"""Tables in running text: rows of cells, one row per line, ending in a row labelled 'Total'.

Results tables (seats, votes, casualties by province) state their arithmetic in the Total row: each
column's cells add up to the cell below them; a column the header names "Total ..." adds up each row.
Three layouts are read:
- cells between separators ("Unity | 86 | 73 | 159", "Blue | 50"), every row with the same number of cells;
- cells separated by spaces only ("Unity 86 73 159 -71"), as tables lose their separators when a page
  is copied as text. A blank cell there is dropped, not kept, so a row with fewer figures than the
  Total row cannot be aligned: only its last figure is placed, and only when the header names a total
  column, which is then taken to be the last one (results tables put the total after its parts) if
  most full rows add up that way. A signed figure after the last plain one ("+3", "-71") is a change
  column, which has no total.
- "Label: figure" lines ending in a "Total ...: figure" line whose label shares a word with the others
  ("Valid votes: ..., Invalid votes: ..., Total votes cast: ...").

A table is read only when its shape leaves no doubt; otherwise it is left alone, since a misread
table makes false alarms by the column:
- its rows stand on consecutive lines (a blank line ends a table), and nothing above its first row
  looks like a row cut off from it (a row of another width, a row with a figure in its label, a
  sub-heading with more rows above it);
- the Total row is labelled "Total", "Totals" or "Grand total", or "Total" with words the other rows
  or the header use ("Total votes cast"); never "All" or "Overall" (in polls and ratings those rows
  are averages) nor "Total deaths" under rows about cases;
- no body row is itself a sum or an average of others ("Subtotal", "Average", "of whom children");
- a Total row shorter than the body only lacks a last column of changes;
- a top row of years only ("Ministry | 2025 | 2026") is a header or a row of figures: not told, so
  not read;
- a column the header calls cumulative ("Cumulative", "so far", "to date") is not added up, nor is
  a table of shares whose every row ends in 100.

This module finds the structure only (parse); relations/layout.py ties it to figures (align).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from checker.extract.annotate import Sentence

CELL_SEPARATORS = ("|", "\t")
MIN_SEPARATED_CELLS = 2  # a label and at least one figure
MIN_BODY_ROWS = 2  # rows above the total: fewer is a sentence pair, not a table
TOTAL_LABELS = frozenset({"total", "totals", "grand total"})
TOTAL_WORDS = frozenset({"total", "totals", "grand", "the", "of", "all", "and"})
NOT_PART_LABELS = ("subtotal", "sub-total", "average", "mean", "median", "of whom", "of which", "including",
                   "incl", "thereof", "per cent", "percent", "share")
CUMULATIVE_HEADERS = ("cumulative", "running", "so far", "to date")
TIME_WORDS = frozenset({"today", "yesterday", "week", "month", "year", "daily", "weekly", "monthly", "new",
                        "cumulative", "previous", "last", "this", "since", "increase", "change"})
EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "na"})  # a part that is absent, not a figure
SHARE_TOTAL = 100  # a table of shares: every row ends in 100
YEARS = range(1900, 2101)
_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][^:]{0,60}):\s*(?P<value>\S.*?)\s*$")
_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\S+")
_PLAIN_FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")  # a whole number: a count in a results table
_SIGNED_FIGURE = re.compile(r"^[+\-−–](?:\d{1,3}(?:,\d{3})+|\d+)$")  # a change since last time
_PURE_FIGURE = re.compile(r"^\s*[+\-−–]?\s*[$€£]?\s*\d[\d,.]*\s*(?:%|bn|m|k)?\s*$")  # '86', '+3', '27.4%', '$1.2bn'


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
    last column of changes); spaced rows only when they have as many figures as the total row.
    `total_column` is the column (0 = the first after the label) whose header names it a total of the
    columns before it; `header` names the columns of a separated table; `skip` holds the columns that
    are not added up (cumulative ones)."""

    header: Row | None
    body: tuple[Row, ...]
    total: Row
    start: int
    end: int
    spaced: bool = False
    total_column: int | None = None
    skip: frozenset[int] = frozenset()

    def column(self, j: int) -> list[tuple[Row, Cell]] | None:
        """The filled cells above the total in column j, with their rows; None when a row cannot be
        aligned or the column does not add up by its nature."""
        if j in self.skip:
            return None
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


Reader = Callable[[str, Sentence], "Row | None"]


def find_tables(text: str, sentences: list[Sentence]) -> list[Table]:
    """Every table that ends in a total row, in text order."""
    out: list[Table] = []
    lines = [_whole_line(text, s) for s in sentences]
    for read in (_separated_row, _labelled_row, _spaced_row):
        rows = [read(text, s) if lines[s.index] else None for s in sentences]
        for i, row in enumerate(rows):
            if row is None or not _is_total(row.label):
                continue
            table = _table_above(read, rows, i, text, sentences)
            if table is not None:
                out.append(table)
    return sorted(out, key=lambda t: t.start)


def _whole_line(text: str, s: Sentence) -> bool:
    return (s.start == 0 or text[s.start - 1] == "\n") and (s.end >= len(text) or text[s.end] in "\r\n")


def _next_line(text: str, upper: Sentence, lower: Sentence) -> bool:
    """`lower` stands on the line right after `upper`: no blank line between them."""
    return text.count("\n", upper.end, lower.start) == 1


def _is_total(label: str) -> bool:
    low = label.strip().lower()
    return low in TOTAL_LABELS or low.split(" ")[0] == "total"


def _table_above(read: Reader, rows: list[Row | None], i: int, text: str, sentences: list[Sentence]) -> Table | None:
    """The body above total row i: consecutive lines of the same layout, up to a header, a blank line
    or the start; None when anything there looks like a row cut off from the table."""
    total = rows[i]
    assert total is not None
    spaced, labelled = read is _spaced_row, read is _labelled_row
    body: list[Row] = []
    k = i - 1
    while k >= 0 and _next_line(text, sentences[k], sentences[k + 1]):
        row = rows[k]
        if row is None or (not labelled and not spaced and not _figures_row(row)) \
                or (labelled and not _part_of(row.label, total.label, _kin(rows, k, i))):
            break
        if _is_total(row.label) or _cut_off(row, body, total, spaced, labelled):
            return None
        body.insert(0, row)
        k -= 1
    if len(body) < MIN_BODY_ROWS or not _fits(total, body, spaced, labelled):
        return None
    header = k if k >= 0 and _next_line(text, sentences[k], sentences[k + 1]) else None
    if header is not None and _truncated_above(read, rows, header, text, sentences, body[0]):
        return None
    return _assemble(rows, header, body, total, text, sentences, spaced)


def _figures_row(row: Row) -> bool:
    """A separated row of figures only, not the header naming the columns ('2021 seats' is a name)."""
    return all(_PURE_FIGURE.match(c.text) or c.empty for c in row.cells)


def _cut_off(row: Row, body: list[Row], total: Row, spaced: bool, labelled: bool) -> bool:
    """A row that does not fit the ones below it: another width, a sum or an average of others."""
    if any(w in row.label.lower() for w in NOT_PART_LABELS):
        return True
    if labelled:  # "Votes cast: 80,000" above "Total votes cast: 80,000": the total itself, told first
        return set(_WORD.findall(row.label.lower())) == set(_WORD.findall(total.label.lower())) - TOTAL_WORDS
    if spaced:
        return len(row.cells) > len(total.cells) or any(ch.isdigit() for ch in row.label)
    width = len(body[0].cells) if body else len(row.cells)
    return len(row.cells) != width


def _fits(total: Row, body: list[Row], spaced: bool, labelled: bool) -> bool:
    """The total row names what the rows count and lines up with them."""
    labels = " ".join(r.label for r in body).lower()
    extra = set(_WORD.findall(total.label.lower())) - TOTAL_WORDS
    if extra and not labelled and not extra & set(_WORD.findall(labels)):
        return False  # "Total deaths" under rows of cases
    if spaced or labelled:
        return True
    width = len(body[0].cells)
    if len(total.cells) == width:
        return True
    changes = all(_SIGNED_FIGURE.match(r.cells[-1].text.strip()) or r.cells[-1].empty for r in body)
    return len(total.cells) == width - 1 and changes  # the change column has no total


def _truncated_above(read: Reader, rows: list[Row | None], header: int, text: str, sentences: list[Sentence],
                     first: Row) -> bool:
    """The line above the body is a broken row ('Unity – People's Front 20', 'Voice 3 new', a row of
    another width) or a sub-heading, with rows of the table above it."""
    line = text[sentences[header].start:sentences[header].end]
    top = rows[header]
    if read is _spaced_row and top is None and any(_PLAIN_FIGURE.match(t) for t in line.split()):
        return True
    if read is _separated_row and top is not None and len(top.cells) != len(first.cells):
        return True
    above = header - 1
    if above < 0 or not _next_line(text, sentences[above], sentences[header]):
        return False
    over = rows[above]
    return over is not None and (top is None or (read is _separated_row and len(over.cells) == len(first.cells)))


def _assemble(rows: list[Row | None], header: int | None, body: list[Row], total: Row, text: str,
              sentences: list[Sentence], spaced: bool) -> Table | None:
    top = rows[header] if header is not None else None
    if not spaced and top is None and _years_only(body[0]):
        return None  # "Ministry | 2025 | 2026" with no header above: names or figures, not told
    names = [c.text for c in top.cells] if top is not None else []
    line = text[sentences[header].start:sentences[header].end] if header is not None else ""
    skip = frozenset(j for j, n in enumerate(names) if any(w in n.lower() for w in CUMULATIVE_HEADERS))
    if _shares(body, total):
        return None
    if spaced:
        if header is not None and len(line.split()) <= len(total.cells):
            return None  # "District Yes No" over four figures a row: '12 400' is one number, spaced
        named = len(total.cells) >= MIN_SEPARATED_CELLS and _names_total(" ".join(line.split()[1:]))
        total_column = len(total.cells) - 1 if named else None
    else:
        total_column = next((j for j, n in enumerate(names) if 0 < j < len(total.cells) and _names_total(n)), None)
    if total_column is not None and not _adds_up(body, total, total_column):
        total_column = None
    first = header if header is not None else body[0].sentence
    return Table(top, tuple(body), total, sentences[first].start, sentences[total.sentence].end, spaced=spaced,
                 total_column=total_column, skip=skip)


def _years_only(row: Row) -> bool:
    filled = [c for c in row.cells if not c.empty]
    return bool(filled) and all((v := _value(c)) is not None and v in YEARS and "," not in c.text for c in filled)


def _shares(body: list[Row], total: Row) -> bool:
    """Every row, the total's too, ends in 100: a table of shares, whose Total row is no sum."""
    return all(r.cells and _value(r.cells[-1]) == SHARE_TOTAL for r in (*body, total))


def _adds_up(body: list[Row], total: Row, t: int) -> bool:
    """A header cannot say for sure that its 'Total' column totals the ones before it ('Total cases'
    beside 'New cases'): it does only when most full rows, and at least two, add up that way."""
    full = [r for r in (*body, total) if len(r.cells) > t and len(r.cells) >= len(total.cells)]
    adding = 0
    for r in full:
        parts = [_value(c) for c in r.cells[:t]]
        whole = _value(r.cells[t])
        adding += whole is not None and None not in parts and whole == sum(p or 0 for p in parts)
    return adding >= MIN_BODY_ROWS and 2 * adding > len(full)


def _value(cell: Cell) -> int | None:
    """A cell's whole number (0 for a blank); None for anything else."""
    if cell.empty:
        return 0
    text = cell.text.strip()
    return int(text.replace(",", "")) if _PLAIN_FIGURE.match(text) else None


def _names_total(name: str) -> bool:
    return "total" in _WORD.findall(name.lower())


def _separated_row(text: str, s: Sentence) -> Row | None:
    line = text[s.start:s.end]
    sep = next((c for c in CELL_SEPARATORS if c in line), None)  # "Blue | 50": one separator makes two cells
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
    if not first or not any(ch.isalpha() for t in tokens[:first] for ch in t.group()) \
            or tokens[first - 1].group().endswith(":"):
        return None  # "Cases today: 14" is a labelled line
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


def _kin(rows: list[Row | None], k: int, total: int) -> list[str]:
    """The labels of the labelled lines right above and below line k, the total's excepted."""
    return [r.label for j in (k - 1, k + 1) if 0 <= j < total and (r := rows[j]) is not None]


def _part_of(label: str, total: str, kin: list[str]) -> bool:
    """'Valid votes' under 'Total votes cast', or beside 'Invalid votes' above 'Total cast': it shares a
    word with the total or a neighbour, and what sets it apart from the total is not a time ('Cases
    today' and 'Cases this week' are two tallies, not parts)."""
    words, whole = set(_WORD.findall(label.lower())), set(_WORD.findall(total.lower()))
    stop = {"total", "of", "the", "and"}
    shared = (words - stop) & (whole | {w for n in kin for w in _WORD.findall(n.lower())})
    bare = total.strip().lower() in TOTAL_LABELS  # "Dead: 12", "Injured: 40", "Total: 52"
    return (bool(shared) or bare) and not (words - whole) & TIME_WORDS and not any(ch.isdigit() for ch in label)


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)

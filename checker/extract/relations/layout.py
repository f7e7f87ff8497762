"""Figures set out by layout rather than sentences: bullet lines after a colon, one part a line ('...
distributed as follows:' then '• 521 trucks ...'), and tables whose Total row or column adds up the
cells (the table's structure is parsed in `checker.extract.tables`).
"""

from __future__ import annotations

from checker.claims import RelationKind, Role
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import SEPARATORS, _countable, _fits, _inherit, _may_overlap, _skip_separators
from checker.extract.relations.context import RelationDraft, _Context
from checker.extract.relations.list_items import LIST_INCLUDING
from checker.extract.tables import Cell, Row, Table
from checker.numbers import NumberFormat
from checker.vocab import compatible_heads

# --- bullets after a colon: "... distributed as follows:" then one line per part ------------------

BULLETS = frozenset({"•", "·", "*", "-", "–", "—", "▪"})

# Words before the colon that make the lines examples of the whole, not all of it, as inline 'including'
SOME_OF = LIST_INCLUDING | {"for example", "for instance", "among others"}

# Nouns that count the points a list itself makes, never what its lines add up: "The budget makes 3 big
# changes:" then one line of money per change
POINT_NOUNS = frozenset({"change", "reason", "way", "thing", "point", "step", "measure", "fact", "takeaway",
                         "lesson", "question", "proposal", "idea", "priority", "highlight", "issue", "moment",
                         "trend", "detail", "option", "rule"})

# A line that compares the whole with another time ("- Up from 4,600 a year ago") is no part of it
COMPARING_LEADS = frozenset({"up", "down", "compared", "against", "versus", "vs"})

# Words right before a figure that make it a rate's base or an average, never a whole to break down
NOT_A_TOTAL_BEFORE = frozenset({"per", "average", "mean", "median"})


def bullet_lists(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'... distributed as follows:' then '• 521 trucks crossed ...', one part a line. The lines must count
    what the whole counts: a year series, a comparison, points of a list or a rate's lines are not parts."""
    toks = ctx.ann.tokens
    if toks[s.last].text != ":" or s.index + 1 >= len(ctx.ann.sentences):
        return []
    wholes = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    if len(wholes) != 1 or not _bullet_whole(ctx, s, wholes[0]):
        return []
    parts, lines, every = _bullet_parts(ctx, s)
    w, items = ctx.figures[wholes[0]], [ctx.figures[i] for i in parts]
    if lines < 2 or not parts or (every and len(parts) < 2) or _lines_count_other(w, lines, items):
        return []
    _inherit(ctx, wholes[0], parts)
    if any(not _fits(w, p) for p in items):
        return []
    clause = " " + " ".join(t.low for t in toks[ctx.ann.clause_of(s.last - 1)[0]:s.last]) + " "
    some = any(f" {cue} " in clause for cue in SOME_OF)  # "made 41 arrests on Tuesday, including:"
    end = ctx.figures[parts[-1]].sentence.end
    return [RelationDraft(RelationKind.BREAKDOWN, [(wholes[0], Role.WHOLE)] + [(i, Role.PART) for i in parts],
                          [":"], s.start, end, exhaustive=every and not some,
                          overlap=_may_overlap(ctx, [ctx.figures[i] for i in parts]))]


def _bullet_whole(ctx: _Context, s: Sentence, whole: int) -> bool:
    """The colon's last figure is the whole, not a rate's base or an average ('The squad of 23 players has an
    average age of 26:' then the youngest and the oldest: the lines tell the age, not the players)."""
    f = ctx.figures[whole]
    k = ctx.ann.token_at(f.num.hedge_start)
    before = {t.low for t in ctx.ann.tokens[max(s.first, k - 2):k]}
    return ctx.in_sentence(s)[-1] == whole and not before & NOT_A_TOTAL_BEFORE


def _lines_count_other(whole: Figure, lines: int, parts: list[Figure]) -> bool:
    """The lines tell something other than parts of the whole: 'Top three ports by cargo:' then three
    lines (the whole counts the lines, one each, so lines of more than one count something else); a line
    repeating the whole ('Tarn has 86 cases: - Tarn: 86 - Sarn: 41', a comparison); 'The plan brings 3
    main changes:' then sums of money (points of a list, whose lines count no changes)."""
    v = whole.value
    one_each = v is not None and v.lo == lines == v.hi and any(
        p.value is None or not p.value.lo == p.value.hi == 1 for p in parts)
    repeated = len(parts) > 1 and any(_same_value(p, whole) for p in parts)
    points = whole.counted is not None and whole.counted.head in POINT_NOUNS and not all(
        _own_noun(whole, p) for p in parts)
    return one_each or repeated or points


def _same_value(a: Figure, b: Figure) -> bool:
    return a.value is not None and b.value is not None and (a.value.lo, a.value.hi) == (b.value.lo, b.value.hi)


def _own_noun(whole: Figure, part: Figure) -> bool:
    return part.counted is not None and not part.counted.inherited \
        and compatible_heads(part.counted.head, whole.counted.head if whole.counted else "")


def _bullet_parts(ctx: _Context, s: Sentence) -> tuple[list[int], int, bool]:
    """The parts the bullet lines after `s` give, how many lines, and whether they are all of the whole: a
    line comparing with another time is left out, and then the rest are only some of it; a line labelled
    by a year makes the list a series ('- 2025: 312 deaths - 2024: 345 deaths'), which has no parts."""
    toks = ctx.ann.tokens
    parts: list[int] = []
    lines, every = 0, True
    for line in ctx.ann.sentences[s.index + 1:]:
        figs = [i for i in ctx.in_sentence(line) if _countable(ctx.figures[i])]
        if toks[line.first].text not in BULLETS or not figs:
            break
        lines += 1
        lead = toks[line.first + 1] if line.first < line.last else toks[line.first]
        if any(n.format is NumberFormat.YEAR and n.first == line.first + 1
               for n in ctx.ann.numbers_between(line.first, line.last)):
            return [], lines, False
        if lead.low in COMPARING_LEADS:
            every = False
            continue
        parts.append(figs[0])  # "• 521 trucks crossed through ...": the line's first figure is its part
        parts.extend(_coordinated(ctx, line, figs[0]))  # "- Kaya Ell: 1 gold, 1 silver"
    return parts, lines, every


def _coordinated(ctx: _Context, line: Sentence, first: int) -> list[int]:
    """Further figures of a bullet line listed beside its first with ',' or 'and', counting the same kind of
    thing ('1 gold, 1 silver'); not '12 dead, 80 injured', '(18 at home, 13 away)' or ', 120 of them'."""
    toks = ctx.ann.tokens
    at = {ctx.figures[i].first: i for i in ctx.in_sentence(line)}
    f0 = ctx.figures[first]
    out: list[int] = []
    k = max(f0.noun_end, f0.num.last + 1)
    while k <= line.last:
        while k <= line.last and toks[k].low not in SEPARATORS and toks[k].text not in ("(", ")") and k not in at:
            k += 1
        if k > line.last or toks[k].low not in SEPARATORS:
            break
        k = _skip_separators(toks, k, line.last)
        i = at.get(k)
        if i is None:
            break
        f = ctx.figures[i]
        if not _countable(f) or f.partitive or f.totalled or f.category is not f0.category \
                or f.action is not f0.action or f.kind is not f0.kind:
            break
        out.append(i)
        k = max(f.noun_end, f.num.last + 1)
    return out


# --- tables: each column's cells add up to the cell in the Total row; a Total column adds up each row --


def table_totals(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    table = ctx.tables.get(s.index)
    if table is None:
        return []
    out: list[RelationDraft] = []
    for j, cell in enumerate(table.total.cells):
        whole = _figure_in(ctx, table.total.sentence, cell)
        placed = table.column(j)
        parts = _cell_figures(ctx, placed or [], whole)
        if placed is not None and len(parts) >= 2 and whole is not None \
                and _additive(ctx.figures[whole], [ctx.figures[i] for i in parts]):
            out.append(_table_draft(table, whole, parts, table.total.label))
    for row in (*table.body, table.total):
        out.extend(_row_total(ctx, table, row))
    return out


def _additive(total: Figure, parts: list[Figure]) -> bool:
    """A Total cell that can be the sum of its column: a count or a sum of money always; a percentage
    or a bare decimal only when it stands above every part, since a rate ('5.7%' jobless, '61%' turnout)
    or a rating that a Total row gives for the whole table lies among its parts, as an average does."""
    v = total.value
    if v is None or v.lo is None:
        return False
    whole_number = v.lo == v.lo.to_integral_value()
    if total.unit != "%" and (total.unit is not None or whole_number):
        return True
    tops = [p.value.hi for p in parts if p.value is not None and p.value.hi is not None]
    return bool(tops) and v.lo > max(tops)


def _row_total(ctx: _Context, table: Table, row: Row) -> list[RelationDraft]:
    """A row's cells before the column its header names a total add up to the cell in that column."""
    split = table.row_sum(row)
    if split is None:
        return []
    cells, total = split
    whole = _figure_in(ctx, row.sentence, total)
    parts = _cell_figures(ctx, [(row, c) for c in cells], whole)
    if whole is None or not parts:
        return []
    return [_table_draft(table, whole, parts, "total")]


def _cell_figures(ctx: _Context, placed: list[tuple[Row, Cell]], whole: int | None) -> list[int]:
    """The figure of each cell, all of the whole's kind; none when a cell holds something else."""
    if whole is None:
        return []
    out: list[int] = []
    for row, cell in placed:
        i = _figure_in(ctx, row.sentence, cell)
        if i is None or ctx.figures[i].kind is not ctx.figures[whole].kind:
            return []
        out.append(i)
    return out


def _table_draft(table: Table, whole: int, parts: list[int], cue: str) -> RelationDraft:
    members = [(whole, Role.WHOLE)] + [(i, Role.PART) for i in parts]
    return RelationDraft(RelationKind.BREAKDOWN, members, [cue], table.start, table.end, exhaustive=True)


def _figure_in(ctx: _Context, sentence: int, cell: Cell) -> int | None:
    inside = [i for i in ctx.by_sentence.get(sentence, []) if cell.start <= ctx.figures[i].num.start < cell.end]
    if len(inside) != 1 or ctx.figures[inside[0]].value is None:
        return None
    return inside[0]

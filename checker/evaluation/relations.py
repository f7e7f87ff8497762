"""Gold relations as arithmetic: a safe reading of `expr` strings with the `ast` module, never eval.

Only a simple linear (in)equality over numbers is read: `+`, `-`, number literals, one comparison
(`==`, `<=`, `<`, `>=`, `>`). Everything else (calls such as `date(...)` or `abs(...)`, `and`,
chained comparisons, `*` and `/`, names) is refused with a reason that the flip report counts.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

Form = Literal["sum", "difference", "inequality"]
_OPS: dict[type[ast.cmpop], str] = {ast.Eq: "==", ast.LtE: "<=", ast.Lt: "<", ast.GtE: ">=", ast.Gt: ">"}


@dataclass(frozen=True)
class Term:
    """One number of the relation: its value as written (never negative) and its sign in left - right."""

    value: Decimal
    coef: int  # +1 or -1: how the number counts in f = left side - right side


@dataclass(frozen=True)
class LinearRelation:
    """`left op right`, kept as f = left - right compared with zero."""

    expr: str
    op: str
    terms: tuple[Term, ...]
    form: Form

    def holds(self, values: tuple[Decimal, ...] | None = None) -> bool:
        """The relation evaluated exactly (Decimal), optionally with other values for the terms."""
        values = tuple(t.value for t in self.terms) if values is None else values
        f = sum((t.coef * v for t, v in zip(self.terms, values, strict=True)), Decimal(0))
        return {"==": f == 0, "<=": f <= 0, "<": f < 0, ">=": f >= 0, ">": f > 0}[self.op]

    def slack(self) -> Decimal:
        return sum((t.coef * t.value for t in self.terms), Decimal(0))


class Refused(ValueError):
    """The expression is not a simple linear (in)equality; the message is the reason counted."""


def parse_linear(expr: str) -> LinearRelation:
    """Read `expr`, or raise Refused naming why it is not a simple linear (in)equality."""
    try:
        tree = ast.parse(expr.strip(), mode="eval").body
    except SyntaxError:
        raise Refused("unparsable expression") from None
    if isinstance(tree, ast.BoolOp):
        raise Refused("several comparisons (and/or)")
    if not isinstance(tree, ast.Compare):
        raise Refused("not a comparison")
    if len(tree.ops) != 1:
        raise Refused("chained comparison")
    if any(isinstance(n, ast.Call) for n in ast.walk(tree)):
        raise Refused("function call")
    op = _OPS.get(type(tree.ops[0]))
    if op is None:
        raise Refused("comparison other than == < <= > >=")
    left = _terms(tree.left, 1, expr)
    right = _terms(tree.comparators[0], -1, expr)
    subtracts = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) for n in ast.walk(tree))
    form: Form = "inequality" if op != "==" else "difference" if subtracts else "sum"
    return LinearRelation(expr, op, tuple(left + right), form)


def _terms(node: ast.expr, sign: int, expr: str) -> list[Term]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        right_sign = sign if isinstance(node.op, ast.Add) else -sign
        return _terms(node.left, sign, expr) + _terms(node.right, right_sign, expr)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _terms(node.operand, -sign if isinstance(node.op, ast.USub) else sign, expr)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return [Term(_literal(node, expr), sign)]
    if isinstance(node, ast.BinOp):
        raise Refused("operator other than + and -")
    raise Refused("not a number")


def _literal(node: ast.Constant, expr: str) -> Decimal:
    """The number exactly as written ('7.7', not the float 7.7000000000000002)."""
    written = ast.get_source_segment(expr.strip(), node) or repr(node.value)
    try:
        return Decimal(written.replace("_", ""))
    except InvalidOperation:
        return Decimal(repr(node.value))


def numbers_of(expr: str) -> list[Decimal]:
    """Every number literal of any expression (for relations that fail), as written, without sign."""
    try:
        tree = ast.parse(expr.strip(), mode="eval")
    except SyntaxError:
        return []
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and type(n.value) in (int, float)]
    return [_literal(n, expr) for n in sorted(found, key=lambda n: n.col_offset)]

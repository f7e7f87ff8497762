"""Check the project's own gold (own_dev.jsonl, own_test.jsonl) for internal consistency.

    python eval/gold/validate_gold.py [FILE ...]

Checks: the fields of the realnews format; unique ids; every quote an exact substring of its text and
stating its value (digits, number words or ordinals); every relation expression inside a small
grammar (arithmetic: numbers, + and -, one comparison) and evaluating to its `holds` with exact
decimal arithmetic (41.2 + 5.6 == 46.8 holds as printed; see eval_expr); the numbers of
an arithmetic or monotonic relation are figures of the item (or of an item its note names, or a year
written in the text); a relation that fails sits in an item with an inconsistency, and a `real`
within-item inconsistency has a failing relation; a date claim's value is its day of the month; a
leading `date YYYY-MM-DD` token equals `published`; and the two splits share no event.
Exit 0 when clean, 1 with one line per problem.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = (HERE / "own_dev.jsonl", HERE / "own_test.jsonl")

ITEM_KEYS = ["id", "url", "published", "event", "text", "claims", "relations", "inconsistencies", "notes"]
CLAIM_REQUIRED = {"value", "what", "scope", "quote", "kind"}
CLAIM_OPTIONAL = {"date", "stage", "side", "approx", "planned"}
SCOPES = {
    "stage", "stage_component", "multi_stage_total", "event_target", "cumulative",
    "cumulative_component", "remaining", "ordinal", "other",
}
CLAIM_KINDS = {"figure", "date"}
RELATION_KINDS = {"arithmetic", "weekday", "sequence", "ordinal", "monotonic"}
RELATION_KEYS = {"kind", "expr", "holds", "stated_in_text", "exhaustive", "note"}
INCONSISTENCY_TYPES = {"within_item", "cross_item"}
SEVERITIES = {"real", "apparent", "ambiguity", "wording"}
DATE_TOKEN = re.compile(r"^ ?date (\d{4}-\d{2}-\d{2})\b")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # a figure's date may be a year or a month
YEAR_MIN, YEAR_MAX = 1900, 2100
WHOLE_PERCENT = 100.0  # a share column may be checked against 100 without 100 being printed
TOLERANCE = 1e-9

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "final": None,
}
ONE_WORDS = {"a", "an", "another", "single", "lone", "sole", "once"}
SPECIAL = {"dozen": 12, "dozens": 12, "half": 0.5, "twice": 2, "both": 2, "pair": 2, "trio": 3}
NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD_TOKEN = re.compile(r"[a-z]+")


def _words_to_numbers(words: list[str]) -> Iterator[float]:
    """Every value a run of number words can spell ("two hundred and seventy" -> 2, 200, 270)."""
    for start in range(len(words)):
        total, current, seen = 0, 0, False
        for word in words[start:]:
            if word in UNITS:
                current += UNITS[word]
            elif word in TENS:
                current += TENS[word]
            elif word == "hundred":
                current = max(current, 1) * 100
            elif word in SCALES:
                total += max(current, 1) * SCALES[word]
                current = 0
            elif word == "and" and seen:
                continue
            else:
                break
            seen = True
            yield float(total + current)


def quote_values(quote: str) -> set[float]:
    """Numbers a quote states: digits (with a following scale word), number words, ordinals."""
    lowered = quote.lower()
    values: set[float] = set()
    for match in NUMBER_TOKEN.finditer(lowered):
        number = float(match.group().replace(",", "").rstrip("."))
        values.add(number)
        tail = lowered[match.end():match.end() + 10].strip()
        for scale, factor in (("million", 1e6), ("billion", 1e9), ("thousand", 1e3), ("m ", 1e6), ("bn", 1e9)):
            if tail.startswith(scale.strip()) or (scale == "m " and tail[:1] == "m" and tail[1:2] in ("", " ")):
                values.add(round(number * factor, 6))
        suffix = lowered[match.end():match.end() + 2]
        if suffix in ("st", "nd", "rd", "th"):
            values.add(number)
    words = WORD_TOKEN.findall(lowered.replace("-", " "))
    values.update(_words_to_numbers(words))
    for word in words:
        if word in ORDINALS and ORDINALS[word] is not None:
            values.add(float(ORDINALS[word]))
        if word in ONE_WORDS:
            values.add(1.0)
        if word in SPECIAL:
            values.add(float(SPECIAL[word]))
    return values


def value_stated(value: float, quote: str) -> bool:
    return any(abs(abs(value) - v) <= TOLERANCE for v in quote_values(quote))


ALLOWED_ATTRS = {"weekday", "days", "toordinal", "year", "month", "day"}


def check_expr(kind: str, expr: str) -> str | None:
    """None when `expr` stays inside the grammar of its relation kind, else the reason."""
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError as exc:
        return f"does not parse ({exc.msg})"
    compares = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    if not compares:
        return "has no comparison"
    if kind == "arithmetic" and (len(compares) != 1 or len(compares[0].ops) != 1):
        return "arithmetic relations take exactly one comparison"
    for node in ast.walk(tree):
        if kind == "arithmetic" and isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Add | ast.Sub):
            return "arithmetic relations use only + and -"
        if isinstance(node, ast.Call):
            func = node.func
            if not (isinstance(func, ast.Name) and func.id == "date") and not (
                isinstance(func, ast.Attribute) and func.attr in ALLOWED_ATTRS
            ):
                return f"calls something other than date() or {sorted(ALLOWED_ATTRS)}"
        if isinstance(node, ast.Name) and node.id != "date":
            return f"names {node.id!r}"
        if isinstance(node, ast.Attribute) and node.attr not in ALLOWED_ATTRS:
            return f"uses attribute {node.attr!r}"
        if isinstance(node, ast.BoolOp | ast.Lambda | ast.Subscript | ast.ListComp | ast.Dict):
            return f"uses {type(node).__name__}"
    return None


class _DecimalLiterals(ast.NodeTransformer):
    """Turn number literals outside date(...) into Decimal, so 41.2 + 5.6 == 46.8 holds as written."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if isinstance(node.func, ast.Name) and node.func.id == "date":
            return node
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, int | float) and not isinstance(node.value, bool):
            literal = ast.Constant(repr(node.value))
            return ast.copy_location(ast.Call(ast.Name("Decimal", ast.Load()), [literal], []), node)
        return node


def eval_expr(expr: str) -> Any:
    """Evaluate a relation expression with exact decimal arithmetic (the figures as printed)."""
    tree = ast.fix_missing_locations(_DecimalLiterals().visit(ast.parse(expr, mode="eval")))
    scope = {"__builtins__": {}, "date": dt.date, "Decimal": Decimal}
    return eval(compile(tree, "<expr>", "eval"), scope)  # noqa: S307


def expr_numbers(expr: str) -> list[float]:
    """Numeric literals of an expression outside date(...) calls."""
    tree = ast.parse(expr, mode="eval")
    inside_date: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "date":
            inside_date.update(id(arg) for arg in ast.walk(node))
    return [
        float(n.value) for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, int | float) and id(n) not in inside_date
    ]


class Validator:
    """Collects problems over a set of gold files."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.items: dict[str, dict[str, Any]] = {}
        self.split_of: dict[str, str] = {}

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def load(self, path: Path) -> list[dict[str, Any]]:
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                self.fail(f"{path.name}:{number}", f"not JSON ({exc.msg})")
        for row in rows:
            if row.get("id") in self.items:
                self.fail(path.name, f"duplicate id {row.get('id')!r}")
            self.items[row.get("id")] = row
            self.split_of[row.get("id")] = path.name
        return rows

    def check_item(self, row: dict[str, Any]) -> None:
        where = str(row.get("id"))
        if list(row) != ITEM_KEYS:
            self.fail(where, f"keys {list(row)} != {ITEM_KEYS}")
            return
        self.check_published(where, row)
        values = [float(c["value"]) for c in row["claims"] if isinstance(c.get("value"), int | float)]
        for number, claim in enumerate(row["claims"]):
            self.check_claim(f"{where} claim {number}", claim, row["text"])
        for number, rel in enumerate(row["relations"]):
            self.check_relation(f"{where} relation {number}", rel, row, values)
        self.check_inconsistencies(where, row)

    def check_published(self, where: str, row: dict[str, Any]) -> None:
        published = row["published"]
        if published is not None and not ISO_DATE.match(published):
            self.fail(where, f"published {published!r} is not ISO")
        token = DATE_TOKEN.match(row["text"])
        if token and token.group(1) != published:
            self.fail(where, f"date token {token.group(1)} != published {published}")

    def check_claim(self, where: str, claim: dict[str, Any], body: str) -> None:
        keys = set(claim)
        if not keys >= CLAIM_REQUIRED or keys - CLAIM_REQUIRED - CLAIM_OPTIONAL:
            self.fail(where, f"claim keys {sorted(keys)}")
            return
        if claim["scope"] not in SCOPES:
            self.fail(where, f"scope {claim['scope']!r}")
        if claim["kind"] not in CLAIM_KINDS:
            self.fail(where, f"kind {claim['kind']!r}")
        if not isinstance(claim["value"], int | float) or isinstance(claim["value"], bool):
            self.fail(where, f"value {claim['value']!r} is not a number")
            return
        if not claim["quote"] or claim["quote"] not in body:
            self.fail(where, f"quote not in text: {claim['quote']!r}")
        elif not value_stated(float(claim["value"]), claim["quote"]):
            self.fail(where, f"value {claim['value']} not stated in quote {claim['quote']!r}")
        if "date" in claim and not PARTIAL_DATE.match(claim["date"]):
            self.fail(where, f"date {claim['date']!r} is not ISO")
        if claim["kind"] == "date" and int(claim["date"][8:10]) != claim["value"]:
            self.fail(where, f"date claim value {claim['value']} != day of {claim['date']}")
        for flag in ("approx", "planned"):
            if flag in claim and claim[flag] is not True:
                self.fail(where, f"{flag} must be true when present")

    def check_relation(self, where: str, rel: dict[str, Any], row: dict[str, Any], values: list[float]) -> None:
        if not {"kind", "expr", "holds", "stated_in_text", "note"} <= set(rel) or set(rel) - RELATION_KEYS:
            self.fail(where, f"relation keys {sorted(rel)}")
            return
        if rel["kind"] not in RELATION_KINDS:
            self.fail(where, f"relation kind {rel['kind']!r}")
        if "exhaustive" in rel and rel["kind"] != "arithmetic":
            self.fail(where, "exhaustive is for arithmetic breakdowns only")
        reason = check_expr(rel["kind"], rel["expr"])
        if reason:
            self.fail(where, f"{rel['expr']!r} {reason}")
            return
        result = eval_expr(rel["expr"])
        if bool(result) != rel["holds"]:
            self.fail(where, f"{rel['expr']!r} evaluates to {bool(result)} but holds={rel['holds']}")
        if rel["kind"] in ("arithmetic", "monotonic"):
            self.check_numbers(where, rel, row, values)

    def check_numbers(self, where: str, rel: dict[str, Any], row: dict[str, Any], values: list[float]) -> None:
        allowed = list(values)
        for other_id, other in self.items.items():
            if other_id != row["id"] and other_id in rel["note"]:
                allowed += [float(c["value"]) for c in other["claims"]]
        years = {float(y) for y in re.findall(r"\b(\d{4})\b", row["text"]) if YEAR_MIN <= int(y) <= YEAR_MAX}
        if row["published"]:
            years.add(float(row["published"][:4]))
        for number in expr_numbers(rel["expr"]):
            if not any(abs(number - v) <= TOLERANCE for v in allowed) and number not in years | {WHOLE_PERCENT}:
                self.fail(where, f"{number:g} in {rel['expr']!r} is no figure of the item (nor a named item's)")

    def check_inconsistencies(self, where: str, row: dict[str, Any]) -> None:
        for inc in row["inconsistencies"]:
            if set(inc) != {"type", "severity", "description", "items"}:
                self.fail(where, f"inconsistency keys {sorted(inc)}")
                continue
            if inc["type"] not in INCONSISTENCY_TYPES or inc["severity"] not in SEVERITIES:
                self.fail(where, f"inconsistency {inc['type']}/{inc['severity']}")
            if inc["type"] == "cross_item" and not inc["items"]:
                self.fail(where, "cross_item inconsistency names no item")
            for other in inc["items"]:
                if other not in self.items:
                    self.fail(where, f"inconsistency names unknown item {other!r}")
                elif self.split_of[other] != self.split_of[row["id"]]:
                    self.fail(where, f"inconsistency names {other!r} from the other split")
        failing = [r for r in row["relations"] if r.get("holds") is False]
        if failing and not row["inconsistencies"]:
            self.fail(where, f"{len(failing)} relation(s) fail but the item lists no inconsistency")
        real = [i for i in row["inconsistencies"] if i.get("severity") == "real"]
        if real and not failing:
            self.fail(where, "a real inconsistency without any failing relation")

    def check_splits(self) -> None:
        events: dict[str, set[str]] = {}
        for item_id, row in self.items.items():
            events.setdefault(row.get("event"), set()).add(self.split_of[item_id])
        for event, splits in sorted(events.items()):
            if len(splits) > 1:
                self.fail(event, f"event appears in more than one split: {sorted(splits)}")


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or list(DEFAULT_FILES)
    validator = Validator()
    rows = [row for path in files for row in validator.load(path)]
    for row in rows:
        validator.check_item(row)
    validator.check_splits()
    for problem in validator.problems:
        print(problem)
    claims = sum(len(r["claims"]) for r in rows)
    relations = sum(len(r["relations"]) for r in rows)
    print(f"{len(rows)} items, {len({r['event'] for r in rows})} events, {claims} claims, {relations} relations: "
          f"{len(validator.problems)} problem(s)", file=sys.stderr)
    return 1 if validator.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Gold data: articles with the claims and findings a careful fact-checker would record.

A dataset is a folder with `articles/` (one .txt per article, optional leading `date YYYY-MM-DD`) and
one or more gold files `*.json`, each a list of records:

    {"id": "101_slug", "year": 2024, "topic": "...",
     "claims": [{"kind": "count", "value": "307", "quote": "verbatim clause"}],
     "facts": [{"check": "sum", "holds": "390 + 307 = 697", "quotes": ["...", "..."]}],
     "contradiction": null | {"check": "sum", "working": "...", "quotes": ["..."]}}

`facts` hold (verdict consistent); `contradiction`, if any, is a planted or real one. Everything is
validated on load: unknown kinds or checks, values that do not parse, and quotes that are not
verbatim in the article are errors naming the file, record and field.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.claims import Article, Interval
from checker.errors import CheckerError, InputError
from checker.inputs import load
from checker.numbers import HEDGES, find_numbers, hedged

Check = Literal["sum", "running_total", "stage_sequence", "target", "parity", "subset", "restatement",
                "calendar", "age", "duration"]
# The folder format's claim kinds (format 1, unchanged): the editor's names for figures.
GoldKind = Literal["count", "total", "cumulative", "target", "ordinal", "subset", "counterpart", "age", "duration",
                   "date", "remaining", "measure"]
INTEGER_KINDS = {"count", "total", "cumulative", "target", "subset", "counterpart", "remaining"}


class GoldError(CheckerError):
    """The gold dataset is malformed: every problem found, each naming the file, record and field."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldClaim(_Strict):
    kind: GoldKind
    value: str | int | None = Field(default=None, description="'307', 'more than 4', 'Three hundred'")
    quote: str = Field(min_length=1)


class GoldFact(_Strict):
    check: Check
    holds: str
    quotes: list[str] = Field(min_length=1)


class GoldContradiction(_Strict):
    check: Check
    working: str
    quotes: list[str] = Field(min_length=1)


class GoldRecord(_Strict):
    id: str = Field(min_length=1)
    year: int | None = None
    topic: str | None = None
    claims: list[GoldClaim] = Field(default_factory=list)
    facts: list[GoldFact] = Field(default_factory=list)
    contradiction: GoldContradiction | None = None

    @model_validator(mode="after")
    def _values_parse(self) -> GoldRecord:
        bad = []
        for i, c in enumerate(self.claims):
            if c.kind != "date" and c.value is not None:
                try:
                    parse_value(str(c.value), integer=c.kind in INTEGER_KINDS, where=f"claims[{i}].value")
                except ValueError as e:
                    bad.append(str(e))
        if bad:
            raise ValueError("; ".join(bad))
        return self


def parse_value(text: str, *, integer: bool = True, where: str = "value") -> Interval:
    """'307' -> 307; 'more than 4' -> >4; 'Three hundred' -> 300; 'nearly 400' -> [360, 400)."""
    nums = find_numbers(text)
    if not nums:
        one = re.search(r"\b(?:a|an|one)\b", text, re.I)  # "nearly a week"
        if one is None:
            raise ValueError(f"{where}: no number in {text!r}")
        prefix = text[:one.start()].strip().lower()
        hedge = prefix if prefix in HEDGES else None
        return hedged(Decimal(1), hedge, integer=integer)
    num = nums[-1]
    prefix = text[:num.start].strip().lower()
    if prefix in ("a", "an"):  # "A hundred and ninety-three"
        prefix = ""
    hedge = prefix if prefix in HEDGES else None
    if prefix and hedge is None:
        raise ValueError(f"{where}: unknown hedge {prefix!r} in {text!r}")
    return hedged(Decimal(num.value), hedge, integer=integer)


class GoldArticle(BaseModel):
    """One gold record with its article, and every gold quote located in the text."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    article: Article
    record: GoldRecord
    source: str
    claim_spans: list[tuple[int, int]]
    fact_spans: list[list[tuple[int, int]]]
    contradiction_spans: list[tuple[int, int]]

    @property
    def clean(self) -> bool:
        return self.record.contradiction is None

    def claim_value(self, i: int) -> Interval | None:
        c = self.record.claims[i]
        if c.value is None or c.kind == "date":
            return None
        return parse_value(str(c.value), integer=c.kind in INTEGER_KINDS)


def _spans(text: str, quotes: list[str], where: str, problems: list[str]) -> list[tuple[int, int]]:
    """Where each quote sits in the text; a quote that is not there is a problem (span (0, 0))."""
    out = []
    for quote in quotes:
        start = text.find(quote)
        if start == -1:
            problems.append(f"{where}: quote not found verbatim in the article: {quote!r}")
            out.append((0, 0))
        else:
            out.append((start, start + len(quote)))
    return out


def read_article(path: Path) -> Article:
    """The article exactly as `checker check` would read it."""
    (item,) = load([path])
    if isinstance(item, InputError):
        raise GoldError(f"{item}")
    return item


def load_dataset(root: Path | str) -> list[GoldArticle]:
    """Every gold record under root, validated; raises GoldError listing every problem found."""
    root = Path(root)
    files = sorted(p for p in root.glob("*.json") if p.is_file())
    if not files:
        raise GoldError(f"{root}: no gold files (*.json) found")
    problems: list[str] = []
    out: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for f in files:
        for where, raw in _records(f, problems):
            g = _gold_article(root, where, raw, seen, problems)
            if g is not None:
                out.append(g)
    if problems:
        raise GoldError(problems)
    return out


def _records(f: Path, problems: list[str]) -> list[tuple[str, Any]]:
    """(where, raw record) for each record of one gold file; an unreadable file is one problem."""
    try:
        records = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        problems.append(f"{f}: cannot read gold file: {e}")
        return []
    if not isinstance(records, list):
        problems.append(f"{f}: a gold file is a JSON list of records")
        return []
    return [(f"{f.name}[{i}]", raw) for i, raw in enumerate(records)]


def _gold_article(root: Path, where: str, raw: Any, seen: dict[str, str],
                  problems: list[str]) -> GoldArticle | None:
    """One record checked against its article; every problem found is appended, not just the first.

    A record that fails schema validation still has its id, article file and quotes checked, so one
    run of the loader names everything to fix."""
    record: GoldRecord | None = None
    try:
        record = GoldRecord.model_validate(raw)
    except ValidationError as e:
        problems += [f"{where}: {'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()]
    rid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(rid, str) or not rid:
        return None
    if rid in seen:
        problems.append(f"{where}: duplicate id {rid!r} (first in {seen[rid]})")
        return None
    seen[rid] = where
    art = _article(root, rid, where, problems)
    if art is None:
        return None
    before = len(problems)
    here = f"{where} ({rid})"
    if record is None:
        for field, quote in _raw_quotes(raw):
            _spans(art.text, [quote], f"{here} {field}", problems)
        return None
    text = art.text
    g = GoldArticle(
        article=art, record=record, source=where,
        claim_spans=[_spans(text, [c.quote], f"{here} claims[{j}]", problems)[0]
                     for j, c in enumerate(record.claims)],
        fact_spans=[_spans(text, f.quotes, f"{here} facts[{j}]", problems) for j, f in enumerate(record.facts)],
        contradiction_spans=_spans(text, record.contradiction.quotes, f"{here} contradiction", problems)
        if record.contradiction else [],
    )
    return g if len(problems) == before else None


def _article(root: Path, rid: str, where: str, problems: list[str]) -> Article | None:
    path = root / "articles" / f"{rid}.txt"
    if not path.is_file():
        problems.append(f"{where}: no article file {path}")
        return None
    try:
        return read_article(path)
    except GoldError as e:
        problems += [f"{where}: {p}" for p in e.problems]
        return None


def _raw_quotes(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, quote) for every string quote of a record that failed validation, where shaped right."""
    out: list[tuple[str, str]] = []
    for j, claim in enumerate(raw.get("claims") or []):
        if isinstance(claim, dict) and isinstance(claim.get("quote"), str):
            out.append((f"claims[{j}]", claim["quote"]))
    groups = [(f"facts[{j}]", f) for j, f in enumerate(raw.get("facts") or [])]
    groups.append(("contradiction", raw.get("contradiction")))
    for field, group in groups:
        quotes = group.get("quotes") if isinstance(group, dict) else None
        out += [(field, q) for q in (quotes if isinstance(quotes, list) else []) if isinstance(q, str)]
    return out

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
from typing import Literal

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
    """The gold dataset is malformed; the message names the file, record and field."""


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
        for i, c in enumerate(self.claims):
            if c.kind != "date" and c.value is not None:
                parse_value(str(c.value), integer=c.kind in INTEGER_KINDS, where=f"claims[{i}].value")
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


def _span(text: str, quote: str, where: str) -> tuple[int, int]:
    start = text.find(quote)
    if start == -1:
        raise GoldError(f"{where}: quote not found verbatim in the article: {quote!r}")
    return start, start + len(quote)


def read_article(path: Path) -> Article:
    """The article exactly as `checker check` would read it."""
    (item,) = load([path])
    if isinstance(item, InputError):
        raise GoldError(f"{item}")
    return item


def load_dataset(root: Path | str) -> list[GoldArticle]:
    """Every gold record under root, validated; raises GoldError naming the first problem."""
    root = Path(root)
    files = sorted(p for p in root.glob("*.json") if p.is_file())
    if not files:
        raise GoldError(f"{root}: no gold files (*.json) found")
    out: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for f in files:
        try:
            records = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise GoldError(f"{f}: cannot read gold file: {e}") from None
        if not isinstance(records, list):
            raise GoldError(f"{f}: a gold file is a JSON list of records")
        for i, raw in enumerate(records):
            where = f"{f.name}[{i}]"
            try:
                rec = GoldRecord.model_validate(raw)
            except ValidationError as e:
                first = e.errors()[0]
                raise GoldError(f"{where}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
            if rec.id in seen:
                raise GoldError(f"{where}: duplicate id {rec.id!r} (first in {seen[rec.id]})")
            seen[rec.id] = where
            path = root / "articles" / f"{rec.id}.txt"
            if not path.is_file():
                raise GoldError(f"{where}: no article file {path}")
            art = read_article(path)
            text = art.text
            out.append(GoldArticle(
                article=art, record=rec, source=where,
                claim_spans=[_span(text, c.quote, f"{where} ({rec.id}) claims[{j}]") for j, c in
                             enumerate(rec.claims)],
                fact_spans=[[_span(text, q, f"{where} ({rec.id}) facts[{j}]") for q in fact.quotes]
                            for j, fact in enumerate(rec.facts)],
                contradiction_spans=[_span(text, q, f"{where} ({rec.id}) contradiction") for q in
                                     rec.contradiction.quotes] if rec.contradiction else [],
            ))
    return out


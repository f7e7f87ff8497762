"""Real-text gold in the realnews JSONL format: one excerpt a line, with claims, relations, inconsistencies.

    {"id": ..., "url": ..., "published": "2023-12-13" | null, "event": ..., "text": ..., "notes": ...,
     "claims": [{"value": 32, "what": ..., "scope": "stage", "quote": ..., "kind": "figure", ...}],
     "relations": [{"kind": "arithmetic", "expr": "31 + 1 == 32", "holds": true, "stated_in_text": true,
                    "exhaustive": true, "note": ...}],
     "inconsistencies": [{"type": "within_item", "severity": "real", "description": ..., "items": [...]}]}

The text is read as `checker check` reads an article: a leading ` date YYYY-MM-DD` token is its
publication date (the same function as checker.inputs), and the text is kept whole, so every offset,
gold or predicted, is in the original text. Gold quotes are looked for after that date token.

Everything is validated, and every problem is reported, not only the first: a malformed record is
an error (the whole file is refused, each problem named by file, line and field); a claim whose quote
is not in its text is a warning, and that claim is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.claims import Article
from checker.dates import DATE_LINE
from checker.errors import InputError
from checker.evaluation.gold import GoldError
from checker.inputs import plain_article

Scope = Literal["stage", "stage_component", "multi_stage_total", "event_target", "cumulative",
                "cumulative_component", "remaining", "ordinal", "other"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RealClaim(_Strict):
    value: Decimal = Field(description="As written in the JSON (floats read exactly, never as binary floats)")
    what: str
    scope: Scope
    quote: str = Field(min_length=1)
    kind: Literal["figure", "date"]
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                             description="YYYY, YYYY-MM or YYYY-MM-DD")
    stage: str | None = None
    side: str | None = None
    approx: bool | None = None
    planned: bool | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _json_number(cls, v: Any) -> Any:
        if isinstance(v, bool) or not isinstance(v, int | Decimal):
            raise ValueError("must be a JSON number")
        return v


class RealRelation(_Strict):
    kind: Literal["arithmetic", "weekday", "sequence", "ordinal", "monotonic"]
    expr: str = Field(min_length=1)
    holds: bool
    stated_in_text: bool
    exhaustive: bool | None = None
    note: str = ""


class RealInconsistency(_Strict):
    type: Literal["within_item", "cross_item"]
    severity: Literal["real", "apparent", "ambiguity", "wording"]
    description: str
    items: list[str] = Field(default_factory=list)


class RealRecord(_Strict):
    id: str = Field(min_length=1)
    url: str | None = None
    published: dt.date | None = None
    published_partial: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    event: str
    text: str = Field(min_length=1)
    notes: str = ""
    claims: list[RealClaim] = Field(default_factory=list)
    relations: list[RealRelation] = Field(default_factory=list)
    inconsistencies: list[RealInconsistency] = Field(default_factory=list)


@dataclass(frozen=True)
class GoldFigure:
    """A gold claim of kind figure whose quote is in the text, with the quote's span."""

    index: int  # position in record.claims
    start: int
    end: int
    value: Decimal
    approx: bool
    scope: str


@dataclass
class RealItem:
    record: RealRecord
    article: Article
    source: str  # "file:line"
    figures: list[GoldFigure] = field(default_factory=list)
    date_claims: int = 0  # gold claims of kind date (not scored)

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def body_start(self) -> int:
        m = DATE_LINE.match(self.article.text)
        return m.end() if m else 0


@dataclass
class RealGold:
    path: Path
    items: list[RealItem]
    warnings: list[str]  # claims skipped (quote not in text), each named by file, line and field


def load_realgold(path: Path | str) -> RealGold:
    """Every record of a realnews JSONL file; GoldError listing every problem if any record is bad."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read gold file: {e}") from None
    items: list[RealItem] = []
    problems: list[str] = []
    warnings: list[str] = []
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{lineno}"
        record = _record(line, where, problems)
        if record is None:
            continue
        if record.id in first_line:
            problems.append(f"{where}: id: duplicate id {record.id!r} (first on line {first_line[record.id]})")
            continue
        first_line[record.id] = lineno
        item = _item(record, where, problems, warnings)
        if item is not None:
            items.append(item)
    if not items and not problems:
        problems.append(f"{path.name}: no records")
    if problems:
        raise GoldError(problems)
    return RealGold(path, items, warnings)


def _record(line: str, where: str, problems: list[str]) -> RealRecord | None:
    try:
        raw = json.loads(line, parse_float=Decimal)
    except (ValueError, RecursionError) as e:
        problems.append(f"{where}: invalid JSON: {e}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a JSON object")
        return None
    try:
        return RealRecord.model_validate(raw)
    except ValidationError as e:
        rid = raw.get("id")
        named = f"{where} ({rid})" if isinstance(rid, str) else where
        problems += [f"{named}: {_field(err['loc'])}: {err['msg']}" for err in e.errors()]
        return None


def _field(loc: tuple[int | str, ...]) -> str:
    """('claims', 3, 'quote') -> 'claims[3].quote'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "record"


def _item(record: RealRecord, where: str, problems: list[str], warnings: list[str]) -> RealItem | None:
    article = plain_article(record.id, record.text, where)
    if isinstance(article, InputError):
        problems.append(f"{where} ({record.id}): text: {article.problem}")
        return None
    if article.published is None and record.published is not None:
        article = article.model_copy(update={"published": record.published, "published_basis": "record field"})
    article = article.model_copy(update={"url": record.url})
    item = RealItem(record, article, where)
    start = item.body_start
    for i, claim in enumerate(record.claims):
        at = record.text.find(claim.quote, start)
        if at == -1:
            warnings.append(f"{where} ({record.id}): claims[{i}].quote: not in the text, claim skipped: "
                            f"{claim.quote[:60]!r}")
            continue
        if claim.kind == "date":
            item.date_claims += 1
            continue
        item.figures.append(GoldFigure(i, at, at + len(claim.quote), claim.value, bool(claim.approx), claim.scope))
    return item

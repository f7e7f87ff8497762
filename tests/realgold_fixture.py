"""Real-text gold in the realnews format, built from text written for these tests (never real news)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.evaluation.realgold import RealItem, load_realgold


def claim(value: int | float, quote: str, scope: str = "stage", **extra: Any) -> dict[str, Any]:
    return {"value": value, "what": "test figure", "scope": scope, "quote": quote, "kind": "figure", **extra}


def relation(expr: str, holds: bool = True, stated: bool = True, **extra: Any) -> dict[str, Any]:
    return {"kind": "arithmetic", "expr": expr, "holds": holds, "stated_in_text": stated, "note": "", **extra}


def inconsistency(severity: str = "real", type_: str = "within_item") -> dict[str, Any]:
    return {"type": type_, "severity": severity, "description": "test", "items": []}


def record(rid: str, text: str, claims: list[dict[str, Any]] = (), relations: list[dict[str, Any]] = (),
           inconsistencies: list[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    return {"id": rid, "url": f"https://example.org/{rid}", "published": None, "event": "test_event",
            "text": text, "notes": "", "claims": list(claims), "relations": list(relations),
            "inconsistencies": list(inconsistencies), **extra}


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def items(tmp_path: Path, *records: dict[str, Any]) -> list[RealItem]:
    return load_realgold(write(tmp_path / "gold.jsonl", list(records))).items


FERRY = record(
    "ferry", " date 2024-03-12 Rescuers reached the island on March 12. Of the 20 passengers, 7 were children "
             "and 13 were adults. A second boat carried 48 people.",
    claims=[claim(20, "Of the 20 passengers", scope="multi_stage_total"),
            claim(7, "7 were children", scope="stage_component"),
            claim(13, "13 were adults", scope="stage_component"),
            claim(48, "A second boat carried 48 people"),
            {"value": 12, "what": "day", "scope": "other", "quote": "March 12", "kind": "date"}],
    relations=[relation("7 + 13 == 20", exhaustive=True), relation("date(2024, 3, 12).weekday() == 1")],
)

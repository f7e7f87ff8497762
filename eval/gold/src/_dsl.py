"""Small constructors for hand-written gold items (realnews JSONL format).

The helpers only pack what the author wrote into the corpus format; they compute nothing. Values,
quotes, `holds` and every other field are written by hand in the event modules, and
`validate_gold.py` checks them (quotes are substrings, expressions evaluate to `holds`, ...).
"""

from __future__ import annotations

from typing import Any

Claim = dict[str, Any]
Relation = dict[str, Any]
Item = dict[str, Any]


def text(body: str) -> str:
    """An article text written as a triple-quoted block: drop the newline after the opening quotes."""
    return body[1:] if body.startswith("\n") else body


def C(
    value: int | float,
    what: str,
    scope: str,
    quote: str,
    *,
    date: str | None = None,
    stage: str | None = None,
    side: str | None = None,
    approx: bool = False,
    planned: bool = False,
    kind: str = "figure",
) -> Claim:
    """One claim: a figure a fact-checker would check, with the shortest clause stating it."""
    claim: Claim = {"value": value, "what": what, "scope": scope, "quote": quote, "kind": kind}
    for key, val in (("date", date), ("stage", stage), ("side", side)):
        if val is not None:
            claim[key] = val
    if approx:
        claim["approx"] = True
    if planned:
        claim["planned"] = True
    return claim


def D(day: int, what: str, quote: str, date: str) -> Claim:
    """A date written with its weekday ("Tuesday, June 9"), as a claim of kind `date`."""
    return C(day, what, "other", quote, date=date, kind="date")


def R(kind: str, expr: str, holds: bool, stated: bool, note: str, exhaustive: bool | None = None) -> Relation:
    """One relation a fact-checker would verify; `expr` is a Python expression over the figures."""
    rel: Relation = {"kind": kind, "expr": expr, "holds": holds, "stated_in_text": stated}
    if exhaustive is not None:
        rel["exhaustive"] = exhaustive
    rel["note"] = note
    return rel


def I(kind: str, severity: str, description: str, items: tuple[str, ...] = ()) -> dict[str, Any]:  # noqa: E743
    """One inconsistency: `within_item` or `cross_item` (naming the other items)."""
    return {"type": kind, "severity": severity, "description": description, "items": list(items)}


def item(
    id: str,
    published: str | None,
    event: str,
    body: str,
    claims: list[Claim],
    relations: list[Relation],
    inconsistencies: list[dict[str, Any]],
    notes: str,
) -> Item:
    """One article with its gold, keys in the corpus order."""
    return {
        "id": id,
        "url": None,
        "published": published,
        "event": event,
        "text": body,
        "claims": claims,
        "relations": relations,
        "inconsistencies": inconsistencies,
        "notes": notes,
    }

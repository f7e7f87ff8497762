"""Hand-built claims and relations for reconciler tests (no extractor involved)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from checker.claims import (
    Action,
    Basis,
    Category,
    Claim,
    Counted,
    DateRef,
    DocumentFacts,
    Grounding,
    Interval,
    Kind,
    Known,
    Member,
    Modality,
    Relation,
    RelationKind,
    Role,
    Scope,
    Span,
)
from checker.reconcile import Doc, Finding, reconcile, reconcile_article

_ids = itertools.count(1)
HEADS = {"prisoner": Category.PRISONER, "soldier": Category.MILITARY, "serviceman": Category.MILITARY,
         "civilian": Category.CIVILIAN, "people": Category.PEOPLE, "dead": Category.BODY, "truck": Category.VEHICLE,
         "hostage": Category.HOSTAGE, "woman": Category.PEOPLE, "minor": Category.PEOPLE}


def claim(value: int | Interval | None, head: str | None = "prisoner", *, kind: Kind = Kind.COUNT,
          aid: str = "a", day: dt.date | None = None, day_basis: Basis = Basis.STATED,
          action: Action | None = Action.RELEASED, side: str | None = None, scope: Scope | None = None,
          modality: Modality = Modality.REPORTED, **kw: Any) -> Claim:
    """A grounded claim; a day makes its scope DAY (stated) unless a scope is given."""
    n = next(_ids)
    v = value if isinstance(value, Interval) or value is None else Interval.point(value)
    date = None if day is None else Known[DateRef](value=DateRef(text=f"on {day:%A}", resolved=day),
                                                   basis=day_basis, words=f"on {day:%A}")
    scope = scope or (Scope.DAY if day is not None else Scope.UNKNOWN)
    scope_known = Known[Scope](value=scope, basis=Basis.DEFAULTED if scope is Scope.UNKNOWN else Basis.STATED,
                               words="" if scope is Scope.UNKNOWN else scope.value)
    text = f"quote {n}"
    return Claim(
        id=f"{aid}/c{n}", article_id=aid, kind=kind, value=v,
        counted=None if head is None else Counted(text=head + "s", head=head),
        category=HEADS.get(head or "", Category.OTHER), action=action,
        side=None if side is None else Known[str](value=side, words=side), scope=scope_known,
        modality=modality, date=date, figure=Span(start=n * 1000, end=n * 1000 + 3),
        grounding=Grounding(quote=text, start=n * 1000, end=n * 1000 + len(text)), **kw)


def relation(kind: RelationKind, members: list[tuple[Claim, Role]], *, aid: str = "a", **kw: Any) -> Relation:
    return Relation(id=f"{aid}/r{next(_ids)}", article_id=aid, kind=kind,
                    members=tuple(Member(claim=c.id, role=r) for c, r in members), **kw)


def check(claims: list[Claim], relations: list[Relation] | None = None, facts: DocumentFacts | None = None,
          aid: str = "a") -> list[Finding]:
    return reconcile_article(Doc.of(aid, claims, relations or [], facts))


def check_batch(*docs: tuple[str, list[Claim]], published: dict[str, dt.date] | None = None) -> list[Finding]:
    from checker.claims import Article

    out = []
    for aid, claims in docs:
        pub = (published or {}).get(aid)
        out.append(Doc.of(aid, claims, [], None, Article(id=aid, text="x", published=pub)))
    return reconcile(out)


def verdicts(findings: list[Finding], check_name: str | None = None) -> list[tuple[str, str]]:
    return [(f.verdict, f.working) for f in findings if check_name is None or f.check == check_name]


def contradictions(findings: list[Finding]) -> list[str]:
    return [f.working for f in findings if f.verdict == "contradiction"]

"""One article as the reconciler sees it: its claims, the relations its text states, its facts.

Built once per article so every check is a dictionary lookup. Only grounded claims enter. The indexes
are `cached_value`s: computed on first use without the lock `functools.cached_property` takes in
Python 3.11, a cost paid per index per article.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.claims import (
    Article,
    Claim,
    DocumentFacts,
    Kind,
    Modality,
    Relation,
    RelationKind,
    Role,
    Scope,
    cached_value,
)


@dataclass
class Doc:
    """An article's grounded claims and stated relations, indexed."""

    article_id: str
    claims: Sequence[Claim]
    relations: Sequence[Relation] = ()
    facts: DocumentFacts = field(default_factory=DocumentFacts)
    article: Article | None = None

    @classmethod
    def of(cls, article_id: str, claims: Sequence[Claim], relations: Sequence[Relation] = (),
           facts: DocumentFacts | None = None, article: Article | None = None) -> Doc:
        grounded = [c for c in claims if c.grounding is not None]
        known = {c.id for c in grounded}
        rels = [r for r in relations if all(m.claim in known for m in r.members)]
        return cls(article_id, grounded, rels, facts or DocumentFacts(), article)

    @cached_value
    def reported(self) -> dict[Scope, list[Claim]]:
        """Reported counts with a value, by time scope (what most checks start from)."""
        out: dict[Scope, list[Claim]] = defaultdict(list)
        for c in self.claims:
            if c.kind is Kind.COUNT and c.value is not None and c.modality is Modality.REPORTED:
                out[c.scope.value].append(c)
        return out

    @cached_value
    def day_counts(self) -> list[Claim]:
        """Reported counts for one day, neither a listed part nor given per side: the figures other
        articles' figures for the same day are compared with (the cross-article checks' starting set)."""
        parts = self.listed_parts
        return [c for c in self.reported.get(Scope.DAY, ()) if not c.per_side and c.id not in parts]

    @cached_value
    def staged(self) -> list[Claim]:
        """Claims that state their stage and know their day (stage sequences, event links)."""
        return [c for c in self.claims if c.stage is not None and c.stage.stated and c.day_known]

    @cached_value
    def relation_ids(self) -> dict[str, frozenset[str]]:
        """Claim id -> the ids of the stated relations it belongs to."""
        return {cid: frozenset(r.id for r in rels) for cid, rels in self.in_relation.items()}

    @cached_value
    def by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    @cached_value
    def by_kind(self) -> dict[Kind, list[Claim]]:
        out: dict[Kind, list[Claim]] = defaultdict(list)
        for c in self.claims:
            out[c.kind].append(c)
        return out

    @cached_value
    def listed_parts(self) -> frozenset[str]:
        """Claims that a stated breakdown lists as parts: members of a list are different groups."""
        return frozenset(m.claim for r in self.relations if r.kind is RelationKind.BREAKDOWN
                         for m in r.members if m.role is Role.PART)

    @cached_value
    def in_relation(self) -> dict[str, list[Relation]]:
        out: dict[str, list[Relation]] = defaultdict(list)
        for r in self.relations:
            for m in r.members:
                out[m.claim].append(r)
        return out

    @property
    def published(self) -> dt.date | None:
        return self.article.published if self.article else None

    @cached_value
    def reference(self) -> tuple[dt.date, str] | None:
        """The date ages and durations are measured at: publication, else the latest day the text states."""
        if self.published is not None:
            return self.published, "publication date"
        days = [c.day for c in self.claims if c.day is not None and c.day_stated
                and c.date is not None and c.date.value.relative_days is None]
        return (max(days), "latest date in the article") if days else None

    def members(self, r: Relation, role: Role) -> list[Claim]:
        return [self.by_id[m.claim] for m in r.members if m.role is role]

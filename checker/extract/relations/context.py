"""What a rule receives and returns: the article's annotations and figures with what earlier rules
read (`_Context`), and the relation it drafts (`RelationDraft`). Its own module so every rule module
can import it without importing another rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from checker.claims import Basis, Interval, RelationKind, Role
from checker.extract.annotate import Annotations, Sentence
from checker.extract.figures import Figure
from checker.extract.tables import Table


@dataclass
class RelationDraft:
    kind: RelationKind
    members: list[tuple[int, Role]]  # (figure index, role)
    cues: list[str]
    start: int
    end: int
    exhaustive: bool | None = None
    overlap: bool = False
    direction: Literal["up", "down"] | None = None
    basis: Basis = Basis.STATED
    factor: Interval | None = None  # a share or multiple in words: 0.5 for "half of them", 2 for "doubled"


@dataclass
class _Context:
    ann: Annotations
    figures: list[Figure]
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    tables: dict[int, Table] = field(default_factory=dict)  # by the sentence index of the total row
    parts: dict[int, int] = field(default_factory=dict)  # figures already read as parts: part -> its whole
    related: set[int] = field(default_factory=set)  # figures any relation read so far holds
    left: set[int] = field(default_factory=set)  # figures already read as what remains of a whole, or what left it

    def in_sentence(self, s: Sentence) -> list[int]:
        return self.by_sentence.get(s.index, [])


Rule = Callable[[_Context, Sentence], list[RelationDraft]]

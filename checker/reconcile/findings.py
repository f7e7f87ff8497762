"""What the reconciler concludes: one Finding per check run, with its working and what it rests on."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from checker.dates import fmt_date

Check = Literal["sum", "subset", "change", "running_total", "stage_sequence", "target", "parity", "restatement",
                "calendar", "age", "duration", "remaining", "source_disagreement", "share"]
Verdict = Literal["consistent", "contradiction", "unclear"]
Severity = Literal["error", "warning", "info"]
EvidenceBasis = Literal["stated", "inferred"]
SEVERITY: dict[str, Severity] = {"contradiction": "error", "unclear": "warning", "consistent": "info"}
VERDICT_ORDER = {"contradiction": 0, "unclear": 1, "consistent": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One check over a set of claims: the verdict, the arithmetic and the claims it rests on.

    A slotted dataclass, not a pydantic model: a batch makes about one finding per claim, and the
    reconciler's budget (1M claims in seconds) has no room for validating our own output. The id and
    the articles are derived on demand, so a finding costs only what it holds.
    `evidence` says what ties the figures together ("same day: stated 'on Tuesday' in both");
    `basis` is "stated" when every tie is in the text, "inferred" when one was derived.
    """

    check: Check
    verdict: Verdict
    claims: tuple[str, ...]  # ids of the claims the finding rests on
    working: str  # the arithmetic as text, e.g. "390 + 307 = 697"
    message: str  # one sentence for an editor
    relation: str | None = None  # id of the relation it checks, when the text states one
    basis: EvidenceBasis = "stated"
    evidence: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Stable across runs: derived from the check, the claims and the working."""
        digest = hashlib.sha1(f"{self.check}|{'|'.join(self.claims)}|{self.working}".encode()).hexdigest()[:10]
        return f"{self.check}-{digest}"

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.verdict]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.rsplit("/", 1)[0] for i in self.claims))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "check": self.check, "verdict": self.verdict, "severity": self.severity,
                "claims": list(self.claims), "articles": list(self.articles), "working": self.working,
                "message": self.message, "relation": self.relation, "basis": self.basis,
                "evidence": list(self.evidence)}


def finding(check: Check, verdict: Verdict, claim_ids: list[str], working: str, message: str, *,
            relation: str | None = None, basis: EvidenceBasis = "stated",
            evidence: list[str] | tuple[str, ...] = ()) -> Finding:
    """A Finding on these claims (each named once, in order)."""
    ids = tuple(claim_ids)
    if len(ids) > 2 or (len(ids) == 2 and ids[0] == ids[1]):
        ids = tuple(dict.fromkeys(ids))  # one or two different ids are already each named once
    return Finding(check, verdict, ids, working, message, relation, basis, tuple(evidence))


day_words = lru_cache(maxsize=4096)(fmt_date)  # 'Friday, 2025-05-23', kept: days recur and formatting one is slow

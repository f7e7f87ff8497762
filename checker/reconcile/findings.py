"""What the reconciler concludes: one Finding per check run, with its working."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal

Check = Literal["sum", "running_total", "stage_sequence", "target", "parity", "subset", "restatement",
                "calendar", "age", "duration"]
Verdict = Literal["consistent", "contradiction", "unclear"]
Severity = Literal["error", "warning", "info"]
SEVERITY: dict[str, Severity] = {"contradiction": "error", "unclear": "warning", "consistent": "info"}
VERDICT_ORDER = {"contradiction": 0, "unclear": 1, "consistent": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One check over a set of claims: the verdict, the arithmetic and the claims it rests on.

    A slotted dataclass, not a pydantic model: a batch makes about one finding per claim, and the
    reconciler's budget (1M claims in seconds) has no room for validating our own output.
    """

    id: str
    check: Check
    verdict: Verdict
    severity: Severity
    claims: list[str]  # ids of the claims the finding rests on
    articles: list[str]  # ids of the articles involved
    working: str  # the arithmetic as text, e.g. "390 + 307 = 697"
    message: str  # one sentence for an editor

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def finding(check: Check, verdict: Verdict, claim_ids: list[str], working: str, message: str) -> Finding:
    """A Finding whose id is stable across runs: derived from the check and the claims it rests on."""
    ids = list(dict.fromkeys(claim_ids))
    digest = hashlib.sha1(f"{check}|{'|'.join(ids)}|{working}".encode()).hexdigest()[:10]
    articles = list(dict.fromkeys(i.rsplit("/", 1)[0] for i in ids))
    return Finding(id=f"{check}-{digest}", check=check, verdict=verdict, severity=SEVERITY[verdict],
                   claims=ids, articles=articles, working=working, message=message)

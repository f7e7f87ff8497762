"""What the reconciler concludes: one Finding per check run, with its working."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Check = Literal["sum", "running_total", "stage_sequence", "target", "parity", "subset", "restatement",
                "calendar", "age", "duration"]
Verdict = Literal["consistent", "contradiction", "unclear"]
Severity = Literal["error", "warning", "info"]
SEVERITY: dict[str, Severity] = {"contradiction": "error", "unclear": "warning", "consistent": "info"}
VERDICT_ORDER = {"contradiction": 0, "unclear": 1, "consistent": 2}


class Finding(BaseModel):
    """One check over a set of claims: the verdict, the arithmetic and the claims it rests on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    check: Check
    verdict: Verdict
    severity: Severity
    claims: list[str] = Field(description="Ids of the claims the finding rests on")
    articles: list[str] = Field(description="Ids of the articles involved")
    working: str = Field(description="The arithmetic as text, e.g. '390 + 307 = 697'")
    message: str = Field(description="One sentence for an editor")


def finding(check: Check, verdict: Verdict, claim_ids: list[str], working: str, message: str) -> Finding:
    """A Finding whose id is stable across runs: derived from the check and the claims it rests on."""
    ids = list(dict.fromkeys(claim_ids))
    digest = hashlib.sha1(f"{check}|{'|'.join(ids)}|{working}".encode()).hexdigest()[:10]
    articles = list(dict.fromkeys(i.rsplit("/", 1)[0] for i in ids))
    return Finding(id=f"{check}-{digest}", check=check, verdict=verdict, severity=SEVERITY[verdict],
                   claims=ids, articles=articles, working=working, message=message)

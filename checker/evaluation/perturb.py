"""Perturbations: from a clean gold article, variants with one planted contradiction each.

Each mutation edits the text inside the quotes of a fact that holds, so the check that verified the
fact must now fail. Deterministic for a given seed: the same dataset and seed give the same variants.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal

from checker.claims import Article, fmt_number
from checker.dates import MONTHS, WEEKDAY_NAMES, safe_date
from checker.evaluation.gold import GoldArticle
from checker.numbers import ORDINALS, find_numbers

_WEEKDAY_DATE = re.compile(
    r"\b(?P<wd>%s),?\s+(?P<month>%s)\s+(?P<day>\d{1,2})\b" % ("|".join(WEEKDAY_NAMES),
                                                             "|".join(m.capitalize() for m in MONTHS)))
_ORDINAL = re.compile(r"\b(%s)\s+(?:and\s+final\s+)?(day|stage|phase|part|round)\b" % "|".join(ORDINALS), re.I)
_CAPTURED_AT = re.compile(r"\b(?:captured|taken|detained|abducted|kidnapped|seized)\s+at\s+(\d{1,3})\b")
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          11: "eleven", 12: "twelve", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}


@dataclass(frozen=True)
class Variant:
    """One article with one planted contradiction, and what the checker must report."""

    id: str
    base_id: str
    mutation: str  # number | number_word | weekday | date | ordinal | cumulative | age
    check: str  # the check whose fact the mutation breaks
    article: Article
    span: tuple[int, int]  # the edited characters in the variant's text
    before: str
    after: str


def _replace(g: GoldArticle, start: int, end: int, new: str, mutation: str, check: str, n: int) -> Variant:
    text = g.article.text
    variant = text[:start] + new + text[end:]
    vid = f"{g.article.id}~{mutation}{n}"
    return Variant(vid, g.article.id, mutation, check, g.article.model_copy(update={"id": vid, "text": variant}),
                   (start, start + len(new)), text[start:end], new)


def _other_ordinal(n: int) -> str | None:
    """An ordinal word two stages away (later if the word exists, else earlier): 'third' -> 'fifth',
    'twelfth' -> 'tenth'. None when neither exists."""
    by_value = {v: w for w, v in ORDINALS.items()}
    return by_value.get(n + 2) or by_value.get(n - 2)


def _fmt_like(old: str, value: Decimal) -> str:
    return fmt_number(value) if "," in old else str(int(value))


def candidates(g: GoldArticle) -> list[Variant]:
    """Every applicable one-edit mutation of a clean gold article."""
    if not g.clean:
        return []
    text = g.article.text
    out: list[Variant] = []
    seen: set[tuple[int, int]] = set()
    for fact, spans in zip(g.record.facts, g.fact_spans, strict=True):
        holds = [n.value for n in find_numbers(fact.holds)]
        biggest = max(holds, default=Decimal(0))
        for a, b in spans:
            if fact.check == "calendar":
                for m in _WEEKDAY_DATE.finditer(text, a, b):
                    wd = WEEKDAY_NAMES.index(m.group("wd"))
                    out.append(_replace(g, m.start("wd"), m.end("wd"), WEEKDAY_NAMES[(wd + 1) % 7], "weekday",
                                        "calendar", len(out)))
                    month = MONTHS[m.group("month").lower()]
                    day = int(m.group("day"))
                    if safe_date(2000, month, day + 1):
                        out.append(_replace(g, m.start("day"), m.end("day"), str(day + 1), "date", "calendar",
                                            len(out)))
                continue
            if fact.check == "stage_sequence":
                for m in _ORDINAL.finditer(text, a, b):
                    ordinal = _other_ordinal(ORDINALS[m.group(1).lower()])
                    if ordinal is None:
                        continue
                    out.append(_replace(g, m.start(1), m.end(1), ordinal.capitalize() if m.group(1)[0].isupper()
                                        else ordinal, "ordinal", "stage_sequence", len(out)))
                continue
            if fact.check == "age":
                for m in _CAPTURED_AT.finditer(text, a, b):
                    out.append(_replace(g, m.start(1), m.end(1), str(int(m.group(1)) - 3), "age", "age", len(out)))
                continue
            if fact.check not in ("sum", "restatement", "subset", "target", "running_total", "parity"):
                continue
            for num in find_numbers(text, a, b):
                if (num.start, num.end) in seen or 1900 <= num.value <= 2100 and not num.is_word:
                    continue
                if num.value not in holds:
                    continue
                seen.add((num.start, num.end))
                if num.is_word:
                    word = _WORDS.get(int(num.value) + 1)
                    if word is None:
                        continue
                    word = word.capitalize() if num.text[0].isupper() else word
                    out.append(_replace(g, num.start, num.end, word, "number_word", fact.check, len(out)))
                    continue
                others = [h for h in holds if h != biggest]
                if fact.check == "running_total" and num.value == biggest and others and min(others) > 1:
                    new_value = min(others) - 1  # the running total falls below what it must include
                    mutation = "cumulative"
                else:
                    new_value = num.value + biggest + 7  # exceeds any whole or target, breaks any sum or equality
                    mutation = "number"
                out.append(_replace(g, num.start, num.end, _fmt_like(num.text, new_value), mutation, fact.check,
                                    len(out)))
    return out


def generate(dataset: list[GoldArticle], *, seed: int = 0, per_article: int = 3) -> list[Variant]:
    """Up to per_article variants per clean gold article, chosen deterministically by seed."""
    rng = random.Random(seed)
    out: list[Variant] = []
    for g in dataset:
        found = candidates(g)
        rng.shuffle(found)
        by_mutation: dict[str, Variant] = {}
        for v in found:  # prefer different kinds of mutation
            by_mutation.setdefault(v.mutation, v)
        picked = list(by_mutation.values())[:per_article]
        picked += [v for v in found if v not in picked][:max(0, per_article - len(picked))]
        out += sorted(picked, key=lambda v: v.id)
    return out

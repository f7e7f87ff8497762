"""One planted contradiction per variant: the exact check and working must be reported (exit 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.claims import Article
from checker.cli import main
from checker.extract.rules import RuleExtractor
from checker.pipeline import run
from tests.helpers import TODAY, article, findings, run_text, seed

SEED_000, SEED_003 = seed("000"), seed("003")
FINAL, QUAKE = article("exchange_final.txt"), article("quake_toll.txt")

# (id, text, old, new, published, check, expected working fragment)
CASES = [
    # SPEC.md "Contradictions it must catch"
    ("spec-697-to-679", SEED_000, "697", "679", None, "sum", "390 + 307 = 697 ≠ 679"),
    ("spec-friday-may-22", SEED_000, "Friday, May 23", "Friday, May 22", dt.date(2025, 5, 24), "calendar",
     "2025-05-22 is a Thursday, not a Friday"),
    ("spec-500-to-520", SEED_003, "a total of 500", "a total of 520", None, "sum", "200 + 300 = 500 ≠ 520"),
    ("spec-captured-at-20", SEED_003, "captured at 22", "captured at 20", None, "age",
     "26 − 20 = 6 years; 2026 − 2022 = 4 ≠"),
    # our own: numbers
    ("previous-day-figure", SEED_003, "200 Russian servicemen", "250 Russian servicemen", None, "sum",
     "250 + 300 = 550 ≠ 500"),
    ("people-total-600", SEED_003, "two days to 500", "two days to 600", None, "sum", "= 502 ≠ 600"),
    ("cumulative-below-event", SEED_003, "6,922", "422", None, "running_total", "422 < 500"),
    ("final-sum-day1", FINAL, "390 Ukrainians", "391 Ukrainians", None, "sum", "391 + 307 + 303 = 1,001 ≠ 1,000"),
    ("final-total-990", FINAL, "In total, 1,000", "In total, 990", None, "sum", "390 + 307 + 303 = 1,000 ≠ 990"),
    ("final-subset", FINAL, "12 defenders of Mariupol", "412 defenders of Mariupol", None, "subset", "412 > 303"),
    ("final-parity", FINAL, "303 Russian servicemen", "300 Russian servicemen", None, "parity",
     "300 russian ≠ 303 ukrainian"),
    ("quake-toll-falls", QUAKE, "from 980", "from 1,980", None, "running_total",
     "1,980 (2025-03-03) → 1,204 (2025-03-04)"),
    # our own: calendar, ages, durations
    ("final-weekday", FINAL, "Saturday, May 24", "Saturday, May 25", None, "calendar",
     "2025-05-25 is a Sunday, not a Saturday"),
    ("quake-weekday", QUAKE, "Tuesday, March 4, 2025", "Wednesday, March 4, 2025", None, "calendar",
     "2025-03-04 is a Tuesday, not a Wednesday"),
    ("age-youngest-older", SEED_003, "the oldest is 60", "the oldest is 16", None, "age", "youngest 26 > oldest 16"),
    ("age-now-66", SEED_003, "serviceman is 26", "serviceman is 66", None, "age", "66 − 22 = 44 years"),
    ("duration-five-years", SEED_003, "More than four years", "More than five years", None, "duration",
     "outside 'more than 5 years'"),
    ("duration-point-three", SEED_003, "More than four years", "Three years", None, "duration",
     "outside '3 years'"),
]

# Edits the evidence rule does not call contradictions: the text does not tie the figures, so the
# checker says "unclear" (an editor would want to look) or nothing. (id, text, old, new, verdict, check)
NOT_STATED = [
    # "Another 370 ... are home" against "307 ... on Saturday": the 370 states no day of its own.
    ("restated-307-to-370", SEED_000, "Another 307", "Another 370", "silent", "restatement"),
    # The Mariupol defenders are tied to the 307 only by being in the same report: an inferred whole.
    ("subset-exceeds-whole", SEED_000, "27 defenders", "327 defenders", "unclear", "subset"),
    # "697 people" over two days against a 600-for-600 exchange: 'people' may count both sides.
    ("target-too-small", SEED_000, "1,000-for-1,000", "600-for-600", "unclear", "target"),
    # "Two hundred of our defenders" (undated, in a quote) against "300 prisoners of war ... on March 6".
    ("number-word-restated", SEED_003, "Three hundred of our", "Two hundred of our", "silent", "restatement"),
    ("civilians-restated", SEED_003, "two civilian detainees", "twelve civilian detainees", "silent", "restatement"),
    # "the third day" against "the second part" of the exchange: two units ("day", "part"), two series.
    ("ordinal-third-day", SEED_000, "the second day", "the third day", "silent", "stage_sequence"),
    # The Budanov sentence names "the release" as the third stage but states no date of its own.
    ("ordinal-clash-same-day", SEED_003, "the release as the second stage", "the release as the third stage",
     "silent", "stage_sequence"),
]


@pytest.mark.parametrize(("text", "old", "new", "verdict", "check"), [c[1:] for c in NOT_STATED],
                         ids=[c[0] for c in NOT_STATED])
def test_an_edit_the_text_does_not_tie_is_never_called_a_contradiction(text, old, new, verdict, check):
    assert old in text, f"perturbation source {old!r} missing"
    result = run_text(text.replace(old, new, 1))
    assert findings(result, verdict="contradiction") == []
    if verdict == "unclear":
        assert findings(result, check, "unclear")


@pytest.mark.parametrize(("text", "old", "new", "published", "check", "working"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_planted_contradiction_is_caught_with_its_working(text, old, new, published, check, working):
    assert old in text, f"perturbation source {old!r} missing"
    variant = text.replace(old, new, 1)
    result = run_text(variant, published=published)
    hits = findings(result, check, "contradiction")
    assert any(working in f.working for f in hits), [f"{f.check}: {f.working}" for f in result.findings
                                                      if f.verdict == "contradiction"]
    original = run_text(text, published=published)
    assert findings(original, verdict="contradiction") == []


def test_spec_batch_same_day_figure_differs_across_articles():
    a = Article(id="wire-a", text="On Friday, May 23, 390 Ukrainians were released.", published=dt.date(2025, 5, 24))
    b = Article(id="wire-b", text="On Friday, May 23, 392 Ukrainians were released.", published=dt.date(2025, 5, 24))
    result = run([a, b], RuleExtractor(), today=TODAY)
    (f,) = findings(result, "restatement", "contradiction")
    assert f.working == "390 ≠ 392" and f.articles == ("wire-a", "wire-b")


def test_spec_batch_cumulative_falls_a_month_later():
    a = Article(id="march", text="Since the start of Russia's full-scale invasion, 6,922 Ukrainians have been "
                "brought back from captivity.", published=dt.date(2026, 3, 6))
    b = Article(id="april", text="Since the start of Russia's full-scale invasion, 6,800 Ukrainians have been "
                "brought back from captivity.", published=dt.date(2026, 4, 6))
    result = run([a, b], RuleExtractor(), today=TODAY)
    (f,) = findings(result, "running_total", "contradiction")
    assert f.working == "6,922 (2026-03-06, march) → 6,800 (2026-04-06, april)"
    assert set(f.articles) == {"march", "april"}


def test_contradiction_gives_exit_code_1(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_text(SEED_000.replace("697", "679"), encoding="utf-8")
    assert main(["check", str(p)]) == 1
    assert "390 + 307 = 697 ≠ 679" in capsys.readouterr().out

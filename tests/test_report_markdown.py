"""The Markdown report leads with what matters: a verdict per article, contradictions and unclear
findings in full with trimmed quotes and the figure in bold, what holds one line each."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from checker.claims import Interval
from checker.pipeline import RunResult
from checker.report import render_markdown
from checker.report.quotes import trim
from checker.report.values import attribution, capitalise_names, plural, readable
from checker.report.view import build
from tests.helpers import run_text
from tests.reports import batch_run, one_seed_run, perturbed_run, seeds_run

SCREEN = 30


def test_the_seeds_report_fits_on_one_screen() -> None:
    for run in (seeds_run(), one_seed_run("000"), one_seed_run("003")):
        md = render_markdown(run)
        assert len(md.splitlines()) < SCREEN, md


def test_every_unclear_and_contradiction_is_shown_in_full() -> None:
    for run in (seeds_run(), perturbed_run()):
        md = render_markdown(run)
        issues = [f for f in run.findings if f.verdict != "consistent"]
        assert issues
        view = build(run)
        for f in view.findings:
            if f.verdict == "holds":
                continue
            assert f"`{f.working}`" in md and f.message in md and f.id in md
            if f.evidence:
                assert "; ".join(f.evidence) in md
            for q in f.quotes:  # every figure the finding rests on is bold in its trimmed quote
                for p in q.pieces:
                    if p.claim:
                        assert f"**{p.text}**" in md


def test_a_contradiction_comes_first_with_its_figure_in_bold() -> None:
    md = render_markdown(perturbed_run())
    lines = md.splitlines()
    assert lines[0] == "# Consistency report: 1 contradiction found"
    contradictions = lines.index("## Contradictions (1)")
    assert contradictions < lines.index("## What holds (5)")
    block = "\n".join(lines[contradictions:contradictions + 7])
    assert "`390 + 307 = 697 ≠ 679`" in block
    assert "> “In just these two days, **679** people have been brought home.” — c6, chars 324–382" in block
    assert "- ✗ **contradiction** · `000_perturbed`" in md


def test_what_holds_is_one_line_each_without_quotes_unless_show_all() -> None:
    run = one_seed_run("000")
    md = render_markdown(run)
    holds = [line for line in md.splitlines() if line.startswith("- ✓ ") and "·" in line]
    assert "- ✓ 390 + 307 = 697 · sum" in holds
    assert "> “" not in md
    full = render_markdown(run, show_all=True)
    assert "**390**" in full and "**697**" in full and len(full.splitlines()) > len(md.splitlines())


def test_each_article_has_a_verdict_line() -> None:
    md = render_markdown(seeds_run())
    assert "- ? **unclear** · `003_d028d9d8b9cb004c` · 2026-03-06 (date line) · 20 claims: 1 unclear, 7 hold" in md
    assert "- ✓ **holds** · `000_57411453c1ec540b` · no publication date · 14 claims: 6 hold" in md
    assert md.index("**unclear** · `003") < md.index("**holds** · `000")  # what matters first


def test_the_old_glitches_are_gone() -> None:
    md = render_markdown(seeds_run())
    assert "““" not in md and "””" not in md
    assert "Lubinets." not in md and "per Ukraine's Ombudsman Dmytro Lubinets" in md
    assert "(s)" not in md and "cannot be decided" not in md
    assert "the Russian side's figure" in md and "the russian side" not in md
    assert "## Unclear (1)" in md


@pytest.mark.parametrize(("text", "why"), [
    ("No figures in this short note at all.", "no claim found in 1 article"),
])
def test_nothing_checked_says_so(text: str, why: str) -> None:
    md = render_markdown(run_text(text))
    assert md.startswith("# Consistency report: nothing checked\n")
    assert why in md and "no contradiction" not in md


def test_nothing_checked_when_no_article_was_read() -> None:
    md = render_markdown(RunResult("rules", [], [], []))
    assert md.startswith("# Consistency report: nothing checked\nno article was read")


def test_a_cross_article_finding_names_both_articles_and_full_claim_ids() -> None:
    md = render_markdown(batch_run())
    assert "`wire-a`, `wire-b`" in md and "wire-a/c1" in md and "wire-b/c1" in md
    assert "same side: Ukrainian" in md


def test_article_words_never_become_markdown() -> None:
    md = render_markdown(run_text("Officials said *300* [people](x) were freed on Monday, and 200 on Tuesday, "
                                  "500 in total over the two days."))
    assert "*300*" not in md.replace("\\*300\\*", "")


@pytest.mark.parametrize(("interval", "shown"), [
    (Interval.point(697), "697"),
    (Interval(lo=Decimal(1620), hi=Decimal(1980), hedge="about"), "about 1,800 (1,620–1,980)"),
    (Interval(lo=Decimal(301), hi=None, hedge="More than"), "more than 300"),
    (Interval(lo=Decimal(300), hi=None, hedge="at least"), "at least 300"),
    (Interval(lo=Decimal(360), hi=Decimal(400), hi_open=True, hedge="nearly"), "nearly 400 (360 to under 400)"),
    (Interval(lo=Decimal(0), hi=Decimal(50), hedge="up to"), "up to 50"),
    (Interval(lo=Decimal(300), hi=None, hedge="or more"), "300 or more"),
    (Interval(lo=Decimal(5), hi=Decimal(10)), "5–10"),
])
def test_intervals_read_as_an_editor_would_say_them(interval: Interval, shown: str) -> None:
    assert readable(interval) == shown


def test_plurals_attributions_and_side_names() -> None:
    assert [plural(1, "claim"), plural(2, "claim"), plural(0, "error"), plural(12, "holds")] == [
        "1 claim", "2 claims", "0 errors", "12 hold"]
    assert attribution("the ministry's spokesman.") == "the ministry's spokesman"
    assert capitalise_names("300 russian = 300 ukrainian; the russian side", ["russian", "ukrainian"]) == \
        "300 Russian = 300 Ukrainian; the Russian side"


def test_a_quote_is_trimmed_to_the_clause_around_its_figure() -> None:
    quote = ("The port authority said on Monday, after a long night of checks at the northern gate, that "
             "42 trucks had crossed into the city, according to a spokeswoman for the regional office.")
    at = quote.index("42")
    frag = trim(quote, [(at, at + 2, "a/c1")])
    text = "".join(p.text for p in frag.pieces)
    assert "42 trucks had crossed into the city" in text and "spokeswoman" not in text
    assert frag.cut_before and frag.cut_after and len(text) <= 140
    assert [p.text for p in frag.pieces if p.figure] == ["42"]


def test_a_short_clause_is_widened_and_quote_marks_are_not_doubled() -> None:
    quote = "“Another 12 are home. We expect more tomorrow,” she said."
    at = quote.index("12")
    frag = trim(quote, [(at, at + 2, "a/c1")])
    text = "".join(p.text for p in frag.pieces)
    assert not text.startswith("“") and "Another 12 are home." in text


def test_two_figures_in_one_quote_are_both_marked() -> None:
    quote = "Officials said 300 soldiers and two civilians were freed on Friday in the second stage of the swap."
    a, b = quote.index("300"), quote.index("two")
    frag = trim(quote, [(b, b + 3, "a/c2"), (a, a + 3, "a/c1")])
    assert [(p.text, p.figure) for p in frag.pieces if p.figure] == [("300", "a/c1"), ("two", "a/c2")]


def test_findings_are_ordered_contradiction_unclear_holds() -> None:
    view = build(seeds_run())
    order = [f.verdict for f in view.findings]
    assert order == sorted(order, key=["contradiction", "unclear", "holds"].index)
    assert re.search(r"^## Unclear \(1\)$", render_markdown(seeds_run()), re.M)

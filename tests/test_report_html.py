"""The HTML report: one valid, self-contained page; article text always escaped; every finding linked
to its figures; batch findings linked into each article; the event ledger when a run has one."""

from __future__ import annotations

import json
import re

import html5lib
import pytest

from checker.cli import main
from checker.report import LedgerRow, render_html, render_json, to_json
from checker.report.view import build
from tests.helpers import SEEDS, run_text
from tests.htmlcheck import problems
from tests.reports import batch_run, one_seed_run, perturbed_run, seeds_run


@pytest.mark.parametrize("make", [seeds_run, perturbed_run, batch_run, lambda: one_seed_run("003")])
def test_the_report_is_valid_html_that_loads_nothing(make) -> None:  # type: ignore[no-untyped-def]
    page = render_html(make())
    assert problems(page) == []


def test_the_validity_check_can_fail() -> None:
    with pytest.raises(html5lib.html5parser.ParseError):
        problems("<!DOCTYPE html><html><head><title>x</title></head><body><p>a</div></body></html>")
    page = render_html(perturbed_run())
    assert any("points to no element" in p for p in problems(page.replace('id="finding-', 'id="gone-', 1)))
    assert any("CSP does not allow" in p for p in problems(page.replace("</style>", "b{}</style>", 1)))
    assert any("external" in p for p in problems(page.replace('href="#', 'href="https://example.org/#', 1)))


def test_article_text_is_escaped() -> None:
    text = ("<script>alert('x')</script> Officials said 300 soldiers were freed on Monday, and 200 on "
            "Tuesday, 500 in total over the two days. <img src=x onerror=alert(1)>")
    page = render_html(run_text(text))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert problems(page) == []


def test_every_claim_is_marked_by_kind_and_the_contradiction_in_red() -> None:
    run = perturbed_run()
    page = render_html(run)
    claims = run.articles[0].claims
    marks = re.findall(r'class="fig k-(\w+)(?: v-(\w+))?" id="([^"]+)"', page)
    assert {k for k, _v, _i in marks} == {c.kind.value for c in claims}
    assert len(marks) == len({(c.figure.start, c.figure.end) for c in claims if c.figure})
    assert ("count", "contradiction") in {(k, v) for k, v, _i in marks}
    assert '>679<sup>✗</sup></a>' in page  # the symbol, not only the colour


def test_a_finding_button_names_the_marks_of_its_figures() -> None:
    run = perturbed_run()
    view = build(run)
    (bad,) = view.of("contradiction")
    page = render_html(run)
    button = re.search(r'<li class="finding v-contradiction" id="([^"]+)">\s*<button type="button" class="go" '
                       r'aria-pressed="false" data-marks="([^"]+)"', page)
    assert button is not None and button.group(1) == bad.anchor
    figures = {run.articles[0].article.text[c.figure.start:c.figure.end] for c in run.articles[0].claims
               if c.id in bad.claims and c.figure}
    shown = {re.search(rf'id="{m}"[^>]*>([^<]+)<', page).group(1) for m in button.group(2).split()}  # type: ignore[union-attr]
    assert shown == figures == {"679", "390", "307"}


def test_cross_article_findings_link_into_each_article() -> None:
    page = render_html(batch_run())
    across = page[page.index('<section id="across"'):page.index("</section>")]
    assert 'href="#article-wire-a"' in across and 'href="#article-wire-b"' in across
    assert 'href="#claim-wire-a-c1"' in across and 'href="#claim-wire-b-c1"' in across
    for article in ("wire-a", "wire-b"):
        body = page[page.index(f'<article class="doc" id="article-{article}"'):]
        body = body[:body.index("</article>")]
        assert "(across articles)" in body and "source_disagreement" in body


def test_the_event_ledger_is_shown_when_the_run_carries_one() -> None:
    run = batch_run()
    assert 'id="ledger"' not in render_html(run)
    rows = [LedgerRow(event="exchange stage 1", day="2026-03-03", figure="120 / 150", what="Ukrainian soldiers freed",
                      articles=("wire-a", "wire-b"), claims=("wire-a/c1", "wire-b/c1"), note="<b>disputed</b>"),
            {"event": "exchange stage 2", "figure": "—"}]
    page = render_html(run, ledger=rows)
    ledger = page[page.index('<section id="ledger"'):]
    assert "Event ledger (2)" in ledger and "&lt;b&gt;disputed&lt;/b&gt;" in ledger
    assert 'href="#claim-wire-a-c1"' in ledger and problems(page) == []
    run.ledger = rows  # type: ignore[attr-defined]  # how a batch run will hand it over
    assert "Event ledger (2)" in render_html(run)


def test_failed_articles_and_unused_claims_are_listed() -> None:
    run = seeds_run()
    a = run.articles[0]
    a.errors.append(f"{a.article.id}: extraction failed: TimeoutError: slow")
    from checker.claims import Kind, RejectedClaim, UngroundedClaim

    a.ungrounded.append(UngroundedClaim(article_id=a.article.id, kind=Kind.COUNT, quote="<i>9</i> freed",
                                        reason="quote not found"))
    a.rejected.append(RejectedClaim(article_id=a.article.id, kind="count", quote=None, reason="no value"))
    page = render_html(run)
    assert "Not extracted: extraction failed: TimeoutError: slow" in page
    assert "Ungrounded count: “&lt;i&gt;9&lt;/i&gt; freed” (quote not found)" in page
    assert "Rejected count: “” (no value)" in page and problems(page) == []


def test_nothing_checked_page() -> None:
    page = render_html(run_text("Nothing to count here."))
    assert "Consistency report: nothing checked" in page and "no claim found in 1 article" in page
    assert problems(page) == []


def test_the_json_report_keeps_its_schema() -> None:
    doc = to_json(seeds_run())
    assert doc["schema_version"] == "2.0"
    assert list(doc) == ["schema_version", "checker_version", "extractor", "articles", "errors", "findings",
                         "events", "series", "summary", "usage"]
    assert list(doc["summary"]) == ["articles", "claims", "ungrounded", "rejected", "partial", "errors",
                                    "contradiction", "unclear", "consistent"]
    assert json.loads(render_json(seeds_run())) == json.loads(json.dumps(doc))


def test_check_writes_the_html_report(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    assert main(["check", str(SEEDS), "-f", "html", "-o", str(out), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and problems(page) == []
    assert main(["check", str(SEEDS), "-f", "html", "--show", "all", "-q"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")

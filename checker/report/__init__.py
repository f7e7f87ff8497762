"""Reports: Markdown and HTML for editors (one view model, `checker.report.view`), JSON for pipelines."""

from __future__ import annotations

from collections.abc import Sequence

from checker.pipeline import RunResult
from checker.report import markdown
from checker.report.json_report import claim_json, facts_json, relation_json, render_json, summary, to_json
from checker.report.view import LedgerRow, Report, build


def render_markdown(run: RunResult, *, show_all: bool = False, ledger: Sequence[object] | None = None) -> str:
    """The Markdown report; `show_all` prints what holds in full (quotes too), not one line each."""
    return markdown.render(build(run, show_all=show_all, ledger=ledger))


def render_html(run: RunResult, *, show_all: bool = False, ledger: Sequence[object] | None = None) -> str:
    """One self-contained HTML page (CSS and JS inline, no external request)."""
    from checker.report import html

    return html.render(build(run, show_all=show_all, ledger=ledger))


__all__ = ["LedgerRow", "Report", "build", "claim_json", "facts_json", "relation_json", "render_html",
           "render_json", "render_markdown", "summary", "to_json"]

"""Command line: `checker check PATH...`. The one place where errors become exit codes.

Exit codes: 0 no contradiction, 1 at least one contradiction, 2 usage or input error (an input
error wins over a contradiction: the run did not see everything it was asked to check).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from checker import __version__
from checker.errors import CheckerError, UsageError
from checker.extract import Extractor
from checker.inputs import load
from checker.pipeline import RunResult, run

EXIT_CLEAN, EXIT_CONTRADICTION, EXIT_ERROR = 0, 1, 2

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Numeric fact-consistency checker for news articles.")
err = Console(stderr=True)


class Format(str, Enum):
    markdown = "markdown"
    json = "json"


class ExtractorName(str, Enum):
    auto = "auto"
    rules = "rules"
    llm = "llm"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Numeric fact-consistency checker for news articles."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published: '{value}' is not a date in YYYY-MM-DD form") from None


def build_extractor(name: str, llm: dict[str, object] | None = None) -> Extractor:
    """`auto` is the LLM when an endpoint or model is configured (flags or CHECKER_*), else rules."""
    llm = {k: v for k, v in (llm or {}).items() if v is not None}
    configured = bool(llm.get("model") or llm.get("base_url") or os.environ.get("CHECKER_MODEL")
                      or os.environ.get("CHECKER_BASE_URL"))
    if name == "rules" or (name == "auto" and not configured):
        from checker.extract.rules import RuleExtractor

        return RuleExtractor()
    from checker.cache import LLMCache
    from checker.extract.llm import LLMConfig, LLMExtractor

    no_cache = llm.pop("no_cache", False)
    cache_path = llm.pop("cache", None)
    config = LLMConfig.from_env(**llm)
    return LLMExtractor(config, cache=None if no_cache else LLMCache(cache_path))  # type: ignore[arg-type]


def _run_with_progress(paths: list[Path], published: dt.date | None, extractor: Extractor) -> RunResult:
    items = list(load(paths, published=published))
    show = len(items) > 1 and err.is_terminal
    with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("articles", total=sum(1 for i in items if not isinstance(i, CheckerError)))
        return run(items, extractor, progress=lambda: bar.advance(task))


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt .md .html .json .jsonl .csv) or folders.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.markdown,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report here instead of stdout.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    extractor: Annotated[ExtractorName, typer.Option(
        help="Claim extractor: auto = llm when a model or endpoint is configured, else the offline rules.")
    ] = ExtractorName.auto,
    model: Annotated[str | None, typer.Option(help="LLM model name [env: CHECKER_MODEL].")] = None,
    base_url: Annotated[str | None, typer.Option(
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 [env: CHECKER_BASE_URL].")] = None,
    mode: Annotated[str | None, typer.Option(
        help="instructor mode: tools, json_schema, json or md_json [env: CHECKER_MODE].")] = None,
    concurrency: Annotated[int | None, typer.Option(
        min=1, help="LLM requests in flight [env: CHECKER_CONCURRENCY].")] = None,
    max_tokens_total: Annotated[int | None, typer.Option(
        min=1, help="Token budget for the run; once spent, remaining articles are reported not extracted.")] = None,
    max_output_tokens: Annotated[int | None, typer.Option(
        min=1, help="Cap on tokens the model may generate per request.")] = None,
    max_attempts: Annotated[int | None, typer.Option(
        min=1, help="Attempts per LLM request on 429/5xx/timeouts/connection errors (backoff with jitter).")] = None,
    cache: Annotated[Path | None, typer.Option(
        help="LLM response cache (SQLite) [env: CHECKER_CACHE; default ~/.cache/checker/llm.sqlite].")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the LLM cache.")] = False,
) -> None:
    """Check articles for numeric contradictions and print a report."""
    from checker.report import render_json, render_markdown

    llm = {"model": model, "base_url": base_url, "mode": mode, "concurrency": concurrency,
           "max_tokens_total": max_tokens_total, "max_attempts": max_attempts, "max_output_tokens": max_output_tokens,
           "cache": cache, "no_cache": no_cache}
    try:
        result = _run_with_progress(paths, _parse_date(published), build_extractor(extractor.value, llm))
    except CheckerError as e:
        err.print(f"checker: error: {e}", markup=False, highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    text = render_json(result) if format == Format.json else render_markdown(result)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    for e in result.input_errors:
        err.print(f"checker: error: {e}", markup=False, highlight=False)
    for a in result.articles:
        for msg in a.errors:
            err.print(f"checker: error: {msg}", markup=False, highlight=False)
    if result.has_errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_CONTRADICTION if result.contradictions else EXIT_CLEAN)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code instead of raising SystemExit (for tests and embedding)."""
    try:
        app(args=argv, prog_name="checker", standalone_mode=True)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_ERROR)
    return EXIT_CLEAN

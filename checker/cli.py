"""Command line: `checker check PATH...`. The one place where errors become exit codes.

Exit codes: 0 no contradiction, 1 at least one contradiction, 2 usage or input error (an input
error wins over a contradiction: the run did not see everything it was asked to check).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from checker import __version__
from checker.errors import CheckerError, UsageError
from checker.extract import Extractor
from checker.inputs import load
from checker.pipeline import RunResult, run

if TYPE_CHECKING:
    from checker.evaluation.gold import GoldArticle
    from checker.extract.llm import LLMExtractor

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


def build_extractor(name: str, options: Mapping[str, object] | None = None) -> Extractor:
    """`auto` is the LLM when an endpoint or model is configured (flags or CHECKER_*), else rules."""
    llm = {k: v for k, v in (options or {}).items() if v is not None}
    configured = bool(llm.get("model") or llm.get("base_url") or os.environ.get("CHECKER_MODEL")
                      or os.environ.get("CHECKER_BASE_URL"))
    if name == "rules" or (name == "auto" and not configured):
        from checker.extract.rules import RuleExtractor

        return RuleExtractor()
    from checker.cache import LLMCache
    from checker.extract.llm import LLMConfig, LLMExtractor

    no_cache = bool(llm.pop("no_cache", False))
    cache_path = llm.pop("cache", None)
    config = LLMConfig.from_env(**llm)
    cache_file = cache_path if isinstance(cache_path, str | Path) else None
    return LLMExtractor(config, cache=None if no_cache else LLMCache(cache_file))


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
    for input_error in result.input_errors:
        err.print(f"checker: error: {input_error}", markup=False, highlight=False)
    for a in result.articles:
        for msg in a.errors:
            err.print(f"checker: error: {msg}", markup=False, highlight=False)
        if a.partial:
            err.print(f"checker: warning: {a.article.id}: partly extracted: {a.partial}", markup=False,
                      highlight=False)
    if result.has_errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_CONTRADICTION if result.contradictions else EXIT_CLEAN)


class EvalExtractor(str, Enum):
    rules = "rules"
    replay = "replay"
    llm = "llm"


DEFAULT_DATASET = Path("eval/data")
DEFAULT_RESPONSES = Path("eval/data/responses/mock-v1.jsonl")


@app.command("eval")
def eval_command(
    dataset: Annotated[Path, typer.Argument(help="Gold dataset folder (articles/ and *.json gold files).")]
    = DEFAULT_DATASET,
    extractor: Annotated[EvalExtractor, typer.Option(help="Extractor to measure.")] = EvalExtractor.rules,
    responses: Annotated[Path, typer.Option(help="Recorded LLM answers for --extractor replay.")]
    = DEFAULT_RESPONSES,
    replay_model: Annotated[str, typer.Option(help="Model name the replayed answers were recorded under.")]
    = "mock-v1",
    record: Annotated[Path | None, typer.Option(
        help="With --extractor llm: write the model's answers here, in the replay format.")] = None,
    model: Annotated[str | None, typer.Option(help="LLM model [env: CHECKER_MODEL].")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint [env: CHECKER_BASE_URL].")]
    = None,
    mode: Annotated[str | None, typer.Option(help="instructor mode [env: CHECKER_MODE].")] = None,
    concurrency: Annotated[int | None, typer.Option(min=1, help="LLM requests in flight.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the perturbation generator.")] = 0,
    per_article: Annotated[int, typer.Option(min=0, help="Perturbations per clean gold article.")] = 3,
    out: Annotated[Path | None, typer.Option(help="Write the metrics as JSON here.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="A previous --out JSON: show deltas against it.")] = None,
    gate: Annotated[Path | None, typer.Option(
        help="Thresholds TOML: exit 1 when a metric of this extractor's section falls outside.")] = None,
) -> None:
    """Measure the checker on a gold dataset, offline and repeatably; print a table, write JSON."""
    import json
    import tempfile

    from checker.evaluation.run import evaluate, render_table
    from checker.evaluation.run import gate as check_gate
    from checker.evaluation.run import load as load_gold

    try:
        gold = load_gold(dataset)
        tmp = None
        if extractor == EvalExtractor.replay:
            from checker.extract.replay import ReplayExtractor

            ex: Extractor = ReplayExtractor(responses, replay_model)
        elif extractor == EvalExtractor.llm:
            cache = None
            if record is not None:
                tmp = tempfile.TemporaryDirectory()
                cache = Path(tmp.name) / "record.sqlite"
            ex = build_extractor("llm", {"model": model, "base_url": base_url, "mode": mode,
                                         "concurrency": concurrency, "cache": cache})
        else:
            ex = build_extractor("rules")
        metrics = evaluate(gold, ex, seed=seed, per_article=per_article)
        from checker.extract.llm import LLMExtractor

        if record is not None and isinstance(ex, LLMExtractor):
            _record(ex, gold, seed, per_article, record)
        base = json.loads(baseline.read_text(encoding="utf-8")) if baseline else None
    except (CheckerError, OSError, ValueError) as e:
        err.print(f"checker: error: {e}", markup=False, highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    sys.stdout.write(render_table(metrics, base))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if gate is not None:
        failures = check_gate(metrics, gate, extractor.value)
        for f in failures:
            err.print(f"checker: eval gate: {f}", markup=False, highlight=False)
        if failures:
            raise typer.Exit(EXIT_CONTRADICTION)
        err.print(f"checker: eval gate [{extractor.value}] passed", markup=False, highlight=False)


def _record(ex: LLMExtractor, gold: list[GoldArticle], seed: int, per_article: int, path: Path) -> None:
    """Write every answer the live model gave (gold articles and perturbations) in the replay format."""
    from checker.evaluation.perturb import generate
    from checker.extract.replay import record_line

    articles = [g.article for g in gold] + [v.article for v in generate(gold, seed=seed, per_article=per_article)]
    lines = []
    for a in articles:
        entry = ex.cache.get(ex.cache_key(a)) if ex.cache is not None else None
        if entry is not None:
            lines.append(record_line(a, ex.prompt_hash, ex.config.model, entry.chunks))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err.print(f"checker: recorded {len(lines)} answers to {path}", markup=False, highlight=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code instead of raising SystemExit (for tests and embedding)."""
    try:
        app(args=argv, prog_name="checker", standalone_mode=True)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_ERROR)
    return EXIT_CLEAN

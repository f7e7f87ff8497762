"""`checker audit` as a command: options to a run over the store, a progress bar, the report, exit code.

The CLI (`checker/cli.py`) owns the parser and turns errors into exit codes; this module runs one audit.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from checker.audit import AuditCounts, AuditOptions, Auditor
from checker.audit_report import AuditResult, load_result, render_markdown, write_csv, write_json
from checker.console import fit, say
from checker.errors import UsageError
from checker.extract import Extractor
from checker.outputs import check_out_path, report_file_filter
from checker.store import Store, StoreAnswers

EXIT_CLEAN, EXIT_CONTRADICTION, EXIT_ERROR = 0, 1, 2
MAX_ERROR_LINES = 50  # failed articles named on stderr; the report names them all
LLM_FLAGS = ("model", "base_url", "mode", "concurrency", "max_tokens_total", "max_attempts", "max_output_tokens",
             "timeout_s")


def audit_extractor(args: argparse.Namespace, store: Store) -> Extractor:
    """The extractor `check` would build, with the store as the LLM answer cache."""
    from checker.cli import build_extractor
    from checker.extract.llm import LLMExtractor

    extractor = build_extractor(args.extractor, {**{k: getattr(args, k, None) for k in LLM_FLAGS}, "no_cache": True})
    if isinstance(extractor, LLMExtractor):
        extractor.cache = StoreAnswers(store)  # --jobs does not apply: --concurrency bounds the requests
    return extractor


def settings(args: argparse.Namespace) -> dict[str, Any]:
    """What the run manifest records (never an API key)."""
    return {"paths": list(args.paths), "db": str(args.db), "extractor": args.extractor,
            "published": args.published.isoformat() if args.published else None,
            "max_article_bytes": args.max_article_bytes, **{k: getattr(args, k, None) for k in LLM_FLAGS}}


@contextlib.contextmanager
def progress_bar(quiet: bool) -> Iterator[Any]:
    """A live line on stderr (done / failed / cached / tokens); off with -q or when stderr is no terminal."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)
    show = err.is_terminal and not quiet
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  disable=not show, transient=True) as bar:
        task = bar.add_task("auditing")

        def update(c: AuditCounts) -> None:
            text = (f"auditing: {c.done} done ({c.extracted} extracted, {c.cached} cached), {c.failed} failed, "
                    f"{c.tokens:,} tokens")
            if c.events_checked:
                text += f"; {c.events_checked} events checked"
            bar.update(task, description=text)

        yield update


def audit_command(args: argparse.Namespace) -> int:
    if args.out is not None:
        check_out_path(args.out)
    from checker.inputs import load

    store = Store(args.db)
    try:
        extractor = audit_extractor(args, store)
        other = store.count("SELECT count(*) FROM extractions WHERE extractor != ?", extractor.name)
        if other and not args.quiet:
            say("note", f"{other} stored articles were extracted by another extractor; {extractor.name} extracts "
                        "them again (stored LLM answers are kept: switching back asks the model nothing again)")
        options = AuditOptions(jobs=args.jobs, settings=settings(args))
        with progress_bar(args.quiet) as update:
            auditor = Auditor(store, extractor, options, progress=update)
            if args.paths:
                items = load(args.paths, published=args.published, exclude=report_file_filter(args.out),
                             max_article_bytes=args.max_article_bytes, unique_ids=False)
            else:
                items = (a for i in [a.id for a in store.pending_articles(auditor.version)]
                         if (a := store.article(i)) is not None)
            auditor.run(items)
        result = load_result(store)
        emit(result, store, args.format, args.out)
        report_problems(result, store, auditor.run_id, quiet=args.quiet)
    finally:
        store.close()
    if result.has_errors:
        return EXIT_ERROR
    return EXIT_CONTRADICTION if result.contradictions else EXIT_CLEAN


def emit(result: AuditResult, store: Store, fmt: str, out: str | None) -> None:
    """The report in one format, to stdout or to the --out file (UTF-8)."""
    if out is None:
        _write(result, store, fmt, sys.stdout, ascii_fallback=True)
        return
    try:
        with Path(out).open("w", encoding="utf-8", newline="") as f:
            _write(result, store, fmt, f, ascii_fallback=False)
    except OSError as e:
        raise UsageError(f"--out {out}: cannot write the report ({e.strerror or e})") from None


def _write(result: AuditResult, store: Store, fmt: str, stream: TextIO, *, ascii_fallback: bool) -> None:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    if fmt == "json":
        write_json(result, store, stream)
    elif fmt == "csv":
        write_csv(store, stream)
    else:
        for part in render_markdown(result, store):
            stream.write(fit(part, encoding) if ascii_fallback else part)
    stream.flush()


def report_problems(result: AuditResult, store: Store, run_id: int, *, quiet: bool) -> None:
    """This run's input errors and failed articles, one line each on stderr (capped)."""
    for item, problem in store.input_errors(run_id):
        say("error", f"{item}: {problem}")
    failed = [a for a in result.articles if a.verdict in ("failed", "pending")]
    for a in failed[:MAX_ERROR_LINES]:
        say("error", "; ".join(a.errors) or f"{a.article}: not extracted")
    if len(failed) > MAX_ERROR_LINES:
        say("error", f"{len(failed) - MAX_ERROR_LINES} more articles not extracted; the report names them all")
    if not quiet:
        for a in result.articles:
            if a.partial:
                say("warning", f"{a.article}: partly extracted: {a.partial}")

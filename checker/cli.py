"""Command line: `checker check PATH...` and `checker eval`. The one place where errors become exit codes.

Exit codes: 0 no contradiction, 1 at least one contradiction (or a failed eval gate), 2 usage or input
error (an input error wins over a contradiction: the run did not see everything it was asked to check).
Conventions as in ruff and pytest: -h/--help, -V/--version, -q/--quiet, `-` for standard input, one
`checker: error: ...` line per problem on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import __version__
from checker.console import can_encode, encoding_of, say, write
from checker.errors import CheckerError, UsageError
from checker.extract import Extractor
from checker.outputs import check_out_path, report_file_filter

if TYPE_CHECKING:
    from checker.claims import Article
    from checker.extract.llm import LLMExtractor
    from checker.pipeline import RunResult

EXIT_CLEAN, EXIT_CONTRADICTION, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

# LLMConfig's defaults, repeated here so that `checker -h` does not import the LLM stack;
# a test checks that they agree.
LLM_DEFAULTS = {"concurrency": 4, "max_output_tokens": 4096, "max_attempts": 5, "timeout_s": 120}
DEFAULT_CACHE = "~/.cache/checker/llm.sqlite"
OPENAI_URL = "https://api.openai.com/v1"
ENVIRONMENT = f"""environment variables (a flag wins over its variable):
  CHECKER_MODEL        LLM model name (--model)
  CHECKER_BASE_URL     OpenAI-compatible endpoint (--base-url); default {OPENAI_URL}
  CHECKER_API_KEY      API key for the endpoint; OPENAI_API_KEY is read when it is unset
  CHECKER_MODE         instructor mode (--mode)
  CHECKER_CONCURRENCY  LLM requests in flight (--concurrency); default {LLM_DEFAULTS['concurrency']}
  CHECKER_TIMEOUT      seconds to wait for one model response (--timeout); default {LLM_DEFAULTS['timeout_s']}
  CHECKER_CACHE        LLM answer cache (--cache); default {DEFAULT_CACHE}
  CHECKER_PROMPTS      folder of extraction prompt files; default: the ones installed with checker
"""
DEFAULT_STORE = "checker-audit.sqlite"
AUDIT_EPILOG = """The store keeps every article, extraction (the LLM answer cache of the audit), claim, finding,
event and run. Run the same command again to resume after Ctrl-C, kill -9 or a crash: no stored
answer is asked for again. Add articles to a finished audit by auditing them with the same --db: only
the new ones are extracted and only the events they touch are checked again.

"""
BATCH_EPILOG = """The path for archives of a million articles: `checker batch export --db FILE -o requests.jsonl`,
submit it (OpenAI Batch API, or `vllm run-batch -i requests.jsonl -o results.jsonl --model M`),
then `checker batch import results.jsonl --db FILE` and `checker audit --db FILE` for the report.
"""
EXIT_CODES = """exit codes:
  0  no contradiction   1  at least one contradiction   2  usage or input error
"""


_BRACKETED = re.compile(r"\[env: [A-Z_]+\]")
_HOLD = "\x00"  # stands for a space that must not break a line while argparse wraps the help


class _Help(argparse.RawDescriptionHelpFormatter):
    """Plain help with the epilog kept as written, options in a wider column, and `[env: NAME]`
    never split across lines."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)

    def _split_lines(self, text: str, width: int) -> list[str]:
        kept = _BRACKETED.sub(lambda m: m.group().replace(" ", _HOLD), text)
        return [line.replace(_HOLD, " ") for line in super()._split_lines(kept, width)]


def _count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} is less than {minimum}")
        return value

    parse.__name__ = "count"  # argparse names the type in its error message
    return parse


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from None


def _subparser(sub: Any, name: str, summary: str, epilog: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=summary, description=summary, epilog=epilog,
                                                formatter_class=_Help, add_help=False)
    p.add_argument("-h", "--help", action="help", help="show this help and exit")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no notes on stderr; errors are still printed")
    return p


def _llm_options(p: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    g = p.add_argument_group("LLM extractor")
    g.add_argument("--model", metavar="NAME", help="LLM model name [env: CHECKER_MODEL]")
    g.add_argument("--base-url", metavar="URL", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 "
                   f"[env: CHECKER_BASE_URL] (default: {OPENAI_URL})")
    g.add_argument("--mode", choices=("tools", "json_schema", "json", "md_json"),
                   help="instructor mode [env: CHECKER_MODE] (default: tools for api.openai.com and local "
                   "servers, json elsewhere)")
    g.add_argument("--concurrency", type=_count(1), metavar="N", help="LLM requests in flight "
                   f"[env: CHECKER_CONCURRENCY] (default: {LLM_DEFAULTS['concurrency']})")
    return g


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker", description="Numeric fact-consistency checker for news articles.",
        epilog=ENVIRONMENT + "\n" + EXIT_CODES, formatter_class=_Help, add_help=False)
    parser.add_argument("-h", "--help", action="help", help="show this help and exit")
    parser.add_argument("-V", "--version", action="version", version=f"checker {__version__}",
                        help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    _check_parser(sub)
    _audit_parser(sub)
    _batch_parser(sub)
    _eval_parser(sub)
    _serve_parser(sub)
    return parser


def _check_parser(sub: Any) -> None:
    p = _subparser(sub, "check", "Check articles for numeric contradictions and print a report.",
                   ENVIRONMENT + "\n" + EXIT_CODES)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt .md .html .json .jsonl "
                   ".csv) or folders; - reads one plain-text article from standard input")
    p.add_argument("-f", "--format", choices=("markdown", "json", "html"), default="markdown",
                   help="report format: markdown for reading, json for pipelines, html for one self-contained "
                   "page (default: markdown)")
    p.add_argument("--show", choices=("issues", "all"), default="issues",
                   help="issues (default): what holds as one line each; all: what holds in full, with quotes")
    p.add_argument("-o", "--out", metavar="FILE",
                   help="write the report to FILE (default: standard output); its folder must exist")
    g = _reading_options(p)
    g.add_argument("--max-tokens-total", type=_count(1), metavar="N", help="token budget for the run; once "
                   "spent, the remaining articles are reported not extracted (default: no limit)")
    g.add_argument("--max-output-tokens", type=_count(16), metavar="N", help="cap on the tokens the model "
                   f"may generate per request (default: {LLM_DEFAULTS['max_output_tokens']})")
    g.add_argument("--max-attempts", type=_count(1), metavar="N", help="attempts per request on 429, 5xx, "
                   f"timeouts and connection errors (default: {LLM_DEFAULTS['max_attempts']})")
    _timeout_option(g)
    g.add_argument("--cache", type=Path, metavar="FILE",
                   help=f"LLM answer cache, SQLite [env: CHECKER_CACHE] (default: {DEFAULT_CACHE})")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM answer cache")
    p.set_defaults(run=_check)


_SIZE_UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024 ** 2, "m": 1024 ** 2, "gb": 1024 ** 3, "g": 1024 ** 3}


def _size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", text)
    if m is None or m.group(2).lower() not in _SIZE_UNITS or int(m.group(1)) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 10MB, 512KB or 4096")
    return int(m.group(1)) * _SIZE_UNITS[m.group(2).lower()]


_size.__name__ = "size"


def _reading_options(p: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """How articles are read, the same for `check` and `audit`: dates, size limit, extractor, LLM."""
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for every article (overrides date lines and metadata)")
    _limit_option(p)
    p.add_argument("--extractor", choices=("auto", "rules", "llm"), default="auto",
                   help="auto (default): the LLM when a model or endpoint is configured, else the offline rules")
    return _llm_options(p)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


_seconds.__name__ = "seconds"


def _timeout_option(g: argparse._ArgumentGroup) -> None:
    """A slow local model (a small one on a CPU, a long prompt) may need more than the default wait."""
    g.add_argument("--timeout", dest="timeout_s", type=_seconds, metavar="SECONDS",
                   help=f"seconds to wait for one model response [env: CHECKER_TIMEOUT] (default: "
                   f"{LLM_DEFAULTS['timeout_s']:g})")


def _limit_option(p: argparse.ArgumentParser) -> None:
    from checker.inputs import MAX_BYTES

    p.add_argument("--max-article-bytes", type=_size, default=MAX_BYTES, metavar="SIZE",
                   help=f"largest article read, per article not per file (default: {MAX_BYTES // 1024 ** 2}MB)")


def _audit_parser(sub: Any) -> None:
    p = _subparser(sub, "audit", "Audit many articles through a resumable run store, then check them across "
                   "articles, event by event.", AUDIT_EPILOG + ENVIRONMENT + "\n" + EXIT_CODES)
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (.txt .md .html .json .jsonl "
                   ".csv); none: finish the articles the store still has to extract, and report")
    p.add_argument("--db", type=Path, default=Path(DEFAULT_STORE), metavar="FILE",
                   help=f"run store, SQLite; created if missing, resumed if present (default: {DEFAULT_STORE})")
    p.add_argument("-f", "--format", choices=("markdown", "json", "csv"), default="markdown",
                   help="report format: markdown (default), json, or csv (every finding, for spreadsheets)")
    p.add_argument("-o", "--out", metavar="FILE", help="write the report to FILE (default: standard output)")
    p.add_argument("-j", "--jobs", type=_count(1), default=1, metavar="N",
                   help="offline extractor processes (default: 1); the LLM uses --concurrency instead")
    g = _reading_options(p)
    g.add_argument("--max-tokens-total", type=_count(1), metavar="N", help="token budget for the run")
    g.add_argument("--max-output-tokens", type=_count(16), metavar="N", help="cap on generated tokens per request")
    g.add_argument("--max-attempts", type=_count(1), metavar="N", help="attempts per request on transient errors")
    _timeout_option(g)
    p.set_defaults(run=_audit)


def _batch_parser(sub: Any) -> None:
    p = _subparser(sub, "batch", "Extract an archive through an OpenAI-compatible batch API (OpenAI Batch, vLLM "
                   "run-batch): export the requests, import the results into the run store.", BATCH_EPILOG)
    p.set_defaults(run=_batch_usage)
    bsub = p.add_subparsers(dest="batch_command", metavar="ACTION", title="actions")
    e = _subparser(bsub, "export", "Write batch request JSONL for the stored articles not yet extracted.", "")
    e.add_argument("--db", type=Path, default=Path(DEFAULT_STORE), metavar="FILE", help="run store (default: "
                   f"{DEFAULT_STORE}); fill it first with `checker audit PATH --db FILE --extractor llm ...` or "
                   "`checker batch export PATH...`")
    e.add_argument("paths", nargs="*", metavar="PATH", help="articles to add to the store before exporting")
    e.add_argument("-o", "--out", metavar="FILE", required=True, help="request file to write (JSONL)")
    e.add_argument("--max-requests", type=_count(1), metavar="N", help="at most N requests (OpenAI: 50,000 a file)")
    e.add_argument("--max-article-bytes", type=_size, default=None, metavar="SIZE", help="largest article read")
    _llm_options(e)
    e.set_defaults(run=_batch_export)
    i = _subparser(bsub, "import", "Read batch result files, validate and ground each answer, store it; re-ask "
                   "failed requests live when an endpoint is configured.", "")
    i.add_argument("results", nargs="+", type=Path, metavar="FILE", help="batch output or error files (JSONL)")
    i.add_argument("--db", type=Path, default=Path(DEFAULT_STORE), metavar="FILE",
                   help=f"run store the requests were exported from (default: {DEFAULT_STORE})")
    i.add_argument("--no-reask", action="store_true", help="never call the endpoint: keep what the results hold")
    _llm_options(i)
    i.set_defaults(run=_batch_import)


def _audit(args: argparse.Namespace) -> int:
    from checker.audit_cmd import audit_command

    return audit_command(args)


def _batch_usage(args: argparse.Namespace) -> int:
    raise UsageError("batch needs an action: export or import (checker batch -h for help)")


def _batch_export(args: argparse.Namespace) -> int:
    from checker.batchapi import export_command

    return export_command(args)


def _batch_import(args: argparse.Namespace) -> int:
    from checker.batchapi import import_command

    return import_command(args)


def _eval_parser(sub: Any) -> None:
    p = _subparser(sub, "eval", "Measure the checker on a gold dataset, offline and repeatably.",
                   ENVIRONMENT + "\nexit codes:\n  0  measured (and the gate passed)   1  a gate "
                   "threshold failed   2  usage or input error\n")
    p.add_argument("dataset", nargs="?", type=Path, metavar="DATASET", help="gold: a dataset folder "
                   "(articles/ and *.json gold files; default: the gold set installed with checker), or a "
                   ".jsonl file of gold in the realnews format (real-text metrics: flips, digit baseline)")
    p.add_argument("--extractor", choices=("rules", "replay", "llm"), default="rules",
                   help="extractor to measure (default: rules)")
    p.add_argument("--responses", type=Path, metavar="FILE", help="recorded LLM answers for --extractor "
                   "replay (default: the mocked answers installed with checker)")
    p.add_argument("--replay-model", default="mock-v2", metavar="NAME",
                   help="model the replayed answers were recorded under (default: mock-v2)")
    p.add_argument("--record", type=Path, metavar="FILE",
                   help="with --extractor llm: write the model's answers here, in the replay format")
    p.add_argument("--seed", type=int, default=0, help="seed of the perturbation generator (default: 0)")
    p.add_argument("--per-article", type=_count(0), default=3, metavar="N",
                   help="perturbations per clean gold article (default: 3)")
    p.add_argument("-o", "--out", metavar="FILE", help="write every metric as JSON to FILE")
    p.add_argument("--baseline", type=Path, metavar="FILE", help="a previous --out JSON: show deltas against it")
    p.add_argument("--gate", type=Path, metavar="TOML", help="thresholds file: exit 1 when a metric of this "
                   "extractor's section falls outside (an unknown key is a usage error, exit 2)")
    _llm_options(p)
    p.set_defaults(run=_eval)


def _serve_parser(sub: Any) -> None:
    p = _subparser(sub, "serve", "Serve a local web page: paste or upload an article, get the HTML report.",
                   ENVIRONMENT + "\nexit codes:\n  0  stopped with Ctrl+C   2  usage error (e.g. the port is taken)\n")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this computer "
                   "only; any other address lets others on the network use it)")
    p.add_argument("--port", type=_count(0), default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--extractor", choices=("auto", "rules", "llm"), default="auto",
                   help="auto (default): the LLM when a model or endpoint is configured, else the offline rules")
    _llm_options(p)
    p.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    try:
        from checker.serve import make
    except ImportError as e:
        raise UsageError(f"checker serve needs Flask ({e.name} is not installed): pip install 'checker[serve]'"
                         ) from None
    extractor = build_extractor(args.extractor, {k: getattr(args, k) for k in ("model", "base_url", "mode",
                                                                                "concurrency")})
    try:
        server = make(args.host, args.port, extractor)
    except OSError as e:
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({e.strerror or e})") from None
    if not _loopback(args.host):
        say("warning", f"serving on {args.host}: anyone who can reach this address can use the page")
    if args.quiet:
        import logging

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    else:
        say("", f"serving on http://{args.host}:{server.port}/ with the {extractor.name} extractor (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_CLEAN


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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


def _run_with_progress(args: argparse.Namespace, extractor: Extractor) -> RunResult:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from checker.inputs import load
    from checker.pipeline import run

    items = list(load(args.paths, published=args.published, exclude=report_file_filter(args.out),
                      max_article_bytes=args.max_article_bytes))
    err = Console(stderr=True)
    show = len(items) > 1 and err.is_terminal and not args.quiet
    with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("articles", total=sum(1 for i in items if not isinstance(i, CheckerError)))
        return run(items, extractor, progress=lambda: bar.advance(task))


def _check(args: argparse.Namespace) -> int:
    from checker.report import render_html, render_json, render_markdown

    if args.out is not None:
        check_out_path(args.out)
    llm = {k: getattr(args, k) for k in ("model", "base_url", "mode", "concurrency", "max_tokens_total",
                                         "max_attempts", "max_output_tokens", "timeout_s", "cache", "no_cache")}
    result = _run_with_progress(args, build_extractor(args.extractor, llm))
    if args.format == "json":
        text = render_json(result)
        if args.out is None and not can_encode(text, encoding_of(sys.stdout)):
            text = render_json(result, ensure_ascii=True)  # still exact: \\u escapes, not stand-ins
    elif args.format == "html":
        text = render_html(result, show_all=args.show == "all")
        if args.out is None and not can_encode(text, encoding_of(sys.stdout)):
            text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")  # exact: &#NNNN; references
    else:
        text = render_markdown(result, show_all=args.show == "all")
    _emit(text, args.out)
    for input_error in result.input_errors:
        say("error", str(input_error))
    for a in result.articles:
        for msg in a.errors:
            say("error", msg)
        if a.partial and not args.quiet:
            say("warning", f"{a.article.id}: partly extracted: {a.partial}")
    if result.has_errors:
        return EXIT_ERROR
    return EXIT_CONTRADICTION if result.contradictions else EXIT_CLEAN


def _emit(text: str, out: str | None) -> None:
    """The report to stdout, or to the file given with --out (always UTF-8)."""
    if out is None:
        write(text)
        return
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"--out {out}: cannot write the report ({e.strerror or e})") from None


def _eval(args: argparse.Namespace) -> int:
    from checker.evaluation.run import evaluate, load_thresholds, render_table
    from checker.evaluation.run import load as load_gold
    from checker.resources import default_dataset, default_responses

    if args.out is not None:
        check_out_path(args.out)
    dataset = args.dataset if args.dataset is not None else default_dataset()
    if dataset.suffix.lower() == ".jsonl":
        return _eval_real(args, dataset, default_responses)
    limits = load_thresholds(args.gate, args.extractor) if args.gate is not None else None
    gold = load_gold(dataset)
    ex, record_into = _eval_extractor(args, default_responses)
    metrics = evaluate(gold, ex, seed=args.seed, per_article=args.per_article)
    if record_into is not None:
        from checker.evaluation.perturb import generate

        variants = generate(gold, seed=args.seed, per_article=args.per_article)
        _record(record_into, [g.article for g in gold] + [v.article for v in variants], args.record,
                quiet=args.quiet)
    return _eval_output(args, metrics, render_table, args.extractor, limits)


def _eval_real(args: argparse.Namespace, dataset: Path, default_responses: Callable[[], Path]) -> int:
    """Real-text gold (realnews JSONL): claims against gold figures with the digit-regex baseline,
    planted errors (flips), false alarms, real inconsistencies."""
    from checker.evaluation.realeval import evaluate_real, flip_articles
    from checker.evaluation.realgold import load_realgold
    from checker.evaluation.realreport import REAL_GATES, gate_section, render_real_table
    from checker.evaluation.run import load_thresholds

    section = gate_section(args.extractor)
    limits = load_thresholds(args.gate, section, REAL_GATES) if args.gate is not None else None
    real = load_realgold(dataset)
    if not args.quiet:
        for w in real.warnings:
            say("warning", w)
    ex, record_into = _eval_extractor(args, default_responses)
    metrics = evaluate_real(real, ex)
    if record_into is not None:
        _record(record_into, flip_articles(real)[1], args.record, quiet=args.quiet)
    return _eval_output(args, metrics, render_real_table, section, limits, REAL_GATES)


def _eval_output(args: argparse.Namespace, metrics: dict[str, Any], render: Callable[..., str], section: str,
                 limits: dict[str, float] | None, gates: dict[str, Any] | None = None) -> int:
    import json

    from checker.evaluation.run import gate as check_gate

    try:
        base = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline else None
    except (OSError, ValueError) as e:
        raise UsageError(f"--baseline {args.baseline}: cannot read it ({e})") from None
    write(render(metrics, base))
    if args.out is not None:
        _emit(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", args.out)
    if limits is None:
        return EXIT_CLEAN
    failures = check_gate(metrics, limits, gates=gates)
    for f in failures:
        say("eval gate", f)
    if failures:
        return EXIT_CONTRADICTION
    if not args.quiet:
        say("", f"eval gate [{section}] passed")
    return EXIT_CLEAN


def _eval_extractor(args: argparse.Namespace, default_responses: Callable[[], Path]
                    ) -> tuple[Extractor, LLMExtractor | None]:
    """The extractor to measure, and the LLM extractor whose answers --record writes (if any)."""
    if args.extractor == "replay":
        from checker.extract.replay import ReplayExtractor

        return ReplayExtractor(args.responses or default_responses(), args.replay_model), None
    if args.extractor == "rules":
        return build_extractor("rules"), None
    import tempfile

    from checker.extract.llm import LLMExtractor

    cache = None
    if args.record is not None:  # answers are recorded from a fresh cache of this run only
        cache = Path(tempfile.mkdtemp(prefix="checker-record-")) / "record.sqlite"
    ex = build_extractor("llm", {"model": args.model, "base_url": args.base_url, "mode": args.mode,
                                 "concurrency": args.concurrency, "cache": cache})
    return ex, ex if args.record is not None and isinstance(ex, LLMExtractor) else None


def _record(ex: LLMExtractor, articles: list[Article], path: Path, *, quiet: bool) -> None:
    """Write every answer the live model gave (gold articles and their variants) in the replay format."""
    from checker.extract.replay import record_line

    lines = []
    for a in articles:
        entry = ex.cache.get(ex.cache_key(a)) if ex.cache is not None else None
        if entry is not None:
            lines.append(record_line(a, ex.prompt_hash, ex.config.model, entry.chunks))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not quiet:
        say("", f"recorded {len(lines)} answers to {path}")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code instead of raising SystemExit (for tests and embedding)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_usage(sys.stderr)
            say("error", "a command is required: check, audit, batch, eval or serve (checker -h for help)")
            return EXIT_ERROR
        code: int = args.run(args)
        return code
    except SystemExit as e:  # argparse: --help and --version (0), usage errors (2)
        return e.code if isinstance(e.code, int) else (EXIT_CLEAN if e.code is None else EXIT_ERROR)
    except CheckerError as e:
        for line in getattr(e, "problems", None) or str(e).splitlines() or [str(e)]:
            say("error", line)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("error", "interrupted")
        return EXIT_INTERRUPTED

"""CLI conventions (as in ruff and pytest): help, version, quiet, --out checked first, `-` for stdin,
the report never read back as an input, one error a line, output any stream can encode."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import checker.cli as cli
from checker import __version__
from checker.cli import main
from checker.console import fit
from tests.helpers import ROOT, SEEDS, seed

DATASET = ROOT / "eval" / "data"


def _checker(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
             stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "checker", *args], stdout=stdout, stderr=subprocess.PIPE,
                          env=full_env, cwd=cwd, timeout=120, check=False)


# --- help and version -----------------------------------------------------------------------------

def test_help_shows_environment_variables_defaults_and_short_flags(capsys):
    assert main(["check", "-h"]) == 0
    text = capsys.readouterr().out
    for shown in ("-h, --help", "-q, --quiet", "-o FILE, --out FILE", "-f {markdown,json,html}",
                  "--show {issues,all}",
                  "[env: CHECKER_MODEL]", "[env: CHECKER_BASE_URL]", "[env: CHECKER_MODE]",
                  "[env: CHECKER_CONCURRENCY]", "[env: CHECKER_CACHE]", "~/.cache/checker/llm.sqlite",
                  "(default: 4)", "(default: markdown)", "--no-cache", "standard input"):
        assert shown in text, shown
    assert "<bool>" not in text and "BOOLEAN" not in text
    assert main(["--help"]) == 0
    top = capsys.readouterr().out
    assert "CHECKER_API_KEY" in top and "OPENAI_API_KEY" in top and "exit codes" in top
    assert main(["eval", "-h"]) == 0
    assert "unknown key is a usage error" in " ".join(capsys.readouterr().out.split())


def test_help_defaults_agree_with_the_code():
    from checker.cache import default_cache_path
    from checker.extract.llm import LLMConfig

    for name, value in cli.LLM_DEFAULTS.items():
        assert LLMConfig.model_fields[name].default == value, name
    assert Path(cli.DEFAULT_CACHE).expanduser() == default_cache_path()
    assert LLMConfig.model_fields["base_url"].default == cli.OPENAI_URL


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag, capsys):
    assert main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"checker {__version__}"


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2
    assert "a command is required" in capsys.readouterr().err


# --- quiet ----------------------------------------------------------------------------------------

def test_quiet_drops_notes_but_keeps_errors(tmp_path, capsys):
    passing = tmp_path / "gate.toml"
    passing.write_text("[rules]\nfailed_articles_max = 0\n", encoding="utf-8")
    seeds = ["eval", str(DATASET), "--per-article", "0", "--gate", str(passing)]
    assert main(seeds) == 0
    assert "eval gate [rules] passed" in capsys.readouterr().err
    assert main([*seeds, "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["check", "-q", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err == f"checker: error: {tmp_path / 'missing.txt'}: no such file or directory\n"


# --- --out checked before the run -----------------------------------------------------------------

def _no_run(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the run started before --out was checked")


@pytest.mark.parametrize("kind", ["missing folder", "folder", "folder with slash", "new folder with slash"])
def test_out_is_checked_before_the_run(kind, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "build_extractor", _no_run)
    out = {"missing folder": tmp_path / "nope" / "r.md", "folder": tmp_path,
           "folder with slash": f"{tmp_path}{os.sep}", "new folder with slash": f"{tmp_path / 'new'}{os.sep}"}[kind]
    assert main(["check", str(SEEDS), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"checker: error: --out {out}: ")
    assert ("does not exist" if kind == "missing folder" else "is a directory") in err


def test_out_problems_are_one_line_without_traceback_from_a_shell(tmp_path):
    r = _checker("check", str(SEEDS), "-o", str(tmp_path / "missing" / "r.md"))
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().splitlines() == [
        f"checker: error: --out {tmp_path / 'missing' / 'r.md'}: folder {tmp_path / 'missing'} does not exist"]


# --- the report is never read as an input ---------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SEEDS.glob("*.txt"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_out_inside_the_input_folder_is_not_read(tmp_path, capsys):
    folder = _folder(tmp_path)
    report = folder / "report.md"
    report.write_text("", encoding="utf-8")  # left from an earlier run, or created by hand
    assert main(["check", str(folder), "-o", str(report), "-f", "json"]) == 0
    doc = json.loads(report.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in doc["articles"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert main(["check", str(folder), "-o", str(report)]) == 0  # a second run does not read the first
    capsys.readouterr()
    assert main(["check", str(report), "-o", str(report)]) == 2
    assert "is the report being written" in capsys.readouterr().err


def test_stdout_redirected_into_the_input_folder_is_not_read(tmp_path):
    folder = _folder(tmp_path)
    with (folder / "report.md").open("wb") as out:  # what `checker check in/ > in/report.md` does
        r = _checker("check", str(folder), stdout=out)
    assert r.returncode == 0, r.stderr.decode()
    text = (folder / "report.md").read_text(encoding="utf-8")
    assert text.startswith("# Consistency report") and "2 articles, 34 claims" in text


# --- standard input -------------------------------------------------------------------------------

def test_dash_reads_one_article_from_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed("000").encode("utf-8"))))
    assert main(["check", "-", "-f", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (article,) = doc["articles"]
    assert (article["id"], article["source"]) == ("stdin", "<stdin>") and article["claims"]
    assert "390 + 307 = 697" in json.dumps(doc["findings"], ensure_ascii=False)


def test_empty_standard_input_is_an_input_error(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["check", "-"]) == 2
    assert capsys.readouterr().err == "checker: error: <stdin>: empty input\n"


def test_dash_from_a_pipe():
    r = subprocess.run([sys.executable, "-m", "checker", "check", "-", "-f", "json"], input=seed("003").encode(),
                       capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["articles"][0]["published"] == "2026-03-06"


# --- stderr: one error a line ---------------------------------------------------------------------

def test_errors_are_one_line_each_however_long_when_stderr_is_not_a_terminal(tmp_path):
    deep = tmp_path / ("a-folder-with-a-long-name-" * 3) / "and-an-article-file-with-a-long-name-too.txt"
    r = _checker("check", str(deep), str(tmp_path / "second-missing-file.txt"), env={"COLUMNS": "40"})
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [
        f"checker: error: {deep}: no such file or directory",
        f"checker: error: {tmp_path / 'second-missing-file.txt'}: no such file or directory"]


# --- encodings ------------------------------------------------------------------------------------

def test_ascii_stand_ins_for_symbols_a_stream_cannot_encode():
    assert fit("✓ 390 + 307 = 697 ≠ 679 → ≤ “q” — Áncash", "ascii") == 'OK 390 + 307 = 697 != 679 -> <= "q" -- Ancash'
    assert fit("✓ “q” — Áncash ✗", "cp1252") == "OK “q” — Áncash X"
    assert fit("✓ ≠", "utf-8") == "✓ ≠"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_reports_on_a_non_utf8_stdout_degrade_instead_of_crashing(encoding):
    r = _checker("check", str(SEEDS), env={"PYTHONIOENCODING": encoding})
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    text = r.stdout.decode(encoding)
    assert "- OK 390 + 307 = 697 " in text and "- ? **unclear** " in text
    r = _checker("check", str(SEEDS), "-f", "json", env={"PYTHONIOENCODING": encoding})
    assert r.returncode == 0 and json.loads(r.stdout.decode(encoding))["summary"]["contradiction"] == 0
    r = _checker("check", str(SEEDS), "-f", "html", env={"PYTHONIOENCODING": encoding})
    page = r.stdout.decode("ascii")  # exact: every symbol a character reference, not a stand-in
    assert r.returncode == 0 and "&#10003;" in page and "390 + 307 = 697" in page


def test_eval_table_on_a_non_utf8_stdout(tmp_path):
    r = _checker("eval", str(DATASET), "--per-article", "0", env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    assert "claim F1" in r.stdout.decode("ascii")

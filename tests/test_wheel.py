"""The wheel, installed as a user would, works outside the repository: prompts and gold data ship in it.

Builds the wheel from a copy of the sources (no stale build/ folder), installs it with pip into a fresh
virtual environment (system site-packages visible for the dependencies, `--no-deps --no-index`: no
download), and runs the installed `checker` from a temporary folder outside the repository: the
offline check on the examples, the LLM extractor against the fake server on 127.0.0.1, and `checker
eval` on a given dataset and on the installed default. Each run first proves it is the wheel's code.

Deselect with `-m "not wheel"` (about 20 s); `.ci/run` runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.evaluation.gold import load_dataset
from checker.extract.prompts import PromptSet
from tests.fake_openai_server import FakeOpenAIServer
from tests.helpers import ROOT, SEEDS

pytestmark = [pytest.mark.wheel, pytest.mark.allow_model_requests]

SOURCES = ("pyproject.toml", "README.md", "checker", "prompts", "eval/data")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "*.sqlite")
TIMEOUT_S = 300


@dataclass(frozen=True)
class Installed:
    venv: Path
    outside: Path  # a working folder outside the repository

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _sh(*args, cwd=self.outside)

    def checker(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.bin / "checker"), *args)


def _clean_env() -> dict[str, str]:
    """No PYTHONPATH (it would put this checkout first) and pip without an index or cache."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update({"PIP_NO_INDEX": "1", "PIP_NO_CACHE_DIR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    return env


def _sh(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False)


def _ok(r: subprocess.CompletedProcess[str], *codes: int) -> subprocess.CompletedProcess[str]:
    assert r.returncode in (codes or (0,)), f"exit {r.returncode}\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}"
    return r


def _copy_sources(dest: Path) -> None:
    for name in SOURCES:
        src = ROOT / name
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, target, ignore=JUNK)
        else:
            shutil.copy2(src, target)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("wheel")
    src, dist, venv, outside = work / "src", work / "dist", work / "venv", work / "outside"
    outside.mkdir()
    _copy_sources(src)
    _ok(_sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
            "-w", str(dist), str(src)))
    (wheel,) = dist.glob("checker-*.whl")
    _ok(_sh(sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)))
    # The venv sees the system's pip; --ignore-installed puts checker in the venv even though an
    # (editable) checker is installed system-wide.
    _ok(_sh(str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
            str(wheel)))
    yield Installed(venv, outside)


def test_the_installed_code_and_data_are_the_wheels(installed: Installed) -> None:
    probe = ("import json, checker, checker.resources as r; print(json.dumps([checker.__file__, "
             "str(r.prompts_dir()), str(r.default_dataset()), str(r.default_responses())]))")
    paths = json.loads(_ok(installed.run(str(installed.bin / "python"), "-c", probe)).stdout)
    package = Path(paths[0]).parent
    assert package.is_relative_to(installed.venv), paths  # not this checkout, not the system's editable one
    assert [Path(p) for p in paths[1:]] == [package / "prompts", package / "evaluation" / "data",
                                            package / "evaluation" / "data" / "responses" / "mock-v2.jsonl"]
    shipped = {p.relative_to(package).as_posix() for p in package.rglob("*.py")}
    source = {p.relative_to(ROOT / "checker").as_posix() for p in (ROOT / "checker").rglob("*.py")}
    assert source <= shipped, sorted(source - shipped)
    for name in ("extract_v2.system.md", "extract_v2.instructions.md", "extract_v2.examples.jsonl"):
        assert (package / "prompts" / name).read_bytes() == (ROOT / "prompts" / name).read_bytes()


def test_check_on_the_examples(installed: Installed) -> None:
    examples = installed.outside / "examples"
    shutil.copytree(SEEDS, examples, dirs_exist_ok=True)
    r = _ok(installed.checker("check", str(examples)))
    assert "390 + 307 = 697" in r.stdout and r.stdout.startswith("# Consistency report: no contradiction found")
    page = _ok(installed.checker("check", str(examples), "-f", "html")).stdout  # the templates ship
    assert page.startswith("<!DOCTYPE html>") and "390 + 307 = 697" in page
    assert _ok(installed.checker("--version")).stdout.strip() == "checker 0.1.0"


def test_llm_extractor_against_the_fake_server(installed: Installed) -> None:
    with FakeOpenAIServer() as server:
        r = _ok(installed.checker("check", str(SEEDS), "-f", "json", "--extractor", "llm", "--no-cache",
                                  "--base-url", server.base_url, "--model", "fake-model"), 0, 1)
        calls = server.calls
    doc = json.loads(r.stdout)
    assert doc["extractor"] == "llm:fake-model" and calls == 2
    assert doc["usage"]["prompt_hash"] == PromptSet.load().hash  # the shipped prompt files, byte for byte
    assert all(a["claims"] and not a["errors"] for a in doc["articles"]), r.stderr


def test_eval_on_a_given_dataset_and_on_the_installed_default(installed: Installed) -> None:
    given = installed.outside / "my-dataset"
    (given / "articles").mkdir(parents=True, exist_ok=True)
    for p in (ROOT / "eval" / "data" / "articles").glob("00*.txt"):
        shutil.copy2(p, given / "articles" / p.name)
    shutil.copy2(ROOT / "eval" / "data" / "gold_seeds.json", given / "gold_seeds.json")
    r = _ok(installed.checker("eval", str(given), "--per-article", "1"))
    assert "2 gold articles, 2 perturbations" in r.stdout
    shipped = len(load_dataset(ROOT / "eval" / "data"))
    r = _ok(installed.checker("eval", "--per-article", "0"))
    assert f"{shipped} gold articles" in r.stdout
    r = _ok(installed.checker("eval", "--extractor", "replay", "--per-article", "0", "-o", "replay.json"))
    assert json.loads((installed.outside / "replay.json").read_text(encoding="utf-8"))["failed_articles"] == 0

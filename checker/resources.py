"""Data shipped inside the checker package: the extraction prompts and the bundled gold dataset.

In a wheel they sit in the package, where pyproject.toml maps them (`checker.prompts` from the
repository's `prompts/`, `checker.evaluation.data` from `eval/data/`) and `importlib.resources` finds
them. In a source checkout (PYTHONPATH, or an editable install) the package has no such folders, and
they are read where they live in the repository, so there is one copy of each file.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]  # the repository root, when running from a checkout


def shipped(in_package: str, in_checkout: str) -> Path:
    """The folder `in_package` (e.g. 'prompts') inside the installed package, else `in_checkout`
    (e.g. 'prompts') of the source checkout. When neither exists the package path is returned, so
    the caller's error names where the installed files should be."""
    installed = files("checker").joinpath(*in_package.split("/"))
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    checkout = _CHECKOUT / in_checkout
    if checkout.is_dir() or not isinstance(installed, Path):
        return checkout
    return installed


def prompts_dir() -> Path:
    return shipped("prompts", "prompts")


def default_dataset() -> Path:
    return shipped("evaluation/data", "eval/data")


def default_responses() -> Path:
    return default_dataset() / "responses" / "mock-v2.jsonl"

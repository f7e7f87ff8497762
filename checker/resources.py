"""Data shipped with checker: the bundled gold dataset and its recorded model answers."""

from __future__ import annotations

from pathlib import Path


def default_dataset() -> Path:
    return Path("eval/data")


def default_responses() -> Path:
    return Path("eval/data/responses/mock-v1.jsonl")

"""Extractors turn an Article into typed claims. Every extractor sits behind one seam."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from checker.claims import Article, Extraction


class Extractor(Protocol):
    """The seam: rules, LLM, replay and test fakes all implement it."""

    name: str

    def extract(self, article: Article) -> Extraction: ...


class UsageRecord(Protocol):
    def as_dict(self) -> dict[str, Any]: ...


@runtime_checkable
class CountsUsage(Protocol):
    """An extractor that counts its calls and tokens (the LLM extractor), for the reports."""

    @property
    def prompt_hash(self) -> str: ...

    @property
    def usage(self) -> Mapping[str, UsageRecord]: ...

    @property
    def total_usage(self) -> UsageRecord: ...

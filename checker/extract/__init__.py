"""Extractors turn an Article into typed claims. Every extractor sits behind one seam."""

from __future__ import annotations

from typing import Protocol

from checker.claims import Article, Extraction


class Extractor(Protocol):
    """The seam: rules, LLM, replay and test fakes all implement it."""

    name: str

    def extract(self, article: Article) -> Extraction: ...

"""One exception tree, mapped once to exit codes in the CLI."""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error the checker reports to a user (exit code 2)."""


class UsageError(CheckerError):
    """Bad command-line arguments or configuration."""


class InputError(CheckerError):
    """An input item cannot be read; names the item (file, and line where known)."""

    def __init__(self, item: str, problem: str) -> None:
        self.item = item
        self.problem = problem
        super().__init__(f"{item}: {problem}")


class ExtractionError(CheckerError):
    """An extractor failed for one article (after its retries)."""

    def __init__(self, article_id: str, problem: str) -> None:
        self.article_id = article_id
        self.problem = problem
        super().__init__(f"{article_id}: {problem}")


class StoreError(CheckerError):
    """The run store cannot be used: locked by another audit, written by a newer checker, not a store."""

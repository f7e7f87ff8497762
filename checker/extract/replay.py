"""Replay: serve recorded LLM answers so the whole LLM pipeline runs offline and deterministically.

A responses file is JSONL, one line per article answer:

    {"article_sha256": "...", "prompt_hash": "...", "model": "gpt-4o-mini",
     "chunks": [{"start": 0, "end": 2143, "raw": "{\\"claims\\": [...]}", "grounded": true, "reasks": 0}]}

`raw` is exactly what the model returned (the tool-call arguments or JSON content). Replayed answers
go through the same parsing, validation and grounding as live ones (`build_extraction`); only the
HTTP call is skipped. `record` writes the same format from a live run's cache.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from checker.claims import Article, Extraction
from checker.errors import UsageError
from checker.extract.llm_schema import ChunkAnswer, build_extraction
from checker.extract.prompts import PromptSet


def article_sha(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def read_responses(path: Path) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Recorded answers by (article sha256, prompt hash, model); malformed lines are errors."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise UsageError(f"{path}: cannot read responses: {e}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            key = (rec["article_sha256"], rec["prompt_hash"], rec["model"])
            chunks = rec["chunks"]
            if not isinstance(chunks, list):
                raise TypeError("chunks is not a list")
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise UsageError(f"{path}:{n}: malformed recorded response: {e}") from None
        out[key] = chunks
    return out


class ReplayExtractor:
    """The Extractor seam over recorded answers: no network, same parsing and grounding as live."""

    def __init__(self, path: Path | str, model: str, prompts: PromptSet | None = None) -> None:
        self.path = Path(path)
        self.model = model
        self.prompt_hash = (prompts or PromptSet.load()).hash
        self.name = f"replay:{model}"
        self._answers = read_responses(self.path)

    def extract(self, article: Article) -> Extraction:
        chunks = self._answers.get((article_sha(article), self.prompt_hash, self.model))
        if chunks is None:
            return Extraction(article_id=article.id, extractor=self.name, errors=[
                f"{article.id}: no recorded response in {self.path.name} for this text, prompt "
                f"{self.prompt_hash[:12]} and model {self.model}"])
        return build_extraction(article, [ChunkAnswer.from_json(c) for c in chunks], self.name)


def record_line(article: Article, prompt_hash: str, model: str, chunks: list[dict[str, Any]]) -> str:
    return json.dumps({"article_sha256": article_sha(article), "prompt_hash": prompt_hash, "model": model,
                       "chunks": chunks}, ensure_ascii=False)

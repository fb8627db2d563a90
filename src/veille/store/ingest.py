"""Readers -> pipeline -> store, streaming, one transaction per batch, resumable.

The ledger decides what to do with each input: an article already stored by the same
pipeline version is left alone, so re-running a command changes nothing and a run killed at
any moment resumes where its last committed batch ended. `force` redoes everything; records
made by another pipeline version are redone by default.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from veille.article import Article
from veille.pipeline import Extractor, Failure
from veille.records import SECTIONS, ArticleResult
from veille.settings import Settings
from veille.sources import ReadFailure, read_paths
from veille.store import Store
from veille.store.consolidation import is_consolidated, rebuild
from veille.store.write import (
    DONE,
    FAILED,
    LedgerFailure,
    current_pipeline_version,
    failure_id,
    write_batch,
)


@dataclass
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    records: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    seconds: float = 0.0
    consolidated: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "records": {section: self.records[section] for section in SECTIONS},
            "batches": self.batches,
            "seconds": round(self.seconds, 3),
            "consolidated": self.consolidated,
        }


@dataclass
class Hooks:
    """What the caller wants to hear about (the CLI prints; tests count)."""

    on_failure: Callable[[str, str], None] = lambda where, message: None
    on_stored: Callable[[int], None] = lambda n: None


def _load_ledger(store: Store) -> dict[str, tuple[str, str | None, str | None]]:
    with store.writing() as con:
        rows = con.execute(
            "SELECT article_id, status, pipeline_version, error FROM ledger"
        ).fetchall()
    return {aid: (status, version, error) for aid, status, version, error in rows}


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings | None = None,
    *,
    batch_size: int = 64,
    force: bool = False,
    hooks: Hooks | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Store the records of every article under `paths`; see the module docstring."""
    settings = settings or Settings()
    hooks = hooks or Hooks()
    started = time.monotonic()
    summary = IngestSummary()
    version = current_pipeline_version()
    ledger = _load_ledger(store)
    seen: set[str] = set()
    pending_failures: list[LedgerFailure] = []

    def fail(key: str, source: str, where: str, message: str) -> None:
        summary.failed += 1
        hooks.on_failure(where, message)
        previous = ledger.get(key)
        if force or previous != (FAILED, version, message):
            pending_failures.append(LedgerFailure(key, source, message))

    def candidates() -> Iterator[Article]:
        for item in read_paths(paths, settings):
            if isinstance(item, ReadFailure):
                fail(failure_id(item.where), item.source, item.where, str(item.error))
                continue
            if item.id in seen:
                summary.unchanged += 1
                continue
            seen.add(item.id)
            state = ledger.get(item.id)
            if not force and state is not None and state[0] == DONE and state[1] == version:
                summary.unchanged += 1
                continue
            yield item

    results: list[ArticleResult] = []

    def flush() -> None:
        if not results and not pending_failures:
            return
        now = datetime.now(UTC)  # clock-ok: when the ledger row was written, not extraction
        with store.writing() as con:
            write_batch(con, results, pending_failures, now=now, version=version)
        summary.batches += 1
        hooks.on_stored(len(results))
        results.clear()
        pending_failures.clear()

    stream = candidates()
    first = next(stream, None)
    if first is not None:
        if extractor is None:
            extractor = Extractor(settings)
            extractor.settle()
        for outcome in extractor.run(itertools.chain([first], stream)):
            if isinstance(outcome, Failure):
                article = outcome.article
                fail(article.id, article.source, article.source, outcome.message)
            else:
                state = ledger.get(outcome.article.id)
                if state is not None and state[0] == DONE:
                    summary.updated += 1
                else:
                    summary.new += 1
                for section in SECTIONS:
                    summary.records[section] += len(getattr(outcome, section))
                results.append(outcome)
            if len(results) + len(pending_failures) >= batch_size:
                flush()
    flush()
    with store.writing() as con:
        if not is_consolidated(con):
            summary.consolidated = rebuild(con)
    summary.seconds = time.monotonic() - started
    return summary

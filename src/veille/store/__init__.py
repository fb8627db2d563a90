"""The DuckDB store: record tables, an ingestion ledger, consolidated tables.

`Store(path).writing()` and `.reading()` open short-lived connections: the one writer (an
ingest) holds the file only while it commits a batch, so readers get in between batches.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from veille.store import migrations
from veille.store.connection import DEFAULT_WAIT, connect
from veille.store.errors import NotFound, StoreError, StoreLocked, StoreMissing

DEFAULT_DB = "veille.duckdb"

__all__ = ["DEFAULT_DB", "NotFound", "Store", "StoreError", "StoreLocked", "StoreMissing"]


class Store:
    """A store file; connections are opened per use and closed right after."""

    def __init__(self, path: str | Path = DEFAULT_DB, wait: float = DEFAULT_WAIT) -> None:
        self.path = Path(path)
        self.wait = wait

    @contextmanager
    def writing(self) -> Iterator:
        """A read-write connection, the schema brought up to date; released on exit."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = connect(self.path, read_only=False, wait=self.wait)
        try:
            migrations.apply(con)
            yield con
        finally:
            con.close()

    @contextmanager
    def reading(self) -> Iterator:
        """A read-only connection (many readers may hold one at once, never with a writer)."""
        con = connect(self.path, read_only=True, wait=self.wait)
        try:
            version = migrations.current_version(con)
            if version != migrations.SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {version}, this veille expects "
                    f"{migrations.SCHEMA_VERSION} (run `veille ingest` once to upgrade it)"
                )
            yield con
        finally:
            con.close()

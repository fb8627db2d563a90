"""Opening the DuckDB file: one writer at a time, readers between the writer's batches.

DuckDB lets one process open a file read-write, or many processes open it read-only, never
both at once. The ingest therefore holds the file only while it commits a batch and releases
it in between; readers (`veille serve`, the query commands) open short read-only connections
and retry while a batch is being written. Either side waits, up to `wait` seconds, for the
other to let go.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from veille.store.errors import StoreError, StoreLocked, StoreMissing

DEFAULT_WAIT = 30.0
_RETRY_EVERY = 0.05


def _is_lock_conflict(error: duckdb.Error) -> bool:
    text = str(error).lower()
    return "lock" in text or "conflicting" in text or "being used" in text


def connect(path: str | Path, *, read_only: bool, wait: float = DEFAULT_WAIT):
    """A connection to the store at `path`, retrying while another process holds the file."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreMissing(f"no store at {path} (run `veille ingest PATH --db {path}` first)")
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if not _is_lock_conflict(error):
                raise StoreError(f"cannot open {path}: {error}") from error
            if time.monotonic() >= deadline:
                raise StoreLocked(
                    f"{path} is held by another process (an ingest or a reader) "
                    f"for more than {wait:.0f} s"
                ) from error
            time.sleep(_RETRY_EVERY)
        except duckdb.Error as error:
            raise StoreError(f"cannot open {path}: {error}") from error

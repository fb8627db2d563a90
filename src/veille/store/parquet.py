"""Every table of the store as one typed Parquet file."""

from __future__ import annotations

from pathlib import Path

from veille.store.consolidation import DERIVED_TABLES
from veille.store.write import RECORD_TABLES

TABLES = ("ledger", "articles", *RECORD_TABLES, *DERIVED_TABLES)


def copy_to_parquet(con, out: Path) -> list[Path]:
    written = []
    for table in TABLES:
        path = out / f"{table}.parquet"
        escaped = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table}) TO '{escaped}' (FORMAT parquet)")
        written.append(path)
    return written

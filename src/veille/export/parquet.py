"""`--format parquet`: one typed Parquet file per table (records, ledger, consolidated)."""

from __future__ import annotations

from pathlib import Path

from veille.store.parquet import copy_to_parquet


def write(con, out: Path) -> list[Path]:
    return copy_to_parquet(con, out)

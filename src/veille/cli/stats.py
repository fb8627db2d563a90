"""`veille stats [--db FILE]`: rows per table and ledger entries per status."""

from __future__ import annotations

import sys

from veille import query
from veille.cli.store_options import DEFAULT_DB, DbOption, JsonOption, reading, write_json


def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Counts per table and per ledger status."""
    with reading(db) as con:
        result = query.stats(con)
    if as_json:
        write_json(result)
        return
    for table, n in result["tables"].items():
        sys.stdout.write(f"{table:16} {n:>10,}\n")
    for status, n in result["ledger"].items():
        sys.stdout.write(f"ledger {status:9} {n:>10,}\n")
    if not result["consolidated"]:
        sys.stdout.write("consolidation pending (the next ingest does it)\n")

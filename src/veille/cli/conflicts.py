"""`veille conflicts`: figures about the same thing that different articles disagree on."""

from __future__ import annotations

import sys

from veille import query
from veille.cli.store_options import DEFAULT_DB, DbOption, JsonOption, reading, write_json


def conflicts(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Same unit, subject and date; values further apart than the tolerance."""
    with reading(db) as con:
        rows = query.conflicts(con)
    if as_json:
        write_json(rows)
        return
    for c in rows:
        sys.stdout.write(f"{c['subject']} ({c['unit']}, {c['date']}): x{c['ratio']}\n")
        for side in "ab":
            sys.stdout.write(
                f"  {c[f'text_{side}']!r} = {c[f'value_{side}']:,} "
                f"[{c[f'start_{side}']}:{c[f'end_{side}']}] {c[f'source_{side}']}\n"
            )
    if not rows:
        sys.stderr.write("veille: no conflicting figures\n")

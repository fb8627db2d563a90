"""What the store commands share: the --db and --json options and one way to fail."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from veille.cli import exit_codes, report
from veille.errors import VeilleError
from veille.store import DEFAULT_DB, Store

DbOption = Annotated[str, typer.Option("--db", help="The store file (DuckDB).")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON on stdout.")]
__all__ = ["DEFAULT_DB", "DbOption", "JsonOption", "reading", "write_json", "write_table"]


@contextmanager
def reading(db: str) -> Iterator:
    """A read-only connection; store and query errors end the command with one line."""
    try:
        with Store(db).reading() as con:
            yield con
    except (VeilleError, ValueError) as error:
        report.fatal(str(error))
        raise typer.Exit(exit_codes.FATAL) from None


def write_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")


def write_csv(rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Aligned columns for a terminal; tabs keep it readable by `cut` too."""
    if not rows:
        report.stderr.print("veille: nothing matches", markup=False)
        return
    cells = [
        [
            ("" if row.get(c) is None else report.printable(str(row[c]), one_line=True))
            for c in columns
        ]
        for row in rows
    ]
    widths = [min(40, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    sys.stdout.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)) + "\n")
    for row in cells:
        line = "  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True))
        sys.stdout.write(line.rstrip() + "\n")

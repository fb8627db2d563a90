"""`veille export --format F --out DIR`: gdelt, parquet, jsonl, gexf or brat."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from veille.cli import exit_codes, report
from veille.cli.store_options import DEFAULT_DB, DbOption, reading
from veille.export import FORMATS, export


def export_command(
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))],
    out: Annotated[Path, typer.Option("--out", help="Folder to write into (created).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the store in another format; the paths written go to stdout."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    with reading(db) as con:
        try:
            written = export(con, fmt, out)
        except OSError as error:
            report.fatal(f"cannot write to {out}: {error.strerror or error}")
            raise typer.Exit(exit_codes.FATAL) from None
    for path in written:
        sys.stdout.write(f"{path}\n")

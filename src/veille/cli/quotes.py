"""`veille quotes [--speaker NAME] [--contains WORDS]`: who said what, where."""

from __future__ import annotations

from typing import Annotated

import typer

from veille import query
from veille.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    JsonOption,
    reading,
    write_json,
    write_table,
)


def quotes(
    speaker: Annotated[str | None, typer.Option(help="Quotes by this actor.")] = None,
    contains: Annotated[str | None, typer.Option(help="Quotes with these words.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Quotes with their speaker, cue and source."""
    with reading(db) as con:
        rows = query.quotes(con, speaker=speaker, contains=contains, limit=limit)
    if as_json:
        write_json(rows)
    else:
        write_table(rows, ("published", "speaker_name", "cue", "text", "source"))

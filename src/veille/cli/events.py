"""`veille events`: consolidated events, filtered by actor, counterpart, code, class, dates."""

from __future__ import annotations

from typing import Annotated

import typer

from veille import query
from veille.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    JsonOption,
    reading,
    write_csv,
    write_json,
    write_table,
)

COLUMNS = ("date", "code", "source_name", "target_name", "modality", "n_articles", "n_sources",
           "goldstein", "first_source")  # fmt: skip


def events(
    actor: Annotated[str | None, typer.Option(help="Events with this actor (either side).")] = None,
    counterpart: Annotated[
        str | None, typer.Option(help="...and this one on the other side.")
    ] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root: 04.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix: 042.")] = None,
    quad_class: Annotated[int | None, typer.Option("--quad-class", min=1, max=4)] = None,
    modality: Annotated[
        str | None, typer.Option(help="asserted | planned | negated | possible | reported")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="From this date: 2022, 2022-02, 2022-02-04.")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, included.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV with a header on stdout.")] = False,
) -> None:
    """Events merged across their reports, oldest first."""
    with reading(db) as con:
        rows = query.events(
            con, actor=actor, counterpart=counterpart, root=root, code=code,
            quad_class=quad_class, modality=modality, since=since, until=until, limit=limit,
        )  # fmt: skip
    if as_json:
        write_json(rows)
    elif as_csv:
        write_csv(rows)
    else:
        write_table(rows, COLUMNS)

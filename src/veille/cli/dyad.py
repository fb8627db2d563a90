"""`veille dyad A B --by month`: what two actors did to each other, period by period."""

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


def dyad(
    a: Annotated[str, typer.Argument(help="First actor (name, alias or id).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    by: Annotated[str, typer.Option(help="day | month | year")] = "month",
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Counts per QuadClass, sum and mean Goldstein, in both directions."""
    with reading(db) as con:
        rows = query.dyad(con, a, b, by=by)
    if as_json:
        write_json(rows)
    else:
        write_table(rows, ("period", "direction", "n_events", *query.QUAD_NAMES.values(),
                           "sum_goldstein", "mean_goldstein"))  # fmt: skip

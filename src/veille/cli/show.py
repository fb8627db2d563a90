"""`veille show ARTICLE`: the article in the terminal with its annotations highlighted."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from veille import query
from veille.cli.report import printable
from veille.cli.store_options import DEFAULT_DB, DbOption, JsonOption, reading, write_json

STYLES = {
    "actor": "bold cyan",
    "timex": "green",
    "quote": "italic yellow",
    "amount": "bold magenta",
    "event": "reverse red",
}


def highlighted(record: dict) -> Text:
    """The text with each annotation styled at its offsets (later layers win)."""
    text = Text(printable(record["article"]["text"]))
    for quote in record["quotes"]:
        text.stylize(STYLES["quote"], quote["start"], quote["end"])
    for actor in record["actors"]:
        for mention in actor["mentions"]:
            text.stylize(STYLES["actor"], mention["start"], mention["end"])
    for timex in record["timexes"]:
        text.stylize(STYLES["timex"], timex["start"], timex["end"])
    for amount in record["amounts"]:
        text.stylize(STYLES["amount"], amount["start"], amount["end"])
    for event in record["events"]:
        text.stylize(STYLES["event"], event["trigger"]["start"], event["trigger"]["end"])
    return text


def show(
    article: Annotated[str, typer.Argument(help="Article id, id prefix, or source.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Print one stored article with its actors, dates, quotes, amounts and events marked."""
    with reading(db) as con:
        record = query.article(con, article)
    if as_json:
        write_json(record)
        return
    console = Console(highlight=False)
    meta = record["article"]
    header = f"{meta['id']}  {meta['published'] or '-'}  {meta['source']}"
    console.print(printable(header, one_line=True), style="dim", markup=False)
    console.print(highlighted(record))
    console.print(Text("  ").join(Text(name, style=style) for name, style in STYLES.items()))
    names = {a["id"]: a["name"] for a in record["actors"]}
    for e in record["events"]:
        console.print(
            f"  {e['code']} {names.get(e['source'], e['source'] or '?')} -> "
            f"{names.get(e['target'], e['target'] or '?')} {e['date'] or '-'} {e['modality']}: "
            f"{printable(e['trigger']['text'], one_line=True)!r}",
            markup=False,
        )

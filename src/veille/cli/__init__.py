"""The `veille` command: one module per subcommand, each a thin shell over the library."""

from __future__ import annotations

import typer

from veille.cli import (
    actors,
    conflicts,
    dyad,
    events,
    export,
    extract,
    ingest,
    quotes,
    show,
    stats,
)

app = typer.Typer(
    name="veille",
    help="French-first news monitoring: dated articles in, structured provenanced records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract.extract)
app.command("ingest")(ingest.ingest_command)
app.command("stats")(stats.stats)
app.command("events")(events.events)
app.command("actors")(actors.actors)
app.command("actor")(actors.actor)
app.command("dyad")(dyad.dyad)
app.command("quotes")(quotes.quotes)
app.command("conflicts")(conflicts.conflicts)
app.command("show")(show.show)
app.command("export")(export.export_command)


@app.callback()
def _root() -> None:
    """veille reads dated French news and extracts actors, dates, quotes, amounts, events."""


def main() -> None:
    app()

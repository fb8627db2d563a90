"""The `veille` command: one module per subcommand, each a thin shell over the library."""

from __future__ import annotations

import typer

from veille.cli import extract, ingest, stats

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


@app.callback()
def _root() -> None:
    """veille reads dated French news and extracts actors, dates, quotes, amounts, events."""


def main() -> None:
    app()

"""`veille ingest PATH... [--db FILE]`: read, extract and store, resumable, one batch at a time."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from veille.cli import exit_codes, report
from veille.cli.store_options import DEFAULT_DB, DbOption
from veille.errors import VeilleError
from veille.settings import MODELS, Settings
from veille.store import Store
from veille.store.ingest import Hooks, IngestSummary, ingest


def _summary_line(summary: IngestSummary) -> str:
    records = ", ".join(f"{n} {section}" for section, n in summary.to_dict()["records"].items())
    return (
        f"veille: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed; records: {records}; in {summary.seconds:.1f} s"
    )


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per stored batch (one transaction each).")
    ] = 64,
    force: Annotated[
        bool, typer.Option("--force", help="Reprocess articles already stored.")
    ] = False,
    model: Annotated[str, typer.Option(help=f"spaCy model size: {' | '.join(MODELS)}.")] = "md",
    workers: Annotated[int, typer.Option(min=1, help="Processes for spaCy's multiprocessing.")] = 1,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Largest article accepted, in bytes.")
    ] = Settings.max_bytes,
    as_json: Annotated[bool, typer.Option("--json", help="The summary as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No errors or summary.")] = False,
) -> None:
    """Extract records from articles and store them; re-running changes nothing."""
    if model not in MODELS:
        raise typer.BadParameter(f"choose one of {', '.join(MODELS)}", param_hint="--model")
    settings = Settings(model=model, workers=workers, max_bytes=max_bytes)
    with report.ArticleProgress("ingesting") as progress:
        hooks = Hooks(
            on_failure=(lambda where, message: None)
            if quiet
            else (lambda where, message: report.error(where, message)),
            on_stored=progress.advance,
        )
        try:
            summary = ingest(
                paths, Store(db), settings, batch_size=batch_size, force=force, hooks=hooks
            )
        except VeilleError as error:
            report.fatal(str(error))
            raise typer.Exit(exit_codes.FATAL) from None
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    elif not quiet:
        report.stderr.print(_summary_line(summary), markup=False)
    if summary.failed:
        raise typer.Exit(exit_codes.FINISHED_WITH_FAILURES)

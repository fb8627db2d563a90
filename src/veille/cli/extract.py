"""`veille extract PATH...`: records on stdout, one JSON object per article, in input order."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Annotated

import typer

from veille.article import Article
from veille.cli import exit_codes, report
from veille.errors import DataFileInvalid, VeilleError
from veille.pipeline import Extractor, Failure
from veille.settings import MODELS, Settings
from veille.sources import ReadFailure, read_paths


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    jsonl: Annotated[
        bool, typer.Option("--jsonl/--pretty", help="One record per line, or indented JSON.")
    ] = True,
    model: Annotated[str, typer.Option(help=f"spaCy model size: {' | '.join(MODELS)}.")] = "md",
    workers: Annotated[int, typer.Option(min=1, help="Processes for spaCy's multiprocessing.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Largest article accepted, in bytes.")
    ] = Settings.max_bytes,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or summary.")] = False,
) -> None:
    """Extract actors, dates, quotes, amounts and events from dated French articles."""
    if model not in MODELS:
        raise typer.BadParameter(f"choose one of {', '.join(MODELS)}", param_hint="--model")
    settings = Settings(model=model, workers=workers, batch_size=batch_size, max_bytes=max_bytes)
    started = time.monotonic()
    try:
        extractor = Extractor(settings)
        extractor.settle()
    except VeilleError as error:
        report.fatal(str(error))
        raise typer.Exit(exit_codes.FATAL) from None

    failures = 0
    done = 0

    def articles() -> Iterator[Article]:
        nonlocal failures
        for item in read_paths(paths, settings):
            if isinstance(item, ReadFailure):
                failures += 1
                report.error(item.where, str(item.error))
                continue
            if item.published is None and not quiet:
                report.warning(item.source, "no date header; relative dates stay unresolved")
            yield item

    out = sys.stdout
    with report.ArticleProgress("extracting") as progress:
        try:
            for result in extractor.run(articles()):
                if isinstance(result, Failure):
                    failures += 1
                    report.error(result.article.source, result.message)
                    continue
                record = result.to_dict()
                out.write(json.dumps(record, ensure_ascii=False, indent=None if jsonl else 2))
                out.write("\n")
                done += 1
                progress.advance()
        except DataFileInvalid as error:  # a data file read late and broken: no article passes
            out.flush()
            report.fatal(str(error))
            raise typer.Exit(exit_codes.FATAL) from None
    out.flush()
    if not quiet:
        elapsed = time.monotonic() - started
        report.stderr.print(
            f"veille: {done} article{'s' * (done != 1)} extracted, {failures} failed, "
            f"in {elapsed:.1f} s",
            markup=False,
        )
    if failures:
        raise typer.Exit(exit_codes.FINISHED_WITH_FAILURES)

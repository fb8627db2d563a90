"""Readers: files, folders, JSON Lines, CSV, HTML and standard input, into `Article`s.

Every reader yields, in input order, either an Article or a ReadFailure; a bad input never
stops the ones after it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from veille.article import Article
from veille.errors import InputError, Unreadable
from veille.settings import Settings
from veille.sources.common import ReadFailure, read_bytes
from veille.sources.csv_rows import read_csv
from veille.sources.html import read_html
from veille.sources.jsonl import read_jsonl
from veille.sources.text import read_text

__all__ = ["STDIN", "ReadFailure", "ReadItem", "read_paths", "read_source"]

ReadItem = Article | ReadFailure
Reader = Callable[[bytes, str, Settings], Iterator[ReadItem]]

STDIN = "-"
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
}
# Record readers stream many articles from one file: the size limit applies to each record.
RECORD_READERS = {".jsonl", ".ndjson", ".csv"}


def read_source(data: bytes, source: str, suffix: str, settings: Settings) -> Iterator[ReadItem]:
    """Read already loaded bytes with the reader for `suffix` (plain text when unknown)."""
    reader = READERS.get(suffix.lower(), read_text)
    yield from reader(data, source, settings)


def _read_file(path: Path, settings: Settings) -> Iterator[ReadItem]:
    suffix = path.suffix.lower()
    limit = None if suffix in RECORD_READERS else settings.max_bytes
    try:
        data = read_bytes(path, limit)
    except InputError as error:
        yield ReadFailure(str(path), error)
        return
    yield from read_source(data, str(path), suffix, settings)


def _read_stdin(settings: Settings) -> Iterator[ReadItem]:
    data = sys.stdin.buffer.read()
    # JSON Lines when the first non-blank character opens an object; plain text otherwise.
    suffix = ".jsonl" if data.lstrip()[:1] == b"{" else ".txt"
    yield from read_source(data, "<stdin>", suffix, settings)


def folder_files(folder: Path) -> list[Path]:
    """Readable files under `folder`, recursively, sorted, hidden ones left out."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in READERS
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def read_paths(paths: Iterable[str], settings: Settings | None = None) -> Iterator[ReadItem]:
    """Articles and failures from every path, in the order given; folders sorted within."""
    settings = settings or Settings()
    for name in paths:
        if name == STDIN:
            yield from _read_stdin(settings)
            continue
        path = Path(name)
        if path.is_dir():
            for file in folder_files(path):
                yield from _read_file(file, settings)
        elif path.exists():
            yield from _read_file(path, settings)
        else:
            yield ReadFailure(name, Unreadable("no such file or directory"))

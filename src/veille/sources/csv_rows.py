"""CSV with a header row and the JSON Lines columns (`text`, `date`, `title`, `url`...)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from veille.article import Article
from veille.errors import InputError, InvalidRecord
from veille.settings import Settings
from veille.sources.common import ReadFailure, article_from_row, decode


def read_csv(data: bytes, source: str, settings: Settings) -> Iterator[Article | ReadFailure]:
    try:
        content = decode(data)
    except InputError as error:
        yield ReadFailure(source, error)
        return
    csv.field_size_limit(max(settings.max_bytes * 4, 131072))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield ReadFailure(source, InvalidRecord(f"unreadable CSV header: {error}"), 1)
        return
    if "text" not in columns:
        yield ReadFailure(source, InvalidRecord("no 'text' column in the CSV header"), 1)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield ReadFailure(source, InvalidRecord(f"malformed CSV: {error}"), reader.line_num)
            return
        try:
            if None in row:
                raise InvalidRecord("more fields than the header has columns")
            yield article_from_row(row, f"{source}:{reader.line_num}", settings.max_bytes)
        except InputError as error:
            yield ReadFailure(source, error, reader.line_num)

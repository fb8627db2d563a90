"""JSON Lines: one article object per line (`text`, `date` or `published`, `title`, `url`/`id`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from veille.article import Article
from veille.errors import InputError, InvalidRecord
from veille.settings import Settings
from veille.sources.common import ReadFailure, article_from_row, decode


def read_jsonl(data: bytes, source: str, settings: Settings) -> Iterator[Article | ReadFailure]:
    try:
        content = decode(data)
    except InputError as error:
        yield ReadFailure(source, error)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InvalidRecord(f"invalid JSON: {error.msg} (column {error.colno})") from None
            except RecursionError:
                raise InvalidRecord("invalid JSON: nested too deeply") from None
            if not isinstance(row, dict):
                raise InvalidRecord(f"expected a JSON object, got {type(row).__name__}")
            yield article_from_row(row, f"{source}:{number}", settings.max_bytes)
        except InputError as error:
            yield ReadFailure(source, error, number)

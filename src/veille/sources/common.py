"""What every reader shares: the failure record, the byte checks, and rows to articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.article import Article, PartialDate
from veille.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    InvalidRecord,
    MalformedDate,
    NotUtf8,
    TooLarge,
    Unreadable,
)

BOM = "\ufeff"


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not become an article, with where and why."""

    source: str
    error: InputError
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.error}"


def read_bytes(path: Path, limit: int | None) -> bytes:
    """The file's bytes; refuse files over `limit` before reading them."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise TooLarge(f"file is {size:,} bytes, over the limit of {limit:,} (--max-bytes)")
        return path.read_bytes()
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from error


def decode(data: bytes) -> str:
    """Strict UTF-8 text; binary, undecodable and blank inputs are refused with the reason."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary content (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotUtf8(f"not UTF-8 text (invalid byte at offset {error.start})") from error
    text = text.removeprefix(BOM)
    if not text.strip():
        raise EmptyInput("empty: no text")
    return text


def parse_published(value: Any) -> PartialDate | None:
    """`2023`, `2023-10`, `2023-10-17` or an ISO timestamp (its day); None when absent."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise MalformedDate(f"date must be a string, not {type(value).__name__}")
    text = value.strip()
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]
    return PartialDate.parse(text)


def article_from_row(row: dict[str, Any], source: str, settings_max: int) -> Article:
    """A JSON Lines object or CSV row (`text`, `date`/`published`, `title`, `url`/`id`)."""
    text = row.get("text")
    if not isinstance(text, str):
        raise InvalidRecord("no 'text' field" if text is None else "'text' must be a string")
    if not text.strip():
        raise EmptyInput("empty 'text'")
    size = len(text.encode("utf-8"))
    if size > settings_max:
        raise TooLarge(f"text is {size:,} bytes, over the limit of {settings_max:,} (--max-bytes)")
    if "\x00" in text:
        raise BinaryInput("'text' contains a NUL character")
    date_value = row.get("date") if row.get("date") not in (None, "") else row.get("published")
    title = row.get("title")
    origin = row.get("url") or row.get("id")
    return Article(
        text=text,
        source=str(origin) if origin not in (None, "") else source,
        published=parse_published(date_value),
        title=title if isinstance(title, str) and title.strip() else None,
    )

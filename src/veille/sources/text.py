"""Plain-text articles with a `date` header.

The header is `date YYYY`, `date YYYY-MM` or `date YYYY-MM-DD`, on its own first line or
followed by the text on the same line, possibly after leading whitespace:

    date 2016-01-01            date 2023-10 Le président russe...
    Titre de l'article
    <blank line>
    Corps...

`article.text` is everything after the header (title included), so offsets are stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veille.article import Article, PartialDate
from veille.errors import EmptyInput, InputError, MalformedDate
from veille.settings import Settings
from veille.sources.common import ReadFailure, decode

# A header is the word `date` then a token that starts with a digit; the token must then be a
# valid partial date ("date 2023-13" is an error, "Date limite" is ordinary text).
_HEADER = re.compile(r"^[ \t]*date[ \t]+(?P<value>\d\S*)(?P<rest>[ \t]*(?:\r?\n|$)|[ \t]+)")
MAX_TITLE_CHARS = 300


def split_header(content: str) -> tuple[PartialDate | None, str]:
    """The publication date and the text after the header (the whole content when none)."""
    match = _HEADER.match(content)
    if not match:
        return None, content
    try:
        published = PartialDate.parse(match["value"])
    except MalformedDate as error:
        raise MalformedDate(
            f"malformed date header 'date {match['value']}': {error.message}"
        ) from None
    return published, content[match.end() :]


def find_title(text: str) -> str | None:
    """The first line, when a blank line follows it (the Wikinews layout)."""
    lines = text.split("\n", 2)
    if len(lines) == 3 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
        return title if len(title) <= MAX_TITLE_CHARS else None
    return None


def parse_text(content: str, source: str) -> Article:
    published, text = split_header(content)
    if not text.strip():
        raise EmptyInput("no text after the date header" if published else "empty: no text")
    header = content[: len(content) - len(text)]
    header_shares_line = published is not None and not header.endswith("\n")
    title = None if header_shares_line else find_title(text)
    return Article(text=text, source=source, published=published, title=title)


def read_text(data: bytes, source: str, settings: Settings) -> Iterator[Article | ReadFailure]:
    try:
        yield parse_text(decode(data), source)
    except InputError as error:
        yield ReadFailure(source, error)

"""HTML pages: the main text, title and date as trafilatura finds them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from veille.article import Article
from veille.errors import EmptyInput, InputError, MalformedDate
from veille.settings import Settings
from veille.sources.common import ReadFailure, decode, parse_published


def _extract(html: str) -> dict[str, Any]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(html, with_metadata=True)
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    return dict(document.as_dict())


def read_html(data: bytes, source: str, settings: Settings) -> Iterator[Article | ReadFailure]:
    try:
        page = _extract(decode(data))
        text = page.get("text") or ""
        if not text.strip():
            raise EmptyInput("no main text found in the HTML page")
        try:
            published = parse_published(page.get("date"))
        except MalformedDate:
            published = None
        title = page.get("title")
        yield Article(
            text=text,
            source=source,
            published=published,
            title=title if isinstance(title, str) and title.strip() else None,
        )
    except InputError as error:
        yield ReadFailure(source, error)

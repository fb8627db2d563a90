"""Small language-neutral text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The combining marks of Latin letters, removed in one pass; any other non-ASCII character
# left is then asked about one by one (few in Latin-script text: quotes, ligatures).
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")  # U+034F is no mark
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unless_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: the key under which spellings of one name meet.

    Cached: the extractors fold the same words (lemmas, tokens) over and over."""
    stripped = unicodedata.normalize("NFKD", text)
    if not stripped.isascii():
        stripped = _NON_ASCII.sub(_unless_combining, _LATIN_MARKS.sub("", stripped))
    return stripped.replace("’", "'").casefold()


def slug(text: str) -> str:
    """`Vladimir Poutine` -> `vladimir-poutine`, for ids that stay stable and readable."""
    return _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"


_BREAKS_AND_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(value: str) -> str:
    """Line breaks, tabs and control characters as spaces: a safe field for TSV, brat, XML."""
    return _BREAKS_AND_CONTROLS.sub(" ", value)

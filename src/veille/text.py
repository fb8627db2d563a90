"""Small language-neutral text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: the key under which spellings of one name meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").casefold()


def slug(text: str) -> str:
    """`Vladimir Poutine` -> `vladimir-poutine`, for ids that stay stable and readable."""
    return _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"

"""Language knowledge as data: `lang/<code>/<name>.yaml`, each with a JSON Schema.

Extractors ask for a lexicon by name and language; they hold no French words themselves.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from veille.datafiles import load_yaml, names
from veille.text import fold


def load(name: str, lang: str = "fr") -> Any:
    """The validated content of `lang/<lang>/<name>.yaml`, read once per process."""
    return load_yaml("veille.lang", lang, name)


@cache
def words(name: str, key: str, lang: str = "fr") -> frozenset[str]:
    """The word list `key` of a lexicon, folded (accents and case aside): the set the
    extractors look folded lemmas and tokens up in. A missing key is an empty list."""
    return frozenset(fold(word) for word in load(name, lang).get(key, ()))


def load_all(lang: str = "fr") -> None:
    """Read and check every lexicon of `lang` now (they are cached): the pipeline calls it
    when it is built, so a broken data file stops the start, not each article."""
    for name in names("veille.lang", lang):
        load(name, lang)

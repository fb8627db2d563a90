"""Language knowledge as data: `lang/<code>/<name>.yaml`, each with a JSON Schema.

Extractors ask for a lexicon by name and language; they hold no French words themselves.
"""

from __future__ import annotations

from typing import Any

from veille.datafiles import load_yaml, names


def load(name: str, lang: str = "fr") -> Any:
    """The validated content of `lang/<lang>/<name>.yaml`, read once per process."""
    return load_yaml("veille.lang", lang, name)


def load_all(lang: str = "fr") -> None:
    """Read and check every lexicon of `lang` now (they are cached): the pipeline calls it
    when it is built, so a broken data file stops the start, not each article."""
    for name in names("veille.lang", lang):
        load(name, lang)

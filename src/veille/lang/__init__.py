"""Language knowledge as data: each file under `lang/<code>/` has a declared schema.

Code asks for a lexicon by name; the loader checks its keys and types, so a typo in a data
file fails loudly in tests instead of silently matching nothing.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# name -> {key: expected type}; every key is required and no other key is allowed.
SCHEMAS: dict[str, dict[str, type]] = {
    "determiners": {"leading": list},
}


class LexiconError(ValueError):
    pass


def validate(name: str, data: Any, schema: dict[str, type]) -> None:
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: the top level must be a mapping")
    unknown = set(data) - set(schema)
    missing = set(schema) - set(data)
    if unknown or missing:
        raise LexiconError(f"{name}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    for key, kind in schema.items():
        if not isinstance(data[key], kind):
            raise LexiconError(f"{name}: {key} must be a {kind.__name__}")


@cache
def load(name: str, lang: str = "fr") -> dict[str, Any]:
    """Read and validate `lang/<lang>/<name>.yaml`; cached, so it is read once per process."""
    if name not in SCHEMAS:
        raise LexiconError(f"no schema declared for lexicon {name!r}")
    path = resources.files("veille.lang").joinpath(lang, f"{name}.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    validate(f"{lang}/{name}.yaml", data, SCHEMAS[name])
    return data

"""Data files shipped in the package (lexicons, knowledge base, tables), read with a schema.

Every YAML data file `<folder>/<lang or part>/<name>.yaml` has a JSON Schema beside its
folder (`<folder>/schemas/<name>.schema.json`); a file that does not match its schema is
refused with the file and the reason, so a typo fails in tests rather than matching nothing.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import jsonschema
import yaml


class DataFileError(ValueError):
    pass


def _package_file(package: str, *parts: str) -> Traversable:
    return resources.files(package).joinpath(*parts)


@cache
def schema(package: str, name: str) -> dict[str, Any]:
    path = _package_file(package, "schemas", f"{name}.schema.json")
    if not path.is_file():
        raise DataFileError(
            f"{package}: no schema for {name!r} (expected schemas/{name}.schema.json)"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def validated(data: Any, schema_: dict[str, Any], where: str) -> Any:
    try:
        jsonschema.validate(data, schema_)
    except jsonschema.ValidationError as error:
        path = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise DataFileError(f"{where}: at {path}: {error.message}") from None
    return data


@cache
def load_yaml(package: str, *parts: str) -> Any:
    """Read `<package>/<parts...>.yaml`, validated against the schema named by its stem."""
    *folders, name = parts
    path = _package_file(package, *folders, f"{name}.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return validated(data, schema(package, name), "/".join((package, *folders, f"{name}.yaml")))

"""Data files shipped in the package (lexicons, knowledge base, tables), read with a schema.

Every YAML data file `<folder>/<lang or part>/<name>.yaml` has a JSON Schema beside its
folder (`<folder>/schemas/<name>.schema.json`); a file that does not match its schema is
refused with the file and the reason, so a typo fails in tests rather than matching nothing.
Data files are part of the installation, not of the input: the pipeline reads them all when
it is built, and a broken one stops it there with one line naming the file.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from veille.errors import DataFileInvalid


class DataFileError(DataFileInvalid, ValueError):
    """A data file that cannot be read, parsed, or does not match its schema (E202)."""


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


def _yaml_problem(error: yaml.YAMLError) -> str:
    """A parser's error on one line: where, then what (PyYAML's own spans several lines)."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return where + " ".join(problem.split())


def read_yaml(path: Traversable | Path, where: str, loader: type = yaml.SafeLoader) -> Any:
    """A YAML data file's content, or one line naming the file and what is wrong with it."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as error:
        raise DataFileError(f"{where}: not valid YAML: {_yaml_problem(error)}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"{where}: cannot be read: {error}") from None


@cache
def load_yaml(package: str, *parts: str) -> Any:
    """Read `<package>/<parts...>.yaml`, validated against the schema named by its stem."""
    *folders, name = parts
    where = "/".join((package, *folders, f"{name}.yaml"))
    data = read_yaml(_package_file(package, *folders, f"{name}.yaml"), where)
    return validated(data, schema(package, name), where)


def names(package: str, *folders: str) -> list[str]:
    """The stems of the YAML data files in `<package>/<folders...>`, sorted."""
    folder = _package_file(package, *folders)
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))

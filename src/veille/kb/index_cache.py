"""A disk cache for indexes built from data files (the knowledge base, the linker's trie).

Reading and validating the people files and tokenising every surface takes seconds; the
result only changes when a data file, veille or the tokenizer changes. So the built index is
pickled in the user's cache directory under a name keyed by a hash of every input file and
version string, and rebuilt when any of them changes. A missing, stale or unreadable cache
is never an error: the index is built again.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import veille

T = TypeVar("T")
ENVIRONMENT = "VEILLE_CACHE_DIR"  # set to an empty string to turn the cache off


def cache_dir() -> Path | None:
    """`$VEILLE_CACHE_DIR`, else `$XDG_CACHE_HOME/veille`, else `~/.cache/veille`."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veille"


def fingerprint(files: Iterable[Traversable | Path], *versions: str) -> str:
    """Hash of the inputs: each file's name and bytes, veille's and Python's versions."""
    digest = hashlib.sha256()
    for part in (veille.__version__, sys.version, *versions):
        digest.update(part.encode() + b"\0")
    for path in sorted(files, key=lambda p: str(p)):
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def load_or_build(
    name: str, files: Iterable[Traversable | Path], build: Callable[[], T], *versions: str
) -> T:
    """The pickled index for these inputs, or `build()` (then stored for the next process).

    veille's own source files count as inputs: an index pickled by older code (a builder, or
    a class the index holds, edited in an editable install that keeps its version) must not
    be loaded into objects whose fields have changed.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    inputs = [*files, Path(inspect.getfile(build)), *_source_files()]
    path = folder / f"{name}-{fingerprint(inputs, *versions)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own file, keyed by our own hash
    except Exception:  # missing, truncated or from an incompatible build: rebuild
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _source_files() -> list[Path]:
    """Every Python module of the veille package: hashing them costs a few milliseconds."""
    return sorted(Path(inspect.getfile(veille)).parent.rglob("*.py"))


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    """Write atomically (a concurrent reader never sees half a file); drop stale versions."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: work without the cache

"""Exports of the store: each format is a module with `write(con, out) -> list[Path]`."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

FORMATS = ("gdelt", "parquet", "jsonl", "gexf", "brat")


def writer(fmt: str) -> Callable[..., list[Path]]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return import_module(f"veille.export.{fmt}").write  # type: ignore[no-any-return,unused-ignore]


def export(con, fmt: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    return writer(fmt)(con, out)

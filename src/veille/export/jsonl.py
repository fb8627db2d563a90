"""`--format jsonl`: the contract records, one article per line, in ingestion order."""

from __future__ import annotations

import json
from pathlib import Path

from veille import query


def write(con, out: Path) -> list[Path]:
    path = out / "records.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for record in query.records(con):
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]

"""The schema and its versions: `schema.sql` is version 1; later versions add steps here.

A step is SQL that turns version n-1 into n; `apply` runs the missing ones in order, in one
transaction, and records the version in `meta`.
"""

from __future__ import annotations

from importlib import resources

from veille.store.errors import StoreError

SCHEMA_VERSION = 1
# version -> SQL that upgrades a store from version - 1 (none yet beyond the first schema).
STEPS: dict[int, str] = {}


def schema_sql() -> str:
    return resources.files("veille.store").joinpath("schema.sql").read_text(encoding="utf-8")


def current_version(con) -> int:
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "meta" not in tables:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def apply(con) -> None:
    """Bring the store to SCHEMA_VERSION; refuse a store made by a newer veille."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {version}; this veille reads up to {SCHEMA_VERSION}"
        )
    if version == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        if version == 0:
            con.execute(schema_sql())
            version = 1
        for step in range(version + 1, SCHEMA_VERSION + 1):
            con.execute(STEPS[step])
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise

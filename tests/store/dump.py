"""A store's whole content as plain sorted rows, to compare two stores."""

from __future__ import annotations

from veille.store import Store

TABLES = (
    "articles", "actors", "mentions", "timexes", "quotes", "amounts", "events",
    "global_actors", "actor_aliases", "clusters", "event_clusters", "conflicts",
)  # fmt: skip


def dump(path) -> dict[str, list[tuple]]:
    """Every table's rows (the ledger without its timestamps), sorted."""
    with Store(path).reading() as con:
        content = {
            t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES
        }
        content["ledger"] = sorted(
            map(repr, con.execute(
                "SELECT article_id, source, status, error, pipeline_version FROM ledger"
            ).fetchall())
        )  # fmt: skip
    return content

"""Rebuild the consolidated tables (global actors, events across reports, conflicts).

They are derived data: rebuilt from the record tables in one transaction, so a crash in the
middle leaves the previous consolidation in place and the next ingest redoes it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from veille.consolidate import (
    Figure,
    Report,
    cluster_events,
    find_conflicts,
    most_common,
    outlet,
    timex_interval,
)
from veille.store.write import insert_rows
from veille.text import fold

DERIVED_TABLES = ("global_actors", "actor_aliases", "clusters", "event_clusters", "conflicts")


def is_consolidated(con) -> bool:
    row = con.execute("SELECT value FROM meta WHERE key = 'consolidated'").fetchone()
    return row is None or row[0] == "yes"


def _global_actors(con) -> tuple[list[tuple], list[tuple]]:
    rows = con.execute(
        "SELECT a.global_id, a.name, a.kind, a.country, a.cameo, a.wikidata, a.article_id, "
        "count(m.idx) FROM actors a LEFT JOIN mentions m "
        "ON m.article_id = a.article_id AND m.actor_idx = a.idx "
        "GROUP BY ALL ORDER BY a.global_id, a.article_id, a.name"
    ).fetchall()
    by_id: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_id[row[0]].append(row)
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    for gid, text, n in con.execute(
        "SELECT a.global_id, m.text, count(*) FROM mentions m JOIN actors a "
        "ON m.article_id = a.article_id AND m.actor_idx = a.idx GROUP BY ALL"
    ).fetchall():
        aliases[gid][text] += n
    actors, alias_rows = [], []
    for gid, group in by_id.items():
        actors.append(
            (gid, most_common(r[1] for r in group), most_common(r[2] for r in group),
             most_common(r[3] for r in group), most_common(r[4] for r in group),
             most_common(r[5] for r in group), len({r[6] for r in group}),
             sum(r[7] for r in group))
        )  # fmt: skip
        for r in group:
            aliases[gid][r[1]] += 0  # canonical names are aliases too
        for alias, n in sorted(aliases[gid].items()):
            alias_rows.append((gid, alias, fold(alias), n))
    return actors, alias_rows


def _reports(con) -> list[Report]:
    rows = con.execute(
        "SELECT e.id, e.article_id, a.source, a.published, a.seq, e.source_global, "
        "e.target_global, e.root, e.code, e.quad_class, e.goldstein, e.plover, "
        "e.location_global, e.date, e.modality, e.trigger_start "
        "FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    return [Report(r[0], r[1], outlet(r[2]), r[3], r[4], *r[5:]) for r in rows]


def _cluster_rows(con) -> tuple[list[tuple], list[tuple]]:
    clusters: list[tuple] = []
    members: list[tuple] = []
    for cluster in cluster_events(_reports(con)):
        first, coded = cluster.first, cluster.code_report
        interval = timex_interval(cluster.date)
        clusters.append(
            (cluster.id, cluster.gid, first.source, first.target, first.root, coded.code,
             coded.quad_class, coded.goldstein, coded.plover,
             most_common(r.location for r in cluster.reports), cluster.date,
             interval.first if interval else None, cluster.modality, len(cluster.reports),
             cluster.n_articles, cluster.n_sources, first.article_id, first.event_id)
        )  # fmt: skip
        members.extend((r.event_id, cluster.id) for r in cluster.reports)
    return clusters, members


def _conflict_rows(con) -> list[tuple]:
    figures = [
        Figure(*row)
        for row in con.execute(
            "SELECT article_id, idx, value, unit, approx, subject, date FROM amounts "
            "WHERE unit IS NOT NULL AND subject IS NOT NULL AND date IS NOT NULL"
        ).fetchall()
    ]
    return [
        (c.id, c.a.unit, c.a.subject, c.a.date, c.a.article_id, c.a.idx, c.b.article_id,
         c.b.idx, c.ratio)
        for c in find_conflicts(figures)
    ]  # fmt: skip


COLUMNS = {
    "global_actors": ("id", "name", "kind", "country", "cameo", "wikidata", "n_articles",
                      "n_mentions"),
    "actor_aliases": ("global_id", "alias", "folded", "n"),
    "clusters": ("id", "gid", "source", "target", "root", "code", "quad_class", "goldstein",
                 "plover", "location", "date", "date_start", "modality", "n_reports",
                 "n_articles", "n_sources", "first_article", "first_event"),
    "event_clusters": ("event_id", "cluster_id"),
    "conflicts": ("id", "unit", "subject", "date", "article_a", "amount_a", "article_b",
                  "amount_b", "ratio"),
}  # fmt: skip


def rebuild(con) -> dict[str, int]:
    """Recompute every consolidated table; returns their row counts."""
    actors, aliases = _global_actors(con)
    clusters, members = _cluster_rows(con)
    conflicts = _conflict_rows(con)
    tables = {
        "global_actors": actors,
        "actor_aliases": aliases,
        "clusters": clusters,
        "event_clusters": members,
        "conflicts": conflicts,
    }
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows in tables.items():
            con.execute(f"DELETE FROM {table}")
            insert_rows(con, table, COLUMNS[table], rows)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('consolidated', 'yes')")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {table: len(rows) for table, rows in tables.items()}

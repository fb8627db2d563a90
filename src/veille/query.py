"""The read side: one function per question, over a read-only store connection.

The CLI, the web UI and the exports call these and hold no SQL of their own. Actors are
named as users name them ("Poutine", "Russie", "country:RUS"): `resolve_actor` finds the
global actors whose id, name or any alias matches, accents and case aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from veille.consolidate import timex_interval
from veille.store.consolidation import DERIVED_TABLES, is_consolidated
from veille.store.errors import NotFound
from veille.store.read import record_dicts
from veille.store.write import RECORD_TABLES
from veille.text import fold

PERIODS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
              4: "material_conflict"}  # fmt: skip


def _dicts(cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def stats(con) -> dict[str, Any]:
    tables = {}
    for table in ("articles", *RECORD_TABLES, *DERIVED_TABLES):
        tables[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    ledger = dict(
        con.execute(
            "SELECT status, count(*) FROM ledger GROUP BY status ORDER BY status"
        ).fetchall()
    )
    return {"tables": tables, "ledger": ledger, "consolidated": is_consolidated(con)}


# CAMEO sectors through which a state acts: "Russie" in a query stands for these too.
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")


def resolve_actor(con, name: str, *, state: bool = False) -> list[str]:
    """Global actors matching `name`, most reported first.

    An exact id, canonical name or alias wins ("country:RUS", "Russie", "le Kremlin"); else
    whole words of a name or alias ("Poutine" finds "Vladimir Poutine"). With `state`, a
    country also stands for its state: the actors whose CAMEO code is that country's
    government, military, legislature, judiciary, police or intelligence (RUSGOV: Vladimir
    Poutine, le Kremlin), as an analyst asking "what did Russia do?" expects.
    """
    query = name.strip()
    folded = fold(query)
    order = "ORDER BY g.n_articles DESC, g.id"
    ids = [
        row[0]
        for row in con.execute(
            "SELECT g.id FROM global_actors g WHERE g.id = $name OR g.id IN "
            "(SELECT global_id FROM actor_aliases WHERE folded = $folded) "
            f"OR lower(strip_accents(g.name)) = $folded {order}",
            {"name": query, "folded": folded},
        ).fetchall()
    ]
    if not ids and folded:
        words = rf"(^|[^a-z0-9]){re.escape(folded)}([^a-z0-9]|$)"
        ids = [
            row[0]
            for row in con.execute(
                "SELECT g.id FROM global_actors g WHERE g.id IN (SELECT global_id FROM "
                "actor_aliases WHERE regexp_matches(folded, $words)) "
                f"OR regexp_matches(lower(strip_accents(g.name)), $words) {order}",
                {"words": words},
            ).fetchall()
        ]
    if state and ids:
        codes = [
            row[0] + sector
            for row in con.execute(
                "SELECT DISTINCT country FROM global_actors WHERE list_contains($ids, id) "
                "AND kind = 'country' AND country IS NOT NULL",
                {"ids": ids},
            ).fetchall()
            for sector in ("", *STATE_SECTORS)
        ]
        if codes:
            ids += [
                row[0]
                for row in con.execute(
                    f"SELECT g.id FROM global_actors g WHERE list_contains($codes, g.cameo) "
                    f"AND NOT list_contains($ids, g.id) {order}",
                    {"codes": codes, "ids": ids},
                ).fetchall()
            ]
    return ids


def _ids(con, name: str, *, state: bool = False) -> list[str]:
    ids = resolve_actor(con, name, state=state)
    if not ids:
        raise NotFound(f"no actor named {name!r} in the store")
    return ids


def _date_bounds(since: str | None, until: str | None) -> tuple[Any, Any]:
    first = timex_interval(since) if since else None
    last = timex_interval(until) if until else None
    if since and first is None:
        raise ValueError(f"not a date: {since!r}")
    if until and last is None:
        raise ValueError(f"not a date: {until!r}")
    return (first.first if first else None, last.last if last else None)


EVENT_COLUMNS = (
    "c.id, c.gid, c.date, c.code, c.root, c.quad_class, c.goldstein, c.plover, c.modality, "
    "c.source, s.name AS source_name, c.target, t.name AS target_name, c.location, "
    "c.n_reports, c.n_articles, c.n_sources, a.source AS first_source, "
    "a.published AS first_published, c.first_article"
)


def events(
    con,
    *,
    actor: str | None = None,
    counterpart: str | None = None,
    root: str | None = None,
    code: str | None = None,
    quad_class: int | None = None,
    modality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Consolidated events, oldest first, filtered; `code` matches its more specific codes."""
    where: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    if actor:
        params["a"] = _ids(con, actor, state=True)
        if counterpart:
            params["b"] = _ids(con, counterpart, state=True)
            where.append(
                "((list_contains($a, c.source) AND list_contains($b, c.target)) OR "
                "(list_contains($b, c.source) AND list_contains($a, c.target)))"
            )
        else:
            where.append("(list_contains($a, c.source) OR list_contains($a, c.target))")
    elif counterpart:
        params["b"] = _ids(con, counterpart, state=True)
        where.append("(list_contains($b, c.source) OR list_contains($b, c.target))")
    if root:
        where.append("c.root = $root")
        params["root"] = root
    if code:
        where.append("starts_with(c.code, $code)")
        params["code"] = code
    if quad_class:
        where.append("c.quad_class = $quad")
        params["quad"] = quad_class
    if modality:
        where.append("c.modality = $modality")
        params["modality"] = modality
    first, last = _date_bounds(since, until)
    if first:
        where.append("c.date_start >= $first")
        params["first"] = first
    if last:
        where.append("c.date_start <= $last")
        params["last"] = last
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM clusters c "
        "LEFT JOIN global_actors s ON s.id = c.source "
        "LEFT JOIN global_actors t ON t.id = c.target "
        "JOIN articles a ON a.id = c.first_article "
        f"WHERE {' AND '.join(where)} ORDER BY c.date_start NULLS LAST, c.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con.execute(sql, params))


def top_actors(con, n: int = 20) -> list[dict[str, Any]]:
    """The actors reported in the most articles."""
    return _dicts(
        con.execute(
            "SELECT g.id, g.name, g.kind, g.country, g.cameo, g.n_articles, g.n_mentions, "
            "(SELECT count(*) FROM clusters c WHERE c.source = g.id OR c.target = g.id) "
            "AS n_events FROM global_actors g "
            "ORDER BY g.n_articles DESC, g.n_mentions DESC, g.id LIMIT $n",
            {"n": n},
        )
    )


def _quotes(con, where: str, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
    sql = (
        "SELECT q.article_id, q.idx, q.start, q.end, q.text, q.cue, q.speaker_global AS speaker, "
        "g.name AS speaker_name, a.source, a.published FROM quotes q "
        "JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN global_actors g ON g.id = q.speaker_global "
        f"WHERE {where} ORDER BY a.published_start NULLS LAST, a.seq, q.idx"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con.execute(sql, params))


def quotes(
    con, *, speaker: str | None = None, contains: str | None = None, limit: int | None = 100
) -> list[dict[str, Any]]:
    """Quotes, by speaker and/or containing words (accents and case aside)."""
    where: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    if speaker:
        where.append("list_contains($ids, q.speaker_global)")
        params["ids"] = _ids(con, speaker)
    if contains:
        where.append("contains(lower(strip_accents(q.text)), $needle)")
        params["needle"] = fold(contains)
    return _quotes(con, " AND ".join(where), params, limit)


def actor_profile(con, name: str, *, top: int = 10) -> dict[str, Any]:
    """Who an actor is and what the store says about it."""
    ids = _ids(con, name)
    gid = ids[0]
    (profile,) = _dicts(con.execute("SELECT * FROM global_actors WHERE id = $id", {"id": gid}))
    params = {"id": gid}
    profile["aliases"] = [
        {"alias": alias, "n": n}
        for alias, n in con.execute(
            "SELECT alias, n FROM actor_aliases WHERE global_id = $id ORDER BY n DESC, alias",
            params,
        ).fetchall()
    ]
    profile["cameo_codes"] = [
        row[0]
        for row in con.execute(
            "SELECT DISTINCT cameo FROM actors WHERE global_id = $id AND cameo IS NOT NULL "
            "ORDER BY cameo",
            params,
        ).fetchall()
    ]
    profile["roles"] = dict(
        zip(
            ("source", "target", "speaker"),
            con.execute(
                "SELECT (SELECT count(*) FROM clusters WHERE source = $id), "
                "(SELECT count(*) FROM clusters WHERE target = $id), "
                "(SELECT count(*) FROM quotes WHERE speaker_global = $id)",
                params,
            ).fetchone(),
            strict=True,
        )
    )
    profile["activity"] = _dicts(
        con.execute(
            "WITH arts AS (SELECT strftime(a.published_start, '%Y-%m') AS month, "
            "count(DISTINCT a.id) AS n_articles FROM actors x JOIN articles a "
            "ON a.id = x.article_id WHERE x.global_id = $id AND a.published_start IS NOT NULL "
            "GROUP BY 1), evs AS (SELECT strftime(date_start, '%Y-%m') AS month, "
            "count(*) AS n_events FROM clusters WHERE (source = $id OR target = $id) "
            "AND date_start IS NOT NULL GROUP BY 1) "
            "SELECT month, coalesce(arts.n_articles, 0) AS n_articles, "
            "coalesce(evs.n_events, 0) AS n_events FROM arts FULL JOIN evs USING (month) "
            "ORDER BY month",
            params,
        )
    )
    profile["counterparts"] = _dicts(
        con.execute(
            "SELECT other AS id, g.name, count(*) AS n_events, "
            "round(avg(goldstein), 2) AS mean_goldstein FROM (SELECT CASE WHEN source = $id "
            "THEN target ELSE source END AS other, goldstein FROM clusters "
            "WHERE (source = $id OR target = $id)) LEFT JOIN global_actors g ON g.id = other "
            "WHERE other IS NOT NULL AND other <> $id GROUP BY ALL "
            "ORDER BY n_events DESC, other LIMIT $top",
            {"id": gid, "top": top},
        )
    )
    profile["quotes_by"] = _quotes(con, "q.speaker_global = $id", params, top)
    profile["quotes_about"] = _quotes(
        con,
        "EXISTS (SELECT 1 FROM mentions m JOIN actors x ON x.article_id = m.article_id "
        "AND x.idx = m.actor_idx WHERE m.article_id = q.article_id AND x.global_id = $id "
        "AND m.start >= q.start AND m.end <= q.end)",
        params,
        top,
    )
    profile["offices"] = _offices(con, gid)
    profile["other_matches"] = ids[1:]
    return profile


def _offices(con, gid: str) -> list[dict[str, Any]]:
    """The offices the knowledge base knows this actor held, with their dates."""
    from veille.kb import knowledge_base  # loaded only for profiles: it takes a moment

    entries = knowledge_base().entries
    offices = []
    for (actor_id,) in con.execute(
        "SELECT DISTINCT id FROM actors WHERE global_id = $id ORDER BY id", {"id": gid}
    ).fetchall():
        entry = entries.get(actor_id)
        for role in entry.roles if entry else ():
            offices.append(
                {
                    "title": role.title or role.role,
                    "role": role.role,
                    "cameo": role.cameo,
                    "start": role.start,
                    "end": role.end,
                }
            )
    return sorted(offices, key=lambda office: office["start"] or "")


def _period(by: str) -> str:
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    return PERIODS[by]


_QUAD_COUNTS = ", ".join(
    f"count(*) FILTER (WHERE quad_class = {q}) AS {name}" for q, name in QUAD_NAMES.items()
)


def dyad(con, a: str, b: str, *, by: str = "month") -> list[dict[str, Any]]:
    """Events between two actors per period and direction: counts per QuadClass, Goldstein."""
    fmt = _period(by)
    return _dicts(
        con.execute(
            f"SELECT strftime(date_start, '{fmt}') AS period, "
            "CASE WHEN list_contains($a, source) THEN 'a->b' ELSE 'b->a' END AS direction, "
            f"count(*) AS n_events, {_QUAD_COUNTS}, round(sum(goldstein), 2) AS sum_goldstein, "
            "round(avg(goldstein), 3) AS mean_goldstein FROM clusters "
            "WHERE date_start IS NOT NULL AND ((list_contains($a, source) AND "
            "list_contains($b, target)) OR (list_contains($b, source) AND "
            "list_contains($a, target))) GROUP BY ALL ORDER BY period, direction",
            {"a": _ids(con, a, state=True), "b": _ids(con, b, state=True)},
        )
    )


def timeline(con, actor: str, *, by: str = "month") -> list[dict[str, Any]]:
    """An actor's events per period: counts per QuadClass and mean Goldstein."""
    fmt = _period(by)
    return _dicts(
        con.execute(
            f"SELECT strftime(date_start, '{fmt}') AS period, count(*) AS n_events, "
            f"{_QUAD_COUNTS}, round(avg(goldstein), 3) AS mean_goldstein FROM clusters "
            "WHERE date_start IS NOT NULL AND (list_contains($a, source) OR "
            "list_contains($a, target)) GROUP BY ALL ORDER BY period",
            {"a": _ids(con, actor, state=True)},
        )
    )


def conflicts(con, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Figures about the same thing, same unit and date, that different articles disagree on."""
    side = (
        "{s}.value AS value_{x}, {s}.text AS text_{x}, {s}.start AS start_{x}, "
        "{s}.end AS end_{x}, {s}.approx AS approx_{x}, {p}.source AS source_{x}, "
        "{p}.published AS published_{x}"
    )
    sql = (
        "SELECT c.id, c.unit, c.subject, c.date, round(c.ratio, 3) AS ratio, "
        "c.article_a, c.article_b, "
        + side.format(s="x", p="pa", x="a") + ", " + side.format(s="y", p="pb", x="b")
        + " FROM conflicts c "
        "JOIN amounts x ON x.article_id = c.article_a AND x.idx = c.amount_a "
        "JOIN amounts y ON y.article_id = c.article_b AND y.idx = c.amount_b "
        "JOIN articles pa ON pa.id = c.article_a JOIN articles pb ON pb.id = c.article_b "
        "ORDER BY c.subject, c.date, c.id"
    )  # fmt: skip
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con.execute(sql))


def find_article(con, key: str) -> str:
    """An article id from its id, a unique id prefix, its source, or its source's file name
    with or without extension (`wn_2016-01-01_001`)."""
    matches = (
        "id = $k OR source = $k OR starts_with(id, $k) OR ends_with(source, '/' || $k) "
        "OR regexp_matches(source, '(^|/)' || $stem || '\\.[A-Za-z0-9]+$')"
    )
    rows = con.execute(
        f"SELECT id FROM articles WHERE {matches} "
        "ORDER BY (id = $k) DESC, (source = $k) DESC, seq LIMIT 2",
        {"k": key, "stem": re.escape(key)},
    ).fetchall()
    if not rows:
        raise NotFound(f"no article {key!r} in the store")
    if len(rows) > 1 and rows[0][0] != key:
        exact = con.execute("SELECT count(*) FROM articles WHERE source = $k", {"k": key})
        if exact.fetchone()[0] != 1:
            raise NotFound(f"{key!r} matches several articles: give more of the id")
    return rows[0][0]


def article(con, key: str) -> dict[str, Any]:
    """The contract record of one article."""
    (record,) = record_dicts(con, [find_article(con, key)])
    return record


def records(con) -> Iterator[dict[str, Any]]:
    """Every contract record, in ingestion order."""
    return record_dicts(con)


def gdelt_events(con) -> list[dict[str, Any]]:
    """What the GDELT export needs of each consolidated event."""
    return _dicts(
        con.execute(
            "SELECT c.*, s.name AS source_name, s.country AS source_country, "
            "s.cameo AS source_cameo, s.kind AS source_kind, t.name AS target_name, "
            "t.country AS target_country, t.cameo AS target_cameo, t.kind AS target_kind, "
            "l.name AS location_name, l.kind AS location_kind, l.country AS location_country, "
            "a.source AS first_source, a.text AS first_text, e.sentence_start AS first_sentence, "
            "ld.updated_at AS added FROM clusters c "
            "LEFT JOIN global_actors s ON s.id = c.source "
            "LEFT JOIN global_actors t ON t.id = c.target "
            "LEFT JOIN global_actors l ON l.id = c.location "
            "JOIN articles a ON a.id = c.first_article JOIN events e ON e.id = c.first_event "
            "LEFT JOIN ledger ld ON ld.article_id = c.first_article ORDER BY c.gid"
        )
    )


def gdelt_mentions(con) -> list[dict[str, Any]]:
    """Every report of every consolidated event, with where its actors and trigger are."""
    return _dicts(
        con.execute(
            "SELECT c.gid, e.article_id, a.source, length(a.text) AS doc_len, "
            "e.trigger_start, e.sentence_start, "
            "(SELECT min(m.start) FROM mentions m JOIN actors x ON x.article_id = m.article_id "
            " AND x.idx = m.actor_idx WHERE x.article_id = e.article_id AND x.id = e.source) "
            "AS source_offset, "
            "(SELECT min(m.start) FROM mentions m JOIN actors x ON x.article_id = m.article_id "
            " AND x.idx = m.actor_idx WHERE x.article_id = e.article_id AND x.id = e.target) "
            "AS target_offset, "
            "ld.updated_at AS added, fl.updated_at AS event_added FROM event_clusters ec "
            "JOIN clusters c ON c.id = ec.cluster_id JOIN events e ON e.id = ec.event_id "
            "JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN ledger ld ON ld.article_id = e.article_id "
            "LEFT JOIN ledger fl ON fl.article_id = c.first_article "
            "ORDER BY c.gid, e.article_id, e.idx"
        )
    )


def actor_network(con) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes (actors in events) and directed edges (event count, mean Goldstein)."""
    edges = _dicts(
        con.execute(
            "SELECT source, target, count(*) AS n_events, avg(goldstein) AS mean_goldstein "
            "FROM clusters WHERE source IS NOT NULL AND target IS NOT NULL "
            "GROUP BY ALL ORDER BY source, target"
        )
    )
    nodes = _dicts(
        con.execute(
            "SELECT id, name, kind, country, cameo, n_articles FROM global_actors WHERE id IN "
            "(SELECT source FROM clusters UNION SELECT target FROM clusters) ORDER BY id"
        )
    )
    return nodes, edges

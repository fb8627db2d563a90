"""The read side of the record tables: contract records back out of the store."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from veille import SCHEMA
from veille.records import ArticleResult


def _grouped(con, sql: str, ids: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in con.execute(sql, {"ids": list(ids)}).fetchall():
        groups[row[0]].append(row[1:])
    return groups


def _where(table: str, order: str) -> str:
    return f"WHERE article_id IN (SELECT unnest($ids)) ORDER BY article_id, {order}"


def _records_for(con, ids: Sequence[str]) -> list[dict[str, Any]]:
    articles = con.execute(
        "SELECT id, source, published, lang, title, text, schema, pipeline FROM articles "
        "WHERE id IN (SELECT unnest($ids)) ORDER BY seq",
        {"ids": list(ids)},
    ).fetchall()
    mentions = _grouped(
        con,
        'SELECT article_id, actor_idx, "start", "end", text FROM mentions '
        + _where("mentions", "actor_idx, idx"),
        ids,
    )
    actors = _grouped(
        con,
        "SELECT article_id, idx, id, name, kind, country, cameo, wikidata FROM actors "
        + _where("actors", "idx"),
        ids,
    )
    timexes = _grouped(
        con,
        'SELECT article_id, "start", "end", text, type, value FROM timexes '
        + _where("timexes", "idx"),
        ids,
    )
    quotes = _grouped(
        con,
        'SELECT article_id, "start", "end", text, speaker, cue FROM quotes '
        + _where("quotes", "idx"),
        ids,
    )
    amounts = _grouped(
        con,
        'SELECT article_id, "start", "end", text, value, value_int, unit, approx, subject, date '
        "FROM amounts " + _where("amounts", "idx"),
        ids,
    )
    events = _grouped(
        con,
        "SELECT article_id, code, root, quad_class, goldstein, plover, source, target, location, "
        "date, date_from, modality, trigger_start, trigger_end, trigger_text, sentence_start, "
        "sentence_end FROM events " + _where("events", "idx"),
        ids,
    )
    position = {aid: i for i, aid in enumerate(ids)}
    articles.sort(key=lambda row: position[row[0]])
    records = []
    for aid, source, published, lang, title, text, schema, pipeline in articles:
        actor_mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for actor_idx, start, end, mtext in mentions.get(aid, []):
            actor_mentions[actor_idx].append({"start": start, "end": end, "text": mtext})
        record: dict[str, Any] = {
            "schema": schema or SCHEMA,
            "article": {"id": aid, "source": source, "published": published, "lang": lang,
                        "title": title, "text": text},
            "actors": [
                {"id": id_, "name": name, "kind": kind, "mentions": actor_mentions.get(i, []),
                 "country": country, "cameo": cameo, "wikidata": wikidata}
                for i, id_, name, kind, country, cameo, wikidata in actors.get(aid, [])
            ],
            "timexes": [
                {"start": s, "end": e, "text": t, "type": ty, "value": v}
                for s, e, t, ty, v in timexes.get(aid, [])
            ],
            "quotes": [
                {"start": s, "end": e, "text": t, "speaker": sp, "cue": cue}
                for s, e, t, sp, cue in quotes.get(aid, [])
            ],
            "amounts": [
                {"start": s, "end": e, "text": t, "value": int(vi) if vi is not None else v,
                 "unit": u, "approx": ap, "subject": su, "date": d}
                for s, e, t, v, vi, u, ap, su, d in amounts.get(aid, [])
            ],
            "events": [
                {"code": c, "root": r, "quad_class": q, "goldstein": g, "plover": p,
                 "source": so, "target": ta, "location": lo, "date": d, "date_from": df,
                 "modality": mo, "trigger": {"start": ts, "end": te, "text": tt},
                 "sentence": {"start": ss, "end": se}}
                for c, r, q, g, p, so, ta, lo, d, df, mo, ts, te, tt, ss, se in events.get(aid, [])
            ],
        }  # fmt: skip
        pipeline_obj = json.loads(pipeline) if pipeline else {}
        if pipeline_obj:
            record["pipeline"] = pipeline_obj
        records.append(record)
    return records


def record_dicts(con, ids: Sequence[str] | None = None, chunk: int = 500) -> Iterator[dict]:
    """Contract records (JSON form) of `ids` in that order, or of every article in ingestion
    order."""
    if ids is None:
        ids = [row[0] for row in con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
    for start in range(0, len(ids), chunk):
        yield from _records_for(con, ids[start : start + chunk])


def records(con, ids: Sequence[str] | None = None, chunk: int = 500) -> Iterator[ArticleResult]:
    for record in record_dicts(con, ids, chunk):
        yield ArticleResult.from_dict(record)

"""The write side: one batch of results and failures, one transaction.

A crash (even `kill -9`) inside a batch leaves the store as it was before the batch: DuckDB's
write-ahead log makes the commit atomic, and the ledger row of an article is written in the
same transaction as its records, so "in the ledger" always means "its records are stored".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from veille import __version__, components
from veille.article import PartialDate
from veille.consolidate import global_actor_id
from veille.records import ArticleResult

RECORD_TABLES = ("actors", "mentions", "timexes", "quotes", "amounts", "events")
DONE = "done"
FAILED = "failed"


@dataclass(frozen=True)
class LedgerFailure:
    """An input that produced no record: an unreadable file or an article the pipeline failed."""

    article_id: str
    source: str
    error: str


def current_pipeline_version() -> str:
    """veille's version and its component list: records made by another one can be redone."""
    return f"{__version__}+{','.join(components.PIPELINE_ORDER)}"


def pipeline_version_of(pipeline: dict[str, Any]) -> str:
    return f"{pipeline.get('veille', '?')}+{','.join(pipeline.get('components', []))}"


def failure_id(where: str) -> str:
    """A ledger key for an input that never became an article (no text to hash)."""
    return "unread-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def event_id(article_id: str, start: int, end: int, nth: int = 0) -> str:
    """Hash of the article and the trigger's offsets (`nth` separates events on one trigger)."""
    key = f"{article_id}:{start}:{end}" + (f":{nth}" if nth else "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def insert_rows(con, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert many rows at once, column-wise (DuckDB's executemany is far slower)."""
    if not rows:
        return
    params = {f"c{i}": [row[i] for row in rows] for i in range(len(columns))}
    names = ", ".join(f'"{name}"' for name in columns)
    values = ", ".join(f"unnest($c{i})" for i in range(len(columns)))
    con.execute(f"INSERT INTO {table} ({names}) SELECT {values}", params)


def _published_start(published: PartialDate | None) -> str | None:
    if published is None:
        return None
    return f"{published.year:04d}-{published.month or 1:02d}-{published.day or 1:02d}"


class _Rows:
    """Table rows for a batch of results, gathered column by column."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in RECORD_TABLES}
        self.articles: list[tuple[Any, ...]] = []

    def add(self, result: ArticleResult, seq: int) -> None:
        article = result.article
        aid = article.id
        self.articles.append(
            (
                aid,
                seq,
                article.source,
                article.published.isoformat() if article.published else None,
                _published_start(article.published),
                article.lang,
                article.title,
                article.text,
                result.to_dict()["schema"],
                json.dumps(result.pipeline, ensure_ascii=False, sort_keys=True),
            )
        )
        globals_of: dict[str, str] = {}
        for i, actor in enumerate(result.actors):
            gid = global_actor_id(
                actor.id,
                actor.wikidata,
                name=actor.name,
                kind=actor.kind,
                country=actor.country,
                article_id=aid,
            )
            globals_of.setdefault(actor.id, gid)
            self.tables["actors"].append(
                (aid, i, actor.id, gid, actor.name, actor.kind, actor.country, actor.cameo,
                 actor.wikidata)
            )  # fmt: skip
            for j, m in enumerate(actor.mentions):
                self.tables["mentions"].append((aid, i, j, m.start, m.end, m.text))
        for i, t in enumerate(result.timexes):
            self.tables["timexes"].append((aid, i, t.start, t.end, t.text, t.type, t.value))
        for i, q in enumerate(result.quotes):
            speaker_global = globals_of.get(q.speaker, q.speaker) if q.speaker else None
            self.tables["quotes"].append(
                (aid, i, q.start, q.end, q.text, q.speaker, speaker_global, q.cue)
            )
        for i, a in enumerate(result.amounts):
            exact = str(a.value) if isinstance(a.value, int) else None
            self.tables["amounts"].append(
                (aid, i, a.start, a.end, a.text, float(a.value), exact, a.unit, a.approx,
                 a.subject, a.date)
            )  # fmt: skip
        seen: dict[tuple[int, int], int] = {}
        for i, e in enumerate(result.events):
            span = (e.trigger.start, e.trigger.end)
            nth = seen.get(span, 0)
            seen[span] = nth + 1

            def glob(actor_id: str | None) -> str | None:
                return globals_of.get(actor_id, actor_id) if actor_id else None

            self.tables["events"].append(
                (event_id(aid, *span, nth), aid, i, e.code, e.root, e.quad_class,
                 float(e.goldstein), e.plover, e.source, e.target, e.location, glob(e.source),
                 glob(e.target), glob(e.location), e.date, e.date_from, e.modality,
                 e.trigger.start, e.trigger.end, e.trigger.text, e.sentence.start,
                 e.sentence.end)
            )  # fmt: skip


COLUMNS = {
    "articles": ("id", "seq", "source", "published", "published_start", "lang", "title", "text",
                 "schema", "pipeline"),
    "actors": ("article_id", "idx", "id", "global_id", "name", "kind", "country", "cameo",
               "wikidata"),
    "mentions": ("article_id", "actor_idx", "idx", "start", "end", "text"),
    "timexes": ("article_id", "idx", "start", "end", "text", "type", "value"),
    "quotes": ("article_id", "idx", "start", "end", "text", "speaker", "speaker_global", "cue"),
    "amounts": ("article_id", "idx", "start", "end", "text", "value", "value_int", "unit",
                "approx", "subject", "date"),
    "events": ("id", "article_id", "idx", "code", "root", "quad_class", "goldstein", "plover",
               "source", "target", "location", "source_global", "target_global",
               "location_global", "date", "date_from", "modality", "trigger_start",
               "trigger_end", "trigger_text", "sentence_start", "sentence_end"),
}  # fmt: skip


def _delete_articles(con, ids: list[str]) -> None:
    for table in RECORD_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest($ids))", {"ids": ids})
    con.execute("DELETE FROM articles WHERE id IN (SELECT unnest($ids))", {"ids": ids})


def write_batch(
    con,
    results: Sequence[ArticleResult],
    failures: Iterable[LedgerFailure] = (),
    *,
    now: datetime,
    version: str | None = None,
) -> None:
    """Store `results` (replacing earlier records of the same articles) and ledger every input.

    One transaction: all of it is stored, or none of it.
    """
    failures = list(failures)
    version = version or current_pipeline_version()
    con.execute("BEGIN TRANSACTION")
    try:
        ids = list(
            dict.fromkeys([r.article.id for r in results] + [f.article_id for f in failures])
        )
        old_seq = dict(
            con.execute(
                "SELECT id, seq FROM articles WHERE id IN (SELECT unnest($ids))", {"ids": ids}
            ).fetchall()
        ) if ids else {}  # fmt: skip
        next_seq = (con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]) + 1
        if old_seq:  # records exist only for articles stored before (same transaction)
            _delete_articles(con, list(old_seq))
        rows = _Rows()
        for result in dict((r.article.id, r) for r in results).values():
            seq = old_seq.get(result.article.id)
            if seq is None:
                seq, next_seq = next_seq, next_seq + 1
            rows.add(result, seq)
        insert_rows(con, "articles", COLUMNS["articles"], rows.articles)
        for table in RECORD_TABLES:
            insert_rows(con, table, COLUMNS[table], rows.tables[table])
        ledger = [
            (r.article.id, r.article.source, DONE, None, pipeline_version_of(r.pipeline), now)
            for r in results
        ] + [(f.article_id, f.source, FAILED, f.error, version, now) for f in failures]
        if ledger:
            con.execute(
                "DELETE FROM ledger WHERE article_id IN (SELECT unnest($ids))",
                {"ids": [row[0] for row in ledger]},
            )
            insert_rows(
                con,
                "ledger",
                ("article_id", "source", "status", "error", "pipeline_version", "updated_at"),
                list({row[0]: row for row in ledger}.values()),
            )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('consolidated', 'no')")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def ledger_state(con, ids: Sequence[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """article id -> (status, pipeline version, error) for the ids the ledger knows."""
    if not ids:
        return {}
    rows = con.execute(
        "SELECT article_id, status, pipeline_version, error FROM ledger "
        "WHERE article_id IN (SELECT unnest($ids))",
        {"ids": list(ids)},
    ).fetchall()
    return {aid: (status, version, error) for aid, status, version, error in rows}

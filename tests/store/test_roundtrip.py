"""Records -> store -> records: what goes into the DuckDB file comes back equal."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.store.strategies import results
from veille.store import Store
from veille.store.read import records
from veille.store.write import write_batch

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def _json(result) -> str:
    return json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False)


def test_store_gives_back_every_record_unchanged(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("roundtrip") / "store.duckdb")

    @given(st.lists(results(), min_size=1, max_size=3, unique_by=lambda r: r.article.id))
    def roundtrip(batch):
        write_batch(con, batch, now=NOW)
        back = list(records(con, [r.article.id for r in batch]))
        assert back == batch
        # the JSON too: 190000000 stays an integer, 1.5 a float, "042" a string
        assert [_json(r) for r in back] == [_json(r) for r in batch]

    with store.writing() as con:
        roundtrip()


def test_rewriting_an_article_replaces_its_records(tmp_path):
    store = Store(tmp_path / "store.duckdb")

    @settings(max_examples=50)  # the round trip above is the thorough one
    @given(results())
    def rewrite(result):
        write_batch(con, [result], now=NOW)
        write_batch(con, [result], now=NOW)
        (back,) = records(con, [result.article.id])
        n_articles = con.execute(
            "SELECT count(*) FROM articles WHERE id = ?", [result.article.id]
        ).fetchone()[0]
        assert back == result
        assert n_articles == 1

    with store.writing() as con:
        rewrite()

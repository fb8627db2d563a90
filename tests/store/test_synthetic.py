"""The benchmark's generated store answers the same queries as a real one."""

from __future__ import annotations

from veille import query
from veille.store import Store
from veille.store.synthetic import generate_events


def test_a_generated_store_answers_dyad_and_timeline(tmp_path):
    store = Store(tmp_path / "generated.duckdb")
    with store.writing() as con:
        generate_events(con, 5_000)
    with store.reading() as con:
        dyad = query.dyad(con, "Russie", "Chine", by="year")
        timeline = query.timeline(con, "Russie", by="year")
        total = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert total == 5_000
    assert sum(row["n_events"] for row in dyad) > 0
    assert {row["direction"] for row in dyad} == {"a->b", "b->a"}
    assert sum(row["n_events"] for row in timeline) >= sum(row["n_events"] for row in dyad)

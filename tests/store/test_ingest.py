"""Ingest with a ledger: idempotent, failures recorded, --force and new versions redo."""

from __future__ import annotations

import pytest

from tests.store.dump import dump
from veille.store import Store
from veille.store.ingest import ingest
from veille.store.read import records

pytestmark = pytest.mark.model

FILES = ("wn_2016-03-28_001.txt", "wn_2016-03-30_001.txt", "wn_2016-03-11_001.txt")


@pytest.fixture
def paths(shared):
    return [str(shared / "corpus" / "wikinews-fr" / name) for name in FILES]


def test_ingest_stores_exactly_what_extract_gives(tmp_path, paths, extractor):
    from veille.sources import read_paths

    summary = ingest(paths, Store(tmp_path / "s.duckdb"), extractor=extractor, batch_size=2)
    assert (summary.new, summary.failed, summary.batches) == (3, 0, 2)
    expected = [r.to_dict() for r in extractor.run(read_paths(paths))]
    with Store(tmp_path / "s.duckdb").reading() as con:
        stored = [r.to_dict() for r in records(con)]
    assert stored == expected


def test_reingesting_the_same_files_changes_nothing(tmp_path, paths, extractor):
    store = Store(tmp_path / "s.duckdb")
    ingest(paths, store, extractor=extractor)
    before = dump(store.path)
    again = ingest(paths + paths[:1], store, extractor=extractor)
    assert (again.new, again.updated, again.unchanged, again.batches) == (0, 0, 4, 0)
    assert dump(store.path) == before


def test_unreadable_input_is_ledgered_with_its_message(tmp_path, paths, extractor):
    store = Store(tmp_path / "s.duckdb")
    missing = str(tmp_path / "absent.txt")
    summary = ingest([missing, *paths], store, extractor=extractor)
    assert (summary.new, summary.failed) == (3, 1)
    with store.reading() as con:
        rows = con.execute("SELECT source, error FROM ledger WHERE status = 'failed'").fetchall()
    assert rows == [(missing, "[E107] no such file or directory")]
    assert ingest([missing], store, extractor=extractor).failed == 1
    assert dump(store.path)["ledger"].__len__() == 4


def test_force_reprocesses_every_article_and_keeps_their_order(tmp_path, paths, extractor):
    store = Store(tmp_path / "s.duckdb")
    ingest(paths, store, extractor=extractor)
    before = dump(store.path)
    summary = ingest(paths, store, extractor=extractor, force=True)
    assert (summary.new, summary.updated) == (0, 3)
    assert dump(store.path) == before


def test_records_of_an_older_pipeline_are_redone(tmp_path, paths, extractor):
    store = Store(tmp_path / "s.duckdb")
    ingest(paths, store, extractor=extractor)
    with store.writing() as con:
        con.execute(
            "UPDATE ledger SET pipeline_version = '0.0.1+veille_actors' WHERE source = ?",
            [paths[0]],
        )
    summary = ingest(paths, store, extractor=extractor)
    assert (summary.updated, summary.unchanged) == (1, 2)

"""Parquet, JSON Lines, GEXF and brat exports of a small hand-made store."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import duckdb
import pytest

from tests.store.handmade import article, store_records
from tests.test_consolidate import REPORTS
from veille.export import export
from veille.export.brat import fragments
from veille.store import Store

MULTILINE = article(
    "<actor id='country:FRA' name='France'>La France</actor> a dit :\n"
    "<quote speaker='country:FRA'>non\nà tout</quote>. Le <amount value='3' unit='%' "
    "subject='chômage' date='2023'>3 %</amount> de <t value='2023'>2023</t>.",
    source="m.txt",
    published="2023-10-17",
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("formats") / "s.duckdb")
    store_records(store, [*REPORTS.values(), MULTILINE])
    return store


def test_jsonl_gives_back_the_contract_records(store, tmp_path):
    with store.reading() as con:
        (path,) = export(con, "jsonl", tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [r.to_dict() for r in [*REPORTS.values(), MULTILINE]]
    assert [json.loads(line) for line in lines] == json.loads(json.dumps(expected))


def test_parquet_has_one_typed_file_per_table(store, tmp_path):
    with store.reading() as con:
        written = export(con, "parquet", tmp_path)
    assert {p.stem for p in written} >= {"articles", "events", "clusters", "ledger", "conflicts"}
    parquet = str(tmp_path / "events.parquet")
    with duckdb.connect() as con:
        types = {
            row[0]: row[1] for row in con.execute(f"DESCRIBE SELECT * FROM '{parquet}'").fetchall()
        }
        n = con.execute(f"SELECT count(*) FROM '{parquet}'").fetchall()[0][0]
    assert (types["code"], types["quad_class"], types["goldstein"]) == (
        "VARCHAR",
        "INTEGER",
        "DOUBLE",
    )
    assert n == len(REPORTS)


def test_gexf_edges_carry_event_counts_and_mean_goldstein(store, tmp_path):
    with store.reading() as con:
        (path,) = export(con, "gexf", tmp_path)
    ns = {"g": "http://gexf.net/1.3"}
    graph = ET.parse(path).getroot().find("g:graph", ns)
    nodes = {n.get("id"): n.get("label") for n in graph.iterfind("g:nodes/g:node", ns)}
    assert nodes == {"wikidata:Q159": "Russie", "wikidata:Q148": "Chine"}
    edges = {
        (e.get("source"), e.get("target")): e.get("weight")
        for e in graph.iterfind("g:edges/g:edge", ns)
    }
    assert edges == {
        ("wikidata:Q159", "wikidata:Q148"): "3",
        ("wikidata:Q148", "wikidata:Q159"): "1",
    }


def test_brat_spans_match_the_text_and_split_at_line_ends(store, tmp_path):
    with store.reading() as con:
        export(con, "brat", tmp_path)
    text = (tmp_path / f"{MULTILINE.article.id}.txt").read_text(encoding="utf-8")
    assert text == MULTILINE.article.text
    ann = (tmp_path / f"{MULTILINE.article.id}.ann").read_text(encoding="utf-8")
    spans = [line.split("\t") for line in ann.splitlines() if line.startswith("T")]
    for _key, kind_and_offsets, covered in spans:
        pieces = kind_and_offsets.split(" ", 1)[1].split(";")
        joined = " ".join(text[int(s) : int(e)] for s, e in (p.split() for p in pieces))
        assert joined == covered
    assert any(line.startswith("Quote") and ";" in line for _, line, _ in spans)
    assert re.search(r"^R1\tSpeaker Arg1:T\d+ Arg2:T1$", ann, re.M)
    (tmp_path / "annotation.conf").read_text(encoding="utf-8")


def test_fragments_skip_line_ends():
    assert fragments("ab\ncd", 0, 5) == "0 2;3 5"
    assert fragments("abcd", 1, 3) == "1 3"

"""The read side on a small hand-made store: each question, answered from the store."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.store.handmade import article, store_records
from tests.test_consolidate import REPORTS
from veille import query
from veille.records import Quote
from veille.store import NotFound, Store

PUTIN = "<actor id='person:vladimir-poutine' name='Vladimir Poutine' kind='person' wikidata='Q7747' cameo='RUSGOV'>{}</actor>"  # noqa: E501
XI = "<actor id='person:xi-jinping' name='Xi Jinping' kind='person' wikidata='Q15031' cameo='CHNGOV'>{}</actor>"  # noqa: E501


def _with_quote(result, words: str, speaker: str, cue: str):
    """Add a quote around `words` (tags do not nest, and the quote holds an actor mention)."""
    start = result.article.text.index(words)
    quote = Quote(start, start + len(words), words, speaker, cue)
    return replace(result, quotes=(*result.quotes, quote))


QUOTED = _with_quote(
    article(
        f"« Notre amitié n'a pas de limites », a déclaré {PUTIN.format('Vladimir Poutine')}. "
        f"Nous saluons {PUTIN.format('Poutine')}, a répondu {XI.format('Xi Jinping')}.",
        source="https://www.lemonde.fr/q",
        published="2022-02-04",
    ),
    "Nous saluons Poutine",
    "person:xi-jinping",
    "a répondu",
)
QUOTED_2 = article(
    f"<quote speaker='person:vladimir-poutine' cue='a affirmé'>La coopération s'élargit</quote>"
    f", a affirmé {PUTIN.format('Poutine')} en mars.",
    source="https://www.rfi.fr/q2",
    published="2022-03-02",
)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("query") / "q.duckdb")
    store_records(store, [*REPORTS.values(), QUOTED, QUOTED_2])
    with store.reading() as connection:
        yield connection


def test_dyad_counts_both_directions_per_month_with_goldstein(con):
    rows = query.dyad(con, "Russie", "Chine", by="month")
    by_direction = {(r["period"], r["direction"]): r for r in rows}
    assert set(by_direction) == {("2022-02", "a->b"), ("2022-02", "b->a")}
    forward = by_direction[("2022-02", "a->b")]
    # the merged signing, the 20 February signing (cooperation) and the protest (conflict)
    assert forward["n_events"] == 3
    assert (forward["verbal_cooperation"], forward["verbal_conflict"]) == (2, 1)
    assert forward["sum_goldstein"] == pytest.approx(3 * 3.5)
    assert by_direction[("2022-02", "b->a")]["n_events"] == 1


def test_timeline_counts_an_actors_events_per_day(con):
    rows = query.timeline(con, "Chine", by="day")
    assert [(r["period"], r["n_events"]) for r in rows] == [("2022-02-04", 3), ("2022-02-20", 1)]


def test_events_filter_by_quad_class_code_prefix_and_dates(con):
    assert {e["root"] for e in query.events(con, quad_class=3)} == {"14"}
    assert len(query.events(con, code="057")) == 3
    assert [e["date"] for e in query.events(con, since="2022-02-10", until="2022-02")] == [
        "2022-02-20"
    ]
    assert query.events(con, modality="negated") == []


def test_quotes_by_speaker_and_by_words_accents_aside(con):
    by_xi = query.quotes(con, speaker="Xi Jinping")
    assert [q["text"] for q in by_xi] == ["Nous saluons Poutine"]
    found = query.quotes(con, contains="cooperation")
    assert [(q["speaker_name"], q["source"]) for q in found] == [
        ("Vladimir Poutine", "https://www.rfi.fr/q2")
    ]


def test_actor_profile_has_aliases_roles_activity_and_quotes_about(con):
    profile = query.actor_profile(con, "poutine")
    assert profile["id"] == "wikidata:Q7747"
    assert {a["alias"] for a in profile["aliases"]} == {"Vladimir Poutine", "Poutine"}
    assert profile["cameo_codes"] == ["RUSGOV"]
    assert profile["roles"]["speaker"] == 1
    assert [(m["month"], m["n_articles"]) for m in profile["activity"]] == [
        ("2022-02", 1),
        ("2022-03", 1),
    ]
    assert [q["text"] for q in profile["quotes_about"]] == ["Nous saluons Poutine"]
    assert [q["text"] for q in profile["quotes_by"]] == ["La coopération s'élargit"]


def test_top_actors_ranks_by_articles(con):
    top = query.top_actors(con, 2)
    assert [a["name"] for a in top] == ["Chine", "Russie"]
    assert top[0]["n_events"] == 4  # the merged signing counts once


def test_an_article_is_found_by_id_prefix_or_source(con):
    record = query.article(con, QUOTED.article.id[:6])
    assert record["article"]["source"] == "https://www.lemonde.fr/q"
    assert query.article(con, "https://www.rfi.fr/q2")["article"]["id"] == QUOTED_2.article.id
    with pytest.raises(NotFound):
        query.article(con, "zzzz")


def test_unknown_actor_is_a_clear_error(con):
    with pytest.raises(NotFound, match="Atlantide"):
        query.dyad(con, "Atlantide", "Chine")


def test_stats_counts_tables_and_ledger(con):
    result = query.stats(con)
    assert result["tables"]["articles"] == len(REPORTS) + 2
    assert result["ledger"] == {"done": len(REPORTS) + 2}
    assert result["consolidated"] is True


STATE_ARTICLE = article(
    "<actor id='country:RUS' name='Russie' kind='country' country='RUS' cameo='RUS'>La Russie"
    "</actor> et <actor id='country:CHN' name='Chine' kind='country' country='CHN' cameo='CHN'>"
    "la Chine</actor> sont proches. <actor id='person:vladimir-poutine' name='Vladimir Poutine' "
    "kind='person' country='RUS' cameo='RUSGOV'>Vladimir Poutine</actor> <event code='043' "
    "source='person:vladimir-poutine' target='government:CHN' date='2023-03-21'>a reçu</event> "
    "<actor id='government:CHN' name='gouvernement chinois' kind='organization' country='CHN' "
    "cameo='CHNGOV'>Pékin</actor>. <actor id='person:alexei-navalny' name='Alexeï Navalny' "
    "kind='person' country='RUS' cameo='RUSOPP'>Alexeï Navalny</actor> <event code='111' "
    "source='person:alexei-navalny' target='country:CHN' date='2023-03-22'>a critiqué</event> "
    "la Chine.",
    source="https://www.lemonde.fr/etat",
    published="2023-03-22",
)


@pytest.fixture(scope="module")
def state_con(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("state") / "s.duckdb")
    store_records(store, [STATE_ARTICLE])
    with store.reading() as connection:
        yield connection


def test_an_actor_is_found_by_one_word_of_its_name(state_con):
    assert query.resolve_actor(state_con, "Poutine") == ["person:vladimir-poutine"]
    assert query.resolve_actor(state_con, "navalny") == ["person:alexei-navalny"]
    assert query.resolve_actor(state_con, "Poutin") == []


def test_a_country_stands_for_its_state_in_event_queries_not_its_opposition(state_con):
    russia = query.events(state_con, actor="Russie")
    assert [(row["code"], row["source"]) for row in russia] == [("043", "person:vladimir-poutine")]
    assert query.resolve_actor(state_con, "Russie") == ["country:RUS"]


def test_dyad_of_two_countries_counts_their_leaders_and_governments(state_con):
    (row,) = query.dyad(state_con, "Russie", "Chine", by="month")
    assert (row["period"], row["direction"], row["n_events"]) == ("2023-03", "a->b", 1)


def test_actor_profile_lists_the_offices_the_knowledge_base_knows(state_con):
    offices = query.actor_profile(state_con, "Poutine")["offices"]
    assert {"role": "head_of_state", "start": "2012-05-07", "end": None} in [
        {key: office[key] for key in ("role", "start", "end")} for office in offices
    ]


def test_an_article_is_found_by_its_file_name_with_or_without_extension(tmp_path):
    store = Store(tmp_path / "f.duckdb")
    dated = article("La France a voté.", source="/corpus/wikinews-fr/wn_2016-01-04_002.txt")
    store_records(store, [dated])
    with store.reading() as connection:
        for key in ("wn_2016-01-04_002", "wn_2016-01-04_002.txt", dated.article.id):
            assert query.find_article(connection, key) == dated.article.id
        for key in ("wn_2016", "2016-01-04_002", "wn_2016-01-04_002.t"):
            with pytest.raises(NotFound):
                query.find_article(connection, key)

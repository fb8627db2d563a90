"""Consolidation across articles on hand-made French articles: one actor per identity, one
event per real event, and figures that disagree."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.handmade import article, store_records
from veille import query
from veille.consolidate import Figure, Interval, dates_agree, disagree, timex_interval
from veille.store import Store

RUS = "<actor id='country:RUS' name='Russie' wikidata='Q159' cameo='RUS'>{}</actor>"
CHN = "<actor id='country:CHN' name='Chine' wikidata='Q148' cameo='CHN'>{}</actor>"


def signed(code: str, when: str, *, source="country:RUS", target="country:CHN") -> str:
    return f"<event code='{code}' source='{source}' target='{target}' date='{when}'>"


REPORTS = {
    "a": article(
        f"{RUS.format('La Russie')} et {CHN.format('la Chine')} "
        f"{signed('057', '2022-02-04')}ont signé</event> un accord gazier à Pékin.",
        source="https://www.lemonde.fr/a",
        published="2022-02-04",
    ),
    "b": article(
        f"{RUS.format('Moscou')} a {signed('05', '2022-02-05')}coopéré</event> avec "
        f"{CHN.format('Pékin')} le 5 février.",
        source="https://www.lefigaro.fr/b",
        published="2022-02-06",
    ),
    "c": article(
        f"En février, {RUS.format('la Russie')} {signed('057', '2022-02')}a conclu</event> "
        f"un accord avec {CHN.format('la Chine')}.",
        source="https://www.rfi.fr/c",
        published="2022-02-07",
    ),
    "d": article(
        f"{RUS.format('La Russie')} {signed('057', '2022-02-20')}a signé</event> un second "
        f"accord avec {CHN.format('la Chine')} le 20 février.",
        source="https://www.lemonde.fr/d",
        published="2022-02-20",
    ),
    "e": article(
        f"{CHN.format('La Chine')} "
        f"{signed('057', '2022-02-04', source='country:CHN', target='country:RUS')}a signé"
        f"</event> avec {RUS.format('la Russie')}.",
        source="https://www.rfi.fr/e",
        published="2022-02-04",
    ),
    "f": article(
        f"{CHN.format('Pékin')} {signed('141', '2022-02-04')}manifeste</event> contre "
        f"{RUS.format('Moscou')}.",
        source="https://www.rfi.fr/f",
        published="2022-02-04",
    ),
}


@pytest.fixture
def events_store(tmp_path):
    store = Store(tmp_path / "events.duckdb")
    store_records(store, REPORTS.values())
    return store


def test_reports_of_one_signing_become_one_event_with_its_articles_and_sources(events_store):
    with events_store.reading() as con:
        found = query.events(con, actor="Russie", counterpart="Chine")
    merged = [e for e in found if e["n_articles"] > 1]
    assert len(merged) == 1
    (event,) = merged
    assert (event["n_articles"], event["n_sources"], event["n_reports"]) == (3, 3, 3)
    assert event["code"] == "057"  # more specific than the "05" one report gives
    assert event["date"] == "2022-02-04"  # more specific than "2022-02"
    assert event["first_source"] == "https://www.lemonde.fr/a"


def test_a_later_signing_a_reversed_dyad_and_another_root_stay_separate(events_store):
    with events_store.reading() as con:
        found = query.events(con, actor="Russie")
    singles = sorted((e["date"], e["source"], e["root"]) for e in found if e["n_articles"] == 1)
    assert singles == [
        ("2022-02-04", "wikidata:Q148", "05"),
        ("2022-02-04", "wikidata:Q159", "14"),
        ("2022-02-20", "wikidata:Q159", "05"),
    ]


def test_one_global_actor_per_knowledge_base_id_with_every_alias(tmp_path):
    store = Store(tmp_path / "actors.duckdb")
    store_records(
        store,
        [
            article(
                "<actor id='person:poutine' name='Poutine' kind='person' wikidata='Q7747'>"
                "Poutine</actor> est arrivé.",
                source="a.txt",
            ),
            article(
                "<actor id='person:vladimir-poutine' name='Vladimir Poutine' kind='person' "
                "wikidata='Q7747'>Vladimir Poutine</actor> a parlé. <actor "
                "id='person:vladimir-poutine' kind='person' name='Vladimir Poutine' "
                "wikidata='Q7747'>Le président russe</actor> a souri.",
                source="b.txt",
            ),
            article(
                "<actor id='person:jean-dupont' name='Jean Dupont' kind='person'>Jean Dupont"
                "</actor> et <actor id='person:jean-dupont' name='Jean Dupont' kind='person'>"
                "M. Dupont</actor>.",
                source="c.txt",
            ),
            article(
                "<actor id='person:jean-dupont' name='Jean Dupont' kind='person'>Jean Dupont"
                "</actor> revient.",
                source="d.txt",
            ),
        ],
    )
    with store.reading() as con:
        assert query.resolve_actor(con, "le president russe") == ["wikidata:Q7747"]
        putin = query.actor_profile(con, "Poutine")
        dupont = query.actor_profile(con, "jean dupont")
    assert putin["n_articles"] == 2
    assert {a["alias"] for a in putin["aliases"]} == {
        "Poutine",
        "Vladimir Poutine",
        "Le président russe",
    }
    assert (dupont["id"], dupont["n_articles"], dupont["n_mentions"]) == (
        "person:jean-dupont",
        2,
        3,
    )


TRADE = "commerce entre la Russie et la Chine"


def figure(value: str, *, approx="eq", date="2022", subject=TRADE, text="") -> str:
    return (
        f"<amount value='{value}' unit='USD' approx='{approx}' subject='{subject}' "
        f"date='{date}'>{text}</amount>"
    )


def test_190_millions_against_190_milliards_for_2022_trade_is_a_conflict(tmp_path):
    store = Store(tmp_path / "figures.duckdb")
    millions = article(
        f"Le {TRADE} a atteint {figure('190000000', text='190 millions de dollars')} en 2022.",
        source="https://www.lemonde.fr/g",
    )
    milliards = article(
        f"En 2022, le {TRADE} a atteint "
        f"{figure('190000000000', subject='le ' + TRADE, text='190 milliards de dollars')}.",
        source="https://www.lefigaro.fr/h",
    )
    about = article(
        f"Le {TRADE} a représenté "
        f"{figure('190300000000', approx='about', text='environ 190,3 milliards de dollars')}"
        " l'an dernier.",
        source="https://www.rfi.fr/i",
    )
    other_year = article(
        f"En 2021, le {TRADE} était de "
        f"{figure('146900000000', date='2021', text='146,9 milliards de dollars')}.",
        source="https://www.rfi.fr/j",
    )
    store_records(store, [millions, milliards, about, other_year])
    with store.reading() as con:
        found = query.conflicts(con)
    pairs = {frozenset((c["text_a"], c["text_b"])) for c in found}
    assert pairs == {
        frozenset(("190 millions de dollars", "190 milliards de dollars")),
        frozenset(("190 millions de dollars", "environ 190,3 milliards de dollars")),
    }
    texts = {r.article.id: r.article.text for r in (millions, milliards, about)}
    for conflict in found:
        for side in "ab":
            text = texts[conflict[f"article_{side}"]]
            span = text[conflict[f"start_{side}"] : conflict[f"end_{side}"]]
            assert span == conflict[f"text_{side}"]
        assert {conflict["source_a"], conflict["source_b"]} >= {"https://www.lemonde.fr/g"}


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2022-02-04", "2022-02-05", True),
        ("2022-02-04", "2022-02-06", False),
        ("2022-02", "2022-02-28", True),
        ("2022-02", "2022-03-01", False),
        ("2022", "2022-W05", True),
        ("2023-10-16TEV", "2023-10-17", True),
        ("PAST_REF", "2022", False),
    ],
)
def test_dates_agree_at_their_precision(a, b, agree):
    assert dates_agree(timex_interval(a), timex_interval(b)) is agree


def test_a_week_covers_monday_to_sunday():
    assert timex_interval("2023-W42") == Interval(date(2023, 10, 16), date(2023, 10, 22))


def _figure(value: float, approx: str = "eq") -> Figure:
    return Figure("x", 0, value, "USD", approx, "commerce", "2022")


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (_figure(100), _figure(103), False),
        (_figure(100), _figure(120), True),
        (_figure(100, "about"), _figure(115), False),
        (_figure(100, "gt"), _figure(150), False),
        (_figure(100, "gt"), _figure(90), True),
        (_figure(100, "lt"), _figure(200, "gt"), True),
    ],
)
def test_figures_disagree_beyond_their_tolerance_or_bounds(a, b, conflict):
    assert disagree(a, b) is conflict


def test_a_description_is_one_actor_per_article_unless_a_known_country_body(tmp_path):
    shooter = "<actor id='person:tireur' name='tireur' kind='person' cameo='UAF'>Le tireur</actor>"
    police = (
        "<actor id='org:police-francaise' name='police française' kind='organization' "
        "country='FRA' cameo='FRACOP'>La police française</actor>"
    )
    government = "<actor id='org:gouvernement' name='gouvernement' kind='organization'>"
    store = Store(tmp_path / "described.duckdb")
    store_records(
        store,
        [
            article(f"{shooter} a été arrêté {day}. {police} enquête. {government}Le "
                    "gouvernement</actor> réagit.", source=f"{day}.txt")
            for day in ("lundi", "mardi")  # two articles (the same text would be one)
        ],
    )  # fmt: skip
    with store.reading() as con:
        rows = con.execute("SELECT id, global_id FROM actors").fetchall()
    globals_of: dict[str, set[str]] = {}
    for actor_id, global_id in rows:
        globals_of.setdefault(actor_id, set()).add(global_id)
    assert len(globals_of["person:tireur"]) == 2  # two shootings, two shooters
    assert len(globals_of["org:gouvernement"]) == 2  # whose government depends on the article
    assert globals_of["org:police-francaise"] == {"org:police-francaise"}

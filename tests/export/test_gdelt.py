"""The GDELT export: GDELT 2.0's columns in order with a header, codes as strings, the event's
own date, one mentions row per report."""

from __future__ import annotations

import csv

import pytest

from tests.store.handmade import article, store_records
from tests.test_consolidate import REPORTS
from veille.export import export
from veille.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from veille.store import Store

CONSULT = article(
    "<actor id='country:FRA' name='France' cameo='FRAGOV' country='FRA'>Paris</actor> "
    "<event code='042' source='country:FRA' target='country:DEU' date='2023-10'>s'est rendu"
    "</event> en <actor id='country:DEU' name='Allemagne' country='DEU'>Allemagne</actor>.",
    source="https://www.lemonde.fr/visite",
    published="2023-10",
)


def _reference_names(path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as file:
        return [row["name"] for row in csv.DictReader(file)]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gdelt")
    store = Store(folder / "s.duckdb")
    store_records(store, [*REPORTS.values(), CONSULT])
    with store.reading() as con:
        export(con, "gdelt", folder / "out")

    def rows(name: str) -> list[dict[str, str]]:
        with (folder / "out" / name).open(encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))

    return rows("gdelt.events.tsv"), rows("gdelt.mentions.tsv"), folder / "out"


def test_columns_are_gdelts_in_their_order(shared):
    reference = shared / "reference"
    assert list(EVENT_COLUMNS) == _reference_names(reference / "gdelt_events2_columns.csv")
    assert len(EVENT_COLUMNS) == 61
    assert list(MENTION_COLUMNS) == _reference_names(reference / "gdelt_mentions_columns.csv")


def test_files_start_with_the_header_and_every_row_has_every_column(exported):
    events, mentions, folder = exported
    first_line = (folder / "gdelt.events.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line.split("\t") == list(EVENT_COLUMNS)
    assert all(len(row) == 61 and None not in row.values() for row in events)
    assert all(set(row) == set(MENTION_COLUMNS) for row in mentions)


def test_one_row_per_consolidated_event_and_one_mention_per_report(exported):
    events, mentions, _ = exported
    assert len(events) == 5  # the merged signing, three separate events, the visit
    assert len({row["GLOBALEVENTID"] for row in events}) == len(events)
    merged = next(row for row in events if row["NumArticles"] == "3")
    assert merged["NumSources"] == "3"
    reports = [m for m in mentions if m["GLOBALEVENTID"] == merged["GLOBALEVENTID"]]
    assert sorted(m["MentionSourceName"] for m in reports) == [
        "lefigaro.fr",
        "lemonde.fr",
        "rfi.fr",
    ]
    assert len(mentions) == len(REPORTS) + 1


def test_cameo_codes_stay_strings_and_sqldate_is_the_event_day(exported):
    events, _, _ = exported
    visit = next(row for row in events if row["SOURCEURL"] == "https://www.lemonde.fr/visite")
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == (
        "042", "042", "04"
    )  # fmt: skip
    # a month-precise event: no invented day
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == ("", "202310", "2023")
    assert (visit["Actor1Code"], visit["Actor1Type1Code"], visit["Actor2CountryCode"]) == (
        "FRAGOV", "GOV", "DEU"
    )  # fmt: skip
    merged = next(row for row in events if row["NumArticles"] == "3")
    assert (merged["SQLDATE"], merged["EventCode"]) == ("20220204", "057")
    assert merged["SOURCEURL"] == "https://www.lemonde.fr/a"


def test_mentions_point_at_the_trigger_and_actors(exported):
    _, mentions, _ = exported
    visit = next(m for m in mentions if m["MentionIdentifier"] == "https://www.lemonde.fr/visite")
    text = CONSULT.article.text
    offset = int(visit["ActionCharOffset"])
    assert text[offset:].startswith("s'est rendu")
    assert text[int(visit["Actor1CharOffset"]) :].startswith("Paris")
    assert visit["MentionType"] == "1"

"""The knowledge base: schemas, coverage, and facts checked against the shared references."""

from __future__ import annotations

import time

import pytest

from veille import kb
from veille.datafiles import DataFileError, read_yaml
from veille.kb import Role, data_files, held_at, index_cache, knowledge_base
from veille.kb.index_cache import load_or_build
from veille.text import fold


def test_kb_covers_every_iso_country_with_a_french_name():
    kb = knowledge_base()
    countries = [e for e in kb.entries.values() if e.kind == "country"]
    assert len(countries) >= 249
    assert kb.entries["country:DEU"].name == "Allemagne"
    assert all(e.name for e in countries)


def test_kb_resolves_metonyms_and_epithets_to_their_country():
    kb = knowledge_base()
    for surface, iso3 in [
        ("le kremlin", "RUS"),
        ("pekin", "CHN"),
        ("empire du milieu", "CHN"),
        ("la maison-blanche", "USA"),
        ("matignon", "FRA"),
        ("etats-unis", "USA"),
        ("chinoises", "CHN"),
    ]:
        assert f"country:{iso3}" in {s.entry_id for s in kb.surfaces[surface]}, surface


def test_kb_demonyms_agree_with_prolex(shared):
    """Every demonym we give a country is listed by Prolex for that country (ISO alpha-2)."""
    dic = (shared / "reference" / "prolex" / "Prolex-PaysCapitales.dic.utf8").read_text(
        encoding="utf-8"
    )
    prolex: dict[str, set[str]] = {}
    for line in dic.splitlines():
        if "+A+" not in line.replace(".A+", "+A+") or "+Iso" not in line:
            continue
        form = line.split(",", 1)[0]
        iso2 = line.split("+Iso", 1)[1][:2]
        prolex.setdefault(iso2, set()).add(fold(form))
    kb = knowledge_base()
    checked = disagree = 0
    for folded, surfaces in kb.surfaces.items():
        for s in surfaces:
            if s.form != "demonym":
                continue
            iso2 = {"CHN": "CN", "RUS": "RU", "DEU": "DE", "FRA": "FR", "USA": "US"}.get(
                s.entry_id.split(":")[1]
            )
            if iso2 and iso2 in prolex:
                checked += 1
                disagree += folded not in prolex[iso2]
    assert checked >= 10
    assert disagree <= checked // 5


def test_kb_has_at_least_150_organisations_with_cameo_codes():
    kb = knowledge_base()
    orgs = [e for e in kb.entries.values() if e.id.startswith("org:")]
    assert len(orgs) >= 150
    assert kb.entries["org:onu"].cameo == "IGOUNO"
    assert {s.entry_id for s in kb.surfaces["otan"]} == {"org:otan"}


def test_kb_cameo_country_codes_follow_phoenix(shared):
    phoenix = (shared / "reference" / "phoenix" / "Phoenix.Countries.actors.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    kb = knowledge_base()
    for iso3 in ("RUS", "CHN", "FRA", "USA", "ISR", "SYR"):
        assert f"[{kb.entries[f'country:{iso3}'].cameo}]" in phoenix


def test_kb_offices_are_held_within_partial_dates():
    role = Role("head_of_state", "RUSGOV", "2012-05-07", None, country="RUS")
    assert held_at(role, "2023-10")
    assert held_at(role, "2012")
    assert not held_at(role, "2011-12")
    ended = Role("head_of_state", "FRAGOV", "2012-05-15", "2017-05-14", country="FRA")
    assert held_at(ended, "2017-05")
    assert not held_at(ended, "2017-06")


@pytest.mark.slow  # a timing: run it on a quiet machine
def test_kb_loads_within_two_seconds():
    knowledge_base.cache_clear()
    started = time.perf_counter()
    knowledge_base()
    assert time.perf_counter() - started < 2.0


def test_kb_cache_is_rebuilt_when_a_data_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "people.yaml"
    data.write_text("people: []\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"build": len(builds)}

    assert load_or_build("index", [data], build) == {"build": 1}
    assert load_or_build("index", [data], build) == {"build": 1}  # read back, not rebuilt
    data.write_text("people: [{name: X}]\n", encoding="utf-8")
    assert load_or_build("index", [data], build) == {"build": 2}
    assert len(list((tmp_path / "cache").glob("index-*.pickle"))) == 1  # stale one dropped


def test_kb_cache_is_rebuilt_when_the_builder_code_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "people.yaml"
    data.write_text("people: []\n", encoding="utf-8")
    builder = tmp_path / "builder.py"
    namespace: dict[str, object] = {}

    def load_builder(result: str):  # a module file whose text changes, as an edited checkout's
        builder.write_text(f"def build():\n    return {result!r}\n", encoding="utf-8")
        exec(compile(builder.read_text(encoding="utf-8"), str(builder), "exec"), namespace)
        return namespace["build"]

    assert load_or_build("index", [data], load_builder("old")) == "old"
    assert load_or_build("index", [data], load_builder("new")) == "new"


def test_kb_cache_is_rebuilt_when_a_module_of_its_classes_changes(tmp_path, monkeypatch):
    """The index holds objects of classes defined outside the builder (the trie's nodes): an
    edited class module must not load the old pickle either."""
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "people.yaml"
    data.write_text("people: []\n", encoding="utf-8")
    classes = tmp_path / "matcher.py"
    classes.write_text("class Node: pass\n", encoding="utf-8")
    monkeypatch.setattr(index_cache, "_source_files", lambda: [classes])
    builds: list[int] = []

    def build() -> int:
        builds.append(1)
        return len(builds)

    assert load_or_build("index", [data], build) == 1
    assert load_or_build("index", [data], build) == 1
    classes.write_text("class Node:\n    __slots__ = ('children',)\n", encoding="utf-8")
    assert load_or_build("index", [data], build) == 2


def test_kb_cache_survives_a_corrupt_file(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path))
    data = tmp_path / "countries.yaml"
    data.write_text("countries: []\n", encoding="utf-8")
    load_or_build("index", [data], lambda: "first")
    for stored in tmp_path.glob("index-*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert load_or_build("index", [data], lambda: "rebuilt") == "rebuilt"


def test_kb_cache_key_covers_every_people_file():
    names = {f.name for f in data_files()}
    assert {"countries.yaml", "organizations.yaml", "europe.yaml", "people.schema.json"} <= names


def test_kb_tells_parties_from_other_organisations():
    kb = knowledge_base()
    assert kb.entries["org:ps"].org_kind == "party"
    assert kb.entries["org:onu"].org_kind == "igo"
    assert kb.entries["country:FRA"].org_kind is None


def test_kb_knows_regions_departments_and_states_with_their_country():
    kb = knowledge_base()
    for surface, place, country in [
        ("loire-atlantique", "place:loire-atlantique", "FRA"),
        ("val d'oise", "place:val-d-oise", "FRA"),
        ("californie", "place:californie", "USA"),
        ("colombie-britannique", "place:colombie-britannique", "CAN"),
    ]:
        ids = {s.entry_id for s in kb.surfaces[surface]}
        assert place in ids, surface
        assert kb.entries[place].kind == "place"
        assert kb.entries[place].country == country


def test_kb_places_leave_common_words_and_capitals_to_the_model():
    kb = knowledge_base()
    for word in ("nord", "vienne", "lot", "cher"):
        assert not any(s.entry_id.startswith("place:") for s in kb.surfaces.get(word, []))


def test_kb_reads_the_vatican_as_the_holy_sees_seat():
    kb = knowledge_base()
    assert {s.form for s in kb.surfaces["le vatican"] if s.entry_id == "country:VAT"} == {"seat"}


@pytest.mark.parametrize(
    ("date", "name"),
    [
        ("2016-03-01", "Facebook"),
        ("2021-10-27", "Facebook"),
        ("2021-10", "Meta"),  # the month straddles the renaming: the current name
        ("2022", "Meta"),
        (None, "Meta"),
    ],
)
def test_kb_names_an_organisation_as_it_was_called_at_the_date(date, name):
    kb = knowledge_base()
    assert kb.entries["org:meta"].name_at(date) == name
    assert any(s.entry_id == "org:meta" for s in kb.surfaces[fold("Facebook")])


@pytest.mark.parametrize(
    ("date", "name"), [("2023-06", "Twitter"), ("2023-07", "Twitter"), ("2024", "X")]
)
def test_kb_names_an_organisation_by_a_later_name_from_its_day_without_matching_it(date, name):
    kb = knowledge_base()
    assert kb.entries["org:twitter"].name_at(date) == name
    assert not any(s.entry_id == "org:twitter" for s in kb.surfaces.get("x", []))


def test_a_broken_knowledge_base_file_is_named_in_one_line(tmp_path):
    broken = tmp_path / "europe.yaml"
    broken.write_text("people:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        read_yaml(broken, "veille.kb/people/europe.yaml", kb._Loader)
    message = str(error.value)
    assert message.startswith("[E202] veille.kb/people/europe.yaml: not valid YAML: line 3")
    assert "\n" not in message


def test_a_missing_knowledge_base_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match=r"^\[E202\] veille\.kb/nowhere\.yaml: cannot be read"):
        kb._read("nowhere")

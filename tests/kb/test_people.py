"""The people files of the knowledge base: schema, coverage, consistency, and facts.

Dates of office are checked against each other (one head of state at a time) and against
the Phoenix actor dictionaries (`../shared/reference/phoenix/`, government roles up to
January 2014), which are read here and never copied into the project.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import jsonschema
import pytest
import yaml

from veille.text import fold

ROOT = Path(__file__).resolve().parents[2]
KB = ROOT / "src" / "veille" / "kb"
PEOPLE = KB / "people"
SCHEMA = KB / "schemas" / "people.schema.json"

MIN_PEOPLE = 600
EXCLUSIVE_OFFICES = ("head_of_state", "head_of_government")
HANDOVER = timedelta(days=1)  # outgoing and incoming holder may share the hand-over day
PHOENIX_TOLERANCE = timedelta(days=31)
OPEN_END = date(9999, 1, 1)  # an office still held
PHOENIX_WINDOW = (date(2000, 1, 1), date(2013, 12, 31))  # the dictionaries stop in January 2014
# Folded names deliberately shared by two people (none yet): name -> the ids that share it.
SHARED_NAMES: dict[str, set[str]] = {}
# Reviewed disagreements where Phoenix is wrong or codes a post we do not list:
# person id -> why. Every other disagreement fails the test.
PHOENIX_REVIEWED: dict[str, str] = {
    "laurent-fabius": "Phoenix has FRAGOV for the 1980s only, not 2000-2002 or 2012-2016",
    "francois-baroin": "budget minister from 2010-03-22 (Journal officiel); Phoenix later",
    "valdas-adamkus": "president of Lithuania 1998-2003; Phoenix codes him LTUELI until 2000",
    "nkosazana-dlamini-zuma": "foreign minister 1999-2009; Phoenix codes ZAFGOV from 2004 only",
    "dmitri-medvedev": "first deputy prime minister 2005-11-14..2008-05-07; Phoenix has a gap",
    "viktor-ianoukovitch": "inaugurated president 2010-02-25; Phoenix starts in March",
    "petro-porochenko": "foreign minister from 2009-10-09 (Rada vote); Phoenix starts later",
    "mark-carney": "Bank of Canada governor from 2008-02-01; Phoenix starts in June 2008",
    "li-zhaoxing": "named foreign minister by the NPC on 2003-03-17; Phoenix starts in May",
    "yang-jiechi": "named foreign minister on 2007-04-27; Phoenix starts in June",
    "kim-jong-il": "North Korea's leader 1994-2011; Phoenix has no PRKGOV for 2000-2004",
    "abdullah-gul": "prime minister 2002-11-18, foreign minister 2003-2007; Phoenix from 2007",
    "mohamed-morsi": "inaugurated 2012-06-30; Phoenix starts in October 2012",
    "ali-bongo-ondimba": "sworn in 2009-10-16; Phoenix starts in 2010",
    "jaap-de-hoop-scheffer": "foreign minister until 2003-12-03; Phoenix ends in August 2003",
}


@cache
def _files() -> dict[str, dict]:
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(PEOPLE.glob("*.yaml"))
    }


def _people() -> list[dict]:
    return [person for data in _files().values() for person in data["people"]]


def _bounds(value: str) -> tuple[date, date]:
    """First and last day a partial ISO date may stand for ("2012-05" -> May 1st..31st)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _surely_held(role: dict) -> tuple[date, date]:
    """The days the role was certainly held: latest possible start to earliest possible end."""
    start = _bounds(role["start"])[1]
    end = _bounds(role["end"])[0] if role["end"] else OPEN_END
    return start, end


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def test_every_people_file_matches_the_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert _files(), f"no people file in {PEOPLE}"
    for name, data in _files().items():
        try:
            jsonschema.validate(data, schema)
        except jsonschema.ValidationError as error:
            where = "/".join(str(p) for p in error.absolute_path)
            pytest.fail(f"{name}: at {where}: {error.message}")


def test_schema_refuses_unknown_role_and_loose_date():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    person = {"id": "x-y", "name": "X Y", "aliases": [], "gender": "m", "country": "FRA"}
    role = {"role": "head_of_state", "country": "FRA", "org": None, "title": "président"}
    role |= {"cameo": "FRAGOV", "start": "2012-05-15", "end": None}
    jsonschema.validate({"people": [person | {"roles": [role]}]}, schema)
    for bad in ({"role": "king"}, {"start": "15/05/2012"}, {"end": "2012-13"}, {"extra": 1}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"people": [person | {"roles": [role | bad]}]}, schema)


def test_knowledge_base_has_at_least_600_people():
    assert len(_people()) >= MIN_PEOPLE


def test_person_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    duplicates = []
    for file, data in _files().items():
        for person in data["people"]:
            if person["id"] in seen:
                duplicates.append(f"{person['id']} in {seen[person['id']]} and {file}")
            seen[person["id"]] = file
    assert not duplicates, duplicates


def test_names_and_aliases_name_one_person_only():
    owners: dict[str, set[str]] = defaultdict(set)
    for person in _people():
        for text in [person["name"], *person["aliases"]]:
            owners[_key(text)].add(person["id"])
    clashes = {
        name: ids for name, ids in owners.items() if len(ids) > 1 and ids != SHARED_NAMES.get(name)
    }
    assert not clashes, clashes


def test_every_role_starts_before_it_ends():
    wrong = [
        f"{p['id']}: {r['title']} {r['start']}..{r['end']}"
        for p in _people()
        for r in p["roles"]
        if r["end"] and _bounds(r["start"])[0] > _bounds(r["end"])[1]
    ]
    assert not wrong, wrong


def test_one_head_of_state_and_of_government_per_country_at_a_time():
    holders: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for person in _people():
        for role in person["roles"]:
            if role["role"] in EXCLUSIVE_OFFICES and role.get("country"):
                start, end = _surely_held(role)
                holders[(role["role"], role["country"])].append((start, end, person["id"]))
    overlaps = []
    for (office, country), terms in holders.items():
        terms.sort()
        for index, (start, _, holder) in enumerate(terms):
            for _, end, other in terms[:index]:
                if other != holder and start + HANDOVER < end:
                    overlaps.append(
                        f"{office} {country}: {other} until {end}, {holder} from {start}"
                    )
    assert not overlaps, "\n".join(overlaps)


def test_cameo_code_belongs_to_the_office_country():
    wrong = []
    for person in _people():
        for role in person["roles"]:
            country, cameo = role.get("country"), role["cameo"]
            # an office of no country is an international body's: intergovernmental (IGO), a
            # militarised group's (IMG: al-Qaeda, the Islamic State) or a non-governmental one's
            expected = (country,) if country else ("IGO", "IMG", "NGO")
            if not cameo.startswith(expected):
                wrong.append(f"{person['id']}: {role['title']} {country or role['org']} {cameo}")
    assert not wrong, "\n".join(wrong)


def test_organisation_roles_name_their_organisation():
    missing = [
        f"{p['id']}: {r['title']}"
        for p in _people()
        for r in p["roles"]
        if r["role"] in ("org_leader", "org_official", "party_leader") and not r.get("org")
    ]
    assert not missing, missing


# --- Phoenix (TABARI/PETRARCH) dictionaries ------------------------------------------------

_CODE = re.compile(r"\[([A-Z]+)\s*([^\]]*)\]")


def _phoenix_day(text: str) -> date | None:
    digits = text.strip()
    try:
        if re.fullmatch(r"\d{6}", digits):
            year = int(digits[:2])
            return date(year + (2000 if year < 30 else 1900), int(digits[2:4]), int(digits[4:]))
        if re.fullmatch(r"\d{8}", digits):
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
    return None


def _phoenix_interval(spec: str) -> tuple[date, date | None] | None:
    """`990809-000507` -> both days; `>080508` -> from that day, end unknown.

    A start on January 1st is the dictionaries' "already in office when coverage began"
    (`030101`), so it does not date the start: the interval is taken as open before it.
    """
    spec = spec.replace(" ", "")
    if spec.startswith(">"):
        start = _phoenix_day(spec[1:])
        if start and (start.month, start.day) == (1, 1):
            start = date(1900, 1, 1)
        return (start, None) if start else None
    if "-" in spec:
        first, _, last = spec.partition("-")
        start, end = _phoenix_day(first), _phoenix_day(last)
        if not (start and end and start <= end):
            return None
        return (date(1900, 1, 1) if (start.month, start.day) == (1, 1) else start), end
    return None


def _phoenix_entries(path: Path) -> list[tuple[list[str], list[tuple[str, date, date | None]]]]:
    """Each entry's names (main name and `+` variants) and its dated codes."""
    entries: list[tuple[list[str], list[tuple[str, date, date | None]]]] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("+"):
            if entries:
                entries[-1][0].append(line[1:].split("#")[0].strip())
            continue
        if not line[0].isspace():
            entries.append(([line.split()[0]], []))
        if entries:
            for code, spec in _CODE.findall(line.split("#")[0]):
                interval = _phoenix_interval(spec)
                if interval:
                    entries[-1][1].append((code, *interval))
    return entries


@cache
def _phoenix_index(folder: Path) -> dict[str, list[tuple[str, date, date | None]]]:
    """Folded person name -> dated codes; names shared by different entries are dropped."""
    index: dict[str, list[tuple[str, date, date | None]]] = {}
    owners: dict[str, set[int]] = defaultdict(set)
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for number, (names, codes) in enumerate(_phoenix_entries(folder / name)):
            if not codes:
                continue
            for text in names:
                key = _key(text.replace("_", " "))
                if len(key.split()) >= 2:
                    owners[key].add(hash((name, number)))
                    index.setdefault(key, []).extend(codes)
    return {key: codes for key, codes in index.items() if len(owners[key]) == 1}


def _covered(days: tuple[date, date], intervals: list[tuple[date, date]]) -> list[tuple]:
    """The parts of `days` outside every interval."""
    start, end = days
    gaps = []
    for first, last in sorted(intervals):
        if first > start:
            gaps.append((start, min(end, first - timedelta(days=1))))
        start = max(start, last + timedelta(days=1))
        if start > end:
            return gaps
    if start <= end:
        gaps.append((start, end))
    return [gap for gap in gaps if gap[0] <= gap[1]]


def _phoenix_disagreements(person: dict, codes: list[tuple[str, date, date | None]]) -> list[str]:
    found = []
    low, high = PHOENIX_WINDOW
    for country in {r["country"] for r in person["roles"] if r.get("country")}:
        government = country + "GOV"
        theirs = [
            (start - PHOENIX_TOLERANCE, (end + PHOENIX_TOLERANCE) if end else OPEN_END)
            for code, start, end in codes
            if code.startswith(government)
        ]
        if not theirs:
            continue
        # The dictionaries are frozen: what began after their last dated change for this
        # person is unknown to them, not contradicted.
        last_known = max(
            (end or start) for code, start, end in codes if code.startswith(government)
        )
        known_until = min(high, last_known + PHOENIX_TOLERANCE)
        for role in person["roles"]:
            if role["cameo"] != government:
                continue
            start, end = _surely_held(role)
            days = (max(start, low), min(end, known_until))
            for first, last in _covered(days, theirs) if days[0] <= days[1] else []:
                found.append(
                    f"{person['id']}: {role['title']} ({role['start']}..{role['end']}): "
                    f"Phoenix has no {government} from {first} to {last}"
                )
    return found


def test_government_dates_agree_with_phoenix_before_2014(shared):
    index = _phoenix_index(shared / "reference" / "phoenix")
    compared, disagreements = 0, []
    for person in _people():
        keys = {_key(t) for t in [person["name"], *person["aliases"]]}
        codes = [c for key in keys if len(key.split()) >= 2 for c in index.get(key, [])]
        if not codes:
            continue
        compared += 1
        if person["id"] not in PHOENIX_REVIEWED:
            disagreements += _phoenix_disagreements(person, codes)
    assert compared >= 300, f"only {compared} people found in Phoenix: is the parser broken?"
    assert not disagreements, f"{len(disagreements)} disagreements:\n" + "\n".join(disagreements)

"""The actor knowledge base: countries, organisations and people, as one in-memory index.

The data files (`countries.yaml`, `organizations.yaml`, `people/*.yaml`) are read and checked
against their schemas once per process; French country names come from Babel's CLDR data.
Every name, variant, demonym, metonym and acronym becomes a `Surface` under its folded form,
which is what the actor linker matches against the text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import babel
import yaml
from babel import Locale
from babel.core import get_global

from veille.datafiles import DataFileError, read_yaml, schema, validated
from veille.kb.index_cache import load_or_build
from veille.text import fold, slug

PACKAGE = "veille.kb"
# libyaml's parser when present: the people files are large and start-up must stay short.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# How a surface form names its entry; the linker decides what each one means in context.
NAME, VARIANT, DEMONYM, CAPITAL, SEAT, EPITHET, ACRONYM, ALIAS = (
    "name",
    "variant",
    "demonym",
    "capital",
    "seat",
    "epithet",
    "acronym",
    "alias",
)


@dataclass(frozen=True)
class Role:
    role: str
    cameo: str | None
    start: str | None
    end: str | None
    country: str | None = None
    org: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Entry:
    """One real-world actor the knowledge base knows."""

    id: str  # "country:RUS", "org:onu", "person:vladimir-poutine", "region:MEA"
    kind: str  # person | country | organization | place
    name: str
    country: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    demonym: str | None = None  # masculine singular, to name "gouvernement chinois"
    org_kind: str | None = None  # an organisation's kind: party, igo, company... ("le parti")
    former_names: tuple[tuple[str, str], ...] = ()  # (name, last day it was used): Facebook
    later_names: tuple[tuple[str, str], ...] = ()  # (name, first day): X, not a surface
    part_of: str | None = None  # a territory's state (ISO3): La Réunion is France's

    def name_at(self, date: str | None) -> str:
        """The name the actor bore at the (possibly partial) date: the earliest former name
        still in use until after the whole date ("Facebook" in 2016, "Meta" in 2022), the
        latest later name in use from before it ("X" in 2024); the recorded name when the
        date straddles a renaming or is unknown."""
        first, last = _bound(date, True), _bound(date, False)
        for name, until in sorted(self.former_names, key=lambda n: n[1]):
            if last is not None and last <= str(_bound(until, False)):
                return name
        for name, since in sorted(self.later_names, key=lambda n: n[1], reverse=True):
            if first is not None and first >= str(_bound(since, True)):
                return name
        return self.name


@dataclass(frozen=True)
class Surface:
    entry_id: str
    form: str  # NAME, VARIANT, DEMONYM, ...
    text: str  # as written in the knowledge base (its case pattern matters)


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=lambda: defaultdict(list))
    # (role, country or org) -> people who held it, for titles ("le président russe")
    offices: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry

    def add_surface(self, entry_id: str, form: str, text: str) -> None:
        key = fold(text).strip()
        if not key:
            return
        bucket = self.surfaces[key]
        for k, known in enumerate(bucket):
            if known.entry_id == entry_id:
                if text[:1].islower() and not known.text[:1].islower():
                    # "Shebab" and "shebab": the lower-case spelling, written in the data so
                    # that the name matches in lower case too, is the one kept
                    bucket[k] = Surface(entry_id, known.form, text)
                return
        bucket.append(Surface(entry_id, form, text))

    def country_code(self, country: str) -> str:
        """A country's CAMEO code (its ISO3 when the code book gives it none): what its
        government's and its branches' codes start with (SYR in SYRMIL)."""
        entry = self.entries.get(f"country:{country}")
        return entry.cameo if entry and entry.cameo else country

    def holders(self, role: str, office_of: str, date: str | None) -> list[Entry]:
        """People holding `role` for a country (ISO3) or organisation id at `date`."""
        people = [self.entries[pid] for pid in self.offices.get((role, office_of), [])]
        return [p for p in people if any(_matches(r, role, office_of, date) for r in p.roles)]


def _matches(role: Role, name: str, office_of: str, date: str | None) -> bool:
    return role.role == name and office_of in (role.country, role.org) and held_at(role, date)


def _bound(value: str | None, low: bool) -> str | None:
    """A partial ISO date as the first (low) or last day it may mean, comparable as text."""
    if value is None:
        return None
    parts = value.split("-")
    parts += ["00" if low else "99"] * (3 - len(parts))
    return "-".join(parts)


def held_at(role: Role, date: str | None) -> bool:
    """Whether the role may have been held during the (possibly partial) date.

    Without a date, the current office (no end) counts.
    """
    if date is None:
        return role.end is None
    first, last = _bound(date, True), _bound(date, False)
    start, end = _bound(role.start, True), _bound(role.end, False)
    return (start is None or start <= last) and (end is None or end >= first)  # type: ignore[operator]


def starts_after(role: Role, date: str | None) -> bool:
    """Whether the role begins after the whole (possibly partial) date."""
    start = _bound(role.start, True)
    return start is not None and date is not None and start > _bound(date, False)  # type: ignore[operator]


def ended_before(role: Role, date: str | None) -> bool:
    end = _bound(role.end, False)
    return end is not None and date is not None and end < _bound(date, True)  # type: ignore[operator]


def _read(*parts: str) -> Any:
    *folders, name = parts
    path = resources.files(PACKAGE).joinpath(*folders, f"{name}.yaml")
    where = f"{PACKAGE}/{'/'.join(parts)}.yaml"
    data = read_yaml(path, where, _Loader)
    return validated(data, schema(PACKAGE, name.split("/")[-1]), where)


def _iso2_of() -> dict[str, str]:
    """ISO3 -> ISO2 from CLDR's territory aliases (which list alpha-3 codes)."""
    aliases = get_global("territory_aliases")
    return {
        code: targets[0]
        for code, targets in aliases.items()
        if len(code) == 3 and code.isalpha() and len(targets) == 1
    }


def _load_countries(kb: KnowledgeBase) -> None:
    data = _read("countries")
    names = Locale("fr").territories
    iso2 = _iso2_of()
    for row in data["countries"]:
        code = row["iso3"]
        cldr = names.get(row.get("iso2") or iso2.get(code, ""))
        name = row.get("name") or cldr
        if not name:
            raise DataFileError(f"{PACKAGE}/countries.yaml: no French name for {code}")
        demonyms = row.get("demonyms", [])
        entry = Entry(
            id=f"country:{code}",
            kind="country",
            name=name,
            country=code,
            cameo=row.get("cameo", code),
            wikidata=row.get("wikidata"),
            demonym=demonyms[0] if demonyms else None,
            part_of=row.get("part_of"),
        )
        kb.add(entry)
        for text in {name, cldr} - {None}:
            kb.add_surface(entry.id, NAME, text)
        for form, key in (
            (VARIANT, "variants"),
            (DEMONYM, "demonyms"),
            (CAPITAL, "capitals"),
            (SEAT, "seats"),
            (EPITHET, "epithets"),
        ):
            for text in row.get(key, []):
                kb.add_surface(entry.id, form, text)
    for row in data["regions"]:
        entry = Entry(id=f"region:{row['code']}", kind="place", name=row["name"], cameo=row["code"])
        kb.add(entry)
        for text in [row["name"], *row.get("variants", [])]:
            kb.add_surface(entry.id, NAME, text)


def _load_organizations(kb: KnowledgeBase) -> None:
    for row in _read("organizations")["organizations"]:
        entry = Entry(
            id=f"org:{row['id']}",
            kind="organization",
            name=row["name"],
            country=row.get("country"),
            cameo=row.get("cameo"),
            wikidata=row.get("wikidata"),
            org_kind=row["kind"],
            former_names=tuple((f["name"], f["until"]) for f in row.get("former_names", [])),
            later_names=tuple((f["name"], f["since"]) for f in row.get("later_names", [])),
        )
        kb.add(entry)
        kb.add_surface(entry.id, NAME, row["name"])
        for name, _ in entry.former_names:
            kb.add_surface(entry.id, ALIAS, name)
        kb.add_surface(entry.id, VARIANT, row["en"])
        for text in row.get("acronyms", []):
            kb.add_surface(entry.id, ACRONYM, text)
        for text in row.get("aliases", []):
            kb.add_surface(entry.id, ALIAS, text)


def _load_places(kb: KnowledgeBase) -> None:
    """Regions, departments, states: places with their country ("place:<slug>", the id an
    unknown place of that name gets)."""
    for row in _read("places")["places"]:
        entry = Entry(
            id=f"place:{slug(row['name'])}", kind="place", name=row["name"], country=row["country"]
        )
        kb.add(entry)
        for text in [row["name"], *row.get("variants", [])]:
            kb.add_surface(entry.id, NAME, text)


def _people_files() -> list[str]:
    folder = resources.files(PACKAGE).joinpath("people")
    if not folder.is_dir():
        return []
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def _load_people(kb: KnowledgeBase) -> None:
    people_schema = None
    for stem in _people_files():
        path = resources.files(PACKAGE).joinpath("people", f"{stem}.yaml")
        where = f"{PACKAGE}/people/{stem}.yaml"
        data = read_yaml(path, where, _Loader) or {}
        if people_schema is None:
            people_schema = schema(PACKAGE, "people")
        validated(data, people_schema, where)
        for row in data.get("people") or []:
            _add_person(kb, row)


def _add_person(kb: KnowledgeBase, row: dict[str, Any]) -> None:
    roles = tuple(
        Role(
            role=r["role"],
            cameo=r.get("cameo"),
            start=_text(r.get("start")),
            end=_text(r.get("end")),
            country=r.get("country"),
            org=r.get("org"),
            title=r.get("title"),
        )
        for r in row.get("roles") or []
    )
    entry = Entry(
        id=f"person:{row.get('id') or slug(row['name'])}",
        kind="person",
        name=row["name"],
        country=row.get("country"),
        wikidata=row.get("wikidata"),
        gender=row.get("gender"),
        roles=roles,
    )
    kb.add(entry)
    kb.add_surface(entry.id, NAME, row["name"])
    for text in row.get("aliases") or []:
        kb.add_surface(entry.id, ALIAS, text)
    for role in roles:
        for office_of in {role.country, role.org} - {None}:
            if entry.id not in kb.offices[(role.role, office_of)]:  # type: ignore[index]
                kb.offices[(role.role, office_of)].append(entry.id)  # type: ignore[index]


def _text(value: Any) -> str | None:
    """YAML reads an unquoted 2012-05-07 as a date; offices compare as ISO text."""
    return None if value is None else str(value)


def data_files() -> list[Traversable]:
    """Every file the knowledge base is built from (its cache is keyed by their bytes),
    this module included: a change in how it is built must rebuild it too."""
    root = resources.files(PACKAGE)
    files = [root.joinpath(f"{name}.yaml") for name in ("countries", "organizations", "places")]
    files += [root.joinpath("__init__.py")]
    files += [root.joinpath("people", f"{stem}.yaml") for stem in _people_files()]
    schemas = root.joinpath("schemas")
    files += sorted((p for p in schemas.iterdir() if p.name.endswith(".json")), key=str)
    return files


@cache
def knowledge_base() -> KnowledgeBase:
    """The whole knowledge base, read once per process (from the disk cache when the data
    files have not changed since it was built)."""
    return load_or_build("kb", data_files(), build_knowledge_base, babel.__version__)


def build_knowledge_base() -> KnowledgeBase:
    """Read and check every data file, and index every surface form."""
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_organizations(kb)
    _load_places(kb)
    _load_people(kb)
    return kb

"""The extraction record of `design/CONTRACT.md` (schema `veille.extraction/1`) as dataclasses.

Extractors build these; `ArticleResult.to_dict()` is the one place that turns them into the
JSON every command, export and the store share. Offsets are code-point indices into
`article.text`, end exclusive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal, TypeVar

from veille import SCHEMA
from veille.article import Article, PartialDate

ActorKind = Literal["person", "country", "organization", "place", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Approx = Literal["eq", "gt", "lt", "about"]
Modality = Literal["asserted", "planned", "negated", "possible", "reported"]
DateFrom = Literal["text", "published"]

# The record's sections, in the contract's order.
SECTIONS = ("actors", "timexes", "quotes", "amounts", "events")

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """`dataclasses.asdict` for records, five times faster: the same dicts (keys in field
    order), tuples and lists, without asdict's deep copy of every leaf (a record's leaves are
    immutable: strings, numbers, None). Every record of every article goes through it twice."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is tuple or kind is list:
        return kind([plain(item) for item in value])
    if kind is dict:
        return {plain(key): plain(item) for key, item in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not is_dataclass(kind):
            return value
        names = _field_names(kind)
    found = getattr(value, "__dict__", None)
    if found is not None and len(found) == len(names):
        record = dict(found)  # set by __init__ in field order
    else:
        record = {name: getattr(value, name) for name in names}
    for name, item in record.items():
        if type(item) not in _LEAVES:
            record[name] = plain(item)
    return record


R = TypeVar("R")


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def rebuilt(kind: type[R], values: dict[str, Any]) -> R:
    """`kind(**values)` for a record's JSON dict. A dict with exactly the record's fields in
    their order (as `plain` writes them) fills the new record directly: a frozen dataclass's
    __init__ sets its fields one by one through object.__setattr__, three times slower, and
    every record of every article is rebuilt once. Any other dict goes through __init__,
    which fills defaults and rejects unknown keys as before."""
    if tuple(values) == (_FIELD_NAMES.get(kind) or _field_names(kind)):
        record: R = object.__new__(kind)
        record.__dict__.update(values)
        return record
    return kind(**values)


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    mentions: tuple[Mention, ...]
    country: str | None = None
    cameo: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    approx: Approx = "eq"
    subject: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    source: str | None
    target: str | None
    location: str | None
    date: str | None
    date_from: DateFrom
    modality: Modality
    trigger: Trigger
    sentence: Span


@dataclass(frozen=True)
class ArticleResult:
    """Everything veille says about one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    amounts: tuple[Amount, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"schema": SCHEMA, "article": self.article.to_dict()}
        for section in SECTIONS:
            record[section] = [plain(item) for item in getattr(self, section)]
        for actor in record["actors"]:
            actor["mentions"] = list(actor["mentions"])
        if self.pipeline:
            record["pipeline"] = dict(self.pipeline)
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> ArticleResult:
        """Rebuild a result from its JSON form (the store and the exports read records back)."""
        meta = record["article"]
        published = meta.get("published")
        article = Article(
            text=meta["text"],
            source=meta["source"],
            published=PartialDate.parse(published) if published else None,
            title=meta.get("title"),
            lang=meta.get("lang", "fr"),
            id=meta["id"],
        )
        return cls.from_sections(article, record, record.get("pipeline", {}))

    @classmethod
    def from_sections(
        cls, article: Article, sections: Mapping[str, Any], pipeline: Mapping[str, Any]
    ) -> ArticleResult:
        """A result from the article itself and each section's records in their JSON form
        (a missing section is empty): what the pipeline holds, with no round trip of the
        article through its JSON form."""
        actors = tuple(
            rebuilt(Actor, {**a, "mentions": tuple(rebuilt(Mention, m) for m in a["mentions"])})
            for a in sections.get("actors", [])
        )
        events = tuple(
            rebuilt(
                Event,
                {
                    **e,
                    "trigger": rebuilt(Trigger, e["trigger"]),
                    "sentence": rebuilt(Span, e["sentence"]),
                },
            )
            for e in sections.get("events", [])
        )
        return cls(
            article=article,
            actors=actors,
            timexes=tuple(rebuilt(Timex, t) for t in sections.get("timexes", [])),
            quotes=tuple(rebuilt(Quote, q) for q in sections.get("quotes", [])),
            amounts=tuple(rebuilt(Amount, a) for a in sections.get("amounts", [])),
            events=events,
            pipeline=dict(pipeline),
        )

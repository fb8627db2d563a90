"""Hand-made records from inline-annotated French, for the store's consolidation and queries.

    article("<actor id='country:RUS' name='Russie' kind='country'>La Russie</actor> ...",
            source="https://lemonde.fr/a", published="2022-02-05")

Tags: actor (id, name, kind, wikidata, cameo, country), event (code, source, target, date,
modality), amount (value, unit, subject, date, approx), quote (speaker, cue), t (type, value).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.annotated import parse
from veille.article import Article, PartialDate
from veille.records import (
    Actor,
    Amount,
    ArticleResult,
    Event,
    Mention,
    Quote,
    Span,
    Timex,
    Trigger,
)
from veille.store.write import write_batch

QUAD = {r: 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4 for r in range(1, 21)}
PIPELINE = {"veille": "test", "components": ["handmade"]}


def article(annotated: str, *, source: str, published: str | None = None) -> ArticleResult:
    text, annotations = parse(annotated)
    actors: dict[str, Actor] = {}
    events, amounts, quotes, timexes = [], [], [], []
    for a in annotations:
        attrs = a.attrs
        if a.tag == "actor":
            mention = Mention(a.start, a.end, a.text)
            known = actors.get(attrs["id"])
            actors[attrs["id"]] = Actor(
                id=attrs["id"],
                name=attrs.get("name", a.text),
                kind=attrs.get("kind", "country"),  # type: ignore[arg-type]
                mentions=(*known.mentions, mention) if known else (mention,),
                country=attrs.get("country"),
                cameo=attrs.get("cameo"),
                wikidata=attrs.get("wikidata"),
            )
        elif a.tag == "event":
            code = attrs["code"]
            events.append(
                Event(
                    code=code,
                    root=code[:2],
                    quad_class=QUAD[int(code[:2])],
                    goldstein=float(attrs.get("goldstein", "3.5")),
                    plover=None,
                    source=attrs.get("source"),
                    target=attrs.get("target"),
                    location=None,
                    date=attrs.get("date", published),
                    date_from="text" if "date" in attrs else "published",
                    modality=attrs.get("modality", "asserted"),  # type: ignore[arg-type]
                    trigger=Trigger(a.start, a.end, a.text),
                    sentence=Span(0, len(text)),
                )
            )
        elif a.tag == "amount":
            value = attrs["value"]
            amounts.append(
                Amount(
                    a.start,
                    a.end,
                    a.text,
                    value=float(value) if "." in value else int(value),
                    unit=attrs.get("unit"),
                    approx=attrs.get("approx", "eq"),  # type: ignore[arg-type]
                    subject=attrs.get("subject"),
                    date=attrs.get("date"),
                )
            )
        elif a.tag == "quote":
            quotes.append(Quote(a.start, a.end, a.text, attrs.get("speaker"), attrs.get("cue")))
        elif a.tag == "t":
            timexes.append(Timex(a.start, a.end, a.text, attrs.get("type", "DATE"), attrs["value"]))  # type: ignore[arg-type]
    return ArticleResult(
        article=Article(
            text=text,
            source=source,
            published=PartialDate.parse(published) if published else None,
        ),
        actors=tuple(actors.values()),
        timexes=tuple(timexes),
        quotes=tuple(quotes),
        amounts=tuple(amounts),
        events=tuple(events),
        pipeline=PIPELINE,
    )


def store_records(store, results) -> None:
    """Write hand-made results as one batch and consolidate, as an ingest would."""
    from veille.store.consolidation import rebuild

    with store.writing() as con:
        write_batch(con, list(results), now=datetime(2024, 1, 1, tzinfo=UTC))
        rebuild(con)

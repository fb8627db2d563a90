"""Hypothesis strategies for valid contract records (every offset inside the text)."""

from __future__ import annotations

from hypothesis import strategies as st

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

# DuckDB strings are UTF-8: no lone surrogates; readers refuse NUL characters anyway.
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(chars, max_size=12)
maybe = st.none().__or__
dates = st.builds(
    PartialDate,
    st.integers(1900, 2100),
    st.none() | st.integers(1, 12),
).map(lambda d: d)
timex_values = st.sampled_from(
    ["2023-10-18", "2023-10-16TEV", "2022-WI", "2023-03", "P2W", "PRESENT_REF", "XXXX-03", "2022"]
)
codes = st.sampled_from(["010", "042", "0211", "057", "190", "1831", "14"])


@st.composite
def spans(draw, text: str) -> tuple[int, int, str]:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return start, end, text[start:end]


@st.composite
def published_dates(draw) -> PartialDate | None:
    year = draw(st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12))
    day = draw(st.none() | st.integers(1, 28)) if month else None
    return draw(st.none() | st.just(PartialDate(year, month, day)))


@st.composite
def results(draw) -> ArticleResult:
    text = draw(st.text(chars, min_size=1, max_size=80))
    article = Article(
        text=text,
        source=draw(st.text(chars, min_size=1, max_size=20)),
        published=draw(published_dates()),
        title=draw(maybe(texts)),
        lang=draw(st.sampled_from(["fr", "en"])),
    )
    actors = []
    for i in range(draw(st.integers(0, 4))):
        mentions = tuple(Mention(*draw(spans(text))) for _ in range(draw(st.integers(0, 3))))
        actors.append(
            Actor(
                id=f"{draw(st.sampled_from(['person', 'country', 'group']))}:a{i}",
                name=draw(texts),
                kind=draw(st.sampled_from(["person", "country", "organization", "place", "group"])),
                mentions=mentions,
                country=draw(maybe(st.sampled_from(["RUS", "CHN", "FRA"]))),
                cameo=draw(maybe(st.sampled_from(["RUSGOV", "CHN", "IGOUNO"]))),
                wikidata=draw(maybe(st.sampled_from(["Q159", "Q148", "Q7747"]))),
            )
        )
    actor_ids = st.none() | st.sampled_from([a.id for a in actors] or ["x:unknown"])
    timexes = tuple(
        Timex(*draw(spans(text)), draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
              draw(timex_values))
        for _ in range(draw(st.integers(0, 3)))
    )  # fmt: skip
    quotes = tuple(
        Quote(*draw(spans(text)), speaker=draw(actor_ids), cue=draw(maybe(texts)))
        for _ in range(draw(st.integers(0, 2)))
    )
    amounts = tuple(
        Amount(
            *draw(spans(text)),
            value=draw(
                st.integers(-(10**25), 10**25) | st.floats(allow_nan=False, allow_infinity=False)
            ),
            unit=draw(maybe(st.sampled_from(["USD", "EUR", "%", "km", "mort"]))),
            approx=draw(st.sampled_from(["eq", "gt", "lt", "about"])),
            subject=draw(maybe(texts)),
            date=draw(maybe(timex_values)),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    events = []
    for _ in range(draw(st.integers(0, 3))):
        code = draw(codes)
        trigger = draw(spans(text))
        sentence = draw(spans(text))
        events.append(
            Event(
                code=code,
                root=code[:2],
                quad_class=draw(st.integers(1, 4)),
                goldstein=draw(st.floats(-10, 10, allow_nan=False)),
                plover=draw(maybe(st.sampled_from(["CONSULT", "AGREE", "ASSAULT"]))),
                source=draw(actor_ids),
                target=draw(actor_ids),
                location=draw(actor_ids),
                date=draw(maybe(timex_values)),
                date_from=draw(st.sampled_from(["text", "published"])),
                modality=draw(
                    st.sampled_from(["asserted", "planned", "negated", "possible", "reported"])
                ),
                trigger=Trigger(*trigger),
                sentence=Span(sentence[0], sentence[1]),
            )
        )
    pipeline = draw(
        st.just({})
        | st.fixed_dictionaries(
            {"veille": st.just("0.1.0"), "components": st.lists(st.sampled_from(["a", "b"]))}
        )
    )
    return ArticleResult(
        article=article,
        actors=tuple(actors),
        timexes=timexes,
        quotes=quotes,
        amounts=amounts,
        events=tuple(events),
        pipeline=pipeline,
    )

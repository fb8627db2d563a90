"""When an event happened: the temporal expression of its clause, else of its sentence, else
the publication date (and then the record says so with `date_from: "published"`)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from veille.records import DateFrom

_DATED = ("DATE", "TIME")


def _usable(timex: dict[str, Any]) -> bool:
    value = str(timex.get("value") or "")
    return timex.get("type") in _DATED and value[:1].isdigit()


def event_date(
    clause: Token, sentence: Span, timexes: list[dict[str, Any]], published: str | None
) -> tuple[str | None, DateFrom]:
    in_sentence = [
        t
        for t in timexes
        if _usable(t) and sentence.start_char <= t["start"] and t["end"] <= sentence.end_char
    ]
    if in_sentence:
        subtree = {tok.idx for tok in clause.subtree}
        own = [t for t in in_sentence if any(t["start"] <= i < t["end"] for i in subtree)]
        pool = own or in_sentence
        best = min(pool, key=lambda t: abs(t["start"] - clause.idx))
        return str(best["value"]), "text"
    return published, "published"

"""When an event happened: the temporal expression of its clause, else of a clause governing
it, else of its sentence when it speaks of the sentence's main event, else (for a past-tense
clause) the last day named earlier in its paragraph, else the publication date (and then the
record says so with `date_from: "published"`).

A participle or relative clause ("X, visé par un mandat d'arrêt, a été accueilli mardi")
tells of another event than its governor's, so it does not take the governor's date.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from veille.extract.layout import layout
from veille.records import DateFrom

_DATED = ("DATE", "TIME")
# Clause links across which an event keeps its own time (a describing clause, an aside).
_OWN_TIME = ("acl", "acl:relcl", "parataxis", "appos")


def _usable(timex: dict[str, Any]) -> bool:
    value = str(timex.get("value") or "")
    return timex.get("type") in _DATED and value[:1].isdigit()


def _clauses(clause: Token) -> list[Token]:
    """The clause and those governing it, up to one that describes another event."""
    chain = [clause]
    while clause.head.i != clause.i and not clause.dep_.startswith(_OWN_TIME):
        clause = clause.head
        chain.append(clause)
    return chain


def _anchor(token: Token, events: set[int]) -> Token:
    """What a timex word dates: the verb it hangs from, or the event noun it complements
    (`l'attaque chimique de mardi` dates the attack, not the clause around it)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.head.i in events:
            return token.head
        token = token.head
    return token


def event_date(
    clause: Token,
    sentence: Span,
    timexes: list[dict[str, Any]],
    published: str | None,
    trigger: Token | None = None,
    events: frozenset[int] = frozenset(),
) -> tuple[str | None, DateFrom]:
    """`events`: the tokens of the sentence's event nouns, which take their own dates."""
    in_sentence = [
        t
        for t in timexes
        if _usable(t) and sentence.start_char <= t["start"] and t["end"] <= sentence.end_char
    ]
    if not in_sentence:
        if (before := _told_before(clause, sentence, timexes)) and not (
            published and before[:10] > published[:10]
        ):
            return before, "text"
        return published, "published"
    doc = sentence.doc
    chain = [t.i for t in _clauses(clause)]
    if trigger is not None and trigger.i not in chain:
        chain.insert(0, trigger.i)
    by_rank: list[tuple[int, int, dict[str, Any]]] = []
    loose = []  # timexes that date no other clause or noun (a dateline, an aside)
    for timex in in_sentence:
        word = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if word is None:
            continue
        anchor = _anchor(word.root, events)
        if anchor.i in chain:
            by_rank.append((chain.index(anchor.i), abs(timex["start"] - clause.idx), timex))
        elif anchor.pos_ not in ("VERB", "AUX", "NOUN"):
            loose.append(timex)
    if by_rank:
        return str(min(by_rank, key=lambda r: r[:2])[2]["value"]), "text"
    if loose and not (clause.dep_.startswith(_OWN_TIME) or clause.pos_ == "NOUN"):
        best = min(loose, key=lambda t: abs(t["start"] - clause.idx))
        return str(best["value"]), "text"
    if (before := _told_before(clause, sentence, timexes)) and not (
        published and before[:10] > published[:10]
    ):
        return before, "text"
    return published, "published"


def _told_before(clause: Token, sentence: Span, timexes: list[dict[str, Any]]) -> str | None:
    """A narrative goes on at the day the previous sentence of its paragraph named: a
    past-tense clause with no date of its own takes that day (never one after the article)."""
    if not any("Past" in t.morph.get("Tense") for t in (clause, *clause.children)):
        return None
    start = layout(sentence.doc).paragraph_start_char(sentence.start_char)
    previous = [
        t for t in timexes if _usable(t) and start <= t["start"] and t["end"] <= sentence.start_char
    ]
    days = [t for t in previous if len(str(t["value"])) >= 10]
    return str(days[-1]["value"]) if days else None

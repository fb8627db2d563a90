"""What a figure measures and when: its subject from the parse, its date from the timexes.

The subject is the noun the figure completes ("une hausse de 5 %" -> hausse) or the subject
of the verb it is an object of ("les échanges commerciaux ont atteint 190 millions de
dollars" -> échanges commerciaux). The date is the closest DATE timex of its sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

_SUBJECT = ("nsubj", "nsubj:pass")
_MODIFIERS = ("amod", "flat:name", "fixed")


def noun_phrase(noun: Token, limit: int = 4) -> str:
    """The noun with the adjectives and name parts right after it: a short, readable phrase."""
    end = noun.i
    for token in noun.doc[noun.i + 1 : noun.i + 1 + limit]:
        if token.head.i == noun.i and token.dep_ in _MODIFIERS:
            end = token.i
        else:
            break
    return noun.doc[noun.i : end + 1].text


def subject_of(tokens: Span) -> str | None:
    inside = range(tokens.start, tokens.end)
    roots = [t for t in tokens if t.head.i not in inside]
    if not roots:
        return None
    head = roots[0].head
    if head.i == roots[0].i:
        return None
    if head.pos_ == "NOUN":
        return noun_phrase(head)
    if head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            if child.dep_ in _SUBJECT and child.pos_ in ("NOUN", "PROPN") and child.i not in inside:
                return noun_phrase(child)
    return None


def figure_date(
    start: int, end: int, sentence: tuple[int, int], timexes: list[dict[str, Any]]
) -> str | None:
    """The value of the nearest DATE timex in the figure's sentence, else None."""
    best: tuple[int, str] | None = None
    for timex in timexes:
        if timex.get("type") != "DATE" or not (sentence[0] <= timex["start"] < sentence[1]):
            continue
        if timex["start"] < end and start < timex["end"]:
            continue  # the figure's own digits are not its date
        distance = start - timex["end"] if timex["end"] <= start else timex["start"] - end
        if best is None or distance < best[0]:
            best = (distance, timex["value"])
    return best[1] if best else None

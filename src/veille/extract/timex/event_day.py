"""The day before or after an event the article dates in another place.

"Les autorités avaient ordonné ce black-out à la veille du scrutin", where the article said
"lors du scrutin du 20 mars" earlier, is 19 March, not the day before the last date the text
gave: "la veille", "le lendemain" (`reference_offsets`) followed by the noun of an event count
from the day a full date gives another mention of that noun, read from the parse: a date hung
on that noun ("du scrutin du 20 mars", "lors du sommet du 12 juin") or on a participle of
timing describing it ("l'élection, prévue le 20 mars", `event_timing_verbs`; also a relative
clause the parser hung on a word of the noun's phrase: "l'annulation du sommet entre les
États-Unis et la Corée du Nord, qui était prévu le 12 juin"). The same-phrase case ("au
lendemain de l'attentat de mercredi") is `complement.py`'s, done while resolving.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from veille.extract.participles import described_noun
from veille.extract.timex.lexicon import Lexicon
from veille.records import Timex
from veille.text import fold

_DAY = len("2023-10-17")


def counted_from_events(
    doc: Doc, timexes: list[Timex], waiting: dict[int, int], lex: Lexicon
) -> list[Timex]:
    """`waiting`: the index of each "la veille"/"le lendemain" day counted from the last date
    told (no date in its own phrase), with its offset in days. Each whose event the article
    dates elsewhere is recounted from that event's day."""
    if not waiting or not doc.has_annotation("DEP"):
        return timexes
    counted = list(timexes)
    for index, days in waiting.items():
        timex = timexes[index]
        if timex.type != "DATE" or len(timex.value or "") != _DAY or not timex.value[:4].isdigit():
            continue
        base = _event_day(doc, timex, timexes, lex)
        if base is not None:
            day = date.fromisoformat(base) + timedelta(days=days)
            counted[index] = replace(timex, value=day.isoformat())
    return counted


def _event_day(doc: Doc, timex: Timex, timexes: list[Timex], lex: Lexicon) -> str | None:
    """The day the article gives the event named after the offset word: another mention of
    the same noun that a full date complements."""
    word = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if word is None:
        return None
    named = [c for c in word.root.children if c.dep_ == "nmod" and c.pos_ == "NOUN"]
    if not named:
        return None
    lemma = fold(named[0].lemma_)
    mentions = frozenset(
        t.i for t in doc if t.pos_ == "NOUN" and t.i != named[0].i and fold(t.lemma_) == lemma
    )
    if not mentions:
        return None
    for other in timexes:
        value = other.value or ""
        if other is timex or len(value) < _DAY or not value[:4].isdigit():
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None and _complements(span.root, mentions, lex):
            return value[:_DAY]
    return None


def _complements(word: Token, nouns: frozenset[int], lex: Lexicon) -> bool:
    """Whether a date word hangs on one of `nouns` (through nouns and prepositions), or on a
    participle of timing that describes one of them."""
    token = word
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.head.i in nouns:
            return True
        token = token.head
    timing = token.pos_ in ("VERB", "AUX") and lex.lookup_word("event_timing_verbs", token.lemma_)
    if not timing:
        return False
    if token.dep_.startswith("acl"):
        return described_noun(token, nouns) is not None
    if token.dep_ == "xcomp" and "Part" in token.morph.get("VerbForm", []):
        # `a confirmé le sommet, prévu le 27`: the parser hung the participle on the verb
        return any(c.dep_ == "obj" and c.i in nouns for c in token.head.children)
    return False

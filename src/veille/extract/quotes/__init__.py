"""Quotations with their speakers: marks find the words, cues and actors find who said them.

Not every pair of quotation marks is a quotation: a name in marks (« Les Républicains »)
or a short term nobody is said to have uttered (son image « droitière ») is left out;
a short term that a cue attributes to someone (« hypocrites », a-t-elle jugé) is kept.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from veille import components, lang
from veille.extract.layout import text_of
from veille.extract.quotes.marks import Quoted, quoted_spans
from veille.extract.quotes.speakers import Attribution, Lexicon, SpeakerFinder
from veille.records import Quote
from veille.text import fold

__all__ = ["extract_quotes", "is_name", "quoted_spans"]


@cache
def _lexicon() -> tuple[Lexicon, dict[str, str], int, int, frozenset[str]]:
    data = lang.load("quotes")
    return (
        Lexicon(data),
        dict(data["marks"]),
        data["scare_max_words"],
        data["name_max_words"],
        frozenset(fold(w) for w in data.get("naming_words", [])),
    )


def _named(text: str, open_at: int, naming: frozenset[str]) -> bool:
    """The word before the opening mark gives a name (surnommée « ... »)."""
    before = text[max(0, open_at - 30) : open_at].split()
    return bool(before) and fold(before[-1]) in naming


def is_name(words: list[str], max_words: int) -> bool:
    """Every word capitalised (« The Independent », « Mohamed R. »): a name, not a quote."""
    alphabetic = [w for w in words if w[:1].isalpha()]
    return (
        0 < len(words) <= max_words
        and bool(alphabetic)
        and all(w[0].isupper() for w in alphabetic)
        and not words[-1].endswith(("!", "?"))
    )


def _keep(text: str, attribution: Attribution, scare_max: int, name_max: int) -> bool:
    words = text.split()
    if not any(ch.isalnum() for ch in text) or is_name(words, name_max):
        return False
    return attribution.cue is not None or len(words) > scare_max


def _paragraph(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _inherit_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote with no cue of its own continues the attributed quote of its paragraph:
    the next one in its sentence first (« A » de sa voiture, « B », selon le parquet),
    else the one before it, else the one after it."""
    result = list(quotes)
    for k, quote in enumerate(quotes):
        if quote.cue is not None or quote.speaker is not None:
            continue
        paragraph = _paragraph(text, quote.start)
        same = [
            other
            for other in quotes
            if other.speaker is not None and _paragraph(text, other.start) == paragraph
        ]
        following = [o for o in same if o.start > quote.start]
        preceding = [o for o in same if o.start < quote.start]
        sentence_end = min(
            (text.find(mark, quote.end) for mark in ".!?\n" if text.find(mark, quote.end) != -1),
            default=len(text),
        )
        if following and following[0].start < sentence_end:
            source = following[0]
            ended = quote.text.rstrip().endswith((".", "!", "?", "…"))
            if source.cue and not ended and text.find(source.cue, quote.end, source.start) != -1:
                # "... pour « A », X rapportent que « B »": the cue between them opens
                # another clause; B's speaker did not say A
                continue
        elif preceding:
            source = preceding[-1]
        elif following:
            source = following[0]
        else:
            continue
        result[k] = replace(quote, speaker=source.speaker)
    return result


def extract_quotes(doc: Doc) -> list[Quote]:
    lexicon, marks, scare_max, name_max, naming = _lexicon()
    text = text_of(doc)
    spans = quoted_spans(text, marks)
    if not spans:
        return []
    finder = SpeakerFinder(doc, components.records_of(doc, "actors"), lexicon, spans, text)
    quotes: list[Quote] = []
    kept: list[Quoted] = []
    for quoted in spans:
        words = text[quoted.start : quoted.end]
        attribution = finder.attribute(quoted)
        if _keep(words, attribution, scare_max, name_max) and not _named(
            text, quoted.open_at, naming
        ):
            quotes.append(
                Quote(quoted.start, quoted.end, words, attribution.speaker, attribution.cue)
            )
            kept.append(quoted)
    quotes = _inherit_speakers(text, quotes)
    # a quote no cue or neighbour attributes is sourced by a "selon X" earlier in its
    # paragraph ("..., selon le ministre. L'opération a permis de récupérer des « ... »")
    # else by the actor subject of the verb it is the object of ("Les députés veulent
    # limiter « le risque d'impayés »")
    return [
        replace(q, speaker=finder.source_in_paragraph(q.start) or finder.clause_subject(quoted))
        if q.cue is None and q.speaker is None
        else q
        for q, quoted in zip(quotes, kept, strict=True)
    ]

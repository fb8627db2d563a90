"""Relatives named through a person: "Sergueï Skripal et sa fille", "la fille de Sergueï
Skripal". The relative is a person of their own (`person:fille-de-serguei-skripal`), so an
event can strike both; the owner is the person named right after "de", else, after a
possessive, the last person named before it in the sentence."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from veille import lang
from veille.extract.actors.tokens import token_forms
from veille.extract.layout import text_of
from veille.records import Actor, Mention
from veille.text import fold, slug


def find_relatives(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The actors plus the relatives of the people among them."""
    relatives = _words("relatives")
    _, folded = token_forms(doc)
    if relatives.isdisjoint(folded):
        return actors  # most articles name no relative: no walk over their words
    nouns = [i for i, word in enumerate(folded) if word in relatives and i > 0]
    if not nouns:
        return actors  # most articles name no relative: no walk over their words
    people = sorted((m.start, m.end, a) for a in actors if a.kind == "person" for m in a.mentions)
    if not people:
        return actors
    starts = {start: actor for start, _, actor in people}
    text = text_of(doc)
    found: dict[str, tuple[str, Actor, list[tuple[int, int]]]] = {}
    for i in nouns:
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        if "Sing" not in token.morph.get("Number", ["Sing"]):
            continue
        before = doc[token.i - 1]
        owner: Actor | None = None
        start = before.idx
        end = token.idx + len(token.text)
        linker = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if linker is not None and fold(linker.text) in _words("linkers") and token.i + 2 < len(doc):
            owner = starts.get(doc[token.i + 2].idx)  # "la fille de Sergueï Skripal"
            if owner is not None:
                end = max(m.end for m in owner.mentions if m.start == doc[token.i + 2].idx)
        if owner is None and fold(before.text) in _words("possessives"):
            sentence = token.sent.start_char
            earlier = [a for s, e, a in people if sentence <= s and e <= before.idx]
            owner = earlier[-1] if earlier else None  # "Sergueï Skripal et sa fille"
            end = token.idx + len(token.text)
        if owner is None or before.pos_ != "DET":
            continue
        noun = token.text.lower()
        key = f"person:{slug(f'{noun} de {owner.name}')}"
        found.setdefault(key, (noun, owner, []))[2].append((start, end))
    if not found:
        return actors
    added = []
    for key, (noun, owner, spans) in found.items():
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(set(spans)))
        added.append(
            Actor(
                id=key,
                name=f"{noun} de {owner.name}",
                kind="person",
                mentions=mentions,
                country=owner.country,
                cameo=None,
                wikidata=None,
            )
        )
    known_ids = {a.id for a in actors}
    return actors + [a for a in added if a.id not in known_ids]


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of the agents lexicon, folded once (not per article)."""
    return lang.words("agents", key)

"""Actors from the statistical model's named entities: one actor per distinct name and kind.

This is the baseline the knowledge-base linker builds on: it groups the surface forms the
model finds ("La Chine", "la Chine", "Chine") under one actor and lists every mention.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from veille import lang
from veille.records import Actor, ActorKind, Mention
from veille.text import fold, slug

# spaCy's French labels; MISC (events, nationalities, works) is not an actor.
KIND_OF_LABEL: dict[str, ActorKind] = {"PER": "person", "LOC": "place", "ORG": "organization"}


def strip_leading_determiner(name: str) -> str:
    for determiner in lang.load("determiners")["leading"]:
        if fold(name).startswith(determiner) and len(name) > len(determiner):
            return name[len(determiner) :].strip()
    return name


def actors_from_entities(entities: Iterable[Span]) -> list[Actor]:
    """Group entities by kind and name slug, in order of first mention; ids stay unique."""
    groups: dict[tuple[str, str], tuple[str, list[Mention]]] = {}
    for ent in entities:
        kind = KIND_OF_LABEL.get(ent.label_)
        if kind is None:
            continue
        name = strip_leading_determiner(ent.text.strip())
        key = (kind, slug(name))
        mention = Mention(ent.start_char, ent.end_char, ent.text)
        if key in groups:
            groups[key][1].append(mention)
        else:
            groups[key] = (name, [mention])
    return [
        Actor(id=f"{kind}:{key}", name=name, kind=kind, mentions=tuple(mentions))  # type: ignore[arg-type]
        for (kind, key), (name, mentions) in groups.items()
    ]


def extract_actors(doc: Doc) -> list[Actor]:
    return actors_from_entities(doc.ents)

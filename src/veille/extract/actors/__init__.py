"""The actors extractor: mentions found by the knowledge base and the model, linked to one
identity each, with its CAMEO code and role at the article's date."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.extract.actors.linking import link_actors
from veille.records import Actor


def extract_actors(doc: Doc) -> list[Actor]:
    return link_actors(doc)

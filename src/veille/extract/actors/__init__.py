"""The actors extractor: mentions found by the knowledge base and the model, linked to one
identity each, with its CAMEO code and role at the article's date; then the descriptive
actors around them ("les autorités locales", "les manifestants")."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.extract.actors.agents import find_agents
from veille.extract.actors.linking import link_actors
from veille.extract.actors.relatives import find_relatives
from veille.records import Actor


def extract_actors(doc: Doc) -> list[Actor]:
    return find_relatives(doc, find_agents(doc, link_actors(doc)))

"""What every accuracy benchmark shares: the gold sets, their articles, and how a predicted
actor is matched against a gold file's `keys`.

One definition of "the right actor" for every bench (quotes' speakers, events' sources and
targets, linked mentions), so their figures can be compared. A predicted actor is named by a
gold key the way a reader would accept it: its id (or the part after `kind:`), its folded
name, that name without honorific or first names ("M. MacLauchlan" -> "maclauchlan"), one of
its mention texts without the determiner, its CAMEO code, and its country only when it
stands for the territory or the state (a country, a place in it, its government: an
American citizen is not "USA").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from veille import lang
from veille.article import Article
from veille.sources.text import parse_text
from veille.text import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD_SETS: dict[str, list[Path]] = {
    "seed": [SHARED / "gold" / "seed.json"],
    "dev": sorted((SHARED / "gold" / "dev").glob("*.json")),
    "wikinews": sorted((ROOT / "bench" / "gold" / "wikinews").glob("*.json")),
}
# A second project gold (session 9), annotated for actors and events only with the held-out
# gold's conventions, from articles no rule was written on: a development set, read freely.
_DEV2 = sorted((ROOT / "bench" / "gold" / "dev2").glob("*.json"))
if _DEV2:
    GOLD_SETS["dev2"] = _DEV2
# Held out: annotated blind and never used to write or tune rules; measured only on request
# (bench/events.py --heldout), at the end of a session, so that it keeps telling how the
# coder does on articles it was not fitted to.
HELDOUT: list[Path] = sorted((ROOT / "bench" / "gold" / "heldout").glob("*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def article_of(gold: dict[str, Any]) -> Article:
    """The article a gold file annotates, read as veille reads it (offsets agree)."""
    article = parse_text((SHARED / gold["file"]).read_text(encoding="utf-8"), gold["file"])
    expected = gold.get("text_starts_with")
    if expected and not article.text.startswith(expected):
        raise ValueError(f"{gold['file']}: the text does not start as the gold file says")
    return article


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold(h) for h in lang.load("quotes")["honorifics"])


@cache
def _determiners() -> tuple[str, ...]:
    return tuple(fold(d) for d in lang.load("determiners")["leading"])


def bare(text: str) -> str:
    """Folded, without a leading determiner: gold and output differ on it for names."""
    folded = fold(text)
    for determiner in _determiners():
        if folded.startswith(determiner):
            return folded[len(determiner) :].strip()
    return folded


def _name_forms(name: str, person: bool) -> set[str]:
    """`M. Mohamed Salem Ould Salek` -> itself, without honorific, and (people) its last words."""
    words = [w for w in fold(name).split() if w not in _honorifics()]
    forms = {fold(name), " ".join(words)}
    return forms | {" ".join(words[-1:]), " ".join(words[-2:])} if person else forms


def actor_keys(actor: dict[str, Any] | None) -> set[str]:
    """Every gold key that names this predicted actor (a record's actor dict)."""
    if actor is None:
        return set()
    person = actor.get("kind") == "person"
    keys = {actor["id"], actor["id"].split(":", 1)[-1]}
    keys |= {actor[field] for field in ("cameo", "wikidata") if actor.get(field)}
    if actor.get("country") and (
        actor.get("kind") in ("country", "place") or actor["id"].startswith("government:")
    ):
        keys.add(actor["country"])  # what stands for the territory: a citizen is not "USA"
    keys |= _name_forms(actor["name"], person)
    for mention in actor.get("mentions", ()):
        text = fold(mention["text"])
        for determiner in _determiners():
            text = text.removeprefix(determiner)
        keys |= _name_forms(text, person)
    return {fold(key) for key in keys if key} | {key for key in keys if key}


def names(actor: dict[str, Any] | None, gold_keys: list[str] | None) -> bool:
    """Whether the gold keys name this actor (no keys and no actor also agree)."""
    if not gold_keys:
        return actor is None
    return bool(actor_keys(actor) & set(gold_keys))

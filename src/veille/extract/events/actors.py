"""The record's actors as seen from the parse: which actor a token names, and who is political.

Actors come from the actors section (spaCy entities today, the knowledge-base linker soon);
the coder only reads their id, kind, cameo, country and mention offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Token

# Kinds that are political by nature once the knowledge base has typed them.
_POLITICAL_KINDS = {"country", "group", "organization"}
# Dependencies that stay inside one noun phrase when looking for the actor it names.
_INSIDE_PHRASE = {"flat:name", "flat", "fixed", "compound", "amod", "nmod", "appos", "det"}


class ActorIndex:
    """Character offsets -> actor, plus a political test that works with or without the KB."""

    def __init__(self, actors: list[dict[str, Any]]) -> None:
        self.by_id = {a["id"]: a for a in actors}
        spans = sorted(
            (m["start"], m["end"], a["id"]) for a in actors for m in a.get("mentions", ())
        )
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        # The knowledge-base linker types countries and gives CAMEO codes; the entity
        # baseline does neither, so then every named person, place or body may be political.
        self.typed = any(a.get("cameo") or a.get("kind") in ("country", "group") for a in actors)

    def at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end), if any."""
        i = bisect_right(self._starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self._spans):
                s, e, actor_id = self._spans[j]
                if s < end and start < e:
                    return actor_id
        return None

    def of_token(self, token: Token) -> str | None:
        """The actor a noun phrase names: its head first, then the words inside the phrase."""
        found = self.at(token.idx, token.idx + len(token))
        if found:
            return found
        queue = [c for c in token.children if c.dep_ in _INSIDE_PHRASE]
        while queue:
            child = queue.pop(0)
            found = self.at(child.idx, child.idx + len(child))
            if found:
                return found
            queue.extend(c for c in child.children if c.dep_ in _INSIDE_PHRASE)
        return None

    def preceding(self, offset: int, kinds: set[str] | None = None) -> str | None:
        """The last actor mentioned before `offset` (a pronoun's likely referent)."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            _s, e, actor_id = self._spans[i]
            if e <= offset and (kinds is None or self.by_id[actor_id]["kind"] in kinds):
                return actor_id
            i -= 1
        return None

    def political(self, actor_id: str | None) -> bool:
        if actor_id is None:
            return False
        actor = self.by_id[actor_id]
        if actor.get("cameo"):
            return True
        if not self.typed:
            return True
        return actor.get("kind") in _POLITICAL_KINDS

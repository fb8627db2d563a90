"""Who did it and to whom, from the dependency parse (Universal Dependencies labels).

Subjects are sources, objects and prepositional complements named by the trigger's frame are
targets; passives swap them; coordinated phrases give one argument each; pronouns and
relative pronouns point back to the phrase they stand for.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from veille.extract.events.actors import ActorIndex
from veille.extract.events.lexicon import Frame, Lexicon
from veille.text import fold

SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj"}
OBLIQUES = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "advcl"}
REFLEXIVE_DEPS = {"expl:comp", "expl:pv", "expl", "obj", "iobj", "expl:pass"}
# A verb takes its subject from its governor when it is one of these (shared subjects).
SUBJECT_SHARING = {"xcomp", "conj"}


def conjuncts(token: Token) -> list[Token]:
    """`la France, le Royaume-Uni et les Etats-Unis` -> the three heads."""
    heads = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            heads.extend(conjuncts(child))
    return heads


def is_reflexive(verb: Token) -> bool:
    return any(c.dep_ in REFLEXIVE_DEPS and "Yes" in c.morph.get("Reflex") for c in verb.children)


def is_passive(verb: Token, frame: Frame) -> bool:
    """A passive of a transitive trigger (être + participle of an intransitive is not one)."""
    if not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False
    return (bool(frame.target) and frame.target[0] == "obj") or any(
        c.dep_ == "obl:agent" for c in verb.children
    )


def preposition(token: Token, lex: Lexicon) -> str | None:
    """The preposition introducing a complement (`à Pékin` -> `à`), contractions undone."""
    cases = [c for c in token.children if c.dep_ in ("case", "fixed") and c.i < token.i]
    if not cases:
        return None
    return " ".join(lex.preposition(c.text) for c in cases)


def subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in SUBJECTS]
    if found:
        return found
    if verb.dep_ in SUBJECT_SHARING and verb.head is not verb:
        return subjects(verb.head)
    if verb.dep_.startswith("acl") and verb.head is not verb:
        return [verb.head]
    return []


def complements(head: Token, slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    """The complements of `head` that fill `slot` (obj, iobj or a preposition).

    A prepositional complement the parser hung on the object (`signer un accord avec la
    Chine`, `fournir des armes à l'Ukraine`) counts as the verb's own."""
    found = _complements(head.children, slot, lex, skip)
    if not found and slot not in ("obj", "iobj") and head.pos_ in ("VERB", "AUX"):
        for obj in (c for c in head.children if c.dep_ == "obj"):
            found = _complements(obj.children, slot, lex, skip)
            if found:
                break
    return found


def _complements(children: Iterator[Token], slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    found = []
    for child in children:
        if child.i in skip:
            continue
        if slot in ("obj", "iobj"):
            if child.dep_ == slot:
                found.append(child)
            continue
        prep = preposition(child, lex) if child.dep_ in OBLIQUES else None
        if prep and (prep == slot or prep.startswith(slot + " ")):
            found.append(child)
    return found


def possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
            return child
    return None


class Resolver:
    """Turns argument tokens into actor ids, following pronouns and coordination."""

    def __init__(self, actors: ActorIndex) -> None:
        self.actors = actors

    def resolve(self, token: Token) -> list[str]:
        ids: list[str] = []
        for head in conjuncts(token):
            actor = self._one(head)
            if actor and actor not in ids:
                ids.append(actor)
        return ids

    def _one(self, token: Token) -> str | None:
        if token.pos_ == "PRON" or (token.pos_ == "DET" and "Yes" in token.morph.get("Poss")):
            if "Rel" in token.morph.get("PronType"):
                clause = token.head
                return self.actors.of_token(clause.head) if clause.head is not clause else None
            if "Yes" in token.morph.get("Reflex"):
                return None
            if token.pos_ == "PRON" and "3" not in token.morph.get("Person"):
                return None
            return self._antecedent(token)
        return self.actors.of_token(token)

    def _antecedent(self, token: Token) -> str | None:
        """The clause subject for a possessive, else the last political actor named before."""
        if token.pos_ == "DET":
            verb = token.head.head
            for subj in subjects(verb) if verb is not token.head else []:
                if subj.pos_ != "PRON" and (found := self.actors.of_token(subj)):
                    return found
        offset = token.idx
        while (found := self.actors.preceding(offset)) is not None:
            if self.actors.political(found):
                return found
            offset = min(m["start"] for m in self.actors.by_id[found]["mentions"])
        return None

    def first(self, tokens: list[Token]) -> list[str]:
        for token in tokens:
            if ids := self.resolve(token):
                return ids
        return []


def needs_met(frame: Frame, token: Token, lex: Lexicon, used: set[int]) -> bool:
    """Does the trigger have the object (verb) or complement (noun) its entry requires?"""
    if not frame.needs:
        return True
    near = [c for c in token.children if c.dep_ not in SUBJECTS]
    for child in list(near):
        near.extend(g for g in child.children if g.dep_ in ("nmod", "amod", "fixed", "flat"))
    for words in frame.needs:
        for child in near:
            if fold(child.lemma_) != words[0] and fold(child.text) != words[0]:
                continue
            rest = {fold(t.lemma_) for t in child.subtree} | {fold(t.text) for t in child.subtree}
            if all(w in rest for w in words[1:]):
                used.add(child.i)
                return True
    return False


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object or complement of (`a annulé sa visite`)."""
    head = noun.head
    while head is not noun and head.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nmod", "conj"):
        noun, head = head, head.head
    if head is noun or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def walk_up(token: Token) -> Iterator[Token]:
    """The trigger and the verbs that govern it (`doit se rendre`), nearest first.

    Reported clauses (ccomp) and coordinated verbs keep their own modality."""
    seen = token
    yield seen
    while seen.head is not seen and seen.dep_ in ("xcomp", "obj", "obl:arg"):
        seen = seen.head
        yield seen

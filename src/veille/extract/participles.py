"""Which noun a participle or relative clause describes, when the parser hung it on another
word of the noun's phrase (language-neutral: it reads morphology and dependencies only).

Both the timex extractor ("l'élection, prévue le 20 mars") and the event dating ("le sommet
..., qui était prévu le 12 juin") need it."""

from __future__ import annotations

from spacy.tokens import Token


def described_noun(clause: Token, nouns: frozenset[int]) -> Token | None:
    """The noun among `nouns` (token indices) that a participle or relative clause describes:
    the noun it hangs from, else the nearest before it in that noun's phrase that agrees with
    it (`l'annulation du sommet entre les États-Unis et la Corée du Nord, qui était prévu le 12
    juin`: the parser hung the clause on a country; the summit, not the cancellation)."""
    noun = clause.head
    if noun.i in nouns:
        return noun
    while noun.dep_ in ("nmod", "conj") and noun.head.i != noun.i and noun.i not in nouns:
        noun = noun.head
    before = [t for t in noun.subtree if t.i in nouns and t.i < clause.i and agree(t, clause)]
    return before[-1] if before else None


def agree(noun: Token, participle: Token) -> bool:
    """No gender or number told by both the noun and the participle that differs."""
    return all(
        not (a := noun.morph.get(feature, []))
        or not (b := participle.morph.get(feature, []))
        or a == b
        for feature in ("Gender", "Number")
    )


def describes_a_noun(verb: Token) -> bool:
    """A participle or relative clause, which describes a noun (the parser may call a relative
    clause `advcl`: its relative pronoun before the verb tells)."""
    return verb.dep_ in ("acl", "acl:relcl") or any(
        "Rel" in c.morph.get("PronType", []) for c in verb.children if c.i < verb.i
    )


def cleft(verb: Token) -> bool:
    """`ce sont 45 individus qui ont perdu la vie ce vendredi 23 février`: a relative clause on
    the noun a presentative sentence is about tells its news."""
    head = verb.head
    return head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and any(
        c.dep_ == "cop" for c in head.children
    )

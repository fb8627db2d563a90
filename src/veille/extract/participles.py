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

"""Whether an event happened: asserted, planned, negated, possible or reported.

Tense and mood come from the parser's morphology (Tense=Fut, Mood=Cnd, Polarity=Neg); the
words that carry modality (devoir, prévoir de, selon...) come from `lang/fr/event_modality`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from veille import lang
from veille.records import Modality
from veille.text import fold


@cache
def _cues(lang_code: str = "fr") -> dict[str, set[str]]:
    data: dict[str, Any] = lang.load("event_modality", lang_code)
    return {key: {fold(w) for w in words} for key, words in data.items()}


def _verb_group(verb: Token) -> list[Token]:
    return [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]


def _negated(verb: Token, cues: dict[str, set[str]]) -> bool:
    for child in verb.children:
        if (
            child.dep_ in ("advmod", "det", "cc")
            and ("Neg" in child.morph.get("Polarity") or fold(child.lemma_) in cues["negation"])
            and (child.dep_ == "advmod" or fold(child.lemma_) in cues["negation"])
        ):
            return True
    return False


def _conditional_form(verb: Token, cues: dict[str, set[str]]) -> bool:
    """The infinitive plus a conditional ending, which the tagger may take for an imperfect."""
    if "Imp" not in verb.morph.get("Tense"):
        return False
    form, lemma = fold(verb.text), fold(verb.lemma_)
    stems = {lemma, lemma[:-1]} if lemma.endswith("e") else {lemma}
    return any(form == stem + ending for stem in stems for ending in cues["conditional_endings"])


def _own(verb: Token, cues: dict[str, set[str]]) -> Modality | None:
    """What the verb's own morphology and modifiers say."""
    if _negated(verb, cues):
        return "negated"
    group = _verb_group(verb)
    if any("Cnd" in t.morph.get("Mood") or _conditional_form(t, cues) for t in group):
        return "possible"
    if any(fold(c.lemma_) in cues["hedges"] for c in verb.children if c.dep_ == "advmod"):
        return "possible"
    if any("Fut" in t.morph.get("Tense") for t in group):
        return "planned"
    return None


def modality_of(trigger: Token, chain: list[Token], sentence: Span) -> Modality:
    """Modality of the event at `trigger`; `chain` is the trigger and its governing verbs."""
    cues = _cues()
    if trigger.pos_ == "NOUN" and any(
        fold(c.lemma_) in cues["planned_modifiers"] for c in trigger.children
    ):
        return "planned"
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nmod"
        and (fold(trigger.head.lemma_) in cues["negating_nouns"])
    ):
        return "negated"  # `l'annulation du sommet`
    for i, verb in enumerate(chain):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = fold(verb.lemma_)
        if i > 0 and lemma in cues["negating_governors"]:
            return "negated"
        own = _own(verb, cues)
        if own == "negated":
            return own
        if any(
            c.dep_ == "mark" and fold(c.text) in cues["conditional_marks"] for c in verb.children
        ):
            return "possible"
        if i > 0 and lemma in cues["possible_governors"]:
            return "possible"
        if i > 0 and lemma in cues["planned_governors"]:
            return "planned"
        if own:
            return own
        if i > 0 and chain[i - 1].dep_ == "ccomp":
            break  # a reported clause keeps its own modality, not the speaker's
        if verb.dep_ == "ccomp" and fold(verb.head.lemma_) in cues["demanding_governors"]:
            return "possible"  # `exige que la Russie retire ses troupes`
    clauses = {t.i for t in chain}
    for token in sentence:
        if fold(token.lemma_) in cues["reported"] and token.dep_ in ("case", "fixed"):
            # `selon X` attributes the clause it hangs from, not every clause of the sentence
            phrase = token.head if token.dep_ == "case" else token.head.head
            if phrase.head.i in clauses or phrase.i in clauses or phrase.head.i == phrase.i:
                return "reported"
    return "asserted"


def semi_auxiliary(verb: Token) -> bool:
    """`va participer`, `doit se rendre`: with an infinitive, aller, devoir, pouvoir... say
    when or whether, not an event of their own (`aller` is then no journey)."""
    cues = _cues()
    lemma = fold(verb.lemma_)
    if lemma not in cues["planned_governors"] | cues["possible_governors"]:
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm") for c in verb.children
    )

"""Verb forms the tagger misreads, told by their spelling (language-neutral: the endings come
from each caller's lexicon)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from veille.text import fold


def infinitive_plus(verb: Token, is_ending: Callable[[str], bool]) -> bool:
    """The verb's form is its infinitive plus an ending `is_ending` accepts, the infinitive's
    final `e` dropped or not ("rendre" -> "rendrait", "utiliser" -> "utiliseraient"): the
    French conditional, which the tagger may take for an imperfect or a present."""
    form, lemma = fold(verb.text), fold(verb.lemma_)
    stems = {lemma, lemma[:-1]} if lemma.endswith("e") else {lemma}
    return any(
        len(form) > len(stem) and form.startswith(stem) and is_ending(form[len(stem) :])
        for stem in stems
    )

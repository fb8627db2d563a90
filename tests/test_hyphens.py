"""No sentence starts inside a hyphenated word (`veille.hyphens`, before the parser)."""

from __future__ import annotations

import pytest

from veille.hyphens import _inside_hyphens

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Ils mènent des opérations de guérilla et des attentats-suicides contre les symboles "
        "du gouvernement somalien.",
        "L'auteur-compositeur-interprète américain a donné un concert.",
    ],
)
def test_a_hyphenated_word_stays_in_its_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_hyphens_between_sentences_still_part_them(nlp):
    doc = nlp("Le vote a eu lieu. - Les résultats sont attendus demain.")
    assert len(list(doc.sents)) == 2


def test_only_hyphens_written_between_two_letters_are_inside_a_word():
    text = "auteur-compositeur‑interprète, 2015-2016, G-7, -au début, fin- ; tiret -- double"
    found = [text[at - 1 : at + 2] for at in _inside_hyphens(text)]
    assert found == ["r-c", "r‑i"]

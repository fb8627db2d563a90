"""No sentence starts inside a hyphenated word (`veille.hyphens`, before the parser)."""

from __future__ import annotations

import pytest

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

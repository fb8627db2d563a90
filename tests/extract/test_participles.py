"""Which noun a participle or relative clause describes (`veille.extract.participles`)."""

from __future__ import annotations

import pytest

from veille.extract.participles import agree, described_noun


def _clause_and_nouns(nlp, text: str, clause: str, nouns: tuple[str, ...]):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == clause)
    return verb, frozenset(t.i for t in doc if t.text in nouns)


@pytest.mark.model
def test_participle_describes_the_noun_it_hangs_from(nlp):
    verb, nouns = _clause_and_nouns(
        nlp, "L'élection, prévue le 20 mars, a été reportée.", "prévue", ("élection",)
    )
    described = described_noun(verb, nouns)
    assert described is not None and described.text == "élection"


@pytest.mark.model
def test_participle_agrees_with_a_noun_only_in_its_gender_and_number(nlp):
    doc = nlp("Les élections prévues et le sommet prévu ont été reportés.")
    elections, planned_f, summit, planned_m = (doc[1], doc[2], doc[5], doc[6])
    assert agree(elections, planned_f) and agree(summit, planned_m)
    assert not agree(elections, planned_m)

"""The layout shared by the extractors: read once per Doc, the same as spaCy's own answers."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from veille.extract.layout import layout, text_of

pytestmark = pytest.mark.model

TEXT = "Le 3 mai, Paris a dit : « oui ».\n\nLe lendemain, Berlin a refusé. Rome hésite."


def test_text_of_is_the_docs_text_read_once(nlp):
    doc = nlp.make_doc(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert text_of(doc) is text_of(doc)


def test_layout_survives_the_trip_between_processes_as_bytes(nlp):
    doc = nlp(TEXT)
    before = layout(doc)
    shipped = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert text_of(shipped) == TEXT
    assert layout(shipped) == before
    assert [doc[i].sent.start for i in range(len(doc))] == [
        before.sentence_of(i) for i in range(len(doc))
    ]
    assert before.paragraph_start_char(TEXT.index("Berlin")) == TEXT.index("Le lendemain")

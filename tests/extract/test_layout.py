"""The layout shared by the extractors: read once per Doc, the same as spaCy's own answers."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, POS
from spacy.tokens import Doc

from veille.extract.layout import column, keep_text, kept, layout, text_of

pytestmark = pytest.mark.model

TEXT = "Le 3 mai, Paris a dit : « oui ».\n\nLe lendemain, Berlin a refusé. Rome hésite."


def test_text_of_is_the_docs_text_read_once(nlp):
    doc = nlp.make_doc(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert text_of(doc) is text_of(doc)


def test_text_of_is_the_string_the_doc_was_made_from_when_kept(nlp):
    text = "".join(["Le 3 mai, ", "Paris a dit oui.  "])  # a string object of its own
    doc = nlp.make_doc(text)
    keep_text(doc, text)
    assert text_of(doc) is text
    assert doc.text == text


def test_keep_text_leaves_a_doc_its_tokens_do_not_end_with(nlp):
    doc = nlp.make_doc(TEXT)
    keep_text(doc, TEXT + " et la suite")
    assert text_of(doc) == TEXT


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


def test_column_is_each_tokens_attribute_read_once_per_doc(nlp):
    doc = nlp("La France a condamné l'attaque.")
    tags = column(doc, POS)
    assert tags == [token.pos for token in doc]
    assert column(doc, DEP) == [token.dep for token in doc]
    assert column(doc, POS) is tags  # kept on the Doc, not read again


def test_kept_finds_a_docs_index_once_even_when_it_is_none(nlp):
    doc = nlp.make_doc(TEXT)
    calls = []

    def find(doc: Doc) -> None:
        calls.append(doc)

    assert kept(doc, "test.nothing", find) is None
    assert kept(doc, "test.nothing", find) is None
    assert calls == [doc]

"""Token offsets, sentence starts and the text of a Doc, read once and shared.

`doc.sents`, `doc.text` and iterating a Doc build Python objects per sentence or token on
every call; the extractors need them for every document, so they read them here, once per
Doc, from the parse's arrays.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

_KEY = "veille.layout"
_TEXT = "veille.text"
_COLUMN = "veille.column."  # + the attribute's id
T = TypeVar("T")


class Layout(NamedTuple):
    token_starts: list[int]  # character offset of each token
    sentence_starts: list[int]  # index of each sentence's first token (the model's sentences)
    paragraph_starts: list[int]  # index of each token that opens a paragraph

    def sentence_of(self, i: int) -> int:
        """The index of the first token of token `i`'s sentence (`doc[i].sent.start`, which
        spaCy computes by walking every sentence before it)."""
        return self.sentence_starts[max(0, bisect_right(self.sentence_starts, i) - 1)]

    def paragraph_start_char(self, char: int) -> int:
        """Where the paragraph holding character offset `char` begins (0 for the first)."""
        token = bisect_right(self.token_starts, char) - 1
        k = bisect_right(self.paragraph_starts, token) - 1
        return self.token_starts[self.paragraph_starts[k]] if k >= 0 else 0

    def sentence_chars(self, text_length: int) -> list[tuple[int, int]]:
        """(start, end) character offsets of each of the model's sentences."""
        starts = [self.token_starts[i] for i in self.sentence_starts]
        return list(zip(starts, [*starts[1:], text_length], strict=True))


def layout(doc: Doc) -> Layout:
    """The Doc's layout, read once and cached on the Doc. A Layout is a tuple of lists, which
    spaCy can ship between processes with the Doc (`--workers N`); it comes back as a list
    of lists, made a Layout again on the first call. The extractors call this thousands of
    times per batch (per sentence, per candidate): building a new object each time cost
    more than reading the layout once."""
    cached = doc.user_data.get(_KEY)
    if type(cached) is Layout:
        return cached
    found = _read(doc) if cached is None else Layout(*cached)
    doc.user_data[_KEY] = found
    return found


def kept(doc: Doc, key: str, find: Callable[[Doc], T]) -> T:
    """What `find` says of the whole Doc, worked out on the first call and kept on the Doc
    under `key` (an index the extractors look up per sentence or per event). The value must
    be plain data (lists, tuples, dicts, ints, strings): it travels with the Doc between
    processes."""
    if key not in doc.user_data:
        doc.user_data[key] = find(doc)
    value: T = doc.user_data[key]
    return value


def column(doc: Doc, attribute: int) -> list[int]:
    """One token attribute of the whole Doc (`POS`, `DEP`, `LEMMA`: ids and hashes), read once
    per Doc and kept on it as a list of ints, which spaCy ships between processes with the
    Doc: loops over many words test these ints and make a Token object only for the words
    that pass (a Token per word cost more than the tests)."""
    return kept(doc, f"{_COLUMN}{attribute}", lambda doc: doc.to_array(attribute).tolist())


def text_of(doc: Doc) -> str:
    """`doc.text`, read once: spaCy joins every token on each access (about 80 µs for a
    250-token article), and the extractors each read it at least once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Make `text`, the string a Doc was just made from, its `text_of`: spaCy's tokenizer
    loses no character, so it is `doc.text` without joining every token again (about
    0.1 ms per article). A Doc whose tokens do not end where the text does is left alone."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data[_TEXT] = text


def _read(doc: Doc) -> Layout:
    if len(doc) == 0:
        return Layout([], [], [])
    arrays = doc.to_array([IDX, SENT_START])
    starts = arrays[:, 0].tolist()
    sentences = [0] + [i for i in (arrays[:, 1] == 1).nonzero()[0].tolist() if i]
    text = text_of(doc)
    paragraphs: list[int] = []
    at = text.find("\n")
    while at != -1:
        i = bisect_left(starts, at + 1)
        while i < len(starts) and text[starts[i]].isspace():
            i += 1
        if i < len(starts) and (not paragraphs or paragraphs[-1] != i):
            paragraphs.append(i)
        at = text.find("\n", at + 1)
    return Layout(starts, sentences, paragraphs)

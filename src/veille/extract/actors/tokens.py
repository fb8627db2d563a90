"""Token texts and folded forms of a Doc, read from its ORTH column through a cache by word.

Building a spaCy Token per word, or folding the same word again in every article, costs more
than the actors step's own rules; a word's text and folded form depend only on its ORTH hash
(the same in every vocabulary), so they are looked up once per distinct word.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from veille.extract.layout import column
from veille.text import fold

_TEXTS: dict[int, str] = {}
_FOLDED: dict[int, str] = {}
MAX_WORDS = 1 << 18  # distinct words kept; the caches start afresh past it


_last: list[tuple[Doc, int, tuple[list[str], list[str]]]] = []  # the last Doc's, reused


def token_forms(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and folded text, in token order (the callers must not change the
    lists: the actors step's modules share them for one Doc)."""
    if _last and _last[0][0] is doc and _last[0][1] == len(doc):
        return _last[0][2]
    forms = _read(doc)
    _last[:] = [(doc, len(doc), forms)]
    return forms


def _read(doc: Doc) -> tuple[list[str], list[str]]:
    orths = column(doc, ORTH)  # kept on the Doc: the events step reads it too
    missing = set(orths).difference(_TEXTS)
    if missing:
        if len(_TEXTS) + len(missing) > MAX_WORDS:
            _TEXTS.clear()
            _FOLDED.clear()
            missing = set(orths)
        strings = doc.vocab.strings
        for orth in missing:
            text = strings[orth]
            _TEXTS[orth] = text
            _FOLDED[orth] = fold(text)
    return list(map(_TEXTS.__getitem__, orths)), list(map(_FOLDED.__getitem__, orths))


def span_text(text: str, starts: list[int], texts: list[str], start: int, end: int) -> str:
    """`doc[start:end].text` from the Doc's text and token offsets (no Span, no Token)."""
    if end <= start:
        return ""
    return text[starts[start] : starts[end - 1] + len(texts[end - 1])]

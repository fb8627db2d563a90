"""No sentence boundary inside a hyphenated word.

The French model's tokenizer splits "attentats-suicides" or "auteur-compositeur-interprète"
at the hyphen, and its parser then sometimes starts a sentence at the hyphen or after it:
the clause is cut in two and every extractor reads two fragments ("des attentats" | "-" |
"suicides contre les symboles du gouvernement"). A hyphen written between two letters with
no space around it is inside a word in any language, so this component, placed before the
parser, marks the hyphen and the word after it as no sentence start; the parser keeps them
in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from veille.extract.layout import text_of

NAME = "hyphenated_words"
# The pattern opens with the hyphen itself, so the regex engine jumps from hyphen to hyphen;
# the letter before is checked after the match (a leading lookbehind would be tried at
# every character of the text).
_HYPHEN_BEFORE_LETTER = re.compile(r"[-‑](?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def _inside_hyphens(text: str) -> Iterator[int]:
    """Offsets of the hyphens written between two letters, with no space around them."""
    for match in _HYPHEN_BEFORE_LETTER.finditer(text):
        at = match.start()
        if at and _LETTER.match(text, at - 1):
            yield at


def _glue(doc: Doc) -> Doc:
    # text_of keeps the text it joins for the extractors after the parser: one join per Doc
    for at in _inside_hyphens(text_of(doc)):
        hyphen = doc.char_span(at, at + 1)
        if hyphen is None or hyphen.start + 1 >= len(doc):
            continue  # the hyphen is inside a token: nothing to keep together
        doc[hyphen.start].is_sent_start = False
        doc[hyphen.start + 1].is_sent_start = False
    return doc


def register() -> None:
    """Make the component known to spaCy (once per process)."""
    if NAME not in Language.factories:
        Language.component(NAME, func=_glue)

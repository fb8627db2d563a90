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

from spacy.language import Language
from spacy.tokens import Doc

NAME = "hyphenated_words"
_INSIDE = re.compile(r"(?<=[^\W\d_])[-‑](?=[^\W\d_])")


def _glue(doc: Doc) -> Doc:
    for match in _INSIDE.finditer(doc.text):
        hyphen = doc.char_span(match.start(), match.end())
        if hyphen is None or hyphen.start + 1 >= len(doc):
            continue  # the hyphen is inside a token: nothing to keep together
        doc[hyphen.start].is_sent_start = False
        doc[hyphen.start + 1].is_sent_start = False
    return doc


def register() -> None:
    """Make the component known to spaCy (once per process)."""
    if NAME not in Language.factories:
        Language.component(NAME, func=_glue)

"""A token trie over folded forms: every knowledge-base surface and lexicon phrase, built once.

Matching walks the Doc's tokens once, taking the longest phrase that starts at each token, so
its cost grows with the text, not with the size of the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from veille.text import fold

_END = "\0"


@dataclass(frozen=True)
class Phrase:
    """What a matched phrase is: a knowledge-base surface or a lexicon word, with its data."""

    kind: str  # "kb" (data: Surface), "title", "government", "agency", "honorific"...
    data: Any
    shape: tuple[str, ...]  # tokens as written, for the case check
    after: frozenset[str] = frozenset()  # folded words one of which must come just before


@dataclass(frozen=True)
class Match:
    start: int  # token indices, end exclusive
    end: int
    phrases: tuple[Phrase, ...]


def _case_fits(written: str, seen: str) -> bool:
    """A capitalised KB token needs a capital in the text; an acronym needs capitals.

    Lower-case entries (demonyms, common nouns) match in any case.
    """
    if not written[:1].isupper():
        return True
    if len(written) > 1 and written.isupper() and written.isalpha():
        return seen.isupper()
    return seen[:1].isupper()


class TokenTrie:
    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, tokens: list[str], phrase: Phrase) -> None:
        node = self.root
        for token in tokens:
            node = node.setdefault(fold(token), {})
        node.setdefault(_END, []).append(phrase)

    def matches(
        self,
        doc: Doc,
        folded: list[str] | None = None,
        start: int = 0,
        end: int | None = None,
        shorter_than: int | None = None,
        texts: list[str] | None = None,
    ) -> list[Match]:
        """Longest phrase at each token, left to right, without overlaps.

        `folded`: the tokens' folded forms when the caller has them already; `start`, `end`:
        look only inside these tokens, at phrases of fewer than `shorter_than` tokens (the
        names inside a longer name); `texts`: the tokens' texts, for the case checks."""
        if texts is None:
            texts = [token.text for token in doc]
        if folded is None:
            folded = [fold(text) for text in texts]
        found: list[Match] = []
        root, n = self.root, len(folded) if end is None else end
        after = start  # the end of the last match: the next starts there or later
        for i in [k for k in range(start, n) if folded[k] in root]:  # words opening a phrase
            if i < after:
                continue
            node = root.get(folded[i])
            best: Match | None = None
            j = i
            while node is not None:
                j += 1
                ends = node.get(_END)
                if ends is not None and (shorter_than is None or j - i < shorter_than):
                    phrases = [p for p in ends if _fits(p, texts, folded, i)]
                    if phrases:
                        best = Match(i, j, tuple(phrases))
                node = node.get(folded[j]) if j < n else None
            if best is not None:
                found.append(best)
                after = best.end
        return found


def _fits(phrase: Phrase, texts: list[str], folded: list[str], start: int) -> bool:
    if phrase.after and (start == 0 or folded[start - 1] not in phrase.after):
        return False
    shape = phrase.shape
    first = 1 if _free_initial(shape) else 0
    return all(_case_fits(shape[k], texts[start + k]) for k in range(first, len(shape)))


def _free_initial(shape: tuple[str, ...]) -> bool:
    """An institution's long name, with words in lower case after its capital, is also
    written without the capital ("le conseil des droits de l'homme des Nations unies", "la
    mission de l'Union africaine en Somalie"); a person's or a short name is not."""
    return len(shape) >= MIN_FREE_INITIAL and any(
        len(w) >= MIN_CONTENT_WORD and w.isalpha() and w.islower() for w in shape[1:]
    )


MIN_FREE_INITIAL = 4  # tokens: "Conseil de sécurité" keeps its capital
# letters: a word in lower case that is no article or preposition ("droits", "africaine");
# "Ministère de l'Intérieur" keeps its capital (in lower case, any country's ministry)
MIN_CONTENT_WORD = 4


def build_trie(entries: Iterable[tuple[str, Phrase]], tokenize: Any) -> TokenTrie:
    """`entries`: (text, phrase) pairs; `tokenize` splits a text into token strings the way
    the model does."""
    trie = TokenTrie()
    for text, phrase in entries:
        tokens = list(tokenize(text))
        if tokens:
            trie.add(tokens, Phrase(phrase.kind, phrase.data, tuple(tokens), phrase.after))
    return trie

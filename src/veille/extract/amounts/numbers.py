"""French numbers in running text: digits with spaced thousands and a decimal comma, number
words (vingt-cinq, quatre-vingt-dix), approximate nouns (une dizaine de), fractions (la
moitié de) and bare scales (des millions de). Pure text: no parse needed, so it is cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

THOUSANDS_SPACES = " \u00a0\u202f\u2009"
_FRACTION_ARTICLES = ("la", "le", "les", "l'")  # la moitié des, le tiers de
_THOUSANDS_SPACE = re.compile(f"[{THOUSANDS_SPACES}]")
_WORD_JOINS = re.compile(r"-| et | ")  # quatre-vingt-dix, vingt et un, deux cent


# Not frozen: a frozen dataclass costs three times as much to build, and an article makes
# dozens; nothing changes one once built (`replace` copies).
@dataclass(slots=True)
class Number:
    start: int
    end: int
    value: float
    kind: str  # digits | words | approximate | fraction | vague | ratio
    signed: bool = False


def _alternation(words: list[str]) -> str:
    """The words as one alternation, written as a tree of shared beginnings
    ("d(?:eux|ix)|u(?:ne|n)"): the regex engine tries an alternation's words one by one,
    and most positions now fail on a first letter instead of on every word. Longer words
    are still tried before the shorter ones they begin with, so it matches exactly what
    the flat longest-first list matched."""
    return "|".join(_branches(sorted(set(words), key=len, reverse=True), 0))


def _branches(words: list[str], depth: int) -> list[str]:
    following: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if len(word) == depth:
            ends_here = True
        else:
            following.setdefault(word[depth], []).append(word)
    branches = []
    for ch, rest in following.items():
        after = _branches(rest, depth + 1)
        branches.append(
            re.escape(ch) + (f"(?:{'|'.join(after)})" if len(after) > 1 else "".join(after))
        )
    if ends_here and branches:
        branches.append("")  # the shorter word, after every longer one it begins
    return branches


def _first_characters(*word_lists: Iterable[str]) -> str:
    """The characters the words can start with, escaped for a character class."""
    return "".join(sorted({re.escape(word[:1]) for words in word_lists for word in words}))


class NumberReader:
    """Compiled from `amounts.yaml` once; `find(text)` lists every number candidate."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.words = {k.casefold(): float(v) for k, v in data["number_words"].items()}
        self.articles = {w.casefold() for w in data["article_numbers"]}
        self.approximate = {k.casefold(): float(v) for k, v in data["approximate_nouns"].items()}
        self.fractions = {k.casefold(): float(v) for k, v in data["fractions"].items()}
        self.scales = {k.casefold(): float(v) for k, v in data["scales"].items()}
        word = _alternation(list(self.words))
        approximate = _alternation(list(self.approximate))
        fraction = _alternation(list(self.fractions))
        vague = _alternation(data["vague_determiners"])
        scale = _alternation([s for s in self.scales if s != "mille"])
        ratio = _alternation(data["ratio_words"])
        articles = _alternation(data["article_numbers"])
        space = f"[{THOUSANDS_SPACES}]"
        definite = "|".join(_FRACTION_ARTICLES)
        opening = _first_characters(
            data["article_numbers"],  # opens a ratio: une personne sur dix
            self.words,
            self.approximate,
            _FRACTION_ARTICLES,
            data["vague_determiners"],
        )
        self.pattern = re.compile(
            # Every branch opens with a sign or at the start of a word, on a digit or the
            # first letter of one of its words: this one test turns away most positions,
            # where trying the six branches in turn took half the extractor's time.
            rf"(?=\+|\b[\d{opening}])"
            rf"(?:(?P<ratio>\b(?:{articles})\s+\w+\s+(?:{ratio})\s+(?P<per>\d+|{word})\b)"
            rf"|(?<![\w.,+\-])(?P<sign>\+)?(?P<digits>\d{{1,3}}(?:{space}{{1,2}}\d{{3}})+(?:,\d+)?"
            rf"|\d+(?:,\d+)?)(?![\w])"
            rf"|\b(?P<words>(?:{word})(?:(?:-| et | )(?:{word}))*)\b"
            rf"|\b(?P<approximate>(?:{approximate})s?)(?=\s+d[e'’])"
            rf"|\b(?:{definite})\s*(?P<fraction>{fraction})(?=\s+(?:des|du|de la|de l|d['’]))"
            rf"|\b(?:{vague})\s+(?P<vague>{scale})(?=\s+d[e'’]))",
            re.IGNORECASE,
        )

    def words_value(self, phrase: str) -> float:
        """`quatre-vingt-dix` -> 90, `deux cent mille` -> 200000, `vingt et un` -> 21."""
        total, current, previous = 0.0, 0.0, 0.0
        for word in _WORD_JOINS.split(phrase.casefold()):
            value = self.words[word]
            if value == 100:
                current = (current or 1) * 100
            elif value == 1000:
                total += (current or 1) * 1000
                current = 0
            elif value == 20 and previous == 4:
                current += 76  # quatre-vingt(s): 4 already counted
            else:
                current += value
            previous = value
        return total + current

    def find(self, text: str) -> list[Number]:
        found: list[Number] = []
        for match in self.pattern.finditer(text):
            if match["ratio"]:
                per = match["per"]
                count = float(per) if per.isdigit() else self.words_value(per)
                if count > 1:
                    found.append(Number(match.start(), match.end(), 100 / count, "ratio"))
            elif match["digits"]:
                digits = _THOUSANDS_SPACE.sub("", match["digits"]).replace(",", ".")
                found.append(
                    Number(match.start(), match.end(), float(digits), "digits", bool(match["sign"]))
                )
            elif match["words"]:
                found.append(
                    Number(match.start(), match.end(), self.words_value(match["words"]), "words")
                )
            elif match["approximate"]:
                noun = match["approximate"].casefold().removesuffix("s")
                value = self.approximate[noun]
                found.append(Number(match.start(), match.end(), value, "approximate"))
            elif match["fraction"]:
                value = self.fractions[match["fraction"].casefold()]
                found.append(Number(match.start(), match.end(), value, "fraction"))
            elif match["vague"]:
                value = self.scales[match["vague"].casefold()]
                found.append(Number(match.start("vague"), match.end(), value, "vague"))
        return found

    def is_article(self, text: str) -> bool:
        return text.casefold() in self.articles

"""The timex data file compiled once: word tables for lookups, patterns as compiled regexes.

Patterns are written in the data file from named pieces (`{months}`, `{day}`); this module
only knows the placeholder syntax, never a French word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from veille import lang

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
WORD_START = r"(?<![\w-])"  # every pattern begins there: not inside a word or a hyphenation
_APOSTROPHES = "'’"


def normalise(word: str) -> str:
    """The key a word is looked up under: lower case, one apostrophe, single spaces."""
    return " ".join(word.lower().replace("’", "'").split())


def _spaced(regex: str) -> str:
    """A written space matches any white space; a written apostrophe matches ' or ’."""
    # Expressions never run across a line break (a title and the dateline below it).
    regex = regex.replace(" ?", r"[^\S\n]*").replace(" ", r"[^\S\n]+")
    return regex.replace("'", f"[{_APOSTROPHES}]")


def _char(char: str) -> str:
    if char == " ":
        return r"[^\S\n]+"
    if char == "'":
        return f"[{_APOSTROPHES}]"
    return re.escape(char)


def _trie_regex(
    trie: dict[str, dict],
) -> str:
    """A trie as a regex: shared prefixes are matched once, the longest word is tried first."""
    ends = "" in trie
    branches = [_char(char) + _trie_regex(child) for char, child in trie.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def _alternation(words: list[str]) -> str:
    """One word of the list, as a trie-shaped regex (Python's re does not merge alternations)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in normalise(word):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


@dataclass(frozen=True)
class Pattern:
    name: str
    kind: str
    regex: re.Pattern[str]
    priority: int = 0
    sign: int = 1
    value: str | None = None
    type: str | None = None
    reference: bool = False
    lowercase: bool = False
    sentence_start: bool = False
    not_age: bool = False
    year_guard: bool = False
    not_before_noun: bool = False
    not_noun: bool = False
    preceded_by: str | None = None
    not_preceded_by: str | None = None
    cue_always: bool = False  # `preceded_by` holds at the start of a sentence too
    generic_in_present: bool = False  # "en été" in a present-tense clause: any summer
    past_as_date: bool = False  # a set ("le mercredi") that a past clause makes one day


class Lexicon:
    """Tables (word -> meaning), compiled "ends with one of these words" tests, and patterns."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.tables: dict[str, dict[str, Any]] = {}
        self.word_lists: dict[str, list[str]] = {}
        for name, table in data["tables"].items():
            words = list(table)
            self.word_lists[name] = words
            if isinstance(table, dict):
                self.tables[name] = {normalise(k): v for k, v in table.items()}
        self._word_sets = {
            name: {normalise(w) for w in words} for name, words in self.word_lists.items()
        }
        self._tails = {
            name: re.compile(r"(?:^|[^\w'’])" + _alternation(words) + r"\s*$", re.I)
            for name, words in self.word_lists.items()
        }
        self._heads = {
            name: re.compile(r"\s*" + _alternation(words) + r"(?:(?<=['’])|(?!\w))", re.I)
            for name, words in self.word_lists.items()
        }
        fragments: dict[str, str] = {}
        for name, text in data["fragments"].items():
            fragments[name] = self._expand(text, fragments)
        self.patterns = tuple(self._pattern(spec, fragments) for spec in data["patterns"])

    def _expand(self, regex: str, fragments: dict[str, str]) -> str:
        def piece(match: re.Match[str]) -> str:
            name = match[1]
            if name in fragments:
                return fragments[name]
            if name in self.word_lists:
                return _alternation(self.word_lists[name])
            raise KeyError(f"timex pattern refers to an unknown piece {{{name}}}")

        return _PLACEHOLDER.sub(piece, _spaced(regex))

    def _pattern(self, spec: dict[str, Any], fragments: dict[str, str]) -> Pattern:
        body = self._expand(spec["regex"], fragments)
        regex = re.compile(WORD_START + body + r"(?!\w)", re.I)
        options = {k: v for k, v in spec.items() if k not in ("regex",)}
        return Pattern(regex=regex, **options)

    def lookup(self, table: str, word: str) -> Any:
        return self.tables[table].get(normalise(word))

    def lookup_word(self, table: str, word: str) -> bool:
        """Is `word` one of the words of the list `table`?"""
        return normalise(word) in self._word_sets[table]

    def starts_with(self, table: str, text: str) -> bool:
        """Does `text` begin (after white space) with one of the words of `table`?"""
        return self._heads[table].match(text) is not None

    def ends_with(self, table: str, text: str) -> bool:
        """Does `text` end with one of the words of `table` (a whole word)?"""
        return self._tails[table].search(text[-60:]) is not None


@cache
def lexicon(language: str = "fr") -> Lexicon:
    return Lexicon(lang.load("timex", language))

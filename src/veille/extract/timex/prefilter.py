"""Run each timex pattern only where it can match, with exactly `finditer`'s matches.

Running every pattern over the whole text was most of the extractor's cost. Per text, one
pass finds every required word (see `regex_plan`) in the folded text; a pattern missing one
is skipped; a pattern whose matches begin at a word start and span a bounded number of
counted characters is only tried (`match`) at the word starts within reach before its
rarest required word; any other pattern runs over the whole text.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import cache
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import numpy as np

from veille.extract.timex.regex_plan import Before, Plan, fold, plan, score

_MIN_LENGTH = 3  # a set of shorter words is too common to be worth looking for


def _trie(words: list[str]) -> str:
    """One of the words, as a regex that tries the longest first (shared prefixes once)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def body(node: dict) -> str:
        branches = [re.escape(char) + body(child) for char, child in node.items() if char]
        if not branches:
            return ""
        joined = "(?:" + "|".join(branches) + ")"
        return joined + "?" if "" in node else joined

    return body(root)


def _opens_with(regex: re.Pattern[str], opening: list[Any]) -> bool:
    try:
        tree = list(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # an unexpected tree only costs the speed-up
        return False
    return len(tree) > len(opening) and repr(tree[: len(opening)]) == repr(opening)


class Scanner:
    """Runs a list of patterns over a text as `finditer` would, each only where it can match.

    Per text: one pass finds the required words (folded) and, when needed, one pass the word
    starts; a pattern whose required words are missing is skipped; a pattern whose matches
    begin at a word start and span a bounded number of non-space characters is only tried
    at the word starts close enough before its rarest required word; any other runs over the
    whole text. Each pattern's matches are those of `regex.finditer(text)`, in that order.
    """

    def __init__(self, regexes: list[re.Pattern[str]], word_start: str) -> None:
        self.regexes = regexes
        self.plans = [plan(regex) for regex in regexes]
        # The sets looked for: each pattern's most telling one, and the others that are not
        # too common (a set of one-letter words is found in any text).
        sets: list[frozenset[str]] = []
        self._sets_of: list[list[tuple[int, int | None, Before | None]]] = []
        for p in self.plans:
            chosen = [
                (needs, bound, before)
                for k, (needs, bound, before) in enumerate(
                    zip(p.needs, p.bounds, p.befores, strict=True)
                )
                if k == 0 or score(needs)[0] >= _MIN_LENGTH
            ]
            for needs, _bound, _before in chosen:
                if needs not in sets:
                    sets.append(needs)
            self._sets_of.append([(sets.index(n), bound, before) for n, bound, before in chosen])
        vocabulary = sorted({word for needs in sets for word in needs})
        self._words = re.compile("(?=(" + _trie(vocabulary) + "))") if vocabulary else None
        # A word found at a place is also where each of its prefixes is found.
        self._sets_at = {
            word: tuple(k for k, needs in enumerate(sets) if any(word.startswith(v) for v in needs))
            for word in vocabulary
        }
        self._set_count = len(sets)
        self._starts = re.compile(word_start + r"\S")
        self._word_start = re.compile(word_start)
        # A pattern that opens with the word-start test can only match at a word start.
        opening = list(_parser.parse(word_start))
        self._local = [
            p.local and _opens_with(regex, opening)
            for p, regex in zip(self.plans, regexes, strict=True)
        ]

    def _places(self, folded: str) -> list[list[int]]:
        """Where a word of each set begins, in order."""
        places: list[list[int]] = [[] for _ in range(self._set_count)]
        if self._words is None:
            return places
        sets_at = self._sets_at
        for match in self._words.finditer(folded):
            at = match.start()
            for k in sets_at[match.group(1)]:
                places[k].append(at)
        return places

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """The matches of each pattern, as `finditer` gives them."""
        folded = fold(text)
        if len(folded) != len(text):  # a letter lower-cased into two: no places to share
            return [list(regex.finditer(text)) for regex in self.regexes]
        places = self._places(folded)
        starts: list[int] | None = None
        codes: np.ndarray | None = None
        counts: dict[frozenset[str], tuple[np.ndarray, list[int]]] = {}
        found: list[list[re.Match[str]]] = []
        for regex, plan_, local, sets in zip(
            self.regexes, self.plans, self._local, self._sets_of, strict=True
        ):
            if not all(places[k] for k, _bound, _before in sets):
                found.append([])  # a required word is missing
            elif not local:
                found.append(list(regex.finditer(text)))
            else:
                if starts is None:
                    starts = [match.start() for match in self._starts.finditer(text)]
                    encoded = folded.encode("utf-32-le", "surrogatepass")
                    codes = np.frombuffer(encoded, dtype=np.uint32)
                if plan_.free not in counts:
                    counts[plan_.free] = _counted(codes, starts, plan_.free)  # type: ignore[arg-type]
                # The set whose windows hold the fewest word starts, roughly.
                k, bound, before = min(
                    sets, key=lambda chosen: _width(places[chosen[0]], chosen[1])
                )
                at = places[k] if before is None else self._fitting(places[k], before, text, folded)
                window = (at, plan_.reach if bound is None else bound)
                found.append(_near(regex, plan_, text, folded, window, starts, counts[plan_.free]))
        return found

    def _fitting(self, places: list[int], before: Before, text: str, folded: str) -> list[int]:
        """The places whose preceding character may stand before the word there."""
        chars, space, word_start = before
        fitting = []
        for place in places:
            if (
                place == 0
                or folded[place - 1] in chars
                or (space and text[place - 1].isspace())
                or (word_start and self._word_start.match(text, place) is not None)
            ):
                fitting.append(place)
        return fitting


def _width(places: list[int], bound: int | None) -> float:
    """How much text the windows before these places cover, roughly."""
    return len(places) * (1 + bound) if bound is not None else float("inf")


def _counted(
    codes: np.ndarray, starts: list[int], free: frozenset[str]
) -> tuple[np.ndarray, list[int]]:
    """How many characters outside `free` and white space precede each offset, and each
    word start."""
    before = np.concatenate(([0], np.cumsum(_counts(free)[codes])))
    return before, before[starts].tolist()


@cache
def _counts(free: frozenset[str]) -> np.ndarray:
    """For each code point: 1 if it counts, 0 for white space and the `free` characters."""
    table = np.ones(sys.maxunicode + 1, dtype=np.int32)
    table[list(_space_codes())] = 0
    table[[ord(char) for char in free]] = 0
    return table


def _near(
    regex: re.Pattern[str],
    plan_: Plan,
    text: str,
    folded: str,
    window: tuple[list[int], int | None],
    starts: list[int],
    counted: tuple[np.ndarray, list[int]],
) -> list[re.Match[str]]:
    """The matches, trying only the word starts within reach before a required word: those
    with at most `reach` counted characters between them and the word."""
    places, reach = window
    before, before_starts = counted
    first_chars = plan_.first
    matches: list[re.Match[str]] = []
    end = 0  # where the last match ended: finditer goes on from there
    k = 0  # the next word start to try
    for place in places:
        lowest = int(before[place]) - reach  # type: ignore[operator]
        k = max(k, bisect_left(before_starts, lowest), bisect_left(starts, end))
        while k < len(starts) and starts[k] <= place:
            start = starts[k]
            k += 1
            if start < end or folded[start] not in first_chars:  # type: ignore[operator]
                continue
            match = regex.match(text, start)
            if match is not None:
                matches.append(match)
                end = match.end()
    return matches


@cache
def _space_codes() -> tuple[int, ...]:
    """The code points `\\s` matches."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    return tuple(ord(char) for char in re.findall(r"\s", every))

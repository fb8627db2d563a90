"""Which patterns can match a text at all, from the words each pattern cannot match without.

Running every pattern over every text is most of the extractor's cost, and most patterns
cannot match most texts: "{months} {year4}" needs a month name. This module reads each
compiled regex's syntax tree (Python's own parser) once and derives a set of strings at
least one of which occurs in any match (the pattern's "required words"); a text none of
whose folded characters hold any of them is skipped for that pattern. Nothing here knows a
word of any language: the words come from the patterns, hence from the lexicon's data.

The test is exact, never lossy: when a piece of a regex is not understood, the pattern
gets no required words and is always run.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import numpy as np

Needs = frozenset[str] | None  # strings one of which every match holds; None: no such set

_MAX_CLASS = 32  # a character class of more characters than this is no useful requirement
_MAX_WORDS = 200  # nor is an alternation of more strings
_MAX_SETS = 3  # the sets a pattern is tested for, the most telling first
_MIN_LENGTH = 3  # a set of shorter words is too common to be worth looking for


def _case_classes() -> dict[int, int]:
    """Characters that `re.IGNORECASE` matches beyond lower case ("ı" and "i", "ſ" and "s"),
    each mapped to one representative, so that folding never tells them apart."""
    representative: dict[int, int] = {}
    for char, others in _casefix._EXTRA_CASES.items():
        group = {char, *others}
        for member in list(group):
            group |= set(_casefix._EXTRA_CASES.get(member, ()))
        lowest = min(group)
        for member in group:
            representative[member] = lowest
    return {k: v for k, v in representative.items() if k != v}


def _digits() -> dict[int, int]:
    """Every decimal digit of Unicode (what `\\d` matches) as its ASCII digit."""
    every = "".join(map(chr, range(128, sys.maxunicode + 1)))
    return {ord(d): ord(str(unicodedata.decimal(d))) for d in re.findall(r"\d", every)}


@cache
def _folding() -> dict[int, int]:
    return {**_case_classes(), **_digits()}


def fold(text: str) -> str:
    """The text as the required words are looked for in it: lower case, case variants merged,
    digits in ASCII. Folding only ever merges characters, so a word that the pattern matches
    is found in the folded text."""
    return text.lower().translate(_folding())


def _fold_char(code: int) -> str | None:
    lowered = chr(code).lower()
    return lowered.translate(_folding()) if len(lowered) == 1 else None


def _score(needs: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer, fewer strings are rarer."""
    return min(len(word) for word in needs), -len(needs)


def _minimal(words: set[str]) -> frozenset[str]:
    """Drop a string that holds another one: finding the shorter one is enough."""
    ordered = sorted(words, key=len)
    kept: list[str] = []
    for word in ordered:
        if not any(short in word for short in kept):
            kept.append(word)
    return frozenset(kept)


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a class like [0-9] or [/.]; None for a large or negated one."""
    chars: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            codes = [av]
        elif op is _constants.RANGE and av[1] - av[0] < _MAX_CLASS:
            codes = list(range(av[0], av[1] + 1))
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            codes = [ord(digit) for digit in "0123456789"]  # `fold` writes digits in ASCII
        else:
            return None  # a negation, another category
        for code in codes:
            folded = _fold_char(code)
            if folded is None:
                return None
            chars.add(folded)
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_WORDS:
        return None
    return frozenset(a + b for a in left for b in right)


def _strings(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the node can match (folded), when they are few; else None."""
    if op is _constants.LITERAL:
        folded = _fold_char(av)
        return None if folded is None else frozenset([folded])
    if op is _constants.IN:
        return _class(av)
    if op is _constants.SUBPATTERN:
        return _sequence_strings(av[-1])
    if op is _constants.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence_strings(branch)
            if found is None:
                return None
            words |= found
        return frozenset(words) if len(words) <= _MAX_WORDS else None
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence_strings(body)
        if once is None or high > 3:
            return None
        words = set()
        power: frozenset[str] | None = frozenset([""])
        for count in range(high + 1):
            if count >= low:
                words |= power  # type: ignore[arg-type]
            power = _product(power, once)  # type: ignore[arg-type]
            if power is None:
                return None
        return frozenset(words)
    if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
        return frozenset([""])  # zero width: the strings around it are unchanged
    return None


def _sequence_strings(items: Any) -> frozenset[str] | None:
    found: frozenset[str] | None = frozenset([""])
    for op, av in list(items):
        part = _strings(op, av)
        if part is None:
            return None
        found = _product(found, part)  # type: ignore[arg-type]
        if found is None:
            return None
    return found


def _needs(op: Any, av: Any) -> Needs:
    """What one node needs, when the strings it matches are too many to list."""
    if op is _constants.SUBPATTERN:
        return _sequence(av[-1])
    if op is _constants.ATOMIC_GROUP:
        return _sequence(av)
    if op is _constants.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            needs = _sequence(branch)
            if needs is None:
                return None
            words |= needs
        return _minimal(words) if len(words) <= _MAX_WORDS else None
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(body) if low >= 1 else None
    return None  # anchors, ANY, NOT_LITERAL, group references: no requirement


def _sequence(items: Any) -> Needs:
    """A sequence needs what its most telling part needs."""
    choices = [choice[0] for choice in _choices(items)]
    return max(choices, key=_score) if choices else None


Choice = tuple[frozenset[str], int, int, frozenset[str] | None]


def _choices(items: Any) -> list[Choice]:
    """What each part of a sequence needs: a run of nodes whose strings can be listed (all
    the strings of the run), or one node that needs some words. Each is needed; each comes
    with the indexes of the first and last nodes it is found in, and the run's strings."""
    items = list(items)
    listed = [_strings(op, av) for op, av in items]
    choices: list[Choice] = []
    for first in range(len(items)):
        run: frozenset[str] | None = frozenset([""])
        for last in range(first, len(items)):
            part = listed[last]
            run = None if part is None else _product(run, part)  # type: ignore[arg-type]
            if run is None:
                break
            words = _minimal(set(run))
            if "" not in words:
                choices.append((words, first, last, run))
        if listed[first] is None:
            needs = _needs(*items[first])
            if needs is not None and "" not in needs:
                choices.append((needs, first, first, None))
    return choices


def _implies(words: frozenset[str], other: frozenset[str]) -> bool:
    """Does finding one of `words` mean finding one of `other`?"""
    return all(any(short in word for short in other) for word in words)


Before = tuple[frozenset[str], bool, bool]  # characters, any white space, a word start


def _required(
    tree: Any, free: frozenset[str]
) -> list[tuple[frozenset[str], int | None, Before | None]]:
    """The most telling sets a match needs, none implied by one before it, each with the
    most characters outside `free` a match spans before the word of the set begins, and
    what may stand just before that word (None: anything)."""
    items = list(tree)
    bounds: dict[frozenset[str], int | None] = {}
    befores: dict[frozenset[str], Before | None] = {}
    for needs, first, last, run in _choices(items):
        bound = _sequence_reach(items[: last + 1], free)
        known = bounds.get(needs, bound)
        bounds[needs] = None if bound is None or known is None else min(bound, known)
        before = None if run is None else _before(items, first, run, needs)
        seen = befores.get(needs, before)
        befores[needs] = _either(before, seen)
    kept: list[frozenset[str]] = []
    for needs in sorted(bounds, key=_score, reverse=True):
        if not any(_implies(earlier, needs) for earlier in kept):
            kept.append(needs)
    return [(needs, bounds[needs], befores[needs]) for needs in kept[:_MAX_SETS]]


def _either(one: Before | None, other: Before | None) -> Before | None:
    if one is None or other is None:
        return None
    return one[0] | other[0], one[1] or other[1], one[2] or other[2]


def _before(
    items: list[Any], first: int, run: frozenset[str], words: frozenset[str]
) -> Before | None:
    """What may stand just before a word of `words` where the run items[first:] holds it:
    a character inside a longer string of the run, the last character of the nodes before
    the run, or, when they may all be empty, whatever stands before a match (a word start
    when the pattern opens with a lookbehind)."""
    chars: set[str] = set()
    space = False
    for string in run:
        for word in words:
            at = string.find(word, 1)
            while at != -1:
                space |= string[at - 1].isspace()
                chars.add(string[at - 1])
                at = string.find(word, at + 1)
    for op, av in reversed(items[:first]):
        last, width = _last(op, av), _min_width(op, av)
        if last is None or width is None:
            return None
        chars |= last[0]
        space |= last[1]
        if width > 0:
            return frozenset(chars), space, False
    return frozenset(chars), space, True


def _last(op: Any, av: Any) -> tuple[frozenset[str], bool] | None:
    """The characters (folded) a non-empty match of the node may end with, and whether
    white space may end it; None when unknown."""
    if op is _constants.LITERAL:
        folded = _fold_char(av)
        if folded is None:
            return None
        return (frozenset(), True) if folded.isspace() else (frozenset([folded]), False)
    if op is _constants.IN:
        if _only_space(av):
            return frozenset(), True
        chars = _class(av)
        if chars is None:
            return None
        return frozenset(c for c in chars if not c.isspace()), any(c.isspace() for c in chars)
    if op is _constants.SUBPATTERN:
        return _sequence_last(av[-1])
    if op is _constants.BRANCH:
        found: set[str] = set()
        space = False
        for branch in av[1]:
            last = _sequence_last(branch)
            if last is None:
                return None
            found |= last[0]
            space |= last[1]
        return frozenset(found), space
    if op in _REPEATS:
        return _sequence_last(av[2])
    if op in _ZERO_WIDTH:
        return frozenset(), False
    return None


def _sequence_last(items: Any) -> tuple[frozenset[str], bool] | None:
    chars: set[str] = set()
    space = False
    for op, av in reversed(list(items)):
        last, width = _last(op, av), _min_width(op, av)
        if last is None or width is None:
            return None
        chars |= last[0]
        space |= last[1]
        if width > 0:
            break
    return frozenset(chars), space


_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT)


def _min_width(op: Any, av: Any) -> int | None:
    if op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY):
        return 1
    if op is _constants.SUBPATTERN:
        return _sequence_min_width(av[-1])
    if op is _constants.BRANCH:
        widths = [_sequence_min_width(branch) for branch in av[1]]
        return None if None in widths else min(widths)  # type: ignore[type-var]
    if op in _REPEATS:
        width = _sequence_min_width(av[2])
        return None if width is None else av[0] * width
    if op in _ZERO_WIDTH:
        return 0
    return None


def _sequence_min_width(items: Any) -> int | None:
    widths = [_min_width(op, av) for op, av in items]
    return None if None in widths else sum(widths)  # type: ignore[arg-type]


def _first(op: Any, av: Any) -> frozenset[str] | None:
    """The characters (folded) a match of the node may begin with; None when unknown."""
    if op is _constants.LITERAL:
        folded = _fold_char(av)
        return None if folded is None else frozenset([folded])
    if op is _constants.IN:
        return _class(av)
    if op is _constants.SUBPATTERN:
        return _sequence_first(av[-1])
    if op is _constants.BRANCH:
        chars: set[str] = set()
        for branch in av[1]:
            found = _sequence_first(branch)
            if found is None:
                return None
            chars |= found
        return frozenset(chars)
    if op in _REPEATS:
        return _sequence_first(av[2])
    if op in _ZERO_WIDTH:
        return frozenset()
    return None


def _sequence_first(items: Any) -> frozenset[str] | None:
    """The first characters of a sequence: those of its parts up to the first that cannot
    match the empty string; None when unknown or when the whole may be empty."""
    chars: set[str] = set()
    for op, av in items:
        found, width = _first(op, av), _min_width(op, av)
        if found is None or width is None:
            return None
        chars |= found
        if width > 0:
            return frozenset(chars)
    return None


def _only_space(items: list[tuple[Any, Any]]) -> bool:
    """Does the class match white space only (as `[^\\S\\n]`)?"""
    if items and items[0][0] is _constants.NEGATE:
        return any(item == (_constants.CATEGORY, _constants.CATEGORY_NOT_SPACE) for item in items)
    return all(
        (op is _constants.LITERAL and chr(av).isspace())
        or (op is _constants.CATEGORY and av is _constants.CATEGORY_SPACE)
        for op, av in items
    )


def _free(tree: Any) -> frozenset[str]:
    """The characters (folded) the pattern's unbounded repeats of one class may match, as
    "\\d+" or "[IVX]+"; white space stands for all white space."""
    chars: set[str] = {" "}
    for op, av in _nodes(tree):
        if op in _REPEATS and av[1] == _constants.MAXREPEAT and len(av[2]) == 1:
            body_op, body = av[2][0]
            if body_op is _constants.IN and not _only_space(body):
                chars |= _class(body) or set()
            elif body_op is _constants.LITERAL:
                chars.add(_fold_char(body) or "")
    return frozenset(chars - {""})


def _nodes(items: Any) -> Any:
    """Every node of the tree."""
    for op, av in items:
        yield op, av
        if op is _constants.SUBPATTERN:
            yield from _nodes(av[-1])
        elif op is _constants.BRANCH:
            for branch in av[1]:
                yield from _nodes(branch)
        elif op in _REPEATS:
            yield from _nodes(av[2])
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            yield from _nodes(av[1])


def _costs(op: Any, av: Any, free: frozenset[str]) -> bool:
    """Does a one-character node count towards the reach (may it match outside `free`)?"""
    if op is _constants.LITERAL:
        folded = _fold_char(av)
        return folded is None or (folded not in free and not folded.isspace())
    if op is _constants.IN:
        if _only_space(av):
            return False
        chars = _class(av)
        return chars is None or not all(c in free or c.isspace() for c in chars)
    return True


def _reach(op: Any, av: Any, free: frozenset[str]) -> int | None:
    """The most characters outside `free` and white space a match of the node spans;
    None: no bound."""
    if op in (_constants.LITERAL, _constants.IN, _constants.NOT_LITERAL, _constants.ANY):
        return int(_costs(op, av, free))
    if op is _constants.SUBPATTERN:
        return _sequence_reach(av[-1], free)
    if op is _constants.BRANCH:
        reaches = [_sequence_reach(branch, free) for branch in av[1]]
        return None if None in reaches else max(reaches)  # type: ignore[type-var]
    if op in _REPEATS:
        body = _sequence_reach(av[2], free)
        if body == 0:
            return 0
        return None if body is None or av[1] == _constants.MAXREPEAT else av[1] * body
    if op in _ZERO_WIDTH:
        return 0  # a lookaround reads past the match but never makes it longer
    return None


def _sequence_reach(items: Any, free: frozenset[str]) -> int | None:
    reaches = [_reach(op, av, free) for op, av in items]
    return None if None in reaches else sum(reaches)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Plan:
    """What a pattern's matches are known to hold, read from its regex once."""

    needs: tuple[frozenset[str], ...]  # each match holds one string of each set (folded)
    bounds: tuple[int | None, ...]  # the most characters outside `free` before each string
    befores: tuple[Before | None, ...]  # what may stand just before each string
    first: frozenset[str] | None  # the characters (folded) a match may begin with
    reach: int | None  # the most characters outside `free` a match spans
    free: frozenset[str] = frozenset()  # characters (folded) not counted; white space neither

    @property
    def local(self) -> bool:
        """Can the pattern be tried only near its required words, at word starts?"""
        return (
            bool(self.needs)
            and self.first is not None
            and self.reach is not None
            and not any(char.isspace() for char in self.first)
        )


def plan(regex: re.Pattern[str]) -> Plan:
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
    except Exception:  # an unexpected tree only costs the speed-up
        return Plan((), (), (), None, None)
    free = _free(tree)
    required = _required(tree, free)
    needs = tuple(needs for needs, _bound, _before in required)
    bounds = tuple(bound for _needs, bound, _before in required)
    befores = tuple(before for _needs, _bound, before in required)
    if not _sequence_min_width(tree):  # unknown, or a match may be empty
        return Plan(needs, bounds, befores, None, None)
    first, reach = _sequence_first(tree), _sequence_reach(tree, free)
    return Plan(needs, bounds, befores, first, reach, free)


def _trie(words: list[str]) -> str:
    """One of the words, as a regex that tries the longest first (shared prefixes once)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def body(node: dict) -> str:  # type: ignore[type-arg]
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
                if k == 0 or _score(needs)[0] >= _MIN_LENGTH
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

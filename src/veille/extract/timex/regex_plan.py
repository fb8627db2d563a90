"""What every match of a compiled regex must hold, read once from its syntax tree.

Most patterns cannot match most texts: "{months} {year4}" needs a month name. From the tree
Python's own parser gives, this module derives a pattern's `Plan`: sets of strings one of
each of which occurs in any match (its "required words", folded), what may stand just
before such a word, the characters a match may begin with, and how many characters (other
than white space and the characters of unbounded repeats like `\\d+`) a match spans before
the word and in all. `prefilter` uses them to run each pattern only where it can match.
Nothing here knows a word of any language: the words come from the patterns, hence from
the lexicon's data.

Every fact is a safe over-approximation: when a piece of a regex is not understood, the
fact is left unknown (None) and the pattern is simply run over more of the text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

try:  # CPython's own regex parser (private, present since 3.11): it gives the plan
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: every pattern is scanned in full, same results
    _casefix = _constants = _parser = None

Needs = frozenset[str] | None  # strings one of which every match holds; None: no such set

_MAX_CLASS = 32  # a character class of more characters than this is no useful requirement
_MAX_WORDS = 200  # nor is an alternation of more strings
_MAX_SETS = 3  # the sets a pattern is tested for, the most telling first


def _case_classes() -> dict[int, int]:
    """Characters that `re.IGNORECASE` matches beyond lower case ("ı" and "i", "ſ" and "s"),
    each mapped to one representative, so that folding never tells them apart."""
    representative: dict[int, int] = {}
    extra_cases = _casefix._EXTRA_CASES if _casefix is not None else {}
    for char, others in extra_cases.items():
        group = {char, *others}
        for member in list(group):
            group |= set(extra_cases.get(member, ()))
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
    is found in the folded text. Most texts hold none of the characters folded: telling so
    by a set test is much faster than `translate`, which looks up every character."""
    lowered = text.lower()
    return lowered if _folded_chars().isdisjoint(lowered) else lowered.translate(_folding())


@cache
def _folded_chars() -> frozenset[str]:
    return frozenset(map(chr, _folding()))


def _fold_char(code: int) -> str | None:
    lowered = chr(code).lower()
    return lowered.translate(_folding()) if len(lowered) == 1 else None


def score(needs: frozenset[str]) -> tuple[int, int]:
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
    return max(choices, key=score) if choices else None


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
    for needs in sorted(bounds, key=score, reverse=True):
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
    if _parser is None:
        return Plan((), (), (), None, None)
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

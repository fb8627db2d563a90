"""What follows a number: a scale (millions, Md), then a currency, a measure, a unit of time
(which makes it a date, an age or a duration, not an amount) or nothing the text spells out.
Counted nouns need the parse and are read in the extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.text import fold

_GAPS = frozenset(" \u00a0\u202f")  # one of them may stand between a number and its unit
_OF = re.compile(r"d(?:e\s+|['’]\s*)")  # "de" or "d'" between a scale and its noun
_WORD = re.compile(r"\w+")


# Not frozen: a frozen dataclass costs three times as much to build, and an article makes
# dozens; nothing changes one once built (`replace` copies).
@dataclass(slots=True)
class Tail:
    end: int  # end of the scale and unit words read so far
    scale: float = 1.0
    unit: str | None = None
    subunit: float | None = None  # centimes: hundredths of the article's currency
    time: bool = False  # a unit of time: not an amount
    linked: bool = False  # "de"/"d'" read after a scale: a noun must follow


def _table(mapping: dict[str, Any]) -> list[tuple[str, Any]]:
    return sorted(mapping.items(), key=lambda kv: len(kv[0]), reverse=True)


class _ByFirst:
    """A table's entries grouped by their first character, longest first within each: only
    the words that can start where the text does are tried, in the table's order. Each
    entry is (word, its length, whether it ends on a letter or digit, value)."""

    def __init__(self, table: list[tuple[str, Any]]) -> None:
        self.entries = [(word, len(word), word[-1:].isalnum(), value) for word, value in table]
        self.groups: dict[str, list[tuple[str, int, bool, Any]]] = {}
        for entry in self.entries:
            self.groups.setdefault(entry[0][:1], []).append(entry)

    def at(self, first: str) -> list[tuple[str, int, bool, Any]]:
        return self.groups.get(first, []) if first else self.entries


def _skip_gap(text: str, at: int) -> int:
    return at + 1 if text[at : at + 1] in _GAPS else at


class UnitReader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.scales = _ByFirst(_table({fold(k): float(v) for k, v in data["scales"].items()}))
        self.abbreviations = _ByFirst(
            _table({k: float(v) for k, v in data["scale_abbreviations"].items()})
        )
        self.symbols = _ByFirst(_table(data["currency_symbols"]))
        self.currency_words = _ByFirst(
            _table({fold(k): v for k, v in data["currency_words"].items()})
        )
        self.subunits = _ByFirst(
            _table({fold(k): float(v) for k, v in data["currency_subunits"].items()})
        )
        self.measures = _ByFirst(_table(data["measures"]))
        self.time_units = {fold(w) for w in data["time_units"]}
        self.default_currency: str = data["default_currency"]

    @staticmethod
    def _folded_at(text: str, at: int, folded: str | None, entries: _ByFirst) -> Any:
        """The entry of a folded table whose word is written at `at`, else None."""
        first = folded[at : at + 1] if folded is not None else fold(text[at : at + 1])[:1]
        for word, size, closed, value in entries.at(first):
            if folded is not None:
                if not folded.startswith(word, at):
                    continue
            elif fold(text[at : at + size]) != word:
                continue
            if not (closed and text[at + size : at + size + 1].isalnum()):
                return word, size, closed, value
        return None

    @staticmethod
    def _written_at(text: str, at: int, entries: _ByFirst) -> Any:
        """The entry of a case-sensitive table whose word is written at `at`, else None."""
        for word, size, closed, value in entries.at(text[at : at + 1]):
            if text.startswith(word, at) and not (
                closed and text[at + size : at + size + 1].isalnum()
            ):
                return word, size, closed, value
        return None

    def _scale(self, text: str, at: int, folded: str | None) -> tuple[float, int, int]:
        """(scale, end of the scale word or `at`, where the next word starts)."""
        pos = _skip_gap(text, at)
        found = self._folded_at(text, pos, folded, self.scales)
        if found is not None:
            end = pos + found[1]
            return found[3], end, _skip_gap(text, end)
        for word, size, _, value in self.abbreviations.at(text[pos : pos + 1]):
            end = pos + size
            if text.startswith(word, pos):
                after = _skip_gap(text, end)
                if any(
                    text.startswith(sym[0], after)
                    for sym in self.symbols.at(text[after : after + 1])
                ):
                    return value, end, after
        return 1.0, at, pos

    def scale(self, text: str, at: int, folded: str | None = None) -> float:
        """The scale word right after a number ("trois millions"), 1.0 when none."""
        return self._scale(text, at, folded)[0]

    def read(self, text: str, at: int, linked: bool = False, folded: str | None = None) -> Tail:
        """Scale and unit words starting at `at` (just after the number).

        `folded` is `fold(text)` computed once per document when it keeps every offset:
        folding a window per word tried would cost more than the rest of the extractor.
        Tables are grouped by first character: most numbers are followed by no unit, and
        trying every word of every table took most of the extractor's time.
        """
        scale, at, pos = self._scale(text, at, folded)
        found = self._written_at(text, pos, self.symbols)
        if found is not None:
            return Tail(pos + found[1], scale, found[3])
        found = self._written_at(text, pos, self.measures)
        if found is not None:
            return Tail(pos + found[1], scale, found[3])
        if scale != 1.0 or linked:  # "190 millions de dollars", "dizaines de civils"
            match = _OF.match(text, pos)
            if match:
                pos, linked = match.end(), True
        found = self._folded_at(text, pos, folded, self.currency_words)
        if found is not None:
            return Tail(pos + found[1], scale, found[3])
        found = self._folded_at(text, pos, folded, self.subunits)
        if found is not None:
            return Tail(pos + found[1], scale, None, subunit=found[3])
        next_word = _WORD.match(text, pos)
        if next_word and fold(next_word.group()) in self.time_units:
            return Tail(next_word.end(), scale, time=True)
        return Tail(at if not linked else pos, scale, linked=linked)

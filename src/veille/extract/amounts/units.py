"""What follows a number: a scale (millions, Md), then a currency, a measure, a unit of time
(which makes it a date, an age or a duration, not an amount) or nothing the text spells out.
Counted nouns need the parse and are read in the extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.text import fold

_GAP = re.compile(r"[ \u00a0\u202f]?")
_OF = re.compile(r"d(?:e\s+|['’]\s*)")  # "de" or "d'" between a scale and its noun
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
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
    the words that can start where the text does are tried, in the table's order."""

    def __init__(self, table: list[tuple[str, Any]]) -> None:
        self.entries = table
        self.groups: dict[str, list[tuple[str, Any]]] = {}
        for word, value in table:
            self.groups.setdefault(word[:1], []).append((word, value))

    def at(self, first: str) -> list[tuple[str, Any]]:
        return self.groups.get(first, []) if first else self.entries


class UnitReader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.scales = _ByFirst(_table({fold(k): float(v) for k, v in data["scales"].items()}))
        self.abbreviations = _table({k: float(v) for k, v in data["scale_abbreviations"].items()})
        self.symbols = _table(data["currency_symbols"])
        self.currency_words = _ByFirst(
            _table({fold(k): v for k, v in data["currency_words"].items()})
        )
        self.subunits = _ByFirst(
            _table({fold(k): float(v) for k, v in data["currency_subunits"].items()})
        )
        self.measures = _ByFirst(_table(data["measures"]))
        self.time_units = {fold(w) for w in data["time_units"]}
        self.default_currency: str = data["default_currency"]
        self.folded: str | None = None

    def _word_at(self, text: str, at: int, word: str, folded: bool) -> bool:
        if folded:
            piece = (
                self.folded[at : at + len(word)]
                if self.folded is not None
                else fold(text[at : at + len(word)])
            )
        else:
            piece = text[at : at + len(word)]
        if piece != word:
            return False
        after = text[at + len(word) : at + len(word) + 1]
        return not (after.isalnum() and word[-1:].isalnum())

    def _first_folded(self, text: str, at: int) -> str:
        """The first character a folded word at `at` would have ("" when unsure: try all)."""
        if self.folded is not None:
            return self.folded[at : at + 1]
        return fold(text[at : at + 1])[:1]

    def _skip_gap(self, text: str, at: int) -> int:
        match = _GAP.match(text, at)
        return match.end() if match else at

    def read(self, text: str, at: int, linked: bool = False, folded: str | None = None) -> Tail:
        """Scale and unit words starting at `at` (just after the number).

        `folded` is `fold(text)` computed once per document when it keeps every offset:
        folding a window per word tried would cost more than the rest of the extractor.
        """
        self.folded = folded
        scale = 1.0
        pos = self._skip_gap(text, at)
        for word, value in self.scales.at(self._first_folded(text, pos)):
            if self._word_at(text, pos, word, folded=True):
                scale, at, pos = value, pos + len(word), self._skip_gap(text, pos + len(word))
                break
        else:
            for word, value in self.abbreviations:
                end = pos + len(word)
                if text.startswith(word, pos) and any(
                    text.startswith(sym, self._skip_gap(text, end)) for sym, _ in self.symbols
                ):
                    scale, at, pos = value, end, self._skip_gap(text, end)
                    break
        for symbol, code in self.symbols:
            if self._word_at(text, pos, symbol, folded=False):
                return Tail(pos + len(symbol), scale, code)
        for word, unit in self.measures.at(text[pos : pos + 1]):
            if self._word_at(text, pos, word, folded=False):
                return Tail(pos + len(word), scale, unit)
        if scale != 1.0 or linked:  # "190 millions de dollars", "dizaines de civils"
            match = _OF.match(text, pos)
            if match:
                pos, linked = match.end(), True
        for word, code in self.currency_words.at(self._first_folded(text, pos)):
            if self._word_at(text, pos, word, folded=True):
                return Tail(pos + len(word), scale, code)
        for word, factor in self.subunits.at(self._first_folded(text, pos)):
            if self._word_at(text, pos, word, folded=True):
                return Tail(pos + len(word), scale, None, subunit=factor)
        next_word = _WORD.match(text, pos)
        if next_word and fold(next_word.group()) in self.time_units:
            return Tail(next_word.end(), scale, time=True)
        return Tail(at if not linked else pos, scale, linked=linked)

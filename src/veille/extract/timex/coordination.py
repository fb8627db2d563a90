"""A month or season coordinated with one that carries the year shares that year.

"entre le printemps et l'automne 2017", "entre mars et juin 2016", "en janvier ou février
2015": the first expression names no year of its own, so the year written after the second
is its year too, not the one read from the article's date. The words that may join the two
come from the lexicon (`year_sharing_links`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.extract.timex.lexicon import Lexicon

_MONTH_OR_SEASON = re.compile(r"^(\d{4})(-(?:\d{2}|SP|SU|FA|WI))$")


@dataclass(frozen=True)
class YearWanted:
    """A month or season (its index in the list) told without a year."""

    index: int
    end: int
    rest: str  # the value without its year: "-03", "-SP"


def wants_year(index: int, end: int, value: str, told_year: bool) -> YearWanted | None:
    match = _MONTH_OR_SEASON.match(value)
    if match is None or told_year:
        return None
    return YearWanted(index, end, match.group(2))


def shared_year(
    wanted: YearWanted, text: str, start: int, value: str, told_year: bool, lex: Lexicon
) -> str | None:
    """The first expression's value with the year of the one at start, when they are joined."""
    between = text[wanted.end : start].strip()
    match = _MONTH_OR_SEASON.match(value)
    if not told_year or match is None or not lex.lookup_word("year_sharing_links", between):
        return None
    return match.group(1) + wanted.rest

"""The day after or before an event whose date is told in the same phrase.

"Au lendemain de l'attentat de mercredi" is the Thursday after that Wednesday, not the day
after the last date the text gave: when "le lendemain", "la veille" open a complement
(`reference_complements`: "de", "du"...) and a full date follows in that phrase (no
punctuation between), the day is counted from that date. Until such a date comes, the value
counted from the text's last date stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from veille.extract.timex.lexicon import Lexicon

_PHRASE_BREAK = re.compile(r"[.!?;:,()«»\"“”\n—–]")
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_REACH = 80  # characters between the offset word and the date of its complement


@dataclass(frozen=True)
class PendingOffset:
    """A "lendemain"/"veille" timex (its index in the list) waiting for its complement's date."""

    index: int
    end: int
    days: int
    suffix: str


def opens_complement(text: str, end: int, lex: Lexicon) -> bool:
    """Does a complement ("de l'attentat", "du sommet") follow the offset word ending at end?"""
    return lex.starts_with("reference_complements", text[end : end + 20])


def counted_from_complement(
    pending: PendingOffset, text: str, start: int, value: str
) -> str | None:
    """The pending offset's new value when the timex at start (value) is its complement's date."""
    if not still_waiting(pending, text, start):
        return None
    match = _FULL_DATE.match(value)
    if match is None:
        return None
    day = date(*(int(part) for part in match.groups()))
    return (day + timedelta(days=pending.days)).isoformat() + pending.suffix


def still_waiting(pending: PendingOffset, text: str, start: int) -> bool:
    """Can a timex starting at start still be the complement's date?"""
    between = text[pending.end : start]
    return len(between) <= _REACH and _PHRASE_BREAK.search(between) is None

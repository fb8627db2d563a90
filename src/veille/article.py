"""The article as read from a source, and a date that remembers how precise it is.

A header `date 2023-10` says "some day in October 2023": the rest of the pipeline must never
invent the day, so the date keeps its precision instead of becoming `2023-10-01`.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

from veille.errors import MalformedDate


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise MalformedDate(f"a day without a month: {self.year}-??-{self.day}")
        if not 1 <= self.year <= 9999:
            raise MalformedDate(f"year out of range: {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise MalformedDate(f"month out of range: {self.year}-{self.month:02d}")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise MalformedDate(
                    f"day out of range: {self.year}-{self.month:02d}-{self.day:02d}"
                )

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is a MalformedDate."""
        match = _PARTIAL_DATE.match(value.strip())
        if not match:
            raise MalformedDate(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def to_date(self) -> date | None:
        """The full date, or None when the day is not known."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()


def content_id(text: str) -> str:
    """A stable article id: sha256 of the NFC text with unified line ends, first 16 hex chars.

    Two copies of one article that differ only in encoding details get the same id, which is
    what makes re-ingesting a no-op.
    """
    normalised = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One dated article; every offset of its record indexes `text`."""

    text: str
    source: str
    published: PartialDate | None = None
    title: str | None = None
    lang: str = "fr"
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
        }

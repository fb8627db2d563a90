"""Calendar arithmetic for TIMEX3 values: language-neutral, and never reads the clock."""

from __future__ import annotations

from datetime import date, timedelta

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekday_near(anchor: date, weekday: int, direction: int | None, strict: bool) -> date:
    """The day of ISO `weekday` (1-7) before (-1), after (1) or in the week of (0) `anchor`."""
    if direction == 0:
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if direction is not None and direction > 0:
        ahead = (weekday - anchor.isoweekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - timedelta(days=back)


def weekday_nearest(anchor: date, weekday: int) -> date:
    """ "ce lundi": the day of that name nearest the anchor (the coming one on a tie)."""
    ahead = (weekday - anchor.isoweekday()) % 7
    return anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def month_known(
    anchor: tuple[int, int | None, int | None] | None,
) -> tuple[int, int, int | None] | None:
    """The anchor when its month is known: what counting a day or a month from it needs."""
    if anchor is None or anchor[1] is None:
        return None
    return anchor[0], anchor[1], anchor[2]


def year_for(
    month: int,
    day: int | None,
    anchor: tuple[int, int, int | None],
    direction: int | None,
    strict: bool,
    nearest: bool,
) -> int:
    """The year of a month (and day) given without one, seen from the anchor.

    `direction` -1 takes the latest occurrence not after the anchor, 1 the earliest not
    before it (`strict`: never the anchor's own month/day); None takes the nearest occurrence
    when `nearest`, else the anchor's year.
    """
    year, a_month, a_day = anchor
    key = (month, day or 0)
    here = (a_month, a_day or 0) if day is not None else (a_month, 0)
    if day is None:
        key = (month, 0)
    if direction is not None and direction < 0:
        return year if (key < here or (key == here and not strict)) else year - 1
    if direction is not None and direction > 0:
        return year if (key > here or (key == here and not strict)) else year + 1
    if not nearest:
        return year
    # News mostly looks back: a date up to 7 months behind is nearer than 6 ahead.
    # a month alone is weighed as a whole month, not from the middle of it
    months_away = (month - a_month) + ((day - (a_day or 15)) / 31 if day else 0)
    if months_away > 6:
        return year - 1
    if months_away < -7:
        return year + 1
    return year


def season_year(season: str, anchor: tuple[int, int], direction: int | None) -> int:
    """The year of a season named without one: winter Y runs from December Y to February Y+1."""
    year, month = anchor
    if month < 3:
        here = (year - 1, 12)
    else:
        here = (year, max(m for m in SEASON_START.values() if m <= month))
    start = SEASON_START[season]
    candidates = [(y, start) for y in range(year - 2, year + 2)]
    if direction is not None and direction < 0:
        return max(c for c in candidates if c < here)[0]
    if direction is not None and direction > 0:
        return min(c for c in candidates if c > here)[0]
    if start == here[1]:
        return here[0]
    return year - 1 if (season == "WI" and month < 3) else year

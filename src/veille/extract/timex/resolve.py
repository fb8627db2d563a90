"""Turn a matched pattern's named groups into TIMEX3 (type, value) pairs.

Language-neutral: words are read through the lexicon's tables, dates counted with
`calendar`. Each `kind` of pattern has one function here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from veille.extract.timex import calendar as cal
from veille.extract.timex.context import Context
from veille.extract.timex.direction import FUTURE, PAST, PRESENT
from veille.extract.timex.lexicon import Lexicon, Pattern

UNKNOWN_DAY = "XXXX-XX-XX"
# Calendar units as ISO 8601 duration designators: (designator, factor, time part).
DURATION_UNITS = {
    "Y": ("Y", 1, False),
    "M": ("M", 1, False),
    "W": ("W", 1, False),
    "D": ("D", 1, False),
    "H": ("H", 1, True),
    "MIN": ("M", 1, True),
    "S": ("S", 1, True),
    "CENT": ("Y", 100, False),
    "DEC": ("Y", 10, False),
    "Q": ("M", 3, False),
    "HALF": ("M", 6, False),
    "WE": ("WE", 1, False),
}
_NIGHT = "TNI"
_AFTER_A_NIGHT = ("TMO", "TAF")  # the parts of a day that follow a night told: its second day
_HEADER_LAG = 7  # days a past-tense day may lie after the header (the article was dated early)
_WEEK = 7
_NOON = 12  # a clock time before it, told after a night, is in the night's second day
_DUSK = 18  # the same after the night just past: the article's day until its evening
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Resolved:
    start: int
    end: int
    type: str
    value: str
    explicit: bool = False  # a calendar date written out in full (may become the anchor)


class Groups:
    """The named groups of one match, read through the lexicon."""

    def __init__(self, match: re.Match[str], lex: Lexicon) -> None:
        self.match = match
        self.lex = lex

    def text(self, name: str) -> str | None:
        if name not in self.match.re.groupindex:
            return None
        return self.match.group(name)

    def table(self, name: str, table: str) -> object | None:
        word = self.text(name)
        return None if word is None else self.lex.lookup(table, word.rstrip("-"))

    def integer(self, name: str, table: str | None = None) -> int | None:
        word = self.text(name)
        if word is None:
            return None
        digits = re.match(r"'?(\d+)", word)
        if digits:
            return int(digits.group(1))
        value = self.lex.lookup(table or "numbers", word) if table else None
        if value is None:
            value = self.lex.lookup("ordinals", word) or self.lex.lookup("numbers", word)
        return value if isinstance(value, int) else None

    def number(self, name: str) -> float | None:
        word = self.text(name)
        if word is None:
            return None
        if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            return float(word.replace(",", "."))
        value = self.lex.lookup("numbers", word)
        return float(value) if value is not None else None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _year(groups: Groups, ctx: Context) -> int | None:
    text = groups.text("year")
    if text is None:
        return None
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    anchor = ctx.calendar_anchor()
    base = anchor[0] if anchor else 2000
    year = 2000 + two
    return year if year <= base + 10 else 1900 + two


def _direction(groups: Groups, tense: int | None) -> tuple[int | None, bool]:
    """-1/0/1 and whether it is strict ("dernier", "prochain") or read from the tense.

    A present tense gives no direction here (None); a weekday reads it as the coming day.
    """
    relative = groups.table("rel", "relative")
    if isinstance(relative, int):
        return relative, True
    if groups.text("dem") is not None:
        return 0, False
    if tense == PAST:
        return -1, False
    if tense == FUTURE:
        return 1, False
    return None, False


def _time_suffix(groups: Groups) -> str:
    part = groups.table("part", "parts_of_day")
    if part is None and groups.text("part"):
        part = _part_in(groups.text("part") or "", groups.lex)
    hour = groups.integer("hour")
    if hour is not None:
        minute = groups.integer("minute") or 0
        return f"T{hour:02d}:{minute:02d}"
    return f"T{part}" if part else ""


def _part_in(phrase: str, lex: Lexicon) -> str | None:
    for word in reversed(re.split(r"[\s'’]+", phrase)):
        code = lex.lookup("parts_of_day", word)
        if code:
            return str(code)
    return None


def _day_value(day: date | None, suffix: str) -> str:
    return (day.isoformat() if day else UNKNOWN_DAY) + suffix


def resolve_date(
    groups: Groups,
    pattern: Pattern,
    ctx: Context,
    tense: int | None,
    span: tuple[int, int],
    nearest: bool = False,
    past: bool = False,
) -> list[Resolved]:
    """`nearest`: a weekday naming a noun's occasion in a present-tense clause ("l'attaque de
    mardi", "le match de samedi") is the nearest one, not the coming one. `past`: the date
    hangs straight on a verb in a past tense, so a day and month without a year are the last
    ones gone by ("a réintégré l'Union africaine le 30 janvier", told in October)."""
    lex = groups.lex
    suffix = _time_suffix(groups)
    kind = "TIME" if suffix else "DATE"
    start, end = span
    weekday = groups.integer("wd", "weekdays")
    if groups.text("wd") is not None:
        weekday = lex.lookup("weekdays", groups.text("wd") or "")
    month = groups.integer("mnum") if groups.text("mnum") else None
    if groups.text("month") is not None:
        month = lex.lookup("months", groups.text("month") or "")
    day = groups.integer("day")
    year = _year(groups, ctx)
    direction, strict = _direction(groups, tense)
    anchor = ctx.calendar_anchor()

    def done(value: str, explicit: bool = False, type_: str | None = None) -> list[Resolved]:
        return [Resolved(start, end, type_ or kind, value, explicit)]

    offset = groups.table("dayoff", "day_offsets")
    if isinstance(offset, int):
        base = ctx.anchor + timedelta(days=offset) if ctx.anchor else None
        return done(_day_value(base, suffix))
    offset = groups.table("nowoff", "anchor_words")
    if isinstance(offset, int):  # "d'ici": from now, the article's date
        return done(_day_value(ctx.anchor, suffix))
    offset = groups.table("refoff", "reference_offsets")
    if offset is None:
        offset = groups.table("refday", "reference_days")
    if isinstance(offset, int):
        origin = ctx.reference or ctx.anchor
        return done(_day_value(origin + timedelta(days=offset) if origin else None, suffix))
    season = groups.table("season", "seasons")
    if isinstance(season, str):
        if year is None and not strict and pattern.generic_in_present and tense == PRESENT:
            return done(f"XXXX-{season}")  # "la demande augmente en été": any summer
        if year is None:
            if anchor is None or anchor[1] is None:
                return done(f"XXXX-{season}")
            year = cal.season_year(season, (anchor[0], anchor[1]), direction if strict else None)
        return done(f"{year:04d}-{season}")
    unit = groups.table("unit", "units")
    ordinal = groups.integer("ord", "ordinals")
    if unit in ("Q", "HALF") and ordinal:
        if year is None:
            year = anchor[0] if anchor else None
        letter = "Q" if unit == "Q" else "H"
        return done(f"{year:04d}-{letter}{ordinal}" if year else f"XXXX-{letter}{ordinal}")
    if isinstance(unit, str):
        shift = direction if strict else 0
        counted = _counted_from_told(unit, shift, groups, ctx)
        if counted is not None:  # "en 2012 [...] l'année suivante": 2013
            return done(counted)
        if unit == "WE" and not strict and tense == PAST and ctx.anchor is not None:
            shift = -1 if ctx.anchor.isoweekday() < 6 else 0  # "ce week-end" already past
        return done(_unit_relative(unit, shift, ctx))
    if month is not None and year is None and weekday is None and not strict and ctx.sentence_year:
        year = ctx.sentence_year  # "en 97 (en janvier ..., en octobre ...)"
    if day is not None and month is not None:
        if year is None:
            known = cal.month_known(anchor)
            if known is None:
                return done(f"XXXX-{month:02d}-{day:02d}{suffix}")
            # A past tense met through an infinitive does not point a day and month ("a
            # annoncé se rendre du 25 au 27"), one the date hangs on does; a future one does
            # ("le sommet se tiendra le 11 juillet", told in October).
            past = past and known[2] is not None  # "a rejeté le 16 octobre", told in October
            if past and ctx.anchor is not None:
                # a day a few days past the header's is the header's lag, not last year's
                ahead = cal.safe_date(known[0], month, day)
                past = ahead is None or not 0 < (ahead - ctx.anchor).days <= _HEADER_LAG
            told = direction if strict or tense == FUTURE or past else None
            year = _year_of_day(month, day, weekday, known, told, strict or not past)
        found = cal.safe_date(year, month, day)
        return done(_day_value(found, suffix), explicit=found is not None) if found else []
    if day is not None and weekday is not None:
        if anchor is None or anchor[1] is None:
            return done(f"XXXX-XX-{day:02d}")
        for months in (0, -1, 1):
            y, m = cal.add_months(anchor[0], anchor[1], months)
            found = cal.safe_date(y, m, day)
            if found and found.isoweekday() == weekday:
                return done(_day_value(found, suffix), explicit=True)
        return done(f"{anchor[0]:04d}-{anchor[1]:02d}-{day:02d}")
    if month is not None:
        if year is None:
            known = cal.month_known(anchor)
            if known is None:
                return done(f"XXXX-{month:02d}")
            year = cal.year_for(month, None, known, direction, strict, nearest=True)
        return done(f"{year:04d}-{month:02d}")
    if weekday is not None:
        if ctx.anchor is None:
            return done(f"XXXX-WXX-{weekday}{suffix}" if not suffix else UNKNOWN_DAY + suffix)
        same_day = ctx.reference is not None and ctx.reference.isoweekday() == weekday
        if groups.text("same") and same_day:  # "ce même lundi": the day just spoken of
            return done(_day_value(ctx.reference, suffix))
        eve = ctx.anchor - timedelta(days=1)
        if suffix == _NIGHT and eve.isoweekday() == weekday and FUTURE not in (tense, direction):
            # "Dans la nuit de mercredi à jeudi, plusieurs événements ce sont produits" (a
            # Thursday's article): the night that ended on the article's day
            found = eve
        elif direction == 0 or (direction is None and tense == PRESENT and nearest):
            found = cal.weekday_nearest(ctx.anchor, weekday)
        else:
            if direction is None and tense == PRESENT:
                direction = 1
            found = cal.weekday_near(ctx.anchor, weekday, direction, strict)
            yesterday = ctx.anchor - timedelta(days=1)
            if not strict and tense == PRESENT and yesterday.isoweekday() == weekday:
                # "Toujours en garde à vue mercredi soir, on ne sait" (a Thursday's article):
                # a bare weekday in the present naming the day before the article's is that
                # day, not the same weekday six days on
                found = yesterday
        spoken_of = ctx.reference
        if (
            same_day
            and spoken_of is not None
            and spoken_of != found
            and abs((found - spoken_of).days) <= _WEEK
            and (found <= ctx.anchor) == (spoken_of <= ctx.anchor)  # a plan told is no past day
            and not any(groups.text(name) for name in ("dem", "rel"))
        ):
            # "reçus jeudi 16 mars [...] La veuve a cédé ces terres jeudi" (published Thursday
            # 23): the Thursday the text told, not the article's
            found = spoken_of
        return done(_day_value(found, suffix))
    if year is not None:
        return done(f"{year:04d}")
    if suffix:
        if pattern.reference:
            if suffix == _NIGHT and (night := ctx.night_told()) is not None:
                return done(_day_value(night, suffix))
            if (
                ctx.night
                and ctx.reference is not None
                and ctx.reference + timedelta(days=1) == ctx.anchor
                and suffix in _AFTER_A_NIGHT
            ):
                # "Dans la nuit de jeudi à vendredi [...] Dans la matinée" (a Friday's
                # article): the night just past is dated by its eve; the morning after it is
                # the article's day
                return done(_day_value(ctx.anchor, suffix))
            return done(_day_value(ctx.reference or ctx.anchor, suffix))
        base = ctx.anchor
        if base is not None and suffix == _NIGHT and tense != FUTURE:
            base = base - timedelta(days=1)  # "cette nuit" in news: the night just past
        return done(_day_value(base, suffix))
    return []


def _year_of_day(
    month: int,
    day: int,
    weekday: int | None,
    anchor: tuple[int, int, int | None],
    direction: int | None,
    strict: bool = True,
) -> int:
    """The year of "le 3 mars": the one whose weekday agrees, else the nearest (or as told)."""
    if weekday is not None:
        for year in (anchor[0], anchor[0] + 1, anchor[0] - 1):
            found = cal.safe_date(year, month, day)
            if found is not None and found.isoweekday() == weekday:
                return year
    return cal.year_for(month, day, anchor, direction, strict, nearest=True)


def _counted_from_told(unit: str, shift: int | None, groups: Groups, ctx: Context) -> str | None:
    """ "l'année suivante", "le mois précédent" (`told_relatives`): the year or the month
    after or before the last date the text told ("l'arrivée de Mohamed Morsi en 2012 [...]
    l'année suivante": 2013; "11,9 % pour novembre, contre 11,8 % le mois précédent": October),
    not the article's; None when that date does not name the unit."""
    word = groups.text("rel")
    told = ctx.told
    if not word or not shift or told is None or not groups.lex.lookup_word("told_relatives", word):
        return None
    if unit == "Y":
        return f"{int(told[:4]) + shift:04d}"
    if unit == "M" and told[5:7].isdigit():
        y, m = cal.add_months(int(told[:4]), int(told[5:7]), shift)
        return f"{y:04d}-{m:02d}"
    return None


def _unit_relative(unit: str, shift: int | None, ctx: Context) -> str:
    """ "la semaine dernière", "l'an prochain", "ce mois-ci": the unit around the anchor."""
    shift = shift or 0
    anchor = ctx.calendar_anchor()
    if anchor is None:
        return "XXXX"
    year, month, _ = anchor
    if unit in ("Y", "CENT", "DEC"):
        return f"{year + shift:04d}"
    if month is None:
        return f"{year:04d}"
    if unit == "M":
        y, m = cal.add_months(year, month, shift)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        index = (year * 4 + (month - 1) // 3) + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "HALF":
        index = (year * 2 + (month - 1) // 6) + shift
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if ctx.anchor is None:
        return f"{year:04d}-WXX"
    if unit == "D":
        return (ctx.anchor + timedelta(days=shift)).isoformat()
    week = cal.iso_week(ctx.anchor + timedelta(weeks=shift))
    return week + "-WE" if unit == "WE" else week


def _quantity(groups: Groups) -> tuple[str, str | None, bool] | None:
    """The ISO amount, designator and time flag of "trois ans", "un demi-siècle", "PXD", "1 h
    30" (counted hours and minutes, `clock_unit`)."""
    unit = groups.table("unit", "units") or groups.table("clock_unit", "clock_units")
    if not isinstance(unit, str):
        return None
    designator, factor, is_time = DURATION_UNITS[unit]
    number = groups.number("num")
    if number is None and groups.text("vague") is not None:
        return "X", designator, is_time
    approximate = groups.table("approx", "approximate_numbers")
    if number is None and isinstance(approximate, int):
        number = float(approximate)
    if number is None:
        number = 1.0
    fraction = groups.table("frac", "fractions") or groups.table("fracof", "fractions")
    if isinstance(fraction, float | int):
        number *= float(fraction)
    if groups.text("half"):
        number += 0.5
    minutes = groups.text("minute")
    if minutes is not None and groups.text("clock_unit") is not None and minutes.isdigit():
        number += int(minutes) / 60
    return _format_number(number * factor), designator, is_time


def resolve_duration(groups: Groups, ctx: Context, span: tuple[int, int]) -> list[Resolved]:
    quantity = _quantity(groups)
    if quantity is None:
        return []
    amount, designator, is_time = quantity
    value = f"PT{amount}{designator}" if is_time else f"P{amount}{designator}"
    return [Resolved(*span, "DURATION", value)]


def resolve_offset(
    groups: Groups, pattern: Pattern, ctx: Context, span: tuple[int, int]
) -> list[Resolved]:
    """ "il y a deux semaines", "dans trois jours": the anchor moved by the quantity."""
    unit = groups.table("unit", "units")
    quantity = _quantity(groups)
    if quantity is None or not isinstance(unit, str):
        return []
    amount = quantity[0]
    if amount == "X":  # "il y a quelques mois": only the span of time is known
        designator, is_time = quantity[1], quantity[2]
        return [Resolved(*span, "DURATION", f"PTX{designator}" if is_time else f"PX{designator}")]
    count = float(amount) * pattern.sign
    anchor = ctx.calendar_anchor()
    if anchor is None:
        return [Resolved(*span, "DATE", "XXXX")]
    year, month, _ = anchor
    if unit in ("D", "W") and ctx.anchor is not None:
        days = count * (7 if unit == "W" else 1)
        return [Resolved(*span, "DATE", (ctx.anchor + timedelta(days=days)).isoformat())]
    if unit in ("H", "MIN", "S"):
        return [Resolved(*span, "TIME", _day_value(ctx.anchor, ""))]
    if unit in ("M", "Q", "HALF") and month is not None:
        factor = DURATION_UNITS[unit][1]
        y, m = cal.add_months(year, month, int(count * factor))
        return [Resolved(*span, "DATE", f"{y:04d}-{m:02d}")]
    factor = DURATION_UNITS.get(unit, ("Y", 1, False))[1] if unit in ("Y", "CENT", "DEC") else 0
    return [Resolved(*span, "DATE", f"{year + int(count * factor):04d}")]


def _day_of_clock(
    groups: Groups,
    ctx: Context,
    tense: int | None,
    near: bool = False,
    minute: int = 0,
    timeline: bool = False,
) -> date | None:
    """The day of "4 h mardi", "vers 0 h 40, jeudi", "15 h 30, hier"; else the day told in
    its sentence (`near`) or, for a plan, the day last told; else the day that set the scene
    (or the timeline's, `Context.later_clock_day`; `minute`: of the day, of this clock time;
    `timeline`: the clock time opens its line, `Context.timeline_scene`)."""
    weekday = groups.table("wd", "weekdays") or groups.table("wdnext", "weekdays")
    offset = groups.table("dayoff", "day_offsets")
    if ctx.anchor is not None and isinstance(offset, int):
        return ctx.anchor + timedelta(days=offset)
    if ctx.anchor is not None and isinstance(weekday, int):
        direction = 1 if tense in (FUTURE, PRESENT) else -1
        return cal.weekday_near(ctx.anchor, weekday, direction, strict=False)
    if near or tense == FUTURE:
        return ctx.reference or ctx.anchor
    day = (ctx.timeline_scene() if timeline else ctx.scene) or ctx.reference or ctx.anchor
    return ctx.later_clock_day(day, minute) or day


def resolve_clock(
    groups: Groups,
    ctx: Context,
    span: tuple[int, int],
    tense: int | None = None,
    near: bool = False,
    timeline: bool = False,
    night: bool = False,
) -> list[Resolved]:
    """`near`: a day was told earlier in the clock time's sentence; `timeline`: the clock
    time opens its line (`Vers 8h00, ...`); `night`: so was a night."""
    lex = groups.lex
    noon = groups.text("noon")
    if noon is not None:
        hour, minute = (12, 0) if noon.lower() == "midi" else (0, 0)
    else:
        told_hour = groups.integer("hour")
        if told_hour is None:
            return []
        hour = told_hour
        minute_text = (groups.text("minute") or "").lower()
        if minute_text.isdigit():
            minute = int(minute_text)
        elif "demi" in minute_text:
            minute = 30
        elif "quart" in minute_text:
            minute = 15
        else:
            minute = lex.lookup("numbers", minute_text) or 0 if minute_text else 0
        if groups.table("half", "clock_halves") == "pm" and hour < 12:
            hour += 12
    if hour > 24 or minute > 59:
        return []
    day = _day_of_clock(groups, ctx, tense, near, hour * 60 + minute, timeline)
    told_day = any(groups.text(name) for name in ("wd", "wdnext", "dayoff"))
    # "la nuit de samedi à dimanche ... à 2 heures": the Sunday; after the night just past
    # (its second day the article's), the day's hours too ("vers midi", "à 15 heures")
    last = _DUSK if day is not None and day + timedelta(days=1) == ctx.anchor else _NOON
    if day is not None and day == ctx.reference and ctx.night and hour < last and not told_day:
        day += timedelta(days=1)
    elif night and _evening_of_a_night(day, ctx, hour) and not told_day:
        day = ctx.last_night  # `dans la nuit du samedi à dimanche, dès 22h30`: the Saturday
    elif (
        night
        and ctx.last_night is not None
        and _small_hours_after_its_evening(ctx, hour * 60 + minute)
        and not told_day
    ):
        day = ctx.last_night + timedelta(days=1)  # `[...], dès 22h30, [...] jusqu'à 3h00`
    return [Resolved(*span, "TIME", f"{_day_value(day, '')}T{hour:02d}:{minute:02d}")]


def _evening_of_a_night(day: date | None, ctx: Context, hour: int) -> bool:
    """An evening hour told in the sentence of a night named by its two days (`la nuit du
    samedi à dimanche`), its second day read last: the hour is on the night's eve."""
    eve = ctx.last_night
    return day is not None and eve is not None and day == eve + timedelta(days=1) and hour >= _DUSK


def _small_hours_after_its_evening(ctx: Context, minute: int) -> bool:
    """A morning hour told after an evening hour of a night's eve, in the sentence of that
    night (`dès 22h30 [...] jusqu'à 3h00`): the hour is on the night's second day."""
    eve, clock = ctx.last_night, ctx.clock
    return (
        eve is not None
        and clock is not None
        and clock[0] == eve
        and minute < clock[1]
        and minute < _NOON * 60
    )


def resolve_set(groups: Groups, span: tuple[int, int]) -> list[Resolved]:
    lex = groups.lex
    frequency = groups.table("freq", "frequency_words")
    if isinstance(frequency, str):
        return [Resolved(*span, "SET", frequency)]
    weekday = groups.table("wd", "weekdays")
    if isinstance(weekday, int):
        return [Resolved(*span, "SET", f"XXXX-WXX-{weekday}")]
    unit = groups.text("unit")
    code = lex.lookup("units", (unit or "").rstrip("s")) or lex.lookup("units", unit or "")
    if not isinstance(code, str):
        return []
    designator, factor, is_time = DURATION_UNITS[code]
    count = groups.number("num") or 1.0
    amount = _format_number(count * factor)
    return [
        Resolved(*span, "SET", f"PT{amount}{designator}" if is_time else f"P{amount}{designator}")
    ]


def resolve_decade(groups: Groups, span: tuple[int, int]) -> list[Resolved]:
    digits = (groups.text("decade") or "").lstrip("'")
    if len(digits) == 4:
        return [Resolved(*span, "DATE", digits[:3] + "X")]
    return [Resolved(*span, "DATE", f"19{digits[0]}X")]


def _roman(text: str) -> int:
    total = 0
    for letter, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[letter]
        total += -value if following and _ROMAN[following] > value else value
    return total


def resolve_century(groups: Groups, span: tuple[int, int]) -> list[Resolved]:
    text = (groups.text("century") or "").upper()
    number = int(text) if text.isdigit() else _roman(text)
    if not 1 <= number <= 30:
        return []
    return [Resolved(*span, "DATE", f"{number - 1:02d}XX")]


def resolve_holiday(
    groups: Groups, ctx: Context, tense: int | None, span: tuple[int, int]
) -> list[Resolved]:
    spec = groups.table("holiday", "holidays")
    if not isinstance(spec, dict):
        return []
    year = _year(groups, ctx)
    anchor = ctx.calendar_anchor()

    def on(y: int) -> date:
        if "fixed" in spec:
            month, day = (int(p) for p in spec["fixed"].split("-"))
            return date(y, month, day)
        return cal.easter(y) + timedelta(days=int(spec["easter"]))

    if year is None:
        known = cal.month_known(anchor)
        if known is None:
            if "fixed" in spec:
                return [Resolved(*span, "DATE", f"XXXX-{spec['fixed']}")]
            return (
                [Resolved(*span, "DATE", "XXXX")]
                if anchor is None
                else [Resolved(*span, "DATE", on(anchor[0]).isoformat())]
            )
        guess = on(known[0])
        direction = -1 if tense == PAST else (1 if tense == FUTURE else None)
        year = cal.year_for(guess.month, guess.day, known, direction, False, nearest=True)
    return [Resolved(*span, "DATE", on(year).isoformat(), explicit=True)]


def resolve_vague(groups: Groups, pattern: Pattern, span: tuple[int, int]) -> list[Resolved]:
    value = (
        pattern.value
        or groups.table("vague_ref", "vague_references")
        or groups.table("vague_ref", "present_adjectives")
    )
    if value is None and groups.text("fixed") is not None:
        fixed = groups.text("fixed") or ""
        lex = groups.lex
        value = lex.lookup("duration_words", fixed) or lex.lookup("part_of_day_adjectives", fixed)
    return [Resolved(*span, pattern.type or "TIME", str(value))] if value else []


Resolver = Callable[..., list[Resolved]]

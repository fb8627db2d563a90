"""Calendar arithmetic and the timex data file, without a spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from veille.extract.timex import calendar as cal
from veille.extract.timex.lexicon import lexicon


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2023, date(2023, 4, 9)), (2024, date(2024, 3, 31)), (2000, date(2000, 4, 23))],
)
def test_timex_computes_easter_sunday(year, sunday):
    assert cal.easter(year) == sunday


def test_timex_counts_last_winter_from_the_autumn():
    assert cal.season_year("WI", (2023, 10), -1) == 2022
    assert cal.season_year("SU", (2023, 10), -1) == 2023
    assert cal.season_year("WI", (2024, 1), None) == 2023


def test_timex_moves_weekdays_strictly_with_dernier_and_prochain():
    wednesday = date(2023, 10, 18)
    assert cal.weekday_near(wednesday, 3, -1, strict=True) == date(2023, 10, 11)
    assert cal.weekday_near(wednesday, 3, -1, strict=False) == wednesday
    assert cal.weekday_near(wednesday, 1, 1, strict=True) == date(2023, 10, 23)


def test_timex_takes_the_nearest_year_for_a_day_without_one():
    assert cal.year_for(1, 5, (2023, 12, 20), None, False, nearest=True) == 2024
    assert cal.year_for(10, 22, (2003, 1, 31), None, False, nearest=True) == 2002
    assert cal.year_for(6, 30, (1999, 5, 21), None, False, nearest=True) == 1999


def test_timex_data_file_compiles_every_pattern():
    lex = lexicon("fr")
    assert lex.lookup("months", "Février") == 2
    assert lex.lookup("day_offsets", "aujourd’hui") == 0
    assert all(pattern.regex.pattern for pattern in lex.patterns)
    assert lex.ends_with("street_cues", "réunis place du ")

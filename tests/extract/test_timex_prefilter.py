"""The timex prefilter finds exactly what every pattern's `finditer` finds, without a model;
what `regex_plan` reads from a regex."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.timex import _scanner
from veille.extract.timex.lexicon import lexicon
from veille.extract.timex.regex_plan import fold, plan


def _spans(found: list[list[re.Match[str]]]) -> list[list[tuple[int, int, dict]]]:
    return [[(m.start(), m.end(), m.groupdict()) for m in matches] for matches in found]


def _check(text: str) -> None:
    lex = lexicon("fr")
    scanner = _scanner(lex)
    expected = [list(pattern.regex.finditer(text)) for pattern in lex.patterns]
    assert _spans(scanner.matches(text)) == _spans(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Mais le 3 mai 2023, il y a 10 ans, lundi 4 mars à 18 h 30 locales.",
        "MARDI 12 JUIN, au début de l'été 1998 ; la nuit du 3 au 4 août.",
        "Il est venu il y a\u00a0\u00a0trois   ans, dans 2 semaines, du XIXe siècle.",
        "Le ١٢ mars ٢٠٢٣, İstanbul : 1er janvier-15 février 2001, 1 000 000 d'années.",
        "la fin de semaine prochaine, ce week-end-ci, les années 1990, 12/03/2021, 2021-03-12",
        "aujourd'hui, aujourd’hui, d’ici là, chaque 2 ans, tous les lundis soir",
    ],
)
def test_timex_prefilter_keeps_every_match_of_french_examples(text):
    _check(text)


_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\u00a0",
        ", ",
        ".",
        "-",
        "'",
        "’",
        "(",
        "mai",
        "mais",
        "Mars",
        "juin",
        "lundi",
        "ce",
        "cette",
        "la",
        "le",
        "l'",
        "de",
        "du",
        "d'",
        "au",
        "il y a",
        "dans",
        "an",
        "ans",
        "année",
        "années",
        "semaine",
        "prochaine",
        "dernier",
        "soir",
        "matin",
        "h",
        "heures",
        "midi",
        "1er",
        "3",
        "12",
        "30",
        "1998",
        "2023",
        "٢",
        "XX",
        "e",
        "siècle",
        "été",
        "hiver",
        "début",
        "fin",
        "mi",
        "nuit",
        "jour",
        "veille",
        "lendemain",
        "İ",
        "ſ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_timex_prefilter_matches_finditer_on_any_text(text):
    _check(text)


def test_timex_prefilter_reads_required_words_from_the_regex():
    months = plan(re.compile(r"(?<![\w-])(?:le )?(?:mars|avril)[^\S\n]+\d{4}(?!\w)", re.I))
    assert frozenset({"mars", "avril"}) in months.needs
    assert months.first == frozenset({"l", "m", "a"})


def test_timex_prefilter_folds_case_variants_and_digits_together():
    assert fold("Mars ١٢") == "mars 12"
    assert fold("ſ") == fold("s")


def test_without_cpythons_regex_parser_every_pattern_is_scanned_in_full(monkeypatch):
    from veille.extract.timex import regex_plan

    monkeypatch.setattr(regex_plan, "_parser", None)
    lex = lexicon("fr")
    assert all(not plan(pattern.regex).needs for pattern in lex.patterns)
    text = "Le 3 mai 2023, il y a 10 ans, lundi 4 mars à 18 h 30, l'été dernier."
    expected = [list(pattern.regex.finditer(text)) for pattern in lex.patterns]
    from veille.extract.timex.lexicon import WORD_START
    from veille.extract.timex.prefilter import Scanner

    scanner = Scanner([pattern.regex for pattern in lex.patterns], WORD_START)
    assert _spans(scanner.matches(text)) == _spans(expected)

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.text import fold, one_line, slug


def test_fold_meets_spellings_of_one_name():
    assert fold("États-Unis") == fold("Etats-Unis") == "etats-unis"
    assert fold("l’Élysée") == "l'elysee"


def test_slug_is_stable_and_readable():
    assert slug("Vladimir Poutine") == "vladimir-poutine"
    assert slug("Conseil de sécurité de l'ONU") == "conseil-de-securite-de-l-onu"


@pytest.mark.parametrize("hostile", ["a\tb", "a\nb", "a\r\nb", "a\x0bb", "a\u2028b", "a\x00b"])
def test_one_line_leaves_no_break_tab_or_control_character(hostile):
    flat = one_line(hostile)
    assert flat.startswith("a") and flat.endswith("b")
    assert all(ch.isprintable() for ch in flat)


@settings(max_examples=300)
@given(st.text())
def test_fold_drops_exactly_the_combining_marks(text):
    """The fast path must agree with the plain definition on any text, scripts mixed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == plain.replace("’", "'").casefold()


def test_fold_keeps_the_grapheme_joiner_which_is_no_combining_mark():
    assert fold("a\u034fb") == "a\u034fb"

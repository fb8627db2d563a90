from __future__ import annotations

import pytest

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

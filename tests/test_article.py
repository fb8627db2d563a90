from __future__ import annotations

import pytest

from veille.article import Article, PartialDate, Precision, content_id
from veille.errors import MalformedDate


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2023", Precision.YEAR), ("2023-10", Precision.MONTH), ("2023-10-17", Precision.DAY)],
)
def test_partial_date_keeps_the_precision_it_was_given(text, precision):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.isoformat() == text


def test_month_precision_never_invents_a_day():
    assert PartialDate.parse("2023-10").to_date() is None


@pytest.mark.parametrize(
    "text", ["2023-13", "2023-02-30", "2023-1", "23-10", "2023/10/17", "", "0000"]
)
def test_partial_date_refuses_what_is_not_a_calendar_date(text):
    with pytest.raises(MalformedDate):
        PartialDate.parse(text)


def test_content_id_ignores_line_end_style_but_not_content():
    assert content_id("Un.\r\nDeux.") == content_id("Un.\nDeux.")
    assert content_id("Un.\nDeux.") != content_id("Un.\nTrois.")


def test_article_id_is_the_content_hash():
    article = Article(text="Texte.", source="a.txt")
    assert article.id == content_id("Texte.")
    assert len(article.id) == 16

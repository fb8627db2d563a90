"""The .txt reader: the `date` header in every layout the corpus uses, and hostile files."""

from __future__ import annotations

import pytest

from veille.errors import BinaryInput, EmptyInput, MalformedDate, NotUtf8, TooLarge
from veille.settings import Settings
from veille.sources import ReadFailure, read_paths, read_source


def read_one(data: bytes, settings: Settings | None = None):
    (item,) = list(read_source(data, "article.txt", ".txt", settings or Settings()))
    return item


def test_header_sharing_the_line_with_the_text_after_leading_whitespace():
    article = read_one(" date 2023-10 Le président russe a atterri.".encode())
    assert article.published.isoformat() == "2023-10"
    assert article.text == "Le président russe a atterri."
    assert article.title is None


def test_header_on_its_own_line_then_title_and_blank_line():
    article = read_one(b"date 2016-01-01\nFrance : attaque\n\nUn homme a fonce.\n")
    assert article.published.isoformat() == "2016-01-01"
    assert article.title == "France : attaque"
    assert article.text == "France : attaque\n\nUn homme a fonce.\n"


def test_header_with_year_precision_and_crlf_line_ends():
    article = read_one(b"date 2016\r\nTitre\r\n\r\nCorps.")
    assert article.published.isoformat() == "2016"
    assert article.text.startswith("Titre")


def test_file_without_header_is_read_undated():
    article = read_one(b"Date limite : le texte commence ici.")
    assert article.published is None
    assert article.text == "Date limite : le texte commence ici."


def test_byte_order_mark_is_not_text():
    article = read_one("\ufeffdate 2020-05-01 Texte.".encode())
    assert article.published.isoformat() == "2020-05-01"
    assert article.text == "Texte."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"date 2023-13 Texte.", MalformedDate),
        (b"date 2023-02-30\nTexte.", MalformedDate),
        (b"date 20231017 Texte.", MalformedDate),
        (b"", EmptyInput),
        (b" \n\t\n", EmptyInput),
        (b"date 2023-10-17\n", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        ("Texte en latin-1 : été".encode("latin-1"), NotUtf8),
    ],
)
def test_hostile_text_files_become_failures_with_the_reason(data, error):
    item = read_one(data)
    assert isinstance(item, ReadFailure)
    assert isinstance(item.error, error)
    assert str(item).startswith("article.txt: [E1")


def test_malformed_header_message_names_the_header():
    item = read_one(b"date 2023-13 Texte.")
    assert "date 2023-13" in str(item)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"date 2020 " + b"mot " * 100)
    (item,) = read_paths([str(path)], Settings(max_bytes=50))
    assert isinstance(item, ReadFailure)
    assert isinstance(item.error, TooLarge)
    assert item.source == str(path)


def test_seed_article_offsets_match_the_gold(shared):
    import json

    gold = json.loads((shared / "gold/seed.json").read_text())
    (article,) = read_paths([str(shared / "samples/seed.txt")])
    assert article.published.isoformat() == gold["published"]
    assert article.text.startswith(gold["text_starts_with"])
    for timex in gold["timexes"]:
        assert article.text[timex["start"] : timex["end"]] == timex["text"]


def test_wikinews_articles_have_day_dates_and_titles(shared):
    folder = shared / "corpus/wikinews-fr"
    files = sorted(folder.glob("*.txt"))[:25]
    articles = list(read_paths([str(path) for path in files]))
    assert all(not isinstance(item, ReadFailure) for item in articles)
    for path, article in zip(files, articles, strict=True):
        header, _, rest = path.read_text(encoding="utf-8").partition("\n")
        assert article.published.isoformat() == header.split()[1]
        assert article.text == rest
        assert article.title == rest.split("\n", 1)[0].strip()


def test_every_gold_span_indexes_the_text_the_reader_gives(shared):
    import json

    for gold_path in sorted((shared / "gold/dev").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        (article,) = read_paths([str(shared / gold["file"])])
        assert article.published.isoformat() == gold["published"], gold_path.name
        spans = gold["timexes"] + gold["quotes"] + gold["amounts"]
        spans += [mention for actor in gold["actors"] for mention in actor["mentions"]]
        for span in spans:
            assert article.text[span["start"] : span["end"]] == span["text"], gold_path.name

"""Property tests: no input crashes a reader, and every article a reader yields is valid.

The default profile runs a few hundred examples per test; VEILLE_SLOW=1 runs 10,000 each.
"""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.article import Article
from veille.settings import Settings
from veille.sources import ReadFailure, read_source
from veille.validate import record_schema

SMALL = Settings(max_bytes=4096)
ARTICLE_SCHEMA = record_schema()["properties"]["article"]

headers = st.sampled_from(
    ["", "date 2023-10 ", "date 2023-10-17\n", " date 2016\nTitre\n\n", "date 2023-13 ", "date "]
)


def assert_valid(items: list[Article | ReadFailure]) -> None:
    for item in items:
        if isinstance(item, ReadFailure):
            assert str(item.error).startswith("[E1")
            assert "\n" not in str(item)
            continue
        assert item.text.strip()
        jsonschema.validate(item.to_dict(), ARTICLE_SCHEMA)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv"])
@given(data=st.binary(max_size=2048))
def test_arbitrary_bytes_never_crash_a_reader(suffix, data):
    assert_valid(list(read_source(data, "fuzz", suffix, SMALL)))


@given(header=headers, body=st.text(max_size=1024))
def test_arbitrary_text_after_any_header_reads_to_a_valid_article_or_a_failure(header, body):
    items = list(
        read_source((header + body).encode("utf-8", "surrogatepass"), "fuzz", ".txt", SMALL)
    )
    assert len(items) == 1
    assert_valid(items)
    if not isinstance(items[0], ReadFailure):
        assert (header + body).endswith(items[0].text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
rows = st.dictionaries(
    st.sampled_from(["text", "date", "published", "title", "url", "id", "other"]),
    json_values,
    max_size=6,
)


@given(lines=st.lists(rows, min_size=1, max_size=6))
def test_arbitrary_json_objects_read_to_valid_articles_or_failures(lines):
    import json

    data = "\n".join(json.dumps(line) for line in lines).encode()
    items = list(read_source(data, "fuzz.jsonl", ".jsonl", SMALL))
    assert len(items) == len(lines)
    assert_valid(items)


@settings(max_examples=200)
@given(
    data=st.binary(max_size=1024)
    | st.text(max_size=1024).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_arbitrary_bytes_never_crash_the_html_reader(data):
    assert_valid(list(read_source(data, "fuzz.html", ".html", SMALL)))

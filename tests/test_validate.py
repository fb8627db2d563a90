"""The contract check itself must catch what breaks the contract."""

from __future__ import annotations

import copy

import pytest

from veille.validate import problems

TEXT = "Vladimir Poutine a atterri à Pékin ce mardi."
RECORD = {
    "schema": "veille.extraction/1",
    "article": {
        "id": "0123456789abcdef",
        "source": "t.txt",
        "published": "2023-10",
        "lang": "fr",
        "title": None,
        "text": TEXT,
    },
    "actors": [
        {
            "id": "person:vladimir-poutine",
            "name": "Vladimir Poutine",
            "kind": "person",
            "country": "RUS",
            "cameo": "RUSGOV",
            "wikidata": "Q7747",
            "mentions": [{"start": 0, "end": 16, "text": "Vladimir Poutine"}],
        },
        {
            "id": "country:CHN",
            "name": "Chine",
            "kind": "country",
            "country": "CHN",
            "cameo": "CHN",
            "wikidata": None,
            "mentions": [{"start": 29, "end": 34, "text": "Pékin"}],
        },
    ],
    "timexes": [
        {"start": 35, "end": 43, "text": "ce mardi", "type": "DATE", "value": "2023-10-17"}
    ],
    "quotes": [],
    "amounts": [],
    "events": [
        {
            "code": "042",
            "root": "04",
            "quad_class": 1,
            "goldstein": 1.9,
            "plover": "CONSULT",
            "source": "person:vladimir-poutine",
            "target": "country:CHN",
            "location": "country:CHN",
            "date": "2023-10-17",
            "date_from": "text",
            "modality": "asserted",
            "trigger": {"start": 17, "end": 26, "text": "a atterri"},
            "sentence": {"start": 0, "end": 44},
        }
    ],
}


def broken(change) -> dict:
    record = copy.deepcopy(RECORD)
    change(record)
    return record


def test_a_correct_record_has_no_problem():
    assert problems(RECORD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r["actors"][0]["mentions"][0].update(end=15), "text[0:15]"),
        (lambda r: r["timexes"][0].update(start=100, end=108), "outside the text"),
        (lambda r: r["events"][0].update(code=42), "events/0/code"),
        (lambda r: r["events"][0].update(target="country:XXX"), "not an actor of the record"),
        (lambda r: r["actors"].append(copy.deepcopy(r["actors"][0])), "not unique"),
        (lambda r: r["article"].update(published="2023-10-01T00:00"), "article/published"),
        (lambda r: r.pop("quotes"), "'quotes' is a required property"),
        (lambda r: r["events"][0].update(modality="certain"), "events/0/modality"),
    ],
)
def test_each_breach_of_the_contract_is_named(change, expected):
    found = problems(broken(change))
    assert found and any(expected in problem for problem in found), found

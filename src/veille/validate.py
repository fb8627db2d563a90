"""Check a record against the contract: its JSON Schema, then the rules a schema cannot say.

Used by the tests on every record veille emits, and by anyone who consumes records.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema


@cache
def record_schema() -> dict[str, Any]:
    path = resources.files("veille.schema").joinpath("extraction-1.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _spans(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    spans: list[tuple[str, dict[str, Any]]] = []
    for actor in record["actors"]:
        spans += [(f"actor {actor['id']}", mention) for mention in actor["mentions"]]
    for section in ("timexes", "quotes", "amounts"):
        spans += [(section, item) for item in record[section]]
    spans += [("event trigger", event["trigger"]) for event in record["events"]]
    return spans


def problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with a record; empty when it honours the contract."""
    validator = jsonschema.Draft202012Validator(record_schema())
    found = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator.iter_errors(record)
    ]
    if found:
        return found
    text = record["article"]["text"]
    for where, span in _spans(record):
        start, end = span["start"], span["end"]
        if not 0 <= start < end <= len(text):
            found.append(f"{where}: offsets {start}:{end} outside the text ({len(text)} chars)")
        elif text[start:end] != span["text"]:
            found.append(
                f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}"
            )
    for event in record["events"]:
        sentence = event["sentence"]
        if not 0 <= sentence["start"] < sentence["end"] <= len(text):
            found.append(
                f"event sentence: offsets {sentence['start']}:{sentence['end']} outside the text"
            )
    ids = [actor["id"] for actor in record["actors"]]
    if len(ids) != len(set(ids)):
        found.append("actor ids are not unique")
    known = set(ids)
    for quote in record["quotes"]:
        if quote["speaker"] is not None and quote["speaker"] not in known:
            found.append(f"quote speaker {quote['speaker']!r} is not an actor of the record")
    for event in record["events"]:
        for role in ("source", "target", "location"):
            if event[role] is not None and event[role] not in known:
                found.append(f"event {role} {event[role]!r} is not an actor of the record")
    return found

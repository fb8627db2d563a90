"""The validation records of `tests/golden/events_validation.yaml`, one test each.

More records may sit in `tests/golden/events_validation.d/*.yaml` (a `records:` list each, read
with the main file's publication date): several engineers can add records without editing one
file at the same time.

Each record is a short French sentence with the events a careful coder expects (CAMEO code,
source, target, modality, date). Records marked `known_failure` are expected to fail today:
they document what the coder does not yet do, and the test says so when one starts to pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veille.text import fold

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
RECORDS = GOLDEN / "events_validation.yaml"
DATA = yaml.safe_load(RECORDS.read_text(encoding="utf-8"))
for extra in sorted((GOLDEN / "events_validation.d").glob("*.yaml")):
    DATA["records"] += yaml.safe_load(extra.read_text(encoding="utf-8"))["records"]


def _names_match(expected: str | None, actor: dict[str, Any] | None) -> bool:
    if expected is None or actor is None:
        return expected is None and actor is None
    want = fold(expected)
    names = {fold(actor["name"])} | {fold(m["text"]) for m in actor.get("mentions", ())}
    return any(
        want == have or (min(len(want), len(have)) >= 4 and (want in have or have in want))
        for have in names
    )


def _coded(nlp, text: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    doc = nlp.make_doc(text)
    doc._.published = DATA["published"]
    doc = nlp(doc)
    actors = {a["id"]: a for a in doc._.veille_actors or []}
    return doc._.veille_events or [], actors


def _problems(record: dict[str, Any], events: list[dict], actors: dict) -> list[str]:
    problems = []
    for want in record["events"]:
        same_dyad = [
            e
            for e in events
            if e["root"] == want["code"][:2]
            and _names_match(want["source"], actors.get(e["source"]))
            and _names_match(want["target"], actors.get(e["target"]))
        ]
        if not same_dyad:
            problems.append(f"missing {want}")
            continue
        got = next((e for e in same_dyad if e["code"] == want["code"]), same_dyad[0])
        expected = {
            "code": want["code"],
            "modality": want.get("modality", "asserted"),
            "date": want.get("date", DATA["published"]),
        }
        for key, value in expected.items():
            if got[key] != value:
                problems.append(f"{want['code']} {key}: expected {value}, got {got[key]}")
    if record.get("exact"):
        wanted = {(w["code"][:2], w["source"], w["target"]) for w in record["events"]}
        for e in events:
            names = [actors[e[k]]["name"] if e[k] else None for k in ("source", "target")]
            if not any(
                root == e["root"]
                and _names_match(source, actors.get(e["source"]))
                and _names_match(target, actors.get(e["target"]))
                for root, source, target in wanted
            ):
                problems.append(f"spurious {e['code']} {names[0]} -> {names[1]}")
    return problems


def test_records_cover_every_cameo_root_and_are_enough():
    roots = {e["code"][:2] for r in DATA["records"] for e in r["events"]}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(DATA["records"]) >= 150


@pytest.mark.model
@pytest.mark.parametrize("record", DATA["records"], ids=lambda r: r["text"][:60])
def test_event_validation_record(nlp, record):
    events, actors = _coded(nlp, record["text"])
    problems = _problems(record, events, actors)
    if record.get("known_failure"):
        if not problems:
            pytest.fail("a known failure now passes: remove its known_failure mark")
        pytest.xfail("; ".join(problems))
    assert not problems, problems

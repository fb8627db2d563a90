"""`--format brat`: standoff annotations per article (`<id>.txt` + `<id>.ann`) for review.

Actors are entities typed by kind, events are brat events on their trigger with Source and
Target arguments (the actor's mention nearest the trigger); CAMEO codes, TIMEX3 values and
amounts' values go in annotator notes. Spans that cross a line end are split into fragments,
as brat requires.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veille import query
from veille.text import one_line

CONF = """[entities]
person
country
organization
place
group
Timex
Quote
Amount

[relations]
Speaker Arg1:Quote, Arg2:<ENTITY>

[events]
Event Source?:<ENTITY>, Target?:<ENTITY>

[attributes]
"""


def fragments(text: str, start: int, end: int) -> str:
    """`start end` or `s1 e1;s2 e2` around line ends."""
    parts, cursor = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > cursor:
                parts.append(f"{cursor} {i}")
            cursor = i + 1
    if end > cursor:
        parts.append(f"{cursor} {end}")
    return ";".join(parts) or f"{start} {end}"


def _flat(value: str) -> str:
    return one_line(value)


def standoff(record: dict[str, Any]) -> str:
    """One article's `.ann` file: brat's standoff lines for the record's facts."""
    text = record["article"]["text"]
    lines: list[str] = []
    counters = {"T": 0, "E": 0, "R": 0, "#": 0}

    def add(kind: str, body: str) -> str:
        counters[kind] += 1
        key = f"{kind}{counters[kind]}"
        lines.append(f"{key}\t{body}")
        return key

    def span(label: str, start: int, end: int) -> str:
        return add("T", f"{label} {fragments(text, start, end)}\t{_flat(text[start:end])}")

    def note(target: str, value: str) -> None:
        add("#", f"AnnotatorNotes {target}\t{_flat(value)}")

    mentions: dict[str, list[tuple[int, str]]] = {}
    for actor in record["actors"]:
        for m in actor["mentions"]:
            if m["end"] > m["start"]:
                key = span(actor["kind"], m["start"], m["end"])
                mentions.setdefault(actor["id"], []).append((m["start"], key))
                note(key, f"{actor['id']} {actor['name']} cameo={actor['cameo'] or '-'}")
    for t in record["timexes"]:
        if t["end"] > t["start"]:
            note(span("Timex", t["start"], t["end"]), f"{t['type']} {t['value']}")
    for a in record["amounts"]:
        if a["end"] > a["start"]:
            note(span("Amount", a["start"], a["end"]),
                 f"{a['approx']} {a['value']} {a['unit'] or ''} {a['subject'] or ''} "
                 f"{a['date'] or ''}".strip())  # fmt: skip
    for q in record["quotes"]:
        if q["end"] > q["start"]:
            key = span("Quote", q["start"], q["end"])
            if q["speaker"] in mentions:
                speaker = min(mentions[q["speaker"]], key=lambda m: abs(m[0] - q["start"]))[1]
                add("R", f"Speaker Arg1:{key} Arg2:{speaker}")
    for e in record["events"]:
        trigger = e["trigger"]
        if trigger["end"] <= trigger["start"]:
            continue
        key = span("Event", trigger["start"], trigger["end"])
        args = [f"Event:{key}"]
        for role, actor_id in (("Source", e["source"]), ("Target", e["target"])):
            if actor_id in mentions:
                nearest = min(mentions[actor_id], key=lambda m: abs(m[0] - trigger["start"]))
                args.append(f"{role}:{nearest[1]}")
        event_key = add("E", " ".join(args))
        note(event_key, f"CAMEO {e['code']} date={e['date'] or '-'} {e['modality']}")
    return "\n".join(lines) + ("\n" if lines else "")


def write(con, out: Path) -> list[Path]:
    written = [out / "annotation.conf"]
    written[0].write_text(CONF, encoding="utf-8")
    for record in query.records(con):
        stem = out / record["article"]["id"]
        stem.with_suffix(".txt").write_text(record["article"]["text"], encoding="utf-8")
        stem.with_suffix(".ann").write_text(standoff(record), encoding="utf-8")
        written += [stem.with_suffix(".txt"), stem.with_suffix(".ann")]
    return written

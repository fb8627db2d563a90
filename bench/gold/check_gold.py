"""Check the project's Wikinews development gold: format, offsets, CAMEO codes, counts.

Usage: python bench/gold/check_gold.py [bench/gold/wikinews/*.json | bench/gold/heldout/*.json]
Offsets index the article file's content with its first line (the `date` header) removed.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = Path(__file__).resolve().parent / "wikinews"

SECTIONS = ("timexes", "actors", "quotes", "amounts", "events")
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
KINDS = {"person", "country", "organization", "place", "group"}
MODALITIES = {"asserted", "planned", "negated", "possible", "reported"}
APPROX = {"eq", "gt", "lt", "about"}


def cameo_codes() -> set[str]:
    """The CAMEO 1.1b3 codes of the shared reference table."""
    with open(SHARED / "reference" / "cameo_codes.csv", encoding="utf-8") as fh:
        return {row["cameo_code"] for row in csv.DictReader(fh)}


def article_text(relpath: str) -> tuple[str, str]:
    """The published date from the header, and the text the offsets index."""
    raw = (SHARED / relpath).read_text(encoding="utf-8")
    header, text = raw.split("\n", 1)
    return header.split()[1], text


def check_span(text: str, span: dict, where: str, errors: list[str]) -> None:
    s, e = span.get("start"), span.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{where}: bad offsets {s}-{e}")
    elif text[s:e] != span.get("text"):
        errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {span.get('text')!r}")


def check_keys(keys: object, where: str, errors: list[str], nullable: bool) -> None:
    if keys is None and nullable:
        return
    if not (isinstance(keys, list) and keys and all(isinstance(k, str) and k for k in keys)):
        errors.append(f"{where}: keys must be a non-empty list of strings")


def check_file(path: Path, codes: set[str]) -> tuple[list[str], list[str], Counter]:
    errors: list[str] = []
    warnings: list[str] = []
    counts: Counter = Counter()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{path.name}: invalid JSON: {exc}"], warnings, counts
    missing = [k for k in ("file", "published", *SECTIONS) if k not in doc]
    if missing:
        return [f"{path.name}: missing fields {missing}"], warnings, counts
    if Path(doc["file"]).stem != path.stem:
        errors.append(f"{path.name}: file {doc['file']} does not match the name")
    published, text = article_text(doc["file"])
    if doc["published"] != published:
        errors.append(f"{path.name}: published {doc['published']} != header {published}")
    if "text_starts_with" in doc and not text.startswith(doc["text_starts_with"]):
        errors.append(f"{path.name}: text_starts_with does not match")
    name = path.name
    for i, t in enumerate(doc["timexes"]):
        check_span(text, t, f"{name} timex {i}", errors)
        if t.get("type") not in TIMEX_TYPES or not t.get("value"):
            errors.append(f"{name} timex {i}: type/value {t.get('type')}/{t.get('value')}")
    seen_keys: dict[str, int] = {}
    for i, a in enumerate(doc["actors"]):
        check_keys(a.get("keys"), f"{name} actor {i}", errors, nullable=False)
        if a.get("kind") not in KINDS:
            errors.append(f"{name} actor {i}: kind {a.get('kind')}")
        for k in a.get("keys") or []:
            if k in seen_keys and seen_keys[k] != i:
                errors.append(f"{name} actor {i}: key {k!r} also on actor {seen_keys[k]}")
            seen_keys[k] = i
        if not a.get("mentions"):
            warnings.append(f"{name} actor {a['keys'][0]}: no mention")
        for j, m in enumerate(a.get("mentions", [])):
            check_span(text, m, f"{name} actor {i} mention {j}", errors)
        counts["mentions"] += len(a.get("mentions", []))
    for i, q in enumerate(doc["quotes"]):
        check_span(text, q, f"{name} quote {i}", errors)
        check_keys(q.get("speaker_keys"), f"{name} quote {i}", errors, nullable=True)
    for i, m in enumerate(doc["amounts"]):
        check_span(text, m, f"{name} amount {i}", errors)
        if not isinstance(m.get("value"), (int, float)) or not m.get("unit"):
            errors.append(f"{name} amount {i}: value/unit {m.get('value')}/{m.get('unit')}")
        if "approx" in m and m["approx"] not in APPROX:
            errors.append(f"{name} amount {i}: approx {m['approx']}")
    for i, ev in enumerate(doc["events"]):
        where = f"{name} event {i}"
        evcodes = ev.get("codes") or []
        if not evcodes or any(c not in codes or len(c) < 3 for c in evcodes):
            errors.append(f"{where}: codes {evcodes}")
        if sorted(set(ev.get("roots") or [])) != sorted({c[:2] for c in evcodes}):
            errors.append(f"{where}: roots {ev.get('roots')} do not match codes")
        check_keys(ev.get("source_keys"), where + " source", errors, nullable=True)
        check_keys(ev.get("target_keys"), where + " target", errors, nullable=True)
        if ev.get("source_keys") is None and ev.get("target_keys") is None:
            warnings.append(f"{where}: neither source nor target")
        if ev.get("modality") not in MODALITIES or not ev.get("date"):
            errors.append(f"{where}: modality/date {ev.get('modality')}/{ev.get('date')}")
        if not ev.get("trigger_text") or ev["trigger_text"] not in text:
            errors.append(f"{where}: trigger_text {ev.get('trigger_text')!r} not in text")
    for section in SECTIONS:
        counts[section] += len(doc[section])
    return errors, warnings, counts


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or sorted(GOLD.glob("*.json"))
    codes = cameo_codes()
    total: Counter = Counter()
    all_errors: list[str] = []
    for path in paths:
        errors, warnings, counts = check_file(path, codes)
        total.update(counts)
        all_errors += errors
        for w in warnings:
            print("warning:", w)
        print(
            f"{path.stem}: "
            + " ".join(f"{s}={counts[s]}" for s in (*SECTIONS, "mentions"))
            + ("" if not errors else f"  ERRORS={len(errors)}")
        )
    for e in all_errors:
        print("error:", e)
    print(
        f"TOTAL {len(paths)} files: " + " ".join(f"{s}={total[s]}" for s in (*SECTIONS, "mentions"))
    )
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Event dates and modality on many more gold events than `bench/events.py` matches.

`bench/events.py` scores the date and modality of an event only when its root, source and
target all match a gold event (a few dozen events). Dating and modality do not depend on the
arguments, so this bench matches on the trigger alone:

- emitted (default): every gold event whose trigger text the coder also emits an event on
  (a predicted trigger overlapping an occurrence of the gold trigger text), whatever its
  source and target; of several, one of a gold root first.
- `--any`: every gold event whose trigger text is found in the article, dated and qualified
  by calling `dating.event_date` and `modality.modality_of` on the trigger word directly,
  as the coder would if it coded an event there.

    .venv/bin/python bench/event_dates.py --parsed /tmp/evdates   # parse once, then seconds
    .venv/bin/python bench/event_dates.py --any --show-errors
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from spacy.tokens import Doc, Span, Token  # noqa: E402

from events import parsed_docs  # noqa: E402
from scoring import GOLD_SETS, SHARED, load_gold  # noqa: E402
from veille import components  # noqa: E402
from veille.extract.events.arguments import governing_verb, walk_up  # noqa: E402
from veille.extract.events.dating import event_date  # noqa: E402
from veille.extract.events.modality import modality_of  # noqa: E402
from veille.pipeline import Extractor  # noqa: E402

Row = tuple[str, dict[str, Any], str | None, str, str]  # file, gold, date, modality, sentence


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where the gold trigger text occurs (case-insensitively when it does not as written)."""
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not found:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.I)]
    return found


def _sentence_text(doc: Doc, start: int) -> str:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    sentence = span.sent if span is not None else doc[:0]
    return re.sub(r"\s+", " ", sentence.text).strip()


def emitted(doc: Doc, gold: dict[str, Any]) -> dict[str, Any] | None:
    """The predicted event on this gold event's trigger, preferring one of a gold root."""
    predicted = components.records_of(doc, "events")
    on_trigger = [
        e
        for start, end in occurrences(doc.text, gold["trigger_text"])
        for e in predicted
        if e["trigger"]["start"] < end and start < e["trigger"]["end"]
    ]
    same_root = [e for e in on_trigger if e["root"] in gold["roots"]]
    return (same_root or on_trigger or [None])[0]


def _trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if span.root.pos_ in ("NOUN", "VERB"):
        return span.root  # `refus de collaboration`: the refusal; `attentats à la voiture piégée`
    for pos in ("VERB", "NOUN", "AUX", "PROPN", "ADJ"):
        words = [t for t in span if t.pos_ == pos]
        if words:
            return words[0] if pos == "VERB" else words[-1]
    return span.root


def direct(doc: Doc, gold: dict[str, Any]) -> tuple[str | None, str, int] | None:
    """Date and modality the coder's own functions give the gold trigger's word."""
    found = occurrences(doc.text, gold["trigger_text"])
    if not found:
        return None
    start, end = found[0]
    token = _trigger_token(doc, start, end)
    if token is None:
        return None
    sentence: Span = token.sent
    timexes = components.records_of(doc, "timexes")
    clause = token if token.pos_ != "NOUN" else (governing_verb(token) or token)
    chain = list(walk_up(clause))
    if token is not clause:
        chain = [token, *chain]
    nouns = frozenset(t.i for t in sentence if t.pos_ == "NOUN" and t.i == token.i)
    date, _ = event_date(clause, sentence, timexes, doc._.published, token, nouns)
    modality = modality_of(token, chain, sentence)
    published = doc._.published
    if modality == "asserted" and date and published and date[:4].isdigit():
        n = min(len(date), len(published), 10)
        if date[:n] > published[:n]:
            modality = "planned"
    return date, modality, start


def rows(docs: list[Doc], files: list[Path], any_trigger: bool) -> tuple[list[Row], int]:
    result: list[Row] = []
    total = 0
    for doc, path in zip(docs, files, strict=True):
        for gold in load_gold(path)["events"]:
            total += 1
            if any_trigger:
                got = direct(doc, gold)
                if got is None:
                    continue
                date, modality, start = got
            else:
                event = emitted(doc, gold)
                if event is None:
                    continue
                date, modality = event["date"], event["modality"]
                start = event["trigger"]["start"]
            result.append((path.stem, gold, date, modality, _sentence_text(doc, start)))
    return result, total


def report(name: str, found: list[Row], total: int, errors: bool) -> tuple[int, int, int]:
    dates = sum(gold["date"] == date for _, gold, date, _, _ in found)
    modalities = sum(gold["modality"] == modality for _, gold, _, modality, _ in found)
    n = len(found) or 1
    print(
        f"{name:10} {len(found):4d}/{total:<4d} date {dates / n:.2f} ({dates})"
        f"  modality {modalities / n:.2f} ({modalities})"
    )
    if errors:
        for file, gold, date, modality, sentence in found:
            wrong = [
                f"{key} {got} != {gold[key]}"
                for key, got in (("date", date), ("modality", modality))
                if got != gold[key]
            ]
            if wrong:
                print(
                    f"  ~ {file} {gold['trigger_text']!r}: {'; '.join(wrong)}\n      | {sentence}"
                )
    return len(found), dates, modalities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--any", action="store_true", help="every gold trigger found in the text")
    parser.add_argument("--show-errors", action="store_true", help="list wrong dates/modalities")
    parser.add_argument("--parsed", type=Path, help="folder to keep parsed Docs in between runs")
    parser.add_argument("--only", help="run one gold set: seed, dev or wikinews")
    args = parser.parse_args()
    extractor = Extractor()
    totals = [0, 0, 0]
    mode = "any gold trigger" if args.any else "gold triggers the coder emits"
    print(f"{mode}: events found/gold, date and modality accuracy")
    for name, files in GOLD_SETS.items():
        if not files or (args.only and args.only != name):
            continue
        golds = [load_gold(f) for f in files]
        cache = args.parsed / f"{name}.spacy" if args.parsed else None
        docs = parsed_docs(extractor, golds, SHARED, cache)
        found, total = rows(docs, files, args.any)
        for i, value in enumerate(report(name, found, total, args.show_errors)):
            totals[i] += value
    n = totals[0] or 1
    print(f"{'all':10} {totals[0]:4d}      date {totals[1] / n:.2f}  modality {totals[2] / n:.2f}")


if __name__ == "__main__":
    main()

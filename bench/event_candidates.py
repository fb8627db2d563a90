"""Why gold events are missed: for each one no prediction matches, the coder's candidates in
its sentence before emission (the trigger's frame and the sides found), marked by what is
right (root, source, target), and a count of missed events by their best candidate.

    .venv/bin/python bench/event_candidates.py --parsed /tmp/parsed    # uses bench/events.py's
                                                                      # parse cache when there
    .venv/bin/python bench/event_candidates.py --only dev --summary
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from events import match, parsed_docs  # noqa: E402
from scoring import GOLD_SETS, names  # noqa: E402
from veille import components  # noqa: E402
from veille.extract import events as coder  # noqa: E402
from veille.extract.events.actors import ActorIndex  # noqa: E402
from veille.extract.events.arguments import Resolver  # noqa: E402
from veille.extract.events.lexicon import lexicon  # noqa: E402
from veille.pipeline import Extractor  # noqa: E402


def _side(found: list[str], keys: list[str] | None, actors: dict) -> str:
    if not keys and not found:
        return "ok"
    if any(names(actors.get(a), keys) for a in found):
        return "ok"
    return "none" if not found else "X"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parsed", type=Path, help="bench/events.py's parse cache folder")
    parser.add_argument("--only", help="one gold set: seed, dev or wikinews")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args()
    extractor = Extractor()
    best: Counter[str] = Counter()
    for name, files in GOLD_SETS.items():
        if args.only and args.only != name:
            continue
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
        cache = args.parsed / f"{name}.spacy" if args.parsed else None
        for doc, gold, path in zip(
            parsed_docs(extractor, golds, ROOT.parent / "shared", cache), golds, files, strict=True
        ):
            actors = {a["id"]: a for a in components.records_of(doc, "actors")}
            predicted = components.records_of(doc, "events")
            hit = {g for _, g in match(predicted, gold["events"], actors, strict=False)}
            index = ActorIndex(components.records_of(doc, "actors"), doc)
            resolver = Resolver(index, components.records_of(doc, "quotes"))
            entries = coder._Entries(lexicon(), doc)
            coded = [
                (s, c)
                for s in doc.sents
                for c in coder._code_sentence(s, lexicon(), index, resolver, entries)
            ]
            for g, want in enumerate(gold["events"]):
                if g in hit:
                    continue
                needle = want["trigger_text"]
                here = [c for s, c in coded if needle and needle in s.text]
                source = (want["source_keys"] or ["-"])[0]
                target = (want["target_keys"] or ["-"])[0]
                told = f"{'/'.join(want['codes'])} {source} -> {target} {needle!r}"
                marks = []
                for c in here:
                    root = "ok" if c.frame.code[:2] in want["roots"] else "X"
                    mark = (
                        f"root={root} src={_side(c.sources, want['source_keys'], actors)}"
                        f" tgt={_side(c.targets, want['target_keys'], actors)}"
                    )
                    marks.append(mark)
                    if not args.summary:
                        print(
                            f"[{name}:{path.stem}] {mark} gold {told} | candidate"
                            f" {c.frame.code} {c.sources} -> {c.targets} {c.trigger.text!r}"
                        )
                if not here and not args.summary:
                    print(f"[{name}:{path.stem}] no-candidate gold {told}")
                best[max(marks, key=lambda m: m.count("ok")) if marks else "no-candidate"] += 1
    print("missed events by their best candidate in the sentence:")
    for mark, n in best.most_common():
        print(f"  {n:4d} {mark}")


if __name__ == "__main__":
    main()

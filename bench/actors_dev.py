"""Actor linking on the Wikinews dev gold (`../shared/gold/dev/*.json`) and the project's own
Wikinews gold (`bench/gold/wikinews/*.json`).

A gold mention is linked when the extractor has a mention with the same span (a leading
determiner ignored) whose actor matches one of the gold actor's keys (ISO3, CAMEO code or
folded name). An actor is found when any of its mentions is linked.

    .venv/bin/python bench/actors_dev.py [--misses] [--linker-only]

`--linker-only` leaves the descriptive actors (`agents.py`, `relatives.py`) out: the linker's
own figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from veille.components import PIPELINE_ORDER, records_of
from veille.pipeline import Extractor
from veille.text import fold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import GOLD_SETS, article_of, bare


def keys_of(actor: dict[str, Any]) -> set[str]:
    keys = {fold(actor["name"]), actor["id"].split(":", 1)[1]}
    keys |= {actor[k] for k in ("cameo", "wikidata") if actor.get(k)}
    if actor["kind"] in ("country", "group") or actor["id"].startswith("government:"):
        keys.add(actor["country"])
    return {k for k in keys if k}


MISSES: list[str] = []


def score(gold: dict[str, Any], actors: list[dict[str, Any]]) -> tuple[int, int, int, int, int]:
    spans = {}
    for actor in actors:
        for m in actor["mentions"]:
            spans[(m["start"], bare(m["text"]))] = actor
    predicted = sum(len(a["mentions"]) for a in actors)
    linked = mentions = found = 0
    for expected in gold["actors"]:
        wanted = {k if k.isupper() else fold(k) for k in expected["keys"]}
        hit = False
        for m in expected["mentions"]:
            mentions += 1
            candidates = [
                a
                for (s, t), a in spans.items()
                if t == bare(m["text"]) and abs(s - m["start"]) <= 4
            ]
            if any(keys_of(a) & wanted for a in candidates):
                linked += 1
                hit = True
            else:
                got = ",".join(a["id"] for a in candidates) or "-"
                MISSES.append(f"{m['text']!r:40} want {sorted(wanted)[:3]} got {got}")
        found += hit
    return linked, mentions, predicted, found, len(gold["actors"])


def main() -> None:
    if "--linker-only" in sys.argv:
        import veille.extract.actors as actors

        actors.find_agents = lambda doc, linked: linked  # type: ignore[assignment]
        actors.find_relatives = lambda doc, found: found  # type: ignore[assignment]
    extractor = Extractor()
    totals = [0, 0, 0, 0, 0]
    files = GOLD_SETS["dev"] + GOLD_SETS["wikinews"]
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    articles = [(gold, article_of(gold)) for gold in golds]
    # Only the model and the components the linker reads run: later ones are not measured.
    later = [n for n in PIPELINE_ORDER[PIPELINE_ORDER.index("veille_actors") + 1 :]]
    with extractor.nlp.select_pipes(disable=later):
        for (gold, _), (doc, _) in zip(
            articles,
            extractor.nlp.pipe(extractor._docs(a for _, a in articles), as_tuples=True),
            strict=True,
        ):
            for i, value in enumerate(score(gold, records_of(doc, "actors"))):
                totals[i] += value
    linked, mentions, predicted, found, actors = totals
    p, r = linked / predicted, linked / mentions
    print(f"dev gold: {len(files)} articles, {actors} actors, {mentions} mentions")
    print(f"mentions linked: P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    print(f"actors found (any mention linked): {found}/{actors} = {found / actors:.3f}")
    if "--misses" in sys.argv:
        print("\n".join(MISSES))


if __name__ == "__main__":
    main()

"""Event coding accuracy against the gold files: lenient and strict P/R/F1, date, modality.

Lenient: a predicted event matches a gold event when its CAMEO root is one of the gold roots
and its source and target match the gold keys (both absent counts as a match). Strict: the full
code must be one of the gold codes. Date and modality accuracy are measured on lenient matches.

    .venv/bin/python bench/events.py            # seed + shared dev gold + bench/gold/wikinews
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from veille.pipeline import Extractor  # noqa: E402
from veille.text import fold  # noqa: E402


def article_text(gold: dict[str, Any], base: Path) -> str:
    raw = (base / gold["file"]).read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    header = f"date {gold['published']}"
    if first.strip() != header and first.startswith(header):
        return raw[len(header) + 1 :]
    return rest


def actor_keys(actor: dict[str, Any] | None) -> set[str]:
    if actor is None:
        return set()
    keys = {fold(actor["name"]), actor["id"].split(":", 1)[-1]}
    keys |= {fold(m["text"]) for m in actor.get("mentions", ())}
    keys |= {actor[k] for k in ("country", "cameo") if actor.get(k)}
    return keys


def side_matches(actor: dict[str, Any] | None, gold_keys: list[str] | None) -> bool:
    if not gold_keys:
        return actor is None
    return bool(actor_keys(actor) & set(gold_keys))


def score(pairs: list[tuple[list[dict], list[dict], dict]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for predicted, gold, actors in pairs:
        counts["pred"] += len(predicted)
        counts["gold"] += len(gold)
        for strict in (False, True):
            free = list(range(len(gold)))
            for event in predicted:
                src, tgt = actors.get(event["source"]), actors.get(event["target"])
                for i in free:
                    g = gold[i]
                    ok = (event["code"] in g["codes"]) if strict else (event["root"] in g["roots"])
                    if (
                        ok
                        and side_matches(src, g["source_keys"])
                        and side_matches(tgt, g["target_keys"])
                    ):
                        free.remove(i)
                        counts["strict" if strict else "lenient"] += 1
                        if not strict:
                            counts["date"] += event["date"] == g["date"]
                            counts["modality"] += event["modality"] == g["modality"]
                        break
    result: dict[str, float] = {"pred": counts["pred"], "gold": counts["gold"]}
    for name in ("lenient", "strict"):
        p = counts[name] / counts["pred"] if counts["pred"] else 0.0
        r = counts[name] / counts["gold"] if counts["gold"] else 0.0
        result[f"{name}_p"], result[f"{name}_r"] = p, r
        result[f"{name}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    matched = counts["lenient"]
    result["date_acc"] = counts["date"] / matched if matched else 0.0
    result["modality_acc"] = counts["modality"] / matched if matched else 0.0
    result["matched"] = matched
    return result


def run(extractor: Extractor, files: list[Path], base: Path) -> dict[str, float]:
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    docs = []
    for gold in golds:
        doc = extractor.nlp.make_doc(article_text(gold, base))
        doc._.published = gold["published"]
        docs.append(doc)
    pairs = []
    for doc, gold in zip(extractor.nlp.pipe(docs), golds, strict=True):
        actors = {a["id"]: a for a in doc._.veille_actors or []}
        pairs.append((doc._.veille_events or [], gold["events"], actors))
    return score(pairs)


def main() -> None:
    extractor = Extractor()
    sets = {
        "seed": ([SHARED / "gold" / "seed.json"], SHARED),
        "shared dev": (sorted((SHARED / "gold" / "dev").glob("*.json")), SHARED),
        "wikinews (bench/gold)": (
            sorted((ROOT / "bench" / "gold" / "wikinews").glob("*.json")),
            SHARED,
        ),
    }
    print(f"{'gold':24} {'pred':>5} {'gold':>5}  lenient P/R/F1     strict P/R/F1      date  modal")
    for name, (files, base) in sets.items():
        if not files:
            continue
        r = score_line = run(extractor, files, base)
        score_line = (
            f"{name:24} {r['pred']:5.0f} {r['gold']:5.0f}  "
            f"{r['lenient_p']:.2f}/{r['lenient_r']:.2f}/{r['lenient_f1']:.2f}   "
            f"{r['strict_p']:.2f}/{r['strict_r']:.2f}/{r['strict_f1']:.2f}   "
            f"{r['date_acc']:.2f}  {r['modality_acc']:.2f}"
        )
        print(score_line)


if __name__ == "__main__":
    main()

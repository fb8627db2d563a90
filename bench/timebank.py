"""Score veille's timexes on the French TimeBank and the Wikinews golds, TempEval-3 style.

    .venv/bin/python bench/timebank.py [--show-errors] [--only timebank|dev|wikinews|seed]

Sets: the French TimeBank (108 documents), the shared dev gold (`../shared/gold/dev/`), the
project's own Wikinews gold (`bench/gold/wikinews/`) and the seed article.

strict = exact span; relaxed = overlapping spans (each gold and system timex matched once);
value / type F1 = (share of relaxed matches with the right attribute) x relaxed F1.
HeidelTime's published French TimeBank figures are printed beside veille's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HEIDELTIME = {"strict": 0.860, "relaxed": 0.910, "value": 0.736, "type": 0.827}
TARGET = {"strict": 0.92, "relaxed": 0.96, "value": 0.88, "type": None}
# name -> (label, the gold files)
SETS = {
    "timebank": (
        "French TimeBank",
        lambda: sorted((SHARED / "eval/french-timebank/gold").glob("*.json")),
    ),
    "dev": ("dev gold (shared)", lambda: sorted((SHARED / "gold/dev").glob("*.json"))),
    "wikinews": (
        "Wikinews gold (bench)",
        lambda: sorted((ROOT / "bench/gold/wikinews").glob("*.json")),
    ),
    "seed": ("seed article", lambda: [SHARED / "gold/seed.json"]),
}


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def f1(self, hits: int) -> float:
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def scores(self) -> dict[str, float]:
        relaxed = self.f1(self.relaxed)

        def share(hits: int) -> float:
            return hits / self.relaxed if self.relaxed else 0.0

        return {
            "strict": self.f1(self.strict),
            "relaxed": relaxed,
            "value": share(self.value) * relaxed,
            "type": share(self.type) * relaxed,
        }


def score(gold: list[dict], system: list[dict], tally: Tally, errors: list[str], text: str) -> None:
    tally.gold += len(gold)
    tally.system += len(system)
    used: set[int] = set()
    for g in gold:
        best = None
        for i, s in enumerate(system):
            if i in used or s["end"] <= g["start"] or s["start"] >= g["end"]:
                continue
            exact = s["start"] == g["start"] and s["end"] == g["end"]
            if best is None or exact:
                best = i
                if exact:
                    break
        if best is None:
            errors.append(f"MISS  {g['text']!r} {g['type']} {g['value']}  …{context(text, g)}…")
            continue
        used.add(best)
        s = system[best]
        tally.relaxed += 1
        tally.strict += s["start"] == g["start"] and s["end"] == g["end"]
        tally.value += s["value"] == g["value"]
        tally.type += s["type"] == g["type"]
        if (s["start"], s["end"], s["value"], s["type"]) != (
            g["start"],
            g["end"],
            g["value"],
            g["type"],
        ):
            errors.append(
                f"DIFF  {g['text']!r} {g['type']} {g['value']}  got {s['text']!r} {s['type']} "
                f"{s['value']}  …{context(text, g)}…"
            )
    for i, s in enumerate(system):
        if i not in used:
            errors.append(f"EXTRA {s['text']!r} {s['type']} {s['value']}  …{context(text, s)}…")


def context(text: str, item: dict) -> str:
    return text[max(0, item["start"] - 40) : item["end"] + 25].replace("\n", " ")


def body_of(path: Path) -> tuple[str, str | None]:
    """The text after the `date ...` header line, and the header's date."""
    raw = path.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n")
    published = header.split()[1] if header.startswith("date ") else None
    return body, published


def run(gold_files: list[Path], nlp, show: bool, label: str) -> dict[str, float]:
    from veille.extract.timex import find_timexes

    tally = Tally()
    errors: list[str] = []
    started = time.perf_counter()
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text, published = body_of(SHARED / gold["file"])
        opening = gold.get("text_starts_with")
        if opening and not text.startswith(opening):  # a header the line split misses
            raw = (SHARED / gold["file"]).read_text(encoding="utf-8")
            text = raw[raw.index(opening) :]
        doc = nlp(text)
        system = [t.__dict__ for t in find_timexes(doc, gold.get("published") or published)]
        file_errors: list[str] = []
        score(gold["timexes"], system, tally, file_errors, text)
        errors.extend(f"{gold_file.stem}: {e}" for e in file_errors)
    if show:
        print("\n".join(errors), file=sys.stderr)
    scores = tally.scores()
    print(
        f"\n{label}: {len(gold_files)} documents, {tally.gold} gold, {tally.system} found, "
        f"{time.perf_counter() - started:.1f} s"
    )
    return scores


def table(rows: dict[str, dict[str, float]]) -> None:
    names = ["strict", "relaxed", "value", "type"]
    print(f"\n{'':28}" + "".join(f"{n:>9}" for n in names))
    for label, scores in rows.items():
        cells = "".join(
            f"{scores[n]:>9.3f}" if scores.get(n) is not None else f"{'-':>9}" for n in names
        )
        print(f"{label:28}{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-errors", action="store_true", help="list misses and extras")
    parser.add_argument("--only", choices=list(SETS), help="score one set only")
    args = parser.parse_args()

    import spacy

    nlp = spacy.load("fr_core_news_md")
    rows: dict[str, dict[str, float]] = {}
    for name, (label, files) in SETS.items():
        if args.only in (None, name):
            rows[f"veille, {label}"] = run(files(), nlp, args.show_errors, label)
    rows["HeidelTime, French TimeBank"] = HEIDELTIME
    rows["target, French TimeBank"] = TARGET  # type: ignore[dict-item]
    table(rows)


if __name__ == "__main__":
    main()

"""How many events the coder finds per 1,000 characters, on gold articles and on articles no
one annotated, next to how many a careful coder finds in the golds.

    .venv/bin/python bench/event_density.py [--articles 80] [--seed 8]

Why: the golds were read while rules were written, so their F1 says how well the coder fits
them. On articles nobody annotated there is no F1, but the density of what it codes still
tells whether it reads them as thoroughly: a coder fitted to its golds codes far fewer events
per character on new text than on them. Printed per set: articles, characters, events per
1,000 characters, and the share of each CAMEO root and modality. The unannotated sample is
drawn (fixed seed) from the corpus politics list and from the other articles, leaving out
every gold and held-out file.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from scoring import GOLD_SETS, HELDOUT, SHARED, article_of, load_gold  # noqa: E402
from veille.article import Article  # noqa: E402
from veille.pipeline import Extractor  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.sources.text import parse_text  # noqa: E402

CORPUS = SHARED / "corpus"
POLITICS = CORPUS / "wikinews-fr.politics.list"


def annotated_files() -> set[str]:
    """The corpus files some gold or held-out file annotates (`file` relative to shared/)."""
    paths = [p for files in GOLD_SETS.values() for p in files] + HELDOUT
    return {load_gold(path)["file"] for path in paths}


def unannotated(politics: bool, count: int, seed: int) -> list[Article]:
    """A fixed random sample of corpus articles on (or off) the politics list, none annotated."""
    listed = {line.strip() for line in POLITICS.read_text(encoding="utf-8").split() if line}
    skip = annotated_files()
    files = sorted(
        f"corpus/wikinews-fr/{path.name}"
        for path in (CORPUS / "wikinews-fr").glob("*.txt")
        if (f"wikinews-fr/{path.name}" in listed) == politics
        and f"corpus/wikinews-fr/{path.name}" not in skip
    )
    random.Random(seed).shuffle(files)
    return [parse_text((SHARED / f).read_text(encoding="utf-8"), f) for f in files[:count]]


def density_line(name: str, texts: list[str], events: list[dict]) -> str:
    chars = sum(len(text) for text in texts)
    roots = Counter(event["root"] for event in events)
    modality = Counter(event["modality"] for event in events)
    top = " ".join(f"{root}:{n / len(events):.0%}" for root, n in roots.most_common(6))
    modal = " ".join(f"{m}:{n / len(events):.0%}" for m, n in modality.most_common())
    per_k = 1000 * len(events) / chars if chars else 0.0
    return (
        f"{name:<26}{len(texts):>5}{chars:>9}{len(events):>7}{per_k:>8.2f}   {top}\n{'':<47}{modal}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=80, help="per unannotated sample")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    extractor = Extractor(Settings())
    golds = [load_gold(path) for name in ("dev", "wikinews") for path in GOLD_SETS[name]]
    gold_articles = [article_of(gold) for gold in golds]
    samples = {
        "gold articles (coder)": gold_articles,
        "unannotated politics": unannotated(True, args.articles, args.seed),
        "unannotated other": unannotated(False, args.articles, args.seed),
    }
    print(f"{'set':<26}{'art.':>5}{'chars':>9}{'events':>7}{'per 1k':>8}   roots (share)")
    gold_events = [event for gold in golds for event in gold["events"]]
    gold_view = [{"root": e["roots"][0], "modality": e["modality"]} for e in gold_events]
    print(density_line("gold articles (careful)", [a.text for a in gold_articles], gold_view))
    for name, articles in samples.items():
        events = [
            event
            for result in extractor.run(articles)
            for event in result.to_dict()["events"]  # type: ignore[union-attr]
        ]
        print(density_line(name, [a.text for a in articles], events))


if __name__ == "__main__":
    main()

"""Time each veille component against the spaCy model it runs after, on the same articles.

    python bench/components.py [--articles 200] [--model md]

`bench/throughput.py` gives the end-to-end ratio (which must stay <= 1.25); this script says
which component spends the budget. Each component runs over Docs the model has already
parsed, in pipeline order, so later components see earlier sections as in a real run.
Times are this process's processor time, which other work on a shared machine moves less.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from veille.pipeline import Extractor
from veille.settings import Settings
from veille.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="md", choices=["md", "sm"])
    args = parser.parse_args()

    extractor = Extractor(Settings(model=args.model))
    nlp = extractor.nlp
    paths = [str(path) for path in sorted(CORPUS.glob("*.txt"))[: args.articles]]
    articles = list(read_paths(paths))
    veille = [name for name in nlp.pipe_names if name.startswith("veille_")]

    # Warm up as the extract command does (data loaded, long-lived objects frozen), then time
    # the model twice and keep the faster: its first pass over a corpus also grows its
    # buffers, and an inflated base made the components look half as costly as they are.
    extractor.settle()
    base = float("inf")
    for _ in range(2):
        started = time.process_time()
        with nlp.select_pipes(disable=veille):
            docs = list(nlp.pipe(article.text for article in articles))  # type: ignore[union-attr]
        base = min(base, time.process_time() - started)
    for doc, article in zip(docs, articles, strict=True):
        doc._.published = article.published.isoformat() if article.published else None  # type: ignore[union-attr]

    print(f"{'spaCy model':<18}{base:8.2f} s")
    total = 0.0
    for name in veille:
        component = nlp.get_pipe(name)
        started = time.process_time()
        for doc in docs:
            component(doc)
        spent = time.process_time() - started
        total += spent
        print(f"{name:<18}{spent:8.2f} s  {100 * spent / base:5.1f} % of the model")
    print(f"{'all veille':<18}{total:8.2f} s  {100 * total / base:5.1f} % (budget: 25 % in all)")


if __name__ == "__main__":
    main()

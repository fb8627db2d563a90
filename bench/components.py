"""Time each veille component against the spaCy model it runs after, on the same articles,
and the glue around them (reading files, the hyphen component, building and serialising the
records).

    python bench/components.py [--articles 200] [--model md] [--corpus DIR]

`bench/throughput.py` gives the end-to-end ratio (which must stay <= 1.25); this script says
which part spends the budget. Each component runs over Docs the model has already parsed, in
pipeline order, so later components see earlier sections as in a real run. Times are this
process's processor time, which other work on a shared machine moves less; each glue step
keeps the best of three runs.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from veille import hyphens
from veille.article import Article
from veille.extract.layout import keep_text
from veille.pipeline import Extractor, assemble
from veille.settings import Settings
from veille.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr"


def cpu_time(step: Callable[[], Any], repeat: int = 1) -> float:
    """The best processor time of `repeat` runs of `step`."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        step()
        best = min(best, time.process_time() - started)
    return best


def parse(nlp: Language, articles: list[Article]) -> tuple[list[Doc], float]:
    """The model's Docs, without veille's components, and the model's time.

    Timed twice, the faster kept: the model's first pass over a corpus also grows its
    buffers, and an inflated base made the components look half as costly as they are.
    """
    veille = [name for name in nlp.pipe_names if name.startswith("veille_")]
    docs: list[Doc] = []

    def run() -> None:
        with nlp.select_pipes(disable=veille):
            docs[:] = nlp.pipe(article.text for article in articles)

    base = cpu_time(run, repeat=2)
    for doc, article in zip(docs, articles, strict=True):
        doc._.published = article.published.isoformat() if article.published else None
    return docs, base


def hyphen_time(nlp: Language, articles: list[Article]) -> float:
    """The hyphen component, best of three, on fresh tokenised Docs (it writes sentence
    starts, and sits before the parser, so the model's time above includes it). As in the
    pipeline, each Doc first keeps its article's text (`keep_text`, timed with it), which
    the component and the extractors read instead of joining the tokens."""
    glue = nlp.get_pipe(hyphens.NAME)
    best = float("inf")
    for _ in range(3):
        pairs = [(nlp.make_doc(article.text), article.text) for article in articles]

        def step(pairs: list[tuple[Doc, str]] = pairs) -> None:
            for doc, text in pairs:
                keep_text(doc, text)
                glue(doc)

        best = min(best, cpu_time(step))
    return best


def glue_times(
    extractor: Extractor, paths: list[str], articles: list[Article], docs: list[Doc]
) -> dict[str, float]:
    """What veille spends outside its extractors: reading the files, the hyphen component,
    building the records and serialising them (on Docs the components have filled)."""
    times = {"reading files": cpu_time(lambda: list(read_paths(paths)), repeat=3)}
    if hyphens.NAME in extractor.nlp.pipe_names:
        times[hyphens.NAME] = hyphen_time(extractor.nlp, articles)
    pairs = list(zip(docs, articles, strict=True))
    times["records"] = cpu_time(lambda: [assemble(d, a, extractor.info) for d, a in pairs], 3)
    results = [assemble(doc, article, extractor.info) for doc, article in pairs]
    times["JSON"] = cpu_time(
        lambda: [json.dumps(result.to_dict(), ensure_ascii=False) for result in results], 3
    )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="md", choices=["md", "sm"])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    extractor = Extractor(Settings(model=args.model))
    nlp = extractor.nlp
    paths = [str(path) for path in sorted(args.corpus.glob("*.txt"))[: args.articles]]
    articles = [item for item in read_paths(paths) if isinstance(item, Article)]
    extractor.settle()  # as the extract command does: data loaded, long-lived objects frozen
    docs, base = parse(nlp, articles)

    print(f"{'spaCy model':<20}{base:8.2f} s  ({len(docs)} articles)")
    total = 0.0
    for name in [name for name in nlp.pipe_names if name.startswith("veille_")]:
        component = nlp.get_pipe(name)
        spent = cpu_time(lambda component=component: [component(doc) for doc in docs])
        total += spent
        print(f"{name:<20}{spent:8.2f} s  {100 * spent / base:5.1f} % of the model")
    for name, spent in glue_times(extractor, paths, articles, docs).items():
        total += spent
        print(f"{name:<20}{spent:8.2f} s  {100 * spent / base:5.1f} % of the model")
    print(f"{'all veille':<20}{total:8.2f} s  {100 * total / base:5.1f} % (budget: 25 % in all)")


if __name__ == "__main__":
    main()

"""Throughput of `veille extract` against a bare `nlp.pipe` of the same model, in one run.

    python bench/throughput.py [--articles 200] [--model md] [--repeat 2]

Both sides process the same Wikinews texts; veille's side also reads the files and builds
and serialises the records, as the `extract` command does. Each side runs `--repeat` times,
alternating, and the best time of each is kept (the machine may be busy). The ratio is what
every extractor must keep at or below 1.25.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import NamedTuple

import spacy

from veille.pipeline import Extractor
from veille.settings import Settings
from veille.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]


class Timing(NamedTuple):
    wall: float  # what the ratio is judged on
    cpu: float  # this process's processor time: less moved by other work on a shared machine


CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr"


def time_bare(nlp: spacy.language.Language, texts: list[str], batch_size: int) -> Timing:
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return Timing(time.perf_counter() - started, time.process_time() - cpu)


def time_veille(extractor: Extractor, paths: list[str]) -> Timing:
    started, cpu = time.perf_counter(), time.process_time()
    for result in extractor.run(read_paths(paths, extractor.settings)):  # type: ignore[arg-type]
        json.dumps(result.to_dict(), ensure_ascii=False)  # type: ignore[union-attr]
    return Timing(time.perf_counter() - started, time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="md", choices=["md", "sm"])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    paths = [str(path) for path in sorted(args.corpus.glob("*.txt"))[: args.articles]]
    settings = Settings(model=args.model)
    extractor = Extractor(settings)
    extractor.settle()  # as the extract command does
    texts = [article.text for article in read_paths(paths, settings)]  # type: ignore[union-attr]
    bare = spacy.load(settings.model_package)
    words = sum(len(text.split()) for text in texts)

    # Warm both up (first calls allocate), then alternate.
    time_bare(bare, texts[:5], settings.batch_size)
    time_veille(extractor, paths[:5])
    bare_times: list[Timing] = []
    veille_times: list[Timing] = []
    for _ in range(args.repeat):
        bare_times.append(time_bare(bare, texts, settings.batch_size))
        veille_times.append(time_veille(extractor, paths))
    best_bare = min(t.wall for t in bare_times)
    best_veille = min(t.wall for t in veille_times)
    cpu_ratio = min(t.cpu for t in veille_times) / min(t.cpu for t in bare_times)

    print(f"articles: {len(texts)}  words: {words:,}  model: {settings.model_package}")
    print(f"components: {', '.join(extractor.info['components'])}")
    print(f"bare nlp.pipe   {best_bare:7.2f} s  {words / best_bare:8.0f} words/s")
    print(f"veille extract  {best_veille:7.2f} s  {words / best_veille:8.0f} words/s")
    runs = "  ".join(
        f"{b.wall:.2f}/{v.wall:.2f}" for b, v in zip(bare_times, veille_times, strict=True)
    )
    print(f"runs (bare/veille, s): {runs}")
    print(f"cpu-time ratio  {cpu_ratio:7.3f}  (best processor times)")
    print(f"ratio           {best_veille / best_bare:7.3f}  (must stay <= 1.25)")


if __name__ == "__main__":
    main()

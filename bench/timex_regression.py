"""Check that a change to the timex extractor leaves its output unchanged, and time it.

    .venv/bin/python bench/timex_regression.py save /tmp/timex_before.json
    .venv/bin/python bench/timex_regression.py check /tmp/timex_before.json

The fixed set: the 108 French TimeBank documents, the shared dev gold's 30 articles, the
seed and the first 300 Wikinews articles. The articles are parsed once by the model (without
veille's components) and kept as a DocBin under /tmp, so later runs only time
`extract_timexes`. `save` writes every timex of every article; `check` compares with such
a file and prints the first differences. Both print the time `extract_timexes` took.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from veille.extract.timex import extract_timexes
from veille.pipeline import Extractor
from veille.settings import Settings
from veille.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = Path("/tmp/veille_timex_regression.spacy")


def fixed_set() -> list[Path]:
    paths = sorted((SHARED / "eval/french-timebank/plain").glob("*.txt"))
    for gold in sorted((SHARED / "gold/dev").glob("*.json")):
        paths.append(SHARED / json.loads(gold.read_text(encoding="utf-8"))["file"])
    paths.append(SHARED / json.loads((SHARED / "gold/seed.json").read_text())["file"])
    paths.extend(sorted((SHARED / "corpus/wikinews-fr").glob("*.txt"))[:300])
    return paths


def parsed_docs(model: str) -> tuple[list[str], list]:  # type: ignore[type-arg]
    """The fixed set's names and parsed Docs (published date set), from the cache if any."""
    extractor = Extractor(Settings(model=model))
    nlp = extractor.nlp
    paths = fixed_set()
    names = [str(path.relative_to(SHARED)) for path in paths]
    if CACHE.exists():
        docs = list(DocBin().from_disk(CACHE).get_docs(nlp.vocab))
        published = json.loads(CACHE.with_suffix(".json").read_text())
    else:
        articles = list(read_paths([str(path) for path in paths]))
        veille = [name for name in nlp.pipe_names if name.startswith("veille_")]
        with nlp.select_pipes(disable=veille):
            docs = list(nlp.pipe(article.text for article in articles))  # type: ignore[union-attr]
        published = [a.published.isoformat() if a.published else None for a in articles]  # type: ignore[union-attr]
        DocBin(store_user_data=False, docs=docs).to_disk(CACHE)
        CACHE.with_suffix(".json").write_text(json.dumps(published))
    for doc, date in zip(docs, published, strict=True):
        doc._.published = date
    return names, docs


def run(docs: list, rounds: int) -> tuple[list[list[dict]], float]:  # type: ignore[type-arg]
    extract_timexes(docs[0])  # load the lexicon
    best = float("inf")
    for _ in range(rounds):
        for doc in docs:
            doc.user_data.pop("veille.layout", None)  # as in a real run: no layout yet
        started = time.perf_counter()
        output = [[t.__dict__ for t in extract_timexes(doc)] for doc in docs]
        best = min(best, time.perf_counter() - started)
    return output, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--model", default="md", choices=["md", "sm"])
    parser.add_argument("--rounds", type=int, default=3, help="timing: the best of N runs")
    args = parser.parse_args()

    names, docs = parsed_docs(args.model)
    output, spent = run(docs, args.rounds)
    found = dict(zip(names, output, strict=True))
    count = sum(len(timexes) for timexes in output)
    print(f"{len(docs)} articles, {count} timexes")
    print(f"extract_timexes: {spent:.3f} s (best of {args.rounds})")
    if args.action == "save":
        args.file.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
        return
    expected = json.loads(args.file.read_text(encoding="utf-8"))
    differing = [name for name in expected if expected[name] != found.get(name)]
    for name in differing[:10]:
        print(f"DIFF {name}\n  was {expected[name]}\n  now {found.get(name)}")
    print("identical" if not differing else f"{len(differing)} articles differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()

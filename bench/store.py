"""Store benchmarks: what the store adds to extraction, and query speed on a million events.

    .venv/bin/python bench/store.py ingest [--articles N]   # politics list vs extract alone
    .venv/bin/python bench/store.py queries [--events N]    # dyad, timeline, events filters

`ingest` runs the same loaded pipeline twice over the politics articles: once as
`veille extract` does (records serialised to JSON and thrown away), once into a fresh store
(`veille ingest`); the store may add at most 10%. `queries` generates a store of N events
(clusters and their reports, over 2,000 actors with a skewed distribution, 25 years) straight
in SQL, then times each query (median of 7 runs after one warm-up); each must stay under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def bench_ingest(limit: int | None, model: str) -> None:
    from veille.pipeline import Extractor
    from veille.settings import Settings
    from veille.sources import read_paths
    from veille.store import Store
    from veille.store.consolidation import rebuild
    from veille.store.ingest import ingest
    from veille.store.write import write_batch

    listing = (SHARED / "corpus" / "wikinews-fr.politics.list").read_text().split()
    paths = [str(SHARED / "corpus" / line) for line in listing][:limit]
    settings = Settings(model=model)
    extractor = Extractor(settings)
    list(extractor.run(read_paths(paths[:5], settings)))  # warm-up

    def extract_pass() -> tuple[float, list]:
        started = time.perf_counter()
        kept = []
        for result in extractor.run(read_paths(paths, settings)):
            if hasattr(result, "to_dict"):
                json.dumps(result.to_dict(), ensure_ascii=False)
                kept.append(result)
        return time.perf_counter() - started, kept

    first_s, results = extract_pass()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.duckdb")
        started = time.perf_counter()
        summary = ingest(paths, store, settings, extractor=extractor)
        ingest_s = time.perf_counter() - started
        size = (Path(folder) / "bench.duckdb").stat().st_size
        started = time.perf_counter()
        again = ingest(paths, store, settings, extractor=extractor)
        rerun_s = time.perf_counter() - started
        # the store alone: the same records written in the same batches, then consolidated
        alone = Store(Path(folder) / "alone.duckdb")
        started = time.perf_counter()
        for i in range(0, len(results), 64):
            with alone.writing() as con:
                write_batch(con, results[i : i + 64], now=datetime.now(UTC))
        with alone.writing() as con:
            rebuild(con)
        store_s = time.perf_counter() - started
    second_s, _ = extract_pass()
    extract_s = min(first_s, second_s)
    print(f"articles                {len(paths)} ({len(results)} extracted, model {model})")
    print(
        f"extract alone           {extract_s:8.1f} s   (two passes: {first_s:.1f}, {second_s:.1f})"
    )
    print(f"ingest (extract+store)  {ingest_s:8.1f} s   {100 * (ingest_s / extract_s - 1):+.1f}%")
    print(
        f"store alone (write+consolidate) {store_s:6.2f} s   = "
        f"{100 * store_s / extract_s:.1f}% of extract (<= 10%)"
    )
    print(f"records                 {dict(summary.records)}, {summary.batches} batches")
    print(f"re-ingest (no change)   {rerun_s:8.2f} s   unchanged {again.unchanged}")
    print(f"store size              {size / 1e6:8.1f} MB")


def bench_queries(n_events: int) -> None:
    from veille import query
    from veille.store import Store
    from veille.store.synthetic import generate_events

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "million.duckdb")
        started = time.perf_counter()
        with store.writing() as con:
            generate_events(con, n_events)
        print(f"generated {n_events:,} events in {time.perf_counter() - started:.1f} s")
        cases = {
            "dyad Russie Chine --by month": lambda c: query.dyad(c, "Russie", "Chine"),
            "dyad Russie Chine --by day": lambda c: query.dyad(c, "Russie", "Chine", by="day"),
            "timeline Russie --by month": lambda c: query.timeline(c, "Russie"),
            "events --actor Russie --counterpart Chine --quad-class 4": lambda c: query.events(
                c, actor="Russie", counterpart="Chine", quad_class=4
            ),
            "events --since 2020-03 --until 2020-03 --code 19": lambda c: query.events(
                c, since="2020-03", until="2020-03", code="19"
            ),
        }
        with store.reading() as con:
            for label, run in cases.items():
                run(con)
                times = []
                for _ in range(7):
                    started = time.perf_counter()
                    rows = run(con)
                    times.append(1000 * (time.perf_counter() - started))
                median = statistics.median(times)
                verdict = "ok" if median < 100 else "SLOW"
                print(f"{label:58} {median:7.1f} ms  ({len(rows)} rows) {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    ingest_parser = sub.add_parser("ingest")
    ingest_parser.add_argument("--articles", type=int, default=None)
    ingest_parser.add_argument("--model", default="md")
    queries_parser = sub.add_parser("queries")
    queries_parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.what == "ingest":
        bench_ingest(args.articles, args.model)
    else:
        bench_queries(args.events)


if __name__ == "__main__":
    main()

"""A real `veille ingest` killed with SIGKILL at random moments resumes to the clean store;
a reader can query the store while an ingest is writing it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.dump import dump
from veille.store import Store, StoreLocked

pytestmark = [pytest.mark.slow, pytest.mark.model]

VEILLE = [str(Path(sys.executable).parent / "veille")]


def _articles(shared: Path, n: int) -> list[str]:
    folder = shared / "corpus" / "wikinews-fr"
    return [str(path) for path in sorted(folder.glob("wn_2016-0[34]-*.txt"))[:n]]


def _ingest(paths: list[str], db: Path) -> subprocess.Popen:
    command = [*VEILLE, "ingest", *paths, "--db", str(db), "--model", "sm", "--batch-size", "1"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_ingest_killed_at_random_moments_resumes_to_the_clean_store(tmp_path, shared):
    paths = [*_articles(shared, 6), str(tmp_path / "missing.txt")]
    started = time.monotonic()
    assert _ingest(paths, tmp_path / "timing.duckdb").wait(timeout=300) == 3  # missing fails
    duration = time.monotonic() - started

    seed = random.randrange(10**6)
    rng = random.Random(seed)
    resumed = tmp_path / "resumed.duckdb"
    kills = 0
    for _attempt in range(6):  # kill somewhere between model loading and the last commit
        started = time.monotonic()
        process = _ingest(paths, resumed)
        try:
            process.wait(timeout=rng.uniform(0.2, 0.95) * duration)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            kills += 1
            if kills == 3:
                break
        else:
            # It finished first: a warm run beats the timing one on a loaded machine. Time
            # it, and start again from no store so that the next kill falls mid-ingest.
            duration = time.monotonic() - started
            for leftover in (resumed, resumed.with_name(resumed.name + ".wal")):
                leftover.unlink(missing_ok=True)
    assert _ingest(paths, resumed).wait(timeout=300) == 3
    assert kills >= 1, f"no run was interrupted (seed {seed})"
    # The clean store is made last, closest in time to the resumed run's final pass.
    clean = tmp_path / "clean.duckdb"
    assert _ingest(paths, clean).wait(timeout=300) == 3
    assert dump(resumed) == dump(clean), f"seed {seed}, {kills} kills"


def test_a_reader_can_query_while_an_ingest_writes(tmp_path, shared):
    db = tmp_path / "store.duckdb"
    # enough articles that a reader gets its turn between batches on a loaded machine
    process = _ingest(_articles(shared, 16), db)
    seen_during_ingest: list[int] = []
    try:
        while process.poll() is None:
            try:
                with Store(db, wait=2.0).reading() as con:
                    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                if process.poll() is None and n:
                    seen_during_ingest.append(n)
            except (StoreLocked, FileNotFoundError):
                pass
            except Exception as error:  # the store may not exist yet, or have no schema
                if "no store" not in str(error) and "schema version" not in str(error):
                    raise
            time.sleep(0.05)
    finally:
        process.wait(timeout=300)
    # 3 would mean an extractor failed on an article: not what this test is about
    assert process.returncode in (0, 3)
    assert seen_during_ingest, "no read succeeded while the ingest was running"
    assert seen_during_ingest == sorted(seen_during_ingest)

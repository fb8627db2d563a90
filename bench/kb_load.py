"""Start-up cost of the actor knowledge base and the linker's lexicon, cold and warm.

Cold: a fresh cache directory, so the data files are read, checked and indexed. Warm: a
second process finds the pickled index (what every run after the first pays; the issue's
budget is 2 s). Each measure runs in its own process, after `import spacy`.

    .venv/bin/python bench/kb_load.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

PROBE = """
import time
import spacy  # the pipeline imports it anyway
started = time.perf_counter()
from veille.extract.actors.lexicon import lexicon
from veille.kb import knowledge_base
knowledge_base()
lexicon()
print(f"{time.perf_counter() - started:.3f}")
"""


def measure(cache: str) -> float:
    env = {**os.environ, "VEILLE_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = measure(cache)
        warm = min(measure(cache) for _ in range(3))
    print(f"knowledge base + actor lexicon load: cold {cold:.2f} s, warm {warm:.2f} s")


if __name__ == "__main__":
    main()

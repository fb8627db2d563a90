"""Start-up cost of the actor knowledge base and the linker's lexicon, cold and warm.

Cold: a fresh cache directory, so the data files are read, checked and indexed. Warm: a
second process finds the pickled index (what every run after the first pays; the issue's
budget is 2 s). Each measure runs in its own process, after `import spacy`. "Cold in the
pipeline" loads the model first, as the pipeline does before its first article: the French
tokenizer's regular expressions (needed for the few phrases with hyphens or apostrophes)
are then already compiled, and the figure is what the knowledge base itself adds.

    .venv/bin/python bench/kb_load.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

PROBE = """
import sys, time
import spacy  # the pipeline imports it anyway
if len(sys.argv) > 1:
    spacy.load(sys.argv[1])  # the pipeline loads its model before the first article
started = time.perf_counter()
from veille.extract.actors.lexicon import lexicon
from veille.kb import knowledge_base
knowledge_base()
lexicon()
print(f"{time.perf_counter() - started:.3f}")
"""


def measure(cache: str, model: str | None = None) -> float:
    env = {**os.environ, "VEILLE_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *([model] if model else [])],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = measure(cache)
        warm = min(measure(cache) for _ in range(3))
    with tempfile.TemporaryDirectory() as cache:
        in_pipeline = measure(cache, "fr_core_news_md")
    print(
        f"knowledge base + actor lexicon load: cold {cold:.2f} s, warm {warm:.2f} s, "
        f"cold in the pipeline (model loaded first) {in_pipeline:.2f} s"
    )


if __name__ == "__main__":
    main()

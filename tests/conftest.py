"""Shared fixtures: the read-only project material and one real spaCy pipeline per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))

# Property tests: a quick profile by default, the full 10,000 examples with VEILLE_SLOW=1.
hypothesis_settings.register_profile("default", max_examples=300, deadline=None)
hypothesis_settings.register_profile("slow", max_examples=10_000, deadline=None)
hypothesis_settings.load_profile("slow" if os.environ.get("VEILLE_SLOW") else "default")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the project's shared material is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def extractor():
    """The real pipeline (fr_core_news_md and every veille component), loaded once."""
    from veille.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp

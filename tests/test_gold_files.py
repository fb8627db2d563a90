"""The project's own gold files (bench/gold/wikinews, heldout and dev2) keep their format:
offsets that index the article, CAMEO codes of the reference table, known kinds and
modalities. bench/gold/check_gold.py does the checking; a gold that drifts from its article
would score the coder against the wrong characters."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold"


def _check_gold() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_gold", GOLD / "check_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", ["wikinews", "heldout", "dev2"])
def test_project_gold_files_pass_the_gold_check(shared, folder):
    check = _check_gold()
    files = sorted((GOLD / folder).glob("*.json"))
    assert len(files) >= 10
    codes = check.cameo_codes()
    errors = [e for path in files for e in check.check_file(path, codes)[0]]
    assert errors == []


def test_gold_check_reports_a_span_that_does_not_match_its_article(shared, tmp_path):
    check = _check_gold()
    first = min((GOLD / "heldout").glob("*.json"))
    data = json.loads(first.read_text(encoding="utf-8"))
    broken = tmp_path / "broken.json"
    mention = data["actors"][0]["mentions"][0]
    mention["start"] += 1
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    errors, _, _ = check.check_file(broken, check.cameo_codes())
    assert errors

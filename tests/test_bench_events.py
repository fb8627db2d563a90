"""The event benchmark's matching: among pairings of as many events, the one that pairs each
prediction with the gold event its own trigger tells."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench_events() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # bench/events.py imports bench/scoring.py
    spec = importlib.util.spec_from_file_location("bench_events", BENCH / "events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predicted(trigger: str, code: str, source: str, target: str, date: str) -> dict:
    return {
        "code": code,
        "root": code[:2],
        "source": source,
        "target": target,
        "date": date,
        "modality": "asserted",
        "trigger": {"text": trigger},
    }


def _gold(trigger: str, code: str, source: str, target: str, date: str) -> dict:
    return {
        "codes": [code],
        "roots": [code[:2]],
        "source_keys": [source],
        "target_keys": [target],
        "date": date,
        "modality": "asserted",
        "trigger_text": trigger,
    }


def test_prediction_told_by_the_gold_trigger_keeps_its_gold_event() -> None:
    """A meeting's other direction (root 04 too) could take the welcome's gold event; the
    welcome itself, told by the gold's own word, must keep it."""
    bench = _bench_events()
    actors = {
        "a": {"id": "person:xi-jinping", "name": "Xi Jinping", "kind": "person"},
        "b": {"id": "person:vladimir-poutine", "name": "Vladimir Poutine", "kind": "person"},
    }
    predicted = [
        _predicted("rencontre", "040", "a", "b", "2023-10-18"),
        _predicted("a été chaleureusement accueilli", "043", "a", "b", "2023-10-17"),
    ]
    gold = [
        _gold(
            "a été chaleureusement accueilli", "043", "xi jinping", "vladimir poutine", "2023-10-17"
        )
    ]
    assert bench.match(predicted, gold, actors, strict=False) == [(1, 0)]


def test_prediction_of_the_gold_date_keeps_the_gold_event_no_trigger_tells() -> None:
    """Neither report is told by the gold's words; the one of the gold event's date is that
    event (the arrest the day before is another), whichever comes first in the text."""
    bench = _bench_events()
    actors = {"a": {"id": "person:mohamed-r", "name": "Mohamed R.", "kind": "person"}}
    predicted = [
        _predicted("a été arrêté", "173", "", "a", "2017-03-23"),
        _predicted("a été placé", "173", "", "a", "2017-03-25"),
    ]
    gold = [_gold("détention provisoire", "173", "", "mohamed r.", "2017-03-25")]
    gold[0]["source_keys"] = None
    assert bench.match(predicted, gold, actors, strict=False) == [(1, 0)]


def test_candidate_report_runs_on_the_seed(tmp_path: Path) -> None:
    """bench/event_candidates.py calls the coder's sentence function directly, so a change to
    its signature must break a test, not only the script."""
    script = BENCH / "event_candidates.py"
    run = subprocess.run(
        [sys.executable, str(script), "--only", "seed", "--parsed", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "missed events by their best candidate" in run.stdout

"""Quote and amount accuracy against the gold files: P/R/F1 and speaker accuracy per gold set.

    .venv/bin/python bench/quotes_amounts.py [--show-errors]

Gold sets: the seed (`../shared/gold/seed.json`), the shared development gold
(`../shared/gold/dev/*.json`) and the project's own development gold
(`bench/gold/wikinews/*.json`, when present). A quote matches a gold quote when their spans
overlap; its speaker is right when the predicted actor is named by one of the gold
`speaker_keys` the way a reader would accept it: its id (or the part after `kind:`), folded
name, that name without honorific or first names ("M. MacLauchlan" -> "maclauchlan"), one of
its mention texts without the determiner, its country or its CAMEO code (or both are null).
An amount matches when the spans overlap and value and unit are equal; the date of a matched
amount is scored where the gold gives one (accuracy), and where the gold writes `"date": null`
(the text gives none: bench/gold/wikinews) a date given all the same is counted as spurious.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from veille.pipeline import Extractor
from veille.records import ArticleResult

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import GOLD_SETS, article_of, names


@dataclass
class Score:
    true_pos: int = 0
    predicted: int = 0
    gold: int = 0
    speakers_right: int = 0
    dated: int = 0  # matched amounts whose gold gives a date
    dates_right: int = 0
    undated: int = 0  # matched amounts whose gold says the text gives no date (date: null)
    dates_spurious: int = 0  # ... to which a date was given all the same
    errors: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.true_pos / self.predicted if self.predicted else 0.0
        r = self.true_pos / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"tp {self.true_pos}, pred {self.predicted}, gold {self.gold}"
        return f"{name:8} P={p:.3f} R={r:.3f} F1={f:.3f} ({counts})"


def _overlap(a: dict[str, Any], b: Any) -> bool:
    return a["start"] < b.end and b.start < a["end"]


def score_quotes(gold: list[dict[str, Any]], result: ArticleResult, score: Score) -> None:
    predicted = list(result.quotes)
    score.predicted += len(predicted)
    score.gold += len(gold)
    used: set[int] = set()
    for item in gold:
        match = next(
            (i for i, q in enumerate(predicted) if i not in used and _overlap(item, q)), None
        )
        if match is None:
            score.errors.append(f"  missed quote {item['text'][:70]!r}")
            continue
        used.add(match)
        score.true_pos += 1
        quote = predicted[match]
        wanted = item["speaker_keys"] or []
        speaker = next((asdict(a) for a in result.actors if a.id == quote.speaker), None)
        right = names(speaker, wanted)
        score.speakers_right += right
        if not right:
            score.errors.append(
                f"  speaker {quote.speaker} (cue {quote.cue!r}) for {item['text'][:50]!r},"
                f" gold {sorted(wanted)[:3]}"
            )
    for i, quote in enumerate(predicted):
        if i not in used:
            score.errors.append(f"  extra quote {quote.text[:70]!r}")


def score_amounts(gold: list[dict[str, Any]], result: ArticleResult, score: Score) -> None:
    predicted = list(result.amounts)
    score.predicted += len(predicted)
    score.gold += len(gold)
    used: set[int] = set()
    for item in gold:
        match = next(
            (
                i
                for i, a in enumerate(predicted)
                if i not in used
                and _overlap(item, a)
                and math.isclose(float(a.value), float(item["value"]), rel_tol=1e-6)
                and a.unit == item["unit"]
            ),
            None,
        )
        if match is None:
            near = [f"{a.text!r}={a.value} {a.unit}" for a in predicted if _overlap(item, a)]
            score.errors.append(
                f"  missed amount {item['text']!r}={item['value']} {item['unit']} {near}"
            )
            continue
        used.add(match)
        score.true_pos += 1
        if "date" in item and item["date"] is None:
            score.undated += 1
            if predicted[match].date is not None:
                score.dates_spurious += 1
                score.errors.append(
                    f"  date {predicted[match].date} for {item['text']!r}, gold none"
                )
        if item.get("date"):
            score.dated += 1
            score.dates_right += predicted[match].date == item["date"]
            if predicted[match].date != item["date"]:
                score.errors.append(
                    f"  date {predicted[match].date} for {item['text']!r}, gold {item['date']}"
                )
    for i, amount in enumerate(predicted):
        if i not in used and not any(_overlap(g, amount) for g in gold):
            score.errors.append(f"  extra amount {amount.text!r}={amount.value} {amount.unit}")


def run(extractor: Extractor, files: list[Path], show_errors: bool) -> tuple[Score, Score]:
    quotes, amounts = Score(), Score()
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    articles = [article_of(gold) for gold in golds]
    for path, gold, result in zip(files, golds, extractor.run(articles), strict=True):
        if not isinstance(result, ArticleResult):
            raise SystemExit(f"{path.name}: {result.message}")
        before_q, before_a = len(quotes.errors), len(amounts.errors)
        score_quotes(gold.get("quotes", []), result, quotes)
        score_amounts(gold.get("amounts", []), result, amounts)
        if show_errors and (len(quotes.errors) > before_q or len(amounts.errors) > before_a):
            print(path.name)
            print("\n".join(quotes.errors[before_q:] + amounts.errors[before_a:]))
    return quotes, amounts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", action="store_true")
    # dev2 annotates actors and events only: its empty quotes and amounts are no gold
    parser.add_argument("--sets", nargs="*", default=["seed", "dev", "wikinews"])
    parser.add_argument("--skip", nargs="*", default=[], help="components to leave out")
    args = parser.parse_args()
    extractor = Extractor()
    for name in args.skip:
        extractor.nlp.remove_pipe(name)
    for name in args.sets:
        files = GOLD_SETS[name]
        if not files:
            print(f"[{name}] no gold files yet")
            continue
        quotes, amounts = run(extractor, files, args.show_errors)
        accuracy = quotes.speakers_right / quotes.true_pos if quotes.true_pos else 0.0
        print(f"[{name}] {len(files)} articles")
        print(quotes.line("quotes"))
        print(f"{'speaker':8} accuracy={accuracy:.3f} ({quotes.speakers_right}/{quotes.true_pos})")
        print(amounts.line("amounts"))
        dates = amounts.dates_right / amounts.dated if amounts.dated else 0.0
        print(
            f"{'date':8} accuracy={dates:.3f} ({amounts.dates_right}/{amounts.dated} dated);"
            f" dated where the gold has none: {amounts.dates_spurious}/{amounts.undated}"
        )


if __name__ == "__main__":
    main()

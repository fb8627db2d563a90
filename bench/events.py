"""Event coding accuracy against the gold files: lenient and strict P/R/F1, date, modality.

Lenient: a predicted event matches a gold event when its CAMEO root is one of the gold roots
and its source and target match the gold keys (both absent counts as a match). Strict: the full
code must be one of the gold codes. Date and modality accuracy are measured on lenient matches.

    .venv/bin/python bench/events.py                  # seed + shared dev gold + bench/gold/wikinews
    .venv/bin/python bench/events.py --show-errors    # per article: missed and spurious events
    .venv/bin/python bench/events.py --parsed DIR     # keep parsed Docs in DIR; later runs re-run
                                                      # only the events coder on them
    .venv/bin/python bench/events.py --classify       # spurious and missed events by root, reason
    .venv/bin/python bench/events.py --heldout        # only the held-out gold (bench/gold/heldout),
                                                      # read at the end of a session, not tuned on
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc, DocBin  # noqa: E402

from veille import components  # noqa: E402
from veille.pipeline import Extractor  # noqa: E402
from veille.text import fold  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from scoring import GOLD_SETS, HELDOUT, SHARED, article_of, names  # noqa: E402


def match(
    predicted: list[dict], gold: list[dict], actors: dict, strict: bool
) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, each event on either side matched at most once.

    As many pairs as can be made (augmenting paths), not the first fit of each prediction: a
    prediction that could stand for two gold events must not take the one another
    prediction alone could match. Among a prediction's fits, the gold event told by its own
    trigger is tried first, then one of its date (several reports of one dyad), then one of
    its modality, and a free one before one another prediction holds: moving that prediction
    could pair both with events of other dates. Predictions that tell a gold event by its own
    trigger are placed first, so that a prediction of the same dyad told by another word (a
    meeting's other direction) does not take that gold event from it when either could; then
    those that fit one of their own date ("a été placé en détention provisoire" before "a été
    arrêté" the day before, for the gold detention: each report keeps its own event)."""
    fits: list[list[int]] = []
    for event in predicted:
        src, tgt = actors.get(event["source"]), actors.get(event["target"])
        mine = [
            i
            for i, want in enumerate(gold)
            if ((event["code"] in want["codes"]) if strict else (event["root"] in want["roots"]))
            and names(src, want["source_keys"])
            and names(tgt, want["target_keys"])
        ]
        mine.sort(key=lambda i, event=event: _fit_rank(event, gold[i]))
        fits.append(mine)
    owner: dict[int, int] = {}  # gold index -> predicted index

    def place(p: int, seen: set[int]) -> bool:
        free = next((i for i in fits[p] if i not in owner and i not in seen), None)
        if free is not None:  # a free fit before moving another prediction off its own
            seen.add(free)
            owner[free] = p
            return True
        for i in fits[p]:
            if i not in seen:
                seen.add(i)
                if place(owner[i], seen):
                    owner[i] = p
                    return True
        return False

    first_rank = [
        _fit_rank(predicted[p], gold[mine[0]]) if mine else () for p, mine in enumerate(fits)
    ]
    for p in sorted(range(len(predicted)), key=lambda p: first_rank[p][:2]):
        place(p, set())
    return sorted((p, i) for i, p in owner.items())


def _same_trigger(event: dict, want: dict) -> bool:
    """Whether the prediction's trigger shares a word (not an auxiliary: over 3 letters) with
    the gold event's trigger text."""
    said = {word for word in fold(want.get("trigger_text", "")).split() if len(word) > 3}
    return any(word in said for word in fold(event["trigger"]["text"]).split())


def _fit_rank(event: dict, want: dict) -> tuple[bool, bool, bool]:
    return (
        not _same_trigger(event, want),
        want["date"] != event["date"],
        want["modality"] != event["modality"],
    )


def score(pairs: list[tuple[list[dict], list[dict], dict]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for predicted, gold, actors in pairs:
        counts["pred"] += len(predicted)
        counts["gold"] += len(gold)
        for strict in (False, True):
            for p, g in match(predicted, gold, actors, strict):
                counts["strict" if strict else "lenient"] += 1
                if not strict:
                    counts["date"] += predicted[p]["date"] == gold[g]["date"]
                    counts["modality"] += predicted[p]["modality"] == gold[g]["modality"]
    result: dict[str, float] = {"pred": counts["pred"], "gold": counts["gold"]}
    for name in ("lenient", "strict"):
        p = counts[name] / counts["pred"] if counts["pred"] else 0.0
        r = counts[name] / counts["gold"] if counts["gold"] else 0.0
        result[f"{name}_p"], result[f"{name}_r"] = p, r
        result[f"{name}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    matched = counts["lenient"]
    result["date_acc"] = counts["date"] / matched if matched else 0.0
    result["modality_acc"] = counts["modality"] / matched if matched else 0.0
    result["matched"] = matched
    return result


def _sentence_of(text: str, needle: str) -> str:
    """The sentence around the first occurrence of `needle` (for the error listing)."""
    at = text.find(needle)
    if at < 0:
        return "?"
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return re.sub(r"\s+", " ", text[start:end]).strip()


SPURIOUS_REASONS = {
    "repeat": "the gold event it names is already matched by another prediction",
    "other-code": "a gold event has its source and target but another root",
    "other-args": "a gold event of its root in its sentence, with other source or target",
    "other-event": "a gold event of another root and other arguments in its sentence",
    "no-gold": "no gold event in its sentence",
}


MISSED_REASONS = {
    "no-actor": "its source or target names no actor of the record",
    "other-args": "a prediction of its root in its sentence, with other source or target",
    "other-code": "a prediction with its source and target in its sentence, another root",
    "no-trigger": "both actors are there, nothing of the kind is coded in its sentence",
}


def missed_reason(text: str, want: dict, predicted: list[dict], actors: dict) -> str:
    """Why a gold event matches no prediction (the first of MISSED_REASONS that holds)."""
    for side in ("source_keys", "target_keys"):
        if want[side] and not any(names(a, want[side]) for a in actors.values()):
            return "no-actor"
    near = [e for e in predicted if _gold_in_sentence(text, e["sentence"], want)]
    if any(e["root"] in want["roots"] for e in near):
        return "other-args"
    if any(
        names(actors.get(e["source"]), want["source_keys"])
        and names(actors.get(e["target"]), want["target_keys"])
        for e in near
    ):
        return "other-code"
    return "no-trigger"


def _gold_in_sentence(text: str, sentence: dict, want: dict) -> bool:
    """Whether the gold event's trigger text occurs inside the predicted event's sentence."""
    needle = want["trigger_text"]
    at = text.find(needle, sentence["start"])
    return needle != "" and at >= 0 and at + len(needle) <= sentence["end"]


def spurious_reason(
    text: str, event: dict, gold: list[dict], actors: dict, hit_gold: set[int]
) -> str:
    """Why a prediction matches no gold event (the first of SPURIOUS_REASONS that holds)."""
    src, tgt = actors.get(event["source"]), actors.get(event["target"])
    same_args = [
        i
        for i, want in enumerate(gold)
        if names(src, want["source_keys"]) and names(tgt, want["target_keys"])
    ]
    if any(i in hit_gold and event["root"] in gold[i]["roots"] for i in same_args):
        return "repeat"
    if same_args:
        return "other-code"
    near = [want for want in gold if _gold_in_sentence(text, event["sentence"], want)]
    if any(event["root"] in want["roots"] for want in near):
        return "other-args"
    return "other-event" if near else "no-gold"


def _short(actor: dict[str, Any] | None) -> str:
    return actor["id"] if actor else "-"


def show_errors(name: str, doc: Doc, predicted: list[dict], gold: list[dict], actors: dict) -> None:
    matched = match(predicted, gold, actors, strict=False)
    hit_pred = {p for p, _ in matched}
    hit_gold = {g for _, g in matched}
    lines = []
    for p, g in matched:
        e, want = predicted[p], gold[g]
        wrong = [f"{k} {e[k]} != {want[k]}" for k in ("date", "modality") if e[k] != want[k]]
        lines.append(
            f"  {'~' if wrong else '='} {e['code']} {_short(actors.get(e['source']))} -> "
            f"{_short(actors.get(e['target']))} {e['trigger']['text']!r} {'; '.join(wrong)}"
        )
    for i, want in enumerate(gold):
        if i not in hit_gold:
            where = _sentence_of(doc.text, want["trigger_text"])
            source, target = (
                want[k][0] if want[k] else "-" for k in ("source_keys", "target_keys")
            )
            why = missed_reason(doc.text, want, predicted, actors)
            lines.append(
                f"  - MISSED [{why}] {'/'.join(want['codes'])} {source} -> {target}"
                f" {want['trigger_text']!r}"
                f" {want['date']} {want['modality']}\n      | {where}"
            )
    for p, e in enumerate(predicted):
        if p not in hit_pred:
            s = e["sentence"]
            sentence = re.sub(r"\s+", " ", doc.text[s["start"] : s["end"]])
            why = spurious_reason(doc.text, e, gold, actors, hit_gold)
            lines.append(
                f"  + SPURIOUS [{why}] {e['code']} {_short(actors.get(e['source']))} -> "
                f"{_short(actors.get(e['target']))} {e['trigger']['text']!r} {e['date']} "
                f"{e['modality']}\n      | {sentence}"
            )
    if lines:
        print(f"== {name}")
        print("\n".join(lines))


def classify(doc: Doc, predicted: list[dict], gold: list[dict], actors: dict) -> Counter:
    """(kind, root, reason) counts of the spurious predictions and missed gold events of one
    article (a missed event counts under its first root)."""
    matched = match(predicted, gold, actors, strict=False)
    hit_pred, hit_gold = {p for p, _ in matched}, {g for _, g in matched}
    counts = Counter(
        ("spurious", e["root"], spurious_reason(doc.text, e, gold, actors, hit_gold))
        for p, e in enumerate(predicted)
        if p not in hit_pred
    )
    counts.update(
        ("missed", want["roots"][0], missed_reason(doc.text, want, predicted, actors))
        for g, want in enumerate(gold)
        if g not in hit_gold
    )
    return counts


def print_classes(name: str, counts: Counter) -> None:
    for kind, reasons in (("spurious", SPURIOUS_REASONS), ("missed", MISSED_REASONS)):
        _print_table(
            f"{kind} events, {name}",
            reasons,
            Counter({(root, why): n for (k, root, why), n in counts.items() if k == kind}),
        )


def _print_table(title: str, reasons: dict[str, str], counts: Counter) -> None:
    roots = sorted({root for root, _ in counts})
    print(f"{title}: {sum(counts.values())}")
    print(f"  {'root':6}" + "".join(f"{r:>12}" for r in reasons) + f"{'all':>8}")
    for root in roots:
        row = [counts[(root, r)] for r in reasons]
        print(f"  {root:6}" + "".join(f"{n:12d}" for n in row) + f"{sum(row):8d}")
    totals = [sum(n for (_, r), n in counts.items() if r == reason) for reason in reasons]
    print(f"  {'all':6}" + "".join(f"{n:12d}" for n in totals) + f"{sum(totals):8d}")
    print("  " + "; ".join(f"{r}: {why}" for r, why in reasons.items()))


def parsed_docs(
    extractor: Extractor, golds: list[dict], base: Path, cache: Path | None
) -> list[Doc]:
    """The gold articles through the pipeline; with a cache, parsed once and only the events
    coder re-run (for quick iterations on the coder)."""
    nlp = extractor.nlp
    texts = [article_of(gold).text for gold in golds]
    if cache is not None and cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
        if [doc.text for doc in docs] == texts:  # else a gold file came or went: parse again
            events = nlp.get_pipe("veille_events")
            return [events(doc) for doc in docs]
    docs = []
    for gold, text in zip(golds, texts, strict=True):
        doc = nlp.make_doc(text)
        doc._.published = gold["published"]
        docs.append(doc)
    docs = list(nlp.pipe(docs))
    if cache is not None:
        for doc in docs:  # keep only the record sections and the date: others may not pickle
            for key in list(doc.user_data):
                if not (
                    isinstance(key, tuple) and str(key[1]).startswith(("veille_", "published"))
                ):
                    del doc.user_data[key]
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def run(
    extractor: Extractor,
    files: list[Path],
    base: Path,
    errors: bool = False,
    cache: Path | None = None,
    spurious: Counter | None = None,
) -> dict[str, float]:
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    pairs = []
    for doc, gold, path in zip(
        parsed_docs(extractor, golds, base, cache), golds, files, strict=True
    ):
        actors = {a["id"]: a for a in components.records_of(doc, "actors")}
        predicted = components.records_of(doc, "events")
        pairs.append((predicted, gold["events"], actors))
        if errors:
            show_errors(path.stem, doc, predicted, gold["events"], actors)
        if spurious is not None:
            spurious.update(classify(doc, predicted, gold["events"], actors))
    return score(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show-errors", action="store_true", help="list misses and spurious events"
    )
    parser.add_argument("--parsed", type=Path, help="folder to keep parsed Docs in between runs")
    parser.add_argument(
        "--classify",
        action="store_true",
        help="count spurious and missed events by root and reason",
    )
    parser.add_argument("--only", help="run one gold set: seed, dev or wikinews")
    parser.add_argument(
        "--heldout", action="store_true", help="only the held-out gold (bench/gold/heldout)"
    )
    args = parser.parse_args()
    extractor = Extractor()
    results = {}
    spurious: dict[str, Counter] = {}
    sets = {"heldout": HELDOUT} if args.heldout else GOLD_SETS
    for name, files in sets.items():
        base = SHARED
        if not files or (args.only and args.only != name):
            continue
        cache = args.parsed / f"{name}.spacy" if args.parsed else None
        spurious[name] = Counter()
        results[name] = run(
            extractor,
            files,
            base,
            args.show_errors,
            cache,
            spurious[name] if args.classify else None,
        )
    if args.classify:
        for name, counts in spurious.items():
            print_classes(name, counts)
        print_classes("all", sum(spurious.values(), Counter()))
    print(f"{'gold':24} {'pred':>5} {'gold':>5}  lenient P/R/F1     strict P/R/F1      date  modal")
    for name, r in results.items():
        print(
            f"{name:24} {r['pred']:5.0f} {r['gold']:5.0f}  "
            f"{r['lenient_p']:.2f}/{r['lenient_r']:.2f}/{r['lenient_f1']:.2f}   "
            f"{r['strict_p']:.2f}/{r['strict_r']:.2f}/{r['strict_f1']:.2f}   "
            f"{r['date_acc']:.2f}  {r['modality_acc']:.2f}"
        )


if __name__ == "__main__":
    main()

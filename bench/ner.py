"""Mention detection of the actors extractor against WiNER-fr (all 1,101 Wikinews articles).

Prints precision, recall and F1 per type (Person, Location, Organization) for the linker's
named mentions beside spaCy's entities alone. A mention counts when its type and span match
a gold one; a leading determiner is ignored on both sides ("l'Irak" = "Irak"), since the
gold keeps it only sometimes. Descriptions ("le président russe") and demonyms are not names
and are left out. Brat offsets count from the start of the file, header line included.

    .venv/bin/python bench/ner.py [--limit N] [--model fr_core_news_md]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy

from veille.extract.actors.mentions import find_mentions
from veille.kb import SEAT
from veille.text import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = ("Person", "Location", "Organization")
SPACY_TYPES = {"PER": "Person", "LOC": "Location", "ORG": "Organization"}
LINKER_TYPES = {
    "person": "Person",
    "country": "Location",
    "place": "Location",
    "organization": "Organization",
    "government": "Location",  # a capital or a seat of power named as such
}
DETERMINERS = ("l'", "le ", "la ", "les ")


def bare(text: str, start: int, end: int) -> tuple[int, int]:
    piece = fold(text[start:end])
    for determiner in DETERMINERS:
        if piece.startswith(determiner) and len(piece) > len(determiner):
            start += len(determiner)
            break
    while start < end and text[start] == " ":
        start += 1
    return start, end


def gold_spans(ann: Path, header: int, text: str) -> set[tuple[int, int, str]]:
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, _ = line.split("\t", 2)
        label, offsets = info.split(" ", 1)
        if label not in TYPES or ";" in offsets:
            continue
        start, end = (int(x) - header for x in offsets.split())
        spans.add((*bare(text, start, end), label))
    return spans


def linker_spans(doc) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    spans = set()
    for mention in find_mentions(doc):
        if mention.kind == "title":
            if mention.name_start is None:
                continue
            span, label = doc[mention.name_start : mention.end], "Person"
        elif not mention.is_name or mention.kind not in LINKER_TYPES:
            continue
        else:
            span, label = doc[mention.start : mention.end], LINKER_TYPES[mention.kind]
            if mention.form == SEAT:
                label = "Organization"  # "Matignon", "la Maison-Blanche": the institution
            if mention.kind == "person" and mention.name_start is not None:
                span = doc[mention.name_start : mention.end]
        spans.add((*bare(doc.text, span.start_char, span.end_char), label))
    return spans


def spacy_spans(doc) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return {
        (*bare(doc.text, e.start_char, e.end_char), SPACY_TYPES[e.label_])
        for e in doc.ents
        if e.label_ in SPACY_TYPES
    }


def score(counts: Counter, label: str) -> tuple[float, float, float]:
    tp, fp, fn = counts[(label, "tp")], counts[(label, "fp")], counts[(label, "fn")]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tally(counts: Counter, gold: set, found: set) -> None:
    for label in TYPES:
        g = {s for s in gold if s[2] == label}
        f = {s for s in found if s[2] == label}
        for key, value in (("tp", len(g & f)), ("fp", len(f - g)), ("fn", len(g - f))):
            counts[(label, key)] += value
            counts[("all", key)] += value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args()
    corpus = SHARED / "corpus" / "wikinews-fr"
    anns = sorted((SHARED / "eval" / "winer-ner").glob("*.ann"))
    if args.limit:
        anns = anns[: args.limit]
    texts, golds = [], []
    for ann in anns:
        raw = (corpus / f"{ann.stem}.txt").read_text(encoding="utf-8")
        header = len(raw.split("\n", 1)[0]) + 1
        text = raw[header:]
        texts.append(text)
        golds.append(gold_spans(ann, header, text))
    nlp = spacy.load(args.model)
    linker, model = Counter(), Counter()
    for doc, gold in zip(nlp.pipe(texts, batch_size=32), golds, strict=True):
        tally(linker, gold, linker_spans(doc))
        tally(model, gold, spacy_spans(doc))
    print(f"WiNER-fr mention detection, {len(anns)} articles ({args.model})")
    print(f"{'type':<14}{'spaCy P':>9}{'R':>7}{'F1':>7}   {'linker P':>9}{'R':>7}{'F1':>7}")
    for label in (*TYPES, "all"):
        a, b = score(model, label), score(linker, label)
        left = f"{a[0]:>9.3f}{a[1]:>7.3f}{a[2]:>7.3f}"
        print(f"{label:<14}{left}   {b[0]:>9.3f}{b[1]:>7.3f}{b[2]:>7.3f}")


if __name__ == "__main__":
    main()

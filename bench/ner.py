"""Mention detection of the actors extractor against WiNER-fr (all 1,101 Wikinews articles).

Prints precision, recall and F1 per type (Person, Location, Organization) for the linker's
named mentions beside spaCy's entities alone. A mention counts when its type and span match
a gold one; a leading determiner is ignored on both sides ("l'Irak" = "Irak"), since the
gold keeps it only sometimes. Descriptions ("le président russe") and demonyms are not names
and are left out. Brat offsets count from the start of the file, header line included.

Guide-vs-WiNER disagreements: where WiNER contradicts /work/shared/design/ANNOTATION.md we
follow the guide (a seat of power such as "l'Élysée" is the government, scored here as an
organisation; WiNER calls it a place). `--errors` prints what such cases cost in points.

    .venv/bin/python bench/ner.py [--limit N] [--model fr_core_news_md] [--errors]
        [--parsed /tmp/winer.spacy]   # parse once, then re-run only the linker
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

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
    "agency": "Organization",  # a branch named as an institution: "l'armée syrienne"
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


def gold_spans(
    ann: Path, header: int, text: str, types: tuple[str, ...] = TYPES
) -> set[tuple[int, int, str]]:
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, _ = line.split("\t", 2)
        label, offsets = info.split(" ", 1)
        if label not in types or ";" in offsets:
            continue
        start, end = (int(x) - header for x in offsets.split())
        spans.add((*bare(text, start, end), label))
    return spans


def description_spans(doc) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Titles and government nouns: not scored, but a gold name inside one is a cause."""
    return {
        (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), m.kind)
        for m in find_mentions(doc)
        if not m.is_name
    }


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


def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cause_of_miss(span: tuple[int, int, str], others: set, nested: set) -> str:
    """Why a gold span was missed (FN) or a found span is wrong (FP): `others` is the other
    side's spans, `nested` the linker's descriptions and titles (spans not scored)."""
    same = {o for o in others if o[:2] == span[:2]}
    if same:
        return f"typed {next(iter(same))[2]}"
    over = [o for o in others if overlaps(o, span)]
    if any(o[0] <= span[0] and span[1] <= o[1] for o in over):
        return "inside a longer span"
    if any(span[0] <= o[0] and o[1] <= span[1] for o in over):
        return "around a shorter span"
    if over:
        return "boundary"
    if any(n[0] <= span[0] and span[1] <= n[1] for n in nested):
        return "inside a description"
    return "none"


def breakdown(errors: Counter, examples: dict, gold: set, found: set, doc, nested: set) -> None:  # type: ignore[no-untyped-def]
    for side, mine, other in (("FN", gold - found, found), ("FP", found - gold, gold)):
        for span in mine:
            cause = cause_of_miss(span, other, nested)
            key = (span[2], side, cause)
            errors[key] += 1
            examples.setdefault(key, Counter())[doc.text[span[0] : span[1]]] += 1


def guide_cost(doc, gold: set, found: set, products: set) -> Counter:  # type: ignore[no-untyped-def]
    """Where the guide and WiNER disagree. Seats of power: WiNER's Location, the guide's
    government (Organization here). Companies (the guide's organisations) that WiNER labels
    Product ("Facebook", "Twitter"): each is a false positive here."""
    cost = Counter()
    for start, end, label in found:
        if label == "Organization" and (start, end, "Product") in products:
            cost["company"] += 1
    for mention in find_mentions(doc):
        if mention.form != SEAT:
            continue
        span = doc[mention.start : mention.end]
        start, end = bare(doc.text, span.start_char, span.end_char)
        if (start, end, "Location") in gold and (start, end, "Organization") in found:
            cost["seat"] += 1
    return cost


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
    parser.add_argument("--errors", action="store_true", help="FN/FP by type and cause")
    parser.add_argument("--parsed", type=Path, help="DocBin of the parsed articles (reused)")
    parser.add_argument("--examples", type=int, default=12)
    args = parser.parse_args()
    corpus = SHARED / "corpus" / "wikinews-fr"
    anns = sorted((SHARED / "eval" / "winer-ner").glob("*.ann"))
    if args.limit:
        anns = anns[: args.limit]
    texts, golds, product_spans = [], [], []
    for ann in anns:
        raw = (corpus / f"{ann.stem}.txt").read_text(encoding="utf-8")
        header = len(raw.split("\n", 1)[0]) + 1
        text = raw[header:]
        texts.append(text)
        golds.append(gold_spans(ann, header, text))
        product_spans.append(gold_spans(ann, header, text, ("Product",)))
    nlp = spacy.load(args.model)
    if args.parsed and args.parsed.exists():
        docs = list(DocBin().from_disk(args.parsed).get_docs(nlp.vocab))[: len(texts)]
    else:
        docs = list(nlp.pipe(texts, batch_size=32))
        if args.parsed:
            DocBin(
                attrs=[
                    "ORTH",
                    "TAG",
                    "POS",
                    "MORPH",
                    "LEMMA",
                    "DEP",
                    "HEAD",
                    "ENT_IOB",
                    "ENT_TYPE",
                    "SENT_START",
                ],
                docs=docs,
            ).to_disk(args.parsed)
    linker, model, errors, cost = Counter(), Counter(), Counter(), Counter()
    examples: dict = {}
    for doc, gold, products in zip(docs, golds, product_spans, strict=True):
        found = linker_spans(doc)
        tally(linker, gold, found)
        tally(model, gold, spacy_spans(doc))
        if args.errors:
            breakdown(errors, examples, gold, found, doc, description_spans(doc))
            cost.update(guide_cost(doc, gold, found, products))
    print(f"WiNER-fr mention detection, {len(anns)} articles ({args.model})")
    print(f"{'type':<14}{'spaCy P':>9}{'R':>7}{'F1':>7}   {'linker P':>9}{'R':>7}{'F1':>7}")
    for label in (*TYPES, "all"):
        a, b = score(model, label), score(linker, label)
        left = f"{a[0]:>9.3f}{a[1]:>7.3f}{a[2]:>7.3f}"
        print(f"{label:<14}{left}   {b[0]:>9.3f}{b[1]:>7.3f}{b[2]:>7.3f}")
    if args.errors:
        print_errors(errors, examples, args.examples)
        print_guide_cost(linker, cost)


def print_errors(errors: Counter, examples: dict, n: int) -> None:
    print("\nerrors by type and cause (count: commonest texts)")
    for key, count in sorted(errors.items(), key=lambda kv: -kv[1]):
        label, side, cause = key
        common = ", ".join(f"{t!r}x{c}" for t, c in examples[key].most_common(n))
        print(f"{label:<13}{side} {cause:<22}{count:>5}: {common}")


def print_guide_cost(linker: Counter, cost: Counter) -> None:
    """F1 if WiNER read seats and companies as the guide does."""
    tp, fp, fn = (linker[("all", k)] for k in ("tp", "fp", "fn"))
    now = 2 * tp / (2 * tp + fp + fn)
    seats, companies = cost["seat"], cost["company"]
    as_guide = 2 * (tp + seats) / (2 * (tp + seats) + (fp - seats) + (fn - seats))
    print(
        f"\nguide vs WiNER: {seats} seats of power (WiNER place, guide government) cost "
        f"{100 * (as_guide - now):.2f} F1 points"
    )
    without = 2 * tp / (2 * tp + fp - companies + fn)
    print(
        f"guide vs WiNER: {companies} companies (WiNER product, guide organisation) cost "
        f"{100 * (without - now):.2f} F1 points"
    )


if __name__ == "__main__":
    main()

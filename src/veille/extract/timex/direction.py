"""Whether a clause speaks of the past or the future, from spaCy's morphology.

"lundi, il a déclaré" points back, "il se rendra lundi" forward. The verb group governing the
expression (its head verb and that verb's auxiliaries) decides; when the parse attaches the
expression to no verb, the nearest verb of the sentence does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

PAST = -1
PRESENT = 0
FUTURE = 1

_VERBAL = {"VERB", "AUX"}
# Lemmas of the auxiliaries of a near future ("va participer") and a near past ("vient de").
_GOING = {"aller"}


def _group_tense(verb: Token, depth: int = 0) -> int | None:
    """The tense of a verb with its auxiliaries: -1 past, 0 present, 1 future."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if auxiliaries and all(a.dep_ == "aux:pass" for a in auxiliaries):
        # A passive ("est prévue") has the tense of its auxiliary, not of the participle.
        return _group_tense(auxiliaries[0], depth + 1) if depth < 4 else None
    members = [verb, *auxiliaries]
    tenses = {t for m in members for t in m.morph.get("Tense")}
    moods = {m_ for m in members for m_ in m.morph.get("Mood")}
    forms = {f for m in members for f in m.morph.get("VerbForm")}
    if "Fut" in tenses or "Cnd" in moods:
        return FUTURE
    if verb.morph.get("VerbForm") == ["Inf"]:
        head = verb.head
        if head.i != verb.i and head.lemma_ in _GOING and "Pres" in head.morph.get("Tense"):
            return FUTURE
        if head.i != verb.i and head.pos_ in _VERBAL and depth < 4:
            return _group_tense(head, depth + 1)
        return None
    if "Part" in forms and "Past" in tenses:
        return PAST
    if "Imp" in tenses or "Past" in tenses or "Pqp" in tenses:
        return PAST
    if "Pres" in tenses or "Sub" in moods:
        if any(c.lemma_ in _GOING and c.pos_ in _VERBAL for c in verb.children):
            return FUTURE
        return PRESENT
    return None


def _governing_verb(token: Token) -> Token | None:
    seen = 0
    current = token
    while seen < 8:
        if current.pos_ in _VERBAL and current.i != token.i:
            return current
        if current.head.i == current.i:
            break
        current = current.head
        seen += 1
    if current.pos_ in _VERBAL:
        return current
    sentence = token.sent if token.doc.has_annotation("SENT_START") else None
    tokens = sentence if sentence is not None else token.doc
    verbs = [t for t in tokens if t.pos_ in _VERBAL and not t.dep_.startswith("aux")]
    if not verbs:
        return None
    return min(verbs, key=lambda v: abs(v.i - token.i))


def tense_at(doc: Doc, start: int, end: int) -> int | None:
    """The tense of the clause around the characters start..end, or None when unknown."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    if verb.pos_ == "AUX" and verb.dep_.startswith("aux") and verb.head.pos_ in _VERBAL:
        verb = verb.head
    return _group_tense(verb)

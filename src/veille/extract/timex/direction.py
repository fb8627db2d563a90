"""Whether a clause speaks of the past or the future, from spaCy's morphology.

"lundi, il a déclaré" points back, "il se rendra lundi" forward. The verb group governing the
expression (its head verb and that verb's auxiliaries, or the copula of an adjective) decides;
when the parse attaches the expression to no verb, or that verb has no tense (an infinitive
hung on a noun), the sentence's main verb does; a sentence without a verb (a headline cut
in two) takes the nearest verb on its line. The few verbs the code must know (the near
future's auxiliary, the verbs whose passé composé takes "être") come from the lexicon.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from veille.extract.conjugation import infinitive_plus
from veille.extract.layout import column, layout, text_of

PAST = -1
PRESENT = 0
FUTURE = 1

_VERBAL = {"VERB", "AUX"}
_VERBAL_TAGS = {VERB, AUX}  # the same, as the ids of the POS column

Knows = Callable[[str, str], bool]  # (table, lemma) -> is the lemma in that word list?


def _no_words(table: str, word: str) -> bool:
    return False


def _group_tense(verb: Token, knows: Knows = _no_words, depth: int = 0) -> int | None:
    """The tense of a verb with its auxiliaries: -1 past, 0 present, 1 future."""
    children = list(verb.children)  # read once: each walk makes a Token per child again
    auxiliaries = [c for c in children if c.dep_.startswith("aux")]
    reflexive = any(c.dep_.startswith("expl") for c in children)
    active_with_etre = reflexive or knows("etre_verbs", verb.lemma_)
    if auxiliaries and all(a.dep_ == "aux:pass" for a in auxiliaries) and not active_with_etre:
        # A passive ("est prévue") has the tense of its auxiliary, not of the participle;
        # "est rentré", "s'est rendu" are a passé composé.
        return _group_tense(auxiliaries[0], knows, depth + 1) if depth < 4 else None
    members = [verb, *auxiliaries]
    features = [_features(m.morph) for m in members]
    tenses = {t for f in features for t in f.get("Tense", ())}
    moods = {m_ for f in features for m_ in f.get("Mood", ())}
    forms = {v for f in features for v in f.get("VerbForm", ())}
    if "Fut" in tenses:
        return FUTURE
    if "Cnd" in moods or any(
        _conditional_form(m, f, knows) for m, f in zip(members, features, strict=True)
    ):
        # "aurait rencontré", "auraient été tués": the past conditional alleges a past act;
        # "rencontrerait" is to come
        return PAST if "Part" in forms and len(members) > 1 else FUTURE
    if features[0].get("VerbForm", []) == ["Inf"]:
        head = verb.head
        going = knows("near_future_auxiliaries", head.lemma_)
        if head.i != verb.i and going and "Pres" in head.morph.get("Tense", []):
            return FUTURE
        if head.i != verb.i and head.pos_ in _VERBAL and depth < 4:
            return _group_tense(head, knows, depth + 1)
        return None
    if "Part" in forms and "Past" in tenses:
        return PAST
    if "Imp" in tenses or "Past" in tenses or "Pqp" in tenses:
        return PAST
    if "Pres" in tenses or "Sub" in moods:
        if any(knows("near_future_auxiliaries", c.lemma_) and c.pos_ in _VERBAL for c in children):
            return FUTURE
        return PRESENT
    return None


_FEATURES: dict[int, dict[str, list[str]]] = {}


def _features(morph: MorphAnalysis) -> dict[str, list[str]]:
    """A morphology's features (as `morph.get` gives each), read once per distinct analysis:
    `morph.get` parses the analysis again on each call."""
    key: int = morph.key  # type: ignore[attr-defined]  # the stubs lack it
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = {field: morph.get(field, []) for field in morph.to_dict()}
    return found


def _conditional_form(verb: Token, features: dict[str, list[str]], knows: Knows) -> bool:
    """A conditional the tagger read as an imperfect ("rendrait"): the ending after the
    infinitive is looked up in the lexicon (`conditional_endings`). `features`: the verb's
    (`_features`), already read."""
    if "Fin" not in features.get("VerbForm", []) or "Imp" not in features.get("Tense", []):
        return False
    return infinitive_plus(verb, lambda ending: knows("conditional_endings", ending))


def _governing_verb(token: Token) -> Token | None:
    seen = 0
    current = token
    while seen < 8:
        if current.pos_ in _VERBAL and current.i != token.i:
            return current
        if current.pos_ == "ADJ" and current.i != token.i:
            copula = next((c for c in current.children if c.dep_ == "cop"), None)
            if copula is not None:
                return copula  # "sont incertains pour la venue d'Auxerre samedi"
        if current.head.i == current.i:
            break
        current = current.head
        seen += 1
    if current.pos_ in _VERBAL:
        return current
    sentence = _sentence(token)
    verbs = _verbs(token.doc, sentence.start, sentence.end)
    if not verbs:
        return None
    return min(verbs, key=lambda v: abs(v.i - token.i))


def _sentence(token: Token) -> Span:
    doc = token.doc
    return token.sent if doc.has_annotation("SENT_START") else doc[:]


def _verbs(doc: Doc, start: int, end: int) -> list[Token]:
    """The verbs of tokens `start`..`end` but auxiliaries; read from the tags' column, so that
    a Token is made for the verbs only (not for every word of the sentence, per expression)."""
    tags = column(doc, POS)
    verbal = (doc[i] for i in range(start, end) if tags[i] in _VERBAL_TAGS)
    return [t for t in verbal if not t.dep_.startswith("aux")]


def _main_verb(sentence: Span) -> Token | None:
    root = sentence.root
    if root.pos_ in _VERBAL:
        return root
    copula = next((c for c in root.children if c.dep_ == "cop"), None)
    return copula


def _verb_on_line(token: Token) -> Token | None:
    """The nearest verb on the token's line, for a sentence without one ("Dimanche.")."""
    doc = token.doc
    # the tokens tile the text: the line's bounds are the tokens holding the line breaks
    # around it (`text_of` is read once per Doc; `doc.text` would be rebuilt)
    text, starts = text_of(doc), layout(doc).token_starts
    before = text.rfind("\n", 0, token.idx)
    first = 0 if before < 0 else bisect_right(starts, before)
    after = text.find("\n", token.idx)
    last = len(doc) - 1 if after < 0 else min(bisect_right(starts, after) - 1, len(doc) - 1)
    verbs = _verbs(doc, first, last + 1)
    return min(verbs, key=lambda v: abs(v.i - token.i)) if verbs else None


def _tense_of(verb: Token, knows: Knows) -> int | None:
    if verb.pos_ == "AUX" and verb.dep_.startswith("aux") and verb.head.pos_ in _VERBAL:
        verb = verb.head
    return _group_tense(verb, knows)


def told_in_past(doc: Doc, start: int, end: int, knows: Knows = _no_words) -> bool:
    """Does the expression hang straight on a verb conjugated in a past tense ("a réintégré
    l'Union africaine le 30 janvier")? Then it names a day gone by. Not through an infinitive
    ("a annoncé se rendre le 25") nor a bare participle ("prévu le 30"): their own time is
    not the verb's; nor after a preposition ("jusqu'au 30 juin")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    if any(c.dep_ == "case" for c in span.root.children):
        return False  # "a donné jusqu'au 30 juin": a bound, which may lie ahead
    verb = span.root.head
    if verb.i == span.root.i or verb.pos_ not in _VERBAL or verb.dep_.startswith("aux"):
        return False
    forms = verb.morph.get("VerbForm", [])
    finite = "Fin" in forms or any(c.dep_.startswith("aux") for c in verb.children)
    return finite and "Inf" not in forms and _group_tense(verb, knows) == PAST


def tense_at(doc: Doc, start: int, end: int, knows: Knows = _no_words) -> int | None:
    """The tense of the clause around the characters start..end, or None when unknown."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    verb = _governing_verb(span.root) or _verb_on_line(span.root)
    if verb is None:
        return None
    tense = _tense_of(verb, knows)
    if tense is None:
        main = _main_verb(_sentence(span.root))
        if main is not None and main.i != verb.i:
            tense = _tense_of(main, knows)
    return tense

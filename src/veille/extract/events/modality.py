"""Whether an event happened: asserted, planned, negated, possible or reported.

Tense and mood come from the parser's morphology (Tense=Fut, Mood=Cnd, Polarity=Neg); the
words that carry modality (devoir, prévoir de, selon...) come from `lang/fr/event_modality`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from spacy.attrs import DEP, LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from veille import lang
from veille.extract.conjugation import infinitive_plus
from veille.extract.layout import column, kept
from veille.records import Modality
from veille.text import fold

_MARKERS = frozenset(get_string_id(label) for label in ("case", "fixed"))
_FIXED = get_string_id("fixed")
# what a necessity (`il est essentiel`, `il faut`) governs: a `que` clause, an infinitive
_NECESSARY_CLAUSES = ("ccomp", "csubj", "xcomp", "dep")
_REPORTING_KEY = "veille.events.reporting"  # `kept` on the Doc: its reporting prepositions


def dependency_labels(doc: Doc) -> list[int]:
    """The dependency label ids of the Doc's tokens, read once per Doc (`layout.column`):
    `_reported` reads a whole sentence's labels for each event."""
    return column(doc, DEP)


@cache
def _cues(lang_code: str = "fr") -> dict[str, set[str]]:
    data: dict[str, Any] = lang.load("event_modality", lang_code)
    return {key: {fold(w) for w in words} for key, words in data.items()}


def _verb_group(verb: Token) -> list[Token]:
    return [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]


def _negated(verb: Token, cues: dict[str, set[str]]) -> bool:
    negatives = [
        child
        for child in verb.children
        if child.dep_ in ("advmod", "det", "cc")
        and ("Neg" in child.morph.get("Polarity", []) or fold(child.lemma_) in cues["negation"])
        and (child.dep_ == "advmod" or fold(child.lemma_) in cues["negation"])
    ]
    if not negatives:
        return False
    only_ne = all(fold(c.lemma_) in cues["restrictive_ne"] for c in negatives)
    return not (only_ne and _restrictive(verb, cues))


def _restrictive(verb: Token, cues: dict[str, set[str]]) -> bool:
    """`ne ... que` restricts, it does not negate (`n'a désigné que trois clients`): a `que`
    after the verb, before any other verb."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if fold(token.text) in cues["restrictive_que"]:
            return True
        if token.pos_ in ("VERB", "AUX") and not token.dep_.startswith("aux"):
            return False
    return False


def _conditional_form(verb: Token, cues: dict[str, set[str]]) -> bool:
    """The infinitive plus a conditional ending, which the tagger may take for an imperfect
    or a present (`poursuivraient`)."""
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    return infinitive_plus(verb, cues["conditional_endings"].__contains__)


def _simple_conditional(verb: Token, cues: dict[str, set[str]]) -> bool:
    """The verb itself in the conditional (`poursuivraient`), not its auxiliary (`aurait
    bombardé`, an allegation about the past)."""
    return "Cnd" in verb.morph.get("Mood", []) or _conditional_form(verb, cues)


def _compound_past(verb: Token) -> bool:
    """A past participle with its tense auxiliary (`a dû`, `ont dû`), not an imperfect."""
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ == "aux:tense" for c in verb.children
    )


def alleged(verb: Token) -> bool:
    """`aurait été bombardé`, `auraient tué`: the verb's own tense auxiliary in the conditional,
    an allegation about the past (not `pourrait être bombardé`, whose conditional is another
    verb's)."""
    return any(c.dep_ == "aux:tense" and "Cnd" in c.morph.get("Mood", []) for c in verb.children)


def past_tense(verb: Token) -> bool:
    """A finite verb group in a past tense (`a expulsé`, `expulsait`, `avait expulsé`)."""
    group = _verb_group(verb)
    return any(t in m.morph.get("Tense", []) for m in group for t in ("Past", "Imp")) and any(
        "Fin" in m.morph.get("VerbForm", []) for m in group
    )


def _conditional_mark(verb: Token, cues: dict[str, set[str]]) -> bool:
    """`si` / `s'il` opens a condition; `s'en suit` is a reflexive pronoun the parser took for
    the conjunction: an elided `s'` is `si` only before the pronouns that elide it."""
    for child in verb.children:
        if child.dep_ != "mark" or fold(child.text) not in cues["conditional_marks"]:
            continue
        if not child.text.endswith(("'", "’")):
            return True
        following = verb.doc[child.i + 1] if child.i + 1 < len(verb.doc) else None
        if following is not None and fold(following.text) in cues["elided_si_before"]:
            return True
    return False


def _own(verb: Token, cues: dict[str, set[str]], negation: bool = True) -> Modality | None:
    """What the verb's own morphology and modifiers say."""
    if negation and _negated(verb, cues):
        return "negated"
    group = _verb_group(verb)
    if any(_simple_conditional(t, cues) for t in group):
        return "possible"
    if any(fold(c.lemma_) in cues["hedges"] for c in verb.children if c.dep_ == "advmod"):
        return "possible"
    if any("Fut" in t.morph.get("Tense", []) for t in group):
        return "planned"
    return None


def _noun_modality(trigger: Token, cues: dict[str, set[str]]) -> Modality | None:
    """What a nominal trigger's own words say: `prochaine visite`, `la visite prévue`
    (planned), `une attaque présumée` (possible), `l'annulation du sommet` (negated)."""
    around = [c for c in trigger.children if c.dep_.startswith(("amod", "acl", "nmod"))]
    if any(fold(c.lemma_) in cues["planned_modifiers"] for c in trigger.children):
        return "planned"
    if any(
        fold(c.lemma_) in cues["hedge_modifiers"] or fold(c.text) in cues["hedge_modifiers"]
        for c in around
    ):
        return "possible"
    if trigger.dep_ == "nmod" and fold(trigger.head.lemma_) in cues["negating_nouns"]:
        return "negated"
    if any(
        c.dep_ == "acl"
        and "Part" in c.morph.get("VerbForm", [])
        and fold(c.lemma_) in cues["negating_governors"]
        for c in trigger.children
    ):
        return "negated"  # `un attentat déjoué`, `la visite annulée`
    return None


def _subject_modality(
    trigger: Token, chain: list[Token], sentence: Span, cues: dict[str, set[str]]
) -> Modality:
    """An event noun as subject (`une revendication semble suspecte`, `l'attaque n'a pas fait
    de victimes`) happened whatever its predicate says, unless the predicate is itself in the
    future or the conditional (`des commandes seraient à l'étude`)."""
    predicate = trigger.head
    if trigger.dep_ == "nsubj:pass" and fold(predicate.lemma_) in cues["negating_governors"]:
        return "negated"  # `un attentat a été déjoué`, `le sommet a été annulé`
    group = [predicate, *(c for c in predicate.children if c.dep_.startswith(("aux", "cop")))]
    if any("Cnd" in t.morph.get("Mood", []) or _conditional_form(t, cues) for t in group):
        return "possible"
    if any("Fut" in t.morph.get("Tense", []) for t in group):
        return "planned"
    return _reported(chain, sentence, cues) or "asserted"


def _reporting_preposition(token: Token, cues: dict[str, set[str]]) -> bool:
    """`selon`, or `d'après` written as two tokens (`D'` with `après` fixed to it)."""
    if fold(token.lemma_) in cues["reported"]:
        return True
    return any(
        c.dep_ == "fixed" and fold(token.text + c.text) in cues["reported"] for c in token.children
    )


def _reported(chain: list[Token], sentence: Span, cues: dict[str, set[str]]) -> Modality | None:
    clauses = {t.i for t in chain}
    doc = sentence.doc
    reporting = _reporting_prepositions(doc, cues)
    first = bisect_left(reporting, sentence.start)
    for i in reporting[first : bisect_left(reporting, sentence.end)]:
        token = doc[i]
        if chain and token.i == chain[0].i:
            continue  # `Selon X, ...` coded as X's statement: that statement was made
        # `selon X` attributes the clause it hangs from, not every clause of the sentence
        phrase = token.head if token.dep_ == "case" else token.head.head
        if chain and phrase.i == chain[0].i:
            continue  # `selon l'annonce du gouvernement`: the statement attributed to
        if phrase.head.i in clauses or phrase.i in clauses or phrase.head.i == phrase.i:
            return "reported"
    return None


def _reporting_prepositions(doc: Doc, cues: dict[str, set[str]]) -> list[int]:
    """The indices of the Doc's reporting prepositions (`selon`, `d'après`), found once per Doc
    (`_reported` reads them for each event of a sentence). A Token object is made only for a
    `fixed` word and for a `case` or `fixed` word whose lemma is a cue or that has a `fixed`
    word (`D'` with `après`): `_reporting_preposition` can say yes to no other."""

    def find(doc: Doc) -> list[int]:
        relations = dependency_labels(doc)
        lemmas = column(doc, LEMMA)
        cue_lemma: dict[int, bool] = {}  # lemma hash -> is it a cue (`de`, `à` come back often)
        candidates: set[int] = set()
        for i, relation in enumerate(relations):
            if relation not in _MARKERS:
                continue
            if relation == _FIXED:
                candidates.add(doc[i].head.i)
            lemma = lemmas[i]
            if lemma not in cue_lemma:
                cue_lemma[lemma] = fold(doc.vocab.strings[lemma]) in cues["reported"]
            if cue_lemma[lemma]:
                candidates.add(i)
        return [
            i
            for i in sorted(candidates)
            if relations[i] in _MARKERS and _reporting_preposition(doc[i], cues)
        ]

    return kept(doc, _REPORTING_KEY, find)


def modality_of(trigger: Token, chain: list[Token], sentence: Span) -> Modality:
    """Modality of the event at `trigger`; `chain` is the trigger and its governing verbs."""
    cues = _cues()
    if trigger.pos_ == "NOUN":
        if own_words := _noun_modality(trigger, cues):
            return own_words
        if trigger.dep_.startswith("nsubj"):
            return _subject_modality(trigger, chain, sentence, cues)
    for i, verb in enumerate(chain):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = fold(verb.lemma_)
        if "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "acl":
            if fold(verb.head.lemma_) in cues["planned_nouns"]:
                return "planned"  # `son intention de porter plainte`
            if fold(verb.head.head.lemma_) in cues["directive_governors"]:
                return "planned"  # `a ordonné aux forces de traquer`, parsed on `forces`
        if i > 0 and lemma in cues["affirming_when_negated"] and _negated(verb, cues):
            # `n'hésitent pas à se servir des civils`: they do (`n'hésitera pas`: they will)
            if tense_or_mood := _own(verb, cues, negation=False):
                return tense_or_mood
            continue
        if i > 0 and lemma in cues["negating_governors"]:
            return "negated"
        own = _own(verb, cues)
        if own == "negated":
            return own
        if _conditional_mark(verb, cues):
            return "possible"
        if i > 0 and lemma in cues["possible_governors"] | cues["alleging_governors"]:
            return "possible"
        if i > 0 and lemma in cues["done_when_compound_past"] and _compound_past(verb):
            continue  # `a dû démissionner`: he had to, and did (`devait se rendre`: planned)
        if i > 0 and lemma in cues["done_when_past"] and past_tense(verb):
            continue  # `ont décidé de bloquer l'accès`: in a report of the past, it was done
        if i > 0 and (lemma in cues["planned_governors"] or lemma in cues["intending_governors"]):
            return "planned"
        if i > 0 and lemma in cues["announcing_governors"] and _plain_infinitive(chain[i - 1]):
            return "planned"  # `a annoncé envoyer de l'aide`; `a indiqué avoir ordonné` is done
        if (
            i > 0
            and lemma in cues["directive_governors"]
            and "Inf" in chain[i - 1].morph.get("VerbForm", [])
        ):
            return "planned"  # `a ordonné aux forces de traquer`; `a ordonné une frappe` is done
        if (
            i == 1
            and lemma in cues["demanding_governors"]
            and chain[0].dep_ == "xcomp"
            and _plain_infinitive(chain[0])
            and any(c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl") for c in verb.children)
        ):
            # `appelle la Chine à condamner`: asked of someone, as a `que` clause is (not the
            # event a noun names: `demande à Israël de cesser ses frappes`)
            return "possible"
        if (
            own == "possible"
            and verb.dep_ == "ccomp"
            and _simple_conditional(verb, cues)
            and lemma not in cues["possible_governors"]
            and past_tense(verb.head)
        ):
            return "planned"  # `a assuré que les États-Unis poursuivraient`: future in the past
        if own:
            return own
        if i > 0 and chain[i - 1].dep_ == "ccomp":
            break  # a reported clause keeps its own modality, not the speaker's
        if verb.dep_ == "ccomp" and fold(verb.head.lemma_) in cues["demanding_governors"]:
            return "possible"  # `exige que la Russie retire ses troupes`
        if verb.dep_ in _NECESSARY_CLAUSES and fold(verb.head.lemma_) in cues["necessity_words"]:
            return "possible"  # `il est essentiel que X coopèrent`, `il faut négocier`
        if verb.dep_ == "xcomp" and fold(verb.head.lemma_) in cues["intending_adjectives"]:
            return "planned"  # `se dit prêt à collaborer`, `est prête à négocier`
    return _reported(chain, sentence, cues) or "asserted"


def _plain_infinitive(verb: Token) -> bool:
    """An infinitive without the auxiliary of the perfect (`envoyer`, not `avoir envoyé`)."""
    return "Inf" in verb.morph.get("VerbForm", []) and not any(
        c.dep_.startswith("aux") for c in verb.children
    )


def asked_or_intended(clause: Token) -> bool:
    """`exige que la Russie retire ses troupes`, `son intention de porter plainte`: the clause
    is what someone asks for or means to do, whoever it involves."""
    cues = _cues()
    head = fold(clause.head.lemma_)
    return (clause.dep_ == "ccomp" and head in cues["demanding_governors"]) or (
        clause.dep_ == "acl" and head in cues["planned_nouns"]
    )


def asker(noun: Token) -> Token | None:
    """The verb or noun that asks for the event noun: `a appelé à un cessez-le-feu entre Israël
    et le Hamas`, `une résolution pour un cessez-le-feu`: the event noun is what is asked
    for, not something done (`a ordonné une frappe` is: an order is carried out); so is one
    named through a carrying noun that is asked (`ont demandé le respect d'un cessez-le-feu`:
    the askers make no ceasefire)."""
    cues = _cues()
    head = noun.head
    lemma = fold(head.lemma_)
    if noun.dep_ == "nmod" and head.pos_ == "NOUN" and lemma in cues["carrying_nouns"]:
        return asker(head) if head.head.i != head.i else None
    cases = [fold(c.text) for c in noun.children if c.dep_ == "case"]
    asked_by_verb = (
        head.pos_ == "VERB"
        and lemma in cues["demanding_governors"]
        and lemma not in cues["directive_governors"]
        and (noun.dep_ == "obj" or (bool(cases) and cases[0] in cues["asking_prepositions"]))
    )
    asked_by_noun = (
        head.pos_ == "NOUN"
        and lemma in cues["asking_nouns"]
        and bool(cases)
        and cases[0] in cues["asking_prepositions"]
    )
    return head if asked_by_verb or asked_by_noun else None


def aimed_at(noun: Token) -> bool:
    """`pour un cessez-le-feu entre Israël et le Hamas`, `pour des négociations`: an event noun
    with an indefinite determiner after a preposition of aim is what is sought, wherever the
    parser hangs it; with a definite or possessive one it is a reason (`remercié pour son aide`:
    the aid was given)."""
    cases = [c for c in noun.children if c.dep_ == "case"]
    if not cases or fold(cases[0].text) not in _cues()["aim_prepositions"]:
        return False
    return all("Ind" in c.morph.get("Definite", []) for c in noun.children if c.dep_ == "det")


def sets_the_scene(noun: Token) -> bool:
    """`depuis l'invasion de l'Ukraine`, `après un double attentat`: an event noun in a
    complement of time sets the scene of its clause."""
    cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return bool(cases) and fold(cases[0].text) in _cues()["scene_prepositions"]


def told_before(noun: Token) -> bool:
    """`ses précédentes déclarations`, `les attentats antérieurs`: an event noun marked as
    told of the past is background to the story, no event of its own."""
    earlier = _cues()["earlier_modifiers"]
    return any(c.dep_ == "amod" and fold(c.lemma_) in earlier for c in noun.children)


@cache
def _governors(lang_code: str = "fr") -> frozenset[str]:
    """The verbs that, with an infinitive, say when or whether (joined once, not per verb)."""
    cues = _cues(lang_code)
    return frozenset(cues["planned_governors"] | cues["possible_governors"])


def semi_auxiliary(verb: Token) -> bool:
    """`va participer`, `doit se rendre`: with an infinitive, aller, devoir, pouvoir... say
    when or whether, not an event of their own (`aller` is then no journey)."""
    lemma = fold(verb.lemma_)
    if lemma not in _governors():
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )

"""The trigger lexicon, indexed by folded lemma, with each entry's frame as a small record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Token

from veille import lang
from veille.text import fold


def _words(phrase: str) -> tuple[str, ...]:
    """`état d'urgence` -> (`etat`, `urgence`): content words, folded, for matching lemmas.

    A phrase of short words only ("ue") would match nothing: it is an error in the lexicon."""
    words = tuple(w for w in fold(phrase).replace("'", " ").split() if len(w) > 2 or w == "cpi")
    if not words:
        raise ValueError(f"event_triggers: {phrase!r} has no word of three letters or more")
    return words


@dataclass(frozen=True)
class Frame:
    """One trigger: which code it gives and where its source and target are."""

    code: str
    kind: str  # "verb" | "noun"
    lemma: str
    reflexive: bool = False
    needs: tuple[tuple[str, ...], ...] = ()  # objects (verbs) or complements (nouns), as words
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    mutual: bool = False
    host: bool = False
    political_target: bool = False
    undergone: bool = False  # the subject undergoes it: `a essuyé des critiques`
    # `se demander si`, `défendre une idée`: this sense is no event; the look-up stops here
    no_event: bool = False
    infinitive: bool = False  # needs an infinitive complement: `va rencontrer` (near future)
    # needs a content clause of its own (`a précisé que ...`): see `has_content_clause`
    clause: bool = False
    target_kinds: frozenset[str] = frozenset()  # the target's actor kinds, when the sense needs
    # the source's actor kinds or CAMEO roles, when the sense depends on who acts (`tuer` by
    # the police or an army is military force, by anyone else an assault)
    source_kinds: frozenset[str] = frozenset()
    # a noun sense of one grammatical number only ("Sing", "Plur"): the plural `revendications`
    # of a union or a crowd are demands, the singular `revendication` the claim of an attack
    number: str = ""
    # a noun sense in a phrase its preposition opens (folded): `à l'aide de` is a means, no aid
    case: str = ""

    @property
    def specificity(self) -> int:
        return 2 * bool(self.needs or self.infinitive or self.clause) + self.reflexive

    def clause_met(self, verb: Token) -> bool:
        """Whether `verb` has the content clause this entry needs (always, for one that needs
        none); the coder tries an entry only where this holds."""
        return not self.clause or has_content_clause(verb)


def has_content_clause(verb: Token) -> bool:
    """`a précisé que les assaillants ont ouvert le feu`: the verb governs a clause a
    subordinator opens (a `ccomp` with a `mark`), what it says in a clause of its own. An
    incise after a quotation or a reported sentence (`», précise-t-il`, `..., a précisé le
    Conseil d'État`) governs none: it goes on with what was told (read for the few entries that
    need a clause only, from the verb's own dependents)."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in verb.children
    )


_MEMO_KEPT = 1 << 16  # look-ups a lexicon remembers before its memo starts again


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, tuple[Frame, ...]]
    contractions: dict[str, str]
    form_endings: tuple[tuple[str, str], ...] = ()  # (ending of a form, ending of its lemma)
    articles: frozenset[str] = frozenset()  # articles the parser may read as prepositions
    # `selon la police`: the statement a preposition attributes to whom it introduces, and
    # those prepositions as the text writes them (folded, `d'apres` in one word)
    attribution: Frame | None = None
    attributing: frozenset[str] = frozenset()
    # noun senses of one number, kept apart from `nouns` so that only `in_number` gives them
    numbered_nouns: dict[str, tuple[Frame, ...]] = field(default_factory=dict)
    # noun senses in a phrase one preposition opens, kept apart likewise
    cased_nouns: dict[str, tuple[Frame, ...]] = field(default_factory=dict)

    def in_number(self, frames: tuple[Frame, ...], noun: Token) -> tuple[Frame, ...]:
        """A noun's `frames` (its lemma's entries), after the senses of its lemma in the phrase
        its preposition opens (`à l'aide de`: a means) and in its number (`revendications`:
        demands); the token's dependents and morphology are read only for the few lemmas with
        such senses, a dict look-up for the others."""
        lemma = frames[0].lemma if frames else ""
        numbered, cased = self.numbered_nouns.get(lemma), self.cased_nouns.get(lemma)
        if not numbered and not cased:
            return frames
        first: list[Frame] = []
        if cased:
            opened_by = {fold(c.text) for c in noun.children if c.dep_ == "case"}
            first += (f for f in cased if f.case in opened_by)
        if numbered:
            number = noun.morph.get("Number", [])
            first += (f for f in numbered if f.number in number)
        return (*first, *frames)

    def attributes(self, token: Token) -> bool:
        """Is `token` a preposition attributing a claim (`selon`, the `après` of `d'après`)?"""
        if not self.attributing or token.pos_ != "ADP":
            return False
        folded = fold(token.text)
        if folded in self.attributing:
            return True
        if not self.may_attribute(folded):
            return False  # (`de`, `à`: most prepositions end no entry; no Token made before)
        before = token.doc[token.i - 1] if token.i else None
        return before is not None and fold(before.text + token.text) in self.attributing

    def may_attribute(self, folded: str) -> bool:
        """Whether a preposition's folded text is an attributing entry or may end one."""
        return folded in self.attributing or folded in self._attributing_ends

    @cached_property
    def memo(self) -> dict[tuple[object, ...], object]:
        """Answers that depend on a word's strings alone (`verb_form`, the coder's look-ups by
        the words' hashes), kept with this lexicon across Docs; cleared when it grows past
        `_MEMO_KEPT` entries."""
        return {}

    def remembered(self, key: tuple[object, ...], find: Callable[[], object]) -> object:
        """`find()`, worked out once per `key` (see `memo`)."""
        memo = self.memo
        if key not in memo:
            if len(memo) > _MEMO_KEPT:
                memo.clear()
            memo[key] = find()
        return memo[key]

    @cached_property
    def _attributing_ends(self) -> frozenset[str]:
        """What a preposition's text may be, folded, to end an entry written as two tokens (the
        `apres` of `d'apres`): folding a pair of words folds each (every combining mark goes)."""
        return frozenset(entry[k:] for entry in self.attributing for k in range(1, len(entry) + 1))

    def verb_form(self, form: str) -> tuple[Frame, ...] | None:
        """Frames of a verb form the tagger left unlemmatised (`demande`, `estiment`): the
        form with its ending turned into the infinitive's, when that is an entry (looked up
        once per form: every noun of an article is tried as a verb read as a noun)."""
        return self.remembered(("form", form), lambda: self._verb_form(form))  # type: ignore[return-value]

    def _verb_form(self, form: str) -> tuple[Frame, ...] | None:
        folded = fold(form)
        for ending, lemma_ending in self.form_endings:
            if folded.endswith(ending):
                frames = self.verbs.get(folded[: len(folded) - len(ending)] + lemma_ending)
                if frames:
                    return frames
        return None

    def preposition(self, word: str) -> str:
        folded = fold(word)
        return fold(self.contractions.get(folded, folded))


def _index(frames: list[Frame]) -> dict[str, tuple[Frame, ...]]:
    index: dict[str, list[Frame]] = {}
    for frame in frames:
        index.setdefault(frame.lemma, []).append(frame)
    return {k: tuple(sorted(v, key=lambda f: -f.specificity)) for k, v in index.items()}


@cache
def lexicon(lang_code: str = "fr") -> Lexicon:
    data = lang.load("event_triggers", lang_code)
    verbs = [
        Frame(
            code=entry.get("code", ""),
            kind="verb",
            lemma=fold(entry["lemma"]),
            reflexive=entry.get("se", False),
            needs=tuple(_words(o) for o in entry.get("object", ())),
            source=tuple(fold(t) for t in entry.get("source", ("subj",))),
            target=_verb_target(entry),
            mutual=entry.get("mutual", False),
            host=entry.get("host", False),
            political_target=entry.get("political_target", False),
            undergone=entry.get("undergone", False),
            no_event=entry.get("none", False),
            infinitive=entry.get("infinitive", False),
            clause=entry.get("clause", False),
            target_kinds=frozenset(entry.get("target_kind", ())),
            source_kinds=frozenset(entry.get("source_kind", ())),
        )
        for entry in data["verbs"]
    ]
    nouns: list[Frame] = []
    numbered: list[Frame] = []
    cased: list[Frame] = []
    for entry in data["nouns"]:
        head, *rest = _words(entry["lemma"])
        needs = tuple(_words(w) for w in entry.get("with", ()))
        if rest:
            needs = (tuple(rest),) if not needs else tuple((*n, *rest) for n in needs)
        kept = cased if "case" in entry else numbered if "number" in entry else nouns
        kept.append(
            Frame(
                code=entry.get("code", ""),
                kind="noun",
                lemma=head,
                needs=needs,
                source=tuple(fold(s) for s in entry.get("source", ())),
                target=tuple(fold(t) for t in entry.get("target", ())),
                mutual=entry.get("mutual", False),
                no_event=entry.get("none", False),
                target_kinds=frozenset(entry.get("target_kind", ())),
                source_kinds=frozenset(entry.get("source_kind", ())),
                number=entry.get("number", ""),
                case=fold(entry.get("case", "")),
            )
        )
    if lonely := {f.lemma for f in (*numbered, *cased)} - {f.lemma for f in nouns}:
        # `in_number` is reached through the lemma's plain senses
        raise ValueError(
            f"event_triggers: a noun sense of one number or phrase only: {sorted(lonely)}"
        )
    contractions = {fold(k): v for k, v in data.get("contractions", {}).items()}
    endings = sorted(data.get("verb_form_endings", {}).items(), key=lambda kv: -len(kv[0]))
    return Lexicon(
        _index(verbs),
        _index(nouns),
        contractions,
        tuple((fold(form), fold(lemma)) for form, lemma in endings),
        frozenset(fold(w) for w in data.get("article_prepositions", ())),
        _attribution(attributions) if (attributions := data.get("attributions")) else None,
        frozenset(fold(w) for w in (attributions or {}).get("prepositions", ())),
        _index(numbered),
        _index(cased),
    )


def _verb_target(entry: dict) -> tuple[str, ...]:
    """Where a verb entry's target is. A sense that is no event has none to find, but reads its
    object in a passive subject as well ("la sécurité est assurée par la police", "le titre
    était détenu par X" are no statement, no arrest): the coder takes a passive subject for the
    object only where the target is the object."""
    if entry.get("none") and entry.get("object") and "target" not in entry:
        return ("obj",)
    return tuple(fold(t) for t in entry.get("target", ()))


def _attribution(entry: dict) -> Frame:
    return Frame(code=entry["code"], kind="noun", lemma=fold(entry["prepositions"][0]))

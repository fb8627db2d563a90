"""Sides told elsewhere in the story: an event a sentence tells without its doer or its
target may be completed from what the whole article says (the one actor who claimed the
attack, the one assailant it tells or names so; whoever did the same act to the same target
before; whoever did the event a condemnation is about, whose a thing told again is, the
actor the article is about). Runs once per article, after every
sentence is coded and before events are dated and emitted: one pass over the coded
sentences, no parse."""

from __future__ import annotations

from dataclasses import replace

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from veille import lang
from veille.extract.events.actors import ActorIndex, joined_by_de
from veille.extract.events.arguments import passive_subjects, walk_up
from veille.extract.events.coded import Coded
from veille.extract.events.lexicon import lexicon
from veille.extract.events.modality import dependency_labels, modality_of
from veille.text import fold

# A killing or beating (CAMEO 182) told of its victim alone is a death report: no doer is
# given to it from the story.
UNSOURCED_ASSAULT = "182"
# A claim of responsibility (015) names who did the assault (root 18) it is about: its object
# or, told in the passive, its subject.
_CLAIM = "015"
_ASSAULT = "18"
_CLAIMED_DEPS = ("obj", "nsubj:pass", "nsubj")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_AIMED_ROOTS = ("11", "12")
_PROTAGONIST_LEAD = 2
_TOLD_AGAIN = ("11", "17")  # roots of acts against someone that the same doer tells again
_THING_DEPS = ("obj", "nsubj:pass")
_VIOLENCE = "18"  # roots from here on strike the thing itself, not its owner
_STATEMENT = "01"
_NAMED_DEPS = ("obl", "obl:arg", "obl:mod", "nmod")  # `il s'agit d'un acte`: what it was
# statements and intents about a thing are not done to its owner
_UNAIMED_ROOTS = ("01", "02", "03")
_BARE_DEPS = ("det", "amod", "nummod", "advmod")  # `le premier décret`: still names no one
_OWNER_DEPTH = 2  # nouns a passive subject's owner may be named under (`la version du décret de X`)
_ASSAILANT_TOLD = 2  # assaults an actor must be told doing to be the story's assailant
_JUDGED_CLAUSES = ("ccomp", "csubj")  # `a jugé inacceptable que ...`, `estime que ...`
# the words of a judged clause that may name the event it is about
_CLAUSE_NOUN_DEPS = ("nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod")

# Acts of investigation (CAMEO root 09: questioning, hearing) only the police or the courts do,
# and charges (1121: `inculpé`) only the courts do, with the CAMEO role codes of those who do
# them, for `_investigator_named_before`. (Arrests (173) are left out: `ont été mis en examen`
# after `les CRS` is a judge's act, not the police's named before; and `Il a été placé en
# détention provisoire` after `a annoncé le parquet`: the gold names no one.)
_INVESTIGATORS = (("09", ("COP", "JUD")), ("1121", ("JUD",)))
_GOING_ON = ","  # a reporting clause split off its sentence (`», a annoncé le parquet`)
_PASSIVE_DEPS = ("aux:pass", "nsubj:pass")

CodedSentences = list[tuple[Span, list[Coded]]]


def complete_from_story(
    coded_sentences: CodedSentences, actors: ActorIndex, title_end: int
) -> CodedSentences:
    """Each sentence's coded events, with the sides the story gives where the sentence gives
    none (`actors`: the coder's index of the article's actors; `title_end`: where its title
    ends). The attacks' doers come first: a condemnation of `l'attentat` aims at whoever
    the story says did it, claimant or assailant."""
    coded_sentences = _attacks_completed(coded_sentences, actors, title_end)
    coded_sentences = _investigator_named_before(coded_sentences, actors)
    coded_sentences = _doers_told_before(coded_sentences)
    coded_sentences = _aimed_at_doers(coded_sentences)
    coded_sentences = _aimed_at_owners(coded_sentences, actors)
    coded_sentences = [
        (sentence, [_aimed_at_passive_owner(c, actors) for c in in_sentence])
        for sentence, in_sentence in coded_sentences
    ]
    coded_sentences = [
        (sentence, _shared_aims(in_sentence)) for sentence, in_sentence in coded_sentences
    ]
    aimable = any(
        _may_be_aimed(c) for _sentence, in_sentence in coded_sentences for c in in_sentence
    )
    protagonist = _protagonist(actors) if aimable else None  # (it reads every actor)
    if protagonist is not None:
        coded_sentences = [
            (sentence, _aimed_at(protagonist, sentence, in_sentence))
            for sentence, in_sentence in coded_sentences
        ]
    return coded_sentences


def _attacks_completed(
    coded_sentences: CodedSentences, actors: ActorIndex, title_end: int
) -> CodedSentences:
    """Assaults told without their doer, given the one actor who claimed an attack or the
    story's one assailant, named so or told doing two."""
    claimant = _claimant(coded_sentences)
    attacker_words = lang.words("event_story", "attacker_nouns")
    doer = claimant or _one_assailant(coded_sentences)
    named = None
    if doer is None and _attack_story(coded_sentences, title_end):
        named = _named_attacker(actors, attacker_words)
    doer = doer or named
    if doer is None:
        return coded_sentences
    attackers = {a for a, actor in actors.by_id.items() if fold(actor["name"]) in attacker_words}
    completed: CodedSentences = []
    for sentence, in_sentence in coded_sentences:
        # a death report stays one when the sentence tells the attack it is the toll of
        # (`Cinq personnes ont été tuées dans un attentat`), or when no one claimed the attack
        toll = claimant is None or any(
            c.frame.kind == "noun"
            and _assault(c)
            and not c.frame.code.startswith(UNSOURCED_ASSAULT)
            for c in in_sentence
        )
        # an attack a claim of its sentence is about is the claimant's, named or not (`l'EI
        # ayant revendiqué l'assassinat de deux policiers`), and one elsewhere than the
        # title's places is another: not the named attacker's
        claimed = _claims_of(in_sentence) if named is not None else set()
        if named is not None:
            claimed |= _elsewhere(in_sentence, actors, title_end)
        completed.append(
            (
                sentence,
                [
                    c
                    if (toll and c.frame.code.startswith(UNSOURCED_ASSAULT))
                    or c.trigger.i in claimed
                    else _named_an_attack(
                        _struck_back(
                            _claimed_by(c, doer, title_end, attackers), doer, actors, title_end
                        ),
                        doer,
                        sentence,
                    )
                    for c in in_sentence
                ],
            )
        )
    return completed


def _named_an_attack(coded: Coded, doer: str, sentence: Span) -> Coded:
    """`Les autorités ont confirmé qu'il s'agissait d'un « acte de terrorisme »`: a statement
    told with its doer and without whom it is about, whose clause names what the story's
    attack was (`il s'agit de` an act noun or an assault, `naming_verbs`), is about that
    attack's doer. Not when the clause or the statement is denied (`il ne s'agissait pas
    d'un acte de terrorisme`, `il n'est pas confirmé qu'il s'agit d'un attentat`)."""
    if coded.targets or not coded.sources or coded.frame.code[:2] != _STATEMENT:
        return coded
    if doer in coded.sources:
        return coded
    naming = lang.words("event_story", "naming_verbs")
    for clause in coded.trigger.children:
        if clause.dep_ != "ccomp" or fold(clause.lemma_) not in naming:
            continue
        if not any(_attack_noun(c) for c in clause.children if c.dep_ in _NAMED_DEPS):
            continue
        if modality_of(clause, [clause, *walk_up(clause)], sentence) != "asserted":
            continue
        return replace(coded, targets=[doer])
    return coded


def _attack_noun(noun: Token) -> bool:
    """An act noun (`acte`, `crime`) or a noun of the lexicon telling violence (`attentat`)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = fold(noun.lemma_)
    if lemma in lang.words("event_story", "act_nouns"):
        return True
    return any(f.code[:2] >= _VIOLENCE for f in lexicon().nouns.get(lemma, ()))


def _struck_back(coded: Coded, doer: str, actors: ActorIndex, title_end: int) -> Coded:
    """`Le véhicule a explosé après que les forces de sécurité aient ouvert le feu en sa
    direction`, `cinq des assaillants ont été tués par les forces de l'ordre`: violence done
    by the police or the armed forces alone (CAMEO roles `responder_roles`) and told without
    whom it strikes, in the story of an attack whose doer the article gives, strikes that
    doer: the answer to the attack. Not in the title, nor told in the pluperfect (an earlier
    fight told as background)."""
    if coded.targets or not coded.sources or coded.frame.code[:2] < _VIOLENCE:
        return coded
    roles = tuple(lang.load("event_story")["responder_roles"])
    if not all((actors.by_id[a].get("cameo") or "").endswith(roles) for a in coded.sources):
        return coded
    if coded.trigger.idx < title_end or _pluperfect(coded.clause):
        return coded
    return replace(coded, targets=[doer])


def _named_attacker(actors: ActorIndex, attacker_words: frozenset[str]) -> str | None:
    """`Le tireur est un homme de 39 ans, Kori Ali Muhammad`, `des terroristes déguisés`, `les
    assaillants`: the one actor the article names by an attacker noun (`attacker_nouns`, the
    head word of one of its mentions) did the assaults it tells without a doer, when no one
    claims them and no one is told doing two (the gold codes `des terroristes` so: `une
    double attaque sur la MINUSMA`). None when no one or several are so named."""
    if actors.doc is None:
        return None
    named = set()
    for actor_id, actor in actors.by_id.items():
        for mention in actor.get("mentions", ()):
            span = actors.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is not None and fold(span.root.text) in attacker_words:
                named.add(actor_id)
    return next(iter(named)) if len(named) == 1 else None


def _attack_story(coded_sentences: CodedSentences, title_end: int) -> bool:
    """Does the article's title tell violence (`Mali : attaque à Tombouctou`, `une ancienne
    candidate de The Voice meurt assassinée`)? Then the attack is its story, not background
    (`Mort du porte-parole de l'État islamique`, whose body recalls attacks by `les
    terroristes`)."""
    for _, in_sentence in coded_sentences:
        for c in in_sentence:
            if c.trigger.idx >= title_end:
                return False
            if c.frame.code[:2] >= _VIOLENCE:
                return True
    return False


def _elsewhere(in_sentence: list[Coded], actors: ActorIndex, title_end: int) -> set[int]:
    """The assaults of a sentence that strike a place the title does not name (`Égypte :
    deux églises visées par des attentats ... deux jours après l'attentat survenu à
    Stockholm`): another attack than the story's, not its named attacker's."""
    return {
        c.trigger.i
        for c in in_sentence
        if any(
            actors.plain_place(t)
            and not any(m["start"] < title_end for m in actors.by_id[t].get("mentions", ()))
            for t in c.targets
        )
    }


def _claims_of(in_sentence: list[Coded]) -> set[int]:
    """The tokens a sentence's claims of responsibility are about: what `_claimed` finds, and
    the words under the claim, which the parser may hang elsewhere (`ayant revendiqué pas plus
    tôt que jeudi l'assassinat`: under `jeudi`)."""
    return {
        i
        for c in in_sentence
        if c.frame.code.startswith(_CLAIM)
        for i in _claimed(c.trigger) | {t.i for t in c.trigger.subtree}
    }


def _assault(coded: Coded) -> bool:
    return coded.frame.code[:2] == _ASSAULT


def _claimant(coded_sentences: CodedSentences) -> str | None:
    """The one actor the article says claimed an attack (`L'attentat a été revendiqué par les
    shebab`, `X a revendiqué l'attaque`): a claim of responsibility (015) whose object, or
    passive subject, is an assault coded in its sentence, and that is not denied (`L'attaque
    n'a pas été revendiquée`). None when no one or several claim."""
    claimants: set[str] = set()
    for sentence, in_sentence in coded_sentences:
        assaults = {c.trigger.i for c in in_sentence if c.frame.code[:2] == _ASSAULT}
        for c in in_sentence:
            if not c.frame.code.startswith(_CLAIM) or not c.sources or not assaults:
                continue
            if not assaults & _claimed(c.trigger):
                continue
            if modality_of(c.trigger, list(walk_up(c.trigger)), sentence) == "negated":
                continue
            claimants.update(c.sources)
    return next(iter(claimants)) if len(claimants) == 1 else None


def _claimed(claim: Token) -> set[int]:
    """The tokens of what a claim is about: its object or passive subject; for a claim
    coordinated without a subject of its own, the subject of the verb it goes on from
    (`L'attaque, qui a eu lieu près du palais, a été revendiquée`); for a participle, the noun
    it describes (`Ces attaques, revendiquées par les shebab`)."""
    told = [child for child in claim.children if child.dep_ in _CLAIMED_DEPS]
    if not told and claim.dep_ == "conj":
        told = [c for c in claim.head.children if c.dep_ in _SUBJECT_DEPS]
    if not told and claim.dep_ == "acl":
        return {claim.head.i}
    return {t.i for child in told for t in child.subtree}


def _one_assailant(coded_sentences: CodedSentences) -> str | None:
    """`L'assaillant a lancé sa voiture sur la foule et poignardé un policier ... Il a été
    abattu par la police`: the one actor the article tells doing assaults, not counting
    whoever only strikes back at him (the police shooting the attacker), is the doer of those
    it tells without one (`le bilan de l'attaque`). None when no one or several."""
    struck: dict[str, set[str]] = {}
    told: dict[str, int] = {}
    for _, in_sentence in coded_sentences:
        for c in in_sentence:
            if c.frame.code[:2] == _ASSAULT:
                for source in c.sources:
                    struck.setdefault(source, set()).update(c.targets)
                    told[source] = told.get(source, 0) + 1
    first = [doer for doer, victims in struck.items() if victims - set(struck)]
    if len(first) != 1 or told[first[0]] < _ASSAILANT_TOLD:
        return None
    return first[0]


def _claimed_by(coded: Coded, claimant: str, title_end: int, attackers: set[str]) -> Coded:
    """`un attentat a été perpétré contre un hôtel ... L'attentat a été revendiqué par les
    shebab`: an assault told without its doer is the claimant's, the article's story being
    one attack and whoever claimed it. Not an earlier attack told as background, in the
    pluperfect (`en janvier 2015, une attaque contre l'établissement avait fait 5 morts`),
    nor a headline's assault (`Somalie : un attentat à Mogadiscio`: the body tells it with its
    sides), nor violence on the attackers (`Les forces de sécurité ont riposté, abattant les
    8 assaillants`: the response, not the attack)."""
    if coded.sources or coded.frame.code[:2] != _ASSAULT or claimant in coded.targets:
        return coded
    if attackers & set(coded.targets):
        return coded
    if coded.trigger.idx < title_end or _pluperfect(coded.clause):
        return coded
    if any(c.dep_ == "obl:agent" for c in coded.trigger.children):
        return coded  # `Les assaillants ont été abattus par la sécurité`: told, not found
    return replace(coded, sources=[claimant])


def _protagonist(actors: ActorIndex) -> str | None:
    """The actor the article is about: the political actor it names most often, clearly more
    often than any other (`_PROTAGONIST_LEAD` times as often as the next)."""
    counts = sorted(
        (
            (len(a.get("mentions", ())), a["id"])
            for a in actors.by_id.values()
            if actors.political(a["id"])
        ),
        reverse=True,
    )
    if not counts or (len(counts) > 1 and counts[0][0] < _PROTAGONIST_LEAD * counts[1][0]):
        return None
    return counts[0][1]


def _aimed_at(protagonist: str, sentence: Span, in_sentence: list[Coded]) -> list[Coded]:
    nouns = {c.trigger.i for c in in_sentence if c.frame.kind == "noun"}
    return [_aimed_at_protagonist(c, protagonist, sentence, nouns) for c in in_sentence]


def _aimed_at_protagonist(
    coded: Coded, protagonist: str, sentence: Span, event_nouns: set[int]
) -> Coded:
    """`L'UE et l'ONU ont fortement critiqué cette nouvelle législation` in an article about
    Hungary: a disapproval or a rejection of a thing the story told before (a demonstrative
    object, or passive subject: `cette proposition, refusée par la Russie`), told without
    whom it aims at, aims at the article's protagonist. Not when that thing is an event told
    there or an act (`a condamné cet attentat`, `condamne ce crime barbare`: it aims at the
    doer, whom the sentence tells or not), nor when it did not happen (`n'a pas critiqué`).
    Other objects say too little (`a dénoncé une ingérence`, `a rejeté les demandes des
    groupes`: 7 right of 19 on unseen articles)."""
    if not _may_be_aimed(coded) or protagonist in coded.sources:
        return coded
    told = _told_before(coded.trigger)
    if told is None:
        return coded
    acts = lang.words("event_story", "act_nouns")
    if told.i in event_nouns or fold(told.lemma_) in acts or fold(told.lemma_) in lexicon().nouns:
        return coded
    if modality_of(coded.trigger, list(walk_up(coded.trigger)), sentence) == "negated":
        return coded
    return replace(coded, targets=[protagonist])


def _may_be_aimed(coded: Coded) -> bool:
    """What `_aimed_at_protagonist` asks before the protagonist: a disapproval or a
    rejection told by a verb, with a doer and no target."""
    return (
        not coded.targets
        and bool(coded.sources)
        and coded.frame.code[:2] in _AIMED_ROOTS
        and coded.frame.kind == "verb"
    )


def _things(verb: Token) -> list[Token]:
    """What a verb is done to: its object or passive subject, or the noun its participle
    describes."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in _THING_DEPS and c.pos_ == "NOUN"]


def _told_before(verb: Token) -> Token | None:
    """What a verb is done to, when it is a thing the story told before: one with a
    demonstrative determiner."""
    for thing in _things(verb):
        if any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in thing.children):
            return thing
    return None


def _aimed_at_doers(coded_sentences: CodedSentences) -> CodedSentences:
    """`Un groupe armé a ciblé Willy Nyamitwe ... L'UE a condamné « l'attentat commis contre
    Willy Nyamitwe »`: a disapproval or a rejection of an event told before (a definite or
    demonstrative event noun of the lexicon naming no one), told without whom it aims at,
    aims at whoever the story last told doing an event of that root, however far back (not
    one it only says may or did not happen: `Le Rwanda n'a aucun intérêt à tuer X`)."""
    nouns = lexicon().nouns
    told: dict[str, list[tuple[Coded, Span]]] = {}  # root -> events with a doer, in order
    completed: CodedSentences = []
    for sentence, in_sentence in coded_sentences:
        found = []
        for c in in_sentence:
            thing = _event_told_again(c.trigger) if _unaimed(c) else None
            if thing is not None:
                roots = {f.code[:2] for f in nouns.get(fold(thing.lemma_), ())}
                doers = _last_doers([told.get(r, []) for r in roots], thing.i)
                aimed = [a for a in doers if a not in c.sources]
                c = replace(c, targets=aimed) if aimed else c
            found.append(c)
        for c in in_sentence:  # what this sentence tells, for the sentences after it
            if c.sources and c.frame.code[:2] not in _AIMED_ROOTS:
                told.setdefault(c.frame.code[:2], []).append((c, sentence))
        completed.append((sentence, found))
    return completed


def _event_told_again(verb: Token) -> Token | None:
    """What a disapproval is about, when a definite or demonstrative noun: its object or
    passive subject (`a condamné l'attentat`), the noun it answers (`a vivement réagi à
    l'attaque`: a complement of its own, `obl:arg`), or an event noun of the lexicon in the
    clause it judges (`ont jugé inacceptable que le Hamas ne soit jamais désigné dans la
    proposition`: the proposal told before)."""
    thing = _definite_thing(verb)
    if thing is not None:
        return thing
    for child in verb.children:
        if child.dep_ == "obl:arg" and child.pos_ == "NOUN" and _definite(child):
            return child
    nouns = lexicon().nouns
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # `juger inacceptable que`
    for clause in (c for head in heads for c in head.children if c.dep_ in _JUDGED_CLAUSES):
        for child in clause.children:
            if (
                child.dep_ in _CLAUSE_NOUN_DEPS
                and child.pos_ == "NOUN"
                and _definite(child)
                and fold(child.lemma_) in nouns
            ):
                return child
    return None


def _last_doers(told: list[list[tuple[Coded, Span]]], before: int) -> list[str]:
    """The sources of the last of these events told as done before token `before`."""
    events = sorted(
        ((c, s) for events in told for c, s in events if c.trigger.i < before),
        key=lambda cs: cs[0].trigger.i,
        reverse=True,
    )
    for c, sentence in events:
        if modality_of(c.trigger, list(walk_up(c.trigger)), sentence) == "asserted":
            return c.sources
    return []


def _unaimed(coded: Coded) -> bool:
    return (
        coded.frame.kind == "verb"
        and coded.frame.code[:2] in _AIMED_ROOTS
        and bool(coded.sources)
        and not coded.targets
    )


def _definite_thing(verb: Token) -> Token | None:
    """What the verb is done to (`_things`) when it has a definite or demonstrative
    determiner, not a possessive (`sa décision` is named)."""
    for thing in _things(verb):
        if _definite(thing):
            return thing
    return None


def _definite(noun: Token) -> bool:
    """A noun told with a definite or demonstrative determiner, no possessive: a thing the
    story told before."""
    determiners = [c for c in noun.children if c.dep_ == "det"]
    return bool(determiners) and all(
        ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
        and "Yes" not in c.morph.get("Poss", [])
        for c in determiners
    )


def _aimed_at_owners(coded_sentences: CodedSentences, actors: ActorIndex) -> CodedSentences:
    """`le décret migratoire de Donald Trump ... Le premier décret avait été suspendu par un
    juge fédéral`: a thing told again without whose it is (a definite or demonstrative noun
    naming no one, the object or passive subject of an act told without a target) is the
    one actor the story named as its owner before (`le décret de X`; not a city: `l'accord de
    Paris`); the act aims at that actor. Not violence, which strikes the thing itself."""
    things = {
        id(c): thing
        for _, in_sentence in coded_sentences
        for c in in_sentence
        if _owned_act(c) and (thing := _bare_thing(c)) is not None
    }
    if not things:
        return coded_sentences  # no act aims at a thing told again: nothing to look up
    owners: dict[str, set[str]] = {}  # folded noun -> actors named as its owner so far
    told = _owned_things(coded_sentences[0][0].doc, actors)
    pending = sorted(told.items())
    completed: CodedSentences = []
    for sentence, in_sentence in coded_sentences:
        found = []
        for c in in_sentence:
            while pending and pending[0][0] < c.trigger.i:
                noun, owner = pending.pop(0)[1]
                owners.setdefault(noun, set()).add(owner)
            thing = things.get(id(c))
            named = owners.get(fold(thing.lemma_), set()) if thing is not None else set()
            if len(named) == 1 and not named & set(c.sources):
                c = replace(c, targets=list(named))
            found.append(c)
        completed.append((sentence, found))
    return completed


_NMOD = get_string_id("nmod")


def _owned_things(doc: Doc, actors: ActorIndex) -> dict[int, tuple[str, str]]:
    """Token index of each noun whose owner the text names (`le décret de X`) -> (its folded
    lemma, the owner's actor id); not a plain place (`l'accord de Paris`)."""
    told: dict[int, tuple[str, str]] = {}
    labels = dependency_labels(doc)
    for i, label in enumerate(labels):
        if label != _NMOD:
            continue  # (a Token object only for a noun complement: `_owner_complement`)
        child = doc[i]
        if child.head.pos_ != "NOUN" or child.head.i == child.i or not _owner_complement(child):
            continue
        if (owner := _owner(child, actors)) is not None:
            told[child.head.i] = (fold(child.head.lemma_), owner)
    return told


def _owner_complement(child: Token) -> bool:
    """Is `child` a noun complement that names whose its head is (`le décret de X`)?"""
    return child.dep_ == "nmod" and joined_by_de(child)


def _owner(complement: Token, actors: ActorIndex) -> str | None:
    """The actor an owner complement names, unless a plain place (`l'accord de Paris`)."""
    owner = actors.of_token(complement)
    return owner if owner is not None and not actors.plain_place(owner) else None


def _aimed_at_passive_owner(coded: Coded, actors: ActorIndex) -> Coded:
    """`La nouvelle version du décret migratoire de Donald Trump vient d'être bloquée par un
    juge`: an act told in the passive, with its doer and without whom it aims at, aims at the
    one actor its subject names as the thing's owner (`de X`, down to `_OWNER_DEPTH` nouns:
    the version of the decree of X), as `a bloqué le décret de X` aims at X. Not a place (`la
    ville de Mossoul`), not violence, which strikes the thing itself."""
    if not _owned_act(coded):
        return coded
    owners: set[str] = set()
    for thing in passive_subjects(coded.trigger):
        layer = [thing]
        for _ in range(_OWNER_DEPTH):
            layer = [
                child
                for noun in layer
                if noun.pos_ == "NOUN"
                for child in noun.children
                if _owner_complement(child)
            ]
            owners.update(o for child in layer if (o := _owner(child, actors)) is not None)
    owners -= set(coded.sources)
    return replace(coded, targets=list(owners)) if len(owners) == 1 else coded


def _owned_act(coded: Coded) -> bool:
    """An act told with its doer and without whom it aims at (`la brigade dénonce la main
    mise des milices`, misread, must not fall back on a `main` told before unless someone is
    named doing it)."""
    return (
        coded.frame.kind == "verb"
        and bool(coded.sources)
        and not coded.targets
        and coded.frame.code[:2] < _VIOLENCE
        and coded.frame.code[:2] not in _UNAIMED_ROOTS
    )


def _bare_thing(coded: Coded) -> Token | None:
    """The act's object or passive subject, when it is a definite or demonstrative singular
    noun that names no one (no complement, no possessive): a thing, not people (`les otages
    de X` are not X's as a decree is)."""
    thing = _definite_thing(coded.trigger)
    if thing is None:
        return None
    if any(t.dep_ not in _BARE_DEPS for t in thing.subtree if t.i != thing.i):
        return None
    if "Plur" in thing.morph.get("Number", []):
        return None  # `les otages de Boko Haram ... Les otages étaient détenus`: people
    return thing


def _shared_aims(in_sentence: list[Coded]) -> list[Coded]:
    """`L'UE a condamné « l'attentat commis contre X » et dénonce « une attaque
    inadmissible »`: a disapproval coordinated with one of the same root and doer that aims at
    someone, told without whom it aims at, aims at the same: one judgement said twice."""
    by_trigger = {c.trigger.i: c for c in in_sentence}
    shared = []
    for c in in_sentence:
        first = by_trigger.get(c.trigger.head.i) if c.trigger.dep_ == "conj" else None
        if (
            first is not None
            and _unaimed(c)
            and first.targets
            and first.frame.code[:2] == c.frame.code[:2]
            and first.sources == c.sources
        ):
            c = replace(c, targets=first.targets)
        shared.append(c)
    return shared


def _pluperfect(verb: Token) -> bool:
    """`avait fait`, `avait été attaquée`: a past participle under an auxiliary in the
    imperfect tells what had happened before the story's time."""
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense", []) for c in verb.children
    )


def _doers_told_before(coded_sentences: CodedSentences) -> CodedSentences:
    """`La présidente Park a été destituée par le Parlement ... La présidente a été suspendue
    de ses fonctions`, `X a été condamné par le tribunal ... Il est aussi condamné à une
    amende`: an act against someone (roots 11 to 17: disapproval, rejection, threat,
    protest, sanction, coercion), told without its doer, is done by whoever the story told
    doing the same act (same code) to the same target before; it is then one event, told
    again. Not a visit or a fight, which many make to one place or foe."""
    done: dict[tuple[str, str], list[str]] = {}  # (code, target) -> last doers
    completed: CodedSentences = []
    for sentence, in_sentence in coded_sentences:
        found = []
        for c in in_sentence:
            if not c.sources and c.targets and _TOLD_AGAIN[0] <= c.frame.code[:2] <= _TOLD_AGAIN[1]:
                doers = [d for t in c.targets for d in done.get((c.frame.code, t), [])]
                if doers and not set(doers) & set(c.targets):
                    c = replace(c, sources=list(dict.fromkeys(doers)))
            found.append(c)
        for c in in_sentence:
            if c.sources:
                done.update(((c.frame.code, t), c.sources) for t in c.targets)
        completed.append((sentence, found))
    return completed


def _investigator_named_before(
    coded_sentences: CodedSentences, actors: ActorIndex
) -> CodedSentences:
    """`La police de Fort Myers a affirmé que ... Trois personnes ont été interrogées`, `L'homme
    a été inculpé pour « tentative d'assassinat », a annoncé le parquet fédéral`: a questioning
    or a charge told in the passive without its agent is done by the police or the court
    (`_INVESTIGATORS`: a charge by the court alone) the story names around it: in the
    sentence before, its own, or the reporting clause that goes on from it (a next sentence
    opening on a comma, split off after a quotation); the first named there; none when none
    is named."""
    completed: CodedSentences = []
    window = 0  # the first character of the sentence before
    for n, (sentence, in_sentence) in enumerate(coded_sentences):
        found = []
        for c in in_sentence:
            roles = _agentless_investigation(c)
            if roles:
                named = [
                    a
                    for _, _, a in actors.mentions_between(
                        window, _reported_end(coded_sentences, n)
                    )
                    if _investigator(actors, a, roles) and a not in c.targets
                ]
                c = replace(c, sources=named[:1]) if named else c
            found.append(c)
        completed.append((sentence, found))
        window = sentence.start_char
    return completed


def _reported_end(coded_sentences: CodedSentences, n: int) -> int:
    """Where sentence `n` ends, with the reporting clause that goes on from it (`, a annoncé
    le parquet`, split off after a closing quotation mark)."""
    end = coded_sentences[n][0].end_char
    if n + 1 < len(coded_sentences):
        after = coded_sentences[n + 1][0]
        if after.text.lstrip().startswith(_GOING_ON):
            end = after.end_char
    return end


def _agentless_investigation(coded: Coded) -> tuple[str, ...]:
    """The CAMEO roles of who may have done a questioning or a charge told in the passive, of
    someone named, without its agent anywhere below; none for another event."""
    verb = coded.trigger
    roles = next((roles for code, roles in _INVESTIGATORS if coded.frame.code.startswith(code)), ())
    if (
        not roles
        or coded.sources
        or not coded.targets
        or coded.frame.kind != "verb"
        or not any(c.dep_ in _PASSIVE_DEPS for c in verb.children)
        # (`interrogé lundi matin par un juge`: the parser may hang the agent on a word below)
        or any(t.dep_ == "obl:agent" for t in verb.subtree)
    ):
        return ()
    return roles


def _investigator(actors: ActorIndex, actor_id: str, roles: tuple[str, ...]) -> bool:
    """Is the actor of one of these roles (the police, a court: its CAMEO role code)?"""
    code = actors.by_id[actor_id].get("cameo") or ""
    return code.endswith(roles)

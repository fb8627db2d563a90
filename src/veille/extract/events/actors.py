"""The record's actors as seen from the parse: which actor a token names, and who is political.

Actors come from the actors section (the knowledge-base linker); the coder only reads their
id, kind, cameo, country and mention offsets. Who counts as political comes from the CAMEO
code where the knowledge base gives one, else from the words around the name (a title next to
a person's name, a party or ministry word in an organisation's name: `lang/fr/event_actors`).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Any

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Token

from veille import lang
from veille.extract.layout import column, layout
from veille.kb import DEMONYM, knowledge_base
from veille.text import fold

# Kinds that are political by nature once the knowledge base has typed them.
_POLITICAL_KINDS = {"country", "group"}
# CAMEO 1.1b3 actor roles that name no political actor: business, media, education, science,
# health, agriculture, civilians, refugees (the code book's "other" sectors).
_NONPOLITICAL_ROLES = {"BUS", "MED", "EDU", "SCI", "HLH", "AGR", "CVL", "REF", "MNC"}
_INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC"}
# Dependencies that stay inside one noun phrase when looking for the actor it names; an
# apposition ("le porte-parole de la Maison blanche, Sean Spicer") comes before a complement.
_INSIDE_PHRASE = ("flat:name", "flat", "fixed", "compound", "appos", "amod", "nmod", "det")
# Dependencies by which the parser hangs the name after a title ("le président élu Donald
# Trump": an apposition, a flat name, or a bare `dep` under the participle).
_NAMING = ("appos", "flat:name", "flat", "dep", "amod")
_TITLE_RELATIONS = ("appos", "nmod", "amod")  # a title hung on the name
_TITLE_HASHES: dict[int, bool] = {}  # string hash -> is it a title, folded (`_is_title`)
_TITLE_WINDOW = 3  # words before a name that may hold its title ("le député PS Yann Galut")


@cache
def _words(lang_code: str = "fr") -> dict[str, Any]:
    data = lang.load("event_actors", lang_code)
    return {
        "titles": {fold(w) for w in data["political_titles"]},
        "organisation": {fold(w) for w in data["political_organisation_words"]},
        "pairs": [({fold(w) for w in p["words"]}, set(p["kinds"])) for p in data["pairs"]],
        "pair_numerals": {fold(w) for w in data["pair_numerals"]},
        "anaphors": [({fold(w) for w in p["words"]}, set(p["kinds"])) for p in data["anaphors"]],
        "phrasal": {fold(w) for w in data["phrasal_nouns"]},
        "impersonal": {fold(w) for w in data["impersonal_pronouns"]},
        "voice": {fold(w) for w in data.get("voice_nouns", ())},
        "part": {fold(w) for w in data.get("part_nouns", ())},
        "pointing": {fold(w) for w in data.get("pointing_phrases", ())},
        "reply": {fold(w) for w in data.get("reply_verbs", ())},
        "joint": {fold(w) for w in data.get("joint_words", ())},
        "shared": {fold(w) for w in data.get("shared_possessives", ())},
        "appeal": tuple(fold(w) for w in data.get("appeal_prepositions", ())),
        "owned": {fold(w) for w in data.get("owned_targets", ())},
        "instrument": {fold(w) for w in data.get("instrument_nouns", ())},
        "aiming": {fold(w) for w in data.get("aiming_verbs", ())},
        "undergoing": {fold(w) for w in data.get("undergoing_verbs", ())},
        "undergoing_phrases": {
            fold(k): {fold(w) for w in v} for k, v in data.get("undergoing_phrases", {}).items()
        },
        "ruled": {fold(w) for w in data.get("ruler_nouns", ())},
        "inclusive": {fold(w) for w in data.get("inclusive_relatives", ())},
        "naming": {fold(w) for w in data.get("naming_prepositions", ())},
        "texts": {fold(w) for w in data.get("named_texts", ())},
        "prepositional": {fold(k): fold(v) for k, v in data["prepositional_nouns"].items()},
        "organisation_adjectives": {
            fold(k): v for k, v in data.get("organisation_adjectives", {}).items()
        },
        "incise": frozenset(data.get("incise_marks", ())),
        "control": {
            slot: {fold(w) for w in words} for slot, words in data.get("object_control", {}).items()
        },
    }


def impersonal(token: Token) -> bool:
    """`C'est l'arrestation de X`, `il s'agit de`: a pronoun that stands for no actor."""
    return token.dep_.startswith("expl") or bool(
        {fold(token.text), fold(token.lemma_)} & _words()["impersonal"]
    )


def phrasal(token: Token) -> bool:
    """`à la demande des forces irakiennes`: a phrasal preposition, not a complement naming
    the recipient (the noun with its own `de` complement)."""
    return fold(token.lemma_) in _words()["phrasal"] and any(
        c.dep_ == "nmod" and any(fold(g.text) in ("de", "du", "des", "d'") for g in c.children)
        for c in token.children
    )


def prepositional_noun(token: Token) -> tuple[str, Token] | None:
    """`à l'encontre de Pyongyang` -> ("contre", Pyongyang), `à son encontre` -> ("contre",
    son): a noun that makes a preposition of its own, with the word naming its argument."""
    meaning = _words()["prepositional"].get(fold(token.lemma_))
    if meaning is None:
        return None
    for child in token.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss", []):
            return meaning, child
        if child.dep_ == "nmod" and any(
            fold(g.text) in ("de", "du", "des", "d'") for g in child.children
        ):
            return meaning, child
    return None


def voice(token: Token) -> bool:
    """`par la voix de son ministre`: the phrase names who spoke for the subject."""
    return fold(token.lemma_) in _words()["voice"] and any(
        c.dep_ == "case" and fold(c.text) == "par" for c in token.children
    )


def pointed(token: Token) -> bool:
    """`les journalistes en question`, `ces journalistes`: a noun marked as told before."""
    for child in token.children:
        if child.dep_ == "det" and "Dem" in child.morph.get("PronType", []):
            return True
        if child.dep_ == "nmod" and child.i > token.i:
            words = [c.text for c in child.children if c.dep_ == "case"] + [child.text]
            if fold(" ".join(words)) in _words()["pointing"]:
                return True
    return False


def owner_named_before(token: Token, start: int, actors: ActorIndex) -> str | None:
    """The body the same noun belonged to when last told, from token `start` on
    (`des journalistes du Canard enchaîné. Les journalistes en question ...`)."""
    for earlier in reversed(token.doc[start : token.i]):
        if earlier.lemma_ != token.lemma_ or earlier.pos_ != "NOUN":
            continue
        for child in earlier.children:
            if child.dep_ == "nmod" and joined_by_de(child):
                owner = actors.of_token(child)
                if owner and actors.kind(owner) in ("organization", "government"):
                    return owner
    return None


def whole_of(token: Token) -> Token | None:
    """`la majorité des membres de l'Union africaine` -> `Union` (through `membres`): the
    body a share noun is a part of, its `de` complement; None for other nouns."""
    seen = 0
    while fold(token.lemma_) in _words()["part"] or fold(token.text) in _words()["part"]:
        whole = next(
            (c for c in token.children if c.dep_ == "nmod" and c.i > token.i and joined_by_de(c)),
            None,
        )
        seen += 1
        if whole is None or seen > 3:
            return None
        token = whole
    return token if seen else None


def replies(token: Token) -> bool:
    """`répondre`, `rétorquer`: a verb that answers someone."""
    return fold(token.lemma_) in _words()["reply"]


def jointly(token: Token) -> bool:
    """`des exercices conjoints`, `construire ensemble`: a modifier saying that the sides
    act together, each toward the other."""
    return any(
        c.dep_ in ("amod", "advmod") and fold(c.lemma_) in _words()["joint"] for c in token.children
    )


def shared_owners(token: Token) -> bool:
    """`leurs relations`, `leur coopération`: owned by several, the subjects together."""
    shared = _words()["shared"]
    return any(
        c.dep_ == "det"
        and "Yes" in c.morph.get("Poss", [])
        and (fold(c.text) in shared or fold(c.lemma_) in shared)  # (`leur`: lemma `son`)
        for c in token.children
    )


def appeal_prepositions() -> tuple[str, ...]:
    """`appelle à la fin de la dérive de la gauche`: the prepositions (folded) that introduce
    what an appeal asks for."""
    return _words()["appeal"]


def incise_marks() -> frozenset[str]:
    """The marks that open an incise after what was said (`..., indique le ministre`)."""
    return _words()["incise"]


def control_slots(verb: Token) -> list[str]:
    """`appeler X à`, `demander à X de`: the complements ("obj", "à") whose referent does
    the verb's infinitive complement, in the order to try them."""
    lemma = fold(verb.lemma_)
    return [slot for slot, words in _words()["control"].items() if lemma in words]


def instrument(token: Token) -> bool:
    """`un obus`, `une voiture piégée`: what an act is done with, not who does it."""
    return fold(token.lemma_) in _words()["instrument"]


def aiming(verb: Token) -> bool:
    """`viser`, `frapper`: a verb whose object is what its subject, an attack, struck."""
    return verb.pos_ == "VERB" and fold(verb.lemma_) in _words()["aiming"]


def undergoing(verb: Token) -> bool:
    """`subir`: a verb whose subject undergoes the attack named as its object."""
    return verb.pos_ == "VERB" and fold(verb.lemma_) in _words()["undergoing"]


def undergoer(noun: Token) -> Token | None:
    """`l'hôtel a subi un attentat`, `Le ministre fait l'objet d'une enquête`, `fait face à de
    nouvelles accusations`, `est l'objet de poursuites`: the verb (or the noun with its copula)
    whose subject undergoes the event noun, as its target and not its doer."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ == "obj" and undergoing(head):
        return head
    phrases = _words()["undergoing_phrases"]
    if noun.dep_.startswith("obl") and head.pos_ == "VERB":  # `fait face à des accusations`
        words = phrases.get(fold(head.lemma_), ())
        # the word right before the noun's preposition (`fait face à`), or read as part of it
        start = noun.left_edge.i
        taken = [c for c in head.children if c.dep_ in ("obj", "fixed") and c.i == start - 1]
        taken += [c for c in noun.children if c.dep_ == "case"]
        if any(fold(c.lemma_) in words for c in taken):
            return head
    if head.pos_ != "NOUN" or not (noun.dep_ == "nmod" or noun.dep_.startswith("obl")):
        return None
    word = fold(head.lemma_)
    verb = head.head
    if head.dep_ == "obj" and verb.pos_ == "VERB" and word in phrases.get(fold(verb.lemma_), ()):
        return verb  # `fait l'objet d'une enquête`
    copulas = [c for c in head.children if c.dep_ == "cop"]
    if copulas and word in phrases.get(fold(copulas[0].lemma_), ()):
        return head  # `est l'objet de poursuites`
    return None


def owned_target(token: Token) -> bool:
    """`les symboles du gouvernement`, `les positions de l'armée`: what violence strikes in
    place of its owner."""
    return fold(token.lemma_) in _words()["owned"]


def members(token: Token) -> list[Token]:
    """`certains pays, dont la France, le Royaume-Uni et les États-Unis` -> France (whose
    conjuncts are the others): the members a phrase lists after an inclusive relative."""
    return [
        child
        for child in token.children
        if child.dep_ in ("acl:relcl", "appos", "nmod")
        and child.pos_ in ("PROPN", "NOUN")
        and any(fold(g.text) in _words()["inclusive"] for g in child.children if g.i < child.i)
    ]


def pair_kinds(token: Token) -> set[str] | None:
    """`les deux hommes` -> {"person"}: the kinds of the two actors such a phrase stands for."""
    kinds = _kinds_of_word(token, "pairs")  # (the word first: most nouns are none of these)
    if kinds is None or not any(fold(c.text) in _words()["pair_numerals"] for c in token.children):
        return None
    return kinds


def anaphor_kinds(token: Token) -> set[str] | None:
    """`le groupe djihadiste`, `le Royaume`, `ce pays` -> the kinds of the actor named before
    that such a definite noun stands for; None for other nouns, plurals, indefinites and
    phrases with a complement that says which one (`le groupe de Visegrad`)."""
    kinds = _kinds_of_word(token, "anaphors")  # (the word first: most nouns are none of these)
    if kinds is None or "Plur" in token.morph.get("Number", []):
        return None
    if any(c.dep_ in ("nmod", "appos", "flat:name") for c in token.children):
        return None
    if not any(
        c.dep_ == "det"
        and {"Def", "Dem"} & set(c.morph.get("Definite", []) + c.morph.get("PronType", []))
        for c in token.children
    ):
        return None
    return kinds


def _kinds_of_word(token: Token, key: str) -> set[str] | None:
    """The kinds of the first entry of `_words()[key]` listing the token's text or lemma."""
    first = _first_entries(key)
    found = [first.get(fold(token.text)), first.get(fold(token.lemma_))]
    listed = [k for k in found if k is not None]
    return _words()[key][min(listed)][1] if listed else None


@cache
def _first_entries(key: str) -> dict[str, int]:
    """Each word of the entries `_words()[key]` -> the position of the first entry listing it
    (asked of most nouns of a Doc: one dict look-up instead of a scan of every entry)."""
    first: dict[str, int] = {}
    for k, (words, _kinds) in enumerate(_words()[key]):
        for word in words:
            first.setdefault(word, k)
    return first


def _names_text(token: Token) -> bool:
    """`l'accord de Paris`, `la convention de Genève`: a city joined by `de` to a text it
    names (not `un hôtel de Mogadiscio`, `les affirmations de Washington`: about the city)."""
    return fold(token.head.lemma_) in _words()["texts"] and joined_by_de(token)


def joined_by_de(complement: Token) -> bool:
    """Is a noun complement joined by `de` (`du`, `des`, `d'`), the preposition that says whose
    or what a noun is (`le décret de X`, `la majorité des membres`, `l'accord de Paris`)?"""
    return any(c.dep_ == "case" and fold(c.text) in _words()["naming"] for c in complement.children)


def _complement(token: Token) -> bool:
    """A complement with its preposition (`du président X`), not a name the parser hung as
    `nmod` without one (`la présidente Park Geun-hye`)."""
    return token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children)


def titled(token: Token) -> bool:
    """`ces deux candidats`, `le ministre`: a noun that is a political title."""
    titles = _words()["titles"]
    return fold(token.lemma_) in titles or fold(token.text) in titles


def _role_political(code: str) -> bool:
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks[0] in _INTERNATIONAL:
        return chunks[0] != "MNC"
    # A sector alone (`CVL`, `MED`: "des civils", "les journalistes") is as non-political.
    return not any(c in _NONPOLITICAL_ROLES for c in chunks)


class ActorIndex:
    """Character offsets -> actor, plus a political test that works with or without the KB."""

    def __init__(self, actors: list[dict[str, Any]], doc: Doc | None = None) -> None:
        self.by_id = {a["id"]: a for a in actors}
        spans = sorted(
            (m["start"], m["end"], a["id"]) for a in actors for m in a.get("mentions", ())
        )
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self.doc = doc
        self._political: dict[str, bool] = {}

    def at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end), if any."""
        i = bisect_right(self._starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self._spans):
                s, e, actor_id = self._spans[j]
                if s < end and start < e:
                    return actor_id
        return None

    def of_token(self, token: Token) -> str | None:
        """The actor a noun phrase names: its head first, then the words inside the phrase."""
        found = self.at(token.idx, token.idx + len(token))
        if found:
            return self._named_inside(token, found) or found
        # A person named in a complement is not the phrase's referent: "le conseiller du
        # président Adama Barrow" is not Barrow (titles naming the person are the linker's);
        # nor is a city that names a text: "l'accord de Paris" is not Paris.
        queue = [
            (c, _complement(c))
            for c in sorted(
                (c for c in token.children if c.dep_ in _INSIDE_PHRASE),
                key=lambda c: _INSIDE_PHRASE.index(c.dep_),
            )
        ]
        while queue:
            child, complement = queue.pop(0)
            found = self.at(child.idx, child.idx + len(child))
            if found and not (
                complement
                and (
                    self.kind(found) == "person" or (self.plain_place(found) and _names_text(child))
                )
            ):
                return found
            queue.extend(
                (c, complement or _complement(c))
                for c in child.children
                # one complement deep: "le report de la visite en Algérie" is no Algeria
                if c.dep_ in _INSIDE_PHRASE and not (complement and _complement(c))
            )
        return None

    def _named_inside(self, token: Token, found: str) -> str | None:
        """`Le président élu Donald Trump a annoncé`: a title the linker tied to someone
        (`le président`: the office holder it knows) is a description of the person the
        phrase names right after it; the name, not the title, says who."""
        if self.kind(found) != "person" or token.pos_ != "NOUN":
            return None
        end = token.idx + len(token)
        spans = [
            (m["start"], m["end"])
            for m in self.by_id[found]["mentions"]
            if m["start"] < end and token.idx < m["end"]
        ]
        if not spans:
            return None
        queue = [c for c in token.children if c.dep_ in _NAMING and c.i > token.i]
        while queue:
            child = queue.pop(0)
            if child.pos_ == "PROPN":
                if any(start <= child.idx < stop for start, stop in spans):
                    return None  # the mention holds the name: the linker read it
                # `Le ministre des Finances françaises, Michel Sapin, affirmait`: the mention
                # of the title ends before the name set after it
                named = self.at(child.idx, child.idx + len(child))
                if named and named != found and self.kind(named) == "person":
                    return named
            queue.extend(c for c in child.children if c.dep_ in _NAMING)
        return None

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions inside [start, end), in text order."""
        i = bisect_right(self._starts, start - 1)
        found = []
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] <= end:
                found.append(self._spans[i])
            i += 1
        return found

    def preceding(self, offset: int, kinds: set[str] | None = None) -> str | None:
        """The last actor mentioned before `offset` (a pronoun's likely referent)."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            _s, e, actor_id = self._spans[i]
            if e <= offset and (kinds is None or self.by_id[actor_id]["kind"] in kinds):
                return actor_id
            i -= 1
        return None

    def of_demonym(self, token: Token) -> str | None:
        """`l'essai nucléaire nord-coréen`, `le budget italien`: the country a demonym
        adjective names, when the record has it (the state itself, else its government);
        `l'annonce européenne`: the organisation such an adjective names, when the record
        has it."""
        if token.pos_ != "ADJ":
            return None
        organisation = _words()["organisation_adjectives"].get(fold(token.lemma_))
        if organisation is not None:
            return organisation if organisation in self.by_id else None
        kb = knowledge_base()
        countries = {
            kb.entries[s.entry_id].country
            for s in kb.surfaces.get(fold(token.text), ())
            if s.form == DEMONYM
        }
        if not countries:
            return None
        for kinds in (("country",), ("government",)):
            for actor in self.by_id.values():
                if actor.get("kind") in kinds and actor.get("country") in countries:
                    return str(actor["id"])
        return None

    def kind(self, actor_id: str | None) -> str | None:
        return self.by_id[actor_id].get("kind") if actor_id else None

    def plain_place(self, actor_id: str | None) -> bool:
        """A city or site, not a region with a CAMEO code of its own (`l'Occident`: WST)."""
        actor = self.by_id.get(actor_id or "")
        return actor is not None and actor.get("kind") == "place" and not actor.get("cameo")

    def political(self, actor_id: str | None) -> bool:
        if actor_id is None:
            return False
        if actor_id not in self._political:
            self._political[actor_id] = self._is_political(self.by_id[actor_id])
        return self._political[actor_id]

    def entitle(self, actor_id: str) -> None:
        """A person the text calls by a political title (`ces deux candidats d'opposition`
        after two names) is political, whatever the knowledge base says."""
        if self.kind(actor_id) == "person":
            self._political[actor_id] = True

    def _is_political(self, actor: dict[str, Any]) -> bool:
        if actor.get("cameo"):
            return _role_political(actor["cameo"]) and not self._one_national(actor)
        kind = actor.get("kind")
        if kind in _POLITICAL_KINDS:
            return True
        if kind == "organization":
            words = {fold(w) for w in actor["name"].replace("'", " ").split()}
            return bool(words & _words()["organisation"])
        if kind == "person":
            return self._titled(actor)
        return False

    def _one_national(self, actor: dict[str, Any]) -> bool:
        """A group of a state's nationals named only in the singular (`le Jamaïcain`,
        `l'Australienne Sarah Crowley`) is one citizen, an athlete more often than not, not
        the state: the nationals stand for their country only in the plural (`les Russes`).
        A role's code is no nationality: `un officier de police` (COP), `un soldat` (MIL)
        is one of the state's agents, political in the singular too."""
        if actor.get("kind") != "group" or len(actor["cameo"]) != 3 or self.doc is None:
            return False
        if f"country:{actor['cameo']}" not in knowledge_base().entries:
            return False
        for mention in actor.get("mentions", ()):
            span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None or span.root.morph.get("Number", []) != ["Sing"]:
                return False
        return True

    def _titled(self, actor: dict[str, Any]) -> bool:
        """A title next to one of the person's mentions: `le député Yann Galut`."""
        if self.doc is None:
            return False
        titles = _words()["titles"]
        lemmas, orths, is_title = column(self.doc, LEMMA), column(self.doc, ORTH), self._is_title
        for mention in actor.get("mentions", ()):
            span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.dep_ == "nmod" and fold(root.head.lemma_) in _words()["ruled"]:
                return True  # `la politique de Pierre Nkurunziza`, `le régime de X`
            near = [root.head.i, *(c.i for c in root.children if c.dep_ in _TITLE_RELATIONS)]
            first = max(span.start - _TITLE_WINDOW, layout(self.doc).sentence_of(span.start))
            near += range(first, span.end)  # the linker keeps the title inside (`lieutenant-
            # colonel X`): the words before the name and the mention's own
            if any(is_title(lemmas[i], titles) or is_title(orths[i], titles) for i in near):
                return True
        return False

    def _is_title(self, word: int, titles: set[str]) -> bool:
        """Is the string of hash `word` (a lemma or a text) a title, folded? Asked of the
        same words again and again: answered once per hash (a Token and two folds per word
        cost more)."""
        known = _TITLE_HASHES.get(word)
        if known is None:
            known = _TITLE_HASHES[word] = fold(self.doc.vocab.strings[word]) in titles  # type: ignore[union-attr]
        return known

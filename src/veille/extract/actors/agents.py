"""Descriptive actors ("agents"): noun phrases that name a body or a group by what it is.

"les autorités locales d'Orlando", "la police de Fort Myers", "les manifestants", "ses
détracteurs" name no one, yet news tells events and quotes through them. A noun of
`lang/fr/agents.yaml` heading a phrase with a determiner becomes an actor with its CAMEO
sector; its country comes from a demonym adjective ("américaines" -> USA, the knowledge
base's demonyms) or from a "de + name" complement whose actor has one, never from the rest
of the article. Phrases the linker already resolved are left alone: an agent never overlaps
another mention except for the name inside its own complement ("Orlando").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import compress, count

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from veille import lang
from veille.extract.actors.lexicon import split
from veille.extract.actors.lexicon import words as actor_words
from veille.extract.actors.tokens import token_forms
from veille.extract.layout import column, layout, text_of
from veille.kb import DEMONYM, knowledge_base
from veille.records import Actor, Mention
from veille.text import fold, slug

NOUNS = ("NOUN", "PROPN")
OPENERS = ("DET", "NUM", "ADJ")  # words before the head that stay in the phrase
SUBJECTS = ("nsubj", "nsubj:pass")
PARTICIPANTS = (*SUBJECTS, "obj", "obl:agent", "ROOT")  # who acts or undergoes: "un homme a..."
# an office holder named alone as an object or an agent: "visant le maire", "reçu par le préfet"
OFFICE_PARTICIPANTS = ("obj", "obl:agent")
COMPLEMENT_KINDS = ("place", "country", "organization")
NAME_LABELS = ("LOC", "ORG")
SEVERAL = (-1, None, None)  # a complement that coordinates several names


@dataclass(frozen=True)
class Agent:
    sector: str
    body: bool  # an institution or a collective named as one ("la police")
    qualified_only: bool  # an agent only with a country, a complement or as a subject
    counted_only: bool = False  # an agent only after a number or a count ("trois personnes")
    definite_only: bool = False  # an agent only once told: "les otages", not "des otages"
    # only a subject after a count word: "quelques voix se sont élevées", not "300 voix"
    counted_subject_only: bool = False
    # new only after an indefinite article or a number: "un homme", not "l'homme" (someone named)
    unnamed_only: bool = False
    # a thing that stands for a side: "weapon" (drones, missiles: their country's), "held"
    # (positions: their holder's)
    thing: str = ""
    unit: bool = False  # one unit of a force, an actor after "une": "une patrouille de police"
    office: bool = False  # qualified_only, yet its holder as an object too: "visant le maire"


@dataclass(frozen=True)
class AgentLexicon:
    # first folded word -> (folded words of the phrase, agent), longest phrase first
    heads: dict[str, tuple[tuple[tuple[str, ...], Agent], ...]]
    # spaCy's LOWER ids of the first words, as written and folded: one set test per word
    # of the Doc's LOWER column (the id, not the hash: words spaCy has as symbols, such as
    # "agent", have a small id)
    head_hashes: frozenset[int]
    determiners: frozenset[str]
    fused_prepositions: frozenset[str]
    linkers: frozenset[str]
    leaders: frozenset[str]
    spokespeople: frozenset[str]
    coordinators: frozenset[str]
    member_sectors: frozenset[str]
    acting_bodies: frozenset[tuple[str, ...]]  # "les forces de l'AMISOM": the mission
    quantities: frozenset[str]
    counts: frozenset[str]
    not_modifiers: frozenset[str]
    predeterminers: frozenset[str]
    told: frozenset[str]  # determiners of people the story has told of ("les", "ces", "ses")
    # "la députée" as a subject, with one person named before: that person
    sole_person_sectors: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    # "la police de Fort Myers ... les enquêteurs": the one local body of the sector
    local_body_sectors: frozenset[str] = frozenset()
    # "le préfet de l'Aude, Alain Thirion": sectors whose member next to a name is its title
    title_sectors: frozenset[str] = frozenset()


@cache
def agent_lexicon() -> AgentLexicon:
    data = lang.load("agents")
    qualified = frozenset(fold(w) for w in data["qualified_only"])
    counted = frozenset(fold(w) for w in data.get("counted_only", []))
    definite = frozenset(fold(w) for w in data.get("definite_only", []))
    counted_subjects = frozenset(fold(w) for w in data.get("counted_subject_only", []))
    unnamed = frozenset(fold(w) for w in data.get("unnamed_only", []))
    units = frozenset(fold(w) for w in data.get("units", []))
    offices = frozenset(fold(w) for w in data.get("participant_offices", []))
    heads: dict[str, list[tuple[tuple[str, ...], Agent]]] = {}
    firsts: set[str] = set()
    unroled = {"sector": "", "members": data.get("unroled", [])}  # no role code: "un homme"
    for entry in [*data["sectors"], unroled]:
        for key, body in (("bodies", True), ("members", False)):
            for text in entry.get(key, []):
                tokens = split(text)
                words = tuple(fold(t) for t in tokens)
                folded = fold(text)
                agent = Agent(
                    entry["sector"],
                    body,
                    folded in qualified,
                    folded in counted,
                    folded in definite,
                    folded in counted_subjects,
                    folded in unnamed,
                    unit=folded in units,
                    office=folded in offices,
                )
                heads.setdefault(words[0], []).append((words, agent))
                firsts |= {tokens[0].lower(), words[0]}
    for entry in data.get("things", []):
        for text in entry["words"]:
            tokens = split(text)
            words = tuple(fold(t) for t in tokens)
            agent = Agent("", False, False, thing=entry["kind"])
            heads.setdefault(words[0], []).append((words, agent))
            firsts |= {tokens[0].lower(), words[0]}
    return AgentLexicon(
        heads={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in heads.items()},
        head_hashes=frozenset(get_string_id(w) for w in firsts),
        determiners=frozenset(fold(w) for w in data["determiners"]),
        fused_prepositions=frozenset(fold(w) for w in data["fused_prepositions"]),
        linkers=frozenset(fold(w) for w in data["linkers"]),
        leaders=frozenset(fold(w) for w in data["leaders"]),
        spokespeople=frozenset(fold(w) for w in data["spokespeople"]),
        coordinators=frozenset(fold(w) for w in data["coordinators"]),
        member_sectors=frozenset(data["member_sectors"]),
        acting_bodies=frozenset(
            tuple(fold(t) for t in split(w)) for w in data.get("acting_bodies", [])
        ),
        quantities=frozenset(fold(w) for w in data["quantities"]),
        counts=frozenset(fold(w) for w in data.get("counts", [])),
        not_modifiers=frozenset(fold(w) for w in data.get("not_modifiers", [])),
        predeterminers=frozenset(fold(w) for w in data.get("predeterminers", [])),
        told=frozenset(fold(w) for w in data.get("told_determiners", [])),
        sole_person_sectors=frozenset(data.get("sole_person_sectors", [])),
        definite=frozenset(fold(w) for w in data.get("definite_determiners", [])),
        local_body_sectors=frozenset(data.get("local_body_sectors", [])),
        title_sectors=frozenset(data.get("title_sectors", [])),
    )


@dataclass
class _Draft:
    id: str
    name: str
    kind: str
    country: str | None
    cameo: str | None
    wikidata: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Phrase:
    start: int  # token indices, end exclusive
    end: int
    head: int
    head_end: int
    country: str | None
    leader: int | None = None  # "le chef de la police": the leader's noun, a person
    # "les djihadistes de l'EI", "les islamistes shebab": members named by their organisation
    member_of: _Draft | None = None
    local: bool = False  # a body named with its place: "la police de Fort Myers"


class _Folded:
    """Folded token texts, shared with the rest of the actors step (read once per Doc)."""

    def __init__(self, doc: Doc) -> None:
        self.words = token_forms(doc)[1]

    def __getitem__(self, i: int) -> str:
        return self.words[i]

    def span(self, start: int, end: int) -> tuple[str, ...]:
        if start < 0:  # counted from the end, one by one
            return tuple(self.words[i] for i in range(start, min(end, len(self.words))))
        return tuple(self.words[start:end])


class _AgentFinder:
    def __init__(
        self, doc: Doc, actors: list[Actor], candidates: list[int], starts: list[int]
    ) -> None:
        self.doc = doc
        self.candidates = candidates  # tokens whose text may open an agent phrase
        self.lex = agent_lexicon()
        self.kb = knowledge_base()
        self.folded = _Folded(doc)
        self.taken = [False] * len(doc)
        self._entities: dict[int, int] | None = None
        self._paragraphs: frozenset[int] | None = None
        # a description's head words -> the named actor it was apposed to ("agence de presse")
        self.apposed_to: dict[tuple[str, ...], _Draft] = {}
        self.starts: dict[int, tuple[int, Actor]] = {}  # first token -> (end token, actor)
        self.first_people: list[tuple[int, Actor]] = []  # (first token, person), in order
        self.local_bodies: dict[str, dict[str, _Draft]] = {}  # sector -> id -> local body
        # people the knowledge base gives no code, titled by a member noun next to their name
        # ("le préfet de l'Aude, Alain Thirion"): id -> (code, country)
        self.titled: dict[str, tuple[str, str | None]] = {}
        self.ends: dict[int, tuple[int, Actor]] = {}  # end token -> (first token, actor)
        owners = [(m, actor) for actor in actors for m in actor.mentions]
        if not owners:
            return
        # each mention's first and end tokens, by a search over the token offsets
        for m, actor in owners:
            first = max(bisect_left(starts, m.start + 1) - 1, 0)
            last = bisect_left(starts, m.end)
            for i in range(first, last):
                self.taken[i] = True
            known = self.starts.get(first)
            if known is None or known[0] < last:
                self.starts[first] = (last, actor)
            self.ends.setdefault(last, (first, actor))
        seen: dict[str, int] = {}
        for first, (_, actor) in sorted(self.starts.items()):
            if actor.kind == "person" and actor.id not in seen:
                seen[actor.id] = first
                self.first_people.append((first, actor))

    def paragraph_starts(self) -> frozenset[int]:
        if self._paragraphs is None:
            self._paragraphs = frozenset(layout(self.doc).paragraph_starts)
        return self._paragraphs

    def entities(self) -> dict[int, int]:
        """Names the model found that the linker left: "de Fort Myers" ("Fort" is no PROPN)."""
        if self._entities is None:
            ents = self.doc.ents
            self._entities = {e.start: e.end for e in ents if e.label_ in NAME_LABELS}
        return self._entities

    def find(self) -> list[_Draft]:
        drafts: dict[str, _Draft] = {}
        done = 0
        for i in self.candidates:
            found = self.agent_at(i) if i >= done else None
            if found is None:
                continue
            phrase, agent = found
            phrase = self.governed(phrase)
            draft = self.draft(phrase, agent)
            if phrase.local:
                self.local_bodies.setdefault(agent.sector, {})[draft.id] = draft
            known = drafts.setdefault(draft.id, draft)
            first, last = self.doc[phrase.start], self.doc[phrase.end - 1]
            known.spans.append((first.idx, last.idx + len(last.text)))
            done = phrase.end
        return list(drafts.values())

    def agent_at(self, i: int) -> tuple[_Phrase, Agent] | None:
        entries = self.lex.heads.get(self.folded[i])
        if entries is None or self.taken[i] or not _nominal(self.doc[i]):
            return None
        if _capitalised(self.doc[i]):  # "les Forces armées révolutionnaires": a name
            return None
        for words, agent in entries:
            end = i + len(words)
            if self.folded.span(i, end) != words or any(self.taken[i:end]):
                continue
            phrase = self.phrase(i, end, agent)
            return (phrase, agent) if phrase is not None else None
        return None

    def phrase(self, head: int, head_end: int, agent: Agent) -> _Phrase | None:
        doc = self.doc
        anchor = head - 1 if _inverted(doc[head]) else head  # "un jeune manifestant"
        start = anchor
        while start > 0 and self.opens(doc[start - 1], anchor, head_end):
            start -= 1
        every = False
        while start < head and self.folded[start] in self.lex.predeterminers:
            start, every = start + 1, True  # "toute la gauche": "la gauche"
        opening = self.quantity_start(start)
        if opening is None or self.own_people(opening, head):
            return None
        start = opening
        if agent.thing:
            return self.thing(start, head, head_end, agent)
        if (
            agent.definite_only
            and self.folded[start] not in self.lex.told
            and not self.counted(start, head)
        ):
            return None  # "des otages israéliens": some, not the ones the story is about
        if agent.unnamed_only and not (every or self.someone(start, head)):
            return None  # "l'homme", "sa femme": someone named; "des femmes": anyone
        if agent.unnamed_only and not self.participant(doc[head]):
            return None  # "offrir des costumes à un homme politique": no one in the story
        if agent.counted_only and not self.counted(start, head):
            return None  # "des personnes", "les personnes âgées": anyone
        if agent.counted_subject_only and (
            doc[head].dep_ not in SUBJECTS
            or not any(self.folded[k] in self.lex.counts for k in range(start, head))
        ):
            return None  # "300 voix", "obtient quelques voix de plus": votes, not critics
        if agent.body and not agent.unit and _indefinite_singular(doc[start]):
            return None  # "une vive opposition", "un tribunal": a kind, not an actor
        if not agent.body and any(c.dep_ == "cop" for c in doc[head].children):
            return None  # "le tireur est un homme de 39 ans": what the subject is
        end = head_end
        while end < len(doc) and self.modifies(doc[end], start, end):
            end += 1
        after = end + 1 if end < len(doc) and doc[end].pos_ == "ADJ" else end
        members = not agent.body and agent.sector in self.lex.member_sectors
        members = members and "Plur" in doc[head].morph.get("Number", [])
        member_of, size = self.known_name(end) if members else (None, 0)
        if not size and members and end in self.starts and doc[end].is_lower:
            last, linked = self.starts[end]  # the linker's "shebab", written in lower case
            if linked.kind == "organization":
                member_of, size = _draft_of(linked), last - end
        if not size and (end in self.starts or after in self.starts):
            if end in self.starts:  # "le policier Mohamed Abdulkadir": his title
                country = self.demonym_country(start, end)
                self.entitle(self.starts[end][1], start, head, agent, country)
            return None  # "le policier Mohamed Abdulkadir", "les islamistes radicaux Chabab"
        end += size  # "les islamistes shebab": the knowledge base's Shebab
        while end < len(doc) and doc[end].pos_ == "PROPN" and not self.taken[end]:
            end += 1  # a name the linker left: "les rebelles Seleka" is one phrase
        country = self.demonym_country(start, end)
        complement = self.complement(start, end)
        if complement is SEVERAL:
            return None
        if complement is not None:
            end, complement_country, owner = complement
            country = country or complement_country
            acting = self.folded.span(head, head_end) in self.lex.acting_bodies
            acting = acting and owner is not None and not owner.id.startswith("government:")
            if owner is not None and owner.kind == "organization" and (members or acting):
                member_of = _Draft(
                    owner.id, owner.name, owner.kind, owner.country, owner.cameo, owner.wikidata
                )
        if complement is not None and end in self.starts:
            self.entitle(self.starts[end][1], start, head, agent, country)
            return None  # "la députée du Labour Jo Cox": the name after it is the actor
        subject = doc[head].dep_ in SUBJECTS
        subject = subject or (agent.office and doc[head].dep_ in OFFICE_PARTICIPANTS)
        if agent.qualified_only and country is None and complement is None and not subject:
            return None
        named = self.apposed(head, end, agent)
        if named is SEVERAL:
            return None  # a name in apposition that is no actor of this kind
        if named is None:
            named = self.named_before(start, end, agent)  # "Xavier Tarabeux, le procureur,"
        words = self.folded.span(head, head_end)
        if isinstance(named, _Draft):  # "l'agence de presse de l'EI, Amaq": the name's actor
            self.entitle(named, start, head, agent, country)
            self.apposed_to[words] = named
            member_of = named
        elif complement is None and country is None and self.told_again(start, end, words):
            member_of = self.apposed_to[words]  # "l'agence de presse" again: Amaq
        elif member_of is None and country is None and self.sole_person(start, head, agent):
            member_of = _draft_of(self.first_people[0][1])  # "La députée ... officialise"
        elif member_of is None and complement is None and country is None:
            member_of = self.local_body(head, agent)  # "les enquêteurs": that police
        local = agent.body and complement is not None and member_of is None
        return _Phrase(start, end, head, head_end, country, member_of=member_of, local=local)

    def thing(self, start: int, head: int, head_end: int, agent: Agent) -> _Phrase | None:
        """ "des drones ukrainiens" (their country's, only with a demonym or an owner as
        complement); "des positions jihadistes" (their holder's: an agent noun used as an
        adjective, a demonym or an owner). Else no actor."""
        doc = self.doc
        end = head_end
        while end < len(doc) and self.modifies(doc[end], start, end):
            end += 1
        country = self.demonym_country(start, end)
        owner = None
        complement = self.complement(start, end)
        if complement is SEVERAL:
            return None
        if complement is not None:
            end, complement_country, owner_actor = complement
            country = country or complement_country
            owner = _draft_of(owner_actor) if owner_actor is not None else None
        side = owner if owner is not None and owner.kind != "place" else None
        if side is None and agent.thing == "held":
            side = self.holder(head_end, end)
        if side is None and country is not None:
            entry = self.kb.entries.get(f"country:{country}")
            side = (
                _Draft(entry.id, entry.name, entry.kind, entry.country, entry.cameo)
                if entry
                else None
            )
        return _Phrase(start, end, head, head_end, country, member_of=side) if side else None

    def holder(self, start: int, end: int) -> _Draft | None:
        """ "des positions jihadistes": the people an agent noun used as an adjective names."""
        for k in range(start, end):
            for words, agent in self.lex.heads.get(self.folded[k], ()):
                if words == (self.folded[k],) and agent.sector and not (agent.body or agent.thing):
                    name = self.doc[k].text
                    return _Draft(f"group:{slug(name)}", name, "group", None, agent.sector)
        return None

    def told_again(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """ "l'agence de presse" again after "l'agence de presse de l'EI, Amaq": the same
        description with a definite or a demonstrative, with nothing of its own after it;
        not "un candidat d'importance" nor "le candidat d'En marche" after "le candidat du
        PS, Benoît Hamon"."""
        if words not in self.apposed_to or self.folded[start] not in self.lex.told:
            return False
        return end >= len(self.doc) or self.folded[end] not in self.lex.linkers

    def local_body(self, head: int, agent: Agent) -> _Draft | None:
        """ "La police de Fort Meyers a affirmé que les enquêteurs travaillaient...": a bare
        body or its people (plural) are the one body of their sector the article has named
        with its place before them (`local_body_sectors`)."""
        if agent.sector not in self.lex.local_body_sectors:
            return None
        if not agent.body and "Plur" not in self.doc[head].morph.get("Number", []):
            return None  # "l'enquêteur": one person
        bodies = self.local_bodies.get(agent.sector)
        return next(iter(bodies.values())) if bodies and len(bodies) == 1 else None

    def sole_person(self, start: int, head: int, agent: Agent) -> bool:
        """ "Nathalie Kosciusko-Morizet candidate à la primaire. La député du parti LR
        officialise sa candidature": a definite singular office-holder or politician, as a
        subject or opening a paragraph (the parser may hang it on the dateline's dash), is
        the one person the article has named so far, when the knowledge base gives that
        person no office of another sector (then it is someone else)."""
        if agent.body or agent.sector not in self.lex.sole_person_sectors:
            return False
        token = self.doc[head]
        if "Sing" not in token.morph.get("Number", []):
            return False
        if token.dep_ not in SUBJECTS and start not in self.paragraph_starts():
            return False
        if self.folded[start] not in self.lex.definite:
            return False
        before = [actor for first, actor in self.first_people if first < start]
        if len(before) != 1:
            return False
        cameo = before[0].cameo
        return cameo is None or cameo.endswith(agent.sector)

    def apposed(self, head: int, end: int, agent: Agent) -> _Draft | tuple[int, None, None] | None:
        """The actor of a name in apposition to the phrase ("l'agence de presse de l'État
        islamique, Amaq"): the parser's apposition to the head, or a name between commas
        (or a comma and the sentence's end) right after the phrase. An organisation for a
        body, a person for a singular member; SEVERAL for a name of another kind (the phrase
        is then no actor of its own)."""
        doc = self.doc
        known = next(
            (
                self.starts.get(c.i)
                for c in doc[head].children
                if c.dep_ == "appos" and self.taken[c.i]
            ),
            None,
        )
        if known is None and end + 1 < len(doc) and doc[end].text == ",":
            after = self.starts.get(end + 1)
            closed = after is not None and (
                after[0] >= len(doc) or doc[after[0]].is_punct or doc[after[0]].is_sent_start
            )
            known = after if closed else None
        singular = "Sing" in doc[head].morph.get("Number", [])
        if known is None and singular and not agent.body:
            known = self.named_subject(head, end)
        if known is None:
            return None
        wanted = "organization" if agent.body else "person" if singular else None
        if known[1].kind != wanted:
            return SEVERAL
        a = known[1]
        return _Draft(a.id, a.name, a.kind, a.country, a.cameo, a.wikidata)

    def named_subject(self, head: int, end: int) -> tuple[int, Actor] | None:
        """ "l'ambassadeur russe à l'ONU, Vitali Tchourkine a déclaré": a person's name after
        the phrase (and its own complement) and a comma, followed by its verb, is who the
        phrase introduces (news often leaves out the second comma)."""
        doc, k = self.doc, end
        while k < len(doc) and k - end < 5 and not doc[k].is_punct:
            if not doc[head].is_ancestor(doc[k]):
                return None
            k += 1
        after = self.starts.get(k + 1) if k < len(doc) and doc[k].text == "," else None
        if after is None or after[1].kind != "person" or after[0] >= len(doc):
            return None
        return after if doc[after[0]].pos_ in ("VERB", "AUX") else None

    def named_before(self, start: int, end: int, agent: Agent) -> _Draft | None:
        """ "Xavier Tarabeux, le procureur de la République, a déclaré": a singular member
        between a person's name and a comma (or the sentence's end) is that person, named
        first. Not after a list ("A, B, le procureur") nor with another kind of name before
        it ("À Paris, la police")."""
        doc = self.doc
        if agent.body or start < 2 or doc[start - 1].text != ",":
            return None
        if self.folded[start] not in self.lex.definite:
            return None  # "X, un policier": one of them, said of X
        before = self.ends.get(start - 1)
        if before is None or before[1].kind != "person":
            return None
        first = before[0]
        if first > 0 and doc[first - 1].text == ",":
            return None  # "A, B, le procureur": a list
        head = doc[start].head
        k = end  # "le procureur de la République,": the head's own words, then a comma
        while k < len(doc) and k - end < 8 and not doc[k].is_punct and head.is_ancestor(doc[k]):
            k += 1
        if k < len(doc) and not (doc[k].is_punct or doc[k].is_sent_start):
            return None
        return _draft_of(before[1])

    def entitle(
        self, actor: Actor | _Draft, start: int, head: int, agent: Agent, country: str | None
    ) -> None:
        """A person the knowledge base gives no code, named next to a singular member noun
        of a state or political sector ("le préfet de l'Aude, Alain Thirion"), takes its
        code: the country's, when the phrase says it, and the sector (GOV, JUD...); a
        former holder ("l'ancien maire") is an elite (ELI)."""
        if actor.kind != "person" or agent.body or agent.sector not in self.lex.title_sectors:
            return
        if "Plur" in self.doc[head].morph.get("Number", []):
            return
        country = country or actor.country
        national = country is not None and actor.cameo == self.kb.country_code(country)
        bare = country is not None and actor.cameo == agent.sector  # "GOV": whose?
        if actor.cameo and not (national or bare):  # "le policier américain X" (USA): USACOP
            return
        former = any(self.folded[k] in actor_words().former for k in range(start, head))
        sector = "ELI" if former else agent.sector
        code = self.kb.country_code(country) + sector if country else sector
        self.titled.setdefault(actor.id, (code, country))

    def own_people(self, start: int, head: int) -> bool:
        """ "la Russie a retiré ses troupes": a possessive object names the subject's own
        people or forces, not another side of the event."""
        first = self.doc[start]
        return "Yes" in first.morph.get("Poss", []) and self.doc[head].dep_ == "obj"

    def known_name(self, i: int) -> tuple[_Draft | None, int]:
        """An organisation of the knowledge base written right after the noun, which the
        linker left (lower case: "les islamistes shebab"), and its length in tokens."""
        for size in (3, 2, 1):
            if i + size > len(self.doc) or any(self.taken[i : i + size]):
                continue
            words = self.folded.span(i, i + size)
            written = self.doc[i : i + size].text
            for surface in self.kb.surfaces.get(" ".join(words), ()):
                entry = self.kb.entries[surface.entry_id]
                if surface.text.isupper() and not written.isupper():
                    continue  # "ambassadeurs au Burundi": "au" is no "AU" (African Union)
                if entry.kind == "organization":
                    draft = _Draft(
                        entry.id, entry.name, entry.kind, entry.country, entry.cameo, entry.wikidata
                    )
                    return draft, size
        return None, 0

    def opens(self, token: Token, head: int, head_end: int) -> bool:
        """A word that opens the phrase: a determiner, an adjective or a number (a number
        word the parser tags as a noun too: "Sept nouveaux ambassadeurs")."""
        return (
            (token.pos_ in OPENERS or token.dep_ == "nummod")
            and head <= token.head.i < head_end
            and not self.taken[token.i]
            and token.dep_ in ("det", "amod", "nummod")
        )

    def quantity_start(self, start: int) -> int | None:
        """Where the phrase opens: at its determiner, after a fused preposition ("aux
        manifestants"), or at a quantity's determiner ("des milliers de manifestants")."""
        doc, folded = self.doc, self.folded
        first = doc[start]
        if folded[start] in self.lex.determiners:
            return start
        if first.pos_ == "NUM" or first.dep_ == "nummod":
            return start
        fused = start > 0 and folded[start - 1] in self.lex.fused_prepositions
        if fused and (doc[start - 1].pos_ == "ADP" or doc[start - 1].dep_ == "case"):
            return start
        if start > 1 and folded[start - 1] in self.lex.linkers:
            quantity = start - 2
            if folded[quantity] in self.lex.quantities and not self.taken[quantity]:
                opening = quantity
                while opening > 0 and self.opens(doc[opening - 1], quantity, quantity + 1):
                    opening -= 1
                if (
                    opening == quantity
                    and quantity > 0
                    and folded[quantity - 1] in self.lex.determiners
                ):
                    opening -= 1  # "des dizaines de civils": "des" read as a preposition
                if opening < quantity:
                    return opening
        return None

    def someone(self, start: int, head: int) -> bool:
        """Someone new, counted or one: "un homme", "deux femmes", "un groupe de jeunes"."""
        if _indefinite_singular(self.doc[start]) or self.counted(start, head):
            return True
        return any(self.folded[k] in self.lex.quantities for k in range(start, head))

    def participant(self, token: Token) -> bool:
        """A subject, an object or an agent of its verb, itself or through the quantity or
        the noun it is coordinated with ("un groupe de jeunes", "deux hommes et une femme")."""
        for _ in range(3):
            if token.dep_ in PARTICIPANTS:
                return True
            quantity = token.dep_ == "nmod" and self.folded[token.head.i] in self.lex.quantities
            if not (quantity or token.dep_ == "conj") or token.head is token:
                return False
            token = token.head
        return False

    def counted(self, start: int, head: int) -> bool:
        """A number or a count word before the head: "trois personnes", "quelques individus"
        (a crowd, "des milliers de personnes", is no one in particular)."""
        return any(
            self.doc[k].pos_ == "NUM"
            or self.doc[k].dep_ == "nummod"
            or self.folded[k] in self.lex.counts
            for k in range(start, head)
        )

    def modifies(self, token: Token, start: int, end: int) -> bool:
        """An adjective after the head that belongs to the phrase ("locales", "américaines"),
        and a noun the parser hangs on such an adjective without a preposition ("les
        manifestants anti-loi travail")."""
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "nmod"
            and token.head.pos_ == "ADJ"
            and start <= token.head.i < end
            and not any(c.dep_ == "case" for c in token.children)
            and not self.taken[token.i]
        ):
            return True
        return (
            (token.pos_ == "ADJ" or token.dep_ == "amod")
            and start <= token.head.i < end
            and token.pos_ not in ("PUNCT", "PROPN", "VERB", "ADV")  # not "désormais"
            and "Part" not in token.morph.get("VerbForm", [])  # "blessés" says what befell them
            and self.folded[token.i] not in self.lex.not_modifiers  # "présents" says where
            and not self.taken[token.i]
        )

    def demonym_country(self, start: int, end: int) -> str | None:
        for token in self.doc[start:end]:
            if token.pos_ != "ADJ":
                continue
            for surface in self.kb.surfaces.get(self.folded[token.i], ()):
                if surface.form == DEMONYM:
                    return self.kb.entries[surface.entry_id].country
        return None

    def complement(self, start: int, end: int) -> tuple[int, str | None, Actor | None] | None:
        """ "de + name" after the phrase: a place, country or organisation the linker found
        (its country is the agent's), or proper nouns it did not ("de Fort Myers")."""
        doc, folded = self.doc, self.folded
        if end >= len(doc) or folded[end] not in self.lex.linkers or self.taken[end]:
            return None
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        if k >= len(doc) or not (start <= doc[k].head.i < end):
            return None
        if any(child.dep_ == "conj" for child in doc[k].children):
            return SEVERAL  # "les armées du Nigeria, du Cameroun et du Tchad": the countries
        if end + 1 in self.starts:  # the name's mention may hold its article: "l'armée"
            k = end + 1
        elif any(self.taken[end + 1 : k]):
            return None
        if k in self.starts:
            last, actor = self.starts[k]
            if self.coordinated(last):
                return SEVERAL
            if actor.kind in COMPLEMENT_KINDS or actor.id.startswith("government:"):
                return last, actor.country, actor
            return None
        last = self.entities().get(k, k)
        while last < len(doc) and doc[last].pos_ == "PROPN":
            last += 1
        if last == k or any(self.taken[k:last]):
            return None
        return last, None, None

    def coordinated(self, end: int) -> bool:
        """ "du Nigeria, du Cameroun et du Tchad": another complement follows this one."""
        doc, folded = self.doc, self.folded
        return (
            end + 1 < len(doc)
            and folded[end] in self.lex.coordinators
            and folded[end + 1] in self.lex.linkers | self.lex.fused_prepositions
        )

    def governed(self, phrase: _Phrase) -> _Phrase:
        """ "le chef de la police" (a person of the police), "un porte-parole de l'armée" (the
        army speaking: the phrase is a mention of the army): the noun the agent complements."""
        doc, folded = self.doc, self.folded
        head = doc[phrase.head]
        noun = head.head
        before = phrase.start - 1
        if head.dep_ != "nmod" or noun.i != before - 1 or self.taken[noun.i] or before < 1:
            return phrase
        if folded[before] not in self.lex.linkers | self.lex.fused_prepositions:
            return phrase
        leader = folded[noun.i] in self.lex.leaders
        if not leader and folded[noun.i] not in self.lex.spokespeople:
            return phrase
        start = noun.i
        while start > 0 and self.opens(doc[start - 1], noun.i, noun.i + 1):
            start -= 1
        if start == noun.i:  # "chef de la police" without a determiner is no one yet
            return phrase
        return _Phrase(
            start,
            phrase.end,
            phrase.head,
            phrase.head_end,
            phrase.country,
            noun.i if leader else None,
        )

    def described(self, phrase: _Phrase, noun: int) -> int:
        """Where the name of the actor starts: at the adjectives before its noun ("un haut
        responsable", "l'extrême droite"), after the determiners and numbers."""
        start = noun
        while start > phrase.start and self.doc[start - 1].pos_ == "ADJ":
            if self.folded[start - 1] in self.lex.determiners:
                break  # "plusieurs", "nombreux": how many, not what
            start -= 1
        return start

    def draft(self, phrase: _Phrase, agent: Agent) -> _Draft:
        if phrase.member_of is not None:
            return phrase.member_of
        if phrase.leader is not None:
            name = self.doc[self.described(phrase, phrase.leader) : phrase.end].text
            return _Draft(
                f"person:{slug(name)}", name, "person", phrase.country, self.code(phrase, agent)
            )
        name = self.doc[self.described(phrase, phrase.head) : phrase.end].text
        plural = "Plur" in self.doc[phrase.head].morph.get("Number", []) or any(
            self.folded[k] in self.lex.counts for k in range(phrase.start, phrase.head)
        )  # "plusieurs voix": several, though the noun does not say so
        if agent.body:
            kind, prefix = "organization", "org"
        elif plural or phrase.head_end - phrase.head > 1:
            kind, prefix = "group", "group"
        else:
            kind, prefix = "person", "person"
        return _Draft(
            f"{prefix}:{slug(name)}", name, kind, phrase.country, self.code(phrase, agent)
        )

    def code(self, phrase: _Phrase, agent: Agent) -> str | None:
        """CAMEO: the country's code and the sector (USACOP), or the sector alone (COP); none
        for people of no sector with no country ("un homme")."""
        if phrase.country is None:
            return agent.sector or None
        return self.kb.country_code(phrase.country) + agent.sector


def _entitled(actor: Actor, titled: dict[str, tuple[str, str | None]]) -> Actor:
    """The actor with the code its title gives, if it had none."""
    found = titled.get(actor.id)
    if found is None or (actor.cameo and len(actor.cameo) > 3):
        return actor
    code, country = found
    return replace(actor, cameo=code, country=actor.country or country)


def _draft_of(actor: Actor) -> _Draft:
    return _Draft(actor.id, actor.name, actor.kind, actor.country, actor.cameo, actor.wikidata)


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("plusieurs officiels gambiens", "les civils")."""
    if token.pos_ in NOUNS:
        return True
    if _inverted(token):
        return True
    return (
        token.pos_ == "ADJ"
        and token.dep_ != "amod"
        and any(child.dep_ in ("det", "case") for child in token.children)
    )  # "un groupe de jeunes": "jeunes" with its preposition


def _inverted(token: Token) -> bool:
    """ "un jeune manifestant" parsed as an adjective-noun ("jeune", with the determiner) and
    its participle: the adjective before the head opens the phrase."""
    before = token.head
    return (
        before.i == token.i - 1
        and before.pos_ == "ADJ"
        and token.dep_ in ("acl", "amod")
        and any(child.dep_ == "det" for child in before.children)
    )


def _indefinite_singular(token: Token) -> bool:
    morph = token.morph
    return "Ind" in morph.get("Definite", []) and "Sing" in morph.get("Number", [])


def _capitalised(token: Token) -> bool:
    """Written with a capital inside a sentence, not in capitals throughout ("ONG")."""
    text = token.text
    return text[:1].isupper() and not text.isupper() and not token.is_sent_start


def find_agents(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The linker's actors plus the agents found around them (an agent whose id an actor
    already has adds its mentions to it)."""
    if not len(doc):
        return actors
    hashes = agent_lexicon().head_hashes
    # the LOWER column is kept on the Doc (the linker's site nouns read it too)
    lower = column(doc, LOWER)
    candidates = list(compress(count(), map(hashes.__contains__, lower)))
    if not candidates:
        return actors
    finder = _AgentFinder(doc, actors, candidates, layout(doc).token_starts)
    drafts = finder.find()
    if finder.titled:
        actors = [_entitled(actor, finder.titled) for actor in actors]
    if not drafts:
        return actors
    text = text_of(doc)
    by_id = {actor.id: actor for actor in actors}
    added: list[Actor] = []
    for draft in drafts:
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(set(draft.spans)))
        known = by_id.get(draft.id)
        if known is not None:
            merged = tuple(sorted(set(known.mentions) | set(mentions), key=lambda m: m.start))
            by_id[draft.id] = Actor(
                known.id,
                known.name,
                known.kind,
                merged,
                known.country,
                known.cameo,
                known.wikidata,
            )
            continue
        added.append(
            Actor(
                id=draft.id,
                name=draft.name,
                kind=draft.kind,  # type: ignore[arg-type]
                mentions=mentions,
                country=draft.country,
                cameo=draft.cameo,
                wikidata=draft.wikidata,
            )
        )
    return [by_id[actor.id] for actor in actors] + added

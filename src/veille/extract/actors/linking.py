"""Join mentions into actors: one actor per real-world referent per article.

People are resolved in reading order: a knowledge-base name, else a surname or a close
spelling of someone met earlier in the article ("Poutine", "Vladimire Poutine"), else a
fuzzy match on the knowledge base, else a new person named as the text names them. A title
("le président russe") joins the person who held the office on the article's date.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from veille import lang
from veille.extract.actors.lexicon import OPPOSITION_PARTY, ORG_ANAPHOR, words
from veille.extract.actors.mentions import OWN_PARTY, Mention, find_mentions
from veille.extract.actors.tokens import span_text, token_forms
from veille.extract.layout import column, layout, text_of
from veille.kb import (
    CAPITAL,
    Entry,
    KnowledgeBase,
    ended_before,
    held_at,
    knowledge_base,
    starts_after,
)
from veille.records import Actor
from veille.records import Mention as MentionRecord
from veille.text import fold, slug

# Format characters a copied text keeps inside words: direction marks, zero-width spaces and
# joiners, the byte-order mark.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
# rapidfuzz ratio (0-100) for a misspelt full name; high, so that only typos join.
FUZZY_THRESHOLD = 88
LEADERS = ("head_of_state", "head_of_government")
# "le pays" refers back to a country named at most this many sentences before.
RECENT_SENTENCES = 3
# CAMEO 1.1b3 roles of no state (business, media, education, science, health, agriculture,
# civilians, refugees, multinationals): an organisation of these roles is seated in a country
# without standing for it ("le pays" after "ABC News" is not the United States).
PRIVATE_ROLES = frozenset({"BUS", "MED", "EDU", "SCI", "HLH", "AGR", "CVL", "REF", "MNC"})
ROLE_ORDER = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "justice_minister",
    "minister",
    "org_leader",
    "org_official",
    "central_bank_governor",
    "military_chief",
    "legislature_speaker",
    "party_leader",
    "opposition_leader",
    "judge",
    "other",
)


@dataclass
class _Draft:
    id: str
    name: str
    kind: str
    country: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


def person_cameo(entry: Entry, date: str | None) -> str | None:
    """The CAMEO code of the office held at `date`; a former office holder is `<ISO3>ELI`."""
    held = [r for r in entry.roles if held_at(r, date) and r.cameo]
    if held:
        held.sort(key=lambda r: ROLE_ORDER.index(r.role) if r.role in ROLE_ORDER else 99)
        return held[0].cameo
    if entry.country and any(ended_before(r, date) for r in entry.roles):
        return f"{entry.country}ELI"
    return entry.country


class _Linker:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.date: str | None = doc._.published
        self.kb: KnowledgeBase = knowledge_base()
        self.actors: dict[str, _Draft] = {}
        self.people: list[str] = []  # person actor ids, in order of first mention
        self.recent_people: list[str] = []  # the same, in order of last mention
        self.context: str | None = None  # the article's main country
        self.local_branches: dict[str, Mention] = {}  # sector -> "la police d'Orlando"
        self.sentence = _sentence_of_tokens(doc)
        self.text = text_of(doc)
        self.starts = layout(doc).token_starts
        self.texts, self.folded = token_forms(doc)
        self.last_country: tuple[str, int] | None = None  # (ISO3, sentence) named last
        self.last_place: tuple[_Draft, int] | None = None  # the place named last, where
        self.honorifics = _honorifics()
        self.last_party: _Draft | None = None  # the party named last ("le parti")
        # organisation kind -> (token, actor) named last: "le groupe" is the armed group
        self.last_of_kind: dict[str, tuple[int, _Draft]] = {}
        self.by_role: dict[str, list[str]] = {}  # role noun -> people given it ("suspect")
        self.last_by_head: dict[str, _Draft] = {}  # "coalition" -> the one named last
        # people named with a former title ("l'ancien président haïtien René Préval"): (roles,
        # country, actor), in order
        self.former_titled: list[tuple[frozenset[str], str | None, _Draft]] = []
        self.cities: dict[str, int] = {}  # place id -> times named where "la ville" may point
        self.asides: list[bool] | None = None  # token -> inside parentheses (when asked)
        self.named_people: set[str] = set()  # KB people the article names anywhere
        self.first_named: dict[str, int] = {}  # country -> token of its first mention
        self.context_count = 0  # how many times the main country is named

    def span_text(self, start: int, end: int) -> str:
        """The words' text, without the invisible marks a token may keep at its ends (a
        right-to-left mark after "Jimmy Wales" is no part of his name)."""
        return span_text(self.text, self.starts, self.texts, start, end).strip(INVISIBLE)

    def chars(self, mention: Mention) -> tuple[int, int]:
        """The mention's character offsets (a Span's start_char and end_char)."""
        if mention.end <= mention.start:
            span = self.doc[mention.start : mention.end]
            return span.start_char, span.end_char
        last = mention.end - 1
        return self.starts[mention.start], self.starts[last] + len(self.texts[last])

    def add(self, actor: _Draft, start: int, end: int) -> None:
        draft = self.actors.setdefault(actor.id, actor)
        draft.spans.append((start, end))
        if draft.kind == "person" and draft.id not in self.people:
            self.people.append(draft.id)
        if draft.kind == "person":
            if draft.id in self.recent_people:
                self.recent_people.remove(draft.id)
            self.recent_people.append(draft.id)

    def from_entry(self, entry: Entry) -> _Draft:
        if entry.id in self.actors:
            return self.actors[entry.id]
        cameo = person_cameo(entry, self.date) if entry.kind == "person" else entry.cameo
        name = entry.name_at(self.date)  # "Facebook" before it was renamed Meta
        return _Draft(entry.id, name, entry.kind, entry.country, cameo, entry.wikidata)

    # -- countries and their governments ------------------------------------------------
    def branch(self, country: str, sector: str, text: str) -> _Draft:
        """A branch of a state: "l'armée syrienne" (SYRMIL), "les douanes chinoises"."""
        code = self.kb.country_code(country)
        key = slug(text) if sector == "GOV" else sector.lower()
        return _Draft(f"org:{country.lower()}-{key}", text, "organization", country, code + sector)

    def named_branch(self, country: str, sector: str, text: str) -> _Draft:
        """A branch named after its place: "la police d'Orlando", "le parquet de Paris"."""
        code = self.kb.country_code(country)
        return _Draft(f"org:{slug(text)}", text, "organization", country, code + sector)

    def government(self, country: str, sector: str, text: str) -> _Draft:
        entry = self.kb.entries.get(f"country:{country}")
        code = self.kb.country_code(country)
        if sector == "GOV":
            template = lang.load("actor_phrases")["government_name"]
            demonym = entry.demonym if entry else None
            name = template.format(demonym=demonym) if demonym else f"{text} ({country})"
            return _Draft(f"government:{country}", name, "organization", country, f"{code}GOV")
        branch = slug(text) if sector == "GOV" else sector.lower()
        return _Draft(
            f"org:{country.lower()}-{branch}", text, "organization", country, code + sector
        )

    # -- people -------------------------------------------------------------------------
    def person_name(self, mention: Mention) -> str:
        if mention.full_name is not None:  # "Thierry" in "Thierry et Véronique Roy"
            return mention.full_name
        start = mention.name_start if mention.name_start is not None else mention.start
        first = start
        while first < mention.end and self.folded[first] in self.honorifics:
            first += 1
        return self.span_text(first if first < mention.end else start, mention.end)

    def pick(self, ids: tuple[str, ...]) -> Entry | None:
        """Among people sharing a name: one already met, else one in office at the date."""
        people = [self.kb.entries[i] for i in ids if self.kb.entries[i].kind == "person"]
        if not people:
            return None
        met = [p for p in people if p.id in self.actors]
        if met:
            return met[0]
        active = [p for p in people if any(held_at(r, self.date) for r in p.roles)]
        return (active or people)[0]

    def earlier_person(self, name: str, fuzzy: bool = True) -> _Draft | None:
        folded = fold(name)
        tokens = folded.split()
        initials = []
        while len(tokens) > 1 and len(tokens[0]) == 2 and tokens[0].endswith("."):
            initials.append(tokens.pop(0)[0])  # "N. Sarkozy": the surname, first letter kept
        for pid in reversed(self.people):
            known = _name_words(self.actors[pid].name)
            same = known == tokens or known[-len(tokens) :] == tokens
            if same and (not initials or known[0][:1] == initials[0]):
                return self.actors[pid]
        if fuzzy and len(tokens) == 1:
            # a first name alone ("Thierry" after "Thierry Roy", "Mme Park" after "Park
            # Geun-hye"): the one person met with that first word
            firsts = [p for p in self.people if fold(self.actors[p].name).split()[0] == tokens[0]]
            firsts = [p for p in firsts if len(self.actors[p].name.split()) > 1]
            if len(firsts) == 1:
                return self.actors[firsts[0]]
        if fuzzy and len(tokens) > 1 and self.people:
            names = {pid: fold(self.actors[pid].name) for pid in self.people}
            best = _closest(folded, names)
            if best is not None:
                return self.actors[best]
        return None

    def kb_person(self, name: str) -> Entry | None:
        folded = fold(name)
        surfaces = self.kb.surfaces.get(folded, [])
        entry = self.pick(tuple(s.entry_id for s in surfaces))
        if entry is not None or len(folded.split()) < 2:
            return entry
        entry_id = _closest_full_name(self.kb, folded)
        return self.kb.entries[entry_id] if entry_id is not None else None

    def person(self, mention: Mention) -> _Draft:
        name = self.person_name(mention)
        entry = self.pick(mention.entry_ids) if mention.entry_ids else None
        if entry is not None and entry.id not in self.actors and len(name.split()) == 1:
            # a surname alone is the person the article named with it, not someone else
            # of that name whom the article never named ("Tshisekedi" after "Étienne
            # Tshisekedi" is not Félix Tshisekedi)
            earlier = self.earlier_person(name, fuzzy=False)
            if earlier is not None:
                return earlier
        if entry is not None and fold(name) not in self.kb.surfaces:
            # the model's wider name around a known surname: trust it only if it is close
            known = self.earlier_person(name) or self.kb_person(name)
            if known is not None:
                return known if isinstance(known, _Draft) else self.from_entry(known)
            if _other_first_name(name, entry):  # "Penelope Fillon" is not François Fillon
                entry = None
        if entry is not None:
            return self.from_entry(entry)
        earlier = self.earlier_person(name)
        if earlier is not None:
            return earlier
        found = self.kb_person(name)
        if found is not None:
            return self.from_entry(found)
        return _Draft(f"person:{slug(name)}", name, "person", mention.country, mention.country)

    def holder(self, mention: Mention) -> Entry | None:
        title = mention.title
        if title is None:
            return None
        office_of = (
            mention.entry_ids[0].removeprefix("org:") if mention.entry_ids else mention.country
        )
        if office_of is None:
            return None
        if mention.start > 0 and self.folded[mention.start - 1] in words().unranked:
            return None  # "le premier président haïtien à achever deux mandats": no one now
        if self.to_be_filled(mention.start):
            return None  # "l'élection du nouveau président": whoever wins, not the holder
        if not mention.entry_ids and not title.roles and title.org_roles:
            return self.organisation_leader(title.org_roles)  # "le secrétaire général"
        roles = title.org_roles if mention.entry_ids else title.roles
        if title.same_office and not mention.entry_ids:
            return self.counterpart(mention)
        for role in roles:
            people = [self.kb.entries[p] for p in self.kb.offices.get((role, office_of), [])]
            if mention.former:
                people = [p for p in people if _former_holder(p, role, office_of, self.date)]
            elif mention.elect or _elect_at(people, role, office_of, mention, self.date):
                people = _next_holders(people, role, office_of, self.date)
            else:
                people = self.kb.holders(role, office_of, self.date)
            if title.gender == "f":
                people = [p for p in people if p.gender != "m"] or people
            if title.holders:  # "le monarque": a crown's holder, not a president
                people = [p for p in people if _crowned(p, role, office_of, title.holders)]
            if people:
                met = [p for p in people if p.id in self.actors]
                # "Le ministre des Finances, Michel Sapin,": one the article names after it
                named = [p for p in people if p.id in self.named_people]
                return (met or named or people)[0]
        return None

    def organisation_leader(self, roles: tuple[str, ...]) -> Entry | None:
        """ "le secrétaire général" alone, an office of organisations only: the person met
        last who holds it at the date ("Ban Ki-moon ... Le secrétaire général appelle"), else
        its holder in the organisation named last."""
        for pid in reversed(self.recent_people):
            entry = self.kb.entries.get(pid)
            if entry is not None and any(
                r.role in roles and r.org and held_at(r, self.date) for r in entry.roles
            ):
                return entry
        for actor_id in reversed(list(self.actors)):
            if actor_id.startswith("org:"):
                for role in roles:
                    people = self.kb.holders(role, actor_id.removeprefix("org:"), self.date)
                    if people:
                        return people[0]
        return None

    def bodies_of_organisations(self) -> None:
        """ "le secrétariat général de l'ONU", "la commission d'enquête de l'Union africaine":
        an organisation the knowledge base does not know, named as a body of one it knows
        (the known name ends it), is coded as that organisation (CAMEO codes a body by its
        parent)."""
        coded: dict[int, list[tuple[int, _Draft]]] = {}
        for draft in self.actors.values():
            if draft.kind == "organization" and draft.cameo and draft.id in self.kb.entries:
                for start, end in draft.spans:
                    coded.setdefault(end, []).append((start, draft))
        for draft in self.actors.values():
            if draft.kind != "organization" or draft.cameo or draft.id in self.kb.entries:
                continue
            parent = next(
                (p for s, e in draft.spans for start, p in coded.get(e, ()) if start > s), None
            )
            if parent is not None:
                draft.cameo = parent.cameo
                draft.country = draft.country or parent.country

    def to_be_filled(self, start: int) -> bool:
        """Whether the title starting at token `start` is what an election fills: after
        `vacancy` words, through an article ("l'élection du président", "désigner le
        président")."""
        i = start - 1
        articles = words().definite_contracted | words().definite
        if i >= 0 and self.folded[start] not in words().determiners and self.folded[i] in articles:
            i -= 1
        return i >= 0 and fold(self.doc[i].lemma_) in words().vacancy

    def formerly_titled(self, mention: Mention) -> _Draft | None:
        """ "l'ancien président" after "l'ancien président haïtien René Préval": the person the
        article already named with that former office, not the office's last holder before
        the date (a former title with a country must be that person's country)."""
        title = mention.title
        if title is None or not mention.former:
            return None
        offices = set(title.roles + title.org_roles)
        for roles, country, draft in reversed(self.former_titled):
            # a bare "l'ancien président" takes its country from the context, which may be
            # another state's by then ("le président brésilien a salué l'ancien chef d'État")
            if roles & offices and (mention.contextual or country in (None, mention.country)):
                return draft
        return None

    def counterpart(self, mention: Mention) -> Entry | None:
        """ "son homologue indien": who holds, in India, the office the person named last
        holds. A head of state's or government's counterpart is the other country's leader,
        whichever of the two offices: one named in the article, else the first found."""
        if mention.country is None:
            return None
        roles = self.possessor_roles()
        if set(roles) & set(LEADERS):
            roles = LEADERS
        people = [p for role in roles for p in self.kb.holders(role, mention.country, self.date)]
        met = [p for p in people if p.id in self.actors]
        found = met or people
        return found[0] if found else None

    def possessor_roles(self) -> tuple[str, ...]:
        """The office held at the date by the person named last."""
        for pid in reversed(self.recent_people):
            entry = self.kb.entries.get(pid)
            if entry is None:
                continue
            held = [r for r in entry.roles if held_at(r, self.date) and r.country]
            if held:
                held.sort(key=lambda r: ROLE_ORDER.index(r.role) if r.role in ROLE_ORDER else 99)
                return (held[0].role,)
        return ()

    def party(self, own: bool = False) -> _Draft | None:
        """ "le parti": the party named last, else the party the person named last leads or
        led (the latest such office at the article's date); "son parti" (`own`): the party
        of the person named last (if the knowledge base knows it), else of no one."""
        if self.last_party is not None and not own:
            return self.last_party
        for pid in reversed(self.recent_people):
            entry = self.kb.entries.get(pid)
            roles = [
                r
                for r in (entry.roles if entry else ())
                if r.org and (held_at(r, self.date) or ended_before(r, self.date))
            ]
            roles.sort(key=lambda r: (held_at(r, self.date), r.start or ""))
            for role in reversed(roles):
                party = self.kb.entries.get(f"org:{role.org}")
                if party is not None and party.org_kind == "party":
                    return self.from_entry(party)
            if own:
                return None  # "son parti": the party of the one named last, or nobody's
        return self.last_party if own else None

    def opposition_party(self, mention: Mention) -> _Draft | None:
        """The one party the knowledge base codes as the opposition of the country the
        phrase names (its demonym), named last or the article's; nobody if it codes several."""
        country = mention.country or self.country_for(mention)
        if country is None:
            return None
        parties = [
            e
            for e in self.kb.entries.values()
            if e.org_kind == "party" and e.country == country and e.cameo == f"{country}OPP"
        ]
        return self.from_entry(parties[0]) if len(parties) == 1 else None

    def remember(self, mention: Mention, draft: _Draft) -> None:
        """What later descriptions point back to: the party named last, the people given a
        role noun."""
        entry = self.kb.entries.get(draft.id)
        if entry is not None and entry.org_kind == "party" and mention.form not in PARTY_FORMS:
            self.last_party = draft
        organization = draft.kind == "organization" or (entry is not None and entry.org_kind)
        aside = bool(organization) and self.parenthesised(mention.start)  # "(affilié à X)"
        if entry is not None and entry.org_kind is not None and not aside:
            self.last_of_kind[entry.org_kind] = (mention.start, draft)
        anaphor = (mention.form or "").startswith(ORG_ANAPHOR)
        if draft.kind == "organization" and mention.is_name and not (anaphor or aside):
            determiners, i = words().determiners, mention.start
            while i < mention.end - 1 and self.folded[i] in determiners:
                i += 1
            for head in {self.folded[i], fold(draft.name.split(" ", 1)[0])}:
                self.last_by_head[head] = draft  # "la coalition (internationale)", "la Cour"
        title = mention.title
        if draft.kind == "person" and title and mention.former and mention.name_start is not None:
            offices = frozenset(title.roles + title.org_roles)
            self.former_titled.append((offices, mention.country, draft))
        if draft.kind == "person" and mention.form != "role":
            for role in mention.roles:
                people = self.by_role.setdefault(role, [])
                if draft.id not in people:
                    people.append(draft.id)

    # -- all mentions -------------------------------------------------------------------
    def country_for(self, mention: Mention) -> str | None:
        """The country a bare description refers to: the one named last when it was named in
        the same or the previous sentence ("le pays": in the last few), else the article's
        main country."""
        if self.last_country is not None:
            country, sentence = self.last_country
            window = RECENT_SENTENCES if mention.recent else 1
            if self.sentence[mention.start] - sentence <= window:
                return country
        return self.context

    def remember_country(self, mention: Mention, draft: _Draft) -> None:
        if mention.contextual or mention.nested or mention.kind in ("person", "spokesperson"):
            return
        if self.names_a_text_or_meeting(mention):
            return
        country = draft.country if draft.kind != "person" else None
        if draft.kind == "organization" and _private_role(draft.cameo):
            country = None  # "ABC News", "Twitter": a company's seat names no country told of
        if mention.kind == "title":
            country = mention.country
        if country is not None:
            self.last_country = (country, self.sentence[mention.start])

    def names_a_text_or_meeting(self, mention: Mention) -> bool:
        """A place or a people after "de" that names an agreement, a meeting or a street
        ("les accords de Minsk", "le sommet de Bruxelles", "la promenade des Anglais"): no
        country told of."""
        if mention.kind not in ("place", "country", "group") or mention.start < 2:
            return False
        before = self.folded[mention.start - 1]
        noun = self.folded[mention.start - 2]
        return before in ("de", "d'", "des", "du") and noun in words().named_after_places

    def context_country(self, mentions: list[Mention]) -> str | None:
        """The country the article is about: the one its mentions name most often (the first
        named on a tie). Bare descriptions ("le président", "la police") belong to it."""
        counts: dict[str, int] = {}
        for mention in mentions:
            country = mention.country
            if country is None and mention.entry_ids and mention.kind == "country":
                country = self.kb.entries[mention.entry_ids[0]].country
            told = not (mention.contextual or mention.nested)
            if country is not None and told and not self.names_a_text_or_meeting(mention):
                counts[country] = counts.get(country, 0) + 1
                self.first_named.setdefault(country, mention.start)  # for `own_country`
        if not counts:
            return None
        main = max(counts, key=lambda c: counts[c])
        self.context_count = counts[main]
        return main

    def link(self, mention: Mention) -> _Draft | None:
        text = self.span_text(mention.start, mention.end)
        if mention.speaks_for is not None:
            return self.link(mention.speaks_for)
        if mention.form == "city":  # "la ville": the place named last, if lately
            if self.last_place is None:
                return None
            place, sentence = self.last_place
            if self.sentence[mention.start] - sentence <= RECENT_SENTENCES:
                return place
            return self.main_city()
        if mention.stands_for is not None:  # "(ISU)": the name it abbreviates
            return self.link(mention.stands_for)
        if mention.form == "party":  # "le parti"
            return self.party()
        if mention.form == OWN_PARTY:  # "son parti"
            return self.party(own=True)
        if mention.form == OPPOSITION_PARTY:  # "le principal parti d'opposition"
            return self.opposition_party(mention)
        if mention.form and mention.form.startswith(ORG_ANAPHOR):  # "le groupe"
            kinds = mention.form.removeprefix(ORG_ANAPHOR).split(",")
            if HEAD_ANAPHOR in kinds:  # "la coalition": the organisation named so, last
                words_ = _without_determiner(self.doc[mention.start : mention.end]).split()
                return self.last_by_head.get(fold(words_[-1])) if words_ else None
            named = [self.last_of_kind[k] for k in kinds if k in self.last_of_kind]
            return max(named, key=lambda n: n[0])[1] if named else None
        if mention.form == "role":  # "le suspect": the one person given that role
            role = mention.canonical or ""
            people = self.by_role.get(role, [])
            if not people:  # "le tireur" where only "le suspect" was named
                kin = words().kindred_roles.get(role, frozenset())
                people = list(dict.fromkeys(p for r in kin for p in self.by_role.get(r, [])))
            return self.actors[people[0]] if len(people) == 1 else None
        if mention.kind == "title" and mention.name_start is None and mention.title:
            return self.office(mention)
        if mention.contextual:
            if not (mention.recent and mention.country):  # "la capitale syrienne" says whose
                mention.country = self.country_for(mention)
            bare = mention.kind == "agency" and not mention.of_place
            local = self.local_branches.get(mention.sector or "") if bare else None
            if local is not None and local.country in (None, mention.country):
                return self.link(local)  # "la police": the "police d'Orlando" of the article
            if mention.country is None:
                return None
            if mention.recent and mention.kind == "place":  # "la capitale"
                capital = _capitals(self.kb).get(mention.country)
                if capital is None:
                    return None
                return _Draft(f"place:{slug(capital)}", capital, "place", mention.country)
            if mention.recent:
                return self.from_entry(self.kb.entries[f"country:{mention.country}"])
        if mention.kind == "title":  # "le président Emmanuel Macron"
            if mention.name_start is not None:
                draft = self.person(mention)
                if draft.country is None and mention.country:
                    draft.country = mention.country
                return draft
            former = self.formerly_titled(mention)
            if former is not None:
                return former
            entry = self.holder(mention)
            return self.from_entry(entry) if entry else None
        if mention.kind == "person":
            return self.person(mention)
        if mention.kind in ("government", "agency") and mention.country:
            bare_text = _without_determiner(self.doc[mention.start : mention.end])
            sector = mention.sector or "GOV"
            if mention.kind == "government":
                return self.government(mention.country, "GOV", bare_text)
            if mention.of_place:
                return self.named_branch(mention.country, sector, bare_text)
            return self.branch(mention.country, sector, bare_text)
        if mention.kind == "agency":  # "la police d'Orlando" in an article with no country
            bare_text = _without_determiner(self.doc[mention.start : mention.end])
            return _Draft(f"org:{slug(bare_text)}", text, "organization")
        if mention.entry_ids:
            entry = self.kb.entries[mention.entry_ids[0]]
            own = self.own_institution(entry, mention) if mention.is_name else None
            return own or self.from_entry(entry)
        if mention.kind == "organization" and mention.canonical:  # "l'Intérieur"
            name = mention.canonical
            return self.ministry(_Draft(f"org:{slug(name)}", name, "organization", mention.country))
        if mention.kind == "group":
            country = self.kb.entries.get(f"country:{mention.country}")
            code = country.cameo if country else mention.country
            return _Draft(f"group:{slug(text)}", text, "group", mention.country, code)
        # the model often takes a surname met before for a place or an organisation
        earlier = self.earlier_person(text, fuzzy=False) if mention.is_name else None
        if earlier is not None:
            return earlier
        if mention.kind == "place":
            return _Draft(f"place:{slug(text)}", text, "place", mention.country)
        return self.ministry(_Draft(f"org:{slug(text)}", text, "organization", mention.country))

    def ministry(self, draft: _Draft) -> _Draft:
        """A ministry the knowledge base does not know ("le ministère chinois des Affaires
        étrangères", "le ministère de la Justice") is a body of its country's government: its
        demonym's country, else the article's own, coded <ISO3>GOV (GOV alone with none). So
        is an institution described by the place it serves ("la préfecture des Landes", "la
        mairie de Toronto": `place_institutions`)."""
        opening = fold(draft.name).replace("'", " ").split()[:2]  # "le ministère", "ministère"
        if draft.cameo:
            return draft
        if fold(words().ministry_noun) not in opening and not (
            set(opening) & words().place_institutions
        ):
            return draft
        draft.country = draft.country or self.context
        code = self.kb.country_code(draft.country) if draft.country else ""
        draft.cameo = f"{code}GOV"
        return draft

    def office(self, mention: Mention) -> _Draft | None:
        """A title with no name after it: its holder at the article's date, in the country
        its words give ("le président ukrainien") or, alone ("le président"), in the article's
        own country (`own_country`), never one of another country named near it; else the
        office itself, a descriptive actor ("Premier ministre", GOV with the country)."""
        title = mention.title
        assert title is not None
        before = mention.start - 1
        if (
            (before >= 0 and self.folded[before] in words().unranked)
            or self.to_be_filled(mention.start)
            or mention.indefinite
        ):  # "l'élection du nouveau président", "un ancien ministre"
            return self.described_office(mention) if mention.contextual else None
        if mention.contextual and self.portfolio_after(mention.end):
            mention.country = self.own_country(mention)  # "le secrétaire d'État aux
            return self.described_office(mention)  # Transports": a junior office, its own
        if mention.contextual:
            met = self.met_holder(mention) if title.contextual else self.given_role(mention)
            if met is not None:  # "Emmanuel Macron ... Le président": the one met
                return met
            mention.country = self.own_country(mention)
        entry = None
        if title.contextual or not mention.contextual:
            former = self.formerly_titled(mention)
            if former is not None:
                return former
            entry = self.holder(mention)
        if entry is not None:
            return self.from_entry(entry)
        if title.holders and mention.contextual and not self.holds_there(mention):
            mention.country = None  # "la chancelière" in a French story: no French office
        # "le président de la SNCF", "le ministre camerounais des Communications" (a name
        # may follow): only a bare title, a counterpart ("son homologue kényan") or an office
        # the knowledge base fills for no one ("le prince héritier saoudien") is an office of
        # its own
        own = mention.contextual or title.same_office or not (title.roles or title.org_roles)
        return self.described_office(mention) if own and not self.apposed_name(mention) else None

    def apposed_titles(self, mentions: list[Mention]) -> None:
        """A title between a person's name and a comma ("L'ancien Président de la Tanzanie,
        Benjamin Mkapa,", "Pascal Nyabenda, actuel président de l'Assemblée nationale,") is
        that person's, not the office's holder at the date: it stands for the name."""
        texts = self.texts
        people = [m for m in mentions if m.kind == "person"]
        by_start = {m.start: m for m in people}
        by_end = {m.end: m for m in people}
        named = {k for m in mentions if m.kind in NAMED_IN_TITLES for k in range(m.start, m.end)}
        others = {
            k for m in mentions if m.kind in ("title", "person") for k in range(m.start, m.end)
        }
        linkers = words().determiners | words().definite_contracted | {"de", "d'"}
        for m in mentions:
            if m.kind != "title" or m.name_start is not None or m.title is None:
                continue
            if m.stands_for is not None or m.indefinite:
                continue
            end = m.end  # over what it names ("le ministre de la justice du pays,", "le ministre
            # de l'environnement du Burundi,", "la secrétaire d'État chargée de l'aide aux
            # victimes,"): its own words, no other title or person, no finite verb
            root = self.doc[m.start : m.end].root
            while end < len(texts) and end - m.end < 8:
                token = self.doc[end]
                if not (end in named or self.folded[end] in linkers):
                    if token.is_punct or end in others or not root.is_ancestor(token):
                        break
                    if token.pos_ == "AUX" or "Fin" in token.morph.get("VerbForm", []):
                        break
                    if token.pos_ == "ADP" and self.folded[end] not in words().portfolio_openers:
                        break  # "le président en tête-à-tête avec son Premier ministre, X"
                    if self.folded[end] in words().possessives:
                        break
                end += 1
            closed = end >= len(texts) or self.doc[end].is_punct
            after = by_start.get(end + 1) if closed and end < len(texts) else None
            if after is not None and texts[end] == ",":
                m.stands_for = after  # "L'ancien Président de la Tanzanie, Benjamin Mkapa,"
                continue
            before = by_end.get(m.start - 1) if m.start > 1 else None
            if before is None or texts[m.start - 1] != "," or not closed:
                continue
            if before.start > 0 and texts[before.start - 1] == ",":
                continue  # "A, B, le ministre": a list
            m.stands_for = before  # "Pascal Nyabenda, actuel président de l'Assemblée,"

    def entitle(self, mention: Mention, draft: _Draft) -> None:
        """A person the knowledge base gives no code, named with a title ("le président
        brésilien X", "L'ancien Président de la Tanzanie, Benjamin Mkapa"), takes the title's:
        its organisation's ("président de l'Assemblée nationale": the legislature's), else
        its country's with GOV (ELI for a former holder). A title of no country or
        organisation codes only an office of a state ("le ministre X": GOV); "le président X"
        may lead a club or a company."""
        title = mention.title
        national = draft.cameo is not None and draft.cameo == self.country_code(draft.country)
        if title is None or (draft.cameo and not national) or mention.elect:
            return
        sector = "ELI" if mention.former else "GOV"
        if mention.entry_ids:
            org = self.kb.entries.get(mention.entry_ids[0])
            if org is None or org.kind == "person" or not org.cameo or _private_role(org.cameo):
                return  # "le président de la SNCF": its head speaks for more than a company
            own = self.own_institution(org, mention, nested=True)
            draft.cameo = own.cameo if own is not None else org.cameo
            if mention.former and draft.cameo and len(draft.cameo) >= 6:
                draft.cameo = draft.cameo[:3] + sector
            draft.country = draft.country or (own.country if own else org.country)
        elif mention.country:
            draft.cameo = self.kb.country_code(mention.country) + sector
            draft.country = draft.country or mention.country
        elif title.roles and not title.org_roles and not title.same_office:
            draft.cameo = sector

    def by_role_sector(self, mention: Mention, draft: _Draft) -> None:
        """ "le ministre Jean Castelnau", "Xavier Tarabeux, le procureur de la République":
        a person the knowledge base gives no code takes the sector of the role given them
        (`role_sectors`), with their country's code when known."""
        sectors = words().role_sectors
        sector = next((sectors[r] for r in mention.roles if r in sectors), None)
        if sector is None:
            return
        national = self.country_code(draft.country)
        if draft.cameo and draft.cameo != national:
            return
        near = list(range(max(mention.start - 3, 0), mention.start))
        if mention.end < len(self.folded) and self.folded[mention.end] == ",":
            near += range(mention.end + 1, min(mention.end + 4, len(self.folded)))
        if any(self.folded[k] in words().former for k in near):
            sector = "ELI"  # "l'ancien maire X", "X, l'ancien ministre": a former holder
        draft.cameo = (national or "") + sector

    def country_code(self, country: str | None) -> str | None:
        return self.kb.country_code(country) if country else None

    def holds_there(self, mention: Mention) -> bool:
        """Whether the office of a title with `holders` words ("chancelier", "roi") may be so
        called in the mention's country: unless the knowledge base knows its holders at the
        date there under another title (France's head of government is no chancellor)."""
        title = mention.title
        if title is None or mention.country is None or mention.former:
            return True
        holders = [
            p for role in title.roles for p in self.kb.holders(role, mention.country, self.date)
        ]
        return not holders or any(
            _crowned(p, role, mention.country, title.holders)
            for role in title.roles
            for p in holders
        )

    def portfolio_after(self, end: int) -> bool:
        """A portfolio right after a title makes it a junior office ("le secrétaire d'État à
        l'Intérieur", "aux Transports", "chargé du Numérique"); "à" only before a capital
        ("le président à vie" keeps its holder)."""
        word = self.texts[end].lower() if end < len(self.doc) else ""
        if word not in words().portfolio_openers:
            return False
        if word != "à":
            return True
        k = end + 1
        while k < len(self.doc) and self.folded[k] in ("l'", "la", "le", "les"):
            k += 1
        return k < len(self.doc) and self.texts[k][:1].isupper()

    def apposed_name(self, mention: Mention) -> bool:
        """ "Le ministre de la justice du pays, Bekir Bozdag, a affirmé": the name in
        apposition is who the office is (left to the name's own mention)."""
        doc = self.doc
        for k in range(mention.end, min(mention.end + 5, len(doc) - 1)):
            if doc[k].pos_ in ("VERB", "AUX"):
                return False
            if doc[k].text == "," and doc[k + 1].ent_type_ == "PER":
                return True
        return False

    def met_holder(self, mention: Mention) -> _Draft | None:
        """The one person the article named before who holds the bare title's office at its
        date ("Emmanuel Macron est arrivé à Berlin. Le président a rencontré...")."""
        title = mention.title
        if title is None or mention.former or mention.elect or not title.roles:
            return None
        sentence = self.sentence[mention.start]
        found = [
            pid
            for pid in self.people
            if (entry := self.kb.entries.get(pid)) is not None
            and any(r.role in title.roles and held_at(r, self.date) for r in entry.roles)
            and sentence - self.sentence_at(self.actors[pid].spans[-1][0]) <= RECENT_SENTENCES
        ]
        return self.actors[found[0]] if len(found) == 1 else None

    def given_role(self, mention: Mention) -> _Draft | None:
        """ "le ministre camerounais des Communications Issa Tchiroma Bakary ... le
        ministre": the one person the article gave that role noun."""
        noun = self.folded[mention.end - 1]
        roles = [r for tokens, r in words().role_nouns.get(noun, ()) if tokens == (noun,)]
        people = list(dict.fromkeys(p for r in roles for p in self.by_role.get(r, [])))
        return self.actors[people[0]] if len(people) == 1 else None

    def sentence_at(self, char: int) -> int:
        """The sentence of the token at a character offset."""
        return self.sentence[max(bisect_right(self.starts, char) - 1, 0)]

    def own_country(self, mention: Mention) -> str | None:
        """The article's own country for a bare title: its main country, named before the
        title or more than once ("Le président ... irrité Pékin" makes no Chinese
        president)."""
        first = self.first_named.get(self.context or "")
        if first is None:
            return None
        return self.context if first < mention.start or self.context_count > 1 else None

    def described_office(self, mention: Mention) -> _Draft:
        """ "le Premier ministre", "l'ancien ministre", "le prince héritier saoudien" with no
        holder known: the office as an actor, coded with its sector (GOV; a former holder
        is an elite, ELI) and, when known, its country's code or its organisation's."""
        span = self.doc[mention.start + mention.indefinite : mention.end]  # not "un"
        name = _without_determiner(span)
        sector = "ELI" if mention.former else "GOV"
        if mention.entry_ids:  # "le secrétaire général de l'Otan": the organisation's code
            org = self.kb.entries.get(mention.entry_ids[0])
            cameo = org.cameo if org else None
            return _Draft(
                f"person:{slug(name)}", name, "person", org.country if org else None, cameo
            )
        code = self.kb.country_code(mention.country) if mention.country else ""
        return _Draft(f"person:{slug(name)}", name, "person", mention.country, f"{code}{sector}")

    def own_institution(
        self, entry: Entry, mention: Mention, nested: bool = False
    ) -> _Draft | None:
        """ "l'Assemblée nationale" in an article about Burundi: Burundi's, not France's (a
        name of `generic_institutions`, the article's main country another than the entry's)."""
        if entry.org_kind not in GENERIC_KINDS or fold(entry.name) not in _generic_institutions():
            return None  # most names: one look-up
        context = self.context
        country = self.kb.entries.get(f"country:{context}")
        if context is None or country is None or not entry.cameo:
            return None
        if entry.country in (context, country.part_of):
            return None  # La Réunion's Senate is France's
        text = _without_determiner(self.doc[mention.start : mention.end])  # a Span only here
        sector = entry.cameo[3:6]
        if nested:  # "président de l'Assemblée nationale": the institution named in a title
            text = entry.name
        if fold(text) not in _generic_institutions() or len(sector) != 3:
            return None
        code = (country.cameo or context) + sector
        return _Draft(f"org:{context.lower()}-{slug(text)}", text, "organization", context, code)

    def city(self, mention: Mention) -> bool:
        """A place "la ville" may point back to: not one named after "en" or "au" (a region
        or a country: "en Floride", "au Texas"), nor a site ("l'hôtel SYL")."""
        if self.folded[mention.start] in words().site_nouns:
            return False
        if mention.start == 0:
            return True
        before = self.folded[mention.start - 1]
        return before not in _region_prepositions()

    def main_city(self) -> _Draft | None:
        """ "la ville" long after the last place: the place the article has named most often
        so far, if named at least twice and more often than any other (the story's city)."""
        ranked = sorted(self.cities.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return self.actors[ranked[0][0]]

    def parenthesised(self, i: int) -> bool:
        if self.asides is None:
            self.asides = _parenthesised(self.texts, self.sentence)
        return self.asides[i]

    def covered(self) -> numpy.ndarray:
        """Which characters of the text some actor's mention covers."""
        covered = numpy.zeros(len(text_of(self.doc)) + 1, dtype=bool)
        for draft in self.actors.values():
            for start, end in draft.spans:
                covered[start:end] = True
        return covered

    def identified_person(self) -> None:
        """ "Un homme a été arrêté ... L'homme a été inculpé ... Il s'agit de « Mohamed R. »
        ... le suspect": with one person named by an identifying phrase, a person noun alone
        as a subject and a role noun given to nobody are that person."""
        lexicon, doc = words(), self.doc
        people = {s: d for d in self.actors.values() if d.kind == "person" for s, _ in d.spans}
        named = set()
        openers = frozenset(phrase[0] for phrase in lexicon.identifying_phrases)
        for opener in _tokens_of(doc, openers, ("identifying_phrases",)):
            j, sentence = opener.i - 1, self.sentence[opener.i]
            while j >= 0 and self.sentence[j] == sentence and not doc[j].is_alpha:
                j -= 1
            if j >= 0 and self.sentence[j] == sentence:
                continue  # the phrase opens its sentence
            tokens = [t for t in doc[opener.i : opener.i + 8] if not (t.is_punct or t.is_space)]
            folded = tuple(fold(t.text) for t in tokens[:6])
            for phrase in lexicon.identifying_phrases:
                if folded[: len(phrase)] == phrase and len(tokens) > len(phrase):
                    draft = people.get(tokens[len(phrase)].idx)
                    if draft is not None:
                        named.add(draft.id)
        if len(named) != 1:
            return
        person = self.actors[named.pop()]
        suspects = lexicon.identified_roles
        covered = self.covered()
        for token in doc[1:]:
            noun = fold(token.text)
            roles = [r for tokens, r in lexicon.role_nouns.get(noun, ()) if tokens == (noun,)]
            given = any(r in self.by_role for r in roles)
            single = any(r in suspects for r in roles)  # "le suspect", not "le ministre"
            if token.pos_ != "NOUN" or not token.is_lower or given:
                continue
            subject = noun in lexicon.person_nouns and token.dep_.startswith("nsubj")
            if not (subject or single):
                continue
            det = doc[token.i - 1]
            if det.pos_ not in ("DET", "ADP") or "Plur" in det.morph.get("Number", []):
                continue
            if (
                "Yes" in det.morph.get("Poss", [])
                or covered[det.idx : token.idx + len(token)].any()
            ):
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and (
                after.pos_ in ("ADJ", "NOUN", "PROPN") or after.dep_ == "case"
            ):
                continue  # "un homme de 30 ans", "l'homme politique"
            start = det.idx if det.pos_ == "DET" else token.idx
            self.add(person, start, token.idx + len(token))

    def site_nouns(self) -> None:
        """ "un hôtel", "cet hôtel", "l'établissement": the one site of that noun (for
        "l'établissement", the one site) the article names, before or after it ("un hôtel de
        Mogadiscio ... l'hôtel Dayah"). Not a plural, someone's own ("son hôtel"), a noun
        with a name or a lower-case "de" complement after it ("l'hôtel de ville")."""
        lexicon = words()
        candidates = _tokens_of(self.doc, lexicon.site_nouns | lexicon.site_anaphors)
        if not candidates:
            return  # no site noun in the article (nor a site named with one after its start)
        doc, text = self.doc, text_of(self.doc)
        named: dict[str, set[str]] = {}
        for draft in self.actors.values():
            if draft.kind != "place":
                continue
            for start, end in draft.spans:
                written = text[start:end]
                head = fold(written.split()[0]) if " " in written else ""
                if head in lexicon.site_nouns:
                    named.setdefault(head, set()).add(draft.id)
        if not named:
            return
        covered = self.covered()
        every = {i for ids in named.values() for i in ids}
        for token in candidates:
            noun = fold(token.text)
            ids = named.get(noun) or (every if noun in lexicon.site_anaphors else None)
            if not ids or len(ids) != 1 or token.pos_ != "NOUN" or not token.is_lower:
                continue
            det = doc[token.i - 1]
            kinds = set(det.morph.get("PronType", [])) & {"Art", "Dem"}
            if det.pos_ != "DET" or not kinds or "Plur" in det.morph.get("Number", []):
                continue
            if (
                "Yes" in det.morph.get("Poss", [])
                or covered[det.idx : token.idx + len(token)].any()
            ):
                continue
            if token.i + 1 < len(doc) and _named_or_qualified(doc, token.i + 1):
                continue
            self.add(self.actors[next(iter(ids))], det.idx, token.idx + len(token))

    def run(self) -> list[Actor]:
        mentions = find_mentions(self.doc)
        self.named_people = {
            e for m in mentions if m.kind in ("person", "title") for e in m.entry_ids
        }
        self.context = self.context_country(mentions)
        self.local_branches = _local_branches(self.doc, mentions)
        self.apposed_titles(mentions)
        unresolved = []
        for mention in mentions:
            draft = self.link(mention)
            if draft is None and mention.form == "role":
                unresolved.append(mention)
            if draft is not None and draft.kind == "person":
                if mention.kind == "title":
                    self.entitle(mention, draft)
                elif mention.roles:
                    self.by_role_sector(mention, draft)
            if draft is not None:
                self.add(draft, *self.chars(mention))
                self.remember_country(mention, draft)
                self.remember(mention, draft)
                if draft.kind == "place" and not mention.contextual and self.city(mention):
                    self.last_place = (draft, self.sentence[mention.start])
                    self.cities[draft.id] = self.cities.get(draft.id, 0) + 1
        for mention in unresolved:  # "le suspect" before the article names them
            draft = self.link(mention)
            if draft is not None:
                self.add(draft, *self.chars(mention))
        self.site_nouns()
        self.identified_person()
        self.bodies_of_organisations()
        text = text_of(self.doc)
        return [
            Actor(
                id=d.id,
                name=d.name,
                kind=d.kind,  # type: ignore[arg-type]
                mentions=tuple(MentionRecord(s, e, text[s:e]) for s, e in sorted(set(d.spans))),
                country=d.country,
                cameo=d.cameo,
                wikidata=d.wikidata,
            )
            for d in self.actors.values()
        ]


PARTY_FORMS = ("party", OWN_PARTY)
# what a title may name right after it, before the comma of an apposed name
NAMED_IN_TITLES = ("country", "place", "organization", "government")
HEAD_ANAPHOR = "head"  # an `org_anaphors` kind: the organisation whose name opens with it


SITE_KEYS = ("site_nouns", "site_anaphors")


def _private_role(cameo: str | None) -> bool:
    """A CAMEO code ending in a role of no state (business, media...: `USABUS`, `USAMED`)."""
    return bool(cameo) and cameo[-3:] in PRIVATE_ROLES  # type: ignore[index]


def _tokens_of(doc: Doc, folded: frozenset[str], keys: tuple[str, ...] = SITE_KEYS) -> list[Token]:
    """The tokens after the first whose lower-case form may fold to one of `folded` (a
    vector test on the LOWER column, then the Python tokens for those only); `keys` are the
    lexicon lists the words come from, as written."""
    hashes = _LOWER_HASHES.get((folded, keys))
    if hashes is None:  # a string's hash is the same in every vocabulary
        strings = doc.vocab.strings
        hashes = _LOWER_HASHES[(folded, keys)] = {
            strings.add(w) for w in _lower_forms(folded, keys)
        }
    lower = column(doc, LOWER)  # read once per Doc: the site nouns and the openers ask
    if hashes.isdisjoint(lower):
        return []  # most articles: none of the words
    return [doc[i] for i, h in enumerate(lower) if h in hashes and i > 0]


_LOWER_HASHES: dict[tuple[frozenset[str], tuple[str, ...]], set[int]] = {}


@cache
def _lower_forms(folded: frozenset[str], keys: tuple[str, ...]) -> frozenset[str]:
    """Lower-case spellings of folded words as the lexicon writes them, and the words
    themselves ("hôtel" and "hotel" for "hotel")."""
    data = lang.load("actor_phrases")
    written = {t.lower() for key in keys for w in data.get(key, []) for t in w.split()}
    return frozenset({w for w in written if fold(w) in folded} | folded)


def _parenthesised(texts: list[str], sentence: list[int]) -> list[bool]:
    """Which tokens stand inside parentheses in their sentence: an aside ("(affilié à
    Al-Qaïda)") that later descriptions do not point back to. `texts`: the tokens' texts;
    `sentence`: each token's sentence number. One pass, the depth counted afresh in each
    sentence (a ")" counts on its own token, a "(" from the next one); most articles have
    no parenthesis at all."""
    if "(" not in texts and ")" not in texts:
        return [False] * len(texts)
    asides, depth, current = [], 0, None
    for text, number in zip(texts, sentence, strict=True):
        if number != current:
            depth, current = 0, number
        if text == ")":
            depth -= 1
        asides.append(depth > 0)
        if text == "(":
            depth += 1
    return asides


def _local_branches(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """The one branch of a place the article names in each sector ("la police d'Orlando"):
    what its bare mentions ("la police", "le chef de la police") stand for. Two different
    ones in a sector ("la police de Paris", "la police de Lyon"): neither."""
    named: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.kind == "agency" and m.of_place and m.sector and not _classifies(doc, m.start):
            key = slug(_without_determiner(doc[m.start : m.end]))
            named.setdefault(m.sector, {}).setdefault(key, m)
    return {sector: next(iter(b.values())) for sector, b in named.items() if len(b) == 1}


def _classifies(doc: Doc, start: int) -> bool:
    """A branch with no determiner after a noun and "de" ("le commissariat de police de
    Lagny") says what kind of thing the noun is: no body that acts in the article."""
    return (
        start >= 2
        and doc[start].pos_ in ("NOUN", "PROPN")
        and fold(doc[start - 1].text) in ("de", "d'")
        and doc[start - 2].pos_ == "NOUN"
    )


def _named_or_qualified(doc: Doc, i: int) -> bool:
    """A name after a noun ("hôtel SYL") or a lower-case complement with a bare "de"
    ("l'hôtel de ville"): the noun names another thing than the article's site."""
    token = doc[i]
    if token.text[:1].isupper() and token.is_alpha:
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    return fold(token.text) in ("de", "d'") and after is not None and after.is_lower


GENERIC_KINDS = ("legislature", "court", "government")  # what a generic name may name


@cache
def _generic_institutions() -> frozenset[str]:
    return lang.words("actor_phrases", "generic_institutions")


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> list[str]:
    """A person's folded name, word by word (the callers only read it)."""
    return fold(name).split()


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold(w) for w in lang.load("actor_phrases")["honorifics"])


@cache
def _region_prepositions() -> frozenset[str]:
    return lang.words("actor_phrases", "region_prepositions")


def _other_first_name(name: str, entry: Entry) -> bool:
    """A longer name around a known surname whose first or last word is none of the known
    person's names: a relative or a namesake ("Michelle Obama", "Penelope Fillon"), or the
    surname is another's first name ("Wade MacLauchlan" is no Abdoulaye Wade)."""
    words, known = fold(name).split(), fold(entry.name).split()
    if len(words[0]) == 2 and words[0].endswith("."):  # "N. Sarkozy": an initial
        return words[0][0] != known[0][:1]
    return len(words) > 1 and (words[0] not in known or words[-1] not in known)


def _sentence_of_tokens(doc: Doc) -> list[int]:
    """Sentence number of each token (0 everywhere when the Doc has no sentences), from the
    layout's sentence starts: one list repeat per sentence, no pass over the tokens."""
    starts = layout(doc).sentence_starts  # [0, ...]; [] for an empty Doc
    ends = [*starts[1:], len(doc)] if starts else []
    sentence: list[int] = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        sentence += [number] * (end - start)
    return sentence


def _next_holders(people: list[Entry], role: str, office_of: str, date: str | None) -> list[Entry]:
    """Whoever takes the office first after the date ("le président élu": the election's
    winner, not the outgoing holder); nobody when the date is unknown."""
    starts = {
        p.id: min(
            r.start or ""
            for r in p.roles
            if r.role == role and office_of in (r.country, r.org) and starts_after(r, date)
        )
        for p in people
        if any(
            r.role == role and office_of in (r.country, r.org) and starts_after(r, date)
            for r in p.roles
        )
    }
    if not starts:
        return []
    first = min(starts.values())
    return [p for p in people if starts.get(p.id) == first]


def _elect_at(
    people: list[Entry], role: str, office_of: str, mention: Mention, date: str | None
) -> bool:
    """ "le président élu au début du mois": the election's winner, not the holder, when the
    election was lately (ELECT_MONTHS before the article) and the office changes hands soon
    after it; "le président élu en 2012", read in 2016, is the holder."""
    if date is None or mention.elected_on is None:
        return False
    since = _months(date) - _months(mention.elected_on)
    if not 0 <= since <= ELECT_MONTHS:
        return False
    starts = [
        r.start
        for p in _next_holders(people, role, office_of, date)
        for r in p.roles
        if r.role == role and office_of in (r.country, r.org) and starts_after(r, date) and r.start
    ]
    return bool(starts) and min(_months(s) for s in starts) - _months(date) <= ELECT_MONTHS


ELECT_MONTHS = 6  # an election winner takes office within months (the US: two and a half)


def _crowned(person: Entry, role: str, office_of: str, holders: tuple[str, ...]) -> bool:
    """Whether the person's office of that role has one of the `holders` words in its title
    ("roi du Maroc", "émir du Qatar")."""
    return any(
        r.role == role
        and office_of in (r.country, r.org)
        and any(w in fold(r.title or "").split() for w in holders)
        for r in person.roles
    )


def _months(value: str) -> int:
    """A partial ISO date as a count of months ("2016" as its January)."""
    parts = value.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1)


def _former_holder(person: Entry, role: str, office_of: str, date: str | None) -> bool:
    return any(
        r.role == role and office_of in (r.country, r.org) and ended_before(r, date)
        for r in person.roles
    )


def _without_determiner(span: Span) -> str:
    """The span's text after its leading determiners (its last word stays), read from the
    Doc's token lists: asked for most mentions, a Token per word cost more than the test."""
    doc, determiners, start = span.doc, words().determiners, span.start
    texts, folded = token_forms(doc)
    while span.end - start > 1 and folded[start] in determiners:
        start += 1
    return span_text(text_of(doc), layout(doc).token_starts, texts, start, span.end)


_CAPITALS: dict[int, dict[str, str]] = {}


def _capitals(kb: KnowledgeBase) -> dict[str, str]:
    """Each country's capital as the knowledge base writes it (the first one listed)."""
    key = id(kb)
    if key not in _CAPITALS:
        capitals: dict[str, str] = {}
        for surfaces in kb.surfaces.values():
            for s in surfaces:
                entry = kb.entries[s.entry_id]
                if s.form == CAPITAL and entry.country:
                    capitals.setdefault(entry.country, s.text)
        _CAPITALS[key] = capitals
    return _CAPITALS[key]


_FULL_NAMES: dict[int, dict[str, str]] = {}


def _full_names(kb: KnowledgeBase) -> dict[str, str]:
    """Multi-word person names and aliases by entry id, for fuzzy matching (built once)."""
    key = id(kb)
    if key not in _FULL_NAMES:
        names: dict[str, str] = {}
        for folded, surfaces in kb.surfaces.items():
            if " " not in folded:
                continue
            for s in surfaces:
                if kb.entries[s.entry_id].kind == "person":
                    names.setdefault(s.entry_id, folded)
        _FULL_NAMES[key] = names
    return _FULL_NAMES[key]


_CLOSEST: dict[tuple[int, str], str | None] = {}


def _closest_full_name(kb: KnowledgeBase, folded: str) -> str | None:
    """The entry id of the KB full name closest to a folded name, if close enough (names
    recur across articles: each is looked up once per knowledge base)."""
    key = (id(kb), folded)
    if key not in _CLOSEST:
        if len(_CLOSEST) > 1 << 14:
            _CLOSEST.clear()
        _CLOSEST[key] = _closest(folded, _full_names_near(kb, len(folded)))
    return _CLOSEST[key]


_NEAR: dict[tuple[int, int], dict[str, str]] = {}


def _full_names_near(kb: KnowledgeBase, length: int) -> dict[str, str]:
    """The full names whose length lets them score FUZZY_THRESHOLD against a name of
    `length` characters, in the same order (built once per length). fuzz.ratio is
    100 * (1 - indel distance / total length), and the distance is at least the difference
    of the lengths: a name outside these scores under the threshold whatever its letters, so
    the closest name, and the first among equals, are the same as over all the names."""
    key = (id(kb), length)
    if key not in _NEAR:
        _NEAR[key] = {
            entry_id: name
            for entry_id, name in _full_names(kb).items()
            # 200 * shorter / total: the best ratio two lengths allow (a point of margin)
            if 200 * min(length, len(name)) >= (FUZZY_THRESHOLD - 1) * (length + len(name))
        }
    return _NEAR[key]


def _closest(folded: str, names: dict[str, str]) -> str | None:
    """The key of the first name scoring highest against `folded`, if it scores at least
    FUZZY_THRESHOLD. Given as a cutoff, the threshold lets rapidfuzz skip the names whose
    lengths alone keep them under it."""
    best = process.extractOne(folded, names, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    return best[2] if best is not None and _misspelt(folded, best[0]) else None


def _misspelt(name: str, other: str) -> bool:
    """Whether two close names are one name misspelt: a typo changes at most one letter in
    each word ("Vladimire Poutine"); a word longer or different by more is another person's
    name that merely looks like it ("Philippe Martinez" is not Philippe Martin)."""
    words, others = name.split(), other.split()
    same = len(words) == len(others)
    pairs = zip(words, others, strict=True) if same else [(words[-1], others[-1])]
    return all(Levenshtein.distance(a, b) <= 1 for a, b in pairs)


def link_actors(doc: Doc) -> list[Actor]:
    return _Linker(doc).run()

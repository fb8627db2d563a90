"""Find actor mentions: knowledge-base phrases, titles and government nouns, then the model's
entities for the names the knowledge base does not know.

A mention says what it may refer to (a knowledge-base entry, a title to resolve at the
article's date, a government branch of a country, or an unknown name); `linking` decides
which actor it joins.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.attrs import POS
from spacy.parts_of_speech import ADJ, ADP, AUX, DET, VERB
from spacy.tokens import Doc, Token

from veille import lang
from veille.components import extension, records_of
from veille.extract.actors.lexicon import (
    AGENCY,
    COUNTRY_NOUN,
    GOVERNMENT,
    GROUP,
    HONORIFIC,
    KB,
    OPPOSITION_PARTY,
    ORG_ANAPHOR,
    SPOKESPERSON,
    TITLE,
    Title,
    trie,
    words,
)
from veille.extract.actors.matcher import Match
from veille.extract.actors.tokens import span_text, token_forms
from veille.extract.layout import column, layout, text_of
from veille.kb import (
    ACRONYM,
    ALIAS,
    CAPITAL,
    DEMONYM,
    EPITHET,
    NAME,
    SEAT,
    VARIANT,
    KnowledgeBase,
    Surface,
    knowledge_base,
)
from veille.text import fold

ENTITY_KINDS = {"PER": "person", "LOC": "place", "ORG": "organization"}
DASHES = ("-", "–", "—")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
NOUNS = ("NOUN", "PROPN")
# What follows a subject: "Moscou pousse", "Pékin a indiqué", "Pékin se dit".
CLAUSE_OPENERS = ("VERB", "AUX", "PRON")
# What may open a description: "les douanes", "des militaires", "aux autorités".
OPENERS = ("DET", "ADP")
# When one surface names several entries, the likelier reading first.
FORM_ORDER = {
    NAME: 0,
    VARIANT: 1,
    ACRONYM: 2,
    ALIAS: 3,
    EPITHET: 4,
    SEAT: 5,
    DEMONYM: 6,
    CAPITAL: 7,
}


@dataclass
class Mention:
    start: int  # token indices, end exclusive
    end: int
    kind: str  # person | country | government | agency | organization | place | group | title
    entry_ids: tuple[str, ...] = ()  # knowledge-base candidates, likeliest first
    country: str | None = None
    sector: str | None = None  # CAMEO sector of a government branch: GOV, MIL, COP...
    title: Title | None = None
    former: bool = False
    elect: bool = False  # "le président élu": the next holder after the article's date
    elected_on: str | None = None  # "le président élu au début du mois": that date (ISO)
    name_start: int | None = None  # the person's name inside a "title + name" mention
    is_name: bool = True  # a proper name, as opposed to a description ("le président russe")
    form: str | None = None  # the knowledge-base surface form it matched (SEAT, CAPITAL...)
    canonical: str | None = None  # a group's name as the lexicon writes it ("Kurdes"), a
    # ministry's name from its portfolio ("ministère de l'Intérieur")
    contextual: bool = False  # "le président", "la police": the country comes from the article
    of_place: bool = False  # a branch named after a place: "la police d'Orlando"
    nested: bool = False  # named inside a longer name ("Rio" in "Jeux olympiques de Rio")
    recent: bool = False  # "le pays": the country named last, wherever it was
    speaks_for: Mention | None = None  # "un porte-parole du ministère": the ministry
    stands_for: Mention | None = None  # an acronym defined after a name: "(OMS)"; a role
    # noun in apposition to a name ("le suspect, Omar Mateen")
    roles: tuple[str, ...] = ()  # role nouns given to this person ("le suspect X": suspect)
    full_name: str | None = None  # "Thierry" in "Thierry et Véronique Roy": "Thierry Roy"
    indefinite: bool = False  # "un ancien ministre": an office held by anyone, no holder


def _surfaces(match: Match) -> list[Surface]:
    found = [p.data for p in match.phrases if p.kind == KB]
    return sorted(found, key=lambda s: FORM_ORDER.get(s.form, 9))


def _phrase(match: Match | None, kind: str) -> object | None:
    if match is None:
        return None
    return next((p.data for p in match.phrases if p.kind == kind), None)


def _country_surface(match: Match | None, forms: tuple[str, ...]) -> Surface | None:
    if match is None:
        return None
    return next((s for s in _surfaces(match) if s.form in forms), None)


class _Finder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words = words()
        self.texts, self.folded = token_forms(doc)
        self.text = text_of(doc)
        self.starts = layout(doc).token_starts
        self.matches = trie().matches(doc, self.folded, texts=self.texts)
        self.at = {m.start: m for m in self.matches}
        self.match_starts = [m.start for m in self.matches]
        self.taken = [False] * len(doc)
        self.kb = knowledge_base()
        self.site_places: list[tuple[int, int, str]] = []  # "Sinjar" after "mosquée X de"
        self.timex_at: dict[int, str] | None = None  # the timex section's values by start
        self.ents = [
            self.person_name(*self.site(*self.relabel(*_trim(doc, self.folded, start, end, label))))
            for start, end, label in self.with_last_names(
                self.people_after_offices(
                    self.with_first_names(
                        self.with_particles(
                            _split_at_line_breaks(doc, self.text, self.starts, self.texts)
                        )
                    )
                )
            )
        ]
        self.ents = sorted(self.ents + self.site_places)
        self.ents = self.cities_read_as_people([e for e in self.ents if self.is_name(*e)])
        self.title_ending = {m.end: m for m in self.matches if _phrase(m, TITLE) is not None}
        self.ent_at = {s: (s, e, label) for s, e, label in self.ents if label in ENTITY_KINDS}
        self.surnames = {
            self.texts[e - 1] for s, e, label in self.ents if label == "PER" and e - s > 1
        }

    # -- helpers ------------------------------------------------------------------------
    def span_text(self, start: int, end: int) -> str:
        return span_text(self.text, self.starts, self.texts, start, end)

    def is_name(self, start: int, end: int, label: str) -> bool:
        """Whether a model entity may be a name: not a lone letter, a word in lower case or a
        capitalised common word ("l'État", "le Nord"), not a title ("ministre de
        l'Intérieur"), not a word capitalised only because it opens a sentence ("Hier")."""
        text = self.span_text(start, end)
        if len(text) < 2 or not any(ch.isalpha() for ch in text):
            return False
        if text == text.lower():  # a name has a capital: not "autopompes", "procureur de la"
            return False
        if fold(text) in self.words.not_names:  # "la Voie lactée", "la Ve République"
            return False
        if self.doc[start].is_lower and self.folded[start] in self.words.role_nouns:
            return False  # "procureur de la République de Nice": someone's office, no name
        last = self.texts[end - 1]
        if (
            end - start > 1
            and len(last) == 1
            and self.folded[start] in self.words.organization_heads
        ):
            return False  # "le groupe A", "Groupe C": a label
        if end - start == 1:
            if self.folded[start] in self.words.not_names:
                return False
            token = self.doc[start]
            if token.is_sent_start and token.pos_ not in ("PROPN",) and start not in self.at:
                return False
        return _phrase(self.at.get(start), TITLE) is None

    def with_particles(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's name goes on over a particle and the capitalised words after it, which
        the model often reads as another entity: "Marc Ladreit de Lacharrière", "Elisa Di
        Francisca" (not when a known place follows: "Jean Dupont de Paris")."""
        particles = self.words.name_particles
        starts = {s: (s, e, label) for s, e, label in ents}
        merged, dropped = [], set()
        for s, e, label in ents:
            if (s, e, label) in dropped:
                continue
            while label == "PER" and e + 1 < len(self.doc) and self.folded[e] in particles:
                nxt = self.doc[e + 1]
                if not nxt.is_title or self.known_place(e + 1):
                    break
                other = starts.get(e + 1)
                if other is not None and other[2] == "ORG":
                    break  # "un journaliste de Mediapart"
                end = other[1] if other is not None else e + 2
                if other is not None:
                    dropped.add(other)
                e = end
            merged.append((s, e, label))
        return merged

    def with_first_names(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's name starts at the first of the capitalised proper nouns before the
        model's entity, hyphenated first names included ("Guy-Brice Parfait Kolélas", where
        the model, at the head of a paragraph, found only "Kolélas"); not over a known place,
        organisation, demonym or title, another entity, a word the lexicon calls no name, or a
        line break."""
        inside = {i for s, e, _ in ents for i in range(s, e)}
        extended = []
        for s, e, label in ents:
            start = s
            while label == "PER" and start > 0:
                before = start - 1
                token = self.doc[before]
                if token.text in DASHES and not token.whitespace_ and before > 0:
                    joined = self.doc[before - 1]
                    if joined.whitespace_ or not self.first_name_word(before - 1, inside):
                        break
                    start = before - 1
                elif self.first_name_word(before, inside):
                    start = before
                else:
                    break
            extended.append((start, e, label))
        return extended

    def people_after_offices(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name the model reads as a place right after an office and a comma is the
        holder's ("le gouverneur de la province, Güngör Azim Tuna"; "Le ministre de la
        justice du pays, Bekir Bozdag"), unless the knowledge base knows it."""
        found = []
        for s, e, label in ents:
            apposed = label == "LOC" and s > 1 and self.texts[s - 1] == ","
            if apposed and s not in self.at and self.office_before(s - 1):
                label = "PER"
            found.append((s, e, label))
        return found

    def office_before(self, comma: int) -> bool:
        """Whether the words before a comma, back to the clause's start, are an office
        opened by a determiner: "le gouverneur de la province", "la ministre de la justice"."""
        offices = self.words.apposition_offices
        for k in range(comma - 1, max(comma - 9, 0), -1):
            if self.doc[k].is_punct:
                return False
            word = self.folded[k]
            office = word in offices or word in self.words.role_nouns
            office = office or _phrase(self.at.get(k), TITLE) is not None
            if office and self.doc[k].is_lower:
                return self.folded[k - 1] in self.words.determiners
        return False

    def with_last_names(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's name goes on over one capitalised word right after the model's entity
        that no entity and no knowledge-base phrase takes, before a word in lower case or a
        punctuation mark, on the same line ("Aimée Laurentine Kanyana a commenté", where the
        model found "Aimée Laurentine")."""
        inside = {i for s, e, _ in ents for i in range(s, e)}
        extended = []
        for s, e, label in ents:
            if label == "PER" and self.last_name_word(e, inside):
                e += 1
            extended.append((s, e, label))
        return extended

    def last_name_word(self, i: int, inside: set[int]) -> bool:
        n = len(self.doc)
        if i + 1 >= n or i in inside or i in self.at or "\n" in self.doc[i - 1].whitespace_:
            return False
        token, after = self.doc[i], self.doc[i + 1]
        return (
            token.is_alpha
            and token.is_title
            and token.pos_ not in ("VERB", "AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ")
            and self.folded[i] not in self.words.not_names
            and (after.is_punct or after.is_lower)
        )

    def first_name_word(self, i: int, inside: set[int]) -> bool:
        token = self.doc[i]
        return (
            token.pos_ == "PROPN"
            and token.is_title
            and i not in inside
            and i not in self.at
            and "\n" not in token.whitespace_
            and self.folded[i] not in self.words.not_names
        )

    def cities_read_as_people(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name the model reads as a place after a city's preposition ("à La Souterraine")
        is a place where it reads the same words as a person ("de La Souterraine"), unless
        the knowledge base knows them as someone's name; a capitalised article inside the
        sentence is part of such a city's name ("La Souterraine", "Le Havre")."""
        cities = {
            self.span_text(s, e)
            for s, e, label in ents
            if label == "LOC" and self.after_city_word(s)
        }
        if not cities:
            return ents
        found = []
        for s, e, label in ents:
            city = self.span_text(s, e) in cities
            if city and (label == "LOC" or (label == "PER" and not self.known_person(s, e))):
                label = "LOC"
                lead = self.doc[s - 1] if s > 0 else None
                if (
                    lead is not None
                    and lead.is_title
                    and not lead.is_sent_start
                    and self.folded[s - 1] in self.words.definite
                ):
                    s -= 1
            found.append((s, e, label))
        return found

    def after_city_word(self, start: int) -> bool:
        """Whether a city's preposition comes before `start`, over the article the name may
        begin with ("à La Souterraine", the model's entity trimmed to "Souterraine")."""
        i = start - 1
        if i > 0 and self.folded[i] in self.words.definite:
            i -= 1
        return i >= 0 and self.folded[i] in self.words.city_prepositions

    def known_person(self, start: int, end: int) -> bool:
        match = self.at.get(start)
        return match is not None and any(
            self.kb.entries[s.entry_id].kind == "person" for s in _surfaces(match)
        )

    def known_place(self, i: int) -> bool:
        match = self.at.get(i)
        if match is None:
            return False
        return any(self.kb.entries[s.entry_id].kind != "person" for s in _surfaces(match))

    def known_organization(self, i: int) -> bool:
        match = self.at.get(i)
        surfaces = _surfaces(match) if match is not None else []
        return bool(surfaces) and self.kb.entries[surfaces[0].entry_id].kind == "organization"

    def relabel(self, start: int, end: int, label: str) -> tuple[int, int, str]:
        """A place or person whose name opens with "Conseil", "Cour", "Université"... is an
        organisation ("Conseil départemental de Vaucluse")."""
        if label in ("LOC", "PER") and self.folded[start] in self.words.organization_heads:
            return start, end, "ORG"
        if label == "LOC":
            return self.person_after_demonym(start, end, label)
        return start, end, label

    def site(self, start: int, end: int, label: str) -> tuple[int, int, str]:
        """A building or site named after its noun is a place of that noun and name: "la
        mosquée Al-Fateh de Sinjar" is "mosquée Al-Fateh" (in Sinjar), "l'hôtel SYL" (the
        model's "SYL") is "hôtel SYL"; not a name the knowledge base gives someone."""
        sites = self.words.site_nouns
        if self.folded[start] in sites and self.doc[start].is_lower:
            if end - start < 2 or not self.texts[start + 1][:1].isupper():
                return start, end, label
            for j in range(start + 2, end - 1):
                after = self.linked(j)
                if after is not None and after < end and self.texts[after][:1].isupper():
                    self.site_places.append((after, end, "LOC"))
                    return start, j, "LOC"
            return start, end, "LOC"
        before = start - 1
        if (
            before > 0
            and self.folded[before] in sites
            and self.doc[before].is_lower
            and self.doc[before].pos_ == "NOUN"
            and self.folded[before - 1] in self.words.determiners
            and not self.known_person(start, end)
            and not self.known_organization(start)
        ):
            return before, end, "LOC"
        return start, end, label

    def person_after_demonym(self, start: int, end: int, label: str) -> tuple[int, int, str]:
        """A name after a demonym used as a noun is a person's: "l'Américain River Radamus",
        "la Britannique Leanda Cave", "l'Espagnole Caroline Routier" (the model often takes
        the name, or the whole phrase, for a place)."""
        match = self.at.get(start)
        leads = match is not None and match.end < end and self.is_demonym(match)
        if match is not None and leads and self.doc[match.end].is_title:  # "Espagnole C. R."
            return match.end, end, "PER"
        for i in range(max(0, start - 3), start):
            before = self.at.get(i)
            if before is None or before.end != start or not self.is_demonym(before):
                continue
            if i > 0 and self.folded[i - 1] in self.words.determiners:
                return start, end, "PER"
        return start, end, label

    def is_demonym(self, match: Match) -> bool:
        surfaces = _surfaces(match)
        return bool(surfaces) and all(s.form == DEMONYM for s in surfaces)

    def person_name(self, start: int, end: int, label: str) -> tuple[int, int, str]:
        """A person entity starts at the name: without an honorific or a rank ("M. Schultz",
        "Général de Gaulle"), a demonym ("l'Espagnole Caroline Routier") or a common noun
        ("l'affaire Benalla")."""
        if label != "PER":
            return start, end, label
        while end - start > 1:
            match = self.at.get(start)
            lead = self.doc[start]
            if match is not None and match.end < end and _leads_name(match, self.kb):
                start = match.end
            elif lead.is_lower and lead.pos_ == "NOUN" and self.doc[start + 1].is_title:
                start += 1
            else:
                break
        return start, end, label

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, mention: Mention) -> Mention:
        for i in range(mention.start, mention.end):
            self.taken[i] = True
        return mention

    def linked(self, i: int) -> int | None:
        """Token index after a linker ("de", "du", "de la"...) starting at i, if any."""
        for linker in self.words.linkers:
            if tuple(self.folded[i : i + len(linker)]) == linker:
                return i + len(linker)
        return None

    def target(self, i: int) -> tuple[str | None, str | None, int]:
        """The country (ISO3) or organisation an office or a branch belongs to, after i."""
        demonym = _country_surface(self.at.get(i), (DEMONYM,))
        if demonym is None and self.plain_adjective(i):  # "le gouvernement fédéral belge"
            demonym = _country_surface(self.at.get(i + 1), (DEMONYM,))
            i = i + 1 if demonym is not None else i
        if demonym is not None:
            entry = self.kb.entries[demonym.entry_id]
            return entry.country, None, self.at[i].end
        j = self.linked(i)
        if j is None or j not in self.at:
            return None, None, i
        match = self.at[j]
        surfaces = [s for s in _surfaces(match) if s.form != DEMONYM]
        if not surfaces:
            return None, None, i
        entry = self.kb.entries[surfaces[0].entry_id]
        if entry.kind == "country":
            return entry.country, None, match.end
        if entry.kind == "organization":
            return None, entry.id, match.end
        return None, None, i

    def plain_adjective(self, i: int) -> bool:
        """A lower-case adjective the knowledge base does not know, between a noun and its
        demonym: "fédéral" in "le gouvernement fédéral belge"."""
        return (
            i + 1 < len(self.doc)
            and i not in self.at
            and self.doc[i].pos_ == "ADJ"
            and self.doc[i].is_lower
        )

    def name_at(self, i: int) -> int | None:
        """End of a person's name starting at token i (a model PER entity or a KB person)."""
        ent = self.ent_at.get(i)
        if ent is not None and ent[2] == "PER":
            return ent[1]
        match = self.at.get(i)
        if match is not None and any(
            self.kb.entries[s.entry_id].kind == "person" for s in _surfaces(match)
        ):
            return match.end
        return None

    def opened(self, start: int) -> bool:
        """A description starts after a determiner or a preposition, not inside a noun
        phrase ("l'organisation islamiste armée palestinienne" is no army)."""
        if start == 0:
            return True
        before = self.doc[start - 1]
        return before.pos_ in OPENERS or self.folded[start - 1] in self.words.determiners

    def opening(self, start: int) -> tuple[int, bool]:
        """Extend a description left over "ancien" and a determiner: "l'ancien président"."""
        former = False
        if start > 0 and self.folded[start - 1] in self.words.former | self.words.modifiers:
            former = self.folded[start - 1] in self.words.former
            start -= 1
        if start > 0 and self.folded[start - 1] in self.words.determiners:
            start -= 1
        return start, former

    # -- patterns -----------------------------------------------------------------------
    def titles(self) -> list[Mention]:
        found: list[Mention] = []
        for match in self.matches:
            title = _phrase(match, TITLE)
            if not isinstance(title, Title) or not self.free(match.start, match.end):
                continue
            if self.hyphenated(match.end):
                continue  # "le président-fondateur de l'Olucome": another office's compound
            start, former = self.opening(match.start)
            elect = start < match.start and self.folded[match.start - 1] in self.words.elect
            title_end = match.end
            if self.elect_at(title_end):
                elect, title_end = True, title_end + 1
            country, org, end = self.target(title_end)
            if country is None and org is None and title.country and not self.linked(end):
                country = title.country  # "le pape"; not "le pape des coptes"
            if end > title_end and self.elect_at(end):
                elect, end = True, end + 1  # "le président américain élu"
            if country is None and org is None:
                other = self.other_office(start, match.end, title)
                if other is not None:
                    found.extend(self.take(m) for m in other)
                    found.extend(self.nested(match.end))
                    continue
                if self.complement_end(match.end) is not None:
                    continue  # "le président de la province": not the country's own office
            name_end = self.name_at(end)
            contextual = False
            if country is None and org is None and (name_end is None or title.roles):
                alone = title.contextual or title.bare
                # "un ancien ministre": someone who held the office, whoever (an office alone)
                anyone = former and start > 0 and self.indefinite_article(start - 1)
                start -= anyone
                # "le président a reproché à son ministre": someone's minister, an office of
                # its own (no holder is guessed for whose it is)
                owned = self.folded[start] in self.words.possessives and not title.same_office
                owned = owned and self.unnamed_office(match.start, end)
                if name_end is not None or not alone:
                    continue
                if not (self.definite(start) or anyone or owned):
                    continue
                contextual = True  # "le président", "le ministre de l'Intérieur"
            mention = Mention(
                start, name_end or end, "title", country=country, title=title, former=former
            )
            mention.elect = elect and not former
            if not elect and not former:
                mention.elected_on = self.dated_election(title_end) or self.dated_election(end)
            mention.contextual = contextual
            mention.indefinite = contextual and not self.definite(start)  # "un", "son"
            mention.is_name = False
            if org is not None:
                mention.entry_ids = (org,)
            if name_end is not None:
                mention.name_start = end
            both = self.coordinated_country(end) if country and name_end is None else None
            if both is not None:  # "les présidents mauritanien et guinéen": two holders
                mention.end = both[1]
                second = Mention(start, both[1], "title", country=both[0], title=title)
                second.former, second.is_name = former, False
                found.append(second)
            found.append(self.take(mention))
            found.extend(self.nested(match.end))
        return found

    def hyphenated(self, i: int) -> bool:
        """Whether the word ending at i goes on over a hyphen ("président-directeur")."""
        return (
            0 < i < len(self.doc) - 1
            and self.texts[i] == "-"
            and not self.doc[i - 1].whitespace_
            and not self.doc[i].whitespace_
        )

    def coordinated_country(self, i: int) -> tuple[str, int] | None:
        """A second demonym coordinated with a title's ("les présidents mauritanien et
        guinéen"): its country and end; each office is a holder of its own."""
        if i + 1 >= len(self.doc) or self.doc[i].pos_ != "CCONJ":
            return None
        demonym = _country_surface(self.at.get(i + 1), (DEMONYM,))
        if demonym is None:
            return None
        country = self.kb.entries[demonym.entry_id].country
        return (country, self.at[i + 1].end) if country else None

    def elect_at(self, i: int) -> bool:
        """ "élu" right after a title, not "élu en 2012" or "élu par le peuple" (a preposition
        other than a linker after it says how the holder came to office)."""
        if i >= len(self.doc) or self.folded[i] not in self.words.elect:
            return False
        after = i + 1
        return not (
            after < len(self.doc) and self.doc[after].pos_ == "ADP" and self.linked(after) is None
        )

    def dated_election(self, i: int) -> str | None:
        """ "élu au début du mois", "élue le 8 novembre": the date of the election a title
        is qualified by (the timex that opens the complement right after the participle)."""
        if i + 1 >= len(self.doc) or self.folded[i] not in self.words.elect:
            return None
        if self.doc[i + 1].pos_ != "ADP":
            return None
        if self.timex_at is None:
            self.timex_at = {}
            known = Doc.has_extension(extension("timexes"))  # not when actors run alone
            for timex in records_of(self.doc, "timexes") if known else ():
                self.timex_at[timex["start"]] = timex["value"]
        for token in self.doc[i + 1 : i + 4]:
            value = self.timex_at.get(token.idx)
            if value is not None:
                return str(value)
        return None

    def complement_end(self, i: int) -> int | None:
        """End of the complement after a title at i that makes it another office than the
        country's: "de l'île", "de la province", "du Québec", "de la police" (not a country
        or an organisation of the knowledge base, nor "de la République")."""
        j = self.linked(i)
        if j is None or j >= len(self.doc) or self.folded[j] in self.words.national_complements:
            return None
        if j in self.at and _surfaces(self.at[j]):
            return self.at[j].end if self.known_place(j) else None
        ent = self.ent_at.get(j)
        if ent is not None and ent[2] in ("LOC", "ORG") and not self.doc[j].is_lower:
            return ent[1]  # "le premier ministre du Québec", "le président de Renault"
        if self.doc[j].pos_ not in NOUNS or not self.doc[j].is_lower:
            return None
        k = j + 1
        while k < len(self.doc) and self.doc[k].pos_ == "ADJ" and self.doc[k].is_lower:
            k += 1
        if self.folded[j] in self.words.place_heads and k < len(self.doc):
            name = self.linked(k) or k  # "de la région Nouvelle-Aquitaine", "du comté de X"
            if name < len(self.doc) and self.texts[name][:1].isupper():
                return self.capitalised_run(name)
        return k

    def other_office(self, start: int, end: int, title: Title) -> list[Mention] | None:
        """ "Le premier ministre de l'île Wade MacLauchlan": an office of somewhere else than
        the country, held by the name after it (the title is a mention of that person)."""
        complement = self.complement_end(end)
        if complement is None or complement >= len(self.doc):
            return None
        name_end = self.person_run(complement)
        if name_end == complement or not self.free(start, name_end):
            return None
        holder = Mention(complement, name_end, "person")
        mention = Mention(start, complement, "title", title=title, is_name=False)
        mention.stands_for = holder
        j = self.linked(end)
        ent = self.ent_at.get(j) if j is not None and j not in self.at else None
        if ent is not None and j is not None and ent[1] == complement:  # "de la Catalogne"
            return [mention, holder, Mention(j, complement, ENTITY_KINDS[ent[2]], nested=True)]
        return [mention, holder]

    def person_run(self, i: int) -> int:
        """End of a person's name at i: a model PER entity, else at most three capitalised
        words none of which the knowledge base knows as a name ("Wade MacLauchlan")."""
        ent = self.ent_at.get(i)
        if ent is not None:
            return ent[1] if ent[2] == "PER" else i
        if self.known_place(i) and not self.name_at(i):
            return i
        j, n = i, len(self.doc)
        while j < n and j - i < 3 and self.capitalised_word(j):
            if j > i and self.known_name(j):
                break
            j += 1
        return j

    def capitalised_word(self, j: int) -> bool:
        token = self.doc[j]
        return (
            token.text[:1].isupper()
            and token.is_alpha
            and not token.is_sent_start
            and token.pos_ not in ("VERB", "AUX", "DET", "ADP", "PRON", "CCONJ")
            and self.folded[j] not in self.words.not_names
        )

    def indefinite_article(self, i: int) -> bool:
        return self.doc[i].pos_ == "DET" and "Ind" in self.doc[i].morph.get("Definite", [])

    def definite(self, start: int) -> bool:
        """A description opened by a definite article ("le", "la", "les", "l'") names the one
        the article is about; "un ministre" names nobody in particular."""
        if self.folded[start] in self.words.definite:
            return True
        return start > 0 and self.folded[start - 1] in self.words.definite_contracted

    def country_nouns(self) -> list[Mention]:
        """ "le pays", "du pays", "ce pays": the country named last before it; "la capitale":
        its capital."""
        found = []
        for match in self.matches:
            noun = _phrase(match, COUNTRY_NOUN)
            if noun is None:
                continue
            whose = self.capital_of(match.end) if noun == "capital" else None
            if not self.free(match.start, match.end) or (
                self.linked(match.end) is not None and whose is None
            ):
                continue  # "le pays de Galles" is a name, "le pays d'origine" no reference
            start, _ = self.opening(match.start)
            demonym = _country_surface(self.at.get(match.end), (DEMONYM,))
            if noun == "ally":  # "son allié russe": the state its demonym names, or nobody
                if demonym is None or not self.doc[match.end].is_lower:
                    continue
                noun = "country"
                pointers = self.words.possessives | self.words.demonstratives
                if not (self.definite(start) or self.folded[start] in pointers):
                    continue
            elif noun == "party" and self.folded[start] in self.words.possessives:
                noun = OWN_PARTY  # "son parti": the party of the one named last
            elif not (self.definite(start) or self.folded[start] in self.words.demonstratives):
                continue
            several = "Plur" in self.doc[start].morph.get("Number", [])
            if _phrase(match, COUNTRY_NOUN) == "country" and several:
                continue  # "de tous les pays", "ces pays": several, not the one named last
            anaphor = str(noun).startswith(ORG_ANAPHOR)  # "le groupe", "l'organisation"
            if noun in ("party", OWN_PARTY) and not self.alone(match.end):
                continue  # "le parti présidentiel", "le parti au pouvoir": another party
            if anaphor and not self.alone(match.end, places=True):
                continue  # "le groupe de Visegrad" (not "la secte islamiste dans des villages")
            organization = noun in ("party", OWN_PARTY, OPPOSITION_PARTY) or anaphor
            kind = (
                "organization" if organization else {"country": "country"}.get(str(noun), "place")
            )
            end, country = match.end, None
            if (
                noun in ("country", "capital", OPPOSITION_PARTY)
                and demonym is not None
                and self.doc[end].is_lower
            ):
                end, country = end + 1, self.kb.entries[demonym.entry_id].country
            if whose is not None:  # "la capitale du pays", "la capitale de la Gambie"
                end, country = whose
            # "la Commission" the model reads as a name is a name of what it points to
            named = anaphor and (match.end - 1) in self.ent_at
            mention = Mention(start, end, kind, is_name=named, form=str(noun), country=country)
            mention.contextual = mention.recent = True  # "la capitale syrienne": Syria's
            found.append(mention)
            for i in range(start, match.end if whose else end):  # "du pays" stays a mention
                self.taken[i] = True
        return found

    def capital_of(self, i: int) -> tuple[int, str | None] | None:
        """ "la capitale du pays" (the country named last: no ISO3 yet), "la capitale de la
        Somalie": where the complement after i ends, and the country it names."""
        j = self.linked(i)
        match = self.at.get(j) if j is not None else None
        if match is None:
            return None
        if _phrase(match, COUNTRY_NOUN) == "country":
            return match.end, None
        for surface in _surfaces(match):
            entry = self.kb.entries[surface.entry_id]
            if entry.kind == "country" and surface.form not in (DEMONYM, CAPITAL, SEAT):
                return match.end, entry.country
        return None

    def alone(self, i: int, places: bool = False) -> bool:
        """Whether a noun ending before i stands alone: no adjective, complement or name
        after it ("le parti a", "le suspect, qui", not "le parti socialiste", "le suspect
        numéro un", "la femme de X"); with `places`, a preposition other than a linker says
        where or when, not which one ("la secte islamiste dans des villages")."""
        if i >= len(self.doc):
            return True
        if self.texts[i] in OPENING_QUOTES and i + 1 < len(self.doc):
            return not self.texts[i + 1][:1].isupper()  # "le parti « La République en marche »"
        if places and self.doc[i].pos_ == "ADP" and self.linked(i) is None:
            return self.folded[i] not in self.words.definite_contracted  # not "au", "du"
        return self.doc[i].pos_ not in ("ADJ", "NOUN", "PROPN", "ADP", "NUM", "DET")

    def role_at(self, i: int) -> tuple[str, int] | None:
        """The role a role noun starting at token i names, and the noun's end."""
        for tokens, role in self.words.role_nouns.get(self.folded[i], ()):
            if tuple(self.folded[i : i + len(tokens)]) == tokens:
                return role, i + len(tokens)
        return None

    def introduced(self, i: int) -> bool:
        """A role noun opens its phrase at i: after a determiner, "ancien", a punctuation mark
        ("le ministre de l'Intérieur", "son épouse"), not inside a longer title ("le Premier
        ministre")."""
        if i == 0 or not self.doc[i - 1].is_alpha:
            return True
        heads = self.words.determiners | self.words.former | self.words.modifiers
        return self.folded[i - 1] in heads

    def role_nouns(self, found: list[Mention]) -> list[Mention]:
        """ "le suspect", "son épouse", "le ministre" alone: the person the article gave that
        role to (resolved by the linker). In apposition to a name ("le suspect, Omar Mateen",
        "Omar Mateen, le suspect") it is that name's person."""
        names = [m for m in found if m.kind == "person" or m.name_start is not None]
        by_start = {m.name_start if m.name_start is not None else m.start: m for m in names}
        by_end = {m.end: m for m in names}
        pointers = self.words.definite | self.words.demonstratives | self.words.possessives
        added = []
        nouns = self.words.role_nouns  # most words open no role noun: skipped at once
        for i in [i for i, word in enumerate(self.folded) if word in nouns and i > 0]:
            role = self.role_at(i)
            if role is None or self.taken[i] or self.doc[i].pos_ not in NOUNS:
                continue
            name, end = role
            if self.folded[i - 1] not in pointers or not self.free(i, end):
                continue
            described = self.modifiers_end(end)  # "le tireur présumé, Kori Ali Muhammad"
            comma = described < len(self.doc) and self.texts[described] == ","
            after = by_start.get(described + 1) if comma else None
            if after is None and not self.alone(end):
                continue
            end = described if after is not None else end
            before = by_end.get(i - 2) if self.texts[i - 2] == "," and i >= 2 else None
            mention = Mention(i - 1, end, "person", is_name=False, form="role", canonical=name)
            mention.stands_for = after or before or self.named_by_verb(end, by_start)
            added.append(self.take(mention))
        return added

    def modifiers_end(self, i: int) -> int:
        """End of the adjectives and participles after a noun ending at i ("présumé")."""
        j = i
        while j < len(self.doc) and j - i < 2 and self.doc[j].is_lower:
            token = self.doc[j]
            if token.pos_ != "ADJ" and "Part" not in token.morph.get("VerbForm", []):
                break
            j += 1
        return j

    def named_by_verb(self, i: int, people: dict[int, Mention]) -> Mention | None:
        """The person a naming verb right after a role noun gives: "le suspect se
        dénommerait Omar Mateen", "le tireur est un homme de 39 ans, Kori Ali Muhammad"
        (the first name in the next few words of the sentence)."""
        doc = self.doc
        j = i + 1 if i < len(doc) and doc[i].pos_ == "PRON" else i  # "se", "s'"
        if j >= len(doc) or fold(doc[j].lemma_) not in self.words.naming_verbs:
            return None
        sentence_end = doc[j].sent.end
        for k in range(j + 1, min(j + 12, sentence_end)):
            if k in people:
                return people[k]
        return None

    def bind_roles(self, found: list[Mention]) -> None:
        """The role nouns given to each named person: just before the name ("le policier
        Xavier Jugelé", "son épouse, Brigitte"), in the title that names them ("le ministre
        de l'Intérieur Gérard Collomb") or in apposition after it ("X, le suspect"), not
        when it names someone else ("l'affaire Benalla, la ministre de la Justice Nicole
        Belloubet")."""
        titled = {k for m in found if m.name_start is not None for k in range(m.start, m.end)}
        for m in found:
            if m.form == "role" or not (m.kind == "person" or m.kind == "title"):
                continue
            start = m.name_start if m.name_start is not None else m.start
            inside = range(m.start, start if m.name_start is not None else m.end)
            roles = [r[0] for i in inside if self.introduced(i) and (r := self.role_at(i))]
            i = start - 1
            if i >= 0 and self.texts[i] == ",":
                i -= 1
            while i > 0 and self.role_at(i) is None and self.modifiers_end(i) > i:
                i -= 1  # "le tireur présumé, Omar Mateen"
            title = self.title_ending.get(i + 1)  # "le ministre de l'Intérieur X"
            for k in (title.start,) if title else range(i, max(i - 3, -1), -1):
                role = self.role_at(k)
                ends = title is not None or (role is not None and role[1] == i + 1)
                if role is not None and ends and self.introduced(k):
                    roles.append(role[0])
                    break
            else:
                if start > 1 and self.texts[start - 1] == ",":
                    roles += self.role_with_complement(start - 1)
            j = m.end + 1
            if m.end < len(self.doc) and self.texts[m.end] == ",":
                if j < len(self.doc) and self.folded[j] in self.words.determiners:
                    j += 1
                role = self.role_at(j) if j < len(self.doc) and j not in titled else None
                if role is not None:
                    roles.append(role[0])
            m.roles = tuple(dict.fromkeys(roles))
        for m in found:  # "le suspect se dénommerait Omar Mateen": Mateen is the suspect
            if m.form == "role" and m.stands_for is not None and m.canonical:
                named = m.stands_for
                named.roles = tuple(dict.fromkeys((*named.roles, m.canonical)))

    def role_with_complement(self, comma: int) -> list[str]:
        """ "Le ministre de l'environnement du Burundi, Emmanuel Niyonkuru": a role noun a few
        words before the comma, opening a phrase whose words all hang on it."""
        for k in range(comma - 2, max(comma - 9, -1), -1):
            role = self.role_at(k)
            if role is None or not self.introduced(k) or self.doc[k].pos_ not in NOUNS:
                continue
            noun = self.doc[k]
            if all(noun.is_ancestor(self.doc[j]) for j in range(role[1], comma)):
                return [role[0]]
            return []
        return []

    def spokespeople(self, found: list[Mention]) -> list[Mention]:
        """ "un porte-parole du ministère chinois des Affaires étrangères": the institution
        speaks through them, unless they are named ("le porte-parole du Kremlin, Dmitri
        Peskov" is Peskov). The mention spans the whole phrase; it joins the institution's
        actor."""
        starts = {m.start: m for m in found if not m.nested and m.kind != "person"}
        spoken = []
        for match in self.matches:
            if not any(p.kind == SPOKESPERSON for p in match.phrases):
                continue
            j = self.linked(match.end)
            institution = starts.get(j) if j is not None else None
            if institution is None or institution.kind == "title":
                continue
            after = institution.end
            if after < len(self.doc) and self.texts[after] == ",":
                after += 1
            if self.name_at(after) is not None:
                continue
            start, _ = self.opening(match.start)
            if start == match.start and start > 0 and self.doc[start - 1].pos_ == "DET":
                start -= 1  # "un porte-parole"
            mention = Mention(start, institution.end, "spokesperson", is_name=False)
            mention.speaks_for = institution
            spoken.append(mention)
        return spoken

    def nested(self, i: int) -> list[Mention]:
        """The country or organisation named inside a title or a branch ("la présidence du
        Gabon", "le président de la Commission européenne") is a mention of its own."""
        j = self.linked(i)
        if j is None or j not in self.at:
            return []
        match = self.at[j]
        surfaces = [s for s in _surfaces(match) if s.form != DEMONYM]
        if not surfaces or self.kb.entries[surfaces[0].entry_id].kind == "person":
            return []
        mention = self.from_surfaces(match, surfaces)
        return [mention] if mention is not None else []

    def honorifics(self) -> list[Mention]:
        found = []
        for match in self.matches:
            if _phrase(match, HONORIFIC) is None and not any(
                p.kind == HONORIFIC for p in match.phrases
            ):
                continue
            end = self.name_at(match.end)
            if end is None or not self.free(match.start, end):
                continue
            mention = Mention(match.start, end, "person", name_start=match.end)
            found.append(self.take(mention))
        return found

    def branches(self) -> list[Mention]:
        """ "les autorités chinoises" (government), "l'armée syrienne" (a branch)."""
        found = []
        for match in self.matches:
            government = any(p.kind == GOVERNMENT for p in match.phrases)
            sector = _phrase(match, AGENCY)
            if not (government or sector) or not self.free(match.start, match.end):
                continue
            if self.doc[match.start].pos_ not in NOUNS or not self.opened(match.start):
                continue
            if self.completes_name(match.start):
                continue  # "le ministère de la Justice": the ministry's name, not the courts
            after_word = self.folded[match.end] if match.end < len(self.doc) else ""
            if (
                after_word in self.words.local_adjectives
                or after_word in self.words.rival_adjectives
            ):
                continue  # "les autorités locales", "l'armée kurde": no state's (agents.py)
            country, organization, end = self.target(match.end)
            start, _ = self.opening(match.start)
            after = self.linked(match.end) if country is None else None
            ent = self.ent_at.get(after) if after is not None else None
            model_org = organization is None and ent is not None and ent[2] == "ORG"
            if model_org and ent is not None:
                end = ent[1]  # "les dirigeants de Sprint" (the model's organisation)
            if organization is not None or model_org:  # "les dirigeants de l'UE": it acting
                inside = self.nested(match.end)
                if not inside and ent is not None:
                    inside = [Mention(ent[0], ent[1], "organization")]
                if len(inside) != 1:
                    continue
                mention = Mention(start, end, "spokesperson", is_name=False)
                mention.speaks_for = inside[0]
                found.extend([mention, *inside])
                for i in range(start, end):
                    self.taken[i] = True
                continue
            kind = "government" if government else "agency"
            contextual = of_place = False
            claimed_end = None
            if country is None:
                # "la police d'Orlando", "le parquet de Paris": the branch of a place
                after = self.linked(match.end)
                place_end = self.capitalised_run(after) if after is not None else None
                person_end = self.name_at(after) if after is not None else None
                if after is not None and person_end is not None:
                    # "le gouvernement de Justin Trudeau": the government of the person's
                    # country (else of the article's), the person a mention of their own
                    country = self.person_country(after)
                    if country is None and not self.definite(start):
                        continue
                    claimed_end, end = end, person_end
                elif after is not None and place_end is not None and place_end > after:
                    end, kind, of_place = place_end, "agency", True
                    country = self.country_of_place(after, place_end)
                elif not self.definite(start):
                    continue
                contextual = country is None  # "les autorités", "la police"
            mention = Mention(start, end, kind, country=country, sector=str(sector or "GOV"))
            mention.contextual = contextual
            mention.of_place = of_place
            named = kind == "agency" and not of_place and claimed_end is None
            if self.doc[match.start].is_lower:  # "l'armée syrienne", not "la police turque"
                text = fold(self.doc[match.start : match.end].text)
                named = named and text in self.words.named_branches
            mention.is_name = named and self.named_branch(match.start, match.end, contextual)
            found.append(mention)
            for i in range(start, claimed_end or end):  # a person inside stays free
                self.taken[i] = True
            if end > match.end:
                found.extend(self.nested(match.end))
        return found

    def unnamed_office(self, head: int, end: int) -> bool:
        """ "son ministre" names no one else: no name after it ("son Président Révérien
        Ndikuriyo", "leur ministre, Gérard Collomb"), and not what a subject is ("qui fut
        aussi son Premier ministre")."""
        doc = self.doc
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        if after < len(doc) and (doc[after].pos_ == "PROPN" or doc[after].ent_type_ == "PER"):
            return False
        return not any(c.dep_ == "cop" for t in doc[head:end] for c in t.children)

    def completes_name(self, i: int) -> bool:
        """Whether the noun at i ends an organisation's name: "ministère de la Justice"."""
        heads = self.words.organization_heads
        for k in (1, 2, 3):
            j = i - k
            if j > 0 and self.linked(j) == i and self.folded[j - 1] in heads:
                return True
        return False

    def named_branch(self, head: int, end: int, contextual: bool) -> bool:
        """A single branch of one state is named as an institution: "l'armée syrienne",
        "le parlement hongrois", "le Parlement" (capitalised, the country's own). Not plural
        nouns ("les troupes américaines", "les policiers"), the branch of a city ("la police
        de Paris"), nor a portfolio inside a longer name ("le ministère de la Justice")."""
        token = self.doc[head]
        plural = "Plur" in token.morph.get("Number", [])
        if plural or self.folded[head].endswith(("s", "x")):
            return False
        heads = self.words.organization_heads | {n[0] for n in self.words.minister_nouns}
        if any(self.folded[i] in heads for i in range(max(0, head - 3), head)):
            return False
        if not contextual:
            after = self.linked(end)
            place = self.at.get(after) if after is not None else None
            return place is None or _country_surface(place, (CAPITAL,)) is None
        return token.text[:1].isupper() and not token.is_sent_start

    def person_country(self, start: int) -> str | None:
        """The country of a person the knowledge base knows, named at `start`."""
        match = self.at.get(start)
        if match is None:
            return None
        for surface in _surfaces(match):
            entry = self.kb.entries[surface.entry_id]
            if entry.kind == "person" and entry.country:
                return entry.country
        return None

    def country_of_place(self, start: int, end: int) -> str | None:
        match = self.at.get(start)
        if match is None or match.end != end:
            return None
        for surface in _surfaces(match):
            entry = self.kb.entries[surface.entry_id]
            if entry.kind == "country" and surface.form == CAPITAL:
                return entry.country
        return None

    def wider_entities(self) -> list[Mention]:
        """Model entities that contain knowledge-base phrases and say more than they do
        ("Vladimire Poutine" around "Poutine", "Université de Genève" around "Genève")."""
        found = []
        for start, end, label in self.ents:
            kind = ENTITY_KINDS.get(label)
            if kind is None or not self.free(start, end):
                continue
            # the matches are in text order without overlaps: those starting in the entity
            first, last = bisect_left(self.match_starts, start), bisect_left(self.match_starts, end)
            inside = [m for m in self.matches[first:last] if m.end <= end]
            inside = [m for m in inside if _surfaces(m)]
            if not inside or any(m.start == start and m.end == end for m in inside):
                continue
            hints = tuple(
                s.entry_id
                for m in inside
                for s in _surfaces(m)
                if self.kb.entries[s.entry_id].kind == "person"
            )
            if kind == "person" or not hints:
                mention = Mention(start, end, kind, entry_ids=hints)
                if kind == "place" and self.place_name(start, end) is not None:
                    mention.is_name = False  # "la région Nouvelle-Aquitaine": a description
                found.append(self.take(mention))
        return found

    def known(self) -> list[Mention]:
        found = []
        for match in self.matches:
            if not self.free(match.start, match.end):
                continue
            surfaces = _surfaces(match)
            group = _phrase(match, GROUP)
            if not surfaces and isinstance(group, tuple):
                country, canonical = group
                mention = Mention(match.start, match.end, "group", country=country)
                mention.canonical = canonical
                found.append(self.take(mention))
                continue
            if not surfaces:
                continue
            known = self.from_surfaces(match, surfaces)
            if known is not None and known.kind == "person" and match.end - match.start == 1:
                end = self.person_run(match.start)
                if end > match.end:  # "Wade MacLauchlan" is no Abdoulaye Wade: a first name
                    ent = self.ent_at.get(match.start)  # "Trump Tower": the model's place
                    kind = ENTITY_KINDS[ent[2]] if ent is not None and ent[1] == end else "person"
                    known = Mention(match.start, end, kind)
            if known is not None:
                found.append(self.take(known))
            elif surfaces[0].form == DEMONYM and self.texts[match.start][:1].isupper():
                # "Britannique" opening a sentence: no actor, and no place either
                self.take(Mention(match.start, match.end, "group"))
        return found

    def organizations(self) -> list[Mention]:
        """An organisation noun and the name that completes it, which the model misses:
        "le comité Nobel", "la Commission locale d'information de Flamanville"."""
        found = []
        heads = self.words.organization_heads | self.words.classifier_heads
        inside_kb = [False] * len(self.doc)
        for match in self.matches:
            if _surfaces(match):
                inside_kb[match.start : match.end] = [True] * (match.end - match.start)
        for i in [i for i, word in enumerate(self.folded) if word in heads]:
            folded = self.folded[i]
            if self.taken[i] or inside_kb[i] or not self.opened(i):
                continue
            j = i + 1
            while j < len(self.doc) and self.doc[j].pos_ == "ADJ" and not self.taken[j]:
                j += 1
            after = self.linked(j)
            k = after if after is not None else j
            end = self.capitalised_run(k)
            if end == k or (after is None and j > i + 1) or not self.free(i, end):
                continue
            if len(self.doc[k:end].text) < 2:
                continue  # "le groupe A": a label, not a name
            lower = self.doc[i].is_lower
            speaks = (
                lower and i in self.at and any(p.kind == SPOKESPERSON for p in self.at[i].phrases)
            )
            if speaks and after is not None and self.known_organization(k):
                continue  # "le bureau de MSF": the organisation itself (spokespeople)
            position = lower and folded in self.words.position_nouns and after is not None
            if position and j == i + 1 and self.is_place(k, end):
                continue  # "en direction de Nuremberg", "le centre de Sydney": where
            if self.ent_at.get(k, (0, 0, ""))[2] == "PER":
                continue  # "le groupe Jean Dupont", "l'entreprise de Mark Zuckerberg"
            known = _surfaces(self.at[k]) if k in self.at else []
            if after is None and known and known[0].form != DEMONYM:
                continue  # "l'organisation État islamique": the name itself is the mention
            while not known and end < len(self.doc) and self.doc[end].pos_ == "ADJ":
                if not self.doc[end].is_lower or self.taken[end]:
                    break
                end += 1  # "des Affaires étrangères"
            # "la société Vinci", "le groupe TF1": the noun classifies the name after it
            classified = after is None and j == i + 1 and self.doc[i].is_lower
            classified = classified and folded in self.words.classifier_heads
            mention = Mention(k if classified else i, end, "organization")
            # "le ministère de l'Intérieur", "le diocèse de Hearst": a proper name in lower
            # case; "la mairie de Paris" is described by the place it belongs to
            mention.is_name = self.texts[i][:1].isupper() or not known
            if lower and folded in self.words.place_institutions and after is not None:
                mention.is_name = False  # "la préfecture de Haute-Loire": its place's
            for t in range(i + 1, j):  # "le ministère chinois des Affaires étrangères"
                demonym = _country_surface(self.at.get(t), (DEMONYM,))
                if demonym is not None:
                    mention.country = self.kb.entries[demonym.entry_id].country
            for t in range(i, k):  # the name inside stays a mention of its own ("Paris")
                self.taken[t] = True
            found.append(mention)
        return found

    def is_place(self, start: int, end: int) -> bool:
        """A place's name: a country or place the knowledge base knows, or the model's LOC."""
        ent = self.ent_at.get(start)
        if ent is not None and ent[1] == end:
            return ent[2] == "LOC"
        match = self.at.get(start)
        if match is None or match.end != end:
            return False
        return any(
            self.kb.entries[s.entry_id].kind in ("country", "place") for s in _surfaces(match)
        )

    def place_name(self, start: int, end: int) -> int | None:
        """Where the name starts in a place named after a lower-case noun that classifies
        it: "la province de Gitega", "le lac Léman", "l'aéroport de Bruxelles"."""
        if end - start < 2 or not self.doc[start].is_lower:
            return None
        if self.folded[start] not in self.words.place_heads:
            return None
        k = self.linked(start + 1) or start + 1
        return k if k < end and self.texts[k][:1].isupper() else None

    def capitalised_run(self, i: int) -> int:
        """End of the name starting at i: a model entity, a KB phrase or capitalised words."""
        ent = self.ent_at.get(i)
        if ent is not None:
            return ent[1]
        if i in self.at and _surfaces(self.at[i]):
            return self.at[i].end
        j, n = i, len(self.doc)
        while j < n and self.texts[j][:1].isupper() and self.doc[j].is_alpha:
            j += 1
            # a hyphenated compound goes on, small words included ("Sault-Sainte-Marie",
            # "Rostov-sur-le-Don")
            while j + 1 < n and self.texts[j] == "-" and self.doc[j + 1].is_alpha:
                j += 2
        return j

    def from_surfaces(self, match: Match, surfaces: list[Surface]) -> Mention | None:
        first = surfaces[0]
        entry = self.kb.entries[first.entry_id]
        ids = tuple(s.entry_id for s in surfaces if s.form == first.form)
        start, end = match.start, match.end
        if entry.kind == "person":
            return Mention(start, end, "person", entry_ids=ids)
        if entry.kind in ("organization", "place"):
            return Mention(start, end, entry.kind, entry_ids=ids)
        if first.form == SEAT:
            return Mention(start, end, "government", country=entry.country, sector="GOV", form=SEAT)
        if first.form == DEMONYM:
            token = self.doc[start]
            if not token.text[:1].isupper() or token.pos_ not in (*NOUNS, "ADJ"):
                return None
            if token.i == token.sent.start:
                return None
            return Mention(start, end, "group", country=entry.country)
        if first.form == CAPITAL:
            if self.aimed_at(start) or _acts(self.doc, start, end) or self.state_object(start, end):
                return Mention(
                    start, end, "government", country=entry.country, sector="GOV", form=CAPITAL
                )
            return Mention(start, end, "place", country=entry.country, form=CAPITAL)
        return Mention(start, end, "country", entry_ids=(entry.id,), country=entry.country)

    def aimed_at(self, start: int) -> bool:
        """A capital after words aimed at an actor is its government ("contre Moscou", "à
        l'encontre de Pyongyang", "les provocations de Pyongyang")."""
        for phrase in self.words.acting_prepositions:
            if tuple(self.folded[max(0, start - len(phrase)) : start]) == phrase:
                return True
        return (
            start > 1
            and self.folded[start - 1] in ("de", "d'")
            and self.folded[start - 2] in self.words.acting_nouns
        )

    def state_object(self, start: int, end: int) -> bool:
        """A capital a state acts on is its government: the object of a verb whose subject
        is a country, a capital or a seat ("Londres accuse Moscou", "la France soutient
        Pékin"; not "le président a quitté Moscou")."""
        root = self.doc[start:end].root
        if root.dep_ != "obj" or start == 0 or self.doc[start - 1].pos_ == "ADP":
            return False
        for child in root.head.children:
            if child.dep_ in SUBJECT_DEPS and child.i in self.at:
                surfaces = _surfaces(self.at[child.i])
                if surfaces and self.kb.entries[surfaces[0].entry_id].kind == "country":
                    return surfaces[0].form != DEMONYM
        return False

    def nested_names(self, found: list[Mention]) -> list[Mention]:
        """A country, place or organisation named inside a longer name is still a mention of
        it: "Rio" in "Jeux olympiques de Rio", "France" in "France Inter", "Nations unies" in
        "Conseil de sécurité des Nations unies", "Genève" in "Université de Genève".

        Inside the model's entities and the names found, except people and the names of
        countries and places the knowledge base knows ("Afrique du Sud" holds no "Afrique"):
        countries and places the knowledge base knows anywhere, organisations after a linker
        ("de", "du"...), and unknown proper nouns after a linker in the name of an
        organisation or an event (not a place's: "Arc de Triomphe", "Pont de l'Étoile")."""
        outers: dict[tuple[int, int], str] = {
            (s, e): ENTITY_KINDS.get(label, "event")
            for s, e, label in self.ents
            if label != "PER" and e - s > 1
        }
        for m in found:
            if m.is_name and m.end - m.start > 1:
                known_place = m.kind in ("country", "place") and bool(m.entry_ids)
                outers[(m.start, m.end)] = "known" if known_place else m.kind
        have = {(m.start, m.end) for m in found}
        nested: dict[tuple[int, int], Mention] = {}
        for (start, end), kind in sorted(outers.items()):
            if kind in ("known", "person", "title", "country", "government", "agency"):
                continue
            for mention in self.names_inside(start, end, kind):
                key = (mention.start, mention.end)
                if key not in have:
                    mention.nested = True
                    nested.setdefault(key, mention)
        return list(nested.values())

    def compounds(self, found: list[Mention]) -> list[Mention]:
        """A name goes on over the words hyphenated to it ("Minsk-Arena", "Bruxelles-Central",
        "Congrès des États-Unis" read as "Congrès des États"): the compound is another name,
        typed by the model when it reads it whole, else as the first part was (a country or a
        capital becomes a place). Names inside the compound are dropped."""
        doc, ends = self.doc, {}
        for m in found:
            if not m.is_name or m.kind not in (*ENTITY_KINDS.values(), "country", "government"):
                continue
            end = m.end
            while (
                end + 1 < len(doc)
                and self.texts[end] == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_alpha
                and not self.known_name(end + 1)  # "Téhéran-Bagdad", "Trump-Pence": two
            ):
                end += 2
            if end == m.end or not any(t.text[:1].isupper() for t in doc[m.end : end]):
                continue
            labels = {label for s, e, label in self.ents if (s, e) == (m.start, end)}
            kind = next((ENTITY_KINDS[lb] for lb in labels if lb in ENTITY_KINDS), None)
            ends[id(m)] = (
                end,
                kind or ("place" if m.kind in ("country", "government") else m.kind),
            )
        if not ends:
            return found
        spans = [(m.start, ends[id(m)][0]) for m in found if id(m) in ends]
        kept = []
        for m in found:
            if id(m) in ends:
                m.end, m.kind = ends[id(m)]
                m.entry_ids, m.form, m.country, m.sector = (), None, None, None
                m.name_start = None
                for i in range(m.start, m.end):
                    self.taken[i] = True
            elif any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in spans):
                continue
            kept.append(m)
        return kept

    def region_names(self, found: list[Mention]) -> None:
        """A region's name goes on over a compass adjective or a demonym after it: "le
        Pacifique occidental", "l'Europe du Nord", "le Kurdistan irakien" (a place of Iraq)."""
        for m in found:
            if m.kind != "place" or not m.is_name or m.nested or m.form == CAPITAL:
                continue
            end, country = m.end, None
            for adjective in self.words.place_adjectives:
                if tuple(self.folded[end : end + len(adjective)]) == adjective:
                    end += len(adjective)
                    break
            else:
                demonym = _country_surface(self.at.get(end), (DEMONYM,))
                if demonym is not None and self.doc[end].is_lower and self.at[end].end == end + 1:
                    country = self.kb.entries[demonym.entry_id].country
                    end += 1
            if end > m.end and self.free(m.end, end):
                m.end, m.entry_ids = end, ()
                m.country = country or m.country
                for i in range(m.start, end):
                    self.taken[i] = True

    def regions(self) -> list[Mention]:
        """A region named by a noun and a demonym: "le désert syrien" (a place of Syria)."""
        found = []
        nouns = self.words.region_nouns
        for i in [i for i, word in enumerate(self.folded[:-1]) if word in nouns]:
            if not self.free(i, i + 2):
                continue
            demonym = _country_surface(self.at.get(i + 1), (DEMONYM,))
            if demonym is None or self.at[i + 1].end != i + 2 or not self.doc[i + 1].is_lower:
                continue
            country = self.kb.entries[demonym.entry_id].country
            found.append(self.take(Mention(i, i + 2, "place", country=country)))
        return found

    def people_after_demonyms(self, found: list[Mention]) -> list[Mention]:
        """A capitalised demonym used as a noun introduces a person's name, which the model
        often cuts or misses: "le Mexicain Crisanto Grajales", "la Polonaise Oktawia
        Nowacka" (read "Polonaise Oktawia" + nothing)."""
        people = {m.start: m for m in found if m.kind == "person" and m.name_start is None}
        added = []
        for m in found:
            if m.kind != "group" or m.start not in self.at or not self.is_demonym(self.at[m.start]):
                continue
            end = self.name_run(m.end)
            person = people.get(m.end)
            if person is not None and end > person.end and self.free(person.end, end):
                person.end = end  # "Oktawia" -> "Oktawia Nowacka"
            elif person is None and end > m.end and self.free(m.end, end):
                country = self.kb.entries[_surfaces(self.at[m.start])[0].entry_id].country
                added.append(self.take(Mention(m.end, end, "person", country=country)))
            else:
                continue
            for i in range(m.end, end):
                self.taken[i] = True
        return added

    def shared_surnames(self, found: list[Mention]) -> None:
        """A first name alone coordinated with a full name shares its surname: "Thierry et
        Véronique Roy" are Thierry Roy and Véronique Roy (a couple, siblings). Not a word the
        knowledge base or the article knows as a surname ("Macron et Marine Le Pen")."""
        people = {m.start: m for m in found if m.kind == "person" and m.form is None}
        for m in people.values():
            if m.end - m.start != 1 or m.entry_ids or m.end + 1 >= len(self.doc):
                continue
            other = people.get(m.end + 1)
            if other is None or other.end - other.start < 2 or self.folded[m.end] not in ("et",):
                continue
            first = self.texts[m.start]
            if first in self.surnames or self.folded[m.start] in self.kb.surfaces:
                continue
            m.full_name = f"{first} {self.doc[other.start + 1 : other.end].text}"

    def people_after_titles(self) -> list[Mention]:
        """Two or more capitalised words right after a title are a person's name the model
        missed: "le ministre des affaires étrangères Miroslav Lajčák" (read "Miroslav" as
        MISC, "Lajčák" as nothing)."""
        added = []
        for end in self.title_ending:
            last = self.name_run(end)
            if last - end < 2 or not self.free(end, last) or end in self.at:
                continue
            if any(self.doc[i].pos_ != "PROPN" for i in range(end, last)):
                continue
            added.append(self.take(Mention(end, last, "person")))
        return added

    def particle_names(self, found: list[Mention]) -> None:
        """A person's name cut at a capitalised particle goes on over it: "Elisa Di" +
        "Francisca", "Armel Le" + "Cléac'h", "De" + "Gendt" (not opening a sentence)."""
        particles = self.words.name_particles | {"le", "la"}
        for m in found:
            if m.kind != "person" or m.name_start is not None or m.entry_ids:
                continue
            last = self.doc[m.end - 1]
            if m.end - m.start > 1 and last.is_title and self.folded[m.end - 1] in particles:
                end = self.name_run(m.end)
                if end > m.end and self.free(m.end, end):
                    for i in range(m.end, end):
                        self.taken[i] = True
                    m.end = end
            before = m.start - 1
            lead = before > 0 and self.doc[before].is_title and not self.doc[before].is_sent_start
            if lead and self.folded[before] in particles and not self.taken[before]:
                m.start = before
                self.taken[before] = True

    def name_run(self, i: int) -> int:
        """End of the capitalised proper nouns from token i (at most four, particles inside:
        "Crisanto Grajales", "Elisa Di Francisca"), none the knowledge base knows."""
        j, n = i, len(self.doc)
        while j < n and j - i < 4:
            token = self.doc[j]
            particle = self.folded[j] in self.words.name_particles and j + 1 < n
            if particle and j > i and self.doc[j + 1].is_title:
                j += 1
                continue
            word = token.is_title and token.pos_ not in ("VERB", "AUX", "DET", "ADP", "PRON")
            if not word or self.known_place(j):
                break
            j += 1
        return j

    def known_name(self, i: int) -> bool:
        """A name the knowledge base knows (not a demonym) starts at token i: "Canada-UE"."""
        match = self.at.get(i)
        return match is not None and any(s.form != DEMONYM for s in _surfaces(match))

    def glued(self, start: int, end: int) -> bool:
        """A word hyphenated to its neighbour is part of a compound ("Agence France-Presse")."""
        doc = self.doc
        before = start > 1 and self.texts[start - 1] == "-" and not doc[start - 2].whitespace_
        before = before and not doc[start - 1].whitespace_
        after = end < len(doc) and self.texts[end] == "-" and not doc[end - 1].whitespace_
        return before or (after and not doc[end].whitespace_)

    def names_inside(self, start: int, end: int, outer: str) -> list[Mention]:
        """`outer`: the longer name's kind; an organisation's holds no hyphenated name
        ("Agence France-Presse")."""
        found = []
        # a place's name holds a name when a common noun opens it ("rue de Rivoli", "lac du
        # Bourget"), not when it is a name throughout ("Arc de Triomphe", "Côte d'Azur")
        unknown = outer != "place" or self.doc[start].is_lower
        after_linker = {j for i in range(start, end) if (j := self.linked(i)) is not None}
        covered = [False] * (end - start)
        for match in trie().matches(self.doc, self.folded, start, end, end - start, self.texts):
            surfaces = [s for s in _surfaces(match) if s.form != DEMONYM]
            surfaces = [s for s in surfaces if self.kb.entries[s.entry_id].kind != "person"]
            if not surfaces:
                continue
            kind = self.kb.entries[surfaces[0].entry_id].kind
            if kind == "organization" and match.start not in after_linker:
                continue  # "Assemblée nationale populaire" is no "Assemblée nationale"
            if self.glued(match.start, match.end):  # "Minsk-Arena", "Agence France-Presse"
                continue
            mention = self.from_surfaces(match, surfaces)
            if mention is None:
                continue
            if mention.form == CAPITAL:  # a capital inside a name is the place
                mention = Mention(match.start, match.end, "place", country=mention.country)
                mention.form = CAPITAL
            found.append(mention)
            covered[match.start - start : match.end - start] = [True] * (match.end - match.start)
        for i in sorted(after_linker) if unknown else ():
            if i >= end or covered[i - start] or self.doc[i].pos_ != "PROPN":
                continue
            j = i
            while j < end and self.texts[j][:1].isupper() and self.doc[j].is_alpha:
                if self.folded[j] in self.words.not_names:
                    break
                j += 1
            closed = j == end or not self.doc[j].is_alpha  # "Jeux de Rio 2016"
            if j > i and (i, j) != (start, end) and closed and not self.glued(i, j):
                found.append(Mention(i, j, "place"))
        return found

    def unknown_entities(self) -> list[Mention]:
        found = []
        for start, end, label in self.ents:
            kind = ENTITY_KINDS.get(label)
            if kind is None or start >= end or not self.free(start, end):
                continue
            if self.names_a_thing(start):
                continue  # "la tempête Zeus", "le télescope spatial James Webb"
            if kind != "person" and end - start == 1 and self.texts[start] in self.surnames:
                kind = "person"  # the model often takes a surname alone for a place
            country = self.demonym_before(start) if kind == "person" else None
            mention = Mention(start, end, kind, country=country)
            name = self.place_name(start, end) if kind == "place" else None
            if name is not None:  # "la province de Gitega": a description; Gitega is named
                mention.is_name = False
                if name == start + 1 and name not in self.at:  # "le lac Léman" (after "de":
                    found.append(Mention(name, end, "place", nested=True))  # nested_names)
            found.append(self.take(mention))
        return found

    def names_a_thing(self, start: int) -> bool:
        """Whether a name follows a noun for a thing ("la tempête Zeus", "le télescope
        spatial James Webb"), an adjective or two between."""
        i, pos = start - 1, column(self.doc, POS)
        while i > 0 and start - i <= 2 and pos[i] == ADJ and self.doc[i].is_lower:
            i -= 1
        return i >= 0 and self.folded[i] in self.words.thing_nouns and self.doc[i].is_lower

    def repeated_surnames(self) -> list[Mention]:
        """A surname met in a full name earlier in the article and missed by the model when it
        comes back alone ("Chris Froome ... Froome a gagné")."""
        found: list[Mention] = []
        first_seen: dict[str, int] = {}
        for s, e, label in self.ents:
            if label == "PER" and e - s > 1:
                first_seen.setdefault(self.texts[e - 1], e)
        if not first_seen:
            return found  # no full name: no surname to look for
        inside = [False] * len(self.doc)
        for s, e, _ in self.ents:
            if e - s > 1:  # the model's own reading of the word alone ("Froome" MISC) yields
                inside[s:e] = [True] * (e - s)
        for i in [i for i, text in enumerate(self.texts) if text in first_seen]:
            seen = first_seen[self.texts[i]]
            if i < seen or self.taken[i] or inside[i]:
                continue
            token = self.doc[i]
            if token.is_title or token.is_upper:
                found.append(self.take(Mention(i, i + 1, "person")))
        return found

    def portfolios(self, found: list[Mention]) -> list[Mention]:
        """A minister's portfolio written with a capital names their ministry, a mention of
        its own inside the title: "le ministre de l'Intérieur", "la ministre turque de la
        Justice", "le ministre délégué aux Transports" -> the ministère de l'Intérieur..."""
        titles = {m.start: m for m in found if m.kind == "title"}
        names = {m.start: m for m in found if m.is_name}
        added = []
        firsts = {n[0] for n in self.words.minister_nouns}
        for i in (i for i, f in enumerate(self.folded) if f in firsts):
            noun = next(
                (n for n in self.words.minister_nouns if tuple(self.folded[i : i + len(n)]) == n),
                None,
            )
            if noun is None:
                continue
            j = i + len(noun)
            longer = self.title_ending.get(j)
            if longer is not None and longer.start < i:
                continue  # "le premier ministre du Québec" has no portfolio
            while j < len(self.doc) and (
                self.folded[j] in self.words.minister_modifiers or self.doc[j].pos_ == "ADJ"
            ):
                j += 1  # "ministre délégué", "la ministre turque"
            k = self.linked(j)
            if k is None and j < len(self.doc) and self.folded[j] in self.words.definite_contracted:
                k = j + 1  # "aux Transports"
            if k is None or k >= len(self.doc) or not self.doc[k].is_title:
                continue
            if k in self.at and _surfaces(self.at[k]):
                continue  # "le ministre du Canada": a country, not a portfolio
            end = k + 1
            while end < len(self.doc) and self.doc[end].pos_ == "ADJ" and self.doc[end].is_lower:
                if _country_surface(self.at.get(end), (DEMONYM,)) is not None:
                    break
                end += 1  # "Éducation nationale", "Transition écologique"
            linker = self.doc[j:k].text_with_ws if k > j else "de "
            if self.folded[j] in self.words.definite_contracted:
                linker = {"au": "du ", "aux": "des "}.get(self.folded[j], linker)
            title = next((t for s, t in titles.items() if s <= i < t.end), None)
            model = names.get(k)
            if model is not None and (model.entry_ids or model.kind == "person"):
                continue
            mention = model or Mention(k, end, "organization", nested=True)
            mention.kind = "organization"  # the model's "Transports" (ORG or LOC) included
            mention.canonical = f"{self.words.ministry_noun} {linker}{self.doc[k:end].text}"
            mention.country = title.country if title is not None else None
            if model is None:
                added.append(mention)
            if title is not None and title.end == j and title.name_start is None:
                title.end = end  # "le ministre iranien des Transports": one description
        return added

    def acronyms(self, found: list[Mention]) -> list[Mention]:
        """An acronym in parentheses after a name stands for it, there and wherever it comes
        back in the article: "l'Union internationale de patinage (ISU) ... l'ISU a". An
        acronym read once as an organisation is one wherever it comes back ("le COMESA")."""
        doc = self.doc
        defined: dict[str, Mention] = {}
        for m in found:
            text = self.texts[m.start]
            single = m.end - m.start == 1 and m.is_name and m.kind == "organization"
            if single and text.isupper() and text.isalpha() and len(text) >= 2:
                defined.setdefault(text, m)
        for m in found:
            if not m.is_name or m.nested or m.kind not in ("organization", "place", "country"):
                continue
            texts = self.texts
            if m.end + 2 >= len(doc) or texts[m.end] != "(" or texts[m.end + 2] != ")":
                continue
            acronym = texts[m.end + 1]
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
                continue
            initials = {self.folded[i][:1] for i in range(m.start, m.end)}
            if fold(acronym)[:1] not in initials:
                continue  # "(AFP)" after a name: a source, not its acronym (ISU: in English)
            defined[acronym] = m
        if not defined:
            return []
        known = {m.start: m for m in found if m.end - m.start == 1}
        added = []
        folded = {fold(text) for text in defined}
        for i in (i for i, f in enumerate(self.folded) if f in folded):
            token = doc[i]
            long = defined.get(token.text)
            if long is None or long.start == token.i:
                continue
            if long.end - long.start == 1:  # an acronym itself ("COMESA"): what it stands for
                long = long.stands_for or long
            mention = known.get(token.i)
            if mention is not None:
                # the model may read an acronym as someone's name ("l'APRODH": PER); a name
                # is never written as a defined acronym is, in capitals
                if not mention.entry_ids and (mention.kind != "person" or token.text.isupper()):
                    mention.kind, mention.stands_for = long.kind, long
            elif not self.taken[token.i]:
                mention = Mention(token.i, token.i + 1, long.kind, stands_for=long)
                added.append(self.take(mention))
        return added

    def demonym_before(self, start: int) -> str | None:
        """ "le diplomate iranien X": a noun and a demonym just before a name give its country."""
        for match in self.matches:
            if match.end == start and start - match.start >= 1 and match.start > 0:
                demonym = _country_surface(match, (DEMONYM,))
                if demonym is not None and self.doc[match.start - 1].pos_ == "NOUN":
                    return self.kb.entries[demonym.entry_id].country
        return None


OPENING_QUOTES = frozenset(["«", '"', "“"])  # a name in quotes after a noun names it
OWN_PARTY = "own-party"  # the form of "son parti", "leur parti"


def _split_at_line_breaks(
    doc: Doc, text: str, starts: list[int], texts: list[str]
) -> list[tuple[int, int, str]]:
    """A name never runs over a line break (the model joins names listed one a line) nor over
    a dash between spaces ("Russie - Slovaquie": two names). Read from the token texts and
    offsets (a token is followed by a space where the next one starts further on)."""
    size = len(texts)

    def spaced(i: int) -> bool:
        return starts[i] + len(texts[i]) < (starts[i + 1] if i + 1 < size else len(text))

    found = []
    for ent in doc.ents:
        start, stop, label = ent.start, ent.end, ent.label_
        for i in range(start, stop):
            word = texts[i]
            dash = word in DASHES and i > 0 and spaced(i) and spaced(i - 1)
            if dash or "\n" in word:
                if i > start:
                    found.append((start, i, label))
                start = i + 1
        if start < stop:
            found.append((start, stop, label))
    return found


def _leads_name(match: Match, kb: KnowledgeBase) -> bool:
    """An honorific, a rank or a demonym before a person's name."""
    if any(p.kind == HONORIFIC for p in match.phrases):
        return True
    return any(s.form == DEMONYM for s in _surfaces(match))


def _acts(doc: Doc, start: int, end: int) -> bool:
    """A capital that is the subject of a verb stands for its government ("Pékin a indiqué",
    "Pékin et Moscou se sont engagés"); after a preposition it is a place ("à Pékin")."""
    if start > 0 and (doc[start - 1].pos_ == "ADP" or doc[start - 1].text == "("):
        return False
    root = doc[start:end].root
    if root.dep_ in SUBJECT_DEPS or (root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS):
        return True
    following = _after_coordination(doc, end)
    return following is not None and following.pos_ in CLAUSE_OPENERS


def _after_coordination(doc: Doc, i: int) -> Token | None:
    """The token after "X et Y": a coordinated subject continues to its verb."""
    while i + 1 < len(doc) and doc[i].pos_ == "CCONJ" and doc[i + 1].pos_ == "PROPN":
        i += 2
    return doc[i] if i < len(doc) else None


@cache
def _leading() -> frozenset[str]:
    return frozenset(fold(d).strip() for d in lang.load("determiners")["leading"])


def _trim(doc: Doc, folded: list[str], start: int, end: int, label: str) -> tuple[int, int, str]:
    """Drop a leading determiner from a model entity: names come without theirs; and stop it
    at a verb in lower case that says what the named one does ("Nations unies visant douze
    personnalités": the model runs on over the clause)."""
    leading, pos = _leading(), column(doc, POS)  # a Token only for the verbs
    while start < end - 1 and (folded[start] in leading or pos[start] in (ADP, DET)):
        start += 1
    for i in range(start + 1, end):
        if pos[i] in (VERB, AUX) and _clause_verb(doc[i]):
            return start, i, label
    return start, end, label


def _clause_verb(token: Token) -> bool:
    """A finite verb, a gerund or a present participle in lower case ("visant", "enquête"
    read as a verb); past participles belong to names ("Nations unies", "Émirats arabes
    unis")."""
    if token.pos_ not in ("VERB", "AUX") or not token.is_lower:
        return False
    forms = token.morph.get("VerbForm", [])
    return (
        "Fin" in forms
        or "Ger" in forms
        or ("Part" in forms and "Pres" in token.morph.get("Tense", []))
    )


def find_mentions(doc: Doc) -> list[Mention]:
    """Every mention, in text order; phrases with a title or a government noun first."""
    finder = _Finder(doc)
    found = (
        finder.titles()
        + finder.honorifics()
        + finder.country_nouns()
        + finder.branches()
        + finder.organizations()
        + finder.wider_entities()
        + finder.regions()
        + finder.known()
        + finder.unknown_entities()
        + finder.repeated_surnames()
    )
    found += finder.people_after_demonyms(found)
    found += finder.people_after_titles()
    finder.particle_names(found)
    found = finder.compounds(found)
    finder.region_names(found)
    found += finder.nested_names(found)
    found += finder.acronyms(found)
    found += finder.portfolios(found)
    found += finder.spokespeople(found)
    finder.shared_surnames(found)
    found += finder.role_nouns(found)
    finder.bind_roles(found)
    return sorted(found, key=lambda m: m.start)

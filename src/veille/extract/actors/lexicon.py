"""The phrases the linker looks for, from the knowledge base and `lang/fr/actor_phrases.yaml`.

Built once per process: one trie for every surface form and title word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

import spacy
from spacy.tokenizer import Tokenizer

from veille import lang
from veille.extract.actors.matcher import Phrase, TokenTrie, build_trie
from veille.kb import KnowledgeBase, Surface, data_files, knowledge_base
from veille.kb.index_cache import load_or_build
from veille.text import fold

TITLE, GOVERNMENT, AGENCY, HONORIFIC, KB, GROUP, COUNTRY_NOUN, SPOKESPERSON = (
    "title",
    "government",
    "agency",
    "honorific",
    "kb",
    "group",
    "country_noun",
    "spokesperson",
)


@dataclass(frozen=True)
class Title:
    roles: tuple[str, ...]
    org_roles: tuple[str, ...]
    gender: str | None
    contextual: bool = True  # alone ("le président"), names the office of the article's country
    same_office: bool = False  # "son homologue indien": the possessor's office, in India
    country: str | None = None  # "le pape": an office of one state only (VAT), whatever the story
    # "le monarque": names a holder only if one of these words is in their office's title (a
    # king, not a president)
    holders: tuple[str, ...] = ()
    # "le ministre": alone, a descriptive actor only (no holder is looked up)
    bare: bool = False


@dataclass(frozen=True)
class Words:
    """Single words and short phrases the patterns test by folded form."""

    determiners: frozenset[str]
    definite: frozenset[str]  # "le", "la", "les", "l'": a description of a known referent
    definite_contracted: frozenset[str]  # "du", "au": a preposition and a definite article
    demonstratives: frozenset[str]  # "ce", "cette": point back like a definite article
    former: frozenset[str]
    modifiers: frozenset[str]
    elect: frozenset[str]  # "élu", "futur": the office's next holder
    city_prepositions: frozenset[str]  # "à": a city's preposition
    linkers: tuple[tuple[str, ...], ...]  # longest first: ("de", "la") before ("de",)
    not_names: frozenset[str]  # capitalised common words the model takes for names
    organization_heads: frozenset[str]  # "conseil", "comité": nouns that open an org's name
    classifier_heads: frozenset[str]  # "société", "groupe": nouns before a name, not in it
    minister_nouns: tuple[tuple[str, ...], ...]  # "ministre", "secrétaire d'État"
    minister_modifiers: frozenset[str]  # "délégué": between the noun and the portfolio
    ministry_noun: str  # "ministère": a portfolio's ministry is named with it
    name_particles: frozenset[str]  # "de", "di", "van": small words inside a person's name
    # first folded word -> (folded words, role), longest first: "suspecte" -> "suspect"
    role_nouns: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    kindred_roles: dict[str, frozenset[str]]  # role -> the roles naming the same person
    possessives: frozenset[str]  # "son", "sa": "son épouse"
    naming_verbs: frozenset[str]  # "être", "dénommer": "le suspect se dénommerait X"
    apposition_offices: frozenset[str]  # "le gouverneur de la province, X": X a person
    identifying_phrases: tuple[tuple[str, ...], ...]  # "il s'agit de": names the one described
    person_nouns: frozenset[str]  # "homme": "l'homme a été inculpé" is the one identified
    identified_roles: frozenset[str]  # "suspect": a role the one identified may play
    place_heads: frozenset[str]  # "province", "lac": nouns before a place's name, not in it
    site_nouns: frozenset[str]  # "hôtel", "mosquée": a site's noun, in its name and alone
    site_anaphors: frozenset[str]  # "établissement": the one site the article names
    place_adjectives: tuple[tuple[str, ...], ...]  # "occidental", "du Nord": in a region's name
    region_nouns: frozenset[str]  # "désert": "le désert syrien" names a region
    thing_nouns: frozenset[str]  # "tempête": "la tempête Zeus" names no actor
    position_nouns: frozenset[str]  # "direction", "centre": "en direction de Nuremberg"
    place_institutions: frozenset[str]  # "mairie", "préfecture": described by their place
    national_complements: frozenset[str]  # "le président de la République": still national
    acting_prepositions: tuple[tuple[str, ...], ...]  # "contre Moscou": the government
    acting_nouns: frozenset[str]  # "les provocations de Pyongyang": the government
    local_adjectives: frozenset[str]  # "les autorités locales": not the state's
    rival_adjectives: frozenset[str]  # "les autorités séparatistes": another side's
    named_after_places: frozenset[str]  # "les accords de Minsk": no country told of
    portfolio_openers: frozenset[str]  # lower case, accents kept: "aux Transports"
    named_branches: frozenset[str]  # "armée": "l'armée syrienne" names an institution
    unranked: frozenset[str]  # "premier", "seul": "le premier président à ..." names no holder
    vacancy: frozenset[str]  # "élection", "élire": "l'élection du président" names no holder
    role_sectors: dict[str, str]  # role -> CAMEO sector: "procureur" -> JUD


OPPOSITION_PARTY = "opposition-party"  # "le principal parti d'opposition"
ORG_ANAPHOR = "org-anaphor:"  # + the organisation kinds it stands for, comma-separated


def _phrases(kb: KnowledgeBase) -> Iterator[tuple[str, Phrase]]:
    data = lang.load("actor_phrases")
    # "Le Parisien", "le Kremlin" also after "le", "du", "au": "du Parisien", "au Kremlin"
    articles = frozenset(fold(w) for w in data["definite"] + data["definite_contracted"])
    for bucket in kb.surfaces.values():
        for surface in bucket:
            yield surface.text, Phrase(KB, surface, ())
            bare = _without_article(surface.text, data["definite"])
            if bare != surface.text and any(ch.isalpha() for ch in bare):  # not "27"
                short = Surface(surface.entry_id, surface.form, bare)
                yield bare, Phrase(KB, short, (), articles)
    for title in data["titles"]:
        roles, org_roles = tuple(title["roles"]), tuple(title.get("org_roles", ()))
        contextual = title.get("contextual", True)
        same_office = title.get("same_office", False)
        for gender, key in (("m", "words"), ("f", "feminine")):
            for text in title.get(key, []):
                office = Title(
                    roles,
                    org_roles,
                    gender,
                    contextual,
                    same_office,
                    title.get("country"),
                    tuple(fold(w) for w in title.get("holders", ())),
                    title.get("bare", False),
                )
                yield text, Phrase(TITLE, office, ())
    for text in data["government_nouns"]:
        yield text, Phrase(GOVERNMENT, "GOV", ())
    for agency in data["agencies"]:
        for text in agency["words"]:
            yield text, Phrase(AGENCY, agency["sector"], ())
    for text in data["honorifics"]:
        yield text, Phrase(HONORIFIC, None, ())
    for text in data["country_nouns"]:
        yield text, Phrase(COUNTRY_NOUN, "country", ())
    for text in data["capital_nouns"]:
        yield text, Phrase(COUNTRY_NOUN, "capital", ())
    for text in data.get("city_nouns", []):
        yield text, Phrase(COUNTRY_NOUN, "city", ())
    for text in data.get("party_nouns", []):
        yield text, Phrase(COUNTRY_NOUN, "party", ())
    for text in data.get("opposition_party_nouns", []):
        yield text, Phrase(COUNTRY_NOUN, OPPOSITION_PARTY, ())
    for anaphor in data.get("org_anaphors", []):
        for text in anaphor["words"]:  # "le groupe": the armed group named last
            yield text, Phrase(COUNTRY_NOUN, ORG_ANAPHOR + ",".join(anaphor["kinds"]), ())
    for text in data.get("ally_nouns", []):
        yield text, Phrase(COUNTRY_NOUN, "ally", ())
    for text in data["spokespeople"]:
        yield text, Phrase(SPOKESPERSON, None, ())
    for group in data["groups"]:
        for text in group["words"]:
            yield text, Phrase(GROUP, (group.get("country"), group["words"][0]), ())


def _without_article(text: str, articles: list[str]) -> str:
    for article in articles:
        joiner = "" if article.endswith(("'", "’")) else " "
        for written in (article, article.capitalize()):
            if text.startswith(written + joiner) and len(text) > len(written) + 1:
                return text[len(written + joiner) :]
    return text


@cache
def tokenizer() -> Tokenizer:
    """The French tokenizer alone: surfaces split exactly as the model splits the text.

    Building it compiles the language's regular expressions (seconds, unless the model was
    loaded first in this process and Python's `re` cache holds them), so it is only made
    for the phrases `split` cannot split by itself."""
    return spacy.blank("fr").tokenizer


def split(text: str) -> list[str]:
    """Tokens of a phrase as the model's tokenizer makes them. Words of letters only between
    spaces are tokens as they stand (most names: tested against the tokenizer over the whole
    lexicon); anything with an apostrophe, a hyphen or a dot goes through the tokenizer."""
    words = text.split()
    if all(word.isalpha() for word in words):
        return words
    return [token.text for token in tokenizer()(text)]


@dataclass(frozen=True)
class Lexicon:
    trie: TokenTrie
    words: Words


def _sources() -> list[Traversable]:
    """The files the lexicon is built from: the knowledge base, the French phrases, and the
    modules that build them and define their classes."""
    root = resources.files("veille.lang")
    code = resources.files("veille.extract.actors")
    return [
        *data_files(),
        code.joinpath("lexicon.py"),
        code.joinpath("matcher.py"),
        root.joinpath("fr", "actor_phrases.yaml"),
        root.joinpath("schemas", "actor_phrases.schema.json"),
        resources.files("veille.kb").joinpath("__init__.py"),  # which surface a name keeps
    ]


@cache
def lexicon() -> Lexicon:
    """From the disk cache unless the knowledge base, the phrases or spaCy changed: building
    it tokenises every surface, which costs seconds."""
    return load_or_build("actor-lexicon", _sources(), _build_lexicon, spacy.__version__)


def _build_lexicon() -> Lexicon:
    return Lexicon(build_trie(_phrases(knowledge_base()), split), _words())


def trie() -> TokenTrie:
    return lexicon().trie


def words() -> Words:
    return lexicon().words


def _elided_tokens(text: str) -> tuple[str, ...]:
    """Folded tokens of a linker as it is split before a word: an elided "d'" only splits
    off a following word ("d'X" -> "d'", "X"), so tokenise it with one."""
    if text[-1:] in ("'", "’"):
        return tuple(fold(t) for t in split(f"{text}X"))[:-1]
    return tuple(fold(t) for t in split(text))


def _words() -> Words:
    data = lang.load("actor_phrases")
    linkers = sorted(
        (_elided_tokens(text) for text in data["linkers"]),
        key=len,
        reverse=True,
    )
    return Words(
        determiners=frozenset(fold(w) for w in data["determiners"]),
        definite=frozenset(fold(w) for w in data["definite"]),
        definite_contracted=frozenset(fold(w) for w in data["definite_contracted"]),
        demonstratives=frozenset(fold(w) for w in data["demonstratives"]),
        former=frozenset(fold(w) for w in data["former"]),
        unranked=frozenset(fold(w) for w in data.get("unranked", ())),
        vacancy=frozenset(fold(w) for w in data.get("vacancy", ())),
        role_sectors={fold(r): sector for r, sector in data.get("role_sectors", {}).items()},
        modifiers=frozenset(fold(w) for w in data["modifiers"]),
        elect=frozenset(fold(w) for w in data.get("elect", ())),
        city_prepositions=frozenset(fold(w) for w in data.get("city_prepositions", ())),
        linkers=tuple(linkers),
        not_names=frozenset(fold(w) for w in data["not_names"]),
        organization_heads=frozenset(fold(w) for w in data["organization_heads"]),
        classifier_heads=frozenset(fold(w) for w in data["classifier_heads"]),
        minister_nouns=tuple(_elided_tokens(text) for text in data["minister_nouns"]),
        minister_modifiers=frozenset(fold(w) for w in data["minister_modifiers"]),
        ministry_noun=data["ministry_noun"],
        name_particles=frozenset(fold(w) for w in data["name_particles"]),
        role_nouns=_role_nouns(data.get("role_nouns", [])),
        kindred_roles={
            fold(role): frozenset(fold(r) for r in group)
            for group in data.get("kindred_roles", [])
            for role in group
        },
        possessives=frozenset(fold(w) for w in data.get("possessives", [])),
        naming_verbs=frozenset(fold(w) for w in data.get("naming_verbs", [])),
        apposition_offices=frozenset(fold(w) for w in data["apposition_offices"]),
        identifying_phrases=tuple(_elided_tokens(w) for w in data.get("identifying_phrases", [])),
        person_nouns=frozenset(fold(w) for w in data.get("person_nouns", [])),
        identified_roles=frozenset(fold(w) for w in data.get("identified_roles", [])),
        place_heads=frozenset(fold(w) for w in data.get("place_heads", [])),
        site_nouns=frozenset(fold(w) for w in data.get("site_nouns", [])),
        site_anaphors=frozenset(fold(w) for w in data.get("site_anaphors", [])),
        place_adjectives=tuple(_elided_tokens(w) for w in data.get("place_adjectives", [])),
        region_nouns=frozenset(fold(w) for w in data.get("region_nouns", [])),
        thing_nouns=frozenset(fold(w) for w in data.get("thing_nouns", [])),
        position_nouns=frozenset(fold(w) for w in data.get("position_nouns", [])),
        place_institutions=frozenset(fold(w) for w in data.get("place_institutions", [])),
        national_complements=frozenset(fold(w) for w in data.get("national_complements", [])),
        acting_prepositions=tuple(_elided_tokens(w) for w in data.get("acting_prepositions", [])),
        acting_nouns=frozenset(fold(w) for w in data.get("acting_nouns", [])),
        local_adjectives=frozenset(fold(w) for w in data.get("local_adjectives", [])),
        rival_adjectives=frozenset(fold(w) for w in data["rival_adjectives"]),
        named_after_places=frozenset(fold(w) for w in data["named_after_places"]),
        portfolio_openers=frozenset(w.lower() for w in data["portfolio_openers"]),  # "à" is no "a"
        named_branches=frozenset(
            fold(w) for a in data["agencies"] if a.get("named") for w in a["words"]
        ),
    )


def _role_nouns(groups: list[list[str]]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Each role noun's folded tokens and the role it names (its list's first word), by
    first word: looked up at every token."""
    nouns = [(_elided_tokens(text), fold(group[0])) for group in groups for text in group]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for noun in sorted(nouns, key=lambda noun: len(noun[0]), reverse=True):
        index.setdefault(noun[0][0], []).append(noun)
    return {first: tuple(found) for first, found in index.items()}

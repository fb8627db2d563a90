"""Who said a quote: the cue that attributes it, and the actor the cue names.

Cues, tried in order: an incise after the quote («...», a affirmé X; «...», a-t-il ajouté;
«...», selon X), an introduction before it in the same sentence (X a déclaré que «...»;
selon X, «...»; pour X, «...»), a clause ending with a colon right before the quote, also
at the end of the previous paragraph (X est plus explicite : «...»: whatever the verb, its
subject speaks), then the reporting verb that governs a partial quote in the parse (X a
dénoncé un «...»; «...» est déploré par X).

The speaker phrase becomes the actor whose mention covers its head; a title without a name
("le ministre") becomes the person introduced with that title earlier in the article; a
pronoun becomes the most recent person subject, speaker or person before it (plural: the
most recent subject). No actor, no speaker: ids are never made up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Token

from veille.extract.actors.agents import agent_lexicon
from veille.extract.layout import layout, text_of
from veille.extract.quotes.marks import Quoted
from veille.kb import knowledge_base
from veille.text import fold

_SUBJECT = ("nsubj", "nsubj:pass", "expl:subj")
_AGENT = "obl:agent"
_WINDOW = 6  # tokens an incise may span between the closing mark and its verb
_PRONOUN_SENTENCES = 3  # sentences a pronoun looks back for its antecedent
_TITLE_REACH = 4000  # characters a bare title looks back for the person it names
_TITLE_CONTEXT = 60  # characters around a person's mention where its title may stand
_SENTENCE_END = ".!?"
_PERSON = "person"
_PLACE = "place"
# what "un officier de police" may be linked as (one person, or a group read as one)
_UNNAMED_KINDS = (_PERSON, "group")
_GRAMMATICAL_GENDER = {"Masc": "m", "Fem": "f"}  # the tagger's Gender -> the KB's gender
# a person named as one of these is not what a later il/elle refers to
_ANTECEDENTS = ("nsubj", "nsubj:pass", _AGENT)  # not expl:subj: "il s'agit", "il y a"
_COMPLEMENTS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "appos")
# a subject under one of these links is in a subordinate clause, less salient for a pronoun
_SUBORDINATE = ("acl", "acl:relcl", "advcl", "ccomp", "csubj")


@dataclass(frozen=True)
class Attribution:
    cue: str | None
    speaker: str | None


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor: str
    kind: str


class Lexicon:
    """The words `quotes.yaml` gives, in the shapes the finder looks them up in."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.verbs = {fold(v) for v in data["reporting_verbs"]}
        self.source_cues = [fold(c) for c in data["source_cues"]]
        self.opinion_cues = [fold(c) for c in data["opinion_cues"]]
        self.singular = {fold(p) for p in data["pronouns"]["singular"]}
        self.plural = {fold(p) for p in data["pronouns"]["plural"]}
        self.pronouns = self.singular | self.plural
        self.titles = {fold(t) for t in data.get("person_titles", [])}
        self.relations = {fold(t) for t in data.get("relation_nouns", [])}
        self.plural_anaphors = {fold(t) for t in data.get("plural_anaphors", [])}
        self.phrases = {
            fold(verb): {fold(o) for o in objects}
            for verb, objects in data.get("reporting_phrases", {}).items()
        }
        self.pronoun_gender = {fold(p): g for p, g in data.get("pronoun_gender", {}).items()}
        self.honorific_gender = {fold(h): g for h, g in data.get("honorific_gender", {}).items()}
        self.scare_max: int = data["scare_max_words"]
        # synonymous titles ("chef du gouvernement" = "Premier ministre"): a title may refer
        # back to a person introduced with a synonym
        self.title_groups: list[tuple[str, frozenset[str]]] = []
        for group in data.get("title_synonyms", []):
            forms = frozenset(fold(w) for w in group)
            self.title_groups += [(form, forms) for form in forms]
        self.title_groups.sort(key=lambda pair: len(pair[0]), reverse=True)

    def title_forms(self, phrase: str) -> frozenset[str]:
        """Every form of the title `phrase` (folded) starts with, itself when none is known."""
        for form, forms in self.title_groups:
            if phrase.startswith(form) and not phrase[len(form) : len(form) + 1].isalnum():
                return forms
        return frozenset({phrase.split()[0]} if phrase.split() else ())

    def is_reporting(self, token: Token) -> bool:
        """A reporting verb, also when the tagger took it for a noun ("Elle juge que")."""
        lemma = fold(token.lemma_)
        if token.pos_ in ("VERB", "AUX"):
            # the lemmatiser may give a verb its noun's form ("estime" for estimer)
            if lemma in self.verbs or (lemma + "r") in self.verbs:
                return True
            objects = self.phrases.get(lemma)  # "a fait part d'un « ... »"
            if not objects:
                return False
            return any(c.dep_ == "obj" and fold(c.text) in objects for c in token.children)
        if token.pos_ != "NOUN" or (lemma + "r") not in self.verbs:
            return False  # most words: no walk over their children
        return any(child.dep_ in _SUBJECT for child in token.children)

    def is_plural_anaphor(self, token: Token) -> bool:
        """`le couple`, `les époux`: a definite noun standing for people named before."""
        return (
            token.pos_ == "NOUN"
            and fold(token.text) in self.plural_anaphors
            and any(
                c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in token.children
            )
            and not any(c.dep_ == "nmod" for c in token.children)
        )

    def pronoun_of(self, token: Token) -> str | None:
        word = fold(token.text).lstrip("-").removeprefix("t-")
        return word if token.pos_ == "PRON" and word in self.pronouns else None

    def is_title(self, token: Token) -> bool:
        return fold(token.text) in self.titles or fold(token.lemma_) in self.titles

    def is_relation(self, token: Token) -> bool:
        """A kinship or personal-tie noun with a complement naming whom ("les parents de X")."""
        return (
            token.pos_ == "NOUN"
            and (fold(token.text) in self.relations or fold(token.lemma_) in self.relations)
            and any(c.dep_ == "nmod" and c.i > token.i for c in token.children)
        )


class SpeakerFinder:
    """Attributes the quotes of one Doc, in text order (pronouns refer back to earlier ones).

    Sentences and token offsets are computed once per Doc: `doc.sents` rebuilds every
    sentence on each call.
    """

    def __init__(
        self,
        doc: Doc,
        actors: list[dict[str, Any]],
        lexicon: Lexicon,
        quoted: list[Quoted] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.text = text_of(doc) if text is None else text
        self.lex = lexicon
        shape = layout(doc)
        self.starts = shape.token_starts
        # the model's sentences, also cut at paragraph breaks (it runs paragraphs together)
        self.sent_starts = sorted({*shape.sentence_starts, *shape.paragraph_starts})
        mentions = [
            _Mention(m["start"], m["end"], a["id"], a.get("kind", ""))
            for a in actors
            for m in a.get("mentions", [])
        ]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.kinds = {m.actor: m.kind for m in self.mentions}
        self.actors = actors
        # unnamed members of an institution ("un officier de police") speak anonymously for
        # it: no speaker; a witness ("un témoin") speaks for themself
        # (not their leaders: "un haut responsable des services de sécurité" speaks for it)
        agents = agent_lexicon()
        self.institutional = {
            a["id"]
            for a in actors
            if a.get("kind") in _UNNAMED_KINDS
            and (a.get("cameo") or "")[-3:] in agents.member_sectors
            and not agents.leaders & set(fold(a.get("name", "")).split())
        }
        # a name the linker missed once ("Sprint a déclaré") is the actor it named elsewhere
        self.by_text = {
            fold(self.text[m.start : m.end]): m.actor
            for m in reversed(self.mentions)
            if self.text[m.start : m.start + 1].isupper()
        }
        # the marks of every quote, so that words inside quotes are never cues or antecedents
        spans = [
            (q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in quoted or []
        ]
        self.quote_spans = sorted(spans)
        self.quote_starts = [s for s, _ in self.quote_spans]
        self.speakers: list[tuple[int, str]] = []  # (cue offset, speaker) of attributed quotes
        self.resolved: dict[int, str | None] = {}  # token index -> actor, for phrases

    @cached_property
    def folded(self) -> str | None:
        """The folded text, when folding keeps offsets (read only for bare titles and nouns)."""
        folded = fold(self.text)
        return folded if len(folded) == len(self.text) else None

    @cached_property
    def genders(self) -> dict[str, str]:
        """A person's gender: the knowledge base's, else its courtesy title's (Mme X).

        Read on first use: only a pronoun to resolve needs it, and most articles have none."""
        entries = knowledge_base().entries
        genders: dict[str, str] = {}
        for actor in self.actors:
            entry = entries.get(actor["id"])
            gender = getattr(entry, "gender", None)
            if gender is None:
                for mention in actor.get("mentions", []):
                    first = fold(self.text[mention["start"] : mention["end"]]).split()[:1]
                    before = fold(
                        self.text[max(0, mention["start"] - 5) : mention["start"]]
                    ).split()
                    for word in first + before[-1:]:
                        gender = gender or self.lex.honorific_gender.get(word)
            if gender is None and actor.get("kind") == _PERSON:
                gender = self._described_gender(actor.get("mentions", []))
            if gender is not None:
                genders[actor["id"]] = gender
        return genders

    def _described_gender(self, mentions: list[dict[str, Any]]) -> str | None:
        """`l'islamiste irakien`, `une militante`: a person the article only describes has
        the grammatical gender of the noun that describes it (names carry none)."""
        for mention in mentions:
            if self.text[mention["start"] : mention["start"] + 1].isupper():
                continue
            first = bisect_left(self.starts, mention["start"])
            last = bisect_left(self.starts, mention["end"])
            # the noun, else an agreeing adjective or determiner ("l'islamiste irakien")
            words = sorted(self.doc[first:last], key=lambda t: t.pos_ != "NOUN")
            for word in words:
                genders = word.morph.get("Gender", [])
                if word.pos_ in ("NOUN", "ADJ", "DET") and len(genders) == 1:
                    return _GRAMMATICAL_GENDER.get(genders[0])
        return None

    # -- token, sentence and actor lookups --------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def starts_sentence(self, i: int) -> bool:
        k = bisect_left(self.sent_starts, i)
        return k < len(self.sent_starts) and self.sent_starts[k] == i

    def sentence_index(self, i: int) -> int:
        return max(0, bisect_right(self.sent_starts, i) - 1)

    def inside_quote(self, offset: int) -> bool:
        k = bisect_right(self.quote_starts, offset) - 1
        return k >= 0 and self.quote_spans[k][0] <= offset < self.quote_spans[k][1]

    def hits(self, start: int, end: int) -> list[_Mention]:
        hi = bisect_left(self.mention_starts, end)
        lo = bisect_right(self.mention_starts, start - 200)
        return [m for m in self.mentions[lo:hi] if m.start < end and start < m.end]

    def actor_in(self, start: int, end: int, prefer: int | None = None) -> str | None:
        """The actor whose mention overlaps [start, end): the one covering `prefer` first."""
        hits = self.hits(start, end)
        if prefer is not None:
            for mention in hits:
                if mention.start <= prefer < mention.end:
                    return mention.actor
            # "le porte-parole de la Maison-Blanche Sean Spicer": the person speaks
            people = [m for m in hits if m.kind == _PERSON]
            if people:
                return people[0].actor
        return hits[0].actor if hits else None

    # -- phrases ------------------------------------------------------------------------
    def phrase_actor(self, token: Token) -> str | None:
        """The actor a subject or agent phrase headed by `token` names (memoised)."""
        if token.i not in self.resolved:
            self.resolved[token.i] = None  # guards against cycles through pronouns
            self.resolved[token.i] = self._phrase_actor(token)
        return self.resolved[token.i]

    def _phrase_actor(self, token: Token) -> str | None:
        if self.lex.pronoun_of(token):
            return self.resolve_pronoun(token)
        if self.lex.is_plural_anaphor(token):
            return self.resolve_pronoun(token, plural=True)
        if "Rel" in token.morph.get("PronType", []):
            return self.antecedent_of(token)
        left, right = token.left_edge, token.right_edge
        end = right.idx + len(right.text)
        named_first = self.person_before_apposition(left)
        if named_first is not None:
            return named_first
        # A subject's relative clause may name others: stop at its first comma, unless the
        # comma opens an apposition naming a person ("Le porte-parole, Sean Spicer, a dit").
        comma = self.text.find(",", token.idx, end)
        stop = comma if comma != -1 else end
        if self.lex.is_relation(token):
            return self.relative_of(token, comma, stop, end)
        hits = self.hits(left.idx, stop)
        head = next((m for m in hits if m.start <= token.idx < m.end), None)
        described = head is not None and not self.text[head.start : head.start + 1].isupper()
        if head is not None and head.kind == _PERSON and (self.lex.is_title(token) or described):
            # "le président de la Catalogne Carles Puigdemont", "le journaliste Christian
            # Chavagneux": the name, not whoever the bare title was read as
            named = [m for m in hits if m.kind == _PERSON and m.start >= head.end]
            if named:
                return named[0].actor
            # "le président du comité, Christophe Borgel": the apposed name
            apposed_name = self.apposed_person(stop, end) if self.lex.is_title(token) else None
            if apposed_name is not None:
                return apposed_name
        if head is not None and head.actor in self.institutional and _unnamed_one(token):
            # "déclare un officier de police": an unnamed member of an institution (an actor
            # of its events, no speaker of its quotes)
            return None
        if head is not None and head.kind == _PERSON:
            # "Thierry et Véronique Roy": of coordinated people, the most fully named
            joined = [head] + [
                m
                for child in token.children
                if child.dep_ == "conj"
                for m in self.hits(child.idx, child.idx + len(child))
                if m.kind == _PERSON
            ]
            return max(joined, key=lambda m: len(self.text[m.start : m.end].split())).actor
        if head is not None and not self.lex.is_title(token):
            named_actor = self.named_apposition(head, comma, stop, end)
            return named_actor or head.actor
        if head is None and comma != -1:
            # "un porte-parole d'A. Barrow, Halifa Sannah", "l'agence de presse de l'EI,
            # Amaq": the apposed name speaks, not the one its description belongs to
            title = self.lex.is_title(token)
            apposed = [m for m in self.hits(stop, end) if m.kind == _PERSON or not title]
            if apposed and self.text[stop : apposed[0].start].strip(" ,") == "":
                return apposed[0].actor
        people = [m for m in hits if m.kind == _PERSON]
        if people:
            return people[0].actor
        if self.lex.is_title(token):
            apposed = [m for m in self.hits(stop, end) if m.kind == _PERSON]
            if apposed and comma != -1:
                return apposed[0].actor
            named_actor = self.apposed_person(stop, end)
            if named_actor is not None:
                return named_actor
            indefinite = any(
                c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in token.children
            )
            # "une porte-parole du ministère": someone new, not the last spokesperson named;
            # "les candidats": several people, not the last one called a candidate
            plural = "Plur" in token.morph.get("Number", [])
            titled = None if indefinite or plural else self.titled_person(token)
            if titled is not None:
                return titled
        if head is not None:
            return head.actor
        if self.lex.is_title(token):
            # "la procureure de Grasse": a place does not speak for the title's holder
            hits = [m for m in hits if m.kind != _PLACE]
        if hits:
            return hits[0].actor
        return self.same_name(token) or self.described(token)

    def unnamed_member_at(self, token: Token) -> bool:
        """Whether the actor mentioned at `token` is an institution's member, not named."""
        hits = self.hits(token.idx, token.idx + len(token.text))
        return any(m.actor in self.institutional and m.start <= token.idx < m.end for m in hits)

    def named_apposition(self, head: _Mention, comma: int, stop: int, end: int) -> str | None:
        """`l'agence de presse de l'État islamique, Amaq,`: a description followed by a
        name in apposition is that name's actor (the name is how the reader knows it)."""
        if comma == -1 or self.text[head.start : head.start + 1].isupper():
            return None
        apposed = [m for m in self.hits(stop, end) if m.start >= stop and m.kind == head.kind]
        if apposed and self.text[stop : apposed[0].start].strip(" ,") == "":
            named = apposed[0]
            return named.actor if self.text[named.start : named.start + 1].isupper() else None
        return None

    def relative_of(self, token: Token, comma: int, stop: int, end: int) -> str | None:
        """`les parents de Quentin Roy`: not the people of the complement, but a name in
        apposition ("Le père de la victime, Jean Dupont,"), else the person introduced
        earlier with that noun ("Thierry et Véronique Roy, parents d'un jihadiste"), else
        someone the article does not name."""
        apposed = self.apposed_person(stop, end)
        if apposed is not None:
            return apposed
        indefinite = any(
            c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in token.children
        )
        if indefinite:
            return None
        of = {m.actor for m in self.hits(token.idx, stop) if m.kind == _PERSON}
        return self.titled_person(token, exclude=of)

    def apposed_person(self, stop: int, end: int) -> str | None:
        """A person named right after a comma that follows the phrase (which ends at
        `stop`, or at `end` when the parse left the apposition out of it: "selon le président
        du comité, Christophe Borgel, ...")."""
        apposed = [m for m in self.hits(stop, end + 4) if m.kind == _PERSON and m.start >= stop]
        gap = self.text[stop : apposed[0].start] if apposed else ""
        return apposed[0].actor if apposed and "," in gap and gap.strip(" ,") == "" else None

    def antecedent_of(self, relative: Token) -> str | None:
        """`X, qui a déclaré`: the noun the relative clause describes, else the actor named
        right before the relative pronoun in its sentence."""
        verb = relative.head
        if verb.dep_.startswith("acl") and verb.head.i < relative.i:
            noun = verb.head
            # "le chef de mission de MSF pour la Syrie, qui considère": the whole phrase,
            # not its last complement, is described
            while noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            found = self.phrase_actor(noun)
            if found is not None:
                return found
        begin = self.starts[self.sent_starts[self.sentence_index(relative.i)]]
        before = [m for m in self.hits(begin, relative.idx) if m.end <= relative.idx]
        return before[-1].actor if before else None

    def person_before_apposition(self, left: Token) -> str | None:
        """`Matteo Salvini, le ministre de l'Intérieur, refuse`: the model may take the
        title for the subject; the name that opens the clause before it speaks."""
        if left.i < 2 or self.doc[left.i - 1].text != ",":
            return None
        comma = self.doc[left.i - 1].idx
        named = [m for m in self.hits(comma - 1, comma) if m.end == comma and m.kind == _PERSON]
        if not named:
            return None
        first = self.token_at(named[0].start)
        opens = first == 0 or self.starts_sentence(first) or self.doc[first - 1].is_punct
        return named[0].actor if opens or self.doc[first - 1].is_space else None

    def same_name(self, token: Token) -> str | None:
        """A capitalised subject the linker did not mark, spelt as another mention."""
        if not token.text[:1].isupper():  # the tagger may take a rare name for anything
            return None
        words = [t for t in self.doc[token.left_edge.i : token.i + 1] if t.text[:1].isupper()]
        phrase = self.text[words[0].idx : token.idx + len(token.text)] if words else token.text
        return self.by_text.get(fold(phrase)) or self.by_text.get(fold(token.text))

    def described(self, token: Token) -> str | None:
        """`la coalition a annoncé` after `la coalition internationale`: a common noun with
        no actor of its own names the last body whose mention holds that noun."""
        if token.pos_ != "NOUN" or self.folded is None or self.lex.is_title(token):
            return None
        word = fold(token.text)
        hi = bisect_left(self.mention_starts, token.idx)
        for mention in reversed(self.mentions[:hi]):
            if mention.start < token.idx - _TITLE_REACH:
                break
            if mention.kind != _PERSON and _has_word(
                self.folded[mention.start : mention.end], word
            ):
                return mention.actor
        return None

    def titled_person(
        self, title: Token, exclude: frozenset[str] | set[str] = frozenset()
    ) -> str | None:
        """`le ministre` -> the last person named with that title (or a synonym) before it
        (not one of `exclude`: the people a relation noun is of)."""
        if self.folded is None:
            return None
        phrase = self.folded[title.idx : title.right_edge.idx + len(title.right_edge)]
        forms = self.lex.title_forms(phrase)
        lowest = title.idx - _TITLE_REACH
        hi = bisect_left(self.mention_starts, title.idx)
        for mention in reversed(self.mentions[:hi]):
            if mention.start < lowest:
                break
            if mention.kind != _PERSON or mention.actor in exclude:
                continue
            if exclude and self.lex.is_relation(self.head_of(mention).head):
                continue  # "parents d'un jihadiste": whom the relation is of, not its holder
            around = self.folded[
                max(0, mention.start - _TITLE_CONTEXT) : mention.end + _TITLE_CONTEXT
            ]
            if any(_has_word(around, form) for form in forms):
                return mention.actor
        return None if exclude else self.person_of_body(title)

    def person_of_body(self, title: Token) -> str | None:
        """`le PDG de la SNCF` after `Guillaume Pepy, président de la SNCF`: the last
        person named with some title next to the same body as the title's complement."""
        if self.folded is None:
            return None
        end = title.right_edge.idx + len(title.right_edge)
        bodies = {m.actor for m in self.hits(title.idx, end) if m.kind != _PERSON}
        if not bodies:
            return None
        lowest = title.idx - _TITLE_REACH
        hi = bisect_left(self.mention_starts, title.idx)
        for mention in reversed(self.mentions[:hi]):
            if mention.start < lowest:
                break
            if mention.kind != _PERSON:
                continue
            near = self.hits(mention.end, mention.end + _TITLE_CONTEXT)
            around = self.folded[mention.end : mention.end + _TITLE_CONTEXT]
            if any(m.actor in bodies for m in near) and any(
                _has_word(around, word) for word in self.lex.titles
            ):
                return mention.actor
        return None

    # -- pronouns -------------------------------------------------------------------
    def window_start(self, i: int) -> int:
        """First token of the sentences a pronoun at token i looks back over (sentences
        inside quotes do not count: they are the quoted speaker's, not the narrator's)."""
        k = self.sentence_index(i)
        counted = 0
        while k > 0:
            if not self.inside_quote(self.starts[self.sent_starts[k]]):
                counted += 1
                if counted == _PRONOUN_SENTENCES:
                    break
            k -= 1
        return self.sent_starts[k]

    def resolve_pronoun(self, token: Token, plural: bool | None = None) -> str | None:
        """il/elle: the most recent person subject, speaker or person of the pronoun's gender
        (a main clause's before a subordinate one's in the same sentence); ils: the last
        subject."""
        word = fold(token.text).lstrip("-").removeprefix("t-")
        plural = word in self.lex.plural if plural is None else plural
        gender = self.lex.pronoun_gender.get(word)
        first = self.window_start(token.i)
        begin = self.doc[first].idx
        # (sentence, main clause, offset, actor): the latest sentence first, then its main
        # clause, then the latest in it
        subjects: list[tuple[int, bool, int, str]] = []
        several: list[tuple[int, bool, int, str]] = []  # plural or coordinated subjects
        for candidate in self.doc[first : token.i]:
            if candidate.dep_ not in _ANTECEDENTS or self.inside_quote(candidate.idx):
                continue
            actor = self.phrase_actor(candidate)
            if actor is not None:
                subjects.append(self._ranked(candidate, actor))
                if "Plur" in candidate.morph.get("Number", []) or any(
                    c.dep_ == "conj" for c in candidate.children
                ):
                    several.append(subjects[-1])
        subjects += [
            (self.sentence_index(self.token_at(at)), True, at, who)
            for at, who in self.speakers
            if begin <= at < token.idx
        ]
        subjects.sort()
        if plural:
            # ils/elles: the last plural or coordinated subject, else the last subject
            return max(several)[3] if several else subjects[-1][3] if subjects else None
        people = [s for s in subjects if self.kinds.get(s[3]) == _PERSON]
        named = [m for m in self.hits(begin, token.idx) if m.kind == _PERSON]
        for mention in named:
            head = self.head_of(mention)
            topic = (
                head.dep_ not in _COMPLEMENTS
                or self.starts_sentence(head.i)
                or (head.i > 0 and self.lex.is_reporting(self.doc[head.i - 1]))  # a dit X
            )
            if topic and not self.inside_quote(mention.start):
                people.append(self._ranked(head, mention.actor, mention.start))
        agreeing = [p for p in people if self.genders.get(p[3], gender) == gender]
        if agreeing:
            return max(agreeing)[3]
        # "elle" after men only: the last body subject (la Commission), else nobody
        # (not a plural subject: "Les otages sont... Il ajoute" is not the hostages)
        bodies = [s for s in subjects if self.kinds.get(s[3]) != _PERSON and s not in several]
        if bodies:
            return bodies[-1][3]
        named = [m for m in named if self.genders.get(m.actor, gender) == gender]
        return named[-1].actor if named and not people else None

    def _ranked(
        self, token: Token, actor: str, at: int | None = None
    ) -> tuple[int, bool, int, str]:
        main = True
        node = token
        for _ in range(8):
            if node.dep_ in _SUBORDINATE:
                main = False
                break
            if node.head.i == node.i:
                break
            node = node.head
        offset = token.idx if at is None else at
        return (self.sentence_index(token.i), main, offset, actor)

    def head_of(self, mention: _Mention) -> Token:
        """The token of a mention whose head lies outside it (its syntactic head)."""
        first = min(self.token_at(mention.start), len(self.doc) - 1)
        last = max(first, min(self.token_at(mention.end) - 1, len(self.doc) - 1))
        for token in self.doc[first : last + 1]:
            if not first <= token.head.i <= last or token.head.i == token.i:
                return token
        return self.doc[first]

    # -- cues ------------------------------------------------------------------------
    def incise_after(self, quote: Quoted) -> Attribution | None:
        """«...», a affirmé X / «...», a-t-il ajouté / «...», selon X."""
        if quote.close_at is None:
            return None
        doc = self.doc
        i = self.token_at(quote.close_at + 1)
        while i < len(doc) and doc[i].is_punct and doc[i].text in ',»”›"':
            i += 1
        first = i
        ended = self.text[quote.start : quote.end].rstrip().endswith(tuple(_SENTENCE_END))
        if ended and first < len(doc) and doc[first].text[:1].isupper():
            return None  # « ... C'est le contraire. » Il a assuré que ...: a new sentence
        source = self.source_cue_at(first)
        if source is not None:
            return source
        pronoun: Token | None = None
        for j in range(first, min(first + _WINDOW, len(doc))):
            token = doc[j]
            if self.lex.pronoun_of(token) and token.text.startswith("-"):
                pronoun = token
                continue
            if self.lex.is_reporting(token):
                cue = self.text[doc[first].idx : token.idx + len(token.text)]
                after = doc[j + 1] if j + 1 < len(doc) else None
                if after is not None and self.lex.pronoun_of(after) and after.text[0] == "-":
                    pronoun = after
                if pronoun is not None:
                    return Attribution(cue, self.phrase_actor(pronoun))
                return Attribution(cue, self.actor_after(j + 1))
            if token.pos_ not in ("AUX", "PRON", "ADV") or token.is_punct:
                return None
        return None

    def actor_after(self, i: int) -> str | None:
        """The actor named right after a cue, before the next punctuation."""
        doc = self.doc
        end = i
        while end < len(doc) and end - i < 12 and not (doc[end].is_punct and doc[end].text != "-"):
            end += 1
        if end == i:
            return None
        stop = doc[end - 1].idx + len(doc[end - 1].text)
        heads = [t for t in doc[i:end] if t.head.i < i or t.head.i >= end or t.head.i == t.i]
        heads = [t for t in heads if t.pos_ != "ADV"]  # précise encore le ministre
        if heads and heads[0].pos_ in ("NOUN", "PROPN", "PRON"):
            found = self.phrase_actor(heads[0])
            if found is not None or self.lex.is_title(heads[0]) or self.lex.is_relation(heads[0]):
                return found  # "selon la procureure de Grasse": not Grasse
            if _unnamed_one(heads[0]) and self.unnamed_member_at(heads[0]):
                return None  # "déclare un officier de police": nobody named
            return self.actor_in(doc[i].idx, stop)
        return self.actor_in(doc[i].idx, stop)

    def source_cue_at(self, i: int) -> Attribution | None:
        """`selon X` / `d'après X` starting at token i."""
        doc = self.doc
        if i >= len(doc):
            return None
        rest = fold(self.text[doc[i].idx : doc[i].idx + 20])
        for cue in self.lex.source_cues:
            if rest.startswith(cue) and (len(rest) == len(cue) or not rest[len(cue)].isalpha()):
                j = self.token_at(doc[i].idx + len(cue))
                return Attribution(
                    self.text[doc[i].idx : doc[i].idx + len(cue)], self.actor_after(j)
                )
        return None

    def clause_start(self, offset: int) -> int:
        """Offset where the sentence holding `offset` begins, ignoring stops inside quotes."""
        at = offset
        while at > 0:
            at -= 1
            char = self.text[at]
            if char == "\n" or (char in _SENTENCE_END and not self.inside_quote(at)):
                return at + 1
        return 0

    def introduction(self, quote: Quoted) -> Attribution | None:
        """X a déclaré que «...» / selon X, «...» / pour X, «...», earlier in the sentence."""
        doc = self.doc
        k = self.token_at(quote.open_at)
        begin = self.token_at(self.clause_start(quote.open_at))
        tokens = [t for t in doc[begin:k] if not self.inside_quote(t.idx)]
        cued: tuple[int, Attribution] | None = None  # the last source or opinion cue
        for token in tokens:
            start_of_clause = token.i == begin or doc[token.i - 1].is_punct
            if not start_of_clause:
                continue
            source = self.source_cue_at(token.i)
            if source is not None:
                cued = (token.i, source)
                continue
            if fold(token.text) in self.lex.opinion_cues:
                phrase = self.actor_after(token.i + 1)
                close = token.i + 1
                while close < k and not (doc[close].is_punct and doc[close].text != "-"):
                    close += 1
                if phrase is not None and close < k and doc[close].text == ",":
                    cued = (token.i, Attribution(token.text, phrase))
        term = len(self.text[quote.start : quote.end].split()) <= self.lex.scare_max
        verb: Token | None = None
        for token in reversed(tokens):
            if term and (token.is_punct or "Rel" in token.morph.get("PronType", [])):
                # a term in another clause than the verb ("une résolution proposée par X,
                # qui ..., pour un «cessez-le-feu»") is nobody's words
                break
            if self.lex.is_reporting(token):
                verb = token
                break
        # "d'après un policier, «...», d'autres policiers déclarent que «...»": the cue
        # nearer the quote wins
        if verb is not None and (cued is None or verb.i > cued[0]):
            verb = self.outermost(verb)
            return Attribution(self.verb_cue(verb), self.subject_of(verb))
        return cued[1] if cued is not None else None

    def phrase_before_auxiliary(self, verb: Token) -> Token | None:
        """`Alors que X considère Y, le nouveau chef de l'État a déclaré`: the parse made the
        noun phrase right before the auxiliary an object of the other clause; a phrase that
        opens after a comma and ends at the auxiliary is the verb's subject."""
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        passive = any(c.dep_ == "aux:pass" for c in auxiliaries)  # what is judged is mute
        if passive or not auxiliaries or auxiliaries[0].i == 0:
            return None
        last = self.doc[auxiliaries[0].i - 1]
        noun = last
        while (
            # "la Somme et François Hollande", "comme sienne, le chef de l'État": a conjunct
            # or an apposition is its own phrase
            noun.dep_ not in ("conj", "appos")
            and noun.head.i != noun.i
            and noun.head.right_edge.i == last.i
            and noun.head.i < last.i
        ):
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != last.i:
            return None
        opening = noun.left_edge.i
        if self.doc[opening].pos_ == "CCONJ":
            return noun
        if opening == 0 or not (
            self.doc[opening - 1].text == "," or self.doc[opening - 1].pos_ == "CCONJ"
        ):
            return None
        return noun

    def source_later_in_sentence(self, quote: Quoted) -> Attribution | None:
        """`«...» et le taux se monte à 85 %, d'après les informations du YSK.`: a source
        cue opening a later clause of the quote's sentence sources the whole sentence."""
        close = quote.close_at if quote.close_at is not None else quote.end
        i = self.token_at(close + 1)
        while i < len(self.doc):
            token = self.doc[i]
            if self.inside_quote(token.idx):
                i += 1
                continue
            if token.text in _SENTENCE_END or token.is_space or "\n" in token.text:
                return None
            if i > 0 and self.doc[i - 1].text in ",;(":
                source = self.source_cue_at(i)
                if source is not None and source.speaker is not None:
                    return source
            i += 1
        return None

    def outermost(self, verb: Token) -> Token:
        """`X a révélé que Y a demandé «...»`: words reported in a que-clause of another
        reporting verb are the outer speaker's to the reader."""
        for _ in range(3):
            head = verb.head
            if (
                verb.dep_ != "ccomp"
                or not self.lex.is_reporting(head)
                or self.sentence_index(head.i) != self.sentence_index(verb.i)
            ):
                break
            verb = head
        return verb

    def colon_introduction(self, quote: Quoted) -> Attribution | None:
        """`X refuse de céder : «...»`, `X est plus explicite :` + a quoted paragraph."""
        before = self.text[: quote.open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        begin = self.token_at(self.clause_start(colon))
        end = self.token_at(colon)
        clause = [t for t in self.doc[begin:end] if not self.inside_quote(t.idx)]
        roots = [t for t in clause if t.head.i == t.i or not begin <= t.head.i < end]
        verbs = [t for t in roots if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
        if not verbs:
            # a parse with no verb ("Petro, 58 ans, a tweeté" read as names): the clause's
            # opening actor still speaks
            speaker = self.clause_opening_actor(colon)
            last = clause[-1].text if clause else None
            return Attribution(last, speaker) if speaker is not None and last else None
        verb = verbs[0]
        speaker = self.subject_of(verb) or self.clause_opening_actor(self.doc[end - 1].idx)
        if speaker is None:
            return None
        return Attribution(self.verb_cue(verb), speaker)

    def governing_verb(self, quote: Quoted) -> Attribution | None:
        """A partial quote: the reporting verb above it in the parse (dénoncé un «...»)."""
        doc = self.doc
        i, stop = self.token_at(quote.start), self.token_at(quote.end)
        inside = range(i, max(stop, i + 1))
        roots = [doc[j] for j in inside if j < len(doc) and doc[j].head.i not in inside]
        if not roots:
            return None
        token = roots[0]
        sentence = self.sentence_index(token.i)
        for _ in range(6):
            if self.sentence_index(token.i) != sentence:
                return None  # the model may join sentences: a verb in another one is not it
            if self.lex.is_reporting(token):
                token = self.outermost(token)
                return Attribution(self.verb_cue(token), self.subject_of(token))
            if token.head.i == token.i or token.dep_.startswith("acl"):
                # a clause that describes a noun ("une résolution, qui ..., pour un
                # «cessez-le-feu»") holds a term, not the words of the verb above the noun
                return None
            if (
                token.dep_ == "advcl"
                and token.i not in inside
                and any(c.dep_ in _SUBJECT for c in token.children)
            ):
                # "Même si X a été écroué pour « ... », Y affirme": a subordinate clause
                # with its own subject is not what the main verb reports
                return None
            token = token.head
        return None

    def verb_cue(self, verb: Token) -> str:
        auxiliaries = [
            c for c in verb.children if c.i < verb.i and c.dep_.startswith(("aux", "cop"))
        ]
        start = min([verb.idx, *(c.idx for c in auxiliaries)])
        return self.text[start : verb.idx + len(verb.text)]

    def subject_of(self, verb: Token) -> str | None:
        """The agent of a passive (par X), else the subject, climbing shared-subject links.

        A participle or infinitive with no subject of its own ("..., ajoutant que «...»")
        speaks for the last speaker of its sentence.
        """
        token = verb
        paragraph = self.paragraph_start(verb.idx)
        for _ in range(4):
            # "par X" is an agent only for a passive ("est déploré par X"), not for an
            # active verb ("dénonce une tentative par un groupe de militaires")
            passive = any(c.dep_ == "aux:pass" for c in token.children) or (
                "Part" in token.morph.get("VerbForm", [])
                and not any(c.dep_ == "aux:tense" for c in token.children)
            )
            # "qualifié de « ... » par ses détracteurs": the parse may hang the agent on the
            # complement the verb governs
            near = [
                *token.children,
                *(
                    grandchild
                    for child in token.children
                    if child.dep_ in ("xcomp", "obj", "obl:arg") and child.i > token.i
                    for grandchild in child.children
                    if grandchild.dep_ == "nmod"
                ),
            ]
            agents = [
                child
                for child in near
                if passive
                and (
                    child.dep_ == _AGENT
                    or (
                        child.dep_ in ("obl", "obl:mod", "nmod")
                        and any(c.lower_ == "par" for c in child.children)
                    )
                )
                and not self.inside_quote(child.idx)  # the quoted words' own agents
            ]
            if agents:
                return self.phrase_actor(agents[0])
            # the model may hang subjects of other sentences on one verb: the nearest subject
            # before the verb in its paragraph, else one after it (inversion)
            subjects = [
                child
                for child in token.children
                if child.dep_ in _SUBJECT
                and self.paragraph_start(child.idx) == paragraph
                and not self.inside_quote(child.idx)
            ]
            if token.i == verb.i:
                # "l'implication de X est jugée «...»": what is judged does not speak
                subjects = [c for c in subjects if c.dep_ != "nsubj:pass"]
            if subjects:
                before = [c for c in subjects if c.i < verb.i]
                found = self.phrase_actor(before[-1] if before else subjects[0])
                if found is not None or token.i == verb.i:
                    return found  # its own subject names nobody: nobody, not a neighbour
                break
            if token.i == verb.i and self.narrative_infinitive(verb):
                # "Eux d'ajouter que « ... »": the infinitive's subject is the word it
                # hangs from
                return self.phrase_actor(verb.head)
            if token.i == verb.i:
                stranded = self.phrase_before_auxiliary(verb)
                if stranded is not None:
                    return self.phrase_actor(stranded)  # unresolved: nobody, not a guess
            if token.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "parataxis"):
                break
            token = token.head
        for finite in (verb, token):
            if self.is_finite(finite) and self.sentence_index(finite.i) == self.sentence_index(
                verb.i
            ):
                opening = self.clause_opening_actor(finite.idx)
                if opening is not None:
                    return opening
        if self.speakers:
            at, who = self.speakers[-1]
            start = self.clause_start(verb.idx)
            if self.paragraph_start(at) == self.paragraph_start(verb.idx) and at >= start - 400:
                return who
        return None

    @staticmethod
    def narrative_infinitive(verb: Token) -> bool:
        """`Et X de répondre`: an infinitive with its own marker that the parse hangs from
        the noun or pronoun before it, which is its subject."""
        return (
            "Inf" in verb.morph.get("VerbForm", [])
            and verb.dep_ == "acl"
            and verb.head.i < verb.i
            and verb.head.pos_ in ("PRON", "NOUN", "PROPN")
            and any(c.dep_ == "mark" and c.i == verb.i - 1 for c in verb.children)
        )

    def is_finite(self, verb: Token) -> bool:
        """A conjugated verb, also a participle whose auxiliary the parse hung elsewhere
        ("X a, lors de « L'Émission politique », accusé")."""
        if "Fin" in verb.morph.get("VerbForm", []) or any(
            c.dep_.startswith("aux") for c in verb.children
        ):
            return True
        if "Part" not in verb.morph.get("VerbForm", []):
            return False
        begin = self.token_at(self.clause_start(verb.idx))
        return any(
            t.pos_ == "AUX"
            and "Fin" in t.morph.get("VerbForm", [])
            and not self.inside_quote(t.idx)
            for t in self.doc[begin : verb.i]
        )

    def clause_opening_actor(self, limit: int) -> str | None:
        """The parse found no subject (it may hang it on another paragraph's word): the
        nearest actor before `limit` in its sentence that opens a clause (after a comma,
        a break or the sentence start: "Après la victoire, Duque a tweeté :")."""
        begin = self.clause_start(limit)
        for mention in reversed(self.hits(begin, limit)):
            if mention.end > limit or mention.start < begin or self.inside_quote(mention.start):
                continue
            first = self.token_at(mention.start)
            before = self.doc[first - 1] if first > 0 else None
            while before is not None and before.pos_ == "DET" and before.i > 0:
                before = self.doc[before.i - 1]
            if before is None or before.is_punct or before.is_space:
                return mention.actor
            if before.pos_ in ("PUNCT", "CCONJ"):  # "... dans la Somme et François Hollande a"
                return mention.actor
            if self.starts_sentence(before.i + 1) or before.idx + len(before) <= begin:
                return mention.actor
        return None

    def paragraph_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1

    # -- entry point -------------------------------------------------------------------
    def attribute(self, quote: Quoted) -> Attribution:
        found: Attribution | None = None
        for cue in (
            self.incise_after,
            self.introduction,
            self.colon_introduction,
            self.governing_verb,
            self.source_later_in_sentence,
        ):
            attribution = cue(quote)
            if attribution is None:
                continue
            found = found or attribution
            if attribution.speaker is not None:
                # a cue naming nobody ("» poursuivant par «") leaves the speaker to the
                # next cue that names one (the colon clause above the quote)
                found = Attribution(found.cue, attribution.speaker)
                break
        if found is None:
            speaker = self.previous_paragraph_person(quote)
            if speaker is not None:
                self.speakers.append((quote.open_at, speaker))
            return Attribution(None, speaker)
        if found.speaker is not None:
            self.speakers.append((quote.open_at, found.speaker))
        return found

    def source_in_paragraph(self, offset: int) -> str | None:
        """The actor of the last `selon X` / `d'après X` opening a clause of the paragraph
        before `offset`, outside quotes."""
        first = self.token_at(self.paragraph_start(offset))
        found = None
        for i in range(first, self.token_at(offset)):
            token = self.doc[i]
            opens = i == first or self.doc[i - 1].is_punct or self.starts_sentence(i)
            if opens and not self.inside_quote(token.idx):
                source = self.source_cue_at(i)
                if source is not None and source.speaker is not None:
                    found = source.speaker
        return found

    def clause_subject(self, quote: Quoted) -> str | None:
        """The actor that is the active subject of the verb whose direct object the quoted
        words are, climbing shared-subject links (xcomp, conj) within the sentence ("Les
        députés veulent réduire ... et limiter « le risque »"); words in any other place
        (a title of a work after "auteur de", a name) are nobody's."""
        first, stop = self.token_at(quote.start), self.token_at(quote.end)
        inside = range(first, max(stop, first + 1))
        roots = [
            self.doc[j] for j in inside if j < len(self.doc) and self.doc[j].head.i not in inside
        ]
        objects = [r for r in roots if r.dep_ == "obj" and r.head.pos_ == "VERB"]
        if not objects or any(r.head.i != objects[0].head.i for r in roots):
            return None
        token = objects[0].head
        sentence = self.sentence_index(token.i)
        for _ in range(6):
            if self.sentence_index(token.i) != sentence or self.inside_quote(token.idx):
                return None
            if token.pos_ not in ("VERB", "AUX"):
                return None
            if any(c.dep_ == "aux:pass" for c in token.children):
                return None  # what is done to the subject is not its words
            subjects = [
                c for c in token.children if c.dep_ == "nsubj" and not self.inside_quote(c.idx)
            ]
            if subjects:
                return self.phrase_actor(subjects[0])
            if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
                return None
            token = token.head
        return None

    def previous_paragraph_person(self, quote: Quoted) -> str | None:
        """A paragraph that is nothing but a quote, with no cue, continues the person the
        paragraph before it is about (its last sentence's subject): «Il a évoqué des raisons
        familiales.¶¶« Aujourd'hui, je suis devant une absence d'alternative »."""
        start = self.paragraph_start(quote.open_at)
        close = quote.close_at if quote.close_at is not None else quote.end
        line_end = self.text.find("\n", close)
        rest = self.text[close + 1 : line_end if line_end != -1 else len(self.text)]
        if self.text[start : quote.open_at].strip() or rest.strip(" .…»\u00a0"):
            return None
        k = self.sentence_index(self.token_at(max(0, start - 2)))
        if self.paragraph_start(self.starts[self.sent_starts[k]]) == start:
            return None
        first, last = self.sent_starts[k], self.token_at(start)
        for token in self.doc[first:last]:
            if token.dep_ in _ANTECEDENTS and not self.inside_quote(token.idx):
                actor = self.phrase_actor(token)
                if actor is not None and self.kinds.get(actor) == _PERSON:
                    return actor
        return None


def _has_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at != -1:
        before = text[at - 1 : at]
        after = text[at + len(word) : at + len(word) + 1]
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(word, at + 1)
    return False


def _unnamed_one(token: Token) -> bool:
    """A common noun after an indefinite singular determiner: "un policier", "une témoin"."""
    return (
        token.pos_ == "NOUN"
        and "Sing" in token.morph.get("Number", [])
        and any(
            child.dep_ == "det" and "Ind" in child.morph.get("Definite", [])
            for child in token.children
        )
    )

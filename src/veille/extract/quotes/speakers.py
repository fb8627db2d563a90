"""Who said a quote: the cue that attributes it, and the actor the cue names.

Cues, tried in order: an incise after the quote («...», a affirmé X; «...», a-t-il ajouté;
«...», selon X), an introduction before it in the same sentence or in a sentence ending
with a colon (X a déclaré : «...»; selon X, «...»; pour X, «...»), then the reporting verb
that governs a partial quote in the parse (X a dénoncé un «...»; «...» est déploré par X).
The speaker phrase becomes the actor whose mention covers it; a pronoun becomes the last
speaker or the nearest subject actor before it. No actor, no speaker: ids are never made up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from veille.extract.quotes.marks import Quoted
from veille.text import fold

_SUBJECT = ("nsubj", "nsubj:pass", "expl:subj")
_AGENT = "obl:agent"
_WINDOW = 6  # tokens an incise may span between the closing mark and its verb


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

    def is_reporting(self, token: Token) -> bool:
        """A reporting verb, also when the tagger took it for a noun ("Elle juge que")."""
        lemma = fold(token.lemma_)
        if token.pos_ in ("VERB", "AUX"):
            return lemma in self.verbs
        has_subject = any(child.dep_ in _SUBJECT for child in token.children)
        return has_subject and token.pos_ == "NOUN" and (lemma + "r") in self.verbs

    def pronoun_of(self, token: Token) -> str | None:
        word = fold(token.text).lstrip("-").removeprefix("t-")
        return word if token.pos_ == "PRON" and word in self.pronouns else None


class SpeakerFinder:
    """Attributes the quotes of one Doc, in text order (pronouns refer back to earlier ones)."""

    def __init__(self, doc: Doc, actors: list[dict[str, Any]], lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.starts = [token.idx for token in doc]
        mentions = [
            _Mention(m["start"], m["end"], a["id"], a.get("kind", ""))
            for a in actors
            for m in a.get("mentions", [])
        ]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.last: tuple[int, str | None] | None = None  # (end offset, speaker) of last cue
        self.quoted: list[tuple[int, int]] = []

    # -- token and actor lookups -------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def actor_in(self, start: int, end: int, prefer: int | None = None) -> str | None:
        """The actor whose mention overlaps [start, end): the one covering `prefer` first."""
        hi = bisect_left(self.mention_starts, end)
        lo = bisect_right(self.mention_starts, start - 200)
        hits = [m for m in self.mentions[lo:hi] if m.start < end and start < m.end]
        if prefer is not None:
            for mention in hits:
                if mention.start <= prefer < mention.end:
                    return mention.actor
            # "le porte-parole de la Maison-Blanche Sean Spicer": the person speaks
            people = [m for m in hits if m.kind == "person"]
            if people:
                return people[0].actor
        return hits[0].actor if hits else None

    def subject_phrase_actor(self, token: Token) -> str | None:
        if self.lex.pronoun_of(token):
            return self.resolve_pronoun(token)
        left, right = token.left_edge, token.right_edge
        end = right.idx + len(right.text)
        # A subject's relative clause or apposition may name others: stop at its first comma.
        comma = self.doc.text.find(",", token.idx, end)
        return self.actor_in(left.idx, comma if comma != -1 else end, prefer=token.idx)

    def resolve_pronoun(self, token: Token) -> str | None:
        """il/elle: the last speaker nearby, else the nearest earlier subject actor."""
        if self.last is not None and token.idx - self.last[0] < 600:
            return self.last[1]
        plural = fold(token.text).lstrip("-").removeprefix("t-") in self.lex.plural
        sentences = list(self.doc.sents)
        here = token.sent.start
        earlier = [s for s in sentences if s.start <= here][-3:]
        fallback: str | None = None
        for sent in reversed(earlier):
            for candidate in reversed(list(sent)):
                if candidate.i >= token.i or candidate.dep_ not in _SUBJECT:
                    continue
                if self.lex.pronoun_of(candidate):
                    continue
                end = candidate.idx + len(candidate.text)
                hi = bisect_left(self.mention_starts, end)
                for mention in reversed(self.mentions[max(0, hi - 8) : hi]):
                    if mention.start <= candidate.idx < mention.end:
                        if plural or mention.kind in ("person", ""):
                            return mention.actor
                        fallback = fallback or mention.actor
        return fallback

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
                cue = doc.text[doc[first].idx : token.idx + len(token.text)]
                after = doc[j + 1] if j + 1 < len(doc) else None
                if after is not None and self.lex.pronoun_of(after) and after.text[0] == "-":
                    pronoun = after
                if pronoun is not None:
                    return Attribution(cue, self.resolve_pronoun(pronoun))
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
        return self.actor_in(doc[i].idx, stop)

    def source_cue_at(self, i: int) -> Attribution | None:
        """`selon X` / `d'après X` starting at token i."""
        doc = self.doc
        if i >= len(doc):
            return None
        rest = fold(doc.text[doc[i].idx : doc[i].idx + 20])
        for cue in self.lex.source_cues:
            if rest.startswith(cue) and (len(rest) == len(cue) or not rest[len(cue)].isalpha()):
                j = self.token_at(doc[i].idx + len(cue))
                return Attribution(
                    doc.text[doc[i].idx : doc[i].idx + len(cue)], self.actor_after(j)
                )
        return None

    def introduction(self, quote: Quoted) -> Attribution | None:
        """X a déclaré : «...» / selon X, «...» / pour X, «...», earlier in the sentence."""
        doc = self.doc
        k = self.token_at(quote.open_at)
        if k >= len(doc):
            return None
        sent = doc[k].sent
        begin = sent.start
        before = doc.text[sent.start_char : quote.open_at].strip()
        if not before and sent.start > 0:  # «...» right after a sentence ending with ':'
            previous = doc[sent.start - 1].sent
            if doc.text[previous.start_char : previous.end_char].rstrip().endswith(":"):
                begin = previous.start
        tokens = [t for t in doc[begin:k] if not self.inside_quote(t.idx)]
        for token in tokens:
            start_of_clause = token.i == begin or doc[token.i - 1].is_punct
            if not start_of_clause:
                continue
            source = self.source_cue_at(token.i)
            if source is not None:
                return source
            if fold(token.text) in self.lex.opinion_cues:
                phrase = self.actor_after(token.i + 1)
                close = token.i + 1
                while close < k and not doc[close].is_punct:
                    close += 1
                if phrase is not None and close < k and doc[close].text == ",":
                    return Attribution(token.text, phrase)
        for token in reversed(tokens):
            if self.lex.is_reporting(token):
                return Attribution(self.verb_cue(token), self.subject_of(token))
        return None

    def governing_verb(self, quote: Quoted) -> Attribution | None:
        """A partial quote: the reporting verb above it in the parse (dénoncé un «...»)."""
        doc = self.doc
        i, stop = self.token_at(quote.start), self.token_at(quote.end)
        inside = range(i, max(stop, i + 1))
        roots = [doc[j] for j in inside if j < len(doc) and doc[j].head.i not in inside]
        if not roots:
            return None
        token = roots[0]
        for _ in range(6):
            if self.lex.is_reporting(token):
                return Attribution(self.verb_cue(token), self.subject_of(token))
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def verb_cue(self, verb: Token) -> str:
        auxiliaries = [c for c in verb.children if c.i < verb.i and c.dep_.startswith("aux")]
        start = min([verb.idx, *(c.idx for c in auxiliaries)])
        return self.doc.text[start : verb.idx + len(verb.text)]

    def subject_of(self, verb: Token) -> str | None:
        """The agent of a passive (par X), else the subject, climbing shared-subject links."""
        token = verb
        for _ in range(4):
            for child in token.children:
                if child.dep_ == _AGENT or (
                    child.dep_ in ("obl", "nmod") and any(c.lower_ == "par" for c in child.children)
                ):
                    return self.subject_phrase_actor(child)
            for child in token.children:
                if child.dep_ in _SUBJECT:
                    return self.subject_phrase_actor(child)
            if token.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "parataxis"):
                break
            token = token.head
        return None

    def inside_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    # -- entry point -------------------------------------------------------------------
    def attribute(self, quote: Quoted) -> Attribution:
        found = self.incise_after(quote) or self.introduction(quote) or self.governing_verb(quote)
        self.quoted.append((quote.open_at, (quote.close_at or quote.end) + 1))
        if found is None:
            return Attribution(None, None)
        self.last = ((quote.close_at or quote.end), found.speaker)
        return found

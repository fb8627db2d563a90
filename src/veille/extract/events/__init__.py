"""Events: who did what to whom, when, where, and whether it happened, coded in CAMEO.

For each verb or noun of the trigger lexicon, the frame says where the source and target
are in the dependency parse; actors are the record's actor ids; the date comes from the
clause's temporal expression; Goldstein, QuadClass and PLOVER come from the CAMEO table.
Only interactions where at least one side is a political actor are coded.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from veille import cameo, components
from veille.extract.events.actors import ActorIndex
from veille.extract.events.arguments import (
    Resolver,
    complements,
    governing_verb,
    is_passive,
    is_reflexive,
    needs_met,
    possessor,
    preposition,
    subjects,
    walk_up,
)
from veille.extract.events.dating import event_date
from veille.extract.events.lexicon import Frame, Lexicon, lexicon
from veille.extract.events.modality import modality_of
from veille.records import Event, Trigger
from veille.records import Span as RecordSpan
from veille.text import fold

__all__ = ["extract_events"]

_PLACE_KINDS = {"place", "country"}


@dataclass(frozen=True)
class Coded:
    """A matched trigger with its arguments, before dating and modality."""

    frame: Frame
    trigger: Token
    clause: Token  # the verb whose clause dates the event
    sources: list[str]
    targets: list[str]
    location: str | None
    target_tokens: tuple[int, ...] = ()


def _choose(frames: tuple[Frame, ...], token: Token, lex: Lexicon, used: set[int]) -> Frame | None:
    reflexive = token.pos_ == "VERB" and is_reflexive(token)
    has_reflexive_entry = any(f.reflexive for f in frames)
    for frame in frames:  # most specific first
        if frame.reflexive and not reflexive:
            continue
        if not frame.reflexive and reflexive and has_reflexive_entry:
            continue
        if needs_met(frame, token, lex, used):
            return frame
    return None


def _location(head: Token, lex: Lexicon, actors: ActorIndex, resolver: Resolver) -> str | None:
    for child in head.children:
        if child.dep_.startswith(("obl", "nmod")) and preposition(child, lex) in (
            "a",
            "en",
            "dans",
        ):
            for actor_id in resolver.resolve(child):
                if actors.by_id[actor_id].get("kind") in _PLACE_KINDS:
                    return actor_id
    return None


def _verb_event(
    frame: Frame, verb: Token, lex: Lexicon, actors: ActorIndex, resolver: Resolver, used: set[int]
) -> Coded:
    passive = is_passive(verb, frame)
    target_tokens: list[int] = []
    subject_tokens = subjects(verb)
    location = _location(verb, lex, actors, resolver)
    targets: list[str] = []
    if passive:
        agents = [c for c in verb.children if c.dep_ == "obl:agent"]
        agents += complements(verb, "par", lex, used) if not agents else []
        sources = resolver.first(agents)
        targets = resolver.first(subject_tokens)
        if not sources and frame.host and location:
            sources = [location]
    else:
        sources = resolver.first(subject_tokens)
        for slot in frame.target:
            tokens = complements(verb, slot, lex, used)
            target_tokens.extend(t.i for t in tokens)
            targets = resolver.first(tokens)
            if targets or tokens:
                break
    if frame.political_target:
        targets = [t for t in targets if actors.political(t)]
    return Coded(frame, verb, verb, sources, targets, location, tuple(target_tokens))


def _noun_event(
    frame: Frame, noun: Token, lex: Lexicon, actors: ActorIndex, resolver: Resolver, used: set[int]
) -> Coded:
    def fill(slots: tuple[str, ...]) -> list[str]:
        for slot in slots:
            if slot == "poss":
                owner = possessor(noun)
                found = resolver.resolve(owner) if owner is not None else []
            else:
                found = resolver.first(complements(noun, slot, lex, used))
            if found:
                return found
        return []

    sources = fill(frame.source)
    targets = [t for t in fill(frame.target) if t not in sources]
    verb = governing_verb(noun)
    if not sources and verb is not None and noun.dep_ not in ("nsubj", "nsubj:pass"):
        sources = resolver.first(subjects(verb))
    if "entre" in frame.source and len(sources) > 1 and not targets:
        sources, targets = sources[:1], sources[1:]
    location = _location(noun, lex, actors, resolver)
    return Coded(frame, noun, verb or noun, sources, targets, location)


def _pairs(coded: Coded) -> list[tuple[str | None, str | None]]:
    """One event per source and target; mutual events between coordinated sides both ways."""
    sources: list[str | None] = list(coded.sources) or [None]
    targets: list[str | None] = list(coded.targets) or [None]
    if coded.frame.mutual and len(coded.sources) > 1 and not coded.targets:
        return [(a, b) for a in coded.sources for b in coded.sources if a != b]
    pairs = [(s, t) for s in sources for t in targets if s != t]
    if coded.frame.mutual and coded.frame.code.startswith("04") and coded.targets:
        pairs += [(t, s) for s, t in list(pairs) if s and t]
    return pairs


def _trigger_span(token: Token) -> Trigger:
    left = [
        c
        for c in token.children
        if c.i < token.i
        and (c.dep_.startswith(("aux", "expl")) or "Neg" in c.morph.get("Polarity"))
    ]
    start = min([token.idx, *(c.idx for c in left)])
    end = token.idx + len(token)
    return Trigger(start, end, token.doc.text[start:end])


def _code_sentence(
    sentence: Span, lex: Lexicon, actors: ActorIndex, resolver: Resolver
) -> list[Coded]:
    coded: list[Coded] = []
    used: set[int] = set()
    for token in sentence:
        frames = lex.verbs.get(fold(token.lemma_)) if token.pos_ == "VERB" else None
        if frames and (frame := _choose(frames, token, lex, used)):
            coded.append(_verb_event(frame, token, lex, actors, resolver, used))
    for token in sentence:
        if token.i in used or token.head.i in used or token.pos_ != "NOUN":
            continue
        frames = lex.nouns.get(fold(token.lemma_))
        if frames and (frame := _choose(frames, token, lex, used)):
            coded.append(_noun_event(frame, token, lex, actors, resolver, used))
    return _aim_at_the_actor(coded)


def _aim_at_the_actor(coded: list[Coded]) -> list[Coded]:
    """`condamner l'invasion de l'Ukraine par la Russie`: the target is the invader."""
    by_trigger = {c.trigger.i: c for c in coded if c.frame.kind == "noun"}
    result = []
    for c in coded:
        nominal = [by_trigger[i] for i in c.target_tokens if i in by_trigger]
        if nominal and nominal[0].sources:
            aimed = [s for s in nominal[0].sources if s not in c.sources]
            c = Coded(c.frame, c.trigger, c.clause, c.sources, aimed, c.location, c.target_tokens)
        result.append(c)
    return result


def extract_events(doc: Doc) -> list[Event]:
    actors = ActorIndex(components.records_of(doc, "actors"))
    if not actors.by_id:
        return []
    lex = lexicon()
    resolver = Resolver(actors)
    timexes = components.records_of(doc, "timexes")
    published = doc._.published
    events: list[Event] = []
    seen: set[tuple[str, str | None, str | None, str | None]] = set()
    for sentence in doc.sents:
        for coded in _code_sentence(sentence, lex, actors, resolver):
            entry = cameo.lookup(coded.frame.code)
            chain = list(walk_up(coded.clause))
            if coded.trigger is not coded.clause:
                chain = [coded.trigger, *chain]
            modality = modality_of(coded.trigger, chain, sentence)
            date, date_from = event_date(coded.clause, sentence, timexes, published)
            for source, target in _pairs(coded):
                if not (actors.political(source) or actors.political(target)):
                    continue
                key = (entry.root, source, target, date)
                if key in seen:
                    continue
                seen.add(key)
                events.append(
                    Event(
                        code=entry.code,
                        root=entry.root,
                        quad_class=entry.quad_class,
                        goldstein=entry.goldstein,
                        plover=entry.plover_event,
                        source=source,
                        target=target,
                        location=coded.location,
                        date=date,
                        date_from=date_from,
                        modality=modality,
                        trigger=_trigger_span(coded.trigger),
                        sentence=RecordSpan(sentence.start_char, sentence.end_char),
                    )
                )
    return events

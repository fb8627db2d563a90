"""A trigger matched in a sentence with the sides found for it, before it is dated, given a
modality and emitted: what the sentence coder hands to the story pass and to emission."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from veille.extract.events.lexicon import Frame


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
    # `fait l'objet d'une enquête`: an event noun told of whom it is done to, as a passive verb
    # is (`_worth_coding` reads it with the verbs' sides that may go unnamed)
    undergone: bool = False

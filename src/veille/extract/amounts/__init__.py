"""Amounts: figures with their unit, approximation, subject and date."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.records import Amount


def extract_amounts(doc: Doc) -> list[Amount]:
    return []

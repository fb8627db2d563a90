"""The events the whole pipeline codes from a short French text, with their sides' names:
what the emission and story tests compare against."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2023-10-17"


def coded_events(nlp: Any, text: str, detail: str) -> list[tuple[str, str | None, str | None, str]]:
    """(code, source name, target name, detail) of each event coded from `text` read as of
    `PUBLISHED`; `detail` is an event field ("modality") or "trigger" for the trigger's text."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    names = {a["id"]: a["name"] for a in doc._.veille_actors or []}
    return [
        (
            e["code"],
            names.get(e["source"]),
            names.get(e["target"]),
            e["trigger"]["text"] if detail == "trigger" else e[detail],
        )
        for e in doc._.veille_events or []
    ]

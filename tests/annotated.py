"""Inline-annotated French examples, so tests read like the domain.

    parse("Il est venu <t value='2023-10-16' type='DATE'>hier</t>.")
    -> ("Il est venu hier.", [Annotation(12, 16, "hier", "t", {"value": "2023-10-16", ...})])

Tags may be any lower-case name (t, actor, quote, amount...); attributes are quoted with ' or ".
Tags do not nest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(
    r"<(?P<tag>[a-z_]+)(?P<attrs>(?:\s+[a-z_]+=(?:'[^']*'|\"[^\"]*\"))*)\s*>(?P<body>.*?)</(?P=tag)>",
    re.S,
)
_ATTR = re.compile(r"([a-z_]+)=(?:'([^']*)'|\"([^\"]*)\")")


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    text: str
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)


def parse(annotated: str) -> tuple[str, list[Annotation]]:
    """Plain text and the annotations, with offsets into the plain text."""
    parts: list[str] = []
    annotations: list[Annotation] = []
    cursor = 0
    length = 0
    for match in _TAG.finditer(annotated):
        before = annotated[cursor : match.start()]
        parts.append(before)
        length += len(before)
        body = match["body"]
        attrs = {key: single or double for key, single, double in _ATTR.findall(match["attrs"])}
        annotations.append(Annotation(length, length + len(body), body, match["tag"], attrs))
        parts.append(body)
        length += len(body)
        cursor = match.end()
    parts.append(annotated[cursor:])
    return "".join(parts), annotations

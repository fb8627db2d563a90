"""The project's CAMEO event table: codes as strings, Goldstein, QuadClass, PLOVER, labels.

Every event record takes its Goldstein value, QuadClass and PLOVER event from here, so the
numbers an export carries come from one reviewed file (`data/cameo.csv`), not from code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

# QuadClass by root, as GDELT assigns it: verbal/material cooperation, verbal/material conflict.
_QUAD_BY_ROOT = {
    **dict.fromkeys(("01", "02", "03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08", "09"), 2),
    **dict.fromkeys(("10", "11", "12", "13", "14"), 3),
    **dict.fromkeys(("15", "16", "17", "18", "19", "20"), 4),
}


class UnknownCameoCode(KeyError):
    pass


@dataclass(frozen=True)
class CameoCode:
    code: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None
    label_en: str
    label_fr: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def level(self) -> int:
        """0 for a root (`04`), 1 for a three-digit code (`042`), 2 for four digits (`0211`)."""
        return len(self.code) - 2


def quad_class_of_root(root: str) -> int:
    try:
        return _QUAD_BY_ROOT[root]
    except KeyError:
        raise UnknownCameoCode(root) from None


def _rows() -> list[dict[str, str]]:
    text = resources.files("veille").joinpath("data", "cameo.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def table() -> dict[str, CameoCode]:
    """Every code of the table, keyed by its string code, in code-book order."""
    codes: dict[str, CameoCode] = {}
    for row in _rows():
        code = row["code"]
        codes[code] = CameoCode(
            code=code,
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
            label_en=row["label_en"],
            label_fr=row["label_fr"],
        )
    return codes


def lookup(code: str) -> CameoCode:
    """The entry for `code` (a string such as `042`); an unknown code is an error, not a guess."""
    try:
        return table()[code]
    except KeyError:
        raise UnknownCameoCode(f"not a CAMEO 1.1b3 event code: {code!r}") from None

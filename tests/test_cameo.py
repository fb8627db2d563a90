"""The CAMEO table agrees with GDELT's Goldstein values and with the CAMEO-to-PLOVER table."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from veille import cameo


def _gdelt_rows(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "reference" / "cameo_codes.csv").open(encoding="utf-8") as handle:
        return {row["cameo_code"]: row for row in csv.DictReader(handle)}


def _plover_lines(shared: Path) -> dict[str, tuple[str, str, str]]:
    """code -> (event, mode, context) from the PLOVER conversion text, sub-codes only."""
    entries: dict[str, tuple[str, str, str]] = {}
    text = (shared / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="latin-1")
    for line in text.splitlines():
        match = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not match:
            continue
        fields = [" ".join(part.split()) for part in match[2].split(",")]
        fields += [""] * (3 - len(fields))
        entries[match[1]] = (
            fields[0],
            fields[1],
            "; ".join(p.strip() for p in fields[2].split(";") if p.strip()),
        )
    return entries


def _norm(value: str | None) -> str:
    return "; ".join(p.strip() for p in (value or "").split(";") if p.strip())


def test_every_gdelt_code_with_a_goldstein_value_is_in_the_table(shared):
    gdelt = _gdelt_rows(shared)
    expected = {code for code, row in gdelt.items() if row["goldstein_gdelt_lookup"]}
    assert expected == set(cameo.table())


def test_goldstein_values_match_gdelt(shared):
    gdelt = _gdelt_rows(shared)
    for code, entry in cameo.table().items():
        assert entry.goldstein == float(gdelt[code]["goldstein_gdelt_lookup"]), code


def test_quad_class_follows_the_root_rule_and_gdelt(shared):
    gdelt = _gdelt_rows(shared)
    for code, entry in cameo.table().items():
        assert entry.quad_class == cameo.quad_class_of_root(entry.root), code
        assert entry.quad_class == int(gdelt[code]["gdelt_quadclass_empirical"]), code


def test_plover_event_mode_context_match_the_conversion_table(shared):
    plover = _plover_lines(shared)
    checked = 0
    for code, entry in cameo.table().items():
        if entry.level == 0 or code not in plover:
            continue
        event, mode, context = plover[code]
        assert (entry.plover_event or "", entry.plover_mode or "", _norm(entry.plover_context)) == (
            event,
            mode,
            context,
        ), code
        checked += 1
    assert checked > 250


def test_codes_without_a_plover_mapping_are_statements_and_appeals(shared):
    plover = _plover_lines(shared)
    unmapped = {c for c, e in cameo.table().items() if e.level > 0 and c not in plover}
    assert unmapped and {c[:2] for c in unmapped} == {"01", "02"}
    assert all(cameo.lookup(c).plover_event is None for c in unmapped)


def test_root_plover_event_matches_gdelt(shared):
    gdelt = _gdelt_rows(shared)
    for code, entry in cameo.table().items():
        if entry.level == 0:
            assert (entry.plover_event or "") == gdelt[code]["plover_event_2021"], code


def test_codes_are_strings_with_leading_zeros_and_labels_in_both_languages():
    entry = cameo.lookup("042")
    assert entry.root == "04" and entry.goldstein == 1.9 and entry.plover_event == "CONSULT"
    for code, entry in cameo.table().items():
        assert isinstance(code, str) and code.isdigit() and len(code) in (2, 3, 4)
        assert entry.label_fr and entry.label_en and entry.label_fr != entry.label_en, code


def test_unknown_code_is_refused():
    with pytest.raises(cameo.UnknownCameoCode):
        cameo.lookup("42")

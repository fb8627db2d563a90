"""`--format gdelt`: GDELT 2.0's events and mentions tables, as TSV with a header.

One events row per consolidated event, the 61 columns in GDELT's order; CAMEO codes stay
strings ("042", never 42). SQLDATE comes from the event's date (when it happened), and only
when the day is known: a month-precise event has MonthYear and Year but no SQLDATE rather
than an invented first of the month. Fields veille does not compute (tone, FIPS geography,
ethnic and religious codes) are left empty. One mentions row per report of an event.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

from veille import query
from veille.consolidate import outlet, timex_interval
from veille.text import one_line

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

# CAMEO actor codes that name an organisation type rather than a country.
GROUP_PREFIXES = ("IGO", "NGO", "NGM", "IMG", "MNC", "INT")


def timestamp(value: datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def date_fields(value: str | None) -> dict[str, Any]:
    """SQLDATE, MonthYear, Year and FractionDate, each only as precise as the date is."""
    interval = timex_interval(value)
    if interval is None:
        return {}
    first, last = interval.first, interval.last
    fields: dict[str, Any] = {}
    if first.year == last.year:
        fields["Year"] = first.year
        if first.month == last.month:
            fields["MonthYear"] = f"{first.year}{first.month:02d}"
    if interval.is_day:
        fields["SQLDATE"] = first.strftime("%Y%m%d")
        days = 366 if first.year % 4 == 0 and (first.year % 100 or first.year % 400 == 0) else 365
        fields["FractionDate"] = f"{first.year + first.timetuple().tm_yday / days:.4f}"
    return fields


def actor_fields(prefix: str, name: str | None, cameo: str | None, country: str | None) -> dict:
    cameo = cameo or ""
    fields = {f"{prefix}Code": cameo, f"{prefix}Name": name or "",
              f"{prefix}CountryCode": country or ""}  # fmt: skip
    if cameo[:3] in GROUP_PREFIXES:
        fields[f"{prefix}KnownGroupCode"] = cameo[3:6]
    else:
        for i, start in enumerate((3, 6, 9), start=1):
            fields[f"{prefix}Type{i}Code"] = cameo[start : start + 3]
    return fields


def lead_end(text: str) -> int:
    """Where the lead ends: after the title and the first paragraph."""
    position, seen = 0, 0
    for line in text.split("\n"):
        position += len(line) + 1
        if line.strip():
            seen += 1
            if seen == 2:
                return position
    return len(text)


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"GLOBALEVENTID": event["gid"], **date_fields(event["date"])}
    row |= actor_fields("Actor1", event["source_name"], event["source_cameo"],
                        event["source_country"])  # fmt: skip
    row |= actor_fields("Actor2", event["target_name"], event["target_cameo"],
                        event["target_country"])  # fmt: skip
    row |= {
        "IsRootEvent": int(event["first_sentence"] < lead_end(event["first_text"])),
        "EventCode": event["code"],
        "EventBaseCode": event["code"][:3],
        "EventRootCode": event["root"],
        "QuadClass": event["quad_class"],
        "GoldsteinScale": event["goldstein"],
        "NumMentions": event["n_reports"],
        "NumSources": event["n_sources"],
        "NumArticles": event["n_articles"],
        "DATEADDED": timestamp(event["added"]),
        "SOURCEURL": event["first_source"],
    }
    if event["location_name"]:
        row["ActionGeo_FullName"] = event["location_name"]
        row["ActionGeo_Type"] = 1 if event["location_kind"] == "country" else 4
    return row


def mention_row(mention: dict[str, Any]) -> dict[str, Any]:
    source = mention["source"]
    is_url = source.startswith(("http://", "https://"))
    return {
        "GLOBALEVENTID": mention["gid"],
        "EventTimeDate": timestamp(mention["event_added"]),
        "MentionTimeDate": timestamp(mention["added"]),
        "MentionType": 1 if is_url else 2,
        "MentionSourceName": outlet(source),
        "MentionIdentifier": source,
        "Actor1CharOffset": -1 if mention["source_offset"] is None else mention["source_offset"],
        "Actor2CharOffset": -1 if mention["target_offset"] is None else mention["target_offset"],
        "ActionCharOffset": mention["trigger_start"],
        "InRawText": 1,
        "MentionDocLen": mention["doc_len"],
    }


def _clean(value: Any) -> str:
    return "" if value is None else one_line(str(value))


def _write_tsv(path: Path, columns: tuple[str, ...], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar=None, quotechar=None)  # fmt: skip
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_clean(row.get(column)) for column in columns])


def write(con, out: Path) -> list[Path]:
    events_path, mentions_path = out / "gdelt.events.tsv", out / "gdelt.mentions.tsv"
    _write_tsv(events_path, EVENT_COLUMNS, map(event_row, query.gdelt_events(con)))
    _write_tsv(mentions_path, MENTION_COLUMNS, map(mention_row, query.gdelt_mentions(con)))
    return [events_path, mentions_path]

"""`veille actors --top N` and `veille actor NAME`: who the store knows, and one in depth."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from veille import query
from veille.cli.report import printable
from veille.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    JsonOption,
    reading,
    write_json,
    write_table,
)


def actors(
    top: Annotated[int, typer.Option(min=1, help="How many actors.")] = 20,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """The actors reported in the most articles."""
    with reading(db) as con:
        rows = query.top_actors(con, top)
    if as_json:
        write_json(rows)
    else:
        write_table(rows, ("id", "name", "kind", "cameo", "n_articles", "n_mentions", "n_events"))


def actor(
    name: Annotated[str, typer.Argument(help="A name, an alias or an id: Poutine, country:RUS.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """An actor's aliases, roles, activity by month, counterparts, and quotes by and about it."""
    with reading(db) as con:
        profile = query.actor_profile(con, name)
    if as_json:
        write_json(profile)
        return
    out = sys.stdout
    out.write(printable(f"{profile['name']}  ({profile['id']}, {profile['kind']})") + "\n")
    cameo = ", ".join(profile["cameo_codes"]) or "-"
    out.write(f"country {profile['country'] or '-'}  cameo {cameo}  "
              f"wikidata {profile['wikidata'] or '-'}\n")  # fmt: skip
    out.write(f"articles {profile['n_articles']}  mentions {profile['n_mentions']}  "
              + "  ".join(f"{k} {v}" for k, v in profile["roles"].items()) + "\n")  # fmt: skip
    aliases = ", ".join(f"{a['alias']} ({a['n']})" for a in profile["aliases"])
    out.write(printable("aliases: " + aliases, one_line=True))
    out.write("\n")
    if profile["offices"]:
        out.write("\noffices\n")
        for office in profile["offices"]:
            span = f"{office['start'] or '?'} – {office['end'] or ''}"
            out.write(f"  {office['title']} ({office['cameo'] or '-'}), {span}\n")
    out.write("\nactivity by month\n")
    write_table(profile["activity"], ("month", "n_articles", "n_events"))
    out.write("\ntop counterparts\n")
    write_table(profile["counterparts"], ("id", "name", "n_events", "mean_goldstein"))
    for label in ("quotes_by", "quotes_about"):
        out.write(f"\n{label.replace('_', ' ')}\n")
        for q in profile[label]:
            line = f"  « {q['text']} » ({q['speaker_name'] or '?'}, {q['source']})"
            out.write(printable(line, one_line=True) + "\n")
    if profile["other_matches"]:
        out.write(f"\nalso matching: {', '.join(profile['other_matches'])}\n")

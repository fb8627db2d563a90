"""The store commands as a user runs them: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.store.handmade import store_records
from tests.test_consolidate import REPORTS
from veille.cli import app
from veille.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("commands") / "s.duckdb"
    store_records(Store(path), REPORTS.values())
    return str(path)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["events", "--actor", "Russie"],
        ["actors", "--top", "3"],
        ["actor", "Chine"],
        ["dyad", "Russie", "Chine", "--by", "year"],
        ["quotes"],
        ["conflicts"],
    ],
)
def test_every_query_command_answers_in_json(db, command):
    result = run(*command, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) is not None


def test_events_as_csv_have_a_header_and_string_codes(db):
    result = run("events", "--db", db, "--csv", "--code", "057")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,gid,date,code")
    assert all(",057," in line for line in lines[1:]) and len(lines) == 4


def test_show_prints_the_article_text(db):
    record = REPORTS["a"]
    result = run("show", record.article.id[:8], "--db", db)
    assert result.exit_code == 0
    assert "accord gazier" in result.stdout


def test_unknown_actor_is_one_line_on_stderr_and_exit_1(db):
    result = run("actor", "Atlantide", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "veille: fatal: [E303] no actor named 'Atlantide' in the store"
    ]


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "no store at" in result.stderr


def test_export_writes_the_files_it_lists(db, tmp_path):
    result = run("export", "--format", "gdelt", "--out", str(tmp_path), "--db", db)
    assert result.exit_code == 0
    assert [line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()] == [
        "gdelt.events.tsv",
        "gdelt.mentions.tsv",
    ]
    bad = run("export", "--format", "xml", "--out", str(tmp_path), "--db", db)
    assert bad.exit_code == 2


def test_untrusted_text_cannot_drive_the_terminal(tmp_path):
    from tests.store.handmade import article

    hostile = article(
        "<actor id='country:FRA' name='France' kind='country'>La France</actor> a dit "
        "[bold red]non[/] \x1b[2J\x1b]0;titre\x07 et \u202eesrever\u202c.",
        source="https://example.fr/[blink]\x1b[31m",
        published="2023-10-17",
    )
    path = tmp_path / "h.duckdb"
    store_records(Store(path), [hostile])
    for command in (["show", hostile.article.id], ["actors"], ["events"], ["stats"]):
        result = run(*command, "--db", str(path))
        assert result.exit_code == 0, result.output
        for unsafe in ("\x1b", "\x07", "\u202e"):
            assert unsafe not in result.output
    shown = run("show", hostile.article.id, "--db", str(path)).stdout
    assert "[bold red]non[/]" in shown and "[blink]" in shown

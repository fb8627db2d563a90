"""Docs that cannot rot: the README's commands, CI, and a page for every command and error."""

from __future__ import annotations

import re

import typer.main

from tests.conftest import ROOT
from veille import errors
from veille.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOCS = "\n".join(
    path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("cli*.md"))
)


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)[:2]


def test_readme_opens_with_the_two_commands():
    setup_and_run, setup_and_test = readme_commands()
    assert README.index(setup_and_run) < 200
    assert "veille extract ../shared/corpus/wikinews-fr" in setup_and_run
    assert setup_and_test.endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_every_command_and_option_is_documented():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        heading = re.compile(rf"^##.*\bveille {name}\b", re.M)
        assert heading.search(CLI_DOCS), f"docs/cli*.md has no section for `veille {name}`"
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert option in CLI_DOCS, f"`veille {name} {option}` is not documented"


def test_every_error_code_is_documented():
    docs = (ROOT / "docs/sources.md").read_text(encoding="utf-8") + CLI_DOCS
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, errors.VeilleError):
            code = value.code
            if not code.endswith("00"):
                assert code in docs, f"{value.__name__} ({code}) is not documented"

"""`veille extract` as a user runs it: a real process, real files, stdout for records only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from veille.validate import problems

pytestmark = pytest.mark.model


def veille(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "veille", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_seed_gives_one_valid_month_precise_record(shared):
    run = veille("extract", str(shared / "samples/seed.txt"), "--jsonl")
    assert run.returncode == 0, run.stderr
    (record,) = records(run.stdout)
    assert problems(record) == []
    assert record["article"]["published"] == "2023-10"
    assert any("Poutine" in actor["name"] for actor in record["actors"])
    assert run.stderr.strip().splitlines()[-1].startswith("veille: 1 article extracted, 0 failed")


def test_hostile_inputs_get_one_line_each_and_never_stop_the_batch(tmp_path: Path, shared):
    files = {
        "01-good.txt": "date 2023-10-17 La France a condamné l'attaque.".encode(),
        "02-latin1.txt": "date 2023 Été à Paris.".encode("latin-1"),
        "03-empty.txt": b"",
        "04-binary.txt": b"\x00\x01\x02PK\x03\x04",
        "05-header.txt": b"date 2023-13 Texte.",
        "06-lines.jsonl": b'{"text": "Le Mali et la France.", "date": "2022-08"}\n{oops\n',
        "07-big.txt": b"date 2020 " + b"mot " * 5000,
        "08-good.txt": "date 2016-01-01\nTitre\n\nL'ONU a salué l'accord.".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    run = veille("extract", str(tmp_path), "--max-bytes", "10000")
    assert run.returncode == 3
    texts = [record["article"]["text"] for record in records(run.stdout)]
    assert texts == [
        "La France a condamné l'attaque.",
        "Le Mali et la France.",
        "Titre\n\nL'ONU a salué l'accord.",
    ]
    errors = [line for line in run.stderr.splitlines() if line.startswith("veille: error:")]
    bad = [
        "02-latin1.txt",
        "03-empty.txt",
        "04-binary.txt",
        "05-header.txt",
        "06-lines.jsonl:2",
        "07-big.txt",
    ]
    assert len(errors) == len(bad)
    for line, name in zip(errors, bad, strict=True):
        assert f"{tmp_path / name}:" in line
    assert "5 failed" not in run.stderr and "6 failed" in run.stderr


def test_undated_file_warns_and_still_succeeds(tmp_path):
    (tmp_path / "sans-date.txt").write_text("Le gouvernement a annoncé des mesures.")
    run = veille("extract", str(tmp_path / "sans-date.txt"))
    assert run.returncode == 0
    assert "no date header" in run.stderr
    (record,) = records(run.stdout)
    assert record["article"]["published"] is None


def test_standard_input_is_read_as_text_or_json_lines():
    run = veille("extract", "-", stdin="date 2023-10-17 Le Kremlin a réagi.".encode())
    assert run.returncode == 0, run.stderr
    assert records(run.stdout)[0]["article"]["source"] == "<stdin>"
    run = veille("extract", "-", stdin=b'{"text": "Un.", "date": "2020"}\n{"text": "Deux."}\n')
    assert [r["article"]["text"] for r in records(run.stdout)] == ["Un.", "Deux."]


@pytest.mark.parametrize(
    "args",
    [["extract"], ["extract", "x.txt", "--model", "xl"], ["extract", "--nope", "x"], ["nope"]],
)
def test_usage_errors_exit_2(args):
    assert veille(*args).returncode == 2


def test_a_missing_model_is_a_fatal_error_with_exit_1(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020 Texte.")
    program = (
        "import sys, veille.settings as s; s.MODELS['md'] = 'fr_core_news_xx'; "
        "from veille.cli import main; sys.argv = ['veille', 'extract', sys.argv[1]]; main()"
    )
    run = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path / "a.txt")], capture_output=True, text=True
    )
    assert run.returncode == 1
    assert run.stdout == ""
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith("veille: fatal: [E201] spaCy model fr_core_news_xx is not installed")

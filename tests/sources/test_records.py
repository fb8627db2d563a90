"""JSON Lines, CSV, HTML and folders: one article per record, a failure per bad record."""

from __future__ import annotations

import json

from veille.errors import EmptyInput, InvalidRecord, MalformedDate, TooLarge, Unreadable
from veille.settings import Settings
from veille.sources import ReadFailure, folder_files, read_paths, read_source


def read(data: bytes, suffix: str, settings: Settings | None = None):
    return list(read_source(data, f"input{suffix}", suffix, settings or Settings()))


def jsonl(*rows: object) -> bytes:
    return "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows).encode()


def test_jsonl_reads_each_line_with_its_date_title_and_url():
    items = read(
        jsonl(
            {"text": "Premier.", "date": "2023-10-17", "title": "Un", "url": "https://ex.fr/1"},
            {"text": "Second.", "published": "2023-10"},
            {"text": "Horodaté.", "date": "2023-10-17T08:30:00+02:00", "id": "dépêche-3"},
        ),
        ".jsonl",
    )
    assert [item.text for item in items] == ["Premier.", "Second.", "Horodaté."]
    assert [item.published.isoformat() for item in items] == ["2023-10-17", "2023-10", "2023-10-17"]
    assert items[0].title == "Un"
    assert [item.source for item in items] == ["https://ex.fr/1", "input.jsonl:2", "dépêche-3"]


def test_jsonl_bad_lines_fail_alone_with_their_line_number():
    items = read(
        jsonl(
            {"text": "Bon.", "date": "2023"},
            '{"text": "coupé',
            "[1, 2]",
            {"title": "sans texte"},
            {"text": "  "},
            {"text": "Date fausse.", "date": "2023-13-01"},
            "",
            {"text": "Encore bon.", "date": "2024"},
        ),
        ".jsonl",
    )
    failures = [item for item in items if isinstance(item, ReadFailure)]
    assert [item.text for item in items if not isinstance(item, ReadFailure)] == [
        "Bon.",
        "Encore bon.",
    ]
    assert [(f.line, type(f.error)) for f in failures] == [
        (2, InvalidRecord),
        (3, InvalidRecord),
        (4, InvalidRecord),
        (5, EmptyInput),
        (6, MalformedDate),
    ]
    assert str(failures[0]).startswith("input.jsonl:2: [E105] invalid JSON")


def test_jsonl_record_over_the_size_limit_fails_alone():
    items = read(jsonl({"text": "x" * 100}, {"text": "court"}), ".jsonl", Settings(max_bytes=50))
    assert isinstance(items[0], ReadFailure) and isinstance(items[0].error, TooLarge)
    assert items[1].text == "court"


def test_csv_reads_rows_and_reports_bad_ones_by_line():
    data = (
        b'date,title,text\n2023-10-17,Un,"Texte, avec virgule."\n'
        b'2023-13,Deux,Texte.\n2024,Trois,"Sur\ndeux lignes."\n'
    )
    items = read(data, ".csv")
    assert items[0].text == "Texte, avec virgule." and items[0].title == "Un"
    assert isinstance(items[1], ReadFailure) and items[1].line == 3
    assert items[2].text == "Sur\ndeux lignes." and items[2].published.isoformat() == "2024"


def test_csv_without_a_text_column_is_one_failure():
    (item,) = read(b"date,body\n2023,Texte.\n", ".csv")
    assert isinstance(item, ReadFailure) and "'text' column" in str(item)


def test_html_main_text_title_and_date_come_from_the_page():
    page = """<html><head><title>Sommet à Pékin</title>
    <meta property="article:published_time" content="2023-10-17T09:00:00Z"></head>
    <body><nav>Accueil | Monde</nav><article><h1>Sommet à Pékin</h1>
    <p>Le président russe Vladimir Poutine a atterri à Pékin ce mardi pour assister au forum
    des nouvelles routes de la soie, un événement diplomatique majeur.</p>
    <p>Il doit rencontrer son homologue chinois Xi Jinping mercredi, selon le Kremlin, qui
    évoque des discussions sur la coopération bilatérale et l'ordre du jour international.</p>
    </article><footer>Mentions légales</footer></body></html>"""
    (article,) = read(page.encode(), ".html")
    assert "Vladimir Poutine a atterri" in article.text
    assert "Mentions légales" not in article.text
    assert article.published.isoformat() == "2023-10-17"
    assert article.title == "Sommet à Pékin"


def test_html_without_main_text_is_a_failure():
    (item,) = read(b"<html><head><title>Vide</title></head><body><p> </p></body></html>", ".html")
    assert isinstance(item, ReadFailure)


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text("date 2020 Deux.")
    (tmp_path / "a.txt").write_text("date 2020 Un.")
    (tmp_path / "c.jsonl").write_text('{"text": "Trois.", "date": "2020"}\n')
    (tmp_path / "notes.ann").write_text("T1 Person 0 3 Un")
    (tmp_path / ".cache" / "x.txt").write_text("date 2020 Caché.")
    assert [p.relative_to(tmp_path).as_posix() for p in folder_files(tmp_path)] == [
        "a.txt",
        "b/2.txt",
        "c.jsonl",
    ]
    assert [item.text for item in read_paths([str(tmp_path)])] == ["Un.", "Deux.", "Trois."]


def test_a_missing_path_fails_and_the_next_one_is_still_read(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("date 2020 Bon.")
    items = list(read_paths([str(tmp_path / "absent.txt"), str(good)]))
    assert isinstance(items[0], ReadFailure) and isinstance(items[0].error, Unreadable)
    assert items[1].text == "Bon."

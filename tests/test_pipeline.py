"""The pipeline with the real model: valid records in input order; a failure never stops a batch."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources

import pytest
import spacy
from spacy.language import Language

from veille import components
from veille.article import Article, PartialDate
from veille.datafiles import DataFileError
from veille.pipeline import Extractor, Failure
from veille.records import ArticleResult
from veille.settings import Settings
from veille.sources import read_paths
from veille.validate import problems

pytestmark = pytest.mark.model


def test_seed_record_is_valid_month_precise_and_names_the_seed_actors(extractor, shared):
    (article,) = read_paths([str(shared / "samples/seed.txt")])
    record = extractor.extract(article).to_dict()
    assert problems(record) == []
    assert record["article"]["published"] == "2023-10"
    names = " ".join(actor["name"] for actor in record["actors"])
    for expected in ("Poutine", "Xi Jinping", "Pékin", "Hamas"):
        assert expected in names


def test_records_come_back_in_input_order_and_each_carries_its_article(extractor, shared):
    files = sorted((shared / "corpus/wikinews-fr").glob("*.txt"))[:12]
    articles = list(read_paths([str(path) for path in files]))
    results = list(extractor.run(articles))
    assert [result.article.source for result in results] == [str(path) for path in files]
    for result in results:
        assert isinstance(result, ArticleResult)
        assert problems(result.to_dict()) == []


def test_an_undated_article_is_extracted_with_published_null(extractor):
    result = extractor.extract(
        Article(text="Emmanuel Macron a reçu Olaf Scholz à Paris.", source="x")
    )
    assert result.to_dict()["article"]["published"] is None


def test_record_round_trips_through_its_json_form(extractor):
    article = Article(
        text="Le Hamas et Israël. La France a appelé au calme.",
        source="t",
        published=PartialDate.parse("2023-10-17"),
    )
    result = extractor.extract(article)
    assert ArticleResult.from_dict(result.to_dict()) == result


def test_a_failing_extractor_marks_its_article_and_the_batch_goes_on(nlp):
    calls = {"n": 0}

    def flaky(doc):
        calls["n"] += 1
        if "panne" in doc.text:
            raise RuntimeError("boom")
        return []

    component = components._component("quotes", flaky)
    docs = [component(nlp(text)) for text in ("Un texte.", "Une panne ici.", "Un autre.")]
    assert [doc._.veille_error for doc in docs] == [
        None,
        "quotes extractor failed: RuntimeError: boom",
        None,
    ]
    assert calls["n"] == 3


def _explode_on_marker(doc):
    if "EXPLOSE" in doc.text:
        raise ValueError("exemple")
    return []


@Language.component("veille_test_explode")
def _exploding_component(doc):
    return components._component("events", _explode_on_marker)(doc)


def test_failures_from_the_pipeline_keep_their_place_in_the_output():
    components.register()
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_test_explode")
    extractor = Extractor(nlp=nlp)
    texts = ["La France a voté.", "EXPLOSE", "L'Allemagne aussi."]
    results = list(extractor.run(Article(text=t, source=str(i)) for i, t in enumerate(texts)))
    assert [type(r).__name__ for r in results] == ["ArticleResult", "Failure", "ArticleResult"]
    assert isinstance(results[1], Failure) and "ValueError: exemple" in results[1].message


def test_veille_components_declare_what_they_set_in_pipeline_order(nlp):
    names = [name for name in nlp.pipe_names if name.startswith("veille_")]
    assert names == components.PIPELINE_ORDER
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    for spec in components.COMPONENTS:
        assert (
            f"doc._.{components.extension(spec.section)}"
            in analysis["summary"][spec.name]["assigns"]
        )


@pytest.mark.slow
def test_two_workers_give_the_same_records_as_one(extractor, shared):
    files = sorted((shared / "corpus/wikinews-fr").glob("*.txt"))[:16]
    articles = list(read_paths([str(path) for path in files]))
    one = [result.to_dict() for result in extractor.run(articles)]
    parallel = Extractor(Settings(workers=2, batch_size=4), nlp=extractor.nlp)
    two = [result.to_dict() for result in parallel.run(articles)]
    assert two == one


def test_every_record_of_the_gold_articles_honours_the_contract(extractor, shared):
    """All 61 annotated articles (shared dev gold and the project's own), every extractor on."""
    from tests.conftest import ROOT

    golds = sorted((shared / "gold/dev").glob("*.json"))
    golds += sorted((ROOT / "bench/gold/wikinews").glob("*.json"))
    files = sorted({json.loads(path.read_text())["file"] for path in golds})
    assert len(files) >= 60
    articles = list(read_paths([str(shared / name) for name in files]))
    for result in extractor.run(articles):
        assert isinstance(result, ArticleResult), getattr(result, "message", "")
        assert problems(result.to_dict()) == [], result.article.source


# A program that runs `veille extract` with the lexicons read from a copy (argv[1]), so a
# test can break one data file of the installation without touching the real one.
_WITH_LEXICONS_FROM = """
import sys
from pathlib import Path
import veille.datafiles as datafiles
real = datafiles._package_file
copy = Path(sys.argv.pop(1))
def package_file(package, *parts):
    return copy.joinpath(*parts) if package == "veille.lang" else real(package, *parts)
datafiles._package_file = package_file
from veille.cli import main
sys.argv = ["veille", "extract", "--model", "sm", *sys.argv[1:]]
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "break_it", "problem"),
    [
        ("quotes", lambda text: text + "\nscare_max_words: [3\n", "not valid YAML: line "),
        ("amounts", lambda text: "unknown_key: 1\n" + text, "at (top): Additional properties"),
    ],
)
def test_a_broken_data_file_stops_extract_at_start_with_one_line_naming_it(
    tmp_path, name, break_it, problem
):
    lexicons = tmp_path / "lang"
    shutil.copytree(resources.files("veille.lang"), lexicons)  # type: ignore[arg-type]
    data_file = lexicons / "fr" / f"{name}.yaml"
    data_file.write_text(break_it(data_file.read_text(encoding="utf-8")), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("date 2020-03-02\n\nLe ministre a dit : « non ».\n", encoding="utf-8")

    run = subprocess.run(
        [sys.executable, "-c", _WITH_LEXICONS_FROM, str(lexicons), str(article)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert run.returncode == 1, run.stderr
    assert run.stdout == ""
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(f"veille: fatal: [E202] veille.lang/fr/{name}.yaml: {problem}")


def test_a_data_file_error_met_by_a_component_stops_the_pipeline_not_one_article(nlp):
    def reads_a_broken_lexicon(doc):
        raise DataFileError("veille.lang/fr/quotes.yaml: at marks: not an object")

    component = components._component("quotes", reads_a_broken_lexicon)
    with pytest.raises(DataFileError, match=r"quotes\.yaml"):
        component(nlp.make_doc("Un texte."))

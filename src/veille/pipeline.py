"""Build the spaCy pipeline once and stream articles through it.

Articles travel as the context of `nlp.pipe(..., as_tuples=True)`, so each Doc comes back
with the article it was made from, in input order, with one process or many.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veille import __version__, components, hyphens, lang
from veille.article import Article
from veille.errors import ModelMissing, PipelineError
from veille.extract.layout import keep_text
from veille.records import ArticleResult
from veille.settings import Settings

# A sentence that goes through every component: dates, a place, a quote, a number.
WARM_UP = "Le 3 mai 2016, Paris a dit : « oui »."
# Objects allocated before the garbage collector's cheapest pass (see Extractor.settle).
_YOUNG_GENERATION = 5000


def warm_up(nlp: Language) -> None:
    """Load every data file the components need now, while the pipeline is built.

    Data files are part of the installation, not of the input: a broken one (bad YAML, a
    schema violation) raises DataFileInvalid (E202) here, naming the file, instead of failing
    every article later. The sentence then loads what the components read lazily (the
    knowledge base); if even it fails, no article would pass either.
    """
    lang.load_all(nlp.lang or "fr")
    doc = nlp(WARM_UP)
    if doc._.veille_error:
        message = " ".join(doc._.veille_error.split())  # one line, as every fatal error
        raise PipelineError(f"the pipeline fails on its warm-up sentence: {message}")


@cache
def _built(model_package: str) -> Language:
    components.register()
    try:
        nlp = spacy.load(model_package)
    except OSError as error:
        raise ModelMissing(
            f"spaCy model {model_package} is not installed "
            f"(pip install {model_package.replace('_', '-')}): {error}"
        ) from error
    if "parser" in nlp.pipe_names:
        hyphens.register()
        nlp.add_pipe(hyphens.NAME, before="parser")
    for name in components.PIPELINE_ORDER:
        nlp.add_pipe(name)
    warm_up(nlp)
    return nlp


def build_nlp(settings: Settings) -> Language:
    """The model with veille's components appended in their declared order, built once per
    process and model: the pipeline only reads it, so every Extractor can share it. Every
    data file is loaded and checked here (`warm_up`)."""
    nlp = _built(settings.model_package)
    nlp.max_length = max(nlp.max_length, settings.max_bytes + 1)
    return nlp


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not process; the rest of the batch goes on."""

    article: Article
    message: str


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Provenance of every record: which veille and which model made it."""
    meta = nlp.meta
    return {
        "veille": __version__,
        "model": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        "components": [name for name in nlp.pipe_names if name.startswith("veille_")],
    }


def assemble(doc: Doc, article: Article, info: dict[str, Any]) -> ArticleResult:
    """Turn a processed Doc and its article into the contract record."""
    sections = {section: components.records_of(doc, section) for section in components.SECTIONS}
    return ArticleResult.from_sections(article, sections, info)


class Extractor:
    """The model, loaded once, and a way to stream articles through it."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else build_nlp(self.settings)
        self.info = pipeline_info(self.nlp)

    def _docs(self, articles: Iterable[Article]) -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            doc = self.nlp.make_doc(article.text)
            keep_text(doc, article.text)  # the extractors' text_of, with no join
            doc._.published = article.published.isoformat() if article.published else None
            yield doc, article

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult | Failure]:
        """Records (or failures) in input order."""
        stream = self.nlp.pipe(
            self._docs(articles),
            as_tuples=True,
            n_process=self.settings.workers,
            batch_size=self.settings.batch_size,
        )
        for doc, article in stream:
            if doc._.veille_error:
                yield Failure(article, doc._.veille_error)
                continue
            try:
                yield assemble(doc, article, self.info)
            except (KeyError, TypeError, ValueError) as error:
                yield Failure(article, str(PipelineError(f"malformed record: {error}")))

    def settle(self) -> None:
        """Load everything the components load lazily (knowledge base, lexicons), then move
        the process's long-lived objects out of the garbage collector's sight.

        The model and the knowledge base are about a million objects that live as long as
        the process; left tracked, every full collection walks them all again. Called by
        the commands that process a corpus, not by library users, whose own objects it
        would freeze too.

        The collector's youngest generation is also let grow to 5,000 objects before a
        collection (700 by default): every Doc leaves a few thousand short-lived containers
        (its columns, its records), which reference counting frees anyway, and at 700 the
        collector walked them about 40 times per 200 articles (20 ms of processor time, 2 at
        5,000: 5 ms).
        """
        self.extract(Article(text=WARM_UP, source="<warm-up>"))
        gc.freeze()
        gc.set_threshold(_YOUNG_GENERATION, *gc.get_threshold()[1:])

    def extract(self, article: Article) -> ArticleResult:
        """One article, for tests and the library API; raises on failure."""
        (result,) = list(self.run([article]))
        if isinstance(result, Failure):
            raise PipelineError(result.message)
        return result

"""Every veille pipeline component, registered in one place (not as a side effect of imports).

Each component wraps one extractor function `extract(doc) -> list[record]` and writes its
records as plain JSON-ready dicts to `doc._.veille_<section>`, so results survive spaCy's
multiprocessing, which ships Docs between processes as bytes. Later extractors read earlier
sections from the Doc (events read actors and timexes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from veille.errors import DataFileInvalid
from veille.records import SECTIONS, plain


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    section: str
    extractor: str  # "module:function", imported when the pipeline is built
    requires: tuple[str, ...] = ()


# The veille components, in pipeline order.
COMPONENTS: tuple[ComponentSpec, ...] = (
    ComponentSpec("veille_timex", "timexes", "veille.extract.timex:extract_timexes"),
    ComponentSpec("veille_actors", "actors", "veille.extract.actors:extract_actors", ("doc.ents",)),
    ComponentSpec("veille_quotes", "quotes", "veille.extract.quotes:extract_quotes"),
    ComponentSpec("veille_amounts", "amounts", "veille.extract.amounts:extract_amounts"),
    ComponentSpec("veille_events", "events", "veille.extract.events:extract_events"),
)
PIPELINE_ORDER = [spec.name for spec in COMPONENTS]

_registered = False


def extension(section: str) -> str:
    return f"veille_{section}"


def records_of(doc: Doc, section: str) -> list[dict[str, Any]]:
    """The records an earlier component wrote for `section` (empty when none ran)."""
    return doc._.get(extension(section)) or []


def _load(path: str) -> Callable[[Doc], list[Any]]:
    module, function = path.split(":")
    return getattr(import_module(module), function)


class _Component:
    """Wrap an extractor so one failing article is marked, not dropped from the batch.

    spaCy's own error handlers drop the failing Doc, which would lose the article silently.
    A broken data file is no article's fault: it stops the pipeline (the build loads them all).
    """

    def __init__(self, section: str, extract: Callable[[Doc], list[Any]]) -> None:
        self.section = section
        self.extension = extension(section)
        self.extract = extract

    def __call__(self, doc: Doc) -> Doc:
        try:
            records = [plain(record) for record in self.extract(doc)]
        except DataFileInvalid:  # the installation is broken, not this article
            raise
        except Exception as error:  # an extractor bug must not stop the batch
            records = []
            doc._.veille_error = f"{self.section} extractor failed: {type(error).__name__}: {error}"
        doc._.set(self.extension, records)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Run over a whole batch before handing it on, as the model's components do: each
        extractor then works through the batch with its own code and data in the processor's
        caches, instead of the five taking turns on every Doc (processor time of the five
        on 200 articles, ten alternated runs: 1.38-1.61 s per Doc, 1.24-1.54 s per batch)."""
        for batch in minibatch(docs, batch_size):
            yield from [self(doc) for doc in batch]


def _component(section: str, extract: Callable[[Doc], list[Any]]) -> _Component:
    return _Component(section, extract)


def _register_factory(spec: ComponentSpec) -> None:
    def make(nlp: Language, name: str) -> _Component:
        return _component(spec.section, _load(spec.extractor))

    Language.factory(
        spec.name,
        assigns=[f"doc._.{extension(spec.section)}"],
        requires=list(spec.requires),
        func=make,
    )


def register() -> None:
    """Declare the Doc extensions and component factories; safe to call more than once."""
    global _registered
    if _registered:
        return
    # The publication date (ISO, as precise as the source says), set before the pipeline runs.
    Doc.set_extension("published", default=None, force=True)
    # Set by a component that failed on this Doc; the article is then reported as a failure.
    Doc.set_extension("veille_error", default=None, force=True)
    for section in SECTIONS:
        Doc.set_extension(extension(section), default=None, force=True)
    for spec in COMPONENTS:
        _register_factory(spec)
    _registered = True

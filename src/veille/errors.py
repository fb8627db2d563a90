"""Errors raised with a code, formatted once at the edges (CLI, store, web).

Codes are grouped: E1xx input, E2xx pipeline, E3xx store, E9xx internal.
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base of every error veille raises on purpose."""

    code = "E900"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(VeilleError):
    """An input that cannot become an article; the batch goes on without it."""

    code = "E100"


class NotUtf8(InputError):
    code = "E101"


class EmptyInput(InputError):
    code = "E102"


class BinaryInput(InputError):
    code = "E103"


class MalformedDate(InputError):
    code = "E104"


class InvalidRecord(InputError):
    """A JSON Lines or CSV row that is not a usable article (bad JSON, missing text...)."""

    code = "E105"


class TooLarge(InputError):
    code = "E106"


class Unreadable(InputError):
    """The path does not exist or the operating system refused to read it."""

    code = "E107"


class PipelineError(VeilleError):
    code = "E200"


class ModelMissing(PipelineError):
    code = "E201"


class DataFileInvalid(PipelineError):
    """A data file of the installation (lexicon, knowledge base) that cannot be read or does
    not match its schema: the pipeline refuses to start rather than fail on every article."""

    code = "E202"

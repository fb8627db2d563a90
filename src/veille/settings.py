"""One typed options object: every knob of a run, with its default in one place."""

from __future__ import annotations

from dataclasses import dataclass

MODELS = {"md": "fr_core_news_md", "sm": "fr_core_news_sm"}


@dataclass(frozen=True)
class Settings:
    model: str = "md"
    workers: int = 1
    batch_size: int = 32
    max_bytes: int = 2_000_000

    def __post_init__(self) -> None:
        if self.model not in MODELS:
            raise ValueError(f"unknown model {self.model!r}: choose one of {', '.join(MODELS)}")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.batch_size < 1:
            raise ValueError("batch size must be at least 1")
        if self.max_bytes < 1:
            raise ValueError("max bytes must be at least 1")

    @property
    def model_package(self) -> str:
        return MODELS[self.model]

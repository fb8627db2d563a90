"""Everything a command says on stderr: one-line errors and warnings, progress, the summary.

stdout carries records only, so a pipe into `jq` or a file never sees a progress bar.
"""

from __future__ import annotations

import re
import sys
from contextlib import AbstractContextManager
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

stderr = Console(stderr=True, highlight=False, soft_wrap=True)

# Article text is untrusted: terminal control sequences and bidirectional overrides in it must
# not reach the terminal. Each is replaced by one character, so offsets into the text hold.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` safe to print: control characters become U+FFFD (and line breaks spaces)."""
    safe = _UNPRINTABLE.sub("\ufffd", text)
    return safe.replace("\n", " ").replace("\t", " ") if one_line else safe


def error(where: str, message: str) -> None:
    stderr.print(printable(f"veille: error: {where}: {message}", one_line=True), markup=False)


def warning(where: str, message: str) -> None:
    stderr.print(printable(f"veille: warning: {where}: {message}", one_line=True), markup=False)


def fatal(message: str) -> None:
    stderr.print(f"veille: fatal: {message}", markup=False)


class ArticleProgress(AbstractContextManager["ArticleProgress"]):
    """A live count of processed articles, shown only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self.enabled = sys.stderr.isatty()
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
            disable=not self.enabled,
        )
        self._task = self._progress.add_task(label, total=None)

    def __enter__(self) -> ArticleProgress:
        self._progress.start()
        return self

    def advance(self, articles: int = 1) -> None:
        self._progress.advance(self._task, articles)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

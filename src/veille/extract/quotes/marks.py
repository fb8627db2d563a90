"""Quoted passages found by their quotation marks alone, before any language knowledge.

French news nests quotes, runs them over several sentences and paragraphs (each new
paragraph reopens with «, the previous one is left unclosed) and sometimes forgets a mark.
A quote left open at a paragraph end that the next paragraph does not continue is closed
there, so one missing mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# Spaces French typography puts inside quotation marks (ordinary, no-break, narrow no-break).
_INNER_SPACE = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True)
class Quoted:
    """The words between an outermost pair of marks (without the marks and inner spaces)."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when closed by a paragraph end


def _opens_straight(text: str, at: int) -> bool:
    """A straight quote opens when a word follows it (`"mot`), not after a word (`mot"`)."""
    after = text[at + 1] if at + 1 < len(text) else " "
    return not after.isspace()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in _INNER_SPACE + "\n":
        end -= 1
    return start, end


def quoted_spans(text: str, marks: Mapping[str, str]) -> list[Quoted]:
    """Outermost quoted passages in `text`, in order; nested quotes stay inside their host."""
    found: list[Quoted] = []
    stack: list[tuple[str, int]] = []  # open marks: (opener, offset)

    def emit(open_at: int, end: int, close_at: int | None) -> None:
        start, stop = _trimmed(text, open_at + 1, end)
        if stop > start:
            found.append(Quoted(start, stop, open_at, close_at))

    length = len(text)
    closers = set(marks.values())
    # only marks and line breaks matter: jump from one to the next instead of reading
    # every character
    pattern = re.compile("[" + re.escape("".join({*marks, *closers, "\n"})) + "]")
    skip_to = 0
    for found_at in pattern.finditer(text):
        i = found_at.start()
        if i < skip_to:
            continue
        char = text[i]
        if char == "\n" and stack:
            j = i
            while j < length and text[j].isspace():
                j += 1
            outer = stack[0][0]
            if j < length and text[j] == outer and outer != marks[outer]:
                skip_to = j + 1  # the next paragraph reopens the same quote: it goes on
                continue
            emit(stack[0][1], i, None)
            stack.clear()
        elif stack and char == marks[stack[-1][0]]:
            _, open_at = stack.pop()
            if not stack:
                emit(open_at, i, i)
        elif char in marks and (marks[char] != char or _opens_straight(text, i)):
            stack.append((char, i))
        elif char in closers:
            depth = next(
                (d for d in range(len(stack) - 1, -1, -1) if marks[stack[d][0]] == char), None
            )
            if depth is not None:  # closes a mark under an unclosed nested one
                open_at = stack[depth][1]
                del stack[depth:]
                if not stack:
                    emit(open_at, i, i)
    if stack:
        emit(stack[0][1], length, None)
    return found

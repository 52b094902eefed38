"""A rule that reads every paragraph, done once per distinct text (issue 15).

A large briefing repeats its texts: wire copy recurs across outlets, and half the paragraphs
of the 10,005-article benchmark are copies. The late rules that read every body paragraph
(:mod:`.led_bodies`, :mod:`.landmark_scripts`, :mod:`.event_loans`) find in a text what
depends on that text alone, then tie it to the paragraph's article. :func:`each_text` reads
each distinct text once and gives its answer again at every use, in paragraph order, so the
rule's result is the one a reading of every paragraph gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

_A = TypeVar("_A")
_T = TypeVar("_T")


def each_text(
    paragraphs: Iterable[tuple[_A, int, str]], read: Callable[[str], _T]
) -> Iterator[tuple[_A, int, str, _T]]:
    """(article, index, text, ``read(text)``) for each paragraph, in order; ``read`` is asked
    once per distinct text and must depend on the text alone (its answer is shared by every
    use: return a tuple, not something the caller changes)."""
    answers: dict[str, _T] = {}
    for article, index, text in paragraphs:
        if text in answers:
            answer = answers[text]
        else:
            answer = answers[text] = read(text)
        yield article, index, text, answer

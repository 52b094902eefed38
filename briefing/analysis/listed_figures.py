"""A complete enumeration ("leaders of A, B, C and D will attend") read as a count.

Split from :mod:`.figure_reading` (which reads each sentence's numbers with what they count):
a list carries no number and no counted noun, so it becomes a figure of its own kind, its
count and the items it names, with the stems of its paragraph (read only when a sentence has a
list: most have none) so that two lists are compared by their items.
"""

from __future__ import annotations

from briefing.analysis.counted_noun import _WORD
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.stems import stem_word


def paragraph_stems(text: str, language: str) -> frozenset[str]:
    """The stems of every word of a paragraph, in its language: what a listed count's
    items are compared by."""
    return frozenset(stem_word(w, language) for w in _WORD.findall(text))


def list_figure(
    listed: list[str], language: str, day: Day | None, quote: Quote, stems: frozenset[str]
) -> Figure:
    """The enumeration ``listed`` as one figure: its count, the items written out as its
    value, keyed by ``language`` alone (the items are compared, not a noun)."""
    value = f"{len(listed)} listed: {', '.join(listed)}"
    count = float(len(listed))
    return Figure((language, ""), day, count, count, value, quote, frozenset(), "", stems)

"""A sentence's numbers scanned once for all the readers of that sentence.

Reading one sentence's figures asks :func:`~briefing.analysis.numbers.find_numbers` of the same
text from several readers one after the other (the counts, the precise counts, the day counts,
sums of money, the others hurt): at 10,005 articles each scan was seconds of the
disagreements' first analysis (benchmarks/PROFILE.md). The scan depends on the text and its
language alone and its numbers are immutable, so the last few sentences' scans are kept and
each reader is given a list of its own, exactly what its own scan returned.

Kept apart from :mod:`.numbers` so that the topics' and the timeline's caches, whose code
fingerprints cover that module, are not worked out again for a change of who scans when.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.analysis.numbers import Number, find_numbers

#: Sentences whose scans are kept: the readers of one sentence ask one after the other, and
#: a reader of the sentence before or after (the others hurt) a few sentences apart.
KEPT = 32


def numbers_in(text: str, language: str) -> list[Number]:
    """:func:`~briefing.analysis.numbers.find_numbers`, scanned once for the recent texts."""
    return list(_scanned(text, language))


@lru_cache(maxsize=KEPT)
def _scanned(text: str, language: str) -> tuple[Number, ...]:
    return tuple(find_numbers(text, language))

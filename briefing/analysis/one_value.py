"""A sentence that gives one key two values names two things, so neither value is a rival.

The last step of reading a sentence's figures, for words (:mod:`.figure_reading`: "6.4 at 04:26
in Nurdağı and 6.5 at 04:36 in İslahiye") and for counts written onto a counter
(:mod:`.cjk_counts`: "4600人 … 12万5000人"), which had each kept a copy.
"""

from __future__ import annotations

from briefing.analysis.figure_model import Figure


def one_value_each(found: list[Figure]) -> list[Figure]:
    """The figures of one sentence less those whose key it gives two values ("6.4 at 04:26
    in Nurdağı and 6.5 at 04:36 in İslahiye"): the sentence itself says the key names two
    things, so neither value can be set against another source's."""
    by_key: dict[tuple[str, str], list[Figure]] = {}
    for figure in found:
        by_key.setdefault(figure.key, []).append(figure)
    two = {
        key
        for key, same in by_key.items()
        if any(max(a.low, b.low) > min(a.high, b.high) for a in same for b in same)
    }
    return [f for f in found if f.key not in two] if two else found

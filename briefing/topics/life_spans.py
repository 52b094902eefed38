"""People the text dates by their lives, long over: figures of history, not of the story.

A person written with a bracketed life span ("Karol II (1630–1685)", "Anna Vell (1801-1874)")
is introduced as someone of the past: the text gives their dates because the reader is not
expected to know them, and the news is not about them. When every use of a person is so
written and the span ended :data:`PAST_YEARS` years or more before the newest article's date,
the person is background (the history of a crown, a building, a rite), no key topic. Someone
who died recently keeps the dates of an obituary ("(1936–2025)") and stays: the span must end
long before the story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: How long before the newest article a life must have ended to be history.
PAST_YEARS = 50
#: A bracketed span of two years right after the name: "(1630–1685)", "(c. 1630 - 1685)".
_SPAN = re.compile(r"\s*\((?:c\.\s*|ca\.\s*)?(\d{3,4})\s*[-–—]\s*(\d{3,4})\)")


def past_figure(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    newest_year: int | None,
) -> bool:
    """Every use (one at least) is followed by a life span that ended :data:`PAST_YEARS`
    years or more before ``newest_year`` (None: no article is dated, nothing is asked)."""
    if newest_year is None or not occurrences:
        return False
    for o in occurrences:
        found = _SPAN.match(paragraphs.get((o.article, o.paragraph), ""), o.end)
        if found is None:
            return False
        born, died = int(found.group(1)), int(found.group(2))
        if not born < died <= newest_year - PAST_YEARS:
            return False
    return True

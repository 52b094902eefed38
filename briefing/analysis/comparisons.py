"""A year that dates a point of comparison, not an event of the story.

"The deadliest attack since the Beslan school siege in 2004", "le pire accident depuis la
catastrophe de 1999", "el mayor atentado desde la tragedia de X en 2004": the year belongs to
another event, named only to measure this one against. The form is the same in every
language that writes "since" before what it counts from: the word for "since", then a noun
phrase (words, no digit, no clause break), then at most a short preposition, then the year.

Only a year named alone is read this way. "Closed since 2019" (the year right after "since")
dates when a state began and stays; so does a day written in full ("depuis le séisme du 17
août 1999"), which the timeline keeps as a past day the story refers to.
"""

from __future__ import annotations

import re

#: "since" in the languages that put it before what it counts from. Words that also mean
#: "from" or "of" (Italian "da", Greek "από", Russian "с") are left out: too ambiguous.
_SINCE = r"(?:since|depuis|desde|seit|sinds|sedan|siden)"
#: "since", then two to ten words without digits or clause breaks, then at most a short word
#: ("in", "en", "de", "von", "of"), ending right before the year.
_REFERENCE = re.compile(
    rf"(?<!\w){_SINCE}\s+(?:[^\W\d_][\w'’\-]*\s+){{1,9}}[^\W\d_][\w'’\-]*"
    r"(?:\s+[^\W\d_]{1,4})?\s*$",
    re.IGNORECASE,
)


def dates_a_reference(sentence: str, year_start: int) -> bool:
    """True when the year at ``year_start`` in ``sentence`` ends a "since <event> in <year>"
    comparison (module docstring)."""
    head = sentence[:year_start]
    return bool(_REFERENCE.search(head[-160:]))

"""A byline that names the reporter's outlet and bureau: ``Von Anna Kolbe, ARD Madrid``.

A correspondent's byline on a line of its own gives the person, a comma, then the outlet and
the city of its bureau (``By Jane Roe, Example News Paris``, ``Por Ana Ruiz, Kvarna Bruselas``).
The city is what makes it an affiliation: "By Jane Roe, Senior Editor" or "Von Anna Kolbe,
Berlin" (a bureau alone) name no outlet. The person must start with a given name, and the
outlet must not (``By Jane Roe, John Doe Paris`` credits two people).
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city

__all__ = ["byline_outlet"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_WORD = rf"[{_UP}][\w'’.&-]*"
_BYLINE = re.compile(
    r"(?:By|BY|Von|VON|Por|Par|Di|Door|Przez|Od|От|Від|Av|Af)\s+"
    rf"(?P<person>{_WORD}(?: {_WORD}){{1,3}}),\s+"
    rf"(?P<outlet>{_WORD}(?: {_WORD}){{0,2}})\s+(?P<city>[{_UP}][^\W\d_]+(?:-[^\W\d_]+)*)\.?"
)


def byline_outlet(text: str) -> str | None:
    """The outlet of a ``By <person>, <outlet> <city>`` byline that is all of ``text``."""
    if len(text) > 90:
        return None
    match = _BYLINE.fullmatch(text.strip())
    if match is None or not is_city(match.group("city")):
        return None
    from briefing.given_name_table import given_name  # only for a line of this shape

    person, outlet = match.group("person").split(), match.group("outlet").split()
    if not given_name(person[0].split("-")[0]) or _given(outlet[0]):
        return None
    return match.group("outlet")


def _given(word: str) -> bool:
    """A given name opening the outlet part: a second person. An acronym ("ARD") is not one,
    even when the same letters are a name somewhere."""
    from briefing.given_name_table import given_name

    return not word.isupper() and given_name(word)

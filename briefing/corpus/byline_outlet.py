"""A byline that names the reporter's outlet and bureau: ``Von Anna Kolbe, ARD Madrid``.

A correspondent's byline on a line of its own gives the person, a comma, then the outlet and
the city of its bureau (``By Jane Roe, Example News Paris``, ``Por Ana Ruiz, Kvarna Bruselas``).
The city is what makes it an affiliation: "By Jane Roe, Senior Editor" or "Von Anna Kolbe,
Berlin" (a bureau alone) name no outlet. The person must start with a given name, and the
outlet must not (``By Jane Roe, John Doe Paris`` credits two people).

A city may take several words (``New York``, ``Los Angeles``, ``Buenos Aires``): the city is
the longest run of last words GeoNames knows as one, so ``Von Anna Kolbe, New York`` is a
reporter and the place she writes from (:func:`is_place_byline`: no outlet, no headline), and
``By Jane Roe, Example News New York`` names Example News, never "New" nor "Example News New".
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city

__all__ = ["byline_outlet", "is_person_byline", "is_place_byline"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_WORD = rf"[{_UP}][\w'’.&-]*"
_CITY_WORD = rf"[{_UP}][^\W\d_]+(?:-[^\W\d_]+)*"
_BY_PERSON = (
    r"(?:By|BY|Von|VON|Por|Par|Di|Door|Przez|Od|От|Від|Av|Af)\s+"
    rf"(?P<person>{_WORD}(?: {_WORD}){{1,3}}),\s+"
)
_BYLINE = re.compile(
    _BY_PERSON + rf"(?P<outlet>{_WORD}(?: {_WORD}){{0,3}})\s+(?P<city>{_CITY_WORD})\.?"
)
#: The same byline with a one-word city alone after the comma (``Von Anna Kolbe, Berlin``).
_PLACE_BYLINE = re.compile(_BY_PERSON + rf"(?P<city>{_CITY_WORD})\.?")
#: The byline with nobody's place: one person or two joined by "and" in the line's language.
_AND = r"(?:and|und|y|e|et|en|i|och|og|oraz|и|і|та|&)"
_PERSON_BYLINE = re.compile(
    r"(?:By|BY|Von|VON|Por|POR|Par|PAR|Di|Door|Przez|Od|От|Від|Av|Af)\s+"
    rf"(?P<person>{_WORD}(?: {_WORD}){{1,3}})(?:,? {_AND} (?P<second>{_WORD}(?: {_WORD}){{1,3}}))?"
)


def byline_outlet(text: str) -> str | None:
    """The outlet of a ``By <person>, <outlet> <city>`` byline that is all of ``text``."""
    read = _read(text)
    if read is None:
        return None
    outlet = read[1]
    if not outlet or _given(outlet[0]):
        return None
    return " ".join(outlet)


def is_person_byline(text: str) -> bool:
    """Whether ``text`` is only a byline word and one or two people (``Von Anna Kolbe``,
    ``Por Ana Ruiz y Juan Roe``, ``Par Jeanne Dupont``): a line of the page's header, never
    its headline, guessed or not. Each person must open with a given name the briefing
    knows, so a headline that opens with the same word ("Von Anfang An …", "Di Maio Resigns
    …", "Por Fin Llega …") is kept."""
    line = text.strip().rstrip(".")
    if len(line) > 90:
        return False
    match = _PERSON_BYLINE.fullmatch(line)
    if match is None:
        return False
    from briefing.given_name_table import given_name  # only for a line of this shape

    people = [match.group("person"), match.group("second")]
    return all(given_name(p.split()[0].split("-")[0]) for p in people if p)


def is_place_byline(text: str) -> bool:
    """Whether ``text`` is only a byline of a person and the city they write from:
    ``Von Anna Kolbe, New York``, ``Por Ana Ruiz, Buenos Aires`` (a line of the page's
    header, neither its outlet nor its headline)."""
    read = _read(text)
    return read is not None and not read[1]


def _read(text: str) -> tuple[list[str], list[str], str] | None:
    """(person, outlet words, city) of a ``By <person>, [<outlet>] <city>`` line that is all
    of ``text``, the city taking as many of the last words as GeoNames knows as one city
    (the outlet's words may be none); None when the line has no such shape, the person opens
    with no given name or the place is no city."""
    if len(text) > 90:
        return None
    match = _BYLINE.fullmatch(text.strip()) or _PLACE_BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    words = match.group("outlet").split() if match.groupdict().get("outlet") else []
    words.append(match.group("city"))
    # "New York": one city, not "New" + "York"; the longest run of last words that is one
    cut = next((k for k in range(len(words)) if is_city(" ".join(words[k:]))), None)
    if cut is None:
        return None
    words, city = words[:cut], " ".join(words[cut:])
    if len(words) > 3:
        return None  # an outlet of three words at most
    from briefing.given_name_table import given_name  # only for a line of this shape

    person = match.group("person").split()
    if not given_name(person[0].split("-")[0]):
        return None
    return person, words, city


def _given(word: str) -> bool:
    """A given name opening the outlet part: a second person. An acronym ("ARD") is not one,
    even when the same letters are a name somewhere."""
    from briefing.given_name_table import given_name

    return not word.isupper() and given_name(word)

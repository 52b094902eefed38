"""A byline of reporters closed by their house's initials: ``By Jane Roe and John Doe, EXA``.

A page that credits a story to its own staff lists the reporters, then a comma and the
house, as many houses print it (``By Jane Roe, Mary Major and John Doe, EXA``). Only the
house's initials are read: a word in capitals of three to eight letters (a known wire's two,
``AP``), the last item of a list whose every other item is a person, each opening with a given
name. A title or a place after the comma is no house: ``By Jane Roe, Senior Editor`` (not in
capitals), ``By Jane Roe, PARIS`` (a GeoNames city), ``By Jane Roe, USA`` (a country's
code), ``By Jane Roe, CEO`` (a word a word list knows: the lists know a broadcaster's initials
too, so initials without a vowel, ``EXN``, which no word of these languages is, are not
asked); a bureau after the house is :mod:`briefing.corpus.byline_outlet`'s.
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES

__all__ = ["people_byline_outlet"]

_BY = re.compile(r"(?:By|BY|Von|Por|Par|Di|Door|Av|Af)\s+")
#: The house's initials closing the line after a comma.
_HOUSE = re.compile(r",\s+(?P<house>[A-Z]{2,8})\s*$")
#: "and" joining the last two people, in the byline languages of :data:`_BY`.
_AND = re.compile(r"\s+(?:and|und|y|e|et|en|och|og|&)\s+")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+")
#: The longest byline read: nine reporters and the house fit.
_LONGEST = 400
#: Languages whose word lists are asked whether the initials are a word.
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


def people_byline_outlet(text: str) -> str | None:
    """The house whose initials close a byline of people that is all of ``text``, or None."""
    line = text.strip()
    by = _BY.match(line) if len(line) <= _LONGEST else None
    house = _HOUSE.search(line) if by is not None else None
    if by is None or house is None:
        return None
    initials = house.group("house")
    if len(initials) < 3 and initials not in WIRES:
        return None  # "MD", "UK": a title or a place, unless a known wire ("AP")
    people = _AND.split(line[by.end() : house.start()])
    people = [p.strip() for part in people for p in part.split(",")]
    if not people or not all(_person(p) for p in people):
        return None
    return None if _not_a_house(initials) else initials


def _person(text: str) -> bool:
    """Two to four capitalised words, the first a given name."""
    from briefing.given_name_table import given_name  # only for a line of this shape

    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return given_name(words[0].split("-")[0])


def _not_a_house(initials: str) -> bool:
    """A word a word list knows, a city or a country (name or code): no house's initials."""
    import pycountry

    from briefing.corpus.colon_dateline import is_city, is_country
    from briefing.corpus.wordlists import known

    if initials in WIRES:
        return False
    if set(initials) & set("AEIOUY") and any(
        known(initials.lower(), language, "small") for language in _LANGUAGES
    ):
        return True
    code = pycountry.countries.get(alpha_3=initials) if len(initials) == 3 else None
    return code is not None or is_city(initials.title()) or is_country(initials.title())

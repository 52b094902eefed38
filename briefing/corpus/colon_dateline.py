"""A dateline whose agency follows the place after a dash and ends with a colon.

Some agencies, and some outlets translating their copy, open a story ``Bukarest – Saba: Der
Bürgermeister …`` or ``Lisboa — Lusa: O Governo …``: a city, a dash, the agency, a colon, then
the lead. The same shape also opens quoted headlines (``Kyiv – Zelensky: "We will …"``,
``Berlin – Montag: …``), so a name counts only when everything points to a wire:

- the place is a city GeoNames knows (in any of its names);
- the name is one or two capitalised words, not a given name and a surname, and not a common
  word of a main language (a weekday, "Update");
- the name appears nowhere else in the article: a person quoted in a headline is named again
  in the story; an agency signing its dateline is not.

A wire known by :data:`briefing.corpus.sources.WIRES` passes the last two checks by itself.
"""

from __future__ import annotations

import re

__all__ = ["colon_dateline_agency", "is_city", "is_country", "named_again", "wire_like"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_SHAPE = re.compile(
    rf"(?P<place>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}})\s+(?:—|–|-{{1,2}})\s+"
    rf"(?P<name>[{_UP}][\w.-]*(?: [{_UP}][\w.-]*)?):\s+[\"„«“]?[{_UP}]"
)
#: A word this common in any of these languages is prose ("Montag", "Update"), not an agency.
_COMMON_ZIPF = 4.5
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ro", "hu", "cs", "sv", "ru", "uk")


def is_city(name: str) -> bool:
    """Whether ``name`` names a GeoNames city (:func:`briefing.geodata.is_city_name`), read
    only for the rare paragraph that opens like a dateline or a byline."""
    from briefing.geodata import is_city_name  # deferred: 0.4 s to load the cities

    return is_city_name(name)


def is_country(name: str) -> bool:
    """Whether ``name`` is a GeoNames country's (English) name: ``PARIS (France) —`` holds a
    place in its brackets, not an agency."""
    from briefing.geodata import countries  # deferred: only for a line shaped like a credit

    wanted = name.casefold()
    return any(wanted == c["name"].casefold() for c in countries().values())


def colon_dateline_agency(paragraphs: list[str], wires: dict[str, str]) -> str | None:
    """The agency of a ``Place – Agency: Lead`` dateline opening one of the first paragraphs,
    or None. ``wires`` maps known wire spellings (upper case) to their display names."""
    for index, text in enumerate(paragraphs[:3]):
        match = _SHAPE.match(text)
        if match is None or not is_city(match.group("place")):
            continue
        name = match.group("name")
        known = wires.get(name.upper())
        if known:
            return known
        if wire_like(name) and not named_again(name, paragraphs, index, match.end()):
            return name
    return None


def wire_like(name: str) -> bool:
    """Not a given name and not a common word of any main language (the paragraph's language
    is not known yet here): what is left is most likely an agency."""
    # The compact lists (``wordlists.py``), not wordfreq's dicts (tens of MB a language).
    from briefing.corpus.wordlists import at_least  # deferred: only for a paragraph of this shape
    from briefing.given_name_table import given_name

    words = name.split()
    if len(words) == 2 and given_name(words[0]):
        return False  # "Olena Zelenska": a person (one word alone may be both: "Saba", "Lusa")
    return not any(
        at_least(word.lower(), lang, "best", _COMMON_ZIPF) for word in words for lang in _LANGUAGES
    )


def named_again(name: str, paragraphs: list[str], index: int, start: int) -> bool:
    """Whether ``name`` appears after the dateline, in its paragraph or any other."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    if pattern.search(paragraphs[index], start):
        return True
    return any(pattern.search(text) for i, text in enumerate(paragraphs) if i != index)

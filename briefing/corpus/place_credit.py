"""A dateline on a line of its own that ends with the wire's name: ``Exampleton/Otherville,
EFE`` or ``- Exampleton, Country. AFP.`` over the lead.

Outlets that run an agency's story often keep its dateline as the first line, the places the
story was filed from and the agency that filed it, with no date and no brackets (the bracketed
shapes are :mod:`briefing.corpus.datelines`). The line says who wrote the story as plainly as
``MOSCOW (AP) —`` does, so it names the outlet when all of it is there:

- it is one of the first three paragraphs, a line of its own (an opening dash allowed), and
  the next paragraph is the lead: prose of eight words or more;
- it is one or more places joined by slashes (``Exampleton/ Otherville``), each a city
  GeoNames knows (in any of its names: ``Moscú``, ``Londres``), the last maybe followed by its
  country or state (``, Country``: capitalised words, no person);
- then a comma or a full stop and a known wire (:data:`briefing.corpus.sources.WIRES`) in one
  of the spellings wires use for themselves (``EFE``, ``AFP``, ``Reuters``, ``dpa``), a final
  stop allowed, and nothing else.

A cited agency is never in this shape: "according to Reuters", "told AFP" or "informó EFE"
sit inside a sentence, with words that are no place before them. A picture's credit names a
person before the agency (``Jane Roe/AFP``, ``Jane Roe, AFP``), never a city alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.furniture import word_count

__all__ = ["place_credit", "place_credit_line"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_PLACE = rf"[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}}"
_LINE = re.compile(
    rf"^(?:[-–—•]\s*)?(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)"
    rf"(?:,\s*(?P<region>{_PLACE}))?\s*[,.]\s*(?P<wire>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)\.?$"
)
_SLASH = re.compile(r"\s*/\s*")
#: The lead after the line is prose, not another label or a caption.
_LEAD_WORDS = 8


def place_credit(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire of a ``Places, WIRE`` line among the first three paragraphs, with the lead
    right after it (module docstring), or None. ``wires`` maps known wire spellings (upper
    case) to their display names."""
    for index, text in enumerate(paragraphs[:3]):
        wire = place_credit_line(text, wires)
        if wire is None:
            continue
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        return wire if word_count(after) >= _LEAD_WORDS else None
    return None


def place_credit_line(text: str, wires: Mapping[str, str]) -> str | None:
    """The wire a ``Places, WIRE`` line names, when ``text`` is all of such a line, or None."""
    text = text.strip()
    if len(text) > 100 or (not text[-1:].isalpha() and not text.endswith(".")):
        return None
    match = _LINE.match(text)
    if match is None:
        return None
    name = match.group("wire")
    if not (name.isupper() or name.islower() or name.istitle()):
        return None  # "AfP": no wire writes its name so
    wire = wires.get(name.upper())
    if wire is None:
        return None
    region = match.group("region")
    if region and _person(region):
        return None  # "Exampleton, Jane Roe. AFP": a picture's place and photographer
    places = _SLASH.split(match.group("places"))
    return wire if all(is_city(place) for place in places) else None


def _person(name: str) -> bool:
    """A given name and a surname (``Jane Roe``): a person, not a country."""
    from briefing.given_name_table import given_name  # only for a line of this shape

    words = name.split()
    return len(words) in (2, 3) and given_name(words[0])

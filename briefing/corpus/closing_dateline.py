"""A wire's dateline left alone at the end of a saved story: ``TOKIO (Example Wire)``.

A site that runs a wire's copy may move its dateline below the story, after the reporter's
byline, with no dash and no lead after it: ``… Von Jane Roe`` / ``TOKIO (Example Wire)``.
:func:`~briefing.corpus.datelines.read_dateline` reads a dateline opening a paragraph (the
lead after its dash, or a known wire in a line of its own over the lead); this reads the same
line as one of the story's last two, where only a credit stands.

The line must be the dateline and nothing else: a place in capitals that GeoNames knows as a
city (``TOKIO``, ``NEW YORK``), then the agency in brackets. The agency is a known wire
(:data:`~briefing.corpus.wires.WIRES`) or a name of two to four capitalised words
(``Dow Jones``, a newswire the table leaves out because its name is a market index's too); a
single unknown word (``BERLIN (Archiv)``), a picture's credit (``(Getty Images)``) or a
person's name (``(Jane Roe)``, a given name first), a city or country in the bracket
(``PARIS (France)``) or a generic "agencies" is no wire. A region's name of two words
(``(Nouvelle Aquitaine)``) would pass: GeoNames' cities and countries do not hold it. A capitalised
place (``Tokio (Example)``) is a caption's or a headline's shape, never read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.corpus.agency_words import generic_credit
from briefing.corpus.colon_dateline import is_city, is_country
from briefing.corpus.furniture import ends_in_photo_credit
from briefing.corpus.wires import WIRES
from briefing.given_name_table import given_name

__all__ = ["closing_dateline"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
#: ``TOKIO (Example Wire)``: a shouted place (one to three words), then the bracket alone.
_LINE = re.compile(
    rf"(?P<place>[{_UPPER}][{_UPPER}'.-]+(?: [{_UPPER}][{_UPPER}'.-]+){{0,2}})\s*"
    r"\((?P<agency>[^()\d]{2,40})\)\.?"
)
#: The longest line read: a place and a bracket, nothing more.
_MAX_LINE = 64
#: A capitalised word of an agency's name (``Dow``, ``Jones``, ``Kyodo``).
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w&.'-]*")


def closing_dateline(paragraphs: Sequence[str]) -> str | None:
    """The agency of a wire dateline standing alone as one of the last two non-empty
    paragraphs of a story of three or more (module doc), or None."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    if len(texts) < 3:
        return None
    for text in texts[-2:]:
        agency = _agency(text) if len(text) <= _MAX_LINE and "(" in text else None
        if agency:
            return WIRES.get(agency.upper(), agency)
    return None


def _agency(text: str) -> str | None:
    match = _LINE.fullmatch(text)
    if match is None:
        return None
    place, agency = match.group("place"), match.group("agency").strip()
    if not place.isupper() or not is_city(place.title()):
        return None
    if agency.upper() in WIRES:
        return agency
    words = agency.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if generic_credit(agency) or is_country(agency) or is_city(agency):
        return None
    if ends_in_photo_credit(text) or given_name(words[0]):
        return None  # "(Getty Images)", "(Jane Roe)": a picture's credit, a photographer
    return agency

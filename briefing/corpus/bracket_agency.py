"""Whether the words in a dateline's bracket name an agency (for :mod:`.datelines`).

Kept apart from the dateline's shapes because it decides one question of its own, asked of
the bracket's words alone whatever shape surrounds them: ``(Reuters)``, ``(exa)`` after a
shouted place or ``(EXA)`` are an agency's credit; ``(Photo)``, ``(Update 2)``, ``(France)``,
``(Agencies)`` or a country's code ``(USA)`` are not (:func:`agency_like`, :func:`bare_tag`).
"""

from __future__ import annotations

import re

from briefing.corpus.agency_words import generic_credit, names_an_agency
from briefing.corpus.colon_dateline import is_city, is_country
from briefing.corpus.wires import WIRES

# Words in parentheses after a place that are not an agency.
_NOT_AGENCY = frozenset(
    [
        "photo",
        "photos",
        "video",
        "update",
        "updated",
        "lead",
        "live",
        "analysis",
        "interview",
        "audio",
        "foto",
        "видео",
        "фото",
        "обновлено",
        "updated,",
        "breaking",
        "exclusive",
        "pictures",
        "fotos",
        "vídeo",
        "vidéo",
    ]
)

_LETTER = re.compile(r"[^\W\d_]")


def bare_tag(agency: str) -> bool:
    """A known wire in one of its spellings, or two to eight capitals (``EXA``, ``ЭКС``) that
    are no country's code (``(USA)``, ``(UK)``: where the place is) and no "(Photo)"
    (:func:`agency_like`)."""
    if agency.upper() in WIRES:
        return agency.isupper() or agency.istitle() or agency.islower()
    initials = agency.isupper() and agency.isalpha() and 2 <= len(agency) <= 8
    return initials and not country_code(agency) and agency_like(agency)


def country_code(word: str) -> bool:
    """Whether ``word`` is a country's ISO code, two or three letters (GeoNames), or ``UK``."""
    from briefing.geodata import countries  # deferred: only for a bracket shaped like a tag

    if word == "UK":
        return True
    return any(word in (c["iso"], c["iso3"]) for c in countries().values())


def agency_like(name: str, *, shouted: bool = False) -> bool:
    """Short, starts like a name, not ``(Photo)`` nor ``(AP Photo)``, nor a place
    (``PARIS (France) —``). A lower-case start is a name when it is ``dpa`` or one word with a
    capital inside (``dpa-AFX``, ``eFE``): prose in brackets (``(see below)``) has neither;
    after a ``shouted`` place, one word of letters in lower case is an agency too
    (``EXAMPLETON (exa). –``): a shouted place and a dash make the bracket a wire's credit."""
    words = name.split()
    if not 1 <= len(words) <= 4 or any(w.lower().strip(".,") in _NOT_AGENCY for w in words):
        return False
    if generic_credit(name):
        return False  # "SEOUL (Agencies) -": the word alone names no agency
    if names_an_agency(name):
        return True  # "(exa Nachrichtenagentur)": a name and the word "agency"
    if any(not _LETTER.search(word) for word in words):
        return False  # "(Update 2)", "(Part 3)": a number alone is no part of a name
    if name.strip().upper() not in WIRES and (is_country(name.strip()) or is_city(name.strip())):
        return False  # "PARIS (France) —", "MOSCOW (Russia) -": the place's country or city
    if name[0].isupper() or name.strip().lower() == "dpa":
        return True
    if shouted and len(words) == 1 and name.isalpha() and 2 <= len(name) <= 12:
        return True
    return len(words) == 1 and any(c.isupper() for c in name)

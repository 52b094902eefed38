"""A house's own tag opening the lead with a dash: ``EXA - The council …``, ``EXANEWS- Le …``.

Agencies and sites mark the copy they wrote by opening its lead with their name in capitals
and a dash (``AGI - In una …`` for a known wire is :func:`.lead_credit.wire_dash_lead`). A
house no list knows writes it the same way: one word in capitals (an acronym or the name run
together, ``EXA``, ``EXANEWS``), a dash, maybe glued to the name, and a sentence of story.

The same shape more often opens with a place (``LONDON - The …``, ``BRUXELLES - I …``) or a
kicker (``NEW - 150 killed …``, ``UPDATE - …``, ``EXCLUSIF - …``). A house's tag is no word:
a word any of the briefing's word lists knows (a kicker, a place's common name), a GeoNames
city or country is never read as one. Only a paragraph of a lead's length in the first lines
is read (the first that opens so), and a name the text says again is no tag of the house
that wrote it, as for a known wire (:func:`.credit_place.named_again`).
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city, is_country
from briefing.corpus.credit_place import named_again

__all__ = ["house_dash_lead"]

#: One word in capitals, a dash (a space before it or not) and a capital opening the lead.
_TAG = re.compile(r"\s*(?P<name>[A-Z][A-Z0-9]{1,19})\s?[-–—]\s+(?=[A-ZÀ-ÖØ-Þ\"“«„])")
#: The lead: a paragraph this long at least, in the first lines of the page.
_LEAD = 100
_TOP = 6
#: Words of the lead after the tag: a sentence, not a caption's few words.
_LEAD_WORDS = 8
#: Languages whose word lists are asked whether the tag is a word.
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "tr", "ru", "uk")


def house_dash_lead(paragraphs: list[str]) -> str | None:
    """The house a capital tag and a dash opening the story's lead names (module doc)."""
    tagged = ((t, _TAG.match(t)) for t in paragraphs[:_TOP] if len(t) >= _LEAD)
    lead, match = next(((t, m) for t, m in tagged if m is not None), ("", None))
    if match is None:
        return None
    name = match.group("name")
    if len(lead[match.end() :].split(None, _LEAD_WORDS)) <= _LEAD_WORDS:
        return None
    if _a_word(name) or named_again(name, name, paragraphs):
        return None
    return name


def _a_word(name: str) -> bool:
    """Whether ``name`` is a word of a language, a city or a country, not a house's tag."""
    from briefing.corpus.wordlists import known  # deferred: only for a lead of this shape

    word = name.lower()
    if any(known(word, language, "small") for language in _LANGUAGES):
        return True
    return is_city(name.title()) or is_country(name.title())

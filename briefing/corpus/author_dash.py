"""An outlet's opener: its name, a dash, the writer's name, a dash, the lead.

Sites that sign their own stories put both names before the first sentence, each closed by a
spaced dash: ``مثال نيوز - سامي حداد - أعلنت الوزارة …``, ``Example Post – Jane Roe – The
ministry said …`` (made-up names). The first name is the house, the second its writer. Lines of
the same shape that name no outlet, and what keeps them out:

- ``<city> - <outlet> - …`` or ``<city> - <writer> - …``: a place first is a dateline
  (:mod:`briefing.corpus.arabic_dateline`), so the first part must be no city or country;
- ``<writer> - <outlet> - …``: in a script with capitals the second part must open with a given
  name and the first must not (two people, or a person first, name no house);
- ``عاجل - … -`` ("urgent"), ``Exclusive – … –``: a one-word first part must be no common word
  of a main language (a kicker is one; an outlet's one-word name seldom is);
- in a script without capitals (Arabic) the writer's part must not open with the article
  ``ال`` (a place or a body: ``الرياض``, ``الوزارة``; a person's given name has none);
- a name the story says again is its subject, not its signature: neither part may recur.

The paragraph must be one of the first three, open the story (no prose above it) and go on
with a sentence of eight words or more after the second dash.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city, is_country, named_again
from briefing.corpus.headline_shape import is_prose

__all__ = ["outlet_author_lead"]

_WORD = r"[^\W\d_][\w'’.&]*"
_SHAPE = re.compile(
    rf"\s*(?P<outlet>{_WORD}(?: {_WORD}){{0,2}}) [–—-] (?P<writer>{_WORD}(?: {_WORD}){{1,2}})"
    r" [–—-] (?=\S)"
)
_SPACED_DASH = re.compile(r" [–—-] ")
_MIN_LEAD_WORDS = 8
_TOP = 3
#: A one-word first part at least this common in a main language is a kicker, not a name.
_COMMON_ZIPF = 4.0
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "ru", "tr", "ar")


def outlet_author_lead(paragraphs: list[str]) -> str | None:
    """The outlet of an ``<outlet> - <writer> - <lead>`` opener (module docstring), or None."""
    for index, text in enumerate(paragraphs[:_TOP]):
        match = _SHAPE.match(text) if _SPACED_DASH.search(text, 0, 120) else None
        if match is None:
            if is_prose(text):
                return None
            continue
        if len(text[match.end() :].split(None, _MIN_LEAD_WORDS)) <= _MIN_LEAD_WORDS:
            continue
        outlet, writer = match.group("outlet"), match.group("writer")
        if _signs(outlet, writer) and not any(
            named_again(name, paragraphs, index, match.end()) for name in (outlet, writer)
        ):
            return outlet
        return None
    return None


def _signs(outlet: str, writer: str) -> bool:
    """Whether ``outlet`` and ``writer`` read as a house and its writer."""
    if is_city(outlet) or is_country(outlet):
        return False
    if " " not in outlet and _common(outlet):
        return False  # "عاجل", "Exclusive": a kicker
    first = writer.split()[0]
    if first[0].isupper() or first[0].islower():
        from briefing.given_name_table import given_name  # only for a line of this shape

        words = writer.split()
        if not all(w[0].isupper() for w in words) or not given_name(first):
            return False
        return not given_name(outlet.split()[0])
    return not first.startswith("ال")


def _common(word: str) -> bool:
    from briefing.corpus.wordlists import at_least  # deferred: only for a line of this shape

    key = word.casefold()
    return any(at_least(key, lang, "best", _COMMON_ZIPF) for lang in _LANGUAGES)

"""A wire dateline glued to the end of the headline: ``Flood waters recede Exampleton, 17 dic.
(examplenews) - The river …``.

Video and portal pages often lose the line break between the headline and the lead, so the
agency's dateline (:mod:`briefing.corpus.datelines`) no longer opens a paragraph. Inside a
paragraph the same shape is still unmistakable when all of it is there:

- a capitalised place and a comma, a date with its day (``17 dic.``, ``March 3``), then the
  agency in brackets and a dash, within the paragraph's first 400 characters;
- the agency is one to four words starting with a capital (``Example News``), or one
  lower-case word that is no everyday word of any main language (``examplenews``, how some
  agencies write themselves); ``(photo)``, ``(Photo: Jane Roe/Example)``, ``(video)``,
  ``(live)``, a handle (``(@janeroe)``) and prose in brackets (``(local time)``,
  ``(sabato)``) are none.

A cited agency is never in this shape: "… Exampleton, said Reuters", "according to AFP on 17
March" put no bracketed name and dash right after a date.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.corpus.stated import read_date

__all__ = ["glued_dateline_agency", "glued_dateline_start"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_BRACKET_DASH = re.compile(r"\((?P<agency>[^()\d]{2,40})\)\s*(?:—|–|-{1,2})\s")
_WORD_START = re.compile(r"(?<![\w.])\w")
#: The place and its comma right before the date: "… Exampleton, ".
_PLACE_BEFORE = re.compile(rf"(?:^|\s)[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}},\s*$")
_NOT_AGENCY = frozenset(
    {"photo", "photos", "video", "live", "update", "updated", "foto", "audio", "breaking"}
)
#: A lower-case agency name is no everyday word: below Zipf 3 (once in a million words) in
#: every language asked; an agency quoted daily may reach 2.4 ("askanews" in Italian).
_RARE_ZIPF = 3.0
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr")


def glued_dateline_agency(text: str) -> str | None:
    """The agency of a dateline glued inside the first 400 characters of ``text``, or None."""
    found = _glued(text)
    return found[0] if found else None


def glued_dateline_start(text: str) -> int | None:
    """Where the place of a dateline glued inside ``text`` starts, so where the headline before
    it ends, or None. The capitalised words before the comma may end the headline too
    ("… ciclone Chido Mayotte, 17 dic."), so the place is the longest run of them that names a
    city GeoNames knows or a country ("Mayotte", "New York"); when none does, None."""
    found = _glued(text)
    if found is None:
        return None
    _, start, end = found
    for word in re.finditer(r"\S+", text[start:end]):
        if _known_place(text[start + word.start() : end]):
            return start + word.start()
    return None


def _known_place(name: str) -> bool:
    import pycountry  # deferred: only for a headline glued to a dateline

    from briefing.corpus.colon_dateline import is_city

    if is_city(name):
        return True
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _glued(text: str) -> tuple[str, int, int] | None:
    """(agency, where its dateline's place starts, where it ends) of the first glued dateline,
    or None."""
    for bracket in _BRACKET_DASH.finditer(text, 1, 400):
        agency = bracket.group("agency").strip()
        if not _agency_like(agency):
            continue
        for word in _WORD_START.finditer(text, max(0, bracket.start() - 25), bracket.start()):
            date = read_date(text, word.start())
            if date is None or date.day is None:
                continue
            place = _PLACE_BEFORE.search(text[: word.start()])
            if text[date.end : bracket.start()].strip(" .") or place is None:
                continue
            start = place.start() + text[place.start()].isspace()
            return agency, start, text.rindex(",", start, word.start())
    return None


def _agency_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 4 or ":" in name or words[0].casefold() in _NOT_AGENCY:
        return False  # "(Photo: Jane Roe/Example)": a picture's credit, not the wire
    if name[0].isupper():
        return True
    return len(words) == 1 and len(name) >= 4 and name.isalpha() and not _everyday(name)


@cache
def _everyday(word: str) -> bool:
    # wordfreq's Zipf frequency from the compact lists (``wordlists.py``): wordfreq's own
    # dicts of eleven languages held ~500 MB in every reading process of the 10,005-article
    # benchmark, where lower-case brackets of this shape are common.
    from briefing.corpus.wordlists import at_least  # deferred: only for a bracket of this shape

    return any(at_least(word, lang, "best", _RARE_ZIPF) for lang in _LANGUAGES)

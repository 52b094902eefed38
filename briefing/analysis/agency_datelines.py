"""A wire dateline run into a headline: "… Mayotte, 17 dic. (askanews) - Uno scenario …".

Pages that paste an agency's copy often set the headline, the dateline and the lead on one
line, so the sentence splitter hands over "<headline> <Place>, <date> (<agency>) - <lead>"
as one sentence. The date is when and where the report was filed, not an event of the story
(:mod:`.date_sentences` sets a dateline that opens a sentence apart; this finds one after a
headline). The shape is the wire's in every language: capitalised place words and a comma
right before the date, then the agency's name alone in round brackets, then a dash and the
lead. The bracket is what tells it from prose, so it is required: "He landed in Paris, 3 May
– a Tuesday" (no agency) and "… in Paris, 3 May (a Tuesday) – …" (a date in the bracket) or
"… (in French) – …" (words of prose) stay statements. The place need not be a city a
gazetteer knows (wire copy files from islands, regions and camps), since the agency in
brackets and the dash already say "dateline".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.dates import DatePhrase, find_dates

#: A word and a comma right before the date: the place's last word.
_COMMA = re.compile(r"(?<![^\s])[^\W\d_][\w'’.\-]*,\s*$")
#: Words a place may have before the comma ("Velmora", "Santa Cruz de Velmora" is cut to its
#: last capitalised words, which is enough to tell where the headline ends).
_PLACE_WORDS = 3
#: After the date: the agency in round brackets (no figures), then a dash and a space.
_AGENCY = re.compile(r"\s*\((?P<agency>[^()\d]{1,40})\)\s*[–—-]\s")
#: Words an agency's name may have ("AFP", "askanews", "Europa Press", "Agence France-Presse").
_AGENCY_WORDS = 3


def agency_dateline(
    sentence: str, phrases: Sequence[DatePhrase], language: str
) -> tuple[int, DatePhrase, int] | None:
    """Where a dateline with an agency in brackets sits in ``sentence``: the start of its
    place, its date phrase, and the end of its dash (the lead starts after the spaces that
    follow); None when the sentence has none (module docstring)."""
    for phrase in phrases:
        if phrase.kind != "absolute":
            continue
        tail = _AGENCY.match(sentence, phrase.end)
        if tail is None or not sentence[tail.end() :].strip():
            continue
        place = _place_start(sentence[: phrase.start])
        if place is not None and _is_agency(tail["agency"], language):
            return place, phrase, tail.end() - 1
    return None


def _place_start(head: str) -> int | None:
    """Where the place before the date's comma starts: the last one to three capitalised
    words of ``head``, which must end on a capitalised word and a comma."""
    comma = _COMMA.search(head)
    if comma is None or not comma.group()[0].isupper():
        return None
    start = comma.start()
    for _ in range(_PLACE_WORDS - 1):
        word = re.search(r"(?<![^\s])[^\W\d_][\w'’.\-]*\s+$", head[:start])
        if word is None or not word.group()[0].isupper():
            break
        start = word.start()
    return start


def _is_agency(name: str, language: str) -> bool:
    """An agency's name: one word in any case ("AFP", "askanews", "dpa"), or up to three
    capitalised words; never a date ("(a Tuesday)") nor words of prose ("(in French)")."""
    words = name.split()
    if not words or len(words) > _AGENCY_WORDS or find_dates(name, language):
        return False
    return len(words) == 1 or all(word[0].isupper() for word in words)

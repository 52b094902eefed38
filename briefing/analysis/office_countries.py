"""Whose office a title is: the country a minister's title belongs to, read beside it.

Split from :mod:`.role_holders` for size: the office it compares is a portfolio and a
country, and this reads the country in the article's language, always as one English name:
a country's name or adjective before the title ("Bahrain's foreign minister", "der
bahrainische Außenminister"), an adjective inside it ("ministre japonais de la Défense"), or
"of" and a name after it (a Russian or Ukrainian genitive too), a name one letter away
("Bahrein") when it is long enough to be no other word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from briefing.analysis.nationality_words import _written_names, adjective_country, country_names
from briefing.analysis.stems import stem_word
from briefing.topics.demonym_words import place_of_form

#: "of" between a title and the country after it ("ministre … du Bahreïn").
_OF = re.compile(
    r"\s+(?:of the|of|du|de la|de l['’]|de|des|d['’]|del|von|der|des|da|do|dos|di|della)\s*"
)
#: A country spelled one letter away from a listed name must be at least this long.
_NEAR_LENGTH = 6


def _country_before(before: str, language: str) -> str | None:
    """The country whose name or adjective ends ``before`` ("Bahrain", "Bahrain's", "der
    bahrainische"), at most two words back."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", before[-60:])[-3:]
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        found = _country(" ".join(words[-size:]), language)
        if found is not None:
            return found
    return None


def _country_inside(title: str, language: str) -> str | None:
    """A nationality's adjective inside the title ("ministre japonais de la Défense")."""
    for word in title.split()[1:-1]:
        countries = adjective_country(word, language)
        if len(countries) == 1:
            return next(iter(countries))
    return None


def _country_after(rest: str, language: str) -> tuple[str, str] | None:
    """(country, the text after it) when the title goes on "of Country" (or a Russian or
    Ukrainian genitive), else None."""
    of = _OF.match(rest)
    start = of.end() if of else len(rest) - len(rest.lstrip())  # the name, not its space
    if of is None and language not in ("ru", "uk"):
        return None
    words = list(re.finditer(r"[^\W\d_][\w'’\-]*", rest[start : start + 80]))
    for size in (4, 3, 2, 1):
        if len(words) < size or not words[0].group(0)[0].isupper():
            continue
        end = start + words[size - 1].end()
        if re.search(r"[,.;:()]", rest[start : start + words[size - 1].start()]):
            continue
        found = _country(rest[start:end], language)
        if found is not None:
            return found, rest[end:]
    return None


def _country(phrase: str, language: str) -> str | None:
    """The English name of the country ``phrase`` names in ``language``, or None."""
    phrase = re.sub(r"['’]s?$", "", phrase)  # "Bahrain's"
    names = _names(language)
    if phrase in names:
        return names[phrase]
    if " " in phrase:
        return None
    if phrase[:1].isupper():
        folded = _fold(phrase)
        if folded in _folded(language):
            return _folded(language)[folded]
        stem = stem_word(phrase.casefold(), language)
        if stem in _stems(language):
            return _stems(language)[stem]  # "Бахрейна", "Bahrains"
        if language == "en" and len(adjective_country(phrase, language)) == 1:
            return next(iter(adjective_country(phrase, language)))  # "Norwegian"
        if language == "en" and phrase.isalpha():
            # an adjective the gazetteer does not list, derived from a country's name as
            # other languages' are ("Haitian": Haiti and "-an")
            derived = place_of_form(phrase, _written_names("en"))
            if derived is not None:
                return derived
        if len(folded) >= _NEAR_LENGTH:
            near = {c for n, c in _folded(language).items() if _one_apart(folded, n)}
            if len(near) == 1:
                return near.pop()  # "Bahrein"
        return None
    word = re.sub(r"(?<=isch)(?:e|er|en|es|em)$", "", phrase) if language == "de" else phrase
    countries = adjective_country(word, language) or adjective_country(phrase, language)
    if not countries and language == "de" and word.endswith("isch"):
        # "haitianisch": the name and "-anisch", an ending longer than the derived forms
        # allow; without "-isch" it is the name and "-an", as "kenianisch", "kubanisch" are
        countries = adjective_country(word[: -len("isch")], language)
    return next(iter(countries)) if len(countries) == 1 else None


@cache
def _names(language: str) -> dict[str, str]:
    return {**country_names("en"), **country_names(language)}


@cache
def _folded(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, country in _names(language).items():
        if " " not in name:
            found.setdefault(_fold(name), country)
    return found


@cache
def _stems(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, country in _names(language).items():
        if " " not in name:
            found.setdefault(stem_word(name.casefold(), language), country)
    return found


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _one_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))

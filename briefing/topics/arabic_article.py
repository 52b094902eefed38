"""A town of an Arabic-speaking country written with the Arabic article joined by a hyphen.

Latin-script texts write the article of an Arabic place name as they please: "Al-Marj",
"El-Marj", "al-Marj", "Al Marj", or no article at all ("Baida" for Al Bayḑā’, Libya), and
assimilated before some letters ("Az-Zawiya", "Ash-Shatti"). GeoNames holds one or two of
those forms per town, mostly the spaced one ("Al Marj", "El Marj"), so "Al-Marj" and
"Al-Baida" are no place to the gazetteer, and a German article's "Al-Baida" is then read as
a capitalised common noun (German capitalises nouns) and never becomes a candidate.

:func:`article_place` reads such a surface by the gazetteer's own lookup: the article with
a space instead of the hyphen ("Al Marj"), the other vowel of the article ("El Marj"), then
the name without it ("Baida"); the name also as English writes the consonants German spells
"dsch", "sch" ("Al-Mardsch" is "Al Marj"). Only a surface written with the article and a
hyphen is read so: a bare word ("Marj") is never made a place here. What is found must be
a town GeoNames puts in a country whose main language is Arabic (the article says the name
is Arabic: "El Paso" is no match for "El-Paso"), and the name without the article must be
no given name ("Al-Hassan" is a family, not a town called Hassan).

:func:`in_dashed_place` keeps such a name whole in a noun-capitalising language, whose rules
would read its halves, each a capitalised word alone, as common nouns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from briefing.topics.tokens import DASHES, Token

#: The article and its assimilated forms, joined to the name by a hyphen or an apostrophe
#: (typographic or not), the name capitalised: "Al-Marj", "el-Beida", "Ash-Shatti".
_ARTICLE = re.compile(r"^([AaEe])(l|sch|sh|th|dh|[dnrstz])[-‐‑'’]([A-Z][^\W\d_]{2,})$")


def article_forms(surface: str) -> tuple[str, ...]:
    """Other writings of ``surface`` that a gazetteer may hold, when it is an Arabic place
    name written with its article and a hyphen; () otherwise. "al-Marj" gives "Al Marj",
    "El Marj", "Marj"; "Al-Mardsch", as German writes it, also "Al Marj"."""
    match = _ARTICLE.match(surface)
    if match is None:
        return ()
    vowel, consonants, name = match.groups()
    other = "E" if vowel.upper() == "A" else "A"
    respelt = _respelt(name)
    names = (name, respelt) if respelt != name else (name,)
    spaced = [f"{a}{consonants} {n}" for n in names for a in (vowel.upper(), other)]
    return (*spaced, *names)


#: German's writing of Arabic consonants (Duden's: "dsch" for j, "sch" for sh, "tsch" for
#: ch) to the English one GeoNames mostly keeps: "Mardsch" is "Marj".
_GERMAN = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("Dsch", "J"), ("Sch", "Sh"))


def _respelt(name: str) -> str:
    """``name`` with German's letters for Arabic consonants written as English writes them."""
    for german, english in _GERMAN:
        name = name.replace(german, english)
    return name


@functools.cache
def arabic_towns() -> frozenset[str]:
    """GeoNames' names of the towns (15,000 people or more) of the countries whose main
    language is Arabic."""
    from briefing import geodata
    from briefing.topics.subdivisions import own_countries

    codes = frozenset(own_countries(frozenset({"ar"})))
    return frozenset(city.name for city in geodata.cities() if city.countrycode in codes)


def article_place(surface: str, lookup: Callable[[str], str | None]) -> str | None:
    """The Arabic-speaking country's town that ``surface`` names with its article joined by
    a hyphen ("Al-Baida": Al Bayḑā’), found by ``lookup`` (a gazetteer's) under another
    writing of the article (:func:`article_forms`), or None."""
    forms = article_forms(surface)
    if not forms:
        return None
    from briefing.given_name_table import given_name

    towns = arabic_towns()
    for form in forms:
        if " " not in form and given_name(form):
            return None
        found = lookup(form)
        if found is not None and found in towns:
            return found
    return None


def in_dashed_place(tokens: Sequence[Token], i: int, lookup: Callable[[str], str | None]) -> bool:
    """Whether token ``i`` is one side of an Arabic article and a name a hyphen joins, with
    no space, into a place ``lookup`` knows ("Al-Mardsch", "Al-Marj"): then it is a part of
    that name, not a word of its own, though a noun-capitalising language's rules would read
    a capitalised word alone between lower-case ones as a common noun. Other hyphenated
    places ("Neu-Delhi") keep the rules they had: a dispatch's dateline is often one."""
    for left in (i - 2, i):
        if left < 0 or left + 2 >= len(tokens):
            continue
        first, dash, second = tokens[left], tokens[left + 1], tokens[left + 2]
        if dash.text not in DASHES or dash.start != first.end or second.start != dash.end:
            continue
        joined = first.text + dash.text + second.text
        if _ARTICLE.match(joined) and lookup(joined) is not None:
            return True
    return False

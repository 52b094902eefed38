"""A country's other name inside its official name, in the briefing's languages: the name
English writes as "Great Britain" is "Grande-Bretagne", "Gran Bretaña", "Großbritannien".

CLDR and pycountry give each country's name in many languages ("Royaume-Uni"), but a country
often called by a second name of several words has that name in no table: English knows
"Great Britain" from :data:`~.gazetteer.SHORT_FORMS`, the other languages nothing. Read
without it, a French "en Grande-Bretagne" loses its first word (an Italian function word,
"grande", trimmed as an edge) and its last word is another place ("Bretagne", Brittany).

The translated ISO 3166 official names hold that second name: "United Kingdom of Great
Britain and Northern Ireland" is "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
"Vereinigtes Königreich Großbritannien und Nordirland". So for a country whose English
official name is "<name> of <part> [and …]", where <part> is a name of several words that
the English tables already give that same country, each language's official name is read
the same way: its translated <name> first, then lower-case link words ("de", "di", "da"),
then the capitalised words up to the next lower-case word. That run is the country too,
with a space wherever it writes a hyphen (texts drop it: "Grande Bretagne").

Only names the English tables already hold are translated, and only of several words: a
single word after "of" ("United States of America") names more than the country in other
languages ("Amérique").
"""

from __future__ import annotations

import functools
import gettext

import pycountry

__all__ = ["official_part_names"]


@functools.cache
def official_part_names(languages: frozenset[str]) -> dict[str, str]:
    """Each written form, in ``languages``, of a country's several-word second name read
    from its official name (see the module's docstring) → the English tables' country."""
    from briefing.topics.gazetteer import SHORT_FORMS, gazetteer

    places = gazetteer().places
    wanted: list[tuple[str, str, str]] = []  # (English name, official name, country)
    for country in pycountry.countries:
        official = getattr(country, "official_name", None)
        if not official:
            continue
        _head, of, rest = official.partition(" of ")
        part = rest.split(" and ")[0]
        own = places.get(country.name, country.name)
        if of and " " in part and SHORT_FORMS.get(part) == own:
            wanted.append((country.name, official, own))
    found: dict[str, str] = {}
    for language in sorted(languages):
        try:
            catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for name, official, own in wanted:
            local = _part(catalog.gettext(name), catalog.gettext(official))
            if local is not None and local != official:
                for form in dict.fromkeys((local, local.replace("-", " "))):
                    found.setdefault(form, own)
    return found


def _part(name: str, official: str) -> str | None:
    """The capitalised run after ``name`` and its lower-case link words in ``official``."""
    if not official.startswith(name + " "):
        return None
    words = official[len(name) :].split()
    while words and words[0][:1].islower():
        words = words[1:]
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return " ".join(run) if len(run) >= 1 and "'" not in run[0] else None

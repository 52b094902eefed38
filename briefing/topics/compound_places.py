"""A hyphenated adjective before a place names the place: "het Noord-Italiaanse Ligurië".

A direction or a region written as one hyphenated adjective ("Noord-Italiaanse", "Franco-
German", "North-Western") qualifies the place after it, but the run of capitals reads the two
words as one name, which then looks like a person's ("Noord-Italiaanse Ligurië") and the place
loses that article. The place alone is what the words name when the compound is no place or
demonym the gazetteer knows, ends like an adjective of place (:data:`ADJECTIVE_ENDINGS`), and
the place is not also a given name ("Florence"): a company's hyphenated name before a
country ("Mercedes-Benz India") ends like no adjective and stays one name.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.given_name_table import given_name

#: Endings of adjectives of place and direction in the languages read here ("German",
#: "Western", "Italiaanse", "italienne", "Italiano", "française", "Slovenská", "nordische").
ADJECTIVE_ENDINGS = (
    *("an", "ano", "ana", "ani", "ane", "anos", "ese", "esa", "esi", "esas", "ish", "ic"),
    *("ico", "ica", "ique", "isch", "ische", "ischen", "isk", "ska", "ský", "ski", "sky"),
    *("aans", "aanse", "ien", "ienne", "ais", "aise", "aine", "ern", "erne", "ernes"),
)


def compound_place(
    compound: str,
    place_word: str,
    place: Callable[[str], str | None],
    standalone: Callable[[str], bool],
) -> str | None:
    """The place ``place_word`` names when a hyphenated adjective ``compound`` qualifies it
    (see the module's docstring), else None. ``place``: the gazetteer's lookup;
    ``standalone``: whether a text is a known place or demonym."""
    if "-" not in compound or standalone(compound):
        return None
    if not compound.casefold().rsplit("-", 1)[-1].endswith(ADJECTIVE_ENDINGS):
        return None
    found = place(place_word)
    if found is None or given_name(place_word):
        return None
    return found

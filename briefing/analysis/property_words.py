"""The words that say which property of a thing a measure gives: its width, length, height or
weight, in each language the property measures are read in (:mod:`.property_measures`).

No maintained package lists dimension words by language (CLDR names units, not what they
measure; WordNet's other languages have no adjectives of size), and the class is closed and
small: each language has one noun and one adjective per dimension, with their forms.

Each language has two sets, by where the word stands: **before** the number ("large de 59
mètres", "larga 50 metri", "шириной 59 метров", "a width of 59 m", "Breite von 59 m") and
**after** its unit ("59 Meter breit", "59 metres wide", "45 metros de altura", "45 meter
hoogte"). An English, German or Dutch adjective of size is read only after the unit: before
a number it belongs to something else ("long 59 m"? "the high 45 m" are not how they write).
Arabic words take clitics ("وزنها", "بعرض", "وعرضها"): :data:`ARABIC` reads the stem.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.text import word_set

WIDTH, LENGTH, HEIGHT, WEIGHT = "width", "length", "height", "weight"

#: Which dimension's base unit each property is measured in (:data:`.measures.BASE`).
DIMENSION = {
    WIDTH: "length-meter",
    LENGTH: "length-meter",
    HEIGHT: "length-meter",
    WEIGHT: "mass-kilogram",
}


def _table(**by_property: str) -> dict[str, str]:
    return {w: prop for prop, words in by_property.items() for w in word_set(words)}


_EN_NOUNS = _table(
    width="width breadth beam", length="length", height="height",
    weight="weight weighs weighing weighed weigh",
)  # fmt: skip
_DE_NOUNS = _table(
    width="breite", length="länge", height="höhe", weight="gewicht wiegt wog wiegen",
)  # fmt: skip
_NL_NOUNS = _table(width="breedte", length="lengte", height="hoogte", weight="gewicht weegt")
_ROMANCE = {
    "fr": _table(
        width="large larges largeur", length="long longue longs longueur",
        height="haut haute hauts hauteur", weight="poids pèse pesant pesait",
    ),
    "es": _table(
        width="ancho ancha anchura manga", length="largo larga longitud eslora",
        height="alto alta altura", weight="peso pesa pesaba",
    ),
    "it": _table(
        width="largo larga larghi larghe larghezza", length="lungo lunga lunghi lunghe lunghezza",
        height="alto alta alti alte altezza", weight="peso pesa pesava",
    ),
    "pt": _table(
        width="largura", length="comprimento extensão", height="altura",
        weight="peso pesa pesava",
    ),
}  # fmt: skip
_SLAVIC = {
    "ru": _table(
        width="ширина ширины ширину шириной ширине", length="длина длины длину длиной длине",
        height="высота высоты высоту высотой высоте",
        weight="вес веса весом весит весят весящий весящая весящее весящего",
    ),
    "uk": _table(
        width="ширина ширини ширину шириною завширшки", length="довжина довжини довжину "
        "довжиною завдовжки", height="висота висоти висоту висотою заввишки",
        weight="вага ваги вагу вагою важить",
    ),
}  # fmt: skip

#: Words read before the number, per language.
BEFORE: dict[str, dict[str, str]] = {
    "en": _EN_NOUNS,
    "de": _DE_NOUNS,
    "nl": _NL_NOUNS,
    **_ROMANCE,
    **_SLAVIC,
}
#: Words read right after the unit (or after "de", "di", "of", "в": :data:`AFTER_LINKS`).
AFTER: dict[str, dict[str, str]] = {
    "en": {**_EN_NOUNS, **_table(width="wide", length="long", height="high tall")},
    "de": {
        **_DE_NOUNS,
        **_table(
            width="breit breite breiten breiter breites",
            length="lang lange langen langer langes",
            height="hoch hohe hohen hoher hohes",
            weight="schwer schwere schweren schwerer",
        ),
    },
    "nl": {**_NL_NOUNS, **_table(width="breed brede", length="lang lange", height="hoog hoge")},
    **_ROMANCE,
    **_SLAVIC,
}
#: The one word that may stand between a unit and the property word after it ("45 metros *de*
#: altura", "50 metri *di* larghezza", "59 metres *in* width"); any other word ends the look.
AFTER_LINKS = word_set("de di of in d' d’ в")
#: Words that make a property word another phrase: "au large de" (off the coast of), "al
#: largo di", "a lo largo de" (along).
NOT_AFTER = word_set("au al du lo")

#: An Arabic word of a dimension, its clitics around it: "وزنها", "بعرض", "وعرضها", "يزن".
ARABIC = re.compile(
    r"^(?P<and>[وف])?(?:[بل])?(?:ال)?(?P<stem>وزن|عرض|طول|ارتفاع)(?:ها|ه|هما|هم|ا|اً)?$"
    r"|^(?P<and2>[وف])?[يت]زن$"
)
_ARABIC = {"وزن": WEIGHT, "عرض": WIDTH, "طول": LENGTH, "ارتفاع": HEIGHT}


def property_of(word: str, language: str, after: bool) -> str | None:
    """The property ``word`` names in ``language`` (``after``: standing after the unit)."""
    folded = word.casefold()
    if language == "ar":
        found = ARABIC.match(word)
        if found is None or (after and (found.group("and") or found.group("and2"))):
            return None  # after the unit, "وعرض" (and width) begins the next measure
        return _ARABIC.get(found.group("stem") or "وزن")
    return (AFTER if after else BEFORE).get(language, {}).get(folded)


@cache
def property_words(language: str) -> frozenset[str]:
    """Every property word of ``language``, before or after (a sentence without one is
    not read)."""
    return frozenset(BEFORE.get(language, {})) | frozenset(AFTER.get(language, {}))

"""A country's formal name that ISO 3166 files inverted, put back in the order prose writes it.

pycountry (ISO 3166-1 and its translations) lists some countries only with the form of state
after a comma, the way an index sorts them: "Korea, Republic of", "Iran, Islamic Republic
of", "Corée, République de", "Micronésie, États fédérés de". Prose writes them the other way
round: "the Republic of Korea", "la République de Corée". The gazetteers skipped every name
with a comma, so "Republic of Korea" was no place, and a run of capitals with "of" in it
became a body. The form after the comma is put first only when it ends with the word that
joins it to the country's name ("of", "de", "d'", "von", ...): "Virgin Islands, British",
"Taiwan, Province of China" and "Bonaire, Sint Eustatius and Saba" are not such names and are
left out as before.
"""

from __future__ import annotations

import re

#: The state's form after the comma, ending with its joining word (English, French, Spanish,
#: Portuguese, Italian, German, Dutch): "Republic of", "République islamique d'",
#: "República Democrática del", "Föderierte Staaten von".
_INVERTED = re.compile(
    r"(?P<country>[^,]+),\s+"
    r"(?P<form>[^,]*?(?:\b(?:of(?: the)?|de|du|del|da|do|di|von|van)|\bd['’]))",
    re.IGNORECASE,
)


def uninverted(name: str) -> str | None:
    """The name in prose order ("Korea, Republic of" → "Republic of Korea"; "Iran,
    République islamique d'" → "République islamique d'Iran"; "Congo, The Democratic
    Republic of the" → "Democratic Republic of the Congo"), or None when ``name`` is no such
    inverted name."""
    found = _INVERTED.fullmatch(name.strip())
    if found is None:
        return None
    form, country = found.group("form").strip(), found.group("country").strip()
    if form[-1] in "'’":
        return form + country  # "République islamique d'" + "Iran"
    if form.casefold().startswith("the "):
        form = form[4:]
    return f"{form} {country}"

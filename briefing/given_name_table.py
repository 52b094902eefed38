"""Given names and where each is used: gender-guesser's name dictionary, read directly.

Shared by the topics (is a capitalised phrase a person?) and the readers (does a "Source:"
credit list people rather than an outlet?). It imports nothing of ``briefing``, so a change to
a topic rule never counts as a change to the readers, whose cache would then be rebuilt.
The package's data file is read without its detector, which is slower to load than the
whole lookup needs.
"""

from __future__ import annotations

import functools
from importlib import resources

#: gender-guesser's country columns, in its file's order.
_COUNTRIES = tuple(
    [
        "great_britain",
        "ireland",
        "usa",
        "italy",
        "malta",
        "portugal",
        "spain",
        "france",
        "belgium",
        "luxembourg",
        "the_netherlands",
        "east_frisia",
        "germany",
        "austria",
        "swiss",
        "iceland",
        "denmark",
        "norway",
        "sweden",
        "finland",
        "estonia",
        "latvia",
        "lithuania",
        "poland",
        "czech_republic",
        "slovakia",
        "hungary",
        "romania",
        "bulgaria",
        "bosniaand",
        "croatia",
        "kosovo",
        "macedonia",
        "montenegro",
        "serbia",
        "slovenia",
        "albania",
        "greece",
        "russia",
        "belarus",
        "moldova",
        "ukraine",
        "armenia",
        "azerbaijan",
        "georgia",
        "the_stans",
        "turkey",
        "arabia",
        "israel",
        "china",
        "india",
        "japan",
        "korea",
        "vietnam",
        "other_countries",
    ]
)

#: Where a language is spoken, in gender-guesser's country columns.
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("great_britain", "ireland", "usa"),
    "de": ("germany", "austria", "swiss"),
    "fr": ("france", "belgium", "swiss", "luxembourg"),
    "it": ("italy", "swiss", "malta"),
    "es": ("spain",),
    "pt": ("portugal",),
    "nl": ("the_netherlands", "belgium"),
    "pl": ("poland",),
    "tr": ("turkey",),
    "ru": ("russia", "belarus"),
    "uk": ("ukraine",),
}

#: The columns start here in each line of the data file.
_FIRST_COLUMN = 30


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    """Given name (case-folded) → its rows of country columns (a character per country,
    blank where the name is not used; one row per gender the file lists)."""
    table: dict[str, list[str]] = {}
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=":
                continue
            parts = line.split(None, 2)
            if len(parts) < 2:
                continue
            row = line[_FIRST_COLUMN : _FIRST_COLUMN + len(_COUNTRIES)]
            name = parts[1].casefold()
            if "+" in name:  # "Jean+Pierre": "Jean-Pierre", "Jean Pierre" or "JeanPierre"
                for form in {name.replace("+", glue) for glue in ("", " ", "-")}:
                    table.setdefault(form, []).append(row)
            else:
                table.setdefault(name, []).append(row)
    return table


_COLUMNS = {country: i for i, country in enumerate(_COUNTRIES)}


def given_name(word: str, language: str | None = None) -> bool:
    """Whether ``word`` is a given name (used in ``language``'s countries, when given).

    A hyphenated given name counts by its first part ("Frank-Walter"); a word in Greek
    letters by its romanisation, when Greeks use that name (the lists are in Latin
    letters); a language with no listed countries
    accepts a given name of any country.
    """
    rows = _table().get(word.casefold())
    if rows is None and _greek(word):
        # Only a name Greeks use: "Οδό" (a road) romanises to someone's "Odo".
        greek = _COLUMNS["greece"]
        rows = [
            r for r in _table().get(_greek_nominative(word), ()) if r[greek : greek + 1].strip()
        ]
    if rows is None and "-" in word:
        rows = _table().get(word.split("-", 1)[0].casefold())
    if not rows or not any(row.strip() for row in rows):
        return False
    wanted = LANGUAGE_COUNTRIES.get(language or "")
    if not wanted:
        return True
    columns = [_COLUMNS[country] for country in wanted]
    return any(i < len(row) and row[i] != " " for row in rows for i in columns)


def _greek(word: str) -> bool:
    return any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in word)


def _greek_nominative(word: str) -> str:
    """A Greek given name in Latin letters as the lists write it (modern romanisation, by
    anyascii: "Κυριάκος" → "kyriakos"), a genitive or vocative "-ου"/"-ε" of a name in
    "-ος" read as that name ("Κυριάκου" → "kyriakos")."""
    from anyascii import anyascii

    lower = word.casefold()
    if lower.endswith(("ου", "ού")):
        lower = lower[:-2] + "ος"
    return anyascii(lower).casefold()

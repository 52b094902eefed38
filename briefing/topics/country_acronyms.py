"""A country written as the initials of its name in the article's language: EAU, VAE, США.

Spanish abbreviates the United Arab Emirates "EAU" (Emiratos Árabes Unidos), German "VAE"
(Vereinigte Arabische Emirate), Russian the United States "США" (Соединённые Штаты Америки).
Read as any acronym, each was a body of its own ("EAU", organisation) beside the country it
names. The letters say which country they are only in the language that spells them: an
English text's "EAU" may be a body ("European Association of Urology").

:func:`country_initials` lists, per language, the initials of the countries' names in that
language (CLDR's names via Babel, and pycountry's translated official names that add words
to them but no word of a state's form: :func:`_read_names`): the first letter of each word
that is no function word of the language ("Estados Unidos de América" → "EUA"), for names
of :data:`MIN_WORDS` words or more, written out (no "(…)" nor shortened word). An acronym
two countries' names spell in one language is nobody's, and a name the language already
writes as a place stays that place. English is not read: its usual abbreviations are the
gazetteer's own ("UAE", "USA"), and its other initials are words or bodies' names as often
("CAR").

:func:`initials_place` is asked of an acronym in capitals in an article of one language.
:func:`defined_as_country` tells a definition of such an acronym ("Vereinigten Arabischen
Emiraten (VAE)") that writes the country's name, inflected or after other words ("Asuntos
Exteriores de Emiratos Árabes Unidos (EAU)"), from one that defines another body: only the
latter keeps the acronym a body's.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Candidates, Occurrence

#: Fewest words a country's name must have to be read by its initials ("Reino Unido" → "RU"
#: is too short to tell from anything else).
MIN_WORDS = 3
#: Official names that must write a word for it to be a word of the state's form
#: ("Republik", "Cumhuriyeti", "Королевство").
STATE_FORM_NAMES = 5
#: Letters compared at the start of each word, so that an inflected form ("Vereinigten
#: Arabischen Emiraten") is the name ("Vereinigte Arabische Emirate").
STEM_LETTERS = 4

_WORD = re.compile(r"[^\W\d_]+")
_ELIDED = re.compile(r"^[dl][’']", re.IGNORECASE)


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def content_words(name: str, function: frozenset[str]) -> list[str]:
    """The words of ``name`` that are no function word ("d'Amérique" is "Amérique")."""
    words = [_WORD.findall(_ELIDED.sub("", part)) for part in re.split(r"[\s\-‐]+", name)]
    return [w for part in words for w in part if w.casefold() not in function]


@functools.cache
def country_initials(language: str) -> Mapping[str, tuple[str, tuple[str, ...]]]:
    """Acronym (in capitals) → (the GeoNames name of the country, the words of its name in
    ``language`` that spell it), for the names of :data:`MIN_WORDS` words or more."""
    if language == "en":
        return {}
    from briefing import geodata
    from briefing.topics.languages import function_words
    from briefing.topics.multilingual_gazetteer import _country_names

    function = function_words(language)
    names = _country_names(language, geodata.countries())
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    clashing: set[str] = set()
    for name, country in _read_names(language, function).items():
        words = content_words(name, function)
        if len(words) < MIN_WORDS or "(" in name or any(len(w) < 3 for w in words):
            continue  # "Виргинские о-ва (США)": a shortened name spells nothing
        letters = _fold("".join(w[0] for w in words)).upper()
        if not all(ch.isupper() for ch in letters):
            continue  # a script without capitals writes no acronym in them
        if letters in names and names[letters] != country:
            continue  # another place's own written name
        held = found.get(letters)
        if held is not None and held[0] != country:
            clashing.add(letters)
        found.setdefault(letters, (country, tuple(words)))
    return {k: v for k, v in found.items() if k not in clashing}


def _read_names(language: str, function: frozenset[str]) -> dict[str, str]:
    """The names of the countries in ``language`` whose initials are read: CLDR's name
    ("Emiratos Árabes Unidos", "Vereinigte Arabische Emirate"), and pycountry's official name
    when it is that name and more words, none of them a word of the state's form
    ("Соединённые Штаты Америки" after "Соединенные Штаты"). Official names in a state's
    form ("République islamique d'Afghanistan" → "RIA", "Almanya Federal Cumhuriyeti" →
    "AFC", "Demokratische Republik Kongo" → "DRK") spell as many bodies' acronyms as
    countries (RIA Novosti, a football confederation, a Red Cross) and are not read. A word
    of a state's form is one that :data:`STATE_FORM_NAMES` official names or more write."""
    import gettext

    import pycountry
    from babel import Locale, UnknownLocaleError

    from briefing import geodata

    countries = geodata.countries()
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    names = {
        name: str(countries[code]["name"])
        for code, name in territories.items()
        if code in countries and "," not in name
    }
    try:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return names
    official: dict[str, tuple[str, str]] = {}  # official name → (country, CLDR's name)
    for entry in pycountry.countries:
        value = getattr(entry, "official_name", None)
        short = territories.get(entry.alpha_2)
        if value and short and entry.alpha_2 in countries:
            official[catalog.gettext(value)] = (str(countries[entry.alpha_2]["name"]), short)
    writing: dict[str, set[str]] = {}
    for name, (country, _short) in official.items():
        for word in content_words(name, function):
            writing.setdefault(_fold(word), set()).add(country)
    state_words = {w for w, held in writing.items() if len(held) >= STATE_FORM_NAMES}
    for name, (country, short) in official.items():
        more = _fold(name)[len(_fold(short)) :] if _fold(name).startswith(_fold(short)) else None
        if more and not any(_fold(w) in state_words for w in content_words(more, function)):
            names.setdefault(name, country)
    return names


#: A word of one capital written twice, with or without its point ("EE", "UU.", "FF."):
#: a plural abbreviation's word, the Spanish way of writing a plural name by its initials
#: ("EE. UU.", "EE UU", "EEUU": Estados Unidos; "FF. AA.": Fuerzas Armadas).
_DOUBLED = re.compile(r"([^\W\d_])\1\.?")


def doubled_initials(text: str) -> str | None:
    """The initials a plural abbreviation doubles, in capitals ("EE. UU.", "EEUU" → "EU"),
    or None when ``text`` is not one: two such doubled capitals or more, spaced or not
    ("EE" alone, "EU", "AAA", "Ee Uu" are not)."""
    if not text.isupper():
        return None
    joined = "".join(text.split())
    pairs = [m.group(1) for m in _DOUBLED.finditer(joined)]
    if len(pairs) < 2 or "".join(m.group(0) for m in _DOUBLED.finditer(joined)) != joined:
        return None
    return _fold("".join(pairs)).upper()


@functools.cache
def plural_initials(language: str) -> Mapping[str, str]:
    """Halved initials → the GeoNames name of the country whose name in ``language`` they
    spell, for names of two words or more ("Estados Unidos" → "EU"): the doubling of a plural
    abbreviation is itself the sign of a name, so the two-word names :data:`MIN_WORDS` leaves
    out are read; letters two names spell are nobody's."""
    from briefing.topics.languages import function_words

    function = function_words(language)
    found: dict[str, str] = {}
    clashing: set[str] = set()
    for name, country in _read_names(language, function).items():
        # A capitalised word counts whatever a list of function words says ("Estados").
        words = content_words(name, function - {_fold(w) for w in name.split() if w.istitle()})
        if len(words) < 2 or "(" in name or any(len(w) < 3 for w in words):
            continue
        letters = _fold("".join(w[0] for w in words)).upper()
        if found.get(letters, country) != country:
            clashing.add(letters)
        found.setdefault(letters, country)
    return {k: v for k, v in found.items() if k not in clashing}


def initials_place(acronym: str, language: str) -> str | None:
    """The country ``acronym`` spells in ``language``, or None (see the module); a plural
    abbreviation ("EE. UU.") is read by its halved initials (:func:`doubled_initials`)."""
    halved = doubled_initials(acronym)
    if halved is not None:
        return plural_initials(language).get(halved)
    found = country_initials(language).get(_fold(acronym).upper())
    return found[0] if found else None


def defined_as_country(long_form: str, acronym: str, languages: frozenset[str]) -> bool | None:
    """Whether a text's definition "``long_form`` (``acronym``)" writes the country the
    acronym spells: True when the long form's last words begin as the name's words do (the
    first :data:`STEM_LETTERS` letters, accents aside); False when it defines something else;
    None when ``acronym`` spells no country in these languages."""
    verdict: bool | None = None
    for language in sorted(languages):
        found = country_initials(language).get(_fold(acronym).upper())
        if found is None:
            continue
        from briefing.topics.languages import function_words

        written = content_words(long_form, function_words(language))
        name = found[1]
        tail = written[-len(name) :]
        if len(tail) == len(name) and all(
            _fold(a)[:STEM_LETTERS] == _fold(b)[:STEM_LETTERS]
            for a, b in zip(tail, name, strict=True)
        ):
            return True
        verdict = False
    return verdict


def kept_initials(
    cands: Candidates, articles: Mapping[str, str], known: Callable[[str], str | None]
) -> tuple[list[tuple[str, Occurrence]], dict[str, str]]:
    """:func:`read_initials` on the first pass's places and definitions; ``articles`` maps
    an article to its language."""
    languages = frozenset(articles.values())
    return read_initials(cands.places, cands.definitions, languages, known)


def read_initials(
    places: list[tuple[str, Occurrence]],
    definitions: Sequence[tuple[str, str]],
    languages: frozenset[str],
    known: Callable[[str], str | None],
) -> tuple[list[tuple[str, Occurrence]], dict[str, str]]:
    """``places`` without the acronyms :func:`initials_place` read that the packet gives no
    other reason to believe, and the long forms its definitions write for a country (long
    form → country). An acronym read as a country stays one when the packet also names that
    country otherwise (the letters alone are a guess) and no definition of it writes another
    body ("Verband Arabischer Exporteure (VAE)"); ``known`` is the gazetteer's lookup (an
    acronym it knows, "UAE", is the gazetteer's own)."""

    def by_initials(place: str, occurrence: Occurrence) -> bool:
        surface = occurrence.surface
        return (
            surface.isupper()
            and known(surface) is None
            and any(initials_place(surface, lang) == place for lang in languages)
        )

    read = [by_initials(place, occ) for place, occ in places]
    named = {place for (place, _occ), guessed in zip(places, read, strict=True) if not guessed}
    verdicts: dict[str, set[bool]] = {}
    forms: dict[str, str] = {}
    for long_form, short in definitions:
        verdict = defined_as_country(long_form, short, languages)
        if verdict is not None:
            verdicts.setdefault(short, set()).add(verdict)
        if verdict:
            country = next(
                (c for lang in sorted(languages) if (c := initials_place(short, lang))), None
            )
            if country is not None:
                forms[long_form] = country
    kept = [
        (place, occ)
        for (place, occ), guessed in zip(places, read, strict=True)
        if not guessed or (place in named and verdicts.get(occ.surface, {True}) != {False})
    ]
    return kept, forms

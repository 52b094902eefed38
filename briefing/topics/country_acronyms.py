"""A country written as the initials of its name in the article's language: EAU, VAE, США.

Spanish abbreviates the United Arab Emirates "EAU" (Emiratos Árabes Unidos), German "VAE"
(Vereinigte Arabische Emirate), Russian the United States "США" (Соединённые Штаты Америки).
Read as any acronym, each was a body of its own ("EAU", organisation) beside the country it
names. The letters say which country they are only in the language that spells them: an
English text's "EAU" may be a body ("European Association of Urology").

:func:`country_initials` lists, per language, the initials of the countries' names in that
language (CLDR via Babel and pycountry's translated ISO 3166 names, as
:mod:`.multilingual_gazetteer` reads them): the first letter of each word that is no
function word of the language ("Estados Unidos de América" → "EUA"), for names of
:data:`MIN_WORDS` words or more. An acronym two countries' names spell in one language is
nobody's, and a name the language already writes as a place stays that place. English is not
read: its usual abbreviations are the gazetteer's own ("UAE", "USA"), and its other initials
are words or bodies' names as often ("CAR").

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
    for name, country in names.items():
        words = content_words(name, function)
        if len(words) < MIN_WORDS:
            continue
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


def initials_place(acronym: str, language: str) -> str | None:
    """The country ``acronym`` spells in ``language``, or None (see the module)."""
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

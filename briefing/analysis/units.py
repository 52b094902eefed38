"""Units of measurement as each language writes them, from CLDR (through Babel).

"17.9 km", "24.1 kilometres", "24.1 kilometers", "19,5 chilometri", "7 километров": one
unit written five ways. A figure that measures something is only comparable with another in
the same unit, so the unit has to be known whatever its spelling — otherwise "km" and
"kilometres" are two nouns and two reports of one depth are never set side by side. CLDR
gives every locale's long and short names of each unit in every plural form ("минута",
"минуты", "минут"); every regional locale of a language is read ("kilometre" is en_GB,
"kilometer" en_US), so the names are the maintained data's, not a list of ours.

Units are converted to their dimension's base unit before figures are compared
(:mod:`.measures`), and "24.1 kilometres (14.9 miles)" is still one depth: compared at the
precision each is written to, a conversion agrees with what it converts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from babel import Locale, localedata
from whoosh.lang import has_stopwords, stopwords_for_language

from briefing.analysis.stems import stem_word
from briefing.analysis.text import word_set

#: CLDR units read here: the measures and durations news prose states. Tiny, astronomical
#: and typographic units are left out: their short names ("pm", "au", "pt") are ordinary words
#: or clock times after a number far more often than units.
UNITS = (
    frozenset(
        f"length-{u}" for u in word_set("kilometer meter centimeter millimeter mile yard foot inch")
    )
    | frozenset(
        f"duration-{u}" for u in word_set("second minute hour day week month year decade century")
    )
    | word_set(
        """
    length-nautical-mile area-square-kilometer area-square-meter area-square-mile area-hectare
    area-acre volume-liter volume-cubic-meter volume-barrel volume-gallon mass-tonne mass-ton
    mass-kilogram mass-gram mass-pound mass-ounce speed-kilometer-per-hour speed-mile-per-hour
    speed-meter-per-second speed-knot temperature-celsius temperature-fahrenheit power-megawatt
    power-gigawatt power-kilowatt energy-kilowatt-hour pressure-hectopascal concentr-percent
    length-light-year
    """
    )
)
#: Units whose abbreviations are not read: their short names ("ly", French and Italian "al",
#: German "Lj", Spanish "a. l.") are a word, an initial or an abbreviation of something else
#: after a number far more often than the unit, which the press spells out. A short name
#: that is no abbreviation is read (Arabic "سنة ضوئية", Chinese "光年": :func:`_abbreviated`).
_LONG_ONLY = frozenset({"length-light-year"})
#: Units that measure one thing only, in every language: a light year measures how far a
#: celestial body is, and a news story measures nothing else in it (:mod:`.counted_noun`).
ONE_THING = frozenset({"length-light-year"})
_BRIEF = frozenset({"duration-second", "duration-minute", "duration-hour"})
#: The unit an offset of seconds, minutes or hours is compared in (:func:`.span_keys.span_key`).
BRIEF_BASE = "duration-second"
#: Longest unit name read, in words ("kilometers per hour").
_MOST_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’./\-]*|%|°\w?")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit found after a number: its CLDR id, as written, and where the name ends."""

    id: str
    written: str
    end: int

    @property
    def duration(self) -> bool:
        """True for a length of time ("seven minutes", "five years")."""
        return self.id.startswith("duration-")

    @property
    def brief(self) -> bool:
        """True for seconds, minutes and hours: in a news story these measure the event
        itself (how long a theft or a quake lasted). Days to centuries measure many other
        spans too — an age, a term, a sentence, a restoration."""
        return self.id in _BRIEF


def unit_names(language: str) -> dict[str, str]:
    """Lower-cased unit names of ``language`` (all its locales, long and short) → CLDR id.

    Names that are also function words of the language (Spanish "a" for años, English "in"
    for inches) are left out: after a number they are far more often the word itself. So are
    one-letter names ("5 m", "3 h"): read as an initial as often as a unit
    (:func:`one_letter_units` has them, for a reader that knows more of the phrase).
    """
    return _names(language)[0]


def one_letter_units(language: str) -> dict[str, str]:
    """The one-letter unit names of ``language`` ("m", "h", "t") → CLDR id."""
    return _names(language)[1]


@cache
def _names(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(unit names, one-letter unit names) of ``language``, kept on disk between runs: they
    depend on CLDR and the code only, and reading every regional locale is a seventh of a
    second per language at every start (:mod:`.stored_tables`)."""
    from briefing.analysis.stored_tables import stored_pairs

    names, letters = stored_pairs(
        "units", language, ("analysis.units",), lambda: _built_names(language)
    )
    return dict(names), dict(letters)


def _built_names(language: str) -> list[list[tuple[str, str]]]:
    """:func:`_names` worked out from CLDR: each table as its (name, unit) pairs, in order."""
    stops = frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()
    names: dict[str, str] = {}
    letters: dict[str, set[str]] = {}
    for identifier in localedata.locale_identifiers():
        if identifier.split("_")[0] != language:
            continue
        patterns = Locale.parse(identifier)._data["unit_patterns"]
        for unit, widths in patterns.items():
            if unit not in UNITS:
                continue
            for width in ("long", "short"):
                for form, pattern in dict(widths.get(width, {})).items():
                    if form == "per" or "{0}" not in pattern:
                        continue
                    name = " ".join(pattern.replace("{0}", " ").split()).casefold()
                    if unit in _LONG_ONLY and width == "short" and _abbreviated(name):
                        continue
                    name = name.rstrip(".")
                    if len(name) == 1 and name.isalpha():
                        letters.setdefault(name, set()).add(unit)
                    elif name and name not in stops and not any(c.isdigit() for c in name):
                        for variant in (name, *_written_forms(name, unit, language, width)):
                            names.setdefault(variant, unit)
    # A letter of two units ("m": metre and French "mois") is the measure's: a span of
    # months or centuries is written out in prose, a length in metres is not.
    measures = {k: {u for u in v if not u.startswith("duration-")} or v for k, v in letters.items()}
    singles = {k: min(v) for k, v in measures.items() if len(v) == 1}
    return [list(names.items()), list(singles.items())]


#: Arabic's short vowels and tanwin (U+064B–U+0652), which CLDR writes ("كيلومترًا") and the
#: press leaves out ("كيلومترا").
_HARAKAT = re.compile("[\u064b-\u0652]")


def _abbreviated(name: str) -> bool:
    """Whether a unit's short name is an abbreviation: it has a dot ("a. l.", "св. г.") or is
    two letters of a script with case ("ly", "Lj"); not a whole word ("سنة ضوئية", "光年")."""
    return "." in name or (len(name) <= 2 and name.lower() != name.upper())


def _written_forms(name: str, unit: str, language: str, width: str) -> tuple[str, ...]:
    """Forms of a CLDR unit name the press writes that CLDR does not list: Arabic without
    its vowel marks ("كيلومترا" for "كيلومترًا"), and the German dative plural of a measure's
    long name ("in einer Höhe von 29 Kilometern", "Metern"). Not of a duration: "Tagen",
    "Jahren" after a number are as often an age or a deadline as a span, and a span of days
    is compared only with what it measures (:mod:`.span_keys`). A compound name is written
    with a hyphen, a space or neither ("light years", "light-years", "lightyears";
    "années-lumière", "années lumière"; :func:`_joined_forms`), and a short name's superscript
    as a plain digit ("km2", "m3": keyboards have no "²")."""
    forms = _joined_forms(name) + _plain_digits(name)
    return forms + _inflected_forms(name, unit, language, width)


def _joined_forms(name: str) -> tuple[str, ...]:
    """A two-word long name ("light years", "années-lumière") with its words joined the two
    other ways: the press hyphenates or runs together what CLDR spaces, and back."""
    words = re.split(r"[ \-]", name)
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return ()
    return tuple({" ".join(words), "-".join(words), "".join(words)} - {name})


def _plain_digits(name: str) -> tuple[str, ...]:
    plain = name.replace("²", "2").replace("³", "3")
    return (plain,) if plain != name else ()


def _inflected_forms(name: str, unit: str, language: str, width: str) -> tuple[str, ...]:
    """Arabic without vowel marks; the German dative plural (:func:`_written_forms`)."""
    if language == "ar":
        bare = _HARAKAT.sub("", name)
        return (bare,) if bare != name else ()
    if language == "de" and width == "long" and not unit.startswith("duration-"):
        # The dative is the first word's: "mit 220 Kilometern pro Stunde", as "Kilometern".
        first, space, rest = name.partition(" ")
        return (f"{first}n{space}{rest}",) if first.endswith(("er", "e")) else ()
    return ()


def unit_after(text: str, end: int, language: str) -> Unit | None:
    """The unit named right after a number ending at ``end`` ("17.9 km", "sept minutes")."""
    names = unit_names(language)
    if not names:
        return None
    words = list(_WORD.finditer(text, end, min(len(text), end + 60)))[:_MOST_WORDS]
    if not words or text[end : words[0].start()].strip(" \u00a0\u202f") != "":
        return None
    for count in range(len(words), 0, -1):
        last = words[count - 1]
        gaps = [text[a.end() : b.start()] for a, b in pairwise(words[:count])]
        if any(g.strip(" \u00a0\u202f") for g in gaps):
            continue
        phrase = " ".join(w.group() for w in words[:count])
        unit = names.get(phrase.casefold().rstrip("."))
        if unit is not None:
            written = text[words[0].start() : last.end()].rstrip(".")
            return Unit(unit, written, last.end())
    if language in SUFFIXING:
        unit = _suffixed(words[0].group().casefold(), names)
        if unit is not None:
            return Unit(unit, words[0].group(), words[0].end())
    return None


#: Languages that add case and derivation suffixes to a unit's name ("53,6 százalékos",
#: "380 kilométerre", "üç dakikada"): a word made of a name and a short suffix is that unit.
SUFFIXING = frozenset({"hu", "tr", "fi", "et"})
#: A name this long at least, and a suffix this long at most ("százalék" + "os").
_LEAST_STEM, _MOST_SUFFIX = 4, 4


def _suffixed(word: str, names: dict[str, str]) -> str | None:
    """The unit whose name ``word`` is with a suffix of at most four letters, else None."""
    for cut in range(len(word) - 1, max(len(word) - _MOST_SUFFIX, _LEAST_STEM) - 1, -1):
        unit = names.get(word[:cut])
        if unit is not None and " " not in word[:cut]:
            return unit
    return None


def unit_label(unit: str) -> str:
    """The unit's English name for the report ("minutes"), or its CLDR id."""
    from babel.units import UnknownUnitError, get_unit_name

    try:
        return get_unit_name(unit, length="long", locale="en") or unit
    except UnknownUnitError:
        return unit


def unit_of_word(word: str, language: str) -> str | None:
    """The unit ``word`` names in ``language``, also in a case form CLDR does not list (the
    German dative "Tagen" shares its stem with "Tage"): a name, else the one unit whose
    names share the word's stem; None for any other word. For labels, not for reading: a
    figure reader must not take every word of a unit's stem for the unit."""
    names = unit_names(language)
    folded = word.casefold().rstrip(".")
    if folded in names:
        return names[folded]
    return _stems(language).get(stem_word(folded, language))


@cache
def _stems(language: str) -> dict[str, str]:
    """Stems of the unit names of ``language`` (long enough to say something) → the unit,
    only where one unit has that stem."""
    units: dict[str, set[str]] = {}
    for name, unit in unit_names(language).items():
        stem = stem_word(name, language)
        if len(stem) >= _LEAST_STEM - 1 and " " not in name:
            units.setdefault(stem, set()).add(unit)
    return {stem: next(iter(found)) for stem, found in units.items() if len(found) == 1}

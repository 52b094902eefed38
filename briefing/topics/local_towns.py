"""Towns of the countries a packet is about are places, whatever their name's shape.

The gazetteer (:mod:`.gazetteer`) knows only cities of a quarter of a million people and
capitals, since small towns double as surnames and words the world over ("Victoria",
"Mobile"). So a town of 20,000 people reads as a person ("Banská Bystrica": two capitalised
words) or an organisation, and the leads' vote for where the event happened
(:mod:`.event_place`) never sees it. Within a packet the risk is small: a name that is,
letter for letter once its diacritics are folded (:func:`.spelling.fold`: "Handlova" for
"Handlová"), a GeoNames town of 15,000 people or more (:func:`briefing.geodata.cities`) of
a country the packet's articles are about (a country named by :data:`COVERAGE` of them)
names that town, and so does one of the town's GeoNames alternate names, a small town's too
("Larissa", "Λάρισα", "Лариса" for "Lárisa"; "Rhodes", "Rodas", "Ρόδος" for "Ródos"), unless
two towns share it. A name with a given name among
its words is a place only when the articles use it as one (:func:`used_as_place`: "near
Larissa", "в районе города Лариса", "Larissa kenti" in two articles or more) and never as
a person ("Mrs Larissa", "Larissa said"); without the texts it stays what it was ("Martin"
is a Slovak town and a given name). Topics that name one town are then one topic, in the
rank of the best, with every alias and mention. An organisation named as a state or
province of those countries (ISO 3166-2's first level: "Gujarat", "Andalucía", "Comunidad
Valenciana" as ISO's "Valenciana, Comunidad" is written in a text) is a place
too; a person never is (a surname may be a region's: "Navarra").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from briefing.model import Article, Topic
from briefing.topics.class_before import named_firm
from briefing.topics.lexicon import words
from briefing.topics.place_nouns import places_by_noun
from briefing.topics.spelling import fold

#: The share of the articles (two at least) that must name a country for the packet to be
#: about it.
COVERAGE = 1 / 4
#: How many of the best topics are read for the packet's countries and its towns.
CONTEXT = 60


def towns_as_places(
    topics: Sequence[Topic], articles: int, texts: Sequence[Article] = ()
) -> tuple[Topic, ...]:
    """``topics`` with the persons and organisations that are towns of the packet's
    countries (and the organisations that are their states or provinces) made places,
    named as GeoNames writes them, and the topics of one town merged; the order and the
    rest stay. ``texts`` are the articles, read for how a town that is also a given name
    is used (:func:`used_as_place`). Then the organisations the texts write beside a noun
    of place ("the town of Letur", "rio Magro") are places too (:mod:`.place_nouns`)."""
    found = _towns_as_places(topics, articles, texts)
    return places_by_noun(found, texts, _place_lookup(found, articles))


def _capitals(topic: Topic) -> bool:
    """An acronym: a name written only in capitals ("AMA", an agency's letters, is no "Ama",
    a town of Aichi), as no text writes a town's name so unless a headline shouts it."""
    name = topic.name
    return (
        len(name) >= 2
        and name.isupper()
        and not any(a != a.upper() and _fold(a) == _fold(name) for a in topic.aliases)
    )


def _place_lookup(topics: Sequence[Topic], articles: int) -> Callable[[str], str | None]:
    """A place's name as the gazetteer, the packet's place topics or the towns and regions
    of the packet's countries know it: a province written only in brackets ("Letur
    (Albacete)") is no topic of its own, and still says that the name before it is a town."""
    from briefing.topics.gazetteer import gazetteer

    known = {a: t.name for t in topics[:CONTEXT] if t.kind == "place" for a in (t.name, *t.aliases)}
    place = gazetteer().place
    codes = _countries(topics[:CONTEXT], articles)
    towns = _towns(codes) if codes else {}
    states = _states(codes) if codes else {}

    def local(text: str) -> str | None:  # "Letur (AMA)" is no town of Aichi: an acronym
        if len(text) >= 2 and text.isupper():
            return None
        return towns.get(_fold(text)) or states.get(_fold(text))

    return lambda text: known.get(text) or place(text) or local(text)


def _towns_as_places(
    topics: Sequence[Topic], articles: int, texts: Sequence[Article]
) -> tuple[Topic, ...]:
    codes = _countries(topics[:CONTEXT], articles)
    if not codes:
        return tuple(topics)
    towns = _towns(codes)
    states = _states(codes)
    out: list[Topic] = []
    first: dict[str, int] = {}  # GeoNames name → index in ``out`` of its topic
    paragraphs: dict[tuple[str, int], str] | None = None
    for i, topic in enumerate(topics):
        town = towns.get(_fold(topic.name)) if i < CONTEXT and not _capitals(topic) else None
        if town is None and i < CONTEXT and topic.kind == "organisation":
            town = states.get(_fold(topic.name))  # "Gujarat": a state, never a body
        if town is None:
            out.append(topic)
            continue
        if topic.kind == "organisation" and named_firm(topic, texts):
            out.append(topic)  # "el banco Rivamar": the firm (:mod:`.class_before`)
            continue
        if topic.kind in ("person", "organisation"):
            if _given(topic):
                if paragraphs is None:
                    paragraphs = _paragraphs(texts)
                if not used_as_place(topic, paragraphs):
                    out.append(topic)
                    continue
            name = town if town in topic.aliases else topic.name
            topic = dataclasses.replace(topic, kind="place", name=name)
        if topic.kind != "place":
            out.append(topic)
        elif town in first:
            out[first[town]] = _merged(out[first[town]], topic)
        else:
            first[town] = len(out)
            out.append(topic)
    return tuple(out)


def _merged(kept: Topic, other: Topic) -> Topic:
    aliases = tuple(dict.fromkeys((*kept.aliases, *other.aliases, other.name)))
    return dataclasses.replace(
        kept, aliases=aliases, mentions=kept.mentions + other.mentions, score=kept.score
    )


def _paragraphs(texts: Sequence[Article]) -> dict[tuple[str, int], str]:
    return {(a.id, i): p.text for a in texts for i, p in enumerate(a.paragraphs)}


#: Words right before a name that make it a place: prepositions of place and nouns of
#: settlement ("near Larissa", "bei Larissa", "возле Лариса", "κοντά στη Λάρισα", "city
#: of Larissa", "города Лариса"), in the languages of the dev and test packets.
_PLACE_BEFORE = words(
    """in near at from to outside around into inside bei nahe nach aus nähe près vers
    cerca vicino в во возле около под близ из до біля поблизу στη στην στο στον κοντά
    city town village region province district stadt ville ciudad città
    город города городе городка городке городом місто міста місті πόλη πόλης"""
)
#: Words right after a name that make it a place: "Larissa city", "Larissa kenti".
_PLACE_AFTER = words(
    """city town region province kent kenti kentinde kentinin kentinden şehri şehrinde
    ilçesi ilçesinde yakınlarında civarında"""
)
#: Titles before a person's given name, and verbs of saying after it.
_PERSON_BEFORE = words(
    """mr mrs ms miss dr frau herr madame mme mlle señora signora госпожа пані κυρία
    bayan"""
)
_PERSON_AFTER = words(
    """said says told added sagte erklärte sagt déclaré declaró disse сказала заявила
    сказал заявил сообщила δήλωσε dedi"""
)
_WORDS = re.compile(r"[^\W\d_]+")
#: "of" between a noun of settlement and the name.
_OF = frozenset({"of", "von", "de", "di", "du", "del", "della"})
#: Articles that must use a given name as a place.
PLACE_ARTICLES = 2


def used_as_place(topic: Topic, paragraphs: dict[tuple[str, int], str]) -> bool:
    """Whether the articles write ``topic`` as a place: after a preposition of place or a
    noun of settlement, or before such a noun, or with a Turkish case ending after an
    apostrophe ("Larisa'daki"), in :data:`PLACE_ARTICLES` articles or more, and never
    otherwise after a person's title or before a verb of saying."""
    placed: set[str] = set()
    person = False
    for m in topic.mentions:
        text = paragraphs.get((m.article_id, m.span.paragraph), "")
        before = _WORDS.findall(text[max(0, m.span.start - 40) : m.span.start])[-2:]
        after = _WORDS.findall(text[m.span.end : m.span.end + 30])[:1]
        last = before[-1].casefold() if before else ""
        if last in _OF and len(before) == 2:  # "city of", "Nähe von"; not "the wife of"
            last = before[0].casefold()
        if (
            last in _PLACE_BEFORE
            or (after and after[0].casefold() in _PLACE_AFTER)
            or re.match(r"[’']\w", text[m.span.end : m.span.end + 2])
        ):
            placed.add(m.article_id)  # "the city of Larissa said ...": the officials said
        elif last in _PERSON_BEFORE or (after and after[0].casefold() in _PERSON_AFTER):
            person = True
    return not person and len(placed) >= PLACE_ARTICLES


def _countries(topics: Sequence[Topic], articles: int) -> frozenset[str]:
    """ISO codes of the countries among the place topics named by :data:`COVERAGE` of the
    articles."""
    import pycountry

    least = max(2, articles * COVERAGE)
    codes = set()
    for topic in topics:
        if topic.kind != "place" or len(topic.articles) < least:
            continue
        try:
            codes.add(pycountry.countries.lookup(topic.name).alpha_2)
        except LookupError:
            continue
    return frozenset(codes)


@functools.lru_cache(maxsize=8)
def _towns(codes: frozenset[str]) -> dict[str, str]:
    """Folded name → GeoNames name of the towns of these countries, by their names and
    then their alternate names (a town's own name wins over another's alternate)."""
    from briefing import geodata

    towns = [c for c in geodata.cities() if c.countrycode in codes]
    # Every town's other names, a small one's too ("Rodas", "Ρόδος" of Ródos): an island or
    # a town is named in each language of the packet (:func:`briefing.geodata.other_names`).
    others = geodata.other_names(codes)
    claimed: dict[str, set[str]] = {}
    for c in towns:
        for other in c.alternatenames or others.get(c.geonameid, ()):
            if other[:1].isupper() and len(other) > 3 and not other.isupper():
                claimed.setdefault(_fold(other), set()).add(c.name)
    # A name two towns share ("Kastro" of Chios and of Mytilene) names neither: two places
    # are never made one by it.
    found = {other: next(iter(names)) for other, names in claimed.items() if len(names) == 1}
    found.update((_fold(c.name), c.name) for c in towns)
    return found


@functools.lru_cache(maxsize=8)
def _states(codes: frozenset[str]) -> dict[str, str]:
    """Folded name → name of the first-level subdivisions of these countries (ISO 3166-2,
    via pycountry: "Gujarat", "Andalucía", "Wales"), their own-language form in brackets
    aside. Read for organisations only: a surname may be a region's name ("Navarra")."""
    import pycountry

    from briefing.topics.subdivisions import written_forms

    found: dict[str, str] = {}
    for code in codes:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.parent_code is None:  # "Valenciana, Comunidad": "Comunidad Valenciana"
                for name in written_forms(sub.name):
                    found.setdefault(_fold(name), name)
    return found


def _given(topic: Topic) -> bool:
    from briefing.topics.given_names import given_name

    return any(given_name(word) for word in topic.name.split())


def _fold(name: str) -> str:
    return " ".join(fold(name).casefold().split())

"""Names shaped like a person's that the packet writes as a place: an airport, a district.

A run of two or three capitalised words reads as a person when no word says otherwise
(:mod:`.name_kinds`), and some places look just so:

- a settlement or district named by a given word and a settlement noun: "Meghani Nagar"
  ("nagar" is "town" in the languages of India), "Yeni Mahallesi" (a Turkish
  neighbourhood). The noun ends the name (:data:`SETTLEMENT_HEADS`), and the word before
  it is no given name: "Anil Nagar" stays a person;
- a facility in a city, written as the city and its own name: "London Gatwick". A person's
  given name is never translated, a city's name is: the packet writes the same name after
  another name of that city ("Londres Gatwick", "Londra Gatwick"). "Paris Hilton" is never
  "Parigi Hilton", so she stays a person;
- a facility named after a person and written mostly cut before its head noun: "Sardar
  Vallabhbhai Patel" of "Sardar Vallabhbhai Patel International Airport" and "l'aéroport
  Sardar Vallabhbhai Patel". When most of the name's uses in the articles stand in such a
  construction (:data:`FACILITY_HEADS` after it, with a word or two between such as
  "International", or before it in the languages that put the head first), the name is
  the facility's, named as the text writes it whole. A person the text discusses ("Charles
  de Gaulle said...") is written alone more often and stays a person.

So is a saint's name ("São Francisco Xavier": a hospital; :func:`saints_name`), which
Portuguese text would otherwise cut at "São" (a function word there: "they are").

The first rules read one name (:func:`settlement`, :func:`saints_name`); the others read the packet
(:func:`places_not_people`), run on the topics before the main event is named, so that a
place never becomes the event's "who".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence

from briefing.given_name_table import given_name
from briefing.model import Article, Span, Topic
from briefing.topics.lexicon import words
from briefing.topics.slugs import slug

#: Nouns that end the name of a settlement or a district: "Meghani Nagar", "Shanti Colony",
#: "Yeni Mahallesi", "Kızılca Köyü". Written as a word of their own after the name.
SETTLEMENT_HEADS = words(
    """nagar nagara nagaram puram colony township mahalle mahallesi köyü köy ilçesi
    kasabası sokağı caddesi"""
)
#: Head nouns of facilities named after a person or written after their city, in the
#: packets' languages: airports, stations, stadiums, universities, hospitals; and the
#: buildings named after a saint or a patron ("St Aldric's Chapel", "chapelle Saint-Aldric",
#: "King's College"): chapels, churches, cathedrals, basilicas, abbeys, mosques,
#: synagogues, castles, palaces, colleges and schools (Russian and Ukrainian in the cases
#: a place is written in after a preposition).
FACILITY_HEADS = words(
    """airport aéroport aeropuerto aeroporto flughafen аэропорт аеропорт летище
    αεροδρόμιο αερολιμένα havalimanı lotnisko luchthaven station gare estación stazione
    estação bahnhof вокзал stadium stade estadio stadio estádio stadion стадион
    university université universidad università universidade universität университет
    hospital hôpital hospital ospedale krankenhaus больница
    chapel chapelle kapelle capilla cappella capela kapel kaplica часовня часовни часовне
    часовню каплиця каплиці каплицю
    church église kirche iglesia chiesa igreja kerk kościół kościele kilise церковь церкви
    церква церкві
    cathedral cathédrale kathedrale catedral cattedrale kathedraal katedra katedrze собор
    собора соборе собору соборі
    basilica basilique basilika basílica basiliek bazylika базилика базилике базиліка
    abbey abbaye abtei abadía abbazia abadia abdij opactwo аббатство абатство
    mosque mosquée moschee mezquita moschea mesquita moskee meczet cami camii мечеть мечети
    синагога synagogue synagoge sinagoga synagoge
    castle château schloss burg castillo castello castelo kasteel zamek замок замка замке
    замку
    palace palais palast palacio palazzo palácio paleis pałac дворец дворца дворце палац
    палацу
    college collège kolleg colegio collegio colégio college школа школы школе школи школі
    school école schule escuela scuola escola szkoła"""
)
#: Share of a name's uses that must stand in a facility's construction.
SHARE = 0.5
#: Fewest such uses.
MIN_USES = 2
#: How many of the best topics are read.
HEAD = 100
_WORD = r"[^\W\d_][\w’'-]*"
#: Up to three words after a name, the first maybe after an English possessive: "Patel
#: International Airport", "St Aldric’s Chapel".
_HEAD_AFTER = re.compile(rf"([’']s)?((?:[\s-]+{_WORD}){{1,3}})")
#: What ends a clause between a head noun and a name after it: "the chapel. Aldric said".
_CLAUSE_MARK = re.compile(r"[.,;:!?()]")
#: The word right before a name, a space or a dash between: "Londres Gatwick", "Londra-Gatwick".
_BEFORE = re.compile(rf"({_WORD})[\s\-–]+$")


def settlement(names: Sequence[str]) -> bool:
    """Whether the words of a name are a settlement's: a settlement noun last, after one
    word or two of which the first is no given name ("Meghani Nagar", not "Anil Nagar")."""
    return (
        2 <= len(names) <= 3
        and names[-1].casefold() in SETTLEMENT_HEADS
        and not given_name(names[0])
    )


#: Titles of saints that open the name of a church, a hospital or a town called after one:
#: "São José", "Saint-Denis", "Sankt Pölten". Those that are also given names ("San",
#: "Santa", "Santo") count only before another given name ("Santa Maria", not "Santo
#: Versace").
SAINTS = frozenset({"São", "Saint", "Sainte", "Sankt", "Sant", "St.", "Ste."})
SAINTS_OR_NAMES = frozenset({"San", "Santa", "Santo"})


def saints_name(names: Sequence[str]) -> bool:
    """Whether the words are a saint's name of two names or more ("São Francisco Xavier",
    "San Francisco Xavier"): in the news, a hospital's, a church's or a town's, never a
    person's. A saint of one name ("San Pedro", "St. Peter") is left to the other rules:
    cut of its title it is no person's full name, and it is often part of a longer name
    ("Plaza de San Pedro") that other languages write whole."""
    if len(names) < 3:
        return False
    return names[0] in SAINTS or (names[0] in SAINTS_OR_NAMES and given_name(names[1]))


def places_not_people(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` with the persons that the packet writes as a city's facility or as a
    facility's cut name made places (see the module's docstring), the second renamed as the
    texts write the facility whole and merged with a topic of that name."""
    from briefing.topics.gazetteer import gazetteer

    place = gazetteer().place
    by_id = {a.id: a for a in articles}
    out = list(topics)
    for topic in [t for t in out[:HEAD] if t.kind == "person"]:
        parts = topic.name.split()
        if len(parts) < 2:
            continue
        city = place(parts[0])
        if city is not None and _renamed_city(topic, city, by_id, place):
            out[out.index(topic)] = _as_place(topic, topic.name)
            continue
        whole = _facility(topic, by_id)
        if whole is not None:
            out = _merged(out, topic, whole)
    return tuple(out)


def _uses(topic: Topic, surface: str, by_id: dict[str, Article]) -> Iterator[tuple[str, Span]]:
    """(paragraph text, span) of the topic's mentions written ``surface``: its uses are its
    mentions, so the cost is theirs, not the packet's."""
    for mention in topic.mentions:
        article = by_id.get(mention.article_id)
        if article is not None and mention.surface == surface:
            yield article.paragraphs[mention.span.paragraph].text, mention.span


def _renamed_city(
    topic: Topic, city: str, by_id: dict[str, Article], place: Callable[[str], str | None]
) -> bool:
    """Whether the texts write the rest of the name after another name of the same city
    ("Londres Gatwick", "Londra-Gatwick" for "London Gatwick")."""
    first, rest = topic.name.split(" ", 1)
    for text, span in _uses(topic, rest, by_id):
        before = _BEFORE.search(text, max(0, span.start - 40), span.start)
        if before is not None and before.group(1) != first and place(before.group(1)) == city:
            return True
    return False


def _facility(topic: Topic, by_id: dict[str, Article]) -> str | None:
    """The facility's whole name, when most of the name's uses stand in its construction:
    the most written "<name> … <Head>" (the head-after form, in its capitals), else the
    name itself when only the head-first form is written ("l'aéroport <name>")."""
    name = topic.name
    uses = built = 0
    wholes: Counter[str] = Counter()
    for text, span in _uses(topic, name, by_id):
        uses += 1
        after = _HEAD_AFTER.match(text, span.end)
        if after is not None:
            tail = re.findall(_WORD, after.group(2))
            at = next((i for i, w in enumerate(tail) if w.casefold() in FACILITY_HEADS), None)
            if at is not None and all(w[:1].isupper() for w in tail[: at + 1]):
                built += 1
                wholes[f"{name}{after.group(1) or ''} {' '.join(tail[: at + 1])}"] += 1
                continue
        built += _head_first(text, span.start)
    if built < MIN_USES or built < SHARE * uses:
        return None
    return wholes.most_common(1)[0][0] if wholes else name


def _head_first(text: str, start: int) -> int:
    """1 when a facility's head noun stands among the three words before ``start``
    ("l'aéroport", "aeroporto internazionale di", "летище „"), else 0."""
    # After the last clause mark only: "in the chapel, Aldric said" is no head of his name.
    before = _CLAUSE_MARK.split(text[max(0, start - 40) : start])[-1]
    window = re.findall(_WORD, before)[-3:]
    folded = {re.split(r"[’']", w)[-1].casefold() for w in window}
    return 1 if folded & FACILITY_HEADS else 0


def _as_place(topic: Topic, name: str) -> Topic:
    return Topic(topic.id, name, "place", topic.aliases, topic.mentions, topic.score)


def _merged(topics: list[Topic], person: Topic, whole: str) -> list[Topic]:
    """The person made the facility ``whole``, merged with a listed topic of that name."""
    same = next(
        (t for t in topics if t is not person and t.name.casefold() == whole.casefold()), None
    )
    ident = person.id if whole == person.name else slug(whole)
    if any(t.id == ident and t is not person and t is not same for t in topics):
        ident = person.id
    aliases = {*person.aliases, whole, *(same.aliases if same else ())}
    mentions = {(m.article_id, m.span): m for m in person.mentions}
    if same is not None:
        mentions |= {(m.article_id, m.span): m for m in same.mentions}
    merged = Topic(
        ident,
        whole,
        "place",
        tuple(sorted(aliases, key=lambda s: (s.lower(), s))),
        tuple(mentions.values()),
        max(person.score, same.score if same else 0.0),
    )
    at = topics.index(person) if same is None else min(topics.index(person), topics.index(same))
    out = [t for t in topics if t is not person and t is not same]
    out.insert(at, merged)
    return out


def word_not_town(text: str, place: str, lowercase: Collection[str]) -> bool:
    """A small town's own name that the briefing writes in lower case as a word (``lowercase``):
    "the Ch-3 Lander" of a packet about a lander, where Lander is also a town of 20,000. The
    capital is the word's, a product's or a heading's, not the town's. Only a one-word name
    that is its own place and that the English gazetteer does not know (a town
    :func:`~.subdivisions.town_names` adds for the packet's languages' countries) is read so:
    a city, a country or another language's name of one stays a place."""
    from briefing.topics.gazetteer import gazetteer

    return (
        place == text
        and " " not in text
        and text.lower() in lowercase
        and gazetteer().place(text) is None
    )


def word_not_province(text: str, place: str, language: str, languages: frozenset[str]) -> bool:
    """A province's or a small town's one-word name that a German article writes as an
    inflected noun of its own: "des Landes" (of the country, genitive of "Land") beside the
    French département Landes, known only because the packet has French articles.

    German capitalises every noun, so there a capitalised word says nothing of a name. The
    word is read as the noun when it is an everyday German word whose ending, taken off,
    leaves an everyday German word too ("Landes" → "Land"): a case form. A name that is only
    frequent as a name ("Porto", "Pisa", "Metz") has no such stem; a French article's "les
    Landes", a name of the country's own language ("Bayern" in German) and a name the
    English gazetteer knows ("Paris") stay places; other languages capitalise no common
    noun, so a capitalised "Berne" or "Lisboa" there is the name."""
    from briefing.topics.gazetteer import gazetteer
    from briefing.topics.given_names import common_word
    from briefing.topics.languages import NOUN_CAPITALISING
    from briefing.topics.subdivisions import local_languages

    if language not in NOUN_CAPITALISING or place != text or not text.isalpha():
        return False
    own = local_languages(languages).get(text)
    return (
        own is not None
        and language not in own
        and gazetteer().place(text) is None
        and common_word(text, language)
        and any(
            text.endswith(ending) and common_word(text[: -len(ending)], language)
            for ending in _GERMAN_CASE_ENDINGS
        )
    )


#: German noun case endings: genitive "-es"/"-s", dative plural "-en"/"-n" ("Landes", "Ländern").
_GERMAN_CASE_ENDINGS = ("es", "s", "en", "n")

"""A German adjective's noun before a name is an apposition, not part of the name (own text).

German capitalises every noun, so "die russische Rockband Kometa" is a run of two capitalised
words; the lower-case adjective before it agrees with the first, which is the common noun it
qualifies. Written fixtures in German, with English and French texts of the same story, and
a look-alike whose first capitalised word is the name's own: an adjective inflected like the
one before it ("die staatliche Nordische Fährlinie").
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_an_adjectives_noun_before_a_name_is_no_part_of_it() -> None:
    topics = _topics(
        _in("de", 0, "Das Konzert der russischen Rockband Kometa wurde am Abend abgesagt."),
        _in("de", 1, "Die Bandmitglieder der legendären Rockgruppe Kometa trauern in Wolgograd."),
        _in("de", 2, "Laut der slowakischen Nachrichtenagentur Tirvo gab es elf Verletzte."),
        _in("en", 3, "The rock band Kometa cancelled its tour, the agency Tirvo reported."),
        _in("fr", 4, "Le groupe Kometa a annulé sa tournée, selon l'agence Tirvo."),
    )
    assert not [t.name for t in topics if t.name.startswith(("Rockband", "Rockgruppe"))]
    assert not [t.name for t in topics if t.name.startswith("Nachrichtenagentur")]
    assert {"Rockband Kometa", "Rockgruppe Kometa"}.isdisjoint(a for t in topics for a in t.aliases)
    assert by_name(topics, "Kometa").kind != "person"


def test_a_name_after_a_german_adjective_keeps_its_own_words() -> None:
    topics = _topics(
        # An adjective inflected like the one before it: a word of the name itself.
        _in("de", 0, "Die staatliche Nordische Fährlinie meldete Verspätungen im Süden."),
        _in("de", 1, "Die staatliche Nordische Fährlinie sperrte die Route bis Montag."),
        _in("en", 2, "The ferry line blamed the storm for the delays in the south."),
    )
    assert not holding(topics, "Fährlinie")
    ferry = by_name(topics, "Nordische Fährlinie")
    assert {m.article_id for m in ferry.mentions} == {"000", "001"}

"""A one-word name that only one Latin-script language writes is still a name when the
packet's Greek or Cyrillic articles spell it in their letters (:mod:`.script_witness`);
a capitalised common word of one language is not, and a name two articles write in all is
too little.

Every text here is written for the test (invented villages and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.script_witness import other_script_articles, vouched


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _owners(topics: tuple[Topic, ...], *surfaces: str) -> set[str]:
    return {t.id for s in surfaces for t in holding(topics, s)}


def _packet(greek: int, english: int = 2) -> list[Article]:
    """A fire packet: English articles name the village Korfadi, Greek ones Κορφάδι,
    German and French ones do not name it (two Latin languages never write it)."""
    articles = [
        _in(
            "en",
            n,
            "The fire reached the hillside village of Korfadi on Sunday, and crews on "
            "the island fought it through the night.",
            "Residents of Korfadi were taken to the coast by bus.",
        )
        for n in range(english)
    ]
    articles += [
        _in(
            "el",
            n,
            "Η φωτιά έφτασε στο Κορφάδι την Κυριακή και οι κάτοικοι απομακρύνθηκαν.",
        )
        for n in range(10, 10 + greek)
    ]
    articles += [
        _in("de", n, "Das Feuer erreichte am Sonntag mehrere Dörfer der Insel.") for n in (20, 21)
    ]
    articles += [
        _in("fr", n, "L’incendie a atteint dimanche plusieurs villages de l’île.") for n in (30, 31)
    ]
    return articles


def test_a_village_one_language_writes_and_greek_spells_is_one_topic() -> None:
    topics = extract_topics(_packet(greek=1))
    owners = _owners(topics, "Korfadi", "Κορφάδι")
    assert len(owners) == 1, [(t.name, t.aliases) for t in topics]


def test_one_latin_article_and_two_greek_ones_are_enough() -> None:
    topics = extract_topics(_packet(greek=2, english=1))
    assert len(_owners(topics, "Korfadi", "Κορφάδι")) == 1, [t.name for t in topics]


def test_one_latin_article_and_one_greek_one_are_too_few() -> None:
    topics = extract_topics(_packet(greek=1, english=1))
    assert not _owners(topics, "Korfadi")


def test_without_a_spelling_in_another_script_the_word_stays_out() -> None:
    topics = extract_topics(_packet(greek=0, english=3))
    assert not _owners(topics, "Korfadi")


def test_a_translated_word_vouches_for_nothing() -> None:
    # "Church" capitalised by English articles; the Greek ones write the Greek word.
    uses = {"Εκκλησία": [_use("Εκκλησία", "g1"), _use("Εκκλησία", "g2")]}
    languages = {"e1": "en", "e2": "en", "g1": "el", "g2": "el"}
    witnesses = other_script_articles(uses, languages)
    assert not vouched("Church", {"e1", "e2"}, languages, witnesses)[0]
    assert vouched("Ekklisia", {"e1", "e2"}, languages, witnesses)[0] == {"g1", "g2"}


def test_a_witness_in_the_same_language_counts_for_nothing() -> None:
    uses = {"Корфади": [_use("Корфади", "r1")]}
    languages = {"e1": "ru", "e2": "ru", "r1": "ru"}
    witnesses = other_script_articles(uses, languages)
    assert vouched("Korfadi", {"e1", "e2"}, languages, witnesses) == (set(), None)


def test_the_dictionary_kind_of_the_cyrillic_spelling_is_the_names_kind() -> None:
    # English articles write a surname alone, the Russian ones its genitive, which
    # pymorphy3's dictionary tags as a surname: a person, not a body.
    articles = [
        _in(
            "en",
            n,
            "The exhibition of the letters Rakhmaninov wrote from America opened on Monday.",
            "Visitors queued to read what Rakhmaninov had written about the winter.",
        )
        for n in range(2)
    ]
    articles += [
        _in("ru", n, "В понедельник открылась выставка писем Рахманинова из Америки.")
        for n in range(2, 4)
    ]
    articles += [_in("de", 5, "Die Ausstellung wurde am Montag eröffnet.")]
    articles += [_in("fr", 6, "L’exposition a ouvert lundi.")]
    found = holding(extract_topics(articles), "Rakhmaninov")
    assert len(found) == 1 and found[0].kind == "person", found
    assert "Рахманинова" in found[0].aliases


def _use(word: str, article_id: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(word), word)

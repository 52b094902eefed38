"""A region written as a place adjective and a region noun (:mod:`briefing.topics.region_phrases`),
on sentences written for the test, with look-alikes that must give nothing."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.region_phrases import region_place


def test_the_adjective_folds_to_the_city_the_region_is_named_after() -> None:
    assert region_place("Брянской", "области", "ru") == "Bryansk"  # genitive, declined
    assert region_place("Курская", "область", "ru") == "Kursk"
    assert region_place("Курской", "обл.", "ru") == "Kursk"  # the abbreviation
    assert region_place("Краснодарском", "крае", "ru") == "Krasnodar"
    assert region_place("Ставропольский", "край", "ru") == "Stavropol"  # soft sign kept
    assert region_place("Харківській", "області", "uk") == "Kharkiv"
    assert region_place("Донецької", "області", "uk") == "Donetsk"
    assert region_place("Žilinský", "kraj", "sk") == "Žilina"  # the city's "-a" put back
    assert region_place("Košickom", "kraji", "sk") == "Košice"
    assert region_place("Olomouckém", "kraji", "cs") == "Olomouc"


def test_regions_named_after_no_city_or_after_a_former_name_give_nothing() -> None:
    assert region_place("Приморском", "крае", "ru") is None  # the coast, no town
    assert region_place("Jihomoravský", "kraj", "cs") is None  # "South Moravian"
    # Named after the city's former name: the region is not the city (St Petersburg,
    # Yekaterinburg); "Ставрополь" is also Tolyatti's former name, which must not win.
    assert region_place("Ленинградской", "области", "ru") is None
    assert region_place("Свердловской", "области", "ru") is None
    assert region_place("Московской", "области", "ru") is None  # "Moskva" is no "Moscow"
    # A city the adjective fits in a country without oblasts: no region is named after it.
    assert region_place("Берлинской", "области", "ru") is None


def test_other_nouns_words_and_languages_give_nothing() -> None:
    assert region_place("Кировском", "районе", "ru") is None  # a district, named after Kirov
    assert region_place("Брянский", "завод", "ru") is None  # a factory, no region
    assert region_place("брянской", "области", "ru") is None  # not capitalised
    assert region_place("Брянской", "Bryansk", "ru") is None  # the noun in another script
    assert region_place("Žilinský", "kraj", "pl") is None  # Czech/Slovak endings only there
    assert region_place("Žilinský", "futbal", "sk") is None
    assert region_place("Kursk", "region", "en") is None  # English writes the city's name


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_phrase_is_a_mention_of_the_city_across_languages() -> None:
    found = extract_topics(
        [
            _in("en", 1, "Police said the suspects were stopped in the Bryansk region on Sunday."),
            _in("en", 2, "Officers drove the men from Bryansk to the capital by night."),
            _in("ru", 3, "Подозреваемых задержали в Брянской области в воскресенье утром."),
            _in("ru", 4, "Их машину остановили на трассе в Брянской области, сообщила полиция."),
        ]
    )
    bryansk = by_name(found, "Bryansk")
    assert bryansk.kind == "place"
    assert "Брянской области" in bryansk.aliases
    assert len(holding(found, "Брянской области")) == 1


def test_a_factory_named_after_the_city_is_no_mention_of_it() -> None:
    found = extract_topics(
        [
            _in("en", 1, "Workers at a plant in Bryansk walked out on Monday."),
            _in("en", 2, "The strike in Bryansk spread to two other plants."),
            _in("ru", 3, "Рабочие Брянского завода вышли на забастовку в понедельник."),
            _in("ru", 4, "Брянский завод остановил работу, сообщили рабочие."),
        ]
    )
    for topic in found:
        if topic.name == "Bryansk":
            assert not any("завод" in alias for alias in topic.aliases)


def test_a_known_place_and_a_borrowed_region_noun_is_the_place_not_a_person() -> None:
    found = extract_topics(
        [
            _in("en", 1, "Drones struck a depot in Kursk Oblast on Sunday, officials said."),
            _in("en", 2, "The governor of Kursk Oblast said two people were hurt."),
            _in("ru", 3, "Беспилотники атаковали склад в Курской области в воскресенье."),
            _in("ru", 4, "Склад в Курской области горел всю ночь, сообщили спасатели."),
        ]
    )
    kursk = by_name(found, "Kursk")
    assert kursk.kind == "place"
    assert {"Kursk Oblast", "Курской области"} <= set(kursk.aliases)
    assert not [t for t in found if t.kind == "person"]


def test_a_surname_that_is_a_region_noun_stays_a_person() -> None:
    found = extract_topics(
        [
            _in("en", 1, "The coach Tomas Kraj said the team would play on Sunday."),
            _in("en", 2, "Tomas Kraj praised his players after the match."),
        ]
    )
    assert not [t for t in found if t.kind == "place" and "Tomas Kraj" in t.aliases]

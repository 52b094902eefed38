"""One person across romanisation schemes and grammatical cases; two people stay two.

Every text here is written for the test (invented people and places).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.inflections import SurnameForms, inflected
from briefing.topics.naming import name_key, person_key
from briefing.topics.person_spellings import feminine_form, heard, same_given_name
from briefing.topics.romanise import romanisations, scheme_keys
from briefing.topics.script_phrases import script_cognates


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _topic(topics: tuple[Topic, ...], surface: str) -> Topic:
    found = holding(topics, surface)
    assert len(found) == 1, (surface, [t.name for t in topics])
    return found[0]


def test_iso9_writes_the_letters_central_europe_uses() -> None:
    # ц ч ш ж as c č š ž, folded: the Latin spelling of a Slovak or Czech name comes back.
    assert "kocis" in romanisations("Кочиш")
    assert "cibula" in romanisations("Цибула")
    assert "zilka" in romanisations("Жилка")
    # anyascii's English-style key is kept: Russian names reach English that way.
    assert "kochish" in romanisations("Кочиш")
    # Ukrainian letters the schemes do not cover still romanise.
    assert all(k.isascii() for k in romanisations("Їжак"))
    # A name is romanised by one scheme at a time, not a mix of two.
    assert scheme_keys("Петер Цибула") == {"p:peter tsibula", "p:peter cibula"}


def test_a_slovak_name_meets_its_russian_rendering_only_when_both_parts_agree() -> None:
    topics = extract_topics(
        [
            _in(
                "en",
                0,
                "Prime Minister Marek Kočiš met the mayor of Trnava on Monday. Marek Kočiš"
                " said the budget would pass. His cousin Martin Kočiš, a banker, disagreed.",
                "The economist Peter Cibula called the plan reckless.",
            ),
            _in(
                "ru",
                1,
                "Премьер-министр Марек Кочиш встретился с мэром Трнавы. Марек Кочиш заявил,"
                " что бюджет будет принят.",
                "Экономист Петер Цибула назвал план безрассудным. Петер Цибула выступил"
                " в Трнаве. Банкир Мартин Цибула промолчал.",
            ),
        ]
    )
    marek = _topic(topics, "Marek Kočiš")
    assert "Марек Кочиш" in marek.aliases
    assert "Петер Цибула" in _topic(topics, "Peter Cibula").aliases
    # Same surname, another given name: another person, in either script.
    assert _topic(topics, "Martin Kočiš").id != marek.id
    assert _topic(topics, "Мартин Цибула").id != _topic(topics, "Peter Cibula").id


def test_case_endings_fold_onto_the_form_the_packet_writes() -> None:
    assert inflected("p:piotr kula", "p:piotra kule")  # accusative, Polish
    assert inflected("p:zuzana hronska", "p:zuzanou hronskou")  # instrumental, Slovak
    assert inflected("p:petr mares", "p:petrovi maresovi")  # dative, Czech
    # A woman's surname is no case of a man's; an adjective's genders are two people.
    assert not inflected("p:jan dvorak", "p:jana dvorakova")
    assert not inflected("p:jan zielinski", "p:jana zielinska")
    # Every word must be a case form: a shared surname alone is not enough.
    assert not inflected("p:piotr kula", "p:pavel kula")
    # Short stems say nothing.
    assert not inflected("p:ed li", "p:eda la")


def test_an_inflected_name_joins_its_nominative_in_declining_languages_only() -> None:
    topics = extract_topics(
        [
            _in(
                "pl",
                0,
                "Minister Roman Kula spotkał się z burmistrzem Gdańska. Opozycja krytykuje"
                " Romana Kulę za budżet.",
                "Dziennikarze zapytali Romana Kulę o plan. Roman Kula odpowiedział krótko.",
            ),
            _in("en", 1, "Roman Kula, the Polish minister, spoke in Gdańsk on Friday."),
            _in(
                "it",
                2,
                "Il sindaco Paolo Ferri ha incontrato la sorella Paola Ferri a Torino."
                " Paolo Ferri e Paola Ferri hanno parlato a lungo.",
            ),
            _in("it", 3, "Paola Ferri ha poi visitato Milano. Paolo Ferri è rimasto a Torino."),
        ]
    )
    kula = _topic(topics, "Roman Kula")
    assert "Romana Kulę" in kula.aliases and kula.name == "Roman Kula"
    # A brother and a sister in a language that does not decline names: two people.
    assert _topic(topics, "Paolo Ferri").id != _topic(topics, "Paola Ferri").id


def test_a_feminine_given_name_is_another_person() -> None:
    assert feminine_form("paolo", "paola") and feminine_form("jan", "jana")
    assert not same_given_name("aleksandr", "aleksandra")
    # Spellings of one name still meet.
    assert same_given_name("sergei", "sergey") and same_given_name("vladimir", "volodimir")
    assert not feminine_form("nikita", "nikita")


def _venue_articles(latin_name: str) -> list[Article]:
    return [
        _in(
            "en",
            0,
            f"A fire broke out at {latin_name}, a concert venue near Kazan, on Friday."
            f" {latin_name} was evacuated.",
            f"Firefighters reached {latin_name} within minutes.",
        ),
        _in(
            "ru",
            1,
            "Пожар произошёл в Бореалис Сити Холле под Казанью в пятницу. Зрителей"
            " эвакуировали из Бореалис Сити Холла.",
            "Бореалис Сити Холл был закрыт до понедельника.",
        ),
        _in("ru", 2, "Концерт в Бореалис Сити Холле отменили. Бореалис Сити Холл закрыт."),
        _in("en", 3, f"Police said {latin_name} had passed inspection in May."),
    ]


def test_a_declined_russian_venue_name_is_the_latin_venue() -> None:
    topics = extract_topics(_venue_articles("Borealis City Hall"))
    venue = _topic(topics, "Borealis City Hall")
    assert {"Бореалис Сити Холле", "Бореалис Сити Холл"} <= set(venue.aliases)
    # A venue is no person, though its Russian name has a person's shape.
    assert venue.kind != "person"


def test_a_venue_one_word_off_is_another_venue() -> None:
    topics = extract_topics(_venue_articles("Borealis City Mall"))
    assert _topic(topics, "Borealis City Mall").id != _topic(topics, "Бореалис Сити Холл").id


def test_hyphenated_russian_names_are_keyed_part_by_part() -> None:
    assert name_key("Карнеги-холле") == name_key("Карнеги-холл")
    assert name_key("Рокфеллер-центре") == name_key("Рокфеллер-центр")
    assert name_key("Карнеги-холле") != name_key("Карнеги-центр")


def test_a_lone_surname_in_another_script_or_case_finds_its_person() -> None:
    topics = extract_topics(
        [
            _in(
                "en",
                0,
                "Prime Minister Marek Kočiš met the mayor of Trnava on Monday. Marek Kočiš said"
                " the budget would pass.",
            ),
            _in(
                "ru",
                1,
                "Премьер-министр встретился с мэром Трнавы. Как заявил Кочиш, бюджет будет"
                " принят. Позже Кочиш уехал.",
            ),
            _in(
                "pl",
                2,
                "Minister Roman Kula spotkał się z burmistrzem Gdańska. Według Kuli budżet jest"
                " gotowy. Opozycja krytykuje Kulę.",
            ),
            _in("en", 3, "Roman Kula, the Polish minister, spoke in Gdańsk. Kula said little."),
        ]
    )
    assert "Кочиш" in _topic(topics, "Marek Kočiš").aliases
    assert {"Kuli", "Kulę"} <= set(_topic(topics, "Roman Kula").aliases)


def test_a_noun_surname_declines_but_an_adjectival_one_changes_person() -> None:
    assert inflected("p:roman kubica", "p:romana kubici")  # genitive "Kubicy"
    assert not inflected("p:jan kovalski", "p:jan kovalska")  # "Kowalski" / "Kowalska"
    assert not inflected("p:petr hronski", "p:petr hronska")  # "Hronský" / "Hronská"
    # Czech writes the gender on the last letter, which the key folds away.
    assert not inflected("p:petr novi", "p:petra nova", ("Nový", "Nová"))
    assert not inflected("p:petr nosek", "p:petra noska")  # a vowel that drops: no rule


def test_a_lone_feminine_surname_is_not_the_man_who_bears_the_masculine() -> None:
    petr = [Occurrence("a", 0, 0, 9, "Petr Nový")]
    forms = SurnameForms({"p:novi": {"p:petr novi"}}, {"p:petr novi": petr})
    assert forms.roots("Nového", "p:noveho", "cs") == {"p:petr novi"}  # his genitive
    assert forms.roots("Nová", "p:nova", "cs") == set()  # his wife
    # Only in a language that declines names.
    assert forms.roots("Nového", "p:noveho", "it") == set()


def test_a_name_also_read_as_a_person_is_left_to_the_person_rules() -> None:
    venue = Occurrence("r", 0, 0, 18, "Бореалис Сити Холл")
    kinds = {
        "p:borealis siti hol": Counter({"person": 2}),
        "n:borealis city hall": Counter({"place": 3}),
    }
    keys = list(kinds)
    sightings = {"p:borealis siti hol": [venue]}
    found = script_cognates(keys, {"p:borealis siti hol"}, sightings, dict(kinds))
    assert found == [("p:borealis siti hol", "n:borealis city hall")]
    # The same Latin words are also somebody's name in the briefing: no venue rule.
    kinds[person_key("Borealis City Hall")] = Counter({"person": 1})
    assert script_cognates(keys, {"p:borealis siti hol"}, sightings, dict(kinds)) == []


def test_a_german_name_spelled_by_ear_in_cyrillic_is_one_person() -> None:
    assert heard("steinmeier") == heard(person_key("Штайнмайер")[2:])
    assert heard("sholz") == heard(person_key("Шольц")[2:])
    assert heard("spahn") == heard("shpan")
    topics = extract_topics(
        [
            _in(
                "de",
                0,
                "Der Minister Dieter Steinhauer besuchte am Montag Leipzig. Dieter Steinhauer"
                " sprach dort mit Unternehmern. Sein Bruder Peter Steinhauer schwieg.",
            ),
            _in(
                "ru",
                1,
                "Министр Дитер Штайнхауэр посетил Лейпциг. Дитер Штайнхауэр встретился с"
                " предпринимателями.",
            ),
        ]
    )
    dieter = _topic(topics, "Dieter Steinhauer")
    assert "Дитер Штайнхауэр" in dieter.aliases
    assert _topic(topics, "Peter Steinhauer").id != dieter.id

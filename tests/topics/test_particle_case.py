"""A name particle written with a capital ("Angel Di Maria", "Ди Мария") is the particle:
the name stays a person's, keeps its given name, and the surname alone joins it (made-up
names and texts)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.particle_case import capital_particle, particle_surname_pairs, surname_alone
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _words(text: str) -> list:
    return [t for t in tokenize(text) if t.text[:1].isalpha()]


def test_a_capital_particle_inside_a_name_or_opening_one_is_a_particle() -> None:
    assert capital_particle(_words("Tomas Di Santo"), 1)
    assert capital_particle(_words("Di Santo"), 0)
    assert capital_particle(_words("Van Oosterhout"), 0)
    assert capital_particle(_words("Ди Санто"), 0)  # Cyrillic, romanised "di"
    # An article opening the run opens a paper's or a body's name: "Le Soir", "Al Wasat".
    assert not capital_particle(_words("Le Soir"), 0)
    assert not capital_particle(_words("La Voce"), 0)
    assert not capital_particle(_words("Al Wasat"), 0)
    assert not capital_particle(_words("De Morgen"), 0)
    # Never last, and a lower-case one is already a particle as written.
    assert not capital_particle(_words("Tomas Di"), 1)
    assert not capital_particle(_words("Tomas di Santo"), 1)
    assert not capital_particle(_words("Tomas Santo"), 0)


def test_a_surname_alone_is_told_by_its_particle() -> None:
    assert surname_alone("Di Santo") and surname_alone("von Arnsberg")
    assert surname_alone("Ди Санто")
    assert not surname_alone("Tomas Di Santo") and not surname_alone("Santo")


def test_a_surname_with_a_particle_joins_its_one_full_name() -> None:
    roots = {k: k for k in ("p:tomas di santo", "p:di santo", "p:di luca", "p:marco rossi")}
    pairs = particle_surname_pairs(list(roots), roots.__getitem__)
    assert pairs == [("p:di santo", "p:tomas di santo")]
    # Two people with that surname: the surname alone says neither.
    roots = {k: k for k in ("p:tomas di santo", "p:ana di santo", "p:di santo")}
    assert particle_surname_pairs(list(roots), roots.__getitem__) == []


def test_one_person_whatever_the_particle_s_case_or_script() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "The winger Tomas di Santo scored twice on Sunday in Rimsdale."),
            _in("en", 1, "Later di Santo said the team had played its best game of the year."),
            _in("fr", 2, "L’ailier Tomas Di Santo a marqué deux fois dimanche à Rimsdale."),
            _in("fr", 3, "Ensuite Di Santo a été remplacé par le jeune Marco Vellani."),
            _in("de", 4, "Der Flügelspieler Tomas Di Santo traf am Sonntag zweimal."),
            _in("ru", 5, "В воскресенье Томас Ди Санто дважды забил."),
            _in("ru", 6, "Затем Ди Санто ушёл с поля, его заменил Марко Веллани."),
        ]
    )
    (person,) = holding(topics, "Tomas Di Santo")
    assert person.kind == "person"
    assert person.name in ("Tomas Di Santo", "Tomas di Santo")  # the full name, not the surname
    for alias in ("Tomas di Santo", "Di Santo", "Ди Санто"):
        assert alias in person.aliases, person.aliases
    assert not [t for t in topics if t.kind != "person" and "Santo" in t.name]


def test_a_paper_named_with_an_article_is_no_person() -> None:
    topics = extract_topics(
        [
            _in("fr", 0, "Selon Le Soir, la ville a voté dimanche. Le maire a parlé à la presse."),
            _in("fr", 1, "Le quotidien Le Soir écrit que le maire a gagné. La ville est calme."),
        ]
    )
    assert not [t for t in topics if t.kind == "person" and "Soir" in t.name]


def test_two_people_sharing_a_surname_are_no_office_of_a_place() -> None:
    # "Lautaro" is a town in Chile and a given name: one place before a shared surname
    # makes no "<province> Valisi" office of it (two places do: tests/topics/test_languages).
    topics = extract_topics(
        [
            _in("es", 0, "El arquero Emiliano Martínez atajó el penal y Lautaro Martínez festejó."),
            _in("en", 1, "Goalkeeper Emiliano Martinez saved twice, said Lautaro Martinez."),
        ]
    )
    assert holding(topics, "Emiliano Martínez") or holding(topics, "Emiliano Martinez")
    assert holding(topics, "Lautaro Martínez") or holding(topics, "Lautaro Martinez")

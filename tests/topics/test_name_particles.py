"""A surname that Cyrillic text cuts from its name at the particle ("Соуза" of "Марсело
Ребело де Соуза") is no topic of its own, and the name still meets its Latin spelling
(made-up names)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.people import after_particle


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_surname_after_a_cyrillic_particle_is_no_topic_of_its_own() -> None:
    def at(text: str, word: str) -> bool:
        return after_particle(text, text.index(word))

    assert at("Президент Лузитании Жоау Рибейру да Кошта заявил", "Кошта")
    assert at("Глава комиссии Урсула фон дер Ляйен прилетела", "Ляйен")
    assert at("Президентка Оксана Рибейру де Кошта сказала", "Кошта")  # Ukrainian
    # Ukrainian "де" is also "where": after a place and a comma, the name is a name.
    assert not at("Зустріч відбулася у Львові, де Зеленський виступив", "Зеленський")
    assert not at("у Львові де Зеленський виступив", "Зеленський")
    # Russian "да" (yes, and): one capitalised word before it is no name's first part.
    assert not at("Переговоры в Москве да Путин", "Путин")
    assert not at("сказал Кошта вечером", "Кошта")


def test_the_cut_name_still_meets_its_latin_spelling() -> None:
    articles = [
        _in("pt", 0, "O presidente João Ribeiro da Costa lamentou o acidente em Lisboa."),
        _in("en", 1, "President João Ribeiro da Costa said he was deeply sorry on Friday."),
        _in("ru", 2, "Президент Жоау Рибейру да Кошта выразил соболезнования в пятницу."),
        _in("ru", 3, "Жоау Рибейру да Кошта посетил место аварии в Лиссабоне."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "Кошта")
    (person,) = holding(topics, "João Ribeiro da Costa")
    assert person.kind == "person"
    assert any(a.startswith("Жоау") for a in person.aliases), person.aliases

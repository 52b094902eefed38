"""Two capitalised words joined by a hyphen, alone mid-sentence, are a double name
(:func:`~briefing.topics.written_names.double_name`): a name when two languages write it,
none when its halves are places or people the briefing names.

Every text here is written for the test (invented bases, people and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.patterns import name_words
from briefing.topics.tokens import Token, tokenize
from briefing.topics.written_names import double_name, halves


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _token(text: str, word: str) -> Token:
    """The hyphenated word opening at ``word``, re-joined as the first pass joins it."""
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == word)
    return name_words(tokens, first, first + 2)[0]


def test_the_shape_of_a_double_name() -> None:
    assert double_name(_token("the talks at Korvath-Linden ended", "Korvath"))
    assert not double_name(_token("the talks at KORVATH-LINDEN ended", "KORVATH"))
    assert not double_name(_token("Korvath-Linden ended the talks", "Korvath"))  # opens
    assert halves("Korvath-Linden") == ["Korvath", "Linden"]
    assert halves("E-Redes") == []


def _base_packet(name: str) -> list[Article]:
    return [
        _in("es", 1, f"La delegación llegó el viernes a la base de {name} en la costa norte."),
        _in("es", 2, f"El avión aterrizó en la base de {name} a las nueve."),
        _in("it", 3, f"La delegazione è arrivata alla base militare {name} venerdì."),
        _in("en", 4, "The delegation arrived at the northern base on Friday."),
    ]


def test_a_double_name_two_languages_write_is_a_topic() -> None:
    topics = extract_topics(_base_packet("Korvath-Linden"))
    assert len(holding(topics, "Korvath-Linden")) == 1, [t.name for t in topics]


def test_a_double_name_one_language_writes_is_not() -> None:
    topics = extract_topics(_base_packet("Korvath-Linden")[:2] + _base_packet("x")[3:])
    assert not holding(topics, "Korvath-Linden")


def test_two_people_of_the_briefing_joined_are_no_name() -> None:
    people = [
        _in("en", 5, "President Anton Malvek and Prime Minister Ilse Dorran met on Friday."),
        _in("en", 6, "Anton Malvek said later that Ilse Dorran had agreed to nothing."),
    ]
    topics = extract_topics(_base_packet("Malvek-Dorran") + people)
    assert not holding(topics, "Malvek-Dorran"), [t.name for t in topics]
    assert holding(topics, "Anton Malvek")


def test_two_places_of_the_briefing_joined_are_no_name() -> None:
    places = [
        _in("en", 5, "Trains from Paris reached Berlin late on Friday."),
        _in("en", 6, "In Berlin and in Paris the stations were closed."),
    ]
    topics = extract_topics(_base_packet("Paris-Berlin") + places)
    assert not holding(topics, "Paris-Berlin"), [t.name for t in topics]


def test_a_double_name_in_cyrillic_letters_is_left_to_the_place_rules() -> None:
    assert not double_name(_token("встреча в Корват-Линден прошла", "Корват"))


def test_the_opening_of_a_longer_name_is_its_short_form_not_a_topic() -> None:
    longer = [
        _in("en", 5, "Crowds filled Sainte-Véronique de Lerac for the first mass."),
        _in("fr", 6, "La foule a rempli Sainte-Véronique de Lerac pour la messe."),
    ]
    topics = extract_topics(_base_packet("Sainte-Véronique") + longer)
    alone = [t for t in holding(topics, "Sainte-Véronique") if len(t.aliases) == 1]
    assert not alone, [(t.name, t.aliases) for t in topics]


def test_a_hyphenated_country_stays_the_country() -> None:
    articles = [
        _in("fr", 1, "La délégation venue des États-Unis est arrivée vendredi."),
        _in("fr", 2, "Les États-Unis ont salué la réouverture de la cathédrale."),
        _in("it", 3, "La delegazione degli Stati Uniti è arrivata venerdì."),
        _in("en", 4, "The United States sent a delegation on Friday."),
    ]
    topics = extract_topics(articles)
    owners = {t.id for s in ("États-Unis", "United States") for t in holding(topics, s)}
    held = holding(topics, "États-Unis")
    assert len(owners) == 1 and held and all(t.kind == "place" for t in held)

"""A Russian or Ukrainian person written only in an oblique case is named in the nominative
(:mod:`briefing.topics.oblique_names`), on invented names; look-alikes that stay as written:
a name that reads as a nominative already, a woman's indeclinable surname, an organisation."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import canonical
from briefing.topics.oblique_names import nominative_name


def _occs(*surfaces: str) -> list[Occurrence]:
    return [Occurrence(f"{n:03d}", 0, 0, len(s), s) for n, s in enumerate(surfaces)]


def test_a_name_the_dictionary_knows_is_put_in_the_nominative() -> None:
    assert nominative_name("Ивана Полякова") == "Иван Поляков"  # genitive
    assert nominative_name("Ивану Полякову") == "Иван Поляков"  # dative
    assert nominative_name("Илью Яшина") == "Илья Яшин"  # accusative
    assert nominative_name("Марии Захаровой") == "Мария Захарова"  # a woman's: femn kept
    assert nominative_name("Юлии Коваленко") == "Юлия Коваленко"  # indeclinable surname
    assert nominative_name("Петру Волкову") == "Петр Волков"  # "е" as written, not "ё"
    assert nominative_name("Семена Волкова") == "Семен Волков"
    assert nominative_name("ИВАНА ПОЛЯКОВА") == "ИВАН ПОЛЯКОВ"


def test_a_foreign_mans_surname_declines_as_his_given_name() -> None:
    assert nominative_name("Кэлвина Мэррита") == "Кэлвин Мэррит"
    assert nominative_name("Кэлвином Мэрритом") == "Кэлвин Мэррит"
    assert nominative_name("Стефана Новака") == "Стефан Новак"


def test_names_that_are_no_oblique_paradigm_stay_as_written() -> None:
    assert nominative_name("Мария Захарова") == "Мария Захарова"  # a nominative already
    assert nominative_name("Петра Коваленко") == "Петра Коваленко"  # Petra, nominative
    assert nominative_name("Петра Волкова") == "Петра Волкова"  # Petra Volkova, likewise
    assert nominative_name("Анны Дзанетти") == "Анны Дзанетти"  # her surname: no ending
    assert nominative_name("Красного Креста") == "Красного Креста"  # no person's words
    assert nominative_name("Полякова") == "Полякова"  # one word: which case, whose?
    assert nominative_name("Ивана Полякова-Смита") == "Ивана Полякова-Смита"
    assert nominative_name("Ivan Polyakov") == "Ivan Polyakov"


def test_a_person_topic_written_only_in_the_genitive_is_named_in_the_nominative() -> None:
    assert canonical("person", "p:ivan polyakov", _occs("Ивана Полякова", "Полякова")) == (
        "Иван Поляков"
    )
    # A text writing the nominative names it as before; an organisation is left alone.
    written = _occs("Ивана Полякова", "Ивана Полякова", "Иван Поляков")
    assert canonical("person", "p:ivan polyakov", written) == "Иван Поляков"
    assert canonical("organisation", "n:красный крест", _occs("Красного Креста")) == (
        "Красного Креста"
    )

"""A weekday or month name with a number is a date in any language, never a name.

Every text here is written for the test (invented people and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.date_runs import _date_phrase, date_words
from briefing.topics.tokens import Token


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _names(articles: list[Article]) -> set[str]:
    return {a for t in extract_topics(articles) for a in (t.name, *t.aliases)}


def test_cldr_gives_weekdays_and_months_in_their_date_forms() -> None:
    assert {"κυριακη", "σαββατο", "μαρτιου", "μαρτιος"} <= date_words("el")
    assert {"воскресенье", "марта", "март"} <= date_words("ru")
    assert {"cumartesi", "mart"} <= date_words("tr")
    assert "monday" in date_words("xx-unknown")  # English's own, whatever the language
    assert "domingo" not in date_words("en")


def test_a_greek_weekday_and_a_day_number_is_no_organisation() -> None:
    greek = [
        _in(
            "el",
            n,
            "Η Βορεινή Γραμμή ανακοίνωσε ότι τα δρομολόγια αναστέλλονται το Σάββατο 4/3 και "
            "την Κυριακή 5/3 λόγω απεργίας.",
            "Την Κυριακή 5 Μαρτίου ο Νίκος Παππάς θα μιλήσει στη Λάρισα.",
            "Το πρωί της Τετάρτης 1 Μαρτίου έκλεισε η γραμμή.",
        )
        for n in range(3)
    ]
    names = _names(greek)
    assert not names & {"Σάββατο 4", "Κυριακή 5", "Κυριακή 5 Μαρτίου", "Τετάρτης 1"}
    assert "Βορεινή Γραμμή" in names or "Νίκος Παππάς" in names  # names around them stay


def test_a_date_word_without_a_number_or_with_another_word_stays() -> None:
    def date(*texts: str) -> bool:
        return _date_phrase([Token(t, 0, len(t), False, t.lower()) for t in texts], "es")

    assert date("Domingo", "5") and date("5", "Marzo") and date("Marzos", "5")
    assert not date("Domingo")  # the tenor by his surname, or a day: not a date to drop
    assert not date("Plácido", "Domingo", "5")
    assert not date("Martina", "5")  # more than two letters past the month's stem


def test_a_name_that_is_also_a_weekday_stays_a_name() -> None:
    spanish = [
        _in(
            "es",
            n,
            "El tenor Plácido Domingo cantó en Sevilla el domingo 5 de marzo.",
            "Según Plácido Domingo, la gira seguirá en abril.",
        )
        for n in range(3)
    ]
    assert "Plácido Domingo" in _names(spanish)

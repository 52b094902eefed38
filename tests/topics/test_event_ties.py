"""Between act words the English leads share equally, the noun the other languages write too
names the event; a verb keeps its place (made-up packets: a festival's parade in Varna, a
flood in Osko; own text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_shared import Lead
from briefing.topics.event_ties import widest, written_across
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str | None, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 5, 3))
    return replace(found, language=language)


_OTHERS = [
    Lead("fr", "La cérémonie de Varna", "La cérémonie a eu lieu sous la pluie."),
    Lead("es", "Varna", "La ceremonia de apertura duró cuatro horas."),
    Lead("de", "Varna feiert", "Die Zeremonie begann am Abend."),
    # A look-alike: a word that shares only a short stem ("cere" of "cereales").
    Lead("it", "Varna", "Il mercato dei cereali era chiuso."),
]


def test_the_word_other_languages_write_too_breaks_the_tie() -> None:
    across = written_across({"ceremony", "performance", "rain"}, _OTHERS)
    # cérémonie, ceremonia; German's "Zeremonie" opens with another letter: not read as one.
    assert across["ceremony"] == (2, 2)
    assert across["performance"] == (0, 0)
    assert widest("performance", ["ceremony", "rain"], _OTHERS) == "ceremony"
    # No other language writes either: the English leads' choice stays.
    assert widest("performance", ["parade"], _OTHERS) == "performance"
    assert widest("performance", [], _OTHERS) == "performance"


def _festival() -> list[Article]:
    # The English leads write "ceremony" and "performance" alike often (a headline counts
    # twice); the other languages write the ceremony only. Every English text writes
    # "opening ceremony" further down.
    return [
        _dated(
            0,
            "en",
            "Varna festival opens with rain-soaked ceremony",
            "Crowds lined the banks in Varna on Friday.",
            "Umbrellas were everywhere.",
            "The opening ceremony lasted four hours.",
        ),
        _dated(
            1,
            "en",
            "In pictures: a night in Varna",
            "A show-stopping performance by Ana Ruiz closed a long evening in Varna.",
            "Umbrellas were everywhere.",
            "Here are photos from the opening ceremony.",
        ),
        _dated(
            2,
            "en",
            "Varna kicks off with rain and Ana Ruiz performance",
            "Friday saw a drenched ceremony in Varna as dancers lined the banks.",
            "Umbrellas were everywhere.",
            "It was the first opening ceremony held on the water.",
        ),
        _dated(3, "fr", "La cérémonie d'ouverture à Varna", "La cérémonie a eu lieu à Varna."),
        _dated(4, "fr", "Varna sous la pluie", "Pendant la cérémonie, il pleuvait à Varna."),
        _dated(5, "es", "Varna", "La ceremonia inaugural de Varna duró cuatro horas."),
        _dated(6, "es", "Varna", "La ceremonia de apertura en Varna fue larga."),
    ]


def test_the_event_is_the_ceremony_every_language_writes_not_a_singers_performance() -> None:
    articles = _festival()
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Opening ceremony in Varna"), name


def test_a_word_more_english_leads_share_keeps_its_place() -> None:
    # A fourth English lead writes the singer's performance: no tie, and the languages
    # that write the ceremony do not overturn the English leads' count.
    articles = [
        *_festival(),
        _dated(
            7,
            "en",
            "Ana Ruiz performance in Varna",
            "The performance by Ana Ruiz in Varna was the night's highlight.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "performance" in name.casefold(), name

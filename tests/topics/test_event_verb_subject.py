"""The word before a verb is its subject, not a qualifier: "migrant boat capsizes" names
the capsizing, not the migrants (made-up multilingual packet, own text).

A noun the English leads write with a modifier ("white smoke") gives way to the subject the
articles of every language share ("conclave"); a verb ("capsizes") is not qualified by the
words before it, so the act stays the verb's and is named by the noun the text writes for
it ("the capsize").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.events import main_event


def _dated(n: int, language: str, day: int, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, day))
    return replace(found, language=language)


def _packet() -> list[Article]:
    return [
        _dated(
            0,
            "en",
            2,
            "Migrant boat capsizes off Varna",
            "A migrant boat capsized near Varna; the capsize left many migrants missing.",
        ),
        _dated(
            1,
            "en",
            3,
            "Dozens missing as migrant boat capsizes",
            "The migrant boat capsized at night with forty migrants on board, near Varna.",
        ),
        _dated(
            2,
            "en",
            3,
            "Search goes on as boat capsizes",
            "Divers searched the bay for migrants when the boat capsized off Varna.",
        ),
        _dated(3, "it", 2, "Varna", "I migranti erano a bordo del battello a Varna."),
        _dated(4, "it", 3, "Varna", "Cercati ancora i migranti dispersi vicino a Varna."),
        _dated(5, "de", 3, "Varna", "Die Migranten wurden in Varna gesucht, sagte die Polizei."),
        _dated(6, "fr", 3, "Varna", "Les migrants ont été retrouvés près de Varna."),
    ]


def test_a_verbs_subject_is_no_qualifier_and_the_act_keeps_its_noun() -> None:
    articles = _packet()
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Capsize"), name
    assert not name.startswith("Migrant"), name

"""The injured counted as the others after the dead (:mod:`briefing.analysis.others`).

Every sentence is written for these tests: a made-up bus crash reported on one day in several
languages. Each look-alike keeps every condition of a real reading but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import claim_values, figure_flags, make_article

from briefing.analysis.model import Quote
from briefing.analysis.others import other_injured
from briefing.analysis.text import sentences
from briefing.model import Article, Span

DAY = dt.date(2031, 3, 9)


def _read(text: str, language: str, reported: dt.date | None = DAY) -> list[tuple[str, float]]:
    """(value, number) of every injured count :func:`other_injured` reads in ``text``."""
    parts = sentences(text, language)
    found = []
    for position, sentence in enumerate(parts):
        quote = Quote("a", "Outlet a", Span(0, sentence.start, sentence.end), sentence.text)
        for figure in other_injured(parts, position, language, None, quote, reported):
            assert figure.key[1] == "casualties injured"
            found.append((figure.value, figure.low))
    return found


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("At least nine died in the crash and another 14 were injured.", "en", 14),
        ("Bei dem Unfall starben neun Menschen, weitere 14 wurden verletzt.", "de", 14),
        ("W wypadku zginęło dziewięć osób, a kolejnych 14 jest rannych.", "pl", 14),
        # The dead counted in the sentence before: "another" opens its own sentence.
        ("Число погибших в аварии выросло до девяти. Еще 14 пострадали.", "ru", 14),
        ("У аварії загинули дев'ять людей. Ще 14 людей поранені.", "uk", 14),
    ],
)
def test_another_count_after_the_dead_is_the_injured(text: str, language: str, number: int) -> None:
    assert [low for _, low in _read(text, language)] == [number]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An increment of the injured: the injured were counted before it.
        ("Twenty were injured in the morning. Another 14 were injured at noon.", "en"),
        ("Nine died and 20 were hurt; another 14 were injured later.", "en"),
        # An increment of the dead: its own clause names the dead.
        ("Nine died in the crash. Another 14 people died in hospital.", "en"),
        # A part of the injured, not a general word for people.
        ("At least nine died and another 14 children were injured.", "en"),
        # No count of the dead before it.
        ("The bus overturned on the bridge. Another 14 were injured.", "en"),
        ("Nine buses were damaged and another 14 were injured.", "en"),
        # A count of the dead in a sentence further back, not the one before.
        ("Nine died. The bus was full. Another 14 were injured.", "en"),
        # No "another": a plain count is read (or not) by the figure reader, not here.
        ("At least nine died in the crash and 14 were injured.", "en"),
        # A range is the writer's doubt, not a count this reader gives.
        ("Nine died and another 14 to 16 were injured.", "en"),
    ],
)
def test_look_alikes_stay_unread(text: str, language: str) -> None:
    assert _read(text, language) == []


def test_a_report_of_no_known_day_gives_no_toll() -> None:
    assert _read("At least nine died and another 14 were injured.", "en", reported=None) == []


def _in(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def test_two_reports_of_one_day_disagree_on_the_injured() -> None:
    flags = figure_flags(
        _in("ru", "a", "Число погибших в аварии автобуса выросло до 9 человек. Еще 28 пострадали."),
        _in("pl", "b", "W wypadku autobusu zginęło 9 osób, a kolejnych 16 jest rannych."),
    )
    injured = [d for d in flags if "injured" in d.subject]
    assert len(injured) == 1
    assert claim_values(injured[0]) == {"Еще 28 (injured)", "kolejnych 16 (injured)"}


def test_reports_of_two_days_are_two_stages() -> None:
    later = DAY + dt.timedelta(days=1)
    flags = figure_flags(
        _in("ru", "a", "Число погибших в аварии автобуса выросло до 9 человек. Еще 28 пострадали."),
        _in("pl", "b", "W wypadku autobusu zginęło 9 osób, a kolejnych 16 jest rannych.", later),
    )
    assert not [d for d in flags if "injured" in d.subject]


def test_the_same_count_in_two_languages_agrees() -> None:
    flags = figure_flags(
        _in("de", "a", "Bei dem Busunglück starben neun Menschen, weitere 16 wurden verletzt."),
        _in("pl", "b", "W wypadku autobusu zginęło 9 osób, a kolejnych 16 jest rannych."),
    )
    assert not [d for d in flags if "injured" in d.subject]

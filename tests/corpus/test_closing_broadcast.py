"""A broadcaster's closing line (``Broadcast: Radio Example, 14.03.2031 19:00``, ``This report
was broadcast on … on Radio Example.``) names the station that aired the item, and dates it
(briefing.corpus.closing_broadcast). Every text is written for the test, with look-alikes (a
cited broadcaster, "told Reuters", a photo credit, a tweet's source line) that name no one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, EN, FR, IT, read

from briefing.corpus.closing_broadcast import closing_broadcast_date, closing_broadcaster


@pytest.mark.parametrize(
    ("line", "station"),
    [
        ("Broadcast: Radio Example News, 14.03.2031 19:00", "Radio Example News"),
        ("Sendung: Beispiel24 Nachrichten, 14.03.2031 19:00 Uhr", "Beispiel24 Nachrichten"),
        ("Émission : Radio Exemple, 14 mars 2031, 7h30", "Radio Exemple"),
        ("This report was broadcast on 14 March 2031 on Radio Example.", "Radio Example"),
        ("Diese Nachricht wurde am 14.03.2031 im Programm Beispielfunk gesendet.", "Beispielfunk"),
        ("Ce reportage a été diffusé le 14 mars 2031 sur Radio Exemple.", "Radio Exemple"),
        ("Questo servizio è andato in onda il 14 marzo 2031 su Radio Esempio.", "Radio Esempio"),
    ],
)
def test_a_closing_broadcast_line_names_the_station(line: str, station: str) -> None:
    assert closing_broadcaster([EN, EN, line]) == station


@pytest.mark.parametrize(
    "line",
    [
        # a cited broadcaster: the line does not speak of this item
        "The interview was broadcast by Channel Example on 14 March 2031.",
        "Das Interview wurde am 14.03.2031 im isländischen Sender Beispiel-TV ausgestrahlt.",
        # quoted outlets, with a date, but no broadcast label or verb
        "The mayor told Reuters on 14 March 2031 that the bridge would reopen.",
        "According to AFP, the bridge reopened on 14 March 2031.",
        "Reuters reported on 14 March 2031 that the bridge would reopen.",
        # a tweet's source line and a photo credit
        "— Radio Example (@radioexample) March 14, 2031",
        "Photo: Radio Example, 14.03.2031 19:00",
        # a republishing note: published, not broadcast
        "This article was originally published on 14 March 2031 on Example Site.",
        # the item, broadcast, but no date: nothing says this is the closing stamp
        "This report was broadcast on Radio Example.",
        # a label and a name, but a sentence about events, not a stamp
        "Broadcast: the council said the bridge would reopen on 14.03.2031 after the works.",
        "Broadcast: the evening bulletin, 14.03.2031 19:00",  # no name, a description
        "Broadcast: Ministry of Transport, 14.03.2031 19:00",  # an institution
    ],
)
def test_look_alikes_name_no_station(line: str) -> None:
    assert closing_broadcaster([EN, EN, line]) is None


def test_only_the_last_two_paragraphs_count() -> None:
    line = "This report was broadcast on 14 March 2031 on Radio Example."
    assert closing_broadcaster([EN, line, EN]) == "Radio Example"
    assert closing_broadcaster([line, EN, EN]) is None


def test_the_line_dates_the_item_it_closes() -> None:
    line = "Diese Nachricht wurde am 14.03.2031 im Programm Beispielfunk gesendet."
    assert closing_broadcast_date([DE, line]) == dt.date(2031, 3, 14)
    assert closing_broadcast_date([DE, "Das Interview wurde am 14.03.2031 gesendet."]) is None


def test_the_article_gets_the_station_and_the_day(tmp_path: Path) -> None:
    text = (
        f"{DE}\n\n{DE}\n\nDiese Nachricht wurde am 14.03.2031 im Programm Beispielfunk gesendet.\n"
    )
    article = read(tmp_path, text)
    assert article.source == "Beispielfunk"
    assert article.date == dt.date(2031, 3, 14)


def test_a_cited_station_at_the_end_names_no_outlet(tmp_path: Path) -> None:
    text = f"Pont\n\n{FR}\n\n{FR}\n\nL'entretien a été diffusé le 14 mars 2031 sur Radio Exemple.\n"
    article = read(tmp_path, text, "fr.txt")
    assert article.source is None


def test_a_stamp_in_italian_closes_the_story(tmp_path: Path) -> None:
    text = f"Ponte\n\n{IT}\n\n{IT}\n\nTrasmissione: Radio Esempio, 14.03.2031 19:00\n"
    assert read(tmp_path, text, "it.txt").source == "Radio Esempio"

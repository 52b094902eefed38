"""Metadata shapes found missing on a blind packet (an election, 2026-12-03), each written here
in text made up for the test, with the look-alikes that must not be read."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.datelines import read_dateline
from briefing.corpus.dates import find_dates
from briefing.corpus.labels import read_label


@pytest.mark.parametrize(
    "text",
    [
        "/media/img/2031/03/14/8812abc.jpg)",  # an image path pasted with the text
        "Photo: https://example.org/2031-03-14/harbour-story",
        "cdn/2031/3/14/",
    ],
)
def test_a_date_inside_a_path_is_not_a_stated_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text", ["Published 2031/03/14.", "Dated 2031-03-14, the letter said", "(2031-03-14)"]
)
def test_a_date_written_in_the_text_is_still_read(text: str) -> None:
    assert find_dates(text) == [dt.date(2031, 3, 14)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Mise à jour : 14-03-2031 (07:36)", False, dt.date(2031, 3, 14)),
        ("Publié le 14-03-2031", True, dt.date(2031, 3, 14)),
        ("Aggiornato il 03-14-2031", False, dt.date(2031, 3, 14)),  # month first, settled
    ],
)
def test_hyphenated_day_month_year_labels_are_read(
    text: str, published: bool, day: dt.date
) -> None:
    label = read_label(text)
    assert label is not None and label.published is published
    assert label.date.value() == day


def test_a_hyphenated_date_that_could_be_either_order_is_not_read() -> None:
    assert read_label("Mise à jour : 04-05-2031") is None  # 4 May or 5 April


def test_a_hyphenated_agency_in_lower_case_names_the_wire() -> None:
    found = read_dateline("VALLETTA (dpa-AFX) - The harbour reopened on Friday.")
    assert found is not None and found.agency == "dpa-AFX" and found.place == "VALLETTA"


@pytest.mark.parametrize(
    "text",
    [
        "VALLETTA (see below) - The harbour reopened.",  # prose in brackets
        "VALLETTA (updated) - The harbour reopened.",
        "VALLETTA (photo) - The harbour reopened.",
    ],
)
def test_brackets_that_are_no_agency_stay_unread(text: str) -> None:
    found = read_dateline(text)
    assert found is None or found.agency is None

"""An update note in brackets makes a month-only label exact; text made up for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, ES, read

from briefing.corpus.labels import update_note


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date 2031-03 [Notícia atualizada às 20h25 de 12 de março de 2031 - revisto] O", 12),
        ("(Aktualisiert am 3. März 2031, 14:20 Uhr) Die Stadt", 3),
        ("[Updated 9:10 p.m. March 3, 2031] The city", 3),
        ("[Actualizada el 14 de marzo de 2031] La ciudad", 14),
    ],
)
def test_an_update_note_in_brackets_gives_its_day(text: str, day: int) -> None:
    found = update_note(text)
    assert found is not None and (found.year, found.month, found.day) == (2031, 3, day)


@pytest.mark.parametrize(
    "text",
    [
        "(born 3 March 1950) was a painter",  # a date in brackets, no update word
        "[photo: 3 March 2031] The harbour",
        "[Updated in March 2031] The harbour",  # an update word but no day
        "The note [updated 3 March 2031] sits inside the sentence",  # not opening the text
    ],
)
def test_other_brackets_give_no_date(text: str) -> None:
    assert update_note(text) is None


def test_an_update_note_makes_a_month_label_exact(tmp_path: Path) -> None:
    text = f"date 2031-03 [Notícia atualizada às 20h25 de 12 de março de 2031] {ES}\n\n{ES}\n"
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 12) and article.date_precision == "day"


def test_an_update_note_of_another_month_leaves_the_month(tmp_path: Path) -> None:
    text = f"date 2031-03 (Aktualisiert am 2. April 2031, 09:00 Uhr) {DE}\n\n{DE}\n"
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"

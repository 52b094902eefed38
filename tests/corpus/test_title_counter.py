"""A comment counter left at the headline's end (``<headline> 0``), in text made up for the
test: dropped when the lead repeats the headline without it; a number the headline really ends
in stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.title_choice import drop_counter

HEAD = "В городе открылся новый мост через реку"
LEAD = HEAD + ". Его строили три года, и теперь он соединяет два района."


def test_a_counter_the_lead_does_not_repeat_is_dropped() -> None:
    assert drop_counter(HEAD + " 0", [LEAD]) == HEAD
    assert drop_counter(HEAD + " 12", ["", LEAD]) == HEAD


@pytest.mark.parametrize(
    ("title", "after"),
    [
        ("Die besten Filme des Jahres 2031", ["Die besten Filme des Jahres 2031 sind gewählt."]),
        (HEAD + " 0", ["Совсем другой абзац о погоде и дорогах в нашем районе."]),
        ("Der Plan für Zone 4", ["Der Plan für Zonen 4 und 5 wurde gestern vorgestellt."]),
        ("Apollo 11", ["Apollo. The mission landed on the Moon."]),  # too short to judge
        (HEAD, [LEAD]),  # no number at all
    ],
)
def test_a_number_that_belongs_to_the_headline_stays(title: str, after: list[str]) -> None:
    assert drop_counter(title, after) == title


def test_the_article_title_loses_the_counter(tmp_path: Path) -> None:
    text = f"{HEAD} 0\n\n{LEAD} Движение откроют в понедельник утром, сообщили в мэрии."
    assert read(tmp_path, text).title == HEAD

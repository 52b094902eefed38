"""A page's day label that the article's own dates contradict yields: to the article's own
stamp or dateline, or to no date. Labels the text agrees with, or only seems to contradict (a
time zone apart, a later date told as future or expected, a month label), stay. Text made up
for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.analysis.forecasts import speaks_of_future

_ES = (
    "El consejo aprobó el nuevo plan del puente tras un largo debate y las obras empezarán "
    "la próxima primavera, según el alcalde."
)
_EN = (
    "The council approved the new bridge plan after a long debate, and the mayor said the "
    "crossing would be rebuilt in stone."
)


def test_a_later_publication_stamp_of_the_article_overrules_the_label(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "date 2019-12-01 Autor: Redacción / Kvarna Noticias | Fecha: 3 de marzo de 2031 a las "
        f"08:01:17\n\nExampleton, a 3 de marzo 2031.- {_ES}\n\n{_ES}\n",
    )
    assert article.date == dt.date(2031, 3, 3)
    assert article.source == "Kvarna Noticias"


def test_a_later_dated_dateline_overrules_the_label(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"date 2020-06-01 Bridge plan approved\n\nLONDON, March 3, 2031 - {_EN}\n"
    )
    assert article.date == dt.date(2031, 3, 3)


def test_a_label_before_a_month_the_story_tells_as_past_gives_no_date(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"date 2029-01-01 {_EN}\n\nThe old bridge, closed since it collapsed on 7 October "
        "2029, was torn down last week by the city's engineers.\n",
    )
    assert article.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the label agrees with the dateline
        (f"date 2031-03-03 Bridge plan approved\n\nLONDON, March 3, 2031 - {_EN}\n", (2031, 3, 3)),
        # an update's later day: the story was changed, not published, then
        (
            "Bridge plan approved\nPublished on March 3, 2031\nUpdated on March 9, 2031"
            f"\n\n{_EN}\n",
            (2031, 3, 3),
        ),
        # a day apart the other way: the paper of the next morning, or a time zone
        (f"date 2031-03-04 Bridge plan approved\n\nTOKYO, March 3, 2031 - {_EN}\n", (2031, 3, 4)),
        # a later day told as future, a schedule
        (
            f"date 2031-03-03 {_EN}\n\nThe cathedral will reopen on 7 December 2031, the "
            "bishop said.\n",
            (2031, 3, 3),
        ),
        (
            f"date 2031-03-03 {_EN}\n\nLa cathédrale rouvrira ses portes le 7 décembre 2031, "
            "a dit l'évêque devant la presse.\n",
            (2031, 3, 3),
        ),
        # a later month expected
        (
            f"date 2031-03-03 {_EN}\n\nThe new crossing is expected to open in October 2031.\n",
            (2031, 3, 3),
        ),
        # earlier dates of the story are its past, no contradiction
        (
            f"date 2031-03-03 {_EN}\n\nThe old bridge collapsed on 14 August 2029.\n",
            (2031, 3, 3),
        ),
        # a later day of the same month told in the past: no later month, the label stays
        (f"date 2031-03-03 {_EN}\n\nThe bridge closed on March 20, 2031.\n", (2031, 3, 3)),
    ],
)
def test_labels_the_text_does_not_contradict_stay(
    tmp_path: Path, text: str, day: tuple[int, int, int]
) -> None:
    assert read(tmp_path, text).date == dt.date(*day)


def test_a_month_label_is_never_checked(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"date 2031-03 {_EN}\n\nThe old bridge, closed since it collapsed on 7 October "
        "2031, was torn down.\n",
    )
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"


def test_the_future_of_a_clause_is_read_beside_a_past_one() -> None:
    sentence = "The bridge, which collapsed on 7 October 2029, will reopen on 5 May 2031."
    past = sentence.index("7 October 2029")
    future = sentence.index("5 May 2031")
    assert not speaks_of_future(sentence, past, past + 14, "en")
    assert speaks_of_future(sentence, future, future + 10, "en")

"""A headline's unlabelled time stamp run onto its end is furniture and dates the story
(briefing.corpus.head_stamp); a date of the headline's own stays. Lines written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.head_stamp import head_stamp
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.labels import read_label

JA_HEAD = "例示市で大雨=港が閉鎖―MS社のシステムに障害"
JA_BODY = (
    "【例示市時事】例示市で4日、大雨により港が閉鎖された。市によると、船の運航は全て止まり、"
    "多くの旅行者が足止めされた。復旧の見通しは立っていない。"
)


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (f"{JA_HEAD} 2031年03月04日 17時41分", JA_HEAD),
        ("Storm closes the Velmora harbour 04.03.2031 17:41", "Storm closes the Velmora harbour"),
    ],
)
def test_a_stamp_ending_the_headline_is_cut_off(line: str, head: str) -> None:
    at = head_stamp(line)
    assert at is not None and line[:at].strip() == head


@pytest.mark.parametrize(
    "line",
    [
        "Storm closes the Velmora harbour on 4 March 2031 at 17:41",  # a word between
        "Storm of 4 March 2031",  # no time: the headline's own date
        "Storm closes the harbour 4 March 17:41",  # no year
        "Velmora 04.03.2031 17:41",  # too short to be a headline
    ],
)
def test_a_headlines_own_date_is_no_stamp(line: str) -> None:
    assert head_stamp(line) is None


def test_a_japanese_headline_with_its_stamp_gives_title_and_date(tmp_path: Path) -> None:
    article = read(tmp_path, f"{JA_HEAD} 2031年03月04日 17時41分\n{JA_BODY}\n")
    assert article.title == JA_HEAD
    assert article.date == dt.date(2031, 3, 4)


def test_a_cjk_clock_may_follow_a_date_line() -> None:
    label = read_label("2031年03月04日 17時41分")
    assert label is not None and label.bare and label.date.value() == dt.date(2031, 3, 4)
    assert read_label("2031年03月04日 17时41分") is not None


def test_a_latin_acronym_does_not_make_a_cjk_headline_an_all_caps_label() -> None:
    assert headline_shaped(JA_HEAD)
    assert not headline_shaped("LIVE UPDATES")

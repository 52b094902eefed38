"""A crowd that gathered, one count in every language (:mod:`briefing.analysis.crowds`).

Fixtures are written for these tests (no article text). The story: a made-up opening of the
Castellan Bridge at Orlenz, watched by a crowd along the river.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import figure_values, make_article

from briefing.analysis.crowds import _one_scene, is_crowd
from briefing.analysis.figures import read_figures
from briefing.model import Article


def _article(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _crowds(language: str, text: str) -> list[tuple[float, float]]:
    figures, _ = read_figures([_article(language, "a", text)])
    return [(f.low, f.high) for f in figures if f.crowd]


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        ("en", "An estimated 80,000 fans lined the streets of the old town.", 68_000),
        ("fr", "Environ 80 000 personnes se sont rassemblées au bord du fleuve.", 68_000),
        ("de", "Rund 80.000 Menschen versammelten sich am Ufer.", 68_000),
        ("ru", "На набережной собрались 80 000 человек.", 75_000),
        ("zh", "估计有8万民众涌入小镇争睹盛况。", 75_000),
        ("ja", "この日、川沿いには約12万人が集まった。", 102_000),
        ("ko", "다리 주변에는 8만여 명의 인파가 몰렸다.", 80_000),
        ("ar", "واحتشد أكثر من 80 ألف شخص على ضفاف النهر.", 80_000),
    ],
)  # fmt: skip
def test_a_crowd_that_gathered_is_read_in_every_script(
    language: str, text: str, low: float
) -> None:
    assert [round(lo) for lo, _ in _crowds(language, text)] == [low]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 600 guests were invited to the ceremony."),  # guests, no gathering
        ("en", "About 80,000 people live in the old town."),  # no verb of gathering
        ("en", "Twelve people were killed as 80,000 fans gathered."),  # a toll beside it
        ("fr", "Quelque 80 000 personnes sont attendues au bord du fleuve."),  # an expectation
        ("ja", "城の敷地内には、関係者ら1000人以上も招かれた。"),  # the invited
        ("ja", "式には近親者ら約600人が参列した。"),  # guests at the ceremony
        ("zh", "这场仪式吸引了1200名宾客出席。"),  # guests
        ("ko", "하객 600명이 참석한 가운데 열렸다."),  # guests attending
    ],
)  # fmt: skip
def test_guests_the_invited_and_residents_are_no_crowd(language: str, text: str) -> None:
    assert _crowds(language, text) == []


def test_is_crowd_wants_a_word_for_people() -> None:
    text = "Some 300 boats gathered on the river."
    assert not is_crowd(text, 5, 8, "boats", "en")


def test_one_crowd_in_four_scripts_disagrees() -> None:
    articles = [
        _article("en", "a", "An estimated 80,000 fans lined the streets of the old town."),
        _article("zh", "b", "估计有8万民众涌入小镇争睹盛况。"),
        _article("ja", "c", "この日、川沿いには約12万人が集まった。"),
        _article("ko", "d", "다리 주변에는 8만여 명의 인파가 몰렸다."),
    ]
    found = figure_values(*articles)
    assert len(found) == 1
    assert set(found[0]) == {"An estimated 80,000 fans", "8万民众", "約12万人", "8만여 명"}


def test_crowds_that_agree_raise_nothing() -> None:
    articles = [
        _article("en", "a", "An estimated 80,000 fans lined the streets of the old town."),
        _article("ko", "b", "다리 주변에는 8만여 명의 인파가 몰렸다."),
        _article("ar", "c", "واحتشد أكثر من 80 ألف شخص على ضفاف النهر."),
    ]
    assert figure_values(*articles) == []


def test_the_guests_and_the_crowd_are_never_one_count() -> None:
    articles = [
        _article("en", "a", "Some 600 guests were invited to the ceremony."),
        _article("ja", "b", "式には近親者ら約1200人が参列した。"),
        _article("ko", "c", "다리 주변에는 8만여 명의 인파가 몰렸다."),
    ]
    assert figure_values(*articles) == []


def test_crowds_of_sentences_naming_other_things_are_not_tied() -> None:
    # Two named scenes (two topics, none shared) are two crowds; so is a sentence naming a
    # topic against one naming none.
    assert not _one_scene({"lyon"}, {"marseille"})
    assert not _one_scene({"lyon"}, set())
    assert _one_scene({"lyon", "mayor"}, {"lyon"})
    assert _one_scene(set(), None)


def test_a_crowd_of_another_day_is_not_tied() -> None:
    from briefing.analysis.crowds import _candidate
    from briefing.analysis.days import Day

    figures, _ = read_figures([_article("ru", "a", "На набережной собрались 80 000 человек.")])
    crowd = next(f for f in figures if f.crowd)
    main = dt.date(2026, 5, 9)
    assert _candidate(crowd, main)  # no day of its own: the story's
    assert _candidate(dataclasses.replace(crowd, day=Day(5, 9, 2026)), main)
    assert not _candidate(dataclasses.replace(crowd, day=Day(5, 2, 2026)), main)

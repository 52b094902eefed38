"""Counts written like a year are no year (made-up texts)."""

from __future__ import annotations

import re

import pytest

from briefing.analysis.year_counts import counts_something, years_written

_FOUR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _years(text: str, language: str = "en") -> list[str]:
    return [m.group() for m in years_written(_FOUR, text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A gale over Varna; 2000 dead.", "en"),
        ("Over 2000 people died in the gale.", "en"),
        ("The gale left 1999 victims.", "en"),
        ("The deaths of 2000 people were confirmed.", "en"),
        ("Sturm über Varna: 1500 Tote.", "de"),
        ("Nach dem Sturm wurden 1500 Opfer gezählt.", "de"),
        ("Шторм в Варне: 2000 погибших.", "ru"),
        ("Une tempête à Varna : 1900 morts.", "fr"),
        ("瓦尔纳风暴造成2000多人死亡。", "zh"),
        ("바르나 폭풍으로 2000명이 숨졌다.", "ko"),
        ("ヴァルナの嵐で2000人が死亡した。", "ja"),
    ],
)
def test_a_count_of_people_or_of_the_dead_is_no_year(text: str, language: str) -> None:
    assert _years(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("The storm of 2000 killed thirty people.", "en", "2000"),
        ("A gale hit Varna in 2000.", "en", "2000"),
        ("The 1999 gale in Varna was worse.", "en", "1999"),
        ("In 2000 died the old harbour master.", "en", "2000"),
        ("Seit 2000 ist das Wehr marode.", "de", "2000"),
        ("Der Sturm von 1999 tötete zehn Menschen.", "de", "1999"),
        ("В 2000 году шторм разрушил порт.", "ru", "2000"),
        ("2000年瓦尔纳发生风暴。", "zh", "2000"),
        ("2000년 바르나에 폭풍이 왔다.", "ko", "2000"),
    ],
)
def test_a_year_the_text_reads_as_one_is_kept(text: str, language: str, year: str) -> None:
    assert _years(text, language) == [year]


def test_a_language_without_casualty_words_reads_english_ones() -> None:
    text = "Badai di Varna; 2000 dead."
    start = text.index("2000")
    assert counts_something(text, start, start + 4, "id")

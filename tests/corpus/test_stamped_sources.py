"""Outlets named only in a page stamp, a place-less wire dateline or a closing agency credit
(issue 12's metadata part), and a Turkish posting label. Every fixture is written for the
test, with look-alikes that must name no outlet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, EN, FR, RU, TR, read


@pytest.mark.parametrize(
    ("stamp", "outlet"),
    [
        ("Source: Radio Exemple Monday, May 5, 2031 | 10:20", "Radio Exemple"),
        ("Quelle: Beispielblatt 5. Mai 2031", "Beispielblatt"),
        ("Источник: Пример 24 5 мая 2031", "Пример 24"),
        ("Kaynak: Örnek Haber 5 Mayıs 2031", "Örnek Haber"),
    ],
)
def test_a_source_stamp_run_into_the_text_gives_the_outlet(
    tmp_path: Path, stamp: str, outlet: str
) -> None:
    head = f"World Bridge plan approved. The council met last night. {stamp} Share Tweet"
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{head}\n\n{EN}\n\n{FR}\n")
    assert article.source == outlet


@pytest.mark.parametrize(
    "text",
    [
        # A label followed by prose, not by a name and a date.
        f"{EN} The figures were revised. Source: the ministry said on May 5, 2031 it would.",
        # A name after the label, but no dated stamp behind it: a cited source.
        f"{EN} Source: Health Ministry officials who asked not to be named.",
    ],
)
def test_a_source_label_without_a_dated_stamp_is_no_stamp(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{text}\n\n{FR}\n")
    assert article.source is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (f"May 5 (UPI) -- {EN}", "United Press International"),
        (f"5 mai (AFP) - {FR}", "Agence France-Presse"),
        (f"5. Mai (dpa) - {DE}", "dpa"),
    ],
)
def test_a_wire_dateline_without_its_place_gives_the_agency(
    tmp_path: Path, line: str, outlet: str
) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{line}\n\n{EN}\n")
    assert article.source == outlet


def test_a_date_and_a_bracketed_word_is_no_dateline(tmp_path: Path) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\nMay 5 (Photo) -- {EN}\n")
    assert article.source is None


@pytest.mark.parametrize(
    ("last", "outlet"),
    [(f"{TR} (ÖRNA)", "ÖRNA"), (f"{RU} (ПРИМ)", "ПРИМ"), (f"{EN} (AA)", "Anadolu Agency")],
)
def test_agency_initials_closing_the_story_give_the_outlet(
    tmp_path: Path, last: str, outlet: str
) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{EN}\n\n{last}\n")
    assert article.source == outlet


@pytest.mark.parametrize(
    "last",
    [
        f"{EN} (END)",  # a wire's end mark
        f"{EN} (wkz/cm)",  # editors' initials
        "The alliance met in Brussels (NATO).",  # an acronym inside the sentence
        f"{EN} (VIDEO)",
    ],
)
def test_brackets_closing_the_story_that_name_no_outlet(tmp_path: Path, last: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{EN}\n\n{last}\n")
    assert article.source is None


def test_a_turkish_posting_stamp_dates_the_article(tmp_path: Path) -> None:
    stamp = "Ekleme: 05.05.2031 10:20:30 / Güncelleme: 06.05.2031 08:00:00 / Dünya"
    article = read(tmp_path, f"Köprü planı onaylandı\n\n{stamp}\n\n{TR}\n")
    assert article.date == dt.date(2031, 5, 5)


def test_a_turkish_update_stamp_alone_dates_it_too(tmp_path: Path) -> None:
    article = read(tmp_path, f"Köprü planı onaylandı\n\nGüncelleme: 06.05.2031 08:00\n\n{TR}\n")
    assert article.date == dt.date(2031, 5, 6)

"""Dates of plain-text articles in many languages: labels, date lines, wire datelines, month
precision. Every fixture is written for the test; each test names the rule it holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, IT, RU, TR, UK, read

from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.corpus.stated import read_date


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("2024-12-07", (2024, 12, 7)),
        ("2024-12", (2024, 12, None)),
        ("07.12.2024", (2024, 12, 7)),
        ("25/12/2024", (2024, 12, 25)),
        ("7 décembre 2024", (2024, 12, 7)),
        ("7. Dezember 2024", (2024, 12, 7)),
        ("7 de diciembre de 2024", (2024, 12, 7)),
        ("7 dicembre 2024", (2024, 12, 7)),
        ("7 декабря 2024 г.", (2024, 12, 7)),
        ("7 грудня 2024", (2024, 12, 7)),
        ("7 Aralık 2024", (2024, 12, 7)),
        ("7 Δεκεμβρίου 2024", (2024, 12, 7)),
        ("19 Ιουλίου 2031", (2031, 7, 19)),
        ("December 7, 2024", (2024, 12, 7)),
        ("Saturday, December 7, 2024", (2024, 12, 7)),
        ("Dezember 2024", (2024, 12, None)),
        ("12 мар", (None, 3, 12)),
        ("4 mar.", (None, 3, 4)),
        ("March 3.", (None, 3, 3)),
    ],
)
def test_date_phrases_in_many_languages(phrase: str, want: tuple[int | None, ...]) -> None:
    stated = read_date(phrase)
    assert stated is not None
    assert (stated.year, stated.month, stated.day) == want


@pytest.mark.parametrize("phrase", ["03/04/2025", "Mayor 2024", "31 февраля 2025", "December"])
def test_ambiguous_or_impossible_date_phrases_give_nothing(phrase: str) -> None:
    assert read_date(phrase) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published on November 29, 2024 at 10:22.", dt.date(2024, 11, 29)),
        ("Veröffentlicht am 29. November 2024, 10:22 Uhr", dt.date(2024, 11, 29)),
        ("Publié le 29 novembre 2024 à 10h22", dt.date(2024, 11, 29)),
        ("Pubblicato il 29 novembre 2024 alle 10:22", dt.date(2024, 11, 29)),
        ("Publicado el 29 de noviembre de 2024", dt.date(2024, 11, 29)),
        ("Опубликовано 29 ноября 2024, 10:22", dt.date(2024, 11, 29)),
        ("Опубліковано 29 листопада 2024", dt.date(2024, 11, 29)),
        ("Yayınlanma tarihi: 29.11.2024 10:22", dt.date(2024, 11, 29)),
    ],
)
def test_publication_labels_give_the_date_and_stay_out_of_the_title(
    tmp_path: Path, line: str, day: dt.date
) -> None:
    article = read(tmp_path, f"Bridge plan approved after long debate\n{line}\n\n{EN}\n")
    assert article.date == day and article.date_precision == "day"
    assert article.title == "Bridge plan approved after long debate"
    assert article.paragraphs[1].kind == "meta"


def test_a_label_on_the_same_line_as_the_story_is_split_off(tmp_path: Path) -> None:
    article = read(tmp_path, f" date 2025-03-04 {FR}\n\n{FR}\n")
    assert article.date == dt.date(2025, 3, 4)
    assert article.paragraphs[0].text == "date 2025-03-04"
    assert article.paragraphs[0].kind == "meta"
    assert article.title is not None and not article.title.startswith("date")
    assert article.paragraphs[1].text == FR


def test_a_label_and_its_headline_share_a_line(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2023-02 Zahl der Toten steigt weiter an\n\n{DE}\n")
    assert article.title == "Zahl der Toten steigt weiter an"
    assert article.provenance["title"] == "heuristic"


def test_a_month_only_label_gives_a_month_not_an_invented_day(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2024-12 {RU}\n\n{RU}\n")
    assert article.date == dt.date(2024, 12, 1)
    assert article.date_precision == "month"


def test_a_signed_day_of_the_labelled_month_makes_the_date_exact(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"date 2024-12 https://example.org/story\n\nLe pont rouvre enfin\n\n"
        f"{FR} 07.12.2024, Radio Exemple\n\n{FR}\n",
    )
    assert article.date == dt.date(2024, 12, 7) and article.date_precision == "day"
    assert article.source == "Radio Exemple"


def test_the_published_label_wins_over_the_modified_one(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Bridge plan approved\nModified on December 2, 2024\n"
        f"Published on November 29, 2024\n\n{EN}\n",
    )
    assert article.date == dt.date(2024, 11, 29)
    both = read_label("Published on November 29, 2024 at 10:22. / Modified on December 2, 2024")
    assert both is not None and both.published


def test_a_label_word_without_a_date_is_not_a_label(tmp_path: Path) -> None:
    assert read_label("Data centres are expanding across the country") is None
    assert read_label("Published by the city council in 2024") is None
    article = read(tmp_path, f"Bridge plan approved\n\nPublished reports said {EN}\n")
    assert article.date is None


def test_a_time_zone_after_the_label_is_read_but_an_agency_is_not(tmp_path: Path) -> None:
    label = read_label("date 2023-02-06 (GMT+3) Text")
    assert label is not None and label.end == len("date 2023-02-06 (GMT+3)")
    article = read(tmp_path, f"date 2023-02-06 (Radiocor) - {IT}\n")
    assert article.source == "Radiocor"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        (f"WARSAW (Reuters) - {EN}", "Reuters"),
        (f"ANKARA (AA) – {TR}", "Anadolu Agency"),
        (f"MOSKAU (dpa) - {DE}", "dpa"),
        (f"Roma, 4 mar. (ANSA) - {IT}", "ANSA"),
        (f"KYIV, March 3. /Ukrinform/. {EN}", "Ukrinform"),
        (f"КИЇВ, 3 березня. /Укрінформ/. {UK}", "Ukrinform"),
        (f"АЛМАТЫ, 12 мар — Sputnik. {RU}", "Sputnik"),
        (f"(Teleborsa) - {IT}", "Teleborsa"),
    ],
)
def test_wire_datelines_name_the_agency(tmp_path: Path, line: str, agency: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{line}\n")
    assert article.source == agency


def test_a_dateline_with_a_year_gives_the_date(tmp_path: Path) -> None:
    article = read(tmp_path, f"Мост одобрен\n\nМОСКВА, 3 марта 2025. /ТАСС/. {RU}\n")
    assert article.date == dt.date(2025, 3, 3)


def test_a_yearless_dateline_borrows_only_a_year_the_article_states(tmp_path: Path) -> None:
    bare = read(tmp_path, f"Ponte approvato\n\nRoma, 4 mar. (ANSA) - {IT} Nel 2025.\n")
    assert bare.date is None  # a bare "2025" is the year of something else
    signed = read(
        tmp_path, f"Ponte approvato\n\nRoma, 4 mar. (ANSA) - {IT}\n\n© 2025 Example\n", "s.txt"
    )
    assert signed.date == dt.date(2025, 3, 4)


def test_a_yearless_dateline_takes_no_year_from_a_date_the_story_tells(tmp_path: Path) -> None:
    told = "Проба, взятая 12 ноября 2029 года, оказалась положительной."
    story = read(tmp_path, f"КАЗАНЬ, 3 фев — Агентство Пример. {told} {RU}\n", "t.txt")
    assert story.date is None  # 2029 is the year of the sample, not of the dispatch
    english = read(
        tmp_path,
        f"Bridge plan approved\n\nLYON, Feb 3 (Example Wire) - {EN} "
        "The contract was signed on March 9, 2028.\n",
        "e.txt",
    )
    assert english.date is None
    with_year = read(tmp_path, f"КАЗАНЬ, 3 февраля 2030 — Агентство Пример. {told}\n", "y.txt")
    assert with_year.date == dt.date(2030, 2, 3)  # a dateline with its year is the date
    stamped = read(
        tmp_path,
        f"Мост одобрен\n\nКАЗАНЬ, 3 фев — Агентство Пример. {told} {RU}\n\n© 2030 Пример\n",
        "c.txt",
    )
    assert stamped.date == dt.date(2030, 2, 3)  # the site's own line still lends its year


def test_a_date_opening_the_story_is_a_dateline(tmp_path: Path) -> None:
    article = read(tmp_path, f"7 de diciembre de 2024.- {ES}\n\n{ES}\n")
    assert article.date == dt.date(2024, 12, 7)
    assert article.title == "El ayuntamiento aprobó el plan tras un largo…"


def test_a_fallback_title_skips_the_dateline(tmp_path: Path) -> None:
    article = read(tmp_path, f"Roma, 4 mar. (ANSA) - {IT}\n")
    assert article.title == "Il consiglio comunale ha approvato il piano dopo…"


def test_a_capitalised_word_and_a_comma_is_not_a_dateline() -> None:
    assert read_dateline("However, March 3 was the day the council met.") is None
    assert read_dateline("Paris, the capital, hosted the meeting (Reuters) - today") is None
    assert read_dateline("BREAKING (Video) - the council met") is None


def test_a_place_and_a_date_under_the_headline_is_a_date_line(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Мост открыт после ремонта\n\nМосква, Россия, 19 октября 2025 года\n{RU}\n"
    )
    assert article.date == dt.date(2025, 10, 19)
    assert article.paragraphs[1].kind == "meta"


def test_a_wire_byline_with_its_date_inside_a_run_together_paragraph(tmp_path: Path) -> None:
    article = read(tmp_path, f"Politik Brücke eröffnet {DE} Von dpa 8. Mai 2025 Berlin Brücken\n")
    assert article.source == "dpa"
    assert article.date == dt.date(2025, 5, 8)


def test_a_kicker_glued_to_a_relative_time_is_furniture(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"date 2025-10-20 Cultureil y a 8 heures\nLe pont rouvre enfin\n{FR}\n"
    )
    assert article.title == "Le pont rouvre enfin"
    assert [p.kind for p in article.paragraphs][:3] == ["meta", "meta", "title"]


def test_a_month_precision_date_is_shown_without_a_day() -> None:
    from briefing.cli.common import iso
    from briefing.export import short_date
    from briefing.tui.text import format_date

    december = dt.date(2024, 12, 1)
    assert format_date(december, "month") == "Dec 2024"
    assert iso(december, "month") == "2024-12"
    assert short_date(december, "month") == "December 2024"
    assert format_date(december) == "2024-12-01"


@pytest.mark.parametrize("declared", ["2024-12", "December 2024", "Dezember 2024"])
def test_a_month_only_front_matter_date_is_not_given_a_day(tmp_path: Path, declared: str) -> None:
    article = read(tmp_path, f"---\ndate: '{declared}'\n---\n\n# Bridge reopens\n\n{EN}\n", "a.md")
    assert article.date == dt.date(2024, 12, 1)
    assert article.date_precision == "month"
    assert article.provenance["date"] == "front-matter"


def test_a_line_that_is_only_a_local_date_under_the_headline(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Brücke wieder eröffnet nach Jahren\n4. März 2025, 10:22 Uhr\n\n{DE}\n"
    )
    assert article.date == dt.date(2025, 3, 4)
    assert article.paragraphs[1].kind == "meta"
    inside = read(tmp_path, f"Brücke wieder eröffnet\n\n{DE}\n\n4. März 2025\n\n{DE}\n", "in.txt")
    assert inside.date is None  # a date between paragraphs is a heading of the story

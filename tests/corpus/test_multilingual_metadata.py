"""Date, outlet and title of plain-text articles in many languages, from the formats real excerpts
use (labels, wire datelines, self-references); every fixture here is written for the test.

Each test names the rule it holds: removing that rule fails it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.corpus.stated import read_date
from briefing.model import Article

EN = (
    "The city council approved the plan after a long debate about costs, schedules and the "
    "number of workers needed to finish the bridge before the winter."
)
FR = "Le conseil municipal a approuvé le projet après un long débat sur les coûts du pont."
DE = "Der Stadtrat hat den Plan nach einer langen Debatte über die Kosten der Brücke gebilligt."
RU = "Городской совет одобрил план после долгих споров о стоимости строительства моста."
UK = "Міська рада схвалила план після довгих суперечок про вартість будівництва мосту."
IT = "Il consiglio comunale ha approvato il piano dopo un lungo dibattito sui costi del ponte."
ES = "El ayuntamiento aprobó el plan tras un largo debate sobre el coste del puente."
TR = "Belediye meclisi, köprünün maliyeti hakkındaki uzun bir tartışmanın ardından planı onayladı."


def read(tmp_path: Path, text: str, name: str = "story.txt") -> Article:
    article = read_file(write_article(tmp_path, name, text))
    assert isinstance(article, Article), article
    return article


# --- reading one date phrase -----------------------------------------------------------------


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


# --- labels ----------------------------------------------------------------------------------


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


# --- wire datelines --------------------------------------------------------------------------


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


# --- headlines glued to the story ------------------------------------------------------------


def test_a_headline_glued_to_the_first_sentence_is_split(tmp_path: Path) -> None:
    article = read(tmp_path, f"Bridge reopens after five years{EN}\n")
    assert article.title == "Bridge reopens after five years"
    assert article.paragraphs[1].text == EN


def test_a_headline_followed_by_a_dateline_is_split(tmp_path: Path) -> None:
    article = read(tmp_path, f"Brücke nach fünf Jahren eröffnet BERLIN (dpa) - {DE}\n")
    assert article.title == "Brücke nach fünf Jahren eröffnet"
    assert article.source == "dpa"


def test_glued_body_sentences_are_not_a_headline(tmp_path: Path) -> None:
    glued = "Ministers met in Dushanbe on Monday.Officials said talks would continue."
    article = read(tmp_path, f"{glued}\n")
    assert article.paragraphs[0].text == glued


def test_wiki_heading_and_page_leftovers(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"- menu-icon\n![](https://example.org/a.jpg)\n= City Bridge =\n\n{EN}\n"
    )
    assert article.title == "City Bridge"
    assert [p.kind for p in article.paragraphs] == ["boilerplate", "boilerplate", "title", "body"]


# --- outlets named by the text itself --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (f"{RU} Об этом сообщает Газета.Ru.", "Газета.Ru"),
        (f"{RU} Об этом сообщил корреспонденту ТАСС мэр города.", "TASS"),
        (f"Стало известно, что мост откроют весной, сообщает Zakon.kz. {RU}", "Zakon.kz"),
        (f"{UK} Про це повідомляє Українська правда.", "Українська правда"),
        (f"{EN} The mayor told a Kazinform correspondent.", "Kazinform"),
        (f"{EN} Kazinform News Agency reports.", "Kazinform"),
        (f"{TR} Belediye başkanı AA muhabirine açıklama yaptı.", "AA"),
        (f"{FR} Selon les images d'un correspondant de Radio Exemple.", "Radio Exemple"),
        (f"Le pont va rouvrir ? Radio Exemple 1 fait le point. {FR}", "Radio Exemple 1"),
        (f"{IT} Lo ha detto all'ANSA il sindaco.", "ANSA"),
    ],
)
def test_self_references_give_the_outlet(tmp_path: Path, body: str, outlet: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{body}\n\n{EN}\n")
    assert article.source in (outlet, "Anadolu Agency" if outlet == "AA" else outlet)


@pytest.mark.parametrize(
    "body",
    [
        f"{EN} The plan was approved, according to Interfax.",
        f"{EN} According to Kazinform news agency, the plan was approved.",
        f"{EN} Le Monde reported that the plan was approved.",
        f"{RU} Об этом сообщили со ссылкой на ТАСС и пресс-службу министерства.",
        f"{EN} The ministry's press service said the plan was approved.",
        f"{FR} explique notre correspondant sur place.",
        f"{DE} Die Kölner Dombauhütte ist ein Partner des Louvre Museums.",
    ],
)
def test_cited_sources_are_never_the_outlet(tmp_path: Path, body: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{body}\n\n{EN}\n")
    assert article.source is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Por AFP", "Agence France-Presse"), ("dpa/jp", "dpa"), ("Von dpa", "dpa")],
)
def test_a_wire_signing_the_story_is_the_outlet(tmp_path: Path, line: str, outlet: str) -> None:
    assert read(tmp_path, f"Bridge approved\n\n{line}\n{EN}\n").source == outlet
    assert read(tmp_path, f"Bridge approved\n\n{EN}\n{line}\n", "end.txt").source == outlet


def test_a_bare_agency_line_may_be_a_photo_credit(tmp_path: Path) -> None:
    assert read(tmp_path, f"Bridge approved\n\nAFP\n{EN}\n").source is None


def test_a_source_label_closing_the_last_paragraph(tmp_path: Path) -> None:
    article = read(tmp_path, f"Brücke eröffnet\n\n{DE}\n\n{DE} Quelle: dts Nachrichtenagentur\n")
    assert article.source == "dts Nachrichtenagentur"


def test_a_copyright_near_the_top_is_a_photo_credit(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Мост открыт\n\n© 2024 Example Photo Agency\n{RU}\n\n{RU}\n\n{RU}\n\n{RU}\n",
    )
    assert article.source is None
    footer = read(tmp_path, f"Мост открыт\n\n{RU}\n\n{RU}\n\n© 2024 Example News\n", "f.txt")
    assert footer.source == "Example News"


def test_a_photographer_copyright_is_a_photo_credit_even_at_the_end(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Мост открыт\n\n{RU}\n\n{RU}\n\n"
        "Авторское право Jane Doe/Copyright 2024 The AP. All rights reserved.\n",
    )
    assert article.source is None


def test_an_author_and_wire_byline_is_the_outlet_not_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2025-05-08 Jane Doe, Associated Press\n{EN}\n")
    assert article.source == "The Associated Press"
    assert article.paragraphs[1].kind == "meta"
    assert article.title != "Jane Doe, Associated Press"


def test_a_wire_byline_with_its_date_inside_a_run_together_paragraph(tmp_path: Path) -> None:
    article = read(tmp_path, f"Politik Brücke eröffnet {DE} Von dpa 8. Mai 2025 Berlin Brücken\n")
    assert article.source == "dpa"
    assert article.date == dt.date(2025, 5, 8)


def test_an_outlet_citing_another_is_the_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"{RU} Мост откроют весной, пишет Радио Пример со ссылкой на ТАСС.\n")
    assert article.source == "Радио Пример"


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


@pytest.mark.parametrize(
    "sentence",
    [
        "The theft was reported by French police on Sunday.",
        "The Louvre Museum informs visitors that the gallery is closed.",
        "The Interior Ministry has learned of the plan.",
        "The mayor told a Turkish correspondent that the bridge is safe.",
    ],
)
def test_institutions_and_nationalities_are_never_the_outlet(tmp_path: Path, sentence: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{sentence} {EN}\n\n{EN}\n")
    assert article.source is None


def test_a_line_that_is_only_a_local_date_under_the_headline(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Brücke wieder eröffnet nach Jahren\n4. März 2025, 10:22 Uhr\n\n{DE}\n"
    )
    assert article.date == dt.date(2025, 3, 4)
    assert article.paragraphs[1].kind == "meta"
    inside = read(tmp_path, f"Brücke wieder eröffnet\n\n{DE}\n\n4. März 2025\n\n{DE}\n", "in.txt")
    assert inside.date is None  # a date between paragraphs is a heading of the story


def test_bullet_summaries_are_not_the_fallback_title(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"- Council approves the bridge plan\n- Work starts in spring\n\n{EN}\n"
    )
    assert article.title == "The city council approved the plan after a…"

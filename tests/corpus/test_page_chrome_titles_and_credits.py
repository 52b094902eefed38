"""Metadata shapes found missing on the blind look at a shipwreck packet (2026-12-04), each on
text written for the test, with the look-alikes that must not be read:

- a page control's label over the headline (``Close this search box.``) is no title
  (briefing.corpus.interface);
- a stamp whose label words no list has (``ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48``), alone or after a
  publication label, is no title (briefing.corpus.labels.is_stamp);
- a bracketed tag opening the headline (``(VIDEO) …``) still leaves it headline-shaped;
- a year-first dotted date line (``2031.03.14 | 06:39 Exampleton``) dates the article;
- an outlet's credit line, its name and its bureau (``Example TV - Paris``), names the outlet
  (briefing.corpus.bureau_credit).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, EN, RU, read

from briefing.corpus.bureau_credit import bureau_credit, bureau_credit_line
from briefing.corpus.dates import find_dates
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.interface import is_interface_label
from briefing.corpus.labels import is_stamp
from briefing.corpus.stated import read_date

AR = "وافق المجلس البلدي على خطة الجسر بعد نقاش طويل حول التكاليف والجدول الزمني للأعمال."
AR_MORE = "وقال رئيس البلدية إن الأعمال ستبدأ في الربيع وتستمر عامين على الأقل وفق الخطة."
EL = "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο για τη γέφυρα μετά από μακρά συζήτηση για το κόστος."


@pytest.mark.parametrize(
    "line",
    [
        "Close this search box.",
        "× Close menu",
        "Toggle navigation",
        "Show search results",
        "Suche schließen",  # the verb last, as German buttons put it
        "Fermer la recherche",
        "Закрыть окно поиска",
        "Κλείσιμο αναζήτησης",
        "إغلاق البحث",
    ],
)
def test_a_page_controls_label_is_an_interface_label(line: str) -> None:
    assert is_interface_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Close the search for survivors",  # news: the object goes on past the part
        "Open the border",  # a verb of the list, but no part of a page
        "Menu prices rise",  # a part of a page, no verb
        "Search",  # one word: a menu entry, not an instruction
        "Show more",
        "Police close the search for the missing fishermen off the coast",
        "Open search for the missing hikers resumes",
    ],
)
def test_news_lines_with_those_words_are_no_interface_label(line: str) -> None:
    assert not is_interface_label(line)


def test_a_controls_label_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    headline = "Городской совет одобрил новый мост через реку"
    article = read(tmp_path, f"Поиск\nClose this search box.\n\n{headline}\n\n{RU}\n")
    assert article.title == headline
    assert article.paragraphs[1].kind == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48",
        "Frissítve: 16h48",
        "Last update: 16:48, 14.03.2031",
        "Обновлено: 14 марта 2031 г., 16:48",
        "Ενημέρωση: 16:48 14/03/2031",
    ],
)
def test_a_short_label_a_colon_and_a_time_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Greece: 78 dead",  # a headline's colon
        "Live: 16:48 ship sinks off the coast",  # more than the time after it
        "Inflation: 3.40",  # a figure, not a time
        "Final score: 2:1",  # one digit of minutes: a score
        "Deadline: March 14",  # a day with no year or time: not a stamp
        "What the mayor promised the city council on Monday: 16:48",  # a long phrase
        "Breaking: bridge closed",
    ],
)
def test_look_alike_colons_are_no_stamp(line: str) -> None:
    assert not is_stamp(line)


def test_a_stamp_after_a_label_is_no_title_and_the_label_still_dates(tmp_path: Path) -> None:
    article = read(tmp_path, f" date 2031-03 ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48\n\n{EL}\n\n{EL}\n")
    assert article.paragraphs[0].kind == "meta"
    assert article.title is not None and "ΕΝΗΜΕΡΩΣΗ" not in article.title
    assert "date" not in article.title
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"


def test_a_label_and_its_section_is_no_stand_in_title(tmp_path: Path) -> None:
    article = read(tmp_path, f" date 2031-03-14 Новости » Происшествия\n\n{RU}\n")
    assert article.paragraphs[0].kind == "meta"
    assert article.title is not None and article.title.startswith("Городской совет")


def test_a_label_with_a_headline_after_it_keeps_the_headline(tmp_path: Path) -> None:
    # four words or more after the label: the headline, cut off into its own paragraph
    article = read(tmp_path, f" date 2031-03-14 Bridge reopens after long repairs\n\n{EN}\n")
    assert article.title == "Bridge reopens after long repairs"


@pytest.mark.parametrize(
    "headline",
    ["(VIDEO) Bridge reopens after long repairs", "[ФОТО] Мост открыли после ремонта"],
)
def test_a_bracketed_tag_opening_a_headline_keeps_it_headline_shaped(headline: str) -> None:
    assert headline_shaped(headline)


@pytest.mark.parametrize(
    "line",
    [
        "(Updated with comment from the minister)",  # a bracket that is the whole line
        "(updated) bridge reopens after repairs",  # the headline starts in lower case
        "(Reuters) - The bridge reopened on Monday after long repairs",  # a dash, not a word
    ],
)
def test_a_bracket_that_is_no_tag_does_not_make_a_headline(line: str) -> None:
    assert not headline_shaped(line)


@pytest.mark.parametrize("text", ["2031.03.14", "2031/03/14", "2031.03.14 | 06:39 Exampleton"])
def test_a_year_first_date_is_read(text: str) -> None:
    stated = read_date(text)
    assert stated is not None and stated.value() == dt.date(2031, 3, 14)
    assert find_dates(text) == [dt.date(2031, 3, 14)]


@pytest.mark.parametrize(
    "text",
    [
        "version 2031.1.2",  # a calendar version, one-digit parts
        "release 2031.03.14.2",  # a four-part version
        "2031.14.03",  # no month 14: never day-first after the year
        "1.2031.03.14",
        "2031.03.140",  # a longer number
    ],
)
def test_version_numbers_and_impossible_orders_are_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_year_first_date_line_under_the_headline_dates_the_article(tmp_path: Path) -> None:
    text = f"الجسر يفتح من جديد بعد إصلاحات طويلة\n\n2031.03.14 | 06:39 دمشق\n\n{AR}\n\n{AR_MORE}\n"
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 14) and article.date_precision == "day"
    assert article.paragraphs[1].kind == "meta"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("تلفزيون المثال - إسطنبول", "تلفزيون المثال"),  # a hamza the city list writes bare
        ("قناة المثال - بيروت", "قناة المثال"),
        ("Example TV – Paris", "Example TV"),
        ("Radio Example - London.", "Radio Example"),
    ],
)
def test_an_outlets_name_and_bureau_on_a_line_name_the_outlet(line: str, outlet: str) -> None:
    assert bureau_credit_line(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe - Paris",  # a reporter and her bureau
        "أحمد حسن - دمشق",  # the same in Arabic: no noun of an outlet
        "سوريا - دمشق",  # a country and its capital
        "AFP - Paris",  # a wire's bare name may be a picture's credit
        "Example TV - Nowhereville",  # no city GeoNames knows
        "Der Minister sagte Example TV - Paris",  # more than a name before the dash
        "Example TV - Paris, 14 March 2031, after the vote in parliament",
    ],
)
def test_look_alike_lines_name_no_outlet(line: str) -> None:
    assert bureau_credit_line(line) is None


def test_the_credit_line_names_the_outlet_of_the_article(tmp_path: Path) -> None:
    text = (
        f"الجسر يفتح من جديد بعد إصلاحات طويلة\n\n2031.03.14 | 06:39 دمشق\n\n"
        f"تلفزيون المثال - إسطنبول\n\n{AR}\n\n{AR_MORE}\n"
    )
    article = read(tmp_path, text)
    assert article.source == "تلفزيون المثال"
    assert article.paragraphs[2].kind == "meta"  # the credit, not a line of the story


def test_a_credit_line_deep_in_the_story_is_not_read() -> None:
    prose = f"{DE} {DE}"
    assert bureau_credit([prose, prose, "Example TV - Paris"]) is None
    assert bureau_credit(["Example TV - Paris", prose]) == "Example TV"

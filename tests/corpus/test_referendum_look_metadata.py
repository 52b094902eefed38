"""Metadata shapes found on a blind packet (a referendum's result, 2026-12-06), each written here
in text made up for the test, beside the look-alikes that must not be caught: a page's "today"
header in two calendars, a stamp with a source field, a stamp in another language than the
body over a menu's "read more" line, a ticker headline joined by "+++", an image element and a
triangle-marked caption over the lead, a stray Latin name under Russian prose."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.calendar_line import is_calendar_line
from briefing.corpus.caption_label import is_caption_shaped
from briefing.corpus.classify import classify
from briefing.corpus.glued_crumb import headline_below
from briefing.corpus.heads import heading_text
from briefing.corpus.image_element import image_element_text, is_image_element
from briefing.corpus.language import detect_language
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.stamp_opening import source_stamp_day


def _classify(*lines: str) -> dict[str, object]:
    return classify([RawParagraph(line, i) for i, line in enumerate(lines)]).values


_HE_HEAD = "עיריית דוגמה פתחה את הנמל החדש לספינות"
_HE_LEAD = (
    "עיריית דוגמה הודיעה הבוקר כי הנמל החדש נפתח לספינות המשא, לאחר שלוש שנות עבודה. "
    "ראש העירייה אמר כי הנמל ישרת את כל האזור."
)


# --- a line that is wholly a date in another calendar ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'כ"א חשון התשפ"ה',  # Hebrew calendar, gershayim typed as ASCII quotes
        'יום ו\', ט"ו בשבט תשצ"א',  # a weekday before it
        "5 محرم 1453 هـ",  # Hijri
        "الجمعة، ٥ ربيع الأول ١٤٥٣ هـ",
        "۱۴ اسفند ۱۴۰۹",  # Solar Hijri, Persian digits
    ],
)
def test_a_line_wholly_a_date_in_another_calendar_is_one(text: str) -> None:
    assert is_calendar_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "בחודש אב הגיעו הרבה ספינות לנמל",  # a sentence naming a month
        _HE_HEAD,
        "22.11.2031",  # a Gregorian date: the shared date reader's
        "في شهر رمضان افتتح الميناء الجديد",
    ],
)
def test_a_sentence_or_a_gregorian_date_is_no_calendar_line(text: str) -> None:
    assert not is_calendar_line(text)


def test_a_two_calendar_header_above_the_headline_dates_nothing_and_is_no_title() -> None:
    values = _classify('כ"א חשון התשצ"א', "22.11.2031", _HE_HEAD, _HE_LEAD)
    assert values.get("date") is None
    assert values.get("title") == _HE_HEAD


def test_an_articles_own_two_calendar_stamp_under_its_headline_dates_it() -> None:
    values = _classify(_HE_HEAD, 'כ"א חשון התשצ"א', "22.11.2031", _HE_LEAD)
    assert values.get("date") == dt.date(2031, 11, 22)
    assert values.get("title") == _HE_HEAD


def test_a_two_calendar_header_with_a_clock_is_the_posting_stamp() -> None:
    values = _classify('כ"א חשון התשצ"א', "22.11.2031 14:05", _HE_HEAD, _HE_LEAD)
    assert values.get("date") == dt.date(2031, 11, 22)


def test_a_lone_date_above_the_headline_without_another_calendar_still_dates_it() -> None:
    values = _classify("22.11.2031", _HE_HEAD, _HE_LEAD)
    assert values.get("date") == dt.date(2031, 11, 22)


# --- a stamp with a source field ---------------------------------------------------------------

_ZH_HEAD = "示例市新港口正式开放 市长出席仪式"
_ZH_LEAD = (
    "示例日报网3月4日电 示例市新港口4日上午正式开放,市长出席开港仪式并发表讲话,"
    "表示港口将服务整个地区的货运需求,预计每年吞吐量将达到一千万吨。"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2031年03月04日 17:41 来源:示例日报网 参与互动", dt.date(2031, 3, 4)),
        ("04.03.2031 17:41 Quelle: Example Zeitung", dt.date(2031, 3, 4)),
    ],
)
def test_a_stamp_followed_by_a_source_field_gives_its_day(text: str, day: dt.date) -> None:
    assert source_stamp_day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "2031年03月04日 17:41 示例市新港口正式开放",  # a related story's headline after the clock
        "2031年03月04日 来源:示例日报网",  # no clock
        "示例市 2031年03月04日 17:41 来源:示例日报网",  # not opening the line
    ],
)
def test_a_stamp_without_a_source_field_after_its_clock_gives_none(text: str) -> None:
    assert source_stamp_day(text) is None


def test_a_chinese_stamp_with_a_source_field_dates_the_article() -> None:
    values = _classify(_ZH_HEAD, "2031年03月04日 17:41 来源:示例日报网 参与互动", _ZH_LEAD)
    assert values.get("date") == dt.date(2031, 3, 4)
    assert values.get("title") == _ZH_HEAD


# --- a menu's "read more" line, a stamp in another language, a literal <br> ----------------


def test_a_read_more_line_is_no_title_and_the_english_stamp_under_the_headline_dates_it() -> None:
    values = _classify(
        "最热门",
        "阅读更多相关内容",
        "新闻",
        "示例市新港口正式开放<br>市长出席仪式",
        "Mar 4, 2031 1:49 PM",
        "示例市新港口4日上午正式开放。",
        "市长出席开港仪式并发表讲话。",
        _ZH_LEAD,
    )
    assert values.get("title") == "示例市新港口正式开放 市长出席仪式"
    assert values.get("date") == dt.date(2031, 3, 4)


def test_a_headline_that_merely_starts_with_reading_words_is_kept() -> None:
    values = _classify("阅读习惯调查显示市民更爱纸质书", _ZH_LEAD)
    assert values.get("title") == "阅读习惯调查显示市民更爱纸质书"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("示例市新港口正式开放<br>市长出席仪式", "示例市新港口正式开放 市长出席仪式"),
        ("Harbour opens <br/> Mayor attends", "Harbour opens Mayor attends"),
        ("Why 3 < 4 in the harbour's budget", "Why 3 < 4 in the harbour's budget"),
    ],
)
def test_a_literal_line_break_tag_in_a_headline_is_shown_as_a_space(text: str, shown: str) -> None:
    assert heading_text(text) == shown


# --- a ticker headline joined by "+++" -----------------------------------------------------------


def test_a_ticker_headline_is_kept_whole_over_its_part_set_again_below() -> None:
    texts = [
        "Hafen von Beispielstadt eröffnet +++ Bürgermeister kündigt Ausbau an",
        "Der neue Hafen ist seit Montag für Frachtschiffe geöffnet, teilte die Stadt mit.",
        "Bürgermeister kündigt Ausbau an",
    ]
    assert headline_below(texts, 0) is None


def test_a_breadcrumb_glued_to_the_headline_still_yields_to_it() -> None:
    texts = [
        "StartseiteLokalesHafen von Beispielstadt eröffnet",
        "x",
        "Hafen von Beispielstadt eröffnet",
    ]
    assert headline_below(texts, 0) == 2


# --- an image element, a triangle-marked caption ----------------------------------------------

_IMAGE = (
    '<image>data:image/s3,"s3://crabby-images/f7c58/f7c58aedad9e5c40d3c6b8fd8d77c46fee9e0fbb" '
    'alt="Пристанището отваря"</image>'
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (_IMAGE, "[image: Пристанището отваря]"),
        ('<img src="https://example.org/port.jpg" alt="The new quay">', "[image: The new quay]"),
        ('<img src="data:image/png;base64,' + "A" * 5000 + '">', "[image]"),  # a whole picture
    ],
)
def test_an_image_element_is_shown_by_its_alt_text_never_its_address(text: str, shown: str) -> None:
    assert is_image_element(text)
    assert image_element_text(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Image of the harbour wins the city's photo prize",
        "The page used <img> tags for every photo of the harbour, the council said.",
    ],
)
def test_a_line_about_images_is_no_image_element(text: str) -> None:
    assert not is_image_element(text)
    assert image_element_text(text) is None


def test_an_image_element_over_the_lead_is_no_title() -> None:
    lead = (
        "Кметът на Примерно обяви, че новото пристанище отваря за товарни кораби. "
        "Работата по него продължи три години."
    )
    values = _classify(_IMAGE, lead)
    title = str(values.get("title") or "")
    assert "data:" not in title and "<image" not in title and "[image" not in title
    shown = classify([RawParagraph(_IMAGE, 0), RawParagraph(lead, 1)]).paragraphs[0]
    assert (shown.kind, shown.text) == ("boilerplate", "[image: Пристанището отваря]")


@pytest.mark.parametrize(
    "text", ["▲예시시 항구에 몰린 배들.", "▲示例市的新港口", "▲▼示例市的新港口。(图/示例社)"]
)
def test_a_line_opened_by_a_triangle_is_a_caption(text: str) -> None:
    assert is_caption_shaped(text)


def test_a_row_of_triangle_items_is_no_caption() -> None:
    assert not is_caption_shaped("▲경제 ▲사회 ▲문화")


# --- a stray Latin name under Russian prose --------------------------------------------------


def test_russian_prose_with_a_latin_photo_credit_is_russian() -> None:
    text = (
        "date 2031-03-04 Мэр города. Фото: Пример/Kirsty Examplewood "
        "Мэр Примерска объявил о своей отставке после итогов голосования в городском совете. "
        "Он призывал жителей поддержать проект нового порта, но большинство высказалось против. "
        "Новый мэр будет избран осенью, сообщили в администрации."
    )
    assert detect_language(text) == "ru"


def test_a_text_in_two_languages_stays_undetermined_when_cld2_is_unsure() -> None:
    text = (
        "Мэр города объявил об отставке. The mayor of the city announced his resignation today "
        "after the vote in the council."
    )
    assert detect_language(text) in (None, "en")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("示例市新港口正式开放<br>市长出席仪式", "示例市新港口正式开放 市长出席仪式"),
        (
            "The harbour opened on Monday <BR/>after three years of work.",
            "The harbour opened on Monday after three years of work.",
        ),
        # look-alikes: words about the tag, and a comparison, stay as written
        (
            "Editors used the <br> tag to break the line.",
            "Editors used the <br> tag to break the line.",
        ),
        ("Why 3 < 4 in the harbour's budget", "Why 3 < 4 in the harbour's budget"),
    ],
)
def test_a_break_tag_glued_into_a_body_paragraph_is_shown_as_a_space(text: str, shown: str) -> None:
    paragraphs = classify(
        [RawParagraph(line, i) for i, line in enumerate(["Harbour reopens", text, _ZH_LEAD])]
    ).paragraphs
    assert paragraphs[1].text == shown

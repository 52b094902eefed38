"""The blind look at a July 2021 packet: an Arabic month written with both its names lost its
year; a Chinese house's bracket dateline was shown as an event; a term's start years before the
story was shown as one. Invented sentences only, with look-alikes that must stay as they are."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import in_language, make_article

from briefing.analysis import extract_timeline
from briefing.analysis.dates import find_dates
from briefing.analysis.locales import dating_month_names
from briefing.analysis.marked_dates import dispatch_end
from briefing.analysis.office_terms import begins_term

DAY = dt.date(2031, 7, 9)


def _read(text: str, language: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(p.text, p.day, p.month, p.year) for p in find_dates(text, language)]


@pytest.mark.parametrize(
    ("text", "phrase", "month"),
    [
        ("قال الوزير إن العقد ينتهي في 9 مارس/آذار 2032 رسميا.", "9 مارس/آذار 2032", 3),
        ("قال الوزير إن العقد ينتهي في 9 آذار/مارس 2032 رسميا.", "9 آذار/مارس 2032", 3),
        ("افتتح الجسر في 9 أكتوبر - تشرين الأول 2030 وسط حضور.", "9 أكتوبر - تشرين الأول 2030", 10),
        ("افتتح الجسر في 9 يوليو (تموز) 2030 وسط حضور.", "9 يوليو (تموز) 2030", 7),
        ("افتتح الجسر في 9 كانون الثاني 2030 وسط حضور.", "9 كانون الثاني 2030", 1),
    ],
)
def test_an_arabic_month_in_both_its_names_keeps_its_year(
    text: str, phrase: str, month: int
) -> None:
    assert _read(text, "ar") == [(phrase, 9, month, int(phrase[-4:]))]


def test_a_month_and_year_in_both_names_is_read() -> None:
    found = find_dates("بدأت الأشغال في تشرين الأول/ أكتوبر 2030 قرب الميناء.", "ar")
    assert [(p.kind, p.month, p.year) for p in found] == [("month", 10, 2030)]


def test_two_different_months_side_by_side_are_not_one_name() -> None:
    # "9 March - April 2032": two months, so the day's month is read alone, without the year
    assert _read("جرت الانتخابات في 9 مارس - أبريل 2032 هناك.", "ar")[0] == ("9 مارس", 9, 3, None)


def test_regional_names_are_the_languages_own_and_unambiguous() -> None:
    arabic = dating_month_names("ar")
    assert (arabic["شباط"], arabic["فبراير"], arabic["فيفري"]) == (2, 2, 2)
    assert dating_month_names("de")["jänner"] == 1
    assert "شباط" not in dating_month_names("fa")  # another language's names stay out
    assert dating_month_names("xx") == {}


def test_an_end_of_term_until_a_day_in_arabic_is_no_event() -> None:
    text = "وقال الرئيس إن ولايته تستمر حتى 9 شباط/فبراير 2033 على الأقل."
    article = dataclasses.replace(in_language("ar", "a", text), date=DAY)
    (entry,) = extract_timeline([article])
    assert (entry.date, entry.event) == (dt.date(2033, 2, 9), False)


def test_a_past_day_after_an_arabic_until_that_has_come_stays_an_event() -> None:
    text = "واستمرت الاحتجاجات حتى 7 تموز/يوليو 2031 في العاصمة."
    article = dataclasses.replace(in_language("ar", "a", text), date=DAY)
    (entry,) = extract_timeline([article])
    assert (entry.date, entry.event) == (dt.date(2031, 7, 7), True)


def test_a_chinese_house_bracket_dateline_ends_at_its_mark() -> None:
    text = "【示例台北京时间2031年07月09日讯】当局8日表示,港口已关闭。"
    assert dispatch_end(text, 8, 19) == 21
    assert dispatch_end("【示例社7月9日东京讯】当局表示。", 4, 8) is not None
    assert dispatch_end("【示例報7月9日報導】当局表示。", 4, 8) == 11  # "reports"


def test_a_bracket_of_prose_with_a_date_is_no_house_dateline() -> None:
    assert dispatch_end("【2031年7月9日发布会】当局表示。", 1, 10) is None
    assert dispatch_end("【7月9日的资讯】当局表示。", 1, 5) is None  # 资讯, "news", a noun
    assert dispatch_end("【7月9日的报道】当局表示。", 1, 5) is None  # "the report of 9 July"


def test_a_house_dateline_dates_the_article_and_its_prose_stays_events() -> None:
    text = "【示例台北京时间2031年07月09日讯】示例国总统8日在官邸遇袭身亡。"
    article = dataclasses.replace(in_language("zh", "a", text), date=DAY)
    entries = extract_timeline([article])
    assert [(e.date, e.event) for e in entries] == [(dt.date(2031, 7, 8), True)]
    assert all("示例台" not in e.sentence for e in entries)


def test_a_yearless_report_bracket_gives_a_day_alone_its_month_and_no_year() -> None:
    # "【示例報7月9日報導】": the house's dateline, no event; "9日" and a clock after it take
    # 9 July with no year, since the bracket gives none.
    text = (
        "【示例報7月9日報導】(示例社東京9日電)港口9日關閉。\n\n"
        "下午2時,當局公布,有10人受傷,仍在搜索中。"
    )
    entries = extract_timeline([in_language("zh", "a", text)])
    assert [(e.phrase, e.date, e.month, e.day, e.event) for e in entries] == [
        ("9日", None, 7, 9, True),
        ("下午2時", None, 7, 9, True),
    ]


def _term(sentence: str, date: str, language: str) -> bool:
    at = sentence.index(date)
    return begins_term(sentence, at, at + len(date), language)


def test_a_start_in_top_office_in_several_languages() -> None:
    assert _term("Ana Lind had been in power since March 2024.", "since March 2024", "en")
    assert _term("Ana Lind war seit März 2024 Präsidentin des Landes.", "März 2024", "de")
    assert _term("Анна Линд стала президентом в марте 2024 года.", "марте 2024", "ru")
    assert _term("Анна Линд заняла президентский пост в марте 2024 года.", "марте 2024", "ru")
    assert _term("Ana Lind est devenue présidente en 2024.", "2024", "fr")


def test_look_alikes_begin_no_term() -> None:
    assert not _term("Prices have risen since March 2024, aides said.", "since March 2024", "en")
    assert not _term("Ana Lind was elected president in March 2024.", "March 2024", "en")
    assert not _term("Ana Lind, president, visited the port in March 2024.", "March 2024", "en")
    assert not _term("Ana Lind war im März 2024 in Berlin.", "März 2024", "de")
    assert not _term("آنا ليند رئيسة منذ مارس 2024.", "مارس 2024", "ar")  # no words here


def test_a_term_begun_years_before_the_story_is_background() -> None:
    profile = make_article("a", "Ana Lind had been in power since March 2024.", date=DAY)
    story = make_article("b", "Ana Lind was shot dead on 8 July 2031.", date=DAY)
    shown = [(e.phrase, e.event) for e in extract_timeline([profile, story])]
    assert ("since March 2024", False) in shown
    assert ("8 July 2031", True) in shown


def test_a_term_begun_in_the_storys_month_or_on_a_full_day_stays_an_event() -> None:
    new = make_article("a", "Ana Lind took office in July 2031.", date=DAY)
    sworn = make_article("b", "Ana Lind took office on 8 March 2024.", date=DAY)
    shown = [(e.phrase, e.event) for e in extract_timeline([new, sworn])]
    assert ("in July 2031", True) in shown
    assert ("8 March 2024", True) in shown

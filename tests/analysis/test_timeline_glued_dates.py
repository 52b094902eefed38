"""Date words of Hebrew, Arabic and Persian, and figures of other scripts (the timeline).

Hebrew and Arabic glue particles to a month, a weekday or a relative day ("13 באוקטובר",
"ביום שני", "ואתמול", "بالأمس": ``locales.glued_particles``); "last night" (``אמש``) and
the Persian, Hebrew and Arabic words for yesterday, today and tomorrow are in the generated
table, but not a word that is also "the day" (``היום``, ``اليوم``); Persian, Arabic-Indic and
full-width figures are read as ASCII ones (``date_sentences.dated_phrases``). Fixture text
written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases
from briefing.analysis.dates import find_dates

DAY = dt.date(2031, 3, 21)  # a Friday


def _placed(language: str, text: str, date: dt.date | None = DAY) -> list[tuple[str, dt.date]]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.event and e.date]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("הוועדה התכנסה אמש בירושלים והחליטה על התקציב.", "אמש", dt.date(2031, 3, 20)),
        ("ואתמול הודיעה הממשלה על תוכנית חדשה לדיור.", "ואתמול", dt.date(2031, 3, 20)),
        ("הנשיא נפגש עם השרים ביום שלישי בערב.", "ביום שלישי", dt.date(2031, 3, 18)),
        ("ההסכם נחתם ב-12 במרץ 2031 בעיר הבירה.", "12 במרץ 2031", dt.date(2031, 3, 12)),
    ],
)
def test_hebrew_dates_with_particles_are_placed(text: str, phrase: str, day: dt.date) -> None:
    assert _placed("he", text) == [(phrase, day)]


def test_hebrew_today_is_not_read_it_is_also_the_day() -> None:
    assert find_dates("היום הראשון של הכנס עבר בשקט.", "he") == ()


@pytest.mark.parametrize(
    ("language", "text", "phrase", "day"),
    [
        ("ar", "وقالت الوزارة بالأمس إن المفاوضات ستستأنف.", "بالأمس", dt.date(2031, 3, 20)),
        ("ar", "وأعلنت الحكومة أمس عن خطة جديدة للإسكان.", "أمس", dt.date(2031, 3, 20)),
        ("fa", "وزیر دیروز در جلسه مجلس سخنرانی کرد.", "دیروز", dt.date(2031, 3, 20)),
    ],
)
def test_arabic_and_persian_yesterday(language: str, text: str, phrase: str, day: dt.date) -> None:
    assert _placed(language, text) == [(phrase, day)]


def test_arabic_the_day_is_not_today() -> None:
    assert find_dates("كان اليوم الأول من المؤتمر هادئا.", "ar") == ()


@pytest.mark.parametrize(
    ("language", "text", "phrase", "day"),
    [
        ("fa", "وزیر در روز ۱۲ مارس ۲۰۳۱ به شهر رسید.", "۱۲ مارس ۲۰۳۱", dt.date(2031, 3, 12)),
        ("ar", "وصل الوزير في ١٢ مارس ٢٠٣١ إلى المدينة.", "١٢ مارس ٢٠٣١", dt.date(2031, 3, 12)),
        ("ja", "市長は１９日、新しい計画を発表した。", "１９日", dt.date(2031, 3, 19)),
    ],
)
def test_figures_of_other_scripts_are_read(
    language: str, text: str, phrase: str, day: dt.date
) -> None:
    assert _placed(language, text) == [(phrase, day)]


def test_a_sentence_keeps_its_own_figures() -> None:
    text = "وصل الوزير في ١٢ مارس ٢٠٣١ إلى المدينة."
    (found,) = dated_phrases(text, "ar", "ar")
    assert found[2] == text
    assert found[3].text == "١٢ مارس ٢٠٣١" and text[found[3].start : found[3].end] == found[3].text

"""Dated statements the timeline used to miss (btime82). Fixture text written for the test.

- Arabic "اليوم" is "today" only where it cannot be "the day" (``arabic_today``): after a
  part of the day or closing its clause; "اليوم التالي", "حتى اليوم", "في اليوم", a paper
  named "… اليوم" date nothing.
- A day and month without a year but with its weekday ("on Saturday, 1 March" in an undated
  text) is not an aside when another source dates that day, a Saturday, in full
  (``asides._alone``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle, make_article

from briefing.analysis import extract_timeline
from briefing.analysis.arabic_today import arabic_today
from briefing.analysis.dates import find_dates
from briefing.model import Article


def _today(text: str) -> list[str]:
    return [word for _, _, word in arabic_today(text)]


def test_arabic_today_where_it_can_only_be_the_adverb() -> None:
    assert _today("قال المتحدث إن الحريق الذي اندلع في المخزن اليوم. وأضاف أن") == ["اليوم"]
    assert _today("وصل الوفد إلى المدينة مساء اليوم بعد رحلة طويلة") == ["اليوم"]
    assert _today("وقع الحادث بعد ظهر اليوم في الميناء") == ["اليوم"]
    assert _today("وسلم السفير، اليوم، رسالة إلى الوزير") == ["اليوم"]
    phrases = find_dates("افتتح الوزير الجسر الجديد اليوم.", "ar")
    assert [(p.text, p.kind, p.offset) for p in phrases] == [("اليوم", "relative", 0)]


def test_arabic_the_day_dates_nothing() -> None:
    assert _today("وصل الوفد صباح اليوم التالي إلى المدينة") == []  # the next morning
    assert _today("ولم يعد أحد إلى المكان حتى اليوم.") == []  # until today: a span
    assert _today("يتناول الدواء مرة في اليوم.") == []  # once a day
    assert _today("ولن ينسى أحد ذلك اليوم.") == []  # that day
    assert _today("ونقلت صحيفة المصري اليوم، أن الوزير") == []  # a paper's name
    assert _today("ما نراه اليوم في الصورة كبير") == []  # no clause ends: left alone
    assert _today("يحتفل البلد اليوم الوطني بالعرض") == []
    assert _today("المتحدث اليوم. today") == ["اليوم"]
    assert find_dates("افتتح الوزير الجسر الجديد اليوم.", "fa") == ()


def _placed(text: str, date: dt.date | None) -> list[tuple[str, dt.date | None]]:
    article = dataclasses.replace(make_article("a", text, date=date), language="ar")
    return [(e.phrase, e.date) for e in extract_timeline([article])]


def test_arabic_today_is_counted_from_the_articles_own_day() -> None:
    text = "أعلن المتحدث أن الحريق الذي اندلع في المخزن اليوم. ولم تقع إصابات."
    assert _placed(text, dt.date(2031, 5, 20)) == [("اليوم", dt.date(2031, 5, 20))]
    assert _placed(text, None) == [("اليوم", None)]  # no day of its own: not placed


def _visit(article: MakeArticle) -> list[Article]:
    """A minister's visit to a port, Monday 3 – Tuesday 4 March 2031; c alone dates the
    Saturday before (1 March), as an event; a alone the Sunday, as an aside."""
    return [
        article(
            "a",
            "Marrow arrived in Velmora on Monday for talks on the harbour.",
            "Marrow celebrated sixty-one springs on Sunday, friends recalled fondly.",
            date=dt.date(2031, 3, 4),
        ),
        article(
            "b",
            "Marrow arrived in Velmora on Monday, greeted by the mayor.",
            "Talks on the harbour continued on Tuesday.",
            date=dt.date(2031, 3, 4),
        ),
        article(
            "c",
            "The minister arrived on Monday and left on Tuesday after talks on the harbour.",
            "Marrow first arrived in Velmora on Saturday, a local paper claimed.",
            date=dt.date(2031, 3, 4),
        ),
    ]


def _event(article: MakeArticle, text: str) -> bool:
    """Whether the one date of an undated ``text`` added to the visit is an event."""
    packet = [*_visit(article), article("d", text)]
    (entry,) = [e for e in extract_timeline(packet) if e.article_id == "d"]
    assert entry.date is None
    return entry.event


def test_a_yearless_day_on_its_weekday_another_source_dates_is_no_aside(
    article: MakeArticle,
) -> None:
    assert _event(article, "Gulls circled above silent cranes on Saturday, 1 March.")
    # no weekday, a weekday 1 March 2031 is not, a day no other source dates: still asides
    assert not _event(article, "Gulls circled above silent cranes on 1 March.")
    assert not _event(article, "Gulls circled above silent cranes on Friday, 1 March.")
    assert not _event(article, "Gulls circled above silent cranes on Wednesday, 5 March.")
    events = {(e.article_id, e.phrase): e for e in extract_timeline(_visit(article))}
    assert events[("c", "on Saturday")].date == dt.date(2031, 3, 1)

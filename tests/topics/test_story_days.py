"""The main event's days come from the story's own timeline (made-up packets, not the seeds).

Coverage dates say when outlets wrote; the event's days are the days the articles date its
events. Each fixture is written for these tests, in English and German.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Paragraph
from briefing.topics import extract_topics
from briefing.topics.events import main_event
from briefing.topics.story_days import busiest_week, event_days, story_days

FIRST, LAST = dt.date(2031, 2, 20), dt.date(2031, 3, 20)


def _dated(n: int, day: int, language: str, title: str, *paragraphs: str | Paragraph) -> Article:
    written = article(f"{n:03d}", *paragraphs)
    return replace(written, title=title, date=dt.date(2031, 3, day), language=language)


def _span(articles: list[Article]) -> tuple[dt.date, dt.date] | None:
    return story_days(articles, FIRST, LAST)


def test_a_visit_covered_on_two_days_runs_the_days_its_articles_give() -> None:
    articles = [
        _dated(0, 8, "en", "Mwangi’s visit to Kenya begins",
               "President Ruth Mwangi’s visit to Kenya runs from March 8 to 10."),
        _dated(1, 9, "de", "Mwangi zu Besuch in Kenia",
               "Ruth Mwangi ist vom 8. bis 10. März zu Besuch in Kenia."),
        _dated(2, 9, "en", "Visit to Kenya brings trade deals",
               "On her visit to Kenya, Ruth Mwangi signed trade deals on Monday."),
    ]  # fmt: skip
    assert _span(articles) == (dt.date(2031, 3, 8), dt.date(2031, 3, 10))
    # Covered on the 8th and 9th; the visit runs to the 10th.
    name = main_event(articles, extract_topics(articles), frozenset({"Kenya"}))
    assert name == "Mwangi’s visit to Kenya, 8–10 Mar 2031"


def test_a_theft_covered_for_four_days_happened_on_one() -> None:
    articles = [
        _dated(0, 3, "en", "Theft", "Thieves broke into the museum in Varna on March 2."),
        _dated(1, 4, "de", "Diebstahl", "Diebe drangen am 2. März in das Museum in Varna ein."),
        _dated(2, 5, "en", "Inquiry", "Police in Varna questioned the guards on March 5."),
        _dated(3, 6, "de", "Ermittlung", "Die Polizei in Varna sucht seit dem 2. März die Täter."),
    ]
    # 2 March: three articles; 5 March: one, and not next to it.
    assert _span(articles) == (dt.date(2031, 3, 2), dt.date(2031, 3, 2))


def test_an_end_only_one_article_dates_is_not_the_events() -> None:
    articles = [
        _dated(0, 8, "en", "Fair", "The book fair opened in Split on March 8."),
        _dated(1, 8, "de", "Messe", "Die Buchmesse in Split begann am 8. März."),
        _dated(2, 9, "en", "Fair", "The fair in Split, which opened on March 8, runs to March 9."),
        _dated(3, 9, "en", "Fair", "Organisers said the fair may stay open on March 10."),
    ]
    # 9 March joins (next to the 8th) but one article only dates it: the span ends on the 8th.
    assert _span(articles) == (dt.date(2031, 3, 8), dt.date(2031, 3, 8))


def test_one_article_or_a_caption_or_a_far_date_does_not_make_the_days() -> None:
    caption = Paragraph("Crowds at the harbour in Split, March 12, 2031.", "caption")
    articles = [
        _dated(0, 8, "en", "Regatta", "The regatta in Split starts on March 12.", caption),
        _dated(1, 9, "de", "Regatta", "Bildunterschrift folgt.", caption),
        _dated(2, 9, "en", "Regatta", "Split last hosted the regatta on 4 May 2019."),
        _dated(3, 9, "de", "Regatta", "Zuletzt fand die Regatta am 4. Mai 2019 in Split statt."),
    ]
    assert _span(articles) is None  # the caller falls back to the coverage week
    assert main_event(articles, extract_topics(articles)) == "Regatta in Split, 8–9 Mar 2031"


def test_the_seed_packets_visit_runs_the_three_days_its_timeline_gives(private_dirs) -> None:
    """Through the façade: the seeds are dated 8 and 9 October; the visit ran 8–10 October."""
    from briefing import paths
    from briefing.briefing import Briefing

    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        name = briefing.main_event()
    assert name is not None and name.endswith(", 8–10 Oct 2025")


def _busiest_by_comparing(dates: list[dt.date], window: dt.timedelta) -> list[dt.date]:
    """The definition, comparing every date with every other."""
    return max(
        ([d for d in dates if first <= d <= first + window] for first in dates),
        key=lambda days: (len(days), days[-1]),
    )


def test_the_busiest_week_is_the_one_comparing_every_date_finds() -> None:
    rng = random.Random(15)
    window = dt.timedelta(days=6)
    for size in (1, 2, 5, 40, 300):
        for spread in (3, 20, 400):
            dates = sorted(
                dt.date(2031, 1, 1) + dt.timedelta(rng.randrange(spread)) for _ in range(size)
            )
            assert busiest_week(dates, window) == _busiest_by_comparing(dates, window)


def test_on_a_tie_the_busiest_week_is_the_latest() -> None:
    day = dt.date(2031, 3, 1)
    dates = [day, day + dt.timedelta(1), day + dt.timedelta(20), day + dt.timedelta(22)]
    assert busiest_week(dates, dt.timedelta(days=6)) == dates[2:]


def _undated(n: int, language: str, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=None, language=language)


def _leak(day_en: str, day_de: str) -> list[Article]:
    """Written on 8 and 11 March; one dated article and one undated date the leak."""
    return [
        _dated(
            0, 8, "en", "Tanker leaks", f"Oil began leaking from the tanker Morvan on {day_en}."
        ),
        _dated(1, 11, "en", "Divers", "Divers inspected the hull of the Morvan on March 10."),
        _undated(2, "de", "Öl tritt aus", f"Seit dem {day_de} tritt Öl aus dem Tanker Morvan aus."),
    ]


def test_a_day_before_the_coverage_dated_with_and_without_a_year_is_the_events() -> None:
    """No placed day is dated twice: the undated article's "6. März" (its one date in the
    window) agrees with the dated article's "March 6", before anything was written."""
    articles = _leak("March 6", "6. März")
    assert _span(articles) is None  # by placed days alone
    assert event_days(articles) == (dt.date(2031, 3, 6), dt.date(2031, 3, 6))


def test_a_yearless_day_no_other_article_writes_makes_no_day() -> None:
    articles = _leak("March 6", "4. März")  # 4, 6 and 10 March: one article each
    assert event_days(articles) == (dt.date(2031, 3, 8), dt.date(2031, 3, 11))  # the week


def test_a_day_agreed_inside_the_coverage_week_says_no_more_than_the_week() -> None:
    # "ce jeudi 15 juin": a day written without a year in the week may be the day of writing.
    articles = _leak("March 9", "9. März")
    assert event_days(articles) == (dt.date(2031, 3, 8), dt.date(2031, 3, 11))


def test_placed_days_two_articles_agree_on_outvote_yearless_ones() -> None:
    articles = [
        _dated(0, 11, "en", "Divers", "Divers inspected the tanker Morvan on March 10."),
        _dated(1, 11, "en", "Towed", "The Morvan was towed away on March 10."),
        _undated(2, "de", "Öl tritt aus", "Seit dem 6. März tritt Öl aus dem Tanker aus."),
        _undated(3, "de", "Öl", "Am 6. März begann Öl aus dem Tanker Morvan auszutreten."),
    ]
    assert event_days(articles) == (dt.date(2031, 3, 10), dt.date(2031, 3, 10))

"""Issue 12: two readings of a dated statement in the timeline. A statement someone made on a
day near the story's, which one source alone reports (in words no other article echoes), is
news, not an aside; a day given as a noun's attribute to a thing still to come ("the
November 3 election"), after every day the story is known by, is not an event of the story.
The look-alikes: an aside with no verb of saying stays an aside; an attributive day on the
story's day, or before it, stays an event; a day that dates the act ("on November 3") stays.
Written text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language

from briefing.analysis import extract_timeline
from briefing.analysis.scheduled_days import names_a_thing
from briefing.model import Article

DAY = dt.date(2031, 9, 15)


def _dated(article: Article, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(article, date=date, date_precision="day")


def _shown(*articles: Article) -> dict[tuple[str, str], bool]:
    return {(e.article_id, e.phrase): e.event for e in extract_timeline(articles)}


def _story() -> list[Article]:
    return [
        _dated(in_language("en", "a", "The treaty was signed in Velmora on September 15, 2031.")),
        _dated(in_language("en", "b", "Velmora and Brask signed the treaty on 15 September 2031.")),
        _dated(in_language("en", "c", "The treaty signed on September 15, 2031 ends the dispute.")),
        in_language("ru", "r", "Договор был подписан 15 сентября в Вельморе."),
    ]


def test_a_statement_one_source_alone_reports_is_news_not_an_aside() -> None:
    said = in_language("ru", "s", "13 сентября Иван Орлов заявил о начале переговоров с Браском.")
    assert _shown(*_story(), said)[("s", "13 сентября")] is True


def test_an_aside_with_no_verb_of_saying_stays_an_aside() -> None:
    aside = in_language("ru", "s", "13 сентября Иван Орлов отметил юбилей в родном городе.")
    assert _shown(*_story(), aside)[("s", "13 сентября")] is False


def test_a_day_given_to_a_thing_still_to_come_is_not_an_event() -> None:
    polls = in_language(
        "en", "p", "Polls on the November 3, presidential election show the mayor behind."
    )
    assert _shown(*_story(), polls)[("p", "November 3")] is False
    french = in_language("fr", "f", "Le maire prépare le scrutin du 3 novembre à Velmora.")
    assert _shown(*_story(), french)[("f", "3 novembre")] is False


def test_the_story_s_own_day_or_an_earlier_one_named_so_stays_an_event() -> None:
    own = in_language("en", "o", "Crowds watched the September 15 signing in Velmora.")
    past = in_language("en", "q", "Talks resumed after the September 2 incident at the border.")
    shown = _shown(*_story(), own, past)
    assert shown[("o", "September 15")] is True
    assert shown[("q", "September 2")] is True


def test_a_day_that_dates_the_act_stays_an_event() -> None:
    vote = in_language("en", "v", "Velmora will vote on November 3 on the treaty.")
    assert _shown(*_story(), vote)[("v", "November 3")] is True


def test_the_attribute_is_read_before_a_content_word_only() -> None:
    text = "He named the November 3 and the December 1 dates."
    assert names_a_thing(text, 13, 23, "en") is False  # "and": a function word
    text = "Polls on the November 3 election."
    assert names_a_thing(text, 13, 23, "en") is True
    assert names_a_thing("le scrutin du 3 novembre", 14, 24, "fr") is True
    assert names_a_thing("signé le 3 novembre", 9, 19, "fr") is False

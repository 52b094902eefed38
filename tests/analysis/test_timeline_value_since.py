"""A value in force since a date ("as of July 1 is 40 million euros") dates when it took
effect, no event of the story; a date after "since" with an act keeps its event. Every text
is written for these tests."""

from __future__ import annotations

import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.value_since import states_value


def _at(sentence: str, phrase: str, language: str) -> bool:
    start = sentence.index(phrase)
    return states_value(sentence, start, start + len(phrase), language)


def test_a_value_since_a_date_is_no_event() -> None:
    assert _at("The fee, which as of July 1 is 40 million euros, must be paid.", "July 1", "en")
    assert _at("Seit dem 1. Juli beträgt die Gebühr 40 Millionen Euro.", "1. Juli", "de")
    assert _at("Depuis le 1er juillet, le taux est de 3 % pour tous.", "1er juillet", "fr")
    assert _at("С 1 июля сбор составляет 40 млн евро.", "1 июля", "ru")
    # Look-alikes: "since" with an act and no value after; a sum with no "as of" before
    # the date; a language with no word here.
    assert not _at("The town has been cut off since Monday, when the storm hit.", "Monday", "en")
    assert not _at("40 people have died since Tuesday in Velmora.", "Tuesday", "en")
    assert not _at("On July 1 the club paid 40 million euros for him.", "July 1", "en")
    assert not _at("7月1日から料金は40ユーロだ。", "7月1日", "ja")


def test_the_timeline_keeps_the_sentence_but_not_as_an_event(article: MakeArticle) -> None:
    a = article(
        "a",
        "The club said the fee, which as of July 1 is 40 million euros, must be paid in full.",
        "The pilot signed for the club on Tuesday, July 8.",
        date=dt.date(2031, 7, 9),
    )
    events = {(e.date, e.event) for e in extract_timeline([a]) if e.date}
    assert (dt.date(2031, 7, 1), True) not in events
    assert (dt.date(2031, 7, 8), True) in events

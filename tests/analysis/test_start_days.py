"""The day the story's event began, two days in a row in two sources (start_days.py).
Written fixtures: hundreds are evacuated from the island of "Halsøy" on Saturday 18 July
2026; the fire there broke out days before. Look-alikes: one day in three languages, days
two apart, a third day, one source giving both, "a déclaré" (said), the main day itself, a
start long before (another event)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

MAIN = dt.date(2026, 7, 18)  # a Saturday
SUBJECT = "the day the story's event began"


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=MAIN), language=language)


def _story() -> list[Article]:
    """Three articles date the evacuation to Saturday 18 July."""
    return [
        _in("en", "a", "Hundreds were evacuated from Halsøy on Saturday as the fire spread."),
        _in("en", "b", "Tourists were evacuated from Halsøy on Saturday by boat."),
        _in("fr", "c", "Des centaines de touristes ont été évacués samedi de Halsøy."),
    ]


def _starts(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == SUBJECT]


def test_one_outbreak_on_two_days_across_languages() -> None:
    french = _in("fr", "f", "Un violent incendie, déclenché le 14 juillet, a ravagé l'île.")
    japanese = _in("ja", "j", "ハルソイ島で15日に発生した山火事が広がった。")
    chinese = _in("zh", "z", "哈尔索伊岛自14日发生野火,火势持续。")
    found = _starts(french, japanese, chinese)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("Tuesday 14 July 2026", ("f", "z")),
        ("Wednesday 15 July 2026", ("j",)),
    ]


def test_one_day_in_three_languages_agrees() -> None:
    french = _in("fr", "f", "Un violent incendie, déclenché le 14 juillet, a ravagé l'île.")
    german = _in("de", "g", "Der Brand war am 14. Juli ausgebrochen.")
    english = _in("en", "e", "The fire broke out on July 14 in the hills.")
    assert _starts(french, german, english) == []


def test_days_two_apart_or_three_days_are_not_compared() -> None:
    french = _in("fr", "f", "Un violent incendie, déclenché le 13 juillet, a ravagé l'île.")
    german = _in("de", "g", "Der Brand war am 15. Juli ausgebrochen.")
    english = _in("en", "e", "The fire broke out on July 14 in the hills.")
    assert _starts(french, german) == []
    assert _starts(french, german, english) == []


def test_one_source_giving_both_days_tells_two_starts() -> None:
    english = _in("en", "e", "A first fire broke out on July 14. A second one started on July 15.")
    german = _in("de", "g", "Der Brand war am 15. Juli ausgebrochen.")
    assert _starts(english, german) == []


def test_said_the_main_day_and_an_old_start_are_silent() -> None:
    said = _in("fr", "f", "Le maire a déclaré le 14 juillet que l'île était sûre.")
    german = _in("de", "g", "Der Brand war am 15. Juli ausgebrochen.")
    assert _starts(said, german) == []
    main = _in("en", "e", "The evacuation began on July 18, officials said.")
    eve = _in("de", "h", "Die Evakuierung begann am 17. Juli.")
    assert _starts(main, eve) == []
    old = _in("en", "o", "A fire that broke out on 10 April 2019 destroyed the church.")
    again = _in("de", "p", "Ein Feuer war am 11. April 2019 ausgebrochen.")
    assert _starts(old, again) == []

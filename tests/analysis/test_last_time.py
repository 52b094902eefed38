""" "The first … since YEAR" a year apart in two sources (last_time.py). Written fixtures: two
leaders meet on Friday 12 June 2026; sources say when they last met. Look-alikes: the same
year in three languages, years further apart, one source giving both years, "since" after a
named occasion, "since" with no "first", a title ("premier ministre depuis"), a count of
years ("seit vier Jahren")."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

MAIN = dt.date(2026, 6, 12)  # a Friday


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=MAIN), language=language)


def _story() -> list[Article]:
    """Three articles date the meeting to Friday 12 June 2026."""
    return [
        _in("en", "a", "Kaldor and Verin met on Friday in Tromsø for talks."),
        _in("en", "b", "The two leaders met on Friday in Tromsø."),
        _in("fr", "c", "Les deux dirigeants se sont rencontrés vendredi à Tromsø."),
    ]


def _last(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == "the last time before this one"]


def test_the_last_meeting_a_year_apart_across_languages() -> None:
    german = _in("de", "g", "Sie treffen sich erstmals seit 2019 wieder persönlich.")
    italian = _in("it", "i", "È il loro primo incontro faccia a faccia dal 2020.")
    japanese = _in("ja", "j", "両氏の対面会談は2020年6月以来。")
    found = _last(german, italian, japanese)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("since 2019", ("g",)),
        ("since 2020", ("i", "j")),
    ]


def test_one_year_in_three_languages_agrees() -> None:
    german = _in("de", "g", "Sie treffen sich erstmals seit 2019 wieder persönlich.")
    english = _in("en", "e", "It is their first meeting since 2019.")
    turkish = _in("tr", "t", "İki lider 2019'dan beri ilk kez yüz yüze görüştü.")
    assert _last(german, english, turkish) == []


def test_years_further_apart_are_two_comparisons() -> None:
    english = _in("en", "e", "It was their first title since 1986.")
    spanish = _in("es", "s", "Es su primera final desde 2014.")
    assert _last(english, spanish) == []


def test_one_source_giving_both_years_tells_two_occasions() -> None:
    english = _in(
        "en",
        "e",
        "It is their first meeting since 2019. It is the first summit since 2020.",
    )
    italian = _in("it", "i", "È il loro primo incontro dal 2020.")
    assert _last(english, italian) == []


def test_since_after_a_named_occasion_and_without_first_are_silent() -> None:
    english = _in(
        "en", "e", "It is the first joint appearance since their summit in Helsinki in 2019."
    )
    french = _in("fr", "f", "Il était Premier ministre depuis 2020.")
    german = _in("de", "g", "Zum ersten Mal seit vier Jahren treffen sich die beiden.")
    italian = _in("it", "i", "È il loro primo incontro dal 2020.")
    assert _last(english, french, german, italian) == []


def test_italian_before_is_no_first() -> None:
    italian = _in("it", "i", "Prima del vertice, il ministro in carica dal 2019 ha parlato.")
    again = _in("it", "j", "È la prima volta dal 2020 che si incontrano.")
    german = _in("de", "g", "Sie treffen sich erstmals seit 2020 wieder persönlich.")
    assert _last(italian, again, german) == []

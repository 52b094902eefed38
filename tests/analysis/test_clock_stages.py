"""A count given as of a time of day is a stage of that count: "120 delays by 10:15" and
"310 delays by 18:40" are the morning's and the evening's, not two reports of one number, in
any language. Counts stated at one moment (times minutes apart) or with no time stay rivals.
Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.analysis.clock_stages import other_moments, stated_clocks
from briefing.model import Article


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _values(articles: list[Article]) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in find_discrepancies(articles)]


def test_counts_at_two_times_of_day_are_stages() -> None:
    articles = [
        _in("es", "a", "El operador del puerto registró 120 retrasos hasta las 10:15 horas."),
        _in("es", "b", "El operador del puerto registró 310 retrasos hasta las 18.40 horas."),
    ]
    assert _values(articles) == []


def test_the_same_in_english_german_and_french() -> None:
    for language, early, late in (
        ("en", "The ferry line had cancelled 120 crossings by 10:15 a.m.",
         "The ferry line had cancelled 210 crossings by 6:40 p.m."),
        ("de", "Die Fährlinie strich bis 10.15 Uhr 120 Überfahrten.",
         "Die Fährlinie strich bis 18.40 Uhr 210 Überfahrten."),
        ("fr", "La compagnie avait annulé 120 traversées à 10h15.",
         "La compagnie avait annulé 210 traversées à 18h40."),
    ):  # fmt: skip
        articles = [_in(language, "a", early), _in(language, "b", late)]
        assert _values(articles) == [], language


def test_the_same_count_without_times_is_still_a_rival() -> None:
    articles = [
        _in("en", "a", "The ferry line cancelled 120 crossings on the day."),
        _in("en", "b", "The ferry line cancelled 210 crossings on the day."),
    ]
    assert len(_values(articles)) == 1


def test_one_time_against_no_time_is_still_compared() -> None:
    articles = [
        _in("en", "a", "The ferry line had cancelled 120 crossings by 10:15 a.m."),
        _in("en", "b", "The ferry line cancelled 210 crossings on the day."),
    ]
    assert len(_values(articles)) == 1


def test_times_minutes_apart_are_one_moment() -> None:
    assert not other_moments(frozenset({615}), frozenset({620}))
    assert other_moments(frozenset({615}), frozenset({1120}))
    assert not other_moments(frozenset(), frozenset({1120}))


def test_stated_clocks_reads_times_in_any_writing() -> None:
    assert stated_clocks("hasta las 14:30 horas", "es") == {870}
    assert stated_clocks("by 2:30 p.m.", "en") == {870}
    assert stated_clocks("bis 14.30 Uhr", "de") == {870}
    assert stated_clocks("à 14h30", "fr") == {870}
    assert stated_clocks("12.50 euros", "es") == frozenset()


def test_a_count_against_a_list_of_examples_is_no_disagreement() -> None:
    # "such as" gives examples, not all of them: three named carriers do not gainsay five.
    articles = [
        _in("en", "a", "On Friday five ferry lines halted every crossing."),
        _in("en", "b", "On Friday ferry lines such as Northwind, Saltmere and Greyhaven "
                       "halted every crossing."),
    ]  # fmt: skip
    assert _values(articles) == []
    articles[1] = _in("de", "b", "Am Freitag stoppten Fährlinien wie Northwind, Saltmere und "
                                 "Greyhaven alle Überfahrten.")  # fmt: skip
    assert _values(articles) == []

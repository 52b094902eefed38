"""Counts of one thing about one scene may be further apart than two reports usually are: a
witness's "nine or ten" against "more than 30" boats in one harbour. Counts of people, and
counts of a thing whose sentences share no scene, keep the usual limit. Every sentence is
written for these tests."""

from __future__ import annotations

import dataclasses

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _values(articles: list[Article]) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in find_discrepancies(articles)]


def test_counts_of_one_thing_about_one_scene_are_rivals_though_far_apart() -> None:
    articles = [
        _in("en", "a", "More than 30 trucks were parked on the pier when the crane fell."),
        _in("en", "b", "A docker said nine or ten trucks stood on the pier as it fell."),
    ]
    assert _values(articles) == [{"More than 30 trucks", "nine or ten trucks (10)"}]


def test_the_same_in_another_language() -> None:
    articles = [
        _in("pt", "a", "Mais de 30 caminhões estavam no cais quando o guindaste caiu."),
        _in("pt", "b", "Um estivador disse que nove ou dez caminhões estavam no cais."),
    ]
    assert len(_values(articles)) == 1


def test_without_a_shared_scene_far_apart_counts_stay_two_quantities() -> None:
    articles = [
        _in("en", "a", "More than 30 trucks were parked on the pier."),
        _in("en", "b", "Nine or ten trucks later left the depot."),
    ]
    assert _values(articles) == []


def test_counts_of_people_keep_the_usual_limit() -> None:
    # A group and its part: both sentences name the exchange, yet 26 and 8 are two counts.
    articles = [
        _in("en", "a", "In all 26 people were freed in the exchange in the capital."),
        _in("en", "b", "Only 8 people were flown home after the exchange in the capital."),
    ]
    assert _values(articles) == []


def test_more_than_four_times_apart_stays_silent() -> None:
    articles = [
        _in("en", "a", "More than 50 trucks were parked on the pier when the crane fell."),
        _in("en", "b", "A docker said ten trucks stood on the pier as it fell."),
    ]
    assert _values(articles) == []

"""An undated article's lone weekday for the act against the main day's weekday
(``weekday_slips.bare_weekday_discrepancies``). Written fixtures (no article text): a ferry
capsized on Saturday 14 March 2026; the look-alikes are another event on another day, a
plan, an evening a time zone away, and an article that tells the main day too."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

SATURDAY = dt.date(2026, 3, 14)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=None), language=language)


def _dated(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=SATURDAY), language=language)


def _story() -> list[Article]:
    """Three articles in two languages date the capsizing to Saturday 14 March."""
    return [
        _dated("en", "a", "The ferry capsized on Saturday, March 14, near the harbour."),
        _dated("es", "b", "El ferry volcó el sábado 14 de marzo cerca del puerto."),
        _dated("en", "c", "On Saturday the ferry overturned in a storm."),
    ]


def _weekdays(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject == "the main event's weekday"]


def test_an_undated_articles_weekday_for_the_act_disagrees() -> None:
    # "ce vendredi" is placed on Friday 13 March; its sentence opens with the packet's "ferry",
    # too far from the weekday for the act's narrow words (main_day's rival day)
    friday = _in(
        "fr",
        "d",
        "Le ferry de la compagnie, avec deux cents passagers à bord, a sombré ce vendredi.",
    )
    (found,) = _weekdays([*_story(), friday])
    claims = {c.value: set(c.article_ids) for c in found.claims}
    assert claims["Friday"] == {"d"}
    assert claims["Saturday 14 March 2026"] >= {"a"}
    assert "was a Saturday" in found.note


def test_another_event_on_another_day_is_no_slip() -> None:
    # no word of the act the dated articles share across their languages
    march = _in("fr", "d", "Des manifestants ont défilé ce vendredi devant la mairie.")
    assert _weekdays([*_story(), march]) == []


def test_the_aftermath_of_the_act_is_no_slip() -> None:
    searches = _in("fr", "d", "Les recherches autour du ferry ont repris ce vendredi.")
    assert _weekdays([*_story(), searches]) == []


def test_a_plan_is_no_slip() -> None:
    plan = _in("en", "d", "The ferry will be towed back on Friday, officials say.")
    assert _weekdays([*_story(), plan]) == []


def test_an_evening_a_time_zone_away_is_no_slip() -> None:
    evening = _in("fr", "d", "Le ferry a chaviré vendredi soir, heure de New York.")
    assert _weekdays([*_story(), evening]) == []


def test_an_article_telling_several_days_is_not_read() -> None:
    days = _in(
        "fr",
        "d",
        "Le ferry a chaviré ce vendredi au large. Les secours sont arrivés samedi.",
    )
    assert _weekdays([*_story(), days]) == []

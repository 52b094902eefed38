"""An undated article's lone weekday for the act against the main day's weekday
(``weekday_slips.bare_weekday_discrepancies``). Written fixtures (no article text): a ferry
collision on Saturday 14 March 2026; the look-alikes are another event on another day, the
aftermath of a thing of the story, a plan, an evening a time zone away, and an article that
tells the main day too. The event topic is given, as the topics name it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article, Topic

SATURDAY = dt.date(2026, 3, 14)
COLLISION = Topic(
    "collision", "Collision near Tarvo, 14 Mar 2026", "event", ("collision", "colisión"), ()
)
#: Subject, apposition, predicate: the act's word too far from the day for main_day's rival.
LONG = "{} du ferry de la compagnie, avec deux cents passagers à bord, {}"


def _topics(_articles: Sequence[Article]) -> tuple[Topic, ...]:
    return (COLLISION,)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=None), language=language)


def _dated(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=SATURDAY), language=language)


def _story() -> list[Article]:
    """Three articles in three languages date the capsizing to Saturday 14 March."""
    return [
        _dated("en", "a", "The ferry collision on Saturday, March 14, killed nine."),
        _dated("es", "b", "La colisión del ferry ocurrió el sábado 14 de marzo."),
        _dated("fr", "c", "La collision du ferry samedi 14 mars a fait neuf morts."),
    ]


def _weekdays(articles: list[Article]) -> list[Discrepancy]:
    found = find_discrepancies(articles, topics=_topics)
    assert not [d for d in found if d.subject == "the main event's day"]  # not main_day's rival
    return [d for d in found if d.subject == "the main event's weekday"]


def test_an_undated_articles_weekday_for_the_act_disagrees() -> None:
    # "ce vendredi" is placed on Friday 13 March; its sentence opens with the event's word
    friday = _in("fr", "d", LONG.format("La collision", "a eu lieu ce vendredi."))
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
    # "ferry" is in every main-day sentence, but the act is the collision, not the ferry
    towed = _in(
        "fr", "d", "Le ferry de la compagnie, avec cent passagers, a été remorqué ce vendredi."
    )
    assert _weekdays([*_story(), towed]) == []


def test_a_plan_is_no_slip() -> None:
    plan = _in(
        "en", "d", "The collision inquiry, with twelve experts on board, will open on Friday."
    )
    assert _weekdays([*_story(), plan]) == []


def test_an_evening_a_time_zone_away_is_no_slip() -> None:
    evening = _in("fr", "d", LONG.format("La collision", "a eu lieu vendredi soir."))
    assert _weekdays([*_story(), evening]) == []


def test_an_article_telling_several_days_is_not_read() -> None:
    told = LONG.format("La collision", "a eu lieu ce vendredi. Les secours sont arrivés samedi.")
    days = _in("fr", "d", told)
    assert _weekdays([*_story(), days]) == []

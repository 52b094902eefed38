"""The part of the main day an article dates the act to, against the main moment
(:mod:`briefing.analysis.main_part`). Written fixtures (no article text): the Orlen dam
collapsed on Tuesday 11 March 2031 at 14:17 local time; the look-alikes keep every
condition of a disagreement but one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

TUESDAY = dt.date(2031, 3, 11)
WEDNESDAY = TUESDAY + dt.timedelta(days=1)


def _in(language: str, article_id: str, text: str, date: dt.date | None = WEDNESDAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _story(at: str = "14:17") -> list[Article]:
    """Three articles date the collapse to Tuesday and give it one time; a fourth, in
    Ukrainian, writes the act's verb beside the day with no time."""
    return [
        _in("en", "a", f"The Orlen dam collapsed on Tuesday at {at} local time."),
        _in("fr", "b", f"Le barrage de l'Orlen s'est effondré mardi à {at.replace(':', ' h ')}."),
        _in("es", "c", f"La presa del Orlen colapsó el martes a las {at}, según la policía."),
        _in("uk", "d", "Дамбу на річці Орлен прорвало у вівторок, повідомила поліція."),
    ]


def _parts(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if "time of the main day" in d.subject]


def _claims(found: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value: c.article_ids for c in found.claims}


def test_a_morning_hours_before_the_main_moment_disagrees() -> None:
    rival = _in("uk", "e", "У вівторок вранці на річці Орлен прорвало дамбу, вода залила долину.")
    (found,) = _parts([*_story(), rival])
    assert _claims(found) == {"14:17": ("a", "b", "c"), "вівторок вранці (morning)": ("e",)}


def test_a_morning_in_english_and_in_spanish() -> None:
    english = _in("en", "e", "The dam collapsed on Tuesday morning, flooding the valley.")
    spanish = _in("es", "f", "La presa colapsó el martes por la mañana, inundando el valle.")
    (found,) = _parts([*_story(), english, spanish])
    assert set(_claims(found)) == {
        "14:17",
        "on Tuesday morning (morning)",
        "martes por la mañana (morning)",
    }


def test_an_evening_after_the_moment_is_the_aftermath() -> None:
    rival = _in("uk", "e", "У вівторок увечері рятувальники шукали людей біля дамби, яку прорвало.")
    assert _parts([*_story(), rival]) == []


def test_a_night_is_never_compared() -> None:
    rival = _in("en", "e", "The dam collapsed on Tuesday night, flooding the valley.")
    assert _parts([*_story(), rival]) == []


def test_a_morning_of_another_day_is_another_statement() -> None:
    rival = _in("uk", "e", "У середу вранці на річці Орлен прорвало ще одну дамбу.")
    assert _parts([*_story(), rival]) == []


def test_a_morning_close_to_the_moment_may_be_loose() -> None:
    # The main moment at 12:40: a "morning" ending at noon is under an hour before it.
    rival = _in("uk", "e", "У вівторок вранці на річці Орлен прорвало дамбу.")
    assert _parts([*_story("12:40"), rival]) == []


def test_an_article_giving_a_time_tells_its_own_moment() -> None:
    rival = _in(
        "uk", "e", "У вівторок вранці на річці Орлен прорвало дамбу, о 14:20 вода залила долину."
    )
    assert _parts([*_story(), rival]) == []


def test_a_morning_without_the_act_words() -> None:
    rival = _in("uk", "e", "У вівторок вранці мер міста провів нараду з рятувальниками.")
    assert _parts([*_story(), rival]) == []


def test_a_morning_after_the_articles_own_account_is_background() -> None:
    rival = _in(
        "uk",
        "e",
        "Дамбу прорвало у вівторок. Ще у вівторок вранці мешканці скаржилися, що воду прорвало.",
    )
    assert _parts([*_story(), rival]) == []


def test_no_main_moment_no_comparison() -> None:
    story = [a for a in _story() if a.id != "c"]
    story[1] = _in("fr", "b", "Le barrage de l'Orlen s'est effondré mardi à 14 h 40.")
    rival = _in("uk", "e", "У вівторок вранці на річці Орлен прорвало дамбу.")
    assert _parts([*story, rival]) == []

"""One numbered craft dated one day apart by two sources, in any language and script
(numbered_days.py). Written fixtures: a probe "Orion-7" landed on Wednesday 14 October 2026;
sources recall that a rival probe, "Vega-12" ("Вега-12"), failed days before. Look-alikes:
a translation of one day (no flag), days two apart, one source giving both days, a third day,
the main day itself, a name with its number after a space, two designations in one sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

MAIN = dt.date(2026, 10, 14)  # a Wednesday


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _story() -> list[Article]:
    """Three articles date the landing to Wednesday 14 October."""
    return [
        _in("en", "a", "The probe Orion-7 landed on Wednesday near the crater.", MAIN),
        _in("en", "b", "Orion-7 landed on the plain on Wednesday.", MAIN),
        _in("fr", "c", "La sonde s'est posée mercredi 14 octobre.", MAIN),
    ]


def _days(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject.startswith("the day of ")]


def test_one_craft_one_day_apart_across_languages_and_scripts() -> None:
    portuguese = _in("pt", "p", "No domingo (11), a sonda rival Vega-12 perdeu o controle.")
    russian = _in("ru", "r", "Станция «Вега-12» разбилась 12 октября, сообщили в агентстве.")
    found = _days(portuguese, russian)
    assert [d.subject for d in found] == ["the day of Vega-12"]
    assert [(c.value, c.article_ids) for c in found[0].claims] == [
        ("Sunday 11 October 2026", ("p",)),
        ("Monday 12 October 2026", ("r",)),
    ]


_SUNDAY = "No domingo (11), a sonda rival Vega-12 perdeu o controle."


def test_one_day_in_two_languages_agrees() -> None:
    portuguese = _in("pt", "p", _SUNDAY)
    russian = _in("ru", "r", "Станция «Вега-12» разбилась 11 октября, сообщили в агентстве.")
    assert _days(portuguese, russian) == []


def test_days_two_apart_are_two_events() -> None:
    portuguese = _in("pt", "p", _SUNDAY)
    russian = _in("ru", "r", "Станция «Вега-12» разбилась 13 октября, сообщили в агентстве.")
    assert _days(portuguese, russian) == []


def test_one_source_giving_both_days_tells_two_events() -> None:
    portuguese = _in("pt", "p", _SUNDAY)
    russian = _in(
        "ru",
        "r",
        "Станция «Вега-12» снизила орбиту 11 октября. Станция «Вега-12» разбилась 12 октября.",
    )
    assert _days(portuguese, russian) == []


def test_a_third_day_leaves_the_designation_alone() -> None:
    english = _in("en", "e", "The rival probe Vega-12 was launched on 10 August 2026.", MAIN)
    portuguese = _in("pt", "p", _SUNDAY)
    russian = _in("ru", "r", "Станция «Вега-12» разбилась 12 октября, сообщили в агентстве.")
    assert _days(english, portuguese, russian) == []


def test_the_main_day_is_not_this_rule_s() -> None:
    english = _in("en", "e", "Orion-7 touched down on 13 October 2026, the agency said.", MAIN)
    assert _days(english) == []


def test_a_number_after_a_space_is_no_designation() -> None:
    portuguese = _in("pt", "p", "No domingo (11), a sonda rival Vega 12 perdeu o controle.")
    russian = _in("ru", "r", "Станция «Вега 12» разбилась 12 октября, сообщили в агентстве.")
    assert _days(portuguese, russian) == []


def test_the_date_binds_the_nearest_designation_only() -> None:
    # "Орион-7" is farther from the date than "Вега-12" in the Russian sentence.
    portuguese = _in("pt", "p", "No domingo (11), a sonda rival Vega-12 perdeu o controle.")
    russian = _in(
        "ru",
        "r",
        "Агентство рассказало об отличиях «Орион-7» от разбившейся 12 октября станции «Вега-12».",
    )
    found = _days(portuguese, russian)
    assert [d.subject for d in found] == ["the day of Vega-12"]

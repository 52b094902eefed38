"""Undated reports placed at the stage of their death toll (:mod:`briefing.analysis.stages`).

Written fixtures (no article text): a made-up warehouse fire whose toll stood at 21 on 3 June
2031; each look-alike keeps every condition of a placing but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import claim_values, figure_flags, make_article

from briefing.model import Article

DAY = dt.date(2031, 6, 3)
NEXT = DAY + dt.timedelta(days=1)
DATED = "At least 21 people were killed in the warehouse fire, and 30 people were injured."
UNDATED = (
    "Au moins 21 personnes ont perdu la vie dans l'incendie de l'entrepôt. "
    "45 personnes ont été blessées."
)


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _injured(*articles: Article) -> list[set[str]]:
    return [claim_values(d) for d in figure_flags(*articles) if "injured" in d.subject]


def test_an_undated_report_of_the_same_toll_is_that_days_report() -> None:
    found = _injured(_in("en", "a", DATED, DAY), _in("fr", "b", UNDATED))
    assert found == [{"30 people", "45 personnes"}]


def test_without_the_toll_an_undated_report_gives_no_stage() -> None:
    plain = "L'incendie de l'entrepôt a fait 45 blessés, selon les pompiers."
    assert _injured(_in("en", "a", DATED, DAY), _in("fr", "b", plain)) == []


def test_another_toll_is_another_stage() -> None:
    later = UNDATED.replace("21", "23")
    assert _injured(_in("en", "a", DATED, DAY), _in("fr", "b", later)) == []


def test_a_toll_that_stood_two_days_dates_nothing() -> None:
    again = _in("es", "c", "Al menos 21 personas murieron en el incendio del almacén.", NEXT)
    assert _injured(_in("en", "a", DATED, DAY), again, _in("fr", "b", UNDATED)) == []


def test_a_toll_below_that_days_highest_is_an_earlier_stage() -> None:
    higher = _in("es", "c", "Al menos 26 personas murieron en el incendio del almacén.", DAY)
    assert _injured(_in("en", "a", DATED, DAY), higher, _in("fr", "b", UNDATED)) == []


def test_a_report_naming_a_later_day_was_written_after_it() -> None:
    later = UNDATED + " Le 5 juin, les enquêteurs sont revenus sur le site."
    assert _injured(_in("en", "a", DATED, DAY), _in("fr", "b", later)) == []


def test_a_count_its_sentence_dates_keeps_that_day() -> None:
    # The injured of the day before the stage: compared as that day's, never as the stage's.
    earlier = UNDATED.replace("45 personnes ont", "Le 2 juin, 45 personnes avaient")
    assert _injured(_in("en", "a", DATED, DAY), _in("fr", "b", earlier)) == []


#: An undated report whose sentence dates a higher toll to the stage's day (3 June).
_LATER_THAT_DAY = "Le 3 juin, au moins 26 personnes sont mortes dans l'incendie de l'entrepôt."
_BETWEEN = (
    "Al menos 23 personas murieron en el incendio del almacén. 45 personas resultaron heridas."
)


def test_a_toll_between_two_tolls_of_one_day_is_that_days_report() -> None:
    # A toll only grows: 23 lies between the 21 and the 26 given for 3 June.
    found = _injured(
        _in("en", "a", DATED, DAY), _in("fr", "c", _LATER_THAT_DAY), _in("es", "b", _BETWEEN)
    )
    assert found == [{"30 people", "45 personas"}]


def test_a_toll_between_two_days_tolls_dates_nothing() -> None:
    next_day = _LATER_THAT_DAY.replace("Le 3 juin", "Le 4 juin")
    found = _injured(_in("en", "a", DATED, DAY), _in("fr", "c", next_day), _in("es", "b", _BETWEEN))
    assert found == []

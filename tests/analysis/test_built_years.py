"""The year a building was built or opened, one year apart (built_years.py). Written
fixtures: a fire in the "Kvist Court" estate on 3 March 2026. Look-alikes: one year in three
languages, years further apart, a span of years, a decade, one source giving both years,
a year after the main day, a number that is no year ("1.984 flats")."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

MAIN = dt.date(2026, 3, 3)
SUBJECT = "the year the story's building was built or opened"


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=MAIN), language=language)


def _story() -> list[Article]:
    return [
        _in("en", "a", "A fire tore through Kvist Court on Tuesday."),
        _in("en", "b", "The fire at Kvist Court broke out on Tuesday afternoon."),
        _in("fr", "c", "Un incendie a ravagé Kvist Court mardi."),
    ]


def _built(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == SUBJECT]


def test_built_and_inaugurated_one_year_apart_across_languages() -> None:
    spanish = _in("es", "s", "El conjunto, formado por seis bloques construidos en 1987, ardió.")
    greek = _in("el", "g", "Το συγκρότημα εγκαινιάστηκε το 1986 με 1.987 διαμερίσματα.")
    found = _built(spanish, greek)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("built or opened in 1986", ("g",)),
        ("built or opened in 1987", ("s",)),
    ]


def test_one_year_in_three_languages_agrees() -> None:
    spanish = _in("es", "s", "Seis bloques construidos en 1987 ardieron.")
    german = _in("de", "d", "Die Anlage wurde 1987 gebaut.")
    chinese = _in("zh", "z", "该屋苑于1987年建成。")
    assert _built(spanish, german, chinese) == []


def test_years_further_apart_spans_and_decades_are_silent() -> None:
    spanish = _in("es", "s", "Seis bloques construidos en 1987 ardieron.")
    far = _in("en", "e", "The estate was built in 1984.")
    span = _in("en", "f", "The towers were built between 1985 and 1986.")
    decade = _in("ro", "r", "Complexul a fost construit în anii 1980.")
    assert _built(spanish, far) == []
    assert _built(spanish, span, decade) == []


def test_one_source_giving_both_years_tells_two_steps() -> None:
    english = _in("en", "e", "It was built in 1986 and inaugurated in 1987.")
    spanish = _in("es", "s", "Seis bloques construidos en 1986 ardieron.")
    assert _built(english, spanish) == []


def test_a_year_after_the_main_day_is_no_building_year() -> None:
    english = _in("en", "e", "A new block will be built in 2027.")
    german = _in("de", "d", "Ein Neubau soll 2028 errichtet werden.")
    assert _built(english, german) == []

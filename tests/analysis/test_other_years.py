"""A count in a sentence naming another year than the story's is another event's
(:mod:`.other_years`).

Written fixtures (no article text): a ferry capsized on Thursday 12 March 2026
(:mod:`analysis.ferry_fixtures`); two undated Arabic articles count the dead with a noun the
casualty words do not list, one of them in a sentence about a disaster of 1998. The
look-alikes: the same sentence with no year, and with the story's own year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.ferry_fixtures import THURSDAY
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.other_years import dating_years, of_story_years
from briefing.model import Article, Span

TODAY = "ارتفعت حصيلة غرق العبارة إلى 41 قتيلا."


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def test_an_undated_count_beside_another_year_is_not_compared() -> None:
    then = "وقعت أسوأ كارثة بحرية بالعام 1998 حين خلف غرق عبارة 52 قتيلا."
    assert _figures([*_story(), _in("ar", "d", TODAY), _in("ar", "e", then)]) == []
    in_year = "وقعت أسوأ كارثة بحرية في عام 1998 حين خلف غرق عبارة 52 قتيلا."
    assert _figures([*_story(), _in("ar", "d", TODAY), _in("ar", "e", in_year)]) == []


def test_the_same_count_with_no_year_or_the_storys_year_is_a_rival() -> None:
    plain = "خلف غرق العبارة 52 قتيلا."
    assert len(_figures([*_story(), _in("ar", "d", TODAY), _in("ar", "e", plain)])) == 1
    same = f"خلف غرق العبارة بالعام {THURSDAY.year} نحو 52 قتيلا."
    assert len(_figures([*_story(), _in("ar", "d", TODAY), _in("ar", "e", same)])) == 1


def _figure(years: frozenset[int], reported: dt.date | None = None) -> Figure:
    quote = Quote("a", None, Span(0, 0, 1), "x")
    return Figure(("en", "miners"), None, 5.0, 5.0, "5 miners", quote, reported=reported,
                  years=years)  # fmt: skip


def test_the_storys_year_is_the_reports_or_the_main_days() -> None:
    old = _figure(frozenset({1998}))
    assert of_story_years([old], THURSDAY) == []
    assert of_story_years([old], None) == [old]  # no story year known: kept
    # an article written in 1998 counts its own year's
    written_then = dataclasses.replace(old, reported=dt.date(1998, 5, 1))
    assert of_story_years([written_then], THURSDAY) == [written_then]
    both = _figure(frozenset({1998, THURSDAY.year}))
    assert of_story_years([both], THURSDAY) == [both]
    assert of_story_years([_figure(frozenset())], THURSDAY) == [_figure(frozenset())]


def test_a_year_after_the_count_behind_a_clauses_end_dates_that_clause_only() -> None:
    text = "Rund 3.000 Gäste kamen in die Halle, die im Mai 2019 abbrannte."
    years = [(text.index("2019"), 2019)]
    start = text.index("3.000")
    assert dating_years(text, years, start, start + 5) == frozenset()
    # in the count's own clause, or put before it, the year dates the count
    text = "Rund 3.000 Gäste kamen im Mai 2019 in die Halle."
    start = text.index("3.000")
    assert dating_years(text, [(text.index("2019"), 2019)], start, start + 5) == {2019}
    text = "Im Mai 2019, so die Polizei, kamen rund 3.000 Gäste."
    start = text.index("3.000")
    assert dating_years(text, [(text.index("2019"), 2019)], start, start + 5) == {2019}

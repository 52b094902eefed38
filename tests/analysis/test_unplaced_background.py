"""Issue 12: a day and month with no year in an undated article, months from every day the
story is known by (its dated articles' days, the days many sources date), that one source
alone names, is background: not listed beside the story's days. A day near the story, a far
day two sources name, and a packet with no known day keep their entries. Written text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language

from briefing.analysis import extract_timeline
from briefing.model import Article

DAY = dt.date(2031, 7, 27)


def _dated(article: Article, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(article, date=date, date_precision="day")


def _shown(*articles: Article) -> dict[tuple[str, str], bool]:
    return {(e.article_id, e.phrase): e.event for e in extract_timeline(articles)}


_DATED = in_language("en", "d", "The river festival opened in Velmora on Friday, July 26.")
_FAR = in_language(
    "es", "u", "La antorcha, encendida en Corvia el pasado 16 de abril, llegó al río."
)
_NEAR = in_language("es", "n", "El festival se cierra el 11 de agosto en Velmora.")


def test_a_far_day_without_a_year_in_an_undated_article_is_background() -> None:
    shown = _shown(_dated(_DATED), _FAR)
    assert shown[("u", "16 de abril")] is False
    assert shown[("d", "on Friday, July 26")] is True


def test_a_day_near_the_story_stays_an_event() -> None:
    assert _shown(_dated(_DATED), _NEAR)[("n", "11 de agosto")] is True


def test_a_day_near_the_story_across_new_year_stays_an_event() -> None:
    dated = _dated(_DATED, dt.date(2031, 12, 29))
    early = in_language("es", "j", "El festival se cierra el 5 de enero en Velmora.")
    assert _shown(dated, early)[("j", "5 de enero")] is True


def test_a_far_day_two_sources_name_stays() -> None:
    other = in_language("fr", "v", "La flamme a été allumée à Corvia le 16 avril, dit-on.")
    shown = _shown(_dated(_DATED), _FAR, other)
    assert shown[("u", "16 de abril")] is True
    assert shown[("v", "16 avril")] is True


def test_with_no_day_of_the_story_known_nothing_is_marked() -> None:
    assert _shown(_FAR)[("u", "16 de abril")] is True


def test_a_far_day_whose_day_another_source_dates_in_another_month_stays() -> None:
    """A slip of a month ("8 June" for "8 July") must stay comparable (``death_dates``)."""
    dated = in_language("en", "d", "The mayor was shot dead in Velmora on 8 March 2031.")
    dated = _dated(dated, dt.date(2031, 6, 20))
    slip = in_language("es", "s", "El homenaje recuerda al alcalde, asesinado el 8 de enero.")
    assert [e.event for e in extract_timeline([dated, slip]) if e.article_id == "s"] == [True]

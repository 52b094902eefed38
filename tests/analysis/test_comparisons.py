"""A year a comparison counts from ("the worst since the flood of X in 2011") is not an event
of the story (issue 12); "since 2011" and a day written in full stay. Written text only."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.comparisons import dates_a_reference


def _at(sentence: str, year: str) -> bool:
    return dates_a_reference(sentence, sentence.index(year))


def test_a_since_comparison_in_several_languages() -> None:
    assert _at("It was the worst storm since the great Velmora flood in 2011.", "2011")
    assert _at("Fue la peor tormenta desde la gran inundación de Velmora en 2011.", "2011")
    assert _at("C'est la pire tempête depuis la crue de 2011.", "2011")
    assert _at("Es war der schwerste Sturm seit dem Hochwasser von 2011.", "2011")
    assert _at("Het was de zwaarste storm sinds de overstroming van 2011.", "2011")


def test_since_a_year_and_a_broken_clause_are_not_comparisons() -> None:
    assert not _at("She has led the port authority since 2011.", "2011")
    assert not _at("Tiene la nacionalidad desde 2011 y vive en Velmora.", "2011")
    assert not _at("The pier, closed since a storm, reopened in 2011.", "2011")
    assert not _at("The pier reopened in 2011 after repairs.", "2011")


def test_the_timeline_keeps_the_story_and_drops_the_reference_year() -> None:
    day = dt.date(2031, 3, 4)
    a = make_article(
        "a",
        "The storm that hit Velmora on Tuesday was the worst since the great flood in 2011.",
        date=day,
    )
    b = dataclasses.replace(
        make_article(
            "b", "La tormenta del martes fue la peor desde la gran inundación de Velmora en 2011."
        ),
        language="es",
        date=day,
    )
    # Look-alike: a day written in full after "since" is a past day the story refers to.
    c = dataclasses.replace(
        make_article("c", "C'est la pire tempête depuis la crue du 12 juin 2011."),
        language="fr",
        date=day,
    )
    shown = {(e.article_id, e.precision, e.event) for e in extract_timeline([a, b, c])}
    assert ("a", "year", False) in shown and ("b", "year", False) in shown
    assert ("a", "day", True) in shown  # "on Tuesday": the story's own day
    assert ("c", "day", True) in shown

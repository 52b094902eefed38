"""A year a comparison counts from ("the worst since the flood of X in 2011") is not an event
of the story (issue 12); "since 2011" and a day written in full stay. Written text only."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.comparisons import dates_a_record, dates_a_reference


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


def _record(sentence: str, day: str) -> bool:
    return dates_a_record(sentence, sentence.index(day))


def test_the_day_a_record_counts_from_in_several_languages() -> None:
    assert _record("It was the wettest night in Velmora since 3 May 1931.", "3 May")
    assert _record("Fue la lluvia más intensa en un día desde el 3 de mayo de 1931.", "3 de")
    assert _record("Foi a maior cheia registada na cidade desde 3 de maio de 1931.", "3 de")
    assert _record("Es war der stärkste Regen in Velmora seit dem 3. Mai 1931.", "3. Mai")
    assert _record("Ливень стал сильнейшим в городе с 3 мая 1931 года.", "3 мая")
    assert _record("To była największa powódź od 3 maja 1931 roku.", "3 maja")


def test_since_a_day_without_a_record_stays_an_event() -> None:
    assert not _record("The pier has been closed since 3 May 2031.", "3 May")
    assert not _record("The unrest since 3 May 2031 has closed the port.", "3 May")
    assert not _record("Власти объявили траур с 3 мая по 5 мая 2031 года.", "3 мая")
    # A superlative in another clause: "since" dates a state of the story.
    assert not _record("It was the worst storm. Roads stay shut since 3 May 2031.", "3 May")
    # "since" with an event named before the day: a past day the story refers to.
    quake = "C'est le pire séisme depuis le tremblement de terre du 3 mai 1931."
    assert not _record(quake, "3 mai")
    # A superlative in a quote, then the day the quote was said: an event of the story.
    said = "«Fue el peor día de mi vida», dijo el alcalde el 3 de mayo de 2031."
    assert not _record(said, "3 de")


def test_the_timeline_drops_a_records_day_and_keeps_the_storys() -> None:
    day = dt.date(2031, 5, 8)
    text = "La lluvia del martes fue la más intensa desde el 3 de mayo de 1931 en Velmora."
    a = dataclasses.replace(make_article("a", text), language="es", date=day)
    shown = {(e.date, e.event) for e in extract_timeline([a])}
    assert (dt.date(1931, 5, 3), False) in shown
    assert (dt.date(2031, 5, 6), True) in shown  # "del martes": the story's own day

"""A span from a death to the story's day, one apart in two sources (death_spans.py). Written
fixtures: a statue is unveiled on Saturday 13 June 2026, months after the death of the sculptor
Ilse Varnholt. Look-alikes: the same span in three languages, a hedged span, values two apart,
one source giving both, a span not dated to the story's day, articles written a month apart, a
span in weeks beside one in months, an offset from another start."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.death_spans import death_spans
from briefing.model import Article

MAIN = dt.date(2026, 6, 13)  # a Saturday


def _in(language: str, article_id: str, text: str, date: dt.date = MAIN) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _story() -> list[Article]:
    """Three articles date the unveiling to Saturday 13 June 2026."""
    return [
        _in("en", "a", "The statue was unveiled on Saturday in Lindqvist Square."),
        _in("en", "b", "Crowds gathered on Saturday as the statue was unveiled."),
        _in("fr", "c", "La statue a été dévoilée samedi sur la place Lindqvist."),
    ]


def _spans(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == "time since the death"]


def _values(found: list[Discrepancy]) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.value, c.article_ids) for d in found for c in d.claims]


def test_seven_against_eight_months_across_languages() -> None:
    english = _in(
        "en", "e", "The statue was unveiled on Saturday, seven months after the death of Varnholt."
    )
    french = _in(
        "fr", "f", "La statue a été dévoilée ce samedi, huit mois après le décès de Varnholt."
    )
    german = _in(
        "de", "g", "Die Statue wurde am Samstag enthüllt, acht Monate nach dem Tod Varnholts."
    )
    assert _values(_spans(english, french, german)) == [
        ("7 months after the death", ("e",)),
        ("8 months after the death", ("f", "g")),
    ]


def test_one_span_in_three_languages_agrees() -> None:
    english = _in("en", "e", "It was unveiled on Saturday, seven months after her death.")
    spanish = _in(
        "es", "s", "Fue inaugurada el sábado, siete meses después de la muerte de Varnholt."
    )
    russian = _in("ru", "r", "Статую открыли в субботу, через семь месяцев после смерти Варнхольт.")
    assert death_spans(russian.paragraphs[0].text, "ru") == [(7.0, "duration-month")]
    assert _spans(english, spanish, russian) == []


def test_a_hedged_span_is_no_rival_value() -> None:
    english = _in(
        "en", "e", "It was unveiled on Saturday, seven months after the death of Varnholt."
    )
    french = _in(
        "fr", "f", "La statue a été dévoilée samedi, près de huit mois après le décès de Varnholt."
    )
    assert death_spans(french.paragraphs[0].text, "fr") == []
    assert _spans(english, french) == []


def test_values_two_apart_and_one_source_giving_both_are_silent() -> None:
    seven = _in("en", "e", "It was unveiled on Saturday, seven months after the death of Varnholt.")
    nine = _in("fr", "f", "La statue a été dévoilée samedi, neuf mois après le décès de Varnholt.")
    assert _spans(seven, nine) == []
    both = _in(
        "en",
        "b2",
        "It was unveiled on Saturday, seven months after the death of Varnholt. "
        "Her pupil spoke on Saturday, eight months after the death of his own teacher.",
    )
    eight = _in("fr", "f", "La statue a été dévoilée samedi, huit mois après le décès de Varnholt.")
    assert _spans(both, eight) == []


def test_a_span_not_dated_to_the_story_day_is_silent() -> None:
    english = _in("en", "e", "The commission was agreed seven months after the death of Varnholt.")
    french = _in(
        "fr", "f", "La statue a été dévoilée samedi, huit mois après le décès de Varnholt."
    )
    assert _spans(english, french) == []


def test_articles_written_a_month_apart_count_a_span_that_grew() -> None:
    english = _in(
        "en", "e", "It was unveiled on Saturday, seven months after the death of Varnholt."
    )
    later = _in(
        "fr",
        "f",
        "La statue dévoilée samedi 13 juin, huit mois après le décès de Varnholt, attire du monde.",
        date=MAIN + dt.timedelta(days=31),
    )
    assert _spans(english, later) == []


def test_other_units_and_other_starts_are_not_read() -> None:
    assert death_spans("unveiled thirty weeks after the death of Varnholt", "en") == [
        (30.0, "duration-week")
    ]
    assert death_spans("unveiled seven months after the fire", "en") == []
    assert death_spans("unveiled two hours after the death of Varnholt", "en") == []
    assert death_spans("about seven months after the death of Varnholt", "en") == []


def test_a_paragraph_is_split_only_when_it_writes_a_death_noun() -> None:
    from briefing.analysis.death_spans import _may_hold

    assert _may_hold("Unveiled seven months after the DEATH of the sculptor.", "en")
    assert _may_hold("Dévoilée huit mois après le décès de la sculptrice.", "fr")
    assert not _may_hold("Unveiled seven months after the storm.", "en")
    assert not _may_hold("Unveiled seven months after the death of the sculptor.", "xx")
    assert death_spans("Unveiled seven months after the storm.", "en") == []

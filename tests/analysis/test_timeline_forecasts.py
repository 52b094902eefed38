"""A forecast is not an event: the clause of a date that expects, hopes or sets a deadline for
something is not shown as a thing that happened, in every language the rules cover; a past
clause beside a future one, a schedule ("will reopen on 7 December") and words that only
look like a future ("against their will", "la mayoría", "soll … geschossen haben") keep
their events. Written fixture text only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.forecasts import is_forecast


def _forecast(sentence: str, date: str, language: str) -> bool:
    start = sentence.index(date)
    return is_forecast(sentence, start, start + len(date), language)


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        ("en", "Officials expect power to be back by Tuesday.", "Tuesday"),
        ("en", "Power will be restored by Tuesday, the operator said.", "Tuesday"),
        ("en", "The line was expected to reopen on Thursday.", "Thursday"),
        ("es", "Se espera que la luz vuelva el martes.", "martes"),
        ("es", "El Gobierno decretó que el domingo sería día de luto.", "domingo"),
        ("de", "Der Strom soll bis Dienstag wieder fließen.", "Dienstag"),
        ("de", "Die Bahn erwartet, dass die Strecke am Freitag wieder frei ist.", "Freitag"),
        ("fr", "Le trafic devrait reprendre mardi, selon la compagnie.", "mardi"),
        ("fr", "Le courant sera rétabli d'ici jeudi.", "jeudi"),
        (
            "pt",
            "O ministro disse que espera a normalização ainda nesta terça-feira.",
            "terça-feira",
        ),
        ("it", "La strada dovrebbe riaprire lunedì.", "lunedì"),
        ("nl", "De minister zei te verwachten dat de stroom op dinsdag terugkomt.", "dinsdag"),
        ("ru", "Движение поездов восстановят до 5 марта.", "5 марта"),
        ("ru", "Ожидается, что мост откроют 5 марта.", "5 марта"),
        ("uk", "Рух потягів відновлять до 5 березня.", "5 березня"),
    ],
)
def test_a_forecast_in_each_language(language: str, sentence: str, date: str) -> None:
    assert _forecast(sentence, date, language)


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        # A past clause beside a future one: the date is the collapse's.
        (
            "en",
            "The bridge, which engineers said will last a century, collapsed on Tuesday.",
            "Tuesday",
        ),
        ("en", "Against their will, residents left their homes on Tuesday.", "Tuesday"),
        ("en", "The expected storm reached the coast on Monday.", "Monday"),
        ("en", "The storm hit on Monday and will move north by Wednesday.", "Monday"),
        # A schedule on a day is the story's own: kept.
        ("en", "The cathedral will reopen on 7 December.", "7 December"),
        ("fr", "La cathédrale rouvrira ses portes le 7 décembre.", "7 décembre"),
        ("es", "La mayoría de los vecinos volvió a casa el martes.", "martes"),
        ("es", "El puerto cerró el martes, como se esperaba.", "martes"),
        ("de", "Der Täter soll am Montag auf den Minister geschossen haben.", "Montag"),
        ("de", "Am Dienstag wurde der Strom wieder eingeschaltet.", "Dienstag"),
        ("pt", "A maioria dos voos foi cancelada na terça-feira.", "terça-feira"),
        ("ru", "Мост, который должен был простоять век, обрушился 5 марта.", "5 марта"),
        ("ru", "Движение поездов восстановили 5 марта.", "5 марта"),
        ("uk", "Рух потягів відновили 5 березня.", "5 березня"),
    ],
)
def test_look_alikes_keep_their_event(language: str, sentence: str, date: str) -> None:
    assert not _forecast(sentence, date, language)


def test_a_forecast_that_came_true_later_in_the_article(article: MakeArticle) -> None:
    """The forecast is not an event; the same day told in the past is, on the same day."""
    made = article(
        "a",
        "Engineers expected the line to reopen on 6 March after repairs.",
        "The line reopened on 6 March, a day later than the first trains had been due.",
        date=dt.date(2031, 3, 7),
    )
    entries = extract_timeline([made])
    assert sorted((e.sentence_span.paragraph, e.date, e.event) for e in entries) == [
        (0, dt.date(2031, 3, 6), False),
        (1, dt.date(2031, 3, 6), True),
    ]


def test_forecasts_in_three_languages_leave_the_timeline(article: MakeArticle) -> None:
    day = dt.date(2031, 3, 3)  # a Monday
    texts = {
        "es": "Se espera que el suministro vuelva el martes.",
        "de": "Der Strom soll bis Dienstag wieder fließen.",
        "ru": "Ожидается, что электричество вернут во вторник.",
        "en": "Power returned on Tuesday in most districts.",
    }
    made = [replace(article(lang, text, date=day), language=lang) for lang, text in texts.items()]
    events = {e.article_id for e in extract_timeline(made) if e.event}
    assert events == {"en"}

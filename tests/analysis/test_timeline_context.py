"""Days the text gives by context: a weekday with its day of the month ("terça (11)"), and a
sentence told by the clock or by a step ("hours later", "am Tag danach") on the one day its
article names. Placed only when that day is beyond doubt; look-alikes stay undated. Written
fixture text only (11 March 2031 is a Tuesday)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases
from briefing.analysis.dates import find_dates
from briefing.analysis.model import TimelineEntry
from briefing.model import Article

TUESDAY = dt.date(2031, 3, 11)


def _in(language: str, made: Article, **changes: object) -> Article:
    return replace(made, language=language, **changes)  # type: ignore[arg-type]


def _monthly(made: Article) -> Article:
    """The article states only its month (March 2031)."""
    return replace(made, date=dt.date(2031, 3, 1), date_precision="month")


def _context(entries: tuple[TimelineEntry, ...]) -> list[tuple[int, dt.date | None, str]]:
    return [
        (e.sentence_span.paragraph, e.date, e.phrase) for e in entries if e.resolution == "context"
    ]


def test_a_weekday_with_its_day_takes_the_article_month(article: MakeArticle) -> None:
    texts = {
        "pt": "A ponte desabou na manhã desta terça (11) durante uma tempestade.",
        "fr": "Le pont s'est effondré mardi 11, selon la préfecture.",
        "en": "The bridge collapsed on Tuesday the 11th, the agency said.",
    }
    made = [_monthly(_in(lang, article(lang, text))) for lang, text in texts.items()]
    dated = {e.article_id: (e.date, e.resolution) for e in extract_timeline(made)}
    assert dated == dict.fromkeys(texts, (TUESDAY, "year-inferred"))


def test_a_weekday_and_day_that_do_not_fit_the_month_stay_unplaced(article: MakeArticle) -> None:
    # 12 March 2031 is a Wednesday, not a Tuesday: no month near the article fits.
    wrong = _monthly(_in("pt", article("a", "A ponte desabou nesta terça (12) à tarde.")))
    undated = _in("pt", article("b", "A ponte desabou nesta terça (11) à tarde."))
    assert [e.date for e in extract_timeline([wrong, undated])] == [None, None]


def test_a_count_after_a_weekday_is_no_day_and_an_ordinal_is_no_weekday() -> None:
    assert [(p.text, p.day) for p in find_dates("El martes 14 personas murieron.", "es")] == [
        ("martes", None)
    ]
    assert find_dates("Recebeu a quinta parte do dinheiro.", "pt") == ()


def test_nowadays_is_no_today() -> None:
    def phrases(text: str, language: str) -> list[str]:
        return [found[3].text for found in dated_phrases(text, language, language)]

    assert phrases("Uma tragédia inconcebível nos dias de hoje.", "pt") == []
    assert phrases("Hoy en día nadie viaja así.", "es") == []
    assert phrases("A ponte caiu hoje.", "pt") == ["hoje"]
    assert phrases("El puente cayó hoy, día de fiesta.", "es") == ["hoy"]


def test_clock_and_part_of_day_sentences_take_the_one_day_named(article: MakeArticle) -> None:
    cases = {
        "en": ("The ferry capsized on Tuesday near the harbour.",
               "By 20:30 divers had reached all the cabins of the ferry."),
        "de": ("Die Fähre kenterte am Dienstag vor dem Hafen.",
               "Am Abend fanden Taucher die letzten Passagiere in der Kabine."),
        "pl": ("Prom przewrócił się we wtorek przy porcie.",
               "Do godziny 20.30 nurkowie wydobyli wszystkich pasażerów z kabin."),
        "ru": ("Паром перевернулся во вторник у входа в порт.",
               "Вечером водолазы нашли последних пассажиров в каютах парома."),
    }  # fmt: skip
    made = [
        _in(lang, article(lang, first, second, date=TUESDAY))
        for lang, (first, second) in cases.items()
    ]
    placed = {e.article_id: e.date for e in extract_timeline(made) if e.resolution == "context"}
    assert placed == dict.fromkeys(cases, TUESDAY)


def test_a_step_to_the_next_day_moves_the_story_on(article: MakeArticle) -> None:
    made = article(
        "a",
        "The ferry capsized on 11 March near the harbour.",
        "The next day, divers found the last two passengers inside the hull.",
        "At 09:00 the port reopened to all the other ships.",
        date=TUESDAY,
    )
    # The step is the 12th; the clock after it is left alone (which day is it on?).
    assert _context(extract_timeline([made])) == [(1, dt.date(2031, 3, 12), "The next day")]


def test_an_undated_article_keeps_day_and_month_only(article: MakeArticle) -> None:
    made = _in(
        "es",
        article(
            "a",
            "El apagón comenzó al mediodía del 11 de marzo en toda la región.",
            "El ministro confirmó hacia las 22:00 horas que la mitad del suministro había vuelto.",
        ),
    )
    found = [e for e in extract_timeline([made]) if e.resolution == "context"]
    assert [(e.date, e.month, e.day) for e in found] == [(None, 3, 11)]


def test_look_alikes_get_no_context_date(article: MakeArticle) -> None:
    two_days = article(
        "two",
        "The ferry capsized on 11 March; the inquiry opened on 13 March.",
        "At 20:30 divers reached the cabins of the ferry.",
        date=dt.date(2031, 3, 13),
    )
    written_later = article(
        "later",
        "The ferry capsized on 11 March near the harbour.",
        "At 09:00 divers went down to the cabins of the ferry.",
        date=dt.date(2031, 3, 12),  # a bare clock may be the day it was written
    )
    compound = _in(
        "de",
        article(
            "compound",
            "Die Kardinäle wählten am Donnerstagnachmittag einen neuen Papst.",
            "Er folgt dem am 11. März verstorbenen Papst, der lange regierte.",
            "Um 19.13 Uhr trat er auf die Loggia vor die wartenden Gläubigen.",
        ),
    )
    tied = article(
        "tied",
        "The cathedral burned on 11 March.",
        "The day after the fire, the president promised to rebuild it quickly.",
        date=TUESDAY,
    )
    forecast = article(
        "forecast",
        "The ferry capsized on 11 March near the harbour.",
        "Divers are expected to reach the cabins by 20:30 at the latest.",
        date=TUESDAY,
    )
    stamp = article(
        "stamp", "The ferry capsized on 11 March near the harbour.", "20:20", date=TUESDAY
    )
    before = article(
        "before",
        "At 20:30 divers reached the cabins of the ferry.",
        "The ferry had capsized on 11 March near the harbour.",
        date=TUESDAY,
    )
    made = [two_days, written_later, compound, tied, forecast, stamp, before]
    assert _context(extract_timeline(made)) == []

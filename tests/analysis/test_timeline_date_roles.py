"""What a date in a sentence dates (``date_roles``): a year qualifying a noun dates the noun,
not the sentence; a period's end still to come, a statement that only says who reported, and
a caption opening on its picture are not events. Look-alikes keep their dates and events: a
year that is the sentence's own ("In 2031 the court ruled"), an end the article had already
seen, a report that says what happened, a picture the writer names without "this". Written
fixture text only, in several languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_roles import about_reporting, describes_picture, qualifies_noun
from briefing.analysis.dates import DatePhrase
from briefing.model import Article


def _article(language: str, text: str, date: dt.date | None) -> Article:
    return replace(make_article(language, text, date=date), language=language)


def _entries(language: str, text: str, date: dt.date | None = dt.date(2031, 5, 9)) -> list:
    return list(extract_timeline([_article(language, text, date)]))


def _year(sentence: str, year: str) -> tuple[DatePhrase, int]:
    at = sentence.index(year)
    return DatePhrase(at, at + 4, year, "year", year=int(year)), at


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Le tribunal a condamné vendredi l'ancien maire pour le financement de sa "
            "campagne de 2027.",
        ),
        (
            "it",
            "L'ex sindaco è stato condannato per i fondi della sua campagna elettorale del 2027.",
        ),
        ("es", "El exalcalde fue condenado por la financiación de su campaña de 2027."),
        ("en", "The former mayor was sentenced over the funding of the campaign of 2027."),
        ("ru", "Бывший мэр получил срок за финансирование кампании 2027 года."),
        ("en", "He was convicted on Friday over funding for the 2027 Senate campaign."),
        ("de", "Er wurde am Freitag wegen Spenden im Wahlkampf des Jahres 2027 verurteilt."),
    ],
)
def test_a_year_qualifying_a_noun_leaves_the_sentence_undated(language: str, sentence: str) -> None:
    years = [e for e in _entries(language, sentence) if e.phrase.endswith("2027")]
    assert years and all(e.date is None and e.resolution == "unresolved" for e in years)
    phrase, at = _year(sentence, "2027")
    assert qualifies_noun(sentence, phrase, at, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In 2027 the court ruled against the mayor."),
        ("fr", "En 2027, le tribunal a condamné le maire."),
        ("it", "Nel 2027 il tribunale ha condannato il sindaco."),
        ("ru", "В 2027 году суд вынес приговор бывшему мэру."),
        ("de", "Im Jahr 2027 wurde der Bürgermeister verurteilt."),
        ("fr", "Il fut maire de 2027 à 2029 avant d'être condamné."),  # a range: ``periods``
    ],
)
def test_a_year_that_dates_the_sentence_stays(language: str, sentence: str) -> None:
    phrase, at = _year(sentence, "2027")
    assert not qualifies_noun(sentence, phrase, at, language)
    years = [e for e in _entries(language, sentence) if e.precision == "year" and e.date]
    assert dt.date(2027, 1, 1) in {e.date for e in years}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un deuil de trois jours a été décrété jusqu'au 12 mai."),
        ("es", "Se decretó luto oficial hasta el 12 de mayo."),
        ("de", "Die Schulen bleiben bis Montag geschlossen."),
        ("ru", "Траур объявлен до 12 мая."),
    ],
)
def test_an_end_still_to_come_is_not_an_event(language: str, text: str) -> None:
    entries = _entries(language, text)  # written on Friday 9 May 2031
    assert entries and not any(e.event for e in entries)


def test_the_decree_keeps_its_own_day_when_the_sentence_gives_it() -> None:
    text = "Le 8 mai, le gouvernement a décrété un deuil national jusqu'au 12 mai."
    shown = {e.date for e in _entries("fr", text) if e.event}
    assert shown == {dt.date(2031, 5, 8)}


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("de", "Die Feuerwehr kämpfte bis Donnerstagabend gegen die Flammen.", dt.date(2031, 5, 8)),
        ("en", "Rescuers searched the river until 7 May, the police said.", dt.date(2031, 5, 7)),
    ],
)
def test_an_end_the_article_has_seen_stays_an_event(language: str, text: str, day: dt.date) -> None:
    assert [(e.date, e.event) for e in _entries(language, text)] == [(day, True)]


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        ("en", "AP reported it on Friday morning.", "on Friday morning"),
        ("cs", "V pátek ráno o tom informovala agentura AP.", "pátek"),
        ("ru", "Об этом в пятницу сообщило агентство ТАСС.", "пятницу"),
        ("de", "Das berichtete die Zeitung Nordblatt am Freitag.", "Freitag"),
    ],
)
def test_a_statement_about_reporting_is_not_an_event(
    language: str, sentence: str, date: str
) -> None:
    at = sentence.index(date)
    assert about_reporting(sentence, at, at + len(date), language)
    assert not any(e.event for e in _entries(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        ("en", "AP reported on Friday that the fire was out.", "on Friday"),
        ("cs", "V pátek hasiči uhasili požár, informovala agentura AP.", "pátek"),
        ("ru", "В пятницу агентство ТАСС сообщило о трёх погибших.", "пятницу"),
        ("en", "The mayor resigned on Friday.", "on Friday"),
    ],
)
def test_a_report_that_says_what_happened_stays(language: str, sentence: str, date: str) -> None:
    at = sentence.index(date)
    assert not about_reporting(sentence, at, at + len(date), language)
    assert any(e.event for e in _entries(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Ces images aériennes donnent une idée des crues du 7 mai."),
        ("en", "This video shows the bridge on 7 May."),
        ("ru", "Эти кадры сняты 7 мая над долиной."),
    ],
)
def test_a_caption_opening_on_its_picture_is_not_an_event(language: str, sentence: str) -> None:
    assert describes_picture(sentence)
    entries = _entries(language, sentence)
    assert entries and not any(e.event for e in entries)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Images from the scene show the bridge fell on 7 May."),
        ("fr", "Des secouristes ont sauvé un homme après les crues du 7 mai."),
        ("de", "Dieser Bericht erschien nach dem Einsturz am 7. Mai."),
    ],
)
def test_a_caption_dating_a_story_event_without_its_mark_stays(
    language: str, sentence: str
) -> None:
    assert not describes_picture(sentence)
    assert any(e.event and e.date == dt.date(2031, 5, 7) for e in _entries(language, sentence))


def test_a_period_ending_on_a_noun_year_is_still_history() -> None:
    """The year of "le elezioni del 2029" is taken off the sentence only after the asides are
    read: with it, "eletto nel 2027 … del 2029" is a period before the story, so the year
    2027 is history, not an event the timeline shows."""
    text = (
        "Il processo al sindaco, eletto nel 2027 ma sconfitto alle elezioni del 2029, "
        "è durato tre mesi."
    )
    years = {e.phrase: (e.date, e.event) for e in _entries("it", text) if e.precision == "year"}
    assert years == {"2027": (dt.date(2027, 1, 1), False), "2029": (None, False)}

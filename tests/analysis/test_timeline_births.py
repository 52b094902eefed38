"""Issue 12: a birth date in a profile dates a person, not the story; a "today" in Greek or
Catalan dates the story like one in French. Written fixture text only, with look-alikes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.births import is_birth_date
from briefing.analysis.dates import find_dates
from briefing.model import Article

DAY = dt.date(2031, 5, 7)


def _in(language: str, article: Article) -> Article:
    return dataclasses.replace(article, language=language)


def _shown(*articles: Article) -> list[tuple[str, bool]]:
    return [(e.phrase, e.event) for e in extract_timeline(articles)]


def _birth(sentence: str, date: str) -> bool:
    at = sentence.index(date)
    return is_birth_date(sentence, at, at + len(date))


def test_born_before_or_after_the_date_in_several_languages() -> None:
    assert _birth("La candidate est née le 4 juin 1979 à Lyon.", "4 juin 1979")
    assert _birth("Born in 1961, the mayor ran twice.", "1961")
    assert _birth("Die Ministerin wurde am 3. Mai 1950 geboren.", "3. Mai 1950")
    assert _birth("Лидер партии родился 12 апреля 1970 года.", "12 апреля 1970")
    assert _birth("Bakan 1954'te doğdu.", "1954")


def test_look_alikes_are_no_birth_dates() -> None:
    assert not _birth("Italy joined NATO in 1949.", "1949")
    assert not _birth("Finnland trat der Nato im Jahr 2023 bei.", "2023")
    assert not _birth("The stubborn on 4 May 1990 refused.", "4 May 1990")
    assert not _birth("The bridge was opened on 4 September 1967.", "4 September 1967")
    assert not _birth("Il est né à Lyon, où il a voté en 1999.", "1999")  # another clause


def test_a_birth_date_before_the_story_is_no_event() -> None:
    profile = _in("fr", make_article("a", "La candidate est née le 4 juin 1979 à Lyon.", date=DAY))
    other = make_article("b", "The vote was held on 7 May 2031.", date=DAY)
    assert ("4 juin 1979", False) in _shown(profile, other)


def test_a_birth_in_the_story_and_a_dated_statement_stay_events() -> None:
    birth = make_article("a", "The princess was born on 6 May 2031 in London.", date=DAY)
    said = _in("fr", make_article("b", "Le ministre a déclaré le 4 juin 1979 la guerre.", date=DAY))
    shown = _shown(birth, said)
    assert ("6 May 2031", True) in shown
    assert ("4 juin 1979", True) in shown


def test_an_undated_packet_marks_no_birth_date() -> None:
    profile = make_article("a", "The candidate was born on 4 June 1979 in Leeds.")
    assert _shown(profile) == [("4 June 1979", True)]


def test_today_and_yesterday_in_greek_and_catalan() -> None:
    greek = find_dates("Ο υπουργός δήλωσε σήμερα ότι χθες έκλεισε η γέφυρα.", "el")
    assert [(p.text, p.offset) for p in greek] == [("σήμερα", 0), ("χθες", -1)]
    catalan = find_dates("El conseller ha dit avui que ahir va ploure.", "ca")
    assert [(p.text, p.offset) for p in catalan] == [("avui", 0), ("ahir", -1)]
    # "L'endemà" is the day after a day the text names, not counted from the article's date.
    assert find_dates("L'endemà va ploure.", "ca") == ()


def test_greek_today_is_the_article_s_day() -> None:
    made = _in("el", make_article("a", "Ο υπουργός δήλωσε σήμερα ότι τελείωσε.", date=DAY))
    assert [(e.phrase, e.date) for e in extract_timeline([made])] == [("σήμερα", DAY)]


def test_a_birthplace_may_stand_between_born_and_the_date() -> None:
    assert _birth("Nacida en Burgos el 3 de marzo de 1960, fue alcaldesa.", "3 de marzo de 1960")
    assert _birth("He was born in New York City on 4 June 1979.", "4 June 1979")
    assert _birth("Он родился в Москве 12 апреля 1970 года.", "12 апреля 1970")
    # A clause or lower-case words between them: another statement.
    assert not _birth("Born in poverty, he fled the country in 1999.", "1999")
    assert not _birth(
        "Он родился в городе, который затопило 12 апреля 1970 года.", "12 апреля 1970"
    )


def test_a_birth_date_several_outlets_give_is_the_story_s_background() -> None:
    # The person the story is about: two outlets, two languages, the same day.
    es = _in(
        "es", make_article("a", "Nacida en Burgos el 3 de marzo de 1960, fue elegida.", date=DAY)
    )
    fr = _in("fr", make_article("b", "Elle est née le 3 mars 1960 à Burgos.", date=DAY))
    lone = make_article("c", "Her rival was born on 9 May 1972 in Leeds.", date=DAY)
    shown = _shown(es, fr, lone)
    assert ("3 de marzo de 1960", True) in shown
    assert ("3 mars 1960", True) in shown
    assert ("9 May 1972", False) in shown

"""The act's word anywhere in the date's clause (a verb-last German sentence, a subject-first
Spanish one) binds a rival day of the main event; a word past a comma, a country's adjective
and a second event's clause do not. Written fixtures (no article text): a ferry capsized on
Thursday 12 March 2026; a cyclone struck on Saturday 7 March 2026."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language, make_article, values_by_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.date_clause import clause_words
from briefing.model import Article

THURSDAY = dt.date(2026, 3, 12)
SATURDAY = dt.date(2026, 3, 7)


def _dated(language: str, article_id: str, text: str, date: dt.date) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _days(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject == "the main event's day"]


def _words(sentence: str, phrase: str) -> list[str]:
    start = sentence.index(phrase)
    return [m.group() for m in clause_words(sentence, start, start + len(phrase))]


def test_the_clause_reaches_a_verb_at_the_end_and_stops_at_commas() -> None:
    german = "Laut Polizei ist am Mittwoch vor der Küste eine Fähre gekentert, sagte er."
    assert _words(german, "am Mittwoch") == [
        "Laut",
        "Polizei",
        "ist",
        "vor",
        "der",
        "Küste",
        "eine",
        "Fähre",
        "gekentert",
    ]
    two = "The storm hit the coast on Saturday, and on Sunday the airport reopened."
    assert _words(two, "on Sunday") == ["and", "the", "airport", "reopened"]
    assert _words(two, "on Saturday") == ["The", "storm", "hit", "the", "coast"]


def test_a_long_clause_lends_at_most_eight_words_each_side() -> None:
    long = "one two three four five six seven eight nine ten on Monday a b c d e f g h i j"
    words = _words(long, "on Monday")
    assert words[0] == "three" and words[-1] == "h" and len(words) == 16


def _ferry() -> list[Article]:
    return [
        _dated("en", "a", "A ferry capsized on Thursday near the harbour, killing nine.", THURSDAY),
        _dated("es", "b", "El ferry volcó el jueves cerca del puerto.", THURSDAY),
        _dated("de", "c", "Die Fähre kenterte am Donnerstag vor dem Hafen.", THURSDAY),
    ]


def test_a_verb_last_german_rival_binds_through_its_clause() -> None:
    rival = in_language(
        "de",
        "d",
        "Nach Angaben der Polizei ist am Mittwoch vor der felsigen Küste der Insel "
        "eine Fähre gekentert.",
    )
    (found,) = _days([*_ferry(), rival])
    assert values_by_article(found)["Wednesday 11 March 2026"] == ("d",)


def test_the_act_word_past_a_comma_binds_nothing() -> None:
    # the day of the lifting, then the act's day after a comma: aftermath, not a rival
    lifting = in_language(
        "en",
        "d",
        "On Friday divers began lifting the hull from the seabed, a day after the ferry capsized.",
    )
    assert _days([*_ferry(), lifting]) == []


def _cyclone() -> list[Article]:
    return [
        _dated("en", "a", "A tropical cyclone struck the islands on Saturday.", SATURDAY),
        _dated("fr", "b", "Le cyclone a frappé samedi l'archipel français.", SATURDAY),
        _dated("fr", "c", "Un cyclone a dévasté samedi l'archipel français.", SATURDAY),
    ]


def test_a_borrowed_word_spelt_with_i_for_y_binds_a_later_day() -> None:
    rival = in_language(
        "es", "d", "Un fuerte ciclón tropical dejó enormes daños el domingo en la costa norte."
    )
    (found,) = _days([*_cyclone(), rival])
    assert values_by_article(found)["Sunday 8 March 2026"] == ("d",)


def test_a_country_adjective_in_the_clause_binds_nothing() -> None:
    # "francês" shares its letters with "français" beside the act's day, as "France" would:
    # the day of a toll announced by the government is no day of the cyclone
    toll = in_language(
        "pt",
        "d",
        "Um balanço provisório foi divulgado no domingo pelas autoridades do governo francês.",
    )
    assert _days([*_cyclone(), toll]) == []


def test_a_translation_on_the_same_day_is_no_rival() -> None:
    same = in_language(
        "es", "d", "Un fuerte ciclón tropical dejó enormes daños el sábado en la costa."
    )
    assert _days([*_cyclone(), same]) == []

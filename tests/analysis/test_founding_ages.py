"""An age no person reaches given one year apart (founding_ages.py). Written fixtures: an
old trading house, "Halvorsen & Dahl", is taken over. Look-alikes: one age in three
languages, ages further apart (two things, or a rounding), a hedged age, a person's age, a
span that is no age, one source giving both values."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

SUBJECT = "how old the story's institution or building is"


def _ages(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject == SUBJECT]


def test_one_year_apart_across_languages_and_nouns() -> None:
    english = in_language("en", "e", "The takeover of the 212 year-old trader shook the market.")
    german = in_language("de", "g", "Das 213 Jahre alte Handelshaus Halvorsen & Dahl ist am Ende.")
    russian = in_language("ru", "r", "213-летний торговый дом продан конкуренту.")
    found = _ages(english, german, russian)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("212 years old", ("e",)),
        ("213 years old", ("g", "r")),
    ]


def test_one_age_in_three_languages_agrees() -> None:
    english = in_language("en", "e", "The 213-year-old trading house was sold.")
    german = in_language("de", "g", "Das 213-jährige Handelshaus wurde verkauft.")
    turkish = in_language("tr", "t", "213 yıllık ticaret evi satıldı.")
    assert _ages(english, german, turkish) == []


def test_ages_further_apart_or_rounded_are_not_one_count() -> None:
    english = in_language("en", "e", "The 213-year-old trading house was sold.")
    german = in_language("de", "g", "Das 200 Jahre alte Handelshaus wurde verkauft.")
    dutch = in_language("nl", "n", "Het 207 jaar oude handelshuis is verkocht.")
    assert _ages(english, german) == []
    assert _ages(english, dutch) == []


def test_hedged_ages_persons_and_spans_are_silent() -> None:
    english = in_language("en", "e", "The 213-year-old trading house was sold.")
    hedged = in_language("de", "g", "Das mehr als 212 Jahre alte Handelshaus wurde verkauft.")
    person = in_language("en", "p", "Its 98-year-old founder's heir, aged 99, spoke.")
    span = in_language("en", "s", "The vault had been sealed for 212 years.")
    assert _ages(english, hedged, person, span) == []


def test_one_source_giving_both_values_tells_two_things() -> None:
    english = in_language(
        "en", "e", "The 213-year-old trading house bought the 212-year-old shipyard."
    )
    german = in_language("de", "g", "Das 212 Jahre alte Handelshaus wurde verkauft.")
    assert _ages(english, german) == []

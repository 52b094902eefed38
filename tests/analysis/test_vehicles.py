"""Generic vehicle words counted by their kind (:mod:`.vehicles`).

Written fixtures (no article text): a rail accident near a made-up town, Veldmark. Each
look-alike keeps every condition of a real disagreement but one.
"""

from __future__ import annotations

from analysis.builders import claim_values as _values
from analysis.builders import figure_flags as _figures
from analysis.builders import in_language as _in

from briefing.analysis.vehicles import genitive_kind


def test_two_generic_words_of_one_kind_are_one_count() -> None:
    (found,) = _figures(
        _in("ru", "a", "У станции Вельдмарк дежурят 20 машин скорой помощи."),
        _in("ru", "b", "На месте крушения работают 26 автомобилей скорой помощи."),
    )
    assert _values(found) == {"20 машин", "26 автомобилей"}
    (found,) = _figures(
        _in("pt", "a", "Junto à estação estavam 12 viaturas de bombeiros."),
        _in("pt", "b", "Foram enviados 15 carros de bombeiros para o local."),
    )
    assert _values(found) == {"12 viaturas", "15 carros"}


def test_look_alikes_stay_silent() -> None:
    ambulances = _in("ru", "a", "У станции Вельдмарк дежурят 20 машин скорой помощи.")
    # Another kind: police cars are not ambulances.
    police = _in("ru", "b", "На месте крушения работают 26 автомобилей полиции.")
    assert _figures(ambulances, police) == []
    # No kind on either side: cars and vehicles may be a part and its whole.
    assert (
        _figures(
            _in("ru", "a", "У станции стояли 20 машин."),
            _in("ru", "b", "У станции стояли 26 автомобилей."),
        )
        == []
    )
    assert (
        _figures(
            _in("en", "a", "Twenty cars were on the bridge."),
            _in("en", "b", "About 26 vehicles were on the bridge."),
        )
        == []
    )


def test_the_genitive_kind_is_read_only_from_a_lower_case_genitive() -> None:
    text = "дежурят 20 машин скорой помощи"
    assert genitive_kind(text, text.index("машин") + 5, "ru") == genitive_kind(
        "30 автомобилей скорой помощи", len("30 автомобилей"), "ru"
    )
    assert genitive_kind(text, text.index("машин") + 5, "ru") != ""
    named = "девять сотрудников Организации железных дорог"
    assert genitive_kind(named, named.index("сотрудников") + 11, "ru") == ""
    moving = "20 машин стояли у станции"  # a verb, no genitive
    assert genitive_kind(moving, len("20 машин"), "ru") == ""
    assert genitive_kind("20 cars of police", len("20 cars"), "en") == ""

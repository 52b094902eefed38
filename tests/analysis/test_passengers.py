"""Passengers compared in every language (passengers.py), with look-alikes that stay silent:
a translation of one count, a rounded and a precise count, a part of the passengers (the
evacuated, the dead), passengers and crew summed, and two events on two dates."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.model import Discrepancy
from briefing.model import Article


def _passengers(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.startswith("how many passengers")]


_PORTUGUESE = in_language("pt", "pt", "Em Tarvel, um comboio descarrilou com 291 passageiros.")


def test_one_trains_passengers_across_languages() -> None:
    polish = in_language("pl", "pl", "W Tarvel wykoleił się pociąg z 276 pasażerami na pokładzie.")
    found = _passengers(_PORTUGUESE, polish)
    assert len(found) == 1
    assert values_by_article(found[0]) == {"291 passageiros": ("pt",), "276 pasażerami": ("pl",)}


def test_a_translation_and_a_rounding_agree() -> None:
    english = in_language("en", "en", "In Tarvel a train carrying 291 passengers derailed.")
    german = in_language("de", "de", "In Tarvel entgleiste ein Zug mit rund 300 Passagieren.")
    assert _passengers(_PORTUGUESE, english, german) == []


def test_a_part_of_the_passengers_is_not_their_count() -> None:
    # The evacuated, the unhurt and the dead are parts of those carried (occupants vs casualties).
    evacuated = in_language("en", "en", "About 250 passengers were evacuated safely in Tarvel.")
    unhurt = in_language(
        "ru", "ru", "270 пассажирам после аварии в Тарвеле не потребовалась помощь."
    )
    killed = in_language("de", "de", "In Tarvel wurden 200 Passagiere getötet.")
    assert _passengers(_PORTUGUESE, evacuated, unhurt, killed) == []


def test_passengers_and_crew_summed_are_not_the_passengers() -> None:
    summed = in_language("en", "en", "There were 242 passengers and crew on the train in Tarvel.")
    assert _passengers(_PORTUGUESE, summed) == []


def test_two_trains_on_two_dates_are_two_counts() -> None:
    first = in_language("pt", "pt2", "Em 3 de março, um comboio descarrilou com 291 passageiros.")
    second = in_language("pl", "pl", "5 maja wykoleił się pociąg z 240 pasażerami na pokładzie.")
    assert _passengers(first, second) == []


def test_a_traffic_or_a_capacity_is_no_journeys_passengers() -> None:
    daily = in_language("en", "en", "The Tarvel line carries 262 passengers a day.")
    german = in_language("de", "de", "Die Bahn in Tarvel befördert täglich 262 Fahrgäste.")
    able = in_language("en", "en2", "The Tarvel ferry can carry 262 passengers.")
    assert _passengers(_PORTUGUESE, daily, german, able) == []

"""Measured quantities and hedged figures: units in any spelling, ranges that do not clash.

Fixtures are written for these tests (no article text): a quantity is flagged only when the
values cannot both be true, and a unit is compared only with itself.
"""

from __future__ import annotations

from analysis.builders import in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.units import unit_after, unit_names


def test_unit_names_come_in_every_spelling_and_case_of_the_language() -> None:
    assert unit_names("en")["km"] == unit_names("en")["kilometres"] == "length-kilometer"
    assert unit_names("en")["kilometers"] == "length-kilometer"
    assert unit_names("ru")["минут"] == unit_names("ru")["минуты"] == "duration-minute"
    assert unit_names("de")["minuten"] == "duration-minute"
    assert "a" not in unit_names("es")  # Spanish "a" is a preposition, not "años"
    assert "pm" not in unit_names("en")  # "6 pm" is a clock time, not picometres
    found = unit_after("a depth of 24.1 kilometres (14.9 miles)", 15, "en")
    assert found is not None and (found.id, found.written) == ("length-kilometer", "kilometres")
    assert unit_after("a crowd of 40 people", 14, "en") is None


def test_one_depth_in_two_spellings_of_its_unit_disagrees() -> None:
    a = in_language("en", "a", "The quake struck at a depth of about 12.5 km, the survey said.")
    b = in_language(
        "en", "b", "It hit at a depth of 21.3 kilometres (13.2 miles), seismologists said."
    )
    (found,) = find_discrepancies([a, b])
    assert found.kind == "figure"
    assert values_by_article(found) == {"about 12.5 km": ("a",), "21.3 kilometres": ("b",)}
    assert found.subject == "how many km (depth)"


def test_a_conversion_into_another_unit_is_one_value() -> None:
    a = in_language("en", "a", "The quake struck at a depth of 10 kilometres (6.2 miles).")
    b = in_language("en", "b", "The quake struck at a depth of 10 km, officials said.")
    c = in_language(
        "en", "c", "The fault broke along 6.2 miles of its length, at a depth of 10 km."
    )
    assert find_discrepancies([a, b, c]) == ()


def test_a_distance_is_not_a_depth() -> None:
    a = in_language("en", "a", "The epicentre was 26 kilometres east of the town.")
    b = in_language("en", "b", "The quake struck at a depth of 17 kilometres.")
    assert find_discrepancies([a, b]) == ()


def test_hedged_figures_do_not_clash_with_a_precise_figure_inside_their_range() -> None:
    articles = [
        in_language("en", "a", "The cardinal won at least 89 votes in the fourth ballot."),
        in_language("en", "b", "The cardinal won 95 votes in the fourth ballot, a source said."),
        in_language("en", "c", "Up to 300 guests attended the ceremony in the cathedral."),
        in_language("en", "d", "Some 250 guests attended the ceremony in the cathedral."),
        in_language("en", "e", "The theft took under ten minutes, the prosecutor said."),
        in_language("en", "f", "The theft took seven minutes from start to finish."),
    ]
    assert find_discrepancies(articles) == ()


def test_a_duration_in_its_unit_disagrees_whatever_the_spelling() -> None:
    a = in_language("en", "a", "The robbery lasted 4 mins, the prosecutor said.")
    b = in_language("en", "b", "The robbery lasted seven minutes, police said.")
    (found,) = find_discrepancies([a, b])
    assert values_by_article(found) == {"4 mins": ("a",), "seven minutes (7)": ("b",)}


def test_a_measurement_near_a_place_and_in_its_province_is_of_one_place() -> None:
    a = in_language("en", "a", "The quake hit at a depth of 11 km near the city of Gaziantep.")
    b = in_language(
        "en", "b", "In Turkey's Gaziantep province the quake hit at a depth of 19 km, it said."
    )
    (found,) = find_discrepancies([a, b])
    assert values_by_article(found) == {"11 km": ("a",), "19 km": ("b",)}


def test_a_count_for_one_place_is_not_compared_with_a_count_for_more_places() -> None:
    a = in_language("en", "a", "The quake killed 900 people in Turkey, officials said.")
    b = in_language("en", "b", "The quake killed 1,200 people in Turkey and Syria, officials said.")
    c = in_language("en", "c", "The quake killed 300 people in Syria, officials said.")
    assert find_discrepancies([a, b, c]) == ()


def test_a_duration_is_one_quantity_across_languages() -> None:
    a = in_language("fr", "a", "Le cambriolage n'a duré que sept minutes, selon le parquet.")
    b = in_language("de", "b", "Der Einbruch dauerte nach Angaben der Polizei vier Minuten.")
    c = in_language("ru", "c", "Ограбление заняло семь минут.")
    (found,) = find_discrepancies([a, b, c])
    assert found.subject == "how many minutes"
    assert values_by_article(found) == {"sept minutes (7)": ("a", "c"), "vier Minuten (4)": ("b",)}


def test_durations_across_languages_stay_apart_when_a_source_gives_two() -> None:
    a = in_language("fr", "a", "Le cambriolage a duré sept minutes, la fuite vingt minutes.")
    b = in_language("de", "b", "Der Einbruch dauerte vier Minuten.")
    assert find_discrepancies([a, b]) == ()


def test_thousands_and_millions_in_words_after_digits_scale_the_figure() -> None:
    a = in_language(
        "it", "a", "In piazza si sono radunati circa 80 mila fedeli, secondo il comune."
    )
    b = in_language("it", "b", "In piazza si sono radunati 50 mila fedeli, secondo la questura.")
    (found,) = find_discrepancies([a, b])
    assert values_by_article(found) == {"circa 80 mila fedeli": ("a",), "50 mila fedeli": ("b",)}
    c = in_language(
        "it", "c", "In piazza si sono radunati 78.000 fedeli, secondo gli organizzatori."
    )
    assert find_discrepancies([a, c]) == ()  # about 80,000 and 78,000 agree
    d = in_language("it", "d", "In piazza si sono radunati 50.000 fedeli, secondo la questura.")
    (found,) = find_discrepancies([a, d])  # "80 mila" is compared with "50.000"
    assert values_by_article(found) == {"circa 80 mila fedeli": ("a",), "50.000 fedeli": ("d",)}


def test_spans_of_years_are_compared_only_within_one_language() -> None:
    a = in_language("en", "a", "The cathedral stayed closed for six years, officials said.")
    b = in_language("fr", "b", "La cathédrale est restée fermée pendant cinq ans.")
    assert find_discrepancies([a, b]) == ()

"""A range is one figure from its low end to its high end (briefing.analysis.ranges): "between
400 and 750" is neither 400 nor 750, in any language, and disagrees only with what lies outside
it. Sentences written for the test."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.numbers import find_numbers
from briefing.analysis.ranges import joins_range


def _joined(text: str, language: str) -> bool:
    first, second = find_numbers(text, language)[:2]
    return joins_range(text, first, second)


def test_between_and_is_a_range_in_every_language_that_has_it() -> None:
    assert _joined("Between 300 and 650 people were on the ferry.", "en")
    assert _joined("Zwischen 300 und 650 Menschen waren an Bord der Fähre.", "de")
    assert _joined("Sul traghetto c'erano tra 300 e 650 persone.", "it")
    assert _joined("Il y avait entre 300 et 650 personnes sur le ferry.", "fr")
    assert _joined("Na promie było między 300 a 650 osób.", "pl")
    assert _joined("Στο πλοίο επέβαιναν μεταξύ 300 και 650 ατόμων.", "el")
    assert _joined("Na promie było od 300 do 650 osób.", "pl")
    assert _joined("فیری پر 300 سے لیکر 650 افراد سوار تھے۔", "ur")


def test_two_counts_joined_by_and_are_no_range() -> None:
    # No "between": two counts of two things, or of one thing in two parts.
    assert not _joined("The ferry carried 300 and the tug 650 tonnes of cargo.", "en")
    assert not _joined("Es gab 300 und dann 650 Anrufe.", "de")
    # "between" and a falling pair: two figures of a comparison, not the ends of one range.
    assert not _joined("The gap between 650 and 300 seats is large.", "en")
    # Polish "do" is a plain preposition without its "od".
    assert not _joined("Dodano 300 do 650 wcześniejszych wniosków.", "pl")


def test_a_range_is_not_set_against_a_value_it_contains() -> None:
    a = in_language("en", "a", "Between 300 and 650 people were on the ferry when it sank.")
    b = in_language("en", "b", "Officials said 300 people were on the ferry when it sank.")
    c = in_language("en", "c", "Officials said 600 people were on the ferry when it sank.")
    assert figure_flags(a, b) == []
    assert figure_flags(a, c) == []


def test_a_range_disagrees_with_a_value_outside_it_and_is_shown_whole() -> None:
    a = in_language("en", "a", "Between 300 and 650 people were on the ferry when it sank.")
    b = in_language("en", "b", "Officials said 900 people were on the ferry when it sank.")
    (found,) = figure_flags(a, b)
    assert values_by_article(found) == {"300 and 650 people": ("a",), "900 people": ("b",)}


def test_ranges_that_overlap_agree_and_ranges_apart_disagree() -> None:
    a = in_language("es", "a", "Entre 300 y 650 personas viajaban en el ferry hundido.")
    b = in_language("es", "b", "Entre 500 y 800 personas viajaban en el ferry hundido.")
    c = in_language("es", "c", "Entre 900 y 1200 personas viajaban en el ferry hundido.")
    assert figure_flags(a, b) == []
    (found,) = figure_flags(a, c)
    assert values_by_article(found) == {
        "300 y 650 personas": ("a",),
        "900 y 1200 personas": ("c",),
    }


def test_as_many_as_in_polish_and_greek_bounds_from_above() -> None:
    (polish,) = find_numbers("Na promie mogło być nawet 650 osób.", "pl")
    (greek,) = find_numbers("Στο πλοίο επέβαιναν έως και 650 άτομα.", "el")
    assert (polish.qualifier, greek.qualifier) == ("upto", "upto")


def test_greek_about_is_a_hedge_and_carried_counts_occupants() -> None:
    (about,) = find_numbers("Το πλοίο μετέφερε περί τα 650 άτομα.", "el")
    assert about.qualifier == "about"
    most = in_language("el", "a", "Σύμφωνα με πληροφορίες, στο πλοίο επέβαιναν έως και 300 άτομα.")
    far = in_language("el", "b", "Το πλοίο μετέφερε περί τα 650 άτομα, σύμφωνα με το λιμενικό.")
    near = in_language("el", "c", "Το πλοίο μετέφερε περί τα 320 άτομα, σύμφωνα με το λιμενικό.")
    within = in_language("el", "d", "Το πλοίο μετέφερε 280 άτομα, σύμφωνα με το λιμενικό.")
    (found,) = figure_flags(most, far)
    assert values_by_article(found) == {"έως και 300 άτομα": ("a",), "περί τα 650 άτομα": ("b",)}
    assert figure_flags(most, near) == []  # "about 320" may be 300: a rounding
    assert figure_flags(most, within) == []

"""A count that is one item of a list of different things ("a frigate, a helicopter and three
ships") tells how a fleet is made up, which each outlet composes its own way: it is not set
against another outlet's count of the noun (briefing.analysis.compositions). Sentences written
for the test."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.compositions import one_item_of_list
from briefing.analysis.numbers import find_numbers


def _in_list(text: str, language: str, index: int = 0) -> bool:
    numbers = find_numbers(text, language)
    return one_item_of_list(text, numbers[index], numbers, language)


def test_a_count_among_other_items_of_a_list_is_one_item() -> None:
    assert _in_list("A tug, a patrol boat and four trawlers joined the search.", "en")
    assert _in_list("Cinque pescherecci, una motovedetta e un aereo cercano i dispersi.", "it")
    assert _in_list("Participan un remolcador, cuatro pesqueros y un avión.", "es")
    assert _in_list(
        "Στην έρευνα μετέχουν ένα ρυμουλκό, τέσσερα αλιευτικά και ένα αεροσκάφος.", "el"
    )
    assert _in_list("В поисках участвуют четыре траулера, один буксир и два самолёта.", "ru")


def test_a_count_alone_or_in_a_pair_is_no_item_of_a_list() -> None:
    assert not _in_list("Four trawlers joined the search on Monday.", "en")
    assert not _in_list("The ferry carried 230 passengers and 12 crew.", "en")
    assert not _in_list("Four trawlers, the coast guard said, joined the search.", "en")


def test_two_outlets_composing_the_fleet_differently_do_not_disagree() -> None:
    a = in_language("en", "a", "A tug, a patrol boat and four trawlers joined the search.")
    b = in_language(
        "en", "b", "Seven trawlers that were nearby, a tug and a plane joined the search."
    )
    assert figure_flags(a, b) == []


def test_the_same_noun_counted_on_its_own_still_disagrees() -> None:
    a = in_language("en", "a", "Four trawlers joined the search for the missing crew.")
    b = in_language("en", "b", "Seven trawlers joined the search for the missing crew.")
    (found,) = figure_flags(a, b)
    assert values_by_article(found) == {"Four trawlers (4)": ("a",), "Seven trawlers (7)": ("b",)}

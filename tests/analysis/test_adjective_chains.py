"""A number, a chain of adjectives, then the noun it counts (:func:`.scope.head_noun`).

Written fixtures (no article text): a fire in a made-up town, Myrohrad. The count is keyed
by its noun and the adjective right before it (the kind); a look-alike changes the kind.
"""

from __future__ import annotations

from analysis.builders import figure_flags as _figures
from analysis.builders import in_language as _in

from briefing.analysis.scope import head_noun

SIX = _in("uk", "a", "У Мирограді вогонь охопив шість висотних житлових будинків.")


def test_two_descriptions_of_one_kind_of_building_are_one_count() -> None:
    seven = _in("uk", "b", "Пожежа знищила сім багатоповерхових житлових будинків.")
    (found,) = _figures(SIX, seven)
    assert {c.value.split()[0] for c in found.claims} == {"шість", "сім"}


def test_look_alikes_stay_silent() -> None:
    # Another kind right before the noun: office buildings are not residential ones.
    offices = _in("uk", "b", "Пожежа знищила сім багатоповерхових офісних будинків.")
    assert _figures(SIX, offices) == []
    # The same value.
    same = _in("uk", "b", "Пожежа знищила шість багатоповерхових житлових будинків.")
    assert _figures(SIX, same) == []


def test_the_noun_is_found_past_the_adjectives() -> None:
    text = "сім багатоповерхових житлових будинків"
    first_end = text.index(" житлових")
    found = head_noun(text, "багатоповерхових", first_end, "uk")
    assert found is not None
    noun, kind = found
    assert noun.group() == "будинків"
    assert kind is not None and kind.group() == "житлових"
    # One adjective: the noun right after it, no kind word apart from the adjective.
    engines = "17 пожарных машин"
    found = head_noun(engines, "пожарных", engines.index(" машин"), "ru")
    assert found is not None and found[0].group() == "машин" and found[1] is None
    # No noun after the adjectives (a verb): nothing.
    alone = "150 пожарных работали"
    assert head_noun(alone, "пожарных", alone.index(" работали"), "ru") is None

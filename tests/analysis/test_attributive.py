"""A count written as an adjective ("a 31-storey tower") against a plain one (:mod:`.attributive`).

Written fixtures (no article text): a housing estate in a made-up town, Orlimar. Each
look-alike keeps every condition of a real disagreement but one.
"""

from __future__ import annotations

from analysis.builders import claim_values as _values
from analysis.builders import figure_flags as _figures
from analysis.builders import in_language as _in

PLAIN = _in("en", "a", "The Orlimar estate has six towers, each 28 storeys high, near the river.")


def test_an_adjective_count_disagrees_with_a_plain_count_of_the_same_thing() -> None:
    adjective = _in("en", "b", "Smoke poured from one of the 26-storey towers on Friday.")
    (found,) = _figures(PLAIN, adjective)
    assert _values(found) == {"28 storeys", "26-storey"}


def test_look_alikes_stay_silent() -> None:
    # The same value, or a round value that may stand for it.
    assert _figures(PLAIN, _in("en", "b", "Flames reached one of the 28-storey towers.")) == []
    assert _figures(PLAIN, _in("en", "b", "Flames reached one of the 30-storey towers.")) == []
    # The plain count is about something else than the thing the adjective qualifies.
    fire = _in("en", "a", "The fire spread over 20 storeys before midnight, officials said.")
    assert _figures(fire, _in("en", "b", "Flames reached one of the 26-storey towers.")) == []
    # Two adjectives alone: nothing says the word is a noun ("a 150-strong force").
    assert (
        _figures(
            _in("en", "a", "A 150-strong force guarded the bridge."),
            _in("en", "b", "A 120-strong force guarded the bridge."),
        )
        == []
    )
    # A unit, an age, a model number or a decimal measure: no count of the word.
    for text in (
        "Workers began a 24-hour strike at the towers, each 22 hours long.",
        "The 59-year-old manager of the towers, aged 58, was arrested.",
        "The tower's 737-8 storeys jet.",
        "A 7.2-magnitude quake shook the towers, a 7.9 magnitude event.",
    ):
        assert _figures(PLAIN, _in("en", "b", text)) == []
    # One source giving both values: it speaks of two things.
    both = _in("en", "b", "The 26-storey towers, each 28 storeys high in the plans, stand.")
    assert _figures(PLAIN, both) == []

"""A measure of the main event is not the event (made-up packets and leads, written here).

A toll measures a disaster, a five-year term measures a sentence, a "massive" fire is a fire:
the name says what happened ("Cyclone Xena in Varnholm", "prison sentence", "Fire"), and
a count that is the event itself (an election) or a name the leads give no cause keeps it.
"""

from __future__ import annotations

from collections import Counter

from briefing.model import Mention, Span, Topic
from briefing.topics.event_measured import is_measure, measured_cause
from briefing.topics.event_measures import SIZES, counted, measured_head, modifiers

NUMERALS = frozenset({"five", "three", "two"})


def _topic(name: str, kind: str, *aliases: str) -> Topic:
    mention = Mention("a", Span(0, 0, len(name)), name)
    return Topic(name.casefold().replace(" ", "-"), name, kind, (name, *aliases), (mention,))  # type: ignore[arg-type]


XENA = _topic("Cyclone Xena", "organisation", "Xena")
VARNHOLM = _topic("Varnholm", "place")
MINISTRY = _topic("Interior Ministry", "organisation")


def test_a_toll_gives_way_to_the_storm_two_leads_name_as_its_cause() -> None:
    leads = [
        "The death toll in the island of Varnholm from Cyclone Xena rose to 40 on Monday.",
        "Growing toll on Varnholm from Cyclone Xena\nRescuers reached the north coast.",
    ]
    assert measured_cause(leads, [VARNHOLM, MINISTRY, XENA], "toll") is XENA
    # In French, German and Italian, the preposition or its contraction says the same.
    other = [
        "Le bilan du cyclone Xena s'alourdit à Varnholm.",
        "Die Bilanz des Zyklons nach Cyclone Xena steigt.",
    ]
    assert measured_cause([other[0], "Il bilancio del Cyclone Xena sale."], [XENA], "bilan") is None
    assert (
        measured_cause(
            ["Le bilan du Cyclone Xena.", "Le bilan du Cyclone Xena monte."], [XENA], "bilan"
        )
        is XENA
    )
    assert measured_cause(other, [XENA], "bilanz") is None  # one lead writes it so


def test_a_place_a_body_or_one_lead_is_no_cause() -> None:
    leads = [
        "The toll in Varnholm rose to 40, the Interior Ministry said.",
        "The toll from the Interior Ministry stood at 40 in Varnholm.",
        "The toll of Varnholm grows.",
    ]
    assert measured_cause(leads, [VARNHOLM, MINISTRY, XENA], "toll") is None
    one = ["The toll from Cyclone Xena rose to 40.", "Rescuers reached Varnholm."]
    assert measured_cause(one, [XENA], "toll") is None
    # A name far from the toll, or not after a word of cause, is not what it measures.
    far = [
        "The toll rose again on Monday while rescuers and officials on the island said"
        " Cyclone Xena had gone.",
        "Toll rises; Cyclone Xena moves west.",
    ]
    assert measured_cause(far, [XENA], "toll") is None


def test_a_count_that_is_the_event_is_no_measure() -> None:
    """An election is counted, but the count is the event: "election", "vote" and "count"
    are not measures of an outcome, so the leads' act word stays."""
    assert is_measure("toll") and is_measure("Bilan")
    assert not any(is_measure(w) for w in ("election", "vote", "count", "runoff", "census"))
    leads = [
        "The vote count from Cyclone Xena districts was delayed.",
        "The count from Cyclone Xena areas ended.",
    ]
    assert measured_cause(leads, [XENA], "count") is None


def test_a_count_joined_to_its_unit_is_a_size() -> None:
    assert counted("five-year", NUMERALS) and counted("12-storey", NUMERALS)
    assert counted("7.8-magnitude", NUMERALS) and counted("Three-Day", NUMERALS)
    assert not any(
        counted(w, NUMERALS) for w in ("covid-19", "well-known", "five", "high-rise", "-year")
    )


def test_the_noun_a_count_measures_gives_way_to_the_noun_after_it() -> None:
    pairs = Counter(
        {
            ("five-year", "prison"): 2,
            ("prison", "term"): 1,
            ("prison", "sentence"): 1,
            ("criminal", "conspiracy"): 2,
        }
    )
    docs = Counter({"prison": 4, "sentence": 2, "term": 1, "conspiracy": 2})
    assert measured_head(pairs, "prison", docs, NUMERALS) == "sentence"
    # Without the count before it, or with only one lead writing it, the word stays.
    assert measured_head(pairs, "conspiracy", docs, NUMERALS) is None
    once = Counter({("five-year", "prison"): 1, ("prison", "sentence"): 1})
    assert measured_head(once, "prison", docs, NUMERALS) is None
    # A count before a noun that no shared word follows: nothing to give way to.
    plan = Counter({("five-year", "plan"): 3, ("plan", "aims"): 1})
    assert measured_head(plan, "plan", Counter({"plan": 3, "aims": 1}), NUMERALS) is None


def test_an_adjective_of_size_says_no_kind() -> None:
    pairs = Counter({("massive", "fire"): 2, ("forest", "fire"): 2, ("powerful", "fire"): 3})
    assert modifiers(pairs, "fire", ["A massive forest fire.", "The deadly forest fire."]) == [
        (2, "forest")
    ]
    assert {"massive", "powerful"} <= SIZES
    assert not {"forest", "deadly", "tropical"} & SIZES  # a kind, or a severity kept as one

"""Precise lengths of one named thing a hair apart are one length (:mod:`.near_lengths`).

Written fixtures (no article text): a cable car in a made-up town, Korvala. Each look-alike
keeps every condition of a real disagreement but one.
"""

from __future__ import annotations

import dataclasses

from analysis.builders import in_language, make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article


def _figures(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def _values(found: Discrepancy) -> set[str]:
    return {c.value for c in found.claims}


LONG = "The Korvala cable car is only 265 metres long, the operator says."
ROUTE = "The Korvala cable car carries skiers up the steep 275-metre route each day."


def test_two_words_for_one_named_length_a_hair_apart_disagree() -> None:
    (found,) = _figures(in_language("en", "a", LONG), in_language("en", "b", ROUTE))
    assert _values(found) == {"265 metres", "275-metre route"}
    french = (
        in_language("fr", "c", "Le téléphérique de Korvala mesure 1 182 mètres, selon la mairie."),
        in_language("fr", "d", "Le téléphérique de Korvala, long de 1 215 mètres, a rouvert."),
    )
    (found,) = _figures(*french)
    assert _values(found) == {"1 182 mètres", "1 215 mètres"}


def test_look_alikes_stay_silent() -> None:
    long = in_language("en", "a", LONG)
    # Two significant digits are not precise enough to say what they measure.
    assert (
        _figures(
            in_language("en", "a", "The Korvala cable car is only 95 metres long."),
            in_language("en", "b", "The Korvala cable car climbs the steep 99-metre route."),
        )
        == []
    )
    # No name in common: two things.
    other = "The old cable car carries skiers up the steep 275-metre route each day."
    assert _figures(long, in_language("en", "b", other)) == []
    # Too far apart, hedged, or given both by one source.
    far = "The Korvala cable car carries skiers up the steep 315-metre route."
    assert _figures(long, in_language("en", "b", far)) == []
    hedged = "The Korvala cable car climbs more than 275 metres of track."
    assert _figures(long, in_language("en", "b", hedged)) == []
    both = make_article(
        "b", ROUTE, "The Korvala cable car's cabin rises 265 metres above the town."
    )
    assert _figures(long, dataclasses.replace(both, language="en")) == []
    # Another language: each writes the name alike, but the words are another language's.
    german = "Die Korvala-Seilbahn fährt die steile 275-Meter-Strecke hinauf."
    assert _figures(long, in_language("de", "b", german)) == []
    # A conversion in brackets is the same length.
    converted = "The Korvala cable car climbs a 265-metre (869-foot) route."
    assert _figures(long, in_language("en", "b", converted)) == []


def test_an_adjective_of_time_or_a_bare_hyphen_is_no_length() -> None:
    # "a three-day closure", "a 275-metre" with no word after it: nothing is measured.
    assert (
        _figures(
            in_language("en", "a", "The Korvala cable car shut for a 265-day overhaul."),
            in_language("en", "b", "The Korvala cable car shut for a 275-day overhaul."),
        )
        == []
    )

"""The names of countries and regions, as the gazetteer's demonyms give them.

A module of its own so that the façade's main event (:meth:`briefing.Briefing.main_event`),
which reads them beside cached topics, does not import the whole extraction to get them.
"""

from __future__ import annotations


def states() -> frozenset[str]:
    """Names of countries and regions, which a city covered as widely beats as a venue."""
    from briefing.topics.gazetteer import gazetteer

    return frozenset(gazetteer().demonyms.values())

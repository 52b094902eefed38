"""Complete enumerations of countries: counted when whole, never when partial."""

from __future__ import annotations

import pytest

from briefing.analysis.lists import enumeration


@pytest.mark.parametrize(
    ("text", "language", "countries"),
    [
        ("Ministers of France, Germany, Italy and Spain met on Monday.", "en",
         ["France", "Germany", "Italy", "Spain"]),
        ("Envoys from Peru & Chile and Bolivia arrived.", "en", ["Peru", "Chile", "Bolivia"]),
        # the first list that is long enough, after a short one
        ("Talks of Peru and Chile ended; ministers of Peru, Chile and Bolivia stayed.", "en",
         ["Peru", "Chile", "Bolivia"]),
        # partial: a word after or before the list says others came too
        ("Ministers of France, Germany, Italy and Spain, among others, met.", "en", []),
        ("Ministers of France, Germany and Italy, joined by envoys, met.", "en", []),
        # a pair is not a list; capitalised words that are not countries are not either
        ("Leaders of France and Germany met.", "en", []),
        ("Talks of Peace, Hope and Trade resumed.", "en", []),
        # only English text is read (GeoNames' names are English)
        ("Les ministres of France, Germany, Italy and Spain.", "fr", []),
        ("Minister aus France, Germany, Italy und Spain.", "de", []),
    ],
)  # fmt: skip
def test_enumeration(text: str, language: str, countries: list[str]) -> None:
    assert enumeration(text, language) == countries

"""Dates written month first in languages CLDR writes that way (Hungarian, Lithuanian)."""

from __future__ import annotations

import pytest

from briefing.analysis.dates import find_dates


def _absolute(text: str, language: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(p.year, p.month, p.day) for p in find_dates(text, language) if p.kind == "absolute"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Október 3-án, pénteken nyitották meg a hidat.", "hu", [(None, 10, 3)]),
        ("A szavazást 2024. március 17. napján tartották.", "hu", [(2024, 3, 17)]),
        ("A tüntetés február 9-én kezdődött a főtéren.", "hu", [(None, 2, 9)]),
        ("Tiltas atidarytas 2024 m. spalio 3 d. vakare.", "lt", [(None, 10, 3)]),
    ],
)
def test_a_month_first_date_is_read(text: str, language: str, expected: list[object]) -> None:
    assert _absolute(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a share after a month: a figure, not a day
        ("Márciusban 17 százalékkal nőtt az áruk ára, áprilisban 18,5 %-kal.", "hu"),
        ("Az infláció március 4,5 % volt.", "hu"),
        # day-first languages keep their order: "März 17" is not how German dates
        ("Im März 17 neue Busse gekauft, im Mai 2024 weitere.", "de"),
        ("En octobre 3 trains ont déraillé.", "fr"),
    ],
)
def test_look_alikes_are_not_month_first_days(text: str, language: str) -> None:
    assert _absolute(text, language) == []

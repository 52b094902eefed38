"""A day and month in figures, bracketed after a weekday: "Hétfő (5. 19.)", "Dienstag (28.2.)"."""

from __future__ import annotations

import pytest

from briefing.analysis.dates import find_dates
from briefing.analysis.numeric_dates import with_numeric


def _days(text: str, language: str) -> list[tuple[int | None, int | None, int | None]]:
    phrases = with_numeric(list(find_dates(text, language)), text, language)
    return [(p.month, p.day, p.weekday) for p in phrases if p.kind == "absolute"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Hungarian writes month first (CLDR's short pattern), German day first.
        ("Csütörtök (10. 2.) este nyitották meg a kiállítást.", "hu", [(10, 2, 3)]),
        ("Am Freitag (13.9.) wurde die Brücke gesperrt.", "de", [(9, 13, 4)]),
        ("Во вторник (4.3.) открыли мост.", "ru", [(3, 4, 1)]),
    ],
)
def test_a_bracketed_day_after_a_weekday_is_read(
    text: str, language: str, expected: list[object]
) -> None:
    assert _days(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Am Freitag wurden (13.9) Prozent mehr verkauft.", "de"),  # not after the weekday
        ("Die Quote stieg um 13.9 Prozent am Freitag.", "de"),  # no brackets
        ("Csütörtök (13. 32.) pontot szerzett a csapat.", "hu"),  # no such day
        ("Le taux de vendredi (3.5) est un record.", "fr"),  # a decimal, not a day
    ],
)
def test_look_alikes_are_not_bracketed_days(text: str, language: str) -> None:
    assert _days(text, language) == []

"""Counts of days since a start (analysis/day_counts.py): one span in every language.

Fixtures are written for these tests (no article text), with look-alikes that stay silent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import figure_flags, in_language, values_by_article

SUBJECT = "how many days: a count of days the sources give differently"


def _days(*articles: object) -> list[dict[str, tuple[str, ...]]]:
    return [values_by_article(d) for d in figure_flags(*articles) if d.subject == SUBJECT]  # type: ignore[arg-type]


def test_a_count_of_days_disagrees_across_languages_and_scripts() -> None:
    found = _days(
        in_language("en", "a", "The crew were freed after 513 days in captivity."),
        in_language("de", "b", "Die Besatzung war 517 Tage in Gefangenschaft."),
        in_language("fa", "c", "خدمه پس از ۵۳۱ روز اسارت آزاد شدند."),  # two digits swapped
        in_language("zh", "d", "船员在被扣押第513天获释。"),
    )
    assert len(found) == 1
    assert found[0].keys() == {"513 days", "517 Tage", "۵۳۱ روز"}
    assert set(found[0]["513 days"]) == {"a", "d"}


def test_look_alikes_stay_silent() -> None:
    precise = in_language("en", "a", "The crew were freed after 513 days in captivity.")
    for other in [
        "Die Besatzung war 500 Tage in Gefangenschaft.",  # round: no count to the day
        "Die Besatzung war mehr als 517 Tage in Gefangenschaft.",  # hedged
        "Die Besatzung arbeitet 365 Tage im Jahr.",  # a year's length
        "Die Besatzung war 640 Tage in Gefangenschaft.",  # a tenth or more apart: two spans
    ]:
        assert not _days(precise, in_language("de", "b", other)), other
    # one source giving two counts shows two spans
    both = in_language("de", "b", "Sie waren 517 Tage in Haft, davor 524 Tage auf See.")
    assert not _days(precise, both)
    # two days of publication: the count rightly grows
    later = in_language("de", "c", "Die Besatzung war 517 Tage in Gefangenschaft.")
    dated = [
        dataclasses.replace(a, date=d)
        for a, d in [(precise, dt.date(2024, 3, 1)), (later, dt.date(2024, 3, 6))]
    ]
    assert not _days(*dated)

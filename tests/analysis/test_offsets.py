"""Offsets from one start in seconds, minutes or hours (analysis/offsets.py, span_keys.span_key).

Fixtures are written for these tests (no article text): one span told in two units is one
quantity, compared in seconds (at any ratio once converted from two units); two spans from
one start to two events, or tied only by a name, are never compared.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_values as _figures
from analysis.builders import in_language


@pytest.mark.parametrize(
    ("language", "minutes", "seconds"),
    [
        (
            "en",
            "The small plane crashed into a field four minutes after take-off.",
            "Twenty seconds after take-off the small plane crashed.",
        ),
        (
            "de",
            "Das Kleinflugzeug stürzte vier Minuten nach dem Start auf ein Feld.",
            "Zwanzig Sekunden nach dem Start stürzte das Kleinflugzeug ab.",
        ),
        (
            "es",
            "La avioneta se estrelló cuatro minutos después del despegue.",
            "Veinte segundos después del despegue, la avioneta se estrelló.",
        ),
    ],
)
def test_one_span_in_minutes_and_in_seconds_disagrees(
    language: str, minutes: str, seconds: str
) -> None:
    (found,) = _figures(in_language(language, "a", minutes), in_language(language, "b", seconds))
    assert sorted(found.values()) == [("a",), ("b",)]


@pytest.mark.parametrize(
    ("language", "one", "same", "other"),
    [
        (
            "en",
            "The small plane crashed two minutes after take-off.",
            "The small plane crashed 120 seconds after take-off.",
            "The small plane crashed 150 seconds after take-off.",
        ),
        (
            "fr",
            "Le petit avion s'est écrasé deux heures après le décollage.",
            "Le petit avion s'est écrasé 120 minutes après le décollage.",
            "Le petit avion s'est écrasé 75 minutes après le décollage.",
        ),
    ],
)
def test_one_span_written_in_two_units_is_compared_converted(
    language: str, one: str, same: str, other: str
) -> None:
    # The same span in another unit agrees; another value in that unit is compared with it.
    assert _figures(in_language(language, "a", one), in_language(language, "b", same)) == []
    (found,) = _figures(in_language(language, "a", one), in_language(language, "c", other))
    assert sorted(found.values()) == [("a",), ("c",)]


def test_offsets_to_two_events_are_two_spans_whatever_the_unit() -> None:
    a = in_language("en", "a", "Radio contact was lost 40 seconds after take-off.")
    b = in_language("en", "b", "The small plane crashed four minutes after take-off.")
    assert _figures(a, b) == []


def test_a_shared_name_does_not_make_one_event() -> None:
    a = in_language("en", "a", "Radio contact with Flight 77 was lost 40 seconds after take-off.")
    b = in_language("en", "b", "Witnesses said Flight 77 crashed four minutes after take-off.")
    assert _figures(a, b) == []


def test_the_third_offset_to_another_event_is_not_quoted() -> None:
    a = in_language("en", "a", "The small plane crashed into a field four minutes after take-off.")
    b = in_language("en", "b", "Twenty seconds after take-off the small plane crashed.")
    c = in_language("en", "c", "Radio contact was lost 45 seconds after take-off.")
    (found,) = _figures(a, b, c)
    assert sorted(found.values()) == [("a",), ("b",)]


def test_far_apart_offsets_in_one_unit_keep_the_ratio_gate() -> None:
    # One shared word ("plane"), two events: in one unit the 2x gate holds them apart.
    a = in_language("en", "a", "Ten minutes after take-off the plane turned back.")
    b = in_language("en", "b", "Forty minutes after take-off the plane landed.")
    assert _figures(a, b) == []


def test_close_offsets_in_one_unit_still_disagree() -> None:
    a = in_language("en", "a", "The small plane crashed three minutes after take-off.")
    b = in_language("en", "b", "The small plane crashed five minutes after take-off.")
    (found,) = _figures(a, b)
    assert sorted(found.values()) == [("a",), ("b",)]


def test_days_after_a_start_keep_the_ratio_guard() -> None:
    # Days measure many spans (a funeral, a trial): far-apart values are two things.
    a = in_language("en", "a", "The mayor resigned three days after the flood.")
    b = in_language("en", "b", "The mayor resigned ten days after the flood.")
    assert _figures(a, b) == []

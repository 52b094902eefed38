"""Lengths of time in two parts (hours and minutes, "and a half") and stays in a place."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.hour_spans import hour_spans
from briefing.analysis.numbers import find_numbers
from briefing.analysis.span_keys import stay


def _hours(text: str, language: str) -> list[float]:
    return [s.hours for s in hour_spans(text, find_numbers(text, language), language)]


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("The hearing lasted 4 hours and 15 minutes.", "en", 4.25),
        ("Совещание длилось 3 часа 20 минут.", "ru", 3 + 20 / 60),
        ("La votación duró cuatro horas y 30 minutos.", "es", 4.5),
        ("The hearing lasted two and a half hours.", "en", 2.5),
        ("Совещание продолжалось три с половиной часа.", "ru", 3.5),
        ("La séance a duré deux heures et demie.", "fr", 2.5),
        ("La votación duró cuatro horas y media.", "es", 4.5),
    ],
)
def test_two_parts_are_one_length(text: str, language: str, hours: float) -> None:
    assert _hours(text, language) == [pytest.approx(hours)]


def test_hours_alone_or_minutes_of_another_clause_are_no_compound() -> None:
    assert _hours("The hearing lasted four hours.", "en") == []
    # A count of minutes that is a separate clause's: more than one short word between them.
    assert _hours("The hearing lasted four hours, then after 20 minutes it resumed.", "en") == []
    assert _hours("It lasted 2 hours and 75 minutes.", "en") == []  # no minute count over 59


def test_a_stay_in_a_place_is_not_an_events_length() -> None:
    text = "The delegation spent six hours in Texas and two hours with the mayor."
    assert stay(text, text.index("hours") + 5)
    assert not stay(text, text.index("hours with") + 5)  # a person is no place


def test_a_compound_length_against_a_rounder_one_is_flagged_across_languages() -> None:
    flags = figure_flags(
        in_language("ru", "a", "Совещание длилось 3 часа 20 минут."),
        in_language("en", "b", "The hearing lasted more than four hours, officials said."),
    )
    assert len(flags) == 1
    assert claim_values(flags[0]) == {"3 часа 20 минут", "more than four hours (4)"}


def test_a_hedged_length_that_holds_the_precise_one_is_silent() -> None:
    # "about four hours" is 3.4–4.6 hours (the hedge rule of numbers.interval): 4 h 15 is in it.
    assert not figure_flags(
        in_language("en", "a", "The hearing lasted about four hours."),
        in_language("es", "b", "La votación duró cuatro horas y 15 minutos."),
    )


def test_a_stay_is_never_compared_with_a_meetings_length() -> None:
    assert not figure_flags(
        in_language("fr", "a", "Les ministres ont passé en tout quatre heures à Marseille."),
        in_language("en", "b", "The hearing lasted three hours and 10 minutes."),
    )


def test_a_flight_time_is_never_compared_with_a_meetings_length() -> None:
    assert not figure_flags(
        in_language("en", "a", "After four hours of flight, the minister landed."),
        in_language("en", "b", "The hearing lasted three hours and 10 minutes."),
    )


def test_one_source_giving_two_lengths_shows_two_meetings() -> None:
    assert not figure_flags(
        in_language(
            "en", "a", "The first hearing lasted two hours and 10 minutes.",
            "The second hearing lasted five hours.",
        ),
        in_language("en", "b", "The hearing lasted three hours and 40 minutes."),
    )  # fmt: skip


def _cjk(text: str, language: str) -> list[tuple[tuple[str, str], float, float]]:
    from briefing.analysis.cjk_spans import cjk_spans
    from briefing.analysis.model import Quote
    from briefing.model import Span

    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key, f.low, f.high) for f in cjk_spans(text, language, quote)]


def test_chinese_and_japanese_spans_are_read_whole() -> None:
    assert _cjk("審議は4時間15分だった。", "ja") == [(("*", "duration-hour"), 4.25, 4.25)]
    assert _cjk("会议持续了三个小时。", "zh") == [(("*", "duration-hour"), 3.0, 3.0)]
    assert _cjk("審議は20分ほどで終わった。", "ja") == [(("*", "duration-minute"), 17.0, 23.0)]
    # A span that modifies a noun is keyed by it, in its language (as "hours *of talks*").
    assert _cjk("经过约三个半小时的谈判", "zh") == [
        (("zh", "duration-hour of 谈判"), pytest.approx(2.975), pytest.approx(4.025))
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("午後3時15分に始まった。", "ja"),  # a time of day
        ("10分後に再開した。", "ja"),  # an offset
        ("他得了15分。", "zh"),  # points, not minutes (CLDR's Chinese minute is 分钟)
        ("人口の10分の1", "ja"),  # a tenth
        ("会议在10分钟后开始。", "zh"),  # an offset
    ],
)
def test_chinese_and_japanese_look_alikes_are_no_span(text: str, language: str) -> None:
    assert _cjk(text, language) == []


def test_a_japanese_hedged_length_disagrees_with_a_precise_one_outside_its_margin() -> None:
    flags = figure_flags(
        in_language("ja", "a", "審議は20分ほどで終わった。"),
        in_language("fr", "b", "La séance a duré vingt-six minutes."),
    )
    assert [claim_values(f) for f in flags] == [{"20分ほど", "vingt-six minutes (26)"}]
    assert not figure_flags(  # 22 minutes is within "about 20" (17–23)
        in_language("ja", "a", "審議は20分ほどで終わった。"),
        in_language("en", "b", "The session lasted 22 minutes."),
    )

"""Times on named clocks put on UTC; the local clock only when the packet converts it.
Written fixtures (no article text): the Varn probe lifted off at 14:05 local time (UTC-5),
19:05 UTC, 21:05 MESZ."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.cjk_clocks import cjk_told_times
from briefing.analysis.clocks import told_times
from briefing.analysis.main_time import main_time_discrepancies
from briefing.analysis.stated_zones import learned_local, stated_offset
from briefing.analysis.zone_offsets import zone_offset
from briefing.model import Article

SUMMER = dt.date(2031, 7, 10)


def _dated(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(in_language(language, article_id, text), date=SUMMER)


def test_cldr_names_give_one_offset_or_none() -> None:
    assert zone_offset("MESZ", "de", SUMMER) == 120
    assert zone_offset("MEZ", "de", SUMMER) == 60  # the standard clock, even in summer
    assert zone_offset("日本時間", "ja", SUMMER) == 540
    assert zone_offset("Central Daylight Time", "en", SUMMER) == -300
    assert zone_offset("GMT", "fr", SUMMER) == 0
    # a generic name its zones read two ways in summer (Chicago, Mexico City): no offset
    assert zone_offset("Central Time", "en", SUMMER) is None
    assert zone_offset("Ortszeit", "de", SUMMER) is None
    assert zone_offset("Central European Time", "en", None) is None  # no day to read it on


def test_the_words_after_a_time_name_its_clock() -> None:
    text = "Die Sonde startete um 21:05 Uhr (MESZ) vom Gelände."
    (time,) = told_times(text, "de")
    assert stated_offset(text, time, "", "de", SUMMER) == 120
    plain = "Die Sonde startete um 21:05 Uhr vom Gelände Central."
    (time,) = told_times(plain, "de")
    assert stated_offset(plain, time, "", "de", SUMMER) is None


def test_a_bracketed_conversion_states_the_local_clock() -> None:
    text = "The Varn probe lifted off at 14:05 local time (19:05 GMT) on Thursday."
    time = told_times(text, "en")[0]
    assert learned_local(text, time, "en", SUMMER) == -300
    no_zone = "The Varn probe lifted off at 14:05 (19:05) on Thursday."
    assert learned_local(no_zone, told_times(no_zone, "en")[0], "en", SUMMER) is None


def _moment(articles: list[Article]) -> dict[str, tuple[str, ...]]:
    found = main_time_discrepancies(articles)
    assert len(found) <= 1
    return {c.value: c.article_ids for c in found[0].claims} if found else {}


def _story() -> list[Article]:
    return [
        _dated("en", "a", "The Varn probe lifted off at 14:05 local time (19:05 GMT)."),
        _dated("fr", "b", "La sonde Varn a décollé à 14 h 05, heure locale."),
    ]


def test_one_moment_on_two_stated_clocks_a_minute_apart_disagrees() -> None:
    rival = _dated("de", "c", "Die Sonde Varn startete um 21:06 Uhr (MESZ).")
    assert _moment([*_story(), rival]) == {
        "19:05 UTC (14:05)": ("a", "b"),
        "19:06 UTC (21:06)": ("c",),
    }


def test_look_alikes_on_other_clocks_stay_silent() -> None:
    same = _dated("de", "c", "Die Sonde Varn startete um 21:05 Uhr (MESZ).")
    twelve_hour = _dated("en", "d", "The Varn probe lifted off at 2:05 p.m. local time.")
    utc = _dated("it", "e", "La sonda Varn è partita alle 19:05 UTC.")
    unknown = _dated("en", "f", "The Varn probe lifted off at 14:20 Central Time.")
    assert _moment([*_story(), same, twelve_hour, utc, unknown]) == {}


def test_without_a_conversion_the_local_clock_is_never_guessed() -> None:
    local = [
        _dated("en", "a", "The Varn probe lifted off at 14:05 local time."),
        _dated("fr", "b", "La sonde Varn a décollé à 14 h 05, heure locale."),
    ]
    # 21:06 MESZ is 19:06 UTC, but nothing says what 14:05 local is on UTC
    rival = _dated("de", "c", "Die Sonde Varn startete um 21:06 Uhr (MESZ).")
    assert _moment([*local, rival]) == {}


def test_two_conversions_that_disagree_move_nothing() -> None:
    other = _dated("es", "c", "La sonda Varn despegó a las 14:05 hora local (18:05 GMT).")
    rival = _dated("de", "d", "Die Sonde Varn startete um 21:06 Uhr (MESZ).")
    assert _moment([*_story(), other, rival]) == {}


def test_a_converted_moment_clocks_already_compares_is_flagged_once() -> None:
    a = _dated("en", "a", "The reservoir dam collapsed at 14:17 local time (19:17 GMT).")
    b = _dated("en", "b", "The reservoir dam collapsed at 14:17, officials said.")
    c = _dated("en", "c", "According to the police, the reservoir dam collapsed at 14:19.")
    found = [d for d in find_discrepancies([a, b, c]) if d.subject.startswith("at what time")]
    assert len(found) == 1


def test_a_capital_abbreviation_is_a_zone_and_a_word_is_not() -> None:
    text = "The quake struck at 4:17 a.m. local time at a depth of ten kilometres."
    (time,) = told_times(text, "en")
    assert stated_offset(text, time, "", "en", SUMMER) is None  # "at" is no "AT"
    named = "The quake struck at 4:17 a.m. CDT near the town."
    (time,) = told_times(named, "en")
    assert stated_offset(named, time, "", "en", SUMMER) == -300


def test_a_conversion_that_leaves_its_half_of_the_day_unsaid_teaches_nothing() -> None:
    text = "Varn炭鉱で午後3時半(日本時間同9時半)ごろ爆発が起きた。"
    (time, _), *_ = cjk_told_times(text, "ja")
    assert learned_local(text, time, "ja", SUMMER) is None
    said = "Varn炭鉱で午後3時半(日本時間同21時半)ごろ爆発が起きた。"
    (time, _), *_ = cjk_told_times(said, "ja")
    assert learned_local(said, time, "ja", SUMMER) == 180

"""One Korean name in two romanisation systems is no spelling disagreement
(briefing.analysis.korean_romanisation); a misspelling of it, or two European names that
happen to read as Korean syllables, still are. Written fixtures: a made-up county
"Samgyeong" / "Samgyong" and a made-up "Chun Hyeonseok"."""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis.borrowed_names import borrowed_name_discrepancies
from briefing.analysis.korean_romanisation import one_korean_name, reads_korean
from briefing.analysis.spelling import _variant, spelling_discrepancies

#: A made-up Chinese report that glosses a province in Latin letters.
_ZH = "气象厅告诉记者,中午在北部的北道(North {} Province)吉山郡西北方向四十公里处侦测到人工地震。"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Samgyeong", "Samgyong"),  # eo / o
        ("Tongheung", "Tonghung"),  # eu / u
        ("Cheonjin", "Ch'ŏnjin"),  # a breve and an apostrophe
        ("Sinmyeon", "Shinmyon"),  # si / shi with eo / o
        ("Ji-heon", "Jiheon"),  # a hyphen
    ],
)
def test_two_romanisations_of_one_korean_name_are_one_name(a: str, b: str) -> None:
    assert one_korean_name(a, b)
    assert not _variant(a, b, "en")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Samgyeong", "Samgeyong"),  # two letters swapped: a slip
        ("Samgyeong", "Samgyeon"),  # a letter dropped
        ("Ghebreyesus", "Ghbreyesus"),  # no Korean syllables
        ("Simeon", "Simon"),  # Korean syllables, but two European given names
        ("Leonard", "Lonard"),  # no Korean initial "l"
    ],
)
def test_misspellings_and_european_names_are_not_excused(a: str, b: str) -> None:
    assert not one_korean_name(a, b)


def test_a_misspelling_of_a_korean_name_is_still_flagged() -> None:
    assert _variant("Samgyeong", "Samgeyong", "en")
    assert reads_korean("Samgyeong") and not reads_korean("Thessaloniki")


def test_a_province_glossed_in_latin_letters_and_its_other_romanisation_are_not_flagged() -> None:
    chinese = in_language("zh", "zh", _ZH.format("Samgyeong"))
    english = in_language(
        "en", "en", "The tremor was felt in Kilsan, northern Samgyong province, at noon."
    )
    assert borrowed_name_discrepancies([chinese, english]) == []
    # a misspelt gloss is still flagged
    slip = in_language("zh", "zh", _ZH.format("Samgeyong"))
    assert {d.subject for d in borrowed_name_discrepancies([slip, english])} == {
        "Samgeyong / Samgyong"
    }


def test_a_korean_given_name_in_two_systems_within_one_language_is_not_flagged() -> None:
    one = in_language("en", "a", "The envoy Chun Hyeonseok visited the port on Monday.")
    other = in_language("en", "b", "Later, the envoy Chun Hyonseok met the governor.")
    assert spelling_discrepancies([one, other]) == []
    slip = in_language("en", "b", "Later, the envoy Chun Hyeonsoek met the governor.")
    assert [d.subject for d in spelling_discrepancies([one, slip])] == ["Hyeonseok / Hyeonsoek"]

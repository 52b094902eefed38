"""The noun a Japanese or Korean count of people writes after its counter (or glues before it).

Invented sentences, none from a packet: two groups of people counted on one counter by two
outlets stay apart once their nouns are read; one group counted by two outlets still
disagrees; a count whose noun is not read is compared as before.
"""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.cjk_nouns_after import noun_after, noun_glued
from briefing.analysis.model import Quote
from briefing.model import Span


def _nouns(text: str, language: str) -> list[str]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [f.noun for f in cjk_counts(text, language, None, quote)]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("会場には約300人の観客が詰めかけた。", "ja", "観客"),
        ("式には500人を超える招待客が出席した。", "ja", "招待客"),
        ("式には500人以上のボランティアが参加した。", "ja", "ボランティア"),
        ("当局によると40人のうち半数が戻った。", "ja", None),  # "うち": hiragana, no noun
        ("式典に参加した300人が帰った。", "ja", None),  # a particle and a verb after it
        ("정부는 8명의 조사단을 보냈다.", "ko", "조사단"),  # less its particle
        ("광장에 3만여 명의 시민이 모였다.", "ko", "시민"),
        ("광장에 3만 명이 모였다.", "ko", None),  # a particle, no genitive
    ],
)
def test_the_noun_after_a_count_of_people_is_read(
    text: str, language: str, word: str | None
) -> None:
    counter = "人" if language == "ja" else "명"
    assert _nouns(text, language) == [f"{word}<{counter}" if word else counter]


def test_only_a_counter_of_people_takes_the_noun_after_it() -> None:
    # "3カ国の首脳": the leaders of three countries, a count of countries.
    assert noun_after("の首脳が集まった", 0, "カ国", "ja") is None
    assert noun_after("の観客", 0, "人", "zh") is None


def test_a_japanese_noun_glued_to_the_number_is_read() -> None:
    assert noun_glued("当局は観客3万人を誘導した。", 5, "人", "ja") == "観客"
    assert noun_glued("当局は観客約3万人を誘導した。", 5, "人", "ja") == "観客"
    assert noun_glued("会場で3万人が待った。", 3, "人", "ja") is None  # a particle


def test_two_groups_on_one_counter_are_not_compared() -> None:
    # Keyed by the counter alone, 120 spectators against 250 volunteers clashed.
    assert not figure_flags(
        in_language("ja", "a", "会場には約120人の観客が詰めかけた。"),
        in_language("ja", "b", "大会は250人を超えるボランティアに支えられた。"),
    )
    assert not figure_flags(
        in_language("ko", "a", "정부는 8명의 조사단을 보냈다."),
        in_language("ko", "b", "현장에는 15명의 기자가 있었다."),
    )


def test_one_group_counted_by_two_outlets_still_disagrees() -> None:
    flags = figure_flags(
        in_language("ja", "a", "会場には約120人の観客が詰めかけた。"),
        in_language("ja", "b", "会場には300人の観客が詰めかけた。"),
    )
    assert [(f.subject, claim_values(f)) for f in flags] == [
        ("how many 観客 人", {"約120人", "300人"})
    ]


def test_a_count_with_no_noun_read_is_compared_as_before() -> None:
    flags = figure_flags(
        in_language("ja", "a", "会場には約120人の観客が詰めかけた。"),
        in_language("ja", "b", "会場には300人が詰めかけた。"),
    )
    assert [claim_values(f) for f in flags] == [{"約120人", "300人"}]

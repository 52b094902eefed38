"""The noun a Chinese count counts: whole words, one script, a modifier's head the packet counts."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.cjk_nouns import counted_words, simplified
from briefing.analysis.model import Quote
from briefing.model import Span


def _keys(text: str, language: str = "zh") -> list[tuple[str, float]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key[1], f.low) for f in cjk_counts(text, language, None, quote)]


def test_traditional_characters_fold_to_simplified() -> None:
    assert simplified("國家") == "国家"
    assert simplified("国家") == "国家"


@pytest.mark.parametrize(
    ("after", "words"),
    [("國家參加了比賽", ("国家", "参加")), ("代表团的船", ("代表团",)), ("游船,沿河", ("游船",)),
     ("參賽國家共", ("参赛", "国家")), ("abc", ())],
)  # fmt: skip
def test_the_words_after_a_counter_are_the_lexicon_s(after: str, words: tuple[str, ...]) -> None:
    assert counted_words(after) == words


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("展会共有12個國家參展。", [("个国家", 12)]),  # traditional, folded
        ("展会共有12个国家参展。", [("个国家", 12)]),
        ("共有312位嘉宾出席。", [("位嘉宾", 312)]),  # 位 takes its noun
        ("湖上有43条游船。", [("条游船", 43)]),  # so does 条
        ("湖上有43艘船,其中第12艘最大。", [("艘", 43)]),  # an ordinal is no count
        ("会议一共15个代表团,共有9个参赛国家。", [("个代表团", 15), ("个参赛", 9)]),
        ("今年一共205個國家,超過6812位嘉賓。", [("个国家", 205), ("位嘉宾", 6812)]),  # "," ASCII
    ],
)
def test_a_chinese_count_is_keyed_by_its_whole_noun(
    text: str, read: list[tuple[str, float]]
) -> None:
    assert _keys(text) == read


def test_a_thousands_comma_still_joins_its_digits() -> None:
    assert _keys("展览吸引了36,500人参观。") == [("人", 36500 - 50)]


def test_japanese_i_is_a_rank_not_a_count() -> None:
    assert _keys("彼は大会で3位だった。", "ja") == []


def test_two_scripts_and_a_modifier_meet_when_the_packet_counts_the_head() -> None:
    flags = figure_flags(
        in_language("zh", "a", "今年的展会一共有41個國家的企業。"),
        in_language("zh", "b", "今年的展会有42个参展国家的企业参加。"),
    )
    assert [claim_values(f) for f in flags] == [{"41個國家", "42个参展国家"}]
    assert not figure_flags(  # a noun and a verb each way round: neither vouches
        in_language("zh", "a", "今年的展会一共有41个国家参展。"),
        in_language("zh", "b", "今年的展会有42个参展国家的企业参加。"),
    )


def test_a_modifier_s_head_no_count_names_stays_apart() -> None:
    # "举行" (to hold) follows "城市": no count of the packet counts it, so nothing joins.
    assert not figure_flags(
        in_language("zh", "a", "比赛在12个城市举行。"),
        in_language("zh", "b", "比赛有14个项目举行。"),
    )


def test_one_source_giving_a_part_keeps_its_total_out_of_a_flag() -> None:
    # b counts all guests and one delegation's: a part beside its total, no rival of a.
    assert not figure_flags(
        in_language("zh", "a", "共有6800位嘉宾出席。"),
        in_language("zh", "b", "共有7200位嘉宾出席。"),
        in_language("zh", "c", "共有6800位嘉宾出席。"),
        in_language("zh", "c", "其中法国代表团有609位嘉宾。"),
    )

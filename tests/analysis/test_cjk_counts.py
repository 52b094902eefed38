"""Counts in Chinese, Japanese and Korean: digits with 万 / 萬 / 만, read with their counter."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.cjk_counts import cjk_counts, cjk_number
from briefing.analysis.model import Quote
from briefing.model import Span


def _counts(text: str, language: str) -> list[tuple[tuple[str, str], float, float]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key, f.low, f.high) for f in cjk_counts(text, language, None, quote)]


@pytest.mark.parametrize(
    ("written", "value"),
    [(("36,500",), 36500), (("7", "萬", "318"), 70318), (("3", "万", "2000"), 32000),
     (("45", "만"), 450000), (("2", "億"), 200_000_000)],
)  # fmt: skip
def test_press_numbers_are_read(written: tuple[str, ...], value: float) -> None:
    assert cjk_number(*written) == value


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("展览吸引了36,500人参观。", "zh", (("zh", "人"), 36450, 36550)),
        ("展覽吸引了7萬318人參觀。", "zh", (("zh", "人"), 70318, 70318)),
        ("来場者は3万2000人に迫った。", "ja", (("ja", "人"), 27200, 32000)),
        ("관람객은 약 3만 명이었다.", "ko", (("ko", "명"), 25500, 34500)),
        ("展品来自26个国家。", "zh", (("zh", "个国家"), 26, 26)),
        ("作品は31カ国から集まった。", "ja", (("ja", "カ国"), 31, 31)),
        ("작품은 30여 개 나라에서 왔다.", "ko", (("ko", "개나라"), 30, 40)),
        ("展品来自40多个国家。", "zh", (("zh", "个国家"), 40, 50)),
        ("展品来自100多个国家。", "zh", (("zh", "个国家"), 100, 200)),
        ("展品来自15多个国家。", "zh", (("zh", "个国家"), 15, float("inf"))),
        ("观众超过1万人。", "zh", (("zh", "人"), 10000, float("inf"))),
        ("观众有1万多人。", "zh", (("zh", "人"), 10000, 20000)),
    ],
)
def test_a_count_is_read_with_its_counter(
    text: str, language: str, read: tuple[tuple[str, str], float, float]
) -> None:
    ((key, low, high),) = _counts(text, language)
    assert (key, low, high) == (read[0], pytest.approx(read[1]), pytest.approx(read[2]))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("展览于3月11日开幕。", "zh"),  # a date: no counter
        ("入場料は2000円だった。", "ja"),  # money: no counter
        ("损失达100亿元(约14亿美元)。", "zh"),  # a currency conversion: no counter
        ("火灾造成12人死亡。", "zh"),  # a toll: left to the toll rules
        ("事故で5人が負傷した。", "ja"),  # likewise
        ("截至周二,累计36500人参观。", "zh"),  # a running count
        ("上午有300人,下午有500人。", "zh"),  # one counter, two values: two things
    ],
)
def test_what_is_no_count_of_one_thing_is_not_read(text: str, language: str) -> None:
    assert _counts(text, language) == []


def test_two_outlets_counts_of_one_noun_disagree_and_roundings_agree() -> None:
    flags = figure_flags(
        in_language("zh", "a", "展览吸引了36,500人参观。"),
        in_language("zh", "b", "展览吸引了3万8000人参观。"),
    )
    assert [claim_values(f) for f in flags] == [{"36,500人", "3万8000人"}]
    assert not figure_flags(  # "约4万" (about 40,000) holds 38,000
        in_language("zh", "a", "展览吸引了约4万人参观。"),
        in_language("zh", "b", "展览吸引了3万8000人参观。"),
    )
    assert not figure_flags(  # "12만" (rounded to ten thousand) holds 120,223
        in_language("ko", "a", "관람객은 12만 명이었다."),
        in_language("ko", "b", "관람객은 12만223명이었다."),
    )


def test_a_round_count_and_its_odd_bound_what_it_can_be() -> None:
    # "40多个" is forty-something: it cannot be 55, and 45 is one of its values.
    flags = figure_flags(
        in_language("zh", "a", "该措施针对40多个国家。"),
        in_language("zh", "b", "该措施针对55个国家。"),
    )
    assert [claim_values(f) for f in flags] == [{"40多个国家", "55个国家"}]
    assert not figure_flags(
        in_language("zh", "a", "该措施针对40多个国家。"),
        in_language("zh", "b", "该措施针对45个国家。"),
    )
    assert not figure_flags(  # "more than 40" (超过) stays open above
        in_language("zh", "a", "该措施针对超过40个国家。"),
        in_language("zh", "b", "该措施针对55个国家。"),
    )

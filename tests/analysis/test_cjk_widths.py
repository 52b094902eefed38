"""One width told in Chinese, Japanese and Korean (:mod:`briefing.analysis.cjk_widths`).

Fixtures are written for these tests (no article text); the Velmora lane is made up.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.cjk_widths import WIDTH_KEY, cjk_widths
from briefing.analysis.model import Quote
from briefing.model import Article, Span


def _read(text: str, language: str) -> list[tuple[float, float, str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.low, f.high, f.value) for f in cjk_widths(text, language, quote)]


def _widths(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [values_by_article(f) for f in figure_flags(*articles) if "width" in f.subject]


def test_a_width_is_read_in_each_language() -> None:
    # each as precise as its last digit (.measure_precision)
    assert _read("ヴェルモラ通りは幅2・8メートルと狭い。", "ja") == [
        (pytest.approx(2.75), pytest.approx(2.85), "2・8メートル")
    ]
    assert _read("벨모라 골목은 폭 6m의 좁은 길이다.", "ko") == [
        (pytest.approx(5.5), pytest.approx(6.5), "6m")
    ]
    assert _read("벨모라 골목은 6m 너비, 30m 길이의 내리막이다.", "ko") == [
        (pytest.approx(5.5), pytest.approx(6.5), "6m")
    ]
    assert _read("韦尔莫拉巷宽约3米。", "zh") == [  # "about" and one figure: its rounding too
        (pytest.approx(2.5), pytest.approx(3.5), "约3米")
    ]


def test_other_words_and_dimensions_are_no_width() -> None:
    assert _read("路地の長さは40メートル続く。", "ja") == []  # a length
    assert _read("売り上げが大幅に3メートル分", "ja") == []  # "greatly", not "width"
    assert _read("폭발 지점에서 5m 떨어진 곳", "ko") == []  # an explosion
    assert _read("폭우로 5m 높이까지 물이 찼다.", "ko") == []  # a downpour
    assert _read("震源深度10公里。", "zh") == []  # a depth


def test_one_lane_given_two_widths_in_two_languages_disagrees() -> None:
    found = _widths(
        in_language("ja", "a", "ヴェルモラ通りの坂道は幅2・8メートルと狭く、人が集中した。"),
        in_language("ko", "b", "사고가 난 벨모라 골목은 4.5m 너비의 내리막길이었다."),
    )
    assert found == [{"2・8メートル": ("a",), "4.5m": ("b",)}]
    assert WIDTH_KEY[1] == "width"


def test_a_rounding_a_hedge_and_far_apart_widths_are_not_flagged() -> None:
    # "约3米" (2.5-3.5 m) holds 2.8 m: a rounding, no contradiction.
    assert not _widths(
        in_language("ja", "a", "ヴェルモラ通りの坂道は幅2・8メートルと狭かった。"),
        in_language("zh", "b", "事发的韦尔莫拉巷宽约3米。"),
    )
    # A lane and a river more than twice as wide: two things, not one width.
    assert not _widths(
        in_language("ja", "a", "ヴェルモラ通りの坂道は幅2・8メートルと狭かった。"),
        in_language("ko", "c", "인근 강은 폭 40m에 이른다."),
    )

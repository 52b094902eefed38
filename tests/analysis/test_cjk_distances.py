"""Distances from a named place in Chinese, Japanese and Korean, and one place's distances
joined across scripts by the packet's topics.

Fixtures are written for these tests (no article text); "Tarvangol" is a made-up place.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from analysis.builders import in_language, values_by_article

from briefing.analysis.cjk_distances import cjk_distances
from briefing.analysis.distance_topics import place_topics
from briefing.analysis.figures import judge_figures, read_figures
from briefing.analysis.model import Discrepancy, Quote
from briefing.model import Article, Span, Topic

_TARVANGOL = Topic("t1", "Tarvangol", "place", ("Tarvangol", "タルバンゴル", "타르반골"), ())
_ORIN = Topic("t2", "Orin", "place", ("Orin", "奥林郡"), ())


def _read(text: str, language: str) -> list[tuple[str, float, float]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key[1], f.low, f.high) for f in cjk_distances(text, language, None, quote)]


def _flags(*articles: Article) -> list[Discrepancy]:
    figures, lists = read_figures(articles)

    def topics(_: Sequence[Article]) -> list[Topic]:
        return [_TARVANGOL, _ORIN]

    return judge_figures(figures, lists, articles, topics)


def test_a_distance_is_read_in_each_script() -> None:
    assert _read(
        "震源は北朝鮮タルバンゴル(Tarvangol)の東北東31キロメートルの地点だった。", "ja"
    ) == [("distance 北朝鮮タルバンゴル", 31, 31)]
    assert _read("타르반골에서 북동쪽으로 28km 떨어진 지점에서 지진이 났다.", "ko") == [
        ("distance 타르반골", 28, 28)
    ]
    assert _read("气象厅称震中位于奥林郡西北偏北方向41公里处。", "zh") == [
        ("distance 气象厅称震中位于奥林郡", 41, 41)
    ]
    assert _read("震中位于奥林郡以北约41公里。", "zh") == [
        ("distance 震中位于奥林郡", pytest.approx(34.85), pytest.approx(47.15))
    ]


def test_a_length_without_a_direction_or_in_brackets_is_no_distance() -> None:
    assert _read("震源の深さは10キロメートルだった。", "ja") == []
    assert _read("타르반골에서 깊이 10km의 지진이 났다.", "ko") == []  # no direction, not "away"
    assert _read("震源深度10公里。", "zh") == []
    # Two units side by side: the bracketed conversion follows no direction.
    assert _read("タルバンゴルの東31キロメートル(19マイル)の地点。", "ja") == [
        ("distance タルバンゴル", 31, 31)
    ]


def test_one_place_in_three_scripts_is_one_distance() -> None:
    flags = _flags(
        in_language("en", "a", "The quake struck around 18 miles northeast of Tarvangol."),
        in_language("ja", "b", "震源は北朝鮮タルバンゴルの東北東31キロメートルの地点だった。"),
        in_language("ko", "c", "타르반골에서 북동쪽으로 26km 떨어진 지점에서 지진이 났다."),
    )
    (found,) = [f for f in flags if "distance" in f.subject]
    assert "Tarvangol" in found.subject
    assert set(values_by_article(found)) == {"around 18 miles", "31キロメートル", "26km"}


def test_another_town_and_a_repeated_distance_do_not_disagree() -> None:
    flags = _flags(
        in_language("ko", "c", "타르반골에서 북동쪽으로 26km 떨어진 지점에서 지진이 났다."),
        # Another town's distance: another quantity.
        in_language("en", "d", "The quake struck 55 km northwest of Kimbrook."),
        # One distance repeated by two texts: they agree.
        in_language("zh", "e", "气象厅称震中位于奥林郡西北偏北方向41公里处。"),
        in_language("zh", "f", "测得震中为北部奥林郡西北偏北方向41公里处。"),
    )
    assert [f for f in flags if "distance" in f.subject] == []


def test_a_place_fits_one_topic_or_keeps_its_own_key() -> None:
    found = place_topics(["北朝鮮タルバンゴル", "타르반골", "Tarvangol", "奥林郡", "Elsewhere"], [
        _TARVANGOL, _ORIN,
    ])  # fmt: skip
    assert found == {
        "北朝鮮タルバンゴル": "Tarvangol",
        "타르반골": "Tarvangol",
        "Tarvangol": "Tarvangol",
        "奥林郡": "Orin",
    }

"""One sentence told in two languages (:mod:`briefing.analysis.parallel_counts`).

Fixtures are written for these tests (no article text): a made-up regatta told in German and
Chinese; each look-alike keeps every condition but one.
"""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.model import Article

#: A Chinese source's rival figure: 144 crews, not 143.
_RIVAL = in_language("zh", "y", "一共144个代表团,搭乘着37艘帆船驶入林道港,场面热闹。")


def _sources(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [values_by_article(f) for f in figure_flags(*articles, _RIVAL)]


def test_a_sentence_told_in_two_languages_joins_the_other_language_s_flag() -> None:
    found = _sources(
        in_language("de", "d", "Die 143 Mannschaften segeln auf 37 Jachten in den Hafen."),
        in_language("zh", "z", "一共143個代表團,搭乘著37艘帆船駛入林道港。"),
    )
    assert [sorted(v.values()) for v in found] == [[("d", "z"), ("y",)]]


def test_one_shared_value_ties_nothing() -> None:
    found = _sources(
        in_language("de", "d", "Die 143 Mannschaften segeln auf 38 Jachten in den Hafen."),
        in_language("zh", "z", "一共143個代表團,搭乘著37艘帆船駛入林道港。"),
    )
    assert [sorted(v.values()) for v in found] == [[("y",), ("z",)]]


def test_small_shared_values_tie_nothing() -> None:
    flags = figure_flags(
        in_language("de", "d", "Die 3 Mannschaften segeln auf 7 Jachten in den Hafen."),
        in_language("zh", "z", "一共3個代表團,搭乘著7艘帆船駛入林道港。"),
        in_language("zh", "y", "一共3个代表团,搭乘着9艘帆船驶入林道港。"),
    )
    assert [sorted(values_by_article(f).values()) for f in flags] == [[("y",), ("z",)]]


def test_within_one_language_two_nouns_stay_apart() -> None:
    flags = figure_flags(
        in_language("de", "d", "Die 143 Mannschaften segeln auf 37 Jachten in den Hafen."),
        in_language("de", "e", "Die 143 Teams segeln auf 37 Booten in den Hafen."),
        in_language("de", "f", "Die 144 Teams segeln in den Hafen."),
    )
    assert all("d" not in ids for f in flags for ids in values_by_article(f).values())


def test_two_values_in_another_order_are_a_coincidence() -> None:
    # The yachts' age happens to equal the crews' count: written in the other order.
    found = _sources(
        in_language("de", "d", "Die 143 Mannschaften segeln auf 37 Jachten in den Hafen."),
        in_language("zh", "z", "這些37年歷史的帆船上共有143個代表團。"),
    )
    assert [sorted(v.values()) for v in found] == [[("y",), ("z",)]]

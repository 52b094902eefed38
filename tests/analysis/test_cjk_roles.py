"""Everyone aboard in Chinese, Japanese and Korean (cjk_roles.py) meets the count of those
aboard of other languages; look-alikes keep their counter's key: another count in the clause, a
noun before the count, an outcome, a capacity, a hijacking, another year's vessel."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.people_roles import PEOPLE_ABOARD


def _keys(text: str, language: str) -> list[tuple[str, str]]:
    return [f.key for f in cjk_counts(text, language, None, None)]  # type: ignore[arg-type]


def test_the_words_of_carrying_key_a_count_of_people_as_those_aboard() -> None:
    assert _keys("奥斯特尔附近一艘驳船沉没，船上212人。", "zh") == [PEOPLE_ABOARD]
    assert _keys("オストレル沖で212人が乗った船が転覆した。", "ja") == [PEOPLE_ABOARD]
    assert _keys("오스트렐 앞바다에서 212명이 승선한 배가 뒤집혔다.", "ko") == [PEOPLE_ABOARD]


def test_look_alikes_keep_their_counters_key() -> None:
    assert _keys("승객 212명을 태운 배가 뒤집혔다.", "ko") == [("ko", "명")]  # passengers
    assert _keys("船上212人获救。", "zh") == [("zh", "人")]  # an outcome: a part of them
    assert _keys("船上最多可乘坐900人。", "zh") == [("zh", "人")]  # a capacity
    assert _keys("犯人5人が乗っ取った。", "ja") == [("ja", "人")]  # a hijacking
    assert _keys("1998年に212人が乗った船も沈んだ。", "ja") == [("ja", "人")]  # another year
    # Another count in the clause: the people beside the crew, not everyone aboard.
    assert _keys("船上有12名船员和200人。", "zh")[1:] == [("zh", "人")]


def test_those_aboard_meet_across_scripts() -> None:
    chinese = in_language("zh", "zh", "奥斯特尔附近一艘驳船沉没，船上230人。")
    english = in_language("en", "en", "A barge carrying 212 people capsized off Ostrel.")
    found = [d for d in figure_flags(chinese, english) if d.subject.startswith("how many people")]
    assert len(found) == 1
    assert values_by_article(found[0]) == {"230人": ("zh",), "212 people": ("en",)}

"""Korean spans of hours and minutes: digits glued to the counter, native numerals, hedges
written after the span. Fixtures are invented sentences, in no packet."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.korean_spans import korean_spans
from briefing.analysis.model import Quote, Span


def _read(text: str) -> list[tuple[str, float, float]]:
    quote = Quote("a", None, Span(0, 0, len(text)), text)
    return [(f.value, f.low, f.high) for f in korean_spans(text, quote)]


def test_a_little_over_an_hour_is_no_two_hours() -> None:
    ko = in_language("ko", "a", "회의는 한 시간 남짓 만에 끝났다.")
    zh = in_language("zh", "b", "会议进行约2小时。")
    (found,) = figure_flags(ko, zh)
    assert values_by_article(found) == {"한 시간 남짓 (1)": ("a",), "约2小时": ("b",)}
    # "about two hours" in Korean, the hedge after the span: one value with "2時間".
    about = in_language("ko", "c", "회의는 두 시간 정도 이어졌다.")
    ja = in_language("ja", "d", "会議は2時間続いた。")
    assert figure_flags(about, ja) == []
    # Japanese "余り" is "a little over" too: one hour and a bit is not two hours.
    over = in_language("ja", "e", "会議は1時間余りで終わった。")
    assert figure_flags(over, in_language("ko", "f", "회의는 한 시간 만에 끝났다.")) == []
    (found,) = figure_flags(over, in_language("ko", "g", "회의는 2시간 만에 끝났다."))
    assert set(values_by_article(found)) == {"1時間余り", "2시간"}


def test_spans_read_with_their_hedges() -> None:
    assert _read("회의는 2시간여 만에 끝났다.") == [("2시간여", 2.0, 2.0 * 1.15)]
    assert _read("약 30분 동안 연설했다.") == [("약 30분", 25.5, 34.5)]
    assert _read("9시간 30분 동안 이어졌다.") == [("9시간 30분", 9.5, 9.5)]
    assert _read("세 시간 이상 걸렸다.") == [("세 시간 이상 (3)", 3.0, float("inf"))]


def test_what_is_no_length_of_the_event_stays_unread() -> None:
    assert _read("오후 2시 30분에 시작했다.") == []  # a clock's minutes
    assert _read("이 시간 현재 상황이다.") == []  # "this hour": Sino-Korean 이 is no count
    assert _read("두 시간 후 다시 열렸다.") == []  # an offset
    assert _read("한 시간 이내에 끝난다.") == []  # a limit
    assert _read("세 분이 참석했다.") == []  # three people, politely: no minutes
    assert _read("발표를 한 시간은 오후였다.") == []  # "did" before a noun, not "one"
    assert _read("30분석 결과") == []  # another word
    # A span of another thing ("talks"), keyed by its noun in Korean: no rival of a bare span.
    talks = in_language("ko", "a", "두 시간의 회담이 끝났다.")
    zh = in_language("zh", "b", "会议进行约1小时。")
    assert figure_flags(talks, zh) == []
    # Minutes of a ride against hours of a ceremony: two quantities.
    ride = in_language("ko", "c", "마차 행진은 30분 동안 이어졌다.")
    assert figure_flags(ride, in_language("zh", "d", "婚礼进行约2小时。")) == []

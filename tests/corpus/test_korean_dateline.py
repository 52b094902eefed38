"""A Korean wire's dateline names the agency as the outlet; a picture's credit in the same
brackets does not. Every fixture is written for the test."""

from __future__ import annotations

import pytest

from briefing.corpus.korean_dateline import korean_dateline_agency
from briefing.corpus.sources import find_source

HEAD = "예시시 다리 공사 계획 승인"
LEAD = (
    "예시시 의회가 화요일 긴 토론 끝에 다리 공사 계획을 승인했다. "
    "공사는 내년 봄에 시작되며 3년 동안 이어질 예정이라고 시 관계자들이 밝혔다."
)


@pytest.mark.parametrize(
    "line",
    [
        f"(서울=예시뉴스) 홍길동 기자 = {LEAD}",
        f"(부산·대구=예시뉴스) 홍길동 김철수 특파원 = {LEAD}",  # two cities, two reporters
        f"(워싱턴=예시뉴스)홍길동 특파원= {LEAD}",
    ],
)
def test_a_korean_wire_dateline_names_the_agency(line: str) -> None:
    assert find_source([HEAD, "메뉴 바로가기", line, LEAD]) == "예시뉴스"


@pytest.mark.parametrize(
    "line",
    [
        f"(로이터=예시뉴스) {LEAD}",  # a picture's credit: no reporter, no second "="
        "(서울=예시뉴스) 홍길동 기자 = 29일 서울 시내에서 시민들이 걷고 있다. 2031.1.29",
        f"(서울=예시뉴스) 홍길동 기자 = {LEAD} 2031.1.29",  # a long caption, the day's stamp
        "(서울=예시뉴스) 홍길동 기자 = 29일 서울 시내에서 시민들이 걷고 있다. hong@example.kr",
        f"서울=예시뉴스 홍길동 기자 {LEAD}",  # no brackets
    ],
)
def test_a_look_alike_is_not_a_dateline(line: str) -> None:
    assert korean_dateline_agency([HEAD, line, LEAD]) is None


def test_a_dateline_below_the_opening_is_not_read() -> None:
    paragraphs = [HEAD, *([LEAD] * 12), f"(서울=예시뉴스) 홍길동 기자 = {LEAD}"]
    assert korean_dateline_agency(paragraphs) is None

"""A Korean broadcaster's sign-off and a Korean site's copyright footer name the outlet; a
reporter's name, an anchor's hand-over, a cited outlet and a picture's credit do not
(briefing.corpus.korean_credit). Every line is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.korean_credit import copyright_outlet, signature_outlet, signoff_outlet

BODY = (
    "예시시에 사흘째 폭우가 쏟아지면서 산간 마을 세 곳으로 가는 도로가 끊겼습니다. "
    "구조대는 헬기를 타고 마을에 도착해 남은 주민들에게 식량과 식수, 의약품을 전달했습니다."
)
LEAD = "예시시에 사흘째 폭우가 쏟아지면서 산간 마을 세 곳으로 가는 도로가 끊겼다."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("예시시 시청 앞에서 예시뉴스 홍길동입니다.", "예시뉴스"),
        ("ABC 뉴스 홍길동입니다.", "ABC"),
        ("예시TV 홍길동 기자입니다.", "예시TV"),
        ("예시방송 홍길동입니다", "예시방송"),
    ],
)
def test_a_reporters_sign_off_names_the_broadcaster(line: str, outlet: str) -> None:
    assert signoff_outlet([BODY, line, "#예시시 #폭우", "(끝)"]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "예시시에서 홍길동 특파원입니다.",  # the anchor hands over: a reporter, no house
        "김철수 홍길동입니다.",  # two names: nothing before the name says "outlet"
        "예시시청 앞에서 홍길동입니다.",  # a place, then the name
        "이상 ABC 보도였습니다.",  # "that was ABC's report": a citation
        "ABC 보도입니다.",  # "it is ABC's report": a noun, no reporter's name
        "오늘의 뉴스 홍길동입니다.",  # "today's news": a programme, no house
        '그는 "예시뉴스 홍길동입니다"라고 말했다.',  # a quote inside a sentence
    ],
)
def test_look_alikes_of_a_sign_off_name_no_broadcaster(line: str) -> None:
    assert signoff_outlet([BODY, line, "(끝)"]) is None


@pytest.mark.parametrize("line", ["ABC 뉴스", "EXTV뉴스", "ABC 뉴스."])
def test_a_houses_news_alone_closing_the_story_names_it(line: str, tmp_path: Path) -> None:
    # an item read without a reporter signs off with "<house> news", the last line alone
    assert signoff_outlet([BODY, BODY, line]) == line.split("뉴스")[0].strip()
    assert read(tmp_path, "\n".join([BODY, BODY, line])).source == line.split("뉴스")[0].strip()


@pytest.mark.parametrize(
    "paragraphs",
    [
        [BODY, "관련 뉴스"],  # "related news": the page's list, no house
        [BODY, "많이 본 뉴스"],  # "most read news"
        [BODY, "ABC 뉴스", BODY],  # not the last line: a list or a cited name
        [BODY, "ABC 뉴스에 따르면 도로가 끊겼습니다."],  # "according to ABC news": a citation
        ["The road to three villages was cut by floods.", "ABC 뉴스"],  # no Korean story
        ["ABC 뉴스"],  # nothing before it
        [BODY, "Example 뉴스"],  # a word, not a house's initials
    ],
)
def test_look_alikes_of_a_news_signature_name_no_house(paragraphs: list[str]) -> None:
    assert signature_outlet(paragraphs) is None


def test_a_sign_off_far_from_the_end_is_no_sign_off() -> None:
    early = ["예시뉴스 홍길동입니다.", *[BODY] * 7]
    assert signoff_outlet(early) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("저작권자 © 예시일보 무단전재 및 재배포 금지", "예시일보"),
        ("Copyright ⓒ 예시일보. All rights reserved.", "예시일보"),
        ("<저작권자(c) 예시통신, 무단 전재-재배포 금지>", "예시통신"),
        ("ⓒ 2031 예시뉴스1 무단복제 금지", "예시뉴스1"),
    ],
)
def test_a_copyright_footer_names_the_site(line: str, outlet: str) -> None:
    assert copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "사진 ⓒ 예시통신",  # a picture's credit: no holder, no ban on copying
        "ⓒ 무단전재 금지",  # the ban, no name
        "저작권자 © Example 무단전재 및 재배포 금지",  # a Latin name: the general rule's
        "예시통신에 따르면 저작권 분쟁이 이어지고 있다.",  # a sentence about copyright
    ],
)
def test_look_alikes_of_a_copyright_footer_name_no_site(line: str) -> None:
    assert copyright_outlet(line) is None


def test_an_article_closing_with_a_sign_off_has_that_broadcaster(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "예시시 폭우로 산간 마을 고립",
            "[앵커]",
            "예시시에 폭우가 쏟아졌습니다. 예시시에서 홍길동 특파원입니다.",
            "[기자]",
            BODY,
            "예시시 시청 앞에서 예시뉴스 홍길동입니다.",
            "#예시시 #폭우",
        ]
    )
    assert read(tmp_path, text).source == "예시뉴스"


def test_an_article_with_a_copyright_footer_has_that_site(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "예시시 폭우로 산간 마을 고립",
            LEAD + " " + BODY,
            "저작권자 © 예시일보 무단전재 및 재배포 금지",
        ]
    )
    assert read(tmp_path, text).source == "예시일보"


def test_a_cited_outlet_and_a_reporters_name_give_no_outlet(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "예시시 폭우로 산간 마을 고립",
            "예시통신에 따르면 " + LEAD,
            BODY,
            "홍길동 기자",
            "사진 ⓒ 예시통신",
        ]
    )
    assert read(tmp_path, text).source is None

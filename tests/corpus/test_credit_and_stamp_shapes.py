"""Outlet, date and title shapes a blind packet showed missing (a state funeral, 2026-12-05),
each written here in text made up for the test, with the look-alikes that must stay silent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.cjk_stamp import stamp_source
from briefing.corpus.closing_credit import house_initials
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.korean_credit import photographer_outlet
from briefing.corpus.labels import read_label
from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import find_source
from briefing.corpus.wires import WIRES

KO_LEAD = "예시시에 사흘째 폭우가 쏟아지면서 산간 마을 세 곳으로 가는 도로가 끊겼습니다."
KO_BODY = (
    "구조대는 헬기를 타고 마을에 도착해 남은 주민들에게 식량과 식수, 의약품을 전달했습니다. "
    "시청은 이날 오후 비상 대책 회의를 열고 복구 계획을 논의했다고 밝혔습니다."
)
EN_BODY = [
    "Rescue teams reached the last cut-off village in the hills on Friday morning.",
    "The council said the road would reopen once engineers had checked the old bridge.",
    "Residents gathered at the school, which served as a shelter for two nights.",
]


# -- copyright signs, every form --------------------------------------------------------


@pytest.mark.parametrize("mark", ["©", "Ⓒ", "ⓒ", "(c)", "(C)"])
def test_a_copyright_footer_names_the_outlet_whatever_its_sign(mark: str) -> None:
    paragraphs = [*EN_BODY, f"Copyright {mark} EXN. All rights reserved."]
    assert find_source(paragraphs) == "EXN"


def test_a_footer_run_into_the_last_paragraph_names_the_outlet() -> None:
    last = KO_BODY + " Copyright Ⓒ EXN. All rights reserved. 무단 전재, 재배포 금지"
    assert find_source([KO_LEAD, KO_BODY, KO_BODY, last]) == "EXN"


@pytest.mark.parametrize(
    "last",
    [
        EN_BODY[0] + " ⓒ Example Photo",  # a circled sign in a picture's credit: no rights
        "Jane Roe/Ⓒ Example Agency. All rights reserved.",  # a photographer's credit
    ],
)
def test_a_circled_sign_on_a_pictures_credit_names_no_outlet(last: str) -> None:
    assert find_source([*EN_BODY, last]) is None


# -- a Korean picture credit naming the house's own photographer --------------------------


def test_the_houses_own_photographer_names_the_outlet(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "예시시 폭우로 산간 마을 고립… 주민 300명 대피",
            KO_LEAD + " ⓒ 로이터=Exnews ⓒ Exnews 홍길동 기자",
            KO_BODY + " ⓒ 로이터=Exnews ⓒ Exnews 홍길동 기자",
        ]
    )
    assert read(tmp_path, text).source == "Exnews"


@pytest.mark.parametrize(
    "credits",
    [
        ["사진 ⓒ 예시통신", "사진 ⓒ 예시통신"],  # an agency's picture: no staff reporter
        ["ⓒ 로이터=예시뉴스"],  # an agency's picture passed on by a house
        ["ⓒ 예시뉴스 홍길동 기자", "ⓒ 다른뉴스 김철수 기자"],  # two houses: silent
    ],
)
def test_picture_credits_without_one_houses_photographer_name_none(credits: list[str]) -> None:
    assert photographer_outlet([KO_LEAD + " " + c for c in credits]) is None


# -- a Chinese copy's source-and-time line ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("示例报 2031-03-14 22:46+-", "示例报"),
        ("示例日報 2031-03-14 22:46", "示例日報"),
        ("示例网 2031-03-14 08:05:12", "示例网"),
        ("example.com 2031-03-14 22:46", "example.com"),
    ],
)
def test_a_source_and_time_line_names_the_outlet(line: str, outlet: str) -> None:
    assert stamp_source(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "张三 2031-03-14 22:46",  # an author's name
        "发布时间 2031-03-14 22:46",  # a label
        "国际 2031-03-14 22:46",  # a section
        "示例报 2031-03-14",  # no time: a date under a name is no stamp
        "示例报 2031-03-14 22:46 报道称当地发生地震",  # a sentence follows
    ],
)
def test_look_alikes_of_a_source_and_time_line_name_none(line: str) -> None:
    assert stamp_source(line) is None


# -- a credit of agencies and the house's initials --------------------------------------


@pytest.mark.parametrize(
    ("last", "own"),
    [
        ("Die Straße bleibt gesperrt. (dpa/eX)", "eX"),
        ("Die Straße bleibt gesperrt. (AFP/dpa/EXZ)", "EXZ"),
    ],
)
def test_agencies_then_the_houses_initials_name_the_house(last: str, own: str) -> None:
    assert house_initials(["Ein Absatz.", last], WIRES) == own


@pytest.mark.parametrize(
    "last",
    [
        "Die Straße bleibt gesperrt. (dpa/lno)",  # a regional desk, an editor: lower case
        "Die Straße bleibt gesperrt. (dpa/AFP)",  # two agencies, no house
        "Die Straße bleibt gesperrt. (Hans/eX)",  # no agency before the initials
        "Die Straße (dpa/eX) bleibt gesperrt.",  # not the story's close
    ],
)
def test_look_alikes_of_a_house_credit_name_none(last: str) -> None:
    assert house_initials(["Ein Absatz.", last], WIRES) is None


# -- an outlet promoting its own channel ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Підписуйтесь на наш Telegram-канал Приклад.UA - новини щодня", "Приклад.UA"),
        ("Подписывайтесь на наш телеграм-канал «Пример Новости».", "Пример Новости"),
        ("Join our Telegram channel Example Post for the latest.", "Example Post"),
        ("Folgen Sie unserem Telegram-Kanal Beispiel24.", "Beispiel24"),
    ],
)
def test_an_outlets_own_channel_names_it(text: str, outlet: str) -> None:
    assert self_reference(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Подписывайтесь на Telegram-канал Example News.",  # no "our": maybe another's
        "В Telegram-канале Example News сообщили о пожаре.",  # a cited channel
        "Join our Telegram channel for the latest.",  # no name
        "Об этом сообщает CNN.",  # a cited source
    ],
)
def test_a_channel_not_said_to_be_its_own_names_no_outlet(text: str) -> None:
    assert self_reference(text) is None


# -- a stamp with its time first --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["14:29 JST, March 14, 2031", "10:22 Uhr, 14. März 2031", "18:05 | 14.03.2031"],
)
def test_a_stamp_with_its_time_before_the_date_is_a_date_line(line: str) -> None:
    label = read_label(line)
    assert label is not None and label.bare and label.date.value() == dt.date(2031, 3, 14)


def test_a_time_before_a_date_in_a_sentence_is_no_stamp() -> None:
    assert read_label("14:29 JST, March 14, 2031 the ferry left the harbour") is None


def test_a_stamp_under_an_opening_caption_dates_the_article(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "The mayor of Exampleton speaks to residents at the school shelter on Friday, "
            "March 14, 2031, in Exampleton.",
            "09:10 EST, March 14, 2031",
            *EN_BODY,
        ]
    )
    assert read(tmp_path, text).date == dt.date(2031, 3, 14)


# -- titles ------------------------------------------------------------------------------


def test_a_long_korean_headline_is_headline_shaped() -> None:
    # 13 words: Korean puts spaces between its words, so its syllables add none
    line = "예시시 시장 사퇴 발표 후 첫 회견 열어 시의회·시민단체 등 반발…시청 앞 500명 집회"
    assert headline_shaped(line)


def test_a_long_korean_headline_is_the_whole_title(tmp_path: Path) -> None:
    title = "예시시 시장 사퇴 발표 후 첫 회견 열어 시의회·시민단체 등 반발…시청 앞 500명 집회"
    assert read(tmp_path, "\n".join([title, KO_LEAD, KO_BODY])).title == title


def test_a_kicker_over_the_headline_the_page_repeats_is_not_the_title(tmp_path: Path) -> None:
    kicker = "시청 앞 대규모 집회…주민들 복구 지원 촉구"
    headline = "예시시 폭우로 산간 마을 고립…주민 300명 대피(종합)"
    head = "\n".join([kicker, headline, KO_LEAD])
    text = "\n\n".join([head, KO_BODY, headline, KO_BODY, headline, KO_BODY])
    assert read(tmp_path, text).title == headline


def test_a_headline_over_a_doubled_caption_stays_the_title(tmp_path: Path) -> None:
    headline = "예시시 폭우로 산간 마을 고립…주민 300명 대피"
    caption = "예시시 시청 앞에 모인 주민들과 구조대원들"
    text = "\n\n".join([headline, caption, caption, KO_LEAD, KO_BODY, caption])
    assert read(tmp_path, text).title == headline

"""A Korean reporter's byline naming the house, a Japanese translation credit, and a numeric
stamp under a page's headline, standfirst, picture credit and desk signature (invented text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.korean_byline import korean_byline
from briefing.corpus.sources import find_source
from briefing.corpus.translation_credit import translation_credit

_KO_LEAD = (
    "예시시 의회는 항만 재개발 예산안을 표결에 부쳤으나 과반을 얻지 못해 다음 회기로 "
    "미루기로 했다고 4일 밝혔다. 시장은 유감을 표했다."
)
_KO_MORE = "의회 관계자는 수정안이 다음 달 다시 상정될 것이라고 말했다."


@pytest.mark.parametrize(
    ("paragraphs", "house"),
    [
        ([f"[예시투데이 홍길동 기자] {_KO_LEAD}", _KO_MORE], "예시투데이"),
        ([f"[예시일보 홍길동·김철수 기자] {_KO_LEAD}", _KO_MORE], "예시일보"),
        ([f"[EXTV 홍길동 기자]{_KO_LEAD}", _KO_MORE], "EXTV"),
        # a picture line above the bracket, as a page's image comes first
        (["![사진:예시](https://example.kr/a.jpg)", f"[뉴스9 홍길동 기자] {_KO_LEAD}"], "뉴스9"),
        # the closing signature: the name first, then the house, then the address
        ([_KO_LEAD, _KO_MORE, "홍길동 예시이코노미 기자 gildong@example.kr"], "예시이코노미"),
        ([_KO_LEAD, _KO_MORE, "예시신문 홍길동 기자"], "예시신문"),
    ],
)
def test_a_korean_byline_names_its_house(paragraphs: list[str], house: str) -> None:
    assert korean_byline(paragraphs) == house
    assert find_source(paragraphs) == house


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_KO_LEAD, _KO_MORE, "홍길동 기자 gildong@example.kr"],  # a reporter alone
        [f"[홍길동 김철수 기자] {_KO_LEAD}"],  # two reporters, no house
        [_KO_LEAD, "홍길동 디지털뉴스부 기자 gildong@example.kr"],  # a desk, not a house
        [f"[온라인뉴스팀 홍길동 기자] {_KO_LEAD}"],  # a team, not a house
        [f"[로스앤젤레스 홍길동 기자] {_KO_LEAD}"],  # a city the reporter files from
        [f"[서울 홍길동 기자] {_KO_LEAD}"],  # a place of two syllables: could be a name
        [f"예시 항만 표결 무산 2031-03-04 17:41 홍길동 기자 {_KO_LEAD}"],  # a stamp before
        [_KO_LEAD, "사진=예시뉴스 홍길동 기자", _KO_MORE],  # another house's picture
        [_KO_LEAD, "ⓒ 예시뉴스 홍길동 기자", _KO_MORE],  # a photographer's credit
        [f"예시시장은 기자회견에서 예시일보 홍길동 기자의 질문에 답했다. {_KO_LEAD}"],
        # a byline deep in the page (a related story's), past the top and the end
        [_KO_LEAD] * 8 + ["예시신문 홍길동 기자"] + [_KO_MORE] * 8,
    ],
)
def test_no_house_from_a_reporter_a_stamp_or_a_credit(paragraphs: list[str]) -> None:
    assert korean_byline(paragraphs) is None


_JA_BODY = [
    "例示市の議会は4日、港の再開発予算案を否決した。",
    "市長は「残念だ」と述べ、来月に修正案を出す考えを示した。",
]


@pytest.mark.parametrize(
    ("credit", "house"),
    [
        ("|翻訳:example JAPAN", "example JAPAN"),
        ("｜翻訳：Example Media", "Example Media"),
        ("翻訳:例示通信社", "例示通信社"),
    ],
)
def test_a_translation_credit_names_the_house(credit: str, house: str) -> None:
    closing = [credit, "|編集:山田太郎", "|画像:Example", "|原文:Example Council Rejects Budget"]
    assert translation_credit(_JA_BODY + closing) == house
    assert find_source(_JA_BODY + closing) == house


@pytest.mark.parametrize(
    "paragraphs",
    [
        [*_JA_BODY, "|翻訳:山田太郎", "|編集:鈴木花子"],  # a translator, a person
        [*_JA_BODY, "|翻訳:Jane Roe", "|編集:鈴木花子"],  # a translator in Latin letters
        [*_JA_BODY, "|編集:例示新聞", "|画像:Example"],  # an editor's line, a picture's
        ["|翻訳:example JAPAN"] + _JA_BODY * 5,  # above the story, no closing credit
        [*_JA_BODY, "この本の翻訳:例示通信社の記者が担当した。"],  # prose, not a credit line
    ],
)
def test_no_house_from_a_translator_an_editor_or_prose(paragraphs: list[str]) -> None:
    assert translation_credit(paragraphs) is None


_IT_HEAD = (
    "Economia\n\nIl porto di Velmora chiude per lavori\n\n"
    "Lo ha deciso il consiglio comunale, spiegando che il cantiere durerà due anni\n"
    "© EXAMPLE\nRed. Online\n"
)
_IT_BODY = (
    "Il consiglio comunale di Velmora ha votato ieri la chiusura del porto vecchio per "
    "lavori di ristrutturazione. La decisione è stata presa all'unanimità.\n\n"
    "Secondo il sindaco, i traghetti useranno il molo nord fino alla fine dei lavori, "
    "previsti per l'estate del 2033.\n"
)


def test_a_stamp_under_the_standfirst_credit_and_desk_dates_the_page(tmp_path: Path) -> None:
    article = read(tmp_path, f"{_IT_HEAD}04.03.2031 17:41\n\n{_IT_BODY}")
    assert article.date == dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a sentence of the story
        f"{_IT_HEAD}\n{_IT_BODY}\nIl 04.03.2031 il consiglio tornerà a riunirsi.\n",
        # a stamp far below, in a related links block
        f"{_IT_HEAD}\n{_IT_BODY}\nCorrelati\n\nIl molo nord riapre\n04.03.2031 17:41\n",
        # a sentence of the story between the standfirst and the stamp: a heading of the story
        f"{_IT_HEAD}Il consiglio si è riunito ieri sera.\n04.03.2031 17:41\n\n{_IT_BODY}",
        # a one-sentence lead right under the headline, the stamp under it: the story's heading
        "Il porto di Velmora chiude\n\nIl consiglio ha votato ieri la chiusura del porto.\n"
        f"04.03.2031 17:41\n\n{_IT_BODY}",
    ],
)
def test_no_date_from_a_sentence_or_a_stamp_far_below(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text).date is None


@pytest.mark.parametrize(
    "byline",
    [
        "[예시투데이 홍길동 기자]",
        "[홍길동 기자]",
        "[홍길동·김철수 기자] ",
        "[예시일보 홍길동 기자 =]",
    ],
)
def test_a_stand_in_title_starts_after_the_reporters_bracket(tmp_path: Path, byline: str) -> None:
    article = read(tmp_path, f"{byline}{_KO_LEAD}\n\n{_KO_MORE}\n")
    assert article.title is not None
    assert article.title.startswith("예시시 의회는"), article.title


def test_a_bracket_that_is_no_byline_stays_in_the_title(tmp_path: Path) -> None:
    """A bracketed label that is not a reporter's credit (a series name) is the story's own."""
    article = read(tmp_path, f"[기획특집] {_KO_LEAD}\n\n{_KO_MORE}\n")
    assert article.title is not None and article.title.startswith("[기획특집]"), article.title

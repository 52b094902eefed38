"""Outlets and titles from a page's furniture (the Soma look, 2026-12-06), in text made up for
the test, each with the look-alike that must not be read: a wire cited in "X reports, citing Y"
is no outlet; a masthead named again by the page's app prompt is; an app prompt is no title; a
name tag over a picture's captions is no headline; an agency's bare name under the headline
credits the story; a Korean "[house=desk]" byline names the house."""

from __future__ import annotations

import pytest
from support.languages import EN, RU, TR, read

from briefing.corpus.agency_line import agency_line
from briefing.corpus.caption_tag import tag_over_captions
from briefing.corpus.desk_byline import desk_byline
from briefing.corpus.masthead import masthead_outlet
from briefing.corpus.page_prompts import is_app_prompt
from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import find_source

# --- a wire in "X reports, citing Y" is relayed, not the house --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Число жертв выросло до 40, сообщает Reuters со ссылкой на министра.",
        "Число жертв выросло до 40, передает ТАСС со ссылкой на пресс-службу.",
        "Кількість жертв зросла до 40, повідомляє Reuters з посиланням на міністра.",
        "The toll rose to 40, Reuters reports with reference to the minister.",
    ],
)
def test_a_wire_reporting_with_a_citation_is_relayed(text: str) -> None:
    assert self_reference(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Число жертв выросло до 40, сообщает Пример.kz со ссылкой на министра.", "Пример.kz"),
        ("Кількість жертв зросла, пише Приклад Правда з посиланням на Reuters.", "Приклад Правда"),
        ("Число жертв выросло до 40, передает корреспондент ТАСС.", "ТАСС"),
    ],
)
def test_a_site_reporting_with_a_citation_still_names_itself(text: str, name: str) -> None:
    assert self_reference(text) == name


def test_an_english_wire_reporting_citing_is_no_outlet() -> None:
    line = "The toll rose to 40, Reuters reports citing the ministry."
    assert find_source(["Bridge toll rises", EN, line]) is None
    assert find_source(["Bridge toll rises", EN, line.replace("Reuters", "Example Daily")]) == (
        "Example Daily"
    )


def test_a_story_relaying_a_wire_with_a_citation_has_no_outlet(tmp_path) -> None:
    text = f"{RU} Число жертв выросло до 40, сообщает Reuters со ссылкой на министра.\n"
    assert read(tmp_path, text).source is None


# --- an app prompt is page furniture; the masthead it names again is the outlet --------------


@pytest.mark.parametrize(
    "text",
    [
        "Günlük haberleri takip etmek için örnekhaber uygulamasını indirin",
        "Download our app for the latest news",
        "Téléchargez l'application Exemple Info",
        "Скачайте приложение Пример Ньюс",
        "下载示例新闻客户端",
        "Descárgate la app de Ejemplo Noticias",
        "Скачивайте приложение Пример",
    ],
)
def test_an_app_prompt_is_caught(text: str) -> None:
    assert is_app_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Millions downloaded the app after the earthquake.",
        "He said users should install the app before Monday.",
        "Kullanıcılar uygulamayı dün indirdi.",  # "users downloaded the app yesterday"
        "Bakan, madende 787 işçinin çalıştığını bildirdi.",
    ],
)
def test_a_sentence_about_an_app_is_no_prompt(text: str) -> None:
    assert not is_app_prompt(text)


PROMPT = "Günlük haberleri takip etmek için örnekhaber uygulamasını indirin"


def test_a_masthead_named_again_by_the_app_prompt_is_the_outlet() -> None:
    assert masthead_outlet(["Örnekhaber", "Takipte kalın!", PROMPT, TR]) == "Örnekhaber"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Başkahaber", "Takipte kalın!", PROMPT, TR],  # the prompt names another app
        ["Örnekhaber", TR, TR],  # no prompt names the first line
        ["Örnekhaber köprü planını onayladı.", PROMPT, TR],  # a sentence, no name
    ],
)
def test_a_first_line_no_prompt_names_is_no_masthead(paragraphs: list[str]) -> None:
    assert masthead_outlet(paragraphs) is None


def test_the_app_prompt_is_no_title_and_the_masthead_names_the_outlet(tmp_path) -> None:
    article = read(tmp_path, f"Örnekhaber\n    Takipte kalın!\n      {PROMPT}\n\n{TR}\n\n{TR}\n")
    assert article.source == "Örnekhaber"
    assert article.title != PROMPT
    assert [p.kind for p in article.paragraphs[:3]] == ["meta", "body", "boilerplate"]


# --- a name tag over a picture's captions is no headline --------------------------------------

CAPTION = "Jane Roe talks to workers at the bridge. Photograph: John Doe/Reuters"
HEAD = "Bridge plan approved after a long debate"


def test_a_name_tag_over_captions_is_not_the_headline(tmp_path) -> None:
    text = f"Jane Roe\n{CAPTION}\n{CAPTION}\n\n{HEAD}\n\n{EN}\n\n{EN}\n"
    assert read(tmp_path, text).title == HEAD


def test_a_name_headline_over_its_picture_and_prose_stays_the_headline() -> None:
    kinds = ["body", "caption", "body"]
    assert not tag_over_captions(["Jane Roe", CAPTION, EN], kinds, 0)  # prose after it
    assert not tag_over_captions(["Jane Roe", HEAD, EN], ["body", "body", "body"], 0)
    assert not tag_over_captions(["Rescue goes on", CAPTION, HEAD], kinds, 0)  # lower case


# --- an agency's bare name under the headline -------------------------------------------------

ZH_HEAD = "示例市大桥计划获得批准"
ZH_LEAD = "示例市议会周二经过长时间辩论后批准了大桥建设计划，工程将于明年春天开工。"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("新华社", "新华社"), ("新華社", "新華社"), ("共同通信", "共同通信")],
)
def test_an_agency_alone_under_the_headline_credits_the_story(line: str, outlet: str) -> None:
    assert agency_line([ZH_HEAD, line, ZH_LEAD]) == outlet


@pytest.mark.parametrize(
    "paragraphs",
    [
        [ZH_HEAD, "出版社", ZH_LEAD],  # a word ending in 社 that is no agency
        [ZH_HEAD, ZH_LEAD, "新华社"],  # after the story began
        [CAPTION, "新华社", ZH_LEAD],  # under a picture's caption: the picture's agency
        ["示例市大桥工地。新华社记者张三摄", "新华社", ZH_LEAD],
        ["示例市大桥工地的工人。(新华社图)", "新华社", ZH_LEAD],
        [HEAD, "Reuters", EN],  # a Latin page's bare wire line: often its picture's credit
        [ZH_HEAD, "新华社报道说大桥将于明年开工", ZH_LEAD],  # a sentence naming it
    ],
)
def test_an_agency_name_elsewhere_credits_nothing(paragraphs: list[str]) -> None:
    assert agency_line(paragraphs) is None


# --- a Korean byline of house and desk --------------------------------------------------------

KO_LEAD = "예시시 의회가 화요일 긴 토론 끝에 다리 공사 계획을 승인했다. 공사는 내년 봄에 시작된다."


@pytest.mark.parametrize(
    "line", [f"[예시뉴스=사회부] {KO_LEAD}", f"[예시뉴스 = 온라인뉴스팀] {KO_LEAD}"]
)
def test_a_house_and_desk_byline_names_the_house(line: str) -> None:
    caption = "다리 공사 현장. ⓒ 예시방송"  # a picture's credit over it names no outlet
    assert find_source(["다리 공사 현장. ⓒ 예시방송", "▲ 다리 공사", line]) == "예시뉴스"
    assert desk_byline([caption, line]) == "예시뉴스"


@pytest.mark.parametrize(
    "line",
    [
        f"[서울=예시뉴스] {KO_LEAD}",  # a place and an agency: no desk
        f"[워싱턴=홍길동 특파원] {KO_LEAD}",  # a place and a correspondent
        f"(로이터=예시통신) {KO_LEAD}",  # a picture's agency and its carrier
        f"어제 [예시뉴스=사회부] {KO_LEAD}",  # not opening the paragraph
    ],
)
def test_a_bracket_with_no_desk_is_no_desk_byline(line: str) -> None:
    assert desk_byline([line]) is None

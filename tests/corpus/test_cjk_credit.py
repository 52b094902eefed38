"""A Chinese paper's own signature names the outlet; a citation of another does not
(briefing.corpus.cjk_credit). Every line is written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.cjk_credit import (
    bracket_credit,
    bracket_date,
    japanese_wire,
    reporter_outlet,
    text_credit,
)

BODY = (
    "当地时间3月14日，示例市遭遇连续强降雨，三个山区村庄的道路被洪水冲毁，交通全部中断。"
    "救援人员乘坐直升机抵达村庄，为留守的村民送去食品、饮用水和药品。"
)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("示例新闻记者 张三", "示例新闻"),
        ("示例日报记者 张三 李四", "示例日报"),
        ("示例日报驻巴黎特约记者 王五", "示例日报"),
        ("示例晚报首席记者  欧阳小明", "示例晚报"),
    ],
)
def test_a_reporters_byline_names_the_paper(line: str, outlet: str) -> None:
    assert reporter_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 张三",  # "this paper's reporter": no name
        "实习记者 张三",  # a rank, not a paper
        "摄影记者 李四",
        "示例社记者看到救援车辆",  # a sentence about another outlet's reporter
        "据示例社记者 张三",  # a citation
        "示例社记者 张三报道称，救援人员已经抵达现场并开始转移村民。",  # a sentence
        "记者 张三",  # no paper named
    ],
)
def test_look_alikes_of_a_byline_name_no_paper(line: str) -> None:
    assert reporter_outlet(line) is None


def test_a_bracketed_credit_opening_the_story_names_the_paper() -> None:
    assert bracket_credit("[示例日报综合报道]" + BODY) == ("示例日报", len("[示例日报综合报道]"))
    assert bracket_credit("【示例晚报讯】" + BODY) == ("示例晚报", len("【示例晚报讯】"))


@pytest.mark.parametrize(
    "text",
    [
        "【本报讯】" + BODY,  # "this paper's news"
        "[据示例社报道]" + BODY,  # a citation in brackets
        "据示例社报道，" + BODY,  # a citation
        BODY + "[示例日报综合报道]",  # not opening the story
        "[图片]" + BODY,
    ],
)
def test_look_alikes_of_a_bracketed_credit_name_no_paper(text: str) -> None:
    assert bracket_credit(text) is None


def test_an_article_signed_by_its_reporter_has_that_outlet(tmp_path: Path) -> None:
    text = "示例市强降雨致三个山区村庄交通中断\n\n示例新闻记者 张三\n\n据示例社报道，" + BODY
    assert read(tmp_path, text).source == "示例新闻"


def test_a_citation_alone_names_no_outlet(tmp_path: Path) -> None:
    text = (
        "示例市强降雨致三个山区村庄交通中断\n\n据示例社报道，" + BODY + "\n\n示例社记者看到救援车辆"
    )
    assert read(tmp_path, text).source is None


def test_the_bracketed_credit_is_the_outlet_and_stays_out_of_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, "[示例日报综合报道]" + BODY)
    assert article.source == "示例日报"
    assert article.title is not None and not article.title.startswith("[")


def test_an_editions_city_after_the_papers_name_is_no_part_of_it() -> None:
    # "【示例报纽约讯】": the paper's New York edition; the paper is 示例报, never "示例报纽约".
    assert bracket_credit("【示例报纽约讯】" + BODY) == ("示例报", len("【示例报纽约讯】"))
    assert bracket_credit("【示例社台北讯】" + BODY) == ("示例社", len("【示例社台北讯】"))


def test_a_bracketed_credit_with_its_day_names_the_station_and_dates_the_story(
    tmp_path: Path,
) -> None:
    credit = "【示例台北京時間2031年03月14日訊】"
    assert bracket_credit(credit + BODY) == ("示例台", len(credit))
    stated = bracket_date(credit + BODY)
    assert stated is not None and stated.value() == dt.date(2031, 3, 14)
    article = read(tmp_path, "示例市強降雨致三個山區村莊交通中斷\n\n" + credit + BODY)
    assert article.source == "示例台"
    assert article.date == dt.date(2031, 3, 14)


def test_a_day_without_its_year_in_the_credit_dates_nothing() -> None:
    assert bracket_date("【示例台3月14日訊】" + BODY) is None
    assert bracket_date("【示例晚报讯】" + BODY) is None


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("【ワシントン時事】米国の例示市で14日、大雨による洪水が発生した。", "Jiji Press"),
        ("【北京共同】例示省で14日、大雨による洪水が発生した。", "Kyodo News"),
        # a foreign agency's story its Japanese carrier signs: the writer is the outlet
        ("【AFP=時事】例示国の最高裁は14日、選挙を無効とした。", "Agence France-Presse"),
        ("【ワシントンAP＝共同】例示市で14日、洪水が発生した。", "The Associated Press"),
        # a foreign agency's own Japanese service: the story's month and day, its initials
        ("【5月3日 AFP】例示市で3日、洪水が発生した。", "Agence France-Presse"),
        ("【11月14日 AP】(更新)例示市で14日、洪水が発生した。", "The Associated Press"),
    ],
)
def test_a_japanese_wire_dateline_names_the_agency(text: str, wire: str) -> None:
    assert japanese_wire(text) == wire


@pytest.mark.parametrize(
    "text",
    [
        "時事通信によると、例示市で14日、大雨による洪水が発生した。",  # a citation
        "【時事】例示市で14日、洪水が発生した。",  # no bureau city
        "例示市は共同で対策を進めると発表した。",  # 共同 "jointly", a word
        "【两岸共同】示例市今天举行会议，讨论防洪工作。",  # Chinese: no kana, 共同 is a word
        "【EX=時事】例示市で14日、洪水が発生した。",  # initials of no known agency
        "【AFP=時事】示例市今天举行会议，讨论防洪工作。",  # no kana after it
        "例示市で14日、洪水が発生した。【AFP=時事】",  # not opening the paragraph
        "【AFP=例示】例示市で14日、洪水が発生した。",  # no Japanese carrier after the sign
        "【5月3日 EXQ】例示市で3日、洪水が発生した。",  # a dated label of no known agency
        "【5月3日 AFP】示例市今天举行会议，讨论防洪工作。",  # no kana after it
        "【5月3日】例示市で3日、洪水が発生した。",  # a day alone
        "例示市で3日、洪水が発生した。【5月3日 AFP】",  # not opening the paragraph
    ],
)
def test_look_alikes_of_a_japanese_wire_dateline_name_no_agency(text: str) -> None:
    assert japanese_wire(text) is None


def test_a_sites_news_flash_credit_names_the_site_not_a_cut_word() -> None:
    # 快讯 ("news flash") is one word: the site is 示例网, never "示例网快".
    assert bracket_credit("[示例网快讯]" + BODY) == ("示例网", len("[示例网快讯]"))
    assert bracket_credit("【示例報快訊】" + BODY) == ("示例報", len("【示例報快訊】"))


@pytest.mark.parametrize(
    "text",
    [
        "[突发快讯]" + BODY,  # "breaking news flash": a label, no outlet word ends a name
        "【示例快讯】" + BODY,  # no outlet word before 快讯: the name's end is not shown
        "【本网快讯】" + BODY,  # "this site's news flash"
    ],
)
def test_look_alikes_of_a_news_flash_credit_name_no_outlet(text: str) -> None:
    assert bracket_credit(text) is None


def test_a_round_bracket_credit_with_its_reporter_names_the_paper(tmp_path: Path) -> None:
    credit = "(示例英文新聞/張三 綜合報導)"
    assert bracket_credit(credit + BODY) == ("示例英文新聞", len(credit))
    two = "（示例報／李四、王五 報導）"
    assert bracket_credit(two + BODY) == ("示例報", len(two))
    article = read(tmp_path, "示例市強降雨致三個山區村莊交通中斷\n\n" + credit + BODY)
    assert article.source == "示例英文新聞"


@pytest.mark.parametrize(
    "text",
    [
        "(圖/示例社)" + BODY,  # a photo's credit
        "(示例/張三 綜合報導)" + BODY,  # no outlet word ends the name
        "(本報/張三 綜合報導)" + BODY,  # "this paper"
        "(示例社/台北6日電)" + BODY,  # a wire dateline, not this shape
        BODY + "(示例新聞/張三 綜合報導)",  # not opening the story
    ],
)
def test_look_alikes_of_a_round_bracket_credit_name_no_paper(text: str) -> None:
    assert bracket_credit(text) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("文/示例社", "示例社"),
        ("文／示例報", "示例報"),
        ("文、圖/示例新聞", "示例新聞"),
        ("文字 / 示例電台", "示例電台"),
    ],
)
def test_a_text_credit_names_the_house(line: str, outlet: str) -> None:
    assert text_credit(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "圖/示例社",  # a picture's credit
        "攝影/示例社",  # a photographer's
        "文/張三",  # a writer
        "文/林示台",  # 台 alone ends given names too
        "文/記者張示社",  # a reporter, whatever the name ends in
        "文/本報",  # "this paper"
        "文/示例社 " + BODY,  # not a line of its own
    ],
)
def test_look_alikes_of_a_text_credit_name_no_house(line: str) -> None:
    assert text_credit(line) is None


def test_a_text_credit_under_a_photo_credit_is_the_outlet(tmp_path: Path) -> None:
    text = "▲示例市的道路被洪水冲毁。(圖/示例通訊社)\n\n\n\n文/示例社\n\n" + BODY
    assert read(tmp_path, text).source == "示例社"


def test_a_writers_text_credit_and_a_photo_credit_give_no_outlet(tmp_path: Path) -> None:
    text = "▲示例市的道路被洪水冲毁。(圖/示例社)\n\n文/張三\n\n據示例社報導，" + BODY
    assert read(tmp_path, text).source is None


def test_a_carried_wire_story_is_the_writers_not_its_photo_credits(tmp_path: Path) -> None:
    # the caption's credit names a picture's agency and a portal; the dateline names the writer
    text = (
        "例示国の最高裁の判事(2031年3月14日撮影)。(c)EXPIC=時事/例示ニュース\n\n"
        "【AFP=時事】例示国の最高裁判所は14日、大統領選挙の結果を無効と判断した。\n\n"
        "判事は「選挙は憲法に従って実施されなかった」と述べた。"
    )
    assert read(tmp_path, text).source == "Agence France-Presse"


def test_a_dated_wire_bracket_names_the_agency_and_dates_nothing(tmp_path: Path) -> None:
    """The story is cut off before any closing credit: the bracket alone names the agency,
    and its month and day without a year date nothing."""
    text = (
        "【5月3日 AFP】(更新)例示国の例示市で3日、大雨による洪水が発生し、住民らが避難した。"
        "警察は同日、救助活動を続けていると発表した。\n\n"
        "例示市の市長は、テレビで「全力で救助に当たる」と述べた。また"
    )
    article = read(tmp_path, text)
    assert article.source == "Agence France-Presse"
    assert article.date is None

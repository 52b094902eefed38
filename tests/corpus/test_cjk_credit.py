"""A Chinese paper's own signature names the outlet; a citation of another does not
(briefing.corpus.cjk_credit). Every line is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.cjk_credit import bracket_credit, reporter_outlet

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

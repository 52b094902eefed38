"""Page lines that hold the date, the outlet or no headline, found by the blind look at an
explosion's packet (bmeta82):

- a month label with the page's full stamp after it on one line (``date 2031-03
  2031-03-14 04:10:27``): the stamp's day wins when it falls in the label's month
  (:func:`briefing.corpus.label_dateline.stamp_after_label`);
- a widget's label glued to itself (``QR codeQR code``) and a Chinese trail with its signs lost
  (``示例网 正文``) are never the headline (:mod:`briefing.corpus.never_headline`);
- the outlet: a house's capital tag and a dash opening the lead (:mod:`.house_dash`), a byline
  of reporters closed by the house's initials (:mod:`.people_byline`), a Korean wire's
  dateline over a short lead of one sentence (:mod:`.korean_dateline`), "со ссылкой на Y
  сообщает X." (:mod:`.selfref`), a "read this article on X" line (:mod:`.carried_credit`),
  the page's own logo alone at its top (:mod:`.logo_alone`);

Every text is written for the test; each rule has look-alikes that must stay silent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import EN, FR, read

from briefing.corpus.carried_credit import read_on_outlet
from briefing.corpus.house_dash import house_dash_lead
from briefing.corpus.korean_dateline import korean_dateline_agency
from briefing.corpus.logo_alone import logo_alone_outlet
from briefing.corpus.never_headline import never_headline
from briefing.corpus.people_byline import people_byline_outlet
from briefing.corpus.selfref import self_reference

_ZH = (
    "示例市议会13日批准了新石桥的建设计划。市长表示,大桥将在两年内建成,居民们对此表示欢迎。"
    "工程预计耗资三亿元,由市政府和省政府共同承担。"
)

# --- a stamp after the month label on its line ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"date 2031-03 2031-03-14 04:10:27\n\n{_ZH}\n\n{_ZH}\n",
        f"date 2031-03 2031-03-14 04:10\n\n{EN}\n\n{EN}\n",
    ],
)
def test_a_stamp_of_the_labels_month_after_it_gives_the_day(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 14) and article.date_precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        f"date 2031-03 2031-04-14 04:10:27\n\n{_ZH}\n\n{_ZH}\n",  # another month: disagrees
        f"date 2031-03 2031-03-14 was the day the {EN}\n\n{EN}\n",  # a sentence, no stamp
    ],
)
def test_a_stamp_of_another_month_or_a_sentence_after_the_label_lends_no_day(
    tmp_path: Path, text: str
) -> None:
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"


# --- lines that are never the headline -----------------------------------------------------


@pytest.mark.parametrize(
    "line", ["QR codeQR code", "FollowFollow", "示例网 正文", "首页 国际 正文"]
)
def test_a_glued_widget_or_a_bare_trail_is_never_a_headline(line: str) -> None:
    assert never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council backs the bridge. Council backs the bridge.",  # said twice, a space between
        "市议会公布新桥建设报告正文",  # a headline ending in the word, glued to it
        "Council backs the new stone bridge",
    ],
)
def test_a_headline_said_twice_or_ending_in_the_word_stays(line: str) -> None:
    assert not never_headline(line)


def test_the_headline_under_a_glued_widget_is_taken(tmp_path: Path) -> None:
    text = f"QR codeQR code\n\nCouncil backs the new stone bridge\n\n{EN}\n\n{EN}\n"
    assert read(tmp_path, text).title == "Council backs the new stone bridge"


# --- a house's tag and a dash opening the lead ---------------------------------------------

_LEAD_FR = (
    "Une double explosion a secoué le port de la ville mardi soir, faisant de nombreux "
    "blessés selon les premiers bilans des secours sur place."
)


def test_a_capital_tag_and_a_dash_opening_the_lead_names_the_house() -> None:
    assert house_dash_lead(["Exampleton", f"EXANEWS- {_LEAD_FR}", FR]) == "EXANEWS"
    assert house_dash_lead(["Headline of the day", f"XQV - {EN}", EN]) == "XQV"


@pytest.mark.parametrize(
    "lead",
    [
        f"LONDON - {EN}",  # a city
        f"UPDATE - {EN}",  # a kicker, a word
        f"FRANCE - {_LEAD_FR}",  # a country
        f"XQV - {EN} XQV said so.",  # named again: no tag of the house
        "XQV - Council backs the bridge",  # no sentence after it
    ],
)
def test_a_place_a_word_or_a_name_said_again_is_no_house_tag(lead: str) -> None:
    assert house_dash_lead([lead, EN]) is None


# --- a byline closed by the house's initials -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "house"),
    [
        ("By Jane Roe and John Doe, EXN", "EXN"),
        ("By Jane Roe, Mary Major, Peter Pan and John Doe, EXN", "EXN"),
        ("By Jane Roe, AP", "AP"),
    ],
)
def test_a_byline_of_people_closed_by_initials_names_the_house(line: str, house: str) -> None:
    assert people_byline_outlet(line) == house


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Senior Editor",
        "By Jane Roe, PARIS",
        "By Jane Roe, USA",
        "By Jane Roe, CEO",
        "By Jane Roe, MD",
        "By Example Desk Staff, EXN",  # no person opens it
    ],
)
def test_a_title_a_place_or_a_word_after_the_byline_is_no_house(line: str) -> None:
    assert people_byline_outlet(line) is None


# --- a Korean wire's dateline over a short lead ---------------------------------------------

_KO_SHORT = "예시시 의회가 13일 오후 새 돌다리 건설 계획을 최종 승인했다고 시 관계자가 밝혔다."
_KO_STORY = (
    "시장은 다리가 2년 안에 완공될 것이라고 말했으며 주민들은 오랜 기다림 끝에 환영의 뜻을 "
    "나타냈다고 시 관계자가 전했다."
)


def test_a_korean_dateline_over_a_short_lead_and_the_story_names_the_agency() -> None:
    lines = ["예시 바로가기", f"(서울=예시뉴스) 홍길동 특파원 = {_KO_SHORT}", _KO_STORY]
    assert korean_dateline_agency(lines) == "예시뉴스"


@pytest.mark.parametrize(
    "below",
    [
        [],  # nothing under it: a caption alone
        ["관련 기사"],  # a widget, no story
    ],
)
def test_a_short_dateline_line_with_no_story_under_it_names_no_agency(below: list[str]) -> None:
    assert korean_dateline_agency([f"(서울=예시뉴스) 홍길동 기자 = {_KO_SHORT}", *below]) is None


# --- "со ссылкой на Y сообщает X." ---------------------------------------------------------


def test_the_house_reporting_after_its_citation_is_the_outlet() -> None:
    assert self_reference("Об этом со ссылкой на Пример Ньюс сообщает ЭКС.") == "ЭКС"
    assert self_reference("Про це з посиланням на Приклад повідомляє ЕКС.") == "ЕКС"


@pytest.mark.parametrize(
    "text",
    [
        "Об этом со ссылкой на министерство сообщает Reuters.",  # a known wire: relayed
        "Об этом со ссылкой на Пример сообщает ЭКС, добавив подробности.",  # no closing name
        "Об этом сообщает ЭКС.",  # the bare formula
    ],
)
def test_a_relayed_wire_or_a_bare_formula_is_no_self_reference(text: str) -> None:
    assert self_reference(text) is None


# --- "read this article on X" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "house"),
    [("この記事をExanewsで読む", "Exanews"), ("Read this article on Exa News", "Exa News")],
)
def test_a_read_this_article_on_line_names_the_house(line: str, house: str) -> None:
    assert read_on_outlet([EN, line, EN]) == house


@pytest.mark.parametrize(
    "line",
    ["この記事を読む", "彼はこの記事をExanewsで読むと言った。", "read this article on the train"],
)
def test_the_phrase_without_a_name_or_in_a_sentence_names_no_house(line: str) -> None:
    assert read_on_outlet([EN, line, EN]) is None


# --- the page's own logo alone -------------------------------------------------------------


@pytest.mark.parametrize("line", ["Exanews Logo", "Exanews 로고", "Exanewsのロゴ"])
def test_the_logo_alone_at_the_top_names_the_house(line: str) -> None:
    assert logo_alone_outlet(["AD", line, "Council backs the bridge", EN]) == "Exanews"


@pytest.mark.parametrize(
    "lines",
    [
        ["Facebook Logo", "Council backs the bridge", EN],  # a platform the lists know
        ["exa-logo", "Council backs the bridge", EN],  # a file's name
        ["Council backs the bridge", EN, EN, "Exanews Logo"],  # further down
    ],
)
def test_a_known_name_a_file_or_a_logo_further_down_names_no_house(lines: list[str]) -> None:
    assert logo_alone_outlet(lines) is None

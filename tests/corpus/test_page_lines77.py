"""Page lines that gave a town as the outlet or a page's line as the title (bmeta77):

- a page title ``Headline | Site | Town, ST``: the town is dropped, the site read
  (:mod:`briefing.corpus.title_place`);
- a keyword line by the stamp that the headline contains is no second headline
  (:mod:`briefing.corpus.keyword_line`);
- a Korean news team's credit with its address names the house
  (:mod:`briefing.corpus.team_credit`);
- a line of quoted tags is never the title (:mod:`briefing.corpus.tag_line`);
- an app's banner over its share widget is never the title, and names no outlet
  (:mod:`briefing.corpus.share_banner`).

Every text is written for the test; each rule has look-alikes that must stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, read

from briefing.corpus.keyword_line import within_headline
from briefing.corpus.share_banner import is_share_widget
from briefing.corpus.tag_line import is_tag_line
from briefing.corpus.team_credit import team_credit
from briefing.corpus.title_place import drop_place

_KO = (
    "예시시 의회는 13일 오후 새 돌다리 건설 계획을 승인했다고 밝혔다. 시장은 다리가 2년 안에 "
    "완공될 것이라고 말했으며 주민들은 오랜 기다림 끝에 환영의 뜻을 나타냈다."
)
_ZH = "示例市议会13日批准了新桥建设计划,市长表示大桥将在两年内完工,居民对此表示欢迎。"

# --- a town after the site in a page title ---------------------------------------------


@pytest.mark.parametrize("place", ["Exampleton, MS", "Exampleton, Miss.", "Exampleton, Ohio"])
def test_a_town_after_the_site_is_no_outlet_and_leaves_the_title(
    tmp_path: Path, place: str
) -> None:
    text = (
        f"Council Approves New Stone Bridge | Exampleton Gazette | {place}\n\n"
        f"Council Approves New Stone Bridge\n\n{EN}\n\n{EN}\n"
    )
    article = read(tmp_path, text)
    assert article.title == "Council Approves New Stone Bridge"
    assert article.source == "Exampleton Gazette"


def test_the_site_still_wins_over_a_wire_dateline_under_the_page_title(tmp_path: Path) -> None:
    text = (
        "Council Approves New Stone Bridge | Exampleton Gazette | Exampleton, MS\n\n"
        f"EXAMPLETON, Miss. (AP) — {EN}\n\n{EN}\n"
    )
    article = read(tmp_path, text)
    assert article.title == "Council Approves New Stone Bridge"
    assert article.source == "Exampleton Gazette"


@pytest.mark.parametrize(
    "title",
    [
        "Council Approves New Stone Bridge | Exampleton Gazette",  # no place at all
        "Council Approves Bridge | Rain, Wind",  # "Wind" is no region
        "Rain, Wind Hit Coast, MS",  # a headline's own commas, no bar
        "Bridge | Exampleton, MS",  # too little left before the place
    ],
)
def test_a_title_without_a_place_after_a_bar_is_unchanged(title: str) -> None:
    assert drop_place(title) == (title, None)


def test_a_place_after_a_bar_is_cut_off() -> None:
    assert drop_place("Council Approves Bridge | Example Post | Springfield, N.Y.") == (
        "Council Approves Bridge | Example Post",
        "Springfield, N.Y.",
    )


# --- a keyword line by the stamp ---------------------------------------------------------

_HEADLINE = "예시시의회 새돌다리 건설 계획 승인…주민들 환영"


def test_a_keyword_line_under_the_stamp_does_not_replace_the_headline(tmp_path: Path) -> None:
    text = (
        f"{_HEADLINE}\n\n입력 2031-03-14 15:26\n수정 2031-03-14 15:28\n\n새 돌다리 건설\n\n"
        f"{_KO}\n\n{_KO}\n"
    )
    assert read(tmp_path, text).title == _HEADLINE


@pytest.mark.parametrize(
    ("line", "headline", "within"),
    [
        ("새 돌다리 건설", _HEADLINE, True),
        ("Stone bridge", "Council approves new Stonebridge plan", True),
        ("Ferry rescue ends", "Council approves new stone bridge", False),  # words of its own
        ("Council approves new stone bridge", "Council approves new stone bridge", False),
        ("a", "a bridge", False),  # too short to tell
    ],
)
def test_within_headline(line: str, headline: str, within: bool) -> None:
    assert within_headline(line, headline) is within


# --- a Korean news team's credit ---------------------------------------------------------


def test_a_news_teams_credit_with_its_address_names_the_house(tmp_path: Path) -> None:
    text = f"{_HEADLINE}\n\n{_KO}\n\n{_KO}\n\n예시닷컴 뉴스팀 news@example.kr\n"
    assert read(tmp_path, text).source == "예시닷컴"


@pytest.mark.parametrize(
    "line",
    [
        "온라인 뉴스팀 news@example.kr",  # "online": a desk of any house
        "사회부 뉴스팀 news@example.kr",  # a department
        "예시닷컴 뉴스팀",  # no address
        "구조팀은 예시닷컴 news@example.kr 로 연락했다",  # running text
    ],
)
def test_a_team_without_a_house_or_an_address_names_no_one(line: str) -> None:
    assert team_credit([_HEADLINE, _KO, _KO, line]) is None


# --- a line of quoted tags ----------------------------------------------------------------


def test_a_line_of_quoted_tags_is_never_the_title(tmp_path: Path) -> None:
    text = f"'예시시' '돌다리' '예시시 의회' '건설 계획'\n{_KO}\n{_KO}\n"
    article = read(tmp_path, text)
    assert article.provenance["title"] == "fallback"
    assert "'돌다리'" not in (article.title or "")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("'예시시' '돌다리' '건설 계획'", True),
        ("“Bridge” “Council” “Vote”", True),
        ("'예시시' 돌다리 건설 계획 승인", False),  # a headline quoting one word
        ('"Yes" "No"', False),  # two items only
        ("'Bridge' 'Council' and 'Vote' approved", False),  # words outside the quotes
    ],
)
def test_is_tag_line(text: str, tags: bool) -> None:
    assert is_tag_line(text) is tags


# --- an app's banner over its share widget -----------------------------------------------


def test_an_apps_banner_over_its_share_widget_is_no_title_and_no_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"示例新闻\n—分享—\n{_ZH}\n{_ZH}\n")
    assert article.provenance["title"] == "fallback"
    assert article.title != "示例新闻"
    assert article.source is None


def test_a_headline_over_a_share_widget_stays_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"示例市议会批准新桥建设计划\n—分享—\n{_ZH}\n{_ZH}\n")
    assert article.title == "示例市议会批准新桥建设计划"


@pytest.mark.parametrize(
    ("text", "widget"),
    [
        ("—分享—", True),
        ("Partager sur", True),
        ("| 공유하기 |", True),
        ("Share prices rose", False),  # news, not a button
    ],
)
def test_is_share_widget(text: str, widget: bool) -> None:
    assert is_share_widget(text) is widget

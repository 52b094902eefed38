"""Page lines that hold the date or the headline, found by a blind look (bpage73):

- a month label over a wire dateline of the same month (``date 2031-03`` /
  ``EXAMPLETON, 14 марта. /Корр. …/.``): the day from the dateline, the year from the label
  (:mod:`briefing.corpus.label_dateline`);
- a stamp whose label word runs into its date (``Sent2031-03-14 01:19``;
  :mod:`briefing.corpus.glued_label`);
- the house's name before its skip links on one line, and the page's header between the skip
  links and the headline over its stamp (:mod:`briefing.corpus.skip_links`,
  :mod:`briefing.corpus.skip_header`);
- a series tag in square brackets glued to the headline, and a straight quote with a space
  after it, which opens nothing (:mod:`briefing.corpus.headline_shape`,
  :func:`briefing.corpus.kickers.quoted_kicker_end`).

Every text is written for the test; each rule has look-alikes that must stay silent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import EN, RU, read

from briefing.corpus.glued_label import glued_date_start
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.kickers import quoted_kicker_end
from briefing.corpus.labels import read_label
from briefing.corpus.skip_links import is_named_skip_run

_KO = (
    "예시시 의회는 13일 오후 새 돌다리 건설 계획을 승인했다고 밝혔다. 시장은 다리가 2년 안에 "
    "완공될 것이라고 말했으며 주민들은 오랜 기다림 끝에 환영의 뜻을 나타냈다."
)
_KO_LEAD = f"(서울=예시뉴스) 홍길동 기자 = {_KO}"
_KO_HEADLINE = "예시시 의회 새 돌다리 건설 계획 승인"

# --- a month label and the dateline under it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"date 2031-03\n\nЭКСАМПЛЬ, 14 марта. /Корр. EXA Иван Петров/. {RU}\n\n{RU}\n",
        f"date 2031-03 ЭКСАМПЛЬ, 14 марта. /Корр. EXA Иван Петров/. {RU}\n\n{RU}\n",
        f"date 2031-03\n\nEXAMPLETON, March 14 (EXA) - {EN}\n\n{EN}\n",
        f"date 2031-03\n\nEXAMPLETON, March 14, 2031 (EXA) - {EN}\n\n{EN}\n",
    ],
)
def test_a_dateline_under_a_month_label_of_its_month_gives_the_day(
    tmp_path: Path, text: str
) -> None:
    article = read(tmp_path, text)
    assert article.date == dt.date(2031, 3, 14) and article.date_precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        # another month: the label and the dateline disagree
        f"date 2031-04\n\nЭКСАМПЛЬ, 14 марта. /Корр. EXA Иван Петров/. {RU}\n\n{RU}\n",
        # another year stated in the dateline
        f"date 2031-03\n\nEXAMPLETON, March 14, 2030 (EXA) - {EN}\n\n{EN}\n",
        # a place and a date inside the story, not its first paragraph
        f"date 2031-03\n\n{EN}\n\nEXAMPLETON, March 14 (EXA) - {EN}\n",
        # a date in the lead's sentence, no dateline
        f"date 2031-03\n\nOn March 14 the council met again. {EN}\n\n{EN}\n",
    ],
)
def test_no_day_from_a_dateline_the_label_does_not_own(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, text)
    label = dt.date(2031, int(text[10:12]), 1)
    assert article.date == label and article.date_precision == "month"


# --- a label run into its date -------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["송고시간2031-03-14 01:19", "Sent2031-03-14 01:19", "Posted2031.03.14", "Am2031/03/14"]
)
def test_a_label_word_run_into_its_date_is_a_stamp(line: str) -> None:
    assert glued_date_start(line) is not None
    label = read_label(line)
    assert label is not None and label.date.value() == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Report2031-03-14 shows the council voted for the bridge",  # a headline goes on
        "Version2031.1.2",  # a version, no two-digit month and day
        "Pi3.14",
        "Model2031-03.14 01:19",  # two separators
    ],
)
def test_look_alikes_of_a_glued_stamp_are_no_label(line: str) -> None:
    assert read_label(line) is None


def test_a_glued_stamp_dates_the_article(tmp_path: Path) -> None:
    article = read(tmp_path, f"{_KO_HEADLINE}\n\n송고시간2031-03-14 01:19\n\n{_KO_LEAD}\n\n{_KO}\n")
    assert article.date == dt.date(2031, 3, 14)
    assert article.title == _KO_HEADLINE


# --- skip links with the house's name, and the header under them ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "예시뉴스 본문 바로가기 메뉴 바로가기",
        "Example News Skip to content Skip to navigation",
        "Beispiel Zum Inhalt springen Zur Navigation springen",
    ],
)
def test_a_name_before_two_skip_links_is_a_run_of_them(line: str) -> None:
    assert is_named_skip_run(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fragen zum Inhalt",  # one phrase after a word: a sentence's
        "Example News Skip to content",  # one skip link only
        "Example 2031 Skip to content Skip to menu",  # a number is no name
        "The council will vote today Skip to content Skip to menu",  # more than a name
        "본문 바로가기 메뉴 바로가기",  # no name: a plain run, read as before
    ],
)
def test_look_alikes_of_a_named_skip_run(line: str) -> None:
    assert not is_named_skip_run(line)


def test_the_header_between_skip_links_and_the_stamped_headline_is_no_title(
    tmp_path: Path,
) -> None:
    text = (
        "예시뉴스 본문 바로가기 메뉴 바로가기\n\n예시뉴스 최신기사\n\n뉴스 검색어 입력 양식\n\n"
        f"{_KO_HEADLINE}\n\n송고시간2031-03-14 01:19\n\n{_KO_LEAD}\n\n{_KO}\n"
    )
    article = read(tmp_path, text)
    assert article.title == _KO_HEADLINE
    assert article.date == dt.date(2031, 3, 14)
    kinds = [p.kind for p in article.paragraphs[:3]]
    assert kinds == ["boilerplate", "boilerplate", "boilerplate"]


def test_an_english_header_under_skip_links_is_no_title(tmp_path: Path) -> None:
    headline = "Council approves the new stone bridge"
    text = (
        "Skip to main content\n\nExample Times Latest\n\nSearch this site now\n\n"
        f"{headline}\n\nPublished 2031-03-14 01:19\n\n{EN}\n\n{EN}\n"
    )
    article = read(tmp_path, text)
    assert article.title == headline
    assert [p.kind for p in article.paragraphs[1:3]] == ["boilerplate", "boilerplate"]


def test_without_skip_links_the_lines_over_the_headline_stay(tmp_path: Path) -> None:
    text = (
        "예시뉴스 최신기사\n\n뉴스 검색어 입력 양식\n\n"
        f"{_KO_HEADLINE}\n\n송고시간2031-03-14 01:19\n\n{_KO_LEAD}\n"
    )
    article = read(tmp_path, text)
    assert "boilerplate" not in [p.kind for p in article.paragraphs[:2]]


def test_a_header_line_that_tells_the_story_better_than_the_stamped_line_stays(
    tmp_path: Path,
) -> None:
    # the line over the stamp shares fewer words with the lead than the line above it: it is
    # the headline's dek or a kicker, and the line above is no menu
    text = (
        "Skip to main content\n\nCouncil approves new bridge plan\n\nAn update for readers\n\n"
        f"Published 2031-03-14 01:19\n\n{EN}\n\n{EN}\n"
    )
    article = read(tmp_path, text)
    assert article.paragraphs[1].kind != "boilerplate"


def test_a_headline_set_twice_over_its_stamp_is_not_marked(tmp_path: Path) -> None:
    text = (
        "본문 바로가기 메뉴 바로가기\n\n세계\n\n"
        f"{_KO_HEADLINE}\n\n{_KO_HEADLINE}\n\n입력 2031-03-14 05:54\n\n{_KO}\n\n{_KO}\n"
    )
    article = read(tmp_path, text)
    assert article.title == _KO_HEADLINE
    assert article.paragraphs[2].kind == "title"


# --- a series tag and a loose straight quote ----------------------------------------------

_TAGGED = '[예시 사건]英정부" 세계 해킹에 병원 20% 마비..복구중"'


def test_a_series_tag_glued_to_a_headline_stays_with_it(tmp_path: Path) -> None:
    article = read(tmp_path, f"{_TAGGED}\n\n등록 2031.03.14 07:00:20\n\n{_KO_LEAD}\n\n{_KO}\n")
    assert article.title == _TAGGED
    assert article.date == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        _TAGGED,
        "[예시 사건]英정부 세계 해킹에 병원 마비",
        "[Storm watch]Ports close along the coast",
    ],
)
def test_a_short_bracket_tag_opens_a_headline(line: str) -> None:
    assert headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Updated with comment) ports close",  # round brackets keep one word, then a space
        "[Updated with a new comment]Ports close along the coast",  # three words: a note
        "[예시 사건]영국 정부는 병원 전산망이 복구되고 있다고 밝혔다.",  # a sentence
    ],
)
def test_look_alikes_of_a_bracket_tag_are_no_headline(line: str) -> None:
    assert not headline_shaped(line)


def test_a_straight_quote_with_a_space_after_it_opens_no_quoted_headline() -> None:
    assert quoted_kicker_end(_TAGGED) is None
    assert quoted_kicker_end('Example Bank buys Rival" this is the safest way"') is None
    # an opening quote hugging its first word is still a seam of two lines
    assert quoted_kicker_end('Example Bank buys Rival"This is the safest way"') is not None
    assert quoted_kicker_end("Example Bank buys Rival«This is the safest way»") is not None

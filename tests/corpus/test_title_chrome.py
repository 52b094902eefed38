"""Page chrome is never a title, in text made up for the test: a comment counter under a
story (``Join the forum >>0 Comment(s)``), a stamp line of date, clock and outlet over it, a
Japanese wire's bracket and update note opening the lead; a Chinese story's first sentence is
its stand-in title even when a line of spaced words stands under it. Look-alikes (a headline
about comments, a headline opening with a date, a kicker in lenticular brackets) stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.comment_counter import is_comment_counter
from briefing.corpus.fallback_titles import after_dateline, fallback_lead
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.stamp_opening import opens_with_stamp
from briefing.sentences import sentences


@pytest.mark.parametrize(
    "line",
    [
        "Join the forum >>0 Comment(s)",
        "0 Comment(s)",
        "Comments (12)",
        "12 Kommentare",
        "Commentaires : 4",
        "Discuss » 4 comments",
        "Комментарии: 7",
        "3 коментарі",
        "评论(3)",
        "コメント 3件",
        "댓글 5",
        "تعليقات 8",
    ],
)
def test_a_comment_counter_is_chrome(line: str) -> None:
    assert is_comment_counter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Minister's comments draw 12 complaints",
        "Readers left 300 comments under the mayor's post",
        "Comments on the budget",
        "Kommentar: Die Lage bleibt ernst",
        "Комментарии экспертов к закону о мостах",
        "Go to the harbour by 8",
    ],
)
def test_a_line_about_comments_is_no_counter(line: str) -> None:
    assert not is_comment_counter(line)


@pytest.mark.parametrize(
    "line",
    [
        "2031年03月04日 17:41 示例日報 張三 /綜合報導",
        "2031-03-04 17:41 Jane Roe",
        "04.03.2031 17:41 | Example Post",
        "March 4, 2031 17:41 Example News",
        "2031년 3월 4일 17시 41분 홍길동 기자",
    ],
)
def test_a_line_opening_with_date_and_clock_is_a_stamp(line: str) -> None:
    assert opens_with_stamp(line)
    assert not headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "4 March 2031: the day the harbour closed",
        "2031: Harbour closes at 17:41",
        "4 March 2031 17 dead in harbour storm",
        "Storm closes harbour 2031-03-04 17:41",
        "March 4 17:41 Example",  # no year: no stamp this module reads
        # a dateline with the lead run on after it: the lead, not a stamp line
        "Exampleton, 4 March 2031, 17:41 — The council voted on Tuesday to close the old "
        "harbour for good. Ships will moor at the new quay.",
    ],
)
def test_a_headline_with_a_date_is_no_stamp(line: str) -> None:
    assert not opens_with_stamp(line)


CHINESE = (
    "据外电报道,示例市的新大桥周日正式通车,数千名市民沿着河岸观看了开通仪式。\n\n"
    "据报道,大桥全长三公里,连接城市东西两岸,建设历时四年。\n\n"
    "Join the forum >>0 Comment(s)\n"
)


def test_a_chinese_story_over_a_comment_counter_is_titled_by_its_first_sentence(
    tmp_path: Path,
) -> None:
    article = read(tmp_path, CHINESE)
    assert article.title is not None
    assert article.title.startswith("据外电报道,示例市的新大桥")
    assert article.provenance["title"] == "fallback"


def test_a_chinese_paragraph_counts_its_han_as_words() -> None:
    body = ["示例市的新大桥周日正式通车,数千名市民观看了仪式。", "Share this story now please"]
    assert fallback_lead(body) == body[0]


def test_a_stamp_line_is_neither_title_nor_lead(tmp_path: Path) -> None:
    text = (
        "2031年03月04日 17:41 示例日報 張三 /綜合報導\n\n"
        "示例市的新大橋4日正式通車,數千名市民沿著河岸觀看了開通儀式。大橋全長三公里,"
        "連接城市東西兩岸,建設歷時四年,耗資數十億元。市長在儀式上致辭,感謝工人們的辛勞。\n\n"
        "大橋通車後,兩岸之間的交通時間將縮短一半。\n"
    )
    article = read(tmp_path, text)
    assert article.title is not None
    assert article.title.startswith("示例市的新大橋")


def test_a_headline_opening_with_a_date_stays_the_title(tmp_path: Path) -> None:
    text = (
        "4 March 2031: the day the harbour closed\n\n"
        "The storm that closed the harbour on 4 March 2031 was the worst in decades. Ships "
        "stayed in port for a week, and the town counted its losses for months afterwards.\n"
    )
    assert read(tmp_path, text).title == "4 March 2031: the day the harbour closed"


@pytest.mark.parametrize(
    ("lead", "story"),
    [
        ("【ワシントン時事】米政府は3日、新しい橋の計画を発表した。", "米政府は3日"),
        ("【EXニューヨーク=山田太郎】米政府は3日、計画を発表した。", "米政府は3日"),
        ("【5月3日 AFP】(更新、写真追加)米政府は3日、計画を発表した。", "米政府は3日"),
        ("【5月3日 AFP】(一部更新)米政府は3日、計画を発表した。", "米政府は3日"),
    ],
)
def test_a_japanese_wire_bracket_opens_no_stand_in_title(lead: str, story: str) -> None:
    assert after_dateline(lead).startswith(story)


@pytest.mark.parametrize(
    "lead",
    [
        "【見逃した人へ】米政府は3日、計画を発表した。",  # a kicker, not a credit
        "【5月3日 XYZW】米政府は3日、計画を発表した。",  # no wire known by that name
        "(写真)米政府は3日、計画を発表した。",  # no update note
    ],
)
def test_a_bracket_that_is_no_wire_credit_stays(lead: str) -> None:
    assert after_dateline(lead) == lead


def test_a_point_between_a_names_parts_in_chinese_ends_no_sentence() -> None:
    text = "示例國女星安娜.史密斯19日在示例市舉行婚禮。婚禮吸引了數萬名民眾。"
    assert [s.text for s in sentences(text, "zh")] == [
        "示例國女星安娜.史密斯19日在示例市舉行婚禮。",
        "婚禮吸引了數萬名民眾。",
    ]


def test_a_point_in_a_text_without_its_own_stop_still_ends_a_sentence() -> None:
    text = "他說了.我們走了"  # "." is this text's stop: no "。" anywhere
    assert len(sentences(text, "zh")) == 2

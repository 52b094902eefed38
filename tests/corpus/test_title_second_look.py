"""Metadata shapes found missing on the blind look at a coup packet (2026-12-04), each on text
written for the test, with the look-alikes that must not be read:

- another story's headline above this one (a breaking-news ticker, a site's service label,
  in any script) is passed over when the lead shares none of its words and a later line
  restates the lead (briefing.corpus.title_choice);
- a story package's label that heads another story further down is no title;
- a numbered breadcrumb's item (``3. <headline>``) is no title;
- a publication label below a long run of menus, still above the story, dates the article
  (``Yayınlanma: …`` too), and a label below the story's start does not;
- a paragraph of Chinese prose is prose (briefing.corpus.headline_shape.is_prose).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.languages import EN, read

from briefing.corpus.headline_shape import is_prose
from briefing.corpus.title_choice import echo, heads_another_story, is_list_item, restates

LEAD = (
    "Heavy rain cut off three mountain villages on Tuesday after two rivers burst their banks. "
    "Rescue teams reached the villages by helicopter and brought food and medicine to the "
    "people who stayed behind."
)
MENU = "\n".join(f"• Section {n}" for n in range(1, 17))
ZH_LEAD = (
    "当地时间3月14日，示例市遭遇连续强降雨，三个山区村庄的道路被洪水冲毁，交通全部中断。"
    "救援人员乘坐直升机抵达村庄，为留守的村民送去食品、饮用水和药品。"
    "当地政府表示，道路抢修工作正在进行，预计本周内恢复通行。"
)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# --- another story's headline above this one ---------------------------------------------


def test_a_ticker_headline_the_lead_never_mentions_is_passed_over(tmp_path: Path) -> None:
    text = (
        "Home\nWorld\nBREAKING:\n10:08\n"
        "Holiday drivers warned about new speed cameras on motorways\n"
        "Video Gallery Photo Gallery Columnists\n"
        "1. News\n2. World\n3. Floods cut off mountain villages\n"
        "Floods cut off mountain villages\n\n" + LEAD
    )
    assert read(tmp_path, text).title == "Floods cut off mountain villages"


def test_a_witty_headline_stays_when_no_later_line_restates_the_lead(tmp_path: Path) -> None:
    text = "A bridge too far for the valley\n\n" + LEAD + "\n\n" + EN
    assert read(tmp_path, text).title == "A bridge too far for the valley"


def test_a_headline_sharing_a_word_with_its_lead_stays(tmp_path: Path) -> None:
    # the line below restates the lead more, but the first one is about the same story
    text = (
        "Rescuers reach stranded hamlets\n"
        "Three mountain villages cut off after rivers burst their banks\n\n" + LEAD
    )
    assert read(tmp_path, text).title == "Rescuers reach stranded hamlets"


def test_a_chinese_service_label_is_passed_over(tmp_path: Path) -> None:
    text = (
        "关注我们\n我们一直在努力\n当前位置:首页 > 国内 >\n"
        "示例市强降雨致三个山区村庄交通中断\n\n" + ZH_LEAD
    )
    assert read(tmp_path, text).title == "示例市强降雨致三个山区村庄交通中断"


def test_echo_counts_content_words_and_han_pairs() -> None:
    assert echo("Video Gallery Photo Gallery", LEAD) == 0.0
    assert echo("Villages cut off by rivers", LEAD) == 1.0  # "villages", "rivers"; "cut" < 4
    assert restates("示例市强降雨致三个山区村庄交通中断", ZH_LEAD)
    assert not restates("我们一直在努力", ZH_LEAD)


# --- a package's label, a breadcrumb's item ----------------------------------------------


def test_a_package_label_heading_another_story_is_no_title(tmp_path: Path) -> None:
    text = (
        "Storm Season in the North\n"
        "Rain moved north on Monday.\n"
        "River Authority Orders Evacuation of Low Districts\n"
        "On Monday the river authority ordered the evacuation of the low districts near the "
        "port as the water rose past the warning mark at dawn.\n"
        "Officials said the shelters had room for everyone who left.\n"
        "Storm Season in the North\n"
        "Farmers Count Losses After Week of Floods\n"
    )
    assert read(tmp_path, text).title == "River Authority Orders Evacuation of Low Districts"


def test_a_headline_repeated_over_its_own_lead_is_no_label() -> None:
    texts = ["Floods cut off villages", LEAD, "Share", "Floods cut off villages", LEAD]
    assert not heads_another_story(texts, 0, _norm)
    # repeated above a paragraph of prose, not above another headline
    texts = ["Floods cut off villages", LEAD, "Floods cut off villages", EN]
    assert not heads_another_story(texts, 0, _norm)
    texts = ["Storm Season", LEAD, "Storm Season", "Farmers Count Losses After Floods"]
    assert heads_another_story(texts, 0, _norm)


def test_only_a_numbered_run_is_a_breadcrumb() -> None:
    texts = ["1. News", "2. World", "3. Floods cut off villages"]
    assert is_list_item(texts, 2)
    assert is_list_item(texts, 1)
    assert not is_list_item(texts, 0)  # nothing before it: "1. FC Example wins the cup"
    assert not is_list_item(["2. World", "5. Floods cut off villages"], 1)


# --- a publication label below long menus ------------------------------------------------


def test_a_label_below_long_menus_and_above_the_story_dates_it(tmp_path: Path) -> None:
    text = MENU + "\nPublished: 14 March 2031 - 09:59\nFloods cut off mountain villages\n\n" + LEAD
    assert read(tmp_path, text).date == dt.date(2031, 3, 14)


def test_a_turkish_publication_label_dates_the_story(tmp_path: Path) -> None:
    text = (
        MENU + "\nYayınlanma: 14 Mart 2031 - 09:59\nSel köyleri ulaşımdan kesti\n\n"
        "Şiddetli yağışlar salı günü üç dağ köyünün yolunu kesti. Kurtarma ekipleri köylere "
        "helikopterle ulaştı ve geride kalan köylülere yiyecek ve ilaç götürdü, yetkililer "
        "yolların hafta içinde açılacağını söyledi."
    )
    assert read(tmp_path, text).date == dt.date(2031, 3, 14)


def test_a_label_below_the_story_start_does_not_date_it(tmp_path: Path) -> None:
    # a related story's stamp after the lead, past the first twelve paragraphs
    text = MENU + "\nFloods cut off mountain villages\n\n" + LEAD + "\nPublished: 2 May 2030\n"
    assert read(tmp_path, text).date is None


def test_a_bare_date_line_below_long_menus_does_not_date_it(tmp_path: Path) -> None:
    # no label word: a sidebar's date among the menus, weaker than a label
    text = MENU + "\n2 May 2030\nFloods cut off mountain villages\n\n" + LEAD
    assert read(tmp_path, text).date is None


# --- Chinese prose -------------------------------------------------------------------------


def test_a_paragraph_of_chinese_sentences_is_prose() -> None:
    assert is_prose(ZH_LEAD)
    assert not is_prose("示例市强降雨致三个山区村庄交通中断")  # a headline
    assert not is_prose(ZH_LEAD.split("。")[0] + "。")  # one sentence

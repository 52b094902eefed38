"""Metadata shapes a blind packet (a Moon landing, 2026-12-05) and its predecessor (a summit)
got wrong, each in text made up for the test, with the look-alikes that must not be read:

- a Japanese or Chinese text with one paragraph per line is not glued into one paragraph
  (a line of text without spaces is no "first word" that did not fit), while hard-wrapped
  lines still join;
- a Japanese wire's stamp under the story (``Example通信 2031年03月14日19時05分``) dates it;
- a Japanese wire's dateline may name its reporters after an equals sign;
- a slash glued before a wire's name closing the story (``/ATS``) signs it;
- ``© NAME / AGENCY`` is a picture's credit, not a copyright footer;
- "Об этом сообщает корреспондент X" cites another's reporter as well as the house's own;
- a caption's date is the picture's day, not the article's, unless the pictures are the
  outlet's own (an AP story's "AP Photo");
- an outlet's name in a dateline's brackets may hold digits (``Example24``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.cjk_credit import japanese_wire
from briefing.corpus.classify import classify
from briefing.corpus.closing_credit import closing_wire
from briefing.corpus.closing_stamp import closing_stamp_date
from briefing.corpus.datelines import read_dateline
from briefing.corpus.paragraphs import split_paragraphs
from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import WIRES, find_source

JA_LINES = [
    "【例市時事】例国の無人探査機「サンプル1号」が14日、例の湖への着水に成功した。"
    "着水成功は3カ国目で、例国の技術力を示したと言えそうだ。例国政府が発表した。",
    "着水したのは湖の北岸付近で、例国政府によると同地域への着水は史上初。湖の底には"
    "古い岩が存在していると考えられており、探査車が約2週間、調査などを行う。",
    "例首相は訪問先から着水を見届けた。記者団に「歴史的な日だ」と述べ、技術者らを"
    "祝福した。手に持った小さな旗を振り、笑顔を見せた。管制室は歓喜で包まれた。さらに"
    "多くの人が集まった。",
    "2月1日に南部の例港から打ち上げられ、今月5日に湖の上空に到達した。地元メディアに"
    "よれば、事業費は約70億円で、過去の例と比べても「費用対効果は高い」という。",
]
STAMP = "例通信 2031年03月14日19時05分"


def values(text: str) -> dict[str, object]:
    return classify(split_paragraphs(text)).values


def texts(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text)]


# --- one paragraph per line in Japanese -------------------------------------------------


def test_japanese_lines_without_blank_lines_stay_paragraphs() -> None:
    lines = ["1 :2031/03/15(土) 06:54:38.30 ID:abc123", *JA_LINES, STAMP, "https://example.jp/a"]
    assert texts("\n".join(lines)) == lines


def test_hard_wrapped_japanese_still_joins_without_spaces() -> None:
    prose = "".join(JA_LINES[:2])
    wrapped = [prose[i : i + 30] for i in range(0, len(prose), 30)]
    assert len(wrapped) >= 4 and not any(line.endswith("。") for line in wrapped[:-1])
    assert texts("\n".join(wrapped)) == [prose]


def test_a_wrapped_line_ending_a_sentence_starts_a_new_paragraph_after_it() -> None:
    first = "例" * 39 + "。"  # a full line that ends a sentence: the next line starts afresh
    lines = [first, "次の段落は" + "例" * 35, "例" * 40, "例" * 20]
    assert texts("\n".join(lines))[0] == first


# --- a Japanese wire's closing stamp and dateline ---------------------------------------


def test_a_japanese_wire_stamp_under_the_story_dates_it() -> None:
    lines = ["1 :2031/03/15(土) 06:54:38.30 ID:abc123", *JA_LINES, STAMP, "https://example.jp/a"]
    got = values("\n".join(lines))
    assert got["date"] == dt.date(2031, 3, 14)  # not the forum post's stamp of the 15th
    assert got["source"] == "Jiji Press"


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        (STAMP, dt.date(2031, 3, 14)),
        ("例新聞 2031年3月14日 19時05分", dt.date(2031, 3, 14)),
        ("例通信 2031年03月14日", None),  # no clock: a date in a line, not a stamp
        ("2031年03月14日19時05分に打ち上げる予定だ。", None),  # a sentence goes on
        ("例通信 2031年03月14日19時05分 2031年03月15日", None),  # no clock at the end
    ],
)
def test_the_chinese_and_japanese_clock_closes_a_stamp(closing: str, day: dt.date | None) -> None:
    assert closing_stamp_date([JA_LINES[0], closing]) == day


def test_a_stamp_after_no_story_sentence_does_not_date_the_article() -> None:
    # a related story's headline and its stamp closing a page of links
    lines = [*JA_LINES, "関連記事", "例国の探査機、着水へ最終調整", STAMP]
    assert values("\n".join(lines)).get("date") is None


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("【例市共同=山田太郎、田中花子】例国の首相は14日、会談した。", "Kyodo News"),
        ("【例市時事＝山田太郎】例国の首相は14日、会談した。", "Jiji Press"),
        ("【例市共同】例国の首相は14日、会談した。", "Kyodo News"),
        ("【例市共同=山田太郎】例国总理14日举行会谈。", None),  # Chinese: 共同 is "joint"
        ("【共同声明=例国】例国の首相は14日、会談した。", None),  # no place before the wire
    ],
)
def test_a_japanese_wire_dateline_may_name_its_reporters(text: str, wire: str | None) -> None:
    assert japanese_wire(text) == wire


# --- a slash before the wire signing the story ------------------------------------------

LEAD = (
    "The probe settled on the lake's northern shore shortly after noon, the space agency "
    "said, making the country only the third to land a craft there."
)
MORE = "Officials said the rover would drive off the lander within two days to study the rocks."


@pytest.mark.parametrize(
    ("closing", "wire"),
    [
        ("/ATS", "Keystone-SDA"),
        ("/AFP", "Agence France-Presse"),
        ("/ Jane Doe", None),  # a slash before a person: no wire
        ("/Example", None),  # no known wire
        ("ATS/AFP/jdo", None),  # a chain of credits: not this bare line
    ],
)
def test_a_slash_before_the_closing_wire_signs_the_story(closing: str, wire: str | None) -> None:
    assert closing_wire([LEAD, MORE, closing], WIRES) == wire


def test_a_slashed_wire_under_a_picture_is_no_signature() -> None:
    caption = "The lander on the launch pad. (Photo: Example Agency)"
    assert closing_wire([LEAD, caption, MORE, "/ATS"], WIRES) is None


# --- a copyright mark before a photographer and agency ----------------------------------


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("© JANE ROE / AFP", None),  # the picture's photographer and agency
        ("© Jane Roe/Reuters", None),
        ("© 2031 Example Media", "Example Media"),  # a footer
        ("© Example Media", "Example Media"),
    ],
)
def test_a_copyright_before_a_photographer_and_agency_is_a_photo_credit(
    closing: str, outlet: str | None
) -> None:
    paragraphs = [LEAD, MORE, "The leaders meet on Friday for the first time since 2018", closing]
    assert find_source(paragraphs) == outlet


# --- a correspondent after the bare formula --------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Совет одобрил план. Об этом сообщает корреспондент Пример Новости.", None),
        ("Совет одобрил план. Про це повідомляє кореспондент Приклад.", None),
        ("Совет одобрил план, передает корреспондент Пример Новости.", "Пример Новости"),
        ("Об этом сообщил корреспонденту ТАСС мэр города.", "ТАСС"),  # told X's reporter
    ],
)
def test_the_bare_formula_before_a_correspondent_names_no_outlet(
    text: str, outlet: str | None
) -> None:
    assert self_reference(text) == outlet


# --- a caption's date ------------------------------------------------------------------


def test_a_caption_of_the_day_of_the_events_does_not_date_the_article() -> None:
    caption = (
        "The two leaders arrive for a joint press conference at the base, Friday, March 14, "
        "2031. (Example Photo/Jane Roe)"
    )
    text = f"Leaders meet at the base\n\n{LEAD}\n\n{caption}\n\n{caption}\n\n{MORE}\n"
    assert values(text).get("date") is None


# --- an outlet's name with digits in a dateline's brackets ---------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("HARBOURTOWN (Example24) – The two leaders met on Friday.", "Example24"),
        ("HARBOURTOWN (AFP) – The two leaders met on Friday.", "AFP"),
        ("HARBOURTOWN (Update 2) – The two leaders met on Friday.", None),  # a number alone
        ("HARBOURTOWN (2031) – The two leaders met on Friday.", None),  # a year
        ("HARBOURTOWN (Example 2031) – The two leaders met on Friday.", None),
    ],
)
def test_a_dateline_agency_may_hold_digits(text: str, agency: str | None) -> None:
    found = read_dateline(text)
    assert (found.agency if found else None) == agency


def test_a_closing_stamp_is_no_line_of_the_story() -> None:
    got = classify(split_paragraphs("\n".join([*JA_LINES, STAMP])))
    assert [p.kind for p in got.paragraphs][-2:] == ["body", "meta"]
    stamped = classify(
        split_paragraphs(f"{LEAD}\n\n{MORE}\n\nBroadcast: Example 24, 14.03.2031 19:00")
    )
    assert [p.kind for p in stamped.paragraphs] == ["body", "body", "meta"]
    told = classify(
        split_paragraphs(f"{LEAD}\n\nThe council will meet again on 14.03.2031 at 19:00.")
    )
    assert [p.kind for p in told.paragraphs] == ["body", "body"]  # a sentence, not a stamp

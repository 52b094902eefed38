"""Outlet credits found missing on a blind packet (a resignation, 2026-12-04), each written
here in text made up for the test, with the look-alikes that must not be read: a wire's
byline run into the lead, an agency in brackets before a Chinese or Japanese lead, a Chinese
wire dateline, an Arabic outlet's dateline, and a "Source:" line between two paragraphs of
the story, which credits a picture and never the outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, RU, read

from briefing.corpus.arabic_dateline import arabic_dateline_outlet
from briefing.corpus.cjk_credit import dateline_credit
from briefing.corpus.datelines import read_dateline
from briefing.corpus.lead_credit import wire_byline_lead
from briefing.corpus.sources import find_source

LEAD = "The harbour authority said on Monday that the ferry service would resume next week."


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("By AFP " + LEAD, "Agence France-Presse"),
        ("By Reuters " + LEAD, "Reuters"),
        ("By The Associated Press " + LEAD, "The Associated Press"),
        ("Por EFE El ayuntamiento aprobó el plan tras un largo debate sobre el coste.", "EFE"),
        ("Von dpa Der Stadtrat hat den Plan nach einer langen Debatte gebilligt.", "dpa"),
    ],
)
def test_a_wires_byline_run_into_the_lead_names_the_wire(text: str, wire: str) -> None:
    found = wire_byline_lead(text)
    assert found is not None and found[0] == wire
    assert text[found[1] :].split()[0] in {"The", "El", "Der"}


@pytest.mark.parametrize(
    "text",
    [
        "By AP Photo " + LEAD,  # a picture's credit
        "By Reuters Staff " + LEAD,
        "By AFP and Reuters " + LEAD,  # two wires: no one outlet
        "By Reuters standards the ferry service was slow, the harbour authority said today.",
        "By afp " + LEAD,  # not how the wire writes itself
        "By Jane Roe " + LEAD,  # an author
        "By AFP",  # a line of its own: agency_signature's case
        "By AFP The ferry resumes.",  # no sentence after it
        "Standby AFP " + LEAD,
    ],
)
def test_look_alikes_of_a_glued_byline_name_no_wire(text: str) -> None:
    assert wire_byline_lead(text) is None


def test_the_glued_byline_gives_the_outlet_and_leaves_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, "By AFP " + LEAD + "\n\n" + EN + "\n")
    assert article.source == "Agence France-Presse"
    assert article.title is not None and not article.title.startswith("By AFP")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("(CNN) 北浜市の市長は20日、辞任の意向を表明した。", "CNN"),
        ("(Example News)北浜市の市長は辞任の意向を表明した。", "Example News"),
        ("（ＣＮＮ）北浜市の市長は20日、辞任の意向を表明した。", "CNN"),
        ("(AFP) 示例市市长20日宣布辞职。", "AFP"),
    ],
)
def test_an_agency_in_brackets_before_a_han_or_kana_lead_is_a_dateline(
    text: str, agency: str
) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "(写真) 北浜市の市長は20日、辞任の意向を表明した。",  # no Latin name
        "(Photo) 北浜市の市長は20日、辞任の意向を表明した。",
        "(see below) 北浜市の市長は辞任した。",  # prose in brackets
        "北浜市の市長は(CNN)の取材に答えた。",  # not opening the paragraph
        "(CNN) The mayor said on Monday",  # a Latin lead needs its dash, as before
    ],
)
def test_look_alikes_of_a_bracketed_agency_are_no_dateline(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is None or dateline.agency is None


BODY_ZH = "当地时间3月14日，示例市遭遇连续强降雨，三个山区村庄的道路被洪水冲毁。"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("示例社北京3月14日电 " + BODY_ZH, "示例社"),
        ("示例网3月14日电 " + BODY_ZH, "示例网"),
        ("示例網3月14日電 " + BODY_ZH, "示例網"),
        ("示例網(wǎng)3月14日電 " + BODY_ZH, "示例網"),  # the glyph's pinyin, shown in brackets
        ("示例社台北14日電 " + BODY_ZH, "示例社"),  # no month
    ],
)
def test_a_chinese_wire_dateline_names_the_agency(text: str, outlet: str) -> None:
    found = dateline_credit(text)
    assert found is not None and found[0] == outlet
    assert text[found[1] :].lstrip().startswith("当地时间")


@pytest.mark.parametrize(
    "text",
    [
        "本报北京3月14日电 " + BODY_ZH,  # "this paper": no name
        "据示例社3月14日电，" + BODY_ZH,  # a citation
        "示例市3月14日宣布，" + BODY_ZH,  # a city and a date, no cable
        "示例电视台3月14日电视新闻报道，" + BODY_ZH,  # 电视 (television), not 电 (cable)
        BODY_ZH + "示例社北京3月14日电",  # not opening the paragraph
    ],
)
def test_look_alikes_of_a_chinese_dateline_name_no_agency(text: str) -> None:
    assert dateline_credit(text) is None


AR_LEAD = "أعلن رئيس البلدية اليوم الخميس استقالته من منصبه بعد أسابيع من الخلاف داخل المجلس البلدي"
AR_MORE = "وقال في كلمة أمام المجلس إن الظروف الحالية لا تسمح له بالاستمرار في أداء مهامه."


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("تونس – مثال نيوز " + AR_LEAD, "مثال نيوز"),
        ("القاهرة - مثال برس " + AR_LEAD, "مثال برس"),
        ("لندن – سما نيوز عربية " + AR_LEAD, "سما نيوز عربية"),
        ("مثال من لندن: " + AR_LEAD, "مثال"),
    ],
)
def test_an_arabic_outlets_dateline_names_it(first: str, outlet: str) -> None:
    assert arabic_dateline_outlet([first, AR_MORE]) == outlet


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a quoted headline: the speaker is named again in the story
        ["سامي من لندن: " + AR_LEAD, "وقال سامي إن الظروف الحالية لا تسمح بالاستمرار في العمل."],
        ["مراسلنا من غزة: " + AR_LEAD, AR_MORE],  # a correspondent, not the outlet
        ["تونس – مثال الجديدة " + AR_LEAD, AR_MORE],  # no word that ends an outlet's name
        ["مثالستان – مثال نيوز " + AR_LEAD, AR_MORE],  # no city
        ["تونس – مثال نيوز قالت", AR_MORE],  # no lead after it
    ],
)
def test_look_alikes_of_an_arabic_dateline_name_no_outlet(paragraphs: list[str]) -> None:
    assert arabic_dateline_outlet(paragraphs) is None


RU_LEAD = (
    "МОСКВА, 14 марта. /ТАСС/. Городской совет одобрил план строительства моста после "
    "долгих споров о его стоимости, сообщили в мэрии."
)
RU_QUOTE = "«Мы начнем работы уже весной», - сказал мэр города, выступая перед депутатами совета."
RU_BODY = (
    "Городской совет одобрил план после долгих споров о стоимости строительства нового моста "
    "через реку."
)


def test_a_source_line_between_two_paragraphs_credits_a_picture() -> None:
    paragraphs = ["Совет одобрил план моста", RU_LEAD, "Источник: Reuters", RU_QUOTE, RU]
    assert find_source(paragraphs) == "TASS"  # the dateline's, not the picture's
    no_dateline = ["Совет одобрил план моста", RU_BODY, "Источник: Reuters", RU_QUOTE]
    assert find_source(no_dateline) is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Источник: Example Media", RU, RU_QUOTE],  # above the story
        [RU, RU_QUOTE, "Источник: Example Media"],  # below it
        ["Совет одобрил план", "Источник: Example Media", RU, RU_QUOTE],  # after the headline
    ],
)
def test_a_source_line_above_or_below_the_story_still_names_the_outlet(
    paragraphs: list[str],
) -> None:
    assert find_source(paragraphs) == "Example Media"

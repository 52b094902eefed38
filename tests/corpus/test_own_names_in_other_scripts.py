"""An outlet naming itself in Chinese or Arabic, a cited outlet that never becomes the outlet,
and a Chinese page's own stamp (briefing.corpus: sources, cjk_credit, arabic_dateline,
selfref, labels, stated). Every line is written for the test; each rule has look-alikes that
must name no outlet: an outlet cited in the body against the outlet's own label or credit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import RU, read

from briefing.corpus.arabic_dateline import arabic_dateline_outlet
from briefing.corpus.cited import cited_in
from briefing.corpus.cjk_credit import promo_outlet
from briefing.corpus.labels import labelled_at, read_label
from briefing.corpus.selfref import self_reference
from briefing.corpus.stated import read_date

ZH = (
    "示例市政府19日宣布,两家银行将合并为一家,新银行将继续为全国客户提供服务。"
    "市政府表示,这一方案是在多轮谈判之后达成的,能够稳定市场信心并保护储户利益。"
)
ZH2 = "分析人士认为,此次合并将改变本地金融市场的格局,监管部门将密切关注后续进展。"
AR = (
    "أعلن رئيس المجلس البلدي اليوم الاحد موافقة المجلس على دمج المصرفين في مصرف واحد "
    "يخدم جميع العملاء في البلاد بعد أسبوع من المفاوضات."
)


# --- "来源:新华社": a source line in Chinese, Korean or Arabic --------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("来源:示例社", "示例社"), ("來源：示例日報", "示例日報"), ("출처: 예시통신", "예시통신")],
)
def test_a_source_line_below_the_story_names_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    article = read(tmp_path, f"两家银行宣布合并\n\n{ZH}\n\n{ZH2}\n\n{line}\n")
    assert article.source == outlet


def test_a_cited_outlet_in_the_body_is_no_source_line(tmp_path: Path) -> None:
    cited = "据示例社报道,合并协议已于当晚签署。"
    article = read(tmp_path, f"两家银行宣布合并\n\n{ZH}\n\n{cited}\n\n{ZH2}\n")
    assert article.source is None


# --- "訂閱示例網example.ca電郵快訊": a page's promotion of itself ----------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "訂閱示例網example.ca電郵快訊,每天可收到最快新聞資訊: https://www.example.ca/sub",
            "示例網",
        ),
        ("关注示例报example.cn微信公众号,获取更多资讯", "示例报"),
        ("下載示例新聞www.example.hk App", "示例新聞"),
    ],
)
def test_a_promotion_with_the_sites_address_names_the_site(line: str, outlet: str) -> None:
    assert promo_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "英國《示例時報》有報道指,合併價格提高至20億美元。",  # a cited paper: no address
        "据示例网example.com报道,合并已经完成。",  # cited, with its address, but no call
        "訂閱CCUE YouTube 頻道,查看更多影片。",  # a channel, not a site with an address
        "訂閱本網example.ca電郵快訊",  # "this site": no name
    ],
)
def test_cited_outlets_and_other_promotions_name_no_site(line: str) -> None:
    assert promo_outlet(line) is None


def test_the_promotion_gives_the_outlet_and_a_cited_paper_does_not(tmp_path: Path) -> None:
    cited = "而在記者會前不久,英國《示例時報》有報道指,合併價格提高至20億美元。"
    promo = "訂閱示例網example.ca電郵快訊,每天可收到最快新聞資訊: https://www.example.ca/sub"
    article = read(tmp_path, f"兩家銀行宣布合併\n\n{ZH}\n\n{cited}\n\n{promo}\n")
    assert article.source == "示例網"
    assert read(tmp_path, f"兩家銀行宣布合併\n\n{ZH}\n\n{cited}\n", "b.txt").source is None


# --- "جنيف - 19 - 3 (مثال) --": an Arabic wire dateline ------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["جنيف - 19 - 3 (مثال) -- ", "القاهرة - (مثال) - ", "باريس، 19 مارس (أ ف ب) - "],
)
def test_an_arabic_wire_dateline_names_the_agency(dateline: str) -> None:
    name = dateline[dateline.index("(") + 1 : dateline.index(")")]
    headline = "المجلس يوافق على دمج مصرف (مثال) ومصرف آخر"
    caption = "المقر الرئيسي للمصرف في المدينة"
    assert arabic_dateline_outlet([headline, caption, caption, dateline + AR]) == name


@pytest.mark.parametrize(
    "text",
    [
        "وافق مصرف (مثال) - أكبر مصارف البلاد - على الدمج " + AR,  # a bank, not after a city
        "مثالستان - 19 - 3 (مثال) -- " + AR,  # no city GeoNames knows
        "جنيف - 19 - 3 (مثال) -- أعلن الرئيس",  # no lead of a sentence after it
    ],
)
def test_brackets_that_are_no_wire_dateline_name_no_outlet(text: str) -> None:
    assert arabic_dateline_outlet([text]) is None


# --- "…, сообщает X.": a site's address, never a cited masthead -----------------------------


def test_the_weak_formula_counts_for_a_site_signing_with_its_address() -> None:
    assert self_reference(f"{RU[:-1]}, сообщает Example.kz.") == "Example.kz"


@pytest.mark.parametrize("name", ["Example Times", "EXAMPLE", "«Пример»"])
def test_a_masthead_closing_a_sentence_is_a_cited_source(tmp_path: Path, name: str) -> None:
    text = f"Банк купит конкурента\n\n{RU[:-1]}, сообщает {name}.\n\n{RU}\n"
    assert read(tmp_path, text).source is None


# --- "作者: 发布时间:2023年03月21日": the page's stamp -----------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("2031年03月21日", dt.date(2031, 3, 21)), ("2031년 3월 21일", dt.date(2031, 3, 21))],
)
def test_dates_with_unit_marks_are_read(text: str, day: dt.date) -> None:
    found = read_date(text)
    assert found is not None and found.value() == day


def test_a_publication_label_after_an_empty_field_dates_the_article(tmp_path: Path) -> None:
    stamp = "作者:   发布时间:2031年03月21日    浏览量:327   字体大小:  A+   A-"
    article = read(tmp_path, f"两家银行宣布合并\n\n{stamp}\n\n{ZH}\n\n{ZH2}\n")
    assert article.date == dt.date(2031, 3, 21)


@pytest.mark.parametrize(
    "text",
    [
        "作者: 张三 发布时间:2031年03月21日",  # the field is not empty: not read here
        "会议: 2031年03月21日",  # no publication word
        "2031年13月21日",  # no such month
    ],
)
def test_look_alikes_of_a_label_are_no_label(text: str) -> None:
    assert read_label(text) is None


def test_a_label_before_a_date_marks_the_page_stamp() -> None:
    line = "作者: 发布时间:2031年03月21日 浏览量:327"
    assert labelled_at(line, line.index("2031"))
    prose = "The report was published on 21 March 2031."
    assert not labelled_at(prose, prose.index("21"))


# --- a name the text also cites is never the outlet -----------------------------------------


@pytest.mark.parametrize(
    "citation",
    [
        "По данным Example News, сделка будет закрыта в понедельник.",
        "Selon le Example News, la fusion sera conclue lundi.",
        "Laut Example News wird die Übernahme am Montag abgeschlossen.",
        "据Example News报道,合并将于周一完成。",
    ],
)
def test_a_name_the_text_cites_is_not_read_as_its_own(tmp_path: Path, citation: str) -> None:
    own = f"{RU[:-1]}, передает Example News."
    assert read(tmp_path, f"Банк купит конкурента\n\n{own}\n\n{RU}\n").source == "Example News"
    text = f"Банк купит конкурента\n\n{own}\n\n{citation}\n\n{RU}\n"
    assert read(tmp_path, text, "b.txt").source is None


def test_cited_in_needs_the_citations_words_around_the_name() -> None:
    assert cited_in("示例時報", ["英國《示例時報》有報道指,合併價格提高。"])
    assert cited_in("Example", ["Der Zeitung Example zufolge sinkt der Kurs."])
    assert not cited_in("Example", ["Example reported that the vote was delayed."])
    assert not cited_in("Example", ["Readers of Example know the town hall well."])

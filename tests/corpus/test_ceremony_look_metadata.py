"""Metadata shapes a blind packet (an opening ceremony, 2026-12-05) showed missing, each written
here in text made up for the test, with the look-alikes that must not be read: a Chinese
bracket of the house and its reporter, a "news source" label at a Taiwanese page's foot, an
author's card of name, trade and house, an Arabic agency's initials and a colon opening the
lead, a site announcing its own piece ("Example.ru рассказывает о …"), and a Japanese headline
opening on a kicker in 【…】."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.arabic_lead_credit import arabic_lead_credit
from briefing.corpus.bracket_byline import bracket_byline
from briefing.corpus.byline_card import byline_card
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import find_source

_ZH_LEAD = "示例市週五舉行盛大活動,數萬名民眾冒雨到場觀看,現場氣氛熱烈,主辦單位表示活動圓滿成功。"

# --- 【EXTV 張三報導】: the house and its reporter in a bracket -------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("【EXTV 張小明報導】", "EXTV"),
        ("date 2031-07 【EXTV 張小明報導】", "EXTV"),  # a page's date label before it
        ("【EXTV 張小明、李大華報導】", "EXTV"),  # two reporters
        ("【EXTV記者張小明/台北報導】", "EXTV"),
        ("【示例新聞記者張小明報導】", "示例新聞"),
        ("【示例网记者 李大华报道】", "示例网"),
        ("【示例日報特派記者張小明/巴黎報導】", "示例日報"),
        ("【示例新聞 張小明報導】", "示例新聞"),
        ("【示例网记者李大华讯】" + _ZH_LEAD, "示例网"),  # opening the lead
    ],
)
def test_a_bracket_of_house_and_reporter_names_the_house(text: str, outlet: str) -> None:
    assert bracket_byline(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "【記者張小明/台北報導】",  # a reporter, no house
        "【記者 張小明 報導】",
        "【本報記者張小明報導】",  # "this paper's reporter"
        "【巴黎奧運特別報導】",  # a package's label
        "【Velmora 特別報導】",  # a Latin word and "special report"
        "【Paris 張小明報導】",  # a city, not a house
        "【John Smith 張小明報導】",  # a person's name
        "【Special Report 張小明報導】",  # common English words
        "【示例晚报讯】",  # no reporter: cjk_credit's bracket, not this one
        "EXTV 張小明報導",  # no bracket
    ],
)
def test_a_bracket_without_a_house_names_none(text: str) -> None:
    assert bracket_byline(text) is None


def test_the_bracket_under_a_date_label_is_the_articles_outlet(tmp_path: Path) -> None:
    text = f"date 2031-07 【EXTV 張小明報導】\n\n{_ZH_LEAD}\n\n{_ZH_LEAD}\n"
    assert read(tmp_path, text).source == "EXTV"


# --- 新聞來源:示例新聞 at a Taiwanese page's foot ---------------------------------------------


def test_a_news_source_label_at_the_foot_names_the_outlet() -> None:
    paragraphs = [_ZH_LEAD, _ZH_LEAD, "新聞來源:示例新聞", "新聞關鍵字", "加入Line好友"]
    assert find_source(paragraphs) == "示例新聞"
    assert find_source([_ZH_LEAD, _ZH_LEAD, "新闻来源:示例网"]) == "示例网"
    assert find_source([_ZH_LEAD, _ZH_LEAD, "出處:示例新聞"]) == "示例新聞"


@pytest.mark.parametrize(
    "label",
    [
        "資料來源:示例市政府",  # a data set's source
        "圖片來源:示例社",  # a picture's source
        "消息來源:知情人士",  # the story's informant
        "新聞來源說明",  # no colon
    ],
)
def test_a_label_of_data_pictures_or_informants_names_no_outlet(label: str) -> None:
    assert find_source([_ZH_LEAD, _ZH_LEAD, label, "新聞關鍵字"]) is None


# --- an author's card: name, trade, house ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Anne Martin Journaliste Velmora", "Velmora"),
        ("Jane Roe Journalist Velmora Post", "Velmora Post"),
        ("Anna Kolbe Redakteurin Exapost", "Exapost"),
        ("Ana Ruiz Periodista Exaprensa", "Exaprensa"),
        ("Marco Rossi Giornalista Velmora", "Velmora"),
        ("Иван Петров Корреспондент Велмора", "Велмора"),
    ],
)
def test_a_card_of_name_role_and_house_names_the_house(text: str, outlet: str) -> None:
    assert byline_card(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Anne Martin Journaliste indépendante",  # "freelance": no name
        "Anna Kolbe Reporterin vor Ort",  # "on the spot"
        "Anna Kolbe Redakteurin Politik",  # the desk
        "John Smith Reporter Sport",
        "Ana Ruiz Periodista Deportes",
        "Anne Martin Journaliste Culture",
        "John Smith Correspondent Paris",  # the bureau's city
        "Anna Kolbe Korrespondentin Brüssel",
        "Anne Martin Journaliste France",  # a country
        "Jane Roe Reporter John Doe",  # two people
        "Velmora Journaliste Exapost",  # no person: no given name first
        "Jane Roe Journalist",  # no house
        "Jane Roe, Journalist at Velmora Post, said the council met on Monday.",  # a sentence
    ],
)
def test_a_card_whose_last_words_are_no_house_names_none(text: str) -> None:
    assert byline_card(text) is None


def test_the_card_under_the_standfirst_is_the_articles_outlet(tmp_path: Path) -> None:
    text = (
        "date 2031-07 Le conseil de Velmora a voté le budget. Les débats ont duré tard.\n\n"
        "Anne Martin Journaliste Exapost\n\n"
        "Le conseil municipal a adopté mardi soir le budget de la ville après un long débat "
        "entre la majorité et l'opposition sur les investissements prévus.\n"
    )
    assert read(tmp_path, text).source == "Exapost"


# --- أ ف ب: an Arabic agency's initials and a colon opening the lead --------------------------

_AR_LEAD = "افتتح المهرجان أمس بعرض كبير في وسط المدينة بمشاركة آلاف الزوار من عدة دول رغم المطر."


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("أ ف ب: " + _AR_LEAD, "أ ف ب"),
        ("ا ف ب: " + _AR_LEAD, "ا ف ب"),
        ("د.ب.أ: " + _AR_LEAD, "د.ب.أ"),
        ("أ ش أ: " + _AR_LEAD, "أ ش أ"),
        ("رويترز: " + _AR_LEAD, "رويترز"),
        ("فرانس برس: " + _AR_LEAD, "فرانس برس"),
    ],
)
def test_an_agency_and_a_colon_opening_the_lead_name_the_agency(lead: str, outlet: str) -> None:
    assert arabic_lead_credit(["الرئيسية رياضة", "عنوان الخبر: افتتاح المهرجان", lead]) == outlet


@pytest.mark.parametrize(
    "lead",
    [
        "الرئيس: " + _AR_LEAD,  # "the president:": a quote
        "ترامب: " + _AR_LEAD,  # a speaker
        "رويترز: صورة من الحفل",  # a picture's credit, no lead
        "وقالت أ ف ب: " + _AR_LEAD,  # "AFP said": a citation inside a sentence
    ],
)
def test_a_speaker_or_a_short_credit_before_a_colon_names_no_agency(lead: str) -> None:
    assert arabic_lead_credit([lead]) is None


# --- "Example.ru рассказывает о …": a site announcing its own piece ------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Вечер прошел под дождем. VELMORA1.RU рассказывает о курьезах вечера.", "VELMORA1.RU"),
        ("Velmora.ru рассказывает о том, как прошел вечер.", "Velmora.ru"),
        ("Velmora.ua розповідає про події вечора.", "Velmora.ua"),
    ],
)
def test_a_site_announcing_its_own_piece_names_itself(text: str, outlet: str) -> None:
    assert self_reference(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Как рассказывает Velmora.ru, вечер прошел плохо.",  # a citation
        "Velmora.ru рассказывал о вечере еще вчера.",  # the past tense: what another said
        "Иван Петров рассказывает о вечере.",  # a person
        "Как пишет издание Velmora, зрители ушли.",  # a cited outlet by its masthead
        "Издание Velmora рассказывает о вечере.",  # a masthead, not the site's address
    ],
)
def test_a_cited_site_or_a_person_telling_names_no_outlet(text: str) -> None:
    assert self_reference(text) is None


# --- 【…】 kicker opening a Japanese or Chinese headline -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【見逃した人へ】例市の花火大会の名場面まとめ。雨の中で観客が沸いた",
        "【獨家】示例市舉行盛大活動 數萬民眾冒雨觀看",  # "exclusive"
    ],
)
def test_a_kicker_in_lenticular_brackets_opens_a_headline(text: str) -> None:
    assert headline_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "【示例晚报讯】示例市举行盛大活动 数万民众冒雨观看",  # a paper's credit over its lead
        "【ワシントン時事】例市で花火大会 観客が沸いた",  # a wire's dateline
        "【示例社北京电】示例市举行盛大活动 数万民众冒雨观看",
    ],
)
def test_a_credits_bracket_is_no_kicker(text: str) -> None:
    assert not headline_shaped(text)


def test_the_kicker_and_headline_are_the_title(tmp_path: Path) -> None:
    title = "【見逃した人へ】例市の花火大会の名場面とハプニングまとめ。雨の中で観客が沸いた"
    text = (
        f"{title}\n\n"
        "深夜に開かれた例市の花火大会。例市ならではの演出がありました。\n\n"
        "2031年7月27日、深夜に開かれた例市の花火大会。例市で開催されるのは十年ぶりで、"
        "演出にも注目が集まった。\n"
    )
    assert read(tmp_path, text).title == title

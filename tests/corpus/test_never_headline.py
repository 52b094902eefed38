"""Page lines that are never a headline (briefing.corpus.never_headline): a breadcrumb, a
picture's caption or credit label, a source line, an embedded post, and a line with no story
below it (a "back to top" link in any language); each is skipped and the title is the next
candidate or the guessed lead. Look-alike headlines stay. Lines written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.fallback_titles import after_dateline
from briefing.corpus.never_headline import drop_pager, is_breadcrumb, never_headline, story_below

LEAD = (
    "The harbour authority of Exampleton reopened the northern quay on Tuesday after three "
    "weeks of repairs, officials said. Ferries will resume their normal timetable next week."
)


@pytest.mark.parametrize(
    "line",
    [
        "Example News > Science >",  # a trail left open at its end
        "Home > World > Europe",
        "Startseite › Politik › Ausland",
        "Главная » Новости » Происшествия",
        "首页 >> 国际 >> 正文",
        "示例ニュース > 科学・テクノロジー >",
    ],
)
def test_a_breadcrumb_is_never_a_headline(line: str) -> None:
    assert is_breadcrumb(line) and never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Profits > forecasts as the harbour company sells its northern quay",  # long clause
        "« Le port rouvre » : les ferries reprennent",  # guillemets quote, no trail
        "»Der Hafen ist offen« sagt der Bürgermeister von Exampleton",
        "» 2031年03月14日 06時30分 公開",  # a sign before a stamp
        "p> Von Jane Roe",  # a tag's leftover
    ],
)
def test_a_sign_in_a_headline_or_quote_is_no_trail(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "Image caption The new quay at Exampleton, seen from the harbour",
        "Copyright de l’image Example Agency Image caption Le nouveau quai du port",
        "Pie de foto El nuevo muelle de Exampleton",
        "Подпись к фото Новый причал в Экзамплтоне",
        "Bildunterschrift Der neue Kai im Hafen",
        "图片来源:示例社",
        "사진 출처: 예시통신",
        "التعليق على الصورة الرصيف الجديد في الميناء",
        "画像提供, Example Agency",
    ],
)
def test_a_caption_or_credit_label_is_never_a_headline(line: str) -> None:
    assert never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "来源:示例社",
        "Source: Example Wire",
        "Quelle: Example Agentur",
        "Quelle: dts Nachrichtenagentur",
        "Πηγή: example.gr",
        "المصدر: وكالة مثال",
        "The story of @examplequay and its ferries, told by @examplemuseum",
        "Ferries are back in Exampleton! pic.twitter.com/aB1cD2eF3g",
        "The quay is open again — Jane Roe (@janeroe) March 14, 2031",
    ],
)
def test_a_source_line_or_a_post_is_never_a_headline(line: str) -> None:
    assert never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo shows the new quay of Exampleton at dawn",  # a picture's noun, no label
        "Source: talks on the harbour to resume next week in Geneva, officials say.",
        "Source: Mayor to sell the quay",  # a headline citing a source, words in lower case
        "Image of the week: the quay at dawn",
        "Ferries return to Exampleton as the northern quay reopens",
        "Write to desk@example.org about the harbour works",  # an address, no handle
        "Captain Roe brings the first ferry home",
    ],
)
def test_look_alike_headlines_stay(line: str) -> None:
    assert not never_headline(line)


def test_a_line_with_no_story_below_heads_nothing() -> None:
    texts = ["Ferries return to Exampleton", LEAD, "Back to the top"]
    kinds = ["body", "body", "body"]
    assert story_below(texts, kinds, 0)
    assert not story_below(texts, kinds, 2)


def test_a_short_headline_heads_a_short_story() -> None:
    texts = ["Ferries return", "The quay reopened on Tuesday.", "Back to the top"]
    kinds = ["body", "body", "body"]
    assert story_below(texts, kinds, 0)
    assert not story_below(texts, kinds, 2)


def test_a_gallery_headline_heads_its_captions() -> None:
    texts = ["Ferries return to Exampleton", "The first ferry of the morning at the new quay."]
    assert story_below(texts, ["body", "caption"], 0)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Ferries return to Exampleton (1/2)", "Ferries return to Exampleton"),
        ("港の新しい岸壁が完成 示例市 (2/3)", "港の新しい岸壁が完成 示例市"),
        ("Ferries return to Exampleton (3/2)", "Ferries return to Exampleton (3/2)"),
        ("Votes counted (1/2)", "Votes counted (1/2)"),  # too little left to be a headline
    ],
)
def test_a_pager_leaves_the_headline(title: str, kept: str) -> None:
    assert drop_pager(title) == kept


def test_the_headline_under_a_breadcrumb_is_the_title(tmp_path: Path) -> None:
    text = "Example News > Harbour >\n\nFerries return to Exampleton (1/2)\n\n" + LEAD + "\n"
    article = read(tmp_path, text)
    assert article.title == "Ferries return to Exampleton"
    assert article.provenance["title"] == "heuristic"


#: A lead of one sentence: no paragraph of prose by its shape, so the window reaches below it.
ONE_SENTENCE = (
    "The harbour authority of Exampleton reopened the northern quay on Tuesday after three "
    "weeks of repairs, and ferries will resume their normal timetable next week, officials said."
)
#: An Arabic lead: its sentences start with no capital, so none is prose by its shape either.
ARABIC = (
    "أعادت سلطة ميناء المدينة فتح الرصيف الشمالي يوم الثلاثاء بعد ثلاثة أسابيع من الإصلاحات. "
    "وقال مسؤولون إن العبارات ستستأنف جدولها المعتاد الأسبوع المقبل بعد توقف طويل."
)


@pytest.mark.parametrize(
    ("lead", "closing"),
    [
        (ONE_SENTENCE, "Back to the top"),
        (ONE_SENTENCE, "Zurück nach oben"),
        (ONE_SENTENCE, "Retour en haut de page"),
        (ARABIC, "العودة إلى الأعلى"),
    ],
)
def test_a_closing_link_is_no_title_and_the_lead_is_guessed(
    tmp_path: Path, lead: str, closing: str
) -> None:
    article = read(tmp_path, lead + "\n\n" + closing + "\n")
    assert article.title is not None and article.title.startswith(lead.split()[0])
    assert article.provenance["title"] == "fallback"


def test_a_headline_over_a_one_sentence_lead_stays(tmp_path: Path) -> None:
    article = read(tmp_path, "Ferries return to Exampleton\n\n" + ONE_SENTENCE + "\n")
    assert article.title == "Ferries return to Exampleton"


def test_a_source_line_closing_a_wire_story_is_no_title(tmp_path: Path) -> None:
    lead = "示例市港口管理局14日宣布," + "北部码头经过三周维修后重新开放" * 5 + "。"
    article = read(tmp_path, lead + "\n\n来源:示例社\n\n编辑:张三\n")
    assert article.title is not None and article.title.startswith("示例市港口管理局")
    assert article.provenance["title"] == "fallback"


def test_a_caption_label_is_no_stand_in_title(tmp_path: Path) -> None:
    caption = "Image caption The new quay at Exampleton, seen from the harbour at dawn today."
    article = read(tmp_path, caption + "\n\n" + LEAD + "\n")
    assert article.title is not None and article.title.startswith("The harbour authority")


def test_a_korean_house_and_desk_bracket_is_no_word_of_the_lead() -> None:
    assert (
        after_dateline("[예시투데이=사회부] 예시시 항구가 다시 열렸다.")
        == "예시시 항구가 다시 열렸다."
    )
    assert after_dateline("[포토] 예시시 항구가 다시 열렸다.").startswith("[포토]")  # a tag

"""Metadata shapes from a look at a launch packet (issue 8/11): a date stamp in figures at
either end of the first line; a Chinese news house's bracket credit alone on a line; no
title from a quote in another language or from a picture's label. Every line is written
for the test (made-up names and places)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import EN, RU, read

from briefing.corpus.caption_label import is_caption_label, is_picture_line
from briefing.corpus.foreign_line import ForeignLines
from briefing.corpus.head_stamp import date_stamp
from briefing.corpus.lone_bracket import lone_bracket_source

ZH_LEAD = (
    "示例市週四發生大火,消防處派出多部消防車到場灌救,火勢在三小時後受控,"
    "當局表示暫時未有人受傷,起火原因仍在調查。"
)
JA_LEAD = (
    "例示市の港で4日、大型の貨物船が岸壁に衝突する事故があった。市によると、けが人はおらず、"
    "船は翌日までに別の岸壁へ移された。原因は調査中だという。"
)
AR_LEAD = (
    "أعلنت بلدية المدينة اليوم الخميس عن افتتاح الجسر الجديد بعد سنوات من العمل، "
    "وقال رئيس البلدية إن المشروع سيخفف الازدحام في وسط المدينة."
)
EN_POST = (
    "The biggest bridge this city has ever built opens today, and we are proud of every worker"
)


# 1. A date stamp in figures at the end or the start of the first line.


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Harbour crane collapses minutes after the storm 2031-03-04   ", "2031-03-04"),
        ("2031-03-04 Harbour crane collapses minutes after the storm", "2031-03-04"),
        ("2031-03-04 | Harbour crane collapses after the storm", "2031-03-04"),
        ("Harbour crane collapses after the storm 04.03.2031", "04.03.2031"),
        ("例示市の港でクレーンが倒壊 2031年03月04日", "2031年03月04日"),
    ],
)
def test_a_stamp_in_figures_at_either_end_is_found(line: str, stamp: str) -> None:
    found = date_stamp(line)
    assert found is not None and line[found[0] : found[1]] == stamp


@pytest.mark.parametrize(
    "line",
    [
        "Storm of 4 March 2031",  # a date in words: the headline's own
        "Budget falls due by 2031-03-04",  # a function word joins it to the headline
        "Deadline moved: 2031-03-04",  # a colon joins it
        "Velmora 2031-03-04",  # too short for a headline
        "The council met. It voted 2031-03-04",  # a sentence, not a headline
        "Harbour plan for 2031-2032 agreed by the council",  # a span, not a day
        "2031-03-04",  # a date line alone: no headline on its other side
        "Harbour crane collapses after the storm 2031-03",  # a month: no day to stamp
    ],
)
def test_a_headlines_own_date_or_a_bare_date_is_no_stamp(line: str) -> None:
    assert date_stamp(line) is None


@pytest.mark.parametrize(
    "first",
    [
        "Harbour crane collapses minutes after the storm 2031-03-04    ",
        "2031-03-04 Harbour crane collapses minutes after the storm",
    ],
)
def test_the_stamp_dates_the_story_and_leaves_the_title(tmp_path: Path, first: str) -> None:
    article = read(tmp_path, f"{first}\n\n{EN}\n")
    assert article.title == "Harbour crane collapses minutes after the storm"
    assert article.date == dt.date(2031, 3, 4)


def test_a_stamp_further_down_is_not_read(tmp_path: Path) -> None:
    article = read(tmp_path, f"{EN}\n\nHarbour crane collapses after the storm 2031-03-04\n")
    assert article.date is None


def test_a_label_dates_the_story_before_a_stamp_of_another_month(tmp_path: Path) -> None:
    # the label is stronger; the stamp must not leave its figures in the title either way
    article = read(
        tmp_path, f"date 2031-03 Harbour crane collapses after the storm 2031-03-04\n\n{EN}\n"
    )
    assert article.title == "Harbour crane collapses after the storm"
    assert article.date is not None and article.date.isoformat()[:7] == "2031-03"


# 2. A Chinese news house's bracket credit alone on a line.


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("【例示新聞】", "例示新聞"),
        ("【例示新闻】", "例示新闻"),
        ("[例示電視台]", "例示電視台"),
        ("【例示衛視】", "例示衛視"),
        ("date 2031-03 【例示新聞】", "例示新聞"),
        ("【例示日報】", "例示日報"),  # an agency's or a paper's word, as before
    ],
)
def test_a_news_houses_bracket_credit_is_the_outlet(credit: str, name: str) -> None:
    assert lone_bracket_source([credit, ZH_LEAD]) == name


@pytest.mark.parametrize(
    "credit",
    [
        "【北京】",  # a place
        "【社説】",  # a rubric ("editorial")
        "【国际新闻】",  # "international news": a section's name before the news word
        "【財經新聞】",  # "finance news"
        "【新聞】",  # the news word alone names no one
    ],
)
def test_a_place_or_a_rubric_in_brackets_is_no_outlet(credit: str) -> None:
    assert lone_bracket_source([credit, ZH_LEAD]) is None


def test_a_house_the_story_names_again_is_its_subject(tmp_path: Path) -> None:
    assert lone_bracket_source(["【例示新聞】", ZH_LEAD + "例示新聞報道了此事。"]) is None


def test_the_bracket_credit_reaches_the_article(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03 【例示新聞】\n\n{ZH_LEAD}\n")
    assert article.source == "例示新聞"


# 3. No title from a quote in another language, nor from a picture's label.


def test_a_post_quoted_in_another_script_is_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03\n\n{AR_LEAD}\n\n{EN_POST} pic.example.com/x1\n")
    assert article.title is not None and "bridge" not in article.title


def test_a_post_quoted_at_a_japanese_storys_end_is_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03\n\n{JA_LEAD}\n\n{EN_POST}.\n")
    assert article.title is not None and article.title.startswith("例示市の港で")


def test_an_article_in_the_quotes_language_keeps_its_lines(tmp_path: Path) -> None:
    article = read(tmp_path, f"{EN_POST}\n\n{EN}\n")
    assert article.title == EN_POST


def test_foreign_lines_within_one_script_are_the_articles() -> None:
    german = "Der Stadtrat hat den Plan gebilligt, sagte die Bürgermeisterin am Abend. " * 3
    foreign = ForeignLines("de", german)
    assert not foreign("Example Wall Street Journal: der Stadtrat billigt den Plan für die Brücke")
    assert ForeignLines("ar", AR_LEAD * 3)(EN_POST)
    assert not ForeignLines("ar", AR_LEAD * 3)("SpaceX")  # a name: too short to tell
    assert not ForeignLines(None, AR_LEAD)(EN_POST)  # no language: nothing is foreign


@pytest.mark.parametrize(
    "line",
    [
        "Кадр из видео",
        "Still from a video",
        "Foto de archivo",
        "Photo d'illustration",
        "Archivbild",
    ],
)
def test_a_pictures_label_is_a_caption(line: str) -> None:
    assert is_caption_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo shows flooded harbour",  # a headline about a picture: a word of its own
        "Video of the storm goes viral",
        "Bilder des Tages",  # a rubric
        "Фото: Example Agency",  # a credit, furniture's own rule
        "Кадр из видео.",  # a sentence's stop
    ],
)
def test_a_headline_about_pictures_is_no_label(line: str) -> None:
    assert not is_caption_label(line)


def test_a_pictures_label_over_the_lead_is_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"Кадр из видео\n{RU}\n")
    assert article.title is not None and article.title.startswith("Городской совет")
    assert article.paragraphs[0].kind == "caption"


# A quote in the article's script, or short, in another language; pictures' captions.

ES_LEAD = (
    "El ayuntamiento de Velmora aprobó este martes el nuevo puente sobre el río, tras un "
    "largo debate sobre el coste de las obras y los plazos de construcción."
)


def test_an_english_post_in_a_spanish_story_is_no_title(tmp_path: Path) -> None:
    post = "The city opens the biggest bridge it has ever built, and the first one over the river"
    article = read(tmp_path, f"{ES_LEAD}\n\n{post} pic.example.com/x1R0\n\n{ES_LEAD}\n")
    assert article.title is not None and article.title.startswith("El ayuntamiento")


def test_a_headline_naming_a_foreign_paper_keeps_its_language() -> None:
    german = "Der Stadtrat hat den Plan gebilligt, sagte die Bürgermeisterin am Abend. " * 4
    foreign = ForeignLines("de", german)
    assert not foreign("Example Street Journal: Stadt plant neue Brücke auf dem Fluss")


def test_a_short_line_in_another_script_is_foreign_only_as_a_sentence() -> None:
    foreign = ForeignLines("ar", AR_LEAD * 3)
    assert foreign("Pride of our engineers, what a day")  # "of", "our": a sentence
    assert not foreign("Example Harbour Bridge Opening Ceremony")  # a name: no function word
    assert not foreign("Velmora Bridge Today: " + AR_LEAD[:40])  # the article's words in it


def test_a_line_of_the_articles_own_language_in_another_script_is_its_own() -> None:
    # most of the sample in Latin letters (quoted posts), the article Russian
    foreign = ForeignLines("ru", EN_POST * 3)
    assert not foreign("По меньшей мере два моста закрыты после того, как на город обрушился шторм")


@pytest.mark.parametrize(
    "line",
    [
        "【资料图】",
        "(資料照)",
        "示例市長在廣場向市民致意。(圖/示例社)",
        "▲ 救援車輛駛離現場。（圖／示例社）",
        "会見する例示市長=4日午後1時9分、例示市役所",
        "握手する両首脳=15日、例示市(例示通信=共同)",
        "Место пожара в Велморе/Exampleimages.ru",
    ],
)
def test_a_captions_shapes_are_captions(line: str) -> None:
    assert is_picture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "例示市で大雨=港が閉鎖、船の運航止まる",  # a headline's equals sign: no day after it
        "(示例新聞/張三 綜合報導)示例市週四發生大火。",  # the story's credit, no picture's
        "示例市長:圖書館將於明年開放",  # 圖 inside a word, no credit
        "Trump/Putin summit ends without a deal",  # a slash between names
        "【国际新闻】",  # a rubric, no picture
    ],
)
def test_look_alikes_of_captions_are_not(line: str) -> None:
    assert not is_picture_line(line)


def test_a_japanese_caption_over_the_lead_is_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"会見する例示市長=4日午後1時9分、例示市役所\n\n{JA_LEAD}\n")
    assert article.title is not None and article.title.startswith("例示市の港で")

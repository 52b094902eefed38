"""A web page saved whole: skip links, a weather line and a "today" widget above the headline,
a caption given twice under it, a copyright with its year glued to a name. The headline set
against the article's stamp is the title, the stamp the story's dateline agrees with is its
date, and furniture names no outlet. Text made up for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.arabic_dateline import arabic_dateline_outlet
from briefing.corpus.cjk_credit import spaced_credit
from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.corpus.sources import find_source
from briefing.corpus.stale_label import agreeing

_ES_LEAD = (
    "Cientos de vecinos fueron desalojados este sábado en el valle de Exampleria por una gran "
    "riada, que se encuentra fuera de control, y fueron trasladados a lugares seguros."
)
_ES_MORE = (
    "Según las autoridades municipales, en la zona afectada viven unas 8.000 personas, que "
    "serán trasladadas al polideportivo o a otros lugares seguros del valle."
)
_RU_LEAD = (
    "Эвакуация жителей долины проводилась из всех домов, которым угрожала вода. Прошла она по "
    "намеченным маршрутам без проблем. Всего было эвакуировано более трех тысяч человек."
)
_RU_MORE = (
    "Ранее сообщалось, что во вторник начались сильные дожди, а в субботу вода добралась до "
    "трех домов в селении Примерово. Из этих домов были эвакуированы жители."
)


def test_numbered_skip_links_are_no_title_the_headline_by_its_date_is(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "1. Ir al contenido\n  2. Ir al menú principal\n  3. Ir a otros sitios\nRiadasValle\n\n"
        "Desalojan a cientos de vecinos por una riada en Exampleria\n\n3 de marzo de 2031\n\n"
        "El agua que se desbordó en el norte del valle se ha extendido al sur.\n\n"
        f"{_ES_LEAD}\n\n{_ES_MORE}\n",
    )
    assert article.title == "Desalojan a cientos de vecinos por una riada en Exampleria"
    assert article.date == dt.date(2031, 3, 3)


def test_a_today_widget_yields_to_the_stamp_the_dateline_agrees_with(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "РАЗДЕЛЫРАЗДЕЛЫ\nФлаг Среда, 12 ноября 2032\nПримерск Ясно -3°C\nВсе новости\n"
        "Все новости\nВ мире\n3 марта 2031, 21:40\n\n"
        "Из долины Примерово из-за наводнения эвакуировали более трех тысяч жителей\n\n"
        "Фото из архива\nФото из архива\n\n"
        f"3 марта, Примерск /Корр. ЭКСПРЕСС/. {_RU_LEAD}\n\n{_RU_MORE}\n",
    )
    assert article.title.startswith("Из долины Примерово")
    assert article.date == dt.date(2031, 3, 3)  # not the day the page was viewed
    assert article.source == "ЭКСПРЕСС"


def test_a_head_date_the_dateline_contradicts_yields_to_one_it_agrees_with() -> None:
    texts = ["Headline", "x", f"3 марта, Примерск /Корр. ЭКСПРЕСС/. {_RU_LEAD}"]
    kinds = ["title", "meta", "body"]
    widget, stamp = (dt.date(2032, 11, 12), 0), (dt.date(2031, 3, 3), 1)
    assert agreeing([widget, stamp], texts, kinds) == [stamp]  # type: ignore[arg-type]
    # no dateline to agree with: the dates stay as they were, in order
    plain = ["Headline", "x", _RU_LEAD]
    assert agreeing([widget, stamp], plain, kinds) == [widget, stamp]  # type: ignore[arg-type]


def test_a_caption_given_twice_between_headline_and_stamp(tmp_path: Path) -> None:
    lead = (
        "〔即時新聞/綜合報導〕示例河谷自3日發生洪水,大水淹沒大片農田,當局持續救災但尚未控制水勢,"
        "谷中居民持續撤離。當局表示,此次撤離行動是該地有史以來最大規模,已經撤離3000人。"
    )
    more = (
        "綜合外媒報導,由於洪水持續威脅,谷中居民不斷撤離至安全地帶,在學校或避難所避難,"
        "也有人在街道上過夜。有部分居民表示,他們步行數公里才抵達安全地帶。"
    )
    caption = "示例河谷洪水蔓延,谷中居民持續撤離,許多人徒步撤離至避難地點。(示例社)"
    article = read(
        tmp_path,
        "為達最佳瀏覽效果,建議使用最新版本的瀏覽器。\n\n請至官網下載 請至官網下載\n晴時多雲\n\n"
        "近3千人撤離示例河谷洪水 居民驚:我們從家園逃到學校\n\n"
        f"{caption}\n\n{caption}\n\n2031/03/05 09:39\n\n{lead}\n\n{more}\n",
    )
    assert article.title == "近3千人撤離示例河谷洪水 居民驚:我們從家園逃到學校"
    assert article.date == dt.date(2031, 3, 5)


@pytest.mark.parametrize("byline", ["", "By Jane Roe\n\n"])
def test_a_headline_above_its_dek_and_stamp_stays_the_title(tmp_path: Path, byline: str) -> None:
    # the dek restates the lead and the headline does not, but the dek is the headline's own
    article = read(
        tmp_path,
        "When the mountain came calling at night\n\n"
        f"Hundreds of residents moved out of the Exampleria valley\n\n{byline}March 3, 2031\n\n"
        "Hundreds of residents were moved out of the Exampleria valley on Saturday as the water "
        "rose, the mayor said, and were taken to schools and sports halls for the night.\n",
    )
    assert article.title == "When the mountain came calling at night"
    assert article.date == dt.date(2031, 3, 3)  # the stamp under the standfirst dates it


def test_a_japanese_stamp_with_its_weekday_in_brackets() -> None:
    label = read_label("2031年3月4日(火)9時05分")
    assert label is not None and label.date.value() == dt.date(2031, 3, 4)
    assert read_label("2031年3月4日（火）") is not None


def test_a_copyright_year_glued_to_a_name_gives_no_outlet() -> None:
    story = ["見出し", "本文の一段落目です。" * 5, "本文の二段落目です。" * 5]
    glued = "Copyright (C) 2031エグザンプル・ジャパン(株)記事の無断転用を禁じます"
    assert find_source([*story, glued]) is None
    assert find_source([*story, "© 1999-2031 Example News"]) == "Example News"


def test_a_date_first_dateline_names_its_agency() -> None:
    dateline = read_dateline(f"3 марта, Примерск /Корр. ЭКСПРЕСС/. {_RU_LEAD}")
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("Примерск", "ЭКСПРЕСС")
    assert dateline.date is not None and (dateline.date.month, dateline.date.day) == (3, 3)
    assert read_dateline("9 March, Exampleton (EXA) - The council met.").agency == "EXA"  # type: ignore[union-attr]
    # a date and a place open many a sentence: without an agency, no dateline
    assert read_dateline("22 July, the day after, Exampleton burned to the ground.") is None


def test_an_arabic_credit_line_of_outlet_and_wire() -> None:
    lead = (
        "أعلنت مصادر رسمية، أن السلطات أجلت اليوم أكثر من ثلاثة آلاف شخص إلى أماكن آمنة "
        "بسبب الفيضان."
    )
    first = "أجلت السلطات اليوم أكثر من ثلاثة آلاف شخص إلى أماكن آمنة."
    assert arabic_dateline_outlet([first, "مثال 24 – وام:", lead]) == "مثال 24"
    # no media word closing the name: a line of the story, not a credit
    assert arabic_dateline_outlet([first, "السلطات – وام:", lead]) is None


def test_an_unbracketed_compiled_report_credit() -> None:
    text = "3月2日,示例河谷的居民坐在学校里。示例社 示例网综合报道 一场洪水近日席卷了示例河谷。"
    assert spaced_credit(text) == "示例网"
    assert spaced_credit("据示例网综合报道 一场洪水近日席卷了示例河谷。") is None
    assert spaced_credit("一场洪水近日席卷了示例河谷,示例网综合报道称。") is None


def test_a_japanese_closing_wire_credit_before_the_copyright() -> None:
    story = [
        "見出しの行",
        "川があふれ、住民らが学校に避難した。" * 3,
        "当局によると、約3000人が避難した。",
    ]
    footer = "Copyright (C) 2031エグザンプル・ジャパン(株)記事の無断転用を禁じます"
    assert find_source([*story, "[ロイター]", footer]) == "Reuters"
    assert find_source([*story, "［共同］"]) == "Kyodo News"
    # a bracketed name that is no wire's, or a wire's name inside the story, is no credit
    assert find_source([*story, "[エグザンプル]", footer]) is None

"""A heading is judged by the capitals of its own script: a Cyrillic or Greek sentence that
quotes a few capitalised Latin brand names is prose, and its names are read.

Every text here is written for the test (invented places, people and outlets).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.headings import is_heading


@pytest.mark.parametrize(
    "text",
    [
        # Russian and Greek prose, no full stop at its end, whose only Latin words are
        # capitalised brand names: the old Latin-only count took them for headings.
        "Прямую трансляцию ведет местный канал Velmo TV со ссылкой на агентство Ru",
        "Станция «Вельмора-7» села на плато, сообщает портал Novix.Net/",
        "Η πλατφόρμα Orbix Live μετέδωσε την προσεδάφιση του σκάφους Τάλως-2 στη Βελμόρα",
        # A line mostly in a script without case: never a heading by capitals.
        "维尔莫拉航天局 Orbix TV 报道了登陆器在高原着陆的消息以及后续的探测计划",
        "أعلنت وكالة الفضاء في فيلمورا عبر قناة Orbix TV عن هبوط المسبار",
    ],
)
def test_prose_in_another_script_with_latin_brand_names_is_no_heading(text: str) -> None:
    assert not is_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Regional Summits Highlight Multilateral Engagement",
        "Новости Науки И Космоса Велморы",
        "Εθνική Υπηρεσία Διαστήματος Της Βελμόρας",
        # Capitals with accents count as capitals ("État", "Île", "İzmir", "Łódź").
        "État Et Îles Face Au Séisme",
        "İzmir Ve Çorlu Için Önlemler",
    ],
)
def test_title_case_lines_in_cased_scripts_stay_headings(text: str) -> None:
    assert is_heading(text)


def test_sentence_case_cyrillic_line_is_no_heading() -> None:
    assert not is_heading("Вельмора-7 села на плато у северного полюса")


@pytest.mark.parametrize(
    "text",
    [
        "• инженеров Сергея Луговского, Ирину Тарвик, Олега Вельмина,",
        "министр Велморы Ирина Тарвик;",
        "• engineers Jane Roe, John Doe,",
    ],
)
def test_a_list_item_ending_on_a_comma_or_semicolon_is_no_heading(text: str) -> None:
    assert not is_heading(text)


def _ru(n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language="ru")


def test_names_of_a_russian_paragraph_quoting_latin_brands_are_read() -> None:
    paragraph = (
        "Прямую трансляцию ведет местный канал Velmo TV со ссылкой на агентство "
        "«Орбикон», и станция «Вельмора-7» мягко села на плато Тарвика, где работает "
        "Сергей Луговской, пишет Novix.Net/"
    )
    articles = [_ru(n, paragraph) for n in range(3)]
    topics = extract_topics(articles)
    assert holding(topics, "Сергей Луговской")

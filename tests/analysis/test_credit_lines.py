"""A photo credit standing alone ("Photo: Jane Roe/Agency", "示例社记者 张三 摄", "© JANE ROE /
AGENCY") closes the caption right before it: the caption's dates are the picture's, not
events. Prose of the same shape stays an event: a story's longer paragraph before a credit, the
paragraph after a credit (the lead under a headline's picture), a page's copyright line, a
sentence about photographs. Text written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from analysis.builders import in_language

from briefing.analysis import extract_timeline
from briefing.analysis.credit_lines import closes_caption, credit_line
from briefing.analysis.date_sentences import dated_phrases


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Roe/Example Wire",
        "Photograph: Jane Roe/Example Wire",
        "(Foto: AGENTUR/MAX MUSTER)",
        "Foto: Agencia Ejemplo",
        "Fotoğraf: Örnek Ajansı",
        "Фото: Иван Петров / Пример",
        "Φωτογραφία: Παράδειγμα",
        "Photo by Jane Roe",
        "Foto von Max Muster",
        "© JANE ROE / EXAMPLE WIRE",
        "ⓒ 예시=뉴스1",
        "示例社记者 张三 摄",
        "新華社記者王五攝",
        "사진=예시뉴스",
        "写真:示例社",
    ],
)
def test_a_photo_credit_alone_is_a_credit_line(line: str) -> None:
    assert credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # prose about photographs: a sentence ends inside, or the line is long
        "Photo: the bridge. It fell into the river on Tuesday.",
        "Photographs of the bridge falling into the river were shared widely online that night.",
        "Photographers were kept away from the site.",
        # a page's own copyright line: a year, or no photographer and agency joined
        "© 2031 Example Media",
        "© Example Media. All rights reserved.",
        "© Example Wire",
        # a word that only begins like a picture's label
        "Bildung: ein Thema",
        "Imagine: no bridge at all",
        "",
    ],
)
def test_a_look_alike_is_no_credit_line(line: str) -> None:
    assert not credit_line(line)


def _events(language: str, *paragraphs: str) -> dict[str, bool]:
    """Each date phrase of the article → whether the timeline shows it as an event."""
    article = in_language(language, "a1", *paragraphs)
    dated = replace(article, date=dt.date(2031, 5, 9))
    return {e.phrase: e.event for e in extract_timeline([dated])}


@pytest.mark.parametrize(
    ("language", "caption", "credit", "phrase"),
    [
        ("zh", "5月3日,在示例市,救援人员聚集在矿井口。", "示例社记者张三摄", "5月3日"),
        ("en", "Rescuers gather at the mouth of the pit on May 3.", "Photo: Jane Roe/Example Wire",
         "May 3"),
        ("de", "Helfer am Eingang der Grube am 3. Mai", "© MAX MUSTER / AGENTUR", "3. Mai"),
        ("ko", "3일 예시시 광산 입구에 모인 구조대원들", "사진=예시뉴스", "3일"),
    ],
)  # fmt: skip
def test_a_one_sentence_paragraph_over_a_credit_line_is_a_caption(
    language: str, caption: str, credit: str, phrase: str
) -> None:
    events = _events(language, caption, credit)
    assert events[phrase] is False, events


def test_a_story_paragraph_over_a_credit_line_stays_an_event() -> None:
    # two sentences: the story's last paragraph, its picture's credit set after it
    events = _events(
        "en",
        "Rescuers reached the pit on May 3. The search went on through the night.",
        "Photo: Jane Roe/Example Wire",
    )
    assert events["May 3"] is True


def test_the_paragraph_after_a_credit_line_stays_an_event() -> None:
    # the lead picture's credit between the headline and the lead: the lead is the story
    events = _events("en", "Photo: Jane Roe/Example Wire", "Rescuers reached the pit on May 3.")
    assert events["May 3"] is True


def test_a_copyright_footer_does_not_make_the_last_paragraph_a_caption() -> None:
    events = _events("en", "Rescuers reached the pit on May 3.", "© 2031 Example Media")
    assert events["May 3"] is True


def test_closes_caption_needs_a_credit_after() -> None:
    assert closes_caption("Rescuers at the pit on May 3.", "Photo: Jane Roe", "en")
    assert not closes_caption("Rescuers at the pit on May 3.", None, "en")
    assert not closes_caption("Rescuers at the pit on May 3.", "The search went on.", "en")


def _flags(text: str, language: str) -> list[tuple[str, bool]]:
    return [(d[3].text, d[5]) for d in dated_phrases(text, language, language)]


def test_a_credit_sentence_inside_the_paragraph_closes_the_caption_before_it() -> None:
    assert _flags("Rescuers at the pit on May 3. Photograph: Jane Roe/Example Wire", "en") == [
        ("May 3", True)
    ]


def test_a_sentence_about_photographs_after_a_date_is_prose() -> None:
    assert _flags("Rescuers reached the pit on May 3. Photographers were kept away.", "en") == [
        ("May 3", False)
    ]

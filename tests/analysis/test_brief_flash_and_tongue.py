"""A quote's language is its sentence's, not its article's (an English wire line opening a
Korean page is English), and a wire's shouted flash label ("BREAKING: …") is no part of
what a line states: left out of the quote, and a flash line ranks below a plain lead.
All text is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle
from analysis.lede_fixtures import lede

from briefing.brief_citations import Citer
from briefing.brief_quotes import clean_quote, flash_label
from briefing.corpus.language import script, sentence_language
from briefing.model import Article, Topic

D = dt.date
EVENT = "Storm at Velmora, 4 Mar 2031"  # a Tuesday
TOPICS = [
    Topic("storm", EVENT, "event", ("storm", "tempête", "Sturm"), ()),
    Topic("velmora", "Velmora", "place", ("Velmora",), ()),
]

ENGLISH_LINE = (
    "Up to forty people are feared dead after a violent storm flooded the harbour town overnight."
)
KOREAN_LINE = (
    "폭풍으로 항구 도시가 밤사이 물에 잠기면서 최대 마흔 명이 숨진 것으로 추정된다고 당국이 밝혔다."
)


def _in(article: Article, language: str) -> Article:
    return dataclasses.replace(article, language=language)


def test_flash_labels_are_found_in_any_cased_script() -> None:
    for label in ("BREAKING: ", "URGENT: ", "EXCLUSIVE: ", "LIVE UPDATES: ", "СРОЧНО: "):
        text = label + "The storm sank two ferries in the harbour."
        assert flash_label(text) == len(label), label
        assert clean_quote(text) == "The storm sank two ferries in the harbour."
    assert clean_quote("ΕΚΤΑΚΤΟ: Η καταιγίδα βύθισε δύο πλοία.") == "Η καταιγίδα βύθισε δύο πλοία."


def test_look_alikes_of_a_flash_label_stay() -> None:
    for text in (
        "PARIS: The storm sank two ferries in the harbour.",  # a dateline: a place
        "Analysis: The storm sank two ferries in the harbour.",  # not shouted
        "NASA said the storm sank two ferries in the harbour.",  # no colon: a subject
        "UN: The storm sank two ferries in the harbour.",  # two letters: an acronym
        "Velmora’s mayor said: The storm sank two ferries.",  # a voice opening a quote
        "BREAKING:",  # nothing after it
        "The storm sank two ferries: URGENT help is needed.",  # not at the start
        "UPDATE — Two more were found in the harbour.",  # a dash: maybe an acronym's
    ):
        assert flash_label(text) == 0, text
        assert clean_quote(text) == text


def test_a_flash_line_ranks_below_a_plain_lead(article: MakeArticle) -> None:
    flash = (
        "BREAKING: The storm killed 40 people in Velmora on Tuesday, March 4, 2031, officials say."
    )
    plain = "La tempête a frappé le port de Velmora le mardi 4 mars 2031, coulant deux ferries."
    a = article("a", flash, date=D(2031, 3, 5))
    b = _in(article("b", plain, date=D(2031, 3, 5)), "fr")
    assert _lede([a, b]) == plain
    # The same line without its label is a plain English lead, and the brief's language wins.
    a = article("a", flash.removeprefix("BREAKING: "), date=D(2031, 3, 5))
    assert _lede([a, b]) == flash.removeprefix("BREAKING: ")
    # A flash line is still the lede when no plain sentence names the event.
    a = article("a", flash, date=D(2031, 3, 5))
    assert _lede([a]) == flash


def _lede(articles: list[Article]) -> str | None:
    return lede(articles, EVENT, TOPICS)


def test_a_quotes_language_is_its_sentences(article: MakeArticle) -> None:
    korean = _in(article("k", ENGLISH_LINE, KOREAN_LINE), "ko")
    english = article("e", "The harbour reopened.")
    citer = Citer([korean, english])
    # An English wire line opening a Korean page is English: the brief's, so no tag.
    assert citer.said(ENGLISH_LINE, "k") == f"“{ENGLISH_LINE}”"
    assert citer.said(KOREAN_LINE, "k") == f"“{KOREAN_LINE}” (in Korean)"
    # A Russian sentence quoted from an English page says it is Russian.
    russian = "Шторм ночью затопил гавань, и спасатели до сих пор ищут пропавших людей в воде."
    assert citer.said(russian, "e") == f"“{russian}” (in Russian)"
    # A German one stays untagged like its page: within one script the page's language stands.
    german = "Der Sturm hat in der Nacht zwei Fähren im Hafen versenkt und viele Häuser zerstört."
    assert citer.said(german, "e") == f"“{german}”"
    # Too short to tell: the article's language stands.
    assert citer.said("Storm in Velmora.", "k") == "“Storm in Velmora.” (in Korean)"


def test_a_sentence_keeps_its_articles_language_unless_plainly_another() -> None:
    korean_page = f"{ENGLISH_LINE} {KOREAN_LINE} {KOREAN_LINE}"
    assert sentence_language(ENGLISH_LINE, "ko", korean_page) == "en"
    assert sentence_language(KOREAN_LINE, "ko", korean_page) == "ko"
    assert sentence_language("Short line.", "ko", korean_page) == "ko"
    # Within one script CLD2 is not trusted on a sentence: a German one naming an English
    # paper stays German (CLD2 alone calls such a sentence English).
    german = "Der Reporter Anton Velk lebte als Korrespondent des ‘Harbour Evening Post’ in Oslo."
    assert sentence_language(german, "de", german + " Er schrieb über den Hafen.") == "de"
    # A Ukrainian page's sentence in Cyrillic is never re-read as Russian.
    ukrainian = "Шторм затопив місто вночі, і рятувальники шукають зниклих людей у воді."
    assert sentence_language(ukrainian, "uk", ukrainian) == "uk"


def test_scripts_group_han_and_kana() -> None:
    assert script("東京で地震があった。") == script("東京發生地震。") == "CJK"
    assert script("Storm in Velmora") == "LATIN"
    assert script("Шторм") == "CYRILLIC"
    assert script("12, 13.") is None

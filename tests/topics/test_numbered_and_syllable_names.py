"""Two name shapes the run of capitals missed: a word with a number glued to its end
("Kanal7", a channel) and a given name of two romanised syllables, the second in lower case
("Ho Wai-ho", "Kim Jong-un"). Every text is written for the test; the people are invented."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.name_syllables import syllable_pair
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_word_with_a_number_glued_on_is_a_body_in_any_language() -> None:
    articles = [
        # Written about once (a station only cited as a source is no topic: test_cited_media).
        _in(
            "en",
            0,
            "The private station Kanal7 lost its licence; the mayor said the count was over.",
        ),
        _in("uk", 1, "Про це повідомляє Kanal7 з посиланням на поліцію."),
        _in("en", 2, "Rain fell over the harbour of Velmora all day."),
    ]
    found = holding(extract_topics(articles), "Kanal7")
    assert len(found) == 1 and found[0].kind == "organisation"
    assert {m.article_id for m in found[0].mentions} == {"000", "001"}


def test_numbers_and_capitals_that_are_no_such_name() -> None:
    articles = [
        _in("en", 0, "The flight KX171 left at noon, and 7km of road were shut."),
        _in("en", 1, "Flight KX171 carried 242 people; the 2km stretch reopened."),
    ]
    names = {t.name for t in extract_topics(articles)}
    # An all-capitals code stays an acronym (one topic), a measure is no name.
    assert "KX171" in names and not {"7km", "2km"} & names
    # Capitals inside the letters: a standard's name, not written as a body's ("ZPv6").
    articles = [
        _in("en", 0, "The router speaks only ZPv6, the engineers said on Monday."),
        _in("uk", 1, "Маршрутизатор підтримує ZPv6, кажуть інженери."),
    ]
    assert not holding(extract_topics(articles), "ZPv6")


def _pair(text: str, word: str) -> bool:
    tokens = tokenize(text)
    j = next(i for i, t in enumerate(tokens) if t.text == word)
    return syllable_pair(tokens, j)


def test_syllables_of_a_romanised_given_name() -> None:
    assert _pair("the firefighter Ho Wai-ho died", "Wai")
    assert _pair("leader Kim Jong-un said", "Jong")
    assert _pair("Carrie Lam Yuet-ngor spoke", "Yuet")
    # Words glued to a name are no syllable; particles and further dashes neither.
    assert not _pair("the Tai Po-based firm", "Po")
    assert not _pair("a Hong Kong-born chef", "Kong")
    assert not _pair("the Xi-led party", "Xi")
    assert not _pair("in Saint-Jean-de-Luz today", "Jean")
    assert not _pair("the Wai - ho gap", "Wai")  # spaced: no one word


def test_the_full_given_name_is_one_topic() -> None:
    articles = [
        _in("en", 0, "North Korean leader Kim Jong-un met Moon Jae-in in Seoul on Monday."),
        _in("en", 1, "Kim Jong-un left early, and Moon Jae-in stayed. The Tai Po-based firm shut."),
    ]
    names = {t.name for t in extract_topics(articles)}
    assert {"Kim Jong-un", "Moon Jae-in"} <= names
    assert not {"Kim Jong", "Moon Jae", "Tai Po-based"} & names


def test_a_korean_syllable_with_a_voiced_final() -> None:
    # "og", "seob": a Korean given name's second syllable as its own romanisation writes it.
    assert _pair("the deputy Bae Gyeong-og said", "Gyeong")
    assert _pair("director Ahn Hyeon-seob spoke", "Hyeon")
    # An English word glued to a name is no Korean syllable, voiced final or not.
    assert not _pair("a Bae-era rule", "Bae")
    assert not _pair("the Pyongyang-bred officer", "Pyongyang")
    assert not _pair("a Smith-led panel", "Smith")
    assert not _pair("the Seoul-bound ship", "Seoul")


def test_a_voiced_final_keeps_the_whole_given_name() -> None:
    articles = [
        _in("en", 0, "Vice minister Bae Gyeong-og said the search would go on all night."),
        _in("en", 1, "Bae Gyeong-og told reporters that divers had reached the hull."),
    ]
    names = {t.name for t in extract_topics(articles)}
    assert "Bae Gyeong-og" in names
    assert "Bae Gyeong" not in names

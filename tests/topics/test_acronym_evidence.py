"""Short words in capitals are acronyms only with evidence (made-up texts, not the seeds)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.acronyms import ambiguous


def _in(n: int, language: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_short_function_words_of_any_language_are_ambiguous() -> None:
    for token in ("UN", "EU", "IL", "DA", "ОН", "BU"):
        assert ambiguous(token), token
    for token in ("AFAD", "USGS", "ЕС", "G7", "U.S.", "MRC"):
        assert not ambiguous(token), token


def test_a_function_word_in_capitals_is_an_acronym_when_outlets_write_it_so() -> None:
    """ "UN" and "EU" are French and Portuguese words, and acronyms two articles write in
    prose; "UN" in a line in capitals is a French article, and "IL" an Italian one."""
    articles = [
        _in(0, "en", "The UN sent tents to Varna on Monday, and the EU sent doctors."),
        _in(1, "en", "Aid from the UN and the EU reached Varna by road on Tuesday."),
        _in(2, "fr", "UN TÉMOIN RACONTE LA NUIT. Les secours sont arrivés à Varna."),
        _in(3, "it", "IL FIUME È ESONDATO A VARNA. I soccorsi sono arrivati."),
    ]
    topics = extract_topics(articles)
    assert holding(topics, "UN") and holding(topics, "EU")
    assert not holding(topics, "IL")


def test_a_short_function_word_in_one_text_only_is_no_acronym() -> None:
    """ "DA" is an Italian and Portuguese function word: one English text's use is no
    evidence, in a packet whose own languages' lists do not have it."""
    articles = [
        _in(0, "en", "Rescuers marked the house DA on their map of Varna, officials said."),
        _in(1, "en", "Rescuers in Varna worked through the night, officials said."),
        _in(2, "en", "Officials in Varna said the river was falling."),
    ]
    assert not holding(extract_topics(articles), "DA")


def test_a_defined_short_acronym_is_kept_from_one_text() -> None:
    articles = [
        _in(0, "en", "The Islamic State (IS) claimed the attack, officials in Varna said."),
        _in(1, "en", "Officials in Varna said the attack was claimed online."),
    ]
    found = holding(extract_topics(articles), "IS")
    assert found and found[0].kind != "person"


def test_a_function_word_of_the_texts_own_language_needs_its_expanded_form() -> None:
    """ "OR" written in English prose by two articles is still the English word."""
    articles = [
        _in(0, "en", "Type cats OR dogs in the box to search the Varna archive."),
        _in(1, "en", "Searches for floods OR storms in the Varna archive found a lot."),
    ]
    assert not holding(extract_topics(articles), "OR")


def test_a_time_zone_after_a_clock_time_is_no_topic() -> None:
    """ "IST", "GMT": written after a clock time in any language, they say when, not who.
    NASA, named once after a time, stays (most of its uses are not after one)."""
    articles = [
        _in(0, "en", "The ferry left Varna at 1:40 pm EEST and NASA images showed the storm."),
        _in(1, "fr", "Le ferry a quitté Varna à 13h40 EEST, selon la NASA et la capitainerie."),
        _in(2, "de", "Die Fähre legte um 13.40 Uhr (EEST) ab; die NASA zeigte den Sturm."),
        _in(3, "en", "At 14:05 EEST the ferry sent a distress call. At 14:10 NASA said more."),
        _in(4, "es", "El ferry zarpó de Varna a las 13:40 EEST, informó la NASA."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "EEST")
    assert holding(topics, "NASA")


def test_an_acronym_that_reads_as_a_function_word_is_named_by_its_long_form() -> None:
    """ "IS" beside "Islamic State" is named "Islamic State" (a name that reads as the verb
    "is" is no name to list); "NATO" beside "North Atlantic Treaty Organization" keeps its
    short form, and an "IS" the text never expands stays "IS"."""
    from briefing.topics.candidates import Occurrence
    from briefing.topics.naming import canonical

    def occs(*surfaces: str) -> list[Occurrence]:
        return [Occurrence("000", n, 0, len(s), s) for n, s in enumerate(surfaces)]

    assert canonical("organisation", "a:is", occs("IS", "IS", "IS", "Islamic State")) == (
        "Islamic State"
    )
    assert canonical("organisation", "a:is", occs("IS", "IS")) == "IS"
    nato = occs("NATO", "NATO", "North Atlantic Treaty Organization")
    assert canonical("organisation", "a:nato", nato) == "NATO"


def test_an_initialism_that_is_a_common_noun_is_no_body() -> None:
    """Before: "TV" of "national TV", "alla TV" was an organisation in three articles."""
    articles = [
        _in(
            0,
            "en",
            "Soldiers read a statement on national TV as the leaders of Varna; NATO replied.",
        ),
        _in(
            1,
            "it",
            "I militari di Varna hanno detto, in una dichiarazione alla TV, di aver preso tutto.",
        ),
        _in(2, "en", "The colonel of Varna spoke on state TV late on Wednesday; NATO reported it."),
        _in(3, "es", "La NATO y el canal TVR informaron desde Varna; TVR habló con la NATO."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "TV")
    # A body's acronym, and a channel's name holding the letters, stay.
    assert holding(topics, "NATO") and holding(topics, "TVR")

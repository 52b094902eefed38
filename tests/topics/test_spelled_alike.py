"""One name in two romanisations ("Pylos" / "Pilos") or two languages' respellings of a long
name ("Peloponneso" / "Peloponnes"), own text: one topic, unless one article writes both
(two towns) or either is a person."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.spelled_alike import alike_pairs, consonant_spine
from briefing.topics.subdivisions import _respelt


def _seen(*articles: str) -> list[Occurrence]:
    return [Occurrence(a, 0, 0, 5, "x") for a in articles]


def test_spellings_in_different_articles_are_one_name() -> None:
    seen = {"n:pylos": _seen("a", "b"), "n:pilos": _seen("c")}
    assert alike_pairs(list(seen), seen, lambda _k: False) == [("n:pylos", "n:pilos")]
    seen = {"n:peloponneso": _seen("a"), "n:peloponnes": _seen("b"), "n:peloponeso": _seen("c")}
    assert len(alike_pairs(list(seen), seen, lambda _k: False)) == 2


def test_look_alikes_stay_apart() -> None:
    # One article writes both: two towns.
    seen = {"n:pylos": _seen("a", "b"), "n:pilos": _seen("b")}
    assert alike_pairs(list(seen), seen, lambda _k: False) == []
    # Close but not one skeleton: two towns.
    seen = {"n:kalamata": _seen("a"), "n:kalamaria": _seen("b")}
    assert alike_pairs(list(seen), seen, lambda _k: False) == []
    # People are paired by their own rules; two places the gazetteer knows are two.
    seen = {"n:marius": _seen("a"), "n:marios": _seen("b")}
    assert alike_pairs(list(seen), seen, lambda k: k == "n:marius") == []
    seen = {"g:Pylos": _seen("a"), "g:Pilos": _seen("b")}
    assert alike_pairs(list(seen), seen, lambda _k: False) == []
    # Short names meet by chance.
    seen = {"n:lyon": _seen("a"), "n:lion": _seen("b")}
    assert alike_pairs(list(seen), seen, lambda _k: False) == []


def test_consonant_spine() -> None:
    assert consonant_spine("Pelopónnisos") == consonant_spine("Peloponneso") == "plpns"
    assert consonant_spine("Australia") != consonant_spine("Austria")


def test_a_long_regions_respelt_vowels_are_its_translation() -> None:
    assert _respelt("Peloponneso", ["Pelopónnisos"])
    assert not _respelt("Peloponez", ["Pelopónnisos"])  # a consonant differs
    assert not _respelt("Ligurien", ["Liguria"])  # a German ending adds a consonant


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_in_a_packet_two_romanisations_of_a_town_are_one_topic() -> None:
    articles = [
        _in("en", 0, "The ferry sank near Methoni, south of Pylos, on Monday."),
        _in("en", 1, "Survivors were taken from Pylos to the hospital in Athens."),
        _in("de", 4, "Die Fähre sank vor Pylos, teilte die Küstenwache in Athen mit."),
        _in("it", 5, "Il traghetto è affondato al largo di Pylos, in Grecia."),
        _in("fr", 2, "Le ferry a coulé au large de Pilos lundi, selon Athènes."),
        _in("es", 3, "El ferry se hundió cerca de Pilos, en Grecia."),
    ]
    topics = extract_topics(articles)
    pylos = holding(topics, "Pylos")
    assert pylos and "Pilos" in pylos[0].aliases, [t.aliases for t in topics]


def test_a_cyrillic_spelling_fits_the_one_name_two_romanisations_make() -> None:
    from briefing.topics.romanise import spelled_names

    keys = ["n:pylos", "n:pilos"]
    lone = [Occurrence("r", 0, 0, 6, "Пилоса")]
    # Two Latin names fit: alone they are two, and the Cyrillic word joins neither.
    assert spelled_names(keys, lone, lambda _k: False) == []
    # Joined as one (:func:`alike_pairs`), they are one name to fit.
    joined = {"n:pylos": "n:pylos", "n:pilos": "n:pylos"}
    found = spelled_names(keys, lone, lambda _k: False, joined.__getitem__)
    assert [fits for _key, _occs, fits in found] == [{"n:pylos", "n:pilos"}]


def test_in_a_packet_one_article_writing_both_keeps_two_towns() -> None:
    articles = [
        _in("en", 0, "The ferry sailed from Pylos to Pilos, two villages, on Monday."),
        _in("en", 1, "Pylos and Pilos both sent boats to the search on Monday."),
        _in("fr", 2, "Le ferry a coulé au large de Pilos lundi."),
        _in("es", 3, "El ferry salió de Pylos, en Grecia."),
    ]
    topics = extract_topics(articles)
    assert not any({"Pylos", "Pilos"} <= set(t.aliases) for t in topics)


def test_a_cyrillic_name_key_fits_the_one_name_two_romanisations_make() -> None:
    from briefing.topics.crossnames import one_word_names

    keys = ["n:pylos", "n:pilos", "n:пилос"]
    assert one_word_names(keys, {"n:пилос"}) == []  # two Latin names fit: neither
    joined = {"n:pylos": "n:pylos", "n:pilos": "n:pylos", "n:пилос": "n:пилос"}
    pairs = one_word_names(keys, {"n:пилос"}, joined.__getitem__)
    assert len(pairs) == 1 and pairs[0][0] == "n:пилос"

"""A country's several-word second name read from its official name in each language
(:mod:`briefing.topics.official_parts`).

Every text here is written for the test (invented people and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.official_parts import _part, official_part_names


def test_the_second_name_in_each_language() -> None:
    found = official_part_names(frozenset({"fr", "es", "de", "it"}))
    assert found["Grande-Bretagne"] == "United Kingdom"
    assert found["Grande Bretagne"] == "United Kingdom"  # the hyphen dropped
    assert found["Gran Bretaña"] == "United Kingdom"
    assert found["Großbritannien"] == "United Kingdom"
    # one word after "of" names more than the country elsewhere ("Amérique")
    assert "Amérique" not in found and "America" not in found


def test_the_run_after_the_name_and_its_link_words() -> None:
    assert _part("Ruritanie", "Ruritanie de Haute-Zenda et des Îles") == "Haute-Zenda"
    assert _part("Ruritanie", "Royaume de Ruritanie") is None  # the name does not open it


def test_a_french_text_names_the_country_not_brittany() -> None:
    texts = [
        ("fr", "Le problème le plus grave vient de Grande Bretagne, selon Paul Durand."),
        ("fr", "Les hôpitaux de Grande-Bretagne sont touchés, selon Paul Durand."),
        ("it", "Il guasto ha colpito la Gran Bretagna, ha detto Paolo Rossi."),
    ]
    articles = [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]
    topics = {t.name: t for t in extract_topics(articles)}
    assert "Bretagne" not in topics and "Brittany" not in topics
    assert topics["United Kingdom"].kind == "place"


def test_brittany_alone_stays_brittany() -> None:
    texts = [
        ("fr", "La tempête a frappé la Bretagne, selon Paul Durand."),
        ("fr", "En Bretagne les écoles ferment, selon Paul Durand."),
        ("it", "La tempesta ha colpito la Bretagna, ha detto Paolo Rossi."),
    ]
    articles = [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]
    topics = {t.name: t for t in extract_topics(articles)}
    assert "United Kingdom" not in topics
    assert any(t.kind == "place" and "Bretagne" in (t.name, *t.aliases) for t in topics.values())


def test_a_german_genitive_of_the_country_before_an_office_keeps_the_name() -> None:
    # "Großbritanniens", now a known place, stays in the run before an unknown office noun:
    # lower-cased, it would leave "Thronfolger" to open the person's name.
    texts = [
        ("de", "Zu Gast waren Olaf Berg, Großbritanniens Thronfolger Prinz Otto und viele mehr."),
        ("de", "Es kamen Olaf Berg, Großbritanniens Thronfolger Prinz Otto und andere."),
        ("fr", "Le prince Otto est arrivé avec Olaf Berg."),
    ]
    articles = [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]
    names = {t.name for t in extract_topics(articles)}
    assert "Prinz Otto" in names
    assert not any(n.startswith("Thronfolger") for n in names)

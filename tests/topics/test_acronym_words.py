"""An acronym written as a word ("l'Otan" for "OTAN", "dell'Onu" for "ONU") is that
acronym's mention, in one language's articles alone; a title-case word with no acronym of its
letters stays what it was. Every text here is written for the test (an invented alliance)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


_ENGLISH = [
    _in("en", 1, "Valdoria joined the OKAP alliance on Tuesday, its chief Tamsin Roer said."),
    _in("en", 2, "Valdoria became the newest member of OKAP on Tuesday in Corvell."),
]


def test_an_elided_acronym_in_title_case_is_the_acronym() -> None:
    french = [
        _in("fr", 3, "La Valdorie est devenue mardi membre de l'Okap, a déclaré Tamsin Roer."),
        _in("fr", 4, "Le drapeau de la Valdorie a été hissé au siège de l’Okap à Corvell."),
    ]
    topics = extract_topics(_ENGLISH + french)
    (okap,) = holding(topics, "OKAP")
    assert "Okap" in okap.aliases
    assert {m.article_id for m in okap.mentions if m.surface == "Okap"} == {"003", "004"}


def test_a_title_case_word_without_its_acronym_is_left_alone() -> None:
    french = [
        _in("fr", 3, "La Valdorie est devenue mardi membre de l'Ovex, a déclaré Tamsin Roer."),
        _in("fr", 4, "Le drapeau de la Valdorie a été hissé au siège de l’Ovex à Corvell."),
    ]
    topics = extract_topics(_ENGLISH + french)
    assert not any("Ovex" in t.aliases and "OKAP" in t.aliases for t in topics)


def test_a_credit_in_title_case_is_not_read_as_the_acronym() -> None:
    # "(Varnews/Okap)": an agency's credit line, no noun of a sentence.
    french = [
        _in("fr", 3, "Corvell, 4 avr. (Varnews/Okap) - La Valdorie est devenue membre mardi."),
        _in("fr", 4, "Corvell, 4 avr. (Varnews/Okap) - Le drapeau de la Valdorie a été hissé."),
    ]
    topics = extract_topics(_ENGLISH + french)
    assert not any(m.surface == "Okap" for t in topics for m in t.mentions)

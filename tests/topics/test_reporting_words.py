"""A key word that the articles report with ("announced that", "anunció que") is no theme.

Every text is written for the test: a made-up company (Varnok) and a made-up district
(Brelnik), in English, Spanish and Russian.
"""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.reporting_words import reporting


def _uses(texts: dict[str, str], word: str) -> list[Occurrence]:
    found = []
    for article, text in texts.items():
        start = 0
        while (at := text.find(word, start)) >= 0:
            found.append(Occurrence(article, 0, at, at + len(word), word))
            start = at + len(word)
    return found


def _ask(texts: dict[str, str], words: list[str], languages: dict[str, str]) -> bool:
    uses = [o for w in words for o in _uses(texts, w)]
    return reporting(uses, lambda a, _i: texts.get(a, ""), languages)


def test_a_verb_opening_a_clause_in_two_articles_is_a_reporting_word() -> None:
    texts = {
        "a": "Varnok filed for protection, proclaiming that its chief had resigned.",
        "b": "Después, Varnok proclamó que vendería sus acciones en Brelnik.",
        "c": "After the proclamation, the price of the shares fell sharply.",
    }
    languages = {"a": "en", "b": "es", "c": "en"}
    assert _ask(texts, ["proclaiming", "proclamó", "proclamation"], languages)


def test_a_russian_verb_with_its_comma_before_the_clause() -> None:
    texts = {
        "a": "Компания объявила, что уходит из Бренлика.",
        "b": "Совет объявил, что выборы пройдут весной.",
    }
    assert _ask(texts, ["объявила", "объявил"], {"a": "ru", "b": "ru"})


def test_one_article_reporting_so_is_one_writer_s_phrase() -> None:
    texts = {
        "a": "Varnok filed for protection, proclaiming that its chief had resigned.",
        "b": "The proclamation came late on Friday.",
    }
    assert not _ask(texts, ["proclaiming", "proclamation"], {"a": "en", "b": "en"})


def test_a_noun_before_a_relative_clause_is_no_reporting_verb() -> None:
    # "migrants that" / "migrantes que": relative clauses after a noun the packet writes after
    # an article elsewhere ("the migrants", "los migrantes").
    texts = {
        "a": "Boats carried migrants that had waited for weeks in Brelnik.",
        "b": "The migrants reached the shore at dawn.",
        "c": "Rescataron a migrantes que llevaban días en el mar.",
        "d": "Los migrantes llegaron a Brelnik.",
    }
    languages = {"a": "en", "b": "en", "c": "es", "d": "es"}
    assert not _ask(texts, ["migrants", "migrantes"], languages)


def test_a_language_without_the_tests_is_not_asked() -> None:
    texts = {"a": "Varnok duyurdu ki şirket kapanıyor.", "b": "Varnok duyurdu ki hisseler düştü."}
    assert not _ask(texts, ["duyurdu"], {"a": "tr", "b": "tr"})


def test_an_adjective_before_a_relative_clause_is_no_reporting_verb() -> None:
    # Never written after an article, but no verb's grammar either: a noun stands before it.
    texts = {
        "a": "Liberaron a rehenes vivos que estaban en Brelnik.",
        "b": "Entre ellos, soldados vivos que volvieron a casa.",
        "c": "Sono stati liberati ostaggi vivi che erano a Brelnik.",
    }
    languages = {"a": "es", "b": "es", "c": "it"}
    assert not _ask(texts, ["vivos", "vivi"], languages)


def test_a_named_subject_or_an_auxiliary_shows_the_verb() -> None:
    texts = {
        "a": "Después, Varnok proclamó que vendería sus acciones.",
        "b": "Il consiglio ha proclamato che il voto è nullo.",
    }
    assert _ask(texts, ["proclamó", "proclamato"], {"a": "es", "b": "it"})

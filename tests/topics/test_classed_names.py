"""One capitalised word after a firm's class noun is the firm, even if one article names it
(:mod:`briefing.topics.classed_names`).

Every text here is written for the test (invented people and firms).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, kinds_of

from briefing.topics import extract_topics
from briefing.topics.classed_names import classed_word
from briefing.topics.tokens import tokenize

_FUNCTION = frozenset({"de", "la", "le", "que", "el", "il", "a"})


def _classed(text: str, word: str, language: str) -> bool:
    tokens = tokenize(text)
    first = next(k for k, t in enumerate(tokens) if t.text == word)
    return classed_word(tokens, (first, first), tokens[first], language, _FUNCTION, lambda _: None)


def test_the_noun_right_before_or_one_adjective_after_it() -> None:
    assert _classed("Hier le constructeur Rivolet a fermé", "Rivolet", "fr")
    assert _classed("Hier le constructeur automobile Rivolet a fermé", "Rivolet", "fr")
    assert _classed("Ayer la compañía aérea Rivolet cerró", "Rivolet", "es")
    assert _classed("Вчера компания Ротан закрылась", "Ротан", "ru")
    assert not _classed("Вчера оператор Петров уволился", "Петров", "ru")  # a surname


def test_no_noun_a_function_word_a_comma_or_a_given_name_between() -> None:
    assert not _classed("Hier la banque de Rivolet a fermé", "Rivolet", "fr")
    assert not _classed("Hier le constructeur, Rivolet a fermé", "Rivolet", "fr")
    assert not _classed("Hier le constructeur automobile Claire a parlé", "Claire", "fr")
    assert not _classed("Hier la ville voisine Rivolet a fermé", "Rivolet", "fr")
    # English puts the adjective first: a word between is no adjective of the noun.
    assert not _classed("The company told Rivolet on Monday", "Rivolet", "en")
    assert not _classed("Prices held firm Tuesday in Lyon", "Tuesday", "en")  # a weekday
    # Spanish "firma" is also "signs": only after an article is it the noun.
    assert not _classed("El decreto que firma Rivolet entra hoy", "Rivolet", "es")
    assert _classed("Ayer la firma Rivolet cerró", "Rivolet", "es")


def test_a_firm_one_article_names_is_listed() -> None:
    kinds = kinds_of(
        ("fr", "Lundi, le constructeur automobile Vaucrin a arrêté deux usines, dit Paul Morel."),
        ("en", "The outage hit factories in Lyon, said Paul Morel on Monday."),
    )
    assert kinds.get("Vaucrin") == "organisation"


def test_the_same_word_without_the_noun_is_not() -> None:
    kinds = kinds_of(
        ("fr", "Lundi, selon Vaucrin, deux usines ont arrêté, dit Paul Morel."),
        ("en", "The outage hit factories in Lyon, said Paul Morel on Monday."),
    )
    assert "Vaucrin" not in kinds


def test_the_press_nouns_name_a_source_not_a_subject() -> None:
    assert not _classed("Según el diario Rivolet, cerró", "Rivolet", "es")
    assert not _classed("Selon l'agence Rivolet, l'usine a fermé", "Rivolet", "fr")
    assert not _classed("Как сообщает агентство Ротан, завод закрыт", "Ротан", "ru")


def test_a_german_compound_class_noun_opens_the_run() -> None:
    kinds = kinds_of(
        ("de", "Am Montag hat die IT-Sicherheitsfirma Vaucrin gewarnt, sagte Paul Morel."),
        ("en", "The outage hit factories in Lyon, said Paul Morel on Monday."),
    )
    assert kinds.get("Vaucrin") == "organisation"


def test_a_german_bank_before_its_region_is_not_cut() -> None:
    kinds = kinds_of(
        ("de", "Am Montag hat die Landesbank Vaucrin gewarnt, sagte Paul Morel."),
        ("en", "The outage hit factories in Lyon, said Paul Morel on Monday."),
    )
    assert "Vaucrin" not in kinds


def test_its_sentence_initial_uses_join_it() -> None:
    texts = (
        "Lundi, le constructeur automobile Vaucrin a arrêté deux usines, dit Paul Morel.",
        "Vaucrin a été touché lundi. Deux usines sont à l'arrêt, dit Paul Morel.",
    )
    articles = [replace(article(f"{n:03d}", text), language="fr") for n, text in enumerate(texts)]
    found = {t.name: t for t in extract_topics(articles)}
    assert {m.article_id for m in found["Vaucrin"].mentions} == {"000", "001"}

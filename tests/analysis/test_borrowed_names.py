"""A Latin name left as written in a Cyrillic or Greek text, respelt by a Latin-script outlet."""

from __future__ import annotations

import dataclasses

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.analysis.borrowed_names import borrowed_name_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, *paragraphs: str) -> Article:
    return dataclasses.replace(make_article(article_id, *paragraphs), language=language)


def _subjects(*articles: Article) -> set[str]:
    return {d.subject for d in borrowed_name_discrepancies(articles)}


def test_a_copied_firm_name_respelt_in_another_language_is_flagged() -> None:
    russian = _in("ru", "ru", "Опрос на выходе провела компания Velmarto, сообщили в штабе.")
    spanish = _in("es", "es", "Según el sondeo de Velmatro, el alcalde gana con holgura.")
    assert _subjects(russian, spanish) == {"Velmarto / Velmatro"}
    greek = _in("el", "el", "Σύμφωνα με την εταιρεία Dorvanika, ο δήμαρχος προηγείται.")
    german = _in("de", "de", "Nach Angaben des Instituts Dorvanica liegt der Bürgermeister vorn.")
    assert _subjects(greek, german) == {"Dorvanika / Dorvanica"}
    # and it reaches the finder's list with both quotes
    flags = [d for d in find_discrepancies([russian, spanish]) if d.kind == "spelling"]
    assert [sorted(q.article_id for c in d.claims for q in c.quotes) for d in flags] == [
        ["es", "ru"]
    ]


def test_translations_accents_and_one_outlet_are_not_flagged() -> None:
    # English names borrowed whole into Russian, each language's own form elsewhere.
    assert (
        _subjects(
            _in("ru", "ru", "Как сообщает Vatican News, конклав начнётся в среду."),
            _in("es", "es", "Según el Vaticano, el cónclave comenzará el miércoles."),
            _in("de", "de", "Der Vatikan teilte mit, das Konklave beginne am Mittwoch."),
        )
        == set()
    )
    # The same name without its accent, and one in another grammatical case.
    assert (
        _subjects(
            _in("uk", "uk", "Дані надала соціологічна компанія Ștefănescu."),
            _in("ro", "ro", "Datele au fost publicate de compania Stefanescu."),
        )
        == set()
    )
    assert (
        _subjects(
            _in("ru", "ru", "Опрос провела компания Velmarto в воскресенье."),
            _in("pl", "pl", "Sondaż przeprowadzono na zlecenie firmy Velmarta, podała agencja."),
        )
        == set()
    )
    # Both spellings in one Latin article's outlet and the Cyrillic one: two outlets needed.
    assert (
        _subjects(
            _in("ru", "ru", "Опрос провела компания Velmarto, а также Velmatro."),
            _in("es", "es", "Según Velmatro, el alcalde gana."),
        )
        == set()
    )

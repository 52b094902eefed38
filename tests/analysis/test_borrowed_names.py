"""A Latin name left as written in a Cyrillic or Greek text, respelt by a Latin-script outlet."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.borrowed_names import borrowed_name_discrepancies
from briefing.model import Article


def _subjects(*articles: Article) -> set[str]:
    return {d.subject for d in borrowed_name_discrepancies(articles)}


def test_a_copied_firm_name_respelt_in_another_language_is_flagged() -> None:
    russian = in_language(
        "ru", "ru", "Опрос на выходе провела компания Velmarto, сообщили в штабе."
    )
    spanish = in_language("es", "es", "Según el sondeo de Velmardo, el alcalde gana con holgura.")
    assert _subjects(russian, spanish) == {"Velmarto / Velmardo"}
    greek = in_language("el", "el", "Σύμφωνα με την εταιρεία Dorvanika, ο δήμαρχος προηγείται.")
    german = in_language(
        "de", "de", "Nach Angaben des Instituts Dorvanica liegt der Bürgermeister vorn."
    )
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
            in_language("ru", "ru", "Как сообщает Vatican News, конклав начнётся в среду."),
            in_language("es", "es", "Según el Vaticano, el cónclave comenzará el miércoles."),
            in_language("de", "de", "Der Vatikan teilte mit, das Konklave beginne am Mittwoch."),
        )
        == set()
    )
    # The same name without its accent, and one in another grammatical case.
    assert (
        _subjects(
            in_language("uk", "uk", "Дані надала соціологічна компанія Ștefănescu."),
            in_language("ro", "ro", "Datele au fost publicate de compania Stefanescu."),
        )
        == set()
    )
    assert (
        _subjects(
            in_language("ru", "ru", "Опрос провела компания Velmarto в воскресенье."),
            in_language(
                "pl", "pl", "Sondaż przeprowadzono na zlecenie firmy Velmarta, podała agencja."
            ),
        )
        == set()
    )
    # Both spellings in one Latin article's outlet and the Cyrillic one: two outlets needed.
    assert (
        _subjects(
            in_language("ru", "ru", "Опрос провела компания Velmarto, а также Velmardo."),
            in_language("es", "es", "Según Velmardo, el alcalde gana."),
        )
        == set()
    )

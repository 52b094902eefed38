"""One person's military rank in two articles (:mod:`briefing.analysis.ranks`).

Written fixtures (no article text): a made-up junta's spokesman, Colonel Idrissa Kalvado,
reading a statement on television; each look-alike keeps every condition of a disagreement
but one.
"""

from __future__ import annotations

from analysis.builders import in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.model import Discrepancy
from briefing.analysis.ranks import rank_discrepancies

COLONEL_EN = "The statement was read by Colonel Idrissa Kalvado on state television."
COLONEL_FR = "Le colonel Idrissa Kalvado a lu le communiqué à la télévision."
COLONEL_DE = "Oberst Idrissa Kalvado verlas die Erklärung im Fernsehen."
LIEUTENANT_TR = "Yarbay Idrissa Kalvado'nun okuduğu bildiride sınırların kapatıldığı belirtildi."


def _ranks(*texts: tuple[str, str]) -> list[Discrepancy]:
    articles = [in_language(lang, chr(ord("a") + i), text) for i, (lang, text) in enumerate(texts)]
    return rank_discrepancies(articles)


def test_a_lieutenant_colonel_called_a_colonel_elsewhere_disagrees() -> None:
    (found,) = _ranks(("en", COLONEL_EN), ("fr", COLONEL_FR), ("tr", LIEUTENANT_TR))
    assert values_by_article(found) == {
        "colonel": ("a", "b"),
        "lieutenant colonel (Yarbay)": ("c",),
    }
    assert found.subject == "the rank of Kalvado"  # the Turkish suffix 'nun is no surname
    assert found.kind == "name"


def test_an_english_lieutenant_colonel_is_read_as_one_title() -> None:
    (found,) = _ranks(
        ("en", "Lieutenant Colonel Idrissa Kalvado read the statement."), ("fr", COLONEL_FR)
    )
    assert values_by_article(found) == {
        "lieutenant colonel": ("a",),
        "colonel": ("b",),
    }


def test_the_finder_reports_it_with_the_other_checks() -> None:
    articles = [in_language("de", "a", COLONEL_DE), in_language("tr", "b", LIEUTENANT_TR)]
    subjects = [d.subject for d in find_discrepancies(articles)]
    assert "the rank of Kalvado" in subjects


def test_one_rank_translated_in_every_language_agrees() -> None:
    italian = ("it", "Il colonnello Idrissa Kalvado ha letto il comunicato.")
    turkish = ("tr", "Albay Idrissa Kalvado'nun okuduğu bildiri yayımlandı.")
    assert _ranks(("en", COLONEL_EN), ("de", COLONEL_DE), italian, turkish) == []


def test_a_refinement_of_a_rank_is_no_other_rank() -> None:
    # "colonel-major" and "coronel mayor" are grades the press shortens to "colonel".
    for refined in (
        ("fr", "Le colonel-major Idrissa Kalvado a lu le communiqué."),
        ("es", "Lo declaró el coronel mayor Idrissa Kalvado en la televisión."),
    ):
        assert _ranks(("en", COLONEL_EN), refined, ("tr", LIEUTENANT_TR)) != []
        assert _ranks(refined, ("tr", LIEUTENANT_TR)) == []


def test_general_officers_grades_are_one_general() -> None:
    assert (
        _ranks(
            ("en", "Major General Oumarou Zelbini leads the guard."),
            ("fr", "Le général Oumarou Zelbini dirige la garde."),
            ("tr", "Tümgeneral Oumarou Zelbini muhafızları yönetiyor."),
        )
        == []
    )


def test_general_after_an_office_is_an_adjective() -> None:
    for office in (
        ("en", "Attorney General Oumarou Zelbini opened an inquiry."),
        ("fr", "Le secrétaire général Oumarou Zelbini a ouvert une enquête."),
        ("es", "El fiscal general Oumarou Zelbini abrió una investigación."),
    ):
        assert _ranks(("de", "Oberst Oumarou Zelbini sprach im Fernsehen."), office) == []


def test_two_people_of_one_surname_are_not_compared() -> None:
    other = ("tr", "Yarbay Salma Kalvado'nun okuduğu bildiride sınırlar kapatıldı.")
    assert _ranks(("en", COLONEL_EN), other) == []


def test_two_ranks_in_one_article_are_not_compared() -> None:
    promoted = ("en", "Colonel Idrissa Kalvado, since made General Idrissa Kalvado, spoke.")
    assert _ranks(promoted, ("tr", LIEUTENANT_TR)) == []


def test_a_rank_and_an_office_are_never_compared() -> None:
    minister = ("fr", "Le ministre Idrissa Kalvado a lu le communiqué.")
    general = ("en", "General Idrissa Kalvado read the statement.")
    assert _ranks(minister, general) == []
    both = [in_language("fr", "a", minister[1]), in_language("en", "b", general[1])]
    assert not [d for d in find_discrepancies(both) if d.subject.endswith("Kalvado")]


def test_across_scripts_a_surname_is_another_word() -> None:
    assert (
        _ranks(("ru", "Подполковник Идрисса Кальвадо зачитал заявление."), ("en", COLONEL_EN)) == []
    )

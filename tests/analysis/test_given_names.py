"""One ranked person's given name in two articles (:mod:`briefing.analysis.given_names`).

Written fixtures (no article text): a made-up guard commander, General Souleymane Vakaroum;
each look-alike keeps every condition of a disagreement but one.
"""

from __future__ import annotations

from analysis.builders import in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.given_names import given_name_discrepancies
from briefing.analysis.model import Discrepancy

GENERAL_EN = "General Souleymane Vakaroum, head of the guard, spoke on television."
GENERAL_FR = "Le général Souleimane Vakaroum dirige la garde depuis dix ans."
OTHER_TR = "Darbenin arkasında General Ömer Vakaroum'un olduğu belirtiliyor."


def _given(*texts: tuple[str, str]) -> list[Discrepancy]:
    articles = [in_language(lang, chr(ord("a") + i), text) for i, (lang, text) in enumerate(texts)]
    return given_name_discrepancies(articles)


def test_another_given_name_before_one_ranked_surname_disagrees() -> None:
    (found,) = _given(("en", GENERAL_EN), ("fr", GENERAL_FR), ("tr", OTHER_TR))
    # Souleymane / Souleimane is one name spelt two ways; Ömer (a frequent Turkish
    # word, but a given name) is another.
    assert values_by_article(found) == {
        "Souleymane / Souleimane": ("a", "b"),
        "Ömer": ("c",),
    }
    assert found.subject == "the given name of general Vakaroum"


def test_the_finder_reports_it_with_the_other_checks() -> None:
    articles = [in_language("en", "a", GENERAL_EN), in_language("tr", "b", OTHER_TR)]
    subjects = [d.subject for d in find_discrepancies(articles)]
    assert "the given name of general Vakaroum" in subjects


def test_a_given_name_rendered_in_another_language_is_one_name() -> None:
    mohamed = ("en", "General Mohamed Vakaroum spoke.")
    for rendered in (
        ("tr", "General Muhammed Vakaroum muhafızları yönetiyor."),
        ("fr", "Le général Mamadou Vakaroum a parlé."),
    ):
        assert _given(mohamed, rendered) == []
    assert _given(("en", "General Omar Vakaroum spoke."), ("tr", OTHER_TR)) == []
    # The same pair with another name is no rendering.
    assert _given(mohamed, ("en", "General Omar Vakaroum spoke.")) != []


def test_two_people_of_one_surname_in_one_article_are_two_people() -> None:
    both = ("en", "General Souleymane Vakaroum and his brother General Issa Vakaroum spoke.")
    assert _given(both, ("tr", OTHER_TR)) == []


def test_two_ranks_before_one_surname_are_not_compared() -> None:
    colonel = ("fr", "Le colonel Ömer Vakaroum a lu le communiqué.")
    assert _given(("en", GENERAL_EN), colonel) == []


def test_a_frequent_surname_is_many_people() -> None:
    assert (
        _given(
            ("en", "General Souleymane Martin spoke on television."),
            ("fr", "Le général Ömer Martin a parlé."),
        )
        == []
    )


def test_an_untitled_name_is_not_read() -> None:
    assert _given(("en", GENERAL_EN), ("tr", "Ömer Vakaroum muhafızları yönetiyor.")) == []

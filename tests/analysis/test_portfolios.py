"""One person given two ministries by two articles (briefing.analysis.portfolios), in several
languages and across Latin and Cyrillic letters; the look-alikes are a former or deputy
minister, one article giving both, a surname alone, two people of one surname, one ministry
written in two languages, and a minister with no ministry. Written fixtures: a made-up
minister, Aiko Morita."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.portfolios import portfolio_discrepancies
from briefing.model import Article


def _claims(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value.split(" (")[0]: c.article_ids for c in d.claims}
        for d in portfolio_discrepancies(articles)
    ]


_FOREIGN_FR = in_language(
    "fr", "a", "La réunion a été confirmée par le ministre japonais des Affaires étrangères, "
    "Aiko Morita, dimanche."
)  # fmt: skip
_DEFENCE_FR = in_language(
    "fr", "b", "« Il s'agit d'un essai », a affirmé le ministre japonais de la Défense Aiko "
    "Morita à l'issue de la réunion."
)  # fmt: skip


def test_two_ministries_for_one_person_disagree() -> None:
    assert _claims(_FOREIGN_FR, _DEFENCE_FR) == [
        {"foreign minister": ("a",), "defence minister": ("b",)}
    ]


def test_the_ministry_is_read_in_several_languages_and_scripts() -> None:
    english = in_language("en", "c", "Japanese Foreign Minister Aiko Morita said on Sunday.")
    german = in_language("de", "d", "Das bestätigte Außenministerin Aiko Morita am Sonntag.")
    russian = in_language("ru", "e", "Глава МИД Японии Айко Морита заявил об испытании.")
    spanish = in_language("es", "f", "Lo dijo la ministra de Defensa, Aiko Morita, el domingo.")
    (found,) = portfolio_discrepancies([english, german, russian, spanish])
    claims = {c.value.split(" (")[0]: set(c.article_ids) for c in found.claims}
    assert claims == {"foreign minister": {"c", "d", "e"}, "defence minister": {"f"}}
    assert found.kind == "name"
    # and the finder lists it with the others
    assert any(
        d.subject == "the portfolio of Morita" for d in find_discrepancies([english, spanish])
    )


def test_one_ministry_in_several_languages_agrees() -> None:
    english = in_language("en", "c", "Japanese Foreign Minister Aiko Morita said on Sunday.")
    russian = in_language("ru", "e", "Министр иностранных дел Японии Айко Морита заявил.")
    assert _claims(_FOREIGN_FR, english, russian) == []


def test_a_former_or_deputy_minister_is_another_office() -> None:
    former = in_language("en", "b", "Former Defence Minister Aiko Morita criticised the test.")
    deputy = in_language("fr", "c", "Le ministre délégué de la Défense Aiko Morita a parlé.")
    ancien = in_language("fr", "d", "L'ancien ministre de la Défense Aiko Morita a parlé.")
    hyphen = in_language("de", "e", "Der Ex-Verteidigungsminister Aiko Morita sprach.")
    for other in (former, deputy, ancien, hyphen):
        assert _claims(_FOREIGN_FR, other) == []


def test_an_article_giving_both_ministries_is_not_compared() -> None:
    both = in_language(
        "en",
        "b",
        "Defence Minister Aiko Morita spoke first.",
        "Morita, who was later Foreign Minister Aiko Morita in the next cabinet, left.",
    )
    assert _claims(_FOREIGN_FR, both) == []


def test_a_surname_alone_or_two_people_of_one_surname_are_not_compared() -> None:
    alone = in_language("en", "b", "Defence Minister Morita spoke first.")
    assert _claims(_FOREIGN_FR, alone) == []
    other = in_language("en", "b", "Defence Minister Kenji Morita spoke first.")
    assert _claims(_FOREIGN_FR, other) == []


def test_a_minister_without_a_ministry_is_not_read() -> None:
    bare = in_language("fr", "b", "Le ministre japonais Aiko Morita a parlé dimanche.")
    assert _claims(_FOREIGN_FR, bare) == []

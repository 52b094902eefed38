"""Two ends of one link: one shared end, two different named places at the other.

Fixtures are written for these tests (no article text).
"""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.links import link_discrepancies, links_of


def _ends(language: str, text: str) -> list[tuple[str, str]]:
    return [(k.first.written, k.second.written) for k in links_of(in_language(language, "x", text))]


def test_the_ends_of_a_link_are_read_in_several_languages() -> None:
    assert _ends("en", "The Kestrel lift connects Alder Square with Hollin Heights.") == [
        ("Alder Square", "Hollin Heights")
    ]
    assert _ends("pt", "O elevador liga a Praça dos Varnel ao Bairro Hollin, no centro.") == [
        ("Varnel", "Bairro Hollin")
    ]
    assert _ends("fr", "Le funiculaire relie la place Varnel à la Haute Hollin.") == [
        ("Varnel", "Haute Hollin")
    ]
    assert _ends("ru", "Фуникулёр соединяет площадь Варнель с кварталом Холлин.") == [
        ("Варнель", "Холлин")
    ]
    # No second name after the joining word, or no linking verb: nothing.
    assert _ends("en", "The lift connects Alder Square with the old town.") == []
    assert _ends("en", "The lift runs from Alder Square to Hollin Heights.") == []


def test_one_line_given_two_lower_ends_in_two_languages_disagrees() -> None:
    a = in_language(
        "en", "a", "Built in 1887, the Kestrel lift connects Alder Square with Hollin Heights."
    )
    b = in_language(
        "fr", "b", "Mis en service en 1887, le funiculaire relie la place Varnel à Hollin Heights."
    )
    c = in_language(
        "pt", "c", "Inaugurado em 1887, o elevador liga a Praça dos Alder ao Hollin Heights."
    )
    (found,) = [d for d in find_discrepancies([a, b, c]) if d.kind == "name"]
    assert found.subject == "what Hollin Heights is linked to"
    assert {cl.value: cl.article_ids for cl in found.claims} == {
        "Alder Square": ("a", "c"),
        "Varnel": ("b",),
    }


def test_links_that_agree_or_cannot_be_one_line_are_silent() -> None:
    same = in_language(
        "en", "a", "Built in 1887, the lift connects Alder Square with Hollin Heights."
    )
    # The same two ends in the other order, in another language: they agree.
    reversed_ = in_language(
        "es", "b", "Construido en 1887, el ascensor conecta Hollin Heights con Alder Square."
    )
    assert link_discrepancies([same, reversed_]) == []
    # Two roads from one town: nothing but the shared end ties the two sentences.
    road = in_language("en", "c", "The Brant road connects Millford with Oxleigh.")
    other = in_language("en", "d", "The Sallow road connects Millford with Denholm.")
    assert link_discrepancies([road, other]) == []
    # A meeting "between" two people is no link: never read.
    talks = in_language("en", "e", "In 2024 talks between Orlen Vasko and Ivo Petrak began.")
    talks2 = in_language("en", "f", "In 2024 talks between Orlen Vasko and Sami Dallet began.")
    assert link_discrepancies([talks, talks2]) == []


def test_cities_and_networks_are_not_compared() -> None:
    # A city is written each language's way ("Porto" / "Oporto"): not an end compared.
    a = in_language("en", "a", "Opened in 1990, the Alder line connects Hollin Heights with Porto.")
    b = in_language(
        "es", "b", "Inaugurada en 1990, la línea Alder conecta Hollin Heights con Oporto."
    )
    assert link_discrepancies([a, b]) == []
    # One source linking the shared end to both places: a network, not a disagreement.
    c = in_language("en", "c", "Built in 1887, the lift connects Alder Square with Hollin Heights.")
    d = in_language(
        "en", "d",
        "Built in 1887, the lift connects Varnel with Hollin Heights. "
        "Since 1887 a second lift connects Alder Square with Hollin Heights.",
    )  # fmt: skip
    assert link_discrepancies([c, d]) == []


def test_a_shared_head_word_is_not_one_place() -> None:
    # "Alder Square" and "Varnel Square" share "Square": neither one end nor two apart.
    a = in_language("en", "a", "Built in 1887, the lift connects Alder Square with Hollin Heights.")
    b = in_language(
        "en", "b", "Built in 1887, the lift connects Varnel Square with Hollin Heights."
    )
    assert link_discrepancies([a, b]) == []
    c = in_language("en", "c", "Built in 1887, the lift connects Varnel with Hollin Heights.")
    (found,) = link_discrepancies([a, c])
    assert {cl.value for cl in found.claims} == {"Alder Square", "Varnel"}


def test_ends_sharing_only_a_head_word_are_not_one_end() -> None:
    # The shared end must be one name: "Alder Square" and "Varnel Square" are two squares,
    # so two lines from them to two places are no disagreement.
    a = in_language("en", "a", "Built in 1887, the lift connects Alder Square with Hollin.")
    b = in_language("en", "b", "Built in 1887, the lift connects Varnel Square with Denholm.")
    assert link_discrepancies([a, b]) == []


def test_a_shared_end_is_met_across_scripts() -> None:
    a = in_language("en", "a", "Built in 1887, the lift connects Alder Square with Hollin.")
    b = in_language(
        "ru", "b", "Построенный в 1887 году фуникулёр соединяет площадь Варнель с Холлин."
    )
    (found,) = link_discrepancies([a, b])
    assert {cl.value: cl.article_ids for cl in found.claims} == {
        "Alder Square": ("a",),
        "Варнель": ("b",),
    }
    # The same ends in both scripts agree.
    c = in_language("ru", "c", "Построенный в 1887 году фуникулёр соединяет Алдер Сквер с Холлин.")
    assert link_discrepancies([a, c]) == []

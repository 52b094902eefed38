"""One office named with two holders by two sets of articles (briefing.analysis.role_holders),
in several languages and scripts; the look-alikes are a former or new holder, one article
naming both, two portfolios of one country, two countries, one person spelled two ways or
transliterated, and three holders. Written fixtures: made-up ministers of Norway, Kari Lund
and Jonas Dahl."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.role_holders import role_holder_discrepancies
from briefing.model import Article


def _claims(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: tuple(sorted(c.article_ids)) for c in d.claims}
        for d in role_holder_discrepancies(articles)
    ]


_LUND_EN = in_language("en", "a", "Norway's Foreign Minister Kari Lund signed the treaty.")
_LUND_FR = in_language(
    "fr", "b", "Le texte a été signé par le ministre des Affaires étrangères de la Norvège, "
    "Kari Lund, mardi."
)  # fmt: skip
_DAHL_DE = in_language(
    "de", "c", "Unterschrieben hat der norwegische Außenminister Jonas Dahl am Dienstag."
)
_DAHL_ES = in_language(
    "es", "d", "Firmó el ministro de Relaciones Exteriores de Noruega, Jonas Dahl, el martes."
)


def test_two_people_in_one_office_disagree() -> None:
    assert _claims(_LUND_EN, _LUND_FR, _DAHL_DE, _DAHL_ES) == [
        {"Kari Lund": ("a", "b"), "Jonas Dahl": ("c", "d")}
    ]
    (found,) = role_holder_discrepancies([_LUND_EN, _DAHL_DE])
    assert found.kind == "name"
    assert found.subject == "who was Norway's foreign minister"
    # and the finder lists it with the others
    assert any(d.subject == found.subject for d in find_discrepancies([_LUND_EN, _DAHL_DE]))


def test_chinese_and_japanese_glosses_are_compared_through_their_latin_letters() -> None:
    chinese = in_language("zh", "e", "挪威的外交部长约纳斯·达尔(Jonas Dahl)出席了仪式。")
    japanese = in_language("ja", "f", "ノルウェーのカーリ・ルン(Kari Lund)外相が署名した。")
    assert _claims(chinese, japanese) == [{"Kari Lund": ("f",), "Jonas Dahl": ("e",)}]


def test_a_country_spelled_one_letter_away_is_the_country() -> None:
    spanish = in_language("es", "g", "Firmó el ministro de Exteriores de Norruega, Jonas Dahl.")
    assert _claims(_LUND_EN, spanish) == [{"Kari Lund": ("a",), "Jonas Dahl": ("g",)}]


def test_a_former_or_new_holder_is_silent() -> None:
    for text in (
        "Former Norwegian Foreign Minister Jonas Dahl watched.",
        "Norway's new Foreign Minister Jonas Dahl watched.",
        "Norway's outgoing Foreign Minister Jonas Dahl watched.",
    ):
        assert _claims(_LUND_EN, in_language("en", "h", text)) == []
    german = in_language("de", "i", "Der ehemalige norwegische Außenminister Jonas Dahl sah zu.")
    french = in_language(
        "fr", "j", "L'ancien ministre des Affaires étrangères de la Norvège, Jonas Dahl."
    )
    russian = in_language("ru", "k", "Бывший министр иностранных дел Норвегии Пер Даль.")
    assert _claims(_LUND_EN, german, french, russian) == []


def test_one_article_naming_both_leaves_the_office_uncompared() -> None:
    both = in_language(
        "en", "l", "Norway's Foreign Minister Kari Lund took over from Norwegian Foreign "
        "Minister Jonas Dahl."
    )  # fmt: skip
    assert _claims(both, _LUND_FR, _DAHL_DE) == []


def test_two_portfolios_or_two_countries_are_two_offices() -> None:
    defence = in_language("en", "m", "Norway's Defence Minister Jonas Dahl attended.")
    sweden = in_language("en", "n", "Sweden's Foreign Minister Jonas Dahl attended.")
    prime = in_language("en", "o", "Norway's Prime Minister Jonas Dahl attended.")
    assert _claims(_LUND_EN, defence) == []
    assert _claims(_LUND_EN, sweden) == []
    assert _claims(_LUND_EN, prime) == []


def test_one_person_spelled_or_transliterated_two_ways_is_one_holder() -> None:
    spelled = in_language("en", "p", "Norway's Foreign Minister Karri Lundh signed.")
    particle = in_language(
        "fr", "q", "Le ministre des Affaires étrangères de la Norvège, Kari bin Rashid al-Lunde."
    )
    russian = in_language("ru", "r", "Министр иностранных дел Норвегии Кари Лунд подписал.")
    assert _claims(_LUND_EN, spelled, particle, russian) == []


def test_three_holders_are_too_loose() -> None:
    third = in_language("en", "s", "Norwegian Foreign Minister Ola Berg signed.")
    assert _claims(_LUND_EN, _DAHL_DE, third) == []


def test_a_title_case_headline_is_no_name() -> None:
    headline = in_language("en", "t", "Norway's Foreign Minister Says Treaty Signed")
    assert _claims(_LUND_EN, headline) == []


def test_a_paragraph_repeated_in_another_article_is_read_for_that_article_too() -> None:
    # wire copy: the German paragraph read once, each article quoted at its own paragraph
    text = "Unterschrieben hat der norwegische Außenminister Jonas Dahl am Dienstag."
    copy = in_language("de", "e", "Oslo.", text)
    assert _claims(_LUND_EN, _DAHL_DE, copy) == [{"Jonas Dahl": ("c", "e"), "Kari Lund": ("a",)}]
    (found,) = role_holder_discrepancies([_LUND_EN, _DAHL_DE, copy])
    dahl = next(c for c in found.claims if c.value == "Jonas Dahl")
    assert sorted((q.article_id, q.span.paragraph) for q in dahl.quotes) == [("c", 0), ("e", 1)]

"""A country's prime minister or president named with two holders by two sets of articles
(briefing.analysis.head_offices, compared by briefing.analysis.role_holders). The look-alikes:
a former, outgoing, designated, deputy or elected holder, an acting holder against one still
in office, a bare title alone, a sentence of another year, an article naming both people, two
countries, two scripts, one name misspelt. Written fixtures: made-up heads of Norway, Kari
Lund and Jonas Dahl."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.head_offices import head_reads
from briefing.analysis.office_countries import _country
from briefing.analysis.role_holders import _name, role_holder_discrepancies
from briefing.model import Article


def _claims(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: tuple(sorted(c.article_ids)) for c in d.claims}
        for d in role_holder_discrepancies(articles)
    ]


_LUND_EN = in_language("en", "a", "Norway's Prime Minister Kari Lund announced the news.")
_LUND_FR = in_language("fr", "b", "Le Premier ministre norvégien Kari Lund a parlé mardi.")
_DAHL_DE = in_language(
    "de", "c", "Das meldete die Zeitung unter Berufung auf des norwegischen "
    "Premierministers Jonas Dahl."
)  # fmt: skip


def test_two_people_as_one_countrys_prime_minister_disagree() -> None:
    assert _claims(_LUND_EN, _LUND_FR, _DAHL_DE) == [
        {"Kari Lund": ("a", "b"), "Jonas Dahl": ("c",)}
    ]
    (found,) = role_holder_discrepancies([_LUND_EN, _DAHL_DE])
    assert found.subject == "who was Norway's prime minister"
    assert any(d.subject == found.subject for d in find_discrepancies([_LUND_EN, _DAHL_DE]))


def test_presidents_in_russian_with_the_country_after_the_title() -> None:
    lund = in_language("ru", "d", "Президент Норвегии Кари Лунд выступил в среду.")
    dahl = in_language("ru", "e", "Об этом заявил президент Норвегии Йонас Даль.")
    assert _claims(lund, dahl) == [{"Кари Лунд": ("d",), "Йонас Даль": ("e",)}]


def test_a_bare_title_joins_a_holder_but_never_makes_one() -> None:
    bare_lund = in_language("es", "f", "El primer ministro interino, Kari Lund, habló.")
    assert _claims(_LUND_EN, bare_lund, _DAHL_DE) == [
        {"Kari Lund": ("a", "f"), "Jonas Dahl": ("c",)}
    ]
    bare_dahl = in_language("en", "g", "Prime Minister Jonas Dahl spoke on Tuesday.")
    assert _claims(_LUND_EN, bare_dahl) == []


def test_a_holder_of_another_time_or_office_is_silent() -> None:
    for text in (
        "Norway's former Prime Minister Jonas Dahl watched.",
        "Norway's outgoing Prime Minister Jonas Dahl watched.",
        "Norway's Deputy Prime Minister Jonas Dahl watched.",
        "Norway's Prime Minister-designate Jonas Dahl watched.",
        "Norway's late President Jonas Dahl was remembered.",
        "Norway's Vice President Jonas Dahl watched.",
    ):
        other = in_language("en", "h", text.replace("Prime Minister", "President"))
        assert _claims(in_language("en", "i", "Norway's President Kari Lund spoke."), other) == []
        assert _claims(_LUND_EN, in_language("en", "h", text)) == []
    german = in_language("de", "j", "Der scheidende norwegische Premierminister Jonas Dahl sprach.")
    french = in_language("fr", "k", "Le Premier ministre sortant Jonas Dahl de la Norvège.")
    russian = in_language("ru", "l", "Вице-премьер-министр Норвегии Йонас Даль выступил.")
    assert _claims(_LUND_EN, german, french, russian) == []


def test_new_inside_a_countrys_name_is_no_new_holder() -> None:
    lund = in_language("en", "y", "New Zealand Prime Minister Kari Lund spoke.")
    dahl = in_language("en", "z", "New Zealand's new Prime Minister Jonas Dahl spoke.")
    plain = in_language("en", "aa", "New Zealand Prime Minister Jonas Dahl spoke.")
    assert _claims(lund, dahl) == []
    assert _claims(lund, plain) == [{"Kari Lund": ("y",), "Jonas Dahl": ("aa",)}]


def test_an_acting_holder_against_one_in_office_is_silent() -> None:
    acting = in_language("en", "m", "Norway's acting Prime Minister Jonas Dahl spoke.")
    assert _claims(_LUND_EN, acting) == []
    # called the holder without "acting" elsewhere: compared
    plain = in_language("en", "n", "Prime Minister Jonas Dahl spoke again.")
    assert _claims(_LUND_EN, acting, plain) == [{"Kari Lund": ("a",), "Jonas Dahl": ("m", "n")}]


def test_a_sentence_with_a_year_or_an_article_naming_both_is_silent() -> None:
    earlier = in_language("en", "o", "In 2019, Norway's Prime Minister Jonas Dahl resigned.")
    assert _claims(_LUND_EN, earlier) == []
    both = in_language(
        "en", "p", "Norway's Prime Minister Jonas Dahl spoke. Lund had left the cabinet."
    )
    assert _claims(_LUND_EN, both) == []


def test_two_countries_two_scripts_or_one_misspelt_name_are_silent() -> None:
    sweden = in_language("en", "q", "Sweden's Prime Minister Jonas Dahl spoke.")
    assert _claims(_LUND_EN, sweden) == []
    cyrillic = in_language("ru", "r", "Премьер-министр Норвегии Йонас Даль выступил.")
    assert _claims(_LUND_EN, cyrillic) == []  # two scripts: no key joins or parts them
    haug = in_language("en", "s", "Norway's Prime Minister Tormod Haugland spoke.")
    misspelt = in_language("en", "t", "Norway's Prime Minister Tormad Hauglund spoke.")
    assert _claims(haug, misspelt) == []
    assert _claims(haug, _DAHL_DE) == [{"Tormod Haugland": ("s",), "Jonas Dahl": ("c",)}]


def test_chinese_titles_glossed_with_the_country_right_before() -> None:
    chinese = in_language("zh", "u", "挪威总理约纳斯·达尔(Jonas Dahl)今日证实此事。")
    assert _claims(_LUND_EN, chinese) == [{"Kari Lund": ("a",), "Jonas Dahl": ("u",)}]
    for text in (
        "挪威前总理约纳斯·达尔(Jonas Dahl)今日证实此事。",  # former
        "挪威副总理约纳斯·达尔(Jonas Dahl)今日证实此事。",  # deputy
        "挪威总统夫人约纳斯·达尔(Jonas Dahl)今日出席。",  # the president's wife
    ):
        assert _claims(_LUND_EN, in_language("zh", "v", text)) == []
    acting = in_language("ja", "w", "ノルウェーのヨナス・ダール(Jonas Dahl)首相代行が述べた。")
    assert _claims(_LUND_EN, acting) == []
    japanese = in_language("ja", "x", "ノルウェーのヨナス・ダール(Jonas Dahl)首相が述べた。")
    assert _claims(_LUND_EN, japanese) == [{"Kari Lund": ("a",), "Jonas Dahl": ("x",)}]


def test_adjectives_derived_from_a_countrys_name() -> None:
    assert _country("haitianischen", "de") == "Haiti"
    assert _country("Haitian", "en") == "Haiti"
    assert _country("Christian", "en") is None
    assert _country("Senate", "en") is None


def test_a_body_after_a_countrys_adjective_is_no_holder() -> None:
    text = "disse Ana Reis, presidente da Indian Space Research Organisation, ontem."
    assert list(head_reads(text, "pt", _name)) == []
    text = "Il a rencontré le président de la Douma de Moscou hier."
    assert list(head_reads(text, "fr", _name)) == []

"""One person given two nationalities by two articles (nationalities, nationality_words)."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.nationalities import nationality_discrepancies
from briefing.analysis.nationality_words import adjective_country
from briefing.analysis.spelling import name_pairs_of
from briefing.model import Article


def _flags(*articles: Article) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    names = [name_pairs_of(a) for a in articles]
    return [
        (d.subject, [(c.value, c.article_ids) for c in d.claims])
        for d in nationality_discrepancies(articles, names)
    ]


_CANADIAN = in_language("en", "en1", "The crowd cheered when Canadian singer Nadia Ferran began.")


def test_one_person_canadian_in_english_and_chinese_french_in_korean() -> None:
    chinese = in_language("zh", "zh1", "压轴演出由加拿大歌后Nadia Ferran登上铁塔献唱。")
    korean = in_language("ko", "ko1", "특히 프랑스 가수 나디아 페랑이 무대를 장식했다.")
    assert _flags(_CANADIAN, chinese, korean) == [
        (
            "the nationality of Nadia Ferran",
            [("Canadian", ("en1", "zh1")), ("French", ("ko1",))],
        )
    ]
    # in other scripts and word orders: Cyrillic, katakana, a French adjective after the noun
    russian = in_language("ru", "ru1", "На башне выступила испанская певица Надя Ферран.")
    japanese = in_language("ja", "ja1", "スペイン出身の歌手ナディア・フェランが歌った。")
    french = in_language("fr", "fr1", "La chanteuse espagnole Nadia Ferran a chanté.")
    for other in (russian, japanese, french):
        assert [value for value, _ in _flags(_CANADIAN, other)[0][1]] == ["Canadian", "Spanish"]
    # the finder's list carries it as a name disagreement
    assert [
        d.kind for d in find_discrepancies([_CANADIAN, korean]) if "nationality" in d.subject
    ] == ["name"]


def test_compatible_descriptions_are_not_flagged() -> None:
    # a French-Canadian: one article gives both countries
    dual = in_language("en", "en2", "The French-Canadian singer Nadia Ferran closed the show.")
    french = in_language("fr", "fr1", "La chanteuse française Nadia Ferran a chanté.")
    assert _flags(_CANADIAN, dual, french) == []
    # a city is no nationality ("Paris-based"), nor a country named in another case
    based = in_language("en", "en2", "The show closed with Paris-based singer Nadia Ferran.")
    polish = in_language("pl", "pl1", "Wcześniej przetrzymywany na Białorusi Nadia Ferran wrócił.")
    assert _flags(_CANADIAN, based, polish) == []


def test_a_country_that_describes_something_else_is_not_the_persons() -> None:
    # French fans cheered her: a verb stands between the country and the name
    fans = in_language("en", "en2", "French fans cheered Nadia Ferran all evening.")
    # a Korean subject with its particle, a Chinese preposition
    korean = in_language("ko", "ko1", "프랑스 관중이 나디아 페랑을 환영했다.")
    chinese = in_language("zh", "zh1", "法国观众为Nadia Ferran欢呼。")
    assert _flags(_CANADIAN, fans, korean, chinese) == []
    # a name that is no person's ("Wall Street": no given name)
    assert (
        _flags(
            in_language("en", "en1", "He wrote for the American Wall Street Journal."),
            in_language("fr", "fr1", "Il écrit pour le journal britannique Wall Street Journal."),
        )
        == []
    )
    # two people of one surname, each of their own country
    assert (
        _flags(
            _CANADIAN,
            in_language("en", "en2", "The French rower Pierre Ferran won silver."),
        )
        == []
    )


def test_adjectives_of_countries() -> None:
    assert adjective_country("Canadian", "en") == {"Canada"}
    assert adjective_country("French-Canadian", "en") == {"France", "Canada"}
    assert adjective_country("française", "fr") == {"France"}
    assert adjective_country("канадская", "ru") == {"Canada"}
    assert adjective_country("Paris-based", "en") == frozenset()
    assert adjective_country("Białorusi", "pl") == frozenset()  # the country, in a case
    assert adjective_country("россия", "ru") == frozenset()  # the country, uncapitalised


def test_a_paragraph_repeated_in_another_article_is_quoted_for_that_article_too() -> None:
    # wire copy: the Korean paragraph read once, quoted for both articles that print it
    text = "특히 프랑스 가수 나디아 페랑이 무대를 장식했다."
    korean = [in_language("ko", "ko1", text), in_language("ko", "ko2", "서울.", text)]
    ((_, claims),) = _flags(_CANADIAN, *korean)
    assert claims == [("French", ("ko1", "ko2")), ("Canadian", ("en1",))]
    found = nationality_discrepancies([_CANADIAN, *korean], [[("Nadia", "Ferran")], [], []])
    assert [q.span.paragraph for q in found[0].claims[0].quotes] == [0, 1]

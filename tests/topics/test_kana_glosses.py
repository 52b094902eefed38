"""A Japanese name glossed in Latin letters in brackets (:mod:`briefing.topics.kana_glosses`).

Every sentence here is written for the test; the company "Kanzo Works" and its Japanese name
"観造" are invented.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.kana_glosses import gloss_uses, japanese_extent, latin_name


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _extent(text: str, gloss: str) -> str | None:
    end = text.index("(" + gloss)
    start = end
    while start and (
        "\u3400" <= text[start - 1] <= "\u9fff" or "\u30a1" <= text[start - 1] <= "\u30ff"
    ):
        start -= 1
    return japanese_extent(text, start, end, len(gloss.split()))


def test_the_bracket_ends_the_name_and_the_script_fixes_its_start() -> None:
    # a Han run opened by punctuation or a particle, in a paragraph with kana
    assert _extent("建設大手、観造(Kanzo Works)は声明を出した。", "Kanzo Works") == "観造"
    assert _extent("同国の咲浜港(Sakihama Port)に着いた。", "Sakihama Port") == "咲浜港"
    # a whole katakana run; of a run split by middle dots, as many parts as the gloss has words
    assert _extent("会談したマルコ・ベリーニ(Marco Bellini)は述べた。", "Marco Bellini") == (
        "マルコ・ベリーニ"
    )
    assert _extent("訪れたバルディア・ソルノ(Solno)では", "Solno") == "ソルノ"
    # Han glued before katakana is a prefix of no fixed extent: the name starts at the kana
    assert _extent("式典で母マリア女王(Queen Maria)が", "Queen Maria") == "マリア女王"


def test_no_start_the_script_does_not_fix_is_taken() -> None:
    # katakana glued to Han before it: the compound's tail ("center"), not the name
    assert (
        _extent(
            "発表した。北海地震観測センター(North Sea Seismic Center)によると",
            "North Sea Seismic Center",
        )
        is None
    )
    # Chinese: no kana, and a Han run opens with a preposition ("据", according to)
    assert (
        _extent("据北海地震观测中心(North Sea Seismic Center)称", "North Sea Seismic Center")
        is None
    )
    # a Han run no particle or punctuation opens (a digit before it)
    assert _extent("第3観造(Kanzo Works)は", "Kanzo Works") is None


def test_only_a_name_in_the_bracket_is_a_gloss() -> None:
    assert latin_name("Kanzo Works")
    assert latin_name("Abdullah bin Rashid Al-Falah")
    assert latin_name("Velmora")
    assert not latin_name("natural gas")  # "天然ガス(natural gas)": a common noun
    assert not latin_name("AFP")  # an acronym: :mod:`.bracket_acronyms`
    assert not latin_name("Queen Maria、75")  # an aside with an age
    assert not latin_name("Rhodes city")  # a lower-case last word


def test_a_glossed_name_is_found_again_in_other_japanese_articles() -> None:
    paragraphs = [
        ("a", 0, "建設大手、観造(Kanzo Works)は社員の安否を確認している。"),
        ("b", 0, "観造の社員は無事だった。"),
        ("c", 0, "The engineers of Kanzo Works were safe."),
    ]
    found = gloss_uses({"n:kanzo works": {"Kanzo Works"}}, paragraphs[:2], paragraphs)
    assert [(o.article, o.surface) for o in found["n:kanzo works"]] == [
        ("a", "観造"),
        ("b", "観造"),
    ]


def test_look_alikes_are_not_glosses() -> None:
    paragraphs = [
        ("a", 0, "【1月18日 AFP】(一部更新)天然ガス(natural gas)の施設で(AFP)が伝えた。"),
        ("a", 1, "18日(Friday)に発表した。"),
        ("b", 0, "感染は大流行病(Pandemic)と呼ばれた。"),
    ]
    named = {"n:afp": {"AFP"}, "n:friday": {"Friday"}, "n:pandemic": {"Pandemic"}}
    assert gloss_uses(named, paragraphs, paragraphs) == {}


def test_a_one_word_gloss_needs_the_word_outside_a_bracket_too() -> None:
    japanese = [("a", 0, "同社は、ベルモラ(Velmora)に工場を持つ。")]
    named = {"g:velmora": {"Velmora"}}
    assert gloss_uses(named, japanese, japanese) == {}
    every = [*japanese, ("b", 0, "The plant in Velmora was closed.")]
    assert [o.surface for o in gloss_uses(named, japanese, every)["g:velmora"]] == ["ベルモラ"]


def test_the_company_is_one_topic_with_its_japanese_name() -> None:
    english = [
        _in("en", n, "Gunmen attacked the Sakihama plant, officials said on Monday.")
        for n in range(2)
    ]
    japanese = [
        _in("ja", 2, "建設大手、観造(Kanzo Works)は18日、社員の安否を確認していると発表した。"),
        _in("ja", 3, "観造によると、現地の社員は17人だった。観造は対策本部を設けた。"),
    ]
    topics = extract_topics([*english, *japanese])
    glossed = holding(topics, "観造")
    assert len(glossed) == 1 and "Kanzo Works" in glossed[0].aliases
    assert {m.article_id for m in glossed[0].mentions} >= {"002", "003"}

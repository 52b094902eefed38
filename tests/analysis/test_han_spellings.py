"""One foreign name transliterated two ways in Chinese (``han_spellings``). Written fixtures (no
article text): a made-up envoy, Tomas Brinkel, as 布林克尔 and 布琳克尔 (林 and 琳 are both
*lin*); the look-alikes are one name in traditional and simplified characters, a slip between
function words of one sound, two usual spellings of an everyday word, one writer's two
spellings, two characters of two sounds, and Japanese kanji."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.han_spellings import han_spelling_discrepancies
from briefing.model import Article


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in han_spelling_discrepancies(articles)]


def test_two_characters_of_one_sound_are_two_spellings_of_one_name() -> None:
    first = in_language("zh", "a", "特使布林克尔周二抵达东京。布林克尔随后会见了记者。")
    second = in_language("zh", "b", "布琳克尔在记者会上发言。")
    (found,) = han_spelling_discrepancies([first, second])
    assert {c.value: c.article_ids for c in found.claims} == {
        "布林克尔": ("a",),
        "布琳克尔": ("b",),
    }
    assert found.kind == "spelling"
    assert any(d.subject == found.subject for d in find_discrepancies([first, second]))


def test_the_name_is_shown_as_each_article_writes_it() -> None:
    simplified = in_language("zh", "a", "布林克尔周二抵达东京。")
    traditional = in_language("zh", "b", "布琳克爾在記者會上發言。")
    assert _spellings(simplified, traditional) == [{"布林克尔", "布琳克爾"}]


def test_traditional_and_simplified_characters_are_one_spelling() -> None:
    simplified = in_language("zh", "a", "布林克尔周二抵达东京。")
    traditional = in_language("zh", "b", "布林克爾在記者會上發言。")
    assert _spellings(simplified, traditional) == []


def test_function_words_of_one_sound_are_no_name() -> None:
    first = in_language("zh", "a", "他高兴地说今天很好。")
    second = in_language("zh", "b", "他高兴的说明天再来。")
    assert _spellings(first, second) == []


def test_two_spellings_of_an_everyday_word_are_no_name() -> None:
    first = in_language("zh", "a", "观众看了精彩表演后离开。")
    second = in_language("zh", "b", "游客看了精采表演后回家。")
    assert _spellings(first, second) == []


def test_one_writer_who_writes_both_forms_contradicts_no_one() -> None:
    both = in_language("zh", "a", "布林克尔周二抵达东京。布琳克尔随后发言。")
    other = in_language("zh", "b", "布林克尔在记者会上发言。")
    assert _spellings(both, other) == []


def test_two_sounds_are_two_names() -> None:
    first = in_language("zh", "a", "布林克尔周二抵达东京。")
    second = in_language("zh", "b", "布兰克尔在记者会上发言。")
    assert _spellings(first, second) == []


def test_japanese_kanji_are_not_compared() -> None:
    first = in_language("ja", "a", "布林克尔特使が到着した。")
    second = in_language("ja", "b", "布琳克尔特使が語った。")
    assert _spellings(first, second) == []


def test_function_words_around_a_syllable_are_no_part_of_a_name() -> None:
    # 加 and 甲 are both jia: "…年的加沙" and "…年的甲型" share only "年的", grammar, not a name
    first = in_language("zh", "a", "2023年的加沙局势紧张。")
    second = in_language("zh", "b", "2020年的甲型流感蔓延。")
    assert _spellings(first, second) == []


def test_two_names_glossed_apart_are_two_people() -> None:
    first = in_language("zh", "a", "特使布林克尔(Tomas Brinkel)周二抵达东京。")
    apart = in_language("zh", "b", "歌手布琳克尔(Anna Blinkell)在记者会上发言。")
    assert _spellings(first, apart) == []
    alike = in_language("zh", "b", "布琳克尔(Brinkel)在记者会上发言。")
    assert _spellings(first, alike) == [{"布林克尔", "布琳克尔"}]

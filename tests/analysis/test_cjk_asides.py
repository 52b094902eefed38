"""Asides in unspaced Chinese and Japanese text (made-up articles): a statement that shares
a word with the other articles of its language is the story's; one that shares only
particles and function characters is an aside (``relevance``, ``cjk_words``)."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis.cjk_words import han_words
from briefing.analysis.relevance import Story

_ZH_OTHERS = [
    in_language("zh", "z2", "青河市两国代表周三在市政厅签署和平协议。"),
    in_language("zh", "z3", "两国外长出席仪式并签署协议，青河市民上街庆祝。"),
    in_language("zh", "z4", "和平协议签署后，代表团离开青河市。"),
]
_JA_OTHERS = [
    in_language("ja", "j2", "両国の代表は青河市の式典で和平協定に署名した。"),
    in_language("ja", "j3", "式典では外相が協定に署名し、市民が祝った。"),
    in_language("ja", "j4", "和平協定の署名を受けて、代表団は帰国した。"),
]


def _story(*articles):
    return Story(list(articles))


def test_a_chinese_statement_sharing_a_word_is_the_storys() -> None:
    own = in_language("zh", "z1", "两国代表周三在青河市签署了协议。")
    assert not _story(own, *_ZH_OTHERS).is_aside(own, "两国代表周三在青河市签署了协议。")


def test_a_chinese_aside_sharing_only_function_characters_stays_an_aside() -> None:
    sentence = "他的女儿周三在学校赢得了绘画比赛。"  # shares 的, 在, 了, 周三 with the rest
    own = in_language("zh", "z1", sentence)
    assert _story(own, *_ZH_OTHERS).is_aside(own, sentence)


def test_a_japanese_statement_sharing_a_word_is_the_storys() -> None:
    sentence = "両国は15日、青河市で開かれた式典で協定に署名した。"
    own = in_language("ja", "j1", sentence)
    assert not _story(own, *_JA_OTHERS).is_aside(own, sentence)


def test_a_japanese_aside_sharing_only_particles_stays_an_aside() -> None:
    sentence = "彼の娘は15日、学校の絵画コンクールで優勝した。"  # shares は, で, した, の
    own = in_language("ja", "j1", sentence)
    assert _story(own, *_JA_OTHERS).is_aside(own, sentence)


def test_katakana_names_alone_do_not_echo() -> None:
    sentence = "ホワイトハウスの報道官は15日、休暇から戻った。"
    others = [in_language("ja", f"j{i}", "ホワイトハウスで協定に署名した。") for i in (2, 3, 4)]
    own = in_language("ja", "j1", sentence)
    assert _story(own, *others).is_aside(own, sentence)


def test_han_bigrams_skip_function_characters_and_calendar_words() -> None:
    assert han_words("签署了协议", "zh") == ["签署", "协议"]
    assert "星期" not in han_words("星期三签署", "zh")
    assert han_words("した。では", "ja") == []

"""The act word's uses in Arabic text with the article and the clitics before it glued on
("الانضمام", "والانضمام", "للانضمام"), never inside a longer word, never after a bare "ل" or
"ب" that may be the word's own letter. Texts written for the test."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics.event_topic import uses_of


def _surfaces(text: str, head: str) -> list[str]:
    return [m.surface for m in uses_of([article("001", text)], head)]


def test_the_article_and_its_clitics_before_an_arabic_act_word() -> None:
    text = "رحب الوزير بالانتساب، وقال إن الانتساب تم و«انتساب» البلد والانتساب للانتساب فالانتساب"
    assert _surfaces(text, "انتساب") == [
        "بالانتساب",
        "الانتساب",
        "انتساب",
        "والانتساب",
        "للانتساب",
        "فالانتساب",
    ]


def test_no_longer_word_and_no_bare_clitic() -> None:
    # A suffix after the word, a letter before the prefix, a bare "ل": none is the act word.
    text = "الانتسابات كثيرة ومالانتساب ولانتساب"
    assert _surfaces(text, "انتساب") == []
    # Two letters: too short to read a prefix off ("الضم" stays unread for "ضم").
    assert _surfaces("قال إن الضم تم", "ضم") == []

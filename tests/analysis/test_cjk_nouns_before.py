"""The noun a Korean count writes before its number, and 名 counting people as 位 does.

Invented sentences, none from a packet: two outlets counting one group of people, and
look-alikes (a particle-bound word, a stopword, a word only one outlet writes) that stay apart.
"""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.cjk_nouns_before import joined_before, noun_before
from briefing.analysis.model import Quote
from briefing.model import Span


def _nouns(text: str, language: str = "ko") -> list[tuple[str, str, float]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key[1], f.noun, f.low) for f in cjk_counts(text, language, None, quote)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("대회에는 선수 4200명이 참가했다.", "선수"),
        ("경찰은 인질 12명을 구했다.", "인질"),
        ("행사에 근로자 약 300명이 모였다.", "근로자"),  # before its hedge
        ("홍수로 300명이 대피했다.", None),  # a word with its particle is no noun
        ("모두 12명이 참석했다.", None),  # a stopword
        ("총 12명이 참석했다.", None),  # one syllable
        ("그들은 300명이 넘는다.", None),  # a pronoun with its particle
    ],
)
def test_the_bare_noun_before_a_count_is_read(text: str, word: str | None) -> None:
    digits = next(i for i, c in enumerate(text) if c.isdigit())
    start = digits - 2 if text[digits - 2 : digits] == "약 " else digits
    assert noun_before(text, start) == word


def test_a_korean_count_is_read_with_its_noun_and_counter() -> None:
    assert _nouns("대회에는 선수 4213명이 참가했다.") == [("명", "선수<명", 4213.0)]


def test_two_outlets_counting_one_group_disagree() -> None:
    flags = figure_flags(
        in_language("ko", "a", "개막식에는 선수 4200명이 배를 타고 입장했다."),
        in_language("ko", "b", "개막식에는 선수 약 3500여 명이 입장했다."),
    )
    assert [(f.subject, claim_values(f)) for f in flags] == [
        ("how many 선수 명", {"4200명", "약 3500여 명"})
    ]


def test_a_rounding_of_the_same_count_agrees() -> None:
    assert not figure_flags(
        in_language("ko", "a", "개막식에는 선수 4200명이 입장했다."),
        in_language("ko", "b", "개막식에는 선수 약 4200명이 입장했다."),
    )


def test_two_groups_of_people_stay_apart() -> None:
    # hostages and workers, each counted alike by two outlets: two quantities, no rivals
    # (keyed by the counter alone, 12 against 16 people clashed).
    assert not figure_flags(
        in_language("ko", "a", "경찰은 인질 12명을 구했다."),
        in_language("ko", "b", "경찰은 어제 인질 12명을 구했다."),
        in_language("ko", "c", "소방대는 근로자 16명을 구했다."),
        in_language("ko", "d", "소방대는 어제 근로자 16명을 구했다."),
    )


def test_a_word_only_one_outlet_writes_keys_nothing_new() -> None:
    texts = ["공연장에는 관객 4213명이 모였다.", "공연장에는 선수 3011명이 모였다."]
    figures = [
        f
        for i, text in enumerate(texts)
        for f in cjk_counts(text, "ko", None, Quote(str(i), "s", Span(0, 0, len(text)), text))
    ]
    assert [(f.key, f.noun) for f in joined_before(figures)] == [
        (("ko", "명"), "명"),
        (("ko", "명"), "명"),
    ]


def test_ming_counts_people_with_its_noun_as_wei_does() -> None:
    assert _nouns("共有1萬500名運動員。", "zh") == [("位运动员", "位运动员", 10450.0)]
    assert _nouns("共有6813位运动员。", "zh") == [("位运动员", "位运动员", 6813.0)]
    # 名 with no listed word after it is still a count of people, keyed by its counter.
    assert [k for k, _, _ in _nouns("现场共有45名。", "zh")] == ["名"]


def test_ming_and_wei_counts_of_one_noun_disagree() -> None:
    flags = figure_flags(
        in_language("zh", "a", "开幕式上入场的共有6800位运动员。"),
        in_language("zh", "b", "開幕式上入場的共有1萬500名運動員。"),
    )
    assert [claim_values(f) for f in flags] == [{"6800位运动员", "1萬500名運動員"}]


def test_one_group_disagrees_beside_other_groups_counted_alike() -> None:
    # Keyed by the counter alone, the four values of 명 read as a running count (silent).
    flags = figure_flags(
        in_language("ko", "a", "선수 4213명이 입장했다.", "관객 52000명이 지켜봤다.",
                    "자원봉사자 900명이 일했다."),
        in_language("ko", "b", "선수 3511명이 입장했다.", "관객 52000명이 지켜봤다.",
                    "자원봉사자 900명이 일했다."),
    )  # fmt: skip
    assert [(f.subject, claim_values(f)) for f in flags] == [
        ("how many 선수 명", {"4213명", "3511명"})
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("洪水で避難者が約3万人に上った。", "避難者"),
        ("避難者の数は2000─3000人に上るという。", "避難者"),  # past "の数" and a range
        ("会場には約3万人が集まった。", None),  # a place with its particle, no subject
        ("市は3万人に避難を指示した。", None),  # one kanji: no compound noun
    ],
)
def test_the_japanese_noun_before_its_particle_is_read(text: str, word: str | None) -> None:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    nouns = [f.noun for f in cjk_counts(text, "ja", None, quote)]
    assert nouns == [f"{word}<人" if word else "人"]


def test_two_japanese_outlets_counting_one_group_disagree() -> None:
    flags = figure_flags(
        in_language("ja", "a", "当局によると、避難者の数は4000─5000人に上るという。"),
        in_language("ja", "b", "赤十字によると、避難者が約7200人に上る。"),
    )
    assert [f.subject for f in flags] == ["how many 避難者 人"]

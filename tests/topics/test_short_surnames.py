"""A short surname alone in Katakana, Hangul or Han, beside a title or the given name: the one
person of the packet whose Latin surname it spells by ear. Invented people and sentences."""

from __future__ import annotations

from briefing.topics.short_surnames import surname_keys, voiced_key
from briefing.topics.uncased_people import person_uses

#: "Tadis" keeps three consonants ("tds"); "Doganer" four in Latin letters, three by ear.
PEOPLE = {"p:o": ["Omar Tadis", "Tadis"], "p:k": ["Kemal Doganer"], "p:m": ["Mira Kostova"]}


def _alone(
    *texts: str, people: dict[str, list[str]] = PEOPLE, language: str = "ja"
) -> list[tuple[str, str]]:
    paragraphs = [(language, n, t) for n, t in enumerate(texts)]
    found = person_uses(people, paragraphs, set(people))
    return sorted((root, o.surface) for root, occs in found.items() for o in occs)


def test_keys_keep_voicing_and_drop_a_soft_g() -> None:
    assert voiced_key("Tadis") == voiced_key("タディス") == "tds"
    assert surname_keys("Doganer") == {"dgnl", "dnl"}
    assert surname_keys("Doğaner") == {"dgnl", "dnl"}
    assert voiced_key("ドアネル") == voiced_key("도아네르") == voiced_key("多阿内尔") == "dnl"
    # a "g" before a consonant is sounded: no shorter key
    assert surname_keys("Morgan") == {"nlgn"}


def test_japanese_a_short_surname_before_a_title() -> None:
    assert _alone("タディス首相は会見した。") == [("p:o", "タディス")]
    assert _alone("ドアネル大統領が訪問した。") == [("p:k", "ドアネル")]


def test_korean_a_short_surname_before_a_title_or_after_the_given_name() -> None:
    assert _alone("타디스 총리는 말했다.", language="ko") == [("p:o", "타디스")]
    assert _alone("도아네르 대통령은 밝혔다.", language="ko") == [("p:k", "도아네르")]
    assert _alone("케말 도아네르는 방문했다.", language="ko") == [("p:k", "도아네르")]


def test_chinese_a_short_surname_after_a_title_and_then_elsewhere() -> None:
    found = _alone("土耳其总理多阿内尔周三抵达。", "多阿内尔说,救援仍在继续。", language="zh")
    assert found == [("p:k", "多阿内尔"), ("p:k", "多阿内尔")]
    # learned beside its title, the Katakana spelling is the person's in the next article too
    assert _alone("タディス首相は会見した。", "タディスは述べた。") == [("p:o", "タディス")] * 2


def test_no_title_no_short_surname() -> None:
    assert _alone("タディスは述べた。") == []
    assert _alone("多阿内尔说,救援仍在继续。", language="zh") == []
    assert _alone("도아네르는 방문했다.", language="ko") == []


def test_a_katakana_common_noun_is_no_surname() -> None:
    # "Raten" keys as "ラテン" (Latin) does; the noun before "語" has no title beside it
    people = {"p:l": ["Lena Raten"]}
    assert _alone("ラテン語の授業が始まった。", people=people) == []
    assert _alone("ラテン音楽の祭りが開かれた。", people=people) == []


def test_two_people_sharing_a_surname_keep_it_apart() -> None:
    people = {"p:o": ["Omar Tadis"], "p:d": ["Dina Tadis"]}
    assert _alone("タディス首相は会見した。", people=people) == []
    # nor do two whose surnames one by-ear spelling fits ("Doganer", "Donaler" lose no "g")
    people = {"p:k": ["Kemal Doganer"], "p:n": ["Nil Donaler"]}
    assert _alone("ドアネル大統領が訪問した。", people=people) == []


def test_a_voiced_look_alike_is_not_the_person() -> None:
    # "拜登" (Biden) is no "Putin", nor "バテン" any "Padden"'s "ptn"
    assert _alone("美国总统拜登表示", people={"p:p": ["Vladimir Putin"]}, language="zh") == []
    assert _alone("バテン首相が述べた。", people={"p:q": ["Ann Padden"]}) == []


def test_han_takes_the_characters_of_the_sounds_the_key_drops() -> None:
    # "Belanyahu" ends in "yahu": "贝兰" keys as it does, and "亚胡" are the rest of the name
    people = {"p:b": ["Rina Belanyahu"]}
    found = _alone("以色列总理贝兰亚胡在会上说。", people=people, language="zh")
    assert found == [("p:b", "贝兰亚胡")]
    # a name ending in a consonant takes no character after it ("于", yu, is "at")
    found = _alone("土耳其总理多阿内尔于周三抵达。", language="zh")
    assert found == [("p:k", "多阿内尔")]


def test_pinyin_x_is_one_sound() -> None:
    # "候选" (candidate) after "总统" is "sn" in pinyin, no "Kusan" ("ksn")
    people = {"p:c": ["Pia Kusan"]}
    assert _alone("执政党总统候选人发表讲话。", people=people, language="zh") == []
    assert voiced_key("候选") == "sn"


def test_a_person_named_in_one_article_only_is_not_read_by_a_short_key() -> None:
    paragraphs = [("ja", 0, "タディス首相は会見した。")]
    assert person_uses(PEOPLE, paragraphs, set(PEOPLE), recurring=set()) == {}
    assert person_uses(PEOPLE, paragraphs, set(PEOPLE), recurring={"p:o"}) != {}

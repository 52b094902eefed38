"""A foreign surname alone in Han after the office glued before it ("总统布兰德尔"): the one
person of the packet whose Latin surname has that sound. Invented people and sentences."""

from __future__ import annotations

from briefing.topics.uncased_people import person_uses

PEOPLE = {"p:t": ["Tomas Brandell", "Brandell"], "p:m": ["Mira Kostova"]}


def _alone(*texts: str, people: dict[str, list[str]] = PEOPLE) -> list[tuple[str, str]]:
    found = person_uses(people, [("zh", n, t) for n, t in enumerate(texts)], set(people))
    return sorted((root, o.surface) for root, occs in found.items() for o in occs)


def test_a_surname_after_a_title_is_the_person() -> None:
    # simplified and traditional, the letters after the name no part of it
    assert _alone("美国总统布兰德尔周三宣布新措施。") == [("p:t", "布兰德尔")]
    assert _alone("美國總統布蘭德爾當日宣佈。") == [("p:t", "布蘭德爾")]
    assert _alone("国务卿布兰德尔表示") == [("p:t", "布兰德尔")]


def test_no_title_no_surname() -> None:
    # a Han run has no edges: without a title the sound is not looked for
    assert _alone("布兰德尔周三宣布新措施。") == []
    # a title before another word: "总统府" (the presidential office) reads nothing
    assert _alone("总统府发表声明。") == []


def test_the_first_part_of_a_full_name_and_a_shared_key_are_no_surname() -> None:
    # "总统布兰德尔·某" opens a full name written with its dot
    assert _alone("总统布兰德尔·米拉说") == []
    # two people of the packet whose surnames sound alike: neither
    people = {"p:t": ["Tomas Brandell"], "p:u": ["Uma Brindell"]}
    assert _alone("美国总统布兰德尔宣布。", people=people) == []


def test_a_short_key_is_never_looked_for() -> None:
    # "Putin" and "Biden" share "btn": three consonants are too few alone
    people = {"p:p": ["Vladimir Putin"]}
    assert person_uses(people, [("zh", 0, "总统拜登表示")], {"p:p"}) == {}


def test_a_surname_found_after_its_title_is_the_person_elsewhere() -> None:
    found = _alone("秘书长布兰德尔周三表示。", "布兰德尔呼吁各方克制。", "米拉·布兰德尔没有出席。")
    assert found == [("p:t", "布兰德尔"), ("p:t", "布兰德尔")]  # not the other full name's

"""East Asian people the packet names in Latin letters, found in their own scripts family name
first: kanji read in Japanese, the same characters in Chinese, Hangul, a family name alone
before a title only when it has one holder or the title was written after one holder's full
name; and Arabic's two short words. People and sentences made up for these tests; look-alikes
must stay out."""

from __future__ import annotations

from briefing.topics.arabic_names import arabic_uses
from briefing.topics.east_asian_names import east_asian_uses

#: Two people who share a family name, and a third.
PEOPLE = {
    "p:kenichi": ["Kenichi Matsumoto"],
    "p:keiko": ["Keiko Matsumoto"],
    "p:daisuke": ["Daisuke Takahashi"],
}


def _found(*texts: str, people: dict[str, list[str]] | None = None) -> list[tuple[int, str, str]]:
    named = PEOPLE if people is None else people
    paragraphs = [("a", i, t) for i, t in enumerate(texts)]
    found = east_asian_uses(named, paragraphs, set(named))
    return sorted((o.paragraph, o.surface, root) for root, occs in found.items() for o in occs)


def test_kanji_read_in_japanese_either_order() -> None:
    assert _found("松本健一首相は記者会見で話した。", "昨日、高橋大輔議長が来た。") == [
        (0, "松本健一", "p:kenichi"),
        (1, "高橋大輔", "p:daisuke"),
    ]
    # a Latin name written family first is the same person
    assert _found("松本健一首相は話した。", people={"p:k": ["Matsumoto Kenichi"]}) == [
        (0, "松本健一", "p:k")
    ]


def test_a_look_alike_sharing_one_part_stays_out() -> None:
    # Kenichi Takahashi is nobody of the packet: neither Kenichi Matsumoto nor Daisuke Takahashi
    assert _found("高橋健一さんは来なかった。", "大森健一氏が話した。") == []


def test_family_name_alone_before_a_title() -> None:
    found = _found(
        "松本健一首相は記者会見で話した。",
        "松本恵子夫人は涙を流した。",
        "その後、松本首相は会場を出た。",  # the title written after Kenichi's full name
        "松本氏は何も言わなかった。",  # two holders, a title neither full name had: nobody
        "恵子さんは花を手向けた。",  # a given name with an honorific
        "高橋大輔議長が来た。高橋氏は短く話した。",  # one holder
        "高橋では雨が降った。",  # no title: a place, a word
    )
    assert found == [
        (0, "松本健一", "p:kenichi"),
        (1, "松本恵子", "p:keiko"),
        (2, "松本", "p:kenichi"),
        (4, "恵子", "p:keiko"),
        (5, "高橋", "p:daisuke"),
        (5, "高橋大輔", "p:daisuke"),
    ]


def test_the_same_characters_in_chinese() -> None:
    found = _found("松本健一首相は話した。", "松本健一周二表示，松本惠子出席。", "松本表示。")
    # "松本惠子" (the other form of 恵) is Keiko's too: a Chinese text's Han names are also
    # read in Japanese, window by window (:mod:`.han_readings`); "松本" alone has two holders
    assert found == [
        (0, "松本健一", "p:kenichi"),
        (1, "松本健一", "p:kenichi"),
        (1, "松本惠子", "p:keiko"),
    ]
    both = _found("松本健一首相と松本恵子さん。", "松本健一周二表示，松本惠子出席。")
    assert (1, "松本惠子", "p:keiko") in both
    # no Japanese article: the Chinese full name is still read so, the family alone is not
    assert _found("松本健一周二表示。", "松本表示。") == [(0, "松本健一", "p:kenichi")]


def test_hangul_family_name_first() -> None:
    found = _found(
        "마쓰모토 겐이치 총리는 말했다.",
        "마쓰모토 겐이치는 떠났다.",
        "마쓰모토 총리는 돌아왔다.",  # the title written after Kenichi's full name
        "마쓰모토 여사가 왔다.",  # a title after neither: two holders, nobody
    )
    assert found == [
        (0, "마쓰모토 겐이치", "p:kenichi"),
        (1, "마쓰모토 겐이치", "p:kenichi"),
        (2, "마쓰모토", "p:kenichi"),
    ]
    # a phrase whose consonants are a short name's ("sk st", Suga Yoshihide) is no name
    assert _found("그는 편지를 쓰고 있다.", people={"p:s": ["Yoshihide Suga"]}) == []


def test_arabic_two_short_words() -> None:
    people = {"p:kenzo": ["Kenzo Abe"], "p:toma": ["Toma Naba"]}
    found = arabic_uses(people, [("a", 0, "وصل كينزو آبي أمس، ثم تحدث توما نابا.")])
    # "knz b": four consonants, one word of three; "tm nb" has none and is not looked for
    assert {r: [o.surface for o in occs] for r, occs in found.items()} == {"p:kenzo": ["كينزو آبي"]}


def test_without_the_japanese_extra_kanji_are_not_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # pykakasi is an optional extra (GPL): when it is missing the kanji rule is silent, and
    # Hangul names are still found
    import briefing.topics.east_asian_names as names

    monkeypatch.setattr(names, "_reader", lambda: None)
    assert _found("松本健一首相は記者会見で話した。") == []
    assert _found("다카하시 다이스케 의장이 말했다.") == [(0, "다카하시 다이스케", "p:daisuke")]


def test_a_family_name_the_reader_reads_as_a_word() -> None:
    # "菅" is read "kan" (sedge) by the reader; the dictionary also lists "suga"
    people = {"p:suga": ["Kenichi Suga"], "p:daisuke": ["Daisuke Takahashi"]}
    found = _found(
        "菅健一氏は会見で話した。",
        "その後、菅氏は会場を出た。",  # the family name alone before a title: his
        people=people,
    )
    assert (0, "菅健一", "p:suga") in found
    assert (1, "菅", "p:suga") in found


def test_a_second_reading_needs_the_other_part_read_as_written() -> None:
    # "菅" may read "suga", but "大輔" is no "Kenichi": nobody of the packet
    people = {"p:suga": ["Kenichi Suga"]}
    assert _found("菅大輔氏は来なかった。", people=people) == []
    # a person whose family name is the reader's own reading is unchanged
    assert _found("菅健一氏は話した。", people={"p:kan": ["Kenichi Kan"]}) == [
        (0, "菅健一", "p:kan")
    ]
    # two people a second reading could make: neither
    both = {"p:a": ["Kenichi Suga"], "p:b": ["Kenichi Kuda"]}
    assert _found("菅健一氏は話した。", people=both) == []

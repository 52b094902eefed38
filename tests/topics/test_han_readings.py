"""Japanese names in Han letters where no Japanese article writes the full name: read in a
Chinese text window by window (a title glued before or after), and a family name alone
before a person's title in Japanese text; and a short Japanese-sounding name in Arabic
script matched by its long vowels. Names and sentences made up for these tests; look-alikes
must stay out."""

from __future__ import annotations

from briefing.topics.arabic_names import arabic_uses
from briefing.topics.arabic_vowels import voweled
from briefing.topics.east_asian_names import east_asian_uses


def _found(people: dict[str, list[str]], *texts: str) -> list[tuple[int, str, str]]:
    paragraphs = [("a", i, t) for i, t in enumerate(texts)]
    found = east_asian_uses(people, paragraphs, set(people))
    return sorted((o.paragraph, o.surface, root) for root, occs in found.items() for o in occs)


TWO = {"p:k": ["Kenichi Matsumoto"], "p:d": ["Daisuke Takahashi"]}


def test_a_japanese_name_in_chinese_text_with_a_title_glued_before_or_after() -> None:
    assert _found(
        TWO, "据报道,日本央行行长松本健一此前表示,将继续观察。", "松本健一首相表示。"
    ) == [
        (0, "松本健一", "p:k"),
        (1, "松本健一", "p:k"),
    ]
    # then the family name alone before a title is his, in Japanese text too
    assert _found(TWO, "行长松本健一表示。", "松本首相が話した。") == [
        (0, "松本健一", "p:k"),
        (1, "松本", "p:k"),
    ]


def test_look_alikes_in_chinese_text_stay_out() -> None:
    # another given name (Kenji), and a sentence with a title but no name
    assert _found(TWO, "行长松本健二此前表示。", "日本银行行长表示将继续观察。") == []


def test_a_family_name_before_a_title_with_no_full_name_in_han() -> None:
    people = {"p:t": ["Jiro Takeda"], "p:d": ["Daisuke Takahashi"]}
    assert _found(people, "武田総裁が会見した。") == [(0, "武田", "p:t")]
    # a town's mayor or a prefecture's governor: the place's name, no person's
    assert _found(people, "武田市長が会見した。", "武田知事が来た。") == []
    # two people who share the family name: neither
    shared = {"p:t": ["Jiro Takeda"], "p:e": ["Emi Takeda"]}
    assert _found(shared, "武田総裁が会見した。") == []
    # a short family name is several families ("abe": 安倍, 阿部)
    assert _found({"p:a": ["Kenzo Abe"]}, "阿部氏が話した。") == []
    # no title after it: a word, not a name
    assert _found(people, "武田の城を見た。") == []


def test_a_short_name_in_arabic_by_its_long_vowels() -> None:
    assert voweled("Kaito") == voweled("كايتو") == "kaitu"
    assert voweled("Ueda") == voweled("أويدا") == "uida"  # the opening alif only carries "u"
    people = {"p:k": ["Kaito Ueda"], "p:x": ["Tom Lee"]}
    text = "وعقد المحافظ كايتو أويدا مؤتمرا صحفيا."
    found = arabic_uses(people, [("ar", 0, text)], {"p:k", "p:x"})
    assert {r: [o.surface for o in occs] for r, occs in found.items()} == {"p:k": ["كايتو أويدا"]}
    # another vowel (Kaito Oda), one word alone, or the words apart: no match
    for other in ("قال كايتو أودا", "قال أويدا", "كايتو ثم أويدا"):
        assert arabic_uses(people, [("ar", 0, other)], {"p:k"}) == {}
    # only a person's name is looked for so; two people with one key: neither
    assert arabic_uses(people, [("ar", 0, text)]) == {}
    twins = {"p:k": ["Kaito Ueda"], "p:j": ["Kaitou Ueeda"]}
    assert arabic_uses(twins, [("ar", 0, text)], {"p:k", "p:j"}) == {}


def test_without_the_japanese_extra_chinese_text_is_not_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefing.topics.east_asian_names as names

    monkeypatch.setattr(names, "_reader", lambda: None)
    assert _found(TWO, "行长松本健一表示。", "松本首相が話した。") == []

"""A Japanese person or body named only in Japanese: a full name before a title, split where
the family name is written alone or a kana reading shows it; a body ending in its class's noun
at a left edge; in two articles. Look-alikes (a place before a title, a referring letter, one
article, a family name two full names share, a Chinese run, a katakana-led body, a span
another topic holds, no reader) stay out. Names and sentences made up for these tests."""

from __future__ import annotations

import pytest

from briefing.topics.candidates import Occurrence
from briefing.topics.japanese_titled import add_japanese_names, japanese_names
from briefing.topics.rank_cluster import Cluster

pytest.importorskip("pykakasi")

_PLACES = frozenset({"日本", "東京"})


def _found(
    *texts: tuple[str, str], taken: dict[tuple[str, int], list[tuple[int, int]]] | None = None
) -> dict[tuple[str, str], list[str]]:
    paragraphs = [(article, 0, text) for article, text in texts]
    return {
        (c.kind, c.name): sorted(o.surface for o in c.occurrences)
        for c in japanese_names(paragraphs, taken or {}, _PLACES.__contains__)
    }


def test_full_name_split_by_the_family_name_alone_with_an_honorific() -> None:
    found = _found(
        ("a", "調査団の山川一郎教授は会見で話した。山川さんは笑った。"),
        ("b", "会見した山川一郎教授によると、結果は良い。"),
    )
    assert found == {("person", "山川一郎"): ["山川", "山川一郎", "山川一郎"]}


def test_a_kana_reading_inside_or_after_the_name_splits_it_and_is_left_out() -> None:
    found = _found(
        ("a", "観測所の谷(たに)健太助教は「うれしい」と語った。"),
        ("b", "谷(たに)健太助教が説明した。"),
    )
    # after the family name: the name is written without it, its uses as the text writes them
    assert found == {("person", "谷健太"): ["谷(たに)健太", "谷(たに)健太"]}
    found = _found(
        ("a", "班長の山川一郎(いちろう)教授は話した。"),
        ("b", "また、山川一郎教授が説明した。"),
    )
    assert found == {("person", "山川一郎"): ["山川一郎", "山川一郎"]}
    # a reading that reads neither part vouches for no split
    assert _found(("a", "班長の山川一郎(はなこ)教授は話した。"), ("b", "山川一郎教授が。")) == {}


def test_a_body_at_a_left_edge_also_glued_after_a_name() -> None:
    found = _found(
        ("a", "北浜天文台の研究者が発表した。"),
        ("b", "会見では、北浜天文台教授らが話した。森田健一北浜天文台教授も。"),
    )
    assert found == {("organisation", "北浜天文台"): ["北浜天文台"] * 3}


def test_look_alikes_stay_silent() -> None:
    # a place before a title ("日本選手"), a referring letter ("同氏", "同大教授"): no split
    assert _found(("a", "日本選手は日本人選手と話した。"), ("b", "日本人選手が勝った。")) == {}
    assert _found(("a", "同氏は同大教授だ。"), ("b", "同氏と同大教授が話した。")) == {}
    # one article's repetition
    assert _found(("a", "山川一郎教授は話した。山川さんは笑った。山川一郎教授が。")) == {}
    # Chinese has no kana to mark a left edge
    assert _found(("a", "记者山川一郎教授报道。山川氏说。"), ("b", "山川一郎教授说。")) == {}
    # a body glued after katakana, or after a referring letter
    assert _found(("a", "ロシア北浜省の発表と同省の話。"), ("b", "ロシア北浜省が、同省は。")) == {}


def test_a_family_name_two_full_names_share_joins_neither() -> None:
    found = _found(
        ("a", "調査団の山川一郎教授と山川花子教授が来た。山川氏は話した。"),
        ("b", "山川一郎教授が、山川花子教授と。"),
    )
    assert found == {
        ("person", "山川一郎"): ["山川一郎", "山川一郎"],
        ("person", "山川花子"): ["山川花子", "山川花子"],
    }
    # another title than the full name's joins nobody: "山川市長" may be another Yamakawa
    found = _found(
        ("a", "調査団の山川一郎教授は話した。"),
        ("b", "山川一郎教授と、山川市長が。"),
    )
    assert found == {("person", "山川一郎"): ["山川一郎", "山川一郎"]}


def test_a_name_another_topic_holds_is_theirs() -> None:
    texts = [
        ("a", 0, "調査団の山川一郎教授は会見で話した。"),
        ("b", 0, "会見した山川一郎教授によると、北浜天文台の結果は良い。"),
        ("c", 0, "北浜天文台の発表。"),
    ]
    start = texts[0][2].index("山川")
    clusters = {"p:y": Cluster("person", "Ichiro Yamakawa", [])}
    clusters["p:y"].occurrences.append(Occurrence("a", 0, start, start + 4, "山川一郎"))
    add_japanese_names(clusters, texts, lambda: _PLACES)
    assert sorted(clusters) == ["j:北浜天文台", "p:y"]
    assert clusters["j:北浜天文台"].kind == "organisation"


def test_without_the_japanese_extra_no_person_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.topics.japanese_titled as module

    monkeypatch.setattr(module, "_reader", lambda: None)
    found = _found(
        ("a", "調査団の山川一郎教授は話した。北浜天文台の。"),
        ("b", "山川一郎教授と、山川さん。北浜天文台の。"),
    )
    assert found == {("organisation", "北浜天文台"): ["北浜天文台", "北浜天文台"]}

"""A school, a headquarters or an island named only in Hangul and Han: the class's noun
closes a Hangul word written in two articles, a Han run joins it by its Sino-Korean reading;
look-alikes (a pupil, a chief, a one-syllable stem, one article's repetition, a Han name that
reads otherwise, a peninsula, a span another topic holds) stay out. Names and sentences made
up for these tests."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.hangul_suffixed import add_suffixed_names, suffixed_names
from briefing.topics.rank import Cluster


def _found(
    *texts: tuple[str, str], taken: dict[tuple[str, int], list[tuple[int, int]]] | None = None
) -> dict[tuple[str, str], list[str]]:
    paragraphs = [(article, 0, text) for article, text in texts]
    return {
        (c.kind, c.name): sorted(o.surface for o in c.occurrences)
        for c in suffixed_names(paragraphs, taken or {})
    }


def test_school_in_two_articles_with_short_form_town_and_han() -> None:
    paragraphs = [
        ("a", 0, "서산정화고등학교 학생들이 탔다. 정화고 교사는 말했다."),
        ("b", 0, "정화고등학교의 2학년 학생들이다. 서산에서 왔다."),
        ("c", 0, "乘客多为正和高中和光明高中学生。"),
        ("d", 0, "大部分是瑞山正和高中的學生。"),
    ]
    town = {("b", 0): [(19, 21)]}  # 서산: a place topic
    assert paragraphs[1][2][19:21] == "서산"
    found = {
        c.name: sorted(o.surface for o in c.occurrences)
        for c in suffixed_names(paragraphs, {}, town)
    }
    # 光明 reads 광명, no stem the Hangul writes; 瑞山 is 서산: the town and school together
    assert found == {
        "서산정화고등학교": sorted(
            ["정화고", "정화고등학교", "서산정화고등학교", "正和高中", "瑞山正和高中"]
        ),
    }
    # a stem that ends another after no listed place: two bodies ("남정화" is not 정화)
    found = {c.name for c in suffixed_names(paragraphs, {}, {})}
    assert found == {"서산정화고등학교", "정화고등학교"}


def test_han_reading_joins_headquarters_longest_free_tail() -> None:
    found = _found(
        ("a", "중앙수해대책본부는 오후에 발표했다."),
        ("b", "南國中央水害對策本部公布了數據。"),
        ("c", "中央水害対策本部によると"),
        taken={("b", 0): [(0, 2)]},  # 南國: a country's topic
    )
    assert found == {
        ("organisation", "중앙수해대책본부"): sorted(
            ["中央水害對策本部", "中央水害対策本部", "중앙수해대책본부"]
        ),
    }


def test_look_alikes_are_no_bodies() -> None:
    found = _found(
        ("a", "고등학생 세 명과 본부장이 말했다. 본부는 닫혔다. 대학교 근처였다."),
        ("b", "고등학생들이 본부장에게 물었다. 대학교에서 만났다."),
        ("c", "청솔중학교 학생이다. 청솔중학교에서 청솔중학교로 갔다."),  # one article only
    )
    assert found == {}


def test_island_named_in_both_scripts_not_a_peninsula() -> None:
    found = _found(
        ("a", "전남 백산도 앞바다에서 사고가 났다. 백산도군 관계자는 말했다. 반도 남쪽이다."),
        ("b", "事故发生在全罗南道白山岛附近，位于朝鲜半岛南部。"),
        ("c", "韓国南部の白山島沖で"),
    )
    assert found == {("place", "백산도"): sorted(["白山岛", "白山島", "백산도", "백산도군"])}


def test_island_in_one_script_only_or_taken_is_none() -> None:
    assert _found(("a", "백산도 앞바다"), ("b", "백산도에서")) == {}
    text = "位于白山岛附近"
    taken = {("b", 0): [(2, 5)]}
    assert _found(("a", "백산도 앞바다"), ("b", text), taken=taken) == {}


def test_island_sounding_as_a_listed_place_joins_it() -> None:
    listed = Cluster("place", "Baeksan", [Occurrence("e", 0, 0, 7, "Baeksan")])
    clusters = {"Baeksan": listed}
    paragraphs = [("a", 0, "백산도에서 출발했다."), ("b", 0, "开往白山岛的渡轮")]
    add_suffixed_names(clusters, paragraphs)
    assert list(clusters) == ["Baeksan"]
    assert sorted(o.surface for o in listed.occurrences) == sorted(["Baeksan", "白山岛", "백산도"])


def test_district_after_its_city_joins_its_han_name() -> None:
    paragraphs = [
        ("a", 0, "사고는 서울 백송구 한 골목에서 났다."),
        ("b", 0, "백송구청 직원과 백송구 주민들이 모였다."),
        ("c", 0, "白松区消防局表示"),
    ]
    city = {("a", 0): [(4, 6)]}  # 서울: a place topic
    found = suffixed_names(paragraphs, {}, city)
    assert [(c.kind, c.name, sorted(o.surface for o in c.occurrences)) for c in found] == [
        ("place", "백송구", sorted(["백송구", "백송구", "白松区"]))
    ]


def test_district_noun_look_alikes_are_no_places() -> None:
    paragraphs = [
        ("a", 0, "비상구 쪽으로 갔다. 출입구가 막혔다. 서울 백송구 골목"),
        ("b", 0, "비상구와 출입구를 찾았다. 백송구 주민들"),
        ("c", 0, "紧急出口和白松区"),
    ]
    city = {("a", 0): [(22, 24)]}
    assert paragraphs[0][2][22:24] == "서울"
    # 비상구, 출입구 after no place; 백송구 after its city but written in Hangul alone
    assert suffixed_names(paragraphs[:2], {}, city) == []
    # with its Han name, the district (and only it)
    assert [c.name for c in suffixed_names(paragraphs, {}, city)] == ["백송구"]
    # never after a place: no district, though its Han name reads as it
    assert suffixed_names(paragraphs, {}, {}) == []

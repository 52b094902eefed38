"""A landmark's names across languages and scripts are one place (:mod:`.landmarks`,
:mod:`.landmark_scripts`).

Made-up landmarks (a river "Dorna", a tower "Velmar", a bridge and a station "d'Orsen") in
made-up sentences; look-alikes that must stay apart: two towers (one head, two proper parts),
a bridge and a station of one proper part, two spellings one language writes for two rivers,
a person's "Tower", a one-word name no article precedes, a Han run of another feature.
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.model import Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.event_place import is_river
from briefing.topics.landmark_scripts import (
    agreed_landmarks,
    headed_uses,
    landmark_uses,
    latin_uses,
)
from briefing.topics.landmarks import (
    context_feature,
    landmark_key,
    landmark_pairs,
    qualified_pairs,
    readings,
    split_name,
)


def test_a_name_splits_into_its_feature_and_proper_part_whichever_end_the_head_is() -> None:
    assert split_name("Velmar Tower") == ("tower", "Velmar")
    assert split_name("Tour Velmar") == ("tower", "Velmar")
    assert split_name("Pont d’Orsen") == ("bridge", "Orsen")
    assert split_name("Orsen-Brücke") == ("bridge", "Orsen")
    assert split_name("Place de la Velmar") == ("square", "Velmar")
    assert split_name("River Dorna") == ("river", "Dorna")


def test_a_name_without_a_feature_head_has_no_reading() -> None:
    assert split_name("Velmar") is None
    assert split_name("Velmar Group") is None
    assert split_name("Tower Bridge") is None  # two heads: which is the name?


def test_a_bare_name_takes_its_neighbours_feature() -> None:
    text = "Los barcos bajaron por el río Dorna y la Dorna River Company."
    start = text.index("Dorna")
    assert context_feature(text, start, start + 5) == "river"
    text = "Сотни лодок прошли по реке Дорне вечером."
    start = text.index("Дорне")
    assert context_feature(text, start, start + 5) == "river"
    text = "Minister Dorna said the plan would work."
    start = text.index("Dorna")
    assert context_feature(text, start, start + 5) is None


def test_the_sounds_of_a_proper_part_agree_across_scripts() -> None:
    assert landmark_key("Dorna") == landmark_key("Дорне") == landmark_key("ドルナ")
    assert landmark_key("Dorna") == landmark_key("도르나") == landmark_key("多尔纳")
    assert landmark_key("Velmar") == landmark_key("ヴェルマール") == landmark_key("벨마르")
    assert landmark_key("Austerlitz") == landmark_key("オステルリッツ")  # "ts", small tsu


def _occ(article_id: str, surface: str, text: str) -> Occurrence:
    start = text.index(surface)
    return Occurrence(article_id, 0, start, start + len(surface), surface)


def _read(written: dict[str, list[tuple[str, str, str]]]) -> dict[str, set[tuple[str, str]]]:
    """``written``: key → (article, surface, paragraph text)."""
    occ = {k: [_occ(a, s, t) for a, s, t in uses] for k, uses in written.items()}
    texts = {(a, 0): t for uses in written.values() for a, _s, t in uses}
    return readings(occ, texts, lambda key: key == "n:trump")


def test_one_tower_in_two_languages_is_joined_and_another_tower_is_not() -> None:
    found = _read(
        {
            "n:velmar tower": [("en", "Velmar Tower", "She sang from the Velmar Tower.")],
            "n:tour velmar": [("fr", "Tour Velmar", "Elle a chanté depuis la Tour Velmar.")],
            "n:orsen tower": [("en2", "Orsen Tower", "The Orsen Tower stayed dark.")],
        }
    )
    seen_in = {"n:velmar tower": {"en"}, "n:tour velmar": {"fr"}, "n:orsen tower": {"en"}}
    assert landmark_pairs(found, seen_in) == [("n:tour velmar", "n:velmar tower")]


def test_a_bridge_and_a_station_of_one_proper_part_are_two_places() -> None:
    found = _read(
        {
            "n:pont d'orsen": [("fr", "Pont d’Orsen", "Les bateaux partent du Pont d’Orsen.")],
            "n:gare d'orsen": [("fr2", "Gare d’Orsen", "Le train quitte la Gare d’Orsen.")],
        }
    )
    assert landmark_pairs(found, {"n:pont d'orsen": {"fr"}, "n:gare d'orsen": {"fr"}}) == []


def test_a_river_spelled_by_each_language_is_one_river() -> None:
    found = _read(
        {
            "n:river dorna": [("en", "River Dorna", "Boats sailed down the River Dorna.")],
            "n:dorne": [("es", "Dorne", "Los barcos bajaron por el río Dorne.")],
            "n:дорна": [("ru", "Дорне", "Лодки прошли по реке Дорне.")],
        }
    )
    seen_in = {"n:river dorna": {"en"}, "n:dorne": {"es"}, "n:дорна": {"ru"}}
    pairs = landmark_pairs(found, seen_in)
    assert sorted(pairs) == [("n:dorne", "n:river dorna"), ("n:dorne", "n:дорна")]


def test_two_spellings_one_language_writes_are_two_rivers() -> None:
    found = _read(
        {
            "n:river dorna": [("en", "River Dorna", "Boats sailed down the River Dorna.")],
            "n:river dorne": [("en2", "River Dorne", "Fish swim up the River Dorne.")],
        }
    )
    assert landmark_pairs(found, {"n:river dorna": {"en"}, "n:river dorne": {"en"}}) == []


def test_a_person_is_never_a_landmark() -> None:
    found = _read({"n:trump": [("en", "Trump", "They met at Trump Tower.")]})
    assert found == {}


def test_a_bare_name_is_the_river_only_after_an_article() -> None:
    after = _read(
        {
            "n:river dorna": [("en", "River Dorna", "Boats sailed down the River Dorna.")],
            "n:dorna": [
                ("fr", "Dorna", "La fête a eu lieu sur la Dorna."),
                ("de", "Dorna", "Die Boote fuhren auf der Dorna."),
            ],
        }
    )
    assert after["n:dorna"] == {("river", "Dorna")}
    bare = _read(
        {
            "n:river dorna": [("en", "River Dorna", "Boats sailed down the River Dorna.")],
            "n:dorna": [
                ("en2", "Dorna", "Dorna said its profits rose."),
                ("en3", "Dorna", "Shares of Dorna fell."),
            ],
        }
    )
    assert "n:dorna" not in bare


PARAGRAPHS = [
    ("zh", 0, "运动员在多尔纳河上乘船。"),
    ("ja", 0, "選手団はドルナ川を進み、ヴェルマール塔が見えた。"),
    ("ko", 0, "선수들은 도르나강에서 행진했고 벨마르탑에서 노래했다."),
    ("ko2", 0, "배들이 도르나 강을 지나며 벨마르 다리를 건넜다."),
    ("ar", 0, "أبحرت القوارب في نهر دورنا قرب برج فيلمار."),
    ("ko3", 0, "그는 도르나 강조했다."),  # "강" opening another word ("강조"): no river
]


def test_a_landmark_is_found_in_scripts_without_capitals_by_its_feature() -> None:
    found = landmark_uses(
        {"river": [("river", "Dorna")], "tower": [("tower", "Velmar")]}, PARAGRAPHS
    )
    assert sorted(o.surface for o in found["river"]) == sorted(
        ["多尔纳河", "ドルナ川", "도르나강", "도르나 강", "نهر دورنا"]
    )
    # "벨마르 다리" is a bridge: the tower has no bridge
    assert sorted(o.surface for o in found["tower"]) == sorted(
        ["ヴェルマール塔", "벨마르탑", "برج فيلمار"]
    )


def test_a_han_name_opens_as_the_latin_name_does() -> None:
    # "贝林" keeps Avelin's consonants, but the name opens with a vowel: "阿贝林" is the name
    found = landmark_uses({"tower": [("tower", "Avelin")]}, [("zh", 0, "游客登上了阿贝林塔。")])
    assert [o.surface for o in found["tower"]] == ["阿贝林塔"]


def test_a_key_two_landmarks_of_one_feature_share_finds_neither() -> None:
    found = landmark_uses({"a": [("river", "Dorna")], "b": [("river", "Dorne")]}, PARAGRAPHS)
    assert found == {}


def test_the_briefing_makes_one_place_of_a_river_and_a_tower_across_languages() -> None:
    topics = extract_topics(
        [
            article(
                "01_en", "Boats sailed down the Dorna River as singers stood on the Velmar Tower."
            ),
            article("02_en", "Crowds lined the Dorna all evening. The Dorna was full of boats."),
            article("03_fr", "La fête a eu lieu sur la Dorna, devant la Tour Velmar illuminée."),
            article("04_ru", "Сотни лодок прошли по реке Дорне вечером."),
            article("05_ru", "Спортсмены проплыли по реке Дорне на лодках."),
            article("06_ja", "選手団はドルナ川を進み、ヴェルマール塔が見えた。"),
            article("07_ko", "선수들은 도르나강에서 행진했고 벨마르탑에서 노래했다."),
        ]
    )
    river = holding(topics, "Dorna River")
    assert len(river) == 1 and river[0].kind == "place"
    assert {"Dorna", "Дорне", "ドルナ川", "도르나강"} <= set(river[0].aliases)
    tower = holding(topics, "Velmar Tower")
    assert len(tower) == 1 and tower[0].kind == "place"
    assert {"Tour Velmar", "ヴェルマール塔", "벨마르탑"} <= set(tower[0].aliases)


AGREED = [
    ("ja", 0, "行進はカルヴェナク広場で終わった。"),
    ("ko", 0, "행진은 카르베나크 광장에서 끝났다."),
    ("ar", 0, "انتهى العرض في ساحة كارفيناك مساء."),
    ("ja2", 0, "船はカルヴェン橋の下を通った。"),  # a bridge in one script only
]


def test_a_landmark_two_scripts_write_alike_is_a_place_of_its_own() -> None:
    agreed = agreed_landmarks(AGREED)
    assert list(agreed.values()) == [[("square", "カルヴェナク")]]
    root = next(iter(agreed))
    found = landmark_uses(agreed, AGREED)
    assert sorted(o.surface for o in found[root]) == sorted(
        ["カルヴェナク広場", "카르베나크 광장", "ساحة كارفيناك"]
    )
    latin = [("de", 0, "Die Boote fuhren bis zum Karvenak im Westen. Karven liegt weit weg.")]
    assert [o.surface for o in latin_uses(agreed[root], latin)] == ["Karvenak"]


def test_one_script_alone_or_a_known_landmark_makes_no_place() -> None:
    assert agreed_landmarks(AGREED[:1] + AGREED[3:]) == {}
    assert agreed_landmarks(AGREED, [[("square", "Karvenak")]]) == {}
    # two scripts agree, but a feature noun of another kind: two places, none agreed
    other = [AGREED[0], ("ko", 0, "배는 카르베나크 다리 아래를 지났다.")]
    assert agreed_landmarks(other) == {}


def test_a_proper_part_beside_another_languages_feature_noun_is_the_landmark() -> None:
    paragraphs = [
        ("de", 0, "Die Boote fuhren von der Orsen-Brücke bis zum Velmar-Turm."),
        ("fr", 0, "On voyait la Tour Velmar depuis la gare d’Orsen."),  # a station: no bridge
        ("es", 0, "Desde la torre Velmar se ve el puente de Orsen."),  # lower case: described
        ("en", 0, "Orsen said the Velmar family owns it."),  # no feature noun beside them
    ]
    found = headed_uses({"b": [("bridge", "Orsen")], "t": [("tower", "Velmar")]}, paragraphs)
    assert [o.surface for o in found["b"]] == ["Orsen-Brücke"]
    assert [o.surface for o in found["t"]] == ["Velmar-Turm", "Tour Velmar"]


def test_a_river_is_not_the_town_an_event_happened_in() -> None:
    river = Topic("dorna", "Dorna", "place", ("Dorna", "Dorna River"), (), 1.0)
    tower = Topic("velmar", "Velmar Tower", "place", ("Velmar Tower",), (), 1.0)
    assert is_river(river)
    assert not is_river(tower)


def test_a_landmark_qualified_by_its_city_is_the_landmark() -> None:
    found = {
        "n:velmar cathedral": {("cathedral", "Velmar")},
        "n:pont d'orsen": {("bridge", "Orsen")},
    }
    found["n:gare d'orsen"] = {("station", "Orsen")}
    occ = {
        "n:velmar de lisbonne": [Occurrence("fr", 0, 0, 18, "Velmar de Lisbonne")],
        "n:velmar de marcel": [Occurrence("fr", 1, 0, 16, "Velmar de Marcel")],  # no place
        "n:orsen de lisbonne": [Occurrence("fr", 2, 0, 17, "Orsen de Lisbonne")],  # two owners
    }
    pairs = qualified_pairs(found, occ, lambda text: text == "Lisbonne")
    assert pairs == [("n:velmar cathedral", "n:velmar de lisbonne")]

"""A foreign person only Hangul text names, told by the office written after the name: two
spellings by ear joined under one given name, the surname alone later; look-alikes (a country
and its ministry, an adverb before a surname, a compound that ends in an honorific's letters,
a name written once, a span another topic holds, a person the packet lists in Latin) stay out.
People and sentences made up for these tests."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.hangul_titled import _office, add_hangul_people, hangul_people
from briefing.topics.rank import Cluster


def _people(*texts: str, taken: dict[tuple[str, int], list[tuple[int, int]]] | None = None):
    paragraphs = [("a", i, t) for i, t in enumerate(texts)]
    found = hangul_people(paragraphs, lambda w: False, taken or {})
    return {name: sorted(o.surface for o in occs) for name, occs in found.items()}


def test_full_name_before_office_two_spellings_and_surname_alone() -> None:
    found = _people(
        "애나 벨로 이탈리아 외무장관은 회의를 마친 뒤 말했다.",
        "벨로 장관은 기자들에게 설명했다.",
        "이탈리아의 애나 벨루 외무장관이 도착했다.",
    )
    assert found == {"애나 벨로": ["벨로", "애나 벨로", "애나 벨루"]}


def test_honorific_as_its_own_word_and_former_office() -> None:
    found = _people("토마스 그린 씨는 웃었다.", "토마스 그린 전 대사가 왔다.")
    assert found == {"토마스 그린": ["토마스 그린", "토마스 그린"]}


def test_a_name_written_once_is_not_kept() -> None:
    assert _people("애나 벨로 외무장관은 말했다.") == {}


def test_country_and_ministry_before_an_office_are_no_name() -> None:
    assert _people("미국 국무부 장관은 말했다.", "미국 국무부 장관이 왔다.") == {}


def test_an_adverb_or_a_verb_before_a_surname_is_no_given_name() -> None:
    texts = ("그러나 벨로 대통령은 말했다.", "그러나 벨로 대통령이 왔다.")
    assert _people(*texts) == {}
    assert _people("회의에 참석한 벨로 대통령은", "회의에 참석한 벨로 대통령이") == {}
    assert _people("반대에도 벨로 대통령은 갔다.", "반대에도 벨로 대통령이 왔다.") == {}


def test_an_honorific_inside_a_word_is_no_office() -> None:
    # "날씨" (weather) ends in the letters of "씨"; "주식시장" (stock market) in "시장"; the
    # two words before each would be read as a name if they were offices
    assert _people("어제 오후 날씨가 맑았다.", "어제 오후 날씨는 흐렸다.") == {}
    assert _people("어제 오후 주식시장이 닫혔다.", "어제 오후 주식시장은 열렸다.") == {}
    assert (_office("날씨가"), _office("주식시장이"), _office("회의장은")) == ("", "", "")
    assert (_office("씨는"), _office("시장은"), _office("내무장관은")) == ("씨", "시장", "장관")


def test_other_spellings_join_only_under_one_given_name_or_office() -> None:
    found = _people(
        "애나 벨로 장관은 말했다.",
        "애나 벨로 장관이 왔다.",
        "마리 벨루 대사는 말했다.",
        "마리 벨루 대사가 왔다.",
    )
    assert found == {
        "애나 벨로": ["애나 벨로", "애나 벨로"],
        "마리 벨루": ["마리 벨루", "마리 벨루"],
    }


def test_a_span_another_topic_holds_is_theirs() -> None:
    texts = ("애나 벨로 장관은 말했다.", "애나 벨로 장관이 왔다.")
    taken = {("a", 0): [(0, 5)], ("a", 1): [(0, 5)]}
    assert _people(*texts, taken=taken) == {}


class _NoPlaces:
    def __init__(self) -> None:
        self.places: dict[str, str] = {}

    def place(self, surface: str) -> str | None:
        return None


def test_a_person_the_packet_names_in_latin_is_no_new_topic() -> None:
    paragraphs = [("k", 0, "애나 벨로 장관은 말했다."), ("k", 1, "벨로 장관이 왔다.")]
    listed = Occurrence("e", 0, 0, 10, "Anna Bello")
    clusters = {"p:bello": Cluster("person", "", [listed])}
    add_hangul_people(clusters, paragraphs, _NoPlaces(), {"k": "ko", "e": "en"})  # type: ignore[arg-type]
    assert list(clusters) == ["p:bello"]
    clusters = {"p:other": Cluster("person", "", [Occurrence("e", 0, 0, 9, "Carl Ruiz")])}
    add_hangul_people(clusters, paragraphs, _NoPlaces(), {"k": "ko", "e": "en"})  # type: ignore[arg-type]
    assert clusters["h:애나 벨로"].kind == "person"
    assert sorted(o.surface for o in clusters["h:애나 벨로"].occurrences) == ["벨로", "애나 벨로"]

"""A one-word Korean place named in Latin letters joined with its Hangul (Revised
Romanization or McCune-Reischauer), Han (Hanja readings), Cyrillic (Kontsevich) and Arabic
(consonants and vowel places) spellings, only once the packet writes it in Hangul. Places
made up for these tests ("Sintaewon", 신태원, 新泰院) or well known (Gangnam, Busan);
look-alikes must stay apart."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.korean_places import join_korean_places
from briefing.topics.korean_script_forms import (
    arabic_shape,
    cyrillic_fold,
    kontsevich,
    korean_fold,
)
from briefing.topics.rank import Cluster


def _cluster(kind: str, *surfaces: str) -> Cluster:
    occs = [Occurrence(f"{s}{i}", 0, 0, len(s), s) for i, s in enumerate(surfaces)]
    return Cluster(kind, "", occs)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(article(article_id, text), language=language)


def _surfaces(cluster: Cluster) -> set[str]:
    return {o.surface for o in cluster.occurrences}


def test_kontsevich_and_the_press_spellings() -> None:
    assert kontsevich("부산") == "пусан"
    assert kontsevich("강남") == "каннам"
    assert kontsevich("신태원") == "синтхэвон"
    assert kontsevich("Seoul") == ""  # no Hangul, no reading
    # the aspiration the press leaves out, "ё" spelt "йо", voiced consonants
    assert cyrillic_fold("Синтхэвон") == cyrillic_fold("Синтэвон")
    assert cyrillic_fold("Йонсан") == cyrillic_fold(kontsevich("용산"))
    assert cyrillic_fold("Пхеньян") != cyrillic_fold("Пусан")


def test_romanisations_read_alike() -> None:
    assert korean_fold("신태원") == korean_fold("Sintaewon")
    assert korean_fold("용산") == korean_fold("Yongsan") == korean_fold("Yŏngsan")  # MR
    assert korean_fold("부산") == korean_fold("Pusan") == korean_fold("Busan")
    assert korean_fold("신타원") != korean_fold("Sintaewon")  # other vowels


def test_arabic_shape() -> None:
    assert arabic_shape("Gangnam") == arabic_shape("غانغنام")
    assert arabic_shape("Sintaewon") == arabic_shape("سينتايوان")
    assert arabic_shape("Sintaewon") != arabic_shape("سنون")  # a vowel missing


def test_a_place_joins_its_spellings_in_every_script() -> None:
    clusters = {
        "n:sintaewon": _cluster("organisation", "Sintaewon", "Sintaewon"),
        "n:sintkhevon": _cluster("organisation", "Синтхэвон"),  # the first pass's Cyrillic name
        "n:seoul": _cluster("place", "Seoul"),
    }
    paragraphs = [
        ("ko", 0, "신태원에서 사고가 났다. 신태원동 주민들. 신타원은 다른 곳이다."),
        ("zh", 0, "新泰院昨晚发生事故。新海很大。"),
        ("ja", 0, "新泰院(シンテウォン)で事故。"),
        ("ru", 0, "В Синтхэвоне и в районе Синтэвон. Синтхавон и Сингапур не в счёт."),
        ("ar", 0, "وقع الحادث وسينتايوان في سنون ليلا."),
    ]
    join_korean_places(clusters, paragraphs)
    place = clusters["n:sintaewon"]
    assert _surfaces(place) == {
        "Sintaewon",
        "Синтхэвон",
        "신태원",
        "신태원동",
        "新泰院",
        "Синтхэвоне",
        "Синтэвон",
        "سينتايوان",
    }
    assert set(clusters) == {"n:sintaewon", "n:seoul"}  # the Cyrillic cluster merged
    assert len(clusters["n:seoul"].occurrences) == 1


def test_a_district_suffix_and_the_han_inside_a_longer_run() -> None:
    clusters = {"n:yongsan": _cluster("place", "Yongsan")}
    paragraphs = [("ko", 0, "용산구를 방문했다."), ("zh", 0, "龙山区消防局说。")]
    join_korean_places(clusters, paragraphs)
    assert _surfaces(clusters["n:yongsan"]) == {"Yongsan", "용산구", "龙山"}


def test_no_hangul_no_join() -> None:
    """Han, Cyrillic and Arabic spellings alone are never enough: the Hangul is the proof."""
    clusters = {"n:sintaewon": _cluster("place", "Sintaewon")}
    paragraphs = [
        ("zh", 0, "新泰院昨晚发生事故。"),
        ("ru", 0, "В районе Синтхэвон."),
        ("ar", 0, "في سينتايوان ليلا."),
    ]
    join_korean_places(clusters, paragraphs)
    assert _surfaces(clusters["n:sintaewon"]) == {"Sintaewon"}
    assert len(clusters["n:sintaewon"].occurrences) == 1


def test_look_alikes_stay_apart() -> None:
    clusters = {
        "n:busan": _cluster("place", "Busan"),  # five letters: too short a name to read alike
        "n:strasbourg": _cluster("place", "Strasbourg"),  # no Korean syllables
        "g:Gangnam": _cluster("place", "Gangnam"),  # the gazetteer's: its names are its own
        "p:sintaewon": _cluster("person", "Sintaewon"),  # a person is no one-word place
        "n:hanbada": _cluster("place", "Hanbada"),
        "n:hanbata": _cluster("organisation", "Hanbata"),  # one reading for two: nobody
    }
    paragraphs = [("ko", 0, "부산과 강남, 신태원, 한바다에 갔다. 스트라스부르.")]
    join_korean_places(clusters, paragraphs)
    assert all(len(c.occurrences) == 1 for c in clusters.values())


def test_a_place_across_a_packet() -> None:
    arts = [
        article("en1", "On Monday crowds filled the streets of Sintaewon, a district of Seoul."),
        article("en2", "Police closed the main road in Sintaewon after the market fire."),
        _in("ko", "ko1", "월요일 신태원에서 시장 화재가 났다고 경찰이 밝혔다."),
        _in("zh", "zh1", "周一新泰院的市场发生火灾，警方封闭了道路。"),
        _in("ru", "ru1", "В понедельник в Синтхэвоне загорелся рынок, сообщила полиция."),
        _in("ar", "ar1", "اندلع حريق في سوق سينتايوان يوم الاثنين بحسب الشرطة."),
    ]
    topics = extract_topics(arts)
    place = by_name(topics, "Sintaewon")
    assert {m.article_id for m in place.mentions} == {"en1", "en2", "ko1", "zh1", "ru1", "ar1"}


def _known(**names: str) -> Callable[[], Mapping[str, str]]:
    return lambda: {local: place for local, place in names.items()}


def test_a_town_the_gazetteer_knows_in_latin_only_joins_its_hangul_and_han() -> None:
    """A gazetteer's place ("g:" root) with a five-letter name: the gazetteer says it is a
    place; its Hangul, read exactly, and a Han spelling of that reading join it."""
    clusters = {"g:Sinhae-si": _cluster("place", "Sinhae")}
    paragraphs = [("ko", 0, "신해에서 학생들이 출발했다."), ("zh", 0, "申海市的学生出发了。")]
    join_korean_places(clusters, paragraphs, _known(서울="Seoul"))
    assert _surfaces(clusters["g:Sinhae-si"]) == {"Sinhae", "신해", "申海"}


def test_a_han_spelling_of_another_known_place_stays_apart() -> None:
    """One Hangul reading, two Han spellings: the one the gazetteer gives another place
    (a Chinese city read alike in Korean) is that place's."""
    clusters = {"g:Sinhae-si": _cluster("place", "Sinhae")}
    paragraphs = [("ko", 0, "신해에서 출발했다."), ("zh", 0, "新海的工厂和申海的学校。")]
    join_korean_places(clusters, paragraphs, _known(新海="Xinhai"))
    assert _surfaces(clusters["g:Sinhae-si"]) == {"Sinhae", "신해", "申海"}


def test_a_place_the_gazetteer_names_in_hangul_is_left_to_it() -> None:
    """The gazetteer's own Hangul name finds those uses (:mod:`.uncased_places`); and with no
    gazetteer names given, no gazetteer place is joined here at all."""
    paragraphs = [("ko", 0, "신해에서 출발했다.")]
    clusters = {"g:Sinhae-si": _cluster("place", "Sinhae")}
    join_korean_places(clusters, paragraphs, _known(신해="Sinhae-si"))
    assert _surfaces(clusters["g:Sinhae-si"]) == {"Sinhae"}
    clusters = {"g:Sinhae-si": _cluster("place", "Sinhae")}
    join_korean_places(clusters, paragraphs)
    assert _surfaces(clusters["g:Sinhae-si"]) == {"Sinhae"}


def test_the_same_short_name_unknown_to_the_gazetteer_stays_apart() -> None:
    """Five letters folded ("sinhe") join a place the gazetteer knows, not a name of the
    first pass only: a word of two syllables reads alike too easily."""
    clusters = {"n:sinhae": _cluster("place", "Sinhae")}
    join_korean_places(clusters, [("ko", 0, "신해에서 출발했다.")], _known())
    assert _surfaces(clusters["n:sinhae"]) == {"Sinhae"}

"""Korean names across scripts: one key for Hangul, Hanja (read in Korean), Latin (Revised
Romanization or McCune-Reischauer, hyphen or space), Cyrillic (Kontsevich) and katakana; a
person's kind from a Korean family name and a two-syllable given name; a "-ri" place kept
whole at its hyphen. People, places and sentences made up for these tests (Park Ji-hoon,
Kim Min-seo, Sangdong-ri ...); look-alikes must stay apart."""

from __future__ import annotations

import dataclasses

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.korean_keys import (
    han_keys,
    korean_syllables,
    latin_fold,
    name_keys,
    person_shape,
    place_shape,
    skeleton,
    syllables,
)
from briefing.topics.korean_names import join_korean_names
from briefing.topics.rank import Cluster
from briefing.topics.tokens import chunks, tokenize


def test_one_key_across_scripts() -> None:
    spellings = ["Park Ji-hoon", "Park Ji Hoon", "Pak Chi-hun", "Пак Чи Хун", "박지훈"]
    keys = [name_keys(s) for s in spellings]
    assert all(k == {"bgjhn"} for k in keys), keys
    assert {syllables(s) for s in spellings} == {3}
    assert han_keys("朴智勳") == {"bgjhn"}  # Hanja, read 박지훈
    assert han_keys("朴智勋") == {"bgjhn"}  # its simplified form
    assert skeleton("パクジフン") == "bgjhn"  # katakana adds vowels, keeps the consonants


def test_place_names_and_their_suffix() -> None:
    spellings = ["Sangdong-ri", "Сандонри", "上洞里", "상동리"]
    assert {skeleton(s) for s in spellings[:2]} | han_keys("上洞里") >= {"sndnl"}
    assert skeleton("상동리") == "sndnl"
    assert place_shape("Sangdong-ri") and place_shape("Yeonpyeong-do")
    # no suffix, no Korean syllables, a suffix that is no place's, a space
    for word in ("Seoul-based", "Strasbourg-do", "Sangdong-era", "Sangdong ri", "Sangdong"):
        assert not place_shape(word), word


def test_syllables_of_romanised_korean() -> None:
    assert all(map(korean_syllables, ["Punggye", "Jong", "Sungjibaegam", "Hwasong", "Yeon"]))
    assert not any(map(korean_syllables, ["Trump", "Strasbourg", "Seoul-based", "Kyiv's"]))
    # a long run of vowels is refused at once, not by trying every way to cut it
    assert not korean_syllables("O" + "o" * 40 + "x")


def test_a_person_by_family_and_given_name() -> None:
    for name in ["Park Ji-hoon", "Kim Min-seo", "Lee Su Jin", "Moon Jae-in", "Пак Чи Хун"]:
        assert person_shape(name), name
    for name in [
        "Kim Jong",  # one given syllable
        "Lee Anderson",  # no Korean given name
        "Park Avenue",
        "Donald Trump",
        "Park ji-hoon",  # a lower-case word
        "Пак Чихун Ли",  # a two-syllable word in the Cyrillic three
        "Иван Чи Хун",  # no family name
    ]:
        assert not person_shape(name), name


def test_two_people_sharing_a_family_name_keep_apart() -> None:
    assert name_keys("Kim Min-seo") != name_keys("Kim Young-woo")
    # one skeleton, other vowels: two people, as Latin tells
    assert name_keys("Kim Jong-un") == name_keys("Kim Jung-eun")
    assert latin_fold("Kim Jong-un") != latin_fold("Kim Jung-eun")
    assert latin_fold("Kim Jong-un") == latin_fold("Kim Jong Un")


def test_a_hyphenated_place_is_one_chunk() -> None:
    tokens = tokenize("The tremor was felt near Sangdong-ri, and in Seoul-based offices.")
    words = [" ".join(t.text for t in tokens[c.first : c.last + 1]) for c in chunks(tokens)]
    assert "Sangdong - ri" in words
    assert "Seoul" in words and "Seoul - based" not in words


def _cluster(kind: str, *surfaces: str) -> Cluster:
    occs = [Occurrence(f"a{i}", 0, 0, len(s), s) for i, s in enumerate(surfaces)]
    return Cluster(kind, "", occs)


def test_clusters_merge_and_take_the_kind() -> None:
    clusters = {
        "n:park ji hoon": _cluster("organisation", "Park Ji Hoon", "Park Ji Hoon"),
        "p:park ji-hoon": _cluster("person", "Park Ji-hoon"),
        "p:pak chi khun": _cluster("person", "Пак Чи Хун"),
        "p:kim min-seo": _cluster("person", "Kim Min-seo"),
        "n:sangdong-ri": _cluster("place", "Sangdong-ri"),
        "n:сандонри": _cluster("organisation", "Сандонри"),
    }
    paragraphs = [
        ("zh", 0, "朴智勳昨天在上洞里发表讲话。"),
        ("ko", 0, "박지훈 의원은 상동리에서 말했다. 김민서는 왔다."),
        ("ja", 0, "パク・ジフン氏が話した。"),
        ("zh", 1, "上午在北京举行。"),  # no reading of a name
        ("ru", 0, "Плотину у Сандонри осмотрели. Сандалии и Сандро не в счёт."),
    ]
    join_korean_names(clusters, paragraphs)
    park = clusters["n:park ji hoon"]
    assert park.kind == "person"
    assert {o.surface for o in park.occurrences} == {
        "Park Ji Hoon",
        "Park Ji-hoon",
        "Пак Чи Хун",
        "朴智勳",
        "박지훈",
        "パク・ジフン",
    }
    place = clusters["n:sangdong-ri"]
    assert place.kind == "place"
    assert {o.surface for o in place.occurrences} == {"Sangdong-ri", "Сандонри", "上洞里", "상동리"}
    assert sum(o.surface == "Сандонри" for o in place.occurrences) == 2  # the cluster's, the text's
    kim = clusters["p:kim min-seo"]
    assert {o.surface for o in kim.occurrences} == {"Kim Min-seo", "김민서"}
    assert set(clusters) == {"n:park ji hoon", "p:kim min-seo", "n:sangdong-ri"}


def test_a_shared_key_joins_nobody() -> None:
    clusters = {
        "p:kim jong-un": _cluster("person", "Kim Jong-un"),
        "p:kim jung-eun": _cluster("person", "Kim Jung-eun"),
        "p:kim chen yn": _cluster("person", "Ким Чен Ын"),
    }
    join_korean_names(clusters, [("ko", 0, "김정은 씨가 말했다."), ("zh", 0, "金正恩说。")])
    assert set(clusters) == {"p:kim jong-un", "p:kim jung-eun", "p:kim chen yn"}
    assert all(len(c.occurrences) == 1 for c in clusters.values())


def test_no_korean_name_no_join() -> None:
    clusters = {
        "p:donald trump": _cluster("person", "Donald Trump"),
        "n:seoul": _cluster("place", "Seoul"),
        "n:trump": _cluster("organisation", "Трамп"),
    }
    join_korean_names(
        clusters, [("ko", 0, "트럼프 대통령은 서울에 왔다."), ("zh", 0, "特朗普说。")]
    )
    assert all(len(c.occurrences) == 1 for c in clusters.values())
    assert clusters["p:donald trump"].kind == "person"


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(article(article_id, text), language=language)


def test_a_korean_person_across_a_packet() -> None:
    arts = [
        article("en1", "On Monday the lawmaker Park Ji-hoon said the dam at Sangdong-ri held."),
        article("en2", "Engineers met Park Ji Hoon near Sangdong-ri, where the dam held."),
        _in("ru", "ru1", "Депутат Пак Чи Хун заявил, что плотина в Сандонри выдержала."),
        _in("zh", "zh1", "议员朴智勳表示，上洞里大坝没有溃决。"),
        _in("ko", "ko1", "박지훈 의원은 상동리 댐이 무너지지 않았다고 말했다."),
    ]
    topics = extract_topics(arts)
    park = next(t for t in topics if t.name in ("Park Ji-hoon", "Park Ji Hoon"))
    assert park.kind == "person"
    assert {m.article_id for m in park.mentions} >= {"en1", "en2", "ru1", "zh1", "ko1"}
    place = by_name(topics, "Sangdong-ri")
    assert place.kind == "place"
    assert {m.article_id for m in place.mentions} >= {"en1", "en2", "zh1", "ko1"}
    assert all(t.name != "Sangdong" for t in topics)


def test_a_korean_town_of_the_gazetteer_with_its_suffix() -> None:
    clusters = {
        "g:Kilju": _cluster("place", "Kilju"),
        "g:Milan": _cluster("place", "Milan"),  # no town of Korea: "밀란군" is nothing
        "g:Pyongyang": _cluster("place", "Pyongyang"),  # 分公司 (분공사) has its consonants
    }
    paragraphs = [
        ("ko", 0, "함경북도 길주군에서 흔들림이 있었다. 결제는 끝났다. 길주 사람들."),
        ("zh", 0, "朝鲜吉州郡发生地震。吉州时间中午。分公司"),  # "time" is no suffix
        ("ko", 1, "밀란군에서 왔다."),
    ]
    join_korean_names(clusters, paragraphs)
    kilju = {(o.article, o.surface) for o in clusters["g:Kilju"].occurrences}
    # two syllables alone ("길주", and "결제", payment, of the same key) are too few
    assert kilju == {("a0", "Kilju"), ("ko", "길주군"), ("zh", "吉州郡")}
    assert len(clusters["g:Milan"].occurrences) == 1
    assert len(clusters["g:Pyongyang"].occurrences) == 1

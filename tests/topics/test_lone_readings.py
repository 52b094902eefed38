"""A one-word Latin name found again in Arabic, Han, kana and Hangul by its whole reading
(:mod:`briefing.topics.lone_readings`). Names and sentences made up for these tests; the
look-alikes (a common word, two Latin names that read alike, one article, a vowel off, a part
of a full name) must stay silent."""

from __future__ import annotations

import dataclasses

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.lone_readings import (
    lone_latin_names,
    lone_name_uses,
    reading,
    written_lower,
)

_LANGUAGES = {"ja1": "ja", "ja2": "ja", "ko1": "ko", "ko2": "ko", "zh1": "zh", "zh2": "zh"}
_LANGUAGES |= {"ar1": "ar", "ar2": "ar"}


def _uses(targets: dict[str, set[str]], paragraphs: list[tuple[str, int, str]]) -> list[str]:
    others = {root: set(words) for root, words in targets.items()}
    found = lone_name_uses(targets, others, paragraphs, _LANGUAGES, set())
    return sorted(o.surface for occs in found.values() for o in occs)


def test_one_word_read_alike_in_four_scripts() -> None:
    assert reading("Tarkomen") == reading("타르코멘") == "talkumin"
    paragraphs = [
        ("ja1", 0, "昨日、タルコメンが到着した。"),
        ("ja2", 0, "記者によると、タルコメンは笑った。"),
        ("ko1", 0, "어제 타르코멘은 도착했다."),
        ("ko2", 1, "타르코멘의 가족이 말했다."),
        ("zh1", 0, "昨天塔尔科门抵达巴黎。"),
        ("zh2", 0, "据报道，塔尔科门表示满意。"),
        ("ar1", 0, "وصل تاركومين أمس."),
        ("ar2", 0, "وقال بتاركومين إنه سعيد."),  # ب glued before the name
    ]
    found = _uses({"o:t": {"Tarkomen"}}, paragraphs)
    assert found == sorted(
        ["タルコメン"] * 2 + ["타르코멘"] * 2 + ["塔尔科门"] * 2 + ["تاركومين"] * 2
    )


def test_look_alikes_stay_silent() -> None:
    twice = [("ja1", 0, "タルコメンが来た。"), ("ja2", 0, "タルコメンは笑った。")]
    # two Latin names read alike: neither is joined
    assert _uses({"o:t": {"Tarkomen"}, "o:u": {"Tarkoman"}}, twice) == []
    # a word of another topic's full name reads alike: the name is that person's surname too
    others = {"o:t": {"Tarkomen"}, "p:x": {"Lena", "Tarkomen"}}
    assert lone_name_uses({"o:t": {"Tarkomen"}}, others, twice, _LANGUAGES, set()) == {}
    # one article only
    assert _uses({"o:t": {"Tarkomen"}}, twice[:1]) == []
    # a part of a full name tied by a middle dot is not the name alone
    tied = [("ja1", 0, "レナ・タルコメンが来た。"), ("ja2", 0, "レナ・タルコメンは笑った。")]
    assert _uses({"o:t": {"Tarkomen"}}, tied) == []
    # the consonants agree but the vowels do not: "namalu" is no "nimil"
    assert _uses({"o:n": {"Nemir"}}, [("ja1", 0, "ナマール。"), ("ja2", 0, "ナマール。")]) == []
    # a common word of the language (katakana "normal") is no name's rendering
    common = [("ja1", 0, "ノーマルな日だった。"), ("ja2", 0, "ノーマルな車。")]
    assert _uses({"o:n": {"Noumal"}}, common) == []
    # fewer than three consonants are never looked for
    assert _uses({"o:m": {"Mesi"}}, [("ko1", 0, "메시는"), ("ko2", 0, "메시의")]) == []


def test_which_latin_names_are_looked_for() -> None:
    languages = {"en1": "en", "en2": "en"}
    found = lone_latin_names(
        ["Tarkomen", "United", "NATO", "Tarkomen Group", "tarkomen"], ["en1", "en2"], languages
    )
    assert found == {"Tarkomen"}  # not a common word, an acronym, two words, lower case
    # a name the packet also writes in lower case is a word; an address is no word
    texts = ["The tarkomen season opened.", "See www.orlinda.com or mail orlinda@x.org."]
    assert written_lower({"Tarkomen", "Orlinda"}, texts) == {"tarkomen"}


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(article(article_id, text), language=language)


def test_the_packet_joins_the_forms_to_the_topic() -> None:
    arts = [
        article("en1", "Tarkomen signed for the club on Monday, and Tarkomen thanked the fans."),
        article("en2", "The club said Tarkomen would arrive on Tuesday. Tarkomen agreed."),
        _in("fr", "fr1", "Le club a dit que Tarkomen arrivera mardi. Tarkomen a remercié."),
        _in("de", "de1", "Der Verein sagte, Tarkomen komme am Dienstag. Tarkomen dankte."),
        _in("ja", "ja1", "クラブによると、タルコメンは月曜日に契約した。"),
        _in("ja", "ja2", "タルコメンはファンに感謝した。"),
        _in("ko", "ko1", "타르코멘은 월요일에 계약했다."),
        _in("ko", "ko2", "구단은 타르코멘이 화요일에 도착한다고 밝혔다."),
    ]
    name = by_name(extract_topics(arts), "Tarkomen")
    assert {"タルコメン", "타르코멘"} <= set(name.aliases)
    assert {m.article_id for m in name.mentions} >= {"ja1", "ja2", "ko1", "ko2"}

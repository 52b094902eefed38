"""Topics found again in scripts without capitals (Han, Kana, Hangul, Arabic, Hebrew,
Devanagari): places by the gazetteer's names with clitics and particles cut off only when a
known name is left, people by the consonants a spelling by ear keeps, acronyms glued to such
a script. Sentences made up for these tests; look-alikes must stay no place."""

from __future__ import annotations

import dataclasses
import functools

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.uncased_acronyms import acronym_uses
from briefing.topics.uncased_people import person_uses
from briefing.topics.uncased_places import place_uses, sino_korean_countries, uncased_places
from briefing.topics.uncased_sounds import sound_key
from briefing.topics.weak_mentions import listed


@functools.cache
def _names() -> dict[str, str]:
    languages = frozenset({"en", "zh", "ja", "ko", "ar", "he", "hi", "fa"})
    return uncased_places(gazetteer_for(languages), languages)


def _places(text: str) -> list[tuple[str, str]]:
    found = place_uses(_names(), [("x", 0, text)])
    return sorted((place, o.surface) for place, occs in found.items() for o in occs)


def test_a_name_with_clitics_or_particles_is_the_place() -> None:
    found = _places("وصل الوفد بالهند ثم عاد للهند والهند تستعد.")
    assert found == [("India", "الهند")] * 2 + [("India", "لهند")]  # ل + الهند
    assert _places("הם חזרו לישראל ובישראל חגגו.") == [("Israel", "ישראל")] * 2
    assert _places("인도는 어제 인도의 장관과 만났다. 인도") == [("India", "인도")] * 3
    assert _places("मंत्री भारत के दौरे पर हैं।") == [("India", "भारत")]
    assert _places("昨日、インドの代表団が来た。") == [("India", "インド")]
    assert _places("代表团昨天抵达印度。") == [("India", "印度")]


def test_look_alikes_are_no_place() -> None:
    # adjectives, longer words and other countries that begin with the name
    assert _places("وقالت الحكومة الهندية إن الخطة جاهزة.") == []
    assert _places("הוא אזרח ישראלי ותיק.") == []
    assert _places("인도양에서 태풍이 발생했다.") == []
    assert _places("भारतीय टीम ने मैच जीता।") == []
    assert _places("インドカレーを食べた。") == []
    assert _places("インドネシアの代表団が来た。") == [("Indonesia", "インドネシア")]
    assert _places("인도네시아는 발표했다.") == [("Indonesia", "인도네시아")]
    assert _places("代表团抵达印度尼西亚。") == [("Indonesia", "印度尼西亚")]
    # a clitic is cut only when a known name is left: "بوتين" is no "ب" + a place
    assert all(place != "Tin" for place, _ in _places("قال بوتين إن"))


def test_the_longest_name_wins() -> None:
    # "新德里" is New Delhi even when only Delhi is wanted: never "德里" inside it
    found = place_uses(_names(), [("x", 0, "记者新德里报道")], {"Delhi"})
    assert found == {}
    assert _places("记者新德里报道") == [("New Delhi", "新德里")]
    assert _places("南アフリカから来た") == [("South Africa", "南アフリカ")]


def test_a_traditional_han_name_meets_its_simplified_form() -> None:
    # CLDR's Chinese has "韩国" (and "南韓" in traditional): a Taiwanese text's "韓國" is it
    assert _places("總統對韓國實施新措施。") == [("South Korea", "韓國")]
    assert _places("总统对韩国实施新措施。") == [("South Korea", "韩国")]
    # a name that is its own folding keeps winning: "中國" and "中国" are both China
    assert _places("中國和中国") == [("China", "中国"), ("China", "中國")]
    # no name is found inside a longer one because of the folding: "新德里" stays New Delhi
    assert _places("記者新德里報導") == [("New Delhi", "新德里")]
    # Japanese text is read as written: its "朝鮮" (the party's, the peninsula's) is no "朝鲜"
    assert _places("朝鮮労働党の委員長が述べた。") == []
    assert _places("北朝鮮は発表した。") == [("North Korea", "北朝鮮")]


def test_a_korean_country_name_read_from_its_han_name() -> None:
    # "한국" is 韓國 read in Korean; CLDR's Korean has only "대한민국"
    assert sino_korean_countries()["한국"] == "South Korea"
    assert _places("한국에 대해서는 관세를 부과한다. 한국과 일본") == [
        ("Japan", "일본"),
        ("South Korea", "한국"),
        ("South Korea", "한국"),
    ]
    # a longer word opening with the name is no country: the bank, the Korean language
    assert _places("한국은행은 발표했다. 한국어 수업") == []
    # a name read by sound in Chinese is never read in Hangul: "孟加拉国" gives no "맹가랍국"
    assert all(len(name) == 2 for name in sino_korean_countries())


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(article(article_id, text), language=language)


def test_only_places_the_packet_has_are_joined() -> None:
    arts = [
        article("en1", "Officials in India said the Zarvan mission was ready. India waited."),
        article("en2", "India celebrated as the Zarvan probe landed, officials in India said."),
        _in("zh", "zh1", "印度官员表示，任务已经准备就绪。法国也表示祝贺。"),
        _in("ar", "ar1", "قال مسؤولون في الهند إن المهمة جاهزة."),
        _in("ko", "ko1", "인도는 어제 발표했다. 인도의 관리들이 말했다."),
        _in("hi", "hi1", "भारत के अधिकारियों ने कहा कि मिशन तैयार है।"),
    ]
    topics = extract_topics(arts)
    india = by_name(topics, "India")
    assert {"印度", "الهند", "인도", "भारत"} <= set(india.aliases)
    assert {m.article_id for m in india.mentions} >= {"zh1", "ar1", "ko1", "hi1"}
    korean = [m for m in india.mentions if m.article_id == "ko1"]
    assert [m.surface for m in korean] == ["인도", "인도"]  # the particles are not the name
    assert all(t.name != "France" for t in topics)  # named only in Chinese: no topic made


def test_a_name_by_ear_keeps_its_consonants() -> None:
    spellings = ["Brandell", "ब्रैंडेल", "브랜델", "ブランデル", "布兰德尔"]
    assert len({sound_key(w) for w in spellings}) == 1
    assert sound_key("Trump") == sound_key("ट्रंप") == sound_key("トランプ") == sound_key("特朗普")


def test_full_names_in_devanagari_hangul_kana_and_han() -> None:
    paragraphs = [
        ("hi", 0, "सांसद टोमास ब्रैंडेल ने कहा"),
        ("ko", 0, "토마스 브랜델은 말했다"),
        ("ja", 0, "議員のトマス・ブランデル氏は"),
        ("zh", 0, "议员托马斯·布兰德尔说"),
    ]
    found = person_uses({"p:t": ["Tomas Brandell"]}, paragraphs)
    surfaces = [o.surface for o in found["p:t"]]
    assert surfaces == ["टोमास ब्रैंडेल", "토마스 브랜델", "トマス・ブランデル", "托马斯·布兰德尔"]
    # a surname alone is never looked for; nor a key two people share
    assert person_uses({"p:t": ["Brandell"]}, paragraphs) == {}
    assert person_uses({"p:t": ["Tomas Brandell"], "p:u": ["Tamas Brindel"]}, paragraphs) == {}
    # a Han name only with the dot between its parts
    assert person_uses({"p:t": ["Tomas Brandell"]}, [("zh", 0, "议员托马斯布兰德尔说")]) == {}


def test_a_han_name_takes_the_vowel_that_ends_it() -> None:
    found = person_uses({"p:m": ["Marco Rulbio"]}, [("zh", 0, "顾问马尔科·卢尔比奥说")])
    assert [o.surface for o in found["p:m"]] == ["马尔科·卢尔比奥"]
    two = (
        "顾问马尔科·卢尔比奥和特使托马斯·布兰德尔说"  # one Han run ends one name and opens the next
    )
    found = person_uses({"p:m": ["Marco Rulbio"], "p:t": ["Tomas Brandell"]}, [("zh", 0, two)])
    assert [o.surface for occs in found.values() for o in occs] == [
        "马尔科·卢尔比奥",
        "托马斯·布兰德尔",
    ]
    found = person_uses({"p:a": ["Amadeus Dubrame"]}, [("zh", 0, "总理阿马德乌斯·杜布拉梅说")])
    assert [o.surface for o in found["p:a"]] == ["阿马德乌斯·杜布拉梅"]
    # a first name of two consonants is no tail of a run to look for: "纳德" fits Amadou too
    assert person_uses({"p:a": ["Amadou Adramane"]}, [("zh", 0, "总统唐纳德·特朗普")]) == {}


def test_acronyms_spelled_by_sound_and_glued_to_a_script() -> None:
    found = acronym_uses({"NASA": "n:nasa"}, [("hi", 0, "नासा ने कहा")])
    assert [o.surface for o in found["n:nasa"]] == ["नासा"]
    arts = [
        article("en1", "The agency KORVO said the launch worked. KORVO engineers cheered."),
        article("en2", "KORVO confirmed the launch on Monday."),
        _in("zh", "zh1", "KORVO的工程师表示发射成功。"),
        _in("ko", "ko1", "KORVO는 발사가 성공했다고 밝혔다."),
    ]
    korvo = by_name(extract_topics(arts), "KORVO")
    assert {"zh1", "ko1"} <= {m.article_id for m in korvo.mentions}


def test_lists_and_datelines_of_uncased_scripts_weigh_as_listed() -> None:
    def uses(text: str, names: list[str]) -> list[Occurrence]:
        return [Occurrence("a", 0, text.index(n), text.index(n) + len(n), n) for n in names]

    for text, names in [
        ("代表团访问了法国、德国和英国。", ["法国", "德国", "英国"]),
        ("ロシア、米国と中国が参加した。", ["ロシア", "米国", "中国"]),
        ("زار الوفد مصر، وليبيا والهند اليوم.", ["مصر", "ليبيا", "الهند"]),
        ("미국과 중국, 인도가 참여했다.", ["미국", "중국", "인도"]),
    ]:
        assert len(listed(uses(text, names), {("a", 0): text})) == 3, text
    two = "代表团访问了法国和德国。"  # two are no list
    assert listed(uses(two, ["法国", "德国"]), {("a", 0): two}) == set()
    dateline = "新华社巴黎8月3日电 法国总统表示"
    weak = listed(uses(dateline, ["巴黎", "法国"]), {("a", 0): dateline})
    assert [o.surface for o in weak] == ["巴黎"]


def test_a_han_name_may_change_a_letter_in_each_word_but_add_none() -> None:
    # 普京 for Putin: "bjn" for "btn", one letter changed in a word of three consonants
    text = "领导人弗拉基米尔·普京表示"
    found = person_uses({"p:p": ["Vladimir Putin"]}, [("zh", 0, text)])
    assert [o.surface for o in found["p:p"]] == ["弗拉基米尔·普京"]
    # a letter dropped is no match: "纳德·特朗" ("nt", "tln") is not "Amadou Abdramane"
    text = "总统唐纳德·特朗普与"
    assert person_uses({"p:a": ["Amadou Abdramane"]}, [("zh", 0, text)]) == {}


def test_a_surname_the_packet_wrote_in_full_is_found_alone() -> None:
    paragraphs = [
        ("zh", 0, "议员托马斯·布兰德尔说。"),
        ("zh", 1, "布兰德尔表示反对。梅拉·布兰德尔没有出席。"),
        ("ja", 0, "議員のトマス・ブランデル氏は"),
        ("ja", 1, "ブランデル氏は述べた。ブランデルス社は別だ。"),
    ]
    found = person_uses({"p:t": ["Tomas Brandell"]}, paragraphs)
    alone = [(o.article, o.paragraph, o.surface) for o in found["p:t"] if o.paragraph == 1]
    # another's full name ("梅拉·布兰德尔") and a longer Katakana word are not the surname
    assert alone == [("zh", 1, "布兰德尔"), ("ja", 1, "ブランデル")]


def test_a_long_surname_alone_where_the_script_shows_word_edges() -> None:
    paragraphs = [
        ("ja", 0, "ブランデル氏は述べた。ブランデルス社は別だ。"),
        ("ko", 0, "브랜델은 말했다."),
        ("hi", 0, "ब्रैंडेल ने कहा।"),
        ("zh", 0, "布兰德尔说。"),  # Han shows no edges: not looked for alone
    ]
    people = {"p:t": ["Tomas Brandell"], "n:x": ["Brandell Holdings"]}
    found = person_uses({"p:t": ["Tomas Brandell"]}, paragraphs, {"p:t"})
    assert [o.surface for o in found["p:t"]] == ["ブランデル", "브랜델", "ब्रैंडेल"]
    # only a person's, and one surname no other topic of the packet ends with
    assert person_uses({"p:t": ["Tomas Brandell"]}, paragraphs) == {}
    assert person_uses({**people, "p:u": ["Mira Brandell"]}, paragraphs, {"p:t", "p:u"}) == {}
    # a short surname ("Modi", "nt") is never looked for alone
    assert person_uses({"p:m": ["Narendra Modi"]}, [("ja", 0, "モディ首相")], {"p:m"}) == {}


def test_a_native_word_of_four_consonants_is_no_surname() -> None:
    # "बेंगलुरु" (Bengaluru) sounds "bnkl", as "Panicker" does: Devanagari and Hangul write
    # native words too, so a surname alone needs five consonants there (Katakana four)
    text = "बेंगलुरु: अंतरिक्ष संगठन"
    found = person_uses({"p:s": ["Sridhar Panicker"]}, [("hi", 0, text)], {"p:s"})
    assert found == {}

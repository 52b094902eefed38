"""Words with combining marks are one word to the index, the query and the highlighter.

Python's ``\\w`` holds no combining mark, so the word pattern cut Devanagari, Tamil and
Bengali words at their vowel signs and pointed Hebrew and Yiddish words at their points
(``किताबें`` was ``क`` ``त`` ``ब``): a search found fragments, or a different word sharing a
first letter. ``word_marks.py`` adds the marks to the word class. All text written here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from search.factory import highlighted, make_article

from briefing.search import SearchIndex
from briefing.search.analysis import STEMMING, analyse_word, fast_tokens, fold, tagged, tokens
from briefing.search.tokens import TOKEN_PATTERN
from briefing.word_marks import MARKS, WORD_CHARS, mark_ranges

HI = make_article("hi", "दिल्ली में नई किताबें छपीं।\nलेखिका ने मंच पर बात की।", language="hi")
# Shares the first letter क with किताबें, and nothing else of it.
HI_OTHER = make_article("hi2", "कमला ने कल कविता पढ़ी।", language="hi")
TA = make_article("ta", "சென்னையில் புதிய பாலம் திறக்கப்பட்டது.", language="ta")
TA_OTHER = make_article("ta2", "பள்ளி மாணவர்கள் புதிய பாடம் படித்தனர்.", language="ta")
BN = make_article("bn", "ঢাকায় নতুন সেতু খোলা হয়েছে।", language="bn")
BN_OTHER = make_article("bn2", "সকালে নতুন সড়ক তৈরি হলো।", language="bn")
TH = make_article("th", "ฝนตกหนักที่ เชียงใหม่ เมื่อวานนี้", language="th")
TH_OTHER = make_article("th2", "ฝนตกหนักที่ เชียงราย เมื่อวานนี้", language="th")
HE = make_article("he", "הַסֵּפֶר נִמְצָא בַּסִּפְרִיָּה הַגְּדוֹלָה", language="he")
HE_PLAIN = make_article("he2", "הספר החדש נמצא על השולחן", language="he")
HE_OTHER = make_article("he3", "ההסבר של המורה היה ארוך", language="he")
YI = make_article("yi", "דאָס בוך איז געשריבן אויף ייִדיש", language="yi")
YI_OTHER = make_article("yi2", "דאָס ייִנגל לייענט אַ בוך", language="yi")
AR = make_article("ar", "وصل مُحَمَّد إلى المدينة صباحاً", language="ar")
EN = make_article("en", "The new bridge opened in the city yesterday.")
# Outlets whose names share a word and a first letter.
HI_BHASKAR = make_article("hi3", "बाज़ार में भीड़ रही।", source="दैनिक भास्कर", language="hi")
HI_BHARAT = make_article("hi4", "शहर में बारिश हुई।", source="दैनिक भारत", language="hi")
ALL = [HI, HI_OTHER, TA, TA_OTHER, BN, BN_OTHER, TH, TH_OTHER, HE, HE_PLAIN, HE_OTHER, YI]
ALL += [YI_OTHER, AR, EN, HI_BHASKAR, HI_BHARAT]
BY_ID = {a.id: a for a in ALL}


@pytest.fixture
def index(index_dir: Path) -> SearchIndex:
    opened = SearchIndex.open(index_dir)
    opened.sync(ALL)
    return opened


def _found(index: SearchIndex, query: str) -> dict[str, list[str]]:
    return highlighted(index, query, BY_ID)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("नई किताबें छपीं", ["नई", "किताबें", "छपीं"]),
        ("சென்னையில் புதிய பாலம்", ["சென்னையில்", "புதிய", "பாலம்"]),
        ("ঢাকায় নতুন সেতু", ["ঢাকায়", "নতুন", "সেতু"]),
        ("ที่ เชียงใหม่", ["ที่", "เชียงใหม่"]),
        ("הַסֵּפֶר נִמְצָא", ["הַסֵּפֶר", "נִמְצָא"]),
        ("אויף ייִדיש", ["אויף", "ייִדיש"]),
        ("مُحَمَّد صباحاً", ["مُحَمَّد", "صباحاً"]),
    ],
)
def test_a_word_keeps_its_vowel_signs_and_points(text: str, words: list[str]) -> None:
    assert TOKEN_PATTERN.findall(text) == words


def test_a_mark_never_starts_a_word() -> None:
    # A stray mark after a space or an emoji's variation selector is no word of its own.
    assert TOKEN_PATTERN.findall("a \u0301b ok\u2764\ufe0f") == ["a", "b", "ok"]


def test_text_without_marks_is_cut_as_whoosh_and_the_glued_dot_rule_cut_it() -> None:
    old = re.compile(r"[\w*]+(?:\.?[\w*]+)*")
    for text in ["Саммит в Душанбе", "Nuñez, čeština 2025", "Αθήνα και Πειραιάς", "وصل إلى"]:
        assert TOKEN_PATTERN.findall(text) == old.findall(text)
    assert TOKEN_PATTERN.findall("towers.Firefighters U.S. e.g. 4.600 Lenta.Ru") == [
        "towers",
        "Firefighters",
        "U.S",
        "e.g",
        "4.600",
        "Lenta.Ru",
    ]
    # Decomposed Latin: the mark stays in the word, and the glued dot still ends it.
    assert TOKEN_PATTERN.findall("cafe\u0301.Cafe\u0301s") == ["cafe\u0301", "Cafe\u0301s"]


def test_the_analyzer_and_the_highlighter_tokenise_alike() -> None:
    for article in ALL:
        text = article.paragraphs[0].text
        expected = tokens(STEMMING, tagged(text, article.language or "und"))
        shifted = [(t.text, t.pos, t.start - 4, t.end - 4) for t in expected]  # the marker
        got = fast_tokens(text, stemmed=True, language=article.language or "und")
        assert [(t.text, t.pos, t.start, t.end) for t in got] == shifted


@pytest.mark.parametrize(
    ("query", "article", "word"),
    [
        ("किताबें", "hi", "किताबें"),
        ("பாலம்", "ta", "பாலம்"),
        ("সেতু", "bn", "সেতু"),
        ("เชียงใหม่", "th", "เชียงใหม่"),
        ("ייִדיש", "yi", "ייִדיש"),
    ],
)
def test_a_word_finds_its_article_only_and_is_highlighted_whole(
    index: SearchIndex, query: str, article: str, word: str
) -> None:
    found = _found(index, query)
    assert list(found) == [article]
    assert found[article] == [word]


def test_a_look_alike_sharing_the_first_letters_is_not_found(index: SearchIndex) -> None:
    assert list(_found(index, "कविता")) == ["hi2"]
    assert list(_found(index, "பாடம்")) == ["ta2"]
    assert list(_found(index, "ייִנגל")) == ["yi2"]
    assert _found(index, "किरण") == {}


def test_points_and_harakat_are_optional_as_accents_are(index: SearchIndex) -> None:
    # Pointed and plain Hebrew meet, as é and e do; a different word sharing letters does not.
    assert _found(index, "הספר") == {"he": ["הַסֵּפֶר"], "he2": ["הספר"]}
    assert _found(index, "יידיש") == {"yi": ["ייִדיש"]}
    assert _found(index, "محمد") == {"ar": ["مُحَمَّد"]}
    assert fold("שָׁלוֹם") == "שלום"
    # A haraka the pattern used to cut off leaves the same term as before.
    assert analyse_word("صباحاً", "ur") == analyse_word("صباحا", "ur") == "صباحا"
    # Indic vowel signs are letters: never folded.
    assert fold("किताबें") == "किताबें"


def test_a_phrase_of_marked_words_is_matched_whole(index: SearchIndex) -> None:
    assert _found(index, '"नई किताबें"') == {"hi": ["नई किताबें"]}
    assert _found(index, '"किताबें नई"') == {}


def test_an_outlet_name_is_searched_by_whole_words(index: SearchIndex) -> None:
    assert list(_found(index, "source:भास्कर")) == ["hi3"]
    assert sorted(_found(index, "source:दैनिक")) == ["hi3", "hi4"]


def test_did_you_mean_corrects_the_whole_word(index: SearchIndex) -> None:
    assert index.search("लेखीका", BY_ID).suggestion == "लेखिका"


def test_a_hindi_plural_finds_its_singular(index: SearchIndex) -> None:
    # Hindi is stemmed since schema 13 (``stemmers.py``): the oblique plural meets the direct.
    assert _found(index, "किताबों") == {"hi": ["किताबें"]}


def test_the_marks_are_what_this_python_says_they_are() -> None:
    # If Python's Unicode tables change, regenerate MARKS with mark_ranges().
    assert mark_ranges().encode("ascii").decode("unicode_escape") == MARKS
    marks = re.compile(f"[{MARKS}]")
    for char in ["ि", "்", "়", "ั", "ִ", "َ", "\u0301", "\u20dd"]:
        assert marks.fullmatch(char) and unicodedata.category(char)[0] == "M"
    word = re.compile(f"[{WORD_CHARS}]+")
    assert word.fullmatch("किताबें") and not word.fullmatch("a b")

"""Arabic (schema 16): a five-letter word loses its article ``ال`` (or ``لل``) as the ISRI
algorithm says, so a three-letter noun meets its definite form (``تاج`` / ``التاج``); words
written with an initial hamza, and every other word, stem as Whoosh's ISRI stemmer stems
them. Words and sentences written for the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh.lang.isri import ISRIStemmer

from briefing.model import Article
from briefing.search.analysis import analyse_word
from briefing.search.arabic import stem
from briefing.search.index import SearchIndex
from tests.search.factory import hit_ids, make_article, synced


@pytest.mark.parametrize(
    ("definite", "bare"),
    [
        ("التاج", "تاج"),  # the crown
        ("العام", "عام"),  # the year
        ("الناس", "ناس"),  # the people
        ("الجيش", "جيش"),  # the army
        ("الوقت", "وقت"),  # the time
        ("للملك", "ملك"),  # for the king
    ],
)
def test_a_three_letter_noun_meets_its_definite_form(definite: str, bare: str) -> None:
    assert analyse_word(definite, "ar") == analyse_word(bare, "ar") == bare


@pytest.mark.parametrize(
    "word",
    [
        "إلغاء",  # cancellation: a hamza, not the article
        "ألبوم",  # album
        "ألوان",  # colours
        "أكبر",  # bigger
        "الذي",  # who: four letters, a stop word of ISRI's
        "لبنان",  # Lebanon: one lam, no prefix
        "بالتاج",  # with the crown: three-letter prefix, six letters
        "والملكة",  # and the queen
        "المملكة",  # the kingdom
        "الاحتفال",  # the celebration
        "تتويج",  # coronation
        "تاجها",  # her crown: the two-letter suffix step is left as it was
    ],
)
def test_other_words_stem_as_whoosh_stems_them(word: str) -> None:
    assert stem(word) == ISRIStemmer().stem(word)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("ألبوم", "بوم"),  # album / owl
        ("إلغاء", "غاء"),
        ("ألوان", "وان"),  # colours / a fragment
    ],
)
def test_a_hamza_word_is_not_taken_for_the_article(word: str, other: str) -> None:
    assert analyse_word(word, "ar") != analyse_word(other, "ar")


ARTICLES = [
    make_article("ar-1", "وضع رئيس الأساقفة التاج على رأس الملك في الكنيسة.", language="ar"),
    make_article("ar-2", "حضر الناس الحفل في العام الماضي.", language="ar"),
    make_article("ar-3", "أصدرت المغنية ألبوم جديد هذا الشهر.", language="ar"),
]
BY_ID: dict[str, Article] = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(Path(tmp_path_factory.mktemp("arabic")), ARTICLES)


def test_the_bare_noun_finds_its_definite_form(index: SearchIndex) -> None:
    assert hit_ids(index, "تاج", BY_ID) == {"ar-1"}
    assert hit_ids(index, "عام", BY_ID) == {"ar-2"}


def test_a_word_that_merely_starts_with_the_article_letters_is_not_found(
    index: SearchIndex,
) -> None:
    assert hit_ids(index, "بوم", BY_ID) == set()  # owl: ar-3 holds ألبوم, album

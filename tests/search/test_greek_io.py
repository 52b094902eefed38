"""Greek nouns and adjectives in -ιο / -ιος share a stem with their plural and genitive.

Snowball Greek cuts ``-ια``, ``-ιου``, ``-ιων`` whole but only the ``ο`` of ``-ιο``, so
``ναυάγιο`` stemmed to ``ναυαγι`` and ``ναυάγια`` to ``ναυαγ``: a search for the plural missed
an article that only has the singular (``stemmers._greek``). The articles below are written
for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

EL_SINGULAR = make_article(
    "el-singular",
    "Το ναυάγιο εντοπίστηκε το πρωί ανοιχτά του λιμανιού.\n"
    "Ένα τεράστιο σχέδιο διάσωσης ξεκίνησε από το υπουργείο.",
    title="Ναυάγιο στο Αιγαίο",
    language="el",
)
EL_PLURAL = make_article(
    "el-plural",
    "Τα ναυάγια του χειμώνα μελετήθηκαν από ειδικούς.\n"
    "Τα σχέδια των λιμενικών αρχών παρουσιάστηκαν σε τεράστια αίθουσα.",
    title="Μελέτη για τα ναυάγια",
    language="el",
)
# "πια" (any more) is not a form of "πιο" (more): a two-letter stem is left as Snowball has it.
EL_OTHER = make_article(
    "el-other",
    "Δεν υπάρχει πια χρόνος για συζητήσεις, είπε ο δήμαρχος.\nΗ αύρα της θάλασσας ήταν δροσερή.",
    title="Δήλωση δημάρχου",
    language="el",
)
EN = make_article(
    "en", "The wreck was found at dawn.\nA rescue plan began.", title="Wreck", language="en"
)
ARTICLES = [EL_SINGULAR, EL_PLURAL, EL_OTHER, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("greek"), ARTICLES)


def found(index: SearchIndex, query: str) -> set[str]:
    return hit_ids(index, query, BY_ID)


@pytest.mark.parametrize(
    ("singular", "other_forms"),
    [
        ("ναυάγιο", ["ναυάγια", "ναυαγίου", "ναυαγίων", "ΝΑΥΑΓΙΟ".lower()]),
        ("σχέδιο", ["σχέδια", "σχεδίου", "σχεδίων"]),
        ("δικαστήριο", ["δικαστήρια", "δικαστηρίου"]),
        ("τεράστιος", ["τεράστιο", "τεράστιοι", "τεράστιους", "τεράστια", "τεράστιου"]),
    ],
)
def test_an_io_word_meets_its_plural_and_genitive(singular: str, other_forms: list[str]) -> None:
    assert {analyse_word(w, "el") for w in other_forms} == {analyse_word(singular, "el")}


@pytest.mark.parametrize("query", ["ναυάγια", "ναυάγιο", "ναυαγίων", "σχέδια", "σχέδιο"])
def test_either_form_finds_both_articles(index: SearchIndex, query: str) -> None:
    assert found(index, query) == {"el-singular", "el-plural"}


def test_words_snowball_already_joins_keep_their_stem() -> None:
    # -ειο: Snowball keeps the ι in every form, so nothing changes
    assert analyse_word("υπουργείο", "el") == analyse_word("υπουργεία", "el") == "υπουργει"
    assert analyse_word("νεκρός", "el") == analyse_word("νεκροί", "el") == "νεκρ"


def test_short_stems_are_left_apart(index: SearchIndex) -> None:
    # "πιο" (more) / "πια" (any more), "γιο" (son) / "για" (for), "αύριο" / "αύρα" (breeze):
    # their genitive-like stem is under four letters and shared with unrelated words
    assert analyse_word("πιο", "el") != analyse_word("πια", "el")
    assert analyse_word("γιο", "el") != analyse_word("για", "el")
    assert analyse_word("αύριο", "el") != analyse_word("αύρα", "el")
    assert found(index, "πιο") == set()
    assert found(index, "αύριο") == set()


def test_a_latin_word_in_greek_text_keeps_the_latin_fallback() -> None:
    # the rule sees Greek letters only: "studio" in a Greek paragraph is analysed as English
    assert analyse_word("studio", "el") == analyse_word("studio", "en") == "studio"

"""Greek feminine nouns in -ια share a stem with their plural -ιες and genitive -ιας.

Snowball Greek cuts ``-ια`` and ``-ιων`` whole but only the vowel after the ι of ``-ιες`` and
``-ιας``, so ``φωτιά`` stemmed to ``φωτ`` and ``φωτιές`` to ``φωτι``: a search for the
singular missed an article that writes only the plural (``stemmers._greek``, schema 15). The
articles below are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

EL_SINGULAR = make_article(
    "el-singular",
    "Η φωτιά έφτασε στην παραλία το απόγευμα.\nΜια μεγάλη ιστορία για το χωριό.",
    title="Φωτιά στο νησί",
    language="el",
)
EL_PLURAL = make_article(
    "el-plural",
    "Οι φωτιές καίνε για τρίτη μέρα τις παραλίες του νότου.\n"
    "Οι κάτοικοι έχουν πολλές ιστορίες να πουν.",
    title="Νέες φωτιές",
    language="el",
)
# "μιας" (of one) is not a form of a noun "μι-": a two-letter stem stays as Snowball has it.
EL_OTHER = make_article(
    "el-other",
    "Η αξία μιας κατοικίας μειώθηκε πολύ.\nΟ δήμαρχος μίλησε για τη βία.",
    title="Δήλωση δημάρχου",
    language="el",
)
EN = make_article("en", "The fires reached the beach.", title="Fires", language="en")
ARTICLES = [EL_SINGULAR, EL_PLURAL, EL_OTHER, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("greek-ia"), ARTICLES)


@pytest.mark.parametrize(
    ("singular", "other_forms"),
    [
        ("φωτιά", ["φωτιές", "φωτιάς", "φωτιών", "ΦΩΤΙΕΣ".lower()]),
        ("παραλία", ["παραλίες", "παραλίας", "παραλιών"]),
        ("ιστορία", ["ιστορίες", "ιστορίας"]),
    ],
)
def test_an_ia_noun_meets_its_plural_and_genitive(singular: str, other_forms: list[str]) -> None:
    assert {analyse_word(w, "el") for w in other_forms} == {analyse_word(singular, "el")}


@pytest.mark.parametrize("query", ["φωτιά", "φωτιές", "παραλία", "παραλίες", "ιστορία"])
def test_either_form_finds_both_articles(index: SearchIndex, query: str) -> None:
    assert hit_ids(index, query, BY_ID) == {"el-singular", "el-plural"}


def test_short_stems_are_left_apart() -> None:
    # "μιας" / "μία", "βίας" / "βία": the -ια form's stem is one letter ("μ", "β"), shared
    # with every short word Snowball cuts to it, so the -ιας form keeps its own
    assert analyse_word("μιας", "el") != analyse_word("μία", "el")
    assert analyse_word("βίας", "el") != analyse_word("βία", "el")


def test_ειες_words_keep_their_stem() -> None:
    # -ειες: Snowball keeps the ει in every form, so nothing changes
    assert analyse_word("ενέργειες", "el") == analyse_word("ενέργεια", "el") == "ενεργει"

"""A wire dateline glued to the end of the headline (``Floods recede Exampleton, 17 dic.
(examplenews) - Il fiume …``) names the agency (briefing.corpus.glued_dateline). Every text is
written for the test, with look-alikes (a cited agency, prose in brackets, a photo credit, a
tweet's source line) that must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import IT, read

from briefing.corpus.glued_dateline import glued_dateline_agency


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Il fiume torna nel suo letto Esempiopoli, 17 dic. (examplenews) - Il fiume è sceso.",
            "examplenews",
        ),
        (
            "Floods recede in the north Exampleton, March 3 (Example Wire) - The river fell.",
            "Example Wire",
        ),
        (
            "Le fleuve baisse Exempleville, 3 mars (Exemple Presse) – Le fleuve a baissé.",
            "Exemple Presse",
        ),
    ],
)
def test_a_dateline_glued_to_the_headline_names_the_agency(text: str, agency: str) -> None:
    assert glued_dateline_agency(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        # cited agencies: no bracketed name and dash right after a date
        "The mayor told Reuters on 17 March that the river fell - and would fall again.",
        "According to AFP, Exampleton, 17 March (a Tuesday), was flooded.",
        "Reuters reported from Exampleton, March 3, that the river fell.",
        # prose in brackets after a date: an everyday word, or several lower-case words
        "Floods recede Exampleton, 17 March (local time) - The river fell overnight.",
        "Il fiume torna Esempiopoli, 17 dicembre (sabato) - Il fiume è sceso.",
        "Floods recede Exampleton, 17 March (photo) - The river fell overnight.",
        # a photo credit or a handle in the bracket
        "Floods recede Exampleton, 17 March (Photo: Jane Roe/Example) - The river fell.",
        "Floods recede Exampleton, 17 March (Photo Example) - The river fell overnight.",
        "Floods recede Exampleton, March 17 (@janeroe) - The river fell overnight.",
        # no date before the bracket: a tweet's source line, a photo credit
        "The river fell. — Jane Roe (@janeroe) - March 17, 2031",
        "Floods recede Exampleton (Example Wire) - The river fell overnight.",
        # no place and comma before the date
        "The river fell on 17 March (Example Wire) - officials said.",
    ],
)
def test_look_alikes_name_no_agency(text: str) -> None:
    assert glued_dateline_agency(text) is None


def test_the_article_gets_the_agency(tmp_path: Path) -> None:
    text = f"Il ponte riapre Esempiopoli, 17 dic. (examplenews) - {IT} {IT}\n"
    assert read(tmp_path, text, "it.txt").source == "examplenews"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a place GeoNames knows: the headline ends where it starts
        ("Il fiume torna nel suo letto Genova, 17 dic.", "Il fiume torna nel suo letto"),
        # a place of two words, kept whole
        ("Il ponte riapre dopo due anni New York, 17 dic.", "Il ponte riapre dopo due anni"),
        # a capitalised word ending the headline before the place is the headline's
        (
            "Lo scenario dopo il ciclone Esempio Mayotte, 17 dic.",
            "Lo scenario dopo il ciclone Esempio",
        ),
    ],
)
def test_the_headline_ends_where_the_glued_dateline_starts(
    tmp_path: Path, head: str, title: str
) -> None:
    article = read(tmp_path, f"{head} (examplenews) - {IT} {IT}\n", "it.txt")
    assert article.title == title
    assert article.source == "examplenews"


def test_an_unknown_place_leaves_the_headline_glued(tmp_path: Path) -> None:
    # "Anni Esempiopoli" or "Esempiopoli": neither is a place any table knows, so where the
    # headline ends is not told; the agency is still read
    head = "Il ponte riapre dopo due Anni Esempiopoli, 17 dic."
    article = read(tmp_path, f"{head} (examplenews) - {IT} {IT}\n", "it.txt")
    assert article.source == "examplenews"
    assert [p.kind for p in article.paragraphs] == ["body"]  # not cut: no headline paragraph
    assert article.provenance["title"] == "fallback"

"""Titles a page set out of place: a kicker glued to a quoted headline, a headline set under
its lead with the byline after it, a transcript's "STORY:" label before the lead
(briefing.corpus: kickers.quoted_kicker_end, title_choice.late_headline, classify). Every
line is written for the test, with look-alikes that keep what they had."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, FR, IT, read

from briefing.corpus.kickers import quoted_kicker_end

FR_LEAD = "Après une nuit de négociations, le conseil municipal acte la fusion des deux banques."


def test_a_kicker_glued_to_a_quoted_headline_is_not_the_title(tmp_path: Path) -> None:
    head = "La banque rachète sa rivale«C’est la solution la moins risquée pour la ville»"
    article = read(tmp_path, f"{head}\n{FR_LEAD}\n\n{FR}\n")
    assert article.title == "«C’est la solution la moins risquée pour la ville»"


@pytest.mark.parametrize(
    "line",
    [
        "Le maire a déclaré «c’est la solution la moins risquée»",  # a space before the quote
        "Le chef de l’«État» parle aux habitants",  # an apostrophe, and the quote ends early
        "Rachat«Trop court»",  # one word before, two in the quote
        "Il a dit. Puis«c’est la solution la moins risquée»",  # a sentence before it
    ],
)
def test_look_alikes_of_a_glued_kicker_are_not_cut(line: str) -> None:
    assert quoted_kicker_end(line) is None


IT_LEAD = (
    "Milano — La banca compra la rivale per 3 miliardi di euro in azioni. Nel corso di un "
    "fine settimana di incontri, le due banche hanno trovato un accordo sotto la spinta del "
    "governo e della banca centrale."
)


def test_a_headline_under_its_lead_and_over_the_byline_is_the_title(tmp_path: Path) -> None:
    text = f"{IT_LEAD}\nLa banca salva la rivale, i mercati applaudono\ndi Maria Rossi\n\n{IT}\n"
    article = read(tmp_path, text)
    assert article.title == "La banca salva la rivale, i mercati applaudono"
    assert article.paragraphs[0].kind == "body"  # the lead stays the story's


def test_a_subhead_under_the_lead_is_not_the_title(tmp_path: Path) -> None:
    # no byline after it: a subhead of the story, whose lead gives the stand-in title
    text = f"{IT_LEAD}\nLa banca salva la rivale, i mercati applaudono\n\n{IT}\n"
    assert read(tmp_path, text).title != "La banca salva la rivale, i mercati applaudono"


def test_a_line_the_lead_shares_no_word_with_is_not_the_title(tmp_path: Path) -> None:
    text = f"{IT_LEAD}\nMeteo di domani in tutta Italia\ndi Maria Rossi\n\n{IT}\n"
    assert read(tmp_path, text).title != "Meteo di domani in tutta Italia"


def test_a_transcripts_label_is_no_word_of_the_stand_in_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03 STORY: {DE} {DE}\n")
    assert article.title is not None and article.title.startswith("Der Stadtrat")


def test_a_shouted_word_of_the_lead_itself_stays(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03 NATO: Der Stadtrat hat den Plan gebilligt. {DE}\n")
    assert article.title is not None and article.title.startswith("NATO")


@pytest.mark.parametrize("place", ["Ginevra.", "Milano —", "Buenos Aires."])
def test_a_place_dateline_is_no_word_of_the_stand_in_title(tmp_path: Path, place: str) -> None:
    article = read(tmp_path, f"date 2031-03 {place} {IT} {IT}\n")
    assert article.title is not None and article.title.startswith("Il consiglio")


@pytest.mark.parametrize("opening", ["Ubs.", "Salvataggio —"])
def test_a_word_that_is_no_city_stays_in_the_stand_in_title(tmp_path: Path, opening: str) -> None:
    article = read(tmp_path, f"date 2031-03 {opening} {IT} {IT}\n")
    assert article.title is not None and article.title.startswith(opening.rstrip(".— "))

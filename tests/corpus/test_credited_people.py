"""A "Source:" line that credits two or more people names authors, not the outlet. Every
line here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import discover, read_article
from briefing.corpus.credited_people import names_people
from briefing.corpus.sources import find_source
from briefing.model import Article


@pytest.mark.parametrize(
    "line",
    [
        "Fonte: Marta Gallo e Pietro Conti",
        "Source: Jane Roe and John Doe",
        "Quelle: Anna Berger, Lukas Brandt und Eva Stein",
        "Fuente: Lucía Gómez y Javier Ortega",
    ],
)
def test_a_source_line_crediting_people_names_no_outlet(line: str) -> None:
    assert find_source(["Il ponte è crollato nel pomeriggio.", line]) is None


@pytest.mark.parametrize(
    "line",
    [
        "Źródło: Agencja Nord, PAP, Radio Wisła",
        "Source: Reuters, AP",
        "Quelle: dpa; AFP",
        "Fonte: ANSA, Adnkronos",
    ],
)
def test_a_source_line_listing_several_sources_names_no_outlet(line: str) -> None:
    # The facts came from each of them; which one published the article it does not say.
    assert find_source(["Kolejka wykoleiła się wieczorem.", line]) is None
    assert find_source(["The tram derailed in the evening. " + line]) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Fonte: Corriere della Sera", "Corriere della Sera"),
        ("Source: Stars and Stripes", "Stars and Stripes"),
        ("Quelle: dts Nachrichtenagentur", "dts Nachrichtenagentur"),
        ("Source: Charlie Hebdo", "Charlie Hebdo"),  # one given-name-led name stays
        ("Źródło: PAP", "PAP"),  # one name after the label is still the outlet
    ],
)
def test_an_outlet_after_the_label_is_still_read(line: str, outlet: str) -> None:
    assert find_source(["The bridge fell in the afternoon.", line]) == outlet


def test_names_people_needs_every_part_to_be_a_person() -> None:
    assert names_people("Marta Gallo e Pietro Conti")
    assert not names_people("Procter and Gamble")
    assert not names_people("Marta Gallo e Radio Liguria")
    assert not names_people("Marta Gallo")


def test_a_source_credit_line_is_never_the_title(tmp_path: Path) -> None:
    (tmp_path / "credit.txt").write_text(
        "Fonte: Marta Gallo e Pietro Conti\n\n"
        "Il ponte sul torrente è crollato nel primo pomeriggio, travolgendo decine di auto.\n\n"
        "I soccorritori hanno lavorato per tutta la notte tra le macerie.\n",
        encoding="utf-8",
    )
    (found,) = discover([tmp_path]).files
    article = read_article(found)
    assert isinstance(article, Article)
    assert not article.title.startswith("Fonte"), article.title
    assert article.source is None

"""A reprint's copyright line repeating the headline (``… © Example.it - <headline>``) at the
end of the text names the source whose article it is (briefing.corpus.reprint_credit). Every
text is written for the test, with look-alikes (a photo credit, a cited outlet, a tweet's
source line, a line about another headline) that must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import IT, read

from briefing.corpus.reprint_credit import reprint_credit

TITLE = "Il sindaco si dimette | Sono innocente"
BODY = f"{IT} {IT}"


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        (
            ' Leggi su Esempio.it © Esempio.it - Il sindaco si dimette: "Sono innocente"',
            "Esempio.it",
        ),
        (" © Corriere Esempio - Il sindaco si dimette, sono innocente", "Corriere Esempio"),
        (" Copyright 2031 Esempio.it – Il sindaco si dimette: sono innocente", "Esempio.it"),
    ],
)
def test_a_copyright_line_repeating_the_headline_names_the_source(tail: str, source: str) -> None:
    assert reprint_credit([IT, BODY + tail], TITLE) == source


@pytest.mark.parametrize(
    "tail",
    [
        " © Esempio Foto - La polizia sul posto dopo le dimissioni",  # a photo's caption
        " Jane Roe/© Esempio.it - Il sindaco si dimette: sono innocente",  # a photographer
        " Lo ha detto a Reuters. © Reuters - Un altro titolo del giorno",  # another headline
        " Secondo AFP, il sindaco si dimette. Sono innocente, ha detto.",  # a cited agency
        " — Jane Roe (@janeroe) 3 marzo 2031",  # a tweet's source line
    ],
)
def test_look_alikes_name_no_source(tail: str) -> None:
    assert reprint_credit([IT, BODY + tail], TITLE) is None


def test_the_line_must_close_the_text() -> None:
    tail = " © Esempio.it - Il sindaco si dimette: sono innocente"
    assert reprint_credit([BODY + tail, IT], TITLE) is None


def test_no_title_no_source() -> None:
    tail = " © Esempio.it - Il sindaco si dimette: sono innocente"
    assert reprint_credit([IT, BODY + tail], None) is None


def test_the_article_gets_the_source(tmp_path: Path) -> None:
    title = "Il sindaco si dimette dopo la sentenza"
    text = f"{title}\n\n{IT}\n\n{BODY} Leggi su Esempio.it © Esempio.it - {title}\n"
    assert read(tmp_path, text, "it.txt").source == "Esempio.it"

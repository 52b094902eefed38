"""Agency credits in shapes first met in the ankara blind look, each on text written for the
test: a dateline line of places and the wire over the lead (``Lisboa/Madrid, EFE``,
``- Lisboa, Portugal. AFP.``; briefing.corpus.place_credit) and a capitalised city before a
known wire in brackets with no date (``Lissabon (Reuters) -``; briefing.corpus.datelines).
Look-alikes (an agency cited inside a sentence, a photo credit, a byline, a bracket that is no
wire) must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, read

from briefing.corpus.datelines import read_dateline
from briefing.corpus.place_credit import place_credit, place_credit_line
from briefing.corpus.wires import WIRES

ES_MORE = "Las obras comenzarán en primavera y durarán al menos dos años, según el plan aprobado."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Lisboa/Madrid/ Sevilla, EFE", "EFE"),
        ("- Lisboa, Portugal. AFP.", "Agence France-Presse"),
        ("Londres, Reuters", "Reuters"),
        ("— Berlin. dpa", "dpa"),
    ],
)
def test_a_line_of_places_and_a_wire_over_the_lead_names_the_wire(
    tmp_path: Path, line: str, outlet: str
) -> None:
    article = read(tmp_path, f"{line}\n{ES}\n{ES_MORE}\n")
    assert article.source == outlet
    # the credit is the page's furniture: neither the title nor a line of the story
    assert article.paragraphs[0].kind == "meta"
    assert article.title is not None and article.title.startswith("El ayuntamiento")


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, AFP",  # a photographer and the agency: a picture's credit
        "Jane Roe/AFP",  # the same, slashed
        "Lisboa, Jane Roe. AFP.",  # a place, then a person: a picture's credit
        "Foto: EFE",  # a photo label
        "Nicole Example, Associated Press",  # a byline: a person, not a place
        "Lisboa, Example",  # not a known wire
        "Lisboa, AfP",  # no wire writes its name so
        "Exampleville, EFE",  # no city GeoNames knows
        "Según Reuters, EFE",  # a word that is no place
        "Lisboa, EFE informó que el puente abrirá en mayo.",  # the wire opens a sentence
    ],
)
def test_look_alike_lines_name_no_wire(line: str) -> None:
    assert place_credit_line(line, WIRES) is None


def test_the_line_counts_only_over_a_lead_near_the_top() -> None:
    assert place_credit(["Lisboa, EFE", ES], WIRES) == "EFE"
    assert place_credit(["Lisboa, EFE", "Ver más"], WIRES) is None  # no lead after it
    assert place_credit(["Lisboa, EFE"], WIRES) is None  # nothing after it
    assert place_credit([ES, ES, ES, "Lisboa, EFE", ES], WIRES) is None  # not near the top


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        (f"Lissabon (Reuters) - {DE}", "Reuters"),
        (f"Berlin (dpa) – {DE}", "dpa"),
        (f"Madrid (EFE) - {ES}", "EFE"),
        (f"Marseille (AFP) - {FR}", "AFP"),
    ],
)
def test_a_city_before_a_known_wire_in_brackets_is_a_dateline(
    tmp_path: Path, lead: str, agency: str
) -> None:
    line = read_dateline(lead)
    assert line is not None and line.agency == agency and line.date is None
    article = read(tmp_path, f"date 2031-03\n\n{lead}\n\n{DE}\n")
    assert article.source == WIRES[agency.upper()]
    # the fallback title starts after the dateline
    assert article.title is not None and "(" not in article.title


@pytest.mark.parametrize(
    "lead",
    [
        f"Berlin (Deutschland) - {DE}",  # a country in brackets, no wire
        f"Exampleville (Reuters) - {DE}",  # no city GeoNames knows
        f"Jane (AFP) - {EN}",  # a name, not a city
        f"Reuters (R) - {EN}",  # the bracket abbreviates the word before it
        f"Berlin (dpa) sagte am Montag, {DE}",  # no dash: prose
        f"Berlin (DpA) - {DE}",  # no wire writes its name so
        f"Paris (Photo) - {FR}",  # a caption's marker
    ],
)
def test_look_alike_brackets_are_no_dateline(lead: str) -> None:
    line = read_dateline(lead)
    assert line is None or line.agency is None


@pytest.mark.parametrize(
    "sentence",
    [
        "El alcalde dijo a la prensa que, según informó EFE, las obras durarán dos años.",
        "The mayor said the works would last two years, according to Reuters.",
        "Le maire a déclaré à l'AFP que les travaux dureraient deux ans.",
        "The mayor told AFP in Lisboa, Portugal that the works would last two years.",
        "Der Bürgermeister sagte in Berlin (dpa-Interview), die Arbeiten dauerten zwei Jahre.",
    ],
)
def test_an_agency_cited_inside_the_story_names_no_outlet(tmp_path: Path, sentence: str) -> None:
    article = read(tmp_path, f"Bridge approved after debate\n\n{EN}\n\n{sentence}\n\n{EN}\n")
    assert article.source is None


def test_a_photo_credit_under_a_picture_names_no_outlet(tmp_path: Path) -> None:
    text = f"Bridge approved after debate\n\n{EN}\n\nPhoto: Jane Roe/AFP\n\n{EN}\n\n{EN}\n"
    assert read(tmp_path, text).source is None

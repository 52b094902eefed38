"""Outlets named by a convention of the trade: the press signature of an editor's initials and
the agency closing a story (``cr/afp``: briefing.corpus.editor_signature), and an agency's
formula for what it learned itself (``كما علمت واج``: briefing.corpus.learned_credit). Every
fixture is written for the test; ``Exa``, ``Meridian`` are made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, IT, read

from briefing.corpus.editor_signature import closing_signature, signature_wire
from briefing.corpus.learned_credit import learned_credit
from briefing.corpus.wires import WIRES

STORY = f"Brücke gebilligt\n\n{DE}\n\n{DE}\n\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("cr/afp", "Agence France-Presse"),  # initials, then the agency
        ("dpa/jm", "dpa"),  # the agency, then the initials
        ("kle/dpa/AFP", "dpa"),  # two agencies: the first named
        ("mik/Reuters", "Reuters"),
        ("(cr/afp)", "Agence France-Presse"),
        ("ssu/AP", "The Associated Press"),
    ],
)
def test_an_editors_signature_closing_the_story_names_the_agency(
    tmp_path: Path, line: str, outlet: str
) -> None:
    assert read(tmp_path, f"{STORY}{line}\n").source == outlet


def test_the_signature_may_stand_over_page_furniture_or_close_the_last_sentence(
    tmp_path: Path,
) -> None:
    # a picture's credit above it and a left-over "read more" below it
    page = f"{STORY}Foto: AP/ Exa\n\ncr/afp\n\nMehr lesen über\n"
    assert read(tmp_path, page).source == "Agence France-Presse"
    glued = f"Brücke gebilligt\n\n{DE}\n\n{DE} kle/dpa\n"
    assert read(tmp_path, glued).source == "dpa"


@pytest.mark.parametrize(
    "line",
    [
        "Foto: AP/ Xinhua",  # a picture's credit: a label and two agencies
        "AP/Xinhua",  # two agencies and no initials: what a picture's credit looks like
        "dpa/AFP",
        "km/h",  # a unit
        "und/oder",  # and/or
        "www.exa.de/afp",  # an address
        "/nachrichten/afp/",  # a path
        "cr/Meridian",  # initials and a name that is no wire
    ],
)
def test_look_alikes_of_a_signature_name_no_outlet(tmp_path: Path, line: str) -> None:
    assert signature_wire(line, WIRES) is None
    assert read(tmp_path, f"{STORY}{line}\n").source is None


@pytest.mark.parametrize(
    "line",
    [
        "cr/aa",  # a two-letter lower-case part reads as initials, not the agency aa
        "AfP/cr",  # no wire writes its name so
        "jm/cr",  # initials only
    ],
)
def test_parts_that_are_no_wire_as_it_writes_itself_make_no_signature(line: str) -> None:
    assert signature_wire(line, WIRES) is None


def test_a_signature_needs_the_story_to_have_ended() -> None:
    prose = "Der Rat tagt am Montag erneut und will dann über die Kosten entscheiden."
    assert closing_signature([DE, "cr/afp", prose], WIRES) is None
    # a label over the line makes it a picture's credit
    assert closing_signature([DE, DE, "Foto:", "cr/afp"], WIRES) is None
    assert closing_signature([DE, DE, "cr/afp"], WIRES) == "Agence France-Presse"


ARABIC_LEAD = "قالت السلطات المحلية إن فرق الإنقاذ وصلت إلى المنطقة صباح اليوم"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{ARABIC_LEAD} - كما علمت واج من مصادر محلية.", "واج"),
        (f"وعلمت كونا أن الاجتماع سيعقد غدا. {ARABIC_LEAD}.", "كونا"),
        (f"{ARABIC_LEAD} حسبما علمته وكالة فرانس برس.", "وكالة فرانس برس"),
        (f"Le pont a été fermé lundi, a appris l'AFP auprès de la mairie. {FR}", "AFP"),
        (f"L'AFP a appris de source municipale que le pont restera fermé. {FR}", "AFP"),
        (f"Il ponte resterà chiuso, ha appreso l'ANSA dal comune. {IT}", "ANSA"),
        (f"El puente seguirá cerrado, según ha podido saber EFE. {ES}", "EFE"),
    ],
)
def test_an_agency_that_learned_a_fact_names_itself(text: str, outlet: str) -> None:
    assert learned_credit(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        f"{ARABIC_LEAD}، كما علمت الحكومة من مصادر محلية.",  # the government learned
        f"وعلمت الوزارة من واج أن الاجتماع سيعقد غدا. {ARABIC_LEAD}.",  # learned from APS
        f"{ARABIC_LEAD}، وأعلمت واج الوزارة بالأمر.",  # APS informed: another verb
        f"Le pont a été fermé lundi, a appris Le Monde. {FR}",  # no agency
        f"Le pont a été fermé lundi, selon l'AFP. {FR}",  # a citation
        f"Die Brücke bleibt gesperrt, wie AFP erfuhr. {DE}",  # German relays scoops so
        f"The bridge will stay shut, officials said. {EN}",
    ],
)
def test_look_alikes_of_an_agencys_formula_name_no_agency(text: str) -> None:
    assert learned_credit(text) is None


def test_the_formula_names_the_outlet_unless_the_text_also_cites_the_agency(
    tmp_path: Path,
) -> None:
    story = f"Pont fermé\n\nLe pont a été fermé lundi, a appris l'AFP auprès de la mairie. {FR}\n"
    assert read(tmp_path, story, "a.txt").source == "Agence France-Presse"
    cited = f"{story}\nSelon l'AFP, les travaux dureront un mois. {FR}\n"
    assert read(tmp_path, cited, "b.txt").source is None
    arabic = f"جسر\n\n{ARABIC_LEAD} - كما علمت واج من مصادر محلية.\n\n{ARABIC_LEAD}.\n"
    assert read(tmp_path, arabic, "c.txt").source == "واج"

"""A wire's credit and dateline place run into the lead (``dpa Genf Die Verhandlungen …``): the
wire is the outlet, and the fallback title starts at the lead. Every text is written for the
test, with look-alikes (a photo credit, an institute, a wire as a sentence's subject, a cited
wire) that must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, IT, RU, read

from briefing.corpus.sources import read_credit_lead, wire_credit_lead


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("dpa Genf Die Verhandlungen über den Waffenstillstand wurden am Abend vertagt.", "dpa"),
        (
            "AFP Lyon Le maire a présenté mardi un plan de rénovation du pont.",
            "Agence France-Presse",
        ),
        ("Reuters New York The company said on Monday it would close two plants.", "Reuters"),
        ("EFE Sevilla El Ayuntamiento aprobó el martes el nuevo presupuesto.", "EFE"),
        ("ANSA Torino Il sindaco ha annunciato la chiusura del ponte.", "ANSA"),
        ("Lusa Rio de Janeiro O governador anunciou um novo plano.", "Lusa"),
        ("ТАСС Новосибирск Губернатор объявил о ремонте моста.", "TASS"),
    ],
)
def test_a_wire_credit_and_place_opening_the_lead_name_the_wire(lead: str, outlet: str) -> None:
    assert wire_credit_lead(lead) == outlet


@pytest.mark.parametrize(
    "lead",
    [
        "AP Photo Jane Doe The mayor waves to supporters after the vote.",  # a photo credit
        "Reuters Institute Der Bericht zeigt einen Rückgang der Leserzahlen.",  # not a place
        "AFP reported Lyon The mayor presented the plan.",  # the wire as a subject
        "Reuters Berlin bureau chief Jane Doe said the talks had stalled.",  # no lead after it
        "Laut dpa Genf Die Verhandlungen wurden vertagt.",  # a cited wire, not a credit
        "Genf Die Verhandlungen wurden vertagt, meldete dpa.",  # a place with no credit
        "Beispielblatt Genf Die Verhandlungen wurden vertagt.",  # not a known wire
        "dPA Genf Die Verhandlungen wurden vertagt.",  # not a spelling the agency uses
    ],
)
def test_look_alikes_name_no_wire(lead: str) -> None:
    assert wire_credit_lead(lead) is None


def test_the_lead_starts_after_the_credit_and_the_place() -> None:
    lead = "Reuters New York The company said on Monday it would close two plants."
    found = read_credit_lead(lead)
    assert found is not None and lead[found[1] :].startswith("The company")


@pytest.mark.parametrize(
    ("head", "body", "title_start"),
    [
        ("dpa Genf Die Verhandlungen über den Waffenstillstand wurden vertagt.", DE, "Die "),
        ("AFP Lyon Le maire a présenté un plan de rénovation du pont ancien.", FR, "Le maire"),
    ],
)
def test_an_excerpt_opening_with_a_credit_lead_gets_the_wire_as_outlet(
    tmp_path: Path, head: str, body: str, title_start: str
) -> None:
    article = read(tmp_path, f"date 2031-05 {head} {body} {body}\n")
    assert article.source in ("dpa", "Agence France-Presse")
    assert article.title is not None and article.title.startswith(title_start)


@pytest.mark.parametrize("body", [EN, IT, ES, RU])
def test_a_story_that_merely_opens_with_a_city_has_no_outlet(tmp_path: Path, body: str) -> None:
    article = read(tmp_path, f"Lyon {body} {body}\n")
    assert article.source is None

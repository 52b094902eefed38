"""An agency's name and a dash opening its own story (``AGI - In una città …``), written here
in text made up for the test, with the look-alikes that must not be read: a glossary's term
and a dash, a body that is no wire, a credit not followed by a sentence, and a name the story
comes back to."""

from __future__ import annotations

import pytest

from briefing.corpus.lead_credit import wire_dash_lead
from briefing.corpus.sources import find_source

LEAD_IT = "In una città che da giorni registra il tutto esaurito, il consiglio ha votato il piano."
MORE_IT = "Il sindaco ha detto che i lavori cominceranno in primavera e dureranno due anni."


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("AGI - " + LEAD_IT, "AGI"),
        ("ANSA – " + LEAD_IT, "ANSA"),
        ("Reuters — The harbour authority said on Monday that the ferry would resume.", "Reuters"),
    ],
)
def test_a_wire_and_a_dash_opening_the_lead_name_the_wire(text: str, wire: str) -> None:
    found = wire_dash_lead(text)
    assert found is not None and found[0] == wire
    assert text[found[1] :].startswith(("In una", "The harbour"))
    assert find_source([text, MORE_IT]) == wire


@pytest.mark.parametrize(
    "text",
    [
        "NATO - " + LEAD_IT,  # no wire
        "agi - " + LEAD_IT,  # not written as the wire writes itself
        "AGI - in una città che da giorni registra il tutto esaurito.",  # no capital
        "AGI - Roma",  # no sentence after the dash
        "AGI-" + LEAD_IT,  # no spaced dash
    ],
)
def test_look_alikes_of_a_wire_dash_lead_name_no_wire(text: str) -> None:
    assert wire_dash_lead(text) is None


def test_a_glossary_term_the_text_comes_back_to_is_no_credit() -> None:
    glossary = "AGI - Artificial general intelligence is a machine that could learn any task."
    again = "Researchers disagree on when AGI could arrive, and some doubt it ever will at all."
    assert find_source([glossary, again]) is None

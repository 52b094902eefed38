"""Issue 12: a wire dateline run into a headline ("<headline> Velmora, 8 mag. (Agenzia) - <lead>")
dates the report, not an event; the headline and the lead keep their dates, and a place and a
date in prose, even with a bracket or a dash, stay a statement. Written fixture text only."""

from __future__ import annotations

import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases


def _read(text: str, language: str) -> list[tuple[str, str, bool, bool]]:
    """(sentence, phrase, anchor, caption) for each date phrase of ``text``."""
    return [(d[2], d[3].text, d[4], d[5]) for d in dated_phrases(text, language, language)]


@pytest.mark.parametrize(
    ("language", "text", "dateline", "lead"),
    [
        ("it", "Piena a Velmora dopo la tempesta Velmora, 8 mag. (Agenzia) - Il fiume è uscito "
               "dagli argini martedì.", "8 mag.", "martedì"),
        ("en", "Tram derails in the hill district Lisbon, May 8 (Wire) - A tram left the rails "
               "on Thursday.", "May 8", "on Thursday"),
        ("es", "Crecida en el valle Velmora, 8 de mayo (Agencia Ejemplo) - El río se desbordó "
               "el martes.", "8 de mayo", "martes"),
        ("fr", "Velmora, 8 mai (afp) - La crue a emporté le pont mercredi.", "8 mai", "mercredi"),
    ],
)  # fmt: skip
def test_a_dateline_with_an_agency_after_a_headline_is_an_anchor(
    language: str, text: str, dateline: str, lead: str
) -> None:
    found = {phrase: (sentence, anchor, caption) for sentence, phrase, anchor, caption in
             _read(text, language)}  # fmt: skip
    sentence, anchor, _ = found[dateline]
    assert anchor is True
    assert sentence.endswith("-") and dateline in sentence  # no headline, no lead in it
    lead_sentence, lead_anchor, lead_caption = found[next(k for k in found if lead in k)]
    assert not (lead_anchor or lead_caption)
    assert "-" not in lead_sentence  # the lead is a sentence of its own


def test_the_headline_keeps_its_own_date() -> None:
    text = "Floods on Monday swamp the Port Velmora, 8 May 2031 (Wire) - Water rose on Tuesday."
    found = {phrase: anchor for _s, phrase, anchor, _c in _read(text, "en")}
    assert found == {"on Monday": False, "8 May 2031": True, "on Tuesday": False}


def test_the_dateline_dates_an_undated_article_and_is_no_event() -> None:
    # 8 May 2031 is a Thursday: "on Thursday" of the lead is that day.
    text = (
        "Tram derails in the hills Lisbon, May 8, 2031 (Wire) - A tram left the rails on Thursday."
    )
    entries = [(e.phrase, e.date, e.event) for e in extract_timeline([make_article("a", text)])]
    assert entries == [("on Thursday", dt.date(2031, 5, 8), True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rescuers reached Velmora, 8 May (a Thursday) - and found the town flooded."),
        ("en", "The minister spoke in Velmora, 8 May (in French) - then flew home."),
        ("en", "Rescuers reached Velmora, 8 May - a day after the storm."),  # no agency
        ("fr", "Les secours sont arrivés à Velmora, 8 mai (AFP), puis ont évacué le port."),
        ("de", "Die Flut in Velmora, 8. Mai 2031 (laut Polizei) – das vergessen wir nie."),
    ],
)
def test_a_place_a_date_and_a_bracket_in_prose_stay_a_statement(language: str, text: str) -> None:
    found = _read(text, language)
    assert found
    assert not any(anchor or caption for _s, _p, anchor, caption in found)
    assert all(sentence == text for sentence, _p, _a, _c in found)  # nothing split off

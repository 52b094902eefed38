"""An outlet's name and its own initials opening the lead (``Example Media (EM) - The …``) name
the outlet, and the fallback title starts at the lead (briefing.corpus.initials_credit). Every
text is written for the test, with look-alikes (a wire dateline, a quoted outlet, a tweet's
source line, a photo credit, a body speaking) that must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, RU, read

from briefing.corpus.initials_credit import initials_credit, initials_credit_lead, opening_credit


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("Example Media (EM) - The council approved the bridge on Monday.", "Example Media"),
        ("ExampleNews (EN) — Городской совет одобрил план после споров.", "ExampleNews"),
        ("Agence Exemple-Presse (AEP) – Le conseil a approuvé le projet.", "Agence Exemple-Presse"),
        # the lead may open with a quote mark
        (
            'Beispiel Rundschau (BR) - "Wir bauen die Brücke", sagte der Bürgermeister.',
            "Beispiel Rundschau",
        ),
    ],
)
def test_a_name_and_its_own_initials_opening_the_lead_name_the_outlet(
    lead: str, outlet: str
) -> None:
    assert initials_credit(lead) == outlet


@pytest.mark.parametrize(
    "lead",
    [
        "MOSCOW (AP) — The council approved the bridge on Monday.",  # a wire's dateline
        "The mayor told Example Media (EM) - the council would vote.",  # inside a sentence
        "According to Example Media (EM) - The council approved the plan.",  # a cited outlet
        "Jane Roe (@janeroe) - The bridge is finally open!",  # a tweet's source line
        "Jane Roe (JR) - Example Photo Agency",  # a photo credit: no lead after the dash
        "Example Media (EX) - The council approved the bridge.",  # letters that are not its own
        "Example Media (EM) reported that the council approved the bridge.",  # no dash
        "World Example Organization (WEO) - The agency warned of floods.",  # a body speaking
        "Example Ministry (EM) - The council approved the bridge.",  # an institution
    ],
)
def test_look_alikes_name_no_outlet(lead: str) -> None:
    assert initials_credit(lead) is None


def test_a_name_that_comes_up_again_is_the_storys_subject_not_its_credit() -> None:
    opening = "Example Relief (ER) - Our teams reached the flooded villages on Monday."
    assert opening_credit([opening, EN]) == "Example Relief"
    # named again by its initials or in full: a body speaking about its own work
    assert opening_credit([opening, "ER said it would send two more teams."]) is None
    assert opening_credit([opening, f"{EN} Example Relief asked for donations."]) is None
    # the credit counts only in the first three paragraphs
    assert opening_credit([EN, EN, EN, opening]) is None


def test_the_lead_starts_after_the_dash() -> None:
    lead = "ExampleNews (EN) - The council approved the bridge on Monday."
    start = initials_credit_lead(lead)
    assert start is not None and lead[start:].startswith("The council")


def test_the_article_gets_the_outlet_and_a_title_without_the_credit(tmp_path: Path) -> None:
    text = f"date 2031-03\n\nExampleMedia (EM) - {RU}\n\n{RU}\n"
    article = read(tmp_path, text, "ru.txt")
    assert article.source == "ExampleMedia"
    # The name with a capital inside is one name, not a section kicker glued to a headline.
    assert article.title is not None and not article.title.startswith(("Media", "ExampleMedia"))


def test_a_quoted_outlet_in_the_body_names_no_outlet(tmp_path: Path) -> None:
    quote = "The mayor told Example Media (EM) - a local site - that the works would end in May."
    text = f"Bridge approved\n\n{EN}\n\n{EN}\n\n{quote}\n\n{EN}\n"
    assert read(tmp_path, text).source is None


def test_a_name_glossed_by_its_initials_in_the_lead_is_prose_not_a_dateline(
    tmp_path: Path,
) -> None:
    # Before: "The mayor told Example Media" was cut off as a headline and "(EM) - …" read as
    # a wire credit, which gave the outlet "EM".
    lead = "The mayor told Example Media (EM) - a local site - that the council would vote."
    article = read(
        tmp_path, f"Council approves the new bridge after a long debate\n\n{lead}\n\n{EN}\n"
    )
    assert article.source is None
    assert lead in [p.text for p in article.paragraphs]
    # A headline glued to a wire's credit is still cut: the agency is not its last words.
    glued = f"Council approves the new bridge over the river (AP) - {EN}"
    credited = read(tmp_path, f"{glued}\n\n{EN}\n", "wire.txt")
    assert credited.title == "Council approves the new bridge over the river"

"""A wire's bare name as the story's last line names the outlet, where it cannot be a
picture's credit (briefing.corpus.closing_credit). Every fixture is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, FR, read

from briefing.corpus.closing_credit import closing_wire
from briefing.corpus.wires import WIRES

STORY = f"Bridge approved\n\n{EN}\n\n{EN}\n\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("AFP", "Agence France-Presse"),
        ("AFP.", "Agence France-Presse"),
        ("Reuters", "Reuters"),
        ("dpa", "dpa"),
        ("ANSA", "ANSA"),
    ],
)
def test_a_wires_bare_name_closing_the_story_is_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    article = read(tmp_path, f"{STORY}{line}\n")
    assert article.source == outlet
    # The credit is no line of the story.
    assert article.paragraphs[-1].text == line and article.paragraphs[-1].kind == "meta"
    assert [p.kind for p in article.paragraphs[1:-1]] == ["body", "body"]


def test_the_credit_closes_a_story_in_any_language(tmp_path: Path) -> None:
    assert read(tmp_path, f"Brücke\n\n{DE}\n\n{DE}\n\ndpa\n").source == "dpa"
    assert read(tmp_path, f"Pont\n\n{FR}\n\n{FR}\n\nAFP\n", "fr.txt").source == (
        "Agence France-Presse"
    )


@pytest.mark.parametrize(
    "line",
    [
        "AFP reported the toll on Friday.",  # a sentence citing the agency
        "“We saw the bridge fall,” a witness told AFP.",  # the agency as a quoted source
        "Reuters contributed to this report.",
        "AFP/Getty Images",  # a picture's credit
        "Photo: AFP",
        "EPA",  # a photo agency, no wire
        "AfP",  # no wire writes its name so
        "Meridian Hall",  # a name, but no known wire (nor a medium's word: closing_house)
    ],
)
def test_a_last_line_that_is_not_a_wires_bare_name_names_no_outlet(
    tmp_path: Path, line: str
) -> None:
    assert read(tmp_path, f"{STORY}{line}\n").source is None


def test_a_bare_agency_line_after_a_caption_or_in_an_article_with_pictures_is_silent(
    tmp_path: Path,
) -> None:
    caption = "Workers on the new bridge over the river on Monday (Photo: Jane Roe)"
    after_caption = read(tmp_path, f"{STORY}{caption}\n\nAFP\n")
    assert after_caption.source is None
    # A picture elsewhere in the article: its bare agency line may be a credit too.
    pictured = read(tmp_path, f"Bridge approved\n\n{EN}\n\n{caption}\n\n{EN}\n\nAFP\n", "p.txt")
    assert pictured.source is None
    # Not after the story's prose: a short line, or one that ends no sentence.
    assert read(tmp_path, f"{STORY}Read more on the city.\n\nAFP\n", "r.txt").source is None
    assert read(tmp_path, f"{STORY}{EN[:-1]} and\n\nAFP\n", "s.txt").source is None
    # Not the last line: over a picture, or before more of the page.
    assert read(tmp_path, f"Bridge approved\n\nAFP\n{EN}\n\n{EN}\n", "t.txt").source is None


def test_only_the_last_paragraph_is_read() -> None:
    assert closing_wire([EN, "AFP"], WIRES) == "Agence France-Presse"
    assert closing_wire(["AFP", EN], WIRES) is None
    assert closing_wire(["AFP"], WIRES) is None  # no story before it
    assert closing_wire([EN, "AFP", ""], WIRES) == "Agence France-Presse"  # a blank tail


GLUED_STORY = f"Bridge approved\n\n{EN}\n\n{EN}\n\n"
LAST = "The council said the new crossing would open to traffic before the end of next year."


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [(" REUTERS", "Reuters"), (" AFP", "Agence France-Presse"), (" dpa", "dpa")],
)
def test_a_wires_name_after_the_last_sentences_stop_is_the_outlet(
    tmp_path: Path, tail: str, outlet: str
) -> None:
    assert read(tmp_path, f"{GLUED_STORY}{LAST}{tail}\n").source == outlet


@pytest.mark.parametrize(
    "text",
    [
        f"{LAST} Reuters",  # title case after a stop: a sentence the page cut off
        f"{LAST} MERIDIAN",  # capitals, but no wire
        f"{LAST} REUTERS reported",  # the name inside a sentence
        "Crowds on the bridge. REUTERS",  # a caption with its credit, no prose
        f"{LAST} EPA",  # a photo agency
    ],
)
def test_a_last_word_that_is_no_glued_wire_credit_names_no_outlet(
    tmp_path: Path, text: str
) -> None:
    assert read(tmp_path, f"{GLUED_STORY}{text}\n").source is None


def test_no_glued_credit_where_the_article_shows_pictures(tmp_path: Path) -> None:
    story = f"Bridge approved\n\n{EN}\n\nPhoto: Jane Roe\n\n{EN}\n\n{LAST} REUTERS\n"
    assert read(tmp_path, story).source is None

"""A kicker on its own line over the headline is no title (briefing.corpus.kicker_line): a
phrase of one content word at most ("30 Prozent auf alles") over a headline that names
several things. Every text is written for the test, with look-alikes (a headline over its
standfirst, over a byline, a headline of several content words) whose first line stays the
title."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.kicker_line import kicker_over_headline

LEAD_DE = (
    "Der Stadtrat hat am Dienstag neue Gebühren für die Brücke beschlossen. Pendler zahlen "
    "künftig 30 Prozent auf alles, was sie bisher bezahlt haben, sagte die Bürgermeisterin."
)
LEAD_EN = (
    "The city council voted on Tuesday to raise the bridge toll by a third, the mayor said, "
    "after a long debate about costs, schedules and repairs. Drivers will pay more from May."
)


@pytest.mark.parametrize(
    ("kicker", "headline", "lead"),
    [
        ("30 Prozent auf alles", "Was die neuen Brückengebühren für Pendler bedeuten", LEAD_DE),
        ("Mehr als die Hälfte", "Stadtrat erhöht Brückenmaut für alle Pendler", LEAD_DE),
        ("One third more", "Council raises bridge toll after long budget debate", LEAD_EN),
    ],
)
def test_a_kicker_over_the_headline_is_no_title(
    tmp_path: Path, kicker: str, headline: str, lead: str
) -> None:
    article = read(tmp_path, f"{kicker}\n{headline}\n{lead}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("first", "second", "lead"),
    [
        # a headline of several content words over its standfirst
        (
            "Stadtrat erhöht Brückenmaut",
            "Pendler zahlen künftig deutlich mehr für die Fahrt",
            LEAD_DE,
        ),
        # a short headline over a byline
        ("It is over", "By Jane Roe and John Doe Smith", LEAD_EN),
        # the line under it names fewer than three things
        ("The toll rises", "Drivers pay more now", LEAD_EN),
    ],
)
def test_look_alikes_of_a_kicker_keep_the_first_line(
    tmp_path: Path, first: str, second: str, lead: str
) -> None:
    assert read(tmp_path, f"{first}\n{second}\n{lead}\n").title == first


def test_no_lead_right_under_the_headline_no_kicker() -> None:
    texts = ["30 Prozent auf alles", "Was die neuen Brückengebühren bedeuten", "Foto: Jane Roe"]
    assert kicker_over_headline([*texts, LEAD_DE], 0) == 0


def test_lines_without_spaces_are_never_read_as_a_kicker() -> None:
    texts = [
        "三成上涨",
        "市议会批准大桥收费上涨计划 通勤者负担加重",
        "市议会周二投票决定将大桥通行费提高三分之一。" * 3,
    ]
    assert kicker_over_headline(texts, 0) == 0


LEAD_ES = (
    "La alcaldesa de Exampleton, Jane Roe, fue asesinada el martes por la noche en su casa "
    "por un grupo de hombres armados, informó la policía local. El ataque ocurrió cerca de "
    "la medianoche y los autores huyeron en un coche sin matrícula."
)
STANDFIRST_ES = (
    "Los atacantes entraron en la vivienda por la noche y huyeron antes de que llegara la "
    "policía. El gobierno regional declaró tres días de luto y pidió calma a la población"
)


def test_a_kicker_that_names_no_one_over_a_named_headline_is_no_title(tmp_path: Path) -> None:
    """An *antetítulo* of several content words that names no one, over the headline that
    names the victim, a standfirst between the headline and the lead."""
    kicker, headline = "Crimen en el país vecino", "Asesinan a Jane Roe, alcaldesa de Exampleton"
    text = f"{kicker}\n\n{headline}\n\n{STANDFIRST_ES}\n\n{LEAD_ES}\n"
    assert read(tmp_path, text).title == headline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a short headline without a name over a standfirst that names someone: the story
        # repeats the headline's words, not the standfirst's
        ("Asesinada la alcaldesa", "Jane Roe gobernaba Exampleton desde el año pasado"),
        # the first line names someone: a headline over its standfirst
        ("Exampleton llora a su alcaldesa", "Jane Roe fue asesinada en su casa por la noche"),
        # the line under it names a place the story never writes: its capital proves nothing
        ("Crimen en el país vecino", "Asesinan a la alcaldesa de Otherton"),
        # the first line's first word is a name: the story writes it inside a sentence
        ("Exampleton despide a su alcaldesa", "Asesinan a Jane Roe, alcaldesa de Exampleton"),
    ],
)
def test_look_alikes_of_a_nameless_kicker_keep_the_first_line(
    tmp_path: Path, first: str, second: str
) -> None:
    text = f"{first}\n\n{second}\n\n{STANDFIRST_ES}\n\n{LEAD_ES}\n"
    assert read(tmp_path, text).title == first


def test_a_question_over_a_named_line_is_no_kicker() -> None:
    headline = "Gunmen kill Jane Roe, mayor of Exampleton"
    texts = ["What happened that evening?", headline, LEAD_MAYOR_EN, LEAD_MAYOR_EN]
    assert kicker_over_headline(texts, 0) == 0
    texts = ["What happened that evening", headline, LEAD_MAYOR_EN, LEAD_MAYOR_EN]
    assert kicker_over_headline(texts, 0) == 1


LEAD_MAYOR_EN = (
    "Gunmen killed Jane Roe, the mayor of Exampleton, at her home late on Tuesday, police "
    "said. The attackers fled before officers arrived, and the town declared three days of "
    "mourning."
)

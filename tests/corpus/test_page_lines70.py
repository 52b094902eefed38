"""Page lines that name the outlet or hold the headline, found by a blind look (bmeta70):

- a reporter's byline with the house after a bar (``By Jane Roe | Example News``;
  :func:`briefing.corpus.author_outlet.pipe_byline_outlet`);
- a Russian or Ukrainian editor's note signed by the house inside a quote
  (``— Примеч. Example Media)``; :mod:`briefing.corpus.editor_note`);
- a rubric joined to the headline by a dash, the standfirst run on after it
  (:mod:`briefing.corpus.rubric_dash`).

Every text is written for the test; each rule has look-alikes that must stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, RU, UK, read

from briefing.corpus.author_outlet import pipe_byline_outlet
from briefing.corpus.editor_note import editor_note_outlet
from briefing.corpus.rubric_dash import rubric_head
from briefing.corpus.sources import find_source

_HEADLINE = "Council approves new bridge after long budget debate"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Jane Roe | Example News", "Example News"),
        ("By Jane Roe | The Example Post", "The Example Post"),
        ("By Jane Roe | EXN", "EXN"),
        ("Por Ana Ruiz | Kvarna Noticias | Publicado el martes", "Kvarna Noticias"),
    ],
)
def test_a_byline_names_the_house_after_a_bar(line: str, outlet: str) -> None:
    assert pipe_byline_outlet(line) == outlet
    assert find_source([_HEADLINE, line, EN, EN]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | Paris",  # her bureau
        "By Jane Roe | John Doe",  # a second reporter
        "By Jane Roe | Staff Writer",  # her role
        "By Jane Roe | Politics",  # a desk (an everyday word alone)
        "By Jane Roe | July 2031",  # a date
        "By Jane Roe | Updated 5 PM",  # a time
        "By Example Wire Jul. 27, 2031 | 10:47 AM | PARIS",  # no reporter, a stamp
        "By The Example Post | Jane Roe",  # a house first, no reporter's byline
        "Jane Roe | Example News",  # no word for "by": a strip of fields, read elsewhere
        "By Jane Roe | Ministry of the Interior",  # an institution
    ],
)
def test_look_alikes_of_a_bar_byline_name_no_house(line: str) -> None:
    assert pipe_byline_outlet(line) is None


def test_a_bar_byline_is_no_title_and_gives_the_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"World\n{_HEADLINE}\n\nBy Jane Roe | Example News\n{EN}\n\n{EN}\n")
    assert article.title == _HEADLINE
    assert article.source == "Example News"


_QUOTE = (
    "«Группа людей, некоторые из которых говорили по-английски (официальный язык страны — "
    "французский. — {note}), напала на дом мэра», — сказал глава полиции."
)


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Примеч. Example Media", "Example Media"),
        ("Прим. ЭКЗ", "ЭКЗ"),
        ("прим. Приклад", "Приклад"),
    ],
)
def test_an_editors_note_signed_by_a_house_names_it(note: str, outlet: str) -> None:
    text = _QUOTE.format(note=note)
    assert editor_note_outlet(text) == outlet
    assert find_source([RU, text, RU]) == outlet


@pytest.mark.parametrize(
    "note",
    [
        "Примеч. ред.",  # the editors
        "Прим. редакции",
        "Прим. Ред.",
        "прим. авт.",  # the author
        "прим. пер.",  # the translator
        "Прим. перекладача",
        "Прим. Иван Петров",  # a person
    ],
)
def test_an_editors_note_signed_by_a_role_or_a_person_names_no_house(note: str) -> None:
    text = _QUOTE.format(note=note)
    assert editor_note_outlet(text) is None
    assert find_source([RU, text, RU]) is None


def test_a_note_word_inside_a_sentence_is_no_signature() -> None:
    assert editor_note_outlet("См. прим. Example к статье 3 закона о мостах.") is None
    assert editor_note_outlet(UK + " (див. прим. 3)") is None
    assert editor_note_outlet(UK + " (прим. 3)") is None


_FR_RUN = (
    "Drame au port – Un commando attaque la mairie de la ville La police recherche "
    "les auteurs de l’attaque, qui ont pris la fuite dans la nuit. Jeanne Roux Exampleville"
)
_FR_LEAD = (
    "Le maire de la ville a été blessé par un commando qui a attaqué la mairie dans la nuit "
    "de mardi. La police a ouvert une enquête et recherche les auteurs de l’attaque."
)


def test_a_rubric_dashed_to_its_headline_is_cut_off(tmp_path: Path) -> None:
    span = rubric_head(_FR_RUN)
    assert span is not None
    assert _FR_RUN[span[0] : span[1]].strip() == "Un commando attaque la mairie de la ville"
    article = read(tmp_path, f"date 2031-07 {_FR_RUN}\n\n{_FR_LEAD}\n")
    assert article.title == "Un commando attaque la mairie de la ville"


@pytest.mark.parametrize(
    "text",
    [
        # a headline with a dash of its own, on a line by itself: no standfirst run on
        "Nouvelle grève – Pas de trains ce week-end dans toute la région",
        # a place's dateline: a city before the dash, the story after it
        "Lyon – Le maire de la ville a été blessé par un commando dans la nuit de mardi.",
        "LYON – Un commando attaque la mairie de la ville La police recherche les auteurs.",
        # a sentence ends before any new one starts without a mark: prose
        "Drame au port – Le maire a été blessé. La police recherche les auteurs de l’attaque.",
        # a name that opens with a function word goes on with a capital ("Le Monde")
        "Drame au port – Un commando attaque la mairie selon Le Monde qui cite la police.",
        # a rubric with digits or a comma: a date or a place's dateline
        "Lyon, mardi 3 mars 2031 – Un commando attaque la mairie La police recherche tout.",
    ],
)
def test_look_alikes_of_a_dashed_rubric_are_not_cut(text: str) -> None:
    assert rubric_head(text) is None


def test_a_headline_with_its_own_dash_on_its_line_stays_whole(tmp_path: Path) -> None:
    headline = "Nouvelle grève – Pas de trains ce week-end dans toute la région"
    assert read(tmp_path, f"{headline}\n\n{_FR_LEAD}\n").title == headline

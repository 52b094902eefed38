"""Metadata shapes found wrong on a blind packet (a treaty signing, 2026-12-06), each written here
in text made up for the test, beside the look-alikes that must keep working:

- a byline of a reporter and the city he writes from (``Von Jane Roe, New York``) is neither
  an outlet (a city of several words cut at its first: "New") nor the headline, in any of the
  byline languages read; a byline naming an outlet and its bureau still names the outlet, also
  when the bureau's city takes two words (briefing.corpus.byline_outlet);
- a wire's tag closed by a colon in a dateline (``WASHINGTON, Sep 15 (EXA): The …``) names
  the outlet after a date or a city GeoNames knows (briefing.corpus.datelines);
- a subhead of the story lifted over the headline is no title
  (briefing.corpus.title_choice.teaser_over_headline);
- a keyword tag glued to the headline with a bar (``<tag>|<headline>``) is cut off the title
  (briefing.corpus.title_tag).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, read

from briefing.corpus.byline_outlet import byline_outlet, is_place_byline
from briefing.corpus.datelines import read_dateline
from briefing.corpus.sources import find_source
from briefing.corpus.title_tag import drop_tag

_LEAD = "The harbour authority said on Monday that the new quay will open to ferries in the spring."
_DE_LEAD = (
    "Die Hafenbehörde hat am Montag mitgeteilt, dass der neue Kai im Frühjahr für die Fähren "
    "geöffnet wird. Die Arbeiten hatten fast drei Jahre gedauert und mehr gekostet als geplant."
)


# --- a byline of a person and a place --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Von Jana Kolbe, New York",  # the city of two words, cut at "New" before
        "By Jane Roe, Los Angeles",
        "Por Ana Ruiz, Buenos Aires",  # "Aires" alone is no city: the two words are one
        "Par Marie Dupont, Le Caire",
        "Von Anna Kolbe, Berlin",
    ],
)
def test_a_byline_with_a_place_names_no_outlet_and_is_no_headline(
    line: str, tmp_path: Path
) -> None:
    assert byline_outlet(line) is None
    assert is_place_byline(line)
    assert find_source([line, _DE_LEAD]) is None
    article = read(tmp_path, f"date 2031-03 {line}\n\n{_DE_LEAD}\n\n{EN}")
    assert article.source is None
    assert article.title != line


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Von Anna Kolbe, KRV Madrid", "KRV"),  # the look-alikes already read
        ("By Jane Roe, Example News Paris", "Example News"),
        ("By Jane Roe, Example News New York", "Example News"),  # the bureau of two words
        ("By Jane Roe, Example Times Los Angeles", "Example Times"),
        ("Von Anna Kolbe, Nordkurier Berlin", "Nordkurier"),  # an outlet right after "Von"
        ("By Jane Roe, Chicago Ledger Paris", "Chicago Ledger"),  # an outlet named after a city
    ],
)
def test_a_byline_with_an_outlet_and_its_bureau_still_names_the_outlet(
    line: str, outlet: str
) -> None:
    assert byline_outlet(line) == outlet
    assert not is_place_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Senior Editor",  # a role
        "Von Berlin aus, New York",  # no person
        "Di Maio, Roma",  # a surname that opens like a byline
        "Von Anna Kolbe, Nowhereville",  # no city
    ],
)
def test_look_alikes_are_no_place_byline(line: str) -> None:
    assert not is_place_byline(line)


# --- a wire's tag closed by a colon -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (f"WASHINGTON, Sep 15 (EXA): {_LEAD}", "EXA"),  # a place, a date, the tag, a colon
        (f"Exampleton, 15 septembre (EXA) : {_LEAD}", "EXA"),  # the French space before it
        (f"LONDON (EXA): {_LEAD}", "EXA"),  # no date: a city GeoNames knows
        (f"Washington (AFP): {_LEAD}", "AFP"),  # a known wire after a city
    ],
)
def test_a_dateline_tag_closed_by_a_colon_names_the_agency(text: str, agency: str) -> None:
    found = read_dateline(text)
    assert found is not None and found.agency == agency
    assert find_source(["Harbour quay to open in spring", text])


@pytest.mark.parametrize(
    "text",
    [
        f"Washington, Sep 15 (Tuesday): {_LEAD}",  # a weekday, no tag
        f"EXAMPLEVILLE (EXA): {_LEAD}",  # no date and no city
        f"TRUMP (Analysis): {_LEAD}",
        f"PARIS (France): {_LEAD}",  # the place's country
        f"MOSCOW (Agencies): {_LEAD}",  # names no agency
        f"Summit (Part 2): {_LEAD}",
    ],
)
def test_a_bracket_and_a_colon_elsewhere_is_no_dateline(text: str) -> None:
    found = read_dateline(text)
    assert found is None or found.agency is None


# --- a subhead lifted over the headline --------------------------------------------------------


_SUBHEAD_PAGE = (
    "date 2031-03 Zwei Fähren im Nebel kollidiert\n\n"
    "Neuer Kai im Hafen von Exampleton eröffnet\n\n"
    "Exampleton (EXA) - Der neue Kai im Hafen von Exampleton ist am Montag eröffnet worden. "
    "Die Arbeiten hatten fast drei Jahre gedauert und mehr gekostet als geplant.\n\n"
    "Der Bürgermeister sprach von einem großen Tag für die ganze Region und die Fischer.\n\n"
    "Am Abend waren im dichten Nebel vor dem Hafen zwei Fähren kollidiert, verletzt wurde "
    "niemand. Die Küstenwache untersucht den Fall.\n\n" + EN
)


def test_a_subhead_of_the_story_over_the_headline_is_no_title(tmp_path: Path) -> None:
    assert read(tmp_path, _SUBHEAD_PAGE).title == "Neuer Kai im Hafen von Exampleton eröffnet"


def test_a_headline_over_its_standfirst_stays(tmp_path: Path) -> None:
    # the headline restates its lead: the line under it is a standfirst, not the headline
    text = (
        "Neuer Kai im Hafen von Exampleton eröffnet\n\n"
        "Der Bürgermeister spricht von einem großen Tag für die Region\n\n"
        "Exampleton (EXA) - Der neue Kai im Hafen von Exampleton ist am Montag eröffnet worden. "
        "Der Bürgermeister sprach von einem großen Tag für die ganze Region.\n\n" + EN
    )
    assert read(tmp_path, text).title == "Neuer Kai im Hafen von Exampleton eröffnet"


def test_a_headline_over_a_longer_standfirst_stays(tmp_path: Path) -> None:
    # the standfirst restates the lead better, the headline's words come back later: the
    # standfirst is half as long again as the headline, so the headline stays
    text = (
        "Exampleton mayor jailed for five years over harbour bribes\n\n"
        "Former city leader, who championed the new ferry quay, convicted of taking money "
        "from builders for contracts awarded without tender\n\n"
        "The former city leader of Exampleton was convicted on Thursday of taking money from "
        "builders for contracts on the new ferry quay awarded without tender.\n\n"
        "The court said the money had paid for two election campaigns of the city leader.\n\n"
        "The former mayor was jailed for five years and must pay back the harbour bribes. "
        "His lawyers said they would appeal against the sentence within the month.\n\n" + EN
    )
    title = "Exampleton mayor jailed for five years over harbour bribes"
    assert read(tmp_path, text).title == title


def test_a_kicker_no_later_paragraph_restates_stays_a_witty_headline(tmp_path: Path) -> None:
    text = (
        "Ein Hafen für alle Fälle und Zeiten\n\n"
        "Neuer Kai im Hafen von Exampleton eröffnet\n\n"
        "Exampleton (EXA) - Der neue Kai im Hafen von Exampleton ist am Montag eröffnet worden. "
        "Die Arbeiten hatten fast drei Jahre gedauert.\n\n" + EN
    )
    assert read(tmp_path, text).title == "Ein Hafen für alle Fälle und Zeiten"


# --- a keyword tag glued with a bar -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the tag, a word of the headline
        ("示例港|示例港新码头今日正式启用", "示例港新码头今日正式启用"),
        ("Exampleton|Exampleton opens its new quay", "Exampleton opens its new quay"),
        # look-alikes: a bar inside a real headline stays
        ("Quay opens | Mayor hails a great day", "Quay opens | Mayor hails a great day"),
        ("عاجل | افتتاح رصيف جديد في الميناء", "عاجل | افتتاح رصيف جديد في الميناء"),
        ("Paris|Lyon: the line reopens", "Paris|Lyon: the line reopens"),
        ("AC|DC tribute band plays the quay", "AC|DC tribute band plays the quay"),
    ],
)
def test_a_glued_keyword_tag_is_cut_off_the_title(title: str, expected: str) -> None:
    assert drop_tag(title) == expected


def test_the_tag_is_cut_off_a_title_read_from_the_page(tmp_path: Path) -> None:
    lead = (
        "据示例报3月14日报道，示例港新码头今日正式启用，首批渡轮已经靠港。"
        "工程历时近三年，总投资超过预算。当地官员表示，新码头将大大改善交通。"
    )
    text = f"示例港|示例港新码头今日正式启用\n\n{lead}\n\n{lead}"
    assert read(tmp_path, text).title == "示例港新码头今日正式启用"

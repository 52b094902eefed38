"""Metadata shapes found missing on a blind packet (a health agency's declaration, 2026-12-05),
each written here in text made up for the test, beside the look-alikes that must not be read:
a dateline's agency in lower case, a dateline with its clock time and the agency after a dash,
a call sign alone in brackets, an outlet and its writer before the lead, a page's posting
stamp, and a one-word headline."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.author_dash import outlet_author_lead
from briefing.corpus.classify import classify
from briefing.corpus.closing_stamp import closing_stamp_date
from briefing.corpus.datelines import read_dateline
from briefing.corpus.lone_bracket import lone_bracket_source
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.short_headline import short_headline
from briefing.corpus.sources import find_source

_LEAD = "The harbour authority said on Monday that the new quay will open to ferries in the spring."


# --- a dateline's agency in brackets, in any case ------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (f"EXAMPLETON (exa). – {_LEAD}", "exa"),  # the house's agency in lower case, a stop
        (f"PORT EXAMPLE (exa) - {_LEAD}", "exa"),
        (f"EXAMPLETON (Exa News). – {_LEAD}", "Exa News"),
    ],
)
def test_a_shouted_dateline_names_its_agency_in_any_case(text: str, agency: str) -> None:
    found = read_dateline(text)
    assert found is not None and found.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        f"PARIS (France) — {_LEAD}",  # the place's country
        f"LYON (Paris) — {_LEAD}",  # a city
        f"PARIS (AP Photo) — {_LEAD}",  # a picture's credit
        f"PARIS (Photos) — {_LEAD}",
        f"LONDON (see below) — {_LEAD}",  # prose in brackets: two words in lower case
        f"LONDON (update 2) — {_LEAD}",
    ],
)
def test_a_bracket_after_a_place_that_is_no_agency_names_none(text: str) -> None:
    found = read_dateline(text)
    assert found is None or found.agency is None


def test_a_lower_case_bracket_after_a_capitalised_place_is_no_dateline() -> None:
    """Only a shouted place makes the bracket a wire's: "Exampleton (exa) -" may be anything."""
    found = read_dateline(f"Exampleton (exa). – {_LEAD}")
    assert found is None or found.agency is None


# --- a dateline with its clock time, then the agency after a dash -----------------------


def test_a_dated_and_timed_dateline_names_the_agency_after_its_dash() -> None:
    text = "Берн, 11 марта 2031, 19:40 — EXAMPLE Городской совет утвердил новый план застройки."
    found = read_dateline(text)
    assert found is not None
    assert found.agency == "EXAMPLE" and found.place == "Берн"
    assert found.date is not None and found.date.value() == dt.date(2031, 3, 11)
    assert text[found.end :].startswith("Городской")


def test_the_timed_dateline_dates_the_article_and_names_its_outlet() -> None:
    raw = [
        RawParagraph("ГОРОДСКОЙ СОВЕТ УТВЕРДИЛ ПЛАН.", 0),
        RawParagraph(
            "Берн, 11 марта 2031, 19:40 — EXAMPLE Городской совет утвердил новый план "
            "застройки. Об этом сообщил глава совета на пресс-конференции в среду вечером.",
            1,
        ),
        RawParagraph("Работы начнутся весной, сообщили в мэрии, и займут около двух лет.", 2),
    ]
    found = classify(raw)
    assert found.values["source"] == "EXAMPLE"
    assert found.values["date"] == dt.date(2031, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        # no clock time and no known wire: capitals after the dash open the lead
        "BRUSSELS, March 3, 2031 — NATO Secretary General Jane Roe said on Monday that …",
        # a cited source in the lead is not the outlet
        "Москва, 11 марта 2031, 19:40 — Как сообщает CNN, городской совет утвердил план.",
        "Москва, 11 марта 2031, 19:40 — СМИ сообщили, что совет утвердил план.",
    ],
)
def test_capitals_after_a_dateline_dash_that_are_no_agency(text: str) -> None:
    found = read_dateline(text)
    assert found is not None and found.agency is None
    assert find_source(["Заголовок новости о плане", text]) is None


def test_a_dateline_with_its_clock_and_no_agency_still_dates() -> None:
    found = read_dateline("Москва, 11 марта 2031, 19:40 — Городской совет утвердил план.")
    assert found is not None and found.agency is None
    assert found.date is not None and found.date.value() == dt.date(2031, 3, 11)


# --- a call sign alone in brackets over the lead -------------------------------------------

_ZH_TAIL = "新建的港口碼頭將於明年春季開放,並將提供往返鄰近島嶼的渡輪服務,預計每日可載客三千人次。"
_ZH_LEAD = f"示例市政府週三宣布,{_ZH_TAIL}"


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("date 2031-03 【EXTV】", "EXTV"),  # a page's date label, then the call sign
        ("【EXTV】", "EXTV"),
        ("[EXTV]", "EXTV"),
        ("【ＥＸＴＶ】", "EXTV"),  # full-width letters
        ("【示例社】", "示例社"),  # a Han name ending in an agency's word
    ],
)
def test_a_lone_bracketed_source_over_the_lead_is_the_outlet(first: str, source: str) -> None:
    assert lone_bracket_source([first, _ZH_LEAD, "第二段。"]) == source
    assert find_source([first, _ZH_LEAD, "第二段。"]) == source


@pytest.mark.parametrize(
    "first",
    [
        "【社会】",  # a section
        "【国际】",
        "【VIDEO】",  # a common word
        "【NEWS】",
        "【PR】",
    ],
)
def test_a_bracketed_section_or_word_is_no_outlet(first: str) -> None:
    assert lone_bracket_source([first, _ZH_LEAD]) is None


def test_a_bracketed_name_the_story_names_again_is_its_topic() -> None:
    assert lone_bracket_source(["【EXTV】", f"EXTV週三宣布,{_ZH_TAIL}"]) is None


def test_a_lone_bracket_needs_the_lead_under_it() -> None:
    assert lone_bracket_source(["【EXTV】", "短標題"]) is None
    assert lone_bracket_source([_ZH_LEAD * 2, "【EXTV】", _ZH_LEAD]) is None  # under the story


# --- an outlet and its writer before the lead ----------------------------------------------

_AR_LEAD = "أعلنت الوزارة مساء اليوم عن خطة جديدة لمواجهة الأمطار الغزيرة في المنطقة الشمالية"


@pytest.mark.parametrize(
    ("opener", "outlet"),
    [
        (f"مثال الطقس - سامي حداد - {_AR_LEAD}", "مثال الطقس"),
        (f"Example Post – Jane Roe – {_LEAD}", "Example Post"),
    ],
)
def test_an_outlet_and_its_writer_open_the_lead(opener: str, outlet: str) -> None:
    paragraphs = ["A headline over the story", opener, "More of the story follows here."]
    assert outlet_author_lead(paragraphs) == outlet
    assert find_source(paragraphs) == outlet


@pytest.mark.parametrize(
    "opener",
    [
        f"عاجل - سامي حداد - {_AR_LEAD}",  # "urgent": a kicker
        f"دمشق - سامي حداد - {_AR_LEAD}",  # a city: a dateline
        f"مثال الطقس - الوزارة الجديدة - {_AR_LEAD}",  # the writer's part is a body, not a person
        f"Jane Roe – Example Post – {_LEAD}",  # a person first
        f"Exclusive – Jane Roe – {_LEAD}",  # a kicker
        f"France – Jane Roe – {_LEAD}",  # a country
        f"Example Post – Harbour Board – {_LEAD}",  # no given name: no writer
        "Example Post – Jane Roe – a short line",  # no lead after it
    ],
)
def test_dashed_openers_that_name_no_outlet_and_writer(opener: str) -> None:
    assert outlet_author_lead(["A headline over the story", opener]) is None


def test_an_opener_name_the_story_repeats_is_its_subject() -> None:
    paragraphs = [
        "A headline over the story",
        f"Example Post – Jane Roe – {_LEAD}",
        "Example Post has covered the harbour for years.",
    ]
    assert outlet_author_lead(paragraphs) is None


# --- a page's posting stamp under the story ------------------------------------------------


@pytest.mark.parametrize(
    "stamp", ["2031.03.14 Fri posted at 19:05 JST", "14 March 2031 Friday, updated 19:05"]
)
def test_a_posting_stamp_with_its_weekday_dates_the_article(stamp: str) -> None:
    texts = ["Headline of the story here", _LEAD, stamp, "https://example.org/story/1.html"]
    assert closing_stamp_date(texts) == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "stamp",
    [
        "2031.03.14 Thu posted at 19:05 JST",  # not that day's weekday
        "The ferry left on 14 March 2031 at 19:05",  # a sentence's "at"
        "2031.03.14 Fri at 19:05 JST",  # no stamp's verb before "at"
    ],
)
def test_look_alikes_of_a_posting_stamp_give_no_day(stamp: str) -> None:
    assert closing_stamp_date(["Headline of the story here", _LEAD, stamp]) is None


# --- a one-word headline its lead takes up ------------------------------------------------

_DE_LEAD = (
    "Der Stadtrat hat die neue Hafenordnung als Notlösung beschlossen. Sie gilt ab dem "
    "Frühjahr und regelt die Fähren zu den Inseln, sagte der Bürgermeister am Abend."
)


def _title(first: str, lead: str = _DE_LEAD) -> str | None:
    return classify([RawParagraph(first, 0), RawParagraph(lead, 1)]).values.get("title")


def test_a_one_word_headline_its_lead_takes_up_is_the_title() -> None:
    assert _title("Notlösung") == "Notlösung"
    assert short_headline(["Notlösung", _DE_LEAD], ["body", "body"]) == 0


@pytest.mark.parametrize(
    "first",
    [
        "Politik",  # a section the lead never uses
        "Stadtrat Example",  # a word the lead does not use
        "BREAKING",  # all capitals: a kicker
        "Bremen",  # a city alone: a dateline's place
        "Der",  # a function word
    ],
)
def test_short_lines_the_lead_does_not_take_up_are_no_title(first: str) -> None:
    assert _title(first) != first


def test_a_short_line_inside_a_longer_name_is_a_section() -> None:
    lead = (
        "The World Health Example said on Monday that the new clinic will open in the "
        "spring. It will serve the islands, the mayor said in the evening."
    )
    assert short_headline(["World", lead], ["body", "body"]) is None
